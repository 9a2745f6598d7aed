# ruff: noqa: RUF001, RUF002, RUF003  (Turkish text is written with its dotless ı)
"""Ege Haber: a recorded Turkish regional news site for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

EGE = "https://www.egehaber.example"

_TR_PARAS = {
    "tramvay": [
        "Karaçam Büyükşehir Belediyesi'nin iki yıldır yapımını sürdürdüğü Sahil–Çarşı tramvay hattı dün düzenlenen törenle hizmete girdi. Hat 9,4 kilometre uzunluğunda ve 14 duraktan oluşuyor.",
        "Belediye Başkanı Hülya Tekin, açılışta yaptığı konuşmada hattın günde yaklaşık 60 bin yolcu taşımasının beklendiğini söyledi. İlk hafta boyunca yolculuklar ücretsiz olacak.",
        "Tramvaylar sabah 06.00 ile gece yarısı arasında, yoğun saatlerde yedi dakikada bir sefer yapacak. Çarşı durağında otobüs ve vapur hatlarına aktarma imkânı bulunuyor.",
        "Hattın Iğdırlı Mahallesi'ne uzatılması için hazırlanan projenin ihalesine önümüzdeki yılın ilk aylarında çıkılması planlanıyor.",
    ],
    "su": [
        "Karaçam Belediye Meclisi, su idaresinin metreküp fiyatına yüzde 40 zam yapılması yönündeki teklifini oy çokluğuyla reddetti.",
        "Teklifi savunan idare yöneticileri, enerji maliyetlerindeki artışın bütçede açık oluşturduğunu belirtti. Muhalefet grubu ise kayıp kaçak oranının düşürülmesini istedi.",
        "Meclis, konunun ocak ayındaki oturumda yeni bir maliyet raporuyla yeniden görüşülmesine karar verdi.",
    ],
    "ihracat": [
        "Ege bölgesindeki firmaların ekim ayı ihracatı bir önceki yılın aynı ayına göre yüzde 11 artarak 1,8 milyar dolara ulaştı.",
        "Artışın en büyük bölümü tarım ürünleri ve hazır giyim sektörlerinden geldi. Kuru meyve ihracatı ise ilk kez 200 milyon doları aştı.",
        "İhracatçılar birliği başkanı Orhan Çelik, navlun fiyatlarındaki düşüşün yılın son çeyreğinde de firmaları rahatlatacağını söyledi.",
    ],
    "spor": [
        "Egespor, ligin 13. haftasında deplasmanda Kuzeyspor'u 2-1 yenerek üç puanı hanesine yazdırdı.",
        "İlk yarıyı golsüz eşitlikle kapatan karşılaşmada Egespor, 58. dakikada İlker Doğan'ın golüyle öne geçti. Ev sahibi ekip 71. dakikada penaltıdan beraberliği yakaladı.",
        "Maçın son bölümünde kaleci Işıl Kara'nın uzun pasında topu kontrol eden Barış Yurt, takımına galibiyeti getiren golü attı.",
    ],
    "hastane": [
        "Karaçam Devlet Hastanesi'nde 24 yataklı yeni yoğun bakım ünitesi hasta kabulüne başladı.",
        "Hastane başhekimi Dr. Leyla Öz, ünitenin açılmasıyla birlikte çevre ilçelerden yapılan sevklerin yarı yarıya azalacağını belirtti.",
        "Ünitede görev yapacak 30 hemşire ve 8 uzman hekim için eğitim programları geçen ay tamamlandı.",
    ],
    "bisiklet": [
        "Sahil yolu boyunca yapımı süren 6 kilometrelik bisiklet yolu tamamlandı. Yol, Feneraltı ile Yalıboyu arasındaki kıyı şeridini birbirine bağlıyor.",
        "İlçe belediyesi, güzergâh üzerinde 12 bisiklet park alanı ve iki tamir istasyonu kurdu.",
        "Bisiklet derneklerinin temsilcileri, yolun kavşak geçişlerinde ek işaretleme yapılması çağrısında bulundu.",
    ],
    "kose": [
        "Bütçe görüşmeleri her yıl olduğu gibi bu yıl da büyük projelerin gölgesinde geçiyor. Meclis salonunda saatlerce tramvay hatları, yeni meydanlar ve kongre merkezleri konuşuluyor.",
        "Oysa kentin çeperindeki mahallelerde yolların yarısı hâlâ asfaltsız, okulların bir kısmı ikili öğretim yapıyor. Bu mahallelerin adı bütçe kitapçığında ancak birkaç satır yer tutuyor.",
        "Yerel yönetimlerin asıl sınavı, görünür projelerden çok bu sessiz ihtiyaçları karşılayıp karşılayamadıklarıdır. Meclis üyelerinin önümüzdeki hafta yapılacak oylamada bunu hatırlamasını umuyorum.",
    ],
    "secim": [
        "Komşu ülkede pazar günü yapılan genel seçimin kesin olmayan sonuçları açıklandı. Hiçbir parti tek başına hükümet kuracak çoğunluğu elde edemedi.",
        "Seçime katılım oranı yüzde 71 olarak gerçekleşti. Uluslararası gözlemciler, oylamanın genel olarak sorunsuz geçtiğini bildirdi.",
        "Siyasi partilerin liderleri koalisyon görüşmelerine bu hafta içinde başlamayı planlıyor.",
    ],
    "liman": [
        "Karaçam Limanı'nda çalışan yaklaşık 800 işçi, toplu sözleşme görüşmelerinde anlaşma sağlanamaması üzerine iş bıraktı.",
        "Sendika temsilcileri, ücretlerde yüzde 35 artış ve vardiya düzeninde değişiklik talep ediyor. İşveren tarafı ise yüzde 22'lik teklifini yineledi.",
        "Liman işletmesi, eylem süresince konteyner gemilerinin yakındaki Yalıboyu iskelesine yönlendirileceğini açıkladı.",
    ],
    "cami": [
        "Tarihi Çarşı Camii'nin iki yıl süren restorasyonu tamamlandı. Caminin kubbesindeki kalem işleri uzmanlar tarafından aslına uygun olarak yenilendi.",
        "Restorasyon sırasında avludaki şadırvanın altında 18. yüzyıla ait bir su kanalı bulundu. Kanalın bir bölümü cam zeminle ziyaretçilere açılacak.",
        "Cami cuma günü kılınacak namazla yeniden ibadete açılacak.",
    ],
    "zeytin": [
        "Bu yıl zeytin hasadında verim geçen yıla göre yüzde 25 düştü. Üreticiler, yaz aylarındaki kuraklığın ağaçları olumsuz etkilediğini söylüyor.",
        "Düşük rekolte nedeniyle zeytinyağının litre fiyatının sezon başında yükselmesi bekleniyor.",
        "Ziraat odası, üreticilere damla sulama sistemleri için faizsiz kredi verilmesini önerdi.",
    ],
    "kitap": [
        "Karaçam Kitap Fuarı bu yıl 40 bin ziyaretçiyi ağırladı. Fuara 120 yayınevi katıldı, 300'ü aşkın imza günü düzenlendi.",
        "Fuarın en çok ilgi gören etkinliği, çocuklar için hazırlanan masal atölyeleri oldu.",
        "Düzenleme kurulu, gelecek yılın fuarının yeni kongre merkezinde yapılacağını duyurdu.",
    ],
}

E_TRAMVAY = "/gundem/karacam-da-yeni-tramvay-hatti-hizmete-girdi-123456"
E_SU = "/haber/123457/belediye-meclisinden-su-zammina-ret"
E_IHRACAT = "/ekonomi/2026/11/24/ege-ihracatinda-ekim-rekoru"
E_SPOR = "/spor/egespor-deplasmanda-uc-puani-aldi-123460"
E_HASTANE = "/saglik/ilce-hastanesine-yeni-yogun-bakim-unitesi-123461"
E_BISIKLET = "/haber/123462/sahil-yolunda-bisiklet-yolu-tamamlandi"
E_KOSE = "/yazarlar/selin-arslan/butce-gorusmelerinde-unutulan-mahalleler-123470"
E_SECIM = "/dunya/komsu-ulkede-secim-sonuclari-aciklandi-123463"
E_LIMAN = "/gundem/liman-iscileri-is-birakti-123464"
E_CAMI = "/gundem/carsi-camii-nin-restorasyonu-tamamlandi-123440"
E_ZEYTIN = "/ekonomi/zeytin-hasadinda-verim-dustu-123441"
E_KITAP = "/yasam/kitap-fuari-40-bin-ziyaretciyi-agirladi-123465"


def ege_haber() -> CmsSite:
    """A Turkish regional news site on Turkey time (+03:00 all year, no DST since 2016):
    ``/<bolum>/<baslik>-<id>``, ``/haber/<id>/<baslik>`` and ``/<bolum>/YYYY/MM/DD/<baslik>``
    URLs, sections named with Turkish letters ("Gündem", "Sağlık", "İSTANBUL") on ASCII slugs,
    dates printed "24.11.2026 - 15:05", "Güncelleme: 25.11.2026 10:15", "23 Kasım 2026
    18:40", "Yayınlanma: 24 Kasım 2026 Salı 15:05" and "3 saat önce", zoneless JSON-LD dates
    (the zone is the sitemaps' +03:00), bylines "Haber: ..." and "Ad Soyad / Ege Haber",
    agency credits (AA, İHA) as the only byline, a columnist's article, "İlgili Haberler" and
    "Bunlar da ilginizi çekebilir" boxes and "Reklam" labels inside the text, "Sonraki"
    (``?sayfa=2``) and "Daha Fazla" (``/sayfa/2``) pagination, a video page, a photo gallery
    split by ``?sayfa=2``, tag (``/etiket/``) and author (``/yazar/``) pages, a news sitemap
    and a sitemap index in robots.txt, an RSS feed announced by ``<link rel=alternate>``."""
    site = CmsSite("ege-haber", EGE + "/", datetime.fromisoformat("2026-11-25T10:00:00+00:00"))
    u = EGE.__add__
    host = "egehaber.example"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8">'
            f"<title>{title} - Ege Haber</title>"
            '<meta property="og:site_name" content="Ege Haber">'
            '<link rel="alternate" type="application/rss+xml" title="Ege Haber - Son Dakika" '
            'href="/rss/anasayfa.xml">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">Ege Haber</a><nav class="main-menu"><ul>'
            '<li><a href="/gundem/">Gündem</a></li><li><a href="/ekonomi/">Ekonomi</a></li>'
            '<li><a href="/dunya/">Dünya</a></li><li><a href="/yasam/">Yaşam</a></li>'
            '<li><a href="/spor/">Spor</a></li><li><a href="/saglik/">Sağlık</a></li>'
            '<li><a href="/istanbul/">İstanbul</a></li><li><a href="/yazarlar/">Yazarlar</a></li>'
            '<li><a href="/video/">Video</a></li><li><a href="/foto-galeri/">Foto Galeri</a></li>'
            '<li><a href="/arama?q=">Ara</a></li><li><a href="/uye/giris">Giriş Yap</a></li>'
            "</ul></nav></header>"
            f"{body}"
            '<footer><a href="/kunye/">Künye</a> <a href="/iletisim/">İletişim</a> '
            '<a href="/gizlilik-politikasi/">Gizlilik Politikası</a>'
            "<p>© 2026 Ege Haber. Tüm hakları saklıdır.</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], more: str = "") -> str:
        cards = "".join(
            f'<div class="news-card"><a href="{href}"><span class="title">Haber</span></a>'
            '<span class="time">3 saat önce</span></div>'
            for href in links
        )
        return page(
            title, f'<main><h1 class="page-title">{title}</h1><div class="news-list">{cards}</div>'
            f"{more}</main>",
        )  # fmt: skip

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        byline: str,
        crumbs: list[tuple[str, str]],
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
    ) -> str:
        tag_links = "".join(f'<a href="/etiket/{s}/">{n}</a>' for s, n in tags)
        crumb_links = "".join(f' › <a href="{href}">{name}</a>' for href, name in crumbs)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="news-image"><img src="{image}" alt="{title}">'
            "<figcaption>Fotoğraf: Ege Haber</figcaption></figure>"
            if image
            else ""
        )
        return page(
            title,
            f'<main><div class="breadcrumb"><a href="/">Ana Sayfa</a>{crumb_links}</div>'
            f'<article class="news-detail"><h1>{title}</h1><h2 class="spot">{dek}</h2>'
            f'<div class="news-info"><div class="author">{byline}</div>'
            f'<div class="date">{dates}</div></div>{figure}'
            f'<div class="news-content">{body_html}</div>'
            f'<div class="tags"><span>Etiketler:</span>{tag_links}</div>'
            '<div class="share"><a href="https://wa.example/send">WhatsApp</a>'
            '<a href="https://x.example/intent">Paylaş</a></div></article>'
            '<aside class="most-read"><h3>Çok Okunanlar</h3><ul>'
            f'<li><a href="{E_TRAMVAY}">Karaçam\'da tramvay hattı açıldı</a></li></ul></aside>'
            "</main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{EGE}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def body(key: str) -> str:
        return "\n\n".join(_TR_PARAS[key])

    ad = '<div class="reklam"><span>Reklam</span><div id="div-gpt-ad-1"></div></div>'

    def ilgili(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
        return (
            f'<div class="ilgili-haberler"><strong>İlgili Haberler</strong><ul>{items}</ul></div>'
        )

    news_ld = news_ld_for("Ege Haber", language="tr-TR")

    def agency(name: str) -> dict[str, str]:
        return {"@type": "Organization", "name": name}

    def author_link(name: str, slug: str) -> str:
        return f'<a href="/yazar/{slug}/">{name}</a>'

    img = EGE + "/uploads/2026/11/"

    # T1: JSON-LD at +03:00 with a Turkish articleSection; printed "24.11.2026 - 15:05" and
    # "Güncelleme: 25.11.2026 10:15"; "Haber:" byline with an author link; "Reklam" and an
    # "İlgili Haberler" box inside the text; in the news sitemap and the RSS feed.
    t1_title = "Karaçam'da yeni tramvay hattı hizmete girdi"
    t1_dek = "Sahil ile Çarşı arasındaki 9,4 kilometrelik hat ilk hafta ücretsiz olacak."
    tramvay = _TR_PARAS["tramvay"]
    site.add(u(E_TRAMVAY), story(
        E_TRAMVAY, t1_title, t1_dek,
        paras(tramvay[:2]) + ad
        + ilgili([(E_LIMAN, "Liman işçileri iş bıraktı"),
                  (E_BISIKLET, "Sahil yolunda bisiklet yolu tamamlandı")])
        + paras(tramvay[2:]),
        dates="<span>24.11.2026 - 15:05</span> <span>Güncelleme: 25.11.2026 10:15</span>",
        byline="Haber: " + author_link("Ayşe Yılmaz", "ayse-yilmaz"),
        crumbs=[("/gundem/", "Gündem")],
        tags=[("ulasim", "Ulaşım"), ("tramvay", "Tramvay"), ("karacam", "Karaçam")],
        image=img + "tramvay.jpg",
        ld=news_ld(t1_title, t1_dek, articleSection="Gündem",
                   datePublished="2026-11-24T15:05:00+03:00",
                   dateModified="2026-11-25T10:15:00+03:00", author=person("Ayşe Yılmaz"),
                   image={"@type": "ImageObject", "url": img + "tramvay.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(E_TRAMVAY), site=host, article_id="123456", title=t1_title, description=t1_dek,
        authors=["Ayşe Yılmaz"], published_at="2026-11-24T12:05:00Z",
        published_raw="2026-11-24T15:05:00+03:00", modified_at="2026-11-25T07:15:00Z",
        modified_raw="2026-11-25T10:15:00+03:00", section="gundem",
        tags=["Ulaşım", "Tramvay", "Karaçam"], body=body("tramvay"),
        image_url=img + "tramvay.jpg", language="tr",
    )  # fmt: skip

    # T2: /haber/<id>/<slug>; zoneless JSON-LD dates (the sitemaps print +03:00); an
    # upper-case Turkish articleSection ("YAŞAM"); "Ad Soyad / Ege Haber" byline, no JSON-LD
    # author.
    t2_title = "Belediye meclisinden su zammına ret"
    t2_dek = "Metreküp fiyatına yüzde 40 zam teklifi oy çokluğuyla reddedildi."
    site.add(u(E_SU), story(
        E_SU, t2_title, t2_dek, paras(_TR_PARAS["su"]),
        dates="<span>24.11.2026 - 09:30</span> <span>Güncelleme: 24.11.2026 - 11:45</span>",
        byline="Mehmet Kaya / Ege Haber",
        crumbs=[("/yasam/", "Yaşam")],
        tags=[("belediye-meclisi", "Belediye Meclisi"), ("su-zammi", "Su zammı")],
        ld=news_ld(t2_title, t2_dek, articleSection="YAŞAM",
                   datePublished="2026-11-24T09:30:00", dateModified="2026-11-24T11:45:00"),
    ))  # fmt: skip
    site.article(
        url=u(E_SU), site=host, article_id="123457", title=t2_title, description=t2_dek,
        authors=["Mehmet Kaya"], published_at="2026-11-24T06:30:00Z",
        published_raw="2026-11-24T09:30:00", modified_at="2026-11-24T08:45:00Z",
        modified_raw="2026-11-24T11:45:00", section="yasam",
        tags=["Belediye Meclisi", "Su zammı"], body=body("su"), language="tr",
    )  # fmt: skip

    # T3: /ekonomi/YYYY/MM/DD/<slug> (no id); no JSON-LD, no machine date: printed only
    # "Yayınlanma: 24 Kasım 2026 Salı 15:05" (a weekday between the year and the clock).
    t3_title = "Ege ihracatında ekim rekoru"
    t3_dek = "Bölge firmalarının ekim ayı ihracatı yüzde 11 artışla 1,8 milyar dolara ulaştı."
    site.add(u(E_IHRACAT), story(
        E_IHRACAT, t3_title, t3_dek, paras(_TR_PARAS["ihracat"]),
        dates="Yayınlanma: 24 Kasım 2026 Salı 15:05",
        byline="Haber: " + author_link("Zeynep Öztürk", "zeynep-ozturk"),
        crumbs=[("/ekonomi/", "Ekonomi")],
        tags=[("ihracat", "İhracat")],
    ))  # fmt: skip
    site.article(
        url=u(E_IHRACAT), site=host, title=t3_title, description=t3_dek,
        authors=["Zeynep Öztürk"], published_at="2026-11-24T12:05:00Z",
        published_raw="24 Kasım 2026 Salı 15:05", section="ekonomi", tags=["İhracat"],
        body=body("ihracat"), language="tr",
    )  # fmt: skip

    # T4: an agency story (İHA) with no machine date: printed "3 saat önce" (the crawl is at
    # 13:00 Turkey time on the 25th).
    t4_title = "Egespor deplasmanda üç puanı aldı"
    t4_dek = "Barış Yurt'un son dakika golü galibiyeti getirdi."
    site.add(u(E_SPOR), story(
        E_SPOR, t4_title, t4_dek, paras(_TR_PARAS["spor"][:1]) + ad
        + paras(_TR_PARAS["spor"][1:]),
        dates="3 saat önce",
        byline="İHA",
        crumbs=[("/spor/", "Spor")],
        tags=[("egespor", "Egespor")],
    ))  # fmt: skip
    site.article(
        url=u(E_SPOR), site=host, article_id="123460", title=t4_title, description=t4_dek,
        authors=["İHA"], published_at="2026-11-25T07:00:00Z", published_raw="3 saat önce",
        section="spor", tags=["Egespor"], body=body("spor"), language="tr",
    )  # fmt: skip

    # T5: articleSection "SAĞLIK" (a dotless ı once lower-cased); a title and tags that start
    # with "İ" and "I"; "Bunlar da ilginizi çekebilir:" inside the text; printed in words.
    t5_title = "İlçe hastanesine yeni yoğun bakım ünitesi"
    t5_dek = "24 yataklı ünite hasta kabulüne başladı, sevklerin yarı yarıya azalması bekleniyor."
    hastane = _TR_PARAS["hastane"]
    site.add(u(E_HASTANE), story(
        E_HASTANE, t5_title, t5_dek,
        paras(hastane[:2])
        + '<p><strong>Bunlar da ilginizi çekebilir:</strong> '
        f'<a href="{E_TRAMVAY}">Karaçam\'da yeni tramvay hattı hizmete girdi</a></p>'
        + paras(hastane[2:]),
        dates="<time>23 Kasım 2026 18:40</time>",
        byline="Haber: " + author_link("Elif Şahin", "elif-sahin"),
        crumbs=[("/saglik/", "SAĞLIK")],
        tags=[("yogun-bakim", "Yoğun bakım"), ("isikli-mahallesi", "Işıklı Mahallesi"),
              ("ilce-hastanesi", "İlçe Hastanesi")],
        image=img + "hastane.jpg",
        ld=news_ld(t5_title, t5_dek, articleSection="SAĞLIK",
                   datePublished="2026-11-23T18:40:00+03:00", author=person("Elif Şahin"),
                   image=img + "hastane.jpg"),
    ))  # fmt: skip
    site.article(
        url=u(E_HASTANE), site=host, article_id="123461", title=t5_title, description=t5_dek,
        authors=["Elif Şahin"], published_at="2026-11-23T15:40:00Z",
        published_raw="2026-11-23T18:40:00+03:00", section="saglik",
        tags=["Yoğun bakım", "Işıklı Mahallesi", "İlçe Hastanesi"], body=body("hastane"),
        image_url=img + "hastane.jpg", language="tr",
    )  # fmt: skip

    # T6: /haber/<id>/<slug>; the section only in the breadcrumbs, "İSTANBUL" (JSON-LD
    # BreadcrumbList and HTML, linking /istanbul/); zoneless JSON-LD date.
    t6_title = "Sahil yolunda bisiklet yolu tamamlandı"
    t6_dek = "Feneraltı ile Yalıboyu arasındaki 6 kilometrelik yol kullanıma açıldı."
    crumbs_ld = {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Ana Sayfa", "item": EGE + "/"},
            {"@type": "ListItem", "position": 2, "name": "İSTANBUL", "item": EGE + "/istanbul/"},
            {"@type": "ListItem", "position": 3, "name": t6_title, "item": EGE + E_BISIKLET},
        ],
    }  # fmt: skip
    site.add(u(E_BISIKLET), story(
        E_BISIKLET, t6_title, t6_dek, paras(_TR_PARAS["bisiklet"]),
        dates="<span>23.11.2026 - 08:00</span>",
        byline="Can Aydın / Ege Haber",
        crumbs=[("/istanbul/", "İSTANBUL")],
        tags=[("bisiklet", "Bisiklet")],
        ld=news_ld(t6_title, t6_dek, datePublished="2026-11-23T08:00:00",
                   author=person("Can Aydın")),
        meta=_ld(crumbs_ld),
    ))  # fmt: skip
    site.article(
        url=u(E_BISIKLET), site=host, article_id="123462", title=t6_title, description=t6_dek,
        authors=["Can Aydın"], published_at="2026-11-23T05:00:00Z",
        published_raw="2026-11-23T08:00:00", section="istanbul", tags=["Bisiklet"],
        body=body("bisiklet"), language="tr",
    )  # fmt: skip

    # T7: a column (köşe yazısı) under /yazarlar/<yazar>/: an article like any other;
    # OpinionNewsArticle; "Yayınlanma:" with a weekday.
    t7_title = "Bütçe görüşmelerinde unutulan mahalleler"
    t7_dek = "Büyük projeler konuşulurken kentin çeperi yine bekliyor."
    site.add(u(E_KOSE), story(
        E_KOSE, t7_title, t7_dek, paras(_TR_PARAS["kose"]),
        dates="Yayınlanma: 24 Kasım 2026 Salı 08:00",
        byline=author_link("Selin Arslan", "selin-arslan"),
        crumbs=[("/yazarlar/", "Yazarlar"), ("/yazar/selin-arslan/", "Selin Arslan")],
        ld=news_ld(t7_title, t7_dek, **{"@type": "OpinionNewsArticle"},
                   articleSection="Yazarlar", datePublished="2026-11-24T08:00:00+03:00",
                   author=person("Selin Arslan")),
    ))  # fmt: skip
    site.article(
        url=u(E_KOSE), site=host, article_id="123470", title=t7_title, description=t7_dek,
        authors=["Selin Arslan"], published_at="2026-11-24T05:00:00Z",
        published_raw="2026-11-24T08:00:00+03:00", section="yazarlar", body=body("kose"),
        language="tr",
    )  # fmt: skip

    # T8: an agency story (AA) whose only author is the agency, in JSON-LD and on the page.
    t8_title = "Komşu ülkede seçim sonuçları açıklandı"
    t8_dek = "Hiçbir parti tek başına iktidar için gereken çoğunluğa ulaşamadı."
    site.add(u(E_SECIM), story(
        E_SECIM, t8_title, t8_dek, paras(_TR_PARAS["secim"]),
        dates="<span>25.11.2026 - 09:20</span>",
        byline="AA",
        crumbs=[("/dunya/", "Dünya")],
        tags=[("secim", "Seçim")],
        ld=news_ld(t8_title, t8_dek, articleSection="Dünya",
                   datePublished="2026-11-25T09:20:00+03:00", author=agency("AA")),
    ))  # fmt: skip
    site.article(
        url=u(E_SECIM), site=host, article_id="123463", title=t8_title, description=t8_dek,
        authors=["AA"], published_at="2026-11-25T06:20:00Z",
        published_raw="2026-11-25T09:20:00+03:00", section="dunya", tags=["Seçim"],
        body=body("secim"), language="tr",
    )  # fmt: skip

    # T9: only in the news sitemap; zoneless JSON-LD (the sitemap says +03:00).
    t9_title = "Liman işçileri iş bıraktı"
    t9_dek = "Toplu sözleşme görüşmelerinde anlaşma sağlanamadı."
    site.add(u(E_LIMAN), story(
        E_LIMAN, t9_title, t9_dek, paras(_TR_PARAS["liman"]),
        dates="<span>24.11.2026 - 21:10</span>",
        byline="Haber: " + author_link("Ayşe Yılmaz", "ayse-yilmaz"),
        crumbs=[("/gundem/", "Gündem")],
        tags=[("liman", "Liman"), ("grev", "Grev")],
        ld=news_ld(t9_title, t9_dek, articleSection="Gündem",
                   datePublished="2026-11-24T21:10:00", author=person("Ayşe Yılmaz")),
    ))  # fmt: skip
    site.article(
        url=u(E_LIMAN), site=host, article_id="123464", title=t9_title, description=t9_dek,
        authors=["Ayşe Yılmaz"], published_at="2026-11-24T18:10:00Z",
        published_raw="2026-11-24T21:10:00", section="gundem", tags=["Liman", "Grev"],
        body=body("liman"), language="tr",
    )  # fmt: skip

    # T10: only on /gundem/?sayfa=2, behind "Sonraki"; no JSON-LD: printed numbers only,
    # with "Güncelleme:".
    t10_title = "Çarşı Camii'nin restorasyonu tamamlandı"
    t10_dek = "İki yıl süren çalışmada 18. yüzyıldan kalma bir su kanalı bulundu."
    site.add(u(E_CAMI), story(
        E_CAMI, t10_title, t10_dek, paras(_TR_PARAS["cami"]),
        dates="<span>22.11.2026 - 14:30</span> <span>Güncelleme: 22.11.2026 16:00</span>",
        byline="Haber: " + author_link("Ayşe Yılmaz", "ayse-yilmaz"),
        crumbs=[("/gundem/", "Gündem")],
        tags=[("restorasyon", "Restorasyon")],
    ))  # fmt: skip
    site.article(
        url=u(E_CAMI), site=host, article_id="123440", title=t10_title, description=t10_dek,
        authors=["Ayşe Yılmaz"], published_at="2026-11-22T11:30:00Z",
        published_raw="22.11.2026 - 14:30", modified_at="2026-11-22T13:00:00Z",
        modified_raw="22.11.2026 16:00", section="gundem", tags=["Restorasyon"],
        body=body("cami"), language="tr",
    )  # fmt: skip

    # T11: only on /ekonomi/sayfa/2, behind "Daha Fazla"; JSON-LD at +03:00.
    t11_title = "Zeytin hasadında verim düştü"
    t11_dek = "Kuraklık rekolteyi yüzde 25 azalttı, zeytinyağı fiyatlarının artması bekleniyor."
    site.add(u(E_ZEYTIN), story(
        E_ZEYTIN, t11_title, t11_dek, paras(_TR_PARAS["zeytin"]),
        dates="<span>21 Kasım 2026 10:00</span>",
        byline="Haber: " + author_link("Zeynep Öztürk", "zeynep-ozturk"),
        crumbs=[("/ekonomi/", "Ekonomi")],
        tags=[("zeytin", "Zeytin"), ("tarim", "Tarım")],
        ld=news_ld(t11_title, t11_dek, articleSection="Ekonomi",
                   datePublished="2026-11-21T10:00:00+03:00", author=person("Zeynep Öztürk")),
    ))  # fmt: skip
    site.article(
        url=u(E_ZEYTIN), site=host, article_id="123441", title=t11_title, description=t11_dek,
        authors=["Zeynep Öztürk"], published_at="2026-11-21T07:00:00Z",
        published_raw="2026-11-21T10:00:00+03:00", section="ekonomi", tags=["Zeytin", "Tarım"],
        body=body("zeytin"), language="tr",
    )  # fmt: skip

    # T12: only in the RSS feed; JSON-LD at +03:00.
    t12_title = "Kitap fuarı 40 bin ziyaretçiyi ağırladı"
    t12_dek = "120 yayınevinin katıldığı fuarda masal atölyeleri yoğun ilgi gördü."
    site.add(u(E_KITAP), story(
        E_KITAP, t12_title, t12_dek, paras(_TR_PARAS["kitap"]),
        dates="<span>24.11.2026 - 19:45</span>",
        byline="Haber: " + author_link("Elif Şahin", "elif-sahin"),
        crumbs=[("/yasam/", "Yaşam")],
        tags=[("kitap-fuari", "Kitap Fuarı")],
        ld=news_ld(t12_title, t12_dek, articleSection="Yaşam",
                   datePublished="2026-11-24T19:45:00+03:00", author=person("Elif Şahin")),
    ))  # fmt: skip
    site.article(
        url=u(E_KITAP), site=host, article_id="123465", title=t12_title, description=t12_dek,
        authors=["Elif Şahin"], published_at="2026-11-24T16:45:00Z",
        published_raw="2026-11-24T19:45:00+03:00", section="yasam", tags=["Kitap Fuarı"],
        body=body("kitap"), language="tr",
    )  # fmt: skip

    # A video, and a photo gallery of two pages (?sayfa=2 behind "Sonraki"): never items.
    video = "/video/gundem/sel-sularinin-cekildigi-anlar-123480"
    site.add(u(video), page(
        "Sel sularının çekildiği anlar",
        '<main><article class="video-detail"><h1>Sel sularının çekildiği anlar</h1>'
        '<div class="date">24.11.2026 - 17:00</div>'
        '<video src="/uploads/video/sel.mp4" controls></video>'
        "<p>Sağanak yağışın ardından Çarşı mahallesinde sular çekilmeye başladı.</p>"
        "</article></main>",
        f'<link rel="canonical" href="{EGE}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Sel sularının çekildiği anlar",
               "uploadDate": "2026-11-24T17:00:00+03:00"}),
    ))  # fmt: skip
    gallery = "/foto-galeri/karacam-festivalinden-renkli-kareler-123481"

    def gallery_page(number: int) -> str:
        figures = "".join(
            f'<figure><img src="/uploads/galeri/festival-{i}.jpg" alt="Festival">'
            f"<figcaption>Karaçam Festivali'nin ikinci gününde sokaklar renkli görüntülere "
            f"sahne oldu. Kortej, Çarşı meydanından sahile kadar yürüdü ({i}/8).</figcaption>"
            "</figure>"
            for i in range(number * 4 - 3, number * 4 + 1)
        )
        pager = (
            f'<div class="pagination"><a href="{gallery}?sayfa=2">Sonraki</a></div>'
            if number == 1
            else f'<div class="pagination"><a href="{gallery}">Önceki</a></div>'
        )
        return page(
            "Karaçam Festivali'nden renkli kareler",
            '<main><article class="gallery-detail"><h1>Karaçam Festivali\'nden renkli kareler'
            '</h1><div class="label">Foto Galeri</div><div class="date">22.11.2026 - 16:00</div>'
            f"{figures}{pager}</article></main>",
            f'<link rel="canonical" href="{EGE}{gallery}"><meta property="og:type" content="article">'
            + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
                   "name": "Karaçam Festivali'nden renkli kareler",
                   "datePublished": "2026-11-22T16:00:00+03:00"}),
        )  # fmt: skip

    site.add(u(gallery), gallery_page(1))
    site.add(u(gallery + "?sayfa=2"), gallery_page(2))

    # Tag and author pages list stories but are never items.
    site.add(u("/etiket/ulasim/"), listing("Ulaşım", [E_TRAMVAY]))
    site.add(u("/etiket/tramvay/"), listing("Tramvay", [E_TRAMVAY]))
    site.add(u("/etiket/karacam/"), listing("Karaçam", [E_TRAMVAY]))
    site.add(u("/etiket/isikli-mahallesi/"), listing("Işıklı Mahallesi", [E_HASTANE]))
    site.add(u("/yazar/ayse-yilmaz/"), listing("Ayşe Yılmaz", [E_TRAMVAY, E_LIMAN, E_CAMI]))
    site.add(u("/yazar/selin-arslan/"), listing("Selin Arslan", [E_KOSE]))
    site.never_exported |= {
        u(video), u(gallery), u(gallery + "?sayfa=2"), u("/etiket/ulasim/"),
        u("/etiket/tramvay/"), u("/etiket/karacam/"), u("/etiket/isikli-mahallesi/"),
        u("/yazar/ayse-yilmaz/"), u("/yazar/selin-arslan/"), u("/video/"), u("/foto-galeri/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /arama\nDisallow: /uye/\nDisallow: /*?print=1\n"
        f"Sitemap: {EGE}/sitemap.xml\nSitemap: {EGE}/sitemap-news.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{EGE}/sitemap/2026-11.xml</loc>"
        "<lastmod>2026-11-25T10:15:00+03:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    monthly = [
        (E_TRAMVAY, "2026-11-25T10:15:00+03:00"), (E_SU, "2026-11-24T11:45:00+03:00"),
        (E_BISIKLET, "2026-11-23T08:00:00+03:00"), (E_HASTANE, "2026-11-23T18:40:00+03:00"),
    ]  # fmt: skip
    site.add(u("/sitemap/2026-11.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{EGE}{p}</loc><lastmod>{w}</lastmod></url>" for p, w in monthly)
        + "</urlset>"
    ), XML)  # fmt: skip
    news_entries = [
        (E_SECIM, "2026-11-25T09:20:00+03:00", t8_title),
        (E_LIMAN, "2026-11-24T21:10:00+03:00", t9_title),
        (E_TRAMVAY, "2026-11-24T15:05:00+03:00", t1_title),
        (video, "2026-11-24T17:00:00+03:00", "Sel sularının çekildiği anlar"),
    ]
    site.add(u("/sitemap-news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{EGE}{path}</loc><news:news><news:publication>"
            "<news:name>Ege Haber</news:name><news:language>tr</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/anasayfa.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Ege Haber - Son Dakika</title><link>{EGE}/</link><language>tr</language>"
        f"<item><title>{t12_title}</title><link>{EGE}{E_KITAP}?utm_source=rss</link>"
        "<pubDate>Tue, 24 Nov 2026 19:45:00 +0300</pubDate></item>"
        f"<item><title>{t1_title}</title><link>{EGE}{E_TRAMVAY}</link>"
        "<pubDate>Tue, 24 Nov 2026 15:05:00 +0300</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    site.add(u("/"), listing("Ege Haber - Son Dakika Haberler", [
        E_TRAMVAY, E_SECIM, E_SPOR, video, gallery, "/etiket/ulasim/", "/yazar/ayse-yilmaz/",
    ]))  # fmt: skip
    sonraki = '<div class="pagination"><a href="/gundem/?sayfa=2">Sonraki</a></div>'
    site.add(u("/gundem/"), listing("Gündem", [E_TRAMVAY], sonraki))
    site.add(u("/gundem/?sayfa=2"), listing("Gündem", [E_CAMI]))
    daha = '<div class="load-more"><a href="/ekonomi/sayfa/2">Daha Fazla</a></div>'
    site.add(u("/ekonomi/"), listing("Ekonomi", [E_IHRACAT], daha))
    site.add(u("/ekonomi/sayfa/2"), listing("Ekonomi", [E_ZEYTIN]))
    site.add(u("/dunya/"), listing("Dünya", [E_SECIM]))
    site.add(u("/yasam/"), listing("Yaşam", [E_SU]))
    site.add(u("/spor/"), listing("Spor", [E_SPOR]))
    site.add(u("/saglik/"), listing("Sağlık", [E_HASTANE]))
    site.add(u("/istanbul/"), listing("İstanbul", [E_BISIKLET]))
    site.add(u("/yazarlar/"), listing("Yazarlar", [E_KOSE, "/yazar/selin-arslan/"]))
    site.add(u("/video/"), listing("Video", [video]))
    site.add(u("/foto-galeri/"), listing("Foto Galeri", [gallery]))
    site.never_requested |= {u("/arama?q="), u("/uye/giris")}
    return site

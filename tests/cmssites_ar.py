# ruff: noqa: RUF001, RUF002  (Arabic-Indic digits are how the pages print dates)
"""Al-Nahar al-Jadid: a recorded Egyptian Arabic daily for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

NAHAR = "https://www.alnahar-aljadid.example"

_AR_PARAS = {
    "council": [
        "وافق مجلس المحافظة في جلسته المسائية على خطة جديدة لتوسيع شبكة النقل العام في الأحياء الشرقية، بعد نقاش استمر أكثر من ثلاث ساعات.",
        "وتشمل الخطة تشغيل خمسين حافلة إضافية خلال العام المقبل، وإنشاء ثلاث محطات انتظار مكيفة قرب المدارس والمستشفيات.",
        "وقال رئيس لجنة النقل إن التمويل سيأتي من الموازنة المحلية دون فرض رسوم جديدة على الركاب.",
        "وطالب عدد من الأعضاء بنشر جدول زمني واضح للتنفيذ، على أن يعرض على المجلس في جلسته القادمة.",
    ],
    "bread": [
        "أعلنت وزارة التموين عن افتتاح عشرين مخبزا جديدا في قرى الصعيد قبل نهاية الشهر الجاري، لتقليل زحام الطوابير في ساعات الصباح.",
        "وأوضحت الوزارة أن المخابز الجديدة ستعمل بالغاز الطبيعي، وأن كل واحد منها سيخدم نحو ثلاثة آلاف أسرة.",
        "ورحب أهالي القرى بالقرار، وقال بعضهم إنهم كانوا يقطعون مسافات طويلة للحصول على الخبز المدعم.",
    ],
    "cotton": [
        "ارتفعت صادرات القطن المصري خلال النصف الأول من العام بنسبة اثني عشر في المئة، مدفوعة بطلب متزايد من مصانع النسيج في آسيا.",
        "وقال مسؤول في اتحاد المصدرين إن الأسعار العالمية تحسنت بعد موسم صعب، وإن المزارعين بدأوا يستعيدون ثقتهم في المحصول.",
        "ويتوقع الاتحاد أن تزيد المساحة المزروعة في الموسم المقبل إذا استمرت الأسعار عند مستواها الحالي.",
    ],
    "match": [
        "فاز نادي النيل على ضيفه نادي الدلتا بهدفين مقابل هدف في المباراة التي أقيمت مساء الاثنين على ملعب القاهرة الدولي.",
        "وسجل المهاجم الشاب يوسف كمال هدف الفوز في الدقيقة الثامنة والثمانين، بعد تمريرة عرضية من الجهة اليسرى.",
        "وبهذا الفوز يرتفع رصيد النيل إلى ثلاثين نقطة في صدارة الدوري، بفارق أربع نقاط عن أقرب منافسيه.",
    ],
    "library": [
        "افتتحت مكتبة الحي الجديدة أبوابها أمام الزوار صباح الأربعاء، وتضم أكثر من عشرة آلاف كتاب وقاعة خاصة للأطفال.",
        "وقالت مديرة المكتبة إن الدخول مجاني طوال أيام الأسبوع، وإن القاعة ستستضيف ورشة للقراءة كل يوم سبت.",
        "وأشار عدد من الزوار إلى أن الحي كان يفتقر إلى مكان هادئ للدراسة منذ سنوات.",
    ],
    "metro": [
        "بدأت هيئة الأنفاق تجربة تشغيل القطارات المكيفة على الخط الثالث للمترو، على أن يكتمل تشغيلها على الخط كله خلال شهرين.",
        "وقال متحدث باسم الهيئة إن التجربة تشمل في مرحلتها الأولى ست محطات، وإن الأجرة لن تتغير.",
        "واستقبل الركاب القطارات الجديدة بارتياح، خاصة في ساعات الذروة المسائية.",
    ],
}


def al_nahar_al_jadid() -> CmsSite:
    """An Egyptian Arabic daily on Cairo's clock (+02:00 in November, +03:00 in July since
    Egypt restored summer time in 2023): ``<html lang="ar" dir="rtl">`` pages (one
    ``lang="ar-EG"``), ``/news/<sub>/YYYY/MM/DD/<id>`` and ``/Article/DetailsNews/<id>`` URLs,
    dates printed with Arabic month names and Arabic-Indic digits ("الثلاثاء ٢٤ نوفمبر ٢٠٢٦ -
    ٠٢:٠٥ م", "آخر تحديث: ٢٥/١١/٢٠٢٦ ٠٨:٣٠ ص") or Western ones ("نُشر في 24 نوفمبر 2026 الساعة
    14:05"), JSON-LD dates with +02:00 and without a zone, a sitemap index in robots.txt over a
    news sitemap (+02:00) and a July sitemap (+03:00), an RSS feed announced only by
    ``<link rel=alternate>``, "اقرأ أيضا:" boxes and "إعلان" labels inside the body, bylines
    "كتب:" and "بقلم:", sub-sections, ``?page=N`` pagination, video and photo gallery pages,
    tag and writer pages."""
    site = CmsSite(
        "al-nahar-al-jadid", NAHAR + "/", datetime.fromisoformat("2026-11-25T10:00:00+00:00")
    )
    u = NAHAR.__add__
    host = "alnahar-aljadid.example"

    def page(title: str, body: str, extra: str = "", lang: str = "ar") -> str:
        return (
            f'<!DOCTYPE html><html lang="{lang}" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{title} - النهار الجديد</title>"
            '<meta property="og:site_name" content="النهار الجديد">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">النهار الجديد</a><nav class="main-menu"><ul>'
            '<li><a href="/news/">أخبار</a><ul class="sub-menu">'
            '<li><a href="/news/politics/">سياسة</a></li>'
            '<li><a href="/news/society/">مجتمع</a></li></ul></li>'
            '<li><a href="/sports/">رياضة</a><ul class="sub-menu">'
            '<li><a href="/sports/football/">كرة القدم</a></li></ul></li>'
            '<li><a href="/economy/">اقتصاد</a></li>'
            '<li><a href="/video/">فيديو</a></li><li><a href="/photos/">صور</a></li>'
            '<li><a href="/search?q=">بحث</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/about-us">من نحن</a> <a href="/contact-us">اتصل بنا</a> '
            '<a href="/privacy">سياسة الخصوصية</a><p>جميع الحقوق محفوظة © النهار الجديد 2026</p>'
            "</footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<div class="news-card"><h3><a href="{href}">خبر</a></h3></div>' for href in links
        )
        more = (
            f'<ul class="pagination"><li><a href="{next_href}" rel="next">التالي</a></li></ul>'
            if next_href
            else ""
        )
        return page(
            title, f'<main><h1>{title}</h1><div class="news-list">{cards}</div>{more}</main>'
        )

    def byline(label: str, name: str, slug: str) -> str:
        return f'<div class="author">{label} <a href="/writers/{slug}">{name}</a></div>'

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        writer: str,
        crumbs: list[tuple[str, str]],
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        lang: str = "ar",
    ) -> str:
        tag_links = "".join(f'<a href="/tags/{s}" rel="tag">{n}</a>' for s, n in tags)
        crumb_links = "".join(f' / <a href="{href}">{name}</a>' for href, name in crumbs)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            f'<main><div class="breadcrumb"><a href="/">الرئيسية</a>{crumb_links}</div>'
            f'<article class="article-page"><h1 class="article-title">{title}</h1>'
            f'<div class="article-meta">{writer}<div class="date">{dates}</div></div>'
            f'<div class="article-body">{body_html}</div>'
            f'<div class="tags"><span>الكلمات المفتاحية:</span>{tag_links}</div>'
            '<div class="share"><a href="https://facebook.example/sharer">فيسبوك</a>'
            '<a href="https://wa.example/send">واتساب</a></div></article>'
            '<aside class="most-read"><h2>الأكثر قراءة</h2><ul>'
            '<li><a href="/sports/football/2026/11/23/123458">النيل يهزم الدلتا</a></li>'
            "</ul></aside></main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{NAHAR}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{_ld(ld) if ld else ''}",
            lang,
        )

    def read_also(href: str, text: str) -> str:
        return (
            f'<div class="read-also"><strong>اقرأ أيضا:</strong> <a href="{href}">{text}</a></div>'
        )

    ad = (
        '<div class="ad-box"><span class="ad-label">إعلان</span><div id="div-gpt-ad-2"></div></div>'
    )

    news_ld = news_ld_for("النهار الجديد", language="ar")

    img = NAHAR + "/Upload/2026/11/"

    # N1: JSON-LD dates at +02:00; the same instants printed with Arabic-Indic digits and
    # "ص"/"م"; a "اقرأ أيضا:" box and an "إعلان" label between the paragraphs.
    n1 = "/news/politics/2026/11/24/123456"
    n1_title = "مجلس المحافظة يقر خطة لتوسيع النقل العام في الأحياء الشرقية"
    n1_dek = "خمسون حافلة جديدة وثلاث محطات انتظار مكيفة خلال العام المقبل."
    council = _AR_PARAS["council"]
    n1_body = (
        paras(council[:2])
        + read_also("/Article/DetailsNews/123457", "افتتاح عشرين مخبزا في قرى الصعيد")
        + paras(council[2:3])
        + ad
        + paras(council[3:])
    )
    site.add(u(n1), story(
        n1, n1_title, n1_dek, n1_body,
        dates='<span class="published">الثلاثاء ٢٤ نوفمبر ٢٠٢٦ - ٠٢:٠٥ م</span>'
        '<span class="updated">آخر تحديث: ٢٥/١١/٢٠٢٦ ٠٨:٣٠ ص</span>',
        writer=byline("كتب:", "محمد علي", "mohamed-ali"),
        crumbs=[("/news/", "أخبار"), ("/news/politics/", "سياسة")],
        tags=[("transport", "النقل العام"), ("governorate-council", "مجلس المحافظة")],
        image=img + "council.jpg",
        ld=news_ld(n1_title, n1_dek, datePublished="2026-11-24T14:05:00+02:00",
                   dateModified="2026-11-25T08:30:00+02:00", author=person("محمد علي"),
                   image={"@type": "ImageObject", "url": img + "council.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(n1), site=host, article_id="123456", title=n1_title, description=n1_dek,
        authors=["محمد علي"], published_at="2026-11-24T12:05:00Z",
        published_raw="2026-11-24T14:05:00+02:00", modified_at="2026-11-25T06:30:00Z",
        modified_raw="2026-11-25T08:30:00+02:00", section="news",
        tags=["النقل العام", "مجلس المحافظة"], body="\n\n".join(council),
        image_url=img + "council.jpg", language="ar",
    )  # fmt: skip

    # N2: an old-style /Article/DetailsNews/<id> URL, lang="ar-EG", no JSON-LD: the date only
    # as printed with Western digits and no zone (Cairo's, proven by the sitemaps: +02:00).
    n2 = "/Article/DetailsNews/123457"
    n2_title = "افتتاح عشرين مخبزا جديدا في قرى الصعيد قبل نهاية الشهر"
    n2_dek = "المخابز الجديدة تعمل بالغاز الطبيعي وتخدم ستين ألف أسرة."
    bread = _AR_PARAS["bread"]
    site.add(u(n2), story(
        n2, n2_title, n2_dek, paras(bread[:1]) + ad + paras(bread[1:]),
        dates='<span class="published">نُشر في 24 نوفمبر 2026 الساعة 14:05</span>',
        writer=byline("بقلم:", "سارة حسن", "sara-hassan"),
        crumbs=[("/news/", "أخبار"), ("/news/society/", "مجتمع")],
        tags=[("bread", "الخبز المدعم")], lang="ar-EG",
    ))  # fmt: skip
    site.article(
        url=u(n2), site=host, article_id="123457", title=n2_title, description=n2_dek,
        authors=["سارة حسن"], published_at="2026-11-24T12:05:00Z",
        published_raw="24 نوفمبر 2026 الساعة 14:05", section="news", tags=["الخبز المدعم"],
        body="\n\n".join(bread), language="ar",
    )  # fmt: skip
    # The section is the HTML breadcrumb's link to /news/, a section the navigation lists
    # (its name, أخبار, has no Latin slug).

    # N3: July, summer time (+03:00): JSON-LD date without a zone, listed in the July
    # sitemap at +03:00; only on /economy/.
    n3 = "/economy/2026/07/15/123460"
    n3_title = "صادرات القطن المصري ترتفع ١٢٪ في النصف الأول"
    n3_dek = "طلب متزايد من مصانع النسيج في آسيا يرفع الأسعار."
    site.add(u(n3), story(
        n3, n3_title, n3_dek, paras(_AR_PARAS["cotton"]),
        dates='<span class="published">الأربعاء ١٥ يوليو ٢٠٢٦ - ١٠:٣٠ ص</span>',
        writer=byline("كتب:", "محمد علي", "mohamed-ali"),
        crumbs=[("/economy/", "اقتصاد")], tags=[("cotton", "القطن")],
        ld=news_ld(n3_title, n3_dek, datePublished="2026-07-15T10:30:00",
                   author=person("محمد علي")),
    ))  # fmt: skip
    site.article(
        url=u(n3), site=host, article_id="123460", title=n3_title, description=n3_dek,
        authors=["محمد علي"], published_at="2026-07-15T07:30:00Z",
        published_raw="2026-07-15T10:30:00", section="economy", tags=["القطن"],
        body="\n\n".join(_AR_PARAS["cotton"]), language="ar",
    )  # fmt: skip

    # N4: JSON-LD date without a zone and nothing printed; on page 2 of /sports/football/.
    # The sitemaps print +02:00 (November) and +03:00 (July), which Cairo and the EU's Eastern
    # European zones share except from late March to late April: no zone is proven, but all of
    # them are at +02:00 on 23 November, so the date is.
    n4 = "/sports/football/2026/11/23/123458"
    n4_title = "النيل يهزم الدلتا بهدف قاتل ويبتعد بالصدارة"
    n4_dek = "يوسف كمال يسجل هدف الفوز في الدقيقة ٨٨."
    site.add(u(n4), story(
        n4, n4_title, n4_dek, paras(_AR_PARAS["match"]), dates="",
        writer=byline("كتب:", "أحمد عبد الرحمن", "ahmed-abdelrahman"),
        crumbs=[("/sports/", "رياضة"), ("/sports/football/", "كرة القدم")],
        image=img + "match.jpg",
        ld=news_ld(n4_title, n4_dek, datePublished="2026-11-23T21:40:00",
                   author=person("أحمد عبد الرحمن")),
    ))  # fmt: skip
    site.article(
        url=u(n4), site=host, article_id="123458", title=n4_title, description=n4_dek,
        authors=["أحمد عبد الرحمن"], published_at="2026-11-23T19:40:00Z",
        published_raw="2026-11-23T21:40:00", section="sports",
        body="\n\n".join(_AR_PARAS["match"]), image_url=img + "match.jpg", language="ar",
    )  # fmt: skip

    # N5: only in the RSS feed; JSON-LD date with +02:00.
    n5 = "/news/society/2026/11/25/123461"
    n5_title = "مكتبة جديدة تفتح أبوابها مجانا لأهالي الحي"
    n5_dek = "عشرة آلاف كتاب وقاعة خاصة للأطفال."
    site.add(u(n5), story(
        n5, n5_title, n5_dek, paras(_AR_PARAS["library"][:2])
        + read_also(n1, "خطة لتوسيع النقل العام") + paras(_AR_PARAS["library"][2:]),
        dates='<span class="published">الأربعاء ٢٥ نوفمبر ٢٠٢٦ - ١٠:١٥ ص</span>',
        writer=byline("بقلم:", "سارة حسن", "sara-hassan"),
        crumbs=[("/news/", "أخبار"), ("/news/society/", "مجتمع")],
        ld=news_ld(n5_title, n5_dek, datePublished="2026-11-25T10:15:00+02:00",
                   author=person("سارة حسن")),
    ))  # fmt: skip
    site.article(
        url=u(n5), site=host, article_id="123461", title=n5_title, description=n5_dek,
        authors=["سارة حسن"], published_at="2026-11-25T08:15:00Z",
        published_raw="2026-11-25T10:15:00+02:00", section="news",
        body="\n\n".join(_AR_PARAS["library"]), language="ar",
    )  # fmt: skip

    # N6: no JSON-LD, dates only as printed with Arabic-Indic digits, "م" for p.m.
    # Zoneless like N4: +02:00 from the zones the sitemaps allow.
    n6 = "/Article/DetailsNews/123462"
    n6_title = "تجربة تشغيل قطارات مكيفة على الخط الثالث للمترو"
    n6_dek = "ست محطات في المرحلة الأولى والأجرة دون تغيير."
    site.add(u(n6), story(
        n6, n6_title, n6_dek, paras(_AR_PARAS["metro"]),
        dates='<span class="published">الاثنين ٢٣ نوفمبر ٢٠٢٦ - ٠٧:٥٠ م</span>'
        '<span class="updated">آخر تحديث: ٢٤/١١/٢٠٢٦ ٠٩:١٠ ص</span>',
        writer=byline("كتب:", "أحمد عبد الرحمن", "ahmed-abdelrahman"),
        crumbs=[("/news/", "أخبار")], tags=[("transport", "النقل العام")],
    ))  # fmt: skip
    site.article(
        url=u(n6), site=host, article_id="123462", title=n6_title, description=n6_dek,
        authors=["أحمد عبد الرحمن"], published_at="2026-11-23T17:50:00Z",
        published_raw="٢٣ نوفمبر ٢٠٢٦ - ٠٧:٥٠ م", modified_at="2026-11-24T07:10:00Z",
        modified_raw="2026-11-24 09:10", section="news", tags=["النقل العام"],
        body="\n\n".join(_AR_PARAS["metro"]), language="ar",
    )  # fmt: skip

    # A video and a photo gallery at article-shaped URLs: never items.
    video = "/video/2026/11/24/123470"
    site.add(u(video), page(
        "فيديو: أول رحلة للحافلات الجديدة",
        "<main><article><h1>فيديو: أول رحلة للحافلات الجديدة</h1>"
        "<p>الثلاثاء ٢٤ نوفمبر ٢٠٢٦ - ٠٤:٠٠ م</p>"
        '<video src="/media/buses.mp4" controls></video><p>لقطات من أول رحلة.</p></article></main>',
        f'<link rel="canonical" href="{NAHAR}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "فيديو: أول رحلة للحافلات الجديدة",
               "uploadDate": "2026-11-24T16:00:00+02:00"}),
    ))  # fmt: skip
    gallery = "/photos/2026/11/23/123471"
    figures = "".join(
        f'<figure><img src="/Upload/2026/11/nile-{i}.jpg" alt="النيل">'
        f"<figcaption>كورنيش النيل وقت الغروب ({i} من 6).</figcaption></figure>"
        for i in range(1, 7)
    )
    site.add(u(gallery), page(
        "بالصور: كورنيش النيل وقت الغروب",
        f"<main><article><h1>بالصور: كورنيش النيل وقت الغروب</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{NAHAR}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "بالصور: كورنيش النيل وقت الغروب",
               "datePublished": "2026-11-23T17:00:00+02:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(video), u(gallery)}

    site.add(u("/tags/transport"), listing("النقل العام", [n1, n6]))
    site.add(u("/writers/mohamed-ali"), listing("محمد علي", [n1, n3]))
    site.add(u("/writers/sara-hassan"), listing("سارة حسن", [n2, n5]))
    site.never_exported |= {
        u("/tags/transport"), u("/tags/governorate-council"), u("/tags/bread"),
        u("/tags/cotton"), u("/writers/mohamed-ali"), u("/writers/sara-hassan"),
        u("/writers/ahmed-abdelrahman"), u("/video/"), u("/photos/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /api/\n"
        f"Sitemap: {NAHAR}/sitemap-index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap-index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{NAHAR}/sitemaps/news.xml</loc>"
        "<lastmod>2026-11-24T14:05:00+02:00</lastmod></sitemap>"
        f"<sitemap><loc>{NAHAR}/sitemaps/2026-07.xml</loc>"
        "<lastmod>2026-07-31T23:00:00+03:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (n1, "2026-11-24T14:05:00+02:00", "خطة لتوسيع النقل العام"),
        (n2, "2026-11-24T14:05:00+02:00", "عشرون مخبزا في الصعيد"),
        (video, "2026-11-24T16:00:00+02:00", "أول رحلة للحافلات"),
        (gallery, "2026-11-23T17:00:00+02:00", "كورنيش النيل"),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{NAHAR}{path}</loc><news:news><news:publication>"
            "<news:name>النهار الجديد</news:name><news:language>ar</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/2026-07.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{NAHAR}{n3}</loc><lastmod>2026-07-15T10:30:00+03:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/latest.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>النهار الجديد - آخر الأخبار</title><link>{NAHAR}/</link>"
        "<description>آخر أخبار مصر</description><language>ar</language>"
        f"<item><title>{n5_title}</title><link>{NAHAR}{n5}?utm_source=rss</link>"
        "<pubDate>Wed, 25 Nov 2026 10:15:00 +0200</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=utf-8")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="النهار الجديد" '
        'href="/rss/latest.xml">'
    )
    home = listing("النهار الجديد", [n1, video, gallery, "/tags/transport"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/news/"), listing("أخبار", [n1, n6]))
    site.add(u("/news/politics/"), listing("سياسة", [n1]))
    site.add(u("/news/society/"), listing("مجتمع", [n2]))
    site.add(u("/sports/"), listing("رياضة", ["/sports/football/"]))
    site.add(u("/sports/football/"), listing("كرة القدم", [], "/sports/football/?page=2"))
    site.add(u("/sports/football/?page=2"), listing("كرة القدم", [n4]))
    site.add(u("/economy/"), listing("اقتصاد", [n3]))
    site.add(u("/video/"), listing("فيديو", [video]))
    site.add(u("/photos/"), listing("صور", [gallery]))
    site.never_requested |= {u("/search?q=")}
    return site

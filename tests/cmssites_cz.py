"""Polabský hlasatel: a recorded Czech news portal for ``tests/test_news_cms.py``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, paras, person

HLAS = "https://www.polabsky-hlasatel.example"

_CZ_PARAS = {
    "most": [
        "Zastupitelé Labské Lhoty ve čtvrtek schválili stavbu nového mostu přes Labe, který nahradí dosluhující ocelovou konstrukci z roku 1931.",
        "Most bude mít dva jízdní pruhy a samostatnou lávku pro chodce a cyklisty. Stavba má začít na jaře a potrvá zhruba dva roky.",
        "Náklady odhaduje radnice na 640 milionů korun, většinu má pokrýt Státní fond dopravní infrastruktury.",
        "Řidiči se během stavby musí připravit na objížďku přes Kostelní Brod, která cestu prodlouží asi o osm kilometrů.",
    ],
    "nemocnice": [
        "Krajská nemocnice v Polabí otevřela v pondělí nový pavilon urgentního příjmu, který má zkrátit čekání pacientů.",
        "V pavilonu je dvanáct vyšetřoven, vlastní rentgen a heliport na střeše. Stavba vyšla na 380 milionů korun.",
        "Ředitel nemocnice Tomáš Král uvedl, že první týden bude oddělení fungovat ve zkušebním režimu.",
    ],
    "sucho": [
        "Hladina podzemní vody na Vysočině je letos nejníže za posledních dvacet let, upozorňují hydrologové.",
        "Několik obcí na Žďársku už zavedlo omezení zalévání zahrad a napouštění bazénů.",
        "Meteorologové očekávají, že situaci nezlepší ani podzimní srážky, které byly zatím podprůměrné.",
    ],
    "festival": [
        "Letní hudební festival na zámku v Kostelním Brodě přilákal přes dvanáct tisíc návštěvníků.",
        "Na třech pódiích vystoupilo čtyřicet kapel, hlavní hvězdou byl soubor Bílé vrány.",
        "Pořadatelé už oznámili termín příštího ročníku, který se uskuteční v polovině července.",
    ],
    "vlak": [
        "Rychlík z Labské Lhoty do Prahy v úterý ráno nabral zpoždění přes dvě hodiny kvůli poruše trakčního vedení u Kostelního Brodu.",
        "Správa železnic poruchu odstranila kolem deváté hodiny, cestující mezitím převážely náhradní autobusy.",
    ],
    "rozpocet": [
        "Poslanci ve středu večer schválili státní rozpočet na příští rok ve druhém čtení.",
        "Schodek má dosáhnout 230 miliard korun, nejvíce peněz získá školství a obrana.",
        "O rozpočtu budou poslanci definitivně hlasovat v prosinci.",
    ],
    "snih": [
        "První sníh letošní zimy napadl v noci na středu na hřebenech Krkonoš a Jizerských hor.",
        "Silničáři vyjeli s pluhy už po třetí hodině ranní, na horských silnicích platí zimní výbava.",
        "Meteorologové varují před náledím i v nižších polohách.",
    ],
    "koupaliste": [
        "Městské koupaliště v Labské Lhotě se po dvouleté rekonstrukci znovu otevřelo veřejnosti.",
        "Návštěvníci mohou využít nový padesátimetrový bazén, tobogán a dětské brouzdaliště.",
        "Vstupné zůstává stejné jako před rekonstrukcí, děti do šesti let mají vstup zdarma.",
    ],
    "hokej": [
        "Hokejisté Labské Lhoty porazili v derby Kostelní Brod 4:2 a posunuli se na třetí místo tabulky.",
        "Rozhodující gól vstřelil v poslední minutě útočník Marek Horák.",
        "Příští zápas hraje tým v pátek na ledě vedoucí Poděbradské Sokolovny.",
    ],
    "pekarna": [
        "Rodinná pekárna ze Semic otevřela nový provoz, ve kterém najde práci šedesát lidí.",
        "Majitelé investovali do stavby přes sto milionů korun a chtějí dodávat pečivo do celého kraje.",
        "Chléb se má i nadále péct na kvásku podle receptury z třicátých let.",
    ],
    "volby": [
        "Voliči v sousedním Rakousku rozhodli v neděli o novém složení zemského sněmu v Horních Rakousích.",
        "Nejvíce hlasů získali lidovci, kteří ale ztratili absolutní většinu a budou hledat koaliční partnery.",
        "Volební účast dosáhla 71 procent, což je nejvíce za posledních patnáct let.",
    ],
}

P_VOLBY = "/zahranici/clanek/volby-v-hornich-rakousich-40511500"
P_MOST = "/domaci/clanek/zastupitele-schvalili-novy-most-pres-labe-40512345"
P_NEMOCNICE = "/zpravy/domaci/2026/11/23/nemocnice-otevrela-novy-urgentni-prijem.html"
P_SUCHO = "/domaci/sucho-na-vysocine-je-nejhorsi-za-dvacet-let/r~3f9a1c2b7d8e11efa1b20cc47ab5f122/"
P_FESTIVAL = "/kultura/clanek/letni-festival-na-zamku-prilakal-tisice-40498765"
P_VLAK = "/domaci/clanek/rychlik-nabral-zpozdeni-kvuli-poruse-40513001"
P_ROZPOCET = "/zpravy/domaci/2026/11/24/poslanci-schvalili-rozpocet-ve-druhem-cteni.html"
P_SNIH = "/domaci/clanek/na-horach-napadl-prvni-snih-40513120"
P_KOUPALISTE = (
    "/domaci/koupaliste-v-labske-lhote-je-znovu-otevrene/r~8c4d2e6f0a1b11efb3c40cc47ab5f9d7/"
)
P_HOKEJ = "/sport/clanek/hokejiste-vyhrali-derby-40510077"
P_PEKARNA = "/ekonomika/clanek/pekarna-ze-semic-otevrela-novy-provoz-40506540"


def polabsky_hlasatel() -> CmsSite:
    """A Czech news portal on Prague's clock (CET +01:00, CEST +02:00), crawled on
    25 November 2026 at 11:30 in Prague: ``/<rubrika>/clanek/<slug>-<id>``,
    ``/zpravy/domaci/<yyyy>/<mm>/<dd>/<slug>.html`` and ``/<rubrika>/<slug>/r~<32 hex>/``
    URLs; dates printed "24. listopadu 2026 14:05" (genitive months), "24. 11. 2026 14:05"
    (spaced numerals), "pondělí 23. listopadu 2026, 9:40", "Aktualizováno 25. 11. 2026 8:30",
    "22. 11. 2026 • 16:50", "před 2 hodinami", "včera 18:20" and "dnes 9:15"; JSON-LD with
    offsets and without; a summer (CEST) article modified in winter (CET); an author box,
    "Autor:" lines and ČTK
    credits; "Foto:" credits, "Související" and "Čtěte také" boxes and "Reklama" labels in
    the text; listings paged by ``?strana=2``, a sitemap index, RSS, robots.txt; video,
    gallery, photo, topic, tag and author pages."""
    site = CmsSite(
        "polabsky-hlasatel", HLAS + "/", datetime.fromisoformat("2026-11-25T10:30:00+00:00")
    )
    u = HLAS.__add__
    host = "polabsky-hlasatel.example"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8">'
            f"<title>{title} | Polabský hlasatel</title>"
            '<meta property="og:site_name" content="Polabský hlasatel">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">Polabský hlasatel</a><nav class="menu"><ul>'
            '<li><a href="/domaci/">Domácí</a></li><li><a href="/zahranici/">Zahraničí</a></li>'
            '<li><a href="/ekonomika/">Ekonomika</a></li><li><a href="/sport/">Sport</a></li>'
            '<li><a href="/kultura/">Kultura</a></li><li><a href="/video/">Video</a></li>'
            '<li><a href="/galerie/">Galerie</a></li>'
            '<li><a href="/hledat?q=">Hledat</a></li><li><a href="/ucet/prihlaseni">Přihlásit</a></li>'
            "</ul></nav></header>"
            f"{body}"
            '<footer><a href="/redakce">Redakce</a> <a href="/ochrana-osobnich-udaju">'
            "Ochrana osobních údajů</a><p>© 2026 Polabský hlasatel a.s.</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], pager: str = "") -> str:
        cards = "".join(
            f'<div class="art-item"><a href="{href}"><h3>Zpráva</h3></a></div>' for href in links
        )
        return page(title, f'<main><h1>{title}</h1><div class="list">{cards}</div>{pager}</main>')

    def pager(href: str) -> str:
        return (
            '<div class="paging"><span class="active">1</span>'
            f'<a href="{href}">2</a><a class="next" href="{href}">Další</a></div>'
        )

    def story(
        path: str,
        title: str,
        perex: str,
        body_html: str,
        *,
        dates: str,
        byline: str = "",
        tags: str = "",
        image: str | None = None,
        ld: dict[str, Any] | None = None,
    ) -> str:
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        top = (
            f'<figure class="opener"><img src="{image}" alt="">'
            "<figcaption>Ilustrační snímek. Foto: Jan Novák, Polabský hlasatel</figcaption>"
            "</figure>"
            if image
            else ""
        )
        return page(
            title,
            f'<main><article class="art"><h1 itemprop="headline">{title}</h1>'
            f'<div class="art-info">{byline}<span class="time">{dates}</span></div>'
            f'<div class="opener-perex"><p>{perex}</p></div>{top}'
            f'<div id="art-text" class="text">{body_html}</div>'
            f"{tags}"
            '<div class="share"><a href="https://social.example/sdilet">Sdílet</a></div>'
            "</article>"
            '<aside class="top"><h2>Nejčtenější</h2><ol>'
            f'<li><a href="{P_MOST}">Zastupitelé schválili nový most</a></li></ol></aside>'
            "</main>",
            f'<meta name="description" content="{perex}"><link rel="canonical" href="{HLAS}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{_ld(ld) if ld else ''}",
        )

    def ad() -> str:
        return '<div class="r-box"><span class="r-head">Reklama</span><div id="r-1"></div></div>'

    def related(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
        return f'<div class="related"><h3>Související</h3><ul>{items}</ul></div>'

    def read_also(href: str, text: str) -> str:
        return f'<p class="also"><strong>Čtěte také:</strong> <a href="{href}">{text}</a></p>'

    def photo(src: str, caption: str) -> str:
        return f'<figure><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>'

    def author_box(name: str, slug: str) -> str:
        return (
            f'<div class="author-box"><a href="/autor/{slug}"><img src="/img/autori/{slug}.jpg" '
            f'alt="{name}"></a><a class="author-name" href="/autor/{slug}">{name}</a></div>'
        )

    def tag_box(tags: list[tuple[str, str]], kind: str = "tag") -> str:
        links = "".join(f'<li><a href="/{kind}/{s}">{n}</a></li>' for s, n in tags)
        return f'<div class="tags"><span>Témata:</span><ul>{links}</ul></div>'

    def news_ld(title: str, perex: str, **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": perex,
            "inLanguage": "cs",
            "publisher": {"@type": "NewsMediaOrganization", "name": "Polabský hlasatel"},
            **more,
        }

    img = HLAS + "/img/2026/"

    # C1: "/<rubrika>/clanek/<slug>-<id>"; JSON-LD at +01:00 and the same instant printed
    # "24. listopadu 2026 14:05"; the author box; an opener photo's "Foto:" credit, a
    # "Související" box and a "Čtěte také:" line inside the text.
    c1_title = "Zastupitelé schválili nový most přes Labe"
    c1_perex = "Stavba za 640 milionů korun má začít na jaře a potrvá dva roky."
    most = _CZ_PARAS["most"]
    site.add(u(P_MOST), story(
        P_MOST, c1_title, c1_perex,
        paras(most[:2]) + ad() + read_also(P_VLAK, "Rychlík nabral zpoždění kvůli poruše")
        + paras(most[2:3])
        + related([(P_SNIH, "Na horách napadl první sníh"),
                   (P_NEMOCNICE, "Nemocnice otevřela nový urgentní příjem")])
        + paras(most[3:]),
        dates="24. listopadu 2026 14:05",
        byline=author_box("Jan Novák", "jan-novak"),
        tags=tag_box([("labska-lhota", "Labská Lhota"), ("doprava", "doprava")]),
        image=img + "11/most.jpg",
        ld=news_ld(c1_title, c1_perex, articleSection="Domácí",
                   datePublished="2026-11-24T14:05:00+01:00",
                   author=person("Jan Novák"),
                   image={"@type": "ImageObject", "url": img + "11/most.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(P_MOST), site=host, article_id="40512345", title=c1_title, description=c1_perex,
        authors=["Jan Novák"], published_at="2026-11-24T13:05:00Z",
        published_raw="2026-11-24T14:05:00+01:00", section="domaci",
        tags=["Labská Lhota", "doprava"], body="\n\n".join(most),
        image_url=img + "11/most.jpg", language="cs",
    )  # fmt: skip

    # C2: dated URL, no JSON-LD: printed "23. 11. 2026 14:05" (spaced numerals) and
    # "Aktualizováno 25. 11. 2026 8:30", both on Prague's winter clock; "Autor:" line.
    c2_title = "Krajská nemocnice otevřela nový urgentní příjem"
    c2_perex = "Pavilon s heliportem má zkrátit čekání pacientů."
    nemocnice = _CZ_PARAS["nemocnice"]
    site.add(u(P_NEMOCNICE), story(
        P_NEMOCNICE, c2_title, c2_perex,
        paras(nemocnice[:2]) + photo(img + "11/pavilon.jpg", "Nový pavilon. Foto: Eva Malá")
        + paras(nemocnice[2:]),
        dates="23. 11. 2026 14:05 <em>Aktualizováno 25. 11. 2026 8:30</em>",
        byline='<span class="author">Autor: <a href="/autor/petra-svobodova">'
        "Petra Svobodová</a></span>",
        tags=tag_box([("zdravotnictvi", "zdravotnictví")], "tema"),
    ))  # fmt: skip
    site.article(
        url=u(P_NEMOCNICE), site=host, title=c2_title, description=c2_perex,
        authors=["Petra Svobodová"], published_at="2026-11-23T13:05:00Z",
        published_raw="23. 11. 2026 14:05", modified_at="2026-11-25T07:30:00Z",
        modified_raw="25. 11. 2026 8:30", section="domaci", tags=["zdravotnictví"],
        body="\n\n".join(nemocnice), image_url=img + "11/pavilon.jpg", language="cs",
    )  # fmt: skip

    # C3: Aktuálně-like "/<rubrika>/<slug>/r~<32 hex>/"; printed "pondělí 23. listopadu 2026,
    # 9:40" with a weekday; a ČTK credit only.
    c3_title = "Sucho na Vysočině je nejhorší za dvacet let"
    c3_perex = "Obce na Žďársku omezují zalévání zahrad."
    sucho = _CZ_PARAS["sucho"]
    site.add(u(P_SUCHO), story(
        P_SUCHO, c3_title, c3_perex, paras(sucho),
        dates="pondělí 23. listopadu 2026, 9:40",
        byline='<span class="source">Zdroj: ČTK</span>',
    ))  # fmt: skip
    site.article(
        url=u(P_SUCHO), site=host, article_id=None,
        title=c3_title, description=c3_perex, authors=["ČTK"],
        published_at="2026-11-23T08:40:00Z", published_raw="23. listopadu 2026, 9:40",
        section="domaci", body="\n\n".join(sucho), language="cs",
    )  # fmt: skip

    # C4: a summer story (CEST, +02:00) modified in winter (CET, +01:00), both printed too;
    # in the July sitemap only.
    c4_title = "Letní festival na zámku přilákal dvanáct tisíc lidí"
    c4_perex = "Na třech pódiích zahrálo čtyřicet kapel."
    festival = _CZ_PARAS["festival"]
    site.add(u(P_FESTIVAL), story(
        P_FESTIVAL, c4_title, c4_perex, paras(festival),
        dates="19. července 2026 22:10 <em>Aktualizováno 20. 11. 2026 16:15</em>",
        byline=author_box("Lucie Černá", "lucie-cerna"),
        image=img + "07/festival.jpg",
        ld=news_ld(c4_title, c4_perex, articleSection="Kultura",
                   datePublished="2026-07-19T22:10:00+02:00",
                   dateModified="2026-11-20T16:15:00+01:00", author=person("Lucie Černá"),
                   image=[img + "07/festival.jpg"]),
    ))  # fmt: skip
    site.article(
        url=u(P_FESTIVAL), site=host, article_id="40498765", title=c4_title,
        description=c4_perex, authors=["Lucie Černá"], published_at="2026-07-19T20:10:00Z",
        published_raw="2026-07-19T22:10:00+02:00", modified_at="2026-11-20T15:15:00Z",
        modified_raw="2026-11-20T16:15:00+01:00", section="kultura",
        body="\n\n".join(festival), image_url=img + "07/festival.jpg", language="cs",
    )  # fmt: skip

    # C5: "před 2 hodinami" only, counted from the crawl (11:30 in Prague).
    c5_title = "Rychlík nabral zpoždění kvůli poruše trakčního vedení"
    c5_perex = "Cestující mezi Labskou Lhotou a Prahou přesedali do autobusů."
    vlak = _CZ_PARAS["vlak"]
    site.add(u(P_VLAK), story(
        P_VLAK, c5_title, c5_perex, paras(vlak),
        dates="před 2 hodinami",
        byline='<span class="author">Autor: <a href="/autor/jan-novak">Jan Novák</a></span>',
    ))  # fmt: skip
    site.article(
        url=u(P_VLAK), site=host, article_id="40513001", title=c5_title, description=c5_perex,
        authors=["Jan Novák"], published_at="2026-11-25T08:30:00Z",
        published_raw="před 2 hodinami", section="domaci", body="\n\n".join(vlak),
        language="cs",
    )  # fmt: skip

    # C6: "včera 18:20" only (24 November in Prague); an editor and ČTK.
    c6_title = "Poslanci schválili rozpočet ve druhém čtení"
    c6_perex = "Schodek má dosáhnout 230 miliard korun."
    rozpocet = _CZ_PARAS["rozpocet"]
    site.add(u(P_ROZPOCET), story(
        P_ROZPOCET, c6_title, c6_perex, paras(rozpocet),
        dates="včera 18:20",
        byline='<span class="author">Autor: Karel Dvořák, ČTK</span>',
    ))  # fmt: skip
    site.article(
        url=u(P_ROZPOCET), site=host, title=c6_title, description=c6_perex,
        authors=["Karel Dvořák", "ČTK"], published_at="2026-11-24T17:20:00Z",
        published_raw="včera 18:20", section="domaci", body="\n\n".join(rozpocet),
        language="cs",
    )  # fmt: skip

    # C7: "dnes 9:15" and "Aktualizováno před hodinou" (an hour ago: no count) only; a
    # "Foto: ČTK" credit line alone in the text.
    c7_title = "Na horách napadl první sníh"
    c7_perex = "Silničáři vyjeli s pluhy, meteorologové varují před náledím."
    snih = _CZ_PARAS["snih"]
    site.add(u(P_SNIH), story(
        P_SNIH, c7_title, c7_perex,
        paras(snih[:1]) + f'<p><img src="{img}11/snih.jpg" alt=""></p><p>Foto: ČTK</p>'
        + paras(snih[1:]),
        dates="dnes 9:15 <em>Aktualizováno před hodinou</em>",
        byline=author_box("Martina Veselá", "martina-vesela"),
        tags=tag_box([("pocasi", "počasí")]),
    ))  # fmt: skip
    site.article(
        url=u(P_SNIH), site=host, article_id="40513120", title=c7_title, description=c7_perex,
        authors=["Martina Veselá"], published_at="2026-11-25T08:15:00Z",
        published_raw="dnes 9:15", modified_at="2026-11-25T09:30:00Z",
        modified_raw="před hodinou", section="domaci", tags=["počasí"],
        body="\n\n".join(snih), image_url=img + "11/snih.jpg", language="cs",
    )  # fmt: skip

    # C8: JSON-LD without a zone in August (Prague's summer clock, +02:00); "r~" id.
    c8_title = "Koupaliště v Labské Lhotě je po rekonstrukci znovu otevřené"
    c8_perex = "Nový padesátimetrový bazén a tobogán, vstupné se nemění."
    koupaliste = _CZ_PARAS["koupaliste"]
    site.add(u(P_KOUPALISTE), story(
        P_KOUPALISTE, c8_title, c8_perex, paras(koupaliste),
        dates="3. srpna 2026 7:45",
        byline=author_box("Lucie Černá", "lucie-cerna"),
        ld=news_ld(c8_title, c8_perex, articleSection="Domácí",
                   datePublished="2026-08-03T07:45:00", author=person("Lucie Černá")),
    ))  # fmt: skip
    site.article(
        url=u(P_KOUPALISTE), site=host, article_id=None,
        title=c8_title, description=c8_perex, authors=["Lucie Černá"],
        published_at="2026-08-03T05:45:00Z", published_raw="2026-08-03T07:45:00",
        section="domaci", body="\n\n".join(koupaliste), language="cs",
    )  # fmt: skip

    # C9: only in the RSS feed; "24. listopadu 2026 v 20:45" ("v", at) and no JSON-LD.
    c9_title = "Hokejisté vyhráli derby s Kostelním Brodem"
    c9_perex = "Rozhodující gól padl v poslední minutě."
    hokej = _CZ_PARAS["hokej"]
    site.add(u(P_HOKEJ), story(
        P_HOKEJ, c9_title, c9_perex, paras(hokej),
        dates="24. listopadu 2026 v 20:45",
        byline='<span class="author">Autor: Ondřej Procházka</span>',
        image=img + "11/hokej.jpg",
    ))  # fmt: skip
    site.article(
        url=u(P_HOKEJ), site=host, article_id="40510077", title=c9_title,
        description=c9_perex, authors=["Ondřej Procházka"],
        published_at="2026-11-24T19:45:00Z", published_raw="24. listopadu 2026 v 20:45",
        section="sport", body="\n\n".join(hokej), image_url=img + "11/hokej.jpg",
        language="cs",
    )  # fmt: skip

    # C10: only on the second page of /ekonomika/ ("?strana=2"); JSON-LD with "Z".
    c10_title = "Pekárna ze Semic otevřela nový provoz"
    c10_perex = "Práci v něm najde šedesát lidí."
    pekarna = _CZ_PARAS["pekarna"]
    site.add(u(P_PEKARNA), story(
        P_PEKARNA, c10_title, c10_perex, paras(pekarna),
        dates="12. 11. 2026 10:20",
        byline=author_box("Petra Svobodová", "petra-svobodova"),
        ld=news_ld(c10_title, c10_perex, articleSection="Ekonomika",
                   datePublished="2026-11-12T09:20:00Z", author=person("Petra Svobodová")),
    ))  # fmt: skip
    site.article(
        url=u(P_PEKARNA), site=host, article_id="40506540", title=c10_title,
        description=c10_perex, authors=["Petra Svobodová"],
        published_at="2026-11-12T09:20:00Z", published_raw="2026-11-12T09:20:00Z",
        section="ekonomika", body="\n\n".join(pekarna), language="cs",
    )  # fmt: skip

    # C11: Seznam-like "22. 11. 2026 • 16:50" (a bullet between the day and the clock), no
    # JSON-LD; no one named but the "Zdroj: ČTK" line closing the text.
    c11_title = "Lidovci vyhráli volby v Horních Rakousích"
    c11_perex = "Strana ztratila absolutní většinu a hledá partnery."
    volby = _CZ_PARAS["volby"]
    site.add(u(P_VOLBY), story(
        P_VOLBY, c11_title, c11_perex, paras(volby) + '<p class="source">Zdroj: ČTK</p>',
        dates="22. 11. 2026 • 16:50",
    ))  # fmt: skip
    site.article(
        url=u(P_VOLBY), site=host, article_id="40511500", title=c11_title,
        description=c11_perex, authors=["ČTK"], published_at="2026-11-22T15:50:00Z",
        published_raw="22. 11. 2026 • 16:50", section="zahranici", body="\n\n".join(volby),
        language="cs",
    )  # fmt: skip

    # Video, gallery and photo pages, some at article-shaped URLs: never items.
    video = "/video/clanek/plavba-po-labi-z-dronu-40512999"
    site.add(u(video), page(
        "Plavba po Labi z dronu",
        "<main><article><h1>Plavba po Labi z dronu</h1><span>24. 11. 2026 12:00</span>"
        '<video src="/media/labe.mp4" controls></video>'
        "<p>Záběry z dronu ukazují řeku od Kostelního Brodu po Labskou Lhotu.</p></article></main>",
        f'<link rel="canonical" href="{HLAS}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Plavba po Labi z dronu", "uploadDate": "2026-11-24T12:00:00+01:00"}),
    ))  # fmt: skip
    figures = "".join(
        f'<figure><img src="/img/2026/11/trh-{i}.jpg" alt="Trh">'
        f"<figcaption>Adventní trh na náměstí ({i}/8). Foto: Eva Malá</figcaption></figure>"
        for i in range(1, 9)
    )
    galerie = "/galerie/adventni-trh-na-namesti-40513050"
    site.add(u(galerie), page(
        "Adventní trh na náměstí",
        f"<main><article><h1>Adventní trh na náměstí</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{HLAS}{galerie}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Adventní trh na náměstí",
               "datePublished": "2026-11-24T17:00:00+01:00"}),
    ))  # fmt: skip
    foto = "/foto/domaci/prvni-snih-na-hrebenech/r~5b6c7d8e9f0a11efa1b20cc47ab5f333/"
    site.add(u(foto), page(
        "První sníh na hřebenech",
        f"<main><article><h1>První sníh na hřebenech</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{HLAS}{foto}">',
    ))  # fmt: skip
    site.never_exported |= {u(video), u(galerie), u(foto)}

    tag_pages = {
        "/tag/doprava": ("doprava", [P_MOST, P_VLAK]),
        "/tag/pocasi": ("počasí", [P_SNIH]),
        "/tema/zdravotnictvi": ("zdravotnictví", [P_NEMOCNICE, video]),
        "/autor/jan-novak": ("Jan Novák", [P_MOST, P_VLAK]),
        "/autor/lucie-cerna": ("Lucie Černá", [P_FESTIVAL, P_KOUPALISTE]),
    }
    for path, (title, links) in tag_pages.items():
        site.add(u(path), listing(title, links))
    site.never_exported |= {u(path) for path in tag_pages} | {u("/video/"), u("/galerie/")}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /hledat\nDisallow: /ucet/\n"
        f"Sitemap: {HLAS}/sitemap.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{HLAS}/sitemap-news.xml</loc>"
        "<lastmod>2026-11-25T09:15:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{HLAS}/sitemap-2026-07.xml</loc>"
        "<lastmod>2026-11-20T16:15:00+01:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (P_SUCHO, "2026-11-23T09:40:00+01:00", c3_title),
        (P_MOST, "2026-11-24T14:05:00+01:00", c1_title),
        (video, "2026-11-24T12:00:00+01:00", "Plavba po Labi z dronu"),
    ]
    site.add(u("/sitemap-news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{HLAS}{path}</loc><news:news><news:publication>"
            "<news:name>Polabský hlasatel</news:name><news:language>cs</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemap-2026-07.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{HLAS}{P_FESTIVAL}</loc><lastmod>2026-11-20T16:15:00+01:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Polabský hlasatel</title><link>{HLAS}/</link><language>cs</language>"
        f"<item><title>{c9_title}</title><link>{HLAS}{P_HOKEJ}?utm_source=rss</link>"
        "<pubDate>Tue, 24 Nov 2026 20:45:00 +0100</pubDate></item>"
        f"<item><title>{c1_title}</title><link>{HLAS}{P_MOST}</link>"
        "<pubDate>Tue, 24 Nov 2026 14:05:00 +0100</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="Polabský hlasatel" '
        'href="/rss.xml">'
    )
    home = listing(
        "Polabský hlasatel",
        [P_MOST, P_VLAK, P_SNIH, P_ROZPOCET, video, galerie, foto, "/tag/doprava",
         "/autor/jan-novak"],
    )  # fmt: skip
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(
        u("/domaci/"),
        listing("Domácí", [P_MOST, P_NEMOCNICE, P_SUCHO, P_KOUPALISTE, "/tema/zdravotnictvi"]),
    )
    site.add(u("/zahranici/"), listing("Zahraničí", [P_VOLBY, "/tag/pocasi"]))
    site.add(u("/ekonomika/"), listing("Ekonomika", [P_ROZPOCET], pager("/ekonomika/?strana=2")))
    site.add(u("/ekonomika/?strana=2"), listing("Ekonomika", [P_PEKARNA]))
    site.add(u("/sport/"), listing("Sport", [video]))
    site.add(u("/kultura/"), listing("Kultura", ["/autor/lucie-cerna", galerie]))
    site.add(u("/video/"), listing("Video", [video]))
    site.add(u("/galerie/"), listing("Galerie", [galerie, foto]))
    site.never_requested |= {u("/hledat?q="), u("/ucet/prihlaseni")}
    return site

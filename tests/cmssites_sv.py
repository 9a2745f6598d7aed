# ruff: noqa: RUF001  (Swedish text is written with its own dashes and quotation marks)
"""Norrlands-Posten: a recorded Swedish regional daily for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

POSTEN = "https://www.norrlandsposten.example"

_SV_PARAS = {
    "buss": [
        "Från och med den 1 februari går en ny busslinje mellan hamnen i Älvvik och lasarettet. Linje 14 ska gå var tjugonde minut på vardagar och en gång i timmen på helgerna.",
        "Regionen räknar med att omkring 1 800 resenärer om dagen kommer att använda linjen, de flesta av dem anställda och besökare på lasarettet.",
        "Den nya linjen ersätter två äldre linjer som i dag tvingar resenärerna att byta buss vid resecentrum.",
        "Kostnaden beräknas till 6,2 miljoner kronor om året, varav kommunen betalar en tredjedel.",
    ],
    "skatt": [
        "Kommunfullmäktige i Älvvik beslutade på måndagskvällen att sänka kommunalskatten med tio öre till 22,18 kronor.",
        "Beslutet fattades efter en debatt som pågick i nästan fem timmar. Oppositionen ville i stället använda pengarna till fler lärare i grundskolan.",
        "Sänkningen innebär att en person med en månadslön på 32 000 kronor får behålla ungefär 380 kronor mer om året.",
    ],
    "isbana": [
        "Isbanan på Kallsjön öppnar redan i helgen, två veckor tidigare än vanligt. Den kalla novembern har gett en is som på de flesta ställen är över tolv centimeter tjock.",
        "Banan blir i år åtta kilometer lång och plogas från badplatsen vid Sjövik ut mot Tallholmen.",
        "Föreningen som sköter banan påminner om att man alltid ska bära isdubbar och ta med sig en vän ut på isen.",
    ],
    "snostorm": [
        "Höstens första snöstorm drog in över kusten under natten mot tisdagen. Flera hundra hushåll i Sågudden och Norrby var utan ström i morse.",
        "Räddningstjänsten fick ett tjugotal larm om träd som fallit över vägar, men ingen person har skadats.",
        "Elbolaget räknar med att alla kunder ska ha fått tillbaka strömmen före onsdagskvällen.",
    ],
    "derby": [
        "Älvvik Hockey vann derbyt mot Norrby IF med 3–2 efter förlängning inför 4 200 åskådare i Isladan.",
        "Gästerna ledde med 2–1 in i den tredje perioden, men Älvviks lagkapten Viktor Dahl kvitterade fyra minuter före slutsignalen.",
        "I förlängningen avgjorde backen Oskar Lund med ett skott från blålinjen efter ett och en halv minuts spel.",
    ],
    "jul": [
        "Över fyrahundra sångare fyllde kyrkan i Tallberga när byns julkonsert hölls för trettionde året i rad.",
        "Kören leddes i år av musikläraren Lena Wikström, som själv sjöng i den allra första konserten som tolvåring.",
        "Insamlingen under kvällen gav drygt 41 000 kronor till ortens fritidsgård.",
    ],
    "varsel": [
        "Sågverket i Sågudden varslar 80 anställda om uppsägning. Företaget skyller på den svaga efterfrågan på trävaror i Europa.",
        "Varslet gäller främst produktionen, där nattskiftet ska läggas ned i mars.",
    ],
    "ferje": [
        "Ferjesambandet over fjorden får en ny elektrisk ferje fra neste sommer. Den nye ferjen skal lades ved kaien på begge sider under av- og påstigning.",
        "Rederiet regner med at utslippene på strekningen blir redusert med nesten nitti prosent.",
        "Ferjen bygges ved et verft på Vestlandet og blir døpt i april.",
    ],
    "bro": [
        "Den nye bro over sundet åbner for trafik i maj, oplyser vejdirektoratet. Broen har været undervejs i fire år.",
        "Det bliver gratis at køre over broen de første tre måneder, hvorefter der indføres en afgift på 45 kroner.",
        "Cyklister og gående får deres egen bane på broens sydside.",
    ],
    "julmarknad": [
        "Julmarknaden i Älvvik flyttar i år från hamnen till Stortorget. Marknaden öppnar första advent och pågår i tre helger.",
        "Arrangörerna räknar med ett sextiotal försäljare, bland dem flera hantverkare från Tornedalen.",
        "Flytten beror på att kajen vid hamnen ska byggas om under vintern.",
    ],
    "vagar": [
        "Trafikverket börjar sanda vägarna i Älvviks kommun två veckor tidigare än förra året. Beslutet kommer efter flera olyckor på isiga vägar i förra veckan.",
        "Under vintern ska sju sandbilar vara i tjänst dygnet runt när det är halt.",
        "Trafikverket uppmanar bilister att byta till vinterdäck så snart som möjligt.",
    ],
}


def norrlands_posten() -> CmsSite:
    """A Swedish regional daily on Stockholm's clock (+01:00 in winter, +02:00 before
    25 October 2026): Bonnier-style ``/nyheter/artikel/<slug>/<id>`` URLs with short
    alphanumeric ids, ``/2026/11/24/<slug>-<id>/`` and Labrador's ``/<slug>/<id>``; dates printed
    "Publicerad 24 november 2026 kl. 15.05", "Uppdaterad 25 nov. 2026 kl. 08.10", "i dag 09:40",
    "igår 18:20" and "24.11.2026 09:40"; Norwegian ("Publisert 24.11.2026 15:05") and Danish
    ("24. nov. 2026 kl. 15.05") syndicated pages; JSON-LD with and without a zone, the zone in
    the sitemaps' lastmod on both sides of the DST change; "Av A", "A och B", "TT" and "Text: A
    Foto: B" bylines; "Läs också:" boxes and "Annons" labels in the text; a Plus-locked teaser;
    video (``/video/``, ``/play/``), picture-gallery (``/bildspel/``), tag (``/tagg/``,
    ``/amne/``) and author (``/skribent/``) pages; "Nästa sida" and "Visa fler" pagination
    with ``?page=2``; a sitemap index in robots.txt and an RSS feed announced by
    ``<link rel=alternate>``."""
    site = CmsSite(
        "norrlands-posten", POSTEN + "/", datetime.fromisoformat("2026-11-25T13:00:00+00:00")
    )
    u = POSTEN.__add__
    host = "norrlandsposten.example"

    def page(title: str, body: str, extra: str = "", lang: str = "sv") -> str:
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title} | Norrlands-Posten</title>"
            '<meta property="og:site_name" content="Norrlands-Posten">'
            f"{extra}</head><body>"
            '<header class="site-header"><a class="logo" href="/">Norrlands-Posten</a>'
            '<nav class="main-menu"><ul>'
            '<li><a href="/nyheter/">Nyheter</a></li><li><a href="/sport/">Sport</a></li>'
            '<li><a href="/kultur/">Kultur</a></li><li><a href="/video/">Video</a></li>'
            '<li><a href="/bildspel/">Bildspel</a></li>'
            '<li><a href="/sok/?q=">Sök</a></li><li><a href="/mitt-konto/">Mitt konto</a></li>'
            '<li><a href="/prenumerera/">Bli prenumerant</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/kundservice/">Kundservice</a> <a href="/om-oss/">Om oss</a> '
            '<a href="/mitt-konto/logga-in/">Logga in</a>'
            "<p>Ansvarig utgivare: Karin Holmgren. © 2026 Norrlands-Posten AB</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], more: tuple[str, str] | None = None) -> str:
        cards = "".join(
            f'<article class="teaser"><h2><a href="{href}">Läs mer</a></h2></article>'
            for href in links
        )
        pager = (
            f'<div class="pagination"><a class="button" href="{more[0]}">{more[1]}</a></div>'
            if more
            else ""
        )
        return page(
            title, f'<main><h1>{title}</h1><div class="teasers">{cards}</div>{pager}</main>'
        )

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        byline: str,
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
        lang: str = "sv",
        crumb: str = "",
    ) -> str:
        tag_links = "".join(f'<a class="tag" href="/tagg/{s}/">{n}</a>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="article__image"><img src="{image}" alt="">'
            "<figcaption>Arkivbild. Foto: Olof Strand</figcaption></figure>"
            if image
            else ""
        )
        return page(
            title,
            f'<main>{crumb}<article class="article"><header class="article__header">'
            f'<h1 class="article__headline">{title}</h1>'
            f'<p class="article__lead">{dek}</p>{figure}'
            f'<div class="article__byline">{byline}</div>'
            f'<div class="article__dates">{dates}</div></header>'
            f'<div class="article__body">{body_html}</div>'
            f'<div class="article__tags">{tag_links}</div>'
            '<div class="share"><a href="https://social.example/dela?u=artikel">Dela</a></div>'
            "</article>"
            '<aside class="most-read"><h2>Mest läst</h2><ol>'
            f'<li><a href="{A1}">Ny busslinje mellan hamnen och lasarettet</a></li></ol></aside>'
            "</main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{POSTEN}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
            lang,
        )

    def ad() -> str:
        return '<div class="ad-wrapper"><span class="ad-label">Annons</span><div id="ad-panorama-1"></div></div>'

    def read_also(href: str, text: str) -> str:
        return (
            '<aside class="read-also"><h3>Läs också:</h3>'
            f'<a href="{href}"><span>{text}</span></a></aside>'
        )

    def author(name: str, slug: str) -> str:
        return f'<a class="byline__name" href="/skribent/{slug}/">{name}</a>'

    news_ld = news_ld_for("Norrlands-Posten", language="sv-SE")

    img = POSTEN + "/images/2026/"

    # S1: JSON-LD dates at +01:00, the same instants printed with "kl." and a dot in the clock;
    # a "Läs också:" box and an "Annons" label in the text; in the news sitemap and the feed.
    s1_title = "Ny busslinje mellan hamnen och lasarettet"
    s1_dek = "Linje 14 ska gå var tjugonde minut och ersätter två äldre linjer."
    buss = _SV_PARAS["buss"]
    site.add(u(A1), story(
        A1, s1_title, s1_dek,
        paras(buss[:2]) + ad() + read_also(A11, "Vägarna sandas tidigare i år") + paras(buss[2:]),
        dates="<span>Publicerad 24 november 2026 kl. 15.05</span> "
        "<span>Uppdaterad 25 nov. 2026 kl. 08.10</span>",
        byline="Av " + author("Anna Lindqvist", "anna-lindqvist"),
        tags=[("kollektivtrafik", "Kollektivtrafik"), ("alvvik", "Älvvik")],
        image=img + "11/buss.jpg",
        ld=news_ld(s1_title, s1_dek, articleSection="Nyheter",
                   datePublished="2026-11-24T15:05:00+01:00",
                   dateModified="2026-11-25T08:10:00+01:00", author=[person("Anna Lindqvist")],
                   image={"@type": "ImageObject", "url": img + "11/buss.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(A1), site=host, article_id=None, title=s1_title, description=s1_dek,
        authors=["Anna Lindqvist"], published_at="2026-11-24T14:05:00Z",
        published_raw="2026-11-24T15:05:00+01:00", modified_at="2026-11-25T07:10:00Z",
        modified_raw="2026-11-25T08:10:00+01:00", section="nyheter",
        tags=["Kollektivtrafik", "Älvvik"], body="\n\n".join(buss),
        image_url=img + "11/buss.jpg", language="sv",
    )  # fmt: skip

    # S2: zoneless JSON-LD (the sitemaps print +01:00 and +02:00: Stockholm's clock); "A och
    # B" byline with both names linked.
    s2_title = "Kommunen sänker skatten med tio öre"
    s2_dek = "Oppositionen ville hellre anställa fler lärare."
    skatt = _SV_PARAS["skatt"]
    site.add(u(A2), story(
        A2, s2_title, s2_dek, paras(skatt[:1]) + ad() + paras(skatt[1:]),
        dates="<span>Publicerad 23 november 2026 kl. 20.45</span> "
        "<span>Uppdaterad 24 nov. 2026 kl. 07.15</span>",
        byline=author("Anna Lindqvist", "anna-lindqvist") + " och "
        + author("Erik Berg", "erik-berg"),
        tags=[("politik", "Politik")],
        ld=news_ld(s2_title, s2_dek, articleSection="Nyheter",
                   datePublished="2026-11-23T20:45:00", dateModified="2026-11-24T07:15:00",
                   author=[person("Anna Lindqvist"), person("Erik Berg")]),
    ))  # fmt: skip
    site.article(
        url=u(A2), site=host, article_id=None, title=s2_title, description=s2_dek,
        authors=["Anna Lindqvist", "Erik Berg"], published_at="2026-11-23T19:45:00Z",
        published_raw="2026-11-23T20:45:00", modified_at="2026-11-24T06:15:00Z",
        modified_raw="2026-11-24T07:15:00", section="nyheter", tags=["Politik"],
        body="\n\n".join(skatt), language="sv",
    )  # fmt: skip

    # S3: a TT (news agency) story: article:published_time with its offset, printed
    # "24.11.2026 09:40"; no JSON-LD.
    s3_title = "Isbanan på Kallsjön öppnar två veckor tidigt"
    s3_dek = "Den kalla novembern har gett tjock is redan före advent."
    isbana = _SV_PARAS["isbana"]
    site.add(u(A3), story(
        A3, s3_title, s3_dek, paras(isbana),
        dates="<time>24.11.2026 09:40</time>",
        byline='<span class="byline__agency">TT</span>',
        tags=[("friluftsliv", "Friluftsliv")], image=img + "11/isbana.jpg",
        meta='<meta property="article:published_time" content="2026-11-24T09:40:00+01:00">'
        '<meta property="article:section" content="Nyheter"><meta name="author" content="TT">',
    ))  # fmt: skip
    site.article(
        url=u(A3), site=host, article_id="482913", title=s3_title, description=s3_dek,
        authors=["TT"], published_at="2026-11-24T08:40:00Z",
        published_raw="2026-11-24T09:40:00+01:00", section="nyheter", tags=["Friluftsliv"],
        body="\n\n".join(isbana), image_url=img + "11/isbana.jpg", language="sv",
    )  # fmt: skip

    # S4: October, before the end of summer time: only printed "20 oktober 2026 kl. 07.30",
    # which is 05:30 UTC; "Text: ... Foto: ..." unlinked (the photographer is no author); only
    # in the October sitemap.
    s4_title = "Höstens första snöstorm drog in över kusten"
    s4_dek = "Hundratals hushåll blev utan ström under natten."
    snostorm = _SV_PARAS["snostorm"]
    site.add(u(A4), story(
        A4, s4_title, s4_dek, paras(snostorm),
        dates="<span>Publicerad 20 oktober 2026 kl. 07.30</span>",
        byline="<span>Text: Maja Ek</span> <span>Foto: Olof Strand</span>",
        tags=[("vader", "Väder")], image=img + "10/snostorm.jpg",
        meta='<meta property="article:section" content="Nyheter">',
    ))  # fmt: skip
    site.article(
        url=u(A4), site=host, article_id="482001", title=s4_title, description=s4_dek,
        authors=["Maja Ek"], published_at="2026-10-20T05:30:00Z",
        published_raw="20 oktober 2026 kl. 07.30", section="nyheter", tags=["Väder"],
        body="\n\n".join(snostorm), image_url=img + "10/snostorm.jpg", language="sv",
    )  # fmt: skip

    # S5: Labrador's /<section>/<slug>/<id>; no JSON-LD, only "igår 18:20" (yesterday, seen
    # from the crawl on the 25th); only on the second page of /sport/ ("Nästa sida").
    s5_title = "Älvvik Hockey vann derbyt efter förlängning"
    s5_dek = "Backen Oskar Lund avgjorde med ett skott från blålinjen."
    derby = _SV_PARAS["derby"]
    site.add(u(A5), story(
        A5, s5_title, s5_dek, paras(derby[:2]) + ad() + paras(derby[2:]),
        dates="<span>igår 18:20</span>",
        byline="Av " + author("Johan Sundin", "johan-sundin"),
        tags=[("alvvik-hockey", "Älvvik Hockey")],
    ))  # fmt: skip
    site.article(
        url=u(A5), site=host, article_id="140012", title=s5_title, description=s5_dek,
        authors=["Johan Sundin"], published_at="2026-11-24T17:20:00Z",
        published_raw="igår 18:20", section="sport", tags=["Älvvik Hockey"],
        body="\n\n".join(derby), language="sv",
    )  # fmt: skip

    # S6: Labrador's /<slug>/<id> at the root; zoneless JSON-LD, printed "i dag 09:40"; only on
    # the second page of /kultur/ ("Visa fler").
    s6_title = "Hela byn sjöng in julen i Tallberga kyrka"
    s6_dek = "Julkonserten hölls för trettionde året i rad."
    jul = _SV_PARAS["jul"]
    site.add(u(A6), story(
        A6, s6_title, s6_dek, paras(jul),
        dates="<span>i dag 09:40</span>",
        byline="Av " + author("Sara Nyberg", "sara-nyberg"),
        tags=[("musik", "Musik")],
        ld=news_ld(s6_title, s6_dek, articleSection="Kultur",
                   datePublished="2026-11-25T09:40:00", author=person("Sara Nyberg")),
    ))  # fmt: skip
    site.article(
        url=u(A6), site=host, article_id="140015", title=s6_title, description=s6_dek,
        authors=["Sara Nyberg"], published_at="2026-11-25T08:40:00Z",
        published_raw="2026-11-25T09:40:00", section="kultur", tags=["Musik"],
        body="\n\n".join(jul), language="sv",
    )  # fmt: skip

    # S7: a Plus-locked teaser: the free paragraphs, then the paywall (never body).
    s7_title = "Sågverket i Sågudden varslar 80 anställda"
    s7_dek = "Nattskiftet läggs ned i mars."
    varsel = _SV_PARAS["varsel"]
    paywall = (
        '<div class="paywall"><span class="premium-badge">Plus</span>'
        "<h3>För att läsa hela artikeln behöver du vara prenumerant</h3>"
        "<p>Få tillgång till alla artiklar på norrlandsposten.example för 1 kr den första "
        'månaden.</p><p><a href="/prenumerera/">Bli prenumerant</a></p>'
        '<p>Redan prenumerant? <a href="/mitt-konto/logga-in/">Logga in</a></p></div>'
    )
    site.add(u(A7), story(
        A7, s7_title, s7_dek, paras(varsel) + paywall,
        dates="<span>Publicerad 25 november 2026 kl. 06.30</span>",
        byline="Av " + author("Erik Berg", "erik-berg"),
        tags=[("naringsliv", "Näringsliv")], image=img + "11/sagverk.jpg",
        ld=news_ld(s7_title, s7_dek, articleSection="Nyheter",
                   datePublished="2026-11-25T06:30:00+01:00", author=person("Erik Berg"),
                   isAccessibleForFree=False,
                   hasPart={"@type": "WebPageElement", "isAccessibleForFree": False,
                            "cssSelector": ".paywall"}),
    ))  # fmt: skip
    site.article(
        url=u(A7), site=host, article_id=None, title=s7_title, description=s7_dek,
        authors=["Erik Berg"], published_at="2026-11-25T05:30:00Z",
        published_raw="2026-11-25T06:30:00+01:00", section="nyheter", tags=["Näringsliv"],
        body="\n\n".join(varsel), image_url=img + "11/sagverk.jpg", language="sv",
    )  # fmt: skip

    # S8: a Norwegian syndicated story (lang="nb"): "Publisert"/"Oppdatert" with numeric dates
    # and no zone anywhere on the page.
    s8_title = "Fjordsambandet får elektrisk ferje"
    s8_dek = "Den nye ferjen skal lades ved kaien under av- og påstigning."
    ferje = _SV_PARAS["ferje"]
    site.add(u(A8), story(
        A8, s8_title, s8_dek, paras(ferje),
        dates="<span>Publisert 24.11.2026 15:05</span> <span>Oppdatert 25.11.2026 08:10</span>",
        byline="Av Ingrid Haugland", lang="nb",
        tags=[("norge", "Norge")],
    ))  # fmt: skip
    site.article(
        url=u(A8), site=host, article_id=None, title=s8_title, description=s8_dek,
        authors=["Ingrid Haugland"], published_at="2026-11-24T14:05:00Z",
        published_raw="24.11.2026 15:05", modified_at="2026-11-25T07:10:00Z",
        modified_raw="25.11.2026 08:10", section="nyheter", tags=["Norge"],
        body="\n\n".join(ferje), language="nb",
    )  # fmt: skip

    # S9: a Danish syndicated story (lang="da"): "24. nov. 2026 kl. 15.05", "Af ..." byline.
    s9_title = "Ny bro over sundet åbner i maj"
    s9_dek = "De første tre måneder bliver det gratis at køre over broen."
    bro = _SV_PARAS["bro"]
    site.add(u(A9), story(
        A9, s9_title, s9_dek, paras(bro),
        dates="<span>24. nov. 2026 kl. 15.05</span>",
        byline="Af Mette Holm", lang="da",
        tags=[("danmark", "Danmark")],
    ))  # fmt: skip
    site.article(
        url=u(A9), site=host, article_id=None, title=s9_title, description=s9_dek,
        authors=["Mette Holm"], published_at="2026-11-24T14:05:00Z",
        published_raw="24. nov. 2026 kl. 15.05", section="nyheter", tags=["Danmark"],
        body="\n\n".join(bro), language="da",
    )  # fmt: skip

    # S10: article:published_time with its offset; the update only printed ("Uppdaterad 25 nov.
    # 2026 kl. 08.10"); "A och B" without "Av"; the section from the HTML breadcrumb.
    s10_title = "Julmarknaden flyttar till Stortorget"
    s10_dek = "Kajen vid hamnen byggs om under vintern."
    julmarknad = _SV_PARAS["julmarknad"]
    site.add(u(A10), story(
        A10, s10_title, s10_dek, paras(julmarknad[:2]) + ad() + paras(julmarknad[2:]),
        dates="<span>Publicerad 22 november 2026 kl. 11.00</span> "
        "<span>Uppdaterad 25 nov. 2026 kl. 08.10</span>",
        byline="Anna Lindqvist och Erik Berg",
        tags=[("alvvik", "Älvvik")],
        meta='<meta property="article:published_time" content="2026-11-22T11:00:00+01:00">',
        crumb='<nav class="breadcrumbs"><a href="/">Start</a> › <a href="/nyheter/">Nyheter</a></nav>',
    ))  # fmt: skip
    site.article(
        url=u(A10), site=host, article_id="481800", title=s10_title, description=s10_dek,
        authors=["Anna Lindqvist", "Erik Berg"], published_at="2026-11-22T10:00:00Z",
        published_raw="2026-11-22T11:00:00+01:00", modified_at="2026-11-25T07:10:00Z",
        modified_raw="25 nov. 2026 kl. 08.10", section="nyheter", tags=["Älvvik"],
        body="\n\n".join(julmarknad), language="sv",
    )  # fmt: skip

    # S11: only in the RSS feed; zoneless JSON-LD; "Läs också:" as a paragraph of the text.
    s11_title = "Vägarna sandas tidigare i år"
    s11_dek = "Trafikverket börjar två veckor tidigare än förra vintern."
    vagar = _SV_PARAS["vagar"]
    site.add(u(A11), story(
        A11, s11_title, s11_dek,
        paras(vagar[:1])
        + f'<p><strong>Läs också:</strong> <a href="{A4}">Höstens första snöstorm drog in över kusten</a></p>'
        + paras(vagar[1:]),
        dates="<span>Publicerad 24 november 2026 kl. 21.10</span>",
        byline="Av " + author("Anna Lindqvist", "anna-lindqvist"),
        tags=[("trafik", "Trafik")],
        ld=news_ld(s11_title, s11_dek, articleSection="Nyheter",
                   datePublished="2026-11-24T21:10:00", author=person("Anna Lindqvist")),
    ))  # fmt: skip
    site.article(
        url=u(A11), site=host, article_id=None, title=s11_title, description=s11_dek,
        authors=["Anna Lindqvist"], published_at="2026-11-24T20:10:00Z",
        published_raw="2026-11-24T21:10:00", section="nyheter", tags=["Trafik"],
        body="\n\n".join(vagar), language="sv",
    )  # fmt: skip

    # Video pages (/video/ and /play/) and a picture gallery: never items.
    for path, name in ((VIDEO, "Norrsken över älven"), (PLAY, "Luciatåget på torget")):
        site.add(u(path), page(
            name,
            f'<main><article class="video"><h1>{name}</h1><p>Publicerad 23 november 2026 kl. 22.00</p>'
            '<div class="player"><video src="/media/klipp.mp4" controls></video></div>'
            "<p>Se klippet från kvällen.</p></article></main>",
            f'<link rel="canonical" href="{POSTEN}{path}"><meta property="og:type" content="video.other">'
            + _ld({"@context": "https://schema.org", "@type": "VideoObject", "name": name,
                   "uploadDate": "2026-11-23T22:00:00+01:00"}),
        ))  # fmt: skip
    figures = "".join(
        f'<figure><img src="/images/2026/11/lucia-{i}.jpg" alt="Lucia">'
        f"<figcaption>Luciakröningen i domkyrkan ({i} av 8). Foto: Olof Strand</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(u(GALLERY), page(
        "Bildspel: Lucia i domkyrkan",
        f"<main><article><h1>Bildspel: Lucia i domkyrkan</h1>"
        f"<p>Publicerad 24 november 2026 kl. 19.00</p>{figures}</article></main>",
        f'<link rel="canonical" href="{POSTEN}{GALLERY}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Bildspel: Lucia i domkyrkan", "datePublished": "2026-11-24T19:00:00+01:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(VIDEO), u(PLAY), u(GALLERY)}

    # Tag, topic and author pages list stories but are never items.
    others = {
        "/tagg/kollektivtrafik/": ("Kollektivtrafik", [A1]),
        "/amne/sport/": ("Sport", [A5]),
        "/skribent/anna-lindqvist/": ("Anna Lindqvist", [A1, A2, A11]),
        "/skribent/erik-berg/": ("Erik Berg", [A2, A7]),
    }
    for path, (name, links) in others.items():
        site.add(u(path), listing(name, links))
    site.never_exported |= {u(p) for p in others} | {u("/video/"), u("/bildspel/")}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /sok/\nDisallow: /mitt-konto/\n"
        f"Sitemap: {POSTEN}/sitemap.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{POSTEN}/sitemaps/news.xml</loc>"
        "<lastmod>2026-11-25T06:30:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{POSTEN}/sitemaps/2026-11.xml</loc>"
        "<lastmod>2026-11-25T08:10:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{POSTEN}/sitemaps/2026-10.xml</loc>"
        "<lastmod>2026-10-20T07:30:00+02:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (A7, "2026-11-25T06:30:00+01:00", s7_title),
        (A1, "2026-11-24T15:05:00+01:00", s1_title),
        (VIDEO, "2026-11-23T22:00:00+01:00", "Norrsken över älven"),
        (A2, "2026-11-23T20:45:00+01:00", s2_title),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{POSTEN}{path}</loc><news:news><news:publication>"
            "<news:name>Norrlands-Posten</news:name><news:language>sv</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/2026-11.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{POSTEN}{A10}</loc><lastmod>2026-11-25T08:10:00+01:00</lastmod></url>"
        f"<url><loc>{POSTEN}{A3}</loc><lastmod>2026-11-24T09:40:00+01:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/2026-10.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{POSTEN}{A4}</loc><lastmod>2026-10-20T07:30:00+02:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/nyheter.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Norrlands-Posten - Nyheter</title><link>{POSTEN}/</link><language>sv</language>"
        f"<item><title>{s11_title}</title><link>{POSTEN}{A11}?utm_source=rss</link>"
        "<pubDate>Tue, 24 Nov 2026 21:10:00 +0100</pubDate></item>"
        f"<item><title>{s1_title}</title><link>{POSTEN}{A1}</link>"
        "<pubDate>Tue, 24 Nov 2026 15:05:00 +0100</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=utf-8")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="Norrlands-Posten - Nyheter" '
        'href="/rss/nyheter.xml">'
    )
    home = listing("Norrlands-Posten", [A1, A7, A3, VIDEO, GALLERY, "/tagg/kollektivtrafik/"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/nyheter/"), listing("Nyheter", [A1, A2, A8, A9, A10, "/amne/sport/"]))
    site.add(u("/sport/"), listing("Sport", [], ("/sport/?page=2", "Nästa sida")))
    site.add(u("/sport/?page=2"), listing("Sport", [A5]))
    site.add(u("/kultur/"), listing("Kultur", [], ("/kultur/?page=2", "Visa fler")))
    site.add(u("/kultur/?page=2"), listing("Kultur", [A6]))
    site.add(u("/video/"), listing("Video", [VIDEO, PLAY]))
    site.add(u("/bildspel/"), listing("Bildspel", [GALLERY]))
    site.never_requested |= {u("/sok/?q="), u("/mitt-konto/"), u("/mitt-konto/logga-in/")}
    return site


A1 = "/nyheter/artikel/ny-busslinje-mellan-hamnen-och-lasarettet/r1x7kq2m"
A2 = "/nyheter/artikel/kommunen-sanker-skatten-med-tio-ore/b8pz3wq5"
A3 = "/2026/11/24/isbanan-pa-kallsjon-oppnar-tidigt-482913/"
A4 = "/2026/10/20/hostens-forsta-snostorm-drog-in-482001/"
A5 = "/sport/alvvik-hockey-vann-derbyt-efter-forlangning/140012"
A6 = "/hela-byn-sjong-in-julen/140015"
A7 = "/nyheter/artikel/sagverket-i-sagudden-varslar-80-anstallda/k4m9t2ra"
A8 = "/nyheter/artikel/fjordsambandet-far-elektrisk-ferje/n5v2c8xe"
A9 = "/nyheter/artikel/ny-bro-over-sundet-abner-i-maj/d7q3w9za"
A10 = "/2026/11/22/julmarknaden-flyttar-till-stortorget-481800/"
A11 = "/nyheter/artikel/vagarna-sandas-tidigare-i-ar/w2c6h8pt"
VIDEO = "/video/norrsken-over-alven/v9k2p1qz"
PLAY = "/play/luciataget-pa-torget/p3r8s1tm"
GALLERY = "/bildspel/lucia-i-domkyrkan/g4h8m2xq"

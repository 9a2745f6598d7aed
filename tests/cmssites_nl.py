# ruff: noqa: RUF001  (Dutch breadcrumbs are written with their own angle quotation marks)
"""Het Polder Dagblad: a recorded Dutch regional daily for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, person

POLDER = "https://www.polderdagblad.example"

_NL_PARAS = {
    "fietsbrug": [
        "De nieuwe fietsbrug over de Ringvaart bij Zandwijk gaat in maart open. Dat heeft de provincie dinsdag bekendgemaakt na de laatste inspectie van de constructie.",
        "De brug is 140 meter lang en vervangt het pontje dat sinds 1962 tussen beide oevers voer. Fietsers en voetgangers hoeven straks niet meer te wachten.",
        "Volgens de provincie maken dagelijks zo'n 2.300 scholieren en forenzen gebruik van de oversteek.",
        "De bouw kostte 11,4 miljoen euro, bijna een miljoen meer dan begroot door de hoge staalprijzen.",
    ],
    "parkeren": [
        "Parkeren in het centrum van Zandwijk wordt volgend jaar duurder. De gemeenteraad stemde maandagavond in met een verhoging van het uurtarief van 2,80 naar 3,40 euro.",
        "Winkeliers vrezen dat bezoekers uitwijken naar het overdekte winkelcentrum aan de rand van de stad, waar parkeren gratis is.",
        "Het college wil met de extra opbrengst de pendelbus vanaf de transferia vaker laten rijden.",
    ],
    "storm": [
        "Door een zware storm reden er dinsdagochtend geen treinen tussen Groningen en Leeuwarden. Op meerdere plaatsen waaiden bomen op het spoor.",
        "ProRail verwacht dat het treinverkeer in de loop van de middag weer op gang komt. Reizigers wordt aangeraden de reisplanner in de gaten te houden.",
        "Het KNMI had code oranje afgegeven voor de noordelijke provincies.",
    ],
    "suikerfabriek": [
        "De oude suikerfabriek aan de Havenkade in Zandwijk krijgt een nieuw leven als cultuurhuis. De gemeente heeft het gebouw verkocht aan een stichting van buurtbewoners.",
        "In het gebouw komen een filmzaal, een poppodium en ateliers voor jonge kunstenaars. De verbouwing begint in het voorjaar.",
        "De fabriek sloot in 1994 haar deuren en stond sindsdien grotendeels leeg.",
    ],
    "derby": [
        "Polder FC heeft de derby tegen VV Zandwijk gewonnen met 2-1 na verlenging. Ruim 3.100 toeschouwers zagen een spannende wedstrijd op sportpark De Meent.",
        "De bezoekers kwamen vlak voor rust op voorsprong, maar aanvoerder Daan Hofstra maakte tien minuten voor tijd gelijk.",
        "In de verlenging besliste invaller Mohamed El Amrani het duel met een kopbal uit een hoekschop.",
    ],
    "kerstconcert": [
        "Ruim vierhonderd zangers vulden zondag de Grote Kerk in Zandwijk voor het jaarlijkse kerstconcert, dat dit jaar voor de veertigste keer werd gehouden.",
        "Het koor stond onder leiding van muziekdocent Marloes Kuipers, die als twaalfjarige zelf meezong bij het allereerste concert.",
        "De collecte leverde ruim 6.000 euro op voor de voedselbank.",
    ],
    "scheepswerf": [
        "Scheepswerf Van Loon in Zandwijk schrapt honderd banen. Het bedrijf wijt dat aan de dalende vraag naar binnenvaartschepen.",
        "De ontslagen vallen vooral in de productie. De nachtploeg wordt in maart opgeheven.",
    ],
    "tram": [
        "Gent krijgt een nieuwe tramlijn tussen het Sint-Pietersstation en de haven. De Vlaamse regering heeft daarvoor dinsdag het licht op groen gezet.",
        "De lijn wordt zes kilometer lang en telt elf haltes. De werken starten in het najaar van volgend jaar.",
        "De Lijn verwacht dat er dagelijks zo'n 14.000 reizigers gebruik van zullen maken.",
    ],
    "fietsstraat": [
        "In het centrum van Leuven worden vanaf januari vier straten fietsstraat. Auto's mogen er fietsers dan niet meer inhalen.",
        "De stad wil daarmee de fietsroutes naar de scholen veiliger maken. Vorig jaar vielen er op die straten elf gewonden.",
        "Buurtbewoners kunnen hun opmerkingen nog tot eind december doorgeven op een infomoment in het stadhuis.",
    ],
    "zwembad": [
        "De gemeenteraad van Zandwijk heeft ingestemd met de bouw van een nieuw zwembad aan de Vaartweg. Het huidige bad uit 1971 is versleten.",
        "Het nieuwe bad krijgt een wedstrijdbad van 25 meter, een instructiebad en een peuterbad. De bouw kost 18 miljoen euro.",
        "Zwemverenigingen reageerden opgelucht, omdat het oude bad de afgelopen winters vaak dicht moest door storingen.",
    ],
    "strooien": [
        "De strooiwagens van de provincie rukken dit jaar twee weken eerder uit dan vorig jaar. Dat besluit volgt op een reeks ongelukken op gladde wegen vorige week.",
        "Deze winter staan er zeven strooiwagens dag en nacht klaar om uit te rukken als het glad wordt.",
        "De provincie roept automobilisten op om zo snel mogelijk winterbanden te laten monteren.",
    ],
    "bibliotheek": [
        "De bibliotheek van Zandwijk gaat vanaf januari op doordeweekse avonden langer open. Tot tien uur 's avonds kunnen studenten er terecht om te studeren.",
        "De proef duurt een half jaar en wordt betaald uit een subsidie van de provincie.",
        "Als de avonden goed worden bezocht, wil de bibliotheek ook op zondag open.",
    ],
}


def polder_dagblad() -> CmsSite:
    """A Dutch regional daily on Amsterdam's clock (+01:00 in winter, +02:00 before 25
    October 2026) with a Flemish section (``lang="nl-BE"``, Brussels time): DPG-style
    ``/<section>/<slug>~a1b2c3d4/`` and ``/regio/<town>/<slug>~r5e6f7a8/`` URLs, numeric
    ``/nieuws/<id>/<slug>`` and Mediahuis ``/cnt/dmf20261124_<id>`` ones; dates printed "24 nov
    2026 om 15:05", "Bijgewerkt op 25 nov. 2026 om 08:10", "Gisteren, 18:20", "Vandaag, 09:40",
    "24-11-26, 15:05" (two-digit year) and "di 24 nov 2026"; JSON-LD with and without a zone
    and ``article:published_time`` with offsets; "Door A", "Door A en B" bylines with name
    particles, "ANP" and "Redactie"; "Lees ook:" boxes and "Advertentie" labels in the text; a
    premium teaser behind "Lees verder met een abonnement"; video (``/video/``), photo series
    (``/fotoserie/``), tag (``/tag/``, ``/onderwerp/``) and author (``/auteur/``) pages; "Meer
    laden" and "Volgende pagina" with ``?page=2``; a sitemap index with a news sitemap in
    robots.txt, an RSS feed announced by ``<link rel=alternate>``, and ``/s/<code>`` short
    links and slug-only links redirected to the canonical article."""
    site = CmsSite(
        "het-polder-dagblad", POLDER + "/", datetime.fromisoformat("2026-11-25T13:00:00+00:00")
    )
    u = POLDER.__add__
    host = "polderdagblad.example"

    def page(title: str, body: str, extra: str = "", lang: str = "nl") -> str:
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title} | Het Polder Dagblad</title>"
            '<meta property="og:site_name" content="Het Polder Dagblad">'
            f"{extra}</head><body>"
            '<header class="site-header"><a class="logo" href="/">Het Polder Dagblad</a>'
            '<nav class="main-nav"><ul>'
            '<li><a href="/binnenland/">Binnenland</a></li><li><a href="/regio/">Regio</a></li>'
            '<li><a href="/sport/">Sport</a></li><li><a href="/cultuur/">Cultuur</a></li>'
            '<li><a href="/vlaanderen/">Vlaanderen</a></li><li><a href="/video/">Video</a></li>'
            '<li><a href="/zoeken/?query=">Zoeken</a></li>'
            '<li><a href="/mijn-account/">Mijn account</a></li>'
            '<li><a href="/abonnement/">Word abonnee</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/klantenservice/">Klantenservice</a> <a href="/colofon/">Colofon</a> '
            '<a href="/mijn-account/inloggen/">Inloggen</a>'
            "<p>Hoofdredacteur: Marieke Dekker. © 2026 Het Polder Dagblad B.V.</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], more: tuple[str, str] | None = None) -> str:
        cards = "".join(
            f'<article class="teaser"><h3><a href="{href}">Lees meer</a></h3></article>'
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
        lang: str = "nl",
        crumb: str = "",
    ) -> str:
        tag_links = "".join(f'<a class="tag" href="{h}">{n}</a>' for h, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="article__image"><img src="{image}" alt="">'
            "<figcaption>De situatie in oktober. Foto: Bram Visser</figcaption></figure>"
            if image
            else ""
        )
        return page(
            title,
            f'<main>{crumb}<article class="article"><header class="article__header">'
            f'<h1 class="article__title">{title}</h1>'
            f'<p class="article__intro">{dek}</p>{figure}'
            f'<div class="article__meta"><span class="article__author">{byline}</span>'
            f'<span class="article__time">{dates}</span></div></header>'
            f'<div class="article__body">{body_html}</div>'
            f'<div class="article__tags">{tag_links}</div>'
            '<div class="share"><a href="https://social.example/delen?u=artikel">Delen</a></div>'
            "</article>"
            '<aside class="most-read"><h2>Meest gelezen</h2><ol>'
            f'<li><a href="{A1}">Nieuwe fietsbrug over de Ringvaart gaat in maart open</a></li>'
            "</ol></aside></main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{POLDER}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
            lang,
        )

    def paras(texts: list[str]) -> str:
        return "".join(f'<p class="article__paragraph">{t}</p>' for t in texts)

    def ad() -> str:
        return (
            '<div class="advertisement"><span class="advertisement__label">Advertentie</span>'
            '<div id="dfp-ad-rectangle-1"></div></div>'
        )

    def read_also(href: str, text: str) -> str:
        return (
            '<aside class="related-inline"><h3>Lees ook:</h3>'
            f'<a href="{href}"><span>{text}</span></a></aside>'
        )

    def author(name: str, slug: str) -> str:
        return f'<a class="author-link" href="/auteur/{slug}/">{name}</a>'

    def news_ld(title: str, dek: str, lang: str = "nl-NL", **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": dek,
            "inLanguage": lang,
            "publisher": {"@type": "NewsMediaOrganization", "name": "Het Polder Dagblad"},
            **more,
        }

    img = POLDER + "/images/2026/"

    # P1: JSON-LD at +01:00, the same instants printed "om"; "Advertentie" and a "Lees ook:"
    # box in the text; in the news sitemap and the feed; also linked by its slug without the
    # ~a id (a 301 to the canonical).
    p1_title = "Nieuwe fietsbrug over de Ringvaart gaat in maart open"
    p1_dek = "De brug van 140 meter vervangt het pontje dat sinds 1962 voer."
    fiets = _NL_PARAS["fietsbrug"]
    site.add(u(A1), story(
        A1, p1_title, p1_dek,
        paras(fiets[:2]) + ad() + read_also(A11, "Strooiwagens rukken eerder uit") + paras(fiets[2:]),
        dates="<time>24 nov 2026 om 15:05</time> <span>Bijgewerkt op 25 nov. 2026 om 08:10</span>",
        byline="Door " + author("Anouk de Vries", "anouk-de-vries"),
        tags=[("/tag/fietsen/", "Fietsen"), ("/onderwerp/zandwijk/", "Zandwijk")],
        image=img + "11/fietsbrug.jpg",
        ld=news_ld(p1_title, p1_dek, articleSection="Binnenland",
                   datePublished="2026-11-24T15:05:00+01:00",
                   dateModified="2026-11-25T08:10:00+01:00", author=[person("Anouk de Vries")],
                   image={"@type": "ImageObject", "url": img + "11/fietsbrug.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(A1), site=host, article_id=None, title=p1_title, description=p1_dek,
        authors=["Anouk de Vries"], published_at="2026-11-24T14:05:00Z",
        published_raw="2026-11-24T15:05:00+01:00", modified_at="2026-11-25T07:10:00Z",
        modified_raw="2026-11-25T08:10:00+01:00", section="binnenland",
        tags=["Fietsen", "Zandwijk"], body="\n\n".join(fiets),
        image_url=img + "11/fietsbrug.jpg", language="nl",
    )  # fmt: skip
    site.redirect(u(A1_SLUG_ONLY), u(A1))

    # P2: /regio/<town>/<slug>~r<id>/; zoneless JSON-LD (the sitemaps print +01:00 and +02:00:
    # Amsterdam's clock); "Door A en B" with name particles.
    p2_title = "Parkeren in centrum Zandwijk wordt duurder"
    p2_dek = "Het uurtarief stijgt van 2,80 naar 3,40 euro."
    parkeren = _NL_PARAS["parkeren"]
    site.add(u(A2), story(
        A2, p2_title, p2_dek, paras(parkeren[:1]) + ad() + paras(parkeren[1:]),
        dates="<time>23 nov 2026 om 20:45</time> <span>Bijgewerkt op 24 nov. 2026 om 07:15</span>",
        byline="Door " + author("Jan van der Berg", "jan-van-der-berg") + " en "
        + author("Sanne Bakker", "sanne-bakker"),
        tags=[("/tag/politiek/", "Politiek")],
        ld=news_ld(p2_title, p2_dek, articleSection="Regio",
                   datePublished="2026-11-23T20:45:00", dateModified="2026-11-24T07:15:00",
                   author=[person("Jan van der Berg"), person("Sanne Bakker")]),
    ))  # fmt: skip
    site.article(
        url=u(A2), site=host, article_id=None, title=p2_title, description=p2_dek,
        authors=["Jan van der Berg", "Sanne Bakker"], published_at="2026-11-23T19:45:00Z",
        published_raw="2026-11-23T20:45:00", modified_at="2026-11-24T06:15:00Z",
        modified_raw="2026-11-24T07:15:00", section="regio", tags=["Politiek"],
        body="\n\n".join(parkeren), language="nl",
    )  # fmt: skip

    # P3: an ANP story at a numeric URL: article:published_time with its offset, printed
    # "24-11-26, 09:40" (two-digit year); no JSON-LD.
    p3_title = "Storm legt treinverkeer in het noorden plat"
    p3_dek = "Op meerdere plaatsen waaiden bomen op het spoor."
    storm = _NL_PARAS["storm"]
    site.add(u(A3), story(
        A3, p3_title, p3_dek, paras(storm),
        dates="<span>24-11-26, 09:40</span>", byline="ANP",
        tags=[("/tag/weer/", "Weer")], image=img + "11/storm.jpg",
        meta='<meta property="article:published_time" content="2026-11-24T09:40:00+01:00">'
        '<meta property="article:section" content="Nieuws">',
    ))  # fmt: skip
    site.article(
        url=u(A3), site=host, article_id="31874402", title=p3_title, description=p3_dek,
        authors=["ANP"], published_at="2026-11-24T08:40:00Z",
        published_raw="2026-11-24T09:40:00+01:00", section="nieuws", tags=["Weer"],
        body="\n\n".join(storm), image_url=img + "11/storm.jpg", language="nl",
    )  # fmt: skip

    # P4: before the change to winter time: no JSON-LD, only "20-10-26, 07:30" printed (a
    # two-digit year); the October sitemap prints +02:00.
    p4_title = "Oude suikerfabriek wordt cultuurhuis"
    p4_dek = "Een stichting van buurtbewoners koopt het gebouw aan de Havenkade."
    suiker = _NL_PARAS["suikerfabriek"]
    site.add(u(A4), story(
        A4, p4_title, p4_dek, paras(suiker),
        dates="<span>20-10-26, 07:30</span>",
        byline="Door " + author("Pieter van Dijk", "pieter-van-dijk"),
        tags=[("/onderwerp/zandwijk/", "Zandwijk")], image=img + "10/suikerfabriek.jpg",
    ))  # fmt: skip
    site.article(
        url=u(A4), site=host, article_id=None, title=p4_title, description=p4_dek,
        authors=["Pieter van Dijk"], published_at="2026-10-20T05:30:00Z",
        published_raw="20-10-26, 07:30", section="regio", tags=["Zandwijk"],
        body="\n\n".join(suiker), image_url=img + "10/suikerfabriek.jpg", language="nl",
    )  # fmt: skip

    # P5: no JSON-LD, only "Gisteren, 18:20" (yesterday, seen from the crawl on the 25th);
    # only on the second page of /sport/ ("Volgende pagina").
    p5_title = "Polder FC wint derby na verlenging"
    p5_dek = "Invaller Mohamed El Amrani beslist het duel met een kopbal."
    derby = _NL_PARAS["derby"]
    site.add(u(A5), story(
        A5, p5_title, p5_dek, paras(derby[:2]) + ad() + paras(derby[2:]),
        dates="<span>Gisteren, 18:20</span>",
        byline="Door " + author("Femke Jansen", "femke-jansen"),
        tags=[("/tag/polder-fc/", "Polder FC")],
    ))  # fmt: skip
    site.article(
        url=u(A5), site=host, article_id=None, title=p5_title, description=p5_dek,
        authors=["Femke Jansen"], published_at="2026-11-24T17:20:00Z",
        published_raw="Gisteren, 18:20", section="sport", tags=["Polder FC"],
        body="\n\n".join(derby), language="nl",
    )  # fmt: skip

    # P6: zoneless JSON-LD, printed "Vandaag, 09:40"; only behind "Meer laden" on /cultuur/.
    p6_title = "Veertigste kerstconcert vult de Grote Kerk"
    p6_dek = "Ruim vierhonderd zangers zongen mee."
    kerst = _NL_PARAS["kerstconcert"]
    site.add(u(A6), story(
        A6, p6_title, p6_dek, paras(kerst),
        dates="<span>Vandaag, 09:40</span>",
        byline="Door " + author("Femke Jansen", "femke-jansen"),
        tags=[("/tag/muziek/", "Muziek")],
        ld=news_ld(p6_title, p6_dek, articleSection="Cultuur",
                   datePublished="2026-11-25T09:40:00", author=person("Femke Jansen")),
    ))  # fmt: skip
    site.article(
        url=u(A6), site=host, article_id=None, title=p6_title, description=p6_dek,
        authors=["Femke Jansen"], published_at="2026-11-25T08:40:00Z",
        published_raw="2026-11-25T09:40:00", section="cultuur", tags=["Muziek"],
        body="\n\n".join(kerst), language="nl",
    )  # fmt: skip

    # P7: a premium teaser: the free paragraphs, then the paywall (never body).
    p7_title = "Scheepswerf Van Loon schrapt honderd banen"
    p7_dek = "De nachtploeg wordt in maart opgeheven."
    werf = _NL_PARAS["scheepswerf"]
    paywall = (
        '<div class="paywall"><span class="premium-label">Premium</span>'
        "<h3>Lees verder met een abonnement</h3>"
        "<p>Onbeperkt toegang tot alle artikelen op polderdagblad.example voor 1 euro de eerste "
        'maand.</p><p><a href="/abonnement/">Word abonnee</a></p>'
        '<p>Al abonnee? <a href="/mijn-account/inloggen/">Log in</a></p></div>'
    )
    site.add(u(A7), story(
        A7, p7_title, p7_dek, paras(werf) + paywall,
        dates="<time>25 nov 2026 om 06:30</time>",
        byline="Door " + author("Sanne Bakker", "sanne-bakker"),
        tags=[("/tag/economie/", "Economie")], image=img + "11/werf.jpg",
        ld=news_ld(p7_title, p7_dek, articleSection="Economie",
                   datePublished="2026-11-25T06:30:00+01:00", author=person("Sanne Bakker"),
                   isAccessibleForFree=False,
                   hasPart={"@type": "WebPageElement", "isAccessibleForFree": False,
                            "cssSelector": ".paywall"}),
    ))  # fmt: skip
    site.article(
        url=u(A7), site=host, article_id=None, title=p7_title, description=p7_dek,
        authors=["Sanne Bakker"], published_at="2026-11-25T05:30:00Z",
        published_raw="2026-11-25T06:30:00+01:00", section="economie", tags=["Economie"],
        body="\n\n".join(werf), image_url=img + "11/werf.jpg", language="nl",
    )  # fmt: skip

    # P8: the Flemish section (lang="nl-BE"): zoneless JSON-LD (Brussels keeps Amsterdam's
    # clock), printed "di 24 nov 2026 om 16:45".
    p8_title = "Gent krijgt nieuwe tramlijn naar de haven"
    p8_dek = "De lijn wordt zes kilometer lang en telt elf haltes."
    tram = _NL_PARAS["tram"]
    site.add(u(A8), story(
        A8, p8_title, p8_dek, paras(tram[:2]) + ad() + paras(tram[2:]),
        dates="<time>di 24 nov 2026 om 16:45</time>",
        byline="Door " + author("Lotte Peeters", "lotte-peeters"), lang="nl-BE",
        tags=[("/onderwerp/gent/", "Gent")],
        ld=news_ld(p8_title, p8_dek, "nl-BE", articleSection="Vlaanderen",
                   datePublished="2026-11-24T16:45:00", author=person("Lotte Peeters")),
    ))  # fmt: skip
    site.article(
        url=u(A8), site=host, article_id=None, title=p8_title, description=p8_dek,
        authors=["Lotte Peeters"], published_at="2026-11-24T15:45:00Z",
        published_raw="2026-11-24T16:45:00", section="vlaanderen", tags=["Gent"],
        body="\n\n".join(tram), language="nl",
    )  # fmt: skip

    # P9: a Mediahuis-style /cnt/dmf<date>_<id> page in the Flemish section: the desk's
    # byline ("Redactie", which names no author), article:published_time with its offset and "di 24 nov 2026" printed;
    # the section from the breadcrumb.
    p9_title = "Leuven maakt vier straten fietsstraat"
    p9_dek = "Auto's mogen fietsers er vanaf januari niet meer inhalen."
    fstraat = _NL_PARAS["fietsstraat"]
    site.add(u(A9), story(
        A9, p9_title, p9_dek, paras(fstraat),
        dates="<span>di 24 nov 2026</span>", byline="Redactie", lang="nl-BE",
        tags=[("/onderwerp/leuven/", "Leuven")],
        meta='<meta property="article:published_time" content="2026-11-24T11:20:00+01:00">',
        crumb='<nav class="breadcrumb"><a href="/">Home</a> › <a href="/vlaanderen/">Vlaanderen</a></nav>',
    ))  # fmt: skip
    site.article(
        url=u(A9), site=host, article_id="97654321", title=p9_title, description=p9_dek,
        authors=[], published_at="2026-11-24T10:20:00Z",
        published_raw="2026-11-24T11:20:00+01:00", section="vlaanderen", tags=["Leuven"],
        body="\n\n".join(fstraat), language="nl",
    )  # fmt: skip

    # P10: a numeric URL: article:published_time with its offset, the update only printed
    # ("Bijgewerkt op 25 nov. 2026 om 08:10"); "A en B" without "Door".
    p10_title = "Gemeenteraad stemt in met nieuw zwembad"
    p10_dek = "Het huidige bad uit 1971 is versleten."
    zwembad = _NL_PARAS["zwembad"]
    site.add(u(A10), story(
        A10, p10_title, p10_dek, paras(zwembad[:2]) + ad() + paras(zwembad[2:]),
        dates="<time>22 nov 2026 om 11:00</time> <span>Bijgewerkt op 25 nov. 2026 om 08:10</span>",
        byline="Jan van der Berg en Anouk de Vries",
        tags=[("/onderwerp/zandwijk/", "Zandwijk")],
        meta='<meta property="article:published_time" content="2026-11-22T11:00:00+01:00">',
        crumb='<nav class="breadcrumb"><a href="/">Home</a> › <a href="/nieuws/">Nieuws</a></nav>',
    ))  # fmt: skip
    site.article(
        url=u(A10), site=host, article_id="31874455", title=p10_title, description=p10_dek,
        authors=["Jan van der Berg", "Anouk de Vries"], published_at="2026-11-22T10:00:00Z",
        published_raw="2026-11-22T11:00:00+01:00", modified_at="2026-11-25T07:10:00Z",
        modified_raw="25 nov. 2026 om 08:10", section="nieuws", tags=["Zandwijk"],
        body="\n\n".join(zwembad), language="nl",
    )  # fmt: skip

    # P11: only in the RSS feed; zoneless JSON-LD; "Lees ook:" as a paragraph of the text.
    p11_title = "Strooiwagens rukken eerder uit"
    p11_dek = "De provincie begint twee weken eerder dan vorige winter."
    strooien = _NL_PARAS["strooien"]
    site.add(u(A11), story(
        A11, p11_title, p11_dek,
        paras(strooien[:1])
        + f'<p><strong>Lees ook:</strong> <a href="{A4}">Oude suikerfabriek wordt cultuurhuis</a></p>'
        + paras(strooien[1:]),
        dates="<time>24 nov 2026 om 21:10</time>",
        byline="Door " + author("Anouk de Vries", "anouk-de-vries"),
        tags=[("/tag/verkeer/", "Verkeer")],
        ld=news_ld(p11_title, p11_dek, articleSection="Binnenland",
                   datePublished="2026-11-24T21:10:00", author=person("Anouk de Vries")),
    ))  # fmt: skip
    site.article(
        url=u(A11), site=host, article_id=None, title=p11_title, description=p11_dek,
        authors=["Anouk de Vries"], published_at="2026-11-24T20:10:00Z",
        published_raw="2026-11-24T21:10:00", section="binnenland", tags=["Verkeer"],
        body="\n\n".join(strooien), language="nl",
    )  # fmt: skip

    # P12: linked only by a /s/<code> short link (301 to the canonical) and by the bare
    # /~a<id>/ form, which serves the page with its canonical link.
    p12_title = "Bibliotheek Zandwijk 's avonds langer open"
    p12_dek = "Studenten kunnen er doordeweeks tot tien uur terecht."
    bieb = _NL_PARAS["bibliotheek"]
    p12_html = story(
        A12, p12_title, p12_dek, paras(bieb),
        dates="<time>25 nov 2026 om 10:15</time>",
        byline="Door " + author("Pieter van Dijk", "pieter-van-dijk"),
        tags=[("/onderwerp/zandwijk/", "Zandwijk")],
        ld=news_ld(p12_title, p12_dek, articleSection="Binnenland",
                   datePublished="2026-11-25T10:15:00+01:00", author=person("Pieter van Dijk")),
    )  # fmt: skip
    site.add(u(A12), p12_html)
    site.add(u(A12_BARE), p12_html)
    site.redirect(u(SHORT), u(A12))
    site.article(
        url=u(A12), site=host, article_id=None, title=p12_title, description=p12_dek,
        authors=["Pieter van Dijk"], published_at="2026-11-25T09:15:00Z",
        published_raw="2026-11-25T10:15:00+01:00", section="binnenland", tags=["Zandwijk"],
        body="\n\n".join(bieb), language="nl",
    )  # fmt: skip

    # A video page and a photo series at article-shaped ~<id> URLs: never items.
    site.add(u(VIDEO), page(
        "Video: ijsvogels bij de plas",
        '<main><article class="video"><h1>Video: ijsvogels bij de plas</h1>'
        "<time>23 nov 2026 om 22:00</time>"
        '<div class="player"><video src="/media/ijsvogels.mp4" controls></video></div>'
        "<p>Bekijk de beelden van vogelaar Kees Mulder.</p></article></main>",
        f'<link rel="canonical" href="{POLDER}{VIDEO}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Video: ijsvogels bij de plas", "uploadDate": "2026-11-23T22:00:00+01:00"}),
    ))  # fmt: skip
    figures = "".join(
        f'<figure><img src="/images/2026/11/kerstmarkt-{i}.jpg" alt="Kerstmarkt">'
        f"<figcaption>De kerstmarkt op de Grote Markt ({i}/8). Foto: Bram Visser</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(u(GALLERY), page(
        "Fotoserie: de kerstmarkt in beeld",
        f"<main><article><h1>Fotoserie: de kerstmarkt in beeld</h1>"
        f"<time>24 nov 2026 om 19:00</time>{figures}</article></main>",
        f'<link rel="canonical" href="{POLDER}{GALLERY}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Fotoserie: de kerstmarkt in beeld",
               "datePublished": "2026-11-24T19:00:00+01:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(VIDEO), u(GALLERY)}

    # Tag, topic and author pages list stories but are never items.
    others = {
        "/tag/fietsen/": ("Fietsen", [A1]),
        "/onderwerp/zandwijk/": ("Zandwijk", [A4, A10]),
        "/auteur/anouk-de-vries/": ("Anouk de Vries", [A1, A10, A11]),
        "/auteur/sanne-bakker/": ("Sanne Bakker", [A2, A7]),
    }
    for path, (name, links) in others.items():
        site.add(u(path), listing(name, links))
    site.never_exported |= {u(p) for p in others} | {u("/video/")}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /zoeken/\nDisallow: /mijn-account/\n"
        f"Sitemap: {POLDER}/sitemap-index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap-index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{POLDER}/sitemaps/news.xml</loc>"
        "<lastmod>2026-11-25T10:15:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{POLDER}/sitemaps/2026-11.xml</loc>"
        "<lastmod>2026-11-25T08:10:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{POLDER}/sitemaps/2026-10.xml</loc>"
        "<lastmod>2026-10-20T07:30:00+02:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (A7, "2026-11-25T06:30:00+01:00", p7_title),
        (A1, "2026-11-24T15:05:00+01:00", p1_title),
        (VIDEO, "2026-11-23T22:00:00+01:00", "Video: ijsvogels bij de plas"),
        (A2, "2026-11-23T20:45:00+01:00", p2_title),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{POLDER}{path}</loc><news:news><news:publication>"
            "<news:name>Het Polder Dagblad</news:name><news:language>nl</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/2026-11.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{POLDER}{A10}</loc><lastmod>2026-11-25T08:10:00+01:00</lastmod></url>"
        f"<url><loc>{POLDER}{A3}</loc><lastmod>2026-11-24T09:40:00+01:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/2026-10.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{POLDER}{A4}</loc><lastmod>2026-10-20T07:30:00+02:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/binnenland.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Het Polder Dagblad - Binnenland</title><link>{POLDER}/</link>"
        "<language>nl</language>"
        f"<item><title>{p11_title}</title><link>{POLDER}{A11}?utm_source=rss</link>"
        "<pubDate>Tue, 24 Nov 2026 21:10:00 +0100</pubDate></item>"
        f"<item><title>{p1_title}</title><link>{POLDER}{A1}</link>"
        "<pubDate>Tue, 24 Nov 2026 15:05:00 +0100</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=utf-8")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="Het Polder Dagblad - Binnenland" '
        'href="/rss/binnenland.xml">'
    )
    home = listing("Het Polder Dagblad", [A1, A7, A3, SHORT, VIDEO, GALLERY, "/tag/fietsen/"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/binnenland/"), listing("Binnenland", [A1_SLUG_ONLY, A12_BARE, A10]))
    site.add(u("/regio/"), listing("Regio", [A2, A4, "/onderwerp/zandwijk/"]))
    site.add(u("/sport/"), listing("Sport", [], ("/sport/?page=2", "Volgende pagina")))
    site.add(u("/sport/?page=2"), listing("Sport", [A5]))
    site.add(u("/cultuur/"), listing("Cultuur", [], ("/cultuur/?page=2", "Meer laden")))
    site.add(u("/cultuur/?page=2"), listing("Cultuur", [A6]))
    site.add(u("/vlaanderen/"), listing("Vlaanderen", [A8, A9]))
    site.add(u("/video/"), listing("Video", [VIDEO]))
    site.never_requested |= {
        u("/zoeken/?query="), u("/mijn-account/"), u("/mijn-account/inloggen/"),
    }  # fmt: skip
    return site


A1 = "/binnenland/nieuwe-fietsbrug-over-de-ringvaart-gaat-in-maart-open~a1b2c3d4/"
A1_SLUG_ONLY = "/binnenland/nieuwe-fietsbrug-over-de-ringvaart-gaat-in-maart-open/"
A2 = "/regio/zandwijk/parkeren-in-centrum-zandwijk-wordt-duurder~r5e6f7a8/"
A3 = "/nieuws/31874402/storm-legt-treinverkeer-in-het-noorden-plat"
A4 = "/regio/zandwijk/oude-suikerfabriek-wordt-cultuurhuis~a9c0d1e2/"
A5 = "/sport/polder-fc-wint-derby-na-verlenging~a3f4b5c6/"
A6 = "/cultuur/veertigste-kerstconcert-vult-de-grote-kerk~a7d8e9f0/"
A7 = "/economie/scheepswerf-van-loon-schrapt-honderd-banen~a2b4c6d8/"
A8 = "/vlaanderen/gent-krijgt-nieuwe-tramlijn-naar-de-haven~a5e7f9b1/"
A9 = "/cnt/dmf20261124_97654321"
A10 = "/nieuws/31874455/gemeenteraad-stemt-in-met-nieuw-zwembad"
A11 = "/binnenland/strooiwagens-rukken-eerder-uit~a6c8e0f2/"
A12 = "/binnenland/bibliotheek-zandwijk-s-avonds-langer-open~a4d6f8a0/"
A12_BARE = "/~a4d6f8a0/"
SHORT = "/s/k7Ps2q"
VIDEO = "/video/ijsvogels-bij-de-plas~v9e8d7c6/"
GALLERY = "/fotoserie/de-kerstmarkt-in-beeld~f1a2b3c4/"

"""Rheinblick Kurier: a recorded German regional daily for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, paras

KURIER = "https://www.rheinblick-kurier.example"

_DE_PARAS = {
    "gipfel": [
        "Nach mehr als zwanzig Stunden Verhandlungen haben sich die Staats- und Regierungschefs in der Nacht auf gemeinsame Regeln für die Verteilung von Asylsuchenden geeinigt.",
        "Künftig sollen Länder an den Außengrenzen entlastet werden, indem andere Staaten entweder Menschen aufnehmen oder einen festen Betrag in einen gemeinsamen Fonds zahlen.",
        "Mehrere Regierungen hatten bis zuletzt Vorbehalte angemeldet. Erst ein Kompromiss über die Höhe der Ausgleichszahlungen brachte den Durchbruch.",
        "Das Europäische Parlament muss der Einigung noch zustimmen. Eine Abstimmung wird für Dezember erwartet.",
    ],
    "radweg": [
        "Der Stadtrat von Bärstadt hat am Samstagabend mit großer Mehrheit beschlossen, entlang des Rheinufers einen durchgehenden Radweg von der Fähre bis zum Hafenbecken zu bauen.",
        "Die Strecke ist gut vier Kilometer lang und soll an drei Stellen vom Autoverkehr getrennt über Brücken geführt werden.",
        "Die Kosten schätzt die Verwaltung auf 6,8 Millionen Euro, rund zwei Drittel davon sollen aus Fördermitteln des Landes kommen.",
        "Baubeginn ist frühestens im Herbst 2027. Anwohner können die Pläne ab Montag im Rathaus einsehen.",
    ],
    "chemie": [
        "Der Chemiekonzern Auwerk will an seinem Stammwerk in Mühlheim am See bis Ende 2028 rund 400 Stellen abbauen.",
        "Betriebsbedingte Kündigungen soll es nach Angaben des Unternehmens nicht geben. Der Abbau werde über Altersteilzeit und nicht nachbesetzte Stellen erfolgen.",
        "Der Betriebsrat kritisierte die Pläne scharf und kündigte für die kommende Woche eine Versammlung vor dem Werkstor an.",
    ],
    "rente": [
        "Die Bundesregierung hat sich auf einen Gesetzentwurf zur Stabilisierung des Rentenniveaus verständigt.",
        "Das Niveau soll bis 2035 nicht unter 48 Prozent fallen. Finanziert werden soll das unter anderem durch einen höheren Zuschuss aus dem Bundeshaushalt.",
        "Arbeitgeberverbände warnten vor steigenden Beiträgen, die Gewerkschaften begrüßten den Entwurf.",
    ],
    "baeckerei": [
        "Nach 120 Jahren schließt die Bäckerei Lindner in der Bärstädter Altstadt zum Jahresende. Ein Nachfolger für den Familienbetrieb hat sich nicht gefunden.",
        "Inhaberin Margit Lindner führt das Geschäft in vierter Generation. Zuletzt hatten vor allem die gestiegenen Energiekosten dem Betrieb zu schaffen gemacht.",
    ],
    "museum": [
        "Das Landesmuseum in Rheinau zeigt ab dem kommenden Frühjahr eine große Ausstellung über die Schifffahrt auf dem Mittelrhein.",
        "Zu sehen sein sollen mehr als 300 Objekte, darunter das fast vollständig erhaltene Modell eines Treidelschiffs aus dem 18. Jahrhundert.",
        "Die Schau ist bis Ende August geöffnet, der Eintritt für Kinder und Jugendliche ist frei. (dpa)",
    ],
    "derby": [
        "Der FC Rheinblick hat das Derby gegen Eintracht Mühlheim mit 3:1 gewonnen und ist in der Tabelle auf den zweiten Platz geklettert.",
        "Vor 11.400 Zuschauern brachte Kapitän Lukas Brenner die Gastgeber bereits nach acht Minuten in Führung.",
        "Mühlheim glich kurz vor der Pause aus, doch zwei Treffer in der Schlussphase sicherten den Heimsieg.",
    ],
    "sperrung": [
        "Wegen eines Wasserrohrbruchs ist die Hafenstraße in Bärstadt seit dem frühen Morgen zwischen Zollamt und Kranplatz gesperrt.",
        "Die Stadtwerke rechnen damit, dass die Reparatur bis in den Abend dauert. Busse der Linie 7 werden über die Uferallee umgeleitet.",
    ],
    "schule": [
        "Im Landtag hat die Opposition der Landesregierung vorgeworfen, den Sanierungsstau an den Schulen kleinzurechnen.",
        "Das Programm sieht für die kommenden fünf Jahre 2,4 Milliarden Euro vor. Nach Berechnungen des Städtetags wären mindestens vier Milliarden nötig.",
        "Die Kultusministerin verwies darauf, dass das Land seinen Anteil gegenüber dem vorigen Programm verdoppelt habe.",
    ],
    "sommerfest": [
        "Mit einem Feuerwerk über dem Rhein ist am Samstagabend das Bärstädter Sommerfest zu Ende gegangen.",
        "Nach Angaben der Veranstalter kamen an den vier Tagen mehr als 60.000 Besucher an das Ufer.",
        "Im kommenden Jahr soll das Fest um einen Tag verlängert werden.",
    ],
}


def rheinblick_kurier() -> CmsSite:
    """A German regional daily on Berlin's clock, crawled four days after the autumn change
    (CEST +02:00 until 25 October 2026, CET +01:00 after): ``-a-<hex id>.html`` URLs for the
    national desk and ``<slug>.<numeric id>.html`` ones for the local desk, a local section
    whose name has an umlaut (Bärstadt, ``/baerstadt/``), dates printed "24.10.2026, 18:30 Uhr",
    "Veröffentlicht am 23.10.2026 um 15:05 Uhr", "Aktualisiert: 26.10.2026, 08:10 Uhr" and
    "vor 2 Stunden", JSON-LD dates with and without an offset on both sides of the change,
    "Von A und dpa", "dpa/AFP" and a "(dpa)" source mark, a "Lesen Sie auch:" box and
    "Anzeige" slots in the body, a Plus teaser (``isAccessibleForFree`` false), an AMP twin
    under ``/amp/``, a video and a picture gallery at article-shaped URLs, ``/themen/`` and
    ``/autoren/`` pages, "Nächste Seite" to ``?page=2``, a sitemap index with a Google News
    sitemap, and an RSS feed announced by ``<link rel=alternate>``."""
    site = CmsSite(
        "rheinblick-kurier", KURIER + "/", datetime.fromisoformat("2026-10-29T10:00:00+00:00")
    )
    u = KURIER.__add__
    host = "rheinblick-kurier.example"

    def page(title: str, body: str, extra: str = "", lang: str = "de") -> str:
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title} | Rheinblick Kurier</title>"
            '<meta property="og:site_name" content="Rheinblick Kurier">'
            '<meta property="og:locale" content="de_DE">'
            f"{extra}</head><body>"
            '<header class="header"><a class="header__logo" href="/">Rheinblick Kurier</a>'
            '<nav class="main-nav"><ul>'
            '<li><a href="/politik/">Politik</a><ul>'
            '<li><a href="/politik/deutschland/">Deutschland</a></li>'
            '<li><a href="/politik/ausland/">Ausland</a></li></ul></li>'
            '<li><a href="/wirtschaft/">Wirtschaft</a></li>'
            '<li><a href="/baerstadt/">Bärstadt</a></li>'
            '<li><a href="/muehlheim/">Mühlheim</a></li>'
            '<li><a href="/kultur/">Kultur</a></li><li><a href="/sport/">Sport</a></li>'
            '<li><a href="/video/">Videos</a></li><li><a href="/bilder/">Bilderstrecken</a></li>'
            '<li><a href="/plus/">RK+</a></li>'
            '<li><a href="/suche/?q=">Suche</a></li>'
            '<li><a href="/konto/anmelden/">Anmelden</a></li></ul></nav></header>'
            f"{body}"
            '<footer class="footer"><a href="/impressum/">Impressum</a> '
            '<a href="/datenschutz/">Datenschutz</a> <a href="/abo/">Abo</a>'
            "<p>© 2026 Rheinblick Medien GmbH &amp; Co. KG</p></footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<article class="teaser"><a class="teaser__link" href="{href}">'
            '<h2 class="teaser__headline">Nachricht</h2></a>'
            '<span class="teaser__time">vor 3 Stunden</span></article>'
            for href in links
        )
        more = (
            '<nav class="pagination"><a class="pagination__more" '
            f'href="{next_href}">Weitere Artikel</a> '
            f'<a class="pagination__next" rel="next" href="{next_href}">Nächste Seite</a></nav>'
            if next_href
            else ""
        )
        return page(
            title, f'<main><h1>{title}</h1><div class="teaser-list">{cards}</div>{more}</main>'
        )

    def author_link(name: str, slug: str) -> str:
        return f'<a class="author__link" href="/autoren/{slug}/">{name}</a>'

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        byline: str = "",
        kicker: str = "",
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
    ) -> str:
        tag_links = "".join(f'<li><a class="tag" href="/themen/{s}/">{n}</a></li>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="article__image"><img src="{image}" alt="">'
            "<figcaption>Symbolbild. Foto: Rheinblick Kurier</figcaption></figure>"
            if image
            else ""
        )
        amp = path.startswith("/politik/ausland/")
        return page(
            title,
            f'<main><article class="article"><header class="article__header">'
            f'<span class="article__kicker">{kicker}</span>'
            f'<h1 class="article__headline">{title}</h1>'
            f'<p class="article__intro">{dek}</p>'
            f'<div class="article__byline">{byline}</div>'
            f'<div class="article__dates">{dates}</div></header>{figure}'
            f'<div class="article__body">{body_html}</div>'
            f'<div class="article__topics"><span>Themen:</span><ul>{tag_links}</ul></div>'
            '<div class="share"><a href="https://social.example/teilen?u=artikel">Teilen</a>'
            '<a href="mailto:?subject=Lesetipp">E-Mail</a></div></article>'
            '<aside class="most-read"><h2>Meistgelesen</h2><ol>'
            f'<li><a href="{K2}">Radweg am Rheinufer kommt</a></li></ol></aside>'
            "</main>",
            f'<meta name="description" content="{dek}">'
            f'<link rel="canonical" href="{KURIER}{path}">'
            + (f'<link rel="amphtml" href="{KURIER}/amp{path}">' if amp else "")
            + f'<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def ad(n: int) -> str:
        return (
            f'<div class="ad ad--inarticle"><span class="ad__label">Anzeige</span>'
            f'<div id="ad-slot-{n}"></div></div>'
        )

    def lesen(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return f'<div class="related-inline"><p><strong>Lesen Sie auch:</strong></p><ul>{items}</ul></div>'

    def news_ld(title: str, dek: str, **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": dek,
            "inLanguage": "de-DE",
            "publisher": {"@type": "NewsMediaOrganization", "name": "Rheinblick Kurier",
                          "logo": {"@type": "ImageObject", "url": KURIER + "/logo.png"}},
            **more,
        }  # fmt: skip

    def person(name: str, slug: str | None = None) -> dict[str, str]:
        found = {"@type": "Person", "name": name}
        if slug:
            found["url"] = f"{KURIER}/autoren/{slug}/"
        return found

    def org(name: str) -> dict[str, str]:
        return {"@type": "Organization", "name": name}

    img = KURIER + "/bilder/2026/10/"

    # K1: "Von Anna Beispiel und dpa"; JSON-LD published before the change (+02:00) and
    # modified after it (+01:00), the same instants printed; "Lesen Sie auch:" (one link to
    # another story's AMP twin) and an "Anzeige" slot inside the body; an AMP twin under /amp/.
    k1_title = "Gipfel in Brüssel: Einigung auf neue Asylregeln"
    k1_dek = "Nach einer langen Verhandlungsnacht steht der Kompromiss. Das Parlament muss noch zustimmen."
    gipfel = _DE_PARAS["gipfel"]
    k1_body = (
        paras(gipfel[:2]) + ad(1)
        + lesen([(K4, "Rentenpaket: Koalition einigt sich auf Haltelinie"),
                 ("/amp" + K1B, "Stellenabbau bei Auwerk in Mühlheim")])
        + paras(gipfel[2:])
    )  # fmt: skip
    k1_html = story(
        K1, k1_title, k1_dek, k1_body, kicker="EU",
        dates='<time datetime="2026-10-24T18:30:00+02:00">24.10.2026, 18:30 Uhr</time> '
        '<span class="article__updated">Aktualisiert: 26.10.2026, 09:15 Uhr</span>',
        byline="Von " + author_link("Anna Beispiel", "anna-beispiel") + " und dpa",
        tags=[("asylpolitik", "Asylpolitik"), ("europaeische-union", "Europäische Union")],
        image=img + "gipfel-bruessel.jpg",
        ld=news_ld(k1_title, k1_dek, articleSection="Ausland",
                   datePublished="2026-10-24T18:30:00+02:00",
                   dateModified="2026-10-26T09:15:00+01:00",
                   author=[person("Anna Beispiel", "anna-beispiel"), org("dpa")],
                   image={"@type": "ImageObject", "url": img + "gipfel-bruessel.jpg"}),
    )  # fmt: skip
    site.add(u(K1), k1_html)
    amp_k1 = (
        k1_html.replace("<html ", "<html amp ", 1)
        .replace(f'<link rel="amphtml" href="{KURIER}/amp{K1}">', "")
        .replace("<img ", '<amp-img layout="responsive" width="1200" height="675" ')
    )
    site.add(u("/amp" + K1), amp_k1)
    site.article(
        url=u(K1), site=host, article_id=None, title=k1_title, description=k1_dek,
        authors=["Anna Beispiel", "dpa"], published_at="2026-10-24T16:30:00Z",
        published_raw="2026-10-24T18:30:00+02:00", modified_at="2026-10-26T08:15:00Z",
        modified_raw="2026-10-26T09:15:00+01:00", section="ausland",
        tags=["Asylpolitik", "Europäische Union"], body="\n\n".join(gipfel),
        image_url=img + "gipfel-bruessel.jpg", language="de",
    )  # fmt: skip

    # K2: the local desk's URL (<slug>.<id>.html); JSON-LD dates without an offset, one
    # before the change (CEST) and one after (CET): only Berlin's clock reads both right;
    # articleSection "Bärstadt" is the site's /baerstadt/.
    k2_title = "Stadtrat beschließt Radweg am Rheinufer"
    k2_dek = "Vier Kilometer von der Fähre bis zum Hafen: Baubeginn frühestens 2027."
    radweg = _DE_PARAS["radweg"]
    site.add(u(K2), story(
        K2, k2_title, k2_dek, paras(radweg[:2]) + ad(2) + paras(radweg[2:]),
        kicker="Verkehr",
        dates="<span>Veröffentlicht am 24.10.2026 um 22:30 Uhr</span> "
        "<span>Aktualisiert: 27.10.2026, 07:45 Uhr</span>",
        byline="Von " + author_link("Jonas Feldmann", "jonas-feldmann"),
        tags=[("radverkehr", "Radverkehr"), ("stadtrat-baerstadt", "Stadtrat Bärstadt")],
        image=img + "rheinufer.jpg",
        ld=news_ld(k2_title, k2_dek, articleSection="Bärstadt",
                   datePublished="2026-10-24T22:30:00", dateModified="2026-10-27T07:45:00",
                   author=person("Jonas Feldmann", "jonas-feldmann"),
                   image=[img + "rheinufer.jpg"]),
    ))  # fmt: skip
    site.article(
        url=u(K2), site=host, article_id="412345678", title=k2_title, description=k2_dek,
        authors=["Jonas Feldmann"], published_at="2026-10-24T20:30:00Z",
        published_raw="2026-10-24T22:30:00", modified_at="2026-10-27T06:45:00Z",
        modified_raw="2026-10-27T07:45:00", section="baerstadt",
        tags=["Radverkehr", "Stadtrat Bärstadt"], body="\n\n".join(radweg),
        image_url=img + "rheinufer.jpg", language="de",
    )  # fmt: skip

    # K1B: no JSON-LD; only the printed "Veröffentlicht am ... um ... Uhr" (CEST) and
    # "Aktualisiert: ..." (CET) lines and an article:section meta.
    k1b_title = "Auwerk streicht 400 Stellen in Mühlheim"
    k1b_dek = "Der Chemiekonzern will bis 2028 sparen, der Betriebsrat kündigt Widerstand an."
    chemie = _DE_PARAS["chemie"]
    site.add(u(K1B), story(
        K1B, k1b_title, k1b_dek, paras(chemie),
        kicker="Industrie",
        dates="<p>Veröffentlicht am 23.10.2026 um 15:05 Uhr</p>"
        "<p>Aktualisiert: 26.10.2026, 08:10 Uhr</p>",
        byline="Von " + author_link("Katrin Hollerbach", "katrin-hollerbach"),
        tags=[("auwerk", "Auwerk")],
        meta='<meta property="article:section" content="Wirtschaft">',
    ))  # fmt: skip
    site.add(u("/amp" + K1B), story(
        K1B, k1b_title, k1b_dek, paras(chemie),
        kicker="Industrie",
        dates="<p>Veröffentlicht am 23.10.2026 um 15:05 Uhr</p>"
        "<p>Aktualisiert: 26.10.2026, 08:10 Uhr</p>",
        byline="Von " + author_link("Katrin Hollerbach", "katrin-hollerbach"),
        tags=[("auwerk", "Auwerk")],
        meta='<meta property="article:section" content="Wirtschaft">',
    ).replace("<html ", "<html amp ", 1))  # fmt: skip
    site.article(
        url=u(K1B), site=host, article_id=None, title=k1b_title, description=k1b_dek,
        authors=["Katrin Hollerbach"], published_at="2026-10-23T13:05:00Z",
        published_raw="23.10.2026 um 15:05", modified_at="2026-10-26T07:10:00Z",
        modified_raw="26.10.2026, 08:10", section="wirtschaft", tags=["Auwerk"],
        body="\n\n".join(chemie), language="de",
    )  # fmt: skip

    # K4: agency copy: the byline line is "dpa/AFP"; JSON-LD at +01:00.
    k4_title = "Rentenpaket: Koalition einigt sich auf Haltelinie"
    k4_dek = "Das Rentenniveau soll bis 2035 bei mindestens 48 Prozent bleiben."
    rente = _DE_PARAS["rente"]
    site.add(u(K4), story(
        K4, k4_title, k4_dek, paras(rente[:1]) + ad(3) + paras(rente[1:]),
        kicker="Rente",
        dates="<time>28.10.2026, 06:12 Uhr</time>",
        byline='<span class="article__source">dpa/AFP</span>',
        tags=[("rente", "Rente")],
        ld=news_ld(k4_title, k4_dek, articleSection="Deutschland",
                   datePublished="2026-10-28T06:12:00+01:00",
                   author=[org("dpa"), org("AFP")]),
    ))  # fmt: skip
    site.article(
        url=u(K4), site=host, article_id=None, title=k4_title, description=k4_dek,
        authors=["dpa", "AFP"], published_at="2026-10-28T05:12:00Z",
        published_raw="2026-10-28T06:12:00+01:00", section="deutschland", tags=["Rente"],
        body="\n\n".join(rente), language="de",
    )  # fmt: skip

    # K5: an RK+ teaser: JSON-LD says isAccessibleForFree false; the subscription prompt is
    # never body.
    k5_title = "Traditionsbäckerei Lindner schließt nach 120 Jahren"
    k5_dek = "Für den Familienbetrieb in der Altstadt findet sich kein Nachfolger."
    paywall = (
        '<div class="paywall"><h3 class="paywall__title">Weiterlesen mit RK+</h3>'
        "<p>Sie möchten diesen Artikel lesen? Mit RK+ erhalten Sie Zugang zu allen Artikeln "
        "auf rheinblick-kurier.example.</p>"
        '<p><a href="/abo/plus/">Jetzt 4 Wochen für 0,99 € testen</a></p>'
        '<p>Sie sind bereits Abonnent? <a href="/konto/anmelden/">Hier anmelden</a></p></div>'
    )
    site.add(u(K5), story(
        K5, k5_title, k5_dek, paras(_DE_PARAS["baeckerei"]) + paywall,
        kicker="RK+ Altstadt",
        dates="<span>28.10.2026, 17:20 Uhr</span>",
        byline="Von " + author_link("Jonas Feldmann", "jonas-feldmann"),
        tags=[("einzelhandel", "Einzelhandel")], image=img + "baeckerei.jpg",
        ld=news_ld(k5_title, k5_dek, articleSection="Bärstadt",
                   datePublished="2026-10-28T17:20:00+01:00",
                   author=person("Jonas Feldmann", "jonas-feldmann"),
                   image={"@type": "ImageObject", "url": img + "baeckerei.jpg"},
                   isAccessibleForFree=False,
                   hasPart={"@type": "WebPageElement", "isAccessibleForFree": False,
                            "cssSelector": ".paywall"}),
    ))  # fmt: skip
    site.article(
        url=u(K5), site=host, article_id="412345701", title=k5_title, description=k5_dek,
        authors=["Jonas Feldmann"], published_at="2026-10-28T16:20:00Z",
        published_raw="2026-10-28T17:20:00+01:00", section="baerstadt",
        tags=["Einzelhandel"], body="\n\n".join(_DE_PARAS["baeckerei"]),
        image_url=img + "baeckerei.jpg", language="de",
    )  # fmt: skip

    # K6: agency copy marked "(dpa)" at the end of the text, no byline; JSON-LD published
    # without an offset on the day of the change, after it (CET).
    k6_title = "Landesmuseum plant große Schau zur Rheinschifffahrt"
    k6_dek = "Mehr als 300 Objekte, darunter ein Treidelschiff-Modell aus dem 18. Jahrhundert."
    museum = _DE_PARAS["museum"]
    site.add(u(K6), story(
        K6, k6_title, k6_dek, paras(museum), kicker="Ausstellung",
        dates="<span>25.10.2026, 11:00 Uhr</span>",
        tags=[("museen", "Museen")],
        ld=news_ld(k6_title, k6_dek, articleSection="Kultur",
                   datePublished="2026-10-25T11:00:00"),
    ))  # fmt: skip
    site.article(
        url=u(K6), site=host, article_id=None, title=k6_title, description=k6_dek,
        authors=["dpa"], published_at="2026-10-25T10:00:00Z",
        published_raw="2026-10-25T11:00:00", section="kultur", tags=["Museen"],
        body="\n\n".join(museum), language="de",
    )  # fmt: skip

    # K7: only on the second page of /sport/; printed "vor 3 Stunden" next to JSON-LD.
    k7_title = "FC Rheinblick gewinnt das Derby gegen Mühlheim"
    k7_dek = "Zwei späte Tore sichern den Heimsieg und Platz zwei."
    derby = _DE_PARAS["derby"]
    site.add(u(K7), story(
        K7, k7_title, k7_dek, paras(derby), kicker="Fußball",
        dates="<span>vor 3 Stunden</span>",
        byline="Von " + author_link("Tim Ostermann", "tim-ostermann"),
        tags=[("fc-rheinblick", "FC Rheinblick")], image=img + "derby.jpg",
        ld=news_ld(k7_title, k7_dek, articleSection="Sport",
                   datePublished="2026-10-29T08:00:00+01:00",
                   author=person("Tim Ostermann", "tim-ostermann"),
                   image={"@type": "ImageObject", "url": img + "derby.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(K7), site=host, article_id=None, title=k7_title, description=k7_dek,
        authors=["Tim Ostermann"], published_at="2026-10-29T07:00:00Z",
        published_raw="2026-10-29T08:00:00+01:00", section="sport",
        tags=["FC Rheinblick"], body="\n\n".join(derby), image_url=img + "derby.jpg",
        language="de",
    )  # fmt: skip

    # K8: breaking local news: no JSON-LD, only "vor 2 Stunden" under the headline.
    k8_title = "Wasserrohrbruch: Hafenstraße gesperrt"
    k8_dek = "Die Reparatur dauert voraussichtlich bis zum Abend, Busse fahren Umwege."
    sperrung = _DE_PARAS["sperrung"]
    site.add(u(K8), story(
        K8, k8_title, k8_dek, paras(sperrung), kicker="Verkehr",
        dates="<span>vor 2 Stunden</span>",
        byline="Von " + author_link("Jonas Feldmann", "jonas-feldmann"),
        tags=[("radverkehr", "Radverkehr")],
    ))  # fmt: skip
    site.article(
        url=u(K8), site=host, article_id="412345720", title=k8_title, description=k8_dek,
        authors=["Jonas Feldmann"], published_at="2026-10-29T08:00:00Z",
        published_raw="vor 2 Stunden", section="baerstadt", tags=["Radverkehr"],
        body="\n\n".join(sperrung), language="de",
    )  # fmt: skip

    # K9: a summer story: JSON-LD without an offset (CEST); in the July sitemap at +02:00.
    k9_title = "Feuerwerk beendet Bärstädter Sommerfest"
    k9_dek = "Mehr als 60.000 Besucher an vier Tagen am Rheinufer."
    fest = _DE_PARAS["sommerfest"]
    site.add(u(K9), story(
        K9, k9_title, k9_dek, paras(fest), kicker="Sommerfest",
        dates="<span>18.07.2026, 23:40 Uhr</span>",
        byline="Von " + author_link("Anna Beispiel", "anna-beispiel"),
        tags=[("sommerfest", "Sommerfest")],
        ld=news_ld(k9_title, k9_dek, articleSection="Bärstadt",
                   datePublished="2026-07-18T23:40:00",
                   author=person("Anna Beispiel", "anna-beispiel")),
    ))  # fmt: skip
    site.article(
        url=u(K9), site=host, article_id="398765432", title=k9_title, description=k9_dek,
        authors=["Anna Beispiel"], published_at="2026-07-18T21:40:00Z",
        published_raw="2026-07-18T23:40:00", section="baerstadt", tags=["Sommerfest"],
        body="\n\n".join(fest), language="de",
    )  # fmt: skip

    # K10: JSON-LD gives only the publication, at +02:00 (before the change); the update is
    # printed after the change without a zone: Berlin's clock (+01:00) then, not the +02:00
    # of the page's other date.
    k10_title = "Landtag streitet über Schulbau-Milliarden"
    k10_dek = (
        "Die Opposition hält das Sanierungsprogramm für zu klein, die Regierung verteidigt es."
    )
    schule = _DE_PARAS["schule"]
    site.add(u(K10), story(
        K10, k10_title, k10_dek, paras(schule), kicker="Landespolitik",
        dates="<span>Veröffentlicht am 23.10.2026 um 11:20 Uhr</span> "
        "<span>Aktualisiert: 26.10.2026, 16:45 Uhr</span>",
        byline="Von " + author_link("Katrin Hollerbach", "katrin-hollerbach"),
        tags=[("schulen", "Schulen")],
        ld=news_ld(k10_title, k10_dek, articleSection="Deutschland",
                   datePublished="2026-10-23T11:20:00+02:00",
                   author=person("Katrin Hollerbach", "katrin-hollerbach")),
    ))  # fmt: skip
    site.article(
        url=u(K10), site=host, article_id=None, title=k10_title, description=k10_dek,
        authors=["Katrin Hollerbach"], published_at="2026-10-23T09:20:00Z",
        published_raw="2026-10-23T11:20:00+02:00", modified_at="2026-10-26T15:45:00Z",
        modified_raw="26.10.2026, 16:45", section="deutschland", tags=["Schulen"],
        body="\n\n".join(schule), language="de",
    )  # fmt: skip

    # A video and a picture gallery at article-shaped URLs: never items.
    site.add(u(VIDEO), page(
        "Video: Hochwasser am Rheinufer",
        "<main><article><h1>Video: Hochwasser am Rheinufer</h1>"
        "<p>27.10.2026, 16:00 Uhr</p>"
        '<video src="/media/hochwasser.mp4" controls></video>'
        "<p>Der Pegel stieg am Dienstag auf über sieben Meter.</p></article></main>",
        f'<link rel="canonical" href="{KURIER}{VIDEO}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Video: Hochwasser am Rheinufer", "description": "Der Pegel stieg.",
               "uploadDate": "2026-10-27T16:00:00+01:00",
               "thumbnailUrl": img + "hochwasser.jpg"}),
    ))  # fmt: skip
    figures = "".join(
        f'<figure><img src="/bilder/2026/10/weinfest-{i}.jpg" alt="Weinfest">'
        f"<figcaption>Bild {i} von 10: Das Weinfest in Mühlheim.</figcaption></figure>"
        for i in range(1, 11)
    )
    site.add(u(GALLERY), page(
        "Bilderstrecke: So schön war das Weinfest in Mühlheim",
        "<main><article><h1>Bilderstrecke: So schön war das Weinfest in Mühlheim</h1>"
        f'<div class="gallery">{figures}</div></article></main>',
        f'<link rel="canonical" href="{KURIER}{GALLERY}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Bilderstrecke: So schön war das Weinfest in Mühlheim",
               "datePublished": "2026-10-19T12:00:00+02:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(VIDEO), u(GALLERY), u("/amp" + K1), u("/amp" + K1B)}

    # Tag and author pages list stories but are never items.
    tag_pages = {
        "/themen/asylpolitik/": ("Asylpolitik", [K1]),
        "/themen/radverkehr/": ("Radverkehr", [K2, K8]),
        "/themen/europaeische-union/": ("Europäische Union", [K1]),
        "/autoren/anna-beispiel/": ("Anna Beispiel", [K1, K9]),
        "/autoren/jonas-feldmann/": ("Jonas Feldmann", [K2, K5, K8]),
        "/autoren/katrin-hollerbach/": ("Katrin Hollerbach", [K1B]),
    }
    for path, (title, links) in tag_pages.items():
        site.add(u(path), listing(title, links))
    site.never_exported |= {u(p) for p in tag_pages} | {u("/video/"), u("/bilder/")}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /suche/\nDisallow: /konto/\nDisallow: /*?print=1\n"
        f"Sitemap: {KURIER}/sitemaps/sitemap-index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemaps/sitemap-index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{KURIER}/sitemaps/news.xml</loc>"
        "<lastmod>2026-10-29T08:00:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{KURIER}/sitemaps/archiv-2026-10.xml</loc>"
        "<lastmod>2026-10-29T08:00:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{KURIER}/sitemaps/archiv-2026-07.xml</loc>"
        "<lastmod>2026-07-18T23:40:00+02:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (K7, "2026-10-29T08:00:00+01:00", "FC Rheinblick gewinnt das Derby"),
        (K5, "2026-10-28T17:20:00+01:00", "Traditionsbäckerei Lindner schließt"),
        (K4, "2026-10-28T06:12:00+01:00", "Rentenpaket: Haltelinie"),
        (VIDEO, "2026-10-27T16:00:00+01:00", "Video: Hochwasser am Rheinufer"),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{KURIER}{path}</loc><news:news><news:publication>"
            "<news:name>Rheinblick Kurier</news:name><news:language>de</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    october = [
        (K2, "2026-10-27T07:45:00+01:00"),
        (K1, "2026-10-26T09:15:00+01:00"),
        (K1B, "2026-10-26T08:10:00+01:00"),
        (K6, "2026-10-25T11:00:00+01:00"),
        (GALLERY, "2026-10-19T12:00:00+02:00"),
    ]
    site.add(u("/sitemaps/archiv-2026-10.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(
            f"<url><loc>{KURIER}{path}</loc><lastmod>{when}</lastmod></url>"
            for path, when in october
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/archiv-2026-07.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{KURIER}{K9}</loc><lastmod>2026-07-18T23:40:00+02:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/feeds/rss/alle.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Rheinblick Kurier</title><link>{KURIER}/</link><language>de-de</language>"
        f"<item><title>{k7_title}</title><link>{KURIER}{K7}?utm_source=rss&amp;utm_medium=feed</link>"
        "<pubDate>Thu, 29 Oct 2026 08:00:00 +0100</pubDate></item>"
        f"<item><title>{k5_title}</title><link>{KURIER}{K5}</link>"
        "<pubDate>Wed, 28 Oct 2026 17:20:00 +0100</pubDate></item>"
        f"<item><title>{k1_title}</title><link>{KURIER}{K1}</link>"
        "<pubDate>Sat, 24 Oct 2026 18:30:00 +0200</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="Rheinblick Kurier - Alle '
        'Nachrichten" href="/feeds/rss/alle.xml">'
    )
    home = listing("Rheinblick Kurier", [K7, K1, K5, VIDEO, GALLERY, "/themen/asylpolitik/"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/politik/"), listing("Politik", [K1, K4]))
    site.add(u("/politik/deutschland/"), listing("Deutschland", [K4, K10]))
    site.add(u("/politik/ausland/"), listing("Ausland", [K1]))
    site.add(u("/wirtschaft/"), listing("Wirtschaft", [K1B]))
    site.add(u("/baerstadt/"), listing("Bärstadt", [K2, K8, K5], "/baerstadt/?page=2"))
    site.add(u("/baerstadt/?page=2"), listing("Bärstadt", [K9]))
    site.add(u("/muehlheim/"), listing("Mühlheim", [K1B, GALLERY]))
    site.add(u("/kultur/"), listing("Kultur", [K6]))
    site.add(u("/sport/"), listing("Sport", [], "/sport/?page=2"))
    site.add(u("/sport/?page=2"), listing("Sport", [K7]))
    site.add(u("/video/"), listing("Videos", [VIDEO]))
    site.add(u("/bilder/"), listing("Bilderstrecken", [GALLERY]))
    site.add(u("/plus/"), listing("RK+", [K5]))
    site.never_requested |= {u("/suche/?q="), u("/konto/anmelden/")}
    return site


K1 = "/politik/ausland/gipfel-in-bruessel-einigung-auf-neue-asylregeln-a-3f9c2e1b.html"
K1B = "/wirtschaft/auwerk-streicht-400-stellen-in-muehlheim-a-7d41b09e.html"
K2 = "/baerstadt/stadtrat-beschliesst-radweg-am-rheinufer.412345678.html"
K10 = "/politik/deutschland/landtag-streitet-ueber-schulbau-milliarden-a-b7c81d3e.html"
K4 = "/politik/deutschland/rentenpaket-koalition-einigt-sich-auf-haltelinie-a-c2e8f3a1.html"
K5 = "/baerstadt/traditionsbaeckerei-lindner-schliesst-nach-120-jahren.412345701.html"
K6 = "/kultur/landesmuseum-plant-grosse-schau-zur-rheinschifffahrt-a-5b6a9d02.html"
K7 = "/sport/fc-rheinblick-gewinnt-das-derby-gegen-muehlheim-a-9e0f1c2d.html"
K8 = "/baerstadt/wasserrohrbruch-hafenstrasse-gesperrt.412345720.html"
K9 = "/baerstadt/feuerwerk-beendet-baerstaedter-sommerfest.398765432.html"
VIDEO = "/video/hochwasser-am-rheinufer-a-0a1b2c3d.html"
GALLERY = "/bilder/so-schoen-war-das-weinfest-in-muehlheim-a-4e5f6a7b.html"

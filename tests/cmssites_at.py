"""Talbote Online: a recorded Joomla site in Austria for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime

from tests.cmssites import XML, CmsSite, paras

TALBOTE = "https://www.talbote-online.example"

_TEXTS = {
    "bus": [
        (
            "Ab Montag fährt eine neue Buslinie im Stundentakt zwischen den drei Ortsteilen. Die "
            "Linie 14 beginnt am Bahnhof und hält an der Schule, am Gemeindeamt und am Friedhof."
        ),
        (
            "Der Gemeinderat hatte die Linie im Sommer beschlossen, nachdem sich viele ältere "
            "Einwohner über die langen Wege zum Arzt beklagt hatten. Die Kosten teilen sich "
            "Gemeinde und Land."
        ),
        (
            "Am Wochenende fährt der Bus alle zwei Stunden. Fahrkarten gibt es beim Fahrer und "
            "in der App des Verkehrsverbunds; Schülerinnen und Schüler fahren mit ihrem Ausweis "
            "kostenlos."
        ),
    ],
    "markt": [
        (
            "Der Marktplatz wird ab dem ersten Dezember für drei Wochen gesperrt, weil die "
            "Gemeinde die Wasserleitungen unter dem Pflaster erneuern lässt."
        ),
        (
            "Der Bauernmarkt zieht für diese Zeit auf den Parkplatz hinter der Volksschule, die "
            "Stände öffnen dort wie gewohnt am Freitag und am Samstag ab sieben Uhr."
        ),
        (
            "Anrainer erreichen ihre Häuser über die Kirchengasse; die Zufahrt für die Feuerwehr "
            "bleibt während der ganzen Bauzeit frei."
        ),
    ],
    "derby": [
        (
            "Der TSV hat das Derby gegen den Nachbarverein vor fast tausend Zuschauern mit zwei zu "
            "eins gewonnen und überwintert damit auf dem zweiten Tabellenplatz."
        ),
        (
            "Beide Tore fielen in der zweiten Halbzeit nach Standardsituationen; der Ausgleich "
            "der Gäste kam erst in der Nachspielzeit, zählte aber wegen Abseits nicht."
        ),
        (
            "Der Trainer lobte nach dem Spiel vor allem die jungen Spieler, die wegen mehrerer "
            "Verletzungen früher als geplant in die Mannschaft gerückt sind."
        ),
    ],
    "chor": [
        (
            "Der Kirchenchor feiert sein hundertjähriges Bestehen mit einem Konzert am dritten "
            "Adventsonntag in der Pfarrkirche, der Eintritt ist frei."
        ),
        (
            "Auf dem Programm stehen Werke aus allen Jahrzehnten seiner Geschichte, darunter "
            "zwei Lieder, die der erste Chorleiter für das Gründungsfest geschrieben hat."
        ),
        (
            "Nach dem Konzert lädt der Chor zu Punsch und Keksen in den Pfarrsaal; die Spenden "
            "gehen an die Renovierung der Orgel."
        ),
    ],
}


def talbote_online() -> CmsSite:
    """A Joomla 3 site in Austria without URL rewriting: every link goes through the front
    controller ``/index.php/`` (``/index.php/lokales/1432-neue-buslinie...``), which is no
    section; category blogs paged by "Weiter" to ``?start=2``; the RSS feed at
    ``?format=feed&type=rss``, only announced by ``<link rel=alternate>``, the one way to a
    story no listing shows; print versions (``?tmpl=component&print=1``) and the mail form
    beside every story; tag pages under ``/index.php/component/tags/``; headlines in ``<h2>``
    under a site name, with the breadcrumb's last item showing them first; German bylines
    "Geschrieben von"; one story dated only in the text ("Veröffentlicht: 23. November 2026
    09:15"), read on Vienna's clock, the zone of German pages."""
    site = CmsSite(
        "talbote-online", TALBOTE + "/", datetime.fromisoformat("2026-11-25T08:00:00+00:00")
    )
    u = TALBOTE.__add__
    rss = "/index.php?format=feed&amp;type=rss"

    def page(title: str, main: str, crumbs: str = "", head: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="de-at" dir="ltr"><head><meta charset="utf-8" />'
            f'<meta name="generator" content="Joomla! - Open Source Content Management" />'
            f"<title>{title} - Talbote Online</title>{head}</head>"
            '<body class="site com_content view-article"><div class="container">'
            '<header class="header"><a class="brand pull-left" href="/"><span class="site-title"'
            ' title="Talbote Online">Talbote Online</span></a></header>'
            '<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">'
            '<li class="item-101 default"><a href="/index.php">Startseite</a></li>'
            '<li class="item-112"><a href="/index.php/lokales">Lokales</a></li>'
            '<li class="item-113"><a href="/index.php/sport">Sport</a></li>'
            '<li class="item-114"><a href="/index.php/kultur">Kultur</a></li></ul></nav>'
            f'<div class="moduletable"><ul class="breadcrumb">{crumbs}</ul></div>'
            f'<main id="content" role="main">{main}</main>'
            '<footer class="footer"><p>&copy; 2026 Talbote Online</p>'
            '<a href="/index.php/impressum">Impressum</a></footer></div></body></html>'
        )

    def blog(title: str, links: list[tuple[str, str]], more: str = "") -> str:
        # each item with its print icon, as a category blog shows them
        items = "".join(
            f'<div class="items-row"><div class="item"><div class="page-header"><h2>'
            f'<a href="{href}">{text}</a></h2></div><ul class="dropdown-menu"><li class='
            f'"print-icon"><a href="{href}?tmpl=component&amp;print=1&amp;layout=default">'
            "Drucken</a></li></ul></div></div>"
            for href, text in links
        )
        pager = (
            f'<div class="pagination"><ul class="pagination-list"><li><a title="Weiter" '
            f'href="{more}" class="pagenav">Weiter</a></li></ul></div>'
            if more
            else ""
        )
        feed = f'<link href="{rss}" rel="alternate" type="application/rss+xml" title="RSS 2.0" />'
        return page(title, f'<div class="blog"><h1>{title}</h1>{items}{pager}</div>', head=feed)

    def story(
        key: str,
        path: str,
        title: str,
        section: tuple[str, str],
        author: str,
        dated: str,
        tags: list[str],
        dek: str,
    ) -> str:
        tag_links = "".join(
            f'<li itemprop="keywords"><a href="/index.php/component/tags/tag/{t.lower()}"'
            f' class="label label-info">{t}</a></li>'
            for t in tags
        )
        return page(
            title,
            '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
            '<meta itemprop="inLanguage" content="de-AT" />'
            f'<div class="page-header"><h2 itemprop="headline">{title}</h2></div>'
            '<div class="icons"><ul class="dropdown-menu"><li class="print-icon">'
            f'<a href="{path}?tmpl=component&amp;print=1" rel="nofollow">Drucken</a></li>'
            '<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component'
            f'&amp;link={key}" rel="nofollow">E-Mail</a></li></ul></div>'
            '<dl class="article-info muted"><dt class="article-info-term">Details</dt>'
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'Geschrieben von <span itemprop="name">{author}</span></dd>'
            f'<dd class="category-name">Kategorie: <a href="/index.php/{section[0]}" '
            f'itemprop="genre">{section[1]}</a></dd>{dated}</dl>'
            f'<ul class="tags inline">{tag_links}</ul>'
            f'<div itemprop="articleBody">{paras(_TEXTS[key])}</div></div>',
            crumbs=(
                '<li><a href="/index.php" class="pathway">Startseite</a></li>'
                f'<li><a href="/index.php/{section[0]}" class="pathway">{section[1]}</a></li>'
                f'<li class="active"><span>{title}</span></li>'
            ),
            head=f'<meta name="description" content="{dek}" />',
        )

    def published(iso: str, shown: str) -> str:
        return (
            f'<dd class="published"><time datetime="{iso}" itemprop="datePublished">'
            f"Veröffentlicht: {shown}</time></dd>"
        )

    bus = "/index.php/lokales/1432-neue-buslinie-verbindet-die-ortsteile"
    markt = "/index.php/lokales/1433-marktplatz-wird-drei-wochen-gesperrt"
    derby = "/index.php/sport/1420-tsv-gewinnt-das-derby-vor-tausend-zuschauern"
    chor = "/index.php/kultur/1410-kirchenchor-feiert-hundert-jahre-mit-adventkonzert"
    stories = [
        ("bus", bus, "Neue Buslinie verbindet die Ortsteile", ("lokales", "Lokales"),
         "Max Mustermann",
         published("2026-11-24T17:32:00+01:00", "24. November 2026"),
         "2026-11-24T16:32:00Z", "2026-11-24T17:32:00+01:00", ["Verkehr", "Ortsteile"],
         "Die Linie 14 fährt ab Montag im Stundentakt."),
        # dated only in the text, without a zone: Vienna's clock (+01:00), as German pages' is
        ("markt", markt, "Marktplatz wird drei Wochen gesperrt", ("lokales", "Lokales"),
         "Anna Berger",
         '<dd class="published">Veröffentlicht: 23. November 2026 09:15</dd>',
         "2026-11-23T08:15:00Z", "23. November 2026 09:15", ["Bauarbeiten"],
         "Der Bauernmarkt zieht zur Volksschule."),
        ("derby", derby, "TSV gewinnt das Derby vor tausend Zuschauern", ("sport", "Sport"),
         "Lukas Gruber",
         published("2026-11-22T19:05:00+01:00", "22. November 2026"),
         "2026-11-22T18:05:00Z", "2026-11-22T19:05:00+01:00", ["Fußball"],
         "Zwei zu eins im Nachbarschaftsduell."),
        ("chor", chor, "Kirchenchor feiert hundert Jahre mit Adventkonzert", ("kultur", "Kultur"),
         "Maria Huber",
         published("2026-11-18T10:00:00+01:00", "18. November 2026"),
         "2026-11-18T09:00:00Z", "2026-11-18T10:00:00+01:00", [],
         "Das Konzert am dritten Adventsonntag."),
    ]  # fmt: skip
    for key, path, title, section, author, dated, utc, raw, tags, dek in stories:
        site.add(u(path), story(key, path, title, section, author, dated, tags, dek))
        site.article(
            url=u(path), site="talbote-online.example", title=title, description=dek,
            authors=[author], published_at=utc, published_raw=raw, section=section[0],
            tags=tags, body="\n\n".join(_TEXTS[key]), language="de",
        )  # fmt: skip
        # the print versions of the story, from its page and from the blogs: the same story
        for query in ("?tmpl=component&print=1", "?layout=default&print=1&tmpl=component"):
            site.add(u(path + query), story(key, path, title, section, author, dated, tags, dek))
            site.never_requested.add(u(path + query))

    site.add(
        u("/robots.txt"),
        "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /components/\n"
        "Disallow: /includes/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n",
        "text/plain",
    )
    home_links = [(bus, "Neue Buslinie"), (derby, "TSV gewinnt das Derby")]
    site.add(u("/"), blog("Startseite", home_links))
    site.add(u("/index.php"), blog("Startseite", home_links))
    site.add(
        u("/index.php/lokales"),
        blog(
            "Lokales", [(bus, "Neue Buslinie"), (markt, "Marktplatz")], "/index.php/lokales?start=2"
        ),
    )
    site.add(u("/index.php/lokales?start=2"), blog("Lokales", []))
    site.add(u("/index.php/sport"), blog("Sport", [(derby, "Derby")]))
    site.add(u("/index.php/kultur"), blog("Kultur", []))
    site.add(
        u("/index.php?format=feed&type=rss"),
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Talbote Online</title><link>https://www.talbote-online.example/</link>"
        + "".join(
            f"<item><title>{title}</title><link>{u(path)}</link><pubDate>{when}</pubDate></item>"
            for path, title, when in (
                (bus, "Neue Buslinie verbindet die Ortsteile", "Tue, 24 Nov 2026 16:32:00 +0000"),
                (chor, "Kirchenchor feiert hundert Jahre", "Wed, 18 Nov 2026 09:00:00 +0000"),
            )
        )
        + "</channel></rss>",
        XML,
    )
    for tag in ("verkehr", "ortsteile", "bauarbeiten", "fußball"):
        site.add(u(f"/index.php/component/tags/tag/{tag}"), blog(tag.title(), [(bus, "Bus")]))
        site.never_exported.add(u(f"/index.php/component/tags/tag/{tag}"))
    site.add(u("/index.php/impressum"), page("Impressum", "<h1>Impressum</h1><p>Talbote GmbH</p>"))
    site.never_exported.add(u("/index.php/impressum"))
    site.never_requested.add(u("/index.php/component/mailto/?tmpl=component&link=bus"))
    return site

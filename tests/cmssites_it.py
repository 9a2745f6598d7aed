"""La Gazzetta del Lago: a recorded Italian regional daily for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

GAZZETTA = "https://www.gazzettadellago.example"

_IT_PARAS = {
    "traghetti": [
        "La Provincia ha approvato ieri sera il nuovo orario invernale dei traghetti sul lago, che entrerà in vigore dal primo dicembre con due corse in più al giorno tra Borgoverde e Punta Salici.",
        "Le corse aggiunte partiranno alle 6:40 e alle 19:10, per venire incontro ai pendolari che lavorano negli stabilimenti della sponda orientale.",
        "Il costo dell'operazione, circa trecentomila euro l'anno, sarà coperto per metà dalla Regione e per metà dai comuni rivieraschi.",
        "I sindaci dei paesi più piccoli chiedono però che anche gli attracchi di Valfonda e Case Rosse tornino serviti nei fine settimana.",
    ],
    "calcio": [
        "Il Lago Calcio ha battuto la Pro Riva per due a uno nel posticipo della domenica e torna da solo in testa alla classifica del girone.",
        "Dopo un primo tempo senza occasioni, i padroni di casa sono passati in vantaggio al settimo della ripresa con un colpo di testa del difensore Galli.",
        "Il pareggio ospite è arrivato su rigore a dieci minuti dalla fine, ma nel recupero un tiro da fuori area di Mancini ha deciso la partita.",
    ],
    "festival": [
        "Si è aperta ieri sera sul lungolago la dodicesima edizione del Festival delle Voci, con oltre duemila spettatori per il concerto inaugurale del coro giovanile.",
        "Il programma prevede quattordici serate fino al primo agosto, tra musica corale, letture all'aperto e incontri con autori nella corte del municipio.",
        "Gli organizzatori hanno annunciato che tutti gli eventi resteranno gratuiti grazie al contributo di una fondazione bancaria del territorio.",
    ],
    "frana": [
        "Una frana ha interrotto nella notte la strada provinciale tra Borgoverde e Monte Acuto, all'altezza del tornante delle Fontanelle.",
        "Nessun veicolo è rimasto coinvolto, ma i tecnici della Provincia prevedono almeno dieci giorni di lavori per mettere in sicurezza il versante.",
        "Fino alla riapertura il traffico sarà deviato lungo la strada del lago, con un allungamento del percorso di circa venti minuti.",
    ],
    "bilancio": [
        "Il consiglio regionale ha approvato nella notte il bilancio di previsione per il 2027, dopo una seduta durata quasi quattordici ore.",
        "La manovra vale complessivamente due miliardi e trecento milioni di euro, con un aumento dei fondi destinati al trasporto pubblico locale.",
    ],
}


def gazzetta_del_lago() -> CmsSite:
    """An Italian regional daily on Rome's clock (+01:00 in winter, +02:00 in summer):
    ``/<sezione>/AAAA/MM/GG/news/<titolo>-<id>/`` URLs next to ``/<sezione>/<sotto>/<titolo>_<id>.shtml``
    ones, a sub-section in the navigation (``/sport/calcio/``), "Pagina successiva" anchors to
    ``/pagina/2/``, dates printed "Pubblicato il 24 novembre 2026 alle 14:05", "Aggiornato il
    25/11/2026 alle 08:30", "23 Novembre 2026 - 20:45" and "ultimo aggiornamento: 22:10",
    JSON-LD dates with and without a zone and a July article at +02:00, a sitemap index in
    robots.txt over a Google News sitemap and monthly sitemaps, an RSS feed announced only by
    ``<link rel=alternate>``, "Leggi anche:" boxes, "PUBBLICITÀ" labels and a newsletter promo
    in the body, "di A e B" and "dal nostro inviato" bylines, a paywalled teaser, video and
    photo pages, tag (``/argomenti/``) and author (``/autori/``) pages."""
    site = CmsSite(
        "gazzetta-del-lago", GAZZETTA + "/", datetime.fromisoformat("2026-11-25T13:00:00+00:00")
    )
    u = GAZZETTA.__add__
    host = "gazzettadellago.example"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="it-IT"><head><meta charset="utf-8">'
            f"<title>{title} - La Gazzetta del Lago</title>"
            '<meta property="og:site_name" content="La Gazzetta del Lago">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">La Gazzetta del Lago</a><nav class="menu"><ul>'
            '<li><a href="/cronaca/">Cronaca</a></li><li><a href="/politica/">Politica</a></li>'
            '<li><a href="/sport/">Sport</a><ul class="sottomenu">'
            '<li><a href="/sport/calcio/">Calcio</a></li></ul></li>'
            '<li><a href="/cultura/">Cultura</a></li>'
            '<li><a href="/video/">Video</a></li><li><a href="/foto/">Foto</a></li>'
            '<li><a href="/cerca/?q=">Cerca</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/redazione/">Redazione</a> <a href="/privacy/">Privacy</a>'
            "<p>© 2026 La Gazzetta del Lago S.r.l. - P.IVA 01234567890</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<div class="articolo-lista"><h2><a href="{href}">Notizia</a></h2></div>'
            for href in links
        )
        more = (
            f'<div class="paginazione"><a href="{next_href}">Pagina successiva &raquo;</a></div>'
            if next_href
            else ""
        )
        return page(title, f'<main><h1>{title}</h1><div class="lista">{cards}</div>{more}</main>')

    def author_link(name: str, slug: str) -> str:
        return f'<a href="/autori/{slug}/">{name}</a>'

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
    ) -> str:
        tag_links = "".join(f'<li><a href="/argomenti/{s}/">{n}</a></li>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            f'<main><article class="articolo"><header><h1 class="titolo">{title}</h1>'
            f'<h2 class="sommario">{dek}</h2><div class="firma">{byline}</div>'
            f'<div class="data">{dates}</div></header>'
            f'<div class="corpo-articolo">{body_html}</div>'
            f'<div class="argomenti"><span>Argomenti:</span><ul>{tag_links}</ul></div>'
            '<div class="condividi"><a href="https://social.example/share?u=articolo">'
            "Condividi</a></div></article>"
            '<aside class="piu-letti"><h2>I più letti</h2><ol>'
            f'<li><a href="{A1}">Traghetti, due corse in più da dicembre</a></li></ol></aside>'
            "</main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{GAZZETTA}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def ad() -> str:
        return '<div class="adv"><span>PUBBLICITÀ</span><div id="adv-box-1"></div></div>'

    def leggi(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return (
            f'<div class="leggi-anche"><p><strong>Leggi anche:</strong></p><ul>{items}</ul></div>'
        )

    newsletter = (
        '<div class="promo-newsletter"><p><a href="/newsletter/">Iscriviti alla newsletter</a> '
        "della Gazzetta del Lago: ogni mattina le notizie del territorio nella tua casella di "
        "posta.</p></div>"
    )

    news_ld = news_ld_for("La Gazzetta del Lago", language="it-IT")

    img = GAZZETTA + "/immagini/2026/"

    # G1: "di A e B"; JSON-LD dates at +01:00 and the same instants printed in words and
    # numbers; "Leggi anche:", PUBBLICITÀ and the newsletter promo inside the body; in the
    # news sitemap and the RSS feed.
    a1_title = "Traghetti sul lago, da dicembre due corse in più al giorno"
    a1_dek = "La Provincia approva l'orario invernale: nuove partenze all'alba e la sera."
    traghetti = _IT_PARAS["traghetti"]
    a1_body = (
        paras(traghetti[:2]) + ad()
        + leggi([(A4, "Frana sulla provinciale, chiusa la strada per Monte Acuto"),
                 (A2, "Il Lago Calcio batte la Pro Riva")])
        + paras(traghetti[2:3]) + newsletter + paras(traghetti[3:])
    )  # fmt: skip
    site.add(u(A1), story(
        A1, a1_title, a1_dek, a1_body,
        dates="<p>Pubblicato il 24 novembre 2026 alle 14:05</p>"
        "<p>Aggiornato il 25/11/2026 alle 08:30</p>",
        byline="di " + author_link("Marco Rossi", "marco-rossi") + " e "
        + author_link("Giulia Bianchi", "giulia-bianchi"),
        tags=[("traghetti", "Traghetti"), ("provincia", "Provincia")],
        image=img + "11/traghetto.jpg",
        ld=news_ld(a1_title, a1_dek, articleSection="Cronaca",
                   datePublished="2026-11-24T14:05:00+01:00",
                   dateModified="2026-11-25T08:30:00+01:00",
                   author=[person("Marco Rossi"), person("Giulia Bianchi")],
                   image={"@type": "ImageObject", "url": img + "11/traghetto.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(A1), site=host, article_id="123456", title=a1_title, description=a1_dek,
        authors=["Marco Rossi", "Giulia Bianchi"], published_at="2026-11-24T13:05:00Z",
        published_raw="2026-11-24T14:05:00+01:00", modified_at="2026-11-25T07:30:00Z",
        modified_raw="2026-11-25T08:30:00+01:00", section="cronaca",
        tags=["Traghetti", "Provincia"], body="\n\n".join(traghetti),
        image_url=img + "11/traghetto.jpg", language="it",
    )  # fmt: skip

    # G2: .shtml with "_<id>"; JSON-LD date without a zone, printed "23 Novembre 2026 -
    # 20:45" and "ultimo aggiornamento: 22:10" (a time alone, on the day printed before it);
    # "dal nostro inviato" byline only on the page; the news sitemap lists it at +01:00.
    a2_title = "Il Lago Calcio batte la Pro Riva e torna in vetta"
    a2_dek = "Decide un tiro di Mancini nel recupero, gli ospiti avevano pareggiato su rigore."
    calcio = _IT_PARAS["calcio"]
    site.add(u(A2), story(
        A2, a2_title, a2_dek, paras(calcio[:1]) + ad() + paras(calcio[1:]),
        dates="<span>23 Novembre 2026 - 20:45</span> "
        "<span>ultimo aggiornamento: 22:10</span>",
        byline="dal nostro inviato " + author_link("Luca Ferri", "luca-ferri"),
        tags=[("lago-calcio", "Lago Calcio")], image=img + "11/lago-calcio.jpg",
        ld=news_ld(a2_title, a2_dek, articleSection="Calcio",
                   datePublished="2026-11-23T20:45:00"),
    ))  # fmt: skip
    site.article(
        url=u(A2), site=host, article_id="123457", title=a2_title, description=a2_dek,
        authors=["Luca Ferri"], published_at="2026-11-23T19:45:00Z",
        published_raw="2026-11-23T20:45:00",
        modified_at="2026-11-23T21:10:00Z", modified_raw="2026-11-23T22:10",
        section="calcio", tags=["Lago Calcio"],
        body="\n\n".join(calcio), image_url=img + "11/lago-calcio.jpg", language="it",
    )  # fmt: skip

    # G3: a July article: JSON-LD published at +02:00, modified without a zone (the page's
    # other date gives +02:00); in the July sitemap at +02:00.
    a3_title = "Festival delle Voci, in duemila per la serata inaugurale"
    a3_dek = "Quattordici serate gratuite sul lungolago fino al primo agosto."
    site.add(u(A3), story(
        A3, a3_title, a3_dek, paras(_IT_PARAS["festival"][:2]) + newsletter
        + paras(_IT_PARAS["festival"][2:]),
        dates="<p>Pubblicato il 15 luglio 2026 alle 23:10</p>",
        byline="di " + author_link("Sara Colombo", "sara-colombo"),
        tags=[("festival-delle-voci", "Festival delle Voci")], image=img + "07/festival.jpg",
        ld=news_ld(a3_title, a3_dek, articleSection="Cultura",
                   datePublished="2026-07-15T23:10:00+02:00",
                   dateModified="2026-07-16T09:15:00", author=person("Sara Colombo")),
    ))  # fmt: skip
    site.article(
        url=u(A3), site=host, article_id="123300", title=a3_title, description=a3_dek,
        authors=["Sara Colombo"], published_at="2026-07-15T21:10:00Z",
        published_raw="2026-07-15T23:10:00+02:00", modified_at="2026-07-16T07:15:00Z",
        modified_raw="2026-07-16T09:15:00", section="cultura",
        tags=["Festival delle Voci"], body="\n\n".join(_IT_PARAS["festival"]),
        image_url=img + "07/festival.jpg", language="it",
    )  # fmt: skip

    # G4: no JSON-LD; only "Pubblicato il 22 novembre 2026 alle 18:30"; in no sitemap or
    # feed (they print +01:00 and +02:00, so Rome's clock: +01:00 in November); only on the
    # second page of /cronaca/, reached by its "Pagina successiva" anchor.
    a4_title = "Frana sulla provinciale, chiusa la strada per Monte Acuto"
    a4_dek = "Nessun ferito, almeno dieci giorni di lavori per mettere in sicurezza il versante."
    site.add(u(A4), story(
        A4, a4_title, a4_dek, paras(_IT_PARAS["frana"]),
        dates="<p>Pubblicato il 22 novembre 2026 alle 18:30</p>",
        byline="di " + author_link("Paolo Greco", "paolo-greco"),
        tags=[("viabilita", "Viabilità")],
        meta='<meta property="article:section" content="Cronaca">',
    ))  # fmt: skip
    site.article(
        url=u(A4), site=host, article_id="123401", title=a4_title, description=a4_dek,
        authors=["Paolo Greco"], published_at="2026-11-22T17:30:00Z",
        published_raw="22 novembre 2026 alle 18:30", section="cronaca",
        tags=["Viabilità"], body="\n\n".join(_IT_PARAS["frana"]), language="it",
    )  # fmt: skip

    # G5: a paywalled teaser: the free paragraphs, then the subscription prompt (never body).
    a5_title = "Regione, approvato il bilancio 2027 dopo quattordici ore di seduta"
    a5_dek = "Più fondi al trasporto pubblico locale, l'opposizione annuncia ricorso."
    a5_body = paras(_IT_PARAS["bilancio"]) + (
        '<div class="paywall"><p class="paywall-titolo">Contenuto riservato agli abbonati</p>'
        "<p>Abbonati per continuare a leggere questo articolo e tutti i contenuti della "
        'Gazzetta del Lago.</p><p><a href="/abbonamenti/">Abbonati ora a 1€ al mese</a> '
        '<a href="/login/">Sei già abbonato? Accedi</a></p></div>'
    )
    site.add(u(A5), story(
        A5, a5_title, a5_dek, a5_body,
        dates="<p>Pubblicato il 25 novembre 2026 alle 07:50</p>",
        byline="di " + author_link("Giulia Bianchi", "giulia-bianchi"),
        tags=[("regione", "Regione")], image=img + "11/consiglio.jpg",
        ld=news_ld(a5_title, a5_dek, articleSection="Politica",
                   datePublished="2026-11-25T07:50:00+01:00",
                   author=person("Giulia Bianchi"), isAccessibleForFree=False,
                   hasPart={"@type": "WebPageElement", "isAccessibleForFree": False,
                            "cssSelector": ".paywall"}),
    ))  # fmt: skip
    site.article(
        url=u(A5), site=host, article_id="123470", title=a5_title, description=a5_dek,
        authors=["Giulia Bianchi"], published_at="2026-11-25T06:50:00Z",
        published_raw="2026-11-25T07:50:00+01:00", section="politica", tags=["Regione"],
        body="\n\n".join(_IT_PARAS["bilancio"]),
        image_url=img + "11/consiglio.jpg",
        language="it",
    )  # fmt: skip

    # A video and a photo gallery at article-shaped URLs: never items.
    video = "/video/2026/11/24/news/mareggiata-sul-lungolago-123480/"
    site.add(u(video), page(
        "Video, la mareggiata sul lungolago",
        "<main><article><h1>Video, la mareggiata sul lungolago</h1>"
        "<p>Pubblicato il 24 novembre 2026 alle 17:00</p>"
        '<video src="/media/mareggiata.mp4" controls></video>'
        "<p>Le onde hanno superato il muretto del lungolago.</p></article></main>",
        f'<link rel="canonical" href="{GAZZETTA}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Video, la mareggiata sul lungolago",
               "uploadDate": "2026-11-24T17:00:00+01:00"}),
    ))  # fmt: skip
    foto = "/foto/2026/11/22/news/la-sagra-della-castagna-in-foto-123390/"
    figures = "".join(
        f'<figure><img src="/immagini/2026/11/sagra-{i}.jpg" alt="Sagra della castagna">'
        f"<figcaption>La sagra della castagna a Valfonda ({i} di 8).</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(u(foto), page(
        "La sagra della castagna in foto",
        f"<main><article><h1>La sagra della castagna in foto</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{GAZZETTA}{foto}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "La sagra della castagna in foto",
               "datePublished": "2026-11-22T16:00:00+01:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(video), u(foto)}

    # Tag and author pages list stories but are never items.
    site.add(u("/argomenti/traghetti/"), listing("Traghetti", [A1]))
    site.add(u("/argomenti/lago-calcio/"), listing("Lago Calcio", [A2]))
    site.add(u("/autori/marco-rossi/"), listing("Marco Rossi", [A1]))
    site.add(u("/autori/luca-ferri/"), listing("Luca Ferri", [A2]))
    site.never_exported |= {
        u("/argomenti/traghetti/"), u("/argomenti/lago-calcio/"), u("/autori/marco-rossi/"),
        u("/autori/luca-ferri/"), u("/video/"), u("/foto/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /cerca/\nDisallow: /login/\n"
        f"Sitemap: {GAZZETTA}/sitemaps/sitemap-index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemaps/sitemap-index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{GAZZETTA}/sitemaps/news.xml</loc>"
        "<lastmod>2026-11-25T07:50:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{GAZZETTA}/sitemaps/2026-07.xml</loc>"
        "<lastmod>2026-07-16T09:15:00+02:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (A5, "2026-11-25T07:50:00+01:00", "Approvato il bilancio 2027"),
        (A1, "2026-11-24T14:05:00+01:00", "Traghetti, due corse in più"),
        (video, "2026-11-24T17:00:00+01:00", "Video, la mareggiata sul lungolago"),
        (A2, "2026-11-23T20:45:00+01:00", "Il Lago Calcio torna in vetta"),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{GAZZETTA}{path}</loc><news:news><news:publication>"
            "<news:name>La Gazzetta del Lago</news:name><news:language>it</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/2026-07.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{GAZZETTA}{A3}</loc><lastmod>2026-07-16T09:15:00+02:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/feed/rss.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>La Gazzetta del Lago</title><link>{GAZZETTA}/</link><language>it</language>"
        f"<item><title>{a5_title}</title><link>{GAZZETTA}{A5}?ref=rss</link>"
        "<pubDate>Wed, 25 Nov 2026 07:50:00 +0100</pubDate></item>"
        f"<item><title>{a1_title}</title><link>{GAZZETTA}{A1}</link>"
        "<pubDate>Tue, 24 Nov 2026 14:05:00 +0100</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="La Gazzetta del Lago" '
        'href="/feed/rss.xml">'
    )
    home = listing("La Gazzetta del Lago", [A1, A5, video, foto, "/argomenti/traghetti/"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/cronaca/"), listing("Cronaca", [A1], "/cronaca/pagina/2/"))
    site.add(u("/cronaca/pagina/2/"), listing("Cronaca", [A4]))
    site.add(u("/politica/"), listing("Politica", [A5]))
    site.add(u("/sport/"), listing("Sport", ["/sport/calcio/"]))
    site.add(u("/sport/calcio/"), listing("Calcio", [A2]))
    site.add(u("/cultura/"), listing("Cultura", [A3]))
    site.add(u("/video/"), listing("Video", [video]))
    site.add(u("/foto/"), listing("Foto", [foto]))
    site.never_requested |= {u("/cerca/?q="), u("/login/")}
    return site


A1 = "/cronaca/2026/11/24/news/traghetti-sul-lago-due-corse-in-piu-123456/"
A2 = "/sport/calcio/il-lago-calcio-batte-la-pro-riva_123457.shtml"
A3 = "/cultura/2026/07/15/news/festival-delle-voci-in-duemila-123300/"
A4 = "/cronaca/2026/11/22/news/frana-sulla-provinciale-123401/"
A5 = "/politica/2026/11/25/news/regione-approvato-il-bilancio-2027-123470/"

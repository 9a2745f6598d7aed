"""Diario del Plata: a recorded Argentine daily on Arc XP for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld

PLATA = "https://www.diariodelplata.example"
HOST = "diariodelplata.example"
RESIZER = PLATA + "/resizer/v2/"

_ES_PARAS = {
    "obras": [
        "El gobierno bonaerense presentó este martes un plan de obras para el conurbano que incluye la repavimentación de 300 cuadras y la construcción de cuatro centros de salud en los partidos del sur.",
        "Según el cronograma oficial, los trabajos comenzarán en marzo y se extenderán durante dieciocho meses, con una inversión estimada en 95.000 millones de pesos.",
        "Los intendentes de Lomas del Sauce y Villa Ribera celebraron el anuncio, aunque pidieron que las obras de desagüe tengan prioridad antes de la temporada de lluvias.",
        "La oposición en la Legislatura reclamó que el plan se debata en comisión y que se publiquen los pliegos de cada licitación.",
    ],
    "tren": [
        "El tren de pasajeros que une Plaza Constitución con la costa atlántica volverá a circular desde el 15 de diciembre, después de tres temporadas sin servicio.",
        "La empresa estatal confirmó que habrá dos frecuencias diarias en cada sentido y que el viaje hasta Punta Médanos durará poco más de seis horas.",
        "Los pasajes saldrán a la venta la semana próxima por internet y en las boleterías de las estaciones cabecera.",
    ],
    "inflacion": [
        "La inflación de octubre fue del 2,1% según el instituto de estadística provincial, la cifra mensual más baja en lo que va del año.",
        "Los rubros que más aumentaron fueron educación y vivienda, mientras que alimentos y bebidas subieron por debajo del promedio general.",
        "Los economistas consultados anticiparon que noviembre podría mostrar una leve suba por el ajuste de las tarifas de gas.",
        "En los últimos doce meses el índice acumula un alza del 38%, diez puntos menos que en el mismo período del año anterior.",
        "El ministerio de Economía atribuyó la baja a la estabilidad del tipo de cambio y a la caída del consumo en el segundo semestre.",
    ],
    "luz": [
        "Más de cuarenta mil usuarios del sur del conurbano se quedaron sin luz durante la madrugada de este martes por una falla en una subestación.",
        "La distribuidora informó que el servicio quedó normalizado cerca del mediodía y que la causa fue un transformador recalentado.",
        "Vecinos de Villa Ribera cortaron la avenida principal durante dos horas para reclamar por los cortes reiterados.",
    ],
    "cumbre": [
        "Los cancilleres de la región acordaron en Montevideo un protocolo común para agilizar los trámites migratorios en los pasos de frontera.",
        "El documento prevé una credencial digital única que podrá usarse en los controles terrestres a partir del segundo semestre del año próximo.",
        "La reunión terminó pasada la medianoche, después de una jornada de negociaciones sobre los costos de implementación.",
    ],
    "dolar": [
        "El dólar mayorista cerró estable en la primera rueda de la semana, en un mercado con bajo volumen de operaciones.",
        "Los analistas señalaron que la demanda de cobertura se moderó tras la última licitación de bonos del Tesoro.",
        "El Banco Central compró 120 millones de dólares en el mercado de cambios y sumó reservas por quinto día consecutivo.",
    ],
    "clasico": [
        "Atlético Ribera le ganó 2 a 1 a Sportivo Del Sauce en el clásico de la ciudad y quedó a un punto de la punta del torneo.",
        "El equipo local abrió el marcador con un cabezazo de Gómez Rivas a los diez minutos y amplió con un tiro libre antes del descanso.",
        "La visita descontó en el segundo tiempo, pero no le alcanzó para evitar una derrota que la complica en la pelea por el descenso.",
    ],
    "tango": [
        "El festival de tango de la ciudad vuelve en diciembre con más de cuarenta espectáculos gratuitos en plazas, clubes de barrio y centros culturales.",
        "La programación incluye orquestas típicas, clases abiertas para principiantes y una milonga al aire libre en la costanera.",
        "Los organizadores esperan superar el récord de doscientos mil asistentes de la última edición.",
    ],
    "presupuesto": [
        "El Concejo Deliberante aprobó en la madrugada el presupuesto municipal para 2027, con dieciséis votos a favor y siete en contra.",
        "El texto aumenta la partida para el mantenimiento de calles y crea un fondo especial para la compra de colectivos eléctricos.",
        "Los bloques opositores objetaron el incremento de la tasa de alumbrado y anticiparon que pedirán una revisión en marzo.",
    ],
    "escuelas": [
        "Las escuelas de la provincia comenzaron las vacaciones de invierno con un plan de refacciones en más de doscientos edificios.",
        "Los trabajos incluyen el recambio de calderas y la reparación de techos, y deberán terminar antes del regreso a clases.",
        "La dirección de infraestructura escolar informó que las obras se financian con fondos nacionales y provinciales.",
    ],
}


def _arc_id(n: int) -> str:
    # Arc's story ids are 26 upper-case letters and digits.
    return f"DLP{n:03d}QZ7XWMBVFJDHTR2NAE5L"


def diario_del_plata() -> CmsSite:
    """An Argentine daily on Buenos Aires time (-03:00 all year) built on Arc XP (Fusion):
    ``/<seccion>/AAAA/MM/DD/<slug>/`` and ``/<seccion>/<slug>-nidDDMMAAAA/`` URLs,
    ``Fusion.globalContent`` inline JSON with UTC ``display_date``/``first_publish_date``/
    ``last_updated_date``, ``credits.by``, ``taxonomy`` and ``promo_items``, JSON-LD
    NewsArticle on most pages (UTC dates), printed dates "24 de noviembre de 2026 · 15:05",
    "24 Nov, 2026 15:05 hs", "Hoy 09:40" and "Actualizado hace 2 horas", bylines "Por A",
    "Por A y B", "Por Redacción Diario del Plata" and "Fuente: Télam"/"Fuente: NA", AMP twins
    under ``/amp/``, "Seguí leyendo:" and "Más noticias de" blocks closing the text,
    "PUBLICIDAD" labels, a subscriber-only teaser whose JSON-LD holds the whole text, a video
    page, a photo gallery, ``/tema/`` and ``/autor/`` pages, "Ver más" to ``?page=2`` next to
    ``/pf/api/v3/content/fetch/`` API links, a sitemap index and news sitemap under
    ``/arc/outboundfeeds/`` and an RSS feed there announced by ``<link rel=alternate>``."""
    site = CmsSite(
        "diario-del-plata", PLATA + "/", datetime.fromisoformat("2026-11-25T15:00:00+00:00")
    )
    u = PLATA.__add__
    rss = "/arc/outboundfeeds/rss/?outputType=xml"
    api = (
        "/pf/api/v3/content/fetch/story-feed-sections?query=%7B%22feedOffset%22%3A10%2C"
        "%22includeSections%22%3A%22%2Fdeportes%22%7D&d=412&_website=diario-del-plata"
    )

    def page(title: str, body: str, head: str = "", fusion: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="es-AR"><head><meta charset="utf-8">'
            f"<title>{title} - Diario del Plata</title>"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta property="og:site_name" content="Diario del Plata">'
            '<link rel="alternate" type="application/rss+xml" title="Diario del Plata" '
            f'href="{PLATA}{rss}">'
            f"{head}</head><body>"
            '<div id="fusion-app"><header class="nav-header">'
            '<a class="nav-logo" href="/" aria-label="Diario del Plata">Diario del Plata</a>'
            '<nav class="nav-sections"><ul>'
            '<li><a href="/politica/">Política</a></li><li><a href="/sociedad/">Sociedad</a></li>'
            '<li><a href="/economia/">Economía</a></li><li><a href="/el-mundo/">El Mundo</a></li>'
            '<li><a href="/deportes/">Deportes</a></li>'
            '<li><a href="/espectaculos/">Espectáculos</a></li>'
            '<li><a href="/videos/">Videos</a></li><li><a href="/fotogalerias/">Fotogalerías</a></li>'
            '</ul></nav><a class="nav-subscribe" href="/suscripciones/">Suscribite</a>'
            '<a class="nav-login" href="/auth/login/">Ingresar</a></header>'
            f"{body}"
            '<footer class="footer"><a href="/institucional/quienes-somos/">Quiénes somos</a> '
            '<a href="/institucional/terminos-y-condiciones/">Términos y condiciones</a> '
            '<a href="https://www.facebook.example/diariodelplata">Facebook</a>'
            "<p>© 2026 Diario del Plata S.A. Todos los derechos reservados.</p></footer></div>"
            f"{fusion}</body></html>"
        )

    def fusion(content: dict[str, Any] | None) -> str:
        cache = {
            "site-service-hierarchy": {
                "navigation": {"children": [{"_id": "/politica"}, {"_id": "/sociedad"}]}
            }
        }
        script = (
            'window.Fusion=window.Fusion||{};Fusion.arcSite="diario-del-plata";'
            'Fusion.contextPath="/pf";Fusion.deployment="412";'
            f"Fusion.globalContent={json.dumps(content or {}, ensure_ascii=False)};"
            'Fusion.globalContentConfig={"source":"content-api-v4","query":{}};'
            f"Fusion.contentCache={json.dumps(cache)};"
            f'Fusion.feedUrl="{api}";'
        )
        return f'<script id="fusion-metadata" type="application/javascript">{script}</script>'

    def listing(title: str, links: list[str], more: str | None = None) -> str:
        cards = "".join(
            f'<div class="story-card"><h2 class="story-card-hl"><a href="{href}">Nota</a></h2>'
            f'<a href="{href}" class="story-card-img"><img src="{RESIZER}card.jpg" alt=""></a></div>'
            for href in links
        )
        ver_mas = (
            f'<div class="more-button"><a href="{more}" class="btn-ver-mas" data-feed="{api}">'
            "Ver más</a></div>"
            if more
            else ""
        )
        return page(
            title,
            f'<main class="layout-section"><h1 class="section-title">{title}</h1>'
            f'<div class="PUBLICIDAD ad-top"><span>PUBLICIDAD</span></div>'
            f'<section class="story-feed">{cards}</section>{ver_mas}</main>',
            fusion=fusion({"type": "section", "_id": "/" + title.lower()}),
        )

    def author_link(name: str, slug: str) -> str:
        return f'<a href="/autor/{slug}/" class="byline-author">{name}</a>'

    def ad() -> str:
        return (
            '<div class="ad-container"><span class="ad-label">PUBLICIDAD</span>'
            '<div id="ad-slot-inline-1" class="arcad"></div></div>'
        )

    def figure(src: str, caption: str) -> str:
        return (
            f'<figure class="article-image"><img src="{src}" alt="">'
            f"<figcaption>{caption}</figcaption></figure>"
        )

    def segui_leyendo(links: list[tuple[str, str]]) -> str:
        return '<p class="paragraph"><b>Seguí leyendo:</b></p>' + "".join(
            f'<p class="paragraph"><a href="{href}">{text}</a></p>' for href, text in links
        )

    def mas_noticias(tema: str, name: str, links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return (
            f'<div class="related-topic"><h2>Más noticias de <a href="/tema/{tema}/">{name}</a>'
            f"</h2><ul>{items}</ul></div>"
        )

    def paras(texts: list[str]) -> str:
        return "".join(f'<p class="paragraph">{t}</p>' for t in texts)

    def gc(
        n: int,
        path: str,
        title: str,
        dek: str,
        section: tuple[str, str],
        *,
        published: str,
        updated: str | None = None,
        by: list[str] = (),  # type: ignore[assignment]
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        premium: bool = False,
    ) -> dict[str, Any]:
        sid, sname = section
        return {
            "_id": _arc_id(n),
            "type": "story",
            "version": "0.10.9",
            "canonical_url": path,
            "website_url": path,
            "headlines": {"basic": title},
            "description": {"basic": dek},
            "display_date": published,
            "first_publish_date": published,
            "publish_date": updated or published,
            "last_updated_date": updated or published,
            "credits": {"by": [{"_id": name.replace(" ", "-").lower(), "type": "author",
                                "name": name} for name in by]},
            "taxonomy": {
                "primary_section": {"_id": f"/{sid}", "name": sname, "type": "section"},
                "sections": [{"_id": f"/{sid}", "name": sname, "type": "section"}],
                "tags": [{"slug": s, "text": t} for s, t in tags],
            },
            "promo_items": {"basic": {"type": "image", "url": image}} if image else {},
            "content_restrictions": {"content_code": "premium" if premium else "free"},
            "language": "es",
        }  # fmt: skip

    def news_ld(title: str, dek: str, section: str, **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": dek,
            "articleSection": section,
            "inLanguage": "es-AR",
            "publisher": {
                "@type": "NewsMediaOrganization",
                "name": "Diario del Plata",
                "logo": {"@type": "ImageObject", "url": PLATA + "/pf/resources/logo.png"},
            },
            **more,
        }

    def person(name: str, slug: str) -> dict[str, str]:
        return {"@type": "Person", "name": name, "url": f"{PLATA}/autor/{slug}/"}

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        byline: str,
        date: str,
        content: dict[str, Any],
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        amp: bool = True,
        after: str = "",
    ) -> str:
        tag_links = "".join(f'<a href="/tema/{s}/" class="tag-link">{t}</a>' for s, t in tags)
        head = (
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{PLATA}{path}">'
            + (f'<link rel="amphtml" href="{PLATA}/amp{path}">' if amp else "")
            + f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            + (f'<meta property="og:image" content="{image}">' if image else "")
            + '<meta name="twitter:card" content="summary_large_image">'
            + (_ld(ld) if ld else "")
        )
        return page(
            title,
            f'<main class="layout-article"><article class="article">'
            f'<header class="article-header"><h1 class="article-headline">{title}</h1>'
            f'<h2 class="article-subheadline">{dek}</h2>'
            f'<div class="article-byline">{byline}</div>'
            f'<div class="article-dates">{date}</div></header>'
            f'<div class="article-body">{body_html}</div>{after}'
            f'<div class="article-tags">{tag_links}</div>'
            '<div class="share-bar"><a href="https://www.facebook.example/sharer.php">Compartir</a>'
            '<a href="https://wa.example/send">WhatsApp</a></div></article>'
            '<aside class="most-read"><h3>Lo más leído</h3><ol>'
            f'<li><a href="{P4}">Corte de luz en el sur del conurbano</a></li></ol></aside>'
            "</main>",
            head,
            fusion(content),
        )

    def record(path: str, html: str, *, amp: bool = True) -> None:
        site.add(u(path), html)
        if amp:
            site.add(u("/amp" + path), html.replace("<html ", "<html amp ", 1))

    img = RESIZER + "{}.jpg?auth=5f1c0a9e2b7d&width=1200&height=675&quality=70&smart=true"

    # P1: full JSON-LD with UTC dates (".000Z"); printed "24 de noviembre de 2026 · 15:05";
    # "PUBLICIDAD" and a captioned photo in the text, "Seguí leyendo:" with linked headlines
    # closing it; linked from home only by its AMP twin.
    obras = _ES_PARAS["obras"]
    p1_title = "Lanzan el plan de obras para el conurbano con 300 cuadras de asfalto"
    p1_dek = (
        "La inversión prevista supera los 95.000 millones de pesos y las obras empiezan en marzo."
    )
    p1_img = img.format("OBRAS2026CONURBANO")
    p1_tags = [("obras-publicas", "Obras públicas"), ("conurbano", "Conurbano")]
    record(P1, story(
        P1, p1_title, p1_dek,
        paras(obras[:1]) + figure(p1_img, "El anuncio en la Casa de Gobierno. (Foto: Prensa)")
        + paras(obras[1:2]) + ad() + paras(obras[2:])
        + segui_leyendo([(P4, "Un corte de luz dejó sin servicio a 40 mil usuarios"),
                         (P9, "El Concejo aprobó el presupuesto 2027")]),
        byline="Por " + author_link("María Fernández", "maria-fernandez"),
        date='<time class="article-date">24 de noviembre de 2026 · 15:05</time>',
        tags=p1_tags, image=p1_img,
        content=gc(1, P1, p1_title, p1_dek, ("politica", "Política"),
                   published="2026-11-24T18:05:00.000Z", updated="2026-11-24T21:30:00.000Z",
                   by=["María Fernández"], tags=p1_tags, image=p1_img),
        ld=news_ld(p1_title, p1_dek, "Política", datePublished="2026-11-24T18:05:00.000Z",
                   dateModified="2026-11-24T21:30:00.000Z",
                   author=[person("María Fernández", "maria-fernandez")],
                   keywords=["Obras públicas", "Conurbano"],
                   image=[{"@type": "ImageObject", "url": p1_img}],
                   mainEntityOfPage={"@type": "WebPage", "@id": PLATA + P1}),
    ))  # fmt: skip
    site.article(
        url=u(P1), site=HOST, title=p1_title, description=p1_dek,
        authors=["María Fernández"], published_at="2026-11-24T18:05:00Z",
        published_raw="2026-11-24T18:05:00.000Z", modified_at="2026-11-24T21:30:00Z",
        modified_raw="2026-11-24T21:30:00.000Z", section="politica",
        tags=["Obras públicas", "Conurbano"], body="\n\n".join(obras), image_url=p1_img,
        language="es",
    )  # fmt: skip

    # P2: a "-nidDDMMAAAA" URL (the number is the day, no id); "Por A y B"; "Más noticias de"
    # closing the text; JSON-LD dates in UTC.
    tren = _ES_PARAS["tren"]
    p2_title = "El tren vuelve a la costa después de tres temporadas"
    p2_dek = "Habrá dos frecuencias diarias desde el 15 de diciembre y los pasajes salen a la venta la semana próxima."
    p2_img = img.format("TRENCOSTA2026")
    record(P2, story(
        P2, p2_title, p2_dek,
        paras(tren[:2]) + ad() + paras(tren[2:]),
        after=mas_noticias("trenes", "Trenes", [
            (P1, "Lanzan el plan de obras para el conurbano"),
            ("/tema/trenes/", "Todas las noticias de trenes")]),
        byline="Por " + author_link("Juan Pérez", "juan-perez") + " y "
        + author_link("Lucía Gómez", "lucia-gomez"),
        date='<time class="article-date">24 de noviembre de 2026 · 09:15</time>',
        tags=[("trenes", "Trenes")], image=p2_img,
        content=gc(2, P2, p2_title, p2_dek, ("sociedad", "Sociedad"),
                   published="2026-11-24T12:15:00.000Z", by=["Juan Pérez", "Lucía Gómez"],
                   tags=[("trenes", "Trenes")], image=p2_img),
        ld=news_ld(p2_title, p2_dek, "Sociedad", datePublished="2026-11-24T12:15:00.000Z",
                   dateModified="2026-11-24T12:15:00.000Z",
                   author=[person("Juan Pérez", "juan-perez"),
                           person("Lucía Gómez", "lucia-gomez")],
                   image=[{"@type": "ImageObject", "url": p2_img}]),
    ))  # fmt: skip
    site.article(
        url=u(P2), site=HOST, title=p2_title, description=p2_dek,
        authors=["Juan Pérez", "Lucía Gómez"], published_at="2026-11-24T12:15:00Z",
        published_raw="2026-11-24T12:15:00.000Z", modified_at="2026-11-24T12:15:00Z",
        modified_raw="2026-11-24T12:15:00.000Z", section="sociedad", tags=["Trenes"],
        body="\n\n".join(tren), image_url=p2_img, language="es",
    )  # fmt: skip

    # P3: a subscriber-only teaser: two paragraphs shown, then the prompt; the JSON-LD
    # articleBody holds the whole text; printed "23 Nov, 2026 19:30 hs".
    inflacion = _ES_PARAS["inflacion"]
    p3_title = "La inflación de octubre fue la más baja del año"
    p3_dek = "El índice provincial marcó 2,1% y acumula 38% en doce meses."
    paywall = (
        '<div class="paywall"><p class="paywall-title">Contenido exclusivo para suscriptores</p>'
        "<p>Suscribite para seguir leyendo esta nota y acceder a todo el contenido de Diario "
        'del Plata.</p><a href="/suscripciones/">Suscribite por $1.990 al mes</a> '
        '<a href="/auth/login/">¿Ya sos suscriptor? Ingresá</a></div>'
    )
    record(P3, story(
        P3, p3_title, p3_dek, paras(inflacion[:2]) + paywall,
        byline="Por " + author_link("Lucía Gómez", "lucia-gomez"),
        date='<span class="article-date">23 Nov, 2026 19:30 hs</span>',
        tags=[("inflacion", "Inflación")],
        content=gc(3, P3, p3_title, p3_dek, ("economia", "Economía"),
                   published="2026-11-23T22:30:00.000Z", by=["Lucía Gómez"],
                   tags=[("inflacion", "Inflación")], premium=True),
        ld=news_ld(p3_title, p3_dek, "Economía", datePublished="2026-11-23T22:30:00.000Z",
                   author=[person("Lucía Gómez", "lucia-gomez")],
                   articleBody="\n\n".join(inflacion), isAccessibleForFree=False,
                   hasPart={"@type": "WebPageElement", "isAccessibleForFree": False,
                            "cssSelector": ".paywall"}),
    ))  # fmt: skip
    site.article(
        url=u(P3), site=HOST, title=p3_title, description=p3_dek, authors=["Lucía Gómez"],
        published_at="2026-11-23T22:30:00Z", published_raw="2026-11-23T22:30:00.000Z",
        section="economia", tags=["Inflación"], body="\n\n".join(inflacion), language="es",
    )  # fmt: skip

    # P4: no JSON-LD; the desk's byline; printed "24 Nov, 2026 07:50 hs" (Buenos Aires time,
    # which Fusion.globalContent's UTC display_date confirms: 10:50Z).
    luz = _ES_PARAS["luz"]
    p4_title = "Un corte de luz dejó sin servicio a 40 mil usuarios del sur del conurbano"
    p4_dek = "La distribuidora atribuyó la falla a un transformador recalentado."
    record(P4, story(
        P4, p4_title, p4_dek, paras(luz[:2]) + ad() + paras(luz[2:]),
        byline="Por Redacción Diario del Plata",
        date='<span class="article-date">24 Nov, 2026 07:50 hs</span>',
        tags=[("cortes-de-luz", "Cortes de luz")],
        content=gc(4, P4, p4_title, p4_dek, ("sociedad", "Sociedad"),
                   published="2026-11-24T10:50:00.000Z", by=["Redacción Diario del Plata"],
                   tags=[("cortes-de-luz", "Cortes de luz")]),
    ))  # fmt: skip
    site.article(
        url=u(P4), site=HOST, title=p4_title, description=p4_dek,
        authors=["Redacción Diario del Plata"], published_at="2026-11-24T10:50:00Z",
        published_raw="24 Nov, 2026 07:50", section="sociedad", tags=["Cortes de luz"],
        body="\n\n".join(luz), language="es",
    )  # fmt: skip

    # P5: agency copy: "Fuente: Télam", JSON-LD without an author; 22:10 in Buenos Aires is
    # the next UTC day.
    cumbre = _ES_PARAS["cumbre"]
    p5_title = "Los cancilleres de la región acuerdan una credencial migratoria única"
    p5_dek = "El protocolo firmado en Montevideo se aplicará en los pasos terrestres desde 2027."
    record(P5, story(
        P5, p5_title, p5_dek, paras(cumbre),
        byline='<span class="article-source">Fuente: Télam</span>',
        date='<time class="article-date">24 de noviembre de 2026 · 22:10</time>',
        content=gc(5, P5, p5_title, p5_dek, ("el-mundo", "El Mundo"),
                   published="2026-11-25T01:10:00.000Z", by=["Télam"]),
        ld=news_ld(p5_title, p5_dek, "El Mundo", datePublished="2026-11-25T01:10:00.000Z",
                   dateModified="2026-11-25T01:10:00.000Z"),
    ))  # fmt: skip
    site.article(
        url=u(P5), site=HOST, title=p5_title, description=p5_dek, authors=["Télam"],
        published_at="2026-11-25T01:10:00Z", published_raw="2026-11-25T01:10:00.000Z",
        modified_at="2026-11-25T01:10:00Z", modified_raw="2026-11-25T01:10:00.000Z",
        section="el-mundo", body="\n\n".join(cumbre), language="es",
    )  # fmt: skip

    # P6: agency copy "Fuente: NA", no JSON-LD, printed "Hoy 09:40" and "Actualizado hace 2
    # horas": the instants are in Fusion.globalContent (UTC).
    dolar = _ES_PARAS["dolar"]
    p6_title = "El dólar mayorista cerró estable y el Banco Central sumó reservas"
    p6_dek = "La entidad compró 120 millones de dólares en la primera rueda de la semana."
    record(P6, story(
        P6, p6_title, p6_dek, paras(dolar),
        byline='<span class="article-source">Fuente: NA</span>',
        date='<span class="article-date">Hoy 09:40</span>'
        '<span class="article-updated">Actualizado hace 2 horas</span>',
        tags=[("dolar", "Dólar")],
        content=gc(6, P6, p6_title, p6_dek, ("economia", "Economía"),
                   published="2026-11-25T12:40:00.000Z", updated="2026-11-25T13:00:00.000Z",
                   by=["NA"], tags=[("dolar", "Dólar")]),
    ))  # fmt: skip
    site.article(
        url=u(P6), site=HOST, title=p6_title, description=p6_dek, authors=["NA"],
        published_at="2026-11-25T12:40:00Z", published_raw="Hoy 09:40",
        modified_at="2026-11-25T13:00:00Z", modified_raw="hace 2 horas",
        section="economia", tags=["Dólar"], body="\n\n".join(dolar), language="es",
    )  # fmt: skip

    # P7: only on page 2 of /deportes/ ("Ver más"); 21:45 in Buenos Aires is the next UTC day.
    clasico = _ES_PARAS["clasico"]
    p7_title = "Atlético Ribera ganó el clásico y se acerca a la punta"
    p7_dek = "Venció 2 a 1 a Sportivo Del Sauce con goles de Gómez Rivas y un tiro libre."
    p7_img = img.format("CLASICORIBERA")
    record(P7, story(
        P7, p7_title, p7_dek, paras(clasico[:1]) + ad() + paras(clasico[1:]),
        byline="Por " + author_link("Martín Suárez", "martin-suarez"),
        date='<time class="article-date">22 de noviembre de 2026 · 21:45</time>',
        tags=[("atletico-ribera", "Atlético Ribera")], image=p7_img,
        content=gc(7, P7, p7_title, p7_dek, ("deportes", "Deportes"),
                   published="2026-11-23T00:45:00.000Z", by=["Martín Suárez"],
                   tags=[("atletico-ribera", "Atlético Ribera")], image=p7_img),
        ld=news_ld(p7_title, p7_dek, "Deportes", datePublished="2026-11-23T00:45:00.000Z",
                   author=person("Martín Suárez", "martin-suarez"),
                   image={"@type": "ImageObject", "url": p7_img}),
    ))  # fmt: skip
    site.article(
        url=u(P7), site=HOST, title=p7_title, description=p7_dek, authors=["Martín Suárez"],
        published_at="2026-11-23T00:45:00Z", published_raw="2026-11-23T00:45:00.000Z",
        section="deportes", tags=["Atlético Ribera"], body="\n\n".join(clasico),
        image_url=p7_img, language="es",
    )  # fmt: skip

    # P8: a "-nid" URL only in the news sitemap.
    tango = _ES_PARAS["tango"]
    p8_title = "Vuelve el festival de tango con cuarenta espectáculos gratuitos"
    p8_dek = "Habrá orquestas típicas, clases abiertas y una milonga en la costanera."
    record(P8, story(
        P8, p8_title, p8_dek, paras(tango),
        byline="Por " + author_link("Carla Ríos", "carla-rios"),
        date='<time class="article-date">23 de noviembre de 2026 · 11:00</time>',
        tags=[("tango", "Tango")],
        content=gc(8, P8, p8_title, p8_dek, ("espectaculos", "Espectáculos"),
                   published="2026-11-23T14:00:00.000Z", by=["Carla Ríos"],
                   tags=[("tango", "Tango")]),
        ld=news_ld(p8_title, p8_dek, "Espectáculos", datePublished="2026-11-23T14:00:00.000Z",
                   author=person("Carla Ríos", "carla-rios")),
    ))  # fmt: skip
    site.article(
        url=u(P8), site=HOST, title=p8_title, description=p8_dek, authors=["Carla Ríos"],
        published_at="2026-11-23T14:00:00Z", published_raw="2026-11-23T14:00:00.000Z",
        section="espectaculos", tags=["Tango"], body="\n\n".join(tango), language="es",
    )  # fmt: skip

    # P9: only in the RSS feed (with a tracking query); JSON-LD date at -03:00.
    presupuesto = _ES_PARAS["presupuesto"]
    p9_title = "El Concejo aprobó el presupuesto 2027 con colectivos eléctricos"
    p9_dek = "La oposición objetó la suba de la tasa de alumbrado."
    p9_html = story(
        P9, p9_title, p9_dek, paras(presupuesto),
        byline="Por " + author_link("María Fernández", "maria-fernandez"),
        date='<time class="article-date">25 de noviembre de 2026 · 08:20</time>',
        content=gc(9, P9, p9_title, p9_dek, ("politica", "Política"),
                   published="2026-11-25T11:20:00.000Z", by=["María Fernández"]),
        ld=news_ld(p9_title, p9_dek, "Política", datePublished="2026-11-25T08:20:00-03:00",
                   author=person("María Fernández", "maria-fernandez")),
    )  # fmt: skip
    record(P9, p9_html)
    # Fusion also serves the AMP view at the article's own path, by query.
    site.add(u(P9 + "?outputType=amp-type"), p9_html.replace("<html ", "<html amp ", 1))
    site.article(
        url=u(P9), site=HOST, title=p9_title, description=p9_dek, authors=["María Fernández"],
        published_at="2026-11-25T11:20:00Z", published_raw="2026-11-25T08:20:00-03:00",
        section="politica", body="\n\n".join(presupuesto), language="es",
    )  # fmt: skip

    # P10: July (no summer time in Argentina): no JSON-LD, printed "10 de julio de 2026 ·
    # 18:20", only in the general sitemap.
    escuelas = _ES_PARAS["escuelas"]
    p10_title = "Refacciones en doscientas escuelas durante las vacaciones de invierno"
    p10_dek = "Recambio de calderas y arreglos de techos antes de la vuelta a clases."
    record(P10, story(
        P10, p10_title, p10_dek, paras(escuelas),
        byline="Por " + author_link("Juan Pérez", "juan-perez"),
        date='<time class="article-date">10 de julio de 2026 · 18:20</time>',
        content=gc(10, P10, p10_title, p10_dek, ("sociedad", "Sociedad"),
                   published="2026-07-10T21:20:00.000Z", by=["Juan Pérez"]),
    ), amp=False)  # fmt: skip
    site.article(
        url=u(P10), site=HOST, title=p10_title, description=p10_dek, authors=["Juan Pérez"],
        published_at="2026-07-10T21:20:00Z", published_raw="10 de julio de 2026 · 18:20",
        section="sociedad", body="\n\n".join(escuelas), language="es",
    )  # fmt: skip

    # A video and a photo gallery: never items.
    video = "/videos/2026/11/24/asi-quedo-la-costanera-tras-la-tormenta/"
    site.add(u(video), page(
        "Así quedó la costanera tras la tormenta",
        '<main class="layout-video"><h1>Así quedó la costanera tras la tormenta</h1>'
        '<time class="article-date">24 de noviembre de 2026 · 19:00</time>'
        '<div class="video-player" data-uuid="8f0c"><video src="/media/costanera.mp4"></video></div>'
        "<p>Árboles caídos y calles anegadas tras el temporal de la tarde.</p></main>",
        f'<link rel="canonical" href="{PLATA}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Así quedó la costanera tras la tormenta",
               "uploadDate": "2026-11-24T22:00:00.000Z",
               "thumbnailUrl": RESIZER + "COSTANERA.jpg"}),
        fusion({"type": "video", "_id": "VID8F0C", "display_date": "2026-11-24T22:00:00.000Z"}),
    ))  # fmt: skip
    gallery = "/fotogalerias/2026/11/23/las-mejores-fotos-de-la-feria-del-libro-infantil/"
    figures = "".join(
        figure(
            RESIZER + f"FERIA{i}.jpg", f"La feria del libro infantil ({i} de 8). (Foto: Archivo)"
        )
        for i in range(1, 9)
    )
    site.add(u(gallery), page(
        "Las mejores fotos de la feria del libro infantil",
        '<main class="layout-gallery"><h1>Las mejores fotos de la feria del libro infantil</h1>'
        f'<time class="article-date">23 de noviembre de 2026 · 17:00</time>{figures}</main>',
        f'<link rel="canonical" href="{PLATA}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Las mejores fotos de la feria del libro infantil",
               "datePublished": "2026-11-23T20:00:00.000Z"}),
        fusion({"type": "gallery", "_id": "GAL0001", "display_date": "2026-11-23T20:00:00.000Z"}),
    ))  # fmt: skip
    site.never_exported |= {u(video), u(gallery)}

    # Tag and author pages.
    site.add(u("/tema/obras-publicas/"), listing("Obras públicas", [P1]))
    site.add(u("/tema/trenes/"), listing("Trenes", [P2]))
    site.add(u("/autor/maria-fernandez/"), listing("María Fernández", [P1, P9]))
    site.add(u("/autor/juan-perez/"), listing("Juan Pérez", [P2]))
    site.never_exported |= {
        u("/tema/obras-publicas/"), u("/tema/trenes/"), u("/autor/maria-fernandez/"),
        u("/autor/juan-perez/"), u("/videos/"), u("/fotogalerias/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /suscripciones/\nDisallow: /auth/\nDisallow: /buscar/\n"
        f"Sitemap: {PLATA}/arc/outboundfeeds/sitemap-index/?outputType=xml\n"
        f"Sitemap: {PLATA}/arc/outboundfeeds/news-sitemap/?outputType=xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/arc/outboundfeeds/sitemap-index/?outputType=xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{PLATA}/arc/outboundfeeds/sitemap/?outputType=xml</loc>"
        "<lastmod>2026-11-25T13:00:00.000Z</lastmod></sitemap>"
        f"<sitemap><loc>{PLATA}/arc/outboundfeeds/news-sitemap/?outputType=xml</loc>"
        "<lastmod>2026-11-25T13:00:00.000Z</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    site.add(u("/arc/outboundfeeds/sitemap/?outputType=xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
        f"<url><loc>{PLATA}{P1}</loc><lastmod>2026-11-24T21:30:00.000Z</lastmod>"
        f"<image:image><image:loc>{p1_img.replace('&', '&amp;')}</image:loc></image:image></url>"
        f"<url><loc>{PLATA}{gallery}</loc><lastmod>2026-11-23T20:00:00.000Z</lastmod></url>"
        f"<url><loc>{PLATA}{P10}</loc><lastmod>2026-07-10T21:20:00.000Z</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    news_entries = [
        (P6, "2026-11-25T12:40:00.000Z", p6_title),
        (P5, "2026-11-25T01:10:00.000Z", p5_title),
        (video, "2026-11-24T22:00:00.000Z", "Así quedó la costanera tras la tormenta"),
        (P8, "2026-11-23T14:00:00.000Z", p8_title),
    ]
    site.add(u("/arc/outboundfeeds/news-sitemap/?outputType=xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{PLATA}{path}</loc><news:news><news:publication>"
            "<news:name>Diario del Plata</news:name><news:language>es</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u(rss), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>Diario del Plata</title><link>{PLATA}</link>"
        "<description>Noticias de Argentina y el mundo</description><language>es</language>"
        f"<item><title><![CDATA[{p9_title}]]></title>"
        f"<link>{PLATA}{P9}?outputType=amp-type</link><guid isPermaLink=\"false\">{_arc_id(9)}</guid>"
        "<dc:creator><![CDATA[María Fernández]]></dc:creator>"
        "<pubDate>Wed, 25 Nov 2026 11:20:00 +0000</pubDate></item>"
        f"<item><title><![CDATA[{p1_title}]]></title><link>{PLATA}{P1}</link>"
        f"<guid isPermaLink=\"false\">{_arc_id(1)}</guid>"
        "<pubDate>Tue, 24 Nov 2026 18:05:00 +0000</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    home = listing(
        "Diario del Plata",
        ["/amp" + P1, P2, f"{P3}?utm_source=home&utm_medium=portada", P4, video, gallery,
         "/tema/obras-publicas/", "/autor/maria-fernandez/"],
    )  # fmt: skip
    site.add(u("/"), home)
    site.add(u("/politica/"), listing("Política", [P1]))
    site.add(u("/sociedad/"), listing("Sociedad", [P2, P4]))
    site.add(u("/economia/"), listing("Economía", [P3, P6]))
    site.add(u("/el-mundo/"), listing("El Mundo", [P5]))
    site.add(u("/deportes/"), listing("Deportes", [], "/deportes/?page=2"))
    site.add(u("/deportes/?page=2"), listing("Deportes", [P7]))
    site.add(u("/espectaculos/"), listing("Espectáculos", []))
    site.add(u("/videos/"), listing("Videos", [video]))
    site.add(u("/fotogalerias/"), listing("Fotogalerías", [gallery]))
    site.never_requested |= {
        u(api), u("/suscripciones/"), u("/auth/login/"),
        "https://www.facebook.example/diariodelplata",
    }  # fmt: skip
    return site


P1 = "/politica/2026/11/24/lanzan-el-plan-de-obras-para-el-conurbano/"
P2 = "/sociedad/el-tren-vuelve-a-la-costa-nid24112026/"
P3 = "/economia/2026/11/23/la-inflacion-de-octubre-fue-la-mas-baja-del-ano/"
P4 = "/sociedad/2026/11/24/un-corte-de-luz-dejo-sin-servicio-a-40-mil-usuarios/"
P5 = "/el-mundo/2026/11/24/los-cancilleres-acuerdan-una-credencial-migratoria-unica/"
P6 = "/economia/2026/11/25/el-dolar-mayorista-cerro-estable/"
P7 = "/deportes/2026/11/22/atletico-ribera-gano-el-clasico/"
P8 = "/espectaculos/vuelve-el-festival-de-tango-nid23112026/"
P9 = "/politica/2026/11/25/el-concejo-aprobo-el-presupuesto-2027/"
P10 = "/sociedad/2026/07/10/refacciones-en-doscientas-escuelas/"

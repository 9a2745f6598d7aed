"""Folha do Vale: a recorded Brazilian daily for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

FOLHA = "https://www.folhadovale.example"

_BR_PARAS = {
    "onibus": [
        "A Câmara Municipal de São Bento do Vale aprovou na noite desta terça-feira o projeto que cria a tarifa zero nos ônibus urbanos aos domingos e feriados.",
        "O texto recebeu dezessete votos favoráveis e quatro contrários, e segue agora para sanção do prefeito, que tem quinze dias úteis para se manifestar.",
        "Segundo a prefeitura, a gratuidade vai custar cerca de R$ 2,3 milhões por ano, valor que sairá do fundo municipal de mobilidade.",
        "Vereadores da oposição pediram um estudo sobre o impacto nas linhas dos bairros rurais, que já operam com poucos horários no fim de semana.",
    ],
    "credito": [
        "Os juros do crédito rural para pequenos produtores do Vale caíram pela terceira vez no ano, segundo levantamento da cooperativa regional divulgado nesta terça.",
        "A taxa média das linhas de custeio passou de 9,1% para 8,4% ao ano, o menor patamar desde 2022.",
        "Produtores ouvidos pela reportagem disseram que a redução chega tarde para o plantio de verão, mas pode ajudar na compra de máquinas no próximo semestre.",
    ],
    "uva": [
        "A colheita da uva de mesa no Vale deve crescer doze por cento nesta safra, puxada pelo clima seco de outubro, estima a associação dos viticultores.",
        "Os primeiros cachos já chegaram ao entreposto de Santa Rita, onde o quilo da variedade Niágara era vendido a R$ 7,50 na manhã desta segunda.",
        "A associação alerta, porém, que a falta de mão de obra temporária pode atrasar a colheita nas propriedades maiores.",
    ],
    "ponte": [
        "A ponte sobre o Rio Claro, na saída para Santa Rita, será interditada para veículos pesados a partir de segunda-feira, informou a Defesa Civil.",
        "Uma vistoria encontrou rachaduras em dois pilares depois das chuvas da semana passada, e o tráfego de caminhões será desviado pela estrada vicinal.",
        "Carros e motos continuam liberados, com velocidade máxima de trinta quilômetros por hora sobre a estrutura.",
    ],
    "futebol": [
        "O Vale Futebol Clube venceu o Atlético Serrano por dois a um no domingo e garantiu vaga na final do campeonato estadual da segunda divisão.",
        "Os gols saíram no segundo tempo, depois de uma primeira etapa sem chances claras para nenhum dos lados.",
        "A final será disputada em dois jogos, o primeiro no Estádio Municipal no próximo sábado, às 16h.",
        "A diretoria anunciou que os ingressos começam a ser vendidos na quarta-feira, com meia-entrada para sócios.",
    ],
}


def folha_do_vale() -> CmsSite:
    """A Brazilian daily on São Paulo's clock (-03:00, no DST since 2019): g1-style
    ``/<seção>/noticia/AAAA/MM/DD/<slug>.ghtml`` URLs next to ``/<seção>/AAAA/MM/<slug>-<id>.html``
    ones, a sub-section in the navigation (``/economia/agronegocio/``), a "Próxima página"
    anchor as pagination, dates printed "Publicado em 24/11/2026 às 14h05", "Atualizado em
    25/11/2026 08:30", "24 nov 2026 - 10h30" and "Atualizado há 2 horas", JSON-LD dates with
    and without a zone, a sitemap index in robots.txt over a Google News sitemap and a monthly
    sitemap (all at -03:00), an RSS feed announced only by ``<link rel=alternate>``, "Leia
    também:" boxes, "PUBLICIDADE" labels and a WhatsApp promo in the body, "Por A e B, g1 Vale"
    bylines, a ``/google/amp/`` twin, video and photo pages, tag and author pages."""
    site = CmsSite(
        "folha-do-vale", FOLHA + "/", datetime.fromisoformat("2026-11-25T13:00:00+00:00")
    )
    u = FOLHA.__add__
    host = "folhadovale.example"

    def page(title: str, body: str, extra: str = "", lang: str = "pt-BR") -> str:
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title} | Folha do Vale</title>"
            '<meta property="og:site_name" content="Folha do Vale">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">Folha do Vale</a><nav class="menu"><ul>'
            '<li><a href="/politica/">Política</a></li>'
            '<li><a href="/economia/">Economia</a><ul class="submenu">'
            '<li><a href="/economia/agronegocio/">Agronegócio</a></li></ul></li>'
            '<li><a href="/cidades/">Cidades</a></li><li><a href="/esportes/">Esportes</a></li>'
            '<li><a href="/video/">Vídeos</a></li><li><a href="/fotos/">Fotos</a></li>'
            '<li><a href="/busca/?q=">Busca</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/institucional/expediente/">Expediente</a> '
            '<a href="/institucional/politica-de-privacidade/">Privacidade</a>'
            "<p>© 2026 Folha do Vale. Todos os direitos reservados.</p></footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<div class="feed-post"><h2><a href="{href}">Notícia</a></h2></div>' for href in links
        )
        more = (
            f'<div class="paginacao"><a href="{next_href}">Próxima página &rsaquo;</a></div>'
            if next_href
            else ""
        )
        return page(title, f'<main><h1>{title}</h1><div class="feed">{cards}</div>{more}</main>')

    def byline_html(names: list[tuple[str, str]]) -> str:
        links = " e ".join(f'<a href="/autor/{slug}/">{name}</a>' for name, slug in names)
        return f'<p class="autor">Por {links}, g1 Vale</p>'

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
        tag_links = "".join(f'<li><a href="/tudo-sobre/{s}/">{n}</a></li>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            f'<main><article class="materia"><header><h1 class="titulo">{title}</h1>'
            f'<h2 class="subtitulo">{dek}</h2>{byline}<div class="data">{dates}</div>'
            f'</header><div class="materia-conteudo">{body_html}</div>'
            f'<div class="tags"><span>Tópicos:</span><ul>{tag_links}</ul></div>'
            '<div class="compartilhar"><a href="https://wa.example/send?text=materia">'
            "Compartilhar no WhatsApp</a></div></article>"
            '<aside class="mais-lidas"><h2>Mais lidas</h2><ol>'
            f'<li><a href="/google/amp{A1}">Câmara aprova tarifa zero nos ônibus aos '
            "domingos</a></li></ol></aside></main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{FOLHA}{path}">'
            f'<link rel="amphtml" href="{FOLHA}/google/amp{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def ad() -> str:
        return '<div class="publicidade"><span>PUBLICIDADE</span><div id="banner-1"></div></div>'

    def leia(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return (
            f'<div class="leia-tambem"><p><strong>Leia também:</strong></p><ul>{items}</ul></div>'
        )

    whatsapp = (
        '<p class="promo"><a href="https://wa.example/channel/folhadovale">📲 Receba as notícias '
        "da Folha do Vale no WhatsApp</a></p>"
    )

    news_ld = news_ld_for("Folha do Vale", language="pt-BR")

    img = FOLHA + "/img/2026/11/"

    # F1: two authors "Por A e B, g1 Vale"; JSON-LD dates at -03:00 and the same instants
    # printed; "Leia também:", PUBLICIDADE and the WhatsApp promo inside the body; an AMP
    # twin linked from every page's "Mais lidas"; in the news sitemap.
    a1_title = "Câmara aprova tarifa zero nos ônibus aos domingos e feriados"
    a1_dek = "Projeto segue para sanção do prefeito, que tem quinze dias úteis para decidir."
    onibus = _BR_PARAS["onibus"]
    a1_body = (
        paras(onibus[:2]) + ad()
        + leia([(A2, "Juros do crédito rural caem pela terceira vez"),
                (A4, "Ponte do Rio Claro será interditada para caminhões")])
        + paras(onibus[2:3]) + whatsapp + paras(onibus[3:])
    )  # fmt: skip
    a1_html = story(
        A1, a1_title, a1_dek, a1_body,
        dates="<p>Publicado em 24/11/2026 às 14h05</p><p>Atualizado em 25/11/2026 08:30</p>",
        byline=byline_html([("Ana Souza", "ana-souza"), ("João Pereira", "joao-pereira")]),
        tags=[("onibus", "Ônibus"), ("camara-municipal", "Câmara Municipal")],
        image=img + "onibus.jpg",
        ld=news_ld(a1_title, a1_dek, articleSection="Política",
                   datePublished="2026-11-24T14:05:00-03:00",
                   dateModified="2026-11-25T08:30:00-03:00",
                   author=[person("Ana Souza"), person("João Pereira")],
                   image={"@type": "ImageObject", "url": img + "onibus.jpg"}),
    )  # fmt: skip
    site.add(u(A1), a1_html)
    site.add(u("/google/amp" + A1), a1_html.replace("<html ", "<html amp ", 1))
    site.article(
        url=u(A1), site=host, title=a1_title, description=a1_dek,
        authors=["Ana Souza", "João Pereira"], published_at="2026-11-24T17:05:00Z",
        published_raw="2026-11-24T14:05:00-03:00", modified_at="2026-11-25T11:30:00Z",
        modified_raw="2026-11-25T08:30:00-03:00", section="politica",
        tags=["Ônibus", "Câmara Municipal"],
        body="\n\n".join(onibus),
        image_url=img + "onibus.jpg", language="pt",
    )  # fmt: skip

    # F2: numeric id; JSON-LD date without a zone, printed "24 nov 2026 - 10h30"; the byline
    # only on the page; the news sitemap lists it at -03:00.
    a2_title = "Juros do crédito rural caem pela terceira vez no ano"
    a2_dek = "Taxa média das linhas de custeio chega ao menor patamar desde 2022."
    site.add(u(A2), story(
        A2, a2_title, a2_dek, paras(_BR_PARAS["credito"][:1]) + ad()
        + paras(_BR_PARAS["credito"][1:]),
        dates="<p>24 nov 2026 - 10h30</p>",
        byline=byline_html([("Carla Mendes", "carla-mendes")]),
        tags=[("credito-rural", "Crédito rural")],
        ld=news_ld(a2_title, a2_dek, datePublished="2026-11-24T10:30:00"),
    ))  # fmt: skip
    site.article(
        url=u(A2), site=host, article_id="483920", title=a2_title, description=a2_dek,
        authors=["Carla Mendes"], published_at="2026-11-24T13:30:00Z",
        published_raw="2026-11-24T10:30:00", section="economia",
        tags=["Crédito rural"],
        body="\n\n".join(_BR_PARAS["credito"]), language="pt",
    )  # fmt: skip

    # F3: JSON-LD date without a zone, in no sitemap or feed (the one offset they all print
    # holds); "Atualizado há 2 horas" against the crawl's time; only on the second page of
    # /economia/agronegocio/, reached by its "Próxima página" anchor.
    a3_title = "Safra da uva de mesa deve crescer 12% no Vale"
    a3_dek = "Clima seco de outubro favoreceu os parreirais, diz associação."
    site.add(u(A3), story(
        A3, a3_title, a3_dek, paras(_BR_PARAS["uva"]),
        dates="<p>Atualizado há 2 horas</p>",
        byline=byline_html([("Marcos Tavares", "marcos-tavares")]),
        tags=[("uva", "Uva")], image=img + "uva.jpg",
        ld=news_ld(a3_title, a3_dek, articleSection="Agronegócio",
                   datePublished="2026-11-23T07:45:00", author=person("Marcos Tavares")),
    ))  # fmt: skip
    site.article(
        url=u(A3), site=host, article_id="483877", title=a3_title, description=a3_dek,
        authors=["Marcos Tavares"], published_at="2026-11-23T10:45:00Z",
        published_raw="2026-11-23T07:45:00", modified_at="2026-11-25T11:00:00Z",
        modified_raw="há 2 horas",
        section="agronegocio", tags=["Uva"],
        body="\n\n".join(_BR_PARAS["uva"]), image_url=img + "uva.jpg", language="pt",
    )  # fmt: skip

    # F4: no JSON-LD; only the printed "Publicado em 23/11/2026 às 09h15"; only in the RSS
    # feed (pubDate -0300), whose offset it takes.
    a4_title = "Ponte do Rio Claro será interditada para caminhões"
    a4_dek = "Vistoria encontrou rachaduras em dois pilares depois das chuvas."
    site.add(u(A4), story(
        A4, a4_title, a4_dek, paras(_BR_PARAS["ponte"]) + whatsapp,
        dates="<p>Publicado em 23/11/2026 às 09h15</p>",
        byline=byline_html([("Beatriz Lima", "beatriz-lima")]),
        tags=[("defesa-civil", "Defesa Civil")],
        meta='<meta property="article:section" content="Cidades">',
    ))  # fmt: skip
    site.article(
        url=u(A4), site=host, title=a4_title, description=a4_dek, authors=["Beatriz Lima"],
        published_at="2026-11-23T12:15:00Z", published_raw="2026-11-23 09:15",  # day-first, as ISO (items.py)
        section="cidades", tags=["Defesa Civil"],
        body="\n\n".join(_BR_PARAS["ponte"]),
        language="pt",
    )  # fmt: skip

    # F5: JSON-LD author and date at -03:00; "Leia também:" as one paragraph between others.
    a5_title = "Vale FC vence o Atlético Serrano e vai à final da Série B estadual"
    a5_dek = "Gols saíram no segundo tempo; primeiro jogo da final é no sábado."
    futebol = _BR_PARAS["futebol"]
    a5_body = (
        paras(futebol[:2])
        + f'<p><strong>Leia também:</strong> <a href="{A1}">Tarifa zero nos ônibus aos '
        "domingos é aprovada</a></p>" + ad() + paras(futebol[2:])
    )
    site.add(u(A5), story(
        A5, a5_title, a5_dek, a5_body,
        dates="<p>Publicado em 23/11/2026 às 20h10</p>",
        byline=byline_html([("Rafael Costa", "rafael-costa")]),
        tags=[("vale-fc", "Vale FC")], image=img + "vale-fc.jpg",
        ld=news_ld(a5_title, a5_dek, articleSection="Esportes",
                   datePublished="2026-11-23T20:10:00-03:00", author=person("Rafael Costa")),
    ))  # fmt: skip
    site.article(
        url=u(A5), site=host, title=a5_title, description=a5_dek, authors=["Rafael Costa"],
        published_at="2026-11-23T23:10:00Z", published_raw="2026-11-23T20:10:00-03:00",
        section="esportes", tags=["Vale FC"],
        body="\n\n".join(futebol),
        image_url=img + "vale-fc.jpg", language="pt",
    )  # fmt: skip

    # A video and a photo gallery at article-shaped URLs: never items.
    video = "/video/2026/11/24/chuva-alaga-centro-de-sao-bento-483951.html"
    site.add(u(video), page(
        "Vídeo: chuva alaga o centro de São Bento",
        "<main><article><h1>Vídeo: chuva alaga o centro de São Bento</h1>"
        "<p>Publicado em 24/11/2026 às 17h00</p>"
        '<video src="/media/chuva-centro.mp4" controls></video>'
        "<p>A água chegou a meio metro na Rua Direita.</p></article></main>",
        f'<link rel="canonical" href="{FOLHA}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Vídeo: chuva alaga o centro de São Bento",
               "uploadDate": "2026-11-24T17:00:00-03:00"}),
    ))  # fmt: skip
    fotos = "/fotos/noticia/2026/11/22/festa-da-uva-em-fotos.ghtml"
    figures = "".join(
        f'<figure><img src="/img/2026/11/festa-{i}.jpg" alt="Festa da Uva">'
        f"<figcaption>Festa da Uva em Santa Rita ({i} de 8).</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(u(fotos), page(
        "Festa da Uva em fotos",
        f"<main><article><h1>Festa da Uva em fotos</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{FOLHA}{fotos}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Festa da Uva em fotos", "datePublished": "2026-11-22T18:00:00-03:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(video), u(fotos)}

    # Tag and author pages list stories but are never items.
    site.add(u("/tudo-sobre/onibus/"), listing("Ônibus", [A1]))
    site.add(u("/tudo-sobre/uva/"), listing("Uva", [A3]))
    site.add(u("/autor/ana-souza/"), listing("Ana Souza", [A1]))
    site.add(u("/autor/carla-mendes/"), listing("Carla Mendes", [A2]))
    site.never_exported |= {
        u("/tudo-sobre/onibus/"), u("/tudo-sobre/uva/"), u("/autor/ana-souza/"),
        u("/autor/carla-mendes/"), u("/video/"), u("/fotos/"), u("/google/amp" + A1),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /busca/\nDisallow: /api/\n"
        f"Sitemap: {FOLHA}/sitemap/index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap/index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{FOLHA}/sitemap/news.xml</loc>"
        "<lastmod>2026-11-25T08:30:00-03:00</lastmod></sitemap>"
        f"<sitemap><loc>{FOLHA}/sitemap/2026-11.xml</loc>"
        "<lastmod>2026-11-25T08:30:00-03:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (A1, "2026-11-24T14:05:00-03:00", "Câmara aprova tarifa zero nos ônibus"),
        (A2, "2026-11-24T10:30:00-03:00", "Juros do crédito rural caem"),
        (video, "2026-11-24T17:00:00-03:00", "Vídeo: chuva alaga o centro"),
        (A5, "2026-11-23T20:10:00-03:00", "Vale FC vai à final"),
    ]
    site.add(u("/sitemap/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{FOLHA}{path}</loc><news:news><news:publication>"
            "<news:name>Folha do Vale</news:name><news:language>pt</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemap/2026-11.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{FOLHA}{fotos}</loc><lastmod>2026-11-22T18:00:00-03:00</lastmod></url>"
        f"<url><loc>{FOLHA}/economia/</loc><lastmod>2026-11-25T08:30:00-03:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/ultimas.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Folha do Vale</title><link>{FOLHA}/</link><language>pt-br</language>"
        f"<item><title>{a4_title}</title><link>{FOLHA}{A4}?utm_source=rss</link>"
        "<pubDate>Mon, 23 Nov 2026 09:15:00 -0300</pubDate></item>"
        f"<item><title>{a1_title}</title><link>{FOLHA}{A1}</link>"
        "<pubDate>Tue, 24 Nov 2026 14:05:00 -0300</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="Folha do Vale" '
        'href="/rss/ultimas.xml">'
    )
    home = listing("Folha do Vale", [A1, A5, video, fotos, "/tudo-sobre/onibus/"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/politica/"), listing("Política", [A1]))
    site.add(u("/economia/"), listing("Economia", [A2, "/economia/agronegocio/"]))
    site.add(u("/economia/agronegocio/"), listing(
        "Agronegócio", [A2], "/economia/agronegocio/?pagina=2"
    ))  # fmt: skip
    site.add(u("/economia/agronegocio/?pagina=2"), listing("Agronegócio", [A3]))
    site.add(u("/cidades/"), listing("Cidades", []))
    site.add(u("/esportes/"), listing("Esportes", [A5]))
    site.add(u("/video/"), listing("Vídeos", [video]))
    site.add(u("/fotos/"), listing("Fotos", [fotos]))
    site.never_requested |= {u("/busca/?q=")}
    return site


A1 = "/politica/noticia/2026/11/24/camara-aprova-tarifa-zero-nos-onibus-aos-domingos.ghtml"
A2 = "/economia/2026/11/juros-do-credito-rural-caem-pela-terceira-vez-483920.html"
A3 = "/economia/agronegocio/2026/11/safra-da-uva-de-mesa-deve-crescer-483877.html"
A4 = "/cidades/noticia/2026/11/23/ponte-do-rio-claro-sera-interditada.ghtml"
A5 = "/esportes/noticia/2026/11/23/vale-fc-vence-e-vai-a-final.ghtml"

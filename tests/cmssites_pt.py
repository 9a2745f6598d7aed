"""Diário do Tejo: a recorded Portuguese national daily for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

TEJO = "https://www.diariodotejo.example"

_PT_PARAS = {
    "comboios": [
        "A greve dos maquinistas dos comboios suburbanos deixou esta terça-feira milhares de passageiros sem transporte na linha de Vale Fundo, onde só circularam três composições durante a manhã.",
        "O sindicato reclama a contratação de quarenta novos maquinistas e a revisão das escalas de fim de semana, que diz serem incompatíveis com a vida familiar.",
        "A empresa garante que apresentou uma proposta na semana passada e acusa a estrutura sindical de recusar o diálogo antes de conhecer os números.",
        "Nas estações de Ribeira Alta e Quinta Nova, os autocarros de substituição esgotaram logo nas primeiras viagens, segundo relatos de utentes.",
    ],
    "orcamento": [
        "A Assembleia Municipal de Vila Serena aprovou o orçamento para 2027 com os votos a favor da maioria e a abstenção de dois grupos da oposição.",
        "O documento prevê onze milhões de euros para a requalificação da frente ribeirinha e um reforço de vinte por cento na verba destinada às juntas de freguesia.",
        "A oposição criticou o adiamento, pelo segundo ano consecutivo, da construção do novo centro de saúde da zona norte do concelho.",
    ],
    "praia": [
        "A praia fluvial de Penedo Verde recebeu este ano a bandeira de qualidade pela primeira vez, depois de três verões de análises sem qualquer contaminação.",
        "A câmara investiu na recuperação dos passadiços e na instalação de um posto de primeiros socorros, aberto todos os dias entre as dez e as dezanove horas.",
        "Os concessionários esperam uma subida de visitantes em agosto, sobretudo de famílias vindas das cidades do litoral.",
    ],
    "pescas": [
        "A frota de pesca do porto de Vila do Farol ficou em terra pelo quarto dia consecutivo por causa da agitação marítima, que chegou a ondas de seis metros.",
        "Os armadores pedem ao Governo Regional um apoio extraordinário para compensar os dias perdidos, como aconteceu no inverno passado.",
        "A capitania prevê que as condições melhorem a partir de quinta-feira, quando a depressão se afastar para nordeste.",
    ],
    "incendio": [
        "Um incêndio num armazém de cortiça na zona industrial de Monte Largo obrigou ao corte da estrada nacional durante quase quatro horas.",
        "Os bombeiros de três corporações combateram as chamas com dezassete viaturas, e não há registo de feridos.",
        "As causas do fogo estão a ser investigadas pela polícia judiciária, que esteve no local ao início da noite.",
    ],
    "futebol": [
        "O Clube Desportivo do Tejo venceu o Atlético da Serra por três bolas a uma e subiu ao segundo lugar da classificação.",
        "A equipa da casa esteve a perder até ao intervalo, mas deu a volta ao resultado com dois golos em cinco minutos logo no início da segunda parte.",
        "O treinador elogiou a reação dos jogadores e lembrou que o próximo jogo, em casa do líder, será decisivo para as contas do campeonato.",
    ],
    "vinho": [
        "As exportações de vinho da região do Alto Tejo cresceram nove por cento nos primeiros dez meses do ano, segundo a comissão vitivinícola.",
        "O Brasil e o Canadá continuam a ser os principais destinos, mas a maior subida registou-se nas vendas para a Polónia.",
        "Os produtores alertam, ainda assim, para a subida do preço das garrafas de vidro, que pode pesar nas margens do próximo ano.",
    ],
    "natal": [
        "As luzes de Natal da Baixa de Vila Serena acenderam-se este fim de semana com um espetáculo de música e projeções na fachada dos paços do concelho.",
        "A iluminação inclui pela primeira vez lâmpadas de baixo consumo em todas as ruas, o que deverá reduzir a fatura elétrica em metade.",
        "O mercado de Natal, com sessenta bancas de artesanato e doçaria, funciona até ao dia seis de janeiro.",
    ],
    "feira": [
        "A feira de maquinaria agrícola de Monte Largo abriu esta quarta-feira com cento e vinte expositores, mais vinte do que no ano passado.",
        "A organização espera trinta mil visitantes até domingo e destaca a estreia de um pavilhão dedicado à rega de precisão.",
        "Os bilhetes custam cinco euros e a entrada é gratuita para menores de doze anos e para agricultores com cartão da cooperativa.",
    ],
    "escolas": [
        "O Ministério da Educação anunciou a contratação de mais duzentos assistentes operacionais para as escolas dos concelhos do interior.",
        "Os diretores de agrupamento dizem que a falta de funcionários obrigou este outono a fechar bibliotecas e pavilhões durante várias semanas.",
        "As colocações deverão estar concluídas antes do regresso às aulas em janeiro, garantiu o secretário de Estado.",
    ],
}


def diario_do_tejo() -> CmsSite:
    """A Portuguese national daily (``lang="pt-PT"``) on Lisbon's clock (WET +00:00 in winter,
    WEST +01:00 in summer) with an Azores edition an hour behind: ``/<secção>/AAAA/MM/DD/<slug>/<id>``
    URLs next to ``/noticia/<slug>-<id>`` ones, dates printed "24 de novembro de 2026, 14:05",
    "24/11/2026 às 14h05", "Publicado a 23 nov. 2026 21:40", "Atualizado há 2 horas",
    "Atualizado às 16:20" and "ontem, 18:20", "hora dos Açores" on the Azores pages, a July
    article printed without a zone (WEST) and modified in November, JSON-LD dates with "Z" and
    "+00:00" (so the sitemaps and feed print only +00:00), "Por João Silva", "Lusa" and "com
    Lusa" bylines, "Leia também" boxes in the body, a paged section, a sitemap index, RSS,
    photo galleries, videos, tag (``/tag/``, ``/tema/``) and author (``/autor/``) pages."""
    site = CmsSite(
        "diario-do-tejo", TEJO + "/", datetime.fromisoformat("2026-11-25T13:00:00+00:00")
    )
    u = TEJO.__add__
    host = "diariodotejo.example"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="pt-PT"><head><meta charset="utf-8">'
            f"<title>{title} &#8211; Diário do Tejo</title>"
            '<meta property="og:site_name" content="Diário do Tejo">'
            '<meta property="og:locale" content="pt_PT">'
            f"{extra}</head><body>"
            '<header><a class="marca" href="/">Diário do Tejo</a><nav class="menu-principal"><ul>'
            '<li><a href="/sociedade">Sociedade</a></li><li><a href="/politica">Política</a></li>'
            '<li><a href="/economia">Economia</a></li><li><a href="/desporto">Desporto</a></li>'
            '<li><a href="/acores">Açores</a></li><li><a href="/fotogalerias">Fotogalerias</a></li>'
            '<li><a href="/videos">Vídeos</a></li><li><a href="/pesquisa?q=">Pesquisar</a></li>'
            '<li><a href="/assinaturas">Assine já</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/estatuto-editorial">Estatuto editorial</a> '
            '<a href="/ficha-tecnica">Ficha técnica</a> <a href="/privacidade">Privacidade</a>'
            "<p>© 2026 Diário do Tejo. Todos os direitos reservados.</p></footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<article class="card"><h3 class="card-title"><a href="{href}">Ler notícia</a></h3>'
            "</article>"
            for href in links
        )
        more = (
            f'<nav class="paginacao"><a class="seguinte" rel="next" href="{next_href}">Seguinte'
            "</a></nav>"
            if next_href
            else ""
        )
        return page(title, f'<main><h1>{title}</h1><div class="lista">{cards}</div>{more}</main>')

    def por(*names: tuple[str, str], suffix: str = "") -> str:
        links = " e ".join(f'<a href="/autor/{slug}">{name}</a>' for name, slug in names)
        return f'<div class="autoria">Por {links}{suffix}</div>'

    lusa = '<div class="autoria"><span class="agencia">Lusa</span></div>'

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        byline: str,
        section: tuple[str, str],
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
    ) -> str:
        tag_links = "".join(f'<li><a href="/tag/{s}">{n}</a></li>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="imagem-destaque"><img src="{image}" alt="">'
            "<figcaption>Fotografia: Arquivo DT</figcaption></figure>"
            if image
            else ""
        )
        return page(
            title,
            f'<main><nav class="breadcrumbs"><a href="/">Início</a> &rsaquo; '
            f'<a href="/{section[0]}">{section[1]}</a></nav>'
            f'<article class="noticia"><header><h1 class="titulo">{title}</h1>'
            f'<p class="lead">{dek}</p>{byline}<div class="datas">{dates}</div></header>'
            f'{figure}<div class="corpo-noticia">{body_html}</div>'
            f'<div class="temas"><h4>Temas</h4><ul>{tag_links}</ul></div>'
            '<div class="partilhar"><a href="https://fb.example/share">Partilhar</a></div>'
            "</article>"
            '<aside class="mais-lidas"><h2>Mais lidas</h2><ol>'
            f'<li><a href="{P1}">Greve nos comboios suburbanos</a></li></ol></aside></main>',
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{TEJO}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def leia(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return f'<aside class="leia-tambem"><h3>Leia também</h3><ul>{items}</ul></aside>'

    pub = '<div class="publicidade"><span>Publicidade</span><div id="dfp-1"></div></div>'

    news_ld = news_ld_for("Diário do Tejo", language="pt-PT")

    img = TEJO + "/imagens/2026/11/"

    # P1: "Por João Silva"; JSON-LD dates in "Z"; printed "24 de novembro de 2026, 14:05" and
    # "Atualizado às 16:20"; a "Leia também" box and an ad inside the body.
    comboios = _PT_PARAS["comboios"]
    p1_title = "Greve nos comboios suburbanos deixa milhares sem transporte"
    p1_dek = "Só circularam três composições na linha de Vale Fundo durante a manhã."
    site.add(u(P1), story(
        P1, p1_title, p1_dek,
        paras(comboios[:2]) + leia([(P2, "Vila Serena aprova orçamento para 2027"),
                                    (P6, "Incêndio em armazém corta estrada nacional")])
        + pub + paras(comboios[2:]),
        dates='<time datetime="2026-11-24T14:05:00Z">24 de novembro de 2026, 14:05</time>'
        '<span class="atualizado">Atualizado às 16:20</span>',
        byline=por(("João Silva", "joao-silva")), section=("sociedade", "Sociedade"),
        tags=[("greve", "Greve"), ("ferrovia", "Ferrovia")], image=img + "comboios.jpg",
        ld=news_ld(p1_title, p1_dek, articleSection="Sociedade",
                   datePublished="2026-11-24T14:05:00Z", dateModified="2026-11-24T16:20:00Z",
                   author=person("João Silva"),
                   image={"@type": "ImageObject", "url": img + "comboios.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(P1), site=host, article_id="1234567", title=p1_title, description=p1_dek,
        authors=["João Silva"], published_at="2026-11-24T14:05:00Z",
        published_raw="2026-11-24T14:05:00Z", modified_at="2026-11-24T16:20:00Z",
        modified_raw="2026-11-24T16:20:00Z", section="sociedade", tags=["Greve", "Ferrovia"],
        body="\n\n".join(comboios), image_url=img + "comboios.jpg", language="pt",
    )  # fmt: skip

    # P2: a "/noticia/<slug>-<id>" URL; a Lusa credit alone; no JSON-LD; printed
    # "24/11/2026 às 14h05" and "Atualizado às 16:20" (the same day, a time alone).
    orc = _PT_PARAS["orcamento"]
    p2_title = "Vila Serena aprova orçamento de 2027 com abstenção da oposição"
    p2_dek = "Documento prevê onze milhões para a frente ribeirinha."
    site.add(u(P2), story(
        P2, p2_title, p2_dek, paras(orc),
        dates='<p class="data-publicacao">24/11/2026 às 11h40</p>'
        '<p class="data-atualizacao">Atualizado às 16:20</p>',
        byline=lusa, section=("politica", "Política"), tags=[("autarquias", "Autarquias")],
        meta='<meta property="article:section" content="Política">',
    ))  # fmt: skip
    site.article(
        url=u(P2), site=host, article_id="1234570", title=p2_title, description=p2_dek,
        authors=["Lusa"], published_at="2026-11-24T11:40:00Z",
        published_raw="2026-11-24 11:40", modified_at="2026-11-24T16:20:00Z",
        modified_raw="2026-11-24T16:20", section="politica", tags=["Autarquias"],
        body="\n\n".join(orc), language="pt",
    )  # fmt: skip

    # P3: a July story whose JSON-LD and printed dates carry no zone (WEST, +01:00) and whose
    # update, in November, is in "Z"; the monthly sitemap prints only +00:00.
    praia = _PT_PARAS["praia"]
    p3_title = "Praia fluvial de Penedo Verde recebe bandeira de qualidade"
    p3_dek = "Três verões de análises sem contaminação valeram a distinção."
    site.add(u(P3), story(
        P3, p3_title, p3_dek, paras(praia),
        dates="<p>15 de julho de 2026, 10:30</p><p>Atualizado a 24 nov. 2026, 09:00</p>",
        byline=por(("Marta Rocha", "marta-rocha")), section=("sociedade", "Sociedade"),
        tags=[("praias", "Praias")],
        ld=news_ld(p3_title, p3_dek, datePublished="2026-07-15T10:30:00",
                   dateModified="2026-11-24T09:00:00Z", author=person("Marta Rocha")),
    ))  # fmt: skip
    site.article(
        url=u(P3), site=host, article_id="1209914", title=p3_title, description=p3_dek,
        authors=["Marta Rocha"], published_at="2026-07-15T09:30:00Z",
        published_raw="2026-07-15T10:30:00", modified_at="2026-11-24T09:00:00Z",
        modified_raw="2026-11-24T09:00:00Z", section="sociedade", tags=["Praias"],
        body="\n\n".join(praia), language="pt",
    )  # fmt: skip

    # P4: the Azores edition: printed "24 de novembro de 2026, 11:15 (hora dos Açores)" only
    # (-01:00 in winter), "Por ..., com Lusa".
    pescas = _PT_PARAS["pescas"]
    p4_title = "Mau tempo mantém frota de Vila do Farol em terra pelo quarto dia"
    p4_dek = "Armadores pedem apoio extraordinário ao Governo Regional."
    site.add(u(P4), story(
        P4, p4_title, p4_dek, paras(pescas),
        dates="<p>24 de novembro de 2026, 11:15 (hora dos Açores)</p>",
        byline=por(("Tiago Medeiros", "tiago-medeiros"), suffix=", com Lusa"),
        section=("acores", "Açores"), tags=[("pescas", "Pescas")], image=img + "farol.jpg",
    ))  # fmt: skip
    site.article(
        url=u(P4), site=host, article_id="1234575", title=p4_title, description=p4_dek,
        authors=["Tiago Medeiros", "Lusa"], published_at="2026-11-24T12:15:00Z",
        published_raw="24 de novembro de 2026, 11:15 (hora dos Açores)", section="acores", tags=["Pescas"],
        body="\n\n".join(pescas), image_url=img + "farol.jpg", language="pt",
    )  # fmt: skip

    # P5: printed "ontem, 18:20" only (the day before the crawl), no JSON-LD dates.
    incendio = _PT_PARAS["incendio"]
    p5_title = "Incêndio em armazém de cortiça corta estrada nacional em Monte Largo"
    p5_dek = "Bombeiros de três corporações combateram as chamas durante quatro horas."
    site.add(u(P6), story(
        P6, p5_title, p5_dek, paras(incendio[:1]) + pub + paras(incendio[1:]),
        dates='<span class="data">ontem, 18:20</span>',
        byline=por(("Rita Almeida", "rita-almeida")), section=("sociedade", "Sociedade"),
        tags=[("incendios", "Incêndios")],
        ld=news_ld(p5_title, p5_dek, author=person("Rita Almeida")),
    ))  # fmt: skip
    site.article(
        url=u(P6), site=host, article_id="1234601", title=p5_title, description=p5_dek,
        authors=["Rita Almeida"], published_at="2026-11-24T18:20:00Z",
        published_raw="ontem, 18:20", section="sociedade", tags=["Incêndios"],
        body="\n\n".join(incendio), language="pt",
    )  # fmt: skip

    # P6: two authors; "Publicado a 23 nov. 2026 21:40" and JSON-LD at "+00:00".
    futebol = _PT_PARAS["futebol"]
    p6_title = "CD Tejo dá a volta ao Atlético da Serra e sobe ao segundo lugar"
    p6_dek = "Dois golos em cinco minutos no início da segunda parte decidiram o jogo."
    site.add(u(P7), story(
        P7, p6_title, p6_dek, paras(futebol),
        dates="<p>Publicado a 23 nov. 2026 21:40</p>",
        byline=por(("Maria Ferreira", "maria-ferreira"), ("Rui Costa", "rui-costa")),
        section=("desporto", "Desporto"), tags=[("cd-tejo", "CD Tejo")],
        image=img + "cd-tejo.jpg",
        ld=news_ld(p6_title, p6_dek, articleSection="Desporto",
                   datePublished="2026-11-23T21:40:00+00:00",
                   author=[person("Maria Ferreira"), person("Rui Costa")]),
    ))  # fmt: skip
    site.article(
        url=u(P7), site=host, article_id="1234488", title=p6_title, description=p6_dek,
        authors=["Maria Ferreira", "Rui Costa"], published_at="2026-11-23T21:40:00Z",
        published_raw="2026-11-23T21:40:00+00:00", section="desporto", tags=["CD Tejo"],
        body="\n\n".join(futebol), image_url=img + "cd-tejo.jpg", language="pt",
    )  # fmt: skip

    # P7: "/noticia/<slug>-<id>"; printed "Publicado a 24 nov 2026 08:50" and "Atualizado há
    # 2 horas"; Lusa credit; only in the RSS feed.
    vinho = _PT_PARAS["vinho"]
    p7_title = "Exportações de vinho do Alto Tejo crescem nove por cento"
    p7_dek = "Polónia regista a maior subida entre os mercados de destino."
    site.add(u(P8), story(
        P8, p7_title, p7_dek, paras(vinho),
        dates="<p>Publicado a 24 nov 2026 08:50</p><p>Atualizado há 2 horas</p>",
        byline='<div class="autoria">Lusa</div>', section=("economia", "Economia"),
        tags=[("vinho", "Vinho")],
    ))  # fmt: skip
    site.article(
        url=u(P8), site=host, article_id="1234532", title=p7_title, description=p7_dek,
        authors=["Lusa"], published_at="2026-11-24T08:50:00Z",
        published_raw="24 nov 2026 08:50", modified_at="2026-11-25T11:00:00Z",
        modified_raw="há 2 horas", section="economia", tags=["Vinho"],
        body="\n\n".join(vinho), language="pt",
    )  # fmt: skip

    # P8: last December, reached on the second page of /sociedade: "12 dez. 2025, 19:05"; a
    # byline without a link naming where the reporter filed from.
    natal = _PT_PARAS["natal"]
    p8_title = "Luzes de Natal acendem-se na Baixa de Vila Serena"
    p8_dek = "Mercado de Natal tem sessenta bancas até seis de janeiro."
    site.add(u(P9), story(
        P9, p8_title, p8_dek, paras(natal[:2]) + leia([(P1, "Greve nos comboios")])
        + paras(natal[2:]),
        dates="<p>12 dez. 2025, 19:05</p>",
        byline='<div class="autoria">Por Inês Carvalho, em Vila Serena</div>',
        section=("sociedade", "Sociedade"), tags=[("natal", "Natal")],
    ))  # fmt: skip
    site.article(
        url=u(P9), site=host, article_id="1187342", title=p8_title, description=p8_dek,
        authors=["Inês Carvalho"], published_at="2025-12-12T19:05:00Z",
        published_raw="12 dez. 2025, 19:05", section="sociedade", tags=["Natal"],
        body="\n\n".join(natal), language="pt",
    )  # fmt: skip

    # P9: an Azores story printed "22/11/2026 às 17h45 (hora dos Açores)" (-01:00), with its
    # JSON-LD in "Z".
    escolas = _PT_PARAS["escolas"]
    p9_title = "Escolas do interior vão receber duzentos novos assistentes"
    p9_dek = "Colocações devem estar concluídas antes de janeiro."
    site.add(u(P10), story(
        P10, p9_title, p9_dek, paras(escolas),
        dates="<p>22/11/2026 às 17h45 (hora dos Açores)</p>",
        byline=por(("Tiago Medeiros", "tiago-medeiros")), section=("acores", "Açores"),
        tags=[("educacao", "Educação")],
        ld=news_ld(p9_title, p9_dek, datePublished="2026-11-22T18:45:00Z",
                   author=person("Tiago Medeiros")),
    ))  # fmt: skip
    site.article(
        url=u(P10), site=host, article_id="1234390", title=p9_title, description=p9_dek,
        authors=["Tiago Medeiros"], published_at="2026-11-22T18:45:00Z",
        published_raw="2026-11-22T18:45:00Z", section="acores", tags=["Educação"],
        body="\n\n".join(escolas), language="pt",
    )  # fmt: skip

    # P10: a weekday before the printed day, "Atualizado hoje às 10h15" (the crawl's day);
    # a photo with its caption, an inline "Leia também:" paragraph and a newsletter prompt in
    # the body.
    feira = _PT_PARAS["feira"]
    p10_title = "Feira de maquinaria agrícola abre com cento e vinte expositores"
    p10_dek = "Organização espera trinta mil visitantes até domingo."
    site.add(u(P11), story(
        P11, p10_title, p10_dek,
        paras(feira[:1])
        + '<figure class="imagem"><img src="/imagens/2026/11/feira.jpg" alt="">'
        "<figcaption>O pavilhão da rega de precisão. Fotografia: Nuno Reis</figcaption></figure>"
        + paras(feira[1:2])
        + f'<p><strong>Leia também:</strong> <a href="{P8}">Exportações de vinho crescem nove'
        " por cento</a></p>" + paras(feira[2:])
        + '<div class="newsletter"><p>Subscreva a newsletter do Diário do Tejo e receba as '
        "notícias da manhã no seu e-mail.</p></div>",
        dates="<p>Publicado: quarta-feira, 25 de novembro de 2026 às 07:30</p>"
        "<p>Atualizado hoje às 10h15</p>",
        byline=por(("Sofia Nunes", "sofia-nunes")), section=("economia", "Economia"),
        tags=[("agricultura", "Agricultura")],
    ))  # fmt: skip
    site.article(
        url=u(P11), site=host, article_id="1234655", title=p10_title, description=p10_dek,
        authors=["Sofia Nunes"], published_at="2026-11-25T07:30:00Z",
        published_raw="25 de novembro de 2026 às 07:30", modified_at="2026-11-25T10:15:00Z",
        modified_raw="hoje às 10h15", section="economia", tags=["Agricultura"],
        body="\n\n".join(feira), image_url=TEJO + "/imagens/2026/11/feira.jpg", language="pt",
    )  # fmt: skip

    # A video and a photo gallery at article-shaped URLs: never items.
    video = "/videos/2026/11/24/cheia-no-rio-fundo/1234590"
    site.add(u(video), page(
        "Vídeo: cheia no Rio Fundo",
        "<main><article><h1>Vídeo: cheia no Rio Fundo</h1><p>24 de novembro de 2026, 17:00</p>"
        '<video src="/media/cheia.mp4" controls></video>'
        "<p>A água subiu dois metros em poucas horas.</p></article></main>",
        f'<link rel="canonical" href="{TEJO}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Vídeo: cheia no Rio Fundo", "uploadDate": "2026-11-24T17:00:00Z"}),
    ))  # fmt: skip
    galeria = "/fotogaleria/2026/11/22/feira-do-cavalo-em-imagens/1234410"
    figures = "".join(
        f'<figure><img src="/imagens/2026/11/feira-{i}.jpg" alt="Feira do Cavalo">'
        f"<figcaption>Feira do Cavalo em Monte Largo ({i}/8).</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(u(galeria), page(
        "Feira do Cavalo em imagens",
        f"<main><article><h1>Feira do Cavalo em imagens</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{TEJO}{galeria}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Feira do Cavalo em imagens", "datePublished": "2026-11-22T16:00:00Z"}),
    ))  # fmt: skip
    site.never_exported |= {u(video), u(galeria)}

    # Tag, theme and author pages list stories but are never items.
    extra = {
        "/tag/greve": listing("Greve", [P1]),
        "/tema/mobilidade": listing("Mobilidade", [P1, P2]),
        "/autor/joao-silva": listing("João Silva", [P1, P3]),
        "/autor/tiago-medeiros": listing("Tiago Medeiros", [P4, P10]),
    }
    for path, html in extra.items():
        site.add(u(path), html)
    site.never_exported |= {u(p) for p in extra} | {u("/videos"), u("/fotogalerias")}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /pesquisa\nDisallow: /assinaturas\n"
        f"Sitemap: {TEJO}/sitemap.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{TEJO}/sitemaps/noticias.xml</loc>"
        "<lastmod>2026-11-24T18:20:00+00:00</lastmod></sitemap>"
        f"<sitemap><loc>{TEJO}/sitemaps/arquivo-2026-07.xml</loc>"
        "<lastmod>2026-11-24T09:00:00+00:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (P1, "2026-11-24T14:05:00+00:00", "Greve nos comboios suburbanos"),
        (P2, "2026-11-24T11:40:00+00:00", "Vila Serena aprova orçamento"),
        (video, "2026-11-24T17:00:00+00:00", "Vídeo: cheia no Rio Fundo"),
        (P7, "2026-11-23T21:40:00+00:00", "CD Tejo sobe ao segundo lugar"),
    ]
    site.add(u("/sitemaps/noticias.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{TEJO}{path}</loc><news:news><news:publication>"
            "<news:name>Diário do Tejo</news:name><news:language>pt</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/arquivo-2026-07.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{TEJO}{P3}</loc><lastmod>2026-11-24T09:00:00+00:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/ultimas"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Diário do Tejo &#8211; Últimas</title><link>{TEJO}/</link><language>pt-pt</language>"
        f"<item><title>{p7_title}</title><link>{TEJO}{P8}?utm_source=rss</link>"
        "<pubDate>Tue, 24 Nov 2026 08:50:00 +0000</pubDate></item>"
        f"<item><title>{p1_title}</title><link>{TEJO}{P1}</link>"
        "<pubDate>Tue, 24 Nov 2026 14:05:00 +0000</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="Diário do Tejo" '
        'href="/rss/ultimas">'
    )
    home = listing("Diário do Tejo", [P1, P7, video, galeria, "/tema/mobilidade"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/sociedade"), listing("Sociedade", [P1, P6], "/sociedade?pagina=2"))
    site.add(u("/sociedade?pagina=2"), listing("Sociedade", [P3, P9]))
    site.add(u("/politica"), listing("Política", [P2]))
    site.add(u("/economia"), listing("Economia", [P11]))
    site.add(u("/desporto"), listing("Desporto", [P7]))
    site.add(u("/acores"), listing("Açores", [P4, P10]))
    site.add(u("/videos"), listing("Vídeos", [video]))
    site.add(u("/fotogalerias"), listing("Fotogalerias", [galeria]))
    site.never_requested |= {u("/pesquisa?q="), u("/assinaturas")}
    return site


P1 = "/sociedade/2026/11/24/greve-nos-comboios-suburbanos-deixa-milhares-sem-transporte/1234567"
P2 = "/noticia/vila-serena-aprova-orcamento-de-2027-1234570"
P3 = "/sociedade/2026/07/15/praia-fluvial-de-penedo-verde-recebe-bandeira/1209914"
P4 = "/acores/2026/11/24/mau-tempo-mantem-frota-em-terra/1234575"
P6 = "/sociedade/2026/11/24/incendio-em-armazem-de-cortica-corta-estrada/1234601"
P7 = "/desporto/2026/11/23/cd-tejo-da-a-volta-ao-atletico-da-serra/1234488"
P8 = "/noticia/exportacoes-de-vinho-do-alto-tejo-crescem-1234532"
P9 = "/sociedade/2025/12/12/luzes-de-natal-acendem-se-na-baixa/1187342"
P11 = "/economia/2026/11/25/feira-de-maquinaria-agricola-abre/1234655"
P10 = "/acores/2026/11/22/escolas-do-interior-vao-receber-assistentes/1234390"

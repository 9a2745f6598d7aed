"""Vocea Carpaților: a recorded Romanian national news site for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

VOCEA = "https://www.voceacarpatilor.example"

_RO_PARAS = {
    "tramvai": [
        "Primăria municipiului Valea Sorilor a anunțat marți că va prelungi linia de tramvai 7 până în cartierul Dealul Morii, unde locuiesc peste douăzeci de mii de oameni.",
        "Lucrările ar urma să înceapă în primăvară și să dureze paisprezece luni, iar costul estimat este de 38 de milioane de lei, bani atrași în mare parte din fonduri europene.",
        "De la 1 decembrie, până la începerea șantierului, pe traseul viitoarei linii va circula un autobuz de navetă la fiecare douăsprezece minute.",
        "Locuitorii cartierului au cerut de mai mulți ani o legătură directă cu centrul orașului, după ce două linii de autobuz au fost desființate.",
    ],
    "ploi": [
        "Ploile abundente căzute în ultimele două zile au umflat apele râului Târnăvița, iar autorităţile din judeţul Argeşel au emis un cod galben de inundaţii.",
        "Pompierii au evacuat preventiv şase familii din satul Lunca Mică, unde apa a ajuns la câţiva metri de case.",
        "Meteorologii spun că precipitaţiile se vor opri joi dimineaţă, dar nivelul râurilor va rămâne ridicat până la sfârşitul săptămânii.",
    ],
    "buget": [
        "Guvernul a adoptat miercuri proiectul de buget pentru anul 2027, care prevede un deficit de 5,1 la sută din produsul intern brut.",
        "Cele mai mari creșteri de fonduri sunt alocate sănătății și infrastructurii de transport, potrivit ministrului finanțelor.",
        "Proiectul urmează să fie dezbătut în comisiile de specialitate ale Parlamentului începând de săptămâna viitoare.",
    ],
    "handbal": [
        "Echipa de handbal feminin CSM Valea Sorilor a câștigat cu 31-27 meciul de pe teren propriu cu Dunărea Port Nou, în etapa a zecea a campionatului.",
        "Gazdele au condus aproape tot meciul, iar portarul Irina Dobre a avut paisprezece parade decisive în repriza a doua.",
        "Cu această victorie, echipa urcă pe locul al treilea în clasament, la două puncte de lider.",
    ],
    "festival": [
        "Peste cinci mii de spectatori au participat sâmbătă seara la deschiderea festivalului de muzică folk de pe malul lacului Sărata Nouă.",
        "Programul cuprinde patru seri de concerte, ateliere de instrumente tradiționale și o expoziție de fotografie dedicată satelor de munte.",
        "Organizatorii au anunțat că intrarea rămâne gratuită datorită sprijinului consiliului județean.",
    ],
    "trafic": [
        "Circulația pe drumul național dintre Pietrele Albe și Valea Sorilor a fost restricționată pe un sens, după ce un camion încărcat cu lemne s-a răsturnat în curba de la Poiana Verde.",
        "Șoferul a fost transportat la spital cu răni ușoare, iar echipajele de intervenție lucrează la degajarea carosabilului.",
    ],
    "vreme": [
        "Meteorologii anunță o răcire accentuată a vremii începând de joi, cu temperaturi minime de până la minus opt grade în depresiunile din centrul țării.",
        "În zonele de munte vor cădea ninsori, iar stratul de zăpadă poate depăși zece centimetri la altitudini de peste o mie cinci sute de metri.",
        "Autoritățile recomandă șoferilor să își echipeze mașinile pentru iarnă înainte de a pleca la drum.",
    ],
    "chisinau": [
        "Consiliul municipal din Chișinău a aprobat marți bugetul pentru anul viitor, în valoare de nouă miliarde de lei moldovenești.",
        "Cei mai mulți bani vor merge la reparația străzilor și la modernizarea a patruzeci de grădinițe din sectoarele Botanica și Ciocana.",
        "Consilierii din opoziție au criticat lipsa unor fonduri pentru transportul public din suburbii.",
    ],
    "vin": [
        "Producătorii de vin din raionul Codrenii Noi estimează o recoltă cu o cincime mai mare decât anul trecut, după o toamnă lungă și secetoasă.",
        "Cramele mici au început deja să vândă vinul nou la târgurile de weekend din Bălțile Vechi și din capitală.",
        "Asociația viticultorilor spune însă că prețul strugurilor a scăzut, iar unii fermieri abia își acoperă costurile.",
    ],
}


def vocea_carpatilor() -> CmsSite:
    """A Romanian national site on Bucharest's clock (+02:00 in winter, +03:00 in summer) with a
    Moldovan section (Chisinau: the same offsets, its summer time changes an hour earlier in UTC):
    ``/actualitate/<titlu>-<id>`` and ``/stiri/AAAA/LL/ZZ/<titlu>.html`` URLs, dates printed
    "Marți, 24 noiembrie 2026, ora 14:05", "24.11.2026 14:05", "Actualizat: 25.11.2026 08:30",
    "acum 2 ore", "ieri, 18:20" and "azi, 09:15", legacy cedilla letters (ş, ţ) beside the
    comma-below ones, a July article modified in November, bylines "de Andrei Popescu",
    "Autor: ...", "Agerpres" and "Sursa: News.ro", "Citește și"/"Vezi și" boxes in the body,
    ``/pagina/2`` pagination, tag (``/tag/``, ``/subiect/``), author (``/autor/``), gallery and
    video pages, a sitemap index in robots.txt and an RSS feed."""
    site = CmsSite(
        "vocea-carpatilor", VOCEA + "/", datetime.fromisoformat("2026-11-25T13:00:00+00:00")
    )
    u = VOCEA.__add__
    host = "voceacarpatilor.example"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="ro"><head><meta charset="utf-8">'
            f"<title>{title} - Vocea Carpaților</title>"
            '<meta property="og:site_name" content="Vocea Carpaților">'
            '<link rel="alternate" type="application/rss+xml" title="Vocea Carpaților" '
            'href="/rss">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">Vocea Carpaților</a><nav class="meniu"><ul>'
            '<li><a href="/actualitate">Actualitate</a></li>'
            '<li><a href="/economie">Economie</a></li><li><a href="/sport">Sport</a></li>'
            '<li><a href="/cultura">Cultură</a></li><li><a href="/moldova">Moldova</a></li>'
            '<li><a href="/video">Video</a></li><li><a href="/galerie-foto">Foto</a></li>'
            '<li><a href="/cautare?q=">Căutare</a></li><li><a href="/cont/autentificare">'
            "Contul meu</a></li></ul></nav></header>"
            f"{body}"
            '<footer><a href="/despre-noi">Despre noi</a> <a href="/confidentialitate">'
            "Politica de confidențialitate</a><p>© 2026 Vocea Carpaților SRL. Toate drepturile "
            "rezervate.</p></footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<article class="card"><h2><a href="{href}">Știre</a></h2></article>' for href in links
        )
        more = (
            f'<div class="paginare"><a href="{next_href}" class="next">Pagina următoare</a></div>'
            if next_href
            else ""
        )
        return page(title, f'<main><h1>{title}</h1><div class="lista">{cards}</div>{more}</main>')

    def author(name: str, slug: str) -> str:
        return f'<a href="/autor/{slug}" rel="author">{name}</a>'

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
        trailer: str = "",
    ) -> str:
        tag_links = "".join(f'<a href="/{s}" class="eticheta">{n}</a>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        slug, name = section
        return page(
            title,
            f'<main><nav class="breadcrumbs"><a href="/">Acasă</a> » <a href="/{slug}">{name}</a>'
            f'</nav><article class="articol"><h1 class="titlu">{title}</h1>'
            f'<p class="sapou">{dek}</p><div class="autor">{byline}</div>'
            f'<div class="data-publicarii">{dates}</div>'
            f'<div class="continut-articol">{body_html}{trailer}</div>'
            f'<div class="etichete"><span>Etichete:</span> {tag_links}</div>'
            '<div class="distribuie"><a href="https://social.example/share?u=articol">'
            "Distribuie</a></div></article>"
            '<aside class="cele-mai-citite"><h2>Cele mai citite</h2><ol>'
            f'<li><a href="{R1}">Linia de tramvai 7, prelungită până în Dealul Morii</a></li>'
            "</ol></aside></main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{VOCEA}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def citeste(label: str, links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return f'<div class="related-inline"><p><strong>{label}</strong></p><ul>{items}</ul></div>'

    def ad() -> str:
        return '<div class="reclama"><span>Publicitate</span><div id="ad-slot-2"></div></div>'

    news_ld = news_ld_for("Vocea Carpaților", language="ro-RO")

    img = VOCEA + "/uploads/2026/"

    # R1: JSON-LD at +02:00; printed "Marți, 24 noiembrie 2026, ora 14:05" and "Actualizat:
    # 25.11.2026 08:30"; "de Andrei Popescu"; a paragraph opening "De la 1 decembrie" (not a
    # byline); "Citește și:" and "Vezi și:" boxes in the body.
    r1_title = "Linia de tramvai 7 va fi prelungită până în cartierul Dealul Morii"
    r1_dek = "Lucrările de 38 de milioane de lei ar urma să înceapă în primăvară."
    tramvai = _RO_PARAS["tramvai"]
    r1_body = (
        paras(tramvai[:2]) + ad()
        + citeste("Citește și:", [(R6, "Trafic restricționat pe drumul național la Poiana Verde")])
        + paras(tramvai[2:3])
        + citeste("Vezi și:", [(R2, "Cod galben de inundaţii pe Târnăviţa")])
        + paras(tramvai[3:])
    )  # fmt: skip
    site.add(u(R1), story(
        R1, r1_title, r1_dek, r1_body,
        dates='<span class="publicat">Marți, 24 noiembrie 2026, ora 14:05</span> '
        '<span class="actualizat">Actualizat: 25.11.2026 08:30</span>',
        byline="de " + author("Andrei Popescu", "andrei-popescu"),
        section=("actualitate", "Actualitate"),
        tags=[("tag/transport-public", "transport public"), ("tag/valea-sorilor", "Valea Sorilor")],
        image=img + "11/tramvai.jpg",
        ld=news_ld(r1_title, r1_dek, articleSection="Actualitate",
                   datePublished="2026-11-24T14:05:00+02:00",
                   dateModified="2026-11-25T08:30:00+02:00",
                   author=person("Andrei Popescu"),
                   image={"@type": "ImageObject", "url": img + "11/tramvai.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(R1), site=host, article_id="10234567", title=r1_title, description=r1_dek,
        authors=["Andrei Popescu"], published_at="2026-11-24T12:05:00Z",
        published_raw="2026-11-24T14:05:00+02:00", modified_at="2026-11-25T06:30:00Z",
        modified_raw="2026-11-25T08:30:00+02:00", section="actualitate",
        tags=["transport public", "Valea Sorilor"], body="\n\n".join(tramvai),
        image_url=img + "11/tramvai.jpg", language="ro",
    )  # fmt: skip

    # R2: an older CMS: no JSON-LD, cedilla letters (ş, ţ) throughout, printed "Marţi, 24
    # noiembrie 2026, ora 10:40" and "Actualizat: 24.11.2026 16:15" (no zone: Bucharest's
    # +02:00), "Autor: Ioana Marinescu" in plain text, "Citeşte şi:" in the body.
    r2_title = "Cod galben de inundaţii pe Târnăviţa, şase familii evacuate"
    r2_dek = "Apele au ajuns la câţiva metri de case în satul Lunca Mică."
    ploi = _RO_PARAS["ploi"]
    site.add(u(R2), story(
        R2, r2_title, r2_dek,
        paras(ploi[:1]) + citeste("Citeşte şi:", [(R7, "Vine frigul: minus opt grade")])
        + paras(ploi[1:]),
        dates="<span>Marţi, 24 noiembrie 2026, ora 10:40</span> | "
        "<span>Actualizat: 24.11.2026 16:15</span>",
        byline="<span>Autor: Ioana Marinescu</span>",
        section=("actualitate", "Actualitate"),
        tags=[("subiect/inundatii", "inundaţii")],
        meta='<meta property="article:section" content="Actualitate">',
    ))  # fmt: skip
    site.article(
        url=u(R2), site=host, title=r2_title, description=r2_dek,
        authors=["Ioana Marinescu"], published_at="2026-11-24T08:40:00Z",
        published_raw="24 noiembrie 2026, ora 10:40", modified_at="2026-11-24T14:15:00Z",
        modified_raw="24.11.2026 16:15", section="actualitate", tags=["inundaţii"],
        body="\n\n".join(ploi), language="ro",
    )  # fmt: skip

    # R3: an agency story: "Agerpres" alone in the author box (JSON-LD names no author); the
    # agency's closing credit line is no body text.
    r3_title = "Guvernul a adoptat proiectul de buget pentru 2027"
    r3_dek = "Deficitul prevăzut este de 5,1 la sută din PIB."
    buget = _RO_PARAS["buget"]
    site.add(u(R3), story(
        R3, r3_title, r3_dek, paras(buget) + "<p><em>Sursa: AGERPRES</em></p>",
        dates="<span>25 noiembrie 2026, 11:20</span>",
        byline='<span class="sursa">Agerpres</span>',
        section=("economie", "Economie"), tags=[("tag/buget", "buget")],
        image=img + "11/guvern.jpg",
        ld=news_ld(r3_title, r3_dek, articleSection="Economie",
                   datePublished="2026-11-25T11:20:00+02:00"),
    ))  # fmt: skip
    site.article(
        url=u(R3), site=host, title=r3_title, description=r3_dek,
        authors=["Agerpres"], published_at="2026-11-25T09:20:00Z",
        published_raw="2026-11-25T11:20:00+02:00", section="economie", tags=["buget"],
        body="\n\n".join(buget), image_url=img + "11/guvern.jpg", language="ro",
    )  # fmt: skip

    # R4: "Sursa: News.ro" as the byline; "24.11.2026 21:35" printed, JSON-LD without a zone.
    r4_title = "CSM Valea Sorilor a învins Dunărea Port Nou și urcă pe podium"
    r4_dek = "Portarul Irina Dobre a avut paisprezece parade în repriza a doua."
    handbal = _RO_PARAS["handbal"]
    site.add(u(R4), story(
        R4, r4_title, r4_dek, paras(handbal),
        dates="<time>24.11.2026 21:35</time>",
        byline="<span>Sursa: News.ro</span>",
        section=("sport", "Sport"), tags=[("tag/handbal", "handbal")],
        ld=news_ld(r4_title, r4_dek, articleSection="Sport",
                   datePublished="2026-11-24T21:35:00"),
    ))  # fmt: skip
    site.article(
        url=u(R4), site=host, title=r4_title, description=r4_dek,
        authors=["News.ro"], published_at="2026-11-24T19:35:00Z",
        published_raw="2026-11-24T21:35:00", section="sport", tags=["handbal"],
        body="\n\n".join(handbal), language="ro",
    )  # fmt: skip

    # R5: a July article (+03:00) modified in November (+02:00); the modification only
    # zoneless in JSON-LD and printed; in the July sitemap at +03:00.
    r5_title = "Cinci mii de spectatori la deschiderea festivalului folk de la Sărata Nouă"
    r5_dek = "Patru seri de concerte și ateliere de instrumente tradiționale, cu intrare liberă."
    festival = _RO_PARAS["festival"]
    site.add(u(R5), story(
        R5, r5_title, r5_dek, paras(festival),
        dates="<span>18 iulie 2026, 22:40</span> "
        "<span>Actualizat: 20.11.2026 09:10</span>",
        byline="de " + author("Maria Ionescu", "maria-ionescu"),
        section=("cultura", "Cultură"), tags=[("subiect/festivaluri", "festivaluri")],
        image=img + "07/festival-folk.jpg",
        ld=news_ld(r5_title, r5_dek, articleSection="Cultură",
                   datePublished="2026-07-18T22:40:00+03:00",
                   dateModified="2026-11-20T09:10:00", author=person("Maria Ionescu")),
    ))  # fmt: skip
    site.article(
        url=u(R5), site=host, article_id="10198765", title=r5_title, description=r5_dek,
        authors=["Maria Ionescu"], published_at="2026-07-18T19:40:00Z",
        published_raw="2026-07-18T22:40:00+03:00", modified_at="2026-11-20T07:10:00Z",
        modified_raw="2026-11-20T09:10:00", section="cultura", tags=["festivaluri"],
        body="\n\n".join(festival), image_url=img + "07/festival-folk.jpg", language="ro",
    )  # fmt: skip

    # R6: "acum 2 ore" only (two hours before the crawl); "de Radu Constantin" in plain text.
    r6_title = "Trafic restricționat pe drumul național la Poiana Verde"
    r6_dek = "Un camion încărcat cu lemne s-a răsturnat într-o curbă."
    trafic = _RO_PARAS["trafic"]
    site.add(u(R6), story(
        R6, r6_title, r6_dek, paras(trafic),
        dates='<span class="timp-relativ">acum 2 ore</span>',
        byline="<span>de Radu Constantin</span>",
        section=("actualitate", "Actualitate"), tags=[("tag/trafic", "trafic")],
    ))  # fmt: skip
    site.article(
        url=u(R6), site=host, article_id="10234610", title=r6_title, description=r6_dek,
        authors=["Radu Constantin"], published_at="2026-11-25T11:00:00Z",
        published_raw="acum 2 ore", section="actualitate", tags=["trafic"],
        body="\n\n".join(trafic), language="ro",
    )  # fmt: skip

    # R7: published "ieri, 18:20" (yesterday) and updated "azi, 09:15" (today), both on
    # Bucharest's wall clock the day of the crawl.
    r7_title = "Vine frigul: minus opt grade în depresiunile din centrul țării"
    r7_dek = "Ninsori la munte de joi, șoferii sunt sfătuiți să echipeze mașinile de iarnă."
    vreme = _RO_PARAS["vreme"]
    site.add(u(R7), story(
        R7, r7_title, r7_dek, paras(vreme),
        dates="<span>ieri, 18:20</span> <span>Actualizat: azi, 09:15</span>",
        byline="<span>Autor: Cristina Vlad</span>",
        section=("actualitate", "Actualitate"), tags=[("tag/vremea", "vremea")],
    ))  # fmt: skip
    site.article(
        url=u(R7), site=host, article_id="10234580", title=r7_title, description=r7_dek,
        authors=["Cristina Vlad"], published_at="2026-11-24T16:20:00Z",
        published_raw="ieri, 18:20", modified_at="2026-11-25T07:15:00Z",
        modified_raw="azi, 09:15", section="actualitate", tags=["vremea"],
        body="\n\n".join(vreme), language="ro",
    )  # fmt: skip

    # R8: the Moldovan section (Chisinau's clock, +02:00 in November): printed "24 noiembrie
    # 2026, 14:05" with no zone, "de Elena Rusu", a dek with "de" as "of".
    r8_title = "Chișinăul are buget pentru anul viitor: nouă miliarde de lei"
    r8_dek = "Bani de reparații pentru străzi și patruzeci de grădinițe."
    chisinau = _RO_PARAS["chisinau"]
    site.add(u(R8), story(
        R8, r8_title, r8_dek, paras(chisinau),
        dates="<span>24 noiembrie 2026, 14:05</span>",
        byline="de " + author("Elena Rusu", "elena-rusu"),
        section=("moldova", "Moldova"), tags=[("tag/chisinau", "Chișinău")],
        image=img + "11/chisinau-primarie.jpg",
    ))  # fmt: skip
    site.article(
        url=u(R8), site=host, article_id="10234599", title=r8_title, description=r8_dek,
        authors=["Elena Rusu"], published_at="2026-11-24T12:05:00Z",
        published_raw="24 noiembrie 2026, 14:05", section="moldova", tags=["Chișinău"],
        body="\n\n".join(chisinau), image_url=img + "11/chisinau-primarie.jpg", language="ro",
    )  # fmt: skip

    # R9: Moldovan, on /stiri/ dated URLs, reached only from /moldova/pagina/2; a late
    # October date after both countries' summer time ended (+02:00), JSON-LD +02:00.
    r9_title = "Recoltă de struguri cu o cincime mai mare în Codrenii Noi"
    r9_dek = "Cramele mici vând deja vinul nou la târgurile de weekend."
    vin = _RO_PARAS["vin"]
    site.add(u(R9), story(
        R9, r9_title, r9_dek, paras(vin[:2]) + ad() + paras(vin[2:]),
        dates="<span>Marți, 27 octombrie 2026, ora 07:30</span>",
        byline="de " + author("Elena Rusu", "elena-rusu") + " și "
        + author("Victor Ciobanu", "victor-ciobanu"),
        section=("moldova", "Moldova"), tags=[("subiect/vin", "vin")],
        ld=news_ld(r9_title, r9_dek, articleSection="Moldova",
                   datePublished="2026-10-27T07:30:00+02:00",
                   author=[person("Elena Rusu"), person("Victor Ciobanu")]),
    ))  # fmt: skip
    site.article(
        url=u(R9), site=host, title=r9_title, description=r9_dek,
        authors=["Elena Rusu", "Victor Ciobanu"], published_at="2026-10-27T05:30:00Z",
        published_raw="2026-10-27T07:30:00+02:00", section="moldova", tags=["vin"],
        body="\n\n".join(vin), language="ro",
    )  # fmt: skip

    # A video and a photo gallery at article-shaped URLs: never items.
    video = "/video/inundatii-in-lunca-mica-10234590"
    site.add(u(video), page(
        "VIDEO Apele Târnăviței au ajuns lângă case",
        "<main><article><h1>VIDEO Apele Târnăviței au ajuns lângă case</h1>"
        "<p>24 noiembrie 2026, 12:00</p>"
        '<video src="/media/lunca-mica.mp4" controls></video>'
        "<p>Imagini filmate de pompieri în satul Lunca Mică.</p></article></main>",
        f'<link rel="canonical" href="{VOCEA}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "VIDEO Apele Târnăviței au ajuns lângă case",
               "uploadDate": "2026-11-24T12:00:00+02:00"}),
    ))  # fmt: skip
    galerie = "/galerie-foto/festivalul-folk-in-imagini-10198800"
    figures = "".join(
        f'<figure><img src="/uploads/2026/07/folk-{i}.jpg" alt="Festival folk">'
        f"<figcaption>Festivalul folk de la Sărata Nouă ({i} din 6).</figcaption></figure>"
        for i in range(1, 7)
    )
    site.add(u(galerie), page(
        "GALERIE FOTO Festivalul folk în imagini",
        f"<main><article><h1>GALERIE FOTO Festivalul folk în imagini</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{VOCEA}{galerie}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "GALERIE FOTO Festivalul folk în imagini",
               "datePublished": "2026-07-19T10:00:00+03:00"}),
    ))  # fmt: skip

    listings = {
        "/tag/transport-public": ("transport public", [R1]),
        "/tag/trafic": ("trafic", [R6]),
        "/subiect/inundatii": ("inundaţii", [R2, video]),
        "/subiect/festivaluri": ("festivaluri", [R5, galerie]),
        "/autor/andrei-popescu": ("Andrei Popescu", [R1]),
        "/autor/elena-rusu": ("Elena Rusu", [R8, R9]),
        "/video": ("Video", [video]),
        "/galerie-foto": ("Galerie foto", [galerie]),
    }
    for path, (title, links) in listings.items():
        site.add(u(path), listing(title, links))
    # tag and author pages are never items; the section listings are crawled for links
    site.never_exported |= {u(video), u(galerie), *(u(p) for p in listings if p.count("/") > 1)}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /cautare\nDisallow: /cont/\n"
        f"Sitemap: {VOCEA}/sitemap_index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap_index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{VOCEA}/sitemap-news.xml</loc>"
        "<lastmod>2026-11-25T11:20:00+02:00</lastmod></sitemap>"
        f"<sitemap><loc>{VOCEA}/sitemap-2026-07.xml</loc>"
        "<lastmod>2026-11-20T09:10:00+02:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (R3, "2026-11-25T11:20:00+02:00", "Guvernul a adoptat proiectul de buget"),
        (R1, "2026-11-24T14:05:00+02:00", "Tramvaiul 7, prelungit"),
        (video, "2026-11-24T12:00:00+02:00", "VIDEO Apele Târnăviței"),
        (R4, "2026-11-24T21:35:00+02:00", "CSM Valea Sorilor urcă pe podium"),
    ]
    site.add(u("/sitemap-news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{VOCEA}{path}</loc><news:news><news:publication>"
            "<news:name>Vocea Carpaților</news:name><news:language>ro</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemap-2026-07.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{VOCEA}{R5}</loc><lastmod>2026-11-20T09:10:00+02:00</lastmod></url>"
        f"<url><loc>{VOCEA}{galerie}</loc><lastmod>2026-07-19T10:00:00+03:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Vocea Carpaților</title><link>{VOCEA}/</link><language>ro</language>"
        f"<item><title>{r3_title}</title><link>{VOCEA}{R3}?utm_source=rss</link>"
        "<pubDate>Wed, 25 Nov 2026 11:20:00 +0200</pubDate></item>"
        f"<item><title>{r4_title}</title><link>{VOCEA}{R4}</link>"
        "<pubDate>Tue, 24 Nov 2026 21:35:00 +0200</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    site.add(u("/"), listing("Vocea Carpaților", [R1, R3, R7, video, galerie, "/tag/trafic"]))
    site.add(u("/actualitate"), listing("Actualitate", [R1, R7], "/actualitate/pagina/2"))
    site.add(u("/actualitate/pagina/2"), listing("Actualitate", [R2, R6]))
    site.add(u("/economie"), listing("Economie", [R3]))
    site.add(u("/sport"), listing("Sport", [R4]))
    site.add(u("/cultura"), listing("Cultură", [R5]))
    site.add(u("/moldova"), listing("Moldova", [R8], "/moldova/pagina/2"))
    site.add(u("/moldova/pagina/2"), listing("Moldova", [R9]))
    site.never_requested |= {u("/cautare?q="), u("/cont/autentificare")}
    return site


R1 = "/actualitate/linia-de-tramvai-7-prelungita-pana-in-dealul-morii-10234567"
R2 = "/stiri/2026/11/24/cod-galben-de-inundatii-pe-tarnavita.html"
R3 = "/stiri/2026/11/25/guvernul-a-adoptat-proiectul-de-buget-pentru-2027.html"
R4 = "/stiri/2026/11/24/csm-valea-sorilor-a-invins-dunarea-port-nou.html"
R5 = "/cultura/festivalul-folk-de-la-sarata-noua-10198765"
R6 = "/actualitate/trafic-restrictionat-la-poiana-verde-10234610"
R7 = "/actualitate/vine-frigul-minus-opt-grade-10234580"
R8 = "/moldova/chisinaul-are-buget-pentru-anul-viitor-10234599"
R9 = "/stiri/2026/10/27/recolta-de-struguri-in-codrenii-noi.html"

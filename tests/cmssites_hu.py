"""Alföldi Hírmondó: a recorded Hungarian national news portal for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, paras, person

HIRMONDO = "https://www.alfoldihirmondo.example"

_HU_PARAS = {
    "villamos": [
        "A fővárosi közgyűlés kedden megszavazta a 4-es villamosvonal meghosszabbítását a Kelenföldi pályaudvartól egészen a Gyárdűlő lakótelepig.",
        "A tervek szerint a négy kilométeres új szakaszon hat megálló épül, a munkálatok jövő tavasszal kezdődhetnek és két évig tartanak.",
        "A beruházás költsége megközelíti a harmincmilliárd forintot, amelynek nagyobb részét uniós forrásból fedeznék.",
        "A lakótelepen élők évek óta kérik a kötöttpályás kapcsolatot, most a reggeli csúcsban zsúfolt buszokkal jutnak el a metróig.",
    ],
    "korhaz": [
        "Átadták a nyírvári megyei kórház felújított sürgősségi osztályát, ahol ezentúl egyszerre negyven beteget tudnak ellátni.",
        "Az új épületszárnyban külön várót alakítottak ki a gyerekeknek, és a mentők is fedett beállón adhatják át a betegeket.",
        "Az igazgató szerint a várakozási idő a felére csökkenhet, ha sikerül betölteni a még üres orvosi állásokat.",
    ],
    "iskola": [
        "Tizenkét vidéki kisiskola kap új tornatermet a következő két évben a kormány által meghirdetett program keretében.",
        "A nyertes települések listáját pénteken tették közzé, a legtöbb iskola az Alföldön és a Dél-Dunántúlon található.",
        "A polgármesterek szerint a tornaterem nemcsak a diákoknak, hanem a falu sportegyesületeinek is otthont adhat.",
    ],
    "balaton": [
        "Rekordot döntött idén nyáron a Balaton-átúszás, a szervezők szerint több mint tizenegyezer ember teljesítette a távot.",
        "A rajt Révfülöpön reggel hétkor volt, a leggyorsabb úszó alig több mint egy óra alatt ért partot Balatonbogláron.",
        "A mentőszolgálat harminc csónakkal biztosította a versenyt, komolyabb baleset nem történt.",
    ],
    "aratas": [
        "Befejeződött az aratás az alföldi megyékben, a gazdák az aszályos tavasz ellenére közepes búzatermésről számolnak be.",
        "A hektáronkénti átlagtermés öt tonna körül alakult, ami valamivel elmarad a tavalyitól.",
        "A felvásárlási árak egyelőre alacsonyak, ezért sok termelő a raktárakban tartja a gabonát.",
    ],
    "forint": [
        "Gyengült a forint kedden délután, az euró árfolyama átmenetileg négyszázhúsz forint fölé emelkedett.",
        "Az elemzők szerint a mozgás mögött elsősorban a nemzetközi hangulat romlása áll, nem hazai hírek.",
        "A jegybank következő kamatdöntő ülését két hét múlva tartja.",
    ],
    "kezilabda": [
        "A Szegedi Vízió Kézilabda Klub hazai pályán negyven-harminchárom arányban legyőzte a Pelsőci Bányászt a bajnokság tizedik fordulójában.",
        "A vendégek a félidőben még egy góllal vezettek, de a második játékrészben a hazaiak kapusa több büntetőt is hárított.",
        "A győzelemmel a szegedi csapat egy pontra megközelítette a tabella élén álló fővárosi együttest.",
    ],
    "konyvtar": [
        "Negyven év után új épületbe költözik a békésvári városi könyvtár, a régi ház ugyanis statikai okokból nem újítható fel.",
        "Az új épület a volt malom helyén áll, a kölcsönzés jövő hétfőtől már ott indul.",
    ],
    "fagy": [
        "Erős éjszakai fagyokra figyelmeztet a meteorológiai szolgálat, az északi völgyekben mínusz tíz fok is lehet.",
        "A hideg miatt több megyében is sárga figyelmeztetést adtak ki, a hajléktalanellátók megnyitották a nappali melegedőket.",
        "A hét második felében enyhülés várható, de az ország nagy részén marad a köd.",
    ],
    "hatar": [
        "Újra megnyílt a forgalom előtt a szlovák-magyar határ egyik kisebb átkelője, amelyet a hídfelújítás miatt zártak le tavasszal.",
        "A két ország közlekedési minisztere közösen adta át a megerősített hidat, amelyen ezentúl a tizenkét tonnánál nehezebb járművek is áthajthatnak.",
        "A környékbeli vállalkozások szerint a lezárás alatt naponta ötven kilométert kellett kerülniük.",
    ],
    "arviz": [
        "Tetőzött a Tisza Szolnoknál, a vízügyi szakemberek szerint a gátak jól bírják a terhelést.",
        "A védekezésben több száz önkéntes vett részt, akik homokzsákokkal erősítették meg a töltés gyengébb pontjait.",
        "A jövő héttől lassú apadás várható, a harmadfokú készültséget azonban csak később oldják fel.",
    ],
    "gazvezetek": [
        "Megkezdődött a gázvezeték cseréje a debreceni belvárosban, a munkálatok miatt három utcát zárnak le hétfőtől.",
        "A szolgáltató szerint a régi acélcsöveket műanyagra cserélik, ami csökkenti a szivárgások kockázatát.",
        "A lakók legfeljebb egy napig maradhatnak gáz nélkül, erről levélben értesítik őket.",
    ],
    "piac": [
        "Új vásárcsarnok épül Kiskunmajsán a régi piactér helyén, a tervek szerint jövő nyárra készül el.",
        "A fedett csarnokban negyven árusítóhely lesz, a helyi termelők kedvezményes helypénzt fizetnek.",
        "A polgármester szerint a beruházás a környékbeli falvak gazdáinak is új piacot nyit.",
    ],
    "szinhaz": [
        "Új bemutatóval nyitotta évadját a kecskeréti színház, a társulat egy kortárs magyar drámát állított színpadra.",
        "A darab egy alföldi tanyán élő család három nemzedékének történetét meséli el a rendszerváltástól napjainkig.",
        "A premier közönsége vastapssal fogadta az előadást, amelyet decemberig hétvégente játszanak.",
    ],
}


def alfoldi_hirmondo() -> CmsSite:
    """A Hungarian national news portal on Budapest's clock (+01:00 in winter, +02:00 in
    summer): ``/<rovat>/ÉÉÉÉ/HH/<cím>`` URLs next to ``/<rovat>/ÉÉÉÉHHNN/<cím>-<id>`` ones,
    year-first dates printed "2026. november 24. 14:05", "2026. nov. 23., hétfő 19:40",
    "2026.11.22. 10:15", "2026. 11. 21. 08:00" and "2026. márc. 28. 22:30" (the day before
    the spring change) with "Frissítve:", "Módosítva:", "Publikálva:" and "Közzétéve:"
    labels, relative dates ("2 órája", "45 perce", "tegnap 18:20", "ma 09:15", "Frissítve: 1
    órája"), today's date and name day in the site header, a July article modified in
    November, zoneless JSON-LD and ``article:published_time``, names family name first
    ("Kovács Péter", "Farkas-Bíró Dóra"), "Szerző:", "Írta:" and "MTI" bylines, "Fotó:"
    credits in and outside ``<figure>``, "Kapcsolódó" boxes and "Hirdetés" labels in the
    body, ``?oldal=2`` pagination, a sitemap index over a Google News sitemap and monthly
    sitemaps, an RSS feed, galleries (``/galeria/``, ``/kepgaleria/``) and videos
    (``/video/``, ``/videok/``) some marked up as news articles, tag (``/cimke/``) and author
    (``/szerzo/``) pages."""
    site = CmsSite(
        "alfoldi-hirmondo", HIRMONDO + "/", datetime.fromisoformat("2026-11-25T13:00:00+00:00")
    )
    u = HIRMONDO.__add__
    host = "alfoldihirmondo.example"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8">'
            f"<title>{title} | Alföldi Hírmondó</title>"
            '<meta property="og:site_name" content="Alföldi Hírmondó">'
            '<meta property="og:locale" content="hu_HU">'
            '<link rel="alternate" type="application/rss+xml" title="Alföldi Hírmondó" '
            'href="/rss">'
            f"{extra}</head><body>"
            '<header><div class="fejlec-datum">2026. november 25., szerda | Katalin névnapja</div>'
            '<a class="logo" href="/">Alföldi Hírmondó</a><nav class="fomenu"><ul>'
            '<li><a href="/belfold/">Belföld</a></li><li><a href="/kulfold/">Külföld</a></li>'
            '<li><a href="/gazdasag/">Gazdaság</a></li><li><a href="/sport/">Sport</a></li>'
            '<li><a href="/kultura/">Kultúra</a></li><li><a href="/galeria/">Galéria</a></li>'
            '<li><a href="/video/">Videó</a></li><li><a href="/kereses/?q=">Keresés</a></li>'
            '<li><a href="/belepes/">Belépés</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/impresszum/">Impresszum</a> <a href="/adatvedelem/">Adatvédelem</a>'
            "<p>© 2026 Alföldi Hírmondó Kft. Minden jog fenntartva.</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<article class="cikk-kartya"><h2><a href="{href}">Cikk</a></h2></article>'
            for href in links
        )
        more = (
            f'<nav class="lapozo"><a href="{next_href}" rel="next">Következő oldal &rsaquo;</a></nav>'
            if next_href
            else ""
        )
        return page(
            title, f'<main><h1>{title}</h1><div class="cikklista">{cards}</div>{more}</main>'
        )

    def author_link(name: str, slug: str) -> str:
        return f'<a href="/szerzo/{slug}/">{name}</a>'

    def story(
        path: str,
        title: str,
        lead: str,
        body_html: str,
        *,
        dates: str,
        byline: str,
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
    ) -> str:
        tag_links = "".join(f'<a href="/cimke/{s}/">{n}</a>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            f'<main><article class="cikk"><div class="cikk-fejlec"><h1>{title}</h1>'
            f'<div class="cikk-meta"><div class="szerzo">{byline}</div>'
            f'<div class="datum">{dates}</div></div>'
            f'<p class="lead"><strong>{lead}</strong></p></div>'
            f'<div class="cikk-torzs">{body_html}</div>'
            f'<div class="cimkek">{tag_links}</div>'
            '<div class="megosztas"><a href="https://social.example/share?u=cikk">Megosztás</a>'
            "</div></article>"
            '<aside class="legolvasottabb"><h2>Legolvasottabb</h2><ol>'
            f'<li><a href="{H1}">Meghosszabbítják a 4-es villamost</a></li></ol></aside>'
            "</main>",
            f'<meta name="description" content="{lead}"><link rel="canonical" href="{HIRMONDO}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def hirdetes() -> str:
        return '<div class="hirdetes"><span>Hirdetés</span><div id="ad-zone-3"></div></div>'

    def kapcsolodo(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return f'<div class="kapcsolodo"><h3>Kapcsolódó</h3><ul>{items}</ul></div>'

    def figure(src: str, caption: str, credit: str) -> str:
        return (
            f'<figure class="cikk-kep"><img src="{src}" alt="{caption}">'
            f'<figcaption>{caption} <span class="forras">Fotó: {credit}</span></figcaption>'
            "</figure>"
        )

    def news_ld(title: str, lead: str, **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": lead,
            "inLanguage": "hu",
            "publisher": {"@type": "NewsMediaOrganization", "name": "Alföldi Hírmondó"},
            **more,
        }

    img = HIRMONDO + "/kepek/2026/"

    # H1: JSON-LD at +01:00, printed "2026. november 24. 14:05" and "Frissítve: 2026. november
    # 25. 08:30"; two authors family name first; a photo with its "Fotó:" credit, a
    # "Kapcsolódó" box and a "Hirdetés" label inside the body; in the news sitemap and RSS.
    h1_title = "Meghosszabbítják a 4-es villamost a Gyárdűlő lakótelepig"
    h1_lead = "Hat új megálló épül, a munkák jövő tavasszal kezdődhetnek."
    villamos = _HU_PARAS["villamos"]
    h1_body = (
        paras(villamos[:1])
        + figure(img + "11/villamos.jpg", "A 4-es villamos a Kelenföldi pályaudvarnál.", "Kiss Bence")
        + paras(villamos[1:2]) + hirdetes()
        + kapcsolodo([(H8, "Fagyos éjszakák jönnek"), (H3, "Tornaterem épül tizenkét kisiskolában")])
        + paras(villamos[2:])
    )  # fmt: skip
    site.add(u(H1), story(
        H1, h1_title, h1_lead, h1_body,
        dates='<time datetime="2026-11-24T14:05:00+01:00">2026. november 24. 14:05</time> '
        "<span>Frissítve: 2026. november 25. 08:30</span>",
        byline=author_link("Kovács Péter", "kovacs-peter") + ", "
        + author_link("Farkas-Bíró Dóra", "farkas-biro-dora"),
        tags=[("villamos", "villamos"), ("kozlekedes", "közlekedés")],
        image=img + "11/villamos.jpg",
        ld=news_ld(h1_title, h1_lead, articleSection="Belföld",
                   datePublished="2026-11-24T14:05:00+01:00",
                   dateModified="2026-11-25T08:30:00+01:00",
                   author=[person("Kovács Péter"), person("Farkas-Bíró Dóra")],
                   image={"@type": "ImageObject", "url": img + "11/villamos.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(H1), site=host, title=h1_title, description=h1_lead,
        authors=["Kovács Péter", "Farkas-Bíró Dóra"], published_at="2026-11-24T13:05:00Z",
        published_raw="2026-11-24T14:05:00+01:00", modified_at="2026-11-25T07:30:00Z",
        modified_raw="2026-11-25T08:30:00+01:00", section="belfold",
        tags=["villamos", "közlekedés"], body="\n\n".join(villamos),
        image_url=img + "11/villamos.jpg", language="hu",
    )  # fmt: skip

    # H2: no JSON-LD, no <time>: "2026. nov. 23., hétfő 19:40" without a zone (Budapest's
    # +01:00 in November); a plain-text byline of one name.
    h2_title = "Megújult a nyírvári kórház sürgősségi osztálya"
    h2_lead = "Egyszerre negyven beteget tudnak ellátni az új épületszárnyban."
    korhaz = _HU_PARAS["korhaz"]
    site.add(u(H2), story(
        H2, h2_title, h2_lead, paras(korhaz[:2])
        + f'<p><strong>Kapcsolódó:</strong> <a href="{H1}">Meghosszabbítják a 4-es villamost</a></p>'
        + paras(korhaz[2:]),
        dates="<span>2026. nov. 23., hétfő 19:40</span>",
        byline="<span>Nagy Anna</span>",
        tags=[("egeszsegugy", "egészségügy")],
        meta='<meta property="article:section" content="Belföld">',
    ))  # fmt: skip
    site.article(
        url=u(H2), site=host, title=h2_title, description=h2_lead,
        authors=["Nagy Anna"], published_at="2026-11-23T18:40:00Z",
        published_raw="2026. nov. 23., hétfő 19:40", section="belfold",
        tags=["egészségügy"], body="\n\n".join(korhaz), language="hu",
    )  # fmt: skip

    # H3: "Publikálva: 2026.11.22. 10:15" and "Frissítve: 2026.11.22. 16:40" (numbers with
    # dots, no zone); "Szerző: Szabó Eszter"; only on /belfold/?oldal=2.
    h3_title = "Tornaterem épül tizenkét vidéki kisiskolában"
    h3_lead = "A legtöbb nyertes település az Alföldön és a Dél-Dunántúlon van."
    iskola = _HU_PARAS["iskola"]
    site.add(u(H3), story(
        H3, h3_title, h3_lead, paras(iskola),
        dates="<p>Publikálva: 2026.11.22. 10:15</p><p>Frissítve: 2026.11.22. 16:40</p>",
        byline="Szerző: " + author_link("Szabó Eszter", "szabo-eszter"),
        tags=[("oktatas", "oktatás")],
    ))  # fmt: skip
    site.article(
        url=u(H3), site=host, title=h3_title, description=h3_lead,
        authors=["Szabó Eszter"], published_at="2026-11-22T09:15:00Z",
        published_raw="2026.11.22. 10:15", modified_at="2026-11-22T15:40:00Z",
        modified_raw="2026.11.22. 16:40", section="belfold",
        tags=["oktatás"], body="\n\n".join(iskola), language="hu",
    )  # fmt: skip

    # H4: a July article (CEST, +02:00) modified in November (CET, +01:00), both in JSON-LD
    # and printed with "Közzétéve:" and "Frissítve:"; in the July sitemap.
    h4_title = "Rekordot döntött a Balaton-átúszás"
    h4_lead = "Több mint tizenegyezren úszták át a tavat Révfülöp és Balatonboglár között."
    balaton = _HU_PARAS["balaton"]
    related = (
        '<div class="kapcsolodo-cikk"><span class="cimke-felirat">Kapcsolódó</span>'
        f'<a href="{H5}"><img src="/kepek/2026/08/aratas-kicsi.jpg" alt=""><h4>Véget ért az '
        "aratás az alföldi megyékben</h4></a><p>A gazdák az aszályos tavasz ellenére közepes "
        "búzatermésről számolnak be, a felvásárlási árak azonban egyelőre alacsonyak.</p></div>"
    )
    site.add(u(H4), story(
        H4, h4_title, h4_lead, paras(balaton[:2]) + related + paras(balaton[2:]),
        dates="<span>Közzétéve: 2026. július 18. 16:20</span> "
        "<span>Frissítve: 2026. november 20. 09:00</span>",
        byline=author_link("Tóth Gábor", "toth-gabor"),
        tags=[("balaton", "Balaton")], image=img + "07/balaton.jpg",
        ld=news_ld(h4_title, h4_lead, articleSection="Sport",
                   datePublished="2026-07-18T16:20:00+02:00",
                   dateModified="2026-11-20T09:00:00+01:00", author=person("Tóth Gábor")),
    ))  # fmt: skip
    site.article(
        url=u(H4), site=host, title=h4_title, description=h4_lead,
        authors=["Tóth Gábor"], published_at="2026-07-18T14:20:00Z",
        published_raw="2026-07-18T16:20:00+02:00", modified_at="2026-11-20T08:00:00Z",
        modified_raw="2026-11-20T09:00:00+01:00", section="sport", tags=["Balaton"],
        body="\n\n".join(balaton), image_url=img + "07/balaton.jpg", language="hu",
    )  # fmt: skip

    # H5: an August article printed "Közzétéve: 2026. augusztus 3. 07:45" and in its
    # article:published_time, both without a zone: Budapest's summer +02:00.
    h5_title = "Véget ért az aratás az alföldi megyékben"
    h5_lead = "Közepes búzatermés az aszályos tavasz után."
    aratas = _HU_PARAS["aratas"]
    site.add(u(H5), story(
        H5, h5_title, h5_lead, paras(aratas),
        dates="<span>Közzétéve: 2026. augusztus 3. 07:45</span>",
        byline=author_link("Balogh Zsófia", "balogh-zsofia"),
        tags=[("mezogazdasag", "mezőgazdaság")],
        meta='<meta property="article:published_time" content="2026-08-03T07:45:00">',
    ))  # fmt: skip
    site.article(
        url=u(H5), site=host, title=h5_title, description=h5_lead,
        authors=["Balogh Zsófia"], published_at="2026-08-03T05:45:00Z",
        published_raw="2026-08-03T07:45:00", section="gazdasag",
        tags=["mezőgazdaság"], body="\n\n".join(aratas), language="hu",
    )  # fmt: skip

    # H6: "2 órája" only (two hours before the crawl); a numeric id after the slug.
    h6_title = "Gyengült a forint, négyszázhúsz fölött az euró"
    h6_lead = "Az elemzők a nemzetközi hangulatot okolják."
    forint = _HU_PARAS["forint"]
    site.add(u(H6), story(
        H6, h6_title, h6_lead, paras(forint[:2]) + hirdetes() + paras(forint[2:]),
        dates='<span class="relativ-ido">2 órája</span>',
        byline=author_link("Molnár Levente", "molnar-levente"),
        tags=[("forint", "forint"), ("arfolyam", "árfolyam")],
    ))  # fmt: skip
    site.article(
        url=u(H6), site=host, article_id="712345", title=h6_title, description=h6_lead,
        authors=["Molnár Levente"], published_at="2026-11-25T11:00:00Z",
        published_raw="2 órája", section="gazdasag", tags=["forint", "árfolyam"],
        body="\n\n".join(forint), language="hu",
    )  # fmt: skip

    # H7: "tegnap 18:20" (yesterday, Budapest's wall clock).
    h7_title = "Hazai pályán nyert a Szegedi Vízió"
    h7_lead = "A második félidőben fordított a csapat a Pelsőci Bányász ellen."
    kezi = _HU_PARAS["kezilabda"]
    site.add(u(H7), story(
        H7, h7_title, h7_lead, paras(kezi),
        dates="<span>tegnap 18:20</span>",
        byline=author_link("Varga Máté", "varga-mate"),
        tags=[("kezilabda", "kézilabda")],
    ))  # fmt: skip
    site.article(
        url=u(H7), site=host, title=h7_title, description=h7_lead,
        authors=["Varga Máté"], published_at="2026-11-24T17:20:00Z",
        published_raw="tegnap 18:20", section="sport", tags=["kézilabda"],
        body="\n\n".join(kezi), language="hu",
    )  # fmt: skip

    # H8: "ma 09:15" (today); "Szerző:" with a name in plain text.
    h8_title = "Mínusz tíz fok is lehet az északi völgyekben"
    h8_lead = "Sárga figyelmeztetés több megyében, megnyitottak a melegedők."
    fagy = _HU_PARAS["fagy"]
    site.add(u(H8), story(
        H8, h8_title, h8_lead, paras(fagy),
        dates="<span>ma 09:15</span> <span>Frissítve: 1 órája</span>",
        byline="<span>Szerző: Horváth Lilla</span>",
        tags=[("idojaras", "időjárás")],
    ))  # fmt: skip
    site.article(
        url=u(H8), site=host, title=h8_title, description=h8_lead,
        authors=["Horváth Lilla"], published_at="2026-11-25T08:15:00Z",
        published_raw="ma 09:15", modified_at="2026-11-25T12:00:00Z", modified_raw="1 órája",
        section="belfold", tags=["időjárás"],
        body="\n\n".join(fagy), language="hu",
    )  # fmt: skip

    # H9: an MTI story with a numeric id; JSON-LD published without a zone (the news
    # sitemap prints +01:00); the photo credit "Fotó: MTI/Varga Ádám" under the picture.
    h9_title = "Újra megnyílt a határátkelő a felújított hídon"
    h9_lead = "A nehéz tehergépjárművek is áthajthatnak a megerősített hídon."
    hatar = _HU_PARAS["hatar"]
    site.add(u(H9), story(
        H9, h9_title, h9_lead,
        paras(hatar[:1]) + figure(img + "11/hid.jpg", "A megerősített híd az átadáson.",
                                  "MTI/Varga Ádám") + paras(hatar[1:]),
        dates="<span>2026. november 24. 16:30</span>",
        byline='<span class="forras">MTI</span>',
        tags=[("hatar", "határ")], image=img + "11/hid.jpg",
        ld=news_ld(h9_title, h9_lead, articleSection="Külföld",
                   datePublished="2026-11-24T16:30:00",
                   author={"@type": "Organization", "name": "MTI"}),
    ))  # fmt: skip
    site.article(
        url=u(H9), site=host, article_id="712290", title=h9_title, description=h9_lead,
        authors=["MTI"], published_at="2026-11-24T15:30:00Z",
        published_raw="2026-11-24T16:30:00", section="kulfold", tags=["határ"],
        body="\n\n".join(hatar), image_url=img + "11/hid.jpg", language="hu",
    )  # fmt: skip

    # H10: "2026. márc. 28. 22:30" (CET, the night before the spring change) updated
    # "Frissítve: 2026. ápr. 2. 09:10" (CEST); no JSON-LD; in the March sitemap.
    h10_title = "Új épületbe költözik a békésvári könyvtár"
    h10_lead = "A régi házat statikai okokból nem lehet felújítani."
    konyvtar = _HU_PARAS["konyvtar"]
    site.add(u(H10), story(
        H10, h10_title, h10_lead, paras(konyvtar),
        dates="<span>2026. márc. 28. 22:30</span> <span>Frissítve: 2026. ápr. 2. 09:10</span>",
        byline=author_link("Szabó Eszter", "szabo-eszter"),
        tags=[("konyvtar", "könyvtár")],
    ))  # fmt: skip
    site.article(
        url=u(H10), site=host, title=h10_title, description=h10_lead,
        authors=["Szabó Eszter"], published_at="2026-03-28T21:30:00Z",
        published_raw="2026. márc. 28. 22:30", modified_at="2026-04-02T07:10:00Z",
        modified_raw="2026. ápr. 2. 09:10", section="kultura", tags=["könyvtár"],
        body="\n\n".join(konyvtar), language="hu",
    )  # fmt: skip

    # H11: "2026. szept. 14., hétfő 20:10" (CEST), "Szerző: A és B" in plain text.
    h11_title = "Három nemzedék a tanyán: évadnyitó premier Kecskeréten"
    h11_lead = "Kortárs magyar drámával nyitott a városi színház."
    szinhaz = _HU_PARAS["szinhaz"]
    site.add(u(H11), story(
        H11, h11_title, h11_lead, paras(szinhaz),
        dates="<span>2026. szept. 14., hétfő 20:10</span>",
        byline="<p>Szerző: Kelemen Rita és Fekete Bálint</p>",
        tags=[("szinhaz", "színház")],
    ))  # fmt: skip
    site.article(
        url=u(H11), site=host, title=h11_title, description=h11_lead,
        authors=["Kelemen Rita", "Fekete Bálint"], published_at="2026-09-14T18:10:00Z",
        published_raw="2026. szept. 14., hétfő 20:10", section="kultura", tags=["színház"],
        body="\n\n".join(szinhaz), language="hu",
    )  # fmt: skip

    # H12: an MTI story without JSON-LD: "MTI" alone in the author box, "45 perce" (45 minutes
    # before the crawl), a picture whose caption ends with its "Fotó:" credit outside a
    # <figure>, and the agency's "(MTI)" closing the text.
    h12_title = "Gázvezeték-csere miatt három utcát zárnak le Debrecenben"
    h12_lead = "A lakók legfeljebb egy napig maradhatnak gáz nélkül."
    gaz = _HU_PARAS["gazvezetek"]
    site.add(u(H12), story(
        H12, h12_title, h12_lead,
        paras(gaz[:1])
        + f'<div class="kep"><img src="{img}11/gaz.jpg" alt="Munkagépek a belvárosban">'
        '<p class="kepalairas">Munkagépek a Piac utcában. Fotó: MTI/Kovács Attila</p></div>'
        + paras(gaz[1:2]) + f"<p>{gaz[2]} (MTI)</p>",
        dates='<span class="relativ-ido">45 perce</span>',
        byline="MTI",
        tags=[("debrecen", "Debrecen")], image=img + "11/gaz.jpg",
    ))  # fmt: skip
    site.article(
        url=u(H12), site=host, title=h12_title, description=h12_lead,
        authors=["MTI"], published_at="2026-11-25T12:15:00Z", published_raw="45 perce",
        section="belfold", tags=["Debrecen"],
        body="\n\n".join([*gaz[:2], gaz[2] + " (MTI)"]), image_url=img + "11/gaz.jpg",
        language="hu",
    )  # fmt: skip

    # H13: numbers spaced after their dots, as Hungarian spelling writes them ("2026. 11. 21.
    # 08:00"), updated "Módosítva: 2026. 11. 21. 12:30"; "Írta:" byline; only on /gazdasag/
    # page 2.
    h13_title = "Új vásárcsarnok épül Kiskunmajsán"
    h13_lead = "Negyven árusítóhely, kedvezményes helypénz a helyi termelőknek."
    piac = _HU_PARAS["piac"]
    site.add(u(H13), story(
        H13, h13_title, h13_lead, paras(piac),
        dates="<span>2026. 11. 21. 08:00</span> <span>Módosítva: 2026. 11. 21. 12:30</span>",
        byline="<p>Írta: Fehér Judit</p>",
        tags=[("piac", "piac")],
    ))  # fmt: skip
    site.article(
        url=u(H13), site=host, article_id="712201", title=h13_title, description=h13_lead,
        authors=["Fehér Judit"], published_at="2026-11-21T07:00:00Z",
        published_raw="2026. 11. 21. 08:00", modified_at="2026-11-21T11:30:00Z",
        modified_raw="2026. 11. 21. 12:30", section="gazdasag", tags=["piac"],
        body="\n\n".join(piac), language="hu",
    )  # fmt: skip

    # A video and a gallery at article-shaped URLs: never items.
    video = "/video/2026/11/tetozott-a-tisza-szolnoknal"
    site.add(u(video), page(
        "Tetőzött a Tisza Szolnoknál",
        "<main><article><h1>Tetőzött a Tisza Szolnoknál</h1>"
        "<p>2026. november 24. 11:00</p>"
        '<video src="/media/tisza.mp4" controls></video>'
        f"<p>{_HU_PARAS['arviz'][0]}</p></article></main>",
        f'<link rel="canonical" href="{HIRMONDO}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Tetőzött a Tisza Szolnoknál",
               "uploadDate": "2026-11-24T11:00:00+01:00"}),
    ))  # fmt: skip
    galeria = "/galeria/2026/11/adventi-vasar-kepekben"
    figures = "".join(
        f'<figure><img src="/kepek/2026/11/advent-{i}.jpg" alt="Adventi vásár">'
        f"<figcaption>Adventi vásár a főtéren ({i}/8). Fotó: Kiss Bence</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(u(galeria), page(
        "Adventi vásár képekben",
        f"<main><article><h1>Adventi vásár képekben</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{HIRMONDO}{galeria}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Adventi vásár képekben",
               "datePublished": "2026-11-23T17:00:00+01:00"}),
    ))  # fmt: skip
    # A photo gallery and a video the CMS marks up as news articles ("képgaléria", "videók"):
    # captions and one line of text under a player, never items.
    kepek = "/kepgaleria/2026/11/igy-nez-ki-a-felujitott-sugarut"
    site.add(u(kepek), story(
        kepek, "Így néz ki a felújított sugárút", "Képeken a megújult Petőfi sugárút.",
        "".join(
            f'<figure><img src="/kepek/2026/11/sugarut-{i}.jpg" alt="Sugárút">'
            f"<figcaption>A megújult sugárút ({i}/6). Fotó: Kiss Bence</figcaption></figure>"
            for i in range(1, 7)
        ) + "<p>Fél év munka után újra megnyílt a forgalom előtt a Petőfi sugárút.</p>",
        dates="<span>2026. november 23. 12:00</span>",
        byline=author_link("Kiss Bence", "kiss-bence"),
        ld=news_ld("Így néz ki a felújított sugárút", "Képeken a megújult Petőfi sugárút.",
                   datePublished="2026-11-23T12:00:00+01:00"),
    ))  # fmt: skip
    videok = "/videok/2026/11/a-tisza-tetozese-dronnal"
    site.add(u(videok), story(
        videok, "A Tisza tetőzése drónról", "Drónfelvételen az áradó folyó.",
        '<video src="/media/tisza-dron.mp4" controls></video>'
        f"<p>{_HU_PARAS['arviz'][1]}</p>",
        dates="<span>2026. november 24. 12:30</span>",
        byline=author_link("Varga Máté", "varga-mate"),
        ld=news_ld("A Tisza tetőzése drónról", "Drónfelvételen az áradó folyó.",
                   datePublished="2026-11-24T12:30:00+01:00"),
    ))  # fmt: skip
    site.never_exported |= {u(video), u(galeria), u(kepek), u(videok)}

    # Tag and author pages list stories but are never items.
    for path, title, links in [
        ("/cimke/villamos/", "villamos", [H1]),
        ("/cimke/forint/", "forint", [H6]),
        ("/szerzo/kovacs-peter/", "Kovács Péter", [H1]),
        ("/szerzo/szabo-eszter/", "Szabó Eszter", [H3, H10]),
        ("/szerzo/toth-gabor/", "Tóth Gábor", [H4]),
    ]:
        site.add(u(path), listing(title, links))
        site.never_exported.add(u(path))
    site.never_exported |= {u("/galeria/"), u("/video/")}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /kereses/\nDisallow: /belepes/\n"
        f"Sitemap: {HIRMONDO}/sitemap.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{HIRMONDO}/sitemap/hirek.xml</loc>"
        "<lastmod>2026-11-25T12:00:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{HIRMONDO}/sitemap/2026-07.xml</loc>"
        "<lastmod>2026-11-20T09:00:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{HIRMONDO}/sitemap/2026-03.xml</loc>"
        "<lastmod>2026-04-02T09:10:00+02:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (H6, "2026-11-25T12:00:00+01:00", h6_title),
        (H1, "2026-11-24T14:05:00+01:00", h1_title),
        (H9, "2026-11-24T16:30:00+01:00", h9_title),
        (video, "2026-11-24T11:00:00+01:00", "Tetőzött a Tisza Szolnoknál"),
    ]
    site.add(u("/sitemap/hirek.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{HIRMONDO}{path}</loc><news:news><news:publication>"
            "<news:name>Alföldi Hírmondó</news:name><news:language>hu</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemap/2026-07.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{HIRMONDO}{H4}</loc><lastmod>2026-11-20T09:00:00+01:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemap/2026-03.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{HIRMONDO}{H10}</loc><lastmod>2026-04-02T09:10:00+02:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Alföldi Hírmondó</title><link>{HIRMONDO}/</link><language>hu</language>"
        f"<item><title>{h6_title}</title><link>{HIRMONDO}{H6}?utm_source=rss</link>"
        "<pubDate>Wed, 25 Nov 2026 12:00:00 +0100</pubDate></item>"
        f"<item><title>{h8_title}</title><link>{HIRMONDO}{H8}</link>"
        "<pubDate>Wed, 25 Nov 2026 09:15:00 +0100</pubDate></item>"
        f"<item><title>{h1_title}</title><link>{HIRMONDO}{H1}</link>"
        "<pubDate>Tue, 24 Nov 2026 14:05:00 +0100</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    site.add(
        u("/"),
        listing(
            "Alföldi Hírmondó", [H6, H8, H1, H9, video, galeria, kepek, videok, "/cimke/villamos/"]
        ),
    )
    site.add(u("/belfold/"), listing("Belföld", [H12, H8, H1, H2], "/belfold/?oldal=2"))
    site.add(u("/belfold/?oldal=2"), listing("Belföld", [H3]))
    site.add(u("/kulfold/"), listing("Külföld", [H9]))
    site.add(u("/gazdasag/"), listing("Gazdaság", [H6, H5], "/gazdasag/?oldal=2"))
    site.add(u("/gazdasag/?oldal=2"), listing("Gazdaság", [H13]))
    site.add(u("/sport/"), listing("Sport", [H7, H4]))
    site.add(u("/kultura/"), listing("Kultúra", [H11, H10]))
    site.add(u("/galeria/"), listing("Galéria", [galeria]))
    site.add(u("/video/"), listing("Videó", [video]))
    site.never_requested |= {u("/kereses/?q="), u("/belepes/")}
    return site


H1 = "/belfold/2026/11/meghosszabbitjak-a-4-es-villamost"
H2 = "/belfold/2026/11/megujult-a-nyirvari-korhaz-surgossegi-osztalya"
H3 = "/belfold/2026/11/tornaterem-epul-tizenket-kisiskolaban"
H4 = "/sport/2026/07/rekordot-dontott-a-balaton-atuszas"
H5 = "/gazdasag/2026/08/veget-ert-az-aratas"
H6 = "/gazdasag/20261125/gyengult-a-forint-712345"
H7 = "/sport/2026/11/hazai-palyan-nyert-a-szegedi-vizio"
H8 = "/belfold/2026/11/minusz-tiz-fok-is-lehet"
H9 = "/kulfold/20261124/ujra-megnyilt-a-hatarathelo-712290"
H10 = "/kultura/2026/03/uj-epuletbe-koltozik-a-konyvtar"
H11 = "/kultura/2026/09/evadnyito-premier-kecskereten"
H12 = "/belfold/2026/11/gazvezetek-csere-debrecenben"
H13 = "/gazdasag/20261121/uj-vasarcsarnok-kiskunmajsan-712201"

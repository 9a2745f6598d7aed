"""Tidewater Chronicle: a recorded Atlantic Canadian bilingual site for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

TIDE = "https://www.tidewaterchronicle.example"

_CA_PARAS = {
    "ferry": [
        (
            "The Bayport harbour ferry will keep its fares at $2.75 for another year after "
            "regional council voted 11-4 on Tuesday to cover the shortfall from its reserve fund."
        ),
        (
            "Transit staff had asked for a 25-cent increase, saying the price of marine diesel "
            "rose by nearly a fifth since the spring."
        ),
        (
            "Coun. Ronan Doucet said riders on the Eastshore side had already lost one sailing "
            "an hour this fall and should not be asked to pay more for less."
        ),
        "The freeze costs about $380,000, which council will revisit in the spring budget.",
    ],
    "lobster": [
        (
            "Inshore harvesters in Cape Morrow said the summer lobster season closed with some of "
            "the best catches in a decade, though shore prices fell through July."
        ),
        (
            "The local harvesters' association said boats landed an average of 40 per cent more "
            "than last year in the final two weeks."
        ),
        (
            "Buyers blamed the lower prices on full holding pounds and slower orders from "
            "restaurants in the United States."
        ),
    ],
    "subway": [
        (
            "Toronto's transit agency says a signal failure that stopped trains on its busiest "
            "line for nearly three hours on Monday was caused by a damaged cable."
        ),
        (
            "About 200,000 riders were affected during the evening rush, with shuttle buses "
            "running between six stations."
        ),
        (
            "The agency's chief operating officer said crews replaced the cable overnight and "
            "that a review of the line's older equipment would be done by spring."
        ),
    ],
    "housing": [
        (
            "The federal housing minister says Ottawa will speed up payments to provinces that "
            "approve more rental housing near transit stations."
        ),
        (
            "Speaking in Toronto on Tuesday, the minister said the first cheques would be sent "
            "before the end of the fiscal year."
        ),
        "Opposition critics said the plan does little for rural towns without transit.",
    ],
    "choir": [
        (
            "When the Millbrook Community Choir takes the stage at St. Andrew's Hall next month, "
            "it will mark 50 years since a dozen neighbours first met to sing in a church basement."
        ),
        (
            "Three of the founding members still sing with the choir, which has grown to more "
            "than 60 voices."
        ),
        (
            "The anniversary concert will include a new piece written for the choir by a "
            "composer from Cape Morrow."
        ),
    ],
    "storm": [
        (
            "Environment Canada has issued a wind warning for much of the South Shore, with gusts "
            "of up to 100 kilometres an hour expected along the coast on Sunday."
        ),
        (
            "The utility says it has crews on standby and is asking customers to prepare for "
            "outages that could last more than a day."
        ),
        "Ferry crossings on the Bayport route may be cancelled if the winds reach forecast levels.",
    ],
    "mill": [
        (
            "The new owners of the former Harcourt paper mill say they plan to reopen part of "
            "the site as a wood pellet plant, bringing back about 90 jobs."
        ),
        (
            "The company told a business luncheon in Bayport on Friday that it hopes to begin "
            "production in the second half of 2027."
        ),
        "The province has offered a loan of up to $12 million, subject to environmental approval.",
    ],
    "regatta": [
        (
            "More than 80 boats crossed the start line in Bayport harbour on Monday for the "
            "first day of the Tidewater regatta, the largest in the event's 30-year history."
        ),
        (
            "Light winds in the morning gave way to steady breezes by mid-afternoon, to the "
            "relief of organizers."
        ),
        "The races continue through Saturday, with the final awards held on the waterfront.",
    ],
    "pharmacy": [
        (
            "Pharmacists in Nova Scotia will be able to renew most prescriptions for up to a "
            "year starting in January, the province announced Tuesday."
        ),
        (
            "The change is meant to ease pressure on family doctors, whose wait list has grown "
            "past 100,000 people."
        ),
        "Prescriptions for opioids and some other controlled drugs are not included.",
    ],
    "ecole": [
        (
            "Le conseil scolaire acadien a confirmé mardi que la nouvelle école de Pointe-aux-"
            "Herbes ouvrira ses portes en septembre 2027, avec un an de retard."
        ),
        (
            "La directrice générale a expliqué que la pénurie de main-d'œuvre dans la "
            "construction avait ralenti les travaux tout l'été."
        ),
        (
            "Les parents de la région réclament depuis dix ans une école de langue française "
            "plus près de chez eux."
        ),
    ],
    "festival": [
        (
            "Le festival acadien de Baie-des-Sables a attiré plus de 15 000 visiteurs pendant "
            "ses cinq jours, un record selon les organisateurs."
        ),
        ("Le tintamarre du dernier soir a rempli la rue principale pendant plus d'une heure."),
        "Les bénévoles préparent déjà l'édition de l'an prochain, qui soulignera ses 40 ans.",
    ],
    "quebec": [
        (
            "Le gouvernement du Québec annonce qu'il prolongera d'un an son programme d'aide "
            "aux pêcheurs côtiers touchés par la baisse des quotas."
        ),
        (
            "La ministre responsable a précisé à Montréal que l'enveloppe de 40 millions de "
            "dollars serait versée en deux tranches."
        ),
        (
            "Les associations de pêcheurs disent que l'aide arrive trop tard pour plusieurs "
            "d'entre eux."
        ),
    ],
    "ottawa": [
        (
            "Ottawa veut doubler d'ici cinq ans le nombre d'immigrants francophones qui "
            "s'établissent hors du Québec, a annoncé le ministre fédéral de l'Immigration."
        ),
        (
            "Les organismes acadiens saluent l'objectif, mais rappellent que les services "
            "d'accueil en français manquent toujours dans plusieurs régions."
        ),
        "Le plan sera présenté en détail au printemps.",
    ],
    "quai": [
        (
            "Les travaux de réfection du quai de Pointe-aux-Herbes sont terminés, deux semaines "
            "plus tôt que prévu, a annoncé la municipalité."
        ),
        (
            "Le nouveau quai pourra accueillir une trentaine de bateaux de pêche, soit dix de "
            "plus qu'auparavant."
        ),
        "Une petite cérémonie d'inauguration aura lieu samedi matin.",
    ],
}

#: The Canadian Press closes each of its reports with this line: the agency's own words,
#: printed as the last paragraph of the story, so it is body text.
_CP_LINE = "This report by The Canadian Press was first published {}."


def tidewater_chronicle() -> CmsSite:
    """An Atlantic Canadian regional site on America/Halifax (AST -04:00, ADT -03:00 in
    summer) with an English (``en-CA``) and a French Acadian (``fr-CA``) edition, crawled in
    late November: "Published Nov. 24, 2026 2:05 p.m. AST", "Updated July 14, 2026 8:30 a.m.
    ADT", "Publié le 24 novembre 2026 à 14 h 05 HNA", "Mis à jour ...", HAA/HNE/HAE, "ET"
    and "EST" from Toronto, dates without a zone (Halifax's offset on that date); bylines
    "By X · The Canadian Press", "Par X, La Presse Canadienne", "Special to the Chronicle",
    the agency alone; the CP's "first published" line closing the body, "Related" boxes in
    the body; /news/local/2026/11/24/slug/ and CBC-style /news/canada/slug-1.7394021 URLs;
    sections, topic and author pages, video and photo pages, ``?page=2`` pagination, a
    sitemap index, RSS and robots.txt."""
    site = CmsSite(
        "tidewater-chronicle", TIDE + "/", datetime.fromisoformat("2026-11-24T22:30:00+00:00")
    )
    u = TIDE.__add__
    host = "tidewaterchronicle.example"

    def page(title: str, body: str, extra: str = "", lang: str = "en-CA") -> str:
        french = lang.startswith("fr")
        name = "La Chronique de la Marée" if french else "Tidewater Chronicle"
        nav = (
            '<nav class="main-nav"><a href="/fr/">Accueil</a>'
            '<a href="/fr/nouvelles/regional/">Régional</a>'
            '<a href="/fr/nouvelles/canada/">Canada</a><a href="/">English</a></nav>'
            if french
            else '<nav class="main-nav"><a href="/">Home</a><a href="/news/local/">Local</a>'
            '<a href="/news/canada/">Canada</a><a href="/news/business/">Business</a>'
            '<a href="/news/video/">Video</a><a href="/news/photos/">Photos</a>'
            '<a href="/fr/">Français</a><a href="/search/?q=">Search</a></nav>'
        )
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title} | {name}</title>"
            f'<meta property="og:site_name" content="{name}">'
            '<link rel="alternate" type="application/rss+xml" title="Tidewater Chronicle" '
            f'href="{TIDE}/rss/news.xml">'
            f"{extra}</head><body>"
            f'<header class="site-header"><a class="logo" href="/">{name}</a>{nav}</header>'
            f"{body}"
            '<footer class="site-footer"><a href="/about/">About us</a> '
            '<a href="/contact/">Contact</a> <a href="/privacy/">Privacy</a>'
            "<p>&copy; 2026 Tidewater Chronicle. All rights reserved.</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], more: str | None = None, lang: str = "en-CA") -> str:
        cards = "".join(
            f'<div class="card"><h3 class="card-headline"><a href="{href}">Story</a></h3></div>'
            for href in links
        )
        label = "Suivant" if lang.startswith("fr") else "Next"
        pager = (
            f'<nav class="pagination"><a rel="next" href="{more}">{label} &rsaquo;</a></nav>'
            if more
            else ""
        )
        return page(
            title,
            f'<main class="content"><h1 class="section-title">{title}</h1>'
            f'<div class="card-list">{cards}</div>{pager}</main>',
            lang=lang,
        )

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        byline: str,
        dates: str,
        section: tuple[str, str],
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        lang: str = "en-CA",
    ) -> str:
        topics = "".join(f'<a href="/topic/{s}/">{n}</a>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            '<main class="content"><article class="story">'
            f'<div class="story-section"><a href="{section[0]}">{section[1]}</a></div>'
            f'<h1 class="story-headline">{title}</h1><p class="story-dek">{dek}</p>'
            f'<div class="story-byline"><span class="byline">{byline}</span>'
            f'<div class="story-dates">{dates}</div></div>'
            f'<div class="story-body">{body_html}</div>'
            f'<div class="story-topics">{topics}</div>'
            "</article>"
            '<aside class="most-read"><h2>Most read</h2><ul>'
            '<li><a href="/news/local/2026/11/24/harbour-ferry-fares-frozen-another-year/">'
            "Ferry fares frozen</a></li></ul></aside></main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{TIDE}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{_ld(ld) if ld else ''}",
            lang=lang,
        )

    def related(links: list[tuple[str, str]], label: str = "Related") -> str:
        items = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
        return f'<aside class="related-stories"><h3>{label}</h3><ul>{items}</ul></aside>'

    def dated(published: str, updated: str | None = None, french: bool = False) -> str:
        pub, upd = ("Publié le", "Mis à jour le") if french else ("Published", "Updated")
        text = f'<p class="timestamp">{pub} {published}</p>'
        if updated:
            text += f'<p class="timestamp">{upd} {updated}</p>'
        return text

    def author(name: str, slug: str, fr: bool = False) -> str:
        return f'<a href="/{"fr/auteur" if fr else "author"}/{slug}/">{name}</a>'

    news_ld = news_ld_for("Tidewater Chronicle", kind="Organization")

    def text(paragraphs: list[str]) -> str:
        return "\n\n".join(paragraphs)

    img = TIDE + "/images/2026/"
    local = ("/news/local/", "Local")
    canada = ("/news/canada/", "Canada")
    regional = ("/fr/nouvelles/regional/", "Régional")
    fcanada = ("/fr/nouvelles/canada/", "Canada")

    # E1: JSON-LD at -04:00, printed AST with "p.m.", an author link, a Related box mid-body.
    e1 = "/news/local/2026/11/24/harbour-ferry-fares-frozen-another-year/"
    e1_title = "Harbour ferry fares frozen for another year"
    e1_dek = "Council will cover the $380,000 shortfall from its reserve fund."
    ferry = _CA_PARAS["ferry"]
    e5 = "/news/local/2026/11/23/millbrook-choir-marks-50-years/"
    site.add(u(e1), story(
        e1, e1_title, e1_dek,
        paras(ferry[:2]) + related([(e5, "Millbrook choir marks 50 years")]) + paras(ferry[2:]),
        byline="By " + author("Marguerite LeBlanc", "marguerite-leblanc"),
        dates=dated("Nov. 24, 2026 2:05 p.m. AST", "Nov. 24, 2026 4:40 p.m. AST"),
        section=local, tags=[("bayport", "Bayport"), ("transit", "Transit")],
        image=img + "ferry.jpg",
        ld=news_ld(e1_title, e1_dek, datePublished="2026-11-24T14:05:00-04:00",
                   dateModified="2026-11-24T16:40:00-04:00",
                   author=[person("Marguerite LeBlanc")],
                   image={"@type": "ImageObject", "url": img + "ferry.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(e1), site=host, title=e1_title, description=e1_dek, authors=["Marguerite LeBlanc"],
        published_at="2026-11-24T18:05:00Z", published_raw="2026-11-24T14:05:00-04:00",
        modified_at="2026-11-24T20:40:00Z", modified_raw="2026-11-24T16:40:00-04:00",
        section="local", tags=["Bayport", "Transit"], body=text(ferry),
        image_url=img + "ferry.jpg", language="en",
    )  # fmt: skip

    # E2: a July article, no JSON-LD: its own date's ADT (-03:00), not November's AST.
    e2 = "/news/local/2026/07/14/lobster-season-closes-with-strong-catches/"
    e2_title = "Lobster season closes with strong catches but lower prices"
    e2_dek = "Boats landed 40 per cent more in the final two weeks."
    lobster = _CA_PARAS["lobster"]
    site.add(u(e2), story(
        e2, e2_title, e2_dek, paras(lobster),
        byline="By " + author("Marguerite LeBlanc", "marguerite-leblanc"),
        dates=dated("July 14, 2026 8:30 a.m. ADT", "July 14, 2026 11:15 a.m. ADT"),
        section=local, tags=[("fisheries", "Fisheries")],
    ))  # fmt: skip
    site.article(
        url=u(e2), site=host, title=e2_title, description=e2_dek, authors=["Marguerite LeBlanc"],
        published_at="2026-07-14T11:30:00Z", published_raw="July 14, 2026 8:30 a.m. ADT",
        modified_at="2026-07-14T14:15:00Z", modified_raw="July 14, 2026 11:15 a.m. ADT",
        section="local", tags=["Fisheries"], body=text(lobster), language="en",
    )  # fmt: skip

    # E3: a Toronto reporter's CP story at a CBC-style id: "ET" in November is EST (-05:00);
    # the agency after "·" is the reporter's affiliation; the CP's closing line is body text.
    e3 = "/news/canada/toronto-subway-signal-failure-cable-1.7394021"
    e3_title = "Damaged cable caused Toronto subway signal failure, transit agency says"
    e3_dek = "About 200,000 riders were affected during the evening rush."
    subway = [*_CA_PARAS["subway"], _CP_LINE.format("Nov. 23, 2026")]
    site.add(u(e3), story(
        e3, e3_title, e3_dek, paras(subway[:2]) + related([(e1, "Harbour ferry fares frozen")])
        + paras(subway[2:3]) + f"<p><em>{subway[3]}</em></p>",
        byline="By Priya Raman · The Canadian Press",
        dates=dated("Nov. 23, 2026 6:10 p.m. ET"),
        section=canada,
    ))  # fmt: skip
    site.article(
        url=u(e3), article_id="7394021", site=host, title=e3_title, description=e3_dek,
        authors=["Priya Raman"], published_at="2026-11-23T23:10:00Z",
        published_raw="Nov. 23, 2026 6:10 p.m. ET",
        section="canada", body=text(subway), language="en",
    )  # fmt: skip

    # E4: "EST" from Toronto; JSON-LD names the reporter and the agency as an organization.
    e4 = "/news/canada/housing-minister-rental-transit-payments-1.7394188"
    e4_title = "Ottawa to speed up housing payments for rentals near transit"
    e4_dek = "The first cheques will go out before the end of the fiscal year."
    housing = [*_CA_PARAS["housing"], _CP_LINE.format("Nov. 24, 2026")]
    site.add(u(e4), story(
        e4, e4_title, e4_dek, paras(housing[:3]) + f"<p><em>{housing[3]}</em></p>",
        byline="By Daniel Okafor · The Canadian Press",
        dates=dated("Nov. 24, 2026 10:45 a.m. EST"),
        section=canada, tags=[("housing", "Housing")],
        ld=news_ld(e4_title, e4_dek, datePublished="2026-11-24T11:45:00-04:00",
                   author=[person("Daniel Okafor"),
                           {"@type": "Organization", "name": "The Canadian Press"}]),
    ))  # fmt: skip
    site.article(
        url=u(e4), article_id="7394188", site=host, title=e4_title, description=e4_dek,
        authors=["Daniel Okafor"], published_at="2026-11-24T15:45:00Z",
        published_raw="2026-11-24T11:45:00-04:00",
        section="canada", tags=["Housing"], body=text(housing), language="en",
    )  # fmt: skip

    # E5: "Special to the Chronicle": a freelancer, printed without a zone (Halifax's AST).
    choir = _CA_PARAS["choir"]
    e5_title = "Millbrook choir marks 50 years of song"
    e5_dek = "Three founding members still sing with the choir."
    site.add(u(e5), story(
        e5, e5_title, e5_dek, paras(choir),
        byline="By Colleen MacIsaac, Special to the Chronicle",
        dates=dated("Nov. 23, 2026 7:15 p.m."),
        section=local, tags=[("arts", "Arts")],
    ))  # fmt: skip
    site.article(
        url=u(e5), site=host, title=e5_title, description=e5_dek, authors=["Colleen MacIsaac"],
        published_at="2026-11-23T23:15:00Z", published_raw="Nov. 23, 2026 7:15 p.m.",
        section="local", tags=["Arts"], body=text(choir), language="en",
    )  # fmt: skip

    # E6: the agency alone is the author; printed AST.
    e6 = "/news/local/2026/11/22/wind-warning-south-shore/"
    e6_title = "Wind warning issued for the South Shore"
    e6_dek = "Gusts of up to 100 km/h are expected along the coast."
    storm = _CA_PARAS["storm"]
    site.add(u(e6), story(
        e6, e6_title, e6_dek, paras(storm),
        byline="The Canadian Press", dates=dated("Nov. 22, 2026 9:00 a.m. AST"),
        section=local, tags=[("weather", "Weather")],
    ))  # fmt: skip
    site.article(
        url=u(e6), site=host, title=e6_title, description=e6_dek,
        authors=["The Canadian Press"], published_at="2026-11-22T13:00:00Z",
        published_raw="Nov. 22, 2026 9:00 a.m. AST", section="local", tags=["Weather"],
        body=text(storm), language="en",
    )  # fmt: skip

    # E7: business: a zoneless JSON-LD date (the sitemap prints -04:00, Halifax's).
    e7 = "/news/business/2026/11/20/harcourt-mill-pellet-plant/"
    e7_title = "Former Harcourt mill to reopen as a pellet plant"
    e7_dek = "About 90 jobs would come back to the site."
    mill = _CA_PARAS["mill"]
    site.add(u(e7), story(
        e7, e7_title, e7_dek, paras(mill),
        byline="By " + author("Ian Fraser", "ian-fraser"),
        dates=dated("Nov. 20, 2026 8:30 a.m. AST"),
        section=("/news/business/", "Business"), image=img + "mill.jpg",
        ld=news_ld(e7_title, e7_dek, datePublished="2026-11-20T08:30:00",
                   author=person("Ian Fraser"), image=img + "mill.jpg"),
    ))  # fmt: skip
    site.article(
        url=u(e7), site=host, title=e7_title, description=e7_dek, authors=["Ian Fraser"],
        published_at="2026-11-20T12:30:00Z", published_raw="2026-11-20T08:30:00",
        section="business", body=text(mill), image_url=img + "mill.jpg", language="en",
    )  # fmt: skip

    # E8: page 2 of local: a summer date printed without a zone (Halifax's ADT, -03:00).
    # DEFECT: read at -04:00 (1 h late), the one offset the site's sitemaps and feed print,
    # all in November. An en-CA page at -04:00 in November is on Halifax's clock or on
    # Blanc-Sablon's (AST all year), so neither the listings nor the country prove August's
    # offset; only the site's other pages printing "ADT" in summer do, and the crawl does not
    # gather printed offsets across a site's pages (they would be read in crawl order, and its
    # Toronto "ET" pages print another clock).
    e8 = "/news/local/2026/08/03/tidewater-regatta-record-fleet/"
    e8_title = "Record fleet opens the Tidewater regatta"
    e8_dek = "More than 80 boats crossed the start line."
    regatta = _CA_PARAS["regatta"]
    site.add(u(e8), story(
        e8, e8_title, e8_dek, paras(regatta),
        byline="By " + author("Ian Fraser", "ian-fraser"),
        dates=dated("Aug. 3, 2026 6:00 p.m."), section=local,
    ))  # fmt: skip
    site.article(
        url=u(e8), site=host, title=e8_title, description=e8_dek, authors=["Ian Fraser"],
        published_at="2026-08-03T22:00:00Z",  # DEFECT: the truth is 21:00Z, see above
        published_raw="Aug. 3, 2026 6:00 p.m.",
        section="local", body=text(regatta), language="en",
    )  # fmt: skip

    # E9: a CBC-style story page: the byline's author text and the agency in spans, the dates
    # in one ``<time>`` whose attribute is UTC, "Posted: ... AM AST | Last Updated: 3 hours ago"
    # (counted back from the crawl, 22:30 UTC).
    e9 = "/news/canada/nova-scotia-pharmacists-prescription-renewals-1.7394302"
    e9_title = "Pharmacists to renew prescriptions for up to a year"
    e9_dek = "The change starts in January."
    pharmacy = _CA_PARAS["pharmacy"]
    site.add(u(e9), story(
        e9, e9_title, e9_dek, paras(pharmacy),
        byline='<span class="authorText">Nadia Boudreau</span> · '
               '<span class="bylineDetails">CBC News</span>',
        dates='<time class="timeStamp" datetime="2026-11-24T13:15:00.000Z">Posted: Nov 24, '
              '2026 9:15 AM AST | Last Updated: 3 hours ago</time>',
        section=canada, tags=[("health", "Health")],
    ))  # fmt: skip
    site.article(
        url=u(e9), article_id="7394302", site=host, title=e9_title, description=e9_dek,
        authors=["Nadia Boudreau"], published_at="2026-11-24T13:15:00Z",
        published_raw="2026-11-24T13:15:00.000Z", modified_at="2026-11-24T19:30:00Z",
        modified_raw="3 hours ago", section="canada", tags=["Health"], body=text(pharmacy),
        language="en",
    )  # fmt: skip

    # F1: French edition: "14 h 05 HNA" published and "16 h 20 HNA" updated, no JSON-LD.
    f1 = "/fr/nouvelles/regional/2026/11/24/ecole-pointe-aux-herbes-retard/"
    f1_title = "La nouvelle école de Pointe-aux-Herbes ouvrira avec un an de retard"
    f1_dek = "Le conseil scolaire acadien vise maintenant septembre 2027."
    ecole = _CA_PARAS["ecole"]
    site.add(u(f1), story(
        f1, f1_title, f1_dek,
        paras(ecole[:1]) + related([("/fr/nouvelles/regional/2026/11/18/quai-pointe-aux-herbes/",
                                     "Le quai rénové")], "À lire aussi") + paras(ecole[1:]),
        byline="Par " + author("Émilie Thériault", "emilie-theriault", fr=True),
        dates=dated("24 novembre 2026 à 14 h 05 HNA", "24 novembre 2026 à 16 h 20 HNA",
                    french=True),
        section=regional, tags=[("education", "Éducation")], lang="fr-CA",
    ))  # fmt: skip
    site.article(
        url=u(f1), site=host, title=f1_title, description=f1_dek, authors=["Émilie Thériault"],
        published_at="2026-11-24T18:05:00Z", published_raw="24 novembre 2026 à 14 h 05 HNA",
        modified_at="2026-11-24T20:20:00Z", modified_raw="24 novembre 2026 à 16 h 20 HNA",
        section="regional", tags=["Éducation"], body=text(ecole), language="fr",
    )  # fmt: skip

    # F2: July: "HAA" (heure avancée de l'Atlantique, -03:00).
    f2 = "/fr/nouvelles/regional/2026/07/09/festival-acadien-record/"
    f2_title = "Le festival acadien de Baie-des-Sables fracasse son record"
    f2_dek = "Plus de 15 000 visiteurs en cinq jours."
    festival = _CA_PARAS["festival"]
    site.add(u(f2), story(
        f2, f2_title, f2_dek, paras(festival),
        byline="Par " + author("Émilie Thériault", "emilie-theriault", fr=True),
        dates=dated("9 juillet 2026 à 7 h 45 HAA", french=True),
        section=regional, lang="fr-CA",
    ))  # fmt: skip
    site.article(
        url=u(f2), site=host, title=f2_title, description=f2_dek, authors=["Émilie Thériault"],
        published_at="2026-07-09T10:45:00Z", published_raw="9 juillet 2026 à 7 h 45 HAA",
        section="regional", body=text(festival), language="fr",
    )  # fmt: skip

    # F3: from Montreal, "HNE" (-05:00), "Par X, La Presse Canadienne" at a CBC-style id,
    # updated on the hour: "à 15 h HNE".
    f3 = "/fr/nouvelles/canada/quebec-aide-pecheurs-cotiers-1.7394055"
    f3_title = "Québec prolonge son aide aux pêcheurs côtiers"
    f3_dek = "Une enveloppe de 40 millions versée en deux tranches."
    quebec = _CA_PARAS["quebec"]
    site.add(u(f3), story(
        f3, f3_title, f3_dek, paras(quebec),
        byline="Par Sophie Bergeron, La Presse Canadienne",
        dates=dated("23 novembre 2026 à 13 h 30 HNE", "23 novembre 2026 à 15 h HNE", french=True),
        section=fcanada, tags=[("peches", "Pêches")], lang="fr-CA",
    ))  # fmt: skip
    site.article(
        url=u(f3), article_id="7394055", site=host, title=f3_title, description=f3_dek,
        authors=["Sophie Bergeron"], published_at="2026-11-23T18:30:00Z",
        published_raw="23 novembre 2026 à 13 h 30 HNE",
        modified_at="2026-11-23T20:00:00Z", modified_raw="23 novembre 2026 à 15 h HNE",
        section="canada", tags=["Pêches"], body=text(quebec), language="fr",
    )  # fmt: skip

    # F4: the agency alone, from Ottawa in summer: "HAE" (-04:00), "16 h 10".
    f4 = "/fr/nouvelles/canada/immigration-francophone-objectif-1.7391877"
    f4_title = "Ottawa veut doubler l'immigration francophone hors Québec"
    f4_dek = "Les organismes acadiens saluent l'objectif."
    ottawa = _CA_PARAS["ottawa"]
    site.add(u(f4), story(
        f4, f4_title, f4_dek, paras(ottawa),
        byline="La Presse Canadienne",
        dates=dated("2 juillet 2026 à 16 h 10 HAE", french=True),
        section=fcanada, lang="fr-CA",
    ))  # fmt: skip
    site.article(
        url=u(f4), article_id="7391877", site=host, title=f4_title, description=f4_dek,
        authors=["La Presse Canadienne"], published_at="2026-07-02T20:10:00Z",
        published_raw="2 juillet 2026 à 16 h 10 HAE", section="canada", body=text(ottawa),
        language="fr",
    )  # fmt: skip

    # F5: page 2 of the French regional section, printed without a zone (HNA, -04:00).
    f5 = "/fr/nouvelles/regional/2026/11/18/quai-pointe-aux-herbes/"
    f5_title = "Le quai de Pointe-aux-Herbes rénové plus tôt que prévu"
    f5_dek = "Une trentaine de bateaux pourront y accoster."
    quai = _CA_PARAS["quai"]
    site.add(u(f5), story(
        f5, f5_title, f5_dek, paras(quai),
        byline="Par " + author("Luc Gaudet", "luc-gaudet", fr=True),
        dates=dated("18 novembre 2026 à 11 h 30", french=True),
        section=regional, lang="fr-CA",
    ))  # fmt: skip
    site.article(
        url=u(f5), site=host, title=f5_title, description=f5_dek, authors=["Luc Gaudet"],
        published_at="2026-11-18T15:30:00Z", published_raw="18 novembre 2026 à 11 h 30",
        section="regional", body=text(quai), language="fr",
    )  # fmt: skip

    # Pages that are never items: a video, a photo gallery, topic and author pages.
    video = "/news/video/2026/11/24/ferry-council-vote-video/"
    site.add(u(video), page(
        "Video: council votes to freeze ferry fares",
        '<main class="content"><article class="video"><h1>Video: council votes to freeze ferry '
        'fares</h1><p class="timestamp">Published Nov. 24, 2026 3:00 p.m. AST</p>'
        '<div class="player"><video src="/media/ferry.mp4" controls></video></div>'
        "<p>Council debated the fare freeze for two hours.</p></article></main>",
        f'<link rel="canonical" href="{TIDE}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Video: council votes to freeze ferry fares",
               "uploadDate": "2026-11-24T15:00:00-04:00"}),
    ))  # fmt: skip
    photos = "/news/photos/2026/08/03/regatta-in-pictures/"
    site.add(u(photos), page(
        "In photos: the Tidewater regatta",
        '<main class="content"><article class="gallery"><h1>In photos: the Tidewater regatta</h1>'
        '<p class="timestamp">Published Aug. 3, 2026 7:00 p.m. ADT</p>'
        '<figure><img src="/images/2026/regatta-1.jpg"><figcaption>Boats at the start line.'
        '</figcaption></figure><figure><img src="/images/2026/regatta-2.jpg"><figcaption>'
        "The fleet rounds the outer buoy.</figcaption></figure></article></main>",
        f'<link rel="canonical" href="{TIDE}{photos}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "In photos: the Tidewater regatta",
               "datePublished": "2026-08-03T19:00:00-03:00"}),
    ))  # fmt: skip
    site.add(u("/news/video/"), listing("Video", [video]))
    site.add(u("/news/photos/"), listing("Photos", [photos]))
    site.add(u("/topic/bayport/"), listing("Bayport", [e1, video]))
    site.add(u("/topic/transit/"), listing("Transit", [e1]))
    site.add(u("/topic/housing/"), listing("Housing", [e4]))
    site.add(u("/author/marguerite-leblanc/"), listing("Marguerite LeBlanc", [e1, e2]))
    site.add(u("/author/ian-fraser/"), listing("Ian Fraser", [e7, e8]))
    site.add(u("/fr/auteur/emilie-theriault/"),
             listing("Émilie Thériault", [f1, f2], lang="fr-CA"))  # fmt: skip
    site.never_exported |= {
        u(video), u(photos), u("/topic/bayport/"), u("/topic/transit/"), u("/topic/housing/"),
        u("/author/marguerite-leblanc/"), u("/author/ian-fraser/"),
        u("/fr/auteur/emilie-theriault/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search/\nDisallow: /admin/\n"
        f"Sitemap: {TIDE}/sitemap-index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap-index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{TIDE}/sitemap-news.xml</loc>"
        "<lastmod>2026-11-24T16:40:00-04:00</lastmod></sitemap>"
        f"<sitemap><loc>{TIDE}/sitemap-2026-11.xml</loc>"
        "<lastmod>2026-11-24T16:40:00-04:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    site.add(u("/sitemap-2026-11.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{TIDE}{e1}</loc><lastmod>2026-11-24T16:40:00-04:00</lastmod></url>"
        f"<url><loc>{TIDE}{e7}</loc><lastmod>2026-11-20T08:30:00-04:00</lastmod></url>"
        f"<url><loc>{TIDE}{f5}</loc><lastmod>2026-11-18T11:30:00-04:00</lastmod></url>"
        f"<url><loc>{TIDE}{video}</loc><lastmod>2026-11-24T15:00:00-04:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemap-news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{TIDE}{path}</loc><news:news><news:publication>"
            f"<news:name>Tidewater Chronicle</news:name><news:language>{lang}</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title, lang in [
                (e1, "2026-11-24T14:05:00-04:00", e1_title, "en"),
                (e4, "2026-11-24T11:45:00-04:00", e4_title, "en"),
                (f1, "2026-11-24T14:05:00-04:00", f1_title, "fr"),
            ]
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Tidewater Chronicle</title><link>{TIDE}/</link>"
        "<description>News from Bayport and the South Shore</description>"
        "<language>en-ca</language>"
        f"<item><title>{e6_title}</title><link>{TIDE}{e6}</link>"
        "<pubDate>Sun, 22 Nov 2026 09:00:00 -0400</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=UTF-8")  # fmt: skip

    site.add(u("/"), listing("Tidewater Chronicle", [e1, e3, video, photos, "/topic/bayport/"]))
    site.add(u("/news/local/"), listing("Local", [e1, e2, e5], "/news/local/?page=2"))
    site.add(u("/news/local/?page=2"), listing("Local", [e8]))
    site.add(u("/news/canada/"), listing("Canada", [e3, e4, e9]))
    site.add(u("/news/business/"), listing("Business", [e7]))
    site.add(u("/fr/"), listing("La Chronique de la Marée", [f1, f3], lang="fr-CA"))
    site.add(u("/fr/nouvelles/regional/"), listing(
        "Régional", [f1, f2], "/fr/nouvelles/regional/?page=2", lang="fr-CA"))  # fmt: skip
    site.add(u("/fr/nouvelles/regional/?page=2"), listing("Régional", [f5], lang="fr-CA"))
    site.add(u("/fr/nouvelles/canada/"), listing("Canada", [f3, f4], lang="fr-CA"))
    site.never_requested |= {u("/search/?q="), u("/admin/")}
    return site

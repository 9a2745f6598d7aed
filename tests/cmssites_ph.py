"""Kapuluan Herald: a recorded Philippine national news site for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

KH = "https://www.kapuluanherald.example"

_PH_PARAS = {
    "ferry": [
        (
            "The Senate on Tuesday approved on third reading a bill granting a fuel subsidy to "
            "small ferry operators serving the country's remote island towns."
        ),
        (
            "Senator Rosario Almonte, the measure's sponsor, said at least 140 routes in the "
            "Visayas and Mindanao had been cut over the past year as diesel prices climbed."
        ),
        (
            "Under the bill, operators carrying fewer than 300 passengers a day would receive a "
            "monthly subsidy tied to the number of trips they make."
        ),
        (
            "The House of Representatives passed its own version in September, and the two "
            "chambers are expected to meet in a bicameral conference before the holiday break."
        ),
    ],
    "typhoon": [
        (
            "Classes in all levels were suspended in 11 provinces on Monday as Typhoon Ulap "
            "brought heavy rain to the eastern seaboard of Luzon, the weather bureau said."
        ),
        (
            "The storm was last seen 280 kilometers east of Baler, moving west-northwest at 20 "
            "kilometers per hour with maximum sustained winds of 150 kilometers per hour."
        ),
        (
            "Local officials in the coastal towns of Dinalongan and Casiguran ordered the "
            "pre-emptive evacuation of more than 6,000 families living near the shore."
        ),
    ],
    "landslide": [
        (
            "Rescuers pulled four people alive from the mud on Sunday after a landslide buried "
            "a stretch of the mountain highway linking the towns of Sagpat and Buenavista."
        ),
        (
            "The provincial disaster office said the slope gave way after three days of "
            "continuous rain, trapping two jeepneys and a delivery truck."
        ),
        ("Road crews expect to reopen one lane of the highway by Wednesday if the weather holds."),
    ],
    "coffee": [
        (
            "Coffee farmers in the highland town of Malibcong have formed a cooperative to sell "
            "their beans directly to roasters in Metro Manila, cutting out traders."
        ),
        (
            "The group of 86 farmers said it expects to ship 12 tons of dried beans this "
            "season, nearly double what its members sold on their own last year."
        ),
        (
            "The provincial agriculture office lent the cooperative two drying machines and will "
            "train members in grading the beans before harvest."
        ),
    ],
    "peso": [
        (
            "The peso closed stronger against the US dollar on Friday as exporters sold dollars "
            "ahead of the holiday season, traders said."
        ),
        (
            "The local currency ended at 56.12 to the dollar, up from Thursday's close of 56.40, "
            "its best finish in six weeks."
        ),
        (
            "Total volume traded rose to $1.4 billion, with most of the activity in the last "
            "hour of trading."
        ),
    ],
    "rail": [
        (
            "The Department of Transportation said on Thursday that partial operations of the "
            "north-south commuter railway will begin in March, three months later than planned."
        ),
        (
            "Officials blamed the delay on the late delivery of signalling equipment for the "
            "stations between Malolos and Calumpit."
        ),
        (
            "About 80,000 passengers a day are expected to ride the first section once it "
            "opens, the department said."
        ),
    ],
    "baha": [
        (
            "Lumikas ang mahigit 1,200 pamilya sa bayan ng San Isidro matapos umapaw ang ilog "
            "dahil sa walang tigil na pag-ulan nitong Lunes ng umaga."
        ),
        (
            "Ayon kay Mayor Teodoro Salvador, binuksan ang apat na paaralan bilang pansamantalang "
            "tirahan ng mga apektadong residente."
        ),
        (
            "Nagpadala ang pamahalaang panlalawigan ng mga bangka at pagkain sa mga barangay na "
            "hindi pa maabot ng mga sasakyan."
        ),
    ],
    "palengke": [
        (
            "Bubuksan na sa susunod na buwan ang bagong pampublikong palengke ng Lungsod ng "
            "Malaya matapos ang dalawang taong pagkukumpuni."
        ),
        (
            "Sinabi ng tanggapan ng alkalde na may 420 puwesto ang bagong gusali, kabilang ang "
            "hiwalay na bahagi para sa mga nagtitinda ng isda at gulay."
        ),
        (
            "Hindi tataasan ang upa ng mga dating nagtitinda sa unang taon ng operasyon, ayon "
            "sa lokal na pamahalaan."
        ),
    ],
    "volleyball": [
        (
            "The national women's volleyball team swept Vietnam in straight sets on Saturday to "
            "reach the final of the regional championship in Bangkok."
        ),
        (
            "Team captain Joanna Villareal led all scorers with 18 points as the Filipinas won "
            "25-21, 25-19, 25-23."
        ),
        "The final against the host country is scheduled for Sunday evening.",
    ],
    "jeepney": [
        (
            "Jeepney drivers in the capital region will get a one-time fuel voucher worth "
            "6,500 pesos starting next week, the transport regulator announced on Wednesday."
        ),
        (
            "The regulator said about 58,000 drivers holding valid franchises qualify for the "
            "voucher, which can be used at participating gas stations."
        ),
        "Drivers' groups said the amount would cover less than two weeks of diesel.",
    ],
    "bridge": [
        (
            "The old steel bridge over the Malinao River will close for three months starting "
            "December 1 while workers replace its deck, the public works office said."
        ),
        (
            "Motorists will be diverted to a temporary crossing two kilometers upstream, "
            "which can carry vehicles of up to 15 tons."
        ),
        "Public works engineers found cracks in the deck during an inspection in October.",
    ],
    "remittances": [
        (
            "Cash remittances from Filipinos working abroad rose 3.4 percent in October from a "
            "year earlier, the central bank said on Thursday."
        ),
        (
            "Remittances sent through banks reached $3.1 billion for the month, with the "
            "largest share coming from workers in the Middle East and the United States."
        ),
        "The central bank expects full-year growth of about 3 percent.",
    ],
    "ospital": [
        (
            "Pinasinayaan nitong Huwebes ang bagong gusali ng ospital panlalawigan na may "
            "dagdag na 150 kama para sa mga pasyente."
        ),
        (
            "Ayon sa direktor ng ospital na si Dr. Lourdes Magbanua, magkakaroon din ng "
            "hiwalay na silid para sa mga batang pasyente at mga buntis."
        ),
        "Inaasahang magsisimula ang buong operasyon ng gusali sa unang linggo ng Disyembre.",
    ],
}


def kapuluan_herald() -> CmsSite:
    """A Philippine national daily (a WordPress site) in English with a Filipino section, on
    Manila time (Asia/Manila, +08:00 all year): ``/YYYY/MM/DD/slug/`` permalinks, numeric-id
    regional stories, dates printed "November 24, 2026 2:05 PM" (no zone), "Nov 23, 2026 |
    9:40 PM PST" (Philippine Standard Time, +08:00, never US Pacific) and "PHT", Tagalog
    "Inilathala: Nobyembre 24, 2026" lines; bylines "By Juan Dela Cruz", "ni Maria Santos",
    "Philippine News Agency" and "(PNA)" wire credits, "With reports from ..." closing lines,
    "READ:" and "ALSO READ" links inside the body; pages in ``en-PH``, plain ``en``, ``fil``
    and ``tl``; sections and sub-sections, tag and author pages, a gallery and a video,
    /page/2/ pagination, a sitemap index in robots.txt, an RSS feed announced only by
    ``<link rel=alternate>``."""
    site = CmsSite("kapuluan-herald", KH + "/", datetime.fromisoformat("2026-11-24T10:00:00+00:00"))
    u = KH.__add__
    host = "kapuluanherald.example"

    def page(title: str, body: str, extra: str = "", lang: str = "en-PH") -> str:
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="UTF-8">'
            f"<title>{title} | Kapuluan Herald</title>"
            '<meta property="og:site_name" content="Kapuluan Herald">'
            '<link rel="alternate" type="application/rss+xml" title="Kapuluan Herald &raquo; Feed" '
            f'href="{KH}/feed/">'
            f"{extra}</head><body>"
            '<header id="masthead"><a class="custom-logo-link" href="/">Kapuluan Herald</a>'
            '<nav id="site-navigation"><ul id="primary-menu" class="menu">'
            '<li class="menu-item"><a href="/news/">News</a><ul class="sub-menu">'
            '<li><a href="/news/nation/">Nation</a></li>'
            '<li><a href="/news/regions/">Regions</a></li></ul></li>'
            '<li class="menu-item"><a href="/business/">Business</a></li>'
            '<li class="menu-item"><a href="/sports/">Sports</a></li>'
            '<li class="menu-item"><a href="/balita/">Balita</a></li>'
            '<li class="menu-item"><a href="/photos/">Photos</a></li>'
            '<li class="menu-item"><a href="/videos/">Videos</a></li>'
            '<li class="menu-item"><a href="/?s=">Search</a></li></ul></nav></header>'
            f"{body}"
            '<footer id="colophon"><a href="/about-us/">About Us</a> '
            '<a href="/privacy-policy/">Privacy Policy</a> <a href="/contact/">Contact</a>'
            "<p>&copy; 2026 Kapuluan Herald. All rights reserved.</p></footer></body></html>"
        )

    def listing(title: str, links: list[str], more: str | None = None, lang: str = "en-PH") -> str:
        cards = "".join(
            f'<article class="post type-post"><h2 class="entry-title">'
            f'<a href="{href}" rel="bookmark">Story</a></h2></article>'
            for href in links
        )
        nav = (
            '<nav class="navigation pagination"><div class="nav-links">'
            '<span aria-current="page" class="page-numbers current">1</span>'
            f'<a class="page-numbers" href="{more}">2</a>'
            f'<a class="next page-numbers" href="{more}">Next &raquo;</a></div></nav>'
            if more
            else ""
        )
        return page(
            title,
            f'<main id="main" class="site-main"><header class="page-header">'
            f'<h1 class="page-title">{title}</h1></header>{cards}{nav}</main>',
            lang=lang,
        )

    def crumbs(*trail: tuple[str, str]) -> str:
        links = "".join(f' &raquo; <a href="{href}">{name}</a>' for href, name in trail)
        return f'<nav class="breadcrumbs"><a href="/">Home</a>{links}</nav>'

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        byline: str,
        dates: str,
        trail: list[tuple[str, str]],
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        lang: str = "en-PH",
    ) -> str:
        tag_links = "".join(f'<a href="/tag/{s}/" rel="tag">{n}</a>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="wp-block-image"><img src="{image}" alt="">'
            "<figcaption>Photo from the provincial information office</figcaption></figure>"
            if image
            else ""
        )
        return page(
            title,
            f'<main id="main" class="site-main">{crumbs(*trail)}'
            '<article class="post type-post status-publish format-standard hentry">'
            f'<header class="entry-header"><h1 class="entry-title">{title}</h1>'
            f'<div class="entry-meta"><span class="byline">{byline}</span>'
            f'<span class="posted-on">{dates}</span></div></header>'
            f'{figure}<div class="entry-content">{body_html}</div>'
            f'<footer class="entry-footer"><span class="tags-links">Tags: {tag_links}</span>'
            '</footer><div class="sharedaddy"><a href="https://facebook.example/sharer">Share</a>'
            "</div></article>"
            '<aside class="widget-area"><section class="widget"><h2 class="widget-title">'
            'Most Read</h2><ul><li><a href="/2026/11/24/senate-approves-island-ferry-subsidy/">'
            "Senate approves ferry subsidy</a></li></ul></section></aside></main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{KH}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{_ld(ld) if ld else ''}",
            lang=lang,
        )

    def read(href: str, text: str, label: str = "READ:") -> str:
        return f'<p><strong>{label}</strong> <a href="{href}">{text}</a></p>'

    ad = '<div class="ad-container"><span class="ad-label">Advertisement</span><div id="div-gpt-1"></div></div>'

    def also_read(*links: tuple[str, str]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return f'<div class="also-read"><h4>ALSO READ</h4><ul>{items}</ul></div>'

    news_ld = news_ld_for("Kapuluan Herald", kind="Organization")

    def author(name: str, slug: str) -> str:
        return f'<a class="url fn n" href="/author/{slug}/">{name}</a>'

    img = KH + "/wp-content/uploads/2026/11/"
    news = [("/news/", "News"), ("/news/nation/", "Nation")]
    regions = [("/news/", "News"), ("/news/regions/", "Regions")]
    business = [("/business/", "Business")]
    sports = [("/sports/", "Sports")]
    balita = [("/balita/", "Balita")]

    # N1: JSON-LD at +08:00, printed "November 24, 2026 2:05 PM" (no zone); a "READ:" link,
    # an ad and a closing "With reports from" line naming two contributors.
    n1 = "/2026/11/24/senate-approves-island-ferry-subsidy/"
    n1_title = "Senate approves fuel subsidy for island ferry operators"
    n1_dek = "Small operators serving remote towns would get a monthly subsidy tied to trips."
    ferry = _PH_PARAS["ferry"]
    n1_credit = "— With reports from Ana Reyes and Paolo Mendoza"
    site.add(u(n1), story(
        n1, n1_title, n1_dek,
        paras(ferry[:2]) + read("/2026/11/20/commuter-railway-partial-operations-delayed/",
                                "Commuter railway's partial operations pushed to March")
        + ad + paras(ferry[2:]) + f"<p><em>{n1_credit}</em></p>",
        byline="By " + author("Juan Dela Cruz", "juan-dela-cruz"),
        dates='<time class="entry-date published" datetime="2026-11-24T14:05:00+08:00">'
              "November 24, 2026 2:05 PM</time>",
        trail=news, tags=[("senate", "Senate"), ("ferries", "Ferries")],
        image=img + "ferry-subsidy.jpg",
        ld=news_ld(n1_title, n1_dek, datePublished="2026-11-24T14:05:00+08:00",
                   dateModified="2026-11-24T16:30:00+08:00", author=person("Juan Dela Cruz"),
                   image={"@type": "ImageObject", "url": img + "ferry-subsidy.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(n1), site=host, title=n1_title, description=n1_dek, authors=["Juan Dela Cruz"],
        published_at="2026-11-24T06:05:00Z", published_raw="2026-11-24T14:05:00+08:00",
        modified_at="2026-11-24T08:30:00Z", modified_raw="2026-11-24T16:30:00+08:00",
        section="news", tags=["Senate", "Ferries"], body="\n\n".join([*ferry, n1_credit]),
        image_url=img + "ferry-subsidy.jpg", language="en",
    )  # fmt: skip

    # N2: plain "en", no JSON-LD: "PST" is Philippine Standard Time (+08:00), 16 hours away
    # from US Pacific's; an "ALSO READ" box inside the body.
    n2 = "/2026/11/23/classes-suspended-typhoon-ulap/"
    n2_title = "Classes suspended in 11 provinces as Typhoon Ulap nears"
    n2_dek = "Thousands of families in coastal towns were evacuated."
    typhoon = _PH_PARAS["typhoon"]
    site.add(u(n2), story(
        n2, n2_title, n2_dek,
        paras(typhoon[:2])
        + also_read((n1, "Senate approves fuel subsidy for island ferry operators"),
                    ("/news/regions/104582/landslide-buries-mountain-highway/",
                     "Landslide buries mountain highway"))
        + paras(typhoon[2:]),
        byline="By " + author("Maria Santos", "maria-santos"),
        dates="Nov 23, 2026 | 9:40 PM PST", trail=news, tags=[("typhoon-ulap", "Typhoon Ulap")],
        lang="en",
    ))  # fmt: skip
    site.article(
        url=u(n2), site=host, title=n2_title, description=n2_dek, authors=["Maria Santos"],
        published_at="2026-11-23T13:40:00Z", published_raw="Nov 23, 2026 | 9:40 PM PST",
        section="news", tags=["Typhoon Ulap"], body="\n\n".join(typhoon), language="en",
    )  # fmt: skip

    # R1: a regional wire story at a numeric-id URL: the agency is the author, "(PNA)" closes
    # the text on its own line; printed "PHT".
    r1 = "/news/regions/104582/landslide-buries-mountain-highway/"
    r1_title = "Four rescued alive after landslide buries mountain highway"
    r1_dek = "Two jeepneys and a delivery truck were trapped on the Sagpat-Buenavista road."
    landslide = _PH_PARAS["landslide"]
    site.add(u(r1), story(
        r1, r1_title, r1_dek, paras(landslide) + "<p>(PNA)</p>",
        byline="Philippine News Agency", dates="Nov 22, 2026 | 6:15 AM PHT", trail=regions,
        tags=[("landslide", "Landslide")], image=img + "landslide.jpg",
        ld=news_ld(r1_title, r1_dek, datePublished="2026-11-22T06:15:00+08:00",
                   author={"@type": "Organization", "name": "Philippine News Agency"}),
    ))  # fmt: skip
    site.article(
        url=u(r1), site=host, article_id="104582", title=r1_title, description=r1_dek,
        authors=["Philippine News Agency"], published_at="2026-11-21T22:15:00Z",
        published_raw="2026-11-22T06:15:00+08:00", section="news", tags=["Landslide"],
        body="\n\n".join(landslide), image_url=img + "landslide.jpg", language="en",
    )  # fmt: skip

    # R2: page 2 of the regions section only: a zoneless printed date (Manila's, the site's
    # every sitemap offset is +08:00), a reporter with the agency's full name after her.
    r2 = "/news/regions/104417/highland-coffee-farmers-form-cooperative/"
    r2_title = "Highland coffee farmers form cooperative to sell beans directly"
    r2_dek = "The group of 86 farmers expects to ship 12 tons this season."
    coffee = _PH_PARAS["coffee"]
    site.add(u(r2), story(
        r2, r2_title, r2_dek, paras(coffee[:1]) + ad + paras(coffee[1:]),
        byline="By Liza Ocampo, Philippine News Agency",
        dates="November 21, 2026 11:20 AM", trail=regions, lang="en",
    ))  # fmt: skip
    site.article(
        url=u(r2), site=host, article_id="104417", title=r2_title, description=r2_dek, authors=["Liza Ocampo"],
        published_at="2026-11-21T03:20:00Z", published_raw="November 21, 2026 11:20 AM",
        section="news", body="\n\n".join(coffee), language="en",
    )  # fmt: skip

    # B1: business, JSON-LD without an offset (Manila's) and a printed "PST" that agrees.
    b1 = "/2026/11/20/peso-closes-stronger-holiday-dollar-selling/"
    b1_title = "Peso closes stronger on holiday dollar selling"
    b1_dek = "The local currency posted its best finish in six weeks."
    peso = _PH_PARAS["peso"]
    site.add(u(b1), story(
        b1, b1_title, b1_dek, paras(peso),
        byline="By " + author("Paolo Mendoza", "paolo-mendoza"),
        dates="Nov 20, 2026 | 5:30 PM PST", trail=business, tags=[("peso", "Peso")],
        ld=news_ld(b1_title, b1_dek, datePublished="2026-11-20T17:30:00",
                   author=person("Paolo Mendoza")),
    ))  # fmt: skip
    site.article(
        url=u(b1), site=host, title=b1_title, description=b1_dek, authors=["Paolo Mendoza"],
        published_at="2026-11-20T09:30:00Z", published_raw="2026-11-20T17:30:00",
        section="business", tags=["Peso"], body="\n\n".join(peso), language="en",
    )  # fmt: skip

    # N3: only in the RSS feed and a "READ:" link; printed with "PST" and updated "PST".
    n3 = "/2026/11/20/commuter-railway-partial-operations-delayed/"
    n3_title = "Commuter railway's partial operations pushed to March"
    n3_dek = "Late signalling equipment delayed the first section."
    rail = _PH_PARAS["rail"]
    site.add(u(n3), story(
        n3, n3_title, n3_dek,
        paras(rail[:2]) + read(n1, "Senate approves ferry subsidy", "ALSO READ:") + paras(rail[2:]),
        byline="By " + author("Juan Dela Cruz", "juan-dela-cruz"),
        dates="Published Nov 20, 2026 | 10:05 AM PST<br>Updated Nov 20, 2026 | 1:15 PM PST",
        trail=news, lang="en",
    ))  # fmt: skip
    site.article(
        url=u(n3), site=host, title=n3_title, description=n3_dek, authors=["Juan Dela Cruz"],
        published_at="2026-11-20T02:05:00Z", published_raw="Nov 20, 2026 | 10:05 AM PST",
        modified_at="2026-11-20T05:15:00Z", modified_raw="Nov 20, 2026 | 1:15 PM PST",
        section="news", body="\n\n".join(rail), language="en",
    )  # fmt: skip

    # F1: Filipino ("fil"): "Inilathala" / "Na-update" lines in Tagalog months, "ni" byline.
    f1 = "/balita/2026/11/24/mahigit-1200-pamilya-lumikas-sa-baha/"
    f1_title = "Mahigit 1,200 pamilya lumikas dahil sa baha sa San Isidro"
    f1_dek = "Binuksan ang apat na paaralan bilang pansamantalang tirahan."
    baha = _PH_PARAS["baha"]
    site.add(u(f1), story(
        f1, f1_title, f1_dek,
        paras(baha[:2]) + read(n2, "Klase, sinuspinde sa 11 lalawigan", "BASAHIN:") + paras(baha[2:]),
        byline="ni " + author("Maria Santos", "maria-santos"),
        dates="Inilathala: Nobyembre 24, 2026 8:15 AM<br>Na-update: Nobyembre 24, 2026 10:02 AM",
        trail=balita, tags=[("baha", "Baha")], lang="fil",
    ))  # fmt: skip
    site.article(
        url=u(f1), site=host, title=f1_title, description=f1_dek, authors=["Maria Santos"],
        published_at="2026-11-24T00:15:00Z", published_raw="Nobyembre 24, 2026 8:15 AM",
        modified_at="2026-11-24T02:02:00Z", modified_raw="Nobyembre 24, 2026 10:02 AM",
        section="balita", tags=["Baha"], body="\n\n".join(baha), language="fil",
    )  # fmt: skip

    # F2: Tagalog ("tl"), "Ni X at Y" (at: and), zoneless JSON-LD (Manila's).
    f2 = "/balita/2026/11/22/bagong-palengke-bubuksan-sa-disyembre/"
    f2_title = "Bagong palengke ng Lungsod ng Malaya, bubuksan sa Disyembre"
    f2_dek = "May 420 puwesto ang bagong gusali."
    palengke = _PH_PARAS["palengke"]
    site.add(u(f2), story(
        f2, f2_title, f2_dek, paras(palengke),
        byline="Ni Jose Bautista at Ana Reyes",
        dates="Nobyembre 22, 2026 5:45 PM", trail=balita, lang="tl",
        ld=news_ld(f2_title, f2_dek, datePublished="2026-11-22T17:45:00", inLanguage="tl",
                   author=[person("Jose Bautista"), person("Ana Reyes")]),
    ))  # fmt: skip
    site.article(
        url=u(f2), site=host, title=f2_title, description=f2_dek,
        authors=["Jose Bautista", "Ana Reyes"], published_at="2026-11-22T09:45:00Z",
        published_raw="2026-11-22T17:45:00", section="balita", body="\n\n".join(palengke),
        language="tl",
    )  # fmt: skip

    # S1: sports on page 2 of the sports section, "PST" printed, "with reports from" a wire;
    # the sports pages keep WordPress's default "en-US" (the +08:00 listings say Manila).
    s1 = "/2026/11/21/volleyball-team-sweeps-vietnam-reaches-final/"
    s1_title = "Filipinas sweep Vietnam to reach regional volleyball final"
    s1_dek = "Joanna Villareal led all scorers with 18 points."
    volleyball = _PH_PARAS["volleyball"]
    s1_credit = "With reports from Reuters"
    site.add(u(s1), story(
        s1, s1_title, s1_dek, paras(volleyball) + f"<p>{s1_credit}</p>",
        byline="By " + author("Carlo Ramos", "carlo-ramos"),
        dates="Nov 21, 2026 | 11:50 PM PST", trail=sports, lang="en-US",
    ))  # fmt: skip
    site.article(
        url=u(s1), site=host, title=s1_title, description=s1_dek, authors=["Carlo Ramos"],
        published_at="2026-11-21T15:50:00Z", published_raw="Nov 21, 2026 | 11:50 PM PST",
        section="sports", body="\n\n".join([*volleyball, s1_credit]), language="en",
    )  # fmt: skip

    # N4: a print-edition story: "Name - Paper" byline, printed "November 19, 2026 | 12:00am"
    # (midnight in Manila, the evening before in UTC), nothing else dates it.
    n4 = "/nation/2026/11/19/2391044/old-malinao-bridge-close-three-months/"
    n4_title = "Old Malinao bridge to close for three months"
    n4_dek = "Motorists will be diverted to a temporary crossing upstream."
    bridge = _PH_PARAS["bridge"]
    site.add(u(n4), story(
        n4, n4_title, n4_dek, paras(bridge),
        byline="Ramon Villaflor - Kapuluan Herald", dates="November 19, 2026 | 12:00am",
        trail=news,
    ))  # fmt: skip
    site.article(
        url=u(n4), site=host, article_id="2391044", title=n4_title, description=n4_dek,
        authors=["Ramon Villaflor"], published_at="2026-11-18T16:00:00Z",
        published_raw="November 19, 2026 | 12:00am", section="nation", body="\n\n".join(bridge),
        language="en",
    )  # fmt: skip

    # N5: "By: Name - Reporter / @handle" and the time printed before the date.
    n5 = "/2026/11/18/jeepney-drivers-fuel-vouchers/"
    n5_title = "Jeepney drivers to get one-time fuel vouchers"
    n5_dek = "About 58,000 drivers with valid franchises qualify."
    jeepney = _PH_PARAS["jeepney"]
    site.add(u(n5), story(
        n5, n5_title, n5_dek, paras(jeepney),
        byline="By: " + author("Juan Dela Cruz", "juan-dela-cruz") + " - Reporter / @jdelacruzKH",
        dates="/ 08:15 PM November 18, 2026", trail=news, lang="en",
    ))  # fmt: skip
    site.article(
        url=u(n5), site=host, title=n5_title, description=n5_dek, authors=["Juan Dela Cruz"],
        published_at="2026-11-18T12:15:00Z", published_raw="08:15 PM November 18, 2026",
        section="news", body="\n\n".join(jeepney), language="en",
    )  # fmt: skip

    # N6: a broadcaster's layout: /news/MM/DD/YY/slug URLs, "Posted at Nov 19 2026 02:05 PM |
    # Updated as of ..." (no comma after the day), "Name, Paper" byline.
    n6 = "/news/11/19/26/ofw-remittances-rise-in-october"
    n6_title = "OFW remittances rise 3.4 percent in October"
    n6_dek = "Bank-sent remittances reached $3.1 billion for the month."
    remittances = _PH_PARAS["remittances"]
    site.add(u(n6), story(
        n6, n6_title, n6_dek, paras(remittances),
        byline="Ana Reyes, Kapuluan Herald",
        dates="Posted at Nov 19 2026 02:05 PM | Updated as of Nov 19 2026 04:30 PM",
        trail=business, lang="en",
    ))  # fmt: skip
    site.article(
        url=u(n6), site=host, title=n6_title, description=n6_dek, authors=["Ana Reyes"],
        published_at="2026-11-19T06:05:00Z", published_raw="Nov 19 2026 02:05 PM",
        modified_at="2026-11-19T08:30:00Z", modified_raw="Nov 19 2026 04:30 PM",
        section="business", body="\n\n".join(remittances), language="en",
    )  # fmt: skip

    # F3: Tagalog ("tl", no region), "Nob 19, 2026 | 7:30 PM PST", only on /balita/page/2/.
    f3 = "/balita/2026/11/19/bagong-gusali-ng-ospital-pinasinayaan/"
    f3_title = "Bagong gusali ng ospital panlalawigan, pinasinayaan"
    f3_dek = "May dagdag na 150 kama ang bagong gusali."
    ospital = _PH_PARAS["ospital"]
    site.add(u(f3), story(
        f3, f3_title, f3_dek, paras(ospital),
        byline="ni Maria Santos",
        dates="Nob 19, 2026 | 7:30 PM PST", trail=balita, lang="tl",
    ))  # fmt: skip
    site.article(
        url=u(f3), site=host, title=f3_title, description=f3_dek, authors=["Maria Santos"],
        published_at="2026-11-19T11:30:00Z", published_raw="Nob 19, 2026 | 7:30 PM PST",
        section="balita", body="\n\n".join(ospital), language="tl",
    )  # fmt: skip

    # Pages that are never items: a gallery, a video, tag and author archives.
    gallery = "/photos/2026/11/23/in-photos-typhoon-ulap-batters-aurora/"
    site.add(u(gallery), page(
        "IN PHOTOS: Typhoon Ulap batters Aurora",
        '<main id="main"><article class="post format-gallery"><h1 class="entry-title">'
        "IN PHOTOS: Typhoon Ulap batters Aurora</h1>"
        '<span class="posted-on">Nov 23, 2026 | 6:00 PM PST</span>'
        '<div class="gallery">'
        + "".join(f'<figure><img src="{img}ulap-{n}.jpg"><figcaption>Waves hit the seawall in '
                  f"Baler, photo {n}.</figcaption></figure>" for n in range(1, 5))
        + "</div></article></main>",
        f'<link rel="canonical" href="{KH}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "IN PHOTOS: Typhoon Ulap batters Aurora",
               "datePublished": "2026-11-23T18:00:00+08:00"}),
    ))  # fmt: skip
    video = "/videos/2026/11/23/watch-residents-evacuate-casiguran/"
    site.add(u(video), page(
        "WATCH: Residents evacuate in Casiguran",
        '<main id="main"><article class="post format-video"><h1 class="entry-title">'
        "WATCH: Residents evacuate in Casiguran</h1>"
        '<div class="video-embed"><iframe src="https://www.youtube.example/embed/x1"></iframe>'
        "</div><p>Families leave the shore ahead of the typhoon.</p></article></main>",
        f'<link rel="canonical" href="{KH}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "WATCH: Residents evacuate in Casiguran",
               "uploadDate": "2026-11-23T19:00:00+08:00"}),
    ))  # fmt: skip
    site.add(u("/photos/"), listing("Photos", [gallery]))
    site.add(u("/videos/"), listing("Videos", [video]))
    site.add(u("/tag/typhoon-ulap/"), listing("Typhoon Ulap", [n2, gallery, video]))
    site.add(u("/tag/senate/"), listing("Senate", [n1]))
    site.add(u("/author/juan-dela-cruz/"), listing("Juan Dela Cruz", [n1, n3]))
    site.add(u("/author/maria-santos/"), listing("Maria Santos", [n2, f1]))
    site.never_exported |= {
        u(gallery), u(video), u("/photos/"), u("/videos/"), u("/tag/typhoon-ulap/"),
        u("/tag/senate/"), u("/author/juan-dela-cruz/"), u("/author/maria-santos/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /wp-admin/\nDisallow: /?s=\n"
        "Allow: /wp-admin/admin-ajax.php\n"
        f"Sitemap: {KH}/sitemap_index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap_index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{KH}/post-sitemap.xml</loc>"
        "<lastmod>2026-11-24T16:30:00+08:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    site.add(u("/post-sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{KH}{n1}</loc><lastmod>2026-11-24T16:30:00+08:00</lastmod></url>"
        f"<url><loc>{KH}{n2}</loc><lastmod>2026-11-23T21:40:00+08:00</lastmod></url>"
        f"<url><loc>{KH}{r1}</loc><lastmod>2026-11-22T06:15:00+08:00</lastmod></url>"
        f"<url><loc>{KH}{f1}</loc><lastmod>2026-11-24T10:02:00+08:00</lastmod></url>"
        f"<url><loc>{KH}{gallery}</loc><lastmod>2026-11-23T18:00:00+08:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/feed/"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Kapuluan Herald</title><link>{KH}/</link>"
        "<description>News from across the islands</description><language>en-PH</language>"
        f"<item><title>{n3_title}</title><link>{KH}{n3}</link>"
        "<pubDate>Fri, 20 Nov 2026 02:05:00 +0000</pubDate></item>"
        f"<item><title>{n1_title}</title><link>{KH}{n1}</link>"
        "<pubDate>Tue, 24 Nov 2026 06:05:00 +0000</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=UTF-8")  # fmt: skip

    site.add(u("/"), listing("Kapuluan Herald", [n1, n2, gallery, video, f1, "/tag/senate/"]))
    site.add(u("/news/"), listing("News", [n1, n2, r1]))
    site.add(u("/news/nation/"), listing("Nation", [n1, n2, n4, n5], lang="en"))
    site.add(u("/news/regions/"), listing("Regions", [r1], "/news/regions/page/2/"))
    site.add(u("/news/regions/page/2/"), listing("Regions", [r2]))
    site.add(u("/business/"), listing("Business", [b1, n6]))
    site.add(u("/sports/"), listing("Sports", [video], "/sports/page/2/"))
    site.add(u("/sports/page/2/"), listing("Sports", [s1]))
    site.add(u("/balita/"), listing("Balita", [f1, f2], "/balita/page/2/", lang="fil"))
    site.add(u("/balita/page/2/"), listing("Balita", [f3], lang="fil"))
    site.never_requested |= {u("/?s="), u("/wp-admin/")}
    return site

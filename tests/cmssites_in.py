"""The Deccan Ledger: a recorded Indian English daily on Escenic for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

DL = "https://www.deccanledger.example"

_IN_PARAS = {
    "fares": [
        "The State Road Transport Corporation will raise bus fares by eight per cent from December 1, Transport Minister K. Suresh told the Assembly on Tuesday.",
        "The increase, the first in four years, was needed to meet the rising cost of diesel and the salaries of new drivers, he said.",
        "Fares on city buses will rise by one rupee for the first stage, while express services between district headquarters will cost up to twenty rupees more.",
        "Opposition members walked out of the House, saying the government had promised in its manifesto to keep fares unchanged until 2028.",
    ],
    "sensex": [
        "The benchmark Sensex closed at a record high on Tuesday as banking and information technology shares rose on buying by foreign funds.",
        "The 30-share index gained 612 points, or 0.7 per cent, while the broader Nifty rose 0.8 per cent.",
        "Dealers said hopes of an early cut in interest rates and strong quarterly results from private lenders lifted sentiment.",
    ],
    "ranji": [
        "Karnaval beat Vindhya Pradesh by seven wickets on the final day of their Ranji Trophy match at the Gandhi Ground on Tuesday.",
        "Chasing 214, the hosts were in trouble at 42 for three before captain Arjun Desai and Rohan Kulkarni put on an unbeaten stand of 172.",
        "Desai finished on 98 not out, two short of a century, when Kulkarni hit the winning boundary in the 58th over.",
        "The win lifts Karnaval to the top of Group C with two matches left to play.",
    ],
    "monsoon": [
        "The retreating monsoon brought heavy rain to the coastal districts on Monday night, flooding low-lying areas of the port town.",
        "The district administration shifted about 600 people from fishing hamlets to relief camps in schools and community halls.",
        "The weather office has forecast more rain for the next two days and asked fishermen not to venture into the sea until Friday.",
    ],
    "water": [
        "The city's water supply board will move to metered billing for all households from April, its chairman said on Monday.",
        "Residents who have not installed meters by March will pay a flat charge based on the size of their plot, he added.",
        "Resident welfare associations said the board should first fix leaking pipes, which waste nearly a third of the water it supplies.",
    ],
    "editorial": [
        "The decision to raise bus fares by eight per cent will hurt those who can least afford it: daily wage earners, students and small traders who have no other way to travel.",
        "The transport corporation's losses are real, but they are the result of years of poor planning, not of fares that are too low.",
        "Before asking passengers to pay more, the government should publish an audit of the corporation's accounts and a plan to cut its losses.",
    ],
}


def deccan_ledger() -> CmsSite:
    """An English daily in India (+05:30, no DST) on Escenic: ``/<section>/<sub>/<slug>/
    article<id>.ece`` URLs, a sub-section (``/sport/cricket/``) paginated by ``?page=2``, dates
    printed "Published - November 24, 2026 02:05 pm IST | Updated - November 24, 2026 03:10 pm
    IST", "Nov 24, 2026 14:05 hrs IST", "2:05 pm IST | 24 November 2026", "Updated: Today, 10:15
    am IST" and "24-11-2026 14:05" (no zone: English in India, ``en-IN``), JSON-LD dates with and
    without a zone, bylines "PTI | New Delhi", "Authored by ...", "Kavita Rao / TNN" and "Opinion
    by ...", "ALSO READ |" boxes in the body, a sitemap index in robots.txt over a news sitemap
    at +05:30, an RSS feed announced by ``<link rel=alternate>`` (RFC 822 dates at +0530),
    video and photo pages at ``.ece`` URLs, a live score page, topic and author pages."""
    site = CmsSite("deccan-ledger", DL + "/", datetime.fromisoformat("2026-11-25T06:00:00+00:00"))
    u = DL.__add__
    host = "deccanledger.example"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="en-IN"><head><meta charset="utf-8">'
            f"<title>{title} - The Deccan Ledger</title>"
            '<meta property="og:site_name" content="The Deccan Ledger">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">The Deccan Ledger</a><nav class="main-menu"><ul>'
            '<li><a href="/news/national/">India</a></li><li><a href="/news/cities/">Cities</a>'
            '</li><li><a href="/business/markets/">Markets</a></li>'
            '<li><a href="/sport/">Sport</a><ul class="sub-menu">'
            '<li><a href="/sport/cricket/">Cricket</a></li></ul></li>'
            '<li><a href="/opinion/editorial/">Editorial</a></li>'
            '<li><a href="/videos/">Videos</a></li><li><a href="/photos/">Photos</a></li>'
            '<li><a href="https://epaper.deccanledger-digital.example/">ePaper</a></li>'
            '<li><a href="/search/?q=">Search</a></li><li><a href="/login/">Login</a></li>'
            "</ul></nav></header>"
            f"{body}"
            '<footer><a href="/about-us/">About Us</a> <a href="/contact-us/">Contact Us</a> '
            '<a href="/privacy-policy/">Privacy Policy</a>'
            "<p>Copyright 2026, The Deccan Ledger. All rights reserved.</p></footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<div class="story-card"><h3 class="title"><a href="{href}">Read the story</a></h3>'
            "</div>"
            for href in links
        )
        more = (
            f'<ul class="pagination"><li><a href="{next_href}">2</a></li></ul>' if next_href else ""
        )
        return page(title, f"<main><h1>{title}</h1><section>{cards}</section>{more}</main>")

    def author(name: str, slug: str) -> str:
        return f'<a class="person-name" href="/profile/author/{slug}/">{name}</a>'

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
    ) -> str:
        tag_links = "".join(f'<li><a href="/topic/{s}/">{n}</a></li>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            f'<main><article><h1 class="title">{title}</h1><h2 class="sub-text">{dek}</h2>'
            f'<div class="author-name">{byline}</div><div class="publish-time">{dates}</div>'
            f'<div class="articlebodycontent">{body_html}</div>'
            f'<div class="related-topics"><span>Related Topics</span><ul>{tag_links}</ul></div>'
            "</article>"
            '<aside class="most-popular"><h2>Most Popular</h2><ol>'
            f'<li><a href="{A1}">Bus fares to rise by eight per cent</a></li></ol></aside></main>',
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{DL}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{_ld(ld) if ld else ''}",
        )

    def also_read(href: str, text: str) -> str:
        return f'<p class="also-read"><b>ALSO READ | </b><a href="{href}">{text}</a></p>'

    news_ld = news_ld_for("The Deccan Ledger", language="en")
    img = DL + "/incoming/2026/11/"

    # A1: JSON-LD dates at +05:30 and author; the same instants printed with "Published - ...
    # | Updated - ..."; an "ALSO READ |" box in the body; in the news sitemap (+05:30).
    a1_title = "Bus fares to rise by eight per cent from December 1"
    a1_dek = "The first increase in four years, says Transport Minister."
    fares = _IN_PARAS["fares"]
    site.add(u(A1), story(
        A1, a1_title, a1_dek,
        paras(fares[:2]) + also_read(A4, "Water board to bring in metered billing") + paras(fares[2:]),
        dates="Published - November 24, 2026 02:05 pm IST | Updated - November 24, 2026 03:10 pm IST",
        byline=author("Meera Pillai", "meera-pillai-1234"),
        tags=[("transport", "transport"), ("state-politics", "state politics")],
        image=img + "bus-fares.jpg",
        ld=news_ld(a1_title, a1_dek, articleSection="national",
                   datePublished="2026-11-24T14:05:00+05:30",
                   dateModified="2026-11-24T15:10:00+05:30", author=person("Meera Pillai"),
                   image={"@type": "ImageObject", "url": img + "bus-fares.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(A1), site=host, article_id="68912345", title=a1_title, description=a1_dek,
        authors=["Meera Pillai"], published_at="2026-11-24T08:35:00Z",
        published_raw="2026-11-24T14:05:00+05:30", modified_at="2026-11-24T09:40:00Z",
        modified_raw="2026-11-24T15:10:00+05:30", section="national",
        tags=["transport", "state politics"], body="\n\n".join(fares),
        image_url=img + "bus-fares.jpg", language="en",
    )  # fmt: skip

    # A2: wire copy, no JSON-LD: "PTI | New Delhi" and "Nov 24, 2026 14:05 hrs IST"; in no
    # sitemap or feed, linked from the markets section only.
    a2_title = "Sensex closes at record high on bank, IT gains"
    a2_dek = "Foreign funds buy heavily ahead of the rate decision."
    sensex = _IN_PARAS["sensex"]
    site.add(u(A2), story(
        A2, a2_title, a2_dek, paras(sensex),
        dates="Nov 24, 2026 14:05 hrs IST", byline="PTI | New Delhi",
        tags=[("sensex", "Sensex")],
    ))  # fmt: skip
    site.article(
        url=u(A2), site=host, article_id="68912400", title=a2_title, description=a2_dek,
        authors=["PTI"], published_at="2026-11-24T08:35:00Z",
        published_raw="Nov 24, 2026 14:05 IST", section="business", tags=["Sensex"],
        body="\n\n".join(sensex), language="en",
    )  # fmt: skip

    # A3: the clock before the day with a bar between them, and an update printed "Today"
    # (the crawl's day on India's clock); "Authored by"; only on the second page of
    # /sport/cricket/.
    a3_title = "Desai's unbeaten 98 takes Karnaval to top of Group C"
    a3_dek = "Hosts chase down 214 with seven wickets in hand."
    ranji = _IN_PARAS["ranji"]
    site.add(u(A3), story(
        A3, a3_title, a3_dek, paras(ranji),
        dates="<span>2:05 pm IST | 24 November 2026</span> "
        "<span>Updated: Today, 10:15 am IST</span>",
        byline="Authored by " + author("Rahul Nair", "rahul-nair-88"),
        tags=[("ranji-trophy", "Ranji Trophy")], image=img + "desai.jpg",
    ))  # fmt: skip
    site.article(
        url=u(A3), site=host, article_id="68912777", title=a3_title, description=a3_dek,
        authors=["Rahul Nair"], published_at="2026-11-24T08:35:00Z",
        published_raw="2:05 pm IST | 24 November 2026", modified_at="2026-11-25T04:45:00Z",
        modified_raw="Today, 10:15 am IST", section="sport", tags=["Ranji Trophy"],
        body="\n\n".join(ranji), image_url=img + "desai.jpg", language="en",
    )  # fmt: skip

    # A4: JSON-LD dates without a zone beside "Nov 24, 2026, 18:40 IST" printed; the desk's
    # initials after the writer ("Kavita Rao / TNN"); only in the RSS feed (+0530).
    a4_title = "Water board to bring in metered billing from April"
    a4_dek = "Flat charge for homes without meters by March."
    water = _IN_PARAS["water"]
    site.add(u(A4), story(
        A4, a4_title, a4_dek, paras(water),
        dates="Nov 24, 2026, 18:40 IST", byline="Kavita Rao / TNN",
        ld=news_ld(a4_title, a4_dek, datePublished="2026-11-24T18:40:00",
                   dateModified="2026-11-24T18:40:00"),
    ))  # fmt: skip
    site.article(
        url=u(A4), site=host, article_id="68912500", title=a4_title, description=a4_dek,
        authors=["Kavita Rao"], published_at="2026-11-24T13:10:00Z",
        published_raw="2026-11-24T18:40:00", modified_at="2026-11-24T13:10:00Z",
        modified_raw="2026-11-24T18:40:00", section="cities", body="\n\n".join(water),
        language="en",
    )  # fmt: skip

    # A5: an editorial, "Opinion by", the day with dashes and a clock, no zone (English in
    # India); in the news sitemap.
    a5_title = "A fare rise that hurts the poorest"
    a5_dek = "The transport corporation must first put its own house in order."
    editorial = _IN_PARAS["editorial"]
    site.add(u(A5), story(
        A5, a5_title, a5_dek, paras(editorial),
        dates="24-11-2026 21:30", byline="Opinion by " + author("Arvind Menon", "arvind-menon-7"),
    ))  # fmt: skip
    site.article(
        url=u(A5), site=host, article_id="68912801", title=a5_title, description=a5_dek,
        authors=["Arvind Menon"], published_at="2026-11-24T16:00:00Z",
        published_raw="2026-11-24 21:30", section="opinion", body="\n\n".join(editorial),
        language="en",
    )  # fmt: skip

    # A video and a photo gallery at article-shaped .ece URLs, a live score page: never items.
    video = "/videos/monsoon-floods-coastal-districts/article68912600.ece"
    site.add(u(video), page(
        "Watch: Monsoon floods coastal districts",
        "<main><article><h1>Watch: Monsoon floods coastal districts</h1>"
        "<p>Published - November 24, 2026 05:00 pm IST</p>"
        '<video src="/media/monsoon.mp4" controls></video>'
        "<p>Relief camps were opened in schools.</p></article></main>",
        f'<link rel="canonical" href="{DL}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Watch: Monsoon floods coastal districts",
               "uploadDate": "2026-11-24T17:00:00+05:30"}),
    ))  # fmt: skip
    photos = "/photos/diwali-lights-on-the-riverfront/article68912650.ece"
    figures = "".join(
        f'<figure><img src="/incoming/2026/11/lights-{i}.jpg" alt="Lights">'
        f"<figcaption>Diwali lights on the riverfront ({i}/8).</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(u(photos), page(
        "In pictures: Diwali lights on the riverfront",
        f"<main><article><h1>In pictures: Diwali lights on the riverfront</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{DL}{photos}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "In pictures: Diwali lights on the riverfront",
               "datePublished": "2026-11-22T18:00:00+05:30"}),
    ))  # fmt: skip
    live = "/sport/cricket/live-score/karnaval-vs-vindhya-pradesh-ranji-trophy/"
    site.add(u(live), page(
        "Karnaval vs Vindhya Pradesh live score",
        "<main><h1>Karnaval vs Vindhya Pradesh live score</h1><table><tr><td>Karnaval</td>"
        "<td>214/3</td></tr></table></main>",
    ))  # fmt: skip
    site.never_exported |= {u(video), u(photos), u(live)}

    site.add(u("/topic/transport/"), listing("transport", [A1]))
    site.add(u("/topic/sensex/"), listing("Sensex", [A2]))
    site.add(u("/profile/author/meera-pillai-1234/"), listing("Meera Pillai", [A1]))
    site.add(u("/profile/author/arvind-menon-7/"), listing("Arvind Menon", [A5]))
    site.add(
        u("/login/"), page("Login", "<main><h1>Login</h1><form><input name='u'></form></main>")
    )
    site.never_exported |= {
        u("/topic/transport/"), u("/topic/sensex/"), u("/profile/author/meera-pillai-1234/"),
        u("/profile/author/arvind-menon-7/"), u("/login/"), u("/videos/"), u("/photos/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search/\nDisallow: /login/\n"
        f"Sitemap: {DL}/sitemap/index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap/index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{DL}/sitemap/googlenews.xml</loc>"
        "<lastmod>2026-11-25T10:15:00+05:30</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (A1, "2026-11-24T14:05:00+05:30", "Bus fares to rise by eight per cent"),
        (A5, "2026-11-24T21:30:00+05:30", "A fare rise that hurts the poorest"),
        (video, "2026-11-24T17:00:00+05:30", "Watch: Monsoon floods coastal districts"),
    ]
    site.add(u("/sitemap/googlenews.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{DL}{path}</loc><news:news><news:publication>"
            "<news:name>The Deccan Ledger</news:name><news:language>en</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/feeder/default.rss"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>The Deccan Ledger</title><link>{DL}/</link><language>en-in</language>"
        f"<item><title>{a4_title}</title><link>{DL}{A4}?utm_source=rss_feed</link>"
        "<pubDate>Tue, 24 Nov 2026 18:40:00 +0530</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="The Deccan Ledger" '
        'href="/feeder/default.rss">'
    )
    home = listing("The Deccan Ledger", [A1, video, photos, "/topic/transport/", live])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/news/national/"), listing("India", [A1]))
    site.add(u("/news/cities/"), listing("Cities", []))
    site.add(u("/business/markets/"), listing("Markets", [A2]))
    site.add(u("/sport/"), listing("Sport", ["/sport/cricket/"]))
    site.add(u("/sport/cricket/"), listing("Cricket", [live], "/sport/cricket/?page=2"))
    site.add(u("/sport/cricket/?page=2"), listing("Cricket", [A3]))
    site.add(u("/opinion/editorial/"), listing("Editorial", [A5]))
    site.add(u("/videos/"), listing("Videos", [video]))
    site.add(u("/photos/"), listing("Photos", [photos]))
    site.never_requested |= {
        u("/search/?q="),
        u("/login/"),
        "https://epaper.deccanledger-digital.example/",
    }
    return site


A1 = "/news/national/bus-fares-to-rise-by-eight-per-cent-from-december-1/article68912345.ece"
A2 = "/business/markets/sensex-closes-at-record-high-on-bank-it-gains/article68912400.ece"
A3 = "/sport/cricket/desais-unbeaten-98-takes-karnaval-to-top-of-group-c/article68912777.ece"
A4 = "/news/cities/water-board-to-bring-in-metered-billing-from-april/article68912500.ece"
A5 = "/opinion/editorial/a-fare-rise-that-hurts-the-poorest/article68912801.ece"

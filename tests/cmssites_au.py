"""The Coastal Herald: a recorded Australian daily for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

import gzip
from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, Page, _ld, paras, person

COASTAL = "https://www.coastalherald.example.au"
#: A sister masthead of the same network on its own domain: another site, never requested.
#: (By the public suffix list ``example.au`` is one registered domain, as ``example.com`` is:
#: a sister on ``baysidestar.example.au`` would be another host of this site.)
SISTER = "https://www.baysidestar.example"

_AU_PARAS = {
    "ferry": [
        "Ferries between Circular Wharf and the northern beaches will run every fifteen minutes in the morning peak from February, under a timetable released by the state government on Tuesday.",
        "The change adds forty weekday services, most of them before nine o'clock, and ends the half-hour gap that commuters at Fisherman's Point have complained about for years.",
        "Transport officials said two refitted vessels would return to service in January, which makes the extra trips possible without buying new boats.",
        "The union representing deckhands said it had not been consulted on the new rosters and would seek a meeting with the operator this week.",
    ],
    "afl": [
        "The Swans have signed a twenty-year-old ruckman from the Tasmanian league on a two-year deal, filling the gap left by a season-ending knee injury.",
        "The club's list manager said the young player had impressed at a training session last month and would join the senior squad on Monday.",
        "He played eighteen games for his state league club this season and led the competition in hitouts.",
    ],
    "mine": [
        "A lithium mine south of Perth will cut two hundred jobs after the price of the metal fell for a fifth straight quarter, its operator said on Monday.",
        "Workers were told at a meeting at the site on Monday afternoon, and the company said it would offer redundancy payments above the legal minimum.",
        "The state's mines minister said the government would help those affected find work at other projects in the region.",
    ],
    "surf": [
        "Lifesavers pulled fourteen swimmers from a rip at Tamarama on Monday afternoon, the busiest single rescue on the beach in more than a decade.",
        "The swimmers were caught when a bank collapsed shortly after three o'clock, opening a channel that ran straight out past the flags.",
        "Surf Life Saving officials said every one of the swimmers was brought back to shore within twenty minutes and none needed hospital treatment.",
        "They urged beachgoers to swim between the flags through summer, when patrols at the smaller beaches are thinner on weekdays.",
    ],
    "heat": [
        "Temperatures are forecast to reach 41 degrees in the western suburbs today, and a total fire ban is in place across Greater Sydney.",
        "The Rural Fire Service has moved its danger rating for the Blue Mountains to extreme and asked residents to review their bushfire plans.",
        "Trains on the western line are running to a reduced timetable after a signal fault near Blacktown, which the heat has made harder to repair.",
        "Public pools in Penrith and Parramatta will stay open until nine o'clock tonight, the councils said.",
    ],
    "markets": [
        "Stallholders at the Saturday farmers' market in Wollongong will move to the old goods yard from next month while the harbour car park is rebuilt.",
        "The council said the new site has room for sixty stalls, ten more than the car park, and is a short walk from the station.",
        "Some growers said they were worried that shoppers would not follow them, and asked for signs on the main road for the first few weeks.",
    ],
    "rates": [
        "Three of the four big banks have cut their fixed mortgage rates for the second time this month, betting that the Reserve Bank has finished raising the cash rate.",
        "The cuts range from fifteen to thirty basis points on two- and three-year fixed loans, while variable rates are unchanged.",
        "Brokers said borrowers nearing the end of a fixed term should compare offers before rolling onto the standard variable rate.",
    ],
}


def coastal_herald() -> CmsSite:
    """An Australian daily on Sydney's clock (AEDT in November, AEST in July): Nine-style
    ``/<section>/<sub>/<slug>-YYYYMMDD-p5xxxx.html`` URLs with no numeric id next to
    ACM-style ``/story/<id>/<slug>/`` ones, sub-sections in the navigation (``/news/nsw/``,
    ``/sport/afl/``), ``?page=N`` pagination, dates printed "First published 6.30am AEDT,
    Nov 24 2026" and "Updated November 24, 2026 — 2.05pm", JSON-LD dates with and without a
    zone, a Perth bureau story in AWST, a gzipped sitemap index in robots.txt over a news
    sitemap (+11:00) and a July sitemap (+10:00), an Atom feed announced only by
    ``<link rel=alternate>``, tweet and Instagram embeds and "Read more:" links in a body, a
    live blog, video and gallery pages, topic and author pages, and a sister masthead on its
    own domain."""
    site = CmsSite(
        "coastal-herald", COASTAL + "/", datetime.fromisoformat("2026-11-25T01:00:00+00:00")
    )
    u = COASTAL.__add__
    host = "coastalherald.example.au"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8">'
            f"<title>{title} | The Coastal Herald</title>"
            '<meta property="og:site_name" content="The Coastal Herald">'
            f"{extra}</head><body>"
            '<header><a class="masthead" href="/">The Coastal Herald</a><nav class="main-nav"><ul>'
            '<li><a href="/news/">News</a><ul class="sub"><li><a href="/news/nsw/">NSW</a></li>'
            '<li><a href="/news/wa/">WA</a></li></ul></li>'
            '<li><a href="/sport/">Sport</a><ul class="sub"><li><a href="/sport/afl/">AFL</a>'
            "</li></ul></li>"
            '<li><a href="/business/">Business</a></li><li><a href="/lifestyle/">Lifestyle</a></li>'
            '<li><a href="/video/">Video</a></li><li><a href="/gallery/">Photos</a></li>'
            '<li><a href="/search/?q=">Search</a></li></ul></nav></header>'
            f"{body}"
            '<footer><p>Our network: <a href="' + SISTER + '/">The Bayside Star</a> '
            f'<a href="{SISTER}/news/local/pier-repairs-begin-20261124-p5xq01.html">Pier repairs '
            'begin</a></p><a href="/about-us/">About us</a> <a href="/privacy-policy/">Privacy</a>'
            "</footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<div class="story-card"><h3><a href="{href}">Story</a></h3></div>' for href in links
        )
        more = (
            f'<div class="pagination"><a href="{next_href}" rel="next">Next page</a></div>'
            if next_href
            else ""
        )
        return page(title, f'<main><h1>{title}</h1><div class="cards">{cards}</div>{more}</main>')

    def byline_html(names: list[tuple[str, str]]) -> str:
        links = " and ".join(f'<a href="/by/{slug}/">{name}</a>' for name, slug in names)
        return f'<p class="byline">By {links}</p>'

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        byline: str,
        crumbs: list[tuple[str, str]],
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
    ) -> str:
        tag_links = "".join(f'<li><a href="/topic/{s}/" rel="tag">{n}</a></li>' for s, n in tags)
        crumb_links = "".join(f' &rsaquo; <a href="{href}">{name}</a>' for href, name in crumbs)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            f'<main><nav class="breadcrumbs"><a href="/">Home</a>{crumb_links}</nav>'
            f'<article class="article"><header><h1 class="headline">{title}</h1>'
            f'<p class="standfirst">{dek}</p>{byline}<div class="timestamps">{dates}</div>'
            f'</header><div class="article-body">{body_html}</div>'
            f'<ul class="topics">{tag_links}</ul>'
            '<div class="share"><a href="https://facebook.example/sharer">Share on Facebook</a>'
            '<a href="mailto:?subject=story">Email</a></div></article>'
            '<aside class="most-viewed"><h2>Most viewed</h2><ol>'
            '<li><a href="/news/nsw/tamarama-rip-rescue-20261124-p5xm4c.html">Fourteen pulled '
            "from rip at Tamarama</a></li></ol></aside></main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{COASTAL}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def with_ad(texts: list[str]) -> str:
        return (
            paras(texts[:2])
            + '<div class="ad-container"><span>Advertisement</span><div id="ad-mrec-1"></div></div>'
            + paras(texts[2:])
        )

    def news_ld(kind: str, title: str, dek: str, **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org",
            "@type": kind,
            "headline": title,
            "description": dek,
            "publisher": {"@type": "NewsMediaOrganization", "name": "The Coastal Herald"},
            **more,
        }

    def first_published(text: str) -> str:
        return f'<p class="published">First published {text}</p>'

    def updated(text: str) -> str:
        return f'<p class="updated">Updated {text}</p>'

    img = COASTAL + "/images/2026/11/"

    # H1: two authors, one with an apostrophe; JSON-LD dates at +11:00 (AEDT) and the same
    # instants printed "First published 6.30am AEDT, Nov 24 2026" / "Updated ... — 2.05pm".
    h1 = "/news/nsw/ferries-every-fifteen-minutes-20261124-p5xk2q.html"
    h1_title = "Northern beaches ferries to run every fifteen minutes in the morning peak"
    h1_dek = "Forty extra weekday services start in February."
    site.add(u(h1), story(
        h1, h1_title, h1_dek, with_ad(_AU_PARAS["ferry"]),
        dates=first_published("6.30am AEDT, Nov 24 2026")
        + updated("November 24, 2026 — 2.05pm"),
        byline=byline_html([("Jess Nguyen", "jess-nguyen"), ("Liam O&#x27;Brien", "liam-obrien")]),
        crumbs=[("/news/", "News"), ("/news/nsw/", "NSW")],
        tags=[("transport", "Transport"), ("ferries", "Ferries")], image=img + "ferry.jpg",
        ld=news_ld("NewsArticle", h1_title, h1_dek, articleSection="News",
                   datePublished="2026-11-24T06:30:00+11:00",
                   dateModified="2026-11-24T14:05:00+11:00",
                   author=[person("Jess Nguyen"), person("Liam O'Brien")],
                   image={"@type": "ImageObject", "url": img + "ferry.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(h1), site=host, title=h1_title, description=h1_dek,
        authors=["Jess Nguyen", "Liam O'Brien"], published_at="2026-11-23T19:30:00Z",
        published_raw="2026-11-24T06:30:00+11:00", modified_at="2026-11-24T03:05:00Z",
        modified_raw="2026-11-24T14:05:00+11:00", section="news", tags=["Transport", "Ferries"],
        body="\n\n".join(_AU_PARAS["ferry"]), image_url=img + "ferry.jpg", language="en",
    )  # fmt: skip

    # H2: July (AEST, +10:00): JSON-LD dates without a zone, printed "9:15am AEST 12 July
    # 2026"; the byline only on the page. Found on /sport/afl/ and in the July sitemap.
    h2 = "/sport/afl/swans-sign-tasmanian-ruckman-20260712-p5ab7c.html"
    h2_title = "Swans sign Tasmanian ruckman to cover injury"
    h2_dek = "The twenty-year-old joins the senior squad on Monday."
    site.add(u(h2), story(
        h2, h2_title, h2_dek, paras(_AU_PARAS["afl"]),
        dates=f"<p>{'9:15am AEST 12 July 2026'}</p>",
        byline=byline_html([("Liam O&#x27;Brien", "liam-obrien")]),
        crumbs=[("/sport/", "Sport"), ("/sport/afl/", "AFL")],
        tags=[("afl", "AFL")],
        ld=news_ld("NewsArticle", h2_title, h2_dek, datePublished="2026-07-12T09:15:00"),
    ))  # fmt: skip
    site.article(
        url=u(h2), site=host, title=h2_title, description=h2_dek, authors=["Liam O'Brien"],
        published_at="2026-07-11T23:15:00Z", published_raw="2026-07-12T09:15:00",
        section="sport", tags=["AFL"], body="\n\n".join(_AU_PARAS["afl"]), language="en",
    )  # fmt: skip

    # H3: from the Perth bureau: JSON-LD date without a zone, the page prints AWST (+08:00);
    # the news sitemap lists it in Sydney time (+11:00), the same instant.
    h3 = "/news/wa/lithium-mine-to-cut-200-jobs-20261123-p5xj9d.html"
    h3_title = "Lithium mine south of Perth to cut 200 jobs"
    h3_dek = "The operator blames a fifth straight quarter of falling prices."
    site.add(u(h3), story(
        h3, h3_title, h3_dek, with_ad(_AU_PARAS["mine"]),
        dates=first_published("4.40pm AWST, Nov 23 2026"),
        byline=byline_html([("Kate Ramsay", "kate-ramsay")]),
        crumbs=[("/news/", "News"), ("/news/wa/", "WA")],
        tags=[("mining", "Mining")], image=img + "mine.jpg",
        ld=news_ld("NewsArticle", h3_title, h3_dek, articleSection="News",
                   datePublished="2026-11-23T16:40:00", author=person("Kate Ramsay")),
    ))  # fmt: skip
    site.article(
        url=u(h3), site=host, title=h3_title, description=h3_dek, authors=["Kate Ramsay"],
        published_at="2026-11-23T08:40:00Z", published_raw="2026-11-23T16:40:00",
        section="news", tags=["Mining"], body="\n\n".join(_AU_PARAS["mine"]),
        image_url=img + "mine.jpg", language="en",
    )  # fmt: skip

    # H4: a tweet and an Instagram post embedded in the body, "Read more:" links between the
    # paragraphs; JSON-LD dates without a zone and no zone on the page: the site's proven
    # zone (Australia/Sydney, AEDT). Only on the /news/nsw/ listing.
    h4 = "/news/nsw/tamarama-rip-rescue-20261124-p5xm4c.html"
    h4_title = "Fourteen pulled from rip at Tamarama in biggest rescue for a decade"
    h4_dek = "None of the swimmers needed hospital treatment."
    surf = _AU_PARAS["surf"]
    h4_body = (
        paras(surf[:2])
        + '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Huge effort from our '
        "Tamarama patrol this afternoon, 14 swimmers back on the sand safe and well "
        '<a href="https://t.example/x1">pic.twitter.example/x1</a></p>&mdash; Surf Life Saving '
        'Coast (@slscoast_example) <a href="https://twitter.example/slscoast_example/status/1">'
        "November 24, 2026</a></blockquote>"
        '<script async src="https://platform.twitter.example/widgets.js"></script>'
        f'<p><strong>Read more:</strong> <a href="{h1}">Northern beaches ferries to run every '
        "fifteen minutes</a></p>"
        + paras(surf[2:3])
        + '<blockquote class="instagram-media" data-instgrm-permalink='
        '"https://www.instagram.example/p/Cx1/"><div><a href="https://www.instagram.example/p/Cx1/">'
        "View this post on Instagram</a><p>The rip at Tamarama from the tower today. Swim "
        "between the flags, everyone.</p><p>A post shared by Tamarama SLSC "
        "(@tamaramaslsc_example)</p></div></blockquote>"
        '<script async src="//www.instagram.example/embed.js"></script>'
        + paras(surf[3:])
        + f'<p>Read more: <a href="{h1}">Ferries every fifteen minutes from February</a></p>'
    )
    site.add(u(h4), story(
        h4, h4_title, h4_dek, h4_body,
        dates=updated("November 24, 2026 — 11.20am"),
        byline=byline_html([("Jess Nguyen", "jess-nguyen")]),
        crumbs=[("/news/", "News"), ("/news/nsw/", "NSW")],
        tags=[("beaches", "Beaches")],
        ld=news_ld("NewsArticle", h4_title, h4_dek, datePublished="2026-11-24T11:20:00",
                   author=person("Jess Nguyen")),
    ))  # fmt: skip
    site.article(
        url=u(h4), site=host, title=h4_title, description=h4_dek, authors=["Jess Nguyen"],
        published_at="2026-11-24T00:20:00Z", published_raw="2026-11-24T11:20:00",
        modified_at="2026-11-24T00:20:00Z", modified_raw="November 24, 2026 — 11.20am",
        section="news", tags=["Beaches"], language="en",
        # The embedded posts' text stays, as the article-extraction benchmark's bodies keep
        # it; the "Read more:" links do not.
        body="\n\n".join([
            *surf[:2],
            ("Huge effort from our Tamarama patrol this afternoon, 14 swimmers back on the sand "
             "safe and well pic.twitter.example/x1"),
            "\u2014 Surf Life Saving Coast (@slscoast_example) November 24, 2026",
            surf[2],
            "The rip at Tamarama from the tower today. Swim between the flags, everyone.",
            "A post shared by Tamarama SLSC (@tamaramaslsc_example)",
            *surf[3:],
        ]),
    )  # fmt: skip

    # H5: a live blog with timestamped updates, newest first; in the news sitemap.
    h5 = "/news/nsw/heatwave-live-fire-ban-20261125-p5xn0a.html"
    h5_title = "Heatwave live: total fire ban across Greater Sydney as west heads for 41"
    h5_dek = "Follow the latest on the heat, fire danger and transport."
    heat = _AU_PARAS["heat"]
    posts = [("11.40am", "2026-11-25T11:40:00+11:00", heat[3]),
             ("10.05am", "2026-11-25T10:05:00+11:00", heat[2]),
             ("8.30am", "2026-11-25T08:30:00+11:00", heat[1])]  # fmt: skip
    h5_body = paras(heat[:1]) + "".join(
        f'<div class="live-post"><time datetime="{iso}">{clock}</time><p>{text}</p></div>'
        for clock, iso, text in posts
    )
    site.add(u(h5), story(
        h5, h5_title, h5_dek, h5_body,
        dates=updated("November 25, 2026 — 11.40am"),
        byline=byline_html([("Tom Kelly", "tom-kelly")]),
        crumbs=[("/news/", "News"), ("/news/nsw/", "NSW")],
        tags=[("weather", "Weather"), ("bushfires", "Bushfires")],
        ld=news_ld("LiveBlogPosting", h5_title, h5_dek, articleSection="News",
                   datePublished="2026-11-25T07:00:00+11:00",
                   dateModified="2026-11-25T11:40:00+11:00",
                   coverageStartTime="2026-11-25T07:00:00+11:00", author=person("Tom Kelly"),
                   liveBlogUpdate=[{"@type": "BlogPosting", "datePublished": iso,
                                    "articleBody": text} for _, iso, text in posts]),
    ))  # fmt: skip
    site.article(
        url=u(h5), site=host, title=h5_title, description=h5_dek, authors=["Tom Kelly"],
        published_at="2026-11-24T20:00:00Z", published_raw="2026-11-25T07:00:00+11:00",
        modified_at="2026-11-25T00:40:00Z", modified_raw="2026-11-25T11:40:00+11:00",
        section="news", tags=["Weather", "Bushfires"],
        # Each update's time stamp stays on its line, as in the benchmark's live blogs.
        body="\n\n".join([heat[0], "11.40am", heat[3], "10.05am", heat[2], "8.30am", heat[1]]),
        language="en",
    )  # fmt: skip

    # H6: only in the Atom feed; JSON-LD date without a zone, nothing printed.
    h6 = "/lifestyle/wollongong-farmers-market-moves-20261124-p5xm9e.html"
    h6_title = "Wollongong farmers' market moves to the old goods yard"
    h6_dek = "The harbour car park is being rebuilt."
    site.add(u(h6), story(
        h6, h6_title, h6_dek, paras(_AU_PARAS["markets"]), dates="",
        byline=byline_html([("Priya Raman", "priya-raman")]),
        crumbs=[("/lifestyle/", "Lifestyle")],
        ld=news_ld("NewsArticle", h6_title, h6_dek, datePublished="2026-11-24T20:10:00",
                   author=person("Priya Raman")),
    ))  # fmt: skip
    site.article(
        url=u(h6), site=host, title=h6_title, description=h6_dek, authors=["Priya Raman"],
        published_at="2026-11-24T09:10:00Z", published_raw="2026-11-24T20:10:00",
        section="lifestyle", body="\n\n".join(_AU_PARAS["markets"]), language="en",
    )  # fmt: skip

    # H7: ACM-style URL with a numeric id, no JSON-LD; dates only as printed, the update
    # without a zone (the page's AEDT holds for it); on the second page of /business/ only.
    h7 = "/story/8123456/banks-cut-fixed-mortgage-rates-again/"
    h7_title = "Banks cut fixed mortgage rates for the second time this month"
    h7_dek = "Variable rates are unchanged."
    site.add(u(h7), story(
        h7, h7_title, h7_dek, paras(_AU_PARAS["rates"]),
        dates=first_published("7.45am AEDT, Nov 20 2026")
        + updated("November 21, 2026 — 3.10pm"),
        byline=byline_html([("Sam Whitfield", "sam-whitfield")]),
        crumbs=[("/business/", "Business")], tags=[("property", "Property")],
        meta='<meta property="article:section" content="Business">',
    ))  # fmt: skip
    site.article(
        url=u(h7), site=host, article_id="8123456", title=h7_title, description=h7_dek,
        authors=["Sam Whitfield"], published_at="2026-11-19T20:45:00Z",
        published_raw="7.45am AEDT, Nov 20 2026", modified_at="2026-11-21T04:10:00Z",
        modified_raw="November 21, 2026 — 3.10pm", section="business", tags=["Property"],
        body="\n\n".join(_AU_PARAS["rates"]), language="en",
    )  # fmt: skip

    # A video and a gallery at article-shaped URLs: never items.
    video = "/video/news/nsw/drone-footage-of-tamarama-rip-20261124-p5xm5f.html"
    site.add(u(video), page(
        "Watch: drone footage of the Tamarama rip",
        '<main><article><h1>Watch: drone footage of the Tamarama rip</h1>'
        "<p>Updated November 24, 2026 — 4.00pm</p>"
        '<video src="/media/tamarama-rip.mp4" controls></video>'
        "<p>The rip opened shortly after three o'clock.</p></article></main>",
        f'<link rel="canonical" href="{COASTAL}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Watch: drone footage of the Tamarama rip",
               "uploadDate": "2026-11-24T16:00:00+11:00"}),
    ))  # fmt: skip
    gallery = "/gallery/news/nsw/jacaranda-season-in-pictures-20261123-p5xl77.html"
    figures = "".join(
        f'<figure><img src="/images/2026/11/jacaranda-{i}.jpg" alt="Jacarandas">'
        f"<figcaption>Jacarandas in bloom in Grafton ({i} of 8).</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(u(gallery), page(
        "Jacaranda season in pictures",
        f"<main><article><h1>Jacaranda season in pictures</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{COASTAL}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Jacaranda season in pictures",
               "datePublished": "2026-11-23T17:00:00+11:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(video), u(gallery)}

    # Topic and author pages list stories but are never items.
    site.add(u("/topic/transport/"), listing("Transport", [h1, h7]))
    site.add(u("/topic/beaches/"), listing("Beaches", [h4]))
    site.add(u("/by/jess-nguyen/"), listing("Jess Nguyen", [h1, h4]))
    site.add(u("/by/liam-obrien/"), listing("Liam O'Brien", [h2, h1]))
    site.never_exported |= {
        u("/topic/transport/"), u("/topic/beaches/"), u("/by/jess-nguyen/"),
        u("/by/liam-obrien/"), u("/video/"), u("/gallery/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search/\nDisallow: /api/\n"
        f"Sitemap: {COASTAL}/sitemaps/index.xml.gz\n"
    ), "text/plain")  # fmt: skip

    def gz_xml(url: str, xml: str) -> None:
        site.pages.append(
            Page(url, gzip.compress(xml.encode("utf-8"), mtime=0), "application/x-gzip")
        )

    gz_xml(u("/sitemaps/index.xml.gz"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{COASTAL}/sitemaps/news.xml</loc>"
        "<lastmod>2026-11-25T11:40:00+11:00</lastmod></sitemap>"
        f"<sitemap><loc>{COASTAL}/sitemaps/2026-07.xml</loc>"
        "<lastmod>2026-07-31T22:00:00+10:00</lastmod></sitemap></sitemapindex>"
    ))  # fmt: skip
    news_entries = [
        (h5, "2026-11-25T07:00:00+11:00", "Heatwave live"),
        (h1, "2026-11-24T06:30:00+11:00", "Ferries every fifteen minutes"),
        (video, "2026-11-24T16:00:00+11:00", "Watch: Tamarama rip"),
        (h3, "2026-11-23T19:40:00+11:00", "Lithium mine to cut 200 jobs"),
        (gallery, "2026-11-23T17:00:00+11:00", "Jacaranda season"),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{COASTAL}{path}</loc><news:news><news:publication>"
            "<news:name>The Coastal Herald</news:name><news:language>en</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/2026-07.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{COASTAL}{h2}</loc><lastmod>2026-07-12T09:15:00+10:00</lastmod></url>"
        f"<url><loc>{COASTAL}/sport/afl/</loc><lastmod>2026-07-31T22:00:00+10:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/feeds/latest.atom"), (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>The Coastal Herald</title><id>{COASTAL}/</id>"
        "<updated>2026-11-25T11:40:00+11:00</updated>"
        f'<entry><title>{h6_title}</title><link rel="alternate" '
        f'href="{COASTAL}{h6}?utm_source=rss&amp;utm_medium=atom"/><id>{COASTAL}{h6}</id>'
        "<published>2026-11-24T20:10:00+11:00</published>"
        "<updated>2026-11-24T20:10:00+11:00</updated></entry>"
        f'<entry><title>{h5_title}</title><link rel="alternate" href="{COASTAL}{h5}"/>'
        f"<id>{COASTAL}{h5}</id><updated>2026-11-25T11:40:00+11:00</updated></entry>"
        "</feed>"
    ), "application/atom+xml")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/atom+xml" title="The Coastal Herald" '
        'href="/feeds/latest.atom">'
    )
    home = listing("The Coastal Herald", [h5, h1, video, gallery, "/topic/transport/"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/news/"), listing("News", [h1, h3]))
    site.add(u("/news/nsw/"), listing("NSW", [h4, h1], "/news/nsw/?page=2"))
    site.add(u("/news/nsw/?page=2"), listing("NSW", [h5]))
    site.add(u("/news/wa/"), listing("WA", [h3]))
    site.add(u("/sport/"), listing("Sport", ["/sport/afl/"]))
    site.add(u("/sport/afl/"), listing("AFL", [h2]))
    site.add(u("/business/"), listing("Business", [], "/business/?page=2"))
    site.add(u("/business/?page=2"), listing("Business", [h7]))
    site.add(u("/lifestyle/"), listing("Lifestyle", []))
    site.add(u("/video/"), listing("Video", [video]))
    site.add(u("/gallery/"), listing("Photos", [gallery]))
    site.never_requested |= {
        u("/search/?q="), SISTER + "/", SISTER + "/news/local/pier-repairs-begin-20261124-p5xq01.html",
    }  # fmt: skip
    return site

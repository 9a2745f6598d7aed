"""Prairie Dispatch: a recorded Drupal 10 paper in Chicago for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime

from tests.cmssites import XML, CmsSite, _ld, paras

DISPATCH = "https://www.prairie-dispatch.example"

_TEXTS = {
    "bus": [
        (
            "The county will end three bus routes in March, the transit director told commissioners "
            "on Tuesday, as falling fares leave a gap of $1.1 million in the spring budget."
        ),
        (
            "Routes 4, 9 and 12, which carry fewer than 200 riders a day between them, will stop "
            "running on March 2. Riders will be offered a ride-share voucher for six months."
        ),
        (
            "Commissioner Pat Ortiz said she would ask for a public hearing before the cuts take "
            "effect."
        ),
    ],
    "grain": [
        (
            "Corn and soybean prices at the county's two elevators rose for a third week after a "
            "harvest that came in smaller than farmers had hoped."
        ),
        (
            "Dry weather in August cut yields on the lighter soils west of the river, the extension "
            "office said, while fields along the bottoms did better than average."
        ),
        (
            "Elevator managers expect prices to level off once the last of the late-planted fields "
            "are in."
        ),
    ],
    "library": [
        (
            "The main library will open on Sundays from January, the library board decided on "
            "Monday, after a survey found weekend hours were what patrons wanted most."
        ),
        (
            "Sunday hours will run from noon to five. The board will pay for them by closing an hour "
            "earlier on Wednesday evenings, the quietest time of the week."
        ),
        (
            "The branch libraries keep their hours for now; the board will look at them again in "
            "the spring."
        ),
    ],
}


def prairie_dispatch() -> CmsSite:
    """A Drupal 10 site in Chicago: every page inside core's page-wide
    ``<div class="dialog-off-canvas-main-canvas">``, ``<h1 class="page-title">`` headlines,
    tags in a taxonomy field (``/taxonomy/term/N``), zero-based ``?page=N`` pagination, a
    ``/node/N`` link beside the path alias, a sitemap named in robots.txt whose ``lastmod``s
    are at -06:00, and a story dated only by Drupal's printed "Tue, 11/24/2026 - 18:05 CST",
    whose ambiguous "CST" (Chicago, Shanghai or Havana) that sitemap offset settles."""
    site = CmsSite(
        "prairie-dispatch", DISPATCH + "/", datetime.fromisoformat("2026-11-25T15:00:00+00:00")
    )
    u = DISPATCH.__add__

    def page(title: str, main: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">'
            f"<title>{title} | Prairie Dispatch</title>{extra}</head>"
            '<body class="path-node"><div class="dialog-off-canvas-main-canvas" '
            'data-off-canvas-main-canvas><header role="banner"><a href="/" rel="home">'
            'Prairie Dispatch</a><nav role="navigation"><ul class="menu"><li><a href="/local">'
            'Local</a></li><li><a href="/business">Business</a></li><li><a href="/video">Video'
            '</a></li><li><a href="/user/login">Log in</a></li></ul></nav></header>'
            f'<main role="main"><div class="region region-content">{main}</div></main>'
            '<footer><a href="/about">About us</a></footer></div></body></html>'
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        rows = "".join(
            f'<div class="views-row"><h2><a href="{href}">{text}</a></h2></div>'
            for href, text in links
        )
        pager = (
            f'<nav class="pager"><ul><li class="pager__item--next"><a href="{next_href}" '
            'rel="next">Next &rsaquo;</a></li></ul></nav>'
            if next_href
            else ""
        )
        return page(title, f'<h1 class="page-title">{title}</h1>{rows}{pager}')

    def story(
        path: str,
        title: str,
        dek: str,
        key: str,
        *,
        author: str,
        printed: str,
        tags: list[tuple[int, str]],
        head: str = "",
    ) -> str:
        body = (
            paras(_TEXTS[key][:2])
            + ('<div class="block block-advert"><div>Advertisement</div></div>')
            + paras(_TEXTS[key][2:])
        )
        tag_field = "".join(
            f'<div class="field__item"><a href="/taxonomy/term/{n}" hreflang="en">{name}</a></div>'
            for n, name in tags
        )
        return page(
            title,
            '<article role="article" class="node node--type-article node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>'
            f'<div class="node__meta"><span class="field field--name-uid">{author}</span> '
            f'<span class="field field--name-created">{printed}</span></div>'
            '<div class="clearfix text-formatted field field--name-body field__item">'
            f"{body}</div>"
            '<div class="field field--name-field-tags"><div class="field__label">Tags</div>'
            f'<div class="field__items">{tag_field}</div></div></article>',
            f'<link rel="canonical" href="{u(path)}"><meta name="description" content="{dek}">'
            f'<meta property="og:type" content="article"><meta property="og:title" '
            f'content="{title}"><meta property="og:image" '
            f'content="{u("/sites/default/files/2026-11/" + key + ".jpg")}">{head}',
        )

    # Dated only by the printed "CST" wall clock: the sitemap's -06:00 says it is Chicago's.
    bus = "/local/bus-routes-cut-in-spring-budget"
    site.add(
        u(bus),
        story(
            bus, "Bus routes cut in spring budget",
            "Three routes end in March as the county trims its transit budget.", "bus",
            author="Jordan Pike", printed="Tue, 11/24/2026 - 18:05 CST",
            tags=[(12, "Transit"), (44, "County budget")],
        ),
    )  # fmt: skip
    site.article(
        url=u(bus), site="prairie-dispatch.example", title="Bus routes cut in spring budget",
        description="Three routes end in March as the county trims its transit budget.",
        authors=["Jordan Pike"], published_at="2026-11-25T00:05:00Z",
        # a numeric date is exported as ISO 8601, so its day and month never swap later
        published_raw="2026-11-24 18:05 CST", section="local",
        tags=["Transit", "County budget"], body="\n\n".join(_TEXTS["bus"]),
        image_url=u("/sites/default/files/2026-11/bus.jpg"), language="en",
    )  # fmt: skip

    grain = "/business/grain-prices-climb-after-short-harvest"
    ld = _ld({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Grain prices climb after short harvest",
        "datePublished": "2026-11-24T07:30:00-06:00", "dateModified": "2026-11-24T12:10:00-06:00",
        "author": {"@type": "Person", "name": "Ruth Halvorsen"}, "articleSection": "Business",
    })  # fmt: skip
    site.add(
        u(grain),
        story(
            grain, "Grain prices climb after short harvest",
            "A third week of gains at the county's elevators.", "grain",
            author="Ruth Halvorsen", printed="Tue, 11/24/2026 - 07:30 CST", tags=[], head=ld,
        ),
    )  # fmt: skip
    site.article(
        url=u(grain), site="prairie-dispatch.example",
        title="Grain prices climb after short harvest",
        description="A third week of gains at the county's elevators.",
        authors=["Ruth Halvorsen"], published_at="2026-11-24T13:30:00Z",
        published_raw="2026-11-24T07:30:00-06:00", modified_at="2026-11-24T18:10:00Z",
        modified_raw="2026-11-24T12:10:00-06:00", section="business",
        body="\n\n".join(_TEXTS["grain"]),
        image_url=u("/sites/default/files/2026-11/grain.jpg"), language="en",
    )  # fmt: skip

    # Linked from the home page as /node/103 (the page names its alias as canonical) and
    # listed on the second page of /local.
    library = "/local/library-opens-on-sundays"
    library_page = story(
        library, "Library opens on Sundays",
        "Noon to five from January, paid for by shorter Wednesday evenings.", "library",
        author="Jordan Pike", printed="Mon, 11/23/2026 - 16:45 CST",
        tags=[(51, "Libraries")],
        head='<meta property="article:published_time" content="2026-11-23T16:45:00-06:00">',
    )  # fmt: skip
    site.add(u(library), library_page)
    site.add(u("/node/103"), library_page)
    site.article(
        url=u(library), site="prairie-dispatch.example", title="Library opens on Sundays",
        description="Noon to five from January, paid for by shorter Wednesday evenings.",
        authors=["Jordan Pike"], published_at="2026-11-23T22:45:00Z",
        published_raw="2026-11-23T16:45:00-06:00", section="local", tags=["Libraries"],
        body="\n\n".join(_TEXTS["library"]),
        image_url=u("/sites/default/files/2026-11/library.jpg"), language="en",
    )  # fmt: skip

    # A video page at a story-shaped URL: never an item.
    video = "/local/storm-footage-from-the-river-road"
    site.add(
        u(video),
        page(
            "Storm footage from the river road",
            '<article class="node node--type-video"><h1 class="page-title">Storm footage from '
            'the river road</h1><div class="video-embed-field-provider-youtube">'
            '<iframe src="https://www.youtube.example/embed/x1"></iframe></div>'
            "<p>Viewers sent in this video of Tuesday's storm.</p></article>",
            '<meta property="og:type" content="video.other">'
            + _ld({"@context": "https://schema.org", "@type": "VideoObject",
                   "name": "Storm footage from the river road",
                   "uploadDate": "2026-11-24T20:00:00-06:00"}),
        ),
    )  # fmt: skip
    site.never_exported |= {u(video), u("/taxonomy/term/12")}

    site.add(
        u("/robots.txt"),
        f"User-agent: *\nDisallow: /user/\nDisallow: /search/\nSitemap: {u('/sitemap.xml')}\n",
        "text/plain",
    )
    entries = [(bus, "2026-11-24T18:05:00-06:00"), (grain, "2026-11-24T12:10:00-06:00")]
    site.add(
        u("/sitemap.xml"),
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{u(p)}</loc><lastmod>{m}</lastmod></url>" for p, m in entries)
        + "</urlset>",
        XML,
    )
    site.add(
        u("/"),
        listing(
            "Prairie Dispatch",
            [(bus, "Bus routes cut"), (grain, "Grain prices climb"), ("/node/103", "Library")],
        ),
    )
    site.add(u("/local"), listing("Local", [(bus, "Bus routes cut")], "/local?page=1"))
    site.add(u("/local?page=1"), listing("Local", [(library, "Library"), (video, "Video")]))
    site.add(u("/business"), listing("Business", [(grain, "Grain prices climb")]))
    site.add(u("/video"), listing("Video", [(video, "Storm footage")]))
    site.add(u("/taxonomy/term/12"), listing("Transit", [(bus, "Bus routes cut")]))
    site.never_requested |= {u("/user/login")}
    return site

"""Plains Herald: a recorded BLOX CMS paper in Kansas for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime

from tests.cmssites import XML, CmsSite, _ld, paras

PLAINS = "https://www.plainsherald.example"

_TEXTS = {
    "fire": [
        (
            "A fire that broke out in a grain elevator north of town on Tuesday afternoon was "
            "contained by early evening, the county fire chief said."
        ),
        (
            "No one was hurt. Crews from three departments kept the blaze from reaching the "
            "co-op's second bin, which held about 40,000 bushels of soybeans."
        ),
        "The cause is under investigation. Dust in the bin's conveyor was a likely source.",
    ],
    "levy": [
        (
            "The school board voted 5-2 on Monday to put a mill levy increase on the April ballot, "
            "saying the district cannot keep its bus routes without it."
        ),
        (
            "The increase would add about $48 a year to the tax bill on a home valued at "
            "$150,000, the district's finance director said."
        ),
        "Two board members said they would campaign against it.",
    ],
    "pool": [
        (
            "The city pool will stay closed next summer while workers replace its cracked floor "
            "and the pump house that was built in 1961."
        ),
        (
            "The parks department will run buses to the pool in the next town on weekday "
            "afternoons, the parks director told the city commission."
        ),
        "The new pool is to open in June of the following year.",
    ],
}
_UUIDS = {
    "fire": "5f2c1a8e-9b3d-11ef-8c2a-0b7d4e1f2a3c",
    "levy": "71d0c2aa-9b3d-11ef-a1c4-3f7d2e9b6c10",
    "pool": "0a9e3b64-9a77-11ef-9d1e-5b2c8f7a4d21",
    "video": "c3f1e2d0-9b3d-11ef-b5a6-7e1d0c9b8a76",
    "gallery": "d4a2b1c0-9b3d-11ef-8e7f-6a5b4c3d2e1f",
}


def plains_herald() -> CmsSite:
    """A BLOX CMS site in Kansas: every asset at ``/<section>/<slug>/<type>_<uuid>.html``, so
    a story (``article_``) and a video (``video_``) or gallery (``collection_``) differ only in
    that word, which tells the media before download; a Google News sitemap named in
    robots.txt; tag links to the disallowed ``/search/?k=``; a listing paged by a "Next" link
    to ``?o=10``; a homepage link with campaign codes; JSON-LD dates at -06:00."""
    site = CmsSite(
        "plains-herald", PLAINS + "/", datetime.fromisoformat("2026-11-25T18:00:00+00:00")
    )
    u = PLAINS.__add__

    def path(key: str, slug: str, kind: str = "article", section: str = "news/local") -> str:
        return f"/{section}/{slug}/{kind}_{_UUIDS[key]}.html"

    def page(title: str, main: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{title} | Local News | plainsherald.example</title>{extra}</head><body>"
            '<header><nav class="navbar"><ul><li><a href="/news/">News</a></li>'
            '<li><a href="/news/local/">Local</a></li><li><a href="/news/state/">State</a></li>'
            '<li><a href="/users/login/">Log in</a></li></ul></nav></header>'
            f'<div id="main-page-container">{main}</div>'
            '<footer><a href="/site/about.html">About us</a></footer></body></html>'
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<div class="card-container"><h3 class="tnt-headline"><a href="{href}">Story</a>'
            "</h3></div>"
            for href in links
        )
        more = f'<a href="{next_href}" class="btn">Next</a>' if next_href else ""
        return page(title, f"<h1>{title}</h1>{cards}{more}")

    def story(key: str, url: str, title: str, dek: str, author: str, when: str) -> str:
        ld = _ld({
            "@context": "http://schema.org", "@type": "NewsArticle", "headline": title,
            "url": url, "datePublished": when, "author": [{"@type": "Person", "name": author}],
            "keywords": ["county", key],
        })  # fmt: skip
        body = (
            paras(_TEXTS[key][:2])
            + ('<div class="tnt-ads-container"><div class="tnt-ads">Advertisement</div></div>')
            + paras(_TEXTS[key][2:])
        )
        return page(
            title,
            '<article itemscope itemtype="http://schema.org/NewsArticle">'
            '<header class="asset-header"><span class="asset-section"><a href="/news/local/">'
            f'Local News</a></span><h1 class="headline"><span class="tnt-headline">{title}'
            f'</span></h1><h2 class="subhead">{dek}</h2><ul class="list-inline"><li>'
            f'<span itemprop="author" class="tnt-byline">By {author}</span></li><li>'
            f'<time datetime="{when}" class="tnt-date">Nov 24, 2026</time></li></ul></header>'
            f'<div class="asset-content" itemprop="articleBody"><div id="article-body">{body}'
            '<div class="asset-related-items"><h3>Related to this story</h3><ul><li>'
            f'<a href="{path("pool", "city-pool-closed-next-summer")}">Pool</a></li></ul></div>'
            '</div></div><div class="asset-tags"><ul class="list-inline"><li>'
            f'<a href="/search/?k=%23{key}">#{key}</a></li></ul></div></article>',
            f'<link rel="canonical" href="{url}"><meta name="description" content="{dek}">'
            f'<meta property="og:type" content="article"><meta property="og:title" '
            f'content="{title}"><meta property="og:image" '
            f'content="https://bloximages.example/plainsherald/{key}.jpg">{ld}',
        )

    stories = [
        ("fire", "grain-elevator-fire-contained", "Grain elevator fire contained",
         "Crews kept the blaze from the co-op's second bin", "Kelsey Brandt",
         "2026-11-24T16:05:00-06:00", "2026-11-24T22:05:00Z"),
        ("levy", "school-levy-goes-to-voters", "School levy goes to voters in April",
         "The board split 5-2 on the increase", "Marcus Reyes",
         "2026-11-23T21:40:00-06:00", "2026-11-24T03:40:00Z"),
        ("pool", "city-pool-closed-next-summer", "City pool closed next summer",
         "A new floor and pump house first", "Kelsey Brandt",
         "2026-11-20T10:15:00-06:00", "2026-11-20T16:15:00Z"),
    ]  # fmt: skip
    for key, slug, title, dek, author, when, utc in stories:
        url = u(path(key, slug))
        site.add(url, story(key, url, title, dek, author, when))
        site.article(
            url=url, site="plainsherald.example", title=title, description=dek,
            authors=[author], published_at=utc, published_raw=when, section="news",
            tags=["county", key], body="\n\n".join(_TEXTS[key]),
            image_url=f"https://bloximages.example/plainsherald/{key}.jpg", language="en",
        )  # fmt: skip

    fire, levy, pool = (path(k, s) for k, s, *_ in stories)
    video = path("video", "storm-rolls-across-the-county", "video")
    gallery = path("gallery", "county-fair-in-pictures", "collection")
    site.add(
        u("/robots.txt"),
        "User-agent: *\nDisallow: /search/\nDisallow: /users/\n"
        f"Sitemap: {u('/tncms/sitemap/news.xml')}\n",
        "text/plain",
    )
    site.add(
        u("/tncms/sitemap/news.xml"),
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{u(p)}</loc><news:news><news:publication><news:name>Plains Herald"
            "</news:name><news:language>en</news:language></news:publication>"
            f"<news:publication_date>{when}</news:publication_date><news:title>{title}"
            "</news:title></news:news></url>"
            for p, (_, _, title, _, _, when, _) in zip((fire, levy), stories, strict=False)
        )
        + "</urlset>",
        XML,
    )
    site.add(
        u("/"),
        listing(
            "Plains Herald",
            [fire, f"{levy}?utm_source=homepage&utm_medium=web", video, gallery],
        ),
    )
    site.add(u("/news/"), listing("News", [fire, levy]))
    site.add(u("/news/local/"), listing("Local", [fire, video], "/news/local/?o=10"))
    site.add(u("/news/local/?o=10"), listing("Local", [pool, gallery]))
    site.add(u("/news/state/"), listing("State", [levy]))
    # media assets are known by their URL's type word: never fetched at all
    site.never_requested |= {u(video), u(gallery), u("/search/?k=%23fire"), u("/users/login/")}
    return site

"""The Riverbend Gazette: a recorded WordPress site with plain permalinks in New Zealand.

For ``tests/test_news_cms.py``. Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime

from tests.cmssites import XML, CmsSite, paras

RIVERBEND = "https://www.riverbendgazette.example"

_TEXTS = {
    101: [
        (
            "The regional council will replace the old single-lane bridge over the Waiora "
            "Stream next winter, ending decades of queues behind stock trucks at harvest time."
        ),
        (
            "The new two-lane bridge will sit a little upstream of the old one, which stays "
            "open until the new deck is finished and will then be taken down."
        ),
        "Cyclists will get a separate clip-on path on the downstream side of the new deck.",
    ],
    102: [
        (
            "The Riverbend A&P Show drew its biggest crowd in twenty years on Saturday, with "
            "more than nine thousand people through the gates by mid-afternoon."
        ),
        (
            "Organisers put the numbers down to the fine weather and the return of the "
            "shearing competition, which had been dropped for three years."
        ),
        "The show committee will meet in February to look at parking for next year.",
    ],
    103: [
        (
            "The district library will open on Sunday afternoons from December, after a "
            "survey found that most people who do not use it cannot get there on weekdays."
        ),
        (
            "The extra hours will be staffed by two new part-time librarians, paid for out of "
            "the district's community grants fund for the first year."
        ),
        "The mobile library van will also add a stop at the Ōtaki Road school.",
    ],
    104: [
        (
            "Volunteers planted four thousand native seedlings along the lower Waiora on "
            "Sunday, the third planting day of the stream care group this year."
        ),
        (
            "The group hopes the flax and cabbage trees will shade the water enough to bring "
            "back the native fish that left the lower reaches in the nineties."
        ),
        "The next planting day is in March, when the group will work upstream of the bridge.",
    ],
}


def riverbend_gazette() -> CmsSite:
    """A WordPress site with plain permalinks in New Zealand: every post at ``/?p=N`` (the
    site's root and a query, nothing else), pages at ``?page_id=N``, categories at
    ``?cat=N``; the RSS feed at ``/?feed=rss2``, announced by ``<link rel=alternate>``; the
    core sitemaps at ``/?sitemap=index`` named in robots.txt, one post found only there and
    one only on a category's second page (``/?cat=3&paged=2``);
    comment reply links ``?p=N&replytocom=M``; dates in Auckland's summer time (+13:00)."""
    site = CmsSite(
        "riverbend-gazette", RIVERBEND + "/", datetime.fromisoformat("2026-11-25T03:00:00+00:00")
    )
    u = RIVERBEND.__add__

    def page(title: str, main: str, head: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="en-NZ"><head><meta charset="UTF-8">'
            f"<title>{title} &#8211; The Riverbend Gazette</title>"
            '<link rel="alternate" type="application/rss+xml" title="The Riverbend Gazette '
            '&raquo; Feed" href="https://www.riverbendgazette.example/?feed=rss2" />'
            f"{head}</head><body>"
            '<header id="masthead" class="site-header"><p class="site-title"><a href="'
            'https://www.riverbendgazette.example/" rel="home">The Riverbend Gazette</a></p>'
            '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
            '<li class="menu-item"><a href="https://www.riverbendgazette.example/?cat=2">News</a>'
            '</li><li class="menu-item"><a href="https://www.riverbendgazette.example/?cat=3">'
            "Community</a></li>"
            '<li class="menu-item"><a href="https://www.riverbendgazette.example/?page_id=2">'
            "About</a></li></ul></nav></header>"
            f'<div id="content" class="site-content"><main id="main" class="site-main">{main}'
            '</main></div><footer id="colophon" class="site-footer">Proudly powered by WordPress'
            "</footer></body></html>"
        )

    def listing(title: str, posts: list[int], older: str = "") -> str:
        items = "".join(
            f'<article class="post-{n} post type-post status-publish hentry"><header '
            f'class="entry-header"><h2 class="entry-title"><a href="{u(f"/?p={n}")}" '
            f'rel="bookmark">Post {n}</a></h2></header></article>'
            for n in posts
        )
        nav = (
            f'<nav class="navigation posts-navigation"><div class="nav-previous"><a href="{older}">'
            "Older posts</a></div></nav>"
            if older
            else ""
        )
        return page(title, f'<header class="page-header"><h1>{title}</h1></header>{items}{nav}')

    def post(n: int, title: str, author: str, when: str, category: tuple[int, str]) -> str:
        return page(
            title,
            f'<article id="post-{n}" class="post-{n} post type-post status-publish format-'
            f'standard hentry category-{category[1].lower()}"><header class="entry-header">'
            f'<h1 class="entry-title">{title}</h1><div class="entry-meta"><span class="posted-on">'
            f'Posted on <a href="{u(f"/?p={n}")}" rel="bookmark"><time class="entry-date '
            f'published updated" datetime="{when}">November {when[8:10]}, 2026</time></a></span>'
            '<span class="byline"> by <span class="author vcard"><a class="url fn n" href="'
            f'{u("/?author=1")}">{author}</a></span></span></div></header>'
            f'<div class="entry-content">{paras(_TEXTS[n])}</div><footer class="entry-footer">'
            f'<span class="cat-links">Posted in <a href="{u(f"/?cat={category[0]}")}" '
            f'rel="category">{category[1]}</a></span></footer></article>'
            '<div id="comments" class="comments-area"><ol class="comment-list"><li id="comment-7">'
            '<div class="comment-body"><p>Good news for the farmers.</p><div class="reply">'
            f'<a rel="nofollow" class="comment-reply-link" href="{u(f"/?p={n}&replytocom=7")}'
            '#respond">Reply</a></div></div></li></ol></div>',
            f'<link rel="canonical" href="{u(f"/?p={n}")}" />',
        )

    posts = [
        (101, "Single-lane bridge over the Waiora to be replaced", "Hemi Walker",
         "2026-11-24T16:05:00+13:00", "2026-11-24T03:05:00Z", (2, "News")),
        (102, "Biggest A&amp;P Show crowd in twenty years", "Claire Tolley",
         "2026-11-22T18:40:00+13:00", "2026-11-22T05:40:00Z", (3, "Community")),
        (103, "Library to open on Sunday afternoons", "Hemi Walker",
         "2026-11-20T09:15:00+13:00", "2026-11-19T20:15:00Z", (3, "Community")),
        # in no sitemap or feed: only on the second page of its category
        (104, "Four thousand seedlings along the lower Waiora", "Claire Tolley",
         "2026-11-16T11:30:00+13:00", "2026-11-15T22:30:00Z", (3, "Community")),
    ]  # fmt: skip
    for n, title, author, when, utc, category in posts:
        site.add(u(f"/?p={n}"), post(n, title, author, when, category))
        site.article(
            url=u(f"/?p={n}"), site="riverbendgazette.example",
            title=title.replace("&amp;", "&"), authors=[author], published_at=utc,
            published_raw=when, section=category[1].lower(), body="\n\n".join(_TEXTS[n]),
            language="en",
        )  # fmt: skip
        site.never_requested.add(u(f"/?p={n}&replytocom=7"))

    site.add(
        u("/robots.txt"),
        "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
        f"Sitemap: {u('/?sitemap=index')}\n",
        "text/plain",
    )
    site.add(
        u("/?sitemap=index"),
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
        f'schemas/sitemap/0.9"><sitemap><loc>{u("/?sitemap=posts&amp;sitemap-subtype=post&amp;paged=1")}'
        "</loc></sitemap></sitemapindex>",
        XML,
    )
    site.add(
        u("/?sitemap=posts&sitemap-subtype=post&paged=1"),
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
        'schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{u(f'/?p={n}')}</loc></url>" for n in (101, 102, 103))
        + "</urlset>",
        XML,
    )
    site.add(
        u("/?feed=rss2"),
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>The Riverbend Gazette</title><link>https://www.riverbendgazette.example</link>"
        f"<item><title>Bridge</title><link>{u('/?p=101')}</link>"
        "<pubDate>Tue, 24 Nov 2026 03:05:00 +0000</pubDate></item></channel></rss>",
        XML,
    )
    # the home page shows the newest post; the others are in the sitemap (and a category)
    site.add(u("/"), listing("The Riverbend Gazette", [101]))
    site.add(u("/?cat=2"), listing("News", [101]))
    site.add(u("/?cat=3"), listing("Community", [102, 103], u("/?cat=3&paged=2")))
    site.add(u("/?cat=3&paged=2"), listing("Community", [104]))
    site.add(u("/?page_id=2"), page("About", "<h1>About us</h1><p>A community paper.</p>"))
    # a page of the site, never a post; the categories are listings, read for their links
    site.never_requested.add(u("/?page_id=2"))
    return site

"""Small general news sites in three URL shapes, written as WARCs, for the ``news`` spider's tests.

Each site has a home page whose navigation lists two sections and non-section pages, section
pages with a second page, a robots.txt naming a sitemap index, a news sitemap, an RSS feed
announced only by ``<link rel=alternate>``, and pages that must never be items: a video at an
article-shaped URL, media, tag, author, about and search pages, a robots-disallowed story and
an article-shaped link on another site.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from warcio.warcwriter import WARCWriter

from newscrawl.warc import write_response_record

ROOT = Path(__file__).resolve().parents[1]
WHEN = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
SECTIONS = ("city", "economy")


@dataclass(frozen=True)
class Shape:
    """How one site spells its URLs."""

    name: str
    host: str
    #: (section, number, slug) -> article path
    article: Callable[[str, int, str], str]
    #: section -> first listing page path
    section: Callable[[str], str]
    #: (section, page number) -> listing page path
    page: Callable[[str, int], str]


SHAPES = {
    "wordpress": Shape(
        "wordpress",
        "www.daily-lantern.example",
        lambda section, n, slug: f"/2026/11/{10 + n:02d}/{slug}/",
        lambda section: f"/category/{section}/",
        lambda section, n: f"/category/{section}/page/{n}/",
    ),
    "id-in-url": Shape(
        "id-in-url",
        "www.valley-herald.example",
        lambda section, n, slug: f"/{section}/{slug.split('-', 1)[0]}-story-{4710000 + n}.html",
        lambda section: f"/{section}/",
        lambda section, n: f"/{section}/?page={n}",
    ),
    "section-slug": Shape(
        "section-slug",
        "www.north-courier.example",
        lambda section, n, slug: f"/{section}/{slug}",
        lambda section: f"/{section}",
        lambda section, n: f"/{section}/page/{n}",
    ),
}

SLUGS = {
    1: "council-approves-new-bus-lanes-on-the-ring-road",
    2: "bakers-guild-opens-a-training-kitchen-for-apprentices",
    3: "water-board-sets-winter-prices-for-households",
    4: "old-cinema-to-reopen-as-a-concert-hall-next-spring",
    5: "port-traffic-rises-for-the-third-month-in-a-row",
    6: "school-district-hires-forty-new-language-teachers",
    7: "market-square-gets-a-new-fountain-after-a-public-vote",
}


@dataclass
class NewsSite:
    shape: Shape
    pages: list[tuple[str, int, str, str]] = field(default_factory=list)
    #: ``http``: a site served (and recorded) over plain http only.
    scheme: str = "https"

    @property
    def home(self) -> str:
        return f"{self.scheme}://{self.shape.host}/"

    def url(self, path: str) -> str:
        return f"{self.scheme}://{self.shape.host}{path}"

    def article_url(self, n: int) -> str:
        section = SECTIONS[(n - 1) % 2]
        return self.url(self.shape.article(section, n, SLUGS[n]))

    @property
    def text_articles(self) -> set[str]:
        """Every text article: the crawl must export exactly these, once each."""
        return {self.article_url(n) for n in SLUGS}

    @property
    def video(self) -> str:
        return self.url(self.shape.article("city", 8, "watch-the-lantern-parade-on-the-river"))

    @property
    def never_requested(self) -> set[str]:
        return {
            self.url("/private/2026/11/19/embargoed-budget-figures-for-next-year/"),
            "https://www.other-paper.example/2026/11/18/a-story-on-another-site-entirely/",
            self.url("/video/lantern-parade-highlights/"),
            self.url("/tag/transport/"),
            self.url("/author/jo-marsh/"),
        }

    def article_html(self, n: int) -> str:
        section = SECTIONS[(n - 1) % 2]
        url = self.article_url(n)
        words = SLUGS[n].replace("-", " ")
        paragraphs = "".join(
            f"<p>Paragraph {i} of the report on how the {words} went, with the details residents "
            f"asked about at the meeting on the {10 + n}th and what happens next.</p>"
            for i in range(1, 6)
        )
        return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{words.capitalize()}</title><link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{words.capitalize()}", "datePublished": "2026-11-{10 + n:02d}T08:00:00+01:00",
"author": {{"@type": "Person", "name": "Jo Marsh"}}, "articleSection": "{section.title()}"}}
</script></head><body><nav><a href="/">Home</a></nav>
<article><h1>{words.capitalize()}</h1><p class="byline">By Jo Marsh</p>{paragraphs}</article>
<aside><a href="{self.article_url(1 + n % 7)}">Read next</a></aside></body></html>"""

    def video_html(self) -> str:
        return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Watch</title>
<meta property="og:type" content="video.other"><link rel="canonical" href="{self.video}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "VideoObject",
"name": "Lantern parade", "uploadDate": "2026-11-18T08:00:00+01:00"}}</script></head>
<body><h1>Watch the lantern parade</h1><video src="/parade.mp4"></video>
<p>The parade on the river, in two minutes.</p></body></html>"""

    def listing(self, title: str, links: list[str], next_url: str | None = None) -> str:
        items = "".join(f'<li><a href="{link}">Story</a></li>' for link in links)
        nav = "".join(
            f'<a href="{self.shape.section(section)}">{section.title()}</a>' for section in SECTIONS
        )
        more = f'<a href="{next_url}">Next</a>' if next_url else ""
        return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="alternate" type="application/rss+xml" href="/syndication/all-stories.xml">
</head><body><header><nav>{nav}<a href="/video/">Video</a><a href="/about-us/">About us</a>
<a href="/search/?q=news">Search</a></nav></header>
<main><h1>{title}</h1><ul>{items}</ul>{more}</main>
<footer><a href="/tag/transport/">Transport</a> <a href="/author/jo-marsh/">Jo Marsh</a>
<a href="/privacy-policy/">Privacy</a></footer></body></html>"""

    def responses(self) -> list[tuple[str, int, str, str]]:
        shape = self.shape
        city, economy = SECTIONS
        art = self.article_url
        home_links = [
            art(1),
            self.video,
            "/video/lantern-parade-highlights/",
            "/private/2026/11/19/embargoed-budget-figures-for-next-year/",
            "https://www.other-paper.example/2026/11/18/a-story-on-another-site-entirely/",
            "javascript:void(0)",
            "mailto:desk@example.com",
        ]
        if self.scheme == "http":  # a link in the other scheme is the same article
            home_links.append("https" + art(3).removeprefix("http"))
        sitemap = (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            f"<url><loc>{art(6)}</loc><news:news><news:publication_date>2026-11-16T08:00:00+01:00"
            "</news:publication_date></news:news></url>"
            f"<url><loc>{self.url('/about-us/')}</loc></url></urlset>"
        )
        feed = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>All</title>'
            f"<item><title>Fountain</title><link>{art(7)}?utm_source=rss&amp;utm_medium=feed</link>"
            "<pubDate>Tue, 17 Nov 2026 07:00:00 GMT</pubDate></item>"
            f"<item><title>Video</title><link>{self.video}</link></item></channel></rss>"
        )
        pages = [
            (self.url("/robots.txt"), 200, "text/plain",
             ("User-agent: *\nDisallow: /private/\nDisallow: /search/\n"
             f"Sitemap: {self.url('/maps/index.xml')}\n")),
            (self.home, 200, "text/html", self.listing("Home", home_links)),
            (self.url("/maps/index.xml"), 200, "application/xml",
             ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{self.url('/maps/news.xml')}</loc></sitemap></sitemapindex>")),
            (self.url("/maps/news.xml"), 200, "application/xml", sitemap),
            (self.url("/syndication/all-stories.xml"), 200, "application/rss+xml", feed),
            (self.url(shape.section(city)), 200, "text/html",
             self.listing("City", [art(1), art(3)], shape.page(city, 2))),
            (self.url(shape.page(city, 2)), 200, "text/html", self.listing("City 2", [art(5)])),
            (self.url(shape.section(economy)), 200, "text/html",
             self.listing("Economy", [art(2)], shape.page(economy, 2))),
            (self.url(shape.page(economy, 2)), 200, "text/html",
             self.listing("Economy 2", [art(4)], shape.page(economy, 3))),
            (self.url(shape.page(economy, 3)), 200, "text/html", self.listing("Economy 3", [])),
            (self.video, 200, "text/html", self.video_html()),
        ]  # fmt: skip
        pages += [(art(n), 200, "text/html; charset=utf-8", self.article_html(n)) for n in SLUGS]
        return pages

    def write(self, path: Path) -> Path:
        with path.open("wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for url, status, ctype, text in self.responses():
                headers = [("Content-Type", ctype)]
                write_response_record(writer, url, status, headers, text.encode(), date=WHEN)
        return path


def crawl_news(
    warc: Path, out: Path, *args: str, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """Run ``scrapy crawl news`` over ``warc`` into ``out`` with DEBUG logs (request lines)."""
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-s", f"WARC_REPLAY={warc}",
               "-O", str(out), "-s", "LOG_LEVEL=DEBUG", *args]  # fmt: skip
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=timeout
    )

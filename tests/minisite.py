"""A small Firstpost-like site written as a WARC, for discovery and incremental-run tests."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from warcio.warcwriter import WARCWriter

from newscrawl.warc import write_response_record

ROOT = Path(__file__).resolve().parents[1]
SITE = "https://www.firstpost.com"
WHEN = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


@dataclass
class Story:
    id: int
    section: str = "india"
    published: str = "2026-11-19T09:30:00+05:30"
    modified: str | None = None
    body: str = "The district council met on Tuesday and agreed a new water plan."
    on_home: bool = True
    in_sitemap: bool = False
    in_feed: bool = False
    lastmod: str | None = None  # the sitemap's own date, when it differs from the page's

    @property
    def url(self) -> str:
        return f"{SITE}/{self.section}/story-number-{self.id}-{self.id}.html"

    @property
    def newest(self) -> str:
        return self.modified or self.published

    def html(self) -> str:
        modified = (
            f'<meta itemprop="dateModified" content="{self.modified}">' if self.modified else ""
        )
        return f"""<!DOCTYPE html><html lang="en"><head><title>Story {self.id} - Firstpost</title>
<meta itemprop="datePublished" content="{self.published}">{modified}
<link rel="canonical" href="{self.url}"></head><body>
<h1>Story number {self.id}</h1>
<div class="art-dtls-info"><a href="/author/desk/">Desk Writer</a> • Nov 19, 2026</div>
<div class="art-content"><p>{self.body}</p><p>Residents said story {self.id} mattered.</p></div>
</body></html>"""


@dataclass
class MiniSite:
    stories: list[Story] = field(default_factory=list)

    def responses(self) -> list[tuple[str, int, str, str]]:
        home_links = "".join(
            f'<a class="en-nw-list" href="{s.url.removeprefix(SITE)}">{s.id}</a>'
            for s in self.stories
            if s.on_home
        )
        sitemap = "".join(
            f"<url><loc>{s.url}</loc><lastmod>{s.lastmod or s.newest}</lastmod><news:news><news:publication_date>"
            f"{s.published}</news:publication_date><news:title>Story {s.id}</news:title>"
            "</news:news></url>"
            for s in self.stories
            if s.in_sitemap
        )
        feed = "".join(
            f"<item><title>Story {s.id}</title><link>{s.url}</link>"
            f"<pubDate>{s.published}</pubDate></item>"
            for s in self.stories
            if s.in_feed
        )
        pages = [
            (f"{SITE}/robots.txt", 200, "text/plain",
             f"User-agent: *\nDisallow: /search/\nSitemap: {SITE}/sitemap-index.xml\n"),
            (f"{SITE}/", 200, "text/html", f"<html><body>{home_links}</body></html>"),
            (f"{SITE}/sitemap-index.xml", 200, "application/xml",
             ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<sitemap><loc>{SITE}/commonfeeds/v1/mfp/sitemap/google-news.xml</loc></sitemap>"
             "</sitemapindex>")),
            (f"{SITE}/commonfeeds/v1/mfp/sitemap/google-news.xml", 200, "application/xml",
             '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + sitemap + "</urlset>"),
            (f"{SITE}/commonfeeds/v1/mfp/rss/home.xml", 200, "application/rss+xml",
             (f'<?xml version="1.0"?><rss version="2.0"><channel><title>FP</title>{feed}'
             "</channel></rss>")),
        ]  # fmt: skip
        pages += [(s.url, 200, "text/html; charset=utf-8", s.html()) for s in self.stories]
        return pages

    def write(self, path: Path) -> Path:
        with path.open("wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for url, status, ctype, text in self.responses():
                headers = [("Content-Type", ctype)]
                write_response_record(writer, url, status, headers, text.encode(), date=WHEN)
        return path


def crawl(
    warc: Path, out: Path, *args: str, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run ``scrapy crawl firstpost`` over ``warc`` into ``out``; return the finished process."""
    command = [sys.executable, "-m", "scrapy", "crawl", "firstpost",
               "-s", f"WARC_REPLAY={warc}", "-O", str(out), "-s", "LOG_LEVEL=INFO", *args]  # fmt: skip
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=check, timeout=120
    )


def stat(log: str, name: str) -> int:
    """A counter of a crawl, read from the stats file its log names (0 when never counted)."""
    match = re.search(r"Stored crawl stats in (\S+)", log)
    assert match, "the crawl wrote no stats file:\n" + log[-2000:]
    stats = json.loads(Path(match.group(1)).read_text(encoding="utf-8"))
    return int(stats.get(name, 0))

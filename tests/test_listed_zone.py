"""A zoneless page date takes the zone of the sitemap or feed entry that listed the article.

The order (issue 13): another date on the page with an offset, the site's zone (site file or
``-a timezone=``), the sitemap or feed entry, and only then UTC, counted as
``newscrawl/dates/assumed_zone``. A recorded site of our own is crawled end to end.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from warcio.warcwriter import WARCWriter

from newscrawl.warc import write_response_record

ROOT = Path(__file__).resolve().parents[1]
HOST = "https://www.tidewater-gazette.example"
WHEN = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)

#: slug -> (what the page prints as datePublished, dateModified or None, how it is listed)
STORIES: dict[str, tuple[str, str | None, str]] = {
    # news:publication_date with +05:30
    "harbour-cranes-return-after-repairs": ("2026-11-16T10:00:00", None, "sitemap+0530"),
    # <lastmod> with -04:00
    "ferry-timetable-changes-for-winter": ("2026-11-17T09:00:00", None, "sitemap-0400"),
    # <lastmod> in UTC ("Z"): says nothing of the newsroom's zone
    "library-extends-its-evening-hours": ("2026-11-18T08:00:00", None, "sitemapZ"),
    # RSS pubDate with +0530
    "fish-market-moves-to-the-old-depot": ("2026-11-18T12:00:00", None, "feed+0530"),
    # another date on the page carries +02:00: it wins over the sitemap's +05:30
    "bridge-paint-colour-chosen-by-vote": (
        "2026-11-19T10:00:00",
        "2026-11-19T11:00:00+02:00",
        "sitemap+0530",
    ),
}


def _path(slug: str, day: int) -> str:
    return f"/2026/11/{day:02d}/{slug}/"


def _article(slug: str, published: str, modified: str | None) -> str:
    words = slug.replace("-", " ").capitalize()
    modified_ld = f', "dateModified": "{modified}"' if modified else ""
    paragraphs = "".join(
        f"<p>Part {i} of the report: {words.lower()}, as the harbour board told readers on "
        "Tuesday, with the figures and the names of those who spoke at the meeting.</p>"
        for i in range(1, 6)
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{words}</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{words}", "datePublished": "{published}"{modified_ld},
"author": {{"@type": "Person", "name": "Ana Reyes"}}}}</script></head>
<body><article><h1>{words}</h1><p>By Ana Reyes</p>{paragraphs}</article></body></html>"""


def _site(folder: Path) -> Path:
    urls = {slug: HOST + _path(slug, 16 + i) for i, slug in enumerate(STORIES)}
    entries = []
    items = []
    for slug, (published, _, listed) in STORIES.items():
        day = published[:10]
        if listed == "sitemap+0530":
            entries.append(
                f"<url><loc>{urls[slug]}</loc><news:news><news:publication_date>"
                f"{published}+05:30</news:publication_date></news:news></url>"
            )
        elif listed == "sitemap-0400":
            entries.append(
                f"<url><loc>{urls[slug]}</loc><lastmod>{published}-04:00</lastmod></url>"
            )
        elif listed == "sitemapZ":
            entries.append(f"<url><loc>{urls[slug]}</loc><lastmod>{day}T08:00:00Z</lastmod></url>")
        else:
            items.append(
                f"<item><title>{slug}</title><link>{urls[slug]}</link>"
                "<pubDate>Wed, 18 Nov 2026 12:00:00 +0530</pubDate></item>"
            )
    sitemap = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(entries)
        + "</urlset>"
    )
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>All</title>'
    feed += "".join(items) + "</channel></rss>"
    home = (
        '<!DOCTYPE html><html><head><title>Tidewater Gazette</title><link rel="alternate" '
        'type="application/rss+xml" href="/rss/all.xml"></head><body><h1>Gazette</h1></body></html>'
    )
    pages = [
        ("/robots.txt", "text/plain", f"User-agent: *\nSitemap: {HOST}/maps/news.xml\n"),
        ("/", "text/html", home),
        ("/maps/news.xml", "application/xml", sitemap),
        ("/rss/all.xml", "application/rss+xml", feed),
    ]
    for slug, (published, modified, _) in STORIES.items():
        pages.append((urls[slug][len(HOST) :], "text/html", _article(slug, published, modified)))
    warc = folder / "tidewater.warc.gz"
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for path, ctype, text in pages:
            headers = [("Content-Type", ctype)]
            write_response_record(writer, HOST + path, 200, headers, text.encode(), date=WHEN)
    return warc


def _crawl(folder: Path, *args: str) -> tuple[dict[str, dict[str, Any]], dict[str, Any], str]:
    out = folder / "out.jsonl"
    command = [
        sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"site={HOST}/",
        "-s", f"WARC_REPLAY={_site(folder)}", "-s", "LOG_LEVEL=DEBUG", *args, "-O", str(out),
    ]  # fmt: skip
    proc = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    stats = json.loads(out.with_name(out.name + ".stats.json").read_text(encoding="utf-8"))
    slugs = {item["url"].rstrip("/").rsplit("/", 1)[1]: item for item in items}
    return slugs, stats, proc.stderr


@pytest.fixture(scope="module")
def no_site_zone(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, ...]:
    return _crawl(tmp_path_factory.mktemp("listed-zone"))


def test_zoneless_page_date_takes_the_listing_entrys_offset(no_site_zone: tuple[Any, ...]) -> None:
    items, stats, log = no_site_zone
    assert sorted(items) == sorted(STORIES), log[-3000:]
    published = {slug: item["published_at"] for slug, item in items.items()}
    assert published == {
        "harbour-cranes-return-after-repairs": "2026-11-16T04:30:00Z",  # sitemap's +05:30
        "ferry-timetable-changes-for-winter": "2026-11-17T13:00:00Z",  # sitemap's -04:00
        "library-extends-its-evening-hours": "2026-11-18T08:00:00Z",  # assumed UTC
        "fish-market-moves-to-the-old-depot": "2026-11-18T06:30:00Z",  # feed's +0530
        "bridge-paint-colour-chosen-by-vote": "2026-11-19T08:00:00Z",  # the page's own +02:00
    }
    # The raw string stays as the page printed it.
    assert items["harbour-cranes-return-after-repairs"]["published_raw"] == "2026-11-16T10:00:00"
    # Only the page whose entry printed no zone (other than UTC) is an assumption.
    assert stats["newscrawl/dates/assumed_zone"] == 1
    assert stats["newscrawl/dates/listed_zone"] == 3


def test_the_sites_zone_comes_before_the_listing_entry(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    items, stats, log = _crawl(tmp_path_factory.mktemp("site-zone"), "-a", "timezone=Europe/Berlin")
    assert sorted(items) == sorted(STORIES), log[-3000:]
    published = {slug: item["published_at"] for slug, item in items.items()}
    assert published == {
        "harbour-cranes-return-after-repairs": "2026-11-16T09:00:00Z",
        "ferry-timetable-changes-for-winter": "2026-11-17T08:00:00Z",
        "library-extends-its-evening-hours": "2026-11-18T07:00:00Z",
        "fish-market-moves-to-the-old-depot": "2026-11-18T11:00:00Z",
        "bridge-paint-colour-chosen-by-vote": "2026-11-19T08:00:00Z",
    }
    assert "newscrawl/dates/assumed_zone" not in stats
    assert "newscrawl/dates/listed_zone" not in stats

"""Discovery through sitemaps and feeds, job arguments, and runs that export only what changed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

from newscrawl.warc import write_response_record
from tests.minisite import SITE, MiniSite, Story, crawl, stat


def feed_urls(path: Path) -> list[str]:
    return [json.loads(line)["url"] for line in path.read_text().splitlines()]


def site() -> MiniSite:
    return MiniSite([
        Story(13900001),
        Story(13900002, on_home=False, in_sitemap=True),  # only in the news sitemap
        Story(13900003, on_home=False, in_feed=True),  # only in the RSS feed
        Story(13900004, in_sitemap=True, in_feed=True),  # everywhere
    ])  # fmt: skip


def test_all_three_sources_export_each_article_once(tmp_path: Path) -> None:
    warc = site().write(tmp_path / "site.warc.gz")
    crawl(warc, tmp_path / "out.jsonl")
    urls = feed_urls(tmp_path / "out.jsonl")
    assert sorted(urls) == sorted(s.url for s in site().stories)


@pytest.mark.parametrize(
    ("sources", "ids"),
    [("sections", {1, 4}), ("sitemaps", {2, 4}), ("feeds", {3, 4}), ("sitemaps,feeds", {2, 3, 4})],
)
def test_sources_argument(tmp_path: Path, sources: str, ids: set[int]) -> None:
    warc = site().write(tmp_path / "site.warc.gz")
    crawl(warc, tmp_path / "out.jsonl", "-a", f"sources={sources}")
    got = {
        int(u.rsplit("-", 1)[1].removesuffix(".html")) - 13900000
        for u in feed_urls(tmp_path / "out.jsonl")
    }
    assert got == ids


def test_second_run_exports_nothing_and_third_only_the_changed_article(tmp_path: Path) -> None:
    store = f"DEDUP_STORE=sqlite:///{tmp_path}/seen.sqlite"
    first = site()
    warc = first.write(tmp_path / "one.warc.gz")
    crawl(warc, tmp_path / "run1.jsonl", "-s", store)
    assert len(feed_urls(tmp_path / "run1.jsonl")) == 4

    second = crawl(warc, tmp_path / "run2.jsonl", "-s", store)
    assert feed_urls(tmp_path / "run2.jsonl") == []
    article_fetches = [
        u for u in re.findall(r"Crawled \(200\) <GET (\S+)>", second.stderr) if u.endswith(".html")
    ]
    assert article_fetches == []
    assert stat(second.stderr, "newscrawl/delta/skipped") >= 4

    changed = site()
    changed.stories[3].modified = "2026-11-20T08:00:00+05:30"
    changed.stories[3].body = "The council changed its water plan after the protest."
    warc3 = changed.write(tmp_path / "three.warc.gz")
    third = crawl(warc3, tmp_path / "run3.jsonl", "-s", store)
    lines = [json.loads(line) for line in (tmp_path / "run3.jsonl").read_text().splitlines()]
    assert [item["url"] for item in lines] == [changed.stories[3].url]
    assert lines[0]["modified_at"] == "2026-11-20T02:30:00Z"
    assert stat(third.stderr, "newscrawl/delta/updated") == 1


def test_sitemap_lastmod_later_than_the_page_does_not_refetch(tmp_path: Path) -> None:
    store = f"DEDUP_STORE=sqlite:///{tmp_path}/seen.sqlite"
    story = Story(13900030, on_home=False, in_sitemap=True, lastmod="2026-11-19T11:00:00+05:30")
    warc = MiniSite([story]).write(tmp_path / "site.warc.gz")
    crawl(warc, tmp_path / "run1.jsonl", "-s", store)
    second = crawl(warc, tmp_path / "run2.jsonl", "-s", store)
    assert feed_urls(tmp_path / "run1.jsonl") == [story.url]
    assert feed_urls(tmp_path / "run2.jsonl") == []
    assert stat(second.stderr, "newscrawl/delta/skipped") == 1


def test_since_until_skips_old_sitemap_and_feed_entries_without_download(tmp_path: Path) -> None:
    old = Story(
        13900010,
        on_home=False,
        in_sitemap=True,
        in_feed=True,
        published="2026-10-01T09:00:00+05:30",
    )
    new = Story(13900011, on_home=False, in_sitemap=True, in_feed=True)
    warc = MiniSite([old, new]).write(tmp_path / "site.warc.gz")
    result = crawl(warc, tmp_path / "out.jsonl", "-a", "since=2026-11-01", "-a", "until=2026-11-30")
    assert feed_urls(tmp_path / "out.jsonl") == [new.url]
    assert old.url not in result.stderr.split("Crawled (200)", 1)[-1]


def test_section_article_outside_window_is_dropped_after_download(tmp_path: Path) -> None:
    old = Story(13900020, published="2026-10-01T09:00:00+05:30")
    warc = MiniSite([old, Story(13900021)]).write(tmp_path / "site.warc.gz")
    result = crawl(warc, tmp_path / "out.jsonl", "-a", "since=2026-11-01T00:00")
    assert feed_urls(tmp_path / "out.jsonl") == [Story(13900021).url]
    assert stat(result.stderr, "newscrawl/dropped/outside_window") == 1


def test_urls_and_urls_file_fetch_exactly_those(tmp_path: Path) -> None:
    stories = site().stories
    warc = site().write(tmp_path / "site.warc.gz")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# gap to fill\n{stories[2].url}\n")
    crawl(
        warc,
        tmp_path / "out.jsonl",
        "-a",
        f"urls={stories[0].url}?utm_source=x",
        "-a",
        f"urls_file={listing}",
    )
    assert sorted(feed_urls(tmp_path / "out.jsonl")) == sorted([stories[0].url, stories[2].url])


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("sources=sections,rumours", "sources must be a comma-separated subset"),
        ("since=yesterday", "since must be YYYY-MM-DD"),
        ("until=2026-13-01", "until must be YYYY-MM-DD"),
        ("max_pages=0", "max_pages must be a whole number"),
        ("urls=ftp://x/y", "urls must be http(s) URLs"),
        ("urls_file=/nonexistent/list.txt", "urls_file cannot be read"),
        ("base_url=localhost", "base_url must be an http(s) URL"),
    ],
)
def test_bad_argument_is_one_line_and_no_crawl(tmp_path: Path, argument: str, message: str) -> None:
    warc = site().write(tmp_path / "site.warc.gz")
    result = crawl(warc, tmp_path / "out.jsonl", "-a", argument, check=False)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith("scrapy: error: ")
    assert message in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.jsonl").exists()


def _site_with_daily_sitemap(path: Path, day: str, story: Story) -> Path:
    """The mini site plus one daily sitemap, for ``day``, that alone lists ``story``."""
    daily = (
        f"{SITE}/commonfeeds/v1/mfp/sitemap/daily/{day}.xml",
        200,
        "application/xml",
        (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{story.url}</loc><lastmod>{story.published}</lastmod></url></urlset>"
        ),
    )
    pages = [*MiniSite([*site().stories, story]).responses(), daily]
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, text in pages:
            write_response_record(writer, url, status, [("Content-Type", ctype)], text.encode())
    return path


def test_daily_sitemap_walk_stops_after_a_run_of_missing_days(tmp_path: Path) -> None:
    story = Story(13900040, on_home=False, published="2026-11-25T09:00:00+05:30")
    warc = _site_with_daily_sitemap(tmp_path / "site.warc.gz", "2026-11-25", story)
    args = ("-a", "sources=sitemaps", "-a", "since=2024-01-01", "-a", "until=2026-11-30")
    result = crawl(warc, tmp_path / "out.jsonl", *args)
    assert story.url in feed_urls(tmp_path / "out.jsonl")
    # newest first: 30th..26th missing (5), the 25th found, then 7 missing in a row and stop
    assert stat(result.stderr, "newscrawl/daily_sitemaps/requested") == 13
    assert stat(result.stderr, "newscrawl/daily_sitemaps/missed") == 12
    assert result.stderr.count("missing in a row") == 1


def test_daily_sitemap_walk_without_a_miss_limit_walks_every_day(tmp_path: Path) -> None:
    story = Story(13900041, on_home=False, published="2026-11-02T09:00:00+05:30")
    warc = _site_with_daily_sitemap(tmp_path / "site.warc.gz", "2026-11-02", story)
    args = ("-a", "sources=sitemaps", "-a", "since=2026-11-01", "-a", "until=2026-11-30")
    result = crawl(warc, tmp_path / "out.jsonl", *args)
    assert story.url not in feed_urls(tmp_path / "out.jsonl")  # 28 missing days stop the walk
    result = crawl(
        warc, tmp_path / "all.jsonl", *args, "-s", "NEWSCRAWL_DAILY_SITEMAP_MAX_MISSES=0"
    )
    assert story.url in feed_urls(tmp_path / "all.jsonl")
    # the window is in site time (+05:30): its UTC days run from 31 October to 30 November
    assert stat(result.stderr, "newscrawl/daily_sitemaps/requested") == 31

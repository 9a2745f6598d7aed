"""The crawl report: numbers behind the charts, feed reading, the HTML, the command, headless Chromium."""

from __future__ import annotations

import argparse
import dataclasses
import functools
import gzip
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from scrapy.exceptions import UsageError

from newscrawl.commands.report import Command
from newscrawl.exporters import ParquetItemExporter, SafeCsvItemExporter
from newscrawl.items import Article
from newscrawl.report import build_report, summarize
from newscrawl.report import numbers as n
from newscrawl.report.charts import COLOR, bar_chart, prefix_ids
from newscrawl.report.feeds import feed_format, read_feed, read_stats

ROOT = Path(__file__).parent.parent
CHROMIUM = Path("/usr/bin/chromium")


def art(url: str, **fields: Any) -> dict[str, Any]:
    """A complete exported item; only what a test is about is given."""
    article = Article(
        url=f"https://www.firstpost.com/{url}.html",
        site="firstpost",
        article_id=None,
        title="A story",
        description=None,
        authors=[],
        published_at="2025-09-26T01:00:00Z",
        published_raw="raw",
        section="india",
        tags=[],
        body="Text.",
        language="en",
        word_count=1,
        crawled_at="2025-09-30T10:00:00Z",
    )
    return {**dataclasses.asdict(article), **fields}


#: Five distinct articles and one repeat of the first (feeds overlap).
ARTICLES = [
    art(
        "india/a",
        authors=["Asha", "Ravi"],
        tags=["Rain", "IMD"],
        image_url="https://img/a.jpg",
        modified_at="2025-09-26T02:00:00Z",
        description="Dek.",
    ),
    art("india/b", published_at="2025-09-26T23:59:59Z", authors=["Asha"], tags=["Rain"]),
    art("world/c", section="world", published_at="2025-09-24T00:00:00Z", tags=["IMD", "IMD"]),
    art("d", section=None, published_at=None, authors=["Ravi"], description=""),
    art("world/e", section="world", published_at="2024-01-01T12:00:00Z", image_url="https://i/e"),
    art("india/a", title="The same URL again"),
]
STATS = {
    "newscrawl/dropped": 6,
    "newscrawl/dropped/duplicate": 3,
    "newscrawl/dropped/no_body": 2,
    "newscrawl/dropped/media_page": 1,
    "log_count/ERROR": 2,
    "log_count/INFO": 40,
    "downloader/response_status_count/200": 50,
    "downloader/response_status_count/301": 5,
    "downloader/response_status_count/404": 3,
    "downloader/response_status_count/503": 3,
    "downloader/exception_type_count/twisted.internet.error.TimeoutError": 4,
    "spider_exceptions/KeyError": 1,
    "retry/max_reached": 0,
    "start_time": "2025-09-30T09:00:00+00:00",
    "finish_reason": "finished",
    "item_scraped_count": 5,
}


# -- numbers ---------------------------------------------------------------------------


def unique() -> list[dict[str, Any]]:
    return n.unique_by_url(ARTICLES)[0]


def test_repeated_urls_count_once() -> None:
    articles, repeats = n.unique_by_url(ARTICLES)
    assert repeats == 1
    assert [a["url"] for a in articles] == [a["url"] for a in ARTICLES[:5]]
    assert articles[0]["title"] == "A story"  # the first one seen wins


def test_articles_per_day_in_utc() -> None:
    # 23:59:59Z on the 26th is still the 26th; article d has no date.
    assert n.per_day(unique()) == {
        date(2025, 9, 26): 2,
        date(2025, 9, 24): 1,
        date(2024, 1, 1): 1,
    }


def test_chart_bucket_follows_the_span() -> None:
    counts = n.per_day(unique())  # 2024-01-01 to 2025-09-26: 635 days, per month
    period, bars = n.bucketed(counts)
    assert period == "month"
    assert (bars[0], bars[-1], len(bars)) == ((date(2024, 1, 1), 1), (date(2025, 9, 1), 3), 21)
    spread = {date(2013, 3, 14): 1, date(2021, 5, 1): 2, date(2021, 6, 1): 1, date(2025, 4, 9): 4}
    assert n.bucketed(spread) == (
        "year",
        [
            (date(y, 1, 1), c)
            for y, c in (
                (2013, 1),
                (2014, 0),
                (2015, 0),
                (2016, 0),
                (2017, 0),
                (2018, 0),
                (2019, 0),
                (2020, 0),
                (2021, 3),
                (2022, 0),
                (2023, 0),
                (2024, 0),
                (2025, 4),
            )
        ],
    )
    weeks = {date(2025, 1, 1): 1, date(2025, 6, 30): 2}  # a Wednesday; six months: per week
    period, bars = n.bucketed(weeks)
    assert (period, bars[0], bars[-1], len(bars)) == (
        "week",
        (date(2024, 12, 30), 1),
        (date(2025, 6, 30), 2),
        27,
    )
    days = {date(2025, 9, 24): 1, date(2025, 9, 26): 2}
    assert n.bucketed(days) == (
        "day",
        [(date(2025, 9, 24), 1), (date(2025, 9, 25), 0), (date(2025, 9, 26), 2)],
    )
    assert n.bucketed({}) == ("day", [])


def test_failed_urls_count_once_by_final_reason() -> None:
    lines = [
        {"url": "https://x/a", "reason": "timeout"},
        {"url": "https://x/a", "reason": "http_404"},  # retried later: its final reason
        {"url": "https://x/b", "reason": "http_404"},
        {"url": "https://x/c", "reason": "connection_error"},
        {"url": "https://x/d", "reason": "not_article"},  # a choice, not a failure
        {"url": "https://x/e", "reason": "duplicate"},
    ]
    assert n.failed_urls(lines) == [("http_404", 2), ("connection_error", 1)]
    stats = {
        "newscrawl/dropped/http_404": 24,
        "newscrawl/dropped/no_body": 2,
        "downloader/response_status_count/404": 24,
        "warc_replay/missing": 23,
    }
    assert n.failed_from_stats(stats) == [("http_404", 24)]


def test_numbers_rounded_for_people() -> None:
    assert [n.duration(s) for s in (0.5848996959999795, 42.4, 192.4, 7384.0)] == [
        "0.6 s",
        "42 s",
        "3 min 12 s",
        "2 h 3 min",
    ]
    assert [n.rate(v) for v in (0.0, 0.123456, 41.66666, 12345.678)] == [
        "0",
        "0.123",
        "41.7",
        "12,346",
    ]
    assert n.instant("2026-11-29 04:35:54.289498+00:00") == "2026-11-29 04:35:54 UTC"
    assert n.instant("2026-11-29T10:05:54.289498+05:30") == "2026-11-29 04:35:54 UTC"


def test_articles_per_section() -> None:
    assert n.per_section(unique()) == [("india", 2), ("world", 2), ("(none)", 1)]


def test_fill_rates() -> None:
    # authors: a, b, d; image_url: a, e; modified_at: a; description: a ("" is empty); tags: a, b, c
    assert n.fill_rates(unique()) == [
        ("authors", 3, 5),
        ("image_url", 2, 5),
        ("modified_at", 1, 5),
        ("description", 1, 5),
        ("tags", 3, 5),
    ]
    assert n.fill_rates([]) == [(field, 0, 0) for field in n.FILL_FIELDS]


def test_top_tags_and_authors() -> None:
    # IMD twice in one article counts once for that article.
    assert n.top_values(unique(), "tags", 5) == [("IMD", 2), ("Rain", 2)]
    assert n.top_values(unique(), "authors", 1) == [("Asha", 2)]
    assert n.top_values(unique(), "authors", 5) == [("Asha", 2), ("Ravi", 2)]


def test_rejects_and_duplicates_from_stats() -> None:
    assert n.rejects_by_reason(STATS) == [("duplicate", 3), ("no_body", 2), ("media_page", 1)]
    assert n.duplicates_removed(STATS) == 3
    assert n.duplicates_removed({}) == 0
    assert n.rejects_by_reason({}) == []


def test_errors_by_kind_from_stats() -> None:
    assert n.errors_by_kind(STATS) == [
        ("download error: TimeoutError", 4),
        ("HTTP 404 response", 3),
        ("HTTP 503 response", 3),
        ("ERROR lines in the log", 2),
        ("spider exception: KeyError", 1),
    ]


# -- reading feeds and stats ------------------------------------------------------------


def exported(exporter_class: type, items: list[dict[str, Any]]) -> bytes:
    out = io.BytesIO()
    exporter = exporter_class(out)
    exporter.start_exporting()
    for item in items:
        exporter.export_item(item)
    exporter.finish_exporting()
    return out.getvalue()


def write_feeds(folder: Path) -> dict[str, Path]:
    items = ARTICLES[:5]
    jsonl = "".join(json.dumps(item) + "\n" for item in items).encode()
    paths = {
        "jsonl": folder / "items.jsonl",
        "gz": folder / "items-1.jsonl.gz",
        "gz_unnamed": folder / "named-plain.jsonl",  # gzip found by its bytes, not its name
        "json": folder / "items.json",
        "csv": folder / "items.csv",
        "parquet": folder / "items.parquet",
    }
    paths["jsonl"].write_bytes(jsonl)
    paths["gz"].write_bytes(gzip.compress(jsonl))
    paths["gz_unnamed"].write_bytes(gzip.compress(jsonl))
    paths["json"].write_text(json.dumps(items), encoding="utf-8")
    paths["csv"].write_bytes(exported(SafeCsvItemExporter, items))
    paths["parquet"].write_bytes(exported(ParquetItemExporter, items))
    return paths


@pytest.mark.parametrize("kind", ["jsonl", "gz", "gz_unnamed", "json", "csv", "parquet"])
def test_every_feed_format_reads_back_the_same_items(tmp_path: Path, kind: str) -> None:
    path = write_feeds(tmp_path)[kind]
    expected = ARTICLES[:5]
    if kind == "csv":  # an empty cell reads back as null: CSV cannot tell "" from null
        expected = [{k: None if v == "" else v for k, v in item.items()} for item in expected]
    assert read_feed(path) == expected


def test_unknown_feed_format() -> None:
    with pytest.raises(ValueError, match="unknown feed format"):
        feed_format(Path("items.txt"))


def test_stats_files_are_added_up(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text(json.dumps(STATS), encoding="utf-8")
    second.write_text(
        json.dumps({"newscrawl/dropped/duplicate": 1, "newscrawl/dropped/robots": 4}),
        encoding="utf-8",
    )
    merged = read_stats([first, second])
    assert merged["newscrawl/dropped/duplicate"] == 4
    assert merged["newscrawl/dropped/robots"] == 4
    assert merged["start_time"] == STATS["start_time"]


def test_summary_of_two_overlapping_feeds(tmp_path: Path) -> None:
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES[:3]), encoding="utf-8")
    second.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES[3:]), encoding="utf-8")
    stats = tmp_path / "stats.json"
    stats.write_text(json.dumps(STATS), encoding="utf-8")
    report = summarize([first, second], [stats], days=3, top=1)
    assert report.feeds == [(str(first), 3), (str(second), 3)]
    assert (report.articles, report.repeats) == (5, 1)
    assert report.bucket == "month"
    assert (report.buckets[0], report.buckets[-1]) == ((date(2024, 1, 1), 1), (date(2025, 9, 1), 3))
    assert report.undated == 1
    assert report.top_tags == [("IMD", 2)]
    assert report.sites == [("firstpost", 5)]
    assert report.duplicates == 3
    assert ("finish reason", "finished") in report.crawl


# -- the HTML ------------------------------------------------------------------------------


def report_files(folder: Path) -> tuple[Path, Path]:
    feed = folder / "items.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    stats = folder / "items.jsonl.stats.json"
    stats.write_text(json.dumps(STATS), encoding="utf-8")
    rejects = folder / "items.jsonl.rejects.jsonl"
    rejects.write_text("".join(json.dumps(line) + "\n" for line in REJECTS), encoding="utf-8")
    return feed, stats


REJECTS = [
    {"url": "https://www.firstpost.com/india/x", "reason": "timeout"},
    {"url": "https://www.firstpost.com/india/x", "reason": "http_404"},
    {"url": "https://www.firstpost.com/india/y", "reason": "http_503"},
    {"url": "https://www.firstpost.com/india/z", "reason": "no_body"},
]


def card(html: str, label: str) -> str:
    found = re.search(rf'<div class="card"><b>([^<]*)</b>{label}</div>', html)
    assert found, f"no {label!r} card"
    return found[1]


def test_headline_counts_each_failed_url_once(tmp_path: Path) -> None:
    # The demo crawl: 24 article URLs missing from the WARC, each a 404 reject.
    feed = tmp_path / "demo.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    missing = [f"https://www.firstpost.com/india/gone-{i}.html" for i in range(24)]
    rejects = [{"url": url, "reason": "http_404", "detail": "HTTP 404"} for url in missing]
    rejects += [{"url": "https://www.firstpost.com/video/v", "reason": "media_page"}]
    (tmp_path / "demo.jsonl.rejects.jsonl").write_text(
        "".join(json.dumps(line) + "\n" for line in rejects), encoding="utf-8"
    )
    stats = tmp_path / "demo.jsonl.stats.json"
    stats.write_text(
        json.dumps(
            {
                "newscrawl/dropped": 25,
                "newscrawl/dropped/http_404": 24,
                "newscrawl/dropped/media_page": 1,
                "downloader/response_status_count/404": 24,
                "warc_replay/missing": 23,
            }
        ),
        encoding="utf-8",
    )
    html = build_report([feed], [stats])
    assert card(html, "failed URLs") == "24"
    assert "Failed URLs by final reason (24, each once)" in html
    # Without the rejects feed, the per-URL reject stats give the same count.
    (tmp_path / "demo.jsonl.rejects.jsonl").unlink()
    assert card(build_report([feed], [stats]), "failed URLs") == "24"


HEALTH_UNREACHABLE = """newscrawl health: FAILED (4 of 8 checks failed)
site unreachable: www.firstpost.com: DNS lookup failed
"""
HEALTH_FAILED = """newscrawl health: FAILED (2 of 7 checks failed)
spider: firstpost, finished 2026-11-29T06:50:09Z, finish_reason finished
items: 0, rejects: 24, requests: 30, errors logged: 0

FAIL    ArticlesMonitor/test_articles_exported_or_known: no articles exported
OK      StoreMonitor/test_store_and_feeds_recorded
ERROR   Finish Reason Monitor/Should have the expected finished reason(s)
"""


def verdict(html: str) -> tuple[str, str]:
    found = re.search(r'<div class="verdict (\w+)"[^>]*>(.*?)</div>', html, re.DOTALL)
    assert found, "no verdict"
    assert html.index("verdict") < html.index('class="cards"'), "the verdict is not at the top"
    return found[1], found[2]


@pytest.mark.parametrize(
    ("health", "articles", "kind", "words"),
    [
        (
            HEALTH_FAILED,
            ARTICLES,
            "bad",
            ["FAILED (2 of 7 checks failed)", "ArticlesMonitor", "Finish Reason"],
        ),
        ("newscrawl health: OK (7 checks passed)\n", ARTICLES, "ok", ["OK (7 checks passed)"]),
        (
            "newscrawl health: paused, resume with the same command\n",
            ARTICLES,
            "paused",
            ["paused"],
        ),
        ("newscrawl health: OK (7 checks passed)\n", [], "bad", ["No articles"]),
        (
            HEALTH_UNREACHABLE,
            [],
            "bad",
            ["Site unreachable: www.firstpost.com: DNS lookup failed."],
        ),
        (None, [], "bad", ["No articles"]),
        (None, ARTICLES, "unknown", ["No health file"]),
    ],
)
def test_health_verdict_at_the_top(
    tmp_path: Path, health: str | None, articles: list[dict[str, Any]], kind: str, words: list[str]
) -> None:
    feed = tmp_path / "items.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    if health is not None:
        (tmp_path / "items.jsonl.health.txt").write_text(health, encoding="utf-8")
    found, text = verdict(build_report([feed], []))
    assert found == kind
    for word in words:
        assert word in text
    if kind == "bad" and health == HEALTH_FAILED:
        assert "StoreMonitor" not in text  # only the failed checks are listed


def test_crawl_table_is_rounded_for_people(tmp_path: Path) -> None:
    feed, stats = report_files(tmp_path)
    raw = {
        **STATS,
        "elapsed_time_seconds": 0.5848996959999795,
        "start_time": "2026-11-29 04:35:54.289498+00:00",
        "finish_time": "2026-11-29 04:38:06.873012+00:00",
        "response_received_count": 12345,
    }
    stats.write_text(json.dumps(raw), encoding="utf-8")
    html = build_report([feed], [stats])
    assert "<tr><th>elapsed</th><td>0.6 s</td></tr>" in html
    assert "<tr><th>started</th><td>2026-11-29 04:35:54 UTC</td></tr>" in html
    assert "<tr><th>pages received</th><td>12,345</td></tr>" in html
    assert "0.5848996959999795" not in html
    assert ".289498" not in html


def test_chart_of_a_crawl_spanning_years_is_per_year(tmp_path: Path) -> None:
    feed = tmp_path / "items.jsonl"
    years = [art(f"india/{y}", published_at=f"{y}-06-01T00:00:00Z") for y in range(2012, 2026)]
    feed.write_text("".join(json.dumps(a) + "\n" for a in years), encoding="utf-8")
    report = summarize([feed], [])
    assert report.bucket == "year"
    assert len(report.buckets) == 14
    assert "Articles per publication year (UTC), 2012 to 2025" in build_report([feed], [])


def test_charts_are_inline_svg_with_unique_ids(tmp_path: Path) -> None:
    html = build_report(*([p] for p in report_files(tmp_path)))
    charts = re.findall(r'<svg class="chart" id="([^"]+)" role="img" aria-label="([^"]+)"', html)
    assert [chart_id for chart_id, _ in charts] == [
        "per-day",
        "sections",
        "fill",
        "tags",
        "authors",
        "rejects",
        "failed",
        "errors",
    ]
    labels = dict(charts)
    assert labels["per-day"] == "Articles per publication month (UTC), Jan 2024 to Sep 2025"
    assert labels["fill"] == "Field fill rates: share of articles with a value"
    assert labels["rejects"] == "Rejected items and pages by reason (6 in all)"
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    references = re.findall(r'href="#([^"]+)"', html) + re.findall(r"url\(#([^)]+)\)", html)
    assert set(references) <= set(ids)


def test_report_is_self_contained(tmp_path: Path) -> None:
    html = build_report(*([p] for p in report_files(tmp_path)))
    assert "<script" not in html
    assert 'http-equiv="Content-Security-Policy" content="default-src \'none\'' in html
    # Every src/href points inside the page.
    assert re.findall(r'(?:src|href)="(?!#)([^"]*)"', html) == []


def test_report_text_is_escaped(tmp_path: Path) -> None:
    feed = tmp_path / "items.jsonl"
    feed.write_text(json.dumps(art("x/y", tags=["<script>alert(1)</script>"])), encoding="utf-8")
    html = build_report([feed], [])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_report_without_stats_or_rejects_says_so(tmp_path: Path) -> None:
    feed, _ = report_files(tmp_path)
    (tmp_path / "items.jsonl.rejects.jsonl").unlink()
    html = build_report([feed], [])
    assert "No stats file was given" in html
    assert "no rejects file is beside the feed" in html
    assert html.count('<svg class="chart"') == 5  # per-day, sections, fill, tags, authors


def test_report_without_stats_reads_the_rejects_file_beside_the_feed(tmp_path: Path) -> None:
    feed, stats = report_files(tmp_path)
    stats.unlink()
    rejects = tmp_path / "items.jsonl.rejects.jsonl"  # newscrawl.sidecars' name for the feed
    lines = [*REJECTS, {"url": "https://www.firstpost.com/india/w", "reason": "duplicate"}]
    rejects.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    output = tmp_path / "report.html"
    result = scrapy("report", feed, "-o", output)
    assert result.returncode == 0, result.stderr
    html = output.read_text(encoding="utf-8")
    assert card(html, "rejected") == "5"  # every line of the rejects file
    assert card(html, "duplicates removed") == "1"
    assert card(html, "failed URLs") == "2"  # x (final reason http_404) and y, each once
    assert 'id="rejects"' in html
    assert "Rejected items and pages by reason (5 in all)" in html
    assert 'id="failed"' in html
    assert f"Rejects: <code>{rejects}</code>" in html
    assert "error events and the crawl's figures are unknown" in html
    assert 'id="errors"' not in html  # errors come from stats only


def test_prefix_ids_keeps_references_working() -> None:
    svg = '<svg><defs><path id="g1"/></defs><use xlink:href="#g1"/><g clip-path="url(#c)"/></svg>'
    assert prefix_ids(svg, "x") == (
        '<svg><defs><path id="x-g1"/></defs><use xlink:href="#x-g1"/><g clip-path="url(#x-c)"/></svg>'
    )


def test_bar_chart_has_title_and_value_labels() -> None:
    svg = bar_chart([("india", 2), ("world", 1)], chart_id="t", title="T", xlabel="x", ylabel="y")
    assert svg.startswith('<svg class="chart" id="t" role="img" aria-label="T" ')
    assert COLOR.lower() in svg.lower()


# -- the command ---------------------------------------------------------------------------


def scrapy(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_report_command_finds_the_stats_beside_the_feed(tmp_path: Path) -> None:
    feed, _ = report_files(tmp_path)
    output = tmp_path / "report.html"
    result = scrapy("report", feed, "-o", output)
    assert result.returncode == 0, result.stderr
    assert f"Report written to {output}" in result.stdout
    html = output.read_text(encoding="utf-8")
    assert 'id="rejects"' in html
    assert 'id="errors"' in html


@pytest.mark.parametrize(
    ("args", "stats", "message"),
    [
        ([], [], "give at least one feed file"),
        (["nope.jsonl"], [], "no such file: nope.jsonl"),
        (["items.jsonl"], ["nope.json"], "no such file: nope.json"),
        (["items.txt"], [], "unknown feed format"),
    ],
)
def test_report_command_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], stats: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    report_files(tmp_path)
    Path("items.txt").write_text("{}", encoding="utf-8")
    options = argparse.Namespace(output="report.html", stats=stats, days=60, top=15)
    with pytest.raises(UsageError, match=message):
        Command().run(args, options)
    assert not Path("report.html").exists()


# -- headless Chromium ---------------------------------------------------------------------


# The README's test command installs Chromium; a missing browser fails, never skips.
def needs_chromium(test: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(test)
    def checked(*args: Any, **kwargs: Any) -> None:
        if not CHROMIUM.exists():
            pytest.fail(
                "chromium is not installed: the README's test command installs it "
                "(apt-get install chromium fonts-dejavu-core)"
            )
        test(*args, **kwargs)

    return checked


def test_the_readme_test_command_brings_chromium() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if ".venv/bin/pytest -q" in line)
    assert "apt-get install -y -q chromium" in command


def chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--enable-logging=stderr",
        "--v=0",
        f"--user-data-dir={profile}",
        *args,
        page.as_uri(),
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith("DBUS")}
    return subprocess.run(
        command, capture_output=True, text=True, timeout=120, env=env, check=False
    )


def console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if re.search(r":CONSOLE[:(]", line)]


@needs_chromium
def test_chromium_reports_console_errors_of_a_broken_page(tmp_path: Path) -> None:
    """The control for the next test: a page that loads from outside does log a console error."""
    page = tmp_path / "broken.html"
    page.write_text(
        '<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="img-src data:">'
        '<img src="https://example.invalid/x.png">',
        encoding="utf-8",
    )
    result = chromium(page, tmp_path / "profile", "--dump-dom")
    assert console_messages(result.stderr)


@needs_chromium
def test_report_renders_in_chromium(tmp_path: Path) -> None:
    feed, stats = report_files(tmp_path)
    page = tmp_path / "report.html"
    page.write_text(build_report([feed], [stats]), encoding="utf-8")
    result = chromium(page, tmp_path / "profile", "--dump-dom")
    assert result.returncode == 0, result.stderr
    assert console_messages(result.stderr) == []
    dom = result.stdout
    assert "<h1>Crawl report</h1>" in dom
    assert dom.count('<svg class="chart"') == 8
    assert dom.count("<path") > 100  # bars, axes and glyphs were parsed as SVG


@needs_chromium
def test_report_screenshot_shows_the_charts(tmp_path: Path) -> None:
    image = pytest.importorskip("PIL.Image", reason="Pillow comes with matplotlib")
    feed, stats = report_files(tmp_path)
    page = tmp_path / "report.html"
    page.write_text(build_report([feed], [stats]), encoding="utf-8")
    shot = tmp_path / "report.png"
    result = chromium(
        page,
        tmp_path / "profile",
        "--hide-scrollbars",
        "--window-size=1100,5000",
        f"--screenshot={shot}",
    )
    assert result.returncode == 0, result.stderr
    assert console_messages(result.stderr) == []
    pixels = image.open(shot).convert("RGB")
    bar = tuple(int(COLOR[i : i + 2], 16) for i in (1, 3, 5))
    bar_pixels = sum(count for count, rgb in pixels.getcolors(1 << 24) if rgb == bar)
    assert bar_pixels > 20_000  # eight charts of solid bars

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


def test_day_window_fills_days_without_articles() -> None:
    counts = n.per_day(unique())
    assert n.day_window(counts, 3) == [
        (date(2025, 9, 24), 1),
        (date(2025, 9, 25), 0),
        (date(2025, 9, 26), 2),
    ]
    assert n.day_window({}, 30) == []


def test_older_articles_roll_up_by_month_or_year() -> None:
    assert n.per_period(n.per_day(unique())) == ("month", [("2024-01", 1), ("2025-09", 3)])
    spread = {date(2013, 3, 14): 1, date(2021, 5, 1): 2, date(2021, 6, 1): 1, date(2025, 4, 9): 4}
    assert n.per_period(spread) == ("year", [("2013", 1), ("2021", 3), ("2025", 4)])
    assert n.per_period({}) == ("month", [])


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
    assert report.days == [(date(2025, 9, 24), 1), (date(2025, 9, 25), 0), (date(2025, 9, 26), 2)]
    assert (report.older, report.undated, report.first_day) == (1, 1, date(2024, 1, 1))
    assert report.period == "month"
    assert report.periods == [("2024-01", 1), ("2025-09", 3)]
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
    return feed, stats


def test_charts_are_inline_svg_with_unique_ids(tmp_path: Path) -> None:
    html = build_report(*([p] for p in report_files(tmp_path)))
    charts = re.findall(r'<svg class="chart" id="([^"]+)" role="img" aria-label="([^"]+)"', html)
    assert [chart_id for chart_id, _ in charts] == [
        "per-day",
        "per-period",
        "sections",
        "fill",
        "tags",
        "authors",
        "rejects",
        "errors",
    ]
    labels = dict(charts)
    assert labels["per-day"] == "Articles per publication day (UTC), 28 Aug to 26 Sep 2025"
    assert labels["per-period"] == (
        "All dated articles per publication month (UTC), since 2024-01-01"
    )
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


def test_report_without_stats_says_so(tmp_path: Path) -> None:
    feed, _ = report_files(tmp_path)
    html = build_report([feed], [])
    assert "No stats file was given" in html
    assert html.count('<svg class="chart"') == 6


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
    options = argparse.Namespace(output="report.html", stats=stats, days=30, top=15)
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

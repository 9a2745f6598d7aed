"""Everything one report shows, computed once from the feeds and the stats files."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newscrawl.report import numbers
from newscrawl.report.feeds import read_feed, read_rejects, read_stats
from newscrawl.sidecars import sidecar

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

#: Stats shown as they are in the report's "Crawl" table, with their labels.
CRAWL_STATS = {
    "start_time": "started",
    "finish_time": "finished",
    "finish_reason": "finish reason",
    "elapsed_time_seconds": "elapsed",
    "response_received_count": "pages received",
    "item_scraped_count": "articles exported",
    "newscrawl/dropped": "items and pages rejected",
}


@dataclass
class Report:
    """The numbers of one report; the HTML module only lays them out."""

    feeds: list[tuple[str, int]]
    stats_files: list[str]
    articles: int
    repeats: int
    undated: int
    sections: numbers.Counts
    sites: numbers.Counts
    fill: list[tuple[str, int, int]]
    top_tags: numbers.Counts
    top_authors: numbers.Counts
    has_stats: bool
    #: The rejects files found beside the feeds (sidecar naming rule), read with or without stats.
    rejects_files: list[str]
    duplicates: int
    rejects: numbers.Counts
    errors: numbers.Counts
    crawl: list[tuple[str, str]]
    #: Failed URLs by final reason (rejects feed beside the feed, else the stats), each URL once.
    failed: numbers.Counts = field(default_factory=list)
    #: The health file's lines beside the first feed, or empty when there is none.
    health: list[str] = field(default_factory=list)
    #: The chart's bucket (day, week, month, year) chosen by the span, and its bars.
    bucket: str = "day"
    buckets: list[tuple[date, int]] = field(default_factory=list)
    generated_at: str = field(
        default_factory=lambda: datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    )


def summarize(
    feeds: list[Path], stats_files: list[Path], *, days: int = numbers.DAYS, top: int = 15
) -> Report:
    """Read the feeds and stats files and compute every number the report shows."""
    items: list[dict[str, Any]] = []
    read: list[tuple[str, int]] = []
    for path in feeds:
        feed = read_feed(path)
        read.append((str(path), len(feed)))
        items += feed
    articles, repeats = numbers.unique_by_url(items)
    stats = read_stats(stats_files)
    daily = numbers.per_day(articles)
    bucket, buckets = numbers.bucketed(daily, days)
    # Each feed's rejects file, by the sidecar naming rule: read whether or not stats were given.
    rejects_files = [sidecar(path, "rejects") for path in feeds]
    rejects_files = [path for path in rejects_files if path.is_file()]
    reject_lines = [line for path in rejects_files for line in read_rejects(path)]
    if rejects_files:
        failed = numbers.failed_urls(reject_lines)
    else:
        failed = numbers.failed_from_stats(stats)
    if stats_files:
        rejects, duplicates = numbers.rejects_by_reason(stats), numbers.duplicates_removed(stats)
    else:  # no stats file: the rejects files alone say what was rejected, and why
        rejects = numbers.rejects_from_lines(reject_lines)
        duplicates = dict(rejects).get("duplicate", 0)
    health = sidecar(feeds[0], "health") if feeds else None
    return Report(
        feeds=read,
        stats_files=[str(path) for path in stats_files],
        articles=len(articles),
        repeats=repeats,
        undated=len(articles) - sum(daily.values()),
        sections=numbers.per_section(articles),
        sites=numbers.ranked(Counter(str(a.get("site")) for a in articles)),
        fill=numbers.fill_rates(articles),
        top_tags=numbers.top_values(articles, "tags", top),
        top_authors=numbers.top_values(articles, "authors", top),
        has_stats=bool(stats_files),
        rejects_files=[str(path) for path in rejects_files],
        duplicates=duplicates,
        rejects=rejects,
        errors=numbers.errors_by_kind(stats),
        crawl=[
            (label, shown(key, stats[key])) for key, label in CRAWL_STATS.items() if key in stats
        ],
        failed=failed,
        health=health_lines(health),
        bucket=bucket,
        buckets=buckets,
    )


def shown(key: str, value: Any) -> str:
    """A stat as people read it: durations in s/min/h, instants to the second, rounded rates.

    >>> shown("elapsed_time_seconds", 0.5848996959999795), shown("start_time", "2026-11-29 06:50:09.28+00:00")
    ('0.6 s', '2026-11-29 06:50:09 UTC')
    """
    if isinstance(value, bool) or value is None:
        return str(value)
    if key.endswith("seconds") and isinstance(value, int | float):
        return numbers.duration(float(value))
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return numbers.rate(value)
    if key.endswith("_time"):
        return numbers.instant(str(value))
    return str(value)


def health_lines(path: Path | None) -> list[str]:
    """The health file's non-empty lines, or none when it does not exist."""
    if path is None or not path.is_file():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

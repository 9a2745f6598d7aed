"""Everything one report shows, computed once from the feeds and the stats files."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newscrawl.report import numbers
from newscrawl.report.feeds import read_feed, read_stats

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

#: Stats shown as they are in the report's "Crawl" table, with their labels.
CRAWL_STATS = {
    "start_time": "started",
    "finish_time": "finished",
    "finish_reason": "finish reason",
    "elapsed_time_seconds": "elapsed (s)",
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
    days: list[tuple[date, int]]
    older: int
    undated: int
    first_day: date | None
    period: str
    periods: numbers.Counts
    sections: numbers.Counts
    sites: numbers.Counts
    fill: list[tuple[str, int, int]]
    top_tags: numbers.Counts
    top_authors: numbers.Counts
    has_stats: bool
    duplicates: int
    rejects: numbers.Counts
    errors: numbers.Counts
    crawl: list[tuple[str, str]]
    generated_at: str = field(
        default_factory=lambda: datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    )


def summarize(
    feeds: list[Path], stats_files: list[Path], *, days: int = 30, top: int = 15
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
    window = numbers.day_window(daily, days)
    shown = sum(count for _, count in window)
    period, periods = numbers.per_period(daily)
    return Report(
        feeds=read,
        stats_files=[str(path) for path in stats_files],
        articles=len(articles),
        repeats=repeats,
        days=window,
        older=sum(daily.values()) - shown,
        undated=len(articles) - sum(daily.values()),
        first_day=min(daily, default=None),
        period=period,
        periods=periods,
        sections=numbers.per_section(articles),
        sites=numbers.ranked(Counter(str(a.get("site")) for a in articles)),
        fill=numbers.fill_rates(articles),
        top_tags=numbers.top_values(articles, "tags", top),
        top_authors=numbers.top_values(articles, "authors", top),
        has_stats=bool(stats_files),
        duplicates=numbers.duplicates_removed(stats),
        rejects=numbers.rejects_by_reason(stats),
        errors=numbers.errors_by_kind(stats),
        crawl=[(label, str(stats[key])) for key, label in CRAWL_STATS.items() if key in stats],
    )

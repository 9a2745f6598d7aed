"""Field coverage per site, kept across runs, so a redesign that loses a field fails the crawl."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy import signals
from spidermon.contrib.scrapy.monitors import base

from newscrawl.jobdir import paused

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

STATS = "newscrawl/coverage"
#: Fields whose share of filled items is compared with earlier runs (plus the body's length).
FIELDS = ("authors", "tags", "image_url", "modified_at", "published_at", "description")
#: Earlier runs of a site that the median is taken over.
HISTORY_RUNS = 5


def filled(value: Any) -> bool:
    """A field counts as covered when it holds something: not None, "" or []."""
    return value not in (None, "", [], ())


class FieldCoverage:
    """Counts, per site, the items and the items with each field filled, and body characters."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FieldCoverage:
        assert crawler.stats is not None
        extension = cls(crawler.stats)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def item_scraped(self, item: Any) -> None:
        adapter = ItemAdapter(item)
        site = str(adapter.get("site") or "unknown")
        self.stats.inc_value(f"{STATS}/{site}/items")
        for field in FIELDS:
            if filled(adapter.get(field)):
                self.stats.inc_value(f"{STATS}/{site}/{field}")
        self.stats.inc_value(f"{STATS}/{site}/body_chars", len(adapter.get("body") or ""))


def run_coverage(stats: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Per site: the share of items with each field, the mean body length, the item count."""
    sites: dict[str, dict[str, float]] = {}
    prefix = f"{STATS}/"
    for key, value in stats.items():
        if key.startswith(prefix) and key.endswith("/items"):
            site = key[len(prefix) : -len("/items")]
            items = int(value)
            if not items:
                continue
            entry: dict[str, float] = {"items": items}
            for field in FIELDS:
                entry[field] = int(stats.get(f"{prefix}{site}/{field}", 0)) / items
            entry["body_chars"] = int(stats.get(f"{prefix}{site}/body_chars", 0)) / items
            sites[site] = entry
    return sites


def dropped_fields(
    current: dict[str, float], earlier: list[dict[str, float]], drop: float, min_items: int
) -> list[str]:
    """Fields whose coverage fell below ``drop`` times their median over earlier runs.

    >>> before = [{"items": 40, "authors": 0.9, "tags": 0.8, "body_chars": 3000.0}] * 3
    >>> dropped_fields({"items": 30, "authors": 0.1, "tags": 0.8, "body_chars": 900.0},
    ...                before, 0.5, 10)
    ['authors', 'body_chars']
    """
    usable = [run for run in earlier if run.get("items", 0) >= min_items]
    if current.get("items", 0) < min_items or not usable:
        return []
    names = []
    for field in (*FIELDS, "body_chars"):
        before = median(run.get(field, 0.0) for run in usable)
        floor = 0.2 if field != "body_chars" else 200.0  # rare fields say nothing when missing
        if before >= floor and current.get(field, 0.0) < drop * before:
            names.append(field)
    return names


def history_path(crawler: Crawler) -> Path | None:
    """NEWSCRAWL_COVERAGE_HISTORY, else ``coverage-history.ndjson`` beside the health report."""
    configured = crawler.settings.get("NEWSCRAWL_COVERAGE_HISTORY")
    if configured:
        return Path(configured)
    from newscrawl.monitors import report_path

    report = report_path(crawler)
    return report.with_name("coverage-history.ndjson") if report else None


def read_history(path: Path) -> list[dict[str, Any]]:
    """Earlier runs, oldest first; unreadable lines are skipped (a torn last line)."""
    runs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    for line in lines:
        try:
            run = json.loads(line)
        except ValueError:
            continue
        if isinstance(run, dict) and isinstance(run.get("sites"), dict):
            runs.append(run)
    return runs


class CoverageDropMonitor(base.BaseScrapyMonitor):  # type: ignore[misc]
    """Field coverage per site did not drop sharply against the site's earlier runs.

    Compares authors, tags, images, modified and published dates, descriptions and the mean
    body length with the median of the last runs (NEWSCRAWL_COVERAGE_HISTORY); fails naming
    the fields below NEWSCRAWL_COVERAGE_DROP of it. The run is then appended to the history.
    """

    __test__ = False  # a spidermon check, not a pytest test

    def test_field_coverage_kept(self) -> None:
        crawler: Crawler = self.crawler
        current = run_coverage(dict(self.stats))
        path = history_path(crawler)
        if not current:
            self.note = "nothing to compare: no article exported"
            return
        if paused(crawler, dict(self.stats)):
            # A batch's share of the articles: not a run of its own the next one is held to.
            self.note = "not compared: paused, resume with the same command"
            return
        if path is None:
            self.note = "not compared: no health file to keep the history beside"
            return
        earlier = read_history(path)
        drop = crawler.settings.getfloat("NEWSCRAWL_COVERAGE_DROP", 0.5)
        min_items = crawler.settings.getint("NEWSCRAWL_COVERAGE_MIN_ITEMS", 5)
        problems = []
        for site, coverage in sorted(current.items()):
            before = [run["sites"][site] for run in earlier if site in run["sites"]]
            if names := dropped_fields(coverage, before[-HISTORY_RUNS:], drop, min_items):
                problems.append(f"{site}: {', '.join(names)}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as history:
                history.write(json.dumps({"sites": current}, sort_keys=True) + "\n")
        except OSError as error:
            logger.warning("Coverage history not written to %(path)s: %(error)s",
                           {"path": path, "error": error})  # fmt: skip
        if problems:
            self.fail("field coverage dropped against earlier runs: " + "; ".join(problems))

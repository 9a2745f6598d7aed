"""Field coverage against a site's earlier runs: a sharp drop fails the health check by name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scrapy.utils.test import get_crawler
from spidermon.contrib.scrapy.runners import SpiderMonitorRunner

from newscrawl.coverage import FieldCoverage, read_history
from newscrawl.items import Article
from newscrawl.monitors import CrawlHealthSuite, health_failed
from newscrawl.spiders.firstpost import FirstpostSpider

pytestmark = pytest.mark.filterwarnings("ignore::scrapy.exceptions.ScrapyDeprecationWarning")


def article(n: int, *, authors: bool = True, tags: bool = True) -> Article:
    return Article(
        site="example.com",
        url=f"https://example.com/a/{n}",
        title=f"Story {n}",
        authors=["Jane Roe"] if authors else [],
        tags=["Budget"] if tags else [],
        image_url="https://example.com/i.jpg",
        published_at="2026-11-20T10:00:00Z",
        modified_at="2026-11-20T11:00:00Z",
        description="A story.",
        body="Text of the story. " * 100,
    )


def run(tmp_path: Path, items: list[Article]) -> tuple[Any, str]:
    report = tmp_path / "health.txt"
    settings = {
        "NEWSCRAWL_HEALTH_REPORT": str(report),
        "SPIDERMON_MIN_ITEMS": 1,
        "SPIDERMON_ADD_FIELD_COVERAGE": True,
        "SPIDERMON_FIELD_COVERAGE_SKIP_IF_NO_ITEM": True,
    }
    crawler = get_crawler(FirstpostSpider, settings)
    crawler.spider = FirstpostSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    counter = FieldCoverage(crawler.stats)
    for item in items:
        counter.item_scraped(item)
    crawler.stats.set_value("item_scraped_count", len(items))
    crawler.stats.set_value("finish_reason", "finished")
    SpiderMonitorRunner(spider=crawler.spider).run(
        CrawlHealthSuite(crawler=crawler),
        stats=crawler.stats.get_stats(),
        stats_history=[],
        crawler=crawler,
        spider=crawler.spider,
        job=None,
    )
    return crawler, report.read_text(encoding="utf-8")


def test_a_redesign_that_loses_authors_and_tags_fails_naming_them(tmp_path: Path) -> None:
    for _ in range(3):
        crawler, report = run(tmp_path, [article(n) for n in range(10)])
        assert not health_failed(crawler), report
    assert len(read_history(tmp_path / "coverage-history.ndjson")) == 3
    crawler, report = run(tmp_path, [article(n, authors=False, tags=False) for n in range(10)])
    assert health_failed(crawler)
    assert "FAIL    Coverage Drop Monitor" in report or "CoverageDropMonitor" in report
    assert "example.com: authors, tags" in report


def test_first_run_and_small_runs_are_not_judged(tmp_path: Path) -> None:
    crawler, report = run(tmp_path, [article(n, authors=False) for n in range(10)])
    assert not health_failed(crawler), report
    crawler, report = run(tmp_path, [article(n) for n in range(10)])
    crawler, report = run(tmp_path, [article(n, authors=False) for n in range(3)])
    assert not health_failed(crawler), report  # 3 articles: too few to call a drop

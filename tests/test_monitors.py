"""The crawl health suite on made-up stats: each check fails alone, and the report says which."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler
from spidermon.contrib.scrapy.runners import SpiderMonitorRunner

from newscrawl.monitors import CrawlHealthSuite, health_failed, paused, report_path
from newscrawl.spiders.firstpost import FirstpostSpider

# spidermon's runner logs through Spider.log(), deprecated in Scrapy.
pytestmark = pytest.mark.filterwarnings("ignore::scrapy.exceptions.ScrapyDeprecationWarning")

THRESHOLDS = {
    "SPIDERMON_ADD_FIELD_COVERAGE": True,
    "SPIDERMON_FIELD_COVERAGE_RULES": {"Article/authors": 0.8, "Article/published_at": 0.95},
    "SPIDERMON_FIELD_COVERAGE_SKIP_IF_NO_ITEM": True,
    "SPIDERMON_MIN_ITEMS": 1,
    "NEWSCRAWL_MAX_ERROR_RATE": 0.05,
}
HEALTHY = {
    "finish_reason": "finished",
    "item_scraped_count": 40,
    "downloader/request_count": 100,
    "log_count/ERROR": 2,
    "newscrawl/dropped": 3,
    "spidermon_field_coverage/Article/authors": 0.9,
    "spidermon_field_coverage/Article/published_at": 1.0,
}


def check(tmp_path: Path, **changes: Any) -> tuple[Any, str]:
    report = tmp_path / "health.txt"
    crawler = get_crawler(FirstpostSpider, {**THRESHOLDS, "NEWSCRAWL_HEALTH_REPORT": str(report)})
    crawler.spider = FirstpostSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    stats = {k: v for k, v in {**HEALTHY, **changes}.items() if v is not None}
    for key, value in stats.items():
        crawler.stats.set_value(key, value)
    SpiderMonitorRunner(spider=crawler.spider).run(
        CrawlHealthSuite(crawler=crawler),
        stats=crawler.stats.get_stats(),
        stats_history=[],
        crawler=crawler,
        spider=crawler.spider,
        job=None,
    )
    return crawler, report.read_text(encoding="utf-8")


def test_a_healthy_crawl_passes_and_says_so(tmp_path: Path) -> None:
    crawler, report = check(tmp_path)
    assert not health_failed(crawler)
    assert report.startswith("newscrawl health: OK (8 checks passed)")
    assert "SKIPPED" not in report, "a clean run shows no check as skipped"
    assert "items: 40, rejects: 3, requests: 100, errors logged: 2" in report


@pytest.mark.parametrize(
    ("changes", "failing"),
    [
        ({"spidermon_field_coverage/Article/authors": 0.5}, "Field Coverage Monitor"),
        ({"spidermon_field_coverage/Article/published_at": 0.9}, "Field Coverage Monitor"),
        ({"log_count/ERROR": 6}, "ErrorRateMonitor"),
        (
            {
                "item_scraped_count": 25,
                "newscrawl/dropped": 50_000,
                "newscrawl/dropped/http_404": 50_000,
            },
            "HttpErrorsMonitor",
        ),
        ({"finish_reason": "shutdown"}, "Finish Reason Monitor"),
        ({"finish_reason": "closespider_pagecount_no_item"}, "Finish Reason Monitor"),
    ],
)
def test_each_check_fails_the_crawl_alone(
    tmp_path: Path, changes: dict[str, Any], failing: str
) -> None:
    crawler, report = check(tmp_path, **changes)
    assert health_failed(crawler)
    assert report.startswith("newscrawl health: FAILED (1 of 8 checks failed)"), report
    failed = [line for line in report.splitlines() if line.startswith("FAIL")]
    assert len(failed) == 1
    assert failing in failed[0]
    assert ": " in failed[0].split(failing, 1)[1]  # the reason is spelled out
    assert not re.search(r"\d\.\d{3,}", failed[0]), "numbers rounded for people"


@pytest.mark.parametrize("items", [0, None])
def test_a_crawl_with_no_article_fails_with_reasons_and_skips_no_check(
    tmp_path: Path, items: int | None
) -> None:
    crawler, report = check(tmp_path, item_scraped_count=items, **{"newscrawl/dropped": None})
    assert health_failed(crawler)
    assert report.startswith("newscrawl health: FAILED (2 of 8 checks failed)"), report
    assert "SKIPPED" not in report, report
    failed = {line.split("/")[0]: line for line in report.splitlines() if line.startswith("FAIL")}
    assert set(failed) == {"FAIL    ArticlesMonitor", "FAIL    Field Coverage Monitor"}, report
    assert "0 articles exported" in failed["FAIL    Field Coverage Monitor"]
    # The checks with nothing to look at say so instead of a bare OK.
    assert "CoverageDropMonitor/test_field_coverage_kept: nothing to compare" in report
    assert "HttpErrorsMonitor/test_article_requests_answered: no article was requested" in report


def test_a_paused_job_is_not_a_failure(tmp_path: Path) -> None:
    report = tmp_path / "health.txt"
    crawler = get_crawler(
        FirstpostSpider,
        {**THRESHOLDS, "NEWSCRAWL_HEALTH_REPORT": str(report), "JOBDIR": str(tmp_path / "job")},
    )
    crawler.spider = FirstpostSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    for key, value in {**HEALTHY, "finish_reason": "shutdown", "item_scraped_count": 0}.items():
        crawler.stats.set_value(key, value)
    SpiderMonitorRunner(spider=crawler.spider).run(
        CrawlHealthSuite(crawler=crawler),
        stats=crawler.stats.get_stats(),
        stats_history=[],
        crawler=crawler,
        spider=crawler.spider,
        job=None,
    )
    assert not health_failed(crawler)
    text = report.read_text()
    assert text.startswith("newscrawl health: paused, resume with the same command")
    # A paused crawl is not judged: no check is listed as failed (or skipped).
    assert not re.search(r"^(FAIL|SKIPPED|ERROR)", text, re.MULTILINE), text


@pytest.mark.parametrize(
    ("reason", "jobdir", "is_paused"),
    [
        # A batch limit under JOBDIR leaves the rest queued: the same command goes on.
        ("closespider_itemcount", True, True),
        ("closespider_pagecount", True, True),
        ("closespider_timeout", True, True),
        # Without JOBDIR the limit ends the crawl, which is judged.
        ("closespider_itemcount", False, False),
        # Nothing scraped for a while, or too many errors: something is wrong, paused or not.
        ("closespider_timeout_no_item", True, False),
        ("closespider_errorcount", True, False),
    ],
)
def test_a_closespider_limit_under_jobdir_is_a_pause(
    tmp_path: Path, reason: str, jobdir: bool, is_paused: bool
) -> None:
    crawler = get_crawler(
        FirstpostSpider, {**THRESHOLDS, **({"JOBDIR": str(tmp_path / "job")} if jobdir else {})}
    )
    crawler.stats.open_spider()
    crawler.stats.set_value("finish_reason", reason)
    assert paused(crawler, crawler.stats.get_stats()) is is_paused


def test_an_incremental_run_with_nothing_new_is_healthy(tmp_path: Path) -> None:
    crawler, report = check(
        tmp_path,
        item_scraped_count=None,
        **{"newscrawl/delta/skipped": 30, "newscrawl/dropped/unchanged": 2},
    )
    assert not health_failed(crawler), report
    assert "SKIPPED" not in report, report
    assert (
        "Field Coverage Monitor/test_check_if_field_coverage_rules_are_met: nothing new to "
        "measure: 32 articles known unchanged" in report
    )


def test_the_report_goes_beside_the_first_local_feed(tmp_path: Path) -> None:
    crawler = get_crawler(FirstpostSpider, {"FEEDS": {str(tmp_path / "run.jsonl"): {}}})
    assert report_path(crawler) == tmp_path / "run.jsonl.health.txt"
    assert report_path(get_crawler(FirstpostSpider, {"FEEDS": {"stdout:": {}}})) is None


def test_the_project_runs_the_suite_on_every_crawl() -> None:
    settings = get_project_settings()
    assert settings.getbool("SPIDERMON_ENABLED")
    assert "newscrawl.monitors.CrawlHealthSuite" in settings.getlist(
        "SPIDERMON_SPIDER_CLOSE_MONITORS"
    )
    assert "spidermon.contrib.scrapy.extensions.Spidermon" in settings.getdict("EXTENSIONS")
    assert settings.getbool("SPIDERMON_ADD_FIELD_COVERAGE")


def test_the_report_lists_the_date_assumptions(tmp_path: Path) -> None:
    _, plain = check(tmp_path)
    assert "read as UTC" not in plain
    assert "language's zone" not in plain
    assert "without a time of day" not in plain
    assert "without a year" not in plain
    assert "usual meaning" not in plain
    _, report = check(
        tmp_path,
        **{
            "newscrawl/dates/assumed_zone": 3,
            "newscrawl/dates/date_only": 5,
            "newscrawl/dates/language_zone": 2,
            "newscrawl/dates/assumed_year": 4,
            "newscrawl/dates/assumed_day": 6,
            "newscrawl/dates/assumed_zone_meaning": 7,
        },
    )
    assert "zone abbreviations nothing settled, read by their usual meaning: 7" in report
    assert "dates printed without a year, given the crawl time's: 4" in report
    assert "times printed without a day, read as the last before the crawl: 6" in report
    assert "dates printed without a zone, read as UTC: 3" in report
    assert "dates printed without a zone, read in the page language's zone: 2" in report
    assert "dates without a time of day, exported as 00:00:00Z: 5" in report

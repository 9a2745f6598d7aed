"""Health checks of every finished crawl (spidermon), with a readable report and an exit code."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spidermon import MonitorSuite
from spidermon import monitors as naming

# Modules, not classes, are imported: pytest would collect unittest classes named here as tests.
from spidermon.contrib.scrapy import monitors as builtin
from spidermon.contrib.scrapy.monitors import base
from spidermon.core.actions import Action

from newscrawl.coverage import CoverageDropMonitor
from newscrawl.delta import FAILURE_STATS, store_failed
from newscrawl.jobdir import paused
from newscrawl.reasons import DROPPED
from newscrawl.rejects import now_utc
from newscrawl.sidecars import sidecar_path
from newscrawl.unreachable import UNREACHABLE_STAT
from newscrawl.warc import DAMAGE_STAT

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

STATS = "newscrawl/health"
#: ``scrapy crawl`` exits with this when the crawl ran but a health check failed.
HEALTH_EXIT_CODE = 3


def known_articles(stats: Any) -> int:
    """Articles this run found but did not export because an earlier run (or job) did."""
    known = int(stats.get("newscrawl/delta/skipped", 0))
    known += int(stats.get("newscrawl/dropped/unchanged", 0))
    # Exported by a concurrent job of the same site on a shared store (PostgreSQL).
    return known + int(stats.get("newscrawl/dropped/claimed", 0))


def idle_worker(stats: Any) -> bool:
    """A worker that joined a shared crawl (REDIS_URL) and found its queue already empty."""
    return stats.get("newscrawl/frontier/role") == "join" and not stats.get(
        "scheduler/dequeued/redis"
    )


class ArticlesMonitor(base.BaseScrapyMonitor):  # type: ignore[misc]
    """Articles exported, or found unchanged since an earlier run, reach SPIDERMON_MIN_ITEMS.

    An incremental run (DEDUP_STORE) that finds nothing new exports nothing and is healthy;
    a run that finds no article at all is not. A worker that joined a shared crawl (REDIS_URL)
    and found its queue already empty did no work and is judged by the worker that seeded it.
    """

    __test__ = False  # a spidermon check, not a pytest test

    def test_articles_exported_or_known(self) -> None:
        exported = int(self.stats.get("item_scraped_count", 0))
        known = known_articles(self.stats)
        minimum = self.crawler.settings.getint("SPIDERMON_MIN_ITEMS", 1)
        if idle_worker(self.stats):
            self.note = "joined a shared crawl whose queue was already empty"
            return
        if exported + known < minimum:
            self.fail(
                f"{exported} articles exported and {known} known unchanged from earlier runs; "
                f"expected at least {minimum} (SPIDERMON_MIN_ITEMS)"
            )


@naming.name("Field Coverage Monitor")
class FieldCoverageMonitor(builtin.FieldCoverageMonitor):  # type: ignore[misc]
    """spidermon's SPIDERMON_FIELD_COVERAGE_RULES, with a verdict when nothing was exported.

    Never skipped: a crawl that exported no article has no field covered and fails here too,
    with that reason; a run that exported nothing because every article it found is known
    unchanged (or a worker that found the shared queue empty) passes, saying so.
    """

    __test__ = False  # a spidermon check, not a pytest test

    def test_check_if_field_coverage_rules_are_met(self) -> None:
        if int(self.stats.get("item_scraped_count", 0)):
            super().test_check_if_field_coverage_rules_are_met()
        elif known := known_articles(self.stats):
            self.note = f"nothing new to measure: {known} articles known unchanged"
        elif idle_worker(self.stats):
            self.note = "nothing to measure: joined a shared crawl whose queue was already empty"
        else:
            self.fail(
                "0 articles exported, so no field is covered (SPIDERMON_FIELD_COVERAGE_RULES)"
            )


class StoreMonitor(base.BaseScrapyMonitor):  # type: ignore[misc]
    """Every DEDUP_STORE write succeeded and every feed was really stored."""

    __test__ = False  # a spidermon check, not a pytest test

    def test_store_and_feeds_recorded(self) -> None:
        failures = {name: self.stats.get(name) for name in FAILURE_STATS if self.stats.get(name)}
        if failures:
            self.fail(f"store or feed failures: {failures}")


class ArchiveMonitor(base.BaseScrapyMonitor):  # type: ignore[misc]
    """A crawl replayed from WARC files (WARC_REPLAY) read them whole: none was torn."""

    __test__ = False  # a spidermon check, not a pytest test

    def test_warc_archives_whole(self) -> None:
        damaged = self.stats.get(DAMAGE_STAT)
        if damaged:
            self.fail(f"{damaged} torn places in the WARC files replayed (see the log's warnings)")


def _percent(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "0%"


class ErrorRateMonitor(base.BaseScrapyMonitor):  # type: ignore[misc]
    """Errors logged per request stay at or below NEWSCRAWL_MAX_ERROR_RATE."""

    __test__ = False  # a spidermon check, not a pytest test

    def test_errors_logged_per_request(self) -> None:
        errors = int(self.stats.get("log_count/ERROR", 0))
        requests = max(int(self.stats.get("downloader/request_count", 0)), 1)
        rate = float(self.crawler.settings.getfloat("NEWSCRAWL_MAX_ERROR_RATE", 0.05))
        if errors > rate * requests:
            self.fail(
                f"{errors:,} errors logged for {requests:,} requests ({_percent(errors, requests)}),"
                f" above NEWSCRAWL_MAX_ERROR_RATE ({rate:.0%})"
            )


#: Reject reasons of article requests that got no page: HTTP errors and network failures.
_FETCH_FAILURES = ("timeout", "dns_error", "connection_error", "download_error")


class HttpErrorsMonitor(base.BaseScrapyMonitor):  # type: ignore[misc]
    """Failed article requests stay at or below NEWSCRAWL_MAX_HTTP_ERROR_RATE.

    Failed: an HTTP error after retries, or no answer; of all article requests (exported
    plus rejected).
    """

    __test__ = False  # a spidermon check, not a pytest test

    def test_article_requests_answered(self) -> None:
        prefix = f"{DROPPED}/"
        failed = sum(
            int(value)
            for key, value in self.stats.items()
            if key.startswith(prefix)
            and (
                key.removeprefix(prefix).startswith("http_")
                or key.removeprefix(prefix) in _FETCH_FAILURES
            )
        )
        articles = int(self.stats.get("item_scraped_count", 0)) + int(self.stats.get(DROPPED, 0))
        if not articles:
            self.note = "no article was requested"
        rate = float(self.crawler.settings.getfloat("NEWSCRAWL_MAX_HTTP_ERROR_RATE", 0.5))
        if articles and failed > rate * articles:
            self.fail(
                f"{failed:,} of {articles:,} article requests failed (HTTP error or no answer, "
                f"{_percent(failed, articles)}), above NEWSCRAWL_MAX_HTTP_ERROR_RATE ({rate:.0%})"
            )


def report_path(crawler: Crawler) -> Path | None:
    """NEWSCRAWL_HEALTH_REPORT, else ``<feed file name>.health.txt`` beside the first feed file."""
    return sidecar_path(crawler, "health")


def health_failed(crawler: Crawler) -> bool:
    """Whether a finished crawl failed any health check (for the ``crawl`` command's exit code).

    A store write or a feed that failed after the checks ran (feeds are stored last) counts too.
    """
    if not crawler.stats:
        return False
    return bool(crawler.stats.get_value(f"{STATS}/failed")) or store_failed(
        crawler.stats.get_stats()
    )


def _first_line(error: Any) -> str:
    # unittest hands over a whole traceback; its last line is the assertion message.
    lines = [line for line in str(error or "").splitlines() if line.strip()]
    return lines[-1].removeprefix("AssertionError: ") if lines else ""


class HealthReport(Action):  # type: ignore[misc]
    """Logs the verdict, writes it beside the feed and records it in the stats."""

    def run_action(self) -> None:
        crawler: Crawler = self.data["crawler"]
        stats: dict[str, Any] = self.data["stats"]
        results = list(self.result.monitor_results)
        failed = [r for r in results if r.status in ("FAIL", "ERROR")]
        get = stats.get
        is_paused = paused(crawler, stats)
        if is_paused:
            # Ctrl-C under JOBDIR is a pause, not a failure: the checks judge finished crawls.
            failed, headline = [], "newscrawl health: paused, resume with the same command"
        elif failed:
            headline = f"newscrawl health: FAILED ({len(failed)} of {len(results)} checks failed)"
        else:
            headline = f"newscrawl health: OK ({len(results)} checks passed)"
        lines = [headline]
        if unreachable := get(UNREACHABLE_STAT):
            lines.append(f"site unreachable: {unreachable}")
        lines += [
            f"spider: {crawler.spidercls.name}, finished {now_utc()}, "
            + f"finish_reason {get('finish_reason')}",
            f"items: {get('item_scraped_count', 0)}, rejects: {get('newscrawl/dropped', 0)}, "
            + f"requests: {get('downloader/request_count', 0)}, "
            + f"errors logged: {get('log_count/ERROR', 0)}",
        ]
        if assumed := get("newscrawl/dates/assumed_zone"):
            lines.append(f"dates printed without a zone, read as UTC: {assumed}")
        if by_language := get("newscrawl/dates/language_zone"):
            lines.append(
                f"dates printed without a zone, read in the page language's zone: {by_language}"
            )
        if meaning := get("newscrawl/dates/assumed_zone_meaning"):
            lines.append(
                f"zone abbreviations nothing settled, read by their usual meaning: {meaning}"
            )
        if day_order := get("newscrawl/dates/assumed_day_order"):
            lines.append(f"numeric dates read month first with no region to say so: {day_order}")
        if no_year := get("newscrawl/dates/assumed_year"):
            lines.append(f"dates printed without a year, given the crawl time's: {no_year}")
        if no_day := get("newscrawl/dates/assumed_day"):
            lines.append(
                f"times printed without a day, read as the last before the crawl: {no_day}"
            )
        if date_only := get("newscrawl/dates/date_only"):
            lines.append(f"dates without a time of day, exported as 00:00:00Z: {date_only}")
        lines.append("")
        if is_paused:
            lines.append("checks not run: they judge a finished crawl, and this one resumes")
        for result in [] if is_paused else results:
            if result in failed:
                message = _first_line(result.error)
            else:
                message = str(getattr(result.item, "note", "") or "")
            lines.append(
                f"{result.status:<7} {result.item.name}" + (f": {message}" if message else "")
            )
        text = "\n".join(lines) + "\n"
        assert crawler.stats is not None
        crawler.stats.set_value(f"{STATS}/failed", len(failed))
        crawler.stats.set_value(f"{STATS}/checks", len(results))
        (logger.error if failed else logger.info)("Crawl health report\n%(text)s", {"text": text})
        path = report_path(crawler)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(path.name + ".part")
            partial.write_text(text, encoding="utf-8")
            partial.replace(path)


class CrawlHealthSuite(MonitorSuite):  # type: ignore[misc]
    """Articles exported, author and date coverage, error rate and finish reason of the crawl.

    Thresholds: SPIDERMON_MIN_ITEMS, SPIDERMON_FIELD_COVERAGE_RULES,
    NEWSCRAWL_MAX_ERROR_RATE, NEWSCRAWL_MAX_HTTP_ERROR_RATE and SPIDERMON_EXPECTED_FINISH_REASONS.
    """

    monitors = [
        ArticlesMonitor,
        StoreMonitor,
        ArchiveMonitor,
        FieldCoverageMonitor,
        CoverageDropMonitor,
        ErrorRateMonitor,
        HttpErrorsMonitor,
        builtin.FinishReasonMonitor,
    ]
    monitors_finished_actions = [HealthReport]

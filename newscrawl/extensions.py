"""Crawl extensions: a stats file for ``scrapy report``, progress lines, and a quiet log."""

from __future__ import annotations

import json
import logging
import time
import warnings
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.logformatter import LogFormatter, LogFormatterResult
from scrapy.utils.asyncio import create_looping_call
from w3lib.url import file_uri_to_path

from newscrawl.reasons import DROPPED
from newscrawl.sidecars import remember_slot, sidecar_path

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.extensions.feedexport import FeedSlot
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from scrapy.utils.asyncio import AsyncioLoopingCall
    from twisted.internet.task import LoopingCall
    from twisted.python.failure import Failure

logger = logging.getLogger(__name__)


def local_path(uri: str) -> Path | None:
    """The local file a feed URI names, or None for remote storages and stdout.

    >>> local_path("file:///data/items.jsonl").as_posix(), local_path("out/items.csv").as_posix()
    ('/data/items.jsonl', 'out/items.csv')
    >>> local_path("s3://bucket/items.jsonl") is None, local_path("stdout:") is None
    (True, True)
    """
    scheme = urlparse(uri).scheme
    if scheme == "file":
        return Path(file_uri_to_path(uri))
    if len(scheme) <= 1:  # no scheme, or a Windows drive letter
        return Path(uri)
    return None


def stats_to_json(stats: dict[str, Any]) -> str:
    """Stats as a JSON document: datetimes as ISO 8601 strings, keys sorted."""

    def default(value: Any) -> Any:
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, timedelta):
            return value.total_seconds()
        if isinstance(value, set | frozenset):
            return sorted(map(str, value))
        return str(value)

    return json.dumps(stats, default=default, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


class StatsFileExtension:
    """Writes the crawl's stats as JSON when the engine stops, once every stat is final.

    The file is ``NEWSCRAWL_STATS_FILE``, else ``<feed file name>.stats.json`` beside the
    first file of the first local ``FEEDS`` entry (``items.csv`` -> ``items.csv.stats.json``,
    newscrawl.sidecars); with neither, nothing is written.
    """

    def __init__(self, crawler: Crawler, path: Path | None) -> None:
        self.crawler = crawler
        self.path = path

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StatsFileExtension:
        if not crawler.settings.getbool("NEWSCRAWL_STATS_FILE_ENABLED", True):
            raise NotConfigured
        configured = crawler.settings.get("NEWSCRAWL_STATS_FILE")
        extension = cls(crawler, Path(configured) if configured else None)
        crawler.signals.connect(extension.feed_slot_closed, signal=signals.feed_slot_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def feed_slot_closed(self, slot: FeedSlot) -> None:
        remember_slot(self.crawler, slot)

    def engine_stopped(self) -> None:
        if self.path is None:
            self.path = sidecar_path(self.crawler, "stats")
        if self.path is None:
            logger.info("No stats file: no local feed, and NEWSCRAWL_STATS_FILE is not set")
            return
        assert self.crawler.stats is not None
        self.write(self.crawler.stats.get_stats())

    def write(self, stats: dict[str, Any]) -> None:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".part")
        partial.write_text(stats_to_json(stats), encoding="utf-8")
        partial.replace(self.path)
        logger.info("Stored crawl stats in %(path)s", {"path": self.path})


class ProgressLogExtension:
    """Every ``NEWSCRAWL_PROGRESS_INTERVAL`` seconds, one log line on how the crawl is going."""

    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.task: AsyncioLoopingCall | LoopingCall | None = None
        self.last_pages = 0
        self.last_time = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressLogExtension:
        if not crawler.settings.getbool("NEWSCRAWL_PROGRESS_ENABLED", True):
            raise NotConfigured
        interval = crawler.settings.getfloat("NEWSCRAWL_PROGRESS_INTERVAL", 60.0)
        if interval <= 0:
            raise NotConfigured("NEWSCRAWL_PROGRESS_INTERVAL must be positive")
        extension = cls(crawler, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self) -> None:
        self.last_pages, self.last_time = 0, time.monotonic()
        self.task = create_looping_call(self.log)
        self.task.start(self.interval, now=False)

    def spider_closed(self) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()

    def progress(self, now: float | None = None) -> dict[str, float]:
        """The numbers of one progress line; pages per minute since the previous line."""
        now = time.monotonic() if now is None else now
        assert self.crawler.stats is not None
        value = self.crawler.stats.get_value
        pages = int(value("response_received_count", 0))
        minutes = (now - self.last_time) / 60
        rate = (pages - self.last_pages) / minutes if minutes > 0 else 0.0
        self.last_pages, self.last_time = pages, now
        return {
            "exported": int(value("item_scraped_count", 0)),
            "rejected": int(value(DROPPED, 0)),
            "pages": pages,
            "pages_per_minute": rate,
            "queued": self.queued(),
        }

    def queued(self) -> int:
        """Requests waiting: the shared queue's length under REDIS_URL (all workers' work)."""
        assert self.crawler.stats is not None
        value = self.crawler.stats.get_value
        if self.crawler.settings.get("REDIS_URL") and self.crawler.engine.scheduler is not None:
            return len(self.crawler.engine.scheduler)  # type: ignore[arg-type]
        return int(value("scheduler/enqueued", 0)) - int(value("scheduler/dequeued", 0))

    def log(self) -> None:
        logger.info(
            "Progress: %(exported)d articles exported, %(rejected)d rejected, "
            "%(pages)d pages (%(pages_per_minute).1f pages/min), %(queued)d requests queued",
            self.progress(),
        )


class PromptStopExtension:
    """On Ctrl-C or SIGTERM, stop waiting for downloads that have not started.

    Scrapy's graceful stop waits for every request the engine has handed to the downloader.
    Up to CONCURRENT_REQUESTS of them wait in the site's download slot, each for its
    DOWNLOAD_DELAY or AutoThrottle delay (1 s or more), so a Ctrl-C took one delay per
    waiting request (17 s seen) before the feeds were closed. Once the crawler is stopping,
    these requests are handed back to the scheduler unsent: under JOBDIR they are saved with
    the rest of the queue and fetched on resume; without it they are dropped, as the rest of
    the queue is. Downloads under way still finish (at most DOWNLOAD_TIMEOUT).
    """

    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.task: AsyncioLoopingCall | LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PromptStopExtension:
        extension = cls(crawler, 0.05)  # a cheap check; the sooner, the fewer requests sent
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self) -> None:
        self.task = create_looping_call(self.check)
        self.task.start(self.interval, now=False)

    def spider_closed(self) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()

    def check(self) -> None:
        # Crawler.stop_async() (the stop signals' handler) clears `crawling` before it waits.
        if self.crawler.crawling or self.crawler.engine is None:
            return
        if self.task is not None and self.task.running:
            self.task.stop()
        handed_back = 0
        for slot in self.crawler.engine.downloader.slots.values():
            while slot.queue:
                request, waiting = slot.queue.popleft()
                # A request as the download's outcome goes back to the scheduler (as a
                # redirect does); it was seen already, so the dupefilter must let it through.
                waiting.callback(request.replace(dont_filter=True))  # type: ignore[arg-type]
                handed_back += 1
        if handed_back:
            assert self.crawler.stats is not None
            self.crawler.stats.set_value("newscrawl/stop/requests_not_sent", handed_back)
            logger.info(
                "Stopping: %(count)d requests not sent yet go back to the queue%(where)s",
                {
                    "count": handed_back,
                    "where": " (kept in JOBDIR)" if self.crawler.settings.get("JOBDIR") else "",
                },
            )


class QuietLogFormatter(LogFormatter):
    """An item rejected with a reason is one DEBUG line, not the whole item at INFO.

    Scrapy logs every dropped item with its full repr (the body text included, 1.5 KB a line),
    so a ``since`` run or an incremental run that skips hundreds of known articles filled the
    log. Each reject is in the rejects feed with its reason, and the rejects line at the end
    counts them per reason; other DropItems keep Scrapy's message.
    """

    def dropped(
        self,
        item: Any,
        exception: BaseException,
        response: Response | Failure | None,
        spider: Spider,
    ) -> LogFormatterResult:
        reason = getattr(exception, "reason", None)
        if reason is None:
            return super().dropped(item, exception, response, spider)
        url = getattr(exception, "url", None) or getattr(response, "url", "")
        return {
            "level": logging.DEBUG,
            "msg": "Rejected (%(reason)s): %(url)s",
            "args": {"reason": reason, "url": url},
        }


class _Demote(logging.Filter):
    """Spidermon's per-check lines go to DEBUG: the health report says the same in a few lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        if str(record.msg).startswith("[Spidermon]") and record.levelno > logging.DEBUG:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


#: Scrapy's start-up listings (add-ons, components, overridden settings, telnet) and its
#: "Ignoring response <404 ...>" lines: DEBUG, not INFO. Failed article pages are in the rejects
#: feed with their reason, and every status is counted in the stats file.
STARTUP_LOGGERS = (
    "scrapy.addons",
    "scrapy.middleware",
    "scrapy.crawler",
    "scrapy.extensions.telnet",
    "scrapy.spidermiddlewares.httperror",
)


class _InfoToDebug(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.INFO:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


class QuietLogAddon:
    """Scrapy's start-up listings go to DEBUG, so a clean run's INFO log fits on one screen.

    An add-on because Scrapy lists the add-ons before any extension exists. The full stats go
    to the stats file (STATS_DUMP is off in the project settings), not the log.
    """

    def update_settings(self, settings: BaseSettings) -> None:
        for name in STARTUP_LOGGERS:
            log = logging.getLogger(name)
            if not any(isinstance(f, _InfoToDebug) for f in log.filters):
                log.addFilter(_InfoToDebug())


class QuietLogExtension:
    """Keep an INFO log short: one line per failed download, no network tracebacks.

    Spidermon's check-by-check output and its ``Spider.log()`` deprecation warning stay out.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QuietLogExtension:
        from newscrawl.unreachable import NOISY_LOGGERS, NetworkErrorsWithoutTraceback

        for name in NOISY_LOGGERS:
            log = logging.getLogger(name)
            if not any(isinstance(f, NetworkErrorsWithoutTraceback) for f in log.filters):
                log.addFilter(NetworkErrorsWithoutTraceback())
        # spidermon 1.x logs through Spider.log(), deprecated since Scrapy 2.13; not ours to fix.
        warnings.filterwarnings(
            "ignore", message=r"Spider\.log\(\) is deprecated", module=r"spidermon\."
        )
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        log = logging.getLogger(spider.name)
        if not any(isinstance(f, _Demote) for f in log.filters):
            log.addFilter(_Demote())

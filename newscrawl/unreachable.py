"""Stop a crawl whose site cannot be reached, and keep each network error to one log line."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from twisted.internet.error import ConnectError, ConnectionLost, DNSLookupError, TimeoutError

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

#: Failures below HTTP: the site was not reached, or the connection broke.
NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    CannotResolveHostError,
    DNSLookupError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    ConnectError,
    ConnectionLost,
    TimeoutError,
)
REASON = "site_unreachable"
#: ``<host or home page>: <why>``, set when a crawl stops as site_unreachable.
UNREACHABLE_STAT = "newscrawl/unreachable"
#: Set when ``-a site=`` names no home page (404/410, or it leads elsewhere): a bad argument,
#: exit 2. A site that is down or out of reach is a failed crawl instead, exit 3.
BAD_SITE_STAT = "newscrawl/bad_site"
BAD_HOME_STATUSES = frozenset({404, 410})
#: Meta key of a request that failed once the crawl had stopped as site_unreachable.
AFTER_DECISION = "newscrawl_unreachable"
#: Loggers that print a traceback for a failed download; network errors lose it here.
NOISY_LOGGERS = (
    "scrapy.core.scraper",
    "scrapy.core.engine",
    "scrapy.downloadermiddlewares.robotstxt",
    "scrapy.downloadermiddlewares.retry",
)


class SiteUnreachable(IgnoreRequest):
    """A request dropped unsent because the crawl already stopped as ``site_unreachable``."""

    reason = REASON  # read by newscrawl.rejects: an article request dropped so is that reject

    def __init__(self, host: str) -> None:
        super().__init__(f"not sent: {host} could not be reached")


def describe(error: BaseException) -> str:
    """A network error in a few words.

    >>> describe(CannotResolveHostError("x")), describe(DownloadConnectionRefusedError())
    ('DNS lookup failed', 'connection refused')
    """
    if isinstance(error, CannotResolveHostError | DNSLookupError):
        return "DNS lookup failed"
    if isinstance(error, DownloadConnectionRefusedError):
        return "connection refused"
    if isinstance(error, DownloadTimeoutError | TimeoutError):
        return "no answer (timed out)"
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__


class NetworkErrorsWithoutTraceback(logging.Filter):
    """A failed download is one line: no traceback, and no second line once retries gave up."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if not isinstance(error, NETWORK_ERRORS):
            return True
        if record.name == "scrapy.downloadermiddlewares.robotstxt":
            return False  # robots.txt's own "Gave up retrying" line said it already
        args = record.args if isinstance(record.args, dict) else {}
        request = args.get("request")
        if request is not None and request.meta.get("retry_times"):
            return False  # "Gave up retrying <url> (failed N times): reason" said it already
        if request is not None and request.meta.get(AFTER_DECISION):
            return False  # failed once the crawl stopped: "cannot reach <host>" said it
        record.exc_info, record.exc_text = None, None
        return True


class UnreachableSiteMiddleware:
    """Close the spider (``site_unreachable``) when nothing has answered and requests fail below HTTP.

    Sits just above RetryMiddleware, so it sees every failed attempt, retried or not. After
    ``NEWSCRAWL_UNREACHABLE_AFTER`` requests' worth of attempts (``RETRY_TIMES`` + 1 each)
    have failed below HTTP (DNS, refused, timeout) without a single response, the crawl stops
    with one line: ``cannot reach <host>: <reason>``. With robots.txt obeyed these are
    robots.txt's own attempts, as every other request waits for it; without, the first
    attempts of any requests, so the decision never waits for a queue of retries.

    Once decided, nothing more is sent or retried: the requests waiting in the downloader's
    slots for their download delay are failed at once, and any request that still comes down
    (a page robots.txt was holding, a start request) is dropped here, unsent, as
    ``SiteUnreachable``. Scrapy's close waits for every request in progress, so without this
    the end of an unreachable crawl took one download delay per queued sitemap and feed, each
    retried.
    """

    def __init__(self, crawler: Crawler, after: int) -> None:
        self.crawler = crawler
        self.after = after
        self.responses = 0
        self.failures: list[tuple[str, str]] = []
        self.closing: asyncio.Future[None] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        attempts = (
            1 + max(0, settings.getint("RETRY_TIMES")) if settings.getbool("RETRY_ENABLED") else 1
        )
        return cls(crawler, max(1, settings.getint("NEWSCRAWL_UNREACHABLE_AFTER", 1)) * attempts)

    @property
    def host(self) -> str:
        return self.failures[0][0] if self.failures else "the site"

    def process_request(self, request: Request) -> None:
        if self.closing is not None:
            self.dropped()
            raise SiteUnreachable(self.host)

    def process_response(self, request: Request, response: Response) -> Response:
        self.responses += 1
        return response

    def process_exception(self, request: Request, exception: Exception) -> Any:
        if self.responses or not isinstance(exception, NETWORK_ERRORS):
            return None
        if self.closing is None:
            host = urlsplit(request.url).hostname or request.url
            self.failures.append((host, describe(exception)))
            if len(self.failures) >= self.after:
                self.stop()
        if self.closing is not None:
            # No retry, and no "Gave up retrying" line: "cannot reach ..." said it.
            request.meta["dont_retry"] = request.meta[AFTER_DECISION] = True
        return None

    def stop(self) -> None:
        host, reason = self.failures[0]
        logger.error("cannot reach %(host)s: %(reason)s", {"host": host, "reason": reason})
        assert self.crawler.stats is not None
        self.crawler.stats.set_value(UNREACHABLE_STAT, f"{host}: {reason}")
        assert self.crawler.engine is not None
        self.closing = asyncio.ensure_future(self.crawler.engine.close_spider_async(reason=REASON))
        self.drop_queued()

    def drop_queued(self) -> None:
        """Fail the requests waiting in the downloader's slots for their turn, unsent."""
        assert self.crawler.engine is not None
        for slot in self.crawler.engine.downloader.slots.values():
            while slot.queue:
                _request, waiting = slot.queue.popleft()
                self.dropped()
                waiting.errback(SiteUnreachable(self.host))

    def dropped(self) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newscrawl/unreachable/dropped")

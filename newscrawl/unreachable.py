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
#: Loggers that print a traceback for a failed download; network errors lose it here.
NOISY_LOGGERS = (
    "scrapy.core.scraper",
    "scrapy.core.engine",
    "scrapy.downloadermiddlewares.robotstxt",
    "scrapy.downloadermiddlewares.retry",
)


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
        record.exc_info, record.exc_text = None, None
        return True


class UnreachableSiteMiddleware:
    """Close the spider (``site_unreachable``) when nothing has answered and requests fail below HTTP.

    Sits under RetryMiddleware, so it sees a request only once its retries are spent. After
    ``NEWSCRAWL_UNREACHABLE_AFTER`` such failures (robots.txt and the first pages) without a
    single response, the crawl stops with one line: ``cannot reach <host>: <reason>``.
    """

    def __init__(self, crawler: Crawler, after: int) -> None:
        self.crawler = crawler
        self.after = after
        self.responses = 0
        self.failures: list[tuple[str, str]] = []
        self.closing: asyncio.Future[None] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler, max(1, crawler.settings.getint("NEWSCRAWL_UNREACHABLE_AFTER", 1)))

    def process_response(self, request: Request, response: Response) -> Response:
        self.responses += 1
        return response

    def process_exception(self, request: Request, exception: Exception) -> Any:
        if self.responses or self.closing or not isinstance(exception, NETWORK_ERRORS):
            return None
        host = urlsplit(request.url).hostname or request.url
        self.failures.append((host, describe(exception)))
        if len(self.failures) >= self.after:
            host, reason = self.failures[0]
            logger.error("cannot reach %(host)s: %(reason)s", {"host": host, "reason": reason})
            assert self.crawler.stats is not None
            self.crawler.stats.set_value("newscrawl/unreachable", f"{host}: {reason}")
            assert self.crawler.engine is not None
            self.closing = asyncio.ensure_future(
                self.crawler.engine.close_spider_async(reason=REASON)
            )
        return None

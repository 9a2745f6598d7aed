"""The rejects feed: one JSON line with its reason per article page that did not reach the feed."""

from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    NotConfigured,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectError, ConnectionLost, TimeoutError

from newscrawl import signals as newscrawl_signals
from newscrawl.checks import local_feeds
from newscrawl.dates import to_utc_string
from newscrawl.feeds import AtomicFileFeedStorage
from newscrawl.reasons import Rejected, count_reject
from newscrawl.sidecars import first_feed_file, sidecar

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from twisted.python.failure import Failure

logger = logging.getLogger(__name__)

STATS = "newscrawl/rejects"
_IGNORED = {
    "forbidden by robots.txt": "robots_txt",
    "max redirections reached": "redirect_loop",
    "download max size": "too_large",
    "download_maxsize": "too_large",
}
_BY_TYPE: tuple[tuple[tuple[type[BaseException], ...], str, str], ...] = (
    ((DownloadTimeoutError, TimeoutError), "timeout", "no answer within DOWNLOAD_TIMEOUT"),
    ((ResponseDataLossError,), "truncated", "the body ended before its Content-Length"),
    # Scrapy cancels a download whose body grows past DOWNLOAD_MAXSIZE while being read.
    ((DownloadCancelledError,), "too_large", "body larger than DOWNLOAD_MAXSIZE"),
    ((CannotResolveHostError,), "dns_error", "the host name does not resolve"),
    (
        (DownloadConnectionRefusedError, DownloadFailedError, ConnectError, ConnectionLost),
        "connection_error",
        "the connection failed or was reset",
    ),
)


def now_utc() -> str:
    return to_utc_string(datetime.now(UTC))


def local_feed(settings: BaseSettings, spider_name: str) -> tuple[Path, dict[str, Any]] | None:
    """The path and options of the first feed in FEEDS that is a local file, or None.

    >>> from scrapy.settings import Settings
    >>> local_feed(Settings({"FEEDS": {"out/%(name)s.jsonl": {"overwrite": True}}}), "fp")
    (PosixPath('out/fp.jsonl'), {'overwrite': True})
    >>> local_feed(Settings({"FEEDS": {"s3://b/x.jsonl": {}}}), "fp") is None
    True
    >>> local_feed(Settings({"FEEDS": {"f/%(batch_id)d-%(custom)s.jsonl": {}}}), "fp")[0]
    PosixPath('f/1-.jsonl')
    """
    feeds = local_feeds(settings, spider_name)
    return feeds[0] if feeds else None


def feed_sibling(feed: Path, suffix: str) -> Path:
    """The file beside ``feed`` named ``<feed file name><suffix>`` (newscrawl.sidecars' rule).

    >>> feed_sibling(Path("out/feed.jsonl"), ".rejects.jsonl")
    PosixPath('out/feed.jsonl.rejects.jsonl')
    """
    return feed.with_name(feed.name + suffix)


def feed_file(crawler: Crawler) -> Path | None:
    """The first file the crawl's first local feed writes (FeedExporter's, once it is open)."""
    if (first := first_feed_file(crawler)) is not None:
        return first
    feed = local_feed(crawler.settings, str(getattr(crawler.spidercls, "name", "") or ""))
    return feed[0] if feed else None


def failure_reason(failure: Failure) -> tuple[str, str]:
    """A short reason and a readable detail for a request that ended without a page."""
    error = failure.value
    if isinstance(error, HttpError):
        status = error.response.status
        return f"http_{status}", f"HTTP {status}"
    message = str(error)
    if isinstance(error, IgnoreRequest):
        reason = getattr(error, "reason", None)
        if reason is None:
            lowered = message.lower()
            reason = next((r for text, r in _IGNORED.items() if text in lowered), "ignored")
        return reason, message or type(error).__name__
    for types, reason, explanation in _BY_TYPE:
        if isinstance(error, types):
            return reason, message or explanation
    return "download_error", f"{type(error).__name__}: {message}"


def reject_failure(crawler: Crawler, failure: Failure) -> None:
    """Count an article request that failed (errback) and send it to the rejects feed."""
    reason, detail = failure_reason(failure)
    request: Request | None = getattr(failure, "request", None)
    response = failure.value.response if isinstance(failure.value, HttpError) else None
    reject_request(crawler, request, reason, detail, response)


def reject_request(
    crawler: Crawler,
    request: Request | None,
    reason: str,
    detail: str,
    response: Response | None = None,
) -> None:
    """Count an article request that ends without a page and send it to the rejects feed."""
    # After redirects, the URL the article was asked for is the first of the chain.
    url = request.meta.get("redirect_urls", [request.url])[0] if request else ""
    count_reject(crawler.stats, reason)
    crawler.signals.send_catch_log(
        newscrawl_signals.page_rejected,
        url=url,
        reason=reason,
        response=response,
        detail=detail,
        spider=crawler.spider,
    )


def _line(record: dict[str, Any]) -> bytes:
    # backslashreplace keeps lone surrogates as JSON escapes, so the line is still valid JSON.
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")


class RejectsFeed:
    """Writes REJECTS_FEED (default: ``<feed file name>.rejects.jsonl`` beside the first feed file).

    One line per reject signal. Stored like the main feed (AtomicFileFeedStorage): written to
    a ``.part`` file and renamed, or appended for ``-o``, when the spider closes.
    """

    def __init__(self, crawler: Crawler, configured: Path | None) -> None:
        self.crawler = crawler
        self.configured = configured
        self.path: Path | None = None
        self.storage: AtomicFileFeedStorage | None = None
        self.file: IO[bytes] | None = None
        self.written = 0
        self.reasons: Counter[str] = Counter()
        for handler, signal in (
            (self.spider_opened, signals.spider_opened),
            (self.spider_closed, signals.spider_closed),
            (self.item_dropped, signals.item_dropped),
            (self.item_error, signals.item_error),
            (self.page_rejected, newscrawl_signals.page_rejected),
            (self.request_dropped, signals.request_dropped),
        ):
            crawler.signals.connect(handler, signal=signal)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        configured = crawler.settings.get("REJECTS_FEED")
        name = str(getattr(crawler.spidercls, "name", "") or "")
        if not configured and local_feed(crawler.settings, name) is None:
            raise NotConfigured("no REJECTS_FEED and no local feed in FEEDS")
        return cls(crawler, Path(configured) if configured else None)

    def spider_opened(self, spider: Spider) -> None:
        feed = feed_file(self.crawler)
        self.path = self.configured or sidecar(feed or Path("feed"), "rejects")
        # The rejects feed follows the main feed: overwritten with -O, appended to with -o.
        overwrite = local_feed(self.crawler.settings, spider.name)
        options = {"overwrite": bool(overwrite and overwrite[1].get("overwrite", False))}
        self.storage = AtomicFileFeedStorage(str(self.path), feed_options=options)

    def _open(self) -> IO[bytes] | None:
        # Opened on the first reject: a crawl killed before any leaves no .part file behind.
        if self.file is None and self.storage is not None:
            assert self.crawler.spider is not None
            self.file = self.storage.open(self.crawler.spider)
        return self.file

    def spider_closed(self, spider: Spider) -> None:
        # Stored even when empty, so that -O never leaves an older run's rejects in place.
        file = self._open()
        if file is None or self.storage is None:
            return
        self.storage.store(file)
        self.file = self.storage = None
        why = ", ".join(f"{reason} {n}" for reason, n in sorted(self.reasons.items()))
        logger.info(
            "Rejects feed: %(count)d page(s) in %(path)s%(why)s",
            {"count": self.written, "path": self.path, "why": f" ({why})" if why else ""},
        )

    def write(
        self, url: str | None, reason: str, detail: str | None, crawled_at: str | None
    ) -> None:
        file = self._open()
        if file is None:
            return
        record = {
            "url": url,
            "reason": reason,
            "detail": detail,
            "crawled_at": crawled_at or now_utc(),
        }
        file.write(_line(record))
        file.flush()
        self.written += 1
        self.reasons[reason] += 1
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"{STATS}/written")

    def page_rejected(
        self, url: str, reason: str, response: Response | None = None, detail: str | None = None
    ) -> None:
        request = getattr(response, "request", None)
        fetched = request.meta.get("newscrawl_fetched_at") if request is not None else None
        self.write(url, reason, detail, fetched)

    def request_dropped(self, request: Request) -> None:
        # A redirect to a URL already requested is dropped by the dupefilter without a word:
        # a redirect loop, or a moved article whose new address is crawled on its own.
        chain = request.meta.get("redirect_urls")
        if not chain or not request.meta.get("newscrawl_article"):
            return
        reason = "redirect_loop" if request.url in chain else "redirect_to_seen_url"
        count_reject(self.crawler.stats, reason)
        self.write(chain[0], reason, f"redirects to {request.url}, already requested", None)

    def item_dropped(self, item: Any, response: Response | None, exception: BaseException) -> None:
        adapter = ItemAdapter(item)
        page = response.url if response is not None else adapter.get("url")
        if isinstance(exception, Rejected):
            reason = exception.reason
            canonical = exception.url or adapter.get("url")
            detail = f"canonical URL {canonical}" if canonical and canonical != page else None
        else:
            reason, detail = "dropped", str(exception) or type(exception).__name__
            count_reject(self.crawler.stats, reason)
        self.write(page, reason, detail, adapter.get("crawled_at"))

    def item_error(self, item: Any, response: Response | None, failure: Failure) -> None:
        page = response.url if response is not None else ItemAdapter(item).get("url")
        detail = f"{type(failure.value).__name__}: {failure.value}"
        count_reject(self.crawler.stats, "pipeline_error")
        self.write(page, "pipeline_error", detail, ItemAdapter(item).get("crawled_at"))

"""Politeness and safety: server-asked back-off, a site guard, and fetching a site from a mirror."""

from __future__ import annotations

import logging
import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from time import monotonic
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Self, cast
from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapy import Spider, signals
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured, UsageError
from scrapy.utils.asyncio import call_later
from scrapy.utils.misc import build_from_crawler, load_object
from w3lib.url import safe_url_string

from newscrawl.rejects import reject_request

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.core.downloader import Slot
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.robotstxt import RobotParser
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

BACKOFF = "newscrawl/backoff"
GUARD = "newscrawl/guard"
WEB_SCHEMES = frozenset({"http", "https"})


class RejectedRequest(IgnoreRequest):
    """An IgnoreRequest that names its reason, so the rejects feed can say why."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def retry_after_seconds(value: str, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After value, delta-seconds or HTTP-date; None if unusable.

    >>> now = datetime(2026, 1, 1, tzinfo=UTC)
    >>> retry_after_seconds("120", now), retry_after_seconds("Thu, 01 Jan 2026 00:00:30 GMT", now)
    (120.0, 30.0)
    >>> retry_after_seconds("soon", now) is None
    True
    >>> retry_after_seconds("Wed, 31 Dec 2025 23:00:00 GMT", now)  # already past
    0.0
    >>> retry_after_seconds("\u00b2", now) is None  # str.isdigit() is true of "²", float() fails
    True
    """
    value = value.strip()
    # RFC 9110 delay-seconds are ASCII digits; superscripts and other
    # Unicode digits pass str.isdigit() but are not a number of seconds.
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - now).total_seconds())


@dataclass
class _Episode:
    """Throttling answers from one slot since its last success."""

    strikes: int
    #: When the latest strike's pause began; answers to requests sent before are the same strike.
    started: float
    #: The slot's delay and jitter before the episode, to resume from.
    delay: float
    jitter: float
    #: End of the current pause and the delay held until then.
    until: float = 0.0
    hold: float = 0.0


class RetryAfterMiddleware:
    """Slows a whole download slot down when its server asks: Retry-After, 403/429/503, Crawl-delay.

    The slot's delay is held at the wait (from the response's arrival, jitter off) so every
    request to that host waits, AutoThrottle cannot shorten it, and Scrapy's RetryMiddleware
    retries after it. Without Retry-After the wait doubles with each throttling answer in a row.
    After a pause the slot runs at twice its delay before the episode. A Retry-After above
    NEWSCRAWL_RETRY_AFTER_MAX pauses the slot for that maximum and gives the request up.
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_BACKOFF_ENABLED", True):
            raise NotConfigured
        self.crawler = crawler
        self.codes = {
            int(c) for c in settings.getlist("NEWSCRAWL_BACKOFF_HTTP_CODES", [403, 429, 503])
        }
        self.base = settings.getfloat("NEWSCRAWL_BACKOFF_BASE", 5.0)
        self.max_wait = settings.getfloat("NEWSCRAWL_RETRY_AFTER_MAX", 300.0)
        self.max_delay = settings.getfloat("AUTOTHROTTLE_MAX_DELAY", 60.0)
        self.crawl_delay_max = settings.getfloat("NEWSCRAWL_CRAWL_DELAY_MAX", 60.0)
        self.episodes: dict[str, _Episode] = {}
        #: robots.txt Crawl-delay per slot.
        self.floors: dict[str, float] = {}
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(self.request_reached, signal=signals.request_reached_downloader)
        crawler.signals.connect(self.robots_parsed, signal=signals.robots_parsed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def _slots(self) -> dict[str, Slot]:
        assert self.crawler.engine is not None
        return self.crawler.engine.downloader.slots

    def _stat(self, key: str) -> None:
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"{BACKOFF}/{key}")

    # Signals are used, not process_response, because the downloader sends its next request as
    # soon as this one is done: after response_downloaded, before the middlewares see the response.
    def response_downloaded(self, response: Response, request: Request) -> None:
        key = request.meta.get("download_slot")
        slot = self._slots().get(key) if key is not None else None
        if slot is None or key is None:
            return
        if response.status in self.codes:
            self._pause(key, slot, request, response)
        elif response.status < 400 and monotonic() >= self._until(key):
            self.episodes.pop(key, None)  # a success after the pause ends the episode
        self._hold(key, slot)

    def request_reached(self, request: Request) -> None:
        key = request.meta.get("download_slot")
        if key is not None and (slot := self._slots().get(key)) is not None:
            self._hold(key, slot)

    def robots_parsed(self, robotparser: RobotParser, request: Request) -> None:
        settings = self.crawler.settings
        agent = settings.get("ROBOTSTXT_USER_AGENT") or request.headers.get(
            b"User-Agent", settings.get("USER_AGENT")
        )
        delay = robotparser.crawl_delay(agent or "*")
        if not delay:
            return
        assert self.crawler.engine is not None
        key = self.crawler.engine.downloader.get_slot_key(request)
        self.floors[key] = min(float(delay), self.crawl_delay_max)
        assert self.crawler.stats is not None
        self.crawler.stats.set_value(f"{BACKOFF}/crawl_delay", self.floors[key])
        if (slot := self._slots().get(key)) is not None:
            self._hold(key, slot)

    def process_response(self, request: Request, response: Response) -> Response:
        asked = request.meta.pop("newscrawl_retry_after_refused", None)
        if asked is not None:
            raise RejectedRequest(
                "retry_after_too_long",
                f"HTTP {response.status}, Retry-After {asked:.0f} s is above "
                f"NEWSCRAWL_RETRY_AFTER_MAX ({self.max_wait:.0f} s)",
            )
        return response

    def _until(self, key: str) -> float:
        episode = self.episodes.get(key)
        return episode.until if episode is not None else 0.0

    def _hold(self, key: str, slot: Slot) -> None:
        floor = self.floors.get(key, 0.0)
        episode = self.episodes.get(key)
        if episode is not None and monotonic() < episode.until:
            floor = max(floor, episode.hold)
        if floor and slot.delay * (1 - slot.jitter) < floor:
            # A floor is a minimum: random jitter must not take the delay below it.
            slot.delay, slot.jitter = max(slot.delay, floor), 0.0

    def _pause(self, key: str, slot: Slot, request: Request, response: Response) -> None:
        now = monotonic()
        episode = self.episodes.get(key)
        if episode is None:
            episode = self.episodes[key] = _Episode(0, -1.0, slot.delay, slot.jitter)
        # Answers to requests sent before the current pause began are not a new strike.
        if now - float(request.meta.get("download_latency", 0.0)) >= episode.started:
            episode.strikes, episode.started = episode.strikes + 1, now
        header = response.headers.get(b"Retry-After") if response.status in (429, 503) else None
        wait = (
            retry_after_seconds(header.decode("latin-1"), self._server_now(response))
            if header
            else None
        )
        if wait is None:
            wait = min(self.base * 2 ** (episode.strikes - 1), self.max_wait)
            self._stat("exponential")
        else:
            self._stat("retry_after")
        if wait > self.max_wait:
            # Retrying before the server's time would only earn another refusal.
            request.meta["newscrawl_retry_after_refused"] = wait
            self._stat("retry_after_too_long")
            wait = self.max_wait
        if episode.until >= now + wait:
            return
        episode.until, episode.hold = now + wait, wait
        slot.delay, slot.jitter, slot.lastseen = max(slot.delay, wait), 0.0, now
        call_later(wait, self._resume, key)
        self._stat("pauses")
        assert self.crawler.stats is not None
        total = self.crawler.stats.get_value(f"{BACKOFF}/seconds", 0.0) + wait
        self.crawler.stats.set_value(f"{BACKOFF}/seconds", round(total, 3))
        logger.info(
            "Backing off %(slot)s for %(wait).1f s after HTTP %(status)d on %(url)s",
            {"slot": key, "wait": wait, "status": response.status, "url": request.url},
        )

    def _server_now(self, response: Response) -> datetime:
        # An HTTP-date is measured against the server's clock when it sent one.
        date = response.headers.get(b"Date")
        if date:
            try:
                return parsedate_to_datetime(date.decode("latin-1"))
            except (TypeError, ValueError, IndexError, OverflowError):
                pass
        return datetime.now(UTC)

    def _resume(self, key: str) -> None:
        episode = self.episodes.get(key)
        if episode is None or monotonic() < episode.until - 0.01:
            return  # a longer pause began meanwhile; its own timer resumes the slot
        if (slot := self._slots().get(key)) is not None:
            slot.delay = min(max(2 * episode.delay, self.floors.get(key, 0.0)), self.max_delay)
            slot.jitter = episode.jitter
            self._hold(key, slot)


class SiteGuardMiddleware(OffsiteMiddleware):
    """Scrapy's OffsiteMiddleware with no exception, for schemes and redirects too.

    It replaces Scrapy's in the same slot. Scrapy lets ``dont_filter`` and ``allow_offsite``
    requests (start URLs, retries, what they redirect to) through; this guard lets nothing
    leave the spider's allowed domains (each with its subdomains: ``www.``, ``m.``, AMP
    hosts), refuses schemes other than http(s), and refuses a redirect whose ``Location``
    leaves the site, so an article's errback or the rejects feed learns why. Offsite drops are
    counted as Scrapy counts them (``offsite/domains``, ``offsite/filtered``, one debug line
    per new domain) and under ``newscrawl/guard/`` with their reason.

    ``NEWSCRAWL_GUARD_ENABLED=False`` leaves Scrapy's OffsiteMiddleware as it is.
    """

    def __init__(self, stats: StatsCollector, strict: bool = True) -> None:
        super().__init__(stats)
        self.strict = strict
        self.refused_seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        assert crawler.stats is not None
        guard = super().from_crawler(crawler)
        guard.strict = crawler.settings.getbool("NEWSCRAWL_GUARD_ENABLED", True)
        return guard

    def get_host_regex(self, spider: Spider) -> re.Pattern[str]:
        """Scrapy's host regex over the allowed domains, read without case or outer dots."""
        domains = [
            d.strip().strip(".").lower()
            for d in getattr(spider, "allowed_domains", None) or ()
            if d and d.strip(" .")
        ]
        return super().get_host_regex(cast("Spider", SimpleNamespace(allowed_domains=domains)))

    def should_follow(self, request: Request, spider: Spider) -> bool:
        if not self.strict:
            return super().should_follow(request, spider)
        return self.refusal(request.url) is None

    def refusal(self, url: str) -> tuple[str, str] | None:
        """Why ``url`` must not be requested: (reason, stat key), or None when it may."""
        assert self.crawler.spider is not None
        self._update_host_regex(self.crawler.spider)
        try:
            parts = urlsplit(url)
            host = parts.hostname or ""
        except ValueError:  # "http://[x": no host can be read from it
            return "bad_url", "bad_url"
        scheme = parts.scheme.lower()
        if scheme not in WEB_SCHEMES:
            return "bad_scheme", f"scheme/{scheme or 'none'}"
        if not self.host_regex.search(host.lower()):
            return "offsite", "offsite"
        return None

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if not self.strict:
            super().process_request(request)
            return
        refusal = self.refusal(request.url)
        if refusal is not None:
            self._refuse(*refusal, f"{refusal[0]}: {request.url}", request.url)

    def _refuse(self, reason: str, stat: str, detail: str, url: str) -> None:
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value(f"{GUARD}/{stat}")
        stats.inc_value(f"{GUARD}/blocked")
        offsite = reason.startswith("offsite")
        if offsite:
            stats.inc_value("offsite/filtered")
        try:
            host = urlsplit(url).hostname or url
        except ValueError:
            host = url
        key = host if offsite else f"{reason}:{host}"
        if key not in self.refused_seen:
            # One line per refused domain, as Scrapy's OffsiteMiddleware logs, not per request.
            self.refused_seen.add(key)
            if offsite:
                stats.inc_value("offsite/domains")
            logger.debug("Filtered %(detail)s", {"detail": detail})
        raise RejectedRequest(reason, detail)

    def request_scheduled(self, request: Request, spider: Spider) -> None:
        if not self.strict:
            super().request_scheduled(request, spider)
            return
        refusal = self.refusal(request.url)
        if refusal is None:
            return
        reason, stat = refusal
        chain = request.meta.get("redirect_urls")
        if chain:  # a redirect or meta refresh that leaves the site
            reason, stat = f"{reason}_redirect", f"{stat}_redirect"
        detail = f"{chain[0]} redirects to {request.url}" if chain else f"{reason}: {request.url}"
        if request.meta.get("newscrawl_article"):
            # Scrapy drops a request refused here with no errback and no request_dropped
            # signal: without this line the article would vanish from both feeds.
            reject_request(self.crawler, request, reason, detail)
        self._refuse(reason, stat, detail, request.url)

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        location = response.headers.get(b"Location")
        if self.strict and 300 <= response.status < 400 and location:
            # Both readings of the Location must stay on the site: Python's (a backslash is
            # part of the user info, "http://127.0.0.1\@site/" is the site) and the one
            # RedirectMiddleware follows (safe_url_string: a backslash is "/").
            raw = location.decode("latin-1").strip()
            try:
                followed = safe_url_string(location)
            except ValueError:  # RedirectMiddleware cannot read it either
                followed = raw
            for target in (raw, followed):
                with suppress(ValueError):
                    target = urljoin(request.url, target)
                refusal = self.refusal(target)
                if refusal is not None:
                    reason, stat = refusal
                    detail = f"{request.url} redirects to {raw}"
                    self._refuse(f"{reason}_redirect", f"{stat}_redirect", detail, target)
        return response


def site_hosts(crawler: Crawler) -> re.Pattern[str]:
    """The host names of the crawl's sites, as the site guard reads them (all when none).

    >>> from scrapy.utils.test import get_crawler
    >>> crawler = get_crawler(type("S", (Spider,), {"name": "s"}))
    >>> crawler.spider = type("S", (), {"allowed_domains": ["Example.com"]})()
    >>> hosts = site_hosts(crawler)
    >>> bool(hosts.search("m.example.com")), bool(hosts.search("example.com.evil.net"))
    (True, False)
    """
    assert crawler.stats is not None
    return SiteGuardMiddleware(crawler.stats).get_host_regex(cast("Spider", crawler.spider))


def mirror_base(crawler: Crawler) -> str | None:
    """The base URL the site is fetched from: the spider's ``base_url``, else NEWSCRAWL_BASE_URL."""
    base = getattr(crawler.spider, "base_url", None) or crawler.settings.get("NEWSCRAWL_BASE_URL")
    return str(base).rstrip("/") if base else None


class MirrorAddon:
    """Route http(s) downloads through MirrorDownloadHandler when a mirror base URL is set."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def update_settings(self, settings: BaseSettings) -> None:
        # Add-ons run after the spider is built, so its base_url argument is known here.
        base = mirror_base(self.crawler)
        if not base:
            return
        parts = urlsplit(base)
        if parts.scheme not in WEB_SCHEMES or not parts.hostname:
            # Silently crawling the real site instead of the mirror would be worse than stopping.
            raise UsageError(f"The mirror base URL must be an http(s) URL, got {base!r}")
        handlers = settings.getwithbase("DOWNLOAD_HANDLERS")
        settings.set(
            "NEWSCRAWL_MIRROR_HANDLERS", {s: handlers[s] for s in WEB_SCHEMES}, priority="spider"
        )
        mine = {**settings.getdict("DOWNLOAD_HANDLERS")}
        mine.update(dict.fromkeys(WEB_SCHEMES, f"{__name__}.MirrorDownloadHandler"))
        settings.set("DOWNLOAD_HANDLERS", mine, priority="spider")


class MirrorDownloadHandler:
    """Downloads the site's URLs from the mirror; responses keep the site's URL.

    Only the transport changes, so every middleware, stat, log line, redirect and robots.txt
    check sees the real site's URLs, and each request passes the middlewares once.
    """

    lazy = True

    def __init__(self, crawler: Crawler) -> None:
        base = mirror_base(crawler)
        if base is None:
            raise NotConfigured("MirrorDownloadHandler needs base_url or NEWSCRAWL_BASE_URL")
        self.crawler = crawler
        self.base = urlsplit(base)
        self.transports: dict[str, Any] = {}
        self.paths: dict[str, str] = crawler.settings.getdict("NEWSCRAWL_MIRROR_HANDLERS")
        # Without allowed_domains nothing tells the site from the rest of the web: fetch it all.
        self.site = site_hosts(crawler)
        logger.info(
            "Fetching %(domains)s from %(base)s",
            {"domains": getattr(crawler.spider, "allowed_domains", None), "base": base},
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def transport(self, scheme: str) -> Any:
        if scheme not in self.transports:
            self.transports[scheme] = build_from_crawler(
                load_object(self.paths[scheme]), self.crawler
            )
        return self.transports[scheme]

    def mirror_url(self, url: str) -> str | None:
        """The mirror's URL for a URL of the site, or None for other hosts."""
        parts = urlsplit(url)
        if not self.site.search((parts.hostname or "").lower()):
            return None
        path = self.base.path.rstrip("/") + (parts.path or "/")
        return urlunsplit((self.base.scheme, self.base.netloc, path, parts.query, ""))

    def site_url(self, mirrored: str, request_url: str) -> str:
        """Map a URL on the mirror back to the site; other URLs are returned unchanged."""
        parts = urlsplit(mirrored)
        prefix = self.base.path.rstrip("/")
        if parts.netloc != self.base.netloc or not parts.path.startswith(prefix):
            return mirrored
        site = urlsplit(request_url)
        path = parts.path[len(prefix) :] or "/"
        return urlunsplit((site.scheme, site.netloc, path, parts.query, parts.fragment))

    async def download_request(self, request: Request) -> Response:
        target = self.mirror_url(request.url)
        if target is None:
            direct: Response = await self.transport(urlsplit(request.url).scheme).download_request(
                request
            )
            return direct
        mirrored = request.replace(url=target)
        try:
            response: Response = await self.transport(self.base.scheme).download_request(mirrored)
        finally:
            request.meta.update(mirrored.meta)  # download_latency, read by AutoThrottle
        location = response.headers.get(b"Location")
        if location:
            # An unparseable Location stays as it is, for SiteGuardMiddleware to refuse.
            with suppress(ValueError):
                absolute = urljoin(target, location.decode("latin-1").strip())
                response.headers[b"Location"] = self.site_url(absolute, request.url)
        return response.replace(url=request.url)

    async def close(self) -> None:
        for transport in self.transports.values():
            await transport.close()

"""Incremental runs over DEDUP_STORE: skip unchanged articles, claim each export, confirm it stored."""

from __future__ import annotations

import contextlib
import csv
import gzip
import hashlib
import io
import json
import logging
import time
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape as xml_escape

from itemadapter import ItemAdapter
from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.extensions.feedexport import FeedExporter
from scrapy.utils.defer import deferred_from_coro

from newscrawl import context
from newscrawl.reasons import Rejected, reject
from newscrawl.store import (
    STORE_ERRORS,
    Claim,
    Seen,
    SeenStore,
    epoch,
    lock_jobdir,
    now_utc,
    one_line,
    open_store,
    record_key,
)

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)
STATS = "newscrawl/delta"
#: Stats that fail the crawl: a store write that failed, a feed that was not really stored.
FAILURE_STATS = (f"{STATS}/store_errors", f"{STATS}/feed_not_stored", f"{STATS}/claims_lost")
#: Exported fields that are not part of an article's content.
UNHASHED = frozenset({"crawled_at"})
#: A date later than the crawl by more than this is not a real date (seconds).
FUTURE_SLACK = 86400
_STORES: WeakKeyDictionary[Crawler, SeenStore] = WeakKeyDictionary()
#: Opened by the ``crawl`` command before the crawl starts, keyed by URI; held for the run.
_OPENED: dict[str, SeenStore] = {}
_JOBDIR_LOCKS: dict[str, Any] = {}


def store_uri(settings: BaseSettings) -> str:
    uri: str = settings.get("DEDUP_STORE") or ""
    if not uri and settings.get("JOBDIR"):
        uri = f"sqlite:///{settings['JOBDIR']}/seen.sqlite"
    return uri


def open_for_run(settings: BaseSettings) -> None:
    """Take the run's JOBDIR lock and open its store before the crawl starts.

    Raises StoreError (or ValueError for a malformed URI) in one line naming the store or the
    lock, which the ``crawl`` command turns into a usage error (exit 2).
    """
    jobdir = settings.get("JOBDIR")
    if jobdir and jobdir not in _JOBDIR_LOCKS:
        _JOBDIR_LOCKS[jobdir] = lock_jobdir(jobdir)
    uri = store_uri(settings)
    if uri and uri not in _OPENED:
        _OPENED[uri] = open_store(uri, timeout=settings.getfloat("NEWSCRAWL_STORE_TIMEOUT", 10.0))


def crawler_store(crawler: Crawler) -> SeenStore:
    """The crawl's one DEDUP_STORE, opened on first use; NotConfigured when unset."""
    uri = store_uri(crawler.settings)
    if not uri:
        raise NotConfigured
    if crawler not in _STORES:
        open_for_run(crawler.settings)
        _STORES[crawler] = _OPENED.pop(uri)
    return _STORES[crawler]


def content_hash(item: Any) -> str:
    """Fingerprint of every exported field but ``crawled_at``: a new hash means a change to see.

    A new ``modified_at``, title, tag or image is a change even when the body is the same.
    """
    fields = {k: v for k, v in ItemAdapter(item).items() if k not in UNHASHED}
    text = json.dumps(fields, ensure_ascii=False, sort_keys=True, default=str).encode()
    return hashlib.blake2b(text, digest_size=8).hexdigest()


def plausible(instant: str | None, now: float) -> int | None:
    """Seconds of ``instant`` when it is readable and not later than the crawl (plus a day)."""
    seconds = epoch(instant)
    return seconds if seconds is not None and seconds <= now + FUTURE_SLACK else None


def newest_plausible(instants: Iterable[str | None], now: float) -> str | None:
    """The latest readable, not-in-the-future instant; a 2099 date never hides a real update."""
    best: tuple[int, str] | None = None
    for instant in instants:
        seconds = plausible(instant, now)
        if seconds is not None and (best is None or seconds > best[0]):
            best = (seconds, instant or "")
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(best[0])) if best else None


def holds(path: Path, urls: Iterable[str]) -> set[str]:
    """Which of ``urls`` the stored feed file at ``path`` really holds (none when it is missing).

    JSON Lines are read line by line (a torn line holds nothing); JSON, CSV and Parquet by
    their readers; XML by its ``<url>`` elements. ``.gz`` files are unpacked. A file that
    cannot be read holds nothing.
    """
    wanted = set(urls)
    if not path.is_file():
        return set()
    name = path.name.removesuffix(".gz")
    found: set[str] = set()
    try:
        if name.endswith(".parquet"):
            import pyarrow.parquet as pq

            column = pq.read_table(path, columns=["url"]).column("url").to_pylist()
            return wanted.intersection(str(u) for u in column)
        opener: Any = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rb") as raw:
            text = raw.read().decode("utf-8", "replace")
        if name.endswith(".csv"):
            found = {row.get("url") or "" for row in csv.DictReader(io.StringIO(text))}
        elif name.endswith(".json"):
            found = {e["url"] for e in json.loads(text) if isinstance(e, dict) and "url" in e}
        elif name.endswith(".xml"):
            found = {u for u in wanted if f"<url>{xml_escape(u)}</url>" in text}
        else:
            for line in text.splitlines():
                with contextlib.suppress(ValueError):
                    entry = json.loads(line)
                    if isinstance(entry, dict) and isinstance(entry.get("url"), str):
                        found.add(entry["url"])
    except (OSError, ValueError, EOFError, KeyError) as exc:  # a damaged file holds nothing
        logger.warning("Feed %(path)s cannot be read: %(error)s", {"path": path, "error": exc})
        return set()
    return wanted & found


def _slot_path(slot: Any) -> Path | None:
    path = getattr(slot.storage, "path", None)
    return Path(path) if isinstance(path, str) else None


class DeltaMiddleware:
    """Spider middleware: drop article requests whose article is stored and not changed since.

    Listing pages, sitemaps and feeds always pass. An article passes again when the
    sitemap or feed ``lastmod`` (meta ``newscrawl_lastmod``) is newer than the stored
    time, or when it was asked for by name (meta ``newscrawl_force``). Dates later than the
    crawl are not believed, on either side.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.store = crawler_store(crawler)
        self.now = time.time()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def wanted(self, request: Request) -> bool:
        meta = request.meta
        if not meta.get("newscrawl_article") or meta.get("newscrawl_force"):
            return True
        # The article's site, as its item will name it (one spider may crawl several sites).
        site = str(meta.get("newscrawl_site") or getattr(self.crawler.spider, "name", ""))
        article_id = meta.get("newscrawl_article_id")
        try:
            seen = self.store.get(site, request.url, article_id)
        except STORE_ERRORS as exc:
            # Fetch it: the pipeline's claim decides, and fails the crawl if the store is gone.
            logger.error("DEDUP_STORE lookup failed: %(error)s", {"error": one_line(exc)})
            self.crawler.stats.inc_value(f"{STATS}/store_errors")
            return True
        if seen is None:
            return True
        lastmod = plausible(meta.get("newscrawl_lastmod"), self.now)
        stored = plausible(seen.modified_at, self.now)
        if lastmod is not None and (stored is None or lastmod > stored):
            self.crawler.stats.inc_value(f"{STATS}/changed")
            return True
        self.crawler.stats.inc_value(f"{STATS}/skipped")
        return False

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterable[Any]:
        return (r for r in result if not isinstance(r, Request) or self.wanted(r))

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        async for entry in result:
            if not isinstance(entry, Request) or self.wanted(entry):
                yield entry

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for entry in start:
            if not isinstance(entry, Request) or self.wanted(entry):
                yield entry


class DeltaPipeline:
    """Drop articles whose content is what the store already holds; claim and confirm the rest.

    Each article is claimed in the store (pending, with this job and its feed file) before it
    is exported, and confirmed only once a stored feed file really holds it: Scrapy sends
    ``feed_slot_closed`` even when storing failed, so the file itself is read. At the start of
    a run, the claims of dead jobs are settled the same way: confirmed when their feed holds
    them, released (exported again) when not. A store that fails stops the crawl.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.store = crawler_store(crawler)
        self.now = time.time()
        #: Claimed articles handed to the feeds and not yet confirmed: key -> (url, feeds held).
        self.pending: dict[int, tuple[str, set[str]]] = {}
        self.claimed: set[int] = set()
        self.feeds = list(crawler.settings.getdict("FEEDS"))
        self.failed = False
        for handler, signal in (
            (self.spider_opened, signals.spider_opened),
            (self.item_scraped, signals.item_scraped),
            (self.slot_closed, signals.feed_slot_closed),
            (self.feeds_closed, signals.feed_exporter_closed),
            (self.engine_stopped, signals.engine_stopped),
        ):
            crawler.signals.connect(handler, signal=signal)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    # -- failures ------------------------------------------------------------------

    def store_failed(self, doing: str, error: BaseException) -> None:
        """Count and log a store failure, and stop the crawl at the first one."""
        self.crawler.stats.inc_value(f"{STATS}/store_errors")
        logger.error(
            "DEDUP_STORE failed while %(doing)s: %(error)s",
            {"doing": doing, "error": one_line(error)},
        )
        if not self.failed and self.crawler.engine is not None and self.crawler.spider:
            self.failed = True
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="store_failed"))

    # -- dead jobs ------------------------------------------------------------------

    def spider_opened(self) -> None:
        try:
            self.settle_orphans()
        except STORE_ERRORS as exc:
            self.store_failed("settling the claims of dead jobs", exc)

    def settle_orphans(self) -> None:
        """Confirm the dead jobs' claims their stored feeds hold; release the others."""
        by_job: dict[str, list[Claim]] = {}
        for claim in self.store.orphans():
            by_job.setdefault(claim.job, []).append(claim)
        for job, claims in by_job.items():
            # With batches an article can sit in another batch file of the same job.
            held: set[str] = set()
            for feed in sorted({c.feed for c in claims if c.feed}):
                held |= holds(Path(feed), {c.url for c in claims})
            stored = [c for c in claims if c.url in held]
            lost = [c for c in claims if c.url not in held]
            if stored:
                self.store.settle(stored, True)
            if lost:
                self.store.settle(lost, False)
            self.crawler.stats.inc_value(f"{STATS}/orphans_confirmed", len(stored))
            self.crawler.stats.inc_value(f"{STATS}/orphans_released", len(lost))
            logger.warning(
                "Job %(job)s stopped before recording its feed: %(stored)d claims confirmed "
                "(its feed holds them), %(lost)d released to be exported again",
                {"job": job, "stored": len(stored), "lost": len(lost)},
            )

    # -- each item -------------------------------------------------------------------

    def current_feed(self) -> str:
        """The file of the first feed now being written, where the next item goes."""
        for extension in self.crawler.extensions.middlewares:
            if isinstance(extension, FeedExporter):
                for slot in extension.slots:
                    path = _slot_path(slot)
                    if path is not None:
                        return str(path.resolve())
                    return str(slot.uri)
        return ""

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        site, url = adapter.get("site") or "", adapter.get("url") or ""
        forced = context.forced(self.crawler.spider)
        digest = content_hash(item)
        if self.failed:
            raise reject(self.crawler.stats, "store_failed", url)
        try:
            seen = self.store.get(site, url, adapter.get("article_id"))
            if seen is not None and not forced and seen.content_hash == digest:
                raise reject(self.crawler.stats, "unchanged", url)
            record = self.record(adapter, digest)
            won = self.store.claim(record, self.current_feed(), force=forced)
        except Rejected:
            raise
        except STORE_ERRORS as exc:
            self.store_failed(f"claiming {url}", exc)
            raise reject(self.crawler.stats, "store_failed", url) from None
        if not won:
            # Another job holds it, or exported the same content a moment ago.
            raise reject(self.crawler.stats, "claimed", url)
        self.claimed.add(record_key(record))
        if seen is not None:
            self.crawler.stats.inc_value(f"{STATS}/updated")
        return item

    def record(self, adapter: ItemAdapter, digest: str) -> Seen:
        url = adapter.get("url") or ""
        listed = context.listed_date(self.crawler.spider, url)
        candidates = (adapter.get("modified_at"), adapter.get("published_at"), listed)
        modified = newest_plausible(candidates, self.now)
        if any(c and plausible(c, self.now) is None for c in candidates):
            self.crawler.stats.inc_value(f"{STATS}/implausible_date")
        return Seen(
            site=adapter.get("site") or "",
            url=url,
            article_id=adapter.get("article_id"),
            modified_at=modified,
            content_hash=digest,
            exported_at=now_utc(),
        )

    def item_scraped(self, item: Any) -> None:
        adapter = ItemAdapter(item)
        key = record_key(
            Seen(adapter.get("site") or "", adapter.get("url") or "", adapter.get("article_id"),
                 None, "", "")
        )  # fmt: skip
        if key not in self.claimed:
            return
        self.claimed.discard(key)
        self.pending[key] = (adapter.get("url") or "", set())
        if not self.feeds:  # nothing to wait for
            self._confirm(list(self.pending))

    # -- feeds stored -------------------------------------------------------------------

    def slot_closed(self, slot: Any) -> None:
        path = _slot_path(slot)
        if path is None:
            # Not a local file (stdout, S3, ...): nothing to read back; trust its close.
            held = {url for url, _ in self.pending.values()}
        else:
            held = holds(path, {url for url, _ in self.pending.values()})
        feeds = len(self.feeds) or 1
        done = []
        for key, (url, feeds_holding) in self.pending.items():
            if url in held:
                feeds_holding.add(slot.uri_template)
                if len(feeds_holding) >= feeds:
                    done.append(key)
        if slot.itemcount and path is not None and len(held) < slot.itemcount:
            self.crawler.stats.inc_value(f"{STATS}/feed_not_stored")
            logger.error(
                "Feed %(path)s is not stored whole: it holds %(held)d of its %(n)d articles; "
                "the others stay unrecorded and are exported again by the next run",
                {"path": path, "held": len(held), "n": slot.itemcount},
            )
        self._confirm(done)

    def _confirm(self, keys: list[int]) -> None:
        if not keys:
            return
        try:
            confirmed = self.store.confirm(keys)
        except STORE_ERRORS as exc:
            # The claims stay pending; the next run confirms them from the stored feed.
            self.store_failed("recording a stored feed", exc)
            return
        if confirmed < len(keys):
            # Only if this job's database session was lost and another job took its claims.
            self.crawler.stats.inc_value(f"{STATS}/claims_lost", len(keys) - confirmed)
            logger.error(
                "%(n)d exported articles had lost their claims to another job",
                {"n": len(keys) - confirmed},
            )
        for key in keys:
            del self.pending[key]
        self.crawler.stats.inc_value(f"{STATS}/recorded", len(keys))

    def feeds_closed(self) -> None:
        # Every feed is stored by now: what no feed holds is released, to be exported again.
        if self.failed:
            return
        lost = list(self.pending) + list(self.claimed)
        if lost:
            logger.error("%(n)d articles not recorded: no stored feed holds them", {"n": len(lost)})
        try:
            self.store.release(None)
        except STORE_ERRORS as exc:
            self.store_failed("releasing the claims no feed holds", exc)
        self.pending.clear()
        self.claimed.clear()

    def engine_stopped(self) -> None:
        try:
            self.store.close()
        except STORE_ERRORS as exc:
            logger.error("DEDUP_STORE close failed: %(error)s", {"error": one_line(exc)})


def store_failed(stats: dict[str, Any]) -> bool:
    """Whether a finished crawl's store writes or feeds failed (for health and exit code)."""
    return any(stats.get(name) for name in FAILURE_STATS)

"""Incremental runs over DEDUP_STORE: skip unchanged articles, record exports once they are stored."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Self
from weakref import WeakKeyDictionary

from itemadapter import ItemAdapter
from scrapy import Request, signals
from scrapy.exceptions import NotConfigured

from newscrawl.reasons import reject
from newscrawl.store import Seen, SeenStore, open_store

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)
STATS = "newscrawl/delta"
_STORES: WeakKeyDictionary[Crawler, SeenStore] = WeakKeyDictionary()


def crawler_store(crawler: Crawler) -> SeenStore:
    """The crawl's one DEDUP_STORE, opened on first use; NotConfigured when unset."""
    uri = crawler.settings.get("DEDUP_STORE")
    if not uri and crawler.settings.get("JOBDIR"):
        uri = f"sqlite:///{crawler.settings['JOBDIR']}/seen.sqlite"
    if not uri:
        raise NotConfigured
    if crawler not in _STORES:
        _STORES[crawler] = open_store(uri)
    return _STORES[crawler]


def content_hash(item: Any) -> str:
    """Fingerprint of what a reader sees: a new hash means the article changed."""
    adapter = ItemAdapter(item)
    parts = [adapter.get(name) for name in ("title", "description", "authors", "tags", "body")]
    text = json.dumps(parts, ensure_ascii=False).encode()
    return hashlib.blake2b(text, digest_size=8).hexdigest()


class DeltaMiddleware:
    """Spider middleware: drop article requests whose article is stored and not changed since.

    Listing pages, sitemaps and feeds always pass. An article passes again when the
    sitemap or feed ``lastmod`` (meta ``newscrawl_lastmod``) is newer than the stored
    time, or when it was asked for by name (meta ``newscrawl_force``).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.store = crawler_store(crawler)

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
        seen = self.store.get(site, request.url, article_id)
        if seen is None:
            return True
        lastmod = meta.get("newscrawl_lastmod")
        if lastmod and (seen.modified_at is None or lastmod > seen.modified_at):
            self.crawler.stats.inc_value(f"{STATS}/changed")
            return True
        self.crawler.stats.inc_value(f"{STATS}/skipped")
        return False

    def _filter(self, result: Iterable[Any]) -> Iterable[Any]:
        return (r for r in result if not isinstance(r, Request) or self.wanted(r))

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterable[Any]:
        return self._filter(result)

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
    """Drop articles whose content is what the store already holds; remember the rest.

    What passes is recorded in the store only after the feed holding it has been stored
    (``feed_slot_closed``), so a crash never marks as done an article no feed holds.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.store = crawler_store(crawler)
        self.pending: list[Seen] = []
        self.feeds = len(crawler.settings.getdict("FEEDS"))
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.slot_closed, signal=signals.feed_slot_closed)
        crawler.signals.connect(self.flush, signal=signals.feed_exporter_closed)
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        site, url = adapter.get("site") or "", adapter.get("url") or ""
        seen = self.store.get(site, url, adapter.get("article_id"))
        forced = bool(getattr(self.crawler.spider, "forced_urls", ()))
        if seen is not None and not forced and seen.content_hash == content_hash(item):
            raise reject(self.crawler.stats, "unchanged", url)
        if seen is not None:
            self.crawler.stats.inc_value(f"{STATS}/updated")
        return item

    def item_scraped(self, item: Any) -> None:
        adapter = ItemAdapter(item)
        url = adapter.get("url") or ""
        listed = getattr(self.crawler.spider, "lastmods", {}).get(url)
        modified = adapter.get("modified_at") or adapter.get("published_at")
        self.pending.append(
            Seen(
                site=adapter.get("site") or "",
                url=url,
                article_id=adapter.get("article_id"),
                modified_at=max(filter(None, (modified, listed)), default=None),
                content_hash=content_hash(item),
                exported_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            )
        )
        if not self.feeds:  # nothing to wait for
            self.flush()

    def slot_closed(self, slot: Any) -> None:
        # With one feed, items fill its batches in order: the first ``itemcount`` pending
        # items are exactly those of the batch file just stored. With several feeds, wait
        # until every feed is stored.
        if self.feeds == 1:
            self._record(slot.itemcount)

    def flush(self) -> None:
        self._record(len(self.pending))

    def _record(self, count: int) -> None:
        records, self.pending = self.pending[:count], self.pending[count:]
        if records:
            self.store.put_many(records)
            self.crawler.stats.inc_value(f"{STATS}/recorded", len(records))

    def engine_stopped(self) -> None:
        # Every feed is stored by now; what is still pending, no feed holds.
        if self.pending:
            logger.warning(
                "%(n)d articles not recorded: no feed stored them", {"n": len(self.pending)}
            )
        self.store.close()

"""One naming rule for the files a crawl writes beside its feed: ``<feed file name>.<kind ending>``.

``items.csv`` gets ``items.csv.stats.json``, ``items.csv.rejects.jsonl`` and
``items.csv.health.txt``; ``items.parquet`` gets ``items.parquet.stats.json``, so runs in
different formats with one base name never overwrite each other's files. With batches the
files are named after the crawl's first feed file (its first batch).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

#: Kind of sidecar -> the setting that names its file instead.
SIDECARS = {
    "stats": "NEWSCRAWL_STATS_FILE",
    "rejects": "REJECTS_FEED",
    "health": "NEWSCRAWL_HEALTH_REPORT",
}
ENDINGS = {"stats": ".stats.json", "rejects": ".rejects.jsonl", "health": ".health.txt"}

_FIRST_FEED: WeakKeyDictionary[Crawler, Path] = WeakKeyDictionary()


def sidecar(feed: Path, kind: str) -> Path:
    """The file of ``kind`` beside ``feed``.

    >>> [sidecar(Path("out/items.csv"), k).name for k in ("stats", "rejects", "health")]
    ['items.csv.stats.json', 'items.csv.rejects.jsonl', 'items.csv.health.txt']
    >>> sidecar(Path("b/batch-1.jsonl.gz"), "rejects").as_posix()
    'b/batch-1.jsonl.gz.rejects.jsonl'
    """
    return feed.with_name(feed.name + ENDINGS[kind])


def _first_local_template(crawler: Crawler) -> str | None:
    from newscrawl.extensions import local_path

    for uri in crawler.settings.getdict("FEEDS"):
        if local_path(str(uri)) is not None:
            return str(uri)
    return None


def remember_slot(crawler: Crawler, slot: Any) -> None:
    """Keep the first file of the first local feed, for every sidecar of the crawl."""
    if crawler in _FIRST_FEED or getattr(slot, "batch_id", 1) != 1:
        return
    if slot.uri_template == _first_local_template(crawler):
        path = getattr(slot.storage, "path", None)
        if path:
            _FIRST_FEED[crawler] = Path(path)


def first_feed_file(crawler: Crawler) -> Path | None:
    """The first file the crawl's first local feed writes (its first batch), or None."""
    if crawler not in _FIRST_FEED:
        from scrapy.extensions.feedexport import FeedExporter

        exporter = crawler.get_extension(FeedExporter)
        for slot in getattr(exporter, "slots", None) or []:
            remember_slot(crawler, slot)
    return _FIRST_FEED.get(crawler)


def sidecar_path(crawler: Crawler, kind: str) -> Path | None:
    """Where the crawl's ``kind`` file goes: its setting, else beside the first feed file."""
    configured = crawler.settings.get(SIDECARS[kind])
    if configured:
        return Path(configured)
    feed = first_feed_file(crawler)
    if feed is None:  # no feed opened yet: the first file the settings name
        from newscrawl.checks import local_feeds

        name = str(getattr(crawler.spidercls, "name", "") or "")
        feeds = local_feeds(crawler.settings, name)
        feed = feeds[0][0] if feeds else None
    return sidecar(feed, kind) if feed is not None else None

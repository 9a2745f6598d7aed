"""Feed files that appear whole or not at all, and a dupefilter that forgets between runs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self

from scrapy.dupefilters import RFPDupeFilter
from scrapy.extensions.feedexport import FileFeedStorage

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from twisted.internet.defer import Deferred

PART = ".part"


class AtomicFileFeedStorage(FileFeedStorage):
    """Write ``<feed>.part`` and rename it to ``<feed>`` when the feed is complete.

    A killed crawl leaves a ``.part`` file, never a feed with a torn last line. In append
    mode (``-o``) the finished part is appended to the existing feed at close. With the feed
    option ``newscrawl_new_file`` an existing feed is never touched: ``name-2.jsonl`` is used.
    """

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None) -> None:
        super().__init__(uri, feed_options=feed_options)
        if (feed_options or {}).get("newscrawl_new_file"):
            path, number = Path(self.path), 2
            while path.exists() or Path(f"{path}{PART}").exists():
                path = Path(self.path).with_stem(f"{Path(self.path).stem}-{number}")
                number += 1
            self.path = str(path)

    def open(self, spider: Spider) -> IO[bytes]:
        part = Path(self.path + PART)
        part.parent.mkdir(parents=True, exist_ok=True)
        return part.open("wb")

    def store(self, file: IO[bytes]) -> Deferred[None] | None:
        file.close()
        part, target = Path(self.path + PART), Path(self.path)
        if self.write_mode == "ab" and target.exists():
            with part.open("rb") as src, target.open("ab") as dst:
                shutil.copyfileobj(src, dst)
                dst.flush()
                os.fsync(dst.fileno())
            part.unlink()
        else:
            part.replace(target)
        return None


class RunDupeFilter(RFPDupeFilter):
    """Scrapy's dupefilter, never persisted in JOBDIR.

    A resumed job (even after a kill) fetches its sections, sitemaps and feeds again
    instead of finding them "already seen" and stopping at once (scrapy#4479); articles
    already exported are skipped by DEDUP_STORE, which knows what a feed really holds.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(
            None,
            crawler.settings.getbool("DUPEFILTER_DEBUG"),
            fingerprinter=crawler.request_fingerprinter,
        )


class DefaultFeedAddon:
    """With no ``-o``/``-O`` and no FEEDS, write ``<NEWSCRAWL_FEED_DIR>/<site>/<start>.jsonl``.

    Each run gets a new file named by its UTC start time, never appended to an old one.
    """

    def update_settings(self, settings: BaseSettings) -> None:
        if settings.getdict("FEEDS"):
            return
        folder = settings.get("NEWSCRAWL_FEED_DIR", "feeds")
        feed = {"format": "jsonlines", "encoding": "utf8", "newscrawl_new_file": True}
        # batch_time: the start time to the microsecond, so runs in the same second stay apart.
        settings.set("FEEDS", {f"{folder}/%(name)s/%(batch_time)s.jsonl": feed}, priority="addon")

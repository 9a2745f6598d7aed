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
APPEND = ".append"


class AtomicFileFeedStorage(FileFeedStorage):
    """Write ``<feed>.part`` and make it the feed in one rename once the feed is complete.

    A killed crawl leaves a ``.part`` file, never a feed with a torn last line. In append
    mode (``-o``) the old feed and the run's lines are copied to ``<feed>.append``, which
    then replaces the feed in one rename: a reader sees the old feed or the old feed plus
    every line of the run, never part of them, and a kill at any step leaves the old feed
    as it was. With the feed option ``newscrawl_new_file`` an existing feed is never
    touched: ``name-2.jsonl`` is used.

    After :meth:`store`, ``stored`` says whether the run's lines are really in the feed
    and ``stored_range`` where they are (byte offsets), for whoever confirms them.
    """

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None) -> None:
        super().__init__(uri, feed_options=feed_options)
        if (feed_options or {}).get("newscrawl_new_file"):
            path, number = Path(self.path), 2
            while path.exists() or Path(f"{path}{PART}").exists():
                path = Path(self.path).with_stem(f"{Path(self.path).stem}-{number}")
                number += 1
            self.path = str(path)
        self.stored = False
        self.stored_range: tuple[int, int] | None = None

    def open(self, spider: Spider) -> IO[bytes]:
        part = Path(self.path + PART)
        part.parent.mkdir(parents=True, exist_ok=True)
        return part.open("wb")

    def store(self, file: IO[bytes]) -> Deferred[None] | None:
        if not file.closed:
            file.flush()
            os.fsync(file.fileno())
            file.close()
        part, target = Path(self.path + PART), Path(self.path)
        if self.write_mode == "ab" and target.exists():
            start = append_atomically(part, target)
        else:
            start = 0
            part.replace(target)
            _fsync_folder(target.parent)
        self.stored, self.stored_range = True, (start, target.stat().st_size)
        return None


def append_atomically(part: Path, target: Path) -> int:
    """Append the file ``part`` to ``target`` in one step; return where its bytes begin.

    ``target`` is copied with ``part`` after it to ``<target>.append``, synced, and renamed
    over ``target``; ``part`` is removed last. The copy costs a read of the old feed per
    run, the price of a feed that is never seen half-appended.
    """
    temp = target.with_name(target.name + APPEND)
    shutil.copyfile(target, temp)
    start = temp.stat().st_size
    with part.open("rb") as src, temp.open("ab") as dst:
        if start and not _ends_with_newline(target):
            # A line torn by an older writer must not swallow the first line of this run.
            dst.write(b"\n")
            start += 1
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())
    shutil.copymode(target, temp)
    temp.replace(target)
    _fsync_folder(target.parent)
    part.unlink()
    return start


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as fh:
        fh.seek(-1, os.SEEK_END)
        return fh.read(1) == b"\n"


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder itself is synced.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
        # A second run in the same second gets <stamp>-2.jsonl (newscrawl_new_file).
        feed = {
            "format": "jsonlines",
            "encoding": "utf8",
            "newscrawl_new_file": True,
            "uri_params": "newscrawl.feeds.run_stamp",
        }
        settings.set("FEEDS", {f"{folder}/%(name)s/%(stamp)s.jsonl": feed}, priority="addon")


def run_stamp(params: dict[str, Any], spider: Any) -> dict[str, Any]:
    """Feed URI parameters plus ``stamp``: the start time as ``2026-11-29T043554Z``.

    >>> run_stamp({"time": "2026-11-29T04-35-54+00-00"}, None)["stamp"]
    '2026-11-29T043554Z'
    """
    day, _, clock = str(params["time"]).partition("T")
    return {**params, "stamp": f"{day}T{clock[:8].replace('-', '')}Z"}

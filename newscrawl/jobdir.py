"""JOBDIR kept safe for a resume: a damaged queue is set aside, never read; spider state restored."""

from __future__ import annotations

import json
import logging
import pickle
import shutil
import struct
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.core.scheduler import Scheduler
from scrapy.extensions import spiderstate as scrapy_spiderstate
from scrapy.utils.asyncio import create_looping_call

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector
    from scrapy.utils.asyncio import AsyncioLoopingCall
    from twisted.internet.task import LoopingCall

logger = logging.getLogger(__name__)

STATS = "newscrawl/jobdir"
#: Where a damaged queue folder is moved, beside the JOBDIR's ``requests.queue``.
DAMAGED = "requests.queue.damaged"
_SIZE = struct.Struct(">L")  # queuelib's record-length and count format


#: Why a crawl stops on purpose before its end: Ctrl-C or SIGTERM (a scrapyd cancel), or a
#: CLOSESPIDER_ITEMCOUNT, _PAGECOUNT or _TIMEOUT batch limit. Under JOBDIR the rest waits in
#: the queue (not the ``*_no_item`` and ``errorcount`` closes: those say something is wrong).
PAUSE_REASONS = frozenset(
    {"shutdown", "closespider_itemcount", "closespider_pagecount", "closespider_timeout"}
)


def paused(crawler: Crawler, stats: dict[str, Any]) -> bool:
    """A crawl stopped on purpose under JOBDIR: the same command resumes where it stopped."""
    return stats.get("finish_reason") in PAUSE_REASONS and bool(crawler.settings.get("JOBDIR"))


class QueueDamaged(Exception):
    """A JOBDIR queue file that does not read back as the requests it claims to hold."""


def check_lifo_file(path: Path) -> int:
    """Count the records of a queuelib LifoDiskQueue file; QueueDamaged when it is torn.

    The file is a record count, then each record followed by its length. The count is
    written only when the queue is closed, so a process killed after a resume leaves a
    count and a record chain that disagree; queuelib then seeks before the file's start
    (``OSError: [Errno 22]``) on every pop, and the crawl never ends.
    """
    size = path.stat().st_size
    with path.open("rb") as fh:
        header = fh.read(_SIZE.size)
        if len(header) < _SIZE.size:
            raise QueueDamaged(f"{path.name}: {size} bytes, shorter than its header")
        count: int = _SIZE.unpack(header)[0]
        end = size
        for number in range(count):
            if end - _SIZE.size < _SIZE.size:
                raise QueueDamaged(f"{path.name}: says {count} requests, holds {number}")
            fh.seek(end - _SIZE.size)
            (length,) = _SIZE.unpack(fh.read(_SIZE.size))
            end -= _SIZE.size + length
            if end < _SIZE.size:
                raise QueueDamaged(f"{path.name}: record {number + 1} runs before the header")
    if end != _SIZE.size:
        raise QueueDamaged(f"{path.name}: {end - _SIZE.size} bytes beyond its {count} requests")
    return count


def check_fifo_folder(folder: Path) -> int:
    """Count the records of a queuelib FifoDiskQueue folder; QueueDamaged when it is torn."""
    try:
        info = json.loads((folder / "info.json").read_text(encoding="utf-8"))
        tail_chunk, tail_count, offset = info["tail"]
        head_chunk, head_count = info["head"]
        chunk_size, count = int(info["chunksize"]), int(info["size"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise QueueDamaged(f"{folder.name}/info.json: {exc}") from exc
    found = 0
    chunk, done = int(tail_chunk), int(tail_count)
    while (chunk, done) < (int(head_chunk), int(head_count)):
        path = folder / f"q{chunk:05d}"
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise QueueDamaged(f"{folder.name}/{path.name}: {exc}") from exc
        position = int(offset) if chunk == int(tail_chunk) else 0
        last = int(head_count) if chunk == int(head_chunk) else chunk_size
        for _ in range(done, last):
            if position + _SIZE.size > len(data):
                raise QueueDamaged(f"{folder.name}/{path.name}: ends inside a record")
            (length,) = _SIZE.unpack_from(data, position)
            position += _SIZE.size + length
            if position > len(data):
                raise QueueDamaged(f"{folder.name}/{path.name}: ends inside a record")
            found += 1
        chunk, done = chunk + 1, 0
    if found != count:
        raise QueueDamaged(f"{folder.name}: says {count} requests, holds {found}")
    return found


def check_queue(folder: Path) -> int:
    """Requests held by a JOBDIR ``requests.queue`` folder; QueueDamaged if any part is torn."""
    if not folder.exists():
        return 0
    active = folder / "active.json"
    if active.exists():
        try:
            json.loads(active.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise QueueDamaged(f"active.json: {exc}") from exc
    total = 0
    for path in sorted(folder.rglob("*")):
        if path.name == "info.json":
            total += check_fifo_folder(path.parent)
        elif path.is_file() and path != active and not (path.parent / "info.json").exists():
            total += check_lifo_file(path)
    return total


class ResumableScheduler(Scheduler):
    """Scrapy's scheduler, which checks a JOBDIR's queue before resuming from it.

    A damaged queue (a run killed after a resume, a double Ctrl-C) is moved to
    ``<JOBDIR>/requests.queue.damaged`` with one warning, and the job starts from
    discovery again: sections, sitemaps and feeds are fetched anew (the dupefilter is not
    kept, see RunDupeFilter) and DEDUP_STORE skips what earlier runs exported. A queue
    that still fails while the crawl runs is dropped the same way instead of being
    retried forever.
    """

    def open(self, spider: Any) -> Any:
        if self.dqdir:
            self._set_aside_if_damaged(Path(self.dqdir))
        return super().open(spider)

    def _set_aside_if_damaged(self, folder: Path) -> None:
        try:
            check_queue(folder)
        except (QueueDamaged, OSError) as exc:
            self._set_aside(folder, str(exc))

    def _set_aside(self, folder: Path, why: str) -> None:
        target = folder.with_name(DAMAGED)
        shutil.rmtree(target, ignore_errors=True)
        folder.replace(target)
        folder.mkdir(parents=True)
        assert self.stats is not None
        self.stats.inc_value(f"{STATS}/queue_damaged")
        logger.warning(
            "JOBDIR queue damaged (%(why)s): moved to %(target)s; resuming from discovery,"
            " DEDUP_STORE skips what earlier runs exported",
            {"why": why, "target": target},
        )

    def _dqpop(self) -> Request | None:
        try:
            return super()._dqpop()
        except Exception as exc:  # whatever the queue raises, it must never be retried
            if self.dqs is None or self.dqdir is None:
                raise
            lost, damaged = len(self.dqs), self.dqs
            self.dqs = None
            with suppress(Exception):  # its files are set aside: only their handles matter
                damaged.close()
            self._set_aside(Path(self.dqdir), f"{type(exc).__name__}: {exc}")
            assert self.stats is not None
            self.stats.set_value(f"{STATS}/requests_dropped", lost)
            self.dqs = self._dq()
            return None


#: The stats the health checks judge a job's articles by (field coverage): a paused run's are
#: added to the next run's, so the run that ends the job is judged on all of its articles.
JOB_STATS = ("spidermon_item_scraped_count", "newscrawl/coverage/")
#: Where ``spider.state`` keeps them between runs.
JOB_STATS_KEY = "newscrawl_job_stats"


class SpiderState(scrapy_spiderstate.SpiderState):
    """Scrapy's SpiderState, which hands ``spider.state`` to the spider and keeps it safe.

    On open, a spider with ``restore_state(state)`` gets back what the paused run learned
    before any request of the resumed one is parsed; on close, ``save_state(state, ended=)``
    puts it in before the file is written (``ended``: the crawl finished, its queue is empty
    and the next run with this JOBDIR starts afresh). It is also written every NEWSCRAWL_STATE_INTERVAL
    seconds when it changed: a process killed without a clean close (SIGKILL, out of memory)
    leaves what it had learned by then. The file is written whole or not at all (a ``.part``
    renamed); a torn or unreadable one is set aside with a warning and the crawl re-learns
    what it held. The field coverage counts of paused runs (JOB_STATS) are carried over.
    """

    def __init__(self, jobdir: str | None = None, interval: float = 0.0) -> None:
        super().__init__(jobdir)
        self.interval = interval
        self.stats: StatsCollector | None = None
        self.task: AsyncioLoopingCall | LoopingCall | None = None
        #: What the file holds, as written: an unchanged state is not written again.
        self.written: bytes | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        extension = super().from_crawler(crawler)
        extension.interval = crawler.settings.getfloat("NEWSCRAWL_STATE_INTERVAL")
        extension.stats = crawler.stats
        return extension

    def spider_opened(self, spider: Any) -> None:
        try:
            super().spider_opened(spider)
        # A torn pickle raises almost anything: EOFError, UnpicklingError, ImportError...
        except Exception as exc:  # noqa: BLE001
            spider.state = {}
            path = Path(self.statefn)
            with suppress(OSError):
                path.replace(path.with_name(path.name + ".damaged"))
            logger.warning(
                "JOBDIR spider state unreadable (%(why)s): set aside, re-learning what it held",
                {"why": f"{type(exc).__name__}: {exc}"},
            )
        restore = getattr(spider, "restore_state", None)
        if callable(restore) and isinstance(spider.state, dict):
            restore(spider.state)
        carried = spider.state.get(JOB_STATS_KEY) if isinstance(spider.state, dict) else None
        if self.stats is not None and isinstance(carried, dict):
            for key, value in carried.items():
                if str(key).startswith(JOB_STATS) and isinstance(value, int):
                    self.stats.inc_value(key, value)
        if self.interval > 0:
            self.task = create_looping_call(self.checkpoint, spider)
            self.task.start(self.interval, now=False)

    def checkpoint(self, spider: Any) -> None:
        """Write the state if it changed since it was last written."""
        try:
            self.write(spider, force=False)
        except OSError as exc:  # a full disk: the close tries again, and fails loudly
            logger.warning("JOBDIR spider state not written: %(error)s", {"error": exc})

    def spider_closed(self, spider: Any, reason: str = "") -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        if not hasattr(spider, "state"):
            return  # never opened: nothing was learned
        if isinstance(spider.state, dict) and self.stats is not None:
            if reason in PAUSE_REASONS:  # the job goes on: these articles count in its verdict
                spider.state[JOB_STATS_KEY] = {
                    key: value
                    for key, value in self.stats.get_stats().items()
                    if key.startswith(JOB_STATS) and isinstance(value, int)
                }
            else:
                spider.state.pop(JOB_STATS_KEY, None)
        self.write(spider, force=True, ended=reason == "finished")

    def write(self, spider: Any, *, force: bool, ended: bool = False) -> None:
        save = getattr(spider, "save_state", None)
        if callable(save) and isinstance(spider.state, dict):
            save(spider.state, ended=ended)
        data = pickle.dumps(spider.state, protocol=4)
        if data == self.written and not force:
            return
        path = Path(self.statefn)
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(data)
        partial.replace(path)
        self.written = data

"""REDIS_URL: one crawl's request queue and seen-requests filter shared by workers on many machines.

Built on scrapy-redis's Scheduler, priority queue and dupefilter. What this module adds:

- keys named by spider and job (``-a job=...``, default the spider name), so two crawls of one
  site can run side by side;
- exactly one worker seeds the queue: whoever finds no run in progress takes the run key in
  one Lua script; the others only take work (scrapy-redis's RedisSpider start-up is not used,
  scrapy-redis#305; the spider's own ``start()`` runs on the seeding worker only);
- a worker stops only when the shared queue is empty and no live worker has requests in
  flight: popping a request marks the worker busy in the same script, so no worker can see
  an empty queue while a popped request's links are still to come. The last worker out
  clears the run's seen-requests filter, so the next scheduled run starts afresh and finds
  again what a killed worker had in flight;
- Scrapy's request fingerprints of the canonical URLs the spider builds;
- politeness for the whole crawl (SharedPolitenessMiddleware): a shared limit in Redis.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import uuid
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Self, cast
from urllib.parse import urlsplit

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, UsageError
from scrapy.utils.asyncio import create_looping_call, sleep
from scrapy_redis import connection
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response
    from scrapy.settings import BaseSettings
    from scrapy.utils.asyncio import AsyncioLoopingCall
    from twisted.internet.task import LoopingCall

logger = logging.getLogger(__name__)

STATS = "newscrawl/frontier"
PREFIX = "newscrawl"
JOB_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
REDIS_SCHEMES = ("redis", "rediss", "unix")

# A run starts when there is none, or when the last one has nothing queued and nobody busy;
# a run whose workers all died with work queued is resumed (and seeded again).
# KEYS: run, busy, alive, queue, dupefilter. ARGV: worker, ttl, new run id.
_OPEN = """
local t = redis.call('time')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
redis.call('zremrangebyscore', KEYS[2], '-inf', now)
redis.call('zremrangebyscore', KEYS[3], '-inf', now)
local run = redis.call('get', KEYS[1])
local role = 'join'
if not run or (redis.call('zcard', KEYS[2]) == 0 and redis.call('zcard', KEYS[4]) == 0) then
  role = 'seed'
  run = ARGV[3]
  redis.call('set', KEYS[1], run)
  redis.call('del', KEYS[5])
elseif redis.call('zcard', KEYS[3]) == 0 then
  role = 'resume'
end
redis.call('zadd', KEYS[3], now + tonumber(ARGV[2]), ARGV[1])
if role ~= 'join' then
  redis.call('zadd', KEYS[2], now + tonumber(ARGV[2]), ARGV[1])
end
return {role, run}
"""

# Pop the most urgent request and mark the worker busy in the same step.
# KEYS: queue, busy. ARGV: worker, ttl.
_POP = """
local found = redis.call('zrange', KEYS[1], 0, 0)
if #found == 0 then return false end
redis.call('zremrangebyrank', KEYS[1], 0, 0)
local t = redis.call('time')
redis.call('zadd', KEYS[2], tonumber(t[1]) + tonumber(t[2]) / 1e6 + tonumber(ARGV[2]), ARGV[1])
return found[1]
"""

# An idle worker: more work, wait for busy workers, or the run is over. The last live worker
# out clears the run (if two leave at once, the next run's open script clears it instead).
# KEYS: queue, busy, run, dupefilter, alive. ARGV: worker, run id.
_IDLE = """
local t = redis.call('time')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
redis.call('zrem', KEYS[2], ARGV[1])
redis.call('zremrangebyscore', KEYS[2], '-inf', now)
if redis.call('zcard', KEYS[1]) > 0 then return 'work' end
if redis.call('zcard', KEYS[2]) > 0 then return 'wait' end
redis.call('zrem', KEYS[5], ARGV[1])
redis.call('zremrangebyscore', KEYS[5], '-inf', now)
if redis.call('zcard', KEYS[5]) == 0 and redis.call('get', KEYS[3]) == ARGV[2] then
  redis.call('del', KEYS[3], KEYS[4])
end
return 'done'
"""

# KEYS: busy, alive, workers. ARGV: worker, ttl, busy (1/0).
_BEAT = """
local t = redis.call('time')
local until_ = tonumber(t[1]) + tonumber(t[2]) / 1e6 + tonumber(ARGV[2])
redis.call('zadd', KEYS[2], until_, ARGV[1])
redis.call('zadd', KEYS[3], until_, ARGV[1])
if ARGV[3] == '1' then redis.call('zadd', KEYS[1], until_, ARGV[1]) end
return 1
"""


def job_name(spider: Spider) -> str:
    """The crawl's job name: ``-a job=...``, else the spider's name."""
    args = getattr(spider, "args", None)
    return getattr(args, "job", None) or spider.name


def check_job(value: str) -> str:
    """A job name usable in Redis keys: letters, digits, ``.``, ``_``, ``-``.

    >>> check_job("backfill-2016")
    'backfill-2016'
    """
    if not JOB_NAME.match(value):
        raise UsageError(
            f"job must be 1-100 letters, digits, '.', '_' or '-' (not first), got {value!r}"
        )
    return value


def check_settings(settings: BaseSettings) -> None:
    """REDIS_URL, when set, names a Redis server that answers; UsageError says which not."""
    url = settings.get("REDIS_URL")
    if not url:
        return
    scheme = urlsplit(str(url)).scheme
    if scheme not in REDIS_SCHEMES:
        raise UsageError(
            f"REDIS_URL must look like redis://host:6379/0 or unix:///path/redis.sock, got {url!r}"
        )
    try:
        connection.get_redis_from_settings(settings).ping()
    except (redis.RedisError, OSError, ValueError) as exc:
        raise UsageError(f"REDIS_URL {url} cannot be reached: {exc}") from None


def keys(spider_name: str, job: str) -> dict[str, str]:
    """The Redis keys of one crawl, all under ``newscrawl:<spider>:<job>:``.

    >>> keys("news", "daily")["queue"]
    'newscrawl:news:daily:requests'
    """
    base = f"{PREFIX}:{spider_name}:{job}"
    return {
        "queue": f"{base}:requests",
        "dupefilter": f"{base}:dupefilter",
        "run": f"{base}:run",
        "busy": f"{base}:busy",
        "alive": f"{base}:alive",
    }


#: Every live worker of every crawl, with its expiry: leases of dead workers are void.
WORKERS_KEY = f"{PREFIX}:workers"


class RedisFrontierAddon:
    """With REDIS_URL set, swap in the shared scheduler, dupefilter and politeness; else nothing."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.get("REDIS_URL"):
            return

        def force(name: str, value: Any) -> None:
            settings.set(name, value, priority=max(settings.getpriority(name) or 0, 20))

        force("SCHEDULER", f"{__name__}.SharedScheduler")
        force("DUPEFILTER_CLASS", f"{__name__}.SharedDupeFilter")
        force("SCHEDULER_QUEUE_CLASS", f"{__name__}.SharedQueue")
        # A worker that finishes first must not wipe the others' queue.
        force("SCHEDULER_PERSIST", True)
        force("SCHEDULER_FLUSH_ON_START", False)
        # Grants are spaced by the delay itself; jitter would let two workers' sends bunch up.
        force("DOWNLOAD_DELAY_JITTER", 0)
        middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
        # After WARC replay (950): a replayed response never touches the site.
        middlewares[f"{__name__}.SharedPolitenessMiddleware"] = 960
        force("DOWNLOADER_MIDDLEWARES", middlewares)
        spider_middlewares = dict(settings.getdict("SPIDER_MIDDLEWARES"))
        spider_middlewares[f"{__name__}.SeedOnceMiddleware"] = 960
        force("SPIDER_MIDDLEWARES", spider_middlewares)


class SharedDupeFilter(RFPDupeFilter):  # type: ignore[misc]
    """scrapy-redis's dupefilter keyed by Scrapy's request fingerprint.

    The spider builds article requests from canonical URLs (newscrawl.urls), so a variant of
    an article found by two workers is one fingerprint, one request.
    """

    def __init__(self, server: redis.Redis, key: str, crawler: Crawler) -> None:
        super().__init__(server, key, debug=crawler.settings.getbool("DUPEFILTER_DEBUG"))
        self.fingerprinter = crawler.request_fingerprinter

    def request_fingerprint(self, request: Request) -> str:
        return self.fingerprinter.fingerprint(request).hex()

    def close(self, reason: str = "") -> None:
        """Keep the fingerprints: other workers still use them (the last one out clears them)."""


class SharedQueue(PriorityQueue):  # type: ignore[misc]
    """scrapy-redis's priority queue whose pop also marks the worker busy (one Lua script)."""

    busy_key = ""
    worker = ""
    ttl = 30.0

    def pop(self, timeout: int = 0) -> Request | None:
        script = self.server.register_script(_POP)
        found = script(keys=[self.key, self.busy_key], args=[self.worker, self.ttl])
        return None if found is None else cast("Request", self._decode_request(found))


class SharedScheduler(Scheduler):  # type: ignore[misc]
    """scrapy-redis's Scheduler with job keys, one seeding worker and a fleet-wide end."""

    crawler: Crawler
    worker: str
    heartbeat_interval: float
    ttl: float
    role: str
    run: str
    keys: dict[str, str]
    beat: AsyncioLoopingCall | LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        scheduler = cast("Self", super().from_crawler(crawler))
        scheduler.crawler = crawler
        scheduler.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        settings = crawler.settings
        scheduler.heartbeat_interval = settings.getfloat("NEWSCRAWL_REDIS_HEARTBEAT", 5.0)
        # A worker not heard of for this long is dead: the others stop waiting for it. Long,
        # because a live worker taken for dead lets the run end under its feet.
        scheduler.ttl = max(
            settings.getfloat("NEWSCRAWL_REDIS_WORKER_TIMEOUT", 60.0),
            3 * scheduler.heartbeat_interval,
        )
        scheduler.role = "join"
        scheduler.run = ""
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(scheduler.spider_closed, signal=signals.spider_closed)
        return scheduler

    def open(self, spider: Spider) -> None:
        self.spider = spider
        self.keys = keys(spider.name, job_name(spider))
        queue = SharedQueue(
            server=self.server, spider=spider, key=self.keys["queue"], serializer=self.serializer
        )
        queue.busy_key, queue.worker, queue.ttl = self.keys["busy"], self.worker, self.ttl
        self.queue = queue
        self.df = SharedDupeFilter(self.server, self.keys["dupefilter"], self.crawler)
        k = self.keys
        role, run = self.server.register_script(_OPEN)(
            keys=[k["run"], k["busy"], k["alive"], k["queue"], k["dupefilter"]],
            args=[self.worker, self.ttl, uuid.uuid4().hex],
        )
        self.role, self.run = role.decode(), run.decode()
        stats = self.crawler.stats
        assert stats is not None
        stats.set_value(f"{STATS}/role", self.role)
        stats.set_value(f"{STATS}/worker", self.worker)
        logger.info(
            "Shared frontier %(queue)s: %(role)s run %(run)s as %(worker)s, %(n)d requests queued",
            {"queue": k["queue"], "role": self.role, "run": self.run, "worker": self.worker,
             "n": len(self.queue)},
        )  # fmt: skip
        self.beat = create_looping_call(self.heartbeat)
        # The first beat waits: the open script above already signed this worker in.
        self.beat.start(self.heartbeat_interval, now=False)

    @property
    def seeds(self) -> bool:
        """Whether this worker runs the spider's start(): it began the run, or resumed it."""
        return self.role in ("seed", "resume")

    def heartbeat(self) -> None:
        engine = self.crawler.engine
        busy = engine is not None and engine.scheduler is not None and not engine.spider_is_idle()
        k = self.keys
        try:
            self.server.register_script(_BEAT)(
                keys=[k["busy"], k["alive"], WORKERS_KEY],
                args=[self.worker, self.ttl, "1" if busy else "0"],
            )
        except redis.RedisError:
            logger.warning("Shared frontier: heartbeat to Redis failed", exc_info=True)

    def spider_idle(self, spider: Spider) -> None:
        k = self.keys
        verdict = self.server.register_script(_IDLE)(
            keys=[k["queue"], k["busy"], k["run"], k["dupefilter"], k["alive"]],
            args=[self.worker, self.run],
        ).decode()
        if verdict != "done":
            self.crawler.stats.inc_value(f"{STATS}/idle_{verdict}")
            raise DontCloseSpider
        logger.info("Shared frontier: queue empty and no worker busy, run %s over", self.run)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.beat is not None and self.beat.running:
            self.beat.stop()
        try:
            pipe = self.server.pipeline()
            for key in (self.keys["busy"], self.keys["alive"], WORKERS_KEY):
                pipe.zrem(key, self.worker)
            pipe.execute()
        except redis.RedisError:
            logger.warning("Shared frontier: could not sign off from Redis", exc_info=True)

    def close(self, reason: str) -> None:
        # SCHEDULER_PERSIST is always on: the queue belongs to every worker of the crawl.
        return None

    def enqueue_request(self, request: Request) -> bool:
        stats = self.crawler.stats
        assert stats is not None
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.queue.push(request)
        stats.inc_value("scheduler/enqueued")
        stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        request = self.queue.pop()
        if request is not None:
            stats = self.crawler.stats
            assert stats is not None
            stats.inc_value("scheduler/dequeued")
            stats.inc_value("scheduler/dequeued/redis")
        return request


def shared_scheduler(crawler: Crawler) -> SharedScheduler | None:
    engine = crawler.engine
    scheduler = engine.scheduler if engine is not None else None
    return scheduler if isinstance(scheduler, SharedScheduler) else None


class SeedOnceMiddleware:
    """Spider middleware: only the worker that seeds the run lets the spider's start() run."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        # Runs on the first request for a start entry: the scheduler is open by then.
        scheduler = shared_scheduler(self.crawler)
        if scheduler is not None and not scheduler.seeds:
            logger.info("Shared frontier: another worker seeded the run; taking work from it")
            return
        async for entry in start:
            yield entry


# Grant a lease on a site when it has fewer than ``limit`` and the last grant is ``delay`` old.
# KEYS: next, leases, workers. ARGV: lease, delay, limit, lease ttl.
# Returns '0' when granted, else the seconds to wait ('-1': all leases taken).
_ACQUIRE = """
local t = redis.call('time')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
redis.call('zremrangebyscore', KEYS[2], '-inf', now)
for _, lease in ipairs(redis.call('zrange', KEYS[2], 0, -1)) do
  local worker = string.match(lease, '^(.*)|')
  local alive = redis.call('zscore', KEYS[3], worker)
  if not alive or tonumber(alive) < now then redis.call('zrem', KEYS[2], lease) end
end
if redis.call('zcard', KEYS[2]) >= tonumber(ARGV[3]) then return '-1' end
local nxt = tonumber(redis.call('get', KEYS[1]) or '0')
if now < nxt then return tostring(nxt - now) end
local delay = tonumber(ARGV[2])
redis.call('set', KEYS[1], tostring(now + delay), 'PX', math.floor(delay * 1000) + 1000)
redis.call('zadd', KEYS[2], now + tonumber(ARGV[4]), ARGV[1])
return '0'
"""


class SharedPolitenessMiddleware:
    """Downloader middleware: the site's concurrency and delay hold for all workers together.

    Before a request goes to the site, the worker takes a lease in Redis for the request's
    download slot (the site): at most CONCURRENT_REQUESTS_PER_DOMAIN leases at once across
    all workers, and consecutive grants at least the slot's current delay apart (DOWNLOAD_DELAY,
    or what AutoThrottle, a back-off or robots.txt Crawl-delay made of it on that worker).
    The lease is returned with the response or error; a dead worker's leases lapse with its
    heartbeat. Keys are per site, not per job, so two jobs on one site share the limit too.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.server = connection.get_redis_from_settings(settings)
        self.limit = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 8) or settings.getint(
            "CONCURRENT_REQUESTS", 16
        )
        self.default_delay = settings.getfloat("DOWNLOAD_DELAY", 0.0)
        self.lease_ttl = settings.getfloat("DOWNLOAD_TIMEOUT", 180.0) * 2 + 60
        self.script = self.server.register_script(_ACQUIRE)
        self.held: dict[str, str] = {}  # lease -> leases key
        self.count = 0
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def _delay(self, slot_key: str) -> float:
        engine = self.crawler.engine
        slot = engine.downloader.slots.get(slot_key) if engine is not None else None
        return max(self.default_delay, slot.delay if slot is not None else 0.0)

    async def process_request(self, request: Request) -> None:
        scheduler = shared_scheduler(self.crawler)
        engine = self.crawler.engine
        if scheduler is None or engine is None:
            return
        slot_key = engine.downloader.get_slot_key(request)
        base = f"{PREFIX}:polite:{slot_key}"
        self.count += 1
        lease = f"{scheduler.worker}|{self.count}"
        stats = self.crawler.stats
        assert stats is not None
        while True:
            wait = float(
                self.script(
                    keys=[f"{base}:next", f"{base}:leases", WORKERS_KEY],
                    args=[lease, self._delay(slot_key), self.limit, self.lease_ttl],
                )
            )
            if wait == 0:
                break
            stats.inc_value(f"{STATS}/politeness/waits")
            await sleep(0.05 if wait < 0 else min(wait, 1.0))
        stats.inc_value(f"{STATS}/politeness/granted")
        self.held[lease] = f"{base}:leases"
        request.meta["newscrawl_lease"] = lease

    def _release(self, request: Request) -> None:
        lease = request.meta.pop("newscrawl_lease", None)
        if lease is not None and (key := self.held.pop(lease, None)) is not None:
            self.server.zrem(key, lease)

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)

    def spider_closed(self) -> None:
        for lease, key in self.held.items():
            self.server.zrem(key, lease)
        self.held.clear()

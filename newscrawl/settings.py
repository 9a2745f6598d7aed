"""Project-wide Scrapy settings, grouped and ordered like Scrapy's default_settings."""

from __future__ import annotations

BOT_NAME = "newscrawl"

SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"

COMMANDS_MODULE = "newscrawl.commands"

ADDONS = {
    "newscrawl.feeds.DefaultFeedAddon": 0,
    "newscrawl.frontier.RedisFrontierAddon": 0,
    "newscrawl.middlewares.MirrorAddon": 0,
    "newscrawl.extensions.QuietLogAddon": 0,
    "newscrawl.warc.WarcReplayAddon": 0,
}

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# A callback yields at most one article and every pipeline is synchronous, so Scrapy's
# per-callback item workers (it starts CONCURRENT_ITEMS asyncio tasks for each callback's
# output) would run one after another anyway: 100 of them cost ~19% of a crawl's CPU.
CONCURRENT_ITEMS = 1
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4

# DEDUP_STORE: sqlite:///relative/seen.sqlite, sqlite:////absolute/seen.sqlite (one crawl at a
# time per file) or postgresql://user:password@host:5432/db (a fleet of jobs sharing it); what
# earlier runs exported, so a run exports only new or changed articles, each exactly once. Under
# JOBDIR it defaults to <JOBDIR>/seen.sqlite, so a resumed job never exports an article twice.
DEDUP_STORE = ""

DOWNLOAD_DELAY = 0.5
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024

DOWNLOADER_MIDDLEWARES = {
    # Scrapy's OffsiteMiddleware subclassed, in its slot: before robots.txt is fetched for a
    # host, no exception for dont_filter requests; offsite redirects are refused with a reason.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "newscrawl.middlewares.SiteGuardMiddleware": 50,
    # Next to the engine: the cache and the WARC archive keep pages as served; spiders parse
    # HTML without the insides of inline SVG drawings.
    "newscrawl.parsing.LeanParseMiddleware": 10,
    # Above RetryMiddleware (550): sees every failed attempt; closes an unreachable site.
    "newscrawl.unreachable.UnreachableSiteMiddleware": 555,
    # After RetryMiddleware (550) on the way out: gives up a request whose Retry-After is too long.
    "newscrawl.middlewares.RetryAfterMiddleware": 560,
    "newscrawl.warc.WarcReplayMiddleware": 950,
    "newscrawl.warc.WarcArchiveMiddleware": 951,
}

# Kept between runs only through DEDUP_STORE: a resumed job must fetch its sections, sitemaps
# and feeds again (scrapy#4479).
DUPEFILTER_CLASS = "newscrawl.feeds.RunDupeFilter"

EXTENSIONS = {
    # Scrapy's SpiderState (JOBDIR's spider.state) replaced: the spider restores what it learned
    # before a resumed crawl parses a page, and a torn state file is set aside, not fatal.
    "scrapy.extensions.spiderstate.SpiderState": None,
    "newscrawl.jobdir.SpiderState": 0,
    "newscrawl.rejects.RejectsFeed": 100,
    "newscrawl.extensions.StatsFileExtension": 500,
    "newscrawl.extensions.ProgressLogExtension": 500,
    "newscrawl.extensions.PromptStopExtension": 500,
    "newscrawl.coverage.FieldCoverage": 500,
    "newscrawl.extensions.QuietLogExtension": 500,
    "spidermon.contrib.scrapy.extensions.Spidermon": 500,
    "newscrawl.memory.FrozenStartupHeap": 900,
}

FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {
    "csv": "newscrawl.exporters.SafeCsvItemExporter",
    "parquet": "newscrawl.exporters.ParquetItemExporter",
}
FEED_STORAGES = {
    "": "newscrawl.feeds.AtomicFileFeedStorage",
    "file": "newscrawl.feeds.AtomicFileFeedStorage",
}
# FEEDS stays empty here: Scrapy merges FEEDS into -o/-O. Without either, DefaultFeedAddon
# writes a new file per run: <NEWSCRAWL_FEED_DIR>/<site>/<UTC start time>.jsonl.

ITEM_PIPELINES = {
    "newscrawl.pipelines.RequiredFieldsPipeline": 100,
    "newscrawl.pipelines.NormalizeDatesPipeline": 200,
    "newscrawl.pipelines.DateWindowPipeline": 250,
    "newscrawl.pipelines.DedupePipeline": 300,
    "newscrawl.delta.DeltaPipeline": 400,
}

# A rejected item is one DEBUG line (its reason and URL), not its whole repr at INFO.
LOG_FORMATTER = "newscrawl.extensions.QuietLogFormatter"
LOG_LEVEL = "INFO"
# Scrapy's own version line stays; the library versions are for -L DEBUG and bug reports.
LOG_VERSIONS: list[str] = []

# How far listing pages are followed: page N of a section, and section-to-subsection hops
# counted from the home page (pagination does not count as a hop).
NEWSCRAWL_FEED_DIR = "feeds"
NEWSCRAWL_MAX_PAGES = 50
NEWSCRAWL_SECTION_DEPTH = 2
NEWSCRAWL_SITEMAP_MAXSIZE = 50 * 1024 * 1024
# Under JOBDIR, what the crawl learned of its sites (spider.state) is written on a pause and
# every N seconds when it changed, for a process killed without a clean close (0: on a pause).
NEWSCRAWL_STATE_INTERVAL = 30.0
# A `since` backfill walks daily sitemaps newest first and stops after this many missing days
# in a row (0: never stop).
NEWSCRAWL_DAILY_SITEMAP_MAX_MISSES = 7
# Back-off (newscrawl.middlewares): first wait without Retry-After, doubled per strike; the
# longest Retry-After honoured; the longest robots.txt Crawl-delay obeyed.
NEWSCRAWL_BACKOFF_BASE = 5.0
NEWSCRAWL_CRAWL_DELAY_MAX = 60.0
NEWSCRAWL_RETRY_AFTER_MAX = 300.0
# Health checks (newscrawl.monitors): errors logged per request above this fail the crawl.
NEWSCRAWL_MAX_ERROR_RATE = 0.05
# Article requests that failed (HTTP error after retries, or no answer) above this share of all
# article requests fail the crawl.
NEWSCRAWL_MAX_HTTP_ERROR_RATE = 0.5
# Requests' worth of attempts (RETRY_TIMES + 1 each) failed below HTTP (DNS, refused, timeout),
# with no response at all yet, before the crawl stops as site_unreachable (robots.txt comes
# first, so 1 means "robots.txt could not be reached").
NEWSCRAWL_UNREACHABLE_AFTER = 1
# A log line on exported, rejected, pages/min and queue size every N seconds.
NEWSCRAWL_PROGRESS_ENABLED = True
NEWSCRAWL_PROGRESS_INTERVAL = 60
# The crawl's stats as JSON for `scrapy report`; "" means beside the first local feed.
NEWSCRAWL_STATS_FILE = ""
NEWSCRAWL_STATS_FILE_ENABLED = True
# Seconds to wait for a DEDUP_STORE that is locked or slow to answer before the crawl fails.
NEWSCRAWL_STORE_TIMEOUT = 10.0

# 403 and 429 are how this site says "slow down"; they are retried with back-off.
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429, 403]
RETRY_TIMES = 3

# Article pages that gave no item, one JSON line each; "" = <feed>.rejects.jsonl beside the feed.
REJECTS_FEED = ""

# REDIS_URL: redis://host:6379/0 shares this crawl's request queue and seen-requests filter
# with every worker started with the same spider and job (newscrawl.frontier); empty = one
# machine, Scrapy's own scheduler. Workers sign in every NEWSCRAWL_REDIS_HEARTBEAT seconds and
# count as dead after NEWSCRAWL_REDIS_WORKER_TIMEOUT seconds without a sign.
REDIS_URL = ""
NEWSCRAWL_REDIS_HEARTBEAT = 5.0
NEWSCRAWL_REDIS_WORKER_TIMEOUT = 60.0

ROBOTSTXT_OBEY = True

# Checks a JOBDIR's request queue before resuming: a damaged one is set aside, never read.
SCHEDULER = "newscrawl.jobdir.ResumableScheduler"

SPIDERMON_ENABLED = True
SPIDERMON_ADD_FIELD_COVERAGE = True
SPIDERMON_EXPECTED_FINISH_REASONS = [
    "finished",
    "closespider_itemcount",
    "closespider_pagecount",
    "closespider_timeout",
]
# Loose enough for desk and agency copy without bylines, tight enough to catch a broken selector.
SPIDERMON_FIELD_COVERAGE_RULES = {"Article/authors": 0.5, "Article/published_at": 0.95}
# A crawl with no item is judged by newscrawl.monitors.FieldCoverageMonitor, never skipped.
SPIDERMON_FIELD_COVERAGE_SKIP_NONE = True
SPIDERMON_MIN_ITEMS = 1
# Per-site field coverage against the site's earlier runs (newscrawl.coverage).
NEWSCRAWL_COVERAGE_HISTORY = None  # default: coverage-history.ndjson beside the health report
NEWSCRAWL_COVERAGE_DROP = 0.5  # fail when a field falls below half its usual coverage
NEWSCRAWL_COVERAGE_MIN_ITEMS = 5  # runs with fewer articles of a site are not compared
SPIDERMON_SPIDER_CLOSE_MONITORS = ["newscrawl.monitors.CrawlHealthSuite"]

SPIDER_MIDDLEWARES = {
    # Outermost: cuts the response/selector cycle after every other middleware is done.
    "newscrawl.memory.ReleaseParsedPageMiddleware": 10,
    "newscrawl.delta.DeltaMiddleware": 950,
}

# The full stats go to <feed>.stats.json (StatsFileExtension), not into the log.
STATS_DUMP = False

USER_AGENT = "newscrawl/0.1 (news research crawler; +https://github.com/newscrawl/newscrawl)"

# WARC_REPLAY: replay a recorded crawl from a .warc[.gz] file or folder (no network access).
# WARC_ARCHIVE: record every response of a live crawl to a .warc.gz file.
WARC_ARCHIVE = ""
WARC_REPLAY = ""

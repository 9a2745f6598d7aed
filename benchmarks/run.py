"""Run the benchmarks of issue 4 and write RESULTS.md: ``python -m benchmarks.run --size full``."""

from __future__ import annotations

import argparse
import json
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import corpus as corpus_mod
from benchmarks import extraction, measure
from benchmarks.report import render
from benchmarks.timing import REPO, CrawlRun, median


@dataclass(frozen=True)
class Plan:
    """How big and how often: ``smoke`` keeps CI honest, ``full`` produces RESULTS.md."""

    row1_corpus: int
    row1_pages: int
    row1_repeat: int
    crawl_size: int
    crawl_runs: int
    rss_runs: dict[int, int]
    http_size: int
    http_runs: int
    bench_seconds: int | None
    bench_runs: int
    dates: int
    dates_peer: int
    dates_repeat: int
    store_records: int
    store_lookups: int
    store_repeat: int
    rows: tuple[int, ...] = field(default=(1, 2, 3, 4, 5, 6))


PLANS = {
    "smoke": Plan(
        row1_corpus=50, row1_pages=8, row1_repeat=2,
        crawl_size=50, crawl_runs=1, rss_runs={20: 1, 50: 1},
        http_size=50, http_runs=1, bench_seconds=2, bench_runs=1,
        dates=500, dates_peer=50, dates_repeat=2,
        store_records=2_000, store_lookups=500, store_repeat=2,
    ),
    "full": Plan(
        row1_corpus=1_000, row1_pages=200, row1_repeat=5,
        crawl_size=5_000, crawl_runs=3, rss_runs={1_000: 3, 5_000: 3, 20_000: 2},
        http_size=1_000, http_runs=3, bench_seconds=None, bench_runs=3,
        dates=20_000, dates_peer=2_000, dates_repeat=5,
        store_records=1_000_000, store_lookups=50_000, store_repeat=3,
    ),
}  # fmt: skip


def log(message: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {message}", flush=True)


def crawl_summary(runs: list[CrawlRun]) -> dict[str, Any]:
    return {
        "rate": median([r.rate for r in runs]),
        "cpu_rate": median([r.responses / r.cpu for r in runs if r.cpu]),
        "rss_mb": median([r.max_rss_mb for r in runs]),
        "runs": [
            {
                "responses": r.responses,
                "items": r.items,
                "exported": r.extra.get("exported_lines"),
                "elapsed_s": round(float(r.stats.get("elapsed_time_seconds") or 0), 2),
                "wall_s": round(r.wall, 2),
                "cpu_s": round(r.cpu, 2),
                "rate": round(r.rate, 2),
                "max_rss_mb": round(r.max_rss_mb, 1),
                "returncode": r.returncode,
            }
            for r in runs
        ],
    }


def run(plan: Plan, workdir: Path) -> dict[str, Any]:
    runs_dir = workdir / "runs"
    results: dict[str, Any] = {"load_before": os.getloadavg()}
    corpora: dict[int, corpus_mod.Corpus] = {}

    def corpus(size: int) -> corpus_mod.Corpus:
        if size not in corpora:
            log(f"corpus of {size} articles")
            corpora[size] = corpus_mod.build(size, out_dir=workdir)
        return corpora[size]

    if 1 in plan.rows:
        log("row 1: page -> item")
        results["row1"] = measure.row1_extraction(
            corpus(plan.row1_corpus), plan.row1_pages, plan.row1_repeat, peers=True
        )
    crawls: dict[int, list[CrawlRun]] = {}
    if 2 in plan.rows:
        size, full, bare, news = plan.crawl_size, [], [], []
        for n in range(plan.crawl_runs):  # interleaved, like row 1
            log(f"row 2: replay crawl {n + 1}/{plan.crawl_runs} at N={size}")
            full.append(measure.full_crawl(corpus(size), runs_dir, f"full-{size}-{n}"))
            news.append(measure.news_crawl(corpus(size), runs_dir, f"news-{size}-{n}"))
            bare.append(measure.bare_crawl(corpus(size), runs_dir, f"bare-{size}-{n}"))
        crawls[size] = full
        results["row2"] = {
            "size": size,
            "pages": corpus(size).manifest["pages"],
            "full": crawl_summary(full),
            "news": crawl_summary(news),
            "bare": crawl_summary(bare),
        }
    if 3 in plan.rows:
        for size, count in plan.rss_runs.items():
            done = crawls.setdefault(size, [])
            for n in range(len(done), count):
                log(f"row 3: replay crawl {n + 1}/{count} at N={size}")
                done.append(measure.full_crawl(corpus(size), runs_dir, f"full-{size}-{n}"))
        results["row3"] = {str(size): crawl_summary(crawls[size]) for size in plan.rss_runs}
    if 4 in plan.rows:
        ours, bench = [], []
        for n in range(max(plan.http_runs, plan.bench_runs)):
            if n < plan.http_runs:
                log(f"row 4: loopback crawl {n + 1}/{plan.http_runs}")
                ours.append(measure.http_crawl(corpus(plan.http_size), runs_dir, f"http-{n}"))
            if n < plan.bench_runs:
                log(f"row 4: scrapy bench {n + 1}/{plan.bench_runs}")
                bench.append(measure.scrapy_bench(runs_dir, f"bench-{n}", plan.bench_seconds))
        results["row4"] = {
            "size": plan.http_size,
            "ours": crawl_summary(ours),
            "bench": crawl_summary(bench),
        }
    if 5 in plan.rows:
        log("row 5: dates")
        results["row5"] = measure.row5_dates(plan.dates, plan.dates_peer, plan.dates_repeat)
    if 6 in plan.rows:
        log("row 6: DEDUP_STORE")
        results["row6"] = measure.row6_store(
            plan.store_records, plan.store_lookups, plan.store_repeat, workdir
        )
    results["corpora"] = {
        size: {k: v for k, v in c.manifest.items() if k != "urls"} for size, c in corpora.items()
    }
    results["load_after"] = os.getloadavg()
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=sorted(PLANS), default="smoke")
    parser.add_argument("--workdir", type=Path, default=corpus_mod.DEFAULT_DIR)
    parser.add_argument("--out", type=Path, help="default: benchmarks/RESULTS.md for full")
    parser.add_argument(
        "--rows", help="comma-separated subset, e.g. 1,5; 'extraction' for the body benchmark"
    )
    args = parser.parse_args(argv)
    plan = PLANS[args.size]
    out = args.out or (
        REPO / "benchmarks" / "RESULTS.md"
        if args.size == "full"
        else args.workdir / "RESULTS-smoke.md"
    )
    if args.rows:
        names = args.rows.split(",")
        if "extraction" in names:
            names.remove("extraction")
            log("extraction: body text on the article-extraction benchmark")
            table = extraction.render(extraction.measure())
            print(table, flush=True)
            out.parent.mkdir(parents=True, exist_ok=True)
            extraction.write_results(table, out)
            if not names:
                return
        plan = Plan(**{**plan.__dict__, "rows": tuple(int(r) for r in names)})
    started = time.perf_counter()
    results = run(plan, args.workdir)
    results["size"] = args.size
    results["seconds"] = round(time.perf_counter() - started, 1)
    results["date"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    args.workdir.mkdir(parents=True, exist_ok=True)
    (args.workdir / f"results-{args.size}.json").write_text(
        json.dumps(results, indent=1, default=str)
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    previous = out.read_text() if out.exists() else ""
    out.write_text(render(results, plan.__dict__, previous))
    log(f"wrote {out} in {results['seconds']} s")


if __name__ == "__main__":
    main()

"""Timing helpers: repeated CPU-time loops, and crawls as subprocesses with stats and peak RSS."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def per_call(fn: Callable[[Any], object], inputs: Sequence[Any], repeat: int) -> list[float]:
    """CPU seconds per call of ``fn`` over ``inputs``, once per repetition.

    CPU time (not wall time) because the machine is shared: other processes taking the core
    slow the wall clock down but not this process's own CPU time.
    """
    results = []
    for _ in range(repeat):
        started = time.process_time()
        for value in inputs:
            fn(value)
        results.append((time.process_time() - started) / len(inputs))
    return results


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


@dataclass
class CrawlRun:
    """One ``scrapy`` subprocess: its final stats, wall and CPU time, and peak RSS."""

    stats: dict[str, Any]
    wall: float
    cpu: float
    max_rss_mb: float
    returncode: int
    log: Path
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def responses(self) -> int:
        return int(self.stats.get("response_received_count", 0))

    @property
    def rate(self) -> float:
        """Responses per second of crawl time (spider open to close), as Scrapy's stats say."""
        elapsed = float(self.stats.get("elapsed_time_seconds") or 0)
        return self.responses / elapsed if elapsed else 0.0

    @property
    def items(self) -> int:
        return int(self.stats.get("item_scraped_count", 0))


def run_scrapy(
    args: Sequence[str],
    workdir: Path,
    name: str,
    *,
    cwd: Path = REPO,
    env: Mapping[str, str] | None = None,
    timeout: float = 3600,
) -> CrawlRun:
    """Run ``python -m scrapy <args>`` and collect its stats through JsonFileStatsCollector."""
    workdir.mkdir(parents=True, exist_ok=True)
    stats_file, log = workdir / f"{name}.stats.json", workdir / f"{name}.log"
    stats_file.unlink(missing_ok=True)
    command = [
        sys.executable, "-m", "scrapy", *args,
        "-s", "STATS_CLASS=benchmarks.stats.JsonFileStatsCollector",
        "-s", f"BENCH_STATS_FILE={stats_file}",
        "-s", f"LOG_FILE={log}",
        "-s", "LOG_FILE_APPEND=False",
    ]  # fmt: skip
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), full_env.get("PYTHONPATH")]))
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(0.05)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return CrawlRun(
        stats=stats,
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        max_rss_mb=usage.ru_maxrss / 1024,  # KiB on Linux
        returncode=process.returncode,
        log=log,
    )

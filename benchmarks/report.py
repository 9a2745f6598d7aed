"""RESULTS.md from the runner's numbers: machine, versions, summary table, then every run."""

from __future__ import annotations

import json
import os
import platform
import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from benchmarks.timing import REPO

#: Everything below this line in an existing RESULTS.md is hand-written analysis and is kept.
ANALYSIS_MARKER = "<!-- analysis: hand-written below this line, kept by benchmarks.run -->"
PACKAGES = ("scrapy", "lxml", "parsel", "trafilatura", "dateparser", "warcio", "twisted")


def machine() -> dict[str, str]:
    cpu = "unknown"
    with Path("/proc/cpuinfo").open() as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with Path("/proc/meminfo").open() as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": f"{mem_kb / 2**20:.1f} GiB",
        "os": platform.platform(),
        "python": platform.python_version(),
    }


def versions() -> dict[str, str]:
    found = {}
    for name in PACKAGES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found


def commit() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "newscrawl"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return f"{head}{' + uncommitted changes in newscrawl/' if dirty else ''}"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("**met**" if ok else "**missed**")


def summary_rows(r: dict[str, Any]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    if row1 := r.get("row1"):
        ms = row1["ms"]
        ratio = ms["ours"] / ms["parsel"]
        rows.append((
            "1a", "page → item, CPU per page (`extract_article`)",
            f"{ms['ours']:.2f} ms ({1000 / ms['ours']:.0f} pages/s)",
            f"parsel parse + title: {ms['parsel']:.2f} ms ({1000 / ms['parsel']:.0f} pages/s)",
            f"{ratio:.2f}x the parse", "≤ 1.5x", verdict(ratio <= 1.5),
        ))  # fmt: skip
        if ms.get("trafilatura"):
            faster = ms["trafilatura"] / ms["ours"]
            rows.append((
                "1b", "page → item vs trafilatura `bare_extraction(with_metadata=True)`",
                f"{ms['ours']:.2f} ms", f"{ms['trafilatura']:.1f} ms ({1000 / ms['trafilatura']:.0f} pages/s)",
                f"{faster:.1f}x faster", "≥ 8x", verdict(faster >= 8),
            ))  # fmt: skip
        else:
            rows.append(
                ("1b", "vs trafilatura", "—", "trafilatura not installed", "—", "≥ 8x", "n/a")
            )
    if row2 := r.get("row2"):
        share = row2["full"]["rate"] / row2["bare"]["rate"]
        rows.append((
            "2", f"`scrapy crawl firstpost` over the WARC, N={row2['size']:,}",
            f"{row2['full']['rate']:.1f} pages/s", f"bare title spider: {row2['bare']['rate']:.1f} pages/s",
            f"{share:.0%}", "≥ 70%", verdict(share >= 0.70),
        ))  # fmt: skip
        if news := row2.get("news"):
            share = news["rate"] / row2["bare"]["rate"]
            rows.append((
                "2n", f"`scrapy crawl news -a site=<home>` over the same WARC, N={row2['size']:,}",
                f"{news['rate']:.1f} pages/s", f"bare title spider: {row2['bare']['rate']:.1f} pages/s",
                f"{share:.0%}", "≥ 80%", verdict(share >= 0.80),
            ))  # fmt: skip
    if row3 := r.get("row3"):
        sizes = sorted(row3, key=int)
        rss = {s: row3[s]["rss_mb"] for s in sizes}
        growth = rss[sizes[-1]] - rss[sizes[0]]
        rows.append((
            "3", "peak RSS of row 2's crawl",
            " / ".join(f"{int(s):,}: {rss[s]:.0f} MB" for s in sizes), "itself",
            f"+{growth:.0f} MB from {int(sizes[0]):,} to {int(sizes[-1]):,}", "< 50 MB",
            verdict(growth < 50),
        ))  # fmt: skip
    if row4 := r.get("row4"):
        ours, bench = row4["ours"]["rate"] * 60, row4["bench"]["rate"] * 60
        share = ours / bench if bench else 0.0
        rows.append((
            "4", f"crawl over loopback HTTPS, politeness off, N={row4['size']:,}",
            f"{ours:,.0f} pages/min", f"`scrapy bench`: {bench:,.0f} pages/min",
            f"{share:.0%}", "≥ 60%", verdict(share >= 0.60),
        ))  # fmt: skip
    if row5 := r.get("row5"):
        us = row5["us"]
        faster = us["dateparser"] / us["ours"]
        rows.append((
            "5", "date normalization per string (`parse_date`)",
            f"{us['ours']:.1f} µs", f"`dateparser.parse`: {us['dateparser']:.0f} µs",
            f"{faster:.0f}x faster", "≥ 100x", verdict(faster >= 100),
        ))  # fmt: skip
    if row6 := r.get("row6"):
        if not row6.get("landed"):
            rows.append(
                ("6", "DEDUP_STORE lookups", "not landed", "Python set", "—", "≤ 10x", "n/a")
            )
        else:
            rate = row6["per_second"]
            slower = rate["set"] / rate["store"]
            ok = slower <= 10 and row6["file_mb"] < 150 if row6["records"] >= 1_000_000 else None
            rows.append((
                "6", f"DEDUP_STORE (SQLite) at {row6['records']:,} articles",
                f"{rate['store']:,.0f} lookups/s, {row6['file_mb']:.0f} MB on disk",
                f"Python set: {rate['set']:,.0f} lookups/s ({row6['set_mb']:.0f} MB in RAM)",
                f"{slower:.0f}x slower", "≤ 10x, < 150 MB", verdict(ok),
            ))  # fmt: skip
    return rows


def table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def render(results: dict[str, Any], plan: dict[str, Any], previous: str = "") -> str:
    info, pkgs = machine(), versions()
    header = ("#", "what", "ours", "compared with", "ratio", "target", "result")
    corpora = results.get("corpora", {})
    corpus_lines = [
        f"- N={int(size):,}: {c['pages']:,} pages ({c['sections']} sections, {c['listing_pages']} "
        f"listing pages), article pages {c['article_kb_min']}-{c['article_kb_max']} KB "
        f"(median {c['article_kb_median']} KB), {c['html_bytes'] / 2**20:,.0f} MB of HTML, "
        f"WARC {c['warc_bytes'] / 2**20:,.0f} MB, generated in {c['seconds']} s"
        for size, c in sorted(corpora.items(), key=lambda kv: int(kv[0]))
    ]
    parts = [
        "# Benchmark results",
        "",
        (
            f"Size `{results['size']}`, {results['date']}, commit {commit()}, "
            f"{results['seconds']:.0f} s in all. Generated by `python -m benchmarks.run --size "
            f"{results['size']}`; see benchmarks/README.md for what each row measures."
        ),
        "",
        (
            f"Machine: {info['cpu']}, {info['cores']} cores, {info['ram']} RAM, {info['os']}. "
            f"**Shared**: other engineers ran tests at the same time (load average "
            f"{_load(results.get('load_before'))} at the start, "
            f"{_load(results.get('load_after'))} at the end), so every figure is the median of "
            "several runs, contenders are interleaved, and microbenchmarks count CPU time "
            "rather than wall time."
        ),
        "",
        f"Versions: Python {info['python']}, "
        + ", ".join(f"{name} {v}" for name, v in pkgs.items())
        + ".",
        "",
        "## Summary",
        "",
        table(header, summary_rows(results)),
        "",
        "## Corpus",
        "",
        *corpus_lines,
        "",
        "## Every run",
        "",
        "Plan: `" + json.dumps({k: v for k, v in plan.items() if k != "rows"}) + "`",
        "",
        "```json",
        json.dumps(
            {k: v for k, v in results.items() if k.startswith("row")}, indent=1, default=str
        ),
        "```",
        "",
        ANALYSIS_MARKER,
    ]
    kept = previous.split(ANALYSIS_MARKER, 1)[1] if ANALYSIS_MARKER in previous else "\n"
    return "\n".join(parts) + kept


def _load(value: Any) -> str:
    if not value:
        return "?"
    return "/".join(f"{float(v):.1f}" for v in value)

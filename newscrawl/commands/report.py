"""``scrapy report FEED... [-o report.html] [--stats STATS.json]``: the crawl report as HTML."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.sidecars import sidecar

if TYPE_CHECKING:
    import argparse


class Command(ScrapyCommand):
    requires_project = False
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "FEED... [-o report.html] [--stats STATS.json]"

    def short_desc(self) -> str:
        return "Build a self-contained HTML report of feeds and their crawl stats"

    def long_desc(self) -> str:
        return (
            "Build one HTML file, readable offline, from feed files (.jsonl, .json, .csv, "
            ".parquet, each possibly gzipped) and crawl stats files: articles per day and per "
            "section, field fill rates, top tags and authors, duplicates, rejects and errors. "
            "Without --stats, the stats file the crawl wrote beside the first feed "
            "(items.jsonl -> items.jsonl.stats.json) is used when it exists."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "-o", "--output", metavar="FILE", default="report.html", help="report file to write"
        )
        parser.add_argument(
            "--stats",
            metavar="FILE",
            action="append",
            default=[],
            help="stats JSON written by the crawl (may be repeated; counts are added up)",
        )
        parser.add_argument(
            "--days",
            type=int,
            default=60,
            help="longest span of publication dates charted per day (then per week, month, year)",
        )
        parser.add_argument("--top", type=int, default=15, help="how many top tags and authors")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args:
            raise UsageError("give at least one feed file")
        feeds = [Path(arg) for arg in args]
        stats = [Path(arg) for arg in opts.stats]
        beside = sidecar(feeds[0], "stats")
        if not stats and beside.is_file():
            stats = [beside]
        for path in feeds + stats:
            if not path.is_file():
                raise UsageError(f"no such file: {path}")
        try:
            # Imported here: matplotlib and pyarrow cost every other scrapy command ~1 s and ~77 MB.
            from newscrawl.report import build_report

            html = build_report(feeds, stats, days=opts.days, top=opts.top)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        output = Path(opts.output)
        output.write_text(html, encoding="utf-8")
        print(f"Report written to {output}")

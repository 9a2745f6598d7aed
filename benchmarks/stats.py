"""A stats collector that also writes the final stats as JSON to ``BENCH_STATS_FILE``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.statscollectors import MemoryStatsCollector

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class JsonFileStatsCollector(MemoryStatsCollector):
    """Scrapy's default collector, plus one JSON file per crawl for the benchmark runner."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.path = crawler.settings.get("BENCH_STATS_FILE")

    def _persist_stats(self, stats: dict[str, Any]) -> None:
        super()._persist_stats(stats)
        if self.path:
            Path(self.path).write_text(json.dumps(stats, default=str, indent=1, sort_keys=True))

"""The crawl report: feeds and stats in, one self-contained HTML page out (``scrapy report``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscrawl.report.html import render
from newscrawl.report.numbers import DAYS
from newscrawl.report.summary import Report, summarize

if TYPE_CHECKING:
    from pathlib import Path


def build_report(
    feeds: list[Path], stats_files: list[Path], *, days: int = DAYS, top: int = 15
) -> str:
    """The report's HTML for these feed files and stats files."""
    return render(summarize(feeds, stats_files, days=days, top=top))


__all__ = ["Report", "build_report", "render", "summarize"]

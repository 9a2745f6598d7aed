"""Rejecting an item or page: one reason, one ``newscrawl/dropped/<reason>`` stat, one signal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import DropItem

from newscrawl import signals

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector

DROPPED = "newscrawl/dropped"


class Rejected(DropItem):
    """A DropItem that carries its reason and URL, logged at INFO."""

    def __init__(self, reason: str, url: str | None) -> None:
        super().__init__(f"{reason}: {url}", log_level="INFO")
        self.reason = reason
        self.url = url


def count_reject(stats: StatsCollector | None, reason: str) -> None:
    """Count one rejected item or page under its reason."""
    if stats is not None:
        stats.inc_value(f"{DROPPED}/{reason}")
        stats.inc_value(DROPPED)


def reject(stats: StatsCollector | None, reason: str, url: str | None) -> Rejected:
    """Count the reject and return the exception for a pipeline to raise."""
    count_reject(stats, reason)
    return Rejected(reason, url)


def reject_page(crawler: Crawler, reason: str, response: Response) -> None:
    """Count a fetched page that gives no item and tell listeners (the rejects feed) why."""
    count_reject(crawler.stats, reason)
    crawler.signals.send_catch_log(
        signals.page_rejected,
        url=response.url,
        reason=reason,
        response=response,
        spider=crawler.spider,
    )

"""Rejecting an item or page: one DropItem and one ``newscrawl/dropped/<reason>`` stat."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import DropItem

if TYPE_CHECKING:
    from scrapy.statscollectors import StatsCollector

DROPPED = "newscrawl/dropped"


def count_reject(stats: StatsCollector | None, reason: str) -> None:
    """Count one rejected item or page under its reason."""
    if stats is not None:
        stats.inc_value(f"{DROPPED}/{reason}")
        stats.inc_value(DROPPED)


def reject(stats: StatsCollector | None, reason: str, url: str | None) -> DropItem:
    """Count the reject and return the DropItem to raise, logged at INFO with its reason."""
    count_reject(stats, reason)
    return DropItem(f"{reason}: {url}", log_level="INFO")

"""Extensions that kill the crawl with SIGKILL at an exact step, for fault tests.

Enabled with ``-s EXTENSIONS={"tests.killers.KillAfterFeedStored": 0}``. Extensions are built
before the item pipelines, so their signal handlers run first.
"""

from __future__ import annotations

import os
import signal
from typing import TYPE_CHECKING, Any, Self

from scrapy import signals

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class KillAfterFeedStored:
    """SIGKILL once a feed file is stored (renamed into place), before the store records it."""

    def __init__(self, crawler: Crawler) -> None:
        crawler.signals.connect(self.slot_closed, signal=signals.feed_slot_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def slot_closed(self, slot: Any) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

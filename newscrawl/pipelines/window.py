"""DateWindowPipeline: with ``-a since``/``-a until``, only articles published in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter

from newscrawl import context
from newscrawl.dates import to_utc_string
from newscrawl.reasons import reject

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class DateWindowPipeline:
    """Sitemap and feed dates filter before download; this catches what sections found."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DateWindowPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        since, until = context.window(self.crawler.spider)
        if not (since or until):
            return item
        adapter = ItemAdapter(item)
        published = adapter.get("published_at") or ""
        if (since and published < to_utc_string(since)) or (
            until and published > to_utc_string(until)
        ):
            raise reject(self.crawler.stats, "outside_window", adapter.get("url"))
        return item

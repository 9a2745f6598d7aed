"""DateWindowPipeline: with ``-a since``/``-a until``, only articles published in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter

from newscrawl.dates import to_utc_string
from newscrawl.pipelines.reject import reject

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
        args = getattr(self.crawler.spider, "args", None)
        if args is None or args.urls or not (args.since or args.until):
            return item
        adapter = ItemAdapter(item)
        published = adapter.get("published_at") or ""
        if (args.since and published < to_utc_string(args.since)) or (
            args.until and published > to_utc_string(args.until)
        ):
            raise reject(self.crawler.stats, "outside_window", adapter.get("url"))
        return item

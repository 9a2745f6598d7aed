"""RequiredFieldsPipeline: an article without url, title, body or a publication date is dropped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter

from newscrawl.reasons import reject

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

#: The publication date is checked as its raw string: the dates pipeline parses it next.
REQUIRED = ("url", "title", "body", "published_raw")


class RequiredFieldsPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RequiredFieldsPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        for field in REQUIRED:
            if not adapter.get(field):
                name = "published_at" if field == "published_raw" else field
                raise reject(self.crawler.stats, f"missing_{name}", adapter.get("url"))
        return item

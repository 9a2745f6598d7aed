"""DedupePipeline: each article once per run, by canonical URL and by the site's article id."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter

from newscrawl.reasons import reject

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class DedupePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        adapter = ItemAdapter(item)
        keys = [f"url:{adapter.get('url')}"]
        if adapter.get("article_id"):
            keys.append(f"id:{adapter.get('site')}:{adapter['article_id']}")
        if any(key in self.seen for key in keys):
            raise reject(self.crawler.stats, "duplicate", adapter.get("url"))
        self.seen.update(keys)
        return item

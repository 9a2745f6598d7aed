"""Page to exported item without the engine: what a crawl exports for one response."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader
from scrapy.statscollectors import StatsCollector

from newscrawl.arguments import parse_arguments
from newscrawl.pages import NotAnArticle
from newscrawl.pipelines import NormalizeDatesPipeline, RequiredFieldsPipeline
from newscrawl.spiders.base import NewsSpider

if TYPE_CHECKING:
    from scrapy.http import TextResponse

__all__ = ["NotAnArticle", "extract_article", "spider_class"]

#: The pipelines that judge one article on its own (window, dedupe and delta judge a crawl).
ITEM_PIPELINES = (RequiredFieldsPipeline, NormalizeDatesPipeline)


@lru_cache(maxsize=64)
def spider_class(name: str) -> type[NewsSpider]:
    """The spider class registered under ``name`` in this project."""
    # This project's spiders, wherever the caller runs from (no scrapy.cfg lookup).
    cls = SpiderLoader.from_settings(Settings({"SPIDER_MODULES": ["newscrawl.spiders"]})).load(name)
    if not issubclass(cls, NewsSpider):
        raise TypeError(f"{name} is not a news spider")
    return cls


@dataclass
class _Crawl:
    """What the pipelines use of a crawler: its spider and its stats (none kept here)."""

    spider: NewsSpider
    stats: StatsCollector | None = None


@lru_cache(maxsize=64)
def _spider(cls: type[NewsSpider]) -> tuple[NewsSpider, tuple[Any, ...]]:
    spider = cls()
    # No job: the library call has no site list, window or URL list to check.
    spider.args = parse_arguments({}, Settings(), cls.timezone)
    spider.lastmods = {}
    spider.listed_offsets = {}
    spider.site_offsets = {}
    spider.site_clocks = {}
    spider.date_countries = {}
    spider.date_offsets = {}
    spider.date_words = {}
    spider.date_regions = {}
    spider.date_orders = {}
    crawl: Any = _Crawl(spider)
    return spider, tuple(pipeline.from_crawler(crawl) for pipeline in ITEM_PIPELINES)


def extract_article(
    spider: str | type[NewsSpider], response: TextResponse, crawled_at: str
) -> dict[str, Any]:
    """The item a crawl would export for ``response``, dates normalized.

    The spider's own page-to-item step and the real per-article pipelines (required fields,
    dates) run on it. Raises :class:`~newscrawl.pages.NotAnArticle` for pages that are not
    articles and DropItem (a ``Rejected`` with ``.reason``) for articles those pipelines
    would reject.
    """
    cls = spider_class(spider) if isinstance(spider, str) else spider
    instance, pipelines = _spider(cls)  # type: ignore[arg-type]  # classes hash fine
    item: Any = instance.item_from(response, crawled_at)
    try:
        for pipeline in pipelines:
            item = pipeline.process_item(item)
    finally:
        instance.item_settled(item, response)
    return ItemAdapter(item).asdict()

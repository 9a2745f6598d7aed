"""Page to exported item without the engine: what a crawl exports for one response."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from newscrawl.pipelines.dates import normalize_dates
from newscrawl.pipelines.required import REQUIRED
from newscrawl.spiders.base import NewsSpider

if TYPE_CHECKING:
    from scrapy.http import TextResponse


@lru_cache(maxsize=64)
def spider_class(name: str) -> type[NewsSpider]:
    """The spider class registered under ``name`` in this project."""
    # This project's spiders, wherever the caller runs from (no scrapy.cfg lookup).
    cls = SpiderLoader.from_settings(Settings({"SPIDER_MODULES": ["newscrawl.spiders"]})).load(name)
    if not issubclass(cls, NewsSpider):
        raise TypeError(f"{name} is not a news spider")
    return cls


def extract_article(
    spider: str | type[NewsSpider], response: TextResponse, crawled_at: str
) -> dict[str, Any]:
    """The item a crawl would export for ``response``, dates normalized.

    Raises :class:`~newscrawl.pages.NotAnArticle` for pages that are not articles and
    DropItem for articles the required-fields or dates pipelines would reject.
    """
    cls = spider_class(spider) if isinstance(spider, str) else spider
    item = cls.article_page(response).to_item(site=cls.name, crawled_at=crawled_at)
    adapter = ItemAdapter(item)
    missing = [field for field in REQUIRED if not adapter.get(field)]
    if missing:
        raise DropItem(f"missing {', '.join(missing)}")
    failed = normalize_dates(
        item, tz_name=cls.timezone, zones=cls.date_zones, formats=cls.date_formats
    )
    if "published_at" in failed:
        raise DropItem("unparseable_published_at")
    return adapter.asdict()

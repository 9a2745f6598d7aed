"""Memory of a long crawl: each parsed page freed once used, the start-up heap kept out of full collections."""

from __future__ import annotations

import gc
import logging
from typing import TYPE_CHECKING, Any, Self

from scrapy import signals
from scrapy.http import TextResponse

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)


class ReleaseParsedPageMiddleware:
    """Spider middleware: drop a response's parsed tree once its callback's output is consumed.

    Scrapy's ``Selector`` keeps its response and the response caches its selector
    (scrapy#2977): a reference cycle that holds the whole lxml document until a full
    collection. Extracting an article allocates enough to move that cycle into the oldest
    generation, so hundreds of parsed pages (about 1 MB each here) piled up between full
    collections. Once the cycle is cut, reference counting frees each page as soon as
    Scrapy lets go of its response.
    """

    async def process_spider_output(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        try:
            async for output in result:
                yield output
        finally:
            if isinstance(response, TextResponse):
                # A later ``response.selector`` parses again: correct, only slower.
                response._cached_selector = None


class FrozenStartupHeap:
    """Extension: while the spider runs, full collections skip what existed when it opened.

    Modules, settings, site knowledge and parser data (~160,000 objects) live for the whole
    crawl; walking them in every full collection cost about a second per 1,000 pages.
    ``gc.freeze()`` moves them to the permanent generation after one collection (so no
    garbage is frozen); ``gc.unfreeze()`` gives them back when the spider closes, so a
    process running several crawls keeps collecting their leftovers.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        extension = cls()
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        gc.collect()
        gc.freeze()
        logger.debug("Start-up heap frozen: %(count)d objects", {"count": gc.get_freeze_count()})

    def spider_closed(self, spider: Spider) -> None:
        gc.unfreeze()

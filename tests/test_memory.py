"""Parsed pages freed as soon as they are used, and the start-up heap frozen while a spider runs."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from scrapy.http import HtmlResponse
from scrapy.settings.default_settings import SPIDER_MIDDLEWARES_BASE
from scrapy.spiders import Spider
from scrapy.utils.test import get_crawler

from newscrawl import settings
from newscrawl.memory import FrozenStartupHeap, ReleaseParsedPageMiddleware

PAGE = b"<html><head><title>Rates held</title></head><body><p>Text.</p></body></html>"


@pytest.fixture
def no_collector() -> Iterator[None]:
    """Only reference counting frees objects: what a test sees freed was not left to the GC."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _title_callback(response: HtmlResponse) -> AsyncIterator[dict[str, Any]]:
    async def outputs() -> AsyncIterator[dict[str, Any]]:
        yield {"title": response.css("title::text").get()}

    return outputs()


async def _consume(outputs: AsyncIterator[Any]) -> list[Any]:
    return [output async for output in outputs]


def test_without_the_middleware_a_used_response_keeps_its_tree(no_collector: None) -> None:
    # Why the middleware exists (scrapy#2977): the response/selector cycle outlives the callback.
    response = HtmlResponse("https://news.example/a/1", body=PAGE, encoding="utf-8")
    selector = weakref.ref(response.selector)
    assert asyncio.run(_consume(_title_callback(response))) == [{"title": "Rates held"}]
    del response
    assert selector() is not None


def test_the_middleware_frees_the_tree_once_the_output_is_consumed(no_collector: None) -> None:
    response = HtmlResponse("https://news.example/a/1", body=PAGE, encoding="utf-8")
    selector = weakref.ref(response.selector)
    outputs = ReleaseParsedPageMiddleware().process_spider_output(
        response, _title_callback(response)
    )
    assert asyncio.run(_consume(outputs)) == [{"title": "Rates held"}]
    del response
    assert selector() is None


def test_a_response_asked_again_after_the_release_is_parsed_again() -> None:
    response = HtmlResponse("https://news.example/a/1", body=PAGE, encoding="utf-8")
    assert response.selector.root is not None
    outputs = ReleaseParsedPageMiddleware().process_spider_output(
        response, _title_callback(response)
    )
    asyncio.run(_consume(outputs))
    assert response.css("p::text").get() == "Text."


def test_the_release_is_the_outermost_spider_middleware() -> None:
    # Lowest order: its output wrapper runs after every other middleware has seen the output.
    ours = settings.SPIDER_MIDDLEWARES
    order = ours["newscrawl.memory.ReleaseParsedPageMiddleware"]
    others = {**SPIDER_MIDDLEWARES_BASE, **ours}
    del others["newscrawl.memory.ReleaseParsedPageMiddleware"]
    assert all(order < value for value in others.values() if value is not None)


def test_the_heap_is_frozen_only_while_the_spider_runs() -> None:
    crawler = get_crawler(Spider, {"EXTENSIONS": {"newscrawl.memory.FrozenStartupHeap": 900}})
    extension = FrozenStartupHeap.from_crawler(crawler)
    spider = Spider("memory")
    try:
        extension.spider_opened(spider)
        assert gc.get_freeze_count() > 0
    finally:
        extension.spider_closed(spider)
    assert gc.get_freeze_count() == 0
    assert settings.EXTENSIONS.get("newscrawl.memory.FrozenStartupHeap") is not None

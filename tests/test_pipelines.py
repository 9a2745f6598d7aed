"""Pipelines through get_crawler + from_crawler: required fields, dates, dedupe."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from newscrawl.items import Article
from newscrawl.pipelines import DedupePipeline, NormalizeDatesPipeline, RequiredFieldsPipeline
from newscrawl.spiders.firstpost import FirstpostSpider


def crawler_with_spider():
    crawler = get_crawler(FirstpostSpider)
    crawler.spider = FirstpostSpider.from_crawler(crawler)
    return crawler


def article(**fields: object) -> Article:
    base: dict[str, object] = {
        "url": "https://www.firstpost.com/india/rain-returns-13758042.html",
        "site": "firstpost",
        "article_id": "13758042",
        "title": "Rain returns",
        "body": "It rained.",
        "published_raw": "June 5, 2013, 08:23:04 IST",
        "crawled_at": "2026-11-20T10:00:00Z",
    }
    base.update(fields)
    return Article(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        ("url", "missing_url"),
        ("title", "missing_title"),
        ("body", "missing_body"),
        ("published_raw", "missing_published_at"),
    ],
)
def test_required_fields(field: str, reason: str) -> None:
    crawler = crawler_with_spider()
    pipeline = RequiredFieldsPipeline.from_crawler(crawler)
    with pytest.raises(DropItem, match=reason):
        pipeline.process_item(article(**{field: None}))
    assert crawler.stats.get_value(f"newscrawl/dropped/{reason}") == 1
    assert pipeline.process_item(article()) is not None


def test_dates_normalized_with_site_zone() -> None:
    crawler = crawler_with_spider()
    pipeline = NormalizeDatesPipeline.from_crawler(crawler)
    item = pipeline.process_item(
        article(modified_raw="2013-06-05T10:00:00")  # no offset: Asia/Kolkata
    )
    assert item.published_at == "2013-06-05T02:53:04Z"
    assert item.published_raw == "June 5, 2013, 08:23:04 IST"
    assert item.modified_at == "2013-06-05T04:30:00Z"
    assert crawler.stats.get_value("newscrawl/dates/format") == 1
    assert crawler.stats.get_value("newscrawl/dates/iso") == 1


def test_relative_date_uses_crawl_time() -> None:
    pipeline = NormalizeDatesPipeline.from_crawler(crawler_with_spider())
    item = pipeline.process_item(article(published_raw="2 hours ago"))
    assert item.published_at == "2026-11-20T08:00:00Z"


def test_unparseable_modified_keeps_raw_and_is_counted() -> None:
    crawler = crawler_with_spider()
    item = NormalizeDatesPipeline.from_crawler(crawler).process_item(
        article(modified_raw="sometime soon")
    )
    assert item.modified_at is None
    assert item.modified_raw == "sometime soon"
    assert crawler.stats.get_value("newscrawl/dates/failed") == 1


def test_unparseable_published_is_rejected_not_replaced_by_now() -> None:
    crawler = crawler_with_spider()
    with pytest.raises(DropItem, match="unparseable_published_at"):
        NormalizeDatesPipeline.from_crawler(crawler).process_item(article(published_raw="soon"))
    assert crawler.stats.get_value("newscrawl/dropped/unparseable_published_at") == 1


def test_dedupe_by_url_and_by_article_id() -> None:
    crawler = crawler_with_spider()
    pipeline = DedupePipeline.from_crawler(crawler)
    pipeline.process_item(article())
    with pytest.raises(DropItem, match="duplicate"):
        pipeline.process_item(article())
    with pytest.raises(DropItem, match="duplicate"):
        pipeline.process_item(article(url="https://www.firstpost.com/world/rain-13758042.html"))
    pipeline.process_item(
        article(url="https://www.firstpost.com/india/b-13758043.html", article_id="13758043")
    )
    assert crawler.stats.get_value("newscrawl/dropped/duplicate") == 2


def test_dedupe_takes_a_trailing_slash_or_index_page_for_the_same_page() -> None:
    """One story linked as ``/rain/``, ``/rain`` and ``/rain/index.html`` (no canonical link,
    no id in its URL) is one article."""
    crawler = crawler_with_spider()
    pipeline = DedupePipeline.from_crawler(crawler)
    pipeline.process_item(article(url="https://example.com/news/rain-returns/", article_id=None))
    for again in (
        "https://example.com/news/rain-returns",
        "https://example.com/news/rain-returns/index.html",
    ):
        with pytest.raises(DropItem, match="duplicate"):
            pipeline.process_item(article(url=again, article_id=None))
    pipeline.process_item(article(url="https://example.com/news/rain-returns-2", article_id=None))
    assert crawler.stats.get_value("newscrawl/dropped/duplicate") == 2


def test_dedupe_keeps_the_translations_of_one_id() -> None:
    crawler = crawler_with_spider()
    pipeline = DedupePipeline.from_crawler(crawler)
    pipeline.process_item(
        article(url="https://example.com/news/2026/11/29/7512345/", language="uk")
    )
    pipeline.process_item(
        article(url="https://example.com/rus/news/2026/11/29/7512345/", language="ru")
    )
    pipeline.process_item(
        article(url="https://example.com/eng/news/2026/11/29/7512345/", language="en")
    )
    with pytest.raises(DropItem, match="duplicate"):
        pipeline.process_item(
            article(url="https://example.com/amp/news/2026/11/29/7512345/", language="uk-UA")
        )
    with pytest.raises(DropItem, match="duplicate"):
        pipeline.process_item(article(url="https://example.com/m/news/7512345/", language=None))
    assert crawler.stats.get_value("newscrawl/dropped/duplicate") == 2

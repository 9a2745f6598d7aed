"""Link following of the firstpost spider, offline, with in-memory responses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from newscrawl.spiders.base import ARTICLE_PRIORITY
from newscrawl.spiders.firstpost import FirstpostSpider

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "firstpost"
HOME = "https://www.firstpost.com/"


def make_spider(**settings: object) -> FirstpostSpider:
    crawler = get_crawler(FirstpostSpider, settings)
    crawler.spider = FirstpostSpider.from_crawler(crawler)
    return crawler.spider


def follow(spider: FirstpostSpider, url: str, body: bytes, meta: dict[str, object] | None = None):
    request = Request(url, meta=meta or {})
    response = HtmlResponse(url=url, body=body, encoding="utf-8", request=request)
    requests = [r for r in spider._requests_to_follow(response) if r is not None]
    articles = {r.url for r in requests if r.priority == ARTICLE_PRIORITY}
    listings = {r.url: r for r in requests if r.priority != ARTICLE_PRIORITY}
    return articles, listings


@pytest.mark.parametrize("name", ["home-2021-08.html", "home-2020-09-static-fallback.html"])
def test_real_home_pages_give_every_text_article(name: str) -> None:
    path = REFERENCE / name
    if not path.exists():
        pytest.skip(
            f"{path} is absent: the real home pages live only in ../shared, not in this repo"
        )
    body = path.read_bytes()
    linked = set(re.findall(rb"https://www\.firstpost\.com/[\w/-]+-\d{7,8}\.html", body))
    text_articles = {u.decode() for u in linked if not re.search(rb"/(photos|videos)/", u)}
    articles, listings = follow(make_spider(), HOME, body)
    assert articles == text_articles
    assert len(articles) >= 30
    assert "https://www.firstpost.com/category/india" in listings
    assert "https://www.firstpost.com/tech/" in listings
    assert not [u for u in listings if re.search(r"/(tag|author|videos|photos|shows)/", u)]


PAGE = b"""<html><head><link rel="next" href="/category/india/page/2"></head><body>
<nav><a href="/category/india">India</a><a href="https://www.firstpost.com/world/">World</a></nav>
<a class="en-nw-list" href="/india/rain-returns-13758042.html">Rain</a>
<a href="https://www.firstpost.com/india/rain-returns-13758042.html?utm_source=x#top">Rain again</a>
<a href="http://firstpost.com/india/rain-returns-13758042.html/amp">AMP</a>
<a href="/videos/india/rain-video-13758043.html">Video</a>
<a href="/photos/india-gallery/rain-13758044.html">Photos</a>
<a href="/web-stories/india/rain-13758045.html">Story</a>
<a href="/tag/rain">Tag</a><a href="/author/fp-staff/">Author</a>
<a href="/firstcricket/cricket-live-score/ind-vs-eng-full/123/45678.html">Score</a>
<a href="javascript:void(0)">JS</a><a href="mailto:desk@firstpost.com">Mail</a>
<a href="https://www.example.com/india/elsewhere-13758046.html">Elsewhere</a>
<ul class="pagination"><li class="next"><a href="/category/india/page/9">9</a></li></ul>
</body></html>"""


def test_article_links_are_canonical_and_text_only() -> None:
    articles, _ = follow(make_spider(), "https://www.firstpost.com/category/india", PAGE)
    assert articles == {"https://www.firstpost.com/india/rain-returns-13758042.html"}


def test_pagination_stops_at_max_pages_and_keeps_depth() -> None:
    spider = make_spider(NEWSCRAWL_MAX_PAGES=5)
    _, listings = follow(
        spider, "https://www.firstpost.com/category/india", PAGE, {"newscrawl_section_depth": 1}
    )
    assert "https://www.firstpost.com/category/india/page/2" in listings
    assert "https://www.firstpost.com/category/india/page/9" not in listings
    assert (
        listings["https://www.firstpost.com/category/india/page/2"].meta["newscrawl_section_depth"]
        == 1
    )
    assert listings["https://www.firstpost.com/world/"].meta["newscrawl_section_depth"] == 2
    assert spider.crawler.stats.get_value("newscrawl/listing/page_limit") == 1


def test_section_hops_stop_at_depth() -> None:
    spider = make_spider(NEWSCRAWL_SECTION_DEPTH=1)
    articles, listings = follow(
        spider, "https://www.firstpost.com/category/india", PAGE, {"newscrawl_section_depth": 1}
    )
    assert "https://www.firstpost.com/world/" not in listings
    assert "https://www.firstpost.com/category/india/page/2" in listings
    assert articles


def test_max_pages_argument_overrides_setting() -> None:
    crawler = get_crawler(FirstpostSpider, {"NEWSCRAWL_MAX_PAGES": 5})
    assert FirstpostSpider.from_crawler(crawler, max_pages="12").max_pages == 12


@pytest.mark.parametrize("value", ["0", "-3", "many", "2.5"])
def test_bad_max_pages_names_the_argument(value: str) -> None:
    crawler = get_crawler(FirstpostSpider)
    with pytest.raises(Exception, match="max_pages"):
        FirstpostSpider.from_crawler(crawler, max_pages=value)


def test_non_article_page_is_counted_reject() -> None:
    spider = make_spider()
    url = "https://www.firstpost.com/india/empty-shell-13758050.html"
    response = HtmlResponse(
        url=url,
        body=b"<html><body><h1>Oops</h1></body></html>",
        encoding="utf-8",
        request=Request(url),
    )
    assert list(spider.parse_article(response)) == []
    assert spider.crawler.stats.get_value("newscrawl/dropped/no_body") == 1


class RobotsOnlySpider(FirstpostSpider):
    """A site file whose sitemaps are all named in robots.txt (no sitemap_urls of its own)."""

    name = "robots-only"
    sitemap_urls = ()
    daily_sitemap_url = None


def _start(spider: FirstpostSpider) -> list[str]:
    import asyncio

    async def collect() -> list[str]:
        return [request.url async for request in spider.start()]

    return asyncio.run(collect())


@pytest.mark.parametrize(
    ("spider_class", "sources", "robots_requests"),
    [
        (FirstpostSpider, "sections,sitemaps", 0),  # the home page makes Scrapy fetch it
        (FirstpostSpider, "sitemaps", 0),  # so do the site's own sitemaps
        (RobotsOnlySpider, "sections,sitemaps", 0),
        (RobotsOnlySpider, "sitemaps", 1),  # nothing else goes to the host: ask for it
    ],
)
def test_robots_txt_requested_by_discovery_only_when_nothing_else_fetches_it(
    spider_class: type[FirstpostSpider], sources: str, robots_requests: int
) -> None:
    from types import SimpleNamespace

    from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware

    crawler = get_crawler(spider_class, {"ROBOTSTXT_OBEY": True})
    robots = RobotsTxtMiddleware(crawler)
    downloader = SimpleNamespace(middleware=SimpleNamespace(middlewares=[robots]))
    crawler.engine = SimpleNamespace(downloader=downloader)  # type: ignore[assignment]
    spider = spider_class.from_crawler(crawler, sources=sources)
    urls = _start(spider)
    assert urls.count(HOME + "robots.txt") == robots_requests
    assert spider.robots_awaited == ({HOME + "robots.txt"} if not robots_requests else set())

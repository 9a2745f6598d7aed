"""Firstpost (www.firstpost.com): the 2023- "mfp" design and the 2019-2021 "FP2.0" design."""

from __future__ import annotations

import re
from datetime import timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

from itemloaders.processors import MapCompose
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import Rule

from newscrawl import processors as p
from newscrawl.loaders import ArticleLoader
from newscrawl.pages import ArticlePage
from newscrawl.spiders.base import NewsSpider

#: India Standard Time. dateparser would read "IST" as Israel (+02:00).
IST = timezone(timedelta(hours=5, minutes=30))
HOST = r"https?://(?:(?:www|m)\.)?firstpost\.com(?::\d+)?"
# Not text articles: videos, galleries, web stories, shows, scorecards, tag and author pages.
NOT_TEXT = (
    (
        r"/(?:videos|photos|web-stories|shows|tag|tags|author|authors|search|live-tv|"
        r"cricket-live-score|watch-videos|wp-content|static|commonfeeds|rss|feeds?)(?:/|$)"
    ),
    r"-gallery(?:/|$)",
    (
        r"/(?:about|contact|privacy|cookie|terms|advertise|newsletter|login|subscribe|epaper|"
        r"sitemap)[\w-]*/?$"
    ),
)
ARTICLE = re.compile(
    HOST + r"/(?:[\w-]+/){1,4}[\w-]+-\d{6,9}\.html(?:/(?:amp|feed|active))?/?(?:[?#].*)?$",
    re.IGNORECASE,
)
LISTING = re.compile(HOST + r"(?:/[a-z0-9-]+){1,5}/?(?:\?page=\d+)?$", re.IGNORECASE)


def drop_ad_label(value: str) -> str | None:
    """Firstpost's in-body ad label is no paragraph.

    >>> drop_ad_label("STORY CONTINUES BELOW THIS AD") is None
    True
    """
    return None if value.strip().lower() == "story continues below this ad" else value


def drop_placeholder(value: str) -> str | None:
    """The lazy-loading logo Firstpost puts in ``src`` is not the lead image.

    >>> drop_placeholder("/static/images/fplogo_placeholder_640x362.jpg") is None
    True
    """
    return None if "placeholder" in value.lower() else value


class FirstpostLoader(ArticleLoader):
    body_in = MapCompose(p.clean_text, p.drop_boilerplate, drop_ad_label)
    image_url_in = MapCompose(p.clean_text, drop_placeholder, p.absolute_url)


class FirstpostArticle(ArticlePage):
    loader_class = FirstpostLoader
    site_title = "Firstpost"
    host_aliases = {"firstpost.com": "www.firstpost.com", "m.firstpost.com": "www.firstpost.com"}
    article_url = re.compile(
        r"^https://www\.firstpost\.com/(?:[\w-]+/){1,4}[\w-]+-(\d{6,9})\.html$"
    )
    drop_query = True
    # AMP, feed and "active" views of an article are the article itself.
    url_rewrites = (
        (re.compile(r"(\.html?)/(?:amp|feed|active)/?$"), r"\1"),
        (re.compile(r"^/amp(/.*\.html?)$"), r"\1"),
    )
    # The 2019-2021 pages append further articles below the first one.
    scope_css = ("div.mainArticlediv",)
    css = {
        "title": ("h1.inner-main-title ::text", "h1.post-title ::text"),
        "description": (
            "div.art-desc span.less-cont ::text",
            "h2.less-cont ::text",
            "div.art-desc p ::text",
            "p.inner-copy ::text",
        ),
        "authors": ("div.art-dtls-info a ::text", "div.author-info span.article-by ::text"),
        "tags": ("div.tag-cont-wp a ::text", "div.tags-wrap ul.tags-list li a ::text"),
        "image_url": (
            "div.article-img img::attr(data-src)",
            "div.article-img img::attr(src)",
            "div.art-img img::attr(src)",
        ),
        "body": ("div.art-content", "div.article-full-content", "div.text-content-wrap"),
    }
    published_css = ("div.art-dtls-info", "div.author-info")
    modified_css = ("p.author-info span.article-date", "div.art-dtls-info .updated")

    def section(self) -> list[Any]:
        """Firstpost's section is the first segment of every article URL."""
        segments = urlsplit(self.canonical_url).path.strip("/").split("/")
        return [segments[0].lower()] if len(segments) > 1 else []


class FirstpostSpider(NewsSpider):
    name = "firstpost"
    allowed_domains = ["firstpost.com"]
    start_urls = ["https://www.firstpost.com/"]
    sitemap_urls = (
        "https://www.firstpost.com/commonfeeds/v1/mfp/sitemap/google-news.xml",
        "https://www.firstpost.com/news-sitemap.xml",
    )
    daily_sitemap_url = "https://www.firstpost.com/commonfeeds/v1/mfp/sitemap/daily/{day}.xml"
    syndication_urls = tuple(
        f"https://www.firstpost.com/commonfeeds/v1/mfp/rss/{name}.xml"
        for name in (
            "home",
            "india",
            "world",
            "politics",
            "business",
            "sports",
            "tech",
            "entertainment",
            "health",
            "opinion",
            "explainers",
        )
    ) + tuple(
        f"https://www.firstpost.com/rss/{name}.xml"
        for name in (
            "india",
            "politics",
            "world",
            "business",
            "sports",
            "tech",
            "bollywood",
            "firstcricketnews",
        )
    )
    timezone = "Asia/Kolkata"
    date_zones = {"IST": IST}
    # All-numeric dates (05/06/2013) are day first in India.
    date_order = "DMY"
    article_page = FirstpostArticle
    rules = (
        Rule(
            LinkExtractor(allow=ARTICLE, deny=NOT_TEXT),
            callback="parse_article",
            follow=False,
            process_links="canonical_links",
            process_request="article_request",
        ),
        Rule(
            LinkExtractor(allow=LISTING, deny=(*NOT_TEXT, r"\.\w+$"), tags=("a", "area", "link")),
            follow=True,
            process_links="listing_links",
            process_request="follow_listing",
        ),
    )

"""Firstpost (www.firstpost.com): the 2023- "mfp" design and the 2019-2021 "FP2.0" design."""

from __future__ import annotations

import re
from datetime import timedelta, timezone

from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import Rule

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


class FirstpostArticle(ArticlePage):
    site_title = "Firstpost"
    host_aliases = {"firstpost.com": "www.firstpost.com", "m.firstpost.com": "www.firstpost.com"}
    article_url = re.compile(
        r"^https://www\.firstpost\.com/(?:[\w-]+/){1,4}[\w-]+-(\d{6,9})\.html$"
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


class FirstpostSpider(NewsSpider):
    name = "firstpost"
    allowed_domains = ["firstpost.com"]
    start_urls = ["https://www.firstpost.com/"]
    sitemap_urls = (
        "https://www.firstpost.com/commonfeeds/v1/mfp/sitemap/google-news.xml",
        "https://www.firstpost.com/news-sitemap.xml",
    )
    daily_sitemap_url = "https://www.firstpost.com/commonfeeds/v1/mfp/sitemap/daily/{day}.xml"
    feed_urls = tuple(
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

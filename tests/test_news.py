"""The generic ``news`` spider: URL shapes, arguments, and whole crawls of three site shapes."""

from __future__ import annotations

import dataclasses
import json
import pickle
import re
import subprocess
import sys
from datetime import timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

import pytest
from scrapy import Request
from scrapy.exceptions import UsageError
from scrapy.http import HtmlResponse, TextResponse
from scrapy.http.request import NO_CALLBACK
from scrapy.settings import Settings
from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler

from newscrawl import context
from newscrawl.pipelines.dates import normalize_dates
from newscrawl.spiders.news import GenericArticle, GenericNewsSpider, Site, never_article
from tests.newssite import ROOT, SHAPES, NewsSite, crawl_news

_REQUESTED = re.compile(
    r"(?:Crawled \(\d+\) <GET (?P<crawled>\S+)>"
    r"|Redirecting \(\d+\) to <GET \S+> from <GET (?P<redirected>\S+)>"
    r"|Retrying <GET (?P<retried>\S+)>)"
)


def requested(log: str) -> set[str]:
    return {
        next(url for url in match.groupdict().values() if url) for match in _REQUESTED.finditer(log)
    }


# -- article or not, before download ---------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.x.example/2026/11/24/council-approves-bus-lanes/",
        "https://www.x.example/news/2026/11/24/rain/",
        "https://www.x.example/world/rain-returns-13758042.html",
        "https://www.x.example/news/world/harbor-pilots-end-strike-48213377",
        "https://www.x.example/news/article/482913/rain-returns",
        "https://www.x.example/kreuzberg-market-hall-opens-on-sundays/",
        "https://www.x.example/city/bakers-open-kitchen",  # two words under a nav section
        "https://www.x.example/story/bakers-strike",  # under an article segment
        # Turkish shapes; a columnist's column (under /yazarlar/, columnists) is an article
        "https://www.x.example/haber/123457/belediye-meclisinden-su-zammina-ret",
        "https://www.x.example/gundem/liman-iscileri-is-birakti-123464",
        "https://www.x.example/yazarlar/selin-arslan/butce-gorusmeleri-123470",
    ],
)
def test_article_shaped_urls(url: str) -> None:
    site = Site(home="https://www.x.example/", key="x.example", section_paths={"/city/"})
    assert site.is_article_url(url)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://www.x.example/tag/transport/", "not_article"),
        ("https://www.x.example/author/jo-marsh/", "not_article"),
        ("https://www.x.example/2026/11/14/", "not_article"),
        ("https://www.x.example/2026/11/", "not_article"),
        ("https://www.x.example/search/?q=rain", "not_article"),
        ("https://www.x.example/?s=rain", "not_article"),
        ("https://www.x.example/privacy-policy/", "not_article"),
        ("https://www.x.example/about-us/", "not_article"),
        ("https://www.x.example/login", "not_article"),
        ("https://www.x.example/category/politics/page/2/", "not_article"),
        ("https://www.x.example/video/2026/11/12/first-look-at-the-depot/", "media"),
        ("https://www.x.example/photos/in-pictures-the-lantern-festival-12345678", "media"),
        ("https://www.x.example/podcasts/the-morning-show-episode-4/", "media"),
        ("https://www.x.example/fotos/noticia/2026/11/22/festa-da-uva-em-fotos.ghtml", "media"),
        ("https://www.x.example/galeria/feria-de-la-uva-en-imagenes-483877", "media"),
        ("https://www.x.example/fotogalerias/", "media"),
        ("https://www.x.example/fotogalerias/2026/11/23/las-fotos-de-la-feria-del-libro/", "media"),
        ("https://www.x.example/tudo-sobre/camara-municipal-de-sao-bento/", "not_article"),
        ("https://www.x.example/autor/ana-maria-ruiz/", "not_article"),
        ("https://www.x.example/web-stories/ten-things-to-do-this-weekend/", "media"),
        ("https://www.x.example/bilder/so-schoen-war-das-weinfest-a-4e5f6a7b.html", "media"),
        ("https://www.x.example/fotostrecke/weinfest-in-muehlheim-fotostrecke-142.html", "media"),
        ("https://www.x.example/autoren/anna-beispiel/", "not_article"),
        ("https://www.x.example/themen/krieg-in-der-ukraine/", "not_article"),
        ("https://www.x.example/wp-content/uploads/2026/11/bridge-photo-large.jpg", "not_article"),
        # Nordic galleries, tag, topic and author pages
        ("https://www.x.example/bildspel/lucia-i-domkyrkan/g4h8m2xq", "media"),
        ("https://www.x.example/bildspel/", "media"),
        ("https://www.x.example/tagg/kollektivtrafik/", "not_article"),
        ("https://www.x.example/amne/sport/", "not_article"),
        ("https://www.x.example/skribent/anna-lindqvist/", "not_article"),
        ("https://www.x.example/emne/fjordsambandet-far-ny-ferje/", "not_article"),
        # Turkish: tag, author and search pages, photo and video galleries
        ("https://www.x.example/etiket/karacam-buyuksehir-belediye-meclisi/", "not_article"),
        ("https://www.x.example/yazar/ayse-yilmaz/", "not_article"),
        ("https://www.x.example/arama?q=tramvay", "not_article"),
        ("https://www.x.example/foto-galeri/karacam-festivalinden-renkli-kareler-123481", "media"),
        ("https://www.x.example/galeri/sahilde-gun-batimi-123482", "media"),
        ("https://www.x.example/video-galeri/sel-sularinin-cekildigi-anlar-123480", "media"),
        # Greek sites in Greeklish: video and photo sections, author, tag and search pages
        ("https://www.x.example/vinteo/", "media"),
        ("https://www.x.example/vinteo/561234600/to-limani-apo-psila/", "media"),
        ("https://www.x.example/fotografies/561234610/to-panigyri-se-eikones/", "media"),
        ("https://www.x.example/syntaktes/giorgos-papadopoulos/", "not_article"),
        ("https://www.x.example/etiketes/limani/", "not_article"),
        ("https://www.x.example/anazitisi/?q=limani", "not_article"),
        # Polish: videos, photos, topic, tag and author pages
        ("https://www.x.example/wideo/wichura-nad-miastem-6970236654629999v.html", "media"),
        ("https://www.x.example/wideo/", "media"),
        ("https://www.x.example/zdjecia/artykul/12346050,pierwszy-snieg.html", "media"),
        ("https://www.x.example/temat/pogoda", "not_article"),
        ("https://www.x.example/tagi/sejm/", "not_article"),
        ("https://www.x.example/autorzy/anna-kowalska", "not_article"),
        # Hungarian: picture galleries, videos, tag, author and search pages
        ("https://www.x.example/kepgaleria/2026/11/igy-nez-ki-a-sugarut", "media"),
        ("https://www.x.example/videok/2026/11/a-tisza-dronrol", "media"),
        ("https://www.x.example/cimke/villamos/", "not_article"),
        ("https://www.x.example/szerzo/kovacs-peter/", "not_article"),
        ("https://www.x.example/kereses/?q=villamos", "not_article"),
        # BLOX CMS names each asset by its type and a UUID: videos and galleries ("collection")
        (
            "https://www.x.example/news/local/storm/video_5f2c1a8e-9b3d-11ef-8c2a-0b7d4e1f2a3c.html",
            "media",
        ),
        (
            "https://www.x.example/news/local/fair/collection_5f2c1a8e-9b3d-11ef-8c2a-0b7d4e1f.html",
            "media",
        ),
        # print versions of a story (Joomla's "tmpl=component"), and Joomla's mail form
        (
            "https://www.x.example/index.php/lokales/1432-neue-buslinie?tmpl=component&print=1",
            "not_article",
        ),
        ("https://www.x.example/news/bridge-vote-goes-ahead-after-debate/?print=1", "not_article"),
        (
            "https://www.x.example/news/bridge-vote-goes-ahead-after-debate?view=print",
            "not_article",
        ),
        (
            "https://www.x.example/index.php/component/mailto/?tmpl=component&link=ab1",
            "not_article",
        ),
        # Joomla's front controller is neither a section nor the article: its home page
        ("https://www.x.example/index.php", "not_article"),
    ],
)
def test_never_article_urls(url: str, why: str) -> None:
    assert never_article(url) == why
    site = Site(home="https://www.x.example/", key="x.example")
    assert not site.is_article_url(url)


@pytest.mark.parametrize(
    ("url", "article"),
    [
        # WordPress's plain permalinks: a post by its number at the root; pages, categories,
        # authors and comment replies are not posts
        ("https://www.x.example/?p=4521", True),
        ("https://www.x.example/index.php?p=4521", True),
        ("https://www.x.example/?page_id=2", False),
        ("https://www.x.example/?cat=3", False),
        ("https://www.x.example/?author=1", False),
        ("https://www.x.example/?p=4521&replytocom=7", False),
        # Joomla without SEF URLs: an article view, not a category's
        (
            "https://www.x.example/index.php?option=com_content&view=article&id=1432:bus&Itemid=8",
            True,
        ),
        ("https://www.x.example/index.php?option=com_content&view=category&id=8&Itemid=8", False),
        # Drupal without clean URLs: a node, not a search for words
        ("https://www.x.example/?q=node/123", True),
        ("https://www.x.example/?q=bridge+vote", False),
        ("https://www.x.example/?q=node/123&print=1", False),
        ("https://www.x.example/", False),
        # a story script's id, however short, on a small home-grown site; not a page number,
        # nor another script's id
        ("https://www.x.example/news.php?id=451", True),
        ("https://www.x.example/NewsDetail.aspx?ID=82", True),
        ("https://www.x.example/news.php?page=2", False),
        ("https://www.x.example/category.php?id=5", False),
    ],
)
def test_an_article_named_by_its_query_alone(url: str, article: bool) -> None:
    site = Site(home="https://www.x.example/", key="x.example")
    assert site.is_article_url(url) is article
    if article:
        assert never_article(url) is None


@pytest.mark.parametrize(
    ("url", "listing"),
    [
        ("https://www.x.example/?cat=3", True),
        ("https://www.x.example/?category_name=local-news", True),
        ("https://www.x.example/index.php?option=com_content&view=category&id=8&Itemid=8", True),
        ("https://www.x.example/?p=4521", False),
        ("https://www.x.example/?page_id=2", False),
        ("https://www.x.example/?s=bridge", False),
    ],
)
def test_a_section_named_by_its_query_alone(url: str, listing: bool) -> None:
    """WordPress's plain permalinks and Joomla without SEF URLs list a section by a query."""
    site = Site(home="https://www.x.example/", key="x.example")
    assert site.is_listing_url(url) is listing
    # the root is a listing, never the reason its posts are not articles
    site.section_paths.add("/")
    assert site.is_article_url("https://www.x.example/?p=4521")


def test_a_blox_story_or_a_story_about_a_video_is_an_article_url() -> None:
    site = Site(home="https://www.x.example/", key="x.example")
    for url in (
        "https://www.x.example/news/local/fair/article_5f2c1a8e-9b3d-11ef-8c2a-0b7d4e1f.html",
        "https://www.x.example/news/video-shows-the-storm-over-the-river/",
    ):
        assert never_article(url) is None
        assert site.is_article_url(url)


def test_sections_are_listings_not_articles() -> None:
    site = Site(
        home="https://www.x.example/",
        key="x.example",
        section_paths={"/news/local-news-and-politics/", "/business/"},
    )
    assert not site.is_article_url("https://www.x.example/news/local-news-and-politics/")
    assert site.is_listing_url("https://www.x.example/news/local-news-and-politics/")
    # "/news/local-news-and-politics/": a section listed under a generic "news" folder
    assert site.sections == frozenset({"business", "local-news-and-politics"})


def test_a_sub_section_listed_without_its_section_names_the_section() -> None:
    """An Escenic menu lists "/business/markets/" and "/opinion/editorial/" alone: their
    stories ("/business/markets/<slug>/article<id>.ece") had no section."""
    site = Site(
        home="https://www.x.example/",
        key="x.example",
        section_paths={"/business/markets/", "/opinion/editorial/", "/2026/11/", "/tag/budget/"},
    )
    assert site.sections == frozenset({"business", "opinion"})


def test_sections_under_a_folder_of_sections_are_named_by_their_second_segment() -> None:
    """Persian agencies list their desks as ``/service/society``: the section is "society"."""
    site = Site(
        home="https://www.x.example/",
        key="x.example",
        section_paths={"/service/society", "/service/Economy", "/multimedia/photo", "/sport"},
    )
    assert site.sections == frozenset({"society", "economy", "sport"})
    # WordPress lists its sections as categories: "/category/politics/"
    wordpress = Site(
        home="https://www.x.example/", key="x.example", section_paths={"/category/politics/"}
    )
    assert wordpress.sections == frozenset({"politics"})


def test_a_locale_in_a_path_is_no_section() -> None:
    """A corporate or portal site's ``/en-us/`` is its locale's edition, ``/en-us.html`` the
    locale's home page its breadcrumb links as "Home": neither is a section."""
    site = Site(
        home="https://www.x.example/",
        key="x.example",
        section_paths={"/en-us/health/", "/en-us.html", "/fr-be/", "/news-and-events", "/op-ed/"},
    )
    # "op-ed" is shaped like a locale, but "op" is no language
    assert site.sections == frozenset({"health", "news-and-events", "op-ed"})


def test_a_page_read_alone_takes_its_sections_from_its_own_menu() -> None:
    """``extract_article`` has no home page: the page's menu names the sections a crawl
    would have learned from the home page's, and a locale prefix is no section."""
    from newscrawl.extract import extract_article

    text = "".join(
        f"<p>The clinic on Harbour Road will stay open until nine on weekdays, part {n}.</p>"
        for n in range(4)
    )
    html = (
        "<html lang='en-US'><head><title>Clinic hours grow</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2026-11-24T09:00:00Z'></head><body>"
        "<nav><a href='/en-us.html'>Home</a> <a href='/en-us/health/'>Health</a> "
        "<a href='/en-us/travel/'>Travel</a></nav><main><article>"
        "<div class='breadcrumb'><a href='/en-us.html'>Home</a></div>"
        f"<h1>Clinic hours grow</h1><p>November 24, 2026</p>{text}</article></main></body></html>"
    )
    url = "https://www.x.example/en-us/health/other/clinic-hours-grow/ar-AA1x2y3"
    item = extract_article("news", HtmlResponse(url, body=html.encode()), "2026-11-30T10:00:00Z")
    assert item["section"] == "health"
    alone = html.replace("<nav>", "<div>").replace("</nav>", "</div>")
    item = extract_article("news", HtmlResponse(url, body=alone.encode()), "2026-11-30T10:00:00Z")
    assert item["section"] is None  # no menu: no section the site is known to have


# -- arguments -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named"),
    [
        ({}, "site"),
        ({"site": "not a url"}, "site"),
        ({"site": "ftp://www.x.example/"}, "site"),
        ({"site": "https://www.x.example/", "timezone": "Mars/Olympus"}, "timezone"),
        ({"sites_file": "/nonexistent/sites.txt"}, "sites_file"),
    ],
)
def test_bad_arguments_name_the_argument(args: dict[str, str], named: str) -> None:
    with pytest.raises(UsageError, match=named):
        GenericNewsSpider.check_arguments(args, Settings())


def test_sites_file_and_several_sites(tmp_path: Path) -> None:
    sites = tmp_path / "sites.txt"
    sites.write_text(
        "# papers\nhttps://www.a.example/\n\nhttps://b.example/news/  # the news front\n",
        encoding="utf-8",
    )
    parsed = GenericNewsSpider.check_arguments(
        {"sites_file": str(sites), "site": "https://www.c.example/", "timezone": "Europe/Berlin"},
        Settings(),
    )
    assert parsed.sites == (
        "https://www.c.example/",
        "https://www.a.example/",
        "https://b.example/news/",
    )
    assert parsed.timezone == "Europe/Berlin"


def test_bad_site_stops_the_crawl_with_exit_2(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=www.x", "-O",
         str(tmp_path / "out.jsonl")],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "site must be" in proc.stderr


def test_unreachable_site_stops_the_crawl_with_exit_2(tmp_path: Path) -> None:
    site = NewsSite(SHAPES["wordpress"])
    warc = site.write(tmp_path / "site.warc.gz")
    proc = crawl_news(warc, tmp_path / "out.jsonl", "-a", "site=https://www.not-recorded.example/")
    assert proc.returncode == 2, proc.stderr[-3000:]
    errors = [line for line in proc.stderr.splitlines() if " ERROR: " in line]
    # The first error names the site; the health report that follows says the crawl failed.
    assert "site https://www.not-recorded.example/ is unreachable" in errors[0], errors
    assert "is unreachable: HTTP 404" in errors[0]
    stats = json.loads((tmp_path / "out.jsonl.stats.json").read_text(encoding="utf-8"))
    assert stats["finish_reason"] == "site_unreachable"


# -- whole crawls ----------------------------------------------------------------------


@pytest.fixture(scope="module", params=sorted(SHAPES))
def crawled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[NewsSite, subprocess.CompletedProcess[str], list[dict[str, object]]]:
    site = NewsSite(SHAPES[request.param])
    folder = tmp_path_factory.mktemp(request.param)
    out = folder / "out.jsonl"
    proc = crawl_news(site.write(folder / "site.warc.gz"), out, "-a", f"site={site.home}")
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return site, proc, items


def test_crawl_exports_each_text_article_once(crawled: tuple) -> None:  # type: ignore[type-arg]
    site, proc, items = crawled
    assert proc.returncode == 0, proc.stderr[-3000:]
    urls = [item["url"] for item in items]
    assert sorted(urls) == sorted(site.text_articles), proc.stderr[-3000:]
    host = urlsplit(site.home).hostname or ""
    for item in items:
        assert item["site"] == host.removeprefix("www.")
        assert item["section"] in ("city", "economy")
        assert item["authors"] == ["Jo Marsh"]


def test_crawl_requests_nothing_offsite_or_disallowed(crawled: tuple) -> None:  # type: ignore[type-arg]
    site, proc, _ = crawled
    sent = requested(proc.stderr)
    assert sent, "no request lines in the log"
    host = urlsplit(site.home).hostname
    assert {urlsplit(url).hostname for url in sent} == {host}
    assert not sent & site.never_requested
    assert not [url for url in sent if "utm_" in url]


def test_crawl_fetches_robots_txt_once(crawled: tuple) -> None:  # type: ignore[type-arg]
    """One download of robots.txt serves both robots rules and its Sitemap: lines."""
    site, proc, _ = crawled
    robots = re.escape(site.url("/robots.txt"))
    fetched = re.findall(rf"Crawled \(\d+\) <GET {robots}>", proc.stderr)
    assert len(fetched) == 1, fetched
    # The sitemap index robots.txt names, and the news sitemap it lists, were requested.
    assert f"<GET {site.url('/maps/index.xml')}>" in proc.stderr
    assert f"<GET {site.url('/maps/news.xml')}>" in proc.stderr


def test_without_robotstxt_obey_discovery_fetches_robots_txt_itself(tmp_path: Path) -> None:
    """No RobotsTxtMiddleware: discovery's own request reads Sitemap: lines, once."""
    site = NewsSite(SHAPES["wordpress"])
    warc = site.write(tmp_path / "site.warc.gz")
    proc = crawl_news(
        warc, tmp_path / "out.jsonl", "-a", f"site={site.home}", "-s", "ROBOTSTXT_OBEY=False"
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    robots = re.escape(site.url("/robots.txt"))
    assert len(re.findall(rf"Crawled \(\d+\) <GET {robots}>", proc.stderr)) == 1
    assert f"<GET {site.url('/maps/news.xml')}>" in proc.stderr


def _robots_spider() -> tuple[GenericNewsSpider, list[Request]]:
    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.x.example/")
    scheduled: list[Request] = []
    crawler.engine = SimpleNamespace(crawl=scheduled.append)  # type: ignore[assignment]
    return spider, scheduled


def test_robots_response_of_the_middleware_is_read_once_even_after_a_redirect() -> None:
    spider, scheduled = _robots_spider()
    spider.robots_awaited.add("http://www.x.example/robots.txt")
    fetched = Request(
        "https://www.x.example/robots.txt",
        callback=NO_CALLBACK,
        meta={"dont_obey_robotstxt": True, "redirect_urls": ["http://www.x.example/robots.txt"]},
    )
    body = b"User-agent: *\nDisallow: /private/\nSitemap: /maps/index.xml\n"
    response = TextResponse(fetched.url, body=body, request=fetched)
    spider.robots_received(response, fetched)
    spider.robots_received(response, fetched)  # the same file again: already read
    assert [r.url for r in scheduled] == ["https://www.x.example/maps/index.xml"]
    assert scheduled[0].callback == spider.parse_sitemap


@pytest.mark.parametrize(
    ("status", "meta", "callback", "found"),
    [
        (200, {}, NO_CALLBACK, []),  # not RobotsTxtMiddleware's own request
        (200, {"dont_obey_robotstxt": True}, None, []),  # a request with a callback
        # a server error says nothing of the sitemaps: not read, the usual paths are tried
        (503, {"dont_obey_robotstxt": True}, NO_CALLBACK, ["/sitemap.xml"]),
        # no robots.txt: the usual sitemap paths
        (404, {"dont_obey_robotstxt": True}, NO_CALLBACK, ["/sitemap.xml"]),
    ],
)
def test_robots_responses_that_are_not_read(
    status: int, meta: dict[str, object], callback: object, found: list[str]
) -> None:
    spider, scheduled = _robots_spider()
    url = "https://www.x.example/robots.txt"
    spider.robots_awaited.add(url)
    fetched = Request(url, callback=callback, meta=meta)  # type: ignore[arg-type]
    spider.robots_received(TextResponse(url, status=status, body=b"", request=fetched), fetched)
    assert [urlsplit(r.url).path for r in scheduled][:1] == found


def test_crawl_rejects_the_video_page(crawled: tuple) -> None:  # type: ignore[type-arg]
    site, proc, _ = crawled
    assert f"Not an article (media_page): {site.video}" in proc.stderr


# -- the registered domain, and an http site -------------------------------------------


def _sites(*homes: str) -> GenericNewsSpider:
    return GenericNewsSpider.from_crawler(get_crawler(GenericNewsSpider), site=",".join(homes))


def test_every_host_of_the_registered_domain_is_the_site() -> None:
    spider = _sites("https://edition.example.com/")
    assert spider.allowed_domains == ["example.com"]
    for url in (
        "https://edition.example.com/world/2026/11/20/rain-returns/",
        "https://amp.example.com/world/2026/11/20/rain-returns/",
        "https://www.example.com/world/2026/11/20/rain-returns/",
        "https://example.com/world/2026/11/20/rain-returns/",
    ):
        assert spider.site_of(url) == "edition.example.com", url
        site = spider.site_for(url)
        assert site is not None, url
        assert site.key == "edition.example.com", url
    # An article found on another host of the site is requested on its home page's host.
    assert (
        spider.canonical("https://amp.example.com/world/2026/11/20/rain-returns/")
        == "https://edition.example.com/world/2026/11/20/rain-returns/"
    )
    # Another host of the domain is the site too, but its paths are its own.
    assert (
        spider.site_of("https://money.example.com/2026/11/20/rates-hold/") == "edition.example.com"
    )
    assert (
        spider.canonical("https://money.example.com/2026/11/20/rates-hold/")
        == "https://money.example.com/2026/11/20/rates-hold/"
    )
    assert spider.site_for("https://example.com.evil.net/a") is None
    assert spider.site_for("https://evil-example.com/a") is None


def test_a_section_host_keeps_its_own_paths() -> None:
    spider = _sites("https://www.example.com/")
    assert (
        spider.canonical("https://sport.example.com/2026/11/20/final-whistle/")
        == "https://sport.example.com/2026/11/20/final-whistle/"
    )
    for alias in ("https://m.example.com", "https://example.com", "https://amp.example.com"):
        assert (
            spider.canonical(f"{alias}/2026/11/20/final-whistle/")
            == "https://www.example.com/2026/11/20/final-whistle/"
        ), alias


def test_a_two_part_public_suffix_is_one_site() -> None:
    spider = _sites("https://news.bbc.co.uk/")
    assert spider.allowed_domains == ["bbc.co.uk"]
    assert spider.site_of("https://www.bbc.co.uk/news/world-12345678") == "news.bbc.co.uk"
    for url in ("https://evil-bbc.co.uk/news/1", "https://bbc.co.uk.evil.com/news/1",
                "https://co.uk/news/1", "https://other.co.uk/news/1"):  # fmt: skip
        assert spider.site_for(url) is None, url


def test_two_sites_on_one_domain_each_keep_their_own_hosts() -> None:
    """They share the domain; a URL belongs to the site whose host is its longest suffix."""
    spider = _sites("https://www.example.com/", "https://sport.example.com/")
    assert spider.allowed_domains == ["example.com"]
    assert set(spider.sites) == {"example.com", "sport.example.com"}
    assert spider.site_of("https://sport.example.com/a") == "sport.example.com"
    assert spider.site_of("https://live.sport.example.com/a") == "sport.example.com"
    assert spider.site_of("https://m.example.com/a") == "example.com"
    assert spider.site_of("https://amp.example.com/a") == "example.com"
    meta = spider.article_meta("https://live.sport.example.com/2026/11/20/final-score/", "feed")
    assert meta["download_slot"] == "sport.example.com"


def test_an_http_site_keeps_http_and_both_schemes_are_one_article() -> None:
    spider = _sites("http://www.plain-paper.example/")
    site = spider.sites["plain-paper.example"]
    assert site.home == "http://www.plain-paper.example/"
    assert spider.start_urls == ["http://www.plain-paper.example/"]
    article = "http://www.plain-paper.example/2026/11/20/rain-returns/"
    assert spider.canonical(article) == article
    assert spider.canonical("https://www.plain-paper.example/2026/11/20/rain-returns/") == article
    assert spider.canonical_page("https://www.plain-paper.example/city/?utm_source=x") == (
        "http://www.plain-paper.example/city/"
    )
    # An https site is unchanged: https whatever the link says.
    https = _sites("https://www.x.example/")
    assert https.canonical("http://www.x.example/2026/11/20/a-b-c/") == (
        "https://www.x.example/2026/11/20/a-b-c/"
    )


def test_an_http_site_follows_its_home_page_redirect_to_https() -> None:
    spider = _sites("http://www.x.example/")
    request = Request("https://www.x.example/")
    response = HtmlResponse(request.url, body=b"<html><body></body></html>", request=request)
    spider.args = dataclasses.replace(spider.args, sources=frozenset())
    list(spider.parse_home(response))
    assert spider.sites["x.example"].scheme == "https"
    assert spider.canonical("http://www.x.example/2026/11/20/a-b-c/") == (
        "https://www.x.example/2026/11/20/a-b-c/"
    )


def test_crawl_of_an_http_site_exports_each_article_once_with_http_urls(tmp_path: Path) -> None:
    site = NewsSite(SHAPES["wordpress"], scheme="http")
    out = tmp_path / "out.jsonl"
    proc = crawl_news(site.write(tmp_path / "site.warc.gz"), out, "-a", f"site={site.home}")
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    urls = [item["url"] for item in items]
    assert sorted(urls) == sorted(site.text_articles), proc.stderr[-3000:]
    assert all(url.startswith("http://") for url in urls)
    sent = requested(proc.stderr)
    assert sent, "no request lines in the log"
    assert {urlsplit(url).scheme for url in sent} == {"http"}, sorted(sent)


def test_drupal_node_path_is_an_article_and_a_taxonomy_term_is_not() -> None:
    """Drupal's own ``/node/N`` path (next to its alias) may be the only link to a story."""
    site = Site(home="https://www.x.example/", key="x.example")
    assert site.is_article_url("https://www.x.example/node/1201")
    assert not site.is_article_url("https://www.x.example/node/add/article")
    assert never_article("https://www.x.example/taxonomy/term/5") == "not_article"
    assert not site.is_article_url("https://www.x.example/taxonomy/term/5")


def test_an_article_only_a_section_listed_takes_the_one_offset_of_its_sites_sitemaps() -> None:
    """The site's sitemaps and feeds all print +09:00: a story found on a section page too."""
    from datetime import timedelta, timezone

    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.x.example/")
    spider.listed_offsets["https://www.x.example/news/listed-story"] = 3600
    spider.site_offsets["x.example"] = {32400}
    rules = spider.date_rules({"url": "https://www.x.example/news/section-only-story"})
    assert rules.listed_zone == timezone(timedelta(hours=9))
    rules = spider.date_rules({"url": "https://www.x.example/news/listed-story"})
    assert rules.listed_zone == timezone(timedelta(hours=1))
    spider.site_offsets["x.example"].add(36000)  # two offsets: the site names no one zone
    assert spider.date_rules({"url": "https://www.x.example/news/other"}).listed_zone is None


def test_a_sitemap_index_whose_lastmods_cross_a_dst_change_proves_the_sites_zone() -> None:
    """Monthly sitemaps' lastmods at +02:00 and +01:00: Paris time before any child is read."""
    from newscrawl.dates import parse_date_full, to_utc_string

    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.x.example/")
    crawler.stats.open_spider()
    index = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>https://www.x.example/sitemaps/2026-11.xml</loc>"
        b"<lastmod>2026-11-25T08:30:00+01:00</lastmod></sitemap>"
        b"<sitemap><loc>https://www.x.example/sitemaps/2026-07.xml</loc>"
        b"<lastmod>2026-07-31T23:00:00+02:00</lastmod></sitemap></sitemapindex>"
    )
    url = "https://www.x.example/sitemap_index.xml"
    response = TextResponse(url, body=index, request=Request(url))
    children = [request.url for request in spider.parse_sitemap(response)]
    assert len(children) == 2
    rules = spider.date_rules({"url": "https://www.x.example/politique/le-budget-est-adopte"})
    for printed, utc in (("2026-11-24T14:05:00", "13:05"), ("2026-07-14T14:05:00", "12:05")):
        found = parse_date_full(printed, tz_name=rules.tz_name)
        assert found.moment is not None
        assert to_utc_string(found.moment) == f"{printed[:10]}T{utc}:00Z"


@pytest.mark.parametrize(
    ("url", "article"),
    [
        ("https://www.x.example/article.php?id=30101", True),  # the id in the query
        ("https://www.x.example/story?articleId=987654", True),
        ("https://www.x.example/city/30102/", True),  # an id alone under a nav section
        ("https://www.x.example/article/30102", True),
        # Korean CMSes: the id as "idxno" (NDSoft), or time-stamped (date, time, sequence)
        ("https://www.x.example/news/articleView.html?idxno=123456", True),
        ("https://www.x.example/article/2026112415050001", True),
        ("https://www.x.example/news/articleList.html?page=2&total=27&sc_section_code=S1N3", False),
        ("https://www.x.example/news/articleList.html?sc_word=%EB%B2%84%EC%8A%A4", False),
        ("https://www.x.example/index.php?page=2", False),  # a page number is no id
        ("https://www.x.example/gallery.php?id=30103", False),
        ("https://www.x.example/video.php?id=30104", False),
        ("https://www.x.example/search.php?id=30105", False),
    ],
)
def test_numeric_ids_in_the_query_or_alone_in_the_path(url: str, article: bool) -> None:
    site = Site(home="https://www.x.example/", key="x.example", section_paths={"/city/"})
    assert site.is_article_url(url) is article


@pytest.mark.parametrize(
    ("url", "article", "article_id"),
    [
        # Nordic CMSes: a short id of letters and digits after the slug makes an article URL;
        # ``article_id`` stays the numeric id, null without one
        ("https://www.x.example/nyheter/artikel/ny-busslinje-till-hamnen/r1x7kq2m", True, None),
        ("https://www.x.example/nyheter/fjordsambandet-far-ny-ferje/Mb3kOe", True, None),
        ("https://www.x.example/sport/derbyt-avgjordes-i-forlangning/140012", True, "140012"),
        ("https://www.x.example/nyheter/vaccin-mot-covid/covid19", False, None),  # a word, no id
        ("https://www.x.example/nyheter/r1x7kq2m", False, None),  # no slug before it
        # Israeli CMSes: the short id alone after an "article" segment
        ("https://www.x.example/news/article/r1abc23xy", True, None),
        ("https://www.x.example/sport/article/hjw11p1ap6", True, None),
        ("https://www.x.example/news/article/covid19", False, None),
        # Dutch and Belgian CMSes: a tilde, a letter and hex digits end the slug or stand alone;
        # a dmf<date>_<id> id
        ("https://www.x.example/sport/derby-gewonnen~a3f4b5c6/", True, None),
        ("https://www.x.example/regio/zandwijk/tarief-omhoog~r5e6f7a8/", True, None),
        ("https://www.x.example/~a4d6f8a0/", True, None),
        ("https://www.x.example/cnt/dmf20261124_97654321", True, "97654321"),
        ("https://www.x.example/~jansen/", False, None),  # a user's home folder
    ],
)
def test_short_alphanumeric_ids_after_the_slug(
    url: str, article: bool, article_id: str | None
) -> None:
    site = Site(home="https://www.x.example/", key="x.example")
    assert site.is_article_url(url) is article
    assert GenericArticle.article_id_of(url) == article_id


@pytest.mark.parametrize(
    ("url", "article", "article_id", "day"),
    [
        # Escenic runs the id into "article" (The Hindu's shape); before, neither an article
        # URL (a two-word slug before it) nor an id
        ("https://www.x.example/news/national/bus-fares/article68912345.ece", True, "68912345", None),
        # a 15-digit id (Hindustan Times' shape) after a short slug
        ("https://www.x.example/india-news/bus-fares-101732012345678.html", True, "101732012345678", None),
        # the Guardian's month by its name: a dated path, its day the URL's
        ("https://www.x.example/uk-news/2026/nov/24/bus-fares-rise", True, None, "2026-11-24"),
        ("https://www.x.example/politics/live/2026/nov/24/budget-live", True, None, "2026-11-24"),
        ("https://www.x.example/uk-news/2026/nov/24/", False, None, "2026-11-24"),  # a day's archive
        ("https://www.x.example/uk-news/2026/nov/", False, None, None),  # the month alone: no day
        # Arc XP's 26-character content id after the slug (NZ Herald's shape)
        ("https://www.x.example/nz/bus-fares/Q3XK5ZQ4ZRDB5F7NY7O7X2WCVI/", True, None, None),
        ("https://www.x.example/nz/bus-fares/ABCDEFGHIJKLMNOPQRSTUVWXYZ/", False, None, None),
        # Substack's posts, all under /p/
        ("https://www.x.example/p/bus-fares-rise", True, None, None),
        ("https://www.x.example/p/about", False, None, None),
    ],
)  # fmt: skip
def test_escenic_arc_guardian_and_substack_article_urls(
    url: str, article: bool, article_id: str | None, day: str | None
) -> None:
    from newscrawl.pages.dates import url_day

    site = Site(home="https://www.x.example/", key="x.example")
    assert site.is_article_url(url) is article
    assert GenericArticle.article_id_of(url) == article_id
    assert url_day(url) == ([day] if day else [])


@pytest.mark.parametrize(
    ("url", "article", "article_id"),
    [
        # Bangladeshi CMSes: a short id alone under a section the navigation lists
        ("https://www.x.example/bangladesh/k7d2qx9m4e", True, None),
        ("https://www.x.example/bangladesh/covid19", False, None),  # a word, no id
        ("https://www.x.example/opinion/k7d2qx9m4e", False, None),  # not a listed section
        # a young edition's id of four digits after an "article" folder
        ("https://www.x.example/english/business/article/9025", True, "9025"),
        ("https://www.x.example/national/article/48211", True, "48211"),
        # Japanese papers' and portals' longer content ids, after an article folder or alone
        # under a section (had been no article URL: found only through a sitemap or feed)
        ("https://www.x.example/articles/ASV5T4H6GV5TUTIL00XM.html", True, None),
        ("https://www.x.example/article/DGXZQOUA241230U6A121C2000000/", True, None),
        ("https://www.x.example/articles/0123456789abcdef0123456789abcdef01234567", True, None),
        ("https://www.x.example/bangladesh/ASV5T4H6GV5TUTIL00XM", True, None),
        # controls: letters alone, a page number, an index page
        ("https://www.x.example/bangladesh/abcdefghijklmnopqrst", False, None),
        ("https://www.x.example/articles/page2", False, None),
        ("https://www.x.example/articles/index.html", False, None),
    ],
)
def test_short_ids_alone_under_a_section_or_an_article_folder(
    url: str, article: bool, article_id: str | None
) -> None:
    site = Site(home="https://www.x.example/", key="x.example", section_paths={"/bangladesh"})
    assert site.is_article_url(url) is article
    assert GenericArticle.article_id_of(url) == article_id


@pytest.mark.parametrize(
    ("languages", "url", "timezone", "utc"),
    [
        # the page language's region, the site's country-code domain, both agreeing
        (["en-GB"], "https://www.x.example/news/story", None, "2026-10-24T08:00:00Z"),
        (["en"], "https://www.x.co.uk/news/story", None, "2026-10-24T08:00:00Z"),
        (["bn"], "https://www.x.example/news/story", None, "2026-10-24T03:00:00Z"),
        (["en-GB", "en_US"], "https://www.x.co.uk/news/story", None, "2026-10-24T08:00:00Z"),
        # no evidence, or evidence that disagrees: unread rather than wrong
        (["en"], "https://www.x.example/news/story", None, None),
        (["bn-BD"], "https://www.x.co.uk/news/story", None, None),
        (["en-GB", "bn"], "https://www.x.example/news/story", None, None),
        # the site's own zone (-a timezone) comes before anything its pages say
        (["en-GB"], "https://www.x.example/news/story", "Asia/Dhaka", "2026-10-24T03:00:00Z"),
    ],
)  # fmt: skip
def test_bst_is_read_by_the_country_the_page_points_to(
    languages: list[str], url: str, timezone: str | None, utc: str | None
) -> None:
    from newscrawl.dates import page_countries, parse_date_full, to_utc_string

    crawler = get_crawler(GenericNewsSpider)
    args = {"site": url.rsplit("/", 2)[0] + "/"} | ({"timezone": timezone} if timezone else {})
    spider = GenericNewsSpider.from_crawler(crawler, **args)
    spider.date_countries[url] = page_countries(languages, url)
    rules = spider.date_rules({"url": url})
    found = parse_date_full("09:00 BST, 24 October 2026", tz_name=rules.tz_name, zones=rules.zones)
    assert (to_utc_string(found.moment) if found.moment else None) == utc


@pytest.mark.parametrize(
    ("languages", "home", "utc"),
    [
        # the home page's region speaks for an article page that declares none
        (["en"], "en-PH", "2026-11-23T13:40:00Z"),
        (["en"], "fil", "2026-11-23T13:40:00Z"),
        (["en"], "en-US", "2026-11-24T05:40:00Z"),
        (["en-PH"], None, "2026-11-23T13:40:00Z"),
        # nothing says where, or the page and its home page disagree: unread, never 16 h off
        (["en"], "en", None),
        (["en"], None, None),
        (["en-US"], "en-PH", None),
    ],
)  # fmt: skip
def test_pst_is_read_by_the_country_the_page_or_its_home_page_names(
    languages: list[str], home: str | None, utc: str | None
) -> None:
    from newscrawl.dates import page_countries, parse_date_full, to_utc_string

    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.x.example/")
    url = "https://www.x.example/2026/11/23/classes-suspended/"
    spider.date_countries[url] = page_countries(languages, url)
    site = spider.site_for(url)
    assert site is not None
    site.home_language = home
    rules = spider.date_rules({"url": url})
    found = parse_date_full("Nov 23, 2026 | 9:40 PM PST", tz_name=rules.tz_name, zones=rules.zones)
    assert (to_utc_string(found.moment) if found.moment else None) == utc


@pytest.mark.parametrize(
    ("raw", "offsets", "utc"),
    [
        # WordPress's default "en-US" on a Manila paper whose listings print +08:00
        ("Nov 23, 2026 | 9:40 PM PST", {28800}, "2026-11-23T13:40:00Z"),
        # and on a Taipei paper's English pages: China's and Taiwan's CST, not Chicago's
        ("Nov 23, 2026 9:40 PM CST", {28800}, "2026-11-23T13:40:00Z"),
        # listings that settle nothing leave the page's region to speak
        ("Nov 23, 2026 | 9:40 PM PST", {0}, "2026-11-24T05:40:00Z"),
        ("Nov 23, 2026 | 9:40 PM PST", {-28800, -25200}, "2026-11-24T05:40:00Z"),
    ],
)  # fmt: skip
def test_the_sites_listed_offsets_settle_an_abbreviation_before_a_default_en_us(
    raw: str, offsets: set[int], utc: str
) -> None:
    from newscrawl.dates import page_countries, parse_date_full, to_utc_string

    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.x.example/")
    url = "https://www.x.example/2026/11/23/classes-suspended/"
    spider.date_countries[url] = page_countries(["en-US"], url)
    spider.site_offsets[spider.site_of(url)] = offsets
    rules = spider.date_rules({"url": url})
    found = parse_date_full(raw, tz_name=rules.tz_name, zones=rules.zones)
    assert (to_utc_string(found.moment) if found.moment else None) == utc


@pytest.mark.parametrize(
    ("language", "home", "utc"),
    [
        # the home page's region names a one-clock country: Manila's +08:00
        ("en", "en-PH", "2026-11-21T03:20:00Z"),
        ("en-US", "en-PH", "2026-11-21T03:20:00Z"),  # WordPress's default says nothing
        # the page's own region first; no region anywhere: UTC, counted as assumed
        ("es-AR", "en-PH", "2026-11-21T14:20:00Z"),
        ("en", "en", "2026-11-21T11:20:00Z"),
    ],
)  # fmt: skip
def test_a_zoneless_date_on_the_clock_of_the_home_pages_region(
    language: str, home: str, utc: str
) -> None:
    from newscrawl.dates import country_zone
    from newscrawl.pipelines.dates import normalize_dates

    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.x.example/")
    url = "https://www.x.example/news/regions/104417/coffee-farmers/"
    if zone := country_zone([language]):
        spider.date_regions[url] = zone
    site = spider.site_for(url)
    assert site is not None
    site.home_language = home
    item = {"url": url, "language": language, "published_raw": "November 21, 2026 11:20 AM",
            "crawled_at": "2026-11-24T10:00:00Z"}  # fmt: skip
    rules = spider.date_rules(item)
    normalize_dates(
        item, tz_name=rules.tz_name, zones=rules.zones, formats=rules.formats,
        listed_zone=rules.listed_zone, clock_zones=rules.clock_zones,
        country_zone=rules.country_zone,
    )  # fmt: skip
    assert item.get("published_at") == utc


@pytest.mark.parametrize(
    ("language", "raw", "utc", "home"),
    [
        # Jerusalem's clock, which the Hebrew page names and the listings' +02:00 fits: summer
        # time from the Friday before the EU's last Sunday of March
        ("he", "2026-03-28T10:30:00", "2026-03-28T07:30:00Z", None),
        ("he", "27 במרץ 2026, 09:00", "2026-03-27T06:00:00Z", None),
        ("he", "2026-11-28 21:10", "2026-11-28T19:10:00Z", None),
        # the English edition: IST is Israel's +02:00 by the listings' offset, never India's
        ("en", "Nov 29, 2026 3:05 PM IST", "2026-11-29T13:05:00Z", None),
        ("en", "Mar 28, 2026 11:00 AM IDT", "2026-03-28T08:00:00Z", None),
        # its zoneless dates on the clock of the home page's language, not at +02:00 in August
        ("en", "2026-08-02T18:20:00", "2026-08-02T15:20:00Z", "he"),
    ],
)  # fmt: skip
def test_an_israeli_sites_dates_by_its_listings_offset(
    language: str, raw: str, utc: str, home: str | None
) -> None:
    from newscrawl.pipelines.dates import normalize_dates

    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.x.example/")
    listed = "https://www.x.example/news/article/1"
    spider.remember_clock(listed, [("2026-11-29T13:05:00Z", 7200)])
    spider.site_offsets[spider.site_of(listed)] = {7200}  # an article the news sitemap listed
    site = spider.site_for(listed)
    assert site is not None
    site.home_language = home
    item = {"url": "https://www.x.example/news/article/2", "language": language,
            "published_raw": raw, "crawled_at": "2026-11-30T08:00:00Z"}  # fmt: skip
    rules = spider.date_rules(item)
    normalize_dates(
        item, tz_name=rules.tz_name, zones=rules.zones, formats=rules.formats,
        listed_zone=rules.listed_zone, clock_zones=rules.clock_zones,
        country_zone=rules.country_zone,
    )  # fmt: skip
    assert item.get("published_at") == utc


@pytest.mark.parametrize(
    ("language", "raw", "utc", "home"),
    [
        # Kyiv moves to summer time on 29 March, Cairo (also +02:00/+03:00) on 24 April
        ("uk", "10 квітня 2026, 09:00", "2026-04-10T06:00:00Z", None),
        # the Russian and English editions: on the clock of the home page's Ukrainian
        ("ru", "10 апреля 2026, 09:00", "2026-04-10T06:00:00Z", "uk"),
        ("en", "2026-04-10T09:00:00", "2026-04-10T06:00:00Z", "uk"),
        ("ru", "29 ноября 2026, 15:05", "2026-11-29T13:05:00Z", "uk"),
    ],
)  # fmt: skip
def test_a_ukrainian_sites_editions_on_kyiv_time(
    language: str, raw: str, utc: str, home: str | None
) -> None:
    from newscrawl.pipelines.dates import normalize_dates

    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.x.example/")
    listed = "https://www.x.example/news/2026/11/28/1/"
    spider.remember_clock(listed, [("2026-11-28T09:00:00Z", 7200), ("2026-07-14T07:30:00Z", 10800)])
    site = spider.site_for(listed)
    assert site is not None
    site.home_language = home
    item = {"url": "https://www.x.example/rus/news/2026/04/10/2/", "language": language,
            "published_raw": raw, "crawled_at": "2026-11-30T08:00:00Z"}  # fmt: skip
    rules = spider.date_rules(item)
    normalize_dates(
        item, tz_name=rules.tz_name, zones=rules.zones, formats=rules.formats,
        listed_zone=timezone(timedelta(hours=2)), clock_zones=rules.clock_zones,
        country_zone=rules.country_zone,
    )  # fmt: skip
    assert item.get("published_at") == utc


@pytest.mark.parametrize(
    "text",
    ["Next", "Older posts", "»", "Próxima página", "Página siguiente", "Page suivante",
     "Nächste Seite", "Weiter \u203a", "Pagina successiva", "次へ", "التالي", "Следующая",
     "Дальше \u2192", "След.", "다음", "다음 페이지", "下一页", "Nästa sida", "Visa fler",
     "Neste side", "Vis flere", "Næste side", "Seuraava sivu",
     "Sonraki", "Sonraki Sayfa »",
     "İleri", "Daha Fazla", "DAHA FAZLA HABER"],
)  # fmt: skip
def test_next_page_anchors_in_the_sites_languages(text: str) -> None:
    from newscrawl.spiders.news import _NEXT_TEXT

    assert _NEXT_TEXT.match(text), text


@pytest.mark.parametrize(
    "text",
    ["Weiterlesen", "Article suivant", "Next story: rain returns", "Следующая статья", "다음 기사",
     "Nästa artikel", "Neste sak",
     "Sonraki Haber", "Daha fazla bilgi için tıklayın"],  # noqa: RUF001
)  # fmt: skip
def test_other_anchors_are_no_next_page(text: str) -> None:
    from newscrawl.spiders.news import _NEXT_TEXT

    assert not _NEXT_TEXT.match(text), text


@pytest.mark.parametrize(
    ("url", "number"),
    [("https://x.example/politica/?pagina=2", 2), ("https://x.example/sport/seite/3/", 3),
     ("https://x.example/world/?paged=4", 4), ("https://x.example/world/page/2", 2),
     ("https://x.example/world/", None), ("https://x.example/2026/11/24/paginas-amarelas/", None),
     ("https://x.example/ekonomi/sayfa/2", 2), ("https://x.example/gundem/?sayfa=3", 3),
     ("https://x.example/haber/sayfalar-yenilendi-123456", None)],
)  # fmt: skip
def test_listing_page_numbers(url: str, number: int | None) -> None:
    from newscrawl.spiders.base import page_number

    assert page_number(url) == number


def test_hindi_listing_pages_are_pagination_not_articles() -> None:
    from newscrawl.spiders.news import _NEXT_TEXT

    site = Site(home="https://www.news.example/", key="news.example")
    site.section_paths |= {"/sports/", "/sports/cricket/"}
    page_two = "https://www.news.example/sports/cricket/page-2/"
    assert not site.is_article_url(page_two)
    assert site.is_listing_url(page_two)
    assert _NEXT_TEXT.match("अगला पेज")
    assert _NEXT_TEXT.match("आगे »")


def test_turkish_listing_pages_are_pagination_not_articles() -> None:
    from newscrawl.spiders.news import _listing_parts, _same_listing

    site = Site(home="https://www.haber.example/", key="haber.example")
    site.section_paths |= {"/ekonomi/", "/gundem/"}
    for url in (
        "https://www.haber.example/ekonomi/sayfa/2",
        "https://www.haber.example/gundem/?sayfa=2",
    ):
        assert not site.is_article_url(url)
        assert site.is_listing_url(url)
    here = _listing_parts("https://www.haber.example/gundem/")
    assert _same_listing(_listing_parts("https://www.haber.example/gundem/?sayfa=2"), here)
    assert _same_listing(_listing_parts("https://www.haber.example/ekonomi/sayfa/3"),
                         _listing_parts("https://www.haber.example/ekonomi/"))  # fmt: skip


def test_query_string_listings_pages_and_sections() -> None:
    """NDSoft-style listings: one script, the section in the query; the pager adds ``total``."""
    from newscrawl.spiders.news import _listing_parts, _same_listing

    base = "https://www.x.example/news/articleList.html?"
    here = _listing_parts(base + "sc_section_code=S1N3&view_type=sm")
    assert _same_listing(
        _listing_parts(base + "page=2&total=27&sc_section_code=S1N3&view_type=sm"), here
    )
    assert not _same_listing(
        _listing_parts(base + "page=2&sc_section_code=S1N1&view_type=sm"), here
    )
    site = Site(home="https://www.x.example/", key="x.example")
    site.section_paths.add("/news/articleList.html")
    site.section_queries["/news/articleList.html"] = {here[1]}
    assert site.is_section(base + "sc_section_code=S1N3&view_type=sm")
    assert not site.is_section(base + "sc_word=%EB%B2%84%EC%8A%A4&view_type=sm")  # a tag's list
    assert never_article("https://www.x.example/news/photoList.html") == "media"
    assert never_article("https://www.x.example/vod/video_view.php?idx=12345") == "media"


def test_a_breadcrumb_that_links_the_urls_own_folder_gives_the_section() -> None:
    """ "Home > Nieuws" over ``/nieuws/<id>/<slug>``: the section, though the navigation did
    not list ``/nieuws/``; a crumb to a folder the URL does not name is still no section."""

    def section(url: str, crumb: str) -> list[str]:
        body = (
            '<html lang="nl"><head><meta property="og:type" content="article"></head><body>'
            f'<nav class="breadcrumb"><a href="/">Home</a> > <a href="{crumb}">Nieuws</a></nav>'
            "<article><h1>Gemeenteraad stemt in met nieuw zwembad</h1>"
            + "<p>De gemeenteraad heeft ingestemd met de bouw van een nieuw zwembad.</p>" * 4
            + "</article></body></html>"
        )
        page = GenericArticle(HtmlResponse(url, body=body.encode(), encoding="utf-8"))
        return page.section()

    assert section("https://www.x.example/nieuws/31874455/zwembad", "/nieuws/") == ["nieuws"]
    assert section("https://www.x.example/regio/31874455/zwembad", "/nieuws/") == []


# -- an article split over several pages ---------------------------------------------------


def _article_page(url: str, texts: list[str], pager: str) -> HtmlResponse:
    base = url.split("?", 1)[0]
    html = (
        f'<html lang="id"><head><title>DPR sahkan revisi</title><link rel="canonical" href="{base}">'
        "</head><body><article><h1>DPR sahkan revisi undang-undang desa</h1>"
        "<div>24/11/2026, 15:05 WIB</div>"
        f"<div class='body'>{''.join(f'<p>{text}</p>' for text in texts)}"
        f"<div class='paging'>{pager}</div></div>"
        "</article></body></html>"
    )
    return HtmlResponse(url=url, body=html.encode(), encoding="utf-8", request=Request(url))


def test_an_article_split_over_pages_is_exported_once_with_all_its_text() -> None:
    """ "Halaman 2" / "Selanjutnya" links to ``?page=N`` of the article: one item, every page's text."""
    spider = _sites("https://www.kabar.example/")
    url = "https://www.kabar.example/read/2026/11/24/15050001/dpr-sahkan-revisi"
    said = (
        "kata ketua panitia kerja kepada wartawan di gedung parlemen, seraya menambahkan bahwa "
        "aturan turunan harus terbit paling lambat enam bulan setelah diundangkan."
    )
    texts = [
        [f"Halaman pertama, paragraf {n}: undang-undang desa disahkan, {said}" for n in (1, 2, 3)],
        [f"Halaman kedua, paragraf {n}: fraksi menyampaikan catatan, {said}" for n in (1, 2)],
        [f"Halaman ketiga: pemerintah menargetkan penyesuaian peraturan desa, {said}"],
    ]

    def pager(number: int) -> str:
        pages = "".join(
            f"<span>{n}</span>" if n == number else f'<a href="{url}?page={n}">{n}</a>'
            for n in (1, 2, 3)
        )
        more = f'<a href="{url}?page={number + 1}">Selanjutnya</a>' if number < 3 else ""
        return f"<span>Halaman:</span>{pages}{more}"

    first = list(spider.parse_article(_article_page(url, texts[0], pager(1))))
    assert len(first) == 1
    request = first[0]
    assert isinstance(request, Request)
    assert request.url == url + "?page=2"
    second = list(spider.parse_article_part(
        _article_page(request.url, texts[1], pager(2)).replace(request=request)
    ))  # fmt: skip
    request = second[0]
    assert isinstance(request, Request)
    assert request.url == url + "?page=3"
    last = list(spider.parse_article_part(
        _article_page(request.url, texts[2], pager(3)).replace(request=request)
    ))  # fmt: skip
    assert len(last) == 1
    item = last[0]
    assert item.url == url
    paragraphs = [text for page in texts for text in page]
    assert item.body == "\n\n".join(paragraphs)
    assert item.word_count == len(" ".join(paragraphs).split())


def test_a_split_article_resumed_from_jobdir_keeps_what_its_first_page_said_of_its_zone() -> None:
    """Paused between pages: the resumed process's spider never saw the first page, whose
    "AWST" beside a zoneless JSON-LD date and whose sitemap offset set the zone; the request
    for the next page carries them, so the dates come out as in an uninterrupted crawl."""
    url = "https://www.goldfields.example/news/2026/11/23/water-rates-rise/"
    said = (
        "the council said on Monday, adding that the new charges would apply from the first "
        "billing period of next year and that pensioners would keep their concession."
    )

    def page(address: str, number: int, last: bool) -> HtmlResponse:
        ld = '{"@type": "NewsArticle", "datePublished": "2026-11-23T16:40:00"}'
        more = "" if last else f'<a href="{url}?page={number + 1}">Next page</a>'
        html = (
            f'<html lang="en"><head><link rel="canonical" href="{url}">'
            f'<script type="application/ld+json">{ld}</script></head><body><article>'
            "<h1>Water rates rise across the shire</h1><div>23 November 2026, 4.40pm AWST</div>"
            + "".join(f"<p>Page {number}, paragraph {n}: {said}</p>" for n in (1, 2, 3))
            + f"{more}</article></body></html>"
        )
        return HtmlResponse(url=address, body=html.encode(), encoding="utf-8")

    def dates(spider: GenericNewsSpider, item: Any) -> tuple[str | None, str | None]:
        rules = context.date_rules(spider, item)
        normalized = dataclasses.replace(item)
        normalize_dates(
            normalized, tz_name=rules.tz_name, zones=rules.zones, formats=rules.formats,
            date_order=rules.date_order, listed_zone=rules.listed_zone,
            page_zone=rules.page_zone, clock_zones=rules.clock_zones,
            country_zone=rules.country_zone,
        )  # fmt: skip
        return normalized.published_at, normalized.modified_at

    home = "https://www.goldfields.example/"
    first_request = Request(url, meta={"newscrawl_listed_offset": 8 * 3600})
    before = _sites(home)
    (request,) = before.parse_article(page(url, 1, False).replace(request=first_request))
    assert isinstance(request, Request)
    uninterrupted = list(before.parse_article_part(
        page(request.url, 2, True).replace(request=request)
    ))  # fmt: skip
    # The request as JOBDIR's disk queue keeps it, read back by a new process's spider.
    resumed = _sites(home)
    stored = pickle.loads(pickle.dumps(request.to_dict(spider=before), protocol=4))
    again = request_from_dict(stored, spider=resumed)
    (item,) = resumed.parse_article_part(page(again.url, 2, True).replace(request=again))
    assert item == uninterrupted[0]
    assert dates(resumed, item) == dates(before, uninterrupted[0]) == ("2026-11-23T08:40:00Z", None)


# -- pagers written by script ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("script", "following"),
    [
        ('createPageHTML(3, 0, "index", "html");', "index_1.html"),
        ('createPageHTML(3, 1, "index", "html");', "index_2.html"),
        ('createPageHTML(3, 2, "index", "html");', None),  # the last page
        # variables, as TRS templates write them, and the newer call with an element id
        (('var currentPage = 0;var countPage = 2;createPageHTML(countPage, currentPage, "index",'
         ' "html");'), "index_1.html"),
        (("var countPage = 12//共多少页\nvar currentPage = 4;\n"
         "createPageHTML('page_div', countPage, currentPage, 'list', 'shtml', 240);"),
         "list_5.shtml"),
        # the function's own definition is no call, a value the page computes no number
        ("function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){}", None),
        ('createPageHTML(total, 0, "index", "html");', None),
    ],
)  # fmt: skip
def test_a_trs_pager_script_names_the_next_page(script: str, following: str | None) -> None:
    from newscrawl.spiders.news import script_next_page

    assert script_next_page(f"<div class='page'><script>{script}</script></div>") == following


@pytest.mark.parametrize(
    ("max_pages", "path", "followed"),
    [(5, "/ty/index.html", True), (5, "/ty/", True), (1, "/ty/index.html", False),
     # not one of the pager's files: the next file's address would be wrong
     (5, "/ty/list.html", False)],
)  # fmt: skip
def test_a_listing_follows_the_next_page_its_pager_script_names(
    max_pages: int, path: str, followed: bool
) -> None:
    """The sport listing links no page of its own: only the script names ``index_1.html``."""
    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(
        crawler, site="https://www.jnrb.example/", max_pages=str(max_pages)
    )
    crawler.spider = spider
    url = "https://www.jnrb.example" + path
    body = (
        "<html><body><ul class='list'><li><a href='/ty/202611/t20261123_1.html'>x</a></li></ul>"
        "<div class='page'><script>var currentPage = 0;var countPage = 2;"
        'createPageHTML(countPage, currentPage, "index", "html");</script></div></body></html>'
    )
    response = HtmlResponse(url=url, body=body.encode(), encoding="utf-8", request=Request(url))
    requests = {r.url: r for r in spider._requests_to_follow(response) if r is not None}
    next_page = "https://www.jnrb.example/ty/index_1.html"
    assert (next_page in requests) is followed
    if followed:
        assert requests[next_page].meta["newscrawl_page"] == 2


def test_bitrix_pagen_pages_are_pages_of_one_listing() -> None:
    """``?PAGEN_1=3`` linked from ``?PAGEN_1=2``: the same listing's next page, as ?page=N."""
    from newscrawl.spiders.news import _listing_parts, _same_listing

    second = _listing_parts("https://www.x.example/news/obshchestvo/?PAGEN_1=2")
    third = _listing_parts("https://www.x.example/news/obshchestvo/?PAGEN_1=3")
    other = _listing_parts("https://www.x.example/news/sport/?PAGEN_1=3")
    assert _same_listing(third, second)
    assert not _same_listing(other, second)


def test_vietnamese_listing_pages_are_pagination_not_articles() -> None:
    """``/thoi-su-p2`` is page 2 of ``/thoi-su``, linked as "Trang sau"."""
    from newscrawl.spiders.base import page_number
    from newscrawl.spiders.news import _NEXT_TEXT, _listing_parts, _same_listing

    site = Site(home="https://www.tin.example/", key="tin.example")
    site.section_paths |= {"/thoi-su", "/the-gioi"}
    page_two = "https://www.tin.example/thoi-su-p2"
    assert page_number(page_two) == 2
    assert not site.is_article_url(page_two)
    assert site.is_listing_url(page_two)
    here = _listing_parts("https://www.tin.example/thoi-su")
    assert _same_listing(_listing_parts(page_two), here)
    assert _same_listing(_listing_parts("https://www.tin.example/thoi-su-p3"), here)
    assert not _same_listing(_listing_parts("https://www.tin.example/the-gioi-p2"), here)
    page_file = "https://www.tin.example/the-gioi/trang-2.htm"
    assert page_number(page_file) == 2
    assert not site.is_article_url(page_file)
    assert site.is_listing_url(page_file)
    assert _same_listing(
        _listing_parts("https://www.tin.example/the-gioi/trang-3.htm"), _listing_parts(page_file)
    )
    assert page_number("https://www.tin.example/xe-buyt-dien-chay-4812345.html") is None
    assert page_number("https://www.tin.example/ra-mat-20261129150512345.htm") is None
    for text in ("Trang sau", "Trang tiếp", "Tiếp theo »"):
        assert _NEXT_TEXT.match(text), text
    assert not _NEXT_TEXT.match("Tin liên quan")


def test_vietnamese_photo_author_and_topic_pages_are_never_articles() -> None:
    from newscrawl.spiders.news import never_article

    base = "https://www.tin.example"
    assert never_article(base + "/anh/mua-hoa-da-quy-tren-cao-nguyen-4812100.html") == "media"
    assert never_article(base + "/infographic/ngan-sach-20261127100000321.htm") == "media"
    assert never_article(base + "/tac-gia/minh-anh") == "not_article"
    assert never_article(base + "/chu-de/bao-so-9") == "not_article"
    assert never_article(base + "/canh-dong-anh-sang-4812100.html") is None


def test_a_section_after_the_date_in_the_url_is_the_articles_section() -> None:
    """CNN's "/2026/11/24/politics/bridge-vote/" had no section, in a crawl or read alone."""
    from newscrawl.extract import extract_article
    from newscrawl.pages.sections import first_segment

    sections = frozenset({"politics", "business"})
    url = "https://www.x.example/2026/11/24/politics/bridge-vote/"
    assert first_segment(url, sections) == ["politics"]
    # controls: a dated slug, a folder the navigation did not list
    assert first_segment("https://www.x.example/2026/11/24/bridge-vote/", sections) == []
    assert first_segment("https://www.x.example/2026/11/24/weather/bridge-vote/", sections) == []
    text = "".join(
        f"<p>The council voted on Tuesday to fund the bridge over the river, part {n}.</p>"
        for n in range(4)
    )
    html = (
        "<html lang='en-US'><head><title>Bridge vote</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2026-11-24T09:00:00Z'></head><body>"
        "<nav><a href='/politics/'>Politics</a> <a href='/business/'>Business</a></nav>"
        f"<article><h1>Bridge vote</h1>{text}</article></body></html>"
    )
    item = extract_article("news", HtmlResponse(url, body=html.encode()), "2026-11-30T10:00:00Z")
    assert item["section"] == "politics"


def test_a_section_behind_a_generic_folder_is_the_articles_section() -> None:
    """ "/news/sport/2871547" under a navigation that lists "/news/sport" is in "sport"."""
    from newscrawl.pages.sections import first_segment

    site = Site(
        home="https://www.x.example/",
        key="x.example",
        section_paths={"/news/local", "/news/sport", "/video"},
    )
    assert site.sections == frozenset({"local", "sport", "video"})
    assert first_segment("https://www.x.example/news/sport/2871547", site.sections) == ["sport"]
    assert first_segment("https://www.x.example/news/local/north/2871570", site.sections) == [
        "local"
    ]
    assert first_segment("https://www.x.example/news/2871562", site.sections) == []


def test_the_section_of_a_language_edition_is_behind_its_prefix() -> None:
    """``/rus/news/...`` of a site's Russian edition is in "news", not a section "rus"."""
    from newscrawl.pages.sections import first_segment

    site = Site(
        home="https://www.x.example/",
        key="x.example",
        section_paths={"/news/", "/rus/", "/rus/news/", "/eng/news/", "/ukr/news/economy/"},
    )
    assert site.sections == frozenset({"news", "rus", "economy"})
    story = "https://www.x.example/rus/news/2026/11/29/7512345/"
    assert first_segment(story, site.sections, "ru") == ["news"]
    assert first_segment("https://www.x.example/eng/news/2026/11/29/7512345/", site.sections, "en")
    assert first_segment(story, site.sections) == ["rus"]  # no language: the URL as it is
    # a prefix in another language than the page's is no edition ("/uk/" on an English site)
    assert first_segment("https://www.x.example/rus/news/1/", {"news", "rus"}, "en") == ["rus"]


def test_an_edition_named_by_its_language_is_no_section_when_the_breadcrumb_names_one() -> None:
    """``/kiswahili/habari/...`` of a Swahili edition found in a sitemap before the edition's
    menu was read: its breadcrumb links to ``/kiswahili/habari/``, the section "habari"."""
    from lxml.html import fragment_fromstring

    from newscrawl.pages.sections import url_section

    crumbs = fragment_fromstring(
        '<div class="breadcrumb"><a href="/">Home</a> / <a href="/kiswahili/">Kiswahili</a>'
        ' / <a href="/kiswahili/habari/">Habari</a></div>'
    )
    story = "https://www.x.example/kiswahili/habari/article/4520420/mvua"
    assert url_section(story, {"news", "kiswahili"}, crumbs, "breadcrumb", "sw") == ["habari"]
    assert url_section(story, {"news", "kiswahili", "habari"}, crumbs, "", "sw") == ["habari"]


def test_a_menus_sub_section_with_a_two_word_slug_is_a_listing() -> None:
    """ "/news/" then "/news/local-news/" in one menu (a Nexstar-like station): the second is
    the sub-section whose "Load more" pages are followed, not an article under "/news/"."""
    spider = _sites("https://www.tv.example/")
    site = next(iter(spider.sites.values()))
    html = (
        '<html><body><nav class="site-nav"><ul class="menu"><li><a href="/news/">News</a>'
        '<ul class="sub-menu"><li><a href="/news/local-news/">Local News</a></li>'
        '<li><a href="/news/national/">National</a></li></ul></li></ul></nav>'
        '<main><a href="/news/council-votes-on-light-rail-extension/">Story</a></main>'
        "</body></html>"
    )
    spider.learn_sections(site, HtmlResponse("https://www.tv.example/", body=html.encode()))
    assert {"/news/", "/news/local-news/", "/news/national/"} <= site.section_paths
    assert not site.is_article_url("https://www.tv.example/news/local-news/")
    assert site.is_article_url("https://www.tv.example/news/council-votes-on-light-rail-extension/")
    # outside a menu, a two-word slug under a section is still an article's
    assert site.is_article_url("https://www.tv.example/news/storm-damage/")


# -- what is kept of each article while it is in flight ----------------------------------

_KEPT_PAGE = """<html lang="bn-BD"><head><title>Ferry timetable changes</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Ferry timetable changes", "author": {"@type": "Person", "name": "Ada Penrose"}}</script></head><body><article>
<h1>Ferry timetable changes</h1><p>Published 09:00 BST, 24 October 2026</p>
<p>The island ferry will sail twice a day from Monday, the operator said, after a month in
which storms cancelled one crossing in three and left the harbour's car park full.</p>
<p>Islanders asked for an earlier morning sailing, which the operator said it would try in
the spring, when a second boat returns from its refit on the mainland yard.</p>
</article></body></html>"""


def _kept(spider: GenericNewsSpider) -> dict[str, dict[str, Any]]:
    return {name: dict(facts) for name, facts in spider._date_maps().items() if facts}


@pytest.mark.parametrize("signal_name", ["item_scraped", "item_dropped", "item_error"])
def test_an_articles_date_facts_are_dropped_once_its_item_is_settled(signal_name: str) -> None:
    from scrapy import signals

    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.x.example/")
    crawler.spider = spider
    url = "https://www.x.example/news/ferry-timetable-changes-4821"
    request = Request(url, meta={"newscrawl_lastmod": "2026-11-24T09:30:00Z",
                                 "newscrawl_listed_offset": 3600})  # fmt: skip
    response = HtmlResponse(url, body=_KEPT_PAGE.encode(), encoding="utf-8", request=request)
    (item,) = spider.parse_article(response)
    # What the pipelines will read of this article: its listing's date and offset, the
    # countries that settle its "BST", the zone of its page's language region.
    assert set(_kept(spider)) == {"lastmod", "listed", "countries", "region"}
    extra = {"exception": Exception("x")} if signal_name != "item_scraped" else {}
    crawler.signals.send_catch_log(
        getattr(signals, signal_name), item=item, response=response, spider=spider, **extra
    )
    assert _kept(spider) == {}


def test_a_page_that_is_no_article_leaves_no_date_facts() -> None:
    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.x.example/")
    crawler.spider = spider
    url = "https://www.x.example/news/ferry-timetable-changes-4821"
    request = Request(url, meta={"newscrawl_lastmod": "2026-11-24T09:30:00Z",
                                 "newscrawl_listed_offset": 3600})  # fmt: skip
    spider.lastmods[url], spider.listed_offsets[url] = "2026-11-24T09:30:00Z", 3600
    page = b"<html><head><title>Contact us</title></head><body><p>Write to us.</p></body></html>"
    response = HtmlResponse(url, body=page, encoding="utf-8", request=request)
    assert list(spider.parse_article(response)) == []
    assert _kept(spider) == {}


def test_the_library_call_keeps_nothing_of_the_pages_it_read() -> None:
    from newscrawl.extract import _spider, extract_article

    for n in range(3):
        url = f"https://www.x.example/news/ferry-timetable-changes-482{n}"
        response = HtmlResponse(url, body=_KEPT_PAGE.encode(), encoding="utf-8")
        assert extract_article("news", response, "2026-11-30T08:00:00Z")["url"] == url
    spider, _ = _spider(GenericNewsSpider)
    assert _kept(spider) == {}


def test_sections_of_a_language_editions_news_folder_are_learned() -> None:
    """A bilingual Canadian site's French menu lists ``/fr/nouvelles/regional/``: a section of
    the French edition behind its "news" folder, followed and named "regional"."""
    spider = _sites("https://www.tide.example/")
    site = next(iter(spider.sites.values()))
    html = (
        '<html lang="fr-CA"><body><nav class="main-nav"><a href="/fr/">Accueil</a>'
        '<a href="/fr/nouvelles/regional/">Régional</a>'
        '<a href="/fr/nouvelles/canada/">Canada</a></nav></body></html>'
    )
    spider.learn_sections(site, HtmlResponse("https://www.tide.example/fr/", body=html.encode()))
    assert {"/fr/nouvelles/regional/", "/fr/nouvelles/canada/"} <= site.section_paths
    assert {"regional", "canada"} <= site.sections
    from newscrawl.pages.sections import first_segment

    story = "https://www.tide.example/fr/nouvelles/regional/2026/11/24/ecole-en-retard/"
    assert first_segment(story, site.sections, "fr-CA") == ["regional"]


def test_malay_listing_pages_without_a_trailing_slash() -> None:
    """ "/bm/berita/page/2" is the next page of "/bm/berita", whatever its anchor says, and
    Malay "Seterusnya", "Berikutnya" name a next page; Malay topic and writer pages are no
    articles."""
    from newscrawl.spiders.news import _NEXT_TEXT, _listing_parts, _same_listing, never_article

    assert _same_listing(
        _listing_parts("https://x.example/bm/berita/page/2"),
        _listing_parts("https://x.example/bm/berita"),
    )
    assert not _same_listing(
        _listing_parts("https://x.example/bm/sukan/page/2"),
        _listing_parts("https://x.example/bm/berita"),
    )
    for text in ("Seterusnya \u203a", "Berikutnya", "Halaman seterusnya"):
        assert _NEXT_TEXT.match(text), text
    assert never_article("https://x.example/bm/topik/pendidikan")
    assert never_article("https://x.example/bm/penulis/siti-aminah")


@pytest.mark.parametrize(
    ("url", "article"),
    [
        ("https://www.x.example/domaci/sucho-na-vysocine/r~3f9a1c2b7d8e11efa1b20cc47ab5f122/", True),
        ("https://www.x.example/domaci/r~8c4d2e6f0a1b11efb3c40cc47ab5f9d7", True),
        # a short hex run or no digit at all: a user's folder, not an id
        ("https://www.x.example/domaci/r~abc123", False),
        ("https://www.x.example/domaci/r~abcdefabcdefabcdefabcdefabcdefab/", False),
    ],
)  # fmt: skip
def test_czech_letter_tilde_hex_ids_make_article_urls(url: str, article: bool) -> None:
    """Czech CMSes close a story's path with "r~" and a 32-digit hex id; the field is no id."""
    site = Site(home="https://www.x.example/", key="x.example", section_paths={"/domaci/"})
    assert site.is_article_url(url) is article
    assert GenericArticle.article_id_of(url) is None


@pytest.mark.parametrize(
    ("url", "number"),
    [("https://x.example/ekonomika/?strana=2", 2), ("https://x.example/domaci/?stranka=3", 3),
     ("https://x.example/domaci/strana/4", 4), ("https://x.example/domaci/strana-5-stavba-12345", None)],
)  # fmt: skip
def test_czech_and_slovak_listing_page_numbers(url: str, number: int | None) -> None:
    from newscrawl.spiders.base import page_number

    assert page_number(url) == number


def test_czech_listing_pages_are_pagination_not_articles() -> None:
    from newscrawl.spiders.news import _NEXT_TEXT

    site = Site(home="https://www.x.example/", key="x.example", section_paths={"/ekonomika/"})
    page_two = "https://www.x.example/ekonomika/?strana=2"
    assert not site.is_article_url(page_two)
    assert site.is_listing_url(page_two)
    for text in ("Další", "Další strana", "Starší články", "Ďalšia strana", "Staršie »"):
        assert _NEXT_TEXT.match(text), text
    assert not _NEXT_TEXT.match("Další zprávy z regionu najdete zde")


def test_a_section_behind_a_czech_news_folder_is_the_articles_section() -> None:
    """ "/zpravy/domaci/2026/11/24/<slug>.html" ("zpravy": news) is in "domaci"."""
    from newscrawl.pages.sections import first_segment

    site = Site(home="https://www.x.example/", key="x.example", section_paths={"/domaci/"})
    url = "https://www.x.example/zpravy/domaci/2026/11/24/poslanci-schvalili-rozpocet.html"
    assert first_segment(url, site.sections) == ["domaci"]
    url = "https://www.x.example/spravy/domaci/2026/11/24/poslanci-schvalili-rozpocet.html"
    assert first_segment(url, site.sections) == ["domaci"]


def test_an_editions_story_under_a_generic_folder_takes_the_editions_section_its_crumb_names() -> (
    None
):
    """``/urdu/news/2841108`` of an Urdu edition: the edition ("urdu") is no section, "news"
    names none; the breadcrumb's ``/urdu/pakistan`` link does."""
    from lxml.html import fragment_fromstring

    from newscrawl.pages.sections import url_section

    crumbs = fragment_fromstring(
        '<div class="breadcrumbs"><a href="/urdu">صفحہ اول</a> / '
        '<a href="/urdu/pakistan">پاکستان</a></div>'
    )
    story = "https://www.x.example/urdu/news/2841108"
    assert url_section(story, {"urdu", "pakistan"}, crumbs, "breadcrumbs", "ur") == ["pakistan"]
    assert url_section(story, {"urdu"}, crumbs, "breadcrumbs", "ur") == ["pakistan"]


@pytest.mark.parametrize(
    ("home", "offset", "utc"),
    [
        # a Lisbon paper's +00:00 in November: a July date is WEST, +01:00
        ("pt-PT", 0, "2026-07-15T09:30:00Z"),
        # an Azores paper's -01:00 in November: a July date is AZOST, +00:00
        ("pt-PT", -3600, "2026-07-15T10:30:00Z"),
        # Madrid's +01:00 in November: +02:00 in July; the Canaries' +00:00: +01:00
        ("es-ES", 3600, "2026-07-15T08:30:00Z"),
        ("es-ES", 0, "2026-07-15T09:30:00Z"),
        # no region, or listings no clock of the region's country fits: the listed offset
        ("pt", 0, "2026-07-15T10:30:00Z"),
        ("pt-PT", -10800, "2026-07-15T13:30:00Z"),
    ],
)  # fmt: skip
def test_a_zoneless_summer_date_on_the_clock_of_the_country_its_listings_fit(
    home: str, offset: int, utc: str
) -> None:
    from newscrawl.pipelines.dates import normalize_dates

    crawler = get_crawler(GenericNewsSpider)
    spider = GenericNewsSpider.from_crawler(crawler, site="https://www.x.example/")
    listed = "https://www.x.example/sociedade/2026/11/24/greve/1234567"
    spider.remember_clock(listed, [("2026-11-24T14:05:00Z", offset)])
    spider.site_offsets[spider.site_of(listed)] = {offset}
    site = spider.site_for(listed)
    assert site is not None
    site.home_language = home
    item = {"url": "https://www.x.example/sociedade/2026/07/15/praia/1209914", "language": "pt",
            "published_raw": "2026-07-15T10:30:00", "crawled_at": "2026-11-25T13:00:00Z"}  # fmt: skip
    rules = spider.date_rules(item)
    normalize_dates(
        item, tz_name=rules.tz_name, zones=rules.zones, formats=rules.formats,
        listed_zone=rules.listed_zone, clock_zones=rules.clock_zones,
        country_zone=rules.country_zone,
    )  # fmt: skip
    assert item.get("published_at") == utc


def test_rss_atom_and_json_feeds_announced_on_a_page_are_read() -> None:
    """``<link rel=alternate>`` of RSS, Atom and JSON Feed; not WordPress's REST API link."""
    spider, _ = _robots_spider()
    site = spider.site_for("https://www.x.example/")
    assert site is not None
    page = HtmlResponse(
        "https://www.x.example/",
        body=b'<html><head><link rel="alternate" type="application/rss+xml" href="/feed/">'
        b'<link rel="alternate" type="application/atom+xml" href="/atom.xml">'
        b'<link rel="alternate" type="application/feed+json" href="/feed.json">'
        b'<link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/2">'
        b"</head><body></body></html>",
    )
    requests = list(spider.discover_syndication_feeds(site, page))
    assert [r.url for r in requests] == [
        "https://www.x.example/feed/",
        "https://www.x.example/atom.xml",
        "https://www.x.example/feed.json",
    ]

"""Sitemap and feed parsing: news fields, indexes, gzip, size limits, no entity expansion."""

from __future__ import annotations

import gzip
from zoneinfo import ZoneInfo

import pytest
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap

from newscrawl.discovery import (
    Entry,
    NewsSitemap,
    parse_sitemap,
    parse_syndication_feed,
    sitemap_body,
)

IST = ZoneInfo("Asia/Kolkata")

NEWS = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://www.firstpost.com/india/a-13900001.html</loc>
    <lastmod>2026-11-19T10:00:00+05:30</lastmod>
    <n:news><n:publication><n:name>Firstpost</n:name><n:language>en</n:language></n:publication>
      <n:publication_date>2026-11-19T09:30:00+05:30</n:publication_date>
      <n:title>Water plan agreed</n:title></n:news></url>
  <url><loc> https://www.firstpost.com/world/b-13900002.html </loc></url>
</urlset>"""


def test_news_sitemap_keeps_news_fields_whatever_the_prefix() -> None:
    kind, entries = parse_sitemap(NEWS, IST)
    assert kind == "urlset"
    assert entries[0] == Entry(
        url="https://www.firstpost.com/india/a-13900001.html",
        lastmod="2026-11-19T04:30:00Z",
        published="2026-11-19T04:00:00Z",
        title="Water plan agreed",
        offset=19800,  # +05:30, printed by the entry's own dates
    )
    assert entries[0].newest == "2026-11-19T04:30:00Z"
    assert entries[1] == Entry(url="https://www.firstpost.com/world/b-13900002.html")


def test_sitemap_index_and_naive_dates_in_site_zone() -> None:
    kind, entries = parse_sitemap(
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
        b"<loc>https://www.firstpost.com/commonfeeds/v1/mfp/sitemap/daily/2026-11-19.xml</loc>"
        b"<lastmod>2026-11-19T23:00:00</lastmod></sitemap></sitemapindex>",
        IST,
    )
    assert kind == "sitemapindex"
    assert entries[0].lastmod == "2026-11-19T17:30:00Z"


def _response(body: bytes, url: str = "https://www.firstpost.com/s.xml.gz") -> Response:
    return Response(url, body=body)


def test_gzip_and_size_limit(caplog: pytest.LogCaptureFixture) -> None:
    assert sitemap_body(_response(gzip.compress(NEWS)), 10_000) == NEWS
    # a gzip bomb stops at the limit
    assert sitemap_body(_response(gzip.compress(NEWS)), 100) is None
    assert sitemap_body(_response(NEWS), 100) is None
    # Scrapy's gunzip keeps what came before a tear; the parser reads the entries it holds.
    torn = sitemap_body(_response(gzip.compress(NEWS)[:-30]), 10_000)
    assert torn
    assert NEWS.startswith(torn)
    assert parse_sitemap(torn, IST)[1][0].url == "https://www.firstpost.com/india/a-13900001.html"
    assert sitemap_body(_response(b"\x1f\x8b\x08not gzip"), 10_000) is None
    with caplog.at_level("WARNING", logger="newscrawl.discovery"):
        assert sitemap_body(_response(gzip.compress(NEWS)), 10_000, warn_size=400) == NEWS
    assert "larger than the download warning size" in caplog.text


def test_scrapys_sitemap_reader_with_the_news_fields() -> None:
    """NewsSitemap is Scrapy's Sitemap (kind, alternates) plus the nested news: fields."""
    sitemap = NewsSitemap(
        NEWS.replace(
            b"<n:news>",
            b'<xhtml:link xmlns:xhtml="http://www.w3.org/1999/xhtml" rel="alternate" '
            b'hreflang="hi" href="https://hindi.firstpost.com/a-13900001.html"/><n:news>',
        )
    )
    assert sitemap.type == "urlset"
    first, second = list(sitemap)
    assert first["alternate"] == ["https://hindi.firstpost.com/a-13900001.html"]
    assert (first["publication_date"], first["title"]) == (
        "2026-11-19T09:30:00+05:30",
        "Water plan agreed",
    )
    assert second == {"loc": "https://www.firstpost.com/world/b-13900002.html"}
    assert isinstance(sitemap, Sitemap)


def test_entities_are_never_expanded() -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">'
        b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>https://www.firstpost.com/x-&e;&b;-13900003.html</loc></url></urlset>"
    )
    _, entries = parse_sitemap(xxe, IST)
    assert all("root:" not in e.url and "aaaa" not in e.url for e in entries)


def test_broken_xml_gives_nothing() -> None:
    assert parse_sitemap(b"<html><body>Not a sitemap", IST)[0] == "unknown"
    assert parse_sitemap(b"", IST) == ("unknown", [])


def test_rss_and_atom_feeds() -> None:
    rss = b"""<rss version="2.0"><channel><item><title>Rain</title>
      <link>https://www.firstpost.com/india/rain-13900004.html</link>
      <pubDate>Thu, 19 Nov 2026 09:30:00 +0530</pubDate></item>
      <item><title>No link</title></item></channel></rss>"""
    assert parse_syndication_feed(rss) == [
        Entry("https://www.firstpost.com/india/rain-13900004.html", None, "2026-11-19T04:00:00Z",
              "Rain", offset=19800)
    ]  # fmt: skip
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Sun</title>
      <link href="https://www.firstpost.com/world/sun-13900005.html"/>
      <updated>2026-11-19T10:00:00Z</updated><published>2026-11-19T08:00:00Z</published>
      </entry></feed>"""
    (entry,) = parse_syndication_feed(atom)
    assert (entry.url, entry.lastmod, entry.published) == (
        "https://www.firstpost.com/world/sun-13900005.html", "2026-11-19T10:00:00Z",
        "2026-11-19T08:00:00Z",
    )  # fmt: skip
    assert entry.offset is None  # "Z" says nothing of the newsroom's zone
    assert parse_syndication_feed(b"\x00\xff garbage") == []


def test_feed_links_through_feedburner_guids_and_relative_ones() -> None:
    """FeedBurner's origLink is the article; a guid permalink stands for a missing link."""
    rss = b"""<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">
      <channel><item><title>Rain</title>
      <link>https://feeds.feedburner.com/~r/riverpaper/~3/abc/rain</link>
      <feedburner:origLink>https://www.riverpaper.example/2026/11/24/rain/</feedburner:origLink>
      </item>
      <item><title>Sun</title><guid isPermaLink="true">https://www.riverpaper.example/2026/11/24/sun/</guid></item>
      <item><title>Wind</title><link>/2026/11/24/wind/</link></item>
      <item><title>Snow</title><guid isPermaLink="false">snow-1234</guid></item>
      </channel></rss>"""
    entries = parse_syndication_feed(rss, "https://www.riverpaper.example/feed/")
    assert [e.url for e in entries] == [
        "https://www.riverpaper.example/2026/11/24/rain/",
        "https://www.riverpaper.example/2026/11/24/sun/",
        "https://www.riverpaper.example/2026/11/24/wind/",
    ]
    _, (entry,) = parse_sitemap(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>/2026/11/24/hail/</loc></url></urlset>",
        IST,
        "https://www.riverpaper.example/sitemap.xml",
    )
    assert entry.url == "https://www.riverpaper.example/2026/11/24/hail/"


def test_json_feed_entries() -> None:
    """A JSON Feed (announced as application/feed+json) gives its items like RSS does."""
    body = (
        b'\xef\xbb\xbf{"version": "https://jsonfeed.org/version/1.1", "items": ['
        b'{"id": "1", "url": "https://www.riverpaper.example/2026/11/24/rain/", "title": "Rain",'
        b' "date_published": "2026-11-24T17:32:00-05:00", "date_modified": "2026-11-25T08:05:00-05:00"},'
        b'{"id": "2", "external_url": "/2026/11/24/sun/", "date_published": "yesterday"},'
        b'{"id": "3", "content_text": "no link"}]}'
    )
    rain, sun = parse_syndication_feed(body, "https://www.riverpaper.example/feed.json")
    assert (rain.url, rain.title, rain.published, rain.lastmod, rain.offset) == (
        "https://www.riverpaper.example/2026/11/24/rain/", "Rain", "2026-11-24T22:32:00Z",
        "2026-11-25T13:05:00Z", -18000,
    )  # fmt: skip
    assert (sun.url, sun.published, sun.bad_dates) == (
        "https://www.riverpaper.example/2026/11/24/sun/", None, 1,
    )  # fmt: skip
    assert parse_syndication_feed(b"{not json", "https://www.riverpaper.example/feed.json") == []


def test_entry_offset_from_each_kind_of_date() -> None:
    """The zone an entry prints: news publication_date first, then lastmod; RSS and Atom."""
    _, entries = parse_sitemap(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        b' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        b"<url><loc>https://a.example/x/one-story</loc><lastmod>2026-11-19T10:00:00-04:00</lastmod>"
        b"</url><url><loc>https://a.example/x/two-story</loc>"
        b"<lastmod>2026-11-19T10:00:00+01:00</lastmod><news:news><news:publication_date>"
        b"2026-11-19T09:30+05:30</news:publication_date></news:news></url>"
        b"<url><loc>https://a.example/x/three</loc><lastmod>2026-11-19</lastmod></url>"
        b"<url><loc>https://a.example/x/four</loc><lastmod>2026-11-19T09:30:00</lastmod></url>"
        b"</urlset>",
        IST,
    )
    assert [e.offset for e in entries] == [-4 * 3600, 19800, None, None]
    rss = parse_syndication_feed(
        b'<rss version="2.0"><channel><item><link>https://a.example/x/rss-story</link>'
        b"<pubDate>Thu, 19 Nov 2026 09:30:00 -0400</pubDate></item>"
        b"<item><link>https://a.example/x/gmt-story</link>"
        b"<pubDate>Thu, 19 Nov 2026 09:30:00 GMT</pubDate></item>"
        b"<item><link>https://a.example/x/unknown-zone</link>"
        b"<pubDate>Thu, 19 Nov 2026 09:30:00 -0000</pubDate></item></channel></rss>"
    )
    assert [e.offset for e in rss] == [-4 * 3600, None, None]
    (atom,) = parse_syndication_feed(
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://a.example/x/a"/>'
        b"<updated>2026-11-19T10:00:00+09:00</updated></entry></feed>"
    )
    assert atom.offset == 9 * 3600


def test_one_bad_date_costs_that_date_not_the_sitemap() -> None:
    """Issue 10.5: an OverflowError in one <lastmod> used to lose every entry of the sitemap."""
    urls = [f"https://www.firstpost.com/india/s-{13900010 + n}.html" for n in range(5)]
    dates = [
        "9999-12-31T23:59:59-05:00",  # overflows when moved to UTC
        "0001-01-01",  # overflows in the site's zone (+05:30)
        "yesterday-ish",
        "1970-01-01T00:00:00Z",  # epoch zero: no page changed then
        "2026-11-19T10:00:00+05:30",
    ]
    body = "".join(
        f"<url><loc>{url}</loc><lastmod>{date}</lastmod></url>"
        for url, date in zip(urls, dates, strict=True)
    )
    kind, entries = parse_sitemap(
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'.encode(),
        IST,
    )
    assert kind == "urlset"
    assert [e.url for e in entries] == urls
    assert [e.lastmod for e in entries] == [None] * 4 + ["2026-11-19T04:30:00Z"]
    assert [e.bad_dates for e in entries] == [1, 1, 1, 1, 0]


def test_one_bad_date_costs_that_date_not_the_feed() -> None:
    items = "".join(
        f"<item><link>https://www.firstpost.com/india/f-{13900020 + n}.html</link>"
        f"<pubDate>{date}</pubDate></item>"
        for n, date in enumerate(
            [
                "Fri, 31 Dec 9999 23:59:59 -0500",
                "Mon, 01 Jan 0001 00:00:00 +0530",
                "not a date",
                "Thu, 19 Nov 2026 10:00:00 +0530",
            ]
        )
    )
    entries = parse_syndication_feed(
        f'<rss version="2.0"><channel>{items}</channel></rss>'.encode()
    )
    assert len(entries) == 4
    assert [e.published for e in entries] == [None, None, None, "2026-11-19T04:30:00Z"]
    assert [e.bad_dates for e in entries] == [1, 1, 1, 0]

"""Hypothesis over page-to-item and date parsing: each input gives an item or a reason, no crash."""

from __future__ import annotations

import contextlib
import json
import os
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, TextResponse
from scrapy.utils.test import get_crawler

from newscrawl.dates import parse_date, parse_iso, plausible, to_utc_string
from newscrawl.discovery import parse_sitemap
from newscrawl.extract import extract_article
from newscrawl.items import Article
from newscrawl.pages import NotAnArticle
from newscrawl.spiders.firstpost import IST, FirstpostSpider
from tests.faultsite import Page, article_html

URL = "https://www.firstpost.com/india/fuzzed-story-14000001.html"
FIELDS = list(Article.__dataclass_fields__)
#: NEWSCRAWL_FUZZ_EXAMPLES=5000 for a long hunt; the default keeps CI quick.
EXAMPLES = int(os.environ.get("NEWSCRAWL_FUZZ_EXAMPLES", "150"))
# No example database: the run leaves no files behind; a failure prints how to reproduce it.
FUZZ = settings(
    max_examples=EXAMPLES,
    # The same examples on every CI run; a long hunt draws new ones.
    derandomize="NEWSCRAWL_FUZZ_EXAMPLES" not in os.environ,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Text as hostile pages carry it: controls, lone surrogates, bidi marks, non-characters.
nasty_text = st.text(
    st.one_of(
        st.characters(codec="utf-8"),
        st.characters(min_codepoint=0, max_codepoint=0x1F),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
        st.sampled_from("\u200b\u202e\ufeff\ufffe\uffff\x85\u2028\u00a0<>&\"'"),
    ),
    max_size=80,
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | nasty_text,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "@type",
                    "headline",
                    "author",
                    "name",
                    "datePublished",
                    "articleBody",
                    "@graph",
                    "keywords",
                    "image",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=12,
)
charsets = st.sampled_from(["utf-8", "cp1252", "latin-1", "utf-16", "shift_jis", "bogus", ""])


def page_bytes(html: str, charset: str) -> bytes:
    try:
        return html.encode(charset or "utf-8", "surrogatepass")
    except (LookupError, UnicodeEncodeError):
        return html.encode("utf-8", "surrogatepass")


def outcome(body: bytes, headers: dict[str, str] | None = None) -> str:
    """Extract one page: ``"item"`` or the reason it was rejected; anything else escapes."""
    response = HtmlResponse(URL, body=body, headers=headers or {})
    try:
        item = extract_article(FirstpostSpider, response, "2026-11-26T10:00:00Z")
    except NotAnArticle as exc:
        reason = exc.reason
    except DropItem as exc:
        reason = str(exc)
    else:
        reason = "item"
    if reason != "item":
        assert reason
        return reason
    assert list(item) == FIELDS
    # What the feed exporter will do with it: this must not fail either.
    json.dumps(item, ensure_ascii=False).encode("utf-8")
    assert isinstance(item["title"], str)
    assert item["title"]
    assert item["body"]
    return "item"


@FUZZ
@given(body=st.binary(max_size=4000))
def test_random_bytes(body: bytes) -> None:
    outcome(body)


@FUZZ
@given(
    title=nasty_text,
    author=nasty_text,
    paragraph=nasty_text,
    date=nasty_text,
    charset=charsets,
    declared=charsets,
)
def test_article_with_hostile_fields(
    title: str, author: str, paragraph: str, date: str, charset: str, declared: str
) -> None:
    html = article_html(Page("fuzzed-story-14000001"), title=title or " ")
    html = html.replace("Asha Menon", author).replace("The decision follows", paragraph)
    html = html.replace("2025-03-14T09:30:00+05:30", date)
    html = html.replace('<meta charset="utf-8">', f'<meta charset="{declared}">')
    headers = {"Content-Type": f"text/html; charset={charset}"} if charset else {}
    outcome(page_bytes(html, charset), headers)


@FUZZ
@given(ld=json_values, raw=st.booleans())
def test_any_json_ld(ld: Any, raw: bool) -> None:
    html = article_html(Page("fuzzed-story-14000001"))
    start = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    end = html.index("</script>", start)
    text = json.dumps(ld, ensure_ascii=raw, allow_nan=True)
    outcome(page_bytes(html[:start] + text + html[end:], "utf-8"))


@FUZZ
@given(
    headline=nasty_text,
    author=st.one_of(nasty_text, json_values),
    published=st.one_of(nasty_text, json_values),
    body=nasty_text,
    escaped=st.booleans(),
)
def test_news_article_json_ld_with_hostile_values(
    headline: str, author: Any, published: Any, body: str, escaped: bool
) -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "author": author,
        "datePublished": published,
        "articleBody": body,
        "keywords": headline,
    }
    html = article_html(Page("fuzzed-story-14000001"))
    start = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    end = html.index("</script>", start)
    # Escaped, lone surrogates reach Python as such; raw, they are invalid UTF-8 bytes.
    text = json.dumps(ld, ensure_ascii=escaped)
    outcome(page_bytes(html[:start] + text + html[end:], "utf-8"))


@FUZZ
@given(cut=st.integers(min_value=0, max_value=3000), junk=st.binary(max_size=200))
def test_truncated_and_spliced_pages(cut: int, junk: bytes) -> None:
    body = article_html(Page("fuzzed-story-14000001")).encode()
    outcome(body[:cut] + junk + body[cut:][: len(body) // 3])


BROKEN_URLS = (
    "https://www.firstpost.com:abc/india/fuzzed-story-14000001.html",
    "https://[www.firstpost.com/india/fuzzed-story-14000001.html",
    "https://www.firstpost.com:99999/india/fuzzed-story-14000001.html",
)


@pytest.mark.parametrize("bad", BROKEN_URLS)
@pytest.mark.parametrize("where", ["canonical", "og:image", "lead image", "base"])
def test_a_malformed_url_in_the_page_does_not_lose_the_article(where: str, bad: str) -> None:
    """Found by the splice test: one unparseable URL used to turn the article into an error."""
    html = article_html(Page("fuzzed-story-14000001"))
    html = {
        "canonical": html.replace(f'rel="canonical" href="{URL}"', f'rel="canonical" href="{bad}"'),
        "og:image": html.replace("<title>", f'<meta property="og:image" content="{bad}"><title>'),
        "lead image": html.replace(
            '<div class="art-content">',
            f'<div class="article-img"><img data-src="{bad}"></div><div class="art-content">',
        ),
        "base": html.replace("<head>", f'<head><base href="{bad}">'),
    }[where]
    assert outcome(html.encode()) == "item"


def test_a_plain_article_is_an_item() -> None:
    assert outcome(article_html(Page("fuzzed-story-14000001")).encode()) == "item"


def test_non_html_response() -> None:
    response = TextResponse(URL, body=b"\x00\x01 not a page")
    with contextlib.suppress(NotAnArticle, DropItem):
        extract_article(FirstpostSpider, response, "2026-11-26T10:00:00Z")


# -- dates ------------------------------------------------------------------------

date_like = st.one_of(
    nasty_text,
    st.datetimes().map(lambda d: d.isoformat()),
    st.builds(
        lambda d, fmt, zone: d.strftime(fmt) + zone,
        st.datetimes(),
        st.sampled_from(
            [
                "%B %d, %Y, %H:%M:%S",
                "%d %B %Y %H:%M",
                "%Y-%m-%d %H:%M:%S",
                "%d/%m/%Y",
                "%a, %d %b %Y %H:%M:%S",
                "%b %d, %Y %I:%M %p",
                "%Y-%m-%dT%H:%M:%S%z",
            ]
        ),
        st.sampled_from(["", " IST", " GMT", " UTC", " XYZ", " +0530", "Z", " (IST)"]),
    ),
    st.builds(
        lambda n, unit: f"Updated {n} {unit} ago",
        st.integers(-(10**6), 10**9),
        st.sampled_from(["seconds", "minutes", "hours", "days", "weeks", "months", "years"]),
    ),
    st.sampled_from(
        [
            "yesterday",
            "today",
            "now",
            "0000-00-00",
            "9999-12-31T23:59:59+14:00",
            "2024-02-30",
            "31/12/99999",
            "Published on: ",
            "1e308",
            "\x00",
        ]
    ),
)


@settings(FUZZ, max_examples=4 * EXAMPLES)
# found by this test: counted back from the crawl, the date falls before the year 1
@example(
    value="104303 WEEK AGO", tz_name="UTC", with_reference=True,
    reference=datetime(2000, 1, 1, tzinfo=IST),
)  # fmt: skip
@given(
    value=date_like,
    tz_name=st.sampled_from(["UTC", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati"]),
    with_reference=st.booleans(),
    reference=st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(IST)
    ),
)
def test_parse_date_never_raises(
    value: str, tz_name: str, with_reference: bool, reference: datetime
) -> None:
    moment, method = parse_date(
        value, tz_name=tz_name, zones={"IST": IST}, reference=reference if with_reference else None
    )
    assert moment is None or moment.utcoffset() is not None
    assert (moment is None) == (method == "failed")


# -- field lengths and lying charsets (issue 10.14) -------------------------------------------


def crawl_item(html: bytes, headers: dict[str, str] | None = None) -> tuple[Any, dict[str, Any]]:
    """The item the spider makes of a page, and the stats it counted on the way."""
    crawler = get_crawler(FirstpostSpider)
    spider = FirstpostSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    response = HtmlResponse(URL, body=html, headers=headers or {})
    item = spider.item_from(response, "2026-11-26T10:00:00Z")
    return item, crawler.stats.get_stats()


def test_a_five_megabyte_headline_is_not_a_title() -> None:
    html = article_html(Page("fuzzed-story-14000001"), title="Budget passes")
    html = html.replace('"headline": "Budget passes"', '"headline": "' + "spam " * 1_000_000 + '"')
    item, stats = crawl_item(html.encode())
    assert item.title == "Budget passes"  # the page's <h1>, the next source
    assert stats["newscrawl/text/too_long/title"] == 1


def test_a_script_in_a_byline_is_not_an_author() -> None:
    html = article_html(Page("fuzzed-story-14000001")).replace("Asha Menon", "x" * 300)
    item, stats = crawl_item(html.encode())
    assert all(len(author) <= 200 for author in item.authors)
    assert stats["newscrawl/text/too_long/authors"] == 1


def test_utf8_read_as_cp1252_is_repaired_and_counted() -> None:
    """A page in UTF-8 whose server says ISO-8859-1: its text arrives as mojibake."""
    title = "Caf\u00e9 owners say \u2018enough\u2019 \u2013 again"
    html = article_html(Page("fuzzed-story-14000001"), title=title)
    html = html.replace('<meta charset="utf-8">', "")
    item, stats = crawl_item(html.encode(), {"Content-Type": "text/html; charset=iso-8859-1"})
    assert item.title == title
    assert item.body.startswith(title)
    assert stats["newscrawl/text/mojibake_repaired/body"] == 1
    assert "newscrawl/text/replacement_char/body" not in stats


def test_mojibake_that_lost_bytes_is_counted_not_guessed() -> None:
    # U+201D is E2 80 9D in UTF-8; 0x9D has no cp1252 character, so the page decodes to U+FFFD.
    html = article_html(Page("fuzzed-story-14000001"), title="They said \u201cno\u201d")
    html = html.replace('<meta charset="utf-8">', "")
    item, stats = crawl_item(html.encode(), {"Content-Type": "text/html; charset=iso-8859-1"})
    assert "\ufffd" in item.body
    assert stats["newscrawl/text/mojibake/body"] == 1
    assert stats["newscrawl/text/replacement_char/body"] == 1


def test_text_with_lost_bytes_is_counted() -> None:
    html = article_html(Page("fuzzed-story-14000001"))
    body = html.encode().replace(b"residents", b"r\xe9sidents")  # not UTF-8: becomes U+FFFD
    item, stats = crawl_item(body, {"Content-Type": "text/html; charset=utf-8"})
    assert "\ufffd" in item.body
    assert stats["newscrawl/text/replacement_char/body"] == 1


# -- properties that would have found issue 10's bugs -----------------------------------------


@settings(FUZZ, max_examples=4 * EXAMPLES)
@given(
    moment=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    offset_minutes=st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_any_instant_is_a_utc_string_that_reads_back_or_is_not_believed(
    moment: datetime, offset_minutes: int
) -> None:
    """Years below 1000 were written unpadded ("999-06-01T...") and poisoned the store."""
    aware = moment.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=offset_minutes)))
    if not plausible(aware):
        return
    text = to_utc_string(aware)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", text), text
    assert parse_iso(text, UTC) == aware


xml_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)
sitemap_dates = st.one_of(
    xml_text,
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)).map(
        lambda d: d.isoformat()
    ),
    st.builds(
        lambda d, h: f"{d.isoformat()}{h}",
        st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)),
        st.sampled_from(["Z", "+05:30", "-05:00", "+14:00", "-12:00"]),
    ),
)


@FUZZ
@given(
    entries=st.lists(
        st.tuples(st.integers(0, 99), sitemap_dates, sitemap_dates, xml_text), max_size=8
    )
)
def test_any_sitemap_entry_is_read_or_counted_never_the_whole_sitemap_lost(
    entries: list[tuple[int, str, str, str]],
) -> None:
    body = "".join(
        f"<url><loc>https://www.firstpost.com/india/s-{14300000 + n}.html</loc>"
        f"<lastmod>{xml_escape(lastmod)}</lastmod>"
        f"<news:news><news:publication_date>{xml_escape(published)}</news:publication_date>"
        f"<news:title>{xml_escape(title)}</news:title></news:news></url>"
        for n, lastmod, published, title in entries
    )
    xml = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + body + "</urlset>"
    )
    kind, found = parse_sitemap(xml.encode(), IST)
    assert kind == "urlset"
    assert [e.url for e in found] == [
        f"https://www.firstpost.com/india/s-{14300000 + n}.html" for n, *_ in entries
    ]
    for entry, (_, lastmod, published, _) in zip(found, entries, strict=True):
        for value in (entry.lastmod, entry.published):
            assert value is None or re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", value)
        read = sum(v is not None for v in (entry.lastmod, entry.published))
        given_ = sum(bool(raw.strip()) for raw in (lastmod, published))
        assert read + entry.bad_dates == given_

"""Fixture tests for the article extractor: every case x every field, so a failure names both.

The cases live in ``tests/fixtures/<spider>/<case>/`` (see ``conftest.py``). Each page is extracted once
and the result is compared field by field with ``expected.json``; pages with an ``exception.json`` must be
rejected with that exception. The extractor is imported inside the tests so that they are collected (and
fail one by one) even while it does not exist yet.
"""

from __future__ import annotations

import functools
import importlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from conftest import FixtureCase

    from newscrawl.pages import ArticlePage


@dataclass(frozen=True)
class Outcome:
    item: dict[str, Any] | None = None
    error: Exception | None = None


def _extract_article(case: FixtureCase) -> dict[str, Any]:
    from newscrawl.extract import extract_article

    return extract_article(case.spider, case.response(), case.meta()["fetched_at"])


@functools.cache
def _outcome(case: FixtureCase) -> Outcome:
    """Extract a case once per test session; the per-field tests share the result."""
    try:
        return Outcome(item=_extract_article(case))
    except ImportError:
        raise  # the extractor itself is missing: not an outcome worth caching
    except Exception as exc:  # noqa: BLE001 - any failure is reported by every field test of the case
        return Outcome(error=exc)


def _item(case: FixtureCase) -> dict[str, Any]:
    outcome = _outcome(case)
    if outcome.error is not None:
        pytest.fail(f"extract_article raised {outcome.error!r} for {case.id}", pytrace=False)
    assert isinstance(outcome.item, dict), f"extract_article returned {type(outcome.item)!r}"
    return outcome.item


def _exported(value: Any) -> Any:
    """The value as the JSON Lines feed would hold it (tuples become lists, and so on)."""
    return json.loads(json.dumps(value, ensure_ascii=False))


def test_field(article_case: FixtureCase, field: str) -> None:
    expected = article_case.expected()
    assert field in expected, f"{article_case.id}/expected.json has no {field!r}"
    item = _item(article_case)
    assert field in item, f"the extracted item has no {field!r}"
    assert _exported(item[field]) == expected[field]


def test_no_missing_or_extra_fields(article_case: FixtureCase) -> None:
    item = _item(article_case)
    expected = article_case.expected()
    assert sorted(set(expected) - set(item)) == [], "fields missing from the item"
    assert sorted(set(item) - set(expected)) == [], "fields the item has but expected.json has not"


def test_rejected(rejected_case: FixtureCase) -> None:
    spec = rejected_case.exception()
    pages = importlib.import_module("newscrawl.pages")
    exc_type = getattr(pages, spec["exception"], None)
    assert isinstance(exc_type, type), f"newscrawl.pages has no exception {spec['exception']!r}"
    assert issubclass(exc_type, Exception)
    with pytest.raises(exc_type) as info:
        _extract_article(rejected_case)
    reason = getattr(info.value, "reason", None)
    assert isinstance(reason, str), f"{spec['exception']} has no str .reason"
    assert reason.strip(), "the reason is empty"


@pytest.mark.parametrize("listed", [set(), {"bm"}, {"bm", "berita", "sukan"}])
def test_the_section_behind_a_malay_edition_prefix(listed: set[str]) -> None:
    """``/bm/berita/...`` under the crumbs "Utama" (``/bm``) and "Berita" (``/bm/berita``) is in
    "berita", whatever sections the navigation read so far listed; never in the edition "bm"."""
    from lxml.html import fragment_fromstring

    from newscrawl.pages.sections import url_section

    crumbs = fragment_fromstring(
        '<ol class="breadcrumb"><li><a href="/bm">Utama</a></li>'
        '<li><a href="/bm/berita">Berita</a></li></ol>'
    )
    url = "https://x.example/bm/berita/2026/11/jalan-siap-mac-123460"
    assert url_section(url, listed, crumbs, language="ms") == ["berita"]


@pytest.mark.parametrize(
    ("head", "top"),
    [
        # no <h1> at all, the headline in an <h2>; nothing names the site
        ("<title>Council approves budget | The Daily Courier</title>",
         "<h2 class='post-title'>Council approves budget</h2>"),
        # the <h1> is the logo; the title's middle part is a section
        ("<title>Council approves budget \u2013 News \u2013 The Daily Courier</title>",
         "<h1><a href='/'>The Daily Courier</a></h1><h2>Council approves budget</h2>"),
    ],
)  # fmt: skip
def test_the_part_of_the_title_the_page_shows_is_the_headline(head: str, top: str) -> None:
    """Without ``og:title``, JSON-LD or an ``<h1>`` of its own, such a page was rejected."""
    page = _courier_page(head, top)
    assert page.title() == ["Council approves budget"]
    assert page.published_raw() == ["November 24, 2026 5:32 PM GMT"]


@pytest.mark.parametrize(
    "title",
    [
        "Council approves budget - The Valley Star",
        "The Valley Star | Council approves budget",
        "Council approves budget | News | The Valley Star",
    ],
)
def test_a_title_whose_site_name_is_unknown_gives_the_part_the_url_names(title: str) -> None:
    """No part of ``<title>`` is a name the page gives its site, and nothing else names the
    headline: the page had been rejected (``missing_title``). The guess is counted."""
    page = _courier_page(f"<title>{title}</title>")
    assert page.title() == ["Council approves budget"]
    assert "guessed/title" in page.loader.context["damaged"]


def test_a_title_with_a_known_site_name_is_no_guess() -> None:
    page = _courier_page(
        "<title>Council approves budget | The Daily Courier</title>"
        "<meta property='og:site_name' content='The Daily Courier'>"
    )
    assert page.title() == ["Council approves budget"]
    assert "guessed/title" not in page.loader.context["damaged"]


@pytest.mark.parametrize(
    "head",
    [
        # the site's name before a colon, spelling the domain's name
        "<title>Daily Courier: Council approves budget</title>",
        # og:title with the site's name after the headline <title> gives alone
        (
            "<title>Council approves budget</title>"
            "<meta property='og:title' content='Council approves budget | The Courier Group'>"
        ),
    ],
)
def test_the_sites_name_before_a_colon_or_after_og_title_is_no_part_of_the_headline(
    head: str,
) -> None:
    assert _courier_page(head).title() == ["Council approves budget"]


@pytest.mark.parametrize(
    "head",
    [
        # the domain's name with its hyphen, spelt as words: nothing else names the site
        "<title>Council approves budget | Daily Courier</title>",
        # the domain itself after og:title's headline
        (
            "<meta property='og:site_name' content='The Courier'>"
            "<meta property='og:title' content='Council approves budget | Daily-Courier.example'>"
        ),
        # the URL's section between the headline and the site's name
        "<title>Council approves budget | News | Daily Courier</title>",
        (
            "<meta property='og:site_name' content='Daily Courier'>"
            "<meta property='og:title' content='Council approves budget - News - Daily Courier'>"
        ),
        # JSON-LD's section before the headline
        (
            "<title>Schools | Council approves budget | Daily Courier</title>"
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "articleSection": "Schools"}</script>'
        ),
    ],
)
def test_the_sites_domain_and_the_section_beside_the_headline_are_no_part_of_it(
    head: str,
) -> None:
    """A hyphenated domain was never taken for the site's name: such a page had no title."""
    url = "https://www.daily-courier.example/news/council-approves-budget-123/"
    assert _courier_page(head, url=url).title() == ["Council approves budget"]


@pytest.mark.parametrize(
    ("head", "top", "title"),
    [
        # a line break inside the headline is a space (had run two words into one)
        ("", "<h1>Council approves<br>budget</h1>", "Council approves budget"),
        ("", "<h1>Council <em>approves</em><br/>budget</h1>", "Council approves budget"),
        # a label before the headline in the <h1>, og:title without it (had been in the title)
        (
            "<meta property='og:title' content='Council approves budget'>",
            "<h1><span class='kicker'>Exclusive</span> Council approves budget</h1>",
            "Council approves budget",
        ),
        # controls: og:title with the label, and a headline whose first words are its own
        (
            "<meta property='og:title' content='Exclusive: Council approves budget'>",
            "<h1><span class='kicker'>Exclusive:</span> Council approves budget</h1>",
            "Exclusive: Council approves budget",
        ),
        (
            "<meta property='og:title' content='approves budget'>",
            "<h1>Council <span>approves budget</span></h1>",
            "Council approves budget",
        ),
    ],
)
def test_the_h1_read_as_shown_without_a_label_og_title_leaves_out(
    head: str, top: str, title: str
) -> None:
    assert _courier_page(head, top).title() == [title]


def test_a_part_that_names_no_section_stays_in_the_headline() -> None:
    head = "<title>Council approves budget | Schools | Daily Courier</title>"
    url = "https://www.daily-courier.example/news/council-approves-budget-123/"
    assert _courier_page(head, url=url).title() == ["Council approves budget | Schools"]


def _courier_page(
    head: str,
    top: str = "",
    url: str = "https://www.dailycourier.example/news/council-approves-budget-123/",
) -> ArticlePage:
    """The generic page object of a Daily Courier article with ``head`` and ``top`` above its text."""
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    text = "<p>The council met on Tuesday to approve the new budget for the schools.</p>" * 4
    html = (
        f"<html lang='en'><head>{head}<meta property='og:type' content='article'></head>"
        f"<body><article>{top}<p class='date'>November 24, 2026 5:32 PM GMT</p>{text}"
        "</article><footer><p>The Daily Courier</p></footer></body></html>"
    )
    return ArticlePage(HtmlResponse(url, body=html.encode(), encoding="utf-8"))


_SECTION_CRUMB = (
    '{"@type": "ListItem", "position": 2, "name": "Business",'
    ' "item": "https://www.courier.example/business/"}'
)
_ARTICLE_CRUMB = (
    '{"@type": "ListItem", "position": 2, "name": "Shares slip in early trade",'
    ' "item": "https://www.courier.example/business/shares-slip-123"}'
)


@pytest.mark.parametrize(
    ("last", "section"),
    [
        # the trail ends at the section: its page lies above the article's
        (_SECTION_CRUMB, ["Business"]),
        # the trail's last crumb is the article itself
        (_ARTICLE_CRUMB, []),
    ],
)  # fmt: skip
def test_a_breadcrumb_trail_ending_at_the_section(last: str, section: list[str]) -> None:
    """ "Home > Business" without the article's own crumb gave no section."""
    trail = (
        '<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": ['
        '{"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.courier.example/"},'
        f"{last}]}}</script>"
    )
    assert _shares_page(trail).section() == section


@pytest.mark.parametrize(
    "head",
    [
        (
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "articleSection": "Business > Markets"}</script>'
        ),
        '<meta property="article:section" content="Business/Markets">',
    ],
)
def test_a_section_path_gives_its_top_section(head: str) -> None:
    """ "Business > Markets" was the slug "business-markets", a section no URL names."""
    assert _shares_page(head).section() == ["Business"]


def _shares_page(head: str) -> ArticlePage:
    """The generic page object of a Courier business story with ``head``."""
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    html = (
        f"<html lang='en'><head>{head}</head><body><article><h1>Shares slip in early trade</h1>"
        + "<p>Stocks fell in early trade on Tuesday as investors weighed the latest signals.</p>"
        * 4
        + "</article></body></html>"
    )
    url = "https://www.courier.example/business/shares-slip-123"
    return ArticlePage(HtmlResponse(url, body=html.encode(), encoding="utf-8"))


_TEXTS = {
    "de": "Die Stadt hat am Dienstag den neuen Haushalt für die Schulen beschlossen, der mehr "
    "Geld für die Lehrer vorsieht und die Sanierung der Gebäude auch im Winter.",
    "pt": "A câmara aprovou na terça-feira o novo orçamento para as escolas, que prevê mais "
    "dinheiro para os professores e a renovação dos edifícios até ao verão.",
    "en": "The council approved the new budget for the schools on Tuesday, which gives more "
    "money to the teachers and to the repair of the buildings.",
}


@pytest.mark.parametrize(
    ("declared", "language", "published"),
    [
        ("en-US", "de", "2026-11-24T13:05:00Z"),
        ("en", "pt", "2026-11-24T14:05:00Z"),
        ("en", "en", "2026-11-24T14:05:00Z"),
    ],
)
def test_a_themes_english_lang_over_text_in_another_language(
    declared: str, language: str, published: str
) -> None:
    """A German site on a theme that keeps ``lang="en-US"``: its words name its language, and
    its dates ("24. November 2026, 14:05 Uhr") are read in it."""
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    line = {
        "de": "24. November 2026, 14:05 Uhr",
        "pt": "24 de novembro de 2026, 14:05",
        "en": "November 24, 2026 2:05 PM",
    }
    html = (
        f"<html lang='{declared}'><head><title>Haushalt beschlossen</title>"
        "<meta property='og:type' content='article'></head><body><article>"
        f"<h1>Haushalt beschlossen</h1><p>{line[language]}</p>"
        f"<p>{_TEXTS[language]}</p><p>{_TEXTS[language]}</p></article></body></html>"
    )
    url = "https://www.stadtbote.example/lokales/haushalt-beschlossen-123/"
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8")
    item = extract_article("news", response, "2026-11-25T10:00:00Z")
    assert item["language"] == language
    assert item["published_at"] == published


_CAPTION = (
    "<p>Council members voted on the bridge on Tuesday night. Watch the moment it passed.</p>"
)
_VIDEO_LD = (
    '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "%s",'
    ' "datePublished": "2026-11-24T17:32:00-05:00"}, {"@type": "VideoObject", "name": "Vote",'
    ' "uploadDate": "2026-11-24T17:32:00-05:00", "contentUrl": "https://cdn.x.example/v.mp4"}]}'
)


@pytest.mark.parametrize(
    ("headline", "ld", "player", "text", "media"),
    [
        # a NewsArticle beside its VideoObject, a caption for text
        ("The bridge vote", _VIDEO_LD, "<video src='/v.mp4'></video>", _CAPTION, True),
        # a headline that says it is a video, over a player and a caption
        ("Watch: the bridge vote", "", "<iframe src='https://www.youtube.com/embed/x'></iframe>", _CAPTION, True),
        # the same player above a real text is an article with a video
        ("Watch: the bridge vote", _VIDEO_LD, "<video src='/v.mp4'></video>", _CAPTION * 6, False),
        # a short brief with no player or media label stays an article
        ("The bridge vote", "", "", _CAPTION, False),
    ],
)  # fmt: skip
def test_a_player_or_gallery_under_a_caption_is_a_media_page(
    headline: str, ld: str, player: str, text: str, media: bool
) -> None:
    """Video and gallery pages are never articles, whatever type their markup gives them."""
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    script = f'<script type="application/ld+json">{ld % headline}</script>' if ld else ""
    html = (
        f"<html lang='en'><head><title>{headline}</title>{script}</head><body><article>"
        f"<h1>{headline}</h1>{player}{text}</article></body></html>"
    )
    url = "https://www.x.example/news/2026/11/24/bridge-vote/"
    page = ArticlePage(HtmlResponse(url, body=html.encode(), encoding="utf-8"))
    assert page.is_media() is media


def test_an_hatom_post_gives_its_marked_dates_and_its_author_under_a_lesser_headline() -> None:
    """Blogger's and older themes' microformats: ``abbr.published[title]``, an ``<h3>`` headline."""
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    text = "<p>Council members voted on the bridge on Tuesday night, after a long debate.</p>" * 8
    html = (
        "<html lang='en'><head><title>River Notes: Bridge vote goes ahead</title></head><body>"
        "<div class='blog-posts hfeed'><div class='post hentry'>"
        "<h3 class='post-title entry-title'>Bridge vote goes ahead</h3>"
        "<div class='post-header'><span class='post-author vcard'>Posted by "
        "<span class='fn'>Ana Ruiz</span></span> <abbr class='published updated' "
        "title='2026-11-24T17:32:00-05:00'>5:32 PM</abbr>"
        "<abbr class='updated' title='2026-11-25T08:05:00-05:00'>8:05 AM</abbr></div>"
        f"<div class='post-body entry-content'>{text}</div></div></div></body></html>"
    )
    url = "https://rivernotes.blogspot.com/2026/11/bridge-vote-goes-ahead.html"
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8")
    item = extract_article("news", response, "2026-11-30T08:00:00Z")
    assert (item["title"], item["authors"]) == ("Bridge vote goes ahead", ["Ana Ruiz"])
    assert (item["published_at"], item["modified_at"]) == (
        "2026-11-24T22:32:00Z",
        "2026-11-25T13:05:00Z",
    )


@pytest.mark.parametrize("head", ["<meta property='og:type' content='article'>", ""])
def test_a_page_dated_nowhere_but_in_its_url_takes_that_day(head: str) -> None:
    """An article marked as one, or long enough, was rejected for having no date at all."""
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    text = "<p>Council members voted on the bridge on Tuesday night, after a long debate.</p>" * 12
    html = (
        f"<html lang='en'><head><title>Bridge vote goes ahead</title>{head}</head><body>"
        f"<article><h1>Bridge vote goes ahead</h1>{text}</article></body></html>"
    )
    url = "https://www.x.example/2026/11/24/bridge-vote-goes-ahead/"
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8")
    item = extract_article("news", response, "2026-11-30T08:00:00Z")
    # the day as the URL names it, never moved into another day by a zone
    assert (item["published_raw"], item["published_at"]) == ("2026-11-24", "2026-11-24T00:00:00Z")


@pytest.mark.parametrize(
    ("wrapper", "found"),
    [
        # page-wide wrappers whose class reads like an overlay's: Drupal's, WordPress themes'
        ("<div class='dialog-off-canvas-main-canvas'><main>{}</main></div>", True),
        ("<div class='background-overlay'><div role='main'>{}</div></div>", True),
        ("<div class='page menu-push'><article>{}</article></div>", True),
        # a dialog or a sign-in box holds no story: its <h1> is not the headline
        ("<div class='login-modal'>{}</div>", False),
        ("<div role='dialog'><article>{}</article></div>", False),
    ],
)
def test_the_headline_inside_a_page_wrapper_named_like_an_overlay(
    wrapper: str, found: bool
) -> None:
    from lxml.html import document_fromstring

    from newscrawl.pages.headline import h1_element

    page = document_fromstring(
        f"<html><body>{wrapper.format('<h1>Ferry fares rise</h1>')}</body></html>"
    )
    h1 = h1_element(page)
    assert (h1 is not None and h1.text == "Ferry fares rise") is found


def _updated_page(dates: str, top: str = "<h1>Bridge vote goes ahead</h1>") -> dict[str, Any]:
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    text = "<p>Council members voted on the bridge on Tuesday night, after a long debate.</p>" * 8
    html = (
        "<html lang='en'><head><title>Bridge vote goes ahead | River Post</title>"
        "<meta property='og:title' content='Bridge vote goes ahead'>"
        "<meta property='og:type' content='article'></head><body><article>"
        f"{top}<div class='meta'>{dates}</div>{text}</article></body></html>"
    )
    url = "https://www.riverpost.example/news/bridge-vote-goes-ahead-48213"
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8")
    return extract_article("news", response, "2026-11-30T08:00:00Z")


@pytest.mark.parametrize(
    ("dates", "published", "modified"),
    [
        # the only <time> is the update's: the publication is the line before it
        (
            (
                "Posted Nov 24, 2026 2:05 PM EST | Updated "
                "<time datetime='2026-11-25T09:10:11-05:00'>Nov 25, 2026 9:10 AM EST</time>"
            ),
            "2026-11-24T19:05:00Z",
            "2026-11-25T14:10:11Z",
        ),
        (
            (
                "Nov 24, 2026 | <span>Last updated</span> "
                "<time datetime='2026-11-25T09:10:11Z'>2 hours ago</time>"
            ),
            "2026-11-24T00:00:00Z",
            "2026-11-25T09:10:11Z",
        ),
        # the update's <time> first, its label inside it
        (
            (
                "<time datetime='2026-11-25T09:10:11Z'>Updated Nov 25</time> "
                "<time datetime='2026-11-24T14:05:00Z'>Nov 24, 2026</time>"
            ),
            "2026-11-24T14:05:00Z",
            "2026-11-25T09:10:11Z",
        ),
        # the update's exact instant, not its printed day or minute
        (
            (
                "<time datetime='2026-11-24T14:05:00-05:00'>Nov. 24</time> "
                "<span>Updated <time datetime='2026-11-25T09:10:11-05:00'>Nov. 25</time></span>"
            ),
            "2026-11-24T19:05:00Z",
            "2026-11-25T14:10:11Z",
        ),
        (
            (
                "<time datetime='2026-11-24 14:05:00 GMT'>Nov 24, 2026 @14:05 PM</time> "
                "<i>Updated: <time datetime='2026-11-25 09:10:11 GMT'>Nov 25, 2026 @09:10 AM</time></i>"
            ),
            "2026-11-24T14:05:00Z",
            "2026-11-25T09:10:11Z",
        ),
    ],
)
def test_a_time_printed_after_an_update_label_is_the_update(
    dates: str, published: str, modified: str
) -> None:
    """The first three had given the update as the publication; the last two its day or minute."""
    item = _updated_page(dates)
    assert (item["published_at"], item["modified_at"]) == (published, modified)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # an aggregator's featured story: its <h1> links to another site's page
        (
            "<h1><a href='https://other.example/2026/11/24/reindeer/'>Reindeer games</a></h1>",
            "Bridge vote goes ahead",
        ),
        # another story of the same site, linked
        ("<h1><a href='/news/storm-closes-schools-48214'>Storm closes schools</a></h1>", None),
        # controls: a headline linked to its own page, one with a link inside it
        (
            "<h1><a href='/news/bridge-vote-goes-ahead-48213/' rel='bookmark'>Bridge vote</a></h1>",
            "Bridge vote",
        ),
        (
            "<h1>Bridge vote: <a href='/tag/council/'>council</a> says yes</h1>",
            "Bridge vote: council says yes",
        ),
    ],
)
def test_an_h1_that_only_links_to_another_page_is_no_headline(top: str, title: str | None) -> None:
    """The first two had been the title (a Digg page's featured story was)."""
    dates = "<time datetime='2026-11-24T14:05:00Z'>Nov 24, 2026</time>"
    assert _updated_page(dates, top)["title"] == (title or "Bridge vote goes ahead")


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        (
            "Today, 2:05 PM EST | Updated: Today, 3:10 PM EST",
            "2026-11-30T19:05:00Z",
            "2026-11-30T20:10:00Z",
        ),
        # crawled at 03:30 on 1 December on that clock: yesterday is 30 November there
        (
            "Yesterday at 11:40 PM (GMT+5:30) | Updated: Today, 1:10 AM (GMT+5:30)",
            "2026-11-30T18:10:00Z",
            "2026-11-30T19:40:00Z",
        ),
    ],
)
def test_a_day_word_and_clock_with_its_zone_is_read_on_that_zone(
    line: str, published: str, modified: str
) -> None:
    """Had been no publication date (the URL's day, or a reject) and an update read on UTC."""
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    text = "<p>Council members voted on the bridge on Tuesday night, after a long debate.</p>" * 8
    html = (
        "<html lang='en'><head><title>Bridge vote goes ahead</title>"
        "<meta property='og:type' content='article'></head><body><article>"
        f"<h1>Bridge vote goes ahead</h1><p class='meta'>{line}</p>{text}</article></body></html>"
    )
    url = "https://www.riverpost.example/news/bridge-vote-goes-ahead-48213"
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8")
    item = extract_article("news", response, "2026-11-30T22:00:00Z")
    assert (item["published_at"], item["modified_at"]) == (published, modified)
    assert "Today" not in item["body"]


_LD_ARTICLE = (
    '{"@type": "NewsArticle", "headline": "Bridge vote goes ahead",'
    ' "datePublished": "2026-11-24T14:05:00-05:00", "author": "Ana Ruiz"}'
)


@pytest.mark.parametrize(
    "script",
    [
        f"<!-- {_LD_ARTICLE} -->",
        f"//<![CDATA[\n{_LD_ARTICLE}\n//]]>",
        f"{_LD_ARTICLE};",
        '{"@type": "Organization", "name": "River Post"}' + _LD_ARTICLE,
    ],
)
def test_json_ld_wrapped_in_a_comment_cdata_or_written_twice_is_read(script: str) -> None:
    """Each had been a broken script: the page had no date and no author (a reject)."""
    item = _ld_item(script)
    assert (item["published_at"], item["authors"]) == ("2026-11-24T19:05:00Z", ["Ana Ruiz"])


def _ld_item(script: str, printed: str = "") -> dict[str, Any]:
    """What a crawl exports of a bridge story whose only JSON-LD script is ``script``."""
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    text = "<p>Council members voted on the bridge on Tuesday night, after a long debate.</p>" * 8
    html = (
        "<html lang='en'><head><title>Bridge vote goes ahead</title>"
        f"<script type='application/ld+json'>{script}</script></head><body><article>"
        f"<h1>Bridge vote goes ahead</h1>{printed}{text}</article></body></html>"
    )
    url = "https://www.riverpost.example/news/bridge-vote-goes-ahead-48213"
    return extract_article("news", HtmlResponse(url, body=html.encode()), "2026-11-30T08:00:00Z")


@pytest.mark.parametrize("kind", ['"newsarticle"', '"schema:NewsArticle"', '["NEWSARTICLE"]'])
def test_json_ld_types_spelt_in_another_case_or_with_a_prefix_are_read(kind: str) -> None:
    """A lower-case or prefixed type had been no article node: its authors were lost."""
    item = _ld_item(_LD_ARTICLE.replace('"NewsArticle"', kind))
    assert (item["published_at"], item["authors"]) == ("2026-11-24T19:05:00Z", ["Ana Ruiz"])


@pytest.mark.parametrize(
    ("published", "modified"),
    [("1795547100", "1795550700000"), ("1795547100.0", "[1795550700000]")],
)
def test_json_ld_dates_given_as_unix_times_are_read(published: str, modified: str) -> None:
    """A number, in seconds or milliseconds, had been no date: the page was a reject."""
    ld = _LD_ARTICLE.replace('"2026-11-24T14:05:00-05:00"', published).replace(
        '"author"', f'"dateModified": {modified}, "author"'
    )
    item = _ld_item(ld)
    assert (item["published_at"], item["modified_at"], item["published_raw"]) == (
        "2026-11-24T19:05:00Z",
        "2026-11-24T20:05:00Z",
        "1795547100",
    )


@pytest.mark.parametrize(
    ("head", "top", "description"),
    [
        # the headline again: no description of the page's own, nor the site's default after it
        (
            (
                "<meta property='og:description' content='Council approves budget'>"
                "<meta name='description' content='The Daily Courier.'>"
            ),
            "<h1>Council approves budget</h1>",
            None,
        ),
        # ... but the dek the page prints under its headline
        (
            "<meta property='og:description' content='Council approves budget'>",
            (
                "<h1>Council approves budget</h1>"
                "<p class='standfirst'>Schools get most of the new money, the mayor said.</p>"
            ),
            "Schools get most of the new money, the mayor said.",
        ),
        # the site's tagline, the site's name before it
        (
            (
                "<meta property='og:site_name' content='The Daily Courier'>"
                "<meta name='description' content='The Daily Courier - local news, sport and"
                " weather for the valley'>"
            ),
            "<h1>Council approves budget</h1>",
            None,
        ),
        # markup a CMS escaped into the description, and its excerpt's link
        (
            (
                "<meta name='description' content='&lt;p&gt;Schools get most of the &lt;b&gt;new"
                ' money&lt;/b&gt;.&lt;/p&gt; [&lt;a href="/x/"&gt;more&lt;/a&gt;]\'>'
            ),
            "<h1>Council approves budget</h1>",
            "Schools get most of the new money.",
        ),
        # controls: a description that names the site first but is about the story
        (
            (
                "<meta property='og:site_name' content='The Daily Courier'>"
                "<meta name='description' content='The Daily Courier: council approves the budget"
                " for schools'>"
            ),
            "<h1>Council approves budget</h1>",
            "The Daily Courier: council approves the budget for schools",
        ),
    ],
)
def test_a_description_that_repeats_the_headline_or_is_the_sites_tagline_is_none(
    head: str, top: str, description: str | None
) -> None:
    """Each had been the description: the headline again, the site's default, or markup."""
    page = _courier_page(head, top)
    assert (
        page.to_item(site="dailycourier.example", crawled_at="2026-11-25T10:00:00Z").description
        == description
    )


@pytest.mark.parametrize(
    ("content", "description"),
    [
        # escaped twice by the CMS (had been exported with its entities)
        ("It&amp;#8217;s the schools&amp;#039; money", "It\u2019s the schools' money"),
        ("Schools &amp;amp; roads get the money", "Schools & roads get the money"),
        # controls: an ampersand of the text, escaped once
        ("AT&amp;T and R&amp;D get the money", "AT&T and R&D get the money"),
    ],
)
def test_a_meta_value_escaped_twice_is_read_as_its_text(content: str, description: str) -> None:
    page = _courier_page(
        f"<meta name='description' content='{content}'>", "<h1>Council approves budget</h1>"
    )
    assert (
        page.to_item(site="dailycourier.example", crawled_at="2026-11-25T10:00:00Z").description
        == description
    )


_WHOLE = "Schools get most of the new money, the mayor said on Tuesday night."


@pytest.mark.parametrize(
    ("head", "description"),
    [
        # og:description cut short, the <meta> description whole (had been the cut one)
        (
            (
                f"<meta property='og:description' content='{_WHOLE[:30]}...'>"
                f"<meta name='description' content='{_WHOLE}'>"
            ),
            _WHOLE,
        ),
        (
            (
                f"<meta name='description' content='{_WHOLE[:30]}\u2026'>"
                f"<meta property='og:description' content='{_WHOLE}'>"
            ),
            _WHOLE,
        ),
        # controls: cut short alone, or beside another description
        (f"<meta name='description' content='{_WHOLE[:30]}...'>", f"{_WHOLE[:30]}..."),
        (
            (
                f"<meta property='og:description' content='{_WHOLE[:30]}...'>"
                "<meta name='description' content='The council met on Tuesday night.'>"
            ),
            f"{_WHOLE[:30]}...",
        ),
    ],
)
def test_a_description_cut_short_takes_its_whole_text_from_another_tag(
    head: str, description: str
) -> None:
    page = _courier_page(head, "<h1>Council approves budget</h1>")
    assert (
        page.to_item(site="dailycourier.example", crawled_at="2026-11-25T10:00:00Z").description
        == description
    )


@pytest.mark.parametrize(
    "published", ["{{ post.date }}", "Invalid date", "NaN-NaN-NaN", "null", "TBD"]
)
def test_a_json_ld_date_without_a_digit_gives_way_to_the_printed_date(published: str) -> None:
    """A template's placeholder or a script's error had been read: the page was rejected."""
    ld = _LD_ARTICLE.replace("2026-11-24T14:05:00-05:00", published)
    item = _ld_item(ld, "<p class='date'>November 24, 2026 2:05 PM EST</p>")
    assert (item["published_at"], item["published_raw"]) == (
        "2026-11-24T19:05:00Z",
        "November 24, 2026 2:05 PM EST",
    )


@pytest.mark.parametrize(
    ("published", "at"),
    [
        # a "Z" after the offset (had made the page a reject)
        ("2026-11-24T14:05:00-05:00Z", "2026-11-24T19:05:00Z"),
        # ISO 8601's end of the day (had made the page a reject)
        ("2026-11-24T24:00:00Z", "2026-11-25T00:00:00Z"),
    ],
)
def test_iso_dates_a_cms_writes_oddly_are_read(published: str, at: str) -> None:
    item = _ld_item(_LD_ARTICLE.replace("2026-11-24T14:05:00-05:00", published))
    assert item["published_at"] == at


@pytest.mark.parametrize(
    ("head", "section"),
    [
        # the site's own name or domain as the section (had been "gizmodo-com")
        ('"articleSection": "dailycourier.example"', None),
        ('"articleSection": "The Daily Courier"', None),
        # a CMS's catch-all stream or post type (had been "all", "front-page", "post")
        ('"articleSection": "All"', None),
        ('"articleSection": "Front Page"', None),
        ('"articleSection": "post"', None),
        # control: a real section
        ('"articleSection": "Schools"', "schools"),
    ],
)
def test_a_section_that_names_the_site_or_a_catch_all_stream_is_none(
    head: str, section: str | None
) -> None:
    ld = f'<script type="application/ld+json">{{"@type": "NewsArticle", {head}}}</script>'
    site = "<meta property='og:site_name' content='The Daily Courier'>"
    page = _courier_page(ld + site, "<h1>Council approves budget</h1>")
    item = page.to_item(site="dailycourier.example", crawled_at="2026-11-25T10:00:00Z")
    assert item.section == section


@pytest.mark.parametrize("graph", [False, True])
def test_of_several_json_ld_articles_the_one_naming_the_page_is_read(graph: bool) -> None:
    """Another story's node before the page's own had given its headline, date and authors."""
    other = (
        '{"@type": "NewsArticle", "headline": "Ferry fares rise", "url":'
        ' "https://www.riverpost.example/news/ferry-fares-rise-48100",'
        ' "datePublished": "2026-10-01T10:00:00Z", "author": "Tom Field"}'
    )
    own = _LD_ARTICLE.replace(
        '"headline"', '"mainEntityOfPage": "/news/bridge-vote-goes-ahead-48213/", "headline"'
    )
    script = f'{{"@graph": [{other}, {own}]}}' if graph else f"[{other}, {own}]"
    item = _ld_item(script)
    assert (item["title"], item["published_at"], item["authors"]) == (
        "Bridge vote goes ahead",
        "2026-11-24T19:05:00Z",
        ["Ana Ruiz"],
    )

# ruff: noqa: RUF001, RUF002  (Chinese text is written with its own full-width punctuation)
"""Taiwanese news pages: Republic of China years, 上午/下午 clocks, reporters' bylines, editors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from scrapy.http import HtmlResponse

from newscrawl.dates import parse_date_full, to_utc_string
from newscrawl.pages.bylines import zh_byline
from newscrawl.pages.dates import find_printed_date
from newscrawl.pages.sections import section_slug
from newscrawl.spiders.news import GenericArticle

_TEXT = [
    "港南市立醫院新大樓24日正式啟用，新增急診觀察床四十床，並設立兒童專屬急診區。",
    "醫院院長表示，過去急診室經常一床難求，病患等待住院時間平均超過兩天。",
    "新大樓也引進智慧病房系統，護理人員可透過平板即時掌握病人的生命徵象。",
    "市府衛生局說，未來將持續爭取中央補助，逐步汰換老舊的醫療設備。",
]
_RECORDED = datetime(2026, 11, 25, 2, tzinfo=UTC)


def _page(info: str, closing: str = "", lang: str = "zh-Hant-TW") -> GenericArticle:
    paras = "".join(f"<p>{p}</p>" for p in [*_TEXT, closing] if p)
    body = (
        f'<html lang="{lang}"><head><meta charset="utf-8">'
        "<title>港南市立醫院新大樓啟用 - 海島晨報</title>"
        '<meta property="og:type" content="article"></head><body>'
        '<nav><a href="/">首頁</a><a href="/list/society">社會</a></nav>'
        "<main><article><h1>港南市立醫院新大樓啟用</h1>"
        f'<div class="info">{info}</div><div class="article-body">{paras}</div>'
        "</article></main></body></html>"
    )
    url = "https://news.haidao.example/article/4871244"
    return GenericArticle(HtmlResponse(url, body=body.encode(), encoding="utf-8"))


def _utc(printed: str) -> str:
    parsed = parse_date_full(printed, tz_name="Asia/Taipei", language="zh-TW", reference=_RECORDED)
    assert parsed.moment is not None, printed
    return to_utc_string(parsed.moment)


@pytest.mark.parametrize(
    ("line", "printed", "utc"),
    [
        ("民國115年11月24日 09:15", "民國115年11月24日 09:15", "2026-11-24T01:15:00Z"),
        ("發佈時間：中華民國115年11月22日 14:00", "中華民國115年11月22日 14:00", "2026-11-22T06:00:00Z"),
        ("115/11/24 16:40", "115/11/24 16:40", "2026-11-24T08:40:00Z"),
        ("115年11月24日 下午 3:05", "115年11月24日 下午 3:05", "2026-11-24T07:05:00Z"),
        ("民國115年11月24日(二) 中午12:30", "民國115年11月24日(二) 中午12:30", "2026-11-24T04:30:00Z"),
        ("115.11.24", "115.11.24", "2026-11-24T00:00:00Z"),
    ],
)  # fmt: skip
def test_republic_of_china_years(line: str, printed: str, utc: str) -> None:
    """A Minguo year was no date at all: three articles of a Taiwanese daily were dropped."""
    found = find_printed_date(line, "zh-TW")
    assert found is not None
    assert found[2] == printed
    assert _utc(found[2]) == utc


@pytest.mark.parametrize(
    ("line", "printed", "utc"),
    [
        ("2026年11月24日 下午3:05", "2026年11月24日 下午3:05", "2026-11-24T07:05:00Z"),
        ("2026/11/24 下午3:05", "2026/11/24 下午3:05", "2026-11-24T07:05:00Z"),
        ("2026/11/24 上午 12:05", "2026/11/24 上午 12:05", "2026-11-23T16:05:00Z"),
        ("2026年11月24日 晚上 9:40", "2026年11月24日 晚上 9:40", "2026-11-24T13:40:00Z"),
    ],
)  # fmt: skip
def test_the_half_of_the_day_before_a_chinese_twelve_hour_clock(
    line: str, printed: str, utc: str
) -> None:
    """ "2026年11月24日 下午3:05" was read as the day alone, midnight UTC: 7 hours early."""
    found = find_printed_date(line, "zh-TW")
    assert found is not None
    assert found[2] == printed
    assert _utc(found[2]) == utc


def test_a_gregorian_date_is_never_read_as_a_roc_one() -> None:
    assert _utc("2026/11/24 14:05") == "2026-11-24T06:05:00Z"
    assert _utc("2026-11-24 14:05 CST") == "2026-11-24T06:05:00Z"
    assert find_printed_date("115/11/24 16:40", "en") is None  # not a Chinese page


def test_roc_dates_and_update_time_under_the_headline() -> None:
    page = _page(
        "<span>記者黃怡君／港南報導</span><span>發佈時間：115/11/24 16:40</span>"
        "<span>更新時間：115/11/24 18:05</span>"
    )
    item = page.to_item(site="news.haidao.example", crawled_at="2026-11-25T02:00:00Z")
    assert item.published_raw == "115/11/24 16:40"
    assert item.modified_raw == "115/11/24 18:05"
    assert _utc(item.modified_raw) == "2026-11-24T10:05:00Z"


def test_an_update_time_labelled_gengxin_shijian() -> None:
    """ "更新時間：" (update time) was no update label: modified_at was lost."""
    page = _page(
        "<span>發佈時間：2026/11/23 下午 10:48</span><span>更新時間：2026/11/24 上午 1:05</span>"
    )
    item = page.to_item(site="news.haidao.example", crawled_at="2026-11-25T02:00:00Z")
    assert item.published_raw == "2026/11/23 下午 10:48"
    assert item.modified_raw == "2026/11/24 上午 1:05"
    assert _utc(item.modified_raw) == "2026-11-23T17:05:00Z"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("記者王小明／台北報導", ["王小明"]),
        ("記者林俊宏、周曉雯／港南報導", ["林俊宏", "周曉雯"]),
        ("文／記者蔡宗翰2026-11-24 10:30", ["蔡宗翰"]),
        ("（中央社記者林美華台北24日電）交通部24日宣布，工程將於明年春天動工。", ["林美華"]),
        ("（中央社記者王小明、李大華華盛頓23日專電）美國國會23日通過法案。", ["王小明", "李大華"]),
        ("（中央社台北24日電）交通部24日宣布，工程將於明年春天動工。", []),
        ("本報記者 周曉雯", ["周曉雯"]),
        ("文／陳志豪", ["陳志豪"]),
        ("圖、文／記者陳志豪", ["陳志豪"]),
        ("文／記者陳志豪　圖／記者黃怡君", ["陳志豪"]),
        ("攝影／黃怡君　記者陳志豪／台北報導", ["陳志豪"]),
    ],
)  # fmt: skip
def test_taiwanese_bylines(line: str, names: list[str]) -> None:
    """The reporter, not the place filed from, the agency nor the date run into the name."""
    assert zh_byline(line) == names


def test_the_reporter_of_a_byline_filed_from_a_place() -> None:
    page = _page("<span>記者黃怡君／港南報導</span><span>2026/11/24 16:40</span>")
    assert page.authors() == ["黃怡君"]


@pytest.mark.parametrize(
    "closing", ["編輯：張雅婷", "責任編輯：蔡佩珊", "（編輯：李建國）1151124", "【责任编辑：李娜】"]
)
def test_an_editor_line_closing_the_text_is_no_text(closing: str) -> None:
    page = _page("<span>記者黃怡君／港南報導</span><span>2026/11/24 16:40</span>", closing)
    item = page.to_item(site="news.haidao.example", crawled_at="2026-11-25T02:00:00Z")
    assert item.body == "\n\n".join(_TEXT)


def test_a_list_folder_holds_the_sections() -> None:
    """``/list/society`` is the society listing: the section was lost."""
    assert section_slug("/list/society") == "society"


def test_a_template_lang_en_on_a_chinese_page_is_not_english() -> None:
    """A template's ``lang="en"`` made a Chinese page English: its language and its dates."""
    page = _page("<span>發佈時間：115/11/24 16:40</span>", lang="en")
    assert page.language() == ["zh"]
    assert page.published_raw() == ["115/11/24 16:40"]


def test_an_english_title_beside_a_chinese_site_name_stays_english() -> None:
    body = (
        '<html lang="en"><head><title>Hospital opens new wing - 海島晨報英文版</title></head>'
        "<body><h1>Hospital opens new wing</h1><p>The wing has forty beds.</p></body></html>"
    )
    url = "https://news.haidao.example/en/article/4871244"
    page = GenericArticle(HtmlResponse(url, body=body.encode(), encoding="utf-8"))
    assert page.language() == ["en"]


def test_the_wire_marked_as_author_gives_way_to_its_reporters() -> None:
    """JSON-LD's author "中央社" (the wire) hid the reporters its dateline names."""
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "author": {"@type": "Organization", "name": "中央社"}}'
    body = (
        '<html lang="zh-TW"><head><meta charset="utf-8"><title>南太平洋增設代表處 - 海島晨報</title>'
        f'<script type="application/ld+json">{ld}</script></head><body>'
        "<main><article><h1>南太平洋增設代表處</h1><div>（中央社）2026/11/24 10:20</div>"
        f"<p>（中央社記者王小明、李大華台北24日電）{_TEXT[0]}</p><p>{_TEXT[1]}</p>"
        "</article></main></body></html>"
    )
    url = "https://news.haidao.example/article/4871295"
    page = GenericArticle(HtmlResponse(url, body=body.encode(), encoding="utf-8"))
    assert page.authors() == ["王小明", "李大華"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("文／周曉雯", ["周曉雯"]),  # the line runs it into the ROC date beside it
        ("文／記者陳志豪　圖／記者黃怡君", ["陳志豪"]),  # the photographer is no author
    ],
)
def test_a_marked_chinese_byline_beside_its_date(byline: str, names: list[str]) -> None:
    page = _page(f'<span class="author">{byline}</span><span>中華民國115年11月22日 14:00</span>')
    assert page.authors() == names

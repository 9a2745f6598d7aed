# ruff: noqa: RUF001  (Chinese and Japanese text is written with its own full-width punctuation)
"""Chinese news pages without article markup: briefs, bylines, site names, galleries."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from newscrawl.pages.base import NotAnArticle
from newscrawl.spiders.news import GenericArticle

_TEXT = [
    "江州地铁五号线首期工程24日通过竣工验收，预计下月底开通初期运营。",
    "五号线首期全长二十一点四公里，设车站十六座，串联青溪区、澄江新区和高铁南站。",
    "开通初期，高峰时段行车间隔为五分钟，平峰时段为八分钟，首班车六时发出。",
    "市轨道交通集团提醒，试运行期间部分车站出入口仍在施工，请市民留意现场指引。",
    "五号线首期工程于二〇二二年开工建设，沿线共设置换乘站四座。",
]


def _page(title: str, suffix: str = "_江南网", lang: str = ' lang="zh-CN"') -> GenericArticle:
    paras = "".join(f"<p>\u3000\u3000{p}</p>" for p in _TEXT)
    body = (
        f'<html{lang}><head><meta charset="utf-8"><title>{title}{suffix}</title>'
        '<meta name="author" content="江南日报"></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/gn/index.html">国内</a></div>'
        f'<div class="article"><h1>{title}</h1>'
        '<div class="info">发布时间：2026-11-24 15:05\u3000来源：江南日报\u3000记者 王芳 通讯员 赵强</div>'
        f'<div class="TRS_Editor">{paras}</div><div class="editor">责任编辑：李娜</div>'
        "</div></body></html>"
    )
    url = "https://www.jnrb.example/news/202611/t20261124_123456.html"
    return GenericArticle(HtmlResponse(url, body=body.encode(), encoding="utf-8"))


def test_a_short_brief_under_its_headline_and_date_line_is_an_article() -> None:
    # 170 Chinese characters: too short for a page without any header, not for a brief.
    item = _page("地铁五号线首期工程通过竣工验收").to_item(site="jnrb.example", crawled_at="x")
    assert item.body == "\n\n".join(_TEXT)
    assert item.published_raw == "2026-11-24 15:05"


def test_reporters_not_the_outlet_nor_the_editor_are_the_authors() -> None:
    # <meta name=author> names the paper, which the date line credits as the source.
    assert _page("地铁五号线首期工程通过竣工验收").authors() == ["王芳", "赵强"]


def test_a_page_without_a_declared_language_is_chinese_by_its_title() -> None:
    assert _page("地铁五号线首期工程通过竣工验收", lang="").language() == ["zh"]


def test_the_site_name_after_an_underscore_is_no_part_of_the_title() -> None:
    page = _page("地铁五号线首期工程通过竣工验收", "_国内_江南网")
    assert page.site_names == {"国内", "江南网"}


@pytest.mark.parametrize(
    "label", ["组图：", "【组图】", "视频｜", "图集 | ", "【影音】", "圖輯／", "影片／", "〈影音〉"]
)
def test_a_headline_labelled_as_a_gallery_or_video_is_no_article(label: str) -> None:
    with pytest.raises(NotAnArticle, match="media_page"):
        _page(label + "江州迎来今冬首场降雪").to_item(site="jnrb.example", crawled_at="x")


def _titled(title: str, site: str = "ABC新聞") -> list[str]:
    """The title of a Japanese page that has only its ``<title>``: no ``<h1>``, no og:title."""
    from newscrawl.extract import extract_article

    text = "".join(
        f"<p>市議会は火曜日、新しい橋の建設を承認し、来年度の予算に費用を盛り込んだ。第{n}段落。</p>"
        for n in range(6)
    )
    body = (
        f'<html lang="ja"><head><title>{title}</title>'
        f'<meta property="og:site_name" content="{site}"><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-24T09:10:00+09:00">'
        f"</head><body><article>{text}</article></body></html>"
    )
    url = "https://www.abc-shimbun.example/articles/20261124-00000012/"
    item = extract_article("news", HtmlResponse(url, body=body.encode()), "2026-11-30T08:00:00Z")
    return item["title"]


@pytest.mark.parametrize(
    "title",
    [
        # the site's name after a full-width bar, in brackets, or run on (had stayed in the
        # title; the last one had lost the page: no part of its title was the site's name)
        "橋の建設が決定｜ABC新聞",
        "橋の建設が決定【ABC新聞】",
        "橋の建設が決定（ABC新聞）",
        "橋の建設が決定 - ABC新聞デジタル",
        "橋の建設が決定|ABC新聞",
    ],
)
def test_the_sites_name_beside_a_japanese_title_is_no_part_of_it(title: str) -> None:
    assert _titled(title) == "橋の建設が決定"


def test_a_label_in_brackets_that_is_not_the_site_stays_in_the_title() -> None:
    assert _titled("【速報】橋の建設が決定｜ABC新聞") == "【速報】橋の建設が決定"

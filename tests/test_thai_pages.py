"""Thai news pages: no declared language, Buddhist Era dates, bylines without links."""

from __future__ import annotations

from scrapy.http import HtmlResponse

from newscrawl.spiders.news import GenericArticle

_TEXT = [
    "เทศบาลเริ่มขุดลอกคูเมืองด้านทิศใต้ระยะทางหนึ่งกิโลเมตร เพื่อให้น้ำไหลได้สะดวกก่อนฤดูน้ำหลากปีหน้า",
    "ระหว่างการขุดลอก ถนนเลียบคูเมืองจะปิดการจราจรหนึ่งช่องทางในช่วงกลางวัน",
    "นายกเทศมนตรีระบุว่างานทั้งหมดจะแล้วเสร็จภายในสิ้นเดือนมกราคม",
]


def _page(lang: str = ' lang="th"', date: str = "23 พ.ย. 2569 08:45 น.") -> GenericArticle:
    paras = "".join(f"<p>{p}</p>" for p in _TEXT)
    body = (
        f'<html{lang}><head><meta charset="utf-8">'
        "<title>เทศบาลขุดลอกคูเมืองด้านทิศใต้ | ข่าวล้านนารายวัน</title></head><body>"
        '<div class="menu"><a href="/">หน้าแรก</a><a href="/news/local">ข่าวภูมิภาค</a></div>'
        '<div class="content"><h1>เทศบาลขุดลอกคูเมืองด้านทิศใต้</h1>'
        f'<div class="info"><span>{date}</span> <span>โดย ปรียา ทองคำ</span></div>'
        f'<div class="detail">{paras}</div></div></body></html>'
    )
    url = "https://www.khaolanna.example/news/local/2871501"
    return GenericArticle(HtmlResponse(url, body=body.encode(), encoding="utf-8"))


def test_a_page_without_a_declared_language_is_thai_by_its_title() -> None:
    """Without ``lang`` a Thai page was English: its BE date unread, the page dropped."""
    page = _page(lang="")
    assert page.language() == ["th"]
    assert page.published_raw() == ["23 พ.ย. 2569 08:45 น."]


def test_a_thai_brief_under_its_headline_and_date_line_is_an_article() -> None:
    item = _page().to_item(site="khaolanna.example", crawled_at="2026-11-29T10:00:00Z")
    assert item.body == "\n\n".join(_TEXT)
    assert item.published_raw == "23 พ.ย. 2569 08:45 น."
    assert item.authors == ["ปรียา ทองคำ"]

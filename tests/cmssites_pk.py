# ruff: noqa: RUF001, RUF003  (Urdu digits and letters are the text's own)
"""The Ravi Courier: a recorded Pakistani daily in English and Urdu for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

RAVI = "https://www.ravicourier.example"
HOST = "ravicourier.example"

_EN_PARAS = {
    "cotton": [
        "MULTAN: Cotton arrivals at ginning factories rose 14 per cent in the first fortnight of November, the ginners' association said on Tuesday.",
        "Growers in the southern districts credited a late-season spell of dry weather, which let the last pickings dry in the fields.",
        "Ginners said lint prices had eased slightly as a result, while spinning mills were still buying at a steady pace.",
    ],
    "canal": [
        "LAHORE: The provincial irrigation department on Tuesday began lining a 14-kilometre stretch of the Upper Kharian canal, a project meant to stop seepage that has waterlogged farmland in three tehsils.",
        "Chief engineer Tariq Mahmood said the work would be finished before the spring sowing season, when the canal will be closed for its annual desilting anyway.",
        "Farmers in Mandi Sarwar said they had lost almost a fifth of their wheat acreage to standing water over the last four years.",
        "The department has set aside Rs2.3 billion for the first phase, with a second stretch to follow if funds are released in the next budget.",
    ],
    "wheat": [
        "ISLAMABAD: The federal cabinet on Monday approved a support price of Rs3,900 per maund for the coming wheat crop, after a long meeting with provincial food ministers.",
        "The food ministry said the price would let growers cover the higher cost of fertiliser and diesel while keeping flour affordable in the cities.",
        "Provincial food departments were told to open procurement centres in every district by the first week of April.",
    ],
    "hockey": [
        "The national hockey team beat the visitors 3-1 in the opening match of the four-nation tournament at the Naseer Bunda stadium on Tuesday morning.",
        "Forward Usman Ghani scored twice from penalty corners in the second quarter, and goalkeeper Rehan Ali saved a penalty stroke late in the match.",
        "Head coach Khalid Bashir said the young squad still needed to improve its defending in the final ten minutes.",
    ],
    "rail": [
        "The railway authority has begun trial runs of a new commuter service between Gujranwala and Sialkot, with four trains a day in each direction.",
        "Officials said the trains would stop at six stations on the way and that monthly passes would be sold at half the price of a bus fare.",
        "Traders in Daska welcomed the service, saying the road between the two cities has been jammed since the bypass works began.",
    ],
    "smog": [
        "The district administration has ordered brick kilns within 20 kilometres of the city to stay shut until the air quality improves.",
        "Hospitals reported a rise in patients with breathing problems over the weekend, most of them children and elderly people.",
        "The environment department said it would review the order on Friday, when rain is forecast across the province.",
    ],
}

_UR_PARAS = {
    "port": [
        "کراچی کی بندرگاہ پر نئے کنٹینر ٹرمینل نے پیر کی رات سے باقاعدہ کام شروع کر دیا ہے۔",
        "پورٹ حکام کے مطابق نئے ٹرمینل سے جہازوں کے انتظار کا وقت تین دن سے کم ہو کر ایک دن رہ جائے گا۔",
        "تاجروں نے امید ظاہر کی ہے کہ اس سے درآمدی سامان کی ترسیل میں تاخیر ختم ہو گی۔",
    ],
    "flood": [
        "جنوبی پنجاب کے سیلاب سے متاثرہ اضلاع میں دوبارہ آباد کاری کا دوسرا مرحلہ منگل کے روز شروع ہو گیا۔",
        "صوبائی حکام کے مطابق اس مرحلے میں بارہ ہزار مکانات کی تعمیر کے لیے رقوم براہ راست متاثرہ خاندانوں کو دی جائیں گی۔",
        "متاثرین کا کہنا ہے کہ سردیوں سے پہلے چھت میسر آنا ان کے لیے سب سے بڑی ضرورت ہے۔",
    ],
    "gas": [
        "محکمہ موسمیات نے پیش گوئی کی ہے کہ آئندہ ہفتے ملک کے بالائی علاقوں میں شدید سردی کی لہر آئے گی۔",
        "گیس کمپنی نے صارفین سے اپیل کی ہے کہ وہ صبح اور شام کے اوقات میں گیس کا استعمال احتیاط سے کریں۔",
        "شہریوں نے شکایت کی ہے کہ کئی علاقوں میں گیس کا دباؤ پہلے ہی کم ہو چکا ہے۔",
    ],
    "column": [
        "ہمارے شہروں میں پبلک لائبریریاں آہستہ آہستہ ویران ہوتی جا رہی ہیں اور ان کی جگہ شاپنگ مال لے رہے ہیں۔",
        "ایک زمانہ تھا جب محلے کی لائبریری میں شام کے وقت بیٹھنے کو جگہ نہیں ملتی تھی۔",
        "اگر بلدیاتی ادارے چاہیں تو ہر یونین کونسل میں ایک چھوٹا سا مطالعہ گھر بنا سکتے ہیں۔",
    ],
    "exports": [
        "رواں مالی سال کے پہلے پانچ ماہ میں ٹیکسٹائل برآمدات میں گزشتہ سال کے مقابلے میں گیارہ فیصد اضافہ ہوا ہے۔",
        "وزارت تجارت کے ترجمان کا کہنا ہے کہ نئی منڈیوں تک رسائی سے برآمد کنندگان کو فائدہ ہوا ہے۔",
        "صنعت کاروں نے مطالبہ کیا ہے کہ بجلی کے نرخ کم کیے جائیں تاکہ یہ رفتار برقرار رہے۔",
    ],
}


def ravi_courier() -> CmsSite:
    """A Pakistani daily in English with an Urdu edition under ``/urdu/`` (``lang="ur"``,
    ``dir="rtl"``), on Pakistan time (+05:00, no DST): ``/news/<id>/<slug>`` and
    ``/urdu/news/<id>`` URLs, dates printed "November 24, 2026 02:05 PM", "Updated Nov 24,
    2026 04:20pm", with "PKT" and with "PST" meaning Pakistan Standard Time, Urdu dates with
    Urdu month names ("24 نومبر 2026 02:05pm"), in Eastern Arabic-Indic digits on some pages
    ("۲۴ نومبر ۲۰۲۶ ، ۱۹:۴۵"), "رپورٹ:" and "تحریر:" bylines, "APP" and "ویب ڈیسک" credits,
    "Also Read" and "مزید پڑھیں" boxes in the body, an Urdu page that declares no language,
    tag, author, gallery and video pages, ``?page=N`` pagination, a news sitemap at +05:00, an
    RSS feed at +0500 and robots.txt. Some pages print a date without any zone: the site's
    sitemaps and JSON-LD say +05:00."""
    site = CmsSite("ravi-courier", RAVI + "/", datetime.fromisoformat("2026-11-25T06:00:00+00:00"))
    u = RAVI.__add__
    titles: dict[str, str] = {}

    def page(title: str, body: str, extra: str = "", lang: str | None = "en") -> str:
        english = lang == "en"
        name = "The Ravi Courier" if english else "راوی کوریئر"
        html = (
            f'<html lang="{lang}">'
            if english
            else (f'<html lang="{lang}" dir="rtl">' if lang else '<html dir="rtl">')
        )
        nav = (
            '<li><a href="/pakistan">Pakistan</a></li><li><a href="/business">Business</a></li>'
            '<li><a href="/sport">Sport</a></li><li><a href="/latest">Latest</a></li>'
            '<li><a href="/multimedia">Multimedia</a></li><li><a href="/urdu">اردو</a></li>'
            if english
            else '<li><a href="/urdu/pakistan">پاکستان</a></li>'
            '<li><a href="/urdu/business">کاروبار</a></li><li><a href="/urdu/columns">کالم</a></li>'
            '<li><a href="/">English</a></li>'
        )
        return (
            f'<!DOCTYPE html>{html}<head><meta charset="utf-8">'
            f"<title>{title} - {name}</title>"
            f'<meta property="og:site_name" content="{name}">'
            f"{extra}</head><body>"
            f'<header><a class="logo" href="{"/" if english else "/urdu"}">{name}</a>'
            f'<nav class="main-nav"><ul>{nav}<li><a href="/search?q=">Search</a></li></ul></nav>'
            f"</header>{body}"
            '<footer><a href="/about">About us</a> <a href="/privacy-policy">Privacy</a>'
            "<p>© 2026 The Ravi Courier. All rights reserved.</p></footer></body></html>"
        )

    def listing(
        title: str, links: list[str], next_href: str | None = None, lang: str = "en"
    ) -> str:
        cards = "".join(
            f'<div class="story"><h2 class="story__title"><a href="{href}">'
            f"{titles.get(href, 'News')}</a></h2></div>"
            for href in links
        )
        more = (
            f'<ul class="pagination"><li><a href="{next_href}" rel="next">'
            f"{'Next' if lang == 'en' else 'اگلا صفحہ'}</a></li></ul>"
            if next_href
            else ""
        )
        return page(title, f'<main><h1>{title}</h1><div class="listing">{cards}</div>{more}</main>',
                    "", lang)  # fmt: skip

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        byline: str,
        crumb: tuple[str, str],
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        lang: str | None = "en",
    ) -> str:
        tag_base = "/tag/" if lang == "en" else "/urdu/tag/"
        tag_links = "".join(f'<a href="{tag_base}{s}">{n}</a>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="media"><img src="{image}" alt=""><figcaption>'
            f"{'Photo: file' if lang == 'en' else 'فائل فوٹو'}</figcaption></figure>"
            if image
            else ""
        )
        related = "Read more" if lang == "en" else "مزید خبریں"
        return page(
            title,
            f'<main><div class="breadcrumbs"><a href="{"/" if lang == "en" else "/urdu"}">'
            f'{"Home" if lang == "en" else "صفحہ اول"}</a> / <a href="{crumb[0]}">{crumb[1]}</a></div>'
            f'<article class="story"><h1 class="story__title">{title}</h1>'
            f'<div class="story__byline">{byline}</div>'
            f'<div class="story__time">{dates}</div>'
            f'{figure}<div class="story__content">{body_html}</div>'
            f'<div class="story__tags">{tag_links}</div>'
            '<div class="share"><a href="https://twitter.example/share?u=x">Share</a></div>'
            "</article>"
            f'<aside class="related"><h2>{related}</h2><ul>'
            f'<li><a href="{E1}">Canal lining work begins on Upper Kharian</a></li>'
            "</ul></aside></main>",
            f'<meta name="description" content="{dek}">'
            f'<link rel="canonical" href="{RAVI}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{_ld(ld) if ld else ''}",
            lang,
        )

    def ad() -> str:
        return '<div class="ad-slot"><span>Advertisement</span><div id="div-gpt-ad-7"></div></div>'

    news_ld = news_ld_for("The Ravi Courier")

    img = RAVI + "/images/2026/11/"

    # E1: JSON-LD's datePublished at +05:00 and no dateModified; printed "November 24, 2026
    # 02:05 PM" and "Updated Nov 24, 2026 04:20pm" (the update only there); a named reporter
    # with an author page; an "Also Read" box in the body.
    canal = _EN_PARAS["canal"]
    e1_title = "Canal lining work begins on Upper Kharian"
    titles[E1] = e1_title
    e1_dek = "Project aims to end seepage that waterlogged farmland in three tehsils."
    site.add(u(E1), story(
        E1, e1_title, e1_dek,
        paras(canal[:2]) + ad()
        + f'<div class="also-read"><span>Also Read</span><a href="{E3}">Hockey team open '
        "four-nation event with win</a></div>" + paras(canal[2:]),
        dates="<span>November 24, 2026 02:05 PM</span> <span>Updated Nov 24, 2026 04:20pm</span>",
        byline='<a href="/author/bilal-qureshi">Bilal Qureshi</a>',
        crumb=("/pakistan", "Pakistan"), tags=[("irrigation", "Irrigation"), ("punjab", "Punjab")],
        image=img + "canal.jpg",
        ld=news_ld(e1_title, e1_dek, articleSection="Pakistan",
                   datePublished="2026-11-24T14:05:00+05:00", author=[person("Bilal Qureshi")],
                   image={"@type": "ImageObject", "url": img + "canal.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(E1), site=HOST, article_id="2841001", title=e1_title, description=e1_dek,
        authors=["Bilal Qureshi"], published_at="2026-11-24T09:05:00Z",
        published_raw="2026-11-24T14:05:00+05:00", modified_at="2026-11-24T11:20:00Z",
        modified_raw="Nov 24, 2026 04:20pm", section="pakistan", tags=["Irrigation", "Punjab"],
        body="\n\n".join(canal), image_url=img + "canal.jpg", language="en",
    )  # fmt: skip

    # E2: no JSON-LD; "Published: November 23, 2026 09:40 PM PST", PST being Pakistan Standard
    # Time (16:40 UTC, never the next morning); an APP (Associated Press of Pakistan) credit.
    wheat = _EN_PARAS["wheat"]
    e2_title = "Cabinet approves Rs3,900 wheat support price"
    titles[E2] = e2_title
    e2_dek = "Provinces told to open procurement centres by April."
    site.add(u(E2), story(
        E2, e2_title, e2_dek, paras(wheat),
        dates="<span>Published: November 23, 2026 09:40 PM PST</span>",
        byline="<span>APP</span>", crumb=("/business", "Business"), tags=[("wheat", "Wheat")],
    ))  # fmt: skip
    site.article(
        url=u(E2), site=HOST, article_id="2841012", title=e2_title, description=e2_dek,
        authors=["APP"], published_at="2026-11-23T16:40:00Z",
        published_raw="November 23, 2026 09:40 PM PST", section="business", tags=["Wheat"],
        body="\n\n".join(wheat), language="en",
    )  # fmt: skip

    # E3: JSON-LD without dates, naming the web desk as an Organization; printed "Nov 24, 2026
    # | 11:15 AM PKT"; in the RSS feed.
    hockey = _EN_PARAS["hockey"]
    e3_title = "Hockey team open four-nation event with win"
    titles[E3] = e3_title
    e3_dek = "Usman Ghani scores twice from penalty corners."
    site.add(u(E3), story(
        E3, e3_title, e3_dek, paras(hockey[:2]) + ad() + paras(hockey[2:]),
        dates="<span>Nov 24, 2026 | 11:15 AM PKT</span>",
        byline="<span>Web Desk</span>", crumb=("/sport", "Sport"), tags=[("hockey", "Hockey")],
        image=img + "hockey.jpg",
        ld=news_ld(e3_title, e3_dek, articleSection="Sport",
                   author={"@type": "Organization", "name": "Web Desk"}),
    ))  # fmt: skip
    site.article(
        url=u(E3), site=HOST, article_id="2841020", title=e3_title, description=e3_dek,
        authors=["Web Desk"], published_at="2026-11-24T06:15:00Z",
        published_raw="Nov 24, 2026 | 11:15 AM PKT", section="sport", tags=["Hockey"],
        body="\n\n".join(hockey), image_url=img + "hockey.jpg", language="en",
    )  # fmt: skip

    # E4: no JSON-LD; printed "November 24, 2026 08:30 AM" without a zone (03:30 UTC: the
    # site's sitemaps say +05:00); "By Ayesha Siddiqui" in plain text; only on the second page
    # of /latest and in the news sitemap.
    rail = _EN_PARAS["rail"]
    e4_title = "Commuter trains begin trial runs between Gujranwala and Sialkot"
    titles[E4] = e4_title
    e4_dek = "Four trains a day each way, monthly passes at half the bus fare."
    site.add(u(E4), story(
        E4, e4_title, e4_dek, paras(rail),
        dates="<span>November 24, 2026 08:30 AM</span>",
        byline="<span>By Ayesha Siddiqui</span>", crumb=("/pakistan", "Pakistan"),
        tags=[("railways", "Railways")],
    ))  # fmt: skip
    site.article(
        url=u(E4), site=HOST, article_id="2841030", title=e4_title, description=e4_dek,
        authors=["Ayesha Siddiqui"], published_at="2026-11-24T03:30:00Z",
        published_raw="November 24, 2026 08:30 AM", section="pakistan", tags=["Railways"],
        body="\n\n".join(rail), language="en",
    )  # fmt: skip

    # E5: JSON-LD dates without a zone; two reporters joined by "and"; an "Also Read:"
    # paragraph in the body; in the RSS feed at +0500.
    smog = _EN_PARAS["smog"]
    e5_title = "Brick kilns ordered shut as smog thickens"
    titles[E5] = e5_title
    e5_dek = "Hospitals report more patients with breathing problems."
    site.add(u(E5), story(
        E5, e5_title, e5_dek,
        paras(smog[:1])
        + f'<p><strong>Also Read:</strong> <a href="{E1}">Canal lining work begins on Upper '
        "Kharian</a></p>" + paras(smog[1:]),
        dates="<span>November 23, 2026 07:10 PM</span>",
        byline="<span>Hamza Rauf and Sana Mirza</span>", crumb=("/pakistan", "Pakistan"),
        tags=[("smog", "Smog")],
        ld=news_ld(e5_title, e5_dek, articleSection="Pakistan",
                   datePublished="2026-11-23T19:10:00", dateModified="2026-11-23T21:00:00",
                   author=[person("Hamza Rauf"), person("Sana Mirza")]),
    ))  # fmt: skip
    site.article(
        url=u(E5), site=HOST, article_id="2841040", title=e5_title, description=e5_dek,
        authors=["Hamza Rauf", "Sana Mirza"], published_at="2026-11-23T14:10:00Z",
        published_raw="2026-11-23T19:10:00", modified_at="2026-11-23T16:00:00Z",
        modified_raw="2026-11-23T21:00:00", section="pakistan", tags=["Smog"],
        body="\n\n".join(smog), language="en",
    )  # fmt: skip

    # U1: Urdu edition; JSON-LD's datePublished at +05:00; printed "شائع 24 نومبر 2026
    # 02:05pm" and "اپ ڈیٹ 24 نومبر 2026 05:30pm" (the update only there); "رپورٹ:" byline.
    flood = _UR_PARAS["flood"]
    u1_title = "سیلاب متاثرین کی آباد کاری کا دوسرا مرحلہ شروع"
    titles[U1] = u1_title
    u1_dek = "بارہ ہزار مکانات کے لیے رقوم براہ راست متاثرین کو ملیں گی۔"
    site.add(u(U1), story(
        U1, u1_title, u1_dek, paras(flood[:2]) + ad() + paras(flood[2:]),
        dates="<span>شائع 24 نومبر 2026 02:05pm</span> <span>اپ ڈیٹ 24 نومبر 2026 05:30pm</span>",
        byline="<span>رپورٹ: عمران حیدر</span>", crumb=("/urdu/pakistan", "پاکستان"),
        tags=[("سیلاب", "سیلاب")], image=img + "flood.jpg", lang="ur",
        ld=news_ld(u1_title, u1_dek, articleSection="پاکستان", inLanguage="ur",
                   datePublished="2026-11-24T14:05:00+05:00", author=person("عمران حیدر")),
    ))  # fmt: skip
    site.article(
        url=u(U1), site=HOST, article_id="2841101", title=u1_title, description=u1_dek,
        authors=["عمران حیدر"], published_at="2026-11-24T09:05:00Z",
        published_raw="2026-11-24T14:05:00+05:00", modified_at="2026-11-24T12:30:00Z",
        modified_raw="24 نومبر 2026 05:30pm", section="پاکستان", tags=["سیلاب"],
        body="\n\n".join(flood), image_url=img + "flood.jpg", language="ur",
    )  # fmt: skip

    # U2: no JSON-LD; the date in Urdu digits without a zone, "شائع: ۲۴ نومبر ۲۰۲۶ ، ۱۹:۴۵"
    # (14:45 UTC); a "ویب ڈیسک" (web desk) credit; a "مزید پڑھیں" (read more) box in the body.
    gas = _UR_PARAS["gas"]
    u2_title = "بالائی علاقوں میں شدید سردی کی پیش گوئی"
    titles[U2] = u2_title
    u2_dek = "گیس کمپنی کی صارفین سے احتیاط کی اپیل۔"
    site.add(u(U2), story(
        U2, u2_title, u2_dek,
        paras(gas[:1])
        + f'<div class="read-more"><strong>مزید پڑھیں:</strong> <a href="{U1}">'
        "سیلاب متاثرین کی آباد کاری کا دوسرا مرحلہ شروع</a></div>" + paras(gas[1:]),
        dates="<span>شائع: ۲۴ نومبر ۲۰۲۶ ، ۱۹:۴۵</span>",
        byline="<span>ویب ڈیسک</span>", crumb=("/urdu/pakistan", "پاکستان"),
        tags=[("موسم", "موسم")], lang="ur",
    ))  # fmt: skip
    site.article(
        url=u(U2), site=HOST, article_id="2841108", title=u2_title, description=u2_dek,
        authors=["ویب ڈیسک"], published_at="2026-11-24T14:45:00Z",
        published_raw="۲۴ نومبر ۲۰۲۶ ، ۱۹:۴۵", section="pakistan", tags=["موسم"],
        body="\n\n".join(gas), language="ur",
    )  # fmt: skip

    # U3: a column, "تحریر:" byline; JSON-LD without dates; printed with its weekday and the
    # evening word after the clock, "اتوار 22 نومبر 2026 ، 07:45 شام" (14:45 UTC); only on
    # the columns listing.
    column = _UR_PARAS["column"]
    u3_title = "محلے کی لائبریری کہاں گئی؟"
    titles[U3] = u3_title
    u3_dek = "شہروں میں مطالعہ گھر کیوں ویران ہو رہے ہیں۔"
    site.add(u(U3), story(
        U3, u3_title, u3_dek, paras(column),
        dates="<span>اتوار 22 نومبر 2026 ، 07:45 شام</span>",
        byline='<span>تحریر: <a href="/urdu/author/nadia-khan">نادیہ خان</a></span>',
        crumb=("/urdu/columns", "کالم"), tags=[("کتب", "کتب")], lang="ur",
        ld=news_ld(u3_title, u3_dek, articleSection="کالم", author=person("نادیہ خان")),
    ))  # fmt: skip
    site.article(
        url=u(U3), site=HOST, article_id="2840950", title=u3_title, description=u3_dek,
        authors=["نادیہ خان"], published_at="2026-11-22T14:45:00Z",
        published_raw="22 نومبر 2026 ، 07:45 شام", section="کالم", tags=["کتب"],
        body="\n\n".join(column), language="ur",
    )  # fmt: skip

    # U4: an Urdu page that declares no language (only dir="rtl"): Urdu by its letters; an
    # APP credit in Urdu "اے پی پی"; printed "25 نومبر 2026 12:40am" (19:40 UTC on the 24th).
    exports = _UR_PARAS["exports"]
    u4_title = "ٹیکسٹائل برآمدات میں گیارہ فیصد اضافہ"
    titles[U4] = u4_title
    u4_dek = "نئی منڈیوں تک رسائی سے برآمد کنندگان کو فائدہ ہوا۔"
    site.add(u(U4), story(
        U4, u4_title, u4_dek, paras(exports),
        dates="<span>شائع 25 نومبر 2026 12:40am</span>",
        byline="<span>اے پی پی</span>", crumb=("/urdu/business", "کاروبار"),
        tags=[("برآمدات", "برآمدات")], lang=None,
    ))  # fmt: skip
    site.article(
        url=u(U4), site=HOST, article_id="2841120", title=u4_title, description=u4_dek,
        authors=["اے پی پی"], published_at="2026-11-24T19:40:00Z",
        published_raw="25 نومبر 2026 12:40am", section="business", tags=["برآمدات"],
        body="\n\n".join(exports), language="ur",
    )  # fmt: skip

    # U5: no JSON-LD; "رپورٹ: سعدیہ ملک، کراچی" (the city after the Urdu comma); the date in
    # Urdu digits with the night word before the clock, "شائع: ۲۳ نومبر ۲۰۲۶ ، رات ۱۰:۴۰"
    # (22:40 in Karachi); a "یہ بھی پڑھیں:" (also read) paragraph and a photo credit in the body.
    port = _UR_PARAS["port"]
    u5_title = "کراچی بندرگاہ پر نیا کنٹینر ٹرمینل فعال"
    titles[U5] = u5_title
    u5_dek = "جہازوں کے انتظار کا وقت ایک دن رہ جائے گا۔"
    site.add(u(U5), story(
        U5, u5_title, u5_dek,
        paras(port[:1])
        + f'<p><strong>یہ بھی پڑھیں:</strong> <a href="{U4}">ٹیکسٹائل برآمدات میں گیارہ فیصد اضافہ</a></p>'
        + '<p><img src="/images/2026/11/port-ur.jpg" alt=""></p><p>فوٹو: فائل</p>'
        + paras(port[1:]),
        dates="<span>شائع: ۲۳ نومبر ۲۰۲۶ ، رات ۱۰:۴۰</span>",
        byline="<span>رپورٹ: سعدیہ ملک، کراچی</span>", crumb=("/urdu/business", "کاروبار"),
        tags=[("بندرگاہ", "بندرگاہ")], lang="ur",
    ))  # fmt: skip
    site.article(
        url=u(U5), site=HOST, article_id="2841095", title=u5_title, description=u5_dek,
        authors=["سعدیہ ملک"], published_at="2026-11-23T17:40:00Z",
        published_raw="۲۳ نومبر ۲۰۲۶ ، رات ۱۰:۴۰", section="business", tags=["بندرگاہ"],
        body="\n\n".join(port), image_url=RAVI + "/images/2026/11/port-ur.jpg", language="ur",
    )  # fmt: skip

    # E6: no JSON-LD; "Published: 24 Nov, 2026 02:05pm PST" (Pakistan time: 09:05 UTC);
    # "Our Correspondent" with the city; an "ALSO READ:" paragraph in capitals in the body.
    cotton = _EN_PARAS["cotton"]
    e6_title = "Cotton arrivals up 14pc in early November"
    titles[E6] = e6_title
    e6_dek = "Dry weather let the last pickings dry in the fields."
    site.add(u(E6), story(
        E6, e6_title, e6_dek,
        paras(cotton[:2])
        + f'<p><strong>ALSO READ: <a href="{E2}">Cabinet approves Rs3,900 wheat support price'
        "</a></strong></p>" + paras(cotton[2:]),
        dates="<span>Published: 24 Nov, 2026 02:05pm PST</span>",
        byline="<span>Our Correspondent</span>", crumb=("/business", "Business"),
        tags=[("cotton", "Cotton")],
    ))  # fmt: skip
    site.article(
        url=u(E6), site=HOST, article_id="2841052", title=e6_title, description=e6_dek,
        authors=["Our Correspondent"], published_at="2026-11-24T09:05:00Z",
        published_raw="24 Nov, 2026 02:05pm PST", section="business", tags=["Cotton"],
        body="\n\n".join(cotton), language="en",
    )  # fmt: skip

    # A photo gallery and a video at article-shaped URLs: never items.
    gallery = "/multimedia/gallery/2841050"
    figures = "".join(
        f'<figure><img src="/images/gallery/fog-{i}.jpg" alt="Fog">'
        f"<figcaption>Fog over the motorway ({i}/5)</figcaption></figure>"
        for i in range(1, 6)
    )
    site.add(u(gallery), page(
        "In pictures: fog over the motorway",
        f'<main><article class="gallery"><h1>In pictures: fog over the motorway</h1>'
        f"<p>November 24, 2026 07:00 AM</p>{figures}</article></main>",
        f'<link rel="canonical" href="{RAVI}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "In pictures: fog over the motorway",
               "datePublished": "2026-11-24T07:00:00+05:00"}),
    ))  # fmt: skip
    video = "/videos/2841060/motorway-fog"
    site.add(u(video), page(
        "Video: motorway closed as fog returns",
        "<main><article><h1>Video: motorway closed as fog returns</h1>"
        "<p>November 24, 2026 06:30 AM</p>"
        '<video src="/media/fog.mp4" controls></video>'
        "<p>The motorway police closed the road between two interchanges at dawn.</p>"
        "</article></main>",
        f'<link rel="canonical" href="{RAVI}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Video: motorway closed as fog returns",
               "uploadDate": "2026-11-24T06:30:00+05:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(gallery), u(video)}

    site.add(u("/tag/irrigation"), listing("Irrigation", [E1]))
    site.add(u("/author/bilal-qureshi"), listing("Bilal Qureshi", [E1]))
    site.add(u("/urdu/author/nadia-khan"), listing("نادیہ خان", [U3], lang="ur"))
    site.never_exported |= {
        u("/tag/irrigation"), u("/author/bilal-qureshi"), u("/urdu/author/nadia-khan"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /urdu/search\n"
        f"Sitemap: {RAVI}/sitemap.xml\nSitemap: {RAVI}/sitemaps/news.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{RAVI}/sitemaps/2026-11.xml</loc>"
        "<lastmod>2026-11-25T00:40:00+05:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/2026-11.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{RAVI}{E1}</loc><lastmod>2026-11-24T16:20:00+05:00</lastmod></url>"
        f"<url><loc>{RAVI}{U1}</loc><lastmod>2026-11-24T17:30:00+05:00</lastmod></url>"
        f"<url><loc>{RAVI}{gallery}</loc><lastmod>2026-11-24T07:00:00+05:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    news_entries = [
        (E4, "2026-11-24T08:30:00+05:00", e4_title, "en"),
        (U2, "2026-11-24T19:45:00+05:00", u2_title, "ur"),
        (U4, "2026-11-25T00:40:00+05:00", u4_title, "ur"),
        (video, "2026-11-24T06:30:00+05:00", "Video: motorway closed as fog returns", "en"),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{RAVI}{path}</loc><news:news><news:publication>"
            f"<news:name>The Ravi Courier</news:name><news:language>{lang}</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title, lang in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/feeds/home"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>The Ravi Courier - Latest</title><link>{RAVI}/</link><language>en</language>"
        f"<item><title>{e3_title}</title><link>{RAVI}{E3}</link>"
        "<pubDate>Tue, 24 Nov 2026 11:15:00 +0500</pubDate></item>"
        f"<item><title>{e5_title}</title><link>{RAVI}{E5}</link>"
        "<pubDate>Mon, 23 Nov 2026 19:10:00 +0500</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=utf-8")  # fmt: skip

    feed_link = '<link rel="alternate" type="application/rss+xml" title="The Ravi Courier" href="/feeds/home">'
    home = listing("The Ravi Courier", [E1, E2, gallery, video, "/tag/irrigation"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/pakistan"), listing("Pakistan", [E1, E5]))
    site.add(u("/business"), listing("Business", [E2, E6]))
    site.add(u("/sport"), listing("Sport", [E3]))
    site.add(u("/latest"), listing("Latest News", [E1, E2], "/latest?page=2"))
    site.add(u("/latest?page=2"), listing("Latest News", [E4]))
    site.add(u("/multimedia"), listing("Multimedia", [gallery, video]))
    site.add(u("/urdu"), listing("راوی کوریئر", [U1, U2], lang="ur"))
    site.add(u("/urdu/pakistan"), listing("پاکستان", [U1, U2], lang="ur"))
    site.add(u("/urdu/business"), listing("کاروبار", [U4, U5], lang="ur"))
    site.add(u("/urdu/columns"), listing("کالم", [U3], lang="ur"))
    site.never_requested |= {u("/search?q=")}
    return site


E1 = "/news/2841001/canal-lining-work-begins-on-upper-kharian"
E2 = "/news/2841012/cabinet-approves-rs3900-wheat-support-price"
E3 = "/news/2841020/hockey-team-open-four-nation-event-with-win"
E4 = "/news/2841030/commuter-trains-begin-trial-runs"
E5 = "/news/2841040/brick-kilns-ordered-shut-as-smog-thickens"
U1 = "/urdu/news/2841101"
U2 = "/urdu/news/2841108"
U3 = "/urdu/news/2840950"
U4 = "/urdu/news/2841120"
U5 = "/urdu/news/2841095"
E6 = "/news/2841052/cotton-arrivals-up-14pc-in-early-november"

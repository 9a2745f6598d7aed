# ruff: noqa: RUF001, RUF002, RUF003  (Persian text, digits and zero-width non-joiners as pages print them)
"""Parsnameh: a recorded Iranian Persian news agency for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

PARS = "https://www.parsnameh.example"
ZWNJ = "\u200c"

_FA_PARAS = {
    "metro": [
        f"شورای شهر کرانه در نشست روز یکشنبه طرح گسترش خط دوم قطار شهری را تصویب کرد و قرار است {ZWNJ.join(['ایستگاه', 'های'])} تازه تا پایان سال آینده به بهره‌برداری برسند.",
        "بر پایه این طرح، خط دوم از میدان بهار تا پایانه غربی شهر امتداد می‌یابد و شش ایستگاه جدید به آن افزوده می‌شود.",
        "رئیس کمیسیون عمران شورا گفت بودجه طرح از محل فروش اوراق مشارکت و کمک دولت تأمین خواهد شد.",
        "به گفته او، با راه‌اندازی این بخش، زمان سفر از شرق به غرب شهر به کمتر از چهل دقیقه کاهش می‌یابد.",
    ],
    "bread": [
        "اداره کل غله استان از افزایش سهمیه آرد نانوایی‌های روستایی در ماه جاری خبر داد.",
        "مدیرکل غله استان گفت این افزایش برای کاهش صف‌های صبحگاهی و رساندن نان تازه به روستاهای دوردست انجام شده است.",
        "اهالی چند روستا پیش‌تر از کمبود نان در ساعات پایانی روز گلایه کرده بودند.",
    ],
    "rial": [
        "شاخص کل بورس تهران در معاملات روز شنبه با رشد هزار و دویست واحدی به کار خود پایان داد.",
        "کارشناسان بازار سرمایه این رشد را نتیجه ورود نقدینگی تازه به گروه‌های پتروشیمی و فلزی می‌دانند.",
        "ارزش معاملات خرد نیز نسبت به روز کاری گذشته نزدیک به پانزده درصد افزایش یافت.",
    ],
    "wrestling": [
        "تیم ملی کشتی آزاد جوانان با کسب سه مدال طلا و دو نقره در رده نخست رقابت‌های آسیایی ایستاد.",
        "سرمربی تیم پس از پایان مسابقات گفت ملی‌پوشان جوان در همه وزن‌ها با انگیزه و آمادگی کامل کشتی گرفتند.",
        "کاروان کشتی جوانان بامداد دوشنبه به کشور بازمی‌گردد.",
    ],
    "books": [
        "نمایشگاه کتاب استان با حضور بیش از سیصد ناشر در محل دائمی نمایشگاه‌های شهر گشایش یافت.",
        "دبیر نمایشگاه گفت امسال بخش ویژه‌ای برای کتاب‌های کودک و نوجوان در نظر گرفته شده است.",
        "نمایشگاه تا پایان هفته هر روز از ساعت ده صبح تا هشت شب پذیرای بازدیدکنندگان است.",
    ],
    "heat": [
        "با ادامه گرمای هوا، ساعت کاری ادارات دولتی استان در روز چهارشنبه تا ساعت ده صبح کاهش یافت.",
        "اداره کل هواشناسی استان پیش‌بینی کرده است دمای هوا تا پایان هفته از چهل و پنج درجه فراتر رود.",
        "مسئولان از شهروندان خواستند در ساعات گرم روز از تردد غیرضروری خودداری کنند.",
    ],
    "saffron": [
        "صادرات زعفران در فصل بهار نسبت به مدت مشابه سال گذشته بیست درصد افزایش یافت.",
        "رئیس انجمن صادرکنندگان گفت بازارهای تازه‌ای در شرق آسیا به روی زعفران ایرانی باز شده است.",
        "به گفته او، بسته‌بندی در واحدهای کوچک نقش مهمی در این رشد داشته است.",
    ],
    "air": [
        "غلظت آلاینده‌ها در هوای شهر کرانه روز جمعه به مرز هشدار رسید و کمیته اضطرار آلودگی هوا تشکیل جلسه داد.",
        "بر اساس تصمیم این کمیته، مدارس ابتدایی روز شنبه به صورت مجازی برگزار می‌شوند.",
        "سازمان محیط‌زیست استان از شهروندان خواست تا حد امکان از وسایل نقلیه عمومی استفاده کنند.",
    ],
    "football": [
        "تیم فوتبال کرانه در هفته دوازدهم لیگ برتر با دو گل از سد میهمان خود گذشت.",
        "هر دو گل این دیدار در نیمه دوم و با فاصله پنج دقیقه به ثمر رسید.",
        "کرانه با این پیروزی به رده سوم جدول رده‌بندی صعود کرد.",
    ],
}


def parsnameh() -> CmsSite:
    """An Iranian Persian news agency on Tehran's clock (+03:30 all year: Iran dropped summer
    time in 2022): ``<html lang="fa" dir="rtl">``, ``/news/<id>/<Persian slug>`` URLs whose
    slugs are linked both percent-encoded and as raw Persian, dates printed in the Solar Hijri
    calendar with Persian digits ("۸ آذر ۱۴۰۵ - ۱۵:۰۵", "یکشنبه ۸ آذر ۱۴۰۵ ساعت ۱۰:۲۰",
    "۱۴۰۵/۰۹/۰۷ ۲۱:۴۰", a month name with the Arabic yeh "تير"), three articles whose only
    date is that Jalali one, JSON-LD dates at +03:30 and one without a zone, "نویسنده:" and
    "خبرنگار:" bylines and agency credits, a "کد خبر:" news code, "اخبار مرتبط" and
    "بیشتر بخوانید:" boxes and a "تبلیغات" label inside the body, tags ("برچسب‌ها") with
    zero-width non-joiners, ``/service/<desk>`` listings with ``?page=N``, a photo report,
    a video and tag pages, robots.txt with a sitemap index and an RSS feed announced by
    ``<link rel=alternate>``."""
    site = CmsSite("parsnameh", PARS + "/", datetime.fromisoformat("2026-11-29T14:00:00+00:00"))
    u = PARS.__add__
    host = "parsnameh.example"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{title} - خبرگزاری پارس‌نامه</title>"
            '<meta property="og:site_name" content="خبرگزاری پارس‌نامه">'
            '<link rel="alternate" type="application/rss+xml" title="پارس‌نامه - آخرین اخبار" '
            'href="/rss">'
            f"{extra}</head><body>"
            '<header><div class="top-date">یکشنبه ۸ آذر ۱۴۰۵</div>'
            '<a class="logo" href="/">خبرگزاری پارس‌نامه</a><nav class="main-nav"><ul>'
            '<li><a href="/service/society">جامعه</a></li>'
            '<li><a href="/service/economy">اقتصاد</a></li>'
            '<li><a href="/service/sport">ورزش</a></li>'
            '<li><a href="/service/culture">فرهنگ</a></li>'
            '<li><a href="/multimedia/photo">عکس</a></li>'
            '<li><a href="/multimedia/video">فیلم</a></li>'
            '<li><a href="/search?q=">جستجو</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/page/about">درباره ما</a> <a href="/page/contact">تماس با ما</a>'
            "<p>کلیه حقوق این سایت متعلق به خبرگزاری پارس‌نامه است.</p></footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<li class="news"><h3><a href="{href}">خبر</a></h3></li>' for href in links
        )
        more = (
            f'<ul class="pagination"><li><a href="{next_href}" rel="next">صفحه بعد</a></li></ul>'
            if next_href
            else ""
        )
        return page(title, f'<main><h1>{title}</h1><ul class="news-list">{cards}</ul>{more}</main>')

    def slug(words: str) -> str:
        return quote(words.replace(" ", "-"))

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        code: str,
        dates: str,
        byline: str,
        desk: tuple[str, str],
        tags: list[str] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
    ) -> str:
        tag_links = "".join(f'<li><a href="/tags/{quote(t)}" rel="tag">{t}</a></li>' for t in tags)
        tags_box = (
            f'<section class="tags"><h4>برچسب‌ها</h4><ul>{tag_links}</ul></section>' if tags else ""
        )
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = f'<figure class="item-img"><img src="{image}" alt=""></figure>' if image else ""
        return page(
            title,
            f'<main><ol class="breadcrumb"><li><a href="/">صفحه نخست</a></li>'
            f'<li><a href="/service/{desk[0]}">{desk[1]}</a></li></ol>'
            f'<article class="item-page"><div class="item-header">'
            f'<h1 class="item-title">{title}</h1><p class="item-summary">{dek}</p>'
            f'<div class="item-meta"><span class="item-date">{dates}</span>'
            f'<span class="item-code">کد خبر: {code}</span></div></div>'
            f'{figure}<div class="item-text">{byline}{body_html}</div>{tags_box}'
            '<div class="share"><a href="https://t.example/share">تلگرام</a>'
            '<a href="https://wa.example/send">واتس‌اپ</a></div></article>'
            '<aside class="most-viewed"><h2>پربازدیدترین‌ها</h2><ul>'
            f'<li><a href="/news/{NEWS["football"]}">پیروزی کرانه در لیگ برتر</a></li>'
            "</ul></aside></main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{PARS}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def related(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return f'<div class="related-news"><h3>اخبار مرتبط</h3><ul>{items}</ul></div>'

    def read_more(href: str, text: str) -> str:
        return (
            f'<p class="read-more"><strong>بیشتر بخوانید:</strong> <a href="{href}">{text}</a></p>'
        )

    ad = '<div class="ad-box"><span class="ad-label">تبلیغات</span><div id="adv-3"></div></div>'

    news_ld = news_ld_for("خبرگزاری پارس‌نامه", language="fa")

    def by(label: str, name: str) -> str:
        return f'<p class="item-author"><strong>{label}</strong> {name}</p>'

    img = PARS + "/d/2026/11/"

    # P1: JSON-LD at +03:30; printed "۸ آذر ۱۴۰۵ - ۱۵:۰۵" (8 Azar 1405 = 29 November 2026);
    # an ad label and a related box inside the body; tags with zero-width non-joiners.
    metro_words = "گسترش خط دوم قطار شهری کرانه تصویب شد"
    p1 = f"/news/{NEWS['metro']}/{slug(metro_words)}"
    p1_title = "طرح گسترش خط دوم قطار شهری کرانه تصویب شد"
    p1_dek = "شش ایستگاه تازه تا پایان سال آینده به خط دوم افزوده می‌شود."
    metro = _FA_PARAS["metro"]
    p1_body = (
        paras(metro[:2])
        + ad
        + paras(metro[2:3])
        + related([(f"/news/{NEWS['air']}/هشدار-آلودگی-هوا", "هشدار آلودگی هوا")])
        + paras(metro[3:])
    )
    p1_tags = [f"قطار{ZWNJ}شهری", "شورای شهر", f"حمل{ZWNJ}و{ZWNJ}نقل عمومی"]
    site.add(u(p1), story(
        p1, p1_title, p1_dek, p1_body, code=NEWS["metro"],
        dates="۸ آذر ۱۴۰۵ - ۱۵:۰۵", byline=by("نویسنده:", "مریم رضایی"),
        desk=("society", "جامعه"), tags=p1_tags, image=img + "metro.jpg",
        ld=news_ld(p1_title, p1_dek, datePublished="2026-11-29T15:05:00+03:30",
                   dateModified="2026-11-29T16:40:00+03:30", author=person("مریم رضایی"),
                   image={"@type": "ImageObject", "url": img + "metro.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(p1), site=host, article_id=NEWS["metro"], title=p1_title, description=p1_dek,
        authors=["مریم رضایی"], published_at="2026-11-29T11:35:00Z",
        published_raw="2026-11-29T15:05:00+03:30", modified_at="2026-11-29T13:10:00Z",
        modified_raw="2026-11-29T16:40:00+03:30", section="society", tags=p1_tags,
        body="\n\n".join(metro), image_url=img + "metro.jpg", language="fa",
    )  # fmt: skip

    # P2: no JSON-LD and no meta date: only "یکشنبه ۸ آذر ۱۴۰۵ ساعت ۱۰:۲۰" (29 November 2026,
    # 10:20 Tehran = 06:50Z); a reporter's byline and the agency's credit.
    bread_words = "افزایش سهمیه آرد نانوایی‌های روستایی"
    p2 = f"/news/{NEWS['bread']}/{slug(bread_words)}"
    p2_title = "افزایش سهمیه آرد نانوایی‌های روستایی"
    p2_dek = "سهمیه آرد نانوایی‌های روستایی استان در ماه جاری بیشتر می‌شود."
    bread = _FA_PARAS["bread"]
    site.add(u(p2), story(
        p2, p2_title, p2_dek, paras(bread[:1]) + ad + paras(bread[1:]), code=NEWS["bread"],
        dates="یکشنبه ۸ آذر ۱۴۰۵ ساعت ۱۰:۲۰",
        byline=by("خبرنگار:", "علی کاظمی"), desk=("society", "جامعه"),
        tags=["نان", f"روستا{ZWNJ}ها"],
    ))  # fmt: skip
    site.article(
        url=u(p2), site=host, article_id=NEWS["bread"], title=p2_title, description=p2_dek,
        authors=["علی کاظمی"], published_at="2026-11-29T06:50:00Z",
        published_raw="۸ آذر ۱۴۰۵ ساعت ۱۰:۲۰", section="society",
        tags=["نان", f"روستا{ZWNJ}ها"], body="\n\n".join(bread), language="fa",
    )  # fmt: skip

    # P3: only the numeric Jalali date "۱۴۰۵/۰۹/۰۷ ۲۱:۴۰" (28 November 2026, 21:40 Tehran =
    # 18:10Z); a "بیشتر بخوانید:" link inside the body; on page 2 of /service/economy.
    rial_words = "رشد هزار و دویست واحدی شاخص بورس"
    p3 = f"/news/{NEWS['rial']}/{slug(rial_words)}"
    p3_title = "رشد هزار و دویست واحدی شاخص بورس تهران"
    p3_dek = "ورود نقدینگی تازه به گروه‌های پتروشیمی و فلزی شاخص را بالا برد."
    rial = _FA_PARAS["rial"]
    site.add(u(p3), story(
        p3, p3_title, p3_dek,
        paras(rial[:2]) + read_more(p1, "طرح گسترش قطار شهری تصویب شد") + paras(rial[2:]),
        code=NEWS["rial"], dates="۱۴۰۵/۰۹/۰۷ ۲۱:۴۰",
        byline=by("خبرنگار:", "سارا محمدی"), desk=("economy", "اقتصاد"),
        tags=["بورس", "بازار سرمایه"],
    ))  # fmt: skip
    site.article(
        url=u(p3), site=host, article_id=NEWS["rial"], title=p3_title, description=p3_dek,
        authors=["سارا محمدی"], published_at="2026-11-28T18:10:00Z",
        published_raw="۱۴۰۵/۰۹/۰۷ ۲۱:۴۰", section="economy", tags=["بورس", "بازار سرمایه"],
        body="\n\n".join(rial), language="fa",
    )  # fmt: skip

    # P4: JSON-LD date without a zone (Tehran's, proven by the sitemaps' +03:30: 09:15 =
    # 05:45Z); an agency credit as the only byline.
    wrestling_words = "قهرمانی کشتی آزاد جوانان در آسیا"
    p4 = f"/news/{NEWS['wrestling']}/{slug(wrestling_words)}"
    p4_title = "کشتی آزاد جوانان ایران قهرمان آسیا شد"
    p4_dek = "سه طلا و دو نقره سهم ملی‌پوشان جوان از رقابت‌های آسیایی."
    wrestling = _FA_PARAS["wrestling"]
    site.add(u(p4), story(
        p4, p4_title, p4_dek, paras(wrestling), code=NEWS["wrestling"],
        dates="۷ آذر ۱۴۰۵ - ۰۹:۱۵", byline=by("منبع:", "خبرگزاری البرز"),
        desk=("sport", "ورزش"), tags=[f"کشتی{ZWNJ}آزاد"], image=img + "wrestling.jpg",
        ld=news_ld(p4_title, p4_dek, datePublished="2026-11-28T09:15:00",
                   author={"@type": "Organization", "name": "خبرگزاری البرز"}),
    ))  # fmt: skip
    site.article(
        url=u(p4), site=host, article_id=NEWS["wrestling"], title=p4_title,
        description=p4_dek, authors=["خبرگزاری البرز"], published_at="2026-11-28T05:45:00Z",
        published_raw="2026-11-28T09:15:00", section="sport", tags=[f"کشتی{ZWNJ}آزاد"],
        body="\n\n".join(wrestling), image_url=img + "wrestling.jpg", language="fa",
    )  # fmt: skip

    # P5: meta article:published_time at +03:30 and a printed date that agrees.
    books_words = "گشایش نمایشگاه کتاب استان"
    p5 = f"/news/{NEWS['books']}/{slug(books_words)}"
    p5_title = "نمایشگاه کتاب استان با حضور سیصد ناشر گشایش یافت"
    p5_dek = "بخش ویژه کودک و نوجوان در نمایشگاه امسال."
    books = _FA_PARAS["books"]
    site.add(u(p5), story(
        p5, p5_title, p5_dek, paras(books[:1]) + ad + paras(books[1:]), code=NEWS["books"],
        dates="۶ آذر ۱۴۰۵ - ۱۸:۰۰", byline=by("نویسنده:", "مریم رضایی"),
        desk=("culture", "فرهنگ"), tags=[f"کتاب{ZWNJ}خوانی", "نمایشگاه کتاب"],
        meta='<meta property="article:published_time" content="2026-11-27T18:00:00+03:30">',
    ))  # fmt: skip
    site.article(
        url=u(p5), site=host, article_id=NEWS["books"], title=p5_title, description=p5_dek,
        authors=["مریم رضایی"], published_at="2026-11-27T14:30:00Z",
        published_raw="2026-11-27T18:00:00+03:30", section="culture",
        tags=[f"کتاب{ZWNJ}خوانی", "نمایشگاه کتاب"], body="\n\n".join(books), language="fa",
    )  # fmt: skip

    # P6: July, no summer time since 2022: only the printed "۲۴ تير ۱۴۰۵ - ۰۹:۳۰" with the
    # Arabic yeh (24 Tir 1405 = 15 July 2026; 09:30 at +03:30 = 06:00Z); listed in the July
    # sitemap only.
    heat_words = "کاهش ساعت کاری ادارات در گرما"
    p6 = f"/news/{NEWS['heat']}/{slug(heat_words)}"
    p6_title = "ساعت کاری ادارات استان به دلیل گرما کاهش یافت"
    p6_dek = "ادارات دولتی روز چهارشنبه تا ساعت ده صبح باز هستند."
    heat = _FA_PARAS["heat"]
    site.add(u(p6), story(
        p6, p6_title, p6_dek, paras(heat), code=NEWS["heat"],
        dates="۲۴ تير ۱۴۰۵ - ۰۹:۳۰", byline=by("خبرنگار:", "علی کاظمی"),
        desk=("society", "جامعه"),
    ))  # fmt: skip
    site.article(
        url=u(p6), site=host, article_id=NEWS["heat"], title=p6_title, description=p6_dek,
        authors=["علی کاظمی"], published_at="2026-07-15T06:00:00Z",
        published_raw="۲۴ تير ۱۴۰۵ - ۰۹:۳۰", section="society", body="\n\n".join(heat),
        language="fa",
    )  # fmt: skip

    # P7: JSON-LD at +03:30 in spring (10 Ordibehesht 1405 = 30 April 2026); only in the feed.
    saffron_words = "رشد صادرات زعفران"
    p7 = f"/news/{NEWS['saffron']}/{slug(saffron_words)}"
    p7_title = "صادرات زعفران در بهار بیست درصد افزایش یافت"
    p7_dek = "بازارهای تازه در شرق آسیا به روی زعفران ایرانی باز شد."
    saffron = _FA_PARAS["saffron"]
    site.add(u(p7), story(
        p7, p7_title, p7_dek, paras(saffron), code=NEWS["saffron"],
        dates="۱۰ اردیبهشت ۱۴۰۵ - ۱۱:۰۰", byline=by("نویسنده:", "سارا محمدی"),
        desk=("economy", "اقتصاد"), tags=["زعفران", "صادرات"],
        ld=news_ld(p7_title, p7_dek, datePublished="2026-04-30T11:00:00+03:30",
                   author=person("سارا محمدی")),
    ))  # fmt: skip
    site.article(
        url=u(p7), site=host, article_id=NEWS["saffron"], title=p7_title, description=p7_dek,
        authors=["سارا محمدی"], published_at="2026-04-30T07:30:00Z",
        published_raw="2026-04-30T11:00:00+03:30", section="economy", tags=["زعفران", "صادرات"],
        body="\n\n".join(saffron), language="fa",
    )  # fmt: skip

    # P8: JSON-LD at +03:30; linked from P1's related box with its slug as raw Persian.
    air_words = "هشدار آلودگی هوا"
    p8 = f"/news/{NEWS['air']}/{slug(air_words)}"
    p8_title = "هشدار آلودگی هوا در کرانه؛ مدارس ابتدایی مجازی شد"
    p8_dek = "کمیته اضطرار آلودگی هوا برای روز شنبه تصمیم گرفت."
    air = _FA_PARAS["air"]
    site.add(u(p8), story(
        p8, p8_title, p8_dek, paras(air[:2]) + ad + paras(air[2:]), code=NEWS["air"],
        dates="۶ آذر ۱۴۰۵ - ۲۰:۴۵", byline=by("خبرنگار:", "مریم رضایی"),
        desk=("society", "جامعه"), tags=[f"آلودگی{ZWNJ}هوا", f"محیط{ZWNJ}زیست"],
        image=img + "air.jpg",
        ld=news_ld(p8_title, p8_dek, datePublished="2026-11-27T20:45:00+03:30",
                   author=person("مریم رضایی"), image=img + "air.jpg"),
    ))  # fmt: skip
    site.article(
        url=u(p8), site=host, article_id=NEWS["air"], title=p8_title, description=p8_dek,
        authors=["مریم رضایی"], published_at="2026-11-27T17:15:00Z",
        published_raw="2026-11-27T20:45:00+03:30", section="society",
        tags=[f"آلودگی{ZWNJ}هوا", f"محیط{ZWNJ}زیست"], body="\n\n".join(air),
        image_url=img + "air.jpg", language="fa",
    )  # fmt: skip

    # P9: JSON-LD at +03:30; linked from every page's "most viewed" box.
    football_words = "پیروزی کرانه در لیگ برتر"
    p9 = f"/news/{NEWS['football']}/{slug(football_words)}"
    p9_title = "کرانه با دو گل به رده سوم جدول رسید"
    p9_dek = "هر دو گل در نیمه دوم به ثمر رسید."
    football = _FA_PARAS["football"]
    site.add(u(p9), story(
        p9, p9_title, p9_dek, paras(football), code=NEWS["football"],
        dates="۷ آذر ۱۴۰۵ - ۱۷:۱۰", byline=by("خبرنگار:", "رضا نوری"),
        desk=("sport", "ورزش"), tags=["لیگ برتر"],
        ld=news_ld(p9_title, p9_dek, datePublished="2026-11-28T17:10:00+03:30",
                   author=person("رضا نوری")),
    ))  # fmt: skip
    site.article(
        url=u(p9), site=host, article_id=NEWS["football"], title=p9_title, description=p9_dek,
        authors=["رضا نوری"], published_at="2026-11-28T13:40:00Z",
        published_raw="2026-11-28T17:10:00+03:30", section="sport", tags=["لیگ برتر"],
        body="\n\n".join(football), language="fa",
    )  # fmt: skip

    # A photo report and a video at article-shaped numeric URLs: never items.
    photo = f"/photo/{NEWS['photo']}/{slug('گزارش تصویری پاییز در کرانه')}"
    figures = "".join(
        f'<figure><img src="/d/2026/11/autumn-{i}.jpg" alt="پاییز">'
        f"<figcaption>برگ‌ریزان پاییز در پارک‌های کرانه ({i} از ۸).</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(u(photo), page(
        "گزارش تصویری | پاییز در کرانه",
        f'<main><article class="item-page"><h1 class="item-title">گزارش تصویری | پاییز در کرانه</h1>'
        f'<div class="item-meta"><span class="item-date">۸ آذر ۱۴۰۵ - ۰۸:۰۰</span>'
        f'<span class="item-code">کد خبر: {NEWS["photo"]}</span></div>'
        f'<p class="item-author"><strong>عکاس:</strong> رضا نوری</p>{figures}</article></main>',
        f'<link rel="canonical" href="{PARS}{photo}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "گزارش تصویری | پاییز در کرانه",
               "datePublished": "2026-11-29T08:00:00+03:30"}),
    ))  # fmt: skip
    video = f"/video/{NEWS['video']}/{slug('فیلم افتتاح ایستگاه بهار')}"
    site.add(u(video), page(
        "فیلم | نخستین سفر قطار به ایستگاه بهار",
        '<main><article class="item-page"><h1 class="item-title">فیلم | نخستین سفر قطار به '
        'ایستگاه بهار</h1><div class="item-meta"><span class="item-date">۸ آذر ۱۴۰۵ - ۱۲:۳۰'
        '</span></div><video src="/d/2026/11/bahar.mp4" controls></video>'
        "<p>تصاویری از نخستین سفر آزمایشی قطار.</p></article></main>",
        f'<link rel="canonical" href="{PARS}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "فیلم | نخستین سفر قطار به ایستگاه بهار",
               "uploadDate": "2026-11-29T12:30:00+03:30"}),
    ))  # fmt: skip
    site.never_exported |= {u(photo), u(video)}

    tag_pages = {
        f"قطار{ZWNJ}شهری": [p1],
        f"آلودگی{ZWNJ}هوا": [p8],
        "بورس": [p3],
    }
    for tag, links in tag_pages.items():
        site.add(u(f"/tags/{quote(tag)}"), listing(tag, links))
        site.never_exported.add(u(f"/tags/{quote(tag)}"))
    site.never_exported |= {u("/multimedia/photo"), u("/multimedia/video")}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /print/\n"
        f"Sitemap: {PARS}/sitemap.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{PARS}/sitemap/news.xml</loc>"
        "<lastmod>2026-11-29T15:05:00+03:30</lastmod></sitemap>"
        f"<sitemap><loc>{PARS}/sitemap/2026-07.xml</loc>"
        "<lastmod>2026-07-31T23:00:00+03:30</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (p1, "2026-11-29T15:05:00+03:30", p1_title),
        (p2, "2026-11-29T10:20:00+03:30", p2_title),
        (p4, "2026-11-28T09:15:00+03:30", p4_title),
        (photo, "2026-11-29T08:00:00+03:30", "پاییز در کرانه"),
        (video, "2026-11-29T12:30:00+03:30", "نخستین سفر قطار"),
    ]
    site.add(u("/sitemap/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{PARS}{path}</loc><news:news><news:publication>"
            "<news:name>خبرگزاری پارس‌نامه</news:name><news:language>fa</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemap/2026-07.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{PARS}{p6}</loc><lastmod>2026-07-15T09:30:00+03:30</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>پارس‌نامه - آخرین اخبار</title><link>{PARS}/</link>"
        "<description>آخرین اخبار خبرگزاری پارس‌نامه</description><language>fa</language>"
        f"<item><title>{p7_title}</title><link>{PARS}{p7}</link>"
        "<pubDate>Thu, 30 Apr 2026 11:00:00 +0330</pubDate></item>"
        f"<item><title>{p1_title}</title><link>{PARS}{p1}</link>"
        "<pubDate>Sun, 29 Nov 2026 15:05:00 +0330</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=utf-8")  # fmt: skip

    # The home page links P1 with its slug as raw Persian, as a browser shows it.
    raw_p1 = f"/news/{NEWS['metro']}/{metro_words.replace(' ', '-')}"
    site.add(u("/"), listing("خبرگزاری پارس‌نامه", [raw_p1, p2, photo, video]))
    site.add(u("/service/society"), listing("جامعه", [p1, p2, p8], "/service/society?page=2"))
    site.add(u("/service/society?page=2"), listing("جامعه", [p8]))
    site.add(u("/service/economy"), listing("اقتصاد", [], "/service/economy?page=2"))
    site.add(u("/service/economy?page=2"), listing("اقتصاد", [p3]))
    site.add(u("/service/sport"), listing("ورزش", [p4, p9]))
    site.add(u("/service/culture"), listing("فرهنگ", [p5]))
    site.add(u("/multimedia/photo"), listing("عکس", [photo]))
    site.add(u("/multimedia/video"), listing("فیلم", [video]))
    site.never_requested |= {u("/search?q=")}
    return site


#: News codes: the numeric ids in the URLs and the "کد خبر:" lines.
NEWS = {
    "metro": "123456", "bread": "123457", "rial": "123458", "wrestling": "123459",
    "books": "123460", "heat": "123461", "saffron": "123462", "air": "123463",
    "football": "123464", "photo": "123470", "video": "123471",
}  # fmt: skip

# ruff: noqa: RUF001, RUF002, RUF003  (Bengali digits and quotation marks are the text's own)
"""Dainik Probaho: a recorded Bangladeshi daily in Bengali and English for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

PROBAHO = "https://www.dainikprobaho.example"
HOST = "dainikprobaho.example"

_BN_PARAS = {
    "metro": [
        "রাজধানীর উত্তর প্রান্ত থেকে নদীবন্দর পর্যন্ত নতুন মেট্রোরেল লাইনের পরীক্ষামূলক চলাচল মঙ্গলবার সকালে শুরু হয়েছে।",
        "প্রকল্প পরিচালক জানান, প্রথম মাসে প্রতি দশ মিনিট পরপর একটি করে ট্রেন চলবে এবং পরে এই বিরতি কমিয়ে ছয় মিনিটে আনা হবে।",
        "নতুন লাইনে মোট চৌদ্দটি স্টেশন রয়েছে, যার মধ্যে চারটি স্টেশন মাটির নিচে নির্মাণ করা হয়েছে।",
        "যাত্রীরা বলছেন, এই পথে আগে বাসে দুই ঘণ্টা লাগত, এখন সময় লাগবে চল্লিশ মিনিটেরও কম।",
    ],
    "rice": [
        "আমন মৌসুমের ধান কাটা শুরু হওয়ার পর থেকেই উত্তরের জেলাগুলোতে চালের দাম কেজিতে চার থেকে পাঁচ টাকা কমেছে।",
        "পাইকারি ব্যবসায়ীরা বলছেন, এবার ফলন ভালো হওয়ায় মিলগুলোতে ধানের সরবরাহ স্বাভাবিকের চেয়ে বেশি।",
        "তবে কৃষকদের অভিযোগ, উৎপাদন খরচ বাড়লেও তাঁরা ধানের ন্যায্য দাম পাচ্ছেন না।",
    ],
    "remit": [
        "চলতি অর্থবছরের প্রথম পাঁচ মাসে প্রবাসী আয় আগের বছরের একই সময়ের তুলনায় প্রায় আঠারো শতাংশ বেড়েছে।",
        "কেন্দ্রীয় ব্যাংকের এক কর্মকর্তা জানান, বৈধ পথে টাকা পাঠালে প্রণোদনা বাড়ানোয় এই প্রবৃদ্ধি এসেছে।",
        "অর্থনীতিবিদেরা মনে করেন, রিজার্ভের ওপর চাপ কমাতে এই ধারা ধরে রাখা জরুরি।",
    ],
    "hilsa": [
        "মেঘনার মোহনায় জেলেদের জালে এবার শীতের শুরুতেই বড় আকারের ইলিশ ধরা পড়ছে।",
        "স্থানীয় মৎস্য কর্মকর্তা বলেন, নিষেধাজ্ঞার সময় নদীতে মাছ ধরা বন্ধ থাকায় ইলিশের আকার বেড়েছে।",
        "ঘাটে প্রতি মণ ইলিশ বিক্রি হচ্ছে আগের সপ্তাহের চেয়ে কম দামে, তাই ক্রেতারা খুশি।",
    ],
    "cricket": [
        "ঢাকা, ২৩ নভেম্বর — ঘরের মাঠে তৃতীয় ও শেষ ওয়ানডেতে সফরকারী দলকে ছয় উইকেটে হারিয়ে সিরিজ জিতেছে জাতীয় দল।",
        "দুইশো চল্লিশ রানের লক্ষ্য তাড়া করতে নেমে ওপেনার তানভীর আহমেদ একাই করেন একশো বারো রান।",
        "অধিনায়ক ম্যাচ শেষে বলেন, তরুণ বোলারদের আত্মবিশ্বাসই এই সিরিজের সবচেয়ে বড় প্রাপ্তি।",
    ],
    "climate": [
        "জলবায়ু সম্মেলনে উপকূলীয় দেশগুলোর জন্য নতুন অভিযোজন তহবিল গঠনের প্রস্তাব উঠেছে।",
        "বাংলাদেশের প্রতিনিধিদল বলেছে, লবণাক্ততা ও ঘূর্ণিঝড়ের ক্ষতি মোকাবিলায় সরাসরি অনুদান প্রয়োজন।",
        "সম্মেলনের শেষ দিনে এ বিষয়ে একটি যৌথ ঘোষণা আসতে পারে বলে কূটনীতিকেরা আশা করছেন।",
    ],
    "film": [
        "নবীন নির্মাতা সুমাইয়া হকের প্রথম চলচ্চিত্র ‘নদীর নাম তিস্তা’ আন্তর্জাতিক একটি উৎসবে সেরা চিত্রনাট্যের পুরস্কার পেয়েছে।",
        "চলচ্চিত্রটিতে উত্তরের এক জেলে পরিবারের জীবনসংগ্রাম তুলে ধরা হয়েছে।",
        "আগামী মাসে দেশের প্রেক্ষাগৃহে ছবিটি মুক্তি পাওয়ার কথা রয়েছে।",
    ],
    "school": [
        "চরাঞ্চলের পাঁচটি প্রাথমিক বিদ্যালয়ে এবার সৌরবিদ্যুৎ পৌঁছেছে, ফলে সন্ধ্যার পরও শিক্ষার্থীরা পড়াশোনা করতে পারছে।",
        "উপজেলা শিক্ষা কর্মকর্তা জানান, আগামী বছর আরও বারোটি বিদ্যালয় এই কর্মসূচির আওতায় আসবে।",
        "অভিভাবকেরা বলছেন, আলো থাকায় এখন মেয়েরাও সন্ধ্যায় নিরাপদে বিদ্যালয়ের পাঠাগারে যেতে পারছে।",
    ],
    "bridge": [
        "যমুনার ওপর নির্মাণাধীন দ্বিতীয় রেলসেতুর শেষ স্প্যান বসানো হয়েছে বুধবার রাতে।",
        "সেতু কর্তৃপক্ষ জানিয়েছে, আগামী মার্চের মধ্যে সেতু দিয়ে পরীক্ষামূলক ট্রেন চালানো সম্ভব হবে।",
        "সেতুটি চালু হলে উত্তরাঞ্চলের সঙ্গে রাজধানীর রেল যোগাযোগে সময় প্রায় এক ঘণ্টা কমবে।",
    ],
}

_BN_MORE = {
    "ferry": [
        "পদ্মার ভাঙনে পুরোনো ঘাট বিলীন হওয়ার পর দুই কিলোমিটার ভাটিতে নতুন ফেরিঘাট চালু করা হয়েছে।",
        "নৌপরিবহন কর্তৃপক্ষ জানায়, নতুন ঘাটে একসঙ্গে তিনটি ফেরি ভিড়তে পারবে এবং ট্রাকের অপেক্ষার সময় কমবে।",
        "ঘাট এলাকার দোকানিরা বলছেন, যাত্রীদের ভিড় ফিরতে শুরু করায় তাঁদের বিক্রিও বেড়েছে।",
    ],
    "dengue": [
        "শীত শুরু হলেও রাজধানীতে ডেঙ্গু রোগীর সংখ্যা কমছে না, গত এক দিনে হাসপাতালে ভর্তি হয়েছেন দুই শতাধিক রোগী।",
        "স্বাস্থ্য অধিদপ্তরের কর্মকর্তারা বলছেন, নির্মাণাধীন ভবনে জমে থাকা পানিতে এডিস মশার লার্ভা বেশি পাওয়া যাচ্ছে।",
        "সিটি করপোরেশন আগামী সপ্তাহ থেকে বিশেষ পরিচ্ছন্নতা অভিযান শুরু করবে বলে জানিয়েছে।",
    ],
}

_EN_PARAS = {
    "port": [
        "The river port at Char Madhabpur handled a record 1.4 million tonnes of cargo in October, the port authority said on Tuesday.",
        "Officials credited the new container yard, which opened in August and doubled the space for imported fertiliser and cement.",
        "Shipping agents warned that the channel still needs dredging before the dry season lowers the water further.",
    ],
    "tea": [
        "Tea gardens in the northern hills expect their best output in six years after a mild monsoon and fewer pest outbreaks.",
        "The growers' association said auction prices have held steady despite the larger crop, helped by new buyers from Central Asia.",
        "Workers' unions are pressing for the daily wage increase promised last spring to be paid before the winter holidays.",
    ],
    "kabaddi": [
        "The national kabaddi team beat the visitors 41-33 in the final of the invitational tournament at the indoor stadium.",
        "Captain Mehedi Rana scored eleven raid points, including a decisive super raid with two minutes left.",
    ],
}


def dainik_probaho() -> CmsSite:
    """A Bangladeshi daily in Bengali with an English edition under ``/english/``, on Dhaka's
    clock (+06:00, no DST): ``/<section>/article/<id>`` and ``/bangladesh/<short id>`` URLs, a
    section by its Bengali slug (``/খেলা/``), dates printed in Bengali digits with Bengali month
    names, beside the Bangla-calendar date ("প্রকাশ: ২৪ নভেম্বর ২০২৬, ১০ অগ্রহায়ণ ১৪৩৩ | ১৪:০৫",
    "৯ অগ্রহায়ণ ১৪৩৩, ২৩ নভেম্বর ২০২৬, রাত ১০:৪০"), 12-hour clocks decided by the day-part word
    before them (সকাল, দুপুর, বিকাল, সন্ধ্যা, রাত) or by "পিএম", "আপডেট:" labels, "BST" on the
    English edition (Bangladesh Standard Time, +06:00), JSON-LD dates with and without +06:00,
    "নিজস্ব প্রতিবেদক, ঢাকা" and "Staff Correspondent" bylines and named reporters with their
    district, "ঢাকা" datelines, tag, author, photo gallery and video pages, a news sitemap at
    +06:00 in robots.txt and an RSS feed at +0600. Some pages print a date without any zone:
    the site's own sitemaps and JSON-LD say Dhaka."""
    site = CmsSite(
        "dainik-probaho", PROBAHO + "/", datetime.fromisoformat("2026-11-25T06:00:00+00:00")
    )
    u = PROBAHO.__add__
    titles: dict[str, str] = {}  # listing cards show each story's headline

    def page(title: str, body: str, extra: str = "", lang: str = "bn") -> str:
        english = lang == "en"
        name = "Dainik Probaho" if english else "দৈনিক প্রবাহ"
        nav = (
            '<li><a href="/english/national">National</a></li>'
            '<li><a href="/english/business">Business</a></li>'
            '<li><a href="/english/sports">Sports</a></li>'
            '<li><a href="/">বাংলা</a></li>'
            if english
            else '<li><a href="/national">জাতীয়</a></li><li><a href="/bangladesh">সারাদেশ</a></li>'
            '<li><a href="/economy">অর্থনীতি</a></li><li><a href="/international">আন্তর্জাতিক</a></li>'
            '<li><a href="/খেলা">খেলা</a></li><li><a href="/entertainment">বিনোদন</a></li>'
            '<li><a href="/photo">ছবি</a></li><li><a href="/video">ভিডিও</a></li>'
            '<li><a href="/english">English</a></li>'
        )
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title} | {name}</title>"
            f'<meta property="og:site_name" content="{name}">'
            f"{extra}</head><body>"
            f'<header><div class="top-date">{"Tuesday, 24 November 2026" if english else "মঙ্গলবার, ২৪ নভেম্বর ২০২৬"}</div>'
            f'<a class="logo" href="{"/english" if english else "/"}">{name}</a>'
            f'<nav class="main-menu"><ul>{nav}'
            '<li><a href="/search?q=">খুঁজুন</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/about-us">আমাদের সম্পর্কে</a> <a href="/privacy-policy">গোপনীয়তা নীতি</a>'
            "<p>© ২০২৬ দৈনিক প্রবাহ। সর্বস্বত্ব সংরক্ষিত।</p></footer></body></html>"
        )

    def listing(
        title: str, links: list[str], next_href: str | None = None, lang: str = "bn"
    ) -> str:
        cards = "".join(
            f'<div class="news-item"><h2 class="title"><a href="{href}">{titles.get(href, "সংবাদ")}</a>'
            "</h2></div>"
            for href in links
        )
        more = (
            f'<div class="pagination"><a href="{next_href}" rel="next">পরের পাতা</a></div>'
            if next_href
            else ""
        )
        return page(
            title,
            f'<main><h1>{title}</h1><div class="news-list">{cards}</div>{more}</main>',
            "",
            lang,
        )

    def reporter(name: str, slug: str | None, place: str = "") -> str:
        who = f'<a href="/author/{slug}">{name}</a>' if slug else f"<span>{name}</span>"
        where = f"<span>, {place}</span>" if place else ""
        return f'<div class="author-name">{who}{where}</div>'

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
        lang: str = "bn",
    ) -> str:
        tag_base = "/english/tags/" if lang == "en" else "/tag/"
        tag_links = "".join(f'<a href="{tag_base}{s}">{n}</a>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="lead-image"><img src="{image}" alt="">'
            "<figcaption>ছবি: দৈনিক প্রবাহ</figcaption></figure>"
            if image
            else ""
        )
        related = "আরও পড়ুন" if lang == "bn" else "Read more"
        return page(
            title,
            f'<main><div class="breadcrumb"><a href="/">প্রচ্ছদ</a> » '
            f'<a href="{crumb[0]}">{crumb[1]}</a></div>'
            f'<article class="details"><h1 class="headline">{title}</h1>'
            f'<div class="details-meta">{byline}<div class="time">{dates}</div></div>'
            f'{figure}<div class="details-body">{body_html}</div>'
            f'<div class="tag-list">{tag_links}</div>'
            '<div class="share"><a href="https://facebook.example/sharer?u=x">শেয়ার</a></div>'
            "</article>"
            f'<aside class="more-news"><h2>{related}</h2><ul>'
            f'<li><a href="{B1}">নদীবন্দর পর্যন্ত মেট্রোরেলের পরীক্ষামূলক চলাচল শুরু</a></li>'
            "</ul></aside></main>",
            f'<meta name="description" content="{dek}">'
            f'<link rel="canonical" href="{PROBAHO}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{_ld(ld) if ld else ''}",
            lang,
        )

    def ad() -> str:
        return '<div class="ads"><span>বিজ্ঞাপন</span><div id="div-gpt-ad-2"></div></div>'

    def also(href: str, text: str) -> str:
        return f'<div class="read-more"><strong>আরও পড়ুন:</strong> <a href="{href}">{text}</a></div>'

    news_ld = news_ld_for("দৈনিক প্রবাহ")

    img = PROBAHO + "/media/imgAll/2026November/"

    # B1: staff byline "নিজস্ব প্রতিবেদক, ঢাকা" (JSON-LD names it as a Person); JSON-LD's
    # datePublished at +06:00; the update only printed, with the Bangla-calendar date between
    # the Gregorian date and the clock.
    metro = _BN_PARAS["metro"]
    b1_title = "নদীবন্দর পর্যন্ত মেট্রোরেলের পরীক্ষামূলক চলাচল শুরু"
    titles[B1] = b1_title
    b1_dek = "প্রথম মাসে দশ মিনিট পরপর ট্রেন চলবে।"
    site.add(u(B1), story(
        B1, b1_title, b1_dek,
        paras(metro[:2]) + ad() + also(B6, "জলবায়ু সম্মেলনে অভিযোজন তহবিলের প্রস্তাব")
        + paras(metro[2:]),
        dates="<span>প্রকাশ: ২৪ নভেম্বর ২০২৬, ১০ অগ্রহায়ণ ১৪৩৩ | ১০:০৫</span> "
        "<span>আপডেট: ২৪ নভেম্বর ২০২৬, ১০ অগ্রহায়ণ ১৪৩৩ | ১৪:২০</span>",
        byline=reporter("নিজস্ব প্রতিবেদক", None, "ঢাকা"), crumb=("/national", "জাতীয়"),
        tags=[("মেট্রোরেল", "মেট্রোরেল"), ("যানজট", "যানজট")], image=img + "metro.jpg",
        ld=news_ld(b1_title, b1_dek, articleSection="জাতীয়",
                   datePublished="2026-11-24T10:05:00+06:00",
                   author=[person("নিজস্ব প্রতিবেদক")],
                   image={"@type": "ImageObject", "url": img + "metro.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(B1), site=HOST, article_id="48211", title=b1_title, description=b1_dek,
        authors=["নিজস্ব প্রতিবেদক"], published_at="2026-11-24T04:05:00Z",
        published_raw="2026-11-24T10:05:00+06:00", modified_at="2026-11-24T08:20:00Z",
        modified_raw="২৪ নভেম্বর ২০২৬, ১০ অগ্রহায়ণ ১৪৩৩ | ১৪:২০", section="জাতীয়",
        tags=["মেট্রোরেল", "যানজট"], body="\n\n".join(metro), image_url=img + "metro.jpg",
        language="bn",
    )  # fmt: skip

    # B2: a named reporter with his district; JSON-LD date without a zone, printed the same
    # with a day-part word: "প্রকাশ: ২৪ নভেম্বর ২০২৬, দুপুর ২:০৫" (14:05 in Dhaka); in the
    # news sitemap (+06:00).
    rice = _BN_PARAS["rice"]
    b2_title = "উত্তরের জেলাগুলোতে চালের দাম কমেছে"
    titles[B2] = b2_title
    b2_dek = "আমনের ভালো ফলনে মিলগুলোতে ধানের সরবরাহ বেড়েছে।"
    site.add(u(B2), story(
        B2, b2_title, b2_dek, paras(rice[:1]) + ad() + paras(rice[1:]),
        dates="<span>প্রকাশ: ২৪ নভেম্বর ২০২৬, দুপুর ২:০৫</span>",
        byline=reporter("রাশেদ করিম", "rashed-karim", "রংপুর"), crumb=("/economy", "অর্থনীতি"),
        tags=[("চাল", "চাল")], image=img + "rice.jpg",
        ld=news_ld(b2_title, b2_dek, articleSection="অর্থনীতি",
                   datePublished="2026-11-24T14:05:00", author=person("রাশেদ করিম")),
    ))  # fmt: skip
    site.article(
        url=u(B2), site=HOST, article_id="48215", title=b2_title, description=b2_dek,
        authors=["রাশেদ করিম"], published_at="2026-11-24T08:05:00Z",
        published_raw="2026-11-24T14:05:00", section="অর্থনীতি", tags=["চাল"],
        body="\n\n".join(rice), image_url=img + "rice.jpg", language="bn",
    )  # fmt: skip

    # B3: no JSON-LD; the Bangla-calendar date printed first, then the Gregorian one and a
    # night-time clock: "৯ অগ্রহায়ণ ১৪৩৩, ২৩ নভেম্বর ২০২৬, রাত ১০:৪০" (22:40 in Dhaka); in no
    # sitemap or feed, only on the second page of /economy.
    remit = _BN_PARAS["remit"]
    b3_title = "পাঁচ মাসে প্রবাসী আয় বেড়েছে আঠারো শতাংশ"
    titles[B3] = b3_title
    b3_dek = "প্রণোদনা বাড়ানোয় বৈধ পথে টাকা পাঠানো বেড়েছে।"
    site.add(u(B3), story(
        B3, b3_title, b3_dek, paras(remit),
        dates="<span>প্রকাশ: ৯ অগ্রহায়ণ ১৪৩৩, ২৩ নভেম্বর ২০২৬, রাত ১০:৪০</span>",
        byline=reporter("নিজস্ব প্রতিবেদক", None), crumb=("/economy", "অর্থনীতি"),
        tags=[("প্রবাসী-আয়", "প্রবাসী আয়")],
    ))  # fmt: skip
    site.article(
        url=u(B3), site=HOST, article_id="48190", title=b3_title, description=b3_dek,
        authors=["নিজস্ব প্রতিবেদক"], published_at="2026-11-23T16:40:00Z",
        published_raw="২৩ নভেম্বর ২০২৬, রাত ১০:৪০", section="economy", tags=["প্রবাসী আয়"],
        body="\n\n".join(remit), language="bn",
    )  # fmt: skip

    # Without articleSection, the section is the URL's first segment the navigation lists
    # (``economy``), as on every site; a short id of letters is no numeric article_id.

    # B4: a short-id URL (/bangladesh/<id>); a district correspondent; JSON-LD without dates;
    # printed "প্রকাশ: ২৪ নভেম্বর ২০২৬, ১০:২৫ পিএম" (Bengali PM: 22:25 in Dhaka).
    hilsa = _BN_PARAS["hilsa"]
    b4_title = "শীতের শুরুতেই মেঘনায় বড় ইলিশ"
    titles[B4] = b4_title
    b4_dek = "নিষেধাজ্ঞার সুফল পাচ্ছেন উপকূলের জেলেরা।"
    site.add(u(B4), story(
        B4, b4_title, b4_dek, paras(hilsa[:2]) + ad() + paras(hilsa[2:]),
        dates="<span>প্রকাশ: ২৪ নভেম্বর ২০২৬, ১০:২৫ পিএম</span>",
        byline=reporter("নুসরাত জাহান", "nusrat-jahan", "ভোলা"),
        crumb=("/bangladesh", "সারাদেশ"), tags=[("ইলিশ", "ইলিশ")], image=img + "hilsa.jpg",
        ld=news_ld(b4_title, b4_dek, articleSection="সারাদেশ",
                   author=person("নুসরাত জাহান"),
                   image=[img + "hilsa.jpg"]),
    ))  # fmt: skip
    site.article(
        url=u(B4), site=HOST, article_id=None, title=b4_title, description=b4_dek,
        authors=["নুসরাত জাহান"], published_at="2026-11-24T16:25:00Z",
        published_raw="২৪ নভেম্বর ২০২৬, ১০:২৫ পিএম", section="সারাদেশ", tags=["ইলিশ"],
        body="\n\n".join(hilsa), image_url=img + "hilsa.jpg", language="bn",
    )  # fmt: skip

    # B5: a section by its Bengali slug (/খেলা/article/N); a "ঢাকা, ২৩ নভেম্বর —" dateline in
    # the first paragraph; printed "প্রকাশ: ২৩ নভেম্বর ২০২৬, বিকাল ৫:৩০" only (17:30 in Dhaka)
    # and "আপডেট: ২৩ নভেম্বর ২০২৬, সন্ধ্যা ৭:১০"; in the RSS feed only.
    cricket = _BN_PARAS["cricket"]
    b5_title = "শেষ ওয়ানডেতে জিতে সিরিজ জাতীয় দলের"
    titles[B5] = b5_title
    b5_dek = "তানভীরের সেঞ্চুরিতে ছয় উইকেটের জয়।"
    site.add(u(B5_URL), story(
        B5, b5_title, b5_dek, paras(cricket),
        dates="<span>প্রকাশ: ২৩ নভেম্বর ২০২৬, বিকাল ৫:৩০</span> "
        "<span>আপডেট: ২৩ নভেম্বর ২০২৬, সন্ধ্যা ৭:১০</span>",
        byline=reporter("ক্রীড়া প্রতিবেদক", None), crumb=(SPORT, "খেলা"),
        tags=[("ক্রিকেট", "ক্রিকেট")],
    ))  # fmt: skip
    site.article(
        url=u(B5_URL), site=HOST, article_id="48230", title=b5_title, description=b5_dek,
        authors=["ক্রীড়া প্রতিবেদক"], published_at="2026-11-23T11:30:00Z",
        published_raw="২৩ নভেম্বর ২০২৬, বিকাল ৫:৩০", modified_at="2026-11-23T13:10:00Z",
        modified_raw="২৩ নভেম্বর ২০২৬, সন্ধ্যা ৭:১০", section="খেলা", tags=["ক্রিকেট"],
        body="\n\n".join(cricket), language="bn",
    )  # fmt: skip

    # B6: JSON-LD's datePublished with +06:00, printed with a morning clock "সকাল ৯:১৫" and the
    # update as a time alone on the same day, "আপডেট: দুপুর ১২:৪০" (12:40); named reporter; an "আরও পড়ুন:" (read more) paragraph and a credited photo in the
    # body; in the news sitemap.
    climate = _BN_PARAS["climate"]
    b6_title = "জলবায়ু সম্মেলনে অভিযোজন তহবিলের প্রস্তাব"
    titles[B6] = b6_title
    b6_dek = "উপকূলীয় দেশগুলোর জন্য সরাসরি অনুদানের দাবি বাংলাদেশের।"
    site.add(u(B6), story(
        B6, b6_title, b6_dek,
        paras(climate[:1])
        + f'<p><strong>আরও পড়ুন:</strong> <a href="{B1}">মেট্রোরেলের পরীক্ষামূলক চলাচল শুরু</a></p>'
        + '<figure><img src="/media/climate.jpg" alt=""><figcaption>সম্মেলনস্থলে বাংলাদেশের '
        "প্রতিনিধিদল। ছবি: সংগৃহীত</figcaption></figure>"
        + paras(climate[1:]),
        dates="<span>প্রকাশ: ২৪ নভেম্বর ২০২৬, সকাল ৯:১৫ | আপডেট: দুপুর ১২:৪০</span>",
        byline=reporter("ফারহানা ইসলাম", "farhana-islam"), crumb=("/international", "আন্তর্জাতিক"),
        tags=[("জলবায়ু", "জলবায়ু")],
        ld=news_ld(b6_title, b6_dek, articleSection="আন্তর্জাতিক",
                   datePublished="2026-11-24T09:15:00+06:00", author=person("ফারহানা ইসলাম")),
    ))  # fmt: skip
    site.article(
        url=u(B6), site=HOST, article_id="48240", title=b6_title, description=b6_dek,
        authors=["ফারহানা ইসলাম"], published_at="2026-11-24T03:15:00Z",
        published_raw="2026-11-24T09:15:00+06:00", modified_at="2026-11-24T06:40:00Z",
        modified_raw="2026-11-24T12:40", section="আন্তর্জাতিক", tags=["জলবায়ু"],
        body="\n\n".join(climate), image_url=PROBAHO + "/media/climate.jpg", language="bn",
    )  # fmt: skip

    # B7: a desk's byline (JSON-LD names it as an Organization); JSON-LD without dates; the
    # clock printed with a space after its colon, "প্রকাশ: ২৩ নভেম্বর ২০২৬, ১৯: ৪৫"; only on
    # the entertainment listing.
    film = _BN_PARAS["film"]
    b7_title = "উৎসবে সেরা চিত্রনাট্যের পুরস্কার পেল ‘নদীর নাম তিস্তা’"
    titles[B7] = b7_title
    b7_dek = "নবীন নির্মাতা সুমাইয়া হকের প্রথম চলচ্চিত্র।"
    site.add(u(B7), story(
        B7, b7_title, b7_dek, paras(film[:2]) + ad() + paras(film[2:]),
        dates="<span>প্রকাশ: ২৩ নভেম্বর ২০২৬, ১৯: ৪৫</span>",
        byline=reporter("বিনোদন ডেস্ক", None), crumb=("/entertainment", "বিনোদন"),
        tags=[("চলচ্চিত্র", "চলচ্চিত্র")], image=img + "tista.jpg",
        ld=news_ld(b7_title, b7_dek,
                   author={"@type": "Organization", "name": "বিনোদন ডেস্ক"}),
    ))  # fmt: skip
    site.article(
        url=u(B7), site=HOST, article_id="48199", title=b7_title, description=b7_dek,
        authors=["বিনোদন ডেস্ক"], published_at="2026-11-23T13:45:00Z",
        published_raw="২৩ নভেম্বর ২০২৬, ১৯: ৪৫", section="entertainment", tags=["চলচ্চিত্র"],
        body="\n\n".join(film), image_url=img + "tista.jpg", language="bn",
    )  # fmt: skip

    # B8: a short-id URL; no JSON-LD; printed "প্রকাশ: ২৫ নভেম্বর ২০২৬, রাত ১২:৩০" past
    # midnight (00:30 on the 25th, Dhaka); in the news sitemap.
    bridge = _BN_PARAS["bridge"]
    b8_title = "যমুনা রেলসেতুর শেষ স্প্যান বসল"
    titles[B8] = b8_title
    b8_dek = "মার্চে পরীক্ষামূলক ট্রেন চলার আশা।"
    site.add(u(B8), story(
        B8, b8_title, b8_dek, paras(bridge),
        dates="<span>প্রকাশ: ২৫ নভেম্বর ২০২৬, রাত ১২:৩০</span>",
        byline=reporter("আরিফুল হক", "ariful-haque", "সিরাজগঞ্জ"),
        crumb=("/bangladesh", "সারাদেশ"), tags=[("রেলসেতু", "রেলসেতু")],
    ))  # fmt: skip
    site.article(
        url=u(B8), site=HOST, article_id=None, title=b8_title, description=b8_dek,
        authors=["আরিফুল হক"], published_at="2026-11-24T18:30:00Z",
        published_raw="২৫ নভেম্বর ২০২৬, রাত ১২:৩০", section="bangladesh", tags=["রেলসেতু"],
        body="\n\n".join(bridge), language="bn",
    )  # fmt: skip

    # B9: two reporters in plain text joined by "ও" (and) before their district, no JSON-LD;
    # printed "প্রকাশ : ২৪ নভেম্বর ২০২৬, ০৮:১৫ এএম" (a space before the colon, Bengali AM) and
    # "আপডেট: ২ ঘণ্টা আগে" (two hours before the crawl); only on the /bangladesh listing.
    school = _BN_PARAS["school"]
    b9_title = "চরের পাঁচ বিদ্যালয়ে পৌঁছাল সৌরবিদ্যুৎ"
    titles[B9] = b9_title
    b9_dek = "সন্ধ্যার পরও পড়াশোনা করতে পারছে শিক্ষার্থীরা।"
    site.add(u(B9), story(
        B9, b9_title, b9_dek, paras(school[:2]) + ad() + paras(school[2:]),
        dates="<span>প্রকাশ : ২৪ নভেম্বর ২০২৬, ০৮:১৫ এএম</span> <span>আপডেট: ২ ঘণ্টা আগে</span>",
        byline='<div class="author-name"><span>তানভীর আহমেদ ও সাবরিনা ইয়াসমিন, কুড়িগ্রাম</span></div>',
        crumb=("/bangladesh", "সারাদেশ"), tags=[("শিক্ষা", "শিক্ষা")],
    ))  # fmt: skip
    site.article(
        url=u(B9), site=HOST, article_id="48260", title=b9_title, description=b9_dek,
        authors=["তানভীর আহমেদ", "সাবরিনা ইয়াসমিন"], published_at="2026-11-24T02:15:00Z",
        published_raw="২৪ নভেম্বর ২০২৬, ০৮:১৫ এএম", modified_at="2026-11-25T04:00:00Z",
        modified_raw="২ ঘণ্টা আগে", section="bangladesh", tags=["শিক্ষা"],
        body="\n\n".join(school), language="bn",
    )  # fmt: skip

    # B10: an id and then a Bengali slug (/national/article/<id>/<বাংলা-শিরোনাম>), requested
    # percent-encoded; JSON-LD dates in the basic offset form (+0600); a meta
    # article:published_time without a zone beside them; a photo credit "ছবি: সংগৃহীত" as a
    # paragraph and an "আরও পড়ুন" list at the end of the body.
    ferry = _BN_MORE["ferry"]
    b10_title = "পদ্মায় নতুন ফেরিঘাট চালু"
    titles[B10] = b10_title
    b10_dek = "ভাঙনে পুরোনো ঘাট বিলীন হওয়ার পর দুই কিলোমিটার ভাটিতে নতুন ঘাট।"
    site.add(u(B10_URL), story(
        B10, b10_title, b10_dek,
        paras(ferry[:2]) + "<p>ছবি: সংগৃহীত</p>" + ad() + paras(ferry[2:])
        + "<p><strong>আরও পড়ুন</strong></p>"
        + f'<ul class="related"><li><a href="{B8}">যমুনা রেলসেতুর শেষ স্প্যান বসল</a></li></ul>',
        dates="<span>প্রকাশ: ২৪ নভেম্বর ২০২৬, সন্ধ্যা ৬:৫০</span>",
        byline=reporter("নিজস্ব প্রতিবেদক", None, "মানিকগঞ্জ"), crumb=("/national", "জাতীয়"),
        tags=[("ফেরি", "ফেরি")], image=img + "ferry.jpg",
        ld=news_ld(b10_title, b10_dek, articleSection="জাতীয়",
                   datePublished="2026-11-24T18:50:00+0600",
                   dateModified="2026-11-24T19:05:00+0600",
                   author=person("নিজস্ব প্রতিবেদক")),
    ).replace("</head>", '<meta property="article:published_time" content="2026-11-24 18:50:00">'
              "</head>", 1))  # fmt: skip
    site.article(
        url=u(B10_URL), site=HOST, article_id="48270", title=b10_title, description=b10_dek,
        authors=["নিজস্ব প্রতিবেদক"], published_at="2026-11-24T12:50:00Z",
        published_raw="2026-11-24T18:50:00+0600", modified_at="2026-11-24T13:05:00Z",
        modified_raw="2026-11-24T19:05:00+0600", section="জাতীয়", tags=["ফেরি"],
        body="\n\n".join(ferry), image_url=img + "ferry.jpg", language="bn",
    )  # fmt: skip

    # B11: a dated online-edition URL (/online/national/2026/11/24/<id>); no JSON-LD; the
    # weekday, and the era word after the year: "মঙ্গলবার, ২৪ নভেম্বর ২০২৬ খ্রিস্টাব্দ, ১১:৪০"
    # (11:40 in Dhaka); only on the national listing.
    dengue = _BN_MORE["dengue"]
    b11_title = "শীতেও কমছে না ডেঙ্গু রোগী"
    titles[B11] = b11_title
    b11_dek = "এক দিনে হাসপাতালে ভর্তি দুই শতাধিক।"
    site.add(u(B11), story(
        B11, b11_title, b11_dek, paras(dengue),
        dates="<span>মঙ্গলবার, ২৪ নভেম্বর ২০২৬ খ্রিস্টাব্দ, ১১:৪০</span>",
        byline=reporter("সাবরিনা ইয়াসমিন", "sabrina-yasmin"), crumb=("/national", "জাতীয়"),
        tags=[("ডেঙ্গু", "ডেঙ্গু")],
    ))  # fmt: skip
    site.article(
        url=u(B11), site=HOST, article_id="1234567", title=b11_title, description=b11_dek,
        authors=["সাবরিনা ইয়াসমিন"], published_at="2026-11-24T05:40:00Z",
        published_raw="২৪ নভেম্বর ২০২৬ খ্রিস্টাব্দ, ১১:৪০", section="national",
        tags=["ডেঙ্গু"], body="\n\n".join(dengue), language="bn",
    )  # fmt: skip

    # E1: English edition; printed "Published: 24 Nov 2026, 02:05 PM BST" (Bangladesh
    # Standard Time) and JSON-LD without a zone; a staff byline; in the news sitemap.
    port = _EN_PARAS["port"]
    e1_title = "Char Madhabpur river port handles record cargo in October"
    titles[E1] = e1_title
    e1_dek = "New container yard doubled space for fertiliser and cement imports."
    site.add(u(E1), story(
        E1, e1_title, e1_dek, paras(port[:2]) + ad() + paras(port[2:]),
        dates="<span>Published: 24 Nov 2026, 02:05 PM BST</span>"
        "<span>Updated: 24 Nov 2026, 06:40 PM BST</span>",
        byline=reporter("Staff Correspondent", None), crumb=("/english/business", "Business"),
        tags=[("port", "Port"), ("trade", "Trade")], image=img + "port.jpg", lang="en",
        ld=news_ld(e1_title, e1_dek, articleSection="Business",
                   datePublished="2026-11-24T14:05:00", dateModified="2026-11-24T18:40:00",
                   author=person("Staff Correspondent"), inLanguage="en"),
    ))  # fmt: skip
    site.article(
        url=u(E1), site=HOST, article_id="9021", title=e1_title, description=e1_dek,
        authors=["Staff Correspondent"], published_at="2026-11-24T08:05:00Z",
        published_raw="2026-11-24T14:05:00", modified_at="2026-11-24T12:40:00Z",
        modified_raw="2026-11-24T18:40:00", section="business", tags=["Port", "Trade"],
        body="\n\n".join(port), image_url=img + "port.jpg", language="en",
    )  # fmt: skip

    # E2: no JSON-LD; the update printed first, "Update : 23 Nov 2026, 10:15 PM", then
    # "Published : 23 Nov 2026, 09:40 PM", without a zone (a space before each colon); a named
    # reporter "Tanzila Rahman, Sylhet"; only on the English business listing.
    tea = _EN_PARAS["tea"]
    e2_title = "Northern tea gardens expect best crop in six years"
    titles[E2] = e2_title
    e2_dek = "Mild monsoon and fewer pests lift output; auction prices hold."
    site.add(u(E2), story(
        E2, e2_title, e2_dek, paras(tea),
        dates="<span>Update : 23 Nov 2026, 10:15 PM</span> <span>Published : 23 Nov 2026, 09:40 PM</span>",
        byline=reporter("Tanzila Rahman", "tanzila-rahman", "Sylhet"),
        crumb=("/english/business", "Business"), tags=[("tea", "Tea")], lang="en",
    ))  # fmt: skip
    site.article(
        url=u(E2), site=HOST, article_id="9025", title=e2_title, description=e2_dek,
        authors=["Tanzila Rahman"], published_at="2026-11-23T15:40:00Z",
        published_raw="23 Nov 2026, 09:40 PM", modified_at="2026-11-23T16:15:00Z",
        modified_raw="23 Nov 2026, 10:15 PM", section="business", tags=["Tea"],
        body="\n\n".join(tea), language="en",
    )  # fmt: skip

    # E3: JSON-LD's datePublished at +06:00; printed "Tue Nov 24, 2026 08:10 PM" and "Last
    # update on: Tue Nov 24, 2026 09:30 PM" (the update only there); in the RSS feed.
    kabaddi = _EN_PARAS["kabaddi"]
    e3_title = "Kabaddi team win invitational title at home"
    titles[E3] = e3_title
    e3_dek = "Captain Mehedi Rana's super raid seals a 41-33 final."
    site.add(u(E3), story(
        E3, e3_title, e3_dek, paras(kabaddi),
        dates="<span>Tue Nov 24, 2026 08:10 PM</span>"
        "<span>Last update on: Tue Nov 24, 2026 09:30 PM</span>",
        byline=reporter("Sports Desk", None), crumb=("/english/sports", "Sports"),
        tags=[("kabaddi", "Kabaddi")], lang="en",
        ld=news_ld(e3_title, e3_dek, articleSection="Sports",
                   datePublished="2026-11-24T20:10:00+06:00",
                   author={"@type": "Organization", "name": "Sports Desk"}, inLanguage="en"),
    ))  # fmt: skip
    site.article(
        url=u(E3), site=HOST, article_id="9030", title=e3_title, description=e3_dek,
        authors=["Sports Desk"], published_at="2026-11-24T14:10:00Z",
        published_raw="2026-11-24T20:10:00+06:00", modified_at="2026-11-24T15:30:00Z",
        modified_raw="Nov 24, 2026 09:30 PM", section="sports", tags=["Kabaddi"],
        body="\n\n".join(kabaddi), language="en",
    )  # fmt: skip

    # A photo gallery and a video at article-shaped URLs: never items.
    gallery = "/photo/gallery/48300"
    figures = "".join(
        f'<figure><img src="/media/gallery/2026/haor-{i}.jpg" alt="হাওর">'
        f"<figcaption>শীতের হাওরে অতিথি পাখি ({i}/৬)</figcaption></figure>"
        for i in range(1, 7)
    )
    site.add(u(gallery), page(
        "ছবিতে: হাওরে অতিথি পাখি",
        f'<main><article class="gallery"><h1>ছবিতে: হাওরে অতিথি পাখি</h1>'
        f"<p>প্রকাশ: ২৪ নভেম্বর ২০২৬, সকাল ৮:০০</p>{figures}</article></main>",
        f'<link rel="canonical" href="{PROBAHO}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "ছবিতে: হাওরে অতিথি পাখি", "datePublished": "2026-11-24T08:00:00+06:00"}),
    ))  # fmt: skip
    video = "/video/48310"
    site.add(u(video), page(
        "ভিডিও: কুয়াশায় ঢাকা পড়ল নদীপথ",
        "<main><article><h1>ভিডিও: কুয়াশায় ঢাকা পড়ল নদীপথ</h1>"
        "<p>প্রকাশ: ২৪ নভেম্বর ২০২৬, সকাল ৭:৩০</p>"
        '<video src="/media/video/kuasha.mp4" controls></video>'
        "<p>ঘন কুয়াশার কারণে ভোর থেকে ফেরি চলাচল বন্ধ ছিল।</p></article></main>",
        f'<link rel="canonical" href="{PROBAHO}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "ভিডিও: কুয়াশায় ঢাকা পড়ল নদীপথ",
               "uploadDate": "2026-11-24T07:30:00+06:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(gallery), u(video)}

    # Tag, author and archive pages list stories but are never items.
    tag_metro = "/tag/মেট্রোরেল"
    site.add(u(tag_metro), listing("মেট্রোরেল", [B1]))
    site.add(u("/author/rashed-karim"), listing("রাশেদ করিম", [B2]))
    site.add(u("/english/tags/tea"), listing("Tea", [E2], lang="en"))
    site.add(u("/archive/2026-11-24"), listing("আর্কাইভ", [B1, B2, B4, B6]))
    site.never_exported |= {
        u("/tag/%E0%A6%AE%E0%A7%87%E0%A6%9F%E0%A7%8D%E0%A6%B0%E0%A7%8B%E0%A6%B0%E0%A7%87%E0%A6%B2"),
        u("/author/rashed-karim"), u("/english/tags/tea"), u("/archive/2026-11-24"),
        u("/photo"), u("/video"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /api/\n"
        f"Sitemap: {PROBAHO}/sitemap.xml\nSitemap: {PROBAHO}/sitemap/news.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{PROBAHO}/sitemap/sitemap-daily-2026-11-24.xml</loc>"
        "<lastmod>2026-11-25T00:30:00+06:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    site.add(u("/sitemap/sitemap-daily-2026-11-24.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{PROBAHO}{B1}</loc><lastmod>2026-11-24T14:20:00+06:00</lastmod></url>"
        f"<url><loc>{PROBAHO}{E1}</loc><lastmod>2026-11-24T18:40:00+06:00</lastmod></url>"
        f"<url><loc>{PROBAHO}{gallery}</loc><lastmod>2026-11-24T08:00:00+06:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    news_entries = [
        (B2, "2026-11-24T14:05:00+06:00", b2_title, "bn"),
        (B6, "2026-11-24T09:15:00+06:00", b6_title, "bn"),
        (B8, "2026-11-25T00:30:00+06:00", b8_title, "bn"),
        (E1, "2026-11-24T14:05:00+06:00", e1_title, "en"),
        (video, "2026-11-24T07:30:00+06:00", "ভিডিও: কুয়াশায় ঢাকা পড়ল নদীপথ", "bn"),
    ]
    site.add(u("/sitemap/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{PROBAHO}{path}</loc><news:news><news:publication>"
            f"<news:name>দৈনিক প্রবাহ</news:name><news:language>{lang}</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title, lang in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/feed/rss.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>দৈনিক প্রবাহ | সর্বশেষ</title><link>{PROBAHO}/</link><language>bn</language>"
        f"<item><title>{b5_title}</title><link>{PROBAHO}{SPORT}/article/48230</link>"
        "<pubDate>Mon, 23 Nov 2026 17:30:00 +0600</pubDate></item>"
        f"<item><title>{e3_title}</title><link>{PROBAHO}{E3}</link>"
        "<pubDate>Tue, 24 Nov 2026 20:10:00 +0600</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=utf-8")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="দৈনিক প্রবাহ" href="/feed/rss.xml">'
    )
    home = listing("দৈনিক প্রবাহ", [B1, B4, gallery, video, tag_metro, "/archive/2026-11-24"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/national"), listing("জাতীয়", [B1, B10, B11]))
    site.add(u("/bangladesh"), listing("সারাদেশ", [B4, B9]))
    site.add(u("/economy"), listing("অর্থনীতি", [B2], "/economy?page=2"))
    site.add(u("/economy?page=2"), listing("অর্থনীতি", [B3]))
    site.add(u("/international"), listing("আন্তর্জাতিক", [B6]))
    site.add(u(SPORT), listing("খেলা", []))
    site.add(u("/entertainment"), listing("বিনোদন", [B7]))
    site.add(u("/photo"), listing("ছবি", [gallery]))
    site.add(u("/video"), listing("ভিডিও", [video]))
    site.add(u("/english"), listing("Dainik Probaho English", [E1], lang="en"))
    site.add(u("/english/national"), listing("National", [], lang="en"))
    site.add(u("/english/business"), listing("Business", [E1, E2], lang="en"))
    site.add(u("/english/sports"), listing("Sports", [], lang="en"))
    site.never_requested |= {u("/search?q=")}
    return site


# Scrapy requests a Bengali path percent-encoded (UTF-8), as browsers do.
SPORT = "/%E0%A6%96%E0%A7%87%E0%A6%B2%E0%A6%BE"
B1 = "/national/article/48211"
B2 = "/economy/article/48215"
B3 = "/economy/article/48190"
B4 = "/bangladesh/k7d2qx9m4e"
B5 = "/খেলা/article/48230"
B5_URL = SPORT + "/article/48230"
B6 = "/international/article/48240"
B7 = "/entertainment/article/48199"
B8 = "/bangladesh/p3m8rz5t1a"
B9 = "/bangladesh/article/48260"
B10 = "/national/article/48270/পদ্মায়-নতুন-ফেরিঘাট-চালু"
B10_URL = "/national/article/48270/" + quote("পদ্মায়-নতুন-ফেরিঘাট-চালু")
B11 = "/online/national/2026/11/24/1234567"
E1 = "/english/business/article/9021"
E2 = "/english/business/article/9025"
E3 = "/english/sports/article/9030"

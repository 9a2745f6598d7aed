# ruff: noqa: RUF001, RUF002, RUF003  (Hebrew letters, not look-alike Latin ones)
"""Kol HaEmek: a recorded Israeli Hebrew daily with an English edition for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, paras, person

EMEK = "https://www.kolhaemek.example"
RLM = "\u200f"
LRM = "\u200e"

_HE_PARAS = {
    "trains": [
        "רכבת ישראל הודיעה אתמול כי החל מחודש ינואר יופעלו שתי רכבות נוספות בשעות הבוקר בקו העמק, בין גבעת אורן לתחנה המרכזית בחיפה.",
        "לדברי הנהלת הרכבת, מספר הנוסעים בקו עלה בכשליש בשנה האחרונה, והקרונות בשעות העומס מלאים עד אפס מקום.",
        "ראש המועצה האזורית בירך על ההחלטה ואמר כי מדובר בבשורה של ממש לאלפי סטודנטים ועובדים שנוסעים מדי יום לחיפה.",
        "עם זאת, תושבים בשכונות הצפוניות מתלוננים על רעש ומבקשים להקים קיר אקוסטי לאורך המסילה לפני תחילת ההפעלה.",
    ],
    "water": [
        "תקלה בצינור המים הראשי הותירה הלילה כאלפיים משקי בית בכפר הזית ללא מים זורמים במשך כשש שעות.",
        "צוותי תאגיד המים עבדו לאורך כל הלילה, והאספקה חודשה לקראת הבוקר. בתאגיד מסרו כי הצינור הוחלף באופן זמני.",
        "תושבים סיפרו כי נאלצו לקנות בקבוקי מים בתחנת הדלק היחידה שפתוחה בשעות הלילה, ודרשו פיצוי על התקלה.",
    ],
    "dairy": [
        "מחלבת העמק הודיעה על העלאת מחירי הגבינות הקשות בשישה אחוזים, בעקבות התייקרות המספוא והובלה.",
        "ההעלאה תיכנס לתוקף בתחילת אפריל ותחול על כשלושים מוצרים. מוצרי החלב שבפיקוח אינם כלולים בה.",
        "ארגוני הצרכנים קראו לרשתות השיווק שלא לגלגל את ההתייקרות אל הלקוחות לפני החג.",
    ],
    "heat": [
        "גל חום כבד פוקד את עמק יזרעאל, והטמפרטורות צפויות להגיע היום ל־41 מעלות בשעות הצהריים.",
        "משרד הבריאות ממליץ להימנע מפעילות גופנית בחוץ בין אחת עשרה בבוקר לארבע אחר הצהריים, ולשתות מים בתדירות גבוהה.",
        "בחברת החשמל נערכים לשיא צריכה חדש, ומבקשים מהציבור להפעיל מכשירי חשמל כבדים בשעות הערב.",
    ],
    "basket": [
        "הפועל גבעת אורן ניצחה אמש את מכבי כפר הזית 84:79 במשחק צמוד שהוכרע רק בדקה האחרונה.",
        "הקלע הצעיר עמית רוזן קלע 27 נקודות, כולל שלשה מכרעת ארבעים שניות לסיום, והוביל את קבוצתו לניצחון חמישי ברציפות.",
        "עם הניצחון עלתה גבעת אורן למקום השני בטבלה, שתי נקודות בלבד מאחורי המוליכה.",
    ],
    "school": [
        "משרד החינוך אישר את הקמתו של בית ספר תיכון חדש בשכונת הגפן, שייפתח בעוד שנתיים ויקלוט כשש מאות תלמידים.",
        "בית הספר יתמחה במדעים ובטכנולוגיה, ויכלול מעבדות מחשבים וחממה לימודית על הגג.",
        "הורים בשכונה אמרו כי חיכו שנים רבות להחלטה, משום שילדיהם נאלצים כיום לנסוע לבית ספר בעיר השכנה.",
    ],
    "museum": [
        "מוזיאון העמק ייפתח מחדש בסוף השבוע לאחר שיפוץ שנמשך שנה וחצי, עם אגף חדש המוקדש לתולדות ההתיישבות באזור.",
        "בין המוצגים: כלי עבודה חקלאיים מראשית המאה הקודמת, מכתבים של המתיישבים הראשונים ותצלומים שלא הוצגו מעולם.",
        "הכניסה תהיה חופשית בשבוע הראשון, ובמוזיאון מתכננים סיורים מודרכים לקבוצות של בתי ספר.",
    ],
}

_EN_PARAS = {
    "trains": [
        "Israel Railways will add two morning trains to the Valley line from January, the company said on Sunday, after ridership grew by about a third this year.",
        "The regional council head welcomed the decision, calling it real news for the thousands of students and workers who commute to Haifa every day.",
        "Residents of the northern neighborhoods are asking for a noise barrier along the tracks before the extra trains start running.",
    ],
    "market": [
        "The Givat Oren farmers' market reopened on Saturday morning after a month of renovations, with forty stalls under a new shaded roof.",
        "Stallholders said the first weekend drew more visitors than any since the market opened, though parking remained hard to find.",
        "The municipality plans to add a shuttle from the central bus station before the spring holidays.",
    ],
    "solar": [
        "A cooperative of valley farmers has switched on the region's largest field of solar panels built above orchards, covering some sixty dunams of apple trees.",
        "The panels shade the trees during the hottest hours, which the growers say cuts their water use by a fifth.",
        "Researchers from a local college will measure the harvest for three seasons before the model is offered to other farms.",
    ],
}


def kol_haemek() -> CmsSite:
    """An Israeli Hebrew daily on Jerusalem's clock (+02:00 in winter, +03:00 in summer, the
    summer starting on the Friday before the EU's last Sunday of March): ``<html lang="he"
    dir="rtl">`` pages, ``/news/article/r1abc23xy`` and ``/news/article/1234567`` URLs, dates
    printed "29.11.26 | 15:05", "פורסם: 28.11.2026, 21:10" or with Hebrew month names ("28
    במרץ 2026"), some wrapped in right-to-left marks, JSON-LD dates with offsets and without,
    bylines "מאת", "כתב:" and names joined by "ו"/"ו-", an agency credit; an English edition
    (``lang="en"``) printing "Nov 29, 2026 3:05 PM IST" where IST is Israel's +02:00 and IDT
    +03:00; robots.txt with a news sitemap, an RSS feed announced by ``<link rel=alternate>``,
    "כתבות נוספות" boxes and ads in the body, "תגיות", ``?page=N`` pagination, video and
    gallery pages, tag and author pages."""
    site = CmsSite("kol-haemek", EMEK + "/", datetime.fromisoformat("2026-11-30T08:00:00+00:00"))
    u = EMEK.__add__
    host = "kolhaemek.example"

    def page(title: str, body: str, extra: str = "", lang: str = "he") -> str:
        direction = "rtl" if lang == "he" else "ltr"
        name = "קול העמק" if lang == "he" else "Kol HaEmek"
        return (
            f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
            f"<title>{title} | {name}</title>"
            f'<meta property="og:site_name" content="{name}">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">קול העמק</a><nav class="main-nav"><ul>'
            '<li><a href="/news/">חדשות</a></li><li><a href="/economy/">כלכלה</a></li>'
            '<li><a href="/sport/">ספורט</a></li><li><a href="/video/">וידאו</a></li>'
            '<li><a href="/english/">English</a></li>'
            '<li><a href="/search?q=">חיפוש</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/about">אודות</a> <a href="/contact">צור קשר</a> '
            '<a href="/privacy">מדיניות פרטיות</a><p>כל הזכויות שמורות © קול העמק 2026</p>'
            "</footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<div class="slotView"><h3><a href="{href}">כתבה</a></h3></div>' for href in links
        )
        more = (
            f'<div class="pagination"><a href="{next_href}" rel="next">הבא</a></div>'
            if next_href
            else ""
        )
        return page(
            title, f'<main><h1>{title}</h1><div class="slotsList">{cards}</div>{more}</main>'
        )

    related = (
        '<div class="related-box"><h4>כתבות נוספות</h4><ul>'
        '<li><a href="/news/article/1234567">מחלבת העמק מעלה מחירים</a></li>'
        '<li><a href="/sport/article/b1q9zz7kp">גבעת אורן ממשיכה לנצח</a></li></ul></div>'
    )
    ad = '<div class="ad-slot"><span class="ad-label">פרסומת</span><div id="dfp-ad-3"></div></div>'

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
        lang: str = "he",
    ) -> str:
        home = "ראשי" if lang == "he" else "Home"
        label = "תגיות:" if lang == "he" else "Tags:"
        tag_links = "".join(f'<a href="/tags/{s}">{n}</a>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            f'<main><nav class="breadcrumbs"><a href="/">{home}</a> &gt; '
            f'<a href="{crumb[0]}">{crumb[1]}</a></nav>'
            f'<article class="article-wrap"><h1 class="mainTitle">{title}</h1>'
            f'<h2 class="subTitle">{dek}</h2>'
            f'<div class="authors-and-date"><div class="authors">{byline}</div>'
            f'<div class="date-wrap">{dates}</div></div>'
            f'<div class="article-body">{body_html}</div>'
            f'<div class="tags-box"><span>{label}</span>{tag_links}</div>'
            '<div class="share"><a href="https://facebook.example/sharer">שתפו</a>'
            '<a href="https://wa.example/send">וואטסאפ</a></div></article>'
            '<aside class="most-read"><h2>הנקראים ביותר</h2><ul>'
            '<li><a href="/news/article/s1xyz45ab">תקלת מים בכפר הזית</a></li>'
            "</ul></aside></main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{EMEK}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{_ld(ld) if ld else ''}",
            lang,
        )

    def news_ld(title: str, dek: str, lang: str = "he", **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": dek,
            "inLanguage": lang,
            "publisher": {"@type": "NewsMediaOrganization", "name": "קול העמק"},
            **more,
        }

    def author(label: str, *names: tuple[str, str], joiner: str = " ו") -> str:
        links = [f'<a href="/authors/{slug}">{name}</a>' for name, slug in names]
        return f"{label} " + joiner.join(links)

    img = EMEK + "/PicServer/2026/11/"

    # K1: Ynet-like id; JSON-LD at +02:00; printed "29.11.26 | 15:05" in right-to-left marks;
    # an ad and a "כתבות נוספות" box between the paragraphs.
    k1 = "/news/article/r1abc23xy"
    k1_title = "שתי רכבות בוקר נוספות בקו העמק החל מינואר"
    k1_dek = "מספר הנוסעים בקו עלה בכשליש בשנה האחרונה. תושבים דורשים קיר אקוסטי"
    trains = _HE_PARAS["trains"]
    site.add(u(k1), story(
        k1, k1_title, k1_dek, paras(trains[:2]) + ad + paras(trains[2:3]) + related
        + paras(trains[3:]),
        dates=f'<time class="date">{RLM}29.11.26 | 15:05{RLM}</time>'
        f'<span class="updated">עודכן: {RLM}29.11.26 | 17:40</span>',
        byline=author("מאת", ("דנה לוי", "dana-levi")),
        crumb=("/news/", "חדשות"), tags=[("trains", "רכבת ישראל"), ("valley", "עמק יזרעאל")],
        image=img + "train.jpg",
        ld=news_ld(k1_title, k1_dek, datePublished="2026-11-29T15:05:00+02:00",
                   dateModified="2026-11-29T17:40:00+02:00", author=[person("דנה לוי")],
                   image={"@type": "ImageObject", "url": img + "train.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(k1), site=host, article_id=None, title=k1_title, description=k1_dek,
        authors=["דנה לוי"], published_at="2026-11-29T13:05:00Z",
        published_raw="2026-11-29T15:05:00+02:00", modified_at="2026-11-29T15:40:00Z",
        modified_raw="2026-11-29T17:40:00+02:00", section="news",
        tags=["רכבת ישראל", "עמק יזרעאל"], body="\n\n".join(trains),
        image_url=img + "train.jpg", language="he",
    )  # fmt: skip

    # K2: no JSON-LD: "פורסם: 28.11.2026, 21:10" / "עודכן: ..." only, zoneless (Jerusalem,
    # +02:00); two writers joined by "ו".
    k2 = "/news/article/s1xyz45ab"
    k2_title = "תקלה בצינור הראשי: אלפי בתים בכפר הזית נותרו ללא מים"
    k2_dek = "האספקה חודשה לקראת הבוקר. התושבים דורשים פיצוי"
    water = _HE_PARAS["water"]
    site.add(u(k2), story(
        k2, k2_title, k2_dek, paras(water[:1]) + ad + paras(water[1:]),
        dates=f'<span class="published">פורסם: {RLM}28.11.2026, 21:10</span> '
        f'<span class="updated">עודכן: {RLM}29.11.2026, 08:45</span>',
        byline=author("כתב:", ("יוסי כהן", "yossi-cohen"), ("מיכל אברהם", "michal-avraham")),
        crumb=("/news/", "חדשות"), tags=[("water", "משבר המים")],
    ))  # fmt: skip
    site.article(
        url=u(k2), site=host, article_id=None, title=k2_title, description=k2_dek,
        authors=["יוסי כהן", "מיכל אברהם"], published_at="2026-11-28T19:10:00Z",
        published_raw="28.11.2026, 21:10", modified_at="2026-11-29T06:45:00Z",
        modified_raw="29.11.2026, 08:45", section="news", tags=["משבר המים"],
        body="\n\n".join(water), language="he",
    )  # fmt: skip

    # K3: 28 March 2026: Israel moved to summer time on Friday the 27th, the EU only on
    # Sunday the 29th. JSON-LD without a zone; printed with a Hebrew month. Two writers
    # joined by "ו-".
    k3 = "/news/article/1234567"
    k3_title = "מחלבת העמק מעלה את מחירי הגבינות הקשות בשישה אחוזים"
    k3_dek = "ההעלאה תיכנס לתוקף בתחילת אפריל ותחול על כשלושים מוצרים"
    dairy = _HE_PARAS["dairy"]
    site.add(u(k3), story(
        k3, k3_title, k3_dek, paras(dairy),
        dates='<span class="date">28 במרץ 2026, 10:30</span>',
        byline=author("מאת", ("רון שפירא", "ron-shapira"), ("נועה ברק", "noa-barak"),
                      joiner=" ו-"),
        crumb=("/economy/", "כלכלה"), tags=[("prices", "יוקר המחיה")],
        image=EMEK + "/PicServer/2026/03/cheese.jpg",
        ld=news_ld(k3_title, k3_dek, datePublished="2026-03-28T10:30:00",
                   author=[person("רון שפירא"), person("נועה ברק")]),
    ))  # fmt: skip
    site.article(
        url=u(k3), site=host, article_id="1234567", title=k3_title, description=k3_dek,
        authors=["רון שפירא", "נועה ברק"], published_at="2026-03-28T07:30:00Z",
        published_raw="2026-03-28T10:30:00", section="economy", tags=["יוקר המחיה"],
        body="\n\n".join(dairy), image_url=EMEK + "/PicServer/2026/03/cheese.jpg",
        language="he",
    )  # fmt: skip

    # K4: July (+03:00); only the printed date, with a Hebrew month, in left-to-right marks;
    # a writer and "the news agencies" (וסוכנויות הידיעות), a credit that names no one.
    k4 = "/news/article/1234590"
    k4_title = "גל חום כבד: עד 41 מעלות בעמק יזרעאל"
    k4_dek = "משרד הבריאות ממליץ להימנע מפעילות גופנית בחוץ בשעות הצהריים"
    heat = _HE_PARAS["heat"]
    site.add(u(k4), story(
        k4, k4_title, k4_dek, paras(heat[:2]) + related + paras(heat[2:]),
        dates=f'<span class="date">{LRM}15 ביולי 2026{LRM} | {LRM}08:15{LRM}</span>',
        byline=f'מאת <a href="/authors/itay-golan">{LRM}איתי גולן{LRM}</a> וסוכנויות הידיעות',
        crumb=("/news/", "חדשות"), tags=[("weather", "מזג האוויר")],
    ))  # fmt: skip
    site.article(
        url=u(k4), site=host, article_id="1234590", title=k4_title, description=k4_dek,
        authors=["איתי גולן"], published_at="2026-07-15T05:15:00Z",
        published_raw="15 ביולי 2026 | 08:15", section="news", tags=["מזג האוויר"],
        body="\n\n".join(heat), language="he",
    )  # fmt: skip

    # K5: sport; "29 בנובמבר 2026" printed; JSON-LD at +02:00; on page 2 of /sport/.
    k5 = "/sport/article/b1q9zz7kp"
    k5_title = "הפועל גבעת אורן ניצחה את מכבי כפר הזית בקלאץ'"
    k5_dek = "עמית רוזן קלע 27 נקודות והוביל לניצחון חמישי ברציפות"
    basket = _HE_PARAS["basket"]
    site.add(u(k5), story(
        k5, k5_title, k5_dek, paras(basket),
        dates=f'<span class="date">פורסם: 29 בנובמבר 2026, {RLM}22:50{RLM}</span>',
        byline=author("כתב:", ("אורי דהן", "uri-dahan")),
        crumb=("/sport/", "ספורט"), tags=[("basketball", "כדורסל")],
        image=img + "basket.jpg",
        ld=news_ld(k5_title, k5_dek, datePublished="2026-11-29T22:50:00+02:00",
                   author=person("אורי דהן")),
    ))  # fmt: skip
    site.article(
        url=u(k5), site=host, article_id=None, title=k5_title, description=k5_dek,
        authors=["אורי דהן"], published_at="2026-11-29T20:50:00Z",
        published_raw="2026-11-29T22:50:00+02:00", section="sport", tags=["כדורסל"],
        body="\n\n".join(basket), image_url=img + "basket.jpg", language="he",
    )  # fmt: skip

    # K6: Friday 27 March 2026, the first morning of Israel's summer time (EU still on winter
    # time): printed only, with a Hebrew month name; on page 2 of /news/. Two writers without
    # links, joined by "ו" written onto the second name.
    k6 = "/news/article/1234571"
    k6_title = "אושרה הקמת תיכון חדש בשכונת הגפן"
    k6_dek = "בית הספר יתמחה במדעים ובטכנולוגיה ויקלוט כשש מאות תלמידים"
    school = _HE_PARAS["school"]
    site.add(u(k6), story(
        k6, k6_title, k6_dek, paras(school),
        dates='<span class="date">פורסם: 27 במרץ 2026, 09:00</span>',
        byline=f"כתבו: {RLM}שירה בן דוד ואלון מזרחי{RLM}",
        crumb=("/news/", "חדשות"), tags=[("education", "חינוך")],
    ))  # fmt: skip
    site.article(
        url=u(k6), site=host, article_id="1234571", title=k6_title, description=k6_dek,
        authors=["שירה בן דוד", "אלון מזרחי"], published_at="2026-03-27T06:00:00Z",
        published_raw="27 במרץ 2026, 09:00", section="news", tags=["חינוך"],
        body="\n\n".join(school), language="he",
    )  # fmt: skip

    # K7: only in the RSS feed; JSON-LD at +02:00 (no author) and a dd.mm.yy printed date;
    # an agency credited alone, without a link.
    k7 = "/news/article/1234612"
    k7_title = "מוזיאון העמק נפתח מחדש אחרי שנה וחצי של שיפוצים"
    k7_dek = "אגף חדש מוקדש לתולדות ההתיישבות באזור. הכניסה חופשית בשבוע הראשון"
    museum = _HE_PARAS["museum"]
    site.add(u(k7), story(
        k7, k7_title, k7_dek, paras(museum),
        dates='<span class="date">30.11.26 | 07:30</span>',
        byline="מאת רויטרס",
        crumb=("/news/", "חדשות"), tags=[("culture", "תרבות")],
        ld=news_ld(k7_title, k7_dek, datePublished="2026-11-30T07:30:00+02:00"),
    ))  # fmt: skip
    site.article(
        url=u(k7), site=host, article_id="1234612", title=k7_title, description=k7_dek,
        authors=["רויטרס"], published_at="2026-11-30T05:30:00Z",
        published_raw="2026-11-30T07:30:00+02:00", section="news", tags=["תרבות"],
        body="\n\n".join(museum), language="he",
    )  # fmt: skip

    # K8: only the printed date, Ynet's "26.11.26 | 11:40" (a two-digit year), in marks; the
    # update the same way; on /economy/.
    k8 = "/news/article/1234620"
    k8_title = "עמותת נהגי המוניות בעמק מאיימת בשביתה"
    k8_dek = "הנהגים דורשים תחנת המתנה מקורה ליד תחנת הרכבת החדשה"
    taxi = [
        "עמותת נהגי המוניות בעמק הודיעה כי תשבות ביום ראשון הקרוב אם לא תוקם תחנת המתנה מקורה ליד תחנת הרכבת.",
        "לדברי יושב ראש העמותה, הנהגים ממתינים שעות בשמש ובגשם, ללא שירותים וללא מקום לשבת.",
        "בעירייה מסרו כי התכנון כבר אושר וכי העבודות יחלו בחודש הבא.",
    ]
    site.add(u(k8), story(
        k8, k8_title, k8_dek, paras(taxi[:2]) + ad + paras(taxi[2:]),
        dates=f'<span class="date">{RLM}26.11.26 | 11:40{RLM}</span> '
        f'<span class="updated">עודכן: {RLM}26.11.26 | 13:05{RLM}</span>',
        byline=author("כתב:", ("אורי דהן", "uri-dahan")),
        crumb=("/economy/", "כלכלה"), tags=[("transport", "תחבורה")],
    ))  # fmt: skip
    site.article(
        url=u(k8), site=host, article_id="1234620", title=k8_title, description=k8_dek,
        authors=["אורי דהן"], published_at="2026-11-26T09:40:00Z",
        published_raw="26.11.26 | 11:40", modified_at="2026-11-26T11:05:00Z",
        modified_raw="26.11.26 | 13:05", section="economy", tags=["תחבורה"],
        body="\n\n".join(taxi), language="he",
    )  # fmt: skip

    # E1-E3: the English edition. "IST" is Israel Standard Time (+02:00), "IDT" Israel
    # Daylight Time (+03:00); no JSON-LD on E1 and E2.
    e1 = "/english/article/hyx11nov29"
    e1_title = "Two more morning trains on the Valley line from January"
    e1_dek = "Ridership grew by about a third this year; residents want a noise barrier."
    site.add(u(e1), story(
        e1, e1_title, e1_dek, paras(_EN_PARAS["trains"][:2]) + paras(_EN_PARAS["trains"][2:]),
        dates='<time class="date">Published: Nov 29, 2026 3:05 PM IST</time>',
        byline='By <a href="/authors/dana-levi">Dana Levi</a>',
        crumb=("/english/", "English"), tags=[("trains-en", "Israel Railways")], lang="en",
    ))  # fmt: skip
    site.article(
        url=u(e1), site=host, article_id=None, title=e1_title, description=e1_dek,
        authors=["Dana Levi"], published_at="2026-11-29T13:05:00Z",
        published_raw="Nov 29, 2026 3:05 PM IST", section="english", tags=["Israel Railways"],
        body="\n\n".join(_EN_PARAS["trains"]), language="en",
    )  # fmt: skip

    e2 = "/english/article/hyx22mar28"
    e2_title = "Givat Oren farmers' market reopens under a new roof"
    e2_dek = "Forty stalls and a record first weekend, but parking is still scarce."
    site.add(u(e2), story(
        e2, e2_title, e2_dek, paras(_EN_PARAS["market"]),
        dates='<time class="date">Published: Mar 28, 2026 11:00 AM IDT</time> '
        '<span class="updated">Updated: Mar 28, 2026 1:20 PM IDT</span>',
        byline='By <a href="/authors/noa-barak">Noa Barak</a>',
        crumb=("/english/", "English"), lang="en",
    ))  # fmt: skip
    site.article(
        url=u(e2), site=host, article_id=None, title=e2_title, description=e2_dek,
        authors=["Noa Barak"], published_at="2026-03-28T08:00:00Z",
        published_raw="Mar 28, 2026 11:00 AM IDT", modified_at="2026-03-28T10:20:00Z",
        modified_raw="Mar 28, 2026 1:20 PM IDT", section="english",
        body="\n\n".join(_EN_PARAS["market"]), language="en",
    )  # fmt: skip

    e3 = "/english/article/hyx33jul14"
    e3_title = "Valley farmers switch on solar panels above their apple orchards"
    e3_dek = "The panels shade the trees and cut water use by a fifth, growers say."
    site.add(u(e3), story(
        e3, e3_title, e3_dek, paras(_EN_PARAS["solar"]),
        dates='<time class="date">Jul 14, 2026 8:15 AM IDT</time>',
        byline="By Reuters", crumb=("/english/", "English"), lang="en",
        image=EMEK + "/PicServer/2026/07/solar.jpg",
        ld=news_ld(e3_title, e3_dek, "en", datePublished="2026-07-14T08:15:00+03:00",
                   author={"@type": "Organization", "name": "Reuters"}),
    ))  # fmt: skip
    site.article(
        url=u(e3), site=host, article_id=None, title=e3_title, description=e3_dek,
        authors=["Reuters"], published_at="2026-07-14T05:15:00Z",
        published_raw="2026-07-14T08:15:00+03:00", section="english",
        body="\n\n".join(_EN_PARAS["solar"]), image_url=EMEK + "/PicServer/2026/07/solar.jpg",
        language="en",
    )  # fmt: skip

    # E4: August (+03:00), JSON-LD without a zone and a printed date without one: the
    # English edition keeps the Hebrew site's clock (the home page is lang="he"; the
    # listings print +02:00, which Jerusalem's clock gives in November).
    e4 = "/english/article/hyx44aug02"
    e4_title = "Valley museum finds a lost diary of the first settlers"
    e4_dek = "Volunteers sorting the archive came upon forty handwritten pages from 1921."
    diary = [
        "Volunteers sorting boxes in the Valley Museum's basement have found the diary of one of the region's first settlers, forty handwritten pages from the winter of 1921.",
        "The diary describes the draining of the swamps, a flood in February and the first wedding held in the new village.",
        "The museum plans to show the pages in the new wing once conservators have treated the paper.",
    ]
    site.add(u(e4), story(
        e4, e4_title, e4_dek, paras(diary),
        dates='<div class="date">Aug 2, 2026 6:20 PM</div>',
        byline='By <a href="/authors/noa-barak">Noa Barak</a>',
        crumb=("/english/", "English"), lang="en",
        ld=news_ld(e4_title, e4_dek, "en", datePublished="2026-08-02T18:20:00",
                   author=person("Noa Barak")),
    ))  # fmt: skip
    site.article(
        url=u(e4), site=host, article_id=None, title=e4_title, description=e4_dek,
        authors=["Noa Barak"], published_at="2026-08-02T15:20:00Z",
        published_raw="2026-08-02T18:20:00", section="english",
        body="\n\n".join(diary), language="en",
    )  # fmt: skip

    # A video and a gallery at article-shaped URLs: never items.
    video = "/video/article/hkv001abc"
    site.add(u(video), page(
        "וידאו: הרכבת החדשה בדרך לעמק",
        "<main><article><h1>וידאו: הרכבת החדשה בדרך לעמק</h1><p>29.11.26 | 16:00</p>"
        '<video src="/media/train.mp4" controls></video><p>צפו בנסיעת המבחן.</p></article></main>',
        f'<link rel="canonical" href="{EMEK}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "וידאו: הרכבת החדשה בדרך לעמק",
               "uploadDate": "2026-11-29T16:00:00+02:00"}),
    ))  # fmt: skip
    gallery = "/gallery/article/g1abc99zz"
    figures = "".join(
        f'<figure><img src="/PicServer/2026/11/museum-{i}.jpg" alt="מוזיאון">'
        f"<figcaption>האגף החדש במוזיאון העמק ({i} מתוך 6).</figcaption></figure>"
        for i in range(1, 7)
    )
    site.add(u(gallery), page(
        "גלריה: האגף החדש במוזיאון העמק",
        f"<main><article><h1>גלריה: האגף החדש במוזיאון העמק</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{EMEK}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "גלריה: האגף החדש במוזיאון העמק",
               "datePublished": "2026-11-29T12:00:00+02:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(video), u(gallery)}

    site.add(u("/tags/trains"), listing("רכבת ישראל", [k1, e1]))
    site.add(u("/authors/dana-levi"), listing("דנה לוי", [k1, e1]))
    site.add(u("/authors/shira-ben-david"), listing("שירה בן דוד", [k6, k7]))
    site.never_exported |= {
        u("/tags/trains"), u("/tags/valley"), u("/tags/water"), u("/tags/prices"),
        u("/tags/weather"), u("/tags/basketball"), u("/tags/education"), u("/tags/culture"),
        u("/tags/trains-en"), u("/tags/transport"), u("/authors/dana-levi"), u("/authors/shira-ben-david"),
        u("/authors/yossi-cohen"), u("/authors/michal-avraham"), u("/authors/ron-shapira"),
        u("/authors/noa-barak"), u("/authors/itay-golan"), u("/authors/uri-dahan"),
        u("/video/"), u("/gallery/"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /api/\n"
        f"Sitemap: {EMEK}/sitemaps/news.xml\n"
    ), "text/plain")  # fmt: skip
    news_entries = [
        (k1, "2026-11-29T15:05:00+02:00", "שתי רכבות בוקר נוספות", "he"),
        (k2, "2026-11-28T21:10:00+02:00", "תקלה בצינור הראשי", "he"),
        (e1, "2026-11-29T15:05:00+02:00", "Two more morning trains", "en"),
        (video, "2026-11-29T16:00:00+02:00", "הרכבת החדשה בדרך לעמק", "he"),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{EMEK}{path}</loc><news:news><news:publication>"
            f"<news:name>קול העמק</news:name><news:language>{lang}</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title, lang in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/main.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>קול העמק - מבזקים</title><link>{EMEK}/</link>"
        "<description>חדשות העמק</description><language>he</language>"
        f"<item><title>{k7_title}</title><link>{EMEK}{k7}?utm_source=rss</link>"
        "<pubDate>Mon, 30 Nov 2026 07:30:00 +0200</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=utf-8")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="קול העמק - מבזקים" '
        'href="/rss/main.xml">'
    )
    home = listing("קול העמק", [k1, k2, video, gallery, "/tags/trains", "/authors/dana-levi"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/news/"), listing("חדשות", [k1, k2, k4], "/news/?page=2"))
    site.add(u("/news/?page=2"), listing("חדשות", [k6], "/news/?page=3"))
    site.add(u("/news/?page=3"), listing("חדשות", ["/authors/shira-ben-david"]))
    site.add(u("/economy/"), listing("כלכלה", [k3, k8]))
    site.add(u("/sport/"), listing("ספורט", [], "/sport/?page=2"))
    site.add(u("/sport/?page=2"), listing("ספורט", [k5]))
    site.add(u("/english/"), page("English", '<main><h1>Kol HaEmek in English</h1>'
             + "".join(f'<h3><a href="{h}">Story</a></h3>' for h in (e1, e2, e3, e4)) + "</main>",
             lang="en"))  # fmt: skip
    site.add(u("/video/"), listing("וידאו", [video]))
    site.add(u("/gallery/"), listing("גלריות", [gallery]))
    site.never_requested |= {u("/search?q=")}
    return site

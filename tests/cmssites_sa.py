# ruff: noqa: RUF001, RUF003  (Arabic-Indic digits are how some pages print dates)
"""Al-Waha: a recorded Saudi Arabic daily for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, news_ld_for, paras, person

WAHA = "https://www.alwaha-daily.example"

_SA_PARAS = {
    "buses": [
        "أعلنت أمانة المنطقة عن تشغيل ثلاثين حافلة كهربائية جديدة على خطوط شمال المدينة، ابتداء من مطلع الشهر المقبل، في إطار خطة لتخفيف الزحام على الطرق الرئيسية.",
        "وأوضح المتحدث باسم الأمانة أن الحافلات ستعمل من السادسة صباحا حتى منتصف الليل، وأن كل حافلة مزودة بشاحن للهواتف ومقاعد مخصصة لكبار السن.",
        "وأضاف أن الأجرة ستبقى كما هي، وأن بطاقات الركاب الحالية تصلح على الخطوط الجديدة دون أي تعديل.",
        "ويأمل سكان الأحياء الشمالية أن تختصر الخدمة الجديدة رحلتهم اليومية إلى وسط المدينة بنحو ربع ساعة.",
    ],
    "dates": [
        "بدأ موسم تسويق التمور في سوق الواحة المركزي بمشاركة أكثر من مئتي مزارع من القرى المجاورة، وسط إقبال كبير من التجار والأسر.",
        "وقال مدير السوق إن الكميات المعروضة في اليوم الأول تجاوزت أربعين طنا، أغلبها من صنفي الخلاص والسكري.",
        "ونظمت إدارة السوق ممرات خاصة للمتسوقين، وخصصت ساحة لعرض منتجات الأسر المنتجة.",
    ],
    "port": [
        "سجل ميناء الساحل الشرقي ارتفاعا في حجم المناولة خلال الربع الثالث بنسبة تسعة في المئة مقارنة بالفترة نفسها من العام الماضي.",
        "وعزت إدارة الميناء هذا النمو إلى تشغيل رصيفين جديدين للحاويات وتقليص مدة انتظار السفن.",
        "وتتوقع الإدارة أن يستمر النمو في الربع الأخير مع دخول خطوط ملاحية جديدة إلى الخدمة.",
    ],
    "derby": [
        "حسم فريق الصقور ديربي المنطقة الشرقية لمصلحته بعد فوزه على جاره فريق النخيل بثلاثة أهداف مقابل هدفين في مباراة مثيرة.",
        "وتقدم النخيل بهدفين في الشوط الأول، قبل أن يعود الصقور في الشوط الثاني ويسجل ثلاثة أهداف خلال عشرين دقيقة.",
        "وبهذه النتيجة يرتقي الصقور إلى المركز الثالث في جدول الترتيب برصيد خمس وعشرين نقطة.",
    ],
    "poetry": [
        "اختتمت مساء أمس فعاليات ملتقى الشعر النبطي في مركز الواحة الثقافي، بمشاركة عشرين شاعرا من مختلف مناطق المملكة.",
        "وشهد الملتقى أمسيات شعرية وندوة عن توثيق القصيدة الشفهية، وحضرها جمهور تجاوز ألف شخص على مدى ثلاث ليال.",
        "وأعلنت اللجنة المنظمة أن الدورة المقبلة ستقام في فصل الربيع، مع مسابقة خاصة للشعراء الشباب.",
    ],
    "column": [
        "كلما مررت بحي قديم من أحياء مدينتنا تذكرت أن المدن لا تقاس بارتفاع أبراجها، بل بقدرة أهلها على أن يلتقوا في شارع ظليل أو ساحة صغيرة.",
        "لقد بنينا في العقدين الماضيين طرقا واسعة وجسورا طويلة، لكننا نسينا أحيانا أن الإنسان يمشي، وأن الرصيف حق لا منة.",
        "ولعل خطة الأنسنة التي أعلنتها الأمانة أخيرا تكون بداية لمصالحة طال انتظارها بين المدينة وسكانها.",
    ],
    "library": [
        "افتتحت مكتبة الملك عبدالرحمن العامة في محافظة الواحة قاعة جديدة للمخطوطات، تضم أكثر من ثلاثة آلاف مخطوط نادر.",
        "وقال مدير المكتبة إن القاعة مجهزة بأنظمة حديثة للتحكم في الحرارة والرطوبة، وإن الباحثين يستطيعون حجز مواعيد عبر الموقع الإلكتروني.",
        "وتعمل المكتبة على رقمنة المخطوطات تدريجيا لإتاحتها للقراء خلال السنوات الثلاث المقبلة.",
    ],
    "rain": [
        "شهدت محافظات المنطقة الجنوبية أمطارا غزيرة مساء الأربعاء، أدت إلى جريان الأودية وتعليق الدراسة الحضورية في عدد من المدارس.",
        "ودعا الدفاع المدني السكان إلى الابتعاد عن مجاري السيول وعدم المجازفة بعبورها بالسيارات.",
        "وتوقع المركز الوطني للأرصاد استمرار الحالة الماطرة حتى نهاية الأسبوع مع انخفاض في درجات الحرارة.",
    ],
    "budget": [
        "أقر مجلس الوزراء ميزانية العام المالي المقبل بإجمالي نفقات يتجاوز تريليون ريال، مع تركيز على قطاعات الصحة والتعليم والبنية التحتية.",
        "وأوضح بيان الميزانية أن الإيرادات غير النفطية واصلت نموها للعام الخامس على التوالي.",
        "وتضمنت الميزانية مخصصات لمشاريع الإسكان ودعم المنشآت الصغيرة والمتوسطة.",
    ],
    "marathon": [
        "انطلق ماراثون الواحة الليلي فجر الخميس بمشاركة أربعة آلاف عداء وعداءة من ثلاثين جنسية، على مسار يمتد اثنين وأربعين كيلومترا.",
        "وفاز بالمركز الأول في فئة الرجال العداء الشاب ماجد السبيعي، فيما حققت لمى القرشي المركز الأول في فئة السيدات.",
        "وأشاد المنظمون بحضور الجمهور على امتداد المسار رغم تأخر الساعة.",
    ],
}


def al_waha() -> CmsSite:
    """A Saudi Arabic daily on Riyadh's clock (+03:00 all year): ``<html lang="ar" dir="rtl">``
    pages (some ``lang="ar-SA"``) with ``og:locale`` ``ar_SA``, ``/news/<section>/<id>``,
    ``/opinion/<id>`` and old ``/article/<id>`` URLs, Hijri dates printed beside the Gregorian
    one in either order ("الثلاثاء 14 جمادى الآخرة 1448 هـ الموافق 24 نوفمبر 2026 م"), a page
    printing only a Hijri date (Umm al-Qura), times with ص/م, Arabic-Indic digits on some pages,
    Levantine month names (تشرين الثاني، كانون الثاني), "AST" for Arabia Standard Time, bylines
    "الرياض - محمد العتيبي" (dateline, then name), "كتب:"/"كتبت:"/"بقلم:" labels and "واس"
    (the Saudi Press Agency) credits, "اقرأ أيضاً" boxes inside the body, ``?page=N``
    pagination, a news sitemap and a January sitemap in a sitemap index, an RSS feed, video and
    gallery pages, tag and writer pages."""
    site = CmsSite("al-waha", WAHA + "/", datetime.fromisoformat("2026-11-26T06:00:00+00:00"))
    u = WAHA.__add__
    host = "alwaha-daily.example"

    def page(title: str, body: str, extra: str = "", lang: str = "ar") -> str:
        return (
            f'<!DOCTYPE html><html lang="{lang}" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{title} | صحيفة الواحة</title>"
            '<meta property="og:site_name" content="صحيفة الواحة">'
            '<meta property="og:locale" content="ar_SA">'
            f"{extra}</head><body>"
            '<header><div class="top-bar"><span class="today">الخميس 16 جمادى الآخرة 1448 هـ'
            " - 26 نوفمبر 2026 م</span></div>"
            '<a class="logo" href="/">صحيفة الواحة</a><nav class="main-nav"><ul>'
            '<li><a href="/news/local/">محليات</a></li>'
            '<li><a href="/news/economy/">اقتصاد</a></li>'
            '<li><a href="/news/sports/">رياضة</a></li>'
            '<li><a href="/news/culture/">ثقافة</a></li>'
            '<li><a href="/opinion/">مقالات</a></li>'
            '<li><a href="/video/">فيديو</a></li><li><a href="/gallery/">صور</a></li>'
            '<li><a href="/search?q=">بحث</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/page/about">من نحن</a> <a href="/page/contact">اتصل بنا</a> '
            '<a href="/page/privacy">سياسة الخصوصية</a>'
            "<p>جميع الحقوق محفوظة لصحيفة الواحة © 2026</p></footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<div class="news-item"><h3><a href="{href}">خبر</a></h3></div>' for href in links
        )
        more = (
            f'<div class="pager"><a href="{next_href}" rel="next">الصفحة التالية</a></div>'
            if next_href
            else ""
        )
        return page(
            title, f'<main><h1>{title}</h1><div class="news-list">{cards}</div>{more}</main>'
        )

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        writer: str,
        crumbs: list[tuple[str, str]],
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        lang: str = "ar",
    ) -> str:
        tag_links = "".join(f'<li><a href="/tags/{s}">{n}</a></li>' for s, n in tags)
        crumb_links = "".join(f'<li><a href="{href}">{name}</a></li>' for href, name in crumbs)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        figure = (
            f'<figure class="main-image"><img src="{image}" alt="">'
            "<figcaption>من المصدر</figcaption></figure>"
            if image
            else ""
        )
        return page(
            title,
            f'<main><ul class="breadcrumb"><li><a href="/">الرئيسية</a></li>{crumb_links}</ul>'
            f'<article class="article-details" data-id="{path.rstrip("/").rsplit("/", 1)[-1]}">'
            f'<h1 class="article-title">{title}</h1>'
            f'<div class="article-info">{writer}<div class="article-date">{dates}</div></div>'
            f'{figure}<div class="article-text">{body_html}</div>'
            f'<div class="article-tags"><h4>الوسوم</h4><ul>{tag_links}</ul></div>'
            '<div class="share-bar"><a href="https://x.example/intent/tweet">تويتر</a>'
            '<a href="https://wa.example/send">واتساب</a></div></article>'
            '<aside class="most-read"><h2>الأكثر قراءة</h2><ul>'
            '<li><a href="/news/sports/2201237">الصقور يحسم الديربي</a></li>'
            '<li><a href="/news/local/2201234">حافلات كهربائية لشمال المدينة</a></li>'
            "</ul></aside></main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{WAHA}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{_ld(ld) if ld else ''}",
            lang,
        )

    def read_also(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return f'<div class="read-also"><h4>اقرأ أيضاً</h4><ul>{items}</ul></div>'

    def writer(text: str, slug: str | None = None, before: str = "") -> str:
        inner = f'<a href="/writer/{slug}">{text}</a>' if slug else text
        return f'<div class="article-writer">{before}{inner}</div>'

    news_ld = news_ld_for("صحيفة الواحة", language="ar-SA")

    img = WAHA + "/uploads/2026/11/"

    # A1: JSON-LD at +03:00; printed Hijri then Gregorian ("الموافق") with "م" for p.m.;
    # dateline-then-name byline; an "اقرأ أيضاً" box between the paragraphs.
    a1 = "/news/local/2201234"
    a1_title = "ثلاثون حافلة كهربائية لخطوط شمال المدينة مطلع الشهر المقبل"
    a1_dek = "الأمانة: الأجرة دون تغيير وبطاقات الركاب الحالية صالحة على الخطوط الجديدة."
    buses = _SA_PARAS["buses"]
    site.add(u(a1), story(
        a1, a1_title, a1_dek,
        paras(buses[:2]) + read_also([("/news/local/2201241", "أمطار غزيرة على المنطقة الجنوبية"),
                                      ("/opinion/2201239", "المدينة والرصيف")])
        + paras(buses[2:]),
        dates='<span class="date-pub">الثلاثاء 14 جمادى الآخرة 1448 هـ الموافق 24 نوفمبر 2026 م'
        " - 02:05 م</span>",
        writer=writer("محمد العتيبي", "mohammed-alotaibi", "الرياض - "),
        crumbs=[("/news/local/", "محليات")],
        tags=[("transport", "النقل العام"), ("riyadh", "الرياض")],
        image=img + "buses.jpg",
        ld=news_ld(a1_title, a1_dek, datePublished="2026-11-24T14:05:00+03:00",
                   dateModified="2026-11-24T16:30:00+03:00", author=person("محمد العتيبي"),
                   image={"@type": "ImageObject", "url": img + "buses.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(a1), site=host, article_id="2201234", title=a1_title, description=a1_dek,
        authors=["محمد العتيبي"], published_at="2026-11-24T11:05:00Z",
        published_raw="2026-11-24T14:05:00+03:00", modified_at="2026-11-24T13:30:00Z",
        modified_raw="2026-11-24T16:30:00+03:00", section="local",
        tags=["النقل العام", "الرياض"], body="\n\n".join(buses),
        image_url=img + "buses.jpg", language="ar",
    )  # fmt: skip

    # A2: lang="ar-SA", no JSON-LD: Hijri and Gregorian printed with a time and "ص" (a.m.);
    # the zone is Riyadh's (the region, and the sitemaps' +03:00).
    a2 = "/news/local/2201235"
    a2_title = "انطلاق موسم تسويق التمور في سوق الواحة المركزي"
    a2_dek = "أكثر من مئتي مزارع وأربعون طنا في اليوم الأول."
    dates_p = _SA_PARAS["dates"]
    site.add(u(a2), story(
        a2, a2_title, a2_dek, paras(dates_p),
        dates='<span class="date-pub">الثلاثاء 14 جمادى الآخرة 1448 هـ - 24 نوفمبر 2026 م'
        " 10:40 ص</span>",
        writer=writer("فهد القحطاني", "fahad-alqahtani", "كتب: "),
        crumbs=[("/news/local/", "محليات")], tags=[("dates", "التمور")], lang="ar-SA",
    ))  # fmt: skip
    site.article(
        url=u(a2), site=host, article_id="2201235", title=a2_title, description=a2_dek,
        authors=["فهد القحطاني"], published_at="2026-11-24T07:40:00Z",
        published_raw="14 جمادى الآخرة 1448 هـ - 24 نوفمبر 2026 م 10:40 ص", section="local", tags=["التمور"],
        body="\n\n".join(dates_p), language="ar",
    )  # fmt: skip

    # A3: a Saudi Press Agency story ("جدة - واس"): Arabic-Indic digits, "ص", and an update
    # time in "AST" (Arabia Standard Time, +03:00); no JSON-LD.
    a3 = "/news/economy/2201236"
    a3_title = "ميناء الساحل الشرقي يرفع المناولة ٩٪ في الربع الثالث"
    a3_dek = "رصيفان جديدان للحاويات وتقليص مدة انتظار السفن."
    site.add(u(a3), story(
        a3, a3_title, a3_dek, paras(_SA_PARAS["port"]),
        dates='<span class="date-pub">نشر في: ٢٤ نوفمبر ٢٠٢٦ - ٠٩:١٥ ص</span>'
        '<span class="date-upd">آخر تحديث: ٢٥ نوفمبر ٢٠٢٦ 11:45 AST</span>',
        writer=writer("جدة - واس"),
        crumbs=[("/news/economy/", "اقتصاد")], tags=[("ports", "الموانئ")],
    ))  # fmt: skip
    site.article(
        url=u(a3), site=host, article_id="2201236", title=a3_title, description=a3_dek,
        authors=["واس"], published_at="2026-11-24T06:15:00Z", published_raw="٢٤ نوفمبر ٢٠٢٦ - ٠٩:١٥ ص",
        modified_at="2026-11-25T08:45:00Z", modified_raw="٢٥ نوفمبر ٢٠٢٦ 11:45 AST", section="economy",
        tags=["الموانئ"], body="\n\n".join(_SA_PARAS["port"]), language="ar",
    )  # fmt: skip

    # A4: Levantine month name with Arabic-Indic digits; JSON-LD without a zone.
    a4 = "/news/sports/2201237"
    a4_title = "الصقور يحسم ديربي الشرقية بثلاثية في شباك النخيل"
    a4_dek = "عودة في الشوط الثاني ترفع الصقور إلى المركز الثالث."
    site.add(u(a4), story(
        a4, a4_title, a4_dek, paras(_SA_PARAS["derby"]),
        dates='<span class="date-pub">الأحد ٢٢ تشرين الثاني ٢٠٢٦ - ٠٩:٣٠ م</span>',
        writer=writer("الدمام - سلطان الدوسري", "sultan-aldosari"),
        crumbs=[("/news/sports/", "رياضة")], tags=[("derby", "الديربي")],
        image=img + "derby.jpg",
        ld=news_ld(a4_title, a4_dek, datePublished="2026-11-22T21:30:00",
                   author=person("سلطان الدوسري")),
    ))  # fmt: skip
    site.article(
        url=u(a4), site=host, article_id="2201237", title=a4_title, description=a4_dek,
        authors=["سلطان الدوسري"], published_at="2026-11-22T18:30:00Z",
        published_raw="2026-11-22T21:30:00", section="sports", tags=["الديربي"],
        body="\n\n".join(_SA_PARAS["derby"]), image_url=img + "derby.jpg", language="ar",
    )  # fmt: skip

    # A5: only a Hijri date printed (Umm al-Qura: 15 Jumada al-Akhirah 1448 is 25 November
    # 2026), and an update as a numeric Hijri date; no JSON-LD; only on /news/culture/.
    a5 = "/news/culture/2201238"
    a5_title = "ملتقى الشعر النبطي يختتم دورته بمشاركة عشرين شاعرا"
    a5_dek = "ثلاث ليال من الأمسيات وندوة عن توثيق القصيدة الشفهية."
    site.add(u(a5), story(
        a5, a5_title, a5_dek, paras(_SA_PARAS["poetry"]),
        dates='<span class="date-pub">الأربعاء 15 جمادى الآخرة 1448 هـ | 11:20 ص</span>'
        '<span class="date-upd">آخر تحديث: 1448/06/16 هـ 08:00 ص</span>',
        writer=writer("كتبت: ريم الحربي", "reem-alharbi"),
        crumbs=[("/news/culture/", "ثقافة")], tags=[("poetry", "الشعر")],
    ))  # fmt: skip
    site.article(
        url=u(a5), site=host, article_id="2201238", title=a5_title, description=a5_dek,
        authors=["ريم الحربي"], published_at="2026-11-25T08:20:00Z", published_raw="15 جمادى الآخرة 1448 هـ | 11:20 ص",
        modified_at="2026-11-26T05:00:00Z", modified_raw="1448/06/16 هـ 08:00 ص", section="culture",
        tags=["الشعر"], body="\n\n".join(_SA_PARAS["poetry"]), language="ar",
    )  # fmt: skip

    # A6: an opinion column, "بقلم:", JSON-LD Article at +03:00 with its author as a list.
    a6 = "/opinion/2201239"
    a6_title = "المدينة والرصيف"
    a6_dek = "المدن لا تقاس بارتفاع أبراجها بل بقدرة أهلها على اللقاء."
    site.add(u(a6), story(
        a6, a6_title, a6_dek, paras(_SA_PARAS["column"]),
        dates='<span class="date-pub">الاثنين 13 جمادى الآخرة 1448 هـ الموافق 23 نوفمبر'
        " 2026 م</span>",
        writer=writer("بقلم: نورة الشهري", "noura-alshehri"),
        crumbs=[("/opinion/", "مقالات")],
        ld={**news_ld(a6_title, a6_dek, datePublished="2026-11-23T20:00:00+03:00",
                      author=[{"@type": "Person", "name": "نورة الشهري",
                               "url": WAHA + "/writer/noura-alshehri"}]),
            "@type": "OpinionNewsArticle"},
    ))  # fmt: skip
    site.article(
        url=u(a6), site=host, article_id="2201239", title=a6_title, description=a6_dek,
        authors=["نورة الشهري"], published_at="2026-11-23T17:00:00Z",
        published_raw="2026-11-23T20:00:00+03:00", section="opinion",
        body="\n\n".join(_SA_PARAS["column"]), language="ar",
    )  # fmt: skip

    # A7: an old /article/<id> URL: Gregorian first, then the Hijri day, no time: the day.
    a7 = "/article/2201240"
    a7_title = "قاعة جديدة للمخطوطات النادرة في مكتبة الواحة العامة"
    a7_dek = "ثلاثة آلاف مخطوط في قاعة مجهزة ومواعيد للباحثين عبر الموقع."
    site.add(u(a7), story(
        a7, a7_title, a7_dek, paras(_SA_PARAS["library"]),
        dates='<span class="date-pub">24 نوفمبر 2026 م الموافق 14 جمادى الآخرة 1448 هـ</span>',
        writer=writer("ريم الحربي", "reem-alharbi", "كتبت: "),
        crumbs=[("/news/culture/", "ثقافة")], tags=[("manuscripts", "المخطوطات")],
    ))  # fmt: skip
    site.article(
        url=u(a7), site=host, article_id="2201240", title=a7_title, description=a7_dek,
        authors=["ريم الحربي"], published_at="2026-11-24T00:00:00Z", published_raw="24 نوفمبر 2026 م الموافق 14 جمادى الآخرة 1448 هـ",
        section="culture", tags=["المخطوطات"], body="\n\n".join(_SA_PARAS["library"]),
        language="ar",
    )  # fmt: skip

    # A8: January (كانون الثاني), both calendars in Arabic-Indic digits; only in the
    # January sitemap (+03:00).
    a8 = "/news/local/2201241"
    a8_title = "أمطار غزيرة على المنطقة الجنوبية وتعليق الدراسة الحضورية"
    a8_dek = "الدفاع المدني يدعو إلى الابتعاد عن مجاري السيول."
    site.add(u(a8), story(
        a8, a8_title, a8_dek, paras(_SA_PARAS["rain"]),
        dates='<span class="date-pub">الأربعاء ١٤ كانون الثاني ٢٠٢٦ م الموافق ٢٥ رجب ١٤٤٧ هـ'
        " - ٠٤:٣٠ م</span>",
        writer=writer("أبها - عبدالله الشهراني"),
        crumbs=[("/news/local/", "محليات")], tags=[("weather", "الطقس")],
    ))  # fmt: skip
    site.article(
        url=u(a8), site=host, article_id="2201241", title=a8_title, description=a8_dek,
        authors=["عبدالله الشهراني"], published_at="2026-01-14T13:30:00Z", published_raw="١٤ كانون الثاني ٢٠٢٦ م الموافق ٢٥ رجب ١٤٤٧ هـ - ٠٤:٣٠ م",
        section="local", tags=["الطقس"], body="\n\n".join(_SA_PARAS["rain"]), language="ar",
    )  # fmt: skip

    # A9: only in the RSS feed; JSON-LD at +03:00, "كتب:" byline; an update printed in
    # Greenwich time ("بتوقيت غرينتش"), 20:30 in Riyadh.
    a9 = "/news/economy/2201242"
    a9_title = "مجلس الوزراء يقر ميزانية العام المقبل بتركيز على الصحة والتعليم"
    a9_dek = "نفقات تتجاوز تريليون ريال ونمو الإيرادات غير النفطية للعام الخامس."
    site.add(u(a9), story(
        a9, a9_title, a9_dek, paras(_SA_PARAS["budget"][:1])
        + read_also([(a3, "ميناء الساحل الشرقي يرفع المناولة")]) + paras(_SA_PARAS["budget"][1:]),
        dates='<span class="date-pub">الأربعاء 15 جمادى الآخرة 1448 هـ الموافق 25 نوفمبر 2026 م'
        " - 07:45 م</span>"
        '<span class="date-upd">آخر تحديث: 25 نوفمبر 2026 - 05:30 م (بتوقيت غرينتش)</span>',
        writer=writer("كتب: خالد الزهراني", "khalid-alzahrani"),
        crumbs=[("/news/economy/", "اقتصاد")], tags=[("budget", "الميزانية")],
        ld=news_ld(a9_title, a9_dek, datePublished="2026-11-25T19:45:00+03:00",
                   author=person("خالد الزهراني")),
    ))  # fmt: skip
    site.article(
        url=u(a9), site=host, article_id="2201242", title=a9_title, description=a9_dek,
        authors=["خالد الزهراني"], published_at="2026-11-25T16:45:00Z",
        published_raw="2026-11-25T19:45:00+03:00", modified_at="2026-11-25T17:30:00Z",
        modified_raw="25 نوفمبر 2026 - 05:30 م (بتوقيت غرينتش)", section="economy",
        tags=["الميزانية"],
        body="\n\n".join(_SA_PARAS["budget"]), language="ar",
    )  # fmt: skip

    # A10: "١٢:١٥ ص" is a quarter past midnight (the 25th at 21:15 UTC); on page 2 of sports.
    a10 = "/news/sports/2201243"
    a10_title = "أربعة آلاف عداء في ماراثون الواحة الليلي"
    a10_dek = "ماجد السبيعي ولمى القرشي يتصدران فئتي الرجال والسيدات."
    site.add(u(a10), story(
        a10, a10_title, a10_dek, paras(_SA_PARAS["marathon"]),
        dates='<span class="date-pub">الخميس ٢٦ نوفمبر ٢٠٢٦ - ١٢:١٥ ص</span>',
        writer=writer("الواحة - سلطان الدوسري", "sultan-aldosari"),
        crumbs=[("/news/sports/", "رياضة")],
    ))  # fmt: skip
    site.article(
        url=u(a10), site=host, article_id="2201243", title=a10_title, description=a10_dek,
        authors=["سلطان الدوسري"], published_at="2026-11-25T21:15:00Z", published_raw="٢٦ نوفمبر ٢٠٢٦ - ١٢:١٥ ص",
        section="sports", body="\n\n".join(_SA_PARAS["marathon"]), language="ar",
    )  # fmt: skip

    # A11: a CMS on the ar-SA culture (Umm al-Qura calendar) writes the meta date in ISO with
    # the Hijri year; the page prints the Hijri day alone; linked from the home page.
    a11 = "/news/local/2201244"
    a11_title = "بلدية الواحة تطلق مبادرة لزراعة عشرة آلاف شجرة"
    a11_dek = "المبادرة تشمل الحدائق العامة والطرق الرئيسية ومداخل الأحياء."
    trees = [
        "أطلقت بلدية محافظة الواحة مبادرة لزراعة عشرة آلاف شجرة محلية خلال الأشهر الثلاثة المقبلة، بمشاركة متطوعين من طلاب المدارس والجامعات.",
        "وقال رئيس البلدية إن المبادرة تركز على الأشجار التي تتحمل الحرارة وقلة المياه، مثل السدر والغاف والأثل.",
        "ودعت البلدية السكان إلى التسجيل في المبادرة عبر تطبيقها، واختيار الموقع الذي يرغبون في المشاركة فيه.",
    ]
    site.add(u(a11), story(
        a11, a11_title, a11_dek, paras(trees),
        dates='<span class="date-pub">١٥ جمادى الآخرة ١٤٤٨ هـ</span>',
        writer=writer("فهد القحطاني", "fahad-alqahtani", "كتب: "),
        crumbs=[("/news/local/", "محليات")], tags=[("environment", "البيئة")],
    ).replace("</head>", '<meta property="article:published_time" '
              'content="1448-06-15T21:10:00+03:00"></head>', 1))  # fmt: skip
    site.article(
        url=u(a11), site=host, article_id="2201244", title=a11_title, description=a11_dek,
        authors=["فهد القحطاني"], published_at="2026-11-25T18:10:00Z",
        published_raw="1448-06-15T21:10:00+03:00", section="local", tags=["البيئة"],
        body="\n\n".join(trees), language="ar",
    )  # fmt: skip

    # A video and a photo gallery at article-shaped URLs: never items.
    video = "/video/2201270"
    site.add(u(video), page(
        "فيديو: جولة على الحافلات الكهربائية",
        "<main><article><h1>فيديو: جولة على الحافلات الكهربائية</h1>"
        "<p>الثلاثاء 14 جمادى الآخرة 1448 هـ - 24 نوفمبر 2026 م</p>"
        '<video src="/media/buses.mp4" controls></video><p>جولة مصورة داخل الحافلات.</p>'
        "</article></main>",
        f'<link rel="canonical" href="{WAHA}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "فيديو: جولة على الحافلات الكهربائية",
               "uploadDate": "2026-11-24T17:00:00+03:00"}),
    ))  # fmt: skip
    gallery = "/gallery/2201271"
    figures = "".join(
        f'<figure><img src="/uploads/2026/11/dates-{i}.jpg" alt="التمور">'
        f"<figcaption>من سوق التمور في يومه الأول ({i} من 6).</figcaption></figure>"
        for i in range(1, 7)
    )
    site.add(u(gallery), page(
        "بالصور: سوق التمور في يومه الأول",
        f"<main><article><h1>بالصور: سوق التمور في يومه الأول</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{WAHA}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "بالصور: سوق التمور في يومه الأول",
               "datePublished": "2026-11-24T12:00:00+03:00"}),
    ))  # fmt: skip
    site.never_exported |= {u(video), u(gallery)}

    site.add(u("/tags/transport"), listing("النقل العام", [a1]))
    site.add(u("/writer/mohammed-alotaibi"), listing("محمد العتيبي", [a1]))
    site.add(u("/writer/reem-alharbi"), listing("ريم الحربي", [a5, a7]))
    site.never_exported |= {
        u("/tags/transport"), u("/tags/riyadh"), u("/tags/dates"), u("/tags/ports"),
        u("/tags/derby"), u("/tags/poetry"), u("/tags/manuscripts"), u("/tags/weather"),
        u("/tags/budget"), u("/tags/environment"), u("/writer/mohammed-alotaibi"), u("/writer/reem-alharbi"),
        u("/writer/fahad-alqahtani"), u("/writer/sultan-aldosari"),
        u("/writer/noura-alshehri"), u("/writer/khalid-alzahrani"), u("/video/"),
        u("/gallery/"), u("/page/about"), u("/page/contact"), u("/page/privacy"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /admin/\n"
        f"Sitemap: {WAHA}/sitemap.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{WAHA}/sitemaps/news.xml</loc>"
        "<lastmod>2026-11-25T19:45:00+03:00</lastmod></sitemap>"
        f"<sitemap><loc>{WAHA}/sitemaps/2026-01.xml</loc>"
        "<lastmod>2026-01-31T23:00:00+03:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news_entries = [
        (a1, "2026-11-24T14:05:00+03:00", "حافلات كهربائية لشمال المدينة"),
        (a2, "2026-11-24T10:40:00+03:00", "موسم تسويق التمور"),
        (a3, "2026-11-24T09:15:00+03:00", "ميناء الساحل الشرقي"),
        (video, "2026-11-24T17:00:00+03:00", "جولة على الحافلات"),
        (gallery, "2026-11-24T12:00:00+03:00", "سوق التمور"),
    ]
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{WAHA}{path}</loc><news:news><news:publication>"
            "<news:name>صحيفة الواحة</news:name><news:language>ar</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/2026-01.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{WAHA}{a8}</loc><lastmod>2026-01-14T16:30:00+03:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/latest.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>صحيفة الواحة - آخر الأخبار</title><link>{WAHA}/</link>"
        "<description>آخر أخبار المملكة</description><language>ar</language>"
        f"<item><title>{a9_title}</title><link>{WAHA}{a9}?utm_source=rss</link>"
        "<pubDate>Wed, 25 Nov 2026 19:45:00 +0300</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=utf-8")  # fmt: skip

    feed_link = (
        '<link rel="alternate" type="application/rss+xml" title="صحيفة الواحة" '
        'href="/rss/latest.xml">'
    )
    home = listing("صحيفة الواحة", [a1, a6, a11, video, gallery, "/tags/transport"])
    site.add(u("/"), home.replace("</head>", feed_link + "</head>", 1))
    site.add(u("/news/local/"), listing("محليات", [a1, a2]))
    site.add(u("/news/economy/"), listing("اقتصاد", [a3]))
    site.add(u("/news/sports/"), listing("رياضة", [a4], "/news/sports/?page=2"))
    site.add(u("/news/sports/?page=2"), listing("رياضة", [a10]))
    site.add(u("/news/culture/"), listing("ثقافة", [a5, "/article/2201240"]))
    site.add(u("/opinion/"), listing("مقالات", [a6]))
    site.add(u("/video/"), listing("فيديو", [video]))
    site.add(u("/gallery/"), listing("صور", [gallery]))
    site.add(u("/page/about"), page("من نحن", "<main><h1>من نحن</h1><p>صحيفة يومية.</p></main>"))
    site.never_requested |= {u("/search?q=")}
    return site

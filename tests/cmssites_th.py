"""Khao Lanna Rai Wan: a recorded Thai news portal for ``tests/test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, Page, _ld, news_ld_for, paras, person

LANNA = "https://www.khaolanna.example"

# Thai runs words together: a paragraph is a handful of space-separated phrases.
_TH_PARAS = {
    "flood": [
        "ระดับน้ำในแม่น้ำปิงช่วงที่ไหลผ่านอำเภอเมืองเชียงดาวสูงขึ้นเกือบสองเมตรภายในคืนเดียว หลังฝนตกหนักต่อเนื่องบนเทือกเขาทางตอนเหนือตลอดสามวันที่ผ่านมา",
        "เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยจังหวัดได้อพยพชาวบ้านกว่าสี่ร้อยครัวเรือนในชุมชนริมน้ำไปยังศูนย์พักพิงชั่วคราวที่โรงเรียนบ้านดอนแก้ว",
        "นายอำเภอระบุว่าหากไม่มีฝนตกเพิ่ม ระดับน้ำน่าจะเริ่มลดลงในช่วงเย็นวันจันทร์ แต่ยังขอให้ประชาชนติดตามประกาศอย่างใกล้ชิด",
    ],
    "budget": [
        "สภาจังหวัดลำน้ำทองมีมติเห็นชอบร่างข้อบัญญัติงบประมาณรายจ่ายประจำปี 2570 ด้วยคะแนนเสียงยี่สิบเจ็ดต่อสาม หลังการอภิปรายยาวนานกว่าสิบชั่วโมง",
        "งบประมาณส่วนใหญ่จะใช้ซ่อมถนนในเขตชนบทและขยายระบบประปาหมู่บ้าน ขณะที่ฝ่ายค้านตั้งข้อสังเกตเรื่องโครงการจัดซื้อรถขยะที่มีราคาสูงเกินจริง",
    ],
    "football": [
        "ลำน้ำทองยูไนเต็ดเปิดบ้านเอาชนะดอยงามซิตี้สองประตูต่อหนึ่ง คว้าชัยชนะนัดที่ห้าติดต่อกันและขึ้นนำเป็นจ่าฝูงของลีกภูมิภาค",
        "ประตูชัยมาจากลูกโหม่งของกองหลังกัปตันทีมในนาทีที่แปดสิบเจ็ด หลังจากทีมเยือนตีเสมอได้จากจุดโทษไม่นานก่อนหน้านั้น",
    ],
    "coffee": [
        "เกษตรกรผู้ปลูกกาแฟบนดอยผาแดงเริ่มเก็บเกี่ยวผลผลิตฤดูกาลใหม่เร็วกว่าปกติราวสองสัปดาห์ เพราะอากาศหนาวมาถึงเร็ว",
        "สหกรณ์ในพื้นที่คาดว่าปีนี้จะได้เมล็ดกาแฟสารราวหกสิบตัน และรับซื้อผลเชอร์รีสดในราคากิโลกรัมละสามสิบสองบาท",
        "ผู้จัดการสหกรณ์กล่าวว่ากำลังเจรจากับผู้ซื้อจากญี่ปุ่นและไต้หวัน เพื่อขยายตลาดกาแฟพิเศษของชุมชน",
    ],
    "market": [
        "ตลาดนัดคนเดินถนนสายเก่าจะกลับมาเปิดทุกเย็นวันเสาร์ตั้งแต่สัปดาห์หน้า หลังปิดปรับปรุงทางเท้ามานานกว่าห้าเดือน",
    ],
    "lantern": [
        "เทศบาลนครเชียงดาวเตรียมจัดงานลอยกระทงริมแม่น้ำปิงสามวันสามคืน โดยปีนี้ห้ามปล่อยโคมลอยในรัศมีห้ากิโลเมตรจากสนามบิน",
        "ผู้จัดงานขอความร่วมมือให้ใช้กระทงที่ทำจากใบตองและขนมปัง เพื่อลดขยะในแม่น้ำ",
    ],
    "rice": [
        "ราคาข้าวเปลือกหอมมะลิที่โรงสีในจังหวัดขยับขึ้นเป็นตันละหนึ่งหมื่นสามพันบาท สูงที่สุดในรอบสามปี",
        "ชาวนาหลายรายบอกว่าผลผลิตลดลงเพราะภัยแล้งช่วงต้นฤดู ทำให้รายได้โดยรวมแทบไม่เพิ่มขึ้น",
    ],
    "tram": [
        "กรมการขนส่งทางรางเปิดรับฟังความคิดเห็นโครงการรถรางไฟฟ้าสายแรกของเมืองเชียงดาว ระยะทางสิบสองกิโลเมตร",
        "แนวเส้นทางจะเชื่อมสถานีขนส่งผู้โดยสารกับมหาวิทยาลัยและโรงพยาบาลประจำจังหวัด",
    ],
    "bridge": [
        "สะพานไม้ข้ามลำห้วยแม่สายน้อยที่ชำรุดจากน้ำป่าเมื่อเดือนก่อน ได้รับการซ่อมแซมเสร็จแล้ว และเปิดให้รถจักรยานยนต์สัญจรได้ตั้งแต่เช้าวันนี้",
        "องค์การบริหารส่วนตำบลระบุว่ารถยนต์ยังต้องใช้เส้นทางเลี่ยงไปอีกราวหนึ่งสัปดาห์ ระหว่างรอเทพื้นคอนกรีตช่วงเชิงสะพาน",
    ],
    "temple": [
        "วัดป่าแดงหลวงเปิดให้นักท่องเที่ยวเข้าชมวิหารไม้สักอายุกว่าสองร้อยปีอีกครั้ง หลังกรมศิลปากรบูรณะหลังคาและภาพจิตรกรรมฝาผนังเสร็จสิ้น",
        "เจ้าอาวาสขอให้ผู้มาเยือนแต่งกายสุภาพ และงดใช้แฟลชถ่ายภาพภายในวิหารเพื่อถนอมสีของภาพเขียนโบราณ",
    ],
    "canal": [
        "เทศบาลเริ่มขุดลอกคูเมืองด้านทิศใต้ระยะทางหนึ่งกิโลเมตร เพื่อให้น้ำไหลได้สะดวกก่อนฤดูน้ำหลากปีหน้า",
        "ระหว่างการขุดลอก ถนนเลียบคูเมืองจะปิดการจราจรหนึ่งช่องทางในช่วงกลางวัน",
    ],
    "school": [
        "โรงเรียนบนดอยสูงสามแห่งได้รับแผงโซลาร์เซลล์จากมูลนิธิท้องถิ่น ทำให้นักเรียนมีไฟฟ้าใช้ในห้องเรียนตลอดวันเป็นครั้งแรก",
    ],
}


def khao_lanna() -> CmsSite:
    """A Thai news portal on Bangkok's clock (+07:00 all year): numeric-id URLs
    (``/news/local/2871543``, ``/news/2871562``, ``/politics/news_4872101``), ``?page=N``
    listings, dates printed in the Buddhist Era ("29 พ.ย. 2569 15:05 น.", "วันอาทิตย์ที่ 29
    พฤศจิกายน พ.ศ. 2569 เวลา 15.05 น.", "28 พ.ย. 69 21:40 น."), some pages whose only date is
    that printed one, a zoneless JSON-LD date, "โดย"/"ผู้เขียน:" bylines, "อัปเดต"/"แก้ไขล่าสุด"
    labels, "แท็ก"/"Tags" rows, a "อ่านข่าวที่เกี่ยวข้อง" box and "โฆษณา" labels inside the
    body, a news sitemap in robots.txt, an RSS feed announced by ``<link rel=alternate>``,
    video, gallery and clip pages, tag and author pages."""
    site = CmsSite("khao-lanna", LANNA + "/", datetime.fromisoformat("2026-11-29T10:00:00+00:00"))
    u = LANNA.__add__
    host = "khaolanna.example"

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">'
            f"<title>{title} | ข่าวล้านนารายวัน</title>"
            '<meta property="og:site_name" content="ข่าวล้านนารายวัน">'
            '<link rel="alternate" type="application/rss+xml" title="ข่าวล่าสุด" href="/rss">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">ข่าวล้านนารายวัน</a><nav class="main-menu"><ul>'
            '<li><a href="/news/local">ข่าวภูมิภาค</a></li>'
            '<li><a href="/news/politic">การเมือง</a></li>'
            '<li><a href="/news/economy">เศรษฐกิจ</a></li>'
            '<li><a href="/news/sport">กีฬา</a></li>'
            '<li><a href="/video">วิดีโอ</a></li><li><a href="/gallery">แกลเลอรี</a></li>'
            '<li><a href="/search?q=">ค้นหา</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/about">เกี่ยวกับเรา</a> <a href="/privacy">นโยบายความเป็นส่วนตัว</a>'
            "<p>© 2569 บริษัท ข่าวล้านนา จำกัด สงวนลิขสิทธิ์</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        cards = "".join(
            f'<div class="card"><a href="{href}"><h3>ข่าว</h3></a></div>' for href in links
        )
        more = (
            f'<div class="pagination"><a href="{next_href}">หน้าถัดไป</a></div>' if next_href else ""
        )
        return page(title, f'<main><h1>{title}</h1><div class="list">{cards}</div>{more}</main>')

    def author_link(name: str, slug: str) -> str:
        return f'<a href="/author/{slug}">{name}</a>'

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        dates: str,
        byline: str,
        tags: list[tuple[str, str]] = (),  # type: ignore[assignment]
        tag_label: str = "แท็ก",
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
    ) -> str:
        tag_links = "".join(f'<a href="/tags/{s}">{n}</a>' for s, n in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            f'<main><article class="article"><h1 class="title">{title}</h1>'
            f'<p class="dek">{dek}</p><div class="meta"><span class="byline">{byline}</span>'
            f'<span class="date">{dates}</span></div>'
            f'<div class="article-body">{body_html}</div>'
            f'<div class="tags"><span>{tag_label}</span>{tag_links}</div>'
            '<div class="share"><a href="https://social.example/share?u=x">แชร์</a></div>'
            "</article>"
            '<aside class="popular"><h2>ข่าวยอดนิยม</h2><ul>'
            f'<li><a href="{T1}">น้ำปิงเพิ่มสูงขึ้นเกือบสองเมตร</a></li></ul></aside>'
            "</main>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{LANNA}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
        )

    def ad() -> str:
        return '<div class="ads-inread"><span class="ads-label">โฆษณา</span><div id="div-gpt-ad-1"></div></div>'

    def related(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return f'<div class="related-news"><h4>อ่านข่าวที่เกี่ยวข้อง</h4><ul>{items}</ul></div>'

    news_ld = news_ld_for("ข่าวล้านนารายวัน", language="th")

    img = LANNA + "/media/2569/"

    # T1: JSON-LD at +07:00, the same instants printed in the Buddhist Era with "อัปเดต";
    # "โดย" byline; related box and ad label inside the body; news sitemap and RSS.
    t1_title = "น้ำปิงเพิ่มสูงขึ้นเกือบสองเมตร อพยพชาวบ้านริมน้ำกว่าสี่ร้อยครัวเรือน"
    t1_dek = "ฝนตกหนักบนเทือกเขาต่อเนื่องสามวัน เจ้าหน้าที่เปิดศูนย์พักพิงชั่วคราวที่โรงเรียนบ้านดอนแก้ว"
    flood = _TH_PARAS["flood"]
    site.add(u(T1), story(
        T1, t1_title, t1_dek,
        paras(flood[:1]) + ad() + related([(T7, "ตลาดนัดคนเดินกลับมาเปิดแล้ว")])
        + paras(flood[1:]),
        dates="29 พ.ย. 2569 15:05 น. <span class='updated'>อัปเดต 29 พ.ย. 2569 16:20 น.</span>",
        byline="โดย " + author_link("ณัฐพล แสงทอง", "natthaphon"),
        tags=[("%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B8%97%E0%B9%88%E0%B8%A7%E0%B8%A1", "น้ำท่วม"),
              ("%E0%B9%81%E0%B8%A1%E0%B9%88%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B8%9B%E0%B8%B4%E0%B8%87",
               "แม่น้ำปิง")],
        image=img + "11/flood.jpg",
        ld=news_ld(t1_title, t1_dek, articleSection="ข่าวภูมิภาค",
                   datePublished="2026-11-29T15:05:00+07:00",
                   dateModified="2026-11-29T16:20:00+07:00",
                   author=person("ณัฐพล แสงทอง"),
                   image={"@type": "ImageObject", "url": img + "11/flood.jpg"}),
    ))  # fmt: skip
    site.article(
        url=u(T1), site=host, article_id="2871543", title=t1_title, description=t1_dek,
        authors=["ณัฐพล แสงทอง"], published_at="2026-11-29T08:05:00Z",
        published_raw="2026-11-29T15:05:00+07:00", modified_at="2026-11-29T09:20:00Z",
        modified_raw="2026-11-29T16:20:00+07:00", section="ข่าวภูมิภาค",
        tags=["น้ำท่วม", "แม่น้ำปิง"], body="\n\n".join(flood),
        image_url=img + "11/flood.jpg", language="th",
    )  # fmt: skip

    # T2: no JSON-LD date, no article:published_time: only the long printed BE date.
    t2_title = "สภาจังหวัดผ่านงบประมาณปี 2570 หลังอภิปรายกว่าสิบชั่วโมง"
    t2_dek = "งบส่วนใหญ่ใช้ซ่อมถนนชนบทและขยายประปาหมู่บ้าน ฝ่ายค้านค้านโครงการรถขยะ"
    site.add(u(T2), story(
        T2, t2_title, t2_dek, paras(_TH_PARAS["budget"]),
        dates="วันอาทิตย์ที่ 29 พฤศจิกายน พ.ศ. 2569 เวลา 15.05 น.",
        byline="โดย วิไลวรรณ ศรีสุข และ ธนากร บุญมา",
        tags=[("budget", "งบประมาณ"), ("council", "สภาจังหวัด")],
        meta='<meta property="article:section" content="การเมือง">',
    ))  # fmt: skip
    site.article(
        url=u(T2), site=host, article_id="2871544", title=t2_title, description=t2_dek,
        authors=["วิไลวรรณ ศรีสุข", "ธนากร บุญมา"], published_at="2026-11-29T08:05:00Z",
        published_raw="29 พฤศจิกายน พ.ศ. 2569 เวลา 15.05 น.", section="การเมือง",
        tags=["งบประมาณ", "สภาจังหวัด"], body="\n\n".join(_TH_PARAS["budget"]), language="th",
    )  # fmt: skip

    # T3: only the short printed date with a two-digit BE year ("69" is 2569, 2026).
    t3_title = "ลำน้ำทองยูไนเต็ดชนะห้านัดติด ขึ้นจ่าฝูงลีกภูมิภาค"
    t3_dek = "ลูกโหม่งนาทีที่แปดสิบเจ็ดพาทีมเจ้าบ้านเฉือนดอยงามซิตี้"
    site.add(u(T3), story(
        T3, t3_title, t3_dek, paras(_TH_PARAS["football"][:1]) + ad()
        + paras(_TH_PARAS["football"][1:]),
        dates="28 พ.ย. 69 21:40 น.",
        byline="โดย " + author_link("ธนากร บุญมา", "thanakorn"),
        tags=[("lamnamthong-united", "ลำน้ำทองยูไนเต็ด")], tag_label="Tags",
        image=img + "11/football.jpg",
        ld={"@context": "https://schema.org", "@type": "NewsArticle", "headline": t3_title,
            "image": img + "11/football.jpg"},
    ))  # fmt: skip
    site.article(
        url=u(T3), site=host, article_id="2871547", title=t3_title, description=t3_dek,
        authors=["ธนากร บุญมา"], published_at="2026-11-28T14:40:00Z",
        published_raw="28 พ.ย. 69 21:40 น.", section="sport",
        tags=["ลำน้ำทองยูไนเต็ด"], body="\n\n".join(_TH_PARAS["football"]),
        image_url=img + "11/football.jpg", language="th",
    )  # fmt: skip

    # T4: a slug-less "news_<id>" URL; JSON-LD datePublished without a zone (Bangkok's);
    # "ผู้เขียน:" byline; "แก้ไขล่าสุด" printed with a two-digit BE year.
    t4_title = "ชาวไร่กาแฟดอยผาแดงเก็บเกี่ยวเร็วกว่าทุกปี"
    t4_dek = "อากาศหนาวมาเร็ว สหกรณ์คาดได้เมล็ดกาแฟสารหกสิบตัน"
    coffee = _TH_PARAS["coffee"]
    site.add(u(T4), story(
        T4, t4_title, t4_dek, paras(coffee[:2]) + related([(T5, "ราคาข้าวหอมมะลิสูงสุดในรอบสามปี")])
        + paras(coffee[2:]),
        dates="28 พฤศจิกายน 2569 - 09:30 น. <span>แก้ไขล่าสุด 28 พ.ย. 69 11:45 น.</span>",
        byline="ผู้เขียน: " + author_link("ปรียา ทองคำ", "preeya"),
        tags=[("coffee", "กาแฟ"), ("doi-pha-daeng", "ดอยผาแดง")],
        image=img + "11/coffee.jpg",
        ld=news_ld(t4_title, t4_dek, articleSection="เศรษฐกิจ",
                   datePublished="2026-11-28T09:30:00", author=person("ปรียา ทองคำ"),
                   image=img + "11/coffee.jpg"),
    ))  # fmt: skip
    site.article(
        url=u(T4), site=host, article_id="4872101", title=t4_title, description=t4_dek,
        authors=["ปรียา ทองคำ"], published_at="2026-11-28T02:30:00Z",
        published_raw="2026-11-28T09:30:00", modified_at="2026-11-28T04:45:00Z",
        modified_raw="28 พ.ย. 69 11:45 น.", section="เศรษฐกิจ",
        tags=["กาแฟ", "ดอยผาแดง"], body="\n\n".join(coffee),
        image_url=img + "11/coffee.jpg", language="th",
    )  # fmt: skip

    # T5: dates in <meta> only (the page prints the BE one); "Tags" row.
    t5_title = "ราคาข้าวหอมมะลิขยับขึ้นสูงสุดในรอบสามปี"
    t5_dek = "ตันละหนึ่งหมื่นสามพันบาท แต่ชาวนาบอกผลผลิตลดลงเพราะภัยแล้ง"
    site.add(u(T5), story(
        T5, t5_title, t5_dek, paras(_TH_PARAS["rice"][:1])
        + f'<p><strong>อ่านเพิ่มเติม :</strong> <a href="{T4}">ชาวไร่กาแฟดอยผาแดงเก็บเกี่ยวเร็วกว่าทุกปี</a></p>'
        + '<div class="inread-slot"><p>โฆษณา</p><div id="gpt-inread"></div></div>'
        + paras(_TH_PARAS["rice"][1:])
        + f'<p>อ่านข่าวที่เกี่ยวข้อง <a href="{T1}">น้ำปิงเพิ่มสูงขึ้นเกือบสองเมตร</a></p>',
        dates="27 พ.ย. 2569 18:00 น.",
        byline="โดย " + author_link("ปรียา ทองคำ", "preeya"),
        tags=[("rice", "ข้าวหอมมะลิ")], tag_label="Tags",
        meta='<meta property="article:published_time" content="2026-11-27T18:00:00+07:00">'
        '<meta property="article:section" content="เศรษฐกิจ">',
    ))  # fmt: skip
    site.article(
        url=u(T5), site=host, article_id="2871560", title=t5_title, description=t5_dek,
        authors=["ปรียา ทองคำ"], published_at="2026-11-27T11:00:00Z",
        published_raw="2026-11-27T18:00:00+07:00", section="เศรษฐกิจ",
        tags=["ข้าวหอมมะลิ"], body="\n\n".join(_TH_PARAS["rice"]), language="th",
    )  # fmt: skip

    # T6: a slug-less "/news/<id>" URL found only in the RSS feed; JSON-LD in UTC.
    t6_title = "เปิดรับฟังความเห็นรถรางไฟฟ้าสายแรกของเมืองเชียงดาว"
    t6_dek = "เส้นทางสิบสองกิโลเมตรเชื่อมสถานีขนส่ง มหาวิทยาลัย และโรงพยาบาล"
    site.add(u(T6), story(
        T6, t6_title, t6_dek, paras(_TH_PARAS["tram"])
        + '<div class="kw-row"><span>คำค้น :</span> <a href="/search?q=%E0%B8%A3%E0%B8%96%E0%B8%A3%E0%B8%B2%E0%B8%87">'
        'รถราง</a> <a href="/search?q=%E0%B8%82%E0%B8%99%E0%B8%AA%E0%B9%88%E0%B8%87">ขนส่ง</a></div>',
        dates="26 พ.ย. 2569 10:15 น.",
        byline="โดย " + author_link("ณัฐพล แสงทอง", "natthaphon"),
        ld=news_ld(t6_title, t6_dek, datePublished="2026-11-26T03:15:00Z",
                   author=person("ณัฐพล แสงทอง")),
    ))  # fmt: skip
    site.article(
        url=u(T6), site=host, article_id="2871562", title=t6_title, description=t6_dek,
        authors=["ณัฐพล แสงทอง"], published_at="2026-11-26T03:15:00Z",
        published_raw="2026-11-26T03:15:00Z", tags=["รถราง", "ขนส่ง"],
        body="\n\n".join(_TH_PARAS["tram"]),
        language="th",
    )  # fmt: skip

    # T7: a one-paragraph story on page 2 of the regional listing; only its printed date.
    t7_title = "ตลาดนัดคนเดินถนนสายเก่ากลับมาเปิดทุกเย็นวันเสาร์"
    t7_dek = "หลังปิดปรับปรุงทางเท้านานกว่าห้าเดือน"
    site.add(u(T7), story(
        T7, t7_title, t7_dek, paras(_TH_PARAS["market"]),
        dates="25 พ.ย. 2569 07:45 น.",
        byline="โดย ทีมข่าวภูมิภาค",
        tags=[("market", "ตลาดนัด")],
    ))  # fmt: skip
    site.article(
        url=u(T7), site=host, article_id="2871570", title=t7_title, description=t7_dek,
        authors=["ทีมข่าวภูมิภาค"], published_at="2026-11-25T00:45:00Z",
        published_raw="25 พ.ย. 2569 07:45 น.", section="local",
        tags=["ตลาดนัด"], body=_TH_PARAS["market"][0], language="th",
    )  # fmt: skip

    # T8: a July story (still +07:00: Thailand keeps no summer time) only in the news
    # sitemap, where its date has a Buddhist Era year.
    t8_title = "เทศบาลเตรียมจัดงานลอยกระทงริมแม่น้ำปิง ห้ามปล่อยโคมลอยใกล้สนามบิน"
    t8_dek = "งานสามวันสามคืน ขอให้ใช้กระทงจากใบตองและขนมปัง"
    site.add(u(T8), story(
        T8, t8_title, t8_dek, paras(_TH_PARAS["lantern"]),
        dates="15 ก.ค. 2569 10:00 น.",
        byline="โดย " + author_link("ธนากร บุญมา", "thanakorn"),
        tags=[("loy-krathong", "ลอยกระทง")], image=img + "07/krathong.jpg",
        ld=news_ld(t8_title, t8_dek, articleSection="ข่าวภูมิภาค",
                   datePublished="2026-07-15T10:00:00+07:00", author=person("ธนากร บุญมา"),
                   image=img + "07/krathong.jpg"),
    ))  # fmt: skip
    site.article(
        url=u(T8), site=host, article_id="2860012", title=t8_title, description=t8_dek,
        authors=["ธนากร บุญมา"], published_at="2026-07-15T03:00:00Z",
        published_raw="2026-07-15T10:00:00+07:00", section="ข่าวภูมิภาค",
        tags=["ลอยกระทง"], body="\n\n".join(_TH_PARAS["lantern"]),
        image_url=img + "07/krathong.jpg", language="th",
    )  # fmt: skip

    # T9: a short story with only its printed date in full-month form without "พ.ศ.".
    t9_title = "โรงเรียนบนดอยสูงมีไฟฟ้าใช้ตลอดวันเป็นครั้งแรก"
    t9_dek = "มูลนิธิท้องถิ่นมอบแผงโซลาร์เซลล์ให้สามโรงเรียน"
    site.add(u(T9), story(
        T9, t9_title, t9_dek, paras(_TH_PARAS["school"]) + ad(),
        dates="24 พฤศจิกายน 2569 13:20 น.",
        byline="ผู้เขียน: ณัฐพล แสงทอง",
        tags=[("solar", "โซลาร์เซลล์")],
    ))  # fmt: skip
    site.article(
        url=u(T9), site=host, article_id="2871575", title=t9_title, description=t9_dek,
        authors=["ณัฐพล แสงทอง"], published_at="2026-11-24T06:20:00Z",
        published_raw="24 พฤศจิกายน 2569 13:20 น.", section="local",
        tags=["โซลาร์เซลล์"], body=_TH_PARAS["school"][0], language="th",
    )  # fmt: skip

    # T10: a year-old story with only printed dates: a two-digit BE year ("68" is 2568 BE,
    # 2025) and an update in numbers ("03/12/2568").
    t10_title = "ซ่อมสะพานไม้ข้ามห้วยแม่สายน้อยเสร็จ รถจักรยานยนต์ผ่านได้แล้ว"
    t10_dek = "รถยนต์ยังต้องใช้ทางเลี่ยงอีกราวหนึ่งสัปดาห์"
    bridge = _TH_PARAS["bridge"]
    site.add(u(T10), story(
        T10, t10_title, t10_dek, paras(bridge[:1]) + ad() + paras(bridge[1:]),
        dates="2 ธ.ค. 68 09:30 น. <span>แก้ไขล่าสุด 03/12/2568 11:10 น.</span>",
        byline="โดย " + author_link("ธนากร บุญมา", "thanakorn"),
        tags=[("bridge", "สะพาน")],
    ))  # fmt: skip
    site.article(
        url=u(T10), site=host, article_id="2758310", title=t10_title, description=t10_dek,
        authors=["ธนากร บุญมา"], published_at="2025-12-02T02:30:00Z",
        published_raw="2 ธ.ค. 68 09:30 น.", modified_at="2025-12-03T04:10:00Z",
        modified_raw="03/12/2568 11:10 น.", section="local", tags=["สะพาน"],
        body="\n\n".join(bridge), language="th",
    )  # fmt: skip

    # T11: a CMS on a Thai locale writes its ISO dates with Buddhist Era years
    # ("2569-11-27T08:00:00+07:00" is 27 November 2026) in JSON-LD and <meta>.
    t11_title = "วัดป่าแดงหลวงเปิดวิหารไม้สักให้เข้าชมอีกครั้งหลังบูรณะ"
    t11_dek = "ขอให้แต่งกายสุภาพและงดใช้แฟลชภายในวิหาร"
    temple = _TH_PARAS["temple"]
    site.add(u(T11), story(
        T11, t11_title, t11_dek, paras(temple),
        dates="27 พ.ย. 2569 08:00 น.",
        byline="โดย " + author_link("วิไลวรรณ ศรีสุข", "wilaiwan"),
        tags=[("temple", "วัด")], image=img + "11/temple.jpg",
        meta='<meta property="article:published_time" content="2569-11-27T08:00:00+07:00">'
        '<meta property="article:modified_time" content="2569-11-27T12:30:00+07:00">',
        ld=news_ld(t11_title, t11_dek, articleSection="ข่าวภูมิภาค",
                   datePublished="2569-11-27T08:00:00+07:00",
                   dateModified="2569-11-27T12:30:00+07:00",
                   author=person("วิไลวรรณ ศรีสุข"), image=img + "11/temple.jpg"),
    ))  # fmt: skip
    site.article(
        url=u(T11), site=host, article_id="2871558", title=t11_title, description=t11_dek,
        authors=["วิไลวรรณ ศรีสุข"], published_at="2026-11-27T01:00:00Z",
        published_raw="2569-11-27T08:00:00+07:00", modified_at="2026-11-27T05:30:00Z",
        modified_raw="2569-11-27T12:30:00+07:00", section="ข่าวภูมิภาค", tags=["วัด"],
        body="\n\n".join(temple), image_url=img + "11/temple.jpg", language="th",
    )  # fmt: skip

    # T12: an older template served in TIS-620 (windows-874), as legacy Thai sites still are,
    # the charset declared only by <meta http-equiv>, no language declared (the Thai script
    # says it); the date printed with Thai digits.
    t12_title = "เทศบาลขุดลอกคูเมืองด้านทิศใต้ก่อนฤดูน้ำหลาก"
    t12_dek = "ถนนเลียบคูเมืองปิดหนึ่งช่องทางช่วงกลางวัน"
    canal = _TH_PARAS["canal"]
    t12_html = story(
        T12, t12_title, t12_dek, paras(canal),
        dates="๒๓ พ.ย. ๒๕๖๙ ๐๘:๔๕ น.",
        byline="โดย ปรียา ทองคำ", tags=[("canal", "คูเมือง")],
    ).replace('<meta charset="utf-8">',
              '<meta http-equiv="Content-Type" content="text/html; charset=tis-620">'
    ).replace('<html lang="th">', "<html>")  # fmt: skip
    site.pages.append(Page(u(T12), t12_html.encode("cp874", "xmlcharrefreplace"), "text/html"))
    site.article(
        url=u(T12), site=host, article_id="2871501", title=t12_title, description=t12_dek,
        authors=["ปรียา ทองคำ"], published_at="2026-11-23T01:45:00Z",
        published_raw="๒๓ พ.ย. ๒๕๖๙ ๐๘:๔๕ น.", section="local", tags=["คูเมือง"],
        body="\n\n".join(canal), language="th",
    )  # fmt: skip

    # A video, a gallery and a clip at numeric-id URLs: never items.
    video = "/video/2871580"
    site.add(u(video), page(
        "คลิปน้ำปิงล้นตลิ่ง",
        "<main><article><h1>คลิปน้ำปิงล้นตลิ่ง</h1><p>29 พ.ย. 2569 12:00 น.</p>"
        '<video src="/media/flood.mp4" controls></video>'
        "<p>ภาพน้ำปิงไหลล้นตลิ่งเข้าท่วมถนนริมน้ำ</p></article></main>",
        f'<link rel="canonical" href="{LANNA}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "คลิปน้ำปิงล้นตลิ่ง", "uploadDate": "2026-11-29T12:00:00+07:00"}),
    ))  # fmt: skip
    gallery = "/gallery/2871581"
    figures = "".join(
        f'<figure><img src="/media/2569/11/krathong-{i}.jpg" alt="กระทง">'
        f"<figcaption>บรรยากาศงานลอยกระทง ภาพที่ {i}</figcaption></figure>"
        for i in range(1, 7)
    )
    site.add(u(gallery), page(
        "ประมวลภาพงานลอยกระทง",
        f"<main><article><h1>ประมวลภาพงานลอยกระทง</h1>{figures}</article></main>",
        f'<link rel="canonical" href="{LANNA}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "ประมวลภาพงานลอยกระทง", "datePublished": "2026-11-27T20:00:00+07:00"}),
    ))  # fmt: skip
    clip = "/clip/2871582"
    site.add(u(clip), page(
        "คลิปไฮไลต์ ลำน้ำทองยูไนเต็ด 2-1 ดอยงามซิตี้",
        "<main><article><h1>คลิปไฮไลต์ ลำน้ำทองยูไนเต็ด 2-1 ดอยงามซิตี้</h1>"
        "<p>28 พ.ย. 2569 22:30 น.</p>"
        '<iframe src="https://player.example/embed/abc123"></iframe></article></main>',
        f'<link rel="canonical" href="{LANNA}{clip}"><meta property="og:type" content="video.other">',
    ))  # fmt: skip
    site.never_exported |= {u(video), u(gallery), u(clip), u("/video"), u("/gallery")}

    tag1 = "/tags/%E0%B8%99%E0%B9%89%E0%B8%B3%E0%B8%97%E0%B9%88%E0%B8%A7%E0%B8%A1"
    site.add(u(tag1), listing("น้ำท่วม", [T1]))
    site.add(u("/tags/coffee"), listing("กาแฟ", [T4]))
    site.add(u("/author/natthaphon"), listing("ณัฐพล แสงทอง", [T1, T9]))
    site.add(u("/author/preeya"), listing("ปรียา ทองคำ", [T4, T5]))
    site.never_exported |= {
        u(tag1), u("/tags/coffee"), u("/author/natthaphon"), u("/author/preeya"),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /member/\n"
        f"Sitemap: {LANNA}/sitemap-news.xml\n"
    ), "text/plain")  # fmt: skip
    news_entries = [
        (T1, "2026-11-29T15:05:00+07:00", "น้ำปิงเพิ่มสูงขึ้นเกือบสองเมตร"),
        (video, "2026-11-29T12:00:00+07:00", "คลิปน้ำปิงล้นตลิ่ง"),
        (T4, "2026-11-28T09:30:00+07:00", "ชาวไร่กาแฟเก็บเกี่ยวเร็ว"),
        # a CMS on a Thai locale: the sitemap's year in the Buddhist Era too
        (T8, "2569-07-15T10:00:00+07:00", "เตรียมจัดงานลอยกระทง"),
    ]
    site.add(u("/sitemap-news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{LANNA}{path}</loc><news:news><news:publication>"
            "<news:name>ข่าวล้านนารายวัน</news:name><news:language>th</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>ข่าวล้านนารายวัน</title><link>{LANNA}/</link><language>th</language>"
        f"<item><title>{t1_title}</title><link>{LANNA}{T1}</link>"
        "<pubDate>Sun, 29 Nov 2026 15:05:00 +0700</pubDate></item>"
        f"<item><title>{t6_title}</title><link>{LANNA}{T6}</link>"
        "<pubDate>Thu, 26 Nov 2026 10:15:00 +0700</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    site.add(u("/"), listing("ข่าวล้านนารายวัน", [T1, T2, video, gallery, tag1]))
    site.add(u("/news/local"), listing("ข่าวภูมิภาค", [T1, T9], "/news/local?page=2"))
    site.add(u("/news/local?page=2"), listing("ข่าวภูมิภาค", [T7, T11], "/news/local?page=3"))
    site.add(u("/news/local?page=3"), listing("ข่าวภูมิภาค", [T10, T12]))
    site.add(u("/news/politic"), listing("การเมือง", [T2]))
    site.add(u("/news/economy"), listing("เศรษฐกิจ", [T4, T5, "/tags/coffee"]))
    site.add(u("/news/sport"), listing("กีฬา", [T3, clip]))
    site.add(u("/video"), listing("วิดีโอ", [video, clip]))
    site.add(u("/gallery"), listing("แกลเลอรี", [gallery]))
    site.never_requested |= {u("/search?q="), u("/member/login")}
    return site


T1 = "/news/local/2871543"
T2 = "/news/politic/2871544"
T3 = "/news/sport/2871547"
T4 = "/economy/news_4872101"
T5 = "/news/economy/2871560"
T6 = "/news/2871562"
T7 = "/news/local/north/2871570"
T8 = "/news/local/2860012"
T9 = "/news/local/2871575"
T10 = "/news/local/2758310"
T11 = "/news/local/2871558"
T12 = "/news/local/2871501"

# ruff: noqa: RUF001, RUF002, RUF003  (Chinese text is written with its own full-width punctuation)
"""Haidao Chenbao: a recorded Taiwanese daily in Traditional Chinese for ``test_news_cms.py``.

Every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.cmssites import XML, CmsSite, _ld, paras

HDCB = "https://news.haidao.example"

_PARAS: dict[str, list[str]] = {
    "yusuan": [
        "立法院24日三讀通過明年度中央政府總預算案，歲出總額較行政院原編列版本刪減約一百二十億元。",
        "朝野黨團協商後同意，刪減項目集中在各部會的宣傳費與委辦計畫，社會福利與國防預算則大致維持原案。",
        "財政部表示，預算案通過後將依法公布，各機關明年一月起即可依新預算執行業務。",
        "立法院長在院會結束後說，今年審查進度比往年順利，感謝朝野委員在會期內完成審議。",
    ],
    "tielu": [
        "交通部24日宣布，東部鐵路雙軌電氣化第二階段工程將於明年春天動工，預計五年內完工。",
        "工程完成後，台北到海濱縣的最快車程可由三小時四十分鐘縮短為兩小時五十分鐘。",
        "交通部長表示，東部居民長期面臨一票難求的困境，新工程將大幅增加每日的列車班次。",
        "地方民眾對工程期間的交通管制仍有疑慮，交通部承諾將在動工前舉辦多場說明會。",
    ],
    "chaye": [
        "山嵐鄉今年冬茶採收期提前一週，茶農趁著連日好天氣加緊採摘，茶園一片忙碌景象。",
        "鄉農會指出，今年秋季雨量適中、日夜溫差大，冬茶香氣明顯比去年濃郁。",
        "不少茶農近年改採友善耕作，減少化學肥料的使用，吸引年輕消費者上山體驗採茶。",
        "農會預計下月初舉辦冬茶評鑑比賽，得獎茶葉將在年底的茶葉節中公開拍賣。",
    ],
    "bingyuan": [
        "港南市立醫院新大樓24日正式啟用，新增急診觀察床四十床，並設立兒童專屬急診區。",
        "醫院院長表示，過去急診室經常一床難求，病患等待住院時間平均超過兩天。",
        "新大樓也引進智慧病房系統，護理人員可透過平板即時掌握病人的生命徵象。",
        "市府衛生局說，未來將持續爭取中央補助，逐步汰換老舊的醫療設備。",
        "醫院提醒民眾，新大樓啟用初期停車位有限，建議多利用公車或捷運前往。",
    ],
    "taifeng": [
        "中央氣象署24日上午發布海上颱風警報，預估颱風外圍環流將在明天影響東半部海面。",
        "氣象署預報員指出，颱風路徑仍有變數，不排除晚間加發陸上警報的可能。",
        "受颱風影響，東部與南部山區明天可能出現豪雨，民眾應避免前往山區與海邊活動。",
        "交通部航港局表示，往返離島的部分航班將視天候狀況調整，旅客出發前請先確認。",
    ],
    "bangqiu": [
        "職棒總冠軍賽第七戰23日晚間在港南球場開打，海鷹隊以五比三擊敗雷霆隊，睽違八年再度封王。",
        "海鷹隊先發投手主投七局只失兩分，獲選為本場最有價值球員。",
        "八局下半，海鷹隊靠著一支兩分打點安打拉開比分，終場前成功守住領先。",
        "賽後球迷湧入球場周邊街道慶祝，警方加派人力維持秩序，現場並未發生意外。",
    ],
    "dianjia": [
        "經濟部24日召開電價審議會，決議明年第一季民生用電價格維持不變，產業用電則微幅調漲百分之三。",
        "經濟部官員表示，國際燃料價格近期趨於穩定，電力公司的虧損已逐漸縮小。",
        "工商團體對產業電價調漲表示憂心，認為將增加中小企業的經營成本。",
        "經濟部說，將針對用電量大的中小企業提供節能設備補助，減輕電價調整帶來的衝擊。",
    ],
    "shufa": [
        "國立藝文館即日起推出「墨韻百年」書法特展，展出近百年來兩岸及海外書法家的作品一百二十件。",
        "策展人表示，展品中有三十多件是首度公開，包括多位已故書法家的手稿與信札。",
        "館方也在展場設置互動體驗區，讓民眾可以用毛筆臨摹名家作品。",
        "特展展期至明年三月底，每週一休館，學生憑證可享半價優惠。",
    ],
    "xuezhang": [
        "港南市教育局24日公布國中小學新學期的營養午餐新制，全市學生午餐費用將由市府全額補助。",
        "教育局長表示，新制預計每年將增加約八億元預算，但可減輕家長的經濟負擔。",
        "部分家長團體建議，市府在擴大補助的同時，也應加強食材來源的把關。",
        "教育局回應，將增加在地有機食材的採購比例，並定期公布各校的食材檢驗結果。",
    ],
    "jiaotong": [
        "港南捷運環狀線第二階段24日通過履勘，市府預計下個月中旬正式通車營運。",
        "環狀線第二階段全長十四公里，共設十一座車站，其中四座可與既有路線轉乘。",
        "市府表示，通車首月將開放民眾免費搭乘，並在各站增派志工協助引導。",
        "捷運公司提醒，試營運期間班距約八分鐘，尖峰時段可能出現擁擠情形。",
    ],
    "yuanqu": [
        "港南科學園區第三期擴建計畫24日通過環境影響評估審查，預計明年下半年動工。",
        "園區管理局表示，第三期擴建面積約八十公頃，將以半導體封裝測試與綠能產業為主。",
        "環評委員要求開發單位在動工前提出用水規劃，確保不影響周邊農業灌溉用水。",
        "當地居民團體則希望園區優先聘用在地青年，並設置回饋基金支持社區發展。",
    ],
    "waijiao": [
        "外交部24日宣布，將在南太平洋島國增設一處代表處，加強雙方在農業與醫療領域的合作。",
        "外交部發言人表示，新代表處預計明年三月正式運作，首任代表將由資深外交官出任。",
        "雙方並簽署農業技術合作備忘錄，我方將派遣技術團協助當地發展稻米與蔬菜種植。",
        "學者認為，增設代表處有助於擴大我國在太平洋地區的實質外交空間。",
    ],
}

T1 = "/news/20261124/4871201"
T2 = "/news/20261124/4871215"
T3 = "/article/4871230"
T4 = "/article/4871244"
T5 = "/news/20261124/4871252"
T6 = "/news/20261123/4870988"
T7 = "/article/4871263"
T8 = "/article/4869540"
T9 = "/news/20261124/4871270"
T10 = "/news/20261124/4871281"
T11 = "/news/20261124/4871290"
T12 = "/article/4871295"
VIDEO = "/news/20261124/4871300"
PHOTO = "/article/4871310"


def haidao_chenbao() -> CmsSite:
    """A Taiwanese daily in Traditional Chinese (``zh-Hant-TW``, ``zh-TW``) on Taipei time
    (+08:00, no DST): ``/news/20261124/N`` and ``/article/N`` articles; printed dates
    "2026/11/24 14:05", "2026-11-24 14:05", "2026-11-24 14:05 CST" (Taiwan, not US Central) on a page a template declares English,
    12-hour clocks after 上午/下午, Republic of China (民國) years "民國115年11月24日 09:15",
    "115/11/24 16:40" and "中華民國115年11月22日"; "發布時間"/"發佈時間" and "更新時間"
    labels; bylines "記者王小明／台北報導", "中央社記者林美華台北24日電" and "文／記者..."
    with a "（中央社）" credit and "編輯：" lines after the text; "關鍵字"/"標籤" tag rows;
    "延伸閱讀" boxes inside and after the text; a video and a photo page; a news sitemap, an
    RSS feed and robots.txt with a Disallow."""
    site = CmsSite(
        "haidao-chenbao", HDCB + "/", datetime.fromisoformat("2026-11-25T02:00:00+00:00")
    )
    u = HDCB.__add__
    host = "news.haidao.example"

    def page(title: str, body: str, extra: str = "", lang: str = "zh-Hant-TW") -> str:
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title} - 海島晨報</title>"
            '<meta property="og:site_name" content="海島晨報">'
            '<link rel="alternate" type="application/rss+xml" title="海島晨報 即時新聞" '
            'href="/rss/realtime.xml">'
            f"{extra}</head><body>"
            '<header><a class="logo" href="/">海島晨報</a><nav class="menu"><ul>'
            '<li><a href="/list/politics">政治</a></li><li><a href="/list/society">社會</a></li>'
            '<li><a href="/list/life">生活</a></li><li><a href="/list/business">財經</a></li>'
            '<li><a href="/list/sports">體育</a></li><li><a href="/video">影音</a></li>'
            '<li><a href="/photo">圖輯</a></li><li><a href="/search?q=">搜尋</a></li>'
            '<li><a href="/member/login">會員登入</a></li></ul></nav></header>'
            f"{body}"
            '<footer><a href="/about">關於我們</a> <a href="/privacy">隱私權政策</a>'
            "<p>海島晨報股份有限公司 版權所有 © 2026</p></footer>"
            "</body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        items = "".join(
            f'<li><a href="{href}"><h3>新聞標題</h3></a><span class="time">2026/11/24</span></li>'
            for href in links
        )
        more = (
            f'<div class="pagination"><a href="{next_href}">下一頁</a></div>' if next_href else ""
        )
        return page(title, f'<main><h1>{title}</h1><ul class="list">{items}</ul>{more}</main>')

    def story(
        path: str,
        title: str,
        dek: str,
        body_html: str,
        *,
        info: str,
        section: tuple[str, str],
        tags: list[str] = (),  # type: ignore[assignment]
        tag_label: str = "關鍵字：",
        editor: str = "",
        image: str | None = None,
        ld: dict[str, Any] | None = None,
        meta: str = "",
        lang: str = "zh-Hant-TW",
    ) -> str:
        tag_row = (
            f'<div class="tags"><span>{tag_label}</span>'
            + "".join(f'<a href="/tag/{t}">{t}</a>' for t in tags)
            + "</div>"
            if tags
            else ""
        )
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        editor_html = f'<p class="editor">{editor}</p>' if editor else ""
        return page(
            title,
            f'<main><div class="breadcrumb"><a href="/">首頁</a> &gt; '
            f'<a href="{section[0]}">{section[1]}</a></div>'
            f'<article class="article-content"><h1>{title}</h1>'
            f'<div class="info">{info}</div>'
            f'<div class="article-body">{body_html}{editor_html}</div>'
            f"{tag_row}"
            '<div class="share"><a href="https://social.example/share?u=x">分享</a></div>'
            "</article>"
            '<aside class="extend"><h3>延伸閱讀</h3><ul>'
            f'<li><a href="{T1}">總預算案三讀通過 刪減一百二十億元</a></li>'
            f'<li><a href="{T5}">颱風外圍環流影響 東部山區嚴防豪雨</a></li></ul></aside>'
            '<aside class="hot"><h3>熱門新聞</h3><ul>'
            f'<li><a href="{T6}">海鷹隊五比三勝雷霆隊 睽違八年封王</a></li></ul></aside>'
            "</main>",
            f'<meta name="description" content="{dek}">'
            f'<link rel="canonical" href="{HDCB}{path}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            f"{og_image}{meta}{_ld(ld) if ld else ''}",
            lang,
        )

    def body(key: str) -> str:
        return "\n\n".join(_PARAS[key])

    def news_ld(title: str, dek: str, **more: Any) -> dict[str, Any]:
        return {
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "description": dek, "inLanguage": "zh-TW",
            "publisher": {"@type": "NewsMediaOrganization", "name": "海島晨報"}, **more,
        }  # fmt: skip

    def related_inline(links: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links)
        return f'<div class="related-inline"><h4>延伸閱讀</h4><ul>{items}</ul></div>'

    img = HDCB + "/images/2026/11/24/"

    # T1: JSON-LD at +08:00 with dateModified; printed "2026/11/24 14:05"; "記者王小明／台北報導".
    t1_title = "總預算案三讀通過 刪減一百二十億元"
    t1_dek = "立法院24日三讀通過明年度中央政府總預算案，歲出總額刪減約一百二十億元。"
    t1_img = img + "4871201.jpg"
    site.add(u(T1), story(
        T1, t1_title, t1_dek, paras(_PARAS["yusuan"]),
        info='<span class="author">記者王小明／台北報導</span>'
             '<span class="time">2026/11/24 14:05</span>',
        section=("/list/politics", "政治"), tags=["總預算", "立法院"], image=t1_img,
        editor="編輯：張雅婷",
        ld=news_ld(t1_title, t1_dek, datePublished="2026-11-24T14:05:00+08:00",
                   dateModified="2026-11-24T16:20:00+08:00", articleSection="政治",
                   author={"@type": "Person", "name": "王小明"}, image=[t1_img]),
    ))  # fmt: skip
    site.article(
        url=u(T1), site=host, article_id="4871201", title=t1_title, description=t1_dek,
        authors=["王小明"], published_at="2026-11-24T06:05:00Z",
        published_raw="2026-11-24T14:05:00+08:00", modified_at="2026-11-24T08:20:00Z",
        modified_raw="2026-11-24T16:20:00+08:00", section="政治", tags=["總預算", "立法院"],
        body=body("yusuan"), image_url=t1_img, language="zh",
    )  # fmt: skip

    # T2: a Central News Agency story: its dateline names the reporter, the place and the day;
    # "（中央社）" credit; "發布時間：2026/11/24 下午 02:30" on the 12-hour clock, no zone.
    t2_title = "東部鐵路雙軌電氣化第二階段 明年春天動工"
    t2_dek = "交通部宣布東部鐵路雙軌電氣化第二階段工程明年春天動工，預計五年內完工。"
    tielu = list(_PARAS["tielu"])
    t2_text = [f"（中央社記者林美華台北24日電）{tielu[0]}", *tielu[1:], "（編輯：李建國）1151124"]
    site.add(u(T2), story(
        T2, t2_title, t2_dek, paras(t2_text),
        info='<span class="source">（中央社）</span>'
             '<span class="time">發布時間：2026/11/24 下午 02:30</span>',
        section=("/list/life", "生活"), tags=["鐵路", "交通部"],
    ))  # fmt: skip
    site.article(
        url=u(T2), site=host, article_id="4871215", title=t2_title, description=t2_dek,
        authors=["林美華"], published_at="2026-11-24T06:30:00Z",
        published_raw="2026/11/24 下午 02:30", section="life", tags=["鐵路", "交通部"],
        body="\n\n".join([f"（中央社記者林美華台北24日電）{tielu[0]}", *tielu[1:]]),
        language="zh",
    )  # fmt: skip

    # T3: the date in the Republic of China calendar only: "民國115年11月24日 09:15"; the
    # writer's and the photographer's credits ("文／記者...　圖／記者...").
    t3_title = "山嵐鄉冬茶提前採收 香氣比去年濃郁"
    t3_dek = "山嵐鄉今年冬茶採收期提前一週，茶農趁好天氣加緊採摘。"
    site.add(u(T3), story(
        T3, t3_title, t3_dek, paras(_PARAS["chaye"]),
        info='<span class="author">文／記者陳志豪　圖／記者黃怡君</span>'
             '<span class="time">民國115年11月24日 09:15</span>',
        section=("/list/life", "生活"), tags=["冬茶", "山嵐鄉"], tag_label="標籤：",
        lang="zh-TW",
    ))  # fmt: skip
    site.article(
        url=u(T3), site=host, article_id="4871230", title=t3_title, description=t3_dek,
        authors=["陳志豪"], published_at="2026-11-24T01:15:00Z",
        published_raw="民國115年11月24日 09:15", section="life", tags=["冬茶", "山嵐鄉"],
        body=body("chaye"), language="zh",
    )  # fmt: skip

    # T4: ROC numeric dates "115/11/24 16:40" and "更新時間：115/11/24 18:05".
    t4_title = "港南市立醫院新大樓啟用 增設兒童急診區"
    t4_dek = "港南市立醫院新大樓24日啟用，新增急診觀察床四十床。"
    t4_img = img + "4871244.jpg"
    site.add(u(T4), story(
        T4, t4_title, t4_dek,
        paras(_PARAS["bingyuan"][:2])
        + f'<figure><img src="{t4_img}"><figcaption>港南市立醫院新大樓外觀。（記者黃怡君攝）'
          "</figcaption></figure>"
        + paras(_PARAS["bingyuan"][2:]),
        info='<span class="author">記者黃怡君／港南報導</span>'
             '<span class="time">發佈時間：115/11/24 16:40</span>'
             '<span class="update">更新時間：115/11/24 18:05</span>',
        section=("/list/society", "社會"), tags=["市立醫院"], editor="責任編輯：蔡佩珊",
        image=t4_img,
    ))  # fmt: skip
    site.article(
        url=u(T4), site=host, article_id="4871244", title=t4_title, description=t4_dek,
        authors=["黃怡君"], published_at="2026-11-24T08:40:00Z",
        published_raw="115/11/24 16:40", modified_at="2026-11-24T10:05:00Z",
        modified_raw="115/11/24 18:05", section="society", tags=["市立醫院"],
        body=body("bingyuan"), image_url=t4_img, language="zh",
    )  # fmt: skip

    # T5: "2026-11-24 11:50 CST": China/Taiwan Standard Time, +08:00.
    t5_title = "颱風外圍環流影響 東部山區嚴防豪雨"
    t5_dek = "中央氣象署發布海上颱風警報，東部與南部山區明天可能出現豪雨。"
    site.add(u(T5), story(
        T5, t5_title, t5_dek, paras(_PARAS["taifeng"]),
        info='<span class="author">記者王小明／台北報導</span>'
             '<span class="time">2026-11-24 11:50 CST</span>',
        section=("/list/life", "生活"), tags=["颱風", "氣象署"],
        meta='<meta property="article:section" content="生活">',
    ))  # fmt: skip
    site.article(
        url=u(T5), site=host, article_id="4871252", title=t5_title, description=t5_dek,
        authors=["王小明"], published_at="2026-11-24T03:50:00Z",
        published_raw="2026-11-24 11:50 CST", section="生活", tags=["颱風", "氣象署"],
        body=body("taifeng"), language="zh",
    )  # fmt: skip

    # T6: "發佈時間：2026/11/23 下午 10:48" and "更新時間：2026/11/24 上午 1:05".
    t6_title = "海鷹隊五比三勝雷霆隊 睽違八年封王"
    t6_dek = "職棒總冠軍賽第七戰，海鷹隊以五比三擊敗雷霆隊，睽違八年再度封王。"
    site.add(u(T6), story(
        T6, t6_title, t6_dek, paras(_PARAS["bangqiu"]),
        info='<span class="author">記者林俊宏／港南報導</span>'
             '<span class="time">發佈時間：2026/11/23 下午 10:48</span>'
             '<span class="update">更新時間：2026/11/24 上午 1:05</span>',
        section=("/list/sports", "體育"), tags=["職棒", "總冠軍賽"],
    ))  # fmt: skip
    site.article(
        url=u(T6), site=host, article_id="4870988", title=t6_title, description=t6_dek,
        authors=["林俊宏"], published_at="2026-11-23T14:48:00Z",
        published_raw="2026/11/23 下午 10:48", modified_at="2026-11-23T17:05:00Z",
        modified_raw="2026/11/24 上午 1:05", section="sports", tags=["職棒", "總冠軍賽"],
        body=body("bangqiu"), language="zh",
    )  # fmt: skip

    # T7: only in the news sitemap (at +08:00); the page prints "2026-11-24 10:30", no zone,
    # and declares "zh-Hant" without a region.
    t7_title = "明年首季民生電價凍漲 產業用電漲百分之三"
    t7_dek = "經濟部電價審議會決議明年第一季民生電價不變，產業用電微幅調漲。"
    site.add(u(T7), story(
        T7, t7_title, t7_dek, paras(_PARAS["dianjia"]),
        info='<span class="author">文／記者蔡宗翰</span>'
             '<span class="time">2026-11-24 10:30</span>',
        section=("/list/business", "財經"), tags=["電價", "經濟部"], lang="zh-Hant",
        editor="編輯：張雅婷",
    ))  # fmt: skip
    site.article(
        url=u(T7), site=host, article_id="4871263", title=t7_title, description=t7_dek,
        authors=["蔡宗翰"], published_at="2026-11-24T02:30:00Z",
        published_raw="2026-11-24 10:30", section="business", tags=["電價", "經濟部"],
        body=body("dianjia"), language="zh",
    )  # fmt: skip

    # T8: "中華民國115年11月22日 14:00" in an older story on the second listing page; "文／"
    # before a contributor's name; an inline "延伸閱讀" box inside the text.
    t8_title = "「墨韻百年」書法特展登場 百件作品首度公開"
    t8_dek = "國立藝文館推出「墨韻百年」書法特展，展出近百年書法作品一百二十件。"
    shufa = _PARAS["shufa"]
    site.add(u(T8), story(
        T8, t8_title, t8_dek,
        paras(shufa[:2])
        + related_inline([(T3, "山嵐鄉冬茶提前採收"), (T7, "明年首季民生電價凍漲")])
        + paras(shufa[2:]),
        info='<span class="author">文／周曉雯</span>'
             '<span class="time">中華民國115年11月22日 14:00</span>',
        section=("/list/life", "生活"), tags=["書法", "特展"],
    ))  # fmt: skip
    site.article(
        url=u(T8), site=host, article_id="4869540", title=t8_title, description=t8_dek,
        authors=["周曉雯"], published_at="2026-11-22T06:00:00Z",
        published_raw="中華民國115年11月22日 14:00", section="life", tags=["書法", "特展"],
        body="\n\n".join(shufa), language="zh",
    )  # fmt: skip

    # T9: only in the RSS feed; a template's lang="en" on a Chinese page; "發布時間：2026-11-24
    # 15:20 CST" (Taiwan's, not US Central) and "責任編輯：" at the end.
    t9_title = "港南國中小營養午餐 明年起市府全額補助"
    t9_dek = "港南市教育局公布新學期營養午餐新制，全市學生午餐費用由市府全額補助。"
    site.add(u(T9), story(
        T9, t9_title, t9_dek, paras(_PARAS["xuezhang"]),
        info='<span class="author">記者黃怡君／港南報導</span>'
             '<span class="time">發布時間：2026-11-24 15:20 CST</span>',
        section=("/list/society", "社會"), tags=["營養午餐"], editor="責任編輯：蔡佩珊",
        lang="en",
    ))  # fmt: skip
    site.article(
        url=u(T9), site=host, article_id="4871270", title=t9_title, description=t9_dek,
        authors=["黃怡君"], published_at="2026-11-24T07:20:00Z",
        published_raw="2026-11-24 15:20 CST", section="society", tags=["營養午餐"],
        body=body("xuezhang"), language="zh",
    )  # fmt: skip

    # T10: JSON-LD "2026-11-24T21:10:00+0800" and an author list; two reporters in the line.
    t10_title = "捷運環狀線第二階段通過履勘 下月中旬通車"
    t10_dek = "港南捷運環狀線第二階段通過履勘，預計下個月中旬正式通車。"
    site.add(u(T10), story(
        T10, t10_title, t10_dek, paras(_PARAS["jiaotong"]),
        info='<span class="author">記者林俊宏、周曉雯／港南報導</span>'
             '<span class="time">2026/11/24 21:10</span>',
        section=("/list/society", "社會"), tags=["捷運", "環狀線"],
        ld=news_ld(t10_title, t10_dek, datePublished="2026-11-24T21:10:00+0800",
                   author=[{"@type": "Person", "name": "林俊宏"},
                           {"@type": "Person", "name": "周曉雯"}]),
    ))  # fmt: skip
    site.article(
        url=u(T10), site=host, article_id="4871281", title=t10_title, description=t10_dek,
        authors=["林俊宏", "周曉雯"], published_at="2026-11-24T13:10:00Z",
        published_raw="2026-11-24T21:10:00+0800", section="society", tags=["捷運", "環狀線"],
        body=body("jiaotong"), language="zh",
    )  # fmt: skip

    # T11: "2026年11月24日 下午3:05" and "更新時間：2026年11月24日 下午5:40": the half of the day
    # before a 12-hour clock in a date with year, month and day signs; a caption and an inline
    # "延伸閱讀" box in the text.
    t11_title = "科學園區三期擴建通過環評 明年下半年動工"
    t11_dek = "港南科學園區第三期擴建計畫通過環境影響評估審查，預計明年下半年動工。"
    t11_img = img + "4871290.jpg"
    yuanqu = _PARAS["yuanqu"]
    site.add(u(T11), story(
        T11, t11_title, t11_dek,
        paras(yuanqu[:1])
        + f'<figure><img src="{t11_img}"><figcaption>港南科學園區第三期預定地。（資料照）'
          "</figcaption></figure>"
        + paras(yuanqu[1:2])
        + related_inline([(T10, "捷運環狀線第二階段通過履勘"), (T7, "明年首季民生電價凍漲")])
        + paras(yuanqu[2:]),
        info='<span class="author">記者周曉雯／綜合報導</span>'
             '<span class="time">2026年11月24日 下午3:05</span>'
             '<span class="update">更新時間：2026年11月24日 下午5:40</span>',
        section=("/list/business", "財經"), tags=["科學園區", "環評"], tag_label="標籤",
        image=t11_img, editor="編輯：張雅婷",
    ))  # fmt: skip
    site.article(
        url=u(T11), site=host, article_id="4871290", title=t11_title, description=t11_dek,
        authors=["周曉雯"], published_at="2026-11-24T07:05:00Z",
        published_raw="2026年11月24日 下午3:05", modified_at="2026-11-24T09:40:00Z",
        modified_raw="2026年11月24日 下午5:40", section="business", tags=["科學園區", "環評"],
        body=body("yuanqu"), image_url=t11_img, language="zh",
    )  # fmt: skip

    # T12: CNA copy by two reporters, "115年11月24日 上午 10:20" (an ROC year without "民國")
    # and the wire's editor line with its date code at the end.
    t12_title = "南太平洋增設代表處 深化農業醫療合作"
    t12_dek = "外交部宣布將在南太平洋島國增設代表處，加強農業與醫療合作。"
    waijiao = _PARAS["waijiao"]
    t12_text = [f"（中央社記者王小明、李大華台北24日電）{waijiao[0]}", *waijiao[1:]]
    site.add(u(T12), story(
        T12, t12_title, t12_dek, paras([*t12_text, "（編輯：李建國）1151124"]),
        info='<span class="source">（中央社）</span>'
             '<span class="update">更新時間：115年11月24日 上午 11:45</span>'
             '<span class="time">發布時間：115年11月24日 上午 10:20</span>',
        section=("/list/politics", "政治"), tags=["外交部"],
        ld=news_ld(t12_title, t12_dek, author={"@type": "Organization", "name": "中央社"}),
    ))  # fmt: skip
    site.article(
        url=u(T12), site=host, article_id="4871295", title=t12_title, description=t12_dek,
        authors=["王小明", "李大華"], published_at="2026-11-24T02:20:00Z",
        published_raw="115年11月24日 上午 10:20", modified_at="2026-11-24T03:45:00Z",
        modified_raw="115年11月24日 上午 11:45", section="politics", tags=["外交部"],
        body="\n\n".join(t12_text), language="zh",
    )  # fmt: skip

    # A video page and a photo gallery at article URLs, labelled "【影音】" and "圖輯／", both
    # declared og:type article with a few lines of text: never items.
    site.add(u(VIDEO), page(
        "【影音】海鷹隊封王 球迷街頭狂歡",
        '<main><article><h1>【影音】海鷹隊封王 球迷街頭狂歡</h1>'
        '<div class="info"><span class="author">記者林俊宏／港南報導</span>'
        '<span class="time">2026/11/24 00:30</span></div>'
        '<div class="article-body"><div class="video-container">'
        '<iframe src="https://www.youtube.example/embed/hx4871300" allowfullscreen></iframe></div>'
        "<p>職棒總冠軍賽第七戰23日晚間落幕，海鷹隊以五比三擊敗雷霆隊，睽違八年再度封王。"
        "賽後大批球迷湧入港南球場周邊街道揮舞隊旗慶祝，警方加派人力維持秩序，"
        "現場氣氛熱烈，直到午夜仍有不少球迷不願離去。</p></div></article></main>",
        '<meta property="og:type" content="article">'
        '<meta name="description" content="海鷹隊封王，球迷湧入球場周邊街道慶祝。">',
    ))  # fmt: skip
    shots = "".join(
        f'<figure><img src="/images/2026/11/24/photo_{i}.jpg"><figcaption>山嵐鄉茶農趁著好天氣'
        f"加緊採收冬茶，茶園一片忙碌景象（{i}/5）。（記者陳志豪攝）</figcaption></figure>"
        for i in range(1, 6)
    )
    site.add(u(PHOTO), page(
        "圖輯／山嵐鄉冬茶採收忙",
        f'<main><article class="gallery"><h1>圖輯／山嵐鄉冬茶採收忙</h1>'
        '<div class="info"><span class="time">2026/11/24 11:00</span></div>'
        f"{shots}</article></main>",
        '<meta property="og:type" content="article">',
    ))  # fmt: skip
    tag_page = "/tag/颱風"
    site.add(u(tag_page), listing("颱風", [T5]))
    site.never_exported |= {u(VIDEO), u(PHOTO), u(tag_page)}

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /member/\n"
        f"Sitemap: {HDCB}/sitemap/news.xml\n"
    ), "text/plain")  # fmt: skip
    news_entries = [
        (T1, "2026-11-24T14:05:00+08:00", t1_title),
        (T7, "2026-11-24T10:30:00+08:00", t7_title),
        (VIDEO, "2026-11-24T00:30:00+08:00", "【影音】海鷹隊封王 球迷街頭狂歡"),
        (T5, "2026-11-24T11:50:00+08:00", t5_title),
    ]
    site.add(u("/sitemap/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{HDCB}{path}</loc><news:news><news:publication>"
            "<news:name>海島晨報</news:name><news:language>zh-tw</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in news_entries
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/rss/realtime.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>海島晨報 即時新聞</title><link>{HDCB}/</link><language>zh-tw</language>"
        f"<item><title>{t9_title}</title><link>{HDCB}{T9}</link>"
        "<pubDate>Tue, 24 Nov 2026 15:20:00 +0800</pubDate></item>"
        f"<item><title>{t2_title}</title><link>{HDCB}{T2}</link>"
        "<pubDate>Tue, 24 Nov 2026 14:30:00 +0800</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip

    site.add(u("/"), listing("海島晨報", [T1, T2, VIDEO, PHOTO, tag_page]))
    site.add(u("/list/politics"), listing("政治", [T1, T12]))
    site.add(u("/list/society"), listing("社會", [T4, T10]))
    site.add(u("/list/life"), listing("生活", [T3, T5], "/list/life?page=2"))
    site.add(u("/list/life?page=2"), listing("生活", [T8]))
    site.add(u("/list/business"), listing("財經", [T11]))
    site.add(u("/list/sports"), listing("體育", [T6]))
    site.add(u("/video"), listing("影音", [VIDEO]))
    site.add(u("/photo"), listing("圖輯", [PHOTO]))
    site.never_requested |= {u("/search?q="), u("/member/login")}
    return site

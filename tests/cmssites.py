# ruff: noqa: RUF001  (Japanese text is written with its own full-width punctuation)
"""Recorded news sites in CMS shapes the other test sites lack, with every expected item.

Each site is written as a WARC by :func:`CmsSite.write` and crawled by ``tests/test_news_cms.py``
with ``scrapy crawl news``; every story, name and page here is invented for newscrawl.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from warcio.warcwriter import WARCWriter

from newscrawl.warc import write_response_record

HTML = "text/html; charset=utf-8"
XML = "application/xml"


@dataclass
class Page:
    url: str
    body: bytes
    ctype: str = HTML
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class CmsSite:
    """A recorded site: its pages and what a ``news`` crawl of its home page must give."""

    name: str
    home: str
    recorded: datetime
    pages: list[Page] = field(default_factory=list)
    #: every exported item, complete (``word_count`` and ``crawled_at`` are filled in).
    expected: list[dict[str, Any]] = field(default_factory=list)
    #: pages the crawl may fetch but must never export (galleries, videos, tags...).
    never_exported: set[str] = field(default_factory=set)
    #: URLs no crawl may request (robots.txt disallows them, or they are on another site).
    never_requested: set[str] = field(default_factory=set)

    def add(self, url: str, text: str, ctype: str = HTML, status: int = 200) -> None:
        self.pages.append(Page(url, text.encode("utf-8"), ctype, status))

    def redirect(self, url: str, to: str, status: int = 301) -> None:
        self.pages.append(Page(url, b"", "text/html", status, [("Location", to)]))

    def article(self, **item: Any) -> None:
        crawled = self.recorded.strftime("%Y-%m-%dT%H:%M:%SZ")
        full = {
            "url": None, "site": None, "article_id": None, "title": None, "description": None,
            "authors": [], "published_at": None, "published_raw": None, "modified_at": None,
            "modified_raw": None, "section": None, "tags": [], "body": None, "image_url": None,
            "language": None, "word_count": len(item["body"].split()), "crawled_at": crawled,
            "schema_version": "1",
        }  # fmt: skip
        full.update(item)
        self.expected.append(full)

    def write(self, path: Path) -> Path:
        with path.open("wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for page in self.pages:
                headers = [("Content-Type", page.ctype), *page.headers]
                write_response_record(
                    writer, page.url, page.status, headers, page.body, date=self.recorded
                )
        return path


def _ld(data: dict[str, Any]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def paras(paragraphs: list[str]) -> str:
    """Each text as a paragraph of a story's body."""
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def person(name: str) -> dict[str, str]:
    """A JSON-LD author who is a person."""
    return {"@type": "Person", "name": name}


def news_ld_for(
    publisher: str, *, language: str | None = None, kind: str = "NewsMediaOrganization"
) -> Callable[..., dict[str, Any]]:
    """A site's JSON-LD ``NewsArticle`` builder: headline, description, its publisher."""

    def news_ld(title: str, dek: str, **more: Any) -> dict[str, Any]:
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "description": dek,
        }
        if language is not None:
            data["inLanguage"] = language
        return {**data, "publisher": {"@type": kind, "name": publisher}, **more}

    return news_ld


# -- Minato Shimpo: Drupal, Japanese, Asia/Tokyo ----------------------------------------------

MINATO = "https://www.minato-shimpo.example"


def minato_shimpo() -> CmsSite:
    """A Drupal site in Japanese: ``/node/N`` links next to path aliases with a compact date,
    zero-based ``?page=N`` pagination, an Atom feed announced by ``<link rel=alternate>``,
    a sitemap index paged by query string, dates printed ``2026年11月24日 9:30`` without a zone
    (the zone is in the sitemap's ``lastmod``), a live blog, a gallery at an article-shaped URL,
    an ``m.`` host link and a link to a sister site."""
    site = CmsSite(
        "minato-shimpo", MINATO + "/", datetime.fromisoformat("2026-11-24T10:00:00+00:00")
    )
    u = MINATO.__add__

    def nav() -> str:
        return (
            '<header><a href="/" class="logo">みなと新報</a><nav class="menu--main">'
            '<a href="/shakai">社会</a><a href="/keizai">経済</a><a href="/photo">写真</a>'
            '<a href="/video">動画</a><a href="/about">会社案内</a>'
            '<a href="/user/login">ログイン</a></nav></header>'
        )

    def head(title: str, extra: str = "") -> str:
        return (
            f'<!DOCTYPE html><html lang="ja" dir="ltr"><head><meta charset="utf-8">'
            f"<title>{title} | みなと新報</title>"
            '<link rel="alternate" type="application/atom+xml" title="みなと新報 最新記事" '
            'href="/feeds/latest.atom">'
            f"{extra}</head>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        items = "".join(
            f'<div class="views-row"><h3><a href="{href}">記事</a></h3></div>' for href in links
        )
        pager = (
            f'<nav class="pager"><ul><li class="pager__item--next"><a href="{next_href}" '
            'rel="next" title="次のページへ">次へ ›</a></li></ul></nav>'
            if next_href
            else ""
        )
        return (
            head(title)
            + f'<body>{nav()}<main><h1>{title}</h1><div class="view-content">{items}</div>'
            f"{pager}</main>"
            '<footer><a href="/taxonomy/term/5">交通</a> <a href="/user/12">佐藤 花子</a> '
            '<a href="/privacy">個人情報保護方針</a> <a href="/search/node?keys=台風">検索</a>'
            "</footer></body></html>"
        )

    def story(
        path: str,
        title: str,
        dek: str,
        paragraphs: list[str],
        *,
        ld: dict[str, Any] | None = None,
        meta: str = "",
        submitted: str = "",
        byline: str = "",
        tags: list[tuple[int, str]] = (),  # type: ignore[assignment]
        image: str | None = None,
        section_ja: str = "社会",
        section: str = "shakai",
        node: int = 0,
        canonical_host: str = MINATO,
    ) -> str:
        tag_links = "".join(f'<a href="/taxonomy/term/{n}" hreflang="ja">{t}</a>' for n, t in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        body_parts = [*paragraphs[:2], "__AD__", *paragraphs[2:]]
        body_html = "".join(
            '<div class="ad-slot"><span>広告</span><div id="gpt-ad-1"></div></div>'
            if p == "__AD__"
            else f"<p>{p}</p>"
            for p in body_parts
        )
        return (
            head(
                title,
                f'<meta name="description" content="{dek}">'
                f'<link rel="canonical" href="{canonical_host}{path}">'
                f'<link rel="shortlink" href="{MINATO}/node/{node}">'
                f'<meta property="og:type" content="article"><meta property="og:title" '
                f'content="{title}"><meta property="og:description" content="{dek}">'
                f"{og_image}{meta}{_ld(ld) if ld else ''}",
            )
            + f"<body>{nav()}"
            f'<nav class="breadcrumb"><ol><li><a href="/">ホーム</a></li>'
            f'<li><a href="/{section}">{section_ja}</a></li></ol></nav>'
            f'<main><article class="node node--type-article node--view-mode-full">'
            f'<h1 class="page-title"><span class="field--name-title">{title}</span></h1>'
            f'<div class="node__meta">{byline}{submitted}</div>'
            f'<div class="field--name-body field--type-text-with-summary">{body_html}</div>'
            f'<div class="field--name-field-tags"><div class="field__label">タグ</div>{tag_links}</div>'
            '<div class="sns-share"><a href="https://twitter.example/share">ポスト</a>'
            '<a href="https://line.example/share">LINEで送る</a></div>'
            "</article>"
            '<aside class="related-articles"><h2>関連記事</h2><ul>'
            '<li><a href="/keizai/20261124-minato-port-cargo">港の貨物取扱量、3か月連続で増加</a></li>'
            '<li><a href="/shakai/20261122-library-hours">区立図書館、平日の開館を延長</a></li>'
            "</ul></aside></main></body></html>"
        )

    def person(name: str) -> dict[str, Any]:
        return {"@type": "Person", "name": name}

    # A1: JSON-LD dates with a basic-format offset (+0900); linked from home only as /node/1201.
    a1_path = "/shakai/20261124-kaigan-bus-lane"
    a1_title = "海岸通りにバス専用レーン　来春から試験運用"
    a1_dek = "港区は24日、海岸通りの一部区間にバス専用レーンを設ける計画を発表した。"
    a1_body = [
        "港区は24日、海岸通りの約1.2キロの区間に、朝と夕方の時間帯だけバス専用レーンを設ける計画を発表した。来年4月から半年間、試験的に運用する。",
        "区によると、通勤時間帯には路線バスが渋滞に巻き込まれ、平均で12分遅れているという。専用レーンによって遅れを半分以下に減らすことを目指す。",
        "沿道の商店会からは荷物の積み下ろしへの影響を心配する声も出ており、区は来月、説明会を3回開く予定だ。",
        "試験運用の結果は来年秋に公表され、本格導入するかどうかを区議会で議論する。",
    ]
    a1_img = MINATO + "/sites/default/files/styles/large/public/2026-11/bus-lane.jpg"
    a1 = story(
        a1_path, a1_title, a1_dek, a1_body, node=1201, image=a1_img,
        ld={"@context": "https://schema.org", "@type": "NewsArticle", "headline": a1_title,
            "description": a1_dek, "datePublished": "2026-11-24T15:05:00+0900",
            "dateModified": "2026-11-24T18:30:00+0900", "author": [person("佐藤 花子")],
            "image": {"@type": "ImageObject", "url": a1_img},
            "publisher": {"@type": "Organization", "name": "みなと新報"}},
        byline='<span class="field--name-uid"><a href="/user/12">佐藤 花子</a></span>',
        submitted='<span class="field--name-created">2026年11月24日 15:05</span>',
        tags=[(5, "交通"), (9, "港区")],
    )  # fmt: skip
    site.add(u(a1_path), a1)
    site.add(u("/node/1201"), a1)
    site.article(
        url=u(a1_path), site="minato-shimpo.example", title=a1_title.replace("\u3000", " "), description=a1_dek,
        authors=["佐藤 花子"], published_at="2026-11-24T06:05:00Z",
        published_raw="2026-11-24T15:05:00+0900", modified_at="2026-11-24T09:30:00Z",
        modified_raw="2026-11-24T18:30:00+0900", section="shakai", tags=["交通", "港区"],
        body="\n\n".join(a1_body), image_url=a1_img, language="ja",
    )  # fmt: skip

    # A2: no JSON-LD, no zone anywhere on the page: the printed time is Tokyo time, which the
    # site's sitemap shows (+09:00 on every lastmod).
    a2_path = "/keizai/20261124-minato-port-cargo"
    a2_title = "港の貨物取扱量、3か月連続で増加"
    a2_dek = "10月のコンテナ取扱量は前年同月比で8％増えた。"
    a2_body = [
        "港湾局は24日、10月に港で扱ったコンテナの量が前年同月より8％多かったと発表した。増加は3か月連続となる。",
        "自動車部品と冷凍食品の輸入が伸びた一方、紙製品の輸出は減った。",
        "港湾局の担当者は「年末に向けて荷動きはさらに増える見込みだ」と話している。",
    ]
    a2_img = MINATO + "/sites/default/files/2026-11/port-cranes.jpg"
    a2 = story(
        a2_path, a2_title, a2_dek, a2_body, node=1202, image=a2_img,
        section="keizai", section_ja="経済",
        meta='<meta name="author" content="田中 一郎">',
        byline='<span class="field--name-uid"><span class="author">田中 一郎</span></span>',
        submitted='<span class="field--name-created">2026年11月24日 9:30</span>',
        tags=[(14, "港湾")],
    )  # fmt: skip
    site.add(u(a2_path), a2)
    site.article(
        url=u(a2_path), site="minato-shimpo.example", title=a2_title, description=a2_dek,
        authors=["田中 一郎"], published_at="2026-11-24T00:30:00Z",
        published_raw="2026年11月24日 9:30", section="keizai", tags=["港湾"],
        body="\n\n".join(a2_body), image_url=a2_img, language="ja",
    )  # fmt: skip

    # A3: a <time datetime> with its offset; only in a section listing and the sitemap.
    a3_path = "/shakai/20261122-library-hours"
    a3_title = "区立図書館、平日の開館を午後9時まで延長"
    a3_dek = "来年1月から、仕事帰りの利用者に合わせて開館時間を延ばす。"
    a3_body = [
        "区教育委員会は22日、区立図書館5館の平日の開館時間を、来年1月から午後9時まで延長すると決めた。現在は午後7時に閉館している。",
        "利用者アンケートで、仕事帰りに立ち寄りたいという回答が全体の4割を占めたことが理由だという。",
        "延長に合わせて、夜間の自習室の予約制も始める。",
    ]
    a3 = story(
        a3_path, a3_title, a3_dek, a3_body, node=1188,
        byline='<span class="field--name-uid"><a href="/user/12">佐藤 花子</a></span>',
        submitted='<time datetime="2026-11-22T21:40:00+09:00">2026年11月22日 21:40</time>',
        tags=[(21, "教育")],
    )  # fmt: skip
    site.add(u(a3_path), a3)
    site.article(
        url=u(a3_path), site="minato-shimpo.example", title=a3_title, description=a3_dek,
        authors=["佐藤 花子"], published_at="2026-11-22T12:40:00Z",
        published_raw="2026-11-22T21:40:00+09:00", section="shakai", tags=["教育"],
        body="\n\n".join(a3_body), language="ja",
    )  # fmt: skip

    # A4: JSON-LD in an @graph; linked only from the m. host, whose page names www as canonical.
    a4_path = "/keizai/20261123-shotengai-lanterns"
    a4_title = "商店街に手作りちょうちん300個　年末まで点灯"
    a4_dek = "地元の小学生が絵付けしたちょうちんが通りを彩る。"
    a4_body = [
        "駅前の商店街に23日、地元の小学生が絵付けしたちょうちん300個が飾られた。年末まで毎晩午後5時から点灯する。",
        "商店会によると、昨年より来街者が1割ほど増えたため、今年は数を倍にしたという。",
        "ちょうちんは来年1月に、絵を描いた児童に一つずつ贈られる。",
    ]
    a4_img = MINATO + "/sites/default/files/2026-11/lanterns.jpg"
    a4 = story(
        a4_path, a4_title, a4_dek, a4_body, node=1195, image=a4_img,
        section="keizai", section_ja="経済",
        ld={"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "みなと新報", "url": MINATO + "/"},
            {"@type": "NewsArticle", "headline": a4_title, "name": a4_title,
             "datePublished": "2026-11-23T10:00:00+09:00",
             "author": {"@type": "Person", "name": "鈴木 美咲"},
             "image": {"@type": "ImageObject", "representativeOfPage": "True", "url": a4_img}}]},
        byline='<span class="field--name-uid"><a href="/user/15">鈴木 美咲</a></span>',
        submitted='<span class="field--name-created">2026年11月23日 10:00</span>',
        tags=[(9, "港区"), (30, "商店街")],
    )  # fmt: skip
    site.add(u(a4_path), a4)
    site.add("https://m.minato-shimpo.example" + a4_path, a4)
    site.article(
        url=u(a4_path), site="minato-shimpo.example", title=a4_title.replace("\u3000", " "), description=a4_dek,
        authors=["鈴木 美咲"], published_at="2026-11-23T01:00:00Z",
        published_raw="2026-11-23T10:00:00+09:00", section="keizai", tags=["港区", "商店街"],
        body="\n\n".join(a4_body), image_url=a4_img, language="ja",
    )  # fmt: skip

    # A5: only on the second page of /shakai (Drupal's ?page=1).
    a5_path = "/shakai/20261120-school-lunch"
    a5_title = "区立中学校の給食、地元産の野菜を倍増へ"
    a5_dek = "農家との契約を広げ、週3回は区内産の野菜を使う。"
    a5_body = [
        "区は20日、区立中学校の給食で使う地元産の野菜を来年度から倍に増やすと発表した。",
        "近郊の農家12軒と新たに契約を結び、週3回は区内や近隣で採れた野菜を使う。",
        "給食費は据え置く。",
    ]
    a5 = story(
        a5_path, a5_title, a5_dek, a5_body, node=1170,
        ld={"@context": "https://schema.org", "@type": "NewsArticle", "headline": a5_title,
            "datePublished": "2026-11-20T07:15:00+09:00",
            "dateModified": "2026-11-20T07:15:00+09:00",
            "author": {"@type": "Person", "name": "田中 一郎"}},
        byline='<span class="field--name-uid"><span>田中 一郎</span></span>',
        submitted='<span class="field--name-created">2026年11月20日 7:15</span>',
        tags=[(21, "教育")],
    )  # fmt: skip
    site.add(u(a5_path), a5)
    site.article(
        url=u(a5_path), site="minato-shimpo.example", title=a5_title, description=a5_dek,
        authors=["田中 一郎"], published_at="2026-11-19T22:15:00Z",
        published_raw="2026-11-20T07:15:00+09:00", modified_at="2026-11-19T22:15:00Z",
        modified_raw="2026-11-20T07:15:00+09:00", section="shakai", tags=["教育"],
        body="\n\n".join(a5_body), language="ja",
    )  # fmt: skip

    # A6: a live blog, found only in the Atom feed.
    a6_path = "/shakai/20261124-typhoon-live"
    a6_title = "【随時更新】台風15号　区内の交通と避難所の情報"
    a6_dek = "区内の運休や避難所の開設状況をお伝えします。"
    a6_body = [
        "区は午前11時、区内の避難所6か所を開設した。ペットを連れての避難は、第二中学校の体育館で受け付けている。",
        "湾岸線のバスは正午から全線で運休している。再開は夕方以降になる見込み。",
        "区によると、午前6時現在、けが人などの被害の報告はない。",
    ]
    a6 = story(
        a6_path, a6_title, a6_dek, a6_body, node=1210,
        ld={"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": a6_title,
            "datePublished": "2026-11-24T06:00:00+09:00",
            "dateModified": "2026-11-24T12:10:00+09:00",
            "coverageStartTime": "2026-11-24T06:00:00+09:00",
            "author": {"@type": "Organization", "name": "みなと新報"},
            "liveBlogUpdate": [
                {"@type": "BlogPosting", "headline": "避難所を開設",
                 "datePublished": "2026-11-24T11:00:00+09:00", "articleBody": a6_body[0]},
                {"@type": "BlogPosting", "headline": "バス運休",
                 "datePublished": "2026-11-24T12:10:00+09:00", "articleBody": a6_body[1]}]},
        submitted='<span class="field--name-created">2026年11月24日 6:00</span>',
        tags=[(40, "台風")],
    )  # fmt: skip
    site.add(u(a6_path), a6)
    site.article(
        url=u(a6_path), site="minato-shimpo.example", title=a6_title.replace("\u3000", " "), description=a6_dek,
        authors=["みなと新報"],
        published_at="2026-11-23T21:00:00Z", published_raw="2026-11-24T06:00:00+09:00",
        modified_at="2026-11-24T03:10:00Z", modified_raw="2026-11-24T12:10:00+09:00",
        section="shakai", tags=["台風"], body="\n\n".join(a6_body), language="ja",
    )  # fmt: skip

    # A gallery at an article-shaped URL: never an item.
    gallery_path = "/shakai/20261123-autumn-leaves-photos"
    figures = "".join(
        f'<figure><img src="/sites/default/files/2026-11/leaves-{i}.jpg" alt="紅葉">'
        f"<figcaption>公園の紅葉（{i}枚目）。見頃は今週末まで。</figcaption></figure>"
        for i in range(1, 9)
    )
    site.add(
        u(gallery_path),
        head(
            "【写真特集】公園の紅葉が見頃",
            f'<link rel="canonical" href="{MINATO}{gallery_path}">'
            '<meta property="og:type" content="article">'
            + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
                   "name": "【写真特集】公園の紅葉が見頃",
                   "datePublished": "2026-11-23T16:00:00+09:00"}),
        )
        + f'<body>{nav()}<main><article class="node node--type-gallery"><h1>【写真特集】公園の紅葉が見頃</h1>'
        f'<span class="field--name-created">2026年11月23日 16:00</span>{figures}</article></main>'
        "</body></html>",
    )  # fmt: skip
    site.never_exported.add(u(gallery_path))

    # Pages of other kinds.
    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /admin/\nDisallow: /search/\nDisallow: /user/\n"
        "Disallow: /node/add/\n"
        f"Sitemap: {MINATO}/sitemap.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{MINATO}/sitemap.xml?page=1</loc>"
        "<lastmod>2026-11-24T18:30:00+09:00</lastmod></sitemap>"
        f"<sitemap><loc>{MINATO}/sitemap.xml?page=2</loc>"
        "<lastmod>2026-11-23T16:00:00+09:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip

    def urlset(entries: list[tuple[str, str]]) -> str:
        urls = "".join(
            f"<url><loc>{MINATO}{path}</loc><lastmod>{lastmod}</lastmod>"
            "<changefreq>daily</changefreq></url>"
            for path, lastmod in entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        )

    site.add(u("/sitemap.xml?page=1"), urlset([
        (a1_path, "2026-11-24T18:30:00+09:00"),
        (a2_path, "2026-11-24T09:30:00+09:00"),
        ("/taxonomy/term/5", "2026-11-24T18:30:00+09:00"),
        ("/about", "2025-04-01T10:00:00+09:00"),
    ]), XML)  # fmt: skip
    site.add(u("/sitemap.xml?page=2"), urlset([
        (a3_path, "2026-11-22T21:40:00+09:00"),
        (gallery_path, "2026-11-23T16:00:00+09:00"),
    ]), XML)  # fmt: skip
    site.add(u("/feeds/latest.atom"), (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>みなと新報 最新記事</title><id>{MINATO}/</id>'
        "<updated>2026-11-24T12:10:00+09:00</updated>"
        f'<entry><title>{a6_title}</title><link rel="alternate" href="{MINATO}{a6_path}"/>'
        f"<id>{MINATO}/node/1210</id><updated>2026-11-24T12:10:00+09:00</updated></entry>"
        f'<entry><title>{a2_title}</title>'
        f'<link rel="alternate" href="{MINATO}{a2_path}?utm_source=feed&amp;utm_medium=atom"/>'
        f"<id>{MINATO}/node/1202</id><updated>2026-11-24T09:30:00+09:00</updated></entry>"
        f'<entry><title>港まつりの動画</title><link rel="alternate" href="{MINATO}/video/1211"/>'
        f"<id>{MINATO}/node/1211</id><updated>2026-11-23T20:00:00+09:00</updated></entry>"
        "</feed>"
    ), "application/atom+xml")  # fmt: skip
    home_links = [
        "/node/1201",
        f"{a2_path}?utm_source=top&utm_medium=web",
        gallery_path,
        "/video/1211",
        "https://m.minato-shimpo.example" + a4_path,
        "https://www.minato-sports.example/yakyu/20261123-final-game",
        "/user/12",
    ]
    site.add(u("/"), listing("みなと新報", home_links))
    site.add(u("/shakai"), listing("社会", [a1_path, a3_path], "?page=1"))
    site.add(u("/shakai?page=1"), listing("社会", [a5_path]))
    site.add(u("/keizai"), listing("経済", [a2_path, a4_path]))
    site.add(u("/taxonomy/term/5"), listing("交通", [a1_path]))
    site.add(
        u("/about"),
        head("会社案内")
        + f"<body>{nav()}<h1>会社案内</h1><p>みなと新報は1952年創刊の地域紙です。</p></body></html>",
    )
    site.never_requested |= {
        u("/user/12"), u("/user/login"), u("/search/node?keys=台風"),
        "https://www.minato-sports.example/yakyu/20261123-final-game",
    }  # fmt: skip
    return site


# -- Prairie Ledger: a Gannett-like network site, America/Chicago ------------------------------

LEDGER = "https://www.prairieledger.example"
_EN_PARAS = {
    "budget": [
        "The city council voted 9-3 on Tuesday night to pass a $412 million budget for next year, ending a month of debate over how much to spend on road repairs.",
        "The plan adds $18 million for resurfacing streets on the east side, which council members said had waited too long for work that was promised in 2022.",
        "It also keeps the property tax rate flat, after the mayor dropped a proposal to raise it by half a percent.",
        "Three council members voted no, saying the budget leans on one-time money from the state that will not be there the year after.",
    ],
    "school": [
        "The school board is weighing a plan to start high school classes 50 minutes later, at 8:20 a.m., beginning next fall.",
        "Board members heard two hours of comments on Monday from parents, teachers and students, most of whom spoke in favor of the change.",
        "Bus routes would have to be redrawn, and the district estimates the change would cost about $600,000 a year in extra driver time.",
        "Coaches raised concerns that later dismissal would cut into practice time before sunset in the winter months.",
        "The district surveyed 4,100 families in October; 62% said they supported a later start.",
        "The board is expected to vote on the plan at its Dec. 14 meeting.",
    ],
    "bridge": [
        "The Fifth Street bridge will close to traffic for six weeks starting Monday so crews can replace its expansion joints, the county said.",
        "Drivers will be detoured to the Elm Avenue bridge, which the county expects to carry about 9,000 extra cars a day during the closure.",
        "Pedestrians and cyclists can still cross on the bridge's north sidewalk, which will stay open for the whole project.",
    ],
    "storm": [
        "The first winter storm of the season dropped up to 8 inches of snow across the county on Tuesday.",
        "City crews have 42 plows on the streets and will work through the night, the public works director said at 4 p.m.",
        "Schools in three districts said they will stay closed on Wednesday.",
    ],
    "levy": [
        "The library levy on next spring's ballot asks for less than the one it replaces, and it pays for more than the branches alone.",
        "Its money keeps the homework help desks open until 8 p.m. and funds the bookmobile that reaches the farm towns at the edge of the county.",
        "Voters should say yes, and then hold the board to its promise to publish every dollar it spends.",
    ],
    "market": [
        "The winter farmers market will move indoors to the old train depot this year, the market board said on Sunday.",
        "About 30 vendors have signed up for the Saturday mornings that run from December through March.",
        "The depot's owner, the city, agreed to waive rent in exchange for the market covering heat and cleaning.",
    ],
}


def prairie_ledger() -> CmsSite:
    """A site in the shape of a big US chain's CMS: ``/story/<section>/<yyyy>/<mm>/<dd>/<slug>/<id>/``
    URLs under one ``/story/`` segment, a gzipped sitemap index of per-day gzipped news
    sitemaps named in robots.txt, a byline linked to ``/staff/`` pages robots.txt disallows,
    a printed "3:05 p.m. CT Nov. 24, 2026" date, a paywalled teaser whose JSON-LD holds the
    whole ``articleBody``, a live blog, an opinion column, a gallery and a video at
    article-shaped URLs, AMP twins on an ``amp.`` host, an ``m.`` host that redirects to
    ``www.``, tracking parameters and links to a sister paper of the same chain."""
    site = CmsSite(
        "prairie-ledger", LEDGER + "/", datetime.fromisoformat("2026-11-25T03:00:00+00:00")
    )
    u = LEDGER.__add__

    def story_path(section: str, day: str, slug: str, number: int) -> str:
        return f"/story/{section}/2026/11/{day}/{slug}/{number}/"

    def nav() -> str:
        return (
            '<header class="gnt_n"><a href="/" class="gnt_n_logo" aria-label="Prairie Ledger">'
            '<img src="/logo.svg" alt="Prairie Ledger"></a><nav class="gnt_n_mn">'
            '<a href="/news/local/">Local</a><a href="/sports/">Sports</a>'
            '<a href="/opinion/">Opinion</a><a href="/picture-gallery/">Photos</a>'
            '<a href="/videos/">Videos</a><a href="/subscribe/">Subscribe</a>'
            '<a href="/search/">Search</a></nav></header>'
        )

    def page(title: str, head_extra: str, body: str) -> str:
        return (
            f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="Prairie Ledger">{head_extra}</head>'
            f'<body>{nav()}{body}<footer class="gnt_f"><a href="/contact/">Contact us</a> '
            '<a href="/staff/">Our staff</a> <a href="/privacy/">Privacy</a> '
            '<a href="https://www.lakeshoreherald.example/">Lakeshore Herald</a></footer></body></html>'
        )

    def article_html(
        path: str,
        title: str,
        dek: str,
        paragraphs: list[str],
        *,
        ld: dict[str, Any] | None,
        byline: str,
        dates: str,
        image: str | None = None,
        og_type: str = "article",
        visible: list[str] | None = None,
        extra_head: str = "",
        tags_meta: list[str] = (),  # type: ignore[assignment]
        canonical: str | None = None,
    ) -> str:
        shown = paragraphs if visible is None else visible
        parts = []
        for i, para in enumerate(shown):
            parts.append(f'<p class="gnt_ar_b_p">{para}</p>')
            if i == 1:
                parts.append(
                    '<aside class="gnt_em gnt_em__el" aria-label="advertisement">'
                    '<div class="gnt_ad">Advertisement</div></aside>'
                    '<p class="gnt_ar_b_p"><strong>RELATED:</strong> <a href="'
                    + story_path(
                        "news/local", "20", "county-adds-bus-route-to-airport", 87012330001
                    )
                    + '">County adds a bus route to the airport</a></p>'
                )
        figure = (
            f'<figure class="gnt_em_img"><img src="{image}" alt="">'
            "<figcaption>A file photo. (Prairie Ledger)</figcaption></figure>"
            if image
            else ""
        )
        head = (
            f'<link rel="canonical" href="{canonical or LEDGER + path}">'
            f'<link rel="amphtml" href="https://amp.prairieledger.example{path}">'
            f'<meta name="description" content="{dek}"><meta property="og:type" content="{og_type}">'
            f'<meta property="og:title" content="{title}">'
            + (f'<meta property="og:image" content="{image}">' if image else "")
            + "".join(f'<meta property="article:tag" content="{t}">' for t in tags_meta)
            + (_ld(ld) if ld else "")
            + extra_head
        )
        body = (
            f'<main class="gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl">{title}</h1>'
            f'<div class="gnt_ar_by">{byline}</div>{dates}'
            f'<div class="gnt_ar_b">{figure}{"".join(parts)}</div></article>'
            '<aside class="gnt_rr"><h2>Most popular</h2><ul>'
            + "".join(
                f'<li><a href="{story_path("news/local", "21", f"popular-story-number-{n}-of-the-week", 87012320000 + n)}">'
                f"Popular story {n}</a></li>"
                for n in range(1, 4)
            )
            + "</ul></aside></main>"
        )
        return page(f"{title}", head, body)

    def staff(name: str, slug: str, number: int) -> str:
        return f'<a href="/staff/{number}/{slug}/" class="gnt_ar_by_a">{name}</a>'

    def record(path: str, html: str, *, amp: bool = True) -> None:
        site.add(u(path), html)
        if amp:
            site.add(
                "https://amp.prairieledger.example" + path, html.replace("<html ", "<html amp ")
            )

    img = "https://www.gannett-cdn.example/presto/2026/11/24/PPLL/"

    # B1: JSON-LD with UTC dates; linked from home with tracking parameters and as AMP twin.
    b1 = story_path("news/local", "24", "city-council-passes-budget", 87012345007)
    b1_title = "City council passes $412 million budget with more money for roads"
    b1_dek = "The plan keeps the property tax rate flat and adds $18 million for east side streets."
    record(b1, article_html(
        b1, b1_title, b1_dek, _EN_PARAS["budget"], image=img + "budget.jpg",
        ld={"@context": "http://schema.org", "@type": "NewsArticle", "headline": b1_title,
            "description": b1_dek, "datePublished": "2026-11-25T02:10:00Z",
            "dateModified": "2026-11-25T02:45:00Z", "articleSection": "local",
            "keywords": ["city council", "budget"],
            "author": [{"@type": "Person", "name": "Maria Lopez"}],
            "image": {"@type": "ImageObject", "url": img + "budget.jpg"},
            "isAccessibleForFree": True},
        byline=staff("Maria Lopez", "maria-lopez", 2648000001) + "<span>Prairie Ledger</span>",
        dates='<div class="gnt_ar_dt">Published 8:10 p.m. CT Nov. 24, 2026</div>',
    ))  # fmt: skip
    site.article(
        url=u(b1), site="prairieledger.example", article_id="87012345007", title=b1_title,
        description=b1_dek, authors=["Maria Lopez"], published_at="2026-11-25T02:10:00Z",
        published_raw="2026-11-25T02:10:00Z", modified_at="2026-11-25T02:45:00Z",
        modified_raw="2026-11-25T02:45:00Z", section="local", tags=["city council", "budget"],
        body="\n\n".join(_EN_PARAS["budget"]), image_url=img + "budget.jpg", language="en",
    )  # fmt: skip

    # B2: a paywalled teaser: two paragraphs shown, the whole text in JSON-LD articleBody.
    b2 = story_path("news/education", "23", "school-board-weighs-later-start-times", 87012340011)
    b2_title = "School board weighs a later start for high schools"
    b2_dek = "Classes would begin at 8:20 a.m. next fall under a plan that has wide support."
    b2_body = "\n\n".join(_EN_PARAS["school"])
    record(b2, article_html(
        b2, b2_title, b2_dek, _EN_PARAS["school"], visible=_EN_PARAS["school"][:2],
        ld={"@context": "http://schema.org", "@type": "NewsArticle", "headline": b2_title,
            "description": b2_dek, "datePublished": "2026-11-23T17:30:00-06:00",
            "articleSection": "education", "articleBody": b2_body,
            "author": [{"@type": "Person", "name": "Dana Whitfield"}],
            "isAccessibleForFree": False,
            "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                        "cssSelector": ".gnt_paywall"}},
        byline=staff("Dana Whitfield", "dana-whitfield", 2648000002),
        dates='<div class="gnt_ar_dt">Published 5:30 p.m. CT Nov. 23, 2026</div>',
        tags_meta=["Education", "Schools"],
    ).replace("</article>", '<div class="gnt_paywall"><p>Subscribe to keep reading.</p>'
              '<a href="/subscribe/">Subscribe now</a></div></article>'))  # fmt: skip
    site.article(
        url=u(b2), site="prairieledger.example", article_id="87012340011", title=b2_title,
        description=b2_dek, authors=["Dana Whitfield"], published_at="2026-11-23T23:30:00Z",
        published_raw="2026-11-23T17:30:00-06:00", section="education",
        tags=["Education", "Schools"], body=b2_body, language="en",
    )  # fmt: skip

    # B3: no JSON-LD: the printed Central-time date and the staff link are all there is.
    b3 = story_path("news/local", "24", "fifth-street-bridge-to-close-for-repairs", 87012345500)
    b3_title = "Fifth Street bridge to close for six weeks of repairs"
    b3_dek = "Drivers will be sent to the Elm Avenue bridge; the sidewalk stays open."
    record(b3, article_html(
        b3, b3_title, b3_dek, _EN_PARAS["bridge"], ld=None, image=img + "bridge.jpg",
        byline=staff("Chris Novak", "chris-novak", 2648000003),
        dates=('<div class="gnt_ar_dt" aria-label="Published 3:05 p.m. CT Nov. 24, 2026 '
               '| Updated 4:40 p.m. CT Nov. 24, 2026">Published 3:05 p.m. CT Nov. 24, 2026'
               "<br>Updated 4:40 p.m. CT Nov. 24, 2026</div>"),
        extra_head='<meta property="article:section" content="local">',
    ))  # fmt: skip
    site.article(
        url=u(b3), site="prairieledger.example", article_id="87012345500", title=b3_title,
        description=b3_dek, authors=["Chris Novak"], published_at="2026-11-24T21:05:00Z",
        published_raw="3:05 p.m. CT Nov. 24, 2026", modified_at="2026-11-24T22:40:00Z",
        modified_raw="4:40 p.m. CT Nov. 24, 2026", section="local",
        body="\n\n".join(_EN_PARAS["bridge"]), image_url=img + "bridge.jpg", language="en",
    )  # fmt: skip

    # B4: a live blog (LiveBlogPosting), only in the news sitemap of the 24th.
    b4 = story_path("news/local", "24", "winter-storm-live-updates", 87012346020)
    b4_title = "Live updates: first winter storm brings up to 8 inches of snow"
    b4_dek = "Follow along for road conditions, closings and the forecast."
    record(b4, article_html(
        b4, b4_title, b4_dek, _EN_PARAS["storm"],
        ld={"@context": "http://schema.org", "@type": "LiveBlogPosting", "headline": b4_title,
            "description": b4_dek, "datePublished": "2026-11-24T13:00:00-06:00",
            "dateModified": "2026-11-24T16:20:00-06:00",
            "coverageStartTime": "2026-11-24T13:00:00-06:00", "articleSection": "local",
            "author": [{"@type": "Person", "name": "Chris Novak"},
                       {"@type": "Person", "name": "Maria Lopez"}],
            "liveBlogUpdate": [{"@type": "BlogPosting", "headline": p[:40], "articleBody": p}
                               for p in _EN_PARAS["storm"]]},
        byline=staff("Chris Novak", "chris-novak", 2648000003) + " and "
        + staff("Maria Lopez", "maria-lopez", 2648000001),
        dates='<div class="gnt_ar_dt">Published 1:00 p.m. CT Nov. 24, 2026</div>',
    ))  # fmt: skip
    site.article(
        url=u(b4), site="prairieledger.example", article_id="87012346020", title=b4_title,
        description=b4_dek, authors=["Chris Novak", "Maria Lopez"],
        published_at="2026-11-24T19:00:00Z", published_raw="2026-11-24T13:00:00-06:00",
        modified_at="2026-11-24T22:20:00Z", modified_raw="2026-11-24T16:20:00-06:00",
        section="local", body="\n\n".join(_EN_PARAS["storm"]), language="en",
    )  # fmt: skip

    # B5: an opinion column, only in the plain sitemap of stories.
    b5 = story_path("opinion/columnists", "22", "library-levy-deserves-a-yes-vote", 87012338800)
    b5_title = "Opinion: The library levy deserves a yes vote"
    b5_dek = "It asks for less than the levy it replaces and pays for more than the branches."
    record(b5, article_html(
        b5, b5_title, b5_dek, _EN_PARAS["levy"],
        ld={"@context": "http://schema.org", "@type": "OpinionNewsArticle", "headline": b5_title,
            "description": b5_dek, "datePublished": "2026-11-22T06:00:00-06:00",
            "articleSection": "opinion",
            "author": {"@type": "Person", "name": "Ruth Adeyemi"}},
        byline="Ruth Adeyemi<span>Guest columnist</span>",
        dates='<div class="gnt_ar_dt">Published 6:00 a.m. CT Nov. 22, 2026</div>',
    ))  # fmt: skip
    site.article(
        url=u(b5), site="prairieledger.example", article_id="87012338800", title=b5_title,
        description=b5_dek, authors=["Ruth Adeyemi"], published_at="2026-11-22T12:00:00Z",
        published_raw="2026-11-22T06:00:00-06:00", section="opinion",
        body="\n\n".join(_EN_PARAS["levy"]), language="en",
    )  # fmt: skip

    # B6: linked only through the m. host, which redirects to www.
    b6 = story_path("news/local", "22", "winter-farmers-market-moves-to-old-depot", 87012339100)
    b6_title = "Winter farmers market moves indoors to the old depot"
    b6_dek = "About 30 vendors will sell on Saturday mornings from December to March."
    record(b6, article_html(
        b6, b6_title, b6_dek, _EN_PARAS["market"],
        ld={"@context": "http://schema.org", "@type": "NewsArticle", "headline": b6_title,
            "description": b6_dek, "datePublished": "2026-11-22T09:15:00-06:00",
            "articleSection": "local",
            "author": {"@type": "Person", "name": "Dana Whitfield"}},
        byline=staff("Dana Whitfield", "dana-whitfield", 2648000002),
        dates='<div class="gnt_ar_dt">Published 9:15 a.m. CT Nov. 22, 2026</div>',
    ), amp=False)  # fmt: skip
    site.redirect("https://m.prairieledger.example" + b6, u(b6))
    site.article(
        url=u(b6), site="prairieledger.example", article_id="87012339100", title=b6_title,
        description=b6_dek, authors=["Dana Whitfield"], published_at="2026-11-22T15:15:00Z",
        published_raw="2026-11-22T09:15:00-06:00", section="local",
        body="\n\n".join(_EN_PARAS["market"]), language="en",
    )  # fmt: skip

    # A gallery and a video at article-shaped URLs.
    gallery = story_path("news/local", "24", "photos-first-snow-of-the-season", 87012346300)
    photos = "".join(
        f'<figure><img src="{img}snow-{i}.jpg" alt=""><figcaption>Snow on Main Street, '
        f"photo {i} of 12. (Prairie Ledger)</figcaption></figure>"
        for i in range(1, 13)
    )
    site.add(u(gallery), page(
        "Photos: first snow of the season",
        f'<link rel="canonical" href="{LEDGER}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "http://schema.org", "@type": "WebPage",
               "mainEntity": {"@type": "ImageGallery", "name": "Photos: first snow of the season",
                              "datePublished": "2026-11-24T15:00:00-06:00"}}),
        f'<main><article class="gnt_pr"><h1>Photos: first snow of the season</h1>{photos}</article></main>',
    ))  # fmt: skip
    video = story_path("news/local", "24", "watch-plows-clear-main-street", 87012346100)
    site.add(u(video), page(
        "Watch: plows clear Main Street",
        f'<link rel="canonical" href="{LEDGER}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "http://schema.org", "@type": "VideoObject",
               "name": "Watch: plows clear Main Street", "uploadDate": "2026-11-24T17:00:00-06:00",
               "description": "City plows work on Main Street."}),
        '<main><h1>Watch: plows clear Main Street</h1><video src="/v/plows.mp4"></video>'
        "<p>City plows cleared Main Street on Tuesday afternoon as the snow kept falling.</p></main>",
    ))  # fmt: skip
    site.never_exported |= {u(gallery), u(video)}

    # Discovery.
    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search/\nDisallow: /staff/\nDisallow: /tangstatic/\n"
        f"Sitemap: {LEDGER}/sitemap-index.xml.gz\n"
    ), "text/plain")  # fmt: skip

    def gz_xml(url: str, xml: str) -> None:
        site.pages.append(
            Page(url, gzip.compress(xml.encode("utf-8"), mtime=0), "application/x-gzip")
        )

    gz_xml(u("/sitemap-index.xml.gz"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{LEDGER}/sitemaps/news/2026-11-24.xml.gz</loc></sitemap>"
        f"<sitemap><loc>{LEDGER}/sitemaps/news/2026-11-23.xml.gz</loc></sitemap>"
        f"<sitemap><loc>{LEDGER}/sitemaps/stories.xml</loc></sitemap></sitemapindex>"
    ))  # fmt: skip

    def news_sitemap(entries: list[tuple[str, str, str]]) -> str:
        urls = "".join(
            f"<url><loc>{LEDGER}{path}</loc><news:news><news:publication>"
            "<news:name>Prairie Ledger</news:name><news:language>en</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, when, title in entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>'
        )

    gz_xml(u("/sitemaps/news/2026-11-24.xml.gz"), news_sitemap([
        (b1, "2026-11-24T20:10:00-06:00", "City council passes budget"),
        (b4, "2026-11-24T13:00:00-06:00", "Live updates: winter storm"),
        (gallery, "2026-11-24T15:00:00-06:00", "Photos: first snow"),
        (video, "2026-11-24T17:00:00-06:00", "Watch: plows"),
    ]))  # fmt: skip
    gz_xml(u("/sitemaps/news/2026-11-23.xml.gz"), news_sitemap([
        (b2, "2026-11-23T17:30:00-06:00", "School board weighs later start"),
    ]))  # fmt: skip
    site.add(u("/sitemaps/stories.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{LEDGER}{b5}</loc><lastmod>2026-11-22T06:00:00-06:00</lastmod></url>"
        f"<url><loc>{LEDGER}/staff/2648000001/maria-lopez/</loc></url>"
        f"<url><loc>{LEDGER}/news/local/</loc></url></urlset>"
    ), XML)  # fmt: skip

    def listing(title: str, links: list[str], more: str | None = None) -> str:
        items = "".join(
            f'<a class="gnt_m_flm_a" href="{href}"><div class="gnt_m_flm_hl">Story</div></a>'
            for href in links
        )
        load_more = f'<a class="gnt_se_lm" href="{more}">Load More</a>' if more else ""
        return page(
            f"{title} | Prairie Ledger", "",
            f'<main class="gnt_cw"><h1>{title}</h1><div class="gnt_m_flm">{items}</div>'
            f"{load_more}</main>",
        )  # fmt: skip

    # The tracking variant serves the same page (its canonical link names the clean URL).
    tracked = b1 + "?cid=twitter_prairieledger&gnt-cfr=1"
    site.add(u(tracked), next(p.body for p in site.pages if p.url == u(b1)).decode("utf-8"))
    site.add(u("/"), listing("Prairie Ledger", [
        tracked,
        "https://amp.prairieledger.example" + b1,
        "https://m.prairieledger.example" + b6,
        gallery,
        video,
        "https://www.lakeshoreherald.example/story/news/2026/11/24/harbor-ice-comes-early/87990000001/",
        "/staff/2648000001/maria-lopez/",
    ]))  # fmt: skip
    site.add(u("/news/local/"), listing("Local news", [b1, b3], "/news/local/?page=2"))
    site.add(u("/news/local/?page=2"), listing("Local news", [b6]))
    site.add(u("/opinion/"), listing("Opinion", []))
    site.add(u("/sports/"), listing("Sports", []))
    site.never_requested |= {
        u("/staff/2648000001/maria-lopez/"), u("/staff/"), u("/search/"),
        "https://www.lakeshoreherald.example/story/news/2026/11/24/harbor-ice-comes-early/87990000001/",
        "https://www.lakeshoreherald.example/",
    }  # fmt: skip
    return site


# -- Diario del Valle: WordPress in Spanish, America/Mexico_City -------------------------------

VALLE = "https://www.diariodelvalle.example"
_ES_PARAS = {
    "agua": [
        "El organismo operador del agua anunció este martes que la colonia Centro tendrá servicio por tandeo durante las próximas tres semanas, mientras se sustituye la tubería principal de la avenida Juárez.",
        "Según el calendario publicado, las calles al norte de la avenida recibirán agua los lunes, miércoles y viernes, y las del sur los martes, jueves y sábados.",
        "El director del organismo pidió a los vecinos almacenar agua en recipientes tapados y reportar cualquier fuga al número de atención ciudadana.",
        "La obra tiene un costo de 18 millones de pesos y forma parte del programa estatal de rehabilitación de redes.",
    ],
    "feria": [
        "La feria regional abrirá sus puertas el próximo viernes con más de 300 expositores, informó el comité organizador en conferencia de prensa.",
        "Este año el recinto ferial estrena un estacionamiento para 1,200 vehículos y una ruta de transporte gratuito desde la plaza principal.",
        "El palenque y el teatro del pueblo tendrán una cartelera de 24 noches, con artistas locales en la mitad de las fechas.",
    ],
    "beisbol": [
        "Los Cañeros del Valle vencieron 5-3 a los Toros en el tercer juego de la serie y quedaron a un triunfo de la final de la liga invernal.",
        "El abridor lanzó seis entradas completas con ocho ponches, y el cerrador retiró en orden la novena para asegurar la victoria.",
        "El cuarto juego se disputará el miércoles por la noche en el estadio municipal.",
    ],
    "escuelas": [
        "La Secretaría de Educación del estado adelantará las vacaciones de invierno en las escuelas de la zona serrana por las bajas temperaturas pronosticadas para diciembre.",
        "En esas comunidades, las clases terminarán el 12 de diciembre y se reanudarán el 12 de enero, una semana después que en el resto del estado.",
        "Los directores deberán enviar a las familias tareas para repasar en casa durante la semana adicional de descanso.",
    ],
}


def diario_del_valle() -> CmsSite:
    """A WordPress site in Spanish: category listings without the category base (``/local/``)
    paged by ``?pag=N`` behind a "Siguiente" anchor, Spanish ad labels ("PUBLICIDAD") and "Te puede interesar" links inside the text,
    "Por A y B" bylines, dates printed "24 de noviembre de 2026, 15:05 hrs" (Mexico City time,
    which only the sitemap's offsets show), Yoast's JSON-LD ``@graph``, tags under
    ``/etiqueta/``, and a photo gallery under ``/galerias/``."""
    site = CmsSite(
        "diario-del-valle", VALLE + "/", datetime.fromisoformat("2026-11-25T06:00:00+00:00")
    )
    u = VALLE.__add__

    def nav() -> str:
        return (
            '<header id="masthead"><a href="/" rel="home">Diario del Valle</a>'
            '<nav id="site-navigation"><ul class="menu">'
            '<li><a href="/local/">Local</a></li>'
            '<li><a href="/deportes/">Deportes</a></li>'
            '<li><a href="/galerias/">Galerías</a></li><li><a href="/videos/">Videos</a></li>'
            '<li><a href="/contacto/">Contacto</a></li>'
            '<li><a href="/aviso-de-privacidad/">Aviso de privacidad</a></li></ul></nav></header>'
        )

    def page(title: str, head: str, body: str) -> str:
        return (
            f'<!DOCTYPE html><html lang="es-MX"><head><meta charset="UTF-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="Diario del Valle">{head}</head>'
            f'<body class="wp-singular">{nav()}{body}<footer id="colophon">'
            '<a href="/etiqueta/agua/">agua</a> <a href="/autor/ana-maria-ruiz/">Ana María Ruiz</a> '
            '<a href="/?s=feria">Buscar</a></footer></body></html>'
        )

    def story(
        path: str,
        title: str,
        dek: str,
        paragraphs: list[str],
        *,
        byline: str,
        printed: str,
        ld: dict[str, Any] | None,
        tags: list[tuple[str, str]],
        image: str | None = None,
        category: tuple[str, str] = ("local", "Local"),
    ) -> str:
        parts = []
        for i, para in enumerate(paragraphs):
            parts.append(f"<p>{para}</p>")
            if i == 0:
                parts.append(
                    '<div class="publicidad"><p>PUBLICIDAD</p><div id="div-gpt-ad-2"></div></div>'
                )
            if i == 1:
                parts.append(
                    '<p><strong>Te puede interesar:</strong> <a href="/local/'
                    'cierran-carril-de-la-carretera-federal-por-obras/">Cierran carril de la '
                    "carretera federal por obras</a></p>"
                )
        tag_links = ", ".join(
            f'<a href="/etiqueta/{slug}/" rel="tag">{name}</a>' for slug, name in tags
        )
        head = (
            f'<link rel="canonical" href="{VALLE}{path}"><meta name="description" content="{dek}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            + (f'<meta property="og:image" content="{image}">' if image else "")
            + (_ld(ld) if ld else "")
        )
        body = (
            f'<main id="primary"><article class="post type-post category-{category[0]}">'
            f'<header class="entry-header"><h1 class="entry-title">{title}</h1>'
            f'<div class="entry-meta"><span class="byline">{byline}</span> '
            f'<span class="posted-on">{printed}</span></div></header>'
            f'<div class="entry-content">{"".join(parts)}</div>'
            f'<footer class="entry-footer"><span class="tags-links">Etiquetas: {tag_links}</span>'
            "</footer></article></main>"
        )
        return page(f"{title} - Diario del Valle", head, body)

    def graph(path: str, title: str, published: str, section: str, *authors: str) -> dict[str, Any]:
        people = [
            {"@type": "Person", "@id": f"{VALLE}/#/schema/person/{i}", "name": name}
            for i, name in enumerate(authors)
        ]
        return {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": VALLE + path, "url": VALLE + path, "name": title},
            {"@type": "NewsArticle", "@id": VALLE + path + "#article", "headline": title,
             "datePublished": published, "articleSection": [section],
             "author": [{"@id": p["@id"]} for p in people], "inLanguage": "es-MX"},
            *people]}  # fmt: skip

    # C1: Yoast @graph (author by @id), a two-name Spanish byline, found on home and listing.
    c1 = "/local/habra-tandeo-de-agua-en-la-colonia-centro-por-tres-semanas/"
    c1_title = "Habrá tandeo de agua en la colonia Centro por tres semanas"
    c1_dek = "El organismo operador sustituirá la tubería principal de la avenida Juárez."
    c1_img = VALLE + "/wp-content/uploads/2026/11/tuberia-juarez.jpg"
    site.add(u(c1), story(
        c1, c1_title, c1_dek, _ES_PARAS["agua"], image=c1_img,
        byline='Por <a href="/autor/ana-maria-ruiz/">Ana María Ruiz</a> y '
        '<a href="/autor/luis-perez/">Luis Pérez</a>',
        printed="24 de noviembre de 2026, 15:05 hrs",
        ld=graph(c1, c1_title, "2026-11-24T15:05:00-06:00", "Local", "Ana María Ruiz", "Luis Pérez"),
        tags=[("agua", "agua"), ("colonia-centro", "colonia Centro")],
    ))  # fmt: skip
    site.article(
        url=u(c1), site="diariodelvalle.example", title=c1_title, description=c1_dek,
        authors=["Ana María Ruiz", "Luis Pérez"], published_at="2026-11-24T21:05:00Z",
        published_raw="2026-11-24T15:05:00-06:00", section="local",
        tags=["agua", "colonia Centro"], body="\n\n".join(_ES_PARAS["agua"]), image_url=c1_img,
        language="es",
    )  # fmt: skip

    # C2: no JSON-LD; the printed date has no zone: it is found only in the post sitemap.
    c2 = "/local/la-feria-regional-abre-el-viernes-con-300-expositores/"
    c2_title = "La feria regional abre el viernes con 300 expositores"
    c2_dek = "El recinto estrena estacionamiento y transporte gratuito desde la plaza."
    site.add(u(c2), story(
        c2, c2_title, c2_dek, _ES_PARAS["feria"], ld=None,
        byline='Por <a href="/autor/luis-perez/">Luis Pérez</a>',
        printed="23 de noviembre de 2026, 18:40 hrs", tags=[("feria", "feria")],
    ))  # fmt: skip
    site.article(
        url=u(c2), site="diariodelvalle.example", title=c2_title, description=c2_dek,
        authors=["Luis Pérez"], published_at="2026-11-24T00:40:00Z",
        published_raw="23 de noviembre de 2026, 18:40", section="local", tags=["feria"],
        body="\n\n".join(_ES_PARAS["feria"]), language="es",
    )  # fmt: skip

    # C3: sports, only on the second page of its category ("Siguiente", ?pag=2).
    c3 = "/deportes/caneros-vencen-a-toros-y-quedan-a-un-triunfo-de-la-final/"
    c3_title = "Cañeros vencen a Toros y quedan a un triunfo de la final"
    c3_dek = "El abridor ponchó a ocho en seis entradas."
    site.add(u(c3), story(
        c3, c3_title, c3_dek, _ES_PARAS["beisbol"], category=("deportes", "Deportes"),
        byline='Por <a href="/autor/jorge-salas/">Jorge Salas</a>',
        printed="23 de noviembre de 2026, 23:10 hrs",
        ld=graph(c3, c3_title, "2026-11-23T23:10:00-06:00", "Deportes", "Jorge Salas"),
        tags=[("beisbol", "béisbol")],
    ))  # fmt: skip
    site.article(
        url=u(c3), site="diariodelvalle.example", title=c3_title, description=c3_dek,
        authors=["Jorge Salas"], published_at="2026-11-24T05:10:00Z",
        published_raw="2026-11-23T23:10:00-06:00", section="deportes", tags=["béisbol"],
        body="\n\n".join(_ES_PARAS["beisbol"]), language="es",
    )  # fmt: skip

    # C4: in the RSS feed at WordPress's usual /feed/ path (announced) with utm parameters.
    c4 = "/local/adelantan-vacaciones-de-invierno-en-escuelas-de-la-sierra/"
    c4_title = "Adelantan vacaciones de invierno en escuelas de la sierra"
    c4_dek = "Las clases en la zona serrana terminarán el 12 de diciembre."
    site.add(u(c4), story(
        c4, c4_title, c4_dek, _ES_PARAS["escuelas"],
        byline='Por <a href="/autor/ana-maria-ruiz/">Ana María Ruiz</a>',
        printed="22 de noviembre de 2026, 10:00 hrs",
        ld=graph(c4, c4_title, "2026-11-22T10:00:00-06:00", "Local", "Ana María Ruiz"),
        tags=[("educacion", "educación")],
    ))  # fmt: skip
    site.article(
        url=u(c4), site="diariodelvalle.example", title=c4_title, description=c4_dek,
        authors=["Ana María Ruiz"], published_at="2026-11-22T16:00:00Z",
        published_raw="2026-11-22T10:00:00-06:00", section="local", tags=["educación"],
        body="\n\n".join(_ES_PARAS["escuelas"]), language="es",
    )  # fmt: skip

    gallery = "/galerias/asi-se-vivio-el-desfile-de-la-revolucion-en-el-centro/"
    site.add(u(gallery), page(
        "Así se vivió el desfile de la Revolución en el centro",
        f'<link rel="canonical" href="{VALLE}{gallery}"><meta property="og:type" content="article">',
        '<main><article class="post type-gallery"><h1>Así se vivió el desfile de la Revolución</h1>'
        '<span class="posted-on">20 de noviembre de 2026, 13:00 hrs</span>'
        + "".join(
            f'<figure class="gallery-item"><img src="/wp-content/uploads/2026/11/desfile-{i}.jpg">'
            f"<figcaption>Contingentes escolares durante el desfile, foto {i}.</figcaption></figure>"
            for i in range(1, 11)
        )
        + "</article></main>",
    ))  # fmt: skip
    site.never_exported.add(u(gallery))

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /wp-admin/\nDisallow: /buscar/\nDisallow: /autor/\n"
        f"Sitemap: {VALLE}/sitemap_index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap_index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{VALLE}/post-sitemap.xml</loc>"
        "<lastmod>2026-11-24T15:05:00-06:00</lastmod></sitemap>"
        f"<sitemap><loc>{VALLE}/category-sitemap.xml</loc></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    site.add(u("/post-sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{VALLE}{c1}</loc><lastmod>2026-11-24T15:05:00-06:00</lastmod></url>"
        f"<url><loc>{VALLE}{c2}</loc><lastmod>2026-11-23T18:40:00-06:00</lastmod></url>"
        f"<url><loc>{VALLE}{gallery}</loc><lastmod>2026-11-20T13:00:00-06:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/category-sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{VALLE}/local/</loc></url>"
        f"<url><loc>{VALLE}/deportes/</loc></url></urlset>"
    ), XML)  # fmt: skip
    site.add(u("/feed/"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>Diario del Valle</title>"
        f"<item><title>{c4_title}</title>"
        f"<link>{VALLE}{c4}?utm_source=rss&amp;utm_medium=rss&amp;utm_campaign=vacaciones</link>"
        "<pubDate>Sun, 22 Nov 2026 16:00:00 +0000</pubDate></item></channel></rss>"
    ), "application/rss+xml; charset=UTF-8")  # fmt: skip

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        items = "".join(
            f'<article class="post"><h2 class="entry-title"><a href="{href}">Nota</a></h2></article>'
            for href in links
        )
        more = (
            f'<div class="nav-links"><a class="next" href="{next_href}">Siguiente ›</a></div>'
            if next_href
            else ""
        )
        return page(
            f"{title} - Diario del Valle",
            '<link rel="alternate" type="application/rss+xml" title="Diario del Valle &raquo; Feed" '
            f'href="{VALLE}/feed/">',
            f'<main id="primary"><h1 class="page-title">{title}</h1>{items}{more}</main>',
        )

    site.add(u("/"), listing("Diario del Valle", [c1, gallery, "/videos/resumen-del-juego-3/"]))
    site.add(u("/local/"), listing("Local", [c1]))
    site.add(u("/deportes/"), listing("Deportes", [], "/deportes/?pag=2"))
    site.add(u("/deportes/?pag=2"), listing("Deportes", [c3]))
    site.never_requested |= {
        u("/autor/ana-maria-ruiz/"), u("/autor/luis-perez/"), u("/?s=feria"),
        u("/videos/resumen-del-juego-3/"),
    }  # fmt: skip
    return site


# -- Wessex Gazette: a UK paper on London's clock, across the end of British Summer Time ---------

WESSEX = "https://www.wessexgazette.example"
_UK_PARAS = {
    "bridge": [
        "Councillors voted late on Saturday night to build a footbridge over the river, joining the railway station to the old market quarter for the first time.",
        "The bridge is expected to cost about four million pounds, most of it from a regional transport fund, and should open in the spring of 2028.",
        "Traders in the market quarter welcomed the vote but asked the council to keep the noisiest work to weekday afternoons.",
    ],
    "buses": [
        "Bus fares across the county will be capped at two pounds a journey from January, the transport authority confirmed on Tuesday.",
        "The cap covers every route run by the three largest operators, including the night services between the coast and the city centre.",
        "Passenger groups said the cap would help commuters but warned that several rural routes still run only twice a day.",
    ],
    "flood": [
        "Engineers have finished raising the flood wall along the quay by forty centimetres, two months ahead of the winter tides.",
        "The work followed the floods of three years ago, when water reached the doors of more than sixty homes on Harbour Row.",
        "The Environment Agency said the wall would now hold back a tide half a metre higher than the worst on record.",
    ],
    "choir": [
        "A community choir founded in a church hall ten years ago will sing at the cathedral's Christmas concert for the first time.",
        "Its sixty members range in age from eleven to ninety, and most of them could not read music when they joined.",
        "Tickets for the concert on 19 December went on sale on Monday and the first evening sold out within hours.",
    ],
}


def wessex_gazette() -> CmsSite:
    """A UK paper on London's clock, crawled days after British Summer Time ended (25 October
    2026): ``/news/<id>/<slug>`` URLs with numeric ids, ``?page=N`` pagination, printed dates
    with BST or GMT ("Published 25 October 2026, 00:30 BST") or with no zone at all, a sitemap
    whose ``lastmod`` prints +01:00 before the change and +00:00 after it, AMP twins under
    ``/amp/``, ``#comments`` links, an RSS feed announced by ``<link rel=alternate>``, topic,
    profile, search and video pages."""
    site = CmsSite(
        "wessex-gazette", WESSEX + "/", datetime.fromisoformat("2026-11-25T09:00:00+00:00")
    )
    u = WESSEX.__add__

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>{title} | Wessex Gazette</title>"
            '<link rel="alternate" type="application/rss+xml" title="Wessex Gazette" '
            f'href="{WESSEX}/news/rss">{extra}</head><body>'
            '<header><a class="brand" href="/">Wessex Gazette</a><nav class="primary">'
            '<a href="/news">News</a><a href="/sport">Sport</a><a href="/video">Video</a>'
            '<a href="/search?q=">Search</a><a href="/contact">Contact us</a></nav></header>'
            f"{body}"
            '<footer><a href="/topics/transport">Transport</a> '
            '<a href="/profile/tom-hughes">Tom Hughes</a> <a href="/privacy">Privacy</a>'
            "</footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        items = "".join(f'<li class="teaser"><a href="{href}">Read more</a></li>' for href in links)
        more = f'<a class="pager-next" href="{next_href}">Next page</a>' if next_href else ""
        return page(title, f"<main><h1>{title}</h1><ul>{items}</ul>{more}</main>")

    def story(
        path: str,
        title: str,
        dek: str,
        paragraphs: list[str],
        *,
        dates: str,
        byline: str,
        section: str,
        tags: list[tuple[str, str]],
        image: str | None = None,
        ld: str = "",
    ) -> str:
        body = "".join(f"<p>{p}</p>" for p in paragraphs[:2])
        body += (
            '<div class="advert"><span>Advertisement</span><div id="ad-mpu-1"></div></div>'
            + "".join(f"<p>{p}</p>" for p in paragraphs[2:])
        )
        tag_links = "".join(f'<a href="/topics/{slug}" rel="tag">{name}</a>' for slug, name in tags)
        og_image = f'<meta property="og:image" content="{image}">' if image else ""
        return page(
            title,
            '<main><article class="story">'
            f'<nav class="crumbs"><a href="/">Home</a> &gt; <a href="/{section}">{section.title()}</a></nav>'
            f'<header class="story-header"><h1 class="story-headline">{title}</h1>'
            f'<p class="standfirst">{dek}</p>'
            f'<div class="story-meta"><span class="byline">By <a href="/profile/{byline.lower().replace(" ", "-")}">{byline}</a></span>'
            f"{dates}</div></header>"
            f'<div class="story-body">{body}</div>'
            f'<div class="story-tags">{tag_links}</div>'
            f'<a href="{path}#comments">Comments</a>'
            "</article>"
            '<aside class="more-stories"><h2>More stories</h2><ul>'
            '<li><a href="/news/20417/choir-to-sing-at-cathedral">Choir to sing at cathedral</a></li>'
            "</ul></aside></main>",
            f'<meta name="description" content="{dek}">'
            f'<link rel="canonical" href="{WESSEX}{path}">'
            f'<link rel="amphtml" href="{WESSEX}/amp{path}">'
            f'<meta property="og:type" content="article">{og_image}{ld}',
        )

    def printed(published: str, updated: str | None = None) -> str:
        text = f'<p class="published">Published {published}</p>'
        return text + (f'<p class="updated">Updated {updated}</p>' if updated else "")

    # W1: printed in BST half an hour after midnight on the day the clocks went back, and
    # updated in GMT the same morning; in the sitemap, on the home page and as AMP.
    w1 = "/news/20431/council-approves-footbridge"
    w1_title = "Council approves footbridge to market quarter"
    w1_dek = "The crossing should open in spring 2028."
    w1_img = WESSEX + "/images/2026/10/footbridge.jpg"
    w1_html = story(
        w1, w1_title, w1_dek, _UK_PARAS["bridge"], byline="Tom Hughes", section="news",
        dates=printed("25 October 2026, 00:30 BST", "25 October 2026, 09:15 GMT"),
        tags=[("transport", "Transport"), ("council", "Council")], image=w1_img,
    )  # fmt: skip
    site.add(u(w1), w1_html)
    site.add(u("/amp" + w1), w1_html)
    site.article(
        url=u(w1), site="wessexgazette.example", article_id="20431", title=w1_title,
        description=w1_dek, authors=["Tom Hughes"], published_at="2026-10-24T23:30:00Z",
        published_raw="25 October 2026, 00:30 BST", modified_at="2026-10-25T09:15:00Z",
        modified_raw="25 October 2026, 09:15 GMT", section="news",
        tags=["Transport", "Council"], body="\n\n".join(_UK_PARAS["bridge"]), image_url=w1_img,
        language="en",
    )  # fmt: skip

    # W2: no zone on the page; a November date (GMT) listed by a +00:00 lastmod; reached
    # from the home page as #comments and as AMP.
    w2 = "/news/20502/bus-fares-capped-at-two-pounds"
    w2_title = "Bus fares capped at two pounds from January"
    w2_dek = "Every route of the three largest operators is covered."
    w2_html = story(
        w2, w2_title, w2_dek, _UK_PARAS["buses"], byline="Priya Shah", section="news",
        dates=printed("24 November 2026, 15:05"), tags=[("transport", "Transport")],
    )  # fmt: skip
    site.add(u(w2), w2_html)
    site.add(u("/amp" + w2), w2_html)
    site.article(
        url=u(w2), site="wessexgazette.example", article_id="20502", title=w2_title,
        description=w2_dek, authors=["Priya Shah"], published_at="2026-11-24T15:05:00Z",
        published_raw="24 November 2026, 15:05", section="news", tags=["Transport"],
        body="\n\n".join(_UK_PARAS["buses"]), language="en",
    )  # fmt: skip

    # W3: no zone on the page, in October (BST), listed by a +01:00 lastmod.
    w3 = "/news/20388/flood-wall-raised-on-the-quay"
    w3_title = "Flood wall raised on the quay ahead of winter tides"
    w3_dek = "The wall now stands forty centimetres higher."
    w3_html = story(
        w3, w3_title, w3_dek, _UK_PARAS["flood"], byline="Tom Hughes", section="news",
        dates=printed("20 October 2026, 08:00", "21 October 2026, 12:30"),
        tags=[("flooding", "Flooding")],
    )  # fmt: skip
    site.add(u(w3), w3_html)
    site.article(
        url=u(w3), site="wessexgazette.example", article_id="20388", title=w3_title,
        description=w3_dek, authors=["Tom Hughes"], published_at="2026-10-20T07:00:00Z",
        published_raw="20 October 2026, 08:00", modified_at="2026-10-21T11:30:00Z",
        modified_raw="21 October 2026, 12:30", section="news", tags=["Flooding"],
        body="\n\n".join(_UK_PARAS["flood"]), language="en",
    )  # fmt: skip

    # W4: in no sitemap or feed, only on the second page of /news; no zone on the page.
    w4 = "/news/20417/choir-to-sing-at-cathedral"
    w4_title = "Community choir to sing at cathedral concert"
    w4_dek = "Its sixty members range in age from eleven to ninety."
    w4_html = story(
        w4, w4_title, w4_dek, _UK_PARAS["choir"], byline="Priya Shah", section="news",
        dates=printed("23 November 2026, 18:40"), tags=[("music", "Music")],
    )  # fmt: skip
    site.add(u(w4), w4_html)
    site.article(
        url=u(w4), site="wessexgazette.example", article_id="20417", title=w4_title,
        description=w4_dek, authors=["Priya Shah"], published_at="2026-11-23T18:40:00Z",
        published_raw="23 November 2026, 18:40", section="news", tags=["Music"],
        body="\n\n".join(_UK_PARAS["choir"]), language="en",
    )  # fmt: skip

    # A video at an article-shaped URL: never an item.
    video = "/news/20510/watch-the-new-flood-wall"
    site.add(
        u(video),
        page(
            "Watch: the new flood wall",
            '<main><article><h1>Watch: the new flood wall</h1><p class="published">Published '
            '24 November 2026, 10:00</p><video src="/media/flood-wall.mp4" controls></video>'
            "<p>Video: the quay from the air.</p></article></main>",
            f'<link rel="canonical" href="{WESSEX}{video}"><meta property="og:type" '
            'content="video.other">'
            + _ld({"@context": "https://schema.org", "@type": "VideoObject",
                   "name": "Watch: the new flood wall", "uploadDate": "2026-11-24T10:00:00Z"}),
        ),
    )  # fmt: skip
    site.never_exported.add(u(video))

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /search\nDisallow: /profile/\n"
        f"Sitemap: {WESSEX}/sitemap.xml\n"
    ), "text/plain")  # fmt: skip
    entries = [
        (w1, "2026-10-25T09:15:00+00:00"), (w2, "2026-11-24T15:05:00+00:00"),
        (w3, "2026-10-21T12:30:00+01:00"), (video, "2026-11-24T10:00:00+00:00"),
    ]  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{WESSEX}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in entries)
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/news/rss"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Wessex Gazette</title><link>{WESSEX}/</link><description>News</description>"
        f"<item><title>{w2_title}</title><link>{WESSEX}{w2}</link>"
        "<pubDate>Tue, 24 Nov 2026 15:05:00 +0000</pubDate></item>"
        f"<item><title>{w3_title}</title><link>{WESSEX}{w3}</link>"
        "<pubDate>Tue, 20 Oct 2026 08:00:00 +0100</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip
    site.add(u("/"), listing("Wessex Gazette", [w1, "/amp" + w2, w2 + "#comments", video]))
    site.add(u("/news"), listing("News", [w3, "/amp" + w1], "/news?page=2"))
    site.add(u("/news?page=2"), listing("News", [w4]))
    site.add(u("/sport"), listing("Sport", []))
    site.never_requested |= {
        u("/profile/tom-hughes"), u("/profile/priya-shah"), u("/search?q="),
    }  # fmt: skip
    return site


# -- Lakeside Tribune: a hand-rolled PHP site with ids in the query or alone in the path --------

LAKESIDE = "https://www.lakesidetribune.example"


def lakeside_tribune() -> CmsSite:
    """A home-grown PHP site in Denver: articles at ``/article.php?id=N`` and at ``/news/N/``
    (an id alone, no slug), listings paged by ``?page=N``, a home page whose newest story is
    only in its JSON-LD ItemList, no sitemap or feed at all, JSON-LD
    dates with Mountain Time offsets, a print view robots.txt disallows and a tag page."""
    site = CmsSite(
        "lakeside-tribune", LAKESIDE + "/", datetime.fromisoformat("2026-11-25T16:00:00+00:00")
    )
    u = LAKESIDE.__add__

    def page(title: str, body: str, extra: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">'
            f"<title>{title} - Lakeside Tribune</title>{extra}</head><body>"
            '<div id="top"><a href="/">Lakeside Tribune</a> | <a href="/news">News</a> | '
            '<a href="/outdoors">Outdoors</a> | <a href="/tags.php?t=fishing">Fishing</a></div>'
            f'{body}<div id="bottom"><a href="/about.php">About</a></div></body></html>'
        )

    def listing(title: str, links: list[str], next_href: str | None = None) -> str:
        rows = "".join(f'<tr><td><a href="{href}">Full story</a></td></tr>' for href in links)
        more = f'<a href="{next_href}">Older stories &raquo;</a>' if next_href else ""
        return page(title, f"<h1>{title}</h1><table>{rows}</table>{more}")

    def story(url: str, title: str, paragraphs: list[str], author: str, when: str) -> str:
        ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                  "datePublished": when, "author": {"@type": "Person", "name": author},
                  "mainEntityOfPage": url})  # fmt: skip
        return page(
            title,
            f'<div class="story"><h1>{title}</h1><div class="by">By {author}</div>'
            f"{paras(paragraphs)}"
            f'<a href="{url.replace(LAKESIDE, "")}{"&amp;" if "?" in url else "?"}print=1">Print</a>'
            "</div>"
            '<div class="related"><b>Related</b> <a href="/news/30102/">Reservoir</a></div>',
            f'<link rel="canonical" href="{url}"><meta property="og:type" content="article">{ld}',
        )

    texts = {
        30101: (
            "Marina opens a second boat ramp",
            "Dana Ortiz",
            "2026-11-24T08:30:00-07:00",
            [
                "The county marina opened its second boat ramp on Monday, ending the long Saturday lines that have backed up onto the lake road all summer.",
                "The new ramp cost about 900,000 dollars and was paid for mostly by boat registration fees collected by the state.",
                "Marina staff said both ramps will stay open through the winter unless the lake freezes near the shore.",
            ],
        ),
        30102: (
            "Reservoir level back to normal after dry summer",
            "Sam Whitaker",
            "2026-11-23T17:45:00-07:00",
            [
                "The reservoir that supplies most of the town's water is back to its normal level for late November, the water district said.",
                "Autumn storms in the mountains refilled it faster than expected after a summer when it fell to 61 percent of capacity.",
                "Watering limits on lawns will end on December 1, the district said.",
            ],
        ),
        30110: (
            "Ice fishing season opens early on the east bay",
            "Sam Whitaker",
            "2026-11-25T06:15:00-07:00",
            [
                "Wildlife officers opened the east bay to ice fishing on Tuesday, two weeks earlier than last year, after a cold spell thickened the ice to ten inches.",
                "Anglers must stay inside the marked area near the boat ramp, where the ice is measured every morning.",
                "The rest of the lake remains closed to foot traffic until officers say it is safe.",
            ],
        ),
        30095: (
            "Trail crews finish the north shore loop",
            "Dana Ortiz",
            "2026-11-20T10:00:00-07:00",
            [
                "Volunteer trail crews have finished the last mile of the north shore loop, a 14-mile path that now circles the whole lake.",
                "The final section crosses two creeks on new wooden bridges built by a high school shop class over the past year.",
                "The county plans to put up mile markers and a map at each trailhead before spring.",
            ],
        ),
    }
    urls = {
        30101: u("/article.php?id=30101"), 30102: u("/news/30102/"), 30095: u("/news/30095/"),
        30110: u("/news/30110/"),
    }  # fmt: skip
    for number, (title, author, when, paragraphs) in texts.items():
        site.add(urls[number], story(urls[number], title, paragraphs, author, when))
        moment = datetime.fromisoformat(when).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        site.article(
            url=urls[number], site="lakesidetribune.example", article_id=str(number),
            title=title, authors=[author], published_at=moment, published_raw=when,
            section="news" if "/news/" in urls[number] else None,  # /news is in the navigation
            body="\n\n".join(paragraphs), language="en",
        )  # fmt: skip
    site.add(u("/robots.txt"), "User-agent: *\nDisallow: /*print=1\n", "text/plain")
    # The home page's newest story is drawn by a script from its JSON-LD ItemList alone.
    home = listing("Lakeside Tribune", ["/article.php?id=30101", "/news/30102/"])
    item_list = _ld({"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "url": u("/news/30110/")},
        {"@type": "ListItem", "position": 2, "item": {"@type": "NewsArticle", "@id": u("/news/30102/")}},
    ]})  # fmt: skip
    site.add(u("/"), home.replace("</head>", item_list + "</head>"))
    site.add(u("/news"), listing("News", ["/news/30102/"], "/news?page=2"))
    site.add(u("/news?page=2"), listing("News", ["/news/30095/"]))
    site.add(u("/outdoors"), listing("Outdoors", ["/article.php?id=30101"]))
    site.add(u("/tags.php?t=fishing"), listing("Fishing", ["/article.php?id=30101"]))
    site.never_requested |= {u("/article.php?id=30101&print=1"), u("/news/30102/?print=1")}
    return site


# -- Harbour Light: a Ghost newsletter-paper, /slug/ URLs only --------------------------------

HARBOUR = "https://www.harbourlight.example"


def harbour_light() -> CmsSite:
    """A Ghost site: posts at short ``/slug/`` URLs with nothing else in the path, a sitemap
    index of ``sitemap-posts.xml``, ``-pages``, ``-tags`` and ``-authors`` (Ghost's split),
    ``<time datetime>`` with a day only next to JSON-LD instants in UTC, tags at ``/tag/x/``,
    an RSS feed at ``/rss/`` announced by ``<link rel=alternate>``, a static page in the
    pages sitemap, ``#/portal/signup`` links and a subscribe box inside each post."""
    site = CmsSite(
        "harbour-light", HARBOUR + "/", datetime.fromisoformat("2026-11-25T12:00:00+00:00")
    )
    u = HARBOUR.__add__

    def page(title: str, body: str, extra: str = "", kind: str = "website") -> str:
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{title}</title>"
            f'<meta property="og:site_name" content="Harbour Light"><meta property="og:type" content="{kind}">'
            f'<link rel="alternate" type="application/rss+xml" title="Harbour Light" href="{HARBOUR}/rss/">'
            f'{extra}</head><body class="home-template"><div class="gh-site">'
            '<header class="gh-head"><a class="gh-head-logo" href="/">Harbour Light</a>'
            '<nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li>'
            '<li><a href="/tag/city/">City</a></li><li><a href="/tag/harbour/">Harbour</a></li>'
            '<li><a href="/about/">About</a></li></ul></nav>'
            '<a class="gh-head-button" href="#/portal/signup">Subscribe</a></header>'
            f'<main class="gh-main">{body}</main>'
            '<footer class="gh-foot"><a href="/privacy/">Privacy</a> '
            '<a href="https://ghost.example/">Powered by Ghost</a></footer></div></body></html>'
        )

    def card(path: str, title: str) -> str:
        return f'<article class="gh-card post"><a class="gh-card-link" href="{path}"><h3 class="gh-card-title">{title}</h3></a></article>'

    posts = [
        (
            "/tram-fares-frozen/",
            "Tram fares frozen for another year",
            "Fares stay at 1.80 for 2027.",
            "Mara Quist",
            "2026-11-24T14:05:00.000Z",
            "2026-11-24T16:40:00.000Z",
            ["City", "Transport"],
            [
                "The transit board voted on Monday to keep the single tram fare at 1.80 for all of next year, the third year in a row without a rise.",
                "Board members said a regional grant covers the gap between fares and running costs, but warned that the grant ends in 2028.",
                "Riders' groups welcomed the freeze and asked for later evening trams on the harbour line instead of new ticket machines.",
            ],
        ),
        (
            "/ferry-pier/",
            "Old ferry pier to reopen as a fishing deck",
            "Repairs finish in March.",
            "Jonas Fell",
            "2026-11-23T08:30:00.000Z",
            None,
            ["Harbour"],
            [
                "The old ferry pier, closed since a storm cracked two of its pilings, will reopen in March as a public fishing deck.",
                "Divers replaced the damaged pilings this month, and carpenters will lay new boards once the winter storms have passed.",
                "The harbour office said night fishing will be allowed from the outer end, which will get new lamps.",
            ],
        ),
        (
            "/night-market/",
            "Night market moves to the fish hall",
            "Thirty stalls, every Friday in winter.",
            "Mara Quist",
            "2026-11-20T19:00:00.000Z",
            "2026-11-21T09:10:00.000Z",
            ["City"],
            [
                "The Friday night market will spend the winter inside the old fish hall, whose owners offered the space free of charge until April.",
                "Thirty stalls have signed up so far, most of them selling food, and the organisers hope to add a small stage for local bands.",
                "The market returns to the quay in May, when the evenings are long enough again.",
            ],
        ),
    ]
    for path, title, dek, author, published, modified, tags, paragraphs in posts:
        url = u(path)
        image = f"{HARBOUR}/content/images/2026/11{path.rstrip('/')}.jpg"
        ld = {"@context": "https://schema.org", "@type": "Article",
              "publisher": {"@type": "Organization", "name": "Harbour Light"},
              "author": {"@type": "Person", "name": author, "url": f"{HARBOUR}/author/{author.split()[0].lower()}/"},
              "headline": title, "url": url, "datePublished": published,
              **({"dateModified": modified} if modified else {}),
              "image": {"@type": "ImageObject", "url": image}, "keywords": ", ".join(tags),
              "description": dek, "mainEntityOfPage": url}  # fmt: skip
        tag_links = "".join(f'<a href="/tag/{t.lower()}/">{t}</a>' for t in tags)
        body = (
            f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>"
            '<div class="kg-card kg-signup-card"><h2>Get the Harbour Light in your inbox</h2>'
            "<p>Local news, every weekday morning, for free.</p>"
            '<a href="#/portal/signup">Subscribe</a></div>'
            f"<p>{paragraphs[2]}</p>"
        )
        site.add(url, page(
            title,
            f'<article class="gh-article post"><header class="gh-article-header">'
            f'<a class="gh-article-tag" href="/tag/{tags[0].lower()}/">{tags[0]}</a>'
            f'<h1 class="gh-article-title">{title}</h1><p class="gh-article-excerpt">{dek}</p>'
            f'<div class="gh-article-meta"><a href="/author/{author.split()[0].lower()}/">{author}</a> '
            f'<time class="gh-article-meta-date" datetime="{published[:10]}">{published[8:10]} Nov 2026</time></div>'
            f'<figure class="gh-article-image"><img src="{image}" alt=""></figure></header>'
            f'<section class="gh-content gh-canvas">{body}</section>'
            f'<footer class="gh-article-footer">{tag_links}</footer></article>'
            '<section class="gh-container gh-readmore"><h2>Read more</h2>'
            + card("/night-market/", "Night market moves to the fish hall")
            + card("/ferry-pier/", "Old ferry pier to reopen") + "</section>",
            f'<meta name="description" content="{dek}"><link rel="canonical" href="{url}">'
            f'<meta property="og:title" content="{title}"><meta property="og:image" content="{image}">'
            f'<meta property="article:published_time" content="{published}">'
            + (f'<meta property="article:modified_time" content="{modified}">' if modified else "")
            + "".join(f'<meta property="article:tag" content="{t}">' for t in tags)
            + _ld(ld),
            kind="article",
        ))  # fmt: skip
        site.article(
            url=url, site="harbourlight.example", title=title, description=dek, authors=[author],
            published_at=published.replace(".000", ""), published_raw=published,
            modified_at=modified.replace(".000", "") if modified else None, modified_raw=modified,
            tags=tags, body="\n\n".join(paragraphs), image_url=image, language="en",
        )  # fmt: skip

    about = u("/about/")
    site.add(about, page(
        "About Harbour Light",
        '<article class="gh-article page"><h1 class="gh-article-title">About us</h1>'
        '<section class="gh-content gh-canvas"><p>Harbour Light is an independent newsletter about '
        "the harbour district, written by two reporters who have covered the city for twenty years. "
        "We are funded by our readers and we never sell advertising to anyone we write about.</p>"
        "<p>Write to us with tips, corrections and complaints; we answer every letter, though "
        "sometimes slowly, and we publish every correction at the foot of the story it fixes.</p>"
        "</section></article>",
        f'<link rel="canonical" href="{about}">'
        + _ld({"@context": "https://schema.org", "@type": "WebPage", "url": about,
               "name": "About Harbour Light"}),
    ))  # fmt: skip
    site.never_exported.add(about)

    def urlset(paths: list[str]) -> str:
        rows = "".join(
            f"<url><loc>{HARBOUR}{p}</loc><lastmod>2026-11-24T16:40:00.000Z</lastmod></url>"
            for p in paths
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>'
        )

    site.add(u("/robots.txt"), (
        f"User-agent: *\nSitemap: {HARBOUR}/sitemap.xml\nDisallow: /ghost/\nDisallow: /p/\n"
        "Disallow: /email/\nDisallow: /r/\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(
            f"<sitemap><loc>{HARBOUR}/sitemap-{kind}.xml</loc></sitemap>"
            for kind in ("pages", "posts", "authors", "tags")
        )
        + "</sitemapindex>"
    ), XML)  # fmt: skip
    site.add(u("/sitemap-posts.xml"), urlset([p for p, *_ in posts]), XML)
    site.add(u("/sitemap-pages.xml"), urlset(["/about/", "/privacy/"]), XML)
    site.add(u("/sitemap-authors.xml"), urlset(["/author/mara/", "/author/jonas/"]), XML)
    site.add(u("/sitemap-tags.xml"), urlset(["/tag/city/", "/tag/harbour/"]), XML)
    site.add(u("/rss/"), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Harbour Light</title><link>{HARBOUR}/</link><description>News</description>"
        + "".join(
            f"<item><title>{title}</title><link>{HARBOUR}{path}</link>"
            f"<pubDate>Tue, 24 Nov 2026 14:05:00 GMT</pubDate></item>"
            for path, title, *_ in posts[:1]
        )
        + "</channel></rss>"
    ), "application/rss+xml")  # fmt: skip
    home = "".join(card(p, t) for p, t, *_ in posts[:2])
    site.add(u("/"), page("Harbour Light", f'<div class="gh-feed">{home}</div>'))
    tag_page = page(
        "City - Harbour Light",
        f'<h1>City</h1><div class="gh-feed">{card("/night-market/", "Night market")}</div>',
    )
    site.add(u("/tag/city/"), tag_page)
    site.add(u("/tag/harbour/"), page("Harbour", card("/ferry-pier/", "Old ferry pier")))
    site.never_exported |= {u("/tag/city/"), u("/tag/harbour/"), u("/author/mara/")}
    site.never_requested |= {u("/ghost/"), u("/p/")}
    return site


# -- Le Courrier du Val: a French regional daily, Europe/Paris ---------------------------------

COURRIER = "https://www.courrierduval.example"
_FR_PARAS = {
    "budget": [
        "Les élus du conseil départemental ont adopté lundi soir un budget de 612 millions d'euros pour 2027, en hausse de 4 % par rapport à l'an dernier, après plus de six heures de débats.",
        "La plus grosse part des dépenses nouvelles ira aux routes départementales, dont une quarantaine de kilomètres seront refaits avant l'été, et à la rénovation de trois collèges de la vallée.",
        "L'opposition a voté contre en dénonçant une hausse de la dette, que la majorité juge raisonnable au regard des investissements engagés.",
        "Le président du département a promis une réunion publique dans chaque canton avant la fin du mois de janvier pour présenter les chantiers prévus.",
    ],
    "incendie": [
        "Un violent incendie a détruit dans la nuit de dimanche à lundi un entrepôt de meubles de la zone artisanale de Saint-Aubin, sans faire de blessé.",
        "Une soixantaine de sapeurs-pompiers venus de cinq casernes ont lutté pendant près de quatre heures pour empêcher les flammes de gagner les bâtiments voisins.",
        "Le bâtiment de 2 000 mètres carrés, qui abritait le stock d'un fabricant local, est entièrement détruit. Une dizaine de salariés devraient être placés au chômage technique.",
        "La gendarmerie a ouvert une enquête pour déterminer l'origine du sinistre. Aucune piste n'est écartée à ce stade, selon le parquet.",
    ],
    "festival": [
        "Le festival des Remparts a refermé ses portes mardi soir sur un record de fréquentation, avec près de 38 000 spectateurs en cinq soirées.",
        "Les organisateurs se félicitent d'une programmation qui mêlait têtes d'affiche nationales et groupes de la région, dont plusieurs se produisaient pour la première fois devant un aussi large public.",
        "Le feu d'artifice du 14 Juillet, tiré depuis la tour de l'Horloge, a clôturé la dernière soirée devant une foule massée sur les quais.",
    ],
    "derby": [
        "Le FC Val s'est imposé 2-1 dans le derby face à l'US Rivière, dimanche après-midi, devant un stade municipal plein pour la première fois de la saison.",
        "Menés à la pause, les joueurs locaux ont renversé la rencontre grâce à deux buts inscrits en dix minutes par leur attaquant, entré en jeu à l'heure de jeu.",
        "Avec cette victoire, le club remonte à la quatrième place du classement, à deux points du podium, avant de se déplacer samedi chez le leader.",
    ],
    "fromagerie": [
        "La fromagerie coopérative de la vallée va investir 3,5 millions d'euros dans une nouvelle cave d'affinage, qui doit permettre de doubler sa production de tomme d'ici à 2029.",
        "Les 42 producteurs de lait qui livrent la coopérative ont validé le projet en assemblée générale, malgré une hausse de leur cotisation annuelle pendant cinq ans.",
    ],
    "rugby": [
        "Le Rugby Club du Val a décroché sa cinquième victoire consécutive en battant Montferrand-le-Haut 27 à 13, samedi, au terme d'un match longtemps indécis.",
        "Les avants ont fait la différence en seconde période, en inscrivant deux essais sur des ballons portés à la suite de touches.",
        "L'entraîneur a salué l'état d'esprit de son groupe, privé de quatre titulaires blessés, et annoncé le retour de son demi de mêlée pour la réception de Lavaur.",
    ],
}


def le_courrier_du_val() -> CmsSite:
    """A French regional daily on Paris time: ``<html lang="fr-FR">``, dates printed
    "Publié le 24/11/2026 à 14h05" / "Mis à jour le 25/11/2026 à 08h30" on one layout and
    "Publié le mardi 24 novembre 2026 à 14:05" on another, JSON-LD dates without a zone on some
    articles and with +01:00 on others, a July article on summer time (+02:00), which only the
    sitemaps' offsets on both sides of the change prove; sections with sub-sections, listings
    paged by ``?page=2`` and ``/page/2/``, a sitemap index with a news sitemap, an RSS feed
    announced only by ``<link rel=alternate>``, "Lire aussi :" boxes and "Publicité" labels in
    the text, "Par A et B" bylines, an AMP twin under ``/amp/``, a subscribers-only teaser,
    a soft 404 ("Page introuvable") at an article URL, videos, a photo gallery
    (``/diaporama/``), tag and author pages."""
    site = CmsSite(
        "le-courrier-du-val", COURRIER + "/", datetime.fromisoformat("2026-11-25T10:00:00+00:00")
    )
    u = COURRIER.__add__
    rss = "/rss/a-la-une.xml"

    def nav() -> str:
        return (
            '<header class="entete"><a class="logo" href="/">Le Courrier du Val</a>'
            '<nav class="menu-principal"><ul>'
            '<li><a href="/actualite/">Actualité</a><ul class="sous-menu">'
            '<li><a href="/actualite/politique/">Politique</a></li>'
            '<li><a href="/actualite/economie/">Économie</a></li></ul></li>'
            '<li><a href="/faits-divers/">Faits divers</a></li>'
            '<li><a href="/sport/">Sport</a><ul class="sous-menu">'
            '<li><a href="/sport/football/">Football</a></li>'
            '<li><a href="/sport/rugby/">Rugby</a></li></ul></li>'
            '<li><a href="/culture/">Culture</a></li>'
            '<li><a href="/videos/">Vidéos</a></li><li><a href="/diaporama/">Diaporamas</a></li>'
            '<li><a href="/mon-compte/">Mon compte</a></li></ul></nav></header>'
        )

    def page(title: str, body: str, head: str = "") -> str:
        return (
            '<!DOCTYPE html><html lang="fr-FR"><head><meta charset="utf-8">'
            f"<title>{title} - Le Courrier du Val</title>"
            f'<meta property="og:site_name" content="Le Courrier du Val">{head}</head>'
            f"<body>{nav()}{body}"
            '<footer class="pied"><a href="/tag/municipales-2026/">Municipales 2026</a> '
            '<a href="/auteur/claire-martin/">Claire Martin</a> '
            '<a href="/recherche/?q=budget">Rechercher</a> '
            '<a href="/mentions-legales/">Mentions légales</a> <a href="/contact/">Contact</a>'
            "</footer></body></html>"
        )

    def listing(title: str, links: list[str], next_href: str | None = None, head: str = "") -> str:
        cards = "".join(
            f'<article class="carte"><h2><a href="{href}">Lire l\'article</a></h2></article>'
            for href in links
        )
        more = (
            f'<nav class="pagination"><a href="{next_href}">Page suivante</a></nav>'
            if next_href
            else ""
        )
        return page(
            title, f'<main><h1 class="titre-rubrique">{title}</h1>{cards}{more}</main>', head
        )

    def person(name: str, slug: str) -> dict[str, Any]:
        return {"@type": "Person", "name": name, "url": f"{COURRIER}/auteur/{slug}/"}

    def ld(
        path: str, title: str, published: str, authors: list[dict[str, Any]], **more: Any
    ) -> str:
        return _ld({"@context": "https://schema.org", "@type": "NewsArticle",
                    "mainEntityOfPage": COURRIER + path, "headline": title,
                    "datePublished": published, "author": authors, "inLanguage": "fr-FR",
                    "publisher": {"@type": "NewsMediaOrganization", "name": "Le Courrier du Val"},
                    **more})  # fmt: skip

    def story(
        path: str,
        title: str,
        dek: str,
        text: str,
        *,
        byline: str,
        dates: str,
        crumbs: list[tuple[str, str]],
        tags: list[tuple[str, str]],
        head: str = "",
        image: str | None = None,
    ) -> str:
        trail = " › ".join(f'<a href="{href}">{name}</a>' for href, name in crumbs)
        tag_links = " ".join(f'<a href="/tag/{s}/" rel="tag">{n}</a>' for s, n in tags)
        figure = (
            f'<figure class="article-image"><img src="{image}" alt="">'
            "<figcaption>Photo Le Courrier du Val</figcaption></figure>"
            if image
            else ""
        )
        return page(
            title,
            '<main><article class="article">'
            f'<nav class="fil-ariane"><a href="/">Accueil</a> › {trail}</nav>'
            f'<h1 class="article-titre">{title}</h1><p class="chapo">{dek}</p>'
            f'<div class="article-signature"><span class="auteurs">{byline}</span>{dates}</div>'
            f'{figure}<div class="article-corps">{text}</div>'
            f'<div class="article-mots-cles">{tag_links}</div></article>'
            '<aside class="a-lire-aussi"><h2>À lire aussi</h2><ul>'
            '<li><a href="/faits-divers/incendie-un-entrepot-de-meubles-ravage-a-saint-aubin-11762034.php">'
            "Incendie : un entrepôt de meubles ravagé à Saint-Aubin</a></li></ul></aside></main>",
            f'<link rel="canonical" href="{COURRIER}{path}"><meta name="description" content="{dek}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
            + (f'<meta property="og:image" content="{image}">' if image else "")
            + head,
        )

    def numeric(published: str, updated: str | None = None) -> str:
        text = f'<p class="dates"><span class="publie">Publié le {published}</span>'
        if updated:
            text += f' <span class="maj">Mis à jour le {updated}</span>'
        return text + "</p>"

    def long_form(published: str, updated: str | None = None) -> str:
        text = f'<div class="date-publication">Publié le {published}'
        if updated:
            text += f"<br>Mis à jour le {updated}"
        return text + "</div>"

    claire, hugo = person("Claire Martin", "claire-martin"), person("Hugo Lefèvre", "hugo-lefevre")
    sophie = person("Sophie Garnier", "sophie-garnier")

    # F1: two authors ("Par A et B"), JSON-LD dates without a zone, printed
    # "Publié le 24/11/2026 à 14h05"; a BreadcrumbList; on the home page only as AMP.
    f1 = "/actualite/politique/2026/11/24/le-departement-adopte-un-budget-de-612-millions-d-euros"
    f1_title = "Le Département adopte un budget de 612 millions d'euros"
    f1_dek = "Routes et collèges se taillent la part du lion des dépenses nouvelles pour 2027."
    f1_img = COURRIER + "/images/2026/11/24/hemicycle-departement.jpg"
    f1_html = story(
        f1, f1_title, f1_dek, paras(_FR_PARAS["budget"]), image=f1_img,
        byline='Par <a href="/auteur/claire-martin/">Claire Martin</a> et '
        '<a href="/auteur/hugo-lefevre/">Hugo Lefèvre</a>',
        dates=numeric("24/11/2026 à 14h05", "25/11/2026 à 08h30"),
        crumbs=[("/actualite/", "Actualité"), ("/actualite/politique/", "Politique")],
        tags=[("conseil-departemental", "Conseil départemental"), ("budget", "Budget")],
        head=f'<link rel="amphtml" href="{COURRIER}/amp{f1}">'
        + ld(f1, f1_title, "2026-11-24T14:05:00", [claire, hugo],
             dateModified="2026-11-25T08:30:00", image=f1_img)
        + _ld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": COURRIER + "/"},
            {"@type": "ListItem", "position": 2, "name": "Actualité", "item": u("/actualite/")},
            {"@type": "ListItem", "position": 3, "name": "Politique",
             "item": u("/actualite/politique/")},
            {"@type": "ListItem", "position": 4, "name": f1_title, "item": u(f1)}]}),
    )  # fmt: skip
    site.add(u(f1), f1_html)
    site.add(u("/amp" + f1), f1_html.replace('<link rel="amphtml"', '<link rel="x-amp"'))
    site.article(
        url=u(f1), site="courrierduval.example", title=f1_title, description=f1_dek,
        authors=["Claire Martin", "Hugo Lefèvre"], published_at="2026-11-24T13:05:00Z",
        published_raw="2026-11-24T14:05:00", modified_at="2026-11-25T07:30:00Z",
        modified_raw="2026-11-25T08:30:00", section="actualite",
        tags=["Conseil départemental", "Budget"], body="\n\n".join(_FR_PARAS["budget"]),
        image_url=f1_img, language="fr",
    )  # fmt: skip

    # F2: "Lire aussi :" boxes and "Publicité" labels inside the text; JSON-LD with +01:00;
    # printed on the long layout; a numeric id; in the RSS feed and its section.
    f2 = "/faits-divers/incendie-un-entrepot-de-meubles-ravage-a-saint-aubin-11762034.php"
    f2_title = "Incendie : un entrepôt de meubles ravagé à Saint-Aubin"
    f2_dek = "Une soixantaine de pompiers ont combattu les flammes pendant quatre heures."
    p = _FR_PARAS["incendie"]
    f2_text = (
        f"<p>{p[0]}</p>"
        '<div class="pub"><span class="pub-label">Publicité</span><div id="dfp-inread"></div></div>'
        f"<p>{p[1]}</p>"
        '<div class="encadre-lire"><strong>Lire aussi :</strong> <a href="/faits-divers/'
        'accident-sur-la-rocade-un-motard-grievement-blesse-11760420.php">Accident sur la rocade : '
        "un motard grièvement blessé</a></div>"
        f"<p>{p[2]}</p>"
        "<p><strong>Lire aussi :</strong> "
        '<a href="/actualite/economie/la-zone-artisanale-de-saint-aubin-va-s-agrandir-11701177.php">'
        "La zone artisanale de Saint-Aubin va s'agrandir</a></p>"
        '<div class="publicite"><p>Publicité</p></div>'
        f"<p>{p[3]}</p>"
    )
    site.add(u(f2), story(
        f2, f2_title, f2_dek, f2_text,
        byline='Par <a href="/auteur/sophie-garnier/">Sophie Garnier</a>',
        dates=long_form("lundi 23 novembre 2026 à 07:40"),
        crumbs=[("/faits-divers/", "Faits divers")],
        tags=[("incendie", "Incendie"), ("saint-aubin", "Saint-Aubin")],
        head=ld(f2, f2_title, "2026-11-23T07:40:00+01:00", [sophie],
                articleSection="Faits divers"),
    ))  # fmt: skip
    site.article(
        url=u(f2), site="courrierduval.example", article_id="11762034", title=f2_title,
        description=f2_dek, authors=["Sophie Garnier"], published_at="2026-11-23T06:40:00Z",
        published_raw="2026-11-23T07:40:00+01:00", section="faits-divers",
        tags=["Incendie", "Saint-Aubin"], body="\n\n".join(p), language="fr",
    )  # fmt: skip

    # F3: a summer article (CEST, +02:00) whose JSON-LD has no zone; only on the second page
    # of its section (/page/2/) and in the July sitemap.
    f3 = "/culture/2026/07/14/le-festival-des-remparts-bat-son-record-de-frequentation"
    f3_title = "Le festival des Remparts bat son record de fréquentation"
    f3_dek = "Près de 38 000 spectateurs en cinq soirées, feu d'artifice compris."
    site.add(u(f3), story(
        f3, f3_title, f3_dek, paras(_FR_PARAS["festival"]),
        byline='Par <a href="/auteur/hugo-lefevre/">Hugo Lefèvre</a>',
        dates=long_form("mardi 14 juillet 2026 à 23:50", "mercredi 15 juillet 2026 à 09:00"),
        crumbs=[("/culture/", "Culture")], tags=[("festival-des-remparts", "Festival des Remparts")],
        head=ld(f3, f3_title, "2026-07-14T23:50:00", [hugo], dateModified="2026-07-15T09:00:00",
                articleSection="Culture"),
    ))  # fmt: skip
    site.article(
        url=u(f3), site="courrierduval.example", title=f3_title, description=f3_dek,
        authors=["Hugo Lefèvre"], published_at="2026-07-14T21:50:00Z",
        published_raw="2026-07-14T23:50:00", modified_at="2026-07-15T07:00:00Z",
        modified_raw="2026-07-15T09:00:00", section="culture",
        tags=["Festival des Remparts"], body="\n\n".join(_FR_PARAS["festival"]), language="fr",
    )  # fmt: skip

    # F4: no JSON-LD at all, "Publié le 22/11/2026 à 17h10" without a zone; only on the
    # second page of a sub-section (?page=2), in no sitemap or feed.
    f4 = "/sport/football/2026/11/22/le-fc-val-renverse-l-us-riviere-dans-le-derby"
    f4_title = "Le FC Val renverse l'US Rivière dans le derby"
    f4_dek = "Menés à la pause, les joueurs locaux l'emportent 2-1 devant un stade plein."
    site.add(u(f4), story(
        f4, f4_title, f4_dek, paras(_FR_PARAS["derby"]),
        byline='Par <a href="/auteur/thomas-roux/">Thomas Roux</a>',
        dates=numeric("22/11/2026 à 17h10"),
        crumbs=[("/sport/", "Sport"), ("/sport/football/", "Football")],
        tags=[("fc-val", "FC Val")],
    ))  # fmt: skip
    site.article(
        url=u(f4), site="courrierduval.example", title=f4_title, description=f4_dek,
        authors=["Thomas Roux"], published_at="2026-11-22T16:10:00Z",
        published_raw="2026-11-22 17:10", section="sport", tags=["FC Val"],
        body="\n\n".join(_FR_PARAS["derby"]), language="fr",
    )  # fmt: skip

    # F5: subscribers only: the page shows the standfirst and two paragraphs, then the
    # paywall prompt. The article is real and its header complete, so it is exported with the
    # text a reader without a subscription sees, never with the prompt.
    f5 = "/actualite/economie/2026/11/24/la-fromagerie-cooperative-investit-dans-une-nouvelle-cave"
    f5_title = "La fromagerie coopérative investit 3,5 millions dans une nouvelle cave"
    f5_dek = "Les producteurs ont validé un projet qui doit doubler la production de tomme."
    f5_text = paras(_FR_PARAS["fromagerie"]) + (
        '<div class="bloc-abonnement"><p class="bloc-abonnement-titre">Cet article est réservé aux abonnés.</p>'
        '<p>Déjà abonné ? <a href="/mon-compte/connexion/">Se connecter</a></p>'
        '<p><a class="bouton" href="/abonnement/">Je m\'abonne</a> '
        "1 € le premier mois, sans engagement</p></div>"
    )
    site.add(u(f5), story(
        f5, f5_title, f5_dek, f5_text,
        byline='Par <a href="/auteur/claire-martin/">Claire Martin</a>',
        dates=numeric("24/11/2026 à 06h00"),
        crumbs=[("/actualite/", "Actualité"), ("/actualite/economie/", "Économie")],
        tags=[("agriculture", "Agriculture")],
        head=ld(f5, f5_title, "2026-11-24T06:00:00+01:00", [claire], isAccessibleForFree=False,
                hasPart={"@type": "WebPageElement", "isAccessibleForFree": False,
                         "cssSelector": ".article-premium"}),
    ))  # fmt: skip
    site.article(
        url=u(f5), site="courrierduval.example", title=f5_title, description=f5_dek,
        authors=["Claire Martin"], published_at="2026-11-24T05:00:00Z",
        published_raw="2026-11-24T06:00:00+01:00", section="actualite",
        tags=["Agriculture"], body="\n\n".join(_FR_PARAS["fromagerie"]), language="fr",
    )  # fmt: skip

    # F6: no JSON-LD, the long layout "Publié le samedi 21 novembre 2026 à 22:15" and an
    # update the next day; listed by the news sitemap.
    f6 = "/sport/rugby/2026/11/21/le-rc-val-enchaine-une-cinquieme-victoire"
    f6_title = "Le RC Val enchaîne une cinquième victoire"
    f6_dek = "Privés de quatre titulaires, les Valois ont dominé Montferrand-le-Haut."
    site.add(u(f6), story(
        f6, f6_title, f6_dek, paras(_FR_PARAS["rugby"]),
        byline='Par <a href="/auteur/thomas-roux/">Thomas Roux</a>',
        dates=long_form("samedi 21 novembre 2026 à 22:15", "dimanche 22 novembre 2026 à 10:20"),
        crumbs=[("/sport/", "Sport"), ("/sport/rugby/", "Rugby")], tags=[("rc-val", "RC Val")],
    ))  # fmt: skip
    site.article(
        url=u(f6), site="courrierduval.example", title=f6_title, description=f6_dek,
        authors=["Thomas Roux"], published_at="2026-11-21T21:15:00Z",
        published_raw="21 novembre 2026 à 22:15", modified_at="2026-11-22T09:20:00Z",
        modified_raw="22 novembre 2026 à 10:20", section="sport", tags=["RC Val"],
        body="\n\n".join(_FR_PARAS["rugby"]), language="fr",
    )  # fmt: skip

    # A soft 404 at an article URL: served with 200, "Page introuvable" and suggestions.
    gone = "/culture/2026/11/20/la-fete-de-la-soupe-revient-place-du-marche"
    site.add(u(gone), page(
        "Page introuvable",
        '<main class="erreur"><h1>Page introuvable</h1>'
        "<p>Oups ! La page que vous recherchez n'existe pas ou a été déplacée.</p>"
        "<p>Vous pouvez revenir à l'accueil ou consulter nos derniers articles :</p><ul>"
        f'<li><a href="{f1}">{f1_title}</a></li><li><a href="{f2}">{f2_title}</a></li>'
        f'<li><a href="{f6}">{f6_title}</a></li></ul></main>',
        '<meta name="robots" content="noindex">',
    ))  # fmt: skip

    # A video and a photo gallery, each with an article's markup around it.
    video = "/videos/2026/11/22/le-derby-en-images-les-buts-du-fc-val-v8841"
    site.add(u(video), page(
        "Vidéo. Le derby en images : les buts du FC Val",
        '<main><article class="video"><h1>Vidéo. Le derby en images : les buts du FC Val</h1>'
        '<p class="dates">Publié le 22/11/2026 à 19h00</p>'
        '<div class="lecteur"><video src="/media/derby-fc-val.mp4" controls></video></div>'
        "<p>Revivez les trois buts du derby entre le FC Val et l'US Rivière.</p></article></main>",
        f'<link rel="canonical" href="{COURRIER}{video}"><meta property="og:type" content="video.other">'
        + _ld({"@context": "https://schema.org", "@type": "VideoObject",
               "name": "Le derby en images : les buts du FC Val",
               "uploadDate": "2026-11-22T19:00:00+01:00",
               "contentUrl": COURRIER + "/media/derby-fc-val.mp4"}),
    ))  # fmt: skip
    gallery = "/diaporama/2026/11/21/le-marche-de-noel-s-installe-place-du-chateau-ph8840"
    site.add(u(gallery), page(
        "Diaporama. Le marché de Noël s'installe place du Château",
        '<main><article class="diaporama"><h1>Le marché de Noël s\'installe place du Château</h1>'
        '<p class="dates">Publié le 21/11/2026 à 16h30</p>'
        + "".join(
            f'<figure class="diapo"><img src="/images/2026/11/21/marche-noel-{i}.jpg">'
            f"<figcaption>Les chalets du marché de Noël place du Château, photo {i} sur 12."
            "</figcaption></figure>"
            for i in range(1, 13)
        )
        + "</article></main>",
        f'<link rel="canonical" href="{COURRIER}{gallery}"><meta property="og:type" content="article">'
        + _ld({"@context": "https://schema.org", "@type": "ImageGallery",
               "name": "Le marché de Noël s'installe place du Château",
               "datePublished": "2026-11-21T16:30:00+01:00"}),
    ))  # fmt: skip
    # Tag and author pages: listings, never articles.
    site.add(u("/tag/budget/"), listing("Budget", [f1]))
    site.add(u("/tag/municipales-2026/"), listing("Municipales 2026", [f1]))
    for slug, name, links in (("claire-martin", "Claire Martin", [f1, f5]),
                              ("hugo-lefevre", "Hugo Lefèvre", [f1, f3]),
                              ("sophie-garnier", "Sophie Garnier", [f2]),
                              ("thomas-roux", "Thomas Roux", [f4, f6])):  # fmt: skip
        site.add(u(f"/auteur/{slug}/"), page(
            name,
            f'<main><h1>{name}</h1><p class="bio">{name} est journaliste à la rédaction du '
            "Courrier du Val depuis 2015 et couvre l'actualité de la vallée, des conseils "
            "municipaux aux associations de quartier.</p>"
            + "".join(f'<h2><a href="{href}">Article</a></h2>' for href in links) + "</main>",
        ))  # fmt: skip
    site.never_exported |= {
        u(gone), u(video), u(gallery), u("/tag/budget/"), u("/tag/municipales-2026/"),
        *(u(f"/auteur/{s}/") for s in ("claire-martin", "hugo-lefevre", "sophie-garnier", "thomas-roux")),
    }  # fmt: skip

    site.add(u("/robots.txt"), (
        "User-agent: *\nDisallow: /recherche/\nDisallow: /mon-compte/\nDisallow: /abonnement/\n"
        f"Sitemap: {COURRIER}/sitemap_index.xml\n"
    ), "text/plain")  # fmt: skip
    site.add(u("/sitemap_index.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{COURRIER}/sitemaps/news.xml</loc>"
        "<lastmod>2026-11-25T08:30:00+01:00</lastmod></sitemap>"
        f"<sitemap><loc>{COURRIER}/sitemaps/articles-2026-07.xml</loc>"
        "<lastmod>2026-07-31T23:00:00+02:00</lastmod></sitemap></sitemapindex>"
    ), XML)  # fmt: skip
    news = [
        (f1, f1_title, "2026-11-24T14:05:00+01:00"), (f5, f5_title, "2026-11-24T06:00:00+01:00"),
        (f6, f6_title, "2026-11-21T22:15:00+01:00"), (gallery, "Le marché de Noël", "2026-11-21T16:30:00+01:00"),
    ]  # fmt: skip
    site.add(u("/sitemaps/news.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(
            f"<url><loc>{COURRIER}{path}</loc><news:news><news:publication>"
            "<news:name>Le Courrier du Val</news:name><news:language>fr</news:language>"
            f"</news:publication><news:publication_date>{when}</news:publication_date>"
            f"<news:title>{title}</news:title></news:news></url>"
            for path, title, when in news
        )
        + "</urlset>"
    ), XML)  # fmt: skip
    site.add(u("/sitemaps/articles-2026-07.xml"), (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{COURRIER}{f3}</loc><lastmod>2026-07-15T09:00:00+02:00</lastmod></url>"
        "</urlset>"
    ), XML)  # fmt: skip
    site.add(u(rss), (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Le Courrier du Val - À la une</title><link>{COURRIER}/</link>"
        "<description>Toute l'actualité de la vallée</description><language>fr</language>"
        f"<item><title>{f2_title}</title><link>{COURRIER}{f2}?xtor=RSS-1</link>"
        "<pubDate>Mon, 23 Nov 2026 07:40:00 +0100</pubDate></item>"
        "</channel></rss>"
    ), "application/rss+xml; charset=utf-8")  # fmt: skip

    feed = (
        '<link rel="alternate" type="application/rss+xml" '
        f'title="Le Courrier du Val - À la une" href="{COURRIER}{rss}">'
    )
    site.add(u("/"), listing("Le Courrier du Val", ["/amp" + f1, f2, video, gallery], head=feed))
    site.add(u("/actualite/"), listing("Actualité", [f1, f5, gone]))
    site.add(u("/actualite/politique/"), listing("Politique", [f1]))
    site.add(u("/actualite/economie/"), listing("Économie", [f5]))
    site.add(u("/faits-divers/"), listing("Faits divers", [f2]))
    site.add(u("/sport/"), listing("Sport", [f6]))
    site.add(u("/sport/football/"), listing("Football", [], "/sport/football/?page=2"))
    site.add(u("/sport/football/?page=2"), listing("Football", [f4]))
    site.add(u("/sport/rugby/"), listing("Rugby", [f6]))
    site.add(u("/culture/"), listing("Culture", [gone], "/culture/page/2/"))
    site.add(u("/culture/page/2/"), listing("Culture", [f3]))
    site.add(u("/videos/"), listing("Vidéos", [video]))
    site.add(u("/diaporama/"), listing("Diaporamas", [gallery]))
    site.never_requested |= {
        u("/recherche/?q=budget"), u("/mon-compte/"), u("/mon-compte/connexion/"), u("/abonnement/"),
    }  # fmt: skip
    return site


SITES = {
    "minato-shimpo": minato_shimpo,
    "prairie-ledger": prairie_ledger,
    "diario-del-valle": diario_del_valle,
    "wessex-gazette": wessex_gazette,
    "lakeside-tribune": lakeside_tribune,
    "harbour-light": harbour_light,
    "le-courrier-du-val": le_courrier_du_val,
}

# Last: these modules import the helpers above.
from tests.cmssites_ar import al_nahar_al_jadid
from tests.cmssites_at import talbote_online
from tests.cmssites_au import coastal_herald
from tests.cmssites_bd import dainik_probaho
from tests.cmssites_br import folha_do_vale
from tests.cmssites_ca import tidewater_chronicle
from tests.cmssites_cz import polabsky_hlasatel
from tests.cmssites_de import rheinblick_kurier
from tests.cmssites_el import foni_tou_aigaiou
from tests.cmssites_es_ar import diario_del_plata
from tests.cmssites_fa import parsnameh
from tests.cmssites_he import kol_haemek
from tests.cmssites_hi import dainik_samachar
from tests.cmssites_hu import alfoldi_hirmondo
from tests.cmssites_id import kabar_nusantara
from tests.cmssites_in import deccan_ledger
from tests.cmssites_it import gazzetta_del_lago
from tests.cmssites_ke import savanna_mirror
from tests.cmssites_ko import hanbit_ilbo
from tests.cmssites_my import suara_semenanjung
from tests.cmssites_ng import lagoon_courier
from tests.cmssites_nl import polder_dagblad
from tests.cmssites_nz import riverbend_gazette
from tests.cmssites_ph import kapuluan_herald
from tests.cmssites_pk import ravi_courier
from tests.cmssites_pl import kurier_nadwislanski
from tests.cmssites_pt import diario_do_tejo
from tests.cmssites_ro import vocea_carpatilor
from tests.cmssites_ru import volzhskaya_pravda
from tests.cmssites_sa import al_waha
from tests.cmssites_sv import norrlands_posten
from tests.cmssites_th import khao_lanna
from tests.cmssites_tr import ege_haber
from tests.cmssites_tw import haidao_chenbao
from tests.cmssites_uk import slobidska_pravda
from tests.cmssites_us import desert_9_news
from tests.cmssites_us_blox import plains_herald
from tests.cmssites_us_drupal import prairie_dispatch
from tests.cmssites_vi import tin_bien_xanh
from tests.cmssites_zh import jiangnan_ribao

SITES["coastal-herald"] = coastal_herald
SITES["talbote-online"] = talbote_online
SITES["riverbend-gazette"] = riverbend_gazette
SITES["al-nahar-al-jadid"] = al_nahar_al_jadid
SITES["folha-do-vale"] = folha_do_vale
SITES["dainik-samachar"] = dainik_samachar
SITES["deccan-ledger"] = deccan_ledger
SITES["gazzetta-del-lago"] = gazzetta_del_lago
SITES["volzhskaya-pravda"] = volzhskaya_pravda
SITES["hanbit-ilbo"] = hanbit_ilbo
SITES["rheinblick-kurier"] = rheinblick_kurier
SITES["norrlands-posten"] = norrlands_posten
SITES["ege-haber"] = ege_haber
SITES["jiangnan-ribao"] = jiangnan_ribao
SITES["diario-del-plata"] = diario_del_plata
SITES["het-polder-dagblad"] = polder_dagblad
SITES["kabar-nusantara"] = kabar_nusantara
SITES["parsnameh"] = parsnameh
SITES["kol-haemek"] = kol_haemek
SITES["tin-bien-xanh"] = tin_bien_xanh
SITES["khao-lanna"] = khao_lanna
SITES["foni-tou-aigaiou"] = foni_tou_aigaiou
SITES["kurier-nadwislanski"] = kurier_nadwislanski
SITES["slobidska-pravda"] = slobidska_pravda
SITES["desert-9-news"] = desert_9_news
SITES["tidewater-chronicle"] = tidewater_chronicle
SITES["savanna-mirror"] = savanna_mirror
SITES["kapuluan-herald"] = kapuluan_herald
SITES["haidao-chenbao"] = haidao_chenbao
SITES["al-waha"] = al_waha
SITES["alfoldi-hirmondo"] = alfoldi_hirmondo
SITES["dainik-probaho"] = dainik_probaho
SITES["suara-semenanjung"] = suara_semenanjung
SITES["polabsky-hlasatel"] = polabsky_hlasatel
SITES["vocea-carpatilor"] = vocea_carpatilor
SITES["ravi-courier"] = ravi_courier
SITES["diario-do-tejo"] = diario_do_tejo
SITES["lagoon-courier"] = lagoon_courier
SITES["prairie-dispatch"] = prairie_dispatch
SITES["plains-herald"] = plains_herald

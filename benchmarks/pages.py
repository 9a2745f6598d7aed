"""Pages of the synthetic site: articles in both designs, listings, home, sitemap, robots.txt."""

from __future__ import annotations

import json
from html import escape
from typing import TYPE_CHECKING

from benchmarks.chrome import Chrome
from benchmarks.site import IST, ORIGIN, paragraph, sentence

if TYPE_CHECKING:
    import random
    from collections.abc import Iterator
    from datetime import datetime

    from benchmarks.site import ArticleMeta, Listing, Site

SITEMAP_PATH = "/commonfeeds/v1/mfp/sitemap/google-news.xml"


def _current_date(moment_ist: datetime) -> str:
    """``June 5, 2013, 08:23:04 IST``: the current design's byline date."""
    return f"{moment_ist:%B} {moment_ist.day}, {moment_ist:%Y, %H:%M:%S} IST"


def _body(rng: random.Random, site: Site, article: ArticleMeta) -> tuple[str, list[str]]:
    """Article body HTML and its plain paragraphs, with an ad label and an "Also read" box."""
    paragraphs = [paragraph(rng) for _ in range(rng.randint(8, 18))]
    parts: list[str] = []
    for i, text in enumerate(paragraphs):
        words = text.split(" ")
        if len(words) > 12 and i % 3 == 1:  # inline links and emphasis, as editors add them
            words[5] = f'<a href="/tag/{words[5].strip(".").lower()}/">{words[5]}</a>'
            words[9] = f"<strong>{words[9]}</strong>"
        parts.append(f"\n        <p>{' '.join(words)}</p>")
        if i == 3:
            parts.append(
                '\n        <div class="ads-box"><span>STORY CONTINUES BELOW THIS AD</span>'
                '<div id="div-gpt-ad-1" class="ad-slot"></div></div>'
            )
        if i == 6 and (other := site.related(article, 2)):
            parts.append(
                f'\n        <p><strong>Also Read:</strong> <a href="{other[0].url}">'
                f"{escape(other[0].title)}</a></p>"
            )
    return "".join(parts), paragraphs


def _related_box(chrome: Chrome, related: list[ArticleMeta], style: str) -> str:
    cards = "".join(chrome.card(a, style) for a in related)
    return f'\n    <section class="related-stories"><h3>More from the section</h3>{cards}\n    </section>'


def article_page(site: Site, chrome: Chrome, article: ArticleMeta) -> str:
    rng = site.article_rng(article)
    related = site.related(article, rng.randint(30, 50))
    body_html, paragraphs = _body(rng, site, article)
    published = article.published.astimezone(IST)
    title, summary = escape(article.title), escape(article.summary)
    img = f"https://images.firstpost.com/uploads/{published:%Y/%m}/{article.slug[:30]}-{article.article_id}.jpg"
    head = f"""
  <meta name="description" content="{summary}">
  <link rel="canonical" href="{article.url}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{title}">
  <meta property="og:description" content="{summary}">
  <meta property="og:url" content="{article.url}">
  <meta property="og:image" content="{img}">
  <meta name="twitter:card" content="summary_large_image">"""
    if article.design == "fp2":
        main, extra_head = _fp2_article(site, chrome, article, body_html, paragraphs, img, related)
        page_title = f"{article.title}-{article.section.capitalize()} News , Firstpost"
    else:
        main, extra_head = _current_article(site, chrome, article, body_html, img, related)
        page_title = f"{article.title} - Firstpost"
    head += extra_head
    return chrome.page(
        title=page_title,
        head=head,
        main=main,
        state=chrome.state(rng, related, "article"),
        body_class=f"article-page {article.design}",
    )


def _current_article(
    site: Site,
    chrome: Chrome,
    article: ArticleMeta,
    body: str,
    img: str,
    related: list[ArticleMeta],
) -> tuple[str, str]:
    authors = ", ".join(
        f'<a href="/author/{name.lower().replace(" ", "-")}/">{escape(name)}</a>'
        for name in article.authors
    )
    tags = "".join(f'<a href="/tag/{t}/">{t}</a>\n' for t in article.tags)
    published = article.published.astimezone(IST)
    main = f"""
    <section class="dtls-left-col">
      <div class="breadcrumb"><a href="/">Home</a> &gt; <a href="{site.section_url(article.section)}">{article.section.capitalize()}</a></div>
      <h1 class="art-ttl">{escape(article.title)}</h1>
      <div class="art-desc"><p><span class="less-cont">{escape(article.summary)}</span></p></div>
      <div class="art-dtls-info">{authors} &bull; {_current_date(published)}</div>
      <div class="share-bar">{chrome.share(article.url)}</div>
      <div class="art-img"><img src="{img}?im=FitAndFill=(1200,675)" alt="{escape(article.title)}" width="1200" height="675"></div>
      <div class="art-content">{body}
      </div>
      <div class="tag-cont-wp">{tags}</div>
    </section>{_related_box(chrome, related, "section")}"""
    stamps = published.isoformat(), article.modified.astimezone(IST).isoformat()
    head = f"""
  <meta itemprop="datePublished" content="{stamps[0]}">
  <meta itemprop="dateModified" content="{stamps[1]}">
  <meta property="article:published_time" content="{stamps[0]}">"""
    return main, head


def _fp2_article(
    site: Site,
    chrome: Chrome,
    article: ArticleMeta,
    body: str,
    paragraphs: list[str],
    img: str,
    related: list[ArticleMeta],
) -> tuple[str, str]:
    rng = site.article_rng(article)
    published, modified = article.published.astimezone(IST), article.modified.astimezone(IST)
    bylines = "".join(
        f'<a href="/author/{name.lower().replace(" ", "-")}"><span class="article-by">{escape(name)}</span></a>'
        for name in article.authors
    )
    bullets = "".join(f'<li><h2 class="bullets">{sentence(rng, 8, 14)}</h2></li>' for _ in range(3))
    tags = "".join(f'<li><a href="/tag/{t}">{t}</a></li>' for t in article.tags[:4])
    section = article.section
    main = f"""
    <div class="container mainArticlediv" data-url="{article.url}" data-title="{escape(article.title)}">
      <div class="breadcrumb"><ul class="breadcrumb-list"><li><a href="/">Home</a></li><li><a href="{site.section_url(section)}">{section.capitalize()}</a></li><li class="current">{escape(article.title)}</li></ul></div>
      <h2 class="category-name"><a class="section-btn" href="{site.section_url(section)}">{section.capitalize()}</a></h2>
      <h1 class="inner-main-title" id="headlineitem">{escape(article.title)}</h1>
      <p class="inner-copy">{escape(article.summary)}</p>
      <div class="author-info">{bylines}<span>{published:%B %d, %Y %H:%M:%S} IST</span></div>
      <div class="share-bar">{chrome.share(article.url)}</div>
      <div class="article-img"><img class="fp-lazy" src="/static/images/fplogo_placeholder_640x362.jpg" data-src="{img.removeprefix("https:")}?impolicy=website&amp;width=640&amp;height=362"><p class="wp-caption-text">{sentence(rng, 6, 12)}</p></div>
      <ul class="bullets-list">{bullets}</ul>
      <div class="inner-copy article-full-content">{body}
      </div>
      <p class="author-info">Updated Date: <span class="article-date">{modified:%B %d, %Y %H:%M:%S} IST</span></p>
      <div class="tags-wrap"><ul class="tags-list">{tags}</ul></div>
    </div>{_related_box(chrome, related, "category")}"""
    ld = [
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "url": article.url,
            "mainEntityOfPage": article.url,
            "articleBody": " ".join(paragraphs),
            "articleSection": section,
            "headline": article.title,
            "description": article.summary,
            "author": ", ".join(article.authors),
            "datePublished": published.isoformat(),
            "dateModified": modified.isoformat(),
            "keywords": ", ".join(article.tags),
            "image": {"@type": "ImageObject", "url": img, "width": 640, "height": 362},
            "publisher": {"@type": "Organization", "name": "Firstpost"},
        }
    ]
    ld_json = json.dumps(ld).replace("</", "<\\/")
    tag_meta = "".join(f'\n  <meta property="article:tag" content="{t}">' for t in article.tags)
    head = f"""
  <meta property="article:published_time" content="{published.isoformat()}">
  <meta property="article:modified_time" content="{modified.isoformat()}">
  <meta property="og:updated_time" content="{modified.isoformat()}">
  <meta property="article:section" content="{section}">{tag_meta}
  <meta name="news_keywords" content="{", ".join(article.tags)}">
  <link rel="amphtml" href="{article.url}/amp">
  <script type="application/ld+json">{ld_json}</script>"""
    return main, head


def listing_page(site: Site, chrome: Chrome, listing: Listing) -> str:
    cards = "".join(chrome.card(a, listing.style) for a in listing.articles)
    first = max(1, listing.number - 2)
    window = range(first, min(listing.last, listing.number + 2) + 1)

    def href(n: int) -> str:
        return listing.path_for(listing.section, listing.style, n)

    items = "".join(
        f'<li class="active"><a href="{href(n)}">{n}</a></li>'
        if n == listing.number
        else f'<li><a href="{href(n)}">{n}</a></li>'
        for n in window
    )
    head = f'\n  <link rel="canonical" href="{listing.url}">'
    if listing.number < listing.last:
        items += f'<li class="next"><a href="{href(listing.number + 1)}">Next</a></li>'
        head += f'\n  <link rel="next" href="{ORIGIN}{href(listing.number + 1)}">'
    main = f"""
    <h1 class="cat-title">{listing.section.capitalize()} News</h1>
    <div class="listing">{cards}
    </div>
    <div class="pagination-wrap"><ul class="pagination">{items}</ul></div>"""
    rng = site.article_rng(listing.articles[0]) if listing.articles else chrome.rng
    return chrome.page(
        title=f"{listing.section.capitalize()} News - Page {listing.number} - Firstpost",
        head=head,
        main=main,
        state=chrome.state(rng, list(listing.articles[:8]), "listing"),
        body_class="listing-page",
    )


def home_page(site: Site, chrome: Chrome) -> str:
    newest = site.articles[:40]
    cards = "".join(chrome.card(a, "category") for a in newest)
    blocks = "".join(
        f'\n    <div class="section-block"><h2><a href="{site.section_url(name)}">{name.capitalize()}</a></h2>'
        + "".join(chrome.card(a, style) for a in site.by_section[name][:4])
        + "\n    </div>"
        for name, style in site.sections
    )
    head = '\n  <meta http-equiv="refresh" content="180">\n  <link rel="canonical" href="https://www.firstpost.com/">'
    return chrome.page(
        title="Firstpost: Latest News, India News, Breaking News",
        head=head,
        main=f'\n    <div class="home-stories">{cards}\n    </div>{blocks}',
        state=chrome.state(site.article_rng(newest[0]), list(newest[:20]), "home"),
        body_class="home-page",
    )


def news_sitemap(site: Site) -> str:
    """Google News sitemap of the newest 1,000 articles (the format's limit)."""
    entries = "".join(
        f"""
  <url><loc>{a.url}</loc><news:news><news:publication><news:name>Firstpost</news:name><news:language>en</news:language></news:publication>
    <news:publication_date>{a.published.astimezone(IST).isoformat()}</news:publication_date><news:title>{escape(a.title)}</news:title></news:news></url>"""
        for a in site.articles[:1000]
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}
</urlset>
"""


ROBOTS = f"""User-agent: *
Disallow: /search/
Disallow: /wp-admin/
Disallow: /promo/responsive/

Sitemap: {ORIGIN}{SITEMAP_PATH}
"""


def site_pages(site: Site) -> Iterator[tuple[str, str, str]]:
    """Every page of the site as (url, content type, text): robots, home, listings, articles."""
    chrome = Chrome(site)
    yield f"{ORIGIN}/robots.txt", "text/plain; charset=utf-8", ROBOTS
    yield f"{ORIGIN}{SITEMAP_PATH}", "application/xml; charset=utf-8", news_sitemap(site)
    yield f"{ORIGIN}/", "text/html; charset=utf-8", home_page(site, chrome)
    for listing in site.listings:
        yield listing.url, "text/html; charset=utf-8", listing_page(site, chrome, listing)
    for article in site.articles:
        yield article.url, "text/html; charset=utf-8", article_page(site, chrome, article)

# ruff: noqa: RUF001  (Chinese tag rows are written with their own full-width punctuation)
"""The generic tag layers: which links in an article's box are links to the site's own tag pages."""

from __future__ import annotations

import lxml.html
import pytest

from newscrawl.pages import tags
from newscrawl.pages.sections import category_links


def _box_tags(page_url: str, tag_href: str) -> list[str]:
    """``box_tags`` of an article box whose tag row holds one link, to ``tag_href``."""
    page = lxml.html.fromstring(
        "<html><body><div id='box'><h1>Headline</h1><div><p>Text of the article.</p></div>"
        f"<div>Topics: <a href='{tag_href}'>Harbour</a></div></div></body></html>"
    )
    return tags.box_tags(page.get_element_by_id("box"), page_url)


@pytest.mark.parametrize(
    ("page_url", "tag_href"),
    [
        ("https://news.example.co.uk/a/story", "https://www.example.co.uk/tags/harbour"),
        ("https://news.example.co.uk/a/story", "https://topics.example.co.uk/tags/harbour"),
        ("https://edition.example.com/a/story", "https://www.example.com/topics/harbour/"),
        ("https://www.m.example.com/a/story", "https://example.com/topics/harbour/"),
        ("https://www.example.co.uk/a/story", "https://news.example.co.uk/tags/harbour"),
        ("https://www.example.co.uk/a/story", "/tags/harbour"),
        ("https://www.example.com.br/a/materia", "/tudo-sobre/porto/"),
        ("https://www.example.com.br/a/materia", "/assunto/porto/"),
        # Swedish, Norwegian, Danish and Finnish tag pages ("ämne" as typed or encoded)
        ("https://www.example.se/nyheter/artikel/x/r1x7kq2m", "/tagg/hamnen/"),
        ("https://www.example.se/nyheter/artikel/x/r1x7kq2m", "/amne/hamnen/"),
        ("https://www.example.se/nyheter/artikel/x/r1x7kq2m", "/%C3%A4mne/hamnen/"),
        ("https://www.example.no/nyheter/x/140012", "/emne/hamnen"),
        ("https://www.example.fi/uutiset/a/2000010", "/aihe/satama/"),
        # Polish topic and tag pages
        ("https://www.example.pl/wiadomosci/kraj/port/k7x2pq9", "/temat/port"),
        ("https://www.example.pl/artykul/12345678,port.html", "/tagi/port/"),
        ("https://paper.example.blogspot.com/a", "https://example.blogspot.com/search?tag=x"),
    ],
)
def test_a_tag_page_on_the_same_registered_domain_is_the_sites(
    page_url: str, tag_href: str
) -> None:
    assert _box_tags(page_url, tag_href) == ["Harbour"]


@pytest.mark.parametrize(
    ("page_url", "tag_href"),
    [
        ("https://www.example.co.uk/a/story", "https://evil-example.co.uk/tags/harbour"),
        ("https://www.example.co.uk/a/story", "https://www.notexample.co.uk/tags/harbour"),
        ("https://www.example.co.uk/a/story", "https://example.co.uk.evil.net/tags/harbour"),
        ("https://www.example.co.uk/a/story", "https://www.example.com/tags/harbour"),
        ("https://news.example.co.uk/a/story", "https://other.co.uk/tags/harbour"),
        ("https://paper.blogspot.com/a/story", "https://other.blogspot.com/search?tag=x"),
    ],
)
def test_a_tag_page_on_another_registered_domain_is_not(page_url: str, tag_href: str) -> None:
    assert _box_tags(page_url, tag_href) == []


def test_wordpress_category_links_are_the_section_not_tags() -> None:
    """WordPress writes rel="category tag" on a post's categories and rel="tag" on its tags."""
    root = lxml.html.document_fromstring(
        '<article><h1>Floods close the river road</h1><div class="entry-meta">'
        '<a href="/category/city/" rel="category tag">City</a>, '
        '<a href="/category/weather/" rel="category tag">Weather</a></div>'
        "<p>The river road stays closed until the water falls.</p>"
        '<footer><a href="/tag/floods/" rel="tag">Floods</a> '
        '<a href="/tag/river-road/" rel="tag">River road</a></footer></article>'
    )
    assert tags.rel_tags(root) == ["Floods", "River road"]
    assert category_links(list(root.iter("a"))) == ["City"]


@pytest.mark.parametrize(
    ("section", "expected", "lang"),
    [
        ("Actualité", "actualite", "fr"),
        ("Économie", "economie", "fr"),
        ("Faits divers", "faits-divers", "fr"),
        # German URLs spell umlauts out: "Bärstadt" is /baerstadt/, not /barstadt/
        ("Bärstadt", "baerstadt", "de"),
        ("Düsseldorf", "duesseldorf", "de-DE"),
        ("Göteborg", "goteborg", "sv"),
    ],
)
def test_an_accented_section_name_is_the_slug_of_its_url(
    section: str, expected: str, lang: str
) -> None:
    """A section read from its name ("Actualité") and from the URL (``/actualite/``) is one."""
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    url = f"https://www.courrier.example/{expected}/2026/11/24/le-budget-est-adopte"
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Le budget '
        f'est adopté", "datePublished": "2026-11-24T14:05:00+01:00", "articleSection": "{section}"}}'
    )
    html = (
        f'<html lang="{lang}"><head><script type="application/ld+json">{ld}</script></head><body>'
        "<article><h1>Le budget est adopté</h1><p>Les élus du conseil départemental ont adopté "
        "lundi soir un budget en hausse de quatre pour cent, après six heures de débats.</p>"
        "</article></body></html>"
    )
    response = HtmlResponse(url=url, body=html.encode(), encoding="utf-8")
    item = extract_article("news", response, crawled_at="2026-11-25T10:00:00Z")
    assert item["section"] == expected


def test_a_second_link_to_a_tag_page_is_a_label_not_a_tag() -> None:
    """A "Más noticias de <a>Trenes</a>" box whose "Todas las noticias de trenes" link repeats it."""
    box = lxml.html.fromstring(
        "<article><h1>El tren vuelve a la costa</h1><p>Texto de la nota.</p>"
        "<div class='related-topic'><h2>Más noticias de <a href='/tema/trenes/'>Trenes</a></h2>"
        "<ul><li><a href='/tema/trenes/'>Todas las noticias de trenes</a></li></ul></div>"
        "<div class='article-tags'><a href='/tema/trenes/'>Trenes</a>"
        "<a href='/tema/costa-atlantica'>Costa Atlántica</a></div></article>"
    )
    assert tags.box_tags(box, "https://www.example.com.ar/sociedad/x-nid24112026/") == [
        "Trenes",
        "Costa Atlántica",
    ]


def test_a_word_of_a_sentence_linked_to_its_tag_page_is_no_tag() -> None:
    """A short paragraph of prose links one word to its topic; the tag row below is the tags."""
    box = lxml.html.fromstring(
        "<article><h1>Jams ease on the ring road</h1>"
        "<p>New lanes could do <a href='/tag/little/'>little</a> for the jams, the mayor said.</p>"
        "<p>By Ana Ruiz | Nov 24, 2026 | Topic: <a href='/tag/roads/'>Roads</a></p>"
        "<div class='tags'><a href='/tag/roads/'>Roads</a><a href='/tag/traffic/'>Traffic</a></div>"
        "</article>"
    )
    assert tags.box_tags(box, "https://www.x.example/news/jams-ease-123/") == ["Roads", "Traffic"]


def _row_tags(page_url: str, after_text: str, before: str = "") -> list[str]:
    """``box_tags`` of an article box holding ``after_text`` after its text."""
    page = lxml.html.fromstring(
        f"<html><body>{before}<div id='box'><h1>Headline</h1><div><p>Text of the article.</p>"
        f"</div>{after_text}</div></body></html>"
    )
    return tags.box_tags(page.get_element_by_id("box"), page_url)


@pytest.mark.parametrize(
    "row",
    [
        # TRS WCM: the keywords link to the site's search script (which robots.txt may forbid)
        (
            '<div class="keywords">关键词：<a href="/was5/web/search?searchword=江州港&amp;channelid=2">'
            '江州港</a> <a href="/was5/web/search?searchword=集装箱&amp;channelid=2">集装箱</a></div>'
        ),
        (
            '<div>Tags: <a href="/search?q=harbour">harbour</a>, <a href="/search?q=cranes">cranes</a>'
            "</div>"
        ),
        (
            '<p><strong>Schlagwörter:</strong> <a href="/suche/?s=harbour">harbour</a> '
            '<a href="https://www.example.com/suche/?s=cranes">cranes</a></p>'
        ),
        (
            '<div><span>Mots-clés :</span><ul><li><a href="/recherche?texte=harbour">harbour</a></li>'
            '<li><a href="/recherche?texte=cranes">cranes</a></li></ul></div>'
        ),
        # CMS comments around the label
        (
            '<div><!-- keywords -->Tags:<!-- /label --> <a href="/search?q=harbour">harbour</a> '
            '<a href="/search?q=cranes">cranes</a></div>'
        ),
        (
            '<section><h4>Etiquetas:</h4><a href="/buscar/harbour">harbour</a>'
            '<a href="/buscar/cranes">cranes</a></section>'
        ),
        # Thai portals: "คำค้น :" (search words), "แท็ก:" (tags) before search links
        (
            '<div class="kw-row"><span>คำค้น :</span> <a href="/search?q=รถราง">รถราง</a> '
            '<a href="/search?q=ขนส่ง">ขนส่ง</a></div>'
        ),
        '<p>แท็ก: <a href="/search?q=รถราง">รถราง</a>, <a href="/search?q=ขนส่ง">ขนส่ง</a></p>',
        # Greek: "Ετικέτες:" (tags), in capitals without accents and with a capital final Σ
        (
            '<div class="article-tags"><strong>Ετικέτες:</strong><ul><li><a href="/anazitisi/?q=harbour">'
            'harbour</a></li><li><a href="/anazitisi/?q=cranes">cranes</a></li></ul></div>'
        ),
        '<p>ΕΤΙΚΕΤΕΣ: <a href="/search?q=harbour">harbour</a> <a href="/search?q=cranes">cranes</a></p>',
        # Polish portals: "Tematy:" (topics) before search links
        '<div><span>Tematy:</span><a href="/szukaj?q=harbour">harbour</a><a href="/szukaj?q=cranes">cranes</a></div>',
        # Hungarian portals: "Címkék:" (tags) before search links
        '<div><span>Címkék:</span><a href="/kereses?q=harbour">harbour</a><a href="/kereses?q=cranes">cranes</a></div>',
    ],
)
def test_the_links_of_a_labelled_tag_row_are_tags_wherever_they_go(row: str) -> None:
    found = _row_tags("https://www.example.com/2026/11/24/story.html", row)
    assert found in (["harbour", "cranes"], ["江州港", "集装箱"], ["รถราง", "ขนส่ง"])


@pytest.mark.parametrize(
    ("row", "before"),
    [
        # hot searches, a search box, navigation: the site's, not the article's
        ('<div>热门搜索：<a href="/was5/web/search?searchword=地铁">地铁</a></div>', ""),
        ('<div>Read more: <a href="/search?q=harbour">harbour</a></div>', ""),
        ('<form>Tags: <a href="/search?q=harbour">harbour</a></form>', ""),
        ('<nav>Topics: <a href="/search?q=harbour">harbour</a></nav>', ""),
        # another site's search, and a row that only talks about tags
        ('<div>Tags: <a href="https://search.other.example/?q=harbour">harbour</a></div>', ""),
        ('<div>Tags: <a href="javascript:void(0)">harbour</a></div>', ""),
        ('<div><a href="/search?q=harbour">harbour</a></div>', "<div>Tags:</div>"),
    ],
)
def test_search_links_outside_a_labelled_tag_row_are_no_tags(row: str, before: str) -> None:
    assert _row_tags("https://www.example.com/2026/11/24/story.html", row, before) == []


@pytest.mark.parametrize(
    ("metas", "expected"),
    [
        # one article:tag holding the page's whole list
        (["science-fiction, books, fantasy"], ["science-fiction", "books", "fantasy"]),
        # one tag a meta each, a comma inside one of them
        (["Washington, D.C.", "Budget"], ["Washington, D.C.", "Budget"]),
        (["Budget"], ["Budget"]),
    ],
)
def test_article_tag_metas(metas: list[str], expected: list[str]) -> None:
    from scrapy.http import HtmlResponse

    from newscrawl.pages.base import ArticlePage

    head = "".join(f'<meta property="article:tag" content="{tag}">' for tag in metas)
    html = f"<html><head>{head}<title>Budget</title></head><body><h1>Budget</h1></body></html>"
    response = HtmlResponse(
        "https://www.x.example/a/budget-1", body=html.encode(), encoding="utf-8"
    )
    assert ArticlePage(response).tags() == expected


@pytest.mark.parametrize("href", ["/kiswahili/mada/bandari", "/lebo/bandari/"])
def test_swahili_topic_and_tag_pages_are_tag_urls(href: str) -> None:
    """Swahili editions list a topic's stories under "mada" (topic) and "lebo" (tag)."""
    assert tags.is_tag_url(href)


@pytest.mark.parametrize(
    ("href", "tag"),
    [
        # Hungarian tag and keyword pages ("címke", "kulcsszó"; slugs drop the accents)
        ("/cimke/kikoto/", True),
        ("/kulcsszo/kikoto", True),
        ("/belfold/2026/11/cimke-nelkul", False),
    ],
)
def test_hungarian_tag_pages_are_tag_urls(href: str, tag: bool) -> None:
    """A row of links to them, unlabelled, is the article's tags."""
    assert tags.is_tag_url(href) is tag
    page = lxml.html.fromstring(
        "<html><body><div id='box'><h1>Headline</h1><div><p>Text of the article.</p></div>"
        f"<div><a href='{href}'>kikötő</a></div></div></body></html>"
    )
    found = tags.box_tags(page.get_element_by_id("box"), "https://www.example.hu/belfold/2026/11/x")
    assert found == (["kikötő"] if tag else [])


def test_malay_topic_pages_and_row_label_are_tags() -> None:
    """ "/bm/topik/pendidikan" under a "Topik:" row: Malay (and Indonesian) topic pages."""
    assert tags.is_tag_url("/bm/topik/pendidikan")
    page = lxml.html.fromstring(
        "<html><body><div id='box'><h1>Tajuk</h1><div><p>Teks berita.</p></div>"
        "<div><span>Topik:</span><a href='/bm/topik/pendidikan'>Pendidikan</a>"
        "<a href='/bm/topik/hulu-seroja'>Hulu Seroja</a></div></div></body></html>"
    )
    found = tags.box_tags(page.get_element_by_id("box"), "https://x.example/bm/berita/2026/11/a-1")
    assert found == ["Pendidikan", "Hulu Seroja"]


def test_subject_pages_are_tag_pages() -> None:
    """ "/subject/budget" lists a subject's articles as "/tag/budget" does: its links are tags."""
    after = (
        "<div class='subjects'><a href='/subject/budget'>Budget</a>"
        "<a href='/subject/schools'>Schools</a></div>"
    )
    assert _row_tags("https://www.example.com/news/council-budget-123/", after) == [
        "Budget",
        "Schools",
    ]


def test_the_cms_default_category_is_no_section_and_no_tag() -> None:
    """WordPress files a post its writer gave no category under "Uncategorized": the
    section comes from the next layer (the URL's folder), and the tag is dropped."""
    from scrapy.http import HtmlResponse

    from newscrawl.extract import extract_article

    text = "".join(
        f"<p>The library will open on Sundays from January, the board decided, part {n}.</p>"
        for n in range(4)
    )
    html = (
        "<html lang='en'><head><title>Library opens on Sundays</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2026-11-24T09:00:00Z'>"
        "<meta property='article:tag' content='Uncategorized'>"
        "<meta property='article:tag' content='Libraries'></head><body>"
        "<nav><a href='/local/'>Local</a></nav><article><h1>Library opens on Sundays</h1>"
        "<a href='/category/uncategorized/' rel='category tag'>Uncategorized</a>"
        f"{text}</article></body></html>"
    )
    url = "https://www.x.example/local/library-opens-on-sundays-from-january/"
    item = extract_article("news", HtmlResponse(url, body=html.encode()), "2026-11-30T10:00:00Z")
    assert (item["section"], item["tags"]) == ("local", ["Libraries"])


def test_one_tag_spelt_twice_is_one_tag() -> None:
    """The tag row and the keywords spell one tag in two cases: the first spelling stays."""
    from newscrawl.loaders import ArticleLoader

    loader = ArticleLoader()
    loader.add_value("tags", ["Health", "Michigan", "health", "EEE", "michigan"])
    assert loader.load_item().tags == ["Health", "Michigan", "EEE"]


def test_links_to_a_hashtag_search_are_the_tags() -> None:
    """BLOX CMS links a story's tags to a search for the hashtag, under no label."""
    page = lxml.html.fromstring(
        "<html><body><div id='box'><h1>Headline</h1><div><p>Text of the article.</p></div>"
        "<div class='asset-tags'><ul><li><a href='/search/?l=25&amp;k=%23harbour'>#harbour</a>"
        "</li><li><a href='/search/?k=%23ferries'>#ferries</a></li></ul></div>"
        "<p>More: <a href='/search/?q=harbour'>search the archive</a></p></div></body></html>"
    )
    box = page.get_element_by_id("box")
    assert tags.box_tags(box, "https://www.x.example/news/a/article_5f2c.html") == [
        "harbour",
        "ferries",
    ]


@pytest.mark.parametrize(
    ("keywords", "expected"),
    [
        # a CMS's template flags among the keywords (Future plc's), and the headline itself
        # (each had been a tag)
        ("galaxies, serversidehawk, videoarticle", ["galaxies"]),
        ("Harbour, Harbour ferry adds a late-night run", ["Harbour"]),
        # control: a tag that shares words with the headline
        ("Harbour ferry, Night workers", ["Harbour ferry", "Night workers"]),
    ],
)
def test_a_cms_flag_or_the_headline_among_the_keywords_is_no_tag(
    keywords: str, expected: list[str]
) -> None:
    from scrapy.http import HtmlResponse

    from newscrawl.pages import ArticlePage

    ld = f'{{"@type": "NewsArticle", "headline": "Harbour ferry adds a late-night run", "keywords": "{keywords}"}}'
    html = (
        f"<html lang='en'><head><script type='application/ld+json'>{ld}</script></head><body>"
        "<article><h1>Harbour ferry adds a late-night run</h1>"
        + "<p>The new boat leaves the terminal at 1:30 a.m., filling a gap for night workers.</p>"
        * 4
        + "</article></body></html>"
    )
    url = "https://www.station.example/news/harbour-ferry-adds-late-night-run/"
    page = ArticlePage(HtmlResponse(url, body=html.encode(), encoding="utf-8"))
    assert page.to_item(site="station.example", crawled_at="2026-11-25T10:00:00Z").tags == expected

"""The generic body extractor on the markup classes that lose text, and on the AEB pages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse

from newscrawl.pages import ArticlePage, NotAnArticle
from newscrawl.pages.text import article_body

SENTENCES = [
    "The council approved the new budget after a long debate on Tuesday evening.",
    "Road repairs will take most of the money, followed by the two public libraries.",
    "Opposition members said the plan leaves too little for the bus network next year.",
    "A final vote on the bus fares is expected before the end of the month, officials said.",
]
AEB = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "article-extraction"


def body(html: str) -> str:
    # Parsed as a crawl parses it (parsel, huge_tree), so depth is not cut at 256.
    return "\n".join(article_body(Selector(text=html).root))


def page(inner: str, head: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a>"
        "</nav><div class='sidebar'><p>Most read: a story about something else entirely, "
        f"with a long teaser line.</p></div>{inner}<footer><p>Copyright 2026 The Example "
        "Paper, all rights reserved, no reuse.</p></footer></body></html>"
    )


def assert_all_sentences(text: str) -> None:
    missing = [s for s in SENTENCES if s not in text]
    assert not missing, f"lost: {missing}"


def test_wrapper_with_an_ad_state_class_is_kept() -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = page(
        f"<div class='post-12 has-ads ad-layout comments-open'>{paragraphs}"
        "<div class='ad-slot'>Advertisement</div></div>"
    )
    text = body(html)
    assert_all_sentences(text)
    assert "Advertisement" not in text


def test_text_in_divs_with_br_and_in_spans() -> None:
    assert_all_sentences(body(page(f"<div class='txt'>{'<br><br>'.join(SENTENCES)}</div>")))
    spans = "".join(f"<div class='x1a2'><span>{s}</span></div>" for s in SENTENCES)
    assert_all_sentences(body(page(f"<div class='c9z'>{spans}</div>")))


def test_body_split_across_sibling_containers() -> None:
    html = page(
        f"<div class='wrap'><div class='part'><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p></div>"
        "<div class='related-box'><a href='/x'>Other story one</a> <a href='/y'>Two</a></div>"
        f"<div class='part'><p>{SENTENCES[2]}</p><p>{SENTENCES[3]}</p></div></div>"
    )
    text = body(html)
    assert_all_sentences(text)
    assert "Other story one" not in text


def test_dek_headline_and_caption_beside_a_short_body_stay_out() -> None:
    # Arc-like flat layout: h1, dek h2, date, figure and the body are siblings in <main>.
    html = page(
        "<main><h1>Council approves the budget</h1>"
        "<h2 class='c-subheadline'>Roads and libraries get most of the money this year.</h2>"
        "<div class='c-date'>Published Nov. 17, 2026 at 9:05 a.m. EST</div>"
        "<figure><img src='a.jpg'><figcaption>The council chamber on Tuesday, before the "
        "vote on the budget.</figcaption></figure><article class='b-article-body'>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
        + "</article></main>"
    )
    text = body(html)
    assert text == "\n".join(SENTENCES[:3])


def test_text_of_valid_html_is_not_lost() -> None:
    nested = (
        f"<p>{SENTENCES[0]}</p><ul><li>{SENTENCES[1]}<ul><li>An inner point of the list "
        "that matters too.</li></ul></li></ul>"
        f"<blockquote>{SENTENCES[2]}<p>And the quote goes on in a paragraph.</p></blockquote>"
        f"<p><font>{SENTENCES[3]}<p>A paragraph after an unclosed font element stays.</font>"
    )
    text = body(page(f"<article>{nested}</article>"))
    assert_all_sentences(text)
    assert "An inner point of the list" in text
    assert "And the quote goes on" in text
    assert "after an unclosed font element" in text


def test_deeply_nested_page_has_no_recursion_error() -> None:
    deep = "<div>" * 1000 + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</div>" * 1000
    text = body(page(deep))
    assert SENTENCES[0] in text


def test_big_deep_page_completes() -> None:
    # 2 MB, 2,000 levels deep (libxml2 stops nesting near 2,048): one pass, whatever the depth.
    chunk = "<section><div><p>" + " ".join(SENTENCES) + "</p>"
    html = page(chunk * 1000 + "</div></section>" * 1000 + "<p>A filler line.</p>" * 80_000)
    assert len(html) > 2_000_000
    assert SENTENCES[0] in body(html)


def test_subscription_prompts_and_labels_are_dropped() -> None:
    inner = (
        "<article><p>Article content</p>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES)
        + "<p>Subscribe now</p><p>Already a subscriber? Log in here.</p></article>"
    )
    text = body(page(inner))
    assert_all_sentences(text)
    for prompt in ("Article content", "Subscribe now", "Already a subscriber"):
        assert prompt not in text


@pytest.mark.parametrize(
    "inserted",
    [
        # a label in a box whose class names it ("reklam": Turkish for advertisement)
        "<div class='reklam'><span>Reklam</span><div id='div-gpt-ad-1'></div></div>",
        "<div class='box-a'><span>REKLAM</span></div>",
        # a story linked from the text under its label, the label in the line
        (
            "<p><strong>Bunlar da ilginizi çekebilir:</strong> <a href='/gundem/x-123'>Karaçam'da "
            "yeni tramvay hattı hizmete girdi</a></p>"  # noqa: RUF001
        ),
        "<p><b>İlgili Haber:</b> <a href='/gundem/y-124'>Liman işçileri iş bıraktı</a></p>",  # noqa: RUF001
        "<p>Also read: <a href='/world/z-125'>Harbour workers walk out</a></p>",
        # Spanish (Argentina): the label alone on its line, the linked headlines after it
        (
            "<p><b>Seguí leyendo:</b></p><p><a href='/politica/2026/11/25/x/'>El Concejo "
            "aprobó el presupuesto 2027</a></p>"
        ),
        # Indonesian portals: the ad label and the prompt under it, a "Baca Juga:" line
        (
            "<div class='parallaxindetail'><span>ADVERTISEMENT</span>"
            "<p class='scroll'>SCROLL TO CONTINUE WITH CONTENT</p></div>"
        ),
        "<div class='box-a'><span>IKLAN</span></div>",
        "<p>(antara)</p>",
        "<p>(ant/imk)</p>",
        "<p><strong>Baca Juga:</strong> <a href='/berita/d-1'>Kereta komuter tambah jadwal</a></p>",
        # Thai portals: the ad label in a slot without a telling class, "read related news"
        "<div class='inread-slot'><p>โฆษณา</p><div id='gpt-inread'></div></div>",
        "<p>อ่านข่าวที่เกี่ยวข้อง <a href='/news/local/2871543'>น้ำปิงเพิ่มสูงขึ้นเกือบสองเมตร</a></p>",
        "<p><b>อ่านข่าว :</b> <a href='/news/local/2871544'>สภาจังหวัดผ่านงบประมาณ</a></p>",
        # Greek: an ad-inserter block labelled in capitals, "read also" lines in both cases
        # (a capital Σ is no final ς to re's IGNORECASE)
        "<div class='code-block code-block-2'><p>ΔΙΑΦΗΜΙΣΗ</p><div id='inread-2'></div></div>",
        "<p>Διαφήμιση</p>",
        "<p><strong>Διαβάστε επίσης:</strong> <a href='/politiki/561234570/x/'>Πέφτει η τιμή</a></p>",
        "<p><b>ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:</b> <a href='/politiki/561234571/y/'>Νέος δρόμος</a></p>",
        "<p>ΔΕΙΤΕ ΑΚΟΜΗ: <a href='/kosmos/561234572/z/'>Σεισμός νότια του νησιού</a></p>",  # noqa: RUF001
        # Polish portals: the agency credited as the source on its own line
        "<p class='source'>Źródło: PAP</p>",
        "<p>Źródło: PAP, Reuters</p>",
        # Hungarian portals: the ad label ("Hirdetés") in a slot its class names in Hungarian
        "<div class='cikk-hird'><span>Hirdetés</span><div id='zone-3'></div></div>",
        "<div class='hirdetes'><p>HIRDETÉS</p></div>",
        # a picture's caption outside a <figure>, its photographer's credit ending it
        (
            "<div class='kep'><img src='/kepek/gaz.jpg' alt=''><p class='kepalairas'>"
            "Munkagépek a Piac utcában. Fotó: MTI/Kovács Attila</p></div>"
        ),
        "<p>Foto: Olof Strand</p>",
        # Hungarian "related" boxes: a teaser with its summary, a label over a list of links
        (
            "<div class='kapcsolodo-cikk'><span>Kapcsolódó</span><a href='/belfold/2026/11/x'>"
            "<h4>Véget ért az aratás</h4></a><p>A gazdák az aszályos tavasz ellenére közepes "
            "búzatermésről számolnak be, a felvásárlási árak azonban alacsonyak.</p></div>"
        ),
        (
            "<p><strong>Kapcsolódó cikkek</strong></p><ul><li><a href='/belfold/2026/11/y'>"
            "Tornaterem épül tizenkét kisiskolában</a></li></ul>"
        ),
        # Bangladeshi dailies: a "read more" label alone or before a link, the ad label, a
        # photo credit alone on its line
        "<p><strong>আরও পড়ুন</strong></p>",
        "<p><strong>আরও পড়ুন:</strong> <a href='/national/article/48211'>মেট্রোরেল চালু</a></p>",
        "<div class='ads'><span>বিজ্ঞাপন</span><div id='div-gpt-ad-2'></div></div>",
        "<p>ছবি: সংগৃহীত</p>",
    ],
)
def test_ad_labels_and_see_also_lines_in_the_text_are_dropped(inserted: str) -> None:
    inner = (
        "<article>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES[:2])
        + inserted
        + "".join(f"<p>{s}</p>" for s in SENTENCES[2:])
        + "</article>"
    )
    text = body(page(inner))
    assert_all_sentences(text)
    assert text.count("\n") == len(SENTENCES) - 1, text


def test_a_paragraph_that_starts_like_a_label_is_kept() -> None:
    related = "Related talks between the two councils will resume in the spring, officials said."
    inner = "<article>" + "".join(f"<p>{s}</p>" for s in [*SENTENCES, related]) + "</article>"
    assert related in body(page(inner))
    # Thai: "read the news" opening a sentence of the story
    thai = "อ่านข่าวประกาศของจังหวัดแล้ว ชาวบ้านริมน้ำเริ่มขนของขึ้นที่สูงตั้งแต่เช้า"
    inner = "<article>" + "".join(f"<p>{s}</p>" for s in [*SENTENCES, thai]) + "</article>"
    assert thai in body(page(inner))


def test_french_subscription_prompts_are_dropped() -> None:
    # A French teaser: the free paragraphs, then the paywall's prompt in a plain box.
    inner = (
        "<article>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES)
        + "<div class='bloc-abonnement'><p>Cet article est réservé aux abonnés.</p>"
        "<p>Déjà abonné ? <a href='/connexion/'>Se connecter</a></p>"
        "<p><a href='/abonnement/'>Je m'abonne</a> 1 € le premier mois, sans engagement</p>"
        "<p>Il vous reste 72 % de cet article à lire.</p></div></article>"
    )
    text = body(page(inner))
    assert_all_sentences(text)
    for prompt in ("réservé aux abonnés", "Déjà abonné", "Je m'abonne", "Il vous reste"):
        assert prompt not in text


@pytest.mark.parametrize(
    "prompt",
    [
        (
            "<p class='titolo'>Contenuto riservato agli abbonati</p>"
            "<p>Abbonati per continuare a leggere questo articolo e tutti i contenuti del giornale.</p>"
        ),
        (
            "<p>Questo articolo è riservato agli abbonati.</p>"
            "<p>Sei già abbonato? <a href='/login/'>Accedi</a></p>"
        ),
        "<p>Para continuar lendo, assine.</p><p>Já é assinante? Faça login</p>",
        "<p>Este contenido es exclusivo para suscriptores.</p><p>¿Ya eres suscriptor? Inicia sesión</p>",
        "<p>Dieser Artikel ist nur für Abonnenten.</p><p>Jetzt weiterlesen mit Abo</p>",
        (
            "<div class='paywall'><h3>Weiterlesen mit RK+</h3><p>Sie möchten diesen Artikel "
            "lesen? Mit RK+ erhalten Sie Zugang zu allen Artikeln auf rheinblick-kurier.example."
            "</p><p><a href='/abo/'>Jetzt 4 Wochen für 0,99 € testen</a></p>"
            "<p>Sie haben bereits ein Abo? <a href='/login/'>Hier anmelden</a></p></div>"
        ),
        "<p>Um diesen Artikel zu lesen, benötigen Sie ein Digital-Abo.</p><p>Exklusiv für Abonnenten</p>",
        (
            "<span>Plus</span><h3>För att läsa hela artikeln behöver du vara prenumerant</h3>"
            "<p>Få tillgång till alla artiklar för 1 kr den första månaden.</p>"
            "<p>Redan prenumerant? <a href='/logga-in/'>Logga in</a></p>"
        ),
        "<p>For å lese hele saken må du være abonnent.</p><p>Allerede abonnent? Logg inn</p>",
        "<p>For at læse hele artiklen skal du være abonnent.</p><p>Allerede abonnent? Log ind</p>",
        "<p>Annons</p><p>Oletko jo tilaaja? Kirjaudu sisään</p>",
        (
            "<span>Premium</span><h3>Lees verder met een abonnement</h3>"
            "<p>Onbeperkt toegang tot alle artikelen voor 1 euro de eerste maand.</p>"
            "<p><a href='/abonnement/'>Word abonnee</a></p>"
            "<p>Al abonnee? <a href='/inloggen/'>Log in</a></p>"
        ),
        "<p>Advertentie</p><p>Dit artikel is exclusief voor abonnees.</p>",
    ],
)
def test_paywall_prompts_in_other_languages_are_dropped(prompt: str) -> None:
    # A teaser: the free paragraphs, then the paywall's prompt in a plain box.
    free = "".join(f"<p>{s}</p>" for s in SENTENCES)
    text = body(page(f"<article>{free}<div>{prompt}</div></article>"))
    assert_all_sentences(text)
    assert text == body(page(f"<article>{free}</article>"))


EMBEDS = {
    "tweet": '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Fourteen swimmers back '
    'safe on the sand this afternoon <a href="https://t.example/x">pic.example/x</a></p>'
    "&mdash; Lifesavers (@lifesavers_example) "
    '<a href="https://x.example/status/1">November 24, 2026</a></blockquote>'
    '<script async src="https://platform.x.example/widgets.js"></script>',
    "instagram": '<blockquote class="instagram-media" data-instgrm-permalink='
    '"https://www.instagram.example/p/C1/"><div><a href="https://www.instagram.example/p/C1/">'
    "View this post on Instagram</a><p>The rip from the tower today, swim between the "
    "flags everyone.</p><p>A post shared by Surf Club (@surfclub_example)</p></div></blockquote>",
    "tiktok": '<blockquote class="tiktok-embed" cite="https://www.tiktok.example/@a/video/1">'
    "<section><p>Watch the rescue from the tower, fourteen swimmers in twenty minutes.</p>"
    "</section></blockquote>",
    "facebook": '<div class="fb-post" data-href="https://www.facebook.example/x/posts/1">'
    "<blockquote>Our patrol pulled fourteen people from the rip at the beach today.</blockquote>"
    "</div>",
}


#: The words of each embedded post above that a body keeps.
EMBED_WORDS = {
    "tweet": "Fourteen swimmers back safe on the sand this afternoon",
    "instagram": "The rip from the tower today, swim between the flags everyone.",
    "facebook": "Our patrol pulled fourteen people from the rip at the beach today.",
}


@pytest.mark.parametrize("kind", sorted(EMBED_WORDS))
def test_embedded_social_posts_stay_in_the_body(kind: str) -> None:
    """A post embedded in the story is quoted there: the benchmark's true bodies hold them.

    Dropping tweets and Instagram posts (blockquote.twitter-tweet, .instagram-media) cut
    recall on the article-extraction benchmark from 0.9795 to 0.9748 (7 pages).
    """
    paragraphs = [f"<p>{s}</p>" for s in SENTENCES]
    inner = "".join(paragraphs[:2]) + EMBEDS[kind] + "".join(paragraphs[2:])
    text = body(page(f"<article><div class='article-body'>{inner}</div></article>"))
    assert_all_sentences(text)
    assert EMBED_WORDS[kind] in text, text


def test_live_blog_time_stamps_stay_with_their_posts() -> None:
    """A live blog's stamp alone on its line ("4:14 p.m.") is in the benchmark's true bodies."""
    posts = "".join(
        f"<div class='live-post'><time datetime='2026-11-25T{h}:00+11:00'>{clock}</time>"
        f"<p>{s}</p></div>"
        for h, clock, s in zip(("11:40", "10:05", "08:30", "07:10"),
                               ("11.40am", "10:05 AEDT", "8.30 a.m.", "7:10"), SENTENCES,
                               strict=True)
    )  # fmt: skip
    text = body(page(f"<article><div class='live'>{posts}</div></article>"))
    assert_all_sentences(text)
    assert "11.40am" in text.split("\n"), text


def test_og_video_page_with_full_article_body_is_an_article() -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES * 6)
    html = page(
        f"<div itemprop='articleBody'>{paragraphs}</div>",
        head="<meta property='og:type' content='video.other'>"
        "<meta property='og:title' content='Budget passes'>",
    )
    article_page = ArticlePage(HtmlResponse("https://example.com/a/1", body=html.encode()))
    assert not article_page.is_media()
    short = page(
        "<div><p>Watch the clip.</p></div>", head="<meta property='og:type' content='video'>"
    )
    with pytest.raises(NotAnArticle):
        ArticlePage(HtmlResponse("https://example.com/v/1", body=short.encode())).check()


DEK = "Roads and libraries get most of the money, and the bus network waits another year."


def _item(inner: str, head: str = "") -> dict[str, object]:
    html = page(inner, head="<meta property='og:type' content='article'>" + head)
    response = HtmlResponse("https://example.com/news/budget", body=html.encode())
    item = ArticlePage(response).to_item(site="example.com", crawled_at="2026-11-29T09:00:00Z")
    return {"body": item.body, "description": item.description}


@pytest.mark.parametrize(
    "byline",
    [
        "<p>By Ana Ruiz</p><p>Published 17 November 2026</p>",
        "<div class='meta'><span>Ana Ruiz</span> <time datetime='2026-11-17'>Nov 17</time></div>",
    ],
)
def test_standfirst_above_the_byline_is_the_description_not_the_body(byline: str) -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    item = _item(
        f"<main><h1>Council approves the budget</h1><p>{DEK}</p>{byline}{paragraphs}</main>"
    )
    assert item == {"body": "\n\n".join(SENTENCES), "description": DEK}
    described = _item(
        f"<main><h1>Council approves the budget</h1><p>{DEK}</p>{byline}{paragraphs}</main>",
        head="<meta name='description' content='The budget passed.'>",
    )
    assert described == {"body": "\n\n".join(SENTENCES), "description": "The budget passed."}


def test_lede_after_the_byline_stays_in_the_body_when_it_is_the_description() -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    item = _item(
        f"<main><h1>Council approves the budget</h1><p>By Ana Ruiz</p>{paragraphs}</main>",
        head=f"<meta property='og:description' content='{SENTENCES[0]}'>",
    )
    assert item == {"body": "\n\n".join(SENTENCES), "description": SENTENCES[0]}


def test_a_printed_dek_over_the_cms_excerpt_of_the_text() -> None:
    """WordPress fills an empty description with the text's opening words: the page's own
    dek, printed in its dek element, is the description; a plain paragraph there is not."""
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    excerpt = f"<meta property='og:description' content='{SENTENCES[0][:60]}...'>"
    item = _item(
        f"<main><h1>Council approves the budget</h1><p class='entry-subtitle'>{DEK}</p>"
        f"<p>By Ana Ruiz</p>{paragraphs}</main>",
        head=excerpt,
    )
    assert item == {"body": "\n\n".join(SENTENCES), "description": DEK}
    plain = _item(
        f"<main><h1>Council approves the budget</h1><p>{DEK}</p><p>By Ana Ruiz</p>{paragraphs}</main>",
        head=excerpt,
    )
    assert plain["description"] == f"{SENTENCES[0][:60]}..."


def test_the_description_of_the_yoast_graph_page_node() -> None:
    """Yoast SEO's graph gives the description on its WebPage node, not on its Article."""
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    graph = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Article", "headline": "Council approves the budget", '
        '"isPartOf": {"@id": "https://x.example/a/#page"}}, '
        '{"@type": "WebPage", "@id": "https://x.example/a/#page", '
        f'"description": "{DEK}"}}]}}'
    )
    item = _item(
        f"<main><h1>Council approves the budget</h1><p>By Ana Ruiz</p>{paragraphs}</main>",
        head=f"<script type='application/ld+json'>{graph}</script>",
    )
    assert item == {"body": "\n\n".join(SENTENCES), "description": DEK}


def test_text_above_a_byline_at_the_end_is_the_body() -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES[:2])
    item = _item(f"<main><h1>Council approves the budget</h1>{paragraphs}<p>By Ana Ruiz</p></main>")
    assert str(item["body"]).startswith("\n\n".join(SENTENCES[:2]))
    assert item["description"] is None


@pytest.mark.skipif(not AEB.exists(), reason=f"benchmark pages absent ({AEB}): ../shared not here")
def test_article_extraction_benchmark_f1() -> None:
    from benchmarks.aeb import body as aeb_body
    from benchmarks.aeb import score, summary

    truth = json.loads((AEB / "ground-truth.json").read_text())
    results = []
    for key, expected in truth.items():
        html = gzip.decompress((AEB / "html" / f"{key}.html.gz").read_bytes())
        results.append(score(aeb_body(html, expected["url"]), expected["articleBody"]))
    # 0.9742 (halves 0.9778, 0.9706) on 2026-11-29: a change that loses a few pages' text
    # (embedded posts dropped cost 0.0024) fails here.
    assert summary(results)["f1"] >= 0.973
    assert summary(results[::2])["f1"] >= 0.965
    assert summary(results[1::2])["f1"] >= 0.965


def _captioned(image: str, line: str, style: str = "") -> str:
    """The sentences as paragraphs (centred by ``style``), ``image`` then ``line`` after the first."""
    paragraphs = [f"<p{style}>{s}</p>" for s in SENTENCES]
    paragraphs.insert(1, f"{image}{line}")
    return body(page(f"<div class='txt'>{''.join(paragraphs)}</div>"))


@pytest.mark.parametrize(
    "caption",
    [
        '<p style="text-align: center;">The new quay on its first day. Photo: Jane Roe</p>',
        '<p align="center">The new quay on its first day.</p>',
        '<p style="TEXT-ALIGN: center">图为江州港第三期集装箱码头。新华社记者 陈明 摄</p>',
    ],
)
@pytest.mark.parametrize(
    "image",
    [
        '<p style="text-align: center;"><img src="/images/quay.jpg" border="0"></p>',
        '<p><a href="/images/quay.jpg"><img src="/images/quay-s.jpg"></a></p>',
        '<img src="/images/quay.jpg">',
    ],
)
def test_a_short_centred_line_under_an_image_in_the_text_is_its_caption(
    image: str, caption: str
) -> None:
    text = _captioned(image, caption)
    assert_all_sentences(text)
    assert "quay" not in text
    assert "集装箱码头" not in text


@pytest.mark.parametrize(
    ("image", "line", "style"),
    [
        # a centred paragraph with no image above it
        ("", '<p align="center">The new quay opened on its first day.</p>', ""),
        # text between the image and the centred line
        ('<p><img src="/q.jpg"></p>Text', '<p align="center">The new quay opened today.</p>', ""),
        # a page that centres its paragraphs too: the centred line is one of them
        ('<p align="center"><img src="/q.jpg"></p>', '<p align="center">The new quay.</p>',
         ' align="center"'),
        # a centred line too long for a caption
        ('<p><img src="/q.jpg"></p>', f'<p align="center">The new quay. {" ".join(SENTENCES)}</p>',
         ""),
    ],
)  # fmt: skip
def test_a_centred_line_elsewhere_is_text(image: str, line: str, style: str) -> None:
    assert "The new quay" in _captioned(image, line, style)


def test_a_plain_lead_paragraph_that_the_description_copies_stays_in_the_body() -> None:
    """Many CMSes fill the description with the text's first paragraph: a plain ``<p>`` right
    under the headline is the lead, kept, even when it equals the description."""
    lead = (
        "The county opened its third cooling centre on Monday as the heat wave entered a fifth day."
    )
    text = [
        lead,
        "Officials said the library on Main Street would stay open until ten in the evening.",
        "Volunteers will hand out water at the bus station and the two largest parks until Friday.",
    ]
    html = (
        f'<html lang="en"><head><meta name="description" content="{lead}">'
        '<meta property="og:type" content="article"></head><body><article>'
        "<h1>County opens a third cooling centre</h1>"
        + "".join(f"<p>{p}</p>" for p in text)
        + "</article></body></html>"
    )
    page = ArticlePage(
        HtmlResponse("https://county.example/news/2026/07/20/cooling/", body=html.encode())
    )
    assert page.body() == text


def test_dek_after_the_headline_is_no_body_and_the_closing_signature_is_no_text() -> None:
    """A VnExpress-like page: the dek (the page's description) right under the headline,
    the text, and the writers' names signing it on a right-aligned bold line."""
    dek = "Bến container số 4 dài 320 m sẽ đón tàu từ đầu tháng 12, rút ngắn thời gian chờ."
    text = [
        "Ban quản lý cảng cho biết từ đầu tháng 12, bến container số 4 sẽ chính thức đi vào hoạt động.",
        "Bến mới dài 320 mét, có thể tiếp nhận tàu trọng tải đến 50.000 tấn và hai cần cẩu giàn.",
        "Tỉnh cũng đang xin ý kiến các bộ về dự án nạo vét luồng vào cảng trong quý II năm sau.",
    ]
    html = (
        f'<html lang="vi"><head><meta name="description" content="{dek}">'
        '<meta property="og:type" content="article"></head><body><section><div>'
        '<span class="date">Chủ nhật, 29/11/2026, 15:05 (GMT+7)</span>'
        f'<h1>Cảng Biển Xanh mở thêm bến container</h1><p class="description">{dek}</p>'
        + "".join(f'<p class="Normal">{p}</p>' for p in text)
        + '<p style="text-align:right;"><strong>Hoàng Lan - Thanh Tùng</strong></p>'
        "</div></section></body></html>"
    )
    page = ArticlePage(HtmlResponse("https://tin.example/cang-4812345.html", body=html.encode()))
    assert page.body() == text
    assert page.authors() == ["Hoàng Lan", "Thanh Tùng"]


@pytest.mark.parametrize("signoff", ["<p>-- BERNAMA</p>", "<p>\u2014 AFP</p>", "<p>--REUTERS</p>"])
def test_a_wire_sign_off_after_a_dash_is_no_text(signoff: str) -> None:
    """Malaysian papers close wire copy with "-- BERNAMA" alone on its line."""
    inner = "<article>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + signoff + "</article>"
    text = body(page(inner))
    assert_all_sentences(text)
    assert text.count("\n") == len(SENTENCES) - 1, text


def test_a_dash_before_a_name_in_the_text_is_kept() -> None:
    quote = "\u2014 Puan Rohana, a trader at the market"
    inner = "<article>" + "".join(f"<p>{s}</p>" for s in [*SENTENCES, quote]) + "</article>"
    assert quote in body(page(inner))


@pytest.mark.parametrize(
    "inserted",
    [
        # Czech and Slovak portals: "read also" labels alone or before a linked headline, the
        # agency credited as the source on its own line, a "related" label over its links
        "<p><strong>Čtěte také</strong></p>",
        "<p><strong>Čtěte také:</strong> <a href='/domaci/clanek/x-40513001'>Rychlík nabral zpoždění</a></p>",
        "<p>Přečtěte si také: <a href='/domaci/clanek/y-40513002'>Na horách napadl sníh</a></p>",
        "<p>ČTĚTE TÉŽ: <a href='/domaci/clanek/z-40513003'>Most přes Labe</a></p>",
        "<p><b>Čítajte aj:</b> <a href='/domov/clanok/w-4051'>Rýchlik meškal dve hodiny</a></p>",
        "<p>Mohlo by vás zajímat: <a href='/sport/clanek/v-40513004'>Derby vyhráli domácí</a></p>",
        "<p class='source'>Zdroj: ČTK</p>",
        "<p>Zdroj: ČTK, Reuters</p>",
        (
            "<p><strong>Související články</strong></p><ul><li><a href='/domaci/clanek/u-405'>"
            "Nemocnice otevřela nový pavilon urgentního příjmu</a></li></ul>"
        ),
    ],
)
def test_czech_and_slovak_see_also_and_source_lines_are_dropped(inserted: str) -> None:
    inner = (
        "<article>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES[:2])
        + inserted
        + "".join(f"<p>{s}</p>" for s in SENTENCES[2:])
        + "</article>"
    )
    text = body(page(inner))
    assert_all_sentences(text)
    assert text.count("\n") == len(SENTENCES) - 1, text


def test_a_czech_paragraph_that_starts_like_a_label_is_kept() -> None:
    prose = "Přečtěte si také, co řekl starosta k rozpočtu města a proč chce stavět nový most."
    inner = "<article>" + "".join(f"<p>{s}</p>" for s in [*SENTENCES, prose]) + "</article>"
    assert prose in body(page(inner))


@pytest.mark.parametrize(
    "inserted",
    [
        # Pakistani Urdu dailies: a photo credit alone on its line, the file-photo label, the
        # ad label
        "<p>فوٹو: فائل</p>",
        "<p>تصویر: سوشل میڈیا</p>",
        "<p>فائل فوٹو</p>",
        "<div class='ad-slot'><span>اشتہار</span><div id='div-gpt-ad-7'></div></div>",
    ],
)
def test_urdu_photo_credits_and_ad_labels_in_the_text_are_dropped(inserted: str) -> None:
    inner = (
        "<article>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES[:2])
        + inserted
        + "".join(f"<p>{s}</p>" for s in SENTENCES[2:])
        + "</article>"
    )
    text = body(page(inner))
    assert_all_sentences(text)
    assert text.count("\n") == len(SENTENCES) - 1, text


_PARAGRAPHS = [
    "The council approved the new budget for the schools on Tuesday after a long debate.",
    "Teachers will get more money next year, and the old buildings will be repaired by summer.",
]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Subscribe to our newsletter for the latest news.", False),
        ("Subscribe to the Morning Review newsletter", False),
        ("Sign up for our daily briefing", False),
        ("Follow us on Twitter and Facebook.", False),
        ("Click here to download our app.", False),
        # each had stayed in the body
        ("For more news, download the Daily Courier app.", False),
        ("Join our WhatsApp channel for the latest updates.", False),
        ("Get the latest news delivered to your inbox every morning. Sign up now.", False),
        ("Watch the latest videos on Courier TV.", False),
        ("Catch all the Business News, Market News and Breaking News on Courier Money.", False),
        ("Get the latest updates right in your inbox. Subscribe to Courier newsletters.", False),
        # the benchmark's bodies keep a copyright line and a reporter's contact
        ("Copyright 2026 The Daily Courier. All rights reserved.", True),
        ("Have a tip? Jane Roe may be reached at jroe@courier.example.", True),
        ("Sign up for the vaccine at any pharmacy, the health office said.", True),
        ("Join the queue at the town hall before nine, officials said.", True),
        ("Watch the latest figures closely, the minister told the banks.", True),
    ],
)
def test_calls_to_action_between_paragraphs_are_no_text(line: str, kept: bool) -> None:
    """A newsletter, social or app prompt set as a paragraph of the text stayed in the body."""
    assert (line in _body_around(line, "en").split("\n\n")) is kept


def _body_around(line: str, lang: str) -> str:
    """The body of a page in ``lang`` whose text has ``line`` as a paragraph of its own."""
    from newscrawl.extract import extract_article

    paragraphs = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    html = (
        f"<html lang='{lang}'><head><title>Council approves budget</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2026-11-24T10:00:00Z'></head>"
        f"<body><article><h1>Council approves budget</h1>{paragraphs}<p>{line}</p>{paragraphs}"
        "</article></body></html>"
    )
    url = "https://www.courier.example/news/council-approves-budget-123/"
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8")
    body: str = extract_article("news", response, "2026-11-25T00:00:00Z")["body"]
    return body


@pytest.mark.parametrize(
    "line",
    [
        "<time datetime='2026-11-17T09:00:00Z'>Nov 17</time>",  # no year: no pattern reads it
        "<div class='date'>Tuesday 9:00 AM</div>",
    ],
)
def test_the_date_line_its_markup_marks_is_no_body_text(line: str) -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    item = _item(f"<main><h1>Council approves the budget</h1>{line}{paragraphs}</main>")
    assert item["body"] == "\n\n".join(SENTENCES)


def test_the_next_story_printed_below_is_no_part_of_the_text() -> None:
    """Sites that load the next story under the first print it in its own ``<article>``."""
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    following = (
        "<p>The school board met on Wednesday to weigh next year's budget, which adds money for "
        "teachers, books and the repair of three old buildings on the east side.</p>"
    ) * 6
    item = _item(
        f"<main><article><h1>Council approves the budget</h1>{paragraphs}</article>"
        f"<article><h2><a href='/news/school-budget/'>School budget approved</a></h2>{following}"
        "</article></main>"
    )
    assert item["body"] == "\n\n".join(SENTENCES)
    # nor its writer one of this story's authors
    html = page(
        "<main><article><h1>Council approves the budget</h1>"
        f"<p>By <a href='/author/ana-ruiz/'>Ana Ruiz</a></p>{paragraphs}</article>"
        "<article><h2><a href='/news/school-budget/'>School budget approved</a></h2>"
        f"<p>By <a href='/author/tom-field/'>Tom Field</a></p>{following}</article></main>",
        head="<meta property='og:type' content='article'>",
    )
    response = HtmlResponse("https://example.com/news/budget", body=html.encode())
    assert ArticlePage(response).authors() == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "name", ["key-points", "RenderKeyPoints-keyPoints", "key_takeaways", "tldr"]
)
def test_a_box_of_the_texts_key_points_is_no_text(name: str) -> None:
    """Its points repeat the text, as a list above it (the benchmark's bodies leave them out)."""
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    box = (
        f"<div class='{name}'><h3>Key points</h3><ul><li>The council passed the budget late on "
        "Tuesday night</li><li>Schools get the largest share of the new money</li></ul></div>"
    )
    item = _item(f"<main><h1>Council approves the budget</h1><div>{box}{paragraphs}</div></main>")
    assert item["body"] == "\n\n".join(SENTENCES)


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # the post's own box of a kind (had been read as the story's text)
        ("<div class='post-tags'>Filed under: <a href='/tag/budget/'>Budget</a></div>", False),
        (
            (
                "<div class='post-tags'>Filed under: <a href='/category/news/'>News</a>, "
                "<a href='/tag/budget/'>Budget</a></div>"
            ),
            False,
        ),
        # a tag row named in Spanish (had been read as text)
        ("<div class='etiquetas'>Etiquetas: <a href='/etiqueta/pan/'>Pan</a></div>", False),
        # controls: a state or taxonomy token names no box; the post's content is its text
        ("<div class='category-advertising'><p>The vote ends a year of talks.</p></div>", True),
        ("<div class='post-content'><p>The vote ends a year of talks.</p></div>", True),
    ],
)
def test_a_posts_own_box_or_a_tag_row_named_in_another_language_is_no_text(
    box: str, kept: bool
) -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    item = _item(f"<main><h1>Council approves the budget</h1><div>{paragraphs}{box}</div></main>")
    tail = ["The vote ends a year of talks."] if kept else []
    assert item["body"] == "\n\n".join([*SENTENCES, *tail])


@pytest.mark.parametrize(
    ("row", "kept"),
    [
        # a tag or category row in a paragraph of no class, linked or not (had been text)
        ("<p>Tags: Politics, Budget, City Council</p>", False),
        ("<p class='postinfo'>Filed under: <a href='/category/news/'>News</a> |</p>", False),
        ("<p>Keywords: bridge, council, vote</p>", False),
        ("<p>Etiquetas: Presupuesto · Ayuntamiento</p>", False),
        # controls: a sentence after the label is text
        ("<p>Topics: the council spent the evening on the bridge, then voted.</p>", True),
    ],
)
def test_a_tag_or_category_row_in_a_plain_paragraph_is_no_text(row: str, kept: bool) -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    item = _item(f"<main><h1>Council approves the budget</h1><div>{paragraphs}{row}</div></main>")
    tail = [row.split(">", 1)[1].rsplit("<", 1)[0]] if kept else []
    assert item["body"] == "\n\n".join([*SENTENCES, *tail])


@pytest.mark.parametrize(
    ("line", "lang", "kept"),
    [
        ("Folgen Sie uns auf Facebook und Instagram.", "de", False),
        ("Abonnieren Sie unseren Newsletter.", "de", False),
        ("Síguenos en Twitter y Facebook.", "es", False),
        ("Suivez-nous sur Facebook et Twitter.", "fr", False),
        ("Inscrivez-vous à notre newsletter.", "fr", False),
        ("Seguici su Facebook e Instagram.", "it", False),
        ("Volg ons op Facebook.", "nl", False),
        ("Simak berita dan artikel lainnya di Google News", "id", False),
        ("Bizi Twitter'da takip edin.", "tr", False),
        # prose that opens with the same words stays
        ("Folgen Sie der Straße bis zum Hafen, sagte der Bürgermeister.", "de", True),
        ("Seguici nella piazza centrale, hanno detto gli organizzatori.", "it", True),
    ],
)
def test_calls_to_follow_or_subscribe_in_other_languages_are_no_text(
    line: str, lang: str, kept: bool
) -> None:
    """Each call had stayed in the body of a page in its language."""
    assert (line in _body_around(line, lang).split("\n\n")) is kept


def test_a_quoted_post_in_its_embed_wrapper_is_text() -> None:
    """The wrapper's class ("social-media-embed") had made a box of it: the post was lost,
    where the benchmark's true bodies keep the posts a story quotes."""
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    post = (
        "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>The budget"
        " passed, and the schools get the most of it.</p>&mdash; Ana Ruiz (@anaruiz)"
        " <a href='https://twitter.com/anaruiz/status/1'>November 24, 2026</a></blockquote></div>"
    )
    share = "<div class='social-share'><a href='/share/fb'>Share on Facebook</a></div>"
    item = _item(
        f"<main><h1>Council approves the budget</h1><div>{paragraphs}{post}{share}</div></main>"
    )
    assert item["body"].split("\n\n")[len(SENTENCES) :] == [
        "The budget passed, and the schools get the most of it.",
        "\u2014 Ana Ruiz (@anaruiz) November 24, 2026",
    ]


@pytest.mark.parametrize(
    ("card", "term"),
    [
        # The Hill's people card and a tooltip's text, with another page's links in them
        ("rollover-people-block", "Ilhan Omar"),
        ("tooltiptext", "Ilhan Omar"),
    ],
)
def test_a_hover_card_inside_a_paragraph_is_no_text_and_loses_it_none(card: str, term: str) -> None:
    """The card's links had made its paragraph "mostly links": the paragraph was lost."""
    links = "".join(
        f"<a href='/policy/story-{n}'>Another story about the budget and its many votes {n}</a> "
        for n in range(4)
    )
    lead = (
        f"<p>A man pleaded guilty to threatening Rep. <span class='term'><a href='/people/x'>"
        f"{term}</a><span class='{card}'>{links}</span></span>, the office announced.</p>"
    )
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    item = _item(f"<main><h1>Council approves the budget</h1><div>{lead}{paragraphs}</div></main>")
    assert item["body"].split("\n\n")[0] == (
        f"A man pleaded guilty to threatening Rep. {term}, the office announced."
    )


def test_a_custom_element_inside_a_paragraph_flows_in_its_line() -> None:
    """A citation's number in a custom element had been cut from its line ("... States (" and
    ")." on two lines, the number lost), as Healthline prints its sources."""
    lead = (
        "<p>Binge eating is the most common eating disorder in the United States ("
        "<hl-trusted-source source='PubMed'><a href='https://pubmed.example/1'>1</a>"
        "</hl-trusted-source>).</p>"
    )
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    item = _item(f"<main><h1>Council approves the budget</h1><div>{lead}{paragraphs}</div></main>")
    assert item["body"].split("\n\n")[0] == (
        "Binge eating is the most common eating disorder in the United States (1)."
    )

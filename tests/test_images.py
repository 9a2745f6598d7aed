"""The lead image of a page without image metadata: the first picture in its text."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from newscrawl.extract import extract_article

URL = "https://www.courier.example/news/2026/11/24/quay-opens"
PARAGRAPHS = "".join(
    f"<p>{s}</p>"
    for s in (
        "The third container quay opened on Tuesday, adding six berths to the port.",
        "Cranes on the new quay are run from a control room, the port authority said.",
        "Ships to the southern ports will call eighteen times a week instead of twelve.",
        "A cold store for fruit and fish is to be built next to the quay next year.",
    )
)


def _image_url(inside: str, head: str = "", above: str = "") -> str | None:
    html = (
        f"<html lang='en'><head><title>Quay opens</title>{head}</head><body>"
        "<header><img src='/static/logo.png' alt='The Courier'></header>"
        "<article><header><h1>Quay opens</h1><p class='date'>24 November 2026 15:05</p></header>"
        f"{above}<div class='text'>{inside}{PARAGRAPHS}</div></article></body></html>"
    )
    response = HtmlResponse(url=URL, body=html.encode(), encoding="utf-8")
    item = extract_article("news", response, crawled_at="2026-11-25T10:00:00Z")
    return item["image_url"]


@pytest.mark.parametrize(
    "inside",
    [
        '<p style="text-align:center"><img src="/images/2026/11/quay.jpg" border="0"></p>',
        '<p><a href="/images/2026/11/quay-big.jpg"><img src="/images/2026/11/quay.jpg"></a></p>',
        # lazy loading: the real address is in data-src
        '<img class="lazy" src="data:image/gif;base64,R0lGOD" data-src="/images/2026/11/quay.jpg">',
        # icons, pixels, avatars and ads before the picture are passed over
        (
            '<img src="/pixel.gif" width="1" height="1"><img src="/icons/print.png">'
            '<div class="ad-slot"><img src="/banners/2026/shop.jpg"></div>'
            '<div class="author-box"><img src="/people/jane.jpg"></div>'
            '<a href="/news/other-story"><img src="/images/2026/11/other.jpg"></a>'
            '<figure><img src="/images/2026/11/quay.jpg" width="800"></figure>'
        ),
    ],
)
def test_the_first_picture_in_the_text_is_the_lead_image(inside: str) -> None:
    assert _image_url(inside) == "https://www.courier.example/images/2026/11/quay.jpg"


def test_image_metadata_comes_first() -> None:
    head = '<meta property="og:image" content="https://cdn.courier.example/og/quay.jpg">'
    inside = '<p><img src="/images/2026/11/quay.jpg"></p>'
    assert _image_url(inside, head) == "https://cdn.courier.example/og/quay.jpg"


@pytest.mark.parametrize(
    "inside",
    [
        "",
        '<img src="/static/logo-small.png"><img src="/img/avatar_12.jpg">',
        '<img src="/images/2026/11/spacer.gif"><img src="/static/weibo.svg">',
        '<img src="/images/2026/11/quay.jpg" width="16" height="16">',
        '<aside><img src="/images/2026/11/quay.jpg"></aside>',
    ],
)
def test_no_picture_in_the_text_no_lead_image(inside: str) -> None:
    assert _image_url(inside) is None


@pytest.mark.parametrize(
    "inside",
    [
        (
            '<figure><img srcset="/images/2026/11/quay-400.jpg 400w, /images/2026/11/quay.jpg'
            ' 1200w" alt="The quay"></figure>'
        ),
        (
            '<img class="lazyload" src="data:image/gif;base64,R0lGOD"'
            ' data-srcset="/images/2026/11/quay-small.jpg 1x, /images/2026/11/quay.jpg 2x">'
        ),
    ],
)
def test_a_picture_given_only_by_srcset_is_the_lead_image(inside: str) -> None:
    """An ``<img>`` with a ``srcset`` and no ``src`` (or only a placeholder) gave no image."""
    assert _image_url(inside) == "https://www.courier.example/images/2026/11/quay.jpg"


@pytest.mark.parametrize(
    "inside",
    [
        # a placeholder, and the picture for readers without scripts beside it
        (
            '<img class="lazy" src="data:image/gif;base64,R0lGOD">'
            '<noscript><img src="/images/2026/11/quay.jpg"></noscript>'
        ),
        # a placeholder in a <picture> whose source holds the address
        (
            '<picture><source srcset="/images/2026/11/quay.jpg 1200w">'
            '<img src="data:image/gif;base64,R0lGOD" alt="The quay"></picture>'
        ),
        # AMP's picture element, and a lazy loader's other attribute names
        '<amp-img src="/images/2026/11/quay.jpg" width="1200" height="675"></amp-img>',
        '<img src="data:image/gif;base64,R0lGOD" data-original-src="/images/2026/11/quay.jpg">',
    ],
)
def test_a_lazy_amp_or_noscript_picture_is_the_lead_image(inside: str) -> None:
    """Each had given no image: a page without image metadata had no lead image."""
    assert _image_url(inside) == "https://www.courier.example/images/2026/11/quay.jpg"


def test_a_tracking_pixel_in_noscript_is_no_lead_image() -> None:
    inside = '<noscript><img src="/collect?id=7" width="1" height="1"></noscript>'
    assert _image_url(inside) is None


@pytest.mark.parametrize(
    ("og_image", "inside", "expected"),
    [
        # the site's default sharing picture, on every page without one: the text's picture
        ("https://www.courier.example/img/pages/article/opengraph_default.jpg",
         '<p><img src="/images/2026/11/quay.jpg"></p>',
         "https://www.courier.example/images/2026/11/quay.jpg"),
        ("https://www.courier.example/images/courier_fb_logo.jpg", "", None),
        # a story's own picture of a logo is the story's
        ("https://www.courier.example/uploads/2026/11/port-authority-logo-getty-1024-683-57ed9e.jpg",
         "", "https://www.courier.example/uploads/2026/11/port-authority-logo-getty-1024-683-57ed9e.jpg"),
    ],
)  # fmt: skip
def test_a_sites_logo_or_default_picture_is_no_lead_image(
    og_image: str, inside: str, expected: str | None
) -> None:
    """``og:image`` held the site's logo or default picture on pages without their own."""
    head = f'<meta property="og:image" content="{og_image}">'
    assert _image_url(inside, head) == expected


@pytest.mark.parametrize(
    ("head", "above"),
    [
        # WordPress's featured picture above the text, beside the headline or after its header,
        # on a page without image metadata or with the site's logo in it (had been none)
        ("", "<div class='post-thumbnail'><img src='/up/2026/11/quay-1024x683.jpg'></div>"),
        (
            "<meta property='og:image' content='https://www.courier.example/img/logo.png'>",
            "<figure><img src='/up/2026/11/quay-1024x683.jpg' width='1024'></figure>",
        ),
        # the crop of WordPress's site icon is the site's, as a logo is
        (
            "<meta property='og:image' content='https://www.courier.example/up/cropped-fav-1.png'>",
            (
                "<div class='byline'><img src='/people/ana.jpg'>Ana Ruiz</div>"
                "<p><img src='/up/2026/11/quay-1024x683.jpg'></p>"
            ),
        ),
    ],
)
def test_the_featured_picture_above_the_text_is_the_lead_image(head: str, above: str) -> None:
    later = "<p><img src='/up/2026/11/crane.jpg'></p>"
    assert (
        _image_url(later, head, above) == "https://www.courier.example/up/2026/11/quay-1024x683.jpg"
    )


def test_no_picture_above_the_text_leaves_the_texts_first() -> None:
    """Controls: an author's portrait or a share icon above the text is no lead image."""
    above = (
        "<div class='byline'><img src='/people/ana.jpg'>Ana Ruiz</div>"
        "<div class='share'><img src='/icons/fb.png'></div>"
    )
    later = "<p><img src='/up/2026/11/crane.jpg'></p>"
    assert _image_url(later, "", above) == "https://www.courier.example/up/2026/11/crane.jpg"


@pytest.mark.parametrize(
    "head",
    [
        # Open Graph's structured properties alone, Twitter's older card name, and the
        # <link rel="image_src"> of pages from before Open Graph
        "<meta property='og:image:secure_url' content='https://img.courier.example/quay.jpg'>",
        "<meta property='og:image:url' content='https://img.courier.example/quay.jpg'>",
        "<meta name='twitter:image:src' content='https://img.courier.example/quay.jpg'>",
        "<link rel='image_src' href='https://img.courier.example/quay.jpg'>",
    ],
)
def test_the_other_spellings_of_image_metadata(head: str) -> None:
    assert _image_url("", head) == "https://img.courier.example/quay.jpg"


def _ld_image(url: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Quay opens",'
        f' "image": {{"@type": "ImageObject", "url": "{url}"}}}}</script>'
    )


@pytest.mark.parametrize(
    ("ld", "og", "lead"),
    [
        # JSON-LD gives the listing's thumbnail, og:image the picture shared: the larger
        ("/up/2026/11/quay.jpg?w=150", "/up/2026/11/quay.jpg?w=600", "/up/2026/11/quay.jpg?w=600"),
        ("/up/2026/11/quay-150x150.jpg", "/up/2026/11/quay.jpg", "/up/2026/11/quay.jpg"),
        ("/img/150x100/quay.jpg", "/img/1200x630/quay.jpg", "/img/1200x630/quay.jpg"),
        # controls: JSON-LD's large picture stays; so does a thumbnail beside no larger one
        ("/up/2026/11/quay.jpg?w=680", "/up/2026/11/quay.jpg?w=600", "/up/2026/11/quay.jpg?w=680"),
        ("/up/2026/11/quay.jpg?w=150", "/up/2026/11/quay.jpg?w=200", "/up/2026/11/quay.jpg?w=150"),
        ("/up/2026/11/quay.jpg?w=150", "/static/og-default.jpg", "/up/2026/11/quay.jpg?w=150"),
    ],
)
def test_a_thumbnail_in_json_ld_gives_way_to_a_larger_og_image(ld: str, og: str, lead: str) -> None:
    """The first three had been the thumbnail (TechCrunch's and WordPress VIP sites' JSON-LD)."""
    cdn = "https://cdn.courier.example"
    head = _ld_image(cdn + ld) + f"<meta property='og:image' content='{cdn + og}'>"
    assert _image_url("", head) == cdn + lead


def test_an_image_address_with_spaces_or_accents_is_percent_encoded() -> None:
    """It had been exported as printed, a raw space in a URL."""
    head = "<meta property='og:image' content='https://img.courier.example/quay café 1.jpg'>"
    assert _image_url("", head) == "https://img.courier.example/quay%20caf%C3%A9%201.jpg"

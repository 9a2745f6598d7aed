"""Romanian and Moldovan news pages: pagers, bylines, tag rows, body labels and dates."""

from __future__ import annotations

from datetime import timedelta, timezone

import lxml.html
import pytest
from lxml.html import document_fromstring
from parsel import Selector

from newscrawl import dates
from newscrawl.dates import parse_date_full, to_utc_string
from newscrawl.pages import tags
from newscrawl.pages.bylines import byline_names
from newscrawl.pages.text import article_body

PARAGRAPHS = [
    "Primăria a anunțat marți că va prelungi linia de tramvai până în cartierul Dealul Morii.",
    "Lucrările ar urma să înceapă în primăvară și să dureze paisprezece luni, spun oficialii.",
    "De la 1 decembrie, pe traseul viitoarei linii va circula un autobuz de navetă.",
    "Locuitorii cartierului au cerut de mai mulți ani o legătură directă cu centrul orașului.",
]


@pytest.mark.parametrize(
    "text", ["Pagina următoare", "Următoarea »", "PAGINA URMATOARE", "Mai multe știri"]
)
def test_romanian_next_page_anchors(text: str) -> None:
    from newscrawl.spiders.news import _NEXT_TEXT

    assert _NEXT_TEXT.match(text), text


@pytest.mark.parametrize("text", ["Articolul următor", "Următorul meci al echipei"])
def test_romanian_next_article_anchors_are_no_next_page(text: str) -> None:
    from newscrawl.spiders.news import _NEXT_TEXT

    assert not _NEXT_TEXT.match(text), text


def test_a_listing_without_its_slash_pages_on_under_it() -> None:
    """``/actualitate`` links its page 2 as ``/actualitate/pagina/2``: the same listing."""
    from newscrawl.spiders.news import _listing_parts, _same_listing

    here = _listing_parts("https://www.x.example/actualitate")
    assert _same_listing(_listing_parts("https://www.x.example/actualitate/pagina/2"), here)
    assert _same_listing(
        _listing_parts("https://www.x.example/actualitate/pagina/3"),
        _listing_parts("https://www.x.example/actualitate/pagina/2"),
    )
    assert not _same_listing(_listing_parts("https://www.x.example/sport/pagina/2"), here)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("<p>de Radu Constantin</p>", ["Radu Constantin"]),
        ("<p>Autor: Cristina Vlad</p>", ["Cristina Vlad"]),
        ("<p>de Elena Rusu și Victor Ciobanu</p>", ["Elena Rusu", "Victor Ciobanu"]),
        ("<p>de Elena Rusu şi Victor Ciobanu</p>", ["Elena Rusu", "Victor Ciobanu"]),
        # the agencies, credited alone or as the source ("Sursa:")
        ("<p>Autor: Agerpres</p>", ["Agerpres"]),
        ("<p>Sursa: News.ro</p>", ["News.ro"]),
        ("<p>Sursa: Primăria Capitalei</p>", []),
        # the agency alone, or a name alone, in a box its class calls the author's ("autor")
        ('<div class="autor"><span class="sursa">Agerpres</span></div>', ["Agerpres"]),
        ('<div class="post_autor">Ioana Marinescu</div>', ["Ioana Marinescu"]),
        ('<div class="autorun">Ioana Marinescu</div>', []),
        # "de" is also "of": a line of prose after it is no byline
        ("<p>De la 1 decembrie</p>", []),
    ],
)
def test_romanian_bylines(byline: str, names: list[str]) -> None:
    page = document_fromstring(
        f'<html lang="ro"><body><article><h1>Tramvaiul 7 va fi prelungit</h1>{byline}'
        f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p></article></body></html>"
    )
    assert byline_names(page, "ro") == names


@pytest.mark.parametrize(
    "row",
    [
        (
            '<div><span>Etichete:</span> <a href="/cautare?q=tramvai">tramvai</a> '
            '<a href="/cautare?q=transport">transport</a></div>'
        ),
        (
            '<p>Cuvinte cheie: <a href="/cautare?q=tramvai">tramvai</a>, '
            '<a href="/cautare?q=transport">transport</a></p>'
        ),
        (
            '<div class="x"><a href="/subiect/tramvai">tramvai</a> '
            '<a href="/subiect/transport">transport</a></div>'
        ),
    ],
)
def test_romanian_tag_rows(row: str) -> None:
    page = lxml.html.fromstring(
        "<html><body><div id='box'><h1>Titlu</h1><div><p>Textul articolului.</p></div>"
        f"{row}</div></body></html>"
    )
    found = tags.box_tags(page.get_element_by_id("box"), "https://www.x.example/actualitate/a-1")
    assert found == ["tramvai", "transport"]


def test_romanian_labels_tag_rows_and_agency_credits_are_no_body_text() -> None:
    html = (
        "<html><body><article><h1>Tramvaiul 7</h1><div class='continut'>"
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        "<div class='reclama-inline'><span>Publicitate</span></div><p>Reclamă</p>"
        f"<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p><p><em>Sursa: AGERPRES</em></p></div>"
        "<div class='etichete'><span>Etichete:</span> <a href='/tag/tramvai'>tramvai</a></div>"
        "</article></body></html>"
    )
    text = "\n\n".join(article_body(Selector(text=html).root))
    assert text == "\n\n".join(PARAGRAPHS)


def test_a_romanian_update_printed_as_today_and_a_clock() -> None:
    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    page = document_fromstring(
        "<html lang='ro'><body><h1>Vine frigul</h1>"
        "<div><span>ieri, 18:20</span> <span>Actualizat: azi, 09:15</span></div>"
        f"<p>{PARAGRAPHS[0]}</p></body></html>"
    )
    headline = h1_element(page)
    assert page_dates.updated_near_headline(headline, "ro") == ["azi, 09:15"]
    assert page_dates.day_clock_line("ieri, 18:20 Actualizat: azi, 09:15", "ro")
    assert not page_dates.day_clock_line("Ieri, 18:20, poliția a închis drumul", "ro")


@pytest.mark.parametrize(
    "printed", ["Actualizat: 25.11.2026 08:30", "Ultima actualizare: 25.11.2026 08:30"]
)
def test_a_romanian_update_label(printed: str) -> None:
    from newscrawl.pages import dates as page_dates
    from newscrawl.pages.headline import h1_element

    page = document_fromstring(
        "<html lang='ro'><body><h1>Tramvaiul 7</h1>"
        f"<div><span>24.11.2026 14:05</span> | <span>{printed}</span></div>"
        f"<p>{PARAGRAPHS[0]}</p></body></html>"
    )
    assert page_dates.updated_near_headline(h1_element(page), "ro") == ["25.11.2026 08:30"]


def test_a_zoneless_winter_update_beside_a_summer_publication_on_the_listed_clock() -> None:
    """Published 18 July at +03:00, updated 20 November without a zone: every clock the
    listings allow (+03:00 in July, +02:00 in November) gives the update +02:00, not July's."""
    from newscrawl.pipelines.dates import zone_printed_dates

    clock = dates.zones_from_offsets(
        [("2026-07-19T07:00:00Z", 10800), ("2026-11-25T09:20:00Z", 7200)]
    )
    parsed = {
        "published": parse_date_full("2026-07-18T22:40:00+03:00"),
        "modified": parse_date_full("2026-11-20T09:10:00"),
    }
    zoned = zone_printed_dates(parsed, "UTC", None, timezone(timedelta(hours=2)), clock_zones=clock)
    assert zoned["modified"].moment is not None
    assert to_utc_string(zoned["modified"].moment) == "2026-11-20T07:10:00Z"

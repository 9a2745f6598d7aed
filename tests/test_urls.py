"""Canonical URLs: one form per article whatever link led to it."""

from __future__ import annotations

import pytest

from newscrawl.spiders.firstpost import ARTICLE, LISTING, FirstpostArticle
from newscrawl.urls import canonicalize_url, numeric_id, registered_domain, same_site

CANONICAL = "https://www.firstpost.com/india/monsoon-arrives-early-13758042.html"


@pytest.mark.parametrize(
    "variant",
    [
        CANONICAL,
        "http://www.firstpost.com/india/monsoon-arrives-early-13758042.html",
        "https://firstpost.com/india/monsoon-arrives-early-13758042.html",
        "https://m.firstpost.com/india/monsoon-arrives-early-13758042.html",
        "https://WWW.FIRSTPOST.COM/india/monsoon-arrives-early-13758042.html",
        "https://www.firstpost.com:443/india/monsoon-arrives-early-13758042.html",
        "https://www.firstpost.com/india/monsoon-arrives-early-13758042.html/amp",
        "https://www.firstpost.com/india/monsoon-arrives-early-13758042.html/amp/",
        "https://www.firstpost.com/india/monsoon-arrives-early-13758042.html/feed",
        "https://www.firstpost.com/india/monsoon-arrives-early-13758042.html?utm_source=tw&fbclid=x",
        "https://www.firstpost.com/india/monsoon-arrives-early-13758042.html?ref=home#comments",
    ],
)
def test_article_variants_share_one_canonical_url(variant: str) -> None:
    assert ARTICLE.match(variant)
    assert FirstpostArticle.canonicalize(variant) == CANONICAL


@pytest.mark.parametrize(
    "url",
    [
        "https://www.firstpost.com/category/india",
        "https://www.firstpost.com/category/india/page/3",
        "https://www.firstpost.com/tech/",
        "https://www.firstpost.com/world/united-states/",
        "https://www.firstpost.com/firstcricket/",
        "https://www.firstpost.com/sports/page/2/",
    ],
)
def test_listing_urls(url: str) -> None:
    assert LISTING.match(url)
    assert not ARTICLE.match(url)


@pytest.mark.parametrize("query", ["xtor=RSS-3208", "xtor=EPR-1&utm_medium=email"])
def test_french_papers_click_tracking_is_dropped(query: str) -> None:
    """AT Internet's ``xtor`` marks every RSS and newsletter link of most French papers."""
    url = "https://www.courrier.example/faits-divers/incendie-11762034.php"
    assert canonicalize_url(f"{url}?{query}") == url


@pytest.mark.parametrize(
    "query",
    [
        "CMP=share_btn_tw",  # the Guardian
        "INTCMP=home_top",
        "smid=tw-share&smtyp=cur",  # the New York Times
        "itm_source=parsely-api&itm_medium=related",  # Parse.ly's internal links
        "ns_mchannel=rss&ns_source=PublicRSS20-sa",  # comScore, as the BBC tags its feeds
        "taid=6741&dicbo=v2-abc",  # Twitter, Outbrain
        "guccounter=1&guce_referrer=aHR0cHM",  # Yahoo's consent page sends readers back so
        "WT.mc_id=rss",
        "mod=article_inline",  # the Wall Street Journal
        "share=twitter",  # WordPress's share buttons
    ],
)
def test_share_and_campaign_codes_are_dropped(query: str) -> None:
    """Links papers tag for their own analytics name the same article as the plain URL."""
    url = "https://www.riverpaper.example/world/2026/nov/24/bridge-vote-approved"
    assert canonicalize_url(f"{url}?{query}") == url
    # a parameter that picks the page is kept
    assert canonicalize_url(f"{url}?page=2&CMP=share") == f"{url}?page=2"


def test_article_id_pattern_needs_six_to_nine_digits() -> None:
    assert FirstpostArticle.article_url is not None
    assert FirstpostArticle.article_url.match(CANONICAL).group(1) == "13758042"  # type: ignore[union-attr]
    assert not ARTICLE.match("https://www.firstpost.com/india/top-10.html")
    assert not ARTICLE.match("https://www.firstpost.com/slug-only-13758042.html")
    assert not ARTICLE.match("https://www.example.com/india/monsoon-arrives-early-13758042.html")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/pozar-hali-magazynowej-6970236654623360a.html", "6970236654623360"),
        ("https://x.example/wideo/wichura-6970236654629999v.html", "6970236654629999"),
        ("https://x.example/artykul/12345678,sejm-uchwalil-ustawe.html", "12345678"),
        ("https://x.example/wiadomosci/kraj/nowa-linia/k7x2pq9", None),
        ("https://x.example/abc-6970236654623360ab.html", None),  # two letters: no type letter
    ],
)
def test_numeric_id_of_polish_portals(url: str, expected: str | None) -> None:
    """A long id typed by one letter after it, and an id joined to its slug by a comma."""
    assert numeric_id(url) == expected


# -- the registered domain and the scheme ---------------------------------------------


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("www.bbc.co.uk", "bbc.co.uk"),
        ("evil-bbc.co.uk", "evil-bbc.co.uk"),
        ("bbc.co.uk.evil.com", "evil.com"),
        ("amp.edition.example.com", "example.com"),
        ("WWW.Example.COM.", "example.com"),
        ("someone.github.io", "someone.github.io"),  # a private suffix: each site its own
        ("www.daily-lantern.example", "daily-lantern.example"),  # no known suffix
        ("127.0.0.1", "127.0.0.1"),
    ],
)
def test_registered_domain(host: str, domain: str) -> None:
    assert registered_domain(host) == domain


def test_same_site_is_the_registered_domain() -> None:
    assert same_site("https://news.bbc.co.uk/a", "https://www.bbc.co.uk/b")
    assert not same_site("https://evil-bbc.co.uk/a", "https://www.bbc.co.uk/b")
    assert not same_site("https://bbc.co.uk.evil.com/a", "https://www.bbc.co.uk/b")


def test_canonical_scheme_is_https_unless_the_site_says_http() -> None:
    url = "http://www.x.example/a/?utm_source=x#top"
    assert canonicalize_url(url) == "https://www.x.example/a/"
    assert canonicalize_url(url, scheme="http") == "http://www.x.example/a/"
    assert canonicalize_url("https://www.x.example/a/", scheme="http") == "http://www.x.example/a/"


def test_a_malay_edition_under_bm() -> None:
    """Malaysian papers put their Malay (Bahasa Melayu) edition under ``/bm/``."""
    from newscrawl.pages.sections import edition_prefix
    from newscrawl.urls import edition

    assert edition("https://x.example/bm/berita/2026/11/judul-123456") == "bm"
    assert edition_prefix("bm", "ms")
    assert not edition_prefix("bm", "en")

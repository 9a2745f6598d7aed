"""Canonical URLs: one form per article whatever link led to it."""

from __future__ import annotations

import pytest

from newscrawl.spiders.firstpost import ARTICLE, LISTING, FirstpostArticle

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


def test_article_id_pattern_needs_six_to_nine_digits() -> None:
    assert FirstpostArticle.article_url is not None
    assert FirstpostArticle.article_url.match(CANONICAL).group(1) == "13758042"  # type: ignore[union-attr]
    assert not ARTICLE.match("https://www.firstpost.com/india/top-10.html")
    assert not ARTICLE.match("https://www.firstpost.com/slug-only-13758042.html")
    assert not ARTICLE.match("https://www.example.com/india/monsoon-arrives-early-13758042.html")

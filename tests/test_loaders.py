"""The ArticleLoader's cleaning of text fields, as every page's values go through it."""

from __future__ import annotations

import pytest

from newscrawl.loaders import ArticleLoader

ZWNJ = "\u200c"


@pytest.mark.parametrize("field", ["title", "description", "body"])
def test_a_zero_width_non_joiner_inside_a_word_is_kept(field: str) -> None:
    """Persian spells "می‌شود" with U+200C: a space would make two words of one."""
    loader = ArticleLoader()
    loader.add_value(field, f" {ZWNJ}ایستگاه{ZWNJ}های تازه افزوده می{ZWNJ}شود{ZWNJ} ")
    assert getattr(loader.load_item(), field) == f"ایستگاه{ZWNJ}های تازه افزوده می{ZWNJ}شود"


def test_tags_keep_their_zero_width_non_joiners() -> None:
    loader = ArticleLoader()
    loader.add_value("tags", [f"محیط{ZWNJ}زیست", f"حمل{ZWNJ}و{ZWNJ}نقل عمومی", f"{ZWNJ}نان{ZWNJ}"])
    assert loader.load_item().tags == [f"محیط{ZWNJ}زیست", f"حمل{ZWNJ}و{ZWNJ}نقل عمومی", "نان"]


def test_zero_width_spaces_still_separate_words() -> None:
    loader = ArticleLoader()
    loader.add_value("title", "Harbour\u200bnews\ufeff today")
    assert loader.load_item().title == "Harbour news today"


def test_a_zero_width_joiner_in_an_emoji_sequence_is_kept() -> None:
    loader = ArticleLoader()
    loader.add_value("description", "Family day \U0001f468\u200d\U0001f469\u200d\U0001f467")
    assert loader.load_item().description == "Family day \U0001f468\u200d\U0001f469\u200d\U0001f467"


@pytest.mark.parametrize(
    ("raw", "authors"),
    [
        (["admin"], []),  # WordPress's default account, marked up as the author
        (["Webmaster", "Ana Ruiz"], ["Ana Ruiz"]),
        (["Ana Ruiz (Reuters)"], ["Ana Ruiz", "Reuters"]),  # the bracket stays whole
        # a site's administrator login, a button's label (had been authors)
        (["jdadmin"], []),
        (["Email The Author", "Ana Ruiz"], ["Ana Ruiz"]),
    ],
)
def test_cms_accounts_are_no_authors_and_a_bracketed_credit_is_its_own(
    raw: list[str], authors: list[str]
) -> None:
    loader = ArticleLoader()
    loader.add_value("authors", raw)
    assert loader.load_item().authors == authors

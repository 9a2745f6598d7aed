"""The article JSON Schema: well-formed, in step with the Article item, and met by real items."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from newscrawl.items import Article
from newscrawl.schema import (
    SCHEMA_VERSION,
    article_schema,
    validate_article,
    validation_errors,
)

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "samples" / "firstpost.jsonl"
SITE_EXPECTED = ROOT / "samples" / "site" / "expected.json"
EXPECTED = sorted((Path(__file__).parent / "fixtures").glob("*/*/expected.json"))
ARTICLE_FIELDS = [f.name for f in dataclasses.fields(Article)]


def full_article(**fields: Any) -> dict[str, Any]:
    article = Article(
        url="https://www.firstpost.com/india/rain-returns-13758042.html",
        site="firstpost",
        article_id="13758042",
        title="Rain returns",
        description=None,
        authors=["FP Staff"],
        published_at="2013-06-05T02:53:04Z",
        published_raw="June 5, 2013, 08:23:04 IST",
        modified_at=None,
        modified_raw=None,
        section="india",
        tags=["Monsoon"],
        body="It rained.",
        image_url=None,
        language="en",
        word_count=2,
        crawled_at="2026-11-20T10:00:00Z",
    )
    return {**dataclasses.asdict(article), **fields}


def test_schema_is_valid_draft_2020_12() -> None:
    schema = article_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert schema["additionalProperties"] is False
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_schema_and_article_item_have_the_same_fields_in_the_same_order() -> None:
    # The order matters: it is the column order of the Parquet and CSV feeds.
    assert list(article_schema()["properties"]) == ARTICLE_FIELDS
    assert article_schema()["required"] == ARTICLE_FIELDS
    assert Article().schema_version == SCHEMA_VERSION


def test_a_built_article_validates() -> None:
    assert validation_errors(full_article()) == []
    validate_article(full_article(modified_at="2013-06-05T04:30:00Z", modified_raw="x"))


def test_an_article_instance_validates() -> None:
    assert validation_errors(Article(**full_article())) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"url": "http://www.firstpost.com/india/a-1.html"}, "url"),
        ({"schema_version": "2"}, "schema_version"),
        ({"published_at": "2013-06-05 02:53:04"}, "published_at"),
        ({"published_at": "2013-06-05T02:53:04+05:30"}, "published_at"),
        ({"published_at": "2013-13-05T02:53:04Z"}, "published_at"),
        ({"published_at": None}, "published_at"),
        ({"crawled_at": None}, "crawled_at"),
        ({"modified_at": "yesterday"}, "modified_at"),
        ({"word_count": -1}, "word_count"),
        ({"word_count": 2.5}, "word_count"),
        ({"authors": "FP Staff"}, "authors"),
        ({"tags": ["ok", 3]}, "tags/1"),
        ({"section": "India"}, "section"),
        ({"title": ""}, "title"),
        ({"extra": 1}, "(item)"),
    ],
)
def test_invalid_items_name_the_field(change: dict[str, Any], field: str) -> None:
    errors = validation_errors(full_article(**change))
    assert errors
    assert errors[0].startswith(f"{field}: ")
    with pytest.raises(ValueError, match="does not match the article schema"):
        validate_article(full_article(**change))


def test_a_missing_field_is_an_error() -> None:
    item = full_article()
    del item["body"]
    assert validation_errors(item) == ["(item): 'body' is a required property"]


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}")
def test_fixture_expected_items_validate(path: Path) -> None:
    item = json.loads(path.read_text(encoding="utf-8"))
    assert validation_errors(item) == []


def test_mock_site_expected_items_validate() -> None:
    items = json.loads(SITE_EXPECTED.read_text(encoding="utf-8"))
    assert items
    assert {item["url"]: validation_errors(item) for item in items} == {
        item["url"]: [] for item in items
    }


def test_sample_feed_validates() -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    assert lines, "the sample feed is empty"
    problems = {
        number: errors
        for number, line in enumerate(lines, start=1)
        if (errors := validation_errors(json.loads(line)))
    }
    assert problems == {}

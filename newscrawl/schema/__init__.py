"""The Article JSON Schema (2020-12) shipped with the package, and a validator for it."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from itemadapter import ItemAdapter
from jsonschema import Draft202012Validator

from newscrawl.items import SCHEMA_VERSION

SCHEMA_FILE = "article.schema.json"


@cache
def article_schema() -> dict[str, Any]:
    """The schema as a dict; property order is the column order of table formats."""
    text = files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def article_validator() -> Draft202012Validator:
    """A validator for the schema; ``pattern`` and ``const`` carry the checks, not ``format``."""
    return Draft202012Validator(article_schema())


def validation_errors(item: Any) -> list[str]:
    """Every way ``item`` (a dict, Article or any item) breaks the schema, one line each."""
    data = ItemAdapter(item).asdict() if not isinstance(item, dict) else item
    errors = sorted(
        article_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]
    )
    return [f"{'/'.join(map(str, e.absolute_path)) or '(item)'}: {e.message}" for e in errors]


def validate_article(item: Any) -> None:
    """Raise ``ValueError`` listing every schema violation of ``item``."""
    errors = validation_errors(item)
    if errors:
        raise ValueError("item does not match the article schema:\n" + "\n".join(errors))


__all__ = [
    "SCHEMA_VERSION",
    "article_schema",
    "article_validator",
    "validate_article",
    "validation_errors",
]

"""The fixture contract (STYLE.md section 3.3), enforced: names line up, cases are complete and strict.

These tests need no extractor: they check the spiders folder against the fixtures folder and every
case folder against the format rules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import types
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

import newscrawl
from newscrawl.items import Article
from newscrawl.urls import site_host

if TYPE_CHECKING:
    from conftest import FixtureCase

SPIDERS_DIR = Path(newscrawl.__file__).parent / "spiders"
FIXTURES_DIR = Path(__file__).parent / "fixtures"
NOT_SPIDER_MODULES = {"__init__", "base"}

ARTICLE_FIELDS = [f.name for f in dataclasses.fields(Article)]
ARTICLE_TYPES = typing.get_type_hints(Article)
REQUIRED_FIELDS = ("url", "title", "body", "published_at", "published_raw")
CASE_FILES = {"response.html", "meta.json", "expected.json", "exception.json"}
META_KEYS = {"url", "fetched_at", "note"}

CASE_NAME = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$")
UTC_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
EXCEPTION_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def spider_modules() -> list[str]:
    return sorted(
        p.stem
        for p in SPIDERS_DIR.glob("*.py")
        if p.stem not in NOT_SPIDER_MODULES and not p.stem.startswith("_")
    )


def fixture_folders() -> list[str]:
    if not FIXTURES_DIR.is_dir():
        return []
    return sorted(p.name for p in FIXTURES_DIR.iterdir() if p.is_dir())


def canonical_json(data: Any) -> str:
    """The one accepted serialisation: sorted keys, UTF-8 as is, indent 2, trailing newline."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def conforms(value: Any, hint: Any) -> bool:
    """Whether a JSON value fits a field annotation of ``Article`` (``str | None``, ``list[str]``...)."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return any(conforms(value, arg) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if origin is list:
        (arg,) = typing.get_args(hint)
        return isinstance(value, list) and all(conforms(v, arg) for v in value)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)


# --- names line up ------------------------------------------------------------------------------


@pytest.mark.parametrize("module", spider_modules())
def test_every_spider_has_fixture_cases(module: str) -> None:
    folder = FIXTURES_DIR / module
    assert folder.is_dir(), (
        f"spider module {module}.py has no fixture folder tests/fixtures/{module}/"
    )
    assert any(p.is_dir() for p in folder.iterdir()), f"tests/fixtures/{module}/ has no case"


@pytest.mark.parametrize("folder", fixture_folders())
def test_every_fixture_folder_has_a_spider(folder: str) -> None:
    assert (SPIDERS_DIR / f"{folder}.py").is_file(), (
        f"tests/fixtures/{folder}/ has no spider module newscrawl/spiders/{folder}.py"
    )


def test_spider_names_match_module_names() -> None:
    assert spider_modules(), "newscrawl/spiders has no spider module"
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    loader = SpiderLoader(Settings({"SPIDER_MODULES": ["newscrawl.spiders"]}))
    names = loader.list()
    for name in names:
        module = loader.load(name).__module__
        assert module == f"newscrawl.spiders.{name}", f"spider {name!r} is defined in {module}"
    assert sorted(names) == spider_modules(), "every spider module defines exactly one named spider"


def _site_spiders() -> list[Any]:
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    loader = SpiderLoader(Settings({"SPIDER_MODULES": ["newscrawl.spiders"]}))
    return [loader.load(name) for name in sorted(loader.list())]


@pytest.mark.parametrize("spider", _site_spiders(), ids=lambda cls: cls.name)
def test_site_files_have_the_required_attributes(spider: Any) -> None:
    """What README "Adding a site" asks of a site file (the generic news spider is exempt
    from the site's own URLs: its sites come from -a site=)."""
    from zoneinfo import ZoneInfo

    from newscrawl.pages import ArticlePage
    from newscrawl.spiders.base import NewsSpider

    name = spider.name
    assert issubclass(spider, NewsSpider), f"{name}: the spider must subclass NewsSpider"
    assert issubclass(spider.article_page, ArticlePage), f"{name}: article_page"
    ZoneInfo(spider.timezone)  # a real IANA zone
    if name == "news":
        return
    assert spider.article_page is not ArticlePage, f"{name}: needs its own page class"
    assert spider.start_urls, f"{name}: start_urls (the home page) is missing"
    assert spider.allowed_domains, f"{name}: allowed_domains is missing"
    assert spider.rules, f"{name}: rules (articles and listings) are missing"
    assert any(rule.callback == "parse_article" for rule in spider.rules), (
        f"{name}: no rule sends article links to parse_article"
    )
    assert spider.timezone != "UTC" or "UTC" in spider.__dict__.get("timezone", ""), (
        f"{name}: timezone (the newsroom's IANA zone) is not set"
    )


# --- every case folder --------------------------------------------------------------------------


def test_case_folder_name(fixture_case: FixtureCase) -> None:
    match = CASE_NAME.match(fixture_case.path.name)
    assert match, f"{fixture_case.id}: case folders are named YYYY-MM-DD-lowercase-slug"
    dt.date.fromisoformat(match["date"])


def test_case_files(fixture_case: FixtureCase) -> None:
    present = {p.name for p in fixture_case.path.iterdir()}
    assert "response.html" in present
    assert "meta.json" in present
    outputs = present & {"expected.json", "exception.json"}
    assert len(outputs) == 1, f"exactly one of expected.json / exception.json, found {outputs}"
    assert present <= CASE_FILES, f"unexpected files: {sorted(present - CASE_FILES)}"


def test_response_html_is_utf8(fixture_case: FixtureCase) -> None:
    text = fixture_case.html_path.read_bytes().decode("utf-8")
    assert "<html" in text.lower()


def test_meta_json(fixture_case: FixtureCase) -> None:
    meta = fixture_case.meta()
    assert set(meta) == META_KEYS
    url = urlsplit(meta["url"])
    assert url.scheme in {"http", "https"}
    assert url.netloc
    assert UTC_INSTANT.match(meta["fetched_at"]), (
        "fetched_at is a UTC instant like 2026-11-20T10:00:00Z"
    )
    assert isinstance(meta["note"], str)
    assert meta["note"].strip(), "meta.json must say why the case exists"


# --- expected.json ------------------------------------------------------------------------------


def test_expected_json_is_canonical(article_case: FixtureCase) -> None:
    text = article_case.expected_path.read_text(encoding="utf-8")
    assert text == canonical_json(json.loads(text)), (
        "expected.json must be json.dumps(item, sort_keys=True, ensure_ascii=False, indent=2) + newline"
    )


def test_expected_json_has_every_field(article_case: FixtureCase) -> None:
    expected = article_case.expected()
    assert sorted(set(ARTICLE_FIELDS) - set(expected)) == [], "missing Article fields"
    assert sorted(set(expected) - set(ARTICLE_FIELDS)) == [], "fields that Article does not have"


def test_expected_json_types(article_case: FixtureCase) -> None:
    expected = article_case.expected()
    for name, value in expected.items():
        if name in ARTICLE_TYPES:
            assert conforms(value, ARTICLE_TYPES[name]), (
                f"{name}={value!r} is not {ARTICLE_TYPES[name]}"
            )


def test_expected_json_values_are_not_empty(article_case: FixtureCase) -> None:
    expected = article_case.expected()
    for name in REQUIRED_FIELDS:
        assert expected.get(name), f"required field {name!r} is empty"
    for name, value in expected.items():
        assert value != "", f"{name} is an empty string; write null for an absent value"
        if isinstance(value, list):
            assert all(isinstance(v, str) and v.strip() for v in value), (
                f"{name} has an empty entry"
            )
            assert len(value) == len(set(value)), f"{name} has duplicates"


def test_expected_json_is_consistent(article_case: FixtureCase) -> None:
    expected = article_case.expected()
    meta = article_case.meta()
    # A site file's items name its spider; the generic news spider names the host.
    host = urlsplit(expected["url"]).hostname or ""
    assert expected["site"] in (article_case.spider, site_host(host))
    assert expected["crawled_at"] == meta["fetched_at"]
    assert expected["word_count"] == len(expected["body"].split())
    url = urlsplit(expected["url"])
    assert url.scheme == "https"
    assert not url.query
    assert not url.fragment
    section = expected["section"]
    assert section is None or (re.fullmatch(r"[\w-]+", section) and section == section.lower()), (
        f"section={section!r} is not a lowercase slug"
    )
    for prefix in ("published", "modified"):
        at, raw = expected[f"{prefix}_at"], expected[f"{prefix}_raw"]
        assert (at is None) == (raw is None), f"{prefix}_at and {prefix}_raw go together"
        assert at is None or UTC_INSTANT.match(at), (
            f"{prefix}_at={at!r} is not YYYY-MM-DDTHH:MM:SSZ"
        )


# --- exception.json -----------------------------------------------------------------------------


def test_exception_json(rejected_case: FixtureCase) -> None:
    text = rejected_case.exception_path.read_text(encoding="utf-8")
    spec = json.loads(text)
    assert text == canonical_json(spec)
    assert set(spec) == {"exception", "reason"}
    assert EXCEPTION_NAME.match(spec["exception"]), "the exception's class name, e.g. NotAnArticle"
    assert isinstance(spec["reason"], str)
    assert spec["reason"].strip()

"""Fixture-case discovery: one folder per case under ``tests/fixtures/<spider>/<YYYY-MM-DD-slug>/``.

A case holds ``response.html`` (the page), ``meta.json`` (``url``, ``fetched_at``, ``note``) and either
``expected.json`` (the full exported item) or ``exception.json`` (the page must be rejected).

Tests ask for one of these arguments and are parametrised over the cases here:

- ``fixture_case``: every case folder;
- ``article_case``: every case with an ``expected.json``; together with ``field``, every
  (case, Article field) pair, so that a failure names both;
- ``rejected_case``: every case with an ``exception.json``.

Nothing here imports the code under test, so collection works even before it exists.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis.configuration import set_hypothesis_home_dir
from scrapy.http import HtmlResponse

# Real servers started by the test command itself (fixtures ``postgres_server``, ``postgres_uri``).
from tests.servers import postgres_server, postgres_uri  # noqa: F401

FIXTURES_DIR = Path(__file__).parent / "fixtures"


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    # Hypothesis keeps caches in ./.hypothesis; tests write only under temporary folders.
    set_hypothesis_home_dir(config._tmp_path_factory.getbasetemp() / "hypothesis")


@dataclass(frozen=True)
class FixtureCase:
    """One fixture folder; files are read on demand so a broken file fails one test, not collection."""

    spider: str
    path: Path

    @property
    def id(self) -> str:
        return f"{self.spider}/{self.path.name}"

    @property
    def html_path(self) -> Path:
        return self.path / "response.html"

    @property
    def meta_path(self) -> Path:
        return self.path / "meta.json"

    @property
    def expected_path(self) -> Path:
        return self.path / "expected.json"

    @property
    def exception_path(self) -> Path:
        return self.path / "exception.json"

    def meta(self) -> dict[str, Any]:
        return json.loads(self.meta_path.read_text(encoding="utf-8"))

    def expected(self) -> dict[str, Any]:
        return json.loads(self.expected_path.read_text(encoding="utf-8"))

    def exception(self) -> dict[str, Any]:
        return json.loads(self.exception_path.read_text(encoding="utf-8"))

    def response(self) -> HtmlResponse:
        """The page as the spider would have received it, built in memory (no network)."""
        return HtmlResponse(
            url=self.meta()["url"], body=self.html_path.read_bytes(), encoding="utf-8"
        )


def discover_cases(fixtures_dir: Path = FIXTURES_DIR) -> list[FixtureCase]:
    """All case folders, sorted by spider then case name."""
    if not fixtures_dir.is_dir():
        return []
    return [
        FixtureCase(spider=spider_dir.name, path=case_dir)
        for spider_dir in sorted(p for p in fixtures_dir.iterdir() if p.is_dir())
        for case_dir in sorted(p for p in spider_dir.iterdir() if p.is_dir())
    ]


def article_fields() -> list[str]:
    """Names of the exported fields, in the order of the ``Article`` dataclass."""
    from newscrawl.items import Article

    return [f.name for f in dataclasses.fields(Article)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    names = metafunc.fixturenames
    cases = discover_cases()
    article_cases = [c for c in cases if c.expected_path.exists()]
    if "article_case" in names and "field" in names:
        pairs = [(case, field) for case in article_cases for field in article_fields()]
        metafunc.parametrize(
            ("article_case", "field"), pairs, ids=[f"{c.id}:{f}" for c, f in pairs]
        )
    elif "article_case" in names:
        metafunc.parametrize("article_case", article_cases, ids=[c.id for c in article_cases])
    if "rejected_case" in names:
        rejected = [c for c in cases if c.exception_path.exists()]
        metafunc.parametrize("rejected_case", rejected, ids=[c.id for c in rejected])
    if "fixture_case" in names:
        metafunc.parametrize("fixture_case", cases, ids=[c.id for c in cases])

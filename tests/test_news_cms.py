"""End to end: ``scrapy crawl news`` over recorded sites in CMS shapes the samples lack.

Each site in :mod:`tests.cmssites` is written as a WARC, crawled once from its home page,
and every exported item is compared field by field with the site's complete expected items.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from newscrawl.urls import registered_domain
from tests.cmssites import SITES, CmsSite
from tests.newssite import crawl_news

_REQUESTED = re.compile(
    r"(?:Crawled \(\d+\) <GET (?P<crawled>\S+)>"
    r"|Redirecting \(\d+\) to <GET \S+> from <GET (?P<redirected>\S+)>"
    r"|Retrying <GET (?P<retried>\S+)>)"
)


@dataclass
class Crawl:
    site: CmsSite
    proc: subprocess.CompletedProcess[str]
    items: list[dict[str, Any]]
    rejects: list[dict[str, Any]]

    @property
    def requested(self) -> set[str]:
        return {
            next(url for url in m.groupdict().values() if url)
            for m in _REQUESTED.finditer(self.proc.stderr)
        }

    def by_url(self) -> dict[str, list[dict[str, Any]]]:
        found: dict[str, list[dict[str, Any]]] = {}
        for item in self.items:
            found.setdefault(item["url"], []).append(item)
        return found


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module", params=sorted(SITES))
def crawled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    site = SITES[request.param]()
    folder = tmp_path_factory.mktemp(request.param)
    out = folder / "out.jsonl"
    proc = crawl_news(site.write(folder / "site.warc.gz"), out, "-a", f"site={site.home}")
    return Crawl(site, proc, _jsonl(out), _jsonl(out.with_name(out.name + ".rejects.jsonl")))


def test_crawl_exits_cleanly(crawled: Crawl) -> None:
    assert crawled.proc.returncode == 0, crawled.proc.stderr[-3000:]
    errors = [line for line in crawled.proc.stderr.splitlines() if "] ERROR:" in line]
    assert not errors, errors[:20]


def test_each_text_article_once_and_nothing_else(crawled: Crawl) -> None:
    exported = crawled.by_url()
    expected = {item["url"] for item in crawled.site.expected}
    assert not (missing := sorted(expected - set(exported))), f"not exported: {missing}"
    assert not (extra := sorted(set(exported) - expected)), f"exported but not expected: {extra}"
    repeated = {url: len(items) for url, items in exported.items() if len(items) > 1}
    assert not repeated, f"exported more than once: {repeated}"


def test_every_field_of_every_article(crawled: Crawl) -> None:
    exported = crawled.by_url()
    wrong = {}
    for expected in crawled.site.expected:
        got = exported.get(expected["url"], [{}])[0]
        diff = [
            f"{field}: expected {value!r}, got {got.get(field)!r}"
            for field, value in expected.items()
            if got.get(field) != value
        ]
        if diff:
            wrong[expected["url"]] = diff
    assert not wrong, "fields differ:\n" + "\n".join(
        f"{url}\n    " + "\n    ".join(d) for url, d in wrong.items()
    )
    assert all(list(item) == list(crawled.site.expected[0]) for item in crawled.items)


def test_media_and_other_pages_are_never_items(crawled: Crawl) -> None:
    exported = set(crawled.by_url())
    assert not exported & crawled.site.never_exported
    rejected = {line["url"] for line in crawled.rejects}
    # Each such page was either left alone before download or rejected after it.
    fetched = crawled.requested & crawled.site.never_exported
    assert fetched <= rejected, sorted(fetched - rejected)


def test_nothing_offsite_or_disallowed_is_requested(crawled: Crawl) -> None:
    requested = crawled.requested
    assert requested, "no request lines in the log"
    domain = registered_domain(urlsplit(crawled.site.home).hostname or "")
    offsite = sorted(
        u for u in requested if registered_domain(urlsplit(u).hostname or "") != domain
    )
    assert not offsite, offsite
    assert not (requested & crawled.site.never_requested), sorted(
        requested & crawled.site.never_requested
    )
    assert not [url for url in requested if "utm_" in url or "xtor=" in url]


def test_an_article_asked_for_by_url_is_the_item_a_full_crawl_gives(tmp_path: Path) -> None:
    """``-a urls=`` fetches no home page: the article's own menu names its section, so the
    item is the one the crawl from the home page exports, field for field."""
    site = SITES["prairie-dispatch"]()
    expected = next(item for item in site.expected if item["url"].endswith("-on-sundays"))
    out = tmp_path / "one.jsonl"
    proc = crawl_news(site.write(tmp_path / "site.warc.gz"), out, "-a", f"urls={expected['url']}")
    assert proc.returncode == 0, proc.stderr[-3000:]
    [item] = _jsonl(out)
    assert {f: item.get(f) for f in expected} == expected

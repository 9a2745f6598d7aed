"""End to end: replay the recorded demo site and compare the export with samples/site/expected.json."""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import pytest

from newscrawl.items import Article

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
WARC = SAMPLES / "firstpost.warc.gz"
EXPECTED_FILE = SAMPLES / "site" / "expected.json"
HOST = "www.firstpost.com"
FIELDS = [field.name for field in dataclasses.fields(Article)]
EXPECTED: dict[str, dict[str, Any]] = {
    item["url"]: item for item in json.loads(EXPECTED_FILE.read_text(encoding="utf-8"))
}

# Log lines that stand for one request sent to the downloader (LOG_LEVEL=DEBUG).
_REQUEST_LINES = re.compile(
    r"(?:Crawled \(\d+\) <GET (?P<crawled>\S+)>"
    r"|Redirecting \(\d+\) to <GET \S+> from <GET (?P<redirected>\S+)>"
    r"|Retrying <GET (?P<retried>\S+)>)"
)
_INT_STAT = re.compile(r"'(?P<key>[^']+)': (?P<value>\d+)[,}]")


class Crawl(NamedTuple):
    returncode: int
    log: str
    lines: list[str]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    out = tmp_path_factory.mktemp("e2e") / "out.jsonl"
    command = [
        sys.executable, "-m", "scrapy", "crawl", "firstpost",
        "-s", f"WARC_REPLAY={WARC.relative_to(ROOT)}",
        "-s", "LOG_LEVEL=DEBUG", "-s", "STATS_DUMP=True",  # request lines and stats in the log
        "-O", str(out),
    ]  # fmt: skip
    proc = subprocess.run(
        command, check=False, cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return Crawl(proc.returncode, proc.stderr, lines)


@pytest.fixture(scope="module")
def exported(crawl: Crawl) -> dict[str, list[dict[str, Any]]]:
    """Exported items by URL (a list, so that duplicates stay visible)."""
    by_url: dict[str, list[dict[str, Any]]] = {}
    for line in crawl.lines:
        item = json.loads(line)
        by_url.setdefault(item.get("url"), []).append(item)
    return by_url


def _stats(log: str) -> dict[str, int]:
    dump = log.rpartition("Dumping Scrapy stats:")[2]
    return {m["key"]: int(m["value"]) for m in _INT_STAT.finditer(dump)}


def test_crawl_exits_cleanly(crawl: Crawl) -> None:
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert "Dumping Scrapy stats:" in crawl.log


def test_every_line_is_json(crawl: Crawl) -> None:
    assert crawl.lines, "the crawl exported nothing"
    for number, line in enumerate(crawl.lines, 1):
        try:
            json.loads(line)
        except json.JSONDecodeError as exc:
            pytest.fail(f"line {number} is not JSON ({exc}): {line[:200]}")


def test_exported_urls_are_exactly_the_expected_ones(
    exported: dict[str, list[dict[str, Any]]],
) -> None:
    missing = sorted(set(EXPECTED) - set(exported))
    unexpected = sorted(set(exported) - set(EXPECTED), key=str)
    assert not missing, f"articles not exported: {missing}"
    assert not unexpected, f"exported but not expected: {unexpected}"


def test_each_article_is_exported_once(exported: dict[str, list[dict[str, Any]]]) -> None:
    repeated = {url: len(items) for url, items in exported.items() if len(items) > 1}
    assert not repeated, f"exported more than once: {repeated}"


def test_items_have_exactly_the_article_fields(
    exported: dict[str, list[dict[str, Any]]],
) -> None:
    for url, items in exported.items():
        for item in items:
            assert sorted(item) == sorted(FIELDS), f"{url}: keys {sorted(item)}"


@pytest.mark.parametrize(
    ("url", "field"),
    [(url, field) for url in sorted(EXPECTED) for field in FIELDS],
    ids=[
        f"{urlsplit(url).path.rsplit('-', 1)[-1]}:{field}"
        for url in sorted(EXPECTED)
        for field in FIELDS
    ],
)
def test_field(exported: dict[str, list[dict[str, Any]]], url: str, field: str) -> None:
    items = exported.get(url)
    assert items, f"{url} was not exported"
    expected = EXPECTED[url][field]
    got = items[0].get(field)
    assert got == expected, f"{url} field {field!r}: expected {expected!r}, got {got!r}"


def test_no_request_leaves_the_site(crawl: Crawl) -> None:
    requested = [
        next(url for url in match.groupdict().values() if url)
        for match in _REQUEST_LINES.finditer(crawl.log)
    ]
    assert requested, "no request lines in the log (is LOG_LEVEL=DEBUG honoured?)"
    elsewhere = sorted({url for url in requested if urlsplit(url).hostname != HOST})
    assert not elsewhere, f"requests outside {HOST}: {elsewhere}"
    stats = _stats(crawl.log)
    # Every request the downloader counted appears in the log lines checked above.
    assert stats.get("downloader/request_count") == len(requested), stats


def test_robots_txt_is_requested_once(crawl: Crawl) -> None:
    """RobotsTxtMiddleware's download also gives discovery the Sitemap: lines."""
    requested = [
        next(url for url in match.groupdict().values() if url)
        for match in _REQUEST_LINES.finditer(crawl.log)
    ]
    assert requested.count(f"https://{HOST}/robots.txt") == 1
    assert _stats(crawl.log)["robotstxt/request_count"] == 1


def test_crawl_logs_no_errors(crawl: Crawl) -> None:
    stats = _stats(crawl.log)
    errors = {key: value for key, value in stats.items() if key.startswith("spider_exceptions/")}
    assert not errors, errors
    assert stats.get("log_count/ERROR", 0) == 0, [
        line for line in crawl.log.splitlines() if "ERROR" in line
    ][:20]


def test_build_warc_is_reproducible(tmp_path: Path) -> None:
    """The committed WARC is what samples/build_warc.py writes from samples/site/.

    Record ids and dates are fixed, so the uncompressed WARCs must match byte for byte. The
    gzip bytes are compared only through their content: zlib builds may deflate differently.
    """
    rebuilt = tmp_path / "rebuilt.warc.gz"
    proc = subprocess.run(
        [sys.executable, str(SAMPLES / "build_warc.py"), "--output", str(rebuilt)],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    committed = gzip.decompress(WARC.read_bytes())
    assert gzip.decompress(rebuilt.read_bytes()) == committed, (
        "samples/firstpost.warc.gz is out of date: run .venv/bin/python samples/build_warc.py"
    )


def test_a_clean_demo_run_logs_one_screen(tmp_path: Path) -> None:
    """At the default level: start, progress, rejects by reason, health, where the files are."""
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "scrapy", "crawl", "firstpost",
               "-s", f"WARC_REPLAY={WARC.relative_to(ROOT)}", "-O", str(out)]  # fmt: skip
    proc = subprocess.run(command, check=False, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stderr.splitlines()
    assert len(lines) <= 40, "\n".join(lines)
    for noise in ("Dumping Scrapy stats", "Enabled extensions", "Overridden settings",
                  "Ignoring response", "Traceback"):  # fmt: skip
        assert noise not in proc.stderr, noise
    assert "Rejects feed: 2 page(s)" in proc.stderr
    assert "(http_404 1, no_body 1)" in proc.stderr
    assert f"Stored crawl stats in {out}.stats.json" in proc.stderr
    stats = json.loads(Path(f"{out}.stats.json").read_text(encoding="utf-8"))
    assert stats["item_scraped_count"] == len(EXPECTED)

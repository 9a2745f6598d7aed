"""The demo WARC's news sitemap, daily sitemap and RSS feed, each tried offline on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.minisite import crawl

ROOT = Path(__file__).resolve().parent.parent
WARC = ROOT / "samples" / "firstpost.warc.gz"
DEMO = {
    item["url"]: item
    for item in map(json.loads, (ROOT / "samples" / "firstpost.jsonl").read_text().splitlines())
}
SITE = "https://www.firstpost.com"
TEA = f"{SITE}/business/assam-tea-exporters-turn-to-gulf-buyers-as-freight-costs-ease-13850012.html"
FORESTS = f"{SITE}/explainers/why-are-indian-cities-planting-miyawaki-forests-and-do-they-work-13841106.html"
REPAIR = (
    f"{SITE}/tech/india-s-repairability-score-for-smartphones-will-start-in-april-13829402.html"
)
DANUBE = f"{SITE}/world/danube-barge-traffic-resumes-after-record-low-water-levels-13831890.html"


def stat(out: Path, name: str) -> int:
    """A counter from the crawl's stats file (absent means the crawl never counted it)."""
    stats = json.loads(Path(f"{out}.stats.json").read_text(encoding="utf-8"))
    return int(stats.get(name, 0))


@pytest.mark.parametrize(
    ("args", "urls", "daily_requests"),
    [
        (("-a", "sources=sitemaps"), {TEA, FORESTS}, 0),
        (("-a", "sources=feeds"), {REPAIR, DANUBE}, 0),
        # UTC days of 9 April in site time: the 9th (recorded), then the 8th (missing)
        (("-a", "sources=sitemaps", "-a", "since=2025-04-09", "-a", "until=2025-04-09"), {TEA}, 2),
    ],
    ids=["sitemaps", "feeds", "since"],
)
def test_each_source_exports_its_articles_offline(
    tmp_path: Path, args: tuple[str, ...], urls: set[str], daily_requests: int
) -> None:
    out = tmp_path / "out.jsonl"
    crawl(WARC, out, *args)  # check=True: exit 0
    items = [json.loads(line) for line in out.read_text().splitlines()]
    assert {item["url"] for item in items} == urls
    for item in items:
        assert item == DEMO[item["url"]], item["url"]
    assert stat(out, "newscrawl/daily_sitemaps/requested") == daily_requests


def test_backfill_from_long_ago_makes_a_bounded_number_of_daily_requests(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    crawl(WARC, out, "-a", "sources=sitemaps", "-a", "since=2024-01-01")
    assert stat(out, "newscrawl/daily_sitemaps/requested") == 7
    assert stat(out, "newscrawl/daily_sitemaps/missed") == 7
    assert {json.loads(line)["url"] for line in out.read_text().splitlines()} == {TEA, FORESTS}

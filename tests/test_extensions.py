"""Stats file and progress extensions: get_crawler + from_crawler units, then one real crawl."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newscrawl.extensions import (
    ProgressLogExtension,
    StatsFileExtension,
    local_path,
    stats_to_json,
)
from newscrawl.reasons import count_reject
from newscrawl.sidecars import sidecar_path

ROOT = Path(__file__).parent.parent
EXTENSIONS = {
    "newscrawl.extensions.StatsFileExtension": 500,
    "newscrawl.extensions.ProgressLogExtension": 500,
}


def test_project_settings_enable_the_extensions() -> None:
    from newscrawl import settings

    assert getattr(settings, "EXTENSIONS", {}).items() >= EXTENSIONS.items()
    assert getattr(settings, "NEWSCRAWL_PROGRESS_ENABLED", None) is True
    assert getattr(settings, "NEWSCRAWL_PROGRESS_INTERVAL", None) == 60
    assert getattr(settings, "NEWSCRAWL_STATS_FILE_ENABLED", None) is True
    assert getattr(settings, "NEWSCRAWL_STATS_FILE", None) == ""


# -- stats file --------------------------------------------------------------------


def stats_extension(**settings: Any) -> StatsFileExtension:
    return StatsFileExtension.from_crawler(get_crawler(settings_dict=settings))


def test_stats_file_can_be_switched_off() -> None:
    with pytest.raises(NotConfigured):
        stats_extension(NEWSCRAWL_STATS_FILE_ENABLED=False)


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("items.jsonl", "items.jsonl"),
        ("out/items.csv", "out/items.csv"),
        ("file:///data/feeds/items.jsonl.gz", "/data/feeds/items.jsonl.gz"),
        ("s3://bucket/items.jsonl", None),
        ("stdout:", None),
        ("ftp://host/items.jsonl", None),
    ],
)
def test_local_path(uri: str, expected: str | None) -> None:
    found = local_path(uri)
    assert (found.as_posix() if found else None) == expected


def slot(uri_template: str, uri: str, batch_id: int = 1) -> Any:
    storage = SimpleNamespace(path=uri) if "://" not in uri else SimpleNamespace()
    return SimpleNamespace(uri_template=uri_template, uri=uri, batch_id=batch_id, storage=storage)


def test_default_stats_file_is_beside_the_first_file_of_the_first_feed() -> None:
    feeds = {"out/items-%(batch_id)d.jsonl": {"format": "jsonlines"}, "all.csv": {"format": "csv"}}
    extension = stats_extension(FEEDS=feeds)
    assert extension.path is None
    extension.feed_slot_closed(slot("all.csv", "all.csv"))  # not the first feed
    extension.feed_slot_closed(slot("out/items-%(batch_id)d.jsonl", "out/items-1.jsonl"))
    extension.feed_slot_closed(slot("out/items-%(batch_id)d.jsonl", "out/items-2.jsonl", 2))
    assert sidecar_path(extension.crawler, "stats") == Path("out/items-1.jsonl.stats.json")


def test_no_stats_file_for_a_remote_feed(caplog: pytest.LogCaptureFixture) -> None:
    extension = stats_extension(FEEDS={"s3://bucket/items.jsonl": {"format": "jsonlines"}})
    extension.feed_slot_closed(slot("s3://bucket/items.jsonl", "s3://bucket/items.jsonl"))
    with caplog.at_level(logging.INFO):
        extension.engine_stopped()
    assert extension.path is None
    assert "NEWSCRAWL_STATS_FILE is not set" in caplog.text


def test_configured_stats_file_wins_and_is_written(tmp_path: Path) -> None:
    target = tmp_path / "stats" / "crawl.json"
    extension = stats_extension(
        NEWSCRAWL_STATS_FILE=str(target), FEEDS={"items.jsonl": {"format": "jsonlines"}}
    )
    extension.feed_slot_closed(slot("items.jsonl", "items.jsonl"))
    stats = extension.crawler.stats
    assert stats is not None
    stats.set_value("start_time", datetime(2026, 11, 20, 10, 0, tzinfo=UTC))
    stats.set_value("item_scraped_count", 7)
    count_reject(stats, "duplicate")
    extension.engine_stopped()
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written == {
        "start_time": "2026-11-20T10:00:00+00:00",
        "item_scraped_count": 7,
        "newscrawl/dropped": 1,
        "newscrawl/dropped/duplicate": 1,
    }
    assert list(target.parent.iterdir()) == [target]  # no partial file left behind


def test_stats_to_json_turns_every_value_into_json() -> None:
    text = stats_to_json({"b": {1, 2}, "a": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "c": 1.5})
    assert json.loads(text) == {"a": "2026-01-02T03:04:05+00:00", "b": ["1", "2"], "c": 1.5}
    assert text.index('"a"') < text.index('"b"')


# -- progress ----------------------------------------------------------------------


def progress_extension(**settings: Any) -> ProgressLogExtension:
    return ProgressLogExtension.from_crawler(get_crawler(settings_dict=settings))


@pytest.mark.parametrize(
    "settings",
    [{"NEWSCRAWL_PROGRESS_ENABLED": False}, {"NEWSCRAWL_PROGRESS_INTERVAL": 0}],
)
def test_progress_can_be_switched_off(settings: dict[str, Any]) -> None:
    with pytest.raises(NotConfigured):
        progress_extension(**settings)


def test_progress_interval_comes_from_settings() -> None:
    assert progress_extension().interval == 60.0
    assert progress_extension(NEWSCRAWL_PROGRESS_INTERVAL=15).interval == 15.0


def test_progress_numbers(caplog: pytest.LogCaptureFixture) -> None:
    extension = progress_extension()
    stats = extension.crawler.stats
    assert stats is not None
    extension.last_time = 1000.0
    stats.set_value("item_scraped_count", 40)
    stats.set_value("response_received_count", 50)
    stats.set_value("scheduler/enqueued", 120)
    stats.set_value("scheduler/dequeued", 70)
    for reason in ("duplicate", "duplicate", "no_body"):
        count_reject(stats, reason)
    # 50 pages in 30 s: 100 pages a minute.
    assert extension.progress(now=1030.0) == {
        "exported": 40,
        "rejected": 3,
        "pages": 50,
        "pages_per_minute": 100.0,
        "queued": 50,
    }
    # Then 30 more pages in 60 s: the rate is of the last interval, not of the whole crawl.
    stats.set_value("response_received_count", 80)
    assert extension.progress(now=1090.0)["pages_per_minute"] == 30.0
    extension.last_time = 0.0
    with caplog.at_level(logging.INFO, logger="newscrawl.extensions"):
        extension.log()
    assert "Progress: 40 articles exported, 3 rejected, 80 pages" in caplog.text
    assert "50 requests queued" in caplog.text


# -- a real crawl ----------------------------------------------------------------------

SPIDER = """
import asyncio
import scrapy


class SlowSpider(scrapy.Spider):
    name = "slow"
    custom_settings = {
        "EXTENSIONS": %(extensions)r,
        "ITEM_PIPELINES": {"newscrawl.pipelines.DedupePipeline": 300},
        "NEWSCRAWL_PROGRESS_INTERVAL": 0.2,
        "FEEDS": {"out/items.jsonl": {"format": "jsonlines"}, "out/items.csv": {"format": "csv"}},
    }

    async def start(self):
        for n in (1, 2, 2, 3):  # the second 2 is a duplicate
            await asyncio.sleep(0.25)
            yield {"url": f"https://www.firstpost.com/india/story-{n}.html", "site": "slow"}
"""


def test_a_crawl_writes_its_stats_file_and_logs_progress(tmp_path: Path) -> None:
    (tmp_path / "spider.py").write_text(SPIDER % {"extensions": EXTENSIONS}, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "runspider", "spider.py", "-s", "LOG_LEVEL=INFO"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ERROR" not in result.stderr, result.stderr
    assert "articles exported" in result.stderr
    assert "requests queued" in result.stderr
    stats = json.loads((tmp_path / "out" / "items.jsonl.stats.json").read_text(encoding="utf-8"))
    assert stats["item_scraped_count"] == 3
    assert stats["newscrawl/dropped/duplicate"] == 1
    assert stats["finish_reason"] == "finished"
    assert datetime.fromisoformat(stats["start_time"]).tzinfo is not None
    # Written when the engine stopped: after the feeds were stored and the stats closed.
    assert stats["feedexport/success_count/FileFeedStorage"] == 2


def test_rejected_items_are_one_debug_line_each_not_their_repr(tmp_path: Path) -> None:
    """A ``since`` run drops older articles: counted in the rejects line, not dumped whole."""
    from tests.minisite import ROOT

    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "scrapy", "crawl", "firstpost", "-a", "since=2024-01-01",
               "-s", "WARC_REPLAY=samples/firstpost.warc.gz", "-O", str(out)]  # fmt: skip
    proc = subprocess.run(command, check=False, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "outside_window 6)" in proc.stderr  # the rejects line at the end counts them
    assert "Dropped:" not in proc.stderr
    assert "Article(url=" not in proc.stderr
    assert max(len(line) for line in proc.stderr.splitlines()) < 400
    debug = subprocess.run(
        [*command, "-L", "DEBUG"], check=False, cwd=ROOT, capture_output=True, text=True
    )
    rejected = [line for line in debug.stderr.splitlines() if "Rejected (outside_window): " in line]
    assert len(rejected) == 6, debug.stderr[-3000:]
    assert all(" DEBUG: " in line and line.endswith(".html") for line in rejected), rejected

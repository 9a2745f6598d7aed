"""The recorded general news sites in samples/: expectations well-formed, sample feeds, WARC builds."""

from __future__ import annotations

import dataclasses
import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.items import Article
from newscrawl.schema import validate_article

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FIELDS = [field.name for field in dataclasses.fields(Article)]
#: Recorded general news sites: samples/<name>/ (source), samples/<name>.warc.gz, samples/<name>.jsonl.
SITES = ("eastriverpost", "spreecourier")


def _expected(name: str) -> list[dict[str, object]]:
    items: list[dict[str, object]] = json.loads(
        (SAMPLES / name / "expected.json").read_text(encoding="utf-8")
    )
    return items


@pytest.mark.parametrize("name", SITES)
def test_expected_items_are_complete_and_valid(name: str) -> None:
    text = (SAMPLES / name / "expected.json").read_text(encoding="utf-8")
    items = json.loads(text)
    assert text == json.dumps(items, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    for item in items:
        assert sorted(item) == sorted(FIELDS), item["url"]
        validate_article(item)
        assert item["word_count"] == len(item["body"].split()), item["url"]


@pytest.mark.parametrize("name", SITES)
def test_sample_feed_is_the_expected_feed(name: str) -> None:
    """samples/<site>.jsonl, the demo's reference output, holds exactly expected.json."""
    lines = (SAMPLES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    assert all(list(item) == FIELDS for item in items), "keys not in Article field order"
    assert sorted(items, key=lambda i: i["url"]) == sorted(
        _expected(name), key=lambda i: str(i["url"])
    )


@pytest.mark.parametrize("name", SITES)
def test_build_warc_is_reproducible(tmp_path: Path, name: str) -> None:
    rebuilt = tmp_path / f"{name}.warc.gz"
    proc = subprocess.run(
        [sys.executable, str(SAMPLES / "build_warc.py"), "--site", name, "--output", str(rebuilt)],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert gzip.decompress(rebuilt.read_bytes()) == gzip.decompress(
        (SAMPLES / f"{name}.warc.gz").read_bytes()
    ), f"samples/{name}.warc.gz is out of date: run .venv/bin/python samples/build_warc.py"

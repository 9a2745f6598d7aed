"""``scrapy savefixture``: fetch (here from the demo WARC) and re-parse fixture cases."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
URL = "https://www.firstpost.com/world/chilean-lithium-town-votes-to-share-mining-royalties-with-its-schools-13825577.html"


def scrapy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)  # fmt: skip


def test_save_from_replay_drafts_the_exported_item(tmp_path: Path) -> None:
    case = tmp_path / "2026-11-20-lithium"
    result = scrapy("savefixture", "firstpost", URL, "--case", str(case), "--note", "demo",
                    "-s", "WARC_REPLAY=samples/firstpost.warc.gz")  # fmt: skip
    assert result.returncode == 0, result.stderr[-1500:]
    expected = json.loads((case / "expected.json").read_text())
    exported = [
        json.loads(line) for line in (ROOT / "samples/firstpost.jsonl").read_text().splitlines()
    ]
    assert expected == next(item for item in exported if item["url"] == URL)
    assert json.loads((case / "meta.json").read_text())["note"] == "demo"
    # A project command, not a crawl: no feed, rejects, stats or health files anywhere.
    assert not (ROOT / "feeds" / "savefixture").exists()
    assert "Spidermon" not in result.stderr
    assert not list(tmp_path.glob("**/*.jsonl*"))
    # Quiet as a crawl: Scrapy's start-up listings stay at DEBUG.
    for listing in ("Enabled extensions", "Overridden settings", "Enabled downloader"):
        assert listing not in result.stderr, result.stderr


def test_rerun_rewrites_expected_and_exception_files(tmp_path: Path) -> None:
    fixtures = ROOT / "tests" / "fixtures" / "firstpost"
    article = next(p for p in sorted(fixtures.iterdir()) if (p / "expected.json").exists())
    video = next(p for p in sorted(fixtures.iterdir()) if (p / "exception.json").exists())
    for source in (article, video):
        shutil.copytree(source, tmp_path / source.name)
    (tmp_path / article.name / "expected.json").write_text("{}\n")
    result = scrapy("savefixture", "firstpost", "--rerun", str(tmp_path / article.name),
                    str(tmp_path / video.name))  # fmt: skip
    assert result.returncode == 0, result.stderr[-1500:]
    assert (tmp_path / article.name / "expected.json").read_text() == (
        article / "expected.json"
    ).read_text()
    assert (
        json.loads((tmp_path / video.name / "exception.json").read_text())["exception"]
        == "NotAnArticle"
    )

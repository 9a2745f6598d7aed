"""The benchmarks at smoke size, end to end: they run and report numbers (no timing asserts)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("bench")
    subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--size", "smoke", "--workdir", str(workdir)],
        cwd=REPO,
        check=True,
        timeout=300,
        capture_output=True,
    )
    return workdir


def test_results_table_has_every_row_with_numbers(smoke: Path) -> None:
    text = (smoke / "RESULTS-smoke.md").read_text()
    assert "## Summary" in text
    assert re.search(r"\d+ cores", text)
    rows = {
        m.group(1): m.group(0)
        for m in re.finditer(r"^\| (1a|1b|2|3|4|5|6) \|.*$", text, re.MULTILINE)
    }
    assert set(rows) == {"1a", "1b", "2", "3", "4", "5", "6"}
    for name in ("1a", "2", "3", "4", "5"):
        assert re.search(r"\d", rows[name].split("|")[3]), rows[name]
        assert re.search(r"\*\*(met|missed)\*\*", rows[name]), rows[name]


def test_crawls_exported_every_article(smoke: Path) -> None:
    results = json.loads((smoke / "results-smoke.json").read_text())
    row2, row4 = results["row2"], results["row4"]
    for run in row2["full"]["runs"] + row2["news"]["runs"] + row4["ours"]["runs"]:
        assert run["returncode"] == 0
        assert run["items"] == run["exported"] == row2["size"]
    assert all(run["responses"] > row2["size"] for run in row2["bare"]["runs"])
    assert all(run["responses"] > 0 for run in row4["bench"]["runs"])
    assert results["row1"]["items_complete"] == results["row1"]["pages"]


def test_corpus_pages_have_realistic_weight(smoke: Path) -> None:
    manifest = json.loads(next(smoke.glob("firstpost-n50-*.json")).read_text())
    assert 250 <= manifest["article_kb_min"] <= manifest["article_kb_max"] <= 400
    assert any(url.endswith("/robots.txt") for url in manifest["urls"])
    assert any("/category/" in url and "/page/" in url for url in manifest["urls"])


def test_store_claims_benchmark_runs_on_both_backends(tmp_path: Path, postgres_uri: str) -> None:
    out = tmp_path / "claims.json"
    subprocess.run(
        [sys.executable, "-m", "benchmarks.store_claims", "--records", "300", "--claims", "20",
         "--repeat", "1", "--postgres", postgres_uri, "--out", str(out)],
        cwd=REPO, check=True, timeout=300, capture_output=True,
    )  # fmt: skip
    result = json.loads(out.read_text())
    for store in ("sqlite", "postgres"):
        assert set(result[store]) >= {"new", "changed", "unchanged", "confirm"}
        assert all(rate > 0 for key, rate in result[store].items() if key != "runs")

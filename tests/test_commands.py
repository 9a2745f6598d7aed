"""``scrapy crawl`` start-up checks: every bad argument, setting or path is one line and exit 2."""

from __future__ import annotations

import csv
import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.arguments import COMMON_ARGUMENTS
from tests.minisite import ROOT, MiniSite, Story, crawl

USAGE_EXIT = 2


def scrapy(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def assert_usage_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 2 with exactly the error line and one usage line: no banner, no traceback."""
    lines = result.stderr.splitlines()
    assert result.returncode == USAGE_EXIT, result.stderr[-2000:]
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith("scrapy: error: "), lines
    assert lines[1].startswith("usage: scrapy crawl"), lines
    for word in words:
        assert word in lines[0], lines[0]
    assert result.stdout == ""
    return lines[0]


def small_site(tmp_path: Path) -> Path:
    return MiniSite([Story(13900001), Story(13900002)]).write(tmp_path / "site.warc.gz")


def test_unknown_argument_names_the_closest_known_one(tmp_path: Path) -> None:
    result = crawl(small_site(tmp_path), tmp_path / "o.jsonl", "-a", "maxpages=3", check=False)
    assert_usage_error(result, "maxpages", "did you mean max_pages?")
    assert not (tmp_path / "o.jsonl").exists()


def test_scrapyd_private_arguments_pass(tmp_path: Path) -> None:
    result = crawl(small_site(tmp_path), tmp_path / "o.jsonl", "-a", "_job=abc123", check=False)
    assert result.returncode == 0, result.stderr[-2000:]


def test_every_declared_argument_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in COMMON_ARGUMENTS:
        assert f"-a {name}=" in readme, name


@pytest.mark.parametrize(
    ("spider", "words"),
    [("nosuchsite", ("unknown spider 'nosuchsite'",)), ("firstpots", ("did you mean firstpost?",))],
)
def test_unknown_spider(spider: str, words: tuple[str, ...]) -> None:
    assert_usage_error(scrapy("crawl", spider), *words)


@pytest.mark.parametrize(
    ("setting", "words"),
    [
        ("DEDUP_STORE=seen.sqlite", ("DEDUP_STORE", "'seen.sqlite'")),
        ("DEDUP_STORE=mysql://u@h/db", ("DEDUP_STORE", "mysql://")),
    ],
)
def test_bad_dedup_store(tmp_path: Path, setting: str, words: tuple[str, ...]) -> None:
    result = crawl(small_site(tmp_path), tmp_path / "o.jsonl", "-s", setting, check=False)
    assert_usage_error(result, *words)


def test_a_file_that_is_not_a_warc(tmp_path: Path) -> None:
    fake = tmp_path / "page.warc.gz"
    fake.write_text("<html>not an archive</html>")
    result = crawl(fake, tmp_path / "o.jsonl", check=False)
    assert_usage_error(result, "WARC_REPLAY", str(fake), "not a WARC file")


def test_a_missing_warc(tmp_path: Path) -> None:
    result = crawl(tmp_path / "missing.warc.gz", tmp_path / "o.jsonl", check=False)
    assert_usage_error(result, "WARC_REPLAY", "does not exist")


def test_a_folder_without_warcs(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = crawl(tmp_path / "empty", tmp_path / "o.jsonl", check=False)
    assert_usage_error(result, "WARC_REPLAY", "no .warc")


@pytest.mark.parametrize("where", ["file-as-folder", "proc", "absolute-missing", "folder"])
def test_unwritable_feed_stops_at_start(tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file")
    (tmp_path / "adir.jsonl").mkdir()
    out = {
        "file-as-folder": blocker / "x.jsonl",
        "proc": Path("/proc/newscrawl-test/x.jsonl"),
        "absolute-missing": tmp_path / "no" / "such" / "x.jsonl",
        "folder": tmp_path / "adir.jsonl",
    }[where]
    result = crawl(small_site(tmp_path), out, check=False)
    assert_usage_error(result, "feed")
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize(
    "setting", ["REJECTS_FEED", "NEWSCRAWL_STATS_FILE", "NEWSCRAWL_HEALTH_REPORT"]
)
def test_unwritable_sidecar_stops_at_start(tmp_path: Path, setting: str) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file")
    result = crawl(
        small_site(tmp_path), tmp_path / "o.jsonl", "-s", f"{setting}={blocker}/x", check=False
    )
    assert_usage_error(result, setting, "is a file, not a folder")


@pytest.mark.parametrize("suffix", ["parquet", "json", "xml"])
def test_append_to_a_format_that_cannot_append_is_refused(tmp_path: Path, suffix: str) -> None:
    warc, out = small_site(tmp_path), tmp_path / f"app.{suffix}"
    first = crawl(warc, out, check=False)
    assert first.returncode == 0, first.stderr[-2000:]
    before = out.read_bytes()
    command = [sys.executable, "-m", "scrapy", "crawl", "firstpost", "-s",
               f"WARC_REPLAY={warc}", "-o", str(out)]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert_usage_error(result, str(out), "cannot be appended to", "-O")
    assert out.read_bytes() == before


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_append_keeps_both_runs(tmp_path: Path, suffix: str) -> None:
    warc, out = small_site(tmp_path), tmp_path / f"app.{suffix}"
    for _ in range(2):
        command = [sys.executable, "-m", "scrapy", "crawl", "firstpost", "-s",
                   f"WARC_REPLAY={warc}", "-o", str(out)]  # fmt: skip
        subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    if suffix == "jsonl":
        lines = out.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 4
        assert all(json.loads(line)["title"] for line in lines)
    else:
        with out.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == 4, "one header, then both runs' rows"
        assert all(row["title"].startswith("Story number") for row in rows)


def test_name_that_would_leave_the_feed_folder_is_refused(tmp_path: Path) -> None:
    result = crawl(small_site(tmp_path), tmp_path / "o.jsonl", "-a", "name=../../x", check=False)
    assert_usage_error(result, "name", "'../../x'")


def test_urls_file_error_names_file_and_line_never_content(tmp_path: Path) -> None:
    listing = tmp_path / "secret.txt"
    listing.write_text("https://www.firstpost.com/india/a-12345678.html\nroot:x:0:0:hunter2\n")
    result = crawl(
        small_site(tmp_path), tmp_path / "o.jsonl", "-a", f"urls_file={listing}", check=False
    )
    line = assert_usage_error(result, str(listing), "line 2")
    assert "hunter2" not in result.stderr
    assert "root:x" not in line


def test_urls_file_that_is_binary(tmp_path: Path) -> None:
    listing = tmp_path / "blob.bin"
    listing.write_bytes(b"\xff\xfe\x00secret")
    result = crawl(
        small_site(tmp_path), tmp_path / "o.jsonl", "-a", f"urls_file={listing}", check=False
    )
    assert_usage_error(result, str(listing), "not UTF-8")
    assert "secret" not in result.stderr


def test_offsite_urls_are_refused_by_name(tmp_path: Path) -> None:
    result = crawl(
        small_site(tmp_path),
        tmp_path / "o.jsonl",
        "-a",
        "urls=https://www.firstpost.com/india/a-12345678.html,https://evil.example/b-12345678.html",
        check=False,
    )
    line = assert_usage_error(result, "https://evil.example/b-12345678.html")
    assert "a-12345678" not in line


def test_urls_fetch_what_is_asked_and_read_inline_comments(tmp_path: Path) -> None:
    story, odd = Story(13900001), Story(13900002, section="india/extra/deeper/more/too")
    warc = MiniSite([story, odd]).write(tmp_path / "site.warc.gz")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{story.url}   # the council story\n# nothing here\n{odd.url} #odd\n")
    result = crawl(warc, tmp_path / "o.jsonl", "-a", f"urls_file={listing}")
    exported = [json.loads(line)["url"] for line in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert sorted(exported) == sorted([story.url, odd.url])
    assert f"Does not look like an article URL, fetching it anyway: {odd.url}" in result.stderr


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("arguments", "host"),
    [
        (("firstpost", "-a", "base_url=http://127.0.0.1:{port}"), "www.firstpost.com"),
        # Without robots.txt first, every start request is queued at once behind the same host.
        (("firstpost", "-a", "base_url=http://127.0.0.1:{port}", "-s", "ROBOTSTXT_OBEY=False"),
         "www.firstpost.com"),
        (("news", "-a", "site=http://127.0.0.1:{port}/"), "127.0.0.1"),
    ],
    ids=["firstpost", "firstpost-without-robots", "news"],
)  # fmt: skip
def test_unreachable_site_stops_at_once_with_one_line(
    tmp_path: Path, arguments: tuple[str, ...], host: str
) -> None:
    out = tmp_path / "o.jsonl"
    port = closed_port()
    command = [sys.executable, "-m", "scrapy", "crawl", "-O", str(out),
               *(a.format(port=port) for a in arguments)]  # fmt: skip
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=300
    )
    log = result.stderr
    # A crawl that could not reach its site failed: exit 3, as documented in the README.
    assert result.returncode == 3, log[-3000:]
    errors = [line for line in log.splitlines() if " ERROR: " in line]
    assert errors[0].endswith(f"ERROR: cannot reach {host}: connection refused"), errors
    assert len(errors) == 2, errors
    assert "Crawl health report" in errors[1], errors
    assert "Traceback" not in log
    assert "Closing spider (site_unreachable)" in log
    stats = json.loads((tmp_path / "o.jsonl.stats.json").read_text(encoding="utf-8"))
    assert stats["finish_reason"] == "site_unreachable"
    # Decided after one request's worth of attempts (RETRY_TIMES 3 + 1); nothing sent or retried
    # after: the sitemaps, feeds and pages still queued were dropped unsent. At most the
    # attempts already under way (4 per host) can still fail.
    refused = stats[
        "downloader/exception_type_count/scrapy.exceptions.DownloadConnectionRefusedError"
    ]
    assert 4 <= refused <= 4 + 4, stats
    assert stats["newscrawl/unreachable/dropped"] >= 1, stats
    assert "Gave up retrying" not in log
    assert "Error downloading" not in log
    health = (tmp_path / "o.jsonl.health.txt").read_text(encoding="utf-8").splitlines()
    assert health[0].startswith("newscrawl health: FAILED"), health
    assert health[1] == f"site unreachable: {host}: connection refused", health


def test_default_feed_name_is_the_compact_utc_start_and_a_second_run_gets_a_suffix(
    tmp_path: Path,
) -> None:
    warc = small_site(tmp_path)
    command = [sys.executable, "-m", "scrapy", "crawl", "firstpost", "-s",
               f"WARC_REPLAY={warc}", "-s", f"NEWSCRAWL_FEED_DIR={tmp_path / 'feeds'}"]  # fmt: skip
    subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    feeds = [p.name for p in (tmp_path / "feeds" / "firstpost").glob("*.jsonl")]
    feeds = [n for n in feeds if not n.endswith(".rejects.jsonl")]
    assert len(feeds) == 1
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d{6}Z\.jsonl", feeds[0]), feeds


def test_a_second_feed_in_the_same_second_gets_a_suffix(tmp_path: Path) -> None:
    from newscrawl.feeds import AtomicFileFeedStorage

    first = tmp_path / "2026-11-29T043554Z.jsonl"
    first.write_text("")
    storage = AtomicFileFeedStorage(str(first), feed_options={"newscrawl_new_file": True})
    assert Path(storage.path).name == "2026-11-29T043554Z-2.jsonl"

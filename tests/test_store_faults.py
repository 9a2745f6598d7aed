"""Nothing lost, nothing twice: the store under full disks, locks, kills and a stopped server."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import IO

import psycopg
import pytest

from newscrawl.store import SqliteStore
from tests.minisite import ROOT, MiniSite, Story, crawl, stat
from tests.servers import PostgresServer


def lines(path: Path) -> list[str]:
    """URLs of the complete JSON lines of a finished feed (a torn line holds nothing)."""
    urls = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            urls.append(json.loads(line)["url"])
        except ValueError:
            continue
    return urls


def finished(folder: Path) -> list[Path]:
    """The finished feeds of default-named runs (``<UTC start>.jsonl``), not their sidecars."""
    feeds = sorted(folder.glob("**/[0-9][0-9][0-9][0-9]-*.jsonl"))
    return [p for p in feeds if not p.name.endswith(".rejects.jsonl")]


def stories(count: int, first: int = 13920000) -> list[Story]:
    return [Story(first + n) for n in range(count)]


def scrapy(*args: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "firstpost", "-s", "LOG_LEVEL=INFO", *args]


def can_mount_tmpfs(tmp: Path) -> bool:
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", 'mount -t tmpfs -o size=16k tmpfs "$0"', str(tmp)],
        capture_output=True, check=False,
    )  # fmt: skip
    return probe.returncode == 0


def test_full_disk_records_only_what_a_stored_feed_holds(tmp_path: Path) -> None:
    """Issue 10 item 1: the feed on a full file system; the next run exports what was lost."""
    (tmp_path / "probe").mkdir()
    if not can_mount_tmpfs(tmp_path / "probe"):
        pytest.skip("the kernel refuses user namespaces here: cannot make a small file system")
    site = MiniSite(stories(150))
    warc = site.write(tmp_path / "site.warc.gz")
    store = f"DEDUP_STORE=sqlite:///{tmp_path}/seen.sqlite"
    small, kept = tmp_path / "small", tmp_path / "kept"
    small.mkdir()
    kept.mkdir()
    # A 48 KB file system for the feed: about a third of the articles fit. What it held at
    # the end is copied out before the namespace (and its file system) goes away.
    wrapper = 'mount -t tmpfs -o size=48k tmpfs "$0" && "$@"; rc=$?; cp -a "$0/." "$1"; exit $rc'
    full = subprocess.run(
        ["unshare", "-rm", "sh", "-c", wrapper.replace('"$1"', str(kept)), str(small),
         *scrapy("-s", f"WARC_REPLAY={warc}", "-s", store, "-s", f"NEWSCRAWL_FEED_DIR={small}")],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert full.returncode != 0, full.stderr[-3000:]
    first = [u for f in finished(kept) for u in lines(f)]
    assert len(first) < 150, "the file system was not full"
    recorded = len(recorded_urls(tmp_path / "seen.sqlite"))
    assert recorded == len(first), f"{recorded} recorded, {len(first)} in a finished feed"
    again = crawl(warc, tmp_path / "again.jsonl", "-s", store)
    assert again.returncode == 0
    union = Counter(first + lines(tmp_path / "again.jsonl"))
    assert set(union) == {s.url for s in site.stories}
    assert max(union.values()) == 1


def recorded_urls(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [row[0] for row in db.execute("SELECT url FROM seen WHERE hash != X''")]
    finally:
        db.close()


def test_store_locked_at_record_time_fails_the_run_and_loses_nothing(tmp_path: Path) -> None:
    """Issue 10 item 2: another program holds the store's write lock while the crawl runs."""
    site = MiniSite(stories(40))
    warc = site.write(tmp_path / "site.warc.gz")
    path = tmp_path / "seen.sqlite"
    SqliteStore(path).close()
    store = f"DEDUP_STORE=sqlite:///{path}"
    code = (
        "import sqlite3, sys, time; db = sqlite3.connect(sys.argv[1], isolation_level=None); "
        "db.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(120)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    try:
        locked = crawl(
            warc, tmp_path / "locked.jsonl", "-s", store, "-s", "NEWSCRAWL_STORE_TIMEOUT=0.5",
            check=False,
        )  # fmt: skip
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert locked.returncode != 0, locked.stderr[-3000:]
    assert "DEDUP_STORE failed" in locked.stderr
    health = (tmp_path / "locked.jsonl.health.txt").read_text()
    assert health.startswith("newscrawl health: FAILED"), health
    again = crawl(warc, tmp_path / "again.jsonl", "-s", store)
    assert again.returncode == 0
    held = lines(tmp_path / "locked.jsonl") if (tmp_path / "locked.jsonl").exists() else []
    union = Counter(held + lines(tmp_path / "again.jsonl"))
    assert set(union) == {s.url for s in site.stories}
    assert max(union.values()) == 1


def test_kill_between_feed_rename_and_store_commit_exports_nothing_twice(tmp_path: Path) -> None:
    """Issue 10 item 2: SIGKILL after the feed is in place, before the store records it."""
    site = MiniSite(stories(30))
    warc = site.write(tmp_path / "site.warc.gz")
    store = f"DEDUP_STORE=sqlite:///{tmp_path}/seen.sqlite"
    killed = crawl(
        warc, tmp_path / "killed.jsonl", "-s", store,
        "-s", 'EXTENSIONS={"tests.killers.KillAfterFeedStored": 0}', check=False,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL
    assert sorted(lines(tmp_path / "killed.jsonl")) == sorted(s.url for s in site.stories)
    again = crawl(warc, tmp_path / "again.jsonl", "-s", store)
    assert lines(tmp_path / "again.jsonl") == []
    assert stat(again.stderr, "newscrawl/delta/orphans_confirmed") == 30


def test_far_future_modified_date_does_not_block_a_real_update(tmp_path: Path) -> None:
    """Issue 10 item 6: a 2099 dateModified, then a sitemap lastmod announcing a correction."""
    store = f"DEDUP_STORE=sqlite:///{tmp_path}/seen.sqlite"
    story = Story(13920500, on_home=False, in_sitemap=True, modified="2099-01-01T00:00:00+05:30")
    crawl(MiniSite([story]).write(tmp_path / "one.warc.gz"), tmp_path / "one.jsonl", "-s", store)
    assert lines(tmp_path / "one.jsonl") == [story.url]
    story.lastmod = "2026-11-21T08:00:00+05:30"
    story.body = "The council corrected the figures in its water plan."
    crawl(MiniSite([story]).write(tmp_path / "two.warc.gz"), tmp_path / "two.jsonl", "-s", store)
    assert lines(tmp_path / "two.jsonl") == [story.url]


def test_newer_modified_at_with_the_same_body_is_an_update(tmp_path: Path) -> None:
    """Issue 10 item 7: the content hash covers every exported field but crawled_at."""
    store = f"DEDUP_STORE=sqlite:///{tmp_path}/seen.sqlite"
    story = Story(13920600, on_home=False, in_sitemap=True)
    crawl(MiniSite([story]).write(tmp_path / "one.warc.gz"), tmp_path / "one.jsonl", "-s", store)
    story.modified = "2026-11-20T08:00:00+05:30"
    second = crawl(
        MiniSite([story]).write(tmp_path / "two.warc.gz"), tmp_path / "two.jsonl", "-s", store
    )
    [item] = [json.loads(line) for line in (tmp_path / "two.jsonl").read_text().splitlines()]
    assert item["modified_at"] == "2026-11-20T02:30:00Z"
    assert stat(second.stderr, "newscrawl/delta/updated") == 1


def hold(code: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", code + "; print('held', flush=True); import time; time.sleep(120)"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    return holder


def release(holder: subprocess.Popen[str]) -> None:
    holder.send_signal(signal.SIGKILL)  # a dead holder: its lock file stays behind
    holder.wait()
    assert holder.stdout is not None
    holder.stdout.close()


@pytest.mark.parametrize("shared", ["DEDUP_STORE", "JOBDIR"])
def test_second_crawl_on_one_store_or_jobdir_refuses_and_a_stale_lock_is_taken_over(
    tmp_path: Path, shared: str
) -> None:
    """Issue 10 item 9: one line naming the lock, exit 2; a dead holder's lock is taken over."""
    warc = MiniSite(stories(5)).write(tmp_path / "site.warc.gz")
    if shared == "DEDUP_STORE":
        setting = f"DEDUP_STORE=sqlite:///{tmp_path}/seen.sqlite"
        lock = tmp_path / "seen.sqlite.lock"
    else:
        setting = f"JOBDIR={tmp_path}/job"
        lock = tmp_path / "job" / "newscrawl.lock"
    # The holder takes the lock exactly as a running crawl does, and keeps it.
    holder = hold(
        "from scrapy.settings import Settings; from newscrawl.delta import open_for_run; "
        f"open_for_run(Settings({{{shared!r}: {setting.split('=', 1)[1]!r}}}))"
    )
    try:
        second = crawl(warc, tmp_path / "second.jsonl", "-s", setting, check=False)
    finally:
        release(holder)
    assert second.returncode == 2, second.stderr[-3000:]
    last = second.stderr.strip().splitlines()[0]  # scrapy: error: ..., then the usage line
    assert "in use by another crawl" in last
    assert str(lock) in last
    assert "Traceback" not in second.stderr
    assert not (tmp_path / "second.jsonl").exists()
    assert lock.exists()
    third = crawl(warc, tmp_path / "third.jsonl", "-s", setting)
    assert len(lines(tmp_path / "third.jsonl")) == 5, third.stderr[-3000:]


def test_unreachable_postgres_store_is_one_line_and_exit_2(tmp_path: Path) -> None:
    from tests.servers import free_port

    warc = MiniSite(stories(3)).write(tmp_path / "site.warc.gz")
    uri = f"postgresql://crawler:s3cret@127.0.0.1:{free_port()}/news"
    result = crawl(warc, tmp_path / "out.jsonl", "-s", f"DEDUP_STORE={uri}", check=False)
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[0]  # scrapy: error: ..., then the usage line
    assert "DEDUP_STORE postgresql://crawler:***@127.0.0.1" in last
    assert "cannot be reached" in last
    assert "s3cret" not in result.stderr
    assert "Traceback" not in result.stderr


def test_two_jobs_started_at_once_on_one_postgres_store_export_each_article_once(
    tmp_path: Path, postgres_uri: str
) -> None:
    """Issue 12: two jobs of the same site, same store, at the same moment."""
    site = MiniSite(stories(120))
    warc = site.write(tmp_path / "site.warc.gz")
    logs_out = [(tmp_path / f"{name}.log").open("w") for name in ("a", "b")]

    def job(name: str, log: IO[str]) -> subprocess.Popen[bytes]:
        settings = [f"WARC_REPLAY={warc}", f"DEDUP_STORE={postgres_uri}",
                    f"NEWSCRAWL_FEED_DIR={tmp_path / name}"]  # fmt: skip
        command = scrapy(*(arg for setting in settings for arg in ("-s", setting)))
        return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)

    jobs = [job(name, log) for name, log in zip("ab", logs_out, strict=True)]
    codes = [job.wait(timeout=300) for job in jobs]
    for log in logs_out:
        log.close()
    logs = "".join((tmp_path / f"{n}.log").read_text()[-2000:] for n in "ab")
    assert codes == [0, 0], logs
    union = Counter(u for n in "ab" for f in finished(tmp_path / n) for u in lines(f))
    assert set(union) == {s.url for s in site.stories}, logs
    assert max(union.values()) == 1, [u for u, n in union.items() if n > 1]


def confirmed_urls(uri: str) -> set[str]:
    with psycopg.connect(uri) as db:
        return {row[0] for row in db.execute("SELECT url FROM newscrawl_seen WHERE hash <> ''")}


def test_postgres_stopped_mid_crawl_marks_nothing_unstored_and_the_next_run_catches_up(
    tmp_path: Path,
) -> None:
    """Issue 12 test 4: the store's server goes away while articles are being exported."""
    server = PostgresServer()
    try:
        uri = server.new_database()
        site = MiniSite(stories(300))
        warc = site.write(tmp_path / "site.warc.gz")
        command = scrapy("-s", f"WARC_REPLAY={warc}", "-s", f"DEDUP_STORE={uri}",
                         "-s", f"NEWSCRAWL_FEED_DIR={tmp_path / 'feeds'}")  # fmt: skip
        with (tmp_path / "first.log").open("w") as log:
            first = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and first.poll() is None:
                parts = list((tmp_path / "feeds").glob("*/*.jsonl.part"))
                if parts and parts[0].stat().st_size > 3000:
                    break
                time.sleep(0.02)
            assert first.poll() is None, "the crawl finished before the server could be stopped"
            server.stop()
            code = first.wait(timeout=120)
        text = (tmp_path / "first.log").read_text()
        assert code != 0, text[-3000:]
        assert "DEDUP_STORE failed" in text
        server.start()
        exported = [u for f in finished(tmp_path / "feeds") for u in lines(f)]
        assert 0 < len(exported) < 300, text[-3000:]
        # Nothing is marked done that no finished feed holds.
        assert confirmed_urls(uri) <= set(exported)
        again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300,
                               check=False)  # fmt: skip
        assert again.returncode == 0, again.stderr[-3000:]
        union = Counter(u for f in finished(tmp_path / "feeds") for u in lines(f))
        assert set(union) == {s.url for s in site.stories}
        assert max(union.values()) == 1, [u for u, n in union.items() if n > 1]
        assert confirmed_urls(uri) == set(union)
    finally:
        server.close()


def test_store_poisoned_by_a_far_future_time_still_sees_real_updates(tmp_path: Path) -> None:
    """Issue 10 item 6, for a store an earlier version wrote with a 2099 modified time."""
    path = tmp_path / "seen.sqlite"
    store = f"DEDUP_STORE=sqlite:///{path}"
    story = Story(13920510, on_home=False, in_sitemap=True)
    crawl(MiniSite([story]).write(tmp_path / "one.warc.gz"), tmp_path / "one.jsonl", "-s", store)
    assert lines(tmp_path / "one.jsonl") == [story.url]
    db = sqlite3.connect(path)
    with db:
        assert db.execute("UPDATE seen SET modified = 4070908800").rowcount == 1  # 2099-01-01
    db.close()
    story.lastmod = "2026-11-21T08:00:00+05:30"
    story.body = "The council corrected the figures in its water plan."
    crawl(MiniSite([story]).write(tmp_path / "two.warc.gz"), tmp_path / "two.jsonl", "-s", store)
    assert lines(tmp_path / "two.jsonl") == [story.url]

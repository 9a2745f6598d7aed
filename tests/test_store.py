"""The store's claims on both backends, against a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscrawl.delta import newest_plausible
from newscrawl.store import (
    PostgresStore,
    Seen,
    SeenStore,
    SqliteStore,
    StoreError,
    epoch,
    open_store,
    record_key,
)
from tests.minisite import ROOT


def seen(n: int, digest: str = "00000000000000aa", modified: str | None = None) -> Seen:
    url = f"https://www.firstpost.com/india/story-{n}.html"
    return Seen("firstpost", url, str(n), modified, digest, "2026-11-20T10:00:00Z")


@pytest.fixture(params=["sqlite", "postgresql"])
def uri(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/seen.sqlite"
    return str(request.getfixturevalue("postgres_uri"))


@pytest.fixture
def store(uri: str) -> Iterator[SeenStore]:
    opened = open_store(uri)
    yield opened
    opened.close()


def test_claim_confirm_release(store: SeenStore) -> None:
    assert store.claim(seen(1), "/feeds/a.jsonl")
    assert store.claim(seen(2), "/feeds/a.jsonl")
    # Claimed is not exported: until its feed is stored the store does not know it.
    assert store.get("firstpost", seen(1).url, "1") is None
    assert store.confirm([record_key(seen(1))]) == 1
    assert store.release() == 1
    got = store.get("firstpost", seen(1).url, "1")
    assert got is not None
    assert got.content_hash == seen(1).content_hash
    assert store.get("firstpost", seen(2).url, "2") is None
    # Same content again: nothing to claim; changed content: claimed.
    assert not store.claim(seen(1), "/feeds/b.jsonl")
    assert store.claim(seen(1, "00000000000000bb"), "/feeds/b.jsonl")
    assert store.claim(seen(1), "/feeds/b.jsonl", force=True)


def test_released_update_keeps_the_exported_state(store: SeenStore) -> None:
    store.claim(seen(1, modified="2026-11-19T04:00:00Z"), "/feeds/a.jsonl")
    store.confirm([record_key(seen(1))])
    store.claim(seen(1, "00000000000000bb", "2026-11-20T04:00:00Z"), "/feeds/b.jsonl")
    store.release()  # the update's feed was not stored
    got = store.get("firstpost", seen(1).url, "1")
    assert got is not None
    assert (got.content_hash, got.modified_at) == ("00000000000000aa", "2026-11-19T04:00:00Z")


def test_dead_jobs_claims_are_settled_by_the_next_job(uri: str) -> None:
    first = open_store(uri)
    for n in range(4):
        assert first.claim(seen(n), f"/feeds/{'a' if n < 2 else 'b'}.jsonl")
    first.db.close()  # the job dies: no confirm, no release, its session is gone
    if isinstance(first, SqliteStore):
        first.lock.close()
    second = open_store(uri)
    orphans = second.orphans()
    assert sorted(c.key for c in orphans) == sorted(record_key(seen(n)) for n in range(4))
    assert {c.feed for c in orphans} == {"/feeds/a.jsonl", "/feeds/b.jsonl"}
    assert second.settle([c for c in orphans if c.feed == "/feeds/a.jsonl"], True) == 2
    assert second.settle([c for c in orphans if c.feed == "/feeds/b.jsonl"], False) == 2
    assert second.orphans() == []
    assert second.get("firstpost", seen(0).url, "0") is not None
    assert second.get("firstpost", seen(3).url, "3") is None
    assert second.claim(seen(3), "/feeds/c.jsonl")
    second.close()


def test_malformed_dates_never_fail_a_claim(store: SeenStore) -> None:
    for n, date in enumerate(["999-06-01T00:00:00Z", "0001-01-01T00:00:00Z",
                              "9999-12-31T23:59:59-05:00", "not a date"]):  # fmt: skip
        assert epoch(date) is None or epoch(date) is not None  # never raises
        record = seen(n)._replace(modified_at=date)
        assert store.claim(record, "/feeds/a.jsonl")
    assert store.confirm([record_key(seen(n)) for n in range(4)]) == 4


@pytest.mark.parametrize(
    "date", ["999-06-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-05:00", "x"]
)
def test_one_malformed_date_never_fails_the_recording_of_a_batch(tmp_path: Path, date: str) -> None:
    """Issue 10 item 4: a date strftime or fromisoformat cannot take is recorded as unknown."""
    store = SqliteStore(tmp_path / "seen.sqlite")
    store.put_many([seen(1), seen(2)._replace(modified_at=date), seen(3)])
    assert len(store) == 3
    got = store.get("firstpost", seen(2).url, "2")
    assert got is not None
    assert got.modified_at is None
    store.close()


@settings(  # database=None: no .hypothesis folder left in the checkout
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(modified=st.one_of(st.none(), st.text(max_size=40)), title=st.text(max_size=40))
def test_any_exported_item_can_be_claimed_and_recorded(
    tmp_path: Path, modified: str | None, title: str
) -> None:
    from newscrawl.delta import content_hash

    item = {"url": "https://www.firstpost.com/india/x-1.html", "site": "firstpost",
            "article_id": "1", "title": title, "modified_at": modified}  # fmt: skip
    path = tmp_path / f"{uuid.uuid4().hex}.sqlite"
    store = SqliteStore(path)
    record = Seen("firstpost", item["url"] or "", "1", modified, content_hash(item), "")
    assert store.claim(record, "/feeds/a.jsonl")
    assert store.confirm([record_key(record)]) == 1
    assert store.get("firstpost", record.url, "1") is not None
    store.close()


def test_far_future_dates_are_not_the_newest() -> None:
    now = epoch("2026-11-20T10:00:00Z") or 0
    assert newest_plausible(["2099-01-01T00:00:00Z", "2026-11-19T04:00:00Z"], now) == (
        "2026-11-19T04:00:00Z"
    )
    assert newest_plausible(["2099-01-01T00:00:00Z", "999-06-01T00:00:00Z", None], now) is None


def test_sqlite_store_is_one_crawl_at_a_time_and_a_dead_holder_is_taken_over(
    tmp_path: Path,
) -> None:
    path = tmp_path / "seen.sqlite"
    first = SqliteStore(path)
    with pytest.raises(
        StoreError, match=r"in use by another crawl .* lock file .*seen\.sqlite\.lock"
    ):
        SqliteStore(path)
    first.close()
    SqliteStore(path).close()
    # A holder killed with SIGKILL leaves its lock file; the kernel has dropped its lock.
    code = (
        "import sys, time; from pathlib import Path; from newscrawl.store import SqliteStore; "
        "s = SqliteStore(Path(sys.argv[1])); print('held', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(StoreError, match="in use"):
        SqliteStore(path)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    assert (tmp_path / "seen.sqlite.lock").exists()
    SqliteStore(path).close()


def test_sqlite_store_of_an_older_version_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "seen.sqlite"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE seen (key INTEGER PRIMARY KEY, url TEXT NOT NULL, article_id TEXT,"
        " modified INTEGER, hash BLOB NOT NULL, exported INTEGER NOT NULL)"
    )
    old = seen(1)
    db.execute(
        "INSERT INTO seen VALUES (?, ?, ?, NULL, ?, 1763632800)",
        (record_key(old), old.url, old.article_id, bytes.fromhex(old.content_hash)),
    )
    db.commit()
    db.close()
    store = SqliteStore(path)
    assert store.get("firstpost", old.url, "1") is not None
    assert not store.claim(old, "/feeds/a.jsonl")
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == 1
    store.close()


def test_postgres_schema_is_versioned(postgres_uri: str) -> None:
    PostgresStore(postgres_uri).close()
    with psycopg.connect(postgres_uri, autocommit=True) as db:
        assert db.execute("SELECT version FROM newscrawl_schema").fetchall() == [(1,)]
        db.execute("UPDATE newscrawl_schema SET version = 99")
    with pytest.raises(StoreError, match="schema version 99 is newer"):
        PostgresStore(postgres_uri)


def test_postgres_unreachable_is_one_line_without_the_password() -> None:
    from tests.servers import free_port

    uri = f"postgresql://crawler:s3cret@127.0.0.1:{free_port()}/news"
    with pytest.raises(StoreError) as error:
        PostgresStore(uri, timeout=2)
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith("DEDUP_STORE postgresql://crawler:***@127.0.0.1:")
    assert "s3cret" not in message


def test_postgres_claim_has_exactly_one_winner_under_contention(postgres_uri: str) -> None:
    keys = 400
    stores = [PostgresStore(postgres_uri) for _ in range(4)]
    won: list[list[int]] = [[] for _ in stores]
    start = threading.Barrier(len(stores))

    def run(index: int) -> None:
        start.wait()
        for n in range(keys):
            if stores[index].claim(seen(n), f"/feeds/{index}.jsonl"):
                won[index].append(n)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(n for w in won for n in w) == list(range(keys))
    # A live job's claim is not taken over, even with new content.
    winner = next(i for i, w in enumerate(won) if w)
    other = stores[(winner + 1) % len(stores)]
    assert not other.claim(seen(won[winner][0], "00000000000000cc"), "/feeds/other.jsonl")
    for store in stores:
        store.close()


def test_postgres_claim_of_a_killed_job_is_taken_over(postgres_uri: str) -> None:
    code = (
        "import sys, time; from newscrawl.store import PostgresStore; "
        "from tests.test_store import seen; s = PostgresStore(sys.argv[1]); "
        "assert s.claim(seen(1), '/feeds/dead.jsonl'); print('claimed', flush=True); "
        "time.sleep(60)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, postgres_uri], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "claimed"
    live = PostgresStore(postgres_uri)
    assert not live.claim(seen(1), "/feeds/live.jsonl")  # the holder is alive
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    # Its session ends once the server sees the closed socket.
    for _ in range(100):
        if live.claim(seen(1), "/feeds/live.jsonl"):
            break
        threading.Event().wait(0.1)
    else:
        pytest.fail("the dead job's claim was never taken over")
    assert live.confirm([record_key(seen(1))]) == 1
    live.close()

"""DEDUP_STORE: what earlier runs exported, per site, and the claims of the articles being exported.

Before an article is exported, its key is *claimed* for the job and the feed file that will hold
it (one statement only one job can win); the claim is *confirmed* once that feed file is really
stored, or *released* when it was not. A claim left by a job that died is settled by the next
run: confirmed when the dead job's feed holds the article, else released and exported again.
SQLite (the default, one crawl at a time per file) and PostgreSQL (a fleet of concurrent jobs)
share this one mechanism and the same keys, times and hashes.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import socket
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, NamedTuple, Protocol
from urllib.parse import urlsplit, urlunsplit

import psycopg

from newscrawl.urls import edition as url_edition

#: Version of the store's tables; a store written by a newer newscrawl is refused.
SCHEMA_VERSION = 1


class StoreError(Exception):
    """The store cannot be opened or used; the message is one line naming it."""


#: What a failing store raises: the crawl stops and fails on any of these.
STORE_ERRORS: tuple[type[Exception], ...] = (StoreError, sqlite3.Error, psycopg.Error)


class Seen(NamedTuple):
    """One exported article as the store remembers it."""

    site: str
    url: str
    article_id: str | None
    modified_at: str | None
    """When the article last changed as far as we know, UTC ``YYYY-MM-DDTHH:MM:SSZ``."""
    content_hash: str
    """:func:`newscrawl.delta.content_hash`: 16 hex digits."""
    exported_at: str


class Claim(NamedTuple):
    """A pending claim of a job that is no longer running: its key, URL and feed file."""

    job: str
    feed: str
    key: int
    url: str


class SeenStore(Protocol):
    job: str
    """This process's job id: ``host/pid/start``; claims carry it."""

    def get(self, site: str, url: str, article_id: str | None) -> Seen | None: ...
    def claim(self, record: Seen, feed: str, *, force: bool = False) -> bool: ...
    def confirm(self, keys: Sequence[int]) -> int: ...
    def release(self, keys: Sequence[int] | None = None) -> int: ...
    def orphans(self) -> list[Claim]: ...
    def settle(self, claims: Sequence[Claim], stored: bool) -> int: ...
    def put_many(self, records: Iterable[Seen]) -> None: ...
    def close(self) -> None: ...


def article_key(site: str, url: str, article_id: str | None) -> int:
    """One signed 64-bit key per article: its site's id when it has one, else its URL.

    The id counts within the language edition the URL's first segment names: a site may give
    a story's translations one id (``/news/7512345/``, ``/rus/news/7512345/``).

    >>> article_key("example.com", "https://a/x-1.html", "1") == article_key("example.com", "y", "1")
    True
    >>> article_key("example.com", "https://a/news/1/", "1") == article_key("example.com", "https://a/rus/news/1/", "1")
    False
    """
    ident = (
        f"{edition}/{article_id}" if article_id and (edition := url_edition(url)) else article_id
    )
    name = f"{site}\0{'id' if article_id else 'url'}\0{ident or url}"
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def record_key(record: Seen) -> int:
    return article_key(record.site, record.url, record.article_id)


def epoch(instant: str | None) -> int | None:
    """Seconds since 1970 of a UTC ISO 8601 instant; None for a missing or unreadable one.

    Never raises: a malformed date in one item must not stop the recording of others.

    >>> epoch("2026-11-19T04:00:00Z"), epoch("999-06-01T00:00:00Z"), epoch("0001-01-01")
    (1795060800, None, None)
    >>> epoch("9999-12-31T23:59:59-05:00") is None  # year 10000 in UTC
    True
    """
    if not instant:
        return None
    try:
        seconds = int(datetime.fromisoformat(instant).timestamp())
    except (ValueError, OverflowError, OSError, TypeError):
        return None
    # Only instants that read back as four-digit years: strftime does not pad year 1 to 0001.
    return seconds if _YEAR_1000 <= seconds < _YEAR_10000 else None


_YEAR_1000 = int(datetime(1000, 1, 1, tzinfo=UTC).timestamp())
_YEAR_10000 = int(datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC).timestamp()) + 1


def _instant(seconds: int | None) -> str | None:
    # time.strftime is several times faster than going through datetime here.
    return None if seconds is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def _seen(site: str, url: str, article_id: str | None, row: Sequence[Any] | None) -> Seen | None:
    """The record of a ``url, article_id, modified, hash, exported`` row; None for no article."""
    # A 64-bit key can collide: the row must be this article's. An empty hash is a claim only.
    if row is None or not row[3] or (row[1] != article_id if article_id else row[0] != url):
        return None
    return Seen(site, row[0], row[1], _instant(row[2]), bytes(row[3]).hex(), _instant(row[4]) or "")


def new_job_id() -> str:
    """``host/pid/start``: unique per process, and names the machine whose files it wrote."""
    return f"{socket.gethostname()}/{os.getpid()}/{time.time_ns()}"


def _row(record: Seen) -> tuple[int, str, str | None, int | None, bytes, int]:
    return (
        record_key(record),
        record.url,
        record.article_id,
        epoch(record.modified_at),
        bytes.fromhex(record.content_hash),
        epoch(record.exported_at) or int(time.time()),
    )


# One row per article. The confirmed state (modified, hash, exported) is what feeds really
# hold; a claim (job, feed, claim_*) waits beside it until its feed is stored. A row that was
# never confirmed has an empty hash. The same columns on both backends.
_CONFIRM = (
    "UPDATE {t} SET modified = claim_modified, hash = claim_hash, exported = claimed,"
    " job = NULL, feed = NULL, claim_modified = NULL, claim_hash = NULL, claimed = NULL"
)
_UNCLAIM = (
    "UPDATE {t} SET job = NULL, feed = NULL, claim_modified = NULL, claim_hash = NULL,"
    " claimed = NULL"
)


class _Lock:
    """An exclusive ``flock`` on a file beside a resource, held until closed or the process dies.

    The kernel drops the lock of a dead process, so a stale lock file is simply taken over.
    """

    def __init__(self, path: Path, what: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.file: IO[str] = path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.file.seek(0)
            holder = self.file.read().strip() or "another process"
            self.file.close()
            raise StoreError(
                f"{what} is in use by another crawl ({holder}); lock file {path}"
            ) from None
        self.file.seek(0)
        self.file.truncate()
        self.file.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
        self.file.flush()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()


def lock_jobdir(jobdir: str) -> _Lock:
    """Hold ``<JOBDIR>/newscrawl.lock`` for the run; StoreError when another crawl holds it."""
    return _Lock(Path(jobdir) / "newscrawl.lock", f"JOBDIR {jobdir}")


class SqliteStore:
    """A SQLite file in WAL mode; every write is one transaction, so a kill loses nothing.

    One crawl at a time: the run holds ``<file>.lock``, and a second crawl on the same file
    refuses to start. So every claim it finds from another job is a dead job's.
    One row per article under a 64-bit key (the table's rowid, so no second index), times
    as integers and the content hash as 8 bytes: about 40 bytes an article beside its URL.
    """

    def __init__(self, path: Path, *, timeout: float = 10.0, job: str | None = None) -> None:
        self.path = path
        self.job = job or new_job_id()
        self.lock = _Lock(path.with_name(path.name + ".lock"), f"DEDUP_STORE {path}")
        try:
            self.db = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=timeout
            )
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._schema()
        except sqlite3.Error as exc:
            self.lock.close()
            raise StoreError(f"DEDUP_STORE {path} cannot be opened: {exc}") from None

    def _schema(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(
                f"store schema version {version} is newer than this newscrawl's ({SCHEMA_VERSION})"
            )
        if version == SCHEMA_VERSION:
            return
        with self._transaction():
            self.db.execute(
                # The site is part of the key, so it is not stored again in every row.
                "CREATE TABLE IF NOT EXISTS seen (key INTEGER PRIMARY KEY, url TEXT NOT NULL,"
                " article_id TEXT, modified INTEGER, hash BLOB NOT NULL, exported INTEGER NOT NULL)"
            )
            # Version 0 (no claims) gains the claim columns; its rows stay as they are.
            for column in ("job TEXT", "feed TEXT", "claim_modified INTEGER", "claim_hash BLOB",
                           "claimed INTEGER"):  # fmt: skip
                self.db.execute(f"ALTER TABLE seen ADD COLUMN {column}")
            self.db.execute("CREATE INDEX seen_job ON seen (job) WHERE job IS NOT NULL")
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def get(self, site: str, url: str, article_id: str | None) -> Seen | None:
        row = self.db.execute(
            "SELECT url, article_id, modified, hash, exported FROM seen WHERE key = ?",
            (article_key(site, url, article_id),),
        ).fetchone()
        return _seen(site, url, article_id, row)

    def claim(self, record: Seen, feed: str, *, force: bool = False) -> bool:
        key, url, article_id, modified, digest, now = _row(record)
        row = self.db.execute(
            "INSERT INTO seen (key, url, article_id, hash, exported, job, feed, claim_modified,"
            " claim_hash, claimed) VALUES (?, ?, ?, X'', 0, ?, ?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET url = excluded.url,"
            " article_id = excluded.article_id, job = excluded.job, feed = excluded.feed,"
            " claim_modified = excluded.claim_modified, claim_hash = excluded.claim_hash,"
            " claimed = excluded.claimed WHERE seen.hash != excluded.claim_hash OR ?"
            " RETURNING key",
            (key, url, article_id, self.job, feed, modified, digest, now, force),
        ).fetchone()
        return row is not None

    def confirm(self, keys: Sequence[int]) -> int:
        with self._transaction():
            cursor = self.db.executemany(
                _CONFIRM.format(t="seen") + " WHERE key = ? AND job = ?",
                ((key, self.job) for key in keys),
            )
        return cursor.rowcount

    def release(self, keys: Sequence[int] | None = None) -> int:
        return self._unclaim(self.job, keys)

    def _unclaim(self, job: str, keys: Sequence[int] | None) -> int:
        where = " WHERE job = ?" + ("" if keys is None else " AND key = ?")
        params = [(job,)] if keys is None else [(job, key) for key in keys]
        with self._transaction():
            deleted = self.db.executemany("DELETE FROM seen" + where + " AND hash = X''", params)
            cursor = self.db.executemany(_UNCLAIM.format(t="seen") + where, params)
        return deleted.rowcount + cursor.rowcount

    def orphans(self) -> list[Claim]:
        # The run holds the file's lock: every other job's claim is a dead job's.
        rows = self.db.execute(
            "SELECT job, feed, key, url FROM seen WHERE job IS NOT NULL AND job != ?"
            " ORDER BY job, feed",
            (self.job,),
        )
        return [Claim(*row) for row in rows]

    def settle(self, claims: Sequence[Claim], stored: bool) -> int:
        with self._transaction():
            if stored:
                cursor = self.db.executemany(
                    _CONFIRM.format(t="seen") + " WHERE key = ? AND job = ?",
                    ((c.key, c.job) for c in claims),
                )
                return cursor.rowcount
            params = [(c.job, c.key) for c in claims]
            deleted = self.db.executemany(
                "DELETE FROM seen WHERE job = ? AND key = ? AND hash = X''", params
            )
            cursor = self.db.executemany(
                _UNCLAIM.format(t="seen") + " WHERE job = ? AND key = ?", params
            )
        return deleted.rowcount + cursor.rowcount

    def put_many(self, records: Iterable[Seen]) -> None:
        rows = [_row(r) for r in records]
        with self._transaction():  # one transaction: all recorded or none
            self.db.executemany(
                "INSERT OR REPLACE INTO seen (key, url, article_id, modified, hash, exported)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )

    def __len__(self) -> int:
        count: int = self.db.execute("SELECT COUNT(*) FROM seen WHERE hash != X''").fetchone()[0]
        return count

    def close(self) -> None:
        self.db.close()
        self.lock.close()


class PostgresStore:
    """PostgreSQL through psycopg 3: many jobs on many machines share one store.

    A claim is one ``INSERT ... ON CONFLICT ... DO UPDATE ... WHERE ... RETURNING`` that only
    one job wins: it takes a row nobody holds, or one whose holder's database session is gone
    (the job died), and only when its content differs from what feeds already hold. A job is
    alive while its connection is: ``newscrawl_jobs`` names the session of each job.
    """

    def __init__(self, uri: str, *, timeout: float = 10.0, job: str | None = None) -> None:
        self.uri = uri
        self.job = job or new_job_id()
        try:
            self.db: psycopg.Connection[Any] = psycopg.connect(
                uri, autocommit=True, connect_timeout=max(1, int(timeout))
            )
        except psycopg.Error as exc:
            raise StoreError(
                f"DEDUP_STORE {redact(uri)} cannot be reached: {one_line(exc)}"
            ) from None
        try:
            self._schema()
            self.db.execute(
                "INSERT INTO newscrawl_jobs (job, backend_pid, backend_start, started)"
                " SELECT %s, pid, backend_start, now() FROM pg_stat_activity"
                " WHERE pid = pg_backend_pid()",
                (self.job,),
            )
        except BaseException as exc:
            self.db.close()
            if isinstance(exc, psycopg.Error):
                raise StoreError(
                    f"DEDUP_STORE {redact(uri)} cannot be used: {one_line(exc)}"
                ) from None
            raise

    def _schema(self) -> None:
        with self.db.transaction():
            # Two jobs starting at once must not both create the tables.
            self.db.execute("SELECT pg_advisory_xact_lock(7402551105)")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS newscrawl_schema (version integer NOT NULL)"
            )
            row = self.db.execute("SELECT max(version) FROM newscrawl_schema").fetchone()
            version = row[0] if row and row[0] is not None else 0
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"DEDUP_STORE {redact(self.uri)}: store schema version {version} is newer"
                    f" than this newscrawl's ({SCHEMA_VERSION})"
                )
            if version == SCHEMA_VERSION:
                return
            self.db.execute(
                "CREATE TABLE newscrawl_seen (key bigint PRIMARY KEY, url text NOT NULL,"
                " article_id text, modified bigint, hash bytea NOT NULL, exported bigint NOT NULL,"
                " job text, feed text, claim_modified bigint, claim_hash bytea, claimed bigint)"
            )
            self.db.execute(
                "CREATE INDEX newscrawl_seen_job ON newscrawl_seen (job) WHERE job IS NOT NULL"
            )
            self.db.execute(
                "CREATE TABLE newscrawl_jobs (job text PRIMARY KEY, backend_pid integer NOT NULL,"
                " backend_start timestamptz NOT NULL, started timestamptz NOT NULL)"
            )
            self.db.execute("INSERT INTO newscrawl_schema VALUES (%s)", (SCHEMA_VERSION,))

    #: True when the job named by ``{col}`` has no live database session.
    _DEAD = (
        "NOT EXISTS (SELECT 1 FROM newscrawl_jobs j JOIN pg_stat_activity a"
        " ON a.pid = j.backend_pid AND a.backend_start = j.backend_start WHERE j.job = {col})"
    )

    def get(self, site: str, url: str, article_id: str | None) -> Seen | None:
        row = self.db.execute(
            "SELECT url, article_id, modified, hash, exported FROM newscrawl_seen WHERE key = %s",
            (article_key(site, url, article_id),),
        ).fetchone()
        return _seen(site, url, article_id, row)

    def claim(self, record: Seen, feed: str, *, force: bool = False) -> bool:
        key, url, article_id, modified, digest, now = _row(record)
        row = self.db.execute(
            "INSERT INTO newscrawl_seen AS s (key, url, article_id, hash, exported, job, feed,"
            " claim_modified, claim_hash, claimed) VALUES (%s, %s, %s, '', 0, %s, %s, %s, %s, %s)"
            " ON CONFLICT (key) DO UPDATE SET url = excluded.url,"
            " article_id = excluded.article_id, job = excluded.job, feed = excluded.feed,"
            " claim_modified = excluded.claim_modified, claim_hash = excluded.claim_hash,"
            " claimed = excluded.claimed"
            " WHERE (s.job IS NULL OR s.job = excluded.job OR "
            + self._DEAD.format(col="s.job")
            + ") AND (s.hash <> excluded.claim_hash OR %s) RETURNING key",
            (key, url, article_id, self.job, feed, modified, digest, now, force),
        ).fetchone()
        return row is not None

    def confirm(self, keys: Sequence[int]) -> int:
        cursor = self.db.execute(
            _CONFIRM.format(t="newscrawl_seen") + " WHERE key = ANY(%s) AND job = %s",
            (list(keys), self.job),
        )
        return cursor.rowcount

    def release(self, keys: Sequence[int] | None = None) -> int:
        return self._unclaim(self.job, keys)

    def _unclaim(self, job: str, keys: Sequence[int] | None) -> int:
        where = " WHERE job = %s" + ("" if keys is None else " AND key = ANY(%s)")
        params: tuple[Any, ...] = (job,) if keys is None else (job, list(keys))
        with self.db.transaction():
            deleted = self.db.execute(
                "DELETE FROM newscrawl_seen" + where + " AND hash = ''", params
            )
            cursor = self.db.execute(_UNCLAIM.format(t="newscrawl_seen") + where, params)
        return deleted.rowcount + cursor.rowcount

    def orphans(self) -> list[Claim]:
        # Only this machine's dead jobs: their feed files are here to be checked. A dead job
        # of another machine loses its claims to whichever job claims those articles next.
        host = self.job.split("/", 1)[0]
        rows = self.db.execute(
            "SELECT job, feed, key, url FROM newscrawl_seen s WHERE job IS NOT NULL"
            " AND job LIKE %s AND job <> %s AND "
            + self._DEAD.format(col="s.job")
            + " ORDER BY job, feed",
            (host.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%", self.job),
        ).fetchall()
        self.db.execute(
            "DELETE FROM newscrawl_jobs j WHERE "
            + self._DEAD.format(col="j.job")
            + " AND NOT EXISTS (SELECT 1 FROM newscrawl_seen s WHERE s.job = j.job)"
        )
        return [Claim(*row) for row in rows]

    def settle(self, claims: Sequence[Claim], stored: bool) -> int:
        count = 0
        by_job: dict[str, list[int]] = {}
        for c in claims:
            by_job.setdefault(c.job, []).append(c.key)
        with self.db.transaction():
            for job, keys in by_job.items():
                if stored:
                    cursor = self.db.execute(
                        _CONFIRM.format(t="newscrawl_seen") + " WHERE key = ANY(%s) AND job = %s",
                        (keys, job),
                    )
                    count += cursor.rowcount
                else:
                    count += self._unclaim(job, keys)
        return count

    def put_many(self, records: Iterable[Seen]) -> None:
        rows = [_row(r) for r in records]
        with self.db.transaction(), self.db.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO newscrawl_seen (key, url, article_id, modified, hash, exported)"
                " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (key) DO UPDATE SET"
                " url = excluded.url, article_id = excluded.article_id,"
                " modified = excluded.modified, hash = excluded.hash, exported = excluded.exported",
                rows,
            )

    def __len__(self) -> int:
        row = self.db.execute("SELECT count(*) FROM newscrawl_seen WHERE hash <> ''").fetchone()
        return int(row[0]) if row else 0

    def close(self) -> None:
        with contextlib.suppress(psycopg.Error):
            self.db.execute("DELETE FROM newscrawl_jobs WHERE job = %s", (self.job,))
        self.db.close()


def redact(uri: str) -> str:
    """The URI without its password, for messages.

    >>> redact("postgresql://crawler:s3cret@db.example:5432/news")
    'postgresql://crawler:***@db.example:5432/news'
    """
    parts = urlsplit(uri)
    if parts.password is None:
        return uri
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def one_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def open_store(uri: str, *, timeout: float = 10.0) -> SeenStore:
    """Open the store a ``DEDUP_STORE`` URI names; the scheme picks the backend.

    ``sqlite:///relative/seen.sqlite`` and ``sqlite:////absolute/seen.sqlite`` (SQLAlchemy's
    convention), or ``postgresql://user:password@host:5432/database`` (libpq's). Raises
    ValueError naming the setting for anything else, StoreError when it cannot be opened.
    """
    scheme, sep, rest = uri.partition("://")
    if scheme == "sqlite" and sep and rest.startswith("/") and len(rest) > 1:
        return SqliteStore(Path(rest[1:]), timeout=timeout)
    if scheme in ("postgresql", "postgres") and sep:
        return PostgresStore(uri, timeout=timeout)
    raise ValueError(
        "DEDUP_STORE must look like sqlite:///path/to/seen.sqlite or"
        f" postgresql://user:password@host:5432/database, got {redact(uri)!r}"
    )


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

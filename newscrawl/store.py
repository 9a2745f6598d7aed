"""DEDUP_STORE: what earlier runs exported, per site, so scheduled runs export only what changed."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple, Protocol


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


class SeenStore(Protocol):
    def get(self, site: str, url: str, article_id: str | None) -> Seen | None: ...
    def put_many(self, records: Iterable[Seen]) -> None: ...
    def close(self) -> None: ...


def article_key(site: str, url: str, article_id: str | None) -> int:
    """One signed 64-bit key per article: its site's id when it has one, else its URL.

    >>> article_key("example.com", "https://a/x-1.html", "1") == article_key("example.com", "y", "1")
    True
    """
    name = f"{site}\0{'id' if article_id else 'url'}\0{article_id or url}"
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _epoch(instant: str | None) -> int | None:
    return int(datetime.fromisoformat(instant).timestamp()) if instant else None


def _instant(epoch: int | None) -> str | None:
    # time.strftime is several times faster than going through datetime here.
    return None if epoch is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


class SqliteStore:
    """A SQLite file in WAL mode; every write is one transaction, so a kill loses nothing.

    One row per article under a 64-bit key (the table's rowid, so no second index), times
    as integers and the content hash as 8 bytes: about 40 bytes an article beside its URL.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            # The site is part of the key, so it is not stored again in every row.
            "CREATE TABLE IF NOT EXISTS seen (key INTEGER PRIMARY KEY, url TEXT NOT NULL,"
            " article_id TEXT, modified INTEGER, hash BLOB NOT NULL, exported INTEGER NOT NULL)"
        )

    def get(self, site: str, url: str, article_id: str | None) -> Seen | None:
        row = self.db.execute(
            "SELECT url, article_id, modified, hash, exported FROM seen WHERE key = ?",
            (article_key(site, url, article_id),),
        ).fetchone()
        # A 64-bit key can collide: the row must be this article's.
        if row is None or (row[1] != article_id if article_id else row[0] != url):
            return None
        return Seen(site, row[0], row[1], _instant(row[2]), row[3].hex(), _instant(row[4]) or "")

    def put_many(self, records: Iterable[Seen]) -> None:
        rows = (
            (
                article_key(r.site, r.url, r.article_id), r.url, r.article_id,
                _epoch(r.modified_at), bytes.fromhex(r.content_hash), _epoch(r.exported_at),
            )
            for r in records
        )  # fmt: skip
        with self.db:  # one transaction: all recorded or none
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR REPLACE INTO seen VALUES (?, ?, ?, ?, ?, ?)", rows)

    def __len__(self) -> int:
        count: int = self.db.execute("SELECT COUNT(*) FROM seen").fetchone()[0]
        return count

    def close(self) -> None:
        self.db.close()


def open_store(uri: str) -> SeenStore:
    """Open the store a ``DEDUP_STORE`` URI names; the scheme picks the backend.

    ``sqlite:///relative/seen.sqlite`` and ``sqlite:////absolute/seen.sqlite`` (SQLAlchemy's
    convention). Raises ValueError naming the setting for anything else.
    """
    scheme, sep, rest = uri.partition("://")
    if scheme == "sqlite" and sep and rest.startswith("/") and len(rest) > 1:
        return SqliteStore(Path(rest[1:]))
    raise ValueError(f"DEDUP_STORE must look like sqlite:///path/to/seen.sqlite, got {uri!r}")

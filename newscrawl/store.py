"""DEDUP_STORE: what earlier runs exported, per site, so scheduled runs export only what changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple, Protocol


class Seen(NamedTuple):
    """One exported article as the store remembers it."""

    site: str
    url: str
    article_id: str | None
    modified_at: str | None
    """``modified_at`` of the exported item, else its ``published_at`` (UTC ISO 8601)."""
    content_hash: str
    exported_at: str


class SeenStore(Protocol):
    def get(self, site: str, url: str) -> Seen | None: ...
    def get_by_id(self, site: str, article_id: str) -> Seen | None: ...
    def put_many(self, records: Iterable[Seen]) -> None: ...
    def close(self) -> None: ...


class SqliteStore:
    """A SQLite file in WAL mode; every write is one transaction, so a kill loses nothing."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS seen (site TEXT NOT NULL, url TEXT NOT NULL,"
            " article_id TEXT, modified_at TEXT, content_hash TEXT NOT NULL,"
            " exported_at TEXT NOT NULL, PRIMARY KEY (site, url)) WITHOUT ROWID"
        )
        self.db.execute("CREATE INDEX IF NOT EXISTS seen_id ON seen (site, article_id)")

    def get(self, site: str, url: str) -> Seen | None:
        row = self.db.execute(
            "SELECT * FROM seen WHERE site = ? AND url = ?", (site, url)
        ).fetchone()
        return Seen(*row) if row else None

    def get_by_id(self, site: str, article_id: str) -> Seen | None:
        row = self.db.execute(
            "SELECT * FROM seen WHERE site = ? AND article_id = ? LIMIT 1", (site, article_id)
        ).fetchone()
        return Seen(*row) if row else None

    def put_many(self, records: Iterable[Seen]) -> None:
        with self.db:  # one transaction: all recorded or none
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR REPLACE INTO seen VALUES (?, ?, ?, ?, ?, ?)", records)

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

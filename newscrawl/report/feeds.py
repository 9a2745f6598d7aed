"""Reading feeds (JSON Lines, JSON, CSV, Parquet; gzipped or not) and stats files back as dicts."""

from __future__ import annotations

import csv
import gzip
import io
import json
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING, Any, cast

import pyarrow.parquet as pq

from newscrawl.exporters import LIST_SEPARATOR, unescape_formula

if TYPE_CHECKING:
    from pathlib import Path

Article = dict[str, Any]

LIST_FIELDS = ("authors", "tags")
GZIP_MAGIC = b"\x1f\x8b"


def feed_format(path: Path) -> str:
    """The format of a feed file from its name, ignoring a ``.gz`` suffix.

    >>> from pathlib import Path
    >>> feed_format(Path("items-1.jsonl.gz")), feed_format(Path("a.parquet")), feed_format(Path("a.csv"))
    ('jsonlines', 'parquet', 'csv')
    """
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    last = suffixes[-1] if suffixes else ""
    formats = {".jsonl": "jsonlines", ".jl": "jsonlines", ".jsonlines": "jsonlines"}
    formats |= {".ndjson": "jsonlines", ".json": "json", ".csv": "csv", ".parquet": "parquet"}
    if last not in formats:
        raise ValueError(f"unknown feed format for {path} (expected .jsonl, .json, .csv, .parquet)")
    return formats[last]


def open_feed(path: Path) -> IO[bytes]:
    """The feed's bytes, decompressed when the file is gzip (by its magic number, not its name)."""
    with path.open("rb") as probe:
        compressed = probe.read(2) == GZIP_MAGIC
    return cast("IO[bytes]", gzip.open(path, "rb")) if compressed else path.open("rb")


def read_feed(path: Path) -> list[Article]:
    """Every item of one feed file, as dicts in the JSON Lines shape."""
    fmt = feed_format(path)
    with open_feed(path) as data:
        if fmt == "parquet":
            return _parquet_rows(data)
        if fmt == "json":
            items: list[Article] = json.load(data)
            return items
        with io.TextIOWrapper(data, "utf-8", newline="") as text:
            if fmt == "csv":
                return [_csv_item(row) for row in csv.DictReader(text)]
            return [json.loads(line) for line in text if line.strip()]


def _csv_item(row: dict[str, str]) -> Article:
    """Undo the CSV exporter: formula escapes, joined lists, empty cells for null."""
    item: Article = {}
    for key, cell in row.items():
        value = unescape_formula(cell)
        if key in LIST_FIELDS:
            item[key] = value.split(LIST_SEPARATOR) if value else []
        elif key == "word_count":
            item[key] = int(value) if value else None
        else:
            item[key] = value or None
    return item


def _parquet_rows(data: IO[bytes]) -> list[Article]:
    """Parquet rows with timestamps back as ``...Z`` strings."""
    rows: list[Article] = pq.read_table(io.BytesIO(data.read())).to_pylist()
    for row in rows:
        for key, value in row.items():
            if isinstance(value, datetime):
                row[key] = value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return rows


def read_rejects(path: Path) -> list[Article]:
    """The lines of a rejects feed (``{url, reason, detail, crawled_at}``); broken lines skipped."""
    lines: list[Article] = []
    with open_feed(path) as data, io.TextIOWrapper(data, "utf-8", errors="replace") as text:
        for line in text:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict):
                lines.append(record)
    return lines


def read_stats(paths: list[Path]) -> dict[str, Any]:
    """Stats files merged: numbers added up across crawls, other values from the first file."""
    merged: dict[str, Any] = {}
    for path in paths:
        stats: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        for key, value in stats.items():
            both_numbers = isinstance(value, int | float) and not isinstance(value, bool)
            if key in merged and both_numbers and isinstance(merged[key], int | float):
                merged[key] += value
            else:
                merged.setdefault(key, value)
    return merged

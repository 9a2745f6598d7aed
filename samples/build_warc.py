"""Rebuild samples/firstpost.warc.gz, the recorded demo site, from samples/site/manifest.json."""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypedDict

from warcio.warcwriter import WARCWriter

from newscrawl.warc import write_response_record

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
MANIFEST = SITE / "manifest.json"
OUTPUT = HERE / "firstpost.warc.gz"
#: Record ids are derived from this namespace and the record number, so a rebuild is identical.
RECORD_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://www.firstpost.com/#newscrawl-demo")


class Entry(TypedDict):
    """One recorded response, as listed in the manifest."""

    url: str
    status: int
    headers: list[list[str]]
    file: str | None
    date: str


class NumberedWARCWriter(WARCWriter):  # type: ignore[misc]
    """A WARCWriter whose ``WARC-Record-ID``s count up instead of being random."""

    def __init__(self, fileobj: Any, **kwargs: Any) -> None:
        super().__init__(fileobj, **kwargs)
        self.records_written = 0

    def _make_warc_id(self) -> str:
        self.records_written += 1
        return f"<urn:uuid:{uuid.uuid5(RECORD_ID_NAMESPACE, str(self.records_written))}>"


def load_manifest(path: Path = MANIFEST) -> list[Entry]:
    """Read the manifest: one entry per recorded response, in recording order."""
    entries: list[Entry] = json.loads(path.read_text(encoding="utf-8"))
    return entries


def parse_date(value: str) -> datetime:
    """Read a manifest date (``2025-06-14T06:30:00Z``) as an aware UTC datetime."""
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def build(output: Path = OUTPUT, manifest: Path = MANIFEST) -> int:
    """Write every manifest entry as a WARC response record to ``output``; return the count."""
    entries = load_manifest(manifest)
    with output.open("wb") as fh:
        writer = NumberedWARCWriter(fh, gzip=True)
        for entry in entries:
            body = (manifest.parent / entry["file"]).read_bytes() if entry["file"] else b""
            headers = [(name, value) for name, value in entry["headers"]]
            write_response_record(
                writer,
                entry["url"],
                entry["status"],
                headers,
                body,
                date=parse_date(entry["date"]),
            )
    return len(entries)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=OUTPUT, help="WARC file to write")
    parser.add_argument("--manifest", type=Path, default=MANIFEST, help="manifest to read")
    args = parser.parse_args(argv)
    count = build(args.output, args.manifest)
    print(f"{args.output}: {count} response records")


if __name__ == "__main__":
    main()

"""Rebuild the recorded demo sites' WARCs (samples/<site>.warc.gz) from their readable source."""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypedDict
from urllib.parse import urlsplit

from warcio.warcwriter import WARCWriter

from newscrawl.warc import write_response_record

HERE = Path(__file__).resolve().parent
#: Each recorded site: its source folder (pages and manifest.json) and the WARC built from it.
SITES: dict[str, tuple[Path, Path]] = {
    "firstpost": (HERE / "site", HERE / "firstpost.warc.gz"),
    "spreecourier": (HERE / "spreecourier", HERE / "spreecourier.warc.gz"),
    "eastriverpost": (HERE / "eastriverpost", HERE / "eastriverpost.warc.gz"),
}
SITE, OUTPUT = SITES["firstpost"]
MANIFEST = SITE / "manifest.json"


def record_id_namespace(first_url: str) -> uuid.UUID:
    """Record ids come from the site's home URL and the record number, so a rebuild is identical."""
    parts = urlsplit(first_url)
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{parts.scheme}://{parts.netloc}/#newscrawl-demo")


class Entry(TypedDict):
    """One recorded response, as listed in the manifest."""

    url: str
    status: int
    headers: list[list[str]]
    file: str | None
    date: str


class NumberedWARCWriter(WARCWriter):  # type: ignore[misc]
    """A WARCWriter whose ``WARC-Record-ID``s count up instead of being random."""

    def __init__(self, fileobj: Any, *, namespace: uuid.UUID, **kwargs: Any) -> None:
        super().__init__(fileobj, **kwargs)
        self.namespace = namespace
        self.records_written = 0

    def _make_warc_id(self) -> str:
        self.records_written += 1
        return f"<urn:uuid:{uuid.uuid5(self.namespace, str(self.records_written))}>"


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
        namespace = record_id_namespace(entries[0]["url"])
        writer = NumberedWARCWriter(fh, gzip=True, namespace=namespace)
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
    parser.add_argument(
        "--site",
        choices=[*SITES, "all"],
        default="all",
        help="which recorded site to build (default: all of them)",
    )
    parser.add_argument("--output", type=Path, help="WARC file to write (one site only)")
    parser.add_argument("--manifest", type=Path, help="manifest to read (one site only)")
    args = parser.parse_args(argv)
    if args.site == "all" and (args.output or args.manifest):
        args.site = "firstpost"  # the original interface: --output/--manifest meant Firstpost
    names = list(SITES) if args.site == "all" else [args.site]
    for name in names:
        folder, warc = SITES[name]
        output = args.output or warc
        count = build(output, args.manifest or folder / "manifest.json")
        print(f"{output}: {count} response records")


if __name__ == "__main__":
    main()

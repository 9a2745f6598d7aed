"""Archive a live crawl to a WARC file, and replay a crawl offline from WARC files."""

from __future__ import annotations

import asyncio
import logging
import zlib
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn, Self
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import DownloadCancelledError, NotConfigured, ResponseDataLossError
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import iso_date_to_datetime
from warcio.warcwriter import WARCWriter

from newscrawl.urls import canonicalize_url

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
#: Torn places (records cut short, unreadable bytes) in the WARC files a crawl replays.
DAMAGE_STAT = "warc_replay/damaged"
# Hop-by-hop framing that no longer describes the body once it is decoded or re-measured.
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding"})


def _warc_date(date: datetime | None) -> dict[str, str]:
    if date is None:
        return {}
    return {"WARC-Date": date.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}


def write_response_record(
    writer: WARCWriter,
    url: str,
    status: int,
    headers: list[tuple[str, str]],
    body: bytes,
    *,
    date: datetime | None = None,
) -> None:
    """Write one WARC ``response`` record: status line, headers and ``body`` as given."""
    record = _response_record(writer, url, status, headers, body, date)
    writer.write_record(record)


def write_request_record(
    writer: WARCWriter,
    url: str,
    method: str,
    headers: list[tuple[str, str]],
    body: bytes = b"",
    *,
    date: datetime | None = None,
    concurrent_to: str | None = None,
) -> None:
    """Write one WARC ``request`` record, optionally linked to its response record's ID."""
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    http = StatusAndHeaders(f"{method} {target} HTTP/1.1", headers, is_http_request=True)
    warc_headers = _warc_date(date)
    if concurrent_to:
        warc_headers["WARC-Concurrent-To"] = concurrent_to
    record = writer.create_warc_record(
        url, "request", payload=BytesIO(body), length=len(body),
        http_headers=http, warc_headers_dict=warc_headers,
    )  # fmt: skip
    writer.write_record(record)


def _response_record(
    writer: WARCWriter,
    url: str,
    status: int,
    headers: list[tuple[str, str]],
    body: bytes,
    date: datetime | None,
) -> Any:
    kept = [(k, v) for k, v in headers if k.lower() not in _FRAMING_HEADERS]
    kept.append(("Content-Length", str(len(body))))
    try:
        statusline = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        statusline = str(status)
    http = StatusAndHeaders(statusline, kept, protocol="HTTP/1.1")
    return writer.create_warc_record(
        url, "response", payload=BytesIO(body), length=len(body),
        http_headers=http, warc_headers_dict=_warc_date(date),
    )  # fmt: skip


def find_warc_files(path: Path) -> list[Path]:
    """Return the WARC files at ``path``: the file itself, or those under a folder, sorted."""
    if path.is_file():
        return [path] if path.name.endswith(WARC_SUFFIXES) else []
    files = (p for p in path.rglob("*") if p.name.endswith(WARC_SUFFIXES) and p.is_file())
    return sorted(files)


def _key(url: str) -> str:
    """The index key of a URL: the project's one canonical form (as exported URLs)."""
    try:
        return canonicalize_url(url)
    except ValueError:  # a port that is not a number, "http://[x": kept as recorded
        return url


@dataclass
class ArchiveIndex:
    """What the WARC files hold: where each URL's record is, and where they are torn."""

    records: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Canonical URL -> (file number, record offset); the last record wins."""
    truncated: set[str] = field(default_factory=set)
    """URLs whose response record ends before its Content-Length: never replayed."""
    damage: list[str] = field(default_factory=list)
    """One line per torn place: a record cut short, or bytes that do not read as records."""


def _drain(stream: Any) -> int:
    """Read a record's block to its end; how many bytes there were."""
    total = 0
    while chunk := stream.read(65536):
        total += len(chunk)
    return total


def scan_archives(files: list[Path]) -> ArchiveIndex:
    """Index the response records of ``files`` and note every torn record or file.

    A record is whole when its block has the length its WARC ``Content-Length`` says: a
    file cut in the middle of a record (a crawl killed while writing, a partial copy)
    leaves a last record that is shorter, or one whose headers end early. A file that
    stops reading as WARC records (a bad gzip member, junk) is indexed up to that point.
    WarcReplayError when a file has no readable record at all.
    """
    index = ArchiveIndex()
    for number, path in enumerate(files):
        with path.open("rb") as fh:
            records = ArchiveIterator(fh, no_record_parse=True)
            read = 0
            try:
                for record in records:
                    read += 1
                    _index_record(index, number, path, records, record)
            except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
                if not read:
                    raise WarcReplayError(f"Cannot replay: {path} is not a WARC file") from exc
                index.damage.append(
                    f"{path}: unreadable after record {read} ({type(exc).__name__}: {exc})"
                )
                continue
        if not read:
            raise WarcReplayError(f"Cannot replay: {path} holds no WARC record")
        size = path.stat().st_size
        if records.offset < size:
            # A gzip member cut early decompresses to nothing: warcio stops there quietly.
            index.damage.append(
                f"{path}: {size - records.offset} bytes after byte {records.offset}"
                " do not read as a WARC record"
            )
    return index


def _index_record(
    index: ArchiveIndex, number: int, path: Path, records: ArchiveIterator, record: Any
) -> None:
    expected = record.rec_headers.get_header("Content-Length") or ""
    got = _drain(record.raw_stream)  # first: asking for the offset reads the record to its end
    offset = records.get_record_offset()
    whole = expected.isdigit() and got >= int(expected)
    if not whole:
        index.damage.append(
            f"{path}: record at byte {offset} cut short ({got} of {expected or '?'} bytes)"
        )
    rtype = record.rec_type
    if rtype not in ("response", "revisit"):
        return
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<>")
    if not url.startswith(("http://", "https://")):
        return
    key = _key(url)
    if rtype == "response":
        index.records[key] = (number, offset)
        if whole:
            index.truncated.discard(key)  # a later whole copy of the page wins
        else:
            index.truncated.add(key)
        return
    # A revisit only says "same payload as before": reuse that earlier record.
    target = _key((record.rec_headers.get_header("WARC-Refers-To-Target-URI") or url).strip("<>"))
    found = index.records.get(target)
    if found is not None:
        index.records[key] = found
        if target in index.truncated:
            index.truncated.add(key)


def build_index(files: list[Path]) -> dict[str, tuple[int, int]]:
    """Map each recorded canonical URL to (file number, record offset); the last record wins."""
    return scan_archives(files).records


class WarcReplayError(Exception):
    """The ``WARC_REPLAY`` setting does not point to any WARC file."""


def _fail_crawl(message: str) -> NoReturn:
    """Stop the crawl at start with one error line; ``scrapy crawl`` then exits with 1."""
    logger.error(message)
    with suppress(RuntimeError):
        task = asyncio.current_task()
        # The crawl task would otherwise end as "Task exception was never retrieved"
        # with a full traceback, repeating the line above; its failure still sets the exit code.
        if task is not None:
            task.add_done_callback(lambda t: t.cancelled() or t.exception())
    raise WarcReplayError(message)


class WarcReplayMiddleware:
    """Answer every request from the ``response`` records of the WARC files in ``WARC_REPLAY``."""

    def __init__(self, crawler: Crawler) -> None:
        setting = crawler.settings.get("WARC_REPLAY")
        if not setting:
            raise NotConfigured
        self.crawler = crawler
        path = Path(setting)
        self.files = find_warc_files(path)
        if not self.files:
            problem = "holds no .warc or .warc.gz file" if path.is_dir() else "does not exist"
            if path.is_file():
                problem = "is not a .warc or .warc.gz file"
            _fail_crawl(f"Cannot replay: WARC_REPLAY={setting} {problem}")
        try:
            scan = scan_archives(self.files)
        except WarcReplayError as exc:
            _fail_crawl(str(exc))
        self.index, self.truncated = scan.records, scan.truncated
        self.settings = crawler.settings
        logger.info(
            "WARC replay: %(urls)d URLs from %(files)d file(s) in %(path)s",
            {"urls": len(self.index), "files": len(self.files), "path": setting},
        )
        if scan.damage:
            # Counted for the health checks (monitors.ArchiveMonitor): a torn archive is an
            # incomplete recording, and a crawl replayed from it is not a healthy one.
            assert crawler.stats is not None
            crawler.stats.set_value(DAMAGE_STAT, len(scan.damage))
            for line in scan.damage:
                logger.warning("Torn WARC archive: %(line)s", {"line": line})

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> Response:
        assert self.crawler.stats is not None
        found = self.index.get(_key(request.url))
        if found is None:
            self.crawler.stats.inc_value("warc_replay/missing")
            logger.debug("Not in the WARC replay archive: %(url)s", {"url": request.url})
            return Response(request.url, status=404, request=request)
        self.crawler.stats.inc_value("warc_replay/hit")
        number, offset = found
        key = _key(request.url)
        with self.files[number].open("rb") as fh:
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)))
            if key in self.truncated and self._fail_on_dataloss(request):
                # What a live download cut short raises: the article is rejected as truncated.
                self.crawler.stats.inc_value("warc_replay/truncated")
                raise ResponseDataLossError(f"WARC record cut short: {request.url}")
            response = self._replay(request, record)
        if key in self.truncated:
            response.flags.append("dataloss")
        return response

    def _fail_on_dataloss(self, request: Request) -> bool:
        return bool(
            request.meta.get(
                "download_fail_on_dataloss", self.settings.getbool("DOWNLOAD_FAIL_ON_DATALOSS")
            )
        )

    def _read_body(self, request: Request, stream: Any) -> bytes:
        """The payload, held to DOWNLOAD_MAXSIZE as a live download is."""
        maxsize = int(
            request.meta.get("download_maxsize", self.settings.getint("DOWNLOAD_MAXSIZE"))
        )
        warnsize = int(
            request.meta.get("download_warnsize", self.settings.getint("DOWNLOAD_WARNSIZE"))
        )
        body: bytes = stream.read(maxsize + 1) if maxsize else stream.read()
        if maxsize and len(body) > maxsize:
            raise DownloadCancelledError(
                f"WARC record of {request.url} is larger than download max size ({maxsize})"
            )
        if warnsize and len(body) > warnsize:
            logger.warning(
                "WARC record of %(url)s is larger than download warn size (%(size)d)",
                {"url": request.url, "size": warnsize},
            )
        return body

    def _replay(self, request: Request, record: Any) -> Response:
        fetched = iso_date_to_datetime(record.rec_headers.get_header("WARC-Date"))
        request.meta["newscrawl_fetched_at"] = fetched.strftime("%Y-%m-%dT%H:%M:%SZ")
        http = record.http_headers
        body = self._read_body(request, record.content_stream())
        dropped = set(_FRAMING_HEADERS)
        encoding = (http.get_header("Content-Encoding") or "").lower()
        if encoding in BufferedReader.get_supported_decompressors():
            dropped.add("content-encoding")  # otherwise left for HttpCompressionMiddleware
        headers = Headers([(k, v) for k, v in http.headers if k.lower() not in dropped])
        status = int(http.get_statuscode())
        respcls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return respcls(request.url, status, headers, body, flags=["warc"], request=request)


class WarcArchiveMiddleware:
    """Write every downloaded response, and its request, to the WARC file in ``WARC_ARCHIVE``."""

    def __init__(self, crawler: Crawler) -> None:
        path = crawler.settings.get("WARC_ARCHIVE")
        if not path:
            raise NotConfigured
        if crawler.settings.get("WARC_REPLAY"):
            logger.info("WARC_ARCHIVE is ignored while WARC_REPLAY is set")
            raise NotConfigured
        self.crawler = crawler
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file: BinaryIO = self.path.open("wb")
        self.writer = WARCWriter(self._file, gzip=True)
        self.writer.write_record(
            self.writer.create_warcinfo_record(self.path.name, {"software": "newscrawl (Scrapy)"})
        )
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        assert self.crawler.stats is not None
        now = datetime.now(UTC)
        record = _response_record(
            self.writer, response.url, response.status, _str_headers(response.headers),
            response.body, now,
        )  # fmt: skip
        self.writer.write_record(record)
        write_request_record(
            self.writer, request.url, request.method, _str_headers(request.headers), request.body,
            date=now, concurrent_to=record.rec_headers.get_header("WARC-Record-ID"),
        )  # fmt: skip
        self.crawler.stats.inc_value("warc_archive/response")
        return response

    def spider_closed(self) -> None:
        self._file.close()
        logger.info("WARC archive written: %(path)s", {"path": self.path})


def _str_headers(headers: Headers) -> list[tuple[str, str]]:
    return [
        (name.decode("latin-1"), value.decode("utf-8", "replace"))
        for name, values in headers.items()
        for value in values
    ]


_REPLAY_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_DELAY_JITTER": 0,  # RANDOMIZE_DOWNLOAD_DELAY is deprecated since Scrapy 2.19
}


class WarcReplayAddon:
    """Turn politeness off when replaying from WARC files: there is no server to be polite to."""

    def update_settings(self, settings: BaseSettings) -> None:
        if not settings.get("WARC_REPLAY"):
            return
        # "spider" priority: beats settings.py and custom_settings, loses to `scrapy crawl -s`.
        for name, value in _REPLAY_SETTINGS.items():
            settings.set(name, value, priority="spider")

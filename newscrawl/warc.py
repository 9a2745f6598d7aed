"""Archive a live crawl to a WARC file, and replay a crawl offline from WARC files."""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn, Self
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader
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


def build_index(files: list[Path]) -> dict[str, tuple[int, int]]:
    """Map each recorded canonical URL to (file number, record offset); the last record wins."""
    index: dict[str, tuple[int, int]] = {}
    for number, path in enumerate(files):
        with path.open("rb") as fh:
            records = ArchiveIterator(fh, no_record_parse=True)
            for record in records:
                rtype = record.rec_type
                if rtype not in ("response", "revisit"):
                    continue
                url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<>")
                if not url.startswith(("http://", "https://")):
                    continue
                key = _key(url)
                if rtype == "response":
                    index[key] = (number, records.get_record_offset())
                    continue
                # A revisit only says "same payload as before": reuse that earlier record.
                target = record.rec_headers.get_header("WARC-Refers-To-Target-URI") or url
                found = index.get(_key(target.strip("<>")))
                if found is not None:
                    index[key] = found
    return index


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
        self.index = build_index(self.files)
        logger.info(
            "WARC replay: %(urls)d URLs from %(files)d file(s) in %(path)s",
            {"urls": len(self.index), "files": len(self.files), "path": setting},
        )

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
        with self.files[number].open("rb") as fh:
            fh.seek(offset)
            return self._replay(request, next(iter(ArchiveIterator(fh))))

    def _replay(self, request: Request, record: Any) -> Response:
        fetched = iso_date_to_datetime(record.rec_headers.get_header("WARC-Date"))
        request.meta["newscrawl_fetched_at"] = fetched.strftime("%Y-%m-%dT%H:%M:%SZ")
        http = record.http_headers
        body: bytes = record.content_stream().read()
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

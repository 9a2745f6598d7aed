"""Tests for WARC archiving and offline replay (newscrawl.warc)."""

from __future__ import annotations

import gzip
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request, Spider, signals
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import DownloadCancelledError, NotConfigured, ResponseDataLossError
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscrawl.warc import (
    WarcArchiveMiddleware,
    WarcReplayAddon,
    WarcReplayError,
    WarcReplayMiddleware,
    _key,
    scan_archives,
    write_request_record,
    write_response_record,
)

HTML = [("Content-Type", "text/html; charset=utf-8")]
PAGE = b"<html><head><title>Budget vote</title></head><body><p>Text</p></body></html>"


def write_warc(path: Path, *records: tuple[Any, ...], gzip_: bool = True) -> Path:
    """Write (url, status, headers, body[, date]) tuples as response records."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip_)
        for url, status, headers, body, *date in records:
            write_request_record(writer, url, "GET", [("User-Agent", "test")])
            write_response_record(
                writer, url, status, headers, body, date=date[0] if date else None
            )
    return path


def replay_mw(path: Path) -> WarcReplayMiddleware:
    return WarcReplayMiddleware.from_crawler(get_crawler(settings_dict={"WARC_REPLAY": str(path)}))


def fetch(mw: WarcReplayMiddleware, url: str) -> Response:
    response = mw.process_request(Request(url))
    assert isinstance(response, Response)
    return response


def stats(mw: WarcReplayMiddleware) -> dict[str, Any]:
    assert mw.crawler.stats is not None
    return mw.crawler.stats.get_stats()


def test_replays_recorded_page(tmp_path: Path) -> None:
    url = "https://news.example/2025/06/01/budget-vote/"
    mw = replay_mw(
        write_warc(tmp_path / "a.warc.gz", (url, 200, [*HTML, ("X-Cache", "HIT")], PAGE))
    )
    response = fetch(mw, url)
    assert isinstance(response, HtmlResponse)
    assert (response.status, response.body, response.url) == (200, PAGE, url)
    assert response.headers["X-Cache"] == b"HIT"
    assert "warc" in response.flags
    assert response.css("title::text").get() == "Budget vote"
    assert stats(mw)["warc_replay/hit"] == 1


def test_redirect_is_replayed_and_followed_from_the_archive(tmp_path: Path) -> None:
    old, new = "https://news.example/old", "https://news.example/new"
    mw = replay_mw(
        write_warc(
            tmp_path / "a.warc.gz",
            (old, 301, [("Location", "/new")], b""),
            (new, 200, HTML, PAGE),
        )
    )
    request = Request(old)
    recorded = mw.process_request(request)
    assert (recorded.status, recorded.headers["Location"]) == (301, b"/new")
    redirect = RedirectMiddleware.from_crawler(mw.crawler)
    follow = redirect.process_response(request, recorded)
    assert isinstance(follow, Request)
    assert follow.url == new
    assert fetch(mw, follow.url).body == PAGE
    assert stats(mw)["warc_replay/hit"] == 2


def test_gzip_content_encoding_is_decoded(tmp_path: Path) -> None:
    url = "https://news.example/gz"
    headers = [*HTML, ("Content-Encoding", "gzip"), ("Content-Length", "1")]
    mw = replay_mw(write_warc(tmp_path / "a.warc.gz", (url, 200, headers, gzip.compress(PAGE))))
    response = fetch(mw, url)
    assert response.body == PAGE
    assert b"Content-Encoding" not in response.headers
    assert b"Content-Length" not in response.headers


def test_chunked_transfer_encoding_is_decoded(tmp_path: Path) -> None:
    url = "https://news.example/chunked"
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (PAGE[:20], PAGE[20:]))
    path = tmp_path / "chunked.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders(
            "200 OK", [*HTML, ("Transfer-Encoding", "chunked")], protocol="HTTP/1.1"
        )
        payload = chunked + b"0\r\n\r\n"
        record = writer.create_warc_record(
            url, "response", payload=BytesIO(payload), length=len(payload), http_headers=http
        )
        writer.write_record(record)
    response = fetch(replay_mw(path), url)
    assert response.body == PAGE
    assert b"Transfer-Encoding" not in response.headers


def test_non_utf8_page_keeps_its_encoding(tmp_path: Path) -> None:
    url = "https://news.example/fr"
    body = "<html><title>Café à la une</title></html>".encode("iso-8859-1")
    headers = [("Content-Type", "text/html; charset=iso-8859-1")]
    response = fetch(replay_mw(write_warc(tmp_path / "a.warc", (url, 200, headers, body))), url)
    assert isinstance(response, TextResponse)
    assert response.body == body
    assert response.css("title::text").get() == "Café à la une"


def test_lookup_ignores_query_order_and_fragment(tmp_path: Path) -> None:
    url = "https://news.example/search?q=vote&page=2"
    mw = replay_mw(write_warc(tmp_path / "a.warc.gz", (url, 200, HTML, PAGE)))
    assert fetch(mw, "https://news.example/search?page=2&q=vote#top").status == 200
    assert "warc_replay/missing" not in stats(mw)


def test_missing_url_is_an_empty_404(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    mw = replay_mw(write_warc(tmp_path / "a.warc.gz", ("https://news.example/", 200, HTML, PAGE)))
    with caplog.at_level(logging.DEBUG, logger="newscrawl.warc"):
        response = fetch(mw, "https://news.example/never-crawled")
    assert (response.status, response.body) == (404, b"")
    assert stats(mw)["warc_replay/missing"] == 1
    assert "warc_replay/hit" not in stats(mw)
    assert [r.getMessage() for r in caplog.records if r.name == "newscrawl.warc"][-1].endswith(
        "https://news.example/never-crawled"
    )


def test_folder_is_searched_recursively(tmp_path: Path) -> None:
    write_warc(tmp_path / "2025" / "06" / "a.warc.gz", ("https://a.example/", 200, HTML, b"A"))
    write_warc(tmp_path / "b.warc", ("https://b.example/", 200, HTML, b"B"), gzip_=False)
    (tmp_path / "notes.txt").write_text("not a WARC")
    mw = replay_mw(tmp_path)
    assert len(mw.files) == 2
    assert fetch(mw, "https://a.example/").body == b"A"
    assert fetch(mw, "https://b.example/").body == b"B"


def test_last_record_wins(tmp_path: Path) -> None:
    url = "https://news.example/live"
    mw = replay_mw(
        write_warc(
            tmp_path / "a.warc.gz",
            (url, 200, HTML, b"first"),
            ("https://news.example/other", 200, HTML, b"other"),
            (url, 200, HTML, b"second"),
        )
    )
    assert fetch(mw, url).body == b"second"


def test_revisit_points_to_the_original_record(tmp_path: Path) -> None:
    url, again = "https://news.example/a", "https://news.example/a?utm=x"
    path = write_warc(tmp_path / "a.warc.gz", (url, 200, HTML, PAGE))
    with path.open("ab") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", HTML, protocol="HTTP/1.1")
        revisit = writer.create_revisit_record(
            again, "sha1:X", url, "2025-06-01T00:00:00Z", http_headers=http
        )
        writer.write_record(revisit)
    assert fetch(replay_mw(path), again).body == PAGE


def test_fetched_at_is_the_warc_date_in_utc(tmp_path: Path) -> None:
    url = "https://news.example/a"
    date = datetime(2025, 6, 1, 12, 30, 5, tzinfo=timezone(timedelta(hours=2)))
    mw = replay_mw(write_warc(tmp_path / "a.warc.gz", (url, 200, HTML, PAGE, date)))
    request = Request(url)
    mw.process_request(request)
    assert request.meta["newscrawl_fetched_at"] == "2025-06-01T10:30:05Z"


def test_response_record_fixes_length_and_drops_transfer_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    headers = [*HTML, ("Content-Length", "999"), ("Transfer-Encoding", "chunked")]
    date = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    write_warc(path, ("https://news.example/", 200, headers, PAGE, date))
    with path.open("rb") as fh:
        records = [
            (r.http_headers, r.rec_headers, r.content_stream().read())
            for r in ArchiveIterator(fh)
            if r.rec_type == "response"
        ]
    ((http, warc, body),) = records
    assert http.get_statuscode() == "200"
    assert http.get_header("Content-Length") == str(len(PAGE))
    assert http.get_header("Transfer-Encoding") is None
    assert warc.get_header("WARC-Date") == "2025-01-02T03:04:05Z"
    assert body == PAGE


@pytest.mark.parametrize("setting", ["", None])
def test_replay_needs_the_setting(setting: str | None) -> None:
    with pytest.raises(NotConfigured):
        WarcReplayMiddleware.from_crawler(get_crawler(settings_dict={"WARC_REPLAY": setting}))


def test_bad_path_stops_with_one_error(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    missing = tmp_path / "nope.warc.gz"
    with pytest.raises(WarcReplayError, match=r"WARC_REPLAY=.*nope\.warc\.gz does not exist"):
        replay_mw(missing)
    (tmp_path / "empty").mkdir()
    with pytest.raises(WarcReplayError, match=r"holds no \.warc or \.warc\.gz file"):
        replay_mw(tmp_path / "empty")
    (tmp_path / "crawl.txt").write_text("not a WARC")
    with pytest.raises(WarcReplayError, match=r"crawl\.txt is not a \.warc or \.warc\.gz file"):
        replay_mw(tmp_path / "crawl.txt")
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [r.getMessage() for r in errors] == [
        f"Cannot replay: WARC_REPLAY={missing} does not exist",
        f"Cannot replay: WARC_REPLAY={tmp_path / 'empty'} holds no .warc or .warc.gz file",
        f"Cannot replay: WARC_REPLAY={tmp_path / 'crawl.txt'} is not a .warc or .warc.gz file",
    ]


class PoliteSpider(Spider):
    name = "polite"
    custom_settings = {"CONCURRENT_REQUESTS": 2, "DOWNLOAD_DELAY": 3}


def test_addon_turns_politeness_off_over_project_and_spider_settings(tmp_path: Path) -> None:
    project = {
        "ADDONS": {WarcReplayAddon: 0},
        "AUTOTHROTTLE_ENABLED": True,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY_JITTER": 0.5,
    }
    replay = get_crawler(PoliteSpider, {**project, "WARC_REPLAY": str(tmp_path)}).settings
    assert replay.getbool("AUTOTHROTTLE_ENABLED") is False
    assert replay.getfloat("DOWNLOAD_DELAY") == 0
    assert replay.getfloat("DOWNLOAD_DELAY_JITTER") == 0
    assert replay.getint("CONCURRENT_REQUESTS") == 32
    assert replay.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 32
    live = get_crawler(PoliteSpider, project).settings
    assert (live.getint("CONCURRENT_REQUESTS"), live.getfloat("DOWNLOAD_DELAY")) == (2, 3)
    assert live.getbool("AUTOTHROTTLE_ENABLED") is True


def test_addon_leaves_command_line_settings_alone() -> None:
    settings = Settings({"WARC_REPLAY": "x.warc.gz", "CONCURRENT_REQUESTS": 8})
    settings.set("DOWNLOAD_DELAY", 0.25, priority="cmdline")
    WarcReplayAddon().update_settings(settings)
    assert settings.getfloat("DOWNLOAD_DELAY") == 0.25
    assert settings.getint("CONCURRENT_REQUESTS") == 32


def test_archive_needs_the_setting_and_is_off_during_replay(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(NotConfigured):
        WarcArchiveMiddleware.from_crawler(get_crawler())
    both = {"WARC_ARCHIVE": str(tmp_path / "out.warc.gz"), "WARC_REPLAY": str(tmp_path)}
    with caplog.at_level(logging.INFO, logger="newscrawl.warc"), pytest.raises(NotConfigured):
        WarcArchiveMiddleware.from_crawler(get_crawler(settings_dict=both))
    assert "WARC_ARCHIVE is ignored while WARC_REPLAY is set" in caplog.text
    assert not (tmp_path / "out.warc.gz").exists()


def test_archive_writes_records_that_replay(tmp_path: Path) -> None:
    path = tmp_path / "crawl" / "out.warc.gz"
    crawler = get_crawler(settings_dict={"WARC_ARCHIVE": str(path)})
    mw = WarcArchiveMiddleware.from_crawler(crawler)
    url = "https://news.example/gz?id=1"
    request = Request(url, headers={"Accept-Encoding": "gzip"})
    raw = Response(
        url,
        status=200,
        body=gzip.compress(PAGE),
        headers={"Content-Type": "text/html", "Content-Encoding": "gzip"},
    )
    assert mw.process_response(request, raw) is raw
    crawler.signals.send_catch_log(signals.spider_closed, spider=Spider("s"), reason="finished")
    assert mw._file.closed
    with path.open("rb") as fh:
        records = [
            (r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read())
            for r in ArchiveIterator(fh)
        ]
    assert [r[0] for r in records] == ["warcinfo", "response", "request"]
    (_, resp_warc, resp_http, body), (_, req_warc, req_http, _) = records[1:]
    assert body == PAGE
    assert resp_http.get_header("Content-Encoding") == "gzip"
    assert req_http.protocol == "GET"
    assert req_http.statusline == "/gz?id=1 HTTP/1.1"
    assert req_warc.get_header("WARC-Concurrent-To") == resp_warc.get_header("WARC-Record-ID")
    assert crawler.stats is not None
    assert crawler.stats.get_value("warc_archive/response") == 1
    assert fetch(replay_mw(path), url).body == PAGE


# --- end to end: a live crawl archived, then replayed with the server gone -----------------

SPIDER = """
import json
import scrapy

class RoundTripSpider(scrapy.Spider):
    name = "roundtrip"
    custom_settings = {
        "ADDONS": {"newscrawl.warc.WarcReplayAddon": 0},
        "DOWNLOADER_MIDDLEWARES": {
            "newscrawl.warc.WarcReplayMiddleware": 950,
            "newscrawl.warc.WarcArchiveMiddleware": 951,
        },
        "ROBOTSTXT_OBEY": True,
        "RETRY_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
    }

    async def start(self):
        yield scrapy.Request(self.start_url)

    def parse(self, response):
        yield {
            "url": response.url,
            "title": response.css("title::text").get(),
            "fetched_at": response.meta.get("newscrawl_fetched_at"),
        }
        yield from response.follow_all(css="a")

    def closed(self, reason):
        with open(self.stats_file, "w") as fh:
            json.dump(self.crawler.stats.get_stats(), fh, default=str)
"""

PAGES: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {
    "/robots.txt": (200, [("Content-Type", "text/plain")], b"User-agent: *\nDisallow: /private\n"),
    "/": (
        200,
        HTML,
        (
            b"<title>Home</title><a href='/a'>a</a> <a href='/old'>old</a> <a href='/gz'>gz</a>"
            b" <a href='/latin'>fr</a> <a href='/chunked'>c</a> <a href='/private'>p</a>"
        ),
    ),
    "/a": (200, HTML, b"<title>A</title>"),
    "/old": (301, [("Location", "/b")], b""),
    "/b": (200, HTML, b"<title>B</title>"),
    "/gz": (200, [*HTML, ("Content-Encoding", "gzip")], gzip.compress(b"<title>Gz</title>")),
    "/latin": (200, [("Content-Type", "text/html; charset=latin-1")], b"<title>Caf\xe9</title>"),
    "/chunked": (200, [*HTML, ("Transfer-Encoding", "chunked")], b"<title>Chunked</title>"),
    "/private": (200, HTML, b"<title>Private</title>"),
}


# Outside any Scrapy project, so the crawls only use the spider's settings and ours.
ENV = {k: v for k, v in os.environ.items() if not k.startswith("SCRAPY_")}
ENV["PYTHONPATH"] = str(Path(__file__).parents[1])


class Site(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        status, headers, body = PAGES.get(self.path, (404, [], b""))
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if ("Transfer-Encoding", "chunked") in headers:
            self.end_headers()
            self.wfile.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body))
            return
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def site() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def crawl(
    tmp_path: Path, name: str, start: str, *settings: str
) -> tuple[list[Any], dict[str, Any]]:
    spider = tmp_path / "roundtrip_spider.py"
    spider.write_text(SPIDER)
    items, stats_file = tmp_path / f"{name}.jsonl", tmp_path / f"{name}-stats.json"
    command = [sys.executable, "-m", "scrapy", "runspider", str(spider), "-O", str(items)]
    command += ["-a", f"start_url={start}", "-a", f"stats_file={stats_file}", "-L", "INFO"]
    for setting in settings:
        command += ["-s", setting]
    done = subprocess.run(
        command, check=False, cwd=tmp_path, env=ENV, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert " ERROR: " not in done.stderr, done.stderr[-3000:]
    lines = items.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines], json.loads(stats_file.read_text())


def test_live_crawl_archived_then_replayed_offline(
    tmp_path: Path, site: ThreadingHTTPServer
) -> None:
    base = f"http://127.0.0.1:{site.server_address[1]}"
    archive = tmp_path / "crawl.warc.gz"
    live, live_stats = crawl(tmp_path, "live", base + "/", f"WARC_ARCHIVE={archive}")
    site.shutdown()
    site.server_close()
    replayed, replay_stats = crawl(tmp_path, "replay", base + "/", f"WARC_REPLAY={archive}")

    def pages(items: list[Any]) -> set[tuple[str, str]]:
        return {(item["url"].removeprefix(base), item["title"]) for item in items}

    expected = {("/", "Home"), ("/a", "A"), ("/b", "B"), ("/gz", "Gz"), ("/latin", "Café")}
    assert pages(live) == pages(replayed) == expected | {("/chunked", "Chunked")}
    assert all(item["fetched_at"] is None for item in live)
    assert all(item["fetched_at"].endswith("Z") for item in replayed)
    # robots.txt, the 301 and the 6 pages were archived and all answered from the WARC.
    assert live_stats["warc_archive/response"] == replay_stats["warc_replay/hit"] == 8
    assert "warc_replay/missing" not in replay_stats
    assert replay_stats["robotstxt/forbidden"] == live_stats["robotstxt/forbidden"] == 1


def test_scrapy_exits_non_zero_on_a_bad_replay_path(tmp_path: Path) -> None:
    spider = tmp_path / "roundtrip_spider.py"
    spider.write_text(SPIDER)
    command = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
    command += ["-s", f"WARC_REPLAY={tmp_path / 'gone'}", "-a", "start_url=http://127.0.0.1:9/"]
    done = subprocess.run(
        command, check=False, cwd=tmp_path, env=ENV, capture_output=True, text=True
    )
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if " ERROR: " in line]
    assert errors == [
        line for line in errors if line.endswith(f"WARC_REPLAY={tmp_path / 'gone'} does not exist")
    ]
    assert len(errors) == 1
    assert "Traceback" not in done.stderr


# -- torn archives (issue 10.10) ----------------------------------------------------------


def long_page(n: int) -> bytes:
    # Random hex does not compress, so a cut in a .warc.gz falls inside this record's payload.
    words = os.urandom(5000).hex()
    return f"<html><body><h1>Story {n}</h1><p>{words}</p></body></html>".encode()


def thirteen_pages(tmp_path: Path, *, gzip_: bool) -> tuple[Path, list[str]]:
    urls = [f"https://news.example/2025/06/0{n % 9 + 1}/story-{n}/" for n in range(13)]
    name = "site.warc.gz" if gzip_ else "site.warc"
    pages = [(url, 200, HTML, long_page(n)) for n, url in enumerate(urls)]
    return write_warc(tmp_path / name, *pages, gzip_=gzip_), urls


def cut(path: Path, fraction: float) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


@pytest.mark.parametrize("gzip_", [True, False], ids=["warc.gz", "warc"])
def test_a_record_cut_mid_payload_is_never_replayed(tmp_path: Path, gzip_: bool) -> None:
    """A WARC cut at 50% replayed its last, half record as a whole page, exit 0, no warning."""
    path, urls = thirteen_pages(tmp_path, gzip_=gzip_)
    mw = replay_mw(cut(path, 0.5))
    assert stats(mw)["warc_replay/damaged"] >= 1
    assert len(mw.truncated) == 1
    (torn,) = [url for url in urls if _key(url) in mw.truncated]
    whole = urls[: urls.index(torn)]
    assert len(whole) >= 4
    for url in whole:
        assert fetch(mw, url).status == 200
    with pytest.raises(ResponseDataLossError):
        mw.process_request(Request(torn))
    assert stats(mw)["warc_replay/truncated"] == 1
    # DOWNLOAD_FAIL_ON_DATALOSS=False: the partial page, flagged, as a live download gives it.
    partial = mw.process_request(Request(torn, meta={"download_fail_on_dataloss": False}))
    assert isinstance(partial, Response)
    assert "dataloss" in partial.flags


def test_a_whole_archive_has_no_damage(tmp_path: Path) -> None:
    path, _ = thirteen_pages(tmp_path, gzip_=True)
    scan = scan_archives([path])
    assert (len(scan.records), scan.truncated, scan.damage) == (13, set(), [])


def test_junk_after_the_records_is_damage(tmp_path: Path) -> None:
    path, _ = thirteen_pages(tmp_path, gzip_=True)
    with path.open("ab") as fh:
        fh.write(b"\x1f\x8b\x08 not really gzip")
    scan = scan_archives([path])
    assert len(scan.records) == 13
    assert scan.damage


def test_a_file_that_is_not_a_warc_is_one_error(tmp_path: Path) -> None:
    junk = tmp_path / "crawl.warc.gz"
    junk.write_bytes(b"<html>not an archive</html>")
    with pytest.raises(WarcReplayError, match=r"crawl\.warc\.gz is not a WARC file"):
        replay_mw(junk)


def test_replay_honours_download_maxsize(tmp_path: Path) -> None:
    url = "https://news.example/2025/06/01/huge/"
    body = b"<html><body>" + b"<p>x</p>" * 4000 + b"</body></html>"
    path = write_warc(tmp_path / "a.warc.gz", (url, 200, HTML, body))
    crawler = get_crawler(settings_dict={"WARC_REPLAY": str(path), "DOWNLOAD_MAXSIZE": 1000})
    mw = WarcReplayMiddleware.from_crawler(crawler)
    with pytest.raises(DownloadCancelledError, match="download max size"):
        mw.process_request(Request(url))
    small = mw.process_request(Request(url, meta={"download_maxsize": len(body)}))
    assert isinstance(small, Response)
    assert small.body == body


def test_a_crawl_replayed_from_a_torn_archive_is_not_healthy(tmp_path: Path) -> None:
    """The sample site cut in the middle of an article: that article is a truncated reject,
    the archive a warning, and the crawl exits with the health checks' code."""
    sample = Path(__file__).resolve().parents[1] / "samples" / "firstpost.warc.gz"
    plain = gzip.decompress(sample.read_bytes())
    articles = {
        json.loads(line)["url"]
        for line in sample.with_suffix("").with_suffix(".jsonl").read_text().splitlines()
    }
    stream = BytesIO(plain)
    records = ArchiveIterator(stream)
    for record in records:
        url = record.rec_headers.get_header("WARC-Target-URI")
        if record.rec_type == "response" and url in articles:
            record.raw_stream.read()
            start, length = records.get_record_offset(), records.get_record_length()
            torn = url
    warc = tmp_path / "torn.warc"
    warc.write_bytes(plain[: start + length // 2])
    command = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "firstpost",
        "-O",
        str(tmp_path / "f.jsonl"),
    ]
    command += ["-s", f"WARC_REPLAY={warc}", "-s", f"LOG_FILE={tmp_path / 'log.txt'}"]
    done = subprocess.run(
        command, check=False, cwd=sample.parents[1], env=ENV, capture_output=True, text=True
    )
    log = (tmp_path / "log.txt").read_text(encoding="utf-8")
    assert done.returncode == 3, log[-3000:]
    assert "Torn WARC archive" in log
    assert "FAIL    ArchiveMonitor" in (tmp_path / "f.jsonl.health.txt").read_text(encoding="utf-8")
    rejects = (tmp_path / "f.jsonl.rejects.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["url"]: json.loads(line)["reason"] for line in rejects}.get(
        torn
    ) == "truncated"
    feed = (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()
    assert torn not in {json.loads(line)["url"] for line in feed}

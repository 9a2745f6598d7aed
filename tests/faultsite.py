"""A Firstpost-like site on 127.0.0.1 that misbehaves on purpose, URL by URL (synthetic pages)."""

from __future__ import annotations

import gzip
import json
import math
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

SITE = "https://www.firstpost.com"


@dataclass(frozen=True)
class Page:
    """One article URL of the site and how it misbehaves."""

    slug: str
    fault: str = "ok"
    section: str = "india"
    #: The canonical URL the page declares (site path), when not its own.
    canonical: str | None = None
    #: What the crawl must make of it: "item", "moved" (its new address is an item), "duplicate"
    #: (it or its canonical twin is rejected as such), or the reject reason.
    outcome: str = "item"
    #: Extra numbers a fault needs (seconds to wait, redirect target ...).
    arg: Any = None

    @property
    def path(self) -> str:
        return f"/{self.section}/{self.slug}.html"


@dataclass
class Hit:
    """One request as the server saw it arrive (wall-clock time) and answered it."""

    at: float
    path: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)


# Ids are 8 digits like current Firstpost articles; every slug ends in its id.
FAULTY: tuple[Page, ...] = (
    Page("monsoon-arrives-early-in-kerala-14000001"),
    Page("state-budget-passes-after-long-debate-14000002", "status", arg=[500]),
    Page("metro-line-opens-to-commuters-14000003", "status", arg=[502, 502]),
    Page("river-cleanup-drive-finds-plastic-14000004", "status", arg=[503]),
    Page("exam-results-delayed-by-a-week-14000005", "status", arg=[403]),
    Page("court-reserves-verdict-in-land-case-14000006", "retry_after", arg=(429, 2)),
    Page("power-cuts-hit-northern-districts-14000007", "retry_after_date", arg=(429, 2)),
    Page("airport-expansion-plan-cleared-14000008", "retry_after", arg=(503, 1)),
    Page("farmers-welcome-new-procurement-rules-14000009", "slow", arg=0.6),
    Page("heatwave-warning-issued-for-capital-14000010", "timeout_once"),
    Page("startup-raises-funds-for-ev-chargers-14000011", "reset_once"),
    Page("library-reopens-after-renovation-14000012", "truncated_once"),
    Page("festival-crowds-test-city-transport-14000013", "cp1252_no_charset"),
    Page("hindi-film-breaks-weekend-record-14000014", "wrong_charset"),
    Page("quotes-from-the-assembly-session-14000015", "mixed_bytes"),
    Page("odd-bytes-in-a-wire-copy-14000016", "control_chars"),
    Page("tangled-markup-still-reads-fine-14000017", "malformed_html"),
    Page("broken-structured-data-page-14000018", "broken_jsonld"),
    Page(
        "old-address-of-a-story-14000019",
        "redirect_onsite",
        canonical="/india/new-address-of-a-story-14000020.html",
        outcome="moved",
    ),
    Page("new-address-of-a-story-14000020"),
    Page(
        "copy-of-the-monsoon-story-14000021",
        "ok",
        canonical="/india/monsoon-arrives-early-in-kerala-14000001.html",
        outcome="duplicate",
    ),
    Page("story-with-no-date-at-all-14000022", "no_date", outcome="missing_published_at"),
    Page("video-of-the-flood-rescue-14000023", "video", outcome="media_page"),
    Page("removed-story-14000024", "status", arg=[404] * 9, outcome="http_404"),
    Page("server-keeps-failing-14000025", "status", arg=[500] * 9, outcome="http_500"),
    Page(
        "rate-limited-for-hours-14000026",
        "retry_after",
        arg=(429, 99999),
        outcome="retry_after_too_long",
    ),
    Page("never-answers-in-time-14000027", "timeout_always", outcome="timeout"),
    Page("always-cut-short-14000028", "truncated_always", outcome="truncated"),
    Page("enormous-page-14000029", "oversized", outcome="too_large"),
    Page("compressed-bomb-14000030", "gzip_bomb", outcome="too_large"),
    Page(
        "loop-one-14000031",
        "redirect_loop",
        arg="/india/loop-two-14000032.html",
        outcome="redirect_loop",
    ),
    Page(
        "moved-elsewhere-14000033",
        "redirect_offsite",
        arg="http://evil.example.net/india/x-14000099.html",
        outcome="offsite_redirect",
    ),
    Page(
        "moved-to-a-file-14000034",
        "redirect_offsite",
        arg="file:///etc/passwd",
        outcome="bad_scheme_redirect",
    ),
    Page("hidden-from-robots-14000035", section="private", outcome="robots_txt"),
    Page("enormous-unannounced-page-14000036", "oversized_chunked", outcome="too_large"),
    Page(
        "refreshed-elsewhere-14000037",
        "meta_refresh",
        arg="http://evil.example.net/india/x-14000099.html",
        outcome="offsite_redirect",
    ),
    # Python reads the host after "@" (the site); browsers (WHATWG) read a backslash as "/".
    Page("backslash-in-location-14000038", "redirect_backslash", outcome="offsite_redirect"),
)
#: Pages only reached through a redirect.
REDIRECT_ONLY = ("/india/loop-two-14000032.html",)
#: Found only through the news sitemap, whose DOCTYPE tries entity expansion and XXE.
SITEMAP_ONLY = Page("found-through-the-sitemap-14000040", section="world")

# Entities must never be expanded: "laughs" grows to 10**6 copies, "xxe" reads a local file.
_DOCTYPE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE urlset [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY laughs "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
"""
NEWS_SITEMAP = (
    _DOCTYPE
    + f"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{SITE}{SITEMAP_ONLY.path}</loc>
<news:news><news:title>&laughs;</news:title>
<news:publication_date>2025-03-14T09:30:00+05:30</news:publication_date></news:news></url>
<url><loc>&xxe;</loc></url>
<url><loc>{SITE}/india/&xxe;-14000041.html</loc></url>
<url><loc>file:///etc/passwd</loc></url>
</urlset>"""
)
SITEMAP_INDEX = f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://evil.example.net/sitemap.xml</loc></sitemap>
<sitemap><loc>{SITE}/commonfeeds/v1/mfp/sitemap/google-news.xml</loc></sitemap>
</sitemapindex>"""
RSS = (
    _DOCTYPE.replace("urlset", "rss")
    + f"""<rss version="2.0"><channel><title>&laughs;</title>
<item><title>&xxe;</title><link>{SITE}{SITEMAP_ONLY.path}</link></item>
</channel></rss>"""
)


def article_html(page: Page, *, title: str | None = None, with_date: bool = True) -> str:
    """A current-design ("mfp") Firstpost article, in words of our own."""
    title = title or page.slug.rsplit("-", 1)[0].replace("-", " ").capitalize()
    canonical = SITE + (page.canonical or page.path)
    date = "2025-03-14T09:30:00+05:30"
    meta_date = f'<meta itemprop="datePublished" content="{date}">' if with_date else ""
    visible = " • March 14, 2025, 09:30:00 IST" if with_date else ""
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "author": {"@type": "Person", "name": "Asha Menon"},
        "mainEntityOfPage": canonical,
    }
    if with_date:
        ld["datePublished"] = date
    paragraphs = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            f"{title}, officials said on Friday, in a statement read out to reporters.",
            "The decision follows weeks of consultation with residents and local groups.",
            "Opposition members asked for more detail before the next session begins.",
            "A review of the first month is expected to be published by the department.",
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - Firstpost</title>
<link rel="canonical" href="{canonical}">
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
{meta_date}
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body><section class="dtls-left-col"><h1>{title}</h1>
<div class="art-desc"><p><span class="less-cont">What changed, and who it affects.</span></p></div>
<div class="art-dtls-info"><a href="/author/asha-menon/">Asha Menon</a>{visible}</div>
<div class="art-content">{paragraphs}</div>
<div class="tag-cont-wp"><a href="/tag/civic-news">Civic news</a></div>
</section><a href="/">Home</a></body></html>"""


def listing_html(links: list[str], next_page: str | None = None) -> str:
    anchors = "".join(f'<a class="en-nw-list" href="{href}">Story</a>\n' for href in links)
    nxt = (
        f'<ul class="pagination"><li class="next"><a href="{next_page}">Next</a></li></ul>'
        if next_page
        else ""
    )
    head = "<!DOCTYPE html><html><head><meta charset='utf-8'></head>"
    return f"{head}<body>{anchors}{nxt}</body></html>"


BAD_LINKS = (
    "javascript:alert(document.cookie)",
    "mailto:desk@firstpost.com",
    "file:///etc/passwd",
    "data:text/html;base64,PGgxPmhpPC9oMT4=",
    "ftp://www.firstpost.com/india/ftp-copy-14000098.html",
    "http://evil.example.net/india/elsewhere-14000097.html",
    "//evil.example.net/category/india",
)


class FaultSite:
    """The site's pages, faults and request log; serve it with :func:`serve`."""

    def __init__(
        self,
        pages: tuple[Page, ...] = FAULTY,
        *,
        crawl_delay: float | None = 0.05,
        huge_listing: int = 20_000,
        timeout: float = 1.5,
        maxsize: int = 2 * 1024 * 1024,
        sitemaps: bool = True,
    ) -> None:
        self.pages = {p.path: p for p in pages}
        #: Pages linked from the listings (the sitemap-only page is not).
        self.linked = [p.path for p in pages]
        self.sitemaps = sitemaps
        if sitemaps:
            self.pages[SITEMAP_ONLY.path] = SITEMAP_ONLY
        self.crawl_delay = crawl_delay
        self.huge_listing = huge_listing
        self.timeout = timeout
        self.maxsize = maxsize
        self.log: list[Hit] = []
        #: TCP connections accepted (HTTP/1.0: one per request), whether or not a request came.
        self.connections = 0
        self.counts: dict[str, int] = {}
        #: For Retry-After in HTTP-date form: path -> the epoch second the retry may come at.
        self.retry_at: dict[str, float] = {}
        self.lock = threading.Lock()
        self._bomb: bytes | None = None

    def hit(self, path: str) -> int:
        with self.lock:
            self.counts[path] = self.counts.get(path, 0) + 1
            return self.counts[path]

    def record(self, hit: Hit) -> None:
        with self.lock:
            self.log.append(hit)

    def listings(self) -> dict[str, str]:
        paths = self.linked
        half = len(paths) // 2
        pages = {
            "/": listing_html(
                ["/category/india", "/category/world", "/category/huge", paths[0], *BAD_LINKS]
            ),
            "/category/india": listing_html(paths[:half], next_page="/category/india/page/2"),
            "/category/india/page/2": listing_html(paths[half:]),
            "/category/world": listing_html(
                [
                    SITE + paths[0] + "?utm_source=twitter&ref=home",
                    "http://firstpost.com" + paths[0] + "/amp",
                    *BAD_LINKS,
                ]
            ),
        }
        if self.huge_listing:
            first = paths[0]
            links = [
                f"/tag/topic-{n}" if n % 2 else f"{first}?utm_source=n{n}"
                for n in range(self.huge_listing)
            ]
            pages["/category/huge"] = listing_html(links)
        return pages

    def robots(self) -> str:
        delay = f"Crawl-delay: {self.crawl_delay}\n" if self.crawl_delay else ""
        return (
            f"User-agent: *\n{delay}Disallow: /private/\nDisallow: /search/\n\n"
            f"Sitemap: {SITE}/sitemaps/index.xml\n"
        )

    def documents(self) -> dict[str, tuple[str, str]]:
        """Sitemaps and feeds: path -> (content type, text)."""
        if not self.sitemaps:
            return {}
        return {
            "/sitemaps/index.xml": ("application/xml", SITEMAP_INDEX),
            "/commonfeeds/v1/mfp/sitemap/google-news.xml": ("application/xml", NEWS_SITEMAP),
            "/commonfeeds/v1/mfp/rss/home.xml": ("application/rss+xml", RSS),
        }

    def bomb(self) -> bytes:
        if self._bomb is None:
            self._bomb = gzip.compress(b"\0" * (self.maxsize * 16), compresslevel=9)
        return self._bomb


class Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the site keeps its own log

    def do_GET(self) -> None:
        site = self.server.site
        # Recorded on arrival: the client may give up before the answer (timeouts, sizes).
        hit = Hit(time.time(), self.path, 0, dict(self.headers.items()))
        site.record(hit)
        hit.status = self.route(site, self.path.split("?", 1)[0])

    def send(
        self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str
    ) -> int:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)
        return status

    def route(self, site: FaultSite, path: str) -> int:
        if path == "/robots.txt":
            return self.send(200, site.robots().encode(), "text/plain")
        if path in (documents := site.documents()):
            ctype, text = documents[path]
            return self.send(200, text.encode(), ctype)
        listings = site.listings()
        if path in listings:
            return self.send(200, listings[path].encode())
        page = site.pages.get(path)
        if page is None:
            if path in REDIRECT_ONLY:
                target = next(p.path for p in site.pages.values() if p.fault == "redirect_loop")
                return self.send(302, b"", Location=target)
            return self.send(404, b"<html><body>Not found</body></html>")
        number = site.hit(path)
        return getattr(self, f"fault_{page.fault}")(site, page, number)

    def article(self, page: Page) -> int:
        return self.send(200, article_html(page).encode())

    def fault_ok(self, site: FaultSite, page: Page, number: int) -> int:
        return self.article(page)

    def fault_status(self, site: FaultSite, page: Page, number: int) -> int:
        statuses: list[int] = page.arg
        if number <= len(statuses):
            return self.send(statuses[number - 1], b"<html><body>Try later</body></html>")
        return self.article(page)

    def fault_retry_after(self, site: FaultSite, page: Page, number: int) -> int:
        status, seconds = page.arg
        if number == 1 or seconds > 1000:
            return self.send(status, b"slow down", "text/plain", Retry_After=str(seconds))
        return self.article(page)

    def fault_retry_after_date(self, site: FaultSite, page: Page, number: int) -> int:
        status, seconds = page.arg
        if number == 1:
            now = time.time()
            # HTTP dates have whole seconds: the server's Date rounds down, Retry-After up.
            page_headers = {
                "Date": formatdate(math.floor(now), usegmt=True),
                "Retry_After": formatdate(math.ceil(now) + seconds, usegmt=True),
            }
            site.retry_at[page.path] = math.ceil(now) + seconds
            return self.send(status, b"slow down", "text/plain", **page_headers)
        return self.article(page)

    def fault_slow(self, site: FaultSite, page: Page, number: int) -> int:
        time.sleep(page.arg)
        return self.article(page)

    def fault_timeout_once(self, site: FaultSite, page: Page, number: int) -> int:
        if number == 1:
            time.sleep(site.timeout + 0.5)
        return self.article(page)

    def fault_timeout_always(self, site: FaultSite, page: Page, number: int) -> int:
        time.sleep(site.timeout + 0.5)
        return self.article(page)

    def reset(self) -> int:
        # SO_LINGER with a zero timeout turns close() into a TCP reset.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        return 0

    def fault_reset_once(self, site: FaultSite, page: Page, number: int) -> int:
        return self.reset() if number == 1 else self.article(page)

    def truncated(self, page: Page) -> int:
        body = article_html(page).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body) + 4096))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        return self.reset()

    def fault_truncated_once(self, site: FaultSite, page: Page, number: int) -> int:
        return self.truncated(page) if number == 1 else self.article(page)

    def fault_truncated_always(self, site: FaultSite, page: Page, number: int) -> int:
        return self.truncated(page)

    def fault_oversized(self, site: FaultSite, page: Page, number: int) -> int:
        filler = b"<p>" + b"x" * 1000 + b"</p>\n"
        body = (
            article_html(page)
            .encode()
            .replace(b"</body>", filler * (site.maxsize // 1000 + 100) + b"</body>")
        )
        return self.send(200, body)

    def fault_oversized_chunked(self, site: FaultSite, page: Page, number: int) -> int:
        # No Content-Length: the client only learns the size while reading.
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        chunk = b"<p>" + b"y" * 4090 + b"</p>\n"
        for _ in range(site.maxsize // len(chunk) + 64):
            self.wfile.write(chunk)
        return 200

    def fault_gzip_bomb(self, site: FaultSite, page: Page, number: int) -> int:
        return self.send(200, site.bomb(), Content_Encoding="gzip")

    def fault_redirect_loop(self, site: FaultSite, page: Page, number: int) -> int:
        return self.send(302, b"", Location=page.arg)

    def fault_redirect_offsite(self, site: FaultSite, page: Page, number: int) -> int:
        return self.send(301, b"", Location=page.arg)

    def fault_meta_refresh(self, site: FaultSite, page: Page, number: int) -> int:
        refresh = f'<meta http-equiv="refresh" content="0; url={page.arg}">'
        html = f"<!DOCTYPE html><html><head>{refresh}</head><body>Moved</body></html>"
        return self.send(200, html.encode())

    def fault_redirect_backslash(self, site: FaultSite, page: Page, number: int) -> int:
        port = self.server.server_address[1]
        target = f"http://127.0.0.1:{port}\\@www.firstpost.com/india/x-14000096.html"
        return self.send(302, b"", Location=target)

    def fault_redirect_onsite(self, site: FaultSite, page: Page, number: int) -> int:
        return self.send(301, b"", Location=page.canonical or "/")

    def fault_cp1252_no_charset(self, site: FaultSite, page: Page, number: int) -> int:
        html = article_html(page, title="Crowds \u201cpacked\u201d the stations \u2013 again")
        html = html.replace('<meta charset="utf-8">', "")
        return self.send(200, html.encode("cp1252"), "text/html")

    def fault_wrong_charset(self, site: FaultSite, page: Page, number: int) -> int:
        html = article_html(page, title="\u0939\u093f\u0902\u0926\u0940 film breaks the record")
        html = html.replace('<meta charset="utf-8">', "")
        return self.send(200, html.encode("utf-8"), "text/html; charset=iso-8859-1")

    def fault_mixed_bytes(self, site: FaultSite, page: Page, number: int) -> int:
        body = article_html(page, title="Quotes from the assembly session").encode()
        body = body.replace(b"officials said", b"officials said \x93enough\x94 \x96 and").replace(
            b"residents", b"r\xe9sidents"
        )
        return self.send(200, body)

    def fault_control_chars(self, site: FaultSite, page: Page, number: int) -> int:
        html = article_html(page, title="Odd bytes in a wire copy")
        html = html.replace("officials said", "officials\x00 said\x07 \x1b[31m\x0b").replace(
            '"headline": "Odd bytes in a wire copy"',
            '"headline": "Odd \\ud83d bytes\\u0000 in a wire copy \\udfff"',
        )
        html = html.replace("Opposition members", "Opposition &#xD800; members &#0; &#x1F;")
        return self.send(200, html.encode("utf-8", "surrogatepass"))

    def fault_malformed_html(self, site: FaultSite, page: Page, number: int) -> int:
        html = article_html(page).replace("</p>", "").replace("</div>", "</span></div></b>", 2)
        html = html.replace("<h1>", "<h1 class=unquoted <<>").replace(
            "</section>", "<table><tr><td>"
        )
        return self.send(200, html.encode())

    def fault_broken_jsonld(self, site: FaultSite, page: Page, number: int) -> int:
        html = article_html(page)
        start = html.index('<script type="application/ld+json">') + len(
            '<script type="application/ld+json">'
        )
        html = (
            html[:start]
            + '{"@type": "NewsArticle", "headline": "half, "author": [,,]'
            + html[html.index("</script>", start) :]
        )
        return self.send(200, html.encode())

    def fault_no_date(self, site: FaultSite, page: Page, number: int) -> int:
        return self.send(200, article_html(page, with_date=False).encode())

    def fault_video(self, site: FaultSite, page: Page, number: int) -> int:
        html = article_html(page).replace('content="article"', 'content="video.other"')
        return self.send(200, html.encode())


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 drops connections on a busy machine: the client's
    # SYN is then retried a second later and may time out without ever reaching us.
    request_queue_size = 128

    def __init__(self, site: FaultSite) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.site = site

    def process_request(self, request: Any, client_address: Any) -> None:
        # Counted on accept, before any byte is read: a client that gives up before its
        # request line is parsed (a timeout on a busy machine) still made a connection.
        with self.site.lock:
            self.site.connections += 1
        super().process_request(request, client_address)

    def drain(self) -> None:
        """Count connections still waiting in the listen backlog once serving has stopped."""
        self.socket.setblocking(False)
        while True:
            try:
                connection, _ = self.socket.accept()
            except (BlockingIOError, OSError):
                return
            connection.close()
            with self.site.lock:
                self.site.connections += 1

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # resets, timeouts and cancelled downloads break pipes on purpose


@contextmanager
def serve(site: FaultSite) -> Iterator[str]:
    """Serve ``site`` on an ephemeral loopback port; yield its base URL."""
    server = Server(site)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.drain()
        server.server_close()
        thread.join(timeout=5)


def clean_site(count: int = 12, fault: str = "ok", arg: Any = None) -> tuple[Page, ...]:
    """A well-behaved site of ``count`` articles (or all with one fault)."""
    return tuple(
        Page(f"plain-story-number-{n}-{14100000 + n}", fault, arg=arg) for n in range(count)
    )


class SendLog:
    """Test extension: each request the downloader sends, with the delay its slot decided.

    Wraps ``Downloader._process_queue``: when it sends, it sets ``slot.lastseen`` to the
    crawler's monotonic clock, and the next send of that slot waits until ``lastseen +
    delay``. Writes JSON lines to the file in the ``SEND_LOG`` setting at close.
    """

    def __init__(self, crawler: Any) -> None:
        from scrapy import signals

        self.crawler = crawler
        self.rows: list[dict[str, Any]] = []
        crawler.signals.connect(self.engine_started, signal=signals.engine_started)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> SendLog:
        return cls(crawler)

    def engine_started(self) -> None:
        downloader = self.crawler.engine.downloader
        original = downloader._process_queue

        def process_queue(slot: Any) -> None:
            before = slot.lastseen
            original(slot)
            if slot.lastseen != before:
                key = next((k for k, v in downloader.slots.items() if v is slot), "")
                self.rows.append(
                    {"slot": key, "sent": slot.lastseen, "delay": slot.delay, "jitter": slot.jitter}
                )

        downloader._process_queue = process_queue

    def spider_closed(self) -> None:
        path = self.crawler.settings.get("SEND_LOG")
        if path:
            lines = "".join(json.dumps(row) + "\n" for row in self.rows)
            Path(path).write_text(lines, encoding="utf-8")

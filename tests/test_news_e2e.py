"""End to end: `scrapy crawl news -a site=<home>` over the recorded general news sites in samples/.

Each site folder (``samples/<site>/``) holds the readable source of a recorded site, its
hand-written ``expected.json`` (every field of every text article) and ``expected_rejects.json``
(pages that must or may be rejected, and URLs no crawl may request). The tests replay the
site's WARC through the real `scrapy crawl` command and compare what the crawler decided.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from warcio.warcwriter import WARCWriter

from newscrawl.items import Article
from newscrawl.schema import validate_article
from newscrawl.warc import write_response_record
from tests.newssite import WHEN, crawl_news

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FIELDS = [field.name for field in dataclasses.fields(Article)]


@dataclass(frozen=True)
class Site:
    """A recorded general news site and what a crawl of it must give."""

    name: str
    home: str
    #: Articles each ``-a sources=`` value must export, by URL path (the rest of expected.json
    #: is not reachable that way); the default crawl must export every expected article.
    by_source: dict[str, tuple[str, ...]]

    @property
    def folder(self) -> Path:
        return SAMPLES / self.name

    @property
    def warc(self) -> Path:
        return SAMPLES / f"{self.name}.warc.gz"

    @property
    def registered_domain(self) -> str:
        host = urlsplit(self.home).hostname or ""
        return host.removeprefix("www.")

    def expected(self) -> dict[str, dict[str, Any]]:
        items = json.loads((self.folder / "expected.json").read_text(encoding="utf-8"))
        return {item["url"]: item for item in items}

    def rejects(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(
            (self.folder / "expected_rejects.json").read_text(encoding="utf-8")
        )
        return data


SPREE = Site(
    "spreecourier",
    "https://www.spreecourier.com/",
    by_source={
        # robots.txt -> sitemap_index.xml -> post-, page- and news-sitemap
        "sitemaps": (
            "/2026/11/14/senate-approves-night-tram-budget/",
            "/2026/11/13/river-swimming-could-return-to-the-spree-canal-by-2029/",
            "/2026/11/12/battery-recycling-start-up-raises-40-million-euros/",
            "/2026/11/10/gropius-bau-to-show-three-decades-of-club-posters/",
            "/2026/11/03/wedding-neighbourhood-cinema-reopens/",
            "/2026/11/09/kreuzberg-market-hall-opens-on-sundays/",
            "/2026/11/11/bike-maker-moves-production-to-brandenburg/",
            "/2026/11/06/a-sunday-walk-along-the-old-customs-wall/",
            "/2026/11/07/districts-ask-for-staff-to-clear-id-card-backlog/",
            "/2026/11/15/water-utility-warns-of-falling-groundwater/",
        ),
        # the RSS feed announced by <link rel="alternate"> (not at a usual feed path)
        "feeds": (
            "/2026/11/15/airport-reports-record-november-freight/",
            "/2026/11/14/senate-approves-night-tram-budget/",
            "/2026/11/12/battery-recycling-start-up-raises-40-million-euros/",
            "/2026/11/03/wedding-neighbourhood-cinema-reopens/",
        ),
        # home page, its sections and their pages
        "sections": (
            "/2026/11/14/senate-approves-night-tram-budget/",
            "/2026/11/13/river-swimming-could-return-to-the-spree-canal-by-2029/",
            "/2026/11/12/battery-recycling-start-up-raises-40-million-euros/",
            "/2026/11/10/gropius-bau-to-show-three-decades-of-club-posters/",
            "/2026/11/03/wedding-neighbourhood-cinema-reopens/",
            "/2026/10/20/coalition-agrees-to-extend-rent-cap/",
            "/2026/11/09/kreuzberg-market-hall-opens-on-sundays/",
            "/2026/11/11/bike-maker-moves-production-to-brandenburg/",
            "/2026/11/06/a-sunday-walk-along-the-old-customs-wall/",
            "/2026/11/07/districts-ask-for-staff-to-clear-id-card-backlog/",
        ),
    },
)
EAST_RIVER = Site(
    "eastriverpost",
    "https://www.eastriverpost.com/",
    by_source={
        "sitemaps": (
            "/news/world/harbor-pilots-end-strike-after-three-days-48213377",
            "/news/nation/ferry-fares-to-rise-in-january-48216120",
        ),
        "feeds": (
            "/business/bakery-chain-opens-fifth-store-in-queens-48218002",
            "/news/world/harbor-pilots-end-strike-after-three-days-48213377",
        ),
        "sections": (
            "/news/world/harbor-pilots-end-strike-after-three-days-48213377",
            "/news/nation/ferry-fares-to-rise-in-january-48216120",
            "/news/nation/state-expands-free-school-meals-48210045",
        ),
    },
)
SITES = {site.name: site for site in (SPREE, EAST_RIVER)}

# Log lines that stand for one request sent to the downloader (LOG_LEVEL=DEBUG).
_REQUEST_LINES = re.compile(
    r"(?:Crawled \(\d+\) <GET (?P<crawled>\S+)>"
    r"|Redirecting \(\d+\) to <GET \S+> from <GET (?P<redirected>\S+)>"
    r"|Retrying <GET (?P<retried>\S+)>)"
)
_INT_STAT = re.compile(r"'(?P<key>[^']+)': (?P<value>\d+)[,}]")


@dataclass
class Crawl:
    returncode: int
    log: str
    items: list[dict[str, Any]]
    rejects: list[dict[str, Any]]

    @property
    def requested(self) -> list[str]:
        return [
            next(url for url in match.groupdict().values() if url)
            for match in _REQUEST_LINES.finditer(self.log)
        ]

    @property
    def stats(self) -> dict[str, int]:
        dump = self.log.rpartition("Dumping Scrapy stats:")[2]
        return {m["key"]: int(m["value"]) for m in _INT_STAT.finditer(dump)}

    def by_url(self) -> dict[str, list[dict[str, Any]]]:
        found: dict[str, list[dict[str, Any]]] = {}
        for item in self.items:
            found.setdefault(item.get("url"), []).append(item)  # type: ignore[arg-type]
        return found


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def run_news(out: Path, *args: str) -> Crawl:
    """`scrapy crawl news ARGS -O out` in the checkout, with the log at DEBUG."""
    command = [
        sys.executable, "-m", "scrapy", "crawl", "news", *args,
        "-s", "LOG_LEVEL=DEBUG", "-s", "STATS_DUMP=True",  # request lines and stats in the log
        "-O", str(out),
    ]  # fmt: skip
    proc = subprocess.run(
        command, check=False, cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    rejects = _jsonl(out.with_name(out.name + ".rejects.jsonl"))
    return Crawl(proc.returncode, proc.stderr, _jsonl(out), rejects)


@cache
def _crawl(site_name: str, tmp: Path, *args: str) -> Crawl:
    site = SITES[site_name]
    out = tmp / f"{site_name}-{abs(hash(args))}.jsonl"
    return run_news(
        out, "-a", f"site={site.home}", *args, "-s", f"WARC_REPLAY={site.warc.relative_to(ROOT)}"
    )


@pytest.fixture(scope="module")
def crawl_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("news-e2e")


def crawl(crawl_dir: Path, site: Site, *args: str) -> Crawl:
    return _crawl(site.name, crawl_dir, *args)


def _diff(item: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    return [
        f"{field}: expected {expected.get(field)!r}, got {item.get(field)!r}"
        for field in FIELDS
        if item.get(field) != expected.get(field)
    ]


def _check_exports(result: Crawl, site: Site, paths: tuple[str, ...] | None) -> None:
    """Exactly the expected articles, each once, every field as expected.json says."""
    assert result.returncode == 0, result.log[-3000:]
    expected = site.expected()
    wanted = set(expected) if paths is None else {site.home.rstrip("/") + path for path in paths}
    assert wanted <= set(expected), f"test lists articles that expected.json lacks: {wanted}"
    exported = result.by_url()
    assert not (missing := sorted(wanted - set(exported))), f"articles not exported: {missing}"
    unexpected = sorted(set(exported) - wanted, key=str)
    assert not unexpected, f"exported but not expected: {unexpected}"
    repeated = {url: len(items) for url, items in exported.items() if len(items) > 1}
    assert not repeated, f"exported more than once: {repeated}"
    wrong = {url: d for url in sorted(wanted) if (d := _diff(exported[url][0], expected[url]))}
    assert not wrong, "fields differ:\n" + "\n".join(
        f"{url}\n    " + "\n    ".join(d) for url, d in wrong.items()
    )


# --- the default crawl: every way in ------------------------------------------------------------


@pytest.fixture(scope="module", params=sorted(SITES))
def site(request: pytest.FixtureRequest) -> Site:
    return SITES[request.param]


def test_crawl_exits_cleanly(crawl_dir: Path, site: Site) -> None:
    result = crawl(crawl_dir, site)
    assert result.returncode == 0, result.log[-3000:]
    assert "Dumping Scrapy stats:" in result.log
    errors = [line for line in result.log.splitlines() if "] ERROR:" in line]
    assert not errors, errors[:20]
    assert not {k: v for k, v in result.stats.items() if k.startswith("spider_exceptions/")}


def test_each_text_article_once_and_nothing_else(crawl_dir: Path, site: Site) -> None:
    result = crawl(crawl_dir, site)
    assert result.returncode == 0, result.log[-3000:]
    exported = result.by_url()
    expected = site.expected()
    assert not (missing := sorted(set(expected) - set(exported))), f"not exported: {missing}"
    unexpected = sorted(set(exported) - set(expected), key=str)
    assert not unexpected, f"exported but not expected: {unexpected}"
    repeated = {url: len(items) for url, items in exported.items() if len(items) > 1}
    assert not repeated, f"exported more than once: {repeated}"


def _article_field_cases() -> list[Any]:
    cases = []
    for site in SITES.values():
        for url in sorted(site.expected()):
            slug = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1][:40]
            cases += [pytest.param(site.name, url, f, id=f"{site.name}:{slug}:{f}") for f in FIELDS]
    return cases


@pytest.mark.parametrize(("site_name", "url", "field"), _article_field_cases())
def test_field(crawl_dir: Path, site_name: str, url: str, field: str) -> None:
    site = SITES[site_name]
    items = crawl(crawl_dir, site).by_url().get(url)
    assert items, f"{url} was not exported"
    expected = site.expected()[url][field]
    got = items[0].get(field)
    assert got == expected, f"{url} field {field!r}: expected {expected!r}, got {got!r}"


def test_rejects_are_the_expected_ones(crawl_dir: Path, site: Site) -> None:
    result = crawl(crawl_dir, site)
    spec = site.rejects()
    allowed = {entry["url"]: entry["reasons"] for entry in spec["must"] + spec["may"]}
    got: dict[str, str] = {}
    for line in result.rejects:
        got.setdefault(line["url"], line["reason"])
    for entry in spec["must"]:
        assert entry["url"] in got, f"not rejected ({entry['why']}): {entry['url']}"
    wrong = {url: reason for url, reason in got.items() if reason not in allowed.get(url, ())}
    assert not wrong, f"rejects not in expected_rejects.json (url: reason): {wrong}"


def test_no_request_offsite_or_disallowed(crawl_dir: Path, site: Site) -> None:
    result = crawl(crawl_dir, site)
    requested = result.requested
    assert requested, "no request lines in the log (is LOG_LEVEL=DEBUG honoured?)"
    domain = site.registered_domain
    offsite = sorted(
        {
            url
            for url in requested
            if not ((host := urlsplit(url).hostname or "") == domain or host.endswith("." + domain))
        }
    )
    assert not offsite, f"requests outside {domain}: {offsite}"
    forbidden = sorted(set(requested) & set(site.rejects()["never_requested"]))
    assert not forbidden, (
        f"requested although robots.txt, the site or its URL shape forbid: {forbidden}"
    )
    # every request the downloader counted appears in the log lines checked above
    assert result.stats.get("downloader/request_count") == len(requested), result.stats


@pytest.mark.parametrize("sources", [(), ("-a", "sources=sitemaps")])
def test_robots_txt_is_fetched_once_per_host(
    crawl_dir: Path, site: Site, sources: tuple[str, ...]
) -> None:
    """Scrapy's RobotsTxtMiddleware fetches it; discovery reads its Sitemap: lines from that."""
    result = crawl(crawl_dir, site, *sources)
    hosts = {urlsplit(url).netloc for url in result.requested}
    robots = {host: result.requested.count(f"https://{host}/robots.txt") for host in hosts}
    assert robots == dict.fromkeys(hosts, 1), robots
    assert result.stats["robotstxt/request_count"] == len(hosts)
    if sources:  # the sitemaps robots.txt names were read: their articles are exported
        _check_exports(result, site, site.by_source["sitemaps"])


def test_every_item_validates(crawl_dir: Path, site: Site) -> None:
    for item in crawl(crawl_dir, site).items:
        validate_article(item)


def test_every_date_found_its_zone_on_the_site(crawl_dir: Path, site: Site) -> None:
    """Each zoneless date on these sites has its zone on the same page: nothing is assumed."""
    stats = crawl(crawl_dir, site).stats
    guessed = {k: v for k, v in stats.items() if k.endswith(("/assumed_zone", "/dates/failed"))}
    assert not guessed, guessed


# --- job arguments ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["sitemaps", "feeds", "sections"])
def test_sources(crawl_dir: Path, site: Site, source: str) -> None:
    result = crawl(crawl_dir, site, "-a", f"sources={source}")
    _check_exports(result, site, site.by_source[source])
    forbidden = sorted(set(result.requested) & set(site.rejects()["never_requested"]))
    assert not forbidden, forbidden


def test_since_until_window(crawl_dir: Path) -> None:
    """No article is published within a day of either bound, so zone choices cannot matter."""
    result = crawl(crawl_dir, SPREE, "-a", "since=2026-11-08", "-a", "until=2026-11-12")
    _check_exports(
        result,
        SPREE,
        (
            "/2026/11/09/kreuzberg-market-hall-opens-on-sundays/",
            "/2026/11/10/gropius-bau-to-show-three-decades-of-club-posters/",
            "/2026/11/11/bike-maker-moves-production-to-brandenburg/",
            "/2026/11/12/battery-recycling-start-up-raises-40-million-euros/",
        ),
    )


def test_since_only(crawl_dir: Path) -> None:
    result = crawl(crawl_dir, EAST_RIVER, "-a", "since=2026-11-01")
    _check_exports(
        result,
        EAST_RIVER,
        (
            "/news/world/harbor-pilots-end-strike-after-three-days-48213377",
            "/news/nation/ferry-fares-to-rise-in-january-48216120",
            "/business/bakery-chain-opens-fifth-store-in-queens-48218002",
        ),
    )


def test_urls_exactly_these_articles(crawl_dir: Path) -> None:
    """An AMP link and a tracking-parameter link give the canonical articles, and nothing else."""
    urls = (
        "https://www.spreecourier.com/2026/11/14/senate-approves-night-tram-budget/amp/",
        (
            "https://www.spreecourier.com/2026/11/12/battery-recycling-start-up-raises-40-million-euros/"
            "?utm_source=newsletter&utm_medium=email"
        ),
    )
    result = crawl(crawl_dir, SPREE, "-a", "urls=" + ",".join(urls))
    _check_exports(
        result,
        SPREE,
        (
            "/2026/11/14/senate-approves-night-tram-budget/",
            "/2026/11/12/battery-recycling-start-up-raises-40-million-euros/",
        ),
    )
    articles = {
        u for u in result.requested if u not in ("https://www.spreecourier.com/robots.txt",)
    }
    assert len(articles) == 2, f"-a urls= requested more than its two articles: {sorted(articles)}"


def test_max_pages_stops_pagination(crawl_dir: Path) -> None:
    """With two listing pages per section, the story only on politics page 3 is not reached."""
    result = crawl(crawl_dir, SPREE, "-a", "sources=sections", "-a", "max_pages=2")
    paths = tuple(p for p in SPREE.by_source["sections"] if "coalition-agrees" not in p)
    _check_exports(result, SPREE, paths)
    assert "https://www.spreecourier.com/category/politics/page/3/" not in result.requested


def test_two_sites_in_one_crawl(tmp_path: Path) -> None:
    """Both recorded sites at once: each article once, with its own site's fields and zone."""
    result = run_news(
        tmp_path / "both.jsonl",
        "-a", f"site={SPREE.home},{EAST_RIVER.home}",
        "-s", "WARC_REPLAY=samples",
    )  # fmt: skip
    assert result.returncode == 0, result.log[-3000:]
    expected = SPREE.expected() | EAST_RIVER.expected()
    exported = result.by_url()
    assert sorted(exported, key=str) == sorted(expected)
    assert all(len(items) == 1 for items in exported.values()), "duplicates"
    wrong = {url: d for url in sorted(expected) if (d := _diff(exported[url][0], expected[url]))}
    assert not wrong, wrong


def test_second_run_with_a_store_exports_nothing_new(tmp_path: Path) -> None:
    """DEDUP_STORE: a scheduled re-run of an unchanged site exports nothing and does not fail."""
    store = f"DEDUP_STORE=sqlite:///{tmp_path / 'seen.sqlite'}"
    args = ("-a", f"site={SPREE.home}", "-s", f"WARC_REPLAY={SPREE.warc.relative_to(ROOT)}")
    first = run_news(tmp_path / "first.jsonl", *args, "-s", store)
    assert first.returncode == 0, first.log[-3000:]
    assert len(first.items) == len(SPREE.expected())
    second = run_news(tmp_path / "second.jsonl", *args, "-s", store)
    assert second.returncode == 0, second.log[-3000:]
    assert second.items == [], [item["url"] for item in second.items]


def test_timezone_argument_agrees_with_the_pages(crawl_dir: Path) -> None:
    """`-a timezone=` names the zone the pages already show: the export is the same."""
    result = crawl(crawl_dir, SPREE, "-a", "timezone=Europe/Berlin")
    _check_exports(result, SPREE, None)


# --- robots.txt that cannot be read --------------------------------------------------------------

_TIDE_HOST = "https://www.tidewater-ledger.example"
_TIDE_STORY = f"{_TIDE_HOST}/2026/11/18/harbour-dredging-contract-goes-to-local-firm/"


def _tidewater_warc(path: Path, robots_status: int) -> Path:
    """A site whose one story is listed only by /sitemap.xml, and whose robots.txt fails."""
    body = " ".join(
        f"Paragraph {n} of the dredging story: the harbour board voted on Tuesday, and the "
        "contract, worth four million, goes to a yard that has worked the channel for years."
        for n in range(1, 9)
    )
    story = (
        '<!doctype html><html lang="en"><head><title>Harbour dredging contract goes to local '
        'firm | Tidewater Ledger</title><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-18T09:15:00-05:00">'
        "</head><body><article><h1>Harbour dredging contract goes to local firm</h1>"
        '<p class="byline">By Ruth Okafor</p>'
        + "".join(f"<p>{part}.</p>" for part in body.split(". ") if part)
        + "</article></body></html>"
    )
    sitemap = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{_TIDE_STORY}</loc></url></urlset>"
    )
    home = (
        '<!doctype html><html lang="en"><head><title>Tidewater Ledger</title></head><body>'
        f'<nav><a href="{_TIDE_HOST}/about/">About</a></nav><p>Welcome.</p></body></html>'
    )
    records = [
        (f"{_TIDE_HOST}/robots.txt", robots_status, "text/plain", "Service Unavailable"),
        (f"{_TIDE_HOST}/", 200, "text/html", home),
        (f"{_TIDE_HOST}/sitemap.xml", 200, "application/xml", sitemap),
        (_TIDE_STORY, 200, "text/html; charset=utf-8", story),
    ]
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, text in records:
            write_response_record(
                writer, url, status, [("Content-Type", ctype)], text.encode(), date=WHEN
            )
    return path


@pytest.mark.parametrize("obey", ["True", "False"])
def test_robots_txt_that_fails_still_leads_to_the_usual_sitemaps(tmp_path: Path, obey: str) -> None:
    """A robots.txt answering 503 says nothing of the site's sitemaps: /sitemap.xml is tried.

    With ROBOTSTXT_OBEY Scrapy's middleware fetches it; without, the spider's own request does.
    """
    warc = _tidewater_warc(tmp_path / "tidewater.warc.gz", 503)
    out = tmp_path / "out.jsonl"
    # Scrapy logs the 503 as an error: on a site of four pages that is a tenth of the requests.
    result = crawl_news(
        warc, out, "-a", f"site={_TIDE_HOST}/", "-s", f"ROBOTSTXT_OBEY={obey}",
        "-s", "RETRY_TIMES=0", "-s", "NEWSCRAWL_MAX_ERROR_RATE=0.5",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text().splitlines()]
    assert [item["url"] for item in items] == [_TIDE_STORY]
    assert items[0]["published_at"] == "2026-11-18T14:15:00Z"

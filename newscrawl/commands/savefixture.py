"""``scrapy savefixture``: save a page as a fixture case, or re-parse saved cases."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import DropItem, UsageError
from scrapy.http import HtmlResponse, Response

from newscrawl.dates import to_utc_string
from newscrawl.extract import extract_article, spider_class
from newscrawl.pages import NotAnArticle

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

FIXTURES = Path("tests") / "fixtures"


def write_json(path: Path, data: Any) -> None:
    """Fixture JSON: sorted keys, UTF-8, indent 2, trailing newline."""
    path.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n", "utf-8")


def write_expectation(case: Path, spider: str) -> str:
    """(Re)write ``expected.json`` or ``exception.json`` of a case from its saved page."""
    meta = json.loads((case / "meta.json").read_text("utf-8"))
    response = HtmlResponse(url=meta["url"], body=(case / "response.html").read_bytes())
    for stale in ("expected.json", "exception.json"):
        (case / stale).unlink(missing_ok=True)
    try:
        write_json(case / "expected.json", extract_article(spider, response, meta["fetched_at"]))
    except (NotAnArticle, DropItem) as exc:
        reason = getattr(exc, "reason", str(exc))
        write_json(case / "exception.json", {"exception": type(exc).__name__, "reason": reason})
        return f"{case}: {type(exc).__name__} ({reason})"
    return f"{case}: expected.json drafted; correct it by hand, it is the specification"


def crawl_only_off(settings: Any) -> dict[str, Any]:
    """Settings that switch off what belongs to crawls: default feed, rejects, stats, health."""
    extensions = {
        path: None
        for path in settings.getdict("EXTENSIONS")
        if str(path).startswith(("newscrawl.", "spidermon."))
    }
    return {
        # Scrapy's start-up listings stay at DEBUG, as for crawls: the command says what it wrote.
        "ADDONS": {
            "newscrawl.feeds.DefaultFeedAddon": None,
            "newscrawl.extensions.QuietLogAddon": 0,
        },
        "EXTENSIONS": extensions,
        "FEEDS": {},
        "SPIDERMON_ENABLED": False,
    }


def case_slug(url: str) -> str:
    """A case folder name from a URL's last path segment: no query string, no odd characters.

    >>> case_slug("https://www.example.com/india/story-123.html?utm_source=rss#top")
    'story-123'
    >>> case_slug("https://www.example.com/2026-11-29/?utm_source=rss")
    '2026-11-29'
    >>> case_slug("https://x.example/a/why-are-indian-cities-planting-miyawaki-forests-and-do-they-work-1.html")
    'why-are-indian-cities-planting-miyawaki-forests-and-do-they'
    """
    path = urlsplit(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1].removesuffix(".html").removesuffix(".htm")
    return re.sub(r"[^A-Za-z0-9_-]+", "-", last).strip("-")[:60].rstrip("-") or "page"


class _FetchOnce(Spider):
    name = "savefixture"

    def __init__(self, url: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url = url
        self.responses: list[Response] = []

    async def start(self) -> Any:
        yield Request(self.url, callback=self.keep, dont_filter=True)

    def keep(self, response: Response) -> Iterator[Any]:
        self.responses.append(response)
        yield from ()


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "<spider> <url> [--case NAME] | <spider> --rerun CASE_DIR..."

    def short_desc(self) -> str:
        return "Save a page as a fixture case (response.html, meta.json, draft expected.json)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--case", help="case folder name (default: <today>-<slug>)")
        parser.add_argument("--note", default="", help="why this case exists (meta.json)")
        parser.add_argument("--rerun", action="store_true", help="re-parse saved cases")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) < 2:
            raise UsageError("give a spider name and a URL (or case folders with --rerun)")
        spider = args[0]
        spider_class(spider)  # fails early on an unknown spider
        if opts.rerun:
            for folder in args[1:]:
                print(write_expectation(Path(folder), spider))
            return
        url = args[1]
        assert self.crawler_process is not None
        # A project command, not a crawl: no feed, rejects, stats or health files.
        _FetchOnce.custom_settings = crawl_only_off(self.settings)
        crawler = self.crawler_process.create_crawler(_FetchOnce)
        self.crawler_process.crawl(crawler, url=url)
        self.crawler_process.start()
        fetched: list[Response] = getattr(crawler.spider, "responses", [])
        if not fetched:
            raise UsageError(f"could not fetch {url} (see the log above)")
        response = fetched[0]
        slug = case_slug(url)
        case = FIXTURES / spider / (opts.case or f"{datetime.now(UTC):%Y-%m-%d}-{slug}")
        case.mkdir(parents=True, exist_ok=True)
        (case / "response.html").write_bytes(response.body)
        fetched_at = response.meta.get("newscrawl_fetched_at") or to_utc_string(datetime.now(UTC))
        write_json(case / "meta.json", {"url": url, "fetched_at": fetched_at, "note": opts.note})
        print(write_expectation(case, spider))

"""Spider arguments for jobs, validated once; a bad value is one UsageError naming it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from scrapy.exceptions import UsageError

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

SOURCES = ("sections", "sitemaps", "feeds")


@dataclass(frozen=True)
class CrawlArguments:
    sources: frozenset[str]
    since: datetime | None
    until: datetime | None
    urls: tuple[str, ...]
    max_pages: int
    section_depth: int
    base_url: str | None
    job: str | None = None
    """Names the crawl's shared frontier in Redis (REDIS_URL); None means the spider's name."""
    #: ``news`` only: the home pages of the sites to crawl (``site``, ``sites_file``).
    sites: tuple[str, ...] = ()
    #: ``news`` only: the IANA zone for dates printed without one (``timezone``).
    timezone: str | None = None


def positive_int(name: str, value: Any) -> int:
    """Validate a whole number of at least 1; the error names the argument or setting."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if number < 1:
        raise UsageError(f"{name} must be a whole number of at least 1, got {value!r}")
    return number


def moment(name: str, value: str, tz_name: str, *, end: bool = False) -> datetime:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` in the site's zone (or with an offset), as UTC.

    A bare day as ``until`` means the end of that day.
    """
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{name} must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, got {value!r}") from None
    if end and len(value.strip()) == 10:
        parsed = parsed.replace(hour=23, minute=59, second=59)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=ZoneInfo(tz_name))
    return parsed.astimezone(UTC)


def _urls(args: Mapping[str, Any]) -> tuple[str, ...]:
    urls = [u.strip() for u in str(args.get("urls") or "").split(",") if u.strip()]
    if args.get("urls_file"):
        path = Path(str(args["urls_file"]))
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"urls_file cannot be read: {path}: {exc.strerror}") from None
        urls += [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    for url in urls:
        if urlsplit(url).scheme not in ("http", "https"):
            raise UsageError(f"urls must be http(s) URLs, got {url!r}")
    return tuple(urls)


def _zone(args: Mapping[str, Any]) -> str | None:
    name = str(args.get("timezone") or "").strip()
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        raise UsageError(
            f"timezone must be an IANA time zone such as Europe/Berlin, got {name!r}"
        ) from None
    return name


def _home_page(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    host = parts.hostname or ""
    return parts.scheme in ("http", "https") and ("." in host or host == "localhost")


def _sites(args: Mapping[str, Any]) -> tuple[str, ...]:
    """Home pages from ``site`` (comma-separated) and ``sites_file`` (one a line, ``#`` comments)."""
    sites = [u.strip() for u in str(args.get("site") or "").split(",") if u.strip()]
    if args.get("sites_file"):
        path = Path(str(args["sites_file"]))
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"sites_file cannot be read: {path}: {exc.strerror}") from None
        sites += [line.split("#", 1)[0].strip() for line in lines]
    sites = [site for site in sites if site]
    for site in sites:
        if not _home_page(site):
            raise UsageError(
                f"site must be a news site's home page such as https://www.example.com/, got {site!r}"
            )
    if args.get("sites_file") and not sites:
        raise UsageError(f"sites_file lists no site: {args['sites_file']}")
    return tuple(dict.fromkeys(sites))


def parse_arguments(
    args: Mapping[str, Any], settings: BaseSettings, tz_name: str = "UTC"
) -> CrawlArguments:
    """Check every job argument and the settings they override."""
    raw_sources = str(args.get("sources") or ",".join(SOURCES))
    sources = frozenset(s.strip() for s in raw_sources.split(",") if s.strip())
    if not sources or sources - set(SOURCES):
        raise UsageError(
            f"sources must be a comma-separated subset of {','.join(SOURCES)}, got {raw_sources!r}"
        )
    zone = _zone(args)
    since = moment("since", args["since"], zone or tz_name) if args.get("since") else None
    until = moment("until", args["until"], zone or tz_name, end=True) if args.get("until") else None
    if since and until and since > until:
        raise UsageError(f"since ({args['since']}) must not be after until ({args['until']})")
    if args.get("max_pages") is not None:
        max_pages = positive_int("max_pages", args["max_pages"])
    else:
        max_pages = positive_int("NEWSCRAWL_MAX_PAGES", settings.get("NEWSCRAWL_MAX_PAGES", 50))
    depth = positive_int("NEWSCRAWL_SECTION_DEPTH", settings.get("NEWSCRAWL_SECTION_DEPTH", 2))
    base_url = args.get("base_url") or None
    if base_url is not None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(
                f"base_url must be an http(s) URL such as http://127.0.0.1:8080, got {base_url!r}"
            )
    job = None
    if args.get("job") is not None or settings.get("REDIS_URL"):
        from newscrawl.frontier import check_job, check_settings  # only a fleet needs Redis

        job = check_job(str(args["job"])) if args.get("job") is not None else None
        check_settings(settings)
    return CrawlArguments(
        job=job,
        sites=_sites(args),
        timezone=zone,
        sources=sources,
        since=since,
        until=until,
        urls=_urls(args),
        max_pages=max_pages,
        section_depth=depth,
        base_url=base_url,
    )

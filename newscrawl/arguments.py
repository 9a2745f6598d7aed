"""Spider arguments for jobs, declared once per spider and validated once; a bad one is one UsageError."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
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

#: What NewsSpider accepts with ``-a``; a spider adds its own with one line each:
#: ``job_arguments = (*JOB_ARGUMENTS, "site")`` (newscrawl.spiders.base).
COMMON_ARGUMENTS: dict[str, str] = {
    "sources": "which ways to find articles: a subset of sections,sitemaps,feeds",
    "since": "only articles published from YYYY-MM-DD[THH:MM] (site time unless an offset)",
    "until": "only articles published up to YYYY-MM-DD[THH:MM]",
    "urls": "fetch exactly these article URLs, comma-separated",
    "urls_file": "fetch exactly the article URLs of this file, one a line, # comments",
    "max_pages": "listing pages followed per section",
    "base_url": "fetch the site's pages from this mirror or staging host",
    "name": "the site's name in items, feed folders and store keys (default: the spider's)",
    "job": "the fleet job this node works on (a shared Redis frontier, REDIS_URL)",
}

#: A name that becomes part of a file name or a store key: no path separators, no dots first.
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def safe_name(name: str, value: Any) -> str:
    """A name that reaches file names or store keys: letters, digits, ``-`` and ``_``.

    >>> safe_name("name", "example-paper")
    'example-paper'
    >>> safe_name("name", "../../x")
    Traceback (most recent call last):
    ...
    scrapy.exceptions.UsageError: name must be 1-64 letters, digits, - or _ (it names files and store keys), got '../../x'
    """
    text = str(value)
    if not _SAFE_NAME.fullmatch(text):
        raise UsageError(
            f"{name} must be 1-64 letters, digits, - or _ (it names files and store keys), "
            f"got {text[:80]!r}"
        )
    return text


def check_known(given: Iterable[str], known: Iterable[str]) -> None:
    """Refuse ``-a`` arguments the spider does not declare, naming the closest known one.

    Names starting with ``_`` are scrapyd's own (``_job``) and pass.

    >>> check_known(["maxpages"], ["max_pages", "since"])
    Traceback (most recent call last):
    ...
    scrapy.exceptions.UsageError: unknown argument -a maxpages (did you mean max_pages?)
    """
    known = sorted(known)
    for name in given:
        if name.startswith("_") or name in known:
            continue
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]}?" if close else f"known: {', '.join(known)}"
        raise UsageError(f"unknown argument -a {name} ({hint})")


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


#: A comment: ``#`` at the start of a line or after white space (a URL's ``#fragment`` stays).
_COMMENT = re.compile(r"(?:^|\s)#.*$")


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _urls_file(value: Any) -> list[str]:
    """The URLs of a file, one a line; errors name the file and line, never its content."""
    path = Path(str(value))
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise UsageError(f"urls_file cannot be read: {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise UsageError(f"urls_file {path} is not UTF-8 text") from None
    urls = []
    for number, line in enumerate(text.splitlines(), start=1):
        url = _COMMENT.sub("", line).strip()
        if not url:
            continue
        if not _is_web_url(url):
            raise UsageError(f"urls_file {path}, line {number}: not an http(s) URL")
        urls.append(url)
    return urls


def _urls(args: Mapping[str, Any]) -> tuple[str, ...]:
    urls = [u.strip() for u in str(args.get("urls") or "").split(",") if u.strip()]
    for url in urls:
        if not _is_web_url(url):
            raise UsageError(f"urls must be http(s) URLs, got {url[:200]!r}")
    if args.get("urls_file"):
        urls += _urls_file(args["urls_file"])
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


def offsite(urls: Iterable[str], allowed_domains: Iterable[str]) -> list[str]:
    """The URLs whose host is none of ``allowed_domains`` (nor a subdomain of one).

    >>> offsite(["https://www.paper.example/a", "https://evil.example/b"], ["paper.example"])
    ['https://evil.example/b']
    """
    domains = [d.lower().lstrip(".") for d in allowed_domains]
    if not domains:
        return []
    out = []
    for url in urls:
        host = (urlsplit(url).hostname or "").lower()
        if not any(host == d or host.endswith("." + d) for d in domains):
            out.append(url)
    return out


def parse_arguments(
    args: Mapping[str, Any],
    settings: BaseSettings,
    tz_name: str = "UTC",
    allowed_domains: Iterable[str] = (),
) -> CrawlArguments:
    """Check every job argument and the settings they override."""
    if args.get("name") is not None:
        safe_name("name", args["name"])
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
    urls = _urls(args)
    if refused := offsite(urls, allowed_domains):
        shown = ", ".join(refused[:3]) + (
            f" and {len(refused) - 3} more" if len(refused) > 3 else ""
        )
        raise UsageError(f"urls not on this site ({', '.join(allowed_domains)}): {shown}")
    return CrawlArguments(
        job=job,
        sites=_sites(args),
        timezone=zone,
        sources=sources,
        since=since,
        until=until,
        urls=urls,
        max_pages=max_pages,
        section_depth=depth,
        base_url=base_url,
    )

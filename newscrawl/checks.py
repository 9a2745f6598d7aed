"""Start-up checks of a crawl (spider, arguments, settings, output paths): each failure is one UsageError."""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from newscrawl.arguments import check_known, safe_name
from newscrawl.sidecars import SIDECARS, sidecar

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.settings import BaseSettings

#: Feed formats whose files cannot take a second run's items at their end.
NO_APPEND = frozenset({"json", "xml", "parquet", "pickle", "marshal"})
#: What ``WARC_REPLAY`` files are called (warcio reads these).
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


class _UriParams(dict[str, Any]):
    """Feed URI parameters as FeedExporter fills them; unknown ones become empty."""

    def __missing__(self, key: str) -> str:
        return ""


def load_spider(settings: BaseSettings, name: str) -> type[Spider]:
    """The spider class called ``name``; UsageError naming the closest known spider."""
    loader = get_spider_loader(settings)
    try:
        return loader.load(name)
    except KeyError:
        known = sorted(loader.list())
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"did you mean {close[0]}?" if close else f"known: {', '.join(known) or 'none'}"
        raise UsageError(f"unknown spider {name!r} ({hint})") from None


def check_dedup_store(uri: str) -> None:
    """``DEDUP_STORE`` names a store this project has: ``sqlite:///path`` or ``postgresql://``.

    >>> check_dedup_store("sqlite:///seen.sqlite")
    >>> check_dedup_store("seen.sqlite")
    Traceback (most recent call last):
    ...
    scrapy.exceptions.UsageError: DEDUP_STORE must be sqlite:///relative/seen.sqlite, sqlite:////absolute/seen.sqlite or postgresql://user@host/db, got 'seen.sqlite'
    """
    scheme, sep, rest = uri.partition("://")
    if scheme == "sqlite" and sep and rest.startswith("/") and len(rest) > 1:
        check_writable("DEDUP_STORE", Path(rest[1:]))
        return
    if scheme in ("postgresql", "postgres") and sep and rest:
        return
    raise UsageError(
        "DEDUP_STORE must be sqlite:///relative/seen.sqlite, sqlite:////absolute/seen.sqlite "
        f"or postgresql://user@host/db, got {uri[:200]!r}"
    )


def check_warc_replay(value: str) -> None:
    """``WARC_REPLAY`` is a WARC file, or a folder holding some, that warcio can read."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(value)
    if not path.exists():
        raise UsageError(f"WARC_REPLAY: {path} does not exist")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.name.endswith(WARC_SUFFIXES))
        if not files:
            raise UsageError(f"WARC_REPLAY: no .warc or .warc.gz file in the folder {path}")
    else:
        files = [path]
    for file in files:
        try:
            with file.open("rb") as fh:
                next(iter(ArchiveIterator(fh, no_record_parse=True)))
        except StopIteration:
            raise UsageError(f"WARC_REPLAY: {file} holds no WARC record") from None
        except (ArchiveLoadFailed, OSError, ValueError, EOFError):
            raise UsageError(f"WARC_REPLAY: {file} is not a WARC file") from None


def check_writable(
    what: str, path: Path, created: list[Path] | None = None, root: Path | None = None
) -> None:
    """``path`` can be written: not a folder, its folder exists (or is created under ``root``).

    Missing folders are created only under ``root`` (default: the current folder), and
    appended to ``created`` so the crawl can say so; elsewhere a missing folder is an error.
    """
    if path.is_dir():
        raise UsageError(f"{what}: {path} is a folder, not a file")
    folder = path.parent
    existing = folder
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise UsageError(f"{what}: {existing} is a file, not a folder (for {path})")
    if existing != folder:
        base = (root or Path.cwd()).resolve()
        inside = Path(os.path.relpath(folder.resolve(), base)).parts[:1] != ("..",)
        if not inside:
            raise UsageError(f"{what}: the folder {folder} does not exist (for {path})")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"{what}: cannot create the folder {folder}: {exc.strerror}") from None
        if created is not None:
            created.append(folder)
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".newscrawl-check-"):
            pass
    except OSError as exc:
        raise UsageError(f"{what}: cannot write in {folder}: {exc.strerror}") from None
    if path.exists() and not os.access(path, os.W_OK):
        raise UsageError(f"{what}: {path} is not writable")


def local_feeds(settings: BaseSettings, spider_name: str) -> list[tuple[Path, dict[str, Any]]]:
    """Every feed in FEEDS that is a local file, as the first file it writes, with its options."""
    return [(path, options) for _, path, options in _local_feeds(settings, spider_name)]


def _local_feeds(
    settings: BaseSettings, spider_name: str
) -> list[tuple[str, Path, dict[str, Any]]]:
    now = datetime.now(UTC)
    feeds = []
    for uri, options in settings.getdict("FEEDS").items():
        text = str(uri)
        parts = urlsplit(text)
        if parts.scheme == "file":
            text = url2pathname(parts.path)
        elif parts.scheme and len(parts.scheme) > 1:
            continue  # s3:, gs:, ftp:, stdout: ... (a one-letter scheme is a Windows drive)
        if "%(" in text:
            # The values FeedExporter gives its first batch (``stamp`` is ours).
            text = text % _UriParams(
                name=spider_name,
                time=now.replace(microsecond=0).isoformat().replace(":", "-"),
                batch_time=now.isoformat().replace(":", "-"),
                stamp=now.strftime("%Y-%m-%dT%H%M%SZ"),
                batch_id=1,
            )
        feeds.append((str(uri), Path(text), dict(options or {})))
    return feeds


def _format(path: Path, options: Mapping[str, Any]) -> str:
    if options.get("format"):
        return str(options["format"])
    return path.suffix.lstrip(".").lower()


def check_outputs(settings: BaseSettings, spider_name: str) -> list[Path]:
    """Every feed, rejects, stats, health and WARC path can be written; returns folders created."""
    created: list[Path] = []
    feeds = local_feeds(settings, spider_name)
    root = None
    if not settings.getdict("FEEDS"):
        # NEWSCRAWL_FEED_DIR is made when its own folder exists: it names where feeds go.
        folder = Path(settings.get("NEWSCRAWL_FEED_DIR") or "feeds")
        feeds, root = [(folder / spider_name / "feed.jsonl", {})], folder.parent
    for path, options in feeds:
        check_writable("feed", path, created, root)
        fmt = _format(path, options)
        appending = not options.get("overwrite", False)
        if appending and fmt in NO_APPEND and path.exists() and path.stat().st_size:
            raise UsageError(
                f"feed {path}: {fmt} files cannot be appended to (-o); "
                "use -O to overwrite it, or a new file name"
            )
    first = feeds[0][0] if feeds else None
    for kind, setting in SIDECARS.items():
        configured = settings.get(setting)
        target = Path(configured) if configured else (sidecar(first, kind) if first else None)
        if target is not None:
            check_writable(setting if configured else f"{kind} file", target, created, root)
    for setting in ("WARC_ARCHIVE",):
        if settings.get(setting):
            check_writable(setting, Path(settings[setting]), created)
    return created


def prepare_appends(settings: BaseSettings, spider_name: str) -> None:
    """``-o`` onto an existing CSV file adds rows under its header instead of a second header."""
    feeds = settings.getdict("FEEDS")
    changed = False
    for uri, path, options in _local_feeds(settings, spider_name):
        if options.get("overwrite", False) or _format(path, options) != "csv":
            continue
        if path.exists() and path.stat().st_size:
            kwargs = {**options.get("item_export_kwargs", {}), "include_headers_line": False}
            feeds[uri] = {**options, "item_export_kwargs": kwargs}
            changed = True
    if changed:
        settings.set("FEEDS", feeds, priority=settings.getpriority("FEEDS") or "cmdline")


def check_crawl(
    settings: BaseSettings, spider_name: str, spargs: Mapping[str, Any]
) -> tuple[type[Spider], list[Path]]:
    """All start-up checks of ``scrapy crawl``, in the order a user would fix them."""
    spidercls = load_spider(settings, spider_name)
    known = getattr(spidercls, "job_arguments", None)
    if known is not None:
        check_known(spargs, known)
    check = getattr(spidercls, "check_arguments", None)
    if check is not None:
        check(spargs, settings)
    name = safe_name("name", spargs.get("name") or spidercls.name)
    if settings.get("DEDUP_STORE"):
        check_dedup_store(str(settings["DEDUP_STORE"]))
    if settings.get("WARC_REPLAY"):
        check_warc_replay(str(settings["WARC_REPLAY"]))
    created = check_outputs(settings, name)
    prepare_appends(settings, name)
    return spidercls, created

"""Generate the synthetic Firstpost-like site of N articles as a gzip WARC, and serve it."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import time
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from warcio.warcwriter import WARCWriter

from benchmarks.pages import SITEMAP_PATH, site_pages
from benchmarks.site import ORIGIN, Site
from newscrawl.warc import write_response_record

DEFAULT_DIR = Path(os.environ.get("NEWSCRAWL_BENCH_DIR", "/tmp/newscrawl-bench"))
_SOURCES = ("site.py", "chrome.py", "pages.py")


@dataclass(frozen=True)
class Corpus:
    """A generated site on disk: the WARC and a manifest naming its pages."""

    warc: Path
    manifest: dict[str, Any]

    @property
    def crawl_urls(self) -> list[str]:
        """Every page the firstpost spider fetches: robots.txt, home, listings, articles."""
        return [u for u in self.manifest["urls"] if not u.endswith(SITEMAP_PATH)]

    @property
    def article_urls(self) -> list[str]:
        return [u for u in self.manifest["urls"] if u.endswith(".html")]


def generator_version() -> str:
    """Hash of the generator's code: a cached corpus is reused only while it is unchanged."""
    digest = hashlib.sha256()
    for name in _SOURCES:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:12]


def build(size: int, seed: int = 2021, out_dir: Path = DEFAULT_DIR, force: bool = False) -> Corpus:
    """Write (or reuse) ``firstpost-n<size>-s<seed>.warc.gz`` and its manifest in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"firstpost-n{size}-s{seed}"
    warc, manifest_path = out_dir / f"{stem}.warc.gz", out_dir / f"{stem}.json"
    version = generator_version()
    if not force and warc.exists() and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("version") == version:
            return Corpus(warc, manifest)
    site = Site(size, seed)
    started = time.perf_counter()
    urls: list[str] = []
    article_sizes: list[int] = []
    total = 0
    partial = warc.with_suffix(".partial")
    with partial.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, content_type, text in site_pages(site):
            body = text.encode("utf-8")
            headers = [
                ("Content-Type", content_type),
                ("Date", format_datetime(site.crawl_date, usegmt=True)),
                ("Server", "nginx"),
                ("Cache-Control", "max-age=120"),
            ]
            write_response_record(writer, url, 200, headers, body, date=site.crawl_date)
            urls.append(url)
            total += len(body)
            if url.endswith(".html"):
                article_sizes.append(len(body))
    partial.replace(warc)
    manifest = {
        "version": version,
        "size": size,
        "seed": seed,
        "origin": ORIGIN,
        "pages": len(urls),
        "sections": len(site.sections),
        "listing_pages": len(site.listings),
        "html_bytes": total,
        "warc_bytes": warc.stat().st_size,
        "article_kb_median": round(statistics.median(article_sizes) / 1024, 1),
        "article_kb_min": round(min(article_sizes) / 1024, 1),
        "article_kb_max": round(max(article_sizes) / 1024, 1),
        "seconds": round(time.perf_counter() - started, 1),
        "urls": urls,
    }
    manifest_path.write_text(json.dumps(manifest, indent=1))
    return Corpus(warc, manifest)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000, help="number of articles (N)")
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--out", type=Path, default=DEFAULT_DIR, help="folder for the WARC")
    parser.add_argument("--force", action="store_true", help="regenerate even if cached")
    parser.add_argument("--serve", action="store_true", help="then serve it on 127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="port for --serve (0: any free one)")
    args = parser.parse_args(argv)
    corpus = build(args.articles, args.seed, args.out, args.force)
    summary = {k: v for k, v in corpus.manifest.items() if k != "urls"}
    print(json.dumps({"warc": str(corpus.warc), **summary}, indent=1))
    if args.serve:
        from benchmarks.server import serve_forever

        serve_forever(corpus.warc, args.port)


if __name__ == "__main__":
    main()

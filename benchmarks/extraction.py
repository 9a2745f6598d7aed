"""Body extraction on the 181-page article-extraction benchmark: ours beside its peers, one run.

``python -m benchmarks.run --rows extraction`` (or ``python -m benchmarks.extraction``) scores
every contender on the same pages with the benchmark's own scorer (:mod:`benchmarks.aeb`),
interleaved page by page, counting the CPU time of each extraction call only.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse

from benchmarks.aeb import DATA, score, summary
from newscrawl.pages import ArticlePage, NotAnArticle

Extractor = Callable[[bytes, str], str]
CRAWLED_AT = "2026-01-01T00:00:00Z"
REPO = Path(__file__).resolve().parents[1]
START = "<!-- extraction:start -->"
END = "<!-- extraction:end -->"


def ours() -> tuple[str, Extractor]:
    """``extract_article("news", ...)`` once the news spider exists, else the page object."""
    from newscrawl.extract import extract_article, spider_class

    try:
        spider_class("news")
    except KeyError:

        def page_object(html: bytes, url: str) -> str:
            page = ArticlePage(HtmlResponse(url=url, body=html, encoding="utf-8"))
            try:
                return page.to_item(site="aeb", crawled_at=CRAWLED_AT).body or ""
            except NotAnArticle:
                return ""

        return "newscrawl (ArticlePage generic path)", page_object

    def api(html: bytes, url: str) -> str:
        response = HtmlResponse(url=url, body=html, encoding="utf-8")
        try:
            return str(extract_article("news", response, CRAWLED_AT).get("body") or "")
        except (NotAnArticle, DropItem):
            return ""

    return 'newscrawl extract_article("news")', api


def ours_body() -> tuple[str, Extractor] | None:
    """The news page object's body alone: body quality without the export decision."""
    from newscrawl.extract import spider_class

    try:
        page_class = spider_class("news").article_page
    except KeyError:
        return None

    def body(html: bytes, url: str) -> str:
        page = page_class(HtmlResponse(url=url, body=html, encoding="utf-8"))
        return "\n\n".join(page.body())

    return "newscrawl news page body() (exported or not)", body


def peers() -> list[tuple[str, Extractor]]:
    """The peers that are installed (``pip install -e '.[bench]'``)."""
    found: list[tuple[str, Extractor]] = []
    try:
        import trafilatura
    except ImportError:
        pass
    else:

        def plain(html: bytes, url: str) -> str:
            return str(trafilatura.extract(html.decode("utf-8", "replace"), url=url) or "")

        def precise(html: bytes, url: str) -> str:
            text = html.decode("utf-8", "replace")
            return str(trafilatura.extract(text, url=url, favor_precision=True) or "")

        version = trafilatura.__version__
        found += [(f"trafilatura {version}", plain), (f"trafilatura {version} precision", precise)]
    try:
        from lxml.html import fromstring
        from readability import Document
    except ImportError:
        pass
    else:

        def readability(html: bytes, url: str) -> str:
            summary = Document(html.decode("utf-8", "replace"), url=url).summary(html_partial=True)
            return " ".join(fromstring(summary).itertext()) if summary.strip() else ""

        found.append(("readability-lxml", readability))
    try:
        with warnings.catch_warnings():  # newspaper warns at import when nltk is absent
            warnings.simplefilter("ignore")
            from newspaper import Article
    except ImportError:
        pass
    else:

        def newspaper(html: bytes, url: str) -> str:
            article = Article(url, fetch_images=False)
            article.download(input_html=html.decode("utf-8", "replace"))
            article.parse()
            return str(article.text or "")

        found.append(("newspaper4k", newspaper))
    return found


@dataclass
class Tally:
    name: str
    cpu: float = 0.0
    failures: int = 0
    scores: list[tuple[float, float, float, bool]] = field(default_factory=list)


def measure(data: Path = DATA, limit: int | None = None) -> dict[str, Any]:
    """Score ours and every installed peer on the same pages, interleaved page by page."""
    truth = json.loads((data / "ground-truth.json").read_text())
    keys = list(truth)[:limit]
    contenders = [ours(), *filter(None, [ours_body()]), *peers()]
    tallies = [Tally(name) for name, _ in contenders]
    if keys:  # imports and caches warm up on one page, untimed
        first = truth[keys[0]]
        html = gzip.decompress((data / "html" / f"{keys[0]}.html.gz").read_bytes())
        for _, extract in contenders:
            # A crash here is counted when it happens again in the timed run.
            with contextlib.suppress(Exception):
                extract(html, first["url"])
    for key in keys:
        html = gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes())
        url, expected = truth[key]["url"], truth[key]["articleBody"]
        for (_, extract), tally in zip(contenders, tallies, strict=True):
            started = time.process_time()
            try:
                predicted = extract(html, url)
            except Exception:  # noqa: BLE001 -- a peer's crash on one page is an empty answer
                predicted = ""
                tally.failures += 1
            tally.cpu += time.process_time() - started
            tally.scores.append(score(predicted, expected))
    rows = []
    for tally in tallies:
        rows.append(
            {
                "name": tally.name,
                **summary(tally.scores),
                "even_f1": summary(tally.scores[::2])["f1"],
                "odd_f1": summary(tally.scores[1::2])["f1"],
                "pages_per_cpu_s": len(keys) / tally.cpu if tally.cpu else 0.0,
                "failures": tally.failures,
            }
        )
    return {
        "pages": len(keys),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "rows": rows,
    }


def render(result: dict[str, Any]) -> str:
    """The Markdown table of one run."""
    rows = result["rows"]
    trafilatura = next((r for r in rows if r["name"].startswith("trafilatura")), None)
    lines = [
        (
            f"Body text on the {result['pages']} pages of "
            f"`../shared/benchmarks/article-extraction/`, {result['date']}, its own scorer "
            "(4-token shingles, means over pages), one run, contenders interleaved page by "
            "page, CPU time of the extraction call only."
        ),
        "",
        (
            "| extractor | F1 | precision | recall | accuracy | F1 even / odd half "
            "| pages per CPU-s | vs trafilatura |"
        ),
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        speed = r["pages_per_cpu_s"]
        ratio = f"{speed / trafilatura['pages_per_cpu_s']:.1f}x" if trafilatura else "-"
        failed = f" ({r['failures']} pages raised)" if r["failures"] else ""
        lines.append(
            f"| {r['name']}{failed} | {r['f1']:.3f} | {r['precision']:.3f} | {r['recall']:.3f} "
            f"| {r['accuracy']:.3f} | {r['even_f1']:.3f} / {r['odd_f1']:.3f} | {speed:.1f} "
            f"| {ratio} |"
        )
    return "\n".join(lines)


def write_results(table: str, path: Path = REPO / "benchmarks" / "RESULTS.md") -> None:
    """Replace the extraction section of RESULTS.md (kept below the analysis marker)."""
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    section = (
        f"{START}\n## Extraction: body text on the article-extraction benchmark\n\n{table}\n{END}"
    )
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, help="score only the first N pages")
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    options = parser.parse_args(argv)
    if not (options.data / "ground-truth.json").exists():
        parser.exit(2, f"extraction: no benchmark data at {options.data}\n")
    table = render(measure(options.data, options.limit))
    print(table)
    if options.write:
        write_results(table)


if __name__ == "__main__":
    main()

"""Body-text quality of the generic ArticlePage on the article-extraction benchmark (181 pages)."""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

from scrapy.http import HtmlResponse

from newscrawl.pages import ArticlePage, NotAnArticle

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "article-extraction"
_TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(len(tokens) - 3, 0)))


def score(predicted: str, truth: str) -> tuple[float, float, float, bool]:
    """tp, fp, fn normalised to sum 1, and exact token match (the benchmark's own scoring)."""
    p, t = shingles(predicted), shingles(truth)
    tp = sum((p & t).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    exact = _TOKEN.findall(predicted) == _TOKEN.findall(truth)
    return (tp / total, fp / total, fn / total, exact) if total else (1.0, 0.0, 0.0, exact)


def body(html: bytes, url: str) -> str:
    page = ArticlePage(HtmlResponse(url=url, body=html, encoding="utf-8"))
    try:
        return page.to_item(site="aeb", crawled_at="2026-01-01T00:00:00Z").body or ""
    except NotAnArticle:
        return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    options = parser.parse_args()
    truth = json.loads((options.data / "ground-truth.json").read_text())
    results, started = [], time.perf_counter()
    for key, expected in truth.items():
        html = gzip.decompress((options.data / "html" / f"{key}.html.gz").read_bytes())
        results.append(score(body(html, expected["url"]), expected["articleBody"]))
    elapsed = time.perf_counter() - started
    with_p = [r for r in results if r[0] + r[1] > 0]
    with_r = [r for r in results if r[0] + r[2] > 0]
    precision = sum(r[0] / (r[0] + r[1]) for r in with_p) / len(with_p)
    recall = sum(r[0] / (r[0] + r[2]) for r in with_r) / len(with_r)
    f1 = 2 * precision * recall / (precision + recall)
    accuracy = sum(r[3] for r in results) / len(results)
    print(f"pages {len(results)}  F1 {f1:.3f}  precision {precision:.3f}  recall {recall:.3f}  "
          f"accuracy {accuracy:.3f}  {len(results) / elapsed:.0f} pages/s")  # fmt: skip


if __name__ == "__main__":
    main()

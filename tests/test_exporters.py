"""CSV and Parquet exporters, alone and through a real crawl's FEEDS (batches, gzip), and the analysts' doc."""

from __future__ import annotations

import csv
import dataclasses
import gzip
import io
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newscrawl.exporters import (
    LIST_SEPARATOR,
    ParquetItemExporter,
    SafeCsvItemExporter,
    escape_formula,
    unescape_formula,
)
from newscrawl.items import Article
from newscrawl.report.feeds import read_feed
from newscrawl.schema import SCHEMA_VERSION, article_schema, validation_errors

ROOT = Path(__file__).parent.parent
GZIP = "scrapy.extensions.postprocessing.GzipPlugin"
EXPORTERS = {
    "csv": "newscrawl.exporters.SafeCsvItemExporter",
    "parquet": "newscrawl.exporters.ParquetItemExporter",
}


def make_article(n: int, **fields: Any) -> dict[str, Any]:
    """A complete exported item."""
    article = Article(
        url=f"https://www.firstpost.com/india/story-{n}.html",
        site="firstpost",
        article_id=str(n),
        title=f"Story {n}",
        description="A dek.",
        authors=["FP Staff"],
        published_at="2025-09-26T01:32:11Z",
        published_raw="2025-09-26T07:02:11+05:30",
        modified_at=None,
        modified_raw=None,
        section="india",
        tags=["Mumbai Rains"],
        body="It rained.",
        image_url="https://images.firstpost.com/x.jpg",
        language="en",
        word_count=2,
        crawled_at="2026-11-20T10:00:00Z",
    )
    return {**dataclasses.asdict(article), **fields}


#: Seven articles over three UTC days; 23:30Z on the 25th is the 26th in India.
ITEMS = [
    make_article(
        1,
        title='=HYPERLINK("http://evil", "x")',
        authors=["Anjali Sharma", "Rahul Verma"],
        tags=["Mumbai Rains", "-IMD"],
        modified_at="2025-09-26T10:18:39Z",
        modified_raw="2025-09-26T15:48:39+05:30",
    ),
    make_article(2),
    make_article(3, section="world", description="+91 numbers"),
    make_article(
        4, section="world", published_at="2025-09-25T23:30:00Z", description="@handle said"
    ),
    make_article(5, section="tech", published_at="2025-09-25T08:00:00Z"),
    make_article(6, published_at="2025-09-24T12:00:00Z", title="'90s music"),
    make_article(
        7, section="tech", published_at="2025-09-24T00:00:00Z", authors=[], tags=[], image_url=None
    ),
]
PER_SECTION_DAY = [
    ("2025-09-24", "india", 1),
    ("2025-09-24", "tech", 1),
    ("2025-09-25", "tech", 1),
    ("2025-09-25", "world", 1),
    ("2025-09-26", "india", 2),
    ("2025-09-26", "world", 1),
]

SPIDER = """
import json
import scrapy

GZIP = {gzip!r}


class FeedSpider(scrapy.Spider):
    name = "feeds"
    custom_settings = {{
        "FEED_EXPORTERS": {exporters!r},
        "FEED_EXPORT_ENCODING": "utf-8",
        "FEEDS": {{
            "items.jsonl": {{"format": "jsonlines"}},
            "items.jsonl.gz": {{"format": "jsonlines", "postprocessing": [GZIP]}},
            "items-%(batch_id)d.jsonl.gz": {{
                "format": "jsonlines", "batch_item_count": 3, "postprocessing": [GZIP]
            }},
            "items.csv": {{"format": "csv"}},
            "items.csv.gz": {{"format": "csv", "postprocessing": [GZIP]}},
            "items.parquet": {{"format": "parquet"}},
            "items-%(batch_id)d.parquet": {{"format": "parquet", "batch_item_count": 3}},
            "items.parquet.gz": {{"format": "parquet", "postprocessing": [GZIP]}},
        }},
    }}

    async def start(self):
        for item in json.loads({items!r}):
            yield item
"""


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run one real crawl whose FEEDS write every format; return the folder of its feeds."""
    folder = tmp_path_factory.mktemp("feeds")
    spider = SPIDER.format(gzip=GZIP, exporters=EXPORTERS, items=json.dumps(ITEMS))
    (folder / "spider.py").write_text(spider, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "runspider", "spider.py", "-s", "LOG_LEVEL=INFO"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ERROR" not in result.stderr, result.stderr
    return folder


def test_project_settings_register_the_exporters() -> None:
    from newscrawl import settings

    assert getattr(settings, "FEED_EXPORTERS", {}).items() >= EXPORTERS.items()


# -- CSV -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("=1+1", "'=1+1"),
        ("+91 22 1234", "'+91 22 1234"),
        ("-IMD", "'-IMD"),
        ("@handle", "'@handle"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'90s", "''90s"),
        ("Mumbai", "Mumbai"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_formula_escape_round_trips(value: str, escaped: str) -> None:
    assert escape_formula(value) == escaped
    assert unescape_formula(escaped) == value


def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def test_csv_exporter_escapes_cells_and_joins_lists() -> None:
    out = io.BytesIO()
    exporter = SafeCsvItemExporter(out)
    exporter.start_exporting()
    exporter.export_item(ITEMS[0])
    exporter.finish_exporting()
    (row,) = csv_rows(out.getvalue())
    assert list(row) == list(ITEMS[0])
    assert row["title"] == '\'=HYPERLINK("http://evil", "x")'
    assert row["authors"] == "Anjali Sharma | Rahul Verma"
    assert row["tags"] == "Mumbai Rains | -IMD"
    assert row["word_count"] == "2"
    assert row["modified_at"] == "2025-09-26T10:18:39Z"
    assert LIST_SEPARATOR == " | "


def test_csv_exporter_escapes_a_list_that_starts_like_a_formula() -> None:
    out = io.BytesIO()
    exporter = SafeCsvItemExporter(out, join_multivalued="; ")
    exporter.start_exporting()
    exporter.export_item(make_article(9, tags=["-IMD", "Rain"], description=None))
    exporter.finish_exporting()
    (row,) = csv_rows(out.getvalue())
    assert row["tags"] == "'-IMD; Rain"
    assert row["description"] == ""


# -- Parquet ---------------------------------------------------------------------


def parquet_bytes(items: list[dict[str, Any]], **options: Any) -> bytes:
    out = io.BytesIO()
    exporter = ParquetItemExporter(out, **options)
    exporter.start_exporting()
    for item in items:
        exporter.export_item(item)
    exporter.finish_exporting()
    return out.getvalue()


def test_parquet_columns_are_typed_from_the_schema() -> None:
    table = pq.read_table(io.BytesIO(parquet_bytes(ITEMS)))
    assert table.column_names == list(article_schema()["properties"])
    utc = pa.timestamp("us", tz="UTC")
    for name in ("published_at", "modified_at", "crawled_at"):
        assert table.schema.field(name).type == utc
    assert table.schema.field("authors").type == pa.list_(pa.string())
    assert table.schema.field("tags").type == pa.list_(pa.string())
    assert table.schema.field("word_count").type == pa.int64()
    assert table.schema.field("title").type == pa.string()
    assert table.schema.metadata[b"newscrawl_schema_version"] == SCHEMA_VERSION.encode()


def test_parquet_values_round_trip() -> None:
    rows = pq.read_table(io.BytesIO(parquet_bytes(ITEMS))).to_pylist()
    assert len(rows) == len(ITEMS)
    first = rows[0]
    assert first["published_at"].isoformat() == "2025-09-26T01:32:11+00:00"
    assert first["modified_at"].isoformat() == "2025-09-26T10:18:39+00:00"
    assert first["authors"] == ["Anjali Sharma", "Rahul Verma"]
    assert first["title"] == ITEMS[0]["title"]  # no formula escaping outside CSV
    assert rows[1]["modified_at"] is None
    assert rows[6]["tags"] == []
    assert rows[6]["image_url"] is None


def test_parquet_row_groups_and_compression() -> None:
    data = parquet_bytes(ITEMS, row_group_size=3, compression="zstd")
    metadata = pq.ParquetFile(io.BytesIO(data)).metadata
    assert [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)] == [3, 3, 1]
    assert metadata.row_group(0).column(0).compression == "ZSTD"


def test_empty_parquet_feed_has_every_column() -> None:
    table = pq.read_table(io.BytesIO(parquet_bytes([])))
    assert table.num_rows == 0
    assert table.column_names == list(article_schema()["properties"])


def test_parquet_fields_to_export_select_and_rename() -> None:
    data = parquet_bytes(ITEMS[:1], fields_to_export={"url": "link", "published_at": "published"})
    table = pq.read_table(io.BytesIO(data))
    assert table.column_names == ["link", "published"]
    assert table.schema.field("published").type == pa.timestamp("us", tz="UTC")


def test_parquet_refuses_fields_outside_the_schema() -> None:
    with pytest.raises(ValueError, match="not in the article schema: score"):
        ParquetItemExporter(io.BytesIO(), fields_to_export=["url", "score"])


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"published_at": "2025-09-26T01:32:11"}, "without a time zone"),
        ({"published_at": "26 Sep 2025"}, "Invalid isoformat"),
        ({"word_count": "many"}, "tried to convert to int64"),
    ],
)
def test_parquet_rejects_a_bad_item_when_it_is_exported(change: dict[str, Any], error: str) -> None:
    exporter = ParquetItemExporter(io.BytesIO())
    exporter.start_exporting()
    with pytest.raises((ValueError, TypeError, pa.ArrowException), match=error):
        exporter.export_item(make_article(1, **change))
    exporter.export_item(make_article(2))
    assert len(exporter.rows) == 1


def test_parquet_will_not_append_to_an_existing_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "items.parquet"
    path.write_bytes(parquet_bytes(ITEMS[:2]))
    before = path.read_bytes()
    with path.open("ab") as appended, caplog.at_level(logging.ERROR):
        exporter = ParquetItemExporter(appended)
        exporter.start_exporting()
        exporter.export_item(ITEMS[2])
        exporter.finish_exporting()
    assert path.read_bytes() == before
    assert "use -O or overwrite: true" in caplog.text


def test_parquet_writes_to_a_stream_without_position() -> None:
    class Pipe(io.BytesIO):
        def tell(self) -> int:
            raise io.UnsupportedOperation("pipe")

    out = Pipe()
    exporter = ParquetItemExporter(out)
    exporter.start_exporting()
    exporter.export_item(ITEMS[0])
    exporter.finish_exporting()
    assert pq.read_table(io.BytesIO(out.getvalue())).num_rows == 1


@pytest.mark.parametrize("exporter", [ParquetItemExporter, SafeCsvItemExporter])
def test_the_sample_feed_round_trips(tmp_path: Path, exporter: type) -> None:
    sample = ROOT / "samples" / "firstpost.jsonl"
    items = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    path = tmp_path / ("items.parquet" if exporter is ParquetItemExporter else "items.csv")
    with path.open("wb") as out:
        feed = exporter(out)
        feed.start_exporting()
        for item in items:
            feed.export_item(item)
        feed.finish_exporting()
    assert read_feed(path) == items


# -- through a real crawl's FEEDS -------------------------------------------------


def test_jsonlines_feed_holds_valid_items(crawl: Path) -> None:
    items = [json.loads(line) for line in (crawl / "items.jsonl").read_text("utf-8").splitlines()]
    assert items == ITEMS
    assert all(validation_errors(item) == [] for item in items)


def test_gzip_and_batches_of_jsonlines(crawl: Path) -> None:
    plain = (crawl / "items.jsonl").read_bytes()
    assert gzip.decompress((crawl / "items.jsonl.gz").read_bytes()) == plain
    batches = [gzip.decompress((crawl / f"items-{n}.jsonl.gz").read_bytes()) for n in (1, 2, 3)]
    assert [batch.count(b"\n") for batch in batches] == [3, 3, 1]
    assert b"".join(batches) == plain
    assert not (crawl / "items-4.jsonl.gz").exists()


def test_csv_feeds_plain_and_gzipped(crawl: Path) -> None:
    data = (crawl / "items.csv").read_bytes()
    assert gzip.decompress((crawl / "items.csv.gz").read_bytes()) == data
    rows = csv_rows(data)
    assert [row["url"] for row in rows] == [item["url"] for item in ITEMS]
    assert rows[0]["title"].startswith("'=")
    assert rows[2]["description"] == "'+91 numbers"
    assert rows[3]["description"] == "'@handle said"
    assert rows[5]["title"] == "''90s music"


def test_parquet_feeds_batched_and_gzipped(crawl: Path) -> None:
    whole = pq.read_table(crawl / "items.parquet")
    assert whole.num_rows == len(ITEMS)
    batches = [pq.read_table(crawl / f"items-{n}.parquet") for n in (1, 2, 3)]
    assert [batch.num_rows for batch in batches] == [3, 3, 1]
    assert all(batch.schema == whole.schema for batch in batches)
    assert pa.concat_tables(batches).equals(whole)
    unzipped = pq.read_table(io.BytesIO(gzip.decompress((crawl / "items.parquet.gz").read_bytes())))
    assert unzipped.equals(whole)


# -- docs/analysts.md --------------------------------------------------------------


def doc_snippets() -> list[str]:
    text = (ROOT / "docs" / "analysts.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


def test_analysts_doc_snippets_run(crawl: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas", reason="pandas is in the test extra")
    pytest.importorskip("duckdb", reason="duckdb is in the test extra")
    monkeypatch.chdir(crawl)
    snippets = doc_snippets()
    assert len(snippets) == 3  # FEEDS example, pandas, DuckDB
    namespace: dict[str, Any] = {}
    for snippet in snippets:  # the FEEDS example first: it must at least be valid Python
        exec(compile(snippet, "docs/analysts.md", "exec"), namespace)  # noqa: S102 (our own doc)

    def triples(frame: Any) -> list[tuple[str, str, int]]:
        return [(str(r.day)[:10], r.section, int(r.articles)) for r in frame.itertuples()]

    assert triples(namespace["per_section_day"]) == PER_SECTION_DAY
    assert triples(namespace["per_section_day_duckdb"]) == PER_SECTION_DAY
    assert triples(namespace["per_section_day_jsonl"]) == PER_SECTION_DAY
    for name in ("articles", "articles_gz", "articles_csv"):
        frame = namespace[name]
        assert list(frame["url"]) == [item["url"] for item in ITEMS], name
        assert str(frame["published_at"].dtype).startswith("datetime64"), name
        assert list(frame["tags"].iloc[0]) == ["Mumbai Rains", "-IMD"], name
    assert namespace["articles_csv"]["title"].iloc[0] == ITEMS[0]["title"]
    assert len(namespace["batches"]) == len(ITEMS)

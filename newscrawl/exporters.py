"""Feed exporters for analysts (FEED_EXPORTERS): spreadsheet-safe CSV and typed Parquet."""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING, Any, Literal

from scrapy.exporters import BaseItemExporter, CsvItemExporter
from scrapy.extensions.postprocessing import PostProcessingManager

from newscrawl.schema import SCHEMA_VERSION, article_schema

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from scrapy.item import Field

logger = logging.getLogger(__name__)

#: List fields (``authors``, ``tags``) share one CSV cell, items joined by this separator.
LIST_SEPARATOR = " | "
#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection),
#: plus the apostrophe itself so that escaping stays reversible: drop one leading ``'``.
ESCAPED_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "'")


def escape_formula(value: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would run as a formula; spreadsheets hide it.

    >>> escape_formula("=HYPERLINK(A1)")
    "'=HYPERLINK(A1)"
    >>> escape_formula("-5 dead"), escape_formula("'90s"), escape_formula("Delhi")
    ("'-5 dead", "''90s", 'Delhi')
    """
    return "'" + value if value.startswith(ESCAPED_PREFIXES) else value


def unescape_formula(value: str) -> str:
    """Undo :func:`escape_formula`.

    >>> unescape_formula("'=1+1"), unescape_formula("''90s"), unescape_formula("Delhi")
    ('=1+1', "'90s", 'Delhi')
    """
    return value.removeprefix("'")


class SafeCsvItemExporter(CsvItemExporter):
    """Scrapy's CSV exporter with lists joined by ``" | "`` and formula-like cells escaped.

    A list item containing the separator cannot be told apart after joining; a different
    separator can be given as ``join_multivalued`` in the feed's ``item_export_kwargs``.
    """

    def __init__(self, file: Any, *, join_multivalued: str = LIST_SEPARATOR, **kwargs: Any) -> None:
        super().__init__(file, join_multivalued=join_multivalued, **kwargs)

    def serialize_field(self, field: Mapping[str, Any] | Field, name: str, value: Any) -> Any:
        value = super().serialize_field(field, name, value)
        return escape_formula(value) if isinstance(value, str) else value


def arrow_type(prop: Mapping[str, Any]) -> pa.DataType:
    """The Arrow type of one schema property: UTC instants become real timestamps.

    >>> arrow_type({"$ref": "#/$defs/utc_instant"})
    TimestampType(timestamp[us, tz=UTC])
    >>> arrow_type({"type": "array", "items": {"type": "string"}})
    ListType(list<item: string>)
    """
    import pyarrow as pa

    refs = [prop.get("$ref")] + [alt.get("$ref") for alt in prop.get("anyOf", ())]
    if "#/$defs/utc_instant" in refs:
        return pa.timestamp("us", tz="UTC")
    types = prop.get("type")
    kinds = {types} if isinstance(types, str) else set(types or ())
    if "array" in kinds:
        return pa.list_(pa.string())
    if "integer" in kinds:
        return pa.int64()
    return pa.string()


def to_timestamp(value: Any) -> datetime | None:
    """Parse a ``...Z`` instant to an aware UTC datetime; refuse values without a zone."""
    if value is None or isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value))
    if moment is not None and moment.utcoffset() is None:
        raise ValueError(f"timestamp without a time zone: {value!r}")
    return moment.astimezone(UTC) if moment is not None else None


Compression = Literal["snappy", "zstd", "gzip", "brotli", "lz4", "none"]


def appends_to_data(file: Any) -> bool:
    """Whether ``file`` (under any postprocessing wrappers) was opened to append to data."""
    while isinstance(file, PostProcessingManager):
        file = file.file
    try:
        return "a" in getattr(file, "mode", "") and os.fstat(file.fileno()).st_size > 0
    except (OSError, AttributeError):  # no file descriptor: a pipe or an in-memory buffer
        return False


class _Sink(io.RawIOBase):
    """The feed file as pyarrow sees it: ``tell()`` counts bytes written, ``close()`` keeps it open.

    Scrapy closes the feed file itself, and a postprocessing wrapper (gzip) reports the
    position of the compressed file, which would corrupt the offsets Parquet records.
    """

    def __init__(self, file: IO[bytes]) -> None:
        super().__init__()
        self.file = file
        self.position = 0

    def write(self, b: Any) -> int:
        data = bytes(b)
        self.file.write(data)
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def writable(self) -> bool:
        return True


class ParquetItemExporter(BaseItemExporter):
    """Articles to Parquet, columns typed from the article schema, in its property order.

    Rows are buffered and written as one row group per ``row_group_size`` items, the footer
    at ``finish_exporting``, so every batch file of a feed has the same columns. Options
    (feed ``item_export_kwargs``): ``row_group_size`` (10000), ``compression`` ("snappy").
    """

    def __init__(
        self,
        file: IO[bytes],
        *,
        row_group_size: int = 10_000,
        compression: Compression = "snappy",
        **kwargs: Any,
    ) -> None:
        import pyarrow as pa

        super().__init__(**kwargs)
        self.file = file
        self.row_group_size = row_group_size
        self.compression = compression
        properties: dict[str, Any] = article_schema()["properties"]
        names = self._field_names(properties)
        unknown = [field for field in names if field not in properties]
        if unknown:
            raise ValueError(f"fields not in the article schema: {', '.join(unknown)}")
        self.fields_to_export = names
        self.schema = pa.schema(
            [pa.field(out, arrow_type(properties[field])) for field, out in names.items()],
            metadata={"newscrawl_schema_version": SCHEMA_VERSION},
        )
        self.timestamps = {
            out
            for field, out in names.items()
            if pa.types.is_timestamp(self.schema.field(out).type)
        }
        self.rows: list[dict[str, Any]] = []
        self.writer: pq.ParquetWriter | None = None

    def _field_names(self, properties: Mapping[str, Any]) -> dict[str, str]:
        """Item field -> column name, from ``fields_to_export`` or else the schema."""
        chosen = self.fields_to_export
        if chosen is None:
            return {name: name for name in properties}
        if isinstance(chosen, Mapping):
            return dict(chosen)
        pairs: Iterable[str | tuple[str, str]] = chosen
        return dict((p, p) if isinstance(p, str) else p for p in pairs)

    def start_exporting(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if appends_to_data(self.file):
            # Parquet's footer must end the file: appending would leave an unreadable one.
            logger.error(
                "Parquet feed not written: the file exists and the feed appends to it; "
                "use -O or overwrite: true"
            )
            return
        self.writer = pq.ParquetWriter(
            pa.PythonFile(_Sink(self.file), mode="w"),
            self.schema,
            compression=self.compression,
        )

    def export_item(self, item: Any) -> None:
        import pyarrow as pa

        if self.writer is None:
            return
        row = dict(self.get_serialized_fields(item, default_value=None, include_empty=True))
        for name in self.timestamps:
            row[name] = to_timestamp(row[name])
        # Type errors surface here, against this item, not at the next row group.
        pa.Table.from_pylist([row], schema=self.schema)
        self.rows.append(row)
        if len(self.rows) >= self.row_group_size:
            self._write_rows()

    def _write_rows(self) -> None:
        import pyarrow as pa

        if self.rows and self.writer is not None:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def finish_exporting(self) -> None:
        self._write_rows()
        if self.writer is not None:
            self.writer.close()
            self.writer = None

"""Item pipelines, in order: required fields, dates, window, dedupe, delta (ITEM_PIPELINES)."""

from newscrawl.pipelines.dates import NormalizeDatesPipeline
from newscrawl.pipelines.dedupe import DedupePipeline
from newscrawl.pipelines.required import RequiredFieldsPipeline
from newscrawl.pipelines.window import DateWindowPipeline

__all__ = [
    "DateWindowPipeline",
    "DedupePipeline",
    "NormalizeDatesPipeline",
    "RequiredFieldsPipeline",
]

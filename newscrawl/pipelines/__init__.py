"""Item pipelines, in order: required fields, dates, dedupe (see ITEM_PIPELINES)."""

from newscrawl.pipelines.dates import NormalizeDatesPipeline
from newscrawl.pipelines.dedupe import DedupePipeline
from newscrawl.pipelines.required import RequiredFieldsPipeline

__all__ = ["DedupePipeline", "NormalizeDatesPipeline", "RequiredFieldsPipeline"]

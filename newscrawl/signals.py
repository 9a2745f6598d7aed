"""Signals of our own, beside Scrapy's."""

#: Sent when a fetched page does not become an item (video page, no body, extraction error).
#: Arguments: ``url`` (str), ``reason`` (str), ``response`` (Response), ``spider``.
#: Items dropped by pipelines arrive through Scrapy's ``item_dropped`` with a
#: :class:`newscrawl.reasons.Rejected` exception instead.
page_rejected = object()

"""URL canonicalization: one form per article, whatever link, feed or redirect led to it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import safe_url_string

#: Query parameters that only say where a click came from.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "ncid",
        "cmpid",
        "ito",
        "src",
        "from",
        "amp",
        "_ga",
        "_gl",
        "ocid",
        "spm",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "at_")
# AMP and feed/"active" views of an article are the article itself.
_ARTICLE_SUFFIX = re.compile(r"(\.html?)/(?:amp|feed|active)/?$")
_AMP_PREFIX = re.compile(r"^/amp(/.*\.html?)$")


def is_tracking_param(name: str) -> bool:
    """Tell whether a query parameter only tracks the click.

    >>> is_tracking_param("utm_source"), is_tracking_param("page")
    (True, False)
    """
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonicalize_url(
    url: str,
    *,
    host_aliases: Mapping[str, str] | None = None,
    drop_query: bool = False,
) -> str:
    """Return the canonical form of ``url``.

    https always; host lowercased and mapped through ``host_aliases``; default port, fragment
    and tracking parameters dropped; remaining parameters sorted (all of them when
    ``drop_query``); AMP, ``/feed`` and ``/active`` article views mapped to the article.

    >>> canonicalize_url("http://Example.com:80/a-1.html/amp?utm_source=x&b=2&a=1#top")
    'https://example.com/a-1.html?a=1&b=2'
    >>> canonicalize_url("https://m.example.com/a.html?x=1", host_aliases={"m.example.com":
    ...     "www.example.com"}, drop_query=True)
    'https://www.example.com/a.html'
    """
    parts = urlsplit(safe_url_string(url.strip()))
    host = (parts.hostname or "").lower()
    if host_aliases:
        host = host_aliases.get(host, host)
    if parts.port not in (None, 80, 443):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    path = _ARTICLE_SUFFIX.sub(r"\1", path)
    path = _AMP_PREFIX.sub(r"\1", path)
    query = ""
    if not drop_query and parts.query:
        pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        query = urlencode(sorted(p for p in pairs if not is_tracking_param(p[0])))
    return urlunsplit(("https", host, path, query, ""))

"""URL canonicalization: one form per article, whatever link, feed or redirect led to it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import tldextract
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
        "xtor",  # AT Internet (Xiti), on most French papers' RSS and newsletter links
        # campaign and share codes papers add to their own links: the Guardian's CMP and
        # INTCMP, the New York Times' smid/smtyp/emc/pgtype, the FT's ftag, Adobe's s_cid,
        # Webtrends' WT.mc_id, Twitter's taid, Outbrain's dicbo, Yahoo's consent return
        "cmp",
        "intcmp",
        "icid",
        "smid",
        "smtyp",
        "emc",
        "pgtype",
        "ftag",
        "s_cid",
        "wt.mc_id",
        "taid",
        "dicbo",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "traffic_source",
        "soc_src",
        "soc_trk",
        "sr_share",
        "mkt_tok",
        "_hsenc",
        "_hsmi",
        "mbid",
        # the Wall Street Journal's and Dow Jones' link codes, WordPress's share buttons
        # ("?share=twitter" redirects to the network), Twitter's impression flag, feed marks
        "mod",
        "share",
        "__twitter_impression",
        "sref",
        "partner",
        "rss",
    }
)
#: Prefixes of tracking parameters: UTM, Piwik/Matomo, AT Internet, Parse.ly's internal
#: ``itm_``, comScore's ``ns_`` (BBC).
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "at_", "itm_", "ns_")
#: Host prefixes that name the same site as the bare registered host.
SITE_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
#: A run of 5-12 digits standing alone in a path (an article id), not glued to letters; a
#: longer one when it starts with a year: a time-stamped id (``2026112415050001``), or when one
#: lower-case letter that types it follows (``-6970236654623360a.html``: "a" an article, "v" a
#: video, "g" a gallery, as Polish portals write them).
_NUMERIC_ID = re.compile(
    r"(?:(?<![0-9A-Za-z])|(?<=/article))"  # Escenic runs the id into "article": /article68912345.ece
    r"(\d{5,19}(?![0-9A-Za-z])|\d{13,19}(?=[a-z](?![0-9A-Za-z])))"
)
#: A shorter id that is the whole last segment after an "article" folder (``/article/9025``):
#: a young site's or edition's id; a year there is no id.
_ARTICLE_FOLDER_ID = re.compile(
    r"/(?:article|articles|story|stories)/(?!(?:19|20)\d\d/?$)(\d{1,4})/?$", re.IGNORECASE
)
_DATE_LIKE = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{4,6})?$")
#: The public suffix list snapshot bundled with tldextract: never fetched, never cached to disk.
#: Private suffixes count (``github.io``, ``blogspot.com``): each of their sites is its own.
_PUBLIC_SUFFIXES = tldextract.TLDExtract(
    cache_dir=None, suffix_list_urls=(), include_psl_private_domains=True
)


#: A year of news on the web, as article paths carry it.
NEWS_YEAR = r"(?:19[89]\d|20\d\d)"
#: A dated article path, its year, month and day captured (the day may be missing, for a
#: month's folder): ``/2026/11/24/``, ``/2026/11/``, ``/2026-11-24/`` or ``-``,
#: ``/20261124/``, or the month by its English abbreviation as the Guardian's are, the day
#: required: ``/2026/nov/24/``. Searched in a path that ends with "/".
DATED_PATH = re.compile(
    rf"/({NEWS_YEAR})/(0?[1-9]|1[0-2])(?:/(0?[1-9]|[12]\d|3[01]))?/"
    rf"|/({NEWS_YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[/-]"
    rf"|/({NEWS_YEAR})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"
    rf"|/({NEWS_YEAR})/((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/(0?[1-9]|[12]\d|3[01])/"
)
#: The months :data:`DATED_PATH` names by their abbreviation, by number.
PATH_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
#: A folder's index page as a path's last segment: the folder is the page.
INDEX_PAGE = re.compile(r"^(?:index|default)\.(?:html?|shtml|php|aspx?|jsp)$", re.IGNORECASE)
#: A script that serves the path after it ("/index.php/lokales/1432-slug", as Joomla links
#: without URL rewriting): a front controller, neither a section nor a folder.
_FRONT_CONTROLLER = re.compile(
    r"^(?:index|default|app)\.(?:php\d?|cfm|jsp|aspx?|cgi|pl)$", re.IGNORECASE
)


def path_segments(path: str) -> list[str]:
    """A URL path's segments, without a front controller's script before the path it serves.

    >>> path_segments("/index.php/lokales/1432-neue-buslinie"), path_segments("/index.php")
    (['lokales', '1432-neue-buslinie'], [])
    >>> path_segments("/world/rain-returns/"), path_segments("/gn/index.html")
    (['world', 'rain-returns'], ['gn', 'index.html'])
    """
    segments = [segment for segment in path.split("/") if segment]
    if segments and _FRONT_CONTROLLER.match(segments[0]):
        return segments[1:]
    return segments


def same_page_key(url: str) -> str:
    """A canonical URL as a page's identity: a trailing slash or a folder's index page names one.

    Requests keep the URL as the site links it, since servers may tell them apart.

    >>> same_page_key("https://x.example/news/rain/"), same_page_key("https://x.example/news/rain")
    ('https://x.example/news/rain', 'https://x.example/news/rain')
    >>> same_page_key("https://x.example/news/rain/index.html?id=3")
    'https://x.example/news/rain?id=3'
    """
    base, mark, query = url.partition("?")
    folder, _, last = base.rstrip("/").rpartition("/")
    if INDEX_PAGE.match(last):
        base = folder
    return f"{base.rstrip('/')}{mark}{query}"


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
    rewrites: Sequence[tuple[re.Pattern[str], str]] = (),
    scheme: str = "https",
) -> str:
    """Return the canonical form of ``url``.

    https (or the site's own ``scheme``: an http-only site stays http) whatever the link says; host lowercased and mapped through ``host_aliases``; default port, fragment
    and tracking parameters dropped; remaining parameters sorted (all of them when
    ``drop_query``); the path rewritten by the site's ``rewrites`` (pattern, replacement),
    which map other views of an article (AMP, print) to the article.

    >>> canonicalize_url("http://Example.com:80/a-1.html?utm_source=x&b=2&a=1#top")
    'https://example.com/a-1.html?a=1&b=2'
    >>> canonicalize_url("https://m.example.com/a.html?x=1", host_aliases={"m.example.com":
    ...     "www.example.com"}, drop_query=True)
    'https://www.example.com/a.html'
    >>> canonicalize_url("https://example.com/a.html", scheme="http")
    'http://example.com/a.html'
    """
    aliases = tuple(host_aliases.items()) if host_aliases else ()
    return _canonical(url, aliases, drop_query, tuple(rewrites), scheme)


@lru_cache(maxsize=8192)  # one article URL is canonicalized by its listing, request and page
def _canonical(
    url: str,
    host_aliases: tuple[tuple[str, str], ...],
    drop_query: bool,
    rewrites: tuple[tuple[re.Pattern[str], str], ...],
    scheme: str,
) -> str:
    parts = urlsplit(safe_url_string(url.strip()))
    host = (parts.hostname or "").lower()
    if host_aliases:
        host = dict(host_aliases).get(host, host)
    if parts.port not in (None, 80, 443):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    for pattern, replacement in rewrites:
        path = pattern.sub(replacement, path)
    query = ""
    if not drop_query and parts.query:
        pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        query = urlencode(sorted(p for p in pairs if not is_tracking_param(p[0])))
    return urlunsplit((scheme, host, path, query, ""))


#: The URL prefixes a site's edition in a language sits under, besides the language's own
#: two-letter code: ISO 639-2 codes (``/rus/``, ``/eng/``), a country's (``/ua/``) and the
#: language's name, in English or its own words (``/english/``, ``/bangla/``, ``/kiswahili/``).
EDITION_CODES: dict[str, frozenset[str]] = {
    "uk": frozenset({"ukr", "ua"}), "ru": frozenset({"rus"}),
    "en": frozenset({"eng", "english"}), "bn": frozenset({"ben", "bangla", "bengali"}),
    "hi": frozenset({"hin", "hindi"}), "ur": frozenset({"urd", "urdu"}),
    "de": frozenset({"deu", "ger"}), "fr": frozenset({"fra", "fre"}), "es": frozenset({"spa"}),
    "it": frozenset({"ita"}), "pt": frozenset({"por"}), "pl": frozenset({"pol"}),
    "be": frozenset({"bel", "by"}), "kk": frozenset({"kaz", "kz"}), "ar": frozenset({"ara"}),
    "zh": frozenset({"zho", "chi", "cn"}), "ja": frozenset({"jpn", "jp"}),
    "ko": frozenset({"kor", "kr"}), "tr": frozenset({"tur"}), "fa": frozenset({"fas", "per"}),
    "he": frozenset({"heb"}), "ro": frozenset({"ron", "rum"}), "ka": frozenset({"geo", "kat"}),
    # editions named by the language, in English or in its own words (``/kiswahili/``)
    "sw": frozenset({"swa", "swahili", "kiswahili"}), "ha": frozenset({"hau", "hausa"}),
    "am": frozenset({"amh", "amharic"}), "so": frozenset({"som", "somali", "afsomali"}),
    # Malaysian papers put their Malay edition under /bm/ (Bahasa Melayu)
    "ms": frozenset({"msa", "bm", "melayu"}),
}  # fmt: skip
#: Every first segment that may name an edition (the codes above and the languages' own).
EDITION_SEGMENTS = frozenset(
    {*EDITION_CODES, *(c for codes in EDITION_CODES.values() for c in codes)}
)


#: A locale's code as a path segment: ``/en-us/``, ``/fr_be/``, a locale's home ``/en-us.html``.
_LOCALE_SEGMENT = re.compile(r"([a-z]{2})[-_][a-z]{2}(?:\.html?)?", re.IGNORECASE)


def locale_segment(segment: str) -> bool:
    """A path segment that names a locale's edition (``en-us``, ``fr_BE``), no section.

    The first part is a language's code, so an "op-ed" section is no locale.

    >>> locale_segment("en-us"), locale_segment("en-us.html"), locale_segment("fr_BE")
    (True, True, True)
    >>> locale_segment("world"), locale_segment("us"), locale_segment("op-ed")
    (False, False, False)
    """
    found = _LOCALE_SEGMENT.fullmatch(segment)
    return found is not None and found.group(1).lower() in _language_codes()


@lru_cache(maxsize=1)
def _language_codes() -> frozenset[str]:
    """Two-letter language codes, as dateparser's data lists the languages it reads."""
    from dateparser.data.languages_info import language_order

    return frozenset(code for code in language_order if len(code) == 2)


def edition(url: str) -> str:
    """The language edition a URL's first path segment names, else "".

    Editions of one site may give a story's translations one id (``/news/7512345/``,
    ``/rus/news/7512345/``): the id names an article within its edition.

    >>> edition("https://x.example/rus/news/7512345/"), edition("https://x.example/news/7512345/")
    ('rus', '')
    """
    first = urlsplit(url).path.lstrip("/").split("/", 1)[0].lower()
    return first if first in EDITION_SEGMENTS and "/" in urlsplit(url).path.lstrip("/") else ""


def site_host(host: str) -> str:
    """A host without the prefixes that name the same site (``www.``, ``m.``, ``amp.``).

    >>> site_host("www.example-paper.com"), site_host("M.Example.co.uk"), site_host("news.x.org")
    ('example-paper.com', 'example.co.uk', 'news.x.org')
    """
    host = host.lower().rstrip(".")
    for prefix in SITE_HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix) :]
    return host


@lru_cache(maxsize=4096)  # asked for every link of every listing page; hosts repeat
def registered_domain(host: str) -> str:
    """The domain a host is registered under, by the public suffix list.

    A host under no known suffix (``localhost``, ``x.example``, an IP address) gives
    ``site_host(host)``.

    >>> registered_domain("news.bbc.co.uk"), registered_domain("amp.edition.example.com")
    ('bbc.co.uk', 'example.com')
    >>> registered_domain("www.paper.example"), registered_domain("127.0.0.1")
    ('paper.example', '127.0.0.1')
    """
    host = host.lower().rstrip(".")
    parts = _PUBLIC_SUFFIXES.extract_str(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return site_host(host)


def on_domain(host: str, domain: str) -> bool:
    """Whether ``host`` is ``domain`` or one of its subdomains.

    >>> on_domain("www.bbc.co.uk", "bbc.co.uk"), on_domain("evil-bbc.co.uk", "bbc.co.uk")
    (True, False)
    """
    host = host.lower().rstrip(".")
    return host == domain or host.endswith("." + domain)


def same_site(url: str, other: str) -> bool:
    """Whether two URLs are on the same registered domain (``www.``, ``m.``, AMP hosts...).

    >>> same_site("https://m.example.com/a", "https://www.example.com/b")
    True
    >>> same_site("https://example.com.evil.net/a", "https://example.com/b")
    False
    """
    first = registered_domain(urlsplit(url).hostname or "")
    return bool(first) and first == registered_domain(urlsplit(other).hostname or "")


def numeric_id(url: str) -> str | None:
    """The site's numeric article id in a URL's path, else in its id query parameter.

    That is the path's last standalone run of 5-19 digits (or 13-19 typed by one letter after
    them, or 5-19 run into an Escenic "article") that is not a date.

    >>> numeric_id("https://x.example/world/rain-returns-13758042.html")
    '13758042'
    >>> numeric_id("https://x.example/news/article/482913/rain-returns")
    '482913'
    >>> numeric_id("https://x.example/2026/11/24/rain-returns/") is None
    True
    >>> numeric_id("https://x.example/20261124/rain-returns") is None
    True
    >>> numeric_id("https://x.example/article.php?id=12345"), numeric_id("https://x.example/s?cid=55555")
    ('12345', None)
    >>> numeric_id("https://x.example/news/articleView.html?idxno=123456")
    '123456'
    >>> numeric_id("https://x.example/article/2026112415050001"), numeric_id("https://x.example/a/202611241505")
    ('2026112415050001', None)
    >>> numeric_id("https://x.example/pozar-hali-6970236654623360a.html")
    '6970236654623360'
    >>> numeric_id("https://x.example/artykul/12345678,sejm-uchwalil.html")
    '12345678'
    >>> numeric_id("https://x.example/news/rain-returns/article68912345.ece")
    '68912345'
    >>> numeric_id("https://x.example/india-news/rain-returns-101732012345678.html")
    '101732012345678'

    Shorter, only as the segment after an "article" folder, and never a year:

    >>> numeric_id("https://x.example/english/business/article/9025"), numeric_id("https://x.example/a/9025")
    ('9025', None)
    >>> numeric_id("https://x.example/article/2026") is None
    True
    """
    parts = urlsplit(url)
    found: list[str] = [
        number for number in _NUMERIC_ID.findall(parts.path) if not _DATE_LIKE.match(number)
    ]
    if found:
        return found[-1]
    if short := _ARTICLE_FOLDER_ID.search(parts.path):
        return short.group(1)
    if parts.query:
        # "article.php?id=12345", "story?articleId=987654": an id parameter, never a page number
        for key, value in parse_qsl(parts.query):
            if ID_PARAM.fullmatch(key) and _NUMERIC_ID.fullmatch(value):
                return None if _DATE_LIKE.match(value) else value
    return None


def short_id(url: str) -> str | None:
    """A short id of letters and digits mixed that ends an article path after its slug.

    Nordic and other CMSes end article URLs so (``/nyheter/artikel/<slug>/r1x7kq2m``). The
    id changes between letters and digits at least twice, so a word with a number after a
    slug ("covid19", "top10") is no id, and the segment before it is a slug of two words or more.

    >>> short_id("https://x.example/nyheter/artikel/ny-busslinje-till-hamnen/r1x7kq2m")
    'r1x7kq2m'
    >>> short_id("https://x.example/nyheter/vaccin-mot-covid/covid19") is None
    True
    >>> short_id("https://x.example/nyheter/r1x7kq2m") is None
    True

    Arc XP's content ids are 26 letters and digits of base32, in capitals:

    >>> short_id("https://x.example/nz/rain-returns/Q3XK5ZQ4ZRDB5F7NY7O7X2WCVI/")
    'Q3XK5ZQ4ZRDB5F7NY7O7X2WCVI'
    """
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if len(segments) < 2 or not (is_mixed_id(last := segments[-1]) or _ARC_ID.fullmatch(last)):
        return None
    return last if len([w for w in _SLUG_WORD.split(segments[-2]) if w]) >= 2 else None


def is_mixed_id(segment: str, *, longest: int = 16) -> bool:
    """A path segment of 6-16 letters and digits that changes between them at least twice.

    >>> is_mixed_id("r1x7kq2m"), is_mixed_id("hjw11p1ap6"), is_mixed_id("covid19"), is_mixed_id("abcdefgh")
    (True, True, False, False)

    Content ids of Japanese papers and portals are longer (``ASV5T4H6GV5TUTIL00XM``,
    ``DGXZQOUA241230U6A121C2000000``, 40 hex digits):

    >>> is_mixed_id("ASV5T4H6GV5TUTIL00XM", longest=48), is_mixed_id("ASV5T4H6GV5TUTIL00XM")
    (True, False)
    """
    return (
        6 <= len(segment) <= longest
        and bool(_SHORT_ID.fullmatch(segment))
        and len(_RUNS.findall(segment)) >= 3
        and any(c.isdigit() for c in segment)
    )


#: The longest content id an article path ends in after an article folder or a section.
LONG_ID_CHARS = 48


def tilde_id(url: str) -> str | None:
    """The id after a tilde that ends an article path's last segment: a letter, then hex.

    Dutch and Belgian publishers' CMSes write it so (``/binnenland/<slug>~a1b2c3d4/``,
    ``/regio/<town>/<slug>~r5e6f7a8/``, or bare ``/~a1b2c3d4/``).

    >>> tilde_id("https://x.example/binnenland/brug-open~a1b2c3d4/"), tilde_id("https://x.example/~r5e6f7a8")
    ('a1b2c3d4', 'r5e6f7a8')
    >>> tilde_id("https://x.example/~jan/"), tilde_id("https://x.example/~adeadbeef/")
    (None, None)

    Czech publishers' CMSes (Economia's) end the path with a segment of its own, a letter, the
    tilde and a 32-digit hex id (``/domaci/<slug>/r~3f9a1c2b7d8e11efa1b20cc47ab5f122/``):

    >>> tilde_id("https://x.example/domaci/sucho/r~3f9a1c2b7d8e11efa1b20cc47ab5f122/")
    'r~3f9a1c2b7d8e11efa1b20cc47ab5f122'
    """
    segments = [s for s in urlsplit(url).path.split("/") if s]
    match = _TILDE_ID.search(segments[-1]) if segments else None
    if match is None and segments and (whole := _LETTER_TILDE_ID.fullmatch(segments[-1])):
        return whole.group(0)
    return match.group(1) if match else None


#: A letter, then hex digits with at least one digit ("~deadbeef" may be a user's folder).
_TILDE_ID = re.compile(r"~([a-z](?=[a-f]*\d)[0-9a-f]{6,9})$")
#: A letter and a tilde before a 32-digit hex id (a UUID without its dashes).
_LETTER_TILDE_ID = re.compile(r"[a-z]~(?=[a-f]*\d)[0-9a-f]{32}")
_SHORT_ID = re.compile(r"[A-Za-z0-9]+")
_ARC_ID = re.compile(r"(?=[A-Z2-7]*[2-7])(?=[2-7]*[A-Z])[A-Z2-7]{26}")
_RUNS = re.compile(r"[A-Za-z]+|\d+")
_SLUG_WORD = re.compile(r"[-_+]")


#: Query parameters that hold an article's id ("id", "articleId", "story_id", "nid", "p"), as
#: Korean CMSes name it too ("idxno", "idx", "no", "aid", "artid", "newsNo").
#: Query keys that carry an article's id (``?id=``, ``?idxno=``, ``?articleId=``).
ID_PARAM = re.compile(
    r"(?i)id|idx|idxno|nid|aid|no|p"
    r"|(?:article|art|arc|story|news|post|content|doc|item)_?(?:id|idx|idxno|no)?"
)


#: Query parameters that number a listing's or an article's pages, lower-cased: ``?page=2``,
#: ``?sayfa=2`` (Turkish), ``?halaman=2`` (Indonesian), Bitrix's ``?PAGEN_1=2``, ``?strana=2``
#: and ``?stranka=2`` (Czech and Slovak).
PAGE_PARAMETERS = frozenset(
    {
        "page",
        "pg",
        "p",
        "paged",
        "pagina",
        "seite",
        "sayfa",
        "halaman",
        "pagen_1",
        "strana",
        "stranka",
    }
)
#: An article's later pages: not ``p``, with which WordPress numbers its posts (``?p=123``).
ARTICLE_PAGE_PARAMETERS = PAGE_PARAMETERS - {"p"}


def continuation_number(link: str, article_url: str) -> int | None:
    """The number of the later page of the article at ``article_url`` that ``link`` opens.

    The article's own URL with one page parameter more (``?page=2``), or with the number as
    one more path segment (``/judul/2``); None for any other link, and for page 1.

    >>> article = "https://www.x.example/read/2026/11/24/15050001/judul"
    >>> continuation_number(article + "?page=2", article), continuation_number(article + "/3/", article)
    (2, 3)
    >>> continuation_number("https://x.example/read/2026/11/24/15050001/judul?page=2&utm_source=x", article)
    2
    >>> continuation_number(article + "?page=1", article), continuation_number(article + "-2", article)
    (None, None)
    >>> continuation_number("https://www.x.example/read/2026/11/24/9/lain?page=2", article) is None
    True
    """
    link_parts, article_parts = urlsplit(link), urlsplit(article_url)
    if site_host(link_parts.hostname or "") != site_host(article_parts.hostname or ""):
        return None
    base = sorted(_kept_params(article_parts.query))
    query = _kept_params(link_parts.query)
    numbered = [(k, v) for k, v in query if k.lower() in ARTICLE_PAGE_PARAMETERS]
    rest = sorted(pair for pair in query if pair not in numbered)
    path, article_path = link_parts.path.rstrip("/"), article_parts.path.rstrip("/")
    if len(numbered) == 1 and rest == base and path == article_path:
        value = numbered[0][1]
    elif (
        not numbered
        and rest == base
        and path.startswith(article_path + "/")
        and not article_path.rsplit("/", 1)[-1].isdigit()
    ):
        value = path[len(article_path) + 1 :]
    else:
        return None
    return int(value) if value.isdigit() and 2 <= int(value) <= 50 else None


def _kept_params(query: str) -> list[tuple[str, str]]:
    return [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not is_tracking_param(k)]

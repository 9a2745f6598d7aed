"""Small pure cleaning functions used by the ArticleLoader, each with a doctest."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from w3lib.url import safe_url_string

from newscrawl.agencies import AGENCY_SPELLINGS

_SPACE = re.compile(r"[\s\u00a0\u200b\u2060\ufeff]+")
#: The zero-width characters str.split() keeps: spaces (zero-width space, BOM), joiners, and
#: the direction marks right-to-left pages put around dates and names.
_INVISIBLE = re.compile(
    r"[\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]"
)
#: A zero-width (non-)joiner with no letter on one side. Inside a word it is spelling
#: (Persian "می\u200cشود", emoji sequences) and stays; it never separates words.
_LOOSE_JOINER = re.compile(
    r"(?<![^\s\u200b\u2060\ufeff])[\u200c\u200d]+|[\u200c\u200d]+(?![^\s\u200b\u2060\ufeff])"
)
#: Direction marks and embeddings right-to-left pages put around dates and names: no text.
_BIDI = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
#: The same marks as a ``str.translate`` table that deletes them.
BIDI_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
)
# C0/C1 controls and lone surrogates make JSON lines unreadable for some loaders.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
#: A middle dot or bullet only between spaces: "Priya Raman · The Canadian Press" (within a
#: name, "·" joins the parts of a transliterated one).
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*|\s+[\u00b7\u2022]\s+", re.IGNORECASE)
#: A credit in brackets after a name: "Ana Ruiz (Reuters)", "Anna Schmidt (Redaktion)".
BRACKETED_TAIL = re.compile(r"\s*[(\[]([^()\[\]]{2,60})[)\]]\s*$")
#: A full stop after a name of two words, the last of three letters or more, then another
#: name: "Finian Cunningham. Sputnik International" (not "Dr. Jane Roe", "Jane Roe Jr.").
_STOP_BETWEEN = re.compile(r"^(\S+\s+(?:\S+\s+)*?[^\W\d_]{3,})\.\s+([A-Z].*)$")
#: "By", also after the kind of piece: "Analysis by Chris Cillizza", "Opinion by ...".
_BY_PREFIX = re.compile(
    r"^(?:(?:written|analysis|opinion|commentary|review|reporting|text|words|story)\s+)?by[:\s]+",
    re.IGNORECASE,
)
_BOILERPLATE_EXACT = frozenset(
    {
        "advertisement",
        "end of article",
        "subscribe",
        "whatsapp facebook twitter",
        "share this",
        "share this article",
        "share this story",
        "share",
    }
)
_BOILERPLATE_PREFIX = re.compile(
    r"^(?:also\s+read|read\s+more|read\s+also|more\s+from)\b", re.IGNORECASE
)


#: Longest value a field takes (characters). A longer one is not that field (a whole article
#: in a JSON-LD headline, a script in a byline): it is set aside and the next source is used.
LIMITS: Mapping[str, int] = {
    "title": 1_000,
    "description": 5_000,
    "authors": 200,
    "tags": 200,
    "section": 200,
    "image_url": 4_096,
}
#: Text fields whose mojibake is repaired (URLs and codes are left alone).
REPAIRED = frozenset({"title", "description", "authors", "tags", "body"})
# UTF-8 read as cp1252/latin-1: a lead byte (Â Ã Ä-ß à-ï ...) then continuation bytes.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
    "\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def _as_cp1252(text: str) -> bytes | None:
    """The bytes ``text`` came from if it was decoded as cp1252 (C1 controls as latin-1)."""
    out = bytearray()
    for char in text:
        if ord(char) < 0x100:
            out.append(ord(char))
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def repair_mojibake(text: str) -> str | None:
    """``text`` with UTF-8 read as cp1252 undone, or None when it needs or allows no repair.

    Only a whole value that round-trips to valid UTF-8 is repaired.

    >>> repair_mojibake("Ã©tÃ© in Paris")
    'été in Paris'
    >>> repair_mojibake("Déjà vu, 5 € only") is None
    True
    """
    if not _MOJIBAKE.search(text):
        return None
    raw = _as_cp1252(text)
    try:
        fixed = raw.decode("utf-8") if raw is not None else None
    except UnicodeDecodeError:
        return None
    return fixed if fixed != text else None


def repair_charset(field: str) -> Any:
    """A processor repairing mojibake in ``field`` and noting text a lying charset damaged.

    Noted in ``loader_context["damaged"]``: ``mojibake_repaired/<field>``, ``mojibake/<field>``
    (looks damaged, cannot be undone safely), ``replacement_char/<field>`` (U+FFFD: bytes
    already lost when the page was decoded).
    """

    def repair(value: str | None, loader_context: Mapping[str, Any]) -> str | None:
        if not value:
            return value
        damaged = loader_context.get("damaged")
        notes = set()
        fixed = repair_mojibake(value)
        if fixed is not None:
            notes.add(f"mojibake_repaired/{field}")
            value = fixed
        elif _MOJIBAKE.search(value):
            notes.add(f"mojibake/{field}")
        if "\ufffd" in value:
            notes.add(f"replacement_char/{field}")
        if damaged is not None:
            damaged.update(notes)
        return value

    return repair


def at_most(field: str) -> Any:
    """A processor that sets aside values of ``field`` longer than ``LIMITS[field]``."""
    limit = LIMITS[field]

    def check(value: str | None, loader_context: Mapping[str, Any]) -> str | None:
        if value is None or len(value) <= limit:
            return value
        damaged = loader_context.get("damaged")
        if damaged is not None:
            damaged.add(f"too_long/{field}")
        return None

    return check


#: A letter and the combining diacritics after it: "e\u0302\u0301" as some pages write "ế".
_COMBINING = re.compile(r"\w[\u0300-\u036f]+")


def _composed(match: re.Match[str]) -> str:
    # Only letters with combining marks: NFC of a whole text would also rewrite CJK
    # compatibility ideographs, which pages use on purpose.
    return unicodedata.normalize("NFC", match.group(0))


def clean_text(value: str | None) -> str | None:
    """Collapse white space, drop control characters; None for an empty result.

    >>> clean_text("  Obama   to press  China ")
    'Obama to press China'
    >>> clean_text("   ") is None
    True

    A zero-width non-joiner inside a word is kept, one beside a space is dropped:

    >>> clean_text("\u200cمی\u200cشود \u200c محیط\u200cزیست\u200b")
    'می\u200cشود محیط\u200cزیست'
    >>> clean_text("\u200f\u05d3\u05e0\u05d4 \u05dc\u05d5\u05d9\u200f")  # right-to-left marks
    '\u05d3\u05e0\u05d4 \u05dc\u05d5\u05d9'

    A letter written with combining diacritics is given in its precomposed form, so the
    same name or title compares equal however the page wrote it:

    >>> clean_text("Hoa\u0300ng Lan") == "Hoàng Lan"
    True
    """
    if value is None:
        return None
    text = _CONTROL.sub("", str(value))
    if not text.isascii() and _COMBINING.search(text):
        text = _COMBINING.sub(_composed, text)
    if _INVISIBLE.search(text):
        return _SPACE.sub(" ", _LOOSE_JOINER.sub("", _BIDI.sub("", text))).strip() or None
    # What _SPACE does when only str.isspace() characters separate words, twice as fast.
    return " ".join(text.split()) or None


def split_authors(value: str) -> list[str]:
    """Split a byline into names on commas, "and", "&", ";" and "|"; drop "By" and URLs.

    A part that holds a date or a clock is no name ("JERUSALEM POST STAFF, NOVEMBER 20, 2019
    10:43" in one JSON-LD author).

    >>> split_authors("By Reuters and Desk Staff")
    ['Reuters', 'Desk Staff']
    >>> split_authors("Analysis by Chris Cillizza, CNN Editor-at-large")
    ['Chris Cillizza', 'CNN Editor-at-large']
    >>> split_authors("JERUSALEM POST STAFF, NOVEMBER 20, 2019 10:43")
    ['JERUSALEM POST STAFF']
    >>> split_authors("Vibhuti Sanchala, Vibhuti Sanchala")
    ['Vibhuti Sanchala', 'Vibhuti Sanchala']
    >>> split_authors("By Priya Raman · The Canadian Press")
    ['Priya Raman', 'The Canadian Press']
    >>> split_authors("Ana Ruiz (Reuters)")
    ['Ana Ruiz', 'Reuters']
    >>> split_authors("https://www.example.com/author/desk")
    []

    Degrees and credentials after a name are no names; "Jr." and "III" stay with theirs.

    >>> split_authors("Ilana Muhlstein, MS, RDN"), split_authors("Ana Ruiz, Ph.D. and Bo Li, MD")
    (['Ilana Muhlstein'], ['Ana Ruiz', 'Bo Li'])
    >>> split_authors("Martin Luther King, Jr."), split_authors("Tom Field, PA")
    (['Martin Luther King Jr.'], ['Tom Field', 'PA'])

    A full stop between two names ends the first:

    >>> split_authors("Finian Cunningham. Sputnik International"), split_authors("Dr. Ana Ruiz")
    (['Finian Cunningham', 'Sputnik International'], ['Dr. Ana Ruiz'])
    """
    if value.startswith(("http://", "https://", "/")):
        return []
    if bracketed := BRACKETED_TAIL.search(value):
        value = f"{value[: bracketed.start()]}, {bracketed.group(1)}"
    names: list[str] = []
    parts: list[str] = []
    for part in _AUTHOR_SPLIT.split(value):
        stop = _STOP_BETWEEN.match(part.strip())
        parts += stop.groups() if stop else [part]
    for part in parts:
        name = _BY_PREFIX.sub("", part).strip()
        if len(name.split()) >= 3:
            # "Jane Roe For Dailymail.com", "Jane Roe Political Correspondent": the outlet
            # or the role run into one JSON-LD name
            name = _without_outlet_or_role(name)
        plain = name.replace(".", "")
        if not name or _DATE_PART.search(name) or plain in _CREDENTIALS:
            continue
        if plain in _NAME_SUFFIXES and names:
            names[-1] = f"{names[-1]} {name}"
        else:
            names.append(name)
    return names


#: " for " before the outlet a writer files for: "By Jane Roe for Reuters", "By JANE ROE FOR
#: MAILONLINE", "Jane Roe For Dailymail.com", "Jane Roe for the Daily Courier".
FOR_OUTLET = re.compile(r"\s+(?:for|For|FOR)\s+(?=[A-Z]|the\s)")
#: The outlet's name after it, to the end of a JSON-LD name: a few words in capitals.
_OUTLET_NAME = re.compile(r"(?:the\s+|The\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4}")
#: A writer's role in English ("Correspondent"), and the words that qualify it ("Senior
#: Political Reporter").
ROLE_NOUNS = frozenset(
    {"writer", "correspondent", "reporter", "editor", "columnist", "contributor", "producer",
     "photographer", "journalist", "analyst"}
)  # fmt: skip
_ROLE_WORDS = frozenset(
    {"senior", "chief", "political", "foreign", "deputy", "associate", "contributing", "special",
     "national", "international", "business", "sport", "sports", "health", "science",
     "economics", "education", "city", "managing", "executive", "assistant", "staff",
     "investigative", "legal", "royal", "crime", "court"}
)  # fmt: skip


def _without_outlet_or_role(name: str) -> str:
    """A name of two words or more without the outlet or role run into it after them.

    >>> _without_outlet_or_role("Jane Roe For Dailymail.com")
    'Jane Roe'
    >>> _without_outlet_or_role("Jane Roe Senior Political Reporter")
    'Jane Roe'
    >>> _without_outlet_or_role("Voices for Justice Network"), _without_outlet_or_role("John Writer")
    ('Voices for Justice Network', 'John Writer')
    >>> _without_outlet_or_role("Example News Staff"), _without_outlet_or_role("Sports Desk Editor")
    ('Example News Staff', 'Sports Desk Editor')
    >>> _without_outlet_or_role("AP Auto Writer"), _without_outlet_or_role("JANE ROE CORRESPONDENT")
    ('AP Auto Writer', 'JANE ROE')
    """
    outlet = FOR_OUTLET.search(name)
    if (
        outlet
        and _capitalised_words(name[: outlet.start()]) >= 2
        and _OUTLET_NAME.fullmatch(name[outlet.end() :])
    ):
        name = name[: outlet.start()]
    words = name.split()
    cut = len(words)
    if cut and words[-1].casefold().rstrip("s") in ROLE_NOUNS:
        cut -= 1
        while cut and words[cut - 1].casefold() in _ROLE_WORDS:
            cut -= 1
    head = words[:cut]
    if (
        _capitalised_words(" ".join(head)) < 2
        or any(w.casefold() in _DESK_WORDS for w in head)
        # "AP Auto Writer": an agency's desk, an acronym among words that are not capitals
        or (any(len(w) > 1 and w.isupper() for w in head) and not all(w.isupper() for w in head))
    ):
        return name  # "Sports Desk Editor": a desk's role, no one's name before it
    return " ".join(head)


_DESK_WORDS = frozenset({"desk", "staff", "team", "bureau", "newsroom", "news", "editorial"})


def _capitalised_words(text: str) -> int:
    words = text.split()
    return len(words) if words and all(w[:1].isupper() for w in words) else 0


#: Degrees and professional credentials printed after a name ("Jane Roe, MS, RDN"), without
#: their dots. Not "PA": the Press Association is credited so ("Tom Field, PA").
_CREDENTIALS = frozenset(
    {"MD", "DO", "PhD", "DPhil", "MPhil", "MS", "MSc", "MA", "BA", "BS", "BSc", "MBA", "MPH",
     "MPA", "JD", "Esq", "LLM", "RN", "BSN", "MSN", "NP", "FNP", "FNP-BC", "APRN", "PA-C", "RD",
     "RDN", "LD", "LDN", "CDE", "CDCES", "CNS", "CPT", "CSCS", "DPT", "OTR/L", "PharmD", "DDS",
     "DMD", "DVM", "PsyD", "EdD", "LCSW", "LMFT", "LPC", "CFA", "CFP", "CPA", "FACS", "FACP",
     "FAAP", "FRCP", "MRCP", "MBBS"}
)  # fmt: skip
#: Generational suffixes, part of the name before them ("Martin Luther King, Jr.").
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


#: A clock, a year, or a month name with a day: date parts a byline string carries along.
_DATE_PART = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


#: An e-mail address a byline prints after the name ("Jane Roe jane@paper.com").
_EMAIL = re.compile(r"<?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b>?")
#: A Korean reporter's title, written after the name ("홍길동 기자", "김철수 특파원").
KO_STAFF_TITLE = r"(?:(?:선임|수석|전문|객원|수습|인턴|사진|영상|취재|대기)?기자|특파원|통신원|논설위원|편집위원)"
_KO_TITLE_AFTER = re.compile(rf"(?<=[\uac00-\ud7a3])\s*{KO_STAFF_TITLE}(?:님)?$")
#: The middle dot between Korean names ("이서연·박준호 기자"); between other letters it is
#: part of a word (Catalan "Gal·la").
_KO_NAME_DOT = re.compile(r"(?<=[\uac00-\ud7a3])\s*[\u00b7\u318d\u30fb]\s*(?=[\uac00-\ud7a3])")


def drop_contact_and_title(value: str) -> list[str]:
    """A byline name without its e-mail and, in Korean, without the title after it.

    "기자" (reporter) and kin follow a Korean name; the middle dot joins two names.

    >>> drop_contact_and_title("홍길동 기자 hong@hanbit.example")
    ['홍길동']
    >>> drop_contact_and_title("이서연·박준호 기자"), drop_contact_and_title("Jane Roe jane@x.com")
    (['이서연', '박준호'], ['Jane Roe'])
    >>> drop_contact_and_title("Gal·la Puig")
    ['Gal·la Puig']

    A social handle or a profile button printed after the name is no part of it:

    >>> drop_contact_and_title("Jane Roe @janeroe"), drop_contact_and_title("Jane Roe Follow")
    (['Jane Roe'], ['Jane Roe'])
    """
    text = _EMAIL.sub("", value).strip(" ,;/()[]")
    if (ui := UI_AFTER_NAME.search(text)) and " " in text[: ui.start()].strip():
        text = text[: ui.start()].strip(" ,;/()[]|")  # "Jane Roe Follow", "Jane Roe @janeroe"
    names = []
    for part in _KO_NAME_DOT.split(text):
        name = _KO_TITLE_AFTER.sub("", part.strip()).strip()
        if name:
            names.append(name)
    return names


#: What a byline prints after a writer's name for the reader to click: a social handle, an
#: e-mail address, a profile button ("Follow", "Contact", "Email the author", "View profile").
UI_AFTER_NAME = re.compile(
    rf"\s+(?:@\w{{2,30}}\b|{_EMAIL.pattern}"
    r"|(?:follow(?:ing)?|contact|subscribe|e-?mail(?:\s+the\s+author)?"
    r"|view\s+(?:full\s+)?profile|bio)(?:\s|$)).*$",
    re.IGNORECASE | re.DOTALL,
)
#: CMS account names a theme prints or marks up as the author: no person, no desk.
_ACCOUNTS = frozenset(
    {"admin", "administrator", "site admin", "site administrator", "siteadmin", "wpadmin",
     "webmaster", "root", "superuser", "wordpress", "anonymous", "unknown", "author", "user",
     "guest", "default", "editor", "null", "none", "undefined"}
)  # fmt: skip


def drop_accounts(value: str) -> str | None:
    """None for a CMS account name ("admin") or a button's label ("Email the author").

    Either is printed or marked up where the author's name goes.

    >>> drop_accounts("admin"), drop_accounts("Administrator"), drop_accounts("Ana Ruiz")
    (None, None, 'Ana Ruiz')
    >>> drop_accounts("Email The Author"), drop_accounts("About the author")
    (None, None)
    >>> drop_accounts("jdadmin"), drop_accounts("web_admin"), drop_accounts("Admina Stone")
    (None, None, 'Admina Stone')
    """
    folded = " ".join(value.split()).casefold()
    if folded in _ACCOUNTS or _UI_LABEL.fullmatch(folded):
        return None
    # a site's administrator login, whatever it prefixes: "jdadmin", "web_admin", "admin2"
    return None if " " not in folded and "admin" in folded else value


#: What a byline box's buttons and headings say where a name would be.
_UI_LABEL = re.compile(
    r"(?:e-?mail|contact|follow|message|about|more from|more by|view|see) (?:the|this)? ?author"
    r"(?:'s (?:profile|articles|stories))?|(?:view|see) (?:full )?profile|author (?:profile|bio)"
    r"|(?:see|view|read) (?:all|more) (?:articles|stories|posts)"
)


_CREDIT = re.compile(
    r"[(\[]?\s*\b(?:images?|photos?|photograph(?:y|s)?|pictures?|pics?|video|illustrations?|"
    r"graphics?)(?:\s+(?:credits?|by|courtesy))?\s*(?::|-|\u2013|\bby\b|\bcourtesy\b)"
    r"[^)\]]*[)\]]?",
    re.IGNORECASE,
)


def drop_credits(value: str) -> str | None:
    """Remove image credits that bylines carry: "(Image: Getty Images)", "Photo: Reuters".

    >>> drop_credits("Jane Roe (Image: Getty Images)")
    'Jane Roe'
    >>> drop_credits("Photo: Reuters") is None, drop_credits("Mark Photos")
    (True, 'Mark Photos')
    """
    text = _CREDIT.sub("", value).strip(" ,;|/-\u2013")
    return text or None


def split_keywords(value: str) -> list[str]:
    """Split a keyword string on its commas, else on its semicolons or ideographic commas.

    >>> split_keywords("China, Barack Obama,cyber attacks,")
    ['China', 'Barack Obama', 'cyber attacks']
    >>> split_keywords("Bridges; City Council; Transport"), split_keywords("交通、橋")
    (['Bridges', 'City Council', 'Transport'], ['交通', '橋'])
    """
    separator = next((s for s in (",", ";", "\u3001", "\uff0c") if s in value), ",")
    return [part.strip() for part in value.split(separator) if part.strip()]


#: "Category: Moon", "topic: White House": the kind of tag before the tag.
_TAG_KIND = re.compile(
    r"^(?:categor(?:y|ies)|topics?|tags?|keywords?|subjects?)\s*:\s*", re.IGNORECASE
)
#: A CMS's own tokens among the tags: "@post-id:1913719", "_no-apple-news", "channel_other",
#: "/article", "section: Article", "type_news".
_MACHINE_TAG = re.compile(
    r"^(?:[@_/]|(?:section|type|channel|format|template|content[-_ ]?type)\s*:)|^\S*_\S*$"
    r"|^[\w-]+:\S",
    re.IGNORECASE,
)


def tag_values(value: str) -> list[str]:
    """The tags in one value, without a CMS's own tokens and without "Category: " words.

    A value of tags joined by bare commas ("Hong Kong,Protest,China") is split; a comma
    and a space may be inside one tag ("Washington, D.C.").

    >>> tag_values("Hong Kong,Protest,Asia Pacific"), tag_values("Washington, D.C.")
    (['Hong Kong', 'Protest', 'Asia Pacific'], ['Washington, D.C.'])
    >>> tag_values("Category: Moon"), tag_values("channel_other"), tag_values("@post-id:1913719")
    (['Moon'], [], [])
    >>> tag_values("#Brexit"), tag_values("section: Article"), tag_values("COVID-19")
    (['Brexit'], [], ['COVID-19'])
    >>> tag_values("serversidehawk"), tag_values("videoarticle")
    ([], [])
    """
    parts = value.split(",") if "," in value and ", " not in value else [value]
    tags = []
    for part in parts:
        tag = _TAG_KIND.sub("", part.strip()).lstrip("#").strip()
        if tag and not _MACHINE_TAG.match(tag) and tag.casefold() not in _CMS_FLAGS:
            tags.append(tag)
    return tags


#: Flags a CMS sets in a page's keywords for its own templates, no subject: Future plc's
#: "serversidehawk" and "videoarticle" (Live Science, Space.com), ad and syndication switches.
_CMS_FLAGS = frozenset(
    {"serversidehawk", "videoarticle", "noads", "no-ads", "hideads", "hide-ads", "nosyndication",
     "no-syndication"}
)  # fmt: skip


#: The category a CMS files a post under when its writer chose none (WordPress's
#: "Uncategorized", as its translations name it): no section and no tag.
DEFAULT_CATEGORIES = frozenset(
    {"uncategorized", "uncategorised", "sin categoría", "sin categoria", "non classé",
     "non classe", "senza categoria", "sem categoria", "без рубрики", "bez kategorii",
     "geen categorie", "okategoriserade", "ukategorisert", "ikke kategoriseret",
     "nicht kategorisiert", "kategorisiz", "tanpa kategori", "chưa phân loại", "未分類", "未分类",
     # a CMS's catch-all stream or its post type, named where the section goes ("All" on
     # Drupal sites, "Front Page" on Vox Media's, TechCrunch's "post")
     "all", "post", "posts", "front page", "frontpage", "homepage"}
)  # fmt: skip


def drop_default_category(value: str) -> str | None:
    """None for the category a CMS gives a post filed under none.

    >>> drop_default_category("Uncategorized") is None, drop_default_category("Local")
    (True, 'Local')
    """
    return None if value.strip().casefold() in DEFAULT_CATEGORIES else value


def drop_boilerplate(value: str) -> str | None:
    """Return None for ad labels and related-story teasers inside article bodies.

    >>> drop_boilerplate("Advertisement") is None
    True
    >>> drop_boilerplate("Also Read: Why the monsoon came early") is None
    True
    >>> drop_boilerplate("The talks were held in March.")
    'The talks were held in March.'
    """
    lowered = value.lower().strip(" .:")
    if lowered in _BOILERPLATE_EXACT or _BOILERPLATE_PREFIX.match(value):
        return None
    return value


def without_markup(value: str) -> str | None:
    """A description without the HTML tags a CMS escaped into it ("<p>Rain returns.</p>").

    >>> without_markup("<p>Rain returns to the <b>valley</b>.</p>"), without_markup("a < b and c > d")
    ('Rain returns to the valley.', 'a < b and c > d')
    >>> without_markup('It rained all week [<a class="read-more" href="/rain/">more</a>]')
    'It rained all week'

    """
    if "<" not in value or not _MARKUP_TAG.search(value):
        return value
    text = " ".join(_MARKUP_TAG.sub(_tag_space, value).split())
    # WordPress's excerpt ends in a link to the story: "... [more]", "[…]"
    return _EXCERPT_LINK.sub("", text) or None


_EXCERPT_LINK = re.compile(
    r"\s*\[(?:more|read more|continue reading|\u2026|\.\.\.)\]$", re.IGNORECASE
)


def _tag_space(tag: re.Match[str]) -> str:
    # a block's tag parts two words, an inline one's runs on inside a word's line
    return " " if tag.group(1).lower() in _BLOCK_TAGS else ""


#: An HTML start or end tag of a text element, as CMSs escape them into plain-text fields.
_MARKUP_TAG = re.compile(
    r"</?(p|br|b|i|em|strong|span|a|div|h[1-6]|ul|ol|li|u|small|sup|sub)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset({"p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li"})


def strip_site_suffix(value: str, loader_context: Mapping[str, Any]) -> str:
    """Remove a trailing " - <Site>" from an og:title or <title>.

    >>> strip_site_suffix("Rain returns - Daily Paper", {"site_title": "Daily Paper"})
    'Rain returns'
    >>> strip_site_suffix("Rain returns", {})
    'Rain returns'
    """
    site_title = loader_context.get("site_title")
    if not site_title:
        return value
    return _site_suffix(site_title).sub("", value) or value


@lru_cache(maxsize=256)
def _site_suffix(site_title: str) -> re.Pattern[str]:
    # Compiled once per site: re's own cache of 512 patterns is cycled through by dateparser.
    pattern = rf"\s*[-|\u2013\u2014,]\s*(?:[\w ]+ News\s*,\s*)?{re.escape(site_title)}\s*$"
    return re.compile(pattern, re.IGNORECASE)


def absolute_url(value: str, loader_context: Mapping[str, Any]) -> str | None:
    """Make an image or link URL absolute and https for protocol-relative forms.

    >>> absolute_url("//images.example.com/a.jpg", {})
    'https://images.example.com/a.jpg'
    >>> absolute_url("/a.jpg", {"base_url": "https://www.example.com/x/y.html"})
    'https://www.example.com/a.jpg'
    >>> absolute_url("data:image/gif;base64,R0l", {}) is None
    True
    >>> absolute_url("http://[broken/a.jpg", {}) is None, absolute_url("https://x:port/a", {})
    (True, None)

    Spaces and other letters than ASCII are written as a browser sends them, as the
    article's own URL is:

    >>> absolute_url("/uploads/puente café 1.jpg", {"base_url": "https://www.example.com/"})
    'https://www.example.com/uploads/puente%20caf%C3%A9%201.jpg'
    """
    if value.startswith("//"):
        value = "https:" + value
    try:
        url = urljoin(loader_context.get("base_url", ""), value)
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    return safe_url_string(url) if parts.scheme in ("http", "https") else None


def language_subtag(value: str) -> str | None:
    """Reduce a language tag or locale to its lowercase primary subtag.

    >>> language_subtag("en-IN")
    'en'
    >>> language_subtag("en_US")
    'en'
    >>> language_subtag("English") is None
    True
    """
    primary = _SUBTAG_END.split(value.strip(), maxsplit=1)[0].lower()
    return primary if _PRIMARY_SUBTAG.fullmatch(primary) else None


# Module patterns, never re.<function>(pattern): dateparser compiles patterns by the thousand
# and cycles re's cache of 512, so a pattern left to that cache is compiled again and again.
_SUBTAG_END = re.compile(r"[-_]")
_PRIMARY_SUBTAG = re.compile(r"[a-z]{2,3}")


#: Words written in lower case inside a name or an outlet's name ("Press Trust of India").
_LOWER_IN_NAMES = frozenset(
    {"of", "the", "and", "de", "del", "della", "di", "da", "do", "dos", "du", "la", "le",
     "van", "von", "der", "den", "ter", "y", "e", "bin", "al", "el"}
)  # fmt: skip
_MC = re.compile(r"\bMc([a-z])")
#: Words of an outlet's or a desk's name, beside which a short word is an acronym.
_OUTLET_WORDS = frozenset(
    {"NEWS", "WIRE", "DESK", "STAFF", "SERVICE", "SERVICES", "NETWORK", "ONLINE", "DIGITAL",
     "TV", "RADIO", "BUREAU", "AGENCY", "MEDIA", "PRESS", "REPORT", "TEAM"}
)  # fmt: skip
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")


def name_case(value: str, loader_context: Mapping[str, Any] | None = None) -> str:
    """A name a byline prints in capitals, as names are written: "JANE DOE" is "Jane Doe".

    Only a name of two words or more wholly in capitals; a word without a vowel is an
    acronym and stays ("BBC"); a name with any small letter is left as printed, and so is
    every name on a Turkish or Azerbaijani page (the context's ``language``), whose capital I
    is a dotless i in some names and a dotted one in others ("YILMAZ" is "Y\u0131lmaz").

    >>> name_case("JANE DOE"), name_case("MARY-KATE O'NEIL"), name_case("ANGUS MCDONALD")
    ('Jane Doe', "Mary-Kate O'Neil", 'Angus McDonald')
    >>> name_case("PRESS TRUST OF INDIA"), name_case("BBC NEWS"), name_case("SEÁN Ó BRIAIN")
    ('Press Trust of India', 'BBC News', 'Seán Ó Briain')
    >>> name_case("AFP"), name_case("Jane DOE"), name_case("이서연")
    ('AFP', 'Jane DOE', '이서연')
    >>> name_case("MEHMET YILMAZ", {"language": "tr"})
    'MEHMET YILMAZ'

    Agencies keep their own spelling, and an outlet's short acronyms stay:

    >>> name_case("ANI NEWS DESK"), name_case("ABC NEWS"), name_case("JERUSALEM POST STAFF")
    ('ANI News Desk', 'ABC News', 'Jerusalem Post Staff')
    >>> name_case("AL JAZEERA STAFF"), name_case("TOM LEE AND ANN WU")
    ('Al Jazeera Staff', 'Tom Lee and Ann Wu')
    """
    if " " not in value or not value.isupper():
        return value
    if language_subtag(str((loader_context or {}).get("language") or "")) in ("tr", "az"):
        return value
    written = value.split(" ")
    outlet = any(word in _OUTLET_WORDS for word in written)
    words = []
    for index, word in enumerate(written):
        if not any(c in _VOWELS for c in word):
            words.append(word)
        elif spelled := AGENCY_SPELLINGS.get(word.casefold()):
            words.append(spelled)  # "ANI", "Reuters", "Lusa"
        elif outlet and len(word) <= 3 and word.lower() not in _LOWER_IN_NAMES:
            words.append(word)  # an outlet's acronym: "ABC NEWS" is "ABC News"
        elif index and word.lower() in _LOWER_IN_NAMES:
            words.append(word.lower())
        else:
            words.append(_MC.sub(lambda m: "Mc" + m[1].upper(), word.title()))
    return " ".join(words)


def unique(values: Iterable[str]) -> list[str]:
    """Deduplicate, keeping the first occurrence's position.

    >>> unique(["A", "B", "A"])
    ['A', 'B']
    """
    return list(dict.fromkeys(values))


def unique_tags(values: Iterable[str]) -> list[str]:
    """Deduplicate tags whatever their case, keeping the first as it is written.

    A page's tag row and its keywords often spell one tag twice ("Health", "health").

    >>> unique_tags(["Health", "EEE", "health", "Michigan"])
    ['Health', 'EEE', 'Michigan']
    """
    first: dict[str, str] = {}
    for value in values:
        first.setdefault(value.casefold(), value)
    return list(first.values())


def slug(value: str) -> str | None:
    """A section name as a lowercase slug; Latin letters without their accents, as in URLs.

    "Actualité" is the site's ``/actualite/``, whichever of the two the section is read from;
    other scripts are kept as written.

    >>> slug("World News"), slug(" Tech & Science "), slug("--")
    ('world-news', 'tech-science', None)
    >>> slug("Actualité"), slug("Économie & Œuvres"), slug("Straße"), slug("経済")
    ('actualite', 'economie-oeuvres', 'strasse', '経済')

    Vowel signs are part of their word, not separators ("देश" is not "द-श"):

    >>> slug("देश"), slug("बिज़नेस / विदेश"), slug("সম্পাদকীয়")
    ('देश', 'बिज़नेस-विदेश', 'সম্পাদকীয়')

    Turkish letters are plain Latin in a slug too: "İSTANBUL" is ``/istanbul/`` although
    Python lower-cases "İ" to "i" and a combining dot, and the dotless i (U+0131) is an i:

    >>> slug("İSTANBUL"), slug("Sa\u011fl\u0131k"), slug("KÖŞE YAZILARI")
    ('istanbul', 'saglik', 'kose-yazilari')
    """
    text = _NOT_WORD.sub("-", _plain_latin(value.lower())).strip("-")
    return text or None


#: Neither a word character nor a combining mark (the vowel signs of Indic scripts, Thai...).
_NOT_WORD = re.compile(r"[^\w\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f]+")
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "\u0131": "i"}
#: Accents written as letters of their own after a Latin letter ("İ".lower() is "i" + U+0307).
_LATIN_ACCENTS = range(0x300, 0x370)


def _plain_latin(text: str) -> str:
    """``text`` with each accented Latin letter as its base letter ("é" -> "e")."""
    if text.isascii():
        return text
    letters: list[str] = []
    for char in text:
        if ord(char) in _LATIN_ACCENTS and letters and letters[-1].isascii():
            continue
        base = unicodedata.normalize("NFD", char)[0] if not char.isascii() else char
        letters.append(base if base.isascii() else _LIGATURES.get(char, char))
    return "".join(letters)

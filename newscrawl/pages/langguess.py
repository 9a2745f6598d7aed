# ruff: noqa: RUF001, RUF002  (Cyrillic and Greek words are written with their own letters)
"""The language of a text its page does not declare, from its script and its function words."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

#: Scripts that name one language on a news page. Cyrillic, Arabic and Latin letters are
#: shared by many: their words decide.
_SCRIPT_LANGUAGES = {
    "GREEK": "el",
    "HEBREW": "he",
    "DEVANAGARI": "hi",
    "BENGALI": "bn",
    "TAMIL": "ta",
    "TELUGU": "te",
    "GUJARATI": "gu",
    "GURMUKHI": "pa",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "SINHALA": "si",
    "KHMER": "km",
    "LAO": "lo",
    "MYANMAR": "my",
    "ETHIOPIC": "am",
}

#: Short, frequent words of each language that the others rarely print: articles,
#: prepositions, conjunctions, pronouns and auxiliaries.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to is was for that with on are by this from have has were be "
        "which it at its their they but not after said who will been more than",
        "pt": "do da dos das em no na nos nas um uma para com não que os ao pelo pela "
        "foi são mais como também seu sua entre sobre até quando",
        "es": "el los las del en un una para con por que se no es fue al lo su sus más "
        "como pero también entre sobre hasta cuando muy",
        "fr": "le la les des du un une et est pour dans que qui sur pas au aux ce cette "
        "avec par sont ont été plus il elle leur mais aussi",
        "de": "der die das und ist nicht den dem ein eine zu mit von auf für sich auch "
        "wird werden wurde sind im bei nach aus noch wie",
        "it": "il lo gli della delle del di che è per una un con non sono nel nella alla "
        "anche più come dopo questo stato hanno",
        "nl": "de het een van en is dat op te zijn niet met voor ook aan bij worden "
        "wordt werd naar nog maar dan om uit",
        "id": "yang dan di ke dari untuk dengan ini itu tidak pada akan dalam adalah "
        "juga oleh karena sudah telah bisa mereka atau",
        "tr": "ve bir bu da de için ile olarak olan gibi daha çok ama kadar sonra ancak "
        "en ise değil var",
        "pl": "i w na z że się nie do to jest o jak po od za przez są był było tym także "
        "oraz jego jej ale",
        "sv": "och att det som en är på för med av till den inte har om var de ett "
        "också men från vid",
        "ro": "și în la cu de pe că este nu să o un din pentru care mai au fost sunt după dar",
        "vi": "và của là có được trong các cho những người không một với này đã đến khi để từ sẽ",
        "ru": "и в не на что с по это как из к за от о он она они был была было но "
        "также его ее для",
        "uk": "і в не на що з по це як із до за від про він вона вони був була було але "
        "також його її для",
    }.items()
}

_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: Each function word's languages, for one pass over a text's words.
_WORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _word in _words:
        _WORD_LANGUAGES[_word] = (*_WORD_LANGUAGES.get(_word, ()), _lang)


def text_language(text: str) -> str | None:
    """The language of ``text`` (a title, a description, the first paragraphs), if it shows.

    A script of one language names it; Latin and Cyrillic text is read by its function words,
    and needs enough of them, well ahead of any other language's, to name one.

    >>> text_language("O campeonato começa em março com a primeira etapa em Interlagos, e a "
    ...               "segunda etapa será disputada em Curitiba no mês de abril.")
    'pt'
    >>> text_language("The council said the new bus lanes will open in March, after the works "
    ...               "on the bridge are finished.")
    'en'
    >>> text_language("Η βουλή ψήφισε τον προϋπολογισμό"), text_language("Rain")
    ('el', None)
    """
    head = text[:2000]
    letters = (
        Counter(_script(char) for char in _NON_ASCII.findall(head) if char.isalpha())
        if not head.isascii()
        else Counter()
    )
    if letters:
        ascii_letters = sum(char.isascii() and char.isalpha() for char in head)
        script, count = letters.most_common(1)[0]
        if count > ascii_letters and script in _SCRIPT_LANGUAGES:
            return _SCRIPT_LANGUAGES[script]
        if count > ascii_letters and script == "ARABIC":
            return _arabic_script_language(text[:2000])
    words = [word.casefold() for word in _WORD.findall(text[:5000])]
    if len(words) < 12:
        return None
    scores = Counter(dict.fromkeys(_FUNCTION_WORDS, 0))
    for word in words:
        for lang in _WORD_LANGUAGES.get(word, ()):
            scores[lang] += 1
    (best, hits), (_, second) = scores.most_common(2)
    if hits >= 0.15 * len(words) and hits >= 1.5 * second:
        return best
    return None


#: Letters Urdu writes and Arabic does not (and Persian rarely), then Persian's own.
_URDU_LETTERS = frozenset("\u0679\u0688\u0691\u06ba\u06d2")
_PERSIAN_LETTERS = frozenset("\u067e\u0686\u0698\u06af\u06cc")


def _arabic_script_language(text: str) -> str:
    """Arabic, Persian or Urdu, by the letters only the latter two write.

    >>> _arabic_script_language("مجلس بودجه سال آینده را تصویب کرد")
    'fa'
    >>> _arabic_script_language("البرلمان يقر الميزانية"), _arabic_script_language("حکومت نے بجٹ پیش کیا")
    ('ar', 'ur')
    """
    present = set(text)
    if present & _URDU_LETTERS:
        return "ur"
    return "fa" if present & _PERSIAN_LETTERS else "ar"


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0]

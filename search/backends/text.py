"""Words for SQLite's full-text index: accents folded, and each word's Snowball stem beside it.

PostgreSQL stems and folds accents itself (the `*_unaccent` text-search configurations of
search/migrations/0001). SQLite's FTS5 only splits words, so the SQLite backend prepares the text:

- index time, `index_text(text, language)`: the words with accents folded ("participación" ->
  "participacion"), then the stems of those words that change under the object's language stemmer
  ("derechos" -> "derech"), appended after them (so phrases of the original words still match);
- query time, `query_words(words, language)`: each word folded and stemmed with the visitor's
  language, or only folded when the search names no language (it then matches the unstemmed words).

Stemmers come from the `snowballstemmer` package (the Snowball algorithms PostgreSQL uses too).
"""

import re
import unicodedata
from functools import cache

import snowballstemmer

# Content language -> Snowball algorithm; other languages are folded, not stemmed.
STEMMERS = {"en": "english", "es": "spanish"}

_WORD_RE = re.compile(r"[^\W_]+")


def fold(text):
    """Lower case, accents removed (NFKD minus combining marks)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def language_of(code):
    """The stemmer's language for a language code ("es", "es-mx"), or None."""
    if not code:
        return None
    code = code.lower()
    return code if code in STEMMERS else (code.split("-")[0] if code.split("-")[0] in STEMMERS else None)


@cache
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMERS[language])


def index_text(text, language=None):
    words = _WORD_RE.findall(fold(text))
    if language_of(language) is None:
        return " ".join(words)
    stem = _stemmer(language_of(language)).stemWord
    stems = [stemmed for stemmed in map(stem, words)]
    return " ".join(words + [stemmed for word, stemmed in zip(words, stems, strict=True) if stemmed != word])


def query_words(words, language=None):
    folded = [word for text in words for word in _WORD_RE.findall(fold(text))]
    if language_of(language) is None:
        return folded
    return [_stemmer(language_of(language)).stemWord(word) for word in folded]

"""Norwegian compound words: splitting into known parts, and hanging-hyphen coordinations."""

from __future__ import annotations

import gzip
import math
import re
from collections import ChainMap
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# The bundled word list: wordfreq 3.1.1's Norwegian Bokmål frequencies (CC-BY-SA-4.0, see
# README.md beside it). Each line is "<centibels>\t<word> <word> ...": a word on a
# line with c centibels has a frequency of 10 ** (-c / 100).
WORDLIST = ("resources", "wordlists", "nb_wordfreq.txt.gz")  # inside the package

# Words given without a frequency count as ordinary words; words added to a list (from
# the index) get a frequency below any listed word, so they fill gaps without outweighing it.
PLAIN_WORD_LOG_FREQ = -5.0
UNLISTED_LOG_FREQ = -7.5
# Per part beyond two: a split into fewer, well-known parts wins over a finer one
# (kunnskap|grunnlag, not kunnskap|grunn|lag).
EXTRA_PART_PENALTY = 0.9
MAX_PARTS = 4
MAX_WORD_CHARS = 60
PARTS_CACHE_SIZE = 200_000  # words whose split each splitter remembers
MIN_WORD_CHARS = 4  # elbil, byrom
MIN_PART_CHARS = 4
# Short rare words are mostly junk parts (skjer|ming, fri|sten): a part of at most
# SHORT_RARE_CHARS letters must be at least this frequent.
SHORT_RARE_CHARS = 5
MIN_SHORT_PART_LOG_FREQ = -6.5
LINKERS = ("s", "e")

# Shorter words that do form compounds in plan documents (byutvikling, delmål, friluftsliv,
# levekår, matvaner). Only these may be parts of fewer than MIN_PART_CHARS letters: short
# words are where junk splits come from (sam|arbeid, nær|ing, ung|dom).
SHORT_PARTS = frozenset(
    """
    by øy el sjø fly tog bil vei veg sti bro kai bad hus tak rom dør rør sol
    liv lov råd mål del sak tid dag år kår art fag mat snø arv bok lek lys
    fri ny nær høy lav små
    """.split()
)
# Never a part: particles, prepositions, pronouns and conjunctions. Their "compounds" are
# words in their own right (til|pasning, under|visning, sammen|heng, etter|spørsel).
NEVER_PARTS = frozenset(
    """
    til for fra med mot ved over under etter gjennom mellom innen utenfor uten
    sammen inne ute oppe nede bak fram frem foran rundt omkring
    inn opp ned ut av på om sam fore føre tilrette bort vekk tilbake
    ikke også eller fordi hvis selv samme noen ingen alle hver andre
    hans hennes deres dens dets sine sitt mine ditt vårt våre
    denne dette disse slik sånn mens enn når hvor hvem hva
    """.split()
)
# Never the last part, nor the last part with an inflectional ending: derivational
# suffixes that happen to be words too (ung|dom, fri|het, land|skap, nær|ing, brukbar,
# avslutningsvis, plass|ering), inflectional endings that do (strategi|ene, areal|ene), and
# verbs made from adjectives (synlig|gjøre).
NEVER_HEADS = frozenset(
    """
    dom het skap ing ning ring else lig leg isk vis bar sjon ene ens ende ere ert ets ast est
    ner ter ser lse aktig inne ist lene el gjør gjøre gjort gjøres gjøring
    """.split()
)
_ENDINGS = ("", "e", "t", "a", "en", "er", "et", "ene", "ne", "ane", "ar")
_DOUBLED_ENDINGS = frozenset({"a", "e", "en", "er", "et", "ar", "ane", "ene", "ande", "ende"})

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Part:
    """One part of a compound: its word (without a linking letter) and where it stands."""

    word: str
    start: int
    end: int  # the end of the part in the compound, after its linking letter if any

    @property
    def linker(self) -> int:
        """How many linking letters follow the word (0 or 1)."""
        return self.end - self.start - len(self.word)


class CompoundSplitter:
    """Splits Norwegian compounds into known words, with the linking letters -s- and -e-.

    ``vocabulary`` gives the known words: a mapping of word to relative frequency
    (0 < f ≤ 1) or to a count (any int; counts are divided by their total), or just
    words (each then as frequent as an ordinary word, 1e-5). Words are lowercased.

    A split is taken when the geometric mean of its parts' frequencies, less a small
    penalty for each part beyond two, beats the frequency of
    the whole word (Koehn & Knight's rule): frequent words that merely look like
    compounds (samarbeid, beredskap) stay whole.
    """

    def __init__(self, vocabulary: Mapping[str, float] | Mapping[str, int] | Iterable[str]) -> None:
        self._log_freq: Mapping[str, float] = _log_frequencies(vocabulary, PLAIN_WORD_LOG_FREQ)
        # Per splitter: an lru_cache on the method kept every splitter ever made alive, and
        # with a splitter over an index's words that index generation's open segments.
        self._parts_found: dict[str, tuple[Part, ...] | None] = {}

    @classmethod
    def from_log_frequencies(cls, log_freq: Mapping[str, float]) -> CompoundSplitter:
        """A splitter over lowercase words with their log10 frequencies (as the bundled list
        holds them). The mapping is used as it is, not copied."""
        splitter = cls(())
        splitter._log_freq = log_freq
        return splitter

    def with_words(self, words: Mapping[str, int] | Iterable[str], *, min_count: int = 1) -> CompoundSplitter:
        """A splitter that also knows the given words (e.g. the index's), where this one knew them not.

        Such words weigh as little as an unlisted word, whatever their count: a count
        in a few plan documents says nothing about how common a word is in Norwegian.
        """
        extra = (
            [word for word, count in words.items() if count >= min_count]
            if isinstance(words, Mapping)
            else list(words)
        )
        return self.with_log_frequencies(_log_frequencies(extra, UNLISTED_LOG_FREQ))

    def with_log_frequencies(self, extra: Mapping[str, float]) -> CompoundSplitter:
        """A splitter that also knows the words of ``extra`` (lowercase, with log10
        frequencies) where this one knew them not; both are looked up, neither copied."""
        return CompoundSplitter.from_log_frequencies(ChainMap(self._log_freq, extra))  # type: ignore[arg-type]

    def __contains__(self, word: str) -> bool:
        return word.lower() in self._log_freq

    def __len__(self) -> int:
        return len(self._log_freq)

    def log_frequency(self, word: str) -> float | None:
        """The word's log10 frequency, or None when the word is unknown."""
        return self._log_freq.get(word.lower())

    def split(self, word: str) -> list[str] | None:
        """The parts of a compound, finest split, linking letters left out; None if not a compound.

        besøksforvaltning → [besøk, forvaltning]; klimagassutslipp → [klima, gass, utslipp];
        sykkelstier → [sykkel, stier] (the last part keeps its inflection);
        samarbeid → None.
        """
        parts = self.parts(word)
        return None if parts is None else [part.word for part in parts]

    def parts(self, word: str) -> tuple[Part, ...] | None:
        """The parts of a compound with their positions, or None if it is not one."""
        lowered = word.lower()
        try:
            return self._parts_found[lowered]
        except KeyError:
            pass
        if len(self._parts_found) >= PARTS_CACHE_SIZE:
            self._parts_found.clear()
        found = self._parts_found[lowered] = self._parts(lowered)
        return found

    def head(self, word: str) -> str | None:
        """The last part of a compound as written (næringsutvikling → utvikling), or None."""
        parts = self.parts(word)
        return None if parts is None else parts[-1].word

    def components(self, word: str) -> tuple[str, ...]:
        """The words a compound should also be found by: its parts, and each run of
        neighbouring parts that is itself a known word (klimagassutslipp → klima, gass,
        utslipp, klimagass, gassutslipp). Empty for a word that is not a compound.
        """
        parts = self.parts(word)
        if parts is None:
            return ()
        lowered = word.lower()
        found = [part.word for part in parts]
        for first in range(len(parts)):
            for last in range(first + 1, len(parts)):
                if first == 0 and last == len(parts) - 1:
                    continue  # the whole word
                end = parts[last].start + len(parts[last].word)
                run = lowered[parts[first].start : end]
                if run in self._log_freq:
                    found.append(run)
        return tuple(dict.fromkeys(found))

    def _parts(self, word: str) -> tuple[Part, ...] | None:
        if len(word) < MIN_WORD_CHARS or len(word) > MAX_WORD_CHARS or not _WORD.fullmatch(word):
            return None
        best: tuple[Part, ...] | None = None
        best_score = self._log_freq.get(word, -math.inf)
        for split in self._segmentations(word, 0, MAX_PARTS):
            if len(split) < 2:
                continue
            score = sum(self._log_freq[part.word] for part in split) / len(split)
            score -= EXTRA_PART_PENALTY * (len(split) - 2)
            if score > best_score:
                best, best_score = split, score
        return best

    def _segmentations(self, word: str, start: int, parts_left: int) -> Iterator[tuple[Part, ...]]:
        """Every way to cut word[start:] into at most ``parts_left`` allowed parts."""
        rest = word[start:]
        if self._allowed(rest, head=True) and not _ending_after_double_letter(word, start):
            yield (Part(rest, start, len(word)),)
        if parts_left < 2:
            return
        for end in range(start + 2, len(word) - 1):
            for part in self._modifiers(word, start, end):
                for tail in self._segmentations(word, part.end, parts_left - 1):
                    yield (part, *tail)

    def _modifiers(self, word: str, start: int, end: int) -> Iterator[Part]:
        """The non-final parts that can stand at word[start:end], with or without a linker.

        When both readings are known (besøks / besøk+s), the more frequent word is taken,
        so that folkehelse gives folk, not the rarer "folke".
        """
        text = word[start:end]
        plain = self._allowed(text, head=False)
        if text[-1] in LINKERS and self._allowed(text[:-1], head=False):
            if not plain or self._log_freq[text[:-1]] >= self._log_freq[text]:
                yield Part(text[:-1], start, end)
                return
        if plain:
            yield Part(text, start, end)

    def _allowed(self, text: str, head: bool) -> bool:
        if text not in self._log_freq or text in NEVER_PARTS:
            return False
        if len(text) < MIN_PART_CHARS and text not in SHORT_PARTS:
            return False
        if len(text) <= SHORT_RARE_CHARS and self._log_freq[text] < MIN_SHORT_PART_LOG_FREQ:
            return False
        return not (
            head and any(text.endswith(e) and text[: len(text) - len(e)] in NEVER_HEADS for e in _ENDINGS)
        )


# Only words of this length fill gaps in the word list: shorter unlisted words are mostly
# abbreviations and fragments (and the splitter takes short parts only when frequent).
MIN_UNLISTED_PART_CHARS = 6


def unlisted_words(words: Iterable[str]) -> frozenset[str]:
    """The words that can fill gaps in the bundled word list: not in it, long enough,
    letters only (lowercase words in, as an index's words are)."""
    listed = bundled_log_frequencies()
    return frozenset(
        w for w in words if len(w) >= MIN_UNLISTED_PART_CHARS and w.isalpha() and w not in listed
    )


def _log_frequencies(
    vocabulary: Mapping[str, float] | Mapping[str, int] | Iterable[str], plain_log_freq: float
) -> dict[str, float]:
    """Lowercase word → log10 frequency, from frequencies, counts (divided by their total)
    or plain words (each ``plain_log_freq``)."""
    if isinstance(vocabulary, Mapping):
        values = list(vocabulary.values())
        total = sum(values) if any(isinstance(v, int) for v in values) else 1
        items: Iterable[tuple[str, float]] = (
            (word, math.log10(value / total)) for word, value in vocabulary.items() if value > 0
        )
    else:
        items = ((word, plain_log_freq) for word in vocabulary)
    return {word.lower(): log_freq for word, log_freq in items if _WORD.fullmatch(word.lower())}


def _ending_after_double_letter(word: str, start: int) -> bool:
    """Whether word[start:] is a doubled letter plus an inflectional ending: eigedom|mane in
    "eigedommane" is the word eigedom, inflected (eigedommen, eigedommar), not a compound."""
    return 0 < start < len(word) and word[start] == word[start - 1] and word[start + 1 :] in _DOUBLED_ENDINGS


@lru_cache(maxsize=1)
def bundled_log_frequencies() -> dict[str, float]:
    """The bundled Norwegian word list as word → log10 frequency (read once per process)."""
    data = resources.files("tromsvekst_desktop").joinpath(*WORDLIST).read_bytes()
    result: dict[str, float] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        centibels, _, words = line.partition("\t")
        value = -int(centibels) / 100
        result.update(dict.fromkeys(words.split(), value))
    return result


@lru_cache(maxsize=1)
def default_splitter() -> CompoundSplitter:
    """A splitter over the bundled Norwegian word list (built once per process)."""
    return CompoundSplitter.from_log_frequencies(bundled_log_frequencies())


# "samfunns- og næringsutvikling", "kultur-, idretts- og friluftsliv", "Nord- og Sør-Troms":
# one or more words with a hanging hyphen, a conjunction, then the word that completes them.
_COORDINATION = re.compile(
    r"(?P<fragments>(?:[^\W\d_]+-,?\s+)+?)"
    r"(?:og/eller|og|eller|samt|enn|til|&)\s+"
    r"(?P<last>[^\W\d_]+(?:-[^\W\d_]+)?)"
)
_FRAGMENT = re.compile(r"([^\W\d_]+)-")


@dataclass(frozen=True)
class Coordination:
    """A word with a hanging hyphen, where it stands, and the word it stands for."""

    start: int  # the fragment's span in the text, without its hyphen
    end: int
    fragment: str  # "samfunns"
    completed: str  # "samfunnsutvikling"


def find_coordinations(text: str, splitter: CompoundSplitter | None = None) -> list[Coordination]:
    """The hanging-hyphen words of a text, each completed with the head of the last conjunct.

    The head is the last part of the last conjunct as the splitter splits it: nærings|utvikling
    completes "samfunns-" to samfunnsutvikling, fri|luft|liv completes "idretts-" to
    idrettsliv. A hyphenated last conjunct lends what follows its hyphen ("Nord- og
    Sør-Troms" → Nord-Troms). When the last conjunct is no compound, nothing is completed.
    """
    splitter = splitter or default_splitter()
    found: list[Coordination] = []
    for match in _COORDINATION.finditer(text):
        last = match.group("last")
        if "-" in last:
            head = last[last.index("-") :]
        else:
            parts = splitter.parts(last)
            if parts is None:
                continue
            head = last[parts[-1].start :]
        offset = match.start("fragments")
        for fragment in _FRAGMENT.finditer(match.group("fragments")):
            word = fragment.group(1)
            start = offset + fragment.start(1)
            found.append(Coordination(start, start + len(word), word, word + head))
    return found


def expand_coordinations(text: str, splitter: CompoundSplitter | None = None) -> list[str]:
    """The words a text's hanging hyphens stand for ("gang- og sykkelstier" → [gangstier])."""
    return [coordination.completed for coordination in find_coordinations(text, splitter)]

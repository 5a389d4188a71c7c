"""Every expected decision of the contract samples is met, including summary coverage."""

from __future__ import annotations

from typing import Any

import pytest

from router.decide import Router
from router.matcher import Directory
from schemas import RoutingDecision
from tests.conftest import sample_events, sample_expected

CASES = list(zip(sample_events(), sample_expected(), strict=True))


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
    assert not wrong, f"{wrong} — {d.reason} — note: {expected['note']}"
    assert not _mentions(d, expected["must_mention"]), d.summary
    assert d.reason

"""Classifier signals that come from metadata rather than words."""

from __future__ import annotations

import pytest

from router.decide import Router
from router.matcher import Directory
from schemas import Action, Category, ContactEvent


def _missed_call(team: str) -> ContactEvent:
    return ContactEvent.model_validate(
        {
            "id": f"twilio-call:CA{abs(hash(team))}",
            "channel": "voice",
            "direction": "outbound",
            "occurred_at": "2026-11-10T10:00:00Z",
            "from": {"phone": "+441134960000", "name": team},
            "to": {"phone": "+447700900605"},
            "call": {"status": "no-answer", "duration_s": 0},
        }
    )


@pytest.mark.parametrize(
    ("team", "category"),
    [("Safeguarding team", Category.SAFEGUARDING), ("ASB officer (T. Grant)", Category.ASB)],
)
def test_a_missed_call_from_a_need_to_know_team_is_held_as_sensitive(
    directory: Directory, team: str, category: Category
) -> None:
    d = Router(directory).decide(_missed_call(team))
    assert (d.action, d.customer_ref, d.category, d.sensitive) == (Action.RECORD, "C200305", category, True)
    assert "team: held as sensitive" in d.reason


def test_other_teams_calls_stay_in_general_records(directory: Directory) -> None:
    d = Router(directory).decide(_missed_call("Income team"))
    assert (d.action, d.sensitive) == (Action.RECORD, False)


def test_a_crack_in_the_ceiling_is_a_repair_not_drugs(directory: Directory) -> None:
    event = ContactEvent.model_validate(
        {
            "id": "twilio-sms:SMcrack",
            "channel": "sms",
            "direction": "inbound",
            "occurred_at": "2026-11-10T10:00:00Z",
            "from": {"phone": "+447700900605"},
            "to": {"phone": "+447700900010"},
            "text": "There's a crack across the bedroom ceiling above the bed, can someone come and look at it?",
        }
    )
    for method in ("lexicon", "hybrid"):
        d = Router(directory, method=method).decide(event)
        assert (d.category, d.sensitive) == (Category.REPAIRS, False), (method, d.reason)

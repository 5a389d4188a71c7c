"""The built-in summary: the opening without pleasantries, staff's promises verbatim, anonymity kept."""

from __future__ import annotations

from typing import Any

from router.decide import Router
from router.matcher import Directory
from schemas import Action, ContactEvent, Summary

CALL = {
    "channel": "voice",
    "occurred_at": "2026-11-10T10:00:00Z",
    "to": {"phone": "+441134960000", "name": "Fairholme Homes"},
}


def _decide(directory: Directory, **fields: Any) -> Any:
    return Router(directory).decide(ContactEvent.model_validate(fields))


def _summary(directory: Directory, **fields: Any) -> Summary:
    summary = _decide(directory, **fields).summary
    assert summary is not None
    return summary


def _call(transcript: str, **extra: Any) -> dict[str, Any]:
    call = {"status": "completed", "duration_s": 240, "answered_by": "human", "transcript": transcript}
    return {**CALL, "id": "twilio-call:CAtest", "direction": "inbound", "call": call, **extra}


def test_greetings_and_id_checks_do_not_take_the_summary_sentence(directory: Directory) -> None:
    transcript = (
        "Agent: Fairholme Homes, Dawn speaking. How can I help?\n"
        "Caller: Hiya.\n"
        "Agent: Can I take your name and address?\n"
        "Caller: Naomi Fletcher, 4 Larkfield Avenue. The extractor fan in the bathroom has stopped working.\n"
    )
    s = _summary(directory, **_call(transcript, **{"from": {"phone": "+447700900601"}}))
    assert s.text.startswith("Naomi Fletcher, 4 Larkfield Avenue. The extractor fan"), s.text
    assert "speaking" not in s.text and "How can I help" not in s.text


def test_staff_promises_are_recorded_verbatim_and_the_callers_are_not(directory: Directory) -> None:
    transcript = (
        "Agent: Fairholme Homes, Dawn speaking.\n"
        "Caller: Naomi Fletcher, 4 Larkfield Avenue. The kitchen tap is dripping non-stop.\n"
        "Caller: I'll be in all day tomorrow if someone can come.\n"
        "Agent: I've booked a plumber for tomorrow between 8 and 12.\n"
        "Agent: I'll note that.\n"
    )
    s = _summary(directory, **_call(transcript, **{"from": {"phone": "+447700900601"}}))
    assert "I've booked a plumber for tomorrow between 8 and 12." in s.actions
    assert not any("I'll be in all day" in a or a == "I'll note that." for a in s.actions), s.actions


def test_a_visit_note_is_staff_writing(directory: Directory) -> None:
    event = {
        "id": "visit:VST-test",
        "channel": "visit",
        "direction": "outbound",
        "occurred_at": "2026-11-10T10:00:00Z",
        "from": {"name": "Sam Reid (Housing Officer)"},
        "to": {"name": "Doreen Hartley", "customer_ref": "C200307"},
        "text": "Tenancy visit. Bathroom sealant black around the bath. I will raise a job to reseal it this week.",
        "visit": {"kind": "appointment", "outcome": "attended"},
    }
    s = _summary(directory, **event)
    assert "I will raise a job to reseal it this week." in s.actions


def test_an_anonymous_reporters_name_is_withheld_from_every_part_of_the_summary(directory: Directory) -> None:
    event = {
        "id": "m365:anon-test",
        "channel": "email",
        "direction": "inbound",
        "occurred_at": "2026-11-10T10:00:00Z",
        "from": {"email": "esther.nyambura@example.org", "name": "Esther Nyambura"},
        "to": {"email": "contact@fairholmehomes.example.org"},
        "subject": "Esther Nyambura - drugs on the landing",
        "text": "People are dealing drugs on our landing every night. Please don't tell anyone it was me.",
    }
    d = _decide(directory, **event)
    assert d.action is Action.ANONYMOUS
    blob = " ".join([*d.summary.subjects, *d.summary.actions, d.summary.text])
    assert "Nyambura" not in blob and "Esther" not in blob, blob
    assert "drugs" in blob

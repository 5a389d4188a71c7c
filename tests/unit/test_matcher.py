from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from router.matcher import Directory, match
from router.text import content_of
from schemas import ContactEvent


def _event(channel: str = "sms", direction: str = "inbound", text: str = "", **party: Any) -> ContactEvent:
    return ContactEvent.model_validate(
        {
            "id": "t:1",
            "channel": channel,
            "direction": direction,
            "occurred_at": datetime(2026, 11, 2, tzinfo=UTC),
            "from": party if direction == "inbound" else {"phone": "+441134960000"},
            "to": {} if direction == "inbound" else party,
            "text": text,
        }
    )


@pytest.mark.parametrize(
    ("party", "text", "expected"),
    [
        ({"phone": "07700 900608"}, "", "C200308"),
        ({"phone": "+44 (0)7700 900608"}, "", "C200308"),
        ({"phone": "447700900603"}, "", "C200303"),  # WhatsApp id without '+'
        ({"email": "ESTHER.NYAMBURA@example.org"}, "", "C200305"),
        ({"email": "esther.nyambura+lift@example.org"}, "", "C200305"),  # plus-addressing
        ({"telegram_id": "3398127745"}, "", "C200314"),
        ({"email": "someone@elsewhere.example"}, "my tenancy ref is t006180", "C200312"),
        ({"email": "someone@elsewhere.example"}, "ref T-006180", "C200312"),
        ({"email": "someone@elsewhere.example"}, "customer C200309 here", "C200309"),
        ({"name": "Mrs D. Hartley"}, "2 Mill Pond Walk, BD4 8LS. Doreen Hartley", "C200307"),
        ({"phone": "0113 496 0702"}, "Hi it's Naomi about the rent", "C200301"),  # shared line, named
    ],
)
def test_matches_exactly_one_customer(directory: Directory, party: dict[str, str], text: str, expected: str) -> None:
    event = _event(text=text, **party)
    assert match(directory, event, content_of(event)).customer_ref == expected


@pytest.mark.parametrize(
    ("party", "text", "candidates"),
    [
        ({"phone": "0113 496 0702"}, "the fan is broken at number 4", ("C200301", "C200302")),  # shared landline
        ({"phone": "0113 496 0702"}, "Mr Fletcher here", ("C200301", "C200302")),  # surname only: still both
        ({"phone": "07700 900999"}, "hello", ()),
        ({"email": "nobody@example.com"}, "I live on Larkfield Avenue", ()),
        ({"name": "Jas"}, "how do I apply", ()),
    ],
)
def test_never_guesses(directory: Directory, party: dict[str, str], text: str, candidates: tuple[str, ...]) -> None:
    event = _event(text=text, **party)
    result = match(directory, event, content_of(event))
    assert result.customer_ref is None
    assert result.candidates == candidates


def test_outbound_contacts_match_the_recipient(directory: Directory) -> None:
    event = _event(channel="voice", direction="outbound", phone="07700 900612")
    assert match(directory, event, "").customer_ref == "C200312"

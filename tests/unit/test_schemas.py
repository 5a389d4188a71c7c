from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemas import ContactEvent, RoutingDecision
from schemas.identifiers import normalise_email, normalise_phone, normalise_ref
from tests.conftest import SAMPLES

BASE = {
    "id": "api:1",
    "channel": "sms",
    "direction": "inbound",
    "occurred_at": "2026-11-20T09:15:00Z",
    "from": {"phone": "+447700900123"},
}


def test_every_contract_sample_parses_and_round_trips() -> None:
    for line in (SAMPLES / "events.jsonl").read_text().splitlines():
        event = ContactEvent.model_validate_json(line)
        again = ContactEvent.model_validate_json(event.to_json())
        assert again == event
        assert json.loads(event.to_json())["from"] == json.loads(line)["from"] | {
            k: None
            for k in ("phone", "email", "telegram_id", "handle", "name", "customer_ref")
            if k not in json.loads(line)["from"]
        }


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"channel": "pigeon"}, "channel"),
        ({"direction": "sideways"}, "direction"),
        ({"occurred_at": "2026-11-20T09:15:00"}, "occurred_at"),  # no timezone
        ({"surprise": 1}, "surprise"),
        ({"id": "no-colon"}, "id"),
        ({"call": {"status": "completed"}}, "call"),  # call on an SMS
        ({"channel": "voice", "call": {"status": "ringing"}}, "call.status"),
        ({"channel": "visit", "visit": {"kind": "walk_in", "outcome": "maybe"}}, "visit.outcome"),
    ],
)
def test_malformed_events_are_rejected_with_the_field_named(change: dict[str, object], problem: str) -> None:
    with pytest.raises(ValidationError) as err:
        ContactEvent.model_validate(BASE | change)
    assert problem.split(".", maxsplit=1)[0] in str(err.value)


def test_models_are_frozen() -> None:
    event = ContactEvent.model_validate(BASE)
    with pytest.raises(ValidationError):
        event.text = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("07700 900123", "+447700900123"),
        ("+44 7700 900123", "+447700900123"),
        ("+44 (0)7700 900123", "+447700900123"),
        ("0044 7700 900123", "+447700900123"),
        ("(0113) 496 0702", "+441134960702"),
        ("0113-496-0702", "+441134960702"),
        ("447700900603", "+447700900603"),  # WhatsApp wa_id
        ("whatsapp:+447700900603", "+447700900603"),
        ("not a number", None),
        ("", None),
    ],
)
def test_phone_notations(raw: str, e164: str | None) -> None:
    assert normalise_phone(raw) == e164


def test_email_and_reference_forms() -> None:
    assert normalise_email(" Sana.Qureshi+housing@EXAMPLE.com ") == "sana.qureshi@example.com"
    assert normalise_ref("t 006180") == normalise_ref("T-006180") == "T006180"


def test_schema_export_writes_json_schemas(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from hub.cli import app

    result = CliRunner().invoke(app, ["schemas", "export", str(tmp_path)])
    assert result.exit_code == 0, result.output
    schema = json.loads((tmp_path / "ContactEvent.schema.json").read_text())
    assert "from" in schema["properties"] and schema["additionalProperties"] is False
    decision = json.loads((tmp_path / "RoutingDecision.schema.json").read_text())
    assert set(RoutingDecision.model_fields) <= set(decision["properties"])

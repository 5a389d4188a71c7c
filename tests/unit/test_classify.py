"""Classifier signals that come from metadata rather than words."""

from __future__ import annotations

import pytest

from router.decide import Router
from router.matcher import Directory
from schemas import Action, Category, ContactEvent
from tests.events import whatsapp_in


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
    for method in ("lexicon", "model", "hybrid"):
        d = Router(directory, method=method).decide(event)
        assert (d.category, d.sensitive) == (Category.REPAIRS, False), (method, d.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Look, don't let on it was me. He's got a right temper.",
        "I never rang you, right? There's a girl there, fifteen, older blokes turning up every night.",
        "cars pulling up outside 29 all night, 2 mins engine running. you didnt hear it from me",
        "This is off the record, the lad at number 31 has been in the sheds.",
        "can this not have my name on it please. there's a lad sleeping in the garage block",
        "Second thing, and don't put my name to this, the fella at 47 is selling weed.",
        "there dealin out the bin store again. no names pls i dont want my windows put thru",
        "Please do not say it was us who wrote. We have to live here.",
        "Lads are dealing from the flat above again. Just make sure this can't come back to me.",
        "i dont want any of this coming back to me but the woman at 12 is getting knocked about",
        "Please treat this as coming from a concerned neighbour. The dog at 8 is left out all night.",
        "not puttin my name to it but 3 kids on the roof of the garages again",
        "Mężczyzna krzyczał na mnie na schodach. Nie chcę, żeby wiedział, że to ja dzwoniłam.",
        "Proszę nie podawać mojego nazwiska, mieszkam zaraz obok schodów.",
        "Nu vreau să se știe că eu am scris, vă rog.",
        "Kal ek ne meri gaddi di mirror tod ditti. Mera naa na dasso ji, bachche ne ghar vich.",
        "کل انہوں نے میرے بیٹے کو دھکا دیا۔ مہربانی کر کے میرا نام مت بتائیں",
        "جاري في البيت رقم 47 يهددني كل يوم. أرجو ألا يعرف أنني اشتكيت.",
    ],
)
def test_a_reporter_asking_in_words_not_to_be_named_is_anonymous(directory: Directory, text: str) -> None:
    event = whatsapp_in(text)
    decision = Router(directory).decide(event)
    assert decision.action is Action.ANONYMOUS and decision.customer_ref is None, decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "The fence between us and next door has blown down, can you send someone?",
        "Please put my name down for the garden competition.",
        "Text me, don't ring, I'm on nights. The boiler is leaking again.",
        "The letter had no names on it, just the flat number. Who is it from?",
        "Nobody ever gets back to me and it never comes back to me in writing either. The leak is worse.",
        "Please treat it as urgent, the toilet won't flush and it keeps coming back to me in the bath.",
    ],
)
def test_contact_instructions_and_everyday_phrases_are_not_anonymity(directory: Directory, text: str) -> None:
    assert Router(directory).decide(whatsapp_in(text)).action is not Action.ANONYMOUS

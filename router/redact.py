"""Keeping an anonymous reporter anonymous: their identifiers never reach the kept text."""

from __future__ import annotations

import re

from schemas import Customer, Party, Summary

WITHHELD = "[withheld]"


def redact_summary(summary: Summary, party: Party, customers: list[Customer]) -> Summary:
    """The summary with the reporter's identifiers removed from every part: text, subjects, actions."""
    needles = _identifiers(party, customers)
    # One pattern for all of them, longest first, applied to every part.
    found = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, needles))})(?!\w)", re.IGNORECASE) if needles else None
    return summary.model_copy(
        update={
            "text": _withhold(summary.text, found),
            "subjects": [_withhold(s, found) for s in summary.subjects],
            "actions": [_withhold(a, found) for a in summary.actions],
        }
    )


def _identifiers(party: Party, customers: list[Customer]) -> list[str]:
    """What identifies the reporter, longest first (so a full address goes before its house number)."""
    needles: set[str] = set()
    for value in (party.phone, party.email, party.telegram_id, party.handle):
        if value:
            needles.add(value)
    if party.name and party.name.strip().lower() not in {"anonymous", "a neighbour", "neighbour"}:
        needles.update(w for w in party.name.replace(",", " ").split() if len(w) > 2)
    for c in customers:
        needles.update(w for w in c.full_name.split() if len(w) > 2)
        needles.update(c.emails)
        needles.add(c.customer_ref)
        needles.update(v for v in (c.address, c.postcode) if v)
        if c.tenancy_ref:
            needles.add(c.tenancy_ref)
    return sorted(needles, key=len, reverse=True)


_PHONE = re.compile(r"(?:\+44\s?|\b0)(?:\d[\s\-]?){9,10}\b")  # a UK number in any notation


def _withhold(text: str, identifiers: re.Pattern[str] | None) -> str:
    if identifiers is not None:
        text = identifiers.sub(WITHHELD, text)
    return _PHONE.sub(WITHHELD, text)

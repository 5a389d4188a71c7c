"""Canonical forms of the identifiers a contact can carry (pure functions, no I/O)."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

_WHATSAPP = re.compile(r"^whatsapp:", re.IGNORECASE)
_REF_JUNK = re.compile(r"[\s\-_/]")


@lru_cache(maxsize=8192)  # parsing costs ~0.1 ms, and the same callers ring again and again
def normalise_phone(raw: str, region: str = "GB") -> str | None:
    """E.164 for any common UK notation, `whatsapp:` addresses and bare WhatsApp ids."""
    text = _WHATSAPP.sub("", raw.strip())
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    # WhatsApp ids come without '+': 447700900603
    if not text.startswith(("+", "0", "(")) and digits.startswith("44") and len(digits) >= 11:
        text = "+" + digits
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_email(raw: str) -> str:
    """Lower-cased address; plus-addressing (`name+tag@`) reduced to the base mailbox."""
    address = raw.strip().lower()
    if address.startswith("mailto:"):
        address = address[len("mailto:") :]
    local, sep, domain = address.rpartition("@")
    if not sep:
        return address
    return f"{local.split('+', 1)[0]}@{domain}"


def normalise_ref(raw: str) -> str:
    """Customer/tenancy references compare without case, spaces or dashes: `t 006180` == `T-006180`."""
    return _REF_JUNK.sub("", raw.upper())

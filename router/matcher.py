"""Who a contact is with: the customer directory and the matching rules.

Strong identifiers (phone in any UK notation, e-mail, Telegram id, an explicit customer ref) come
first; references typed in the text next; a name with a postcode or address line last, as a weaker
signal. Several equally likely people (a household sharing a landline) is never a guess: the
caller's own name must single one out, or the contact goes to review.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from schemas import ContactEvent, Customer, Party
from schemas.identifiers import normalise_email, normalise_phone, normalise_ref

_CUSTOMER_REF = re.compile(r"\b(C[\s\-]?\d{6})\b", re.IGNORECASE)
_TENANCY_REF = re.compile(r"\b(T[\s\-]?\d{6})\b", re.IGNORECASE)
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", re.IGNORECASE)
_HOUSE = re.compile(r"\b(\d{1,4})[a-z]?,?\s+([a-z][a-z']{2,})")
_NAME_THRESHOLD = 88.0


@dataclass(frozen=True)
class MatchResult:
    customer_ref: str | None
    candidates: tuple[str, ...] = ()
    reason: str = ""


@dataclass
class Directory:
    """An in-memory index of the customer directory; cheap to rebuild, read without locks."""

    customers: dict[str, Customer] = field(default_factory=dict)
    by_phone: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_email: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_telegram: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_tenancy: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_postcode: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_address: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    version: str = ""

    @classmethod
    def build(cls, customers: Iterable[Customer], version: str = "") -> Directory:
        d = cls(version=version)
        for c in customers:
            d.customers[c.customer_ref] = c
            for p in c.phones:
                d.by_phone[p].add(c.customer_ref)
            for e in c.emails:
                d.by_email[e].add(c.customer_ref)
            for t in c.telegram_ids:
                d.by_telegram[t].add(c.customer_ref)
            if c.tenancy_key:
                d.by_tenancy[c.tenancy_key].add(c.customer_ref)
            if c.postcode:
                d.by_postcode[c.postcode.replace(" ", "")].add(c.customer_ref)
            for key in _address_keys(c.address):
                d.by_address[key].add(c.customer_ref)
        return d

    def __len__(self) -> int:
        return len(self.customers)


def _party_ids(d: Directory, party: Party) -> tuple[set[str], str]:
    if party.customer_ref:
        ref = normalise_ref(party.customer_ref)
        if ref in d.customers:
            return {ref}, "customer ref given"
    if party.phone:
        e164 = normalise_phone(party.phone)
        if e164 and e164 in d.by_phone:
            return set(d.by_phone[e164]), "matched phone"
    if party.email:
        email = normalise_email(party.email)
        if email in d.by_email:
            return set(d.by_email[email]), "matched e-mail"
    if party.telegram_id and party.telegram_id.strip() in d.by_telegram:
        return set(d.by_telegram[party.telegram_id.strip()]), "matched Telegram id"
    return set(), ""


def _named(d: Directory, refs: Iterable[str], text: str, party_name: str | None) -> set[str]:
    """Which of `refs` are named in the text or the sender's display name (first name required)."""
    hay = f"{party_name or ''}\n{text}".lower()
    found = set()
    for ref in refs:
        name = d.customers[ref].full_name.lower()
        parts = name.split()
        if not parts:
            continue
        first = parts[0]
        if re.search(rf"\b{re.escape(first)}\b", hay) or fuzz.partial_ratio(name, hay) >= 95:
            found.add(ref)
    return found


def _refs_in_text(d: Directory, text: str) -> tuple[set[str], str]:
    for m in _CUSTOMER_REF.finditer(text):
        ref = normalise_ref(m.group(1))
        if ref in d.customers:
            return {ref}, "customer ref in text"
    for m in _TENANCY_REF.finditer(text):
        key = normalise_ref(m.group(1))
        key = f"T-{key[1:]}" if f"T-{key[1:]}" in d.by_tenancy else key
        if key in d.by_tenancy:
            return set(d.by_tenancy[key]), "tenancy ref in text"
    return set(), ""


def _name_and_place(d: Directory, text: str, party_name: str | None) -> tuple[set[str], str]:
    """Weaker signal: a name plus a postcode (or first address line) held for exactly that person."""
    places: set[str] = set()
    for m in _POSTCODE.finditer(text):
        places |= d.by_postcode.get((m.group(1) + m.group(2)).upper(), set())
    if not places:
        for key in _address_keys(text):
            places |= d.by_address.get(key, set())
    if not places:
        return set(), ""
    hay = f"{party_name or ''}\n{text}".lower()
    named = {r for r in places if fuzz.partial_ratio(d.customers[r].full_name.lower(), hay) >= _NAME_THRESHOLD}
    if not named:
        named = {r for r in places if _surname_with_initial(d.customers[r].full_name, party_name)}
    return named, "name and address"


def _address_keys(text: str) -> set[tuple[str, str]]:
    """(house or flat number, next word): `Flat 3, Brambleside Court` and `3 Brambleside` → ("3", "brambleside")."""
    return {(m.group(1), m.group(2)) for m in _HOUSE.finditer(text.lower())}


def _surname_with_initial(full_name: str, party_name: str | None) -> bool:
    if not party_name:
        return False
    parts = full_name.lower().split()
    words = re.findall(r"[a-z']+", party_name.lower())
    return len(parts) >= 2 and parts[-1] in words and any(w[0] == parts[0][0] for w in words if w != parts[-1])


def match(d: Directory, event: ContactEvent, text: str) -> MatchResult:
    party = event.customer_party
    refs, how = _party_ids(d, party)
    if not refs:
        refs, how = _refs_in_text(d, text)
    if not refs:
        refs, how = _name_and_place(d, text, party.name)
    if not refs:
        return MatchResult(None, (), "no customer matched")
    if len(refs) == 1:
        ref = next(iter(refs))
        return MatchResult(ref, (ref,), f"{how} -> {ref}")
    named = _named(d, refs, text, party.name)
    ordered = tuple(sorted(refs))
    if len(named) == 1:
        ref = next(iter(named))
        return MatchResult(ref, ordered, f"{how} shared by {len(refs)} people; named in contact -> {ref}")
    return MatchResult(None, ordered, f"{how} shared by {len(refs)} people; none singled out")

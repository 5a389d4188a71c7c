"""Ids, writing, validation and coverage shared by the corpus generators (build_train*.py).

`SPLIT` names the split being built; it salts the ids and prefixes validation messages.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SPLIT = "train"
SENSITIVE = {"asb", "safeguarding"}

# ============================================================================================
# Ids, writing, validation (same rules as build_corpus.py), coverage
# ============================================================================================
EVENT_KEYS = ["id", "channel", "direction", "occurred_at", "from", "to", "subject", "text", "headers",
              "call", "visit", "thread_id", "anonymous"]
EXPECTED_KEYS = ["id", "action", "customer_ref", "category", "sensitive", "hazard", "accept", "must_mention", "note"]
CHANNELS = ["voice", "sms", "whatsapp", "email", "webchat", "telegram", "facebook", "instagram", "letter", "visit"]
ACTIONS = ["record", "ignore", "anonymous", "review"]
CATEGORIES = ["repairs", "damp_mould", "rent", "asb", "safeguarding", "complaint", "tenancy", "lettings", "estate", "general"]
HAZARDS = [None, "emergency", "damp_mould"]
PARTY_KEYS = {"phone", "email", "telegram_id", "handle", "name", "customer_ref"}
ID_PATTERNS = {
    "twilio-sms": r"twilio-sms:SM[0-9a-f]{32}",
    "twilio-call": r"twilio-call:CA[0-9a-f]{32}",
    "m365": r"m365:AAMkAG[0-9a-f]{30}",
    "ews": r"ews:[0-9a-f]{40}",
    "wa": r"wa:wamid\.HBgM[0-9A-F]{26}",
    "tg": r"tg:\d{8}",
    "fb": r"fb:m_[0-9a-f]{28}",
    "ig": r"ig:aWdfZ[0-9a-f]{26}",
    "webchat": r"webchat:chat-\d{6}",
    "visit": r"visit:VST-2026-\d{5}",
    "post": r"post:SCAN-2026-\d{5}",
    "api": r"api:portal-form-\d{7}",
}


def _make_id(ev: dict[str, Any], salt: int, salted: bool = True) -> str:
    seed = json.dumps([*([SPLIT] if salted else []), salt, ev["channel"], ev["direction"], ev["occurred_at"], ev["from"], ev["to"],
                       ev["subject"], ev["text"], ev["call"], ev["visit"]], sort_keys=True, ensure_ascii=False)
    h = hashlib.sha256(seed.encode()).hexdigest()
    n = int(h[:12], 16)
    return {
        "twilio-sms": f"twilio-sms:SM{h[:32]}",
        "twilio-call": f"twilio-call:CA{h[:32]}",
        "m365": f"m365:AAMkAG{h[:30]}",
        "ews": f"ews:{h[:40]}",
        "wa": f"wa:wamid.HBgM{h[:26].upper()}",
        "tg": f"tg:{n % 90_000_000 + 10_000_000}",
        "fb": f"fb:m_{h[:28]}",
        "ig": f"ig:aWdfZ{h[:26]}",
        "webchat": f"webchat:chat-{n % 900_000 + 100_000}",
        "visit": f"visit:VST-2026-{n % 90_000 + 10_000}",
        "post": f"post:SCAN-2026-{n % 90_000 + 10_000}",
        "api": f"api:portal-form-{n % 9_000_000 + 1_000_000}",
    }[ev["id"]]


def finish(items, taken: set[str], salted: bool = True):
    """Stable content-derived ids (salted with SPLIT unless `salted` is off), unique against `taken`;
    sorted by time (stable: ties keep authoring order)."""
    out = []
    for ev, lab in items:
        salt = 0
        new_id = _make_id(ev, salt, salted)
        while new_id in taken:
            salt += 1
            new_id = _make_id(ev, salt, salted)
        taken.add(new_id)
        ev = dict(ev, id=new_id)
        lab = {"id": new_id, **lab}
        out.append(({k: ev[k] for k in EVENT_KEYS}, {k: lab[k] for k in EXPECTED_KEYS}))
    out.sort(key=lambda pair: pair[0]["occurred_at"])
    return out


def write_jsonl(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def norm_phone(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+") or digits.startswith("44"):
        digits = digits[2:]
    if not digits.startswith("0"):
        digits = "0" + digits
    return digits


def is_drama(digits: str) -> bool:
    pats = [r"07700900\d{3}", r"011[345]4960\d{3}", r"01632960\d{3}", r"02079460\d{3}", r"08081570\d{3}", r"09098790\d{3}"]
    return any(re.fullmatch(p, digits) for p in pats)


def norm_email(raw: str) -> str:
    local, _, domain = raw.strip().lower().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def directory_index():
    by_phone: dict[str, set[str]] = {}
    by_email: dict[str, set[str]] = {}
    by_tg: dict[str, set[str]] = {}
    rows: dict[str, dict[str, str]] = {}
    with (HERE / "directory.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            ref = row["customer_ref"]
            rows[ref] = row
            for p in filter(None, (x.strip() for x in row["phones"].split(";"))):
                by_phone.setdefault(norm_phone(p), set()).add(ref)
            for e in filter(None, (x.strip() for x in row["emails"].split(";"))):
                by_email.setdefault(norm_email(e), set()).add(ref)
            for t in filter(None, (x.strip() for x in row["telegram_ids"].split(";"))):
                by_tg.setdefault(t, set()).add(ref)
    return by_phone, by_email, by_tg, rows


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def weekday_errors(text: str) -> list[str]:
    errs = []
    for m in re.finditer(r"On (Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})", text):
        d = dt.date(int(m[4]), [x[:3] for x in MONTHS].index(m[3]) + 1, int(m[2]))
        if WEEKDAYS[d.weekday()][:3] != m[1]:
            errs.append(m[0])
    for m in re.finditer(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (" + "|".join(MONTHS) + r")", text):
        d = dt.date(2026, MONTHS.index(m[3]) + 1, int(m[2]))
        if WEEKDAYS[d.weekday()] != m[1]:
            errs.append(m[0])
    for m in re.finditer(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})", text):
        d = dt.date(int(m[4]), MONTHS.index(m[2]) + 1, int(m[3]))
        if WEEKDAYS[d.weekday()] != m[1]:
            errs.append(m[0])
    return errs


def event_texts(ev) -> str:
    parts = [ev.get("subject") or "", ev.get("text") or ""]
    if ev.get("call") and ev["call"].get("transcript"):
        parts.append(ev["call"]["transcript"])
    return "\n".join(parts)


def read_ids(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {json.loads(x)["id"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}


def validate(ev_path: Path, ex_path: Path, other_ids: set[str]) -> int:
    errors: list[str] = []
    warnings: list[str] = []
    by_phone, by_email, by_tg, rows = directory_index()
    refs = set(rows)
    all_ids: set[str] = set()
    lo, hi = dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc), dt.datetime(2026, 11, 21, tzinfo=dt.timezone.utc)
    ev_lines = ev_path.read_text(encoding="utf-8").splitlines()
    ex_lines = ex_path.read_text(encoding="utf-8").splitlines()
    if len(ev_lines) != len(ex_lines):
        errors.append(f"{len(ev_lines)} events vs {len(ex_lines)} labels")
    for n, (el, xl) in enumerate(zip(ev_lines, ex_lines), 1):
        where = f"{SPLIT}:{n}"
        ev, lab = json.loads(el), json.loads(xl)
        if list(ev) != EVENT_KEYS:
            errors.append(f"{where}: event keys {list(ev)}")
        if list(lab) != EXPECTED_KEYS:
            errors.append(f"{where}: label keys {list(lab)}")
        if ev["id"] != lab["id"]:
            errors.append(f"{where}: id mismatch {ev['id']} / {lab['id']}")
        if ev["id"] in all_ids or ev["id"] in other_ids:
            errors.append(f"{where}: duplicate id {ev['id']}")
        all_ids.add(ev["id"])
        src = ev["id"].split(":", 1)[0]
        if src not in ID_PATTERNS or not re.fullmatch(ID_PATTERNS[src], ev["id"]):
            errors.append(f"{where}: id {ev['id']} does not look like a connector id")
        if ev["channel"] not in CHANNELS or ev["direction"] not in ("inbound", "outbound"):
            errors.append(f"{where}: bad channel/direction")
        when = dt.datetime.strptime(ev["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        if not lo <= when < hi:
            errors.append(f"{where}: occurred_at {ev['occurred_at']} out of range")
        for side in ("from", "to"):
            if not isinstance(ev[side], dict) or set(ev[side]) - PARTY_KEYS:
                errors.append(f"{where}: bad party {side}")
            ph = ev[side].get("phone")
            if ph and not is_drama(norm_phone(ph)):
                errors.append(f"{where}: party phone {ph} not a drama number")
            em = ev[side].get("email")
            if em and not re.search(r"example\.(org|com|net)$", em.lower()):
                errors.append(f"{where}: party e-mail {em} not on example.*")
        if (ev["call"] is not None) != (ev["channel"] == "voice"):
            errors.append(f"{where}: call block vs channel")
        if (ev["visit"] is not None) != (ev["channel"] == "visit"):
            errors.append(f"{where}: visit block vs channel")
        if ev["channel"] != "voice" and not ev["text"]:
            errors.append(f"{where}: no text")
        body = event_texts(ev)
        for m in re.finditer(r"(?:\+44\s?(?:\(0\))?\s?|\b0)\d[\d ]{8,12}\d", body):
            if not is_drama(norm_phone(m[0])):
                errors.append(f"{where}: phone in text {m[0]!r} is not a drama number")
        for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", body):
            if not re.search(r"example\.(org|com|net)$", m[0].lower()):
                errors.append(f"{where}: e-mail in text {m[0]!r} not on example.*")
        for bad in weekday_errors(body):
            errors.append(f"{where}: weekday/date mismatch {bad!r}")
        act, ref, cat, hz = lab["action"], lab["customer_ref"], lab["category"], lab["hazard"]
        if act not in ACTIONS:
            errors.append(f"{where}: action {act}")
        if hz not in HAZARDS:
            errors.append(f"{where}: hazard {hz}")
        if (cat is None) != (act == "ignore"):
            errors.append(f"{where}: category {cat} with action {act}")
        if cat is not None and cat not in CATEGORIES:
            errors.append(f"{where}: category {cat}")
        if (ref is not None) != (act == "record"):
            errors.append(f"{where}: customer_ref {ref} with action {act}")
        if ref is not None and ref not in refs:
            errors.append(f"{where}: unknown customer_ref {ref}")
        if cat in SENSITIVE and lab["sensitive"] is not True:
            errors.append(f"{where}: {cat} must be sensitive")
        if act == "ignore" and (hz or lab["sensitive"] or lab["must_mention"]):
            errors.append(f"{where}: ignore with hazard/sensitive/must_mention")
        if cat == "damp_mould" and hz not in ("damp_mould", "emergency"):
            errors.append(f"{where}: damp_mould without hazard")
        if not isinstance(lab["sensitive"], bool):
            errors.append(f"{where}: sensitive not bool")
        for key, vals in lab["accept"].items():
            if key not in ("action", "customer_ref", "category", "sensitive", "hazard"):
                errors.append(f"{where}: accept key {key}")
            elif key == "category" and vals == "*":
                continue
            elif not isinstance(vals, list):
                errors.append(f"{where}: accept {key} not a list")
            else:
                ok = {"action": ACTIONS, "category": [None, *CATEGORIES], "hazard": HAZARDS, "sensitive": [True, False],
                      "customer_ref": [None, *refs]}[key]
                for v in vals:
                    if v not in ok:
                        errors.append(f"{where}: accept {key} value {v!r}")
                    if key == "hazard" and v == hz or key == "category" and v == cat or key == "action" and v == act:
                        errors.append(f"{where}: accept {key} repeats the label value {v!r}")
        mm = lab["must_mention"]
        if len(mm) > 3 or any(m != m.lower() or not m for m in mm):
            errors.append(f"{where}: must_mention {mm}")
        if act != "ignore" and not mm:
            errors.append(f"{where}: no must_mention")
        if not lab["note"]:
            errors.append(f"{where}: empty note")
        party = ev["from"] if ev["direction"] == "inbound" else ev["to"]
        hits: set[str] = set()
        if party.get("phone"):
            hits |= by_phone.get(norm_phone(party["phone"]), set())
        if party.get("email"):
            hits |= by_email.get(norm_email(party["email"]), set())
        if party.get("telegram_id"):
            hits |= by_tg.get(party["telegram_id"], set())
        if party.get("customer_ref"):
            hits |= {party["customer_ref"]} & refs
        if act == "record" and ref not in hits:
            if hits and len(hits) == 1:
                errors.append(f"{where}: recorded against {ref} but identifiers point at {sorted(hits)}")
            else:
                warnings.append(f"{where}: {ref} matched from content ({ev['channel']}): {lab['note'][:70]}")
        if act == "review" and len(hits) == 1:
            errors.append(f"{where}: review although identifiers point at exactly {sorted(hits)}")
        if ev["anonymous"] and act != "anonymous":
            errors.append(f"{where}: anonymous flag set but action {act}")
    for w in warnings:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"validation: {len(errors)} error(s), {len(warnings)} note(s); {len(all_ids)} unique ids")
    return len(errors)


def coverage(ev_path: Path, ex_path: Path) -> None:
    evs = [json.loads(x) for x in ev_path.read_text(encoding="utf-8").splitlines()]
    labs = [json.loads(x) for x in ex_path.read_text(encoding="utf-8").splitlines()]
    dims = [("channel", Counter(e["channel"] for e in evs)),
            ("direction", Counter(e["direction"] for e in evs)),
            ("action", Counter(x["action"] for x in labs)),
            ("category", Counter(x["category"] for x in labs)),
            ("hazard", Counter(x["hazard"] for x in labs)),
            ("sensitive", Counter(x["sensitive"] for x in labs)),
            ("anon flag", Counter(e["anonymous"] for e in evs))]
    for dim, c in dims:
        print(f"{dim:<10} " + ", ".join(f"{'null' if k is None else k}={v}" for k, v in c.most_common()))
    print(f"total      {len(labs)}")



SHARED_SAMPLES = (HERE.parent.parent.parent / "shared" / "samples" / "events.jsonl",
                  Path("/work/shared/samples/events.jsonl"))


def build(items, avoid: list[str]) -> int:
    """Id the items (salted with SPLIT, clear of the ids in the `avoid` files here and the shared samples),
    write SPLIT.jsonl / SPLIT.expected.jsonl, validate them and print coverage. Returns the exit code."""
    taken: set[str] = set()
    for name in avoid:
        taken |= read_ids(HERE / name)
    for cand in SHARED_SAMPLES:
        if cand.exists():
            taken |= read_ids(cand)
            break
    other_ids = set(taken)
    pairs = finish(items, taken)
    ev_path, ex_path = HERE / f"{SPLIT}.jsonl", HERE / f"{SPLIT}.expected.jsonl"
    write_jsonl(ev_path, [e for e, _ in pairs])
    write_jsonl(ex_path, [lab for _, lab in pairs])
    print(f"wrote {ev_path.name} / {ex_path.name}: {len(pairs)} events")
    n_err = validate(ev_path, ex_path, other_ids)
    coverage(ev_path, ex_path)
    return 1 if n_err else 0

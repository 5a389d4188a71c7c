"""Envelope and label helpers shared by the corpus generators from train2 on: landlord end-points,
one function per channel that fills in a ContactEvent around a hand-written text, and R/V/A/I for
the expected decision. Ids are placeholders until corpus_tools.finish() derives them from content."""
from __future__ import annotations

import csv
from pathlib import Path
from textwrap import dedent
from typing import Any

HERE = Path(__file__).resolve().parent

# Landlord end-points (not customers)
SMS_NO = "+447700900010"
MAIN = "+441134960000"
OOH = "+441134960999"
SHEFF = "+441144960000"
INBOX = {"email": "contact@fairholmehomes.example.org", "name": "Fairholme Homes"}
REPAIRS_BOX = {"email": "repairs@fairholmehomes.example.org", "name": "Fairholme Repairs"}
RENT_BOX = {"email": "rent@fairholmehomes.example.org", "name": "Fairholme Income Team"}
ASB_BOX = {"email": "asb@fairholmehomes.example.org", "name": "Fairholme ASB Team"}
TENANCY_BOX = {"email": "tenancy@fairholmehomes.example.org", "name": "Fairholme Tenancy Team"}
SAFEGUARDING_BOX = {"email": "safeguarding@fairholmehomes.example.org", "name": "Fairholme Safeguarding"}
BOT = {"handle": "@FairholmeHomesBot"}
FB_PAGE = {"handle": "FairholmeHomes"}
IG_PAGE = {"handle": "@fairholmehomes"}
CHAT_TO = {"name": "Fairholme Homes webchat"}
PORTAL_TO = {"name": "Fairholme tenant portal"}
POST_TO = {"name": "Fairholme Homes, PO Box 4471, Leeds LS1 9ZZ"}
LEEDS_OFFICE = {"name": "Fairholme Homes, Leeds office"}
BRADFORD_OFFICE = {"name": "Fairholme Homes, Bradford office"}
SHEFFIELD_OFFICE = {"name": "Fairholme Homes, Sheffield office"}
WAKEFIELD_OFFICE = {"name": "Fairholme Homes, Wakefield office"}
NEWS_HEADERS = {"List-Unsubscribe": "<https://lists.example.net/unsub?u=fh2>", "Precedence": "bulk"}
AUTO_REPLY = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
BOUNCE = {"Auto-Submitted": "auto-replied", "Content-Type": "multipart/report; report-type=delivery-status"}


def U(n: int) -> str:
    """An unknown (not in the directory) mobile: +44 7700 9007nn."""
    return f"+4477009007{n:02d}"


def txt(s: str) -> str:
    return dedent(s).strip("\n")


def ts(when: str) -> str:
    day, clock = when.split()
    return f"2026-{day}T{clock}:00Z"


def _event(channel: str, src: str, when: str, frm: dict[str, Any], to: dict[str, Any], text: str | None, *,
           direction: str = "inbound", subject: str | None = None, headers: dict[str, str] | None = None,
           call: dict[str, Any] | None = None, visit: dict[str, Any] | None = None,
           thread: str | None = None, anon: bool = False) -> dict[str, Any]:
    return {"id": src, "channel": channel, "direction": direction, "occurred_at": ts(when), "from": frm, "to": to,
            "subject": subject, "text": text, "headers": headers or {}, "call": call, "visit": visit,
            "thread_id": thread, "anonymous": anon}


def sms_in(when, phone, text, **kw):
    return _event("sms", "twilio-sms", when, {"phone": phone}, {"phone": SMS_NO}, txt(text), **kw)


def sms_out(when, phone, text, sender="Fairholme Homes", **kw):
    return _event("sms", "twilio-sms", when, {"phone": SMS_NO, "name": sender}, {"phone": phone}, txt(text),
                  direction="outbound", **kw)


def wa_in(when, phone, name, text, **kw):
    frm: dict[str, Any] = {"phone": phone}
    if name:
        frm["name"] = name
    return _event("whatsapp", "wa", when, frm, {"phone": SMS_NO}, txt(text), **kw)


def wa_out(when, phone, text, sender="Fairholme Homes", **kw):
    return _event("whatsapp", "wa", when, {"phone": SMS_NO, "name": sender}, {"phone": phone}, txt(text),
                  direction="outbound", **kw)


def call_in(when, phone, transcript, *, dur, to=MAIN, status="completed", answered_by="human", voicemail=None):
    call = {"status": status, "duration_s": dur, "answered_by": answered_by, "voicemail_left": voicemail,
            "transcript": txt(transcript) if transcript else None}
    return _event("voice", "twilio-call", when, {"phone": phone}, {"phone": to}, None, call=call)


def call_out(when, phone, team, status, *, dur=0, answered_by=None, voicemail=None, transcript=None, frm=MAIN):
    call = {"status": status, "duration_s": dur, "answered_by": answered_by, "voicemail_left": voicemail,
            "transcript": txt(transcript) if transcript else None}
    return _event("voice", "twilio-call", when, {"phone": frm, "name": team}, {"phone": phone}, None,
                  direction="outbound", call=call)


def email_in(when, addr, name, subject, text, *, to=INBOX, src="m365", **kw):
    frm: dict[str, Any] = {"email": addr}
    if name:
        frm["name"] = name
    return _event("email", src, when, frm, to, txt(text), subject=subject, **kw)


def email_out(when, frm, addr, name, subject, text, *, src="m365", **kw):
    to: dict[str, Any] = {"email": addr}
    if name:
        to["name"] = name
    return _event("email", src, when, frm, to, txt(text), subject=subject, direction="outbound", **kw)


def chat(when, frm, text, *, subject=None, src="webchat", to=CHAT_TO, **kw):
    return _event("webchat", src, when, frm, to, txt(text), subject=subject, **kw)


def portal(when, frm, subject, text, **kw):
    return chat(when, frm, text, subject=subject, src="api", to=PORTAL_TO, **kw)


def tg_in(when, tg_id, name, text, **kw):
    frm: dict[str, Any] = {"telegram_id": tg_id}
    if name:
        frm["name"] = name
    return _event("telegram", "tg", when, frm, BOT, txt(text), **kw)


def fb_in(when, handle, name, text, **kw):
    frm: dict[str, Any] = {"handle": handle}
    if name:
        frm["name"] = name
    return _event("facebook", "fb", when, frm, FB_PAGE, txt(text), **kw)


def ig_in(when, handle, name, text, **kw):
    frm: dict[str, Any] = {"handle": handle}
    if name:
        frm["name"] = name
    return _event("instagram", "ig", when, frm, IG_PAGE, txt(text), **kw)


def letter(when, frm, text, *, to=POST_TO, **kw):
    return _event("letter", "post", when, frm, to, txt(text), **kw)


def visit(when, frm, to, kind, outcome, text, *, direction="outbound", **kw):
    return _event("visit", "visit", when, frm, to, txt(text), direction=direction,
                  visit={"kind": kind, "outcome": outcome}, **kw)


_NAMES: dict[str, str] = {}


def cust(ref: str) -> dict[str, Any]:
    """A visit party naming the customer as staff logged them (name read from directory.csv)."""
    if not _NAMES:
        with (HERE / "directory.csv").open(encoding="utf-8") as fh:
            _NAMES.update({r["customer_ref"]: r["full_name"] for r in csv.DictReader(fh)})
    return {"name": _NAMES[ref], "customer_ref": ref}


SENSITIVE = {"asb", "safeguarding"}


def _label(action, ref, cat, hz, mm, note, acc, sens):
    return {"action": action, "customer_ref": ref, "category": cat,
            "sensitive": (cat in SENSITIVE) if sens is None else sens, "hazard": hz, "accept": acc or {},
            "must_mention": [m.strip() for m in mm.split(",") if m.strip()], "note": note}


def R(ref, cat, hz=None, mm="", note="", acc=None, sens=None):
    return _label("record", ref, cat, hz, mm, note, acc, sens)


def V(cat, hz=None, mm="", note="", acc=None, sens=None):
    return _label("review", None, cat, hz, mm, note, acc, sens)


def A(cat, hz=None, mm="", note="", acc=None, sens=None):
    return _label("anonymous", None, cat, hz, mm, note, acc, sens)


def I(note, acc=None):  # noqa: E743
    return _label("ignore", None, None, None, "", note, acc, False)


ATTEMPT = "answer|attempt|unsuccessful|missed|voicemail|no reply"
ANY = {"category": "*"}
EMG = {"hazard": ["emergency"]}
NOHZ = {"hazard": [None]}
GEN = {"category": ["general"]}
REP = {"category": ["repairs"]}
EST = {"category": ["estate"]}
TEN = {"category": ["tenancy"]}
REVOK = {"action": ["review"], "customer_ref": [None]}

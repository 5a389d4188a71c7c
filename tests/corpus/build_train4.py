#!/usr/bin/env python3
"""Build a fourth labelled training split (deterministic; writes only train4.jsonl / train4.expected.jsonl).

    python tests/corpus/build_train4.py

Same formats, directory and label conventions as README.md; the envelope helpers, validator and coverage
report are reused from build_train3.py (imported, not copied). Every message below is written by hand for
this split. Ids are hashed from the event content with the salt "train4" and checked for uniqueness against
train.jsonl, train2.jsonl, train3.jsonl and the shared samples.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_train3 as b3  # noqa: E402
from build_train3 import (  # noqa: E402,F401
    ANY, ATTEMPT, ASB_BOX, BOUNCE, AUTO_REPLY, BRADFORD_OFFICE, EMG, EST, GEN, INBOX, LEEDS_OFFICE, MAIN,
    NEWS_HEADERS, NOHZ, OOH, RENT_BOX, REP, REPAIRS_BOX, REVOK, SAFEGUARDING_BOX, SHEFF, SHEFFIELD_OFFICE,
    TEN, TENANCY_BOX, WAKEFIELD_OFFICE, A, I, R, V, call_in, call_out, chat, cust, email_in, email_out, fb_in,
    ig_in, letter, portal, sms_in, sms_out, tg_in, visit, wa_in, wa_out,
)

ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []
CMP = {"category": ["complaint"]}
LET = {"category": ["lettings"]}
RENT = {"category": ["rent"]}
DMP = {"category": ["damp_mould"]}
RECOK = {"action": ["record"]}


def U4(n: int) -> str:
    """An unknown (not in the directory) mobile for this split: +44 7700 9009nn."""
    return f"+4477009009{n:02d}"


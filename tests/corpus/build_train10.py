#!/usr/bin/env python3
"""Build train10 (deterministic; writes only train10.jsonl / train10.expected.jsonl).

    python tests/corpus/build_train10.py

Hard negatives for sensitivity: older and disabled tenants asking for ordinary services (downsizing,
adaptations, large print, assisted collections, medical priority). Their age or health is not a
safeguarding concern; train8's many disclosures by and about older people made the model read it so.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from envelopes import LEEDS_OFFICE, R, call_in, cust, email_in, letter, sms_in, visit  # noqa: E402

LET = {"category": ["lettings"]}
TEN = {"category": ["tenancy"]}
REP = {"category": ["repairs"]}
GEN = {"category": ["general"]}

ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = [
    (visit("11-03 10:15", {"name": "Housing officer (S. Rahman)"}, cust("C300001"), "walk_in", "attended", """
        Mrs Holroyd called in about a move to a ground-floor flat; she is 81 and finds the stairs to the bathroom
        hard now. Talked her through the under-occupation scheme and posted the form in large print.
    """),
     R("C300001", "lettings", None, "ground-floor|move|downsiz, form", "Older tenant wants to downsize: lettings, not sensitive.", TEN)),
    (visit("11-04 14:30", {"name": "Occupational therapy liaison (K. Dunn)"}, cust("C300008"), "appointment", "attended", """
        Assessment visit with Ms Kettlewell for a level-access shower and a second grab rail by the toilet.
        Measured up; adaptation request sent to the aids and adaptations team, target 6 weeks.
    """),
     R("C300008", "repairs", None, "shower|grab rail|adaptation", "Adaptation for a wheelchair user: repairs, not sensitive.", TEN)),
    (call_in("11-05 09:40", "+441134960301", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hello love, it's Margaret Holroyd, 7 Hollin Park Road. Can you send my rent letters in big print please, my eyes aren't what they were.
        Agent: Of course, I've put large print on your account and I'll send this year's statement again in large print.
    """, dur=95),
     R("C300001", "rent", None, "large print|statement", "Communication need for rent letters: not sensitive.", GEN)),
    (sms_in("11-06 11:02", "+447700900316", """
        Hi its for Patricia Lumb 3 Weavers Row, shes 84 and cant manage the wheelie bin down the steps any more.
        Can she go on the assisted bin collection? Her daughter Sue
    """),
     R("C300016", "estate", None, "bin|assisted", "Relative asks for an assisted collection: estate, not sensitive.", GEN)),
    (email_in("11-09 16:20", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Scooter storage", """
        Hello, I've been given a mobility scooter by the NHS. Is there anywhere at Ashgrove Court I can keep and
        charge it? It won't fit in the flat with my wheelchair. Thanks, Lorraine (Flat 7)
    """),
     R("C300008", "estate", None, "scooter", "Mobility scooter storage: estate/tenancy, not sensitive.", TEN)),
    (letter("11-10 09:00", {"name": "Margaret Holroyd"}, """
        7 Hollin Park Road, LS8 3QT
        Dear Sir, I am 81 and my doctor says I should not be doing stairs. Please can I be put on the list for a
        bungalow or a flat with a lift. I enclose the letter from the surgery. Yours faithfully, M. Holroyd
    """, to=LEEDS_OFFICE),
     R("C300001", "lettings", None, "bungalow|lift|list", "Medical priority for rehousing: lettings, not sensitive.", TEN)),
    (call_in("11-11 13:10", "+441632960316", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: It's Patricia Lumb, 3 Weavers Row. I'm hard of hearing, can you write to me instead of phoning? And I need the stairlift serviced, it's making a clicking noise.
        Agent: I'll mark your account letters only, and I've booked the stairlift engineer for Monday morning.
    """, dur=140),
     R("C300016", "repairs", None, "stairlift, letter|write", "Stairlift service and a contact preference: repairs, not sensitive.", GEN)),
    (visit("11-12 11:00", {"name": "Tenancy sustainment officer (R. Ahmed)"}, cust("C300016"), "appointment", "attended", """
        Annual check-in with Mrs Lumb. Well, managing with her daughter's help. Wants a smoke alarm with a strobe
        light for her hearing; referred to the fire service home safety visit. Housing benefit renewal done.
    """),
     R("C300016", "repairs", None, "smoke alarm|strobe|fire service", "Routine support check-in with adaptations: not sensitive.", {"category": ["tenancy", "general"]})),
    (email_in("11-13 10:05", "d.whitaker@example.com", "Darren Whitaker", "Mum's key safe", """
        Hi, my mum Karen at 23 Hollin Park Road has carers coming in four times a day from next week. Can we fit a
        key safe by the front door or do we need permission? Thanks, Darren
    """),
     R("C300005", "tenancy", None, "key safe|permission", "Permission for a key safe for carers: tenancy, not sensitive.", {"category": ["repairs"], "customer_ref": ["C300004"]})),
    (call_in("11-16 15:45", "+441134960301", """
        Agent: Fairholme Homes, Jas speaking.
        Caller: It's Mrs Holroyd at 7 Hollin Park Road. My hearing aid loop in the lounge has stopped working and I can't hear the telly.
        Agent: I'll raise a repair for the loop system, the electrician will ring you first.
    """, dur=80),
     R("C300001", "repairs", None, "hearing|loop", "Hearing loop repair: repairs, not sensitive.", GEN)),
]

import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "train10"


def main() -> int:
    return corpus_tools.build(ITEMS, [f"train{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9)])


if __name__ == "__main__":
    sys.exit(main())

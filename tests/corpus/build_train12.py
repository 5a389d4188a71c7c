#!/usr/bin/env python3
"""Build train12 (deterministic; writes only train12.jsonl / train12.expected.jsonl).

    python tests/corpus/build_train12.py

Same formats, directory and label conventions as README.md; the envelope and label helpers come from
envelopes.py (imported, not copied) and the ids, validator and coverage report from corpus_tools.py with the
split salt "train12". Every message below is written by hand for this split, dated 1 Oct - 15 Nov 2026.

This split is about STRUCTURE and STAFF WRITING, where sensitivity is decided by who writes and how:
  A. staff-written records: visit notes, outbound call notes and voicemails, outbound e-mails, texts and
     WhatsApps from named teams, in housing-officer shorthand ("DA disclosed", "s/g concern raised", "ref'd
     to MASH", MARAC, IDVA, CPN, TSO, NFA, UC APA, NTQ/NOSP, s8/s21, CBO, ECINS, risk matrix). About half
     are safeguarding or ASB; the other half are routine (tenancy audits, gas access - including an
     injunction for gas access, which is not ASB -, arrears plans, void and pre-termination inspections,
     estate walkabouts that note "no ASB issues");
  B. e-mails with structure: signatures with job titles, confidentiality footers (which do not make a
     message sensitive), Outlook "From:/Sent:/To:/Subject:" blocks and "On ... wrote:" quoting. The NEW text
     decides: routine new text above an old ASB or safeguarding thread is labelled by the new text (the
     thread's category and sensitivity accepted), and sensitive new text above routine history is sensitive.
     Professionals: PCSO, social worker, GP surgery, school, probation, Women's Aid, councillor, MP's
     caseworker, solicitor, CPN, adult social care;
  C. multi-turn webchats, WhatsApp threads and long calls where the sensitive part is late, brief or in a
     second language, with matching routine conversations;
  D. short contacts in community languages (native scripts and romanised), half sensitive, half routine;
  E. things to ignore that use the safeguarding/ASB vocabulary (bulletins with List-Unsubscribe /
     Precedence, auto-replies with Auto-Submitted, social chatter).

Label judgements specific to this split (on top of README.md):
- A staff note is recorded against the tenant it is about (visit party, called number, addressee); an
  outbound e-mail from our safeguarding lead to a professional about a named tenant is recorded against
  that tenant (review accepted).
- Visit kinds stay within the contract's enum (walk_in, appointment, door_knock, walkabout); "home visit",
  "tenancy audit" and "void inspection" are said in the note text.
- Content-free outbound attempts from the ASB or safeguarding team: general, any category, sensitive
  false with true accepted (the team name alone hints at the subject but says nothing).
- A perpetrator's own record (warning served, CPW, NOSP on ground 14) is asb like the victim's.
Ids are checked for uniqueness against the other train splits (train11 when present) and the held-out
splits (read by corpus_tools.build only for their ids) and the shared samples.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from envelopes import (  # noqa: E402,F401
    ANY, ATTEMPT, ASB_BOX, AUTO_REPLY, BOUNCE, BRADFORD_OFFICE, EMG, EST, GEN, INBOX, LEEDS_OFFICE, MAIN,
    NEWS_HEADERS, NOHZ, OOH, RENT_BOX, REP, REPAIRS_BOX, REVOK, SAFEGUARDING_BOX, SHEFF, SHEFFIELD_OFFICE,
    TEN, TENANCY_BOX, WAKEFIELD_OFFICE, A, I, R, V, call_in, call_out, chat, cust, email_in, email_out, fb_in,
    ig_in, letter, portal, sms_in, sms_out, tg_in, U, visit, wa_in, wa_out,
)
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "train12"  # salts the ids and prefixes validation messages

ASBC = {"category": ["asb"]}
SAFE = {"category": ["safeguarding"]}
CMP = {"category": ["complaint"]}
RENT = {"category": ["rent"]}
LET = {"category": ["lettings"]}
DAMP = {"category": ["damp_mould"]}
SENS = {"sensitive": [True]}
NOSENS = {"sensitive": [False]}
LETTINGS_BOX = {"email": "lettings@fairholmehomes.example.org", "name": "Fairholme Lettings"}
SUSTAIN_BOX = {"email": "sustainment@fairholmehomes.example.org", "name": "Fairholme Tenancy Sustainment"}


def acc(*parts: dict[str, Any]) -> dict[str, Any]:
    """Merge accept dicts (lists are unioned)."""
    out: dict[str, Any] = {}
    for part in parts:
        for key, vals in part.items():
            if vals == "*":
                out[key] = vals
                continue
            cur = out.setdefault(key, [])
            cur.extend(v for v in vals if v not in cur)
    return out


def REC(ref: str) -> dict[str, Any]:
    """Recording against `ref` is also defensible (on a review or anonymous label)."""
    return {"action": ["record"], "customer_ref": [ref]}


ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []

# ============================================================================================
# A. Staff-written records: visit notes, outbound calls, outbound messages from named teams
# ============================================================================================
ITEMS += [
    # ---- A1. sensitive visit notes -------------------------------------------------------
    (visit("10-01 10:30", {"name": "Tenancy sustainment officer (H. Begum)"}, cust("C300057"), "door_knock", "attended", """
        Home visit (planned TSO). DA disclosed: ex-partner (not on tenancy) turned up Sat night, pushed his way in,
        took her phone and bank card. Police attended, log 13/4561. DASH done - high risk. Ref'd to MARAC and
        IDVA with consent. Sanctuary lock change raised as urgent for tomorrow AM. Tenant has safe number only,
        do NOT leave voicemails.
    """),
     R("C300057", "safeguarding", None, "dash|marac|idva|abuse, lock",
       "Staff visit note in shorthand: domestic abuse disclosed, high-risk DASH, MARAC/IDVA referral -> "
       "safeguarding against the victim. The urgent lock change is part of the safety plan, not a separate "
       "repair; 'do not leave voicemails' is a contact instruction, not anonymity.")),

    (visit("10-02 14:15", {"name": "ASB officer (P. Quinn)"}, cust("C300035"), "door_knock", "attended", """
        Visit re ASB case ref ASB-26-0412 (reported dealing from Flat 14, callers at all hours). Mr Sykes denies
        any involvement. Two males in the lounge refused to give names; Mr Sykes kept looking at them before
        answering and seemed intimidated. Cuckooing suspected. ABC discussed, not signed - wants to "think about
        it". Risk matrix updated on ECINS; intel passed to police. Will try to see him alone next week.
    """),
     R("C300035", "asb", None, "dealing|drug|cuckoo, abc|acceptable behaviour|warning",
       "ASB officer's note on the alleged perpetrator's own record; suspected cuckooing makes safeguarding "
       "equally defensible. Sensitive either way.", SAFE)),

    (visit("10-05 11:00", {"name": "Housing officer (L. Carr)"}, cust("C300010"), "appointment", "attended", """
        Tenancy audit, Somali interpreter by phone (Language Line). ID seen for Ms Abdi and 3 children. Audit
        complete, household details updated.
        Eldest (14) not in school since Sept per mum; mum tearful, says she "can't cope" since husband left,
        not sleeping. S/g concern raised - ref'd to MASH (children's) with her consent, early help offered.
        Manager informed.
    """),
     R("C300010", "safeguarding", None, "school|mash|cope",
       "Routine audit in the first paragraph, but the note records a child-welfare concern and a MASH referral "
       "-> safeguarding (tenancy defensible as the visit type, still sensitive).", TEN)),

    (visit("10-05 16:40", {"name": "Natalia Rusu", "customer_ref": "C300041"}, WAKEFIELD_OFFICE, "walk_in", "attended", """
        Walk-in. Ms Rusu came in with a friend translating, asking for a replacement front door key. After the
        friend went out for a smoke she said, in English, that her husband checks her phone and keeps her wages
        card "for the house". Did not want police. Gave her Women's Aid number and the Romanian-language leaflet,
        offered IDVA - declined for now. Lock change raised (urgent), keys to be collected from office only.
    """, direction="inbound"),
     R("C300041", "safeguarding", None, "phone|wages|control|women's aid",
       "Walk-in that starts as a key request; the brief disclosure of coercive and financial control makes it "
       "safeguarding (repairs defensible for the key/lock, but sensitive).", REP)),

    (visit("10-06 09:20", {"name": "Safeguarding lead (A. Moss)"}, cust("C300050"), "door_knock", "no_access", """
        Welfare check after call from his CPN: Jamie not seen for 5 days, missed his depot injection Friday.
        No answer, curtains drawn, post piled behind the door, no smell. Neighbour (flat 15) last saw him
        Wednesday. Police asked to attend for welfare check, log 0913. CPN updated. Will return 2pm.
    """),
     R("C300050", "safeguarding", None, "welfare|cpn|police",
       "No-access welfare check on a tenant under mental-health services -> recorded, safeguarding. Hazard null "
       "(no sign of immediate danger at the door); emergency defensible as a life may be at risk.", EMG)),

    (visit("10-07 13:00", {"name": "Estate officer (D. Roper)"}, cust("C300033"), "walkabout", "attended", """
        Estate walkabout Foundry Walk with PCSO Hale. Three needles in the bin store at stairwell B - sharps team
        called, removed. Flat 8 front door kicked in at the bottom panel; Mr Warsame (present) says the same
        lads shout racist names at him and his wife every evening and threw a bottle at his window on Sunday.
        Hate incident reported to police by PCSO; ASB case opened on ECINS, ref ASB-26-0430. Door repair raised.
    """),
     R("C300033", "asb", None, "racist|hate, door|abuse",
       "A walkabout note that turns into a racial-harassment report by the tenant met on it -> asb (hate "
       "incident), recorded against Mr Warsame; estate accepted for the walkabout itself, still sensitive.",
       EST)),

    (visit("10-08 15:30", {"name": "Tenancy sustainment officer (H. Begum)"}, cust("C300049"), "appointment", "attended", """
        TSO support visit. Arrears £640, UC housing costs going to her not us - UC APA requested today.
        Budget sheet done, food bank voucher given.
        Mentioned near the end that she's not been eating, sleeps most of the day and "sometimes thinks they'd be
        better off without her". Asked directly: no plan, no means. Agreed to see GP tomorrow, gave Samaritans
        and crisis line numbers. S/g form done, manager aware.
    """),
     R("C300049", "safeguarding", None, "suicid|better off|gp|crisis",
       "Support visit opening on arrears and UC APA; the late, brief suicidal-ideation disclosure makes it "
       "safeguarding. Hazard null (no plan or means); rent not a fair summary of the record.")),

    (visit("10-09 10:45", {"name": "ASB officer (P. Quinn)"}, cust("C300031"), "door_knock", "attended", """
        Victim visit, ASB-26-0388. Mr Pearce: youths threw eggs again Tues and Weds, shouted "nonce" through the
        letterbox, sprayed the same word on his van. 14 incidents on the diary sheets collected today. Risk
        matrix score 22 (high). Discussed CBO with police; video doorbell to be fitted as target hardening.
    """),
     R("C300031", "asb", None, "egg|nonce|graffiti|diary",
       "ASB victim visit with risk matrix and CBO discussion -> asb, recorded against the victim.")),

    (visit("10-12 12:10", {"name": "Housing officer (L. Carr)"}, cust("C300003"), "door_knock", "attended", """
        Home visit re tenancy breach (dog barking, complaint from no. 11). Partner (not on tenancy) answered,
        hostile, stayed in the room throughout. Kelly had a bruise on her left cheek, said she "walked into the
        cupboard". Could not speak to her alone. Left DA leaflet in the bathroom. S/g concern logged - possible
        DV. Follow up in person when she's alone; no letters about this to the address.
    """),
     R("C300003", "safeguarding", None, "bruise|dv|domestic",
       "The visit was about a dog complaint, but the officer records a suspected domestic-abuse concern -> "
       "safeguarding (tenancy accepted for the breach visit, sensitive regardless).", TEN)),

    (visit("10-12 15:00", {"name": "Bogdan Ionescu", "customer_ref": "C300052"}, BRADFORD_OFFICE, "walk_in", "attended", """
        Walk-in. Mr Ionescu with a man he called his "boss", who did all the talking and wanted four workers added
        to the tenancy at 19 Beckside Mews. Mr I. said the boss keeps his passport "for safety" and takes his rent
        from his wages. Possible labour exploitation / modern slavery. Did not add occupants. S/g concern raised,
        ref'd to police MSHT unit; I am NRM first responder, will see him alone with a Romanian interpreter.
    """, direction="inbound"),
     R("C300052", "safeguarding", None, "passport|exploitation|slavery",
       "Request to add occupants that reveals suspected labour exploitation -> safeguarding against the "
       "tenant (tenancy defensible for the request, still sensitive).", TEN)),

    (visit("10-13 11:30", {"name": "Neighbourhood officer (J. Firth)"}, cust("C300019"), "door_knock", "attended", """
        Served Community Protection Warning (ASB case ref ASB-26-0350: loud music 1-4am, threats to the tenant at
        no. 45). Mr Naylor accepted the CPW but said he'd "sort number 45 out himself". Warned this would be a
        breach and a matter for police. Legal asked to prepare an injunction application if any further incident.
    """),
     R("C300019", "asb", None, "cpw|community protection|threat|injunction",
       "CPW served on the alleged perpetrator -> asb on his own record.")),

    (visit("10-14 10:00", {"name": "Income officer (R. Patel)"}, cust("C300044"), "appointment", "attended", """
        Arrears visit (£1,180). Agreed £15/wk from 23/10 and will request UC APA. Megan said the arrears started
        when her ex left in June - he still has a key, lets himself in when she's at work and took the TV last
        week. Advised lock change (raised) and police. S/g concern - DV post-separation, IDVA referral made
        with consent. Arrears recovery paused 4 weeks.
    """),
     R("C300044", "safeguarding", None, "ex|key|idva|domestic",
       "Income visit whose record discloses post-separation abuse and an IDVA referral -> safeguarding (rent "
       "defensible for the arrangement, kept sensitive).", RENT)),

    (visit("10-15 14:00", {"name": "Tenancy officer (S. Rahman)"}, cust("C300021"), "door_knock", "attended", """
        Tenancy audit. Flat heavily cluttered - clutter rating 7, kitchen not usable, cooker blocked by boxes,
        hall smoke alarm bagged over. Mr McAllister says he's "fine, just busy". Took bag off alarm, tested ok.
        Fire service home safety visit requested. ASC referral (self-neglect) with his agreement; TSO to visit.
    """),
     R("C300021", "safeguarding", None, "clutter|hoard|self-neglect, fire",
       "Audit note recording hoarding and self-neglect with an ASC referral -> safeguarding. The covered alarm "
       "was dealt with on the spot, so hazard null (emergency defensible as a fire-safety failure).", EMG)),

    (visit("10-16 13:30", {"name": "Safeguarding lead (A. Moss)"}, cust("C300059"), "appointment", "attended", """
        Joint visit with children's SW (K. Oduya). Child protection conference 14/10: both children on a CP plan
        under neglect and DV. Housing actions agreed: management move, band A; all contact by e-mail, no
        letters to Flat 13 as ex-partner intercepts post; repairs to be booked via SW. MARAC ref 26/118.
    """),
     R("C300059", "safeguarding", None, "child protection|cp plan|move",
       "Safeguarding lead's joint visit note (CP plan, MARAC, management move) -> safeguarding; lettings "
       "defensible for the move but sensitive.", LET)),

    (visit("10-19 10:15", {"name": "ASB officer (K. Allott)"}, cust("C300027"), "door_knock", "attended", """
        Visit to Mrs Begum, son Rafiq interpreting. Teenagers from the end house have spat at her and pulled her
        headscarf at the bus stop on Thornhill Road twice this month; shout "go home" when she passes. Hate
        incident reported to police (ref 13/7781). ASB case ASB-26-0437 opened; diary sheets in Bengali
        arranged.
    """),
     R("C300027", "asb", None, "headscarf|spat|hate",
       "Hate-motivated harassment recorded on a victim visit -> asb.")),

    # ---- A2. routine visit notes ------------------------------------------------------------
    (visit("10-01 09:00", {"name": "Gas engineer (M. Doyle, Sure Gas)"}, cust("C300054"), "appointment", "no_access", """
        Annual gas safety check (LGSR expires 14/10). Second attempt, no access. Card left. Passed to compliance
        for 3rd letter; if no access by expiry, legal to apply for an injunction to gain entry.
    """),
     R("C300054", "repairs", None, "gas|access|card",
       "No-access gas safety appointment -> recorded, repairs. 'Injunction' here is for gas access, not ASB: "
       "not sensitive.")),

    (visit("10-02 11:00", {"name": "Tenancy officer (S. Rahman)"}, cust("C300009"), "appointment", "attended", """
        Pre-termination inspection, Flat 9 Ashgrove Court. Tenant ending tenancy 02/11 (moving in with partner).
        Rechargeable: two internal doors, carpet/laminate removal, redecoration of back bedroom. Explained
        charges, keys to Leeds office by 12 noon on the 2nd. Void works order raised.
    """),
     R("C300009", "tenancy", None, "termination|keys|recharge",
       "Pre-void inspection with the outgoing tenant -> tenancy (lettings defensible).", LET)),

    (visit("10-06 14:30", {"name": "Housing officer (L. Carr)"}, cust("C300029"), "door_knock", "attended", """
        Tenancy audit completed. Photo ID seen. Household: Mr Mensah, partner (added as occupant), baby born
        09/26. Smoke and CO alarms tested ok. Garden tidy. No concerns raised, NFA.
    """),
     R("C300029", "tenancy", None, "audit|household|occupant",
       "Routine tenancy audit; 'no concerns, NFA' is not a safeguarding note -> tenancy, not sensitive.")),

    (visit("10-07 10:00", {"name": "Estate officer (D. Roper)"}, cust("C300042"), "walkabout", "attended", """
        Quarterly walkabout Weavers Row with Cllr Ahmed and Mr Barraclough (TRA chair). Hedges overgrown 1-11,
        two abandoned trolleys, bay lines faded. Bulk uplift booked, hedge cut on grounds list. No ASB issues
        reported this quarter; TRA happy with the new lighting.
    """),
     R("C300042", "estate", None, "hedge|trolley|walkabout",
       "Estate walkabout with the TRA chair; 'no ASB issues' is a negative -> estate, not sensitive.")),

    (visit("10-08 09:30", {"name": "Damp surveyor (J. Ward)"}, cust("C300025"), "appointment", "attended", """
        Damp & mould survey. Black mould back bedroom external wall and both window reveals, moisture readings
        28%. Baby's cot against that wall - advised to move it. Mould wash booked within 48h, PIV unit and
        extractor upgrade ordered. Follow-up inspection in 6 weeks.
    """),
     R("C300025", "damp_mould", "damp_mould", "mould|damp, cot|baby|wash",
       "Live black mould in a child's bedroom -> damp_mould with hazard.")),

    (visit("10-09 15:00", {"name": "Income officer (R. Patel)"}, cust("C300017"), "door_knock", "attended", """
        Arrears visit, £412. UC claim started 28/09, housing element not in payment yet. Agreed £5/wk from first
        UC payment; will request UC APA if the housing costs go to her and a payment is missed. s8 not being
        considered. Gave Citizens Advice leaflet.
    """),
     R("C300017", "rent", None, "arrears|universal credit|uc, apa|arrangement",
       "Arrears visit with a UC arrangement -> rent. 's8 not being considered' is routine income shorthand.")),

    (visit("10-12 10:20", {"name": "Daniel Okafor", "customer_ref": "C300002"}, LEEDS_OFFICE, "walk_in", "attended", """
        Walk-in. Mr Okafor handed in his signed mutual exchange application and the other tenant's landlord
        reference. Checked complete, copied, passed to lettings. Inspection of both homes to be booked.
    """, direction="inbound"),
     R("C300002", "tenancy", None, "mutual exchange|application",
       "Walk-in handing in a mutual exchange form -> tenancy (lettings accepted).", LET)),

    (visit("10-13 16:00", {"name": "Income officer (R. Patel)"}, cust("C300060"), "door_knock", "no_access", """
        Visit to discuss arrears (£2,310) before NOSP is considered. No answer; card left with my mobile and the
        Money Advice leaflet. Tried phone from the doorstep - voicemail.
    """),
     R("C300060", "rent", None, "arrears|nosp, card|no answer|access",
       "No-access income visit -> recorded, rent.")),

    (visit("10-14 11:45", {"name": "Plumber (T. Bryce)"}, cust("C300045"), "appointment", "attended", """
        Replaced kitchen mixer tap, cleared dripping overflow on the cistern. Tested. Mr Birkett happy, signed.
    """),
     R("C300045", "repairs", None, "tap|overflow",
       "Completed repair appointment -> repairs.")),

    (visit("10-15 10:00", {"name": "Lettings officer (M. Shah)"}, cust("C300047"), "appointment", "failed_to_attend", """
        Sign-up for transfer to 29 Moorside Crescent (3-bed). Tenant did not attend the office appointment.
        Rang twice, no answer. Offer held until Monday 19 October, letter sent.
    """),
     R("C300047", "lettings", None, "sign-up|sign up|transfer, attend",
       "Missed sign-up appointment for a transfer -> recorded, lettings.")),

    (visit("10-16 14:30", {"name": "Tenancy sustainment officer (H. Begum)"}, cust("C300053"), "door_knock", "attended", """
        Six-week new tenancy visit. Lucy settling in well. Applied for carpet grant; helped with council tax
        reduction form. Explained bin days and the recycling. Rent account clear. NFA.
    """),
     R("C300053", "tenancy", None, "new tenancy|carpet|council tax",
       "New-tenancy settling-in visit by a TSO; nothing of concern -> tenancy, not sensitive.")),

    (visit("10-19 09:15", {"name": "Electrician (K. Lowe)"}, cust("C300036"), "appointment", "attended", """
        EICR completed. C2 on bathroom light fitting (no CPC) - made safe and replaced same visit. All other
        circuits satisfactory. Certificate to follow by e-mail.
    """),
     R("C300036", "repairs", None, "eicr|electrical|light",
       "Electrical inspection made safe on the visit -> repairs, hazard null.")),

    (visit("10-20 10:00", {"name": "Building safety officer (F. Nolan)"}, cust("C300040"), "walkabout", "attended", """
        Block inspection Calder Court. Stairwell 2 fire door wedged open with a rubber wedge - removed, notice put
        up. Door closer slow, job raised. Mr Pritchard (flat 10) asked about secure bike storage - passed to
        estate services.
    """),
     R("C300040", "estate", None, "fire door|bike",
       "Block inspection; the wedged fire door was dealt with on the spot -> estate (repairs defensible), "
       "hazard null.", REP)),

    (visit("10-21 11:10", {"name": "Housing officer (L. Carr)"}, cust("C300018"), "door_knock", "no_access", """
        Tenancy audit, first attempt. No answer. Card left in English and Arabic. Neighbour says the family are
        away visiting relatives until the end of the month. Rebook for w/c 2 Nov.
    """),
     R("C300018", "tenancy", None, "audit, card|no answer|access",
       "No-access tenancy audit -> recorded, tenancy.")),

    (visit("10-22 12:00", {"name": "Robert Illingworth", "customer_ref": "C300058"}, BRADFORD_OFFICE, "walk_in", "attended", """
        Mr Illingworth handed in a cheque for £200 towards his arrears and a letter asking for a new payment
        card. Receipted. Card ordered.
    """, direction="inbound"),
     R("C300058", "rent", None, "cheque|arrears|payment card",
       "Walk-in payment -> rent.")),

    (visit("10-23 14:00", {"name": "Voids surveyor (G. Hanley)"}, cust("C300009"), "appointment", "attended", """
        Joint void inspection with the outgoing tenant. Doors and flooring as per pre-termination report; cooker
        left (to be removed). Meter readings taken: E 44012, G 10321. Recharge estimate £385 explained.
    """),
     R("C300009", "tenancy", None, "void|meter|recharge",
       "Void inspection with the outgoing tenant -> tenancy (lettings and repairs defensible).",
       {"category": ["lettings", "repairs"]})),

    # ---- A3. outbound call notes --------------------------------------------------------------
    (call_out("10-02 09:05", "+447700900357", "Tenancy sustainment (H. Begum)", "completed", dur=118, answered_by="human", transcript="""
        Officer: Hi Tracey, it's Helen from Fairholme. Are you okay to talk?
        Tenant: Yeah, he's not here.
        Officer: The locksmith's coming at 2 today for the sanctuary lock. And Jo, the IDVA, will ring you from a withheld number this afternoon.
        Tenant: Okay. Thanks.
        Officer: If he's ever there when I ring, just say "wrong number" and I'll hang up.
    """),
     R("C300057", "safeguarding", None, "idva|sanctuary|lock",
       "Outbound support call confirming sanctuary measures and IDVA contact -> safeguarding.")),

    (call_out("10-13 09:30", "+447700900331", "ASB team (P. Quinn)", "completed", dur=34, answered_by="machine_end_beep", voicemail=True, transcript="""
        Hi Nathan, it's Pat Quinn from the ASB team at Fairholme. Just an update on your case, 388: the police
        tell me the lad who did your van has pleaded guilty, and they'll ask for a CBO at sentencing. Give me a ring back.
    """),
     R("C300031", "asb", None, "voicemail|message, cbo|case",
       "Voicemail left by the ASB officer about a CBO -> asb.")),

    (call_out("10-05 13:40", "+447700900328", "Income team (R. Patel)", "completed", dur=240, answered_by="human", transcript="""
        Officer: Hi, is that Leanne? It's Ravi from Fairholme income team.
        Tenant: Yeah, is this about the rent?
        Officer: It is, your account's £356 behind. I can see you moved onto Universal Credit in August.
        Tenant: They're paying me the housing bit and it just goes on other stuff, I'm rubbish with money.
        Officer: We can ask DWP for an APA so it comes straight to us, and add £12 a month off the arrears.
        Tenant: Yeah do that, it's easier.
    """),
     R("C300028", "rent", None, "universal credit|uc|apa, arrears",
       "Outbound income call agreeing a UC APA -> rent.")),

    (call_out("10-05 15:10", "+447700900309", "Repairs (scheduling)", "no-answer"),
     R("C300009", "general", None, ATTEMPT,
       "Content-free unanswered outbound call -> recorded; purpose unknown, any category.", ANY)),

    (call_out("10-16 11:00", "+447700900347", "Lettings (M. Shah)", "completed", dur=96, answered_by="human", transcript="""
        Officer: Priya, it's Mo from lettings. You missed the sign-up yesterday for Moorside Crescent.
        Tenant: Oh no, I had it in my diary for next week, I'm so sorry. I still want it!
        Officer: No problem, I've held it. Monday 19 October at 10?
        Tenant: Yes, definitely.
    """),
     R("C300047", "lettings", None, "sign-up|sign up|transfer",
       "Outbound call rebooking a missed transfer sign-up -> lettings.")),

    (call_out("10-09 12:15", "+447700900349", "Tenancy sustainment (H. Begum)", "completed", dur=310, answered_by="human", transcript="""
        Officer: Hi Sandra, it's Helen. Just checking in after yesterday - did you get to the GP?
        Tenant: I did. She's changed my tablets and given me the crisis team's number. I feel a bit less... you know.
        Officer: That's really good. I've had the UC APA request acknowledged too, so that's one thing off your plate.
        Tenant: Thanks for not making a big thing of it yesterday.
        Officer: Any time. I'll pop round next Thursday.
    """),
     R("C300049", "safeguarding", None, "gp|crisis|tablets",
       "Follow-up to a suicidal-ideation disclosure (GP, crisis team) -> safeguarding; the APA mention is "
       "secondary (rent would miss the point).")),

    (call_out("10-10 10:00", "+447700900354", "Gas compliance (Sure Gas)", "completed", dur=41, answered_by="machine_end_beep", voicemail=True, transcript="""
        This is a message for Mr Yusuf from Fairholme Homes' gas team. Your gas safety certificate runs out on the
        fourteenth and we haven't been able to get in. Please ring us on 0113 496 0000 today to book, otherwise
        we will have to apply to court for an injunction to gain access. Thank you.
    """),
     R("C300054", "repairs", None, "gas|safety, voicemail|message",
       "Voicemail about gas access; an access injunction is not ASB -> repairs, not sensitive.")),

    (call_out("10-20 16:20", "+447700900319", "ASB team (J. Firth)", "completed", dur=185, answered_by="human", transcript="""
        Officer: Mr Naylor, it's Jess Firth, neighbourhood officer. We've had two more reports about music after
        midnight at the weekend, and that you shouted at your neighbour in the street.
        Tenant: She's a liar, she's been on at me for months.
        Officer: That's a breach of the warning you were given on the 13th. Legal are now preparing an injunction
        application, and it could affect your tenancy.
        Tenant: Do what you want.
    """),
     R("C300019", "asb", None, "music|noise|breach|injunction",
       "Outbound call to an alleged perpetrator about a breached CPW -> asb.")),

    (call_out("10-21 09:50", "+447700900360", "Income team (R. Patel)", "busy"),
     R("C300060", "general", None, ATTEMPT,
       "Busy outbound attempt, content-free -> recorded; any category.", ANY)),

    (call_out("10-22 14:05", "+447700900312", "Tenancy officer (S. Rahman)", "completed", dur=265, answered_by="human", transcript="""
        Officer: Hello, is that Tariq? Shaz from Fairholme. I need to rebook the tenancy audit we missed.
        Tenant: Yeah sorry, Thursday next week is fine, after 2.
        Officer: Lovely, Thursday 29th at 2.30 then.
        Tenant: Can I ask one more thing... my mum lives with us, she's 79, she's getting really confused. Twice
        this week she's left the gas rings on and gone to bed. Amina found it both times. Is there anything you can fit?
        Officer: There's an automatic gas shut-off valve we can fit, I'll raise it. And I'll ask if she'd like a
        referral to social care for a needs assessment.
    """),
     R("C300012", "safeguarding", None, "gas, confused|dementia|social care",
       "Outbound call rebooking an audit; the late disclosure of a confused older relative repeatedly leaving "
       "the gas on (risk to the household) -> safeguarding, with repairs/tenancy defensible for the valve "
       "and the audit (then not sensitive). Hazard null: the rings were found and turned off.",
       acc({"category": ["repairs", "tenancy"]}, NOSENS, EMG))),

    (call_out("10-23 10:30", "+447700900310", "Housing officer (L. Carr)", "completed", dur=28, answered_by="machine_end_beep", voicemail=True, transcript="""
        Hello Hodan, it's Lucy Carr from Fairholme. Following my visit, a family worker from early help will
        phone you this week, like we talked about. Call me back if you want, I can get the Somali interpreter on
        the line. Bye.
    """),
     R("C300010", "safeguarding", None, "early help|family worker, voicemail|message",
       "Brief voicemail following up a MASH/early-help referral -> safeguarding (only the phrase 'early help' "
       "carries it).", acc(GEN, NOSENS))),

    (call_out("10-26 11:20", "+447700900308", "Repairs (adaptations)", "completed", dur=150, answered_by="human", transcript="""
        Officer: Hi Lorraine, it's Dev from adaptations. Just to say your wet room conversion starts Monday 16
        November, it'll take about eight working days.
        Tenant: Brilliant. Will I have a shower while they're doing it?
        Officer: We'll fit a temporary one in the kitchen area, and they'll keep the toilet working.
    """),
     R("C300008", "repairs", None, "wet room|shower|adaptation",
       "Outbound call giving an adaptation start date -> repairs.")),

    (call_out("10-27 17:00", "+447700900343", "ASB team (K. Allott)", "no-answer"),
     R("C300043", "general", None, ATTEMPT,
       "Unanswered outbound call from the ASB team: content-free, so general with any category; sensitive "
       "true also defensible because of the team.", acc(ANY, SENS))),

    (call_out("10-13 10:10", "+447700900320", "Lettings (M. Shah)", "completed", dur=38, answered_by="machine_end_beep", voicemail=True, transcript="""
        Hi Bethany, Mo from Fairholme lettings. Good news, you've been shortlisted for the two-bed at Flat 11
        Calder Court. Viewing's Friday 30 October at 11. Ring me back on 01632 960400 to confirm.
    """),
     R("C300020", "lettings", None, "viewing|two-bed|shortlist, voicemail|message",
       "Voicemail offering a viewing -> lettings.")),

    (call_out("11-02 12:30", "+447700900341", "Tenancy sustainment (H. Begum)", "completed", dur=22, answered_by="human", transcript="""
        Officer: Hello Natalia, it's Helen from Fairholme. Is now a good time?
        Tenant: No. Not now. Sorry, wrong number.
        Officer: Okay, sorry to bother you.
    """),
     R("C300041", "safeguarding", None, "wrong number|not a good time|call",
       "Outbound support call cut short with an agreed safety phrase ('wrong number') for a tenant who disclosed "
       "coercive control -> safeguarding; without the history it reads as a failed call (general, any category "
       "defensible).", acc(ANY, NOSENS))),

    # ---- A4. outbound texts, WhatsApps, e-mails and letters from named teams ---------------
    (sms_out("10-06 17:30", "+447700900334", """
        Hi Rebecca, Kim from Fairholme ASB team. The court granted the injunction against the occupant of flat 14
        today with a power of arrest. If he plays loud music after 11pm or approaches you, ring 999 and quote
        the injunction. I'll be in touch Monday. Kim
    """, sender="Kim Allott (ASB team)"),
     R("C300034", "asb", None, "injunction|power of arrest",
       "Outbound ASB update to the victim about an injunction -> asb.")),

    (sms_out("10-07 10:00", "+447700900303", """
        Fairholme: Hi Kelly, thanks for your payment of £20 on 06/10. Your rent account balance is now £84.50.
        Income team
    """, sender="Income team"),
     R("C300003", "rent", None, "payment|balance",
       "One-to-one outbound payment acknowledgement -> rent, not sensitive (the safeguarding note on file does "
       "not make a rent text sensitive).")),

    (wa_out("10-08 08:15", "+447700900341", """
        Hi Natalia, Helen (support) here. The locksmith is booked for tomorrow 8-10am like we talked about on
        Monday. The women's service number is 0808 157 0123, free, 24 hours. Delete this message if that's safer.
    """, sender="Helen Begum (Tenancy sustainment)"),
     R("C300041", "safeguarding", None, "lock, women's|helpline|0808",
       "Brief outbound WhatsApp whose only sign is 'women's service' and 'delete if safer' -> safeguarding "
       "(repairs defensible for the lock, still sensitive).", REP)),

    (wa_out("10-09 11:00", "+447700900351", """
        Hi Yasmin, Fairholme repairs. Your boiler service is confirmed for Thursday 5 November, AM slot (8-12).
        Reply YES to confirm or call 0113 496 0000 to change.
    """, sender="Fairholme Repairs"),
     R("C300051", "repairs", None, "boiler|service",
       "One-to-one appointment confirmation -> repairs.")),

    (email_out("10-09 14:20", ASB_BOX, "vicky.pemberton@example.org", "Victoria Pemberton", "Your ASB case ASB-26-0297 - closing the case", """
        Dear Ms Pemberton,

        Further to our call, we are closing your case ASB-26-0297 (noise from 12 Moorside Crescent) with no
        further action, as no incidents have been reported since the mediation meeting in August.

        If anything starts again, please contact us straight away and we will re-open the case.

        Kind regards,

        Kim Allott
        Anti-Social Behaviour Officer | Fairholme Homes
        asb@fairholmehomes.example.org | 0113 496 0000

        This e-mail may contain confidential information. If you are not the intended recipient please delete it
        and notify the sender.
    """),
     R("C300013", "asb", None, "closing|closed|nfa|no further action, case",
       "ASB case closure letter to the complainant -> asb; the disclaimer is boilerplate.")),

    (email_out("10-13 09:00", SAFEGUARDING_BOX, "kemi.oduya@leeds-childrens.example.org", "Kemi Oduya (Social Worker)", "Abdi household, Flat 12 Ashgrove Court - housing update", """
        Dear Kemi,

        Further to our MASH referral of 5 October for the Abdi household (Ms Hodan Abdi, Flat 12 Ashgrove Court,
        LS6 2JD), I can confirm housing actions: rent arrears recovery is on hold, and our TSO will visit with a
        Somali interpreter fortnightly. Ms Abdi has agreed to early help; she prefers contact via WhatsApp.

        Kind regards,
        Alison Moss
        Safeguarding Lead, Fairholme Homes

        CONFIDENTIAL: contains personal data shared under the Leeds information-sharing protocol.
    """),
     R("C300010", "safeguarding", None, "mash|early help|referral",
       "Outbound e-mail from our safeguarding lead to a social worker about a named tenant -> recorded against "
       "Ms Abdi by name and address (review defensible: the addressee is not her).", REVOK)),

    (email_out("10-14 15:45", RENT_BOX, "marcus.bell@example.com", "Marcus Bell", "Universal Credit - managed payment approved", """
        Dear Mr Bell,

        DWP have approved our request for an Alternative Payment Arrangement. From your next assessment period
        the housing costs element (£421.17 a month) will be paid to us directly, plus £22.80 towards the arrears.

        This means we are not taking any further steps on the NOSP for now.

        Regards,
        Ravi Patel
        Income Officer, Fairholme Homes
    """),
     R("C300060", "rent", None, "apa|alternative payment|universal credit",
       "Outbound income e-mail confirming an APA -> rent.")),

    (email_out("10-15 10:30", LETTINGS_BOX, "beth.cole@example.com", "Bethany Cole", "Viewing - Flat 11 Calder Court", """
        Hi Bethany,

        Thanks for confirming. The viewing is on Friday 30 October at 11am; please meet me at the main entrance.
        Bring photo ID and your last two payslips so we can complete the affordability check on the day.

        Mo Shah
        Lettings Officer
    """),
     R("C300020", "lettings", None, "viewing|photo id|payslip",
       "Outbound lettings e-mail -> lettings.")),

    (sms_out("10-16 12:00", "+447700900339", """
        Hi Shirley, Fairholme repairs. Your gas service is Tuesday 3 November 1-5pm. We have booked a BSL
        interpreter to come with the engineer. Text back if that time is no good.
    """, sender="Fairholme Repairs"),
     R("C300039", "repairs", None, "gas|service, bsl|interpreter",
       "Appointment text with a BSL interpreter booked -> repairs, not sensitive.")),

    (email_out("10-19 11:30", TENANCY_BOX, "paul.greenwood@example.com", "Paul Greenwood", "Tenancy audit - thank you", """
        Dear Mr Greenwood,

        Thank you for your time at the tenancy audit on Friday. Everything is in order and your household
        details have been updated. There are no further actions.

        Kind regards,
        Shazia Rahman
        Tenancy Officer
    """),
     R("C300026", "tenancy", None, "audit",
       "Outbound tenancy audit outcome -> tenancy.")),

    (sms_out("10-20 18:05", "+447700900351", """
        Hi Yasmin, Kim (ASB team). I've updated your case on our system - police will do extra patrols on
        Thornhill Gardens Fri and Sat nights. Keep the diary going and ring 101 for anything new, 999 if it's
        happening. Kim
    """, sender="Kim Allott (ASB team)"),
     R("C300051", "asb", None, "patrol|diary|case",
       "Outbound ASB case update -> asb.")),

    (letter("10-21 09:00", {"name": "Fairholme ASB Team"}, """
        Mr G. Naylor, 47 Weavers Row, Bradford BD3 9PL

        NOTICE OF SEEKING POSSESSION - Housing Act 1988, section 8, Ground 14 (nuisance or annoyance)

        Dear Mr Naylor,
        Despite the Community Protection Warning served on 13 October, we have received further reports of
        loud music late at night and threatening behaviour towards your neighbour. We therefore serve the
        enclosed notice. We will not start proceedings before 4 November. You can contact your officer,
        Jess Firth, on 0113 496 0000.
        Fairholme Homes
    """, to=cust("C300019"), direction="outbound"),
     R("C300019", "asb", None, "possession|nosp|ground 14, nuisance|threat",
       "Outbound NOSP on an ASB ground -> asb (tenancy defensible for the possession step, still sensitive).",
       TEN)),

    (sms_out("10-23 09:30", "+447700900347", """
        Fairholme lettings: Priya, sorry, the works at 29 Moorside Crescent aren't finished, so your sign-up has
        moved to Monday 9 November 10am at the Sheffield office. Bring photo ID. Mo
    """, sender="Mo Shah (Lettings)"),
     R("C300047", "lettings", None, "sign-up|sign up",
       "Outbound sign-up rebooking -> lettings.")),

    (email_out("10-26 15:00", RENT_BOX, "chloe.armitage@example.net", "Chloe Armitage", "Your payment arrangement", """
        Hi Chloe,

        Just confirming what we agreed at your home on 9 October: £5 a week off your arrears of £412, starting
        the week your first Universal Credit payment arrives. If anything changes, let me know before a
        payment is missed.

        Ravi Patel | Income Officer | Fairholme Homes
        This e-mail and any attachments are confidential and intended solely for the addressee.
    """),
     R("C300017", "rent", None, "arrangement|arrears|£5",
       "Outbound arrangement confirmation with a confidentiality footer -> rent, not sensitive.")),

    (wa_out("10-29 09:00", "+447700900349", """
        Morning Sandra, Helen here. Just checking in. I've dropped a food bank voucher through the door. Remember
        the crisis line is there any time, day or night. See you Thursday x
    """, sender="Helen Begum (Tenancy sustainment)"),
     R("C300049", "safeguarding", None, "crisis|check|food bank",
       "Outbound support message; 'crisis line' continues the mental-health safeguarding plan -> safeguarding "
       "(general defensible, kept sensitive).", GEN)),

    (email_out("11-03 10:00", SUSTAIN_BOX, "a.yusuf@example.org", "Abdirahman Yusuf", "Gas safety check - thank you", """
        Dear Mr Yusuf,

        Thank you for letting the engineer in yesterday. Your gas safety certificate is now up to date and we
        have cancelled the court application for access. A copy of the certificate is attached.

        Regards,
        Compliance Team
    """),
     R("C300054", "repairs", None, "gas|certificate",
       "Outbound compliance e-mail; the access application is withdrawn -> repairs.")),
]

# ============================================================================================
# B. E-mails with structure: signatures, footers, quoted history; professionals
# ============================================================================================
ITEMS += [
    # ---- B1. routine new text above sensitive quoted history ---------------------------------
    (email_in("10-10 08:55", "vicky.pemberton@example.org", "Victoria Pemberton", "Re: Your ASB case ASB-26-0297 - closing the case", """
        Hi Kim,

        That's fine, thank you for everything.

        While I've got you - the extractor fan in the bathroom has stopped working altogether, it just hums. Can
        someone have a look?

        Vicky

        On Fri, 9 Oct 2026 at 14:20, Fairholme ASB Team <asb@fairholmehomes.example.org> wrote:
        > Dear Ms Pemberton,
        > Further to our call, we are closing your case ASB-26-0297 (noise from 12 Moorside Crescent) with no
        > further action, as no incidents have been reported since the mediation meeting in August.
        > Kim Allott, Anti-Social Behaviour Officer
    """, to=ASB_BOX, thread="thr-asb-0297"),
     R("C300013", "repairs", None, "extractor|fan",
       "New text accepts the ASB closure and reports a broken fan; the ASB detail sits in the quoted history -> "
       "repairs, not sensitive (asb and sensitive defensible for the thread).", acc(ASBC, SENS))),

    (email_in("10-30 19:40", "megan.lister@example.org", "Megan Lister", "RE: Safety plan - next steps", """
        Hi, can I pay my rent by card over the phone now? My old card expired and the new one has a different
        number so the payment on the 26th bounced.

        Thanks Megan

        From: Alison Moss <safeguarding@fairholmehomes.example.org>
        Sent: Tuesday, 20 October 2026 11:02
        To: Megan Lister <megan.lister@example.org>
        Subject: Safety plan - next steps

        Dear Megan,
        As agreed, the locks were changed today and the IDVA referral has gone in. Please keep your phone
        charged and use 999 if he comes to the house.
        Alison Moss, Safeguarding Lead
    """, to=SAFEGUARDING_BOX, thread="thr-sg-1144"),
     R("C300044", "rent", None, "card|payment|rent",
       "New content is a card payment question; the domestic-abuse safety plan is only quoted history -> rent, "
       "not sensitive (safeguarding and sensitive defensible: the record carries the quoted plan).",
       acc(SAFE, SENS))),

    (email_in("10-13 07:50", "rebecca.thornton@example.org", "Rebecca Thornton", "Re: Injunction - flat 14", """
        Wednesday at 11 is fine. See you then.
        Rebecca

        On Mon, 12 Oct 2026 at 16:05, Kim Allott <asb@fairholmehomes.example.org> wrote:
        > Hi Rebecca, I'd like to come and go through the injunction terms with you and update your risk
        > assessment. Would Wednesday 14 October at 11 suit?
        > Kim
    """, to=ASB_BOX, thread="thr-asb-0301"),
     R("C300034", "general", None, "visit|wednesday",
       "A one-line confirmation of an ASB officer's visit about an injunction. The new text says nothing, as in the "
       "shared samples' mutual-exchange confirmation -> general, not sensitive (asb and sensitive defensible: the "
       "thread is an ASB case).", acc({"category": ["asb"]}, SENS))),

    (email_in("10-14 12:30", "nathan.pearce@example.org", "Nathan Pearce", "Re: Case 388 update", """
        Cheers Pat.

        Different thing - I've started a new job and get paid on the 15th now. Can you move my direct debit to
        the 16th from November?

        Nathan Pearce
        31 Thornhill Gardens

        -----Original Message-----
        From: Pat Quinn <asb@fairholmehomes.example.org>
        Sent: Tuesday, 13 October 2026 10:14
        To: nathan.pearce@example.org
        Subject: Case 388 update

        Nathan, the lad charged with the criminal damage to your van pleaded guilty. Police will ask for a CBO at
        sentencing on 2 November. Keep the diary going.
    """, to=ASB_BOX, thread="thr-asb-0388"),
     R("C300031", "rent", None, "direct debit",
       "New text moves a direct debit date; the CBO update is quoted history -> rent (asb and sensitive "
       "defensible given the thread).", acc(ASBC, SENS))),

    (email_in("10-19 21:10", "jadewhitehead@example.net", "Jade Whitehead", "Re: Your move - update", """
        Hiya, the pull cord for the bathroom light has snapped off inside the fitting so I can't turn the light on.
        Can someone come? Any day except Weds (contact centre).

        Jade

        On Fri, 16 Oct 2026 at 15:30, Alison Moss <safeguarding@fairholmehomes.example.org> wrote:
        > Dear Jade,
        > Following the MARAC and our visit with Kemi today, your management move is approved at band A. We will
        > only contact you by e-mail. Repairs will be booked with you directly by me.
        > Alison Moss, Safeguarding Lead
    """, to=SAFEGUARDING_BOX, thread="thr-sg-1187"),
     R("C300059", "repairs", None, "pull cord|light",
       "New text is a light repair; MARAC and the management move are quoted -> repairs (safeguarding and "
       "sensitive defensible for the thread; 'contact centre' is a family contact arrangement only hinted at).",
       acc(SAFE, SENS))),

    (email_in("10-26 20:15", "yasmin.akhtar@example.com", "Yasmin Akhtar", "Re: Your ASB case", """
        Hi Kim, just to let you know the patrols have really helped, it's been quiet all week. Thank you.
        Yasmin

        On Tue, 20 Oct 2026 at 18:05, Kim Allott <asb@fairholmehomes.example.org> wrote:
        > Police will do extra patrols on Thornhill Gardens Fri and Sat nights. Keep the diary going.
    """, to=ASB_BOX, thread="thr-asb-0419"),
     R("C300051", "asb", None, "quiet|patrol",
       "A victim's update on her own ASB case ('quiet all week') belongs on the case -> asb; ignore is "
       "defensible as a thanks-only reply.", {"action": ["ignore"]})),

    (email_in("10-27 09:30", "sophie.lambert@example.org", "Sophie Lambert", "FW: Youths - back wall", """
        Hello, please could you send a rent statement for the last 12 months for 9 Beckside Mews? We need it for
        our Right to Buy application (sorry, forwarding the only e-mail I had with your address on).

        Sophie Lambert

        ---------- Forwarded message ---------
        From: Fairholme ASB Team <asb@fairholmehomes.example.org>
        Date: Mon, 15 Jun 2026
        Subject: Youths - back wall
        Thank you for reporting the youths kicking a ball against your wall and the abuse you received. We have
        written to the family at number 11.
    """, thread="thr-asb-0118"),
     R("C300023", "rent", None, "statement|right to buy",
       "Forwarded old ASB e-mail used only for the address; new text asks for a rent statement -> rent, not "
       "sensitive (tenancy defensible for Right to Buy). Own e-mail -> Sophie, not the shared landline rule.",
       acc(TEN, ASBC, SENS))),

    (email_in("10-28 14:00", "pcso.hale@westyorks-police.example.org", "PCSO 7712 Dan Hale", "RE: Flat 14 Foundry Walk", """
        Hi Dave,

        Could I book the community room at Foundry Walk for a police drop-in surgery on Thursday 12 November,
        4-6pm? Happy to put the posters up myself.

        Thanks
        Dan Hale
        PCSO 7712 | Sheffield North Neighbourhood Team

        OFFICIAL. This e-mail and any attachments are intended for the addressee only and may contain
        information that is confidential or subject to legal privilege.

        From: Dave Roper <estates@fairholmehomes.example.org>
        Sent: Wednesday, 7 October 2026 15:10
        To: Dan Hale
        Subject: Flat 14 Foundry Walk
        Thanks for walking round today. ASB case ECINS ref ASB-26-0412 is open on the dealing reports; I'll send
        you the callers' log.
    """, thread="thr-est-2207"),
     V("estate", None, "community room|surgery|drop-in",
       "PCSO not in the directory; new text books the community room. The dealing case is quoted history and "
       "the OFFICIAL footer is boilerplate -> estate, not sensitive (general defensible; asb/sensitive "
       "defensible for the thread).", acc(GEN, ASBC, SENS))),

    (email_in("10-29 11:20", "cllr.saima.ahmed@bradford.example.org", "Cllr Saima Ahmed", "Re: Youths at Weavers Row", """
        Dear Dave,

        Thank you, I'll pass that on to residents. While you're looking at Weavers Row, the potholes in the
        residents' car park are now big enough to damage a car - can they go on the programme?

        Best wishes,
        Cllr Saima Ahmed
        Bradford Moor Ward

        On Thu, 22 Oct 2026 at 09:00, Dave Roper <estates@fairholmehomes.example.org> wrote:
        > Dear Cllr Ahmed, we have asked the police for extra patrols after the residents' reports of youths
        > gathering and throwing stones, and the ASB team is speaking to the families identified.
    """, thread="thr-est-2230"),
     V("estate", None, "pothole|car park",
       "Councillor, no tenant named; new content is potholes. The youths are quoted history -> estate, review "
       "(asb/sensitive defensible for the thread).", acc(REP, ASBC, SENS))),

    (email_in("10-30 18:45", "grazyna.nowak@example.org", "Grażyna Nowak", "Re: Barking dog - number 38", """
        Dzień dobry, dziękuję za pomoc z psem. Kiedy przyjdzie hydraulik do kapiącego kranu w łazience? Zgłaszałam
        to trzy tygodnie temu.
        Grażyna Nowak, 40 Hollin Park Road

        > W dniu 20 paź 2026 ASB Team napisał:
        > We have spoken to the household at number 38 about the dog barking through the night.
    """, to=ASB_BOX, thread="thr-asb-0377"),
     R("C300037", "repairs", None, "tap|plumber",
       "Polish: 'thank you for the help with the dog. When will the plumber come for the dripping bathroom tap? "
       "I reported it three weeks ago.' Own e-mail -> Grażyna. New text is a repair chase; the dog ASB is "
       "quoted -> repairs (complaint defensible).", acc(CMP, ASBC, SENS))),

    (email_in("11-02 07:15", "johnsmith.wf1@example.net", "John Smith", "Re: Your ASB case - update", """
        is the gas man still coming tomorrow, nobody's confirmed
        John, flat 14 Calder Ct

        > Your case has now been closed as the neighbour has moved out.
        > Fairholme ASB Team
    """, to=ASB_BOX),
     R("C300046", "repairs", None, "gas",
       "Own e-mail identifies the Calder Court John Smith; new text chases a gas appointment; the ASB closure "
       "is quoted -> repairs.", acc(ASBC, SENS))),

    # ---- B2. sensitive new text above routine quoted history -------------------------------
    (email_in("10-16 08:20", "beth.cole@example.com", "Bethany Cole", "Re: Viewing - Flat 11 Calder Court", """
        Hi Mo,

        Yes I'll be there Friday with everything.

        I should have said before: the reason I applied is that my ex has started turning up outside Flat 3 at
        night. He's on bail not to contact me and he's already breached it twice. If I get the flat, please don't
        put the new address on anything that goes to my old one.

        Bethany

        On Thu, 15 Oct 2026 at 10:30, Fairholme Lettings <lettings@fairholmehomes.example.org> wrote:
        > Thanks for confirming. The viewing is on Friday 30 October at 11am; please meet me at the main entrance.
        > Bring photo ID and your last two payslips. Mo Shah, Lettings Officer
    """, to=LETTINGS_BOX, thread="thr-let-3301"),
     R("C300020", "safeguarding", None, "ex|bail|breach",
       "Routine viewing thread; the new text discloses stalking by an ex-partner in breach of bail -> "
       "safeguarding (lettings defensible for the move, kept sensitive).", LET)),

    (email_in("10-27 13:05", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Re: Wet room start date", """
        Thank you Dev, 16th is fine.

        I don't know who else to tell. I think one of the carers the agency sends in the mornings is taking money
        from my purse - £20 here, £10 there, always on her days. I've started counting it. I don't want her to get
        in trouble if I'm wrong but I can't afford it.

        Lorraine

        -----Original Message-----
        From: Fairholme Repairs <repairs@fairholmehomes.example.org>
        Sent: Monday, 26 October 2026 11:30
        Subject: Wet room start date
        Your wet room conversion starts Monday 16 November and will take about eight working days.
    """, to=REPAIRS_BOX, thread="thr-rep-7781"),
     R("C300008", "safeguarding", None, "carer|money|purse",
       "Adaptation thread; the new text discloses suspected financial abuse by a paid carer -> safeguarding. "
       "'Don't want her in trouble' is not a request for anonymity.")),

    (email_in("10-28 22:30", "christine.mellor@example.com", "Christine Mellor", "Re: Your rent statement", """
        I know it's behind and I'm sorry. My grandson has been staying with me since the summer and he's been
        taking my bank card. I daren't say no to him, he's got a temper on him. Please don't ring the house about
        this, he answers the phone.

        Christine Mellor

        On Mon, 26 Oct 2026 at 09:00, Fairholme Income Team <rent@fairholmehomes.example.org> wrote:
        > Dear Mrs Mellor, please find your rent statement attached. Your balance is £268.40 in arrears.
    """, to=RENT_BOX, thread="thr-inc-5512"),
     R("C300055", "safeguarding", None, "grandson|bank card|financial",
       "Reply to a routine statement disclosing financial abuse by a grandson -> safeguarding (rent defensible "
       "for the arrears, kept sensitive). 'Don't ring the house' is a contact instruction.", RENT)),

    (email_in("10-20 23:50", "paul.greenwood@example.com", "Paul Greenwood", "Re: Tenancy audit - thank you", """
        Thank you.

        Something I couldn't say at the audit with my son in the room. He's been keeping bags in his bedroom for
        people I don't know and men come round late at night to collect. I think he owes them. I'm frightened of
        them and for him. Please don't tell him it came from me.

        Paul

        On Mon, 19 Oct 2026 at 11:30, Fairholme Tenancy Team <tenancy@fairholmehomes.example.org> wrote:
        > Dear Mr Greenwood, thank you for your time at the tenancy audit on Friday. Everything is in order.
    """, to=TENANCY_BOX, thread="thr-ten-6630"),
     A("safeguarding", None, "son|bags|men|exploit",
       "Reporter of his son's involvement (likely criminal exploitation) asks not to be named to him -> "
       "anonymous; record against Mr Greenwood and asb are defensible.", acc(REC("C300026"), ASBC))),

    (email_in("10-22 17:35", "daniel.okafor@example.com", "Daniel Okafor", "Re: Mutual exchange inspection", """
        Wednesday morning works.

        Unrelated, but I want it logged: I've had three more notes through my door this month telling me to "go
        back where I came from", same handwriting as the ones in the summer. I've kept them all in a bag.

        Daniel Okafor
        11 Hollin Park Road

        On Wed, 21 Oct 2026 at 15:00, Fairholme Tenancy Team <tenancy@fairholmehomes.example.org> wrote:
        > We would like to inspect your home for the mutual exchange on Wednesday 28 October. Morning or afternoon?
    """, to=TENANCY_BOX, thread="thr-ten-6641"),
     R("C300002", "asb", None, "racist|notes|hate|go back",
       "Routine inspection thread; the new text reports racist hate mail -> asb (hate incident), recorded "
       "against the victim (tenancy defensible for the inspection, still sensitive).", TEN)),

    (email_in("10-24 08:05", "owen.pritchard@example.com", "Owen Pritchard", "Re: Bike storage", """
        Thanks for looking into the bike store.

        I didn't want to put this on the form, but the lads who hang round the bike shed have been sending me
        messages saying they'll "do me in" if I report them to you again. One followed me up to my door last night.

        Owen (flat 10)

        > From: Fairholme Estate Services
        > Sent: Wednesday, 21 October 2026 14:00
        > We are pricing up a secure bike store for Calder Court and will write to residents.
    """, thread="thr-est-2240"),
     R("C300040", "asb", None, "threat|follow|bike",
       "Estate thread; new text reports threats and being followed -> asb.")),

    (email_in("10-21 19:15", "grace.adeyemi@example.com", "Grace Adeyemi", "Re: EICR certificate", """
        got it thanks. the man from 14 is outside my door shouting again, im scared to go out

        Sent from my iPhone

        > On 20 Oct 2026, at 10:00, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        > Please find attached your electrical installation condition report.
    """, to=REPAIRS_BOX, thread="thr-rep-7790"),
     R("C300036", "asb", None, "shouting|scared|neighbour",
       "Certificate thread; brief new text reports a neighbour shouting at her door now -> asb. Hazard null "
       "(no threat of violence stated), emergency defensible as it is happening.", EMG)),

    (email_in("10-20 16:40", "leanne.firth@example.net", "Leanne Firth", "Re: Universal Credit - managed payment", """
        ok thanks. btw my sons dad came round drunk sat and put the kitchen window through, police came. i need the
        window fixing proper its just got a board on. is there anywhere safer i can go, he says hell be back

        > On Mon, 19 Oct 2026 at 12:00, Fairholme Income Team <rent@fairholmehomes.example.org> wrote:
        > DWP have approved the APA. Your housing costs will come to us directly from next month.
    """, to=RENT_BOX, thread="thr-inc-5520"),
     R("C300028", "safeguarding", None, "window|police|safer|ex",
       "Rent thread; new text reports domestic violence and a threat to return -> safeguarding (repairs "
       "defensible for the boarded window, sensitive). Hazard null: the window is boarded and he has gone.",
       acc(REP, EMG))),

    (email_in("10-30 10:10", "practice.manager@moorside-surgery.example.org", "Moorside Surgery (Practice Manager)", "Re: Medical information request - Mrs J Ramsden", """
        Dear Fairholme Homes,

        Please find attached the supporting letter for Mrs Joyce Ramsden (Flat 1, Calder Court, WF1 3DX, DOB
        04/03/1947) for her transfer application, as requested.

        In addition, and with Mrs Ramsden's consent, we need to let you know that she told our practice nurse on
        Tuesday that her son, who lives with her, has pushed her over twice in the last month. We have made an
        adult safeguarding referral to the local authority.

        Kind regards,
        Debbie Marsh
        Practice Manager

        This e-mail and any files transmitted with it are confidential and intended solely for the use of the
        individual or entity to whom they are addressed. NHS mail is monitored.

        From: Fairholme Lettings
        Sent: Monday, 19 October 2026 09:00
        Subject: Medical information request - Mrs J Ramsden
        We would be grateful for a short letter supporting Mrs Ramsden's medical priority for a ground-floor move.
    """, thread="thr-let-3320"),
     R("C300022", "safeguarding", None, "son|pushed|abuse",
       "GP practice writing for a named tenant (name, address, DOB) -> Mrs Ramsden (review defensible). The "
       "attachment is routine lettings, but the new text discloses physical abuse by her son -> safeguarding.",
       acc(REVOK, LET))),

    (email_in("11-04 09:40", "attendance@weavers-academy.example.org", "Weavers Academy - Attendance", "Re: Proof of address - Farouk", """
        Dear Sir/Madam,

        Further to the below, our Designated Safeguarding Lead has asked me to pass this on. Omar Farouk (Y8, 50
        Weavers Row) told his form tutor the family are all sleeping in the living room because the bedrooms are
        too damp, with mould on the mattresses. He has missed nine days this half-term with chest infections. We
        have made an early help referral.

        Mrs K. Patel
        Attendance Officer

        > From: Fairholme Homes
        > Sent: Tuesday, 29 September 2026 10:00
        > We can confirm the Farouk family are our tenants at 50 Weavers Row.
    """, thread="thr-gen-9001"),
     V("damp_mould", "damp_mould", "mould|damp, sleeping|living room|chest",
       "School raising a concern about a household -> review (recording against Mr Farouk defensible). Live damp "
       "and mould affecting a child's health -> damp_mould with hazard; safeguarding and sensitive defensible "
       "because the DSL made an early help referral.", acc(REC("C300056"), SAFE, SENS))),

    (email_in("11-06 15:25", "m.grant@wakefield-womensaid.example.org", "Maria Grant (Women's Aid)", "Re: Housing register enquiry", """
        Dear Lettings,

        Thank you for the information below. I'm now supporting Ms Natalia Rusu (Flat 15, Calder Court, WF1 3DX)
        with her consent. She left the flat on Tuesday and is in refuge. Please do not contact her at the flat or
        on her old mobile - all contact through me, please. She would like to discuss a management transfer and
        what happens to the rent while she is away.

        Maria Grant
        Outreach Worker | Wakefield Women's Aid
        This message is confidential. If you have received it in error please tell the sender and delete it.

        On Mon, 12 Oct 2026 at 11:00, Fairholme Lettings <lettings@fairholmehomes.example.org> wrote:
        > Thank you for your enquiry about the housing register. Applicants can apply online at any time.
    """, to=LETTINGS_BOX, thread="thr-let-3290"),
     R("C300041", "safeguarding", None, "refuge|women's aid|transfer",
       "Women's Aid acting for a named tenant with consent -> Ms Rusu (review defensible); tenant in refuge "
       "-> safeguarding.", acc(REVOK, LET))),

    # ---- B3. professionals -------------------------------------------------------------------
    (email_in("10-03 09:15", "pcso.hale@westyorks-police.example.org", "PCSO 7712 Dan Hale", "Flat 14 Foundry Walk - intelligence", """
        Hi Pat,

        Following your ECINS update. We've had four calls this week about callers at Flat 14 Foundry Walk,
        short visits, cars waiting with engines running. Neighbours also saw the tenant looking "terrified" at
        the door on Tuesday. We're treating it as possible cuckooing. Can we do a joint visit next week?

        Dan Hale
        PCSO 7712 | Sheffield North Neighbourhood Team | 0114 496 0712

        OFFICIAL-SENSITIVE. This e-mail and any attachments are intended for the addressee only.
    """, to=ASB_BOX),
     V("asb", None, "cuckoo|callers|flat 14",
       "Police raising a concern about a household -> review (record against Mr Sykes defensible). Dealing "
       "callers and suspected cuckooing -> asb (safeguarding defensible).", acc(REC("C300035"), SAFE))),

    (email_in("10-21 16:50", "kemi.oduya@leeds-childrens.example.org", "Kemi Oduya (Social Worker)", "RE: Whitehead children - court bundle", """
        Hi Alison,

        We are issuing care proceedings on Friday. Could you send me a copy of Ms Whitehead's tenancy agreement
        and a short statement about the management move for the court bundle by Thursday?

        Kemi Oduya
        Social Worker, Children's Social Work Service
        Confidential: contains information relating to children.

        From: Alison Moss
        Sent: Friday, 16 October 2026 15:30
        Subject: Whitehead children
        Thanks for today. Management move approved at band A.
    """, to=SAFEGUARDING_BOX, thread="thr-sg-1187"),
     V("safeguarding", None, "care proceedings|court|tenancy agreement",
       "Social worker about a household -> review (record against Ms Whitehead defensible). Documents for care "
       "proceedings -> safeguarding.", REC("C300059"))),

    (email_in("10-08 12:30", "reception.hollinsurgery@example.org", "Hollin Park Surgery", "Supporting letter - Mrs Ioana Marin", """
        To whom it may concern,

        Re: Mrs Ioana Marin, 12 Beckside Mews, BD4 7HA

        Mrs Marin's 11-month-old son has had three chest infections since July and was admitted with wheeze in
        September. Mrs Marin describes black mould in the child's bedroom. In my opinion the damp conditions are
        contributing to his respiratory illness and I would support urgent remedial work or a move.

        Dr A. Chaudhry, GP
        Hollin Park Surgery

        This e-mail is confidential and intended for the named recipient only.
    """),
     R("C300025", "damp_mould", "damp_mould", "mould|damp, chest|wheeze|child",
       "GP writing for a named tenant -> Mrs Marin (review defensible). Mould harming a baby's health -> "
       "damp_mould with hazard; health detail is not safeguarding.", acc(REVOK, LET))),

    (email_in("11-05 11:45", "j.ocheng@yorkshire-probation.example.org", "James Ocheng (Probation)", "Proposed release address - 10 Thornhill Gardens", """
        Dear Fairholme Homes,

        I manage Mr Dale Kerr, recalled to HMP Leeds on 21 October after an incident at 10 Thornhill Gardens,
        LS12 5EW, the home of his former partner. He is due for re-release on licence on 20 November and has again
        proposed that address. Given his history of domestic abuse towards her, we will NOT be approving it, and he
        will have an exclusion zone. Please let us know if he is seen at the property. Shared under MAPPA.

        James Ocheng
        Probation Officer, Leeds West

        This e-mail is classified OFFICIAL-SENSITIVE.
    """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "release|licence|exclusion|domestic",
       "Probation about a household (the tenant is the potential victim) -> review (record against Ms Firth "
       "defensible). Domestic abuse risk, MAPPA -> safeguarding.", REC("C300028"))),

    (email_in("10-16 10:05", "cllr.saima.ahmed@bradford.example.org", "Cllr Saima Ahmed", "Fence - Mr Barraclough, 6 Weavers Row", """
        Dear Fairholme,

        I'm writing on behalf of my constituent Mr Keith Barraclough, 6 Weavers Row, BD3 9PL, who reported his
        collapsed back fence on 14 August and is still waiting. He has a dog and can't let it out. Could you
        give me a date please?

        Best wishes,
        Cllr Saima Ahmed
        Bradford Moor Ward
        Please note: councillors' e-mails may be subject to disclosure under FOI.

        ---- Original message from Keith Barraclough ----
        Saima, can you chase this? Nine weeks now. Keith
    """),
     R("C300042", "repairs", None, "fence",
       "Councillor acting for a named tenant -> Mr Barraclough (review defensible); overdue fence -> repairs "
       "(complaint defensible).", acc(REVOK, CMP))),

    (email_in("10-23 13:15", "cllr.saima.ahmed@bradford.example.org", "Cllr Saima Ahmed", "Youths at Weavers Row", """
        Dear Fairholme,

        Several residents at my surgery on Saturday raised a group of youths gathering on the Weavers Row green
        after dark, throwing stones at windows and cars, and smoking cannabis by the garages. One older resident
        said she is now afraid to go out. Could you tell me what you're doing?

        Cllr Saima Ahmed
    """),
     V("asb", None, "youths|stones|cannabis",
       "Councillor raising residents' ASB concerns, no tenant named -> review, asb.")),

    (email_in("10-27 10:50", "caseworker.hinds@parliament.example.org", "Office of Alex Hinds MP", "Constituent: Mrs Joyce Ramsden - transfer", """
        Dear Sir/Madam,

        Our ref: AH31207
        I am writing on behalf of Mrs Joyce Ramsden of Flat 1, Calder Court, Wakefield WF1 3DX, who has asked Alex
        to help with her application for a ground-floor transfer. Mrs Ramsden is partially sighted and has fallen
        on the stairs twice. Please could you update us on her banding and the likely wait.

        Yours faithfully,
        Sam Wilde
        Caseworker to Alex Hinds MP

        This e-mail is confidential and may be legally privileged. Any views expressed are those of the sender.
    """),
     R("C300022", "lettings", None, "transfer|ground-floor|banding",
       "MP's office acting for a named tenant -> Mrs Ramsden (review defensible); transfer -> lettings. "
       "Disability and falls are not safeguarding.", acc(REVOK, TEN))),

    (email_in("11-09 12:20", "caseworker.hinds@parliament.example.org", "Office of Alex Hinds MP", "Constituent: Ms Yasmin Akhtar - ASB case handling", """
        Dear Chief Executive,

        Our ref: AH31388
        Ms Yasmin Akhtar, 36 Thornhill Gardens, LS12 5EW, has contacted Alex because she feels her ASB reports
        about the household next door have not been taken seriously: she says calls were not returned for three
        weeks in September and her diary sheets were lost. Please treat this as a formal complaint and respond to
        this office.

        Sam Wilde, Caseworker to Alex Hinds MP
    """),
     R("C300051", "complaint", None, "asb|complaint|diary",
       "MP's caseworker acting for a named tenant -> Ms Akhtar (review defensible). Complaint about ASB handling "
       "-> complaint, kept sensitive (asb accepted).", acc(REVOK, ASBC), sens=True)),

    (email_in("11-02 16:00", "disrepair@hartley-law.example.com", "Hartley & Co Solicitors", "Letter of claim - Mrs F Begum, 6 Thornhill Gardens", """
        Dear Sirs,

        Our client: Mrs Fatima Begum, 6 Thornhill Gardens, Leeds LS12 5EW
        We act for the above under the Pre-Action Protocol for Housing Conditions Claims. Our client reports
        persistent damp and black mould in both bedrooms and the bathroom since January 2026, reported on four
        occasions without remedy. Please find enclosed our letter of claim and a request for disclosure.

        Hartley & Co Solicitors
        This e-mail is confidential and may be subject to legal professional privilege.
    """),
     R("C300027", "damp_mould", "damp_mould", "mould|damp, claim|solicitor",
       "Solicitor acting for a named tenant -> Mrs Begum (review defensible); ongoing mould -> damp_mould with "
       "hazard (complaint defensible for the legal claim).", acc(REVOK, CMP))),

    (email_in("11-12 11:30", "housing@leedslawcentre.example.org", "Leeds Law Centre - Housing", "Mr M Bell, 12 Thornhill Gardens - possession", """
        Dear Income Team,

        We act for Mr Marcus Bell. He has received a Notice of Seeking Possession dated 6 November on grounds 8, 10
        and 11, although your e-mail of 14 October confirmed an APA is in place and no further steps would be
        taken. We ask you to withdraw the notice and confirm no proceedings will be issued.

        Leeds Law Centre (Housing Team)
    """, to=RENT_BOX),
     R("C300060", "rent", None, "possession|nosp|arrears",
       "Legal adviser acting for a named tenant -> Mr Bell (review defensible); s8 rent-arrears notice "
       "disputed -> rent (complaint defensible).", acc(REVOK, CMP))),

    (email_in("10-22 09:00", "asc.safeguarding@leeds-asc.example.org", "Adult Social Care - Safeguarding", "Section 42 enquiry - Mr S McAllister", """
        Dear Ms Rahman,

        Thank you for your referral of 15 October about Mr Stuart McAllister, Flat 6 Calder Court. We have opened a
        Section 42 enquiry (self-neglect). The allocated worker, Ben Tyler, would like to arrange a joint visit
        with you and the fire service.

        Adult Social Care, Safeguarding Adults Team
        This message contains sensitive personal information and must be handled accordingly.
    """, to=TENANCY_BOX),
     V("safeguarding", None, "section 42|self-neglect|joint visit",
       "Adult social care about a tenant -> review (record against Mr McAllister defensible); s42 enquiry -> "
       "safeguarding.", REC("C300021"))),

    (email_in("10-12 14:10", "cpn.team@leeds-mh.example.org", "Community Mental Health Team", "Jamie Rowntree - Flat 16 Ashgrove Court", """
        Hi,

        Thanks for the welfare check last week - Jamie is back home and doing better. He has asked me to get in
        touch because the glass in his kitchen window is cracked right across and lets the cold in. He's happy for
        you to ring him directly on his mobile.

        Kerry Dunn, CPN
        Community Mental Health Team (West)
        Confidentiality notice: this e-mail may contain confidential information.
    """),
     R("C300050", "repairs", None, "window|glass",
       "CPN acting for a named tenant with his agreement -> Mr Rowntree (review defensible). The new request is "
       "a window repair; the welfare check is background -> repairs (safeguarding and sensitive defensible).",
       acc(REVOK, SAFE, SENS))),

    (email_in("10-29 08:45", "collisions@westyorks-police.example.org", "West Yorkshire Police - Collision Unit", "CCTV request - Calder Court car park", """
        Good morning,

        Ref: RTC 13/88012. We are investigating a minor collision in the Calder Court residents' car park on
        Monday 26 October at about 17:40 (a reversing van and a parked Corsa). Do you have CCTV covering the car
        park, and if so could you preserve footage from 17:00-18:30?

        Collision Investigation Unit
        OFFICIAL. If you are not the intended recipient please notify the sender.
    """),
     V("estate", None, "cctv|collision|car park",
       "Police request for CCTV of a car-park collision: no crime against a person, no tenant named -> review, "
       "estate, not sensitive (general defensible).", GEN)),

    (email_in("10-30 15:30", "advice@citizensadvice-leeds.example.org", "Citizens Advice Leeds", "Ms Lucy Fairweather - starter tenancy", """
        Dear Tenancy Team,

        We are advising Ms Lucy Fairweather, 44 Hollin Park Road, LS8 3QT (signed consent attached). She is worried
        by the leaflet about starter tenancies and section 21. She wants to know when her starter tenancy becomes
        assured and whether anything could stop that.

        Adviser, Citizens Advice Leeds
    """, to=TENANCY_BOX),
     R("C300053", "tenancy", None, "starter tenancy|section 21|assured",
       "Adviser acting for a named tenant -> Ms Fairweather (review defensible); starter tenancy question -> "
       "tenancy.", REVOK)),

    # ---- B4. things to ignore that use the vocabulary -----------------------------------------
    (email_in("10-05 06:00", "bulletin@leeds-sab.example.org", "Leeds Safeguarding Adults Board", "SAB Bulletin: self-neglect, cuckooing and the new MARAC referral form", """
        In this issue: learning from a safeguarding adults review on self-neglect and hoarding; spotting cuckooing
        in supported housing; the new MARAC referral form goes live on 1 November; DASH training dates.

        You are receiving this because you subscribed. Unsubscribe | Manage preferences
    """, headers=NEWS_HEADERS),
     I("Bulk bulletin (List-Unsubscribe, Precedence: bulk) full of safeguarding words -> ignore.")),

    (email_in("10-09 07:30", "events@resolve-asb.example.net", "Resolve ASB", "ASB Awareness Week webinars - book your place", """
        Join us for ASB Awareness Week: closure orders in practice, CBOs after sentencing, injunctions without notice,
        and using the community trigger. Free for members.

        To stop receiving these e-mails, unsubscribe here.
    """, headers=NEWS_HEADERS),
     I("Marketing/bulletin e-mail about ASB training -> ignore.")),

    (email_in("10-13 09:01", "kemi.oduya@leeds-childrens.example.org", "Kemi Oduya (Social Worker)", "Automatic reply: Abdi household, Flat 12 Ashgrove Court - housing update", """
        I am out of the office until Monday 19 October. For urgent safeguarding concerns about a child please
        contact the MASH on 0113 496 0222, or the police on 999 if a child is in immediate danger.
    """, headers=AUTO_REPLY),
     I("Auto-reply (Auto-Submitted) from a social worker; the MASH wording is boilerplate -> ignore.")),

    (email_in("10-28 14:02", "pcso.hale@westyorks-police.example.org", "PCSO 7712 Dan Hale", "Automatic reply: Dealing at Foundry Walk", """
        I am on rest days and will reply when I return. To report crime or anti-social behaviour call 101, or 999 in
        an emergency.
    """, headers=AUTO_REPLY),
     I("PCSO's out-of-office (Auto-Submitted) -> ignore.")),

    (email_in("11-06 15:41", "mailer-daemon@mx.example.net", "Mail Delivery System", "Undeliverable: Safety plan review - confidential", """
        Delivery has failed to these recipients or groups:
        idva.jo@oldservice.example.net
        The e-mail address you entered couldn't be found.
    """, headers=BOUNCE),
     I("Bounce of a safeguarding e-mail -> ignore.")),

    (email_in("10-18 10:00", "news@wakefield-womensaid.example.org", "Wakefield Women's Aid", "16 Days of Action: stand with survivors of domestic abuse", """
        This November, help us reach every survivor. Sponsor our walk, share our posters, and learn the signs of
        coercive control. Donate today.

        Unsubscribe from our mailing list.
    """, headers=NEWS_HEADERS),
     I("Charity campaign newsletter about domestic abuse -> ignore.")),

    (email_out("11-02 08:00", {"email": "news@fairholmehomes.example.org", "name": "Fairholme Homes"},
               "residents-all@lists.fairholmehomes.example.org", "All residents", "Fairholme News: tackling ASB and staying safe this winter", """
        In this issue: how to report anti-social behaviour and hate incidents, our new safeguarding pages, bonfire
        night safety, and winter fuel grants.

        You are receiving this as a Fairholme resident. Unsubscribe.
    """, headers=NEWS_HEADERS),
     I("Outbound bulk newsletter to all residents -> ignore.")),

    (email_in("11-10 07:45", "k.allott@fairholmehomes.example.org", "Kim Allott", "Automatic reply: Re: Your ASB case", """
        Thank you for your e-mail. I am on annual leave until Monday 16 November. For urgent ASB matters please
        contact the ASB duty officer on 0113 496 0000. If someone is in danger, call 999.
    """, headers=AUTO_REPLY),
     I("Staff out-of-office arriving in the contact inbox -> ignore.")),
]

# ============================================================================================
# C. Multi-turn webchats, WhatsApp threads and long calls (sensitive part late, brief or in a
#    second language) and matching routine conversations
# ============================================================================================
ITEMS += [
    (chat("10-02 19:20", {"email": "kwame.mensah@example.com", "name": "Kwame"}, """
        Visitor: hi my boiler keeps losing pressure, down to 0.5 every morning
        Agent (Jo): Hi Kwame, sorry about that. Is there any water under the boiler or round the radiators?
        Visitor: no nothing I can see
        Agent (Jo): OK, I've booked a heating engineer for Tuesday 6 October, 8-12. Anything else?
        Visitor: yeah actually. if someone's partner won't let them go out or see their family and takes their phone, who do they talk to? not for me, for someone I know
        Agent (Jo): You can ring the national domestic abuse helpline any time, or they can talk to us in confidence. Would you like the number?
        Visitor: ok send it
    """),
     R("C300029", "safeguarding", None, "domestic|partner|helpline",
       "Boiler chat whose last turns ask, for 'someone I know', about a controlling partner -> safeguarding "
       "(possible self-disclosure); repairs defensible for the boiler part, kept sensitive.", REP)),

    (chat("10-03 11:05", {"email": "zofia.kaminska@example.com", "name": "Zofia"}, """
        Visitor: Hello, boiler pressure is low, the display says 0.6
        Agent (Jo): Hi Zofia. Have you topped it up before with the filling loop under the boiler?
        Visitor: no, I don't know how
        Agent (Jo): I'll send you our short video. If it drops again within a week we'll send an engineer.
        Visitor: thank you. also where do I get a visitor parking permit?
        Agent (Jo): From the Sheffield office, free, bring proof of address.
    """),
     R("C300032", "repairs", None, "boiler|pressure",
       "Routine boiler-pressure chat with a parking question -> repairs.")),

    (wa_in("10-05 21:48", "447700900343", "Aisha", """
        [21:02] Aisha: Salaam, bins not collected again on Weavers Row, 2 weeks now
        [21:10] Fairholme: Hi Aisha, sorry, I'll report it to the council tomorrow morning.
        [21:12] Aisha: thank you
        [21:45] Aisha: Ninka guriga 25 ayaa caruurtayda caayay mar kale maanta, wuxuu ku qayliyay "dalkiinna ku noqda". Fadlan ha u sheegin inaan anigu idiin sheegay, waan ka baqayaa.
    """),
     A("asb", None, "children|insult|shout|neighbour",
       "Bin thread; the last message, in Somali: 'the man at number 25 insulted my children again today, shouted "
       "\"go back to your country\". Please don't tell him I told you, I'm afraid.' Victim asks the neighbour not "
       "learn who reported -> anonymous (record against Aisha defensible); racist harassment -> asb.",
       REC("C300043"))),

    (wa_in("10-06 09:30", "+447700900310", "Hodan", """
        [09:02] Hodan: Subax wanaagsan. Kuleyliyaha qolka fadhiga ma shaqeynayo
        [09:05] Fairholme: Good morning Hodan. Is it the radiator in the living room? Is the rest of the heating working?
        [09:11] Hodan: yes only living room radiator cold. others ok
        [09:14] Fairholme: Thanks, probably needs bleeding or a valve. Engineer booked Thursday 8 October PM.
        [09:15] Hodan: mahadsanid
    """),
     R("C300010", "repairs", None, "radiator",
       "Somali/English thread: one cold radiator, rest of heating working -> repairs, hazard null.")),

    (call_in("10-07 10:40", "+441134960330", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hello dear, it's Eileen Dawson, 25 Thornhill Gardens. I'm ringing about my bedroom window, the little catch that stops it opening too wide has gone.
        Agent: The restrictor. I can book that, Mrs Dawson. Would you like your daughter there, it says on your file?
        Caller: Yes please, she comes Wednesdays. Oh, and the man came about the gutter, lovely lad.
        Agent: Good. Wednesday 14th, morning then.
        Caller: Thank you. Can I ask you something else... my nephew's been coming round asking for money. Last week he took my pension out of my handbag while I was making tea. I didn't want to make a fuss, he's family.
        Agent: That's not okay, Mrs Dawson, and I'm glad you told me. Would you like someone from our support team to come and see you, with your daughter?
        Caller: Yes. Maybe. Don't tell him I said.
    """, dur=420),
     R("C300030", "safeguarding", None, "nephew|pension|money",
       "Long call about a window restrictor; late disclosure of financial abuse by a nephew -> safeguarding "
       "against Mrs Dawson (a self-disclosure: 'don't tell him' keeps it on her record, anonymous defensible).",
       {"action": ["anonymous"], "customer_ref": [None]})),

    (call_in("10-07 14:10", "+441134960345", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Afternoon. Harold Birkett, 3 Thornhill Gardens. How are you?
        Agent: Very well thanks, Mr Birkett, how can I help?
        Caller: Well, I've had this letter about the rent going up in April, only the print's very small. I've got large print on my file, I thought.
        Agent: You have, I'm sorry. I'll send it again in large print today. The weekly rent will be £97.40 from April.
        Caller: Right you are. And is my direct debit changing on its own?
        Agent: Yes, it updates automatically, you don't need to do anything.
    """, dur=300),
     R("C300045", "rent", None, "rent|large print|direct debit",
       "Long routine call about a rent-change letter -> rent.")),

    (chat("10-08 22:15", {"name": "S"}, """
        Form: General enquiry
        Visitor: hi how long is the wait for a transfer to a different area
        Agent (Kim): Hi, it depends on your band and the area. Are you a Fairholme tenant?
        Visitor: yes
        Agent (Kim): Can you tell me your name and address so I can look at your application?
        Visitor: I'd rather not on here. the reason is my husband hits me. I can't say more he checks my phone
        Agent (Kim): Thank you for telling me. You can call us in confidence, or I can ask our safeguarding lead to contact you a safe way. Is there a safe time?
        Visitor: [visitor left the chat]
    """),
     V("safeguarding", None, "husband|hit|abuse|transfer",
       "Unidentified tenant discloses domestic abuse late in a transfer chat -> review, safeguarding (lettings "
       "defensible for the question, sensitive).", LET)),

    (chat("10-09 12:30", {"name": "Marcin"}, """
        Form: General enquiry
        Visitor: hi, how long is the wait for a bigger place? there are 5 of us in a 2-bed flat
        Agent (Kim): Hi Marcin. Are you a Fairholme tenant or on the council's housing register?
        Visitor: private rented, on the register since last year, band C
        Agent (Kim): Overcrowding can move you up a band. I'll send you the form to update your application.
    """),
     V("lettings", None, "overcrowd|register|band",
       "Unknown applicant asking about overcrowding and banding -> review, lettings.")),

    (wa_in("10-10 18:20", "+447700900356", "Ahmed Farouk", """
        [17:50] Ahmed: Hello the damp in the boys room is worse, black on the wall behind the beds again
        [17:58] Fairholme: Sorry Ahmed. The surveyor is booked for Tuesday 13 October. Please keep the window open a little if you can.
        [18:05] Ahmed: ok. we sleep in the living room now
        [18:19] Ahmed: ابني يقول إن رجلاً في الشارع يعطيه مالاً لكي يوصل أكياساً إلى بيوت، وعمره ١٣ سنة. أنا خائف جداً.
    """),
     R("C300056", "safeguarding", "damp_mould", "bags|money|son, damp|mould",
       "Damp thread; the last message, in Arabic: 'my son says a man in the street gives him money to deliver "
       "bags to houses, and he is 13. I am very afraid.' -> child criminal exploitation, safeguarding. The live "
       "mould keeps hazard damp_mould (null defensible); damp_mould category defensible but kept sensitive.",
       acc(DAMP, NOHZ))),

    (wa_in("10-11 10:05", "+447700900318", "Mohammed", """
        [09:40] Mohammed: Good morning, the kitchen cupboard door fell off, the hinge is broken
        [09:48] Fairholme: Morning Mohammed, can you send a photo?
        [09:52] Mohammed: [photo]
        [10:01] Fairholme: Thanks, carpenter booked Friday 16 October AM.
        [10:04] Mohammed: شكراً جزيلاً، في أي ساعة بالضبط؟
    """),
     R("C300018", "repairs", None, "cupboard|hinge",
       "Routine repair thread ending in Arabic: 'thank you very much, at what time exactly?' -> repairs.")),

    (call_in("10-12 18:30", "+441134960314", """
        Agent: Fairholme Homes, Jas speaking.
        Caller: Hi, it's Darren Whitaker, 23 Hollin Park Road. The back fence panel's come down in the wind, the one by the gate.
        Agent: Okay Mr Whitaker, is it blocking the path or just down?
        Caller: Just down, I've leant it against the shed.
        Agent: I'll book the joiner, it'll be within 20 working days.
        Caller: Right. Erm. There's something else. Mum's been saying she doesn't want to be here any more. Saying she'd be better off dead since Dad went. I don't know who to tell. She won't see the doctor.
        Agent: Thank you for telling me, Darren. Is she safe right now?
        Caller: Yeah she's downstairs watching telly.
        Agent: I'll ask our tenancy sustainment officer to call you tomorrow, and here's the number for the crisis line.
    """, dur=510),
     R("C300005", "safeguarding", None, "mum|better off dead|crisis",
       "Shared Whitaker landline but the caller names himself -> Darren. Fence repair, then a late disclosure "
       "of his mother's suicidal talk -> safeguarding (recording against Karen, the person at risk, is "
       "defensible). Hazard null: she is safe right now.", {"customer_ref": ["C300004"]})),

    (call_in("10-13 11:15", "+441144960322", """
        Agent: Fairholme Homes, Sam speaking.
        Caller: Hi, Amina Hussain, 8 Moorside Crescent.
        Agent: Thanks Mrs Hussain, and your date of birth for security?
        Caller: Fourth of May, eighty-four.
        Agent: Thank you. What can I do for you?
        Caller: We've been paying twice, the standing order and the UC payment, since August. I think we're about £300 in credit.
        Agent: Yes, I can see £312 in credit. I can refund it to your bank or leave it on the account.
        Caller: Refund please, and cancel the standing order.
    """, dur=330),
     R("C300011", "rent", None, "credit|refund|standing order",
       "Shared Hussain landline; the caller names herself -> Amina. Overpayment refund -> rent.")),

    (chat("10-14 20:00", {"email": "tomasz.nowak@example.net", "name": "Tomasz"}, """
        Visitor: hello our front door bell doesnt work
        Agent (Jo): Hi Tomasz, is it a wired bell or battery?
        Visitor: wired, from the house when we moved in
        Agent (Jo): OK, electrician job raised, 20 working days.
        Visitor: thx. also third time someone put dog dirt through our letterbox and wrote "Polish go home" on my car
        Agent (Jo): I'm really sorry. Have you reported it to the police?
        Visitor: yes, crime number 13/9902
        Agent (Jo): I'll pass this to the ASB team today as a hate incident.
    """),
     R("C300038", "asb", None, "hate|letterbox|car",
       "Doorbell chat with a late report of repeated racist hate incidents -> asb (repairs defensible for the "
       "bell, still sensitive).", REP)),

    (chat("10-15 09:10", {"email": "connor.walsh@example.net", "name": "Connor"}, """
        Visitor: the door entry buzzer for 33 isn't working, delivery drivers can't get me
        Agent (Jo): Hi Connor, is it the handset in your flat or the panel outside?
        Visitor: outside panel, number 33 button does nothing
        Agent (Jo): I've raised a repair with the door-entry contractor, 5 working days.
    """),
     R("C300048", "repairs", None, "door entry|buzzer",
       "Routine door-entry repair chat -> repairs.")),

    (portal("10-16 13:00", {"email": "chloe.armitage@example.net", "name": "Chloe Armitage"}, "Report a repair", """
        Location: Bedroom
        What's wrong: Bedroom door off its hinges, frame split
        Details: it got kicked during an argument, it's sorted now, he's gone. just need the door back on please
        Access: any weekday
    """),
     R("C300017", "safeguarding", None, "door, kicked|argument",
       "Repair form whose details hint at a violent argument with a man now gone -> safeguarding, kept "
       "sensitive; repairs defensible for the request itself.", REP)),

    (portal("10-16 13:40", {"email": "owen.pritchard@example.com", "name": "Owen Pritchard"}, "Report a repair", """
        Location: Bathroom
        What's wrong: Door off its hinges
        Details: the top hinge has rusted through and the door has dropped, won't close
        Access: mornings
    """),
     R("C300040", "repairs", None, "door|hinge",
       "Routine door repair -> repairs.")),

    (tg_in("10-17 23:40", "8912345670", "Connor W", """
        [23:05] Connor: is the car park barrier still broken, cant get in after 10
        [23:07] Bot: Thanks, I've logged the barrier fault for the estate team.
        [23:31] Connor: cheers
        [23:38] Connor: honestly i aint been right since i lost my job. been thinking about ending it
    """),
     R("C300048", "safeguarding", None, "ending it|suicid|job",
       "Linked Telegram id -> Connor. Car-park barrier, then a brief late suicidal disclosure -> safeguarding. "
       "Hazard null (no plan stated), emergency defensible given the time of night.", EMG)),

    (tg_in("10-18 12:10", "6230118845", "Andrei", """
        [12:01] Andrei: Bună ziua, ce referință pun la plata chiriei prin bancă?
        [12:03] Bot: Hello Andrei, please use your tenancy reference, T-007114.
        [12:08] Andrei: Mulțumesc. Și pot plăti lunar în loc de săptămânal?
    """),
     R("C300014", "rent", None, "reference|payment|monthly",
       "Linked Telegram id. Romanian: 'what reference do I use for the rent by bank transfer?' and 'can I pay "
       "monthly instead of weekly?' -> rent.")),

    (call_in("10-19 16:45", U(1), """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hiya, I'm ringing about the parking at Ashgrove Court, people are parking on the grass by the bins.
        Agent: Are you a resident there?
        Caller: I visit my mum. But look, the other thing, and don't take my name for this. The lady in flat 7, her son comes round and you can hear him screaming at her. Last night I heard her shouting "stop it, you're hurting me". She's in a wheelchair.
        Agent: Thank you. I won't record your name. Is she in danger right now?
        Caller: Don't think he's there now.
    """, dur=260),
     A("safeguarding", None, "wheelchair|hurting|son|abuse",
       "Unknown caller starts with parking, then reports abuse of a disabled neighbour and asks not to be named "
       "-> anonymous, safeguarding.")),

    (call_in("10-19 17:20", U(2), """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, I'm ringing about the parking at Foundry Walk. Vans are blocking the bin store and the bin lorry couldn't get in this morning.
        Agent: Do you live there?
        Caller: Visiting my sister. She asked me to ring.
        Agent: I'll pass it to the estate officer to put notices up.
    """, dur=110),
     V("estate", None, "parking|van|bin",
       "Unknown caller reporting parking blocking the bin store -> review, estate.")),

    (wa_in("10-20 21:30", "+447700900351", "Yasmin", """
        [21:00] Yasmin: Salam, kooray wala dabba phir nahi uthaya gaya, 36 Thornhill
        [21:04] Fairholme: Sorry Yasmin, I'll chase the council tomorrow.
        [21:06] Yasmin: shukriya
        [21:28] Yasmin: aur haan, mere shohar ne kal raat phir mujhe mara. please kisi ko na batana, agar use pata chala to aur bura hoga
    """),
     R("C300051", "safeguarding", None, "husband|hit|domestic",
       "Roman Urdu: bin not collected; then 'my husband hit me again last night. Please don't tell anyone, if he "
       "finds out it will be worse.' Self-disclosure asking the abuser not learn -> record against Yasmin "
       "(anonymous defensible), safeguarding.", {"action": ["anonymous"], "customer_ref": [None]})),

    (wa_in("10-21 10:15", "+447700900309", "Imran", """
        [10:01] Imran: Assalam o alaikum, main 2 November ko flat chhod raha hoon. Chaabiyan kahan deni hain?
        [10:06] Fairholme: Hi Imran, please bring both sets to the Leeds office by 12 noon on the 2nd.
        [10:12] Imran: theek hai. aur meter reading bhi bhejun?
        [10:14] Fairholme: Yes please, a photo of each meter on the day.
    """),
     R("C300009", "tenancy", None, "keys|meter|leaving",
       "Roman Urdu: 'I'm leaving the flat on 2 November, where do I hand in the keys?' then meter readings -> "
       "tenancy (end of tenancy).")),

    (chat("10-22 08:40", {"email": "kellybrannigan88@example.net", "name": "Kelly"}, """
        Visitor: got a letter about my dog barking. he's a puppy he'll calm down
        Agent (Kim): Hi Kelly, thanks for getting in touch. The letter just asks that he's not left alone for long periods. Can you manage that?
        Visitor: yeah my mum's having him days
        Visitor: pls dont send any more letters about it tho, he reads my post and goes mad
        Agent (Kim): I understand. Is it safe for us to contact you by text instead?
        Visitor: yeah text only
    """),
     R("C300003", "safeguarding", None, "letter|post, mad|safe",
       "Dog-breach chat; 'he reads my post and goes mad' is a brief coercive-control indicator (a DV concern is "
       "already on file) -> safeguarding; tenancy defensible from this chat alone, then not sensitive.",
       acc(TEN, NOSENS))),

    (chat("10-22 09:30", {"email": "lucy.fairweather@example.net", "name": "Lucy"}, """
        Visitor: hi can I get a dog? it's a house with a garden
        Agent (Kim): Hi Lucy, yes, you need our permission first. There's a short form on the website.
        Visitor: is there a fee?
        Agent (Kim): No fee. We just need the breed and that the garden is secure.
    """),
     R("C300053", "tenancy", None, "dog|permission",
       "Pet permission chat -> tenancy.")),

    (call_in("10-23 14:00", "+447700900352", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hello. Bogdan Ionescu. 19 Beckside. Rent. How much I owe?
        Agent: Hello Mr Ionescu. You're £140 behind. Would you like to pay some today?
        Caller: Boss pays. He say he pay. I don't know.
        Agent: Sorry, who pays it?
        Caller: Șeful meu îmi ține pașaportul și nu mă lasă să plec. Îmi ia toți banii.
        Agent: I'm sorry, I don't speak Romanian. Shall I get an interpreter?
        Caller: No. No. Okay. Bye.
    """, dur=150),
     R("C300052", "safeguarding", None, "passport|boss|money",
       "Rent call; the key line is in Romanian: 'my boss keeps my passport and won't let me leave. He takes all "
       "my money.' -> labour exploitation, safeguarding (rent defensible for the opening, still sensitive).",
       RENT)),

    (call_in("10-23 15:20", "+447700900325", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hello, Ioana Marin, 12 Beckside Mews. I want to pay the rent for October with my card.
        Agent: Of course. It's £412.60 for the month.
        Caller: Yes, all of it please.
        Agent: Done, your reference is 55810.
        Caller: Mulțumesc frumos, o zi bună!
    """, dur=140),
     R("C300025", "rent", None, "rent|card|pay",
       "Routine card payment; the Romanian line is just 'thank you, have a nice day' -> rent.")),

    (wa_in("10-24 19:00", "+447700900333", "Hassan", """
        [18:40] Hassan: Thank you the door is fixed, the carpenter was very good
        [18:42] Fairholme: Glad to hear it Hassan.
        [18:58] Hassan: but they wrote the same word on the wall by the stairs again last night
    """),
     R("C300033", "asb", None, "wrote|wall|graffiti",
       "Thanks for a repair, then a brief line about the same racist graffiti again -> asb (continuing hate "
       "incident on his case).")),

    (wa_in("10-25 09:20", "+447700900354", "Abdirahman", """
        [09:01] Abdirahman: Good morning, what time is the gas man coming tomorrow?
        [09:10] Fairholme: Morning Abdirahman, he's booked 8-12.
        [09:15] Abdirahman: ok I will be in. mahadsanid
    """),
     R("C300054", "repairs", None, "gas",
       "Gas appointment time -> repairs.")),

    (chat("10-26 17:10", {"email": "shirley.baxter@example.com", "name": "Shirley"}, """
        Visitor: hello, I am Deaf, can you change my smoke alarm to one with a flashing light, the old one is only sound
        Agent (Jo): Hi Shirley, yes, we'll fit a strobe alarm. I'll book a BSL interpreter for the visit too.
        Visitor: thank you. one more thing. my carer shouts at me and she has my bank card, she won't give it back, she says she does my shopping but there's no food
        Agent (Jo): Thank you for telling me, Shirley. That isn't right. Can our safeguarding lead contact you by text to talk about it?
        Visitor: yes text
    """),
     R("C300039", "safeguarding", None, "carer|bank card|food",
       "Adaptation chat; late disclosure of financial abuse and neglect by a carer -> safeguarding (repairs "
       "defensible for the strobe alarm, sensitive).", REP)),

    (chat("10-27 12:00", {"email": "priya.chauhan@example.com", "name": "Priya"}, """
        Visitor: hi, when can I get the keys for 29 Moorside Crescent?
        Agent (Jo): Hi Priya, the keys are handed over at your sign-up on Monday 9 November.
        Visitor: and when does my rent change to the new amount?
        Agent (Jo): From the tenancy start date, which will be 9 November.
    """),
     R("C300047", "lettings", None, "keys|sign-up|sign up",
       "Transfer keys and start date -> lettings.")),

    (call_in("10-28 22:50", "+447700900307", """
        Agent: Fairholme out of hours, Craig.
        Caller: Hi, Samuel Osei, Flat 4 Ashgrove Court. It's the noise from upstairs again, flat 8, music thumping, it's nearly eleven.
        Agent: I'm sorry Mr Osei. I'll log it for the ASB team and you can use the noise app.
        Caller: Fine. There's something else though. Last week, about midnight, the little boy from up there, he's maybe seven, was on the landing in his pyjamas. He said his mum was asleep and wouldn't wake up. I took him back up and she did wake up in the end, she was out of it. It's happened before.
        Agent: Thank you, that's really important. I'm going to log that as a safeguarding concern for the morning team.
    """, to=OOH, dur=380),
     R("C300007", "safeguarding", None, "boy|child|mum|wake",
       "Noise complaint to OOH, then a late report of a young child alone at midnight with an unresponsive "
       "parent -> safeguarding (asb defensible for the noise; sensitive either way). Hazard null: past event.",
       ASBC)),

    (call_in("10-29 11:30", "+447700900315", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Morning, John Smith, 22 Weavers Row.
        Agent: Thanks Mr Smith. What can I do for you?
        Caller: The gutter at the front's hanging off at one end, and when it rains it pours down the wall by the front door.
        Agent: Is water getting inside at all?
        Caller: Not yet, it's just the outside wall going green.
        Agent: I'll book a roofer to refix it, within 20 working days.
        Caller: Smashing. And can you put me down for the garden waste bin?
        Agent: That's the council, I'll text you their link.
    """, dur=290),
     R("C300015", "repairs", None, "gutter",
       "Phone matches the Weavers Row John Smith, who also gives his address -> C300015. Gutter repair; no damp "
       "inside -> repairs, hazard null.")),

    (chat("10-30 21:05", {"name": "Оля"}, """
        Form: General enquiry
        Visitor: Hello, how do I join the housing list?
        Agent (Kim): Hi, you can apply online on the council's housing register. Where are you living now?
        Visitor: With a man I met here. Я живу з чоловіком, який мене б'є, і мені нікуди йти. Вибачте, моя англійська погана.
        Agent (Kim): Thank you. I'll get a Ukrainian interpreter. Are you safe right now?
        Visitor: зараз так
    """),
     V("safeguarding", None, "beat|hit|abuse|nowhere",
       "Unknown visitor; housing-register question, then in Ukrainian: 'I live with a man who beats me and I have "
       "nowhere to go. Sorry, my English is bad.' ... 'yes, right now' (safe) -> review, safeguarding.")),

    (chat("10-31 10:20", {"name": "Oksana"}, """
        Form: General enquiry
        Visitor: Добрий день. How do I apply for social housing? I'm on the Homes for Ukraine scheme, my sponsor placement ends in December.
        Agent (Kim): Hi Oksana, you can apply to the council's housing register and tell them your placement is ending.
        Visitor: Дякую!
    """),
     V("lettings", None, "apply|register|housing",
       "Unknown applicant asking how to join the register -> review, lettings.")),

    (wa_in("11-01 12:30", "+447700900327", "Fatima Begum", """
        [12:02] Fatima Begum: Hello this is Rafiq, Mum's son. Can the plumber come Tuesday instead of Monday, I can be there to translate
        [12:10] Fairholme: Hi Rafiq, yes, Tuesday 3 November AM is booked.
        [12:14] Fatima Begum: thanks. also those boys spat at her again on Friday at the bus stop
    """),
     R("C300027", "asb", None, "spat|boys",
       "Son writing from his mother's number (noted in the directory) -> Mrs Begum. Plumber rebooking, then a "
       "brief line about further hate-related harassment -> asb (repairs defensible, sensitive).", REP)),

    (wa_in("11-01 13:15", "+447700900356", "Ahmed Farouk", """
        [13:00] Ahmed: Hello, I want to change my rent day to Friday because I get paid Friday
        [13:08] Fairholme: Hi Ahmed, you can change your direct debit date to any day. Shall I send the form?
        [13:12] Ahmed: yes please
    """),
     R("C300056", "rent", None, "direct debit|rent|friday",
       "Direct debit date change -> rent.")),

    (call_in("11-02 01:20", "+447700900344", """
        Agent: Fairholme out of hours, Craig.
        Caller: Hi, it's Megan Lister, 4 Beckside Mews. There's water coming from under my kitchen sink, it's a slow drip but it's all over the floor.
        Agent: Can you turn the valve under the sink off?
        Caller: I've done it. It's just... he's outside. My ex. He's banging on the back window and shouting. I've rung 999, they're coming.
        Agent: Stay inside and keep the doors locked, Megan. I'll stay on the line till they get there. I'll log the leak for the morning.
    """, to=OOH, dur=600),
     R("C300044", "safeguarding", "emergency", "ex|window|999|police",
       "OOH leak call that turns into an ex-partner trying to get in now, police called -> safeguarding, "
       "emergency (null defensible: police on the way); asb defensible for the behaviour.",
       acc(NOHZ, ASBC))),

    (call_in("11-02 02:05", "+447700900349", """
        Agent: Fairholme out of hours, Craig.
        Caller: Hi, Sandra Okonkwo, Flat 6 Ashgrove Court. Water's dripping under my kitchen sink, it's coming from the pipe joint.
        Agent: Can you turn off the valve under the sink, or the stopcock?
        Caller: Yeah, done, it's stopped.
        Agent: Great. A plumber will call you after 8 this morning to book in.
    """, to=OOH, dur=170),
     R("C300049", "repairs", None, "leak|sink|pipe",
       "OOH call about a contained leak -> repairs, hazard null.", EMG)),

    (chat("11-03 16:20", {"email": "rebecca.thornton@example.org", "name": "Rebecca"}, """
        Visitor: can I get a second parking permit for my mum's car when she stays?
        Agent (Jo): Hi Rebecca, visitor permits are free from the Sheffield office, up to 2 at a time.
        Visitor: ok thanks
        Visitor: oh and he was back last night, the one with the injunction. at my door at 2am
        Agent (Jo): Did you call the police?
        Visitor: yes they came
        Agent (Jo): I'll let Kim in the ASB team know first thing.
    """),
     R("C300034", "asb", None, "injunction|door|police",
       "Parking-permit chat; brief late report of an injunction breach -> asb.")),

    (chat("11-03 17:00", {"email": "beth.cole@example.com", "name": "Bethany"}, """
        Visitor: where's the parking for the viewing at Calder Court on Friday?
        Agent (Jo): Hi Bethany, there are visitor bays at the front by the main door.
        Visitor: perfect thanks
    """),
     R("C300020", "lettings", None, "viewing|parking",
       "Practical question about a viewing -> lettings (general defensible).", GEN)),

    (fb_in("11-04 20:40", "fb:100091112233", "Kel B", """
        hi, been waiting 3 weeks for someone to fix my shower, Foundry Walk
        also my neighbour's kids are left on their own all weekend, they're about 5 and 7, I can hear them crying. dont say it was me pls
    """),
     A("safeguarding", None, "children|alone|crying",
       "Display name only; shower chase plus a report of young children left alone, with an explicit request not "
       "to be named -> anonymous, safeguarding (repairs defensible for the first line, still sensitive).", REP)),

    (fb_in("11-04 21:00", "fb:100091445566", "Lucy F", """
        Hi, Lucy Fairweather, 44 Hollin Park Road. When's the fence at the back being done? Reported it 4 weeks ago and the dog keeps getting out
    """),
     R("C300053", "repairs", None, "fence",
       "Facebook DM with name and address -> Ms Fairweather; fence chase -> repairs (complaint defensible).",
       acc(CMP, REVOK))),

    (ig_in("11-05 18:30", "@dj_mikey_s", "Mikey", """
        my mate lives at foundry walk flat 14 and these guys have basically took over his flat, he cant get them out and hes scared of them. can u do something
    """),
     V("safeguarding", None, "took over|cuckoo|scared",
       "Unknown handle reporting a friend's flat taken over (cuckooing) -> review, safeguarding (asb "
       "defensible).", ASBC)),

    (ig_in("11-05 19:00", "@hannah.k.leeds", "Hannah", """
        what time does your leeds office open on saturdays?
    """),
     V("general", None, "office|open",
       "Unknown handle asking opening hours -> review, general.")),

    (call_in("11-06 10:10", "+441632960342", """
        Agent: Fairholme Homes, Sam speaking.
        Caller: Morning, Keith Barraclough, 6 Weavers Row, TRA chair.
        Agent: Morning Mr Barraclough.
        Caller: Two things. The TRA meeting's on the 24th, can we have the community room and someone from housing there?
        Agent: I'll book it and ask your housing officer to attend.
        Caller: Champion. Second thing, and don't put my name to this, I'm the TRA chair, I have to live here. The fella at 47 is selling weed out of his car in the evenings. Kids from the school going up to him.
        Agent: Understood, I'll pass that to the ASB team without your name.
    """, dur=330),
     A("asb", None, "weed|drug|car",
       "Known landline, TRA booking, then a drug-dealing report with an explicit request not to be named -> "
       "anonymous, asb (record against Mr Barraclough defensible).", REC("C300042"))),

    (call_in("11-06 11:45", "+441632960358", """
        Agent: Fairholme Homes, Sam speaking.
        Caller: It's Robert Illingworth, 15 Beckside Mews. I've still not had my new payment card, I handed a letter in a fortnight ago.
        Agent: Sorry Mr Illingworth, I can see it was ordered on the 22nd. I'll order another and post it first class.
        Caller: Thank you. I'll pay at the post office when it comes.
    """, dur=160),
     R("C300058", "rent", None, "payment card",
       "Chasing a rent payment card -> rent.")),

    (wa_in("11-07 11:00", "+447700900325", "Ioana", """
        [10:30] Ioana: Bună ziua, the mould wash was done yesterday, it looks better. When do they fit the fan?
        [10:41] Fairholme: Hi Ioana, the PIV unit and new extractor are booked for 17 November.
        [10:55] Ioana: Mulțumesc. Și încă ceva: bărbatul de la nr. 19 vine noaptea beat și lovește ușa noastră, copilul se sperie.
    """),
     R("C300025", "asb", None, "door|drunk|night",
       "Mould-works follow-up, then in Romanian: 'and another thing: the man at no. 19 comes at night drunk and "
       "kicks our door, the child gets scared' -> asb. Hazard null: mould washed, works booked (damp_mould "
       "defensible while the fans are awaited).", {"hazard": ["damp_mould"], "category": ["damp_mould"]})),

    (chat("11-08 15:00", {"email": "zofia.kaminska@example.com", "name": "Zofia"}, """
        Visitor: Hello, I want to ask about my rent statement, the payment from 30 October is not showing
        Agent (Jo): Hi Zofia, bank payments can take 3 working days. I can see it now, £95.20 on 2 November.
        Visitor: ok good
        Visitor: Jeszcze jedno, przepraszam. Sąsiad z góry groził mi nożem na schodach, boję się wychodzić z mieszkania.
        Agent (Jo): Sorry, could you write that in English?
        Visitor: neighbour upstairs. knife. I am scared
    """),
     R("C300032", "asb", None, "knife|threat|neighbour",
       "Rent-statement chat; the last turn, in Polish then broken English: 'the neighbour from upstairs threatened "
       "me with a knife on the stairs, I'm afraid to leave the flat' -> asb. Hazard null (past threat), "
       "emergency defensible.", EMG)),

    (chat("11-09 10:30", {"email": "a.wojcik@example.org", "name": "Agnieszka"}, """
        Visitor: Hello, can I change my boiler service appointment? I am working on Thursday
        Agent (Jo): Hi Agnieszka, I can move it to Saturday 14 November 8-12.
        Visitor: Dziękuję bardzo, that's good
    """),
     R("C300006", "repairs", None, "boiler|service|appointment",
       "Rebooking a boiler service -> repairs.")),

    (wa_in("11-10 22:30", "+447700900346", "John", """
        [22:00] John: evening, the lift at calder court is stuck on 3 again
        [22:05] Fairholme: Thanks John, reported to the lift engineer as urgent.
        [22:20] John: cheers. flat 14 btw
    """),
     R("C300046", "repairs", None, "lift",
       "Phone matches the Calder Court John Smith -> C300046; lift fault -> repairs.")),

    (call_in("11-11 09:50", "+447700900307", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Samuel Osei, Flat 4 Ashgrove Court. Just to let you know the heating engineer never turned up yesterday. I took the day off.
        Agent: I'm so sorry Mr Osei. I can see it was cancelled and nobody told you. I've rebooked for tomorrow at 8 and I'll log a complaint for the lost day.
        Caller: Appreciate that.
    """, dur=180),
     R("C300007", "complaint", None, "engineer|missed|complaint",
       "Missed repair appointment and a logged complaint -> complaint (repairs defensible).", REP)),
]

# ============================================================================================
# D. Short contacts in community languages (native scripts and romanised)
# ============================================================================================
ITEMS += [
    (tg_in("10-01 18:20", "5120034471", "Agnieszka", """
        Dzień dobry, kran pod zlewem w kuchni przecieka, proszę o hydraulika. Mieszkanie 2, Ashgrove Court.
    """),
     R("C300006", "repairs", None, "tap|leak|sink",
       "Polish: 'the tap under the kitchen sink is leaking, please send a plumber. Flat 2, Ashgrove Court.' "
       "Linked Telegram id -> repairs.")),

    (wa_in("10-02 23:10", "+447700900332", "Zofia", """
        sasiad z mieszkania 14 znowu krzyczal cala noc i walil w moje drzwi, boje sie otworzyc
    """),
     R("C300032", "asb", None, "shout|door|neighbour",
       "Polish without diacritics: 'the neighbour from flat 14 shouted all night again and banged on my door, "
       "I'm afraid to open it' -> asb.")),

    (wa_in("10-03 10:00", "+447700900312", "Tariq", """
        السلام علیکم، باتھ روم کی دیوار اور چھت پر کالی پھپھوندی پھیل رہی ہے، میری بیٹی کو دمہ ہے۔ 8 مورسائیڈ کریسنٹ
    """),
     R("C300012", "damp_mould", "damp_mould", "mould|damp, asthma",
       "Urdu: 'black mould is spreading on the bathroom wall and ceiling, my daughter has asthma. 8 Moorside "
       "Crescent.' Tariq's own mobile -> damp_mould with hazard.")),

    (wa_in("10-04 20:45", "+447700900318", "Mohammed", """
        السلام عليكم، جاري في البيت رقم 47 يهددني ويشتمني كل يوم بسبب موقف السيارة. أرجو ألا يعرف أنني اشتكيت.
    """),
     A("asb", None, "threat|neighbour|parking",
       "Arabic: 'my neighbour at number 47 threatens and insults me every day over the parking space. Please don't "
       "let him know I complained.' ASB victim asking that the neighbour not learn -> anonymous, record against "
       "Mr Al-Rashid defensible.", REC("C300018"))),

    (tg_in("10-05 08:30", "6230118845", "Andrei", """
        Bună ziua, am plătit chiria de două ori luna aceasta din greșeală. Puteți să-mi returnați banii?
    """),
     R("C300014", "rent", None, "twice|refund|rent",
       "Romanian: 'I paid the rent twice this month by mistake. Can you return the money?' -> rent.")),

    (wa_in("10-06 19:30", "+447700900310", "Hodan", """
        Fadlan, qolka jiifka carruurta waxaa ku jira caaryaan madow oo darbiga ku faafay, carruurtu way qufacayaan habeenkii.
    """),
     R("C300010", "damp_mould", "damp_mould", "mould|damp, cough",
       "Somali: 'there is black mould spreading on the wall in the children's bedroom, the children cough at "
       "night' -> damp_mould with hazard.")),

    (wa_in("10-07 12:10", "+447700900327", "Fatima Begum", """
        আমার বাথরুমের কল থেকে সারাক্ষণ পানি পড়ছে, কেউ কি আসতে পারবেন? ৬ থর্নহিল গার্ডেনস
    """),
     R("C300027", "repairs", None, "tap|water|leak",
       "Bengali: 'water keeps running from my bathroom tap, can someone come? 6 Thornhill Gardens' -> repairs.")),

    (sms_in("10-08 23:55", U(11), """
        سلام، همسرم مرا کتک می‌زند و من و بچه‌ها جایی برای رفتن نداریم. لطفاً کمک کنید.
    """),
     V("safeguarding", None, "husband|beat|abuse|children",
       "Farsi, unknown mobile: 'my husband beats me and the children and I have nowhere to go. Please help.' -> "
       "review, safeguarding.")),

    (sms_in("10-09 09:15", U(12), """
        Добрий день. Я хочу подати заявку на соціальне житло. Зараз я з дочкою живу у знайомих.
    """),
     V("lettings", None, "apply|housing|register",
       "Ukrainian: 'I want to apply for social housing. I'm living with acquaintances with my daughter.' -> review, "
       "lettings.")),

    (wa_in("10-10 22:40", U(13), "Ana", """
        Olá, a vizinha do lado em Calder Court deixa o filho pequeno sozinho em casa a noite toda, ele chora muito. Por favor não digam que fui eu.
    """),
     A("safeguarding", None, "child|alone|crying",
       "Portuguese: 'the neighbour next door in Calder Court leaves her little son alone at home all night, he "
       "cries a lot. Please don't say it was me.' -> anonymous, safeguarding.")),

    (sms_in("10-11 07:20", U(14), """
        سڵاو، گەرمکەرەوەی ماڵەکەم دوو ڕۆژە کار ناکات و منداڵێکی ساوام هەیە. تکایە یارمەتیم بدەن.
    """),
     V("repairs", "emergency", "heating|heater|baby",
       "Kurdish (Sorani): 'my home heating hasn't worked for two days and I have a newborn baby. Please help.' "
       "Unknown mobile -> review. No heating with a baby in the home -> emergency (null defensible in mild "
       "weather).", NOHZ)),

    (wa_in("10-12 08:05", U(15), "Senait", """
        ሰላም፡ ካብ ናሕሲ ናይ ሽቓቕ ማይ ይወርድ ኣሎ። በጃኹም ሓገዝ።
    """),
     V("repairs", None, "water|ceiling|leak",
       "Tigrinya: 'water is coming down from the bathroom ceiling. Please help.' -> review, repairs (emergency "
       "defensible if it is heavy).", EMG)),

    (sms_in("10-13 21:30", U(16), """
        ጎረቤቴ በየምሽቱ ሰክሮ ይጮኻል፣ በሬዬንም ይመታል። ልጆቼ ይፈራሉ።
    """),
     V("asb", None, "drunk|shout|neighbour",
       "Amharic: 'my neighbour gets drunk every night and shouts, and bangs on my door. My children are afraid.' "
       "-> review, asb.")),

    (sms_in("10-14 12:00", U(17), """
        你好，请问我每个月的房租是多少？我想用银行转账付款，参考号填什么？
    """),
     V("rent", None, "rent|bank transfer|reference",
       "Chinese: 'how much is my monthly rent? I want to pay by bank transfer - what reference do I use?' -> "
       "review, rent.")),

    (wa_in("10-15 23:20", U(18), "Lin", """
        楼上的邻居经常打他的妻子，我晚上听到尖叫和摔东西的声音。请不要告诉别人是我说的。Foundry Walk
    """),
     A("safeguarding", None, "wife|hit|scream",
       "Chinese: 'the neighbour upstairs often beats his wife; at night I hear screaming and things being "
       "thrown. Please don't tell anyone it was me.' -> anonymous, safeguarding.")),

    (sms_in("10-16 10:40", U(19), """
        Chào anh chị, phòng ngủ nhà tôi bị nấm mốc đen trên tường, con tôi bị hen suyễn nặng hơn. Xin cho người đến kiểm tra.
    """),
     V("damp_mould", "damp_mould", "mould, asthma",
       "Vietnamese: 'my bedroom has black mould on the wall, my child's asthma is worse. Please send someone to "
       "check.' -> review, damp_mould with hazard.")),

    (wa_in("10-17 14:30", U(20), "Minh", """
        Xin giúp tôi. Chủ của tôi giữ hộ chiếu của tôi, tôi phải sống cùng 6 người trong một phòng ở Beckside Mews và làm việc không lương.
    """),
     V("safeguarding", None, "passport|exploitation|slavery|unpaid",
       "Vietnamese: 'please help me. My boss keeps my passport, I have to live with 6 people in one room at "
       "Beckside Mews and work without pay.' -> modern slavery indicators, review, safeguarding.")),

    (sms_in("10-18 19:00", U(21), """
        Merhaba, Weavers Row'daki blokta merdiven ışıkları bir haftadır yanmıyor, akşam çok karanlık.
    """),
     V("estate", None, "stair|light",
       "Turkish: 'in the block at Weavers Row the stair lights haven't worked for a week, it's very dark in the "
       "evening' -> review, estate (repairs defensible).", REP)),

    (sms_in("10-19 20:10", U(22), """
        Komşumun oğlu bana ve kızıma her gün küfür ediyor, dün kapımıza taş attı. Polise de söyledim.
    """),
     V("asb", None, "stone|abuse|neighbour",
       "Turkish: 'my neighbour's son swears at me and my daughter every day, yesterday he threw a stone at our "
       "door. I told the police too.' -> review, asb.")),

    (sms_in("10-20 08:50", U(23), """
        Laba diena, noriu sumokėti nuomą, bet neturiu nuorodos numerio. Gyvenu Foundry Walk.
    """),
     V("rent", None, "rent|reference",
       "Lithuanian: 'I want to pay the rent but I don't have the reference number. I live at Foundry Walk.' -> "
       "review, rent.")),

    (sms_in("10-21 17:45", U(24), """
        Mano kaimynė labai sena, nemačiau jos jau tris dienas, laiškai kaupiasi prie durų. Thornhill Gardens.
    """),
     V("safeguarding", None, "neighbour|welfare|not seen",
       "Lithuanian: 'my neighbour is very old, I haven't seen her for three days, letters are piling up at the "
       "door.' Welfare concern -> review, safeguarding.")),

    (wa_in("10-22 09:10", U(25), "Kumar", """
        வணக்கம், எங்கள் சமையலறை சிங்க் அடைபட்டுள்ளது, தண்ணீர் போகவில்லை. Calder Court
    """),
     V("repairs", None, "sink|blocked",
       "Tamil: 'our kitchen sink is blocked, the water won't drain.' -> review, repairs.")),

    (email_in("10-23 19:30", "priya.chauhan@example.com", "Priya Chauhan", "માતા અમારી સાથે રહેવા આવ્યા", """
        નમસ્તે, મારી માતા હવે અમારી સાથે રહેવા આવ્યા છે. શું મારે તમને જાણ કરવી પડશે? અને નવા ઘરમાં પણ તેમને ઉમેરી શકાય?
        પ્રિયા ચૌહાણ
    """),
     R("C300047", "tenancy", None, "mother|household|occupant",
       "Gujarati: 'my mother has come to live with us. Do I need to tell you? And can she be added at the new "
       "home too?' -> tenancy (household change).")),

    (sms_in("10-24 22:15", U(26), """
        મારો પતિ મને પૈસા આપતો નથી અને બહાર જવા દેતો નથી, ઘરમાં બંધ રાખે છે. હું શું કરું?
    """),
     V("safeguarding", None, "husband|money|locked|control",
       "Gujarati: 'my husband doesn't give me money and won't let me go out, he keeps me locked in the house. What "
       "do I do?' -> review, safeguarding.")),

    (sms_in("10-25 07:40", U(27), """
        ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਸਾਡੇ ਘਰ ਦਾ ਬਾਇਲਰ ਕੱਲ੍ਹ ਤੋਂ ਬੰਦ ਹੈ, ਗਰਮ ਪਾਣੀ ਨਹੀਂ ਆ ਰਿਹਾ।
    """),
     V("repairs", None, "boiler|hot water",
       "Punjabi (Gurmukhi): 'our boiler has been off since yesterday, no hot water.' Unknown mobile -> review, "
       "repairs; no vulnerability stated, so hazard null (emergency defensible).", EMG)),

    (wa_in("10-26 16:20", "+447700900311", "Amina", """
        Sat sri akal ji, sade ghar de bahar kujh munde roz mere bete nu dhamkian dinde ne te paise mangde ne. Oh hun ghar to bahar nahi jana chahunda.
    """),
     R("C300011", "asb", None, "threat|money|son",
       "Romanised Punjabi: 'some boys outside our house threaten my son every day and demand money. Now he doesn't "
       "want to leave the house.' Amina's own mobile -> asb (safeguarding defensible for the child).", SAFE)),

    (wa_in("10-27 21:05", "+447700900352", "Bogdan", """
        Vă rog ajutați-mă. Șeful a venit azi la casă și a luat banii de chirie de la toți băieții. Eu nu am pașaportul.
    """),
     R("C300052", "safeguarding", None, "passport|boss|money",
       "Romanian: 'please help me. The boss came to the house today and took the rent money from all the lads. I "
       "don't have my passport.' -> exploitation, safeguarding.")),

    (wa_in("10-28 23:30", "+447700900354", "Abdirahman", """
        Dhalinyaro ayaa habeen walba maandooriye ka iibiya jaranjarada Foundry Walk, waan ka baqayaa. Fadlan magacayga ha sheegin.
    """),
     A("asb", None, "drug|stairs|youth",
       "Somali: 'youths sell drugs on the Foundry Walk stairs every night, I'm afraid. Please don't say my name.' "
       "-> anonymous, asb (record against Mr Yusuf defensible).", REC("C300054"))),

    (wa_in("10-29 08:15", "+447700900356", "Ahmed Farouk", """
        salam, el shebbak fel matbakh maksour w mesh byet2efel, el bard bey5osh
    """),
     R("C300056", "repairs", None, "window|kitchen|lock",
       "Romanised Egyptian Arabic: 'the kitchen window is broken and won't shut, the cold is getting in' -> "
       "repairs.")),

    (wa_in("10-30 17:50", "+447700900337", "Grażyna", """
        Pani z domu nr 42 od tygodnia nie otwiera drzwi, światło pali się cały czas, a mleko stoi na progu. Martwię się o nią.
    """),
     R("C300037", "safeguarding", None, "neighbour|welfare|not seen",
       "Polish: 'the lady at no. 42 hasn't opened her door for a week, the light is on all the time and the milk "
       "is on the step. I'm worried about her.' Known reporter, no anonymity asked -> record against Grażyna, "
       "safeguarding.")),

    (wa_in("10-31 12:00", "+447700900351", "Yasmin", """
        Assalam o alaikum, hamare ghar ke bahar wala kooray ka dabba do hafton se nahi uthaya gaya, bohat badbu aa rahi hai.
    """),
     R("C300051", "estate", None, "bin|rubbish",
       "Roman Urdu: 'the bin outside our house hasn't been emptied for two weeks, it smells badly' -> estate.")),

    (wa_in("11-01 18:40", "+447700900327", "Fatima Begum", """
        amar chhele ke rastay kichu chhele marche, police ke bolechi. amra bhoy pacchi
    """),
     R("C300027", "asb", None, "son|hit|police",
       "Romanised Bengali: 'some boys hit my son in the street, I've told the police. We are scared.' -> asb.")),

    (sms_in("11-02 10:30", U(28), """
        سلام، اجاره این ماه را پرداخت کردم ولی هنوز رسید نگرفتم. لطفاً بررسی کنید.
    """),
     V("rent", None, "rent|receipt|paid",
       "Farsi: 'I paid this month's rent but haven't received a receipt. Please check.' -> review, rent.")),

    (wa_in("11-03 20:20", U(29), "Iryna", """
        Мій сусід постійно погрожує мені, бо я українка. Вчора він плюнув на мою дитину біля під'їзду. Ashgrove Court.
    """),
     V("asb", None, "threat|spat|ukrainian|hate",
       "Ukrainian: 'my neighbour keeps threatening me because I'm Ukrainian. Yesterday he spat at my child by the "
       "entrance.' -> hate-motivated harassment, review, asb.")),

    (sms_in("11-04 09:05", U(30), """
        Bom dia, a janela da sala não fecha bem e entra muito frio. Moro em Beckside Mews.
    """),
     V("repairs", None, "window",
       "Portuguese: 'the living-room window doesn't close properly and a lot of cold gets in.' -> review, "
       "repairs.")),

    (wa_in("11-05 23:10", U(31), "Rojin", """
        Silav, cîranê min her şev li derî dixe û gef li min dixwe. Ji kerema xwe navê min nebêjin. Weavers Row.
    """),
     A("asb", None, "threat|door|neighbour",
       "Kurmanji Kurdish: 'my neighbour bangs on the door every night and threatens me. Please don't say my name.' "
       "-> anonymous, asb.")),

    (sms_in("11-06 13:25", U(32), """
        ሰላም፣ የቤት ኪራዩ መቼ ነው የሚጨምረው? በወር ምን ያህል ይሆናል?
    """),
     V("rent", None, "rent|increase",
       "Amharic: 'hello, when does the rent go up? How much will it be a month?' -> review, rent.")),

    (wa_in("11-07 22:45", U(33), "Mebrat", """
        ሰብኣየ ይወቕዓኒ እዩ፣ ምስ ቆልዓይ ሓገዝ የድልየና። ኣብ Ashgrove Court ኢና ንነብር።
    """),
     V("safeguarding", None, "husband|beat|abuse",
       "Tigrinya: 'my husband beats me, my child and I need help. We live at Ashgrove Court.' -> review, "
       "safeguarding.")),

    (sms_in("11-08 11:10", U(34), """
        என் பக்கத்து வீட்டு முதியவர் தனியாக இருக்கிறார். அவரது மகன் வந்து அவரை அடிக்கிறான் என்று நினைக்கிறேன், சத்தம் கேட்கிறது. Moorside Crescent.
    """),
     V("safeguarding", None, "elderly|son|hit|abuse",
       "Tamil: 'my elderly neighbour lives alone. I think his son comes and hits him, I hear the noise.' -> review, "
       "safeguarding.")),

    (email_in("11-09 14:00", "wang.li.88@example.com", "Wang Li", "申请住房", """
        您好，我想申请公共住房。请问需要准备什么材料？我现在和两个孩子住在一个单间里。
    """),
     V("lettings", None, "apply|housing|register",
       "Chinese: 'I want to apply for social housing. What documents do I need? I'm living in one room with two "
       "children.' Unknown e-mail -> review, lettings.")),

    (tg_in("11-10 19:40", "5301177720", "Tomasz", """
        Cześć, czy mogę zapłacić czynsz za dwa miesiące z góry? Wyjeżdżamy do Polski na święta.
    """),
     R("C300038", "rent", None, "rent|advance|pay",
       "Polish: 'can I pay two months' rent in advance? We're going to Poland for Christmas.' Linked Telegram id "
       "-> Tomasz, rent.")),

    (wa_in("11-11 08:30", "+447700900333", "Hassan", """
        Subax wanaagsan, nalka banaanka ee albaabka hore ma shidmo, habeenkii aad buu u mugdi yahay.
    """),
     R("C300033", "repairs", None, "light|door",
       "Somali: 'the outside light by the front door doesn't come on, it's very dark at night' -> repairs (estate "
       "defensible for a communal light).", EST)),

    (call_in("11-12 10:00", "+447700900341", """
        Agent: Fairholme Homes, Dan speaking.
        Interpreter: Hello, I'm the Romanian interpreter, I have Ms Natalia Rusu with me, Flat 15 Calder Court.
        Agent: Thank you. How can we help Ms Rusu?
        Interpreter: She says she is staying somewhere safe now and asks that her rent is not chased while she is away. Her support worker has written to you.
        Agent: I have the Women's Aid letter. I'll note the account and put recovery on hold.
    """, dur=240),
     R("C300041", "safeguarding", None, "safe|rent|women's aid",
       "Tenant calling via an interpreter from a refuge about her rent -> safeguarding (rent defensible, kept "
       "sensitive).", RENT)),
]

# ============================================================================================
# E. Social chatter and other things to ignore that use the vocabulary
# ============================================================================================
ITEMS += [
    (fb_in("10-24 13:10", "fb:100092003344", "Dawn Pickles", """
        Well done to the police and Fairholme for getting the closure order on that flat at Foundry Walk. Finally some peace on the stairs 👏👏
    """),
     I("Public praise that asks for nothing, even though it mentions a closure order -> ignore.")),

    (ig_in("10-20 12:00", "@leeds_community_hub", "Leeds Community Hub", """
        Proud to have Fairholme at our #ASBAwarenessWeek stall today 💚 Thanks for the chat about staying safe online!
    """),
     I("Partner's social post tagging the page -> ignore.")),

    (sms_in("10-21 18:02", "+447700900317", """
        STOP
    """),
     I("'STOP' reply to the bulk community-safety survey text -> ignore (record defensible).",
       {"action": ["record"], "customer_ref": ["C300017"], "category": ["general"]})),

    (email_in("10-26 07:00", "noreply@ecins.example.net", "ECINS Notifications", "Case ASB-26-0412: 2 new actions assigned", """
        You have 2 new actions on case ASB-26-0412 (Foundry Walk). Log in to ECINS to view them. This is an
        automated notification; do not reply.
    """, headers={"Auto-Submitted": "auto-generated"}),
     I("Automated case-management notification (Auto-Submitted) -> ignore.")),

    (fb_in("11-08 09:30", "fb:100093004455", "Gaz Roberts", """
        anyone else see the police at weavers row last night lol 🚓🚓 proper drama
    """),
     I("Social chatter asking for nothing -> ignore.")),

    (tg_in("11-09 03:10", "5550002222", "Crypto Signals", """
        🚀 Join our VIP group for 500% returns! Limited spots 👉 t.me/example_signals
    """),
     I("Spam -> ignore.")),
]


# ============================================================================================
# F. More of each kind: staff hard negatives, structured e-mails, letters, anonymous forms
# ============================================================================================
ITEMS += [
    (visit("10-26 10:30", {"name": "Housing officer (L. Carr)"}, cust("C300043"), "door_knock", "attended", """
        Tenancy audit. Photo ID seen for Ms Mohamud and her two adult children. No s/g concerns. Old ASB case
        (2025, parking dispute) remains closed, no new reports. Loft hatch loose in landing - repair raised.
        Household details updated. NFA.
    """),
     R("C300043", "tenancy", None, "audit|household, loft",
       "Routine audit note that uses the vocabulary ('no s/g concerns', closed ASB case) -> tenancy, not "
       "sensitive (repairs defensible for the hatch).", REP)),

    (visit("10-29 11:00", {"name": "Tenancy sustainment officer (H. Begum)"}, cust("C300035"), "appointment", "attended", """
        Saw Mr Sykes alone at Sheffield office as planned with PCSO Hale. He confirmed two men have been staying
        at Flat 14 since August and use it to deal; he owes them £600 and is frightened of them. Cuckooing
        confirmed. Agreed: police to attend with us, lock change, temporary decant to a void while they're
        removed. ASC referral (exploitation) with consent. ASB case ASB-26-0412 to be reviewed - he is a victim.
    """),
     R("C300035", "safeguarding", None, "cuckoo|exploit|decant",
       "Staff note: the ASB suspect is confirmed as a cuckooing victim -> safeguarding (asb defensible, sensitive "
       "either way).", ASBC)),

    (letter("10-30 09:00", {"name": "Fairholme Repairs"}, """
        Mrs P. Lumb, 3 Weavers Row, Bradford BD3 9PL

        Dear Mrs Lumb,
        Your annual gas safety check is due. As you asked us to write rather than phone, we have booked it for
        Thursday 12 November between 8am and 12pm. If this is not convenient please write back in the envelope
        enclosed, or ask your daughter to text us.
        Fairholme Homes
    """, to=cust("C300016"), direction="outbound"),
     R("C300016", "repairs", None, "gas|safety|appointment",
       "Outbound one-to-one letter booking a gas check for a hard-of-hearing tenant -> repairs.")),

    (email_out("10-24 09:15", ASB_BOX, "pcso.hale@westyorks-police.example.org", "PCSO 7712 Dan Hale", "Weavers Row green - youths", """
        Hi Dan,

        Could Weavers Row green and the garages go on your evening patrols for the next fortnight? Residents and
        the ward councillor report youths gathering after dark, stones thrown at windows and cars, and cannabis
        use by the garages. We'll share anything we get on ECINS.

        Pat Quinn
        ASB Officer, Fairholme Homes
        This e-mail may contain confidential information. If you are not the intended recipient please delete it.
    """),
     V("asb", None, "youths|patrol|stones",
       "Outbound to police about an estate ASB problem, no tenant named -> review, asb.")),

    (sms_out("11-04 16:00", "+447700900321", """
        Hi Stuart, Shaz here. The skip is booked for Friday and Ben from social care and the fire service will come
        with me at 10. No pressure, we'll go at your pace and only move what you say. Shaz
    """, sender="Shazia Rahman (Tenancy officer)"),
     R("C300021", "safeguarding", None, "skip|social care|fire service",
       "Outbound text in a self-neglect/hoarding support plan -> safeguarding (tenancy defensible, sensitive).",
       TEN)),

    (email_in("10-15 12:40", "ryan.doyle@example.com", "Ryan Doyle", "Window cleaning", """
        Hi,

        When are the communal windows at Beckside Mews next being cleaned? They're filthy.

        Thanks,

        Ryan Doyle
        Senior Logistics Planner | Northway Freight Ltd
        T: 01632 960555

        The information in this e-mail is confidential and may be legally privileged. It is intended solely for
        the addressee. If you are not the intended recipient, any disclosure, copying or distribution is
        prohibited. Northway Freight Ltd is registered in England and Wales.
    """),
     R("C300024", "estate", None, "window|clean",
       "Own e-mail -> Ryan (not the shared-landline rule). Corporate signature and a long confidentiality footer "
       "do not make it sensitive -> estate.")),

    (email_in("11-05 19:20", "hassan.warsame@example.net", "Hassan Warsame", "Re: ASB case ASB-26-0430", """
        Nobody has come back to me in three weeks. The word is still on the wall by the stairs and my wife is
        afraid to use them. I want to make a complaint.

        Hassan Warsame, Flat 8 Foundry Walk

        On Wed, 7 Oct 2026 at 16:00, Fairholme Estate Services <estates@fairholmehomes.example.org> wrote:
        > Dear Mr Warsame, we have opened ASB case ASB-26-0430 and reported the hate incident to the police.
        > The graffiti will be removed within 5 working days.
    """, thread="thr-asb-0430"),
     R("C300033", "complaint", None, "complain|graffiti|no response",
       "Complaint about the handling of his hate-incident case -> complaint, kept sensitive (asb accepted).",
       ASBC, sens=True)),

    (email_in("10-20 08:30", "office@thornhill-primary.example.org", "Thornhill Primary School", "Litter pick on the estate", """
        Dear Fairholme,

        Our Year 5 eco-club would like to do a litter pick on the Thornhill Gardens green on Friday 13 November.
        Could you lend us litter pickers and bags, and take the bags away afterwards?

        Mrs J. Hurst, Eco-club lead
        Thornhill Primary School | Safeguarding is everyone's responsibility.
    """),
     V("estate", None, "litter",
       "School asking about a litter pick; the safeguarding strapline is boilerplate -> review, estate.")),

    (email_in("10-27 15:10", "t.mbeki@yorkshire-probation.example.org", "Thandi Mbeki (Probation)", "Connor Walsh - arrears plan", """
        Dear Income Team,

        I supervise Mr Connor Walsh, 33 Moorside Crescent, S6 4RB, on a community order. He has asked me to help him
        sort out his rent arrears (about £520) and has signed the attached consent. He gets paid fortnightly on a
        Thursday and could manage £20 a fortnight. Could you set that up?

        Thandi Mbeki
        Probation Practitioner, Sheffield North
        This e-mail is classified OFFICIAL.
    """, to=RENT_BOX),
     R("C300048", "rent", None, "arrears|£20|plan",
       "Probation practitioner acting for a named tenant with consent -> Mr Walsh (review defensible). An arrears "
       "plan -> rent; being on a community order is not a safeguarding matter (sensitive defensible as "
       "offence data).", acc(REVOK, SENS))),

    (email_in("11-03 11:00", "outreach@leeds-womensaid.example.org", "Leeds Women's Aid - Outreach", "Leaflets for Ashgrove Court noticeboard", """
        Hello,

        Could we put a few of our posters and leaflet packs on the noticeboard in the Ashgrove Court entrance hall
        for the 16 Days of Action? Happy to drop them off at your Leeds office.

        Outreach Team, Leeds Women's Aid
        Registered charity. This e-mail may contain confidential information.
    """),
     V("estate", None, "noticeboard|leaflet|poster",
       "Charity asking to use a noticeboard: a genuine request, not a disclosure -> review, estate (general "
       "defensible), not sensitive.", GEN)),

    (letter("11-04 09:00", {"name": "H. Birkett"}, """
        3 Thornhill Gardens, LS12 5EW

        Dear Sir or Madam,
        I wish to report that young men are gathering in the garages behind my house most nights and smoking what
        I believe are drugs. There is shouting and broken glass in the mornings. I would rather not be named, I am
        86 and live alone and they know my house.
        Yours faithfully,
        H. Birkett
    """, to=LEEDS_OFFICE),
     A("asb", None, "drug|garage|young men",
       "Letter from a known tenant reporting others' drug use and asking not to be named -> anonymous, asb "
       "(record against Mr Birkett defensible).", REC("C300045"))),

    (letter("11-05 09:00", {"name": "Margaret Holroyd"}, """
        7 Hollin Park Road, LS8 3QT

        Dear Sirs,
        I have lost my rent payment card. Please send me a new one, and in large print please the letter that comes
        with it. I pay at the post office every Monday.
        Yours faithfully,
        M. Holroyd
    """),
     R("C300001", "rent", None, "payment card|rent",
       "Scanned letter, name and address match one tenant -> Mrs Holroyd (review defensible); payment card -> "
       "rent.", REVOK)),

    (chat("10-31 23:40", {"name": "Anonymous"}, """
        Form: Report ASB (anonymous)
        Visitor: The man at 47 Weavers Row revs his car outside at 3am every night and shouts at anyone who complains. Last week he kicked my bin over and said I'd be next.
    """, anon=True),
     A("asb", None, "car|shout|threat",
       "Anonymous-flagged ASB form -> anonymous, asb.")),

    (chat("11-01 10:05", {"email": "sam.osei@example.net", "name": "Anonymous"}, """
        Form: Report a problem (anonymous)
        Visitor: Someone has dumped a mattress and two bags of rubbish behind the garages at Ashgrove Court, it's been there a week.
    """, anon=True),
     A("estate", None, "mattress|dump|fly",
       "Anonymous flag set, so anonymous even though the e-mail is a tenant's; fly-tipping -> estate, not "
       "sensitive.")),

    (call_in("11-09 15:30", "+447700900313", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, it's Victoria Pemberton, 14 Moorside Crescent. I'm thinking about a mutual exchange with my sister's friend in Rotherham. How does it work?
        Agent: You both apply, we do checks on both tenancies and inspect both homes. It takes about six weeks.
        Caller: Is my rent account okay? I don't want that to hold it up.
        Agent: It's clear, and there's nothing else outstanding.
        Caller: Good, and the noise next door's stayed sorted since your lot closed that case, so I'm not running away from anything! I just want to be near my sister.
        Agent: Ha, good to hear. I'll e-mail you the forms.
    """, dur=360),
     R("C300013", "tenancy", None, "mutual exchange",
       "Long call about a mutual exchange; the closed noise case is mentioned only as resolved -> tenancy, not "
       "sensitive (lettings defensible).", LET)),

    (wa_in("11-10 12:20", "+447700900317", "Chloe", """
        [12:01] Chloe: hiya my first UC payment came in today, can I pay the £5 off the arrears now?
        [12:06] Fairholme: Hi Chloe, yes, you can pay by card on 0113 496 0000 or online with your reference.
        [12:15] Chloe: done online 👍
    """),
     R("C300017", "rent", None, "universal credit|uc|arrears|£5",
       "First arrangement payment after UC -> rent.")),
]


def main() -> int:
    avoid = [f"train{n}.jsonl" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10)]
    if (HERE / "train11.jsonl").exists():
        avoid.append("train11.jsonl")
    avoid += ["heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl"]
    return corpus_tools.build(ITEMS, avoid)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build a fourth labelled training split (deterministic; writes only train4.jsonl / train4.expected.jsonl).

    python tests/corpus/build_train4.py

Same formats, directory and label conventions as README.md; the envelope helpers, validator and coverage
report are reused from build_train3.py (imported, not copied). Every message below is written by hand for
this split. Ids are hashed from the event content with the salt "train4" and checked for uniqueness against
train.jsonl, train2.jsonl, train3.jsonl and the shared samples.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

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


# ============================================================================================
# Repairs (inside the home and the fabric of blocks), including emergencies phrased in new ways
# ============================================================================================
ITEMS += [
    (sms_in("10-02 07:14", "+447700900344", """
        Morning, back door lock has jammed solid, key turns about halfway and stops. Cant lock up when I go to work.
        Megan 4 Beckside
    """),
     R("C300044", "repairs", None, "lock|door", "Known mobile; jammed back-door lock -> routine locksmith repair.")),

    (call_in("10-03 02:37", "+441134960301", """
        Agent: Fairholme out of hours, this is Craig.
        Caller: Hello, it's Mrs Holroyd, 7 Hollin Park Road. I'm ever so sorry to ring so late. There's a fizzing noise coming from the socket behind my bed and it smells hot, like burnt plastic.
        Agent: Please don't touch it, Mrs Holroyd. Can you switch off at the fuse box by the front door if it's safe to reach?
        Caller: My neighbour's lad has just done it for me. It's all dark now.
        Agent: Good. I'm sending the emergency electrician, they'll be with you within two hours.
    """, to=OOH, dur=212),
     R("C300001", "repairs", "emergency", "socket|burn|electric",
       "Known landline; fizzing, hot-smelling socket (electrical fire risk) -> emergency electrical repair.")),

    (wa_in("10-04 18:22", "447700900306", "Agnieszka", """
        Dzień dobry, w łazience od wczoraj nie działa wentylator, w ogóle się nie włącza razem ze światłem. Czy
        można wysłać elektryka? Mieszkanie 2, Ashgrove Court.
    """),
     R("C300006", "repairs", None, "fan|extractor|bathroom",
       "Polish: 'since yesterday the bathroom fan doesn't work at all, doesn't come on with the light; can you send an "
       "electrician?' Known number; no damp described -> routine electrical repair.")),

    (email_in("10-05 11:48", "marcus.bell@example.com", "Marcus Bell", "Ceiling coming down in back bedroom", """
        Hi,

        A big piece of plaster has dropped off the ceiling in my back bedroom overnight, about the size of a tea tray,
        and the bit around it is bowing down and cracking. It landed right next to my son's cot. We've moved him into
        our room and shut the door but I'm worried more is going to come down.

        12 Thornhill Gardens. I'm in all day.

        Marcus Bell
        Sent from my phone
    """, to=REPAIRS_BOX),
     R("C300060", "repairs", "emergency", "ceiling|plaster",
       "Known e-mail; sagging ceiling shedding plaster next to a child's cot (structural danger) -> emergency repair.",
       NOHZ)),

    (chat("10-06 12:05", {"name": "Kev"}, """
        Visitor: hi my radiators upstairs are only warm at the bottom and stone cold at the top
        Agent (Priya): Hi Kev, that usually means they need bleeding. Can I take your address please?
        Visitor: im at my mums really, i'm not on the tenancy. She's in hospital til next week
        Agent (Priya): No problem, could you give me her name and address so we can log it against the right home?
        Visitor: ill get her to ring when shes out, just wanted to know if its a job for you lot
    """),
     V("repairs", None, "radiator|bleed|heating",
       "Webchat with only a first name; relative of an unnamed tenant, no address -> review; cold radiators -> repairs.")),

    (visit("10-07 09:30", {"name": "Plumber (D. Kershaw)"}, cust("C300013"), "appointment", "attended", """
        Attended 14 Moorside Crescent re dripping kitchen tap. Replaced cartridge on mixer tap and resealed base.
        Also noticed bath panel split at one end - tenant asked for it to be replaced, new job raised for carpenter.
    """),
     R("C300013", "repairs", None, "tap|bath panel",
       "Operative visit note, attended -> record against the tenant; tap repaired and follow-on carpentry job.")),

    (call_out("10-07 15:10", "+447700900335", "Repairs scheduling", "completed", dur=44, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Agent: Hi, this message is for Dean Sykes, it's Fairholme repairs. We need to rebook the joiner for your
        wardrobe door, the appointment on the 9th has been cancelled because he's off sick. Please ring us back on
        0113 496 0000. Thanks.
    """),
     R("C300035", "repairs", None, "joiner|rebook|appointment",
       "Outbound voicemail rebooking a cancelled joinery appointment -> record against the callee; repairs.", GEN)),

    (tg_in("10-08 06:50", "8912345670", "Connor", """
        water pouring thru the kitchen light fitting from upstairs flat. turned the lights off at the switch. the ceiling
        is all bulging. 33 moorside
    """),
     R("C300048", "repairs", "emergency", "water|light|ceiling",
       "Linked Telegram id; water coming through a light fitting with a bulging ceiling -> emergency leak/electrical repair.")),

    (sms_in("10-08 19:40", U4(1), """
        Hi the communal front door at Foundry Walk wont shut, the closer arm is snapped and its banging in the wind.
        Anyone can walk in. I live in flat 6
    """),
     V("repairs", None, "door|closer",
       "Unknown mobile giving a flat number but no name -> review; broken door closer on the block entrance -> repairs "
       "(estate defensible).", EST)),

    (letter("10-09 09:00", {"name": "Mr H. Birkett"}, """
        3 Thornhill Gardens
        Leeds LS12 5EW

        Dear Fairholme,

        The cord to pull the light on in my bathroom has snapped off inside the switch and I cannot get the light to
        come on. I have been managing with a torch. I am 84 and do not like going in there in the dark. Please could
        an electrician come at your earliest convenience. I am nearly always in.

        Yours sincerely,
        Harold Birkett
    """),
     R("C300045", "repairs", None, "pull cord|light|bathroom",
       "Name + address -> C300045; broken bathroom pull-cord switch -> routine electrical repair.")),

    (wa_in("10-10 14:03", "447700900333", "Hassan", """
        Salaan. Musqusha biyaha ka soo daadanaya ayaa jira, tubada hoose ee saxanka. Biyo yar oo sagxadda ku jira.
        Fadlan qof soo dir. Flat 8 Foundry Walk. Hassan
    """),
     R("C300033", "repairs", None, "leak|sink|pipe",
       "Somali: 'there is a leak from the pipe under the sink, a little water on the floor; please send someone.' "
       "Known number -> routine plumbing repair.")),

    (portal("10-12 10:20", {"customer_ref": "C300020", "email": "beth.cole@example.com", "name": "Bethany Cole"},
            "Report a repair", """
        Form: Report a repair
        Room: Living room
        Item: Window
        Description: The window restrictor on the big living room window has broken so it swings right open. I'm on
        the 2nd floor and have a toddler, so I've taped it shut for now.
        Access: mornings
    """),
     R("C300020", "repairs", None, "restrictor|window",
       "Portal form with customer ref; broken window restrictor, taped shut by tenant -> urgent glazing repair "
       "(emergency defensible).", EMG)),

    (call_in("10-13 08:05", "+447700900343", """
        Agent: Repairs line, Tom speaking.
        Caller: Hi Tom, it's Aisha at 27 Weavers Row. The engineer came yesterday for the boiler and said he'd be back with a part. He never said when.
        Agent: Let me look. Yes, the diverter valve is on order, due Thursday, and the job is booked for Friday morning.
        Caller: OK and I've still got the heating, just no hot water from the taps?
        Agent: That's right. I'll text you the slot.
    """, dur=118),
     R("C300043", "repairs", None, "boiler|part|hot water",
       "Known mobile; chasing a boiler part and follow-on appointment -> repairs.")),

    (visit("10-14 13:00", {"name": "Multi-trade operative (L. Fenwick)"}, cust("C300058"), "appointment", "no_access", """
        Called 13:00 to refit loose stair spindles at 15 Beckside Mews. No answer, card left. Neighbour said he might
        be at the hospital today. Calling card asks him to ring to rebook.
    """),
     R("C300058", "repairs", None, "no access|card|spindle",
       "Operative no-access visit -> record against the tenant; repairs.")),

    (email_in("10-15 21:30", "t.okoro.home@example.net", "Tunde", "Letterbox", """
        hello, the letterbox flap on the front door of the flat has fallen off and there's a draught coming in. can you
        sort it. thanks
    """, to=REPAIRS_BOX),
     V("repairs", None, "letterbox|door",
       "E-mail not in the directory, no address -> review; broken letterbox flap -> repairs.")),

    (sms_in("10-16 16:45", "+447700900351", """
        no hot water or heating since this morning, the boiler keeps showing F28. my mum lives with me, shes 91 and on
        oxygen. its freezing in here. Yasmin 36 Thornhill
    """),
     R("C300051", "repairs", "emergency", "boiler|heating|hot water",
       "Known mobile; total loss of heating and hot water with a frail, oxygen-dependent occupant -> emergency.")),

    (tg_in("10-18 11:12", "6230118845", "Andrei", """
        Salut. Ușa de la baie s-a umflat și nu se mai închide deloc, trebuie rindeluită. Nu e urgent. Mulțumesc.
    """),
     R("C300014", "repairs", None, "door|bathroom",
       "Romanian: 'the bathroom door has swollen and won't close at all, needs planing; not urgent.' Linked Telegram id "
       "-> routine joinery.")),

    (call_out("10-19 10:40", "+447700900319", "Gas servicing", "no-answer"),
     R("C300019", "repairs", None, ATTEMPT, "Attempted outbound call from gas servicing, no answer -> record; any "
       "category.", ANY)),

    (email_in("10-20 08:10", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "RE: Level access shower - date?", """
        Hi Jo,

        Thanks for the update. Could you let me know if the builder is still starting on the 2nd? I need to arrange
        for my carer to take me to my sister's while the bathroom is out.

        Lorraine

        -----Original Message-----
        From: Jo Hartley (Adaptations)
        Sent: 12 October 2026 15:02
        Subject: Level access shower - date?

        Dear Ms Kettlewell, the contractor has confirmed they can fit your level-access shower in early November.
        I'll confirm the exact start date as soon as I have it.
    """),
     R("C300008", "repairs", None, "shower|adaptation|start",
       "Known e-mail; chasing the start date of a level-access shower adaptation -> repairs (general defensible).", GEN)),

    (wa_in("10-21 20:15", "447700900356", "Ahmed", """
        مساء الخير، رائحة غاز قوية عند الطباخ منذ نصف ساعة. فتحت الشبابيك. ماذا أفعل؟ 50 ويفرز رو
    """),
     R("C300056", "repairs", "emergency", "gas|smell",
       "Arabic: 'strong smell of gas by the cooker for half an hour; I opened the windows, what do I do?' Known number "
       "-> emergency (gas).")),
]

# ============================================================================================
# Damp and mould (always hazard damp_mould unless an emergency) vs leaks that are plain repairs
# ============================================================================================
ITEMS += [
    (sms_in("10-02 12:30", "+447700900317", """
        The black stuff is back on the bedroom wall behind the wardrobe, worse than last year. My little girl keeps
        coughing at night. Chloe 30 Weavers Row
    """),
     R("C300017", "damp_mould", "damp_mould", "mould|bedroom",
       "Known mobile; recurring black mould in a child's bedroom -> damp_mould.")),

    (email_in("10-03 10:15", "grace.adeyemi@example.com", "Grace Adeyemi", "Condensation on windows every morning", """
        Good morning,

        Every morning the bedroom and kitchen windows are absolutely streaming with water and it's pooling on the sills.
        The silicone round the frames has gone spotty and black and the curtains smell musty. I open the windows
        and wipe them down but it's back the next day.

        Could somebody come and look at the ventilation in the flat please?

        Kind regards
        Grace Adeyemi
        Flat 2 Foundry Walk
    """),
     R("C300036", "damp_mould", "damp_mould", "condensation|mould|window",
       "Known e-mail; heavy condensation with mould on seals and curtains -> damp_mould.")),

    (call_in("10-05 17:20", "+447700900310", """
        Agent: Fairholme Homes, Ben speaking.
        Caller: Hello, I am Hodan, flat 12 Ashgrove. My English is not so good. The wall in the baby room, is green and black, and wet when I touch.
        Agent: Thank you Hodan. Is it on the outside wall, by the window?
        Caller: Yes, by window, and the corner by ceiling.
        Agent: I'll book a damp and mould inspection and arrange a Somali interpreter for the visit.
    """, dur=196),
     R("C300010", "damp_mould", "damp_mould", "mould|wall|wet",
       "Known mobile; wet, mouldy outside wall in a baby's room -> damp_mould; interpreter needed.")),

    (wa_in("10-06 09:02", "447700900332", "Zofia", """
        Dzień dobry. Na suficie w łazience pojawiła się czarna pleśń, a w sypialni ściany są wilgotne i odpada farba.
        Czuć stęchliznę w całym mieszkaniu. Zofia Kamińska, mieszkanie 5.
    """),
     R("C300032", "damp_mould", "damp_mould", "mould|damp|ceiling",
       "Polish: 'black mould on the bathroom ceiling, bedroom walls damp with paint peeling, musty smell throughout.' "
       "Known number -> damp_mould.")),

    (sms_in("10-07 18:55", U4(2), """
        hi mould all over the kids room ceiling n its on there clothes in the wardrobe now. been told to wipe it with
        bleach but its not working. 47 thornhill gardens
    """),
     V("damp_mould", "damp_mould", "mould|ceiling|clothes",
       "Unknown mobile and an address not in the directory -> review; spreading mould in a child's room -> damp_mould.")),

    (visit("10-08 10:00", {"name": "Damp surveyor (M. Achterberg)"}, cust("C300028"), "appointment", "attended", """
        Inspected 10 Thornhill Gardens. Rising damp to front room chimney breast, readings 28% at 300mm. Blown plaster,
        salt bloom. Mould to rear bedroom window reveal. Recommend chemical DPC and replaster; mould wash and PIV unit.
        Works order raised. Tenant advised on heating and ventilation meanwhile.
    """),
     R("C300028", "damp_mould", "damp_mould", "damp|plaster|mould",
       "Surveyor visit note, attended; rising damp and mould confirmed with works ordered -> damp_mould.")),

    (tg_in("10-09 20:44", "4409987612", "Kwame", """
        Evening. Wall paper in the hall peeling off and the plaster behind it is soft and wet to touch, and there's
        a white fluffy stuff coming out. Is that mould?
    """),
     R("C300029", "damp_mould", "damp_mould", "damp|plaster|wall",
       "Linked Telegram id; wet plaster with efflorescence/mould in the hall -> damp_mould.")),

    (letter("10-10 09:00", {"name": "Mr R. Illingworth"}, """
        15 Beckside Mews
        Bradford BD4 7HA

        To whom it may concern,

        I must draw your attention again to the damp in my kitchen. The wall under the window is wet through,
        the skirting board is rotten and there are black spots on the back of the cupboards. I wrote in June and
        nobody has been. I have a chest complaint and this is not doing me any good.

        R. Illingworth
    """),
     R("C300058", "damp_mould", "damp_mould", "damp|kitchen|black",
       "Name + address -> C300058; kitchen damp and mould, earlier report unanswered -> damp_mould (complaint "
       "defensible).", CMP)),

    (call_out("10-12 09:15", "+447700900303", "Damp and mould team", "completed", dur=205, answered_by="human", transcript="""
        Agent: Hi Kelly, it's Gemma from the damp and mould team. We're following up the mould wash we did last month. How is the bathroom looking?
        Caller: It's started coming back round the top of the shower, little dots, not as bad as before.
        Agent: OK, I'll book the surveyor back in to look at the extractor and whether we need to treat again.
        Caller: Mornings are best.
    """),
     R("C300003", "damp_mould", "damp_mould", "mould|shower|surveyor",
       "Outbound follow-up call; mould returning after treatment -> damp_mould.")),

    (chat("10-13 13:41", {"email": "ioana.marin@example.net", "name": "Ioana"}, """
        Visitor: Buna ziua, pot scrie in romana?
        Agent (Dan): Buna ziua! Da, sigur.
        Visitor: Am mucegai negru in colturile din dormitor si pe fereastra. Copilul meu are astm. Puteti trimite pe cineva?
        Agent (Dan): Am inregistrat o inspectie pentru mucegai. Va sunam pentru o programare.
    """),
     R("C300025", "damp_mould", "damp_mould", "mould|bedroom|asthma",
       "Romanian webchat with the customer's e-mail: 'black mould in bedroom corners and on the window; my child has "
       "asthma.' -> damp_mould.")),

    (email_in("10-14 16:22", "kellybrannigan88@example.net", "Kelly Brannigan", "Leak from bath", """
        Hi, there's water coming from under the bath and through to the kitchen ceiling underneath, there's a wet
        patch the size of a plate. I've stopped using the bath. Can a plumber come please. Kelly, 15 Hollin Park Rd
    """, to=REPAIRS_BOX),
     R("C300003", "repairs", None, "bath|leak|ceiling",
       "Known e-mail; active leak from the bath staining the ceiling below, no mould -> repairs (damp_mould "
       "defensible).", {"category": ["damp_mould"], "hazard": ["damp_mould"]})),

    (wa_in("10-15 07:48", "447700900327", "Fatima", """
        Assalamualaikum. Ami Fatima Begum er chele likhchi. Amar ammar ghore deyale onek kalo dag, bhije bhije. Ammar
        shash kosto hoy. Please keu ese dekhen. 6 Thornhill Gardens.
    """),
     R("C300027", "damp_mould", "damp_mould", "mould|damp|breath",
       "Bengali in Roman script from the tenant's son: 'lots of black marks on my mum's bedroom wall, it's damp; she "
       "has trouble breathing.' Known number -> damp_mould.")),

    (sms_in("10-16 10:10", "+447700900350", """
        the damp guy came yday and sprayed the walls. smells lush now. ta. when are you doing the vent in the kitchen
        he said about?
    """),
     R("C300050", "damp_mould", "damp_mould", "vent|damp",
       "Known mobile; follow-on ventilation works from a damp treatment still outstanding -> damp_mould (hazard null "
       "defensible as the mould was treated).", NOHZ)),

    (fb_in("10-17 22:05", "fb:100090000401", "Sharon Wilde", """
        Is anyone going to answer my messages? The mould in my son's room is so bad he's sleeping on the settee.
        Flat 7 Ashgrove Court. Sharon
    """),
     V("damp_mould", "damp_mould", "mould|son",
       "Facebook display name with an address whose tenant is someone else (Flat 7 is C300008) -> review; severe mould "
       "-> damp_mould (complaint defensible).", CMP)),

    (visit("10-19 11:30", {"name": "Housing officer (S. Rahman)"}, cust("C300054"), "door_knock", "attended", """
        Tenancy check at Flat 3 Foundry Walk. Mould found to all bedroom ceilings and behind sofa; tenant drying washing
        on radiators as dryer broken. Discussed ventilation. Referred for damp survey; tenant says his daughter has
        chest infections. Interpreter by phone.
    """),
     R("C300054", "damp_mould", "damp_mould", "mould|ceiling|survey",
       "Housing officer door knock, attended; mould found and referred for survey -> damp_mould.")),

    (call_in("10-21 14:30", "+441144960322", """
        Agent: Fairholme Homes, you're speaking to Alex.
        Caller: Hi, it's about the damp in the back bedroom, we've got mushrooms growing out of the carpet by the wall now.
        Agent: Oh dear. Can I take your name?
        Caller: It's Mr Hussain, 8 Moorside.
        Agent: Is that Tariq or ...?
        Caller: Sorry got to go, the kids... I'll ring back.
    """, to=SHEFF, dur=61),
     V("damp_mould", "damp_mould", "damp|fungus|mushroom|carpet",
       "Shared Hussain landline, caller only 'Mr Hussain' (Tariq not confirmed) -> review (record against C300012 "
       "defensible); fungus growing from carpet -> damp_mould.",
       {"action": ["record"], "customer_ref": ["C300012"]})),

    (sms_in("10-22 08:33", "+447700900359", """
        mould on the ceiling in the bathroom has come back AND now the ceiling is sagging n dripping brown water when it
        rains. worried it'll come down on someone
    """),
     R("C300059", "damp_mould", "emergency", "ceiling|mould|sagging",
       "Known mobile; mould plus a sagging, dripping ceiling at risk of collapse -> damp_mould with emergency hazard "
       "(repairs defensible).", {"category": ["repairs"], "hazard": ["damp_mould"]})),

    (email_out("10-23 09:40", INBOX, "hodan.abdi@example.com", "Hodan Abdi", "Your mould inspection", """
        Dear Hodan,

        Following your call, a damp and mould surveyor will visit Flat 12 Ashgrove Court on 27 October between 9am and
        1pm. A Somali interpreter will attend with them. Please keep the bedroom accessible.

        Kind regards,
        Damp and Mould Team
        Fairholme Homes
    """),
     R("C300010", "damp_mould", "damp_mould", "surveyor|mould|inspection",
       "Outbound one-to-one e-mail confirming a mould inspection -> record; damp_mould with live hazard.")),

    (ig_in("10-26 19:12", "@beckside_jay", "Jay", """
        Hey can u DM me back please. there's mould on every windowsill in my house n my landlord is u lot. beckside mews
    """),
     V("damp_mould", "damp_mould", "mould|window",
       "Instagram handle with street only, no house number -> review; mould on windowsills -> damp_mould.")),

    (portal("10-28 15:50", {"customer_ref": "C300040", "email": "owen.pritchard@example.com", "name": "Owen Pritchard"},
            "Damp and mould", """
        Form: Report damp or mould
        Where: Bedroom, behind the bed and in the wardrobe
        How long: about 3 weeks
        Anyone in the household with health conditions: no
        Description: Grey-green mould on the wall behind the headboard and on shoes at the bottom of the wardrobe.
        Wall feels cold and damp.
    """),
     R("C300040", "damp_mould", "damp_mould", "mould|wardrobe|bedroom",
       "Portal damp form with customer ref -> damp_mould.")),
]

# ============================================================================================
# Rent (payments, arrears, Universal Credit housing costs, charges) vs general money questions
# ============================================================================================
ITEMS += [
    (sms_in("10-02 09:20", "+447700900331", """
        Can I move my direct debit to the 15th instead of the 1st? my wages changed. Nathan
    """),
     R("C300031", "rent", None, "direct debit|date", "Known mobile; changing the rent direct-debit date -> rent.")),

    (call_in("10-03 11:45", "+447700900341", """
        Agent: Income team, Hannah speaking.
        Caller: Buna ziua... hello. Natalia Rusu, flat 15 Calder Court. I have letter saying I owe 640 pound. I don't understand, I pay every month.
        Agent: Let me check. Your Universal Credit housing element stopped in August when you changed jobs, so only your part has come in.
        Caller: Oh. I did not know. What I must do?
        Agent: Report the change on your journal and I'll set up a plan for the 640 so nothing escalates.
    """, dur=322),
     R("C300041", "rent", None, "arrears|universal credit|owe",
       "Known mobile; arrears from a stopped UC housing element and a repayment plan -> rent.")),

    (email_in("10-05 08:02", "paul.greenwood@example.com", "Paul Greenwood", "Rent statement please", """
        Morning,

        Could you send me a rent statement covering April to September? The council want it for my council tax
        reduction claim.

        Cheers,
        Paul Greenwood
        2 Beckside Mews

        --
        Paul Greenwood | Site Manager
        Greenwood Groundworks Ltd | 020 7946 0326
    """, to=RENT_BOX),
     R("C300026", "rent", None, "statement|rent",
       "Known e-mail; request for a rent statement -> rent (general defensible).", GEN)),

    (wa_in("10-06 20:31", "447700900354", "Abdirahman", """
        Salaan walaal. Kirada bishan waxaan bixin doonaa todobaadka soo socda, mushaharka ayaa dib u dhacay. Waan ka
        xumahay. Abdirahman, flat 3 Foundry Walk
    """),
     R("C300054", "rent", None, "rent|pay|late",
       "Somali: 'I will pay this month's rent next week, my wages are delayed, sorry.' Known number -> rent.")),

    (sms_out("10-07 10:00", "+447700900324", """
        Hi Ryan, it's Shona from Fairholme income team. Your account is now 2 weeks behind. Can you give me a ring
        today on 01632 960000 so we can sort a plan out? Thanks
    """, sender="Shona (Income team)"),
     R("C300024", "rent", None, "behind|arrears|plan",
       "Outbound one-to-one text about arrears to Ryan's mobile -> record against C300024; rent.")),

    (chat("10-08 15:15", {"name": "Leon"}, """
        Visitor: how do i pay my rent online, cant find it on the website
        Agent (Sunita): Hi Leon, you can pay through the tenant portal or by phone on our automated line. Do you have your tenancy number?
        Visitor: nah its at home, i'll find it. ta
    """),
     V("rent", None, "pay|rent|online",
       "Webchat first name only -> review; how to pay rent online -> rent (general defensible).", GEN)),

    (letter("10-09 09:00", {"name": "Eileen Dawson"}, """
        25 Thornhill Gardens
        LS12 5EW

        Dear Sirs,

        I enclose a cheque for £85.40 which the letter said I was short on my rent after the increase. My daughter
        will set up the new amount with the bank. I have always paid on time and I am sorry for the trouble.

        Mrs E. Dawson
    """),
     R("C300030", "rent", None, "cheque|rent|increase",
       "Name + address -> C300030; cheque for a shortfall after the rent increase -> rent.")),

    (tg_in("10-10 19:00", "7781200943", "Stuart", """
        Why has my rent gone up by £4 a week when the letter in April said it was fixed for the year? Is that the
        service charge for the new door entry?
    """),
     R("C300021", "rent", None, "service charge|rent|increase",
       "Linked Telegram id; query about a rent/service charge increase -> rent (complaint defensible).", CMP)),

    (call_out("10-12 13:30", "+447700900353", "Income team", "busy"),
     R("C300053", "rent", None, ATTEMPT, "Attempted outbound call from the income team, line busy -> record; any "
       "category.", ANY)),

    (email_in("10-13 12:12", "case.worker@citizensadvice-wf.example.org", "Wakefield Citizens Advice", "Client: John Smith, Flat 14 Calder Court", """
        Dear Income Team,

        We are assisting Mr John Smith of Flat 14 Calder Court, WF1 3DX, who has received a notice seeking possession
        for rent arrears. He has signed the attached authority for us to discuss his account. We are applying for a
        Discretionary Housing Payment and ask that you hold any further action for 28 days.

        Regards,
        Marie Thwaite, Debt Adviser
    """, to=RENT_BOX),
     R("C300046", "rent", None, "arrears|possession|discretionary",
       "Adviser acting for a named tenant with street address (Flat 14 Calder Court distinguishes the two John Smiths) "
       "-> C300046; arrears and NOSP -> rent (review defensible).", REVOK)),

    (wa_in("10-14 08:40", "447700900309", "Imran", """
        Bhai mera rent account mein £200 credit dikha raha hai. Kya mujhe refund mil sakta hai? Imran flat 9
    """),
     R("C300009", "rent", None, "credit|refund|rent",
       "Urdu in Roman script: 'my rent account shows £200 credit, can I get a refund?' Known number -> rent.")),

    (sms_in("10-15 22:18", U4(3), """
        hi ive lost my job and cant pay the rent this week. what happens now will i get kicked out. i have 2 kids
    """),
     V("rent", None, "rent|pay|job",
       "Unknown mobile, no name -> review; can't pay rent after job loss -> rent (safeguarding-free).")),

    (visit("10-16 14:00", cust("C300019"), BRADFORD_OFFICE, "walk_in", "attended", """
        Mr Naylor came in to pay £120 cash towards arrears at the PayPoint desk and asked for a breakdown of what he
        still owes. Printed statement given; balance £312.
    """, direction="inbound"),
     R("C300019", "rent", None, "arrears|statement|pay",
       "Walk-in at the office -> record; arrears payment and statement -> rent.")),

    (email_in("10-19 09:55", "sam.osei@example.net", "Sam Osei", "Housing benefit letter", """
        Hi,

        I got a letter from the council saying they've overpaid my housing benefit and they'll take it from the money
        they send you. Does that mean my rent account will go into arrears? I'm a bit confused by it.

        Sam
    """),
     R("C300007", "rent", None, "housing benefit|overpaid|arrears",
       "Known e-mail; housing-benefit overpayment recovery affecting the rent account -> rent.")),

    (call_in("10-20 10:25", "+441134960357", """
        Agent: Fairholme, Asha speaking.
        Caller: Dzień dobry, Tomasz Nowak, 40 Hollin Park. I want to pay two months rent by card now, is possible?
        Agent: Of course, I'll put you through to the payment line. Can I confirm the amount?
        Caller: Both months, whatever it is.
    """, dur=97),
     R("C300038", "rent", None, "pay|card|rent",
       "Shared Nowak landline but the caller names himself (Tomasz) -> C300038; card payment for rent -> rent.")),

    (fb_in("10-21 12:44", "fb:100090000402", "Dee Marsden", """
        Your rent line has been engaged all morning and the portal won't take my card. Sick of it. How am I supposed
        to pay?
    """),
     V("rent", None, "rent|pay|card",
       "Facebook display name only -> review; unable to pay rent through the usual routes -> rent (complaint "
       "defensible).", CMP)),

    (sms_in("10-23 13:05", "+447700900339", """
        Hello. I am deaf so please text not call. Rent letter says arrears £96 but I paid on 2nd. Please check.
        Shirley Baxter
    """),
     R("C300039", "rent", None, "arrears|paid|check",
       "Known mobile; disputed arrears balance, text-only communication -> rent.")),

    (email_out("10-26 11:00", RENT_BOX, "priya.chauhan@example.com", "Priya Chauhan", "Your payment arrangement", """
        Dear Ms Chauhan,

        Thank you for speaking to me today. As agreed, you will pay your weekly rent of £112.60 plus £10 a week
        towards the arrears of £380 from next Monday. I will review the arrangement in three months.

        Kind regards,
        Ravi Mistry
        Income Officer, Fairholme Homes
    """),
     R("C300047", "rent", None, "arrangement|arrears|pay",
       "Outbound one-to-one e-mail confirming an arrears arrangement -> rent.")),

    (wa_in("10-29 18:02", "447700900352", "Bogdan", """
        Bună. Am plătit chiria de două ori luna asta din greșeală, o dată cu cardul și o dată prin bancă. Puteți să
        mutați banii pe luna viitoare? Bogdan, 19 Beckside
    """),
     R("C300052", "rent", None, "rent|paid|twice",
       "Romanian: 'I paid the rent twice this month by mistake; can you carry it over to next month?' Known number -> rent.")),

    (email_in("11-02 14:14", "m.alrashid@example.org", "Mohammed Al-Rashid", "Council tax", """
        Hello, my council tax bill has gone up and I don't understand the band. Who do I speak to about it?
        Mohammed
    """),
     R("C300018", "general", None, "council tax",
       "Known e-mail; council tax is not rent owed to the landlord -> general signposting (rent defensible).", RENT)),
]

# ============================================================================================
# Anti-social behaviour (always sensitive); anonymous reporters
# ============================================================================================
ITEMS += [
    (sms_in("10-03 01:12", "+447700900320", """
        Flat above me (Calder Court) has had music on full blast since 10pm, bass is shaking my windows. Third time this
        week. I've got work at 7. Beth flat 3
    """),
     R("C300020", "asb", None, "music|noise", "Known mobile; repeated late-night loud music from a neighbour -> asb.")),

    (email_in("10-04 10:30", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Please don't share my name", """
        Hello,

        I want to report that people are coming and going from a flat on the ground floor of Ashgrove Court at all
        hours, usually for two minutes at a time, and there is a strong smell of cannabis in the stairwell. I'm
        frightened of them finding out it was me so please keep this anonymous.

        S.
    """, to=ASB_BOX, anon=True),
     A("asb", None, "drug|cannabis|dealing|visitors",
       "Known e-mail but anonymity requested -> anonymous; suspected drug dealing -> asb.")),

    (call_in("10-05 19:50", "+447700900311", """
        Agent: Fairholme Homes, Liam speaking.
        Caller: Hi, Amina Hussain, 8 Moorside Crescent. The lads next door have been throwing eggs at our door again and shouting names at my daughter when she walks home from school. It's racist stuff.
        Agent: I'm really sorry. Have you reported it to the police?
        Caller: Yes, we've got a crime number. I want you to do something about their tenancy.
        Agent: I'll open an ASB case now and your housing officer will call you tomorrow.
    """, dur=288),
     R("C300011", "asb", None, "racist|harass|eggs",
       "Known mobile (Amina's own); racially motivated harassment by neighbours -> asb.")),

    (wa_in("10-06 23:10", "447700900325", "Ioana", """
        Vecinul de la nr 14 a lovit din nou cu pumnul în ușa mea și a strigat că mă omoară. Mi-e frică. Am sunat la
        poliție. Ioana, 12 Beckside Mews
    """),
     R("C300025", "asb", None, "threat|neighbour|police",
       "Romanian: 'the neighbour at no. 14 punched my door again and shouted he will kill me; I'm scared; I called the "
       "police.' Known number -> asb (safeguarding defensible).", {"category": ["safeguarding"]})),

    (tg_in("10-08 22:30", "5120034471", "Agnieszka", """
        Proszę nie podawać mojego nazwiska. Mężczyzna z mieszkania 1 cały czas pali na klatce schodowej i zostawia
        strzykawki przy śmietnikach. Dzieci się tam bawią.
    """, anon=True),
     A("asb", None, "syringe|needle|smoking",
       "Polish, anonymity requested ('please don't give my name'): man from flat 1 smokes in the stairwell and leaves "
       "syringes by the bins where children play -> anonymous asb (estate defensible).", EST)),

    (fb_in("10-09 14:25", "fb:100090000403", "Concerned Neighbour", """
        Please message me privately. There are kids on motorbikes tearing up the field behind Thornhill Gardens every
        night, nearly hit a toddler today. I don't want my name known.
    """, anon=True),
     A("asb", None, "motorbike|field",
       "Facebook, anonymity requested -> anonymous; nuisance off-road bikes -> asb (estate defensible).", EST)),

    (visit("10-10 10:00", {"name": "ASB officer (K. Dunn)"}, cust("C300042"), "appointment", "attended", """
        Met Mr Barraclough re ongoing dog barking from no. 8. Reviewed his noise diary (14 entries) and the app
        recordings. Agreed to send a warning letter to the neighbour and install noise monitoring for two weeks.
    """),
     R("C300042", "asb", None, "dog|barking|diary", "ASB officer visit note, attended -> record; barking dog case -> asb.")),

    (sms_in("10-11 17:05", U4(4), """
        Someone keeps keying cars in the car park at Foundry Walk, my car done twice now. Theres cctv on the building
        can u check it
    """),
     V("asb", None, "car|cctv|damage",
       "Unknown mobile -> review; repeated vandalism to cars -> asb (estate defensible).", EST)),

    (call_out("10-12 11:00", "+447700900357", "ASB team", "completed", dur=240, answered_by="human", transcript="""
        Agent: Hi Tracey, it's Kim from the ASB team, ringing with an update on the shouting from flat 8.
        Caller: It's been quieter since you went round to be fair.
        Agent: Good. We've given them an acceptable behaviour contract. Keep the diary going and let me know if it starts again.
        Caller: Will do, thanks Kim.
    """),
     R("C300057", "asb", None, "behaviour contract|diary|update",
       "Outbound ASB case update call -> record; asb.")),

    (email_in("10-13 08:45", "hubnoise.report@example.com", "", "Noise", """
        There is constant banging and arguing coming from 19 Beckside Mews late at night. It needs sorting.
    """, to=ASB_BOX),
     V("asb", None, "noise|banging|arguing",
       "Unknown e-mail, no name -> review; nuisance noise reported against an address -> asb (safeguarding "
       "defensible as arguing could be domestic).", {"category": ["safeguarding"]})),

    (wa_in("10-14 20:40", "447700900343", "Aisha", """
        Salaam, the man at 25 Weavers keeps parking his van across my drive on purpose and when I asked him to move he
        swore at me and said he'd slash my tyres. Aisha 27 Weavers Row
    """),
     R("C300043", "asb", None, "threat|van|parking",
       "Known number; intimidation and threats from a neighbour over parking -> asb (estate defensible).", EST)),

    (letter("10-15 09:00", {"name": "Mrs P. Lumb"}, """
        3 Weavers Row
        Bradford
        BD3 9PL

        Dear Housing Officer,

        I wish to complain about the people at number 5. They have three large dogs which are left in the back garden
        all day. The mess is piling up and the smell comes into my kitchen, and the dogs throw themselves at the fence
        when I go out to the line. I am frightened of them. As you know I am hard of hearing so please write back.

        Patricia Lumb
    """),
     R("C300016", "asb", None, "dog|garden|smell",
       "Name + address -> C300016; nuisance from a neighbour's dogs and fouling -> asb (the word 'complain' is about the "
       "neighbour, not the service).", {"category": ["complaint"]})),

    (ig_in("10-16 21:55", "@hpr_residents", "Hollin Park Residents", """
        Another car set on fire on Hollin Park Road tonight. When are Fairholme going to do something about the gangs
        round here? #hollinpark
    """),
     I("Public social post with a hashtag, asks for nothing one-to-one -> ignore (review / asb defensible).",
       {"action": ["review"], "category": ["asb"], "sensitive": [True]})),

    (chat("10-17 16:00", {"name": "Anonymous"}, """
        Visitor: I don't want to give my name. There's a lot of fighting at flat 16 Ashgrove, screaming and things being thrown. Happens most weekends.
        Agent (Priya): Thank you for telling us, you don't need to give your name. Is anyone in immediate danger right now?
        Visitor: Not right now. Last night was bad though.
        Agent (Priya): I'll pass this to our team to look into. If it happens again and you think someone's in danger please call 999.
    """, anon=True),
     A("safeguarding", None, "fighting|screaming|flat",
       "Anonymous webchat; weekly violent disturbances at a flat with possible domestic abuse -> safeguarding (asb "
       "defensible).", {"category": ["asb"]})),

    (sms_in("10-19 07:30", "+447700900303", """
        whoever is in 13 hollin park has left 6 black bags and a broken pram against my fence for a week now and theyre
        ripping open. Ive asked them nicely twice. Kelly
    """),
     R("C300003", "estate", None, "bags|rubbish|fence",
       "Known mobile; neighbour's dumped waste against a fence -> estate (asb defensible).",
       {"category": ["asb"], "sensitive": [True]})),

    (call_in("10-20 21:05", "+447700900308", """
        Agent: Fairholme out of hours.
        Caller: Hi, Lorraine Kettlewell, flat 7 Ashgrove. Some teenagers have wedged the lift doors open on the ground floor and are smoking in it. I'm in a wheelchair and can't get up to my flat.
        Agent: I'm sorry Lorraine. I'll ask the mobile patrol to attend and get the lift released.
    """, to=OOH, dur=145),
     R("C300008", "asb", None, "lift|teenagers|smoking",
       "Known mobile; youths blocking the lift and smoking, disabled tenant unable to get home -> asb (repairs "
       "defensible).", REP)),

    (email_in("10-22 13:40", "connor.walsh@example.net", "Connor Walsh", "Neighbour CCTV pointing into my garden", """
        Hi,

        The neighbour at 35 has put a camera on his back wall which points straight into my garden and my daughter's
        bedroom window. I've asked him to move it and he just laughed. Is he allowed to do that?

        Connor
    """),
     R("C300048", "asb", None, "camera|cctv|neighbour",
       "Known e-mail; neighbour's intrusive CCTV -> asb (tenancy defensible as a permissions issue).", TEN)),

    (wa_in("10-24 15:20", U4(5), "Marek", """
        Dzień dobry, sąsiad z góry codziennie wyrzuca niedopałki i resztki jedzenia z balkonu na mój balkon. Calder
        Court. Marek
    """),
     V("asb", None, "balcony|neighbour",
       "Polish from an unknown number with a first name only: 'the upstairs neighbour throws cigarette ends and food "
       "from the balcony onto mine every day.' -> review; asb.")),

    (visit("10-27 16:30", {"name": "ASB officer (K. Dunn)"}, cust("C300050"), "door_knock", "no_access", """
        Called at Flat 16 Ashgrove Court to discuss reports of disturbances. No answer; curtains drawn. Letter left
        requesting contact within 7 days.
    """),
     R("C300050", "asb", None, "disturbance|no answer|letter",
       "ASB officer door knock with no access -> record against the tenant visited; asb.")),

    (sms_in("11-03 18:45", "+447700900313", """
        Please can this be kept anonymous - the group of men on the bench by the shops at Moorside are drinking and
        shouting at women walking past every evening. Don't put my name on it.
    """, anon=True),
     A("asb", None, "drinking|shouting|bench",
       "Known mobile but anonymity requested -> anonymous; street drinking and harassment -> asb.")),
]

# ============================================================================================
# Safeguarding (always sensitive): welfare, self-neglect, abuse, exploitation, professionals
# ============================================================================================
ITEMS += [
    (call_in("10-02 15:40", "+441134960330", """
        Agent: Fairholme Homes, Sue speaking.
        Caller: Hello, I'm ringing from my mum's phone, it's Eileen Dawson's daughter. Mum's been getting confused, she let a man in yesterday who said he was from the water board and her purse has gone.
        Agent: I'm so sorry. Have the police been told?
        Caller: Yes. Can you put something on her file so your staff always ring me first before visiting?
        Agent: I'll do that and refer this to our safeguarding lead.
    """, dur=265),
     R("C300030", "safeguarding", None, "bogus|purse|confused",
       "Known landline, daughter acting for the tenant; distraction burglary of a confused older tenant -> safeguarding.")),

    (email_in("10-05 09:10", "duty.team@leeds-adultsocialcare.example.org", "Leeds Adult Social Care", "Concern: 52 Hollin Park Road", """
        Dear Fairholme,

        We have received a concern about the tenant at 52 Hollin Park Road. Neighbours report post piling up and the
        tenant has not been seen for a week. Could your officer carry out a welfare check, with a BSL interpreter if
        possible, and let us know the outcome?

        Duty Social Worker
        Adult Social Care
    """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "welfare|check|not been seen",
       "Professional raising a concern about a household (52 Hollin Park Road = C300039) -> review, record accepted; "
       "welfare check -> safeguarding.", {"action": ["record"], "customer_ref": ["C300039"]})),

    (sms_in("10-06 22:58", "+447700900328", """
        hes back again banging on the door and screaming. ive got the kids in the bedroom. police on there way. i cant
        stay here anymore
    """),
     R("C300028", "safeguarding", "emergency", "domestic|police|door",
       "Known mobile; ex-partner at the door, police called, tenant wants to leave -> safeguarding, immediate danger.",
       NOHZ)),

    (visit("10-07 11:00", {"name": "Housing officer (J. Cartwright)"}, cust("C300022"), "door_knock", "attended", """
        Welfare visit to Flat 1 Calder Court. Mrs Ramsden very thin, fridge empty, heating off to save money. Says she
        is managing. With consent referred to adult social care and the fuel bank; will revisit Friday.
    """),
     R("C300022", "safeguarding", None, "welfare|heating|social care",
       "Housing officer welfare visit; self-neglect and fuel poverty, referral made -> safeguarding.")),

    (wa_in("10-08 10:45", "447700900310", "Hodan", """
        Walaal waan ka baqayaa inaan guriga joogo, ninkeygii hore ayaa furaha haysta oo habeenkii ayuu soo galaa. Ma
        bedeli kartaan qufulka degdeg? Hodan
    """),
     R("C300010", "safeguarding", "emergency", "lock|ex|afraid|key",
       "Somali: 'I'm afraid to be at home, my ex-husband has the key and comes in at night; can you change the lock "
       "urgently?' Known number -> safeguarding (emergency lock change).", NOHZ)),

    (tg_in("10-09 16:20", "6674421093", "Jade", """
        there's a lad of about 13 who keeps going in and out of flat 11 with older men, he's always there in school
        hours and looks scared. dont want to get involved but something isnt right
    """),
     R("C300059", "safeguarding", None, "child|exploitation|older men|school",
       "Linked Telegram id, reporter does not ask for anonymity; possible child exploitation -> safeguarding "
       "(anonymous defensible).", {"action": ["anonymous"], "customer_ref": [None]})),

    (call_in("10-10 13:05", U4(6), """
        Agent: Fairholme Homes, Ben speaking.
        Caller: Hi, I'm a community nurse. I visit a gentleman at 15 Beckside Mews. The house is full to the ceiling with newspapers and bags, he's sleeping in a chair and there's only a narrow path to the door. I'm worried about fire.
        Agent: Thank you. I'll refer it to our safeguarding lead today and ask for a joint visit with the fire service.
    """, dur=210),
     V("safeguarding", None, "hoarding|fire|nurse",
       "Unknown caller (community nurse) raising a concern about a tenant (15 Beckside Mews = C300058) -> review, "
       "record accepted; hoarding with fire risk -> safeguarding.",
       {"action": ["record"], "customer_ref": ["C300058"], "hazard": ["emergency"]})),

    (email_in("10-12 08:25", "fatima.begum@example.org", "Fatima Begum", "Mum", """
        Hi this is Shahid, Fatima Begum's son. I'm worried because my brother has moved back in and he takes mum's
        pension every week and shouts at her when she says no. She won't report it herself. Please can someone talk
        to her with a Bengali interpreter when he's not there. Don't tell him I emailed.
    """, to=SAFEGUARDING_BOX),
     R("C300027", "safeguarding", None, "financial|abuse|pension",
       "Known e-mail, son writing about the tenant; financial abuse of an older tenant -> safeguarding.")),

    (chat("10-13 23:40", {"name": "guest"}, """
        Visitor: i dont know who else to message. i dont want to be here anymore
        Agent (Night team): I'm really glad you messaged. Are you safe right now? You can call Samaritans free on 116 123 or 999 if you are in danger.
        Visitor: i'm in my flat. everything's just too much
        Agent (Night team): Can you tell me your address so we can get someone to check on you?
        Visitor: ashgrove court
    """),
     V("safeguarding", "emergency", "suicid|safe|samaritans|self-harm",
       "Unidentified webchat visitor expressing suicidal thoughts -> review; safeguarding with immediate risk.", NOHZ)),

    (call_out("10-14 09:30", "+441632960322", "Safeguarding team", "no-answer"),
     R("C300022", "safeguarding", None, ATTEMPT,
       "Attempted outbound call, no answer -> record against the callee; any category.", {**ANY, "sensitive": [False]})),

    (letter("10-15 09:00", {"name": "Bradford Children's Services"}, """
        Children's Social Care, Bradford
        RE: Chloe Armitage, 30 Weavers Row, BD3 9PL

        Dear Sir/Madam,

        We are working with the above family under a child protection plan. We request that you inform us of any
        concerns about the property or reports made by neighbours, and that the tenancy officer attends the core
        group meeting on 18 November.

        Social Worker, Children's Services
    """),
     R("C300017", "safeguarding", None, "child protection|plan|meeting",
       "Children's services letter about a named tenant and address -> record against C300017 (review defensible); "
       "child protection -> safeguarding.", REVOK)),

    (sms_in("10-16 20:20", "+447700900321", """
        Stu here, flat 6. Haven't seen the old fella in flat 5 for days, his milk is still outside and I can smell
        something from his door. Can someone check?
    """),
     R("C300021", "safeguarding", None, "welfare|check|neighbour",
       "Known mobile reporting concern for a neighbour's welfare -> record against the reporter; safeguarding "
       "(emergency defensible).", EMG)),

    (wa_in("10-18 12:00", "447700900351", "Yasmin", """
        Mere bhai ki beti ko wo ladka roz school se le jata hai aur wo 15 saal ki hai. Wo humare saath rehti hai.
        Mujhe dar hai. Kisi se baat karni hai. Yasmin
    """),
     R("C300051", "safeguarding", None, "child|girl|worried|15",
       "Urdu in Roman script: 'a young man picks up my brother's 15-year-old daughter from school every day; she lives "
       "with us; I'm scared and need to talk to someone.' Known number -> safeguarding.")),

    (visit("10-20 15:00", cust("C300044"), BRADFORD_OFFICE, "walk_in", "attended", """
        Ms Lister came in upset; her partner has been controlling her money and phone and she wants to know whether she
        can stay in the house if he leaves. Given Women's Aid details, booked an appointment with the domestic abuse
        officer.
    """, direction="inbound"),
     R("C300044", "safeguarding", None, "domestic|controlling|abuse",
       "Walk-in; coercive control by a partner -> safeguarding (tenancy defensible).", TEN)),

    (email_in("10-21 10:10", "nowak.g.family@example.com", "Ewa Nowak", "Babcia", """
        Dzień dobry, piszę w sprawie mojej babci Grażyny Nowak, 40 Hollin Park Road. Ostatnio dwa razy upadła w
        domu i nie może sama wejść na schody. Jesteśmy bardzo zaniepokojeni. Czy możecie pomóc?
        Ewa (wnuczka)
    """),
     R("C300037", "safeguarding", None, "fall|stairs|grandmother",
       "Polish from a granddaughter: 'my grandmother Grażyna Nowak has fallen twice and can't manage the stairs.' Third "
       "party acting for a named tenant -> record (review defensible); safeguarding (repairs/adaptations defensible).",
       {**REVOK, "category": ["repairs"], "sensitive": [False]})),

    (call_in("10-23 16:45", "+447700900336", """
        Agent: Fairholme Homes, Amir speaking.
        Caller: Hi, Grace Adeyemi, flat 2 Foundry Walk. I don't want my name used. The woman upstairs, I can hear her partner hitting her, she was crying 'stop' last night and today she has a black eye.
        Agent: Thank you for trusting us with this, Grace. I'll log it without your name attached. If you hear it happening again, please call 999.
    """, dur=190, ),
     R("C300036", "safeguarding", None, "domestic|abuse|upstairs",
       "Known mobile; the caller asks that her name not be used with the neighbour but the contact is not flagged "
       "anonymous -> record (anonymous defensible); suspected domestic abuse -> safeguarding.",
       {"action": ["anonymous"], "customer_ref": [None]})),

    (sms_in("10-27 11:11", U4(7), """
        im a carer for the lady at 3 weavers row. she told me a man from ur company has been calling round asking for
        money for repairs. is he real? shes 80 and deaf
    """),
     V("safeguarding", None, "bogus|money|caller",
       "Unknown carer raising a concern about a tenant (3 Weavers Row = C300016) -> review, record accepted; possible "
       "doorstep fraud -> safeguarding.", {"action": ["record"], "customer_ref": ["C300016"]})),

    (email_out("11-04 14:00", SAFEGUARDING_BOX, "amina.hussain@example.net", "Amina Hussain", "Safety measures at your home", """
        Dear Amina,

        As discussed, our contractor will fit a video doorbell and extra door chain on Friday as part of the sanctuary
        measures agreed with the police. Please call me directly if anything happens before then.

        Kind regards,
        Lucy Haigh
        Safeguarding Lead, Fairholme Homes
    """),
     R("C300011", "safeguarding", None, "sanctuary|doorbell|police",
       "Outbound one-to-one e-mail about safety measures after harassment -> record; safeguarding (asb defensible).",
       {"category": ["asb"]})),
]

# ============================================================================================
# Complaints: any dissatisfaction with the service, however phrased (underlying service accepted)
# ============================================================================================
ITEMS += [
    (email_in("10-02 16:30", "vicky.pemberton@example.org", "Victoria Pemberton", "Formal complaint - repair no-shows", """
        To the Complaints Team,

        I'd like to make a formal complaint. I have taken three days off work this month for a plumber who did not
        turn up, and nobody rang to tell me. Each time I rang I was told it was 'with the contractor'. I want
        compensation for my lost wages and an explanation.

        Victoria Pemberton
        14 Moorside Crescent
    """),
     R("C300013", "complaint", None, "no-show|missed|compensation|wages",
       "Known e-mail; formal complaint about missed appointments -> complaint (repairs defensible).", REP)),

    (sms_in("10-04 12:12", "+447700900335", """
        3rd time ive reported this tap and 3rd time someone comes and does nothing. honestly what a joke. fuming
    """),
     R("C300035", "complaint", None, "tap|reported|third",
       "Known mobile; frustration at repeated failed repairs -> complaint (repairs defensible).", REP)),

    (call_in("10-06 10:00", "+441632960342", """
        Agent: Fairholme Homes, Rachel speaking.
        Caller: It's Keith Barraclough at 6 Weavers Row. I want to speak to a manager. The woman I spoke to yesterday was downright rude, she put the phone down on me when I asked why my fence still isn't fixed.
        Agent: I'm sorry to hear that, Mr Barraclough. I'll log this as a complaint about the call and ask a team leader to ring you today.
    """, dur=150),
     R("C300042", "complaint", None, "rude|manager|phone",
       "Known landline; complaint about staff conduct -> complaint.")),

    (wa_in("10-07 19:30", "447700900318", "Mohammed", """
        أريد أن أقدم شكوى. العامل الذي جاء لإصلاح النافذة ترك الغبار والزجاج المكسور في غرفة الأطفال ولم ينظف شيئاً.
    """),
     R("C300018", "complaint", None, "glass|mess|window|clean",
       "Arabic: 'I want to make a complaint; the worker who came to fix the window left dust and broken glass in the "
       "children's room and cleaned nothing.' Known number -> complaint.")),

    (letter("10-08 09:00", {"name": "Cllr. A. Moorhouse"}, """
        Councillor Anne Moorhouse, Moorside Ward

        Re: Mr Connor Walsh, 33 Moorside Crescent, S6 4RB

        Dear Chief Executive,

        My constituent has asked me to raise his dissatisfaction with how long it is taking to resolve the damp in
        his daughter's bedroom, now reported four times since June. Please treat this as a stage one complaint and
        copy me into your response.

        Yours sincerely,
        Cllr Anne Moorhouse
    """),
     R("C300048", "complaint", "damp_mould", "damp|complaint|councillor",
       "Councillor acting for a named tenant with address -> C300048 (review defensible); stage one complaint about "
       "unresolved damp -> complaint with damp_mould hazard (damp_mould category defensible).",
       {**REVOK, **DMP})),

    (chat("10-09 11:20", {"email": "jadewhitehead@example.net", "name": "Jade"}, """
        Visitor: I'm not being funny but I've waited 40 mins on the phone twice this week and now this chat says 12 people ahead of me
        Agent (Sunita): I'm sorry about the wait, Jade. How can I help today?
        Visitor: I just want to know when someone's coming about the extractor fan, and honestly your phone line is shocking
        Agent (Sunita): I'll check the fan job, and I'll pass your feedback about the phones on as a complaint.
    """),
     R("C300059", "complaint", None, "wait|phone|extractor",
       "Chat with the customer's e-mail; dissatisfaction with call waiting times plus a repair chase -> complaint "
       "(repairs defensible).", REP)),

    (tg_in("10-10 08:55", "4409987612", "Kwame", """
        Your operative drove over my front lawn with his van and left ruts all across it. I'd like it put right
        and an apology.
    """),
     R("C300029", "complaint", None, "lawn|van|apology",
       "Linked Telegram id; damage caused by a contractor, asks for apology -> complaint.")),

    (email_in("10-12 17:45", "ryan.doyle@example.com", "Ryan Doyle", "Stage 2", """
        Hi,

        I'm not happy with the stage 1 response I got about the kitchen. It just repeats what the surveyor said and
        doesn't explain why it took 5 months. I'd like to escalate to stage 2.

        Ryan Doyle, 9 Beckside Mews
    """),
     R("C300024", "complaint", None, "stage 2|escalate|kitchen",
       "Known e-mail (Ryan's own); escalation of a complaint to stage 2 -> complaint.")),

    (sms_in("10-13 09:05", U4(8), """
        Why do your lot never ring back when they say they will. Been told a manager would call me 3 times now. Not
        acceptable
    """),
     V("complaint", None, "ring back|call|manager",
       "Unknown mobile, no name -> review; broken call-back promises -> complaint.")),

    (fb_in("10-14 18:10", "fb:100090000404", "Tanya B", """
        @FairholmeHomes worst landlord ever. Been waiting since July for my back door to be replaced. DM me if you
        actually want to sort it. 22 Moorside Crescent
    """),
     V("complaint", None, "door|waiting|july",
       "Facebook display name with an address not in the directory -> review; dissatisfaction with repair delay -> "
       "complaint (repairs defensible).", REP)),

    (call_in("10-15 14:20", "+447700900347", """
        Agent: Fairholme Homes, Joe speaking.
        Caller: Hi, it's Priya Chauhan, 17 Moorside. I got a letter saying I'm in arrears and threatening court, but I've been paying the agreed amount every week. It's really upset me.
        Agent: I'm sorry. Looking at your account, your payments have all arrived. The letter shouldn't have gone. I'll log a complaint and get it corrected.
    """, dur=240),
     R("C300047", "complaint", None, "letter|arrears|upset",
       "Known mobile; upset by a wrongly sent arrears letter -> complaint (rent defensible).", RENT)),

    (wa_in("10-16 11:00", "447700900306", "Agnieszka", """
        Chcę złożyć skargę. Od trzech tygodni nikt nie odpowiada na moje wiadomości o pleśni. To jest nie do przyjęcia.
    """),
     R("C300006", "complaint", "damp_mould", "mould|no reply|complaint",
       "Polish: 'I want to complain; nobody has answered my messages about mould for three weeks; unacceptable.' Known "
       "number -> complaint with live damp_mould hazard (damp_mould category defensible).", DMP)),

    (email_in("10-19 10:00", "casework@housing-ombudsman.example.org", "Housing Ombudsman Service", "Case 2026-11873: Mr D Okafor", """
        Dear Fairholme Homes,

        We have received a complaint from Mr Daniel Okafor, 11 Hollin Park Road, LS8 3QT, regarding your handling of
        his reports of a leaking roof. Please provide your complaint file and final response within 15 working days.

        Casework Team
        Housing Ombudsman Service
    """),
     R("C300002", "complaint", None, "ombudsman|roof|complaint",
       "Ombudsman writing about a named tenant with address -> C300002 (review defensible); complaint.", REVOK)),

    (visit("10-20 10:30", {"name": "Complaints officer (H. Grant)"}, cust("C300026"), "appointment", "attended", """
        Met Mr Greenwood to discuss his complaint about the bathroom refit (uneven tiles, leaking seal). Inspected with
        the contract manager. Agreed remedial works within 10 days and £150 goodwill payment. Stage 1 response to
        follow in writing.
    """),
     R("C300026", "complaint", None, "bathroom|remedial|goodwill",
       "Complaints officer visit, attended -> record; complaint resolution.")),

    (sms_in("10-22 15:40", "+447700900344", """
        not being funny but the 'fix' on my back door lock lasted 4 days. Can I have someone who knows what theyre
        doing this time pls
    """),
     R("C300044", "complaint", None, "lock|door|fix",
       "Known mobile; sarcastic dissatisfaction with a failed repair -> complaint (repairs defensible).", REP)),

    (call_in("10-24 11:30", "+447700900325", """
        Agent: Fairholme, Priya speaking.
        Caller: Ioana Marin, 12 Beckside. I reported my neighbour threatening me two weeks ago and nobody has called me back. I had to call the police again last night. I feel like you don't care.
        Agent: I'm very sorry, Ioana. I'll raise a complaint about how the case has been handled and ask the ASB manager to call you today.
    """, dur=200),
     R("C300025", "complaint", None, "asb|call back|neighbour",
       "Known mobile; complaint about the handling of an ASB case -> complaint, kept sensitive (asb defensible).",
       {"category": ["asb"]}, sens=True)),

    (letter("10-26 09:00", {"name": "Joyce Ramsden"}, """
        Flat 1, Calder Court
        Wakefield WF1 3DX

        I am partially sighted and have told you this many times. Yet you keep sending me letters in small print which
        I cannot read. My neighbour has to read them to me. Please ring me instead as it says on my file. This is the
        third time I have asked.

        J. Ramsden (typed by my neighbour)
    """),
     R("C300022", "complaint", None, "letter|sight|print|phone",
       "Name + address -> C300022; communication needs ignored repeatedly -> complaint (general defensible).", GEN)),

    (ig_in("10-28 20:20", "@natalia.r_wf", "Natalia", """
        Hello, I message you here because nobody answer email. The repair man came and left without finish the job,
        radiator still leaking. Flat 15 Calder Court. Very disappointed.
    """),
     R("C300041", "complaint", None, "radiator|leak|finish",
       "Instagram name + address -> C300041 (review defensible); unfinished repair and unanswered e-mails -> "
       "complaint (repairs defensible).", {**REVOK, **REP})),

    (email_out("11-05 16:00", INBOX, "vicky.pemberton@example.org", "Victoria Pemberton", "Your complaint ref CMP-4471", """
        Dear Ms Pemberton,

        Thank you for your complaint about missed plumbing appointments. I have upheld it. We will pay £90 for your
        lost time and the contractor has been reminded of their duty to notify tenants. Your repair is now booked for
        10 November.

        Yours sincerely,
        Helen Grant
        Complaints Officer
    """),
     R("C300013", "complaint", None, "upheld|complaint|appointment",
       "Outbound one-to-one complaint response -> complaint.")),

    (sms_in("11-09 08:20", "+447700900340", """
        Thanks for finally sending someone about the landing light. 5 weeks though. Really?
    """),
     R("C300040", "complaint", None, "light|weeks|landing",
       "Known mobile; thanks laced with dissatisfaction at a 5-week wait -> complaint (repairs defensible).", REP)),
]

# ============================================================================================
# Tenancy: household changes, permissions, succession, ending, mutual exchange, tenancy checks
# ============================================================================================
ITEMS += [
    (email_in("10-02 11:00", "megan.lister@example.org", "Megan Lister", "Notice to end tenancy", """
        Hi,

        I'm giving four weeks' notice on 4 Beckside Mews as I'm moving in with my partner in Halifax. My last day
        will be 30 October. What do I need to do about handing the keys back?

        Thanks, Megan
    """, to=TENANCY_BOX),
     R("C300044", "tenancy", None, "notice|end|keys", "Known e-mail; notice to end the tenancy -> tenancy.")),

    (sms_in("10-03 14:50", "+447700900317", """
        Can I get a dog? Its a small staffie cross from the rescue. Chloe 30 Weavers Row
    """),
     R("C300017", "tenancy", None, "dog|pet|permission", "Known mobile; permission to keep a pet -> tenancy.")),

    (call_in("10-05 15:15", "+441134960314", """
        Agent: Fairholme Homes, Amir speaking.
        Caller: Hi, it's Darren Whitaker, 23 Hollin Park. Our lad's 18 now and working. Do we need to tell you he lives here?
        Agent: Yes please, we'll add him to the household record. Does anyone else live with you?
        Caller: Just me, Karen and the two kids.
    """, dur=130),
     R("C300005", "tenancy", None, "household|son|lives",
       "Shared Whitaker landline but caller names himself (Darren) -> C300005; household change -> tenancy.")),

    (wa_in("10-06 13:30", "447700900341", "Natalia", """
        Bună ziua, aș vrea să fac schimb de locuință cu o familie din Leeds (mutual exchange). Am găsit pe cineva pe
        site. Ce trebuie să fac? Natalia, apt 15 Calder Court
    """),
     R("C300041", "tenancy", None, "mutual exchange|exchange|swap",
       "Romanian: 'I'd like to do a mutual exchange with a family in Leeds I found on the website; what do I do?' Known "
       "number -> tenancy (lettings defensible).", LET)),

    (letter("10-07 09:00", {"name": "Mr K. Barraclough"}, """
        6 Weavers Row
        Bradford BD3 9PL

        Dear Sir,

        I would like permission to put up a wooden shed at the bottom of my back garden, 6ft by 4ft, on paving slabs.
        I enclose a sketch. I will not be connecting any electric.

        Yours faithfully,
        K. Barraclough
    """),
     R("C300042", "tenancy", None, "shed|permission|garden",
       "Name + address -> C300042; permission for a garden shed -> tenancy (estate defensible).", EST)),

    (email_in("10-08 10:40", "j.holroyd.family@example.com", "Janet Holroyd", "My late mother Margaret Holroyd", """
        Dear Fairholme,

        I'm sorry to tell you that my mother, Margaret Holroyd of 7 Hollin Park Road, passed away on Sunday in St
        James's. I'm her daughter and executor. Could you tell me what happens with the tenancy, the rent and how long
        we have to clear the house?

        Janet Holroyd
    """, to=TENANCY_BOX),
     R("C300001", "tenancy", None, "passed away|death|executor",
       "Relative reporting the death of a named tenant at her address -> record against C300001 (review defensible); "
       "end of tenancy on death -> tenancy.", REVOK)),

    (tg_in("10-09 09:15", "5301177720", "Tomasz", """
        Hello. My mother Grażyna is going into care home for good. I live with her 12 years in 40 Hollin Park. Can
        the tenancy go in my name?
    """),
     R("C300038", "tenancy", None, "succession|tenancy|name",
       "Linked Telegram id (Tomasz); succession/assignment as the tenant moves into care -> tenancy.")),

    (visit("10-12 14:00", {"name": "Housing officer (S. Rahman)"}, cust("C300009"), "appointment", "attended", """
        Annual tenancy check at Flat 9 Ashgrove Court. Household confirmed (tenant and brother). Property in good
        order. Updated emergency contact. Tenant asked about putting a satellite dish on the balcony - advised to apply
        in writing.
    """),
     R("C300009", "tenancy", None, "tenancy check|household|dish",
       "Housing officer tenancy check, attended -> tenancy.")),

    (sms_in("10-13 18:00", "+447700900353", """
        hiya my boyfriend is moving in next month, do I need to tell u or fill a form in? Lucy 44 hollin pk
    """),
     R("C300053", "tenancy", None, "moving in|boyfriend|household",
       "Known mobile; new household member moving in -> tenancy.")),

    (chat("10-14 12:45", {"email": "daniel.okafor@example.com", "name": "Daniel"}, """
        Visitor: Quick one - can I run a small online business from home? Just selling prints, no customers coming round
        Agent (Dan): Hi Daniel, usually that's fine but you need written permission. I'll send you the form.
        Visitor: Perfect thanks
    """),
     R("C300002", "tenancy", None, "business|permission",
       "Chat with the customer's e-mail; permission to run a business from home -> tenancy.")),

    (call_in("10-15 10:10", U4(9), """
        Agent: Fairholme Homes, Hannah speaking.
        Caller: Hello, my dad was the tenant at 47 Weavers Row, Gary Naylor. He's gone into a nursing home and won't be coming out. I've got power of attorney. How do we end the tenancy?
        Agent: I'm sorry to hear that. I'll send you the termination form and we'll need a copy of the power of attorney.
    """, dur=180),
     R("C300019", "tenancy", None, "end|attorney|nursing home",
       "Unknown caller with power of attorney for a named tenant and address -> C300019 (review defensible); ending "
       "the tenancy -> tenancy.", REVOK)),

    (wa_in("10-16 16:16", "447700900356", "Ahmed", """
        السلام عليكم، زوجتي وأولادي وصلوا من السودان الأسبوع الماضي ويعيشون معي الآن. هل يجب أن أخبركم؟ أحمد فاروق
    """),
     R("C300056", "tenancy", None, "family|household|wife",
       "Arabic: 'my wife and children arrived from Sudan last week and now live with me; do I need to tell you?' Known "
       "number -> household change -> tenancy (lettings defensible if overcrowded).", LET)),

    (email_in("10-19 20:00", "johnsmith.wf1@example.net", "John Smith", "Lodger", """
        Hi, I've got a spare room since my son moved out. Am I allowed to take in a lodger to help with the bills?
        John, Flat 14 Calder Court
    """),
     R("C300046", "tenancy", None, "lodger|room",
       "Known e-mail (the Calder Court John Smith); permission for a lodger -> tenancy.")),

    (letter("10-20 09:00", {"name": "John Smith"}, """
        Dear Housing,

        I am going to be working away on the oil rigs for four months from December. I want to make sure my tenancy
        is all right and that I am not in trouble for leaving the house empty. The rent will still be paid by direct
        debit.

        John Smith
    """),
     V("tenancy", None, "away|absence|empty",
       "Letter signed John Smith with no address (two customers of that name) -> review; extended absence from the "
       "home -> tenancy.")),

    (call_out("10-21 11:45", "+447700900348", "Tenancy team", "completed", dur=36, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Agent: Hello Connor, it's Becky from the tenancy team about your request to change the front door to a composite
        one. Could you give me a call back so we can talk through it? Thanks.
    """),
     R("C300048", "tenancy", None, "voicemail|door|permission",
       "Outbound voicemail about an alteration request -> record; tenancy (any category defensible).", ANY)),

    (sms_in("10-22 12:30", "+447700900360", """
        Me and my wife are splitting up. She's staying in the house with the kids. How do I get my name off the joint
        tenancy?
    """),
     R("C300060", "tenancy", None, "joint tenancy|split|name",
       "Known mobile; removal from a joint tenancy after separation -> tenancy.")),

    (wa_in("10-23 09:50", "447700900333", "Hassan", """
        Salaan, waxaan rabaa inaan helo warqad caddeynaysa inaan halkan degganahay oo kireysto, waxaa u baahan
        jaamacadda wiilkayga. Hassan, flat 8
    """),
     R("C300033", "general", None, "letter|proof|tenant",
       "Somali: 'I need a letter confirming I live here as a tenant, my son's university needs it.' Known number -> "
       "paperwork -> general (tenancy defensible).", TEN)),

    (visit("10-26 10:00", {"name": "Housing officer (J. Cartwright)"}, cust("C300044"), "appointment", "attended", """
        Pre-void inspection at 4 Beckside Mews ahead of Ms Lister's move-out on 30 October. Tenant to remove carpets
        in the back bedroom and the garden trampoline. Key return explained.
    """),
     R("C300044", "tenancy", None, "pre-void|move|keys",
       "Pre-void inspection at an ending tenancy -> tenancy.")),

    (ig_in("10-29 14:05", "@kwame.m", "Kwame Mensah", """
        Hi, quick question. Can my sister's name go on the tenancy with mine? She's lived here 3 years and helps with
        the rent. 18 Thornhill Gardens
    """),
     R("C300029", "tenancy", None, "joint|sister|tenancy",
       "Instagram with full name and address -> C300029 (review defensible); adding a joint tenant -> tenancy.", REVOK)),

    (email_in("11-06 09:30", "d.whitaker@example.com", "Darren Whitaker", "Garage conversion?", """
        Hi,

        We're thinking about turning the integral storage room off the hall into a downstairs loo, paying for it
        ourselves with a proper builder. Would we need your permission and what would you want to see?

        Darren
    """),
     R("C300005", "tenancy", None, "permission|alteration|toilet|loo",
       "Known e-mail (Darren's own); permission for a tenant-funded alteration -> tenancy.")),
]

# ============================================================================================
# Lettings: register, bidding, transfers, offers, viewings, homelessness
# ============================================================================================
ITEMS += [
    (sms_in("10-02 17:45", "+447700900307", """
        What band am I in for a transfer? Put the form in in August, havent heard a thing. Sam flat 4 Ashgrove
    """),
     R("C300007", "lettings", None, "transfer|band", "Known mobile; transfer application banding -> lettings.")),

    (email_in("10-05 13:00", "kayleigh.price@example.com", "Kayleigh Price", "Sofa surfing", """
        Hello,

        I've been sofa surfing at friends' for two months since my relationship broke down and I'm 5 months pregnant.
        I've no-one else to ask. Can you help me find somewhere?

        Kayleigh
    """),
     V("lettings", None, "homeless|sofa|pregnant",
       "Unknown e-mail; homeless pregnant applicant -> review; lettings/homelessness (safeguarding defensible).",
       {"category": ["safeguarding"], "sensitive": [True]})),

    (wa_in("10-06 12:25", "447700900309", "Imran", """
        Salam. Mujhe 2 bedroom flat ka offer letter mila hai Calder Court mein. Viewing kab ho sakti hai? Imran
    """),
     R("C300009", "lettings", None, "offer|viewing|flat",
       "Urdu in Roman script: 'I got an offer letter for a 2-bed flat at Calder Court; when can the viewing be?' Known "
       "number -> lettings.")),

    (call_in("10-07 12:50", "+447700900352", """
        Agent: Fairholme lettings, Gemma speaking.
        Caller: Hello, Bogdan Ionescu, 19 Beckside. I bid on the house on Thornhill Gardens, it said I was number 2. What happens now?
        Agent: If the first applicant turns it down it comes to you. We'll ring you either way by Friday.
    """, dur=110),
     R("C300052", "lettings", None, "bid|position|house", "Known mobile; bidding position on an advertised home -> lettings.")),

    (chat("10-08 10:05", {"name": "Mariam"}, """
        Visitor: hi how long is the waiting list for a 3 bed in bradford? we are 5 in a 1 bed private flat
        Agent (Dan): Hi Mariam, it depends on your band. Have you registered with us yet?
        Visitor: no how do i do it
        Agent (Dan): You can apply online through the housing register page, I'll send you the link.
    """),
     V("lettings", None, "waiting list|register|bed",
       "Webchat first name only, not a tenant -> review; housing register enquiry -> lettings.")),

    (letter("10-09 09:00", {"name": "Mrs J. Ramsden"}, """
        Flat 1 Calder Court
        Wakefield WF1 3DX

        Dear Lettings,

        I have been on the list to move to a bungalow for over a year. My eyesight is getting worse and I am struggling
        with the stairs to the bins and the main door. Is there anything more I can do to move up the list? My doctor
        has written a letter which I enclose.

        Joyce Ramsden
    """),
     R("C300022", "lettings", None, "bungalow|list|medical",
       "Name + address -> C300022; transfer with medical evidence -> lettings.")),

    (tg_in("10-10 11:40", "7781200943", "Stuart", """
        got the viewing for the 2 bed on Hollin Park Road tomorrow at 2. is it ok if my mum comes too?
    """),
     R("C300021", "lettings", None, "viewing", "Linked Telegram id; viewing of an offered property -> lettings.")),

    (email_in("10-12 15:30", "homeless.team@wakefield-council.example.org",
              "Wakefield Housing Options", "Nomination: Ms T. Okoye", """
        Dear Lettings,

        Please find our nomination for Ms Tola Okoye and her two children, currently in temporary accommodation,
        for the 2-bed void at Flat 5 Calder Court. She is in band A (homeless duty).

        Housing Options Officer
    """),
     V("lettings", None, "nomination|homeless|void",
       "Council nomination for a non-tenant applicant -> review; lettings.")),

    (sms_out("10-13 09:00", "+447700900351", """
        Hi Yasmin, good news - we'd like to offer you the 3 bed house at 8 Thornhill Gardens. Please call Gemma in
        lettings on 0113 496 0000 by Thursday to arrange a viewing.
    """, sender="Gemma (Lettings)"),
     R("C300051", "lettings", None, "offer|viewing|house", "Outbound one-to-one offer text -> lettings.")),

    (wa_in("10-14 21:12", "447700900354", "Abdirahman", """
        Walaal, waxaan nahay 7 qof oo ku nool guri 2 qol. Carruurta waa ku cidhiidhi. Ma ii dalban kartaa guri weyn?
    """),
     R("C300054", "lettings", None, "overcrowd|bigger|transfer",
       "Somali: 'we are 7 people in a 2-room home, the children are cramped; can you apply for a bigger house for me?' "
       "Known number -> overcrowding transfer -> lettings.")),

    (visit("10-15 14:00", {"name": "Lettings officer (A. Khan)"}, cust("C300057"), "appointment", "failed_to_attend", """
        Viewing arranged at 3 Foundry Walk (1-bed ground floor) for Ms Holt at 14:00. Tenant did not attend and did
        not answer her phone. Will try once more before moving to next bidder.
    """),
     R("C300057", "lettings", None, "viewing|did not attend|missed",
       "Missed viewing (failed_to_attend) -> record against the applicant; lettings.")),

    (sms_in("10-16 19:30", "+447700900331", """
        I accept the flat!! can I get the keys before the 1st so i can paint? Nathan
    """),
     R("C300031", "lettings", None, "accept|keys|flat", "Known mobile; accepting an offer and asking about sign-up -> lettings.")),

    (email_in("10-19 08:40", "priya.chauhan@example.com", "Priya Chauhan", "Downsizing", """
        Hello,

        Now both my children have left home, I'd like to move from my 3 bed to a 1 or 2 bed flat nearby. I heard
        there may be help with moving costs if you downsize? How do I apply?

        Priya Chauhan
    """),
     R("C300047", "lettings", None, "downsize|move|bed",
       "Known e-mail; downsizing transfer -> lettings (tenancy defensible).", TEN)),

    (fb_in("10-20 13:13", "fb:100090000405", "Liam Carr", """
        Hi, I'm getting evicted from my private rented next month (section 21). Can I go on your list? Please reply
        in messages.
    """),
     V("lettings", None, "evict|section 21|list",
       "Facebook private applicant facing eviction -> review; homelessness/register -> lettings.")),

    (call_in("10-21 16:20", "+447700900336", """
        Agent: Fairholme Homes, Liam speaking.
        Caller: Hi, Grace Adeyemi, flat 2 Foundry Walk. I turned down the offer last week because it was fourth floor with no lift and I've got two under two. Will I lose my priority?
        Agent: One reasonable refusal won't remove your band. I'll note the reason on your application.
    """, dur=155),
     R("C300036", "lettings", None, "refusal|offer|band", "Known mobile; refusal of an offer and banding -> lettings.")),

    (portal("10-23 12:00", {"customer_ref": "C300003", "email": "kellybrannigan88@example.net", "name": "Kelly Brannigan"},
            "Housing register - change of circumstances", """
        Form: Housing register change of circumstances
        Change: New baby born 3 October
        Household now: 1 adult, 3 children
        Current home: 2 bedrooms
    """),
     R("C300003", "lettings", None, "register|baby|change",
       "Portal register change of circumstances -> lettings (tenancy defensible).", TEN)),

    (ig_in("10-26 09:09", "@mo_w_99", "Mo", """
        hi do u have any 1 bed flats going in sheffield? how do i apply
    """),
     V("lettings", None, "apply|flat|bed", "Instagram handle only -> review; enquiry about available flats -> lettings.")),

    (call_out("10-27 14:30", "+447700900314", "Lettings team", "completed", dur=22, answered_by="machine_end_silence",
              voicemail=False),
     R("C300014", "lettings", None, ATTEMPT,
       "Outbound lettings call reached silence, no message -> record as an attempt; any category.", ANY)),
]

# ============================================================================================
# Estate: communal, outdoor, grounds, bins, parking, garages, cleaning, fly-tipping
# ============================================================================================
ITEMS += [
    (sms_in("10-02 08:40", "+447700900346", """
        Someone has dumped a mattress and a fridge freezer by the bin store at Calder Court overnight. Blocking the
        path for prams. John flat 14
    """),
     R("C300046", "estate", None, "fly|mattress|fridge|dump",
       "Known mobile (the Calder Court John Smith); fly-tipping by the bin store -> estate.")),

    (email_in("10-04 09:30", "beth.cole@example.com", "Bethany Cole", "Stairwell cleaning", """
        Hi, the stairs in our block haven't been cleaned for about a month - there's chewing gum, a sticky spill on
        the first floor and cobwebs everywhere. Are the cleaners still coming?

        Beth, Flat 3 Calder Court
    """),
     R("C300020", "estate", None, "clean|stair", "Known e-mail; communal cleaning not done -> estate (complaint defensible).", CMP)),

    (call_in("10-05 11:11", "+447700900319", """
        Agent: Fairholme Homes, Raj speaking.
        Caller: Gary Naylor, 47 Weavers Row. The big tree at the end of the row has a branch hanging off it after the wind last night, right over the path where the kids walk to school.
        Agent: Thanks Gary, I'll get the tree surgeons out today to make it safe.
    """, dur=95),
     R("C300019", "estate", "emergency", "tree|branch",
       "Known mobile; storm-damaged branch hanging over a footpath -> estate with emergency hazard (null "
       "defensible).", NOHZ)),

    (wa_in("10-07 08:15", "447700900332", "Zofia", """
        Dzień dobry, od tygodnia nikt nie wywozi śmieci z pojemników przy Foundry Walk. Wszędzie są szczury. Zofia
    """),
     R("C300032", "estate", None, "bin|rubbish|rat",
       "Polish: 'for a week nobody has emptied the bins at Foundry Walk; rats everywhere.' Known number -> estate.")),

    (tg_in("10-08 17:30", "4409987612", "Kwame", """
        The shared path down the side of Thornhill Gardens is covered in wet leaves and moss, I nearly went over on it.
        Can it be swept?
    """),
     R("C300029", "estate", None, "path|leaves|slip", "Linked Telegram id; slippery communal path -> estate.")),

    (letter("10-09 09:00", {"name": "Harold Birkett"}, """
        3 Thornhill Gardens, LS12 5EW

        Dear Sir,

        I have rented garage number 6 from you for many years. The up and over door has rusted at the bottom and will
        not lock, and last week somebody got in and took my late wife's bicycle. Please repair it.

        H. Birkett
    """),
     R("C300045", "estate", None, "garage|door|lock", "Name + address -> C300045; rented garage door broken -> estate (repairs defensible).", REP)),

    (sms_in("10-12 07:55", U4(10), """
        Theres a car with no plates been parked in the disabled bay at Moorside for 3 weeks. Can u get it moved
    """),
     V("estate", None, "car|abandoned|bay|parking", "Unknown mobile -> review; abandoned car in a disabled bay -> estate.")),

    (fb_in("10-13 10:20", "fb:100090000406", "Jamie Rowntree", """
        Hi, the grass on the green at Ashgrove Court hasn't been cut since August, it's knee high now. Flat 16. Can you
        sort it please?
    """),
     R("C300050", "estate", None, "grass|green|cut",
       "Facebook name + address -> C300050 (review defensible); uncut communal grass -> estate.", REVOK)),

    (visit("10-14 10:00", {"name": "Estate officer (P. Sugden)"}, {"name": "Foundry Walk residents"}, "walkabout",
           "attended", """
        Estate walkabout at Foundry Walk with two residents. Noted: graffiti on the bin store, broken bench in the
        garden area, weeds in the car park, missing bollard. Jobs raised with grounds and cleansing.
    """),
     V("estate", None, "walkabout|graffiti|bench",
       "Estate walkabout with unnamed residents, no single customer -> review; communal issues -> estate.")),

    (email_in("10-15 14:45", "christine.mellor@example.com", "Christine Mellor", "Parking permits", """
        Hello,

        Will residents be getting parking permits for the car park at Moorside Crescent? People from the shops are
        using it all day and I can never park near my door with my shopping.

        Christine Mellor
    """),
     R("C300055", "estate", None, "parking|permit|car park", "Known e-mail; residents' car park misuse -> estate.")),

    (call_out("10-16 15:00", "+447700900326", "Estate services", "completed", dur=120, answered_by="human", transcript="""
        Agent: Hi Mr Greenwood, it's Pete from estate services. You reported the broken fence panel between the car park and the playground?
        Caller: Yes, the kids are climbing through into the road.
        Agent: Fencing contractor will be there Wednesday. I've put some temporary barrier up today.
    """),
     R("C300026", "estate", None, "fence|playground", "Outbound estate services call about a communal fence -> estate.")),

    (wa_in("10-19 12:10", "447700900343", "Aisha", """
        The play area swing has a broken chain and the gate doesn't close so dogs get in and do their business. Weavers
        Row playground
    """),
     R("C300043", "estate", None, "play|swing|gate", "Known number; damaged play area equipment -> estate.")),

    (sms_in("10-20 16:35", "+447700900355", """
        The security light over the car park at Moorside is on all day and off all night. Backwards! Christine
    """),
     R("C300055", "estate", None, "light|car park", "Known mobile; external car-park lighting fault -> estate (repairs defensible).", REP)),

    (chat("10-21 09:45", {"email": "a.yusuf@example.org", "name": "Abdirahman"}, """
        Visitor: Salaan. Someone write bad words on the wall outside Foundry Walk near the entrance, big letters. Children see it
        Agent (Priya): Thank you, I'll get the graffiti team to remove it. Is it offensive or racist?
        Visitor: Yes, against Somali people
        Agent (Priya): We'll treat it as priority and pass to our ASB team too.
    """),
     R("C300054", "estate", None, "graffiti|wall",
       "Chat with the customer's e-mail; racist graffiti on an external wall -> estate (asb defensible).",
       {"category": ["asb"], "sensitive": [True]})),

    (ig_in("10-23 17:00", "@lambert.soph", "Sophie Lambert", """
        Bulky waste collection please - old sofa and wardrobe. 9 Beckside Mews. Can you message me a date?
    """),
     R("C300023", "estate", None, "bulky|sofa|collection",
       "Instagram name + address -> C300023 (review defensible); bulky waste collection -> estate.", REVOK)),

    (letter("10-27 09:00", {"name": "Hollin Park Tenants and Residents Association"}, """
        Dear Estate Manager,

        At our meeting on 20 October residents again raised the overgrown hedges along the Hollin Park Road
        footpath, which force pushchairs and wheelchairs into the road. Please let us know when they will be cut back.

        Secretary, HPTRA
    """),
     V("estate", None, "hedge|footpath", "Residents' association, not one customer -> review; overgrown hedges -> estate.")),

    (sms_in("11-02 07:20", "+447700900347", """
        Gritting bin at the top of Moorside Crescent is empty and the hill is like an ice rink this morning
    """),
     R("C300047", "estate", None, "grit|ice", "Known mobile; empty grit bin and icy estate road -> estate.")),

    (email_in("11-10 13:10", "tariq.h@example.com", "Tariq Hussain", "Garage waiting list", """
        Hi, is there a waiting list for the garages behind Moorside Crescent? I'd like one for storage. Tariq
    """),
     R("C300012", "estate", None, "garage|waiting list", "Known e-mail (Tariq's own); garage rental enquiry -> estate.")),
]

# ============================================================================================
# General: contact details, paperwork, opening hours, call-backs with no topic, communication needs
# ============================================================================================
ITEMS += [
    (sms_in("10-02 10:02", "+447700900323", """
        Hi its Sophie at 9 Beckside, my new email is sophie.l.2026@example.org please update it. Ta
    """),
     R("C300023", "general", None, "email|update", "Known mobile (Sophie's own); change of e-mail address -> general.")),

    (call_in("10-05 16:55", "+447700900312", """
        Agent: Fairholme Homes, Joe speaking.
        Caller: Hi, Tariq Hussain. Someone from your office rang me this morning but didn't leave a message. Do you know who it was?
        Agent: I can't see a note on your account, sorry. If it's important they'll try again.
        Caller: OK, no problem.
    """, dur=75),
     R("C300012", "general", None, "call|missed|who", "Known mobile; returning an unexplained call -> general.")),

    (wa_in("10-07 11:30", "447700900318", "Mohammed", """
        مرحبا، ما هي ساعات عمل المكتب في برادفورد يوم السبت؟
    """),
     R("C300018", "general", None, "office|hours|saturday",
       "Arabic: 'what are the Bradford office opening hours on Saturday?' Known number -> general.")),

    (email_in("10-08 12:00", "a.wojcik@example.org", "Agnieszka Wójcik", "Interpreter", """
        Hello, please can you note on my file that I would like a Polish interpreter for any visits or phone calls
        about important things. Thank you. Agnieszka
    """),
     R("C300006", "general", None, "interpreter|polish", "Known e-mail; recording a communication need -> general.")),

    (letter("10-09 09:00", {"name": "Mrs E. Dawson"}, """
        25 Thornhill Gardens, LS12 5EW

        Please could you send all my letters in large print from now on. My eyes are not what they were.

        Eileen Dawson
    """),
     R("C300030", "general", None, "large print|letters", "Name + address -> C300030; communication needs -> general.")),

    (sms_in("10-12 12:00", U4(11), """
        hi can someone call me back pls
    """),
     V("general", None, "call back", "Unknown mobile, callback with no topic -> review; general.")),

    (tg_in("10-13 08:08", "5120034471", "Agnieszka", """
        Czy możecie przesłać mi kopię umowy najmu? Zgubiłam swoją przy przeprowadzce. Dziękuję.
    """),
     R("C300006", "general", None, "copy|agreement|tenancy",
       "Polish: 'can you send me a copy of my tenancy agreement? I lost mine when moving.' Linked Telegram id -> "
       "paperwork -> general (tenancy defensible).", TEN)),

    (visit("10-14 12:30", cust("C300035"), SHEFFIELD_OFFICE, "walk_in", "attended", """
        Mr Sykes came in to hand in a form for his gas safety certificate copy and asked if he could use the office
        printer for a job application. Provided copy of certificate.
    """, direction="inbound"),
     R("C300035", "general", None, "certificate|copy", "Walk-in for a document copy -> general.")),

    (chat("10-15 17:10", {"name": "Visitor"}, """
        Visitor: what time do you close today
        Agent (Sunita): Our phone lines are open until 6pm and webchat until 8pm.
        Visitor: thanks
    """),
     V("general", None, "close|open|hours", "Anonymous webchat visitor, opening hours -> review; general.")),

    (call_out("10-16 10:30", "+447700900359", "Customer services", "completed", dur=28, answered_by="machine_end_other",
              voicemail=False),
     R("C300059", "general", None, ATTEMPT, "Outbound call reached an answering machine, no message -> attempt; any category.", ANY)),

    (email_in("10-19 15:15", "hassan.warsame@example.net", "Hassan Warsame", "New phone number", """
        Hello my new mobile number is 07700 900733. The old one is broken. Hassan Warsame, Flat 8 Foundry Walk
    """),
     R("C300033", "general", None, "number|phone|mobile", "Known e-mail; change of phone number -> general.")),

    (sms_in("10-22 19:45", "+447700900339", """
        Please book a BSL interpreter for the gas check next week. I can not hear the door so text me 10 min before.
        Shirley
    """),
     R("C300039", "general", None, "bsl|interpreter|text",
       "Known mobile; arranging a BSL interpreter and text alert for an appointment -> general (repairs defensible).", REP)),

    (wa_in("10-26 13:13", "447700900325", "Ioana", """
        Bună ziua, am nevoie de o scrisoare de la voi pentru banca, că locuiesc la adresa asta. Mulțumesc.
    """),
     R("C300025", "general", None, "letter|address|bank",
       "Romanian: 'I need a letter from you for the bank confirming I live at this address.' Known number -> general "
       "(tenancy defensible).", TEN)),

    (email_in("11-03 10:40", "m.ellis@foodbank-bradford.example.org", "Bradford Foodbank", "Referral voucher", """
        Hi, can Fairholme issue foodbank vouchers directly, or do your tenants need to go through their GP? We've had
        several ask us. Thanks, Mel
    """),
     V("general", None, "foodbank|voucher", "Organisation enquiry with no customer -> review; general.")),

    (call_in("11-12 09:00", "+441632960316", """
        Agent: Fairholme Homes, Rachel speaking.
        Caller: Hello? It's Patricia Lumb... I can't hear you very well dear. I got your letter. Could you just write to me again with who to ring?
        Agent: Of course, Mrs Lumb, I'll write today.
    """, dur=60),
     R("C300016", "general", None, "letter|write", "Known landline; asks for written contact -> general.")),
]

# ============================================================================================
# Ignore: bulk, auto-replies, bounces, marketing, spam, social chatter, automated reminders, STOP
# ============================================================================================
ITEMS += [
    (email_in("10-01 06:00", "offers@boilerdeals-uk.example.com", "BoilerDeals UK", "Landlords: save 40% on combi boilers", """
        Exclusive trade pricing for social landlords! New A-rated combi boilers from £695 fitted. Reply STOP to opt out.
    """, headers=NEWS_HEADERS),
     I("Marketing e-mail about boilers -> ignore.")),

    (email_in("10-03 12:01", "daniel.okafor@example.com", "Daniel Okafor", "Automatic reply: Your repair appointment", """
        Thank you for your email. I am on annual leave until 12 October with limited access to email.
    """, headers=AUTO_REPLY),
     I("Tenant's out-of-office auto-reply -> ignore.")),

    (email_in("10-05 04:20", "mailer-daemon@mx.example.net", "Mail Delivery System", "Undeliverable: Rent increase notice", """
        Delivery has failed to these recipients: kellyb.old@example.net. The recipient's mailbox is full.
    """, headers=BOUNCE),
     I("Bounce -> ignore.")),

    (sms_in("10-06 09:10", "+447700900357", """
        STOP
    """),
     I("STOP reply to automated texts -> ignore (record defensible).", {"action": ["record"], "customer_ref": ["C300057"],
                                                                         "category": ["general"]})),

    (fb_in("10-08 20:30", "fb:100090000407", "Sarah-Jane P", """
        Lovely to see the new flowers at Weavers Row 🌸 well done all
    """),
     I("Positive social chatter asking nothing -> ignore.")),

    (sms_out("10-09 08:00", "+447700900344", """
        Fairholme Homes: reminder - your repair appointment is tomorrow 8am-12pm. Reply R to rearrange.
    """, sender="Fairholme Homes"),
     I("Automated appointment reminder -> ignore (record defensible).", {"action": ["record"], "customer_ref": ["C300044"],
                                                                         "category": ["repairs"]})),

    (email_in("10-12 03:33", "security@account-verify.example.com", "Microsoft 365", "Password expires today", """
        Your mailbox password expires today. Click here to keep your current password.
    """),
     I("Phishing spam -> ignore.")),

    (tg_in("10-14 02:02", "9911223344", "crypto_max", """
        🚀 Earn 5000% with our new coin!!! Join channel now
    """),
     I("Telegram spam from an unlinked id -> ignore.")),

    (email_in("10-19 07:00", "newsletter@tpas-north.example.org", "Tenant Participation North", "October update: damp, rent setting, ASB toolkit", """
        In this issue: new damp and mould standards; rent-setting consultation; ASB case review toolkit; events.
        Unsubscribe here.
    """, headers=NEWS_HEADERS),
     I("Sector newsletter with category vocabulary -> ignore.")),

    (ig_in("10-22 12:00", "@leedsfoodie", "Leeds Foodie", """
        Tag a friend who needs to try the new cafe on Hollin Park Road ☕️ #leeds
    """),
     I("Unrelated social post -> ignore.")),

    (email_in("10-29 18:00", "kwame.mensah@example.com", "Kwame Mensah", "Re: Your feedback survey", """
        Auto-response: This mailbox is not monitored.
    """, headers=AUTO_REPLY),
     I("Auto-response from a customer's mailbox -> ignore.")),

    (wa_in("11-01 10:00", "447700900327", "Fatima", """
        👍
    """),
     I("Lone emoji acknowledgement -> ignore (record defensible).", {"action": ["record"], "customer_ref": ["C300027"],
                                                                   "category": ["general"]})),

    (call_in("11-04 13:00", U4(12), None, dur=4, status="completed", answered_by="machine_start"),
     I("Robocall / silent inbound call with no content -> ignore (review defensible).",
       {"action": ["review"], "category": ["general"]})),
]


# Ids, writing, validation and coverage: corpus_tools.py (shared with the other generators).
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "train4"


def main() -> int:
    return corpus_tools.build(ITEMS, ['train.jsonl', 'train2.jsonl', 'train3.jsonl'])


if __name__ == "__main__":
    sys.exit(main())

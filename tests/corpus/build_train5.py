#!/usr/bin/env python3
"""Build a fifth labelled training split (deterministic; writes only train5.jsonl / train5.expected.jsonl).

    python tests/corpus/build_train5.py

Same formats, directory and label conventions as README.md; the envelope helpers, validator and coverage
report are reused from build_train3.py (imported, not copied), as in build_train4.py. Every message below is
written by hand for this split. It concentrates on the router's weak spots: Awaab's Law hazards phrased many
ways (and in community languages), damp and mould including mould in passing, ASB and safeguarding reported
subtly or anonymously, hard non-sensitive / non-hazard look-alikes, and complaints that never say "complaint".
Ids are hashed from the event content with the salt "train5" and checked for uniqueness against train.jsonl,
train2.jsonl, train3.jsonl, train4.jsonl and the shared samples.
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
ASB = {"category": ["asb"], "sensitive": [True]}
SAFE = {"category": ["safeguarding"], "sensitive": [True]}
ANON = {"action": ["anonymous"], "customer_ref": [None]}
RECOK = {"action": ["record"]}
LIVE = {"hazard": ["damp_mould"]}


def U5(n: int) -> str:
    """An unknown (not in the directory) mobile for this split: +44 7700 9005nn."""
    return f"+4477009005{n:02d}"


def W5(n: int) -> str:
    """The same unknown mobile as WhatsApp sends it (no '+')."""
    return f"4477009005{n:02d}"


def FB5(n: int) -> str:
    """A Facebook sender id not linked to anyone."""
    return f"fb:1000900005{n:02d}"


# ============================================================================================
# Hazards 1: Awaab's Law emergencies, phrased every which way (plain, text-speak, community languages)
# ============================================================================================
ITEMS += [
    (sms_in("10-01 07:52", "+447700900307", """
        can smell gas on the landing right outside my door, proper strong, think its coming from the meter cupboard.
        ive not put any lights on. flat 4 ashgrove. what do i do
    """),
     R("C300007", "repairs", "emergency", "gas|smell",
       "Known mobile; strong smell of gas near the meter cupboard -> emergency (gas escape).")),

    (call_in("10-01 22:14", "+441632960342", """
        Agent: Fairholme out of hours, Nadia speaking.
        Caller: It's Keith Barraclough, 6 Weavers Row. That little white detector thing in the kitchen, the carbon monoxide one, it's going off like mad. The wife's got a thumping head and she's been sick twice.
        Agent: Mr Barraclough, I need you both out of the house now please, leave the door open, don't use the cooker or the fire. Ring the gas emergency number once you're outside, and I'm sending our engineer.
        Caller: We're going now. Should I take the dog?
        Agent: Yes, take the dog, and if your wife gets worse call 999.
    """, to=OOH, dur=174),
     R("C300042", "repairs", "emergency", "carbon monoxide|co|alarm",
       "Known landline; carbon monoxide alarm sounding with symptoms (headache, vomiting) -> emergency.")),

    (wa_in("10-02 18:40", "447700900337", "Grażyna", """
        Dzień dobry, czuję gaz w kuchni, chociaż kuchenka jest wyłączona. Otworzyłam okno. Co mam robić?
        Grażyna Nowak, 40 Hollin Park Road
    """),
     R("C300037", "repairs", "emergency", "gas|smell|kitchen",
       "Polish: 'I can smell gas in the kitchen although the cooker is off; I've opened the window; what should I do?' "
       "Her own mobile (not the shared landline) -> C300037; gas smell -> emergency.")),

    (wa_in("10-03 06:25", "447700900309", "Imran", """
        Bhai kitchen mein gas ki bu aa rahi hai bohat tez, maine khirki khol di hai aur meter band kar diya. Jaldi
        kisi ko bhejo please. Flat 9
    """),
     R("C300009", "repairs", "emergency", "gas|smell",
       "Urdu in Roman script: 'there's a very strong smell of gas in the kitchen, I've opened the window and turned "
       "off the meter; send someone quickly.' Known number -> emergency.")),

    (tg_in("10-03 21:05", "6230118845", "Andrei", """
        Alarma de monoxid de carbon sună continuu de zece minute și băiatul meu are dureri de cap. Suntem afară în
        fața casei. Ce facem?
    """),
     R("C300014", "repairs", "emergency", "carbon monoxide|alarm",
       "Romanian: 'the carbon monoxide alarm has been sounding continuously for ten minutes and my son has a "
       "headache; we're outside the house, what do we do?' Linked Telegram id -> emergency.")),

    (email_in("10-04 13:12", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Socket scorched", """
        Hello,

        When I plugged the hoover into the double socket in my living room this morning it crackled and there was a
        smell of burning. The faceplate now has brown scorch marks across the top and feels warm even with nothing
        plugged in. I've switched it off at the wall but I'm not sure that's enough?

        Sandra
        Flat 6 Ashgrove Court
    """, to=REPAIRS_BOX),
     R("C300049", "repairs", "emergency", "socket|scorch|burn",
       "Known e-mail; scorched, warm socket that crackled and smelled of burning (fire risk) -> emergency electrical.")),

    (sms_in("10-05 08:03", "+447700900353", """
        sparks came out the plug in the kitchen when i put the kettle on!!! trip switch has gone n no power
        downstairs now. too scared to touch anything. lucy 44 hollin pk
    """),
     R("C300053", "repairs", "emergency", "spark|socket|plug|power",
       "Known mobile; socket sparking and tripping the supply -> emergency electrical.")),

    (chat("10-05 19:47", {"email": "rebecca.thornton@example.org", "name": "Rebecca"}, """
        Visitor: hi, water is dripping out of the light in my bathroom ceiling, the bulb flickered and went off
        Agent (Marcy): Please don't touch the switch. Do you know where your fuse box is?
        Visitor: yes I've turned the lights circuit off. I think it's coming from the flat above
        Agent (Marcy): Great, thank you. I've raised an emergency job for a plumber and electrician and I'll ask them to check flat 14 too.
    """),
     R("C300034", "repairs", "emergency", "water|light|leak",
       "Webchat with the customer's e-mail; water dripping through a ceiling light fitting -> emergency.")),

    (call_in("10-06 23:31", "+447700900320", """
        Agent: Fairholme out of hours, Steve.
        Caller: Hi, it's Bethany Cole, flat 3 Calder Court. The kitchen ceiling's got a massive bulge in it, like a balloon, and it's dripping in the middle. Flat above isn't answering.
        Agent: OK Bethany, keep out of the kitchen and put a bowl under it. Is the water near any lights?
        Caller: No, the light's on the other side. It's getting bigger though.
        Agent: I'm sending the emergency plumber now and we'll get access to the flat above.
    """, to=OOH, dur=203),
     R("C300020", "repairs", "emergency", "ceiling|bulge|water",
       "Known mobile; ceiling bulging with water at risk of collapse -> emergency.")),

    (letter("10-07 09:00", {"name": "R. Illingworth"}, """
        15 Beckside Mews
        Bradford BD4 7HA

        Dear Sirs,

        There is a crack in the side wall of my house, the end one by the garage, that runs from the bedroom window
        down to the ground. In August you could just see it. Now I can get two fingers in at the top and the back
        door has started to stick because the frame has moved. Last night I heard a crack like a gunshot from that
        wall. I would be grateful if somebody would come quickly as I am worried about it.

        R. Illingworth
    """),
     R("C300058", "repairs", "emergency", "crack|wall|structural",
       "Name + address -> C300058; widening structural crack with the door frame moving -> structural danger -> "
       "emergency (null defensible for a letter).", NOHZ)),

    (wa_in("10-07 17:18", "447700900343", "Aisha", """
        Boiler's gone off and it won't relight, red light flashing. No heating no hot water. I've got a 3 week old
        baby and it says 14 degrees in the lounge. Please someone come today. 27 Weavers Row
    """),
     R("C300043", "repairs", "emergency", "boiler|heating|hot water|baby",
       "Known number; total loss of heating and hot water with a newborn in the house -> emergency.")),

    (call_in("10-08 07:40", "+441144960355", """
        Agent: Fairholme Homes, Callum speaking.
        Caller: Good morning love, Christine Mellor, number 2 Moorside. My heaters haven't come on since yesterday teatime. I'm 78 and I've got a bad heart, and I've been wrapped in a blanket all night.
        Agent: Oh Mrs Mellor, I'm sorry. I'll get this down as an emergency for today and arrange for some temporary heaters to be dropped round this morning.
        Caller: Thank you, that's a weight off.
    """, to=SHEFF, dur=156),
     R("C300055", "repairs", "emergency", "heat|heating|heater",
       "Known landline; no heating for a 78-year-old with a heart condition -> vulnerable household -> emergency.")),

    (email_in("10-08 16:45", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Heating - urgent please", """
        Hi,

        The heating has stopped working altogether, the radiators are stone cold and the thermostat is blank. As you
        know I use a wheelchair and can't move about to keep warm, and the cold sends my legs into spasm. My carer
        has put a fan heater in the bedroom but that's the only warm room.

        Please can someone come today.

        Lorraine Kettlewell
        Flat 7, Ashgrove Court

        Sent from Outlook for Android
    """, to=REPAIRS_BOX),
     R("C300008", "repairs", "emergency", "heating|radiator",
       "Known e-mail; no heating for a wheelchair user whose condition worsens in the cold -> emergency.")),

    (sms_in("10-09 10:22", "+447700900331", """
        no hot water since sat, boiler just clicks. my partner is on chemo and the nurse said she has to keep
        everything clean cos of infections. can you get someone out asap. nathan 31 thornhill
    """),
     R("C300031", "repairs", "emergency", "hot water|boiler",
       "Known mobile; no hot water where a household member is on chemotherapy (infection risk) -> emergency.")),

    (sms_in("10-10 06:58", "+447700900328", """
        sewage is coming UP in the bath and the downstairs toilet, brown water with bits in it, its filling up. the
        smell is disgusting and ive got the kids here. please send someone now
    """),
     R("C300028", "repairs", "emergency", "sewage|drain|toilet|bath",
       "Known mobile; sewage backing up into the bath and toilet with children in the home -> emergency.")),

    (call_in("10-10 14:10", "+447700900319", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Gary Naylor, 47 Weavers Row. The manhole in my back garden is overflowing. It's raw sewage, it's all over the path and running towards the back door.
        Agent: Is it coming into the house?
        Caller: Not yet, I've put a towel down. The grandkids are due after school.
        Agent: Keep them off the garden. I'll get the drainage contractor out as an emergency this afternoon.
    """, dur=131),
     R("C300019", "repairs", "emergency", "sewage|manhole|drain",
       "Known mobile; raw sewage overflowing a garden manhole towards the house -> emergency (estate / null "
       "defensible as it is outside).", {"category": ["estate"], "hazard": [None]})),

    (wa_in("10-11 01:35", "447700900357", "Tracey", """
        someone has kicked my front door in while I was at my mums. police have been but the frame is split down
        the side and the lock wont catch at all. i cant leave the flat open all night, everything i own is in here.
        flat 9 calder ct
    """),
     R("C300057", "repairs", "emergency", "door|lock|frame|break-in",
       "Known number; front door cannot be secured after a break-in -> emergency (make safe / board up). Burglary "
       "of the tenant's own home is not ASB.", {"category": ["asb"], "sensitive": [True]})),

    (tg_in("10-11 20:20", "4409987612", "Kwame", """
        The light fitting in my hallway has dropped out of the ceiling and is hanging by the cable. You can see bare
        copper where it's pulled out of the block. I've turned the lights off at the board. 18 Thornhill Gardens
    """),
     R("C300029", "repairs", "emergency", "wire|cable|light|copper",
       "Linked Telegram id; light fitting hanging by its cable with bare conductors -> exposed wiring -> emergency.")),

    (sms_in("10-12 18:44", U5(1), """
        light switch in my sons bedroom has snapped in half and u can see the wires inside. hes 3. flat 9 calder
        court
    """),
     V("repairs", "emergency", "switch|wire",
       "Unknown mobile giving an address but no name (Flat 9 Calder Court is C300057, whose mobile differs) -> "
       "review (record defensible); exposed wiring with a toddler -> emergency.",
       {"action": ["record"], "customer_ref": ["C300057"]})),

    (ig_in("10-13 16:05", "@jamie_r_ashgrove", "Jamie Rowntree", """
        hiya can someone ring me. ball came through my front room window, its ground floor, glass all over the
        floor and a massive hole. ive got my 2 nephews here theyre 2 and 4. flat 16 ashgrove court
    """),
     R("C300050", "repairs", "emergency", "window|glass",
       "Instagram name + address -> C300050 (review defensible); smashed ground-floor window with young children "
       "present -> emergency board-up.", {**REVOK, "hazard": [None]})),

    (email_in("10-13 09:20", "paul.greenwood@example.com", "Paul Greenwood", "Front bay", """
        Morning,

        The front bay window at 2 Beckside Mews seems to have dropped. There's a gap at the top of the frame you can
        get your hand into, the brickwork above it has cracked right up to the bedroom sill and bits of mortar are
        landing on the path. I don't like the kids going in and out under it.

        Paul Greenwood

        --
        Paul Greenwood | Site Manager
        Greenwood Groundworks Ltd | 020 7946 0326
    """),
     R("C300026", "repairs", "emergency", "bay|window|brick|crack",
       "Known e-mail; dropped bay with cracked brickwork shedding mortar over the entrance -> structural danger -> "
       "emergency.", NOHZ)),

    (email_in("10-14 12:30", "owen.pritchard@example.com", "Owen Pritchard", "Fire door 2nd floor", """
        Hi,

        The fire door across the 2nd floor landing at Calder Court has been propped open with a fire extinguisher
        for about a week, and when I took the extinguisher away the door just hung there, the closer arm is snapped.
        The smoke seal strip is also hanging off. If there was a fire the whole stairwell would fill up.

        Owen Pritchard, Flat 10
    """),
     R("C300040", "repairs", "emergency", "fire door|closer",
       "Known e-mail; communal fire door unable to self-close -> fire-safety failure -> emergency (null and estate "
       "defensible).", {"hazard": [None], "category": ["estate"]})),

    (sms_in("10-14 20:12", "+447700900359", """
        the wired in smoke alarm in my hall has no green light at all and when i press the test button nothing
        happens. its been like that since the power cut. jade flat 13
    """),
     R("C300059", "repairs", "emergency", "smoke alarm|alarm",
       "Known mobile; mains smoke alarm dead (no power light, no test) -> fire-safety failure -> emergency (null "
       "defensible). Contrast with a low-battery chirp, which is routine.", NOHZ)),

    (wa_in("10-15 07:05", "447700900318", "Mohammed", """
        الماء يتدفق بقوة من أنبوب مكسور تحت المغسلة والمطبخ كله غرق. أغلقت المحبس لكنه لا يتوقف. أرجوكم بسرعة.
    """),
     R("C300018", "repairs", "emergency", "water|pipe|flood|burst",
       "Arabic: 'water is gushing from a broken pipe under the sink and the whole kitchen is flooded; I closed the "
       "stopcock but it won't stop; please hurry.' Known number -> flooding -> emergency.")),

    (wa_in("10-15 19:30", "447700900354", "Abdirahman", """
        Ur gaas ayaa ka imanaya jikada, aad u xoog badan. Carruurta dibadda ayaan u saaray. Fadlan degdeg.
    """),
     R("C300054", "repairs", "emergency", "gas|smell|kitchen",
       "Somali: 'there is a very strong gas smell coming from the kitchen; I've taken the children outside; please "
       "hurry.' Known number -> emergency.")),

    (wa_in("10-16 21:48", "447700900347", "Priya", """
        Sat sri akal ji. Saadi rasoi di chatt ton paani tapak reha si, hun light vich vi paani aa gaya te bulb
        fat gaya. Main bijli band kar ditti. Koi jaldi bhejo ji. 17 Moorside
    """),
     R("C300047", "repairs", "emergency", "water|light|ceiling|leak",
       "Punjabi in Roman script: 'water was dripping from our kitchen ceiling, now it has got into the light and the "
       "bulb burst; I've switched the electricity off; please send someone quickly.' Known number -> emergency.")),

    (wa_in("10-17 12:02", W5(2), "Joana", """
        Boa tarde, parte do teto da casa de banho caiu e a água está a pingar em cima do interruptor da luz. Estou
        com medo de usar a eletricidade. 21 Weavers Row.
    """),
     V("repairs", "emergency", "ceiling|water|light|switch",
       "Portuguese from an unknown number, first name only, address not in the directory: 'part of the bathroom "
       "ceiling has fallen and water is dripping onto the light switch; I'm afraid to use the electricity.' -> "
       "review; emergency.")),

    (ig_in("10-17 20:40", "@tiago.ferreira.wf", "Tiago Ferreira", """
        Olá, não temos aquecimento nem água quente há dois dias e a minha mãe tem 85 anos e está doente. Já liguei
        e ninguém veio. Flat 11, Calder Court
    """),
     V("repairs", "emergency", "heating|hot water|mother",
       "Portuguese: 'we've had no heating or hot water for two days, my mother is 85 and ill; I rang and nobody "
       "came. Flat 11 Calder Court.' Flat 11 is not in the directory -> review; vulnerable household -> emergency "
       "(complaint defensible).", CMP)),

    (wa_in("10-18 22:15", "447700900341", "Natalia", """
        Bună seara, miroase a ars din tabloul electric de pe hol și se aude un bâzâit. Am oprit curentul de la
        siguranța mare. Sunt singură acasă.
    """),
     R("C300041", "repairs", "emergency", "fuse|burn|electric",
       "Romanian: 'there's a burning smell from the fuse board in the hall and a buzzing; I've switched off the main "
       "switch; I'm home alone.' Known number -> electrical fire risk -> emergency.")),

    (wa_in("10-19 05:50", "447700900356", "Ahmed", """
        جهاز إنذار أول أكسيد الكربون في غرفة المرجل يطلق صفارة عالية متواصلة منذ الفجر. فتحنا الشبابيك وخرجنا إلى
        الحديقة. 50 ويفرز رو
    """),
     R("C300056", "repairs", "emergency", "carbon monoxide|alarm",
       "Arabic: 'the carbon monoxide alarm in the boiler room has been giving a loud continuous alarm since dawn; we "
       "opened the windows and went into the garden.' Known number -> emergency (continuous alarm, not a "
       "low-battery chirp).")),

    (tg_in("10-19 16:33", "5301177720", "Tomasz", """
        Sufit w przedpokoju pękł i się wybrzuszył, z pęknięcia kapie brudna woda. Boję się, że spadnie na mamę.
        40 Hollin Park Road
    """),
     R("C300038", "repairs", "emergency", "ceiling|water|crack",
       "Polish: 'the hallway ceiling has cracked and bulged, dirty water is dripping from the crack; I'm afraid it "
       "will fall on my mum.' Linked Telegram id (Tomasz) -> emergency.")),

    (sms_in("10-20 11:11", "+447700900335", """
        no heat no hot water 3 days now n i only got out of hospital tues after my op. cant even have a proper wash
        n its freezin. flat 14 foundry
    """),
     R("C300035", "repairs", "emergency", "heat|hot water",
       "Known mobile; three days without heating or hot water just after surgery -> vulnerable -> emergency "
       "(complaint defensible).", CMP)),

    (call_in("10-20 15:25", "+447700900333", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hello, Hassan, flat 8 Foundry Walk. Please, Somali.
        Agent: Of course, one moment, I'll bring the interpreter on.
        Interpreter: Mr Warsame says the heating has not worked for two days. His mother is 80 and has diabetes, she is staying in bed under blankets all day to keep warm.
        Agent: Please tell him I'm booking an emergency heating engineer for today and we'll bring two heaters this afternoon.
    """, dur=388),
     R("C300033", "repairs", "emergency", "heating|mother",
       "Known mobile, call via interpreter; no heating for two days with an 80-year-old diabetic -> emergency.")),

    (chat("10-21 18:02", {"name": "Dawn"}, """
        Visitor: my son just got a shock off the metal tap in the bath, like a proper jolt up his arm. is that normal??
        Agent (Marcy): No, that isn't normal and it could be dangerous. Please keep everyone out of the bathroom. Can I take your name and address?
        Visitor: 52 Thornhill Gardens
        Agent (Marcy): I'm raising an emergency electrician now.
    """),
     V("repairs", "emergency", "shock|tap|bath|electric",
       "Webchat, first name and an address not in the directory -> review; electric shock from a bath tap "
       "(earthing fault) -> emergency.")),

    (fb_in("10-22 09:15", FB5(1), "Kelly Brannigan", """
        Please can someone ring me, I can smell gas outside by the meter box, really strong near the back door.
        15 Hollin Park Road
    """),
     R("C300003", "repairs", "emergency", "gas|meter",
       "Facebook name + address -> C300003 (review defensible); gas smell at the meter box -> emergency.", REVOK)),

    (visit("10-22 14:00", {"name": "Plumber (R. Dyson)"}, cust("C300011"), "appointment", "attended", """
        Attended 8 Moorside Crescent for leak under the bath. Found the waste joint failed and water has tracked
        along the joists into the understairs cupboard where the consumer unit is - water inside the board. Isolated
        the supply and made safe. Tenant and children without power. Emergency electrician requested to attend
        today.
    """),
     R("C300011", "repairs", "emergency", "consumer unit|water|electric|leak",
       "Operative visit note -> record against the tenant; water inside the consumer unit, power isolated -> "
       "emergency.")),

    (sms_in("10-23 19:59", "+447700900317", """
        omg the bathroom ceilin has just come down!!! plaster n water everywhere, no one hurt but its still pouring
        thru from upstairs. chloe 30 weavers
    """),
     R("C300017", "repairs", "emergency", "ceiling|water|collapse",
       "Known mobile; bathroom ceiling collapsed with water still pouring through -> emergency.")),

    (call_in("10-24 02:10", "+441134960357", """
        Agent: Fairholme out of hours.
        Caller: Hello... yes, is water, a lot of water, from the tank in the loft, it comes down the stairs.
        Agent: OK, can you turn off the stopcock? It's usually under the kitchen sink. Who am I speaking to?
        Caller: Is 40 Hollin Park. I try the tap now... it is stuck.
        Agent: Stay away from any sockets that are wet. I'm sending the emergency plumber now.
    """, to=OOH, dur=166),
     V("repairs", "emergency", "water|tank|loft|flood",
       "Shared Nowak landline, caller gives only the address, not a name -> review (either Nowak defensible); "
       "loft tank flooding down the stairs -> emergency.",
       {"action": ["record"], "customer_ref": ["C300037", "C300038"]})),

    (email_in("10-24 10:35", "imran.siddiqui@example.org", "Imran Siddiqui", "Balcony", """
        Hi,

        The concrete on the underside of my balcony has started breaking off in chunks, one the size of a brick
        landed on the path below yesterday right where people walk to the bins. You can see rusty metal bars
        inside now.

        Imran, Flat 9 Ashgrove Court
    """),
     R("C300009", "repairs", "emergency", "balcony|concrete",
       "Known e-mail; spalling balcony concrete falling onto a footpath -> structural danger -> emergency.",
       {"hazard": [None], "category": ["estate"]})),

    (sms_in("10-25 13:40", "+447700900346", """
        water pouring through the ceiling into my living room from the flat above, its coming through the light
        fitting too. ive switched the electric off. john smith flat 14 calder ct
    """),
     R("C300046", "repairs", "emergency", "water|ceiling|light",
       "Known mobile (the Calder Court John Smith); water pouring through the ceiling and a light fitting -> "
       "emergency.")),
]

# ============================================================================================
# Hazards 2: damp and mould (significant, and mentioned in passing) and hard non-hazard look-alikes
# ============================================================================================
ITEMS += [
    (wa_in("10-01 11:20", "447700900352", "Bogdan", """
        Bună ziua. Avem mucegai negru pe tot peretele din camera copiilor și după dulap. Băiatul meu are astm și a
        fost la urgențe săptămâna trecută. Vă rog să trimiteți pe cineva. Bogdan, 19 Beckside Mews
    """),
     R("C300052", "damp_mould", "damp_mould", "mould|asthma|children",
       "Romanian: 'we have black mould over the whole wall of the children's room and behind the wardrobe; my son "
       "has asthma and was in A&E last week.' Known number -> damp_mould (emergency defensible given the "
       "hospital visit).", EMG)),

    (sms_in("10-02 08:11", "+447700900303", """
        the walls in the back bedroom are literally running with water every morning. puddles on the window sill,
        wallpaper peeling off at the corners and the bed is damp to touch. kelly 15 hollin pk rd
    """),
     R("C300003", "damp_mould", "damp_mould", "condensation|damp|wall|water",
       "Known mobile; heavy condensation running down walls, damp bedding (no word 'mould') -> damp_mould.")),

    (email_in("10-03 17:30", "marcus.bell@example.com", "Marcus Bell", "Fungus in bathroom", """
        Hi there,

        Something is growing out of the skirting board behind the toilet - it looks like an orange-brown
        pancake with a white fluffy edge, and there's a fine rusty dust on the floor round it. The skirting is soft
        when I press it. I've googled it and I'm worried it's dry rot.

        Photos attached.

        Marcus Bell
        12 Thornhill Gardens
    """),
     R("C300060", "damp_mould", "damp_mould", "fungus|rot|skirting",
       "Known e-mail; fungal growth and soft timber (possible dry rot) -> damp_mould (repairs defensible).", REP)),

    (call_in("10-04 10:05", "+447700900347", """
        Agent: Fairholme Homes, Imogen speaking.
        Caller: Hi, Priya Chauhan, 17 Moorside Crescent. My daughter's asthma has gone right downhill since September and the GP's asked whether we've got mould at home. Well, we have - it's all round her bedroom window and on the ceiling above her bed.
        Agent: I'm sorry. I'll get a surveyor booked in this week. Would a letter from the GP be something you could share?
        Caller: Yes, I'll email it.
    """, dur=214),
     R("C300047", "damp_mould", "damp_mould", "mould|asthma|bedroom",
       "Known mobile; mould in a child's bedroom with worsening asthma -> damp_mould.")),

    (letter("10-05 09:00", {"name": "Harold Birkett"}, """
        3 Thornhill Gardens
        Leeds LS12 5EW

        Dear Sir or Madam,

        The back bedroom has a musty smell I cannot get rid of and my good suit in the wardrobe has come out in
        green spots. The wall behind the wardrobe is cold and wet. I keep the heating on as much as I can afford.
        Could somebody come and have a look.

        Yours faithfully,
        H. Birkett
    """),
     R("C300045", "damp_mould", "damp_mould", "mould|musty|wall|damp",
       "Name + address -> C300045; mould on clothes and a wet wall -> damp_mould.")),

    (tg_in("10-06 19:40", "5120034471", "Agnieszka", """
        Pleśń w rogu sypialni wróciła, tym razem większa niż przed malowaniem. Śpię teraz w salonie, bo w sypialni
        nie da się oddychać.
    """),
     R("C300006", "damp_mould", "damp_mould", "mould|bedroom",
       "Polish: 'the mould in the bedroom corner has come back, bigger than before the repaint; I'm sleeping in the "
       "living room because I can't breathe in the bedroom.' Linked Telegram id -> damp_mould.")),

    (visit("10-07 10:45", {"name": "Gas engineer (P. Oduya)"}, cust("C300051"), "appointment", "attended", """
        Annual gas service and safety check completed at 36 Thornhill Gardens, CP12 issued. Note for housing: heavy
        black mould across the kitchen ceiling and round the back door frame, extractor fan not running. Tenant says
        her mother's chest is bad. Please refer to damp team.
    """),
     R("C300051", "damp_mould", "damp_mould", "mould|kitchen|gas service",
       "Gas engineer's visit note: service done, but significant mould noticed and referred -> awareness starts the "
       "Awaab's Law clock -> damp_mould (repairs defensible).", REP)),

    (wa_in("10-08 15:55", "447700900310", "Hodan", """
        Salaan. Derbiga qolka jiifka caruurta wuxuu leeyahay caaryaan madow oo sii faafaya, ilmahayga yar wuxuu
        qufacayaa habeenkii oo dhan. Fadlan qof soo dir. Hodan, flat 12
    """),
     R("C300010", "damp_mould", "damp_mould", "mould|cough|bedroom",
       "Somali: 'the wall of the children's bedroom has spreading black mould; my little one coughs all night; "
       "please send someone.' Known number -> damp_mould.")),

    (ig_in("10-09 22:30", "@calder_mum_of3", "", """
        mould behind literally every bit of furniture in my flat, had to move the baby's cot into the living room.
        who do i send pics to
    """),
     V("damp_mould", "damp_mould", "mould|cot|baby",
       "Instagram handle only, no name or address -> review; widespread mould affecting a baby -> damp_mould.")),

    (chat("10-10 11:15", {"email": "vicky.pemberton@example.org", "name": "Victoria"}, """
        Visitor: There's a damp patch on the chimney breast in the lounge that's grown from the size of a plate to about a metre across since August. The wallpaper's blistering and the plaster sounds hollow
        Agent (Tom): Is there any mould growth on it?
        Visitor: Not that I can see, it's just wet and stained brown
        Agent (Tom): I'll book a damp survey. It could be the flashing on the chimney.
    """),
     R("C300013", "damp_mould", "damp_mould", "damp|chimney|wall",
       "Chat with the customer's e-mail; spreading penetrating damp, no mould yet -> damp_mould (repairs "
       "defensible).", REP)),

    (sms_in("10-11 09:44", "+447700900350", """
        bathroom ceilin gone black agen n the fan still dont work. told u lot in june. jamie flat 16
    """),
     R("C300050", "damp_mould", "damp_mould", "mould|black|ceiling|fan",
       "Known mobile; recurring black mould with a broken extractor -> damp_mould (complaint / repairs "
       "defensible).", {"category": ["complaint", "repairs"]})),

    (email_in("10-12 20:10", "daniel.okafor@example.com", "Daniel Okafor", "RE: Mould treatment - 11 Hollin Park Road", """
        Hi Sam,

        Since you treated the walls on the 24th the mould has come back twice as bad on the bedroom ceiling and has
        started on the landing. The anti-mould paint is flaking off. I don't think spraying it is fixing the cause.

        Dan

        From: Sam Leigh <damp@fairholmehomes.example.org>
        Sent: 25 September 2026 10:14
        To: Daniel Okafor
        Subject: Mould treatment - 11 Hollin Park Road

        Hi Daniel, thanks for letting us in yesterday. We've completed a mould wash and applied a fungicidal
        paint to the bedroom. Please keep the trickle vents open.
    """),
     R("C300002", "damp_mould", "damp_mould", "mould|ceiling|landing",
       "Known e-mail replying to the damp team; mould returned after treatment -> damp_mould (complaint "
       "defensible).", CMP)),

    (wa_in("10-13 08:30", "447700900318", "Mohammed", """
        السلام عليكم. جدران غرفة النوم مبللة والطلاء يتقشر، ورائحة الرطوبة قوية جداً في كل البيت. ملابس الأطفال
        في الخزانة صار عليها بقع سوداء.
    """),
     R("C300018", "damp_mould", "damp_mould", "damp|mould|wall",
       "Arabic: 'the bedroom walls are wet and the paint is peeling; a very strong damp smell throughout; the "
       "children's clothes in the wardrobe have black spots.' Known number -> damp_mould.")),

    (call_out("10-14 11:20", "+447700900336", "Damp and mould team", "completed", dur=241, answered_by="human", transcript="""
        Agent: Hi Grace, it's Oliver from the damp and mould team, following up your report. Can I book the surveyor in?
        Caller: Please. It's on the baby's clothes now, the ones in the drawers, grey fluffy spots. I've binned two babygros.
        Agent: I'm sorry. Tuesday morning between 8 and 12?
        Caller: Yes, that's fine.
    """),
     R("C300036", "damp_mould", "damp_mould", "mould|surveyor|clothes",
       "Outbound damp team call booking a survey; mould on a baby's clothes -> damp_mould.")),

    (portal("10-15 13:00", {"customer_ref": "C300024", "email": "ryan.doyle@example.com", "name": "Ryan Doyle"},
            "Report damp or mould", """
        Form: Report damp or mould
        Where: Kitchen, behind the washing machine and in the corner above the back door
        How long: since the roof was repaired in the summer
        Anyone in the household with health conditions: my partner has COPD
        Description: black spots spreading along the ceiling line, skirting board swollen and soft
    """),
     R("C300024", "damp_mould", "damp_mould", "mould|kitchen|copd",
       "Portal form with customer ref -> C300024; mould with a household member with COPD -> damp_mould.")),

    (email_in("10-16 07:50", "chloe.armitage@example.net", "Chloe Armitage", "Please read - Maisie in hospital", """
        Hi,

        My daughter Maisie was admitted to the children's ward last night with breathing problems. The consultant
        asked straight away if we have mould at home. We do - I've reported the black mould in her room twice. I
        can't take her back into that room. What are you going to do?

        Chloe Armitage
        30 Weavers Row
    """),
     R("C300017", "damp_mould", "emergency", "mould|hospital|breathing",
       "Known e-mail; child hospitalised with breathing problems linked to mould in her room -> damp_mould with "
       "emergency hazard (damp_mould hazard and complaint defensible).", {**LIVE, **CMP})),

    (sms_in("10-17 16:30", "+447700900325", """
        Hello it is Ioana. The wall in my bathroom is all black small dots and it smell bad. Please someone check.
        12 Beckside
    """),
     R("C300025", "damp_mould", "damp_mould", "mould|bathroom|black",
       "Known mobile; mould in the bathroom described as black dots -> damp_mould.")),

    (visit("10-18 12:30", {"name": "Housing officer (S. Rahman)"}, cust("C300032"), "door_knock", "attended", """
        Door knock at Flat 5 Foundry Walk re rent account. Ms Kamińska showed me the bedroom: mould on three walls,
        window reveals wet, her son sleeping on the sofa. Damp referral made today; rent query resolved (UC payment
        date).
    """),
     R("C300032", "damp_mould", "damp_mould", "mould|bedroom|referral",
       "Housing officer visit about rent, but the substance is mould across a bedroom with a referral -> "
       "damp_mould (rent defensible).", RENT)),

    # --- mould / damp in passing ---
    (sms_in("10-19 12:05", "+447700900357", """
        hiya can i pay £50 fri instead of today, car broke down n had to pay the garage. also that black stuff has come
        back all round the bath if someone can have a look at some point. tracey flat 9
    """),
     R("C300057", "rent", "damp_mould", "pay|rent,mould",
       "Known mobile; rent payment date, with live mould mentioned in passing -> rent with damp_mould hazard "
       "(README convention; damp_mould category and null hazard defensible).", {**DMP, **NOHZ})),

    (email_in("10-20 14:40", "beth.cole@example.com", "Bethany Cole", "Adding Liam to the tenancy", """
        Hi,

        My partner Liam has been living with me for just over a year now and we'd like to put the tenancy in both
        our names. What forms do we need?

        Also, the mould in the girls' room is still there from when I reported it in the summer - nobody came.

        Thanks,
        Beth
        Flat 3 Calder Court
    """, to=TENANCY_BOX),
     R("C300020", "tenancy", "damp_mould", "joint|tenancy,mould",
       "Known e-mail; joint tenancy request with an unresolved mould report in passing -> tenancy, hazard damp_mould "
       "(damp_mould / complaint category and null hazard defensible).",
       {"category": ["damp_mould", "complaint"], "hazard": [None]})),

    (wa_in("10-21 10:10", "447700900309", "Imran", """
        Salam, transfer form ka kya hua? Is flat mein har taraf seelan hai aur deewaron pe kaali phaphoond hai,
        meri biwi ki saans ki taklif barh gayi hai. Hamein jaldi shift karna hai. Imran flat 9
    """),
     R("C300009", "lettings", "damp_mould", "transfer,damp|mould",
       "Urdu in Roman script: 'what happened to my transfer form? This flat is damp everywhere with black mould on "
       "the walls; my wife's breathing has got worse; we need to move soon.' Known number -> lettings (transfer) with "
       "live damp_mould hazard (damp_mould category defensible).", DMP)),

    (call_in("10-22 16:50", "+441134960345", """
        Agent: Fairholme Homes, Becky speaking.
        Caller: Hello, it's Harold Birkett, 3 Thornhill Gardens. I've got a new telephone number for my daughter, she's my emergency contact now. It's 07700 900721.
        Agent: Thank you Mr Birkett, I've updated that.
        Caller: And while I've got you, that damp in the back bedroom I wrote about, it's creeping along the ceiling now.
        Agent: I'll add that to the damp case and ask the surveyor to call you.
    """, dur=142),
     R("C300045", "general", "damp_mould", "contact|number,damp",
       "Known landline; updating an emergency contact, with live damp mentioned in passing -> general with "
       "damp_mould hazard (damp_mould category and null hazard defensible).", {**DMP, **NOHZ})),

    (email_in("10-23 09:05", "christine.mellor@example.com", "Christine Mellor", "Bin store and stairwell", """
        Hello,

        The bin store at the end of Moorside is full to the brim again and the lids won't shut, so the foxes have
        had everything out.

        Also the walls on the communal stairs up to the flats are black with mould at the top by the skylight, it
        smells horrible going up.

        Christine
    """),
     R("C300055", "estate", "damp_mould", "bin,mould|stair",
       "Known e-mail; bin store overflowing plus mould in a communal stairwell -> estate with damp_mould hazard "
       "(null hazard and damp_mould category defensible as it is a common part).", {**DMP, **NOHZ})),

    # --- non-hazard look-alikes ---
    (sms_in("10-24 09:30", "+447700900351", """
        gas man came back yesterday and fitted the new part, heatings working lovely now. thanks so much for
        sorting it so quick x Yasmin
    """),
     R("C300051", "repairs", None, "heating|fixed|engineer",
       "Known mobile; thanks after the heating was repaired; nothing outstanding -> repairs, no hazard (general "
       "defensible).", GEN)),

    (wa_in("10-25 08:15", "447700900325", "Ioana", """
        Bună dimineața, căldura a revenit azi-noapte, s-a rezolvat singură după ce a venit curentul. Nu mai e nevoie
        să vină nimeni mâine. Mulțumesc!
    """),
     R("C300025", "repairs", None, "heating|cancel|back",
       "Romanian: 'the heating came back overnight, it sorted itself once the power returned; no need for anyone to "
       "come tomorrow, thanks.' Known number -> repairs (cancel the visit); no hazard.")),

    (email_in("10-26 10:50", "vicky.pemberton@example.org", "Victoria Pemberton", "Gas safety check date", """
        Hello,

        I've had the letter about the annual gas safety check on the 4th. I work until 3 so could it be moved to
        after 3pm, or a Saturday? Happy for my neighbour at 12 to let them in if not.

        Thanks,
        Victoria
    """),
     R("C300013", "repairs", None, "gas safety|check|appointment",
       "Known e-mail; rebooking the annual gas safety check -> repairs, no hazard (the word 'gas' is not an "
       "emergency).")),

    (sms_in("10-27 21:40", "+447700900323", """
        smoke alarm in the hall has started chirping every minute, think the battery's going. is it yours or mine
        to change? its the one on the ceiling not the wired one. sophie 9 beckside
    """),
     R("C300023", "repairs", None, "smoke alarm|battery|chirp",
       "Known mobile (Sophie's own); low-battery chirp from a battery smoke alarm -> routine repair, no hazard.")),

    (letter("10-28 09:00", {"name": "Mrs P. Lumb"}, """
        3 Weavers Row
        Bradford BD3 9PL

        Dear Income Team,

        Please find enclosed my rent card. Could you tell me why the amount has gone up by £3.20 a week from October?
        I thought the increase was in April.

        I would also like to say the men who fixed the damp in my kitchen last year did a lovely job and it has not
        come back.

        Patricia Lumb
    """),
     R("C300016", "rent", None, "rent|increase",
       "Name + address -> C300016; rent increase query; the damp is explicitly fixed and not recurring -> hazard "
       "null (README convention).")),

    (tg_in("10-28 18:25", "7781200943", "Stuart", """
        The carbon monoxide detector by my boiler says 'replace by 2025' on the side. Do you swap those or do I buy
        one? It's not beeping or anything.
    """),
     R("C300021", "repairs", None, "carbon monoxide|detector|replace",
       "Linked Telegram id; expired CO detector, no alarm -> routine replacement, no hazard (general defensible).", GEN)),

    (visit("10-29 09:40", {"name": "Gas engineer (P. Oduya)"}, cust("C300004"), "appointment", "attended", """
        Annual boiler service and landlord gas safety check at 23 Hollin Park Road. All appliances passed, CO
        alarm tested OK. CP12 left with Mrs Whitaker.
    """),
     R("C300004", "repairs", None, "service|gas safety|boiler",
       "Operative visit note naming Karen Whitaker -> C300004; routine gas safety check passed -> repairs, no hazard.")),

    (call_in("10-29 17:05", "+447700900308", """
        Agent: Fairholme Homes, Callum speaking.
        Caller: Hiya, Lorraine Kettlewell, flat 7 Ashgrove. Just to let you know I rang the gas board last night because I could smell gas, but it turned out one of the hob knobs was knocked on slightly without lighting. They checked everything and said it's all safe.
        Agent: Thanks for letting us know, Lorraine. Do you want us to look at fitting knob guards?
        Caller: That would be brilliant actually.
    """, dur=124),
     R("C300008", "repairs", None, "gas|hob|knob",
       "Known mobile; a gas smell already resolved (hob left on, checked safe) and a request for knob guards -> "
       "repairs, hazard null (emergency defensible).", EMG)),

    (email_in("10-30 12:25", "rebecca.thornton@example.org", "Rebecca Thornton", "Decorating", """
        Hi,

        The mould in the bedroom was treated back in March and the new extractor has done the trick, it hasn't come
        back at all. I'd like to redecorate now - is there any reason I shouldn't paint over the treated area, and do
        I need to use a special paint?

        Thanks, Rebecca
    """),
     R("C300034", "tenancy", None, "decorat|paint",
       "Known e-mail; decorating question after mould treatment that has held -> no live hazard; tenancy (repairs / "
       "general / damp_mould defensible).", {"category": ["repairs", "general", "damp_mould"]})),

    (wa_in("10-31 19:10", "447700900332", "Zofia", """
        Dobry wieczór. Kaloryfer w małym pokoju jest zimny, reszta mieszkania ciepła. Nie pilne, mogę poczekać do
        poniedziałku.
    """),
     R("C300032", "repairs", None, "radiator|cold",
       "Polish: 'the radiator in the small room is cold, the rest of the flat is warm; not urgent, can wait until "
       "Monday.' Known number -> routine heating repair, no hazard.")),

    (sms_in("11-01 10:10", "+447700900340", """
        Boiler showing an error and no hot water, but the electric shower works and the heating's on so not
        desperate. Whenever you can this week. Owen flat 10
    """),
     R("C300040", "repairs", None, "boiler|hot water",
       "Known mobile; partial loss of hot water, non-vulnerable tenant with alternatives -> routine repair (emergency "
       "defensible).", EMG)),

    (chat("11-02 13:30", {"email": "sam.osei@example.net", "name": "Sam"}, """
        Visitor: since the new windows went in there are some hairline cracks in the plaster round the frames. not getting bigger, just looks a bit rough
        Agent (Tom): Thanks Sam, that's common after window replacement. I'll ask the installer to make good the plaster.
    """),
     R("C300007", "repairs", None, "crack|plaster|window",
       "Chat with the customer's e-mail; cosmetic hairline cracks after window replacement, not moving -> routine "
       "repair, no hazard.")),

    (call_in("11-03 11:45", "+447700900344", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi it's Megan at 4 Beckside. My electric keeps tripping when I use the tumble dryer and the oven together. It comes straight back on when I flick it up. It's just annoying really.
        Agent: OK, sounds like an overloaded circuit, I'll book an electrician to have a look. Anything burning or hot?
        Caller: No, nothing like that.
    """, dur=98),
     R("C300044", "repairs", None, "trip|electric|circuit",
       "Known mobile; nuisance tripping with no heat, burning or exposed parts -> routine electrical repair, no hazard.")),
]

# ============================================================================================
# Sensitive 1: anti-social behaviour - said plainly, said subtly, said anonymously (flag or own words)
# ============================================================================================
ITEMS += [
    (sms_in("10-01 03:20", "+447700900346", """
        Flat 12 above me has had people round every night thurs to sun till gone 5am. Screaming laughing, doors
        slamming, someone was sick on the landing. Ive got my grandson staying. John Smith flat 14 calder
    """),
     R("C300046", "asb", None, "party|noise|flat 12",
       "Known mobile (Calder Court John Smith); repeated all-night parties from a neighbour -> asb.")),

    (chat("10-02 21:40", {"name": "Anonymous"}, """
        Form: Report ASB (anonymous)
        Visitor: Cars pull up at the back gate of 3 Moorside Crescent every half hour or so, someone comes out, hands something through the window and they drive off. It's been going on since the summer. Kids walk past there to school.
        Agent (Night team): Thank you. I've passed this to the ASB team; you won't be named.
    """, anon=True),
     A("asb", None, "drug|dealing|car|gate",
       "Anonymous webchat form; described pattern of street dealing (no word 'drugs') -> anonymous, asb.")),

    (email_in("10-03 11:00", "fatima.begum@example.org", "Fatima Begum", "My mum - lads outside", """
        Hello, it's Shahid again, Fatima Begum's son, writing for her.

        A group of teenage lads has started hanging around on the wall outside mum's house at 6 Thornhill Gardens.
        When she goes out they shout "Paki" at her and one of them spat at her feet on Tuesday. She's now too scared
        to go to the shop on her own. We've told the police (ref 13/88214/26).

        Shahid
    """, to=ASB_BOX),
     R("C300027", "asb", None, "racist|hate|spat|abuse",
       "Known e-mail, son writing for the tenant; racist abuse of an older tenant -> hate incident -> asb "
       "(safeguarding defensible).", SAFE)),

    (sms_in("10-04 15:15", "+447700900339", """
        The man at 50 keeps copying my signing and laughing with his friends when I am in the garden. Yesterday he
        banged on my window to make me jump because he knows I cant hear him coming. I dont feel safe in my own
        garden. Shirley 52
    """),
     R("C300039", "asb", None, "harass|mock|window|deaf",
       "Known mobile; disability-related harassment by a neighbour -> hate incident -> asb.")),

    (sms_in("10-05 12:40", "+447700900353", """
        the old man at 46 hollin pk has had young lads staying for weeks now, theres cars coming n going all night
        and he looks terrified when he comes out. i think theyre using his house. keep my name out of it please, i
        know what they're like
    """),
     A("safeguarding", None, "cuckoo|exploit|old man|lads",
       "Known mobile but asks in her own words to be kept out of it -> anonymous; suspected cuckooing of a vulnerable "
       "man -> safeguarding (asb defensible).", ASB)),

    (call_in("10-05 17:55", "+447700900319", """
        Agent: Fairholme Homes, Liam speaking.
        Caller: It's Gary Naylor, 47 Weavers Row. That dog from 45 has got out again and it went for my grandson on the path, bit him on the arm. He's had to have a tetanus jab.
        Agent: That's awful, I'm sorry. Has it been reported to the police?
        Caller: They're coming round tonight. It's the third time it's got out. It's a big thing, an XL bully I think.
        Agent: I'll open a case today and the ASB officer will call you tomorrow.
    """, dur=201),
     R("C300019", "asb", None, "dog|bit|attack",
       "Known mobile; neighbour's dog attacked a child -> asb.")),

    (email_in("10-06 08:20", "owen.pritchard@example.com", "Owen Pritchard", "Neighbour", """
        Hi,

        I've been parking in the bay outside Flat 12 because mine is being resurfaced. Last night the bloke from 12
        came out and told me that if he sees my car there again he'll "put the windows through and me with them".
        He's done stuff like that before to other people in the block. I've parked round the corner now but I'm
        not comfortable walking past his door.

        Owen, Flat 10
    """),
     R("C300040", "asb", None, "threat|neighbour|car",
       "Known e-mail; threats of violence from a neighbour (parking is only the trigger) -> asb (estate not the "
       "point).")),

    (wa_in("10-07 22:05", "447700900332", "Zofia", """
        Dobry wieczór. Na klatce schodowej przy mieszkaniu 7 codziennie stoi kilku mężczyzn, ludzie przychodzą na
        dwie minuty i wychodzą, a rano leżą foliowe woreczki. Proszę, nie podawajcie mojego nazwiska, mam dzieci.
    """),
     A("asb", None, "drug|stair|dealing|men",
       "Polish: 'several men stand in the stairwell by flat 7 every day, people come for two minutes and leave, and "
       "in the morning there are plastic baggies; please don't give my name, I have children.' Known number but "
       "anonymity requested in her own words -> anonymous, asb.")),

    (call_in("10-08 20:30", "+441632960322", """
        Agent: Fairholme Homes, Nadia speaking.
        Caller: Hello dear, I'm ringing about the car park at Calder Court. There's been men fighting out there again, a lot of swearing and one had something in his hand, a bar or a bat. I don't want them knowing I rang, I live on the ground floor and they'd see me.
        Agent: I understand. I won't put your name on it. If it happens again and someone's hurt please ring 999.
    """, dur=117),
     A("asb", None, "fight|car park|bat|bar",
       "Known landline (Joyce Ramsden), but 'I don't want them knowing I rang' -> anonymous; violence in the car park "
       "-> asb.")),

    (fb_in("10-09 08:45", FB5(2), "Anon Resident", """
        Somebody has sprayed a swastika and 'go home' on the front door of the Somali family on the ground floor
        at Foundry Walk overnight. Please get it off before the kids see it. I'd rather not say who I am.
    """, anon=True),
     A("asb", None, "swastika|graffiti|hate",
       "Facebook, anonymous flag and words; racist graffiti targeting a family -> hate incident -> asb (estate "
       "defensible for the removal).", {"category": ["estate"]})),

    (visit("10-09 11:00", {"name": "ASB officer (K. Dunn)"}, cust("C300031"), "appointment", "attended", """
        Interview at 31 Thornhill Gardens with Mr Pearce following three reports of loud music and shouting from
        the property after midnight. He accepts parties have been held and says they will stop. Verbal warning
        given; explained tenancy conditions and possible next steps. Diary sheets issued to complainants.
    """),
     R("C300031", "asb", None, "warning|music|parties",
       "ASB officer interview with the alleged perpetrator -> record against him; asb.")),

    (wa_in("10-10 16:40", "447700900352", "Bogdan", """
        Bună. Copiii de la numărul 21 aruncă cu pietre în mașina mea și îmi înjură soția când iese din casă. Am
        vorbit cu părinții dar râd de noi. Bogdan, 19 Beckside
    """),
     R("C300052", "asb", None, "stones|car|abuse|children",
       "Romanian: 'the children from no. 21 throw stones at my car and swear at my wife when she goes out; I spoke "
       "to the parents but they laugh at us.' Known number -> asb.")),

    (wa_in("10-11 13:25", "447700900356", "Ahmed", """
        جاري في الطابق العلوي يضع أكياس القمامة أمام بابي كل يوم ويصرخ علي بكلمات سيئة عندما أطلب منه إزالتها.
        زوجتي خائفة من الخروج.
    """),
     R("C300056", "asb", None, "neighbour|rubbish|shout|abuse",
       "Arabic: 'my upstairs neighbour puts rubbish bags in front of my door every day and shouts abuse when I ask "
       "him to remove them; my wife is afraid to go out.' Known number -> asb.")),

    (wa_in("10-12 23:50", "447700900309", "Imran", """
        Neeche wale flat mein raat bhar log aate jaate hain, seedhiyon mein suiyan padi hoti hain aur ajeeb si bu
        aati hai. Mera naam kisi ko mat batana please, mere bachche yahan khelte hain.
    """),
     A("asb", None, "needle|drug|stair",
       "Urdu in Roman script: 'people come and go all night at the flat downstairs, needles lie on the stairs and "
       "there's a strange smell; please don't tell anyone my name, my children play here.' Known number, anonymity "
       "requested -> anonymous, asb.")),

    (wa_in("10-13 21:10", "447700900333", "Hassan", """
        Dhalinyaro ayaa habeen walba ku cabba oo ku qayliya jaranjarada Foundry Walk, waxay jebiyeen nalka oo
        kaadiyaan gidaarka. Caruurtu way baqayaan.
    """),
     R("C300033", "asb", None, "youths|drinking|stair|urinat",
       "Somali: 'youths drink and shout on the Foundry Walk stairs every night, they broke the light and urinate "
       "against the wall; the children are scared.' Known number -> asb (estate defensible for the light).", EST)),

    (letter("10-14 09:00", {"name": "(unsigned)"}, """
        To the Housing Officer for Moorside Crescent

        I will not sign this. If it ever got back to them who wrote it I dread to think. The man at number 29 is
        selling drugs from his house. There are people at the door all day and night, cars parked with engines
        running, and last week there was a fight in the street. Everybody knows but nobody will say. Please do
        something before somebody gets hurt.

        A worried neighbour
    """),
     A("asb", None, "drug|selling|fight",
       "Unsigned letter whose writer explicitly refuses to give a name -> anonymous; drug dealing -> asb (review "
       "defensible).", {"action": ["review"]})),

    (ig_in("10-15 19:15", "@wf1_deano", "", """
        lads from ur flats at calder court keep egging my mums windows n her car every weekend. shes 70. sort it
    """),
     V("asb", None, "egg|window|car",
       "Instagram handle only -> review; repeated targeting of an older woman's home and car -> asb.")),

    (tg_in("10-16 08:05", "6674421093", "Jade", """
        every time I leave the flat the guy from 11 is stood at his window filming me on his phone. yesterday he
        followed me all the way to the bus stop and then just stood there. I've never even spoken to him
    """),
     R("C300059", "asb", None, "follow|film|stalk",
       "Linked Telegram id; being filmed and followed by a neighbour -> harassment -> asb (safeguarding "
       "defensible).", SAFE)),

    (call_out("10-16 12:30", "+447700900320", "ASB team", "no-answer"),
     R("C300020", "asb", None, ATTEMPT,
       "Attempted outbound call from the ASB team, no answer -> record; team implies asb, any category.",
       {**ANY, "sensitive": [False]})),

    (email_out("10-17 10:00", ASB_BOX, "dean.sykes.mail@example.net", "Dean Sykes", "Community Protection Warning - Flat 14 Foundry Walk", """
        Dear Mr Sykes,

        Following reports from neighbours and my visit on 9 October, I am writing to give you a Community Protection
        Warning. Loud music, revving of motorbikes in the car park after 11pm and shouting from your balcony must
        stop. If it continues we may apply for a Community Protection Notice or take action on your tenancy.

        Yours sincerely,
        Kerry Dunn
        ASB Officer, Fairholme Homes
    """),
     R("C300035", "asb", None, "warning|music|motorbike",
       "Outbound one-to-one warning to the tenant at Flat 14 Foundry Walk; the e-mail address is not on file, so "
       "matched from name + address -> C300035 (review defensible); asb.", REVOK)),

    (sms_in("10-18 02:40", "+447700900334", """
        the thumping from the flat above starts about midnight every night, sounds like furniture getting thrown
        and then a door slamming over and over. 4 nights this week. I've not slept and I've got work. Becky flat 11
    """),
     R("C300034", "asb", None, "thump|noise|night",
       "Known mobile; night-time banging from a neighbour -> asb (safeguarding defensible: could be domestic).",
       SAFE)),

    (chat("10-19 10:25", {"name": "Sue"}, """
        Visitor: the bloke in the end house lets his dog off the lead on the green every morning and it's gone for two little kids this week, one got knocked over
        Agent (Tom): I'm sorry to hear that. Which estate is this?
        Visitor: Thornhill Gardens. I'm not a tenant, I just walk my grandson there
        Agent (Tom): Thank you, I'll pass this to the ASB team.
    """),
     V("asb", None, "dog|green|kids|lead",
       "Webchat first name only, not a tenant -> review; dangerous dog on the estate green -> asb.")),

    (call_in("10-20 19:20", "+441632960341", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hiya, 9 Beckside Mews. Somebody's let all four tyres down on our car again, that's three times since the fireworks. We think it's the lot who hang round the garages.
        Agent: Sorry to hear that. Can I take your name?
        Caller: The car's in both our names... look, I'll email the pictures.
    """, dur=88),
     V("asb", None, "tyre|car",
       "Shared Lambert/Doyle landline, caller never gives a name -> review; repeated vandalism of a car -> asb "
       "(estate defensible).", {"category": ["estate"], "sensitive": [False]})),

    (email_in("10-21 08:50", "aisha.mohamud@example.com", "Aisha Mohamud", "Note through my door", """
        Salaam,

        Somebody put a note through my letterbox last night. It says "we don't want your sort here, go back where
        you came from" and there is a drawing of a pig. My children found it first. I have kept it and given a
        copy to the police. This is the second one.

        Aisha Mohamud
        27 Weavers Row
    """, to=ASB_BOX),
     R("C300043", "asb", None, "note|hate|racist",
       "Known e-mail; racist hate mail through the door -> hate incident -> asb.")),

    (sms_in("10-22 17:35", "+447700900317", """
        ever since i gave my statement about next door his mates sit on the wall outside mine and just stare at
        the house. one of them drew his finger across his throat at me today
    """),
     R("C300017", "asb", None, "intimidat|witness|statement|threat",
       "Known mobile; intimidation of a witness after giving a statement -> asb.")),

    (portal("10-23 11:40", {"customer_ref": "C300026", "email": "paul.greenwood@example.com", "name": "Paul Greenwood"},
            "Report anti-social behaviour", """
        Form: Report anti-social behaviour
        Type: Criminal damage / fire
        When: Most evenings this month, 8-10pm
        Where: Bin store behind Beckside Mews
        Description: A group of youths have been setting light to the wheelie bins. Fire brigade came out twice.
        The fence panel next to it is scorched. Do you know who they are: No
    """),
     R("C300026", "asb", None, "fire|bin|youths",
       "Portal ASB form with customer ref; repeated arson of bins by youths -> asb (estate defensible; hazard null "
       "with emergency defensible).", {"category": ["estate"], "hazard": ["emergency"]})),

    (sms_in("10-24 22:30", U5(3), """
        theres lads dealing out of the garages behind weavers row every night from about 9, bikes going up and
        down. not leaving my name
    """, anon=True),
     A("asb", None, "dealing|drug|garage",
       "Unknown mobile, anonymous flag set and anonymity requested -> anonymous; drug dealing -> asb.")),

    (visit("10-25 15:00", {"name": "ASB officer (T. Grant)"}, cust("C300052"), "door_knock", "no_access", """
        Called at 19 Beckside Mews to take a statement from Mr Ionescu about stone throwing and verbal abuse from
        children at no. 21. No answer. Card left with my direct line; will try again Tuesday with a Romanian
        interpreter booked.
    """),
     R("C300052", "asb", None, "statement|no answer|card",
       "ASB officer door knock, no access -> record against the victim visited; asb.")),

    (chat("10-26 14:05", {"email": "marcus.bell@example.com", "name": "Marcus"}, """
        Visitor: can you not say it was me who reported this
        Agent (Priya): Of course, we can keep your details confidential. What's happening?
        Visitor: visitors to number 10 keep weeing in the ginnel and on our wheelie bins, and last night one of them squared up to my wife when she asked them to stop
        Agent (Priya): Thank you, I'll log it for the ASB team without your name.
    """),
     A("asb", None, "urinat|wee|intimidat|visitors",
       "Webchat with a known e-mail, but the visitor asks not to be named as the reporter -> anonymous; nuisance and "
       "intimidation -> asb.")),

    (letter("10-27 09:00", {"name": "Mrs P. Lumb"}, """
        3 Weavers Row, Bradford BD3 9PL

        Dear Sir or Madam,

        Somebody has been taking things from the back gardens along the Row at night - my washing, a neighbour's
        plant pots, and the mobility scooter cover from number 7. I have seen a young man climbing the fences
        about two in the morning. I would rather they did not know this came from this house, so please do not
        mention me if you speak to anybody.

        P. Lumb
    """),
     A("asb", None, "theft|garden|fence",
       "Letter from a known tenant who asks not to be mentioned -> anonymous; night-time thefts from gardens -> asb.")),

    (tg_in("10-28 19:50", "8912345670", "Connor", """
        between us yeah, I don't want any grief. the lads at 29 have got about 10 bikes in the back garden they're
        stripping down for parts, new ones every day. pretty sure they're nicked
    """),
     A("asb", None, "bike|stolen|garden",
       "Linked Telegram id, but 'between us, I don't want any grief' asks not to be identified -> anonymous; "
       "suspected handling of stolen bikes -> asb (record defensible: the wording is informal).",
       {"action": ["record"], "customer_ref": ["C300048"]})),

    (call_in("10-29 16:10", "+441144960355", """
        Agent: Fairholme Homes, Imogen speaking.
        Caller: It's Christine Mellor, 2 Moorside. My grandson came home shaking. The lad from number 6 flashed a blade at him on the corner and told him he'd "do him" if he walked past again. The police have been.
        Agent: I'm so sorry. Is your grandson hurt?
        Caller: No, just frightened. He lives with me, I want them moved.
        Agent: I'll open an ASB case as high risk and your officer will call you this afternoon.
    """, dur=254),
     R("C300055", "asb", None, "knife|threat|grandson",
       "Known landline; knife threat against a household member by a neighbour's son -> asb (safeguarding "
       "defensible).", SAFE)),

    (wa_in("10-30 09:30", "447700900327", "Fatima", """
        Assalamualaikum, this is Shahid again for mum. Just to let you know the lads were back on the wall last
        night and threw a bottle at the front window. It didn't break. Police have the CCTV from next door.
    """),
     R("C300027", "asb", None, "bottle|window|lads",
       "Known number (son using mum's WhatsApp) updating an existing hate-incident case -> asb.")),

    (email_in("10-31 13:15", "keith.barraclough@example.net", "Keith Barraclough", "Barking - update", """
        Hello Kerry,

        Since the letter went to no. 8 the dog has been taken in at night and I've had five quiet nights on the
        trot. Thank you. If it starts again I'll let you know, but I'm happy for the case to be closed.

        Keith Barraclough

        -----Original Message-----
        From: Kerry Dunn (ASB)
        Sent: 14 October 2026 09:12
        To: Keith Barraclough
        Subject: Barking - update

        Dear Mr Barraclough, a warning letter has been delivered to your neighbour today.
    """),
     R("C300042", "asb", None, "dog|quiet|close",
       "Known e-mail; update agreeing to close a barking-dog ASB case -> asb (still sensitive casework).")),

    (sms_in("11-02 20:45", "+447700900348", """
        kids kicking a ball against the side of my house for 3 hours again today, thud thud thud. i asked them nice
        and got told to f off. its every day after school
    """),
     R("C300048", "asb", None, "ball|kids|abuse",
       "Known mobile; persistent low-level nuisance and verbal abuse from children -> asb (estate defensible).", EST)),

    (visit("11-04 10:30", {"name": "Housing officer (J. Cartwright)"}, cust("C300050"), "door_knock", "attended", """
        Tenancy visit to Flat 16 Ashgrove Court. Three young men in the flat who would not give names; Mr Rowntree
        said they were "mates staying for a bit" but kept looking at them before answering and asked me to leave.
        Several phones charging, scales on the kitchen side. Concern he is being exploited (cuckooing). Referred to
        police partnership meeting and safeguarding lead.
    """),
     R("C300050", "safeguarding", None, "cuckoo|exploit|men",
       "Staff visit note; signs of cuckooing of the tenant -> safeguarding (asb defensible).", ASB)),

    (wa_in("11-05 18:20", "447700900306", "Agnieszka", """
        Mężczyzna z parteru znowu krzyczał na mnie na schodach, że „Polacy kradną pracę” i kopnął mój wózek z
        zakupami. Nie chcę, żeby wiedział, że to ja dzwoniłam.
    """),
     A("asb", None, "hate|abuse|polish",
       "Polish: 'the man from the ground floor shouted at me on the stairs again that \"Poles steal jobs\" and "
       "kicked my shopping trolley; I don't want him to know it was me who reported it.' Known number, asks not to "
       "be identified -> anonymous; hate incident -> asb (record defensible: she is the victim).",
       {"action": ["record"], "customer_ref": ["C300006"]})),

    (call_in("11-06 15:30", U5(4), """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hi, I'm the manager at the convenience store on Moorside. A group of your tenants' kids have been coming in, stealing and threatening my staff, and they hang around the flats after. One of them said his mum lives at number 33.
        Agent: Thank you. Can I take your name and number?
        Caller: It's Raj, on this number.
        Agent: I'll pass this to the ASB team and the police liaison officer.
    """, dur=177),
     V("asb", None, "shop|theft|threat",
       "Unknown caller (local shopkeeper) reporting youths linked to a tenancy -> review; asb.")),
]

# ============================================================================================
# Sensitive 2: safeguarding - disclosed indirectly, reported by neighbours, relatives, staff, professionals
# ============================================================================================
ITEMS += [
    (sms_in("10-01 14:30", "+447700900323", """
        is there any way to get the locks changed without anyone else on the tenancy knowing? I'd rather not say
        why over text. please just text back, don't ring
    """),
     R("C300023", "safeguarding", None, "lock|change|text",
       "Known mobile (Sophie's own, joint tenancy); covert lock change and 'text, don't ring' strongly suggest "
       "domestic abuse without saying so -> safeguarding (tenancy / repairs defensible).",
       {"category": ["tenancy", "repairs"], "sensitive": [False]})),

    (call_in("10-02 10:40", "+447700900341", """
        Agent: Fairholme Homes, Imogen speaking.
        Caller: Hello. Natalia Rusu, flat 15 Calder Court. I am ringing now because he is at work. My husband does not let me go out without him, he takes my phone at night and my bank card. I want to ask, if I leave, can I have another flat for me and my daughter?
        Agent: Thank you for telling me, Natalia. You're not on your own with this. Is it safe for us to call you on this number?
        Caller: Only before 4 o'clock.
        Agent: I'll note that. I'm going to refer you to our domestic abuse officer, who'll call you tomorrow morning, and give you the helpline number now.
    """, dur=402),
     R("C300041", "safeguarding", None, "domestic|control|leave",
       "Known mobile; coercive control disclosed (movement, phone, money) and asking about rehousing -> "
       "safeguarding (lettings defensible).", {"category": ["lettings"]})),

    (email_in("10-03 18:30", "daniel.okafor@example.com", "Daniel Okafor", "Neighbour at no. 9", """
        Hi,

        I'm a bit worried about the gentleman at 9 Hollin Park Road. He usually waves from the window every morning
        but the curtains haven't moved since Sunday, there are three parcels on his step and his bins weren't put
        out. I knocked and got no answer. I don't have a number for any family.

        Daniel Okafor
        11 Hollin Park Road
    """),
     R("C300002", "safeguarding", None, "welfare|neighbour|check",
       "Known e-mail; concern for a neighbour not seen for days -> record against the reporter; safeguarding "
       "(emergency defensible).", EMG)),

    (visit("10-04 09:15", {"name": "Gas engineer (L. Barker)"}, cust("C300022"), "appointment", "no_access", """
        Could not complete gas service at Flat 1 Calder Court. Tenant let me into the hall but every room is filled
        with boxes, newspapers and carrier bags floor to ceiling, no safe route to the boiler. Gas fire in the front
        room surrounded by paper. Tenant appeared thin and confused about the date. Capped nothing. Please refer.
    """),
     R("C300022", "safeguarding", "emergency", "hoard|fire|confused",
       "Operative note; severe hoarding around a gas fire and an apparently confused, frail tenant -> self-neglect -> "
       "safeguarding with fire risk (null hazard and repairs defensible).",
       {"hazard": [None], "category": ["repairs"], "sensitive": [False]})),

    (sms_in("10-05 22:10", U5(5), """
        the kids at 4 beckside have been on their own since fri, no adults. the oldest is about 8, he came to ours
        asking for bread. ive given them tea. dont know who to tell
    """),
     V("safeguarding", None, "child|alone|kids",
       "Unknown mobile reporting children left alone at a tenant's home (4 Beckside = C300044) -> review (not the "
       "reporter's record); safeguarding with immediate risk to children (emergency defensible).", EMG)),

    (letter("10-06 09:00", {"name": "Patricia Lumb"}, """
        3 Weavers Row
        Bradford BD3 9PL

        Dear Income Team,

        I have had your letter saying my rent is behind. I do not understand it as my son does my banking for me
        since my fall. He has my card and has told me everything is paid. I have not seen a bank statement since the
        summer and when I ask he gets cross with me. I do not want to get him into trouble.

        Please write back to me, not telephone, as I am hard of hearing.

        Patricia Lumb
    """, to=RENT_BOX),
     R("C300016", "safeguarding", None, "son|money|financial|card",
       "Name + address -> C300016; arrears letter prompting a disclosure suggesting financial abuse by her son -> "
       "safeguarding (rent defensible).", {"category": ["rent"], "sensitive": [False]})),

    (sms_in("10-07 01:55", "+447700900335", """
        dont bother sending anyone for the tap. wont be here much longer anyway. nothing matters now
    """),
     R("C300035", "safeguarding", "emergency", "suicid|self-harm|risk|welfare",
       "Known mobile; veiled suicidal remarks attached to a repair chase -> safeguarding with immediate risk "
       "(null hazard defensible).", NOHZ)),

    (chat("10-08 07:30", {"name": "Anonymous"}, """
        Visitor: I need to report something, I'd rather stay anonymous if that's ok.
        Agent (Marcy): That's fine. What's worrying you?
        Visitor: There's 7 or 8 men living in the house at the end of Weavers Row, the one with the sheets at the windows. A van picks them up at 5am and drops them back at 9 at night, every day including Sunday. They never speak English. One of them asked my husband for food and said the boss has his passport.
        Agent (Marcy): Thank you. I'm going to pass this on to our safeguarding lead today.
    """, anon=True),
     A("safeguarding", None, "slavery|exploit|passport|men",
       "Anonymous webchat; classic signs of modern slavery / labour exploitation -> anonymous, safeguarding.")),

    (email_in("10-09 12:00", "hv.team.leeds@nhs-community.example.org", "Health Visiting Team", "Concern - Flat 12 Ashgrove Court", """
        Dear Fairholme Homes,

        I'm the health visitor supporting a family at Flat 12 Ashgrove Court. On my visit yesterday the baby's cot was
        against a wall with extensive black mould, and mum seemed low and withdrawn, saying she has nobody to help.
        I have referred her to her GP. Could your team inspect the flat urgently and let me know who her housing
        officer is?

        Health Visitor, 0-19 Service
    """),
     V("safeguarding", "damp_mould", "mould|baby|health visitor",
       "Professional raising a concern about a household (Flat 12 Ashgrove = C300010) -> review, record accepted; "
       "maternal wellbeing -> safeguarding with a live mould hazard (damp_mould category defensible).",
       {"action": ["record"], "customer_ref": ["C300010"], "category": ["damp_mould"], "sensitive": [False]})),

    (email_in("10-10 08:15", "pcsa.beckside@westyorks-police.example.org", "PC 4471 Hirst", "Incident at 12 Beckside Mews", """
        Good morning,

        For information, officers attended 12 Beckside Mews at 23:40 last night following a call from a neighbour
        about a woman screaming. The occupant, Ms Marin, had visible injuries; the male partner was arrested. A
        DASH risk assessment has been completed (high risk) and a MARAC referral made. Please flag the address.

        PC 4471 Hirst
        Bradford South NPT
    """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "domestic|police|marac",
       "Police professional informing about a household (12 Beckside Mews = C300025) -> review, record accepted; "
       "domestic abuse -> safeguarding.", {"action": ["record"], "customer_ref": ["C300025"]})),

    (tg_in("10-11 06:40", "7781200943", "Stuart", """
        the old lady in flat 1 was out in the car park at 2am in her nightie and slippers looking for her husband.
        he died years ago. I walked her back in and she was freezing. think she needs someone to keep an eye
    """),
     R("C300021", "safeguarding", None, "confused|welfare|night",
       "Linked Telegram id; confused older neighbour wandering at night -> record against the reporter; "
       "safeguarding.")),

    (call_in("10-12 13:20", "+447700900313", """
        Agent: Fairholme Homes, Callum speaking.
        Caller: Hi, it's Victoria Pemberton, 14 Moorside. I need someone to fix the lock on my bedroom door, it's been kicked... it got damaged. And the door's split.
        Agent: No problem. Can I ask how it happened? Just so we order the right parts.
        Caller: It was... it was an accident. Can it be done before Friday? He's back Friday.
        Agent: I'll book it for Thursday. Victoria, if you ever want to talk to someone in confidence, we have a specialist officer. I'll text you her number, only if that's safe?
        Caller: ...yeah. Text is fine.
    """, dur=233),
     R("C300013", "safeguarding", None, "door|lock|kicked",
       "Known mobile; repair request with hesitant signs of domestic abuse (door 'kicked', 'he's back Friday') -> "
       "safeguarding (repairs defensible).", {"category": ["repairs"], "sensitive": [False]})),

    (chat("10-13 20:20", {"email": "lucy.fairweather@example.net", "name": "Lucy"}, """
        Visitor: can you post a copy of my tenancy agreement and any letters to my mum's address instead of mine please
        Agent (Priya): We can do that. Is there a reason? Just so I note it correctly.
        Visitor: my partner won't let me have my own post, he opens everything and gets angry. please don't ring the house
        Agent (Priya): Thank you for telling me. I'll change the correspondence address and put a note that we only contact you by chat or your mobile.
    """),
     R("C300053", "safeguarding", None, "post|partner|control",
       "Chat with the customer's e-mail; controlling partner intercepting post -> safeguarding (general "
       "defensible for the address change).", {"category": ["general"], "sensitive": [False]})),

    (tg_in("10-14 22:35", "5120034471", "Agnieszka", """
        Mój partner mnie popycha i zabiera mi pieniądze z wypłaty. Dziś zamknął mnie w łazience. Nie wiem gdzie
        iść. Czy macie jakieś mieszkanie awaryjne?
    """),
     R("C300006", "safeguarding", "emergency", "partner|abuse|emergency housing|locked",
       "Polish: 'my partner pushes me and takes my wages; today he locked me in the bathroom; I don't know where to "
       "go; do you have emergency housing?' Linked Telegram id -> domestic abuse -> safeguarding with immediate "
       "danger (null hazard defensible).", NOHZ)),

    (wa_in("10-15 10:30", "447700900325", "Ioana", """
        Bună ziua. Doamna în vârstă de deasupra nu a mai ieșit din casă de o săptămână, televizorul merge zi și
        noapte și nu răspunde la ușă. Sunt îngrijorată.
    """),
     R("C300025", "safeguarding", None, "neighbour|elderly|welfare",
       "Romanian: 'the elderly lady upstairs hasn't left the house for a week, the TV is on day and night and she "
       "doesn't answer the door; I'm worried.' Known number -> safeguarding (emergency defensible).", EMG)),

    (wa_in("10-16 19:05", "447700900354", "Abdirahman", """
        Walaal, ninka deriska ah ayaa carruurtiisa garaaca, maalin kasta waan maqlaa qaylo iyo ooyin. Shalay
        wiilkiisa yar wuxuu lahaa nabar wejiga ah.
    """),
     R("C300054", "safeguarding", None, "child|hit|neighbour",
       "Somali: 'the man next door beats his children; every day I hear shouting and crying; yesterday his little "
       "boy had a bruise on his face.' Known number -> child protection -> safeguarding.")),

    (wa_in("10-17 09:45", "447700900318", "Mohammed", """
        الطفلان في الشقة المجاورة يبقيان وحدهما طوال الليل، ويأتيان إلينا جائعين. أرجو ألا تذكروا اسمي لأحد.
    """),
     A("safeguarding", None, "child|alone|hungry",
       "Arabic: 'the two children in the next flat are left alone all night and come to us hungry; please don't "
       "mention my name to anyone.' Known number, anonymity requested -> anonymous, safeguarding.")),

    (wa_in("10-18 14:10", "447700900311", "Amina", """
        Mere shohar mujhe ghar se bahar nahi jaane dete aur kharche ke liye paise bhi nahi dete. Main aap se baat
        karna chahti hoon jab woh kaam pe hon, subah 10 se 2 ke beech. Phone mat karna shaam ko.
    """),
     R("C300011", "safeguarding", None, "husband|control|money",
       "Urdu in Roman script: 'my husband doesn't let me leave the house and doesn't give me money for expenses; I "
       "want to talk to you while he's at work, 10-2; don't phone in the evening.' Her own mobile -> C300011 "
       "(not the shared landline); coercive control -> safeguarding.")),

    (call_in("10-19 11:05", U5(6), """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hello, I'm a district nurse. I've been visiting Mrs Holroyd at 7 Hollin Park Road for her leg dressings. The house is very cold, she says she can't afford to put the heating on, there's hardly any food in and she's gone very thin.
        Agent: Thank you for letting us know. I'll ask her housing officer to visit this week and refer to our tenancy sustainment team.
    """, dur=189),
     V("safeguarding", None, "cold|food|weight|nurse",
       "Professional (district nurse) raising a concern about a tenant (C300001) -> review, record accepted; "
       "self-neglect / fuel poverty -> safeguarding.", {"action": ["record"], "customer_ref": ["C300001"]})),

    (visit("10-20 14:15", {"name": "Housing officer (S. Rahman)"}, cust("C300019"), "appointment", "attended", """
        Rent review visit at 47 Weavers Row. Mr Naylor disclosed he has been sleeping in his car several nights a
        week because his adult son, who moved back in, becomes violent when drinking. Son not on the tenancy. Mr
        Naylor tearful. Discussed options incl. injunction; referred to domestic abuse service with consent.
    """),
     R("C300019", "safeguarding", None, "son|violent|car|abuse",
       "Staff visit note; older tenant disclosing violence from an adult son -> safeguarding (domestic abuse by a "
       "family member).")),

    (ig_in("10-21 07:20", "@foundry_neighbour", "", """
        the man in the ground floor flat at foundry walk hasnt been seen for over a week and theres flies all over
        the inside of his window. please send someone. not giving my name
    """, anon=True),
     A("safeguarding", None, "welfare|flies|not seen",
       "Instagram, anonymous flag; resident not seen with worrying signs -> anonymous, safeguarding (emergency "
       "defensible).", EMG)),

    (chat("10-22 23:15", {"name": "guest"}, """
        Visitor: whats the point of you fixing the heating. I'm going to end it after the kids go to their dads on saturday
        Agent (Night team): Thank you for telling me that. Is anyone with you tonight? If you feel you might act on it, please ring 999; Samaritans are free on 116 123, day or night.
        Visitor: im fine tonight. i just want the heating for the kids
        Agent (Night team): Can you tell me your name and address so we can sort the heating and get someone to check in with you?
    """),
     V("safeguarding", "emergency", "suicid|end it|samaritans",
       "Unidentified webchat visitor expressing a plan to end their life -> review; safeguarding with immediate risk "
       "(null hazard defensible).", NOHZ)),

    (email_in("10-23 15:40", "reception@calder-medical.example.org", "Calder Medical Practice", "Patient at Flat 7 Ashgrove Court", """
        Dear Sir/Madam,

        One of our GPs visited a patient at Flat 7, Ashgrove Court today. She is a wheelchair user and her care
        package appears to have stopped; she had been in bed for two days without help and without the bathroom. We
        have contacted adult social care. We understand the flat may need adaptations urgently.

        Practice Manager
    """),
     V("safeguarding", None, "care|wheelchair|adult social care",
       "GP practice (professional) raising a concern about a tenant (Flat 7 Ashgrove = C300008) -> review, record "
       "accepted; neglect of a disabled adult -> safeguarding.",
       {"action": ["record"], "customer_ref": ["C300008"]})),

    (visit("10-24 10:00", {"name": "Joiner (M. Pickles)"}, cust("C300017"), "appointment", "no_access", """
        Arrived 10:00 to refit kitchen cupboard doors at 30 Weavers Row. A boy of about 7 answered the door, said
        his mum was at work until tonight and there was nobody else in. A younger child could be heard crying. Did
        not enter. Reported to supervisor, who called the safeguarding lead.
    """),
     R("C300017", "safeguarding", None, "child|alone|boy",
       "Operative no-access note reporting young children home alone -> safeguarding (repairs defensible for the "
       "missed job).", {"category": ["repairs"], "sensitive": [False]})),

    (tg_in("10-25 13:00", "5301177720", "Tomasz", """
        I need to tell someone. My brother comes to mum's every Friday and takes her pension, she gives him the
        card because she is scared of him. She is 79. I live here but he does it when I'm at work.
    """),
     R("C300038", "safeguarding", None, "pension|brother|financial",
       "Linked Telegram id (Tomasz); financial abuse of his elderly mother in the same household -> record against "
       "the reporter (C300037 defensible); safeguarding.", {"customer_ref": ["C300037"]})),

    (visit("10-26 11:30", {"name": "Estate officer (R. Hill)"}, {"name": "Weavers Row garages"}, "walkabout", "attended", """
        Walkabout at Weavers Row. Garage 4 (not let) has a broken lock; inside were four mattresses, a camping
        stove and clothes drying. Three men nearby said they work at the car wash and "the boss" found them the
        garage. None had good English. Informed police and safeguarding lead.
    """),
     V("safeguarding", None, "garage|mattress|men|exploit",
       "Staff walkabout, no customer involved; people living in a garage with signs of labour exploitation -> "
       "review; safeguarding (estate defensible).", {"category": ["estate"], "sensitive": [False]})),

    (call_in("10-27 21:50", "+447700900357", """
        Agent: Fairholme out of hours.
        Caller: Hi, it's Tracey, flat 9 Calder Court. The young lad next door at 8 was sat on his balcony rail earlier shouting that he was going to jump. The police came and talked him down. I'm just really worried about him, he lives on his own.
        Agent: Thank you for ringing, Tracey. I'll make sure our safeguarding team follows this up first thing.
    """, to=OOH, dur=149),
     R("C300057", "safeguarding", None, "jump|balcony|mental|worried",
       "Known mobile; neighbour at risk of suicide -> safeguarding, record against the reporter.")),

    (call_in("10-28 12:35", "+441632960342", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Keith Barraclough again. I'll keep this short and I'd rather you kept my name out of it. The young woman at number 4, her fella... I hear him at night and she's had a black eye twice now. She's got a baby.
        Agent: Thank you Mr Barraclough. I'll pass it on without your details.
    """, dur=96),
     A("safeguarding", None, "domestic|black eye|baby",
       "Known landline, but 'keep my name out of it' -> anonymous; suspected domestic abuse with a baby in the home "
       "-> safeguarding.")),

    (fb_in("10-29 17:40", FB5(3), "Connor Walsh", """
        Not sure where to report this. The fella at 31 Moorside hasn't put his bins out in months, bags are stacked
        up against his windows and the smell is unreal. I don't think he's coping. 33 Moorside Crescent
    """),
     R("C300048", "safeguarding", None, "hoard|bags|smell|coping",
       "Facebook name + address -> C300048 (review defensible); signs of self-neglect/hoarding next door -> "
       "safeguarding (estate defensible).", {**REVOK, "category": ["estate"], "sensitive": [False]})),

    (email_in("10-30 16:20", "eileen.dawson.family@example.com", "Carol Dawson", "Mum - 25 Thornhill Gardens", """
        Hello,

        My name is Carol Dawson; my mother Eileen is your tenant at 25 Thornhill Gardens. She has been diagnosed
        with dementia and yesterday she left the gas ring on and went out. The neighbour smelt it. I've turned the gas off at the meter for now. Can you fit an automatic
        gas shut-off valve and put a note on her file that I must be at any visits?

        Carol Dawson
    """),
     R("C300030", "safeguarding", None, "dementia|gas|valve",
       "Relative acting for a named tenant with address -> C300030 (review defensible); vulnerable tenant at risk, "
       "gas made safe by the family -> safeguarding (repairs defensible; hazard null since the gas is off, "
       "emergency defensible).", {**REVOK, "category": ["repairs"], "sensitive": [False], "hazard": ["emergency"]})),

    (sms_in("10-31 08:25", "+447700900328", """
        my ex is out of prison on the 12th. he knows where i live. can the police alarm thing be put back in before
        then. please dont send letters, text only
    """),
     R("C300028", "safeguarding", None, "ex|prison|alarm",
       "Known mobile; fear of an abusive ex on release, asking for sanctuary/alarm measures -> safeguarding.")),

    (call_out("11-03 09:00", "+447700900311", "Safeguarding team", "completed", dur=35, answered_by="machine_end_beep",
              voicemail=False),
     R("C300011", "safeguarding", None, ATTEMPT,
       "Outbound safeguarding call hit voicemail, deliberately no message left (safety) -> attempt recorded; any "
       "category.", {**ANY, "sensitive": [False]})),

    (letter("11-04 09:00", {"name": "Leeds Children's Social Care"}, """
        Children's Social Care, Leeds

        Re: Household at 40 Hollin Park Road, LS8 3QT

        Dear Housing Provider,

        We are undertaking a child and family assessment relating to a child who is staying at the above address.
        We would be grateful for any information you hold regarding household composition and any concerns
        reported about the property.

        Social Worker
    """),
     V("safeguarding", None, "child|assessment|household",
       "Children's services asking about a household with two Nowak tenants, no person named -> review; "
       "safeguarding.")),

    (email_in("11-06 22:05", "kwame.mensah@example.com", "Kwame Mensah", "My daughter", """
        Hi,

        This isn't about the house really. My 16 year old daughter has been saying things like everyone would be
        better off without her, and tonight I found she'd been cutting her arms. We're at A&E now. I don't know if
        you can help but the school said to tell anyone who might be able to offer support, and we're due to move
        her bedroom because of the damp.

        Kwame
    """),
     R("C300029", "safeguarding", "damp_mould", "self-harm|daughter|cutting",
       "Known e-mail; a child in the household self-harming -> safeguarding. The live damp is mentioned in passing "
       "(room move) -> hazard damp_mould per README (null defensible).", NOHZ)),
]

# ============================================================================================
# Look-alikes: share ASB / safeguarding vocabulary but are ordinary, non-sensitive contacts
# (plus complaints about how an ASB case was handled: complaint, kept sensitive per README)
# ============================================================================================
ITEMS += [
    (sms_in("10-01 17:25", "+447700900340", """
        Lift at Calder Court stuck on the 3rd floor with the doors half open again. Third time this month. Owen
        flat 10
    """),
     R("C300040", "repairs", None, "lift",
       "Known mobile; lift breakdown -> repairs (complaint defensible), not sensitive.", CMP)),

    (email_in("10-02 07:45", "beth.cole@example.com", "Bethany Cole", "Bin store door", """
        Morning,

        The door to the bin store at Calder Court has been ripped clean off its hinges overnight and is lying on
        the grass. No idea who did it, didn't hear anything. Foxes will be in there by tonight.

        Beth, Flat 3
    """),
     R("C300020", "estate", None, "bin store|door",
       "Known e-mail; vandalised bin store with no suspect or ongoing nuisance -> estate (repairs / asb "
       "defensible).", {"category": ["repairs", "asb"], "sensitive": [True]})),

    (tg_in("10-03 23:30", "6674421093", "Jade", """
        the bathroom fan makes a racket like a helicopter taking off, all night because it's on the light. can't
        sleep with it. is there a way to turn it off or can someone fix it
    """),
     R("C300059", "repairs", None, "fan|extractor|noise",
       "Linked Telegram id; noisy extractor fan -> repairs (noise from a fitting, not a neighbour).")),

    (call_in("10-04 11:35", "+442079460326", """
        Agent: Fairholme Homes, Becky speaking.
        Caller: Hi, Paul Greenwood, 2 Beckside Mews. My partner moved out in September to be nearer her job in Leeds. It's all amicable, no drama. She's on the tenancy with me - how do we take her name off so it's just me?
        Agent: She'll need to sign a form agreeing to it, and then we'll assess the tenancy in your sole name. I'll post the forms to both of you.
    """, dur=162),
     R("C300026", "tenancy", None, "joint|name|partner",
       "Known landline; partner left amicably, tenancy into one name -> tenancy, no safeguarding.")),

    (wa_in("10-05 09:55", "447700900347", "Priya", """
        Hi, I've changed my car, new reg is a 25 plate. Do I need to update the parking permit for Moorside or
        does the old one carry over?
    """),
     R("C300047", "estate", None, "parking|permit|car",
       "Known number; parking permit administration -> estate, no dispute.")),

    (sms_in("10-06 18:00", "+447700900353", """
        dog mess all along the path by the play park at hollin park again, kids walking through it. can it be
        cleaned and maybe a sign put up
    """),
     R("C300053", "estate", None, "dog|mess|foul|path",
       "Known mobile; dog fouling, no identified owner or conflict -> estate (asb defensible).", ASB)),

    (letter("10-07 09:00", {"name": "H. Birkett"}, """
        3 Thornhill Gardens, LS12 5EW

        Dear Fairholme,

        My neighbour Mr Mensah at number 18 very kindly came round and helped me bleed my radiators last weekend,
        as I cannot manage the key with my arthritis. They are all warm now except the one in the back bedroom,
        which stays cold at the top whatever we do. Please could a plumber call.

        H. Birkett
    """),
     R("C300045", "repairs", None, "radiator|plumber",
       "Name + address -> C300045; a neighbour helped (no concern); one cold radiator -> routine repair, no "
       "hazard.")),

    (call_in("10-08 08:20", "+447700900352", """
        Agent: Fairholme Homes, Imogen speaking.
        Caller: Good morning, Bogdan Ionescu, 19 Beckside. We were burgled last night while we were sleeping. The police have been, they have crime number. The glass in the back door is smashed, the police glazier put a board on it at 3 o'clock. Now I need a new glass and a new lock because they took the keys.
        Agent: I'm sorry. I'll book the glazier and a locksmith for today. Is the board secure?
        Caller: Yes it is OK for now.
    """, dur=175),
     R("C300052", "repairs", None, "door|glass|lock|burglary",
       "Known mobile; burglary at the tenant's own home already boarded by police: replace glass and lock -> "
       "repairs, not ASB; boarded so hazard null (emergency defensible).", EMG)),

    (email_in("10-09 16:00", "ioana.marin@example.net", "Ioana Marin", "ASB case - very unhappy", """
        Dear Sir/Madam,

        I reported my neighbour at number 14 in September for threatening me. Today I received a letter saying
        my case is closed because there is "insufficient evidence". Nobody came to see me, nobody read my diary
        sheets and I was never told you were closing it. He is still doing it. I want this looked at again by
        a manager.

        Ioana Marin
        12 Beckside Mews
    """),
     R("C300025", "complaint", None, "case|closed|manager",
       "Known e-mail; dissatisfaction with how an ASB case was closed -> complaint, kept sensitive per README "
       "(asb defensible).", {"category": ["asb"]}, sens=True)),

    (call_in("10-10 12:45", "+447700900311", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Amina Hussain, 8 Moorside. Your officer went round to the neighbours about the eggs and the shouting, and she told them it was me who complained. Now they've started on my daughter again. Why would you do that?
        Agent: I'm very sorry. That should never have happened. I'll raise this as a complaint and get the ASB manager to call you today.
    """, dur=187),
     R("C300011", "complaint", None, "officer|named|neighbour",
       "Known mobile (Amina's own); officer disclosed the reporter's identity -> complaint about ASB handling, "
       "sensitive (asb defensible).", {"category": ["asb"]}, sens=True)),

    (sms_in("10-11 10:30", "+447700900349", """
        Hi its Sandra flat 6. Scaffolders on the block start at 7am with the radio blasting and shouting to each
        other. Surely they can start at 8? Its every day this week.
    """),
     R("C300049", "complaint", None, "scaffold|noise|7am",
       "Known mobile; noise from the landlord's own contractors -> complaint about the service (repairs "
       "defensible), not ASB.", REP)),

    (sms_in("10-12 15:50", "+447700900360", """
        Got a threatening letter today saying you'll take me to court over £212. I set up a payment plan with Ravi
        last month, can someone check? Marcus 12 Thornhill
    """),
     R("C300060", "rent", None, "arrears|court|plan|letter",
       "Known mobile; 'threatening' arrears letter despite a payment plan -> rent (complaint defensible); "
       "threat vocabulary but no ASB.", CMP)),

    (fb_in("10-13 12:10", FB5(4), "Hollin Park TRA", """
        Reminder to all residents: our volunteers' safeguarding and first aid training is on Saturday 17 October
        at the community centre, 10-1. Tea and biscuits provided!
    """),
     I("Residents' association public post about training, asks nothing of the landlord -> ignore (review "
       "defensible).", {"action": ["review"], "category": ["general"]})),

    (email_in("10-14 11:10", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Plumber times", """
        Hi, just for the plumber on Friday - my carer comes 9 till 10 to help me get washed and dressed, so any time
        after 10.30 would be great. Thanks, Sandra
    """, to=REPAIRS_BOX),
     R("C300049", "repairs", None, "plumber|time|appointment",
       "Known e-mail; arranging an appointment around carer visits -> repairs, nothing sensitive.")),

    (chat("10-15 15:20", {"email": "nathan.pearce@example.org", "name": "Nathan"}, """
        Visitor: someone reversed into my car in the car park last night and drove off. is there cctv on the car park? my insurance want footage
        Agent (Tom): Sorry to hear that Nathan. There is a camera on the Thornhill car park; I'll ask estate services to request the footage for the times you give me.
        Visitor: between 10pm and 7am
    """),
     R("C300031", "estate", None, "cctv|car|footage",
       "Chat with the customer's e-mail; CCTV request after a hit-and-run in the car park -> estate, not ASB.",
       GEN)),

    (sms_in("10-16 13:20", "+447700900337", """
        Your rent team ring me every day, twice yesterday, even after I paid. It is too much, I am 72. Please stop
        harassing me. Grazyna Nowak
    """),
     R("C300037", "complaint", None, "rent|call|harass",
       "Known mobile; 'harassing' about the landlord's own chasing calls -> complaint (rent defensible), not ASB.",
       RENT)),

    (wa_in("10-17 11:45", "447700900343", "Aisha", """
        Hi, just a heads up - my son's 18th is this Saturday in the garden, we'll finish by 11. I've let both sides
        know. Hope that's ok!
    """),
     R("C300043", "general", None, "party|birthday|notice",
       "Known number; courtesy notice of a party -> general (ignore defensible: asks nothing).",
       {"action": ["ignore"], "customer_ref": [None], "category": [None]})),

    (email_in("10-18 09:40", "connor.walsh@example.net", "Connor Walsh", "Video doorbell", """
        Hi, am I OK to fit a Ring-type video doorbell? It would only cover my own front path. Connor, 33 Moorside
    """),
     R("C300048", "tenancy", None, "doorbell|permission",
       "Known e-mail; permission for a video doorbell -> tenancy; no neighbour dispute.")),

    (tg_in("10-19 10:05", "4409987612", "Kwame", """
        Our landing cleaner found a used needle in the play area by the swings this morning and has bagged it, but
        could someone check the rest of the area? No idea where it came from.
    """),
     R("C300029", "estate", None, "needle|play area",
       "Linked Telegram id; one-off needle found, no suspect -> estate cleansing (asb defensible).", ASB)),

    (sms_in("10-20 08:40", "+447700900355", """
        The van from the flats keeps parking in my space. Not a problem with him, he's a nice lad, but can we get
        the bays numbered? Christine 2 Moorside
    """),
     R("C300055", "estate", None, "parking|bay|space",
       "Known mobile; parking-bay marking request, explicitly no conflict -> estate, not asb.")),

    (letter("10-21 09:00", {"name": "Mr K. Barraclough"}, """
        6 Weavers Row, Bradford BD3 9PL

        Dear Sir,

        The sycamore in my neighbour's garden at number 8 is hanging over my fence and dropping sap on my car. We
        get on fine and he's happy for it to be cut back but neither of us knows whose job it is. Could somebody
        let us know?

        K. Barraclough
    """),
     R("C300042", "estate", None, "tree|cut|fence",
       "Name + address -> C300042; overhanging tree with no dispute -> estate (tenancy defensible).", TEN)),

    (call_in("10-22 09:30", "+447700900307", """
        Agent: Fairholme Homes, Callum speaking.
        Caller: Hi, Samuel Osei, flat 4 Ashgrove. My mum's moving in with me after her hip operation, I'm going to be her carer. Do I need to tell you, and does it change my rent?
        Agent: Thanks for telling us. I'll add her to the household; it won't change the rent, but if you claim Universal Credit let them know.
    """, dur=145),
     R("C300007", "tenancy", None, "mum|household|carer",
       "Known mobile; parent moving in to be cared for -> tenancy, no safeguarding concern.")),

    (email_in("10-23 13:30", "t.okafor.volunteer@example.com", "Tola Okafor", "DBS for homework club", """
        Hello,

        I'd like to volunteer at the homework club in the Hollin Park community room. Do I need a DBS check and do
        you pay for it?

        Thanks,
        Tola
    """),
     V("general", None, "dbs|volunteer",
       "Unknown e-mail, volunteer enquiry -> review; general (DBS is not a safeguarding concern).")),

    (wa_in("10-24 13:50", "447700900351", "Yasmin", """
        Hi, my husband passed away last month. Thank you for the card. What do I need to do to get the tenancy and
        the rent account into my name? Yasmin, 36 Thornhill
    """),
     R("C300051", "tenancy", None, "succession|tenancy|name",
       "Known number; bereavement and succession -> tenancy (not safeguarding).")),

    (sms_in("10-25 16:40", "+447700900331", """
        a fox has ripped all the bin bags open behind thornhill gardens again, rubbish everywhere. no one to blame
        but the fox lol
    """),
     R("C300031", "estate", None, "bin|rubbish|fox",
       "Known mobile; rubbish strewn by a fox -> estate, not ASB.")),

    (email_in("10-26 08:05", "grace.adeyemi@example.com", "Grace Adeyemi", "Walls like paper", """
        Hi,

        I can hear every word my neighbours say through the bedroom wall - not their fault, they're lovely and
        they're not loud, the wall is just really thin. Is there anything like soundproofing you can do?

        Grace, Flat 2 Foundry Walk
    """),
     R("C300036", "repairs", None, "soundproof|wall",
       "Known e-mail; poor sound insulation with no nuisance behaviour -> repairs (general defensible), not asb.",
       GEN)),

    (visit("10-27 10:00", {"name": "Estate officer (P. Sugden)"}, cust("C300033"), "walkabout", "attended", """
        Walkabout at Foundry Walk with Mr Warsame. Shown: tagging on the garage doors (not offensive), broken
        fence post by the car park, dog fouling on the grass verge. Jobs raised with grounds and graffiti team.
    """),
     R("C300033", "estate", None, "graffiti|fence|dog",
       "Walkabout with a named tenant -> estate; non-offensive tagging and fouling, not asb.")),

    (chat("10-28 11:50", {"email": "owen.pritchard@example.com", "name": "Owen"}, """
        Visitor: Someone opened a credit card in my name using this address. The police say it's identity fraud and I should tell anyone who holds my details. Can you put a password on my account?
        Agent (Priya): Of course. I'll add a security password and note that you've been a victim of fraud.
    """),
     R("C300040", "general", None, "fraud|password|account",
       "Chat with the customer's e-mail; identity fraud, account password -> general; 'victim' vocabulary but no "
       "safeguarding concern.")),

    (sms_in("10-29 07:45", "+447700900321", """
        Intercom handset for flat 6 has stopped ringing when people press at the main entrance, so the postman and my mum can't get in.
        Stu
    """),
     R("C300021", "repairs", None, "door entry|buzzer",
       "Known mobile; faulty door entry handset -> repairs.")),

    (email_in("10-30 17:10", "tariq.h@example.com", "Tariq Hussain", "Second dog", """
        Hi, we already have permission for one dog (Milo). Can we get a second small dog? The garden is fully
        fenced. Tariq, 8 Moorside
    """),
     R("C300012", "tenancy", None, "dog|permission|pet",
       "Known e-mail (Tariq's own); pet permission -> tenancy (dogs but no nuisance).")),

    (call_in("10-31 14:20", "+447700900349", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, Sandra Okonkwo, flat 6 Ashgrove. The gutter over the flat next to mine is pouring water down onto my doorstep every time it rains. It's Mrs Kettlewell's - she's in a wheelchair so she can't get to it, and I'd hate her to slip. Can someone clear it?
        Agent: Of course, I'll raise a gutter clean for the block.
    """, dur=108),
     R("C300049", "repairs", None, "gutter|water",
       "Known mobile; blocked gutter affecting a neighbour's doorway -> repairs; 'wheelchair' but no welfare "
       "concern.")),

    (ig_in("11-01 12:30", "@hollinpark_lou", "Lou", """
        Has anyone seen a grey tabby cat round Hollin Park Road? Answers to Smudge, missing since Friday 😿 please
        share
    """),
     I("Public social post about a lost cat, asks nothing of the landlord -> ignore.")),

    (sms_in("11-02 09:15", "+447700900344", """
        Hiya, my ex moved out last month, all fine between us, she's got her own place now. Do I need to fill
        anything in so the council tax and your records only show me? Megan 4 beckside
    """),
     R("C300044", "tenancy", None, "household|moved out|records",
       "Known mobile; ex-partner left amicably, household update -> tenancy (general defensible), no abuse.", GEN)),

    (email_in("11-03 15:00", "johnsmith.wf1@example.net", "John Smith", "Noise from lift motor", """
        Hi,

        Since the lift was repaired there's a loud clunk and whine from the lift motor room every time it moves,
        and my flat is right next to it. It goes on till about midnight. Can the engineer look at it?

        John, Flat 14 Calder Court
    """),
     R("C300046", "repairs", None, "lift|noise|motor",
       "Known e-mail; noise from lift machinery -> repairs, not a neighbour nuisance.")),

    (letter("11-04 09:00", {"name": "Mrs J. Ramsden"}, """
        Flat 1, Calder Court, Wakefield WF1 3DX

        Dear Sir,

        I would like to thank your Mr Hill who found me in the car park last week when I had dropped my shopping
        and lost my way in the fog. He walked me to my door and carried my bags. He was a credit to you.

        Joyce Ramsden (written by my neighbour)
    """),
     R("C300022", "general", None, "thank|compliment|staff",
       "Name + address -> C300022; compliment about a member of staff -> general. A one-off incident with a staff "
       "member helping, no ongoing concern (safeguarding defensible given the disorientation).", SAFE)),

    (wa_in("11-05 20:30", "447700900306", "Agnieszka", """
        Sąsiad z dołu pomógł mi wnieść nową pralkę, bardzo miły pan. Ale teraz pralka przecieka pod spodem, czy
        możecie sprawdzić podłączenie wody?
    """),
     R("C300006", "repairs", None, "washing machine|leak|water",
       "Polish: 'the neighbour downstairs helped me carry in a new washing machine, very kind man; but now it leaks "
       "underneath, can you check the water connection?' Known number -> repairs.")),

    (visit("11-06 13:30", cust("C300024"), BRADFORD_OFFICE, "walk_in", "attended", """
        Mr Doyle called in to collect a replacement fob for the Beckside car park barrier; said his was stolen with
        his gym bag from his car at work. Fob cancelled and replaced, £10 charge paid.
    """, direction="inbound"),
     R("C300024", "estate", None, "fob|car park|replacement",
       "Walk-in; replacement car-park fob after a theft away from the estate -> estate (general defensible).", GEN)),

    (sms_in("11-07 11:00", "+447700900320", """
        Just to say the ASB officer Kerry has been brilliant, the music upstairs has stopped completely since the
        warning. Please pass on my thanks. Beth flat 3
    """),
     R("C300020", "asb", None, "thanks|music|warning",
       "Known mobile; positive feedback on a live ASB case -> asb (sensitive casework; general defensible).",
       {"category": ["general"], "sensitive": [False]})),

    (email_in("11-08 10:20", "yasmin.akhtar@example.com", "Yasmin Akhtar", "My ASB report", """
        Hello,

        I reported the men drinking on the bench by the shops three weeks ago and was told someone would call
        within five working days. Nobody has. I've chased twice. It's still happening every night. Is anybody
        actually dealing with this?

        Yasmin Akhtar
        36 Thornhill Gardens
    """),
     R("C300051", "complaint", None, "asb|call|chase",
       "Known e-mail; dissatisfaction with the handling of an ASB report -> complaint, sensitive (asb "
       "defensible).", {"category": ["asb"]}, sens=True)),

    (call_in("11-09 14:40", "+447700900334", """
        Agent: Fairholme Homes, Imogen speaking.
        Caller: Hi, Rebecca Thornton, flat 11 Foundry Walk. Quick one - the communal door's been left on the latch by the delivery drivers again, so anyone can wander in. Can the door closer be adjusted so it shuts itself?
        Agent: Yes, I'll raise a job for the door closer.
    """, dur=81),
     R("C300034", "repairs", None, "door|closer|communal",
       "Known mobile; communal door not self-closing -> repairs (estate defensible); no ASB.", EST)),
]

# ============================================================================================
# Complaints that never say "complaint": anger, politeness, sarcasm, repeated failures, staff conduct,
# landlord no-shows; some are also repair requests (the other reading is accepted)
# ============================================================================================
ITEMS += [
    (sms_in("10-01 16:10", "+447700900331", """
        4 times ive booked the day off for the electrician and 4 times nobody turned up. not even a text. im
        going to start invoicing you for my wages
    """),
     R("C300031", "complaint", None, "electrician|missed|no-show|wages",
       "Known mobile; repeated landlord no-shows and loss of earnings -> complaint (repairs defensible).", REP)),

    (email_in("10-02 13:45", "christine.mellor@example.com", "Christine Mellor", "Fence", """
        Dear Sir or Madam,

        I hope you don't mind me writing. I reported the fallen fence panels at the back of 2 Moorside Crescent in
        July and was told it would be done within 28 days. I have rung three times since and each time I've been
        told it's "with the contractor". I do appreciate how busy you must be, but I'm disappointed that nobody has
        let me know what is happening, and my grandson's dog can get out.

        Kind regards,
        Christine Mellor
    """),
     R("C300055", "complaint", None, "fence|delay|july",
       "Known e-mail; politely worded dissatisfaction with a long delay and poor updates -> complaint (repairs "
       "defensible).", REP)),

    (letter("10-03 09:00", {"name": "R. Illingworth"}, """
        15 Beckside Mews, Bradford BD4 7HA

        Sir,

        The young man you sent to read the meter last Thursday walked into my house smoking, did not wipe his feet
        and when I asked him to put the cigarette out he told me to "chill out, granddad". I have been a tenant of
        yours for 31 years and nobody has ever spoken to me in that manner. I expect an apology.

        R. Illingworth
    """),
     R("C300058", "complaint", None, "rude|smoking|apology",
       "Name + address -> C300058; conduct of a landlord representative -> complaint.")),

    (sms_in("10-05 17:30", "+447700900349", """
        waited in ALL day for the plumber, 8 till 6, nobody came and nobody rang. took a day's leave for this.
        Sandra flat 6
    """),
     R("C300049", "complaint", None, "plumber|waited|missed",
       "Known mobile; landlord missed appointment -> complaint (repairs defensible).", REP)),

    (email_in("10-06 10:30", "stuart.mcallister@example.net", "Stuart McAllister", "Roof - again", """
        Hi,

        The roof over my bedroom has now been "repaired" twice, in June and in August, and it's leaking again -
        there's a brown stain spreading across the ceiling and it's started to go black in the corner. I'd like
        someone competent to actually find the cause this time, and I'd like to know why I've had to report it
        three times.

        Stuart McAllister
        Flat 6, Calder Court
    """),
     R("C300021", "complaint", "damp_mould", "roof|leak|third",
       "Known e-mail; repeated failed roof repairs -> complaint, and it is also a live repair with mould starting "
       "-> hazard damp_mould (repairs / damp_mould category and null hazard defensible).",
       {"category": ["repairs", "damp_mould"], "hazard": [None]})),

    (call_in("10-07 19:55", "+441134960330", """
        Agent: Fairholme out of hours, Steve.
        Caller: This is Carol, Eileen Dawson's daughter, 25 Thornhill Gardens. Mum's boiler has packed in for the third time this month. She's 88 and it's freezing in there. This is the last straw, honestly - every time your man comes he resets it and goes.
        Agent: I'm sorry, Carol. I'll send an emergency engineer tonight and flag that it needs a proper diagnosis, and I'll pass on your comments to the repairs manager.
    """, to=OOH, dur=198),
     R("C300030", "repairs", "emergency", "boiler|heating",
       "Known landline, daughter for the tenant; no heating for an 88-year-old -> emergency repair, with strong "
       "dissatisfaction at repeated failures (complaint defensible).", CMP)),

    (email_in("10-08 09:10", "a.wojcik@example.org", "Agnieszka Wójcik", "Window handle", """
        Good morning,

        I appreciate everyone is busy, but it is now nine weeks since I first reported the broken window handle in
        the bedroom. I have had two appointment letters, and twice no one came. I would be grateful for a date that
        will actually happen.

        Best regards,
        Agnieszka Wójcik
    """),
     R("C300006", "complaint", None, "window|handle|weeks",
       "Known e-mail; polite but clear dissatisfaction with missed appointments -> complaint (repairs "
       "defensible).", REP)),

    (wa_in("10-09 15:40", "447700900352", "Bogdan", """
        Am primit o factură de 180 de lire pentru ușa de la baie, dar ușa era stricată când ne-am mutat, este în
        raportul de la intrare. Nu plătesc pentru ceva ce nu am stricat.
    """),
     R("C300052", "complaint", None, "recharge|door|invoice",
       "Romanian: 'I got a £180 bill for the bathroom door, but it was broken when we moved in, it's in the move-in "
       "report; I won't pay for something I didn't break.' Known number; disputed recharge -> complaint (rent "
       "defensible).", RENT)),

    (chat("10-10 16:30", {"email": "m.alrashid@example.org", "name": "Mohammed"}, """
        Visitor: I would like to speak to someone above you please
        Agent (Tom): I'll try to help first. What's happened?
        Visitor: The men who replaced my kitchen worktop left cement on the floor, cut through my washing machine hose and went. My kitchen flooded. I want someone senior to call me.
        Agent (Tom): I'm sorry. I'll ask the repairs manager to call you today and get the hose replaced.
    """),
     R("C300018", "complaint", None, "worktop|hose|senior|flood",
       "Chat with the customer's e-mail; contractor damage and a request for a senior manager -> complaint "
       "(repairs defensible).", REP)),

    (letter("10-11 09:00", {"name": "Office of Imran Qadir MP"}, """
        House of Commons

        Re: Mrs Hodan Abdi, Flat 12 Ashgrove Court, LS6 2JD

        Dear Chief Executive,

        My constituent has contacted me in some distress about the condition of her home and the length of time it
        has taken to address repairs reported since the spring. I would be grateful for a full account of the
        action taken and the timescale for completion.

        Yours sincerely,
        Imran Qadir MP
    """),
     R("C300010", "complaint", None, "mp|repairs|delay",
       "MP acting for a named tenant with address -> C300010 (review defensible); dissatisfaction with repairs "
       "delays -> complaint.", REVOK)),

    (tg_in("10-12 12:20", "6230118845", "Andrei", """
        Sunt foarte nemulțumit. Muncitorul a spart două plăci de faianță în baie când a schimbat robinetul și a
        plecat fără să spună nimic. Vreau să fie reparate și o explicație.
    """),
     R("C300014", "complaint", None, "tile|damage|tap",
       "Romanian: 'I'm very dissatisfied; the workman broke two bathroom tiles changing the tap and left without "
       "saying anything; I want them repaired and an explanation.' Linked Telegram id -> complaint (repairs "
       "defensible).", REP)),

    (wa_in("10-13 18:15", "447700900356", "Ahmed", """
        اتصلت خمس مرات هذا الشهر بخصوص التسرب في السقف ولم يتصل بي أحد. كل مرة يقولون سيتصل بك المشرف. هذا غير
        مقبول.
    """),
     R("C300056", "complaint", None, "call back|leak|ceiling",
       "Arabic: 'I've called five times this month about the ceiling leak and nobody has called back; every time "
       "they say the supervisor will call; this is unacceptable.' Known number -> complaint (repairs defensible).",
       REP)),

    (wa_in("10-14 10:50", "447700900332", "Zofia", """
        Jestem bardzo rozczarowana. Pan od naprawy drzwi znowu nie przyszedł, drugi raz wzięłam wolne w pracy.
        Nikt nie zadzwonił.
    """),
     R("C300032", "complaint", None, "door|missed|appointment",
       "Polish: 'I'm very disappointed; the door repair man didn't come again, the second time I took time off "
       "work; nobody rang.' Known number -> complaint (repairs defensible).", REP)),

    (fb_in("10-15 20:45", FB5(5), "Dean Sykes", """
        Shocking. 6 weeks with a hole in my bathroom ceiling and all I get is "it's been escalated". Flat 14
        Foundry Walk. Message me when someone actually gives a toss.
    """),
     R("C300035", "complaint", None, "ceiling|hole|weeks",
       "Facebook name + address -> C300035 (review defensible); angry dissatisfaction with a delayed repair -> "
       "complaint (repairs defensible).", {**REVOK, **REP})),

    (call_in("10-16 14:05", "+447700900354", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hello, Abdirahman Yusuf, flat 3 Foundry Walk. Last week your officer came about my rent. She did not wait for the interpreter, she spoke to my son, he is ten, and asked him to explain our money. I felt very bad about this.
        Agent: I'm really sorry, Mr Yusuf. That's not how we should work. I'll raise it with her manager and make sure an interpreter is booked every time.
    """, dur=216),
     R("C300054", "complaint", None, "interpreter|son|officer",
       "Known mobile; officer used a child instead of an interpreter -> complaint about staff conduct / "
       "communication needs.")),

    (email_out("10-17 09:30", INBOX, "christine.mellor@example.com", "Christine Mellor", "Your fence - our response", """
        Dear Mrs Mellor,

        Thank you for your email of 2 October about the fence at 2 Moorside Crescent. I'm sorry that you were not
        kept informed. The contractor had not been sent the order; this has now been corrected and the fence will be
        replaced on 22 October. As an apology for the delay we have credited £50 to your rent account.

        Yours sincerely,
        Helen Grant
        Customer Resolution Officer
    """),
     R("C300055", "complaint", None, "fence|apology|credit",
       "Outbound one-to-one complaint response -> complaint.")),

    (email_in("10-18 21:00", "ryan.doyle@example.com", "Ryan Doyle", "RE: Stage 2 response", """
        That's it then. Two stages and you still won't accept the kitchen was left unusable for five months.
        I'm sending everything to the Housing Ombudsman tomorrow.

        Ryan

        From: Customer Resolution <complaints@fairholmehomes.example.org>
        Sent: 16 October 2026 14:21
        To: Ryan Doyle
        Subject: Stage 2 response

        Dear Mr Doyle, we have reviewed your complaint at stage 2 and have not upheld it ...
    """),
     R("C300024", "complaint", None, "ombudsman|stage 2|kitchen",
       "Known e-mail (Ryan's own); escalation to the Ombudsman after stage 2 -> complaint.")),

    (sms_in("10-19 09:50", "+447700900303", """
        your electrician turned my power off for 6 hours yday without telling me first and everything in my
        freezer has defrosted. £90 of food. who pays for that
    """),
     R("C300003", "complaint", None, "freezer|food|power|compensation",
       "Known mobile; loss caused by contractor, asking who pays -> complaint (compensation).")),

    (call_in("10-20 12:15", "+447700900360", """
        Agent: Fairholme Homes, Callum speaking.
        Caller: Marcus Bell, 12 Thornhill. I'm paying a service charge every week for cleaning the communal bits and nobody's cleaned the entrance since the summer. Why am I paying for something that doesn't happen?
        Agent: I understand. I'll ask the estate team to check the cleaning logs and look at a refund of the charge.
    """, dur=131),
     R("C300060", "complaint", None, "service charge|cleaning",
       "Known mobile; paying for an undelivered service -> complaint (estate / rent defensible).",
       {"category": ["estate", "rent"]})),

    (ig_in("10-21 13:40", "@kayz_bfd", "Kayz", """
        absolute joke of a landlord. 3rd time you've "fixed" my shower and its cold again. not even gonna bother
        ringing anymore
    """),
     V("complaint", None, "shower|fixed|third",
       "Instagram handle only -> review; dissatisfaction with repeated failed repairs -> complaint (repairs "
       "defensible).", REP)),

    (visit("10-22 11:00", {"name": "Customer resolution officer (H. Grant)"}, cust("C300056"), "appointment", "attended", """
        Met Mr Farouk with an Arabic interpreter about his unanswered calls on the ceiling leak. Apologised. Roofer
        booked for 28 October; agreed weekly update calls until complete; £75 goodwill for time and trouble.
    """),
     R("C300056", "complaint", None, "leak|goodwill|apolog",
       "Complaints officer visit, attended -> complaint.")),

    (sms_in("10-23 15:15", "+447700900326", """
        Thanks for finally doing the side gate. Shame it took a councillor getting involved and 4 months. Paul
    """),
     R("C300026", "complaint", None, "gate|months|councillor",
       "Known mobile; sarcastic thanks laced with dissatisfaction -> complaint (general / repairs defensible).",
       {"category": ["general", "repairs"]})),

    (email_in("10-24 08:35", "natalia.rusu@example.org", "Natalia Rusu", "TV damaged", """
        Hello,

        On Thursday the plasterer knocked my TV off the wall bracket while he was working on the ceiling. The screen
        is cracked. He said he would report it but I have heard nothing. What do I do to claim for it?

        Natalia Rusu, flat 15
    """),
     R("C300041", "complaint", None, "tv|damage|claim",
       "Known e-mail; damage to belongings by a contractor and a claim -> complaint.")),

    (call_in("10-25 10:10", "+447700900350", """
        Agent: Fairholme Homes, Imogen speaking.
        Caller: Yeah it's Jamie, flat 16 Ashgrove. I've rung your number three times this morning and the automated thing keeps cutting me off after I press 2. I've been on the phone forty minutes in total. I just want to book a repair.
        Agent: I'm sorry, Jamie, I'll report the phone fault. What's the repair?
        Caller: The kitchen tap's loose, it swivels right round.
    """, dur=205),
     R("C300050", "complaint", None, "phone|cut off|tap",
       "Known mobile; frustration with the phone system plus a routine repair -> complaint (repairs "
       "defensible).", REP)),

    (sms_in("10-26 12:25", "+447700900357", """
        The repairs van has parked across my drive all morning AGAIN and blocked my car in. I was late picking
        my son up from school. Not good enough
    """),
     R("C300057", "complaint", None, "van|drive|parked",
       "Known mobile; contractor conduct (blocking a drive) -> complaint, not an ASB neighbour dispute.")),

    (letter("10-27 09:00", {"name": "Mr H. Birkett"}, """
        3 Thornhill Gardens, LS12 5EW

        Dear Sirs,

        I wrote to you on 5 October about the damp in my back bedroom. I received a card saying someone would
        telephone me within ten days. Nobody has. I am 84 and it is very cold and damp in that room. I am not one to
        make a fuss but I do not think this is good enough.

        H. Birkett
    """),
     R("C300045", "complaint", "damp_mould", "damp|bedroom|no reply",
       "Name + address -> C300045; 'not good enough' about an unanswered damp report -> complaint with the live "
       "damp_mould hazard (damp_mould category defensible).", DMP)),

    (chat("10-28 17:45", {"name": "Lisa"}, """
        Visitor: I'm just really tired of chasing. Mum's ceiling has had a tarp over it since August and I've rung, emailed, come in. Nobody seems to own it.
        Agent (Priya): I'm sorry, Lisa. Can I take your mum's name and address so I can find the job?
        Visitor: it's on all the emails, just look it up
    """),
     V("complaint", None, "ceiling|tarp|chasing",
       "Webchat relative with no tenant name or address given -> review; dissatisfaction with delay -> complaint "
       "(repairs defensible).", REP)),

    (email_in("10-29 12:00", "d.whitaker@example.com", "Darren Whitaker", "Contractor left the job", """
        Hi,

        The bathroom contractor took the old suite out on Monday and hasn't been back since. We've got no toilet
        upstairs, the floor is up and nobody will tell us when they're returning. We've two kids. Can someone tell
        me what's going on and why nobody warned us it'd be like this?

        Darren Whitaker
        23 Hollin Park Road
    """),
     R("C300005", "complaint", None, "bathroom|contractor|toilet",
       "Known e-mail (Darren's own); abandoned works and no communication -> complaint (repairs defensible).", REP)),

    (tg_in("10-30 09:00", "8912345670", "Connor", """
        I've had the 'we're sorry, your repair has been cancelled' text 3 times now for the same job. Who keeps
        cancelling it and why?
    """),
     R("C300048", "complaint", None, "cancel|repair|text",
       "Linked Telegram id; repeated cancellations of the same job -> complaint (repairs defensible).", REP)),

    (sms_in("10-31 19:40", "+447700900329", """
        no offence but the woman on the phone earlier was really short with me and said 'that's not my problem'
        when i asked who can help with my ceiling. kwame 18 thornhill
    """),
     R("C300029", "complaint", None, "phone|staff|attitude|ceiling",
       "Known mobile; staff attitude on the phone -> complaint.")),
]

# ============================================================================================
# The rest: rent, tenancy, lettings, estate, general; outbound attempts and missed appointments
# ============================================================================================
ITEMS += [
    (sms_in("10-01 09:05", "+447700900324", """
        Paid £300 off the arrears this morning from my bonus, can you check it's gone on the right account.
        Ryan Doyle
    """),
     R("C300024", "rent", None, "arrears|paid|payment",
       "Known mobile (Ryan's own) -> C300024; arrears payment check -> rent.")),

    (email_in("10-02 15:20", "h.patel@wf-welfarerights.example.org", "Hema Patel", "Client: Natalia Rusu - UC housing costs", """
        Dear Income Team,

        I am a welfare rights adviser helping Ms Natalia Rusu, Flat 15 Calder Court, WF1 3DX (signed consent
        attached). Her Universal Credit housing element was stopped in error; we have asked for a mandatory
        reconsideration. Please could you hold recovery action on the £640 arrears for eight weeks and send us a
        rent statement?

        Hema Patel
        Welfare Rights Adviser
    """, to=RENT_BOX),
     R("C300041", "rent", None, "universal credit|arrears|statement",
       "Adviser acting for a named tenant with address -> C300041 (review defensible); UC and arrears -> rent.",
       REVOK)),

    (wa_in("10-03 12:40", "447700900310", "Hodan", """
        Salaan, lacagta kirada waxaan rabaa inaan bixiyo bishii laba jeer, marka mushaharka la i siiyo. Ma suurtagal
        baa? Hodan flat 12
    """),
     R("C300010", "rent", None, "rent|pay|twice",
       "Somali: 'I want to pay the rent twice a month, when I get paid; is that possible?' Known number -> rent.")),

    (call_in("10-05 10:15", "+441134960314", """
        Agent: Income team, Hannah speaking.
        Caller: Hi, I'm ringing about the rent at 23 Hollin Park Road, the direct debit's bounced because the bank changed something. Can I pay it by card now?
        Agent: Of course. Can I just take your name for security?
        Caller: It's the account holder's, I'll get them to ring back actually, I don't have the card.
    """, dur=93),
     V("rent", None, "direct debit|card|rent",
       "Shared Whitaker landline, caller never names themself -> review; failed direct debit -> rent.")),

    (letter("10-06 09:00", {"name": "John Smith"}, """
        22 Weavers Row
        Bradford BD3 9PL

        Dear Sir,

        Please send me a breakdown of my rent and the charges, as the council want it for my pension credit
        application.

        Yours,
        John Smith
    """),
     R("C300015", "rent", None, "rent|breakdown|charges",
       "Letter signed John Smith with the Weavers Row address -> C300015 (not the Calder Court John Smith); rent "
       "breakdown -> rent (general defensible).", GEN)),

    (sms_out("10-07 10:30", "+447700900350", """
        Hi Jamie, it's Ravi from the income team. Your rent account is £186 behind since the UC payment didn't
        arrive. Can you ring me on 0113 496 0000 today so we can sort it before it builds up? Thanks
    """, sender="Ravi (Income team)"),
     R("C300050", "rent", None, "arrears|universal credit|behind",
       "Outbound one-to-one text about arrears -> record against the recipient; rent.")),

    (tg_in("10-08 14:25", "5120034471", "Agnieszka", """
        Dzień dobry, dostałam podwyżkę w pracy. Czy muszę to zgłosić, jeśli płacę czynsz sama bez zasiłku?
    """),
     R("C300006", "rent", None, "rent|income|pay rise",
       "Polish: 'I got a pay rise at work; do I need to report it if I pay the rent myself without benefits?' "
       "Linked Telegram id -> rent (general defensible).", GEN)),

    (email_in("10-09 11:55", "zofia.kaminska@example.com", "Zofia Kamińska", "Mutual exchange - Sheffield to Leeds", """
        Hello,

        I found a family in Leeds on HomeSwapper who want to swap with me. Their landlord is Leeds City Council.
        What paperwork do I need to send and how long does the approval take?

        Zofia Kamińska
        Flat 5 Foundry Walk
    """, to=TENANCY_BOX),
     R("C300032", "tenancy", None, "exchange|swap",
       "Known e-mail; mutual exchange -> tenancy (lettings defensible).", LET)),

    (sms_in("10-10 20:15", "+447700900344", """
        Can I sublet my spare room on airbnb for a few weekends to help with bills? Megan
    """),
     R("C300044", "tenancy", None, "sublet|airbnb|room",
       "Known mobile; subletting question -> tenancy.")),

    (visit("10-12 10:30", {"name": "Housing officer (J. Cartwright)"}, cust("C300015"), "appointment", "attended", """
        New tenancy visit at 22 Weavers Row, six weeks in. Mr Smith settled; rent paid by direct debit; smoke and
        CO alarms tested. Asked about putting a shed in the garden - permission form left.
    """),
     R("C300015", "tenancy", None, "new tenancy|visit|shed",
       "Staff visit with cust() ref -> C300015 (the Weavers Row John Smith); new tenancy visit -> tenancy.")),

    (wa_in("10-13 17:20", "447700900341", "Natalia", """
        Bună ziua, fiica mea împlinește 18 ani luna viitoare și începe facultatea. Trebuie să o adaug pe contract
        ca adult?
    """),
     R("C300041", "tenancy", None, "daughter|household|18",
       "Romanian: 'my daughter turns 18 next month and is starting university; do I need to add her to the "
       "agreement as an adult?' Known number -> tenancy.")),

    (call_in("10-14 15:50", "+447700900312", """
        Agent: Fairholme Homes, Becky speaking.
        Caller: Hi, Tariq Hussain, 8 Moorside. We're going to Pakistan for three months to look after my father. Does the house need to be checked while we're away, and do we need to tell you officially?
        Agent: Thanks for telling us. Please put it in writing with the dates and a contact; keep the rent paid and leave the heating on frost setting.
    """, dur=139),
     R("C300012", "tenancy", None, "away|absence|months",
       "Known mobile (Tariq's own); extended absence -> tenancy.")),

    (email_in("10-15 19:30", "lewis.h.applicant@example.com", "Lewis Hardcastle", "Housing application", """
        Hi,

        I applied to go on the housing register in August (ref HR-88213) and haven't had a banding letter yet. I'm
        living in a one-bed with my partner and our baby. How long does it usually take?

        Lewis
    """),
     V("lettings", None, "register|band|application",
       "Unknown applicant, not a tenant -> review; housing register banding -> lettings.")),

    (call_in("10-16 11:30", "+447700900338", """
        Agent: Lettings, Gemma speaking.
        Caller: Hi, Tomasz Nowak. I was offered the one-bed flat in Ashgrove Court for me, because mum is going to a care home. I want to accept. When can I sign?
        Agent: Lovely. Sign-up can be next Wednesday at 10 in the Leeds office; bring photo ID.
    """, dur=118),
     R("C300038", "lettings", None, "offer|accept|sign",
       "Known mobile (Tomasz); accepting an offer and arranging sign-up -> lettings.")),

    (ig_in("10-17 09:40", "@sian_and_kids", "Sian", """
        hi do u have any 3 bed houses with gardens in leeds? we're private renting and landlord is selling
    """),
     V("lettings", None, "house|bed|private",
       "Instagram first name only, not a tenant -> review; housing enquiry -> lettings.")),

    (sms_in("10-18 10:05", "+447700900360", """
        Got a text saying I've been shortlisted for the 2 bed on Weavers Row. What do I need to bring to the
        viewing? Marcus
    """),
     R("C300060", "lettings", None, "viewing|shortlist",
       "Known mobile; shortlisted for a transfer property -> lettings.")),

    (visit("10-19 14:00", {"name": "Lettings officer (A. Khan)"}, cust("C300007"), "appointment", "attended", """
        Accompanied viewing of 2-bed at 12 Weavers Row with Mr Osei (transfer). He liked the property; concerned
        about the distance to his work. Given until Thursday to decide.
    """),
     R("C300007", "lettings", None, "viewing|transfer",
       "Lettings officer visit, attended -> lettings.")),

    (wa_in("10-20 18:45", "447700900356", "Ahmed", """
        نحن سبعة أشخاص في شقة بغرفتي نوم. هل يمكنني التسجيل للانتقال إلى بيت أكبر؟
    """),
     R("C300056", "lettings", None, "overcrowd|bigger|transfer",
       "Arabic: 'we are seven people in a two-bedroom flat; can I register to move to a bigger house?' Known number "
       "-> lettings.")),

    (email_in("10-21 07:30", "kellybrannigan88@example.net", "Kelly Brannigan", "Hedge", """
        Hi, the big hedge along the front of Hollin Park Road hasn't been cut all year and it's now blocking half
        the pavement, I have to walk in the road with the pram. Kelly
    """),
     R("C300003", "estate", None, "hedge|pavement",
       "Known e-mail; overgrown communal hedge -> estate.")),

    (sms_in("10-22 07:40", U5(7), """
        someone has dumped about 20 tyres behind the garages at Beckside Mews overnight
    """),
     V("estate", None, "tyre|dump|fly",
       "Unknown mobile, no name -> review; fly-tipping -> estate.")),

    (wa_in("10-23 12:00", "447700900327", "Fatima", """
        Hello, Shahid here for mum again. The street light outside 6 Thornhill Gardens has been flickering on and
        off for a week. Mum doesn't like coming home in the dark.
    """),
     R("C300027", "estate", None, "street light|light",
       "Known number (son for the tenant); external lighting -> estate (repairs defensible).", REP)),

    (tg_in("10-24 11:15", "8912345670", "Connor", """
        Are you doing the christmas tree and lights on the green at Moorside again this year? Happy to help put it up
    """),
     R("C300048", "estate", None, "christmas|green|tree",
       "Linked Telegram id; community estate event question -> estate (general defensible).", GEN)),

    (email_in("10-25 14:10", "priya.chauhan@example.com", "Priya Chauhan", "Name change", """
        Hello,

        Following my wedding last month my surname is now Sharma - certificate attached. Could the tenancy, rent
        account and any letters be changed over please?

        Priya Sharma (Chauhan)
        17 Moorside Crescent
    """),
     R("C300047", "general", None, "name|marriage|update",
       "Known e-mail; change of name -> general (tenancy defensible).", TEN)),

    (chat("10-26 12:35", {"name": "Visitor"}, """
        Visitor: is the Sheffield office open on Wednesday afternoon, I need to drop off some ID
        Agent (Tom): Yes, 9-4 Monday to Friday.
    """),
     V("general", None, "office|open",
       "Anonymous chat visitor, opening hours -> review; general.")),

    (sms_in("10-27 14:40", "+447700900339", """
        Can I have a text when the gas man is 10 minutes away please. I am deaf and will not hear the door.
        Shirley 52
    """),
     R("C300039", "general", None, "text|deaf|gas",
       "Known mobile; communication need for an appointment -> general (repairs defensible).", REP)),

    (letter("10-28 09:00", {"name": "Mr G. Naylor"}, """
        47 Weavers Row, Bradford BD3 9PL

        Dear Sir,

        Please note my son Lee (07700 900724) is now my next of kin and should be contacted in an emergency
        instead of my late brother.

        G. Naylor
    """),
     R("C300019", "general", None, "next of kin|contact",
       "Name + address -> C300019; updating an emergency contact -> general.")),

    (email_in("10-29 09:45", "traceyh.personal@example.com", "Tracey Holt", "Subject access request", """
        Dear Data Protection Officer,

        I am making a subject access request for all records you hold about me, including phone recordings,
        case notes and visit records, from January 2025 to date. My details: Tracey Holt, Flat 9 Calder Court, WF1 3DX.

        Tracey Holt
    """),
     R("C300057", "general", None, "subject access|records|data",
       "Unknown e-mail but full name + address -> C300057 (review defensible); SAR -> general.", REVOK)),

    # --- outbound attempts and missed appointments ---
    (call_out("10-30 10:00", "+447700900305", "Repairs scheduling", "completed", dur=41, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Hi Darren, it's Fairholme repairs. The bathroom fitter can come back on Monday to finish your job. Please
        ring us on 0113 496 0000 to confirm someone will be in. Thanks.
    """),
     R("C300005", "repairs", None, "voicemail|bathroom|fitter",
       "Outbound voicemail to Darren's mobile -> C300005; rebooking the bathroom works -> repairs (complaint "
       "defensible given the open complaint).", CMP)),

    (call_out("10-31 16:20", "+447700900343", "Damp and mould team", "busy"),
     R("C300043", "general", None, ATTEMPT,
       "Attempted outbound call from the damp team, line busy, no content -> record; any category (damp_mould "
       "hazard defensible from the team name alone).", {**ANY, **LIVE})),

    (call_out("11-02 14:45", "+441632960358", "Income team", "no-answer"),
     R("C300058", "general", None, ATTEMPT,
       "Attempted outbound call to a known landline, no answer -> record; any category.", ANY)),

    (visit("11-03 09:30", {"name": "Electrician (S. Marsh)"}, cust("C300060"), "appointment", "no_access", """
        Booked 8-12 for five-yearly electrical inspection at 12 Thornhill Gardens. No answer at 09:30; phoned
        tenant, went to voicemail. Calling card left.
    """),
     R("C300060", "repairs", None, "no access|card|inspection",
       "Operative no-access visit -> record; electrical safety inspection -> repairs.")),

    (visit("11-04 14:00", {"name": "Housing officer (S. Rahman)"}, cust("C300049"), "appointment", "failed_to_attend", """
        Tenancy review meeting at the Leeds office booked with Ms Okonkwo for 14:00. Did not attend; no message.
        Second appointment letter to be sent.
    """),
     R("C300049", "tenancy", None, "did not attend|missed|review",
       "Tenant failed to attend an office appointment -> record; tenancy review -> tenancy.")),

    (call_out("11-05 11:10", "+447700900334", "Lettings team", "completed", dur=96, answered_by="human", transcript="""
        Agent: Hi Rebecca, it's Gemma in lettings. You were top bidder on the 2-bed at Thornhill Gardens. Are you still interested?
        Caller: Yes! Definitely.
        Agent: Great, I'll book a viewing for Friday at 11.
    """),
     R("C300034", "lettings", None, "bid|viewing|offer",
       "Outbound lettings call, answered -> lettings.")),

    (call_out("11-06 09:20", "+447700900317", "Repairs scheduling", "failed"),
     R("C300017", "repairs", None, ATTEMPT,
       "Outbound call failed to connect -> attempt recorded; any category.", ANY)),
]

# ============================================================================================
# Ignore: newsletters, auto-replies, bounces, broadcasts, chatter, spam
# ============================================================================================
ITEMS += [
    (email_in("10-01 05:30", "bulletin@housing-quarterly.example.net", "Housing Quarterly", "Awaab's Law: are you ready?", """
        This week: what Awaab's Law means for damp, mould and emergency hazards; webinar on safeguarding in
        housing; ASB case review data. Click to read more.

        You are receiving this because you subscribed. Unsubscribe.
    """, headers=NEWS_HEADERS),
     I("Sector newsletter full of hazard/safeguarding vocabulary -> ignore.")),

    (email_in("10-04 18:02", "victoria.pemberton@work.example.com", "Pemberton, Victoria", "Automatic reply: Your gas safety appointment", """
        Thank you for your message. I am out of the office until Monday 12 October with no access to email. For
        urgent matters please contact the team inbox.
    """, headers=AUTO_REPLY),
     I("Out-of-office auto-reply (from a work address) -> ignore.")),

    (email_in("10-08 03:14", "postmaster@mail.example.org", "Mail Delivery System", "Undeliverable: Your damp survey appointment", """
        Your message to bogdan.i@example.org couldn't be delivered. The address doesn't exist.
    """, headers=BOUNCE),
     I("Bounce -> ignore.")),

    (sms_out("10-09 12:00", "+447700900319", """
        Fairholme Homes: storm warning for Friday. Please bring in garden furniture and bins, and call 0113 496 0999
        if you have an emergency repair. Reply STOP to opt out.
    """),
     I("Outbound broadcast storm warning sent to many tenants -> ignore.")),

    (fb_in("10-11 15:30", FB5(6), "Gemma Rhodes", """
        Well done to the lads who painted the railings at Ashgrove, looks like new 👏
    """),
     I("Public praise asking for nothing -> ignore.")),

    (tg_in("10-13 04:10", "7123456789", "Investment Guru", """
        💰 Make £2000 a day from home! Join our VIP signals group now 💰
    """),
     I("Telegram spam from an unlinked id -> ignore.")),

    (sms_in("10-18 19:00", "+447700900321", """
        STOP
    """),
     I("STOP reply to automated texts -> ignore (record defensible).",
       {"action": ["record"], "customer_ref": ["C300021"], "category": ["general"]})),

    (email_in("10-20 06:00", "no-reply@repairs.fairholmehomes.example.org", "Repairs System", "Job 91377 completed", """
        Job 91377 (Emergency - gas escape) at Flat 4 Ashgrove Court marked complete by operative P. Oduya. This is an
        automated notification.
    """, headers={"Auto-Submitted": "auto-generated"}),
     I("Internal system notification mentioning an emergency -> ignore.")),

    (ig_in("10-22 21:21", "@leeds_events_now", "Leeds Events", """
        🎆 Bonfire night at Roundhay Park, 5 November! Tickets in bio #leeds #fireworks
    """),
     I("Unrelated promotional post -> ignore.")),

    (wa_out("10-26 08:00", "+447700900333", """
        Fairholme Homes: your heating engineer is booked for tomorrow between 8am and 12pm. Reply 1 to confirm or
        2 to rearrange.
    """),
     I("Automated per-customer appointment reminder -> ignore (record defensible).",
       {"action": ["record"], "customer_ref": ["C300033"], "category": ["repairs"]})),

    (email_in("11-01 09:00", "marketing@mouldaway.example.com", "MouldAway Pro", "Beat black mould this winter!", """
        Landlords! Our anti-mould spray kills 99.9% of black mould. Order in bulk today and save 30%.
    """, headers=NEWS_HEADERS),
     I("Marketing about mould -> ignore.")),

    (fb_in("11-07 18:40", FB5(7), "Daz Holroyd", """
        🙄 typical fairholme
    """),
     I("Vague public comment asking for nothing -> ignore (review defensible).",
       {"action": ["review"], "category": ["complaint"]})),

    (email_in("11-09 12:40", "kwame.mensah@example.com", "Kwame Mensah", "Automatic reply: Safeguarding follow-up", """
        I'm away from my desk this week. I'll reply when I'm back.
    """, headers=AUTO_REPLY),
     I("Customer auto-reply, subject carries 'safeguarding' -> ignore.")),

    (sms_in("11-10 08:30", "+447700900353", """
        👍 thanks
    """),
     I("Bare acknowledgement asking for nothing -> ignore (record defensible).",
       {"action": ["record"], "customer_ref": ["C300053"], "category": ["general"]})),
]


# ============================================================================================
# Ids, writing, validation (reusing build_train3's validator), coverage
# ============================================================================================
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "train5"  # prefixes validation messages (build_train3 set it to "train3" on import)


def main() -> int:
    return corpus_tools.build(ITEMS, ["train.jsonl", "train2.jsonl", "train3.jsonl", "train4.jsonl"])


if __name__ == "__main__":
    sys.exit(main())

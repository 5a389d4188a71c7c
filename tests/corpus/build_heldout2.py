#!/usr/bin/env python3
"""Build a second held-out EVALUATION split (deterministic; writes only heldout2.jsonl / heldout2.expected.jsonl).

    python tests/corpus/build_heldout2.py

A fortnight (Monday 2 - Sunday 15 November 2026) of a landlord's contact-centre traffic, written by hand from the
domain (not from the router), to judge the router as an unseen test set. Keep it out of tuning.

Same formats, customer directory (directory.csv) and label conventions as README.md; the envelope and label
helpers are imported from build_train3.py, the id / validation / coverage code from corpus_tools.py. Ids are hashed
from the event content with the salt "heldout2" and checked for uniqueness against every train*.jsonl in this folder
and the shared samples.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_train3 import (  # noqa: E402,F401
    ANY, ATTEMPT, ASB_BOX, AUTO_REPLY, BOUNCE, BRADFORD_OFFICE, EMG, EST, GEN, INBOX, LEEDS_OFFICE, MAIN,
    NEWS_HEADERS, NOHZ, OOH, RENT_BOX, REP, REPAIRS_BOX, REVOK, SAFEGUARDING_BOX, SHEFF, SHEFFIELD_OFFICE,
    TEN, TENANCY_BOX, WAKEFIELD_OFFICE, A, I, R, V, call_in, call_out, chat, cust, email_in, email_out, fb_in,
    ig_in, letter, portal, sms_in, sms_out, tg_in, visit, wa_in, wa_out,
)
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "heldout2"  # after importing build_train3, which sets its own split name

ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []
CMP = {"category": ["complaint"]}
DMP = {"category": ["damp_mould"]}
SAFE = {"category": ["safeguarding"], "sensitive": [True]}
ASBOK = {"category": ["asb"], "sensitive": [True]}
COMPLAINTS_BOX = {"email": "complaints@fairholmehomes.example.org", "name": "Fairholme Complaints"}


def U5(n: int) -> str:
    """An unknown (not in the directory) mobile for this split: +44 7700 9004nn."""
    return f"+4477009004{n:02d}"


# ============================================================================================
# Repairs, including Awaab's Law emergencies (gas, CO, electrics, water through lights, no heat
# for vulnerable households, collapse), outbound attempts, voicemails and visits
# ============================================================================================
ITEMS += [
    (sms_in("11-02 07:05", "+447700900307", """
        toilet wont stop running, cistern keeps filling and theres water dripping out the overflow pipe on the outside
        wall. flat 4 ashgrove. sam
    """),
     R("C300007", "repairs", None, "toilet|cistern|overflow",
       "Known mobile; constantly running cistern and dripping overflow -> routine plumbing repair.")),

    (sms_in("11-02 08:31", "+447700900305", """
        boiler pressure keeps dropping to 0.5 every day, ive been topping it up but the heating keeps going off in the
        night. 23 hollin park. darren
    """),
     R("C300005", "repairs", None, "boiler|pressure|heating",
       "Darren's own mobile (not the shared landline); boiler losing pressure, heating intermittent, no vulnerability "
       "given -> routine heating repair (emergency arguable in November).", EMG)),

    (call_in("11-02 22:48", "+441632960322", """
        Agent: Fairholme Homes out of hours, Nadia speaking.
        Caller: Oh hello love, it's Joyce Ramsden, Flat 1 Calder Court. I can smell gas in my kitchen. It's been getting stronger since about nine.
        Agent: Right Joyce, please don't switch anything on or off. Can you open a window and the front door?
        Caller: I've opened the back door. I can't see the cooker knobs very well, my eyes aren't good, so I don't know if I've left one on.
        Agent: Please go and wait outside or at a neighbour's. I'm calling the gas emergency service now and our engineer will come out as well.
    """, to=OOH, dur=187),
     R("C300022", "repairs", "emergency", "gas",
       "Known landline; smell of gas at a partially sighted tenant's flat -> emergency.")),

    (wa_in("11-03 05:52", "447700900341", "Natalia", """
        Bună dimineața, alarma de monoxid de carbon sună de la ora 5 și nu se oprește. Am ieșit afară cu copiii, stăm
        în mașină. Ce trebuie să fac? Apartamentul 15, Calder Court.
    """),
     R("C300041", "repairs", "emergency", "carbon monoxide|co alarm|monoxide|alarm",
       "Romanian: 'good morning, the carbon monoxide alarm has been sounding since 5 and won't stop; I went outside "
       "with the children, we're sitting in the car; what should I do? Flat 15 Calder Court.' Known number -> "
       "emergency (CO).")),

    (letter("11-03 09:00", {"name": "Mrs M. Holroyd"}, """
        7 Hollin Park Road
        Leeds LS8 3QT

        Dear Sir or Madam,

        I have come home from hospital after having my hip replaced and the occupational therapist says I need a grab
        rail next to the toilet and another by the front step. She said she would write to you as well but I thought I
        had better ask myself in case it gets lost.

        Could you please reply in large print as before.

        Yours faithfully,
        Margaret Holroyd
    """),
     R("C300001", "repairs", None, "grab rail|rail|adaptation",
       "Name + address -> C300001; minor adaptations after hip surgery -> repairs (general defensible).", GEN)),

    (chat("11-03 12:30", {"email": "lucy.fairweather@example.net", "name": "Lucy"}, """
        Visitor: hiya the mixer tap in the kitchen has come loose and spins round when you turn it on, is that something you fix or do I need my own plumber
        Agent (Hannah): Hi Lucy, that's one for us. Can you confirm your address?
        Visitor: 44 hollin park rd. any day but wednesday
        Agent (Hannah): Lovely, I've booked a plumber for Thursday morning.
    """),
     R("C300053", "repairs", None, "tap|mixer",
       "Webchat with the tenant's known e-mail and address; loose kitchen mixer tap -> routine repair.")),

    (call_out("11-04 09:20", "+447700900302", "Repairs scheduling", "no-answer"),
     R("C300002", "repairs", None, ATTEMPT,
       "Attempted outbound call from repairs scheduling, no answer -> record; purpose not stated, any category.", ANY)),

    (call_in("11-04 10:15", "+441144960322", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hello, I'm ringing about the back gate at 8 Moorside Crescent. The lock's snapped and the gate won't stay shut, it bangs all night.
        Agent: Sorry to hear that. Can I take your name please?
        Caller: It's on the account, we're both on it. Can you not just send someone?
        Agent: I do need a name to book it in, is it -
        Caller: Sorry, my taxi's here. I'll ring back.
    """, dur=71),
     V("repairs", None, "gate|lock",
       "Shared Hussain landline (T-007121), caller never names themself -> review; broken garden gate lock -> repairs "
       "(estate defensible).", EST)),

    (sms_in("11-04 16:20", "+447700900353", """
        The garden wall between me and no 46 has come down in the wind, bricks all over the path, and the bit still
        standing is leaning right over towards their trampoline. Kids play on it. Lucy 44 Hollin Park Rd
    """),
     R("C300053", "repairs", "emergency", "wall|collapse|fallen|leaning",
       "Known mobile; partly collapsed garden wall still leaning over a children's play area (structural danger) -> "
       "emergency (boundary wall, estate defensible).", {"category": ["estate"], "hazard": [None]})),

    (portal("11-05 14:02", {"customer_ref": "C300013", "email": "vicky.pemberton@example.org", "name": "Victoria Pemberton"},
            "Report a repair", """
        Form: Report a repair
        Room: Kitchen
        Item: Worktop
        Description: Joint in the worktop next to the sink has swollen up and split, water gets in underneath every time
        I wash up. The cupboard underneath is starting to smell.
        Access: any weekday after 2pm
    """),
     R("C300013", "repairs", None, "worktop|sink",
       "Portal form with customer ref; swollen, split worktop joint by the sink -> routine repair.")),

    (wa_in("11-05 18:40", "447700900309", "Imran", """
        Salam, the intercom in my flat buzzes when someone presses but the button to open the main door does nothing.
        Missed 3 deliveries this week running down 3 floors. Flat 9 Ashgrove
    """),
     R("C300009", "repairs", None, "intercom|door entry|door",
       "Known number; door-entry handset can't release the main door -> repairs.")),

    (visit("11-06 08:30", {"name": "Gas engineer (P. Ackroyd)"}, cust("C300031"), "appointment", "no_access", """
        Booked 8-12 for annual gas service at 31 Thornhill Gardens. Knocked and rang 08:35 and 09:10, no reply. Rang
        mobile, went to voicemail. Card left. Second missed gas appointment - passed to gas compliance officer.
    """),
     R("C300031", "repairs", None, "no access|gas|missed",
       "Engineer no-access visit for the gas safety check -> record against the tenant; repairs (tenancy defensible "
       "as access enforcement may follow).", TEN)),

    (call_in("11-06 19:31", "+447700900340", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: Hi, Owen Pritchard, Flat 10 Calder Court. Water's coming through the bathroom ceiling, right through the light fitting. All the lights have tripped and I'm stood here with a torch.
        Agent: OK, please don't touch the switch or the fuse board if it's wet anywhere near it. How much water is it?
        Caller: Steady drip, maybe a cup a minute. I think it's from the flat above, nobody's answering the door.
        Agent: I'm raising an emergency for a plumber and an electrician, and we'll try to get into the flat above.
    """, dur=164),
     R("C300040", "repairs", "emergency", "water|light|ceiling",
       "Known mobile; water coming through a light fitting, lights tripped -> emergency leak/electrical.")),

    (call_in("11-07 09:48", "+447700900319", """
        Voicemail: Hiya, it's Gary Naylor, 47 Weavers Row. Two of the fence panels at the back have blown out in the wind last night and the dog keeps getting out onto the road. Can someone ring me back, I'm in all day. Cheers.
    """, dur=41, answered_by=None, voicemail=True),
     R("C300019", "repairs", None, "fence|panel",
       "Inbound voicemail from a known mobile; blown-out garden fence panels -> repairs (estate defensible).", EST)),

    (tg_in("11-07 23:15", "7781200943", "Stuart", """
        the shower pull switch has gone brown and melted round the edge, smells like burning. ive switched the shower
        off at the fuse box. flat 6 calder ct
    """),
     R("C300021", "repairs", "emergency", "shower|switch|burn|melt",
       "Linked Telegram id; melted, burning-smelling shower switch (electrical fire risk) -> emergency even though "
       "isolated.", NOHZ)),

    (wa_in("11-08 13:05", "447700900310", "Hodan", """
        Musqusha waa xiran tahay, biyuhu ma socdaan. Fadlan caawimaad. Flat 12
    """),
     R("C300010", "repairs", None, "toilet|blocked",
       "Somali: 'the toilet is blocked, the water won't go down; please help. Flat 12.' Known number -> repairs.")),

    (email_in("11-09 08:12", "priya.chauhan@example.com", "Priya Chauhan", "URGENT - no heating since Saturday, newborn", """
        Hi,

        I rang on Saturday and again yesterday about our boiler. It's showing a red fault light and there's no heating
        or hot water at all. Nobody has come or rung back.

        Our daughter is three weeks old and the house was 13 degrees this morning. We've got one small electric heater
        in her room.

        Please can someone come today. 17 Moorside Crescent.

        Priya Chauhan
    """, to=REPAIRS_BOX),
     R("C300047", "repairs", "emergency", "heating|boiler|hot water, baby|newborn",
       "Known e-mail; no heating or hot water with a three-week-old baby (vulnerable household) -> emergency; chasing "
       "twice without a visit, so complaint defensible.", CMP)),

    (ig_in("11-09 20:10", "@megs.lister", "Megan Lister", """
        Hi sorry to message on here, can't get through on the phone. The loft hatch in my landing ceiling has dropped
        open and the frame is hanging off, bits of insulation everywhere. 4 Beckside Mews
    """),
     R("C300044", "repairs", None, "loft|hatch",
       "Instagram DM: display name + address match one tenant -> C300044 (review defensible); loft hatch frame "
       "hanging off -> repairs.", REVOK)),

    (call_out("11-10 10:05", "+447700900352", "Gas servicing", "completed", dur=38, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Agent: Hello, this is a message for Bogdan Ionescu from Fairholme gas servicing. Your annual gas safety check is now overdue and we need to get into the property. We've written twice. Please call us on 0113 496 0000 to book, it's a legal requirement. Thank you.
    """),
     R("C300052", "repairs", None, "gas|safety check|voicemail",
       "Outbound voicemail chasing an overdue gas safety check -> record; repairs (tenancy defensible).", TEN)),

    (wa_out("11-10 11:30", "447700900318", """
        مرحباً السيد الرشيد، معك يوسف من قسم الإصلاحات في فيرهولم. سيأتي السباك يوم الخميس 12 نوفمبر بين الساعة 8 و12
        لإصلاح التسرب تحت حوض المطبخ. الرجاء الرد إذا كان الموعد غير مناسب.
    """, sender="Fairholme Repairs (Yusuf)"),
     R("C300018", "repairs", None, "plumber|appointment|leak|sink",
       "Arabic, staff to tenant: 'Hello Mr Al-Rashid, Yusuf from Fairholme repairs. The plumber will come on Thursday "
       "12 November between 8 and 12 to fix the leak under the kitchen sink. Please reply if the time doesn't suit.' "
       "Personal outbound message -> record; repairs.")),

    (wa_in("11-10 17:22", "447700900327", "Fatima", """
        আসসালামু আলাইকুম। রান্নাঘরের জানালা বন্ধ হয় না, হাতলটা ভেঙে গেছে। রাতে খুব ঠান্ডা বাতাস আসে। ফাতিমা বেগম, ৬ থর্নহিল গার্ডেন্স
    """),
     R("C300027", "repairs", None, "window|handle",
       "Bengali: 'the kitchen window won't close, the handle is broken; very cold air comes in at night. Fatima Begum, "
       "6 Thornhill Gardens.' Known number -> repairs.")),

    (call_in("11-11 08:02", "+447700900308", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi Ruth, it's Lorraine Kettlewell, Flat 7 Ashgrove. The lift's been out since last night. I'm in a wheelchair and I'm on the second floor, so I literally can't get out of the flat. I've got a hospital appointment at two.
        Agent: I'm so sorry Lorraine. I can see the lift engineer's been called, they're due this morning.
        Caller: And if it isn't fixed? What happens if there's a fire?
        Agent: I'll flag you as a priority with the engineer and ring you back by eleven. If it's not fixed we'll help arrange transport for your appointment.
    """, dur=210),
     R("C300008", "repairs", None, "lift|wheelchair",
       "Known mobile; lift failure leaving a wheelchair user unable to leave her flat -> urgent communal repair; "
       "emergency defensible given the fire-evacuation worry.", EMG)),

    (visit("11-11 11:00", {"name": "Electrician (S. Marsden)"}, cust("C300054"), "appointment", "attended", """
        Periodic electrical inspection, Flat 3 Foundry Walk. Two kitchen sockets behind the fridge cracked and scorched -
        isolated and replaced today. Consumer unit is an old type with no RCD on the sockets circuit: replacement
        recommended, job raised. Tenant's son translated.
    """),
     R("C300054", "repairs", None, "socket|consumer unit|inspection",
       "Attended electrical inspection; scorched sockets made safe on the day, follow-on consumer unit job -> repairs "
       "(hazard null as made safe; emergency defensible).", EMG)),

    (wa_in("11-11 19:40", "447700900354", "Abdirahman", """
        Kulaylku ma shaqeynayo laga bilaabo shalay. Guriga aad buu u qabow yahay, waxaan haystaa laba carruur ah oo yar.
    """),
     R("C300054", "repairs", "emergency", "heating|cold|children",
       "Somali: 'the heating hasn't worked since yesterday; the house is very cold; I have two small children.' Known "
       "number; no heating with young children (vulnerable household) -> emergency (null defensible: hot water and "
       "ages not stated).", NOHZ)),

    (sms_in("11-12 21:10", "+447700900350", """
        yo bath plug hole blocked agen, water jus sits there n stinks. cn sum1 cum b4 fri? flat 16 ashgrove
    """),
     R("C300050", "repairs", None, "bath|blocked|drain|plug",
       "Known mobile, text-speak; blocked bath waste -> routine repair.")),

    (call_in("11-13 08:40", "+441632960322", """
        Voicemail: Hello, it's Joyce Ramsden, Flat 1 Calder Court. Just to say the gas man came out last week and it was the cooker, he's capped it off. So I've no cooker now. Could somebody come and sort it out please. Thank you.
    """, dur=33, answered_by=None, voicemail=True),
     R("C300022", "repairs", None, "cooker|capped",
       "Inbound voicemail from a known landline; cooker capped after the gas escape, needs repair or replacement -> "
       "repairs (danger already made safe).")),

    (call_in("11-13 18:20", "+441134960357", """
        Agent: Fairholme Homes, Craig speaking.
        Caller: Good evening, this is Tomasz Nowak from 40 Hollin Park Road. The radiator in the small bedroom is leaking from the valve, there's a towel under it and it's soaked every morning.
        Agent: Is the heating still working otherwise?
        Caller: Yes, everything else is fine.
        Agent: I'll book a heating engineer. First slot is Tuesday 17 November in the morning.
    """, dur=132),
     R("C300038", "repairs", None, "radiator|valve|leak",
       "Shared Nowak landline but the caller names himself -> C300038; leaking radiator valve -> repairs.")),

    (visit("11-13 15:30", cust("C300041"), WAKEFIELD_OFFICE, "walk_in", "attended", """
        Ms Rusu came into the Wakefield office with her daughter interpreting, following the CO alarm on Tuesday. The
        engineer found the boiler flue disconnected and capped the boiler. She still has no heating or hot water and
        two children under five. Asked when the new flue will be fitted. Gave her two oil-filled heaters; chased the
        contractor for a date.
    """, direction="inbound"),
     R("C300041", "repairs", "emergency", "boiler|flue|heating",
       "Walk-in, attended; boiler capped after a CO incident, family with under-fives still without heating or hot "
       "water -> emergency (null defensible as temporary heaters were supplied).", NOHZ)),

    (tg_in("11-14 07:40", "6674421093", "Jade", """
        key snapped in the front door lock this morning, half of it is still stuck in there. cant lock the flat. im at
        work til 6 and all my stuff is in there 😩
    """),
     R("C300059", "repairs", None, "lock|key|door",
       "Linked Telegram id; key snapped in the front-door lock, flat insecure -> urgent locksmith repair (not an "
       "Awaab's Law hazard).")),

    (sms_in("11-14 12:05", U5(8), """
        Salam ji mera naam Rukhsana hai 19 Weavers Row. Boiler do din se band hai, na garam pani na heating. Bachay
        beemar hain, please jaldi kisi ko bhejein
    """),
     V("repairs", "emergency", "boiler|heating|hot water, child|sick",
       "Roman Urdu: 'my name is Rukhsana, 19 Weavers Row; the boiler has been off for two days, no hot water or "
       "heating; the children are ill, please send someone quickly.' Unknown mobile, address not in the directory -> "
       "review; no heat with sick children -> emergency.")),
]

# ============================================================================================
# Damp and mould; mould in passing in other topics; mould only in quoted history or fixed
# ============================================================================================
ITEMS += [
    (wa_in("11-02 10:14", "447700900343", "Aisha", """
        Salaam, sending this again. The mould on the wall next to my baby's cot has come back, black spots all the way
        up to the ceiling. She's had a chest infection twice since September and the GP said the damp won't be
        helping. Please can someone come and see it. Aisha, 27 Weavers Row
    """),
     R("C300043", "damp_mould", "damp_mould", "mould, baby|cot|chest",
       "Known number; recurring black mould by an infant's cot with repeated chest infections -> damp_mould "
       "(emergency defensible given the health impact; complaint defensible as a repeat report).",
       {"hazard": ["emergency"], "category": ["complaint"]})),

    (email_in("11-03 13:25", "beth.cole@example.com", "Bethany Cole", "Rent statement query", """
        Hi,

        My rent statement for October shows two payments taken on the 5th for £118.40 and I only pay once, by direct
        debit. Can you check whether I've been charged twice and put it right please?

        Also while I've got you, the mould in the bathroom has come back above the shower, and I never got a date for
        the extractor fan that was meant to be replaced.

        Thanks
        Beth Cole
        Flat 3, Calder Court
    """, to=RENT_BOX),
     R("C300020", "rent", "damp_mould", "charge|statement|direct debit, mould",
       "Known e-mail; rent query (possible double direct debit) with live bathroom mould mentioned in passing -> rent "
       "with hazard damp_mould (damp_mould category / null hazard defensible).", {"category": ["damp_mould"], "hazard": [None]})),

    (call_in("11-04 11:40", "+441144960355", """
        Agent: Fairholme Homes, Sam speaking.
        Caller: Hello, it's Christine Mellor, 2 Moorside Crescent. I've got black mould coming through in our bedroom, behind the bed and round the window, and the wallpaper's lifting. My husband's got COPD and he's been coughing all night.
        Agent: I'm sorry Mrs Mellor. How long has it been like that?
        Caller: It started after that heavy rain in October but it's spread this last week.
        Agent: Given your husband's health I'm marking this as a priority and booking a damp and mould surveyor this week. I'll send some guidance for the meantime too, though I know it isn't your fault.
    """, dur=240),
     R("C300055", "damp_mould", "damp_mould", "mould, copd|husband|cough",
       "Known landline (single tenant); spreading bedroom mould with a COPD sufferer in the home -> damp_mould "
       "(emergency defensible).", EMG)),

    (email_in("11-05 09:40", "grace.adeyemi@example.com", "Grace Adeyemi", "RE: Mould treatment - Flat 2 Foundry Walk", """
        Hi Lauren,

        Thanks for sending the team round, the bedroom looks so much better and the new vent is really quiet.

        Different question - my brother is coming out of the army next month and needs somewhere to stay for a couple
        of months while he finds a job. Do I need permission for him to live with me, and will it affect my rent?

        Grace

        > From: Lauren Beck (Damp and Mould Team)
        > Sent: 21 October 2026 10:02
        > Subject: Mould treatment - Flat 2 Foundry Walk
        >
        > Hi Grace, our contractor will carry out the mould wash to the bedroom ceiling and fit a new trickle vent on
        > Monday 26 October. Please move furniture away from the outside wall if you can.
    """),
     R("C300036", "tenancy", None, "brother|stay|permission",
       "Known e-mail; new content asks permission for a relative to stay (tenancy, general/rent defensible). Mould "
       "only in quoted history and the tenant says it is fixed -> hazard null.", {"category": ["general", "rent"]})),

    (letter("11-05 09:00", {"name": "H. Birkett"}, """
        3 Thornhill Gardens
        Leeds LS12 5EW

        Dear Fairholme Homes,

        There is a damp patch on the chimney breast in my front room which is about two feet across now and the
        wallpaper has come away. The room smells musty and my clothes in the alcove cupboard have gone green at the
        shoulders.

        I would be grateful if somebody could call. Please write to me in large print.

        Yours sincerely,
        Harold Birkett
    """),
     R("C300045", "damp_mould", "damp_mould", "damp, chimney|wallpaper|clothes|musty",
       "Name + address -> C300045; damp chimney breast and mould on clothes -> damp_mould.")),

    (sms_out("11-06 10:15", "+447700900339", """
        Hi Shirley, it's Gemma from the damp and mould team. Our surveyor will come to look at the mould in your
        bathroom on Tuesday 10 November at 10am, and we've booked a BSL interpreter for the visit. Text back on this
        number if that doesn't suit. Thanks
    """, sender="Damp and mould team (Gemma)"),
     R("C300039", "damp_mould", "damp_mould", "surveyor|inspection, mould, interpreter|bsl",
       "Personal outbound text (tenant is Deaf, text only) booking a mould survey -> record; damp_mould.")),

    (fb_in("11-06 21:45", "fb:100090000512", "Kayleigh Marie", """
        I've reported the mould in my kids' bedroom three times since the summer and nobody has ever come out. My
        youngest has asthma. I've got pictures. What do I have to do to get someone to look at it??
    """),
     V("damp_mould", "damp_mould", "mould, asthma|child|kids",
       "Messenger DM, display name only and no address -> review; repeatedly reported mould in a child's room "
       "(complaint defensible; emergency defensible given asthma).", {"category": ["complaint"], "hazard": ["emergency"]})),

    (sms_in("11-07 11:02", "+447700900317", """
        Hiya just to say the mould hasnt come back since the new fan went in, so thank you. But can someone look at
        the back bedroom window, it wont open more than an inch, the hinge is stiff. Chloe 30 Weavers
    """),
     R("C300017", "repairs", None, "window|hinge",
       "Known mobile; mould mentioned only as fixed -> hazard null; stiff window hinge -> repairs.")),

    (tg_in("11-08 09:12", "4409987612", "Kwame", """
        Morning. The mould round the bedroom and kitchen windows is back. I know a lot of it is condensation, the tumble
        dryer packed in so I've been drying washing on the radiators. Is there anything you can do about the vents?
        They don't seem to pull anything.
    """),
     R("C300029", "damp_mould", "damp_mould", "mould|condensation, vent|window",
       "Linked Telegram id; recurring mould and condensation, ineffective vents -> damp_mould.")),

    (visit("11-09 14:00", {"name": "Damp and mould surveyor (A. Rahman)"}, cust("C300025"), "appointment", "no_access", """
        Attended 12 Beckside Mews at 14:00 to inspect mould reported in the children's bedroom. No answer. Neighbour
        said the family are away visiting relatives until the weekend. Calling card left and WhatsApp sent in Romanian
        to rebook.
    """),
     R("C300025", "damp_mould", "damp_mould", "no access|no answer, mould|inspect",
       "Surveyor no-access visit for a live mould report -> record; damp_mould (the clock keeps running).")),

    (wa_in("11-10 09:31", "447700900325", "Ioana", """
        Bună ziua, am găsit cartonașul lăsat de inspector. Am fost plecați. Putem reprograma pentru luni dimineață?
        Mucegaiul din camera copiilor e tot acolo.
    """),
     R("C300025", "damp_mould", "damp_mould", "rebook|rearrange|monday, mould",
       "Romanian: 'I found the card the inspector left, we were away; can we rebook for Monday morning? The mould in "
       "the children's room is still there.' Known number -> damp_mould.")),

    (sms_in("11-10 15:35", "+447700900351", """
        Hi its Yasmin 36 Thornhill. I want to ask about a transfer, theres 5 of us in a 2 bed and my mum sleeps in the
        living room. Also the box room has mould all up one wall again which isnt helping her chest. What do I need to
        do to go on the list
    """),
     R("C300051", "lettings", "damp_mould", "transfer|overcrowd|list, mould",
       "Known mobile; overcrowding transfer request (lettings) with live mould mentioned in passing -> hazard "
       "damp_mould (damp_mould category / null hazard defensible).", {"category": ["damp_mould"], "hazard": [None]})),

    (call_out("11-10 16:20", "+441144960355", "Damp and mould team", "completed", dur=150, answered_by="human", transcript="""
        Agent: Hello Mrs Mellor, it's Lauren from the damp and mould team, following up your call about the bedroom.
        Caller: Oh yes, hello.
        Agent: Our surveyor can come on Thursday 12 November at 9. In the meantime we can lend you a dehumidifier, would that help?
        Caller: Yes please, anything. He's not sleeping in there at the moment.
    """),
     R("C300055", "damp_mould", "damp_mould", "surveyor|survey, dehumidifier|mould",
       "Outbound follow-up booking the mould survey -> record; damp_mould.")),

    (wa_in("11-11 21:30", "447700900337", "Grażyna", """
        Dobry wieczór. W szafie w pokoju dzieci wszystkie ubrania są pokryte pleśnią, a ściana za szafą jest mokra.
        Wyrzuciłam już dwa worki ubrań. Proszę o pomoc.
    """),
     R("C300037", "damp_mould", "damp_mould", "mould, clothes|wardrobe",
       "Polish: 'good evening; in the children's room wardrobe all the clothes are covered in mould and the wall "
       "behind it is wet; I've already thrown out two bags of clothes; please help.' Her own mobile -> damp_mould.")),

    (email_in("11-12 10:02", "daniel.okafor@example.com", "Daniel Okafor", "Stage 2 complaint - ref CMP-4471", """
        Dear Complaints Team,

        I'm not satisfied with your stage 1 response dated 28 October and want my complaint escalated to stage 2.

        Your letter says the damp in my son's bedroom was resolved in September. It wasn't. The wall behind his bed is
        wet again and the mould is back on the ceiling. The letter also doesn't deal with my point that I was told
        three different things by three different people.

        I'd like a senior manager to review this and to visit the property.

        Regards
        Daniel Okafor
        11 Hollin Park Road
        07700 900302
    """, to=COMPLAINTS_BOX),
     R("C300002", "complaint", "damp_mould", "stage 2|escalat|complaint, mould|damp",
       "Known e-mail; stage 2 complaint escalation, with the damp and mould live again -> complaint with hazard "
       "damp_mould (damp_mould category defensible).", DMP)),

    (chat("11-12 19:05", {"email": "kellybrannigan88@example.net", "name": "Kelly"}, """
        Visitor: hi theres a brown stain on my kitchen ceiling thats getting bigger every day, its right under the bathroom and its gone soft in the middle
        Agent (Tom): Hi Kelly, is it dripping at all?
        Visitor: not dripping, just wet and it smells damp. 15 hollin park road
        Agent (Tom): Thanks, I'll raise a leak investigation for the bathroom and ask them to check the ceiling.
    """),
     R("C300003", "repairs", None, "stain|ceiling|leak",
       "Known e-mail on webchat; spreading wet ceiling stain under the bathroom = escape of water -> repairs (damp_mould "
       "defensible; emergency defensible as the ceiling has gone soft).",
       {"category": ["damp_mould"], "hazard": ["damp_mould", "emergency"]})),
]

# ============================================================================================
# Rent: payments, arrears, Universal Credit, court, third parties, statements, service charges
# ============================================================================================
ITEMS += [
    (sms_in("11-02 12:44", "+447700900328", """
        hiya cn i pay £5 a wk extra off the arrears from when my uc comes in on the 20th. cant do more than that atm.
        leanne 10 thornhill
    """),
     R("C300028", "rent", None, "arrears|pay|£5",
       "Known mobile, text-speak; arrears repayment offer tied to Universal Credit -> rent.")),

    (call_in("11-03 14:05", "+447700900312", """
        Agent: Income team, Chris speaking.
        Caller: Hi, Tariq Hussain, 8 Moorside Crescent. I've had a letter saying we're £640 behind. My hours went up at work in September and Universal Credit just stopped the housing bit, I didn't realise.
        Agent: That would explain it. Has your journal said why the housing element stopped?
        Caller: It says my earnings were too high that period. But they've gone back down now.
        Agent: Right, so you'll need to report that. I'll hold the arrears action for four weeks while you sort it, and let's agree something towards the balance.
    """, dur=305),
     R("C300012", "rent", None, "universal credit|housing element, arrears|behind",
       "Tariq's own mobile; arrears after UC housing element stopped -> rent.")),

    (email_in("11-04 15:30", "r.okeke@citizensadvice-sheffield.example.org", "Ruth Okeke", "Mr Dean Sykes, Flat 14 Foundry Walk - rent arrears", """
        Dear Income Team,

        I am writing on behalf of my client, Mr Dean Sykes, Flat 14 Foundry Walk, S3 8NW, who has given signed consent
        (attached) for us to act for him.

        Mr Sykes has received a Notice of Seeking Possession. He has been unwell and has only just made a claim for
        Universal Credit. We have helped him apply for a Discretionary Housing Payment.

        Could you please hold any further action for 28 days and send me a copy of his rent account since April.

        Kind regards
        Ruth Okeke
        Debt Adviser
        Citizens Advice Sheffield
    """, to=RENT_BOX),
     R("C300035", "rent", None, "possession|arrears|notice, discretionary housing payment|dhp|hold",
       "Adviser acting for a named tenant with address -> record against C300035 (review defensible); NOSP and "
       "arrears -> rent.", REVOK)),

    (letter("11-05 09:00", {"name": "Department for Work and Pensions"}, """
        Universal Credit
        Managed payment to landlord

        Claimant: Robert Illingworth
        Address: 15 Beckside Mews, Bradford BD4 7HA

        We have decided to pay the housing costs element of this claimant's Universal Credit directly to you. The first
        payment of £412.66 will be made on or around 19 November 2026. A further £28.32 a month will be deducted and
        paid to you towards rent arrears.

        Please use the landlord portal if you have any questions.
    """),
     R("C300058", "rent", None, "managed payment|direct|universal credit",
       "DWP letter about a named tenant at his address -> record against C300058 (review defensible); managed payment "
       "-> rent.", REVOK)),

    (call_out("11-05 10:40", "+447700900357", "Income team", "completed", dur=266, answered_by="human", transcript="""
        Agent: Hi Tracey, it's Marie from the income team at Fairholme. Have you got a couple of minutes about the rent account?
        Caller: Go on.
        Agent: The balance is £486 and the last payment we had was in September. Is everything alright?
        Caller: I've been off sick on statutory sick pay, it's been really tight.
        Agent: Thanks for telling me. Could you manage £15 a week on top of the rent? I'll also send you details of our money advice service.
        Caller: Fifteen I can do. From next Friday.
    """),
     R("C300057", "rent", None, "arrears|balance, arrangement|15|agree",
       "Outbound income call, answered; arrears arrangement agreed -> rent.")),

    (wa_in("11-06 11:20", "447700900352", "Bogdan", """
        Bună ziua. Am plătit chiria ieri prin transfer bancar, 350 de lire, dar am uitat să scriu referința. Cum vă pot
        arăta plata?
    """),
     R("C300052", "rent", None, "rent|payment, reference",
       "Romanian: 'I paid the rent yesterday by bank transfer, £350, but forgot to put the reference; how can I show "
       "you the payment?' Known number -> rent.")),

    (sms_in("11-06 18:10", U5(1), """
        Hi this is John Smith can you tell me whats left on my rent account please, think im behind a couple of weeks
    """),
     V("rent", None, "rent|balance|behind",
       "Unknown mobile; the name alone fits two customers (C300015, C300046) and no address -> review; rent balance.")),

    (chat("11-07 10:05", {"name": "Guest"}, """
        Visitor: hi can I pay my rent with a card over the phone? I've just moved in and haven't got a rent card or anything yet
        Agent (Hannah): Yes you can, or online through the portal. Can I take your name and address to check your account's set up?
        Visitor: I'll do it later, I'm at work
    """),
     V("rent", None, "rent, card|pay",
       "Anonymous-looking webchat guest (no name or address, no anonymity request) -> review; how to pay rent.",
       {"category": ["general"]})),

    (tg_in("11-08 16:48", "5301177720", "Tomasz", """
        Hi, my rent statement says we owe £212 but we pay every Monday by standing order. Can someone check? Maybe the
        new rent from April wasn't changed at the bank. 40 Hollin Park Rd
    """),
     R("C300038", "rent", None, "statement|owe|£212, standing order|rent",
       "Linked Telegram id; disputed balance, standing order not updated for the rent increase -> rent.")),

    (call_out("11-09 11:30", "+447700900350", "Income team", "no-answer"),
     R("C300050", "rent", None, ATTEMPT, "Attempted outbound income call, no answer -> record; any category.", ANY)),

    (email_in("11-10 19:22", "johnsmith.wf1@example.net", "John Smith", "Service charge increase Calder Court", """
        Hello,

        I've had a letter saying the service charge for Calder Court is going up by £6.20 a week from April because of
        "communal cleaning and door entry". The cleaners barely come and the door entry has been broken half the year.
        Can you send me a breakdown of what we're actually paying for?

        John Smith
        Flat 14
    """),
     R("C300046", "rent", None, "service charge, breakdown|increase",
       "John Smith's own e-mail -> C300046 despite the shared name; service charge query -> rent (estate / complaint "
       "defensible).", {"category": ["estate", "complaint"]})),

    (call_in("11-11 13:15", "+441632960342", """
        Agent: Fairholme Homes, Nadia speaking.
        Caller: Morning. Keith Barraclough, 6 Weavers Row. I've had a letter about my Housing Benefit and it says I need to tell my landlord my pension's gone up. Do I tell you or the council?
        Agent: The council pays the Housing Benefit so they need to know, but thanks for letting us know too. Have your payments changed?
        Caller: Not yet. I just don't want to end up owing.
        Agent: Your account's clear at the moment. If the benefit drops, ring us and we'll go through it with you.
    """, dur=190),
     R("C300042", "rent", None, "housing benefit, pension",
       "Known landline; housing benefit change of circumstances -> rent.")),

    (sms_in("11-12 08:50", "+447700900303", """
        Got a letter saying your taking me to court for the rent. Please I cant lose this house ive got 2 kids. I can
        pay something every week I just need to know how much. Kelly
    """),
     R("C300003", "rent", None, "court, rent|arrears|pay",
       "Known mobile; distressed response to court action over rent arrears, offering to pay -> rent.")),

    (call_out("11-12 16:00", "+442079460326", "Income team", "busy"),
     R("C300026", "rent", None, ATTEMPT, "Attempted outbound income call to the tenant's London number, busy -> record; "
       "any category.", ANY)),

    (fb_in("11-12 20:30", "fb:100090000555", "Jade Whitehead", """
        hi is the rent going up in april? how much by? x
    """),
     V("rent", None, "rent, increase|april",
       "Messenger DM, display name only (matches C300059 but no address or ref) -> review, record defensible; rent "
       "increase question.", {"action": ["record"], "customer_ref": ["C300059"]})),

    (email_out("11-13 15:20", RENT_BOX, "vicky.pemberton@example.org", "Victoria Pemberton", "Your rent statement", """
        Dear Ms Pemberton,

        As requested on the phone this morning, I attach your rent statement from 1 April to 31 October. The £50 you
        paid at the post office on 2 October shows on the 5th because of processing time, so your account is £3.14 in
        credit.

        Kind regards
        Marie Sutcliffe
        Income Officer, Fairholme Homes
    """),
     R("C300013", "rent", None, "statement, credit|balance",
       "Personal outbound e-mail sending a requested rent statement -> record; rent.")),
]

# ============================================================================================
# Anti-social behaviour (always sensitive), anonymity asked by flag or in the reporter's own words
# ============================================================================================
ITEMS += [
    (call_in("11-02 20:05", "+447700900324", """
        Agent: Fairholme out of hours, Craig speaking.
        Caller: Yeah, it's Ryan Doyle, 9 Beckside Mews. The bloke at number 11, his staffie's gone for my dog again on the green, second time. When I said something he squared up to me and said next time he'd let it go for me.
        Agent: Are you or your dog hurt?
        Caller: Dog's got a bite on his ear, I'm taking him to the vet. I'm alright.
        Agent: If you feel threatened please ring the police. I'll log this for the ASB team and they'll contact you tomorrow.
    """, to=OOH, dur=250),
     R("C300024", "asb", None, "dog, threat|attack|bite",
       "Ryan's own mobile; dangerous dog attack and threat from a neighbour -> asb.")),

    (sms_in("11-04 23:40", "+447700900353", """
        pls dont tell them it was me but the people at 42 are defo dealing from the house. cars pulling up outside til
        3am, someone runs out for 2 mins then they go. my kids bedroom is at the front.
    """),
     A("asb", None, "dealing|drug, cars|visitors",
       "Known mobile, anonymity flag off, but the reporter asks in her own words not to be named -> anonymous, never "
       "against C300053; suspected drug dealing -> asb.")),

    (chat("11-05 16:40", {"name": "Anonymous"}, """
        Visitor: I'd rather not give my name. Someone has sprayed racist graffiti on the wall in the stairwell at Foundry Walk, by the second floor. It's been there since the weekend and the kids are reading it.
        Agent (Priya): Thank you for telling us, you don't need to give your name. I'll get it photographed for the police and removed as a priority.
    """, anon=True),
     A("asb", None, "graffiti, racist",
       "Anonymous webchat; racist graffiti in a communal stairwell (hate incident) -> asb (estate defensible).", EST)),

    (wa_in("11-07 09:25", "447700900356", "Ahmed", """
        صباح الخير. وجدت هذا الصباح كلمات مسيئة وعنصرية مكتوبة على باب بيتي. هذه المرة الثانية. أبلغت الشرطة. أحمد، 50 ويفرز رو
    """),
     R("C300056", "asb", None, "racist|offensive|abuse, door",
       "Arabic: 'good morning; this morning I found offensive, racist words written on my front door; this is the "
       "second time; I've told the police. Ahmed, 50 Weavers Row.' Known number -> asb (hate incident).")),

    (email_in("11-08 11:02", "megan.lister@example.org", "Megan Lister", "Parties at number 6", """
        Hi,

        The house at 6 Beckside Mews has had people round until 4 or 5am every Friday and Saturday for the last month.
        Music, people shouting in the garden, and bottles thrown over my fence this weekend. I've kept a diary and have
        some videos if that helps.

        Megan Lister
        4 Beckside Mews
    """, to=ASB_BOX),
     R("C300044", "asb", None, "music|party|parties|noise, bottles|fence",
       "Known e-mail; repeated late-night parties and bottles over the fence -> asb.")),

    (fb_in("11-09 22:15", "fb:100090000518", "Dee W", """
        Not putting my name to this but you need to know the garages behind Weavers Row are being used for dealing.
        Same two lads every night, bikes in and out. Please message me back privately.
    """),
     A("asb", None, "garage, dealing|drug",
       "Messenger DM from an unknown display name who asks not to be named -> anonymous (review defensible); drug "
       "dealing from garages -> asb.", {"action": ["review"]})),

    (email_in("11-10 23:55", "nightowl1974@example.com", "", "Noise from above", """
        The flat above mine at Calder Court has been drilling and banging at midnight again. I can't sleep and I'm on
        early shifts. Sort it out please.
    """, to=ASB_BOX),
     V("asb", None, "noise|drilling|banging",
       "Unknown e-mail, no name or flat number -> review; late-night noise -> asb.")),

    (email_in("11-11 09:30", "amina.hussain@example.net", "Amina Hussain", "Formal complaint about how my case has been handled", """
        Dear Complaints Team,

        Since April my family has reported racist abuse from the household next door more than twenty times. We have
        a crime number, diaries and videos. Every time I'm told the case is "being reviewed". My daughter now won't
        walk home from school on her own.

        I want to make a formal complaint about how Fairholme has handled this. Nobody has met with us since June and my
        calls aren't returned.

        Amina Hussain
        8 Moorside Crescent
    """, to=COMPLAINTS_BOX),
     R("C300011", "complaint", None, "complaint, racist|harassment|abuse|case",
       "Amina's own e-mail; formal complaint about the handling of an ASB (racial harassment) case -> complaint, kept "
       "sensitive (asb defensible).", {"category": ["asb"]}, sens=True)),

    (visit("11-12 15:30", {"name": "ASB officer (K. Dunn)"}, cust("C300033"), "appointment", "attended", """
        Met Mr Warsame at Flat 8 Foundry Walk with a Somali interpreter. Reports youths gathering outside his door,
        kicking it and shouting abuse at his wife. Took a statement; agreed to request CCTV for the landing and raise
        at the police partnership meeting. Next contact in 7 days.
    """),
     R("C300033", "asb", None, "youths|abuse|kicking, cctv|statement",
       "ASB officer visit, attended -> record; harassment by youths -> asb.")),

    (letter("11-06 09:00", {"name": "Cllr Janet Holt"}, """
        Dear Sir or Madam,

        I have been contacted by my constituent Mr Robert Illingworth of 15 Beckside Mews, Bradford BD4 7HA, who tells
        me that a group of young people gather on the path at the side of his house every evening, drinking and
        smoking, and that his wheelie bin has been set alight twice.

        Mr Illingworth is elderly and is now frightened to leave the house after dark. I would be grateful if you could
        look into this and let me know what action will be taken.

        Yours faithfully,
        Cllr Janet Holt
    """),
     R("C300058", "asb", None, "young people|youths|drinking, bin|fire|alight",
       "Councillor acting for a named tenant at his address -> record against C300058 (review defensible); youths "
       "gathering, arson of his bin -> asb.", REVOK)),

    (tg_in("11-13 07:55", "9033112456", "", """
        someone is sleeping in the bin store at ashgrove court, there's needles on the floor this morning. don't want
        my name used, i live in the block
    """),
     A("asb", None, "needle|syringe, bin store|sleeping",
       "Unlinked Telegram id, reporter asks not to be named -> anonymous; drug paraphernalia and rough sleeping in the "
       "bin store -> asb (estate / safeguarding defensible).", {"category": ["estate", "safeguarding"]})),

    (call_in("11-14 21:40", "+441134960782", """
        Agent: Fairholme out of hours.
        Caller: I don't want to give my name, they'd know it was me. The dog at flat 3 Ashgrove has been howling and barking since first thing and I don't think anyone's been home all day.
        Agent: That's fine, you don't need to. Do you think the dog's in distress?
        Caller: It sounds it. It's been going on for hours.
        Agent: I'll pass it to the team to check and we'll contact the RSPCA if we need to.
    """, to=OOH, dur=96),
     A("asb", None, "dog, barking|howling|left alone",
       "Unknown landline, caller declines to give a name because of the neighbour -> anonymous; dog left alone and "
       "barking -> asb (review defensible).", {"action": ["review"]})),

    (wa_in("11-08 19:50", "447700900325", "Ioana", """
        Vă rog să nu spuneți cine a raportat. Bărbatul de la numărul 17 își bate câinele în grădină, îl aud cum
        scâncește aproape în fiecare seară.
    """),
     A("asb", None, "dog, hit|beat|cruel",
       "Romanian: 'please don't say who reported this; the man at number 17 beats his dog in the garden, I hear it "
       "whimpering almost every evening.' Known number but anonymity asked in her own words -> anonymous; animal "
       "cruelty by a neighbour -> asb.")),

    (portal("11-11 22:30", {"name": "Anonymous"}, "Report anti-social behaviour", """
        Form: Report anti-social behaviour
        Do you want to stay anonymous: Yes
        Location: Calder Court, 3rd floor landing
        What happened: Groups of lads smoking cannabis on the landing most nights from about 9pm. The smell comes under
        my door and my kids are breathing it in. They leave cans and roaches everywhere.
        When: most nights this month
    """, anon=True),
     A("asb", None, "cannabis|smoking, landing",
       "Portal ASB form with anonymity selected -> anonymous; cannabis smoking on a communal landing -> asb.")),

    (email_in("11-03 21:10", "concerned.resident.ls6@example.com", "", "Anonymous report - Ashgrove Court", """
        I'm reporting this anonymously please. There's a man who doesn't live at Ashgrove Court who keeps getting into
        the block and trying door handles on the landings late at night. He tried mine on Sunday at 1am. I've seen him
        three times now.
    """, to=ASB_BOX, anon=True),
     A("asb", None, "door handles|trying doors|man|intruder",
       "Anonymity asked (flag set) -> anonymous; stranger entering the block and trying doors -> asb (safeguarding "
       "defensible).", SAFE)),
]

# ============================================================================================
# Safeguarding (always sensitive): subtle domestic abuse, welfare concerns, self-neglect, suicide risk,
# professionals, exploitation; anonymous concerns
# ============================================================================================
ITEMS += [
    (call_in("11-03 10:50", "+447700900323", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hi, it's Sophie Lambert, 9 Beckside Mews. I just wanted to ask... if one person on a joint tenancy changes the locks, is that allowed?
        Agent: It depends a bit. Can I ask if everything's OK at home?
        Caller: It's fine. It's just, he still has a key, and I'd feel better if he couldn't come in when I'm not there. And please don't ring the landline or send letters about this, he opens the post.
        Agent: Thank you for telling me, Sophie. Are you safe right now?
        Caller: Right now, yes. He's at work.
        Agent: I'm going to ask our specialist officer to call you on this mobile only, today. If you're ever in danger, call 999.
    """, dur=340),
     R("C300023", "safeguarding", None, "lock|key, safe|landline|post",
       "Sophie's own mobile; indirect domestic-abuse disclosure (wants locks changed against a joint tenant, asks for "
       "no landline calls or letters) -> safeguarding, recorded against the caller (victim, no anonymity asked); "
       "tenancy defensible.", TEN)),

    (tg_in("11-04 17:30", "5120034471", "Agnieszka", """
        Dzień dobry. Nie widziałam starszego pana z mieszkania 1 od ponad tygodnia. Pod drzwiami leży dużo listów, a
        światło pali się cały czas, w dzień i w nocy. Martwię się o niego.
    """),
     R("C300006", "safeguarding", None, "not seen|welfare|worried|concern, post|letters|light",
       "Polish: 'I haven't seen the elderly man from flat 1 for over a week; lots of post by his door; the light is on "
       "day and night; I'm worried about him.' Linked Telegram id, no anonymity asked -> record against the reporter; "
       "welfare concern for a neighbour -> safeguarding.")),

    (sms_in("11-05 13:22", "+447700900328", """
        hi can u stop sending letters to the house for now, just text me on this number. my partner opens everything
        and its easier if he doesnt see stuff. dont ring either pls
    """),
     R("C300028", "safeguarding", None, "letters|post, text|partner",
       "Known mobile; asks for no letters or calls because her partner opens her post - possible coercive control -> "
       "safeguarding (general defensible as a contact-preference change).", {"category": ["general"]})),

    (visit("11-06 10:00", {"name": "Housing officer (R. Calloway)"}, cust("C300019"), "appointment", "attended", """
        Tenancy visit to 47 Weavers Row. Severe clutter throughout: hall and stairs stacked with bags and boxes, only a
        narrow path through. Paper piled around the cooker. Landing smoke alarm had no battery and the hall detector
        had been taken down. Mr Naylor looked unkempt and said he hadn't eaten properly for days. Fitted temporary
        battery alarms; with his consent referred to adult social care and the fire service for a home safety visit.
    """),
     R("C300019", "safeguarding", "emergency", "clutter|hoarding, smoke alarm|fire",
       "Housing officer visit; self-neglect and hoarding with disabled smoke detection and combustibles by the cooker "
       "(fire-safety failure) -> safeguarding, emergency (null defensible as temporary alarms were fitted; tenancy "
       "defensible).", {"category": ["tenancy"], "hazard": [None]})),

    (email_in("11-06 14:12", "k.barnes@leeds-childrensservices.example.org", "Kate Barnes", "Concern - 6 Thornhill Gardens", """
        Dear Fairholme Homes,

        I am the allocated social worker for a family living at 6 Thornhill Gardens, LS12. On a home visit yesterday I
        saw that the children are sharing a mattress on the floor of the back bedroom because of damp and mould in the
        front bedroom, and there is no working heating downstairs.

        I would be grateful if the housing officer could contact me to discuss the condition of the property and what
        support you can offer. Please don't discuss this email with the family until we have spoken.

        Kate Barnes
        Social Worker
        Leeds Children's Services
    """),
     V("safeguarding", "damp_mould", "social worker, damp|mould, heating|children",
       "Professional raising a concern about a household (not acting for the tenant) -> review, record against "
       "C300027 defensible; children affected by damp/mould and no heating -> safeguarding with hazard damp_mould "
       "(emergency defensible).", {"action": ["record"], "customer_ref": ["C300027"], "hazard": ["emergency"]})),

    (fb_in("11-08 18:00", "fb:100090000527", "", """
        I'm not giving my name. The young lad in flat 16 Ashgrove has got older men staying there who aren't his mates.
        They've taken over the place, people in and out all night, and he looks terrified when I pass him on the stairs.
        I think they're using his flat.
    """, anon=True),
     A("safeguarding", None, "men|taken over|using his flat|exploit, terrified|scared",
       "Anonymous Messenger DM; possible cuckooing / exploitation of a young tenant -> safeguarding (asb defensible).",
       {"category": ["asb"]})),

    (email_in("11-09 07:05", "rebecca.thornton@example.org", "Rebecca Thornton", "Bedroom door", """
        Hi,

        Could someone come and fix my bedroom door please? It was kicked in on Saturday night and the frame is split so
        it won't shut. It's all sorted now, he's gone and he won't be back, but I don't feel safe not being able to lock
        it.

        Also is it possible to get the front door lock changed?

        Rebecca
        Flat 11 Foundry Walk
    """, to=REPAIRS_BOX),
     R("C300034", "safeguarding", None, "door|kicked, lock|safe",
       "Known e-mail; repair request that discloses domestic violence (door kicked in, wants locks changed, feels "
       "unsafe) -> safeguarding (repairs defensible).", REP)),

    (call_in("11-09 15:25", "+447700900360", """
        Agent: Income team, Chris speaking.
        Caller: Yeah it's Marcus Bell, 12 Thornhill. I've had another letter about the arrears. I've lost my job, the car's gone, I can't pay it.
        Agent: OK Marcus, let's look at what we can do. Have you claimed Universal Credit yet?
        Caller: What's the point. Honestly I don't see the point in any of it anymore. They'd all be better off without me.
        Agent: Marcus, I'm really glad you told me. Are you thinking about hurting yourself?
        Caller: ...I don't know. Sometimes.
        Agent: Is anyone with you at the moment? I'd like to stay on the line, give you the Samaritans number, and ask our tenancy support team to call you today.
    """, dur=410),
     R("C300060", "safeguarding", None, "suicid|hurting himself|self-harm|better off without|no point, arrears|rent",
       "Known mobile; arrears call in which the tenant discloses suicidal thoughts -> safeguarding (rent defensible).",
       {"category": ["rent"]})),

    (email_in("11-10 12:00", "discharge.team@leeds-hospitals.example.org", "Angela Crowther", "Discharge planning - Mr Harold Birkett", """
        Dear Fairholme Homes,

        We are planning to discharge your tenant Mr Harold Birkett (3 Thornhill Gardens, LS12 5EW) on Friday 13
        November. He is 84, recovering from pneumonia, and will be using a walking frame.

        Could you please confirm his heating is working, and whether a key safe could be fitted by the front door so
        his carers can get in? He has told us about a damp problem in his front room and the ward is concerned it may
        affect his recovery.

        Thank you,
        Angela Crowther
        Discharge Coordinator
    """),
     R("C300045", "repairs", "damp_mould", "discharge|hospital, key safe, heating|damp",
       "Hospital discharge team acting for a named tenant with address -> record against C300045 (review defensible); "
       "key safe and heating check before discharge -> repairs; his live damp report -> hazard damp_mould "
       "(safeguarding / damp_mould / general defensible; emergency defensible for heat with a frail tenant).",
       {"action": ["review"], "customer_ref": [None], "category": ["safeguarding", "damp_mould", "general"],
        "sensitive": [True], "hazard": ["emergency", None]})),

    (sms_in("11-10 22:18", "+447700900307", """
        the 2 little ones at flat 5 ashgrove have been on their own again since teatime, the baby was crying at the
        window for ages. 3rd time ive seen it. please dont tell her it was me, she'll know straight away
    """),
     A("safeguarding", None, "child|children|baby|little ones, alone|on their own",
       "Known mobile but asks in his own words not to be identified -> anonymous, never against C300007; young "
       "children left alone -> safeguarding.")),

    (sms_out("11-11 10:30", "+447700900360", """
        Hi Marcus, it's Jess from the tenancy support team. As we said, I'll come round tomorrow at 11 with the
        Universal Credit forms. If you need to talk before then ring me on 0113 496 0000, or the Samaritans on 116 123
        any time, day or night.
    """, sender="Tenancy support (Jess)"),
     R("C300060", "safeguarding", None, "visit|tomorrow|come round, universal credit|samaritans",
       "Personal outbound follow-up after a suicide-risk call -> record; safeguarding (rent / general defensible).",
       {"category": ["rent", "general"]})),

    (chat("11-11 20:40", {"email": "vicky.pemberton@example.org", "name": "Victoria"}, """
        Visitor: Hi, just a general question. If someone needed to move quite quickly to a different area, somewhere an ex-partner wouldn't know about, is that something you help with?
        Agent (Hannah): Yes, we can help with that and we can keep it confidential. Can I ask, is this for you?
        Visitor: yes. He found out where I live last week. He hasn't done anything yet but he keeps driving past.
        Agent (Hannah): Thank you for telling me. I'm going to pass this to our safeguarding officer who'll call you today. Which number is safe?
        Visitor: my mobile. please don't leave voicemails
    """),
     R("C300013", "safeguarding", None, "move|transfer|rehous, ex-partner|ex|driving past",
       "Known e-mail on webchat; tenant fearing an ex-partner who has found her address asks about an urgent move -> "
       "safeguarding (lettings defensible).", {"category": ["lettings"]})),

    (call_in("11-12 22:35", "+447700900348", """
        Agent: Fairholme out of hours, Nadia speaking.
        Caller: Look, I don't want this coming back on me, so keep my name out of it, yeah? The couple at 31 Moorside, they've been screaming at each other again, then there was a massive bang and she was crying. It happens most weekends.
        Agent: Is anyone in immediate danger right now? If so, please ring 999.
        Caller: It's gone quiet now. I just think someone should know.
        Agent: Thank you. I'll pass this to the right team and we won't give your name.
    """, to=OOH, dur=118),
     A("safeguarding", None, "screaming|bang|crying|domestic, couple|neighbour",
       "Known mobile but the caller asks to keep his name out of it -> anonymous, never against C300048; possible "
       "domestic abuse next door -> safeguarding (asb defensible).", {"category": ["asb"]})),

    (ig_in("11-13 23:05", "@calder.court.resident", "", """
        can I tell you something without giving my name? there's an older lady on the top floor of calder court who
        seems really confused, she's been wandering the landing in her nightie at night knocking on doors asking for
        her husband. I don't want to get involved officially
    """, anon=True),
     A("safeguarding", None, "confused|wandering, older|lady|elderly",
       "Instagram DM with anonymity requested -> anonymous; vulnerable, confused older resident -> safeguarding.")),

    (letter("11-09 09:00", {"name": "Unsigned"}, """
        To the housing,

        I am not putting my name to this for obvious reasons. The man at 33 Weavers Row shouts and swears at his little
        boy all the time and last week I saw him drag him down the street by his arm while the boy was screaming. The
        boy can't be more than 5. Somebody needs to check on that child.

        A neighbour
    """),
     A("safeguarding", None, "child|boy, drag|shout|check",
       "Unsigned letter, writer explicitly withholds their name -> anonymous; concern for a young child's welfare -> "
       "safeguarding (review defensible).", {"action": ["review"]})),
]

# ============================================================================================
# Complaints (any dissatisfaction with the service; underlying service accepted)
# ============================================================================================
ITEMS += [
    (call_in("11-04 13:30", "+447700900305", """
        Agent: Fairholme Homes, Sam speaking.
        Caller: Yeah, Darren Whitaker, 23 Hollin Park Road. I want to complain about the woman I spoke to on Monday. I rang about my boiler and she was rude, said it was probably something I'd done, and put the phone down on me.
        Agent: I'm sorry to hear that, Mr Whitaker. Do you remember roughly what time you called?
        Caller: About half eight. I've worked in customer service, you don't speak to people like that.
        Agent: I'll log it as a complaint and a team leader will listen to the call and ring you within five working days.
    """, dur=220),
     R("C300005", "complaint", None, "complaint, rude|staff|put the phone down",
       "Darren's own mobile; complaint about staff conduct -> complaint.")),

    (fb_in("11-05 08:55", "fb:100090000531", "Gaz Sutcliffe", """
        Three weeks I've been waiting for a plumber for my leaking sink. Three appointments, nobody turns up, no phone
        call. Absolute joke. Who do I complain to?
    """),
     V("complaint", None, "plumber|sink|leak, appointment|missed|nobody",
       "Messenger DM from an unknown display name, no address -> review; missed repair appointments, wants to "
       "complain -> complaint (repairs defensible).", REP)),

    (sms_in("11-06 17:40", "+447700900317", """
        The contractors who did my kitchen floor today have left dust over everything, tiles stacked in the hall, and
        they used my bin for their rubbish so theres no room for mine. not happy at all, who do I speak to. Chloe 30
        Weavers
    """),
     R("C300017", "complaint", None, "contractor|mess|dust, floor",
       "Known mobile; dissatisfied with contractors' mess after a repair -> complaint (repairs defensible).", REP)),

    (email_in("11-09 17:45", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Formal complaint - shower leak, fourth missed appointment", """
        To whom it may concern,

        I want to make a formal complaint. I reported the leak from my shower tray on 6 October. Since then a plumber
        has been booked four times and hasn't turned up once. Each time I've taken a morning off work unpaid. Nobody
        rings to say they're not coming.

        The leak is still there and the bathroom floor by the bath is now spongy.

        I would like the repair done and some compensation for the time I have lost.

        Sandra Okonkwo
        Flat 6 Ashgrove Court

        Sent from Outlook for Android
    """, to=COMPLAINTS_BOX),
     R("C300049", "complaint", None, "complaint|compensation, missed|appointment, shower|leak",
       "Known e-mail; formal complaint about four missed appointments with the leak unresolved -> complaint (repairs "
       "defensible).", REP)),

    (letter("11-10 09:00", {"name": "Mrs P. Lumb"}, """
        3 Weavers Row
        Bradford BD3 9PL

        Dear Sir or Madam,

        I have told your office at least three times that I am hard of hearing and that you must write to me. Last week
        somebody telephoned me about my gas check, I could not make out what they said, and now I have a letter
        saying I missed the appointment and may be in breach of my tenancy.

        I am very upset by this. Please put a note on my file and write to me with a new date.

        Patricia Lumb
    """),
     R("C300016", "complaint", None, "hard of hearing|write|phone, gas|appointment",
       "Name + address -> C300016; communication needs ignored leading to a missed gas check and a breach warning -> "
       "complaint (repairs / general defensible).", {"category": ["repairs", "general"]})),

    (email_out("11-10 16:00", COMPLAINTS_BOX, "sandra.okonkwo@example.org", "Sandra Okonkwo", "Your complaint CMP-4502", """
        Dear Ms Okonkwo,

        Thank you for your email of 9 November. I'm sorry for the missed appointments. I've logged your complaint at
        stage 1 (ref CMP-4502) and will respond in full within 10 working days. In the meantime I've asked the repairs
        manager to book your shower repair as a priority with a named supervisor.

        Yours sincerely,
        Helen Grey
        Complaints Officer
    """),
     R("C300049", "complaint", None, "complaint|stage 1, shower|repair",
       "Personal outbound complaint acknowledgement -> record; complaint.")),

    (chat("11-12 11:15", {"email": "owen.pritchard@example.com", "name": "Owen"}, """
        Visitor: I've had a bill for £185 for "rechargeable repair - bathroom ceiling". That was the leak from the flat above last week! Why am I being charged?
        Agent (Dan): I'm sorry Owen, let me look. It does look like it's been charged to the wrong account.
        Visitor: I want it cancelled and I want someone to explain how that happened.
        Agent (Dan): I'll log it as a complaint so it's properly looked into, and ask the repairs team to cancel the recharge.
    """),
     R("C300040", "complaint", None, "recharge|charge|bill|£185",
       "Known e-mail on webchat; disputes a wrongly raised rechargeable repair bill -> complaint (rent / repairs "
       "defensible).", {"category": ["rent", "repairs"]})),

    (letter("11-13 09:00", {"name": "Housing Ombudsman Service"}, """
        Our ref: 202611873

        Dear Fairholme Homes,

        Complainant: Ms Priya Chauhan, 17 Moorside Crescent, Sheffield S6 4RB

        Ms Chauhan has asked us to look into her complaint about your handling of her reports of a faulty boiler earlier
        this year and the time you took to respond to her complaint. Please send us a copy of your final response and
        your complaint records within 15 working days.

        Yours faithfully,
        Dispute Resolution Team
    """),
     R("C300047", "complaint", None, "ombudsman, boiler|complaint",
       "Housing Ombudsman about a named complainant at her address -> record against C300047 (review defensible); "
       "complaint.", REVOK)),
]

# ============================================================================================
# Tenancy: household changes, permissions, death of a tenant, ending, mutual exchange, visits
# ============================================================================================
ITEMS += [
    (call_in("11-03 09:15", "+441134960330", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hello, I'm ringing about my mum, Eileen Dawson, 25 Thornhill Gardens. She passed away on Saturday.
        Agent: I'm so sorry for your loss.
        Caller: Thank you. I don't know what I'm meant to do about the house. I've got the keys and all her things are still there. I don't live there myself.
        Agent: There's no rush today. We'll need a copy of the death certificate when you have it, and the tenancy will end four weeks after we're told unless someone is entitled to succeed. I'll post you a pack and ask her housing officer to ring you.
    """, dur=280),
     R("C300030", "tenancy", None, "passed away|died|death, tenancy|keys",
       "Daughter ringing from the tenant's own landline to report the tenant's death -> record against C300030; end of "
       "tenancy / succession -> tenancy.")),

    (call_out("11-03 15:45", "+447700900329", "Housing officer", "completed", dur=35, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Agent: Hi Kwame, it's Rachel, your housing officer at Fairholme. I'm ringing to book your annual tenancy check, it only takes half an hour. Could you give me a call back on 0113 496 0000 when you get a minute? Thanks.
    """),
     R("C300029", "tenancy", None, "voicemail|message, tenancy check|visit",
       "Outbound voicemail booking an annual tenancy check -> record; tenancy.")),

    (tg_in("11-04 12:00", "6230118845", "Andrei", """
        Bună ziua. Vreau să pun o antenă de satelit pe peretele din spate. Am nevoie de permisiune?
    """),
     R("C300014", "tenancy", None, "satellite|dish, permission",
       "Romanian: 'I want to put a satellite dish on the back wall; do I need permission?' Linked Telegram id -> "
       "tenancy (permissions).")),

    (email_in("11-04 20:12", "imran.siddiqui@example.org", "Imran Siddiqui", "Adding my wife to the tenancy", """
        Hello,

        I got married in the summer and my wife moved in with me in August. Can she be added to the tenancy so it's
        joint? What documents do you need from us?

        Thanks,
        Imran Siddiqui
        Flat 9 Ashgrove Court
    """, to=TENANCY_BOX),
     R("C300009", "tenancy", None, "joint|tenancy|add, wife",
       "Known e-mail; request to make the tenancy joint with his wife -> tenancy.")),

    (tg_in("11-05 19:55", "6674421093", "Jade", """
        hiya can i get a puppy? its a cockapoo so it'll be a small dog. do i need to fill a form in or anything
    """),
     R("C300059", "tenancy", None, "puppy|dog|pet, permission|form",
       "Linked Telegram id; permission to keep a dog -> tenancy.")),

    (portal("11-06 08:40", {"customer_ref": "C300026", "email": "paul.greenwood@example.com", "name": "Paul Greenwood"},
            "Mutual exchange application", """
        Form: Mutual exchange
        Your property: 2 Beckside Mews, BD4 7HA (2 bed house)
        Exchange partner: Mrs D. Aziz, housing association tenant, 3 bed house in Dewsbury
        Reason: to be nearer my daughter and grandchildren
        Notes: We've already viewed each other's homes. Please let me know what happens next.
    """),
     R("C300026", "tenancy", None, "mutual exchange|exchange|swap",
       "Portal form with customer ref; mutual exchange application -> tenancy (lettings defensible).",
       {"category": ["lettings"]})),

    (email_in("11-07 14:40", "jsmith.bradford@example.com", "John Smith", "Shed", """
        Hi there,

        Can I put a shed up in my back garden? It's a 6x4 wooden one and it would go at the bottom by the fence, nowhere
        near anyone's windows.

        John Smith
        22 Weavers Row, BD3 9PL
    """),
     R("C300015", "tenancy", None, "shed, permission|garden",
       "Unknown e-mail, but name + street/postcode -> C300015 (not the other John Smith); permission for a shed -> "
       "tenancy.")),

    (call_in("11-10 18:05", "+441134960314", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: Hiya, we're at 23 Hollin Park Road. We're thinking of taking in a lodger, a lad from work who needs a room for a few months. Are we allowed?
        Agent: You'd need our written permission first. Can I take your name, so I know who I'm speaking to?
        Caller: Can you not just email the form over to the house email?
        Agent: I do need to confirm which tenant -
        Caller: Oh hang on, that's the door, I'll ring you back.
    """, dur=145),
     V("tenancy", None, "lodger, permission",
       "Shared Whitaker landline (T-007104), caller never gives a name -> review; taking in a lodger -> tenancy.")),

    (sms_in("11-11 12:10", "+447700900335", """
        Hiya pretty sure the flat opposite mine at foundry walk (15) is being let on airbnb. different people with
        suitcases every weekend and a key box on the railings. is that allowed? Dean
    """),
     R("C300035", "tenancy", None, "airbnb|sublet|key box",
       "Known mobile; suspected unlawful subletting of a neighbouring flat -> tenancy (asb defensible).", ASBOK)),

    (visit("11-12 10:30", {"name": "Housing officer (N. Begum)"}, cust("C300018"), "appointment", "attended", """
        Annual tenancy visit at 41 Weavers Row with an Arabic interpreter. Household as recorded, plus Mr Al-Rashid's
        mother, who arrived from abroad in September and intends to stay long term; advised to notify us formally.
        Property in good order. He asked about a parking bay near the door for his mother; referred to estate services.
    """),
     R("C300018", "tenancy", None, "tenancy visit|visit|tenancy check, mother|household",
       "Housing officer visit, attended -> record; household change noted -> tenancy.")),

    (visit("11-12 14:00", {"name": "Housing officer (R. Calloway)"}, cust("C300048"), "door_knock", "no_access", """
        Called at 33 Moorside Crescent to complete the annual tenancy check. No answer, no sign of anyone in. Calling
        card left asking Mr Walsh to ring and book a time.
    """),
     R("C300048", "tenancy", None, "no access|no answer|card, tenancy check",
       "Housing officer door knock, no access -> record against the tenant; tenancy.")),

    (letter("11-12 09:00", {"name": "Whitaker, 23 Hollin Park Road"}, """
        23 Hollin Park Road
        Leeds LS8 3QT

        To Fairholme Homes,

        Please can you send us a copy of our tenancy agreement. We can't find ours and we need it for our son's school
        appeal to prove our address.

        Thank you,
        Mr & Mrs Whitaker
    """),
     V("tenancy", None, "tenancy agreement|copy",
       "Letter signed by both joint tenants (C300004 / C300005) -> review; recording against either is defensible. "
       "Copy of tenancy agreement -> tenancy (general defensible).",
       {"action": ["record"], "customer_ref": ["C300004", "C300005"], "category": ["general"]})),

    (call_in("11-13 10:20", "+441134960357", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hello, Grażyna Nowak, 40 Hollin Park Road. Sorry, my English is not perfect. My son Kacper is 19 now and working. Do I need to tell you he lives with us?
        Agent: Yes, thank you, it's good to keep the household up to date. Is it just Kacper to add?
        Caller: Yes, only him. And my husband asks, does the rent change?
        Agent: No, not for a household member. I'll update the record and post you a form in Polish to sign.
    """, dur=160),
     R("C300037", "tenancy", None, "son|household",
       "Shared Nowak landline but the caller names herself -> C300037; adding an adult son to the household record -> "
       "tenancy.")),

    (letter("11-13 09:00", {"name": "Mr K. Barraclough"}, """
        6 Weavers Row
        Bradford BD3 9PL

        Dear Sirs,

        I am writing to give notice on my tenancy. I am going into a care home at the end of the month and my last day
        at the house will be Monday 30 November. My nephew Stephen will clear the house and hand back the keys. He can
        be reached on 07700 900961.

        Thank you for everything over the last 31 years.

        Keith Barraclough
    """),
     R("C300042", "tenancy", None, "notice|end|ending, care home",
       "Name + address -> C300042; notice to end the tenancy on moving into care -> tenancy.")),
]

# ============================================================================================
# Lettings: register, bidding, offers, viewings, transfers, homelessness
# ============================================================================================
ITEMS += [
    (email_in("11-02 16:30", "m.ahmadi.home@example.com", "Mariam Ahmadi", "Housing register band", """
        Good afternoon,

        I applied to go on the housing register in August (application HR-55812) and I've been put in Band C. My doctor
        has sent a letter about my son's disability and the stairs in our current flat, so I think it should be higher.
        Can this be looked at again? I've been bidding every week with no luck.

        Mariam Ahmadi
    """),
     V("lettings", None, "band|register, medical|disability|doctor",
       "Applicant not in the directory -> review; band review on medical grounds -> lettings.")),

    (sms_in("11-04 14:25", "+447700900339", """
        Hello, Shirley Baxter 52 Hollin Park Rd. I would like to go on the list for a bungalow or ground floor flat
        please. The stairs are getting too much for my knees. Text only please I am Deaf.
    """),
     R("C300039", "lettings", None, "bungalow|ground floor|transfer|move",
       "Known mobile; transfer request to level-access housing -> lettings.")),

    (call_out("11-05 15:00", U5(3), "Lettings", "completed", dur=120, answered_by="human", transcript="""
        Agent: Hi, is that Mr Kowalczyk? It's Dan from Fairholme lettings. You bid on Flat 10 Ashgrove Court and you're top of the shortlist.
        Caller: Yes! Really?
        Agent: Can you come to a viewing on Friday 13 November at 11?
        Caller: Yes, definitely.
        Agent: Great, bring photo ID and proof of income. I'll text you the details.
    """),
     V("lettings", None, "viewing, shortlist|bid|flat",
       "Outbound call to an applicant who is not in the customer directory -> review; viewing offer -> lettings.")),

    (ig_in("11-07 17:30", "@wakey_lass", "Chantelle", """
        hiya do u have any 2 bed houses in wakefield? me n my partner are private renting and the landlord is selling up
    """),
     V("lettings", None, "2 bed|two bed|house, landlord|selling|wakefield",
       "Instagram DM from a non-tenant asking for housing -> review; lettings.")),

    (chat("11-08 22:10", {"name": "Shannon"}, """
        Visitor: hi im 19 and got kicked out of my mums last week, been sofa surfing at my mates but i cant stay much longer. can you give me a flat?
        Agent (Chat team): I'm sorry to hear that, Shannon. The council's housing options team can help quickly if you're at risk of homelessness. Are you safe tonight?
        Visitor: yeah tonight yeah
        Agent (Chat team): I'll send you their details and how to join our housing register.
    """),
     V("lettings", None, "homeless|sofa surfing|kicked out, register|flat",
       "Webchat, first name only, not a tenant -> review; young person facing homelessness -> lettings (safeguarding "
       "defensible).", SAFE)),

    (wa_in("11-09 10:50", "447700900310", "Hodan", """
        Salaan. Waxaan rabaa inaan codsado guri ka weyn. Waxaan nahay 6 qof, gurigan wuxuu leeyahay 2 qol oo jiif ah.
        Sideen u codsadaa?
    """),
     R("C300010", "lettings", None, "bigger|larger|transfer|overcrowd, apply",
       "Somali: 'I want to apply for a bigger home; we are 6 people and this home has 2 bedrooms; how do I apply?' "
       "Known number -> lettings (overcrowding transfer).")),
]

# ============================================================================================
# Estate: fly-tipping, bins, grounds, lighting, vehicles, cleaning, pests, winter
# ============================================================================================
ITEMS += [
    (sms_in("11-02 09:30", "+447700900335", """
        someones dumped a mattress, a fridge and about 10 bin bags next to the bin store at foundry walk overnight.
        foxes have already ripped the bags open. dean flat 14
    """),
     R("C300035", "estate", None, "mattress|fridge|dumped|fly",
       "Known mobile; fly-tipping by the bin store -> estate.")),

    (wa_in("11-03 08:15", "447700900318", "Mohammed", """
        السلام عليكم. لم يتم تفريغ الحاويات في ويفرز رو منذ أسبوعين. الرائحة سيئة جداً والقمامة في كل مكان.
    """),
     R("C300018", "estate", None, "bin|rubbish|collection",
       "Arabic: 'the bins on Weavers Row haven't been emptied for two weeks; the smell is very bad and there is rubbish "
       "everywhere.' Known number -> estate.")),

    (call_in("11-05 11:10", "+441632960358", """
        Agent: Fairholme Homes, Nadia speaking.
        Caller: Good morning. Robert Illingworth, 15 Beckside Mews. The hedge along the side path, the communal one, it's grown right over and I can't get past with my stick without stepping into the road. And there's brambles now.
        Agent: Thank you Mr Illingworth, I'll ask the grounds maintenance team to cut it back.
    """, dur=140),
     R("C300058", "estate", None, "hedge|brambles, path",
       "Known landline; overgrown communal hedge blocking a path -> estate.")),

    (email_in("11-06 09:05", "owen.pritchard@example.com", "Owen Pritchard", "Abandoned car - Calder Court car park", """
        Hello,

        There's a silver Astra in the residents' car park at Calder Court that hasn't moved for about six weeks. Two
        flat tyres, no tax, and now someone has smashed the back window so there's glass all over the bay.

        Owen
        Flat 10
    """),
     R("C300040", "estate", None, "abandoned|car|vehicle",
       "Known e-mail; abandoned, vandalised car in the residents' car park -> estate.")),

    (chat("11-06 17:50", {"name": "Visitor 2291"}, """
        Visitor: the lights in the car park at calder court have been out for over a week. its pitch black when I get home from work, nearly went over on a kerb last night
        Agent (Tom): Thanks for letting us know. Could I take your name and flat number?
        Visitor: [visitor left the chat]
    """),
     V("estate", None, "light|lighting, car park",
       "Anonymous-looking webchat with no details, no anonymity asked -> review; external car park lighting -> estate "
       "(repairs defensible).", REP)),

    (sms_in("11-08 08:40", "+447700900331", """
        seen 2 big rats by the bins at the back of thornhill gdns this morning, and theres a hole chewed in the bottom
        of the bin store door
    """),
     R("C300031", "estate", None, "rat|pest, bin",
       "Known mobile; rats at the communal bin store -> estate (repairs defensible for the door).", REP)),

    (fb_in("11-10 10:20", "fb:100090000540", "Leanne Firth", """
        Hi, can someone do something about the dog mess on the green at Thornhill Gardens? Its everywhere and the kids
        play on there. I'm at number 10.
    """),
     R("C300028", "estate", None, "dog, mess|fouling, green",
       "Messenger DM: display name + address match one tenant -> C300028 (review defensible); dog fouling on the "
       "green -> estate (asb defensible).", {"action": ["review"], "customer_ref": [None], "category": ["asb"],
                                             "sensitive": [True]})),

    (email_in("11-13 09:20", "stuart.mcallister@example.net", "Stuart McAllister", "Stairwell cleaning - Calder Court", """
        Hi,

        The communal cleaners haven't been to Calder Court for three weeks. There's a spilt drink dried on the stairs,
        takeaway boxes on the first floor landing and the whole stairwell stinks. We pay a service charge for this.

        Stuart McAllister
        Flat 6
    """),
     R("C300021", "estate", None, "clean|cleaners, stairs|stairwell",
       "Known e-mail; communal cleaning not done -> estate (complaint defensible).", CMP)),

    (call_in("11-14 09:45", "+441134960301", """
        Agent: Fairholme Homes, Sue speaking.
        Caller: Hello dear, it's Margaret Holroyd. The communal path along the front of the houses is like glass this morning. I'm just out of hospital with my new hip and I daren't go to the shop.
        Agent: Oh Margaret, please don't risk it. I'll ask the estates team to grit the path today. Do you need anything in the meantime?
        Caller: My neighbour's bringing me some milk. Thank you.
    """, dur=150),
     R("C300001", "estate", None, "ice|icy|grit, path",
       "Known landline; icy communal path, tenant recovering from surgery -> estate.")),
]

# ============================================================================================
# General: contact details, compliments, language, call-backs, third-party support workers,
# outbound calls with no stated purpose
# ============================================================================================
ITEMS += [
    (sms_in("11-05 12:05", U5(4), """
        Hi its Bethany Cole, flat 3 Calder Court. This is my new number, old phone got nicked. Can you update it please
    """),
     R("C300020", "general", None, "new number|phone|contact details",
       "Unknown mobile, but name + address match one tenant -> C300020 (review defensible); update contact number -> "
       "general.", REVOK)),

    (call_out("11-06 13:10", "+441144960322", "Housing officer", "no-answer"),
     V("general", None, ATTEMPT,
       "Attempted outbound call, no answer, to the shared Hussain landline (T-007121): the number alone cannot say which "
       "tenant -> review (recording against either defensible); purpose unknown, any category.",
       {"action": ["record"], "customer_ref": ["C300011", "C300012"], "category": "*"})),

    (call_out("11-09 10:00", "+447700900346", "Customer services", "busy"),
     R("C300046", "general", None, ATTEMPT,
       "Attempted outbound call to John Smith's own mobile (unique -> C300046), busy -> record; any category.", ANY)),

    (call_in("11-09 12:55", U5(5), """
        Voicemail: Hi, I got a letter from you this morning and I don't really understand it. Can someone ring me back on this number please. Thanks.
    """, dur=22, answered_by=None, voicemail=True),
     V("general", None, "letter, call back|ring back",
       "Inbound voicemail from an unknown mobile, no name -> review; call-back about an unspecified letter -> general, "
       "any category.", ANY)),

    (wa_in("11-09 18:30", "447700900332", "Zofia", """
        Dzień dobry, czy mogę dostawać od Państwa listy po polsku? Nie wszystko rozumiem po angielsku. Dziękuję,
        Zofia Kamińska
    """),
     R("C300032", "general", None, "polish, letter|translat",
       "Polish: 'could I receive your letters in Polish? I don't understand everything in English. Thank you.' Known "
       "number -> communication needs -> general.")),

    (email_in("11-11 14:05", "lee.harper@foundrysupport.example.org", "Lee Harper", "Jamie Rowntree, Flat 16 Ashgrove Court", """
        Hi,

        I'm Jamie Rowntree's support worker at Foundry Support (Flat 16 Ashgrove Court, LS6 2JD). Jamie has ADHD and
        struggles with letters - he's asked me to let you know he'd prefer texts, and that you can copy me in. His
        signed consent form is attached.

        He also mentioned the extractor fan in his bathroom hasn't worked for a while.

        Many thanks
        Lee Harper
        Tenancy Support Worker
        Foundry Support
    """),
     R("C300050", "general", None, "text|communication|support worker, extractor|fan",
       "Support worker acting for a named tenant with address and consent -> record against C300050 (review "
       "defensible); communication preference -> general, with a fan repair mentioned (repairs defensible).",
       {"action": ["review"], "customer_ref": [None], "category": ["repairs"]})),

    (tg_in("11-12 14:10", "8912345670", "Connor", """
        can my housing officer give me a ring when she gets a chance? its something i'd rather talk through on the
        phone
    """),
     R("C300048", "general", None, "housing officer, ring|call",
       "Linked Telegram id; call-back request with no topic -> general.")),

    (email_in("11-13 12:30", "imran.siddiqui@example.org", "Imran Siddiqui", "Thank you", """
        Hi,

        Just wanted to say thank you to the electrician who came yesterday about the door entry. He was really polite,
        fixed it in twenty minutes and tidied up after himself. Please pass it on.

        Imran
    """),
     R("C300009", "general", None, "thank|compliment, electrician|door entry",
       "Known e-mail; compliment for an operative -> general (repairs defensible).", REP)),
]

# ============================================================================================
# Ignore: bulk, auto-replies, bounces, marketing, spam, chatter, outbound broadcasts, reminders, STOP
# ============================================================================================
ITEMS += [
    (email_in("11-02 06:00", "news@housingbriefing.example.com", "Housing Briefing", "Weekly briefing: Awaab's Law, rent settlement, ASB", """
        This week: what the first months of Awaab's Law mean for emergency hazards and damp and mould timescales; the
        rent settlement consultation closes; new ASB case review guidance; and our complaints handling webinar.

        You are receiving this because you subscribed. Unsubscribe | Manage preferences
    """, headers=NEWS_HEADERS),
     I("Sector newsletter full of category vocabulary -> ignore.")),

    (email_in("11-03 09:16", "paul.greenwood@example.com", "Paul Greenwood", "Automatic reply: Gas safety appointment", """
        I'm out of the office until Monday 9 November with no access to email. For anything urgent please call
        reception.
    """, headers=AUTO_REPLY),
     I("Tenant's out-of-office auto-reply -> ignore.")),

    (email_in("11-04 03:12", "postmaster@mail.example.net", "Mail Delivery Subsystem", "Undeliverable: Your repair appointment on Thursday 5 November", """
        Your message could not be delivered to leanne.f.old@example.net.
        Remote server returned: 550 5.1.1 recipient address rejected: user unknown.
    """, headers=BOUNCE),
     I("Bounce -> ignore.")),

    (sms_out("11-04 16:00", "+447700900331", """
        Fairholme Homes: Bonfire Night is this Thursday. Please don't store fireworks in communal areas or bin stores,
        and keep an eye on bins near your home. Reply STOP to opt out.
    """),
     I("Outbound bulk safety broadcast -> ignore.")),

    (email_in("11-05 10:30", "offers@greenheat-solutions.example.com", "GreenHeat Solutions", "Cut your tenants' heating bills by 40% - free survey", """
        Housing providers across Yorkshire are switching to air source heat pumps with our fully funded scheme. Book a
        free stock survey this month and get a case study pack. Reply STOP to unsubscribe.
    """, headers={"List-Unsubscribe": "<https://greenheat-solutions.example.com/unsub>"}),
     I("Marketing e-mail -> ignore.")),

    (email_in("11-05 16:02", "noreply@leedscouncil.example.org", "Leeds City Council", "We have received your enquiry (ref 5512934)", """
        Thank you for contacting Leeds City Council. We aim to respond within 10 working days. Please do not reply to
        this email.
    """, headers={"Auto-Submitted": "auto-replied"}),
     I("Automatic acknowledgement from another organisation -> ignore.")),

    (email_in("11-06 11:00", "accounts@northern-scaffolding.example.com", "Northern Scaffolding Ltd", "Invoice INV-20771 - Calder Court", """
        Please find attached invoice INV-20771 for scaffold hire at Calder Court (14 days). Payment terms 30 days.

        Northern Scaffolding Ltd
    """),
     I("Supplier invoice to the shared inbox, not a customer contact -> ignore.")),

    (sms_in("11-06 13:47", U5(6), """
        Royal Mail: your parcel is being held due to an unpaid shipping fee of £1.45. Pay now at
        rm-redelivery.example.com/track
    """),
     I("Smishing spam from an unknown number -> ignore.")),

    (fb_in("11-07 15:12", "fb:100090000544", "Pauline Grayson", """
        The new benches on the green at Thornhill look lovely, well done whoever sorted them 👏
    """),
     I("Positive public comment asking for nothing -> ignore.")),

    (call_in("11-08 14:02", U5(7), """
        Agent: Fairholme Homes, Sam speaking.
        Caller: [recorded voice] This is an important message about your recent car accident. You may be entitled to compensation. Press one to speak to an advisor.
    """, dur=14),
     I("Robocall -> ignore (review defensible).", {"action": ["review"], "category": ["general"]})),

    (ig_in("11-08 11:11", "@glowup_lashes_leeds", "Glow Up Lashes", """
        💅 Lash lifts £25 this week only! DM to book 💅 #leeds #lashes
    """),
     I("Instagram spam -> ignore.")),

    (email_out("11-09 07:30", {"email": "news@fairholmehomes.example.org", "name": "Fairholme Homes"},
               "chloe.armitage@example.net", "Chloe Armitage", "Your Fairholme Homes November newsletter", """
        In this issue: keeping warm and avoiding condensation this winter; how to report a repair online; rent and
        service charge consultation events; meet your new housing officers.

        Unsubscribe from these emails
    """, headers=NEWS_HEADERS),
     I("Outbound bulk newsletter -> ignore.")),

    (email_in("11-09 13:15", "talent@hirewell-recruitment.example.com", "Hirewell Recruitment", "Interim Repairs Manager candidates available now", """
        We have three interim repairs managers with social housing experience available immediately. Reply to arrange
        a call.
    """, headers={"List-Unsubscribe": "<mailto:unsub@hirewell-recruitment.example.com>"}),
     I("Recruitment marketing -> ignore.")),

    (email_in("11-10 06:00", "noreply@repairs-system.fairholmehomes.example.org", "Repairs system", "Job 77120 completed", """
        Job 77120 (Flat 6 Calder Court - replace shower pull switch) status changed to COMPLETED by operative
        S. Marsden.
    """, headers={"Auto-Submitted": "auto-generated"}),
     I("Internal system notification -> ignore.")),

    (tg_in("11-10 03:30", "7700123456", "Investment Advisor", """
        Hello dear, I help people earn passive income with bitcoin. Message me for more details 📈
    """),
     I("Telegram spam from an unlinked id -> ignore.")),

    (ig_in("11-10 12:40", "@nana_bev_", "Bev", """
        omg thats my nans old street 😍😍 used to play out there every summer
    """),
     I("Social chatter on a post -> ignore.")),

    (sms_out("11-11 18:00", "+447700900309", """
        Fairholme Homes: reminder - our electrician will visit Flat 9 Ashgrove Court tomorrow between 8am and 12pm.
        Reply R to rearrange.
    """),
     I("Automated appointment reminder -> ignore (record defensible).",
       {"action": ["record"], "customer_ref": ["C300009"], "category": ["repairs"]})),

    (sms_in("11-11 18:04", "+447700900331", """
        Stop
    """),
     I("STOP reply to automated texts -> ignore (record defensible).",
       {"action": ["record"], "customer_ref": ["C300031"], "category": ["general"]})),

    (wa_in("11-11 18:20", "447700900318", "Mohammed", """
        👍🏻
    """),
     I("Lone emoji acknowledging the plumber appointment -> ignore (record defensible).",
       {"action": ["record"], "customer_ref": ["C300018"], "category": ["repairs"]})),

    (email_in("11-12 09:40", "tariq.h@example.com", "Tariq Hussain", "Read: Your Universal Credit verification", """
        Your message was read on 12 November 2026 09:39.
    """, headers={"Auto-Submitted": "auto-replied"}),
     I("Read receipt -> ignore.")),

    (wa_out("11-12 12:00", "447700900325", """
        Fairholme Homes: Cold weather is on the way ❄️ Keep your heating on low, open trickle vents, and tell us
        straight away if you see damp or mould. Reply STOP to stop these messages.
    """),
     I("Outbound bulk WhatsApp broadcast with damp vocabulary -> ignore.")),

    (email_in("11-13 08:00", "reports@feedbackhub.example.net", "FeedbackHub", "Your October tenant satisfaction report is ready", """
        Your monthly tenant satisfaction report for October is ready to download from the dashboard.
    """, headers={"Auto-Submitted": "auto-generated"}),
     I("Automated supplier notification -> ignore.")),

    (fb_in("11-13 19:00", "fb:100090000551", "Moorside Crescent Residents", """
        Thanks to everyone who came to the litter pick on Saturday! 14 bags collected 💚 Next one is in December.
    """),
     I("Residents' group post asking for nothing -> ignore.")),

    (ig_in("11-14 22:50", "@hollinparklife", "hollin park life", """
        the state of the kids on the estate tonight smh. fireworks at the buses again #hollinpark
    """),
     I("Public post with a hashtag, no request or one-to-one contact -> ignore (review / asb defensible).",
       {"action": ["review"], "category": ["asb"], "sensitive": [True]})),

    (email_in("11-15 02:14", "it-alerts@mailbox-secure.example.com", "Mailbox Admin", "Action required: mailbox storage full", """
        Your mailbox has exceeded its storage limit. Verify your account within 24 hours to avoid losing messages.
    """),
     I("Phishing spam -> ignore.")),
]


# ============================================================================================
# Ids, writing, validation and coverage (corpus_tools, salted "heldout2")
# ============================================================================================
def main() -> int:
    trained = sorted(p.name for p in HERE.glob("train*.jsonl") if not p.name.endswith(".expected.jsonl"))
    return corpus_tools.build(ITEMS, trained)


if __name__ == "__main__":
    sys.exit(main())

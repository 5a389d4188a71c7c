#!/usr/bin/env python3
"""Build the labelled routing corpus in this folder (deterministic; writes only next to itself).

    python tests/corpus/build_corpus.py

Writes directory.csv, train.jsonl / train.expected.jsonl and heldout.jsonl /
heldout.expected.jsonl in the formats of shared/samples (ROUTING-CONTRACT.md sections 2-4),
then validates them and prints a coverage table.

Every message text below is written by hand; the helpers only fill in the envelope
(ids, landlord addresses, JSON shape). Ids are derived from a hash of the event's content,
so re-running the script reproduces byte-identical files.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# Landlord end-points, envelope and label helpers: envelopes.py (shared with the other generators).
sys.path.insert(0, str(HERE))
from envelopes import (  # noqa: E402,F401
    ANY, ATTEMPT, AUTO_REPLY, BOT, BOUNCE, BRADFORD_OFFICE, CHAT_TO, FB_PAGE, IG_PAGE, INBOX, LEEDS_OFFICE, MAIN, OOH,
    PORTAL_TO, POST_TO, RENT_BOX, REPAIRS_BOX, SHEFF, SHEFFIELD_OFFICE, SMS_NO, TENANCY_BOX, WAKEFIELD_OFFICE, A, I, R, V,
    call_in, call_out, chat, email_in, email_out, fb_in, ig_in, letter, sms_in, sms_out, tg_in, txt, visit, wa_in,
    wa_out,
)


# --------------------------------------------------------------------------------------------
# Customer directory (fictional: Ofcom drama numbers, example.* domains)
# --------------------------------------------------------------------------------------------
DIRECTORY_COLUMNS = [
    "customer_ref", "tenancy_ref", "full_name", "phones", "emails", "telegram_ids",
    "address", "postcode", "preferred_channel", "communication_needs",
]
# Households sharing one tenancy and one landline:
#   T-007104 Whitaker (C300004, C300005)   0113 496 0314
#   T-007121 Hussain  (C300011, C300012)   0114 496 0322
#   T-007150 Lambert/Doyle (C300023, C300024) 01632 960341
#   T-007188 Nowak    (C300037, C300038)   0113 496 0357
# Same common name: C300015 and C300046 are both "John Smith" (BD3 9PL / WF1 3DX).
CUSTOMERS = [
    ("C300001", "T-007101", "Margaret Holroyd", "0113 496 0301", "", "", "7 Hollin Park Road", "LS8 3QT", "letter", "large print"),
    ("C300002", "T-007102", "Daniel Okafor", "+44 7700 900302", "daniel.okafor@example.com", "", "11 Hollin Park Road", "LS8 3QT", "email", ""),
    ("C300003", "T-007103", "Kelly Brannigan", "07700900303", "kellybrannigan88@example.net", "", "15 Hollin Park Road", "LS8 3QT", "sms", ""),
    ("C300004", "T-007104", "Karen Whitaker", "07700 900304; 0113 496 0314", "karen.whitaker@example.org", "", "23 Hollin Park Road", "LS8 3QT", "phone", ""),
    ("C300005", "T-007104", "Darren Whitaker", "+44 (0)7700 900305; (0113) 496 0314", "d.whitaker@example.com", "", "23 Hollin Park Road", "LS8 3QT", "phone", ""),
    ("C300006", "T-007106", "Agnieszka Wójcik", "+44 7700 900306", "a.wojcik@example.org", "5120034471", "Flat 2, Ashgrove Court", "LS6 2JD", "telegram", "Polish speaker"),
    ("C300007", "T-007107", "Samuel Osei", "07700 900307", "sam.osei@example.net", "", "Flat 4, Ashgrove Court", "LS6 2JD", "sms", ""),
    ("C300008", "T-007108", "Lorraine Kettlewell", "07700 900308", "lorraine.kettlewell@example.com", "", "Flat 7, Ashgrove Court", "LS6 2JD", "email", "wheelchair user"),
    ("C300009", "T-007109", "Imran Siddiqui", "+447700900309", "imran.siddiqui@example.org", "", "Flat 9, Ashgrove Court", "LS6 2JD", "whatsapp", ""),
    ("C300010", "T-007110", "Hodan Abdi", "07700 900310", "hodan.abdi@example.com", "", "Flat 12, Ashgrove Court", "LS6 2JD", "whatsapp", "Somali interpreter"),
    ("C300011", "T-007121", "Amina Hussain", "07700 900311; 0114 496 0322", "amina.hussain@example.net", "", "8 Moorside Crescent", "S6 4RB", "whatsapp", ""),
    ("C300012", "T-007121", "Tariq Hussain", "07700900312; (0114) 496 0322", "tariq.h@example.com", "", "8 Moorside Crescent", "S6 4RB", "phone", ""),
    ("C300013", "T-007113", "Victoria Pemberton", "+44 (0)7700 900313", "vicky.pemberton@example.org", "", "14 Moorside Crescent", "S6 4RB", "email", ""),
    ("C300014", "T-007114", "Andrei Popescu", "07700 900314", "andrei.popescu@example.com", "6230118845", "21 Moorside Crescent", "S6 4RB", "telegram", "Romanian speaker"),
    ("C300015", "T-007115", "John Smith", "07700 900315", "", "", "22 Weavers Row", "BD3 9PL", "phone", ""),
    ("C300016", "T-007116", "Patricia Lumb", "(01632) 960316", "", "", "3 Weavers Row", "BD3 9PL", "letter", "hard of hearing; write rather than phone"),
    ("C300017", "T-007117", "Chloe Armitage", "07700 900317", "chloe.armitage@example.net", "", "30 Weavers Row", "BD3 9PL", "sms", ""),
    ("C300018", "T-007118", "Mohammed Al-Rashid", "07700 900318", "m.alrashid@example.org", "", "41 Weavers Row", "BD3 9PL", "whatsapp", "Arabic interpreter"),
    ("C300019", "T-007119", "Gary Naylor", "+44 7700 900319", "", "", "47 Weavers Row", "BD3 9PL", "phone", ""),
    ("C300020", "T-007120", "Bethany Cole", "07700 900320", "beth.cole@example.com", "", "Flat 3, Calder Court", "WF1 3DX", "email", ""),
    ("C300021", "T-007122", "Stuart McAllister", "07700 900321", "stuart.mcallister@example.net", "7781200943", "Flat 6, Calder Court", "WF1 3DX", "telegram", ""),
    ("C300022", "T-007123", "Joyce Ramsden", "01632 960322", "", "", "Flat 1, Calder Court", "WF1 3DX", "phone", "partially sighted; phone rather than letters"),
    ("C300023", "T-007150", "Sophie Lambert", "07700 900323; 01632 960341", "sophie.lambert@example.org", "", "9 Beckside Mews", "BD4 7HA", "sms", ""),
    ("C300024", "T-007150", "Ryan Doyle", "07700900324; (01632) 960341", "ryan.doyle@example.com", "", "9 Beckside Mews", "BD4 7HA", "phone", ""),
    ("C300025", "T-007125", "Ioana Marin", "+44 7700 900325", "ioana.marin@example.net", "", "12 Beckside Mews", "BD4 7HA", "whatsapp", "Romanian speaker"),
    ("C300026", "T-007126", "Paul Greenwood", "07700 900326; 020 7946 0326", "paul.greenwood@example.com", "", "2 Beckside Mews", "BD4 7HA", "email", ""),
    ("C300027", "T-007127", "Fatima Begum", "07700 900327", "fatima.begum@example.org", "", "6 Thornhill Gardens", "LS12 5EW", "whatsapp", "Bengali interpreter; son often helps"),
    ("C300028", "T-007128", "Leanne Firth", "07700 900328", "leanne.firth@example.net", "", "10 Thornhill Gardens", "LS12 5EW", "sms", ""),
    ("C300029", "T-007129", "Kwame Mensah", "+44 (0)7700 900329", "kwame.mensah@example.com", "4409987612", "18 Thornhill Gardens", "LS12 5EW", "telegram", ""),
    ("C300030", "T-007130", "Eileen Dawson", "0113 496 0330", "", "", "25 Thornhill Gardens", "LS12 5EW", "letter", "daughter to be present at visits"),
    ("C300031", "T-007131", "Nathan Pearce", "07700 900331", "nathan.pearce@example.org", "", "31 Thornhill Gardens", "LS12 5EW", "sms", ""),
    ("C300032", "T-007132", "Zofia Kamińska", "07700 900332", "zofia.kaminska@example.com", "", "Flat 5, Foundry Walk", "S3 8NW", "whatsapp", "Polish speaker"),
    ("C300033", "T-007133", "Hassan Warsame", "07700 900333", "hassan.warsame@example.net", "", "Flat 8, Foundry Walk", "S3 8NW", "whatsapp", "Somali interpreter"),
    ("C300034", "T-007134", "Rebecca Thornton", "+447700900334", "rebecca.thornton@example.org", "", "Flat 11, Foundry Walk", "S3 8NW", "email", ""),
    ("C300035", "T-007135", "Dean Sykes", "07700 900335", "", "", "Flat 14, Foundry Walk", "S3 8NW", "sms", ""),
    ("C300036", "T-007136", "Grace Adeyemi", "07700 900336; 0114 496 0336", "grace.adeyemi@example.com", "", "Flat 2, Foundry Walk", "S3 8NW", "email", ""),
    ("C300037", "T-007188", "Grażyna Nowak", "07700 900337; 0113 496 0357", "grazyna.nowak@example.org", "", "40 Hollin Park Road", "LS8 3QT", "whatsapp", "Polish speaker"),
    ("C300038", "T-007188", "Tomasz Nowak", "+44 7700 900338; 0113 4960357", "tomasz.nowak@example.net", "5301177720", "40 Hollin Park Road", "LS8 3QT", "telegram", ""),
    ("C300039", "T-007139", "Shirley Baxter", "07700 900339", "shirley.baxter@example.com", "", "52 Hollin Park Road", "LS8 3QT", "sms", "Deaf: BSL interpreter for visits; text, no voice calls"),
    ("C300040", "T-007140", "Owen Pritchard", "07700 900340", "owen.pritchard@example.com", "", "Flat 10, Calder Court", "WF1 3DX", "email", ""),
    ("C300041", "T-007141", "Natalia Rusu", "07700 900341", "natalia.rusu@example.org", "", "Flat 15, Calder Court", "WF1 3DX", "whatsapp", "Romanian speaker"),
    ("C300042", "T-007142", "Keith Barraclough", "01632 960342", "keith.barraclough@example.net", "", "6 Weavers Row", "BD3 9PL", "phone", ""),
    ("C300043", "T-007143", "Aisha Mohamud", "07700 900343", "aisha.mohamud@example.com", "", "27 Weavers Row", "BD3 9PL", "whatsapp", ""),
    ("C300044", "T-007144", "Megan Lister", "07700 900344", "megan.lister@example.org", "", "4 Beckside Mews", "BD4 7HA", "sms", ""),
    ("C300045", "T-007145", "Harold Birkett", "(0113) 496 0345", "", "", "3 Thornhill Gardens", "LS12 5EW", "letter", "large print"),
    ("C300046", "T-007146", "John Smith", "+44 7700 900346", "johnsmith.wf1@example.net", "", "Flat 14, Calder Court", "WF1 3DX", "email", ""),
    ("C300047", "T-007147", "Priya Chauhan", "07700 900347", "priya.chauhan@example.com", "", "17 Moorside Crescent", "S6 4RB", "email", ""),
    ("C300048", "T-007148", "Connor Walsh", "07700 900348", "connor.walsh@example.net", "8912345670", "33 Moorside Crescent", "S6 4RB", "telegram", ""),
    ("C300049", "T-007149", "Sandra Okonkwo", "07700 900349", "sandra.okonkwo@example.org", "", "Flat 6, Ashgrove Court", "LS6 2JD", "email", ""),
    ("C300050", "T-007151", "Jamie Rowntree", "07700900350", "", "", "Flat 16, Ashgrove Court", "LS6 2JD", "sms", ""),
    ("C300051", "T-007152", "Yasmin Akhtar", "07700 900351", "yasmin.akhtar@example.com", "", "36 Thornhill Gardens", "LS12 5EW", "whatsapp", ""),
    ("C300052", "T-007153", "Bogdan Ionescu", "+44 7700 900352", "", "", "19 Beckside Mews", "BD4 7HA", "whatsapp", "Romanian speaker"),
    ("C300053", "T-007154", "Lucy Fairweather", "07700 900353", "lucy.fairweather@example.net", "", "44 Hollin Park Road", "LS8 3QT", "sms", ""),
    ("C300054", "T-007155", "Abdirahman Yusuf", "07700 900354", "a.yusuf@example.org", "", "Flat 3, Foundry Walk", "S3 8NW", "whatsapp", "Somali interpreter"),
    ("C300055", "T-007156", "Christine Mellor", "0114 496 0355; 07700 900355", "christine.mellor@example.com", "", "2 Moorside Crescent", "S6 4RB", "phone", ""),
    ("C300056", "T-007157", "Ahmed Farouk", "07700 900356", "ahmed.farouk@example.net", "", "50 Weavers Row", "BD3 9PL", "whatsapp", "Arabic interpreter"),
    ("C300057", "T-007158", "Tracey Holt", "07700 900357", "tracey.holt@example.org", "", "Flat 9, Calder Court", "WF1 3DX", "sms", ""),
    ("C300058", "T-007159", "Robert Illingworth", "(01632) 960358", "", "", "15 Beckside Mews", "BD4 7HA", "letter", ""),
    ("C300059", "T-007160", "Jade Whitehead", "07700 900359", "jadewhitehead@example.net", "6674421093", "Flat 13, Ashgrove Court", "LS6 2JD", "telegram", ""),
    ("C300060", "T-007161", "Marcus Bell", "07700 900360", "marcus.bell@example.com", "", "12 Thornhill Gardens", "LS12 5EW", "email", ""),
]

TRAIN: list[tuple[dict[str, Any], dict[str, Any]]] = []
HELDOUT: list[tuple[dict[str, Any], dict[str, Any]]] = []


def cust(ref: str) -> dict[str, Any]:
    """A visit party naming the customer as staff logged them (from CUSTOMERS: this file writes directory.csv)."""
    name = next(c[2] for c in CUSTOMERS if c[0] == ref)
    return {"name": name, "customer_ref": ref}


# ============================================================================================
# TRAIN split
# ============================================================================================

# ---- voice: inbound ------------------------------------------------------------------------
TRAIN += [
    (call_in("10-01 08:47", "+447700900302", txt("""
        Agent: Good morning, Fairholme Homes, you're through to Dawn.
        Caller: Hi Dawn, Daniel Okafor, 11 Hollin Park Road. The tap under my kitchen sink has been dripping for a few days and now the cupboard floor's all swollen and soft.
        Agent: Is it the pipe or the tap itself that's leaking?
        Caller: Looks like the joint where the pipe goes into the tap. I've put a bowl under it.
        Agent: OK, I've raised a routine plumbing job, someone will text you with a date.
        """), dur=212),
     R("C300002", "repairs", mm="leak|tap|sink", note="Known mobile; leaking kitchen tap joint -> routine repair.")),

    (call_in("10-02 19:22", "+441134960314", txt("""
        Agent: Fairholme out of hours, Craig speaking.
        Caller: Hiya, there's water coming through the light in the bathroom ceiling, it's dripping straight out of the fitting.
        Agent: Right, please don't touch the switch. Can you turn the electrics off at the fuse box? And who am I speaking to?
        Caller: It's Karen, Karen Whitaker, 23 Hollin Park Road. I've turned it all off now.
        Agent: Thanks Karen, I'm sending an emergency electrician and plumber tonight.
        """), dur=268, to=OOH),
     R("C300004", "repairs", "emergency", mm="water|ceiling|light",
       note="Shared Whitaker landline but the caller gives her full name -> C300004; water through a light fitting -> emergency.")),

    (call_in("10-05 10:10", "+441134960314", txt("""
        Agent: Fairholme Homes, Priya speaking, how can I help?
        Caller: Yeah, we've had a letter saying we're two hundred and twelve pound behind on the rent but we pay every fortnight like clockwork.
        Agent: I can look into that. Can I take your name and first line of the address please?
        Caller: Hang on, I'll find the letter and ring you back, it's got a reference on it.
        """), dur=74),
     V("rent", mm="arrears|rent|letter",
       note="Whitaker household landline shared by C300004 and C300005; caller never names themself -> review, rent.")),

    (call_in("10-06 14:05", "+441144960322", txt("""
        Agent: Fairholme Homes Sheffield, this is Lee.
        Caller: Hello, Tariq Hussain, 8 Moorside Crescent. The lock on our back gate has snapped, the bolt just falls out, so anyone can walk into the garden.
        Agent: I'll book a joiner for you, Mr Hussain. Thursday morning OK?
        Caller: Thursday's fine.
        """), dur=131, to=SHEFF),
     R("C300012", "repairs", mm="gate|lock",
       note="Shared Hussain landline; the caller names himself -> C300012. Broken gate lock -> repairs.")),

    (call_in("10-07 21:40", "+441632960316", txt("""
        Agent: Out of hours repairs, Craig speaking.
        Caller: Hello, I'm ringing for my mum, Patricia Lumb at 3 Weavers Row, she's hard of hearing so I'm doing the talking. Her heating went off this afternoon and the house is freezing. She's seventy-nine and on her own.
        Agent: Is the boiler showing any lights?
        Caller: There's a red light flashing and nothing happens when I press reset.
        Agent: OK, with your mum's age I'm booking this as an emergency, an engineer will be there within four hours.
        """), dur=305, to=OOH),
     R("C300016", "repairs", "emergency", mm="heating|boiler",
       note="Daughter calling from the tenant's own landline on her behalf -> C300016; no heating for a 79-year-old living alone -> emergency.")),

    (call_in("10-08 11:30", "+447700900811", txt("""
        Agent: Fairholme Homes, you're speaking to Dawn.
        Caller: Hi love, I live on Weavers Row, I'm at number 45. The lad at one of the houses opposite has been revving motorbikes up and down the back path till gone midnight every night this week. My grandkids can't sleep.
        Agent: I'm sorry to hear that. Can I take your name?
        Caller: It's Sharon. I'm not one of yours, I own my house, but it's your tenant.
        """), dur=190),
     V("asb", mm="motorbike|noise",
       note="Unknown number, owner-occupier reporting nuisance by a tenant -> review, asb (sensitive).")),

    (call_in("10-09 09:02", "+447700900318", txt("""
        Agent: Fairholme Homes, good morning.
        Caller: Hello, I am Mohammed, 41 Weavers Row. Sorry, my English is not good. The window in the bedroom, it does not close. Cold air come in all night.
        Agent: No problem Mr Al-Rashid. Is the handle broken or the frame?
        Caller: Handle, it turn and turn, nothing.
        Agent: I'll book a window repair and we'll bring an Arabic interpreter on the phone when we call to confirm.
        """), dur=244),
     R("C300018", "repairs", mm="window", note="Known mobile; bedroom window handle broken -> repairs.")),

    (call_in("10-12 13:15", "+447700900331", txt("""
        Agent: Income team, Sarah speaking.
        Caller: Hi, it's Nathan Pearce, 31 Thornhill Gardens. I've been made redundant last week and I'm not going to be able to pay the full rent this month. I've never been behind before.
        Agent: Thanks for telling us early. Have you claimed Universal Credit yet?
        Caller: I started it online yesterday.
        Agent: Good. Let's set up an appointment to go through a payment plan and I'll refer you to our money advice service.
        """), dur=402),
     R("C300031", "rent", mm="rent|redundan|universal credit",
       note="Known mobile; loss of income, rent payment plan -> rent.")),

    (call_in("10-13 16:50", "+441134960357", txt("""
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hello, I want to report there is black mould all around the bedroom window and now it is on the curtains and the wardrobe also.
        Agent: I'm sorry to hear that. Can I take your name please?
        Caller: Hello? ... You are breaking up ...
        [call disconnected]
        """), dur=58),
     V("damp_mould", "damp_mould", mm="mould",
       note="Nowak household landline (C300037/C300038), caller gives no name before the call drops -> review; mould report -> damp_mould hazard.")),

    (call_in("10-14 10:20", "+441134960357", txt("""
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Good morning, my name is Tomasz Nowak, 40 Hollin Park Road. We have a new car and I need a parking permit for the bays at the back of the road.
        Agent: I can send you the permit form. Do you want it by email?
        Caller: Yes please, the one you have for me.
        """), dur=117),
     R("C300038", "estate", mm="parking|permit", acc={"category": ["general"]},
       note="Shared Nowak landline; caller names himself -> C300038. Estate parking permit -> estate (general acceptable).")),

    (call_in("10-15 08:15", "+447700900819", txt("""
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, my name's Carla Hext, I'm a social worker with Leeds Children's Services. I need to speak to the housing officer for Flat 12 Ashgrove Court about a family we're working with. There are concerns about the children's living conditions.
        Agent: I'll pass this to the housing officer for Ashgrove Court and ask them to call you back today.
        """), dur=163),
     V("safeguarding", mm="social worker|children|concern",
       acc={"action": ["record"], "customer_ref": ["C300010"]},
       note="Professional third party, not a customer; the subject household (Flat 12 = C300010) could be linked by staff -> review (record against C300010 defensible); child welfare -> safeguarding.")),

    (call_in("10-16 12:00", "+447700900327", txt("""
        Agent: Fairholme Homes, this is Jo.
        Caller: Hello, I'm calling for my mum, Fatima Begum, 6 Thornhill Gardens, this is her phone. She doesn't speak much English. The fan in the bathroom stopped working months ago and now the ceiling has gone black with mould, and it's spreading into her bedroom.
        Agent: Thank you. I'll book a damp and mould inspection. Would she like a Bengali interpreter at the visit?
        Caller: Yes please, or I can be there.
        """), dur=281),
     R("C300027", "damp_mould", "damp_mould", mm="mould, fan|extractor",
       note="Son calling on the tenant's own mobile -> C300027; spreading mould from a broken extractor -> damp_mould hazard.")),

    (call_in("10-19 17:35", "+447700900335", txt("""
        Agent: Fairholme Homes, you're through to Lee.
        Caller: Yeah, it's Dean Sykes, Flat 14 Foundry Walk. This is the third time I've rung about my toilet leaking round the bottom. Thursday I took the day off and nobody turned up, nobody rang. I'm absolutely fed up with you lot.
        Agent: I'm really sorry Mr Sykes. I can see the job was cancelled by the contractor. Would you like me to log this as a complaint as well as rebooking the repair?
        Caller: Yes I would.
        """), dur=355, to=SHEFF),
     R("C300035", "complaint", mm="toilet|leak, complaint|fed up|nobody",
       acc={"category": ["repairs"]},
       note="Repair chased for the third time with clear dissatisfaction (missed appointment) -> complaint; repairs acceptable.")),

    (call_in("10-20 09:45", "+441632960341", txt("""
        Agent: Income team, Sarah speaking.
        Caller: Hiya, Ryan Doyle, 9 Beckside Mews. Our housing benefit's been stopped because they say they didn't get my payslips, so there'll be a gap in the rent this month. What do I do?
        Agent: Have you sent them to the council since?
        Caller: Sent them yesterday.
        Agent: OK, I'll put a note on the account so no arrears letters go out for four weeks.
        """), dur=226),
     R("C300024", "rent", mm="housing benefit|rent",
       note="Shared Lambert/Doyle landline; caller names himself -> C300024. Housing benefit gap -> rent.")),

    (call_in("10-21 22:30", "+447700900353", txt("""
        Agent: Out of hours, Craig speaking.
        Caller: Hi, I can smell gas in my kitchen, it's really strong by the cooker. Lucy Fairweather, 44 Hollin Park Road.
        Agent: Lucy, please turn the gas off at the meter if you can, open the windows, don't use any switches. I'm putting you through to the National Gas Emergency line and sending our engineer too.
        Caller: OK, I've turned it off.
        """), dur=149, to=OOH),
     R("C300053", "repairs", "emergency", mm="gas",
       note="Gas smell -> emergency.")),

    (call_in("10-22 11:11", "+447700900820", txt("""
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hi, I saw a two-bed flat on Foundry Walk advertised on your lettings site. I'm on the housing register with Sheffield, can I bid on it?
        Agent: Yes, if you're registered you can bid through the choice-based lettings portal until Monday.
        Caller: Brilliant, thanks.
        """), dur=98),
     V("lettings", mm="bid|flat|register", note="Applicant not in the directory -> review, lettings.")),

    (call_in("10-23 15:00", "+447700900308", txt("""
        Agent: Fairholme Homes, Ruth speaking.
        Caller: It's Lorraine Kettlewell, Flat 7 Ashgrove Court. The lift is broken again. I'm in a wheelchair, I'm on the third floor and I've got a hospital appointment tomorrow morning. I literally can't get out of my flat.
        Agent: I'm so sorry. I'm chasing the lift engineer as a priority now and I'll ring you back within the hour either way.
        """), dur=210),
     R("C300008", "repairs", mm="lift, wheelchair|hospital", acc={"hazard": ["emergency"], "category": ["complaint"]},
       note="Lift out leaves a wheelchair user trapped; serious but not one of the listed emergency hazards -> repairs, hazard null (emergency defensible).")),

    (call_in("10-26 10:05", "+441144960322", txt("""
        Agent: Fairholme Homes Sheffield, Lee speaking.
        Caller: Hello, it's about the bins on Moorside Crescent. They've not been emptied for two weeks now and there's rubbish bags all round them, the foxes have had them open.
        Agent: Which number are you at?
        Caller: Number eight. I just wanted someone to chase the council, that's all. Bye.
        """), dur=83, to=SHEFF),
     V("estate", mm="bin", acc={"category": ["general"]},
       note="Hussain landline shared by C300011/C300012; caller gives the house number but no name -> review, estate.")),

    (call_in("10-13 13:40", "+447700900347", txt("""
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hi, it's Priya Chauhan at 17 Moorside Crescent. I'm moving in with my partner in Rotherham and I want to give notice on my house. How much notice do I need to give?
        Agent: It's four weeks' notice in writing, ending on a Monday. I'll email you the form.
        """), dur=166),
     R("C300047", "tenancy", mm="notice|end|moving", note="Ending a tenancy -> tenancy.")),

    (call_in("10-28 19:55", "+447700900810", txt("""
        Agent: Out of hours, this is Amir.
        Caller: Hi, I live at Foundry Walk. The fire door on the third-floor landing is being wedged open with a fire extinguisher and the closer at the top has been snapped off. There's smoke from someone's cooking in the corridor right now.
        Agent: Thanks for calling. Can I take your name and flat number?
        Caller: It's Mel. I'd rather not say which flat, I just want it fixed.
        """), dur=176, to=OOH),
     V("repairs", "emergency", mm="fire door", acc={"category": ["estate"]},
       note="Number not in the directory, first name only -> review; broken fire door in a block -> emergency. Not anonymous: she only withholds her flat number.")),

    (call_in("10-12 08:30", "+447700900343", txt("""
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, I'm Aisha Mohamud, 27 Weavers Row. My ex-partner came round last night and he pushed the front door in. The police came but he knows where I live. I'm really scared. Can you change my locks today?
        Agent: Aisha, are you safe right now?
        Caller: The kids are at school, I'm at my sister's.
        Agent: OK. I'm arranging an emergency lock change this afternoon and referring you to our domestic abuse officer, who'll call you this morning.
        """), dur=488),
     R("C300043", "safeguarding", mm="abuse|ex-partner|partner, lock",
       acc={"category": ["asb"]},
       note="Disclosure of domestic abuse by the tenant -> safeguarding, sensitive (asb acceptable); the lock change is part of the safety response.")),

    (call_in("10-30 14:20", "+447700900815", txt("""
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hello, my name is John Smith, I'm one of your tenants. I just want to check my rent balance please.
        Agent: Of course, can I take your address or tenancy reference?
        Caller: Oh I've got to go, the bus is here, I'll ring back.
        """), dur=44),
     V("rent", mm="balance|rent",
       note="Two customers are called John Smith (C300015, C300046) and the number is unknown -> review.")),

    (call_in("11-02 09:30", "+441134960301", txt("""
        Agent: Fairholme Homes, Jo speaking.
        Caller: Good morning dear, it's Mrs Holroyd from 7 Hollin Park Road. The hedge from the empty house next door at number 9 has grown right over the pavement and I can't get my shopping trolley past. I have to walk in the road.
        Agent: I'll ask the estates team to get it cut back, Mrs Holroyd.
        """), dur=140),
     R("C300001", "estate", mm="hedge", acc={"category": ["repairs"]},
       note="Overgrown hedge at an empty property blocking the path -> estate.")),

    (call_in("11-03 16:45", "+447700900325", txt("""
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hello, is Ioana from 12 Beckside Mews. My son have asthma and the wall in his room is wet and green in the corner, behind the bed. He cough in the night.
        Agent: I'm sorry to hear that. I'm booking a damp and mould survey. We'll aim to inspect within ten working days, sooner if we can.
        """), dur=233),
     R("C300025", "damp_mould", "damp_mould", mm="mould|damp|wet, asthma|son",
       note="Damp and mould with a child's asthma -> damp_mould hazard (not an emergency hazard).")),

    (call_in("11-04 11:25", "+447700900339", txt("""
        Relay UK: This is a Relay UK call. The caller is typing and I will read out their words. Go ahead.
        Caller (via relay): Hello this is Shirley Baxter 52 Hollin Park Road. I have a letter for my gas safety check on 12 November. I am Deaf. Please can you book a BSL interpreter for the visit. GA
        Agent: Yes, I'll book a BSL interpreter for the 12th and confirm by text. GA
        """), dur=398),
     R("C300039", "repairs", mm="interpreter|bsl, gas", acc={"category": ["general"]},
       note="Relay UK call from the tenant's own mobile; interpreter needed for the gas safety visit -> repairs (general acceptable).")),

    (call_in("11-05 12:50", "+441632960341", txt("""
        Agent: Fairholme Homes, Lee speaking.
        Caller: Hi, it's Sophie at number 9 Beckside Mews. The dog next door at 7 barks from the minute they go to work till they come back, and there's dog mess all over the shared path now. I've tried talking to them.
        Agent: I'll send you some diary sheets and pass it to the ASB team.
        """), dur=187),
     R("C300023", "asb", mm="dog, bark|mess",
       note="Shared Lambert/Doyle landline; 'Sophie at number 9' fits only C300023 -> record. Dog nuisance -> asb (sensitive).")),

    (call_in("11-06 20:10", "+447700900319", txt("""
        Agent: Out of hours, Amir speaking.
        Caller: The ceiling's come down in the back bedroom. There's plaster all over the floor and the bit above the bed is sagging more, I can see the joists. It's Gary Naylor, 47 Weavers Row.
        Agent: Please keep everyone out of that room. I'm sending someone tonight to make it safe.
        """), dur=161, to=OOH),
     R("C300019", "repairs", "emergency", mm="ceiling", note="Ceiling collapse with further sagging -> structural danger, emergency.")),

    (call_in("11-09 10:00", "+447700900821", txt("""
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hello, I'm phoning on behalf of my aunt, Joyce Ramsden, Flat 1 Calder Court. She's partially sighted and she's had a letter she can't read. I think it's about her rent going up?
        Agent: Yes, it's the annual rent review. I'll go through it with you, and I'll put a note that Mrs Ramsden prefers a phone call to a letter.
        """), dur=312),
     R("C300022", "rent", mm="rent, letter|increase", acc={"action": ["review"], "customer_ref": [None]},
       note="Relative calling from an unknown number but naming the tenant and her flat (one customer) -> C300022 (review acceptable). Rent increase letter -> rent.")),

    (call_in("11-10 13:20", "+447700900306", txt("""
        Agent: Income team, Sarah speaking.
        Caller: Hello, is Agnieszka Wójcik, Flat 2 Ashgrove Court. I lost my rent payment card. How I can pay in the post office now?
        Agent: I'll order a new card today, and you can pay by phone with your bank card in the meantime.
        """), dur=175),
     R("C300006", "rent", mm="card|pay", note="Lost rent payment card -> rent.")),

    (call_in("11-11 17:05", "+447700900357", txt("""
        Agent: Fairholme Homes, Ruth speaking.
        Caller: I'm ringing because I reported my neighbour three weeks ago for the shouting and the slamming at all hours, and I was promised the ASB officer would ring me back within five days. Nobody has. Tracey Holt, Flat 9 Calder Court. I'm not sleeping.
        Agent: I'm sorry. I'll log this as a complaint about the handling and ask the team leader to call you tomorrow.
        """), dur=260),
     R("C300057", "complaint", mm="complaint|call back|ignored, asb|neighbour", sens=True,
       acc={"category": ["asb"], "sensitive": [False]},
       note="Dissatisfaction with how an ASB report was handled -> complaint; it discusses an ASB case so kept sensitive (asb acceptable).")),

    (call_in("11-12 08:55", "+441134960314", txt("""
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Morning, Darren Whitaker, 23 Hollin Park Road. The front door won't lock, the key just spins round in the barrel. I can't leave the house.
        Agent: I'll get a locksmith to you today.
        """), dur=96),
     R("C300005", "repairs", mm="lock|door", note="Shared Whitaker landline; caller names himself -> C300005. Front door lock -> repairs.")),

    (call_in("11-13 15:35", "+447700900344", txt("""
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, it's Megan Lister, 4 Beckside Mews. The boiler's showing F28 and we've got no heating and no hot water. I've got a three-month-old baby and it's freezing in here.
        Agent: I'll get an emergency engineer to you today, and I can have a couple of heaters dropped off.
        """), dur=190),
     R("C300044", "repairs", "emergency", mm="boiler|heating|hot water", note="No heating or hot water with a young baby -> vulnerable household, emergency.")),

    (call_in("11-16 10:40", "+447700900823", txt("""
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hello, I'm not one of your tenants, I live across the road from 25 Thornhill Gardens. The old lady there, Mrs Dawson, hasn't answered her door for two days, her curtains are still shut and her milk's on the step. I'm really worried.
        Agent: Thank you for calling. I'm asking the housing officer to do a welfare check this morning, and if we can't get an answer we'll call the police.
        Caller: It's Pam, if you need me.
        """), dur=200),
     V("safeguarding", mm="welfare|check|curtain",
       note="Concerned neighbour not in the directory -> review (not anonymous: she gives her name); welfare concern -> safeguarding.")),

    (call_in("10-16 12:15", "+447700900312", txt("""
        Agent: Fairholme Homes Sheffield, Lee speaking.
        Caller: Hi, Tariq Hussain. We've just had twins, so there's six of us in a two-bed now. Is there any way we can get a transfer to a bigger house?
        Agent: Congratulations! I'll send you the transfer application and the housing officer can come and assess the overcrowding.
        """), dur=245, to=SHEFF),
     R("C300012", "lettings", mm="transfer|bigger|overcrowd", acc={"category": ["tenancy"]},
       note="Tariq's own mobile; transfer request due to overcrowding -> lettings (tenancy acceptable).")),

    (call_in("11-18 18:45", "+447700900360", txt("""
        Agent: Fairholme Homes, you're through to Ruth.
        Caller: Hi, Marcus Bell, 12 Thornhill Gardens. I want to put a shed up in the back garden, a small one. Do I need your permission?
        Agent: Yes, I'll email you the permission form, it's usually approved within two weeks.
        """), dur=121),
     R("C300060", "tenancy", mm="shed|permission", note="Permission for an alteration -> tenancy.")),

    (call_in("11-19 09:20", "+441134960330", txt("""
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hello, it's Eileen Dawson. My smoke alarm keeps making a chirping noise every minute and I can't reach it, I'm eighty-four. It's driving me mad.
        Agent: That's usually the battery. I'll send an electrician out to change it today.
        """), dur=118),
     R("C300030", "repairs", mm="smoke alarm|alarm", acc={"hazard": ["emergency"]},
       note="Low-battery chirp in a house: the alarm still works -> repairs, no hazard (emergency defensible for an elderly tenant).")),

    (call_in("10-10 02:14", "+447700900317", txt("""
        [Voicemail] Hi, it's Chloe Armitage from 30 Weavers Row. I've had a letter saying my housing benefit's been suspended and my rent account's in arrears, can someone ring me back tomorrow please? Cheers.
        """), dur=27, answered_by=None),
     R("C300017", "rent", mm="housing benefit|arrears|rent",
       note="Voicemail left out of hours on the main line by a known mobile -> record, rent.")),
]

# ---- voice: outbound -----------------------------------------------------------------------
TRAIN += [
    (call_out("10-02 10:00", "+447700900303", "Repairs team", "no-answer"),
     R("C300003", "general", mm=ATTEMPT, acc=ANY, note="Attempted outbound call, no answer -> record against the callee; purpose unknown.")),

    (call_out("10-05 11:30", "+447700900331", "Income team", "busy"),
     R("C300031", "general", mm=ATTEMPT, acc=ANY, note="Outbound call, line busy -> attempted contact, recorded; any category.")),

    (call_out("10-07 14:10", "+447700900309", "Repairs team", "completed", dur=29, answered_by="machine_end_beep",
              voicemail=True, transcript="Hi, this is a message for Imran Siddiqui from Fairholme repairs. We'd like to book the plumber for the leak under your bathroom sink. Please call 0113 496 0000 and quote job 88214. Thanks."),
     R("C300009", "repairs", mm="voicemail|message, plumber|leak", note="Voicemail left about booking a plumber -> repairs.")),

    (call_out("10-09 16:00", "+441134960301", "Gas compliance", "completed", dur=84, answered_by="human",
              transcript=txt("""
        Agent: Hello, is that Mrs Holroyd? It's Fairholme Homes calling about your gas safety check tomorrow morning, between eight and twelve.
        Customer: Yes love, I'll be in. Will they want a cup of tea?
        Agent: I'm sure they'd love one. Thank you.
        """)),
     R("C300001", "repairs", mm="gas", note="Outbound confirmation of a gas safety check -> repairs.")),

    (call_out("10-13 09:40", "+447700900335", "Repairs team", "completed", dur=18, answered_by="machine_end_silence",
              voicemail=False),
     R("C300035", "general", mm=ATTEMPT, acc=ANY, note="Answering machine, no message recorded -> attempted call, content-free.")),

    (call_out("10-14 15:25", "+441144960322", "Income team", "completed", dur=290, answered_by="human",
              transcript=txt("""
        Agent: Hello, could I speak to Amina Hussain please? It's Sarah from Fairholme's income team.
        Customer: Speaking.
        Agent: I'm calling about the missed payment on your rent account this month.
        Customer: Yes, sorry, Tariq's hours were cut. We can pay fifty pounds on Friday and the rest at the end of the month.
        Agent: That's fine, I'll note the arrangement.
        """), frm=SHEFF),
     R("C300011", "rent", mm="rent|payment|arrangement", note="Outbound call to the shared landline, the callee confirms she is Amina -> C300011. Rent arrangement.")),

    (call_out("10-16 10:30", "+441632960341", "Income team", "no-answer"),
     V("general", mm=ATTEMPT, acc={"category": "*", "action": ["record"], "customer_ref": ["C300023", "C300024"]},
       note="Unanswered call to the landline shared by C300023 and C300024: the callee cannot be pinned to one person -> review (either household member defensible).")),

    (call_out("10-20 13:00", "+447700900343", "Tenancy sustainment", "completed", dur=530, answered_by="human",
              transcript=txt("""
        Agent: Hi Aisha, it's Jo from the tenancy sustainment team, just checking in after the lock change last week. How are you and the kids?
        Customer: Better. He hasn't been back since the police gave him a warning. The new locks make me feel safer.
        Agent: Good. I've referred you for the sanctuary scheme too, so we can add a door chain and a spy hole.
        """)),
     R("C300043", "safeguarding", mm="lock|sanctuary|safe", acc={"category": ["asb"]},
       note="Follow-up support call in a domestic abuse case -> safeguarding, sensitive.")),

    (call_out("10-22 09:15", "+447700900321", "Income team", "completed", dur=24, answered_by="machine_start", voicemail=True,
              transcript="Hello, this is Sarah from Fairholme Homes' income team for Stuart McAllister. Could you give me a call back about your rent account please? 0113 496 0000. Thanks."),
     R("C300021", "rent", mm="voicemail|message, rent", note="Voicemail about the rent account -> rent.")),

    (call_out("10-26 17:30", "+447700900350", "ASB team", "failed"),
     R("C300050", "general", mm=ATTEMPT, acc={"category": "*", "action": ["review"], "customer_ref": [None]},
       note="Outbound attempt that failed to connect: still an attempted contact with the callee -> record, content-free.")),

    (call_out("10-28 11:45", "+447700900328", "ASB team", "completed", dur=612, answered_by="human",
              transcript=txt("""
        Agent: Hi Leanne, it's Tom Grant, the ASB officer. I've got your diary sheets, thank you. I can see the music at number 14 is most nights between midnight and four.
        Customer: Yeah, and the bass comes right through the wall.
        Agent: I'm going to serve a warning letter this week and I'll arrange for the noise app to be installed on your phone.
        """)),
     R("C300028", "asb", mm="noise|music, diary|warning", note="ASB officer's call with the complainant -> asb, sensitive.")),

    (call_out("11-03 10:20", "+447700900353", "Customer insight", "completed", dur=133, answered_by="human",
              transcript=txt("""
        Agent: Hi, is that Lucy? I'm calling from Fairholme for a quick two-minute survey about your recent emergency gas repair.
        Customer: Oh, fine, yeah. The engineer was brilliant actually, came within an hour.
        Agent: Lovely. On a scale of one to ten?
        Customer: Ten.
        """)),
     R("C300053", "general", mm="survey|feedback|gas", acc={"category": ["repairs"]},
       note="Satisfaction survey about a completed repair -> general (repairs acceptable).")),

    (call_out("11-06 14:40", "+447700900336", "Lettings team", "no-answer"),
     R("C300036", "general", mm=ATTEMPT, acc=ANY, note="Attempted outbound call, no answer -> record; any category.")),

    (call_out("11-10 09:05", "+447700900325", "Damp & mould team", "completed", dur=201, answered_by="human",
              transcript=txt("""
        Agent: Hello, Ioana? It's Kim from the damp and mould team. I'd like to book the survey for your son's bedroom. Is Thursday at ten OK?
        Customer: Yes, Thursday is good. Thank you.
        Agent: Great. Please don't paint over it before we come.
        """)),
     R("C300025", "damp_mould", "damp_mould", mm="survey|mould", acc={"hazard": [None]},
       note="Booking a damp survey for an open damp & mould case -> damp_mould.")),

    (call_out("11-17 11:00", "+441134960357", "Estates team", "completed", dur=26, answered_by="machine_end_beep", voicemail=True,
              transcript="This is a message for Mr Tomasz Nowak from Fairholme estates. Your parking permit for Hollin Park Road is ready, we've posted it today. Thank you."),
     R("C300038", "estate", mm="permit|parking, voicemail|message", acc={"category": ["general"]},
       note="Voicemail on the shared landline names Tomasz -> C300038. Parking permit -> estate.")),

    (call_out("11-19 16:15", "+447700900313", "Repairs team", "busy"),
     R("C300013", "general", mm=ATTEMPT, acc=ANY, note="Outbound busy -> attempted contact recorded; any category.")),

    (call_out("10-23 10:10", "+447700900307", "Tenancy team", "completed", dur=244, answered_by="human",
              transcript=txt("""
        Agent: Hi Samuel, it's Mo from the tenancy team. I've got your mutual exchange application with a tenant in Calderdale. I need to book the inspection of your flat.
        Customer: Sure, I'm around any afternoon next week.
        Agent: Tuesday at two then.
        """)),
     R("C300007", "tenancy", mm="exchange|inspection", note="Mutual exchange inspection booking -> tenancy.")),

    (call_out("11-13 12:30", "+447700900346", "Repairs team", "completed", dur=37, answered_by="machine_end_other", voicemail=False),
     R("C300046", "general", mm=ATTEMPT, acc=ANY, note="Machine answered, no voicemail left -> attempted call recorded against the callee's number (C300046).")),
]

# ---- sms -----------------------------------------------------------------------------------
TRAIN += [
    (sms_in("10-01 07:32", "+447700900303", "boilr brokn agen no hot water 4 the kids bath, can sum1 come 2day pls. kelly 15 hollin pk"),
     R("C300003", "repairs", mm="boiler|hot water", acc={"hazard": ["emergency"]},
       note="Text-speak; known mobile. No hot water with children of unstated age -> repairs, hazard null (emergency defensible).")),

    (sms_in("10-02 12:18", "+447700900317", "cant pay rent this wk, UC got messed up, will pay double nxt wk is that ok"),
     R("C300017", "rent", mm="rent|pay", note="Text-speak from a known mobile -> rent.")),

    (sms_in("10-03 18:40", "+447700900335", "Toilet leaking round the base again. Thats 3 times now. Sort it."),
     R("C300035", "repairs", mm="toilet|leak", acc={"category": ["complaint"]},
       note="Repeat repair request, terse; irritation but no clear complaint -> repairs (complaint defensible).")),

    (sms_in("10-04 09:05", "+447700900813", "Hi is this the housing? The drain outside the flats at Calder Court is blocked and it stinks, theres water backing up round the grid"),
     V("estate", mm="drain", acc={"category": ["repairs"]}, note="Unknown number -> review; blocked communal drain -> estate (repairs acceptable).")),

    (sms_in("10-05 20:30", "+447700900344", "Hi, can I get a rent statement emailed to me please? Megan 4 Beckside"),
     R("C300044", "rent", mm="statement", note="Rent statement request -> rent.")),

    (sms_in("10-06 22:05", "+447700900350", "someones set fire to the bins behind ashgrove court, fire brigade been n put it out. can u get it cleared its all melted"),
     R("C300050", "estate", mm="bin|fire", acc={"category": ["asb"], "sensitive": [True]},
       note="Burnt-out communal bins after arson, already dealt with by the fire service -> estate clear-up (asb defensible).")),

    (sms_in("10-07 08:20", "+447700900328", "The lads at no 14 had music blaring til 4am AGAIN. Ive done the diary sheets like you asked, when is someone actually going to do something"),
     R("C300028", "asb", mm="music|noise", acc={"category": ["complaint"]},
       note="Ongoing noise nuisance with frustration -> asb, sensitive (complaint defensible).")),

    (sms_in("10-08 13:13", "+447700900814", "Sorry wrong number"),
     I("Content-free wrong-number text from an unknown number -> not a contact to keep.", acc={"action": ["review"], "category": ["general"]})),

    (sms_in("10-09 15:44", "+447700900302", "Thanks, plumber came this morning and sorted the tap. Cheers, Dan"),
     R("C300002", "repairs", mm="tap|plumber", acc={"category": ["general"]}, note="Confirmation a repair is done -> repairs.")),

    (sms_in("10-10 11:11", "+447700900353", "is my rent going up in april? got a letter but i dont understand it"),
     R("C300053", "rent", mm="rent|letter", note="Rent increase question -> rent.")),

    (sms_in("10-12 07:50", "+447700900323", "Hi its Sophie at 9 Beckside. Water pouring through the kitchen ceiling from the bathroom, ive turned the stopcock off but its still coming through!!"),
     R("C300023", "repairs", "emergency", mm="water|ceiling|leak", note="Sophie's own mobile; water pouring through a ceiling -> flooding, emergency.")),

    (sms_in("10-13 19:19", "+447700900816", "my neighbour hits his wife i can hear it thru the wall every weekend. number 25 moorside crescent. please dont say it was me that told u"),
     A("safeguarding", mm="wife|hit|abuse", acc={"category": ["asb"]},
       note="Reporter asks not to be identified -> anonymous; domestic abuse against a neighbour -> safeguarding.")),

    (sms_in("10-14 10:02", "+447700900357", "Could you let me know the date for my kitchen replacement? The surveyor said before Christmas. Tracey, flat 9 Calder Ct"),
     R("C300057", "repairs", mm="kitchen", note="Planned kitchen replacement date -> repairs.")),

    (sms_in("10-15 17:55", "+447700900320", "Hi it's Bethany at flat 3 calder ct. The mould is back on my bathroom ceiling even though I bleach it every week, and the window's always dripping in the mornings"),
     R("C300020", "damp_mould", "damp_mould", mm="mould", note="Recurring mould and condensation -> damp_mould hazard.")),

    (sms_in("10-16 06:40", "+447700900350", "no heating or hot water since last nite, flat 16 ashgrove. boiler just clicking"),
     R("C300050", "repairs", mm="heating|hot water|boiler", acc={"hazard": ["emergency"]},
       note="Single adult tenant, no vulnerability given -> urgent repair, hazard null (emergency defensible).")),

    (sms_in("10-19 12:00", "+447700900311", "Salaam, Amina Hussain here. The bathroom extractor has stopped working and theres condensation running down all the windows every morning, the sills are going black"),
     R("C300011", "damp_mould", "damp_mould", mm="condensation|black|mould, extractor", acc={"category": ["repairs"]},
       note="Amina's own mobile; condensation with blackening -> damp_mould hazard.")),

    (sms_in("10-20 21:30", "+447700900817", "Wat time do u open tmrw"),
     V("general", mm="open", acc={"action": ["ignore"], "category": [None]}, note="Unknown sender asking opening hours -> review, general.")),

    (sms_in("10-22 08:08", "+447700900319", "Gary Naylor 47 Weavers. Paid £150 off the arrears this morning, ref ending 7119. Can you check its gone on"),
     R("C300019", "rent", mm="arrears|paid", note="Arrears payment -> rent.")),

    (sms_in("10-23 14:25", "+447700900359", "STOP"),
     I("Opt-out keyword replying to a bulk SMS; handled by the SMS provider, no service request.",
       acc={"action": ["record"], "customer_ref": ["C300059"], "category": ["general"]})),

    (sms_in("10-26 16:16", "+447700900305", "Darren 23 Hollin Pk - the gutter at the front is hanging off and drips all over the front door when it rains"),
     R("C300005", "repairs", mm="gutter", note="Darren's own mobile -> C300005; gutter repair.")),

    (sms_in("10-27 09:09", "+447700900324", "The couple next door at no 11 are screaming at each other again and I heard something smash. Its not the first time. Im really worried about her"),
     R("C300024", "safeguarding", mm="neighbour|worried|smash", acc={"category": ["asb"]},
       note="Ryan's own mobile; concern for a neighbour's safety (possible domestic abuse), no anonymity requested -> record, safeguarding.")),

    (sms_in("10-29 13:30", "+447700900331", "Sorry to text. I cant make tomorrows appointment about the rent, got a job interview. Can we rearrange?"),
     R("C300031", "rent", mm="appointment|rearrange", note="Rearranging a rent appointment -> rent.")),

    (sms_in("11-02 17:17", "+447700900303", "wen is sum1 coming about the boiler?? its been a month this is a joke, 3 kids and no hot water half the time"),
     R("C300003", "complaint", mm="boiler", acc={"category": ["repairs"], "hazard": ["emergency"]},
       note="Expressed dissatisfaction about an unresolved boiler repair -> complaint (repairs acceptable).")),

    (sms_in("11-04 11:50", "+447700900818", "Hi im one of your tenants on Weavers Row, John Smith. Can you send me the form for renting a garage"),
     R("C300015", "estate", mm="garage", acc={"action": ["review"], "customer_ref": [None], "category": ["lettings", "tenancy"]},
       note="Unknown number, but only one John Smith lives on Weavers Row -> C300015 (review acceptable). Garage rental -> estate.")),

    (sms_in("11-05 19:45", "+447700900346", "Hello it's John at flat 14. Someone's kicked the main entrance door in, it won't shut now so anyone can walk in the block"),
     R("C300046", "repairs", mm="door|entrance", acc={"category": ["estate"], "hazard": ["emergency"]},
       note="Known mobile of the Calder Court John Smith; insecure communal entrance door (not a fire door) -> repairs.")),

    (sms_in("11-09 08:30", "+447700900337", "Dzień dobry, w łazience jest dużo pleśni na suficie i na ścianach, dziecko ciągle kaszle. Grażyna Nowak, 40 Hollin Park Road"),
     R("C300037", "damp_mould", "damp_mould", mm="mould",
       note="Polish: 'a lot of mould on the bathroom ceiling and walls, the child keeps coughing'. Grażyna's own mobile -> damp_mould hazard.")),

    (sms_in("11-10 12:40", "+447700900352", "Bună ziua, nu avem apă caldă de două zile. Bogdan, 19 Beckside Mews"),
     R("C300052", "repairs", mm="hot water", acc={"hazard": ["emergency"]},
       note="Romanian: 'we have had no hot water for two days'. No vulnerability stated -> repairs.")),

    (sms_in("11-12 20:20", "+447700900819", "Its Stacey, I live at flat 5 foundry walk, your the landlord right? the bedroom window wont shut and the catch has come off"),
     V("repairs", mm="window", note="Unknown number; the named person is not the tenant of Flat 5 (C300032) -> review, repairs.")),

    (sms_in("11-13 15:15", "+447700900321", "Rang back about the rent but nobody picked up. I can do £40 a fortnight off the arrears if that works"),
     R("C300021", "rent", mm="arrears|rent", note="Arrears offer -> rent.")),

    (sms_in("11-16 09:35", "+447700900349", "Good morning, could you confirm the time of tomorrow's electrical inspection? Sandra Okonkwo, flat 6"),
     R("C300049", "repairs", mm="electrical|inspection", note="Electrical safety inspection appointment -> repairs.")),

    (sms_in("11-18 22:10", "+447700900820", "hi i got kicked out by my mum and im sleeping in my car, can u help me get a flat. im 19"),
     V("lettings", mm="homeless|car|flat", acc={"category": ["safeguarding", "general"], "sensitive": [True]},
       note="Unknown young person sleeping rough -> review; housing need -> lettings (safeguarding defensible).")),

    (sms_in("11-19 13:05", "+447700900333", "Salaan, qolka jiifka wuu qoyan yahay, caaryaa madow ayaa ku taal derbiga. Hassan, Flat 8 Foundry Walk"),
     R("C300033", "damp_mould", "damp_mould", mm="damp|mould",
       note="Somali: 'the bedroom is damp, black mould on the wall'. Known mobile -> damp_mould hazard.")),

    (sms_in("10-21 07:10", "+447700900339", "Hi, the door buzzer is no use to me as I'm Deaf, could I have a flashing light doorbell fitted? Shirley, 52 Hollin Park Rd"),
     R("C300039", "repairs", mm="doorbell|flashing|adapt", acc={"category": ["tenancy", "general"]},
       note="Request for a minor adaptation -> repairs.")),

    (sms_in("10-30 20:00", "+447700900830", "Hi this is Jess, Kelly Brannigans sister (15 Hollin Park). She's been taken into hospital so won't be in for the boiler man tomorrow, can it be moved to next week"),
     R("C300003", "repairs", mm="boiler|appointment|hospital", acc={"action": ["review"], "customer_ref": [None]},
       note="Relative texting on the tenant's behalf, naming her and her address -> C300003 (review acceptable). Rebooking a repair.")),

    (sms_in("11-16 07:05", "+447700900344", "engineer was supposed to come back with the part yesterday, nobody showed AGAIN and the heating's off again with the baby. this is ridiculous"),
     R("C300044", "complaint", "emergency", mm="heating|boiler|engineer", acc={"category": ["repairs"]},
       note="Dissatisfaction about a no-show -> complaint; heating off again with a baby -> emergency.")),

    (sms_in("10-27 10:30", "+447700900831", "Can i have a call back from my housing officer please. Its about my sons behaviour, the police came round last night"),
     V("asb", mm="son|police|behaviour", acc={"category": ["safeguarding"]}, note="Unknown number -> review; police involvement over a son's behaviour -> asb.")),

    (sms_in("11-19 17:40", "+447700900832", "Royal Mail: your parcel could not be delivered due to unpaid postage. Reschedule at royalmail-redeliver.example.com/gb"),
     I("Phishing spam -> ignore.")),

    (sms_in("10-16 13:45", "+447700900355", "Hi, Christine Mellor 2 Moorside. Can I pay the garage rent with the house rent in one payment?"),
     R("C300055", "rent", mm="garage|rent", acc={"category": ["estate"]}, note="Paying garage and house rent together -> rent.")),

    (sms_in("10-12 12:06", "+447700900350", "how do i bleed a radiator lol mine are all cold at the top"),
     R("C300050", "repairs", mm="radiator", acc={"category": ["general"]}, note="Reply to a bulk tip text asking for help with radiators -> repairs.")),

    (sms_in("11-14 09:30", "+447700900303", "do i need to tell u my boyfriend is staying over most nites now? dont want to get in trouble"),
     R("C300003", "tenancy", mm="boyfriend|household|staying", note="Change of household -> tenancy.")),

    (sms_out("10-01 09:00", "+447700900317", "Fairholme Homes: your rent account is in arrears. Please pay now or call us on 0113 496 0000 to discuss. Reply STOP to opt out."),
     I("Automated arrears broadcast (Reply STOP) -> bulk, ignore.")),

    (sms_out("10-19 08:00", "+447700900319", "Fairholme Homes: Weavers Row community day is on Sat 31 Oct, 11am-2pm. Free food, bulky waste skip and advice stalls. Reply STOP to opt out."),
     I("Bulk community event SMS -> ignore.")),

    (sms_out("10-08 15:00", "+447700900303", "Hi Kelly, it's Sam from Fairholme repairs. An engineer will be with you tomorrow between 8 and 12 for the boiler. Reply to this text if that's not OK.", sender="Sam (Repairs)"),
     R("C300003", "repairs", mm="engineer|boiler", note="One-to-one outbound text booking a repair -> record.")),

    (sms_out("10-30 08:00", "+447700900331", "Fairholme Homes: your rent is due on Monday 2 November. Pay online at fairholmehomes.example.org/pay. Reply STOP to opt out."),
     I("Bulk rent reminder -> ignore.")),

    (sms_out("11-11 10:30", "+447700900310", "Hello Mrs Abdi, this is Fairholme Homes. Your Somali interpreter for Friday's damp inspection is booked. Please text back if you need to change the time.", sender="Kim (Damp team)"),
     R("C300010", "damp_mould", "damp_mould", mm="interpreter|inspection|damp", acc={"hazard": [None]},
       note="One-to-one outbound text about a damp inspection -> damp_mould.")),

    (sms_out("10-27 17:00", "+447700900340", "Reminder: your gas safety check is tomorrow between 8am and 12pm. Reply C to cancel.", sender="Fairholme reminders"),
     I("Automated appointment reminder generated by the scheduling system -> ignore.",
       acc={"action": ["record"], "customer_ref": ["C300040"], "category": ["repairs"]})),

    (sms_out("11-05 09:00", "+447700900335", "Hi Mr Sykes, Fairholme Homes here. Your stage 1 complaint has been logged (ref CMP-2211). A manager will call you by 12 November.", sender="Complaints team"),
     R("C300035", "complaint", mm="complaint", note="Personal outbound acknowledgement of a complaint -> complaint.")),

    (sms_out("10-12 12:00", "+447700900350", "Fairholme Homes: cold weather is coming! Bleed your radiators and check your boiler pressure - tips at fairholmehomes.example.org/winter. Reply STOP to opt out."),
     I("Bulk seasonal advice SMS -> ignore.")),
]

# ---- whatsapp ------------------------------------------------------------------------------
TRAIN += [
    (wa_in("10-01 10:30", "447700900309", "Imran", "Salaam, bathroom ke sink ke neeche se pani leak ho raha hai aur neeche wale flat mein ja raha hai. Imran, flat 9"),
     R("C300009", "repairs", mm="leak|water|sink", acc={"hazard": ["emergency"]},
       note="Roman Urdu: 'water is leaking from under the bathroom sink and going into the flat below'. wa_id without '+' -> C300009. Leak, not flooding -> hazard null (emergency defensible).")),

    (wa_in("10-03 14:14", "+447700900310", "Hodan", "Nabad, albaabka hore ee guriga ma xirmayo, qufulka ayaa jaban. Hodan, Flat 12"),
     R("C300010", "repairs", mm="door|lock", note="Somali: 'the front door does not close, the lock is broken'. Known number -> repairs.")),

    (wa_in("10-20 09:55", "447700900327", "Fatima Begum", "[3 photos] Photos of the mould in the bedroom like your man asked for. From Fatima Begum 6 Thornhill"),
     R("C300027", "damp_mould", "damp_mould", mm="mould|photo", note="Evidence for a damp & mould case -> damp_mould hazard.")),

    (wa_in("10-06 18:18", "+447700900332", "Zofia", "Dzień dobry, czy mogę w tym miesiącu zapłacić czynsz w dwóch ratach? Zofia Kamińska, mieszkanie 5"),
     R("C300032", "rent", mm="rent|instal|pay", note="Polish: 'can I pay the rent in two instalments this month?' -> rent.")),

    (wa_in("10-08 20:50", "447700900341", "Natalia", "Bună seara, vecinul de deasupra face mult zgomot în fiecare noapte și nu pot dormi. Natalia, apartamentul 15"),
     R("C300041", "asb", mm="noise|neighbour", note="Romanian: 'the upstairs neighbour makes a lot of noise every night, I can't sleep' -> asb, sensitive.")),

    (wa_in("10-09 11:40", "+447700900351", "Yasmin A", "Hi, I've just gone on maternity leave and my pay has dropped a lot. Is there any help with the rent? Yasmin, 36 Thornhill Gdns"),
     R("C300051", "rent", mm="rent|maternity|help", note="Rent support after drop in income -> rent.")),

    (wa_in("10-12 13:00", "447700900356", "Ahmed", "السلام عليكم، السخان لا يعمل ولا يوجد ماء ساخن منذ أمس. عندي طفل عمره شهران. أحمد فاروق، 50 ويفرز رو"),
     R("C300056", "repairs", "emergency", mm="hot water|boiler|baby",
       note="Arabic: 'the boiler isn't working, no hot water since yesterday, I have a two-month-old baby'. Baby in the home -> emergency.")),

    (wa_in("10-14 16:30", "+447700900825", None, "hi can I get the number for council tax please"),
     V("general", mm="council tax", acc={"action": ["ignore"], "category": [None]},
       note="Unknown sender, misdirected enquiry -> review, general.")),

    (wa_in("10-15 21:00", "+447700900343", "Aisha", "I'm scared he knows where I live now. He was sat outside in his car again tonight. Police have been called. Please can you move me somewhere else"),
     R("C300043", "safeguarding", mm="move|police|scared", acc={"category": ["lettings", "asb"]},
       note="Ongoing domestic abuse, request for an emergency move -> safeguarding, sensitive (lettings acceptable).")),

    (wa_in("10-19 10:10", "447700900354", None, "Subax wanaagsan, kirada bishan waxaan bixin doonaa Jimcaha. Abdirahman, Flat 3"),
     R("C300054", "rent", mm="rent|pay|friday", note="Somali: 'good morning, I will pay this month's rent on Friday' -> rent.")),

    (wa_in("10-21 12:25", "+447700900309", "Imran", "Plumber still hasn't come about the leak. It's now come through to the flat below and they're knocking on my door angry. This is really poor, I reported it 3 weeks ago"),
     R("C300009", "complaint", mm="leak|plumber", acc={"category": ["repairs"]},
       note="Unresolved repair with clear dissatisfaction -> complaint (repairs acceptable).")),

    (wa_in("10-23 09:00", "+447700900337", "Grażyna", "Hello, we would like to have a dog, a small one. Is it allowed in our house? Grazyna Nowak 40 Hollin Park"),
     R("C300037", "tenancy", mm="dog|pet", note="Pet permission -> tenancy.")),

    (wa_in("10-26 18:40", "447700900318", "Mohammed", "مرحبا، توجد رائحة غاز قوية في المطبخ. محمد، 41 ويفرز رو"),
     R("C300018", "repairs", "emergency", mm="gas", note="Arabic: 'there is a strong smell of gas in the kitchen' -> emergency.")),

    (wa_in("10-27 07:45", "+447700900826", None, "Bună, caut o locuință cu două camere pentru familia mea. Cum pot să aplic?"),
     V("lettings", mm="apply|home|flat", note="Romanian: 'I'm looking for a two-room home for my family, how can I apply?' Unknown -> review, lettings.")),

    (wa_in("11-19 15:20", "+447700900325", "Ioana", "Thank you for the man who came for the mould. When you come back for the treatment?"),
     R("C300025", "damp_mould", "damp_mould", mm="mould|treatment", note="Chasing mould treatment -> damp_mould.")),

    (wa_in("11-02 19:00", "+447700900333", "Hassan", "Hello, a group of boys smoking weed on the stairs every night in Foundry Walk. I don't want my name on this, they know my flat"),
     A("asb", mm="weed|drug|stair", note="Known sender asks to keep his name off -> anonymous, asb; never against C300033.")),

    (wa_in("11-04 12:12", "447700900311", "Amina", "please can you send me the forms for making the tenancy joint with Tariq"),
     R("C300011", "tenancy", mm="joint|tenancy", note="Joint tenancy request -> tenancy.")),

    (wa_in("11-05 08:05", "+447700900352", "Bogdan", "Hello my neighbour old lady at 17 Beckside she not answer door 3 days, her post is still there, i worry for her"),
     R("C300052", "safeguarding", mm="neighbour|welfare|worr", note="Known customer's concern for a neighbour's welfare -> safeguarding, recorded against the reporter.")),

    (wa_in("11-09 14:14", "+447700900827", None, "⚠️ Forward this to 10 groups and your WhatsApp will turn gold with new features!! Don't break the chain ⚠️"),
     I("Chain-message spam -> ignore.")),

    (wa_in("11-11 16:45", "+447700900341", "Natalia", "Bună ziua, plata chiriei nu apare în cont, am plătit pe 2 noiembrie. Natalia Rusu, ap. 15"),
     R("C300041", "rent", mm="rent|payment", note="Romanian: 'the rent payment doesn't show on the account, I paid on 2 November' -> rent.")),

    (wa_in("11-13 11:00", "+447700900356", "Ahmed", "thank you the boiler is fixed. but the engineer left a mess and he broke the tile in bathroom, I am not happy"),
     R("C300056", "complaint", mm="tile|mess|engineer", acc={"category": ["repairs"]},
       note="Dissatisfaction with an operative's work -> complaint (repairs acceptable).")),

    (wa_in("11-16 13:30", "+447700900327", "Fatima Begum", "Salam, this is Fatima's son. Mum wants to know if she can move to a ground floor flat, the stairs are getting too hard for her knees"),
     R("C300027", "lettings", mm="move|transfer|ground floor|stairs", acc={"category": ["tenancy"]},
       note="Son writing from the tenant's own number -> C300027; transfer request -> lettings.")),

    (wa_in("11-18 09:50", "+447700900310", "Hodan", "Fadlan, qof ayaa qashin badan dhigay meesha albaabka dhismaha ag taal"),
     R("C300010", "estate", mm="rubbish|dump|fly", note="Somali: 'someone has dumped a lot of rubbish next to the building door' -> estate.")),

    (wa_in("11-20 08:15", "+447700900828", "Kasia", "Hi I'm Kasia, I moved into flat 2 Ashgrove last month, is my rent £98 or £102 a week?"),
     V("rent", mm="rent", note="Unknown number; the name doesn't match the tenant of Flat 2 (C300006) -> review, rent.")),

    (wa_in("10-10 09:30", "447700900354", "Abdirahman", "The fire alarm panel in the entrance at Foundry Walk is beeping and says FAULT, and the smoke detector outside my flat has no light. Is the fire alarm working??"),
     R("C300054", "repairs", "emergency", mm="fire alarm|smoke", note="Fire alarm fault in a block -> fire-safety failure, emergency.")),

    (wa_in("10-24 11:00", "+447700900343", "Aisha", "Can you send me the number for the domestic abuse support worker again, I changed my phone"),
     R("C300043", "safeguarding", mm="support|abuse", acc={"category": ["general"]}, note="Part of a domestic abuse case -> safeguarding, sensitive.")),

    (wa_in("11-03 20:40", "+447700900833", "Bilal", "Mera naam Bilal hai, Ashgrove Court mein rehta hoon. Lift do din se band hai, ammi ko 4th floor tak seedhiyan chadhni parti hain"),
     V("repairs", mm="lift", note="Roman Urdu: 'the lift has been out for two days, mum has to climb to the 4th floor'. Unknown number -> review, repairs.")),

    (wa_out("11-16 10:10", "+447700900356", "Hi Ahmed, Kim from Fairholme. Sorry about the tile. Our engineer will come back on Monday morning to replace it and clean up.", sender="Kim (Repairs)"),
     R("C300056", "repairs", mm="tile", acc={"category": ["complaint"]}, note="One-to-one outbound message arranging a return visit -> repairs.")),

    (wa_in("11-17 14:00", "+447700900329", "Kwame", "Hi, the grass on the green at Thornhill Gardens hasn't been cut since August, the play area is knee high"),
     R("C300029", "estate", mm="grass", note="Grounds maintenance -> estate.")),

    (wa_in("11-19 19:30", "447700900356", "Ahmed", "أطفال الجيران يرمون البيض على نوافذي كل ليلة. من فضلك لا تخبرهم أنني اشتكيت."),
     A("asb", mm="egg|window", note="Arabic: 'the neighbours' children throw eggs at my windows every night; please don't tell them I complained' -> anonymous, asb.")),

    (wa_out("10-25 10:00", "+447700900351", "Fairholme Homes: our offices are closed on Friday 30 October for staff training. For emergency repairs call 0113 496 0999. Reply STOP to opt out."),
     I("Broadcast template message to all WhatsApp subscribers -> ignore.")),
]

# ---- email ---------------------------------------------------------------------------------
NEWS_HEADERS = {"List-Unsubscribe": "<https://lists.example.net/unsub?u=fh>", "List-Id": "<weekly.housing-digest.example.net>",
                "Precedence": "bulk"}
AUTO_REPLY = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
BOUNCE = {"Auto-Submitted": "auto-replied", "Content-Type": "multipart/report; report-type=delivery-status"}

TRAIN += [
    (email_in("10-01 06:00", "digest@housing-digest.example.net", "Housing Digest Weekly", "This week: damp and mould enforcement, rent settlement, TSM results",
              txt("""
        THIS WEEK IN SOCIAL HOUSING

        * Regulator issues first enforcement notice under Awaab's Law
        * Government confirms CPI+1% rent settlement for another five years
        * Tenant satisfaction measures: how did your landlord score?

        You are receiving this because you subscribed at housing-digest.example.net.
        Unsubscribe | Update preferences
        """), headers=NEWS_HEADERS),
     I("Trade newsletter (List-Unsubscribe, Precedence: bulk) -> ignore.")),

    (email_in("10-02 09:40", "daniel.okafor@example.com", "Daniel Okafor", "Re: Repair appointment - kitchen tap",
              txt("""
        Hi,

        Unrelated to the below, but can you tell me what date my rent direct debit comes out? I've changed jobs and my pay date is now the 28th, so I might need to move it.

        Thanks
        Dan

        On Wed, 30 Sep 2026 at 14:12, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        > Dear Mr Okafor,
        > Your repair (leaking kitchen tap) is booked for Friday 9 October, 8am-12pm.
        > If you need to change this appointment please reply to this email.
        > Kind regards,
        > Fairholme Repairs
        """), thread="thr-rep-88102"),
     R("C300002", "rent", mm="direct debit", note="New part asks about the rent direct debit; the quoted history is about a tap repair -> label by the new part: rent.")),

    (email_in("10-03 11:20", "Karen.Whitaker@Example.org", "Karen Whitaker", "RE: Emergency job 77821 - 23 Hollin Park Road",
              txt("""
        Hi,

        Following my call on Friday night - the electrician came out and made the light safe, thank you. But there's now a big brown stain on the bathroom ceiling and the plaster is bulging down in the middle. Can someone check it's not going to come down? I'm keeping the kids out of the bathroom.

        Karen

        From: Fairholme Out of Hours <ooh@fairholmehomes.example.org>
        Sent: Friday, October 2, 2026 8:05 PM
        To: karen.whitaker@example.org
        Subject: Emergency job 77821 - 23 Hollin Park Road

        Emergency job 77821 has been raised: water ingress via bathroom light fitting. An operative will attend within 4 hours.
        """), thread="thr-ooh-77821"),
     R("C300004", "repairs", "emergency", mm="ceiling|plaster|bulg",
       acc={"hazard": [None]}, note="E-mail case differs from the directory -> C300004. Bulging, water-damaged ceiling -> possible collapse, emergency.")),

    (email_in("10-05 13:30", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Automatic reply: Your electrical safety inspection",
              "Thank you for your email. I am on annual leave until Monday 12 October with no access to email. For anything urgent please call me on my mobile.\n\nSandra",
              headers=AUTO_REPLY),
     I("Auto-reply (Auto-Submitted: auto-replied) -> ignore.")),

    (email_in("10-06 08:15", "postmaster@mail.example.net", "Mail Delivery Subsystem", "Undeliverable: Your rent statement",
              txt("""
        Delivery has failed to these recipients or groups:

        n.pearce1990@example.net
        The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

        Diagnostic information for administrators:
        Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
        """), headers=BOUNCE),
     I("Bounce (delivery status notification) -> ignore.")),

    (email_in("10-07 10:05", "vicky.pemberton+housing@example.org", "Victoria Pemberton", "Damp in the spare room",
              txt("""
        Hello,

        I've found black spots all over the wall behind the wardrobe in the spare bedroom. The wall feels cold and wet to touch and the back of the wardrobe has gone mouldy too. It's the outside wall.

        Could someone come and have a look please?

        Victoria Pemberton
        14 Moorside Crescent

        Sent from my iPhone
        """)),
     R("C300013", "damp_mould", "damp_mould", mm="mould|damp|black", note="Plus-addressed e-mail (+housing) reduces to the known address -> C300013; damp and mould -> damp_mould hazard.")),

    (email_in("10-08 14:50", "adviser.k.mir@cab-bradford.example.org", "Kiran Mir (Citizens Advice Bradford)", "Client: Mr Mohammed Al-Rashid, 41 Weavers Row BD3 9PL",
              txt("""
        Dear Sir/Madam,

        I am writing on behalf of my client, Mr Mohammed Al-Rashid of 41 Weavers Row, Bradford BD3 9PL, who has given his written consent (attached).

        Mr Al-Rashid has received a Notice of Seeking Possession for rent arrears of £1,146.20. His Universal Credit housing element was paid to a previous address in error, which the DWP has now accepted. We ask that you hold any further action for 28 days while the backdated payment is made, and we propose £10 per week towards the remaining balance.

        Yours faithfully,
        Kiran Mir
        Debt Adviser, Citizens Advice Bradford
        """)),
     R("C300018", "rent", mm="arrears|possession", acc={"action": ["review"], "customer_ref": [None]},
       note="Adviser acting with consent names the tenant and full address (one customer) -> C300018 (review acceptable). NOSP/arrears -> rent.")),

    (email_in("10-09 16:40", "stuart.mcallister@example.net", "Stuart McAllister", "RE: Your rent account - arrears letter",
              txt("""
        Hi,

        Replying to this as it's the only Fairholme email I've got. The door entry buzzer for flat 6 hasn't worked for about three weeks - the handset is completely dead, so couriers and my carer can't get into the block without me going all the way down. Can someone fix it please?

        Stuart

        ________________________________
        From: Fairholme Income Team <rent@fairholmehomes.example.org>
        Sent: 28 September 2026 10:14
        To: stuart.mcallister@example.net
        Subject: Your rent account - arrears letter

        Dear Mr McAllister,
        Our records show your rent account is £318.40 in arrears. Please contact us within 7 days to agree a repayment plan.
        Income Team
        """), thread="thr-rent-7122"),
     R("C300021", "repairs", mm="buzzer|door entry|intercom", acc={"category": ["estate"]},
       note="Reply to an old arrears letter, but the new part only reports a broken door-entry handset -> repairs, not rent.")),

    (email_out("10-12 09:00", {"email": "news@fairholmehomes.example.org", "name": "Fairholme Homes"}, "tenants-all@lists.fairholmehomes.example.org", None,
               "Tenant News - October 2026",
               txt("""
        Hello everyone,

        In this month's Tenant News: our winter ready checklist, the results of the tenant satisfaction survey, dates for the Weavers Row community day, and how to report damp and mould.

        To stop receiving these emails, click unsubscribe.
        """), headers={"List-Unsubscribe": "<mailto:unsubscribe@fairholmehomes.example.org>", "Precedence": "bulk"}),
     I("Landlord's own newsletter to all tenants -> general communication, ignore.")),

    (email_in("10-12 18:22", "chloe.armitage@example.net", "Chloe Armitage", "Formal complaint - bathroom window",
              txt("""
        To whom it may concern,

        I reported a broken bathroom window on 14 September. It has been boarded up with plywood ever since and the bathroom is freezing. I have taken two days off work unpaid for appointments and on both days nobody came and nobody called.

        I want this treated as a formal complaint and I would like compensation for my lost wages.

        Chloe Armitage
        30 Weavers Row
        """)),
     R("C300017", "complaint", mm="complaint|window", acc={"category": ["repairs"]}, note="Explicit formal complaint about a failed repair -> complaint.")),

    (email_in("10-13 10:45", "sam.osei@example.net", "Samuel Osei", "Mutual exchange",
              txt("""
        Hi there,

        I've found someone on HomeSwapper who wants to swap with me - she's a tenant with Calderdale Housing in a 1-bed in Halifax, near my new job. What's the next step from your side?

        Thanks,
        Sam Osei
        Flat 4 Ashgrove Court
        """)),
     R("C300007", "tenancy", mm="exchange|swap", note="Mutual exchange -> tenancy.")),

    (email_in("10-14 12:30", "j.smith1962@example.com", "John Smith", "Rent increase",
              "Dear Sir/Madam,\n\nCould you please explain why my rent has gone up by £6.20 a week from this month? I was not aware of any increase.\n\nRegards,\nJohn Smith"),
     V("rent", mm="rent|increase", note="Address not in the directory; two customers are called John Smith and nothing else identifies him -> review.")),

    (email_in("10-15 07:55", "Owen.Pritchard@example.com", "Owen Pritchard", "WATER COMING THROUGH CEILING LIGHT",
              txt("""
        Flat 10 Calder Court - water is pouring out of the light fitting in my hallway from the flat above. I've switched the electrics off at the fuse box. I've knocked upstairs but no answer. Please send someone ASAP, I've tried calling but it's just ringing.

        Owen
        """)),
     R("C300040", "repairs", "emergency", mm="water|light|ceiling", note="Mixed-case address -> C300040; water through a light fitting -> emergency.")),

    (email_in("10-16 15:10", "beth.cole@example.com", "Bethany Cole", "Out of Office: Re: Damp inspection booking",
              "I'm currently out of the office and will be back on Wednesday 21 October. For urgent matters please contact reception on 01632 960000.",
              headers=AUTO_REPLY),
     I("Out-of-office auto-reply -> ignore.")),

    (email_in("10-19 11:30", "grace.adeyemi@example.com", "Grace Adeyemi", "Flat 4 Foundry Walk",
              txt("""
        Hi,

        I need to report what's going on at Flat 4. There's a constant stream of visitors day and night, people buzzing every flat to get let in, and yesterday there was a needle on the landing outside my door. I'm fairly sure they're dealing.

        I'd rather not have my name on any of this as I have to pass them on the stairs every day. Please don't tell them anyone from this floor reported it.

        Grace

        --
        Grace Adeyemi | Senior Pharmacist
        Sent from Outlook for Android
        """)),
     A("asb", mm="drug|dealing|visitor|needle", note="Known sender asks not to be named -> anonymous, asb; not recorded against C300036.")),

    (email_in("10-20 13:25", "priya.chauhan@example.com", "Priya Chauhan", "Notice to end tenancy - 17 Moorside Crescent",
              txt("""
        Dear Fairholme Homes,

        Further to my phone call last week, please accept this email as my four weeks' notice to end my tenancy at 17 Moorside Crescent, S6 4RB. My tenancy will end on Monday 23 November 2026.

        My forwarding address is 5 Elm Close, Rotherham S60 2AA.

        Kind regards,
        Priya Chauhan
        """)),
     R("C300047", "tenancy", mm="notice|end", note="Written notice to end the tenancy -> tenancy.")),

    (email_in("10-21 09:50", "paul.greenwood@example.com", "Paul Greenwood", "Re: Repair appointment - stair banister",
              txt("""
        I wasn't going to write but I can't let this go. The joiner who came on Tuesday to fix the banister was rude from the moment he walked in - he swore at me when I asked him to take his boots off and told me to "get a grip" when I asked how long he'd be. I've been a tenant for twenty years and have never been spoken to like that in my own home.

        I'd like an apology and I don't want him back here.

        Paul Greenwood

        On Mon, 19 Oct 2026 at 16:02, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        > Dear Mr Greenwood,
        > Your repair (loose stair banister) is booked for Tuesday 20 October, 12pm-6pm.
        > Kind regards, Fairholme Repairs
        """), thread="thr-rep-90233"),
     R("C300026", "complaint", mm="rude|joiner|apolog", note="New part complains about an operative's conduct; the quoted part is a repair booking -> complaint.")),

    (email_in("10-22 14:00", "marcus.bell@example.com", "Marcus Bell", "Fly tipping - Thornhill Gardens car park",
              txt("""
        Hi,

        Someone has dumped a mattress, a fridge and about ten black bags in the car park at the end of Thornhill Gardens, right next to the bins. Photos attached. It's been there since the weekend and the bags are starting to split.

        Marcus Bell, 12 Thornhill Gardens
        """)),
     R("C300060", "estate", mm="fly|dump|mattress", note="Fly-tipping -> estate.")),

    (email_in("10-23 16:05", "growth@homesearch-lettings.example.net", "HomeSearch Lettings", "Let us fill your empty homes - 0% fees for 3 months",
              "Dear Property Manager,\n\nAre voids costing you money? HomeSearch Lettings fills properties in 14 days on average. Book a free consultation this week and pay 0% fees for three months.\n\nTo opt out of future emails reply REMOVE.",
              headers={"List-Unsubscribe": "<mailto:remove@homesearch-lettings.example.net>"}),
     I("Unsolicited marketing -> ignore.")),

    (email_in("10-26 10:10", "rebecca.thornton@example.org", "Rebecca Thornton", "Concern about my neighbour",
              txt("""
        Hello,

        I'm worried about the lady in Flat 10 on my floor at Foundry Walk. She seems very confused lately - she knocked on my door at 3am last week thinking it was the morning, and she's lost a lot of weight. I've never seen any family visit. I'm not sure who else to tell.

        Rebecca Thornton, Flat 11
        """)),
     R("C300034", "safeguarding", mm="confused|neighbour|concern|welfare", note="Known customer raising concern for a vulnerable neighbour, no anonymity requested -> safeguarding, recorded against the reporter.")),

    (email_in("10-27 08:40", "lucy.fairweather@example.net", "Lucy Fairweather", "RE: Emergency gas call-out",
              txt("""
        Just a quick note to say a massive thank you to Dave, the engineer who came out last Wednesday night. He was calm, explained everything and even checked my smoke alarms before he left. Please pass it on to him.

        Lucy

        -----Original Message-----
        From: Fairholme Out of Hours <ooh@fairholmehomes.example.org>
        Sent: 21 October 2026 22:41
        To: lucy.fairweather@example.net
        Subject: Emergency gas call-out

        Job 78102: reported smell of gas. Operative attending. Please leave the gas turned off at the meter until the engineer arrives.
        """), thread="thr-ooh-78102"),
     R("C300053", "general", mm="thank", acc={"category": ["repairs"]}, note="Compliment about an engineer -> general (repairs acceptable). Quoted part is the emergency job notice.")),

    (email_in("10-28 19:15", "mark.dobson@example.net", "Mark Dobson", "Overhanging tree - Hollin Park Road",
              txt("""
        Good evening,

        I own the house at 46 Hollin Park Road. The large sycamore in your tenant's garden at number 44 is overhanging my garden by about three metres and blocking most of the light to my kitchen. Could you arrange for it to be cut back before winter?

        Regards,
        Mark Dobson
        """)),
     V("estate", mm="tree", acc={"category": ["repairs", "tenancy"]}, note="Owner-occupier neighbour, not a customer -> review; tree maintenance -> estate.")),

    (email_in("10-29 11:00", "tomasz.nowak@example.net", "Tomasz Nowak", "Payslips for Universal Credit",
              "Good morning,\n\nPlease find attached my last three payslips, as you asked for the Universal Credit housing costs verification.\n\nTomasz Nowak\n40 Hollin Park Road",
              to=RENT_BOX),
     R("C300038", "rent", mm="payslip|universal credit", note="Personal e-mail of one household member -> C300038; UC housing costs -> rent.")),

    (email_in("10-30 09:30", "MAILER-DAEMON@mx3.example.com", "Mail Delivery System", "Undelivered Mail Returned to Sender",
              txt("""
        This is the mail system at host mx3.example.com.

        I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

        <joyce.r@example.com>: host mail.example.com said: 550 5.1.1 User unknown
        """), headers=BOUNCE),
     I("Mailer-daemon bounce -> ignore.")),

    (email_in("11-02 10:20", "christine.mellor@example.com", "Christine Mellor", "Re: Rent increase from April",
              txt("""
        Thank you for explaining, that makes sense now.

        While I have you - I need to tell someone. My son (he's 12) is being picked on by the family at number 4. Last Thursday their eldest pulled a knife on him on the way back from school and said he'd "finish him" if he told anyone. We've reported it to the police (crime ref 13/88231/26). We're frightened to let him out.

        Christine Mellor

        On Thu, 29 Oct 2026 at 09:15, Fairholme Income Team <rent@fairholmehomes.example.org> wrote:
        > Dear Mrs Mellor,
        > Your new weekly rent from April will be £104.37. This follows the government's rent settlement.
        > Kind regards, Income Team
        """), thread="thr-rent-7156"),
     R("C300055", "asb", mm="knife|threat|son", acc={"category": ["safeguarding"]},
       note="Quoted history is about rent; the new part reports a knife threat against a child by a neighbour's son -> asb (safeguarding acceptable), sensitive.")),

    (email_in("11-03 14:45", "ioana.marin@example.net", "Ioana Marin", "Letter for school",
              "Hello,\n\nI need a letter that say I am your tenant at 12 Beckside Mews, for the school application for my son. Can you send it by email please?\n\nThank you\nIoana Marin"),
     R("C300025", "tenancy", mm="letter|tenant|proof", acc={"category": ["general"]}, note="Proof-of-tenancy letter -> tenancy.")),

    (email_in("11-04 09:05", "tracey.holt@example.org", "Tracey Holt", "Automatic reply: Your ASB case update",
              "Thank you for your message. I'm currently out of the office with limited access to email. I will respond when I return.",
              headers={"Auto-Submitted": "auto-replied"}),
     I("Auto-reply -> ignore, despite the ASB subject line.")),

    (email_in("11-05 16:30", "anne.birkett@example.com", "Anne Birkett", "My dad Harold Birkett - 3 Thornhill Gardens LS12 5EW",
              txt("""
        Hello,

        I'm Harold Birkett's daughter. Dad is 88 and lives at 3 Thornhill Gardens, LS12 5EW. He fell on the back step on Sunday - luckily just bruised - because the handrail is loose and moves when you put weight on it. Could someone fix it, and is it possible to have a second rail put on the other side?

        Best wishes,
        Anne Birkett
        07700 900834
        """)),
     R("C300045", "repairs", mm="handrail|rail|fell", acc={"action": ["review"], "customer_ref": [None]},
       note="Daughter writing about her father with name and full address (one customer) -> C300045 (review acceptable). Loose handrail -> repairs.")),

    (email_in("11-06 12:00", "jadewhitehead@example.net", "Jade Whitehead", "RE: Residents' panel - November meeting",
              txt("""
        Hi, sorry I can't make it this time.

        Can you also tell me how I report a leak? The bath upstairs (flat 17 I think) keeps leaking through my bathroom ceiling, it's been dripping since Sunday and there's a brown patch round the extractor fan.

        Jade (flat 13)

        From: Resident Involvement <involvement@fairholmehomes.example.org>
        Sent: Monday, November 2, 2026 9:30 AM
        To: jadewhitehead@example.net
        Subject: Residents' panel - November meeting

        Hi Jade, the next residents' panel meeting is on Thursday 12 November at 6pm in the Ashgrove community room. Pizza provided!
        """), thread="thr-ri-1102"),
     R("C300059", "repairs", mm="leak|ceiling|drip", acc={"hazard": ["emergency"]},
       note="Outlook block quotes a residents' panel invite; the new part reports a leak through the ceiling -> repairs (dripping, not flooding).")),

    (email_in("11-09 08:45", "offers@diy-deals.example.com", "DIY Deals", "🔨 Up to 50% off power tools this weekend",
              "Huge savings on drills, saws and sanders. Shop now before stocks run out.\n\nView in browser | Unsubscribe",
              headers={"List-Unsubscribe": "<https://diy-deals.example.com/u/9912>", "Precedence": "bulk"}),
     I("Marketing newsletter -> ignore.")),

    (email_in("11-10 17:10", "a.wojcik@example.org", "Agnieszka Wójcik", "Zamiana mieszkania",
              "Dzień dobry,\n\nchciałabym zapytać, czy mogę zamienić się mieszkaniem z moją koleżanką, która mieszka w Bradford i jest najemcą Fairholme. Co muszę zrobić?\n\nPozdrawiam,\nAgnieszka Wójcik\nmieszkanie 2, Ashgrove Court"),
     R("C300006", "tenancy", mm="exchange|swap", note="Polish: 'can I swap flats with my friend in Bradford, also a Fairholme tenant? What do I need to do?' -> mutual exchange, tenancy.")),

    (email_in("11-11 10:55", "SAM.OSEI@EXAMPLE.NET", "Sam Osei", "Fire door 2nd floor Ashgrove Court",
              "The fire door on the 2nd floor landing at Ashgrove Court doesn't close by itself anymore - the arm at the top has snapped and it just swings open. There are a lot of kids in this block. Please fix it quickly.\n\nSam, flat 4"),
     R("C300007", "repairs", "emergency", mm="fire door", note="Upper-case address -> C300007; broken fire door in a block -> fire-safety failure, emergency.")),

    (email_in("11-12 13:40", "priya.chauhan+fairholme@example.com", "Priya Chauhan", "Key return",
              "Hi, just to confirm I'll drop my keys off at the Sheffield office on Friday 20 November before 4pm. The meter readings are in the photos attached.\n\nPriya"),
     R("C300047", "tenancy", mm="key", note="Plus-addressing reduces to the known address -> C300047; end of tenancy key return -> tenancy.")),

    (email_in("11-16 18:25", "nathan.pearce@example.org", "Nathan Pearce", "Re: Payment plan",
              txt("""
        Yes that's fine, I'll start the £15 a week extra on Monday. Thanks for being understanding.

        Nathan

        On Fri, 13 Nov 2026 at 15:48, Sarah Lowe <rent@fairholmehomes.example.org> wrote:
        > Hi Nathan,
        > As discussed, we can accept £15 per week on top of your rent until the arrears of £410 are cleared. Please confirm by replying to this email.
        > Sarah, Income Officer
        """), thread="thr-rent-7131"),
     R("C300031", "rent", mm="payment|arrears|£15", note="Agreeing an arrears payment plan -> rent.")),

    (email_in("11-17 07:30", "kwame.mensah@example.com", "Kwame Mensah", "Cars blocking my drive",
              "Morning, for the fourth time this month someone has parked right across my dropped kerb at 18 Thornhill Gardens and I couldn't get the car out for work. It's the visitors to the new flats. Can you put up signs or something?\n\nKwame"),
     R("C300029", "estate", mm="park|drive", acc={"category": ["asb"], "sensitive": [True]}, note="Obstructive parking on the estate -> estate.")),

    (email_in("10-06 11:45", "amina.hussain@example.net", "Amina Hussain", "RE: Damp inspection 8 Moorside Crescent",
              txt("""
        Hello,

        Tariq has been put on zero hours at work so we're going to struggle with the rent this month. Can we set up an arrangement to pay it off over a few weeks? We don't want to get into arrears.

        Amina

        ________________________________
        From: Fairholme Damp & Mould Team <damp@fairholmehomes.example.org>
        Sent: 02 October 2026 11:02
        To: amina.hussain@example.net
        Subject: Damp inspection 8 Moorside Crescent

        Dear Mrs Hussain, following our inspection we confirm the mould in the kitchen has been treated and a new extractor fan fitted. Please keep the trickle vents open.
        """), thread="thr-dm-7121"),
     R("C300011", "rent", mm="rent|arrangement", note="Quoted Outlook block is a closed damp case; the new part is only about rent -> rent, hazard null.")),

    (email_in("10-20 16:10", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Rent account query",
              "Hi, could you tell me why my rent account shows £46 owing? I pay by standing order every Monday and nothing has changed. Also the mould in the bathroom has come back round the window, but I'll ring about that separately.\n\nLorraine, Flat 7 Ashgrove",
              to=RENT_BOX),
     R("C300008", "rent", "damp_mould", mm="rent|standing order|owing", acc={"category": ["damp_mould"], "hazard": [None]},
       note="Main ask is a rent query, so rent; but the tenant also tells us mould has returned, which starts the Awaab's Law clock on any channel -> hazard damp_mould (null acceptable).")),

    (email_in("10-19 07:20", "keith.barraclough@example.net", "Keith Barraclough", "Roof tiles",
              "Morning,\n\nAfter the wind last night several roof tiles have slipped at the front of 6 Weavers Row and one came down and smashed on the path by the front door. More look loose. I'm worried one will hit someone.\n\nKeith Barraclough",
              to=REPAIRS_BOX, src="ews"),
     R("C300042", "repairs", "emergency", mm="roof|tile", acc={"hazard": [None]},
       note="Falling roof tiles onto the front path -> danger to people, emergency (null defensible).")),

    (email_in("10-22 12:05", "ioana.m.work@example.com", "Ioana M", "Gas certificate",
              "Hello, my tenancy ref is T007125. Please can you email me a copy of the gas safety certificate for my house, the school nursery ask for it. Thank you",
              to=REPAIRS_BOX, src="ews"),
     R("C300025", "repairs", mm="gas|certificate", acc={"category": ["general"]},
       note="Unknown work address, but the tenancy ref typed without a dash (T007125) is a single-occupant tenancy and the name fits -> C300025.")),

    (email_in("11-09 21:40", "cwalsh.sheff@example.com", "C Walsh", "Car vandalised again - customer ref C300048",
              "My car has been keyed outside my house again last night, that's the third time since September. I think it's the lads who hang about by the garages. I've got a crime number. What can you do?\n\nConnor Walsh",
              to={"email": "asb@fairholmehomes.example.org", "name": "Fairholme ASB Team"}),
     R("C300048", "asb", mm="car|keyed|vandal", note="Unknown address but the customer ref C300048 is in the subject -> C300048; vandalism -> asb, sensitive.")),

    (email_in("11-10 10:30", "sophie.lambert@example.org", "Sophie Lambert", "Re: Tenancy audit - 9 Beckside Mews",
              txt("""
        Hi,

        Before you come - Ryan and I have split up and he moved out last week. How do I get him taken off the tenancy?

        Sophie

        On Fri, 6 Nov 2026 at 12:10, Fairholme Tenancy Team <tenancy@fairholmehomes.example.org> wrote:
        > Dear Ms Lambert,
        > We'd like to carry out a tenancy audit visit on Monday 16 November at 10am. Please have photo ID ready for everyone in the household.
        > Tenancy Team
        """), thread="thr-ten-7150"),
     R("C300023", "tenancy", mm="tenancy|moved out|split", note="Household change -> tenancy; e-mail belongs to Sophie only.")),

    (email_in("11-12 19:50", "d.whitaker@example.com", "Darren Whitaker", "Garden left in a state",
              "To whoever deals with complaints,\n\nYour drainage contractor finished at our house on Monday and left the back garden in a total state - mud everywhere, a fence panel snapped and paving slabs stacked on the lawn. When I asked the lad to tidy up he said it wasn't his job. I'm not happy and I want someone to come and put it right.\n\nDarren Whitaker\n23 Hollin Park Road"),
     R("C300005", "complaint", mm="garden|contractor|fence", acc={"category": ["repairs"]}, note="Dissatisfaction with a contractor's work -> complaint (repairs acceptable).")),

    (email_in("10-14 02:00", "noreply@payments.fairholmehomes.example.org", "Rent Payments System", "Direct debit file processed - 14/10/2026",
              "BACS submission 2026-10-14 processed. 1,284 collections, 11 rejections. See the attached report. This is an automated message, do not reply.",
              headers={"Auto-Submitted": "auto-generated"}),
     I("Internal system notification (Auto-Submitted: auto-generated) -> ignore.")),

    (email_in("10-21 18:00", "announce@leedstenants.example.org", "Leeds Tenants Federation", "[LTF-announce] AGM and winter fuel advice",
              "Dear members,\n\nOur AGM is on 26 November. We're also running free winter fuel advice drop-ins every Tuesday.\n\nYou're receiving this as a member of LTF-announce. To leave the list, email leave@leedstenants.example.org.",
              headers={"List-Id": "<announce.leedstenants.example.org>", "Precedence": "list",
                       "List-Unsubscribe": "<mailto:leave@leedstenants.example.org>"}),
     I("Mailing-list post (Precedence: list) -> ignore.")),

    (email_in("11-13 13:05", "whitaker.k@northgate-logistics.example.com", "Whitaker, Karen", "Subject access request",
              "Dear Fairholme Homes,\n\nUnder UK GDPR I would like a copy of all personal data you hold about me, including call recordings and notes from the last two years.\n\nKaren Whitaker\n23 Hollin Park Road, Leeds LS8 3QT\n\nThis email and any attachments are confidential and intended solely for the addressee."),
     R("C300004", "general", mm="subject access|data|gdpr", acc={"category": ["tenancy"], "action": ["review"], "customer_ref": [None]},
       note="Work address, but full name and address single out Karen in the two-person household -> C300004. SAR -> general.")),

    (email_out("11-13 15:48", RENT_BOX, "nathan.pearce@example.org", "Nathan Pearce", "Payment plan",
               "Hi Nathan,\n\nAs discussed, we can accept £15 per week on top of your rent until the arrears of £410 are cleared. Please confirm by replying to this email.\n\nSarah, Income Officer",
               thread="thr-rent-7131"),
     R("C300031", "rent", mm="arrears|payment plan|£15", note="One-to-one outbound e-mail -> record, rent.")),

    (email_in("11-17 20:20", "hodan.abdi@example.com", "Hodan Abdi", "Guri weyn",
              "Salaan,\n\nWaxaan rabaa inaan codsado guri ka weyn. Shan carruur ah ayaan leeyahay, waxaana ku nool nahay laba qol oo jiif ah.\n\nHodan Abdi, Flat 12 Ashgrove Court"),
     R("C300010", "lettings", mm="bigger|transfer|overcrowd|bedroom", acc={"category": ["tenancy"]},
       note="Somali: 'I want to apply for a bigger home; I have five children and we live in two bedrooms' -> transfer, lettings.")),

    (email_in("10-30 13:15", "yasmin.akhtar@example.com", "Yasmin Akhtar", "Re: Window repair - 36 Thornhill Gardens",
              txt("""
        Thanks. Different question - now I'm on Universal Credit, is my housing element paid straight to you or do I have to pay it over myself? I don't want to end up behind.

        Yasmin

        On Tue, 27 Oct 2026 at 11:40, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        > Hi Ms Akhtar, the joiner will replace the broken window catch on Monday 2 November between 8am and 1pm.
        """), thread="thr-rep-91520"),
     R("C300051", "rent", mm="universal credit|housing element|rent", note="New part is a UC/rent question; quoted part is a repair booking -> rent.")),

    (email_in("11-18 11:20", "casework@housing-ombudsman.example.org", "Housing Ombudsman Service", "Case 202609871 - Ms C Armitage, 30 Weavers Row, BD3 9PL",
              txt("""
        Dear Fairholme Homes,

        We have received a complaint from Ms Chloe Armitage of 30 Weavers Row, Bradford BD3 9PL about your handling of a window repair and her subsequent complaint. Please provide a copy of your stage 1 response and your complaint file within 15 working days.

        Yours faithfully,
        Dispute Resolution Team
        Housing Ombudsman Service
        """)),
     R("C300017", "complaint", mm="ombudsman|complaint", acc={"action": ["review"], "customer_ref": [None]},
       note="Ombudsman case naming the tenant and address (one customer) -> C300017 (review acceptable); complaint.")),

    (email_in("11-19 14:35", "cllr.j.moss@bradford-council.example.org", "Cllr Jane Moss", "Constituent: Mr G Naylor, 47 Weavers Row",
              txt("""
        Dear Fairholme,

        I have been contacted by my constituent Mr Gary Naylor of 47 Weavers Row. His bedroom ceiling collapsed on 6 November and, as I understand it, only temporary propping has been done. He is sleeping on his sofa. Could you let me know when a permanent repair will be carried out?

        Kind regards,
        Cllr Jane Moss
        Bradford Moor Ward
        """)),
     R("C300019", "complaint", mm="ceiling", acc={"category": ["repairs"], "action": ["review"], "customer_ref": [None], "hazard": ["emergency"]},
       note="Councillor enquiry on behalf of a named tenant with address -> C300019 (review acceptable); chasing an unresolved repair -> complaint (repairs acceptable).")),

    (email_in("11-20 09:10", "beth.cole@example.com", "Bethany Cole", "Mould treatment visit",
              "Hi, I've just noticed I missed your surveyor this morning - I was on a night shift and slept through the door. Really sorry! Can we rebook the mould treatment for an afternoon?\n\nBethany, Flat 3 Calder Court"),
     R("C300020", "damp_mould", "damp_mould", mm="mould|rebook|missed", acc={"hazard": [None]}, note="Rebooking a missed mould treatment -> damp_mould.")),
]

# ---- webchat & portal forms ---------------------------------------------------------------
TRAIN += [
    (chat("10-02 12:40", {"email": "kellybrannigan88@example.net", "name": "Kelly"}, txt("""
        Visitor: hi i need to know how much i owe on my rent
        Agent (Priya): Hi Kelly, I can see your account is £86.40 in arrears. Would you like to set up a plan?
        Visitor: can i do £5 a week extra
        Agent (Priya): Yes, I've set that up from Monday.
        """)),
     R("C300003", "rent", mm="arrears|rent|owe", note="Chat with the customer's e-mail -> C300003; arrears -> rent.")),

    (chat("10-05 15:00", {"name": "Visitor"}, txt("""
        Visitor: how do i get on the housing list
        Agent (Kim): You can apply on the housing register through the council's website, I'll paste the link.
        Visitor: thanks
        """)),
     V("lettings", mm="register|housing list|apply", note="Anonymous visitor with no identifiers (not an anonymity request) -> review, lettings.")),

    (chat("10-07 19:30", {"email": "chloe.armitage@example.net", "name": "Anonymous"}, txt("""
        Form: Report ASB (anonymous)
        Location: back alley behind Weavers Row
        Description: Group of adults drinking and shouting in the alley every night from about 10pm, smashed bottles everywhere in the morning, and someone has been urinating against my back gate.
        """), subject="Report ASB (anonymous)", src="api", to=PORTAL_TO, anon=True),
     A("asb", mm="drinking|bottle|alley", note="anonymous flag set on the ASB form -> anonymous even though the e-mail is Chloe Armitage's.")),

    (chat("10-12 10:15", {"name": "John Smith"}, txt("""
        Visitor: hello my kitchen cupboard door has come off the hinge
        Agent (Kim): Sorry to hear that John. Can I take your address and postcode?
        [Visitor left the chat]
        """)),
     V("repairs", mm="cupboard|hinge", note="Two customers named John Smith, no other identifier -> review.")),

    (chat("10-14 11:30", {"email": "owen.pritchard@example.com", "name": "Owen"}, txt("""
        Visitor: can I put a satellite dish on the front of my flat?
        Agent (Dev): For flats we need you to apply for permission first, as it's on the outside of the block. I'll email you the form.
        """)),
     R("C300040", "tenancy", mm="satellite|dish|permission", note="Permission request -> tenancy.")),

    (chat("10-16 20:45", {"email": "leanne.firth@example.net", "name": "Leanne Firth"}, txt("""
        Visitor: the guy at no 14 just came to my door and threatened to smash my car windows because i complained about his music
        Agent (Dev): Leanne, are you safe right now? If you feel at risk please call 999.
        Visitor: hes gone back in. im shaking
        Agent (Dev): I'm flagging this to the ASB officer to call you first thing tomorrow.
        """)),
     R("C300028", "asb", mm="threat|car|music", note="Threats from a neighbour -> asb, sensitive.")),

    (chat("10-21 09:10", {"name": "Guest 4471"}, txt("""
        Visitor: is there any flats available for over 55s in Wakefield
        Agent (Kim): We have independent living schemes in Wakefield. Are you on the housing register?
        Visitor: no not yet
        """)),
     V("lettings", mm="over 55|flat|wakefield", note="Unknown visitor -> review, lettings.")),

    (chat("11-09 13:00", {"email": "hodan.abdi@example.com", "name": "Hodan"}, txt("""
        Visitor: I need interpreter for the appointment on Friday, Somali please
        Agent (Priya): Is that the damp inspection on Friday at 10?
        Visitor: yes
        Agent (Priya): I've booked a Somali interpreter.
        """)),
     R("C300010", "damp_mould", "damp_mould", mm="interpreter", acc={"category": ["general", "repairs"], "hazard": [None]},
       note="Interpreter for the damp inspection -> damp_mould (general acceptable).")),

    (chat("10-27 16:20", {"email": "megan.lister@example.org", "name": "Megan"}, txt("""
        Visitor: damp patches have come up on the ceiling in the babys room and theres black dots round the window frame
        Agent (Dev): Thanks Megan. I'm booking a damp and mould inspection; in the meantime try to keep the window on the vent setting.
        """)),
     R("C300044", "damp_mould", "damp_mould", mm="damp|mould|black", note="Damp and mould in a baby's room -> damp_mould hazard (not an emergency hazard).")),

    (chat("10-30 18:00", {"name": "Visitor"}, txt("""
        Visitor: hi my tenancy ref is t007113 need to report my bath panel has come off
        Agent (Kim): Thanks, is that 14 Moorside Crescent?
        Visitor: yes
        """)),
     R("C300013", "repairs", mm="bath panel|bath", note="Tenancy ref typed in lower case without a dash (t007113), single-occupant tenancy -> C300013.")),

    (chat("11-03 11:50", {"name": "anon"}, txt("""
        Visitor: I want to report my neighbour for having a big dog in a flat, pets aren't allowed are they
        Agent (Dev): It depends on the tenancy. Which block is it?
        Visitor: I'd rather not say
        """)),
     V("tenancy", mm="dog|pet", acc={"category": ["asb"], "sensitive": [True]},
       note="No identifiers; tenancy-condition query, not an explicit anonymity request for an ASB concern -> review, tenancy.")),

    (chat("11-06 09:40", {"email": "sophie.lambert@example.org", "name": "Sophie"}, txt("""
        Visitor: I've had a letter saying you're doing a tenancy audit and need to see ID for everyone in the house, when will that be?
        Agent (Priya): It's booked for Monday 16 November at 10am. Passports or driving licences are fine.
        """)),
     R("C300023", "tenancy", mm="audit|id", note="Tenancy audit -> tenancy.")),

    (chat("11-10 14:05", {"name": "Visitor"}, txt("""
        Visitor: your website keeps crashing when i try to pay my rent
        Agent (Dev): Sorry about that. Can I take your name or reference?
        Visitor: C300031
        Agent (Dev): Thanks Nathan, you can pay by phone on 0113 496 0000 option 2 while we look at it.
        """)),
     R("C300031", "rent", mm="pay|website", acc={"category": ["complaint", "general"]}, note="Customer ref typed in the chat -> C300031; rent payment problem -> rent.")),

    (chat("11-12 17:30", {"email": "rebecca.thornton@example.org", "name": "Rebecca"}, txt("""
        Visitor: the communal hallway lights on our floor are all out, its pitch black when you come out of the lift
        Agent (Kim): Thanks Rebecca, I've raised a job for an electrician tomorrow.
        """)),
     R("C300034", "repairs", mm="light", acc={"category": ["estate"]}, note="Communal lighting fault -> repairs (estate acceptable).")),

    (chat("11-17 12:20", {"name": "Visitor"}, "Visitor: hi\n[Visitor left the chat]"),
     I("Content-free chat from an unidentified visitor -> nothing to keep.", acc={"action": ["review"], "category": ["general"]})),

    (chat("11-19 08:50", {"name": "Dean"}, txt("""
        Visitor: Flat 14 Foundry Walk, Dean. still nobody has been about my toilet even after i complained. i've had enough, i want it taken higher
        Agent (Priya): I'm sorry Dean. I'll escalate your complaint to stage 2 and the repairs manager will call you today.
        """)),
     R("C300035", "complaint", mm="complaint|escalat, toilet", acc={"category": ["repairs"]}, note="Name + flat match exactly one customer -> C300035; escalating an existing complaint.")),

    (chat("10-09 18:30", {"customer_ref": "C300026", "email": "paul.greenwood@example.com", "name": "Paul Greenwood"},
          "Location: Kitchen\nDescription: Cooker hood light doesn't work and the fan rattles loudly on every setting.",
          subject="Report a repair", src="api", to=PORTAL_TO),
     R("C300026", "repairs", mm="cooker hood|fan", note="Logged-in portal form carries the customer ref -> repairs.")),

    (chat("11-02 21:15", {"customer_ref": "C300051", "email": "yasmin.akhtar@example.com", "name": "Yasmin Akhtar"},
          "Where: front bedroom, ceiling corner above the cot\nHow long: about 3 weeks\nDescription: grey and black spots spreading, musty smell. My baby sleeps in this room.",
          subject="Report damp or mould", src="api", to=PORTAL_TO),
     R("C300051", "damp_mould", "damp_mould", mm="mould|damp", note="Portal damp & mould form -> damp_mould hazard.")),

    (chat("11-09 19:05", {"customer_ref": "C300041", "email": "natalia.rusu@example.org", "name": "Natalia Rusu"},
          "What is your complaint about?: I reported the noise from the flat above me six weeks ago. I sent the diary sheets. Nobody contacted me since. I can not sleep and I work early.\nWhat would you like us to do?: Call me and do something about the neighbour.",
          subject="Make a complaint", src="api", to=PORTAL_TO),
     R("C300041", "complaint", mm="complaint|noise", sens=True, acc={"category": ["asb"], "sensitive": [False]},
       note="Complaint form about the handling of an ASB case -> complaint, kept sensitive (asb acceptable).")),

    (chat("10-28 12:45", {"email": "tom.r@example.com", "name": "Tom"},
          "Message: Hi, do you offer shared ownership homes in Leeds? We're first-time buyers on a joint income of about £38k.",
          subject="Contact us", src="api", to=PORTAL_TO),
     V("lettings", mm="shared ownership", acc={"category": ["general"]}, note="Prospective buyer, not a customer -> review, lettings.")),
]

# ---- telegram ------------------------------------------------------------------------------
TRAIN += [
    (tg_in("10-03 11:00", "5120034471", "Agnieszka", "Dzień dobry, kaloryfer w sypialni jest zimny, a w reszcie mieszkania grzeje normalnie. Agnieszka, mieszkanie 2"),
     R("C300006", "repairs", mm="radiator", note="Polish: 'the bedroom radiator is cold, the rest of the flat heats normally'. Linked Telegram id -> C300006.")),

    (tg_in("10-08 17:30", "6230118845", "Andrei P", "Bună ziua, am primit o scrisoare despre chirie și nu înțeleg de ce am datorie. Plătesc în fiecare lună. Andrei Popescu"),
     R("C300014", "rent", mm="rent|arrears|letter", note="Romanian: 'I got a letter about rent, I don't understand why I owe; I pay every month'. Linked id -> rent.")),

    (tg_in("10-13 09:25", "7781200943", "Stuart", "Morning. The bin store door at Calder Court has been jammed open for days and foxes are ripping the bags open, rubbish all over the car park"),
     R("C300021", "estate", mm="bin", note="Linked Telegram id -> C300021; bin store -> estate.")),

    (tg_in("10-15 22:40", "6001234567", "Dmitri", "Hello, half the sockets in my flat have no power and the one in the kitchen sparks when I plug the kettle in. Burning smell. What do I do?"),
     V("repairs", "emergency", mm="socket|spark|electric", note="Telegram id not linked to any customer -> review; sparking socket with burning smell -> emergency.")),

    (tg_in("10-20 08:00", "5559872211", "Crypto Signals VIP", "🚀 Join our VIP crypto signals group! 500% profit guaranteed in 7 days. Limited places 👉 t.me/example_signals"),
     I("Spam -> ignore.")),

    (tg_in("10-22 12:10", "4409987612", "Kwame", "Hi, my partner has moved in with me, do I need to tell you or fill anything in? Kwame, 18 Thornhill"),
     R("C300029", "tenancy", mm="partner|household|moved in", note="Household change -> tenancy.")),

    (tg_in("10-28 20:05", "5301177720", "Tomasz", "Do you give tenants the mould spray? We have little black spots in the corners of the bedroom window again"),
     R("C300038", "damp_mould", "damp_mould", mm="mould|black", note="Linked Telegram id -> C300038; mould -> damp_mould hazard.")),

    (tg_in("11-02 07:15", "8912345670", "Connor", "boiler pressure keeps dropping to 0.5, I have to top it up every morning or the heating cuts out"),
     R("C300048", "repairs", mm="boiler|pressure", note="Boiler fault -> repairs.")),

    (tg_in("11-05 21:55", "6674421093", "Jade", "someone's been sleeping in the bin store again and there's needles on the floor in there, I'm not letting my kids near it"),
     R("C300059", "estate", mm="needle|bin store|sleeping", acc={"category": ["asb", "safeguarding"], "sensitive": [True]},
       note="Rough sleeping and discarded needles in the bin store -> estate clean-up (asb defensible).")),

    (tg_in("11-09 13:35", "7012398877", "Sam W", "hi, do you have any garages to rent near Hollin Park Road?"),
     V("estate", mm="garage", acc={"category": ["lettings"]}, note="Unlinked Telegram id -> review; garage rental -> estate.")),

    (tg_in("11-12 10:50", "6230118845", "Andrei P", "Vecinii de la numărul 23 își lasă câinele să latre toată ziua cât sunt la muncă. Vă rog să nu le spuneți că eu m-am plâns."),
     A("asb", mm="dog|bark", note="Romanian: 'the neighbours at 23 leave their dog barking all day; please don't tell them I complained' -> anonymous, asb.")),

    (tg_in("11-16 15:45", "7781200943", "Stuart", "I'm really worried about the young lad in flat 8 at Calder Court. He told me he hasn't eaten for three days and his gas and electric meters are both on zero. He's only about 18."),
     R("C300021", "safeguarding", mm="hasn't eaten|meter|worried|welfare", note="Known customer concerned for a neighbour's welfare -> safeguarding.")),

    (tg_in("11-19 11:15", "5120034471", "Agnieszka", "Dziękuję bardzo, kaloryfer już grzeje 👍"),
     R("C300006", "repairs", mm="radiator", acc={"category": ["general"]}, note="Polish: 'thank you, the radiator heats now' -> repairs follow-up.")),

    (tg_in("10-26 08:40", "6674421093", "Jade", "I've lost my job so I'm going to struggle with rent next month, can I get help? also the shower is leaking through to the kitchen below again"),
     R("C300059", "rent", mm="rent|job", acc={"category": ["repairs"]},
       note="Two topics; rent difficulty leads and is the more pressing service need -> rent (repairs acceptable).")),

    (tg_in("11-18 10:05", "7123400089", "Beth", "Hi it's Bethany Cole (C300020), I've got a new Telegram. The bathroom extractor has packed in again and the mirror's running with water every morning"),
     R("C300020", "repairs", mm="extractor|fan", acc={"category": ["damp_mould"], "hazard": ["damp_mould"]},
       note="Unlinked Telegram id but the customer ref is typed -> C300020. Broken extractor with condensation -> repairs (damp_mould acceptable).")),
]

# ---- facebook ------------------------------------------------------------------------------
TRAIN += [
    (fb_in("10-04 12:00", "fb:100090000101", "Dawn Hepworth", "Brilliant day at the Weavers Row fun day, thanks to the Fairholme team for the bouncy castle 🎉"),
     I("Social comment asking for nothing -> ignore.")),

    (fb_in("10-09 21:10", "fb:100090000102", "Shaz Hollins", "How long does it actually take to get a repair done?? Been waiting 6 weeks for my back door to be fixed, absolutely fuming"),
     V("complaint", mm="door|repair|waiting", acc={"category": ["repairs"]}, note="Messenger DM from an unknown person expressing dissatisfaction -> review, complaint.")),

    (fb_in("10-14 08:45", "fb:100090000103", "Wayne K", "Fairholme are the worst landlord in Leeds, full stop"),
     I("Public comment with no request or identifiable case -> ignore.", acc={"action": ["review"], "category": ["complaint"]})),

    (fb_in("10-18 16:30", "fb:100090000104", "Leanne Firth", "Hi, it's Leanne at 10 Thornhill Gardens, could you send me the noise diary sheets again please, I've lost them"),
     R("C300028", "asb", mm="diary|noise", acc={"action": ["review"], "customer_ref": [None]},
       note="Unlinked handle, but name + address fit exactly one customer -> C300028 (review acceptable); ASB diary sheets -> asb.")),

    (fb_in("10-22 09:30", "fb:100090000105", "Meta Support Team", "Your page Fairholme Homes has been flagged for violating community standards. Verify your account within 24 hours to avoid suspension: meta-verify.example.com"),
     I("Phishing spam -> ignore.")),

    (fb_in("10-26 19:40", "fb:100090000106", "Abby Rhodes", "There's water gushing out from under the flats at Calder Court onto the pavement, it's flooding the path"),
     V("repairs", mm="water|flood|leak", acc={"category": ["estate"], "hazard": ["emergency"]},
       note="Unknown person reporting a burst pipe outside a block -> review, repairs; outside the dwellings, hazard null (emergency defensible).")),

    (fb_in("10-30 11:20", "fb:100090000107", "Pauline Grey", "Anyone know what time the office opens on Saturdays?"),
     V("general", mm="open|office", acc={"action": ["ignore"], "category": [None]}, note="Question needing a reply from an unknown person -> review, general.")),

    (fb_in("11-16 14:10", "fb:100090000108", "Gary Naylor", "gary 47 weavers row. nobody's been back about the ceiling, it's been 10 days and there's a tarp over my bed. disgraceful"),
     R("C300019", "complaint", "emergency", mm="ceiling", acc={"category": ["repairs"], "hazard": [None]},
       note="Name + address fit one customer -> C300019; dissatisfaction over an unresolved ceiling collapse -> complaint, still a structural danger.")),

    (fb_in("11-10 18:00", "fb:100090000109", "Private user", "I don't want to give my name but the family at 8 Moorside Crescent leave their kids home on their own till late at night, the little one is only about 6",
           anon=True),
     A("safeguarding", mm="child|kids|alone", note="anonymous flag and explicit anonymity -> anonymous; child welfare -> safeguarding.")),

    (fb_in("11-13 20:30", "fb:100090000110", "Jordan P", "lol my landlord sent me a christmas card before my mum did 😂"),
     I("Chatter -> ignore.")),

    (fb_in("11-17 10:05", "fb:100090000111", "Kerry B", "I'm fleeing domestic violence and the council told me to contact housing associations. I'm staying at a friend's in Wakefield with my 2 kids and we can't stay long"),
     V("safeguarding", mm="domestic|flee|abuse", acc={"category": ["lettings"]}, note="Unknown person disclosing domestic abuse and homelessness -> review, safeguarding (lettings acceptable).")),

    (fb_in("11-19 15:00", "fb:100090000112", "Marcus Bell", "Hi, Marcus from 12 Thornhill Gardens, is the bulky waste collection still free for tenants?"),
     R("C300060", "estate", mm="bulky|waste", acc={"action": ["review"], "customer_ref": [None]}, note="Name + address fit one customer -> C300060; bulky waste -> estate.")),

    (fb_in("11-11 13:25", "fb:100090000113", "Dave Hirst", "Your gas engineer parked across my driveway on Moorside Crescent for three hours this morning and I missed a hospital appointment. Not even an apology."),
     V("complaint", mm="driveway|park|engineer", note="Non-customer expressing dissatisfaction about staff conduct -> review, complaint.")),

    (fb_in("11-14 09:15", "fb:100090000114", "Kelly Brannigan", "any news on when the boiler engineer is coming back? still waiting for the part"),
     V("repairs", mm="boiler|engineer", acc={"action": ["record"], "customer_ref": ["C300003"]},
       note="Only a display name on an unlinked handle; name alone is weak identification on social media -> review (C300003 defensible).")),
]

# ---- instagram -----------------------------------------------------------------------------
TRAIN += [
    (ig_in("10-06 12:30", "@furniture_clearance_uk", "Cheap Furniture", "📦 Sofas from £49!! Clearance sale this week only. DM us 📦"),
     I("Spam -> ignore.")),

    (ig_in("10-11 15:10", "@lads_on_tour_ldn", None, "🔥🔥🔥"),
     I("Emoji story reply -> ignore.")),

    (ig_in("10-17 19:00", "@jade.w.13", "Jade", "Hi, Jade Whitehead flat 13 Ashgrove, can I get a copy of my tenancy agreement please? lost mine when we moved"),
     R("C300059", "tenancy", mm="tenancy agreement|copy", acc={"action": ["review"], "customer_ref": [None]}, note="Name + flat fit one customer -> C300059; tenancy agreement copy.")),

    (ig_in("10-24 10:45", "@beckside_mum", "Beckside Mum", "Hi, the playground at Beckside has broken glass all over it, someone smashed bottles by the swings"),
     V("estate", mm="glass|playground", note="Unknown handle asking for a clean-up -> review, estate.")),

    (ig_in("11-01 14:00", "@kay_loves_leeds", "Kay", "love this!! 😍"),
     I("Comment asking for nothing -> ignore.")),

    (ig_in("11-08 11:30", "@kwame_m", "Kwame", "Kwame Mensah, T-007129. The rent payment page says 'error 502' every time I try to pay"),
     R("C300029", "rent", mm="pay|rent|error", acc={"category": ["general"]}, note="Tenancy ref with dash T-007129 (single occupant) -> C300029; rent payment.")),

    (ig_in("11-14 16:20", "@hannah.leeds", "Hannah", "my nan lives in one of your flats at Ashgrove and her heating's been off since yesterday, she's 88, who do I call??"),
     V("repairs", "emergency", mm="heating", note="Unknown relative, flat not given -> review; no heating for an 88-year-old -> emergency.")),

    (ig_in("11-18 08:05", "@growthboost.agency", "Growth Boost", "Hey! Love your page 🙌 Collab? We help brands get 10x engagement. Check our bio"),
     I("Marketing spam -> ignore.")),

    (ig_in("11-16 20:30", "@calder.resident", None, "is it true you're knocking down the Calder Court flats?? nobody's told us anything"),
     V("general", mm="calder court|demoli|knock", acc={"category": ["estate", "tenancy"]}, note="Unknown handle asking a question that needs a reply -> review, general.")),
]

# ---- letters -------------------------------------------------------------------------------
TRAIN += [
    (letter("10-02 09:00", {"name": "Mrs M. Holroyd"}, txt("""
        7 Hollin Park Road
        Leeds LS8 3QT

        Dear Fairholme,

        I am writing to ask if you could fit a grab rail by my front door. The step is quite high and I have nearly gone over twice now with my stick. My doctor says it would help.

        Thanking you in anticipation,
        Margaret Holroyd
        """)),
     R("C300001", "repairs", mm="rail|grab", acc={"category": ["general"]}, note="Name + address -> C300001; adaptation request -> repairs.")),

    (letter("10-07 09:00", {"name": "SwitchSmart Energy"}, "IMPORTANT: Your business could save £1,200 a year on energy! Call free on 0808 157 0321 for a no-obligation quote. Offer ends 31 October."),
     I("Marketing letter -> ignore.")),

    (letter("10-09 09:00", {"name": "H. Birkett"}, txt("""
        3 Thornhill Gardens
        LS12 5EW

        Dear Sirs,
        I have received a letter about my rent in very small print which I cannot read. Please send it again in large print as I have asked before.
        H. Birkett
        """)),
     R("C300045", "rent", mm="large print|rent", acc={"category": ["general"]}, note="Initial + surname + address fit one customer -> C300045; rent letter in large print.")),

    (letter("10-14 09:00", {"name": "Robert Illingworth"}, txt("""
        From: Robert Illingworth, BD4 7HA

        Dear Sir or Madam,

        I wish to complain about the state of the communal gardens at Beckside Mews. The grass has not been cut since July, the hedges are over the footpath and the benches are rotten. We pay a service charge for this and are getting nothing for it.

        R. Illingworth
        """)),
     R("C300058", "complaint", mm="garden|grass|service charge", acc={"category": ["estate"]},
       note="Name + postcode only; exactly one customer fits -> C300058. Dissatisfaction with grounds maintenance and service charge -> complaint (estate acceptable).")),

    (letter("10-16 09:00", {"name": "Dawson & Pike Solicitors"}, txt("""
        Our ref: DP/HC/2291
        Our client: Mr John Smith

        Dear Sirs,

        PRE-ACTION PROTOCOL FOR HOUSING CONDITIONS CLAIMS (ENGLAND) - LETTER OF CLAIM

        We act for the above-named tenant in respect of disrepair at his home, including penetrating damp, defective windows and a defective heating system. We enclose our client's signed authority. Please acknowledge within 20 working days.

        Yours faithfully,
        Dawson & Pike
        """)),
     V("repairs", mm="disrepair|claim", acc={"category": ["complaint", "damp_mould"]},
       note="Solicitor's letter names 'Mr John Smith' with no address; two customers share that name -> review. Disrepair claim -> repairs.")),

    (letter("10-21 09:00", {"name": "Patricia Lumb"}, txt("""
        3 Weavers Row
        Bradford BD3 9PL

        Dear Fairholme Homes,

        Thank you for sending someone so quickly when my heating went off. Please can you write to me rather than telephoning, as I cannot hear the phone ringing most of the time.

        Also the back bedroom window will not open at all now, the handle has seized.

        Yours sincerely,
        Patricia Lumb (Mrs)
        """)),
     R("C300016", "repairs", mm="window", acc={"category": ["general"]}, note="Name + address -> C300016; the actionable request is the window repair (contact preference noted).")),

    (letter("10-26 09:00", {"name": "Department for Work and Pensions"}, txt("""
        Universal Credit - Managed Payment to Landlord

        Tenant: Stuart McAllister
        Address: Flat 6, Calder Court, Wakefield WF1 3DX

        We have decided to pay the housing costs element of this tenant's Universal Credit directly to you from the next assessment period. Amount: £412.88 per month.
        """)),
     R("C300021", "rent", mm="universal credit|managed payment|direct", acc={"action": ["review"], "customer_ref": [None]},
       note="DWP notification naming the tenant and address (one customer) -> C300021 (review acceptable); rent.")),

    (letter("11-02 09:00", {"name": "A concerned neighbour"}, txt("""
        To whom it may concern,

        I live on Weavers Row and I want to report that the people at number 30 have had a party every weekend for two months. Cars blocking the road, people being sick in gardens, fights at 3am. I am not putting my name to this because I have to live here.
        """)),
     A("asb", mm="party|noise|fight", note="Unsigned letter, writer explicitly withholds their name -> anonymous, asb.")),

    (letter("11-06 09:00", {"name": "Mr J Smith"}, txt("""
        22 Weavers Row
        Bradford BD3 9PL

        Please note my new telephone number is 07700 900399. My old mobile was stolen.

        John Smith
        """)),
     R("C300015", "general", mm="phone|number", acc={"category": ["tenancy"]},
       note="Name + full address single out the Weavers Row John Smith -> C300015; contact details update -> general.")),

    (letter("11-11 09:00", {"name": "Warm Homes Appeal"}, "This winter, thousands of families will choose between heating and eating. £10 could buy a winter warmth pack. Please give what you can using the enclosed form."),
     I("Charity appeal mailshot -> ignore.")),

    (letter("11-16 09:00", {"name": "Eileen Dawson"}, txt("""
        25 Thornhill Gardens, LS12 5EW

        Dear Sir/Madam,
        My daughter is writing this for me. I would like to be considered for sheltered housing. The house is too big for me now and I am frightened on my own at night since my fall.
        Eileen Dawson
        """)),
     R("C300030", "lettings", mm="sheltered|move", acc={"category": ["tenancy"]}, note="Name + address -> C300030; move to sheltered housing -> lettings.")),

    (letter("11-19 09:00", {"name": "Mr K. Ahmed"}, txt("""
        S6 4RB

        I would like to apply for the empty garage at the end of Moorside Crescent. Please send me the forms.

        K. Ahmed
        """)),
     V("estate", mm="garage", acc={"category": ["lettings"]}, note="Name + postcode match no customer -> review; garage -> estate.")),

    (letter("10-29 09:00", {"name": "Northern Powergrid"}, "NOTICE OF PLANNED POWER INTERRUPTION\nProperties affected: 1-52 Hollin Park Road, LS8 3QT\nDate: Tuesday 10 November 2026, 09:00-15:00\nReason: essential maintenance to the local network."),
     I("Utility's general notice, not a customer contact -> ignore.", acc={"action": ["review"], "category": ["estate", "general"]})),

    (letter("11-04 09:00", {"name": "K. Barraclough"}, txt("""
        6 Weavers Row
        BD3 9PL

        Dear Sirs,
        I enclose a cheque for £120.00 towards my rent arrears. I will send the same again at the end of the month.
        Yours faithfully,
        Keith Barraclough
        """)),
     R("C300042", "rent", mm="cheque|arrears", note="Name + address -> C300042; arrears payment -> rent.")),

    (letter("11-12 09:00", {"name": "Mrs G Nowak"}, txt("""
        40 Hollin Park Road, Leeds LS8 3QT

        Szanowni Państwo,
        proszę o przysyłanie listów do mnie po polsku, ponieważ słabo czytam po angielsku. Dziękuję.
        Grażyna Nowak
        """)),
     R("C300037", "general", mm="polish|letter|language", acc={"category": ["tenancy"]},
       note="Polish: 'please send letters to me in Polish, I read English poorly'. Shared address, but the name singles out C300037 -> communication preference, general.")),
]

# ---- visits --------------------------------------------------------------------------------
TRAIN += [
    (visit("10-02 11:30", {"name": "Gas engineer (D. Fenton)"}, cust("C300003"), "appointment", "attended",
           "Boiler no hot water: replaced diverter valve, tested heating and hot water, all working. Advised tenant on pressure."),
     R("C300003", "repairs", mm="boiler|valve", note="Attended repair appointment -> repairs.")),

    (visit("10-05 09:00", {"name": "Electrician (P. Shah)"}, cust("C300049"), "appointment", "no_access",
           "EICR electrical inspection 8-12. No answer at the door or by phone, calling card left. Second no-access."),
     R("C300049", "repairs", mm="access|card|no answer", note="No-access appointment -> recorded; electrical safety inspection.")),

    (visit("10-08 14:20", {"name": "Hassan Warsame", "customer_ref": "C300033"}, SHEFFIELD_OFFICE, "walk_in", "attended",
           "Mr Warsame came in with a friend interpreting and paid £200 cash towards his arrears. Receipt issued. Discussed a payment plan of £8 a week.",
           direction="inbound"),
     R("C300033", "rent", mm="arrears|cash|paid", note="Walk-in payment -> rent.")),

    (visit("10-12 10:00", {"name": "Housing officer (R. Hill)"}, cust("C300007"), "door_knock", "attended",
           "Tenancy audit: ID checked, household unchanged (tenant lives alone), property in good condition. No concerns."),
     R("C300007", "tenancy", mm="audit", note="Tenancy audit door-knock -> tenancy.")),

    (visit("10-15 10:00", {"name": "Chloe Armitage", "customer_ref": "C300017"}, BRADFORD_OFFICE, "appointment", "failed_to_attend",
           "Ms Armitage was booked at 10am to discuss her complaint about the bathroom window. She did not attend and did not call. Left voicemail offering a new time.",
           direction="inbound"),
     R("C300017", "complaint", mm="attend|missed|did not", acc={"category": ["repairs"]}, note="Failed-to-attend appointment is recorded; complaint meeting.")),

    (visit("10-19 14:00", {"name": "Estate officer (L. Marsh)"}, cust("C300021"), "walkabout", "attended",
           "Calder Court walkabout. Mr McAllister showed me the bin store door (closer broken, jammed open) and fox damage to bags. Raised a repair and a bulk clear."),
     R("C300021", "estate", mm="bin", note="Tenant met on a walkabout -> estate.")),

    (visit("10-22 18:10", {"name": "ASB officer (T. Grant)"}, cust("C300050"), "door_knock", "no_access",
           "Called to discuss noise complaints against this flat (loud music late at night). No answer, letter left asking Mr Rowntree to contact me."),
     R("C300050", "asb", mm="noise|letter|no answer", note="No-access door-knock with the alleged perpetrator -> asb, sensitive.")),

    (visit("10-26 10:30", {"name": "Damp surveyor (J. Ward)"}, cust("C300027"), "appointment", "attended",
           "Survey: mould to bathroom ceiling and bedroom external wall, bathroom extractor not working, no leaks. Mould wash booked, new humidistat fan ordered. Son interpreted."),
     R("C300027", "damp_mould", "damp_mould", mm="mould|survey", note="Damp survey -> damp_mould hazard.")),

    (visit("10-29 11:45", {"name": "Mr Lee"}, LEEDS_OFFICE, "walk_in", "attended",
           "A man who gave his name as Mr Lee came in to ask how to join the housing register. Explained the council's process and gave him a leaflet.",
           direction="inbound"),
     V("lettings", mm="register", note="Walk-in by someone not in the directory -> review, lettings.")),

    (visit("11-02 13:00", {"name": "Tenancy sustainment (J. Okoro)"}, cust("C300043"), "appointment", "attended",
           "Support visit. Discussed safety plan; sanctuary scheme works (door chain, spy hole, window locks) done on Friday. Referred to IDVA. Tenant feels safer."),
     R("C300043", "safeguarding", mm="safety|sanctuary", acc={"category": ["asb"]}, note="Domestic abuse support visit -> safeguarding, sensitive.")),

    (visit("11-05 09:30", {"name": "Joiner (M. Kaye)"}, cust("C300018"), "appointment", "no_access",
           "Bedroom window handle repair. Nobody home, card left with a number to rebook."),
     R("C300018", "repairs", mm="access|card|nobody", note="No-access repair appointment -> recorded, repairs.")),

    (visit("10-30 10:15", {"name": "Housing officer (S. Rahman)"}, cust("C300022"), "door_knock", "attended",
           "Welfare check after a neighbour said Mrs Ramsden hadn't been seen for several days. Tenant well; she had been in hospital for three days. Gave her our direct number."),
     R("C300022", "safeguarding", mm="welfare", acc={"category": ["general"]}, note="Welfare check -> safeguarding (general acceptable).")),

    (visit("11-12 14:00", {"name": "Gary Naylor", "customer_ref": "C300019"}, BRADFORD_OFFICE, "appointment", "failed_to_attend",
           "Rent arrears interview at 2pm. Mr Naylor did not attend. Will write offering another date.", direction="inbound"),
     R("C300019", "rent", mm="attend|arrears", note="Failed to attend an arrears interview -> recorded, rent.")),

    (visit("11-16 11:00", {"name": "Estate officer (R. Hill)"}, cust("C300001"), "walkabout", "attended",
           "Hollin Park Road estate inspection. Mrs Holroyd came out to point out the hedge at no. 9 (void) still blocking the pavement; chased grounds contractor."),
     R("C300001", "estate", mm="hedge", note="Walkabout -> estate.")),

    (visit("11-18 09:00", {"name": "Gas engineer (D. Fenton)"}, cust("C300037"), "appointment", "attended",
           "Annual gas safety check completed. Boiler, hob and fire passed. CP12 issued and left with Mrs Nowak."),
     R("C300037", "repairs", mm="gas|safety|cp12", note="Visit logged against the named customer -> repairs.")),

    (visit("10-20 15:30", {"name": "ASB officer (T. Grant)"}, cust("C300028"), "door_knock", "attended",
           "Took a statement from Ms Firth about noise and threats from 14 Thornhill Gardens. Gave her a noise app link. Will serve a warning."),
     R("C300028", "asb", mm="statement|noise|threat", note="ASB statement visit -> asb, sensitive.")),

    (visit("11-20 08:30", {"name": "Damp contractor (AquaDry)"}, cust("C300020"), "appointment", "no_access",
           "Mould treatment (wash and stain block) to bathroom ceiling. No answer, card left."),
     R("C300020", "damp_mould", "damp_mould", mm="access|card|no answer", acc={"hazard": [None]}, note="No-access damp treatment -> recorded; damp_mould case.")),

    (visit("10-10 10:40", {"name": "Unnamed woman"}, WAKEFIELD_OFFICE, "walk_in", "attended",
           "A woman came in with two young children, said she has been sofa-surfing for a month and needs somewhere to live. Did not want to give her name. Referred to the council's housing options team.",
           direction="inbound"),
     V("lettings", mm="homeless|sofa", acc={"category": ["safeguarding"], "sensitive": [True]}, note="Unidentified walk-in with a housing need -> review, lettings.")),

    (visit("11-13 15:10", {"name": "Mr J. Smith"}, WAKEFIELD_OFFICE, "walk_in", "attended",
           "Mr Smith came in to pay £60 cash off his rent. He didn't have his payment card or tenancy number with him; receipt issued in the name J. Smith, to be allocated.",
           direction="inbound"),
     V("rent", mm="cash|rent|pay", note="'Mr J. Smith' fits both John Smiths (C300015, C300046) and nothing else identifies him -> review.")),

    (visit("11-04 10:20", {"name": "Estate officer (N. Clarke)"}, cust("C300035"), "door_knock", "attended",
           "Fire safety door-knock at Foundry Walk. Asked Mr Sykes to remove two bikes and an old sofa from the corridor outside Flat 14; he agreed to clear them by Friday."),
     R("C300035", "estate", mm="bike|sofa|corridor", acc={"category": ["tenancy"], "hazard": ["emergency"]},
       note="Door-knock about items obstructing a communal corridor -> estate; agreed removal, no immediate hazard.")),
]

# ---- late additions (train) ----------------------------------------------------------------
TRAIN += [
    (sms_in("10-24 16:35", "+447700900326", "Paul Greenwood, 2 Beckside. The light fitting in the back bedroom has dropped away from the ceiling and is hanging on its wires - the cover's cracked and you can see bare copper. I've taken the bulb out and won't touch the switch"),
     R("C300026", "repairs", "emergency", mm="wire|light", note="Second number on the record (mobile) -> C300026; exposed live wiring -> emergency.")),

    (call_in("11-12 19:40", "+447700900348", txt("""
        Agent: Fairholme Homes, Amir speaking.
        Caller: Yeah, hi. I'm pretty sure there's a cannabis farm in one of the houses on Moorside Crescent, number 29. The smell's unbearable, the windows are blacked out and there's blokes coming and going with big bags at night.
        Agent: Thanks for letting us know. Can I confirm your name for the record?
        Caller: Keep my name out of it, yeah? They know where I live. I just want someone to look into it.
        Agent: Understood, I'll log it without your details and pass it to the ASB team and the police liaison officer.
        """), dur=214),
     A("asb", mm="cannabis|drug", note="Known customer's mobile (C300048) but he asks to keep his name out of it -> anonymous, asb; never against the caller.")),

    (email_in("11-06 22:50", "noreply@forms.fairholmehomes.example.org", "Fairholme website forms", "Report a concern (anonymous)",
              txt("""
        Form: Report a concern about someone's safety
        Reporter details: withheld (anonymous option ticked)
        Where: Calder Court, ground floor
        Concern: The elderly man in Flat 2 has two younger men visiting him every Friday when his pension comes in. Afterwards he has no money for food and he told me they "borrow" his bank card. He seems frightened of them.
        """), anon=True),
     A("safeguarding", mm="financial|money|bank card|elderly", note="anonymous flag set on a website concern form -> anonymous; possible financial abuse of an older man -> safeguarding.")),
]

# ============================================================================================
# HELD-OUT split (same conventions, different messages)
# ============================================================================================

# ---- voice ---------------------------------------------------------------------------------
HELDOUT += [
    (call_in("10-01 13:25", "+441134960357", txt("""
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hello, this is Grażyna Nowak, 40 Hollin Park Road. The toilet, the water keeps running into the bowl all the time, day and night. Our water bill will be very big.
        Agent: Sounds like the cistern valve. I'll book a plumber for Monday.
        """), dur=143),
     R("C300037", "repairs", mm="toilet|cistern", note="Shared Nowak landline; caller names herself -> C300037.")),

    (call_in("10-06 08:05", "+441632960341", txt("""
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Morning, we've had a card through the door saying the gas man needs to come for the service, but there's no date on it. When's he coming?
        Agent: Can I take your name please?
        Caller: Oh, just put it under the house, 9 Beckside Mews. I'm in a rush.
        """), dur=66),
     V("repairs", mm="gas|service", note="Lambert/Doyle shared landline; address only, no name -> two possible customers -> review.")),

    (call_in("10-08 23:15", "+447700900320", txt("""
        Agent: Out of hours, Amir speaking.
        Caller: Hi, I'm in Flat 3 Calder Court. There's a burning smell coming from the fuse box and the plastic cover has gone brown. The lights keep flickering.
        Agent: Please switch off the main switch if it's safe to touch and don't use anything electrical. Who am I speaking to?
        Caller: Bethany Cole.
        Agent: An electrician will be with you within two hours.
        """), dur=182, to=OOH),
     R("C300020", "repairs", "emergency", mm="fuse box|burning|electric", note="Scorched consumer unit with burning smell -> electrical danger, emergency.")),

    (call_in("10-13 10:30", "+447700900842", txt("""
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hi, I'm calling from the discharge team at Pinderfields Hospital. We've got a patient, Tracey Holt, Flat 9 Calder Court, who's ready to go home but she needs a key safe fitted by the front door so the carers can get in. She's given consent for me to call.
        Agent: Thank you. I'll raise that as a priority adaptation and call her on her mobile.
        """), dur=205),
     R("C300057", "repairs", mm="key safe", acc={"action": ["review"], "customer_ref": [None], "category": ["general"]},
       note="Hospital staff acting for the tenant with consent, naming her and her flat -> C300057 (review acceptable); key safe -> repairs.")),

    (call_in("10-15 16:00", "+441632960342", txt("""
        Agent: Fairholme Homes, Lee speaking.
        Caller: Hello, it's Keith Barraclough from 6 Weavers Row. I rent garage number 4 behind the Row and I want to give it up at the end of the month, I've sold the car.
        Agent: No problem, I'll send you the termination form for the garage.
        """), dur=97),
     R("C300042", "estate", mm="garage", acc={"category": ["tenancy"]}, note="Ending a garage licence -> estate.")),

    (call_in("10-19 12:40", "+447700900329", txt("""
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, Kwame Mensah, 18 Thornhill Gardens. I reported the bathroom fan in August. I've had three appointments cancelled on the morning, each time after I'd booked the day off work. I want to make a complaint - and I still need the fan fixing.
        Agent: I'm sorry Mr Mensah. I'll log a stage 1 complaint and book the fan for the first slot with a confirmed engineer.
        """), dur=298),
     R("C300029", "complaint", mm="complaint|cancel, fan", acc={"category": ["repairs"]},
       note="Repair request with clear dissatisfaction about cancellations -> complaint, repairs acceptable.")),

    (call_in("10-21 18:20", "+447700900336", txt("""
        Agent: Out of hours, Craig speaking.
        Caller: Hello, Grace Adeyemi, Flat 2 Foundry Walk. The balcony above mine has a big crack along the edge and a chunk of concrete fell off this afternoon and landed right where people park. There's rusty metal showing.
        Agent: Please keep away from underneath it. I'm getting a structural engineer out tonight to cordon it off.
        """), dur=174, to=OOH),
     R("C300036", "repairs", "emergency", mm="balcony|concrete", note="Crumbling balcony with falling concrete -> structural danger, emergency.")),

    (call_in("10-23 09:10", "+447700900341", txt("""
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hello, my name is Natalia Rusu, Flat 15 Calder Court. I buy a car. Is possible to have a parking space at the back of the building?
        Agent: There's a waiting list for the bays, I'll add you and send you the form.
        """), dur=112),
     R("C300041", "estate", mm="parking", note="Parking bay request -> estate.")),

    (call_in("10-27 14:55", "+447700900845", txt("""
        Agent: Fairholme Homes, Dawn speaking.
        Caller: I want to report a dog on Beckside Mews. A big staffy, always off the lead, it went for my dog this morning and bit him on the neck. It lives at one of your houses, I think 21.
        Agent: I'm sorry to hear that. Have you told the police?
        Caller: Yes. I'm just visiting my sister on the Mews, I don't live there.
        """), dur=188),
     V("asb", mm="dog|bit|attack", note="Visitor, unknown number -> review; dangerous dog -> asb, sensitive.")),

    (call_in("10-29 11:05", "+441144960322", txt("""
        Agent: Fairholme Homes Sheffield, Lee speaking.
        Caller: (quietly) Hello, it's Amina Hussain. I can only talk for a minute while he's out. My husband takes all my money and my phone, he won't let me see my family, and last week he pushed me against the wall. I don't know who to tell.
        Agent: Thank you for telling me, Amina. Are you safe right now? I'm going to ask our domestic abuse officer to contact you - what's a safe way and time to reach you?
        Caller: Tuesday mornings, at my mum's. Please don't ring this number.
        """), dur=236, to=SHEFF),
     R("C300011", "safeguarding", mm="abuse|husband|money",
       note="Shared landline, but the caller names herself -> C300011; domestic abuse disclosure (the abuser is the other household member) -> safeguarding, sensitive.")),

    (call_in("11-02 16:30", "+447700900350", txt("""
        Agent: Fairholme Homes, Jo speaking.
        Caller: Yeah it's Jamie Rowntree, Flat 16 Ashgrove. I've had a letter about noise complaints. It's not me, I work nights, I'm not even in. It's the flat above mine. I want that on record.
        Agent: I'll pass your comments to the ASB officer handling the case and ask her to call you.
        """), dur=150),
     R("C300050", "asb", mm="noise|letter", note="Alleged perpetrator responding to an ASB letter -> asb, sensitive.")),

    (call_in("11-04 20:45", "+447700900356", txt("""
        Agent: Out of hours, Amir speaking.
        Interpreter: I have Mr Ahmed Farouk on the line, 50 Weavers Row. He says water is coming through the kitchen ceiling and running down the wall behind the sockets. The lights tripped a few minutes ago.
        Agent: Please tell him not to touch the sockets and to keep the power off. An emergency plumber and electrician are on the way.
        """), dur=322, to=OOH),
     R("C300056", "repairs", "emergency", mm="water|ceiling|socket", note="Water running into electrics -> emergency.")),

    (call_in("11-10 10:25", "+441134960314", txt("""
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hiya, just checking you got the photos I emailed of the garden, the mess your contractors left. Nobody's come back to us.
        Agent: Could I take your name?
        Caller: It's the Whitakers, number 23. I'll get the other half to ring you, it's his complaint.
        """), dur=71),
     V("complaint", mm="garden|photo", acc={"category": ["repairs"]},
       note="Whitaker landline; the caller gives only the household name -> review (the complaint itself was Darren's, C300005).")),

    (call_in("11-17 15:15", "+447700900846", txt("""
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hi, my name's Imran Siddiqui, I've got a new number, this one. Can you post me a rent statement for the last six months?
        Agent: Sure. I'll need to ask you a couple of security questions first.
        Caller: Sorry, I'm at work, I'll call back later.
        """), dur=58),
     V("rent", mm="statement|rent", acc={"action": ["record"], "customer_ref": ["C300009"]},
       note="New unknown number and only a name, security not completed -> review (C300009 defensible).")),

    (call_in("11-19 09:55", "+447700900314", txt("""
        Agent: Fairholme Homes Sheffield, Lee speaking.
        Caller: Good morning, Andrei Popescu, 21 Moorside Crescent. My mother in Romania is very ill, I need to go and look after her for about three months. Is my tenancy OK if I am away? I will keep paying the rent.
        Agent: Thanks for telling us. As long as it stays your only home and the rent is paid that's fine; I'll note the dates and send you a form.
        """), dur=211, to=SHEFF),
     R("C300014", "tenancy", mm="away|absence|tenancy", note="Extended absence from the home -> tenancy.")),

    (call_in("11-11 21:10", "+447700900335", txt("""
        Agent: Out of hours, Craig speaking.
        Caller: Listen, somebody in Flat 12 at Foundry Walk keeps buzzing people into the block at night and they're sleeping on the landings and leaving a right mess, cans, worse. I don't want my name mentioned anywhere, I've had enough grief.
        Agent: OK, I'll log it without your details for the estate and ASB teams.
        """), dur=131, to=OOH),
     A("asb", mm="landing|sleeping|block", note="Known caller (C300035) explicitly asks not to be named -> anonymous, asb.")),

    (call_out("10-02 09:30", "+447700900357", "Repairs team", "no-answer"),
     R("C300057", "general", mm=ATTEMPT, acc=ANY, note="Unanswered outbound call -> attempted contact recorded.")),

    (call_out("10-07 12:10", "+447700900326", "Complaints team", "busy"),
     R("C300026", "general", mm=ATTEMPT, acc=ANY, note="Busy outbound attempt -> record; any category.")),

    (call_out("10-28 15:20", "+447700900347", "Tenancy team", "completed", dur=33, answered_by="machine_end_beep", voicemail=True,
              transcript="Hi Priya, it's Mo from Fairholme's tenancy team. I'm calling to book your end-of-tenancy inspection before you leave on the 23rd. Could you ring me back on 0114 496 0000? Thanks.", frm=SHEFF),
     R("C300047", "tenancy", mm="voicemail|message, inspection|tenancy", note="Voicemail about the end-of-tenancy inspection -> tenancy.")),

    (call_out("10-14 10:45", "+441134960345", "Repairs team", "completed", dur=96, answered_by="human",
              transcript=txt("""
        Agent: Hello, Mr Birkett? It's Fairholme repairs. We've got the joiner booked to fix your back step handrail and fit the second rail on Thursday morning.
        Customer: Thursday. Right. My daughter will be here.
        Agent: Lovely, thank you.
        """)),
     R("C300045", "repairs", mm="handrail|rail", note="Outbound appointment confirmation -> repairs.")),

    (call_out("10-20 17:10", "+447700900310", "Damp & mould team", "completed", dur=21, answered_by="machine_end_silence", voicemail=False),
     R("C300010", "general", mm=ATTEMPT, acc=ANY, note="Voicemail reached, nothing recorded -> attempted contact, content-free.")),

    (call_out("10-28 13:35", "+441134960314", "Complaints team", "no-answer"),
     V("general", mm=ATTEMPT, acc={"category": "*", "action": ["record"], "customer_ref": ["C300004", "C300005"]},
       note="Unanswered call to the Whitaker shared landline -> callee ambiguous, review (either householder defensible).")),

    (call_out("11-03 09:50", "+441144960322", "Lettings team", "completed", dur=188, answered_by="human", frm=SHEFF,
              transcript=txt("""
        Agent: Hello, can I speak to Tariq Hussain please?
        Customer: That's me.
        Agent: It's Hannah from lettings. Good news, your transfer application has been assessed and you're in band B because of the overcrowding. You can start bidding this week.
        Customer: That's great, thank you.
        """)),
     R("C300012", "lettings", mm="transfer|band", note="Outbound to the shared landline; the callee confirms he is Tariq -> C300012; transfer banding -> lettings.")),

    (call_out("11-09 14:05", "+447700900354", "Repairs team", "completed", dur=240, answered_by="human", frm=SHEFF,
              transcript=txt("""
        Agent: Hello Mr Yusuf, I have a Somali interpreter on the line. We're calling to check the fire alarm at Foundry Walk is working properly since the engineer's visit.
        Interpreter: He says yes, the panel light is green now and the beeping has stopped.
        Agent: Great, thank you.
        """)),
     R("C300054", "repairs", mm="fire alarm", note="Follow-up on a completed fire-alarm repair -> repairs, no current hazard.")),

    (call_out("11-12 11:20", "+447700900328", "ASB team", "completed", dur=41, answered_by="machine_start", voicemail=True,
              transcript="Hi Leanne, it's Tom Grant from Fairholme's ASB team with an update on your case. The court has listed the injunction hearing for 2 December. Give me a call when you can. Thanks."),
     R("C300028", "asb", mm="voicemail|message, injunction|court", note="Voicemail with an ASB case update -> asb, sensitive.")),

    (call_out("11-18 16:40", "+447700900344", "Repairs team", "no-answer"),
     R("C300044", "general", mm=ATTEMPT, acc=ANY, note="Outbound no-answer -> record; any category.")),
]

# ---- sms -----------------------------------------------------------------------------------
HELDOUT += [
    (sms_in("10-02 07:55", "+447700900328", "hiya the back dor lock is jamd cant get out 2 the bins. leanne 10 thornhill"),
     R("C300028", "repairs", mm="lock|door", note="Text-speak, known mobile -> repairs.")),

    (sms_in("10-05 18:30", "+447700900851", "Theres a man lying at the bottom of the stairs in Ashgrove Court, hes not moving. Ive rang 999 but thought u should know"),
     V("safeguarding", mm="man|stair|999", acc={"category": ["general", "estate"]}, note="Unknown sender; welfare incident in a block -> review, safeguarding.")),

    (sms_in("10-09 12:12", "+447700900346", "Hi, this is John Smith, flat 14 Calder Court. Can I pay my rent weekly instead of monthly now I've got a new job?"),
     R("C300046", "rent", mm="rent|weekly", note="Common name, but the phone matches C300046 -> record.")),

    (sms_in("10-13 21:05", "+447700900317", "the toilets blocked and overflowing all over the bathroom floor, its going under the door onto the landing. what do i do"),
     R("C300017", "repairs", "emergency", mm="toilet|overflow", note="Overflowing toilet flooding the floor -> emergency.")),

    (sms_in("10-16 08:45", "+447700900323", "hi can u tell me my rent balance after this weeks payment? sophie lambert"),
     R("C300023", "rent", mm="balance|rent", note="Sophie's own mobile -> rent.")),

    (sms_in("10-20 12:30", "+447700900312", "Tariq Hussain here. Could you send us a letter confirming our address? DVLA want proof for my licence"),
     R("C300012", "tenancy", mm="letter|address|proof", acc={"category": ["general"]}, note="Proof of address -> tenancy (general acceptable).")),

    (sms_in("10-22 19:50", "+447700900339", "Water pouring from the loft hatch onto the landing carpet, a lot. Please send someone. I can't phone, I'm Deaf. Shirley 52 Hollin Park Rd"),
     R("C300039", "repairs", "emergency", mm="water|loft", note="Water pouring into the home -> flooding, emergency.")),

    (sms_in("10-26 10:15", "+447700900852", "مرحبا، أبحث عن بيت للإيجار لعائلتي، أنا وزوجتي وثلاثة أطفال. كيف أسجل؟"),
     V("lettings", mm="register|home|house", note="Arabic: 'I'm looking for a house to rent for my family (wife and three children), how do I register?' Unknown -> review, lettings.")),

    (sms_in("10-28 15:40", "+447700900359", "pls dont tell anyone this came from me but the woman in flat 15 has got her ex living back there and i can hear him screaming at her and the kids most nights"),
     A("safeguarding", mm="ex|scream|kids", acc={"category": ["asb"]}, note="Known sender asks not to be identified -> anonymous; suspected domestic abuse with children -> safeguarding.")),

    (sms_in("11-02 09:20", "+447700900331", "Morning, rent's paid for the month. Can you stop the arrears letters now please? Thanks, Nathan"),
     R("C300031", "rent", mm="rent|arrears", note="Rent/arrears -> rent.")),

    (sms_in("11-05 13:00", "+447700900333", "Qalabka digniinta qiiqa ee guriga iyo kan hoolka dhismaha midna ma shaqeynayo, cod ma sameeyo markaan riixo. Hassan, Flat 8"),
     R("C300033", "repairs", "emergency", mm="smoke alarm|alarm",
       note="Somali: 'neither the smoke alarm in my flat nor the one in the building hall works, no sound when I press'. Fire-safety failure in a block -> emergency.")),

    (sms_out("11-06 17:25", "+447700900348", "Fairholme Homes: Bonfire night - please keep communal areas clear and report fly-tipped bonfire material on 0113 496 0000. Reply STOP to opt out."),
     I("Bulk SMS broadcast -> ignore.")),

    (sms_out("11-09 08:00", "+447700900328", "Fairholme Homes: your quarterly rent statement is now on the tenant portal. Reply STOP to opt out."),
     I("Bulk notification -> ignore.")),

    (sms_in("11-10 11:45", "+447700900318", "أريد دفع الإيجار لكن البطاقة لا تعمل في مكتب البريد. محمد الرشيد"),
     R("C300018", "rent", mm="rent|card|pay", note="Arabic: 'I want to pay the rent but the card doesn't work at the post office' -> rent.")),

    (sms_in("11-20 14:30", "+447700900319", "ceiling men finally came, jobs done proper. ta"),
     R("C300019", "repairs", mm="ceiling", acc={"category": ["general"]}, note="Repair completion acknowledgement -> repairs.")),

    (sms_in("11-16 19:10", "+447700900853", "Hiya, I'm Kelly Brannigan's mum. She's not answered her phone for 4 days and the school says the kids haven't been in. Can someone go round to 15 Hollin Park please, I'm in Scotland"),
     V("safeguarding", mm="welfare|kids|school", acc={"action": ["record"], "customer_ref": ["C300003"]},
       note="Relative not in the directory raising concern about a tenant -> review (linking to C300003 defensible); welfare -> safeguarding.")),

    (sms_out("11-17 16:05", "+447700900339", "Hi Shirley, Fairholme repairs here. The roofer will come tomorrow between 8 and 12 to fix the loft leak. Text back if that's not OK.", sender="Sam (Repairs)"),
     R("C300039", "repairs", mm="roof|loft", note="One-to-one outbound text -> record, repairs.")),

    (sms_in("11-19 12:40", "+447700900325", "Bună ziua, mucegaiul a revenit în camera băiatului după tratament, pe colțul tavanului. Ioana Marin"),
     R("C300025", "damp_mould", "damp_mould", mm="mould", note="Romanian: 'the mould has come back in the boy's room after the treatment, in the ceiling corner' -> damp_mould hazard.")),

    (sms_in("10-11 10:20", "+447700900305", "Darren here, someone keeps dumping rubbish bags and an old carpet in the alley behind ours. Third time this month"),
     R("C300005", "estate", mm="rubbish|dump|fly", note="Darren's own mobile -> C300005; fly-tipping -> estate.")),

    (sms_in("11-04 07:30", "+447700900335", "rent will be late this month got paid late, be friday"),
     R("C300035", "rent", mm="rent|late", note="Late payment notice -> rent.")),
]

# ---- whatsapp ------------------------------------------------------------------------------
HELDOUT += [
    (wa_in("10-03 17:40", "447700900351", "Yasmin", "Assalam o alaikum, bachon ke kamre ki khirki ka sheesha toot gaya hai, raat ko bohat thand aati hai. Yasmin 36 Thornhill"),
     R("C300051", "repairs", mm="window|glass", note="Roman Urdu: 'the window glass in the children's room is broken, it's very cold at night'. wa_id without '+' -> C300051.")),

    (wa_in("10-07 10:50", "+447700900332", "Zofia", "Sąsiad z mieszkania 6 pali na klatce schodowej i zostawia wszędzie niedopałki. Proszę nie mówić, że to ja zgłosiłam."),
     A("asb", mm="smok|stair", note="Polish: 'the neighbour from flat 6 smokes in the stairwell and leaves butts everywhere; please don't say I reported it' -> anonymous, asb.")),

    (wa_in("10-12 19:15", "+447700900854", "Cristina", "Hello, I am Cristina, carer for Mr Bogdan Ionescu at 19 Beckside Mews. He had a fall and the bath is too high for him now. Can you fit a walk-in shower? He agrees I message you."),
     R("C300052", "repairs", mm="shower|adapt|bath", acc={"action": ["review"], "customer_ref": [None]},
       note="Carer acting with consent, names the tenant and address -> C300052 (review acceptable); adaptation -> repairs.")),

    (wa_in("10-16 09:35", "447700900318", "Mohammed", "Hello, police came about the people at number 39 selling drugs, I gave a statement. Do you need copy for your file?"),
     R("C300018", "asb", mm="drug|police|statement", note="Known customer following up an ASB/drugs matter, no anonymity asked -> asb, sensitive.")),

    (wa_in("10-22 13:20", "+447700900327", "Fatima Begum", "Salam, Fatima's son here. Mum's rent went up and she's £38 behind now, can she pay £5 extra a week? Also the mould in her bedroom has come back since the treatment"),
     R("C300027", "rent", "damp_mould", mm="rent|behind|£5", acc={"category": ["damp_mould"], "hazard": [None]},
       note="The request is an arrears arrangement -> rent; the returning mould is still reported to us and starts the damp & mould clock -> hazard damp_mould (null acceptable).")),

    (wa_in("10-27 08:25", "+447700900855", None, "🎉 Congratulations! You've been selected for a £500 Tesco voucher. Claim now before midnight: tesco-rewards.example.com"),
     I("Spam -> ignore.")),

    (wa_in("10-30 20:10", "+447700900343", "Aisha", "He turned up at the kids' school today even though there's an order. I've rung the police. I need to talk to someone about moving out of Bradford please"),
     R("C300043", "safeguarding", mm="move|police|school", acc={"category": ["lettings"]}, note="Domestic abuse, breach of order, request to move -> safeguarding, sensitive.")),

    (wa_in("11-03 14:50", "447700900310", "Hodan", "Biyo kulul ma jiraan laba maalin, ilmahayga yar wuu xanuunsan yahay oo qandho ayuu qabaa. Fadlan caawi"),
     R("C300010", "repairs", "emergency", mm="hot water",
       note="Somali: 'no hot water for two days, my small child is ill with a fever, please help' -> vulnerable household, emergency.")),

    (wa_in("11-06 11:00", "+447700900309", "Imran", "Bhai rent ka statement bhej do please, council wale housing benefit ke liye maang rahe hain"),
     R("C300009", "rent", mm="statement|rent", note="Roman Urdu: 'please send the rent statement, the council want it for housing benefit' -> rent.")),

    (wa_out("11-10 16:40", "+447700900341", "Bună ziua Natalia, am găsit plata dvs. din 2 noiembrie și a fost alocată în contul de chirie. Ne cerem scuze pentru întârziere. - Elena, Fairholme", sender="Elena (Income)"),
     R("C300041", "rent", mm="payment|rent", note="One-to-one outbound WhatsApp (Romanian) about a rent payment -> record.")),

    (wa_in("11-13 09:05", "+447700900856", None, "Hi, I'm Bogdan's neighbour. The drain by the garages at Beckside is blocked and the water's right up to the garage doors"),
     V("estate", mm="drain|water|garage", acc={"category": ["repairs"]}, note="Unknown number -> review; blocked estate drain -> estate.")),

    (wa_in("11-16 21:30", "+447700900352", "Bogdan", "Miroase puternic a gaz pe scară, lângă contoare. Bogdan, 19 Beckside"),
     R("C300052", "repairs", "emergency", mm="gas", note="Romanian: 'strong gas smell on the stairs near the meters' -> emergency.")),

    (wa_in("11-18 12:00", "+447700900337", "Grażyna", "Good day, my husband Tomasz and me want to ask about buying our house. Can we do right to acquire?"),
     R("C300037", "tenancy", mm="right to acquire|buy", acc={"category": ["general", "lettings"]}, note="Grażyna's own mobile -> C300037; right to acquire -> tenancy.")),

    (wa_in("11-20 10:30", "447700900356", "Ahmed", "[Image] Can you tell me is this mould? It is on the wall behind the sofa and it smells bad"),
     R("C300056", "damp_mould", "damp_mould", mm="mould", note="Possible mould report with photo -> damp_mould hazard.")),
]

# ---- email ---------------------------------------------------------------------------------
HELDOUT += [
    (email_in("10-01 07:00", "newsletter@socialhousingtoday.example.com", "Social Housing Today", "Morning briefing: Decent Homes Standard consultation closes",
              "Good morning,\n\nToday: the Decent Homes Standard consultation closes; three landlords downgraded on consumer standards; webinar on tenant engagement.\n\nYou're receiving this because you signed up at socialhousingtoday.example.com. Unsubscribe here.",
              headers={"List-Unsubscribe": "<https://socialhousingtoday.example.com/unsubscribe>", "Precedence": "bulk"}),
     I("Trade newsletter -> ignore.")),

    (email_in("10-02 14:10", "hassan.warsame@example.net", "Hassan Warsame", "Re: Rent statement",
              txt("""
        Hello

        The lift at Foundry Walk is broken again since yesterday. My mother is staying with me and she uses a wheelchair, she can not go out to her hospital appointment. Please fix quickly.

        Hassan

        On Mon, 28 Sep 2026 at 10:05, Fairholme Income Team <rent@fairholmehomes.example.org> wrote:
        > Dear Mr Warsame,
        > Please find attached your rent statement for April to September 2026. Your balance is £0.00.
        > Kind regards, Income Team
        """), thread="thr-rent-7133"),
     R("C300033", "repairs", mm="lift", acc={"category": ["complaint"], "hazard": ["emergency"]},
       note="Quoted history is a rent statement; the new part reports the lift out with a wheelchair user -> repairs.")),

    (email_in("10-05 09:20", "connor.walsh@example.net", "Connor Walsh", "Automatic reply: Re: Car vandalism",
              "Hi, I'm away from my desk until Thursday. If it's urgent please text me.", headers=AUTO_REPLY),
     I("Auto-reply -> ignore.")),

    (email_in("10-07 15:30", "Paul.Greenwood+repairs@Example.com", "Paul Greenwood", "Cooker hood still not right",
              "Hi,\n\nThe engineer replaced the cooker hood motor last week but it still isn't pulling any steam out, and now there's water running down the kitchen window every morning when I cook.\n\nPaul Greenwood\n2 Beckside Mews",
              to=REPAIRS_BOX, src="ews"),
     R("C300026", "repairs", mm="cooker hood|extract", acc={"category": ["damp_mould"], "hazard": ["damp_mould"]},
       note="Mixed case + plus-addressing -> C300026; faulty extraction with condensation -> repairs (damp_mould acceptable).")),

    (email_in("10-09 10:40", "mailer-daemon@smtp.example.org", "Mail Delivery Subsystem", "Delivery Status Notification (Failure)",
              "** Address not found **\n\nYour message wasn't delivered to gary.naylor47@example.org because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.",
              headers=BOUNCE),
     I("Bounce -> ignore.")),

    (email_in("10-29 11:55", "rebecca.thornton@example.org", "Rebecca Thornton", "RE: Concern about my neighbour",
              txt("""
        Hi,

        Thanks for getting back to me. Separate question - I'm applying for a shared ownership mortgage and the lender wants a landlord reference confirming my tenancy and rent payment history. Who do I ask for that?

        Rebecca

        From: Fairholme Homes <contact@fairholmehomes.example.org>
        Sent: 27 October 2026 09:12
        To: rebecca.thornton@example.org
        Subject: RE: Concern about my neighbour

        Dear Ms Thornton, thank you for raising your concern about your neighbour. Our housing officer has visited and the appropriate support services are now involved.
        """), thread="thr-sg-7134"),
     R("C300034", "tenancy", mm="reference|mortgage", acc={"category": ["general", "rent"], "sensitive": [True]},
       note="Outlook block quotes a safeguarding reply; the new part only asks for a landlord reference -> tenancy, not sensitive.")),

    (email_in("10-14 08:30", "johnsmith.wf1@example.net", "John Smith", "Bathroom window",
              "Hi, the bathroom window in flat 14 won't close properly, the hinge is bent and it lets the rain in. Can someone look at it?\n\nThanks\nJohn",
              to=REPAIRS_BOX, src="ews"),
     R("C300046", "repairs", mm="window|hinge", note="Common name, but the e-mail address belongs to C300046 -> record.")),

    (email_in("10-16 13:00", "j.smith.bd3@example.org", "J Smith", "New rent card",
              "Hello, I'm John Smith, I live on Weavers Row, BD3 9PL. Please can I have a new rent payment card, mine has snapped.\n\nJohn",
              to=RENT_BOX),
     R("C300015", "rent", mm="card|rent", acc={"action": ["review"], "customer_ref": [None]},
       note="Unknown address, but name + street + postcode fit only the Weavers Row John Smith -> C300015 (review acceptable).")),

    (email_in("10-19 20:15", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Private - please read",
              txt("""
        I don't know who else to tell. My husband has been hitting me for about a year, it's got worse since the summer. Last night he threw a plate at me in front of the children. I want to leave but I don't know what happens with the flat.

        Please don't phone the house, he checks my phone. Email is safe, he doesn't know this address.

        Sandra
        """)),
     R("C300049", "safeguarding", mm="abuse|husband|hitting",
       note="Domestic abuse disclosure by the tenant; she wants safe contact, not anonymity -> record, safeguarding, sensitive.")),

    (email_in("10-21 10:00", "sales@sunroof-solar.example.net", "SunRoof Solar", "Funded solar panels for housing associations",
              "Dear Housing Manager,\n\nDid you know you could fit solar panels to your homes at zero upfront cost? Book a 15-minute call to find out more.\n\nUnsubscribe from these emails.",
              headers={"List-Unsubscribe": "<https://sunroof-solar.example.net/unsub>"}),
     I("Marketing e-mail -> ignore.")),

    (email_in("10-23 12:20", "owen.pritchard@example.com", "Owen Pritchard", "Re: Flat 10 water leak - job 78020",
              txt("""
        Hello,

        Now that the leak is sorted I've had a proper look at the damage. The hallway carpet is ruined, my laptop got soaked and the ceiling is stained. I was told someone from the insurance side would contact me within 5 days. It's been over a week and nobody has. Frankly I'm not impressed with how this has been handled and I'd like compensation for my things.

        Owen Pritchard

        On Thu, 15 Oct 2026 at 09:14, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        > Dear Mr Pritchard,
        > An operative attended this morning and isolated the leak from Flat 15. A plasterer will be booked once the ceiling has dried out.
        """), thread="thr-rep-78020"),
     R("C300040", "complaint", mm="compensation|damage", acc={"category": ["repairs"]},
       note="Dissatisfaction and a compensation request after a leak -> complaint; quoted part is the repair update.")),

    (email_in("10-26 09:45", "KWAME.MENSAH@example.com", "Kwame Mensah", "Direct debit amount",
              "Hi, why has my direct debit gone up by £3.40 this month? I didn't get a letter. By the way the damp in the hall cupboard has been sorted now, the new air brick did the trick - thanks.\n\nKwame",
              to=RENT_BOX),
     R("C300029", "rent", mm="direct debit", acc={"hazard": ["damp_mould"]},
       note="Upper-case address -> C300029. Rent query; the damp is mentioned only as resolved, so no live hazard -> hazard null (damp_mould defensible).")),

    (email_in("10-28 17:50", "ahmed.farouk@example.net", "Ahmed Farouk", "شكوى",
              "السلام عليكم،\n\nأود تقديم شكوى رسمية. موعد إصلاح السخان أُلغي ثلاث مرات ولم يتصل بي أحد. عندي طفل صغير والبيت بارد في الليل.\n\nأحمد فاروق\n50 ويفرز رو",
              to=INBOX),
     R("C300056", "complaint", mm="complaint|boiler|cancel", acc={"category": ["repairs"]},
       note="Arabic: 'I want to make a formal complaint: the boiler repair was cancelled three times and nobody called; I have a small child and the house is cold at night' -> complaint.")),

    (email_in("10-30 11:10", "daniel.okafor@example.com", "Daniel Okafor", "Out of Office: Gas safety appointment",
              "I am out of the office until 3 November with limited access to email.", headers={"Auto-Submitted": "auto-replied"}),
     I("Auto-reply -> ignore.")),

    (email_in("11-02 15:45", "tenant.voice.ashgrove@example.com", None, "Cleaning at Ashgrove Court",
              "I'm writing to complain that the communal cleaning at Ashgrove Court hasn't been done for a month. The stairs are filthy, there's sick on the 3rd floor landing and the bins room stinks. We pay a service charge for this.",
              to=INBOX),
     V("complaint", mm="cleaning|service charge", acc={"category": ["estate"]}, note="Unnamed sender not in the directory -> review; dissatisfaction with a paid service -> complaint.")),

    (email_in("11-04 10:30", "natalia.rusu@example.org", "Natalia Rusu", "Cerere de transfer",
              "Bună ziua,\n\nVă rog să mă ajutați cu un transfer la un apartament la parter. Am probleme mari cu genunchii și când liftul nu merge nu pot urca la etajul 4.\n\nNatalia Rusu, ap. 15 Calder Court"),
     R("C300041", "lettings", mm="transfer|ground floor", acc={"category": ["tenancy"]},
       note="Romanian: 'please help me with a transfer to a ground-floor flat; bad knees, can't climb to the 4th floor when the lift is out' -> lettings.")),

    (email_in("11-05 19:05", "grace.adeyemi@example.com", "Grace Adeyemi", "RE: Your rent statement",
              txt("""
        Sorry to email this late but I can't get through on the phone - there's a really strong smell of gas on the landing outside flats 1 to 4 tonight. A neighbour says it's been there since teatime.

        Grace

        From: Fairholme Income Team <rent@fairholmehomes.example.org>
        Sent: Monday, November 2, 2026 10:00 AM
        To: grace.adeyemi@example.com
        Subject: Your rent statement

        Dear Ms Adeyemi, please find your rent statement attached.
        """), thread="thr-rent-7136"),
     R("C300036", "repairs", "emergency", mm="gas", note="Reply to a rent statement, but the new part reports a gas smell -> emergency repairs.")),

    (email_in("11-09 12:00", "zofia.kaminska@example.com", "Zofia Kamińska", "Sufit",
              "Dzień dobry,\n\nw przedpokoju odpadł duży kawałek tynku z sufitu, spadł tuż obok mojej córki. Reszta sufitu też jest wybrzuszona. Proszę o pilną pomoc.\n\nZofia Kamińska, mieszkanie 5, Foundry Walk",
              to=REPAIRS_BOX, src="ews"),
     R("C300032", "repairs", "emergency", mm="ceiling|plaster",
       note="Polish: 'a large piece of ceiling plaster fell in the hallway right next to my daughter; the rest is bulging' -> structural danger, emergency.")),

    (email_in("11-10 08:20", "enews@housing-ombudsman.example.org", "Housing Ombudsman", "Ombudsman e-news: spotlight on damp and mould, one year on",
              "In this issue: our spotlight report on damp and mould one year on from Awaab's Law, new casework statistics and upcoming landlord webinars.\n\nManage your subscription or unsubscribe.",
              headers={"List-Unsubscribe": "<https://housing-ombudsman.example.org/enews/unsub>", "Precedence": "bulk"}),
     I("Newsletter (mentions damp but bulk) -> ignore.")),

    (email_in("11-11 14:25", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Lift - formal complaint",
              "This is the fourth time since August the Ashgrove Court lift has been out for days. I am a wheelchair user on the third floor and each time I am trapped. I want this logged as a formal complaint and I want to know what you are doing to fix the lift properly, not just patch it up.\n\nLorraine Kettlewell, Flat 7"),
     R("C300008", "complaint", mm="lift|complaint", acc={"category": ["repairs"]}, note="Explicit formal complaint about repeated lift failures -> complaint.")),

    (email_in("11-12 09:35", "tariq.h@example.com", "Tariq Hussain", "RE: Transfer application",
              txt("""
        Thanks, band B is great news. Do we have to bid for the houses ourselves or does someone do it for us? Amina isn't good with computers.

        Tariq

        ________________________________
        From: Fairholme Lettings <lettings@fairholmehomes.example.org>
        Sent: 03 November 2026 10:15
        To: tariq.h@example.com
        Subject: Transfer application

        Dear Mr Hussain, your transfer application has been accepted in band B.
        """), thread="thr-let-7121"),
     R("C300012", "lettings", mm="bid|band|transfer", note="Tariq's own e-mail -> C300012; transfer bidding -> lettings.")),

    (email_in("11-13 16:00", "j.bright@calder-mind.example.org", "Jo Bright (Calder Mind)", "Dean Sykes, Flat 14 Foundry Walk - rent arrears",
              "Hello,\n\nI'm Dean Sykes' support worker at Calder Mind (consent form attached). Dean has been struggling with his mental health since the summer and has fallen about £340 behind with his rent. He wants to set up a repayment plan and a direct debit. Could someone call me so we can do this together?\n\nJo Bright\nSupport Worker"),
     R("C300035", "rent", mm="arrears|rent|repayment", acc={"action": ["review"], "customer_ref": [None]},
       note="Support worker acting with consent, names tenant and flat -> C300035 (review acceptable); arrears -> rent.")),

    (email_in("11-16 07:45", "vicky.pemberton@example.org", "Victoria Pemberton", "Smoke alarm",
              "Morning, the hard-wired smoke alarm in my hallway has no green light any more and it doesn't beep when I press the test button. Can someone come and replace it?\n\nVicky, 14 Moorside Crescent"),
     R("C300013", "repairs", "emergency", mm="smoke alarm", acc={"hazard": [None]},
       note="Smoke alarm not working at all -> fire-safety failure, emergency (null defensible in a house).")),

    (email_in("11-18 13:10", "yasmin.akhtar@example.com", "Yasmin Akhtar", "Worried about next door",
              "Hi, I'm worried about the old man at 38 Thornhill Gardens. He hasn't put his bins out or opened his blinds for about five days and his TV has been on loud all night. He normally waves every morning. Could someone check on him?\n\nYasmin, no. 36"),
     R("C300051", "safeguarding", mm="welfare|check|neighbour", note="Known customer's concern for a neighbour -> safeguarding, recorded against the reporter.")),

    (email_in("11-19 18:30", "leah.m@example.net", "Leah", "Drugs at Thornhill Gardens",
              "I'm a tenant at Thornhill Gardens. The couple at number 20 are dealing from their car every evening, people pull up, swap something and drive off. I don't want this traced back to me please, they already know I don't like it.",
              to={"email": "asb@fairholmehomes.example.org", "name": "Fairholme ASB Team"}),
     A("asb", mm="drug|dealing", note="Reporter asks not to be traced -> anonymous, asb (sender is not in the directory anyway).")),

    (email_out("11-20 11:00", TENANCY_BOX, "priya.chauhan@example.com", "Priya Chauhan", "End of tenancy inspection",
               "Dear Ms Chauhan,\n\nThank you for your call. Your end-of-tenancy inspection is booked for Friday 20 November at 2pm, before you hand back the keys.\n\nKind regards,\nMo, Tenancy Team"),
     R("C300047", "tenancy", mm="inspection|keys|tenancy", note="One-to-one outbound e-mail -> record, tenancy.")),
]

# ---- webchat & portal forms ---------------------------------------------------------------
HELDOUT += [
    (chat("10-03 13:10", {"name": "Visitor"}, txt("""
        Visitor: hi ref T-007142, it's Keith. the outside tap is dripping constantly and there's ice on the path in the mornings
        Agent (Dev): Thanks Keith, I've booked a plumber for Tuesday.
        """)),
     R("C300042", "repairs", mm="tap", note="Tenancy ref with dash, single occupant -> C300042.")),

    (chat("10-08 17:55", {"email": "ioana.marin@example.net", "name": "Ioana"}, txt("""
        Visitor: hello, can I put a fence between my garden and next door? the dog from next door come in
        Agent (Kim): You'll need our permission first; I'll email you the alterations form.
        """)),
     R("C300025", "tenancy", mm="fence|permission", acc={"category": ["estate"]}, note="Permission for an alteration -> tenancy.")),

    (chat("10-14 20:20", {"customer_ref": "C300053", "email": "lucy.fairweather@example.net", "name": "Anonymous"},
          "Location: Hollin Park Road, by the shops\nDescription: A group of teenagers on e-scooters ride at people on the pavement and have been shouting threats at older residents. An elderly man was knocked over on Saturday.",
          subject="Report ASB (anonymous)", src="api", to=PORTAL_TO, anon=True),
     A("asb", mm="scooter|threat|teen", note="anonymous flag set on the form -> anonymous even though the portal session is C300053's.")),

    (chat("11-13 22:05", {"customer_ref": "C300044", "email": "megan.lister@example.org", "name": "Anonymous"},
          "Location: Beckside Mews, visitor bays\nDescription: A silver hatchback with no tax and two flat tyres has been left in the visitor bay for six weeks. Kids have started climbing on it and the back window is smashed.",
          subject="Report an estate issue (anonymous)", src="api", to=PORTAL_TO, anon=True),
     A("estate", mm="car|vehicle|abandon|hatchback",
       note="anonymous flag set, so kept without a customer link even though the portal session is C300044's; abandoned car -> estate (not sensitive).")),

    (chat("10-20 11:35", {"name": "Visitor"}, txt("""
        Visitor: can i still apply for a mutual exchange if i have rent arrears?
        Agent (Priya): Usually we'd need the arrears cleared or a payment plan kept up. Can I take your name?
        Visitor: its ok thanks
        """)),
     V("tenancy", mm="exchange|arrears", acc={"category": ["rent"]}, note="Unidentified visitor -> review, tenancy.")),

    (chat("10-26 15:45", {"name": "J Smith"}, txt("""
        Visitor: hi need to report damp in my bedroom, its all black behind the bed. j smith
        Agent (Dev): Thanks, can I take your address?
        [Visitor left the chat]
        """)),
     V("damp_mould", "damp_mould", mm="damp|black|mould", note="'J Smith' fits two customers and nothing else identifies him -> review; damp -> damp_mould hazard.")),

    (chat("11-02 10:05", {"customer_ref": "C300044", "email": "megan.lister@example.org", "name": "Megan Lister"},
          "Location: Front door\nDescription: The glass panel in the front door has a crack right across it, I think from the door slamming in the wind. Worried it'll fall out with the baby crawling around.",
          subject="Report a repair", src="api", to=PORTAL_TO),
     R("C300044", "repairs", mm="glass|door", acc={"hazard": ["emergency"]}, note="Portal repair form -> repairs.")),

    (chat("11-05 18:40", {"email": "jadewhitehead@example.net", "name": "Jade"}, txt("""
        Visitor: the fire exit door at the back of Ashgrove has been chained shut with a padlock!! theres 16 flats in here
        Agent (Kim): Thanks Jade, that's urgent. I'm sending someone out tonight to remove it.
        """)),
     R("C300059", "repairs", "emergency", mm="fire exit|chain|padlock", acc={"category": ["estate"]}, note="Blocked fire exit in a block -> fire-safety failure, emergency.")),

    (chat("11-10 12:15", {"name": "Visitor"}, txt("""
        Visitor: my ref is c300060, when is my bulky waste collection booked for?
        Agent (Dev): Hi Marcus, it's booked for Thursday; please put the items out the night before.
        """)),
     R("C300060", "estate", mm="bulky|waste", note="Customer ref typed in lower case -> C300060; bulky waste -> estate.")),

    (chat("11-16 14:50", {"name": "Visitor"}, "Visitor: testing testing\n[Visitor left the chat]"),
     I("Content-free test chat -> ignore.", acc={"action": ["review"], "category": ["general"]})),

    (chat("11-19 09:25", {"email": "owen.pritchard@example.com", "name": "Owen"}, txt("""
        Visitor: I'd like to escalate my complaint. I complained in October about the damage from the leak and still haven't had a response
        Agent (Priya): I'm sorry Owen, I'll escalate it to stage 2 and the complaints manager will be in touch.
        """)),
     R("C300040", "complaint", mm="complaint|escalat", note="Complaint escalation -> complaint.")),
]

# ---- telegram ------------------------------------------------------------------------------
HELDOUT += [
    (tg_in("10-04 12:30", "8912345670", "Connor", "hi, what's the process for getting a new kitchen? mine is the original one from the 90s and the doors are falling off"),
     R("C300048", "repairs", mm="kitchen", note="Linked Telegram id -> repairs.")),

    (tg_in("10-10 22:15", "5301177720", "Tomasz", "Dobry wieczór, z gniazdka w kuchni lecą iskry i czuć spaleniznę. Wyłączyłem bezpieczniki."),
     R("C300038", "repairs", "emergency", mm="socket|spark",
       note="Polish: 'sparks are coming from the kitchen socket and there's a burning smell; I switched off the fuses' -> electrical danger, emergency.")),

    (tg_in("10-18 09:00", "7345500012", "Oksana", "Hello, I am from Ukraine, living with host family in Leeds for one year. How can I rent a flat from you? I have job now."),
     V("lettings", mm="rent a flat|apply|housing", note="Unlinked Telegram id -> review, lettings.")),

    (tg_in("10-25 16:45", "6674421093", "Jade", "there's a big patch of black mould on my bedroom ceiling now, ever since the leak from upstairs"),
     R("C300059", "damp_mould", "damp_mould", mm="mould", note="Linked id -> damp_mould hazard.")),

    (tg_in("11-03 07:50", "5550009876", "Jobs UK", "💰 Earn £300/day from your phone! No experience needed. Message me to start today 💰"),
     I("Spam -> ignore.")),

    (tg_in("11-11 19:30", "4409987612", "Kwame", "Someone's sprayed really offensive graffiti on the garages at Thornhill, racist stuff, kids walk past it to school"),
     R("C300029", "estate", mm="graffiti", acc={"category": ["asb"], "sensitive": [True]}, note="Graffiti removal -> estate (asb defensible for hate graffiti).")),

    (tg_in("11-17 08:35", "6230118845", "Andrei P", "Bună ziua, aș vrea să plătesc chiria prin debit direct. Ce trebuie să fac?"),
     R("C300014", "rent", mm="direct debit", note="Romanian: 'I'd like to pay the rent by direct debit, what do I need to do?' -> rent.")),
]

# ---- facebook ------------------------------------------------------------------------------
HELDOUT += [
    (fb_in("10-06 10:20", "fb:100090000201", "Maureen Tate", "Congratulations on the new community garden at Thornhill, it looks fab 🌻"),
     I("Social comment asking for nothing -> ignore.")),

    (fb_in("10-11 13:45", "fb:100090000202", "Tracey Holt", "Hi it's Tracey, flat 9 Calder Court. Is there any help with redecorating after the kitchen fitting? The walls are a mess where the old units were"),
     R("C300057", "repairs", mm="decorat|kitchen", acc={"category": ["general"], "action": ["review"], "customer_ref": [None]},
       note="Name + flat fit one customer -> C300057; decorating after works -> repairs.")),

    (fb_in("10-17 18:05", "fb:100090000203", "Lisa T", "water is pouring through our bathroom light at Ashgrove Court and no-one answers the phone!!!"),
     V("repairs", "emergency", mm="water|light", note="Unknown person, no flat -> review; water through a light fitting -> emergency.")),

    (fb_in("10-24 09:30", "fb:100090000204", "Page Boost", "Want 1000 real likes for your page? Only £15! Message us now"),
     I("Spam -> ignore.")),

    (fb_in("11-01 20:00", "fb:100090000205", "Mo Ali", "There's a man hanging around the Weavers Row play area exposing himself to the kids. Please don't put my name to this, I've got kids who play there",
           anon=True),
     A("safeguarding", mm="child|kids|play area", acc={"category": ["asb"]}, note="Explicit anonymity request -> anonymous; risk to children -> safeguarding.")),

    (fb_in("11-08 12:40", "fb:100090000206", "Craig Fenwick", "45 minutes on hold this morning. Is anyone actually working there?"),
     I("Public criticism with no request or identifiable case -> ignore.", acc={"action": ["review"], "category": ["complaint"]})),

    (fb_in("11-15 11:10", "fb:100090000207", "Sandra Okonkwo", "Hi, could you send me the number for the electrician doing my inspection please? I need to change the time"),
     V("repairs", mm="electric|inspection", acc={"action": ["record"], "customer_ref": ["C300049"]},
       note="Display name only on an unlinked handle -> review (C300049 defensible).")),
]

# ---- instagram -----------------------------------------------------------------------------
HELDOUT += [
    (ig_in("10-10 12:00", "@crypto.queen.uk", "Crypto Queen", "I turned £200 into £5,000 in a week 💸 DM me to learn how"),
     I("Spam -> ignore.")),

    (ig_in("10-19 21:10", "@moorside_mike", "Mike", "there's a big crack come in the wall above my front door on Moorside and it's getting wider every day, bits of brick falling"),
     V("repairs", "emergency", mm="crack|wall|brick", acc={"hazard": [None]}, note="Unknown handle -> review; widening structural crack with falling brick -> emergency.")),

    (ig_in("10-31 14:25", "@little.leeds.family", None, "🎃 so cute!"),
     I("Comment asking for nothing -> ignore.")),

    (ig_in("11-07 10:40", "@ioana_m12", "Ioana", "Hello, Ioana Marin, 12 Beckside Mews. Can you send me the direct number for the damp team please? The mould is back"),
     R("C300025", "damp_mould", "damp_mould", mm="mould|damp", acc={"hazard": [None]}, note="Name + address fit one customer -> C300025; mould returned -> damp_mould.")),

    (ig_in("11-14 17:55", "@leedslad99", None, "how much is the rent on a 1 bed with you lot"),
     V("lettings", mm="rent|1 bed", note="Unknown prospective tenant -> review, lettings.")),
]

# ---- letters -------------------------------------------------------------------------------
HELDOUT += [
    (letter("10-05 09:00", {"name": "Mrs P. Lumb"}, txt("""
        3 Weavers Row, Bradford BD3 9PL

        Dear Sirs,
        Please could my rent be taken by direct debit from now on instead of me paying with the card at the shop. I enclose my bank details.
        Yours faithfully,
        P. Lumb
        """)),
     R("C300016", "rent", mm="direct debit", note="Name + address -> C300016; rent payment method.")),

    (letter("10-12 09:00", {"name": "PestAway Services"}, "Dear Housing Provider,\nRats? Mice? Bed bugs? PestAway offers discounted contract rates for social landlords. Call today."),
     I("Marketing letter -> ignore.")),

    (letter("10-19 09:00", {"name": "R. Illingworth"}, txt("""
        15 Beckside Mews
        BD4 7HA

        The tenants at number 17 are burning rubbish and old furniture in their back garden every weekend. The smoke comes straight into my house and I have asthma. I have asked them to stop and got a mouthful of abuse.

        Robert Illingworth
        """)),
     R("C300058", "asb", mm="burning|smoke", note="Name + address -> C300058; nuisance bonfires and verbal abuse -> asb, sensitive.")),

    (letter("10-27 09:00", {"name": "Unsigned"}, txt("""
        I will not sign this.
        The man in Flat 11 Calder Court is hurting his dog. You can hear it yelping and crying through the walls and he leaves it on the balcony all night in the cold.
        """)),
     A("asb", mm="dog|cruel|yelp", acc={"category": ["safeguarding"]}, note="Unsigned, writer refuses to give a name -> anonymous; animal cruelty -> asb.")),

    (letter("11-03 09:00", {"name": "Joyce Ramsden"}, txt("""
        From: Joyce Ramsden, WF1 3DX
        (written by my niece)

        My husband Frank passed away on 20 September. Please take his name off the rent account and let me know what I need to do about the tenancy.
        """)),
     R("C300022", "tenancy", mm="passed away|death|tenancy", note="Name + postcode only; exactly one customer fits -> C300022; death of a household member -> tenancy.")),

    (letter("11-10 09:00", {"name": "Mr J Smith"}, "Dear Sirs,\nI wish to complain about the noise from the flat above me. They stamp about and play music until 2am most nights.\nJ Smith"),
     V("asb", mm="noise|music", note="'J Smith' with no address -> two possible customers -> review; neighbour noise -> asb.")),

    (letter("11-17 09:00", {"name": "Harold Birkett"}, txt("""
        3 Thornhill Gardens
        LS12 5EW

        Thank you for the new handrails. However the workman left the old rail and a bag of rubble in my front garden and I cannot shift them at my age. I rang twice and nobody has come.

        H. Birkett
        """)),
     R("C300045", "complaint", mm="rubble|rail|garden", acc={"category": ["repairs"]}, note="Dissatisfaction with a contractor's clear-up -> complaint (repairs acceptable).")),
]

# ---- visits --------------------------------------------------------------------------------
HELDOUT += [
    (visit("10-06 10:00", {"name": "Electrician (P. Shah)"}, cust("C300053"), "appointment", "attended",
           "EICR carried out at 44 Hollin Park Road. Satisfactory; replaced one cracked socket front."),
     R("C300053", "repairs", mm="eicr|electrical|socket", note="Attended safety inspection -> repairs.")),

    (visit("10-09 15:00", {"name": "Damp surveyor (J. Ward)"}, cust("C300033"), "appointment", "no_access",
           "Damp survey, no access. Neighbour said Mr Warsame is abroad for two weeks. Card left; will text to rebook."),
     R("C300033", "damp_mould", "damp_mould", mm="access|card", acc={"hazard": [None]}, note="No-access damp survey -> recorded.")),

    (visit("10-15 09:45", {"name": "Abdirahman Yusuf", "customer_ref": "C300054"}, SHEFFIELD_OFFICE, "walk_in", "attended",
           "Mr Yusuf came in with his Universal Credit letter. Helped him report his new rent on the UC journal. Interpreter by phone.",
           direction="inbound"),
     R("C300054", "rent", mm="universal credit|rent", note="Walk-in about UC housing costs -> rent.")),

    (visit("10-21 11:00", {"name": "Jamie Rowntree", "customer_ref": "C300050"}, LEEDS_OFFICE, "appointment", "failed_to_attend",
           "ASB interview about the noise complaints. Mr Rowntree did not attend. Second letter to be sent.", direction="inbound"),
     R("C300050", "asb", mm="attend|interview", note="Failed to attend an ASB interview -> recorded, asb, sensitive.")),

    (visit("10-29 14:30", {"name": "Income officer (S. Lowe)"}, cust("C300003"), "door_knock", "attended",
           "Arrears visit. Ms Brannigan owes £112. Agreed £5 extra a week and referred her for a Discretionary Housing Payment."),
     R("C300003", "rent", mm="arrears", note="Arrears door-knock -> rent.")),

    (visit("11-04 10:00", {"name": "Estate officer (L. Marsh)"}, cust("C300013"), "walkabout", "attended",
           "Moorside Crescent walkabout. Ms Pemberton raised the broken street light by no. 14 and potholes in the parking area; reported both."),
     R("C300013", "estate", mm="street light|pothole", note="Walkabout -> estate.")),

    (visit("11-11 09:00", {"name": "Gas engineer (D. Fenton)"}, cust("C300015"), "appointment", "no_access",
           "Annual gas safety check, 22 Weavers Row. No answer; card left. Second attempt - refer for access procedure."),
     R("C300015", "repairs", mm="gas|access", note="Visit names the customer ref -> C300015 despite the common name; no access.")),

    (visit("11-16 16:00", {"name": "Ms Darcy"}, BRADFORD_OFFICE, "walk_in", "attended",
           "A woman (gave her name as Ms Darcy, not a tenant) came in to report a used syringe in the Beckside Mews play area. Estate team sent to remove it.",
           direction="inbound"),
     V("estate", mm="syringe|needle|play", note="Walk-in by a non-customer -> review, estate.")),

    (visit("11-19 13:30", {"name": "Tenancy officer (M. Iqbal)"}, cust("C300007"), "appointment", "attended",
           "Mutual exchange final inspection at Flat 4 Ashgrove Court. Passed; exchange to complete on 30 November."),
     R("C300007", "tenancy", mm="exchange|inspection", note="Mutual exchange inspection -> tenancy.")),
]


# ---- late additions (held-out) -------------------------------------------------------------
HELDOUT += [
    (email_in("10-20 07:40", "imran.siddiqui@example.org", "Imran Siddiqui", "Condensation in bedroom",
              "Hi,\n\nEvery morning the bedroom windows are running with water and now there's a grey fuzz on the window seals and on the back of the curtains. We have to dry washing inside because there's no balcony. Can someone advise or come and look?\n\nImran, Flat 9 Ashgrove Court"),
     R("C300009", "damp_mould", "damp_mould", mm="condensation|mould", note="Condensation with mould growth -> damp_mould hazard.")),

    (call_in("11-06 11:40", "+441144960355", txt("""
        Agent: Fairholme Homes Sheffield, Lee speaking.
        Caller: Hello, it's Christine Mellor at 2 Moorside Crescent. There's a musty damp smell in the back bedroom and the wallpaper's peeling off at the bottom, there's like tide marks coming up from the skirting board.
        Agent: That sounds like it could be rising damp. I'll book a damp surveyor to come out.
        """), dur=167, to=SHEFF),
     R("C300055", "damp_mould", "damp_mould", mm="damp", note="Landline on the record -> C300055; rising damp -> damp_mould hazard.")),

    (sms_in("10-30 17:15", "+447700900348", "Hi, I've changed my email, it's now connor.w@example.net. Can you update it on my account please? Connor, 33 Moorside"),
     R("C300048", "general", mm="email|contact details", acc={"category": ["tenancy"]}, note="Contact details update -> general.")),

    (email_in("11-13 12:05", "shirley.baxter@example.com", "Shirley Baxter", "Please text me - I am Deaf",
              "Hello,\n\nPlease can you make sure all your teams know I am Deaf. Last week someone phoned me twice about an appointment and of course I couldn't answer. Text or email only please, and a BSL interpreter for visits. It is on my record.\n\nShirley Baxter, 52 Hollin Park Road"),
     R("C300039", "general", mm="deaf|text|bsl", acc={"category": ["complaint"]},
       note="Reminder of recorded communication needs, mild dissatisfaction -> general (complaint defensible).")),
]

# ============================================================================================
# Ids, output, validation: corpus_tools.py (shared with the other generators). These two splits
# predate it: their ids are salted without the split name, which keeps them as they were.
# ============================================================================================
import corpus_tools  # noqa: E402
from corpus_tools import is_drama, norm_phone, read_ids  # noqa: E402


def write_directory(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(DIRECTORY_COLUMNS)
        for row in CUSTOMERS:
            w.writerow(row)


def directory_errors() -> list[str]:
    errors = []
    rows = corpus_tools.directory_index()[3]
    if len(rows) != len(CUSTOMERS):
        errors.append("directory: duplicate customer_ref")
    for ref, row in rows.items():
        if not re.fullmatch(r"C3\d{5}", ref) or not re.fullmatch(r"T-007\d{3}", row["tenancy_ref"]):
            errors.append(f"directory: bad ref {ref}/{row['tenancy_ref']}")
        for p in filter(None, (x.strip() for x in row["phones"].split(";"))):
            if not is_drama(norm_phone(p)):
                errors.append(f"directory: {ref} phone {p!r} is not an Ofcom drama number")
        for e in filter(None, (x.strip() for x in row["emails"].split(";"))):
            if not re.search(r"@example\.(org|com|net)$", e.lower()):
                errors.append(f"directory: {ref} e-mail {e!r} not on example.*")
    return errors


def main() -> int:
    taken: set[str] = set()
    for cand in corpus_tools.SHARED_SAMPLES:
        if cand.exists():
            taken |= read_ids(cand)
            break
    sample_ids = set(taken)
    write_directory(HERE / "directory.csv")
    errors = directory_errors()
    print("\n".join(f"ERROR {e}" for e in errors))
    out: dict[str, tuple[Path, Path]] = {}
    for name, items in (("train", TRAIN), ("heldout", HELDOUT)):
        pairs = corpus_tools.finish(items, taken, salted=False)
        ev_path, ex_path = HERE / f"{name}.jsonl", HERE / f"{name}.expected.jsonl"
        corpus_tools.write_jsonl(ev_path, [e for e, _ in pairs])
        corpus_tools.write_jsonl(ex_path, [lab for _, lab in pairs])
        out[name] = (ev_path, ex_path)
        print(f"wrote {ev_path.name} / {ex_path.name}: {len(pairs)} events")
    n_err = len(errors)
    for name, (ev_path, ex_path) in out.items():
        corpus_tools.SPLIT = name
        others = sample_ids.union(*(read_ids(ev) for other, (ev, _) in out.items() if other != name))
        n_err += corpus_tools.validate(ev_path, ex_path, others)
        corpus_tools.coverage(ev_path, ex_path)
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main())

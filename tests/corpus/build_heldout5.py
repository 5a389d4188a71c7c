#!/usr/bin/env python3
"""Build a fifth held-out split (deterministic; writes only heldout5.jsonl / heldout5.expected.jsonl).

200 hand-written contacts for one working week, Monday 16 - Friday 20 November 2026, by an
independent examiner who has not seen the router, its lexicon, its model or any training split.
Roughly a contact centre's mix: mostly repairs, then damp and mould, rent and Universal Credit,
complaints, tenancy, lettings, estate and general enquiries; about 30 sensitive contacts (ASB and
safeguarding, many subtle, late, indirect, third-party or in another language); anonymous reporters
(flag set, and asked for in words with the flag false); Awaab's Law emergencies and damp/mould with
hard negatives; outbound attempts, no-access visits and staff notes; bulk mail, auto-replies,
bounces, spam and social chatter to ignore; unknown senders and shared household landlines;
30 messages in 16 other languages (plus English messages with a line of Polish or Urdu).

Unknown mobiles use +44 7700 9005nn (nn 20-99), unknown landlines 0114 496 06nn, Facebook ids
fb:1000955000nn: ranges unused by the other corpus files (checked by count only).

Run: .venv/bin/python tests/corpus/build_heldout5.py  (exit 1 on any validation error).
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from envelopes import (  # noqa: E402
    ANY, ATTEMPT, AUTO_REPLY, BOUNCE, BRADFORD_OFFICE, EMG, EST, GEN, INBOX, LEEDS_OFFICE, NEWS_HEADERS, NOHZ,
    OOH, RENT_BOX, REP, REPAIRS_BOX, REVOK, SHEFF, SHEFFIELD_OFFICE, TEN, TENANCY_BOX, WAKEFIELD_OFFICE, ASB_BOX,
    SAFEGUARDING_BOX, A, I, R, V, call_in, call_out, chat, cust, email_in, email_out, fb_in, ig_in, letter, portal,
    sms_in, sms_out, tg_in, visit, wa_in, wa_out,
)
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "heldout5"
AVOID = ["heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl", "train.jsonl"] + [
    f"train{n}.jsonl" for n in range(2, 13)]


def UM(n: int) -> str:
    """An unknown mobile (not in the directory): +44 7700 9005nn, nn 20-99."""
    assert 20 <= n <= 99
    return f"+4477009005{n:02d}"


def UL(n: int) -> str:
    """An unknown Sheffield landline: 0114 496 06nn."""
    return f"+4411449606{n:02d}"


def FB(n: int) -> str:
    """An unlinked Facebook sender id."""
    return f"fb:1000955000{n:02d}"


ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []


# ---------------------------------------------------------------------------------------------
# Monday 16 November 2026
# ---------------------------------------------------------------------------------------------
ITEMS += [
    (sms_in("11-16 07:42", "+447700900303",
            "no heating since sat night, boiler showing F28 fault. ive got my 3 week old baby here and its "
            "freezing. pls send someone today"),
     R("C300003", "repairs", "emergency", "boiler|heating",
       "No heating with a newborn in the home -> vulnerable household -> emergency.")),
    (call_in("11-16 08:05", "+441134960314", """
        Agent: Fairholme Homes, Bev speaking.
        Caller: Hiya, it's 23 Hollin Park Road. The bath tap won't turn off properly, it's dripping all the time, you can hear it all night.
        Agent: OK, I can book that. Can I take your name please?
        Caller: It's just the tenancy at 23, love, I'm running out the door. Can you just put it on the house?
        Agent: I do need to know who I'm speaking to.
        Caller: Sorry, bus is here.
        """, dur=64),
     V("repairs", None, "tap|drip",
       "Whitaker household landline shared by C300004/C300005; caller never names themself -> review.")),
    (email_in("11-16 08:30", "news@tenantvoice.example.net", "Tenant Voice Weekly",
              "Tenant Voice Weekly: Safeguarding Adults Week, winter fuel tips", """
        This week in Tenant Voice:
        - It's Safeguarding Adults Week: how landlords and tenants can spot the signs of abuse and neglect.
        - Ten ways to keep warm for less this winter.
        - Your right to repair: what the new rules mean.

        You are receiving this because you subscribed at tenantvoice.example.net.
        Update preferences | Unsubscribe
        """, headers=NEWS_HEADERS),
     I("Bulk newsletter (List-Unsubscribe, Precedence: bulk); 'safeguarding' and 'abuse' are editorial -> ignore.")),
    (wa_in("11-16 08:50", "447700900310", "Hodan",
           "Subax wanaagsan. Musqusha biyaheedu ma istaagaan, had iyo jeer way socdaan kadib markaan biyaha "
           "shubo. Fadlan qof soo dir. Hodan, Flat 12"),
     R("C300010", "repairs", None, "toilet|cistern|flush",
       "Somali: 'Good morning. The toilet water doesn't stop, it keeps running after flushing. Please send "
       "someone. Hodan, Flat 12.' wa_id without '+' -> C300010. Running cistern -> repairs.")),
    (call_out("11-16 09:10", "+447700900349", "Income team", "no-answer"),
     R("C300049", "general", None, ATTEMPT, "Outbound call not answered: recorded as an attempt; purpose unknown.",
       acc=ANY)),
    (portal("11-16 09:20", {"email": "lorraine.kettlewell@example.com", "name": "Lorraine Kettlewell"},
            "Report a repair: doors and entrances", """
        Category: Communal doors
        Description: The automatic door opener on the main entrance at Ashgrove Court has stopped working again.
        I use a wheelchair and can't open the heavy door on my own, so I was stuck inside most of yesterday until
        a neighbour came past. Please can it be fixed quickly. Lorraine, Flat 7
        """),
     R("C300008", "repairs", None, "door|opener",
       "Wheelchair user's ordinary repair request (communal door opener): not a safeguarding matter.",
       acc={"category": ["estate"], "hazard": ["emergency"]})),
    (sms_in("11-16 09:31", UM(20), "Hi is there any update on the fence? Paul"),
     V("repairs", None, "fence", "Unknown number, first name only, no address -> review.", acc=GEN)),
    (email_in("11-16 09:45", "daniel.okafor@example.com", "Daniel Okafor", "RE: Rent statement", """
        Hi,

        Thanks for sending this over. There's one thing I don't follow - the statement shows £43.20 owing from
        the week of 2 November but I paid the full amount that week. Could you check?

        Cheers,
        Daniel

        From: Fairholme Income Team <rent@fairholmehomes.example.org>
        Sent: 12 November 2026 15:02
        To: Daniel Okafor <daniel.okafor@example.com>
        Subject: Rent statement

        Dear Mr Okafor,
        Please find attached your rent statement as requested. For your information, following the damp survey
        on Tuesday 13 October the mould treatment in your bedroom has been completed and the job is closed.
        Kind regards,
        Income Team
        """, to=RENT_BOX, thread="thr-rent-7102"),
     R("C300002", "rent", None, "statement|£43.20|paid",
       "Rent statement query. Damp and mould appear only in quoted history and were completed -> hazard null.")),
    (call_in("11-16 10:02", "+441632960342", """
        Agent: Fairholme Homes, this is Tom.
        Caller: Hello Tom, Keith Barraclough, 6 Weavers Row. The back gutter's overflowing every time it rains and it's pouring down the wall by my back door.
        Agent: Right, I'll get that booked with the roofing team, Mr Barraclough. Probably next week.
        Caller: That's fine. And while I've got you - that lad at number 8 has been revving his motorbike up and down the path at midnight again. When I went out and said something he told me he'd burn my car out with me in it.
        Agent: That's a serious threat. Have you told the police?
        Caller: Not yet. I didn't want to make it worse.
        Agent: I'm going to pass this to our ASB team today and someone will call you back. If he threatens you again, ring 999.
        """, dur=312),
     R("C300042", "asb", None, "threat|burn, gutter",
       "Routine gutter repair, then a threat to burn the caller's car disclosed late -> asb (sensitive); repairs acceptable.",
       acc=REP)),
    (fb_in("11-16 10:20", FB(1), "Bev Sutcliffe",
           "Hi, our bins on Weavers Row haven't been emptied for 3 weeks now and there's rubbish blowing all over. "
           "Who do I speak to to get this sorted?"),
     V("estate", None, "bin", "Messenger DM from a display name only, no address or ref -> review; bins -> estate.",
       acc=GEN)),
    (ig_in("11-16 10:40", "@sunny_side_bakes", "Sunny Side Bakes",
           "Hey! 🍰 We'd love to collab - free cupcakes for your office in exchange for a shoutout on your stories? DM us!"),
     I("Marketing approach on Instagram -> ignore.")),
    (letter("11-16 11:00", {"name": "H. Birkett"}, """
        3 Thornhill Gardens
        Leeds LS12 5EW

        Dear Sir or Madam,

        I am 84 years of age and I am finding it very hard to get in and out of the bath now. Could I be
        considered for a walk-in shower? My doctor says I may need to be seen by an occupational therapist
        first, and I would be grateful if you could tell me how to arrange this.

        Yours faithfully,
        Harold Birkett
        """),
     R("C300045", "repairs", None, "shower|bath|adaptation",
       "Scanned letter, name + address -> C300045 (review accepted). Adaptation request from an older tenant: "
       "ordinary request, not sensitive.", acc={**REVOK, "category": ["tenancy", "general"]})),
    (call_in("11-16 11:15", "+447700900357", """
        Agent: Fairholme Homes, Jas speaking.
        Caller: Hi, it's Tracey Holt, Flat 9 Calder Court. I can smell gas in my kitchen, it's really strong. I've turned the hob off.
        Agent: Please don't use any switches, open the windows and go outside. Have you rung the National Gas Emergency number?
        Caller: No, I rang you first.
        Agent: Please ring them now, and I'm raising an emergency job for our gas engineer as well.
        """, dur=140),
     R("C300057", "repairs", "emergency", "gas", "Gas smell -> emergency.")),
    (chat("11-16 11:30", {"name": "Visitor 4412"}, """
        Visitor: I want to tell you about the flat above me at Foundry Walk but I don't want my name going on anything, they'd know straight away it was me.
        Agent (Priya): That's fine, you don't have to give your name. What's happening?
        Visitor: There's a dog shut out on their balcony day and night, barking and howling, and I don't think it's being fed. It's been a fortnight.
        Agent (Priya): Thank you, I'll pass this to the team.
        """),
     A("asb", None, "dog|bark",
       "Reporter asks in words not to be named (flag false) -> anonymous; nuisance/neglected dog -> asb.",
       acc=EST)),
    (sms_in("11-16 12:05", "07700900331", "Paid £150 off arrears today ref T007131 can u confirm its gone on"),
     R("C300031", "rent", None, "arrears|£150|payment", "0-prefixed mobile matches C300031; arrears payment -> rent.")),
    (email_in("11-16 12:40", "sam.osei@example.net", "Samuel Osei",
              "Automatic reply: Your gas safety appointment", """
        Thank you for your email. I am on annual leave until Monday 23 November with limited access to email.
        Sam
        """, headers=AUTO_REPLY),
     I("Auto-reply from a known customer -> ignore.")),
    (wa_in("11-16 13:10", "+447700900332", "Zofia K",
           "Dzień dobry, w sypialni na ścianie przy oknie jest czarna pleśń i jest jej coraz więcej. Córka ma "
           "astmę i ciągle kaszle. Czy ktoś może przyjść i zobaczyć? Zofia, mieszkanie 5"),
     R("C300032", "damp_mould", "damp_mould", "mould, asthma|cough",
       "Polish: black mould spreading on the bedroom wall, daughter has asthma and coughs constantly -> damp_mould.",
       acc=EMG)),
    (call_out("11-16 13:30", "+447700900328", "Repairs team", "completed", dur=29, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Hi Leanne, it's Fairholme repairs. Just confirming the plumber is booked for your kitchen sink on
        Wednesday 18 November, morning slot. Call 0113 496 0000 if that's no good. Thanks.
        """),
     R("C300028", "repairs", None, "sink|plumber, voicemail|message",
       "Outbound voicemail confirming a sink repair appointment -> repairs.")),
    (visit("11-16 14:00", {"name": "Housing officer (D. Marsh)"}, cust("C300019"), "door_knock", "attended", """
        Tenancy audit. Mr Naylor present. Occupants as per records, photo ID seen. Property in fair condition.
        Small patch of black mould on bathroom ceiling above the shower - T says he wipes it weekly, fan
        weak. Raised extractor check.
        """),
     R("C300019", "tenancy", "damp_mould", "audit, mould",
       "Tenancy audit note; live mould seen in passing -> hazard damp_mould (null accepted), damp_mould category accepted.",
       acc={"category": ["damp_mould"], "hazard": [None]})),
    (call_in("11-16 14:20", UM(21), """
        Agent: Fairholme Homes, Jordan speaking.
        Caller: Hello, I'm ringing about my mum, Eileen Dawson, 25 Thornhill Gardens. She's 88. Her heating's been off since yesterday teatime and she's sitting there in her coat. She won't ring you herself, she doesn't like to make a fuss.
        Agent: Thank you for letting us know. I'll raise that as an emergency and we'll call her landline before the engineer comes.
        Caller: Could you make sure I'm there? I'm her daughter, Susan.
        """, dur=185),
     R("C300030", "repairs", "emergency", "heating",
       "Daughter acting for a named tenant (88, no heating) -> record against C300030 (review accepted); emergency.",
       acc=REVOK)),
    (tg_in("11-16 14:45", "6230118845", "Andrei",
           "Bună ziua. Am primit scrisoarea despre creșterea chiriei din aprilie. Nu înțeleg cât trebuie să plătesc "
           "pe săptămână acum. Puteți să-mi explicați? Mulțumesc, Andrei"),
     R("C300014", "rent", None, "rent",
       "Romanian: received the rent increase letter, doesn't understand the new weekly amount -> rent. Linked Telegram id.")),
    (email_in("11-16 15:05", "postmaster@mail.example.com", "Mail Delivery System",
              "Undeliverable: Your repair appointment", """
        Your message to tenant.oldaddress@example.com couldn't be delivered.
        Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
        """, headers=BOUNCE),
     I("Delivery failure report -> ignore.")),
    (sms_in("11-16 15:30", "+447700900344",
            "Theres a massive crack come in the front room ceiling since the rain and its bowing down, bits of "
            "plaster falling on the settee. Kids are in the other room. Megan 4 Beckside"),
     R("C300044", "repairs", "emergency", "ceiling",
       "Bowing, cracking ceiling shedding plaster -> structural danger -> emergency.")),
    (call_in("11-16 16:00", "+441144960322", """
        Agent: Fairholme Homes Sheffield, Lynn speaking.
        Caller: Hello, it's Tariq Hussain, 8 Moorside Crescent.
        Agent: Hello Mr Hussain, how can I help?
        Caller: I want to put a satellite dish on the front of the house. Do I need permission from you?
        Agent: You do, I'll send you the form.
        """, to=SHEFF, dur=98),
     R("C300012", "tenancy", None, "dish|permission",
       "Shared Hussain landline, but the caller names himself -> C300012. Permission for alterations -> tenancy.",
       acc=GEN)),
    (email_in("11-16 16:30", "cllr.jpatel@leedscouncil.example.org", "Cllr Jaswinder Patel",
              "Casework: Mrs M Holroyd, 7 Hollin Park Road", """
        Dear Fairholme Homes,

        I am writing on behalf of my constituent Mrs Margaret Holroyd, 7 Hollin Park Road, LS8 3QT, who has given
        her consent for me to act for her. Her kitchen window has not closed properly since September and she
        tells me a repair was promised twice. She is elderly and the draught is making her house very cold.
        Could you let me know when this will be done? Please write to her in large print.

        Kind regards,
        Cllr Jaswinder Patel
        Roundhay Ward

        This e-mail and any attachments are confidential and intended solely for the addressee. If you have
        received it in error please notify the sender and delete it.
        """),
     R("C300001", "repairs", None, "window",
       "Councillor acting for a named tenant -> record against C300001 (review accepted). Window repair.",
       acc={**REVOK, "category": ["complaint"]})),
    (chat("11-16 17:10", {"name": "Kasia"}, """
        Visitor: hi, how long is the waiting list for a 2 bed flat in Leeds 6? me and my partner are in a 1 bed with a baby
        Agent (Sam): Hi Kasia, it depends on your band. Are you on the housing register?
        Visitor: yes since march. dziękuję, thank you
        """),
     V("lettings", None, "waiting list|register|2 bed",
       "Applicant, first name only -> review; waiting list -> lettings. Ends with one Polish word.")),
    (wa_in("11-16 18:20", "+447700900351", "Yasmin",
           "السلام علیکم، میرے کچن کی نالی بند ہو گئی ہے اور سنک میں گندا پانی واپس آ رہا ہے۔ براہ کرم کسی کو "
           "بھیج دیں۔ یاسمین، 36 تھورن ہل گارڈنز"),
     R("C300051", "repairs", None, "drain|sink|blocked",
       "Urdu: 'my kitchen drain is blocked and dirty water is coming back into the sink; please send someone. "
       "Yasmin, 36 Thornhill Gardens.' -> repairs.")),
    (call_in("11-16 19:40", "+447700900343", """
        Agent: Fairholme out of hours, Dan speaking.
        Caller: Hi, it's Aisha Mohamud, 27 Weavers Row. My front door lock's broken, the door won't lock at all.
        Agent: OK, we can get a joiner out tonight to make it secure. How did it get broken?
        Caller: My ex kicked it in last night. He's not meant to come near us, there's a non-molestation order. The police came. I'm scared he'll come back tonight with the door like this. The kids are here.
        Agent: I'm really sorry. I'm making it an emergency to secure the door, and I'll flag this to our safeguarding team. If he comes back, call 999 straight away.
        """, to=OOH, dur=260),
     R("C300043", "safeguarding", None, "door|lock, ex|non-molestation|abuse",
       "Door repair call in which domestic abuse is disclosed (breached non-molestation order) -> safeguarding.",
       acc={"category": ["asb", "repairs"], "hazard": ["emergency"]})),
    (email_in("11-16 20:15", "sales@tenantsoft.example.com", "TenantSoft",
              "Boost your tenant satisfaction scores with AI 🚀", """
        Hi there,
        Housing providers using TenantSoft cut repair call volumes by 40%. Book a 15-minute demo this week and
        get our TSM benchmarking report free.
        The TenantSoft team
        """),
     I("Unsolicited marketing -> ignore.")),
    (sms_in("11-16 21:05", UM(22),
            "This is Jades friend. Jade Whitehead flat 13 Ashgrove. She hasnt answered for 2 days and her curtains "
            "havent moved. Shes been really low lately and said some stuff that worried me like she didnt want to be "
            "here anymore. Can someone check on her pls"),
     V("safeguarding", None, "welfare|check|concern",
       "Friend of an unreachable tenant, possible suicide risk -> review, record against C300059 accepted; safeguarding.",
       acc={"action": ["record"], "customer_ref": ["C300059"]})),
]


ITEMS += [
    (wa_in("11-16 19:10", "+447700900318", "M. Al-Rashid",
           "السلام عليكم. في رطوبة وعفن أسود على جدار غرفة النوم وخلف الخزانة، وملابس الأطفال صار فيها ريحة عفن. "
           "أرجو إرسال أحد للكشف. محمد الرشيد، 41 ويفرز رو"),
     R("C300018", "damp_mould", "damp_mould", "mould|damp",
       "Arabic: damp and black mould on the bedroom wall and behind the wardrobe, children's clothes smell of "
       "mould; asks for an inspection -> damp_mould.")),
    (portal("11-16 10:55", {"customer_ref": "C300060", "name": "Marcus Bell"}, "Report a repair: damp", """
        Location: Bedroom 2
        Description: Wallpaper peeling off and black mould behind the bed. My son (6) sleeps in there and his
        eczema has flared up badly. 12 Thornhill Gardens.
        """),
     R("C300060", "damp_mould", "damp_mould", "mould, son|eczema",
       "Portal damp report with a child's health affected -> damp_mould.", acc=EMG)),
    (email_in("11-16 13:50", "k.ahmed1990@example.com", "Kamran Ahmed", "Offer - Flat 17 Ashgrove Court", """
        Hello,
        I have been offered Flat 17 Ashgrove Court (bid ref 55231) and got the letter today. When can I view it,
        and do I need to bring anything to the viewing?
        Thanks
        Kamran
        """),
     V("lettings", None, "view|offer", "Applicant not in the directory -> review; offer and viewing -> lettings.")),
    (ig_in("11-16 17:35", "@calder_court_resident", None,
           "who do i tell about the bin store at calder court being set on fire earlier?? fire brigade came and put "
           "it out, the wall's all black and the door's melted"),
     V("estate", None, "bin store|fire",
       "Unknown Instagram account; fire already out, damage to report -> review, estate.",
       acc={"category": ["asb", "repairs"], "hazard": ["emergency"]})),
    (tg_in("11-16 20:30", "4409987612", "Kwame",
           "Hi, how do I link my tenancy to the online portal? It keeps saying error 403 when I put my tenancy number in"),
     R("C300029", "general", None, "portal|account|link", "Linked Telegram id; portal access question -> general.",
       acc=TEN)),
    (call_in("11-16 15:50", "+441134960357", """
        Agent: Fairholme Homes, Mo speaking.
        Caller: Dzień dobry, hello. We are at 40 Hollin Park Road. My son is eighteen now, can he go on the tenancy with us?
        Agent: He can be added to the household record, and there's a process if you want a joint tenancy. Who am I speaking with?
        Caller: Is the family, the Nowak family. Okay, thank you, I will ask my son to call.
        """, dur=120),
     V("tenancy", None, "son|add|tenancy",
       "Nowak household landline shared by C300037/C300038; caller gives only the family name -> review.")),
]

# ---------------------------------------------------------------------------------------------
# Tuesday 17 November 2026
# ---------------------------------------------------------------------------------------------
ITEMS += [
    (call_in("11-17 07:55", "+441632960341", """
        Agent: Fairholme Homes, Jas speaking.
        Caller: Morning. 9 Beckside Mews. Our only toilet's blocked and when you flush it comes back up. Can someone come today?
        Agent: Yes, I'll book the drainage team. Can I take your name?
        Caller: Kids are screaming, I have to go, just put it under the house.
        """, dur=58),
     V("repairs", None, "toilet|blocked",
       "Lambert/Doyle landline shared by C300023/C300024; no name given -> review.", acc=EMG)),
    (call_in("11-17 08:20", "+441134960357", """
        Agent: Fairholme Homes, Mo speaking.
        Caller: Dzień dobry. Sorry, my English is little. I am Grażyna Nowak, 40 Hollin Park Road.
        Agent: Hello Mrs Nowak, how can I help?
        Caller: The window in bedroom, it does not close. The handle is broken, it is cold at night.
        Agent: I'll book a joiner for you.
        """, dur=150),
     R("C300037", "repairs", None, "window|handle",
       "Shared Nowak landline, caller names herself -> C300037. Window handle -> repairs.")),
    (sms_out("11-17 08:30", "+447700900317",
             "Fairholme Homes: reminder, your gas safety check is booked for Thu 19 Nov, 8am-12pm. Reply YES to "
             "confirm or call 0113 496 0000 to change. Reply STOP to opt out."),
     I("Automated per-customer appointment reminder -> ignore (record accepted).",
       acc={"action": ["record"], "customer_ref": ["C300017"], "category": ["repairs"]})),
    (sms_in("11-17 09:02", "+447700900317", "YES"),
     R("C300017", "repairs", None, "confirm|yes",
       "One-word reply confirming the gas safety appointment -> record (ignore accepted).",
       acc={"action": ["ignore"], "customer_ref": [None], "category": [None, "general"]})),
    (email_in("11-17 09:15", "discharge.team@stjames-hospital.example.org", "Discharge Team, Ward 12",
              "Discharge planning - Mrs Joyce Ramsden, Flat 1 Calder Court", """
        Good morning,

        Mrs Joyce Ramsden (Flat 1, Calder Court, WF1 3DX) is on our ward after a fall at home and is expected
        to be discharged on Friday 20 November. Our OT has recommended a key safe by the front door and grab rails
        in the bathroom before she goes home. Mrs Ramsden is partially sighted and has asked that you phone her
        daughter rather than write.

        Could you advise whether these can be fitted this week?

        Ward 12 Discharge Team
        """),
     R("C300022", "repairs", None, "key safe|grab rail, discharge",
       "Hospital acting for a named tenant -> record against C300022 (review accepted). Adaptations for "
       "discharge; disability/age alone is not sensitive.", acc={**REVOK, "category": ["tenancy", "general"]})),
    (wa_in("11-17 09:40", "+447700900325", "Ioana",
           "Bună dimineața. De o săptămână curge apă pe peretele din baie de la vecinul de sus și acum a apărut "
           "mucegai negru în colț. Miroase foarte urât. Ioana, nr. 12 Beckside Mews"),
     R("C300025", "damp_mould", "damp_mould", "mould, leak|water",
       "Romanian: water running down the bathroom wall from upstairs for a week, black mould now in the corner -> "
       "damp_mould (repairs acceptable).", acc=REP)),
    (call_in("11-17 10:05", UM(23), """
        Agent: Fairholme Homes, Jordan speaking.
        Caller: Hi. I'm calling about the young fella in flat 16 at Ashgrove Court. Jamie. He's a nice lad but he's a bit vulnerable, you know, learning difficulties.
        Agent: OK.
        Caller: Last few weeks there's these older lads staying at his. Different cars pulling up all hours, people in and out for five minutes. Saturday I saw Jamie sat on the stairs outside his own flat at one in the morning, like he wasn't allowed in.
        Agent: Thank you for telling us, that's really helpful. Can I take your name and number?
        Caller: I'd rather you didn't have it, to be honest. I live on that landing. Please don't put my name to it.
        Agent: That's fine, I'll record it without your details.
        """, dur=290),
     A("safeguarding", None, "jamie|flat 16, vulnerable|older lads|cuckoo",
       "Possible cuckooing of a vulnerable tenant; unknown caller asks not to be named -> anonymous.",
       acc={"category": ["asb"]})),
    (portal("11-17 10:30", {"customer_ref": "C300040", "name": "Owen Pritchard"}, "Update my details",
            "I've got a new email address: owen.p.new@example.com. Please use this one from now on and stop using the "
            "old one."),
     R("C300040", "general", None, "email|contact details", "Change of contact details -> general.", acc=TEN)),
    (call_in("11-17 10:50", "+447700900318", """
        Agent: Fairholme Homes, Bev speaking. I have an Arabic interpreter on the line.
        Interpreter: Mr Al-Rashid says this morning the electric shower made a bang and sparks came out of the top, and there was a burning smell. Now the trip switch keeps going off.
        Agent: Please tell him not to use the shower and to leave the breaker off. I'm sending an emergency electrician today.
        Interpreter: He says thank you, and also he sent a message yesterday about the mould.
        """, dur=240),
     R("C300018", "repairs", "emergency", "shower|spark|burning",
       "Sparking electric shower, burning smell, tripping -> electrical danger -> emergency.")),
    (email_in("11-17 11:20", "r.hughes@citizensadvice.example.org", "Rachel Hughes", "Mr Dean Sykes - rent arrears", """
        Dear Income Team,

        I am an adviser at Citizens Advice and act for Mr Dean Sykes, Flat 14 Foundry Walk, S3 8NW (signed
        authority attached). Mr Sykes's Universal Credit housing element was suspended in October when his
        claim was reassessed; it has now been reinstated with backdating expected. We ask that you hold any
        further arrears action for 28 days and agree a payment plan for the remaining shortfall.

        Regards,
        Rachel Hughes
        Money Adviser

        Citizens Advice is an operating name of a registered charity. This message is confidential.
        """, to=RENT_BOX),
     R("C300035", "rent", None, "universal credit|uc, arrears",
       "Adviser acting for a named tenant -> record against C300035 (review accepted). UC and arrears -> rent.",
       acc=REVOK)),
    (fb_in("11-17 11:45", FB(2), "Bev Sutcliffe",
           "Haha the new bin store on Weavers Row looks like a bus shelter 😂"),
     I("Social comment asking for nothing -> ignore.")),
    (sms_in("11-17 12:10", "+447700900350",
            "hi its jamie flat 16. can sum1 ring me pls not come round. got ppl stayin at mine n i cant get them to go"),
     R("C300050", "safeguarding", None, "people staying|ring|help",
       "Vulnerable tenant cannot get people to leave his flat and asks for a call, not a visit: possible cuckooing -> "
       "safeguarding.", acc={"category": ["asb"]})),
    (letter("11-17 12:30", {"name": "R. Illingworth"}, """
        15 Beckside Mews, Bradford BD4 7HA

        Dear Fairholme Homes,

        FORMAL COMPLAINT

        I reported my leaking front gutter in August. Since then three appointments have been cancelled and
        nobody turned up at all on Thursday 12 November, when I had waited in all day. The wall under the
        gutter is now stained green. I want this treated as a formal complaint.

        Robert Illingworth
        """),
     R("C300058", "complaint", None, "complaint, gutter",
       "Scanned letter, name + address -> C300058 (review accepted); formal complaint about repair delays.",
       acc={**REVOK, "category": ["repairs"]})),
    (tg_in("11-17 13:00", "7781200943", "Stuart M",
           "Can I pay my rent weekly instead of monthly now I've started a new job? Paid on Fridays. Also the "
           "bathroom fan's dead and the black mould's back round the window"),
     R("C300021", "rent", "damp_mould", "rent|weekly, mould",
       "Rent payment frequency with live mould mentioned in passing -> rent, hazard damp_mould (README convention).",
       acc={"category": ["damp_mould"], "hazard": [None]})),
    (call_out("11-17 13:20", "+447700900354", "Tenancy team", "busy"),
     R("C300054", "general", None, ATTEMPT, "Outbound call, line busy: recorded attempt.", acc=ANY)),
    (email_in("11-17 13:40", "vicky.pemberton@example.org", "Victoria Pemberton", "Bin store, Moorside Crescent", """
        Hello,

        I'd prefer this doesn't come back to me in any way - please just treat it as from "a resident".

        There's been a man sleeping in the bin store at the end of Moorside Crescent for about a week and he is
        using drugs in there. There were needles on the floor this morning, right where the children walk past
        to school.

        Thanks
        """, to=ASB_BOX),
     A("asb", None, "needle|drug, bin store",
       "Known sender asks not to be identified ('treat it as from a resident') -> anonymous, never against C300013.",
       acc=EST)),
    (wa_in("11-17 14:10", "447700900356", "Ahmed",
           "السلام عليكم. الماء يتسرب من سقف المطبخ من الحمام فوق، ووصل إلى ضوء السقف. انطفأت الكهرباء في البيت. "
           "أحمد فاروق، 50 ويفرز رو"),
     R("C300056", "repairs", "emergency", "leak|water, light|electric",
       "Arabic: water leaking through the kitchen ceiling from the bathroom above, reaching the ceiling light; "
       "power has gone off -> water near electrics -> emergency.")),
    (chat("11-17 14:30", {"email": "megan.lister@example.org", "name": "Megan"}, """
        Visitor: Hi it's Megan from 4 Beckside. The ceiling man came yesterday and it's all propped up and safe now, thanks. When will they come back to plaster it?
        Agent (Sam): Glad it's safe. The plasterer is booked for next Thursday.
        """),
     R("C300044", "repairs", None, "ceiling|plaster",
       "Follow-up after the ceiling was made safe: the danger is resolved -> hazard null.", acc=EMG)),
]


ITEMS += [
    (call_in("11-17 15:00", "+447700900333", """
        Agent: Fairholme Homes, Lynn speaking. I've got a Somali interpreter joining us.
        Interpreter: Mr Warsame says his Universal Credit was stopped because he missed an appointment at the jobcentre. Now he has a letter from you saying he owes rent.
        Agent: I can see £380 arrears. Tell him we can help him ask for the sanction to be reviewed, and we can set up a small plan meanwhile.
        Interpreter: He says yes, please, he wants to pay.
        """, to=SHEFF, dur=420),
     R("C300033", "rent", None, "universal credit|uc, arrears",
       "UC stopped after a missed jobcentre appointment, rent arrears letter -> rent.")),
    (email_in("11-17 15:30", "j.okoro@leeds-childrens.example.org", "Joanne Okoro", "Information request - Flat 2, Ashgrove Court", """
        Good afternoon,

        I am a social worker with the Leeds children's services duty team. We have received a referral
        concerning the children living at Flat 2, Ashgrove Court, LS6 2JD (tenant Ms A. Wójcik). Could you tell me
        whether you have had any recent reports about the household - noise, visitors, condition of the flat -
        and whether your officers have had access recently?

        Joanne Okoro
        Social Worker, Duty and Assessment

        This email may contain sensitive information. If you are not the intended recipient please delete it.
        """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "social worker|children's services, children|child",
       "Professional raising a concern about a household -> review, record against C300006 accepted.",
       acc={"action": ["record"], "customer_ref": ["C300006"]})),
    (sms_in("11-17 16:05", UM(24), "STOP"),
     I("'STOP' from an unknown number -> ignore.")),
    (ig_in("11-17 16:40", "@leeds.lad.91", "Kieran",
           "yo does fairholme have any 1 bed flats going in wakefield? me and my gf need a place asap, getting "
           "kicked out of her mums"),
     V("lettings", None, "1 bed|flat|place", "Unknown Instagram user looking for housing -> review, lettings.")),
    (call_in("11-17 17:30", "+447700900360", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: Yeah, it's Marcus Bell, 12 Thornhill Gardens. Somebody's sprayed graffiti on my front door overnight. Racist stuff. It's the second time this month, and my kids saw it before I could cover it.
        Agent: I'm so sorry, Mr Bell. We'll get it removed today and I'm logging it as a hate incident with our ASB team. Have you reported it to the police?
        Caller: I did last time. Nothing happened.
        """, dur=200),
     R("C300060", "asb", None, "graffiti, racist|hate",
       "Racist graffiti on the tenant's door: hate incident -> asb (sensitive).")),
    (visit("11-17 10:00", {"name": "Gas engineer (P. Hirst)"}, cust("C300053"), "appointment", "no_access", """
        Annual gas safety check, 8-12 slot. No answer, card left. 2nd attempt. Refer to compliance if 3rd fails.
        """),
     R("C300053", "repairs", None, "access|card|no answer, gas",
       "No-access gas safety visit: recorded -> repairs.")),
    (portal("11-17 18:00", {"email": "grace.adeyemi@example.com", "name": "Grace Adeyemi"}, "Mutual exchange",
            "I've found someone on HomeSwapper who wants to swap their 2 bed in Rotherham for my flat. What do I "
            "need to do next and how long does it take?"),
     R("C300036", "tenancy", None, "exchange|swap", "Mutual exchange -> tenancy (lettings acceptable).",
       acc={"category": ["lettings"]})),
    (wa_in("11-17 19:00", "+447700900341", "Natalia",
           "Bună seara. Vă rog, nu sunați pe numărul ăsta, soțul meu îmi verifică telefonul. Am nevoie să vorbesc "
           "cu cineva despre o mutare, nu mă mai simt în siguranță acasă. Pot veni la birou mâine dimineață, cât e "
           "el la muncă?"),
     R("C300041", "safeguarding", None, "safe|husband|phone",
       "Romanian: 'please don't call this number, my husband checks my phone; I need to talk about moving, I no "
       "longer feel safe at home; can I come to the office tomorrow while he's at work?' Coercive control -> safeguarding.",
       acc={"category": ["lettings"]})),
    (email_in("11-17 20:20", "newsletter@housing-ombudsman.example.org", "Housing Ombudsman Service",
              "Ombudsman News: spotlight on damp and mould one year on", """
        In this issue: our spotlight report on damp and mould, one year on; new casebook on complaint handling;
        upcoming landlord webinars.

        You are subscribed as a member landlord. Unsubscribe here.
        """, headers=NEWS_HEADERS),
     I("Bulk newsletter; damp and mould is editorial -> ignore.")),
    (sms_in("11-17 21:40", "+447700900307",
            "Fire door on our landing is wedged open again and the closer arm is snapped off so it wont shut anyway. "
            "its the one by the stairs on 1st floor ashgrove court"),
     R("C300007", "repairs", "emergency", "fire door|closer",
       "Broken self-closer on a communal fire door -> fire-safety failure -> emergency.",
       acc={"category": ["estate"], "hazard": [None]})),
    (call_in("11-17 09:30", "+447700900326", """
        Agent: Fairholme Homes, Bev speaking.
        Caller: Hi, Paul Greenwood, 2 Beckside Mews. I've got condensation streaming down all the windows every morning, mould on the sills and now in the corner of the bedroom ceiling.
        Agent: Any health problems in the household?
        Caller: No, it's just me and I'm fine, I just don't want it getting worse.
        Agent: I'll book a damp and mould inspection.
        """, dur=175),
     R("C300026", "damp_mould", "damp_mould", "mould|condensation", "Condensation and mould -> damp_mould.")),
    (call_in("11-17 11:05", "+447700900311", """
        Agent: Fairholme Homes Sheffield, Lynn speaking.
        Caller: Hello, Amina Hussain, 8 Moorside Crescent. My husband's changed jobs and we've had to claim Universal Credit. The website says you have to confirm our rent?
        Agent: Yes, we'll get a landlord verification request on our portal. I'll look out for it and confirm it today.
        """, to=SHEFF, dur=160),
     R("C300011", "rent", None, "universal credit|uc", "Own mobile -> C300011. UC rent verification -> rent.")),
    (call_in("11-17 12:45", "+447700900336", """
        Agent: Fairholme Homes, Jordan speaking.
        Caller: Hi, I want to complain about one of your staff. I came to the Sheffield office on Friday to hand in my form and the man on the desk was really rude, he talked over me and laughed when I asked a question.
        Agent: I'm sorry to hear that. Can I have your name?
        Caller: Grace Adeyemi, Flat 2 Foundry Walk. I want it logged as a formal complaint.
        """, dur=230),
     R("C300036", "complaint", None, "complaint, staff|rude|attitude", "Complaint about staff conduct.")),
    (sms_in("11-17 13:55", UM(40),
            "Someones dumped an old sofa and a fridge by the garages on Thornhill Gardens, been there since the weekend"),
     V("estate", None, "sofa|fridge|dumped|fly", "Unknown number -> review; fly-tipping -> estate.")),
    (call_out("11-17 14:40", "+441134960345", "Tenancy sustainment", "completed", dur=240, answered_by="human", transcript="""
        Agent: Hello Mr Birkett, it's Kerry from Fairholme. We're ringing some of our older tenants this winter just to check everyone's warm and managing.
        Caller: Oh hello love. I'm fine, thank you. Heating's on and my niece does my shopping on a Saturday.
        Agent: That's good to hear. We got your letter about the shower; the OT referral is going in this week.
        Caller: Lovely, thank you.
        """),
     R("C300045", "general", None, "welfare|winter|check",
       "Routine winter welfare call to an older tenant: nothing of concern -> general, not sensitive.",
       acc={"category": ["repairs"]})),
    (email_in("11-17 15:10", "noreply@contractor-portal.example.com", "JobTrack", "Job 77812 completed", """
        Job 77812 (4 Beckside Mews - make safe ceiling) has been marked complete by operative A. Shaw.
        This is an automatically generated message. Do not reply.
        """, headers={"Auto-Submitted": "auto-generated"}),
     I("Automated contractor system notification -> ignore.")),
    (email_in("11-17 16:20", "dsl@hollinparkprimary.example.org", "Designated Safeguarding Lead",
              "Concern - family at 15 Hollin Park Road", """
        Dear Fairholme Homes,

        I am the safeguarding lead at Hollin Park Primary. One of our pupils, who lives at 15 Hollin Park Road,
        came in this morning very cold and told staff they have been sleeping in their coats because the
        heating has not worked since the weekend, and there is a new baby at home. Mum told us the landlord
        knows. Could you confirm that a repair is in hand? We will be following up with the family.

        Mrs S. Carter
        Designated Safeguarding Lead
        """, to=SAFEGUARDING_BOX),
     V("safeguarding", "emergency", "heating, child|pupil|baby",
       "School raising a concern about a household (children, newborn, no heating) -> review, record against "
       "C300003 accepted; no heating with children -> emergency.",
       acc={"action": ["record"], "customer_ref": ["C300003"], "category": ["repairs"]})),
    (wa_in("11-17 17:05", UM(39), "Fernanda",
           "Bom dia, vi um anúncio de um apartamento de 2 quartos em Wakefield no vosso site. Ainda está disponível? "
           "Como posso candidatar-me? Obrigada"),
     V("lettings", None, "apartment|flat|2 bed|apply",
       "Portuguese: asks whether an advertised 2-bedroom flat in Wakefield is available and how to apply. Unknown "
       "sender -> review, lettings.")),
    (chat("11-17 22:10", {"name": "Anonymous"}, """
        Form: Report ASB (anonymous)
        Visitor: Lads on motorbikes riding up and down the footpath at Thornhill Gardens every night after 10. One nearly hit a little kid on a scooter on Saturday.
        """, anon=True),
     A("asb", None, "motorbike|bike|footpath", "Anonymous flag set -> anonymous; nuisance motorbikes -> asb.")),
    (letter("11-17 09:00", {"name": "Mrs E. Dawson"}, """
        25 Thornhill Gardens
        Leeds LS12 5EW

        Dear Sirs,
        The wall in the back bedroom has gone green and black near the ceiling and there is a smell of damp in
        that room. My daughter says I should write to you about it.
        Yours faithfully,
        Eileen Dawson
        """),
     R("C300030", "damp_mould", "damp_mould", "mould|damp|green",
       "Scanned letter, name + address -> C300030 (review accepted); damp and mould in an older tenant's bedroom.",
       acc=REVOK)),
]


# ---------------------------------------------------------------------------------------------
# Wednesday 18 November 2026
# ---------------------------------------------------------------------------------------------
ITEMS += [
    (call_in("11-18 08:00", "+447700900347", """
        Agent: Fairholme Homes, Jas speaking.
        Caller: Hi, it's Priya Chauhan, 17 Moorside Crescent. The water tank in the loft has burst, water's pouring through the landing ceiling. I've turned the stopcock off but the carpet's soaked and the landing lights have gone off.
        Agent: Keep away from the light switches. I'm sending an emergency plumber and electrician now.
        """, dur=130),
     R("C300047", "repairs", "emergency", "water|tank|flood", "Burst tank flooding through the ceiling, lights off -> emergency.")),
    (email_in("11-18 08:30", "kwame.mensah@example.com", "Kwame Mensah", "Thank you - mould job done", """
        Hi,

        Just to say the contractor finished the mould wash and fitted the new extractor fan in the bedroom on
        Monday. The wall is dry and clean now and the fan is really quiet. Please pass my thanks on to Shaun,
        he was brilliant.

        Kwame
        18 Thornhill Gardens
        """),
     R("C300029", "general", None, "thank",
       "Compliment after completed mould work: the problem is fixed -> hazard null.",
       acc={"category": ["damp_mould", "repairs"], "hazard": ["damp_mould"]})),
    (wa_in("11-18 08:45", "+447700900327", "Fatima Begum",
           "আসসালামু আলাইকুম। আমার বাচ্চাদের ঘরের দেয়ালে অনেক কালো ছত্রাক হয়েছে। প্রতিদিন সকালে জানালায় পানি জমে থাকে। "
           "দয়া করে কেউ এসে দেখুন। ফাতেমা বেগম, ৬ থর্নহিল গার্ডেনস"),
     R("C300027", "damp_mould", "damp_mould", "mould, children|window|condensation",
       "Bengali: a lot of black mould on the children's bedroom wall, water on the windows every morning; please "
       "come and look. -> damp_mould.")),
    (call_out("11-18 09:00", "+447700900309", "Repairs team", "completed", dur=95, answered_by="human", transcript="""
        Agent: Hi Mr Siddiqui, it's Fairholme repairs. I'm calling to book the survey for your kitchen replacement.
        Caller: Great. Can you do Thursday 26 November?
        Agent: Thursday 26th, 9 till 1. Booked.
        """),
     R("C300009", "repairs", None, "kitchen, survey", "Outbound call booking a kitchen replacement survey -> repairs.")),
    (sms_in("11-18 09:20", UM(25),
            "Hi my name is Chloe Armitage, 30 Weavers Row, this is my new number. The radiator in the big bedroom is "
            "stone cold even with the heating on full"),
     R("C300017", "repairs", None, "radiator",
       "Unknown number, but name + address -> C300017 (review accepted). Cold radiator -> repairs.",
       acc={**REVOK, "category": ["general"]})),
    (chat("11-18 09:45", {"name": "John Smith"}, """
        Visitor: Hi, John Smith here. I want to pay my rent by card but your online payments page keeps timing out.
        Agent (Kim): Sorry about that. You can also pay by phone on 0113 496 0000. Can I take your address?
        Visitor: I'll just ring, cheers.
        """),
     V("rent", None, "pay|payment|card",
       "Two customers called John Smith and no address or other identifier -> review.")),
    (email_in("11-18 10:10", "johnsmith.wf1@example.net", "John Smith", "Parking permit", """
        Hello,
        Can I get a parking permit for the Calder Court car park? I've just bought a car, reg YF19 KTE.
        Thanks, John (Flat 14)
        """),
     R("C300046", "estate", None, "parking|permit",
       "E-mail matches the Wakefield John Smith (C300046) -> parking permit -> estate.", acc={"category": ["tenancy", "general"]})),
    (call_in("11-18 10:30", "+447700900315", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: Morning, John Smith, 22 Weavers Row. My back door's dropped, there's a gap at the top you can get your hand through and a right draught.
        Agent: OK Mr Smith, I'll get a joiner to rehang it. Probably Tuesday next week.
        Caller: No rush. To be honest I've not been great since the wife passed in the summer. Some days I don't see the point of any of it.
        Agent: I'm really sorry, John. Can I ask, are you safe right now? Are you thinking of harming yourself?
        Caller: No, no, I'm not going to do anything daft. It's just lonely. The house is very quiet.
        Agent: Would it be OK if one of our tenancy support team gave you a ring this week? And if it ever gets bad, please call 999 or the Samaritans.
        Caller: Aye, go on then.
        """, dur=410),
     R("C300015", "safeguarding", None, "back door|draught, lonely|low|wellbeing|support",
       "Repair call with a late disclosure of low mood after bereavement ('don't see the point') -> safeguarding, "
       "sensitive; repairs acceptable.", acc=REP)),
    (portal("11-18 11:00", {"email": "hodan.abdi@example.com", "name": "Hodan Abdi"}, "Report ASB", """
        Deriskayga sare habeen kasta muusig aad u cod weyn ayuu shidaa ilaa saacadda 3da subaxnimo. Carruurtaydu
        ma seexan karaan, iskuulkana way ka daahayaan. Albaabka ayaan garaacay laakiin ma furin.
        """),
     R("C300010", "asb", None, "music|noise",
       "Somali: the upstairs neighbour plays very loud music every night until 3am, children can't sleep; knocked, "
       "no answer -> asb (noise).")),
    (fb_in("11-18 11:20", FB(3), "Lucy F",
           "Hi it's Lucy Fairweather, 44 Hollin Park Road. Can I get a new fob for the bin store please? Mine snapped"),
     R("C300053", "estate", None, "fob", "Social DM with name + address -> C300053; bin store fob -> estate.",
       acc={**REVOK, "category": ["repairs"]})),
    (letter("11-18 11:40", {"name": "Patricia Lumb"}, """
        3 Weavers Row
        Bradford BD3 9PL

        Dear Sir/Madam,
        Please send me a copy of my tenancy agreement. I would also like to know whether I have the right to buy
        my house, as I have lived here for 22 years. I am hard of hearing so please write rather than phone.
        Patricia Lumb
        """),
     R("C300016", "tenancy", None, "tenancy agreement|right to buy",
       "Scanned letter, name + address -> C300016 (review accepted). Hearing loss is a communication need, not sensitive.",
       acc=REVOK)),
    (call_in("11-18 12:00", UM(26), """
        Agent: Fairholme Homes, Mo speaking.
        Caller: Hi. My private landlord's given me a section 21, I've got to be out by Friday week. Me and my two kids. Have you got anything?
        Agent: I'm sorry. You need to contact the council's housing options team straight away as they have a duty to help, and you can join our register online. Can I take your name?
        Caller: Shannon. I'll ring the council.
        """, dur=215),
     V("lettings", None, "section 21|evict|homeless", "Unknown caller facing eviction looking for housing -> review, lettings.",
       acc=GEN)),
    (wa_in("11-18 12:20", UM(27), "Rebin",
           "سڵاو، من لە فلاتی ٧ی فاوندری واک دەژیم. سێ ڕۆژە ئاوی گەرممان نییە. تکایە یارمەتیم بدەن."),
     V("repairs", None, "hot water",
       "Sorani Kurdish: 'Hello, I live in flat 7 Foundry Walk. We haven't had hot water for three days. Please help "
       "me.' Unknown number and not a directory address -> review.", acc=EMG)),
    (wa_in("11-18 12:30", "+447700900311", "Amina",
           "Salaam ji, saday ghar de pichle paase wali deewar digg payi ae, bachay othay khed-de ne, bada khatra ae. "
           "Jaldi kisay nu bhejo. Amina, 8 Moorside Crescent"),
     R("C300011", "repairs", "emergency", "wall",
       "Romanised Punjabi: 'the back garden wall has fallen down, the children play there, it's very dangerous; send "
       "someone quickly.' Collapsed wall -> structural danger -> emergency.", acc=NOHZ)),
    (email_in("11-18 13:00", "tariq.h@example.com", "Tariq Hussain", "Rent statement please", """
        Hi,
        Could you send me our rent statement for the last six months? The council has asked for it for our
        council tax reduction review.
        Thanks,
        Tariq Hussain
        Sent from my phone
        """, to=RENT_BOX),
     R("C300012", "rent", None, "statement", "Own e-mail -> C300012 (not the shared landline). Rent statement.")),
    (call_out("11-18 13:30", "+447700900302", "Income team", "completed", dur=18, answered_by="machine_end_silence",
              voicemail=False),
     R("C300002", "general", None, ATTEMPT, "Outbound call reached voicemail, no message left: recorded attempt.", acc=ANY)),
    (visit("11-18 14:00", {"name": "Tenancy sustainment officer (H. Begum)"}, cust("C300055"), "door_knock", "attended", """
        HV re arrears (£540). T present. Said partner 'manages the money' and she has no access to her own bank
        card or UC account. T appeared anxious when he came in from the garden; conversation ended. Did not pursue in
        front of him. Follow up F2F at office only, do not leave voicemails.
        """),
     R("C300055", "safeguarding", None, "arrears, money|bank card|control",
       "Arrears visit note recording indicators of economic abuse/coercive control -> safeguarding.",
       acc={"category": ["rent"]})),
    (sms_in("11-18 14:25", "+447700900320",
            "Hi when is the communal stairwell at Calder Court getting cleaned? Theres been dog mess on the stairs "
            "for a week. Beth flat 3"),
     R("C300020", "estate", None, "stair|clean|dog", "Communal cleaning -> estate.")),
    (tg_in("11-18 15:00", "4409987612", "Kwame", "sorry wrong chat, meant to send that to my brother 😂"),
     I("Message sent in error, asks for nothing -> ignore (record accepted).",
       acc={"action": ["record"], "customer_ref": ["C300029"], "category": ["general"]})),
    (email_in("11-18 15:20", "h.ward@southyorkspolice.example.org", "DC Helen Ward", "Warrant executed - 33 Moorside Crescent", """
        Dear Fairholme Homes,

        For your information, South Yorkshire Police executed a drugs warrant at 33 Moorside Crescent, S6 4RB on
        Tuesday 17 November. The occupant was arrested and has since been released under investigation. The
        front door was forced during entry and has been boarded up. We also found evidence that other people
        were using the address to deal from. Please contact me if you need further details for tenancy action.

        DC Helen Ward
        """),
     V("asb", None, "warrant|police|drug, door",
       "Police informing about a drugs warrant at a tenant's address -> professional concern about a household -> "
       "review, record against C300048 accepted; asb.",
       acc={"action": ["record"], "customer_ref": ["C300048"], "category": ["safeguarding"]})),
]


ITEMS += [
    (chat("11-18 16:00", {"name": "Marta"}, """
        Visitante: Olá, boa tarde. Moro no apartamento 10 de Foundry Walk. O aquecimento não funciona desde domingo e tenho um bebé de 4 meses. Por favor ajudem.
        Agent (Kim): Hello Marta, I'm arranging a Portuguese interpreter to call you. Can you confirm your surname?
        """),
     V("repairs", "emergency", "heating, baby",
       "Portuguese: no heating since Sunday with a 4-month-old baby -> emergency. First name only and flat not in the "
       "directory -> review.")),
    (call_in("11-18 16:30", "+441134960301", """
        Agent: Fairholme Homes, Bev speaking.
        Caller: Hello dear, it's Margaret Holroyd, 7 Hollin Park Road. Thank you for the letter in big print, I could read it fine.
        Agent: You're welcome, Mrs Holroyd. What can I do for you?
        Caller: The light over my back door has stopped working and I can't see the step when I put the bin out. I don't want to fall.
        Agent: I'll book an electrician. Is mornings best?
        Caller: Mornings are lovely.
        """, dur=190),
     R("C300001", "repairs", None, "light", "Older tenant's ordinary repair request -> repairs, not sensitive.")),
    (chat("11-18 17:00", {"email": "rebecca.thornton@example.org", "name": "Rebecca Thornton"}, """
        Visitor: Hi, my rent went up in April but I don't think my direct debit changed. Am I in arrears now?
        Agent (Sam): Let me check... yes, there's a shortfall of £96. I can update the direct debit amount for you.
        Visitor: Yes please.
        """),
     R("C300034", "rent", None, "direct debit|arrears|shortfall", "Direct debit shortfall -> rent.")),
    (sms_in("11-18 18:40", UM(28),
            "Its Dean from flat 14 Foundry Walk, new number. The lads in flat 12 are smoking weed on the landing "
            "every night, it comes right under my door and stinks my flat out"),
     R("C300035", "asb", None, "cannabis|weed|smok",
       "Unknown number but name + flat -> C300035 (review accepted); cannabis smoke nuisance -> asb.", acc=REVOK)),
    (email_in("11-18 19:30", "noreply@homeswapper.example.com", "HomeSwapper",
              "3 new matches for your swap", """
        Good news! We've found 3 new matches for your home. Log in to see them.
        You are receiving this email because you have an active listing. Unsubscribe.
        """, headers=NEWS_HEADERS),
     I("Automated bulk notification from an exchange site -> ignore.")),
    (wa_in("11-18 20:30", "+447700900352", "Bogdan",
           "Salut, am pierdut cheia de la ușa principală. Puteți să-mi trimiteți una nouă? Cât costă?"),
     R("C300052", "repairs", None, "key",
       "Romanian: lost the front door key, can you send a new one, how much does it cost? -> repairs.",
       acc={"category": ["general", "tenancy"]})),
    (call_in("11-18 21:50", "+447700900323", """
        Agent: Fairholme out of hours.
        Caller: Hi, it's Sophie Lambert, 9 Beckside Mews. The smoke alarm in the hall keeps going off on its own and beeping. I've pulled the battery out but it's wired in and it keeps chirping. Is it safe?
        Agent: I'll get an electrician out tonight to replace it; we don't want you without a working alarm.
        """, to=OOH, dur=140),
     R("C300023", "repairs", "emergency", "smoke alarm|alarm",
       "Own mobile -> C300023. Faulty smoke alarm disabled overnight -> fire-safety failure -> emergency.", acc=NOHZ)),
    (sms_in("11-18 22:15", UM(29),
            "Neighbour at 47 weavers row screaming n banging again, sounds like hes hitting her, shes crying. Not "
            "givin my name. pls send someone"),
     A("safeguarding", None, "scream|hit|47 weavers",
       "Suspected domestic abuse at a neighbouring house; reporter refuses to give their name -> anonymous.",
       acc={"category": ["asb"]})),
    (visit("11-18 09:30", cust("C300041"), WAKEFIELD_OFFICE, "walk_in", "attended", """
        Ms Rusu attended (Romanian interpreter booked). Disclosed ongoing controlling behaviour by husband: checks
        her phone, controls money, won't let her see friends. No physical violence disclosed. Discussed options
        incl. management transfer; IDVA referral made with consent. DO NOT PHONE. Safe contact: office visits only.
        """, direction="inbound"),
     R("C300041", "safeguarding", None, "controlling|coercive, idva|transfer",
       "Walk-in disclosure of coercive control -> safeguarding.")),
    (email_in("11-18 10:40", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Mould behind kitchen units", """
        Hello,

        There's black mould growing on the wall behind the low kitchen units (the wheelchair-height ones) and
        along the skirting. I can't reach down behind them to clean it and it's getting worse. Can someone come
        and look?

        Lorraine Kettlewell
        Flat 7 Ashgrove Court
        """),
     R("C300008", "damp_mould", "damp_mould", "mould, kitchen",
       "Mould report from a wheelchair user: damp_mould, disability alone is not sensitive.")),
    (chat("11-18 11:30", {"name": "Nadia"}, """
        Visitor: there's mould all over my bathroom ceiling and my 2 year old has had a cough for weeks. i rent from you at foundry walk
        Agent (Kim): I'm sorry to hear that. Which flat are you in?
        Visitor: sorry have to go
        """),
     V("damp_mould", "damp_mould", "mould, cough|child",
       "First name only, no flat number -> review; mould with a child's health affected.", acc=EMG)),
    (email_in("11-18 13:15", "Marcus.Bell@EXAMPLE.com", "Marcus Bell", "Rent refund", """
        Hello,
        When I switched to direct debit I paid twice in October, so my rent account is £210 in credit. Can I get
        that back please rather than leave it on the account?
        Marcus Bell, 12 Thornhill Gardens
        """, to=RENT_BOX),
     R("C300060", "rent", None, "refund|credit", "E-mail in different case -> C300060; refund of credit -> rent.")),
    (letter("11-18 09:05", {"name": "Department for Work and Pensions"}, """
        Universal Credit Service Centre

        Alternative Payment Arrangement: managed payment to landlord
        Claimant: Mr Gary Naylor, 47 Weavers Row, Bradford BD3 9PL

        We have agreed that the housing costs element of Mr Naylor's Universal Credit will be paid directly to
        you from his next assessment period. Any arrears deduction will be confirmed separately.
        """),
     R("C300019", "rent", None, "managed payment|alternative payment|apa|universal credit",
       "DWP acting about a named tenant's UC -> record against C300019 (review accepted).", acc=REVOK)),
    (ig_in("11-18 14:45", "@bethcole_x", "Beth Cole",
           "hi can you tell me what my rent balance is? Beth Cole, flat 3 Calder Court"),
     R("C300020", "rent", None, "balance|rent", "Instagram DM with name + address -> C300020.", acc=REVOK)),
    (fb_in("11-18 15:40", FB(4), "Sam O",
           "@Fairholme Homes the fire door on the first floor at Ashgrove Court is STILL broken, reported it last "
           "night. Absolute joke. Someones going to die in a fire before you lot do anything"),
     V("complaint", "emergency", "fire door",
       "Display name only -> review (record against C300007 accepted). Complaint about a fire door still broken -> "
       "live fire-safety failure -> emergency.",
       acc={"action": ["record"], "customer_ref": ["C300007"], "category": ["repairs"], "hazard": [None]})),
    (call_in("11-18 16:10", "+447700900344", """
        Agent: Fairholme Homes, Jordan speaking.
        Caller: Hi, Megan Lister, 4 Beckside Mews. The grass on the green at Beckside hasn't been cut since the summer and there's dog muck everywhere. The kids can't play on it.
        Agent: I'll pass it to the grounds maintenance team.
        """, dur=110),
     R("C300044", "estate", None, "grass|dog", "Grounds maintenance and dog fouling -> estate.")),
    (email_in("11-18 17:20", "shirley.baxter@example.com", "Shirley Baxter", "Tenant panel", """
        Hi,
        I saw the poster about the tenant scrutiny panel. I'd like to join. I'm Deaf and use BSL, so I would need
        an interpreter at meetings. Is that possible?
        Shirley (52 Hollin Park Road)
        """),
     R("C300039", "general", None, "panel|scrutiny", "Tenant engagement enquiry -> general; communication need is not sensitive.")),
    (wa_in("11-18 18:05", UM(42), "Crypto Mentor",
           "💰 Turn £250 into £5,000 in 7 days with our AI trading bot! Limited spots. Reply YES to join 📈"),
     I("Spam -> ignore.")),
    (call_in("11-18 19:15", "+447700900305", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: It's Darren Whitaker, 23 Hollin Park Road. The bloke across the road keeps shouting stuff at my lad, homophobic stuff, every time he walks past. Last night he spat at him.
        Agent: I'm really sorry. That's a hate incident and we take it very seriously. Has it been reported to the police?
        Caller: We're doing it tonight.
        Agent: I'll log this with the ASB team and someone will contact you tomorrow.
        """, dur=245),
     R("C300005", "asb", None, "homophobic|hate|abuse", "Own mobile -> C300005. Homophobic abuse -> hate incident -> asb.")),
    (letter("11-18 10:15", {"name": "Adult Social Care, Leeds City Council"}, """
        Safeguarding Adults Team

        Re: Mr Harold Birkett, 3 Thornhill Gardens, LS12 5EW

        We are making enquiries under section 42 of the Care Act 2014 following concerns that Mr Birkett may be
        experiencing financial abuse by a relative who helps with his shopping and banking. Please let us know
        if your staff have noticed anything of concern, or whether his rent account shows any unusual changes.
        """),
     V("safeguarding", None, "financial abuse|section 42",
       "Professional concern about a tenant (section 42 enquiry) -> review, record against C300045 accepted.",
       acc={"action": ["record"], "customer_ref": ["C300045"]})),
]


# ---------------------------------------------------------------------------------------------
# Thursday 19 November 2026
# ---------------------------------------------------------------------------------------------
ITEMS += [
    (visit("11-19 08:30", {"name": "Gas engineer (P. Hirst)"}, cust("C300017"), "appointment", "attended", """
        Annual gas safety check completed, CP12 issued. Boiler pressure topped up. No defects found.
        """),
     R("C300017", "repairs", None, "gas|cp12|safety check", "Attended gas safety appointment -> repairs.")),
    (email_in("11-19 08:45", "a.wojcik@example.org", "Agnieszka Wójcik", "Czynsz - prośba", """
        Dzień dobry,

        w zeszłym tygodniu straciłam pracę i złożyłam wniosek o Universal Credit. Nie dam rady zapłacić całego
        czynszu w tym miesiącu. Czy mogę płacić mniej, dopóki nie dostanę pierwszej wypłaty?

        Agnieszka Wójcik
        Flat 2, Ashgrove Court
        """, to=RENT_BOX),
     R("C300006", "rent", None, "universal credit|uc, job|pay|reduced",
       "Polish: lost her job last week, has claimed Universal Credit, can't pay full rent this month, asks to pay "
       "less until the first payment -> rent.")),
    (call_in("11-19 09:00", "+441134960314", """
        Agent: Fairholme Homes, Bev speaking.
        Caller: Hiya, Darren Whitaker, 23 Hollin Park Road. Just chasing the bath tap - my wife rang about it on Monday and nobody's been in touch.
        Agent: I can see it, Mr Whitaker, it's booked for Saturday morning.
        Caller: Champion.
        """, dur=75),
     R("C300005", "repairs", None, "tap", "Shared Whitaker landline, caller names himself -> C300005.")),
    (wa_in("11-19 09:15", UM(30), "Олена",
           "Добрий день! Я з України, живу за програмою Homes for Ukraine у спонсорів у Лідсі, але до кінця грудня мені "
           "треба переїхати. Як подати заявку на житло у вас? Дякую, Олена"),
     V("lettings", None, "apply|register|housing",
       "Ukrainian: living with sponsors under Homes for Ukraine, must move by the end of December, asks how to apply "
       "for housing -> unknown sender -> review, lettings.")),
    (call_out("11-19 09:30", "+447700900337", "Repairs team", "completed", dur=80, answered_by="human", transcript="""
        Agent: Hello, is that Mrs Nowak? It's Fairholme repairs, about the bedroom window handle.
        Caller: Tak, tak... yes.
        Agent: We can come Monday 23 November in the morning.
        Caller: Monday, okay. Dziękuję.
        """),
     R("C300037", "repairs", None, "window", "Outbound call booking the window repair -> repairs.")),
    (sms_in("11-19 10:00", "07700 900328", "cheers got the message, plumber came yday n fixed the sink 👍"),
     R("C300028", "repairs", None, "sink|fixed", "Confirmation that the sink repair is done -> repairs.",
       acc={"category": ["general"]})),
    (email_in("11-19 10:30", "vicky.pemberton@example.org", "Victoria Pemberton", "Stage 1 complaint - noise from next door", """
        To whom it may concern,

        I have reported the noise from next door six times since August and filled in every diary sheet your
        ASB team sent me. Nobody has called me back since 2 October. I am exhausted and my daughter can't sleep
        before exams. I want this logged as a stage 1 complaint about how my case has been handled.

        Victoria Pemberton
        14 Moorside Crescent
        """),
     R("C300013", "complaint", None, "complaint, noise|asb",
       "Complaint about the handling of an ASB case -> complaint, kept sensitive (asb accepted).",
       acc={"category": ["asb"]}, sens=True)),
    (call_in("11-19 11:00", "+442079460326", """
        Agent: Fairholme Homes, Jas speaking.
        Caller: Hi, it's Paul Greenwood, 2 Beckside Mews - I'm working in London this week. My neighbour at number 4 has put a new fence up and it's about a foot onto my garden. Who owns the boundary?
        Agent: I'll ask the housing officer to check the plans and come out.
        """, dur=160),
     R("C300026", "tenancy", None, "fence|boundary",
       "London landline listed for C300026. Boundary dispute -> tenancy (estate acceptable).",
       acc={"category": ["estate", "asb"]})),
    (chat("11-19 11:30", {"name": "Mariam"}, """
        Visitor: سلام. پنجره اتاق خواب شکسته و باد سرد می‌آید. بچه‌ام مریض است. لطفاً کمک کنید. آدرس: ۲۲ تورنهیل گاردنز
        Agent (Kim): Hello Mariam, I'm getting a Farsi interpreter. Are you the tenant at 22 Thornhill Gardens?
        """),
     V("repairs", None, "window",
       "Farsi: 'the bedroom window is broken and cold wind comes in; my child is ill; address 22 Thornhill Gardens'. "
       "Address not in the directory, first name only -> review.", acc=EMG)),
    (letter("11-19 12:00", {"name": "Sunrise Solar Ltd"}, """
        ATTENTION LANDLORDS!
        Cut your tenants' energy bills with FREE solar panels. Government-backed scheme, limited places.
        Call 0808 157 0123 or visit sunrise-solar.example.com today.
        """),
     I("Junk mail -> ignore.")),
    (portal("11-19 12:20", {"customer_ref": "C300034", "name": "Rebecca Thornton"}, "Report a repair: mould", """
        Location: Bathroom
        Description: Mould is coming back on the ceiling again even with the fan on. I've bleached it twice. No
        health problems, I just want it sorted before it spreads.
        """),
     R("C300034", "damp_mould", "damp_mould", "mould, bathroom|ceiling", "Recurring bathroom mould -> damp_mould.")),
    (sms_in("11-19 12:45", UM(31),
            "Is this Fairholme? My nan Joyce Ramsden flat 1 Calder Ct is getting bullied by the lads upstairs, they "
            "bang on her door late at night and shout things through the letterbox. Shes partially sighted and "
            "terrified. Shes in hospital now and comes home tomorrow, shes scared to go back"),
     R("C300022", "asb", None, "bang|door|shout|bully",
       "Granddaughter acting for a named tenant -> record against C300022 (review accepted); harassment of a "
       "vulnerable tenant -> asb (safeguarding acceptable).",
       acc={**REVOK, "category": ["safeguarding"]})),
    (call_in("11-19 13:15", "+441144960355", """
        Agent: Fairholme Homes Sheffield, Lynn speaking.
        Caller: Hi, it's Christine Mellor, 2 Moorside Crescent. I got your letter about the arrears. Can we just set up a payment plan, like ten pound a week?
        Agent: Yes, we can do that. Would you like the letters to come to you by post or email?
        Caller: Just... write to me, please don't ring the house. Sorry, he's just come in. I'll ring you back.
        """, to=SHEFF, dur=95),
     R("C300055", "rent", None, "arrears|payment plan",
       "Arrears payment plan; the abrupt ending is a subtle cue, so safeguarding/sensitive is defensible.",
       acc={"category": ["safeguarding"], "sensitive": [True]})),
    (wa_in("11-19 13:40", "+447700900354", "Abdirahman",
           "Asc, waxaan rabaa inaan guri kale u guuro. Flat 3 waa hal qol oo jiif ah, hadda waxaan nahay 5 qof. "
           "Sideen u codsadaa guri ka weyn?"),
     R("C300054", "lettings", None, "transfer|overcrowd|bigger",
       "Somali: wants to move; Flat 3 is one bedroom and they are now five people; how to apply for a bigger home -> "
       "transfer -> lettings.", acc=TEN)),
    (email_in("11-19 14:00", "priya.chauhan@example.com", "Priya Chauhan", "Re: Burst tank - 17 Moorside Crescent", """
        Thanks, the plumber replaced the tank yesterday and everything's dried out downstairs. The landing ceiling
        is badly stained though and there's a musty smell up there now - I'm worried it'll go mouldy. Can someone
        have a look at making good?

        Priya

        On Wed, 18 Nov 2026 at 08:14, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        > Dear Ms Chauhan,
        > Following your call this morning, an emergency plumber and electrician have been sent. Job 90871.
        > Fairholme Repairs
        """, to=REPAIRS_BOX, thread="thr-90871"),
     R("C300047", "repairs", None, "ceiling|stain",
       "Follow-up after the emergency was fixed; no mould yet, only a worry -> repairs, hazard null.",
       acc={"category": ["damp_mould"], "hazard": ["damp_mould"]})),
    (fb_in("11-19 14:30", FB(5), "Shaz Ali",
           "Hi my sisters in one of your flats at Foundry Walk, she won't tell me which number. She's had no "
           "electric for 2 days and she's 8 months pregnant. Who do I talk to??"),
     V("repairs", "emergency", "electric|power, pregnant",
       "Unknown third party about an unidentified tenant; no power for a heavily pregnant woman -> emergency.",
       acc=NOHZ)),
    (ig_in("11-19 15:00", "@moorside_mum_of3", "Tash",
           "Shoutout to the repairs guy who sorted our boiler today, proper legend 🙌🙌"),
     I("Public social comment asking for nothing -> ignore.")),
    (call_in("11-19 15:40", "+447700900319", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: Gary Naylor, 47 Weavers Row. I've had a letter saying I owe £612. I pay every week, I don't get it.
        Agent: Your UC housing payments stopped coming in September; the DWP have just agreed to pay us direct, so that will sort the weekly rent. The £612 is the gap.
        Caller: Right. Can I pay it off a bit at a time?
        """, dur=300),
     R("C300019", "rent", None, "arrears|£612", "Arrears query -> rent.")),
    (email_in("11-19 16:10", "imran.siddiqui@example.org", "Imran Siddiqui", "Gas safety certificate", """
        Hi,

        Could you email me a copy of this year's gas safety certificate for Flat 9? My insurer has asked for it.

        Kind regards,
        Imran Siddiqui
        Flat 9, Ashgrove Court

        ------------------------------------------------------------
        This message was sent from my work account. The views expressed are my own. If you are not the intended
        recipient, you must not copy or distribute it.
        """),
     R("C300009", "repairs", None, "gas safety|certificate", "Copy of gas safety certificate -> repairs (general acceptable).",
       acc=GEN)),
    (visit("11-19 16:30", cust("C300056"), BRADFORD_OFFICE, "walk_in", "attended", """
        Mr Farouk came in with his son to interpret. Asked about the rent increase letter and whether housing
        benefit will cover the new amount. Explained change of circumstances; gave HB form.
        """, direction="inbound"),
     R("C300056", "rent", None, "rent|housing benefit", "Walk-in about rent and housing benefit -> rent.")),
    (sms_in("11-19 17:00", "+447700900339",
            "Hello, please book BSL interpreter for repair visit. The doorbell flashing light is not working so I "
            "dont know when someone at door. Shirley 52 Hollin Park"),
     R("C300039", "repairs", None, "doorbell|flash|light", "Deaf tenant's ordinary repair; not sensitive.")),
]


ITEMS += [
    (tg_in("11-19 17:30", "8912345670", "Connor",
           "my front doors still boarded up since tues, when is it getting fixed? no proper lock on it, anyone could get in"),
     R("C300048", "repairs", None, "door|lock",
       "Linked Telegram id; boarded-up door needs a new door and lock -> repairs (emergency defensible).", acc=EMG)),
    (call_out("11-19 18:00", "+447700900310", "ASB team", "completed", dur=520, answered_by="human", transcript="""
        Agent: Hello Ms Abdi, it's Nicola from the ASB team. I have a Somali interpreter with me. We got your report about the loud music upstairs.
        Interpreter: She says it was again last night until four.
        Agent: I'm going to send you diary sheets and we'll write to the neighbour this week. Please note the times.
        Interpreter: She says thank you, she will.
        """),
     R("C300010", "asb", None, "noise|music, diary", "ASB officer's call about a noise case -> asb.")),
    (email_in("11-19 19:00", "cllr.s.ahmed@bradfordcouncil.example.org", "Cllr Sajid Ahmed", "Beckside Mews - potholes and lighting", """
        Dear Fairholme Homes,

        Several residents of Beckside Mews have raised with me the potholes on the access road and two street
        lights that have been out for a month. It is very dark for people walking back from the bus stop. Can you
        let me know who is responsible and when they will be fixed?

        Cllr Sajid Ahmed
        Bradford Moor Ward
        """),
     V("estate", None, "pothole, light",
       "Councillor raising an estate issue for residents in general, no single tenant -> review, estate.",
       acc={"category": ["repairs"]})),
    (sms_in("11-19 20:30", UM(32),
            "Sveiki, norėčiau sužinoti, ar galiu perimti mamos nuomos sutartį. Ji mirė praėjusį mėnesį. Gyvenome kartu "
            "5 Weavers Row. Ačiū, Tomas"),
     V("tenancy", None, "succession|take over|tenancy, died|death|passed",
       "Lithuanian: asks whether he can take over his late mother's tenancy at 5 Weavers Row (not in the directory) "
       "-> succession -> tenancy, review.")),
    (wa_in("11-19 21:15", UM(33), "Li Wei",
           "你好，我住在Calder Court 12号公寓。楼道里的灯坏了一个星期了，晚上很黑，很危险。请派人修理。谢谢"),
     V("estate", None, "light|corridor",
       "Chinese: lives in flat 12 Calder Court (not in the directory); corridor light broken for a week, dark and "
       "dangerous at night -> review, estate (repairs acceptable).", acc=REP)),
    (call_in("11-19 22:40", UM(34), """
        Agent: Fairholme out of hours.
        Caller: I'm walking past Beckside Mews and there's a little kid, maybe four, stood on the doorstep of number 19 in just a vest and nappy, crying. It's freezing. Door's shut. I've knocked, nobody's answering.
        Agent: Please call 999 now, that child needs help straight away. Can I take your name?
        Caller: I'm not giving my name, I just want someone to know. I'm ringing the police now.
        """, to=OOH, dur=95),
     A("safeguarding", None, "child|kid, doorstep|19 beckside",
       "Young child alone outside in the cold; caller refuses to give a name -> anonymous, safeguarding.")),
    (sms_in("11-19 08:10", "+447700900309",
            "Morning, damp patch on the living room ceiling getting bigger. Was brown, now black and fuzzy round the "
            "edges. Imran flat 9"),
     R("C300009", "damp_mould", "damp_mould", "damp|mould, ceiling", "Spreading damp and mould on a ceiling -> damp_mould.")),
    (tg_in("11-19 10:20", "5301177720", "Tomasz",
           "Dzień dobry, w łazience jest grzyb na suficie i za pralką. Wentylator nie działa od miesiąca. Tomasz, "
           "40 Hollin Park Road"),
     R("C300038", "damp_mould", "damp_mould", "mould, fan|extractor|ventilat",
       "Polish: mould on the bathroom ceiling and behind the washing machine, fan broken for a month. Linked "
       "Telegram id -> C300038 (not the shared landline).")),
    (wa_in("11-19 11:45", "+447700900352", "Bogdan",
           "Bună, vreau să fac schimb de locuință cu o familie din Sheffield (mutual exchange). Ce acte trebuie să "
           "completez? Bogdan, 19 Beckside Mews"),
     R("C300052", "tenancy", None, "exchange|swap",
       "Romanian: wants a mutual exchange with a family in Sheffield; what forms? -> tenancy (lettings acceptable).",
       acc={"category": ["lettings"]})),
    (chat("11-19 12:50", {"email": "sam.osei@example.net", "name": "Sam"}, """
        Visitor: my brother needs to stay with me for a few months after he comes out of hospital. do I need permission or tell anyone?
        Agent (Kim): You should let us know who's living with you - I'll send you the form. Does he claim any benefits?
        Visitor: not yet
        """),
     R("C300007", "tenancy", None, "brother|stay|household",
       "Additional household member -> tenancy. Hospital is context, not a safeguarding concern.")),
    (visit("11-19 14:15", {"name": "Housing officer (D. Marsh)"}, cust("C300058"), "appointment", "attended", """
        Tenant has given 4 weeks' notice to end tenancy; moving to sheltered housing near his daughter. Pre-void
        inspection done: kitchen door to replace, no other recharges. Keys to be returned by 17/12.
        """),
     R("C300058", "tenancy", None, "notice|end tenancy|void|moving", "End of tenancy and pre-void inspection -> tenancy.")),
    (call_in("11-19 14:50", UL(20), """
        Agent: Fairholme Homes Sheffield, Lynn speaking.
        Caller: Hello. I'm on your housing register, band B. I sent in a medical form in September about my mobility and I've heard nothing. Can you tell me if it's been assessed?
        Agent: I can. What's your name and application number?
        Caller: Denise Hollis, it's on the letter, I'll ring you back with it.
        """, to=SHEFF, dur=140),
     V("lettings", None, "band|medical|register", "Housing register applicant, not a tenant -> review, lettings.")),
    (email_in("11-19 15:25", "tracey.holt@example.org", "Tracey Holt", "Car park gate", """
        Hi,
        The gate to the Calder Court car park has been stuck open for two weeks. Now people from the shops are
        parking in our bays and I can't park near my flat when I get back from nights.
        Tracey, Flat 9
        """),
     R("C300057", "estate", None, "gate|car park|parking", "Car park gate and parking -> estate (repairs acceptable).", acc=REP)),
    (sms_in("11-19 07:30", UM(35), "what time does the bradford office close today?"),
     V("general", None, "office|open|close", "Unknown number, opening hours -> review, general.")),
    (email_in("11-19 09:40", "MAILER-DAEMON@mx.example.net", "Mail Delivery Subsystem",
              "Returned mail: see transcript for details", """
        The original message was received at Thu, 19 Nov 2026 09:38:12 GMT
        ----- The following addresses had permanent fatal errors -----
        <old.tenant.mailbox@example.org>
        (reason: 550 5.1.1 User unknown)
        """, headers=BOUNCE),
     I("Bounce -> ignore.")),
    (portal("11-19 16:45", {"customer_ref": "C300036", "name": "Grace Adeyemi"}, "Report ASB (anonymous)", """
        The flat above me at Foundry Walk has men coming and going at all hours, stays 5 minutes and leaves. Strong
        smell of cannabis on the landing and I found needles in the bin room.
        """, anon=True),
     A("asb", None, "cannabis|drug|needle", "Anonymous flag set: kept anonymous even though the portal user is known.")),
    (sms_in("11-19 18:20", "+447700900351",
            "Sorry to bother you. The lady upstairs keeps coming down to mine crying, she says her husband wont let her "
            "go out or give her any money and takes her passport. She doesnt speak much English. Woh bohat dari hui hai. "
            "What can I do? Yasmin 36 Thornhill"),
     R("C300051", "safeguarding", None, "husband|money|passport|not allowed out",
       "Known tenant raising a concern about a neighbour's coercive control (one Urdu line: 'she is very frightened'); "
       "no anonymity asked -> record against the reporter, safeguarding.")),
    (chat("11-19 19:40", {"email": "a.yusuf@example.org", "name": "Abdirahman"}, """
        Visitor: I want to complain. Three times the repair man for my bathroom extractor did not come. Each time I take day off work without pay. Nobody phoned to cancel.
        Agent (Sam): I'm really sorry. I'll log this as a formal complaint and ask about compensation for your lost wages.
        """),
     R("C300054", "complaint", None, "complaint, missed|did not come|appointment",
       "Complaint about repeated missed repair appointments -> complaint (repairs acceptable).", acc=REP)),
    (email_in("11-19 10:50", "casework@housing-ombudsman.example.org", "Housing Ombudsman Service",
              "Complaint referral - Ms S Okonkwo, Flat 6 Ashgrove Court", """
        Dear Complaints Team,

        Ms Sandra Okonkwo has referred her complaint about damp and mould at Flat 6, Ashgrove Court, LS6 2JD to the
        Ombudsman. She tells us the mould in her bedroom remains untreated following your stage 2 response. Please
        provide your complaint file and evidence of the works carried out within 15 working days.

        Casework Officer
        Housing Ombudsman Service
        """),
     R("C300049", "complaint", "damp_mould", "ombudsman, mould",
       "Ombudsman acting on a named tenant's complaint -> record against C300049 (review accepted); mould still "
       "untreated -> hazard damp_mould.", acc={**REVOK, "category": ["damp_mould"], "hazard": [None]})),
    (sms_in("11-19 13:05", "+447700900331",
            "Thats the 3rd time the repairs man hasnt turned up for my radiator. Took the day off work again. I want "
            "to make a complaint"),
     R("C300031", "complaint", None, "complaint, radiator|no show|turned up", "Complaint about no-show repairs.", acc=REP)),
]


# ---------------------------------------------------------------------------------------------
# Friday 20 November 2026
# ---------------------------------------------------------------------------------------------
ITEMS += [
    (sms_in("11-20 07:10", "+447700900353",
            "Pulled the fridge out to clean and the whole kitchen wall behind it is covered in black spots, smells "
            "musty and the wall is damp to touch. Lucy 44 Hollin Pk Rd"),
     R("C300053", "damp_mould", "damp_mould", "mould|black spots|damp", "Mould behind the fridge -> damp_mould.")),
    (call_out("11-20 13:00", "+447700900353", "Damp and mould team", "completed", dur=34, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Hi Lucy, it's Fairholme's damp and mould team about the mould behind your fridge that you reported this
        morning. We'd like to inspect early next week - please ring us on 0113 496 0000 to pick a time.
        """),
     R("C300053", "damp_mould", "damp_mould", "voicemail|message, mould|damp|inspect",
       "Outbound voicemail about a damp and mould inspection -> damp_mould.", acc=NOHZ)),
    (call_in("11-20 07:45", "+441134960330", """
        Agent: Fairholme out of hours.
        Caller: Hello, it's Susan, Eileen Dawson's daughter. I'm at mum's, 25 Thornhill Gardens. The engineer fixed the boiler on Tuesday but it's gone off again overnight and the house is freezing. Mum's 88.
        Agent: I'm sorry. I'll raise an emergency call-out now and get heaters dropped round.
        """, to=OOH, dur=150),
     R("C300030", "repairs", "emergency", "heating|boiler",
       "Tenant's landline, daughter speaking for her -> C300030. No heating for an 88-year-old -> emergency.")),
    (email_in("11-20 08:20", "leanne.firth@example.net", "Leanne Firth", "Rent date", """
        Hi,
        I get paid on the 28th now so can I move my rent payment date to the 1st of the month?
        Also (not urgent) the black mould's back in the corner of the baby's room, I've been wiping it off.
        Thanks, Leanne
        10 Thornhill Gardens
        """, to=RENT_BOX),
     R("C300028", "rent", "damp_mould", "payment date|rent, mould",
       "Rent payment date with live mould in a baby's room mentioned in passing -> rent, hazard damp_mould "
       "(README convention).", acc={"category": ["damp_mould"], "hazard": [None]})),
    (wa_in("11-20 08:40", UM(36), "Selam",
           "ሰላም፣ ኣብ Foundry Walk ፍላት 9 እየ ዝቕመጥ። ኣብ ገዛና ሽታ ጋዝ ኣሎ። እንታይ ክንገብር ኢና?"),
     V("repairs", "emergency", "gas",
       "Tigrinya: 'Hello, I live in flat 9 Foundry Walk. There is a smell of gas in our home. What should we do?' "
       "Unknown sender, flat not in the directory -> review; gas smell -> emergency.")),
    (chat("11-20 09:20", {"name": "Emre"}, """
        Ziyaretçi: Merhaba, kiramı banka havalesi ile ödemek istiyorum. Hesap numaranızı ve referans olarak ne yazmam gerektiğini öğrenebilir miyim? Kiracı numaram T-007199.
        Agent (Kim): Hello Emre, I'll send you our bank details and how to quote your reference.
        """),
     V("rent", None, "bank|transfer|pay",
       "Turkish: wants to pay rent by bank transfer, asks for account number and reference; T-007199 is not in the "
       "directory -> review, rent.")),
    (email_in("11-20 09:40", "sandra.okonkwo@example.org", "Sandra Okonkwo", "RE: Stage 2 complaint response", """
        Dear Complaints Team,

        As you will know by now, I have referred this to the Housing Ombudsman. The mould in my bedroom is still there, the treatment
        you promised in October never happened, and I am sleeping on the sofa.

        Sandra Okonkwo

        From: Fairholme Complaints <contact@fairholmehomes.example.org>
        Sent: Friday, 6 November 2026 16:40
        To: Sandra Okonkwo
        Subject: Stage 2 complaint response

        Dear Ms Okonkwo, we uphold your complaint in part. A mould treatment will be arranged...
        """, thread="thr-cmp-7149"),
     R("C300049", "complaint", "damp_mould", "ombudsman|complaint, mould",
       "Escalated complaint with mould still live -> complaint, hazard damp_mould.",
       acc={"category": ["damp_mould"], "hazard": [None]})),
    (sms_in("11-20 10:05", UM(37),
            "Dobrý den, chtěla bych se zeptat, jestli můžu mít v bytě kočku. Bydlím na 29 Weavers Row. Děkuji, "
            "Petra Horáková"),
     V("tenancy", None, "cat|pet",
       "Czech: asks permission to keep a cat; 29 Weavers Row is not in the directory and the number is unknown -> review.")),
    (call_in("11-20 10:30", "+447700900304", """
        Agent: Fairholme Homes, Mo speaking.
        Caller: Hi, it's Karen Whitaker, 23 Hollin Park Road. I don't mind you using my name. There's lads using the garages at the back of Hollin Park as a drug den. Cars pull up, hand something through the window and drive off. Right next to where the kids play.
        Agent: Thanks Mrs Whitaker. I'll log it with our ASB team and share with the police.
        """, dur=200),
     R("C300004", "asb", None, "garage, drug",
       "Own mobile -> C300004; reporter explicitly happy to be named -> record, asb.")),
    (portal("11-20 11:00", {"email": "ryan.doyle@example.com", "name": "Ryan Doyle"}, "End my tenancy",
            "I'm moving out of 9 Beckside Mews at the end of the month. Sophie is staying. Can you take me off the "
            "joint tenancy?"),
     R("C300024", "tenancy", None, "joint tenancy|remove|moving out", "Joint tenant leaving -> tenancy.")),
    (email_in("11-20 15:15", "sophie.lambert@example.org", "Sophie Lambert", "Tenancy in my name", """
        Hi,
        Ryan has told you he's moving out. Can the tenancy at 9 Beckside Mews be put in my sole name? I'll be
        staying with the two kids.
        Sophie
        """, to=TENANCY_BOX),
     R("C300023", "tenancy", None, "sole name|tenancy", "Own e-mail -> C300023; sole tenancy -> tenancy.")),
    (call_out("11-20 11:20", "+447700900325", "Damp and mould team", "completed", dur=140, answered_by="human", transcript="""
        Agent: Hello Ms Marin, it's Fairholme's damp and mould team about the mould in your bathroom. Can we come on Tuesday 24 November to inspect, and find the leak from upstairs?
        Caller: Da, yes, Tuesday is OK. Morning.
        Agent: Booked for 9am.
        """),
     R("C300025", "damp_mould", "damp_mould", "inspect|survey, mould|damp", "Booking a damp and mould inspection -> damp_mould.",
       acc=NOHZ)),
    (visit("11-20 11:40", {"name": "Damp surveyor (L. Carr)"}, cust("C300032"), "appointment", "attended", """
        Inspected bedroom: black mould approx 1.5m2 on external wall behind bed, heavy condensation, trickle vents
        closed. Child has asthma. Mould wash booked within 48h; PIV unit to be fitted. Advice leaflet in Polish left.
        """),
     R("C300032", "damp_mould", "damp_mould", "mould", "Damp survey finding active mould with an asthmatic child -> damp_mould.",
       acc=EMG)),
    (email_in("11-20 12:00", "j.okoro@leeds-childrens.example.org", "Joanne Okoro",
              "Automatic reply: Information request - Flat 2, Ashgrove Court", """
        I am out of the office until Monday 23 November. For urgent safeguarding matters please contact the duty team.
        """, headers=AUTO_REPLY),
     I("Auto-reply (mentions safeguarding but asks nothing) -> ignore.")),
    (sms_in("11-20 12:20", "+447700900357", "gas man came, all sorted, was the hob seal. thanks x"),
     R("C300057", "repairs", None, "gas|hob|sorted", "Gas issue resolved: hard negative -> hazard null.", acc=EMG)),
    (letter("11-20 12:40", {"name": "Brayshaw & Co Solicitors"}, """
        Our client: Mr Mohammed Al-Rashid, 41 Weavers Row, Bradford BD3 9PL

        LETTER OF CLAIM - HOUSING CONDITIONS (DISREPAIR)

        We act for the above tenant. The property suffers from disrepair including penetrating damp and black mould
        in two bedrooms and defective bedroom windows. Our client's children suffer respiratory symptoms. We invite you
        to inspect within 20 working days under the Pre-Action Protocol.
        """),
     R("C300018", "complaint", "damp_mould", "disrepair, mould|damp",
       "Solicitor acting for a named tenant -> record against C300018 (review accepted); disrepair claim about live "
       "mould -> complaint with hazard damp_mould.",
       acc={**REVOK, "category": ["damp_mould", "repairs"]})),
    (ig_in("11-20 13:00", "@wakefield_jay", "Jay",
           "Hi, Owen Pritchard here, flat 10 Calder Court. The lift's been broken since Wednesday, I'm on the 4th "
           "floor with a bad knee. Any idea when it's fixed?"),
     R("C300040", "repairs", None, "lift", "Instagram DM with name + address -> C300040; lift fault -> repairs.",
       acc=REVOK)),
    (call_in("11-20 13:30", UM(38), """
        Agent: Fairholme Homes, Bev speaking.
        Caller: Hello, my name's Jo Barker, I'm a health visitor. I saw Mrs Fatima Begum and her children yesterday at 6 Thornhill Gardens. There's extensive black mould in the children's bedroom, and the baby has had three chest infections since September. Mrs Begum has asked me to chase this for her; her son will interpret.
        Agent: Thank you. I can see she messaged us on Wednesday. I'll mark it as a priority for inspection.
        """, dur=260),
     R("C300027", "damp_mould", "damp_mould", "mould, chest|baby",
       "Health visitor acting for a named tenant -> record against C300027 (review accepted); mould affecting a baby.",
       acc={**REVOK, "hazard": ["emergency"]})),
    (wa_in("11-20 14:00", "+447700900343", "Aisha",
           "Door is fixed thank you. Police came too. Please dont send any more letters to the house, my ex reads "
           "them when he drops the kids off. Text this number only"),
     R("C300043", "safeguarding", None, "letter|contact, ex",
       "Contact preference change driven by domestic abuse -> safeguarding.")),
    (sms_in("11-20 14:30", UM(41),
            "DPD: Your parcel could not be delivered. Reschedule now at dpd-redeliver.example.com/track to avoid return."),
     I("Phishing spam -> ignore.")),
    (chat("11-20 15:00", {"email": "chloe.armitage@example.net", "name": "Chloe"}, """
        Visitor: hiya do u do anything about gardens? next door at 32 is like a jungle and now there's rats coming through into mine
        Agent (Sam): I'll ask the estate officer to visit and book pest control for you.
        """),
     R("C300017", "estate", None, "rat|garden|overgrown", "Overgrown garden and rats -> estate.",
       acc={"category": ["repairs", "tenancy"]})),
    (call_in("11-20 15:20", "+447700900338", """
        Agent: Fairholme Homes, Jordan speaking.
        Caller: Hi, Tomasz Nowak, 40 Hollin Park Road. I'm worried about the old man next door at 38. Nobody has seen him since Monday, his papers are piling up and his lights are on all night.
        Agent: Thank you. We'll do a welfare visit this afternoon and call the police if we can't get an answer.
        """, dur=170),
     R("C300038", "safeguarding", None, "welfare|neighbour|check",
       "Known tenant raises a welfare concern about an elderly neighbour (no anonymity asked) -> record against the "
       "reporter, safeguarding.")),
]


ITEMS += [
    (call_out("11-20 10:00", "+447700900359", "Tenancy sustainment", "no-answer"),
     R("C300059", "general", None, ATTEMPT, "Outbound call not answered: recorded attempt; purpose not stated.", acc=ANY)),
    (tg_in("11-20 16:00", "6674421093", "Jade",
           "sorry about my mate messaging u, im ok. just been having a rough time. can i get some help with my rent "
           "tho, ive fallen behind a few weeks"),
     R("C300059", "rent", None, "rent|arrears|behind",
       "Linked Telegram id; rent arrears help. The 'rough time' after a welfare concern makes safeguarding defensible.",
       acc={"category": ["safeguarding"], "sensitive": [True]})),
    (email_in("11-20 06:30", "digest@housingtoday.example.net", "Housing Today Digest",
              "Cuckooing: what landlords need to know", """
        Today: cuckooing and county lines - spotting the signs in your homes; new consumer standards inspections;
        safeguarding training dates for 2027.
        Manage your subscription | Unsubscribe
        """, headers=NEWS_HEADERS),
     I("Bulk digest; 'cuckooing' and 'safeguarding' are editorial -> ignore.")),
    (sms_out("11-20 17:00", "+447700900303",
             "Hi Kelly, it's Jo from Fairholme repairs. The engineer has fitted the new boiler part this afternoon. Ring "
             "us straight away if the heating drops out again.", sender="Jo (Repairs)"),
     R("C300003", "repairs", None, "boiler|heating",
       "Outbound one-to-one text about the completed boiler repair -> record, hazard null (resolved).")),
    (call_in("11-20 17:30", "+441632960358", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: It's Robert Illingworth, 15 Beckside Mews. About my complaint letter - somebody came out this morning and fixed the gutter, so you can close the complaint. I'm happy.
        Agent: That's good to hear, Mr Illingworth. I'll let the complaints team know.
        """, dur=90),
     R("C300058", "complaint", None, "gutter, withdraw|close|fixed",
       "Withdrawal of a formal complaint after the repair -> complaint (repairs acceptable).", acc=REP)),
    (fb_in("11-20 18:00", FB(7), "Mark Denton",
           "Congratulations! Your page has been selected for Meta blue tick verification. Confirm your account here "
           "within 24 hours or it will be disabled: meta-verify.example.com"),
     I("Phishing/spam message -> ignore.")),
    (visit("11-20 09:00", {"name": "Damp surveyor (L. Carr)"}, cust("C300013"), "appointment", "no_access", """
        Damp & mould inspection 9-11am (bedroom ceiling). No answer at door, card left. Phoned tenant - no answer.
        """),
     R("C300013", "damp_mould", "damp_mould", "access|no answer|card",
       "No-access damp inspection: recorded, damp and mould case.", acc=NOHZ)),
    (call_in("11-20 10:45", "+447700900333", """
        Agent: Fairholme Homes Sheffield, Lynn speaking. I have a Somali interpreter on the line.
        Interpreter: Mr Warsame says when it rains, water comes through the bedroom wall and there is black mould along the bottom. His wife is pregnant and she is worried about the baby.
        Agent: I'm booking a damp and mould inspection for next week and I'll ask the roofer to check the outside wall.
        """, to=SHEFF, dur=280),
     R("C300033", "damp_mould", "damp_mould", "mould, rain|wall",
       "Penetrating damp and mould, pregnant partner -> damp_mould.", acc=EMG)),
    (sms_in("11-20 08:05", "07700900340", "Hi can I change to paying rent fortnightly, matches my wages better. Owen flat 10"),
     R("C300040", "rent", None, "fortnightly|rent", "Payment frequency -> rent.")),
    (wa_in("11-20 09:10", "447700900310", "Hodan",
           "Kirada bishan ma bixin karo wakhtigeeda, lacagtayda Universal Credit way daahday. Fadlan i caawiya, "
           "ma doonayo dayn."),
     R("C300010", "rent", None, "universal credit|uc, rent|late",
       "Somali: can't pay this month's rent on time, her Universal Credit payment is late; asks for help, doesn't "
       "want debt -> rent.")),
    (portal("11-20 10:15", {"email": "daniel.okafor@example.com", "name": "Daniel Okafor"}, "Help with rent",
            "My hours at work have been cut from 37 to 20 a week. Can I apply for a Discretionary Housing Payment, "
            "and can you help me with the form?"),
     R("C300002", "rent", None, "discretionary housing payment|dhp", "DHP application -> rent.")),
    (call_out("11-20 11:50", "+447700900335", "Income team", "completed", dur=230, answered_by="human", transcript="""
        Agent: Hi Dean, it's Marie from Fairholme's income team. Citizens Advice emailed us about your Universal Credit. We've put the arrears action on hold for 28 days.
        Caller: Oh, thank God.
        Agent: Once the backdated payment comes in, can we agree £5 a week towards what's left?
        Caller: Yeah, I can do that.
        """),
     R("C300035", "rent", None, "payment plan|arrears|£5", "Outbound income call agreeing a payment plan -> rent.")),
    (email_in("11-20 19:00", "kellybrannigan88@example.net", "Kelly Brannigan", "Formal complaint - boiler", """
        Hi,

        The heating is working again now, but I want to make a formal complaint. This is the third time since
        October the boiler has broken down and each time I've waited days with a newborn in the house. The first
        engineer on Monday told me to "put another jumper on the baby". I want to know why the boiler isn't being
        replaced.

        Kelly Brannigan
        15 Hollin Park Road
        """),
     R("C300003", "complaint", None, "complaint, boiler",
       "Formal complaint about repeated boiler failures; heating now restored -> hazard null (emergency accepted).",
       acc={"category": ["repairs"], "hazard": ["emergency"]})),
    (letter("11-20 09:10", {"name": "K. Barraclough"}, """
        6 Weavers Row, Bradford BD3 9PL

        Dear Sir/Madam,

        Further to my telephone call on Monday 16 November about the young man at number 8 threatening to burn my
        car with me in it, I was told someone from your ASB team would ring me back. Nobody has. I am now afraid to
        go out after dark. This is not good enough and I wish to complain about how this has been handled.

        Keith Barraclough
        """),
     R("C300042", "complaint", None, "complaint, threat|asb|car",
       "Complaint about the handling of an ASB report -> complaint, kept sensitive (asb accepted). Name + address -> "
       "C300042 (review accepted).", acc={**REVOK, "category": ["asb"]}, sens=True)),
    (portal("11-20 13:40", {"customer_ref": "C300016", "name": "Patricia Lumb"}, "Moving to a smaller home", """
        Since my husband died the house is too big for me and the stairs are difficult. I would like to move to a
        one-bedroom bungalow nearby. Please reply in writing as I am hard of hearing.
        """),
     R("C300016", "lettings", None, "downsiz|bungalow|smaller|move",
       "Downsizing request from an older tenant -> lettings (tenancy acceptable); bereavement is context, not a concern.",
       acc=TEN)),
    (tg_in("11-20 14:10", "7305518842", "Chen",
           "你好，我现在是利兹市政府的租户，想转到Fairholme的房子，离我工作的地方近一点。请问怎么申请？"),
     V("lettings", None, "transfer|apply|move",
       "Chinese: council tenant in Leeds wants to transfer to a Fairholme home nearer work; how to apply? Unlinked "
       "Telegram id -> review, lettings.")),
    (visit("11-20 10:40", {"name": "Estate officer (R. Khan)"}, cust("C300054"), "walkabout", "attended", """
        Walkabout Foundry Walk. Mr Yusuf (Flat 3) showed me the broken entry door intercom and 3 needles in the
        stairwell by the bin room. Sharps team booked today; intercom job raised.
        """),
     R("C300054", "estate", None, "intercom, needle|sharps",
       "Tenant met on a walkabout, communal issues -> estate.", acc={"category": ["repairs", "asb"]})),
    (fb_in("11-20 18:30", FB(6), "Lucy Fairweather",
           "Loving the Christmas lights going up at Hollin Park 🎄✨ well done whoever organised it"),
     I("Public comment asking for nothing, even from a tenant -> ignore.")),
    (wa_in("11-20 16:20", "+447700900337", "Grażyna",
           "Dzień dobry. Sąsiedzi z numeru 42 znowu krzyczą na nas „wracajcie do Polski” i rzucili jajkami w nasze "
           "okno. Boję się wychodzić wieczorem. Grażyna Nowak"),
     R("C300037", "asb", None, "egg|abuse|hate|poland",
       "Polish: neighbours at no. 42 again shout 'go back to Poland' at them and threw eggs at the window; afraid "
       "to go out at night -> hate incident -> asb. Own mobile -> C300037.")),
    (sms_in("11-20 17:45", UM(43),
            "Pls dont use my name on this one. Theres a van parked across the pavement outside 31 Thornhill Gardens "
            "every night, my mum cant get her wheelchair past and has to go in the road"),
     A("asb", None, "van|parking|pavement|wheelchair",
       "Reporter asks in words not to be named -> anonymous; obstructive parking -> asb/estate.", acc=EST)),
    (wa_in("11-20 12:50", "447700900356", "Ahmed",
           "شكراً، الكهربائي جاء وأصلح الضوء والماء توقف. لكن سقف المطبخ ما زال فيه بقعة كبيرة ويحتاج دهان."),
     R("C300056", "repairs", None, "ceiling|paint|stain",
       "Arabic: electrician fixed the light and the leak has stopped, but the kitchen ceiling still has a big stain "
       "and needs painting -> repairs, hazard null (resolved).", acc=EMG)),
    (call_in("11-20 20:10", "+447700900321", """
        Agent: Fairholme out of hours, Dan speaking.
        Caller: Hi, it's Stuart McAllister, Flat 6 Calder Court. Sorry, I didn't know who else to ring. My son's 19, he's staying with me. He's locked himself in the bathroom and he said he wants to end it. He's been cutting himself.
        Agent: Stuart, please call 999 straight away, or I can call them for you now. Is the bathroom lock one of ours? I can send someone to open it.
        Caller: I'll ring them now.
        Agent: I'm also making a note for our safeguarding team to call you tomorrow.
        """, to=OOH, dur=150),
     R("C300021", "safeguarding", None, "son, self-harm|end it|cutting",
       "Immediate risk of self-harm to a household member -> safeguarding (sensitive).")),
    (email_out("11-20 11:30", INBOX, "vicky.pemberton@example.org", "Victoria Pemberton",
               "Your complaint - reference CMP-4471", """
        Dear Ms Pemberton,

        Thank you for your email of 19 November. I have logged your stage 1 complaint about how your reports of
        noise nuisance have been handled. Your ASB case officer will call you by Wednesday 25 November, and you
        will receive our full response within 10 working days.

        Yours sincerely,
        Complaints Team
        """),
     R("C300013", "complaint", None, "complaint, noise|asb",
       "Outbound acknowledgement of a complaint about ASB case handling -> complaint, sensitive (asb accepted).",
       acc={"category": ["asb"]}, sens=True)),
]


def main() -> int:
    rc = corpus_tools.build(ITEMS, AVOID)
    problems: list[str] = []
    if len(ITEMS) != 200:
        problems.append(f"expected exactly 200 items, have {len(ITEMS)}")
    lo, hi = dt.datetime(2026, 11, 16), dt.datetime(2026, 11, 21)
    for ev, _ in ITEMS:
        when = dt.datetime.strptime(ev["occurred_at"], "%Y-%m-%dT%H:%M:%SZ")
        if not lo <= when < hi:
            problems.append(f"occurred_at {ev['occurred_at']} outside 16-20 November 2026")
    ev_path = HERE / f"{corpus_tools.SPLIT}.jsonl"
    if ev_path.exists():
        ids = [json.loads(x)["id"] for x in ev_path.read_text(encoding="utf-8").splitlines() if x.strip()]
        if len(ids) != len(set(ids)):
            problems.append("duplicate ids in output")
    for p in problems:
        print("ERROR:", p)
    return 1 if problems else rc


if __name__ == "__main__":
    sys.exit(main())

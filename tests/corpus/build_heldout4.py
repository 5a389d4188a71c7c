#!/usr/bin/env python3
"""Build a fourth held-out split (deterministic; writes only heldout4.jsonl / heldout4.expected.jsonl).

    python tests/corpus/build_heldout4.py

A fortnight, Monday 2 – Sunday 15 November 2026, of one housing association's contact traffic,
200 contacts in roughly the proportions a contact centre sees them: mostly repairs, then damp and
mould, rent and Universal Credit, complaints, tenancy, lettings, estate and general enquiries;
30 sensitive contacts (ASB and safeguarding, some disclosed late, indirectly, by third parties or
in other languages); anonymous reporters (flag set, or asking in words); outbound call attempts,
missed appointments and no-access visits; bulk mail, auto-replies, bounces, marketing and social
chatter to ignore; unknown senders and shared landlines to review. 30 of the 200 (15%) are written
in 16 other languages, in native script or romanised.

Written by an outside examiner who has not seen the router's code, lexicon, model, training
messages or the other held-out splits. Same formats, directory and label conventions as
README.md and the shared samples. Envelope and label helpers come from envelopes.py; ids, writing,
validation and coverage from corpus_tools.py. Ids are hashed from the event content with the salt
"heldout4" and checked for uniqueness against every other split in this folder and the samples.

Every contact falls inside the fortnight, before corpus_tools.validate()'s 21 November 2026 cut-off;
main() also checks the 2-15 November window itself. Any validation error fails the build.

Keep this split out of tuning: it is for judging only.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from envelopes import (  # noqa: E402,F401
    ANY, ASB_BOX, ATTEMPT, AUTO_REPLY, BOUNCE, BRADFORD_OFFICE, EMG, EST, GEN, INBOX, LEEDS_OFFICE, MAIN,
    NEWS_HEADERS, NOHZ, OOH, RENT_BOX, REP, REPAIRS_BOX, REVOK, SAFEGUARDING_BOX, SHEFF, SHEFFIELD_OFFICE,
    TEN, TENANCY_BOX, WAKEFIELD_OFFICE, A, I, R, V, call_in, call_out, chat, cust, email_in, email_out, fb_in,
    ig_in, letter, portal, sms_in, sms_out, tg_in, visit, wa_in, wa_out,
)

ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []

CMP = {"category": ["complaint"]}
LET = {"category": ["lettings"]}
RENT = {"category": ["rent"]}
DMP = {"category": ["damp_mould"]}
ASB = {"category": ["asb"]}
SAFE = {"category": ["safeguarding"]}
RECOK = {"action": ["record"]}


def both(*dicts: dict[str, Any]) -> dict[str, Any]:
    """Merge accept dicts (lists under the same key are concatenated)."""
    out: dict[str, Any] = {}
    for d in dicts:
        for k, v in d.items():
            if k in out and isinstance(out[k], list) and isinstance(v, list):
                out[k] = out[k] + [x for x in v if x not in out[k]]
            else:
                out[k] = v
    return out


def U4(n: int) -> str:
    """An unknown (not in the directory) mobile for this split: +44 7700 9004nn."""
    return f"+4477009004{n:02d}"


def fbh(n: int) -> str:
    return f"fb:1000947{n:05d}"


def rec_as(ref: str) -> dict[str, Any]:
    """Accept recording against `ref` (for review labels)."""
    return {"action": ["record"], "customer_ref": [ref]}


# ============================================================================================
# Not a service contact: bulk mail, auto-replies, bounces, marketing, spam, chatter (24)
# ============================================================================================
ITEMS += [
    (email_in("11-02 06:10", "news@yorkshiretenants.example.net", "Yorkshire Tenants Network",
              "November bulletin: repairs standards, damp & mould, ASB toolkit", """
        YORKSHIRE TENANTS NETWORK - NOVEMBER BULLETIN

        In this issue
        - Know your rights: how quickly should your landlord fix a leak or a broken boiler?
        - Damp and mould: what Awaab's Law means for you this winter
        - New ASB toolkit for tenants' and residents' associations
        - Free training: chairing a residents' meeting (Saturday 21 November, Leeds Civic Hall)

        You're receiving this because your organisation is a member. Manage preferences | Unsubscribe
    """, headers=NEWS_HEADERS),
     I("Tenant-network bulletin sent in bulk (List-Unsubscribe, Precedence: bulk), full of category words -> ignore.")),

    (email_in("11-10 07:30", "offers@heatright-trade.example.com", "HeatRight Trade Supplies",
              "Winter trade offers: combi boilers from £649 + free flue kit", """
        WINTER TRADE OFFERS - THIS WEEK ONLY

        Combi boilers from £649 | Radiators from £38 | Free flue kit with every boiler
        Emergency leak repair kits, damp-proof paint and mould-resistant sealant now in stock.

        Open a trade account today and get 10% off your first order.

        HeatRight Trade Supplies, Unit 4, Canal Road Industrial Estate
        Unsubscribe from marketing emails
    """, headers={"List-Unsubscribe": "<https://heatright-trade.example.com/u/88>"}),
     I("Supplier marketing e-mail (List-Unsubscribe) full of boiler, leak and mould words -> ignore.")),

    (email_in("11-04 09:02", "vicky.pemberton@example.org", "Victoria Pemberton", "Automatic reply: Your repair appointment", """
        Thank you for your email. I'm away with limited access to email until Monday 9 November and will reply when I'm back.

        Vicky
    """, headers=AUTO_REPLY),
     I("Out-of-office auto-reply from a known customer (Auto-Submitted: auto-replied) -> ignore.")),

    (email_in("11-12 14:31", "marcus.bell@example.com", "Marcus Bell", "Automatic reply: Your ASB case - update", """
        Hi, I'm on paternity leave until Monday 23 November and not checking email. If it's urgent please text me.
        Marcus
    """, headers=AUTO_REPLY),
     I("Auto-reply from a known customer; the subject quotes his ASB case but the message says nothing -> ignore.")),

    (email_in("11-05 10:05", "MAILER-DAEMON@mx.example.net", "Mail Delivery System", "Undelivered Mail Returned to Sender", """
        This is the mail system at host mx.example.net.

        I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

        <kellybrannigan88@example.net>: host mx.example.net said: 552 5.2.2 Mailbox full

        Original subject: Your gas emergency on 2 November - follow-up survey
    """, headers=BOUNCE),
     I("Bounce (delivery-status report) about a customer's full mailbox; the quoted subject mentions a gas emergency -> still ignore.")),

    (email_in("11-09 06:40", "postmaster@mail.example.com", "Postmaster", "Undeliverable: Your rent statement - November", """
        Delivery has failed to these recipients or groups:

        d.okafor.old@example.com
        The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

        Diagnostic information for administrators:
        Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
    """, headers=BOUNCE),
     I("Non-delivery report for an outbound rent statement -> ignore.")),

    (email_in("11-11 08:00", "events@propertytech.example.com", "PropertyTech Events",
              "Webinar: is your damp & mould process Awaab's Law ready?", """
        Join our free 45-minute webinar on Thursday 19 November.

        - Emergency hazards: making safe within 24 hours
        - Damp and mould: investigation in 10 working days, written summary in 3
        - How our repairs platform tracks every clock automatically

        Book your place now. You are receiving this because you attended a PropertyTech event.
        Unsubscribe | Privacy policy
    """, headers=NEWS_HEADERS),
     I("Vendor webinar marketing (bulk headers) about hazards and timescales -> ignore.")),

    (email_in("11-07 02:14", "it-helpdesk@fairholme-secure.example.com", "IT Helpdesk", "ACTION REQUIRED: mailbox storage full", """
        Dear user,

        Your mailbox has exceeded its storage limit and incoming messages from tenants will be rejected within 24 hours.
        Click here to verify your account and increase your quota: http://fairholme-secure.example.com/verify

        IT Helpdesk
    """),
     I("Phishing e-mail imitating the landlord's IT helpdesk (look-alike domain) -> ignore as spam.")),

    (letter("11-03 09:00", {"name": "Yorkshire Drain Doctor Ltd"}, """
        BLOCKED DRAINS? LEAKING PIPES? NO HOT WATER?

        24/7 emergency call-out across Leeds, Bradford and Wakefield.
        Approved contractor rates for housing associations - ask about our framework prices!

        Call free today or visit our website.
    """),
     I("Marketing leaflet in the post (repair words, no customer) -> ignore.")),

    (letter("11-13 09:00", {"name": "Leeds Winter Shelter Appeal"}, """
        Dear Friend,

        This winter, hundreds of people in Leeds will sleep rough. £25 could pay for a warm bed and a hot meal for one night.

        Please give what you can using the enclosed form.

        With thanks,
        The Winter Shelter Appeal team
    """),
     I("Charity appeal mailshot -> ignore.")),

    (sms_out("11-13 10:00", "+447700900317", """
        Fairholme Homes: bin collections change over Christmas and New Year. Check the dates for your street at fairholmehomes.example.org/bins. Reply STOP to opt out.
    """),
     I("Outbound bulk notice sent to many tenants -> ignore.")),

    (sms_out("11-03 17:00", "+447700900328", """
        Fairholme Homes: reminder - your annual gas safety check is tomorrow, Wednesday 4 November, 8am-12pm. Reply C to cancel or call 0113 496 0000.
    """),
     I("Automated per-customer appointment reminder -> ignore (record accepted, per README).",
       {"action": ["record"], "customer_ref": ["C300028"], "category": ["repairs", "general"]})),

    (sms_in("11-13 10:12", "+447700900317", "STOP"),
     I("STOP reply to the bulk bin-collection text -> ignore (record accepted, per README).",
       {"action": ["record"], "customer_ref": ["C300017"], "category": ["general", "estate"]})),

    (wa_in("11-04 09:41", "447700900343", "Aisha M", "👍 thank you"),
     I("Bare acknowledgement of the plasterer booking made by phone minutes earlier; nothing new -> ignore "
       "(record accepted: a careful officer might log it on the leak job).",
       {"action": ["record"], "customer_ref": ["C300043"], "category": ["repairs", "general"]})),

    (fb_in("11-03 16:20", fbh(6), "Bev Sutcliffe", """
        Big thanks to the lads who cleared all the leaves and litter off Weavers Row today 👏👏 looks lovely
    """),
     I("Public thank-you comment, asks for nothing -> ignore.")),

    (fb_in("11-06 19:05", fbh(7), "Shannon Pickles", """
        Does anyone know if the community centre on Weavers Row is doing the kids' Christmas party again this year? 🎄
    """),
     I("Question to other page followers, not a service request -> ignore.")),

    (fb_in("11-11 22:40", fbh(8), "Lee Fozzard", """
        Fairholme absolutely shocking as usual. Wouldn't house a dog with this lot. Avoid.
    """),
     I("Public rant with no request, no detail and no identifiable matter -> ignore; a cautious officer might "
       "queue it as a complaint for review.",
       {"action": ["review"], "category": ["complaint"]})),

    (ig_in("11-04 03:30", "@grow.insta.fast", "Grow Fast", """
        Want to go viral? 🚀 We promote pages like yours to 50k real followers. DM us for prices!
    """),
     I("Spam comment -> ignore.")),

    (ig_in("11-08 11:05", "@lizzie_grows_veg", "Lizzie", """
        Gorgeous photos of the Moorside community garden 😍🌷 well done all
    """),
     I("Friendly comment on a post, asks for nothing -> ignore.")),

    (tg_in("11-11 03:12", "6001234987", "CryptoProfit Signals", """
        💰 Turn £250 into £5,000 in a week! Join our VIP signals channel 👉 t.me/example_signals
    """),
     I("Spam -> ignore.")),

    (email_in("11-05 05:30", "noreply@scheduler.fairholmehomes.example.org", "Repairs Scheduler",
              "Daily job list - all trades, Thursday", """
        Jobs for Thursday (extract):
        08:00 91288 Flat 10 Calder Court - window handle (joinery)
        10:30 91301 25 Thornhill Gardens - cylinder leak (plumbing)
        13:00 91322 Flat 2 Foundry Walk - damp inspection (surveyor)

        This is an automated message. Do not reply.
    """, headers={"Auto-Submitted": "auto-generated"}),
     I("Internal scheduling system notice listing jobs and addresses -> ignore.")),

    (call_in("11-06 11:15", "+441134960871", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hi there, am I speaking to the person who looks after energy contracts for your offices? I'm calling from Northern Energy Brokers, we can save organisations like yours up to thirty percent on gas and electricity.
        Agent: We don't take sales calls on this line, sorry. Goodbye.
    """, dur=40),
     I("Inbound sales cold call -> ignore (marketing).")),

    (email_in("11-10 10:03", "daniel.okafor@example.com", "Daniel Okafor", "Read: Your rent statement - November", """
        Your message

          To: Daniel Okafor
          Subject: Your rent statement - November
          Sent: Tuesday, 10 November 2026 09:41

        was read on Tuesday, 10 November 2026 10:02.
    """),
     I("Read receipt generated by a known customer's mail client (no headers) -> ignore.")),

    (tg_in("11-08 14:02", "7390012288", None, "/start"),
     I("Bare /start command from an unlinked Telegram account, nothing asked -> ignore.")),
]

# ============================================================================================
# Repairs (55), incl. emergencies, follow-ups, outbound calls, no-access visits, other languages
# ============================================================================================
ITEMS += [
    (call_in("11-02 08:05", "+447700900319", """
        Agent: Good morning, Fairholme Homes, you're through to Priya.
        Caller: Morning love. Gary Naylor, 47 Weavers Row. Me boiler's packed up. It's flashing F28 at me and there's been no heating or hot water since last night.
        Agent: Sorry to hear that, Mr Naylor. Have you tried resetting it?
        Caller: Twice. It clicks, tries to light, then nowt.
        Agent: Is there anyone in the household who's elderly, unwell or has young children?
        Caller: No, just me, and I'm at work all day. I can manage with the kettle for a day or so, I just want it sorting.
        Agent: I've raised an urgent heating job. The engineer will come tomorrow morning between eight and twelve. I'll text you the job number.
        Caller: Champion, ta.
    """, dur=210),
     R("C300019", "repairs", None, "boiler|heating",
       "Matched mobile. No heating or hot water, but the caller says nobody vulnerable lives there and he can manage "
       "-> urgent repair, hazard null (emergency accepted: no heat in November).", EMG)),

    (visit("11-03 10:30", {"name": "Gas engineer (P. Kaur)"}, cust("C300019"), "appointment", "attended", """
        Job 91207, no heating (F28). Gas valve faulty, replaced. Boiler relit, heating and hot water tested OK. Tenant happy.
    """),
     R("C300019", "repairs", None, "boiler|gas valve|heating", "Attended repair appointment, fixed -> repairs.")),

    (sms_in("11-02 07:20", "+447700900303", """
        can smell gas really strong in the kitchen when i came down this morning. ive opened the windows n turned it off at the meter, kids r at my mums. what do i do?? kelly 15 hollin pk rd
    """),
     R("C300003", "repairs", "emergency", "gas", "Gas smell -> emergency. Matched mobile (Kelly Brannigan).")),

    (call_out("11-03 10:00", "+447700900303", "Repairs team", "completed", dur=150, answered_by="human", transcript="""
        Agent: Hi, is that Kelly? It's Dan from Fairholme repairs, following up yesterday's gas call-out.
        Caller: Oh hiya, yeah.
        Agent: The gas network engineer capped off the cooker supply, so the leak was at the cooker connection. We need our gas engineer to fit a new hose so you can use the cooker again. Would Thursday morning suit?
        Caller: Thursday's fine, I'm in all morning.
        Agent: Lovely, booked between eight and twelve.
    """),
     R("C300003", "repairs", None, "cooker|gas",
       "Outbound follow-up; the supply is capped so nothing live -> repairs, hazard null (emergency accepted: gas job).", EMG)),

    (call_in("11-05 18:40", "+447700900303", """
        Agent: Fairholme Homes out of hours, Mark speaking.
        Caller: Hi, it's Kelly Brannigan, 15 Hollin Park Road. I can smell gas again. Same as Monday, by the cooker.
        Agent: Okay Kelly. Have you turned the supply off at the meter?
        Caller: Yeah, I've done it. Your engineer fitted the new pipe this morning and said it was all fine, but I can smell it again and honestly I'm frightened. I've got three kids.
        Agent: Please keep the windows open, don't use any switches, and wait outside. I'm calling the gas emergency service now and I'll get our gas engineer out tonight.
        Caller: Thank you. And I want someone to look at why this keeps happening, it's the second time this week.
        Agent: I'll note that, and a supervisor will call you tomorrow.
    """, dur=260, to=OOH),
     R("C300003", "repairs", "emergency", "gas",
       "Repeat gas smell after a repair -> emergency. She voices dissatisfaction, so complaint is defensible, but the "
       "contact is the emergency.", CMP)),

    (wa_in("11-03 19:45", "447700900343", "Aisha M", """
        Hello, water is coming through my kitchen ceiling from the bathroom, I think the pipe under the bath. Now it is dripping out of the light fitting!! I turned off the electric at the box and the water at the stopcock. What do I do? Aisha Mohamud 27 Weavers Row
    """),
     R("C300043", "repairs", "emergency", "leak|water|ceiling, light|electric",
       "Water coming through a light fitting (escape of water near electrics) -> emergency. wa_id without '+' -> C300043.")),

    (call_out("11-04 09:20", "+447700900343", "Repairs team", "completed", dur=180, answered_by="human", transcript="""
        Agent: Morning Aisha, it's Lou from Fairholme repairs. Just checking in after last night.
        Caller: Yes, the plumber came about ten, he fixed the waste pipe under the bath. The ceiling is still wet and there's a big brown patch.
        Agent: Okay. Please keep that light off for now. I'm booking an electrician to test the circuit, and a plasterer to look at the ceiling once it's dried out. Friday the 13th for the plasterer, eight till twelve?
        Caller: Friday is okay.
        Agent: Great, I'll send it on WhatsApp too.
    """),
     R("C300043", "repairs", None, "ceiling|plaster, electric",
       "Outbound follow-up after the made-safe leak: electrician and plasterer booked -> repairs; made safe, so hazard "
       "null (emergency accepted: circuit still untested).", EMG)),

    (visit("11-13 09:05", {"name": "Plasterer (G. Firth)"}, cust("C300043"), "appointment", "no_access", """
        Booked 8-12 to re-board kitchen ceiling after leak. No answer at 9:05 or 10:30, card left. Neighbour said tenant had gone to a hospital appointment. Needs rebooking.
    """),
     R("C300043", "repairs", None, "access|no answer|card|rebook", "No-access appointment -> recorded, repairs.")),

    (email_in("11-02 12:10", "owen.pritchard@example.com", "Owen Pritchard", "Broken window handle - Flat 10 Calder Court", """
        Hi,

        The handle on my bedroom window snapped off this morning and the window's stuck open about an inch. I've taped cardboard over the gap but it's freezing in there at night. Can someone come and fit a new handle?

        I work from home Monday to Wednesday so any of those days is best.

        Thanks
        Owen Pritchard
        Flat 10, Calder Court
    """, to=REPAIRS_BOX),
     R("C300040", "repairs", None, "window|handle", "Matched e-mail; broken window handle -> repairs.")),

    (visit("11-05 09:50", {"name": "Joiner (S. Lomas)"}, cust("C300040"), "appointment", "no_access", """
        Bedroom window handle, job 91288, slot 8-12. Knocked twice, no answer, rang mobile - voicemail. Card left.
    """),
     R("C300040", "repairs", None, "access|no answer|card", "No-access visit -> recorded, repairs.")),

    (chat("11-03 22:15", {"email": "daniel.okafor@example.com", "name": "Daniel"}, """
        Visitor: hi, my key has snapped off in the front door lock. half of it is still stuck in there. I got in through the back door but I can't lock the front door at all now
        Agent (out of hours - Sam): Sorry to hear that Daniel. Can you confirm your address?
        Visitor: 11 Hollin Park Road
        Agent (out of hours - Sam): Thanks. As the property can't be secured I've raised an emergency locksmith job, they'll attend within 4 hours tonight.
        Visitor: great thanks
    """),
     R("C300002", "repairs", None, "lock|key|door",
       "Insecure front door: an emergency-priority repair, but not one of the contract's health/safety hazards -> "
       "hazard null (emergency accepted).", EMG)),

    (call_in("11-02 09:40", "+441632960342", """
        Agent: Fairholme Homes, good morning.
        Caller: Morning. Keith Barraclough, 6 Weavers Row. My toilet won't flush. The handle just flops, nothing happens. It's the only toilet in the house.
        Agent: Okay Mr Barraclough, sounds like the flush mechanism. Is the cistern filling?
        Caller: Full to the top, just won't go. I'm having to tip a bucket down it.
        Agent: I'll book it as urgent, the plumber can come today between twelve and six.
        Caller: Right you are.
    """, dur=140),
     R("C300042", "repairs", None, "toilet|flush",
       "Only toilet won't flush but can be flushed by bucket -> urgent repair, hazard null (emergency accepted).", EMG)),

    (sms_in("11-04 21:30", "+447700900350", """
        socket in the kitchen sparked when i plugged the kettle in, theres black marks round it n it smells like burnt plastic. iv turned it off at the trip switch. flat 16 ashgrove ct
    """),
     R("C300050", "repairs", "emergency", "socket|spark|burn", "Sparking, scorched socket (fire risk) -> emergency.")),

    (tg_in("11-05 08:15", "7781200943", "Stuart McA", """
        Morning. Bathroom extractor fan has packed in - clicks and nothing. Flat 6 Calder Ct. Any chance someone can look at it this week?
    """),
     R("C300021", "repairs", None, "fan|extractor",
       "Linked Telegram id. Broken extractor, no damp or mould mentioned -> repairs, hazard null.")),

    (call_in("11-10 10:05", "+441144960355", """
        Agent: Fairholme Homes, Sheffield, Hannah speaking.
        Caller: Hello love, it's Christine Mellor, 2 Moorside Crescent. The radiator in the back bedroom's stone cold. All the others are fine. I've bled it, a bit of air came out, but it's still cold.
        Agent: Okay, is it cold top and bottom?
        Caller: All over. It's my granddaughter's room when she stays, she's coming Friday.
        Agent: I'll book a heating engineer. Thursday afternoon?
        Caller: That's fine. Oh, and when's my gas service due? I've lost the letter.
        Agent: It's due in February, we'll write to you.
    """, dur=170, to=SHEFF),
     R("C300055", "repairs", None, "radiator", "Matched landline (single tenant). One cold radiator -> repairs.")),

    (portal("11-06 13:00", {"customer_ref": "C300047", "name": "Priya Chauhan"}, "Repair request", """
        Form: Report a repair
        Location: Kitchen
        What's wrong: The hinge on the cupboard door next to the cooker has come out of the unit, the door is hanging off. Also the edge of the worktop by the sink is lifting and swelling.
        Access: Any weekday after 1pm
    """),
     R("C300047", "repairs", None, "hinge|cupboard|worktop", "Logged-in portal form -> repairs.")),

    (call_in("11-08 03:10", "+447700900335", """
        Agent: Fairholme out of hours.
        Caller: Yeah, hi, it's Dean, flat 14 Foundry Walk. There's water pouring through my ceiling from upstairs, it's coming out round the light in the hallway and the electrics have all tripped. I've banged on their door, no one's answering.
        Agent: Okay Dean, are you safe? Stay away from the switches. Is it coming from your own pipes at all?
        Caller: No, it's from above, I've got buckets everywhere.
        Agent: I'm sending an emergency plumber and electrician now, and we'll get access to the flat above. Should be within two hours.
    """, dur=200, to=OOH),
     R("C300035", "repairs", "emergency", "water|leak|flood, ceiling",
       "Water pouring through a ceiling light, electrics tripped -> emergency. Matched mobile; first name + flat agree.")),

    (visit("11-09 11:00", {"name": "Plumber (R. Akhtar)"}, cust("C300035"), "appointment", "attended", """
        Follow-up to Sunday's out-of-hours flood. Leak traced to a split washing-machine hose in the flat above (Flat 17), made safe overnight. Electrician retested the hallway circuit today: OK. Ceiling plasterboard stained and soft in one corner, not bowing; plasterer booked and dehumidifier left to dry it out.
    """),
     R("C300035", "repairs", None, "leak|ceiling|plaster",
       "Follow-up visit after the flood, made safe and drying -> repairs, hazard null.")),

    (wa_in("11-09 09:15", "+447700900337", "Grażyna", """
        Dzień dobry, pod umywalką w łazience cieknie syfon, woda kapie na podłogę i panele zaczynają puchnąć. Proszę przysłać hydraulika. Grażyna Nowak, 40 Hollin Park Road
    """),
     R("C300037", "repairs", None, "leak|sink|basin|water",
       "Polish: the trap under the bathroom basin is leaking onto the floor and the laminate is swelling; please send a "
       "plumber. Her own mobile (not the shared landline) -> C300037.")),

    (wa_in("11-07 08:30", "447700900325", "Ioana", """
        Bună dimineața, de aseară nu avem deloc apă caldă și nici căldură, centrala arată o eroare roșie. Am un bebeluș de trei luni și în casă e foarte frig. Vă rog să trimiteți pe cineva azi. Ioana Marin, 12 Beckside Mews
    """),
     R("C300025", "repairs", "emergency", "heating|hot water|boiler, baby",
       "Romanian: no hot water or heating since last night, boiler shows a red error, three-month-old baby, house very "
       "cold -> vulnerable household -> emergency.")),

    (tg_in("11-11 18:20", "6230118845", "Andrei P", """
        Buna seara, jgheabul din spatele casei s-a desprins si apa de ploaie curge direct pe perete, langa usa din spate. 21 Moorside Crescent
    """),
     R("C300014", "repairs", None, "gutter",
       "Romanian without diacritics: the back gutter has come away and rainwater runs straight down the wall by the back "
       "door. External defect, no damp inside reported -> repairs, hazard null.")),

    (sms_in("11-12 07:50", "+447700900317", """
        electric shower stopped working, trips the switch every time i turn it on. no bath only the shower n 2 kids to get ready for school. 30 weavers row
    """),
     R("C300017", "repairs", None, "shower",
       "No washing facility but no danger reported -> urgent repair, hazard null (emergency accepted).", EMG)),

    (email_in("11-09 08:40", "vicky.pemberton@example.org", "Victoria Pemberton", "Fence panels down", """
        Morning,

        Three of the fence panels at the back of 14 Moorside Crescent came down in the wind on Saturday night and one of the concrete posts has snapped. The dog can get straight out onto the lane now, so I'm having to take her out on a lead just to go in the garden.

        Can you let me know when someone can fix it?

        Thanks,
        Vicky

        Victoria Pemberton
        Sent from my iPhone
    """),
     R("C300013", "repairs", None, "fence", "Storm-damaged fence -> repairs (estate accepted).", EST)),

    (call_in("11-04 11:15", "+441134960330", """
        Agent: Fairholme Homes, this is Ruth.
        Caller: Hello dear. It's Mrs Dawson. Eileen Dawson. Twenty-five Thornhill Gardens.
        Agent: Hello Mrs Dawson, how can I help?
        Caller: There's water in my airing cupboard. The big copper tank, it's dripping from underneath, all my towels are wet through. My daughter usually rings you but she's at work.
        Agent: Is it dripping or is it pouring out?
        Caller: Oh, dripping. Drip, drip. I've put a washing-up bowl under it.
        Agent: Is your hot water still working?
        Caller: I think so. I had a wash this morning.
        Agent: Right, I'll get a plumber to you today. Would you like me to ring your daughter to let her know?
        Caller: Would you? That would be kind.
    """, dur=260),
     R("C300030", "repairs", None, "cylinder|tank|airing cupboard|leak|drip",
       "Slow, contained drip from the hot-water cylinder; hot water still works -> repairs, hazard null (emergency "
       "accepted given an elderly tenant).", EMG)),

    (call_out("11-05 14:00", "+447700900308", "Repairs team", "completed", dur=200, answered_by="human", transcript="""
        Agent: Hi Lorraine, it's Dan at Fairholme repairs about the job for your wet room.
        Caller: Oh good. The shower seat's come loose from the wall and the grab rail by the toilet wobbles. I can't use the seat at all at the moment.
        Agent: I've got an adaptations fitter free on Tuesday. Morning or afternoon?
        Caller: Has to be after eleven, my carers come in first thing.
        Agent: Tuesday the 10th, twelve till four then. I'll ask him not to park in the disabled bay.
        Caller: Thank you, it's been a nightmare.
    """),
     R("C300008", "repairs", None, "seat|rail", "Outbound call booking an adaptation repair -> repairs.")),

    (letter("11-03 09:00", {"name": "Harold Birkett"}, """
        3 Thornhill Gardens
        Leeds LS12 5EW

        30th October

        Dear Sir or Madam,

        I am writing about my back door. Since the wet weather it has swollen and I can only shut it by putting my shoulder to it, and the wood at the bottom of the frame has gone soft and rotten.

        Please could someone come to look at it. I would be grateful if you would reply in large print as my eyesight is poor.

        Yours faithfully,

        H. Birkett (Mr)
    """),
     R("C300045", "repairs", None, "door|frame",
       "Scanned letter: name + address match C300045 (review accepted). Swollen door, rotten frame -> repairs.", REVOK)),

    (call_in("11-06 16:40", "+441632960358", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: Hello, Robert Illingworth, 15 Beckside Mews. I've a problem with the electrics. The lights have been flickering all afternoon, all through the house, and the fuse box under the stairs is making a buzzing noise. I put my hand near it and it's warm.
        Agent: Please don't touch it. Is there any smell of burning?
        Caller: A bit of a hot smell, yes.
        Agent: If you can safely switch off at the main switch, do that. I'm sending an emergency electrician, they'll be with you within four hours. If you see smoke, get out and call 999.
        Caller: Right. Thank you.
    """, dur=190),
     R("C300058", "repairs", "emergency", "electric|fuse", "Buzzing, warm consumer unit with a hot smell -> emergency.")),

    (visit("11-13 10:00", {"name": "Electrician (J. Ahmed)"}, cust("C300058"), "appointment", "attended", """
        Follow-up to the emergency call on 6/11 (buzzing fuse board, made safe that night). Old fuse board replaced with a new consumer unit with RCD protection. EICR completed: satisfactory. Tenant shown how to reset the trips.
    """),
     R("C300058", "repairs", None, "consumer unit|fuse|electric", "Attended follow-up, completed -> repairs, hazard null.")),

    (chat("11-10 12:30", {"name": "Dave"}, """
        Visitor: the gutter at the front of 5 weavers row is overflowing every time it rains, its pouring down over the front door
        Agent (Kim): Thanks Dave. Are you the tenant at number 5? I can't find you on our system.
        Visitor: well my mum is
        Agent (Kim): Could you give me her name so I can log it against the right account?
        Visitor has left the chat.
    """),
     V("repairs", None, "gutter",
       "First name only; 5 Weavers Row is not in the directory and the tenant is never named -> review.", EST)),

    (sms_in("11-04 19:05", U4(1), """
        hi the boiler pressure keeps dropping to 0 every day, ive been topping it up with the little lever but its gone again by the morning. flat 12 calder court. shaz
    """),
     V("repairs", None, "boiler|pressure", "Unknown number; Flat 12 Calder Court is not in the directory -> review.")),

    (call_in("11-05 17:30", "+441134960314", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hiya, the pull cord for the bathroom light's snapped right up at the top, we can't turn the light on. Twenty-three Hollin Park Road.
        Agent: No problem. Can I take your name?
        Caller: It's Whitaker. Look, I'll have to ring you back, I've got the kids' tea on.
        Agent: Okay, that's...
    """, dur=70),
     V("repairs", None, "cord|light",
       "Shared Whitaker landline (C300004/C300005); the surname alone fits both tenants -> review.")),

    (call_in("11-06 10:20", "+441144960322", """
        Agent: Fairholme Homes, Sheffield office.
        Caller: Salaam, hello, this is Amina Hussain, 8 Moorside Crescent. The kitchen tap is loose, it wobbles in the sink, and the hot side doesn't turn off properly, it keeps running.
        Agent: Thanks Mrs Hussain. Is it running a lot or just dripping?
        Caller: Quite a lot, I put a cloth round it.
        Agent: I'll book a plumber for Monday morning.
    """, dur=120, to=SHEFF),
     R("C300011", "repairs", None, "tap", "Shared Hussain landline, but the caller names herself -> C300011.")),

    (visit("11-02 13:30", {"name": "Gas engineer (M. Hirst)"}, cust("C300022"), "appointment", "attended", """
        Annual gas safety check (LGSR) completed. Boiler and gas fire passed. Cooker hose perished - replaced. Certificate left; result explained verbally as the tenant is partially sighted.
    """),
     R("C300022", "repairs", None, "gas|safety|certificate", "Attended gas safety check -> repairs.")),

    (call_out("11-03 11:30", "+441632960316", "Compliance team", "completed", dur=28, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Hello, this is a message for Patricia Lumb from Fairholme Homes. Your annual gas safety check is overdue and we need to get it booked in. Please ring us on 0113 496 0000. Thank you.
    """),
     R("C300016", "repairs", None, "voicemail|message, gas",
       "Outbound call, voicemail left about an overdue gas safety check -> repairs. (Her profile says write rather than "
       "phone; the attempt is recorded all the same.)")),

    (wa_in("11-05 20:10", "+447700900318", "محمد", """
        السلام عليكم، قفل الباب الخلفي في المطبخ مكسور منذ أمس ولا أستطيع إغلاق الباب. أرجو إرسال أحد لإصلاحه بسرعة. محمد الرشيد، ٤١ ويفرز رو
    """),
     R("C300018", "repairs", None, "lock|door",
       "Arabic: the back kitchen door lock has been broken since yesterday and the door can't be locked; please send "
       "someone quickly. Insecure door -> repairs, hazard null (emergency accepted).", EMG)),

    (wa_in("11-10 10:45", "447700900310", "Hodan", """
        Asc. Tuubada musqusha hoosteeda ayaa biyo ka daadanaya, dhulka musqusha oo dhan waa qoyan yahay. Fadlan qof ii soo dir. Hodan Abdi, Flat 12 Ashgrove Court. Mahadsanid
    """),
     R("C300010", "repairs", None, "leak|water|toilet|pipe",
       "Somali: water is leaking from the pipe under the toilet and the bathroom floor is wet; please send someone.")),

    (call_in("11-15 23:10", "+447700900360", """
        Agent: Fairholme out of hours, Mark.
        Caller: Hi, sorry to ring this late. Marcus Bell, 12 Thornhill Gardens. The smoke alarm on the landing's chirping every forty seconds or so. It's wired in, I can't get it off the ceiling, and the baby won't settle.
        Agent: Is it sounding the full alarm or just a chirp?
        Caller: Just a chirp. There's no smoke or anything.
        Agent: That's usually the backup battery. Is the other alarm downstairs working?
        Caller: Yeah, the green light's on.
        Agent: I'll raise a job for an electrician first thing tomorrow to replace the unit.
    """, dur=130, to=OOH),
     R("C300060", "repairs", None, "smoke alarm|alarm",
       "Chirping backup battery; the other alarm works -> not a fire-safety failure, hazard null (emergency accepted).", EMG)),

    (email_in("11-12 08:55", "paul.greenwood@example.com", "Paul Greenwood", "RE: Job 91544 - roof leak, 2 Beckside Mews", """
        Hi,

        The roofer came on Tuesday and replaced some tiles, but after last night's rain the leak in the back bedroom has come back. Same place in the corner, the stain on the ceiling has spread and there's water in the bucket again this morning.

        Can someone come back out please?

        Paul

        Paul Greenwood
        Senior Estimator | Greenwood & Hale Surveyors
        020 7946 0326

        -----Original Message-----
        From: Fairholme Repairs <repairs@fairholmehomes.example.org>
        Sent: Friday, 6 November 2026 14:12
        To: Paul Greenwood <paul.greenwood@example.com>
        Subject: Job 91544 - roof leak, 2 Beckside Mews

        Dear Mr Greenwood,
        Your roof repair is booked for Tuesday 10 November, 8am-12pm. Please make sure there is access to the loft.
        Fairholme Repairs
    """, to=REPAIRS_BOX, thread="thr-91544"),
     R("C300026", "repairs", None, "roof|leak",
       "Roof leak back after a repair; asks for a revisit without complaining -> repairs (complaint accepted). Water "
       "coming in is penetrating damp in the making but no damp or mould is reported -> null (damp_mould accepted).",
       both(CMP, {"hazard": ["damp_mould"]}))),

    (chat("11-02 20:05", {"email": "lucy.fairweather@example.net", "name": "Lucy"}, """
        Visitor: hi the light in my hallway has fallen down off the ceiling, its hanging by the wires and you can see bare copper where the rose was. I've switched the lights off but its dark and I've got the kids
        Agent (out of hours - Sam): Please keep the lighting circuit switched off at the fuse box and keep the children away from it. Can I confirm your address?
        Visitor: 44 hollin park road
        Agent (out of hours - Sam): Thanks Lucy, an emergency electrician will be with you within 4 hours.
    """),
     R("C300053", "repairs", "emergency", "wire|light", "Exposed live wiring -> emergency. Matched e-mail.")),

    (call_in("11-03 09:05", "+447700900354", """
        Agent: Fairholme Homes, Sheffield. I've got a Somali interpreter on the line, go ahead.
        Interpreter: He says his name is Abdirahman Yusuf, Flat 3 Foundry Walk. The heating has not worked since Saturday. The radiators are cold and the boiler shows a light.
        Agent: Is there hot water?
        Interpreter: He says sometimes, not always. His mother lives with him, she is 79 and she has diabetes and bad circulation. She is staying in bed to keep warm.
        Agent: Thank you. Tell him I'm booking this as an emergency, an engineer will come today, and we'll bring two electric heaters this morning.
        Interpreter: He says thank you very much.
    """, dur=300, to=SHEFF),
     R("C300054", "repairs", "emergency", "heating|boiler",
       "No heating with a 79-year-old diabetic mother in the household -> vulnerable -> emergency. Interpreted call.")),

    (portal("11-04 16:20", {"email": "rebecca.thornton@example.org", "name": "Rebecca Thornton"}, "Repair request: bedroom window", """
        Form: Report a repair
        Location: Main bedroom
        What's wrong: The window won't open at all. I think it was painted shut when the frames were decorated in the summer. I can't air the room and there's a lot of condensation on the glass in the mornings.
        Access: Fridays
    """),
     R("C300034", "repairs", None, "window",
       "Window painted shut -> repairs. Condensation on glass but no damp or mould reported -> hazard null "
       "(damp_mould accepted).", {"hazard": ["damp_mould"]})),

    (sms_in("11-03 18:00", "+447700900357", """
        intercom for flat 9 calder ct isnt buzzing anyone in, had 2 parcels sent back this week. can u send someone
    """),
     R("C300057", "repairs", None, "intercom|buzz|door entry", "Door-entry fault -> repairs (estate accepted).", EST)),

    (wa_in("11-04 12:30", U4(2), "Rahim", """
        Hi, this is Fatima Begum's son. She is the tenant at 6 Thornhill Gardens. Mum's toilet keeps running all the time and the flush button is stuck down. She doesn't speak much English so please call me on this number to arrange a time, I'll be there. Thanks, Rahim
    """),
     R("C300027", "repairs", None, "toilet|flush",
       "Son acting for a named tenant (profile: son often helps) -> record against C300027, review accepted.", REVOK)),

    (wa_in("11-12 09:20", "+447700900327", "Fatima", """
        আসসালামু আলাইকুম। রান্নাঘরের কল থেকে সারাক্ষণ পানি পড়ছে, কল বন্ধ করলেও থামে না। দয়া করে কাউকে পাঠান। ফাতেমা বেগম, ৬ থর্নহিল গার্ডেন্স
    """),
     R("C300027", "repairs", None, "tap|water|drip",
       "Bengali: the kitchen tap runs all the time even when turned off; please send someone. Matched mobile.")),

    (tg_in("11-07 11:30", "8912345670", "Connor", """
        roof tiles came off in the wind last night, 2 smashed in the back garden and one landed right next to where my lad was playing this morning. theres more hanging over the edge above the back door. 33 moorside cres
    """),
     R("C300048", "repairs", "emergency", "roof|tile",
       "Loose tiles hanging over the back door after a near miss -> danger of falling masonry -> emergency (null "
       "accepted).", NOHZ)),

    (call_in("11-09 13:20", U4(3), """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Yeah, it's John Smith. The kitchen tap's come away from the worktop, it's just swinging about and water goes everywhere underneath when I use it.
        Agent: Sorry to hear that. Can I just take your address, Mr Smith?
        Caller: You've got it, I'm always on the phone to you lot. Hang on, someone's at the...
    """, dur=60),
     V("repairs", None, "tap",
       "Unknown number and the name John Smith fits two customers (C300015, C300046) -> review.")),

    (sms_in("11-11 11:40", "+447700900344", """
        hiya is someone still coming to service the boiler today?? been waiting in since 8 n nobody has turned up or rung me. megan 4 beckside
    """),
     R("C300044", "repairs", None, "boiler|service",
       "Chasing a boiler service appointment -> repairs; mild frustration, complaint accepted.", CMP)),

    (call_in("11-13 08:50", "+447700900309", """
        Agent: Fairholme Homes, good morning.
        Caller: Hi, it's Imran Siddiqui from Ashgrove Court, flat 9. The lift's broken again. I've just carried the pram and my daughter up to the fourth floor.
        Agent: I'm sorry. When did it stop?
        Caller: Last night some time. It's the third time this month, honestly. Can you get it fixed today? There's a lady on the second floor in a wheelchair as well.
        Agent: I'll report it to the lift contractor as urgent now.
    """, dur=150),
     R("C300009", "repairs", None, "lift",
       "Lift out of order -> repairs; 'third time this month' is dissatisfaction, so complaint is accepted, as is estate.",
       {"category": ["complaint", "estate"]})),

    (wa_in("11-06 17:30", "447700900332", "Zofia K", """
        Dzien dobry, zamek w drzwiach balkonowych sie zepsul, klamka sie kreci i nie moge ich zamknac. W nocy jest zimno i boje sie ze ktos wejdzie. Flat 5 Foundry Walk, Zofia Kaminska
    """),
     R("C300032", "repairs", None, "lock|door|balcony",
       "Polish without diacritics: the balcony door lock is broken, the handle spins and the door won't close; cold at "
       "night and she is afraid someone could get in. Insecure door -> repairs, hazard null (emergency accepted).", EMG)),

    (sms_in("11-09 07:05", "+447700900328", """
        no hot water again this morning, heating's fine tho. 10 thornhill. can someone come asap i work nights so anytime after 2
    """),
     R("C300028", "repairs", None, "hot water", "No hot water, heating works, nobody vulnerable mentioned -> repairs, hazard null.")),

    (call_in("11-10 18:05", "+441632960341", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: Hi mate, Ryan Doyle, 9 Beckside Mews. The back bedroom window's cracked right across, my lad's football. It's double glazed, only the inside pane's gone.
        Agent: Okay Mr Doyle, is it secure?
        Caller: Yeah, it's still in, just cracked.
        Agent: Accidental damage like that is usually rechargeable, so I'll book a glazier and we'll send you the cost.
        Caller: Fair enough.
    """, dur=110),
     R("C300024", "repairs", None, "window|glass|crack",
       "Shared Lambert/Doyle landline, but the caller names himself -> C300024. Cracked pane -> repairs.")),

    (wa_in("11-04 17:50", "+447700900341", "Natalia", """
        Bună ziua, caloriferul din camera copiilor nu se mai încălzește deloc de trei zile, restul caloriferelor merg. Am încercat să-l aerisesc, dar nu a ajutat. Vă rog să trimiteți un instalator. Natalia Rusu, Flat 15 Calder Court
    """),
     R("C300041", "repairs", None, "radiator",
       "Romanian: the radiator in the children's room has been cold for three days, the others work, bleeding didn't "
       "help. Heating otherwise working -> hazard null (emergency accepted).", EMG)),

    (email_in("11-05 09:30", "johnsmith.wf1@example.net", "John Smith", "Bathroom tiles", """
        Hello,

        Four tiles have fallen off the wall behind the bath and I think water is getting in behind the others, they sound hollow when you tap them. Can you send someone?

        John Smith
        Flat 14 Calder Court
    """),
     R("C300046", "repairs", None, "tile",
       "One of two John Smiths, but the e-mail and address are the Wakefield one's -> C300046.")),

    (call_in("11-07 22:40", U4(4), """
        Agent: Fairholme Homes out of hours, Mark speaking.
        Caller: Hello, I'm ringing about my mum, Margaret Holroyd, 7 Hollin Park Road. I've just popped round and her heating's gone off completely, the boiler's dead, no lights on it at all. She's 84 and she's sat in her coat and a blanket. The house is freezing.
        Agent: Is there any hot water?
        Caller: No, nothing. I've put the oven on with the door open for a bit of warmth but I don't like leaving her.
        Agent: Please don't use the oven to heat the room. I'm raising this as an emergency, an engineer will be there within four hours, and I'll get temporary heaters sent.
        Caller: Thank you. I'll stay with her till they come. I'm on this number.
    """, dur=240, to=OOH),
     R("C300001", "repairs", "emergency", "heating|boiler",
       "Daughter acting for a named tenant (unknown number) -> record against C300001, review accepted. No heat or hot "
       "water for an 84-year-old -> emergency.", REVOK)),

    (call_in("11-10 19:30", "+447700900359", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: Hi, it's Jade Whitehead, flat 13 Ashgrove Court. The stairwell lights are out on the top two floors, it's pitch black coming home. And the fire door on our landing won't shut any more, the closer thing at the top has snapped off, it just swings open.
        Agent: Thanks Jade. A fire door that won't close is a safety issue, I'll get someone out tonight to look at the door and the lights.
        Caller: Cheers.
    """, dur=180),
     R("C300059", "repairs", "emergency", "fire door|door, light|stairwell",
       "Communal fire door no longer self-closing = fire-safety failure -> emergency (null accepted); communal repair "
       "-> repairs (estate accepted).", both(EST, NOHZ))),
]

# ============================================================================================
# Damp and mould (15)
# ============================================================================================
ITEMS += [
    (email_in("11-02 10:20", "grace.adeyemi@example.com", "Grace Adeyemi", "Black mould in children's bedroom - Flat 2 Foundry Walk", """
        Dear Fairholme,

        I need to report black mould in my children's bedroom. It started behind the bunk beds in October and it has now spread up the wall and round the window. I wipe it with bleach every week but it comes back in a few days, and the room smells damp.

        My youngest (6) has asthma and she has been on her inhaler much more in the last month. The GP asked whether there is mould in the house.

        Please can someone inspect it as soon as possible.

        Regards,
        Grace Adeyemi
        Flat 2, Foundry Walk, S3 8NW
    """),
     R("C300036", "damp_mould", "damp_mould", "mould, asthma|child|bedroom",
       "Spreading black mould with an asthmatic child -> damp_mould; a significant health impact, so emergency is "
       "defensible too.", EMG)),

    (visit("11-05 13:00", {"name": "Damp surveyor (J. Ward)"}, cust("C300036"), "appointment", "attended", """
        Damp & mould inspection. Black mould to the external wall of the children's bedroom (approx 1.5 m2) and main bedroom window reveals. Condensation-related; bathroom extractor not working. Mould wash and stain-block booked within 5 days; extractor replacement raised; PIV unit recommended. Written summary to follow.
    """),
     R("C300036", "damp_mould", "damp_mould", "mould, inspection|survey|extractor",
       "Attended damp inspection, mould present, works raised -> damp_mould.")),

    (sms_in("11-03 12:40", "+447700900323", """
        hi the mould is back on the bathroom ceiling and all round the window in the babys room. we had it treated in the summer but its worse than before. sophie 9 beckside mews
    """),
     R("C300023", "damp_mould", "damp_mould", "mould",
       "Individual mobile (not the shared landline) -> C300023. Returning mould -> damp_mould.")),

    (call_out("11-04 10:10", "+447700900323", "Damp and mould team", "completed", dur=240, answered_by="human", transcript="""
        Agent: Hi Sophie, it's Nadia from the damp and mould team about your text yesterday.
        Caller: Oh, thanks for ringing back.
        Agent: You said it's come back in the bathroom and the baby's room. How big an area in the baby's room?
        Caller: All round the window frame and it's creeping down the wall behind the cot. I've moved the cot out.
        Agent: Okay. I'm booking a surveyor for Monday 9 November, nine till eleven, and I'll get a mould wash done this week. Is there mould on any clothes or furniture?
        Caller: The cot mattress had spots on it, I've thrown it out.
        Agent: I'm sorry. We'll look at the ventilation too.
    """),
     R("C300023", "damp_mould", "damp_mould", "mould, surveyor|inspection|wash",
       "Outbound call triaging the mould report -> damp_mould.")),

    (wa_in("11-06 11:05", "447700900333", "Hassan W", """
        Asc. Gurigayga qoyaan ayaa ku jira, darbiga qolka jiifka waxaa ku yaal caaryaan madow oo sii weynaanaysa. Carruurtu way qufacayaan habeenkii. Fadlan qof soo dir. Hassan Warsame, Flat 8 Foundry Walk
    """),
     R("C300033", "damp_mould", "damp_mould", "mould|damp",
       "Somali: the flat is damp, black mould on the bedroom wall keeps growing, the children cough at night; please send "
       "someone -> damp_mould.")),

    (tg_in("11-06 21:15", "6674421093", "Jade W", """
        Hiya, there's black spots all over my bedroom ceiling now and the clothes in my wardrobe smell musty, some of them have got white furry mould on. Flat 13 Ashgrove. Can someone come and look?
    """),
     R("C300059", "damp_mould", "damp_mould", "mould", "Linked Telegram id; mould on ceiling and clothes -> damp_mould.")),

    (letter("11-09 09:00", {"name": "Patricia Lumb"}, """
        3 Weavers Row
        Bradford BD3 9PL

        Dear Fairholme Homes,

        Thank you for your telephone message, but as I have told you before I am hard of hearing and cannot use the telephone, so please write to me. I will be in any weekday for the gas man.

        While I am writing, the wallpaper in the back bedroom has been peeling away from the wall since October and there is a damp patch under the window which is getting bigger. The room has a musty smell and my chest is not good.

        Yours sincerely,
        Patricia Lumb (Mrs)
    """),
     R("C300016", "damp_mould", "damp_mould", "damp, wallpaper|musty|bedroom",
       "Letter, name + address -> C300016 (review accepted). Answers the gas-check voicemail, but the new matter is a "
       "growing damp patch with health effects -> damp_mould (repairs accepted).", both(REVOK, REP))),

    (visit("11-10 09:30", {"name": "Damp surveyor (J. Ward)"}, cust("C300049"), "appointment", "no_access", """
        Damp & mould inspection booked 9-11am (kitchen corner mould reported 29/10). No answer, card left, phoned tenant - no answer.
    """),
     R("C300049", "damp_mould", "damp_mould", "access|no answer|card",
       "No-access damp inspection -> recorded; the mould case is live -> damp_mould (hazard null accepted).", NOHZ)),

    (email_in("11-10 15:30", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Missed damp inspection today", """
        Hello,

        I'm so sorry I missed the surveyor this morning. The school rang at 8.45 to say my son had been taken ill and I had to go and collect him.

        Please can you rebook? The mould in the corner of the kitchen behind the fridge is getting worse, it's now on the ceiling above the cooker as well.

        Thank you,
        Sandra Okonkwo
        Flat 6 Ashgrove Court
    """),
     R("C300049", "damp_mould", "damp_mould", "mould, rebook|inspection|surveyor",
       "Asks to rebook and says the mould is spreading -> damp_mould.")),

    (wa_in("11-11 19:30", "+447700900356", "أحمد", """
        مرحبا، يوجد عفن أسود على جدار غرفة النوم وحول النوافذ، والرطوبة تزداد كل يوم. ابني عنده ربو ويسعل كثيراً في الليل. أرجو أن ترسلوا أحداً للفحص. أحمد فاروق، ٥٠ ويفرز رو
    """),
     R("C300056", "damp_mould", "damp_mould", "mould, asthma|son|child",
       "Arabic: black mould on the bedroom wall and round the windows, damp getting worse, son has asthma and coughs at "
       "night -> damp_mould (emergency accepted).", EMG)),

    (portal("11-07 10:15", {"customer_ref": "C300020", "name": "Bethany Cole"}, "Damp and mould", """
        Form: Report damp or mould
        Room(s): Living room, small bedroom
        Description: Condensation runs down the windows every morning and the window sills are black with mould. The curtains in the living room have gone mouldy at the bottom and there's a damp smell in the small bedroom.
        Have you reported this before? No
    """),
     R("C300020", "damp_mould", "damp_mould", "mould|condensation", "Portal damp form -> damp_mould.")),

    (fb_in("11-08 19:40", fbh(1), "Kirsty Hall", """
        My daughter's bedroom wall is covered in black mould, I've reported it THREE times and nobody's been out. I'm at Flat 2 Ashgrove Court. What do I have to do to get someone to come??
    """),
     V("damp_mould", "damp_mould", "mould",
       "Messenger, display name only. Flat 2 Ashgrove Court is Agnieszka Wójcik's tenancy and the sender isn't her "
       "(perhaps a household member) -> review, recording against C300006 accepted. Three unanswered reports -> "
       "complaint accepted.", both(rec_as("C300006"), CMP))),

    (ig_in("11-15 13:10", "@kwame.m_18", "Kwame", """
        Hi it's Kwame Mensah, 18 Thornhill Gardens. There's a damp patch on the living room ceiling under the bathroom and it's spreading, black mould round the edges now. Can someone come out?
    """),
     R("C300029", "damp_mould", "damp_mould", "damp|mould", "Instagram DM with full name + address -> C300029.")),

    (call_in("11-12 16:30", "+447700900304", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hi, it's Karen Whitaker, 23 Hollin Park Road. This is going to sound mad, but there's mushrooms growing out of the skirting board in the back bedroom.
        Agent: Mushrooms?
        Caller: Little brown ones. The carpet's damp all along that wall and it smells like a cellar. It's our Darren's room.
        Agent: That sounds like damp behind the skirting, possibly a leak. I'll get a surveyor out to look this week.
    """, dur=160),
     R("C300004", "damp_mould", "damp_mould", "damp|mushroom|fungus",
       "Karen's own mobile -> C300004. Fungus growing from the skirting, damp carpet -> damp_mould.")),

    (call_in("11-13 07:40", "+447700900312", """
        Agent: Fairholme Homes Sheffield, Hannah speaking.
        Caller: Morning. Tariq Hussain, 8 Moorside Crescent. Our bathroom ceiling is sagging. It's been wet for months with black mould all over it, and last night a big lump of plaster came down into the bath. My wife was nearly in it.
        Agent: Is anyone hurt?
        Caller: No, thank God. But it's bowing more near the light.
        Agent: Please keep everyone out of the bathroom and don't use that light. I'm sending someone today to make it safe.
    """, dur=190, to=SHEFF),
     R("C300012", "damp_mould", "emergency", "ceiling|plaster, mould",
       "Long-standing mould -> damp_mould, but a sagging ceiling that has partly collapsed is a structural danger -> "
       "emergency (damp_mould hazard and repairs category accepted).", both({"hazard": ["damp_mould"]}, REP))),
]

# ============================================================================================
# Rent, arrears and Universal Credit (20)
# ============================================================================================
ITEMS += [
    (sms_in("11-02 09:10", "+447700900339", """
        Hello I am Deaf, please text only do not ring. I got a letter saying I owe £212.40 rent arrears but I pay every week by standing order. Can you check and text me back. Shirley Baxter 52 Hollin Park Rd
    """),
     R("C300039", "rent", None, "arrears|rent|standing order", "Disputed arrears -> rent. Matched mobile.")),

    (call_in("11-03 10:40", "+447700900315", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, John Smith, 22 Weavers Row. My Universal Credit's come through but they've paid the housing bit to me, not to you, and I'd rather it went straight to you so I don't end up behind again.
        Agent: You can ask for a managed payment, and I can request it from our side through the landlord portal as well. Are you behind at the moment?
        Caller: About two weeks. I'll pay that today.
        Agent: Okay, I'll request the direct payment and note your payment today.
    """, dur=220),
     R("C300015", "rent", None, "universal credit|managed payment|direct",
       "Matched phone of the Bradford John Smith; street confirms -> C300015. UC managed payment -> rent.")),

    (call_in("11-04 14:00", "+447700900351", """
        Agent: Fairholme Homes, income team, Femi speaking.
        Caller: Hi, it's Yasmin Akhtar, 36 Thornhill Gardens. I got your letter about my arrears. I know I'm about three hundred behind, my hours got cut. Can I do twenty pound a week on top of the rent?
        Agent: That sounds manageable. I'll set up an arrangement of twenty pounds a week from Monday. Have you checked whether you can claim help with the rent?
        Caller: I'm going to look at it. Oh, and while I've got you, the back bedroom wall's gone black with mould again, same as last winter. I'll ring the repairs line about that another day, I'm on my break.
        Agent: I'll log that for you now so the damp team can contact you.
    """, dur=280),
     R("C300051", "rent", "damp_mould", "arrears|arrangement, mould",
       "Arrears arrangement -> rent; live mould mentioned in passing starts the Awaab's Law clock -> hazard damp_mould "
       "(README convention: damp_mould category and null hazard accepted).",
       {"category": ["damp_mould"], "hazard": [None]})),

    (wa_in("11-05 13:15", "+447700900311", "Amina", """
        Assalam o alaikum. Mera Universal Credit is mahine abhi tak nahi aaya, is liye rent thora late ho jaye ga, shayad agle hafte. Please arrears ka letter na bhejein, main pay kar doon gi. Amina Hussain, 8 Moorside Crescent
    """),
     R("C300011", "rent", None, "universal credit|rent|late",
       "Roman Urdu: UC hasn't arrived this month so the rent will be a bit late, probably next week; please don't send an "
       "arrears letter. Her own mobile -> C300011.")),

    (letter("11-06 09:00", {"name": "Mrs M. Holroyd"}, """
        7 Hollin Park Road
        Leeds LS8 3QT

        Dear Sir,

        I have had a letter from the DWP saying my Housing Benefit is stopping and I must claim Universal Credit by the 4th of December. I have never used a computer. Will my rent still be paid to you direct, and will I get into arrears while they sort it out? I do not want to owe anybody anything.

        Please write back in big print.

        Yours faithfully,
        Margaret Holroyd
    """),
     R("C300001", "rent", None, "universal credit|housing benefit, rent",
       "Letter, name + address -> C300001 (review accepted). Move from Housing Benefit to UC -> rent.", REVOK)),

    (call_out("11-06 11:45", "+447700900331", "Income team", "completed", dur=35, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Hi, this is a message for Nathan Pearce. It's Femi from the Fairholme income team. Your payment arrangement of fifteen pounds a week has been missed for the last two weeks, so the rent account is now £486 in arrears. Please give me a ring back on 0113 496 0000 so we can sort it out before it goes any further. Thanks.
    """),
     R("C300031", "rent", None, "voicemail|message, arrears|rent|arrangement",
       "Outbound voicemail about missed arrangement payments -> rent.")),

    (sms_in("11-06 17:40", "+447700900331", """
        got ur voicemail. got paid late this month, will pay £60 on fri 13th n get back on my £15 a week after that. nathan
    """),
     R("C300031", "rent", None, "pay|arrears|arrangement", "Reply promising a payment -> rent.")),

    (email_in("11-09 07:15", "uc-landlord-portal@dwp.example.org", "UC Landlord Portal",
              "Action required: verify housing costs - claimant Owen Pritchard", """
        Universal Credit - Landlord Portal

        A claimant has reported housing costs that need to be verified.

        Claimant: Owen Pritchard
        Address: Flat 10, Calder Court, WF1 3DX
        Tenancy start: 04/03/2022
        Reported rent: £98.46 per week; service charge: £6.20 per week

        Please confirm or correct these details within 7 days through the Landlord Portal. If you do not respond, the claimant's housing costs may be delayed.
    """),
     R("C300040", "rent", None, "universal credit|housing costs|verify",
       "Automated but addressed about one named tenant and needing a reply (DWP acting for the tenant, README) -> record "
       "against C300040, review accepted. Not bulk: no bulk headers.", REVOK)),

    (chat("11-07 14:20", {"email": "imran.siddiqui@example.org", "name": "Imran"}, """
        Visitor: hi how do I get a rent statement? universal credit want proof of my rent for the last 12 months
        Agent (Kim): Hi Imran, I can email one to the address on your account. Is that okay?
        Visitor: yes please
        Agent (Kim): Done, it should arrive within the hour.
    """),
     R("C300009", "rent", None, "statement|rent", "Matched e-mail; rent statement -> rent.")),

    (call_in("11-09 09:30", "+447700900305", """
        Agent: Fairholme Homes, income team, Femi speaking.
        Caller: Hi, Darren Whitaker, 23 Hollin Park Road. I got a letter saying we're in arrears. I lost my job at the warehouse three weeks ago and it's all gone a bit wrong.
        Agent: Sorry to hear that, Darren. How much are you able to pay at the moment?
        Caller: I've applied for Universal Credit, first payment isn't till after Christmas. Could I pay a tenner a week till then?
        Agent: Yes, let's put that in place. I'll also book you in with our money advice officer, she can look at the hardship fund with you. Thursday the 12th at ten at the Leeds office?
        Caller: Yeah, I'll be there.
    """, dur=300),
     R("C300005", "rent", None, "arrears, universal credit|hardship|payment",
       "His own mobile (not the shared landline) -> C300005. Arrears plan -> rent.")),

    (visit("11-12 10:40", cust("C300005"), LEEDS_OFFICE, "appointment", "failed_to_attend", """
        Money advice appointment 10:00 (hardship fund / UC advance). Tenant did not attend; waited 30 minutes, rang mobile - no answer. Letter to be sent.
    """, direction="inbound"),
     R("C300005", "rent", None, "attend|missed|did not", "Failed-to-attend appointment -> recorded; money advice -> rent.", GEN)),

    (tg_in("11-10 12:05", "5120034471", "Agnieszka", """
        Dzień dobry, chciałabym zapytać, ile będzie wynosił mój czynsz od kwietnia i czy mogę płacić co tydzień zamiast co miesiąc? Pracuję na tygodniówkę. Agnieszka Wójcik, mieszkanie 2, Ashgrove Court
    """),
     R("C300006", "rent", None, "rent, week",
       "Polish: what will my rent be from April, and can I pay weekly instead of monthly? I'm paid weekly. Linked "
       "Telegram id -> C300006.")),

    (portal("11-11 08:30", {"email": "chloe.armitage@example.net", "name": "Chloe Armitage"}, "Payment problem", """
        Form: Ask about my rent account
        Message: My direct debit has been taken twice this month, £412.60 on the 1st and again on the 6th. I'm now overdrawn and getting bank charges. Please refund the second one ASAP.
    """),
     R("C300017", "rent", None, "direct debit|refund|twice",
       "Double direct-debit collection -> rent (complaint accepted: she's out of pocket).", CMP)),

    (email_in("11-10 11:20", "m.clarke@bradfordcab.example.org", "Michelle Clarke (Citizens Advice Bradford)",
              "Client: Bogdan Ionescu, 19 Beckside Mews - rent arrears balance", """
        Dear Sir/Madam,

        We are assisting Mr Bogdan Ionescu, 19 Beckside Mews, Bradford BD4 7HA, with his debts and are preparing a debt relief order application. His signed authority for you to speak to us is attached.

        Please could you provide the current balance of his rent account, any arrears, and whether any court action is pending.

        Kind regards,

        Michelle Clarke
        Money Adviser, Citizens Advice Bradford
    """),
     R("C300052", "rent", None, "arrears|balance|debt",
       "Adviser acting for a named tenant with authority -> record against C300052, review accepted.", REVOK)),

    (call_in("11-12 12:30", "+441134960357", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hello. I want to pay rent by card please. Forty Hollin Park Road.
        Agent: Of course. Can I take the name on the tenancy?
        Caller: Mrs Nowak.
        Agent: Thank you Mrs Nowak. How much would you like to pay?
        Caller: Two hundred pounds.
        Agent: I'll put you through to the automated payment line now.
    """, dur=120),
     R("C300037", "rent", None, "pay|payment|card",
       "Shared Nowak landline; 'Mrs Nowak' fits only Grażyna (the other joint tenant is Tomasz) -> C300037, but with no "
       "first name review is defensible.", REVOK)),

    (sms_in("11-13 19:15", "+447700900353", """
        hi can u tell me how much i owe on my rent, want to clear it all before xmas. lucy 44 hollin pk rd
    """),
     R("C300053", "rent", None, "owe|balance|rent|arrears", "Balance enquiry -> rent.")),

    (wa_in("11-10 16:40", "447700900341", "Natalia", """
        Buna ziua, am platit chiria luni prin transfer bancar (£420), dar pe portal apare in continuare ca am restanta. Va rog sa verificati. Natalia Rusu, Flat 15 Calder Court
    """),
     R("C300041", "rent", None, "rent|payment|arrears",
       "Romanian without diacritics: paid the rent by bank transfer on Monday but the portal still shows arrears; please "
       "check -> rent.")),

    (call_in("11-09 12:10", "+447700900338", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hello, Tomasz Nowak, 40 Hollin Park Road. I started a new job so my Universal Credit is stopping. I need to know how much is the full rent now, and how I pay it.
        Agent: Congratulations! The weekly rent is £112.30 including service charges. You can pay by direct debit, I can set it up now if you have your bank details.
        Caller: Yes, I have them.
    """, dur=180),
     R("C300038", "rent", None, "rent, direct debit|universal credit", "His own mobile -> C300038. Rent and payment method -> rent.")),

    (email_in("11-15 17:20", "rebecca.thornton@example.org", "Rebecca Thornton", "Re: Service charge increase?", """
        Hi,

        I've just noticed my rent account went up by £3.40 a week from this month and the letter says it's the service charge. What is it for? We don't have a cleaner or a garden at Foundry Walk as far as I know.

        Thanks,
        Rebecca

        On Thu, 15 Oct 2026 at 14:05, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        > Dear Ms Thornton,
        > Following our visit on 12 October, the mould treatment in your bathroom has been completed and the new extractor fan fitted. Please let us know if the problem returns.
        >
        > Fairholme Repairs
        >
        >> On Mon, 28 Sep 2026, Rebecca Thornton wrote:
        >> There's black mould on the bathroom ceiling again, can someone look?
    """, to=RENT_BOX),
     R("C300034", "rent", None, "service charge",
       "Service-charge query -> rent. Mould appears only in the quoted history and was treated in October -> hazard null "
       "(README).", GEN)),

    (sms_in("11-12 20:05", U4(5), """
        hi is there any way u can tell me my rent balance? tenancy ref T-007128. this is my new number, old phone got nicked. leanne
    """),
     R("C300028", "rent", None, "balance|rent",
       "Unknown (new) number, but a single-occupant tenancy ref + first name -> C300028 (review accepted). Rent balance "
       "plus a contact-detail change -> rent.", REVOK)),
]

# ============================================================================================
# Complaints (12), two about ASB handling (kept sensitive)
# ============================================================================================
ITEMS += [
    (sms_in("11-04 16:55", "+447700900331", """
        thats the 2nd time nobody has turned up for job 88213 (bathroom fan). took ANOTHER day off work unpaid. not good enough, i want to make a complaint
    """),
     R("C300031", "complaint", None, "complain, fan|appointment|turned up",
       "Explicit complaint about missed repair appointments -> complaint (repairs accepted).", REP)),

    (email_in("11-09 10:05", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Formal complaint - lift out of action at Ashgrove Court", """
        To whom it may concern,

        I am making a formal complaint. The lift at Ashgrove Court has been out of action since Saturday 31 October. I am a wheelchair user on the second floor and I have not been able to leave my flat for nine days. I missed a hospital appointment on Thursday because I could not get down the stairs, and my carers have had to carry my shopping up.

        I have rung three times and each time I have been told it is "with the contractor". Nobody has told me when it will be fixed or offered any alternative.

        I expect a written response and an explanation of what you will do to make sure this does not happen again.

        Lorraine Kettlewell
        Flat 7, Ashgrove Court
    """),
     R("C300008", "complaint", None, "lift, wheelchair|complaint",
       "Formal complaint about a long lift outage -> complaint (repairs accepted).", REP)),

    (call_in("11-11 14:30", "+447700900313", """
        Agent: Fairholme Homes, Sheffield office, Hannah speaking.
        Caller: Hi, it's Victoria Pemberton, 14 Moorside Crescent. I want to make a complaint about the fencing contractor you sent yesterday.
        Agent: I'm sorry to hear that. What happened?
        Caller: They put the panels up, fine, but they left all the old broken panels and the snapped post in my garden, and when I asked them to take it away one of them told me to "get a skip then, love". Then they left the gate open and my dog got out onto the road. I spent an hour finding her.
        Agent: That's not acceptable, I'm sorry. I'll log this as a stage one complaint and arrange for the waste to be collected.
        Caller: Thank you.
    """, dur=260, to=SHEFF),
     R("C300013", "complaint", None, "complain, contractor|fence",
       "Complaint about a contractor's conduct and waste left behind -> complaint (repairs accepted).", REP)),

    (letter("11-06 09:00", {"name": "Keith Barraclough"}, """
        6 Weavers Row
        Bradford BD3 9PL

        Your ref: CMP-2026-0412

        Dear Complaints Team,

        I have received your stage 1 response dated 23 October about my guttering. I am not satisfied with it. You say the six weeks it took to fix the gutter was "within target", but in that time water poured down the front wall and the wallpaper in my hallway has come away. You have not offered to put that right.

        Please escalate my complaint to stage 2.

        Yours sincerely,
        K. Barraclough
    """),
     R("C300042", "complaint", None, "stage 2|stage two|escalat, gutter",
       "Letter, name + address -> C300042 (review accepted). Stage 2 escalation -> complaint. Water damage from a fixed "
       "gutter, no live damp or mould stated -> hazard null (damp_mould accepted).",
       both(REVOK, {"hazard": ["damp_mould"]}))),

    (call_in("11-12 11:10", "+441144960355", """
        Agent: Fairholme Homes, Sheffield, Hannah speaking.
        Caller: It's Christine Mellor, 2 Moorside Crescent. I'm ringing to complain, and I want it written down this time.
        Agent: Of course, Mrs Mellor. What's it about?
        Caller: Since July I've been reporting the lads at the end house dealing drugs. Cars pulling up all hours, I've filled in every diary sheet you've sent me. Your ASB officer said she'd ring me back in September and I've heard nothing. Nothing. Last week one of them shouted at me for looking out of my window.
        Agent: I'm really sorry. I'll log this as a formal complaint about how your ASB case has been handled, and I'll ask the team leader to call you this week.
        Caller: I'm seventy-three. I shouldn't be frightened in my own home.
    """, dur=360, to=SHEFF),
     R("C300055", "complaint", None, "complain, asb|drug|dealing",
       "Complaint about how an ASB case was handled -> complaint, kept sensitive (asb accepted, README).", ASB, sens=True)),

    (email_in("11-03 21:30", "marcus.bell@example.com", "Marcus Bell", "Complaint - handling of my ASB case ref ASB-2026-118", """
        Hello,

        I want to make a formal complaint about how my anti-social behaviour case has been handled.

        Since August the household at number 14 have played music until 3-4am most weekends, and in October the man there threatened me on the path when I asked him to turn it down. I reported it the same day. Since then:
        - my case officer has changed twice and nobody told me
        - the noise app recordings I sent in September were "lost"
        - I was promised a joint visit with the police which never happened

        My partner is due to give birth any day and we are not sleeping. I want to know what you are actually going to do.

        Marcus Bell
        12 Thornhill Gardens
    """, to=ASB_BOX),
     R("C300060", "complaint", None, "complain, asb|noise|threat",
       "Formal complaint about ASB case handling -> complaint, sensitive (asb accepted, README).", ASB, sens=True)),

    (fb_in("11-10 20:15", fbh(2), "Dawn Kershaw", """
        @Fairholme Homes three weeks now with no heating, two kids, I've rung SIX times and been promised an engineer every time. Nobody comes. Sort it out!!! 😡
    """),
     V("complaint", None, "heating",
       "Public post from an unknown person that demands a service and expresses dissatisfaction -> not chatter: review, "
       "complaint (repairs accepted). No heating with children of unknown age -> null (emergency accepted).",
       both(REP, EMG))),

    (email_in("11-13 13:40", "johnsmith.wf1@example.net", "John Smith", "Complaint - bathroom tiles, two missed appointments", """
        Hello,

        I reported the tiles falling off behind my bath on 5 November. Since then I've taken two mornings off work (Monday and Wednesday) and nobody has turned up either time, and nobody rang to say they weren't coming.

        I'd like to make a complaint. I'd also like to know who is paying for the two half-days I've lost.

        John Smith
        Flat 14 Calder Court
        WF1 3DX
    """),
     R("C300046", "complaint", None, "complain, tile|appointment",
       "E-mail of the Wakefield John Smith -> C300046. Missed appointments, explicit complaint -> complaint (repairs "
       "accepted).", REP)),

    (chat("11-12 15:45", {"email": "sam.osei@example.net", "name": "Samuel"}, """
        Visitor: Hi, I need to complain. Your plumber came on Tuesday to unblock my kitchen sink and cut through my broadband cable when he pulled the unit out. I've had no internet for two days and I work from home
        Agent (Kim): I'm really sorry Samuel. Did the plumber say anything at the time?
        Visitor: He said it was old and I'd have to sort it with my provider. The engineer from the broadband company says it's been cut and it'll cost £95 to reroute. I want you to pay for it
        Agent (Kim): I'll log a complaint and a compensation claim for the £95. Could you email the engineer's report to us?
        Visitor: will do
    """),
     R("C300007", "complaint", None, "complain|compensation, broadband|cable",
       "Damage by a contractor and a compensation claim -> complaint.")),

    (call_in("11-09 15:20", "+447700900357", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: Hi, Tracey Holt, flat 9 Calder Court. I reported the intercom a week ago and it's still not fixed, I've had another parcel sent back. And while I'm on, the stairs haven't been cleaned in a month, there's fag ends and a dirty nappy on the landing, and we pay a service charge for cleaning every week.
        Agent: I'm sorry Tracey. I'll chase the intercom job today.
        Caller: I want to put in a complaint about the cleaning. We're paying for something we're not getting.
        Agent: Okay, I'll log a complaint about the communal cleaning and the service charge.
    """, dur=240),
     R("C300057", "complaint", None, "complain, clean|service charge|intercom",
       "Explicit complaint about communal cleaning plus a chased repair -> complaint (estate and repairs accepted).",
       {"category": ["estate", "repairs"]})),

    (email_in("11-11 10:50", "cllr.jane.ashby@sheffieldcouncillors.example.org", "Cllr Jane Ashby",
              "Constituent: Mr Hassan Warsame, Flat 8 Foundry Walk - damp and mould", """
        Dear Fairholme Homes,

        I am writing on behalf of my constituent Mr Hassan Warsame, Flat 8 Foundry Walk, Sheffield S3 8NW, who came to my surgery on Saturday with his daughter interpreting.

        Mr Warsame tells me that black mould has been growing on the bedroom walls since the summer, that his children are coughing at night, and that although he has reported it he has not had an inspection. I am concerned that this has not been dealt with as a matter of urgency, particularly given the requirements of Awaab's Law.

        I would be grateful for a response setting out when the flat will be inspected and what remedial works are planned. Mr Warsame has consented to my raising this on his behalf.

        Yours faithfully,

        Cllr Jane Ashby
        Walkley Ward
    """),
     R("C300033", "complaint", "damp_mould", "mould|damp, councillor|cllr|complaint",
       "Councillor acting for a named tenant -> record against C300033, review accepted (README). Dissatisfaction with the "
       "handling -> complaint (damp_mould accepted); the mould is live -> hazard damp_mould.", both(REVOK, DMP))),

    (portal("11-05 19:25", {"customer_ref": "C300021", "name": "Stuart McAllister"}, "Complaint", """
        Form: Make a complaint
        What is your complaint about? I've been charged £85 for a "lost" door entry fob. I didn't lose it, it stopped working, and I handed it in at the office in October and asked for a replacement. Now it's on my rent account as a recharge.
        What would you like us to do? Take the charge off my account.
    """),
     R("C300021", "complaint", None, "fob, charge|recharge", "Complaint form about a recharge -> complaint (rent accepted).", RENT)),
]

# ============================================================================================
# Tenancy (12)
# ============================================================================================
ITEMS += [
    (tg_in("11-02 18:30", "4409987612", "Kwame", """
        Hi, quick one - am I allowed to put a shed in my back garden? It's a 6x4 wooden one, no base. 18 Thornhill Gardens
    """),
     R("C300029", "tenancy", None, "shed|permission", "Linked Telegram id; permission for a shed -> tenancy.")),

    (call_in("11-03 13:30", "+447700900353", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, Lucy Fairweather, 44 Hollin Park Road. My partner's been living with me for about a year now and we'd like to make the tenancy joint. How do we do that?
        Agent: We'd need an application from you both, proof that he's lived there for twelve months, and we'd do some checks. I'll email you the form.
        Caller: Great. Does it change the rent?
        Agent: No, the rent stays the same.
    """, dur=240),
     R("C300053", "tenancy", None, "joint|partner", "Joint tenancy request -> tenancy.")),

    (email_in("11-11 12:00", "daniel.okafor@example.com", "Daniel Okafor", "Notice to end tenancy - 11 Hollin Park Road", """
        Hi,

        I'm writing to give four weeks' notice to end my tenancy at 11 Hollin Park Road. We've bought a house and complete on 4 December, so I'd like the tenancy to end on Monday 7 December.

        Can you let me know what I need to do about the keys, the final meter readings and the pre-termination inspection?

        Thanks,
        Daniel Okafor
    """, to=TENANCY_BOX),
     R("C300002", "tenancy", None, "notice|end", "Notice to end the tenancy -> tenancy.")),

    (letter("11-04 09:00", {"name": "Susan Dawson"}, """
        14 Fernbank Close
        Leeds LS13 2PQ

        Dear Sir or Madam,

        Re: Mrs Eileen Dawson, 25 Thornhill Gardens, LS12 5EW

        I am Mrs Dawson's daughter. I enclose a copy of the registered Lasting Power of Attorney for property and financial affairs which names me as her attorney. My mother's memory is getting worse and she finds the telephone confusing.

        Please note me as the contact for her tenancy and rent account, and please let me know before any visit so that I can be there, as agreed previously.

        Yours faithfully,
        Susan Dawson
    """),
     R("C300030", "tenancy", None, "attorney|lpa, daughter",
       "Daughter (attorney) acting for a named tenant -> record against C300030, review accepted. Tenancy contact and "
       "authority -> tenancy (general accepted).", both(REVOK, GEN))),

    (visit("11-04 11:20", cust("C300032"), SHEFFIELD_OFFICE, "walk_in", "attended", """
        Ms Kamińska called in to ask about a mutual exchange with a tenant of another landlord in Leeds. Explained HomeSwapper registration and the permission process; gave leaflet (Polish version).
    """, direction="inbound"),
     R("C300032", "tenancy", None, "exchange|swap", "Walk-in about a mutual exchange -> tenancy (lettings accepted).", LET)),

    (call_out("11-05 10:30", "+447700900314", "Tenancy team", "completed", dur=160, answered_by="human", transcript="""
        Agent: Hello, is that Andrei Popescu? It's Mo from the Fairholme tenancy team.
        Caller: Yes, hello.
        Agent: We're doing tenancy checks this year, visiting every home to update our records. Could we come on Tuesday 17 November in the morning?
        Caller: Tuesday morning is fine. Do I need documents?
        Agent: Photo ID for everyone over 18 in the household, please. I'll send a text to confirm.
    """),
     R("C300014", "tenancy", None, "tenancy check|audit|visit",
       "Outbound call booking a tenancy check. 07700 900314 is Andrei Popescu's mobile (not the Whitaker landline "
       "0113 496 0314) -> C300014.")),

    (visit("11-10 14:00", {"name": "Housing officer (M. Qureshi)"}, cust("C300010"), "appointment", "attended", """
        Tenancy check with Somali interpreter (phone). Household: tenant and three children, matches records. Photo ID seen. Tenant asked about adding her eldest son (18) to the household record - explained. No concerns.
    """),
     R("C300010", "tenancy", None, "tenancy check|audit|household", "Attended tenancy audit -> tenancy.")),

    (chat("11-14 10:40", {"email": "megan.lister@example.org", "name": "Megan"}, """
        Visitor: hi, can i get permission to have a dog? we've been offered a rescue staffie, she's 4, spayed, house trained
        Agent (Weekend - Ali): Hi Megan, yes, you can apply for pet permission through the portal. For a house with a garden it's usually approved, we just need her details and vet records.
        Visitor: brill thanks
    """),
     R("C300044", "tenancy", None, "dog|pet", "Pet permission -> tenancy.")),

    (portal("11-12 19:10", {"email": "grace.adeyemi@example.com", "name": "Grace Adeyemi"}, "Permission request", """
        Form: Ask permission for an alteration
        What would you like to do? Fit a satellite dish on the balcony railing (clamped, not drilled into the wall).
        Reason: My mother is staying with us over the winter and would like Nigerian TV channels.
    """),
     R("C300036", "tenancy", None, "satellite|dish", "Permission for an alteration -> tenancy.")),

    (chat("11-06 22:50", {"name": "Anonymous"}, """
        Form: Report tenancy fraud (anonymous)
        Visitor: I think Flat 16 Ashgrove Court is being sublet. The tenant hasn't lived there since the summer, there's different people with suitcases every weekend and I've seen it on a holiday lets website. I don't want to give my details.
    """, anon=True),
     A("tenancy", None, "sublet|subletting|fraud",
       "anonymous flag set -> anonymous. Suspected subletting (tenancy fraud) -> tenancy; an officer could route it to "
       "the ASB team and hold it as sensitive.", {"category": ["asb"], "sensitive": [True]})),

    (email_in("11-02 14:45", "paul.greenwood@example.com", "Paul Greenwood", "Taking in a lodger", """
        Hello,

        My daughter has moved out and I have a spare room. I'd like to take in a lodger to help with the bills - a colleague who's working in Bradford until next summer. Do I need your permission, and does it affect my rent or the tenancy?

        Regards,
        Paul Greenwood
        2 Beckside Mews

        Paul Greenwood
        Senior Estimator | Greenwood & Hale Surveyors
        020 7946 0326
    """),
     R("C300026", "tenancy", None, "lodger", "Permission to take a lodger -> tenancy.")),

    (wa_in("11-13 16:20", "+447700900318", "محمد", """
        مرحباً، أخي قادم من الأردن ليقيم معي ثلاثة أشهر في ٤١ ويفرز رو. هل يجب أن أخبركم أو أطلب إذناً؟ شكراً، محمد الرشيد
    """),
     R("C300018", "tenancy", None, "brother|stay|visitor|guest",
       "Arabic: my brother is coming from Jordan to stay with me for three months at 41 Weavers Row; do I need to tell you "
       "or ask permission? -> tenancy.")),
]

# ============================================================================================
# Lettings (9)
# ============================================================================================
ITEMS += [
    (wa_in("11-03 11:30", U4(6), "Олена", """
        Добрий день! Я з України, живу з двома дітьми у спонсора в Лідсі за програмою Homes for Ukraine, але ми маємо виїхати до кінця січня. Як нам подати заявку на соціальне житло? Дякую, Олена
    """),
     V("lettings", None, "apply|housing|register, ukraine|sponsor",
       "Ukrainian: living with two children with a Homes for Ukraine sponsor in Leeds, must leave by the end of January; "
       "how do we apply for social housing? Not a customer -> review, lettings.")),

    (email_in("11-05 20:45", "kovacs.eszter@example.com", "Kovács Eszter", "Lakásigénylés - B kategória", """
        Tisztelt Fairholme Homes!

        Két éve vagyok a lakásigénylési listán B kategóriában. A múlt héten licitáltam egy kétszobás lakásra a Calder Courtban, de nem kaptam választ. Honnan tudhatom meg, hányadik vagyok a listán?

        Köszönettel,
        Kovács Eszter
    """),
     V("lettings", None, "bid|band|register|list",
       "Hungarian: two years on the housing register in band B, bid on a two-bed at Calder Court last week, no answer; "
       "how can I find my position? Applicant, not a customer -> review.")),

    (call_in("11-02 10:50", "+441632960322", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hello, it's Joyce Ramsden, Flat 1 Calder Court. I've been meaning to ring. My eyes are getting worse, and I'm finding the step down into the kitchen and the steps out to the bins very hard. I wondered about moving somewhere all on one level.
        Agent: Of course, Mrs Ramsden. You could apply for a transfer on medical grounds. Would you like the form in large print, or shall someone ring you and fill it in over the phone?
        Caller: Over the phone would be better, I can't read the forms.
        Agent: I'll book a call with the lettings team for you.
    """, dur=300),
     R("C300022", "lettings", None, "transfer|move", "Transfer request on medical grounds -> lettings (tenancy accepted).", TEN)),

    (visit("11-09 11:40", {"name": "Arkadiusz Zieliński"}, BRADFORD_OFFICE, "walk_in", "attended", """
        Mr Zieliński (not a tenant) came in asking how to join the housing register; sofa-surfing with his brother since losing his private let. Gave register form and referred to the council's housing options team.
    """, direction="inbound"),
     V("lettings", None, "register|housing", "Walk-in by a non-tenant -> review, lettings.")),

    (chat("11-11 13:10", {"name": "Ana Ribeiro"}, """
        Visitor: Olá, gostaria de saber como me inscrever para uma casa social. Moro em Wakefield com o meu marido e dois filhos num apartamento de um quarto, e o senhorio quer vender.
        Agent (Kim): Hello Ana, thanks for getting in touch. You can join the housing register online and I can send you the link. Would you like information in Portuguese?
        Visitor: sim, obrigada
    """),
     V("lettings", None, "register|apply|housing",
       "Portuguese: how do I apply for social housing; family of four in a one-bed flat in Wakefield, landlord selling. "
       "Not a customer -> review.")),

    (email_in("11-06 08:10", "priya.chauhan@example.com", "Priya Chauhan", "Viewing - 2 bed, Thornhill Gardens", """
        Hi,

        Thanks for the call yesterday offering me a viewing of the two-bed house at Thornhill Gardens (transfer). I can confirm I'll be there on Wednesday 11 November at 11am.

        Could you tell me if it has a gas or electric cooker point?

        Thanks,
        Priya Chauhan
        17 Moorside Crescent
    """),
     R("C300047", "lettings", None, "viewing", "Confirms a transfer viewing -> lettings.")),

    (call_out("11-11 15:30", "+447700900312", "Lettings team", "completed", dur=220, answered_by="human", transcript="""
        Agent: Hello, is that Tariq Hussain? It's Lisa from Fairholme lettings.
        Caller: Yes, speaking.
        Agent: Good news, your transfer bid for the three-bed house on Weavers Row has come top of the shortlist. Would you like to view it?
        Caller: Yes! When can we see it?
        Agent: Monday 16 November at two o'clock. Bring proof of income and ID for you and your wife.
        Caller: We'll be there.
    """),
     R("C300012", "lettings", None, "bid|transfer|offer|viewing", "Outbound offer of a viewing to his own mobile -> lettings.")),

    (sms_in("11-14 12:20", U4(7), """
        Laba diena, ar aš vis dar esu laukiančiųjų sąraše? Prašymą pateikiau liepos mėnesį, nr. HR-22871. Niekas man neatsakė. Kristina
    """),
     V("lettings", None, "register|list|waiting|application",
       "Lithuanian: am I still on the waiting list? Applied in July, ref HR-22871, nobody has replied. Applicant -> review.")),

    (email_in("11-07 18:30", "lucia.fdez@example.com", "Lucía Fernández", "¿Piso disponible en Calder Court?", """
        Hola,

        He visto en una web de alquileres un piso de dos habitaciones en Calder Court, Wakefield. ¿Sigue disponible? Somos dos enfermeras que trabajamos en el hospital Pinderfields y podemos mudarnos en enero.

        Gracias,
        Lucía Fernández
    """),
     V("lettings", None, "flat|rent|available|calder",
       "Spanish: saw a two-bed flat at Calder Court on a lettings site, is it still available? Two nurses, could move in "
       "January. Prospective renter -> review, lettings (general accepted).", GEN)),
]

# ============================================================================================
# Estate, grounds, bins (11)
# ============================================================================================
ITEMS += [
    (visit("11-03 11:00", {"name": "Estate officer (R. Hill)"}, cust("C300017"), "walkabout", "attended", """
        Walkabout, Weavers Row. Ms Armitage (no. 30) showed me a fly-tipped mattress and fridge in the back lane behind 26-34. Removal raised for Thursday; asked CCTV team to check footage.
    """),
     R("C300017", "estate", None, "fly|mattress|fridge", "Tenant met on a walkabout; fly-tipping -> estate.")),

    (sms_in("11-02 07:45", U4(8), """
        bins not been emptied on thornhill gardens for 2 weeks now, overflowing everywhere n theres rats. who do i ring??
    """),
     V("estate", None, "bin", "Unknown number, no name -> review; missed bin collections -> estate.")),

    (call_in("11-04 10:15", "+441134960345", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Good morning. Harold Birkett, number 3 Thornhill Gardens. I'm ringing about the communal path down the side of the houses. It's thick with wet leaves and moss, and I went down on it yesterday.
        Agent: Oh no, are you hurt, Mr Birkett?
        Caller: Bruised my hip, nothing broken. But there's a lot of old folk on this row.
        Agent: I'll ask the grounds team to clear and treat the path this week.
    """, dur=200),
     R("C300045", "estate", None, "path", "Slippery communal path -> estate (repairs accepted).", REP)),

    (email_in("11-05 15:20", "goldendragon.takeaway@example.com", "Golden Dragon Takeaway", "Foundry Walk 垃圾桶问题", """
        您好，

        我是 Foundry Walk 楼下金龙外卖店的老板。你们住户的垃圾桶一直放在我们后门的通道里，已经两个星期没有人清空了，垃圾袋破了，晚上有老鼠。我们的员工没法从后门进出。

        请尽快安排清理。谢谢！

        陈先生
    """),
     V("estate", None, "bin|rubbish|waste",
       "Chinese: owner of the takeaway below Foundry Walk; residents' bins stand in his back passage, not emptied for two "
       "weeks, bags split, rats. A business, not a customer -> review, estate.")),

    (fb_in("11-05 12:50", fbh(3), "Jana Baláž", """
        Dobrý deň, za garážami na Beckside Mews niekto vyhodil gauč a kopu vriec s odpadkami, je to tam už týždeň a deti sa tam hrajú. Môžete to dať odviezť?
    """),
     V("estate", None, "sofa|rubbish|dumped|fly",
       "Slovak Messenger message: someone dumped a sofa and bin bags behind the Beckside Mews garages a week ago, children "
       "play there; can you remove it? Display name only, asks for a service -> review, estate.")),

    (portal("11-07 09:40", {"email": "marcus.bell@example.com", "name": "Marcus Bell"}, "Report an estate issue", """
        Form: Report a problem on my estate
        Type: Street / communal lighting
        Location: Lamp post outside 12 Thornhill Gardens
        Details: Light has been out for over a week, the path is pitch black from 4.30pm.
    """),
     R("C300060", "estate", None, "light|lamp", "Estate lighting -> estate (repairs accepted).", REP)),

    (tg_in("11-11 09:05", "4409987612", "Kwame", """
        Morning. Someone's been parking a big van on the grass verge by the Thornhill car park, it's churned it into a mud bath and the kids are walking it into everyone's houses. Can grounds do anything?
    """),
     R("C300029", "estate", None, "verge|grass|van", "Grounds damage by parking -> estate.")),

    (wa_in("11-06 13:40", U4(9), "Murat", """
        Merhaba, Weavers Row'daki berber dükkanının sahibiyim. Binaların arkasındaki çöp konteynerleri taşmış, çöpler yola saçılıyor ve kötü kokuyor. Ne zaman boşaltılacak? Teşekkürler
    """),
     V("estate", None, "bin|rubbish|container",
       "Turkish: the barber-shop owner on Weavers Row says the bins behind the buildings are overflowing onto the road "
       "and smell; when will they be emptied? Not a customer -> review.")),

    (ig_in("11-07 16:00", "@yas_akhtar36", "Yasmin Akhtar", """
        hi the gate on the play area at thornhill is broken, its swinging open onto the road and the little ones keep running out. can someone fix it before a kid gets hurt?
    """),
     V("estate", None, "gate|play",
       "Instagram display name matches a customer but no address or ref -> review, record accepted (README). Play-area "
       "gate -> estate (repairs accepted).", both(rec_as("C300051"), REP))),

    (letter("11-10 09:00", {"name": "Hollin Park Residents' Association"}, """
        Hollin Park Residents' Association
        c/o 29 Hollin Park Road, Leeds LS8 3QT

        To: Fairholme Homes, Estate Services

        We write on behalf of residents about the abandoned caravan and two untaxed cars left on the parking bays at the top of Hollin Park Road since September. Residents cannot park near their homes, and children have been climbing into the caravan.

        We enclose a petition signed by 31 households and ask that you arrange removal.

        Yours faithfully,
        B. Ashworth (Secretary)
    """),
     V("estate", None, "caravan|car|abandoned|vehicle",
       "Residents' association letter; the signatory and 29 Hollin Park Road aren't in the directory -> review, estate.")),

    (email_in("11-13 09:25", "karen.whitaker@example.org", "Karen Whitaker", "Branch hanging over the path to school", """
        Hi,

        The big tree at the end of the communal green on Hollin Park Road has lost a branch in the wind. It's snapped but still hanging, right over the footpath the kids use to get to school. Can someone from grounds take it down before it falls on somebody?

        Karen Whitaker
        23 Hollin Park Road
    """),
     R("C300004", "estate", None, "tree|branch",
       "Karen's own e-mail -> C300004. Hanging branch over a path -> estate (grounds); a danger to passers-by, so "
       "emergency is defensible, but it's not a hazard in a home -> null.", EMG)),
]

# ============================================================================================
# General (14): contact details, enquiries, content-free outbound attempts
# ============================================================================================
ITEMS += [
    (call_out("11-02 14:10", "+447700900352", "Compliance team", "no-answer"),
     R("C300052", "general", None, ATTEMPT, "Attempted outbound call, no answer -> recorded; purpose unknown -> general, any category.", ANY)),

    (call_out("11-05 11:50", "+447700900357", "Income team", "no-answer"),
     R("C300057", "general", None, ATTEMPT, "Attempted outbound call, no answer -> recorded; general, any category.", ANY)),

    (call_out("11-10 10:20", "+447700900333", "Housing officer", "busy"),
     R("C300033", "general", None, ATTEMPT, "Outbound call, line busy -> recorded attempt; general, any category.", ANY)),

    (call_out("11-12 15:10", "+447700900347", "Lettings team", "completed", dur=22, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Hi Priya, it's Lisa from Fairholme Homes. Could you give me a call back when you get a minute? 0113 496 0000. Thanks, bye.
    """),
     R("C300047", "general", None, "voicemail|message|call back",
       "Voicemail with no stated purpose -> general, any category.", ANY)),

    (call_out("11-11 17:05", "+441134960357", "Tenancy team", "failed"),
     V("general", None, ATTEMPT,
       "Failed outbound call to the shared Nowak landline with nobody named -> review; recording against either joint "
       "tenant is defensible, any category.",
       {"category": "*", "action": ["record"], "customer_ref": ["C300037", "C300038"]})),

    (visit("11-05 10:15", cust("C300056"), BRADFORD_OFFICE, "walk_in", "attended", """
        Mr Farouk called in (Arabic interpreter by phone) to update his contact details: his new mobile isn't active yet, so keep the existing number for now; added his wife as emergency contact. Passport copied for ID.
    """, direction="inbound"),
     R("C300056", "general", None, "contact|details|update", "Walk-in to update contact details -> general.")),

    (email_in("11-02 16:30", "beth.cole@example.com", "Bethany Cole", "New phone number", """
        Hi, just to let you know my mobile number is changing from next week to 07700 900471. Please update my account.
        Thanks, Beth (Flat 3 Calder Court)
    """),
     R("C300020", "general", None, "phone|number|contact", "Change of phone number -> general.")),

    (sms_in("11-12 13:00", "+447700900339", """
        Hello it's Shirley Baxter 52 Hollin Park Rd. Please can you book a BSL interpreter for the visit on Tuesday 17 November. I am Deaf. Text me to confirm please.
    """),
     R("C300039", "general", None, "bsl|interpreter",
       "Communication-support request for a visit -> general (tenancy accepted: likely the tenancy check).", TEN)),

    (tg_in("11-07 10:30", "5301177720", "Tomasz", """
        Dzień dobry, w jakich godzinach będzie otwarte biuro w Leeds w okresie świątecznym? Chcę przyjść osobiście.
    """),
     R("C300038", "general", None, "office|opening|christmas|hours",
       "Polish: what are the Leeds office opening hours over Christmas? I want to come in person. Linked Telegram id -> "
       "C300038, general.")),

    (chat("11-04 15:40", {"name": "Guest"}, """
        Visitor: do you deal with council tax? ive had a bill for a flat i moved out of in august
        Agent (Kim): Council tax is handled by the local council rather than by us, but I can give you their details. Which area was the flat in?
        Visitor: wakefield
        Agent (Kim): Here's the link for Wakefield Council's council tax team.
    """),
     V("general", None, "council tax",
       "Anonymous guest with a question for another body; genuine but unidentifiable -> review, general (ignoring it is "
       "defensible: nothing for the landlord to keep).", {"action": ["ignore"], "category": [None]})),

    (call_out("11-06 14:30", "+447700900347", "Customer insight team", "completed", dur=420, answered_by="human", transcript="""
        Agent: Hello, is that Priya Chauhan? I'm calling from Fairholme Homes' customer insight team. We're doing our annual tenant satisfaction survey, it takes about seven minutes. Is now okay?
        Caller: Go on then.
        Agent: Overall, how satisfied are you with the service Fairholme provides?
        Caller: Fairly satisfied. Repairs are slow, but when they come they're good.
        Agent: And how satisfied are you that your home is well maintained?
        Caller: Fairly. The kitchen's tired.
        Agent: Thank you, that's everything. We'll use the results in our annual report.
    """),
     R("C300047", "general", None, "survey|satisfaction", "Tenant satisfaction survey call -> general.")),

    (email_in("11-03 09:55", "imran.siddiqui@example.org", "Imran Siddiqui", "Subject access request", """
        Dear Data Protection Officer,

        Under the UK GDPR I am requesting a copy of all personal data you hold about me, including call recordings, notes of visits and any correspondence with other agencies, from January 2024 to date.

        Imran Siddiqui
        Flat 9, Ashgrove Court, LS6 2JD
    """),
     R("C300009", "general", None, "subject access|personal data|gdpr", "Subject access request -> general.")),

    (chat("11-13 11:30", {"name": "Mamadou"}, """
        Visitor: Bonjour, je suis locataire chez vous depuis un an. J'ai besoin d'une attestation de logement pour mon employeur, comment je peux l'obtenir ?
        Agent (Kim): Hello, I can help with a proof of address letter. Could you give me your full name and address so I can find your account?
        Visitor: je reviens plus tard, merci
    """),
     V("general", None, "proof|letter|address|attestation",
       "French: says he has been a tenant for a year and needs proof of address for his employer, but leaves without "
       "identifying himself -> review (tenancy accepted).", TEN)),

    (letter("11-11 09:00", {"name": "Robert Illingworth"}, """
        15 Beckside Mews
        Bradford BD4 7HA

        Dear Fairholme Homes,

        Please could you update my details. I now have an e-mail address, rob.illingworth@example.net, which my grandson has set up for me, and I would prefer to receive letters and appointments by e-mail from now on.

        Thank you for sending the electrician so quickly last week.

        Yours sincerely,
        Robert Illingworth
    """),
     R("C300058", "general", None, "email|e-mail|contact",
       "Letter, name + address -> C300058 (review accepted). Contact preference update and thanks -> general.", REVOK)),
]

# ============================================================================================
# Anti-social behaviour (15): noise, drugs, threats, hate, harassment; anonymous in flag and words
# ============================================================================================
ITEMS += [
    (call_in("11-02 11:30", "+447700900321", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, Stuart McAllister, flat 6 Calder Court. I want to report the flat above me. It's every night now. Music, thumping, people coming and going till three, four in the morning. I'm on early shifts at the hospital and I'm getting three hours' sleep.
        Agent: That sounds exhausting. How long has it been going on?
        Caller: Since the start of October. I've knocked once, politely, and got told where to go.
        Agent: Have they threatened you at all?
        Caller: Not really, just swore at me. I don't want to make it worse.
        Agent: I'll open an ASB case and send you diary sheets and the link to the noise app. An officer will contact you within five working days.
    """, dur=330),
     R("C300021", "asb", None, "noise|music, diary|asb", "Noise nuisance report by the victim -> asb, recorded against him.")),

    (visit("11-12 17:30", {"name": "ASB officer (T. Grant)"}, cust("C300021"), "appointment", "attended", """
        Met Mr McAllister at home re noise from the flat above (case ASB-2026-163). Took statement, reviewed 9 noise-app recordings (music/bass 01:00-04:00). Agreed action: warning letter to the other household; review in 2 weeks.
    """),
     R("C300021", "asb", None, "noise, statement|recording|warning", "ASB case visit with the complainant -> asb.")),

    (wa_in("11-04 23:05", "+447700900309", "Imran", """
        Bhai, Ashgrove Court ki seedhiyon mein roz raat ko kuch larke drugs bech rahe hain, neeche gaariyan aati hain aur log andar aate jaate hain. Mere bachay darte hain. Please mera naam kisi ko mat batana, mujhe yahan rehna hai.
    """),
     A("asb", None, "drug",
       "Roman Urdu: boys sell drugs on the Ashgrove Court stairs every night, cars come and people go in and out, my "
       "children are scared; please don't tell anyone my name, I have to live here -> anonymous, never against C300009.")),

    (chat("11-04 22:20", {"email": "ryan.doyle@example.com", "name": "Anonymous"}, """
        Form: Report ASB (anonymous)
        Visitor: There's a black car that parks up in the Beckside Mews car park every night from about 9. Kids on bikes ride up to it, swap something through the window and go. It's been going on for weeks and there's needles by the bins now.
    """, anon=True),
     A("asb", None, "drug|car|needle", "anonymous flag set -> anonymous, even though the e-mail is Ryan Doyle's.")),

    (letter("11-03 09:00", {"name": "Not signed"}, """
        To Fairholme Homes,

        I'm not putting my name on this because they'd know it was me.

        The lads at 33 Weavers Row are dealing from the house. Cars pull up at all hours, lads on bikes go to the back gate, and there's shouting and fighting in the lane at 2 and 3 in the morning. Last week there was a fight in the street with a machete.

        Please do something before somebody gets hurt.
    """),
     A("asb", None, "drug|dealing, weapon|machete|fight",
       "Unsigned letter whose writer says they won't give a name -> anonymous; drug dealing and violence -> asb.")),

    (sms_in("11-14 08:15", "+447700900343", """
        Someone has sprayed racist words on my front door in the night and pushed rubbish through my letterbox. My children saw it this morning before I could cover it. Police came, ref 13/2298/26. Please can you get it cleaned off today. Aisha 27 Weavers Row
    """),
     R("C300043", "asb", None, "racist|hate|graffiti",
       "Hate incident against the tenant -> asb (safeguarding accepted), recorded against the victim.", SAFE)),

    (call_in("11-09 17:50", "+447700900328", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: Hi, Leanne Firth, 10 Thornhill Gardens. I need to report my neighbour. We've had a row about parking for months, and tonight he came out when I got home and said if I park there again he'll burn my car out with me in it.
        Agent: Are you safe right now, Leanne?
        Caller: I'm inside, doors locked. I've rung 101, they're sending someone tomorrow.
        Agent: If he comes to your door or you feel in danger, ring 999. I'm opening an ASB case tonight and flagging it high risk so an officer calls you tomorrow.
        Caller: Thanks.
    """, dur=280),
     R("C300028", "asb", None, "threat|burn, neighbour|parking", "Threat of violence from a neighbour -> asb, recorded against the victim.")),

    (fb_in("11-07 21:40", fbh(4), "Moorside Resident", """
        Reporting anonymously. Group of lads smashed the bus shelter on Moorside Crescent again tonight and they've been throwing eggs and stones at the windows of the old couple at the bottom. Every Friday and Saturday.
    """, anon=True),
     A("asb", None, "egg|stone|window|lads", "anonymous flag set; vandalism and targeting an older couple -> anonymous, asb.")),

    (wa_in("11-12 22:10", U4(11), None, """
        سلام. در ساختمان Foundry Walk چند نفر هر شب در راه‌پله مواد مخدر مصرف می‌کنند و سر و صدا می‌کنند. بوی بدی می‌آید و بچه‌های من می‌ترسند از پله‌ها بالا بیایند. لطفاً اسم من را به کسی نگویید.
    """),
     A("asb", None, "drug, stair",
       "Farsi: people use drugs in the Foundry Walk stairwell every night and make noise, my children are scared to use "
       "the stairs; please don't tell anyone my name -> anonymous (the request decides, even from an unknown number).")),

    (call_in("11-08 12:15", U4(12), """
        Agent: Fairholme Homes, weekend team, Ali speaking.
        Caller: Hello, my name's Geoff Hollis. I own 19 Moorside Crescent, I'm not one of your tenants. Your tenant next door at 17 has a dog that barks from seven in the morning till late at night while they're out, and it's fouling all over the shared path. I've asked them nicely.
        Agent: Thank you, Mr Hollis. I'll pass this to the ASB team. Can I take a contact number?
        Caller: This one's fine.
    """, dur=200),
     V("asb", None, "dog|bark",
       "Owner-occupier, not in the directory -> review. The address he names is the alleged perpetrator's (a customer), "
       "not the reporter's, so it must not be recorded against her. Nuisance dog -> asb (tenancy accepted).", TEN)),

    (email_in("11-06 10:40", "sam.osei@example.net", "Samuel Osei", "Harassment from neighbour", """
        Hi,

        I need to report harassment. The man in the flat below (Flat 1) keeps banging on my door late at night accusing me of making noise, when I'm asleep or at work. Last Saturday he shouted abuse through the letterbox at 1am, including racist names. I have it on my doorbell camera.

        I haven't done anything to him. I'm starting to feel unsafe coming home.

        Samuel Osei
        Flat 4, Ashgrove Court
    """, to=ASB_BOX),
     R("C300007", "asb", None, "harass|abuse|racist", "Harassment with racist abuse -> asb (safeguarding accepted).", SAFE)),

    (sms_in("11-11 21:35", "+447700900335", """
        lads on the landing at foundry walk again smoking weed, door propped open with a brick. my son asked them to move n one of them said hed stab him. not having this anymore
    """),
     R("C300035", "asb", None, "stab|threat|weed|drug", "Drug use and a threat to stab -> asb, recorded against the reporter (no anonymity asked).")),

    (tg_in("11-09 21:40", "6674421093", "Jade W", """
        Someone's let my tyres down again and keyed the side of my car, third time now. I'm sure it's the bloke in flat 10 at our block because I reported his dog barking. Can someone do something? I'm scared to park there now
    """),
     R("C300059", "asb", None, "car|tyre|damage|keyed", "Suspected retaliatory criminal damage -> asb.")),

    (wa_in("11-14 19:50", U4(13), "Ірина", """
        Добрий вечір. Сусід з квартири знизу вже втретє погрожує мені, кричить, що спалить мої двері, і стукає в стелю. Я живу сама з донькою, нам страшно. Квартира 4, Foundry Walk. Ірина Бондаренко
    """),
     V("asb", None, "threat|neighbour",
       "Ukrainian: the neighbour downstairs has threatened for the third time to burn my door and bangs on the ceiling; I "
       "live alone with my daughter and we're frightened. Flat 4 Foundry Walk isn't in the directory -> review, asb "
       "(safeguarding accepted).", SAFE)),

    (call_in("11-13 20:30", "+447700900348", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Alright. I want to report something on Moorside. There's a silver car parks up outside number 40 most nights, engine running, people walk up to it, two minutes, off they go. Stinks of weed all down the road. My kids walk past it.
        Agent: Thanks for telling us. Can I take your name and address?
        Caller: I'd rather not. Don't put my name on anything, yeah? They know where I live and I've got to walk past them.
        Agent: I understand. I'll log it without your details and pass it to the ASB team and the police.
    """, dur=250),
     A("asb", None, "drug|car|weed",
       "Known mobile (Connor Walsh) but he asks, late in the call, not to be named -> anonymous, never against C300048.")),
]

# ============================================================================================
# Safeguarding (13): domestic abuse, coercive control, older people, children, self-harm, cuckooing
# ============================================================================================
ITEMS += [
    (call_in("11-05 09:40", "+447700900344", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, it's Megan Lister, 4 Beckside Mews. My front door's damaged, the frame's split where the lock goes and it won't lock properly. Can someone come and fix it?
        Agent: Of course. Do you know how it happened?
        Caller: Um. It got kicked in.
        Agent: Was it a break-in?
        Caller: No. It was my ex. He's not supposed to come near the house, there's a non-molestation order, but he turned up on Tuesday night drunk and kicked it in when I wouldn't let him in. The police came.
        Agent: I'm so sorry, Megan. Are you and your children safe now?
        Caller: He got arrested but he's out again. I'm scared he'll come back and I can't even lock the door.
        Agent: I'm going to get the door made secure today as an emergency, and I'd like to refer you to our safeguarding officer, who can talk to you about extra security like a door chain and a video doorbell. Is it safe to call you on this number?
        Caller: Yes, it's just my phone. Thank you.
    """, dur=420),
     R("C300044", "safeguarding", None, "door|lock, ex|partner|domestic|abuse",
       "Starts as a door repair; the disclosure that her ex kicked it in despite a court order makes it domestic abuse "
       "-> safeguarding (asb accepted). Insecure door at a DA victim's home: emergency defensible.", both(ASB, EMG))),

    (wa_in("11-09 13:05", U4(14), "Ewa", """
        Dzień dobry, piszę z telefonu koleżanki. Nazywam się Zofia Kamińska, mieszkam w Flat 5 Foundry Walk. Mój partner zabiera mi pieniądze i telefon, sprawdza wszystkie wiadomości, nie pozwala mi wychodzić samej z domu ani rozmawiać z rodziną. W zeszłym tygodniu zepsuł zamek w drzwiach balkonowych. Boję się go. Proszę nie dzwonić na mój numer i nie wysyłać listów do domu. Czy możecie mi pomóc? Mogę przyjść do biura w czwartek rano.
    """),
     R("C300032", "safeguarding", None, "partner|control|abuse|domestic, phone|letter|contact",
       "Polish, from a friend's phone: her partner takes her money and phone, reads her messages, won't let her go out "
       "alone or talk to family, broke the balcony lock last week; she is afraid; don't call her number or write home; "
       "can come in on Thursday. Coercive control -> safeguarding. Name + address -> C300032 (review accepted).", REVOK)),

    (sms_in("11-06 08:40", "+447700900357", """
        Morning, bit worried about the old lady in flat 1 calder court, Joyce. Her radio's been on non stop since wed and she's not answering the door. She's normally out feeding the birds every morning. Can someone check on her? Tracey flat 9
    """),
     R("C300057", "safeguarding", None, "welfare|check|concern",
       "Known customer raising a welfare concern about a neighbour, no anonymity asked -> record against the reporter "
       "(as in the samples), safeguarding.")),

    (visit("11-06 11:30", {"name": "Housing officer (S. Begum)"}, cust("C300022"), "door_knock", "attended", """
        Welfare check after a neighbour's concern. Mrs Ramsden answered after several minutes; she had a fall on Wednesday evening and couldn't get up until the morning, bruised hip, hadn't eaten properly since. Ambulance called with her consent; taken to Pinderfields for checks. Adult social care referral made with consent; key safe and pendant alarm to discuss on discharge.
    """),
     R("C300022", "safeguarding", None, "fall|welfare, ambulance|social care|referral",
       "Welfare visit finding an older tenant after a fall; adult social care referral -> safeguarding.")),

    (fb_in("11-08 22:30", fbh(5), "Concerned Neighbour", """
        I'm reporting this anonymously. The two little ones at the house with the blue door at the end of Moorside Crescent are out in the street till gone 10 at night in t-shirts, no coats, and I've seen them going through the bins for food. Mum's boyfriend shouts at them constantly. Please someone check on them.
    """, anon=True),
     A("safeguarding", None, "child|children|kids", "anonymous flag set; possible child neglect -> anonymous, safeguarding.")),

    (call_in("11-10 11:15", "+447700900350", """
        Agent: Fairholme Homes, income team, Femi speaking.
        Caller: Hi. It's Jamie Rowntree, flat 16 Ashgrove Court. I got the letter about court.
        Agent: Thanks for calling, Jamie. Your account's £640 in arrears. Can we talk about what's been happening?
        Caller: I lost my job in September. I've applied for UC but there's a problem with my ID so it's not been paid. I've been borrowing off my sister.
        Agent: Okay. We can hold off on court action if we get an arrangement in place and help you with the UC claim.
        Caller: Yeah. Honestly, I don't know. Some days I don't see the point of any of it any more. Everyone'd be better off if I wasn't here.
        Agent: Jamie, thank you for telling me that. Are you safe right now? Are you thinking about hurting yourself?
        Caller: Not today. I'm just tired of it all.
        Agent: I'm going to give you the Samaritans number, and with your permission I'd like our tenancy sustainment officer to ring you this afternoon. Would that be okay?
        Caller: Yeah. Okay.
    """, dur=520),
     R("C300050", "safeguarding", None, "arrears|rent, samaritans|support|safe",
       "Arrears call with a late disclosure of suicidal thoughts -> safeguarding, sensitive. Rent is a defensible "
       "category, but the contact must stay sensitive.", RENT)),

    (call_in("11-12 10:20", "+447700900349", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, it's Sandra Okonkwo, flat 6 Ashgrove Court. I'm ringing about the young lad in flat 11. He's got learning difficulties, lovely lad, keeps himself to himself. For the last two weeks there's been two older men staying with him, and loads of people coming and going. Yesterday I saw him at the cash machine with one of them and the man took the card off him. He looked terrified.
        Agent: Thank you for telling us, that's really concerning. Have you spoken to him?
        Caller: I tried. He said they're his friends and he can't talk. They've taken over the place. You can say it was me who rang if it helps him.
        Agent: I'm going to refer this to our safeguarding lead today and we'll contact the police and adult social care.
    """, dur=380),
     R("C300049", "safeguarding", None, "vulnerable|learning|cuckoo|exploit, card|men",
       "Suspected cuckooing/financial exploitation of a vulnerable adult -> safeguarding (asb accepted). The reporter is "
       "happy to be named -> record against her.", ASB)),

    (email_in("11-02 15:10", "h.moyo@leedschildrens.example.org", "Hannah Moyo (Children's Social Work Service)",
              "Information request - child protection enquiry, 31 Thornhill Gardens", """
        Dear Fairholme Homes,

        I am a social worker with Leeds Children's Social Work Service. We have opened a child protection enquiry (section 47) concerning the children living at 31 Thornhill Gardens, LS12 5EW.

        Please could you let me know who is named on the tenancy and who else you believe lives at the property, whether you have any concerns about the condition of the home, and any recent reports of domestic incidents or anti-social behaviour at the address.

        This request is made under Working Together to Safeguard Children. Please treat it as confidential and do not discuss it with the household.

        Kind regards,
        Hannah Moyo
        Social Worker, West Team
    """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "child|children, social work|protection",
       "Professional raising a concern about a household -> review, recording against the tenant (C300031) accepted "
       "(README).", rec_as("C300031"))),

    (wa_in("11-07 23:20", U4(15), "Um Yusuf", """
        السلام عليكم. أنا جارة في ويفرز رو. كل ليلة تقريباً أسمع رجلاً في البيت المجاور يصرخ على زوجته، وأسمع ضرباً وصراخ الأطفال. الليلة كان الأمر سيئاً جداً. أرجو أن تتحققوا من سلامتهم، لكن لا أريد أن يعرف أحد أنني من أبلغ.
    """),
     A("safeguarding", None, "domestic|abuse|violence|hitting|shout, child|children",
       "Arabic: a neighbour on Weavers Row hears a man shouting at and hitting his wife almost every night, and the "
       "children screaming; please check on them, but nobody must know I reported it -> anonymous, safeguarding.")),

    (call_in("11-14 10:05", U4(16), """
        Agent: Fairholme Homes, weekend team, Ali speaking.
        Caller: Hello, I'm ringing from Spain. My dad's one of your tenants, Keith Barraclough, 6 Weavers Row in Bradford. I've not been able to get hold of him since Wednesday. He always answers, we talk every night. His phone just rings out.
        Agent: I understand, that's worrying. Does anyone else have a key, a neighbour?
        Caller: No, there's nobody. He's 74 and he's got a heart condition. Can someone please go round?
        Agent: I'll ask our duty officer to do a welfare visit today, and if there's no answer we'll call the police to gain entry. Can I take your name?
        Caller: Karen Barraclough. This number.
    """, dur=260),
     V("safeguarding", None, "welfare|check|visit",
       "Relative of an unreachable tenant -> review, recording against C300042 accepted (README). Welfare concern for an "
       "older man -> safeguarding.", rec_as("C300042"))),

    (wa_in("11-11 07:55", "+447700900325", "Ioana", """
        Bună ziua. Vă scriu pentru că nu mai știu ce să fac. Soțul meu m-a lovit din nou aseară, de față cu copilul. Nu e prima dată. Vreau să plec cu copilul, dar nu am unde să merg și nu am bani. Vă rog, nu mă sunați seara, el îmi verifică telefonul. Ioana, 12 Beckside Mews
    """),
     R("C300025", "safeguarding", None, "domestic|abuse|violence|husband|hit, leave|refuge|move|phone",
       "Romanian: my husband hit me again last night in front of our child, not the first time; I want to leave with the "
       "child but have nowhere to go and no money; don't call me in the evening, he checks my phone -> domestic abuse, "
       "safeguarding. Matched mobile.")),

    (visit("11-09 14:30", {"name": "Plumber (D. Marsh)"}, cust("C300030"), "appointment", "attended", """
        Job 91301 (return visit) - hot water cylinder leak. Replaced the cylinder drain valve, no further leak. Airing cupboard dried out.
        Concern: Mrs Dawson seemed confused about the date and who I was, even though we'd rung ahead. Daughter not present (profile says she should be). House very cold - heating switched off, she said she was "saving it". Very little food in the kitchen. She told me a man "from the bank" came on Saturday to collect her old bank cards and she gave him her PIN. Reported to the office as a safeguarding concern.
    """),
     R("C300030", "safeguarding", None, "bank|card|scam|financial|pin, confused|cold|food",
       "Repair visit notes a likely doorstep fraud on a confused older tenant and self-neglect -> safeguarding (repairs "
       "accepted as the visit's purpose, but it must be sensitive). Cold home by choice, heating works -> null "
       "(emergency accepted).", both(REP, EMG))),

    (call_in("11-11 20:15", "+441134960314", """
        Agent: Fairholme Homes, Mark speaking.
        Caller: Hi. I don't want to give my name. I live on Hollin Park Road, that's all I'm saying. It's the kids at number 21. The older girl can't be more than eight and she's been looking after the baby on her own all evening again. Mum goes out about six and doesn't come back till after midnight. Tonight the baby's been screaming for two hours.
        Agent: Thank you for letting us know. If you think the children are in danger right now, please ring 999.
        Caller: I don't want police at my door. Can't you just check?
        Agent: I'll pass it to our safeguarding team straight away and they'll contact children's services tonight. I won't record your details.
    """, dur=190, to=OOH),
     A("safeguarding", None, "child|children|baby|alone",
       "Shared Whitaker landline, but the caller refuses to give a name -> anonymous (not review), never against "
       "C300004/C300005. Children left alone -> safeguarding.")),
]


# ============================================================================================
# Ids, writing, validation and coverage: corpus_tools.py (shared with the other generators).
# ============================================================================================
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "heldout4"

AVOID = ["train.jsonl", "train2.jsonl", "train3.jsonl", "train4.jsonl", "train5.jsonl", "train6.jsonl",
         "train7.jsonl", "train8.jsonl", "train9.jsonl", "train10.jsonl", "train11.jsonl", "train12.jsonl",
         "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl"]
AVOID = [name for name in AVOID if (HERE / name).exists()]

FORTNIGHT = (dt.datetime(2026, 11, 2, tzinfo=dt.timezone.utc), dt.datetime(2026, 11, 16, tzinfo=dt.timezone.utc))


def _own_checks() -> list[str]:
    errors = []
    if len(ITEMS) != 200:
        errors.append(f"{len(ITEMS)} items, expected 200")
    for line in (HERE / "heldout4.jsonl").read_text(encoding="utf-8").splitlines():
        ev = json.loads(line)
        when = dt.datetime.strptime(ev["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        if not FORTNIGHT[0] <= when < FORTNIGHT[1]:
            errors.append(f"{ev['id']}: {ev['occurred_at']} outside 2-15 November 2026")
    labs = [json.loads(x) for x in (HERE / "heldout4.expected.jsonl").read_text(encoding="utf-8").splitlines()]
    for lab in labs:
        if lab["category"] == "complaint" and lab["sensitive"] and "asb" not in lab["accept"].get("category", []):
            errors.append(f"{lab['id']}: sensitive complaint without asb accepted")
    return errors


def main() -> int:
    rc = corpus_tools.build(ITEMS, AVOID)
    own = _own_checks()
    for e in own:
        print("ERROR:", e)
    return 1 if rc or own else 0


if __name__ == "__main__":
    sys.exit(main())

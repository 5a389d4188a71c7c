#!/usr/bin/env python3
"""Build a seventh labelled training split (deterministic; writes only train7.jsonl / train7.expected.jsonl).

    python tests/corpus/build_train7.py

Same formats, directory and label conventions as README.md; the envelope helpers and label helpers are
reused from build_train3.py (imported, not copied) and the ids, validator and coverage report come from
corpus_tools.py with the split salt "train7". Every message below is written by hand for this split.

This split is a counterweight to surface cues a bag-of-words classifier picks up for "sensitive" and
"emergency": the transcript form (Agent/Caller, Visitor/Agent (Name)), agents saying they have reported,
escalated or logged something as urgent, and repetition words ("again", "still", "keeps", "every night",
"since this morning", "third time"). Three groups:
  A. ordinary repairs / estate / rent / general / complaint contacts told in exactly those styles;
  B. ASB and safeguarding told in the same styles, in plain words rather than the usual keywords, some
     with anonymity asked for in different ways;
  C. genuine emergencies next to near-misses (already made safe, restored, completed follow-up work,
     routine safety checks, low-battery chirps, a booked engineer with nobody vulnerable, light
     condensation).
Ids are checked for uniqueness against train..train6 (when present) and the shared samples.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_train3 as b3  # noqa: E402,F401
from build_train3 import (  # noqa: E402,F401
    ANY, ATTEMPT, ASB_BOX, BOUNCE, AUTO_REPLY, BRADFORD_OFFICE, EMG, EST, GEN, INBOX, LEEDS_OFFICE, MAIN,
    NEWS_HEADERS, NOHZ, OOH, RENT_BOX, REP, REPAIRS_BOX, REVOK, SAFEGUARDING_BOX, SHEFF, SHEFFIELD_OFFICE,
    TEN, TENANCY_BOX, WAKEFIELD_OFFICE, A, I, R, V, call_in, call_out, chat, cust, email_in, email_out, fb_in,
    ig_in, letter, portal, sms_in, sms_out, tg_in, visit, wa_in, wa_out,
)
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "train7"  # salts the ids and prefixes validation messages (after build_train3 set its own)

ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []
CMP = {"category": ["complaint"]}
RENT = {"category": ["rent"]}
ASBC = {"category": ["asb"]}
SAFE = {"category": ["safeguarding"]}
RECOK = {"action": ["record"]}
ANONOK = {"action": ["anonymous"]}
DMPOK = {"category": ["damp_mould"], "hazard": ["damp_mould"]}


def U7(n: int) -> str:
    """An unknown (not in the directory) mobile for this split: +44 7700 9002nn."""
    return f"+4477009002{n:02d}"


def ALT(*refs: str) -> dict[str, Any]:
    """For review labels: recording against one of these customers is also defensible."""
    return {"action": ["record"], "customer_ref": list(refs)}


def M(*dicts: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for d in dicts:
        for k, v in d.items():
            out[k] = v if k not in out else out[k] + [x for x in v if x not in out[k]]
    return out


# ============================================================================================
# A. Ordinary (not sensitive, no hazard) contacts in the forms sensitive reports usually take
# ============================================================================================
ITEMS += [
    (chat("10-01 17:40", {"email": "sam.osei@example.net", "name": "Samuel"}, """
        Visitor: lift's out again at Ashgrove. that's three times this month and I'm on the fourth floor with a week's shopping
        Agent (Hannah): Sorry Samuel. Another resident reported it at lunchtime, so I've added you to the same job and logged it as urgent with the lift company.
        Visitor: any idea how long
        Agent (Hannah): They've said an engineer will be there before 7. I'll text you if that slips.
    """),
     R("C300007", "repairs", None, "lift",
       "Chat with the customer's e-mail; repeat lift breakdown, agent logs it as urgent -> repairs, no hazard "
       "(nobody trapped or unable to leave); complaint/estate defensible.", {"category": ["complaint", "estate"]})),

    (call_in("10-02 08:55", "+447700900320", """
        Agent: Fairholme Homes, Craig speaking.
        Caller: Hiya, Bethany Cole, flat 3 Calder Court. The front door of the block isn't catching again. You push it and it just swings, the magnet thing doesn't hold. It's been like that since this morning.
        Agent: OK Bethany, I'll report that to the door entry contractor as urgent because the block's not secure. Has anyone come in who shouldn't have?
        Caller: No, nothing like that, I just don't like it being open.
        Agent: Understood. It's logged, they aim to attend within four hours.
    """, dur=132),
     R("C300020", "repairs", None, "door|entry|magnet|lock",
       "Known mobile; communal entrance door not latching (not a fire door), nothing untoward -> repairs "
       "(estate defensible; emergency defensible for an insecure block).",
       {"category": ["estate"], "hazard": ["emergency"]})),

    (sms_in("10-02 21:10", "+447700900335", """
        light outside my door on the 3rd floor landing has gone again. other ones are fine its just mine. 4th
        bulb this year, must be the fitting. dean 14 foundry walk
    """),
     R("C300035", "repairs", None, "light|landing|fitting",
       "Known mobile; one communal landing light failing repeatedly -> repairs, no hazard.")),

    (wa_in("10-03 10:20", "447700900309", "Imran", """
        Salam. Bin chute on our floor is jammed again, bags piled up to the hatch and the smell is coming under
        my door. I reported Monday, still nobody has cleared it.
    """),
     R("C300009", "estate", None, "bin chute|chute|bags",
       "Known WhatsApp number; blocked communal bin chute, chasing an earlier report -> estate (repairs "
       "defensible).", REP)),

    (email_in("10-04 07:15", "owen.pritchard@example.com", "Owen Pritchard", "Communal heating going off overnight", """
        Hi,

        For about a fortnight the communal heating at Calder Court has been cutting out during the night.
        Every night at roughly 2am the radiators go stone cold and they come back on at 6. It's not
        unbearable, I've got a thick duvet, but it shouldn't be doing it and I'm paying for it in the
        service charge. I reported it on the phone on the 22nd and was told someone would look at the
        timer in the plant room. Still happening.

        Owen Pritchard
        Flat 10
    """, to=REPAIRS_BOX),
     R("C300040", "repairs", None, "heating|communal|night",
       "Known e-mail; communal heating dropping out overnight, heating otherwise working and no vulnerability "
       "-> repairs, no hazard (complaint defensible).", CMP)),

    (call_in("10-05 12:40", "+447700900319", """
        Agent: Fairholme Homes, Lewis speaking.
        Caller: It's Gary Naylor, 47 Weavers Row. I've got mice again. The pest control chap came in September and put the boxes down, but they're back, I can hear them in the kitchen ceiling every night.
        Agent: Sorry Gary. Did he mention how they were getting in?
        Caller: He said there's gaps round the pipes under the sink and behind the boiler that want filling.
        Agent: Right. I'll report it again to pest control and raise a job for a joiner to block those gaps, so it's sorted properly this time.
    """, dur=204),
     R("C300019", "repairs", None, "mice|gaps|pest",
       "Known mobile; returning mice with entry points to proof -> repairs (estate defensible for pest "
       "control). Nothing about neighbours.", EST)),

    (chat("10-05 18:05", {"email": "vicky.pemberton@example.org", "name": "Victoria"}, """
        Visitor: I've got a parking ticket on my car this morning, outside my own house. My permit ran out on the 30th and I thought it renewed itself
        Agent (Bilal): Let me look. Your renewal application was received on the 28th, it just hadn't been processed.
        Visitor: so it's your fault not mine?
        Agent (Bilal): The delay was ours, yes. I've escalated it to the parking team as urgent to cancel the ticket and issue the new permit today.
    """),
     R("C300013", "estate", None, "parking|permit|ticket",
       "Chat with the customer's e-mail; parking permit renewal and a ticket -> estate (general or complaint "
       "defensible).", {"category": ["general", "complaint"]})),

    (call_in("10-06 21:45", "+441632960342", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Keith Barraclough, 6 Weavers Row. It's not an emergency, I know you're out of hours. The boiler's banging every night when the heating clicks on. Like somebody hitting the pipes with a hammer, for five minutes.
        Agent: Is the heating and hot water still working?
        Caller: Both fine. The grandkids are staying and they're scared of it, they think it's a ghost.
        Agent: Ha, it sounds like kettling or air in the system. I'll log it for a heating engineer in the day, it's a routine job.
    """, to=OOH, dur=158),
     R("C300042", "repairs", None, "boiler|banging|pipes",
       "Known landline; noisy but working boiler, 'scared' only about the noise -> routine heating repair, no "
       "hazard.")),

    (wa_in("10-07 14:30", "447700900343", "Aisha", """
        Hi, there's a wet patch coming through the wall in my kitchen from next door (29). I knocked and she's
        found a leak under her sink and turned her water off, she said she's ringing you too. The wall is
        still damp and the paper's peeling. Can someone come and look when it's dried out please
    """),
     R("C300043", "repairs", None, "wall|leak|damp|wet",
       "Known WhatsApp number; a neighbour's leak (now stopped) damaging the kitchen wall -> repairs, a "
       "neighbour in the story but no nuisance; no mould, hazard null.")),

    (sms_in("10-08 19:00", "+447700900328", """
        hi just to say my neighbour Marcus at no 12 came round and bled all my radiators for me, theyre all
        hot now so you can cancel the heating job for tmrw. thanks anyway. leanne 10 thornhill
    """),
     R("C300028", "repairs", None, "radiator|cancel",
       "Known mobile; a neighbour helped bleed the radiators, cancel the booked job -> repairs (general "
       "defensible).", GEN)),

    (email_in("10-09 09:32", "paul.greenwood@example.com", "Paul Greenwood", "Shed break-in - letter for insurers", """
        Morning,

        Our shed at 2 Beckside Mews was broken into on Saturday night and both bikes were taken. The police
        came out on Sunday and gave us a crime reference, 13/48211/26. The insurer wants a letter from you
        confirming the shed is part of the property and that we had your permission to fit the second lock.

        Also the hasp has been ripped off the door frame, so it needs a new hasp and the frame patching
        before we can lock it again.

        Thanks,
        Paul
    """),
     R("C300026", "repairs", None, "shed|hasp|insur",
       "Known e-mail; burglary of the tenant's own shed with a crime reference for insurance, plus repair of "
       "the damaged hasp -> repairs (general defensible for the letter); not ASB.", GEN)),

    (call_in("10-09 11:20", "+441632960322", """
        Agent: Fairholme Homes, Steph speaking.
        Caller: Good morning love, it's Joyce Ramsden, flat 1 Calder Court. When the ambulance came for Mrs Hirst upstairs on Sunday, the crew said the handrail on the ramp at the front is loose. It moves about a couple of inches.
        Agent: Thanks for letting us know, Joyce. Is it the rail on the left going up?
        Caller: That's it. I use it every day with my stick, I can't see it too well but I can feel it wobble.
        Agent: I'll get that reported for a repair this week. I'll ring you, not write, when it's booked.
    """, dur=176),
     R("C300022", "repairs", None, "handrail|ramp|rail",
       "Known landline; loose communal ramp handrail, ambulance mentioned only as how it was noticed -> "
       "repairs (estate defensible).", EST)),

    (chat("10-10 13:15", {"email": "rebecca.thornton@example.org", "name": "Rebecca"}, """
        Visitor: the bathroom fan still sounds like a jet engine
        Agent (Dawn): Is that the one the electrician came out to on the 2nd?
        Visitor: yes, it was fine for two days and now it's worse than before. it's on whenever the light's on so I'm showering in the dark
        Agent (Dawn): I'm sorry. I've reported it back to the contractor as a recall so there's no charge, and asked them to bring a new unit.
    """),
     R("C300034", "repairs", None, "fan|bathroom|extractor",
       "Chat with the customer's e-mail; noisy extractor not fixed by the first visit -> repairs (complaint "
       "defensible).", CMP)),

    (tg_in("10-11 23:30", "7781200943", "Stuart", """
        the security light over the bin store at calder court is flickering on and off again, every night from
        about 11 till it gets light. it's right opposite my bedroom window, like a disco. keeps me up
    """),
     R("C300021", "repairs", None, "security light|light|bin store",
       "Linked Telegram id; faulty communal security light keeping the tenant awake -> repairs (estate "
       "defensible), not a nuisance neighbour.", EST)),

    (call_in("10-12 10:05", "+441144960355", """
        Agent: Fairholme Homes, income team, Femi speaking.
        Caller: Hello, it's Christine Mellor, 2 Moorside Crescent. You've taken the rent twice again. Both on the 1st. That's the third time this year.
        Agent: I can see that, Mrs Mellor, I'm so sorry. It's the same duplicate run as in June.
        Caller: I'm short for my bills now.
        Agent: I've reported it to finance as urgent and the refund will be back in your bank by Wednesday. I'll also add a note so it's checked before each collection.
    """, dur=221),
     R("C300055", "rent", None, "twice|refund|rent|direct debit",
       "Known landline; duplicate rent collection, refund arranged -> rent (complaint defensible).", CMP)),

    (visit("10-13 11:30", {"name": "Estate officer (K. Lowe)"}, cust("C300031"), "walkabout", "attended", """
        Met Mr Pearce during the Thornhill Gardens walkabout. He raised again the hedge at the end of the close
        that is growing over the pavement: people with pushchairs are stepping into the road to get past. Third
        time he has mentioned it. Logged with grounds maintenance as a priority cut.
    """),
     R("C300031", "estate", None, "hedge|pavement",
       "Tenant met on a walkabout; overgrown hedge on the estate -> estate.")),

    (sms_in("10-14 16:45", "+447700900317", """
        Hi it's Chloe at 30 Weavers Row. The gutter at the front is still overflowing every time it rains. Your
        man came last week and said it was sorted but it's pouring down the wall again right now
    """),
     R("C300017", "repairs", None, "gutter|overflow",
       "Known mobile; repeat gutter overflow after a failed repair -> repairs (complaint defensible).", CMP)),

    (wa_in("10-15 09:10", "447700900310", "Hodan", """
        Lift not working since this morning. I carried the pram and the shopping up all the stairs with two
        children. When it is fixed?
    """),
     R("C300010", "repairs", None, "lift",
       "Known WhatsApp number; lift out of service, tenant managing the stairs -> repairs (complaint "
       "defensible).", CMP)),

    (email_in("10-15 20:02", "priya.chauhan@example.com", "Priya Chauhan", "Formal complaint - fourth missed appointment", """
        To whom it may concern,

        I'd like this treated as a formal complaint. On four separate occasions now an operative has failed
        to turn up to fix the handle on my back door, which keeps slipping so the door won't open from
        outside. Each time I've taken unpaid leave. Yesterday I waited in again from 8 until 6 and nobody
        came or rang.

        The lock itself works, so I can still secure the house, but I want an explanation and
        compensation for the lost wages.

        Priya Chauhan
        17 Moorside Crescent
    """),
     R("C300047", "complaint", None, "complaint|appointment|handle",
       "Known e-mail; formal complaint about repeated missed appointments -> complaint (repairs defensible); "
       "the lock works so no security hazard.", REP)),

    (call_out("10-16 15:00", "+447700900349", "Repairs", "completed", dur=97, answered_by="human", transcript="""
        Agent: Hi Sandra, it's Neil from Fairholme repairs. I'm ringing about the main door at Ashgrove you reported again yesterday.
        Caller: Yes, it keeps slamming. It shakes the whole landing at night when people come in late.
        Agent: The engineer's been this afternoon and slowed the closer down. Could you let us know if it's still slamming tonight?
        Caller: Will do, thanks for ringing back.
    """),
     R("C300049", "repairs", None, "door|closer|slam",
       "Outbound call answered; communal door closer adjusted after a repeat report -> repairs, no "
       "neighbour conflict.")),

    (chat("10-17 10:50", {"name": "Kev"}, """
        Visitor: the bins round the back of Foundry Walk haven't been emptied again. second week running. gulls have ripped the bags open and it's all over the path
        Agent (Asha): Sorry about that. I've reported it to the waste team as urgent. Can I take your flat number?
        Visitor: I don't live there, I'm at my mum's most days
        Agent (Asha): No problem, thanks for letting us know.
    """),
     V("estate", None, "bins|bags|waste",
       "Webchat, first name only and not a tenant (mother unnamed) -> review; missed communal bin collection "
       "-> estate.")),

    (sms_in("10-18 08:05", U7(1), """
        car park barrier at calder court is stuck up again so people are using it as free parking for the
        station. couldnt get a space when I got in from nights. can it be fixed
    """),
     V("estate", None, "barrier|parking|car park",
       "Unknown mobile, no name -> review; broken car-park barrier and non-resident parking -> estate "
       "(repairs defensible), no dispute with anyone.", REP)),

    (call_in("10-19 13:25", "+441144960322", """
        Agent: Fairholme Homes, Lewis speaking.
        Caller: Hi, it's Tariq Hussain, 8 Moorside Crescent. The fence panel at the back has blown down again. Third time since September.
        Agent: Oh dear. Was it the same panel?
        Caller: Same one. Honestly I think the concrete post is rotten at the bottom, it's leaning.
        Agent: Then I'll raise it for a new post as well as the panel, rather than just slotting it back in.
    """, dur=140),
     R("C300012", "repairs", None, "fence|panel|post",
       "Shared Hussain landline, caller names himself -> C300012; repeat fence damage -> repairs.")),

    (call_in("10-20 22:10", "+441134960314", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hi, it's 23 Hollin Park Road. The bath tap is still dripping, it's been going for weeks, and at night you can hear it all over the house, drip, drip. It's driving us mad.
        Agent: Can I take your name, please?
        Caller: It's on the account, can you just get somebody round in the week?
        Agent: I'll pass it to the day team.
    """, to=OOH, dur=95),
     V("repairs", None, "tap|drip",
       "Whitaker household landline (C300004/C300005) and the caller gives no name -> review; dripping tap "
       "-> repairs.")),

    (email_in("10-21 12:00", "grace.adeyemi@example.com", "Grace Adeyemi", "Grass cutting at Foundry Walk", """
        Hello,

        The communal lawns at Foundry Walk still haven't been cut. The service charge schedule says
        fortnightly from April to October, but nobody has been since August. It's knee high by the bench.
        Could someone explain what we are paying for?

        Grace Adeyemi, flat 2
    """),
     R("C300036", "estate", None, "grass|lawn|service charge",
       "Known e-mail; grounds maintenance not done, questioning the service charge -> estate (complaint or "
       "rent defensible).", {"category": ["complaint", "rent"]})),

    (wa_in("10-22 17:35", "447700900332", "Zofia", """
        Hello, in laundry room at Foundry Walk the big washing machine is broken again, the same one. The sign
        says out of order since Monday. Only one machine now for all the block.
    """),
     R("C300032", "estate", None, "laundry|washing machine",
       "Known WhatsApp number; communal laundry machine out of order -> estate (repairs defensible).", REP)),

    (tg_in("10-23 07:50", "6230118845", "Andrei", """
        Hello. Again the hot water from the kitchen tap is only warm, never hot. Radiators are OK. Engineer came
        2 times already and said it is fine. It is not fine.
    """),
     R("C300014", "repairs", None, "hot water|warm|tap",
       "Linked Telegram id; lukewarm hot water, heating working, no vulnerability -> repairs, no hazard "
       "(complaint defensible).", CMP)),

    (chat("10-24 09:05", {"email": "lucy.fairweather@example.net", "name": "Lucy"}, """
        Visitor: I've been trying to pay my rent online since this morning and it keeps failing at the last step
        Visitor: I don't want to go into arrears, I've never been late
        Agent (Femi): You won't be marked late for this. I've reported the payment page fault to our IT team as urgent. You can pay by phone on 0113 496 0000, option 2, in the meantime.
        Visitor: ok thanks
    """),
     R("C300053", "rent", None, "rent|pay|payment",
       "Chat with the customer's e-mail; online rent payment failing -> rent (general defensible).", GEN)),

    (sms_in("10-25 15:25", "+447700900339", """
        Doorbell flashing light not working again. I am deaf so I don't know when people come. Parcel went back
        twice this week. Please text me a day, not call. Shirley 52 Hollin Park
    """),
     R("C300039", "repairs", None, "doorbell|flashing|light",
       "Known mobile; visual doorbell for a Deaf tenant failed (not a fire alarm) -> repairs, no hazard.")),

    (visit("10-26 14:10", {"name": "Plumber (D. Haworth)"}, cust("C300003"), "appointment", "attended", """
        Third visit to the leaking waste under the kitchen sink at 15 Hollin Park Road. Previous visits only
        tightened the joint. Replaced the trap and the full waste run to the wall this time, tested, no leak.
        Tenant said she has had to report it again and again since June and wants it to be the last time.
    """),
     R("C300003", "repairs", None, "waste|trap|sink|leak",
       "Operative visit note, attended; repeat sink waste repair completed -> repairs.")),

    (email_in("10-27 18:20", "d.whitaker@example.com", "Darren Whitaker", "Works van at home", """
        Hi,

        I've started a new job and I have to bring the works van home at night. Do I need a permit for the
        Hollin Park residents' bays, or some kind of permission from you? It's a short wheelbase Transit,
        fits in a normal space.

        Darren (23 Hollin Park Road)
    """),
     R("C300005", "estate", None, "van|permit|parking",
       "Darren's own e-mail; parking a works van -> estate (tenancy defensible).", TEN)),

    (wa_in("10-28 06:40", "447700900351", "Yasmin", """
        Pigeons are in the loft again, I can hear them scratching every morning from 5. Last year you put the
        mesh up but the corner has come away above the back bedroom.
    """),
     R("C300051", "repairs", None, "pigeon|loft|mesh",
       "Known WhatsApp number; birds getting into the loft through failed mesh -> repairs (estate defensible).",
       EST)),

    (call_in("10-29 16:30", "+447700900357", """
        Agent: Fairholme Homes, Steph speaking.
        Caller: It's Tracey Holt, flat 9 Calder Court. Flat 11 above me had a leak from their bath last week and it's come through my bathroom ceiling. Brown stain the size of a dinner plate.
        Agent: Is it still wet, or bulging at all?
        Caller: No, it's dry now, they had their plumber in and it's fixed their end. It's just the stain.
        Agent: OK, I'll report it for the decorator to seal and paint it. No rush, then.
    """, dur=117),
     R("C300057", "repairs", None, "ceiling|stain|leak",
       "Known mobile; dried stain from a neighbour's fixed leak -> repairs, no hazard.")),

    (chat("10-30 11:45", {"email": "marcus.bell@example.com", "name": "Marcus"}, """
        Visitor: hi, I need to talk to someone about something that happened last night
        Agent (Steph): Of course, take your time. What happened?
        Visitor: someone went along Thornhill Gardens trying car door handles. mine was unlocked and they took my sat nav. the police came this morning and gave me a crime number
        Visitor: the insurer's asking if there's CCTV on the street
        Agent (Steph): There's no camera on that road, I'm afraid, only on the car park at the top. I'll email you a letter confirming that for the insurer.
    """),
     R("C300060", "estate", None, "cctv|car|insur",
       "Chat with the customer's e-mail; theft from his own car, asks about CCTV for the insurer -> estate "
       "(general defensible); not ASB casework.", {"category": ["general"]})),

    (sms_in("10-31 23:55", "+447700900350", """
        lost my fob again, stuck outside ashgrove main door. how much for a new one and can i get it tmrw
    """),
     R("C300050", "estate", None, "fob",
       "Known mobile; replacement door-entry fob -> estate (general/repairs defensible).",
       {"category": ["general", "repairs"]})),

    (wa_in("11-01 12:15", "447700900341", "Natalia", """
        Good morning. Since this morning no light in the corridor on 4th floor at Calder Court. In my flat
        the electric is OK. Only the small green emergency lights are on.
    """),
     R("C300041", "repairs", None, "light|corridor",
       "Known WhatsApp number; communal corridor lights out in daytime, emergency lighting working -> "
       "repairs, no hazard.")),

    (call_out("11-02 10:40", "+447700900331", "Estate services", "completed", dur=64, answered_by="human", transcript="""
        Agent: Hi Nathan, it's Kerry from estate services. You reported the mattress dumped behind the garages again.
        Caller: Yeah, that's the second one.
        Agent: It was cleared this morning and we're putting a no fly-tipping sign up this week.
        Caller: Great, cheers.
    """),
     R("C300031", "estate", None, "mattress|garages|fly-tip",
       "Outbound call answered; fly-tipping cleared -> estate.")),

    (email_in("11-03 08:30", "hassan.warsame@example.net", "Hassan Warsame", "Invoice for lock change", """
        Dear Sir/Madam,

        I have been sent an invoice for £85 for a lock change at my flat. This was after the burglary in
        August and I gave your staff the crime reference at the time. I was told then it would not be
        recharged. Please cancel the invoice.

        Hassan Warsame
        Flat 8 Foundry Walk
    """),
     R("C300033", "rent", None, "invoice|recharge|lock",
       "Known e-mail; disputing a rechargeable repair invoice -> rent (account charge; complaint or repairs "
       "defensible).", {"category": ["complaint", "repairs"]})),

    (sms_in("11-03 19:40", "+447700900344", """
        Hi sorry its Megan at 4 Beckside, just reporting again the street light outside mine is still out. I
        rang the council like you said and they said its yours cos its on the private road
    """),
     R("C300044", "estate", None, "street light|light",
       "Known mobile; estate street light on a private road -> estate (repairs defensible).", REP)),

    (chat("11-04 22:30", {"email": "johnsmith.wf1@example.net", "name": "John"}, """
        Visitor: I need to report something that's been going on for a few weeks
        Agent (Lewis): Go ahead, I'm listening.
        Visitor: every night from about 11 there's a humming through the wall between my bedroom and the lift shaft. I think it's the lift motor. it keeps me awake
        Agent (Lewis): Thanks John. I'll log it with the lift contractor to check the motor room.
    """),
     R("C300046", "repairs", None, "lift|humming|motor",
       "Chat with the Calder Court John Smith's e-mail; lift machinery noise at night -> repairs, not a "
       "neighbour nuisance.")),

    (call_in("11-05 11:00", "+447700900308", """
        Agent: Fairholme Homes, Hannah speaking.
        Caller: Hi, it's Lorraine Kettlewell, flat 7 Ashgrove. The automatic opener on the main door isn't working again. I'm in a wheelchair and I can't pull that door.
        Agent: Oh no. Are you outside now?
        Caller: No, I'm in, a neighbour held it for me, he's lovely. But I've got the hospital tomorrow and I need to get out and back in.
        Agent: I'll report it as urgent to the door contractor so it's working before your appointment.
    """, dur=150),
     R("C300008", "repairs", None, "door|opener",
       "Known mobile; automatic door opener failed for a wheelchair user, a neighbour helped, she is not "
       "stuck -> repairs, hazard null (complaint defensible).", CMP)),

    (tg_in("11-06 07:30", "5301177720", "Tomasz", """
        hi, the garage door at 40 Hollin Park is jammed again, the spring makes a noise and it stops half way.
        car is inside and I need it for work
    """),
     R("C300038", "repairs", None, "garage|door|spring",
       "Linked Telegram id; jammed garage door -> repairs.")),

    (wa_in("11-06 13:20", "447700900352", "Bogdan", """
        Hello. Something is in the loft, scratching every night, I think squirrels. Neighbour says they had
        same last year and you put something on the roof.
    """),
     R("C300052", "repairs", None, "loft|squirrel|scratching",
       "Known WhatsApp number; animals in the loft -> repairs (estate defensible for pest control).", EST)),

    (email_in("11-07 09:45", "r.haigh@example.com", "R Haigh", "Whistling boiler flue next door", """
        Hello,

        I own 16 Beckside Mews. The boiler flue on the side wall of your property next door sticks out right
        under my bedroom window and it whistles loudly every night when their heating comes on. I'm sure
        the tenant isn't doing anything wrong, it's the flue itself. Could your engineer look at it?

        Richard Haigh
    """),
     V("repairs", None, "flue|boiler|whistl",
       "Owner-occupier not in the directory -> review; noisy flue on the landlord's property, explicitly no "
       "complaint about the tenant -> repairs, not ASB.", ALT("C300058"))),

    (call_out("11-08 14:15", "+447700900359", "Income team", "completed", dur=188, answered_by="human", transcript="""
        Agent: Hi Jade, it's Steph from the income team. Just following up from last week, you said things had been tight since your hours were cut.
        Caller: Yeah, still are, I'm about three weeks behind.
        Agent: I've referred you to our money advice service as urgent, they'll ring you tomorrow, and I've put the arrears action on hold for 28 days.
        Caller: Thanks, that's a weight off.
    """),
     R("C300059", "rent", None, "arrears|money advice|hours",
       "Outbound income call; arrears after reduced hours, money advice referral -> rent.")),

    (visit("11-09 12:30", cust("C300021"), WAKEFIELD_OFFICE, "walk_in", "attended", """
        Mr McAllister brought in his parking permit application with his V5 and proof of address. He has been
        ticketed twice while waiting for the permit. Permit issued at the desk; advised to appeal both tickets
        with the permit number.
    """, direction="inbound"),
     R("C300021", "estate", None, "permit|parking|ticket",
       "Walk-in at the Wakefield office; parking permit -> estate.")),

    (wa_in("11-10 09:55", "447700900337", "Grażyna", """
        Good morning, we missed the man for the gas check on Friday because my husband was taken to hospital.
        He is home now. Please can you give a new day, morning is best.
    """),
     R("C300037", "repairs", None, "gas|check",
       "Known WhatsApp number; rebooking a missed gas safety check (hospital mentioned as the reason) -> "
       "repairs, no hazard.")),

    (call_in("11-10 18:10", "+447700900333", """
        Agent: Fairholme Homes, Bilal speaking.
        Caller: Hello, Hassan Warsame, Foundry Walk. The lift jolted really hard when I got in with my kids and dropped a little bit. They screamed.
        Agent: That must have been scary for them. Is anybody hurt?
        Caller: No, we got out on the ground floor and took the stairs.
        Agent: Good. I've reported it to the lift company as urgent and asked them to take it out of service until they've checked it.
    """, dur=130),
     R("C300033", "repairs", None, "lift|jolt|dropped",
       "Known mobile; lift jolted, nobody hurt or trapped, taken out of service pending inspection -> "
       "repairs ('scary' from the agent is about the lift), hazard null (emergency defensible).", EMG)),

    (chat("11-11 19:25", {"email": "d.whitaker@example.com", "name": "Darren"}, """
        Visitor: the bathroom extractor has started screeching every time we put the light on. my little one's scared to go in there now
        Agent (Neil): Poor thing. It's usually the bearing going. Does it still pull air?
        Visitor: yeah it works, it's just the noise
        Agent (Neil): I'll book an electrician to swap the fan. Mornings or afternoons?
    """),
     R("C300005", "repairs", None, "extractor|fan|bathroom",
       "Chat with Darren's e-mail; noisy extractor fan, a child 'scared' of the noise -> repairs.")),

    (tg_in("11-12 20:15", "5120034471", "Agnieszka", """
        Hello, I need a visitor parking permit for my sister. She comes every weekend from Bradford. Where do I
        apply?
    """),
     R("C300006", "estate", None, "permit|parking|visitor",
       "Linked Telegram id; visitor parking permit -> estate (general defensible).", GEN)),

    (email_in("11-12 07:05", "beth.cole@example.com", "Bethany Cole", "URGENT - arrears showing again", """
        Hi,

        My rent account is showing £412 arrears again. I am up to date; I have the bank statements. Exactly
        the same thing happened in June and I was told it was fixed. I got a letter this morning saying you
        might take action. Please sort this out urgently.

        Bethany Cole, Flat 3 Calder Court
    """, to=RENT_BOX),
     R("C300020", "rent", None, "arrears|rent|account",
       "Known e-mail; incorrect arrears on the rent account, second time -> rent (complaint defensible).", CMP)),

    (call_in("11-13 03:20", U7(2), """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hi, I'm at Calder Court. The fire alarm's gone off again and we've all had to go out in the car park in the cold. Third time this month.
        Agent: Is there any sign of a fire or smoke?
        Caller: No, the fire brigade's been and checked. They said it's a faulty detector in the bin store and they've reset the panel. We're back in.
        Agent: Thanks. I'll log it for the fire alarm contractor to replace that detector first thing.
    """, to=OOH, dur=146),
     V("repairs", None, "fire alarm|detector|alarm",
       "Unknown mobile, no name -> review; repeat false alarms from a faulty communal detector, fire brigade "
       "checked, no fire -> repairs, hazard null (complaint defensible).", CMP)),

    (wa_in("11-14 10:30", "447700900327", "Fatima Begum", """
        Assalamualaikum, this is Fatima's son Rahim writing for her. Mum's front door keeps sticking, she has to
        push it with her shoulder to open it from outside. It's swollen at the bottom I think.
    """),
     R("C300027", "repairs", None, "door|sticking|swollen",
       "Known WhatsApp number, son writing for his mother (communication need recorded) -> C300027; sticking "
       "front door -> repairs.")),

    (email_in("11-14 13:40", "kwame.mensah@example.com", "Kwame Mensah", "Permit app keeps rejecting my reg", """
        Hi,

        The parking app keeps rejecting my registration when I try to renew my Thornhill Gardens permit. It
        says 'vehicle not found' every time. I've tried since this morning. Can you renew it from your end?

        Kwame, 18 Thornhill Gardens
    """),
     R("C300029", "estate", None, "permit|parking|app",
       "Known e-mail; parking permit renewal problem -> estate (general defensible).", GEN)),

    (wa_in("11-15 08:00", "447700900356", "Ahmed", """
        Salam, the back gate lock broken again. The wind opens it at night and it goes bang bang on the wall
        until morning. I tied it with a rope for now.
    """),
     R("C300056", "repairs", None, "gate|lock",
       "Known WhatsApp number; broken garden gate lock -> repairs.")),

    (visit("11-16 10:20", {"name": "Income officer (J. Pell)"}, cust("C300054"), "door_knock", "attended", """
        Door knock about the arrears. Spoke to Mr Yusuf with his daughter interpreting. His Universal Credit
        stopped again after a change of circumstances was reported late. Helped him report the change online
        and agreed £5 a week off the arrears from next payment. Calm, engaged.
    """),
     R("C300054", "rent", None, "arrears|universal credit",
       "Income officer door knock, attended -> rent.")),

    (email_in("11-16 17:50", "ryan.doyle@example.com", "Ryan Doyle", "Still waiting - loft hatch", """
        Hi,

        I reported again last Tuesday that the loft hatch on the landing has dropped and won't sit in the
        frame. There's a cold draught coming down all night. I've not heard anything back.

        Ryan, 9 Beckside Mews
    """),
     R("C300024", "repairs", None, "loft hatch|hatch",
       "Ryan's own e-mail; chasing a loft hatch repair -> repairs.")),

    (sms_in("11-17 12:30", "+447700900348", """
        the loft insulation lot didnt turn up again. thats twice. connor 33 moorside
    """),
     R("C300048", "repairs", None, "insulation",
       "Known mobile; missed insulation appointment -> repairs (complaint defensible).", CMP)),

    (call_in("11-17 14:50", "+447700900311", """
        Agent: Fairholme Homes, Craig speaking.
        Caller: Hi, Amina Hussain, 8 Moorside Crescent. My neighbour from number 10 knocked to say water's coming out of a pipe high up on the back of my house. It's been running down the wall since this morning.
        Agent: That's good of her. Is it the overflow, the little white pipe under the roof?
        Caller: Yes, that one.
        Agent: That'll be the float valve in the loft tank. I'll book a plumber for tomorrow. It's not going to cause any harm overnight.
    """, dur=133),
     R("C300011", "repairs", None, "overflow|pipe|tank",
       "Amina's own mobile; overflow pipe running, spotted by a neighbour -> routine plumbing, no hazard.")),

    (chat("11-18 16:05", {"email": "a.yusuf@example.org", "name": "Abdirahman"}, """
        Visitor: hello, I need to report someone's car
        Agent (Dawn): OK, what's happened?
        Visitor: a car has been parked on the grass at the side of Foundry Walk for 3 weeks, flat tyres, no tax. nobody comes to it
        Agent (Dawn): Thanks, it sounds abandoned. I've reported it to the council's abandoned vehicles team and logged it with our estate officer.
    """),
     R("C300054", "estate", None, "car|abandoned|vehicle",
       "Chat with the customer's e-mail; abandoned vehicle on the estate -> estate, not ASB.")),

    (sms_in("11-19 07:20", "+447700900303", """
        morning, the kitchen extractor is still tripping the fuse when u turn it on. we just dont use it. no
        rush. kelly 15 hollin park
    """),
     R("C300003", "repairs", None, "extractor|fuse|trip",
       "Known mobile; appliance tripping the circuit (protection working), not in use -> routine electrical "
       "repair, hazard null (emergency defensible).", EMG)),

    (wa_in("11-19 15:45", "447700900325", "Ioana", """
        Hi, the new neighbour at 14 helped me carry the washing machine in, very kind. Now I need someone to
        connect it, the pipe under the sink has no tap for the machine. Can you fit one?
    """),
     R("C300025", "repairs", None, "washing machine|tap|pipe",
       "Known WhatsApp number; neighbour mentioned kindly, request to fit a washing machine valve -> repairs.")),

    (call_in("11-20 09:35", "+447700900323", """
        Agent: Fairholme Homes, Asha speaking.
        Caller: Hi, Sophie Lambert, 9 Beckside Mews. Sorry, I've got another one. The kitchen tap keeps spinning round, the hot side, it won't turn off properly. It's still dripping when it's off.
        Agent: Can you turn it off under the sink?
        Caller: Yeah, I've done that, so we're OK. Just need a new tap.
        Agent: Logged for a plumber.
    """, dur=88),
     R("C300023", "repairs", None, "tap|kitchen",
       "Sophie's own mobile; faulty kitchen tap isolated -> repairs.")),

    (chat("10-20 14:20", {"email": "sophie.lambert@example.org", "name": "Sophie"}, """
        Visitor: is it possible to get my rent statement for the last 12 months, the nursery funding people want it
        Agent (Bilal): Yes, I'll email it to you now. Is this for the 30 hours funding?
        Visitor: yes thanks. the last one you sent was wrong again, missed the September payment
        Agent (Bilal): I'll check September is on before I send it.
    """),
     R("C300023", "rent", None, "statement|rent",
       "Chat with Sophie's e-mail; rent statement request -> rent.")),

    (email_in("10-08 11:10", "imran.siddiqui@example.org", "Imran Siddiqui", "Still no reply about my transfer", """
        Hi,

        I've emailed three times since August about joining the transfer list for a two bedroom, because my
        son is now 11 and sharing with his sister. I keep getting the automatic reply and nothing else.
        Could someone at least confirm I'm on the list?

        Imran Siddiqui, Flat 9 Ashgrove Court
    """),
     R("C300009", "lettings", None, "transfer|list|bedroom",
       "Known e-mail; chasing a transfer application for overcrowding -> lettings (complaint defensible).", CMP)),
]


# ============================================================================================
# B. Sensitive (ASB / safeguarding) in the same forms, in plain words
# ============================================================================================
ITEMS += [
    (chat("10-01 20:50", {"email": "kellybrannigan88@example.net", "name": "Kelly"}, """
        Visitor: the lad from next door sits on my front wall with his mates most evenings and when I ask them to shift they just laugh
        Visitor: yesterday one of them spat at my door when I shut it
        Agent (Hannah): That's not OK, Kelly. Is this 13 or 17?
        Visitor: 17
        Agent (Hannah): I've logged it for the neighbourhood officer, who'll ring you tomorrow. Could you jot down dates and times when it happens?
    """),
     R("C300003", "asb", None, "wall|spat|lads",
       "Chat with the customer's e-mail; neighbour's son and friends loitering and spitting at her door -> asb.")),

    (call_in("10-03 13:10", "+441632960342", """
        Agent: Fairholme Homes, Lewis speaking.
        Caller: Keith Barraclough, 6 Weavers Row. I didn't know who else to ring. Since I mentioned his dog to him, the chap at number 8 parks right across my drive every morning so I can't get out.
        Agent: Every morning?
        Caller: Every single day this week. And last night he stood at my front window looking in for a good ten minutes. Didn't say a word. I'm 71.
        Agent: I'm sorry Keith. I'll pass this to the neighbourhood team today and someone will come and see you.
    """, dur=215),
     R("C300042", "asb", None, "drive|window|neighbour",
       "Known landline; deliberate obstruction and intimidating staring after a dispute -> asb.")),

    (sms_in("10-04 23:40", "+447700900317", """
        the house at 32 has cars pulling up all night, someone runs out, leans in the window for a minute and
        the car goes. every 10 mins till 3am. been going on since the summer
    """),
     R("C300017", "asb", None, "cars|night|32",
       "Known mobile; pattern of short visits by cars through the night (suspected dealing, never named) -> asb.")),

    (wa_in("10-05 22:15", "447700900325", "Ioana", """
        The little girl from the flat next to the shop, maybe 5 years, was on the step at 10 at night again,
        no coat, crying. I knocked and nobody came. I brought her in and gave her a drink and after one hour
        her mum came back and took her without a word.
    """),
     R("C300025", "safeguarding", None, "girl|child|night|alone",
       "Known WhatsApp number; young child repeatedly left outside alone at night -> safeguarding.")),

    (tg_in("10-06 19:30", "8912345670", "Connor", """
        someone keeps putting notes through my door saying they know what time i leave for work and what car
        my girlfriend drives. third one this week. no name on them
    """),
     R("C300048", "asb", None, "notes|door",
       "Linked Telegram id; anonymous intimidating notes -> asb (safeguarding defensible).", SAFE)),

    (chat("10-07 21:05", {"name": "Resident"}, """
        Visitor: I'm not giving my name for this
        Agent (Femi): That's fine, you don't have to.
        Visitor: there's a bloke downstairs at Calder Court, bottom flat by the bins, and since the summer a string of teenage boys have been living in with him. they never go out on their own, he takes their phones off them when they come in. one of them asked me for food
        Agent (Femi): Thank you for telling us. I'll pass this on today without any details about you.
    """, anon=True),
     A("safeguarding", None, "boys|teenage|phones|food",
       "Anonymity asked for (flag set) -> anonymous; young people apparently controlled by an adult -> "
       "safeguarding (asb defensible).", ASBC)),

    (call_in("10-08 15:40", "+441134960330", """
        Agent: Fairholme Homes, Steph speaking.
        Caller: Hello, I'm Eileen Dawson's daughter, Carol. I'm at mum's, 25 Thornhill Gardens. I don't really know who to tell. A man has been calling round saying he's from the council and he's doing work on her gutters. She's given him four hundred pounds in cash so far.
        Agent: Has anyone from us done work on her gutters?
        Caller: That's why I'm ringing. She said he's coming back Friday for the rest.
        Agent: We haven't sent anyone. I'm going to pass this to the right team straight away and someone will ring you back today.
    """, dur=242),
     R("C300030", "safeguarding", None, "cash|money|man|gutter",
       "Tenant's own landline, daughter acting for her -> C300030 (review defensible); doorstep financial "
       "exploitation of an older tenant -> safeguarding.", {"action": ["review"], "customer_ref": [None]})),

    (email_in("10-09 22:50", "vicky.pemberton@example.org", "Victoria Pemberton", "Next door", """
        I didn't want to ring in case I was overheard.

        The couple next door at number 16 have been shouting most nights. On Tuesday I heard something smash
        and then her crying for a long time. This morning she was wearing sunglasses in the rain and wouldn't
        look at me. I don't know if I'm overreacting but I can't just ignore it.

        Vicky
    """),
     R("C300013", "safeguarding", None, "shouting|crying|next door|smash",
       "Known e-mail; signs of possible violence against a neighbour -> safeguarding (asb defensible).", ASBC)),

    (sms_in("10-10 16:20", U7(3), """
        some older kids are taking the little ones bikes off them on the green at thornhill every day after
        school. my son came home without his today, they pushed him off it
    """),
     V("asb", None, "bikes|kids|green",
       "Unknown mobile, no name -> review; children being robbed of bikes on the estate -> asb.")),

    (wa_in("10-11 18:30", "447700900333", "Hassan", """
        The woman upstairs pours water off her balcony onto mine when I put my washing out. Today it was the
        dirty water from her mop. When I asked her nicely to stop she shouted at me about my religion and told
        me to go home.
    """),
     R("C300033", "asb", None, "water|balcony|religion",
       "Known WhatsApp number; targeted nuisance with religious abuse from a neighbour -> asb.")),

    (call_out("10-12 17:00", "+447700900307", "Neighbourhood team", "completed", dur=176, answered_by="human", transcript="""
        Agent: Hi Samuel, it's Bilal from the neighbourhood team. Just checking how things have been since we met with the man in flat 5.
        Caller: Quieter in the day. But he still bangs on the wall whenever my partner's over, and he shouted something at her on the stairs on Saturday.
        Agent: OK. I'll add that to the case and write to him again. Keep using the diary sheets.
    """),
     R("C300007", "asb", None, "wall|banging|shouted|partner",
       "Outbound follow-up on an open neighbour case -> asb.")),

    (visit("10-13 10:00", {"name": "Neighbourhood officer (B. Rahman)"}, cust("C300028"), "appointment", "attended", """
        Home visit with Ms Firth to go through four weeks of her diary sheets. Music through the party wall until
        3am most weekends; the neighbour's visitors using her front garden as a toilet; her bin tipped over
        twice. She is tired and wants to know what we can do. Agreed to install sound recording equipment.
    """),
     R("C300028", "asb", None, "diary|music|garden",
       "Neighbourhood officer visit, attended; persistent nuisance from a neighbour's household -> asb.")),

    (chat("10-14 12:40", {"email": "marcus.bell@example.com", "name": "Marcus"}, """
        Visitor: can this not have my name on it please
        Agent (Femi): Of course. We won't pass on who told us.
        Visitor: there's a lad sleeping in the garage block behind number 20. he's about 16 I reckon, very thin, I've seen him there every night this week when I put my car away
        Agent (Femi): Thank you. I'll get someone to check on him today.
    """),
     A("safeguarding", None, "garage|lad|sleeping|16",
       "Known e-mail but the sender asks not to be named -> anonymous; homeless teenager -> safeguarding.")),

    (call_in("10-15 11:50", "+441134960357", """
        Agent: Fairholme Homes, Craig speaking.
        Caller: Hello. I don't want to say who I am, sorry. The lady at number 42 hasn't opened her curtains for four days, and her milk is still on the step.
        Agent: That's fine, you don't need to give your name. Does she live alone?
        Caller: Yes. Her son comes on Sundays but he didn't come this week.
        Agent: I'll ask someone to go round this morning.
    """, dur=103),
     A("safeguarding", None, "curtains|milk|lady",
       "Nowak household landline, but the caller asks not to be identified -> anonymous; welfare concern "
       "for a neighbour living alone -> safeguarding.")),

    (sms_in("10-16 02:10", "+447700900350", """
        a mate stayed at mine for a bit and now he wont go and hes got his mates coming round using my flat,
        they took my bank card. i cant get them out. dont ring me they are here. jamie
    """),
     R("C300050", "safeguarding", None, "flat|card|mates",
       "Known mobile; tenant's home taken over by others, bank card taken, asks not to be rung -> "
       "safeguarding (asb defensible).", ASBC)),

    (email_in("10-17 14:05", "nurse.moorside@example.net", "Practice Nurse, Moorside Surgery", "Concern about a patient", """
        Hello,

        I'm a practice nurse. One of our patients, Mr Harold Birkett of 3 Thornhill Gardens, told me in clinic
        today that he has been sleeping in his armchair downstairs for weeks and isn't eating much since
        his wife died. The house was very cold when our district nurse called. He agreed I could let you know.

        Is there anyone who could visit him?
    """),
     V("safeguarding", None, "armchair|eating|cold",
       "Health professional raising a concern about a tenant -> review (record against C300045 defensible); "
       "self-neglect -> safeguarding.", ALT("C300045"))),

    (tg_in("10-18 21:55", "4409987612", "Kwame", """
        a woman keeps coming to my door asking for the man who lived here before me. she's getting nasty, says
        I'm hiding him. last night she was banging at 1am and kicked the bin over
    """),
     R("C300029", "asb", None, "door|woman|banging",
       "Linked Telegram id; repeated aggressive callers at night -> asb.")),

    (chat("10-19 20:35", {"name": "Bex"}, """
        Visitor: my sister lives at Foundry Walk. her boyfriend has her phone and he won't let her go out without him. she messaged me off a friend's phone
        Agent (Dawn): Thank you for telling us. Do you know the flat number?
        Visitor: please don't tell anyone it came from me, if he finds out she'll pay for it
        Agent (Dawn): I understand. I'll pass this on confidentially.
    """),
     A("safeguarding", None, "boyfriend|phone|sister",
       "Sender asks not to be identified -> anonymous (review defensible, no identity anyway); coercive "
       "control of a resident -> safeguarding.", {"action": ["review"]})),

    (wa_in("10-20 19:00", "447700900306", "Agnieszka", """
        The man from flat 3 follows me to the bins and stands very close. He says things about my body. Now I
        wait until his light is off before I take the rubbish down.
    """),
     R("C300006", "asb", None, "man|bins|follows",
       "Known WhatsApp number; sexual harassment by a neighbour in plain words -> asb (safeguarding "
       "defensible).", SAFE)),

    (email_in("10-21 09:15", "grace.adeyemi@example.com", "Grace Adeyemi", "Flat 4", """
        Hello,

        The older gentleman in flat 4 had a younger man move in with him about a month ago. Since then he looks
        frightened and he doesn't come to the coffee morning any more. I've seen the younger man pick up his
        post, and last week at the cash machine he had the old man's card.

        I may be wrong, but someone should check.

        Grace (flat 2)
    """),
     R("C300036", "safeguarding", None, "card|post|flat 4|gentleman",
       "Known e-mail; suspected financial exploitation of an older neighbour -> safeguarding.")),

    (sms_in("10-22 18:45", "+447700900357", """
        the lads at the bus stop outside calder court followed me into the lobby again tonight, kicking the door
        and calling me names. I dont go out after dark now
    """),
     R("C300057", "asb", None, "lads|lobby|door",
       "Known mobile; intimidation by youths -> asb.")),

    (call_out("10-23 10:30", "+447700900351", "Tenancy support", "completed", dur=265, answered_by="human", transcript="""
        Agent: Hi Yasmin, it's Kerry. Is it OK to talk? Are you on your own?
        Caller: Yes, he's at work.
        Agent: Did the locksmith come?
        Caller: Monday. And the lady from the support service rang, I've got a worker now.
        Agent: Good. I've put a marker on your file so nobody gives out your details, and the door camera is booked for Thursday.
    """),
     R("C300051", "safeguarding", None, "locksmith|support|camera",
       "Outbound support call in a case with a partner risk (locks changed, support worker, door camera) -> "
       "safeguarding.")),

    (visit("10-24 11:15", {"name": "Tenancy officer (J. Pell)"}, cust("C300045"), "door_knock", "attended", """
        Welfare call after a concern passed to us. Mr Birkett took a long time to answer, was unsure what day
        it was, kitchen had little food and a pile of unopened letters. Heating on and working. With his
        consent, referred to adult social care and asked his GP to review.
    """),
     R("C300045", "safeguarding", None, "referral|letters|food",
       "Welfare visit, attended; confusion and self-neglect, heating working -> safeguarding, no hazard.")),

    (chat("10-25 21:20", {"email": "sandra.okonkwo@example.org", "name": "Sandra"}, """
        Visitor: can you help with the smoke that comes up through my bathroom vent from the flat below
        Visitor: it's not cigarettes, it's the other stuff. every night. my kids' bedroom stinks of it
        Agent (Neil): I'm sorry, Sandra. Has it been going on long?
        Visitor: since August
        Agent (Neil): I'll refer it to the neighbourhood team and ask them to ring you.
    """),
     R("C300049", "asb", None, "smoke|vent|smell|stuff",
       "Chat with the customer's e-mail; cannabis smoke from a neighbour (never named as such) -> asb.")),

    (sms_in("10-26 22:30", U7(4), """
        not giving my name but someones running some sort of business out of the garages at beckside. vans at
        2 and 3 in the morning, loud banging and grinding
    """),
     A("asb", None, "garages|vans|night",
       "Unknown mobile and the sender declines to give a name -> anonymous; night-time activity at the "
       "garages -> asb (estate defensible).", EST)),

    (email_in("10-27 16:00", "owen.pritchard@example.com", "Owen Pritchard", "Nobody has called me back", """
        Hello,

        I have now sent four diary sheets about the man upstairs and the noise he makes from midnight, and the
        time he shoved me on the landing. Your officer said she'd ring me in a week. That was five weeks
        ago. I want to know why nothing is happening and I want this dealt with as a complaint.

        Owen Pritchard
    """),
     R("C300040", "complaint", None, "diary|complaint|upstairs",
       "Known e-mail; complaint about how a neighbour case has been handled -> complaint, kept sensitive "
       "(asb defensible).", ASBC, sens=True)),

    (tg_in("10-28 22:05", "6674421093", "Jade", """
        the older lads who hang about the top floor stairwell have started asking my 13 year old to run
        errands for them. they gave him £20 and a new phone. he won't tell me what he does for it
    """),
     R("C300059", "safeguarding", None, "13|errands|phone|lads",
       "Linked Telegram id; signs of a child being groomed for criminal errands -> safeguarding (asb "
       "defensible).", ASBC)),

    (call_in("10-29 10:45", "+441134960301", """
        Agent: Fairholme Homes, Hannah speaking.
        Caller: Hello dear, it's Margaret Holroyd, 7 Hollin Park Road. The young man next door has been doing my shopping for me, which is very kind. But he's asked to borrow my bank card three times now, and I said no.
        Agent: You were right to say no.
        Caller: Since then he won't speak to me, and last night he shouted through my letterbox. I didn't sleep.
        Agent: I'm sorry, Margaret. I'll ask someone to come and see you this week, and I'll write to you in large print with their name.
    """, dur=230),
     R("C300001", "safeguarding", None, "card|shopping|letterbox",
       "Known landline; attempted financial exploitation then intimidation of an older tenant -> "
       "safeguarding (asb defensible).", ASBC)),

    (wa_in("10-30 23:10", "447700900310", "Hodan", """
        The family upstairs, the children cry a lot at night and the mother shouts very bad words at them.
        Tonight I heard hitting and the small one screaming.
    """),
     R("C300010", "safeguarding", None, "children|hitting|screaming",
       "Known WhatsApp number; possible harm to children next door -> safeguarding.")),

    (chat("10-31 22:40", {"name": "A neighbour"}, """
        Visitor: flat 11 at Ashgrove has been empty for ages and people are getting in through the back window. I hear them moving about at night
        Agent (Asha): Thanks for telling us. Can I take your name?
        Visitor: rather not, sorry
        Agent (Asha): That's OK.
    """, anon=True),
     A("asb", None, "empty|window|flat 11",
       "Anonymity flag set, name declined -> anonymous; people breaking into an empty flat -> asb (estate "
       "defensible).", EST)),

    (sms_in("11-01 09:20", "+447700900354", """
        brother someone has written bad words on my door again about somali people. second time. i clean it and
        it comes back
    """),
     R("C300054", "asb", None, "door|words|somali",
       "Known mobile; repeated racist graffiti on the tenant's door -> asb.")),

    (call_in("11-02 19:30", U7(5), """
        Agent: Fairholme Homes, Lewis speaking.
        Caller: I don't want to say who I am. There's an old lady on Weavers Row, number 12 I think. Her grandson comes every Thursday and takes her pension off her. She told my mum.
        Agent: Thank you. I won't ask for your name. Do you know her name?
        Caller: Mrs Pickles, or Pickard. Sorry, that's all I know.
    """, dur=84),
     A("safeguarding", None, "pension|grandson|lady",
       "Unknown caller declining to be identified -> anonymous; financial abuse of an older resident -> "
       "safeguarding.")),

    (email_in("11-03 20:15", "tomasz.nowak@example.net", "Tomasz Nowak", "Dog from number 38", """
        Hello,

        The dog from number 38 has got through the fence into our garden twice this week and went for my wife.
        She is OK but very shaken. The owner laughed when I told him. We don't use the garden now.

        Tomasz Nowak, 40 Hollin Park Road
    """),
     R("C300038", "asb", None, "dog|garden|fence",
       "Tomasz's own e-mail; a neighbour's dangerous dog getting in -> asb (estate defensible).", EST)),

    (visit("11-04 11:40", cust("C300018"), BRADFORD_OFFICE, "walk_in", "attended", """
        Mr Al-Rashid came in with his nephew interpreting. Since his car tyres were slashed last month he has
        had three notes through the door saying 'we know where you live'. He has stopped letting the children
        play out. Crime reference given. Referred to the neighbourhood team.
    """, direction="inbound"),
     R("C300018", "asb", None, "notes|car|children",
       "Walk-in at the Bradford office; targeted intimidation -> asb.")),

    (chat("11-05 08:40", {"email": "daniel.okafor@example.com", "name": "Daniel"}, """
        Visitor: my elderly neighbour at number 9 knocked at 6 this morning in her nightie, looking for her Arthur. he passed before I moved in. she didn't know where she was
        Agent (Asha): Thank you for looking after her. Is she safe now?
        Visitor: I walked her home, her front door was wide open. She's sat down with a cup of tea
        Agent (Asha): I'll ask someone to check in on her today.
    """),
     R("C300002", "safeguarding", None, "neighbour|nightie|arthur|confused",
       "Chat with the customer's e-mail; confused older neighbour wandering -> safeguarding.")),

    (sms_in("11-06 17:10", "+447700900344", """
        Sorry to bother you. The man at no 6 keeps taking pictures of my kids when they play out the front. I
        asked him to stop and he just smiled and carried on
    """),
     R("C300044", "safeguarding", None, "pictures|photos|kids",
       "Known mobile; an adult photographing children -> safeguarding (asb defensible).", ASBC)),

    (wa_in("11-07 22:50", "447700900341", "Natalia", """
        Please don't tell him it was me. The man in flat 12 shouts at his wife through the wall every night and
        today on the stairs she had a big bruise on her arm. She said she fell.
    """),
     A("safeguarding", None, "bruise|wife|shouts",
       "Known number but the sender asks not to be identified -> anonymous; possible violence against a "
       "neighbour -> safeguarding.")),

    (call_in("11-08 12:20", "+441134960314", """
        Agent: Fairholme Homes, Craig speaking.
        Caller: Hi, it's Karen Whitaker, 23 Hollin Park Road. I've been meaning to ring. Our Liam's not been home most nights, and he turns up with designer gear and a second phone that we never paid for. There's an older lad in a car waits for him at the end of the road.
        Agent: How old is Liam?
        Caller: Fifteen.
        Agent: Thank you for telling me, Karen. I'll pass this to someone who can talk it through with you today.
    """, dur=198),
     R("C300004", "safeguarding", None, "liam|phone|designer|car",
       "Shared Whitaker landline, caller names herself -> C300004; signs of a teenager being exploited -> "
       "safeguarding.")),

    (email_in("11-09 09:00", "pc.hartley@example.org", "PC Dan Hartley", "Flat 13 Ashgrove Court", """
        Good morning,

        I'm the local beat officer for Hyde Park. We attended Flat 13 Ashgrove Court twice at the weekend
        after calls from neighbours about shouting. The female occupier didn't want to make a complaint. I'd
        like to share information with your tenancy team about the household.

        PC Dan Hartley
    """),
     V("safeguarding", None, "flat 13|shouting|household",
       "Police officer informing about a household (Flat 13 Ashgrove = C300059) -> review, record "
       "defensible; possible domestic incident -> safeguarding (asb defensible).",
       M(ALT("C300059"), ASBC))),

    (wa_in("11-10 20:40", "447700900343", "Aisha", """
        The boys from the corner keep throwing eggs and stones at my windows when my husband is at work. Every
        evening since half term. Tonight a stone cracked the glass in the front room.
    """),
     R("C300043", "asb", None, "eggs|stones|window",
       "Known WhatsApp number; targeted attacks on the home -> asb (repairs defensible for the cracked glass).",
       REP)),

    (chat("11-11 15:30", {"email": "priya.chauhan@example.com", "name": "Priya"}, """
        Visitor: I need to talk about my neighbour but I don't want it getting back to her
        Agent (Steph): Nothing you tell me goes to her. What's going on?
        Visitor: she keeps telling people on the street I'm a bad mother and that I leave my kids alone. it isn't true. now other mums won't let their kids near mine and someone put a note on my car
        Agent (Steph): That sounds really hard. I'll ask the neighbourhood officer to ring you.
    """),
     R("C300047", "asb", None, "neighbour|note|kids",
       "Chat with the customer's e-mail; she wants confidentiality from the neighbour, not anonymity from us "
       "-> record; malicious rumours and a note on her car -> asb.")),

    (sms_in("11-13 21:15", "+447700900321", """
        hi its Stuart flat 6. the bloke across the landing keeps tapping on my door late and asking for money,
        says he'll be round till I give him some. five nights now
    """),
     R("C300021", "asb", None, "money|door|landing",
       "Known mobile; neighbour repeatedly demanding money at the door at night -> asb.")),

    (visit("11-14 14:00", {"name": "Neighbourhood officer (B. Rahman)"}, cust("C300035"), "appointment", "attended", """
        Met Mr Sykes to update him. The flat opposite has been given a formal warning about the visitors coming
        and going at night. He says it's calmer since Monday but people still ring his buzzer by mistake at 2am.
        Case kept open for four weeks.
    """),
     R("C300035", "asb", None, "warning|visitors|buzzer",
       "Neighbourhood officer visit on an open case -> asb.")),

    (email_in("11-15 10:10", "chloe.armitage@example.net", "Chloe Armitage", "My sister", """
        Hi,

        My sister is staying with me at 30 Weavers Row for a bit. She left her partner after he hurt her and
        she doesn't want him to know where she is. If anyone rings or turns up asking for her, please don't
        say she's here.

        Thanks, Chloe
    """),
     R("C300017", "safeguarding", None, "sister|partner|staying",
       "Known e-mail; a household member fleeing a violent partner -> safeguarding (tenancy defensible for "
       "the extra occupant).", TEN)),

    (tg_in("11-18 19:45", "6230118845", "Andrei", """
        the young men from number 19 stand by my gate every evening, they push my son and take his money for
        the bus. he is 12. he is afraid to go out
    """),
     R("C300014", "asb", None, "son|money|gate",
       "Linked Telegram id; a child being robbed and pushed by neighbours' sons -> asb (safeguarding "
       "defensible).", SAFE)),
]


# ============================================================================================
# C. Emergencies and near-misses
# ============================================================================================
ITEMS += [
    (call_in("10-02 18:50", "+442079460326", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hi, Paul Greenwood, 2 Beckside Mews. There's a strong smell of gas in the kitchen since I got home. The hob's off.
        Agent: OK Paul, please don't use any switches. Get the windows open, shut the valve by the meter if it's safe to reach, and wait outside. Ring the National Gas Emergency line now. I'll log it as well.
        Caller: Going out now.
    """, to=OOH, dur=72),
     R("C300026", "repairs", "emergency", "gas|smell",
       "Known landline; gas smell in the kitchen -> emergency.")),

    (call_in("10-03 09:15", "+447700900326", """
        Agent: Fairholme Homes, Steph speaking.
        Caller: Morning, Paul Greenwood at 2 Beckside. Just an update on last night's gas smell. The engineer came, it was the hob connector. Gas is capped to the cooker and he's tested the rest, it's all safe.
        Agent: Glad you're OK. So you need the cooker connection sorting?
        Caller: Yes, and ideally a new hob, that one's twenty years old.
    """, dur=110),
     R("C300026", "repairs", None, "hob|capped|cooker|gas",
       "Known mobile; yesterday's gas escape has been capped and tested safe, the ask is a new hob "
       "connection -> repairs, hazard null (emergency defensible).", EMG)),

    (sms_in("10-04 02:30", "+447700900335", """
        water pissing out the pipe under the bath and its going through to the flat below. cant find the
        stopcock. help
    """),
     R("C300035", "repairs", "emergency", "water|pipe|stopcock",
       "Known mobile; uncontrolled leak into the flat below -> emergency.")),

    (wa_in("10-06 20:10", "447700900352", "Bogdan", """
        Socket in the bedroom is black and smells burning. It made a pop and the power went. I am scared to
        turn it back on.
    """),
     R("C300052", "repairs", "emergency", "socket|burning",
       "Known WhatsApp number; scorched socket, burning smell -> emergency.")),

    (chat("10-07 07:25", {"email": "owen.pritchard@example.com", "name": "Owen"}, """
        Visitor: the bathroom ceiling is sagging down like a balloon and there's a crack across it, dripping in the middle
        Agent (Hannah): Please stay out of the bathroom and, if it's safe, knock the bathroom lighting off at the consumer unit. Is the water coming from upstairs?
        Visitor: must be, flat 14 is above
        Agent (Hannah): I've raised it as an emergency, a plumber is on his way now, and I'll get someone to knock at 14.
    """),
     R("C300040", "repairs", "emergency", "ceiling|sagging|drip",
       "Chat with the customer's e-mail; bulging, cracked, wet ceiling -> emergency.")),

    (call_in("10-08 08:05", "+441134960330", """
        Agent: Fairholme Homes, Craig speaking.
        Caller: It's Eileen Dawson, 25 Thornhill Gardens. My heating's not come on since yesterday dinnertime. I'm 84 and the house is freezing. I've got my coat on in bed.
        Agent: I'm so sorry, Eileen. Is the boiler showing any lights?
        Caller: A red one, flashing.
        Agent: I'm sending an engineer today as an emergency, and I'll get you some heaters dropped off this morning.
    """, dur=160),
     R("C300030", "repairs", "emergency", "heating|boiler|cold",
       "Known landline; no heating for an 84-year-old living alone -> vulnerable -> emergency.")),

    (tg_in("10-09 06:40", "6230118845", "Andrei", """
        The boiler stopped with error F28, no heating and no hot water. My baby is 3 weeks old. Please send
        someone today
    """),
     R("C300014", "repairs", "emergency", "boiler|heating|baby",
       "Linked Telegram id; no heating or hot water with a newborn -> emergency.")),

    (tg_in("10-10 18:20", "6230118845", "Andrei", """
        Heating works again, the engineer changed the part this afternoon. Baby is warm. Thank you
    """),
     R("C300014", "repairs", None, "heating|engineer|part",
       "Linked Telegram id; heating restored, thanks -> repairs follow-up, hazard null (general defensible).",
       GEN)),

    (sms_in("10-10 10:15", "+447700900331", """
        smoke alarm in the landing is chirping every 30 secs since this morning. I think its the battery but it
        sealed so i cant change it. nathan 31 thornhill
    """),
     R("C300031", "repairs", None, "smoke alarm|alarm|chirp|battery",
       "Known mobile; low-battery chirp from a sealed alarm, not an activation -> repairs, hazard null "
       "(emergency defensible).", EMG)),

    (call_out("10-11 11:30", "+447700900312", "Compliance team", "completed", dur=95, answered_by="human", transcript="""
        Agent: Hi Tariq, it's Laura from the compliance team. Your annual gas safety check is due next month, I'm ringing to book it.
        Caller: Yeah, fine. Any morning except Wednesday.
        Agent: How about Tuesday the 10th of November, 8 till 12?
        Caller: Perfect.
    """),
     R("C300012", "repairs", None, "gas safety|gas|check",
       "Outbound compliance call booking a routine gas safety check (LGSR) -> repairs, no hazard.")),

    (email_in("10-12 12:45", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Lift stopped - I'm stuck in my flat", """
        Hello,

        The lift at Ashgrove has stopped altogether and there's a notice saying it needs a part. I'm on the
        third floor in a wheelchair. I can't get out at all, not even down to the door if there was a fire.
        My carer can't get me to my dialysis appointment tomorrow morning.

        Lorraine, Flat 7
    """),
     R("C300008", "repairs", "emergency", "lift|wheelchair|fire|dialysis",
       "Known e-mail; lift failure leaves a wheelchair user with no way out and missing dialysis -> "
       "emergency (null defensible).", NOHZ)),

    (visit("10-13 20:30", {"name": "OOH electrician (S. Fenwick)"}, cust("C300019"), "appointment", "attended", """
        Emergency call-out: water coming through the kitchen light fitting from a failed joint on the bath
        waste. Isolated the lighting circuit, made safe, tenant using a lamp. Plumber to return tomorrow to
        replace the waste; electrician to replace the fitting once dry.
    """),
     R("C300019", "repairs", "emergency", "light|water|isolated|made safe",
       "Emergency make-safe visit, follow-on work still needed -> repairs, emergency (null defensible once "
       "made safe).", NOHZ)),

    (visit("10-20 10:15", {"name": "Electrician (R. Bhatti)"}, cust("C300019"), "appointment", "attended", """
        Return visit after last week's make-safe. Waste already replaced by the plumber. Ceiling dry; replaced
        the kitchen light fitting and re-energised the circuit, insulation test passed. All complete, job
        closed.
    """),
     R("C300019", "repairs", None, "light|fitting|circuit",
       "Follow-up visit completing the earlier emergency work, all tested -> repairs, no hazard.")),

    (sms_in("10-14 21:45", "+447700900317", """
        front door wont lock at all, the lock has snapped inside and the door just opens. its gone 10 and im on
        my own here
    """),
     R("C300017", "repairs", "emergency", "door|lock",
       "Known mobile; front door cannot be secured at night, tenant alone -> emergency (null defensible).",
       NOHZ)),

    (wa_in("10-15 17:00", "447700900351", "Yasmin", """
        The garden wall by the back door has a big crack down it and bricks are falling out. It's leaning into
        the garden where the kids play. I've kept them in.
    """),
     R("C300051", "repairs", "emergency", "wall|crack|bricks",
       "Known WhatsApp number; leaning, collapsing wall next to a play area -> structural danger, emergency.")),

    (wa_out("10-16 09:30", "447700900332", """
        Hi Zofia, this is Fairholme Homes. Your boiler service is due. Could our engineer come on Thursday 22
        October in the morning?
    """),
     R("C300032", "repairs", None, "boiler|service",
       "One-to-one outbound message arranging a routine boiler service -> record, repairs, no hazard.")),

    (wa_in("10-16 10:05", "447700900332", "Zofia", """
        Yes, Thursday morning is good for the boiler service. I will be home.
    """),
     R("C300032", "repairs", None, "boiler|service",
       "Known WhatsApp number; confirming a routine boiler service -> repairs.")),

    (chat("10-17 19:10", {"email": "priya.chauhan@example.com", "name": "Priya"}, """
        Visitor: no hot water since last night. Heating's fine
        Agent (Bilal): Sorry Priya. I can get an engineer out tomorrow 8 till 12. Is anyone in the house who needs hot water urgently, young children, anyone unwell?
        Visitor: no, the kids are at their dad's till Sunday and we've got the electric shower, so we're fine till tomorrow
        Agent (Bilal): Booked for tomorrow morning.
    """),
     R("C300047", "repairs", None, "hot water|engineer",
       "Chat with the customer's e-mail; no hot water, engineer booked, nobody vulnerable and a shower "
       "available -> repairs, hazard null.")),

    (call_in("10-18 20:20", "+447700900355", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: It's Christine Mellor, 2 Moorside Crescent. The carbon monoxide alarm by the boiler is going off, a long continuous beep, and I've had a headache all afternoon.
        Agent: Please get out of the house now and leave the door open. Don't go back in. Turn the boiler off on your way out only if it's right by you. I'm sending an engineer and you should ring the gas emergency line.
        Caller: I'm going.
    """, to=OOH, dur=67),
     R("C300055", "repairs", "emergency", "carbon monoxide|alarm",
       "Christine's own mobile; CO alarm sounding with symptoms -> emergency.")),

    (email_in("10-19 08:20", "christine.mellor@example.com", "Christine Mellor", "Thank you", """
        Hello,

        Just to say thank you to the engineer who came on Sunday night. It was the flue, he's replaced the seal
        and tested everything, the CO alarm is quiet and I feel much better. The boiler is working.

        Christine Mellor
    """),
     R("C300055", "repairs", None, "flue|engineer|alarm|boiler",
       "Known e-mail; thanks after a CO incident has been fixed and tested -> repairs follow-up, hazard null "
       "(general or emergency defensible).", {"category": ["general"], "hazard": ["emergency"]})),

    (call_in("10-19 22:40", "+441134960314", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hi, it's 23 Hollin Park Road. There were sparks coming out of the fuse box under the stairs when I flicked the trip switch back up, and now there's a smell.
        Agent: Don't touch it again. Can you turn off the main switch safely?
        Caller: It's all off now. What do we do?
        Agent: I'm sending the emergency electrician now.
    """, to=OOH, dur=118),
     V("repairs", "emergency", "fuse box|sparks|smell",
       "Whitaker household landline and no name given -> review; sparks from the consumer unit -> emergency.")),

    (chat("10-21 15:45", {"email": "grace.adeyemi@example.com", "name": "Grace"}, """
        Visitor: the hallway smoke detector's little light is off and pressing the test button does nothing. it's the sort that's wired into the mains
        Agent (Dawn): So there's no beep at all on test?
        Visitor: nothing
        Agent (Dawn): I'll send an electrician out today as an emergency, you shouldn't be without a working alarm.
    """),
     R("C300036", "repairs", "emergency", "smoke alarm|alarm",
       "Chat with the customer's e-mail; dead mains smoke alarm -> fire-safety failure -> emergency (null "
       "defensible).", NOHZ)),

    (tg_in("10-22 08:35", "4409987612", "Kwame", """
        the carbon monoxide alarm next to the boiler keeps doing one chirp every minute. the display says END.
        boiler works fine
    """),
     R("C300029", "repairs", None, "carbon monoxide|alarm|chirp",
       "Linked Telegram id; end-of-life chirp from a CO alarm, not an activation -> repairs, hazard null "
       "(emergency defensible).", EMG)),

    (sms_in("10-23 06:50", U7(6), """
        water pouring down the stairs at foundry walk from the 4th floor, its going into the lift shaft. nobody
        answering at the flat its coming from
    """),
     V("repairs", "emergency", "water|stairs|lift",
       "Unknown mobile, no name -> review; flood in a communal stairwell into the lift shaft -> emergency.")),

    (email_in("10-24 21:30", "ryan.doyle@example.com", "Ryan Doyle", "No heating - partner 8 months pregnant", """
        Hi,

        Our boiler has stopped completely tonight, no heating or hot water. Sophie is eight months pregnant and
        we've got a two-year-old. It's 6 degrees outside. Please can someone come tonight or first thing.

        Ryan Doyle, 9 Beckside Mews
    """, to=REPAIRS_BOX),
     R("C300024", "repairs", "emergency", "heating|boiler|pregnant",
       "Ryan's own e-mail; no heating or hot water with a heavily pregnant partner and a toddler -> emergency.")),

    (tg_in("10-25 13:00", "4409987612", "Kwame", """
        the ceiling in the kids bedroom has come down, plaster and dust everywhere. nobody was in there thank
        god. you can see the joists
    """),
     R("C300029", "repairs", "emergency", "ceiling|plaster|collapse|came down|come down",
       "Linked Telegram id; ceiling collapse -> structural danger, emergency.")),

    (visit("10-27 09:45", {"name": "Gas engineer (P. Marsh)"}, cust("C300027"), "appointment", "attended", """
        Annual gas safety check (LGSR) at 6 Thornhill Gardens. Boiler, hob and fire all passed. CO alarm tested
        and in date. Tenant's son present. Certificate left with the tenant.
    """),
     R("C300027", "repairs", None, "gas safety|check|certificate",
       "Gas safety visit, attended, all passed -> repairs, no hazard.")),

    (visit("10-28 13:30", {"name": "Electrician (R. Bhatti)"}, cust("C300044"), "appointment", "attended", """
        Smoke and heat alarm replacement programme. Replaced the hallway smoke alarm and kitchen heat alarm
        (both over ten years old) with new interlinked units. Tested with the tenant.
    """),
     R("C300044", "repairs", None, "smoke|heat|alarm",
       "Planned alarm replacement visit -> repairs, no hazard.")),

    (email_in("10-29 07:55", "imran.siddiqui@example.org", "Imran Siddiqui", "Re: Electrical inspection", """
        Hi,

        Tuesday 10 November is fine for the electrical safety inspection. I'll be working from home so any time
        that day.

        Imran
    """, thread="thr-eicr-7011"),
     R("C300009", "repairs", None, "electrical|inspection",
       "Known e-mail; confirming a routine EICR date -> repairs.")),

    (tg_in("10-30 08:10", "7781200943", "Stuart", """
        bit of condensation on my bedroom window in the morning, no mould or anything. is the little vent at the
        top of the window meant to be open? it's really stiff, can't slide it
    """),
     R("C300021", "repairs", None, "vent|window|condensation",
       "Linked Telegram id; light morning condensation, no mould, stiff trickle vent -> repairs, hazard null "
       "(damp_mould defensible).", DMPOK)),

    (email_in("10-30 12:25", "fatima.begum@example.org", "Fatima Begum", "Bedroom walls wet", """
        Dear Fairholme,

        I am writing with my son's help. In the back bedroom the water runs down the walls every morning and
        there is black spots on the ceiling corners and behind the wardrobe. My granddaughter sleeps there and
        her asthma is worse, she used the inhaler three times last night.

        Fatima Begum
    """),
     R("C300027", "damp_mould", "damp_mould", "mould|black|walls|asthma",
       "Known e-mail; heavy condensation with black mould and a child's worsening asthma -> damp_mould.")),

    (sms_in("11-01 14:40", "+447700900353", """
        slow drip from the pipe under my kitchen sink into a bowl. i've turned off the little valve so its
        stopped. no rush, any day next week. lucy 44 hollin park
    """),
     R("C300053", "repairs", None, "drip|pipe|sink",
       "Known mobile; minor leak isolated by the tenant -> routine repair, no hazard.")),

    (call_in("11-02 15:20", "+447700900360", """
        Agent: Fairholme Homes, Hannah speaking.
        Caller: Marcus Bell, 12 Thornhill Gardens. I smelt gas outside by the meter box this morning so I rang the gas emergency number. They've been and checked, no leak, they said it was just venting from the regulator and it's all fine.
        Agent: Good. Is there anything you need from us?
        Caller: The meter box door's hanging off. Their engineer said to ask you to replace it.
    """, dur=120),
     R("C300060", "repairs", None, "meter box|gas|door",
       "Known mobile; gas smell already checked by the gas network, no leak; asks for a meter box door -> "
       "repairs, hazard null (emergency defensible).", EMG)),

    (sms_in("11-03 11:10", "+447700900346", """
        morning, no hot water since yesterday, the engineer is booked for tomorrow. we're fine till then but my
        wife is on home dialysis and needs hot water for her machine, can it be today instead
    """),
     R("C300046", "repairs", "emergency", "hot water|dialysis|engineer",
       "Calder Court John Smith's own mobile; no hot water where a household member needs it for home dialysis "
       "-> vulnerable -> emergency (null defensible since a visit is booked).", NOHZ)),

    (call_in("11-04 19:05", "+447700900328", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hi, Leanne Firth, 10 Thornhill Gardens. The upstairs toilet's blocked, it's not overflowing. We've got the downstairs one so it can wait till tomorrow, I just wanted it booked.
        Agent: Thanks Leanne, I'll put it on for the day team first thing.
    """, to=OOH, dur=61),
     R("C300028", "repairs", None, "toilet|blocked",
       "Known mobile; blocked toilet with a second toilet working -> routine repair.")),

    (wa_in("11-05 18:30", "447700900343", "Aisha", """
        Just letting you know all the electric went off on Weavers Row about 5. It's a power cut for the whole
        street, Northern Powergrid says back by 8. Nothing wrong in my house.
    """),
     R("C300043", "general", None, "power cut|electric",
       "Known WhatsApp number; area power cut, nothing for the landlord to repair -> general (repairs "
       "defensible), hazard null.", REP)),

    (sms_in("11-06 09:40", "+447700900326", """
        Hi, its Paul at 2 Beckside, the back bedroom radiator is cold at the top, rest of the heating's fine.
        Probably needs bleeding but I haven't got the key
    """),
     R("C300026", "repairs", None, "radiator",
       "Paul's own mobile; one radiator needs bleeding, heating otherwise working -> repairs.")),

    (call_out("11-07 11:05", "+447700900357", "Repairs", "completed", dur=70, answered_by="human", transcript="""
        Agent: Hi Tracey, it's Neil from repairs. Just checking in after the leak from upstairs last month. Is everything dry now?
        Caller: Yes, it's dried out lovely. It just needs painting.
        Agent: Great, I'll book the decorator.
    """),
     R("C300057", "repairs", None, "leak|dry|paint|decorat",
       "Outbound follow-up after an earlier leak, all dry -> repairs, no hazard.")),

    (visit("11-08 16:00", {"name": "OOH electrician (S. Fenwick)"}, cust("C300048"), "appointment", "attended", """
        Call-out for a burning smell from the bathroom. Extractor fan motor had burnt out. Isolated, removed and
        replaced the fan on the same visit; no heat damage to the ceiling or cable. Tested, all safe, no return
        visit needed.
    """),
     R("C300048", "repairs", None, "fan|burning|extractor",
       "Visit note of an emergency call-out fully completed on the day, no continuing risk -> repairs, hazard "
       "null (emergency defensible as it began as an emergency).", EMG)),

    (chat("11-09 18:45", {"email": "natalia.rusu@example.org", "name": "Natalia"}, """
        Visitor: boiler pressure keeps dropping to 0.5. I topped it up myself like the leaflet said and it's working now
        Agent (Femi): Well done. How often does it drop?
        Visitor: every 3 or 4 days
        Agent (Femi): Then there's probably a small leak somewhere. I'll book a heating engineer to find it.
    """),
     R("C300041", "repairs", None, "boiler|pressure",
       "Chat with the customer's e-mail; boiler losing pressure, working after topping up -> repairs.")),

    (tg_in("11-10 17:25", "8912345670", "Connor", """
        gas safety man's been. all passed, he left the certificate on the side. cheers
    """),
     R("C300048", "repairs", None, "gas safety|certificate",
       "Linked Telegram id; routine gas safety check completed -> repairs (general defensible), no hazard.", GEN)),

    (visit("11-11 10:30", {"name": "Estate officer (K. Lowe)"}, cust("C300033"), "walkabout", "attended", """
        Foundry Walk block inspection. Mr Warsame stopped me on the second floor: the fire door between the lift
        lobby and the corridor has not closed on its own since last week, the closer arm is snapped. Confirmed
        it stays open. Emergency job raised with the fire door contractor.
    """),
     R("C300033", "repairs", "emergency", "fire door|closer",
       "Tenant met on a block inspection; communal fire door not self-closing -> fire-safety failure, "
       "emergency (estate defensible).", EST)),

    (email_in("11-12 16:30", "sam.osei@example.net", "Samuel Osei", "Bathroom mirror steaming up", """
        Hi,

        After a shower the bathroom mirror and window steam up and it takes a long time to clear. The
        extractor seems weak, a piece of tissue doesn't stick to it. No mould anywhere, I wipe it down. Could
        somebody check the fan?

        Samuel, Flat 4
    """),
     R("C300007", "repairs", None, "extractor|fan",
       "Known e-mail; weak extractor with ordinary shower steam, no mould -> repairs, hazard null (damp_mould "
       "defensible).", DMPOK)),

    (sms_in("11-13 07:05", "+447700900359", """
        No heating or hot water this morning, boiler says fault. Engineer's booked for 1pm today, that's fine,
        I'm at work anyway. Jade flat 13
    """),
     R("C300059", "repairs", None, "heating|hot water|boiler",
       "Known mobile; boiler fault with the same-day visit booked, nobody vulnerable mentioned -> repairs, "
       "hazard null (emergency defensible).", EMG)),

    (call_in("11-15 23:50", "+447700900313", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hi, Victoria Pemberton, 14 Moorside Crescent. The kitchen's flooding, the pipe to the washing machine has split and water's coming out faster than I can mop. It's going under the door towards the sockets.
        Agent: Turn the stopcock off under the sink if you can, and keep away from the sockets.
        Caller: It won't turn, it's seized.
        Agent: Right, I'm sending the emergency plumber now.
    """, to=OOH, dur=150),
     R("C300013", "repairs", "emergency", "flood|water|pipe|stopcock",
       "Known mobile; uncontrolled flooding towards sockets, stopcock seized -> emergency.")),

    (sms_in("11-16 10:15", "+447700900313", """
        Plumber fixed the washing machine pipe last night and freed up the stopcock. Floor's dry now. Thank you
        for sending someone so fast. Vicky
    """),
     R("C300013", "repairs", None, "plumber|pipe|stopcock",
       "Known mobile; thanks after an emergency leak has been fixed -> repairs follow-up, hazard null "
       "(general defensible).", GEN)),

    (sms_in("11-18 08:25", "+447700900349", """
        Hi its Sandra flat 6. Smoke alarm went off at 7 when I was doing toast and it wouldn't stop for ages.
        Is it meant to be that sensitive? Its in the hallway right next to the kitchen door
    """),
     R("C300049", "repairs", None, "smoke alarm|alarm|toast",
       "Known mobile; working smoke alarm triggered by cooking, asks about siting -> repairs, hazard null.")),

    (call_in("11-19 21:00", "+447700900303", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hiya, Kelly Brannigan, 15 Hollin Park. Water's coming out round the bathroom spotlight and the bulb keeps flickering. It's coming from the loft I think.
        Agent: Switch the lights off at the fuse box now and don't touch that switch. Have you got a torch?
        Caller: Phone torch, yeah.
        Agent: I'm sending an electrician and a plumber tonight.
    """, to=OOH, dur=112),
     R("C300003", "repairs", "emergency", "water|spotlight|light",
       "Known mobile; water through a live light fitting -> emergency.")),
]


# ============================================================================================
# Ids (corpus_tools with SPLIT = "train7"), writing, validation, coverage
# ============================================================================================
def main() -> int:
    return corpus_tools.build(ITEMS, ["train.jsonl", "train2.jsonl", "train3.jsonl", "train4.jsonl", "train5.jsonl", "train6.jsonl"])


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build a sixth labelled training split (deterministic; writes only train6.jsonl / train6.expected.jsonl).

    python tests/corpus/build_train6.py

Same formats, directory and label conventions as README.md; the envelope helpers and label helpers are
reused from build_train3.py (imported, not copied) and the ids, validator and coverage report come from
corpus_tools.py with the split salt "train6". Every message below is written by hand for this split.

This split leans on the messy-real-data cases: long e-mails whose quoted history (">" quoting, Outlook
"From:/Sent:/To:/Subject:" blocks, "On ... wrote:") is about a different topic from the new reply (the
label follows the new content only), signatures and disclaimers, text-speak, all-caps, one-word replies,
short messages in community languages, third parties acting for tenants, per-customer automated texts,
and the things to ignore. Ids are checked for uniqueness against train..train5 (when present) and the
shared samples.
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

corpus_tools.SPLIT = "train6"  # salts the ids and prefixes validation messages (after build_train3 set its own)

ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []
CMP = {"category": ["complaint"]}
LET = {"category": ["lettings"]}
RENT = {"category": ["rent"]}
DMP = {"category": ["damp_mould"]}
ASBC = {"category": ["asb"], "sensitive": [True]}
RECOK = {"action": ["record"]}
EMAIL_AUTO = {"Auto-Submitted": "auto-generated"}


def U6(n: int) -> str:
    """An unknown (not in the directory) mobile for this split: +44 7700 9004nn."""
    return f"+4477009004{n:02d}"


def REC(ref: str, cat: str) -> dict[str, Any]:
    """For ignore labels: recording against the identified customer is also defensible."""
    return {"action": ["record"], "customer_ref": [ref], "category": [cat]}


def ALT(*refs: str) -> dict[str, Any]:
    """For review labels: recording against one of these customers is also defensible."""
    return {"action": ["record"], "customer_ref": list(refs)}

# ============================================================================================
# Repairs
# ============================================================================================
ITEMS += [
    (sms_in("10-01 07:42", "+447700900335", """
        toilet wont flush agen, handle just flops about. cud u send sum1 2moro, im in all day. ta dean flat 14
    """),
     R("C300035", "repairs", None, "toilet|flush",
       "Known mobile, text-speak; toilet flush handle broken -> routine plumbing repair.")),

    (call_in("10-02 23:18", "+447700900319", """
        Agent: Fairholme out of hours, Mandy speaking.
        Caller: Yeah hi, it's Gary Naylor, 47 Weavers Row. Water's coming through the landing ceiling like a tap's been left on. I think it's the tank in the loft.
        Agent: OK Gary, do you know where your stopcock is?
        Caller: Under the sink, I've turned it but it's still coming, it's dripping onto the light on the landing.
        Agent: Keep away from that light and switch the landing circuit off at the fuse box if you can. I'm sending the emergency plumber now, within two hours.
    """, to=OOH, dur=241),
     R("C300019", "repairs", "emergency", "water|ceiling|loft|tank",
       "Known mobile; uncontrolled water from the loft tank through the ceiling onto a light fitting -> emergency "
       "plumbing/electrical repair.")),

    (call_in("10-03 09:07", "+447700900340", """
        [Voicemail] Hi, it's Owen Pritchard, flat 10 Calder Court. The cooker hood in the kitchen, the fan works but the light's gone and one of the buttons has fallen inside it. Not urgent. I'm at work till six, so an email's best. Cheers.
    """, dur=26, answered_by=None, voicemail=True),
     R("C300040", "repairs", None, "cooker hood|hood|extractor",
       "Inbound voicemail from a known mobile; faulty cooker hood light/button -> routine electrical repair.")),

    (email_in("10-05 19:36", "vicky.pemberton@example.org", "Victoria Pemberton", "RE: Rent statement request", """
        Hi both,

        Thanks for the statement, all sorted on that front.

        Something else now though - the handle on my bedroom window has snapped clean off in my hand this
        evening and the window is stuck about two inches open. It's freezing and I can't shut it. Is this
        something a glazier or a joiner does? I work from home Mondays and Fridays if that helps.

        Vicky

        From: Fairholme Income Team <rent@fairholmehomes.example.org>
        Sent: 29 September 2026 14:11
        To: Victoria Pemberton <vicky.pemberton@example.org>
        Subject: RE: Rent statement request

        Dear Ms Pemberton,

        Please find attached your rent statement from 1 April to date. Your account is up to date with a
        credit of £12.40.

        Kind regards,
        Income Team
    """, to=RENT_BOX, thread="thr-rent-6012"),
     R("C300013", "repairs", None, "window|handle",
       "Known e-mail; quoted Outlook history is a rent statement, the new content reports a snapped window handle "
       "with the window stuck open -> repairs (rent is only in the quoted history).")),

    (tg_in("10-06 08:15", "8912345670", "Connor", """
        morning. the shower pump has started screaming when i turn it on and only a dribble comes out. kids need
        showers before school, bath works tho
    """),
     R("C300048", "repairs", None, "shower|pump",
       "Linked Telegram id; failing shower pump, bath still usable -> routine repair.")),

    (chat("10-06 14:22", {"email": "rebecca.thornton@example.org", "name": "Rebecca"}, """
        Visitor: Hi, the intercom handset in my flat has a big crack across it and now it buzzes constantly, I had to unplug it
        Agent (Mo): Hi Rebecca, sorry about that. Is that Flat 11 Foundry Walk?
        Visitor: yes
        Agent (Mo): I've raised a job for the door entry engineer, they'll ring to book a slot.
    """),
     R("C300034", "repairs", None, "intercom|handset|door entry",
       "Webchat carrying the customer's e-mail; faulty door-entry handset in the flat -> repairs.")),

    (portal("10-07 11:03", {"customer_ref": "C300049", "email": "sandra.okonkwo@example.org", "name": "Sandra Okonkwo"},
            "Report a repair", """
        Form: Report a repair
        Room: Kitchen
        Item: Worktop
        Description: The worktop next to the sink has swollen up and split where water gets in at the join. The
        cupboard under it won't close now. Photos attached.
        Access: any weekday after 2pm
    """),
     R("C300049", "repairs", None, "worktop|kitchen",
       "Portal repair form with customer ref; swollen, split kitchen worktop -> routine repair.")),

    (visit("10-08 10:40", {"name": "Electrician (R. Bhatti)"}, cust("C300029"), "appointment", "attended", """
        Five-yearly electrical inspection (EICR) at 18 Thornhill Gardens. Result satisfactory with two C3
        observations. Replaced cracked bathroom light switch plate while on site. Certificate to follow by post.
    """),
     R("C300029", "repairs", None, "electrical|inspection|eicr",
       "Electrician attended a safety inspection -> record against the tenant; repairs.")),

    (visit("10-08 15:20", {"name": "Gas engineer (P. Marsh)"}, cust("C300031"), "appointment", "no_access", """
        Annual gas safety check, 2nd attempt. No answer at 31 Thornhill Gardens, curtains drawn, car on drive.
        Card left. Certificate expires 2 November - passed to compliance for the access procedure.
    """),
     R("C300031", "repairs", None, "gas|no answer|access|card",
       "Gas safety visit with no access -> recorded against the tenant per contract; repairs.")),

    (call_out("10-09 10:12", "+447700900354", "Repairs scheduling", "no-answer"),
     R("C300054", "repairs", None, ATTEMPT,
       "Attempted outbound call from repairs scheduling, no answer -> record against the callee; any category.", ANY)),

    (call_out("10-09 16:30", "+447700900302", "Roofing contractor liaison", "completed", dur=142, answered_by="human",
              transcript="""
        Agent: Hi Mr Okafor, it's Jas at Fairholme. The roofers can come Thursday to replace the slipped slates over your back bedroom. They'll need the scaffold up on Wednesday afternoon.
        Caller: That's fine, I'll move the car off the drive. Will they need to come inside?
        Agent: Only to check the ceiling in the back bedroom once they're done.
        Caller: OK, I'm working from home both days.
    """),
     R("C300002", "repairs", None, "roof|slate|scaffold",
       "Outbound call, answered; booking roof repair and scaffold -> repairs.")),

    (sms_in("10-10 13:50", "+447700900357", """
        THIS IS THE THIRD WEEK WITH NO LIGHT IN MY KITCHEN. I AM COOKING WITH A TORCH. THE ELECTRICIAN SAID HE
        WOULD BE BACK MONDAY. WHICH MONDAY???
    """),
     R("C300057", "repairs", None, "kitchen|light|electrician",
       "Known mobile, all caps; chasing an unfinished kitchen lighting repair. The anger is about the delay "
       "but the ask is the repair -> repairs (complaint defensible).", CMP)),

    (letter("10-12 09:00", {"name": "Mrs P. Lumb"}, """
        3 Weavers Row
        Bradford BD3 9PL

        Dear Sir or Madam,

        You kindly fitted a smoke alarm with a flashing light and a vibrating pad under my pillow because I am
        hard of hearing. When I press the test button now nothing flashes and the pad does not shake. I do not
        think it is working at all and I am worried I will not know if there is a fire in the night.

        Please would you send someone. As before I would prefer you to write to me with the date.

        Yours faithfully,
        Patricia Lumb
    """),
     R("C300016", "repairs", "emergency", "smoke alarm|alarm",
       "Name + address -> C300016; the only fire alarm a hard-of-hearing tenant can perceive has failed -> "
       "fire-safety failure -> emergency (null defensible).", NOHZ)),

    (fb_in("10-12 18:05", "fb:100090600101", "Megan Lister", """
        Hiya, any chance someone can look at the gutter on the front of my house? It overflows every time it
        rains and pours right down over the front door 🙈
    """),
     V("repairs", None, "gutter",
       "Facebook display name matching a customer but no address or reference -> review (record against "
       "C300044 defensible); overflowing gutter -> repairs.", ALT("C300044"))),

    (ig_in("10-13 20:40", "@jade.w.leeds", "Jade Whitehead", """
        hiya its Jade flat 13 Ashgrove Court, the front has come off one of my kitchen drawers and the hinge on
        the cupboard above the kettle is hanging. can you book someone in?
    """),
     R("C300059", "repairs", None, "drawer|cupboard|hinge",
       "Instagram name + address -> C300059 (review defensible); kitchen units -> repairs.", REVOK)),

    (sms_in("10-14 21:10", "+447700900337", """
        Zepsuł się zamek w drzwiach wejściowych, klucz się kręci w kółko i nie mogę zamknąć domu na noc. Grażyna
    """),
     R("C300037", "repairs", None, "lock|door",
       "Polish: 'the front door lock is broken, the key just spins and I can't lock the house for the night.' "
       "Known mobile (Grażyna's own) -> repairs; an insecure home at night is often treated as an emergency "
       "(emergency defensible).", EMG)),

    (wa_in("10-15 07:30", "447700900327", "Fatima", """
        রান্নাঘরের কল থেকে সারারাত পানি পড়ছে, বন্ধ হচ্ছে না। ছেলে কাজে গেছে। কেউ আসতে পারবেন?
    """),
     R("C300027", "repairs", None, "tap|kitchen|water",
       "Bengali: 'the kitchen tap has been running all night and won't turn off; my son has gone to work; can "
       "someone come?' Known number -> plumbing repair; running water, not flooding (emergency defensible).", EMG)),

    (wa_in("10-15 12:12", "447700900351", "Yasmin", """
        السلام علیکم، باتھ روم کا دروازہ قبضے سے اکھڑ گیا ہے اور بند نہیں ہوتا۔ امی کو مشکل ہوتی ہے۔ یاسمین
    """),
     R("C300051", "repairs", None, "door|bathroom|hinge",
       "Urdu: 'the bathroom door has come off its hinge and won't close; it's hard for my mother.' Known number "
       "-> joinery repair.")),

    (sms_in("10-16 19:25", U6(1), """
        Silav, germahiya malê naxebite, radiator sar in. Zarokên min biçûk in û pir sar e. Flat 7 Foundry Walk
    """),
     V("repairs", "emergency", "heating|radiator|cold",
       "Kurdish (Kurmanji): 'hello, the heating isn't working, radiators are cold; my children are small and it's "
       "very cold. Flat 7 Foundry Walk.' Unknown mobile, flat not in the directory -> review; no heating with "
       "young children -> emergency (null defensible).", NOHZ)),

    (call_in("10-17 10:05", "+441632960341", """
        Agent: Fairholme Homes, Sian speaking.
        Caller: Hi, it's Ryan Doyle at 9 Beckside Mews. The loft hatch has dropped out of its frame onto the landing. Nobody's hurt, it just missed the dog.
        Agent: Glad nobody's hurt. Is it safe where it is?
        Caller: It's propped against the wall but there's an open hole into the loft now and it's blowing cold air.
        Agent: I'll book a joiner for early next week to refit it.
    """, dur=133),
     R("C300024", "repairs", None, "loft hatch|hatch|loft",
       "Shared Lambert/Doyle landline but the caller names himself (Ryan) -> C300024; fallen loft hatch -> "
       "joinery repair.")),

    (call_in("10-17 16:48", "+441134960314", """
        Agent: Fairholme Homes, Paul speaking.
        Caller: Hiya, the bath panel's come right off and there's a smell of damp wood under the bath, I think the waste pipe's been leaking.
        Agent: OK. Which address is that?
        Caller: 23 Hollin Park Road.
        Agent: And can I take your name?
        Caller: Hang on someone's at the door - I'll ring you back.
    """, dur=58),
     V("repairs", None, "bath|waste|leak",
       "Shared Whitaker landline and no name given -> review (either Whitaker defensible); leaking bath waste -> "
       "repairs.", ALT("C300004", "C300005"))),

    (email_in("10-19 08:55", "coral.stead@homecareplus.example.com", "Coral Stead", "Mr Birkett 3 Thornhill Gardens - grab rail", """
        Good morning,

        I am Mr Harold Birkett's carer (Home Care Plus, four calls a day). The grab rail beside his toilet has
        pulled away from the wall at the bottom screw and moves when he puts his weight on it. He relies on it
        to stand up. He has asked me to email on his behalf as he doesn't use email.

        Address: 3 Thornhill Gardens, Leeds LS12 5EW.

        Regards,
        Coral Stead
        Senior Carer
    """, to=REPAIRS_BOX),
     R("C300045", "repairs", None, "grab rail|rail|toilet",
       "Carer e-mailing for a named tenant with address -> C300045 (review defensible); loose grab rail a frail tenant "
       "relies on -> urgent repair (emergency defensible).", {**REVOK, **EMG})),

    (call_in("10-20 01:55", "+447700900309", """
        Agent: Fairholme out of hours, Dev speaking.
        Caller: Hi, Imran Siddiqui, flat 9 Ashgrove. There's a burning smell coming from the fuse box in the hall and it's making a crackling sound.
        Agent: Is there any smoke or visible scorching?
        Caller: Bit of brown on the plastic cover. I've not touched it.
        Agent: If it's safe, switch off the main switch, otherwise leave the flat and call 999 if you see smoke. I'm sending the emergency electrician now.
    """, to=OOH, dur=176),
     R("C300009", "repairs", "emergency", "fuse box|consumer unit|burn",
       "Known mobile; crackling, scorched consumer unit -> emergency electrical repair.")),

    (wa_in("10-21 19:40", "447700900341", "Natalia", """
        Bună seara, de ieri nu merge încălzirea deloc, caloriferele sunt reci. Apa caldă este. Natalia, ap. 15
    """),
     R("C300041", "repairs", None, "heating|radiator",
       "Romanian: 'since yesterday the heating doesn't work at all, radiators cold; hot water is fine.' Known number; "
       "no vulnerability mentioned and hot water works -> heating repair (emergency defensible).", EMG)),

    (call_in("10-22 08:20", "+447700900320", """
        Agent: Fairholme Homes, you're through to Nicola.
        Caller: Hi, it's Bethany Walker - Cole on your system, I've just got married - flat 3 Calder Court. The lift's broken again and I'm on the second floor with a toddler and a double buggy. I've had to carry them both up.
        Agent: I'm sorry Bethany. I'll report it to the lift company as a priority breakdown.
        Caller: Can you let me know when it's fixed? I've got a hospital appointment Thursday.
    """, dur=150),
     R("C300020", "repairs", None, "lift",
       "Known mobile; communal lift out of order -> repairs (estate and complaint defensible).",
       {"category": ["estate", "complaint"]})),

    (email_in("10-22 12:31", "m.bell@ardent-logistics.example.com", "Bell, Marcus", "Back gate", """
        Hi,

        The back gate at 12 Thornhill Gardens has dropped off its top hinge and I can't close it, so the dog
        keeps getting out into the ginnel. Could someone come and rehang it or fit a new post?

        Thanks,
        Marcus Bell

        Marcus Bell | Transport Planner
        Ardent Logistics Ltd | Unit 4, Stourton Link, Leeds
        T: 0113 496 0872 | M: 07700 900360

        **********************************************************************
        This e-mail and any attachments are confidential and intended solely for the addressee. If you have
        received it in error please notify the sender immediately and delete it. Any views expressed are those
        of the individual and not necessarily of Ardent Logistics Ltd. We have taken reasonable precautions to
        ensure no viruses are present in this e-mail but cannot accept responsibility for any loss or damage
        arising from its use. Ardent Logistics Ltd, registered in England No. 01234567.
        **********************************************************************
    """),
     R("C300060", "repairs", None, "gate|hinge",
       "Work e-mail not in the directory, but name + address (and his own mobile in the signature) -> C300060; "
       "the long disclaimer is noise; broken back gate -> repairs (estate defensible).", EST)),

    (visit("10-23 09:15", {"name": "Plumber (A. Gill)"}, cust("C300030"), "appointment", "attended", """
        Replaced failed immersion heater element at 25 Thornhill Gardens, Mrs Dawson's daughter present as
        requested. Hot water tested at all taps. Lagged the cylinder jacket, which was missing.
    """),
     R("C300030", "repairs", None, "immersion|hot water",
       "Operative attended with the daughter present -> record against the tenant; repairs.")),

    (sms_in("10-23 17:02", "+447700900303", """
        hiya cud u ask the plumber 2 text me 30 mins b4 he comes tmrw, im on nights n ill be asleep. kelly
    """),
     R("C300003", "repairs", None, "plumber|text|appointment",
       "Known mobile, text-speak; arrangements for a booked plumbing appointment -> repairs (general defensible).",
       GEN)),

    (tg_in("10-24 18:30", "6230118845", "Andrei", """
        Bună seara. Priza de lângă frigider face scântei când bag ceva în ea și miroase a ars. Am oprit siguranța.
    """),
     R("C300014", "repairs", "emergency", "socket|spark|burn",
       "Romanian: 'the socket next to the fridge sparks when I plug something in and smells burnt; I've switched "
       "off the fuse.' Linked Telegram id -> emergency electrical repair.")),

    (portal("10-26 10:10", {"customer_ref": "C300047", "email": "priya.chauhan@example.com", "name": "Priya Chauhan"},
            "Report a repair", """
        Form: Report a repair
        Room: Front bedroom
        Item: Window
        Description: Window won't shut properly any more - the top corner stands proud by about 1cm and there is a
        whistling draught all night. Mechanism feels stiff.
        Access: Tuesdays or Thursdays
    """),
     R("C300047", "repairs", None, "window|draught",
       "Portal repair form; window out of alignment -> repairs.")),

    (email_out("10-27 15:45", REPAIRS_BOX, "owen.pritchard@example.com", "Owen Pritchard", "Your repair appointment - cooker hood", """
        Dear Mr Pritchard,

        Thanks for your voicemail. An electrician will replace the cooker hood light and switch panel on
        Monday 2 November between 8am and 12pm. As you asked, we'll e-mail rather than call. If you need to
        change the slot just reply to this e-mail.

        Kind regards,
        Repairs Team
        Fairholme Homes
    """),
     R("C300040", "repairs", None, "cooker hood|appointment|electrician",
       "Outbound one-to-one e-mail booking a repair -> record; repairs.")),

    (call_out("10-28 12:00", "+447700900317", "Gas servicing", "completed", dur=33, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Agent: Hello, this is a message for Chloe Armitage from Fairholme gas servicing. Your annual gas safety
        check is now overdue and we must get into the property. Please ring us on 0113 496 0000 today to book.
    """),
     R("C300017", "repairs", None, "gas|safety|voicemail|message",
       "Outbound voicemail about an overdue gas safety check -> record; repairs.")),

    (wa_in("10-29 09:45", "447700900343", "Aisha", """
        Morning, sending you photos. The crack across my bedroom ceiling has got longer since last week, it goes
        from the light all the way to the window now and some of the paint is flaking off onto the bed
    """),
     R("C300043", "repairs", None, "crack|ceiling",
       "Known number; lengthening ceiling crack -> repairs (structural emergency defensible as it is spreading).",
       EMG)),

    (call_in("10-30 11:30", "+441632960322", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: Hello love, it's Joyce Ramsden, flat 1 Calder Court. My eyes aren't good, you know. The handle on my front door has gone all loose and floppy, I'm frightened it'll come off in my hand and I'll be stuck.
        Agent: Let's get that sorted, Mrs Ramsden. I'll book a joiner for tomorrow morning and ask them to ring before they come.
        Caller: Thank you, and please ring me, don't write.
    """, dur=120),
     R("C300022", "repairs", None, "handle|door",
       "Known landline; loose front door handle for a partially sighted tenant -> repairs; phone contact noted.")),

    (sms_in("11-02 08:40", "+447700900350", """
        Bath taps r stiff as anything, the hot one wont turn at all now. Also shower hose split. Jamie flat 16
    """),
     R("C300050", "repairs", None, "tap|shower|hose",
       "Known mobile; seized bath tap and split shower hose -> plumbing repair.")),

    (email_in("11-04 20:14", "a.wojcik@example.org", "Agnieszka Wójcik", "Re: Fan in bathroom", """
        Hello,

        The electrician came and changed the fan, thank you. But now it does not stop - it runs all night even
        when the light is off, very loud. Can he come back and check the timer?

        Agnieszka

        > On 8 Oct 2026, at 09:12, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        >
        > Dear Ms Wójcik, an electrician will attend on Monday 12 October to replace your bathroom extractor fan.
    """, to=REPAIRS_BOX, thread="thr-rep-6044"),
     R("C300006", "repairs", None, "fan|timer|extractor",
       "Known e-mail; follow-on fault after a fan replacement -> repairs.")),

    (letter("11-06 09:00", {"name": "Keith Barraclough"}, """
        6 Weavers Row, Bradford BD3 9PL

        Dear Repairs,

        The concrete step outside my back door has cracked right across and the front half rocks when you stand
        on it. I went over on it on Sunday and have hurt my ankle. I am 71. I would be grateful if it could be
        made safe soon before somebody breaks something.

        K. Barraclough
    """),
     R("C300042", "repairs", None, "step|crack",
       "Name + address -> C300042; unstable external step that has already caused a fall -> repairs (emergency "
       "defensible).", EMG)),

    (sms_in("11-09 07:05", "+447700900317", """
        boiler brokn agen. pressure dropped to 0 overnight. topped it up but its gone agen. no heating. chloe
    """),
     R("C300017", "repairs", None, "boiler|pressure|heating",
       "Known mobile, text-speak; boiler losing pressure, no heating, no vulnerability stated -> heating repair "
       "(emergency defensible).", EMG)),

    (visit("11-12 13:30", {"name": "Joiner (S. Varley)"}, cust("C300024"), "appointment", "attended", """
        Refitted loft hatch at 9 Beckside Mews with new lining and catch. Also eased sticking kitchen door while on
        site at tenant's request.
    """),
     R("C300024", "repairs", None, "loft hatch|hatch|door",
       "Operative attended -> record against the tenant visited (Ryan Doyle); repairs.")),
]

# ============================================================================================
# Damp and mould
# ============================================================================================
ITEMS += [
    (email_in("10-02 20:50", "stuart.mcallister@example.net", "Stuart McAllister", "Re: Direct debit change confirmed", """
        Cheers for sorting the direct debit.

        While I'm on - the bathroom ceiling above the shower has gone black in one corner and it's spreading
        along the edge towards the light. Wiped it with the spray from Wilko twice and it's back within days.
        There's no window in there and the fan barely pulls a tissue. Can someone come and have a look?

        Stuart
        Flat 6

        On Wed, 30 Sep 2026 at 11:02, Fairholme Income Team <rent@fairholmehomes.example.org> wrote:
        > Dear Mr McAllister,
        > Your direct debit will now be taken on the 28th of each month starting in October.
        > Kind regards, Income Team
    """, to=RENT_BOX, thread="thr-rent-6020"),
     R("C300021", "damp_mould", "damp_mould", "mould|bathroom|ceiling",
       "Known e-mail; the quoted history is a direct-debit confirmation but the new content reports recurring "
       "black mould and a weak extractor -> damp_mould (not rent).")),

    (sms_in("10-04 21:33", "+447700900328", """
        mould on the wall by the babys cot agen n its gone on the curtains. cn sum1 cum n look pls its makin her
        chesty. leanne
    """),
     R("C300028", "damp_mould", "damp_mould", "mould|cot|baby",
       "Known mobile, text-speak; mould beside a baby's cot with the baby chesty -> damp_mould.")),

    (wa_in("10-05 10:10", "447700900419", "Juliana", """
        Olá, tem bolor preto no quarto das crianças e a parede está sempre molhada. O meu filho tem asma. Moro no
        21 Weavers Row. Obrigada
    """),
     V("damp_mould", "damp_mould", "mould|wet|asthma",
       "Portuguese: 'there is black mould in the children's room and the wall is always wet; my son has asthma; "
       "I live at 21 Weavers Row.' Unknown number, address not in the directory -> review; damp_mould.")),

    (call_in("10-06 13:40", "+441144960355", """
        Agent: Fairholme Homes, Carl speaking.
        Caller: Hello, Christine Mellor, 2 Moorside Crescent. Every morning my bedroom windows are running with water and the sills are going black. I've been told to buy a dehumidifier but I can't afford to run one. Is there anything you can do?
        Agent: We can send a surveyor to look at the ventilation and whether you need trickle vents or a PIV unit. I'll book that in.
        Caller: Thank you, it's getting into the blinds now as well.
    """, to=SHEFF, dur=205),
     R("C300055", "damp_mould", "damp_mould", "condensation|mould|window",
       "Known landline; heavy condensation with mould on sills and blinds -> damp_mould.")),

    (visit("10-07 14:00", {"name": "Stock condition surveyor (B. Ndlovu)"}, cust("C300042"), "door_knock", "attended", """
        Stock condition survey at 6 Weavers Row. Tenant reported nothing but found tide-mark damp to the front
        room party wall up to 600mm and black mould behind the sofa. Likely bridged DPC from raised path outside.
        Damp job raised; tenant given ventilation leaflet.
    """),
     R("C300042", "damp_mould", "damp_mould", "damp|mould|wall",
       "Surveyor door knock found damp and mould the tenant hadn't reported; awareness starts the clock -> "
       "damp_mould.")),

    (visit("10-09 11:00", {"name": "Damp and mould officer (C. Haigh)"}, cust("C300050"), "appointment", "no_access", """
        Follow-up inspection after the mould wash at Flat 16 Ashgrove Court. No answer at 11:00 or 11:20. Rang
        mobile, straight to voicemail. Card left asking tenant to rebook.
    """),
     R("C300050", "damp_mould", "damp_mould", "access|no answer|card",
       "Damp follow-up visit, no access -> record; damp_mould case (hazard null defensible as unconfirmed).", NOHZ)),

    (call_out("10-12 10:45", "+447700900309", "Damp and mould team", "completed", dur=170, answered_by="human", transcript="""
        Agent: Hi Imran, it's Rachel from the damp and mould team. Checking in after the new extractor fan went in the bathroom. How has it been?
        Caller: Honestly much better, no mould since, and the window doesn't steam up.
        Agent: Brilliant. I'll close the case then, but ring us straight away if it comes back.
        Caller: Will do, thanks.
    """),
     R("C300009", "damp_mould", "damp_mould", "mould|extractor|fan",
       "Outbound follow-up call; the tenant confirms the mould has gone and the case is closed -> damp_mould "
       "(hazard null defensible now it is resolved).", NOHZ)),

    (tg_in("10-13 22:10", "6674421093", "Jade", """
        all my clothes at the back of the wardrobe have gone white and fuzzy and theres a mushroomy smell when u
        open it. wall behind is cold and wet. outside wall. help
    """),
     R("C300059", "damp_mould", "damp_mould", "mould|wardrobe|clothes",
       "Linked Telegram id; mould on clothes and a wet external wall -> damp_mould.")),

    (letter("10-14 09:00", {"name": "Office of Clive Brennan MP"}, """
        House of Commons, London SW1A 0AA

        Our ref: CB/2026/4418
        Re: Mr Hassan Warsame, Flat 8 Foundry Walk, Sheffield S3 8NW

        Dear Sir or Madam,

        My constituent has contacted me about persistent damp and black mould in the bedrooms of his home, which
        he says he first reported in the summer. He tells me his youngest child has been prescribed an inhaler.
        I should be grateful if you would look into this urgently and let me know what action you will take.

        Yours faithfully,
        Caseworker, on behalf of Clive Brennan MP
    """),
     R("C300033", "damp_mould", "damp_mould", "damp|mould|mp",
       "MP's office acting for a named tenant with address -> C300033 (review defensible); live damp and mould with "
       "a child's health affected -> damp_mould (complaint defensible).", {**REVOK, **CMP})),

    (fb_in("10-15 16:45", "fb:100090600102", "Ahmed Farouk", """
        Please help, the mould in my kids room is very bad now, black on the ceiling and the corner. Nobody answer
        the phone
    """),
     V("damp_mould", "damp_mould", "mould|ceiling",
       "Facebook display name matching a customer, no address -> review (record against C300056 defensible); "
       "mould in children's room -> damp_mould.", ALT("C300056"))),

    (chat("10-16 09:30", {"email": "lucy.fairweather@example.net", "name": "Lucy"}, """
        Visitor: hi, is it true you lend out dehumidifiers? I've got damp coming up the wall in the back room
        Agent (Jo): Hi Lucy, we can, but first I'd like a surveyor to see the damp. Is there any mould?
        Visitor: little black spots along the skirting and the wallpaper's lifting
        Agent (Jo): OK, I've booked a damp inspection and noted your dehumidifier request.
    """),
     R("C300053", "damp_mould", "damp_mould", "damp|dehumidifier|mould",
       "Webchat with the customer's e-mail; rising damp and mould spots -> damp_mould.")),

    (wa_in("10-16 18:20", "447700900318", "Mohammed", """
        السلام عليكم، العفن الأسود رجع على جدار غرفة النوم وابني عنده ربو وصار يسعل كل ليلة. محمد الرشيد
    """),
     R("C300018", "damp_mould", "damp_mould", "mould|asthma|bedroom",
       "Arabic: 'the black mould has come back on the bedroom wall and my son has asthma and coughs every night.' "
       "Known number -> damp_mould.")),

    (sms_in("10-19 08:08", "+447700900310", """
        Derbiga qolka jiifka waa qoyan yahay, caaryo madow ayaa ka soo baxday. Hodan flat 12
    """),
     R("C300010", "damp_mould", "damp_mould", "mould|damp|wall",
       "Somali: 'the bedroom wall is damp, black mould has come out. Hodan flat 12.' Known mobile -> damp_mould.")),

    (email_in("10-20 14:05", "hv.team@wakefield-health.example.org", "Wakefield Health Visiting Team", "Supporting letter - Ms T Holt, Flat 9 Calder Court", """
        Dear Fairholme Homes,

        I am writing at Ms Tracey Holt's request and with her consent. I visit her six-month-old son, who has had
        three chest infections since August. During my visits I have seen extensive black mould on the bedroom
        walls and around the window where the cot is. I would ask that this is treated as a priority.

        Health Visitor
        Wakefield Health Visiting Team
    """),
     R("C300057", "damp_mould", "damp_mould", "mould|chest|baby",
       "Health visitor writing at the tenant's request for a named tenant with address -> acting for her -> record "
       "C300057 (review defensible); mould affecting an infant -> damp_mould.", REVOK)),

    (call_in("10-21 17:35", "+447700900323", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hi, Sophie Lambert, 9 Beckside. We had that leak from the bathroom back in August and the ceiling underneath never really dried out. Now there's a big grey patch of mould on the kitchen ceiling where it was wet.
        Agent: Is it still damp to the touch?
        Caller: It's soft in the middle.
        Agent: I'll book a surveyor to check for an ongoing leak and the mould.
    """, dur=162),
     R("C300023", "damp_mould", "damp_mould", "mould|ceiling|leak",
       "Known mobile (Sophie's own); mould where an old leak left the ceiling damp -> damp_mould (repairs "
       "defensible).", REP)),

    (ig_in("10-22 23:02", "@sammii.b", "Sam", """
        is it normal for a new flat to have mould on the window frames already?? moved in 6 weeks ago
    """),
     V("damp_mould", "damp_mould", "mould|window",
       "Instagram handle with a first name only -> review; mould on window frames -> damp_mould.")),

    (portal("10-26 19:15", {"customer_ref": "C300035", "name": "Dean Sykes"}, "Damp and mould", """
        Form: Report damp or mould
        Where: Living room outside wall, bathroom ceiling
        How long: since September
        Anyone in the household with health conditions: yes - COPD
        Description: dark patches spreading on living room wall behind TV, bathroom ceiling black round the fan.
        Smells musty.
    """),
     R("C300035", "damp_mould", "damp_mould", "mould|damp|copd",
       "Portal damp form with customer ref; tenant with COPD -> damp_mould.")),

    (sms_in("11-03 12:20", "+447700900331", """
        the mould guy never came tues. bedroom walls r wet through n my daughter's stopped sleeping in there.
        Nathan 31 thornhill
    """),
     R("C300031", "damp_mould", "damp_mould", "mould|wet|bedroom",
       "Known mobile; chasing a missed mould inspection with wet walls -> damp_mould (complaint defensible).", CMP)),
]

# ============================================================================================
# Rent: arrears, arrangements, Universal Credit, direct debits, service charges, statements
# ============================================================================================
ITEMS += [
    (sms_in("10-01 18:30", "+447700900335", """
        can i pay an extra £20 a month off what i owe from december? cant do more til xmas is out the way. dean
    """),
     R("C300035", "rent", None, "arrears|owe|£20",
       "Known mobile; offering an arrears repayment amount -> rent.")),

    (email_in("10-02 10:48", "sam.osei@example.net", "Sam Osei", "RE: Gutter repair - job 88314", """
        Hi,

        Gutter's fine now, thanks. Different thing - my Universal Credit statement this month shows £0 for the
        housing element. I phoned them and they say you haven't confirmed my rent since the increase. Can you
        do that on the landlord portal please? Otherwise I'm going to be short.

        Sam Osei
        Flat 4 Ashgrove Court

        -----Original Message-----
        From: Fairholme Repairs <repairs@fairholmehomes.example.org>
        Sent: 24 September 2026 08:31
        To: Sam Osei <sam.osei@example.net>
        Subject: Gutter repair - job 88314

        Dear Mr Osei,

        Our roofer will clear and re-seal the gutter above your kitchen window on Friday 25 September.

        Repairs Team
    """, to=REPAIRS_BOX, thread="thr-rep-6031"),
     R("C300007", "rent", None, "universal credit|housing element",
       "Known e-mail; sent to the repairs box as a reply to a gutter job, but the new content is about the UC "
       "housing element needing rent verification -> rent (repairs only in quoted history).")),

    (call_in("10-05 11:20", U6(2), """
        Agent: Fairholme Homes, Asif speaking.
        Caller: Hello, my name's Debbie, I'm a money adviser at Leeds Citizens Advice. I'm with your tenant Jamie Rowntree, Flat 16 Ashgrove Court, he's here with me and happy for me to speak for him.
        Agent: Can Jamie confirm that? ... Thank you Jamie.
        Caller: His Universal Credit has been sanctioned for four weeks so he's behind. We'd like to ask for the housing element to go straight to you as an alternative payment arrangement, and a £5 a week plan for the arrears.
        Agent: I'll request the APA from DWP today and set up the £5 plan.
    """, dur=360),
     R("C300050", "rent", None, "universal credit|arrears|alternative payment|apa",
       "Adviser calling from an unknown number, acting for a named tenant (present, consent given) with address -> "
       "C300050 (review defensible); UC sanction, APA and arrears plan -> rent.", REVOK)),

    (wa_in("10-06 09:25", "447700900332", "Zofia", """
        Dzień dobry, chciałabym płacić czynsz przez polecenie zapłaty zamiast co tydzień w sklepie. Jak to
        ustawić? Zofia Kamińska, mieszkanie 5
    """),
     R("C300032", "rent", None, "direct debit|rent",
       "Polish: 'I'd like to pay rent by direct debit instead of every week at the shop; how do I set it up?' "
       "Known number -> rent.")),

    (call_out("10-07 14:10", "+447700900319", "Income team", "completed", dur=260, answered_by="human", transcript="""
        Agent: Hi Gary, it's Shona from the income team. I'm ringing about the rent account, it's £412 behind now.
        Caller: Yeah I know, I've been off sick and on statutory sick pay. I'm back at work on the 19th.
        Agent: OK. Could you manage £15 a week on top of the rent from when you're back?
        Caller: Yeah, that's doable.
        Agent: I'll put that in writing and send you a Discretionary Housing Payment form to help with the gap.
    """),
     R("C300019", "rent", None, "arrears|£15|plan|arrangement",
       "Outbound income call, answered; arrears arrangement and DHP form -> rent.")),

    (call_out("10-08 09:50", "+447700900328", "Income team", "completed", dur=29, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Agent: Hi Leanne, it's Shona at Fairholme. Just a quick call about the payment that was due Monday,
        nothing to worry about, but can you give me a ring back on 0113 496 0000? Thanks.
    """),
     R("C300028", "rent", None, "voicemail|payment|message",
       "Outbound voicemail from the income team about a missed payment -> record; rent.")),

    (call_out("10-08 09:55", "+447700900359", "Income team", "no-answer"),
     R("C300059", "rent", None, ATTEMPT,
       "Attempted outbound call from the income team, no answer -> record against the callee; any category.", ANY)),

    (letter("10-09 09:00", {"name": "H. Birkett"}, """
        3 Thornhill Gardens
        Leeds LS12 5EW

        Dear Sirs,

        I see from my new rent letter that there is a charge of £3.10 a week for "communal cleaning". I live in a
        house with my own front door and there is nothing communal to clean. I think this must be a mistake and
        I would like it taken off and refunded.

        Yours faithfully,
        Harold Birkett
    """),
     R("C300045", "rent", None, "service charge|cleaning|charge",
       "Name + address -> C300045; disputing a service charge on the rent -> rent (complaint defensible).", CMP)),

    (email_in("10-12 18:20", "owen.pritchard@example.com", "Owen Pritchard", "RE: Car park permits - Calder Court", """
        Hi Nadia,

        Thanks for the permit info, I'll wait for the letter.

        Can I also ask about the service charge? My annual statement says £9.85 a week for 'lift maintenance
        and door entry' but the lift was out for 6 weeks in the summer. Is there any adjustment for that, and
        could I get a breakdown of how the figure is worked out?

        Thanks
        Owen

        ________________________________
        From: Nadia Hussain (Estate Services)
        Sent: 09 October 2026 10:15
        To: Owen Pritchard
        Subject: Car park permits - Calder Court

        Hi Owen, permits will be issued to residents in November. Each flat will receive one permit by post.
    """, thread="thr-est-6040"),
     R("C300040", "rent", None, "service charge|breakdown|lift",
       "Known e-mail; quoted history is about parking permits (estate), the new question is a service-charge "
       "breakdown and adjustment -> rent (complaint defensible).", CMP)),

    (tg_in("10-13 12:40", "7781200943", "Stuart", """
        paid 2 weeks rent by bank transfer just now, ref T-007122. can u confirm you've got it please
    """),
     R("C300021", "rent", None, "rent|paid|transfer",
       "Linked Telegram id; confirming receipt of a rent payment -> rent.")),

    (chat("10-13 15:55", {"name": "Ayo"}, """
        Visitor: hi I just moved in last week, how do I get a payment card or reference to pay my rent?
        Agent (Mo): Welcome! Your payment reference is your tenancy number. What's your address please?
        Visitor: I'll check the paperwork and come back, I'm at work
    """),
     V("rent", None, "payment|rent|reference",
       "Webchat first name only; new tenant not identifiable -> review; how to pay rent -> rent.")),

    (fb_in("10-14 07:55", "fb:100090600103", "Nathan Pearce", """
        Is the rent payment page down? Keeps saying session expired when I put my card in
    """),
     V("rent", None, "rent|payment|card",
       "Facebook display name matching a customer, no address -> review (record against C300031 defensible); rent "
       "payment website problem -> rent.", ALT("C300031"))),

    (ig_in("10-14 20:15", "@sandra_ok", "Sandra Okonkwo", """
        Hi, Sandra Okonkwo T-007149. My direct debit bounced this month because my bank changed my account
        number. Can I pay by card and set up the new one?
    """),
     R("C300049", "rent", None, "direct debit|card",
       "Instagram name + tenancy ref -> C300049 (review defensible); failed direct debit and new mandate -> rent.",
       REVOK)),

    (sms_in("10-15 08:30", "+447700900307", """
        Paid the £34 shortfall this morning. Also sorry to be a pain but the black mould is back round the
        bathroom window again. Sam
    """),
     R("C300007", "rent", "damp_mould", "paid|shortfall, mould",
       "Known mobile; mainly a rent payment, but live mould is mentioned in passing, which starts the Awaab's Law "
       "clock -> rent with hazard damp_mould (damp_mould category and null hazard defensible).",
       {"category": ["damp_mould"], "hazard": [None]})),

    (email_in("10-16 11:11", "grace.adeyemi@example.com", "Grace Adeyemi", "Rent statement", """
        Hello,

        The mould in the kids' room has completely gone since your team treated it and put the new vent in - so
        thank you. Separate thing: please could you email me a rent statement for the last 12 months? I'm
        applying for a childcare grant.

        Grace
    """, to=RENT_BOX),
     R("C300036", "rent", None, "statement|rent",
       "Known e-mail; the mould is reported as fixed, so no live hazard; the ask is a rent statement -> rent, "
       "hazard null.", GEN)),

    (visit("10-16 12:15", cust("C300057"), WAKEFIELD_OFFICE, "walk_in", "attended", """
        Ms Holt brought in her Universal Credit award letter showing the housing element was backdated to August.
        Copied for the file. Expected payment to clear most of the £520 arrears; agreed to review after it lands.
    """, direction="inbound"),
     R("C300057", "rent", None, "universal credit|arrears|backdat",
       "Walk-in at the Wakefield office -> record; UC backdating and arrears -> rent.")),

    (visit("10-19 17:30", {"name": "Income officer (S. Kaur)"}, cust("C300048"), "door_knock", "no_access", """
        Arrears door knock at 33 Moorside Crescent (balance £688, no contact for 6 weeks). No answer. Letter
        left through the door asking Mr Walsh to ring within 7 days to avoid a notice.
    """),
     R("C300048", "rent", None, "arrears|no answer|letter",
       "Income officer door knock, no access -> record; arrears -> rent.")),

    (email_in("10-20 09:40", "apa.team@dwp-uc.example.org", "Universal Credit Service Centre", "Alternative Payment Arrangement - Mr Bogdan Ionescu", """
        Dear Landlord,

        We have set up an Alternative Payment Arrangement for your tenant Mr Bogdan Ionescu, 19 Beckside Mews,
        Bradford BD4 7HA. The housing costs element of £436.80 will be paid to you directly each assessment
        period from 5 November. A deduction of £26.10 towards arrears will also be paid.

        Universal Credit Service Centre
        This is a secure message. Do not reply to this address.
    """, to=RENT_BOX),
     R("C300052", "rent", None, "universal credit|alternative payment|housing costs",
       "DWP notice about a named tenant with address -> C300052 (review defensible); APA for UC housing costs -> rent.",
       REVOK)),

    (sms_in("10-21 13:13", "+447700900303", """
        whats my balance pls, think im in credit now
    """),
     R("C300003", "rent", None, "balance|credit",
       "Known mobile; rent account balance query -> rent.")),

    (wa_in("10-22 20:02", "447700900356", "Ahmed", """
        مرحبا، سأدفع الإيجار يوم الجمعة عندما أستلم راتبي، آسف على التأخير. أحمد فاروق
    """),
     R("C300056", "rent", None, "rent|friday|pay",
       "Arabic: 'I'll pay the rent on Friday when I get my wages, sorry for the delay.' Known number -> rent.")),

    (wa_in("10-23 16:45", "447700900309", "Imran", """
        Salam, meri tankhwah is mahine late hai. Kya main rent do hafte baad de sakta hoon? Pehle kabhi late nahi
        kiya. Imran flat 9
    """),
     R("C300009", "rent", None, "rent|late|two weeks",
       "Urdu in Roman script: 'my salary is late this month; can I pay the rent two weeks later? I've never been "
       "late before.' Known number -> rent.")),

    (wa_in("10-26 11:35", "447700900325", "Ioana", """
        Bună ziua, am primit o scrisoare că am datorie de 45 de lire, dar eu am plătit tot. Vă trimit extrasul de
        cont. Ioana Marin
    """),
     R("C300025", "rent", None, "debt|arrears|paid|£45",
       "Romanian: 'I got a letter saying I owe £45 but I've paid everything; I'll send my bank statement.' Known "
       "number -> disputed arrears -> rent.")),

    (wa_in("10-27 13:00", U6(3)[1:], "Rafael", """
        Boa tarde, sou novo inquilino no apartamento 17 Ashgrove Court. Como posso pagar a renda? Não recebi
        nenhuma carta.
    """),
     V("rent", None, "rent|pay",
       "Portuguese: 'good afternoon, I'm a new tenant at flat 17 Ashgrove Court; how can I pay the rent? I haven't "
       "received any letter.' Unknown number, flat not in the directory -> review; rent.")),

    (call_in("10-28 09:30", "+441134960314", """
        Agent: Fairholme Homes, Emma speaking.
        Caller: Morning, Darren Whitaker, 23 Hollin Park. We got the letter about the rent going up in April. It says the new charge but not whether that includes the water rates. Does it?
        Agent: It doesn't, your water is billed by Yorkshire Water directly. The £118.20 is rent plus the service charge.
        Caller: Right, that makes sense. Cheers.
    """, dur=112),
     R("C300005", "rent", None, "rent|increase|letter",
       "Shared Whitaker landline, caller names himself (Darren) -> C300005; rent increase query -> rent.")),

    (call_in("10-28 17:10", "+441134960357", """
        Agent: Fairholme Homes, Sam speaking.
        Caller: Hello, I want to pay rent, two months. By card.
        Agent: Of course. Can I take the name on the account?
        Caller: [line drops]
    """, dur=31),
     V("rent", None, "rent|pay|card",
       "Shared Nowak landline and the caller never gives a name -> review (either Nowak defensible); rent "
       "payment -> rent.", ALT("C300037", "C300038"))),

    (email_in("10-29 21:45", "rebecca.thornton@example.org", "Rebecca Thornton", "Re: Your ASB case update", """
        Hi Kim,

        Thank you, I'll keep the diary going.

        Completely separate question - when the rent goes up, does my direct debit change automatically or do I
        need to fill in a new form? I'm paying £104.75 fortnightly at the moment.

        Rebecca

        On Mon, 26 Oct 2026 at 15:20, Kim Allott <asb@fairholmehomes.example.org> wrote:
        > Dear Rebecca,
        > We have now interviewed the household at flat 14 about the noise and issued a written warning.
        > Please continue to record any incidents in your diary sheets.
        > Kim Allott, ASB Officer
    """, to=ASB_BOX, thread="thr-asb-6019"),
     R("C300034", "rent", None, "direct debit|rent",
       "Known e-mail; a reply in an ASB thread, but the new content is a direct-debit question and the ASB detail "
       "sits only in the quoted history -> rent, not sensitive (asb/sensitive defensible given the thread).",
       {"category": ["asb"], "sensitive": [True]})),

    (email_out("10-30 10:20", RENT_BOX, "beth.cole@example.com", "Bethany Cole", "Direct debit set up", """
        Dear Ms Walker,

        Thank you for completing the mandate. Your direct debit of £467.34 will be taken on the 1st of each
        month starting 1 December. The first collection will also include £12.00 towards the small balance
        owing.

        Kind regards,
        Income Team, Fairholme Homes
    """),
     R("C300020", "rent", None, "direct debit",
       "Outbound one-to-one e-mail confirming a direct debit -> rent.")),

    (sms_out("11-02 11:15", "+447700900353", """
        Hi Lucy, Ravi from Fairholme income team. Your £10 arrangement payment didn't come through last week.
        Everything ok? Give me a text back when you can.
    """, sender="Ravi (Income team)"),
     R("C300053", "rent", None, "arrangement|payment|missed",
       "Outbound one-to-one text from an income officer about a missed arrangement payment -> record; rent.")),

    (sms_out("11-02 07:00", "+447700900317", """
        Fairholme Homes: Your rent of £96.40 is due on Mon 2 Nov. Pay online at fairholmehomes.example.org/pay or
        call 0113 496 0000. Ignore if already paid.
    """),
     I("Automated per-customer rent-due reminder -> ignore (recording against C300017 defensible).",
       REC("C300017", "rent"))),

    (letter("11-04 09:00", {"name": "Shelter Yorkshire"}, """
        Shelter Yorkshire, Housing Advice Service

        Re: Ms Natalia Rusu, Flat 15 Calder Court, Wakefield WF1 3DX

        Dear Income Team,

        We act for Ms Rusu, whose signed authority is enclosed. She has received a notice seeking possession for
        arrears of £640. We understand these arose when her Universal Credit housing element stopped after a
        change of job, which has now been reinstated. We ask that you withdraw the notice while the backdated
        payment is processed.

        Housing Adviser
    """),
     R("C300041", "rent", None, "arrears|possession|universal credit",
       "Adviser acting for a named tenant with address -> C300041 (review defensible); NOSP for arrears -> rent.",
       REVOK)),

    (sms_in("11-05 15:40", "+447700900357", """
        WHY HAVE YOU TAKEN TWO PAYMENTS OUT OF MY ACCOUNT THIS MONTH. I NOW HAVE £3 TO LAST ME TILL FRIDAY. I
        WANT IT BACK TODAY
    """),
     R("C300057", "rent", None, "payment|twice|refund|taken",
       "Known mobile, all caps; double direct-debit collection and refund demand -> rent (complaint defensible).", CMP)),

    (sms_in("11-06 10:10", "+447700900350", """
        uc paid 2day shud b wiv u by fri. sorry its l8 agen
    """),
     R("C300050", "rent", None, "universal credit|uc|paid|rent",
       "Known mobile, text-speak; Universal Credit paid, rent to follow -> rent.")),

    (email_in("11-10 16:30", "kev.d.2019@example.com", "Kevin D", "Letter from debt collectors", """
        Hello,

        I left 22 Beckside Mews back in March 2024 and today I got a letter from a debt collection agency saying
        I owe Fairholme £1,120 in former tenant arrears. I handed my keys in and was told everything was settled.
        Can someone explain what this is for?

        Kevin
    """),
     V("rent", None, "former tenant|arrears|debt",
       "Unknown e-mail, a former tenant not in the directory -> review; former-tenant arrears -> rent.")),
]

# ============================================================================================
# Anti-social behaviour (always sensitive), anonymous reporters
# ============================================================================================
ITEMS += [
    (sms_in("10-02 16:20", "+447700900303", """
        next doors dog went for my son on the path this afternoon, ripped his coat. its not the first time. they
        just laughed. kelly 15 hollin pk
    """),
     R("C300003", "asb", None, "dog|son|attack",
       "Known mobile; neighbour's aggressive dog attacking a child -> asb.")),

    (call_in("10-04 14:50", "+447700900354", """
        Agent: Fairholme Homes, Ola speaking. I have a Somali interpreter on the line.
        Interpreter: He says he is Abdirahman Yusuf, flat 3 Foundry Walk. The flat above plays very loud music and drops heavy things on the floor from midnight until four most nights. His children cannot sleep and are tired at school.
        Agent: How long has it been going on?
        Interpreter: Since about August. He has knocked once and the man shouted at him.
        Agent: I'll open a noise case and send diary sheets in Somali.
    """, dur=415),
     R("C300054", "asb", None, "noise|music|night",
       "Known mobile, interpreter-assisted call; persistent night-time noise from a neighbour -> asb.")),

    (wa_in("10-05 23:55", "447700900420", None, """
        Cîranê me yê qata jor her şev heta sibê muzîkê bi deng lê dixe û qîrîn dike. Zarokên min nikarin razên.
        Calder Court
    """),
     V("asb", None, "noise|music|neighbour",
       "Kurdish (Kurmanji): 'our upstairs neighbour plays loud music and shouts every night until morning; my "
       "children can't sleep. Calder Court.' Unknown number, no name or flat -> review; asb.")),

    (email_in("10-07 07:50", "owen.pritchard@example.com", "Owen Pritchard", "Stairwell - please keep my name out of it", """
        Hi,

        I'd rather this wasn't linked to me as I have to walk past these people every day. There were two foil
        wraps and a burnt spoon on the second-floor landing at Calder Court again this morning and the stairwell
        reeks of weed most nights. Someone's propping the fire door so people can get in from outside.

        Thanks
    """, to=ASB_BOX, anon=True),
     A("asb", None, "drug|foil|stairwell",
       "Known e-mail but the sender asks not to be linked and the event is flagged anonymous -> anonymous; drug "
       "use in a stairwell -> asb.")),

    (chat("10-08 21:30", {"name": "Anonymous"}, """
        Form: Report ASB (anonymous)
        Visitor: Every night around 11 there's a group revving mopeds round the car park at Moorside Crescent and doing wheelies past the bungalows. An older lady nearly got hit last week.
        Agent (Night team): Thanks for letting us know. We'll pass this to the ASB team and the neighbourhood police.
    """, anon=True),
     A("asb", None, "moped|car park",
       "Anonymous webchat form; nuisance mopeds -> asb.")),

    (visit("10-09 14:30", {"name": "ASB officer (K. Dunn)"}, cust("C300035"), "door_knock", "attended", """
        Visited Mr Sykes at Flat 14 Foundry Walk following three reports of shouting and door slamming late at
        night. He accepted there had been parties after his birthday and agreed to keep noise down after 11pm.
        Verbal warning given and recorded; explained tenancy conditions.
    """),
     R("C300035", "asb", None, "warning|noise|party",
       "ASB officer visit with the alleged perpetrator, attended -> record against the person visited; asb.")),

    (call_out("10-12 15:40", "+447700900348", "ASB team", "completed", dur=188, answered_by="human", transcript="""
        Agent: Hi Connor, it's Kim from the ASB team about the camera next door.
        Caller: Go on.
        Agent: We visited and he's agreed to angle it away from your garden and your daughter's window. He's been told it's a breach if he films your property.
        Caller: Good. I'll check it tonight and let you know.
    """),
     R("C300048", "asb", None, "camera|cctv",
       "Outbound ASB case update about a neighbour's camera -> record; asb.")),

    (letter("10-13 09:00", {"name": "Christine Mellor"}, """
        2 Moorside Crescent, Sheffield S6 4RB

        Dear Sir/Madam,

        I am writing about the youths who gather in the bus shelter at the end of the crescent every evening.
        They have started throwing bottles into my garden and one smashed against my kitchen window on Saturday.
        I am 74 and live on my own and I am now nervous to go out after dark.

        Yours faithfully,
        C. Mellor (Mrs)
    """),
     R("C300055", "asb", None, "youths|bottles|window",
       "Name + address -> C300055; youths throwing bottles at an older tenant's home -> asb.")),

    (fb_in("10-14 22:40", "fb:100090600104", "Foundry Walk resident", """
        Don't want my name on this. People are smoking weed on the stairs at Foundry Walk every night and leaving
        the cans and nitrous canisters everywhere. Kids walk through it in the morning.
    """, anon=True),
     A("asb", None, "weed|cannabis|stairs|canister",
       "Facebook message flagged anonymous; drug use in a stairwell -> anonymous, asb.")),

    (tg_in("10-15 19:10", "4409987612", "Kwame", """
        The people at 20 keep letting their visitors park across my drive. When I asked one to move tonight he
        got out, squared up to me and called me a monkey. I've got it on my doorbell camera.
    """),
     R("C300029", "asb", None, "racist|abuse|drive|parking",
       "Linked Telegram id; racially abusive intimidation by a neighbour's visitor -> asb.")),

    (sms_in("10-16 20:45", U6(4), """
        kids chucking fireworks at the windows of the flats at ashgrove court rite now. one went in thru someones
        letterbox
    """),
     V("asb", None, "firework",
       "Unknown mobile, no name -> review; fireworks thrown at flats -> asb (emergency defensible as a live fire "
       "risk).", EMG)),

    (email_in("10-19 12:05", "sophie.lambert@example.org", "Sophie Lambert", "Re: Your repair - back door lock", """
        Hi,

        The lock is fine now, thanks.

        I need to report something else though. Since the new people moved into number 11, their teenage son
        and his mates have been kicking a football against our back wall for hours and when I asked them to
        stop they told me to f*** off and threw the ball at my window. Ryan's on nights and can't sleep.

        Sophie

        > From: Fairholme Repairs
        > Sent: 12 October 2026 09:40
        > Subject: Your repair - back door lock
        > A locksmith will attend on Wednesday 14 October, AM slot.
    """, to=REPAIRS_BOX, thread="thr-rep-6058"),
     R("C300023", "asb", None, "teenage|football|abuse",
       "Known e-mail (Sophie's own); quoted history is a lock repair, new content reports neighbour youths' abuse "
       "-> asb.")),

    (wa_in("10-20 22:15", "447700900343", "Aisha", """
        Salaam, the van man at 25 was shouting at my kids again today calling them names. Please please don't tell
        him I told you, he knows where we live and I'm scared of what he'll do.
    """),
     A("asb", None, "shouting|kids|neighbour",
       "Known number, not flagged, but the sender explicitly asks not to be identified to the neighbour -> "
       "anonymous (record against C300043 defensible); harassment -> asb.",
       {"action": ["record"], "customer_ref": ["C300043"]})),

    (call_in("10-22 02:10", "+447700900344", """
        Agent: Fairholme out of hours, Craig.
        Caller: Hi, it's Megan Lister, 4 Beckside Mews. The bloke from number 2 is drunk and he's kicking my front door and shouting that I grassed on him. I've rung the police, they're on their way, but I'm on my own.
        Agent: Stay inside with the door locked, Megan. I'll log this for the ASB team first thing and check the door for damage.
    """, to=OOH, dur=132),
     R("C300044", "asb", None, "drunk|door|police",
       "Known mobile; neighbour kicking the door at night, police called -> asb (emergency and safeguarding "
       "defensible).", {"hazard": ["emergency"], "category": ["safeguarding"]})),

    (email_in("10-23 10:00", "cllr.t.haworth@bradford-council.example.org",
              "Cllr Tom Haworth", "Mrs Patricia Lumb, 3 Weavers Row", """
        Dear ASB Team,

        I'm writing on behalf of my constituent Mrs Patricia Lumb, 3 Weavers Row, BD3 9PL, who is hard of
        hearing and has asked me to contact you. She tells me the dogs next door at number 5 continue to be left
        out all day, the fouling has not been cleared and she is frightened to use her garden. She would like a
        written update on what action is being taken.

        Cllr Tom Haworth
        Bowling and Barkerend Ward
    """, to=ASB_BOX),
     R("C300016", "asb", None, "dog|fouling|garden",
       "Councillor acting for a named tenant with address -> C300016 (review defensible); ongoing dog nuisance "
       "-> asb.", REVOK)),

    (tg_in("10-26 23:30", "5301177720", "Tomasz", """
        Sąsiedzi spod 38 znowu całą noc trzaskają drzwiami, krzyczą i puszczają muzykę. To już trzeci weekend.
        Mama nie może spać.
    """),
     R("C300038", "asb", None, "noise|neighbour|music",
       "Polish: 'the neighbours at 38 were slamming doors, shouting and playing music all night again; third "
       "weekend; my mum can't sleep.' Linked Telegram id (Tomasz) -> asb.")),

    (visit("10-28 10:30", {"name": "ASB officer (M. Qureshi)"}, cust("C300056"), "appointment", "no_access", """
        Appointment to take a statement from Mr Farouk about the harassment reported on 20/10. No answer, Arabic
        interpreter waited 15 minutes. Card left; will ring with interpreter to rebook.
    """),
     R("C300056", "asb", None, "statement|no answer|card|harassment",
       "ASB officer appointment with no access -> record; asb.")),

    (ig_in("10-30 21:05", "@weaversrow_watch", "Weavers Row Watch", """
        Another night of cars doing doughnuts on the green at Weavers Row. @fairholmehomes when are you putting
        the bollards back? #weaversrow #bradford
    """),
     I("Public social post with hashtags from a community account, not a one-to-one request -> ignore (review as "
       "asb/estate defensible).", {"action": ["review"], "category": ["asb", "estate"], "sensitive": [True]})),
]

# ============================================================================================
# Safeguarding (always sensitive)
# ============================================================================================
ITEMS += [
    (email_in("10-01 14:25", "j.burrows@carersfirst.example.org", "Julie Burrows", "Lorraine Kettlewell - access to flat", """
        Hello,

        I am Lorraine Kettlewell's support worker. Lorraine (Flat 7, Ashgrove Court) has asked me to let you know
        that she fell in her hallway on Tuesday and was on the floor for three hours before a neighbour heard her.
        She is home again but we would like a key safe fitted and an assessment for a pendant alarm. She is happy
        for me to be the contact on this.

        Julie Burrows
        Support Worker, Carers First
    """, to=SAFEGUARDING_BOX),
     R("C300008", "safeguarding", None, "fall|key safe|alarm",
       "Support worker acting for a named tenant with address -> C300008 (review defensible); a disabled tenant lay "
       "on the floor for hours; key safe and alarm -> safeguarding (repairs defensible).",
       {**REVOK, **REP, "sensitive": [False]})),

    (wa_in("10-03 21:40", "447700900333", "Hassan", """
        Salaan. Carruurta deriskayga flat 11 habeen walba keligood ayay joogaan, hooyadood ma joogto. Yar yihiin,
        mid 4 jir ah. Waan ka welwelsanahay.
    """),
     R("C300033", "safeguarding", None, "child|alone|neighbour",
       "Somali: 'my neighbour's children in flat 11 are alone every night, their mother isn't there; they're small, "
       "one is 4; I'm worried.' Known number, no anonymity asked -> record against the reporter; safeguarding.")),

    (email_in("10-05 16:00", "pcso.5521@westyorks-police.example.org", "PCSO 5521 Hartley", "Concern - Flat 16 Ashgrove Court", """
        Good afternoon,

        During patrols we have noticed a large number of short visits to Flat 16 Ashgrove Court and information
        suggests the tenant may be being exploited by an organised group using the flat to deal (cuckooing).
        The tenant is believed to be vulnerable. We would like to arrange a joint visit with your housing officer.

        PCSO 5521 Hartley
        Leeds North East Neighbourhood Policing Team
    """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "cuckoo|exploit|joint visit",
       "Police raising a concern about a household (Flat 16 Ashgrove = C300050) -> review, record accepted; "
       "suspected cuckooing of a vulnerable tenant -> safeguarding (asb defensible).",
       {**ALT("C300050"), "category": ["asb"]})),

    (sms_in("10-06 19:05", U6(5), """
        my sister lives at 10 thornhill gardens. her bloke hits her, i saw the bruises sunday. she wont ring you
        herself shes too scared. please dont say i told u
    """),
     V("safeguarding", None, "domestic|abuse|sister",
       "Unknown mobile, a relative worried about a tenant (10 Thornhill = C300028) who won't come forward -> review "
       "(record against C300028 defensible); suspected domestic abuse -> safeguarding.", ALT("C300028"))),

    (visit("10-07 15:00", {"name": "Housing officer (J. Cartwright)"}, cust("C300045"), "door_knock", "no_access", """
        Welfare check requested by neighbour (no answer to his phone since Sunday). No answer at 3 Thornhill
        Gardens, milk on step, lights on. Neighbour has no key. Called police for a concern-for-welfare entry.
    """),
     R("C300045", "safeguarding", "emergency", "welfare|no answer|police",
       "Welfare door knock, no access, police called for entry -> record against the tenant; safeguarding with a "
       "possible immediate risk to life (null defensible).", NOHZ)),

    (call_in("10-08 17:55", "+447700900304", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, it's Karen Whitaker. This is hard to say. My 15-year-old keeps going missing overnight and coming back with new trainers and two phones, and there's men in a car waiting for him at the end of the road. The police have been involved once.
        Agent: Thank you for telling us, Karen. I'll pass this to our safeguarding lead today, who can link in with children's services and the police.
        Caller: Please don't send letters about it, his dad doesn't know yet.
    """, dur=300),
     R("C300004", "safeguarding", None, "exploitation|missing|son",
       "Known mobile (Karen's own); possible criminal exploitation of her teenage son -> safeguarding.")),

    (chat("10-09 13:10", {"name": "Anonymous"}, """
        Visitor: I'd rather not give my name. There's an old man in one of the bungalows on Moorside Crescent and a younger bloke has moved in with him. He's had his bank card taken off him and he told me he's not allowed out on his own any more.
        Agent (Jo): Thank you. You don't need to give your name. Do you know which bungalow?
        Visitor: second one past the shop
        Agent (Jo): I'll pass this to our safeguarding team straight away.
    """, anon=True),
     A("safeguarding", None, "financial|bank card|older",
       "Anonymous webchat; possible financial abuse and control of an older man -> safeguarding.")),

    (email_in("10-12 11:30", "discharge.team@pinderfields-hosp.example.org", "Discharge Co-ordinator", "Discharge planning - Mrs Joyce Ramsden", """
        Dear Fairholme,

        Mrs Joyce Ramsden, Flat 1 Calder Court, WF1 3DX, is medically fit for discharge later this week. She lives
        alone and is partially sighted. She has asked us to contact you. Before she goes home we need her
        heating to be working (she told us the boiler kept cutting out) and a key safe fitted for the care
        agency. Please could you confirm both can be done by Thursday?

        Discharge Co-ordinator, Ward 14
    """),
     R("C300022", "safeguarding", "emergency", "discharge|heating|key safe",
       "Hospital discharge team acting for a named tenant at her request -> C300022 (review defensible); a "
       "vulnerable tenant returning to a home whose heating fails -> safeguarding with emergency hazard (repairs "
       "defensible).", {**REVOK, **REP, "sensitive": [False], "hazard": [None]})),

    (letter("10-13 09:00", {"name": "Bradford Adult Social Care"}, """
        Adult Social Care, Bradford
        Re: Concern - 3 Weavers Row, BD3 9PL

        Dear Housing Manager,

        Following a referral from her GP we are assessing the tenant at the above address, who appears to be
        self-neglecting. The kitchen has no working cooker and the tenant has been eating cold food for some
        weeks. We would be grateful for a joint visit and information about any repairs outstanding.

        Social Worker
    """),
     V("safeguarding", None, "self-neglect|cooker|joint visit",
       "Social care raising a concern about a household (3 Weavers Row = C300016) -> review, record accepted; "
       "self-neglect -> safeguarding.", ALT("C300016"))),

    (tg_in("10-14 18:45", "6674421093", "Jade", """
        my ex is sat outside the block in his car again, hes been there an hour. he's not meant to come near me.
        im scared to go out to get my son from my mums
    """),
     R("C300059", "safeguarding", "emergency", "ex|scared|outside",
       "Linked Telegram id; ex-partner breaching contact and waiting outside now -> safeguarding, immediate risk "
       "(null defensible).", NOHZ)),

    (sms_in("10-15 10:20", "+447700900328", """
        pls dont give my new number out to anyone not even family. ive got a non molestation order against my ex
        n he keeps trying to find me. leanne
    """),
     R("C300028", "safeguarding", None, "non-molestation|non molestation|order|number",
       "Known mobile; protecting contact details because of a non-molestation order -> safeguarding (general "
       "defensible).", {"category": ["general"], "sensitive": [False]})),

    (call_in("10-16 00:40", "+447700900360", """
        Agent: Fairholme out of hours, Dev speaking.
        Caller: Hi, Marcus Bell, 12 Thornhill Gardens. The old chap from number 14 is wandering in the road in his pyjamas, no shoes, asking for his wife. I think she died last year. I've brought him into ours.
        Agent: Thanks for looking after him, Marcus. Have you called 999 or 111?
        Caller: Ambulance is coming.
        Agent: OK, I'll make a safeguarding referral and let his housing officer know in the morning.
    """, to=OOH, dur=190),
     R("C300060", "safeguarding", None, "confused|wandering|neighbour",
       "Known mobile; a confused older neighbour found wandering at night, reporter not anonymous -> record against "
       "the reporter; safeguarding.")),

    (call_out("10-19 13:00", "+447700900310", "Safeguarding team", "no-answer"),
     R("C300010", "safeguarding", None, ATTEMPT,
       "Attempted outbound call from the safeguarding team, no answer -> record; any category.",
       {**ANY, "sensitive": [False]})),

    (visit("10-21 11:00", {"name": "Housing officer (S. Rahman) with social worker"}, cust("C300058"), "appointment", "attended", """
        Joint visit to 15 Beckside Mews. Hoarding level 7 on the clutter scale; escape route from the bedroom
        blocked. Mr Illingworth agreed to a clear-out of the hall and landing with the support worker. Fire
        service home safety visit booked; smoke alarms tested and working.
    """),
     R("C300058", "safeguarding", None, "hoard|clutter|fire",
       "Joint safeguarding visit, attended -> record; hoarding with fire risk -> safeguarding (emergency "
       "defensible).", EMG)),

    (email_in("10-23 22:50", "connor.walsh@example.net", "Connor Walsh", "Re: Rent arrangement", """
        I didn't want to say this on the phone today. I've been really struggling since I lost my job, I'm not
        sleeping and some days I don't see the point in anything. I'm not going to do anything stupid but I
        thought someone should know why I haven't been answering.

        Connor

        On Fri, 23 Oct 2026 at 14:02, Sukhi Kaur <rent@fairholmehomes.example.org> wrote:
        > Hi Connor, thanks for the call today. As agreed, I've put your account on hold for two weeks while
        > you sort out your Universal Credit claim. Sukhi
    """, to=RENT_BOX, thread="thr-rent-6077"),
     R("C300048", "safeguarding", None, "mental health|struggling|low|point",
       "Known e-mail; quoted history is a rent hold, the new content discloses low mood and hopelessness -> "
       "safeguarding (not rent); no stated plan, so hazard null (emergency defensible).", EMG)),

    (wa_in("10-27 08:30", "447700900327", "Fatima", """
        আসসালামু আলাইকুম। আম্মা রাতে একা থাকতে ভয় পান, কেউ দরজায় ধাক্কা দেয় আর টাকা চায়। আমি শাহিদ, ওনার ছেলে।
    """),
     R("C300027", "safeguarding", None, "door|money|afraid|mother",
       "Bengali from the tenant's son on her number: 'mum is scared to be alone at night, someone bangs on the door "
       "and asks for money. I'm Shahid, her son.' -> record against C300027; safeguarding.")),
]

# ============================================================================================
# Complaints (dissatisfaction with the service; the underlying service is usually defensible)
# ============================================================================================
ITEMS += [
    (sms_in("10-02 14:00", "+447700900331", """
        I HAVE TOLD YOU FOUR TIMES ABOUT THE MOULD IN MY DAUGHTERS ROOM. FOUR. NOBODY HAS COME. I WANT A MANAGER TO
        RING ME TODAY OR IM GOING TO THE OMBUDSMAN
    """),
     R("C300031", "complaint", "damp_mould", "mould|manager|ombudsman",
       "Known mobile, all caps; escalating dissatisfaction about unactioned mould reports -> complaint with live "
       "damp_mould hazard (damp_mould category defensible).", DMP)),

    (email_in("10-05 09:12", "daniel.okafor@example.com", "Daniel Okafor", "Formal complaint - repeated missed appointments (RE: Appointment confirmation)", """
        Dear Complaints Team,

        Please log this as a formal complaint.

        On 17 September, 24 September and again on 1 October I stayed home for a morning slot for the bathroom
        extractor and nobody came or called. On the last occasion the contact centre told me the job had been
        "completed" on the system. I've lost three half-days of annual leave. I would like an explanation of
        why the job was closed and for the lost leave to be recognised.

        Regards,

        Daniel Okafor
        11 Hollin Park Road, Leeds LS8 3QT
        Mobile: 07700 900302

        Please consider the environment before printing this e-mail.

        -----Original Message-----
        From: Fairholme Repairs
        Sent: 28 September 2026 16:44
        Subject: Appointment confirmation

        Your appointment for extractor fan repair is confirmed for 1 October, 8am-12pm.
    """),
     R("C300002", "complaint", None, "missed|appointment|complaint",
       "Known e-mail; formal complaint about missed appointments and a wrongly closed job -> complaint (repairs "
       "defensible).", REP)),

    (email_in("10-06 15:30", "caseworker.sheffieldcentral@parliament.example.org", "Office of Rita Kaye MP", "Constituent: Mr Dean Sykes, Flat 14 Foundry Walk", """
        Dear Chief Executive,

        I have been contacted by my constituent Mr Dean Sykes of Flat 14 Foundry Walk, Sheffield S3 8NW. He tells me
        he has reported a leaking toilet and damp patches on several occasions since July with no lasting repair,
        and that he finds it very difficult to get through on the phone. I would be grateful for your comments
        on his case and on your response times generally.

        Yours sincerely,
        Caseworker to Rita Kaye MP
    """),
     R("C300035", "complaint", "damp_mould", "mp|leak|damp|response",
       "MP's office acting for a named tenant with address -> C300035 (review defensible); dissatisfaction with "
       "repeated failed repairs and damp -> complaint, live damp hazard (damp_mould/repairs defensible).",
       {**REVOK, "category": ["damp_mould", "repairs"], "hazard": [None]})),

    (letter("10-07 09:00", {"name": "Harold Birkett"}, """
        3 Thornhill Gardens, Leeds LS12 5EW

        Your reference: CMP-5190

        Dear Complaints Manager,

        I have received your stage one reply about the engineer who left my back door unlocked after the boiler
        service. Your letter says this was "a misunderstanding". It was not. I was left with the door open all
        night. I am not satisfied and I wish to go to stage two.

        Yours faithfully,
        H. Birkett
    """),
     R("C300045", "complaint", None, "stage two|stage 2|door|unlocked",
       "Name + address -> C300045; escalating a complaint to stage two -> complaint.")),

    (call_in("10-08 12:45", "+447700900349", """
        Agent: Fairholme Homes, Lewis speaking.
        Caller: Hi, Sandra Okonkwo, flat 6 Ashgrove. Your contractor came to fix my worktop yesterday and dragged the old one across my new laminate floor. There's a scratch right down the middle. I want it put right.
        Agent: I'm sorry, Sandra. Did they say anything at the time?
        Caller: Nothing, they were gone in ten minutes.
        Agent: I'll log a complaint and ask the contract manager to come and see the floor.
    """, dur=170),
     R("C300049", "complaint", None, "floor|scratch|contractor",
       "Known mobile; contractor damage to a tenant's floor -> complaint.")),

    (sms_in("10-09 12:35", "+447700900326", """
        Nobody turned up AGAIN. 8-12 slot, took a day off work. Who pays for that? Paul Greenwood
    """),
     R("C300026", "complaint", None, "no-show|turned up|day off",
       "Known mobile; angry about a second missed appointment and lost earnings -> complaint (repairs defensible).",
       REP)),

    (fb_in("10-10 09:40", "fb:100090600105", "Dave Priestley", """
        Three months without a working kitchen and no one at Fairholme can give me a date. Pathetic. Message me
        back, I'm not ringing that phone line again.
    """),
     V("complaint", None, "kitchen|date",
       "Facebook name not in the directory, no address, asks for a reply -> review; dissatisfaction with repair "
       "delay -> complaint (repairs defensible).", REP)),

    (chat("10-12 17:20", {"email": "ioana.marin@example.net", "name": "Ioana"}, """
        Visitor: I want to complain about the ASB officer. I told her the neighbour threatened me and she said it is just a "dispute between neighbours" and closed my case without talking to me.
        Agent (Jo): I'm sorry, Ioana. I'll log this as a complaint about how the case was handled and ask the ASB manager to review it.
        Visitor: Thank you. I am still afraid.
    """),
     R("C300025", "complaint", None, "asb|case|closed|neighbour",
       "Webchat with the customer's e-mail; complaint about an ASB case closure -> complaint, kept sensitive "
       "(asb defensible).", {"category": ["asb"]}, sens=True)),

    (wa_in("10-13 11:05", "447700900306", "Agnieszka", """
        Pani w telefonie była bardzo niemiła, powiedziała że mój angielski jest zły i się rozłączyła. Chcę złożyć
        skargę.
    """),
     R("C300006", "complaint", None, "rude|staff|complaint",
       "Polish: 'the woman on the phone was very rude, said my English is bad and hung up; I want to complain.' "
       "Known number -> complaint about staff conduct.")),

    (email_out("10-14 16:50", INBOX, "paul.greenwood@example.com", "Paul Greenwood", "Your complaint CMP-5233 - stage 1 response", """
        Dear Mr Greenwood,

        Thank you for raising your complaint about the missed plumbing appointments on 2 and 9 October. I have
        upheld your complaint. The contractor failed to notify you of the cancellations. We will pay £75 for the
        missed appointments and your repair is now booked for 20 October with our in-house team.

        If you are unhappy with this response you can ask for it to be reviewed at stage 2.

        Yours sincerely,
        Helen Grant, Complaints Officer
    """),
     R("C300026", "complaint", None, "upheld|complaint|£75",
       "Outbound one-to-one stage 1 complaint response -> complaint.")),

    (call_out("10-15 11:20", "+447700900302", "Complaints team", "completed", dur=240, answered_by="human", transcript="""
        Agent: Hi Mr Okafor, it's Helen from complaints about the extractor fan appointments.
        Caller: Thanks for ringing.
        Agent: I've looked into it - the job was closed in error by the contractor's system. I'm upholding your complaint, and we'll pay £90 for the three missed appointments. The fan's booked for Monday with our own electrician.
        Caller: That's fair, thank you.
    """),
     R("C300002", "complaint", None, "complaint|upheld|£90",
       "Outbound complaints call, answered; complaint upheld with compensation -> complaint.")),

    (tg_in("10-16 16:10", "8912345670", "Connor", """
        it's been 6 weeks since the stage 1 letter said you'd pay the £50 for my lawn. still nothing in my
        account. do I have to complain about the complaint?
    """),
     R("C300048", "complaint", None, "compensation|£50|stage 1",
       "Linked Telegram id; promised complaint compensation not paid -> complaint (rent defensible as an account "
       "credit).", RENT)),

    (ig_in("10-19 12:30", "@nat_pearce31", "Nathan Pearce", """
        Nathan Pearce 31 Thornhill Gardens. Your plasterer left my kids room covered in dust and went home early.
        Not impressed. Who do I complain to?
    """),
     R("C300031", "complaint", None, "plasterer|dust|complain",
       "Instagram name + address -> C300031 (review defensible); contractor mess -> complaint.", REVOK)),

    (visit("10-20 11:45", cust("C300047"), SHEFFIELD_OFFICE, "walk_in", "attended", """
        Ms Chauhan came to reception upset that a letter about her arrears was sent to her old address, which her
        ex-partner still lives at. Apologised; address corrected on all systems; complaint logged as a data
        breach and passed to the Data Protection Officer.
    """, direction="inbound"),
     R("C300047", "complaint", None, "letter|wrong address|data",
       "Walk-in; letter sent to a former address (data breach) -> complaint (general defensible).", GEN)),

    (sms_in("10-21 18:18", "+447700900350", """
        just got a bill for £180 for a door u said was "tenant damage". it was like that when i moved in!! not
        paying it
    """),
     R("C300050", "complaint", None, "recharge|bill|£180|door",
       "Known mobile; disputing a repair recharge -> complaint (rent/repairs defensible).",
       {"category": ["rent", "repairs"]})),

    (email_in("10-26 10:30", "deafadvocacy@signhealth-yorks.example.org", "Sign Advocacy Yorkshire", "Complaint on behalf of Ms Shirley Baxter", """
        Dear Fairholme Homes,

        We are advocates for Ms Shirley Baxter, 52 Hollin Park Road, who is Deaf and uses BSL. She has asked us to
        make a complaint on her behalf. On 14 October a surveyor visited without the BSL interpreter that had been
        booked, tried to communicate by shouting, and left without completing the inspection. Her communication
        needs are recorded on your system. She would like an apology and assurance this will not happen again.

        Advocacy Worker
    """),
     R("C300039", "complaint", None, "bsl|interpreter|deaf",
       "Advocates acting for a named tenant with address -> C300039 (review defensible); communication needs "
       "ignored -> complaint.", REVOK)),

    (wa_in("10-28 19:55", "447700900318", "Mohammed", """
        انتظرت ثلاث ساعات على الهاتف هذا الأسبوع ولم يرد أحد. هذا غير مقبول. أريد أن أشتكي.
    """),
     R("C300018", "complaint", None, "wait|phone|complain",
       "Arabic: 'I waited three hours on the phone this week and nobody answered; unacceptable; I want to "
       "complain.' Known number -> complaint about access to the service.")),

    (fb_in("11-03 13:30", "fb:100090600106", "Tracey Holt", """
        Tracey Holt flat 9 Calder Court. You sent someone to my flat for the damp and they said it's because I
        don't open my windows. I have a 6 month old, it's November. Totally unacceptable attitude. Please DM me.
    """),
     R("C300057", "complaint", "damp_mould", "attitude|damp|window",
       "Facebook name + address -> C300057 (review defensible); complaint about how a damp visit was handled, "
       "mould still live -> complaint with damp_mould hazard (damp_mould defensible).", {**REVOK, **DMP})),
]

# ============================================================================================
# Tenancy: succession, mutual exchange, lodgers, pets, ending, right to buy, alterations, household
# ============================================================================================
ITEMS += [
    (email_in("10-01 11:40", "liam.smith.bd3@example.com", "Liam Smith", "My dad John Smith - 22 Weavers Row", """
        Hello,

        I'm sorry to let you know my dad, John Smith, died in hospital last Thursday. I've lived with him at
        22 Weavers Row for the last five years and looked after him. I'd like to know if I can take over the
        tenancy, and what you need from me. I can bring the death certificate into the Bradford office.

        Liam Smith
    """, to=TENANCY_BOX),
     R("C300015", "tenancy", None, "succession|tenancy|died",
       "Son reporting the death of a named tenant; 'John Smith' alone would be ambiguous (two customers) but 22 "
       "Weavers Row identifies C300015 (review defensible); succession -> tenancy.", REVOK)),

    (sms_in("10-02 19:00", "+447700900328", """
        found a swap on homeswapper with a lady in morley, 3 bed for my 2 bed. what do i do next? leanne
    """),
     R("C300028", "tenancy", None, "swap|exchange|homeswapper",
       "Known mobile; mutual exchange found -> tenancy (lettings defensible).", LET)),

    (email_in("10-05 08:10", "imran.siddiqui@example.org", "Imran Siddiqui", "RE: Mutual exchange - inspection", """
        Hi Becky,

        Yes, Thursday 8th at 10am is fine for the exchange inspection. The other tenant (Mr Ali) will be at his
        place from 2pm if you're doing both that day.

        Imran

        From: Becky Firth (Tenancy Team)
        Sent: 02 October 2026 12:00
        To: Imran Siddiqui
        Subject: RE: Mutual exchange - inspection

        Hi Imran, we need to inspect both homes before we can approve the exchange. Could you do Thursday 8 October?

        From: Imran Siddiqui
        Sent: 28 September 2026 19:40
        To: Tenancy Team
        Subject: Kitchen tap

        Also the kitchen tap is dripping, can someone look at it when they come?
    """, to=TENANCY_BOX, thread="thr-ten-6081"),
     R("C300009", "tenancy", None, "exchange|inspection",
       "Known e-mail; the new content confirms a mutual-exchange inspection; the dripping tap is only in the "
       "oldest quoted message -> tenancy (not repairs).")),

    (letter("10-06 09:00", {"name": "Mrs C. Mellor"}, """
        2 Moorside Crescent
        Sheffield S6 4RB

        Dear Tenancy Officer,

        My grand-daughter is starting at the university in January and would like to lodge with me in my spare
        bedroom and pay me a little rent. Do I need your permission, and will it affect my pension credit or my
        rent?

        Yours sincerely,
        Christine Mellor
    """),
     R("C300055", "tenancy", None, "lodger|lodge|permission",
       "Name + address -> C300055; permission to take a lodger -> tenancy.")),

    (wa_in("10-07 17:20", "447700900332", "Zofia", """
        Czy mogę mieć kota? Jest mały, wykastrowany, nie wychodzi na zewnątrz. Mieszkanie 5 Foundry Walk.
    """),
     R("C300032", "tenancy", None, "cat|pet",
       "Polish: 'can I have a cat? small, neutered, indoor only.' Known number -> pet permission -> tenancy.")),

    (email_in("10-08 13:25", "owen.pritchard@example.com", "Owen Pritchard", "Ending my tenancy", """
        Hello,

        I've accepted a job in Dublin and will be moving out of Flat 10 Calder Court. Please take this as my four
        weeks' notice - my last day will be Sunday 8 November. Is there anything I need to do about the
        meter readings and returning the fob for the door entry?

        Regards
        Owen Pritchard
    """, to=TENANCY_BOX),
     R("C300040", "tenancy", None, "notice|ending|moving out",
       "Known e-mail; notice to end the tenancy -> tenancy.")),

    (email_in("10-09 20:10", "paul.greenwood@example.com", "Paul Greenwood", "Right to buy?", """
        Evening,

        I've been a Fairholme tenant for 14 years (the last 6 at Beckside Mews). A mate says housing association
        tenants can't buy, but I've seen something about Right to Acquire. Am I eligible, and what discount
        would I get?

        Cheers
        Paul Greenwood

        --
        Paul Greenwood | Site Manager
        Greenwood Groundworks Ltd | 020 7946 0326
        Sent from Outlook for Android
    """),
     R("C300026", "tenancy", None, "right to buy|right to acquire",
       "Known e-mail; right to buy / right to acquire enquiry -> tenancy.")),

    (call_in("10-12 10:40", "+447700900319", """
        Agent: Fairholme Homes, Jas speaking.
        Caller: Gary Naylor, 47 Weavers Row. I've been here 22 years. Somebody said I've got the right to buy now. How do I find out what it'd cost me?
        Agent: I can send you the application form, Gary. Once we get it back we'll confirm whether you qualify and get the house valued.
        Caller: Post it to me, I'm not on email.
    """, dur=140),
     R("C300019", "tenancy", None, "right to buy",
       "Known mobile; right-to-buy application -> tenancy.")),

    (chat("10-13 19:30", {"name": "guest"}, """
        Visitor: I think flat 11 Calder Court is being let out on Airbnb, my mum lives next door and there's different people with suitcases every weekend
        Agent (Jo): Thank you, we can look into that. Can I take your name?
        Visitor: rather not, just check it out
    """),
     V("tenancy", None, "airbnb|sublet|letting",
       "Unidentified webchat guest alleging subletting of a flat not in the directory -> review; tenancy fraud -> "
       "tenancy.")),

    (visit("10-14 10:00", {"name": "Housing officer (J. Cartwright)"}, cust("C300053"), "appointment", "no_access", """
        Introductory tenancy 12-month review at 44 Hollin Park Road. No answer; neighbour says Ms Fairweather works
        days. Card left with a new date: Tuesday 20 October, 5pm.
    """),
     R("C300053", "tenancy", None, "introductory|review|no answer|card",
       "Tenancy review visit, no access -> record; tenancy.")),

    (visit("10-20 17:00", {"name": "Housing officer (J. Cartwright)"}, cust("C300053"), "appointment", "attended", """
        Introductory tenancy review completed at 44 Hollin Park Road. Rent clear, no ASB reports, property in good
        condition. Recommended conversion to an assured tenancy. Tenant asked about decorating allowance.
    """),
     R("C300053", "tenancy", None, "introductory|assured|review",
       "Tenancy review visit attended -> tenancy.")),

    (ig_in("10-21 08:50", "@marcus_bell_12", "Marcus Bell", """
        Marcus Bell, 12 Thornhill Gardens. Can I keep 3 hens in the back garden? Proper coop, no cockerel.
    """),
     R("C300060", "tenancy", None, "hens|chicken|pet|garden",
       "Instagram name + address -> C300060 (review defensible); permission to keep hens -> tenancy.", REVOK)),

    (wa_in("10-22 12:40", "447700900352", "Bogdan", """
        Bună ziua, mama mea vine din România să locuiască cu noi pentru totdeauna. Trebuie să vă anunț? Bogdan
        Ionescu, 19 Beckside Mews
    """),
     R("C300052", "tenancy", None, "mother|household|live",
       "Romanian: 'my mother is coming from Romania to live with us permanently; do I need to tell you?' Known "
       "number -> household change -> tenancy.")),

    (tg_in("10-23 21:00", "6230118845", "Andrei", """
        Pot să pun o sonerie video pe ușa de la intrare? E pe baterie, nu trebuie găurit mult.
    """),
     R("C300014", "tenancy", None, "doorbell|video|permission",
       "Romanian: 'can I put a video doorbell on the front door? it's battery powered, hardly any drilling.' "
       "Linked Telegram id -> permission for an alteration -> tenancy.")),

    (sms_in("10-26 09:15", "+447700900331", """
        can i put laminate down in the living room or do i need permission first? Nathan 31 Thornhill
    """),
     R("C300031", "tenancy", None, "laminate|permission|floor",
       "Known mobile; permission for flooring -> tenancy.")),

    (wa_in("10-27 14:25", "447700900309", "Imran", """
        Assalam o alaikum, meri shaadi pichle mahine hui hai. Meri biwi ka naam bhi tenancy par lagwana hai. Kya
        karna hoga? Imran flat 9 Ashgrove
    """),
     R("C300009", "tenancy", None, "joint tenancy|wife|name",
       "Urdu in Roman script: 'I got married last month; I want my wife's name on the tenancy too; what do I "
       "need to do?' Known number -> joint tenancy -> tenancy.")),

    (call_out("10-28 11:10", "+447700900338", "Tenancy team", "completed", dur=40, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Agent: Hello Tomasz, it's Becky from the tenancy team about your request to put a garden room at the
        back of 40 Hollin Park. Before we can give permission I need a sketch with the measurements and how
        you'll get power to it. Call me on 0113 496 0000 if you've any questions.
    """),
     R("C300038", "tenancy", None, "garden room|permission|voicemail",
       "Outbound voicemail about an alteration permission -> record against Tomasz (his own mobile); tenancy.")),

    (sms_in("10-30 16:00", "+447700900344", """
        Handed my keys in at the Bradford office this morning. Can someone confirm my tenancy end date in writing
        so I can sort my deposit at the new place? Megan
    """),
     R("C300044", "tenancy", None, "keys|end date|tenancy",
       "Known mobile; confirming the end of tenancy after returning keys -> tenancy.")),

    (sms_in("11-02 13:00", U6(6), """
        Ez dixwazim kirêdariya xwe biqedînim. Ez diçim Birmingham. Çi bikim?
    """),
     V("tenancy", None, "end|tenancy|moving",
       "Kurdish (Kurmanji): 'I want to end my tenancy; I'm moving to Birmingham; what do I do?' Unknown mobile, "
       "no name -> review; tenancy.")),

    (wa_in("11-03 18:40", U6(7)[1:], "Beatriz", """
        Olá, posso ter um cão pequeno no apartamento? É um chihuahua. Obrigada
    """),
     V("tenancy", None, "dog|pet",
       "Portuguese: 'can I have a small dog in the flat? it's a chihuahua.' Unknown number, first name only -> "
       "review; pet permission -> tenancy.")),

    (sms_in("11-05 08:05", U6(8), """
        flat 5 ashgrove hasnt had anyone living in it for months, post piled up behind the door and the lights
        never on. somebody should check
    """),
     V("tenancy", None, "empty|abandon|post",
       "Unknown mobile reporting a possibly abandoned flat (Flat 5 Ashgrove, not in the directory) -> review; tenancy "
       "(safeguarding defensible as a welfare concern).", {"category": ["safeguarding"], "sensitive": [True]})),

    (email_out("11-09 12:00", TENANCY_BOX, "paul.greenwood@example.com", "Paul Greenwood", "Your Right to Acquire enquiry", """
        Dear Mr Greenwood,

        Thank you for your enquiry. Your home at 2 Beckside Mews was built before 1997 and transferred to us
        from the council, so you may have a Preserved Right to Buy rather than Right to Acquire. I enclose the
        RTB1 form. Please return it with proof of identity and we will reply within four weeks.

        Tenancy Services
    """),
     R("C300026", "tenancy", None, "right to buy|rtb|form",
       "Outbound one-to-one e-mail replying to a right-to-buy enquiry -> tenancy.")),
]

# ============================================================================================
# Lettings: register, bidding, offers, viewings, transfers, homelessness
# ============================================================================================
ITEMS += [
    (sms_in("10-01 20:20", "+447700900307", """
        put a bid in 4 the 2 bed on hollin pk rd, am i top? Sam flat 4
    """),
     R("C300007", "lettings", None, "bid|position",
       "Known mobile, text-speak; bidding position -> lettings.")),

    (email_in("10-03 12:15", "m.achebe.88@example.com", "Dami Achebe", "Housing register renewal", """
        Hello,

        I got a letter saying I must renew my housing register application by 16 October or it will be
        cancelled. I've tried the link three times and it says my reference number HR-208811 isn't recognised.
        I've been on the list since 2023 in band B, please don't take me off.

        Dami Achebe
    """),
     V("lettings", None, "register|renew",
       "Applicant not in the directory -> review; housing register renewal -> lettings.")),

    (wa_in("10-05 14:15", "447700900333", "Hassan", """
        Salaan. Ma aqbali karo guriga aad ii soo bandhigteen, waa dabaqa 5aad mana jiro wiish. Wiilkayga wuxuu ku
        jiraa kursiga curyaanka. Fadlan ha iga saarin liiska.
    """),
     R("C300033", "lettings", None, "offer|refus|wheelchair|lift",
       "Somali: 'I can't accept the home you offered, it's on the 5th floor with no lift; my son uses a "
       "wheelchair; please don't remove me from the list.' Known number -> offer refusal -> lettings.")),

    (visit("10-06 16:00", {"name": "Lettings officer (A. Khan)"}, {"name": "Ms D. Achebe (applicant)"}, "appointment",
           "failed_to_attend", """
        Accompanied viewing of 3 Foundry Walk (1-bed) booked for the applicant at 16:00. Applicant did not attend
        and her phone went to voicemail. Property offered to next bidder.
    """),
     V("lettings", None, "viewing|did not attend|missed",
       "Missed viewing by an applicant who is not in the directory -> review; lettings.")),

    (call_in("10-07 10:30", "+441144960355", """
        Agent: Fairholme lettings, Gemma speaking.
        Caller: Hello dear, Christine Mellor, 2 Moorside Crescent. My doctor says I shouldn't be doing stairs after my knee operation. Can I go on the list for a ground-floor flat or a bungalow?
        Agent: Yes, you can apply for a transfer on medical grounds. I'll send you the form and a medical assessment sheet for your doctor.
    """, to=SHEFF, dur=150),
     R("C300055", "lettings", None, "transfer|medical|bungalow|ground floor",
       "Known landline; medical transfer request -> lettings.")),

    (chat("10-08 12:00", {"name": "Kerry"}, """
        Visitor: hello, I'm living with my mum and 2 kids in her 2 bed, can I go on your housing list?
        Agent (Mo): Hi Kerry, we use the council's choice-based lettings register. You can apply online and then bid on our homes.
        Visitor: ok and how long does it normally take?
        Agent (Mo): It depends on your band - I'll send you the link and the banding guide.
    """),
     V("lettings", None, "register|housing list|apply",
       "Webchat, first name only, not a tenant -> review; housing register enquiry -> lettings.")),

    (letter("10-09 09:00", {"name": "Office of Clive Brennan MP"}, """
        House of Commons, London SW1A 0AA

        Re: Miss Chantelle Reid, c/o 14 Parkside Close, Sheffield

        Dear Lettings Manager,

        My constituent is currently sofa surfing with her baby and has been bidding on your properties for eight
        months without success. I would be grateful if you could review her banding and advise whether she has
        been considered for any recent vacancies.

        Caseworker, on behalf of Clive Brennan MP
    """),
     V("lettings", None, "banding|bidding|sofa",
       "MP's office writing about an applicant who is not a tenant -> review; lettings.")),

    (wa_in("10-12 09:45", "447700900343", "Aisha", """
        Hi, we're 6 in a 2 bed now since the twins came. Can you check my transfer application went through? I
        sent it in September with the birth certificates. Aisha 27 Weavers Row
    """),
     R("C300043", "lettings", None, "transfer|overcrowd|application",
       "Known number; overcrowding transfer application status -> lettings.")),

    (call_out("10-13 14:45", "+447700900303", "Lettings team", "completed", dur=210, answered_by="human", transcript="""
        Agent: Hi Kelly, it's Gemma from lettings. Good news, you're top for the 3-bed at 8 Hollin Park Road that you bid on.
        Caller: Oh my god, seriously?
        Agent: Yes! Can you come to a viewing Friday at 11?
        Caller: Yes, I'll be there. Can I bring the kids?
        Agent: Of course.
    """),
     R("C300003", "lettings", None, "offer|viewing|3-bed|3 bed",
       "Outbound lettings call, answered; offer and viewing -> lettings.")),

    (sms_out("10-14 09:30", "+447700900359", """
        Hi Jade, Amir from lettings. Your viewing for Flat 2 Calder Court is confirmed for Thurs 15 Oct at 2pm.
        Meet me at the main entrance. Bring photo ID please.
    """, sender="Amir (Lettings)"),
     R("C300059", "lettings", None, "viewing|calder court",
       "Outbound one-to-one text from a lettings officer confirming a viewing -> record; lettings.")),

    (ig_in("10-15 21:50", "@leeds.lad.92", "Tyler", """
        how do u bid on ur houses? i'm on the register but cant see any button
    """),
     V("lettings", None, "bid|register",
       "Instagram handle, first name only -> review; how to bid -> lettings.")),

    (fb_in("10-16 11:25", "fb:100090600107", "Marcus Bell", """
        Hi, Marcus Bell 12 Thornhill Gardens. Did you get my transfer form? Posted it 3 weeks ago and heard
        nothing. Need a 3 bed, we've got 3 kids in one room.
    """),
     R("C300060", "lettings", None, "transfer|form|3 bed",
       "Facebook name + address -> C300060 (review defensible); transfer application chase -> lettings.", REVOK)),

    (portal("10-19 20:10", {"customer_ref": "C300041", "email": "natalia.rusu@example.org", "name": "Natalia Rusu"},
            "Transfer application", """
        Form: Apply for a transfer
        Reason: Need ground floor - my daughter has epilepsy and has had falls on the stairs
        Current: Flat 15 Calder Court (3rd floor, lift often broken)
        Household: 1 adult, 2 children
        Areas: Wakefield, Leeds
    """),
     R("C300041", "lettings", None, "transfer|ground floor",
       "Portal transfer application with customer ref -> lettings.")),

    (wa_in("10-20 17:35", "447700900356", "Ahmed", """
        مرحبا، زوجتي لم تعد تستطيع صعود الدرج بسبب مرضها. هل يمكننا الانتقال إلى بيت في الطابق الأرضي؟ أحمد فاروق
    """),
     R("C300056", "lettings", None, "ground floor|move|stairs",
       "Arabic: 'my wife can no longer climb the stairs because of her illness; can we move to a ground-floor home?' "
       "Known number -> transfer -> lettings.")),

    (visit("10-22 10:00", {"name": "Lettings officer (A. Khan)"}, cust("C300003"), "appointment", "attended", """
        Sign-up for the new tenancy at 8 Hollin Park Road (3-bed). Tenancy agreement signed, keys and meter
        readings done, direct debit mandate completed. Transfer from 15 Hollin Park Road; old keys due back by
        2 November.
    """),
     R("C300003", "lettings", None, "sign-up|sign up|keys|tenancy",
       "Lettings sign-up visit for a transferring tenant -> record; lettings (tenancy defensible).", TEN)),

    (sms_in("10-27 22:05", U6(9), """
        my landlord has given me 2 months to get out, section 21. i have a 2 yr old. can u help or do i go to
        the council?
    """),
     V("lettings", None, "section 21|evict|homeless",
       "Unknown mobile, private tenant facing eviction -> review; homelessness/register -> lettings.")),

    (wa_in("11-06 14:50", U6(10)[1:], "Marta", """
        Bom dia. Gostaria de me inscrever na lista de habitação. Tenho três filhos e moramos num quarto. Como faço?
    """),
     V("lettings", None, "register|apply|housing",
       "Portuguese: 'I'd like to join the housing list; I have three children and we live in one room; how do I "
       "do it?' Unknown number -> review; lettings.")),
]

# ============================================================================================
# Estate: grounds, fly-tipping, communal cleaning, parking, lighting, bins, pests, walkabouts
# ============================================================================================
ITEMS += [
    (sms_in("10-01 12:50", "+447700900353", """
        grass round the play area at hollin park hasnt been cut for weeks, you cant see the dog mess in it n my
        little one keeps standing in it
    """),
     R("C300053", "estate", None, "grass|play area|dog",
       "Known mobile; uncut communal grass hiding dog fouling -> estate.")),

    (wa_in("10-02 08:05", "447700900351", "Yasmin", """
        Bin store ke paas kisi ne purana sofa, do gadde aur TV phenk diye hain. Raste mein pade hain. Yasmin
        Akhtar 36 Thornhill
    """),
     R("C300051", "estate", None, "fly|sofa|mattress|dump",
       "Urdu in Roman script: 'someone has dumped an old sofa, two mattresses and a TV by the bin store; they're "
       "blocking the path.' Known number -> fly-tipping -> estate.")),

    (email_in("10-05 21:15", "hassan.warsame@example.net", "Hassan Warsame", "Re: Rent payment received", """
        Thank you for confirming.

        Please can I also report that the stairs and landings at Foundry Walk have not been cleaned for about
        three weeks. There is spilled drink on the first floor that is now sticky and smells, and the windows on
        the landing are very dirty. We pay for cleaning in the service charge.

        Hassan

        On 2 Oct 2026, at 10:00, rent@fairholmehomes.example.org wrote:
        > Dear Mr Warsame, we confirm receipt of your payment of £420.00 on 1 October. Income Team
    """, to=RENT_BOX, thread="thr-rent-6092"),
     R("C300033", "estate", None, "clean|stairs|landing",
       "Known e-mail; quoted history is a rent receipt, new content is about communal cleaning not done -> estate "
       "(complaint defensible).", CMP)),

    (tg_in("10-06 12:20", "7781200943", "Stuart", """
        theres a caravan been parked across 3 spaces in the calder court car park for 3 weeks now. nobody knows
        whose it is
    """),
     R("C300021", "estate", None, "caravan|car park|parking",
       "Linked Telegram id; caravan occupying residents' parking -> estate.")),

    (sms_in("10-07 18:40", U6(11), """
        lights are out all along the path from foundry walk to the tram stop. pitch black. someone will get hurt
    """),
     V("estate", None, "light|path",
       "Unknown mobile, no name -> review; external path lighting out -> estate (repairs defensible).", REP)),

    (visit("10-08 10:00", {"name": "Estate officer (P. Sugden)"}, cust("C300024"), "walkabout", "attended", """
        Monthly walkabout, Beckside Mews. Mr Doyle (no. 9) showed me the blocked gully at the end of the parking
        area - standing water 3 inches deep after rain. Also overflowing dog bin. Drainage and cleansing jobs
        raised.
    """),
     R("C300024", "estate", None, "gully|drain|water|dog bin",
       "Estate walkabout with a named tenant -> record against him; communal drainage and bins -> estate.")),

    (visit("10-09 13:00", {"name": "Estate officer (P. Sugden) with Cllr Haworth"}, {"name": "Weavers Row residents"},
           "walkabout", "attended", """
        Estate walkabout at Weavers Row with the ward councillor and four residents. Issues: cars parking on the
        green, missing bollards, broken bench, overflowing litter bin by the shops, hedges over footpath at the
        top end. Jobs raised; bollard replacement to be costed.
    """),
     V("estate", None, "walkabout|bollard|parking|hedge",
       "Walkabout with unnamed residents and a councillor, no single customer -> review; estate.")),

    (call_in("10-12 09:50", "+441632960342", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: Morning, Keith Barraclough, 6 Weavers Row. The big sycamore on the green behind me, the one that's yours, has grown right over my garden. I get no light in the back room and the gutters are full of seeds.
        Agent: I'll ask the tree officer to inspect it and see about crowning it back.
    """, dur=95),
     R("C300042", "estate", None, "tree|sycamore|overhang",
       "Known landline; overhanging tree on landlord land -> estate.")),

    (letter("10-13 09:00", {"name": "Thornhill Gardens Residents' Group"}, """
        Dear Estate Services,

        Residents are asking when the communal garden at the end of Thornhill Gardens will be tidied. The raised
        beds have collapsed, the path is overgrown and someone has dumped a fridge behind the shed. We would like
        to help plant it up in spring if you can clear it first.

        Chair, Thornhill Gardens Residents' Group
    """),
     V("estate", None, "garden|fridge|overgrown",
       "Residents' group, not one customer -> review; communal garden and fly-tipping -> estate.")),

    (fb_in("10-14 17:10", "fb:100090600108", "Dean Sykes", """
        Dean Sykes flat 14 Foundry Walk. The bin store door has been hanging off for a fortnight and the foxes
        are getting in and ripping the bags open. Rubbish everywhere
    """),
     R("C300035", "estate", None, "bin store|fox|rubbish",
       "Facebook name + address -> C300035 (review defensible); broken bin-store door and scattered rubbish -> "
       "estate.", REVOK)),

    (ig_in("10-15 15:30", "@bradfordmum_x", "Kayla", """
        there's needles in the sandpit at weavers row playground. took my kids straight home. please get someone
        down
    """),
     V("estate", None, "needle|playground|sandpit",
       "Instagram handle, first name only -> review; discarded needles in a playground -> estate (asb defensible; "
       "emergency defensible as an immediate hazard to children).",
       {"category": ["asb"], "sensitive": [True], "hazard": ["emergency"]})),

    (wa_in("10-16 07:10", "447700900310", "Hodan", """
        Nalalka jaranjarada dhismaha ma shaqeynayaan, mugdi weeye habeenkii. Ashgrove Court. Hodan
    """),
     R("C300010", "estate", None, "light|stair",
       "Somali: 'the stairwell lights in the building aren't working, it's dark at night. Ashgrove Court.' Known "
       "number -> communal lighting -> estate (repairs defensible).", REP)),

    (chat("10-19 07:40", {"email": "christine.mellor@example.com", "name": "Christine"}, """
        Visitor: Morning, the slope up Moorside Crescent is solid ice and the grit bin's empty again. Can someone come out?
        Agent (Mo): Morning Christine, I'll ask the grounds team to grit the path and refill the bin today.
    """),
     R("C300055", "estate", None, "ice|grit",
       "Webchat with the customer's e-mail; icy estate path and empty grit bin -> estate.")),

    (wa_in("10-20 10:30", "447700900325", "Ioana", """
        Bună ziua, containerul de reciclare de la Beckside Mews nu a fost golit de trei săptămâni și e plin de
        cutii. Mulțumesc.
    """),
     R("C300025", "estate", None, "recycling|bin",
       "Romanian: 'the recycling container at Beckside Mews hasn't been emptied for three weeks and is full of "
       "boxes.' Known number -> estate.")),

    (email_in("10-21 09:05", "sophie.lambert@example.org", "Sophie Lambert", "Flooding in the car park", """
        Morning,

        The drains at the bottom of the Beckside Mews parking area are blocked with leaves again and there's a
        lake across the entrance whenever it rains. I had to wade through it with the buggy this morning.

        Sophie, no. 9
    """),
     R("C300023", "estate", None, "drain|leaves|flood|car park",
       "Known e-mail; blocked communal drains flooding the parking entrance -> estate.")),

    (call_out("10-22 14:20", "+447700900351", "Estate services", "completed", dur=75, answered_by="human", transcript="""
        Agent: Hi Yasmin, it's Pete from estate services about the sofa and mattresses by your bin store.
        Caller: Oh yes, are they going?
        Agent: The team cleared them this morning, and we've found a name on some paperwork so we're following it up.
        Caller: Great, thank you.
    """),
     R("C300051", "estate", None, "fly|cleared|sofa|mattress",
       "Outbound estate call, answered; fly-tipping cleared -> estate.")),

    (email_in("10-23 16:30", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Blue badge bay", """
        Hello,

        I have a blue badge and I'm a wheelchair user. There is no marked disabled bay at Ashgrove Court, and
        most evenings I have to park at the far end and wheel across the road. Could a bay be marked near the
        entrance please?

        Lorraine Kettlewell, Flat 7
    """),
     R("C300008", "estate", None, "disabled|bay|parking|blue badge",
       "Known e-mail; request for a disabled parking bay -> estate.")),

    (portal("10-26 13:00", {"customer_ref": "C300049", "email": "sandra.okonkwo@example.org", "name": "Sandra Okonkwo"},
            "Report a communal issue", """
        Form: Report a communal issue
        Location: Ashgrove Court, roof above top-floor landing
        Issue: Pigeons nesting in the gap under the roof tiles by the landing window, droppings all over the
        window sill and the landing floor. The smell is awful.
    """),
     R("C300049", "estate", None, "pigeon|droppings",
       "Portal communal-issue form; pest birds nesting in the block -> estate (repairs defensible).", REP)),

    (tg_in("10-27 09:50", "5120034471", "Agnieszka", """
        Na klatce schodowej ktoś zostawił rower, wózek i dwa krzesła. Blokują drogę do wyjścia ewakuacyjnego.
    """),
     R("C300006", "estate", "emergency", "fire exit|escape|bike|blocked",
       "Polish: 'someone has left a bike, a pram and two chairs in the stairwell; they block the route to the fire "
       "exit.' Linked Telegram id; obstructed escape route is a fire-safety failure -> estate with emergency "
       "hazard (null defensible).", NOHZ)),

    (sms_in("11-04 17:45", "+447700900346", """
        Hi its John Smith flat 14 Calder Court. The car park barrier has been stuck up for a week so anyone can
        park. Can it be fixed?
    """),
     R("C300046", "estate", None, "barrier|car park",
       "Known mobile (the Calder Court John Smith, who also gives his flat) -> C300046; broken car-park barrier -> "
       "estate (repairs defensible).", REP)),
]

# ============================================================================================
# General: change of details, contact preferences, thanks, questions, chasers, call-backs
# ============================================================================================
ITEMS += [
    (sms_in("10-01 09:55", "+447700900335", """
        still waiting
    """, thread="conv-sms-40871"),
     R("C300035", "general", None, "waiting|chase|chasing",
       "Known mobile; a bare chaser with no topic in the message itself -> record; general with any category "
       "defensible (it probably chases his earlier repair).", ANY)),

    (sms_in("10-02 11:20", "+447700900339", """
        ?
    """, thread="conv-sms-40913"),
     R("C300039", "general", None, "question|query|unclear|clarif",
       "Known mobile (Deaf tenant who texts); a lone question mark in reply to an earlier text - she is asking for "
       "clarification, so it needs a response -> record, general (any category defensible; ignore defensible).",
       {**ANY, "action": ["ignore"], "customer_ref": [None]})),

    (email_in("10-03 14:40", "beth.cole@example.com", "Bethany Cole", "Change of name", """
        Hi,

        I got married in September so my name is now Bethany Walker. Please could you update my tenancy and
        rent account? I can send a copy of the marriage certificate. My e-mail address is staying the same.

        Thanks,
        Beth (Cole) Walker
        Flat 3 Calder Court
    """),
     R("C300020", "general", None, "name|married|change",
       "Known e-mail; change of name -> general (tenancy defensible).", TEN)),

    (email_in("10-05 07:30", "paul.greenwood@example.com", "Paul Greenwood", "Contact preference", """
        Morning,

        Please could you note on my account that I'd like contact by email only. I'm on building sites all day and
        can't take calls, and I keep getting missed calls from withheld numbers that I assume are you.

        Thanks
        Paul
    """),
     R("C300026", "general", None, "email|contact|preference",
       "Known e-mail; contact preference change -> general.")),

    (email_in("10-06 16:05", "grace.adeyemi@example.com", "Grace Adeyemi", "Thank you Sam", """
        Hi,

        I just wanted to say thank you to Sam, the housing officer, who sorted out my neighbour problem and the
        fence, and always calls back when she says she will. Please pass this on to her manager.

        Grace Adeyemi
    """),
     R("C300036", "general", None, "thank|housing officer",
       "Known e-mail; compliment for a member of staff -> general.")),

    (letter("10-07 09:00", {"name": "Mrs E. Dawson"}, """
        25 Thornhill Gardens, Leeds LS12 5EW

        Dear all,

        I would like to thank the young man who came to mend my hot water. He was very polite, wiped his feet
        and explained everything to my daughter. It is nice to be treated properly.

        Kind regards,
        Eileen Dawson
    """),
     R("C300030", "general", None, "thank",
       "Name + address -> C300030; thank-you letter about a completed repair -> general (repairs defensible).", REP)),

    (tg_in("10-08 10:30", "4409987612", "Kwame", """
        quick q - do you do home contents insurance for tenants or do I need to sort my own?
    """),
     R("C300029", "general", None, "contents insurance|insurance",
       "Linked Telegram id; contents insurance question -> general.")),

    (sms_in("10-09 15:50", U6(12), """
        are you open over xmas? need to drop a form off
    """),
     V("general", None, "open|christmas|xmas",
       "Unknown mobile, no name -> review; opening times -> general.")),

    (wa_in("10-12 12:25", "447700900337", "Grażyna", """
        Dzień dobry, mam nowy numer telefonu komórkowego: 07700 900788. Stary jest nieaktualny. Grażyna Nowak
    """),
     R("C300037", "general", None, "number|phone",
       "Polish: 'I have a new mobile number: 07700 900788; the old one is out of date.' Known number (her own "
       "mobile, not the shared landline) -> change of details -> general.")),

    (portal("10-13 08:20", {"customer_ref": "C300013", "email": "vicky.pemberton@example.org", "name": "Victoria Pemberton"},
            "Update my details", """
        Form: Update my details
        Field: Email address
        Old: vicky.pemberton@example.org
        New: v.pemberton.home@example.org
        Reason: old address will close at end of month
    """),
     R("C300013", "general", None, "email|update|details",
       "Portal change-of-details form with customer ref -> general.")),

    (email_in("10-14 09:20", "connor.walsh@example.net", "Connor Walsh", "Subject access request", """
        Hello,

        On the phone in August I was told the damage to my lawn would be paid for, and now your letter says no
        such promise was made. I want to see exactly what's on my file: the notes your staff wrote about me
        since July and the recording of that call. I understand I'm entitled to this under GDPR.

        Connor Walsh
        33 Moorside Crescent
    """),
     R("C300048", "general", None, "subject access|data|file|record|gdpr",
       "Known e-mail; subject access request -> general (complaint defensible).", CMP)),

    (call_in("10-15 13:05", "+447700900327", """
        Agent: Fairholme Homes, Nadia speaking.
        Caller: Hi, I'm Shahid, Fatima Begum's son, calling from her phone. She's at 6 Thornhill Gardens. Can you make sure every time you visit or phone her there's a Bengali interpreter, and ring me first? She sometimes says yes to things she hasn't understood.
        Agent: Of course. I'll add that to her communication needs, with you as the contact.
    """, dur=140),
     R("C300027", "general", None, "interpreter|bengali|contact",
       "Known number, son acting for the tenant; communication needs -> general.")),

    (call_in("10-16 11:40", "+441632960322", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: It's Joyce Ramsden, flat 1 Calder Court. I've had another letter and my neighbour's away so I can't read it. Can you tell me what it says?
        Agent: Of course, Mrs Ramsden. It's your annual gas safety reminder - the engineer's coming on the 28th in the morning. I'll put a note that we should phone you rather than write.
        Caller: Thank you love.
    """, dur=165),
     R("C300022", "general", None, "letter|read|phone",
       "Known landline; partially sighted tenant asking for a letter to be read -> general (repairs defensible for "
       "the gas check).", REP)),

    (email_in("10-19 18:00", "rebecca.thornton@example.org", "Rebecca Thornton", "Laptop scheme?", """
        Hi,

        There's a poster in the lift at Foundry Walk about free tablets and digital skills sessions for tenants.
        My mum (she's not a tenant, she lives with me some weeks) would love to learn video calls. Does she have
        to be on the tenancy to join, and where are the sessions held?

        Rebecca Thornton
    """),
     R("C300034", "general", None, "tablet|digital|sessions",
       "Known e-mail; question about a tenant digital-inclusion scheme -> general.")),

    (call_in("10-20 18:45", "+447700900340", """
        [Voicemail] Hi, it's Owen Pritchard. Someone left me a message earlier but it cut off before the number. Could you call me back after six or just email. Thanks.
    """, dur=19, answered_by=None, voicemail=True),
     R("C300040", "general", None, "call back|message|voicemail",
       "Inbound voicemail from a known mobile asking for a call back with no topic -> general, any category.", ANY)),

    (call_out("10-21 12:30", "+441134960345", "Customer services", "no-answer"),
     R("C300045", "general", None, ATTEMPT,
       "Attempted outbound call to a known landline, no answer -> record; any category.", ANY)),

    (call_out("11-12 16:00", "+447700900360", "Customer insight", "completed", dur=180, answered_by="human", transcript="""
        Agent: Hi Marcus, it's Kelly from Fairholme. You recently had a repair to your back gate - have you got two minutes for some quick feedback?
        Caller: Yeah go on.
        Agent: On a scale of one to ten, how satisfied were you?
        Caller: Eight. Quick, tidy, but I had to chase the appointment.
        Agent: Thanks, I'll feed that back.
    """),
     R("C300060", "general", None, "feedback|satisf",
       "Outbound one-to-one satisfaction call, answered -> record; general (repairs defensible).", REP)),

    (wa_in("10-23 09:10", U6(13)[1:], "Nuno", """
        Bom dia, qual é o horário do escritório de Wakefield? Preciso de entregar documentos.
    """),
     V("general", None, "office|hours|wakefield",
       "Portuguese: 'good morning, what are the Wakefield office hours? I need to hand in documents.' Unknown "
       "number -> review; general.")),

    (sms_in("10-23 14:30", U6(14), """
        Silav, ez dikarim bi kurdî biaxivim? Nameyek ji we hat, ez fêm nakim. Alîkarî lazim e.
    """),
     V("general", None, "kurdish|letter|interpreter|help",
       "Kurdish (Kurmanji): 'hello, can I speak in Kurdish? A letter came from you and I don't understand it; I "
       "need help.' Unknown mobile, no name -> review; interpreter/communication request -> general.")),

    (letter("10-26 09:00", {"name": "Mr D. Naylor"}, """
        14 Rushton Avenue
        Bradford BD3 7AB

        Re: Gary Naylor, 47 Weavers Row

        Dear Sirs,

        Please find enclosed a copy of the registered Lasting Power of Attorney for property and financial affairs
        for my father, Gary Naylor. I should be grateful if you would note it on his file and copy me into any
        correspondence about his rent or tenancy from now on.

        Yours faithfully,
        Daniel Naylor
    """),
     R("C300019", "general", None, "power of attorney|attorney",
       "Son acting for a named tenant with address -> C300019 (review defensible); registering an LPA -> general "
       "(tenancy defensible).", {**REVOK, **TEN})),

    (email_in("10-27 11:05", "ctax.enquiries@leeds-council.example.org", "Council Tax Section", "Tenancy start date - 44 Hollin Park Road", """
        Dear Sir/Madam,

        Please confirm the tenancy start date and the names of the tenants at 44 Hollin Park Road, LS8 3QT, for
        council tax billing purposes. Our reference CT/99-41820.

        Council Tax Section
    """),
     V("general", None, "council tax|tenancy start",
       "Council organisation asking about a household (44 Hollin Park = C300053), not acting for her -> review "
       "(record defensible); data request -> general.", ALT("C300053"))),

    (chat("10-28 19:10", {"email": "megan.lister@example.org", "name": "Megan"}, """
        Visitor: how do i register for the online portal? it keeps asking for an activation code
        Agent (Jo): Hi Megan, I can send a new activation code to your email now.
        Visitor: yes pls
    """),
     R("C300044", "general", None, "portal|activation|register",
       "Webchat with the customer's e-mail; portal registration -> general.")),

    (visit("10-29 12:00", cust("C300021"), WAKEFIELD_OFFICE, "walk_in", "attended", """
        Mr McAllister called in to update his emergency contact (now his sister, Fiona) and to ask whether we can
        send letters by e-mail. Both updated.
    """, direction="inbound"),
     R("C300021", "general", None, "emergency contact|letters|email",
       "Walk-in to update contact details and preferences -> general.")),

    (email_in("10-30 13:40", "nathan.pearce@example.org", "Nathan Pearce", "Landlord reference", """
        Hi,

        I'm hoping to rent a bigger place privately near my daughter's school. The letting agent wants a
        reference from my current landlord confirming I've paid my rent and kept the property in good order.
        Could you send one to lettings@oakfield-agents.example.com please?

        Nathan
    """),
     R("C300031", "general", None, "reference|landlord",
       "Known e-mail; request for a landlord reference -> general (tenancy defensible).", TEN)),

    (sms_in("11-02 17:30", "+447700900339", """
        Officer coming tomorrow for the tenancy check. I am Deaf. Please text me when she is outside, I will not
        hear the door. Thank you. Shirley
    """),
     R("C300039", "general", None, "text|deaf|door",
       "Known mobile; asks for a text on arrival because she is Deaf -> general (tenancy defensible).", TEN)),

    (wa_in("11-04 10:45", "447700900341", "Natalia", """
        Bună ziua, puteți să-mi trimiteți scrisorile pe email, nu prin poștă? Cutia poștală din bloc e stricată.
    """),
     R("C300041", "general", None, "email|letter|post",
       "Romanian: 'can you send my letters by e-mail, not by post? The block's letterbox is broken.' Known number "
       "-> contact preference -> general (estate defensible for the letterbox).", EST)),

    (wa_in("11-05 16:20", "447700900354", "Abdirahman", """
        Fadlan i soo wac, waxaan u baahanahay turjubaan Soomaali ah. Waa muhiim. Abdirahman
    """),
     R("C300054", "general", None, "call|interpreter|somali",
       "Somali: 'please call me, I need a Somali interpreter; it's important.' Known number, topic unknown -> "
       "general, any category.", ANY)),

    (email_in("11-09 08:30", "d.whitaker@example.com", "Darren Whitaker", "RE: Your new housing officer", """
        Thanks for letting us know. Do you have a direct number for Sam, or is it still the main line?

        Darren

        -----Original Message-----
        From: Fairholme Homes
        Sent: 06 November 2026 13:00
        Subject: Your new housing officer

        Dear Mr Whitaker, from 9 November your housing officer will be Sam Rahman. Sam will be in touch to introduce
        herself.
    """, thread="thr-gen-6120"),
     R("C300005", "general", None, "housing officer|number",
       "Known e-mail (Darren's own); question about contacting the new housing officer -> general.")),

    (ig_in("11-10 14:00", "@kelly.b.88", "Kelly Brannigan", """
        what's the number for the out of hours repairs again? lost the fridge magnet lol
    """),
     V("general", None, "out of hours|number",
       "Instagram display name matching a customer, no address or ref -> review (record against C300003 "
       "defensible); asking for a phone number -> general (repairs defensible).", {**ALT("C300003"), **REP})),
]

# ============================================================================================
# Ignore: bulk, auto-replies, bounces, marketing, spam, chatter, automated per-customer texts,
# content-free acknowledgements
# ============================================================================================
ITEMS += [
    (email_in("10-01 06:15", "editor@socialhousing-weekly.example.com", "Social Housing Weekly", "This week: Awaab's Law one year on, rent convergence, ASB powers", """
        SOCIAL HOUSING WEEKLY

        Awaab's Law one year on: are landlords meeting the timescales for damp and mould hazards?
        Rent convergence: what the new settlement means for arrears.
        New ASB powers explained: closure orders and civil injunctions.
        Jobs: Income Officer, Repairs Planner, Lettings Adviser.

        You are receiving this because you subscribed. Unsubscribe | Update preferences
    """, headers=NEWS_HEADERS),
     I("Bulk sector newsletter full of category vocabulary (List-Unsubscribe, Precedence: bulk) -> ignore.")),

    (email_in("10-02 09:01", "marcus.bell@example.com", "Marcus Bell", "Automatic reply: Your rent account", """
        Hi, I'm on holiday until 12 October with no access to email. If it's urgent please call my mobile.
        Marcus
    """, headers=AUTO_REPLY),
     I("Out-of-office auto-reply from a known customer -> ignore.")),

    (email_in("10-03 02:44", "postmaster@mail.example.net", "Mail Delivery Subsystem", "Undeliverable: Your rent statement", """
        Your message to stuart.mcallister.old@example.net couldn't be delivered.

        The recipient's mailbox doesn't exist. Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
    """, headers=BOUNCE),
     I("Non-delivery report -> ignore.")),

    (sms_out("10-05 18:00", "+447700900352", """
        Fairholme Homes: Your gas safety check is booked for Wed 7 Oct, 8am-12pm. Please make sure an adult is
        home. Reply 1 to confirm or 2 to rearrange.
    """),
     I("Automated per-customer appointment reminder -> ignore (recording against C300052 defensible).",
       REC("C300052", "repairs"))),

    (sms_in("10-05 18:04", "+447700900352", """
        1
    """),
     I("Reply '1' to the automated reminder (a keyword confirmation handled by the booking system) -> ignore "
       "(recording against C300052 defensible).", REC("C300052", "repairs"))),

    (letter("10-06 09:00", {"name": "Yorkshire Homes Appeal"}, """
        Dear Friend,

        This winter, thousands of families across Yorkshire face a choice between heating and eating. A gift of
        just £10 could provide a warm winter pack for a family in need. Please complete the enclosed form today.

        With thanks,
        The Appeal Team
    """),
     I("Charity fundraising mailshot -> ignore.")),

    (tg_in("10-07 03:15", "9988776655", "Airdrop Official", """
        🎁 Claim your FREE $FAIR tokens now! Limited airdrop for the first 1000 users 👉 t.me/fair_airdrop_example
    """),
     I("Telegram spam from an unlinked id -> ignore.")),

    (fb_in("10-08 13:05", "fb:100090600109", "Lisa Bairstow", """
        Does anyone know if the chippy on Weavers Row is open Sundays now?
    """),
     I("Social chatter not addressed to the landlord's services -> ignore.")),

    (ig_in("10-09 18:30", "@thornhill_blooms", "Thornhill Blooms", """
        Our residents' bulb planting day was a huge success 🌷 thanks to everyone who came! @fairholmehomes
    """),
     I("Public social post tagging the landlord, asks for nothing -> ignore.")),

    (sms_in("10-12 15:20", "+447700900303", """
        ok thanks
    """, thread="conv-sms-41266"),
     I("Bare acknowledgement from a known customer, asks for nothing -> ignore (recording against C300003 as "
       "general defensible).", REC("C300003", "general"))),

    (email_in("10-12 16:40", "daniel.okafor@example.com", "Daniel Okafor", "Read: Your complaint CMP-5210", """
        Your message

          To: Daniel Okafor
          Subject: Your complaint CMP-5210
          Sent: 12 October 2026 15:02

        was read on 12 October 2026 16:40.
    """, headers={"Content-Type": "multipart/report; report-type=disposition-notification"}),
     I("Read receipt generated by the customer's mail client -> ignore.")),

    (email_in("10-13 08:00", "noreply@contractor-portal.example.com", "Contractor Portal", "Job 91422 completed", """
        Job 91422 (Replace kitchen worktop, Flat 6 Ashgrove Court) has been marked COMPLETE by operative
        D. Kershaw at 07:58. Photos: 3. Tenant signature: captured.

        This is an automated notification.
    """, headers=EMAIL_AUTO),
     I("Automated contractor-system notification mentioning an address -> ignore.")),

    (wa_in("10-14 11:11", "447700900318", "Mohammed", """
        شكرا جزيلا
    """, thread="conv-wa-88120"),
     I("Arabic: 'thank you very much' - a bare thanks in a thread, asks for nothing -> ignore (recording against "
       "C300018 defensible).", REC("C300018", "general"))),

    (call_in("10-14 14:02", "+441134960471", """
        Hello, this is an important message about your energy bills. Press one to speak to an adviser about
        government-backed home insulation...
    """, dur=22, answered_by="machine_start"),
     I("Recorded marketing robocall to the main line -> ignore.")),

    (email_in("10-15 10:30", "talent@peoplefirst-recruit.example.com", "PeopleFirst Recruitment", "Interim Housing Officers available now", """
        Hi there,

        Struggling with caseloads? We have experienced interim Housing Officers, Income Officers and ASB
        Caseworkers available immediately at competitive day rates. Reply to arrange a call.

        To stop receiving these emails reply REMOVE.
    """),
     I("Recruitment-agency marketing -> ignore.")),

    (sms_out("10-16 08:00", "+447700900320", """
        Fairholme Homes: Hi Bethany, how did we do? Please rate your recent repair from 1 (poor) to 5 (excellent)
        by replying to this text.
    """),
     I("Automated per-customer satisfaction survey text -> ignore (recording against C300020 defensible).",
       REC("C300020", "repairs"))),

    (wa_in("10-19 20:40", "447700900351", "Yasmin", """
        Forwarded many times
        ⚠️ WARNING ⚠️ Don't answer calls from +44 7700 900999, it's a scam that empties your bank account! Send
        this to all your contacts!!
    """),
     I("Forwarded chain message from a known customer, nothing asked of the landlord -> ignore.")),

    (sms_in("10-20 09:05", "+447700900347", """
        Stop
    """),
     I("Opt-out reply to automated texts -> ignore (recording the preference against C300047 defensible).",
       REC("C300047", "general"))),

    (fb_in("10-21 12:15", "fb:100090600110", "Gary Firth", """
        Fair play to the lads who did the new windows on Thornhill Gardens, tidy job 👍
    """),
     I("Positive public comment asking for nothing -> ignore.")),

    (ig_in("10-22 10:00", "@glowup.beauty.leeds", "Glow Up Beauty", """
        💅 20% off all nail appointments this week only! Follow us and DM to book 💅
    """),
     I("Spam/marketing DM -> ignore.")),

    (email_in("10-23 07:45", "info@wakefield-council.example.org", "Wakefield Council", "Automatic reply: Nomination query", """
        Thank you for contacting Wakefield Council Housing Options. We aim to respond within 10 working days.
        This mailbox is not monitored outside office hours.
    """, headers=AUTO_REPLY),
     I("Partner organisation's auto-acknowledgement -> ignore.")),

    (tg_in("10-26 08:00", "3344556677", None, """
        /start
    """),
     I("Bot start command from an unlinked Telegram id, no message -> ignore (review defensible).",
       {"action": ["review"], "category": ["general"]})),

    (wa_in("10-26 14:30", U6(15)[1:], "Shaz", """
        sorry wrong number, meant to send that to my sister 😅
    """),
     I("Wrong-number message from an unknown number -> ignore (review defensible).",
       {"action": ["review"], "category": ["general"]})),

    (email_out("10-27 12:00", INBOX, "all-tenants@lists.fairholmehomes.example.org", "Fairholme tenants", "Tenant News - Autumn 2026", """
        Tenant News - Autumn 2026

        Getting ready for winter: bleed your radiators and report boiler faults early.
        Damp and mould: how to report it and what we'll do.
        Meet your new estate officers. Christmas opening hours.
    """, headers=NEWS_HEADERS),
     I("Outbound bulk newsletter to all tenants -> ignore.")),

    (sms_out("10-28 17:00", "+447700900356", """
        Fairholme Homes: reminder - your damp and mould survey is tomorrow (Thu 29 Oct) between 1pm and 5pm.
        An Arabic interpreter will attend. Reply R to rearrange.
    """),
     I("Automated per-customer survey reminder -> ignore (recording against C300056 as damp_mould defensible).",
       {"action": ["record"], "customer_ref": ["C300056"], "category": ["damp_mould"], "hazard": ["damp_mould"]})),

    (wa_in("11-01 09:00", "447700900306", "Agnieszka", """
        Dziękuję 🙂
    """, thread="conv-wa-88457"),
     I("Polish: 'thank you' with an emoji, nothing asked -> ignore (recording against C300006 defensible).",
       REC("C300006", "general"))),

    (email_in("11-02 05:10", "billing@invoice-notice.example.com", "Accounts Payable", "OVERDUE INVOICE #INV-44821 - action required", """
        Dear Customer,

        Your invoice #INV-44821 is 30 days overdue. Open the attached document to view and pay now to avoid
        suspension of services.
    """),
     I("Phishing e-mail -> ignore.")),

    (sms_out("11-03 09:00", "+447700900324", """
        Fairholme Homes: Hi Ryan, your joiner appointment is confirmed for Thu 12 Nov, 8am-1pm. Reply R to
        rearrange.
    """),
     I("Automated per-customer booking confirmation -> ignore (recording against C300024 defensible).",
       REC("C300024", "repairs"))),

    (wa_in("11-04 19:30", "447700900310", "Hodan", """
        🙏🙏
    """),
     I("Emoji-only acknowledgement from a known customer -> ignore (recording against C300010 defensible).",
       REC("C300010", "general"))),

    (sms_out("11-06 08:00", "+447700900312", """
        Fairholme Homes: our offices close at 1pm on Fri 20 Nov for staff training. Out of hours repairs:
        0113 496 0999.
    """),
     I("Broadcast office-closure notice (same text to all tenants) -> ignore.")),

    (fb_in("11-07 20:00", "fb:100090600111", "Hollin Park Community Page", """
        📢 Bonfire night recap: thanks to everyone who came to the Hollin Park community bonfire! Photos in the
        album.
    """),
     I("Community page post, asks for nothing -> ignore.")),

    (email_in("11-09 06:00", "no-reply@surveys.example.net", "TenantVoice Surveys", "Your October STAR survey results are ready", """
        Your monthly tenant satisfaction dashboard is ready. Overall satisfaction: 71%. Repairs: 68%.
        Log in to view the full report. You are receiving this as an account administrator.
    """, headers=EMAIL_AUTO),
     I("Automated supplier report to the organisation -> ignore.")),

    (call_in("11-10 12:30", U6(16), None, dur=3, status="completed", answered_by="machine_start"),
     I("Silent 3-second inbound call from an unknown number, no transcript -> ignore (review defensible).",
       {"action": ["review"], "category": ["general"]})),
]


# ============================================================================================
# Ids (corpus_tools with SPLIT = "train6"), writing, validation, coverage
# ============================================================================================
def main() -> int:
    return corpus_tools.build(ITEMS, ["train.jsonl", "train2.jsonl", "train3.jsonl", "train4.jsonl", "train5.jsonl"])


if __name__ == "__main__":
    sys.exit(main())

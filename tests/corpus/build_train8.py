#!/usr/bin/env python3
"""Build an eighth labelled training split (deterministic; writes only train8.jsonl / train8.expected.jsonl).

    python tests/corpus/build_train8.py

Same formats, directory and label conventions as README.md; the envelope helpers and label helpers come
from envelopes.py (imported, not copied) and the ids, validator and coverage report from corpus_tools.py
with the split salt "train8". Every message below is written by hand for this split.

This split is about SENSITIVITY and ANONYMITY, the router's hardest area, in fresh voices (older
letter-writers, text-speak, typos, long rambling call transcripts, professionals' e-mails, community
languages in Latin and native scripts):
  S. 152 sensitive contacts - safeguarding (domestic abuse incl. coercive and financial control, abuse of
     older people by family, child neglect, oblique self-harm hints, cuckooing, county lines, modern
     slavery, hoarding and self-neglect, carers under strain, dementia and wandering, hate crime) and
     anti-social behaviour (dealing, harassment, threats, intimidation, noise with threats, named
     vandals). Many are hard: the disclosure is indirect, comes only late after a routine repair or rent
     topic, is made by a third party, or is in another language; anonymity is often asked only in words.
  N. 108 hard negatives sharing the vocabulary (abuse of the bin store, gas SAFEty, kill the power, a
     dying battery, threatening weather, a long-fixed kicked door, a mum moving in as carer, police asking
     for CCTV of a car-park prang, staff outbound calls, bulletins about safeguarding) labelled honestly.

Label judgements specific to this split (on top of README.md):
- Someone disclosing abuse of *themselves* who asks that the abuser not learn of it ("don't tell my son I
  wrote") is recorded against that person (support needs the record; review when unidentified), anonymous
  accepted. A reporter of someone else's behaviour who asks not to be named is anonymous; an ASB victim who
  asks that the neighbour not learn who complained stays anonymous with record accepted (as in train5).
  Contact instructions ("text, don't ring", "don't tell social services") are not anonymity requests.
- Safeguarding hazard: null unless the building itself is dangerous, or a life is at immediate risk right
  now (active plan, violent person breaking in) where emergency is given with null accepted.
- A repair request that reveals abuse is safeguarding with repairs accepted, but always sensitive.
Ids are checked for uniqueness against train..train7 and the shared samples.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from envelopes import (  # noqa: E402,F401
    ANY, ATTEMPT, ASB_BOX, BOUNCE, AUTO_REPLY, BRADFORD_OFFICE, EMG, EST, GEN, INBOX, LEEDS_OFFICE, MAIN,
    NEWS_HEADERS, NOHZ, OOH, RENT_BOX, REP, REPAIRS_BOX, REVOK, SAFEGUARDING_BOX, SHEFF, SHEFFIELD_OFFICE,
    TEN, TENANCY_BOX, WAKEFIELD_OFFICE, A, I, R, V, call_in, call_out, chat, cust, email_in, email_out, fb_in,
    ig_in, letter, portal, sms_in, sms_out, tg_in, visit, wa_in, wa_out,
)
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "train8"  # salts the ids and prefixes validation messages

ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []
CMP = {"category": ["complaint"]}
RENT = {"category": ["rent"]}
LET = {"category": ["lettings"]}
GENC = {"category": ["general"]}
ASBC = {"category": ["asb"]}
SAFE = {"category": ["safeguarding"]}
REPC = {"category": ["repairs"]}
TENC = {"category": ["tenancy"]}
ESTC = {"category": ["estate"]}
ANONOK = {"action": ["anonymous"], "customer_ref": [None]}
LIVE = {"hazard": ["damp_mould"]}


def U8(n: int) -> str:
    """An unknown (not in the directory) mobile for this split: +44 7700 9001nn."""
    return f"+4477009001{n:02d}"


def W8(n: int) -> str:
    """The same unknown mobile as WhatsApp sends it (no '+')."""
    return f"4477009001{n:02d}"


def FB8(n: int) -> str:
    """A Facebook sender id not linked to anyone."""
    return f"fb:1000900008{n:02d}"


def ALT(*refs: str) -> dict[str, Any]:
    """For review labels: recording against one of these customers is also defensible."""
    return {"action": ["record"], "customer_ref": list(refs)}


def RECOK(ref: str) -> dict[str, Any]:
    """For anonymous labels: recording against the (known) reporter is also defensible."""
    return {"action": ["record"], "customer_ref": [ref]}


def REC(ref: str, cat: str) -> dict[str, Any]:
    """For ignore labels: recording against the identified customer is also defensible."""
    return {"action": ["record"], "customer_ref": [ref], "category": [cat]}


def M(*dicts: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for d in dicts:
        for k, v in d.items():
            if k in out and isinstance(out[k], list) and isinstance(v, list):
                out[k] = out[k] + [x for x in v if x not in out[k]]
            else:
                out[k] = v
    return out


# ============================================================================================
# S1. Domestic abuse: coercive control, financial control, tracking, isolation - mostly indirect,
#     often tucked behind a repair or rent question, some from third parties or in other languages
# ============================================================================================
ITEMS += [
    (call_in("11-02 10:12", "+447700900347", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Hi, it's Priya Chauhan, 17 Moorside Crescent. I got a card about the boiler service, it says Thursday between eight and twelve.
        Agent: That's right, the annual service. Is Thursday OK?
        Caller: Could it be a day when... sorry. My husband doesn't like people in the house when he's not here. And he doesn't like them when he is here either. Could it be a Tuesday? He's at his brother's on Tuesdays.
        Agent: I can do Tuesday the 10th, morning.
        Caller: Thank you. And please don't text me the time. He goes through my phone every night, he'd see it and he'd want to know why I arranged it without asking. Just... I'll remember it.
        Agent: OK Priya, no text. Can I ask, are you alright at home?
        Caller: I'm fine. It's fine. I have to go.
    """, dur=214),
     R("C300047", "safeguarding", None, "husband|phone|control",
       "Known mobile; routine boiler-service booking that reveals a husband who checks her phone nightly and "
       "controls who enters the home -> coercive control -> safeguarding (repairs accepted, still sensitive).", REPC)),

    (sms_in("11-02 19:40", "+447700900344", """
        hiya can the rent statements come to me by email not post. he opens all the post n he takes my wages off me
        every friday n gives me 20 quid back like im a kid. dont reply after 6 hes home. megan
    """),
     R("C300044", "safeguarding", None, "wages|money|control",
       "Known mobile; a change-of-correspondence request that discloses a partner taking her wages and opening her "
       "post -> economic abuse -> safeguarding (rent/general accepted, still sensitive).",
       {"category": ["rent", "general"]})),

    (wa_in("11-03 09:05", W8(1), "Oksana", """
        Добрий день. Я живу з чоловіком у квартирі 20 на Foundry Walk. Він забрав мій паспорт і картку, каже що
        без нього мене депортують. Я не виходжу з дому без нього. Будь ласка, пишіть тільки сюди, не дзвоніть.
    """),
     V("safeguarding", None, "passport|husband|control",
       "Ukrainian: 'I live with my husband in flat 20 Foundry Walk. He took my passport and card, says without him "
       "I'll be deported. I don't leave the house without him. Please only write here, don't call.' Unknown "
       "number, the flat is not in the directory -> review; coercive control and document withholding -> "
       "safeguarding.")),

    (email_in("11-03 21:55", "kwame.mensah@example.com", "Kwame Mensah", "bit of an odd one", """
        Hi,

        Bit of an odd one and I'm not sure you're the right people. I found one of those bluetooth tracker tags
        taped under the passenger seat of my car yesterday. My partner is the only other person who drives it.
        She also always seems to know where I've been, and she had my banking app passcode changed "so we could
        budget together" and now I have to ask her for money.

        I'm not after anyone getting in trouble. I just wanted to know if I'm allowed to put a second lock on
        the bedroom at 18 Thornhill Gardens, because I'd like somewhere to keep my documents.

        Kwame
    """),
     R("C300029", "safeguarding", None, "tracker|partner|money",
       "Known e-mail; male tenant describing covert tracking and financial control by his partner, framed as a "
       "lock permission question -> coercive control -> safeguarding (tenancy accepted, still sensitive).", TENC)),

    (call_in("11-04 14:31", "+441144960322", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: Hello... I can't talk loud. The lock on the bathroom door, inside. Can you take it off? No... can you make it so it works again? He took the bolt off.
        Agent: Of course we can look at that. Can I take your name?
        Caller: It's the house on Moorside, number 8. He says I'm not allowed to lock any door. I need to go.
        Agent: Before you go, is it safe for us to ring this number back?
        Caller: No. Don't ring.
    """, dur=71),
     V("safeguarding", None, "lock|bathroom|bolt",
       "Shared Hussain landline (C300011/C300012), the caller never gives a name -> review (record against Amina "
       "defensible from context); a partner removing the bathroom lock and forbidding locked doors -> coercive "
       "control -> safeguarding (repairs accepted, still sensitive).",
       M(ALT("C300011"), REPC))),

    (chat("11-04 20:18", {"email": "sophie.lambert@example.org", "name": "Sophie"}, """
        Visitor: hi I need the kitchen window at 9 beckside mews fixing, its cracked right across
        Agent (Rosa): Sorry to hear that Sophie. Do you know how it happened? Was it the weather or an impact?
        Visitor: something was thrown at it
        Agent (Rosa): Was it from outside? If it's vandalism we may need a crime number.
        Visitor: no from inside. it was a mug. Ryan threw it, it wasnt at the window it was at me and it missed. please dont put that on the job because he'll see the letter
        Agent (Rosa): Thank you for telling me. I'll book the glazier with no details on the letter, and I'd like our domestic abuse lead to contact you. What's a safe way?
        Visitor: this chat. or my mobile in the daytime
    """),
     R("C300023", "safeguarding", None, "window|thrown|partner|ryan",
       "Chat with Sophie's own e-mail (joint tenancy, but the address is hers alone) -> C300023; glazing repair where "
       "the damage came from her partner throwing a mug at her -> domestic abuse -> safeguarding (repairs accepted, "
       "still sensitive).", REPC)),

    (letter("11-05 09:00", {"name": "IDVA Service, Leeds Women's Aid"}, """
        Leeds Women's Aid - Independent Domestic Violence Advocacy
        PO Box 7788, Leeds

        Re: Ms Leanne Firth, 10 Thornhill Gardens, LS12 5EW

        Dear Housing Officer,

        I am writing with Ms Firth's written consent (enclosed). Ms Firth was assessed as high risk at MARAC on
        29 October following an assault by her former partner, who knows the address. She wishes to remain a
        Fairholme tenant but asks to be considered for a management transfer to another area as soon as
        possible. In the meantime could you please arrange a lock change and a letterbox guard.

        Please contact me rather than Ms Firth by post; she is happy to be texted on her own mobile.

        Yours sincerely,
        J. Akinola, IDVA
    """),
     R("C300028", "safeguarding", None, "transfer|idva|marac|lock",
       "Letter from an IDVA acting with the named tenant's consent -> record against Ms Firth (review accepted); "
       "domestic abuse, high risk, transfer and security request -> safeguarding (lettings accepted).",
       M(REVOK, LET))),

    (tg_in("11-05 23:40", "6674421093", "Jade", """
        hes took the handle off the inside of the spare room door again and shut me in when he went the pub. i got
        out the window onto the shed roof. im at my nans now. dont message me back on here he reads it on the
        ipad
    """),
     R("C300059", "safeguarding", None, "shut|locked|partner|door",
       "Linked Telegram id; being shut in a room by a partner, now safe at her nan's, asks for no reply on this "
       "channel -> domestic abuse -> safeguarding; not immediately at risk now (emergency defensible).", EMG)),

    (call_in("11-06 11:20", "+441144960355", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Hello love, Christine Mellor, 2 Moorside. I'm ringing about the door between the kitchen and the hall. The frame's split down one side and it won't shut.
        Agent: OK Christine, I can book a joiner. How did the frame get split?
        Caller: Oh, you know. Kyle. My grandson. He lives with me since his mum went. He's seventeen, he's bigger than me now. When I said no to the money for his phone he put his shoulder to it. I was behind it, like.
        Agent: Were you hurt, Christine?
        Caller: My arm's a bit purple. I don't want him in trouble, he's all I've got. I just want the door.
        Agent: I'll book the joiner for Monday. I'm also going to ask one of our support officers to give you a ring, just to talk things through. Is that alright?
        Caller: If you like. Not when he's in though, he's in after four.
    """, dur=298),
     R("C300055", "safeguarding", None, "grandson|door|hurt",
       "Known landline; door-frame repair that reveals violence from a teenage grandson living with her (injury, "
       "money demands) -> abuse by a family member -> safeguarding (repairs accepted, still sensitive).", REPC)),

    (visit("11-06 15:10", {"name": "Housing officer (R. Ibbotson)"}, cust("C300034"), "door_knock", "attended", """
        Tenancy audit, Flat 11 Foundry Walk. Ms Thornton's partner (not on tenancy, gave first name Lee) answered
        the door and stayed in the room throughout, answering most questions for her. When I asked her directly
        about household members she looked at him before replying. Healing bruise to left wrist, covered when she
        noticed. I could not speak to her alone. Left the general leaflet pack with the domestic abuse card
        inside it. Will try to arrange a contact away from the flat.
    """),
     R("C300034", "safeguarding", None, "partner|bruis|control|alone",
       "Housing officer's audit note; partner answering for the tenant, bruising, no chance to speak alone -> "
       "suspected domestic abuse -> safeguarding (tenancy accepted, still sensitive).", TENC)),

    (email_in("11-07 10:45", "support@haven-refuge.example.org", "Haven Refuge Support", "Tenant in our service - please do not write to the flat", """
        Dear Fairholme Homes,

        I support Ms Grace Adeyemi, your tenant at Flat 2 Foundry Walk, who has been staying in our refuge since
        Monday after leaving an abusive relationship. She gives consent for me to contact you (form attached).

        1. Please do not send anything to the flat or ring the landline there; her ex-partner still has access.
           Her mobile is safe for texts only.
        2. She wants to keep her tenancy for now. Can you tell us how her rent will be covered while she is in
           refuge? We understand Housing Benefit can be paid on two homes for a short period.
        3. Please flag the address so nobody discloses her whereabouts.

        Kind regards,
        Marie Doyle, Refuge Support Worker
    """, to=SAFEGUARDING_BOX),
     R("C300036", "safeguarding", None, "refuge|abuse|rent",
       "Refuge worker acting for the named tenant with consent -> record against Ms Adeyemi (review accepted); "
       "fled domestic abuse, contact restrictions and rent in refuge -> safeguarding (rent accepted).",
       M(REVOK, RENT))),

    (portal("11-07 13:02", {"customer_ref": "C300026", "email": "paul.greenwood@example.com", "name": "Paul Greenwood"},
            "Update my contact details", """
        Form: Update my contact details
        Remove: mobile 07700 900419 (my wife, Dawn)
        Reason (optional): She has been ringing in as me and cancelling jobs I book, then telling me I imagined
        booking them. Same with the doctor. I am starting to think I am going mad but I have the confirmation
        emails. Please only deal with me and only by email.
    """),
     R("C300026", "safeguarding", None, "wife|cancel|control",
       "Portal form with customer ref; removing his wife's number because she impersonates him and makes him doubt "
       "his memory -> coercive control (gaslighting) -> safeguarding (general accepted, still sensitive).", GENC)),

    (ig_in("11-07 22:50", "@kay.lou.x", "", """
        pls can someone help me im at 16 ashgrove court my boyfriend took my keys and phone and locked the door
        when he went out. using his old tablet. i dont live there its his flat
    """),
     V("safeguarding", "emergency", "locked|keys|boyfriend",
       "Instagram handle only (the writer is not a tenant; Flat 16 Ashgrove is C300050's home) -> review; a "
       "woman locked in without keys or phone right now -> domestic abuse with immediate risk -> safeguarding, "
       "emergency (null accepted).", NOHZ)),

    (call_in("11-08 00:25", "+447700900353", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: He's outside. He's kicking the front door, I can see the frame going. I've rung the police, they said they're coming.
        Agent: OK. Is that 44 Hollin Park Road? Lucy?
        Caller: Yes. I'm upstairs in the bedroom with the baby. He's my ex. He's not supposed to be here.
        Agent: Stay upstairs with the door shut and stay on with the police if they ring back. I'm logging an emergency board-up and lock change for as soon as the police say it's safe.
        Caller: He's shouting he'll come through the window.
        Agent: Keep the phone by you, Lucy. The police are on the way.
    """, to=OOH, dur=190),
     R("C300053", "safeguarding", "emergency", "ex|door|police",
       "Known mobile; ex-partner breaking in at night, police called, mother and baby upstairs -> domestic abuse "
       "with immediate danger -> safeguarding, emergency (null accepted; asb accepted).", M(NOHZ, ASBC))),

    (wa_in("11-08 16:10", "447700900311", "Amina", """
        Assalam o alaikum. Mujhe rent ke baare mein poochna tha, yeh mere naam pe hai na? Mere shohar kehte hain
        ke ghar unka hai aur agar main unki baat nahi maanti to mujhe bachon ke baghair nikaal denge. Kya woh
        aisa kar sakte hain? Please sirf WhatsApp pe jawab dein, 11 se 2 ke beech.
    """),
     R("C300011", "safeguarding", None, "husband|tenancy|threat",
       "Roman Urdu: 'is the tenancy in my name? My husband says the house is his and if I don't obey he'll throw "
       "me out without the children. Can he? Please reply only on WhatsApp, 11-2.' Amina's own number (not the "
       "shared landline) -> C300011; threats and control by a husband -> safeguarding (tenancy accepted).", TENC)),

    (email_in("11-09 08:30", "owen.pritchard@example.com", "Owen Pritchard", "Re: Rent arrears letter", """
        Hi,

        Sorry it's taken a while to reply. The arrears are because I haven't had access to my own account since
        August. The person I was seeing had my cards and my phone and I've only just got them back. She's gone
        now and the police have been involved. I can start paying again from Friday and I'd like to agree
        something for the rest.

        Owen

        On Tue, 3 Nov 2026 at 10:02, Fairholme Income Team <rent@fairholmehomes.example.org> wrote:
        > Dear Mr Pritchard, your rent account is £486.20 in arrears. Please contact us.
    """, to=RENT_BOX),
     R("C300040", "safeguarding", None, "cards|arrears|abuse|control",
       "Known e-mail; arrears explained by an ex-partner's control of his cards and phone (police involved) -> "
       "economic abuse disclosed in a rent reply -> safeguarding (rent accepted, still sensitive).", RENT)),

    (sms_in("11-09 13:15", U8(2), """
        Hi. I'm Tara, I live with Dean at flat 14 Foundry Walk, I'm not on the tenancy. Can I get a key cut for
        the communal door? He won't give me one so I can't get in unless he's home, and he says if I go out I
        can't come back in. He doesnt know im asking
    """),
     V("safeguarding", None, "key|partner|control",
       "Unknown mobile, a partner who is not a tenant (Flat 14 Foundry Walk = C300035) -> review; being kept "
       "dependent on him for entry -> coercive control -> safeguarding (estate accepted, still sensitive).", ESTC)),

    (call_in("11-10 09:48", "+447700900325", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Bună ziua... sorry. Hello. Ioana Marin, 12 Beckside. I pay rent by card on the phone, yes?
        Agent: Yes, I can take a card payment now.
        Caller: Good. I pay now £60. And please, the letters. My husband come back. The police say he is not allowed but he come back and my mother-in-law say I must let him. He take the letters. Can you send to my work?
        Agent: Ioana, are you safe at the moment?
        Caller: He is at the house now. I am at work. I am OK at work.
        Agent: I'll take the payment and change your address for letters. I'd also like our domestic abuse officer to call you at work. Which time is best?
        Caller: Lunch, 12 o'clock.
    """, dur=266),
     R("C300025", "safeguarding", None, "husband|letters|police",
       "Known mobile; a rent payment call that reveals a husband returning in breach of police conditions and "
       "intercepting her post -> domestic abuse -> safeguarding (rent accepted, still sensitive).", RENT)),

    (fb_in("11-10 21:05", FB8(1), "Shell Marie", """
        Is there someone I can message private about a friend? She's one of your tenants at Calder Court and her
        fella won't let her see anyone, he's moved in and taken over, she has to ask to use the bathroom. She
        won't report it herself. Don't want her to know it came from me.
    """),
     A("safeguarding", None, "friend|partner|control",
       "Facebook DM from an unlinked profile about a friend (flat not given) asking not to be identified to her -> "
       "anonymous; severe coercive control -> safeguarding (review accepted).",
       {"action": ["review"]})),

    (call_out("11-11 12:00", "+447700900344", "Domestic abuse officer", "completed", dur=380, answered_by="human", transcript="""
        Agent: Hi, is that Megan? It's Sam from the salon, about your appointment.
        Customer: Yes. He's out, you can talk.
        Agent: Thanks Megan. It's Sam from Fairholme. I've set your rent account to e-mail only and nothing will be posted. I've also got you an appointment with the money advice team on Friday at the library so you can open an account in your own name.
        Customer: He'll ask where I've been.
        Agent: The library's on your way back from work, and they'll give you a leaflet about the job club to take home. Is that OK?
        Customer: Yeah. Thank you.
    """),
     R("C300044", "safeguarding", None, "money|account|advice",
       "Outbound call by the domestic abuse officer using an agreed cover story; safety planning for economic abuse "
       "-> safeguarding.")),

    (wa_in("11-11 18:45", "447700900341", "Natalia", """
        Bună seara. Vă scriu pentru vecina mea de la etajul 2, Calder Court, e din Portugalia, nu știe engleză.
        Bărbatul ei o încuie în casă când pleacă și i-a luat telefonul. Azi mi-a strigat de la geam să o ajut.
        Vă rog să nu spuneți că v-am scris eu, el știe că vorbesc cu ea.
    """),
     A("safeguarding", None, "neighbour|locked|phone",
       "Romanian: 'I'm writing for my neighbour on the 2nd floor of Calder Court, from Portugal, no English. Her "
       "man locks her in when he goes out and took her phone. Today she shouted from the window for help. Please "
       "don't say I wrote, he knows I talk to her.' Known number, anonymity asked in her own words -> anonymous; "
       "domestic abuse of a third party -> safeguarding (emergency accepted).", EMG)),

    (chat("11-12 13:30", {"name": "Guest"}, """
        Visitor: olá, fala português?
        Agent (Rosa): Hello, I can use a translator. Please write in Portuguese.
        Visitor: O meu marido fecha-me em casa quando sai e tirou-me o telemóvel. Estou a usar o computador da vizinha. Moro no 2º andar em Calder Court. Não quero que ele saiba que escrevi.
        Agent (Rosa): Obrigada. Are you hurt? Is he home now? We can call the police for you.
        Visitor: Ele volta às 6. Não quero polícia, quero uma casa só para mim e o meu filho.
    """),
     V("safeguarding", None, "locked|husband|phone",
       "Portuguese webchat: 'my husband locks me in when he goes out and took my phone; I'm on the neighbour's "
       "computer; 2nd floor Calder Court; I don't want him to know I wrote... I want a home just for me and my "
       "son.' No identifiers, not in the directory -> review; domestic abuse -> safeguarding (lettings accepted). "
       "Her wish that the abuser not know is about her own safety, not reporter anonymity.", LET)),

    (email_in("11-12 16:20", "pc.7712.nicholls@westyorks-police.example.org", "PC 7712 Nicholls", "Address flag request - 30 Weavers Row", """
        Good afternoon,

        Following a domestic incident at 30 Weavers Row on 8 November, the male involved has been bailed with a
        condition not to attend the address. The occupant, Ms Armitage, is aware we are contacting you. Could you
        flag the property on your systems and let your repairs contractors know not to admit him if he presents as
        the tenant's partner? The door was damaged during the incident and has been temporarily secured.

        PC 7712 Nicholls, Bradford East Safer Neighbourhood Team
    """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "bail|domestic|flag|door",
       "Police officer informing about a household (30 Weavers Row = C300017) -> review, record against her "
       "accepted; domestic incident and bail conditions -> safeguarding (door already secured, hazard null).",
       ALT("C300017"))),

    (sms_in("11-13 07:50", "+447700900317", """
        morning, police said theyd let you know about saturday. the door still only shuts with the chain and i
        need a proper lock before he gets out of the cells properly. chloe 30
    """),
     R("C300017", "safeguarding", None, "door|lock|police",
       "Known mobile; lock needed after a domestic incident and the abuser's release -> safeguarding (repairs "
       "accepted, still sensitive; emergency accepted as the home is not fully secure).", M(REPC, EMG))),
]

# ============================================================================================
# S2. Adults at risk: older people abused or exploited by family, doorstep crime, dementia and
#     wandering, carers at breaking point, hoarding and self-neglect
# ============================================================================================
ITEMS += [
    (wa_in("11-01 11:30", "447700900327", "Fatima", """
        আসসালামু আলাইকুম। আমার ছেলে আমার পেনশনের টাকা সব নিয়ে নেয়, আমাকে বাজারের জন্যও কিছু দেয় না। টাকা
        চাইলে চিৎকার করে আর দরজা জোরে বন্ধ করে। ওকে বলবেন না যে আমি লিখেছি, সে আমার ইংরেজি চিঠি পড়ে।
        ফাতিমা বেগম, ৬ থর্নহিল গার্ডেনস
    """),
     R("C300027", "safeguarding", None, "son|pension|money",
       "Bengali: 'my son takes all my pension money and gives me nothing even for shopping; when I ask he shouts "
       "and slams the door. Don't tell him I wrote, he reads my English letters.' Known number -> financial abuse "
       "of an older tenant by her son -> safeguarding. She asks the abuser not be told, not to be an anonymous "
       "reporter -> record (anonymous accepted).", ANONOK)),

    (letter("11-02 09:00", {"name": "H. Birkett"}, """
        3 Thornhill Gardens
        Leeds LS12 5EW

        Dear Sirs

        I am writing about buying my house which my nephew Craig says I am entitled to. I do not want to buy it,
        I am 86 and happy renting. But he keeps bringing the forms and says I must sign them or he will stop
        coming to do my shopping. He has my pension card as I cannot get to the post office. He says the house
        will be his when I am gone and it is only fair.

        Please do not send the forms to me. Please write in big print.

        Yours faithfully
        Harold Birkett
    """),
     R("C300045", "safeguarding", None, "nephew|right to buy|pension|sign",
       "Name + address -> C300045 (large-print letter writer); pressure from a nephew to sign right-to-buy forms, "
       "with control of his pension card and shopping -> financial abuse of an older tenant -> safeguarding "
       "(tenancy accepted, still sensitive).", TENC)),

    (call_in("11-02 15:45", U8(3), """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Hi, I'm ringing about my dad, John Smith. He's one of yours on Weavers Row, number 22. I don't know if I'm allowed to ring for him.
        Agent: You can tell us what's worrying you, and I'll note who you are. What's your name?
        Caller: Lisa, his daughter. My brother moved back in with him in the summer. Dad's got his card and every time I go round there's no food in and the meter's on emergency credit. My brother says Dad spends it on scratchcards. Dad's never bought a scratchcard in his life. And there's been a letter saying he's behind on the rent.
        Agent: Thank you Lisa. Does your dad know you're calling?
        Caller: He asked me to. He won't say anything to my brother's face.
    """, dur=241),
     R("C300015", "safeguarding", None, "brother|money|card|dad",
       "Unknown number, daughter calling with the tenant's knowledge; 'John Smith, number 22 Weavers Row' -> C300015 "
       "(review accepted). Son taking his card, no food, arrears -> financial abuse of an older tenant -> "
       "safeguarding (rent accepted).", M(REVOK, RENT))),

    (visit("11-03 10:40", {"name": "Gas engineer (P. Rafiq)"}, cust("C300058"), "appointment", "attended", """
        Annual gas service 15 Beckside Mews completed, appliance safe. House very cold (thermostat at 10C), tenant
        sitting in coat and hat. Mr Illingworth said his son "looks after the money now" and has told him not to
        put the heating on. Fridge almost empty. Tenant said "don't tell our Gary I said owt." Flagging for
        tenancy support.
    """),
     R("C300058", "safeguarding", None, "son|heating|money|cold",
       "Operative's visit note; older tenant kept without heating and food by a son who controls his money -> "
       "financial abuse / neglect -> safeguarding (gas service itself completed, hazard null; emergency accepted "
       "for an older person without heat).", EMG)),

    (wa_in("11-03 17:20", "447700900356", "Ahmed", """
        السلام عليكم. جاري الكبير في السن في البيت رقم 48 شارع ويفرز رو، صار عنده "صديق" جديد يأخذه كل
        أسبوع إلى البنك، والآن يقول إنه لا يملك مالاً للطعام. أنا أعطيه الخبز. أرجوكم لا تخبروه أنني أنا
        من اتصل، الرجل الآخر يعرف بيتي.
    """),
     A("safeguarding", None, "bank|money|neighbour",
       "Arabic: 'my elderly neighbour at 48 Weavers Row has a new \"friend\" who takes him to the bank every week, "
       "and now he says he has no money for food; I give him bread. Please don't tell him it was me, the other man "
       "knows my house.' Known number, anonymity requested -> anonymous; financial exploitation of an older man "
       "-> safeguarding.")),

    (tg_in("11-04 06:35", "8912345670", "Connor", """
        the old fella from 35 was in the middle of moorside crescent at 6 this morning in his pyjamas asking me
        which bus goes to the pit. theres no pit. walked him home, his front door was wide open and the gas
        fire on full. didnt know who else to tell
    """),
     R("C300048", "safeguarding", None, "confused|pyjamas|wander",
       "Linked Telegram id; a confused older neighbour wandering in the road at dawn with his door open -> "
       "dementia/wandering concern -> record against the reporter; safeguarding.")),

    (email_in("11-04 12:10", "d.holroyd.hart@example.net", "Diane Hart", "My mum Margaret Holroyd - man at the door", """
        Hello,

        My mum is Margaret Holroyd at 7 Hollin Park Road. She has early dementia and I do her post. On Tuesday a
        man knocked saying he was "from the water" and needed to check her pipes. He went upstairs, then said
        there was a leak and she owed him £200 cash for fixing it. She gave him what was in her purse and her
        bank card for the rest. There was no leak. The police have a crime number (13/77301/26).

        She's now frightened to answer the door at all, including to your workmen. Can you note that anyone
        from Fairholme should ring me first on this number and show ID? Could she have a door chain and a
        spyhole?

        Diane Hart (daughter)
    """),
     R("C300001", "safeguarding", None, "doorstep|dementia|money|chain",
       "Daughter acting for the named tenant (unknown e-mail) -> record against Mrs Holroyd (review accepted); "
       "distraction burglary / doorstep crime against a tenant with dementia, request for door security -> "
       "safeguarding (repairs accepted).", M(REVOK, REPC))),

    (sms_in("11-05 20:15", "+447700900339", """
        My daughter was here tonight and she says the lady at number 48 is shouting help help out of the window
        again. I cant hear it myself but I can see her light on all night. Her carers havent been since Sunday I
        think, no car outside. Can somebody check please. Shirley 52
    """),
     R("C300039", "safeguarding", None, "carer|help|neighbour",
       "Known mobile (Deaf tenant, text only); an older neighbour calling for help and missed care visits -> "
       "record against the reporter; safeguarding (emergency accepted).", EMG)),

    (call_in("11-06 09:20", "+441632960342", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: Morning. Keith Barraclough, 6 Weavers Row. The occupational therapist said I should ring you about a rail by the back door for the wife. She's got dementia now, Alzheimer's, and she's unsteady on the step.
        Agent: Of course, Keith. I'll take the details for a grab rail. Has the OT sent a referral?
        Caller: She said she would. And... the other thing. The back door. Is there a lock I can have that she can't open? She goes out at night. Twice I've found her at the end of the Row. Some nights I've been locking her in the back bedroom so I can get a few hours, and I know that's wrong, I know it is. I've not slept right since June. I shouted at her last night and she cried. I'm not a man who shouts.
        Agent: Keith, thank you for being honest with me. You're doing a lot on your own. I'm going to ask our support team to call you today and we'll make a referral to adult social care for a carer's assessment and some help at night, if that's alright.
        Caller: Aye. Aye, that'd be alright.
    """, dur=356),
     R("C300042", "safeguarding", None, "wife|dementia|carer|lock",
       "Known landline; an adaptation request that turns into a carer at breaking point locking his wife with "
       "dementia in a room at night -> risk to an adult at risk and carer strain -> safeguarding (repairs accepted, "
       "still sensitive).", REPC)),

    (email_in("11-06 14:00", "coordinator@brightcare-leeds.example.com", "BrightCare Homecare", "Key safe - Flat 1 Calder Court", """
        Dear Fairholme,

        We provide care calls to a client at Flat 1 Calder Court. Over the last fortnight our carers have found
        different people in the flat on three occasions - two young men and a woman - who say they are "friends
        from church". The client is partially sighted and cannot tell us who they are. We believe the key safe
        code has been given out. £80 went missing from her purse last week.

        Could you change the key safe code (it is your key safe, fitted with the door entry) and tell us the new
        one only by phone? We have raised a safeguarding alert with adult social care.

        Care Coordinator
    """),
     V("safeguarding", None, "key safe|money|visitors",
       "Care agency (professional) raising a concern about a tenant (Flat 1 Calder Court = C300022) -> review, "
       "record accepted; unknown visitors using the key safe and missing money -> exploitation of a vulnerable "
       "adult -> safeguarding.", ALT("C300022"))),

    (visit("11-06 16:30", {"name": "Pest control (Northern Pest Ltd)"}, cust("C300035"), "appointment", "attended", """
        Mice treatment Flat 14 Foundry Walk. Kitchen and living room stacked with takeaway cartons, bin bags and
        bottles to waist height, clear path only to the sofa. Cooker not used, covered in bags. Strong smell.
        Tenant unshaven, same clothes as last visit, said he "doesn't see the point in bothering any more".
        Baits laid in the accessible areas only. Recommend housing officer visit.
    """),
     R("C300035", "safeguarding", None, "hoard|rubbish|neglect|point",
       "Contractor's visit note; hoarding, squalor and a low, hopeless remark from the tenant -> self-neglect -> "
       "safeguarding (estate/repairs accepted for the pest job, still sensitive).", {"category": ["estate", "repairs"]})),

    (email_in("11-07 09:15", "hfsv.bradford@wyfire.example.org", "West Yorkshire Fire - Home Fire Safety", "Home Fire Safety Check - 3 Weavers Row", """
        Dear Fairholme Homes,

        Crews carried out a Home Fire Safety Check at 3 Weavers Row yesterday following a referral. The occupant
        is an older lady living alone, hard of hearing. We found a very high level of combustible storage in the
        hall, stairs and bedroom (newspapers, clothing, boxes), the stairs are passable only sideways, candles are
        used for light upstairs as the bulbs have gone, and the smoke alarm had been removed "because it kept
        beeping". We fitted a vibrating pillow alarm. She declined further help.

        We consider the risk high and have made an adult safeguarding referral. Please can the landlord review.

        Station Manager, Bradford
    """),
     V("safeguarding", "emergency", "hoard|fire|candle|alarm",
       "Fire service (professional) about a household (3 Weavers Row = C300016) -> review, record accepted; severe "
       "hoarding with candles and a removed smoke alarm -> self-neglect with a high fire risk -> safeguarding, "
       "emergency (null accepted).", M(ALT("C300016"), NOHZ))),

    (email_in("11-07 18:40", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Flat 5", """
        Hi,

        I don't like to pry but I'm worried about the man in flat 5 next to me. There's a smell coming from his
        door now that's making the whole landing reek, and there are bin bags piled on his balcony that you can
        see from the car park. When I do see him he's got really thin and he's wearing the same thing every time.
        He used to say hello. Now he doesn't open the door at all, but I hear the telly so he's in there.

        Sandra (flat 6)
    """),
     R("C300049", "safeguarding", None, "neighbour|smell|thin|neglect",
       "Known e-mail; signs of self-neglect in a neighbour (smell, rubbish, weight loss, withdrawal) -> record "
       "against the reporter; safeguarding (estate accepted for the smell/rubbish, still sensitive).", ESTC)),

    (wa_in("11-08 12:05", "447700900332", "Zofia", """
        Dzień dobry. Pan Tadeusz z mieszkania 9 (starszy pan, też Polak) od tygodnia nie włącza ogrzewania, śpi w
        kurtce i chyba dużo pije. Wczoraj upadł na schodach i nie chciał, żebym wezwała karetkę. Proszę nie mówić
        mu, że to ja pisałam, będzie na mnie zły.
    """),
     A("safeguarding", None, "neighbour|cold|fall|drink",
       "Polish: 'Mr Tadeusz from flat 9 (older man, also Polish) hasn't had the heating on for a week, sleeps in his "
       "coat and seems to drink a lot; yesterday he fell on the stairs and wouldn't let me call an ambulance. Please "
       "don't tell him I wrote, he'll be angry.' Known number, anonymity asked in her own words -> anonymous; "
       "self-neglect of an older neighbour -> safeguarding (record accepted: the wish is partly about friendship).",
       RECOK("C300032"))),

    (wa_in("11-08 19:30", W8(4), "Rasa", """
        Laba diena. Mano močiutė gyvena Calder Court, 4 butas. Ji turi demenciją, palieka dujas įjungtas ir naktį
        išeina į lauką. Aš gyvenu Londone ir negaliu atvažiuoti. Ar galite kažką padaryti? Ji nekalba angliškai.
    """),
     V("safeguarding", None, "dementia|gas|grandmother",
       "Lithuanian: 'my grandmother lives at Calder Court, flat 4. She has dementia, leaves the gas on and goes out "
       "at night. I live in London and can't come. Can you do something? She doesn't speak English.' Unknown "
       "number, flat not in the directory -> review; adult at risk (gas left on is behaviour, not a building "
       "fault: emergency accepted) -> safeguarding.", EMG)),

    (call_out("11-09 10:30", "+441134960330", "Housing officer", "completed", dur=318, answered_by="human", transcript="""
        Agent: Hello, it's Ruth Ibbotson from Fairholme, Eileen's housing officer. Is that Eileen's daughter?
        Customer: It is, Karen. Mum's having a lie down. Is this about Friday?
        Agent: It is. I had a note from the police that your mum was found at the bus station at three in the morning.
        Customer: Second time. She thought she was going to work at the mill. She's not worked for thirty years.
        Agent: I'm so sorry. I'd like to refer her for telecare - a door sensor that alerts you if she goes out at night - and I'll ask our adaptations team about a different lock on the front door. Would you be here when they visit?
        Customer: Yes please, I'll be here. Thank you for ringing.
    """),
     R("C300030", "safeguarding", None, "police|wander|sensor|dementia",
       "Outbound call to the tenant's landline, daughter answers (as her profile asks); police found the tenant "
       "wandering at night, telecare referral -> safeguarding (repairs/tenancy accepted, still sensitive).",
       {"category": ["repairs", "tenancy"]})),

    (email_in("11-09 15:25", "np.wakefield@westyorks-police.example.org", "Wakefield Central NPT", "Vulnerable adult found - Weavers Row", """
        Good afternoon,

        At 04:10 today officers found an elderly gentleman walking on the ring road in a dressing gown. He was
        unable to give his full address beyond "Weavers Row, the house with the green door", and a first name,
        Les. He was taken to hospital to be checked and has since been collected by a neighbour who knew him.
        We believe he lives alone. Could you identify the tenant and consider a welfare visit?

        PS 2290 Hewitt
    """),
     V("safeguarding", None, "police|found|elderly|welfare",
       "Police about an unidentified older man on Weavers Row (no match in the directory) -> review; wandering at "
       "night, possible dementia -> safeguarding.")),

    (email_in("11-10 11:50", "s42.enquiries@leeds-asc.example.org", "Adult Social Care - Safeguarding", "Section 42 enquiry - Mr H Birkett", """
        Dear Fairholme Homes,

        Adult Social Care has opened a Section 42 safeguarding enquiry concerning Mr Harold Birkett, 3 Thornhill
        Gardens, regarding possible financial abuse by a family member. We understand Mr Birkett has written to
        you about pressure to sign right-to-buy forms.

        Please can you (a) confirm whether any right-to-buy application has been received, (b) place a note that
        no application is to be progressed without speaking to Mr Birkett alone, and (c) send us a named contact.

        Social Worker, Adult Safeguarding Team (West)
    """),
     V("safeguarding", None, "section 42|financial|right to buy",
       "Social worker (professional) about a tenant (3 Thornhill Gardens = C300045) -> review, record accepted; "
       "Section 42 enquiry into financial abuse -> safeguarding.", M(ALT("C300045"), TENC))),

    (email_in("11-10 16:05", "family.support@oakfield-primary.example.org", "Oakfield Primary - Family Support", "Young carer - Flat 12 Ashgrove Court", """
        Hello,

        I'm the family support worker at Oakfield Primary. One of our pupils, aged 11, lives at Flat 12 Ashgrove
        Court with his mum, who has MS. He has missed 14 days this term. He's told us he helps his mum get in and
        out of the bath, does the shopping and cooks, and that some mornings he can't leave her. He often arrives
        hungry. Mum speaks Somali; the boy interprets for her.

        We have referred to the young carers' service. Mum has asked about a walk-in shower, which might take some
        of the load off him. Could someone contact her with an interpreter?

        Family Support Worker
    """),
     V("safeguarding", None, "young carer|school|shower",
       "School (professional) about a household (Flat 12 Ashgrove = C300010) -> review, record accepted; an 11-year-"
       "old young carer missing school and going hungry -> safeguarding (repairs accepted for the adaptation, "
       "still sensitive).", M(ALT("C300010"), REPC))),

    (call_in("11-11 13:05", U8(5), """
        Agent: Fairholme Homes, Leah speaking.
        Interpreter: Hello, I'm a Turkish interpreter with Mr Kaya on the line. He's calling about his father.
        Agent: Thank you, go ahead.
        Interpreter: He says his father, who is 81, lives in flat 7, Calder Court. The man downstairs borrowed money from his father two months ago. Now he comes every week asking for more and his father gives it because the man said he will "make trouble" for him. His father now won't open the door to his own son because he's frightened of who it is.
        Agent: Is his father a Fairholme tenant?
        Interpreter: He says yes, for 20 years, but the tenancy is in his late mother's name, he is not sure.
        Agent: Thank you. I'll pass this to our safeguarding lead today.
    """, dur=332),
     V("safeguarding", None, "father|money|threat",
       "Unknown caller via a Turkish interpreter about his father at Flat 7 Calder Court (not in the directory) -> "
       "review; financial exploitation and threats from a neighbour against an older man -> safeguarding "
       "(asb accepted).", ASBC)),
]

# ============================================================================================
# S3. Children: neglect, left alone, young people at risk - mostly from neighbours and professionals
# ============================================================================================
ITEMS += [
    (call_in("11-01 21:10", "+447700900307", """
        Agent: Fairholme out of hours, Bilal speaking.
        Caller: Hi, Samuel Osei, flat 4 Ashgrove. First thing, the lift's stuck on the fifth floor with the doors open, it's been like that since teatime, so that wants reporting.
        Agent: OK, I'll log the lift now. Nobody's in it?
        Caller: No, it's empty. The other thing, and I'm not being funny, the two little ones in flat 3, opposite. They're on the balcony again on their own. Little lad can't be more than four, his sister's maybe six. Mum goes out about eight and comes back in the early hours, I hear the door. It's freezing out there and that balcony rail's only waist height on me.
        Agent: Are they out there now?
        Caller: Yeah, I can see them from my kitchen. Look, don't say it was me. I'm the only one who can see onto that balcony, she'll know straight away.
        Agent: I won't give your name. I'm going to ring the police now because they're on their own, and pass it to our safeguarding lead.
    """, to=OOH, dur=276),
     A("safeguarding", "emergency", "children|alone|balcony",
       "Known mobile; lift report first, then young children left alone on a balcony at night, reporter asks not to "
       "be identified -> anonymous; child neglect with immediate risk -> safeguarding, emergency (null accepted). "
       "The lift is a side issue.", NOHZ)),

    (letter("11-02 09:00", {"name": "(unsigned - 'a Nan on Beckside')"}, """
        To Fairholme Housing,

        I am not putting my name to this as I live too close. The little boy at number 7 Beckside is out in the
        street in just a nappy most days, two years old at most, running near the cars. The front door is
        always open and there is dog mess all over the hall, you can smell it from the path. The mother is not
        well I think. Somebody needs to look in on that house before something happens to him.

        A Nan on Beckside Mews
    """),
     A("safeguarding", None, "toddler|neglect|street",
       "Unsigned letter whose writer refuses to give a name -> anonymous (review accepted); a toddler repeatedly "
       "unsupervised near traffic and a filthy home -> child neglect -> safeguarding.", {"action": ["review"]})),

    (visit("11-03 11:15", {"name": "Electrician (D. Firth, Sparkwell Ltd)"}, cust("C300031"), "appointment", "attended", """
        Job: replace RCD on consumer unit, 31 Thornhill Gardens. Door answered by a boy of about 5 with a girl of
        about 3 behind him; said "daddy's gone to the shop". No adult present. Waited outside 40 minutes, no one
        returned. Did not enter. Power to the house fine, job not urgent. Rang the office who contacted police;
        police attended 12:05 and father returned 12:20. Job rebooked.
    """),
     R("C300031", "safeguarding", None, "children|alone|police",
       "Contractor's visit note; two young children left alone for over 40 minutes, police called -> child "
       "welfare concern -> safeguarding (repairs accepted for the rebooked job, still sensitive).", REPC)),

    (wa_in("11-04 22:30", "447700900333", "Hassan", """
        Salaan. Caruurta guriga 10aad ee Foundry Walk waxay habeen walba ku jiraan jaranjarada iyagoo aan kabo
        lahayn, waxay yiraahdaan hooyo ma joogto, cunto ma haystaan. Caawa waan quudiyay. Fadlan magacayga ha
        sheegin, waa deriskayga.
    """),
     A("safeguarding", None, "children|food|stair|night",
       "Somali: 'the children of flat 10 Foundry Walk are on the stairs every night without shoes, they say mum isn't "
       "there and they have no food; tonight I fed them. Please don't say my name, they're my neighbours.' Known "
       "number, anonymity asked -> anonymous; child neglect -> safeguarding.")),

    (email_in("11-05 13:40", "hv.bradford.east@nhs-community.example.org", "Health Visiting - Bradford East", "Urgent - no heating, newborn, 9 Beckside Mews", """
        Dear Fairholme Homes,

        I visited a family at 9 Beckside Mews today with a 3-week-old baby. The boiler has not worked for four
        days; the bedroom was 14C and the baby was cold to the touch. Mum has a history of postnatal depression
        and is very low; she told me she had "given up ringing" you. Dad works away.

        Please treat the heating as an emergency and let me know when it is fixed. I have made a referral to
        children's social care for additional support.

        Health Visitor
    """),
     V("safeguarding", "emergency", "baby|heating|boiler",
       "Health visitor (professional) about a joint-tenancy household (9 Beckside Mews = C300023/C300024) -> review, "
       "record against either accepted; no heating with a newborn -> emergency; maternal mental health and referral "
       "-> safeguarding (repairs accepted, still sensitive).",
       M(ALT("C300023", "C300024"), REPC))),

    (chat("11-06 19:55", {"name": "kai"}, """
        Visitor: hi can u put electric on our key meter its run out. were in foundry walk
        Agent (Bilal): Hi Kai, we can't top up meters, but I can help. Is a grown-up there with you?
        Visitor: no my mum went on thursday. shes ok she just goes sometimes. its me and my brother hes 9
        Agent (Bilal): How old are you, Kai?
        Visitor: 15. we got food from school. dont tell social services they will take us off her
        Agent (Bilal): Thank you for telling me, you've done the right thing. Can you tell me your flat number so we can make sure you're both warm tonight?
        Visitor: gtg
    """),
     V("safeguarding", "emergency", "mum|alone|electric|brother",
       "Webchat, first name only -> review; a 15-year-old and his 9-year-old brother left alone for days with no "
       "electricity -> child neglect with immediate risk -> safeguarding, emergency (null accepted). The plea not to "
       "involve social services is not reporter anonymity.", NOHZ)),

    (tg_in("11-07 12:40", "6230118845", "Andrei", """
        Bună. Băiețelul de la 23 Moorside vine la școală în haine de vară, fiul meu zice că mama lui doarme toată
        ziua. Azi i-a cerut fiului meu mâncare. Nu vreau să se știe că eu am scris, vă rog.
    """),
     A("safeguarding", None, "child|food|mother",
       "Romanian: 'the little boy at 23 Moorside comes to school in summer clothes; my son says his mum sleeps all "
       "day; today he asked my son for food. I don't want it known I wrote, please.' Linked Telegram id but "
       "anonymity asked -> anonymous; child neglect -> safeguarding.")),

    (call_out("11-09 09:05", "+447700900303", "Safeguarding team", "completed", dur=29, answered_by="machine_end_beep", voicemail=True, transcript="""
        Hi Kelly, it's Anna from Fairholme. I've spoken to the children's social worker as we agreed, and I've got the date for the next meeting about the kids. Can you ring me back on my direct line when you're free? Thanks, bye.
    """),
     R("C300003", "safeguarding", None, "voicemail|social worker|meeting",
       "Outbound voicemail from the safeguarding team about a children's social care meeting -> record; "
       "safeguarding (sensitive).")),

    (sms_in("11-09 16:50", "+447700900320", """
        the toddler from flat 2 has got out onto the car park on his own AGAIN, 3rd time ive brought him back and
        his mum didnt even know hed gone. main door doesnt shut properly either. beth flat 3
    """),
     R("C300020", "safeguarding", None, "toddler|car park|alone",
       "Known mobile; a toddler repeatedly escaping unsupervised into the car park -> child welfare -> safeguarding "
       "(the door closer is secondary; repairs accepted, still sensitive).", REPC)),

    (wa_in("11-10 23:15", W8(6), "", """
        سڵاو. منداڵەکانی ماڵی ژمارە ١٢ لە ویڤەرز ڕۆو هەموو شەوێک بە تەنها دەمێننەوە، دایک و باوکیان شەو
        کار دەکەن. گەورەترینیان تەمەنی حەوت ساڵە. تکایە ناوی من مەڵێن.
    """),
     A("safeguarding", None, "children|alone|night",
       "Kurdish (Sorani): 'the children of house no. 12 Weavers Row are alone every night, their parents work "
       "nights; the oldest is seven. Please don't say my name.' Unknown number, anonymity asked -> anonymous "
       "(review accepted); children left alone -> safeguarding.", {"action": ["review"]})),
]

# ============================================================================================
# S4. Self-harm and suicidal thoughts, said obliquely (giving things away, "won't need it", tablets)
# ============================================================================================
ITEMS += [
    (sms_in("11-02 23:05", "+447700900350", """
        can u cancel the plumber for thurs. ive give the telly n the xbox to my brother, sorting everything out.
        wont need the flat after this week. thanks for everything you lot did for me, sorry for the hassle
    """),
     R("C300050", "safeguarding", "emergency", "cancel|brother|suicid|welfare",
       "Known mobile; giving possessions away, 'won't need the flat after this week', thanking and apologising -> "
       "possible suicide plan behind a repair cancellation -> safeguarding, emergency (null accepted).", NOHZ)),

    (chat("11-03 22:40", {"email": "stuart.mcallister@example.net", "name": "Stuart"}, """
        Visitor: how much do i owe on rent now
        Agent (Night team): Hi Stuart, I can't see balances out of hours but the income team can ring you tomorrow. Is everything OK?
        Visitor: doesnt matter really. everyone would be better off. ive been saving my tablets up
        Agent (Night team): Stuart, thank you for telling me. Are you safe right now? If you've taken anything please ring 999. Samaritans are there any time on 116 123.
        Visitor: not yet
        Agent (Night team): I'm going to ask for someone to check on you tonight. Are you at flat 6?
    """),
     R("C300021", "safeguarding", "emergency", "tablets|suicid|safe",
       "Chat with the customer's e-mail; a rent query that turns into saved-up tablets and 'everyone would be "
       "better off' -> active suicide risk -> safeguarding, emergency (null accepted; rent accepted, still "
       "sensitive).", M(NOHZ, RENT))),

    (call_in("11-04 10:55", "+447700900319", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Gary Naylor, 47 Weavers Row. The back fence, the panel by the railway, it's come down in the wind. Anybody can walk in off the embankment.
        Agent: OK Gary, I'll book a fencer. Is it the whole panel?
        Caller: The whole panel. Post's rotten. I was stood out there this morning looking at it. I stand out there a lot lately. The doctor's put my tablets up again. Some days I just think about walking up onto that line. I wouldn't. I don't think I would.
        Agent: Gary, I'm really glad you've told me that. Are you on your own at the moment?
        Caller: Yeah. Our lass is at her sister's.
        Agent: Would it be alright if I asked our wellbeing officer to give you a ring this afternoon? And if it gets bad, Samaritans are on 116 123, any time.
        Caller: Go on then. And the fence.
    """, dur=302),
     R("C300019", "safeguarding", None, "railway|tablets|fence",
       "Known mobile; fence repair call in which the tenant discloses thoughts of walking onto the railway line -> "
       "suicidal ideation -> safeguarding (repairs accepted, still sensitive; emergency accepted).",
       M(REPC, EMG))),

    (email_in("11-05 06:10", "marcus.bell@example.com", "Marcus Bell", "Flat keys", """
        Hi,

        I'm giving the house back. You won't need to chase me for anything after this weekend. The keys will be
        on the kitchen table with a letter for my mum, please make sure she gets it when you come in. No need to
        knock, the back door will be open.

        Sorry for the trouble.
        Marcus
    """),
     R("C300060", "safeguarding", "emergency", "letter|mum|suicid|welfare",
       "Known e-mail; 'giving the house back', a letter for his mum and 'no need to knock' read as a suicide note "
       "rather than a notice to quit -> safeguarding, emergency (null accepted; tenancy accepted, still "
       "sensitive).", M(NOHZ, TENC))),

    (wa_in("11-06 21:45", "447700900352", "Bogdan", """
        Am pierdut serviciul, soția a plecat cu copiii la mama ei. Nu mai pot plăti chiria. Poate e mai bine să
        dispar, nimeni n-ar observa. Scuze pentru chirie.
    """),
     R("C300052", "safeguarding", None, "rent|job|disappear",
       "Romanian: 'I lost my job, my wife left with the children to her mother's; I can't pay the rent any more. "
       "Maybe it's better if I disappear, nobody would notice. Sorry about the rent.' Known number; rent worry with a "
       "suicidal hint -> safeguarding (rent accepted, still sensitive; emergency accepted).", M(RENT, EMG))),

    (wa_in("11-07 15:20", "447700900309", "Imran", """
        السلام علیکم۔ میرا چھوٹا بھائی میرے ساتھ رہتا ہے۔ وہ ایک ہفتے سے کمرے سے باہر نہیں نکلا، کھانا نہیں کھاتا
        اور اس کے بازو پر کٹ کے نشان ہیں۔ وہ کہتا ہے سب ختم کرنا چاہتا ہے۔ گھر والوں کو مت بتانا، ابو کو پتا چلا
        تو بہت برا ہوگا۔ مجھے سمجھ نہیں آ رہا کیا کروں۔
    """),
     R("C300009", "safeguarding", None, "brother|self-harm|cut",
       "Urdu: 'my younger brother lives with me; he hasn't left his room for a week, doesn't eat, has cut marks on "
       "his arm and says he wants to end everything. Don't tell the family, it would be very bad if my father found "
       "out.' Known number -> self-harm and suicidal ideation in the household -> safeguarding (emergency "
       "accepted). 'Don't tell the family' is confidentiality, not reporter anonymity.", EMG)),

    (call_out("11-09 11:40", "+447700900335", "Income team", "completed", dur=233, answered_by="human", transcript="""
        Agent: Hi Dean, it's Paula from the income team at Fairholme. I'm ringing about the rent account, it's nine weeks behind now.
        Customer: Yeah. You can have the flat back. I'm not going to be around to pay it anyway.
        Agent: What do you mean by not around, Dean? Are you moving?
        Customer: Doesn't matter. Just tell whoever, it's sorted.
        Agent: Dean, I'm worried about you. Are you thinking of hurting yourself?
        Customer: ...Maybe. I dunno.
        Agent: Thank you for telling me. I'm going to stay on the phone and get our duty officer to come round. Is that alright?
        Customer: Whatever.
    """),
     R("C300035", "safeguarding", "emergency", "suicid|rent|around",
       "Outbound arrears call; 'I'm not going to be around to pay' and a 'maybe' to self-harm -> immediate risk -> "
       "safeguarding, emergency (null accepted; rent accepted, still sensitive).", M(NOHZ, RENT))),

    (visit("11-10 11:30", cust("C300051"), LEEDS_OFFICE, "walk_in", "attended", """
        Mrs Akhtar came in to hand over the death certificate for the succession paperwork. While we went through
        it she said she isn't eating or sleeping, "can't see the point any more" and that the children "would be
        better with my sister". Asked directly; she said she has no plan but thinks about it at night. With
        consent, rang her GP for an urgent appointment today and gave the crisis line details.
    """, direction="inbound"),
     R("C300051", "safeguarding", None, "succession|point|gp",
       "Walk-in about succession paperwork where the tenant discloses suicidal thoughts -> safeguarding (tenancy "
       "accepted, still sensitive; emergency accepted).", M(TENC, EMG))),

    (fb_in("11-11 02:15", FB8(2), "Jordan", """
        how do i give my flat back to you. want it all sorted before i go. no im not moving anywhere
    """),
     V("safeguarding", "emergency", "flat|sorted|suicid",
       "Facebook DM from an unlinked profile, first name only -> review; 'sorted before I go... not moving' at 2am "
       "reads as a suicidal plan -> safeguarding, emergency (null accepted; tenancy accepted, still sensitive).",
       M(NOHZ, TENC))),

    (wa_in("11-12 08:25", W8(7), "Maryam", """
        سلام. برادرم در آپارتمان ۸ اشگرو کورت زندگی می‌کند. دیشب به من پیام داد که دیگر نمی‌خواهد زنده
        باشد و از همه خداحافظی کرد. تلفنش را جواب نمی‌دهد. من در منچستر هستم. لطفاً به او نگویید که من
        به شما گفتم.
    """),
     A("safeguarding", "emergency", "brother|suicid|welfare",
       "Farsi: 'my brother lives in flat 8 Ashgrove Court. Last night he messaged me that he no longer wants to live "
       "and said goodbye to everyone. He doesn't answer his phone. I'm in Manchester. Please don't tell him I told "
       "you.' Unknown number asking not to be named to the person concerned -> anonymous (review accepted); "
       "immediate suicide risk -> safeguarding, emergency (null accepted).", M({"action": ["review"]}, NOHZ))),
]

# ============================================================================================
# S5. Exploitation: cuckooing, county lines, modern slavery and servitude, money mules
# ============================================================================================
ITEMS += [
    (call_in("11-02 12:25", "+447700900303", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: Hiya, Kelly Brannigan, 15 Hollin Park Road. It's about the bins first of all, the green one's not been emptied for three weeks now, it's full of maggots.
        Agent: Sorry Kelly, I'll chase the council for a missed collection. Anything else?
        Caller: Yeah... there is, actually. The lad at 17, his mum's one of yours. He's fourteen. There's been these older lads staying, they talk like they're from London, and now he's getting in taxis at eleven at night and not coming back till the next day. My sister saw him at Hull station last week on a school day. He's got a new coat and two phones. He used to play footy with our Tyler.
        Agent: Thank you Kelly, that's really important. I'll make sure it goes to our safeguarding lead today.
        Caller: Just don't tell his mum or them lads it was me. Please. They know where I live.
        Agent: Understood, your name won't be shared.
    """, dur=312),
     A("safeguarding", None, "county lines|taxi|lad",
       "Known mobile; bins first, then a 14-year-old neighbour showing signs of county-lines exploitation (older "
       "London lads, night taxis, Hull, new phones); reporter asks not to be named -> anonymous; child "
       "exploitation -> safeguarding (asb accepted).", ASBC)),

    (sms_in("11-03 18:30", U8(8), """
        theres a new kid staying at 12 weavers row with them lads, cant be more than 15. never goes to school,
        they send him out on a pushbike with a rucksack all day n he comes back with cash. hes got a black eye
        today
    """),
     V("safeguarding", None, "kid|rucksack|cash|exploit",
       "Unknown mobile, no name -> review; a child used to run drugs from an address (rucksack, cash, black eye) -> "
       "county lines exploitation -> safeguarding (asb accepted).", ASBC)),

    (visit("11-04 14:20", {"name": "Tenancy sustainment officer (A. Kowalczyk)"}, cust("C300057"), "appointment", "attended", """
        Support visit, Flat 9 Calder Court. Ms Holt (learning disability, known to LD team) now sleeping on the
        sofa; her "new boyfriend" and two friends have the bedroom and a key. Eight to ten visitors while I was
        there, short stays. She said they "look after her" and she doesn't want them to go, but twice asked me
        quietly what would happen if they didn't give her key back. Referred to police and adult social care
        (cuckooing).
    """),
     R("C300057", "safeguarding", None, "cuckoo|key|boyfriend|visitors",
       "Staff visit note; a tenant with a learning disability displaced in her own flat by a 'boyfriend' and "
       "friends with heavy short-stay traffic -> cuckooing -> safeguarding (asb accepted).", ASBC)),

    (email_in("11-05 10:10", "n.farah@mindwell-leeds.example.org", "Nimo Farah (Mindwell)", "Daniel Okafor - people staying at his flat", """
        Dear Fairholme Homes,

        I'm Daniel Okafor's mental health support worker. Daniel has asked me to contact you and has signed our
        consent form (attached).

        Two men Daniel met at the day centre started "visiting" 11 Hollin Park Road in September and have now
        effectively moved in. Daniel believes they are selling from the flat. They have taken over his bedroom,
        use his phone and have told him the flat is "theirs now". He has been sleeping at his mum's for a week and
        is frightened to go back.

        He would like help to get them out and to have the locks changed. Please contact me to arrange a meeting.

        Nimo Farah, Support Worker
    """),
     R("C300002", "safeguarding", None, "cuckoo|men|locks|flat",
       "Support worker acting for the named tenant with consent (unknown e-mail) -> record against Mr Okafor (review "
       "accepted); cuckooing of a tenant with mental health needs -> safeguarding (asb accepted).", M(REVOK, ASBC))),

    (wa_in("11-05 22:50", W8(9), "Mihai", """
        Bună seara. Suntem 6 bărbați în casa de la 25 Beckside Mews. Șeful ne ia banii pentru chirie și
        transport, are buletinele noastre. Lucrăm la spălătoria auto 12 ore pe zi, 7 zile. Casa este a voastră? Vă
        rog să nu-i spuneți șefului că am scris, ne dă afară.
    """),
     V("safeguarding", None, "wages|id|car wash|exploit",
       "Romanian: 'we are 6 men in the house at 25 Beckside Mews; the boss takes our money for rent and transport, "
       "has our ID cards; we work at the car wash 12 hours a day, 7 days; is the house yours? Please don't tell the "
       "boss I wrote, he'll throw us out.' Unknown number, a victim (not in the directory) -> review; labour "
       "exploitation / modern slavery -> safeguarding. Anonymous accepted (asks the exploiter not be told).",
       {"action": ["anonymous"]})),

    (email_in("11-06 20:40", "vicky.pemberton@example.org", "Victoria Pemberton", "Next door - please keep my name out of this", """
        Hi,

        Please keep my name out of this, I still have to live here.

        There's a young woman living with the family at no. 16 (next door to me on Moorside). They say she's a
        cousin but she does all the housework, I see her hanging washing at 6am and cleaning the windows at 10
        at night. She never goes out on her own, she doesn't seem to have a phone, and when I said hello over the
        fence the mother came straight out and took her inside. I think she sleeps in the kitchen, I've seen a
        mattress through the back window.

        Maybe I'm wrong but it doesn't sit right.

        V
    """),
     A("safeguarding", None, "woman|housework|exploit",
       "Known e-mail, but 'keep my name out of this' -> anonymous; a young woman kept as a domestic servant next "
       "door -> suspected domestic servitude / modern slavery -> safeguarding.")),

    (tg_in("11-07 09:30", "5301177720", "Tomasz", """
        Cześć. W domu obok nas (42 Hollin Park) mieszka teraz chyba 10 Polaków, śpią na materacach. Rano busem
        jeżdżą do fabryki. Jeden mi powiedział, że agencja zabrała im paszporty i potrąca za wszystko z wypłaty,
        zostaje im 50 funtów na tydzień. Nie chcę, żeby wiedzieli, że to ja zgłosiłem.
    """),
     A("safeguarding", None, "passport|agency|wages|men",
       "Polish: 'in the house next door (42 Hollin Park) about 10 Poles now live, sleeping on mattresses; a minibus "
       "takes them to a factory; one told me the agency took their passports and deducts everything from wages, "
       "they keep £50 a week. I don't want them to know I reported it.' Linked Telegram id but anonymity asked -> "
       "anonymous; labour exploitation -> safeguarding.")),

    (email_in("11-08 09:45", "dc.4407.bateman@westyorks-police.example.org", "DC 4407 Bateman", "Intelligence - Flat 6 Calder Court", """
        OFFICIAL-SENSITIVE

        Good morning,

        We hold intelligence that Flat 6 Calder Court is being used by a county lines group as a base for supply
        into Wakefield. We believe the tenant is being exploited rather than a willing participant; he has been
        seen with facial injuries and is not being allowed to come and go freely.

        Please do not discuss this with the tenant or visit unannounced. We'd like to set up a joint safeguarding
        meeting this week.

        DC 4407 Bateman, Exploitation Team
    """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "county lines|exploit|police",
       "Police (professional) about a household (Flat 6 Calder Court = C300021) -> review, record accepted; a tenant "
       "exploited by a county lines group -> safeguarding (asb accepted).", M(ALT("C300021"), ASBC))),

    (sms_in("11-09 20:05", U8(10), """
        hi its about my brother jamie at flat 16 ashgrove. since he lost his job theres lads moved in with him, he
        says they let him stay in one room. he sounded scared on the phone. he wont ring u himself
    """),
     V("safeguarding", None, "brother|lads|scared",
       "Unknown mobile, a relative raising concern about a tenant (Jamie Rowntree, C300050, Flat 16 Ashgrove) who "
       "won't contact us himself -> review, record accepted; cuckooing signs -> safeguarding (asb accepted).",
       M(ALT("C300050"), ASBC))),

    (ig_in("11-10 18:25", "@ashgrove.resident", "", """
        the lady in the wheelchair at ashgrove court has had lads in her flat for 2 weeks, theyre in and out all
        night and she looks terrified when she comes out for her fags. shes scared of them. pls dont tag me or say
        who sent this
    """, anon=True),
     A("safeguarding", None, "wheelchair|lads|scared|cuckoo",
       "Instagram, anonymous flag and words; a disabled tenant apparently taken over by young men -> cuckooing -> "
       "anonymous, safeguarding (asb accepted).", ASBC)),

    (call_in("11-11 17:35", "+447700900343", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Hello, Aisha Mohamud, 27 Weavers Row. I need help about my son, Abdi. He's fifteen. He goes missing two, three days and comes back with new trainers and two phones, and a man keeps ringing him. Last night a car stopped outside and a man came to my door asking for him, he said Abdi owes them money and they will come back. My little ones were frightened.
        Agent: That sounds very frightening, Aisha. Have you told the police he goes missing?
        Caller: Yes, every time. They bring him back. I want to move away from here. Can you move us?
        Agent: I'll refer this to our safeguarding lead today, and we can talk about a move and about making the front door more secure.
    """, dur=287),
     R("C300043", "safeguarding", None, "son|missing|phones|debt",
       "Known mobile; mother describing her 15-year-old son's criminal exploitation (missing episodes, phones, debt "
       "bondage, men at the door) and asking to move -> safeguarding (lettings accepted).", LET)),

    (visit("11-12 10:00", {"name": "Tenancy sustainment officer (A. Kowalczyk)"}, cust("C300046"), "appointment", "attended", """
        Flat 14 Calder Court. Mr Smith explained rent was missed because his bank account has been frozen. A man
        he met at the pub asked to "borrow" his account to move money for his business and gave him £50 each
        time; five payments in, then out. Bank now investigating. Mr Smith did not understand he was being used.
        Referred to money advice and police (possible money mule exploitation). Rent payment plan to follow.
    """),
     R("C300046", "safeguarding", None, "bank|account|exploit|mule",
       "Staff visit note (Calder Court John Smith) -> C300046; a tenant used as a money mule, account frozen, rent "
       "missed -> financial exploitation -> safeguarding (rent accepted, still sensitive).", RENT)),
]

# ============================================================================================
# S6. Hate incidents (race, religion, disability, sexuality, gender identity, ethnicity) - asb
# ============================================================================================
ITEMS += [
    (wa_in("11-01 09:40", "447700900318", "Mohammed", """
        صباح الخير. وجدنا هذا الصباح قطعة لحم خنزير معلقة على مقبض باب البيت، وابني يقولون له في الشارع
        "إرهابي". هذه المرة الثالثة هذا الشهر. اتصلنا بالشرطة. محمد، 41 ويفرز رو
    """),
     R("C300018", "asb", None, "hate|door|terrorist|religio",
       "Arabic: 'this morning we found a piece of pork hanging on our front door handle, and in the street they call "
       "my son \"terrorist\"; third time this month; we called the police.' Known number -> religiously motivated "
       "hate incident -> asb (safeguarding accepted).", SAFE)),

    (wa_in("11-02 17:10", "447700900354", "Abdirahman", """
        Galab wanaagsan. Shalay wiilal ka socda dabaqa 1aad ayaa gabadhayda 13 jirka ah jaranjarada ka jiiday
        xijaabkeeda oo ku qayliyay "dal kiina ku noqda". Hadda ma rabto inay dugsiga aado. Flat 3 Foundry Walk.
    """),
     R("C300054", "asb", None, "hijab|daughter|hate",
       "Somali: 'yesterday boys from the 1st floor pulled my 13-year-old daughter's hijab on the stairs and shouted "
       "\"go back to your country\"; now she doesn't want to go to school.' Known number -> racist/religious hate "
       "incident against a child -> asb (safeguarding accepted).", SAFE)),

    (call_in("11-03 14:05", "+447700900308", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: It's Lorraine Kettlewell, flat 7 Ashgrove. I'm in a wheelchair. The kids from the top floor have let my tyres down twice this week while it was parked by the lift, and someone's stuck a note on my door. It says "cripple parking only" with a drawing. When I go past they walk behind me doing the jerky thing with their arms.
        Agent: I'm really sorry Lorraine. That's disability hate and we take it seriously. Do you know which flat?
        Caller: Sixteen, I think, two of them. I've kept the note.
        Agent: Keep it safe. I'll open a case today and the ASB officer will ring you to take a statement.
    """, dur=221),
     R("C300008", "asb", None, "wheelchair|disab|hate|note",
       "Known mobile; tyres let down, a mocking note and imitation aimed at a wheelchair user -> disability hate "
       "incident -> asb.")),

    (email_in("11-04 19:30", "sam.osei@example.net", "Samuel Osei", "Door", """
        Hi,

        Since my partner Michael moved in (I told tenancy in October) someone has started writing things on our
        front door in marker. It was "batty boys" on Friday and this morning it was worse than that. There's also
        been dog mess on the mat twice. We've photographed everything.

        We don't know who. Can you get the door cleaned and is there any chance of a camera on the landing?

        Sam, Flat 4
    """, to=ASB_BOX),
     R("C300007", "asb", None, "homophobic|door|hate|graffiti",
       "Known e-mail; homophobic graffiti and dog mess at the tenant's door -> hate incident -> asb (estate accepted "
       "for the cleaning).", ESTC)),

    (wa_in("11-05 12:35", "447700900341", "Natalia", """
        Bună ziua. Băiatul meu de 12 ani a fost bătut ieri la stația de autobuz de băieții de la Calder Court. I-au
        zis "țigan împuțit" și i-au luat telefonul. Poliția știe. Acum nu mai vrea să iasă din casă.
    """),
     R("C300041", "asb", None, "son|beaten|hate|roma",
       "Romanian: 'my 12-year-old was beaten at the bus stop yesterday by boys from Calder Court; they called him "
       "\"dirty gypsy\" and took his phone; the police know; now he won't leave the house.' Known number -> "
       "racist assault on a child -> asb (safeguarding accepted).", SAFE)),

    (email_in("11-06 11:05", "hate.crime.coordinator@westyorks-police.example.org", "Hate Crime Coordinator", "Repeat hate incidents - 33 Moorside Crescent", """
        Good morning,

        We have now received four reports of racist verbal abuse by the occupant of 33 Moorside Crescent towards
        the family at number 31 (not your tenants). The most recent, on 2 November, involved threats to "burn them
        out". The suspect has been interviewed. We would like to discuss tenancy enforcement options and a
        joint warning.

        Hate Crime Coordinator, Sheffield District
    """),
     V("asb", None, "racist|abuse|threat",
       "Police (professional) about a tenant's conduct (33 Moorside = C300048) -> review, record accepted; racist "
       "abuse and threats by a tenant -> asb.", ALT("C300048"))),

    (sms_in("11-07 16:40", U8(11), """
        hi im in flat 15 foundry walk, new tenant through the council scheme. people on my landing keep shouting
        slurs at me when i come in and someone put a photo of me on the noticeboard with FREAK written over it.
        im trans. i dont feel safe coming home
    """),
     V("asb", None, "trans|slur|photo|hate",
       "Unknown mobile (says Flat 15 Foundry Walk, not in the directory) -> review; transphobic harassment -> hate "
       "incident -> asb (safeguarding accepted).", SAFE)),

    (wa_in("11-08 20:20", W8(12), "", """
        Merhaba. Komşum her gün kapımıza "terörist" yazıyor ve çocuklarıma bağırıyor. Weavers Row 14'te
        oturuyoruz. Polise söyledik ama devam ediyor. Lütfen ona benim şikayet ettiğimi söylemeyin.
    """),
     A("asb", None, "terrorist|door|children|hate",
       "Turkish: 'my neighbour writes \"terrorist\" on our door every day and shouts at my children; we live at 14 "
       "Weavers Row; we told the police but it continues. Please don't tell him it was me who complained.' Unknown "
       "number, the victim asks not to be identified to the neighbour -> anonymous (review accepted); hate incident "
       "-> asb.", {"action": ["review"]})),
]

# ============================================================================================
# S7. Anti-social behaviour: dealing, harassment, threats and intimidation, noise with threats,
#     vandalism by named neighbours - plain, rambling, text-speak, other languages, anonymity in words
# ============================================================================================
ITEMS += [
    (call_in("11-02 10:50", "+441134960301", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Hello, is that the housing? It's Mrs Holroyd, Margaret Holroyd, number 7 Hollin Park Road. I hope you don't mind me ringing, only my daughter's away in Spain and I didn't know who else. Now, the first thing is the cat flap. The man fitted it in the back door last year and it's come loose, it rattles, and Sooty won't use it because it bangs on his tail, so he's been sitting crying at the back door at all hours.
        Agent: I can get that looked at, Mrs Holroyd.
        Caller: Thank you, dear. And my hip's been bad so I don't get out much, I sit in the front window. That's how I know. The young man across the road at number 8, there's cars stopping outside all day and all night, and he goes out to the window of the car and there's little packets, I've seen the packets, and money. One lad was sick on my wall on Sunday. I don't want my name on anything, mind. They'd put my windows in. You won't tell them it was me?
        Agent: No, I won't give your name. I'll pass it to our ASB team without it, and book the cat flap separately.
        Caller: You're very kind. It's the cat flap I really rang about.
    """, dur=388),
     A("asb", None, "drug|car|packets",
       "Known landline (Mrs Holroyd); a long call that opens with a cat flap, then describes street dealing opposite "
       "and asks not to be named -> anonymous; drug dealing -> asb. The cat-flap repair is secondary.")),

    (sms_in("11-02 22:15", "+447700900328", """
        there dealin out the bin store again at thornhill, smell of weed all thru the block n the kids walk past it
        to get to the bus. 4 of them tonite. no names pls i dont want my windows put thru
    """),
     A("asb", None, "dealing|bin store|weed",
       "Known mobile, but asks for no names -> anonymous; drug dealing in the bin store -> asb.")),

    (wa_in("11-03 20:50", W8(13), "", """
        Boa noite. Todas as noites há carros no parque de estacionamento de Calder Court, entregam pacotes pela
        janela e vão embora. As crianças brincam ali ao lado. Por favor não digam que fui eu, moro no rés-do-chão.
    """),
     A("asb", None, "car park|drug|dealing",
       "Portuguese: 'every night there are cars in the Calder Court car park, they hand packages through the window "
       "and leave; children play right next to it. Please don't say it was me, I live on the ground floor.' Unknown "
       "number, anonymity asked -> anonymous (review accepted); drug dealing -> asb.", {"action": ["review"]})),

    (wa_in("11-04 21:05", "447700900312", "Tariq", """
        Sat sri akal ji. Saade gwaandi 10 number wale munde raat nu galli vich nashe vechde ne, gaddiyan aundiyan
        te do minute ruk ke chaliyan jandiyan. Kal ek ne meri gaddi di mirror tod ditti. Mera naa na dasso ji,
        bachche ne ghar vich.
    """),
     A("asb", None, "drug|car|mirror",
       "Punjabi (Roman script): 'the lads at number 10 next door sell drugs in the street at night, cars come, stop "
       "two minutes and go; yesterday one broke my car mirror. Please don't say my name, there are children at "
       "home.' Tariq's own mobile (not the shared landline) but anonymity asked -> anonymous (record against "
       "C300012 accepted as he is also a victim of the damage).", RECOK("C300012"))),

    (email_in("11-05 08:05", "paul.greenwood@example.com", "Paul Greenwood", "House at 17 Beckside", """
        Morning,

        Not sure if 17 Beckside Mews is yours or private. Since about September the windows upstairs have been
        blacked out with foil, there's a constant humming day and night, the back of the house is warm to touch
        where it joins ours and there's a strong sweet smell, especially at night. A van comes every couple of
        weeks and they carry bin bags in and out. I'm fairly sure it's a cannabis farm. I'm worried about the
        wiring with it being joined on to my house.

        Paul Greenwood, no. 2
    """),
     R("C300026", "asb", None, "cannabis|smell|foil",
       "Known e-mail; a suspected cannabis farm next door, no anonymity asked -> record against the reporter; asb "
       "(the fire worry is about a neighbour's property; emergency accepted).", EMG)),

    (call_out("11-05 15:30", "+441632960342", "ASB team", "completed", dur=196, answered_by="human", transcript="""
        Agent: Hello Keith, it's Kerry Dunn from the ASB team. Just an update, as promised, about number 8.
        Customer: Go on.
        Agent: The police executed a warrant there on Tuesday and recovered drugs and cash. We've served a notice seeking possession today, and the closure order hearing is on the 23rd. You may be asked to give a statement.
        Customer: I'll do it. I want my street back.
        Agent: Thank you. I'll send the diary sheets again by post, not to the front door.
    """),
     R("C300042", "asb", None, "warrant|drug|closure|statement",
       "Outbound ASB case update to a complainant (known landline) -> record; drug-dealing case -> asb.")),

    (chat("11-06 16:40", {"name": "Anonymous"}, """
        Form: Report ASB (anonymous)
        Visitor: there's a silver car that parks by the play area at thornhill gardens from about 3 till 6 every day. kids from the high school go up to the window and come away with little bags. the driver wears a balaclava even when its not cold
        Agent (Rosa): Thank you. I'll pass this on to the ASB team and our police liaison officer; you won't be identified.
    """, anon=True),
     A("asb", None, "car|play area|dealing|drug",
       "Anonymous webchat form; dealing to schoolchildren from a car by the play area -> anonymous, asb "
       "(safeguarding accepted: children targeted).", SAFE)),

    (letter("11-06 09:00", {"name": "Mrs C. Mellor"}, """
        2 Moorside Crescent
        Sheffield S6 4RB

        Dear Sir or Madam,

        I wish to report that the ginnel between Moorside Crescent and the shops has become a drug den. I found
        three needles there on Monday and another on Wednesday, and there are young men standing at the top end
        from dinner time onwards. Two of them shouted at me when I walked through with my shopping trolley and
        one kicked it over. I do not feel safe walking to the shops any more.

        I am happy to give a statement.

        Yours faithfully
        Christine Mellor
    """),
     R("C300055", "asb", None, "needle|drug|ginnel",
       "Letter with name + address -> C300055 (review accepted); drug use and intimidation in the ginnel, willing "
       "to give a statement -> asb.", REVOK)),

    (ig_in("11-07 17:55", "@mum_of3_bd4", "", """
        someone is dealing from the bench by the swings at beckside every day 4 till 6, found 2 needles in the
        bark chippings today. my kids use that park. is anyone actually doing anything
    """),
     V("asb", None, "dealing|needle|swings",
       "Instagram handle only -> review; dealing and discarded needles in the play area -> asb (estate accepted for "
       "the needle clearance).", ESTC)),

    (fb_in("11-08 13:15", FB8(3), "Owen Pritchard", """
        Owen Pritchard, flat 10 Calder Court. Three lads use our landing to sell from every night, sat on the stairs
        till 3am. Asked them nicely to move on Friday and one of them said "we know which flat's yours". Now I'm
        getting knocks at the door at all hours. Please don't just reply with a link to a form
    """),
     R("C300040", "asb", None, "dealing|stairs|threat",
       "Facebook DM, unlinked profile but full name + flat -> C300040 (review accepted); dealing on the landing "
       "and intimidation -> asb.", REVOK)),

    (tg_in("11-09 08:15", "5120034471", "Agnieszka", """
        Dzień dobry. Sąsiad z mieszkania 1 znowu fotografuje mnie i córkę przez okno, a dziś na drzwiach była
        kartka "WIDZĘ CIĘ". Policja mówi, że to nie przestępstwo. Boję się wychodzić wieczorem.
    """),
     R("C300006", "asb", None, "photograph|note|neighbour|harass",
       "Polish: 'the neighbour from flat 1 is photographing me and my daughter through the window again, and today "
       "there was a note on the door \"I SEE YOU\"; the police say it's not a crime; I'm scared to go out in the "
       "evening.' Linked Telegram id -> harassment -> asb (safeguarding accepted).", SAFE)),

    (wa_in("11-09 23:40", "447700900310", "Hodan", """
        Habeen walba saacadda 2da qof ayaa albaabkayga garaaca oo orda. Shalay waxay ku qoreen albaabka erayo xun.
        Carruurtu ma seexan karaan. Waxaan u maleynayaa inay yihiin wiilasha guriga 14.
    """),
     R("C300010", "asb", None, "door|knock|night",
       "Somali: 'every night at 2 someone bangs on my door and runs; yesterday they wrote bad words on the door; the "
       "children can't sleep; I think it's the boys from no. 14.' Known number -> harassment -> asb.")),

    (email_in("11-10 07:40", "karen.whitaker@example.org", "Karen Whitaker", "People knocking at my door", """
        Hi,

        I'm having trouble with my ex-husband's new partner. She has posted my address on a local Facebook
        group saying I owe people money (I don't) and since then strangers have been knocking at 23 Hollin
        Park Road at night asking for "the money". Someone put a brick on the doorstep with a note. I've
        reported it to the police (13/79940/26).

        Is there anything you can do about a doorbell camera or better lighting at the front?

        Karen
    """),
     R("C300004", "asb", None, "address|knocking|brick|harass",
       "Karen's own e-mail (shared tenancy but the address is hers alone) -> C300004; harassment and intimidation at "
       "the home after her address was posted online -> asb (safeguarding accepted).", SAFE)),

    (call_in("11-10 18:30", "+447700900331", """
        Agent: Fairholme out of hours, Bilal speaking.
        Caller: Hi, Nathan Pearce, 31 Thornhill. It's the woman next door at 33. Every time the kids run up the stairs she bangs on the wall with a brush handle, and now she's started shouting through the letterbox. Yesterday it was "I'll report you to social services, you animals". My youngest is three. We're not loud. She's left notes on the car as well.
        Agent: How long has this been going on, Nathan?
        Caller: Since the summer. It's every day now. My partner's scared to come in on her own.
        Agent: I'll log it for the ASB team to open a case tomorrow. They'll send you diary sheets, and the officer will want to hear your side and hers.
    """, to=OOH, dur=205),
     R("C300031", "asb", None, "shouting|letterbox|notes|harass",
       "Known mobile; daily harassment from a neighbour (banging, shouting through the letterbox, notes) -> asb.")),

    (chat("11-11 12:20", {"email": "connor.walsh@example.net", "name": "Connor"}, """
        Visitor: my neighbour at 35 has put a camera on her porch that points straight into my garden and my back bedroom window
        Agent (Rosa): Thanks Connor. Have you spoken to her about it?
        Visitor: yeah she laughed. and she's been putting clips of me on the street whatsapp group. me putting the bins out in my boxers, me having a row with my brother in the garden. people are sending me laughing faces
        Agent (Rosa): That's not OK. I'll open an ASB case and the officer will look at the camera too, as it may need permission.
    """),
     R("C300048", "asb", None, "camera|clips|harass",
       "Chat with the customer's e-mail; a neighbour filming into his home and sharing clips to mock him -> "
       "harassment -> asb (tenancy accepted for the camera permission).", TENC)),

    (letter("11-11 09:00", {"name": "R. Illingworth"}, """
        15 Beckside Mews
        Bradford BD4 7HA

        To whom it may concern,

        Every night this month a gang of lads has been knocking on my door and running off, and last week they
        started shouting "paedo" through the letterbox. I have lived here 31 years on my own and never had
        trouble. Now the people at the bus stop look at me. It is a lie and I don't know where it came from. I
        have stopped answering the door, even in the day.

        I would like someone to come and see me. Please knock three times so I know it's you.

        R. Illingworth
    """),
     R("C300058", "asb", None, "lads|door|paedo|harass",
       "Name + address letter -> C300058; nightly door-knocking and a false 'paedo' slur against an older man "
       "living alone -> harassment -> asb (safeguarding accepted).", M(SAFE, REVOK))),

    (sms_in("11-12 19:10", "+447700900320", """
        the lad in flat 12 has started waiting by the mailboxes when i get in from work and following me up the
        stairs really close. tonight he said 'nice of you to finally get home'. i dont even know how he knows
        what time i finish. beth flat 3
    """),
     R("C300020", "asb", None, "following|stairs|harass",
       "Known mobile; a neighbour lying in wait and following her -> harassment/stalking behaviour -> asb "
       "(safeguarding accepted).", SAFE)),

    (call_in("11-13 10:15", "+441134960357", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: Dzień dobry, hello, it is Grażyna Nowak, 40 Hollin Park Road. The boys from 38, they park the van across our drive every morning so my husband cannot go to work. When I ask, they laugh and the big one he spit on my shoes. Yesterday they put the van there with the music very loud at 6 o'clock.
        Agent: I'm sorry, Mrs Nowak. How long has it been happening?
        Caller: Three weeks. Every day. We are not young, we don't want fight.
        Agent: I'll open a case with the ASB team and they'll contact you. Would you like a Polish interpreter?
        Caller: Yes please, for my husband.
    """, dur=199),
     R("C300037", "asb", None, "van|drive|spit",
       "Shared Nowak landline, but the caller names herself -> C300037; daily obstruction, spitting and noise by "
       "neighbours -> asb (not just parking).")),

    (call_in("11-13 16:45", "+441134960314", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: The man at 25 has just told my son he's going to stab him. Our Liam's sixteen. He was just walking past with his mates and the bloke came out and said it. The police are on their way.
        Agent: I'm glad the police are coming. Is your son safe now?
        Caller: He's in the house. Can I get the bloke moved? Everyone round here's scared of him.
        Agent: I'll open an urgent ASB case. Can I take your name for it?
        Caller: It's 23 Hollin Park. I've got to go, the police are here.
    """, dur=114),
     V("asb", None, "stab|threat|son",
       "Shared Whitaker landline (C300004/C300005) and the caller gives no name -> review (either accepted); a "
       "neighbour threatening to stab a teenager -> asb.", ALT("C300004", "C300005"))),

    (sms_in("11-14 11:30", "+447700900315", """
        the bloke at 24 said hes going to torch my car if i park outside his house again. its a public road and
        its outside mine too. hes done it before to somebody he says. john smith 22 weavers row
    """),
     R("C300015", "asb", None, "threat|car|torch",
       "Weavers Row John Smith's own mobile -> C300015; a threat to set fire to his car -> asb (the parking is only "
       "the trigger; estate not the point).")),

    (wa_in("11-14 19:45", W8(14), "", """
        Добрий вечір. Сусід з будинку 5 на Thornhill Gardens щодня спускає свого великого собаку без повідка на
        нас і сміється, коли діти кричать. Вчора сказав, що наступного разу "собака вас з'їсть". Ми живемо тут
        за програмою для українців. Будь ласка, не кажіть йому, що це я написала.
    """),
     A("asb", None, "dog|threat|children",
       "Ukrainian: 'the neighbour from house 5 Thornhill Gardens lets his big dog off the lead at us every day and "
       "laughs when the children scream; yesterday he said next time \"the dog will eat you\". We live here under "
       "the Ukrainian scheme. Please don't tell him I wrote.' Unknown number, anonymity asked -> anonymous "
       "(review accepted); threats with a dog -> asb.", {"action": ["review"]})),

    (email_in("11-15 21:20", "andrei.popescu@example.com", "Andrei Popescu", "After the court", """
        Hello,

        I gave evidence last month for the case against the family at number 25 Moorside. Since then their older
        son and his friends stand at the corner when I take my children to school. Today he said "we know where
        your kids go to school" and smiled. My wife does not want to leave the house.

        I have told the police officer in the case. I want to know if you can move us, or at least put cameras.

        Andrei Popescu
        21 Moorside Crescent
    """),
     R("C300014", "asb", None, "witness|intimidat|school|threat",
       "Known e-mail; intimidation of a witness and veiled threats about his children -> asb (safeguarding / "
       "lettings accepted).", {"category": ["safeguarding", "lettings"]})),

    (call_out("11-16 10:05", "+447700900304", "ASB team", "completed", dur=174, answered_by="human", transcript="""
        Agent: Hi Karen, it's Kerry from the ASB team. I've had your email about the knocking.
        Customer: It happened again Saturday. Two blokes.
        Agent: I've spoken to the police officer on your crime number. We're fitting a video doorbell and a dusk-to-dawn light on Thursday, and I've asked the Facebook group admin to remove the post.
        Customer: Thank you. I just want it to stop.
    """),
     R("C300004", "asb", None, "doorbell|knocking|police",
       "Outbound ASB officer call to Karen's own mobile -> C300004; harassment case, security measures -> asb.")),

    (visit("11-16 14:00", {"name": "ASB officer (K. Dunn)"}, cust("C300048"), "appointment", "attended", """
        Interview with Mr Walsh at 33 Moorside Crescent, with PC 1184, about repeated racist abuse and a threat
        to "burn out" the family at no. 31. Mr Walsh denied the threat but accepted shouting. Acceptable
        Behaviour Contract signed; explained breach would lead to possession proceedings.
    """),
     R("C300048", "asb", None, "racist|contract|threat|abc",
       "ASB officer interview with the alleged perpetrator -> record against him; racist abuse and threats -> asb.")),

    (wa_in("11-16 21:30", W8(15), "", """
        Silav. Cîranê me yê li qata jor, Foundry Walk, îro got ku ew ê me bikuje eger em dîsa gazinê ji dengê
        wî bikin. Du caran derî lêxist. Ji kerema xwe navê min nebêjin, em ditirsin.
    """),
     A("asb", None, "threat|kill|neighbour",
       "Kurdish (Kurmanji): 'our upstairs neighbour at Foundry Walk said today he'll kill us if we complain about his "
       "noise again; twice he hit the door. Please don't say my name, we're afraid.' Unknown number, anonymity asked "
       "-> anonymous (review accepted); threats to kill -> asb.", {"action": ["review"]})),

    (wa_in("11-17 22:55", "447700900356", "Ahmed", """
        الجار في الطابق العلوي يشغل الموسيقى بصوت عالٍ كل ليلة حتى الفجر. عندما طلبت زوجتي منه أن يخفض الصوت
        قال لها إنه سيرمي عليها "أسيد" إذا اشتكت مرة أخرى. نحن خائفون جداً. أحمد، 50 ويفرز رو
    """),
     R("C300056", "asb", None, "music|acid|threat",
       "Arabic: 'the upstairs neighbour plays loud music every night until dawn; when my wife asked him to turn it "
       "down he said he'd throw \"acid\" on her if she complained again; we're very afraid.' Known number -> noise "
       "with a threat of serious violence -> asb.")),

    (call_in("11-18 09:25", "+447700900349", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Sandra Okonkwo, flat 6 Ashgrove. I've not slept properly in a fortnight. The new lad in flat 7 has music on till four, five in the morning, with the bass so loud my glasses rattle in the cupboard. Last night I went and knocked, very polite, and he opened the door and punched the wall right by my head and said "knock again and see what happens".
        Agent: Oh Sandra. Were you hurt?
        Caller: No, but I was shaking. I've got my carer at nine and I'm in bits.
        Agent: I'll open a case today, marked high risk because of the threat, and the ASB officer will ring you this morning. Don't go to his door again, ring us or the police.
    """, dur=231),
     R("C300049", "asb", None, "music|threat|wall",
       "Known mobile; night-time music plus a threat and wall-punch when she knocked -> asb.")),

    (email_in("11-18 22:10", "johnsmith.wf1@example.net", "John Smith", "Flat 12 again", """
        Hi,

        Bass from flat 12 again till gone 3 last night, four nights out of the last five. I've done the diary
        sheets. This morning there was a note under my door in capitals: KEEP COMPLAINING AND YOUR CAR GETS IT.
        I've put it in a plastic bag like the police said.

        John Smith, Flat 14 Calder Court
    """),
     R("C300046", "asb", None, "bass|note|car|threat",
       "Calder Court John Smith's own e-mail -> C300046; repeated night noise and a threatening note -> asb.")),

    (tg_in("11-19 07:30", "4409987612", "Kwame", """
        the couple at 20 were screaming at each other and slamming doors till 4am again, then he came out and
        kicked my car when he saw my light on. if you speak to them please dont say it came from me, im the only
        house that backs onto theirs so theyll know anyway but still
    """),
     A("asb", None, "noise|car|kicked",
       "Linked Telegram id but asks not to be named -> anonymous (record accepted: he is the obvious victim of the "
       "car damage); night noise and damage by a neighbour -> asb (safeguarding accepted: the screaming may be "
       "domestic).", M(RECOK("C300029"), SAFE))),

    (sms_in("11-06 18:25", "+447700900326", """
        the hendersons lad from 6 beckside just keyed the whole side of my car and snapped the wing mirror, i
        watched him do it from the bedroom window. its on my ring doorbell too. paul 2 beckside
    """),
     R("C300026", "asb", None, "car|keyed|mirror",
       "Paul's own mobile; criminal damage to his car by a named neighbour's son, on camera -> asb.")),

    (letter("11-09 09:00", {"name": "Mrs E. Dawson"}, """
        25 Thornhill Gardens
        Leeds LS12 5EW

        Dear Housing,

        I am writing for my mother, Eileen Dawson, who has asked me to. The boy from number 29 has kicked down
        her front fence panel twice in a fortnight and smashed the ornaments on her wall. She saw him from the
        window. He laughs when she knocks on the glass. Mum is 84 and it is upsetting her very much.

        Please reply to me at mum's address. I am there most days.

        Karen Dawson (daughter)
    """),
     R("C300030", "asb", None, "fence|ornaments|boy",
       "Letter from the tenant's daughter at the tenant's address -> C300030 (review accepted); repeated vandalism "
       "by a named neighbour's son against an older tenant -> asb (estate accepted for the fence).",
       M(REVOK, ESTC))),

    (portal("11-10 20:40", {"customer_ref": "C300003", "email": "kellybrannigan88@example.net", "name": "Kelly Brannigan"},
            "Report anti-social behaviour", """
        Form: Report anti-social behaviour
        Type: Criminal damage
        When: Sunday night about 1am
        Where: Outside 15 Hollin Park Road
        Description: All four tyres slashed on my car. It was the man from number 19, my camera shows him crouching
        by each wheel and his face when he stands up. He has been having a go at me since I complained about his
        dog. Police ref 13/81177/26.
        Do you know who they are: Yes
    """),
     R("C300003", "asb", None, "tyres|slashed|camera",
       "Portal ASB form with customer ref; tyres slashed by a named neighbour, on camera -> asb.")),

    (wa_in("11-12 14:10", "447700900337", "Grażyna", """
        Dzień dobry. Chłopaki spod 38 wczoraj w nocy połamali nasz płot i rozbili szybę w szklarni. Widziałam
        ich z okna, tego wysokiego i jego brata. Mąż nie chce dzwonić na policję, boi się. Grażyna Nowak, 40
    """),
     R("C300037", "asb", None, "fence|greenhouse|neighbour",
       "Polish: 'the lads from 38 broke our fence last night and smashed the greenhouse glass; I saw them from the "
       "window, the tall one and his brother; my husband doesn't want to call the police, he's scared.' Grażyna's "
       "own WhatsApp -> C300037; vandalism by named neighbours -> asb.")),

    (email_in("11-13 09:30", "owen.pritchard@example.com", "Owen Pritchard", "Copies of my diary sheets", """
        Hi Kerry,

        Could you send me copies of all the diary sheets I've handed in since September for the case about the
        landing? My solicitor's helping me with a statement for the injunction hearing and he needs them by
        Thursday. Email's fine.

        Owen
    """, to=ASB_BOX),
     R("C300040", "asb", None, "diary|sheets|injunction",
       "Known e-mail; request for copies of his own ASB diary sheets for an injunction hearing -> part of live ASB "
       "casework -> asb, sensitive (general accepted, still sensitive).", GENC)),

    (call_out("11-17 11:15", "+447700900352", "ASB team", "no-answer"),
     R("C300052", "asb", None, ATTEMPT,
       "Attempted outbound call from the ASB team, no answer -> record; team implies asb, any category.",
       {**ANY, "sensitive": [False]})),

    (sms_in("11-17 13:45", "+447700900311", """
        Salaam, why did the officer tell the family at 10 that it was me who complained?? they shouted at my
        daughter today "tell your mum to mind her business". I was promised it was confidential. Amina
    """),
     R("C300011", "complaint", None, "officer|confidential|complain",
       "Amina's own mobile; the reporter's identity disclosed by an officer, leading to reprisals -> complaint about "
       "ASB handling, kept sensitive (asb accepted).", ASBC, sens=True)),

    (email_in("11-18 17:05", "yasmin.akhtar@example.com", "Yasmin Akhtar", "Case closed without telling me?", """
        Hello,

        I've just had a letter saying my case about the men drinking and urinating in the doorway of the shops
        has been "closed as resolved". Nobody spoke to me. It happened again on Saturday and Sunday and one of
        them followed my daughter to the door. How is that resolved?

        I want this looked at properly.

        Yasmin Akhtar
    """),
     R("C300051", "complaint", None, "closed|case|resolved",
       "Known e-mail; dissatisfaction at an ASB case closed without contact, with continuing incidents -> complaint, "
       "kept sensitive (asb accepted).", ASBC, sens=True)),
]

# ============================================================================================
# S8. Disclosures hidden inside routine contacts (damp, rent, repairs, surveys, permits, paperwork),
#     late in long messages, or made by solicitors, employers, councillors and GPs
# ============================================================================================
ITEMS += [
    (email_in("11-01 20:30", "priya.chauhan@example.com", "Priya Chauhan", "Mould in bedrooms - photos attached", """
        Hello,

        I'm attaching photos of the black mould in both bedrooms at 17 Moorside Crescent. It started in the
        corner above my daughter's bed in September and it's now across the ceiling and behind the wardrobe. Her
        school uniform smells of it and her asthma has been worse, she's used her inhaler every night this week.

        I wipe it with the spray every weekend but it comes back within days. The extractor in the bathroom
        doesn't seem to pull anything.

        I know the advice is to open the windows. I can't. My husband screwed the bedroom windows shut in the
        summer "so nobody gets in", and he keeps the meter key on him so the heating only goes on when he's home.
        Please don't mention that part if you call the house, he answers my phone.

        Priya
    """),
     R("C300047", "safeguarding", "damp_mould", "mould|windows|husband",
       "Known e-mail; a detailed live-mould report (child with asthma) whose last paragraph reveals a husband who "
       "screwed the windows shut and controls the heating and her phone -> coercive control -> safeguarding with "
       "the damp_mould hazard (damp_mould category accepted, still sensitive).", {"category": ["damp_mould"]})),

    (call_in("11-02 14:10", "+441632960322", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: Hello love, it's Joyce Ramsden, flat 1 Calder Court. I've got a new bank so I need to change my direct debit, the rent one. I've got the numbers here, I've written them big.
        Agent: That's fine Joyce, I can set that up now. Go ahead with the sort code.
        Caller: Twenty, thirty-one... [details read out and confirmed] ...and that's it.
        Agent: All done. It'll start on the first of December. Anything else?
        Caller: Well, there is something, and I feel silly saying it. The man in the flat behind mine, he's been coming into my bit of garden at night. I can't see well, but I can see a shape by the window, and last night I heard the back door handle go down. Twice. I had the chain on. I haven't told my son because he'd go round there.
        Agent: You're not silly at all, Joyce. Please ring 999 if it happens again. I'm going to pass this to our team today and someone will ring you, not write.
    """, dur=347),
     R("C300022", "asb", None, "garden|door|night",
       "Known landline; a direct-debit change, then a partially sighted tenant describes a neighbour entering her "
       "garden at night and trying her back door -> asb (safeguarding accepted; rent is the routine part).",
       SAFE)),

    (chat("11-03 12:45", {"email": "leanne.firth@example.net", "name": "Leanne"}, """
        Visitor: how do i do a mutual exchange? is there a website
        Agent (Rosa): Hi Leanne, yes, it's HomeSwapper, you register and we check the swap. Can I ask what you're looking for?
        Visitor: anywhere not in leeds tbh
        Agent (Rosa): Any reason it's urgent? There might be quicker options.
        Visitor: my ex found out where i live. hes been outside twice this week and messaged a photo of my door
        Agent (Rosa): Thank you for telling me, Leanne. That can make you eligible for a management move, which is quicker than a swap. I'd like our domestic abuse officer to call you, what's a safe time?
        Visitor: after 5
    """),
     R("C300028", "safeguarding", None, "ex|exchange|door",
       "Chat with the customer's e-mail; a mutual-exchange question that reveals an ex-partner tracking her down -> "
       "domestic abuse / stalking -> safeguarding (lettings/tenancy accepted, still sensitive).",
       {"category": ["lettings", "tenancy"]})),

    (tg_in("11-03 16:20", "5301177720", "Tomasz", """
        Zamek w drzwiach sypialni jest zepsuty, proszę o naprawę. Syn go wyłamał. Przychodzi w nocy po pieniądze,
        dorosły, 34 lata, bierze coś. Żona się boi spać. Ale nie chcemy policji, to nasz syn.
    """),
     R("C300038", "safeguarding", None, "son|lock|money",
       "Polish: 'the bedroom door lock is broken, please repair. Our son broke it. He comes at night for money, an "
       "adult, 34, takes something. My wife is scared to sleep. But we don't want the police, he's our son.' Linked "
       "Telegram id -> C300038; abuse of an older couple by an adult son -> safeguarding (repairs accepted, still "
       "sensitive).", REPC)),

    (visit("11-04 13:30", {"name": "Estate officer (P. Sugden)"}, cust("C300017"), "walkabout", "attended", """
        Weavers Row walkabout. Ms Armitage showed me the overflowing communal bins and the broken lamp post at the
        end of the Row (both reported). When we were away from the houses she said the men visiting the flat
        below hers offered her money "to be friendly with my mates" and one followed her to the shop. She is 19.
        Did not want to make a formal report. Gave her my number and the support service card; flagged to
        safeguarding lead.
    """),
     R("C300017", "safeguarding", None, "men|money|followed|exploit",
       "Estate walkabout note; routine bins/lighting, then a 19-year-old tenant describes being targeted for sexual "
       "exploitation by men visiting a neighbour -> safeguarding (estate accepted for the bins, still sensitive).",
       ESTC)),

    (call_out("11-05 10:40", "+447700900308", "Gas servicing", "completed", dur=98, answered_by="human", transcript="""
        Agent: Hi, is that Lorraine? It's Jordan from the gas servicing team. Your annual service is overdue, can we book the engineer for Monday?
        Customer: I can't have anyone in at the moment.
        Agent: It's a legal check, it'll only take forty minutes.
        Customer: My friends are staying. They say no visitors. [male voice in background: "tell her no"] I've got to go.
        Agent: Lorraine, are you OK? You can just say yes or no.
        Customer: No.
    """),
     R("C300008", "safeguarding", None, "friends|visitors|gas service",
       "Outbound gas-service booking; a disabled tenant prevented from allowing visitors by 'friends' staying, a "
       "man prompting her, and a 'no' to being OK -> suspected cuckooing -> safeguarding (repairs accepted, still "
       "sensitive).", REPC)),

    (sms_in("11-05 17:55", "+447700900339", """
        Sorry rent is late. My nephew stays with me since August and uses my bank card for shopping, he says he
        will pay it back. When I ask he gets angry and shouts in my face, he knows I cant hear him but I can see
        it. I will pay Friday. Shirley
    """),
     R("C300039", "safeguarding", None, "nephew|card|rent",
       "Known mobile (Deaf tenant); late rent explained by a nephew using her bank card and shouting in her face -> "
       "financial abuse of a disabled adult -> safeguarding (rent accepted, still sensitive).", RENT)),

    (visit("11-06 09:30", {"name": "Damp surveyor (J. Ward)"}, cust("C300031"), "appointment", "attended", """
        Damp and mould survey, 31 Thornhill Gardens. Black mould on external walls of both bedrooms and the
        bathroom ceiling; condensation-related; works order raised (mould wash, extractor upgrade, PIV unit).
        Children's bedroom: three children sharing one mattress on the floor, no bedding except coats, no
        curtains. Fridge and cupboards empty at 9.30am. Father said food is "being delivered". Concerned;
        referring to safeguarding lead in addition to the works.
    """),
     R("C300031", "safeguarding", "damp_mould", "mould|children|mattress|food",
       "Damp survey note with live mould and signs of child neglect (no beds or bedding, no food) -> safeguarding "
       "with the damp_mould hazard (damp_mould category accepted, still sensitive).", {"category": ["damp_mould"]})),

    (email_in("11-06 22:50", "kwame.mensah@example.com", "Kwame Mensah", "Formal complaint - 5 months", """
        To whoever reads these,

        This is my fourth email. The guttering at the back of 18 Thornhill Gardens has been hanging off since
        June. I've had three appointments where nobody turned up and one where the man looked at it and said
        it needed scaffolding and then nothing. I took a day off work each time. I want compensation for the
        lost wages and I want it fixed.

        And while I'm at it, I'm sick of reporting that the man at 20 calls me a n*****, a monkey, every time I
        go out to my car, and nobody from you has ever come back to me about that either. My kids hear it. I
        reported it in August.

        Kwame Mensah
    """),
     R("C300029", "asb", None, "racist|abuse|complaint|gutter",
       "Known e-mail; a formal complaint about missed gutter repairs that also reports continuing racist abuse by a "
       "neighbour with no response -> the hate incident makes it asb (complaint accepted, still sensitive).",
       CMP)),

    (wa_in("11-07 11:15", "447700900327", "Fatima", """
        Salam, eta Shahid, Fatima Begum er chele, ammar phone theke likhchi. Amar bon Ruksana ammar shathe 6
        Thornhill e thake. Tar shami Bangladesh theke ashche tin mash age, o take maare, ar ammake bole chup
        thakte. Amma khub bhoy paay. Ki korbo bujhte parchi na.
    """),
     R("C300027", "safeguarding", None, "sister|husband|hit",
       "Bengali in Roman script: 'this is Shahid, Fatima Begum's son, writing from mum's phone. My sister Ruksana "
       "lives with mum at 6 Thornhill. Her husband came from Bangladesh three months ago, he hits her and tells mum "
       "to keep quiet. Mum is very scared.' Known number (the tenant's household) -> C300027; domestic abuse in the "
       "household -> safeguarding.")),

    (tg_in("11-08 15:40", "7781200943", "Stuart", """
        need a new fob for the main door mine's snapped. also kind of random but the guy downstairs keeps asking
        me to take parcels in for him, and now he says one "went missing" and i owe him 2 grand and have to work it
        off by "doing a few runs". i didnt take anything
    """),
     R("C300021", "safeguarding", None, "parcel|owe|runs|exploit",
       "Linked Telegram id; a fob request, then debt bondage and pressure to 'do runs' for a neighbour -> criminal "
       "exploitation -> safeguarding (asb accepted; estate for the fob is secondary).", ASBC)),

    (portal("11-08 21:05", {"customer_ref": "C300011", "email": "amina.hussain@example.net", "name": "Amina Hussain"},
            "Request a repair", """
        Form: Request a repair
        Room: Bedroom
        Problem: Hole in the plasterboard wall next to the door, about fist size
        Cause (optional): my husband punched it
        Access: weekday mornings only please. Do not ring the landline. Text my mobile.
    """),
     R("C300011", "safeguarding", None, "hole|wall|husband|punch",
       "Portal repair form with customer ref; damage caused by her husband punching the wall and restricted contact "
       "-> domestic abuse -> safeguarding (repairs accepted, still sensitive).", REPC)),

    (sms_in("11-09 00:45", "+447700900344", """
        sorry its late, next door at no 6 again, banging and her crying 'please stop' thru the wall, then
        something smashed. he kept saying 'youre not going anywhere'. ive rung 999 but wanted u to know too
    """),
     R("C300044", "safeguarding", None, "neighbour|crying|999",
       "Known mobile; overheard domestic violence next door, police called -> record against the reporter; "
       "safeguarding (asb accepted).", ASBC)),

    (visit("11-09 14:45", {"name": "Kitchen fitter (B. Oakes, Fairholme DLO)"}, cust("C300034"), "appointment", "attended", """
        Kitchen replacement day 2, Flat 11 Foundry Walk. While partner was out for cigarettes the tenant asked me
        quietly whether I could "call someone" for her after I left, and said not to ring her phone. She would
        not say more when he came back. Informed supervisor who passed to housing. Kitchen on programme for
        completion Thursday.
    """),
     R("C300034", "safeguarding", None, "partner|call|help",
       "Operative's note; a tenant covertly asking for help while her partner was out -> suspected domestic abuse -> "
       "safeguarding (repairs accepted, still sensitive).", REPC)),

    (visit("11-10 09:50", {"name": "Gas engineer (P. Rafiq)"}, cust("C300041"), "appointment", "no_access", """
        Annual gas service, Flat 15 Calder Court. No access. Tenant spoke through the letterbox: said she is not
        allowed to open the door when her husband is out and he has the only key. She sounded upset. Card left.
        Informed office; service now overdue.
    """),
     R("C300041", "safeguarding", None, "husband|key|access",
       "No-access gas visit where the tenant says her husband keeps the only key and forbids her opening the door -> "
       "coercive control -> safeguarding (repairs accepted, still sensitive); an overdue service is not an "
       "emergency.", REPC)),

    (call_out("11-10 15:20", "+447700900355", "Customer insight", "completed", dur=166, answered_by="human", transcript="""
        Agent: Hello, is that Christine Mellor? I'm calling from Fairholme about the joiner who fixed your kitchen door last week. How would you rate the repair, one to five?
        Customer: Oh, five, he was lovely. Door's grand.
        Agent: Wonderful. Anything we could have done better?
        Customer: No. Well... can I ask you something? If it was your grandson, and he'd started taking money out of your purse, and he pushed you when you said no... what would you do? Because it's getting worse, love.
        Agent: Christine, thank you for trusting me with that. I'm going to ask our safeguarding team to ring you today. Is that OK? When is he out?
        Customer: Weekdays till four.
    """),
     R("C300055", "safeguarding", None, "grandson|money|push",
       "Outbound satisfaction survey that turns into a disclosure of abuse by a grandson -> safeguarding "
       "(the survey itself would be repairs/general).")),

    (chat("11-11 19:10", {"email": "lucy.fairweather@example.net", "name": "Lucy"}, """
        Visitor: hi how do i get a visitors parking permit for 44 hollin park rd
        Agent (Bilal): Hi Lucy, I can post one to you or you can collect from the office. Who's it for?
        Visitor: my mum, shes going to stay with me for a bit. also is there any way to stop someone else parking in the visitor bay? my ex keeps parking there and sitting in the car watching the house. hes got a non-mol against him
        Agent (Bilal): I'm sorry, Lucy. Please report each time to the police as a breach. I'll send the permit and pass this to your housing officer and our domestic abuse lead.
    """),
     R("C300053", "safeguarding", None, "ex|watching|non-mol",
       "Chat with the customer's e-mail; a parking-permit request that reveals an ex-partner breaching a "
       "non-molestation order by watching the house -> safeguarding (estate accepted, still sensitive).", ESTC)),

    (email_in("11-12 09:05", "hr.shared.services@northgate-retail.example.com", "HR Shared Services", "Employee wellbeing - housing", """
        Dear Sir or Madam,

        I'm writing as HR adviser for an employee of ours, Megan Lister, who we believe is your tenant at 4
        Beckside Mews. Megan has been found sleeping in the staff room twice this week and has told her manager
        she can't go home because of her partner. She has agreed to us contacting you but asked that nothing is
        sent to the house.

        Could her housing officer contact her at work? Her line manager's number is 020 7946 0881.

        HR Adviser
    """),
     V("safeguarding", None, "partner|sleeping|work",
       "Employer's HR (third party, not acting as her formal representative) about a tenant (4 Beckside Mews = "
       "C300044) -> review, record accepted; unable to go home because of her partner -> domestic abuse -> "
       "safeguarding.", ALT("C300044"))),

    (sms_in("11-12 12:30", "+447700900323", """
        hi can i get a copy of the tenancy agreement emailed to me please. the solicitor needs it for the non
        molestation order hearing next week. please dont post it to the house. sophie
    """),
     R("C300023", "safeguarding", None, "tenancy agreement|non molestation|solicitor",
       "Sophie's own mobile (joint tenancy, number hers alone) -> C300023; paperwork request for a non-molestation "
       "order hearing -> domestic abuse -> safeguarding (tenancy accepted, still sensitive).", TENC)),

    (letter("11-13 09:00", {"name": "Hartley & Shaw Solicitors"}, """
        Hartley & Shaw Solicitors, 14 Kirkgate, Wakefield

        Our client: Mrs Natalia Rusu, Flat 15 Calder Court, Wakefield WF1 3DX

        Dear Sirs,

        We act for Mrs Rusu. On 12 November the Family Court made an occupation order excluding her husband, Mr
        Rusu, from the property for 12 months, with a power of arrest attached. A copy is enclosed.

        Our client asks that the locks are changed as a matter of urgency and that no keys are issued to Mr Rusu.
        Please correspond with this office or with our client by WhatsApp only.

        Yours faithfully,
        Hartley & Shaw
    """),
     R("C300041", "safeguarding", None, "occupation order|locks|husband",
       "Solicitors acting for the named tenant -> record against Mrs Rusu (review accepted); occupation order and "
       "urgent lock change after domestic abuse -> safeguarding (tenancy/repairs accepted).",
       M(REVOK, {"category": ["tenancy", "repairs"]}))),

    (email_in("11-13 14:15", "cllr.j.mahmood@leeds-council.example.org", "Cllr Javed Mahmood", "Constituent - Ms Hodan Abdi, Flat 12 Ashgrove Court", """
        Dear Fairholme,

        I'm writing on behalf of my constituent Ms Hodan Abdi, Flat 12 Ashgrove Court, who came to my surgery on
        Saturday with an interpreter. For several weeks someone has been banging on her door in the night and
        running away, and offensive words have been written on her door. She believes it is the young men from
        another flat. She and her children are exhausted and frightened.

        Please let me know what action you will take. Ms Abdi is happy for you to share updates with me.

        Cllr Javed Mahmood
    """),
     R("C300010", "asb", None, "door|night|councillor",
       "Councillor acting for the named tenant -> record against Ms Abdi (review accepted); night-time harassment "
       "and offensive graffiti -> asb.", REVOK)),

    (email_out("11-13 10:00", SAFEGUARDING_BOX, "sophie.lambert@example.org", "Sophie Lambert", "Our chat on 4 November", """
        Hi Sophie,

        As agreed, this is just to confirm the plan. The glazier is booked for Tuesday 17 November, morning.
        The job sheet says "cracked pane" only. We will only contact you by e-mail or by text to your mobile
        between 9 and 3, and we've put a password on your account ("bluebell").

        If you need us sooner, reply here or call me on 0113 496 0877.

        Anna, Safeguarding Officer
    """),
     R("C300023", "safeguarding", None, "glazier|contact|password",
       "Outbound one-to-one e-mail from the safeguarding officer to Sophie's own address confirming safe-contact "
       "arrangements -> safeguarding.")),

    (call_in("11-16 11:40", U8(16), """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Hello, it's the practice nurse at Beckside Surgery. We've a patient who I believe is one of yours, Mr Robert Illingworth at 15 Beckside Mews. He came in today with a temperature of 34.9 - mild hypothermia. He says his heating is off because his son has told him it's too expensive, and his son collects his pension. He asked me not to tell his son he'd said anything.
        Agent: Thank you for calling. Is Mr Illingworth still with you?
        Caller: He's being admitted for the night. We've made an adult safeguarding referral. Can someone check his heating works?
        Agent: Yes. I'll arrange a heating check and pass this to our safeguarding lead.
    """, dur=233),
     V("safeguarding", None, "hypothermia|son|heating|pension",
       "Practice nurse (professional) about a tenant (15 Beckside Mews = C300058) -> review, record accepted; an older "
       "man kept cold by a son controlling his money -> financial abuse / neglect -> safeguarding (emergency "
       "accepted for a vulnerable person without heat).", M(ALT("C300058"), EMG))),
]

# ============================================================================================
# S9. More calls and social messages: crises in progress, reports about young people, officers' messages
# ============================================================================================
ITEMS += [
    (call_in("11-14 23:35", "+447700900302", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hi, it's Daniel, 11 Hollin Park Road. Next door at 13, there's a man screaming he's going to kill her. I can hear her through the wall, she's screaming, something's just smashed. I've rung 999, they're coming, but I didn't know if you needed to know as well.
        Agent: You've done the right thing ringing 999, Daniel. Please don't go round yourself. I'll log it now for our safeguarding team.
        Caller: It's gone quiet. That's worse, isn't it.
        Agent: The police are on the way. Stay on the line with them if they ring back.
    """, to=OOH, dur=142),
     R("C300002", "safeguarding", "emergency", "kill|neighbour|999",
       "Known mobile; a neighbour reporting violence in progress next door with threats to kill, police called -> "
       "record against the reporter; domestic abuse with immediate danger -> safeguarding, emergency (null "
       "accepted; asb accepted).", M(NOHZ, ASBC))),

    (call_in("11-16 16:10", U8(17), """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Yeah, I'm a taxi driver, I don't usually do this. Three times now I've been booked to pick up a young girl from the retail park, school uniform, fourteen maybe, and take her to Foundry Walk with two blokes in their thirties. Always the same flat on the second floor. Tonight she was crying in the back.
        Agent: Thank you for ringing. Have you told the police?
        Caller: I'm ringing them after this. I just thought whoever owns the flats should know. I don't want to get involved, mind.
        Agent: I'll pass this straight to our safeguarding lead.
    """, dur=164),
     V("safeguarding", None, "girl|taxi|men|exploit",
       "Unknown caller (taxi driver) -> review; a schoolgirl repeatedly taken to a flat by older men -> suspected "
       "child sexual exploitation -> safeguarding.")),

    (call_in("11-17 19:20", "+447700900309", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hi, it's about the lift at Ashgrove. There's a group of lads, five or six, who wait in the lift lobby at night, and they've been making people hand over their phones. They took a phone off the girl from the top floor yesterday and pushed her boyfriend against the wall. Everyone's scared to use the lift after dark.
        Agent: That's serious. Can I take your name?
        Caller: It's Imran, flat 9, but don't put my name down, yeah? I'm in and out of that lobby every day.
        Agent: I'll log it without your name and pass it to the ASB team and the police liaison officer in the morning.
    """, to=OOH, dur=148),
     A("asb", None, "lads|lift|phone|robb",
       "Known mobile; robberies and intimidation in the lift lobby, caller asks not to be named -> anonymous; asb.")),

    (call_in("11-18 11:05", "+447700900333", """
        Agent: Fairholme Homes, Dev speaking.
        Interpreter: Hello, I'm the Somali interpreter, I have Mr Hassan Warsame from flat 8 Foundry Walk.
        Agent: Hello Mr Warsame, go ahead.
        Interpreter: He says the people in flat 9 throw their rubbish at his door every night, and on Sunday the man said "we will burn you out, go back to Africa". His wife has stopped going to the shop. He has told the police and they gave him a number.
        Agent: I'm very sorry. Please tell him we'll open a hate incident case today and an officer will visit with an interpreter.
        Interpreter: He says thank you, and please, they need a camera.
    """, dur=252),
     R("C300033", "asb", None, "burn|rubbish|hate|racist",
       "Known mobile, via interpreter; racist threats to 'burn you out' and rubbish thrown at the door -> hate "
       "incident -> asb.")),

    (fb_in("11-18 08:05", FB8(4), "Concerned Parent", """
        Reporting this privately and anonymously. The man in the ground floor flat on the end of Calder Court has
        been standing at his window with no clothes on when the kids walk past to school. My daughter saw it
        twice this week. Police have been told.
    """, anon=True),
     A("safeguarding", None, "window|children|expos",
       "Facebook DM, anonymous flag set; indecent exposure to children on their way to school -> anonymous, "
       "safeguarding (asb accepted).", ASBC)),

    (call_in("11-19 20:40", U8(18), """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hi, I'm ringing about my son, Jamie Rowntree, flat 16 Ashgrove Court. He's not answering his phone since this afternoon and he sent me a text at two o'clock saying "sorry mum, love you". I'm in Scarborough, I can't get there. Can someone go round? Have you got a key?
        Agent: I'm going to ring the police for a welfare check right now, that's quickest, and I'll send our duty officer with the master key to meet them.
        Caller: Thank you. Please hurry.
    """, to=OOH, dur=121),
     V("safeguarding", "emergency", "son|welfare|police",
       "Unknown number, mother of an unreachable tenant (Flat 16 Ashgrove = C300050) -> review, record accepted; a "
       "goodbye text and no answer -> possible suicide risk -> safeguarding, emergency (null accepted).",
       M(ALT("C300050"), NOHZ))),

    (call_out("11-19 13:10", "+447700900306", "ASB team", "completed", dur=34, answered_by="machine_end_beep", voicemail=True, transcript="""
        Dzień dobry Agnieszka, it's Kerry from the ASB team at Fairholme. I've been to see your neighbour in flat 1 about the photographs and the note, and I'd like to tell you what was agreed. I'll ring again tomorrow at ten with a Polish interpreter. Thank you.
    """),
     R("C300006", "asb", None, "voicemail|neighbour|photograph",
       "Outbound voicemail from the ASB officer updating a harassment victim -> record; asb.")),

    (ig_in("11-20 16:30", "@tyla.x.09", "", """
        theres a man in the flats at foundry walk who keeps giving me and my mates free vapes and money to come in
        his flat and hang out. hes like 40. my mate went in and she wont say what happened. is that allowed
    """),
     V("safeguarding", None, "vapes|money|man|flat",
       "Instagram handle only, apparently a child -> review; an adult luring children into his flat with vapes and "
       "money -> suspected grooming / child sexual exploitation -> safeguarding.")),
]

# ============================================================================================
# N1. Hard negatives: the vocabulary of abuse, threat, danger and vulnerability used for ordinary things
# ============================================================================================
ITEMS += [
    (call_in("11-01 10:20", "+447700900319", """
        Agent: Fairholme Homes, weekend line, Tom speaking.
        Caller: Gary Naylor, 47 Weavers Row. The bin store at our end's being abused something rotten. It's the takeaway on the corner, they're dumping their food waste and oil drums in our bins every night, so by Tuesday the residents can't get a bag in and the foxes have it all over the path.
        Agent: I'll get estate services to look at it, and they can write to the takeaway about trade waste.
        Caller: And a lock on the bin store door wouldn't go amiss.
    """, dur=131),
     R("C300019", "estate", None, "bin store|takeaway|waste",
       "Known mobile; 'abused' means misused by a business dumping trade waste -> estate, not asb or safeguarding.")),

    (email_in("11-01 16:45", "daniel.okafor@example.com", "Daniel Okafor", "Noise through the wall - washing machine", """
        Hi,

        My neighbour at 13 works nights and runs her washing machine at about 11pm. The machine's against the
        party wall and on the spin the whole wall vibrates, pictures rattle and it wakes my little boy. She's
        lovely, I've mentioned it and she's moved it out a bit, but it still comes through.

        I'm not making a complaint about her. Is there anything you can do with the wall, like insulation or
        anti-vibration feet for her machine?

        Daniel, 11 Hollin Park Road
    """),
     R("C300002", "repairs", None, "washing machine|wall|vibrat",
       "Known e-mail; appliance vibration through a party wall with an explicitly amicable neighbour -> repairs "
       "(general accepted); not asb.", GENC)),

    (sms_in("11-02 08:10", "+447700900320", """
        hi gas safety check is booked for today. is it safe to leave my dog shut in the kitchen or does the engineer
        need to get in there? beth flat 3
    """),
     R("C300020", "repairs", None, "gas safety|dog|engineer",
       "Known mobile; a practical question about a routine gas safety check -> repairs; 'safe' is not a concern.")),

    (call_in("11-02 18:35", "+447700900303", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hiya, Kelly Brannigan, 15 Hollin Park. The electric keeps tripping in the kitchen. The electrician who came last month said if it goes again to kill the power at the fuse box and ring you. So I've killed it. Fridge is off now.
        Agent: Any burning smell, scorch marks, or water near anything?
        Caller: No, nothing like that. It trips when I put the kettle and toaster on together.
        Agent: Probably an overloaded circuit or a faulty appliance. Leave the kitchen circuit off, the rest of the house is fine, and I'll book the electrician for first thing.
    """, to=OOH, dur=150),
     R("C300003", "repairs", None, "trip|electric|fuse",
       "Known mobile; 'kill the power' is the electrician's instruction for a tripping circuit, no burning or water -> "
       "repairs, hazard null (emergency accepted).", EMG)),

    (sms_in("11-03 07:20", "+447700900344", """
        smoke alarm on the landing ceiling has been chirping all night, think the battery is dying. i cant reach
        it even on a chair and its doing my head in. megan 4 beckside
    """),
     R("C300044", "repairs", None, "smoke alarm|battery|chirp",
       "Known mobile; low-battery chirp from a working smoke alarm -> repairs, no hazard ('dying' is the battery).")),

    (wa_in("11-03 15:05", "447700900325", "Ioana", """
        Hello, the weather looks threatening tonight, they say big storm. Already the tiles on my roof rattle at the
        front and one is sliding. Can someone check before it comes off? Ioana 12 Beckside
    """),
     R("C300025", "repairs", None, "roof|tile|storm",
       "Known number; 'threatening' weather and a slipping roof tile -> repairs (emergency accepted if a tile could "
       "fall onto the path).", EMG)),

    (email_in("11-04 08:45", "vicky.pemberton@example.org", "Victoria Pemberton", "Front door frame", """
        Hi,

        Some history: in 2024 the police forced our front door by mistake (wrong address, they apologised and
        you replaced the door and frame at the time, all fine since). This winter the new frame has swollen at
        the bottom and the door is catching and sticking, I have to shoulder it to shut it.

        Could a joiner plane it or adjust the hinges?

        Victoria, 14 Moorside
    """),
     R("C300013", "repairs", None, "door|frame|sticking",
       "Known e-mail; a door forced long ago and properly replaced, now sticking from swelling -> repairs; the old "
       "incident is quoted history, nothing current.")),

    (sms_in("11-04 12:05", "+447700900339", """
        Hello, my sister Janet is moving in with me next month to be my carer after my knee operation. Do I need
        to tell you or fill in a form? She will be here a few months. Shirley 52
    """),
     R("C300039", "tenancy", None, "sister|carer|household",
       "Known mobile; a relative moving in as carer -> household change -> tenancy, no safeguarding concern.")),

    (call_in("11-04 16:30", "+447700900329", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Hi, Kwame Mensah, 18 Thornhill. It's the radiator in the front room, the valve's stuck on full and I can't turn it down. The heat's killing me, honestly, it's like a sauna in there, and the kids' room is roasting.
        Agent: So the thermostatic valve won't turn?
        Caller: The head just spins. I've opened the windows.
        Agent: I'll book a plumber to replace the TRV head this week.
    """, dur=96),
     R("C300029", "repairs", None, "radiator|valve|trv",
       "Known mobile; 'the heat's killing me' about a stuck radiator valve -> repairs, no hazard.")),

    (email_in("11-05 09:10", "bethany.cole.mail@example.com", "Bethany", "Black spots attacking my windowsills", """
        Hi, the black spots are attacking my bedroom windowsills and the bottom of the curtains again, same as
        last winter. I've bleached it but it's back within a week and there's a musty smell in the wardrobe.
        Flat 3 Calder Court.
    """),
     R("C300020", "damp_mould", "damp_mould", "mould|black|windowsill",
       "Unknown e-mail address but first name + flat match exactly one customer (Bethany Cole) -> C300020 (review "
       "accepted); recurring live mould -> damp_mould; 'attacking' is about the mould.", REVOK)),

    (chat("11-05 13:40", {"email": "rebecca.thornton@example.org", "name": "Rebecca"}, """
        Visitor: hi I live alone and work nights, so could the electrician come after 2pm instead of the morning? I'll be asleep and won't hear the door
        Agent (Hannah): No problem Rebecca, I've moved the socket repair to Thursday 2-6pm.
        Visitor: perfect thanks
    """),
     R("C300034", "repairs", None, "electrician|appointment|socket",
       "Chat with the customer's e-mail; rearranging a repair around night shifts -> repairs; 'live alone' is not a "
       "welfare concern.")),

    (tg_in("11-05 18:50", "4409987612", "Kwame", """
        rats in the bin store at thornhill again, massive one ran over my foot. my daughter is scared to go down
        with the rubbish at night now. can pest control come back
    """),
     R("C300029", "estate", None, "rats|bin store|pest",
       "Linked Telegram id; rats in the communal bin store, child 'scared' of the rats -> estate (repairs "
       "accepted), not sensitive.", REPC)),

    (call_in("11-06 08:40", "+447700900346", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Hi, John Smith, Flat 14 Calder Court. The socket behind my fridge has gone dead. The problem is I'm on insulin, the drugs have to stay cold, and the fridge is the only place. I've put them in a cool bag with ice packs for now.
        Agent: Is anything else off, or just that socket?
        Caller: Just that one. I've run an extension from the hall, it's working for now.
        Agent: OK, I'll raise it as a priority electrical job today.
    """, dur=118),
     R("C300046", "repairs", None, "socket|fridge|insulin",
       "Known mobile (Calder Court John Smith); dead socket with insulin to keep cold, workaround in place -> repairs "
       "(emergency accepted given the medication).", EMG)),

    (sms_in("11-06 12:40", "+447700900315", """
        the big advertising hoarding on the corner of weavers row has blown over in the wind and its lying across
        the footpath. people are walking in the road to get round it. john smith 22 weavers row
    """),
     R("C300015", "estate", None, "hoarding|footpath|blown",
       "Weavers Row John Smith's own mobile; a fallen advertising hoarding blocking the path -> estate (emergency "
       "accepted for the obstruction); 'hoarding' is a billboard, not self-neglect.", EMG)),

    (email_in("11-06 19:25", "j.m.harrop@example.net", "J Harrop", "Register - county line", """
        Hello,

        We live just over the county line in Derbyshire but my husband works in Sheffield and our daughter goes to
        school there. Can we still join your housing register, or do we have to live in Sheffield already?

        Jenny Harrop
    """),
     V("lettings", None, "register|derbyshire|apply",
       "Unknown applicant -> review; 'county line' is a boundary, not drug exploitation -> lettings.")),

    (call_in("11-07 10:30", "+441632960342", """
        Agent: Fairholme Homes, weekend line, Tom speaking.
        Caller: Keith Barraclough, 6 Weavers Row. I've had the service charge letter, eighteen percent up. I feel exploited, to be honest. What am I actually getting? The grass gets cut twice a year.
        Agent: I understand. The increase is mostly the communal electricity. I can send you the breakdown and how to challenge it.
        Caller: Send it. I'm not happy.
    """, dur=140),
     R("C300042", "rent", None, "service charge|increase",
       "Known landline; 'exploited' about a service-charge increase -> rent (complaint accepted), not exploitation.",
       CMP)),

    (sms_in("11-07 14:15", "+447700900334", """
        you've cut off my water! no warning, nothing. oh wait just seen the card on the mat, works on the main till
        4. ignore me. rebecca flat 11
    """),
     R("C300034", "repairs", None, "water|works|card",
       "Known mobile; planned water shut-off, noticed the card -> repairs (general accepted); 'cut off' is the water.",
       GENC)),

    (chat("11-08 10:05", {"email": "natalia.rusu@example.org", "name": "Natalia"}, """
        Visitor: I have been fighting with this boiler all week, it keeps going to F28 and I reset it and it works for one hour
        Agent (Femi): F28 is an ignition fault. Do you have heating and hot water at the moment?
        Visitor: yes for now after reset
        Agent (Femi): I'll book an engineer for Monday; if it stops completely call us and we'll come sooner.
    """),
     R("C300041", "repairs", None, "boiler|f28|fault",
       "Chat with the customer's e-mail; intermittent boiler fault, working after reset -> repairs; 'fighting' is "
       "with the boiler.")),

    (email_out("11-06 09:00", RENT_BOX, "marcus.bell@example.com", "Marcus Bell", "Notice of Seeking Possession - 12 Thornhill Gardens", """
        Dear Mr Bell,

        Your rent account is £1,342.60 in arrears and the payment arrangement agreed in September has not been
        kept. Please find enclosed a Notice of Seeking Possession. This is not an eviction, but it is the first
        step in court action. Please contact the Income Team within 14 days so we can agree an affordable plan,
        and contact the free money advice service if you need help.

        Income Team
    """),
     R("C300060", "rent", None, "arrears|possession|notice",
       "Outbound one-to-one arrears notice -> record; rent. Formal legal language ('court action') but no "
       "sensitivity.")),

    (call_in("11-09 15:50", "+447700900353", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: Hi, Lucy Fairweather, 44 Hollin Park. The plumber's booked for tomorrow morning for the leaking tap. Thing is, my kids will be home alone after school from half three, so could he come after four when I'm back? I don't want them letting a stranger in.
        Agent: Of course, I'll move it to 4 till 6.
        Caller: Brilliant, thanks.
    """, dur=74),
     R("C300053", "repairs", None, "plumber|tap|appointment",
       "Known mobile; moving a repair so an adult is in -> repairs; 'kids home alone after school' is a parent's "
       "ordinary arrangement, not neglect.")),

    (sms_in("11-09 10:30", "+447700900331", """
        pine needles off the big tree have blocked the gutter at the back again, its pouring down the wall every
        time it rains. nathan 31 thornhill
    """),
     R("C300031", "repairs", None, "gutter|blocked|needles",
       "Known mobile; pine needles blocking a gutter -> repairs; 'needles' are not drug paraphernalia.")),

    (email_in("11-10 08:20", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Paving slab by the bins", """
        Hi,

        One of the paving slabs on the path to the bins at Ashgrove is lifted at one corner. I caught my foot on it
        in the dark last night and went down, I've got a lovely bruise on my knee but nothing broken. Someone less
        steady could really hurt themselves. Could it be relaid?

        Sandra, flat 6
    """),
     R("C300049", "estate", None, "paving|slab|trip",
       "Known e-mail; trip on a lifted slab, minor bruise -> estate (repairs/complaint accepted); 'bruise' is from a "
       "fall, not an assault.", {"category": ["repairs", "complaint"]})),

    (fb_in("11-10 12:40", FB8(5), "Beckside Residents", """
        The police horses were on the green behind Beckside Mews again yesterday for their training and the grass
        is churned to mud, kids can't play on it. Could Fairholme get it reseeded? Thanks from the residents' group
    """),
     V("estate", None, "green|grass|horses",
       "Facebook message from a residents' group page (no individual customer) asking for grounds work -> review; "
       "estate. 'Police' is the mounted section training, not an incident.")),

    (call_in("11-11 09:15", "+447700900321", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Morning, Stuart McAllister, flat 6 Calder Court. The intercom handset's dead, totally dead, no light, nothing. I'm expecting a delivery. Also the boiler's shot, well, not shot, it's making a whistling noise.
        Agent: I'll book the door entry engineer and a heating engineer. Is the heating working?
        Caller: Heating's fine, just noisy.
    """, dur=104),
     R("C300021", "repairs", None, "intercom|boiler|whistl",
       "Known mobile; dead intercom and a noisy but working boiler -> repairs; 'dead' and 'shot' are about "
       "appliances.")),

    (email_in("11-11 14:30", "daniel.okafor@example.com", "Daniel Okafor", "Reference for my son", """
        Hi,

        Good news, my son absolutely smashed his A-levels and he's off to university in January. The student
        housing wants a landlord reference confirming he's lived here with me since 2019 with no problems.
        Could you send one to me?

        Daniel, 11 Hollin Park Road
    """),
     R("C300002", "general", None, "reference|son|university",
       "Known e-mail; landlord reference request -> general (tenancy accepted); 'smashed' is exam success.", TENC)),

    (call_in("11-12 10:40", "+447700900349", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Hiya, Sandra Okonkwo, flat 6 Ashgrove. My elderly neighbour, Mrs Kettlewell at number 7, asked me to ring for her, she's fine, she just can't reach the phone easily today. The hedge by her ramp has grown right over and it catches her wheelchair.
        Agent: Thanks Sandra, I'll book the grounds team to cut it back.
        Caller: Lovely. She says thank you.
    """, dur=88),
     R("C300049", "estate", None, "hedge|ramp|wheelchair",
       "Known mobile; passing on an older neighbour's request for hedge cutting, explicitly no concern -> estate "
       "(recorded against the caller; review accepted since it is Mrs Kettlewell's request).",
       {"action": ["review"], "customer_ref": [None]})),

    (email_in("11-12 11:15", "scheduling@brightcare-leeds.example.com", "BrightCare Homecare", "Key safe for new client - 52 Hollin Park Road", """
        Hello,

        We're starting care calls for Ms Shirley Baxter at 52 Hollin Park Road from Monday 16 November (she has
        consented to us contacting you). Can we have permission to fit a key safe by her front door, or do you fit
        them yourselves? Ms Baxter is Deaf so please text her rather than ringing.

        Scheduling Team
    """),
     R("C300039", "tenancy", None, "key safe|permission|care",
       "Care agency acting for the named tenant with consent -> record against Ms Baxter (review accepted); key-safe "
       "permission -> tenancy (repairs accepted). A care package starting is not a safeguarding concern.",
       M(REVOK, REPC))),

    (email_in("11-13 10:50", "karen.dawson.home@example.com", "Karen Dawson", "Mum - Eileen Dawson, 25 Thornhill Gardens", """
        Hello,

        My mum Eileen has been diagnosed with dementia. I now have Lasting Power of Attorney for her property and
        finances (copy attached). Please can you add me as her contact on your system and send copies of letters
        to me as well as to her? She is well looked after, I'm there every day.

        Karen Dawson
    """),
     R("C300030", "general", None, "power of attorney|contact|letters",
       "Daughter acting for the named tenant with LPA -> record against Mrs Dawson (review accepted); updating "
       "contacts -> general (tenancy accepted). A diagnosis with good family support is not a safeguarding "
       "concern.", M(REVOK, TENC))),

    (sms_in("11-13 17:05", "+447700900301", """
        Please update my record: I am now registered blind, please send letters in audio or ring me. Margaret
        Holroyd 7 Hollin Park Rd
    """),
     V("general", None, "blind|audio|letters",
       "Unknown mobile (Mrs Holroyd's listed number is a landline) but name + address match one customer -> "
       "review (record against C300001 accepted); a communication-needs update -> general, not sensitive.",
       ALT("C300001"))),

    (call_in("11-14 10:05", U8(20), """
        Agent: Fairholme Homes, weekend line, Tom speaking.
        Caller: Hi, I'm doing a university project on social housing, I wondered if you could send me your anti-social behaviour policy and how many ASB cases you dealt with last year.
        Agent: The policy's on our website. For the figures you'd need to make a freedom of information style request by email; I'll give you the address.
    """, dur=82),
     V("general", None, "policy|project|asb",
       "Unknown caller, a student researcher -> review; a policy/information request -> general, not asb casework.")),

    (wa_in("11-14 14:50", "447700900343", "Aisha", """
        Hi, I got a text today saying it's from Fairholme, "your rent account is suspended, verify your bank details
        at this link". Is that you? I think it's a scam. I didn't click it.
    """),
     R("C300043", "general", None, "scam|text|bank",
       "Known number; checking a phishing text -> general (rent accepted), no safeguarding.", RENT)),

    (letter("11-16 09:00", {"name": "Mrs P. Lumb"}, """
        3 Weavers Row
        Bradford BD3 9PL

        Dear Sir,

        The debt collectors for my old electric bill are ringing me all hours, which I can't hear anyway, and
        sending letters that say "FINAL WARNING" in red. I have paid it, I have the receipt. It is nothing to do
        with you but my neighbour said you have a money advice man who could help me.

        Please write back.

        P. Lumb
    """),
     R("C300016", "general", None, "money advice|debt|electric",
       "Name + address letter -> C300016 (review accepted); a request for money advice about a utility debt -> "
       "general (rent accepted); 'final warning' and harassing calls are a creditor, not ASB.", M(REVOK, RENT))),

    (call_in("11-16 12:20", "+447700900345", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Hello, my name's Harold Birkett, 3 Thornhill Gardens, and I'm ringing from my new mobile phone, my granddaughter set it up. I wanted to ask if I can have a key safe so the district nurse can let herself in. She comes for my legs on Tuesdays and Fridays.
        Agent: Yes, you can, Mr Birkett. We'll fit it for you. Shall I write to you in large print to confirm?
        Caller: That would be champion.
    """, dur=125),
     V("tenancy", None, "key safe|nurse",
       "Unknown mobile (new phone), caller gives name + address of one customer -> review (record against C300045 "
       "accepted); key safe for a district nurse -> tenancy (repairs accepted). Not sensitive.",
       M(ALT("C300045"), REPC))),

    (sms_in("11-17 08:35", "+447700900357", """
        hiya, the key safe code for the contractors doing the windows is 1984, its by the back door. I'm at work
        all week. tracey flat 9
    """),
     R("C300057", "repairs", None, "key safe|windows|contractor",
       "Known mobile; access arrangements for window contractors -> repairs; 'safe' is a key safe.")),

    (chat("11-17 15:30", {"email": "tariq.h@example.com", "name": "Tariq"}, """
        Visitor: me and the fella at number 10 fell out over the parking last month, proper shouting match, but we've sorted it, shook hands and all that
        Agent (Femi): Glad to hear it. How can I help?
        Visitor: can you paint numbers on the bays outside so it doesn't happen again? then everyone knows whose is whose
        Agent (Femi): I'll pass that to estate services for a quote.
    """),
     R("C300012", "estate", None, "parking|bay|numbers",
       "Chat with Tariq's own e-mail -> C300012; a past parking disagreement, resolved, asking for bay markings -> "
       "estate, not asb.")),

    (wa_in("11-18 10:10", "447700900354", "Abdirahman", """
        Salaan. Ma jiraan wax dhibaato ah, laakiin albaabka dabaqa hoose ee Foundry Walk si fiican uma xirmo,
        dabaysha ayaa furta. Fadlan hagaaji. Abdirahman, flat 3
    """),
     R("C300054", "repairs", None, "door|communal|close",
       "Somali: 'there's no trouble, but the ground-floor door at Foundry Walk doesn't shut properly, the wind opens "
       "it; please fix. Abdirahman, flat 3.' Known number -> repairs (estate accepted).", ESTC)),

    (call_in("11-19 11:30", "+447700900313", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Hi, Victoria Pemberton, 14 Moorside. Quick one. Your gardener was strimming on Tuesday and a stone shot out and cracked my front window. He was really nice about it, he came and told me straight away. It's not dangerous, just a crack in the outer pane.
        Agent: Thanks for letting us know, we'll get the glazier out and it won't be charged to you.
    """, dur=77),
     R("C300013", "repairs", None, "window|crack|strim",
       "Known mobile; window cracked accidentally by the landlord's own gardener -> repairs (complaint accepted); "
       "'shot' is a stone, no incident.", CMP)),

    (tg_in("11-19 18:00", "6230118845", "Andrei", """
        Hi, the smoke detector in the hallway started beeping every minute tonight. I pressed the button and it is
        quiet for a bit then again. Is it the battery? Andrei 21 Moorside
    """),
     R("C300014", "repairs", None, "smoke detector|beep|battery",
       "Linked Telegram id; intermittent beep from a smoke detector -> repairs, no hazard.")),

    (email_in("11-20 09:35", "a.yusuf@example.org", "Abdirahman Yusuf", "Feeling safer", """
        Hi,

        Just wanted to say thank you. Since the new door entry system went in at Foundry Walk I feel so much safer
        coming home late from my shifts, and the lighting on the stairs is brilliant now. Please pass it on to
        whoever did the work.

        Abdirahman, Flat 3
    """),
     R("C300054", "general", None, "thank|door entry|lighting",
       "Known e-mail; a compliment about security improvements -> general; 'safer' is praise, not a concern.")),
]

# ============================================================================================
# N2. Hard negatives: long, rambling or emotional routine contacts - loneliness, money worries,
#     police and CCTV, neighbours who get on, lockouts, burglary repairs, household changes
# ============================================================================================
ITEMS += [
    (call_in("11-01 14:15", "+441632960322", """
        Agent: Fairholme Homes, weekend line, Tom speaking.
        Caller: Hello love, it's Joyce Ramsden, flat 1 Calder Court. I'm sorry to ring on a Sunday. It's the television, well, it's the aerial really, the picture's gone all blocky since the wind on Friday. I wouldn't bother you but it's my company, you see, since Frank went. I have it on all day. The lad upstairs says it's the aerial on the roof, not my set.
        Agent: That does sound like the communal aerial, Joyce. Is anyone else in the block having trouble?
        Caller: Mrs Hirst said hers is the same. I do get a bit lonely, I won't lie, but my son comes Sundays and the lady from church rings. Is there still that lunch club at the community room? I used to go with Frank.
        Agent: There is, Thursdays at twelve. I'll send the details, and I'll book the aerial engineer for the block.
        Caller: Oh lovely. Ring me, don't write, my eyes aren't good.
    """, dur=312),
     R("C300022", "repairs", None, "aerial|tv|lunch club",
       "Known landline; a communal aerial fault and a question about the lunch club from a widow with family and "
       "church contact -> repairs (general/estate accepted). Mild loneliness with support in place is not a "
       "safeguarding concern.", {"category": ["general", "estate"]})),

    (call_in("11-02 11:35", "+447700900319", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Gary Naylor, 47 Weavers Row. I've been moved onto Universal Credit from the old money, and the letter says the housing part goes to me now, not to you. I'm worried I'll muck it up, I've never had to pay it myself.
        Agent: We can help with that. You can ask UC for a managed payment so it comes straight to us.
        Caller: Can I? That'd be a weight off. My neighbour, she's a godsend, she does my forms online with me but she's away this week.
        Agent: I'll send the form to request the managed payment and our income officer will ring you to go through it.
    """, dur=190),
     R("C300019", "rent", None, "universal credit|managed payment|rent",
       "Known mobile; moving to UC, asking for a managed payment -> rent; a helpful neighbour is not a concern.")),

    (call_in("11-03 10:05", "+441134960314", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: Hi, it's Darren Whitaker, 23 Hollin Park Road. Me and Karen have split up. It's all amicable, no drama, I'm moving in with my new partner in Harehills and Karen's staying in the house with the kids. How do I come off the tenancy so it's just in her name?
        Agent: You'd both sign a form for you to leave the joint tenancy, and then we'd look at a sole tenancy for Karen.
        Caller: Can you send it to the house? I'll pop round and sign it.
    """, dur=133),
     R("C300005", "tenancy", None, "split|tenancy|sole",
       "Shared Whitaker landline, caller names himself -> C300005; an amicable separation, leaving the joint "
       "tenancy -> tenancy, not domestic abuse.")),

    (call_in("11-03 13:20", U8(21), """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Hi, I'm not one of yours, I rent privately in Armley. My landlord's threatening to evict me because he wants to sell, he's given me a section 21 for January. I've got two kids. Can I get on your list?
        Agent: I'm sorry to hear that. You should contact the council's housing options team now, because they have a duty to help you before the notice ends, and you can apply to the housing register online.
        Caller: OK. Can you text me the link?
    """, dur=167),
     V("lettings", None, "section 21|evict|register",
       "Unknown caller renting privately, facing a no-fault eviction -> review; homelessness prevention / register -> "
       "lettings. 'Threatening' is a landlord's notice, not intimidation.")),

    (call_in("11-04 08:15", "+441144960322", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: Morning, the boiler pressure's dropped to nearly nothing again, 8 Moorside Crescent. I've topped it up twice this week.
        Agent: Can I take your name?
        Caller: It's the Hussains' house, either of us is fine. Sorry, I've got to drop the kids off, can someone just ring back to book it?
    """, dur=58),
     V("repairs", None, "boiler|pressure",
       "Shared Hussain landline, caller gives only the household name -> review (either customer accepted); boiler "
       "losing pressure -> repairs.", ALT("C300011", "C300012"))),

    (call_in("11-04 15:00", U8(22), """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Afternoon, it's PC Oduya from Wakefield police. We're dealing with a minor collision in the Calder Court car park on Monday evening, one resident's car reversed into another. Nobody hurt, it's an insurance dispute really, but the drivers disagree on who was moving. Is there CCTV on that car park, and if so could we request the footage for Monday between six and seven?
        Agent: There is a camera there. I'll pass your request to estate services, they'll need it in writing from your police email.
        Caller: I'll email it over today.
    """, dur=121),
     V("estate", None, "cctv|car park|collision",
       "Unknown caller (police officer) asking for CCTV of a minor car-park collision -> review; estate (general "
       "accepted). Police involvement in a prang is not asb or safeguarding.", GENC)),

    (chat("11-05 09:50", {"email": "beth.cole@example.com", "name": "Beth"}, """
        Visitor: morning, someone clipped my wing mirror in the calder court car park overnight, they left a note with their number so it's all fine, we're sorting it through insurance
        Agent (Hannah): That was good of them! Is there anything you need from us?
        Visitor: the insurer asked if the car park has cctv, just to confirm the time. can I get a still?
        Agent (Hannah): I'll ask estate services to check the footage for you.
    """),
     R("C300020", "estate", None, "cctv|mirror|car park",
       "Chat with the customer's e-mail; an honest car-park knock with a note left, CCTV for insurance -> estate "
       "(general accepted), not asb.", GENC)),

    (call_in("11-05 20:25", "+447700900317", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Hiya, I'm locked out. Chloe Armitage, 30 Weavers Row. I've lost my keys somewhere between the bus and home. I'm on my own with the baby in the car park and it's freezing, she's only eight months.
        Agent: Have you got anyone nearby with a spare key?
        Caller: No, my mum's in Bradford. Nobody's got one.
        Agent: OK, I'm sending the emergency locksmith now, it should be within the hour. There may be a charge for a lost-key call-out. Can you sit somewhere warm meanwhile, with a neighbour?
        Caller: My neighbour's let me sit in hers. Thank you so much.
    """, to=OOH, dur=143),
     R("C300017", "repairs", "emergency", "locked out|keys|locksmith",
       "Known mobile; a night-time lockout with a baby in the cold -> emergency locksmith -> repairs, hazard "
       "emergency (null accepted). 'On my own with the baby' is not a welfare concern.", NOHZ)),

    (sms_in("11-06 08:55", "+447700900317", """
        got back in fine last night, locksmith was lovely. he said the barrel needs replacing properly though
        cos he had to drill it. chloe 30
    """),
     R("C300017", "repairs", None, "lock|barrel|locksmith",
       "Known mobile; follow-up to a lockout, lock barrel to replace -> repairs, no hazard.")),

    (wa_in("11-06 10:30", "447700900352", "Bogdan", """
        Bună ziua. Aseară ne-au spart casa când eram la biserică, au intrat pe ușa din spate. Poliția a venit și a
        pus o scândură. Am număr de la poliție. Trebuie ușă nouă și yală. Nu știm cine a fost.
    """),
     R("C300052", "repairs", None, "door|burglary|lock",
       "Romanian: 'last night our house was broken into while we were at church, through the back door; the police "
       "came and boarded it; we have a police number; we need a new door and lock; we don't know who did it.' Known "
       "number -> burglary repair -> repairs, boarded so hazard null (emergency accepted); not ASB.", EMG)),

    (sms_in("11-06 17:30", "+447700900307", """
        theres a box left on the 2nd floor landing since this morning with no name on, someone asked if its
        suspicious lol. its an amazon parcel for flat 5 i think. can the caretaker move it, its blocking the
        fire door a bit. sam
    """),
     R("C300007", "estate", None, "parcel|landing|fire door",
       "Known mobile; a misdelivered parcel obstructing a landing -> estate (caretaker), not a security incident; "
       "a partly obstructed fire door is a housekeeping matter (emergency accepted).", EMG)),

    (call_in("11-07 11:55", "+447700900308", """
        Agent: Fairholme Homes, weekend line, Tom speaking.
        Caller: Hi, Lorraine Kettlewell, flat 7 Ashgrove. My mum's moving in to care for me from December. My MS has got worse and she's going to do my personal care. Do I need to add her to the tenancy or tell housing benefit?
        Agent: Thanks for letting us know. We'll add her as a household member, and yes, tell housing benefit. Will she need her own key fob?
        Caller: Yes please, and a parking permit.
    """, dur=117),
     R("C300008", "tenancy", None, "mum|carer|household",
       "Known mobile; a parent moving in as carer -> household change -> tenancy, not safeguarding.")),

    (call_in("11-08 14:40", "+441134960314", """
        Agent: Fairholme Homes, weekend line, Tom speaking.
        Caller: Hi, it's Karen Whitaker, 23 Hollin Park. Just a quick one, Darren's moved out now, so I'm on my own with the kids. If the electrician's still coming Tuesday I'll need it after school drop-off. Is that OK?
        Agent: Yes, I'll note 9.30 onwards.
    """, dur=69),
     R("C300004", "repairs", None, "electrician|appointment",
       "Shared Whitaker landline, caller names herself -> C300004; rearranging a repair after an amicable separation -> "
       "repairs; 'on my own with the kids' is not a concern.")),

    (call_in("11-09 09:40", "+447700900337", """
        Agent: Fairholme Homes, Dev speaking.
        Caller: Good morning, Grażyna Nowak, 40 Hollin Park. I want to ask, can we put a satellite dish on the back wall? For the Polish television. My husband will pay the installer.
        Agent: You'll need our permission; I'll email you the form. It must go on the back, not the front.
        Caller: Back, yes. Thank you.
    """, dur=72),
     R("C300037", "tenancy", None, "satellite|dish|permission",
       "Grażyna's own mobile -> C300037; permission for a satellite dish -> tenancy.")),

    (call_in("11-09 16:05", "+447700900328", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Hi, Leanne Firth, 10 Thornhill. My Universal Credit got sanctioned because I missed an appointment when my little one was poorly, so I'm short this month. I'm using the food bank at the church and I don't want to get behind on the rent. Can I pay half now and half in two weeks?
        Agent: Yes, we can set that up. I'll also refer you to our money advice team, they can help you challenge the sanction and look at the hardship fund.
        Caller: That would be great.
    """, dur=176),
     R("C300028", "rent", None, "sanction|rent|food bank",
       "Known mobile; UC sanction, food bank use and a payment arrangement -> rent (general accepted). Financial "
       "hardship alone is not safeguarding.", GENC)),

    (call_in("11-10 12:45", "+447700900317", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Hiya, Chloe Armitage, 30 Weavers Row. The code on the keypad for the back gate's got round all the takeaway drivers and now anybody wanders through the yard. Can you change it and just give it to the residents?
        Agent: Yes, I'll get the door entry engineer to change it and we'll write to residents with the new code.
    """, dur=81),
     R("C300017", "repairs", None, "code|keypad|gate",
       "Known mobile; keypad code shared too widely -> repairs (estate accepted); no incident or intimidation.",
       ESTC)),

    (email_in("11-10 13:55", "owen.pritchard@example.com", "Owen Pritchard", "Copy of gas safety certificate", """
        Hi,

        Could you email me a copy of this year's gas safety certificate for Flat 10 Calder Court? My new contents
        insurer has asked for it.

        Thanks,
        Owen
    """),
     R("C300040", "repairs", None, "gas safety|certificate",
       "Known e-mail; copy of a gas safety certificate -> repairs (general accepted); not sensitive.", GENC)),

    (call_in("11-11 10:25", "+441632960358", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Robert Illingworth, 15 Beckside Mews. I'm ringing about the bath. I can't get in and out of it any more with my back, and the doctor says I should have a walk-in shower. I've had a leaflet from the council about adaptations. Do I go to you or them?
        Agent: For a shower you'd need an occupational therapist assessment first; I'll refer you and then we do the work.
        Caller: Righto. I'm on my own, so mornings are best.
    """, dur=139),
     R("C300058", "repairs", None, "shower|adaptation|bath",
       "Known landline; an adaptation request -> repairs (tenancy accepted); living alone is not a concern.", TENC)),

    (wa_in("11-11 16:30", "447700900318", "Mohammed", """
        مرحباً، أحتاج رسالة من الشركة تؤكد عنواني في 41 ويفرز رو، من أجل تسجيل ابني في المدرسة. شكراً.
    """),
     R("C300018", "general", None, "letter|address|school",
       "Arabic: 'I need a letter from the company confirming my address at 41 Weavers Row, to register my son at "
       "school. Thanks.' Known number -> general (tenancy accepted).", TENC)),

    (wa_in("11-12 18:05", "447700900351", "Yasmin", """
        Assalam o alaikum. Hamare ghar mein sirf do bedroom hain aur ab hum 6 log hain, bachay bade ho gaye hain.
        Kya hum bade ghar ke liye transfer apply kar sakte hain? Yasmin, 36 Thornhill
    """),
     R("C300051", "lettings", None, "transfer|bedroom|overcrowd",
       "Roman Urdu: 'our home has only two bedrooms and now we are six, the children have grown; can we apply for a "
       "transfer to a bigger home?' Known number -> overcrowding transfer -> lettings.")),

    (wa_in("11-13 12:15", "447700900310", "Hodan", """
        Salaan. Goorma ayaa kirada la bixiyaa bishan? Waxaan rabaa inaan bixiyo ka hor Jimcaha. Hodan, flat 12
    """),
     R("C300010", "rent", None, "rent|pay",
       "Somali: 'when is the rent due this month? I want to pay before Friday.' Known number -> rent.")),

    (ig_in("11-13 15:45", "@nana.mags.daughter", "", """
        just wanted to say your caretaker Kim was so kind to my nan today at Ashgrove when her shopping bag split
        in the foyer, picked everything up and carried it to her flat. made her day ❤️
    """),
     V("general", None, "thank|caretaker|compliment",
       "Instagram handle only, a relative's compliment about a caretaker -> review (ignore accepted: it asks for "
       "nothing); general, not sensitive.", {"action": ["ignore"], "category": [None]})),

    (call_in("11-14 13:30", "+447700900360", """
        Agent: Fairholme Homes, weekend line, Tom speaking.
        Caller: Hi, Marcus Bell, 12 Thornhill. I got the notice letter about the arrears. I know, I know. I've started a new job, first wage is on the 27th, and I can pay £200 then and £60 a week after. I'm dying to get it cleared, honestly, it's been hanging over me.
        Agent: That's a good plan, Marcus. I'll note the arrangement for the income officer to confirm on Monday.
    """, dur=105),
     R("C300060", "rent", None, "arrears|arrangement|pay",
       "Known mobile; a repayment offer after a possession notice -> rent; 'dying to get it cleared' is an idiom.")),

    (chat("11-15 11:10", {"email": "lucy.fairweather@example.net", "name": "Lucy"}, """
        Visitor: my partner Dan's been living with me since summer and we want to make the tenancy joint. how do we do that?
        Agent (Bilal): Congratulations! Dan would need to have lived there 12 months, then you both sign a new joint agreement. I'll send the form so you have it ready.
    """),
     R("C300053", "tenancy", None, "joint|tenancy|partner",
       "Chat with the customer's e-mail; a request to make the tenancy joint with a partner -> tenancy.")),

    (tg_in("11-15 19:40", "7781200943", "Stuart", """
        new fob works a treat, cheers. also the bulb on the 2nd floor landing is out, pitch black on the stairs
    """),
     R("C300021", "repairs", None, "bulb|landing|light",
       "Linked Telegram id; thanks for a fob and a landing light out -> repairs (estate accepted).", ESTC)),

    (call_in("11-16 15:25", "+447700900332", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Hi, Zofia Kamińska, flat 5 Foundry Walk. My knees are getting worse and the stairs are a struggle. My consultant's written a letter. Can I go on the list for a ground-floor flat?
        Agent: Yes, send us the consultant's letter and I'll put a medical transfer application through for you.
    """, dur=97),
     R("C300032", "lettings", None, "transfer|ground floor|medical",
       "Known mobile; a medical transfer application -> lettings.")),
    (call_in("11-17 10:50", "+447700900334", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Hi, Rebecca Thornton, flat 11 Foundry Walk. I'm registering as a childminder. Ofsted want a letter saying my landlord's OK with it. I've done my paediatric first aid and my safeguarding children course, and I'll only have three little ones at a time.
        Agent: You need our written permission for running a business from home; I'll send the form, and we'll check the fire safety side as it's a flat.
        Caller: Brilliant. Could you email it?
    """, dur=112),
     R("C300034", "tenancy", None, "childminder|permission|ofsted",
       "Known mobile; permission to childmind from home -> tenancy; a completed 'safeguarding children course' is a "
       "qualification, not a concern.")),
]

# ============================================================================================
# N3. Hard negatives: staff outbound contacts and visit notes that sound like welfare work but are routine
# ============================================================================================
ITEMS += [
    (call_out("11-02 09:15", "+447700900331", "Income team", "no-answer"),
     R("C300031", "rent", None, ATTEMPT,
       "Attempted outbound call from the income team, no answer -> record; rent implied, any category.", ANY)),

    (call_out("11-03 16:40", "+447700900347", "Repairs", "busy"),
     R("C300047", "repairs", None, ATTEMPT,
       "Attempted outbound call from repairs, line busy -> record; repairs implied, any category.", ANY)),

    (call_out("11-04 11:10", "+441134960345", "Tenancy team", "completed", dur=26, answered_by="machine_end_beep", voicemail=True, transcript="""
        Hello Mr Birkett, it's Ruth from Fairholme's tenancy team. I'm ringing to book your annual tenancy check, it's just a chat about the house and whether you need anything. I'll write to you as well in large print. Thank you.
    """),
     R("C300045", "tenancy", None, "voicemail|tenancy check",
       "Outbound voicemail to book a routine tenancy check -> tenancy; not a welfare concern.")),

    (call_out("11-05 14:20", "+447700900325", "Income team", "completed", dur=142, answered_by="human", transcript="""
        Agent: Hi Ioana, it's Ravi from the income team. Your payment didn't go through on Monday, the card was declined.
        Customer: Ah yes, new card from the bank, the old one expired. I give you the new one now?
        Agent: Please. [card details taken] That's gone through, £60. Thanks Ioana.
    """),
     R("C300025", "rent", None, "card|payment|declined",
       "Outbound income call about a declined card, paid -> rent; nothing sensitive in this contact.")),

    (call_out("11-06 10:05", "+447700900310", "Damp team", "completed", dur=188, answered_by="human", transcript="""
        Agent: Hello Hodan, it's Josh from the damp team, with the interpreter on the line. Just following up the mould wash and the new extractor fan we fitted in October. How is the bedroom now?
        Interpreter: She says it is much better. No black marks since, the wall is dry, and the fan is working.
        Agent: That's great. I'll close the job then, and we'll check again in three months.
    """),
     R("C300010", "repairs", None, "mould|fan|follow",
       "Outbound follow-up after mould treatment, tenant says the mould has gone -> repairs, hazard null (damp_mould "
       "category with hazard accepted).", {"category": ["damp_mould"], "hazard": ["damp_mould"]})),

    (visit("11-06 11:00", {"name": "Housing officer (S. Rahman)"}, cust("C300060"), "appointment", "attended", """
        Annual tenancy check, 12 Thornhill Gardens. Mr Bell lives alone, new job, well. Property in good
        condition; garden tidy. Raised: loose kitchen cupboard hinge, dripping bath tap. No support needs
        identified. Discussed arrears plan, he is keeping to it.
    """),
     R("C300060", "tenancy", None, "tenancy check|hinge|tap",
       "Housing officer's routine tenancy check, no support needs -> tenancy (repairs/rent accepted); 'lives alone' "
       "is not a concern.", {"category": ["repairs", "rent"]})),

    (visit("11-07 10:00", {"name": "Estate officer (P. Sugden)"}, cust("C300055"), "walkabout", "attended", """
        Moorside Crescent walkabout with Mrs Mellor (resident rep). Noted: fly-tipped sofa by the garages, tagging
        on the substation (not offensive), two broken bollards at the top of the ginnel, overgrown verge. All jobs
        raised.
    """),
     R("C300055", "estate", None, "fly-tip|tagging|bollard",
       "Estate walkabout with a resident rep -> estate; non-offensive tagging is not asb.")),

    (visit("11-09 08:30", {"name": "Gas engineer (L. Barker)"}, cust("C300049"), "appointment", "no_access", """
        Annual gas safety check, Flat 6 Ashgrove Court. No answer 8.30-8.50. Card left. Neighbour said tenant
        leaves for the hospital early on Mondays for her clinic. Rebook for an afternoon.
    """),
     R("C300049", "repairs", None, "no access|gas safety|card",
       "No-access gas safety visit recorded per contract -> repairs; a routine hospital appointment explains it.")),

    (visit("11-10 10:15", cust("C300007"), LEEDS_OFFICE, "walk_in", "attended", """
        Mr Osei called in with his civil partnership certificate (ceremony 31 October). He will now use the
        surname Osei-Grant; partner Michael Grant added as a household member at Flat 4 Ashgrove Court. Records
        updated, new rent card issued.
    """, direction="inbound"),
     R("C300007", "general", None, "name|civil partnership|records",
       "Walk-in to update a surname and household after a civil partnership -> general (tenancy accepted).", TENC)),

    (visit("11-11 14:30", {"name": "Occupational therapist with adaptations surveyor"}, cust("C300008"), "appointment", "attended", """
        Joint OT/surveyor visit, Flat 7 Ashgrove Court. Bathroom measured for a level-access shower and raised WC;
        door widening to 900mm recommended. Tenant's mother (carer) present. Works approved for the adaptations
        programme, estimated January.
    """),
     R("C300008", "repairs", None, "shower|adaptation|bathroom",
       "Adaptations survey visit -> repairs; a carer being present is not a concern.")),

    (email_out("11-12 08:30", REPAIRS_BOX, "karen.whitaker@example.org", "Karen Whitaker", "Your repair appointment", """
        Dear Ms Whitaker,

        Your appointment to replace the kitchen extractor fan at 23 Hollin Park Road is confirmed for Wednesday
        18 November between 8am and 12pm. Please make sure someone over 18 is at home.

        Fairholme Repairs
    """),
     R("C300004", "repairs", None, "appointment|extractor",
       "Outbound one-to-one appointment confirmation -> record; repairs. 'Someone over 18 at home' is standard "
       "wording.")),

    (sms_out("11-12 17:00", "+447700900335", """
        Fairholme Homes: Hi Dean, your plumber will arrive tomorrow between 8am and 12pm. Reply C to cancel.
    """, sender="Fairholme Repairs"),
     I("Automated per-customer appointment reminder -> ignore (record accepted).", REC("C300035", "repairs"))),

    (call_out("11-13 12:40", "+447700900320", "Lettings", "completed", dur=203, answered_by="human", transcript="""
        Agent: Hi Bethany, it's Priya from lettings. Good news, your bid on the two-bed at Ashgrove Court was successful. Would you like to view it on Monday?
        Customer: Oh my god, yes! What time?
        Agent: Eleven? I'll meet you in the foyer.
        Customer: I'll be there. I'm shaking!
    """),
     R("C300020", "lettings", None, "bid|offer|viewing",
       "Outbound call offering a property after a successful bid -> lettings; 'shaking' with excitement.")),

    (call_out("11-13 15:10", "+447700900326", "Repairs manager", "completed", dur=177, answered_by="human", transcript="""
        Agent: Mr Greenwood, it's Steve Marsh, repairs manager. I'm ringing to apologise. Our joiner didn't turn up on Wednesday and nobody rang you. That's not good enough.
        Customer: I took the day off for that.
        Agent: I know. I've booked him for Monday at 8 as the first job, and I'm putting through a £25 goodwill payment for the wasted day.
        Customer: Fair enough. Thanks for ringing.
    """),
     R("C300026", "complaint", None, "apolog|missed|goodwill",
       "Outbound apology for a missed appointment with compensation -> complaint (repairs accepted).", REPC)),

    (visit("11-16 10:30", {"name": "Winter wellbeing team (H. Crossley)"}, cust("C300001"), "door_knock", "attended", """
        Winter wellbeing door knock (all tenants over 75). Mrs Holroyd well, daughter visiting. Heating working,
        thermostat at 20C, smoke and CO alarms tested OK. Gave the winter pack (blanket, thermometer card, cold
        weather leaflet in large print). No concerns; no further action.
    """),
     R("C300001", "general", None, "winter|wellbeing|pack",
       "A proactive winter wellbeing check with no concerns -> general (tenancy accepted); 'wellbeing' and 'over 75' "
       "do not make it safeguarding.", TENC)),

    (wa_out("11-17 09:20", "+447700900343", """
        Hi Aisha, it's Fairholme. Your new fence panels are booked for Thursday 19 November, morning. The fencer
        will ring 30 minutes before. Thanks
    """, sender="Fairholme Repairs"),
     R("C300043", "repairs", None, "fence|booked",
       "Outbound one-to-one WhatsApp confirming a fencing job -> record; repairs.")),

    (call_out("11-18 14:50", "+441134960301", "Customer insight", "completed", dur=121, answered_by="human", transcript="""
        Agent: Hello, is that Mrs Holroyd? It's Fairholme, we're asking tenants about the cat flap repair last week. Was it done to your satisfaction?
        Customer: Oh yes dear, Sooty's using it again, he goes in and out like a lord. The young man was ever so polite.
        Agent: Lovely. Anything we could improve?
        Customer: No, just keep sending that young man.
    """),
     R("C300001", "repairs", None, "cat flap|satisfaction|survey",
       "Outbound satisfaction survey about a completed repair -> repairs (general accepted); nothing else raised.",
       GENC)),
]

# ============================================================================================
# N4. Anonymity asked for things that are not sensitive (anonymous, sensitive false)
# ============================================================================================
ITEMS += [
    (sms_in("11-03 11:55", "+447700900353", """
        the flat above the shop at the end, the window's been boarded up since the summer and the board is
        coming loose and flapping in the wind. can u fix it but please dont tell them i reported it, i dont want
        them thinking im nosy
    """),
     A("repairs", None, "window|board",
       "Known mobile but asks not to be named to the neighbours -> anonymous; a loose window board -> repairs, not "
       "sensitive (record accepted: the wish is mild).", RECOK("C300053"))),

    (call_in("11-08 10:40", "+447700900355", """
        Agent: Fairholme Homes, weekend line, Tom speaking.
        Caller: It's Christine at 2 Moorside. The chap at number 4 has been dumping his garden waste and an old fridge in the communal garden behind the crescent. He's not a bad lad, it's just lazy. I'd rather he didn't know I'd said anything, we get on.
        Agent: I'll ask estate services to remove it and write to all the houses about garden waste, without mentioning you.
    """, dur=96),
     A("estate", None, "fridge|garden waste|dump",
       "Known landline, asks that the neighbour not know -> anonymous; dumping in the communal garden -> estate (asb "
       "accepted, then sensitive).", {"category": ["asb"], "sensitive": [True]})),

    (chat("11-12 17:20", {"name": "Anonymous"}, """
        Form: Report a problem (anonymous)
        Visitor: the garden at 29 Thornhill Gardens is completely overgrown, brambles over the path and rubbish bags in it, and I've seen rats running from it into ours. I don't want to give my name.
        Agent (Hannah): Thanks, I'll pass it to the housing officer for that property.
    """, anon=True),
     A("estate", None, "garden|overgrown|rats",
       "Anonymous flag and words; an untidy garden attracting rats -> anonymous, estate (tenancy accepted), not "
       "sensitive.", TENC)),

    (letter("11-14 09:00", {"name": "(unsigned)"}, """
        Housing Department

        The hedge at the corner of Weavers Row and Mill Lane has grown right across the pavement and people with
        prams and wheelchairs have to go in the road. I don't want to put my name as it belongs to somebody I
        know. Please have it cut.

        A resident
    """),
     A("estate", None, "hedge|pavement",
       "Unsigned letter, writer declines to give a name -> anonymous (review accepted); an overgrown hedge -> "
       "estate, not sensitive.", {"action": ["review"]})),

    (wa_in("11-17 12:30", "447700900332", "Zofia", """
        Dzień dobry. Sąsiad z mieszkania 7 trzyma rower i wózek na korytarzu przy drzwiach pożarowych. Nie mówcie,
        że to ja, jest miły, po prostu nie ma miejsca.
    """),
     A("estate", None, "bike|corridor|fire door",
       "Polish: 'the neighbour from flat 7 keeps a bike and a pram in the corridor by the fire doors; don't say it's "
       "me, he's nice, he just has no room.' Known number, anonymity asked -> anonymous; a corridor obstruction -> "
       "estate (record accepted; emergency accepted for the fire-door obstruction).", M(RECOK("C300032"), EMG))),
]

# ============================================================================================
# N5. Ignore: bulletins, auto-replies, bounces, spam and chatter carrying the sensitive vocabulary
# ============================================================================================
ITEMS += [
    (email_in("11-01 07:00", "news@safeguarding-partnership.example.org", "Leeds Safeguarding Partnership", "Safeguarding Adults Week - free training places", """
        Safeguarding Adults Week runs 16-22 November. Free online sessions: spotting financial abuse, cuckooing
        and county lines, self-neglect and hoarding, coercive control. Book now - places limited.

        You are receiving this because you subscribed. Unsubscribe | Manage preferences
    """, headers=NEWS_HEADERS),
     I("Bulk partnership newsletter (List-Unsubscribe, Precedence: bulk) full of safeguarding keywords -> ignore.")),

    (email_in("11-02 06:05", "pc.7712.nicholls@westyorks-police.example.org", "PC 7712 Nicholls", "Automatic reply: Address flag request", """
        I am on rest days until Thursday 5 November. For urgent domestic abuse matters please call 101 or, in an
        emergency, 999. Your email has not been forwarded.
    """, headers=AUTO_REPLY),
     I("Police officer's auto-reply mentioning domestic abuse -> ignore.")),

    (email_in("11-03 09:00", "mailer-daemon@relay.example.com", "Mail Delivery Subsystem", "Undeliverable: MARAC referral - 10 Thornhill Gardens", """
        Delivery has failed to these recipients or groups:

        marac.coordinator@old-domain.example.net
        The email address you entered couldn't be found.
    """, headers=BOUNCE),
     I("Bounce of an outgoing MARAC e-mail -> ignore (the referral itself lives elsewhere).")),

    (sms_in("11-04 10:45", U8(23), """
        FAIRH0LME ALERT: Your tenancy is under THREAT of termination. Verify your identity now at
        fairh0lme-secure.example.com/verify to avoid eviction.
    """),
     I("Phishing text impersonating the landlord, 'threat' and 'eviction' bait -> ignore.")),

    (ig_in("11-05 09:30", "@debtfree.now.uk", "Debt Free Now", """
        💥 KILL your debt TODAY 💥 Bailiffs threatening you? We stop them in 24hrs. DM us 'FREE' 👇
    """),
     I("Instagram spam with 'kill' and 'threatening' -> ignore.")),

    (fb_in("11-06 21:15", FB8(6), "Sharon Wade", """
        Stay safe everyone in the storm tonight 🙏 bring your bins in and check on your elderly neighbours x
    """),
     I("Public goodwill comment asking nothing of the landlord -> ignore.")),

    (sms_out("11-07 10:00", "+447700900348", """
        Fairholme Homes: It's Hate Crime Awareness Week. If you experience or witness hate, report it to us or the
        police, you will be listened to. Reply STOP to opt out.
    """),
     I("Outbound bulk awareness broadcast -> ignore.")),

    (email_in("11-08 07:30", "noreply@casemanager.fairholmehomes.example.org", "Case Manager", "ASB case 4411 - status changed to Review", """
        ASB case 4411 has moved to status REVIEW. Assigned officer: K. Dunn. Next action due: 20/11/2026.
        This is an automated notification. Do not reply.
    """, headers={"Auto-Submitted": "auto-generated"}),
     I("Internal case-management notification -> ignore.")),

    (letter("11-09 09:00", {"name": "SafeHome Alarms Ltd"}, """
        PROTECT YOUR LOVED ONES! Elderly relatives living alone? Our 24/7 personal alarm pendant detects falls and
        calls for help. Special offer for housing association residents: first month FREE. Call now.
    """),
     I("Junk mail aimed at older people living alone -> ignore.")),

    (tg_in("11-10 03:10", "9012233445", "CryptoKing", """
        Hey friend, are you tired of being exploited by your boss? Join our signals group and earn £5000/week from
        home 🚀🚀
    """),
     I("Telegram spam with 'exploited' -> ignore.")),

    (fb_in("11-11 10:20", FB8(7), "Thornhill TRA", """
        Community clean-up this Saturday 10am from the play area! Gloves and litter pickers provided. Last time
        we filled 40 bags 💪 All welcome
    """),
     I("Residents' association public post about an event -> ignore (review accepted).",
       {"action": ["review"], "category": ["estate"]})),

    (email_in("11-12 13:00", "kerry.dunn.personal@example.com", "Kerry Dunn", "Automatic reply: Re: Copies of my diary sheets", """
        Thank you for your email. I'm out of the office until Monday 16 November. For urgent ASB matters please
        contact asb@fairholmehomes.example.org.
    """, headers=AUTO_REPLY),
     I("Staff member's auto-reply referring to ASB -> ignore.")),

    (ig_in("11-13 20:40", "@bd4_memes", "", """
        beckside mews on bonfire night 😂😂😂 absolute war zone lads
    """),
     I("Public meme/chatter asking nothing -> ignore.")),

    (email_in("11-14 06:00", "bulletin@womens-aid-network.example.org", "Women's Aid Network", "Monthly bulletin: coercive control and housing", """
        In this issue: new research on economic abuse and rent arrears; webinar on sanctuary schemes; member
        spotlight. Read online | Unsubscribe
    """, headers=NEWS_HEADERS),
     I("Bulk sector bulletin about domestic abuse -> ignore.")),

    (email_out("11-15 08:00", INBOX, "residents-all@lists.fairholmehomes.example.org", "All residents", "Your neighbourhood newsletter - tackling ASB together", """
        In this month's newsletter: how to report anti-social behaviour, our new neighbourhood officers, the
        winter wellbeing programme and dates for the tenants' forum. Unsubscribe from this list.
    """, headers=NEWS_HEADERS),
     I("Outbound bulk newsletter to all residents -> ignore.")),

    (sms_in("11-16 07:45", "+447700900357", """
        STOP
    """),
     I("'STOP' reply to automated texts -> ignore (record accepted).", REC("C300057", "general"))),

    (wa_in("11-18 15:00", W8(24), "Quick Loans", """
        Hello! Struggling with rent? Bailiffs at the door? Get £500 today, no credit checks. Reply YES.
    """),
     I("WhatsApp loan spam -> ignore.")),

    (email_in("11-19 12:00", "no-reply@survey.example.net", "Tenant Survey Platform", "Reminder: tell us how safe you feel in your neighbourhood", """
        This is an automated reminder. Our 5-minute survey asks how safe you feel in your neighbourhood and how
        we handle anti-social behaviour. Take the survey | Unsubscribe
    """, headers=NEWS_HEADERS),
     I("Automated survey reminder (bulk) -> ignore.")),

    (fb_in("11-20 18:10", FB8(8), "Mandy Kaur", """
        just seen the police helicopter over weavers row again, anyone know what's going on?? 🚁
    """),
     I("Public speculation asking nothing of the landlord -> ignore.")),

    (email_in("11-20 07:15", "alerts@weather-warnings.example.com", "Weather Warnings", "Amber warning: threatening conditions for West Yorkshire", """
        An amber wind warning is in force from 18:00 Friday. Threat to life from flying debris is possible.
        You are subscribed to regional alerts. Unsubscribe.
    """, headers=NEWS_HEADERS),
     I("Bulk weather alert with 'threat to life' wording -> ignore.")),
]


# ============================================================================================
# Ids (corpus_tools with SPLIT = "train8"), writing, validation, coverage
# ============================================================================================
def main() -> int:
    return corpus_tools.build(ITEMS, ["train.jsonl", "train2.jsonl", "train3.jsonl", "train4.jsonl", "train5.jsonl",
                                      "train6.jsonl", "train7.jsonl"])


if __name__ == "__main__":
    sys.exit(main())

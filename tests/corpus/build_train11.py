#!/usr/bin/env python3
"""Build train11 (deterministic; writes only train11.jsonl / train11.expected.jsonl).

    python tests/corpus/build_train11.py

Same formats, directory and label conventions as README.md; envelope and label helpers come from
envelopes.py, ids / validation / coverage from corpus_tools.py with the split salt "train11". Every
message below is hand-written for this split, dated 2026-10-01..2026-11-15.

Focus: SENSITIVE contacts whose disclosure avoids the obvious words, and the hard negatives that share
their vocabulary or context.
  S. ~140 sensitive (safeguarding / asb): control of money, phone, keys and movement told as
     ordinary household arrangements; injuries explained away; children left alone; older parents
     frightened of a son; flats being "used"; lodgers taking pensions; "no point fixing it, I won't be
     here"; missed care calls; hoarding with rotting food; sofa-surfing teenagers; forced-marriage
     hints; exploitation of a man with learning difficulties; threats about the children; and ASB told
     as what happens (cars stopping for two minutes, lads waiting on the landing, a dog set on someone,
     spitting, words painted on a door, filming children, fireworks and stones at windows, money
     demanded at the door, threats in a residents' group chat). Many come late in a routine call, from
     third parties, or in other languages. Anonymity is asked only in words, never by the flag.
  N. ~100 hard negatives labelled honestly: illness, disability, age, bereavement and mental health
     in ordinary requests; "kill the power", "the boiler's dead"; contractor and lift noise; police
     asking for CCTV of a car crash; routine staff calls; bulletins about safeguarding training; DBS
     checks for contractors; thanks for a long-closed ASB case in a repair request.

Label judgements (on top of README.md, as in train8):
- A person disclosing harm to *themselves* who asks that the abuser not find out is recorded against
  themselves (anonymous accepted). A reporter of someone else who asks not to be named is anonymous; an
  ASB victim who asks that the neighbour not learn who complained is anonymous, record accepted.
  "Text, don't ring" and other contact instructions are not anonymity.
- Safeguarding hazard: null unless a life is at immediate risk now (emergency, null accepted) or the
  building is dangerous.
- A repair or rent contact that reveals harm is safeguarding (the routine category accepted), always
  sensitive. Persistent neighbour nuisance is asb (sensitive); appliance, lift or contractor noise and a
  neighbour's courtesy notice are not.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from envelopes import (  # noqa: E402,F401
    ANY, ATTEMPT, ASB_BOX, AUTO_REPLY, BOUNCE, BRADFORD_OFFICE, EMG, INBOX, LEEDS_OFFICE, MAIN, NEWS_HEADERS,
    NOHZ, OOH, RENT_BOX, REPAIRS_BOX, REVOK, SAFEGUARDING_BOX, SHEFF, SHEFFIELD_OFFICE, TENANCY_BOX,
    WAKEFIELD_OFFICE, A, I, R, V, call_in, call_out, chat, cust, email_in, email_out, fb_in, ig_in, letter,
    portal, sms_in, sms_out, tg_in, visit, wa_in, wa_out,
)
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "train11"  # salts the ids and prefixes validation messages

ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []

CMP = {"category": ["complaint"]}
RENT = {"category": ["rent"]}
LET = {"category": ["lettings"]}
GENC = {"category": ["general"]}
REPC = {"category": ["repairs"]}
TENC = {"category": ["tenancy"]}
ESTC = {"category": ["estate"]}
SAFE = {"category": ["safeguarding"]}
ASBC = {"category": ["asb"]}
ASBS = {"category": ["asb"], "sensitive": [True]}      # for non-sensitive labels: asb also defensible
SAFES = {"category": ["safeguarding"], "sensitive": [True]}
SENS = {"sensitive": [True]}
ANONOK = {"action": ["anonymous"], "customer_ref": [None]}
REVIEWOK = {"action": ["review"]}
LIVE = {"hazard": ["damp_mould"]}


def U11(n: int) -> str:
    """An unknown (not in the directory) mobile for this split: +44 7700 9009nn (nn 50..99)."""
    return f"+447700900{950 + n}"


def W11(n: int) -> str:
    """The same unknown mobile as WhatsApp sends it (no '+')."""
    return U11(n)[1:]


def FB11(n: int) -> str:
    """A Facebook sender id not linked to anyone."""
    return f"fb:1000900011{n:02d}"


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
# S1. Control of money, phone, keys and movement, told as ordinary household arrangements
# ============================================================================================
ITEMS += [
    (sms_in("10-01 18:22", "+447700900303", """
        hiya can my rent come out on the 3rd not the 28th. he holds onto my bank card so i dont fritter it and
        he only moves the money over when hes been paid. if u text back just say its about the bins, hes not
        keen on me sorting stuff myself x kelly 15 hollin pk
    """),
     R("C300003", "safeguarding", None, "bank card|card, rent",
       "Known mobile; a payment-date change that reveals a partner holding her bank card 'so she doesn't "
       "fritter it', and a cover story for replies -> financial control -> safeguarding (rent accepted, still "
       "sensitive).", RENT)),

    (call_in("10-02 11:40", "+447700900351", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, it's Yasmin Akhtar, 36 Thornhill Gardens. The front door lock's gone stiff, you have to really yank the key.
        Agent: OK Yasmin, I can get a locksmith out. Will you be in on Monday morning?
        Caller: Yes. Um. When he comes, could he cut an extra key? Just one. For me.
        Agent: You don't have a key at the moment?
        Caller: My husband has the only one. He says I'd lose it, I'm scatty. I'm in when he's out, so I don't really need one, he says. It's just if there was a fire, I was thinking. With the little one.
        Agent: That's a really sensible thing to think about. I'll put it on the job for the locksmith to hand the spare key to you directly, and nothing about it in the letter.
        Caller: Thank you. He'll be at work Monday.
    """, dur=231),
     R("C300051", "safeguarding", None, "key|husband|lock",
       "Known mobile; a stiff-lock repair call in which she reveals her husband keeps the only key and she is "
       "effectively kept in, worried about escape in a fire with a child -> coercive control -> safeguarding "
       "(repairs accepted, still sensitive).", REPC)),

    (chat("10-03 21:05", {"email": "beth.cole@example.com", "name": "Beth"}, """
        Visitor: hi can my boyfriend be added to my tenancy, flat 3 calder court
        Agent (Marek): Hi Beth. A joint tenancy needs both of you to apply and we'd check he's lived with you for a while. How long has he been there?
        Visitor: since july. he says if im not putting him on it then he's not paying towards anything
        Visitor: sorry. he also said it's the only way he knows i wont kick him out. i'm not really allowed out after 6 anyway so its not like im going anywhere lol
        Agent (Marek): Beth, "not allowed out" worries me a bit. Are you OK? You can talk to our tenancy support officer in confidence.
        Visitor: its fine honestly. he just worries. can you send me the form
    """),
     R("C300020", "safeguarding", None, "boyfriend|tenancy|allowed out",
       "Chat with her own e-mail; a joint-tenancy request under pressure, plus 'not allowed out after 6', brushed "
       "off with 'lol' -> coercive control -> safeguarding (tenancy accepted, still sensitive).", TENC)),

    (email_in("10-05 09:12", "vicky.pemberton@example.org", "Victoria Pemberton", "Re: Your rent account - 14 Moorside Crescent", """
        Dear Sir/Madam,

        I'm really sorry, I had no idea the rent hadn't gone out. My husband handles all the money - I get the
        housekeeping on a Monday and I give him the receipts back on Sunday. He told me the rent was on a
        standing order. I can't ring you in the daytime because he sees the itemised bill, so please write back
        to this address, which is my work one he doesn't know about. Please don't send another letter to the
        house.

        Victoria Pemberton

        From: Fairholme Income Team <rent@fairholmehomes.example.org>
        Sent: 29 September 2026 10:14
        To: vicky.pemberton@example.org
        Subject: Your rent account - 14 Moorside Crescent

        Dear Mrs Pemberton, your account is £912.40 in arrears. Please contact us to discuss payment.
    """, to=RENT_BOX),
     R("C300013", "safeguarding", None, "husband|money|arrears",
       "Known e-mail; an arrears reply revealing she is given housekeeping and must return receipts, her husband "
       "controls all money and checks her phone bill -> economic abuse -> safeguarding (rent accepted, still "
       "sensitive).", RENT)),

    (tg_in("11-08 22:48", "7781200943", "Stuart", """
        Alright. Can you put a password on my rent account so only I can talk to you about it? My partner rings
        up as me to see what's been paid. She takes £400 off me every payday 'for the house' and then tells me
        I still owe her. Not after a fuss, I just want to know where I stand. Stuart, flat 6 Calder Ct
    """),
     R("C300021", "safeguarding", None, "partner|password|money",
       "Linked Telegram id; a male tenant whose partner impersonates him on his account and takes his pay -> "
       "economic abuse -> safeguarding (rent accepted, still sensitive).", RENT)),

    (visit("10-07 10:30", {"name": "Gas engineer (L. Haigh, Calder Heat)"}, cust("C300028"), "appointment", "no_access", """
        LGSR appointment 10 Thornhill Gardens. Tenant spoke through the letterbox: partner has the only key and locks
        the door from outside when he leaves for work; she "doesn't need to go anywhere". Could hear at least
        two small children. Door is a 5-lever deadlock, no thumbturn inside. No access, card left. Rang
        office 10:45 re means of escape.
    """),
     R("C300028", "safeguarding", "emergency", "locked|key|children",
       "Contractor no-access note; the tenant and small children are locked in daily by her partner with no way "
       "out in a fire -> coercive control with an immediate fire-safety risk -> safeguarding, emergency (null "
       "accepted; repairs accepted for the missed gas check, still sensitive).", M(NOHZ, REPC))),

    (portal("10-08 08:05", {"customer_ref": "C300028", "email": "leanne.firth@example.net", "name": "Leanne Firth"},
            "Change my contact details", """
        Form: Change my contact details
        Remove phone: all phones
        Keep: this e-mail only
        Anything else we should know (optional): Phone's not really mine at the moment. Jordan has it and answers
        it. Please don't ring or text. He's said if I go running to anyone he'll have the kids off me and tell the
        social I can't cope. I'm not running to anyone, I just don't want calls.
    """),
     R("C300028", "safeguarding", None, "phone|kids|threat",
       "Portal form with customer ref; a contact-details change revealing a partner who holds her phone and "
       "threatens to take the children if she tells anyone -> coercive control -> safeguarding (general "
       "accepted, still sensitive).", GENC)),

    (sms_in("10-08 16:31", "+447700900357", """
        hi its tracey flat 9. the shower man came today thank u. can he not come back when lee is in tho. lee
        doesnt like men coming in the flat and i paid for it last time. sorry. dont ring this eve pls
    """),
     R("C300057", "safeguarding", None, "lee|partner, shower",
       "Known mobile; a thank-you about a shower repair with 'I paid for it last time' when a man came in -> "
       "implied violence from a controlling partner -> safeguarding (repairs accepted, still sensitive).", REPC)),

    (call_in("10-09 13:15", "+447700900334", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hi, Rebecca Thornton, flat 11 Foundry Walk. I've had a letter saying my housing costs aren't coming through.
        Agent: Let me look. Yes, your Universal Credit housing element stopped in August. Did something change?
        Caller: Lee changed it. It goes into his account now. He does the claim, I don't have the login.
        Agent: Is Lee on the tenancy?
        Caller: No. He says the flat's his now anyway. I have to ask him for bus fare. Sorry, I don't know why I'm telling you this.
        Agent: You can tell us. I'm going to ask our tenancy support officer to ring you about getting the claim back in your name. When's a good time?
        Caller: Wednesdays. He's at his mum's Wednesdays.
    """, dur=287),
     R("C300034", "safeguarding", None, "universal credit|partner|account",
       "Known mobile; a UC housing-costs query revealing a non-tenant partner diverting her claim, holding the "
       "login and rationing bus fare -> economic abuse -> safeguarding (rent accepted, still sensitive).", RENT)),

    (email_in("10-10 19:40", "marcus.bell@example.com", "Marcus Bell", "My sister staying with me", """
        Hi there,

        My sister Dee has been sleeping on my sofa at 12 Thornhill Gardens since Sunday. She turned up with a
        carrier bag. Her husband kept hold of her passport and her bank cards, he never let her have a job,
        and she wasn't allowed to see us without him there. She finally walked out when he was at work.

        Do I need to tell you she's here? She's not going back and I don't want to break my tenancy. She'll
        need somewhere of her own eventually.

        Cheers, Marcus
    """),
     R("C300060", "safeguarding", None, "sister|husband|passport",
       "Known e-mail; a tenant reporting his sister staying after fleeing a husband who withheld her passport and "
       "cards -> domestic abuse disclosed by a third party -> safeguarding (tenancy/lettings accepted, still "
       "sensitive).", {"category": ["tenancy", "lettings"]})),

    (fb_in("11-11 12:30", FB11(1), "Kerry-Ann Dyson", """
        Hi, this is about my mum. She lives at Calder Court, I'm not saying which flat because he reads her
        messages. Her fella answers her phone for her, says she's asleep every time I ring. I've not seen her
        since August. When I went round last he stood in the doorway. She used to ring me every day. Can
        someone just go and see her, on her own?
    """),
     V("safeguarding", None, "mum|partner|phone",
       "Facebook DM from an unlinked profile about her mother (flat withheld) -> review; a partner answering her "
       "phone and blocking family contact -> isolation / coercive control -> safeguarding.")),

    (chat("11-12 15:50", {"name": "Guest"}, """
        Visitor: is there anywhere i can pay rent in cash? not online
        Agent (Hannah): Hello! You can pay at any Post Office or PayPoint with your payment card. Do you have one?
        Visitor: no he keeps the cards. I'm only allowed to the shop at the end of the road so I could do paypoint there if I had the card. can you post one? not to the house
        Agent (Hannah): I can arrange that. Can I take your name and address so I can find your rent account?
        Visitor: I'll come back when I can, he's back soon
    """),
     V("safeguarding", None, "card|cash|allowed",
       "Guest webchat, no identifiers -> review; a woman kept from cards and limited to the corner shop -> "
       "coercive control -> safeguarding (rent accepted, still sensitive).", RENT)),

    (ig_in("11-10 20:14", "@sunflower.soph_", "", """
        hiya can i get a spare fob for ashgrove court pls?? my fella keeps mine on him when he goes out so i
        cant get back in if i go anywhere 🙃 he says its so i dont lose it again. how much are they
    """),
     V("safeguarding", None, "fob|partner|keeps",
       "Instagram handle only, no flat -> review; a partner keeping her entry fob so she cannot come and go -> "
       "coercive control framed as a key request (estate accepted, still sensitive).", ESTC)),

    (sms_in("10-14 07:55", "+447700900350", """
        hiya its jamie flat 16. my girlfriend does the money cos shes better at it, i get 10 quid a week. she
        says we cant afford the heating so its off. she said if i tell anyone about the money shell say i hit
        her. i never would. is there any help with heating costs
    """),
     R("C300050", "safeguarding", None, "girlfriend|money|heating",
       "Known mobile; a heating-help question in which a male tenant describes his girlfriend taking his money "
       "and threatening a false allegation if he tells -> economic abuse -> safeguarding (general/rent accepted, "
       "still sensitive).", {"category": ["general", "rent"]})),

    (email_in("10-15 12:55", "grace.adeyemi@example.com", "Grace Adeyemi", "Moving", """
        Good afternoon,

        I am writing from the library because my husband changed the wifi and my email password and I only got
        back into this account today. Please can you tell me what I need to do to go on the list for a move
        for me and my two daughters, somewhere he doesn't know. I am only out for the school run and this is
        my hour.

        Please reply by email. I check it here on Tuesdays and Thursdays.

        Grace Adeyemi, Flat 2 Foundry Walk
    """),
     R("C300036", "safeguarding", None, "husband|move|password",
       "Known e-mail; a move request written from the library because her husband controls her passwords and "
       "movement -> coercive control, wants to relocate in secret -> safeguarding (lettings accepted, still "
       "sensitive).", LET)),

    (visit("10-16 14:05", {"name": "Customer services (Leeds office, J. Lowe)"}, {"name": "Walk-in visitor (declined to give name)"}, "walk_in", "attended", """
        Woman in her 30s came in with a toddler and asked if a wife can get a flat in her own name. Said her
        husband keeps her documents "safe", she has never held a key to their house, and she is allowed out for
        nursery drop-off only. Very anxious, watching the door. Would not give her name or address. Gave her
        the Women's Aid card hidden in a nursery leaflet. Said she may come back Thursday.
    """),
     V("safeguarding", None, "husband|documents|key",
       "Walk-in by an unidentified woman -> review; withheld documents, no key, movement restricted -> coercive "
       "control -> safeguarding (lettings accepted). Declining her name protects herself, not a reporter "
       "(anonymous accepted).", M(LET, {"action": ["anonymous"]}))),
]

# ============================================================================================
# S2. Injuries explained away, threats about the children, a partner who "just worries"
# ============================================================================================
ITEMS += [
    (visit("10-02 09:45", {"name": "Joiner (S. Pickles, in-house repairs)"}, cust("C300041"), "appointment", "attended", """
        Rehung kitchen cupboard door Flat 15 Calder Court (hinge ripped out of carcass). Tenant had a swollen
        eye and said she walked into this door, which is why it broke. Husband stood in the kitchen doorway the
        whole job and answered when I asked her anything. She said "thank you" at the door very quietly and
        mouthed something I couldn't make out. Job complete. Passing on for the housing officer.
    """),
     R("C300041", "safeguarding", None, "eye|husband|cupboard",
       "Operative's visit note; an injury explained by the very door being repaired, a husband hovering and "
       "answering for her -> suspected domestic abuse -> safeguarding (repairs accepted, still sensitive).", REPC)),

    (sms_in("10-04 23:10", "+447700900317", """
        can some1 fix the banister on my stairs its come off the wall at the top. i went down them again last
        nite, just a few bruises im fine, clumsy me lol. dont ring tonite or tmrw eve hes home. chloe 30 weavers
    """),
     R("C300017", "safeguarding", None, "banister|bruises|stairs",
       "Known mobile; a banister repair with a repeated 'fall', bruises laughed off and no calls while 'he' is home "
       "-> injuries explained away, likely domestic abuse -> safeguarding (repairs accepted, still sensitive; a "
       "loose banister is urgent but not an immediate danger, emergency accepted).", M(REPC, EMG))),

    (call_in("10-06 08:35", "+447700900353", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Hi, it's Lucy Fairweather, 44 Hollin Park Road. I've got the plumber coming on Thursday for the bath tap. Can I move it to next week?
        Agent: Of course. Is there a reason? Just so I can pick the best slot.
        Caller: I just... I don't want anyone seeing me for a bit. My face is a bit of a mess. Me and Jason had a falling-out on Saturday. It looks worse than it is.
        Agent: I'm sorry, Lucy. Are you hurt? Is Jason there now?
        Caller: No, he's gone to his mate's. It's fine, honestly, it was both of us. Just move the plumber please.
        Agent: I'll move it to the 15th. I'm going to ask our support team to ring you as well, just to check in. Is this number OK?
        Caller: Mornings are best.
    """, dur=198),
     R("C300053", "safeguarding", None, "face|jason|plumber",
       "Known mobile; rescheduling a plumber because her face is injured after a 'falling-out' with her partner, "
       "minimised as mutual -> domestic abuse -> safeguarding (repairs accepted, still sensitive).", REPC)),

    (email_in("10-08 10:20", "hv.team.bradford@nhs-community.example.org", "Health Visiting Team - Bradford East", "Concern - 9 Beckside Mews", """
        Dear Housing Officer,

        I am the health visitor for a family at 9 Beckside Mews (mother and 10-month-old). At a routine
        development check on Tuesday I noticed finger-mark bruising on mum's upper arms. She said she had been
        "moving furniture". Her partner took the baby out of the room when I asked to speak to her alone.

        I have shared this with our safeguarding team. I would be grateful if your staff attending the property
        could be alert and let me know of any concerns. Mum does not know I am writing.

        Health Visitor, Bradford East 0-19 Service
    """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "bruis|partner|baby",
       "Health visitor (professional) about a household (9 Beckside Mews = C300023/C300024 joint tenancy) -> "
       "review, record against Sophie accepted; bruising explained away and a partner preventing a private "
       "conversation -> suspected domestic abuse -> safeguarding.", ALT("C300023"))),

    (wa_in("10-09 17:45", "447700900343", "Aisha", """
        Salaam. Not about me this time. My late husband's cousin's wife, she lives near us on Weavers Row, she told
        me today he pushed her into the radiator and that's why her back is burnt. She said if she tells
        anyone he'll take the kids back home to his mum and she'll never get them back. Please don't say it
        came from me, they'll know straight away, the family's small.
    """),
     A("safeguarding", None, "burn|kids|threat",
       "Known number, reporting a relative's injury and a threat to take the children abroad, asks not to be named "
       "-> anonymous (record accepted); domestic abuse of a third party -> safeguarding.", RECOK("C300043"))),

    (call_in("10-12 19:20", "+441632960341", """
        Agent: Fairholme out of hours, Bilal speaking.
        Caller: The kitchen tap's come off in my hand. There's water going everywhere, I've turned the stopcock off.
        Agent: OK, well done. Is that 9 Beckside Mews? Who am I speaking to?
        Caller: Yeah. I'd rather... can someone just come tomorrow?
        Agent: Of course. How did the tap come off?
        Caller: It got pulled. He was pulling me and I was holding on to it. It's fine now, he's gone out. Just the tap.
        Agent: Are you hurt? Do you want me to call the police for you?
        Caller: No. No police. Just the tap. Please.
    """, to=OOH, dur=144),
     V("safeguarding", None, "tap|pulled|police",
       "Shared Lambert/Doyle landline, the caller gives no name -> review (Sophie defensible from context); a tap "
       "torn off while she was being dragged -> domestic abuse told through a repair -> safeguarding (repairs "
       "accepted, still sensitive). Water already isolated: hazard null.", M(ALT("C300023"), REPC))),

    (letter("10-14 09:00", {"name": "Pauline (friend of tenant)"}, """
        To the housing,

        I am writing about my friend Bogdan's wife at 19 Beckside Mews. She has asked me to write as her English
        is not good and he checks her phone. She has had a broken wrist twice this year and a cut on her head.
        Each time she says she slipped. He told her if she goes to the police he will take the two boys to
        Romania and she will not see them again. She wants to know if she can get help with the house, she does
        not want to lose it for the boys.

        I am not giving my address as he knows me.

        Pauline
    """),
     V("safeguarding", None, "wrist|boys|police",
       "Letter from a friend acting for the tenant's wife, who is not on the directory (19 Beckside Mews = "
       "C300052, the alleged abuser) -> review, never record against him; repeated injuries explained as slips "
       "and a threat to take the children abroad -> domestic abuse -> safeguarding. The friend withholding her "
       "address is caution, anonymous accepted.", {"action": ["anonymous"]})),

    (tg_in("10-16 08:10", "4409987612", "Kwame", """
        Morning. Just letting you know I won't be in for the window fitters today, I'm at A&E with my sister
        Shanice. She's been stopping at mine since she left her fella. He turned up at the door last night while
        I was on shift. She says she fell off the step ladder but she wasn't up a ladder. She's begged me not to
        say anything to anyone. Can we rebook for next week?
    """),
     R("C300029", "safeguarding", None, "sister|a&e|fitters",
       "Linked Telegram id; a rebooking that reveals his sister, staying with him, injured after her ex turned up, "
       "with a cover story -> domestic abuse of a household member -> safeguarding (repairs accepted, "
       "still sensitive).", REPC)),
]

# ============================================================================================
# S3. Children: left alone, hungry, unsafe at night, young people without a home
# ============================================================================================
ITEMS += [
    (sms_in("10-03 22:14", "+447700900339", """
        The little girl from number 48 knocked on my door at 10 tonight asking if I had any bread. She's about 7.
        She said her mum went out yesterday dinner time. I've given her beans on toast and she's asleep on my
        settee. I can't phone anyone as I'm Deaf. Please can someone help. Shirley 52 Hollin Park
    """),
     R("C300039", "safeguarding", "emergency", "girl|mum|alone",
       "Known mobile (Deaf tenant, text only); a seven-year-old alone since yesterday, now sheltered by the "
       "reporter at night -> child neglect needing police/children's services tonight -> safeguarding, emergency "
       "(null accepted: the child is with a safe adult).", NOHZ)),

    (wa_in("11-09 19:02", W11(1), "", """
        Boa noite. No apartamento ao lado do meu, no 3º andar de Ashgrove Court, as crianças estão sozinhas há
        três dias. São duas, talvez 6 e 9 anos. A mãe foi para Portugal, acho eu. Ontem a menina pediu-me
        dinheiro para comprar pão. Não quero problemas com a família, não digam o meu nome.
    """),
     A("safeguarding", "emergency", "children|alone|days",
       "Portuguese: 'in the flat next to mine, 3rd floor Ashgrove Court, the children have been alone for three "
       "days, two of them, maybe 6 and 9; the mother went to Portugal I think; yesterday the girl asked me for "
       "money for bread. I don't want trouble with the family, don't say my name.' Unknown number, anonymity "
       "asked -> anonymous (review accepted); young children left for days -> safeguarding, emergency (null "
       "accepted).", M(REVIEWOK, NOHZ))),

    (visit("11-11 16:40", {"name": "Caretaker (M. Dobson)"}, {"name": "Stairwell, Block B, Foundry Walk"}, "walkabout", "attended", """
        Evening block check. Two kids (boy ~10, girl ~8) sat on the 2nd floor landing at 16:30 in school
        uniform, said they're locked out till mum finishes at 11, "same as always". No coats. Girl said they'd
        had crisps for tea. Didn't know which flat is theirs beyond "the blue door". Stayed with them; rang the
        office, passed to the duty officer.
    """),
     V("safeguarding", None, "children|locked out|landing",
       "Caretaker's walkabout note, no household identified -> review; young children regularly locked out until "
       "late without food -> child neglect -> safeguarding (an adult is with them: hazard null, emergency "
       "accepted).", EMG)),

    (letter("10-09 09:00", {"name": "E. Dawson"}, """
        25 Thornhill Gardens
        Leeds LS12 5EW

        Dear Sirs,

        My daughter is writing this for me. The young lad next door but one, he cannot be more than twelve, is
        out until gone midnight most nights and I have seen him getting in and out of a big black car with men
        who are not his family. Last week he had a brand new phone and trainers and a cut on his lip. His mother
        works nights. He is a nice polite boy and he always carried my shopping.

        Please do not say it was us who wrote. We have to live here.

        Yours faithfully,
        Eileen Dawson
    """),
     A("safeguarding", None, "boy|car|men",
       "Letter signed by a known tenant but asking not to be identified -> anonymous (record accepted); a "
       "twelve-year-old out late with unknown men in a car, new goods and an injury -> possible criminal "
       "exploitation of a child -> safeguarding.", RECOK("C300030"))),

    (ig_in("11-13 23:55", "@notyourbizz_k", "k", """
        can u get a flat at 16? been sleeping at my mates since my mums new fella moved in, he said im not
        welcome. mates mum says i can only stay till the weekend. my mum rents off u at beckside. i dont want
        her to get in trouble
    """),
     V("safeguarding", None, "16|sleeping|mum",
       "Instagram handle only -> review; a 16-year-old sofa-surfing after being pushed out by the mother's new "
       "partner -> homeless child, children's services duty -> safeguarding (lettings accepted, still "
       "sensitive).", LET)),

    (chat("10-13 17:25", {"email": "kellybrannigan88@example.net", "name": "Kelly B"}, """
        Visitor: quick one. my nephew's been on our sofa 3 weeks, he's 15. my brother threw him out and changed the locks. he's not on my tenancy, will I get in trouble for him being here?
        Agent (Marek): You won't be in trouble for looking after him, Kelly. Does his school or social worker know where he's staying?
        Visitor: no social worker. school dont know. my brother says if I take him in I can keep him but he's not paying for anything. I can't afford another kid honestly
        Agent (Marek): I'll get our tenancy support officer to call you today. A 15-year-old who's been put out of home should have support from children's services, and they can help with money too.
    """),
     R("C300003", "safeguarding", None, "nephew|15|sofa",
       "Chat with her own e-mail; a 15-year-old put out by his father and sofa-surfing with her -> homeless child "
       "-> safeguarding (tenancy accepted, still sensitive).", TENC)),

    (tg_in("10-15 15:20", "6674421093", "Jade", """
        baby next door has been screaming since about 9 this morning. no one answers the door, the pram's gone
        from the landing and their car's not there. ive banged on the wall. flat 14 ashgrove. what do i do
    """),
     R("C300059", "safeguarding", "emergency", "baby|alone|crying",
       "Linked Telegram id; a baby apparently left alone for six hours next door -> child at immediate risk -> "
       "safeguarding, emergency (null accepted). Record against the reporter, no anonymity asked.", NOHZ)),

    (visit("10-19 11:10", {"name": "Electrician (R. Kaur, Sparkwell Ltd)"}, cust("C300033"), "appointment", "attended", """
        EICR Flat 8 Foundry Walk done, C2 on bathroom light, fixed. NB: two younger children (approx 3 and 5)
        home on a school day with an older sister, maybe 13, who said she stays off to mind them "when dad's on
        nights". No beds in the second bedroom, mattress on floor, wet. Fridge empty apart from milk. Dad asleep.
        Passed on to office.
    """),
     R("C300033", "safeguarding", None, "children|school|mattress",
       "Contractor's visit note; a 13-year-old kept off school to mind toddlers, a wet mattress on the floor, no "
       "food -> child neglect -> safeguarding (repairs accepted for the EICR, still sensitive).", REPC)),

    (email_in("10-21 08:50", "dsl@st-anne-academy.example.org", "St Anne's Academy - DSL", "Pupil concern - 36 Thornhill Gardens", """
        Dear Fairholme Homes,

        I am the Designated Safeguarding Lead at St Anne's. A Year 11 pupil living at 36 Thornhill Gardens told
        a teacher she is "going home to Pakistan for good" at half term to meet the man she is "promised to",
        that her father is keeping her passport, and asked whether she would still be able to sit her GCSEs.
        She was very upset and asked us not to contact her parents.

        We have referred to the Forced Marriage Unit and children's social care. Could you tell us whether the
        family have given notice on the property or asked for the tenancy to be ended?

        Designated Safeguarding Lead, St Anne's Academy
    """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "passport|promised|pakistan",
       "School DSL (professional) about a household (36 Thornhill Gardens = C300051) -> review, record accepted; "
       "a pupil to be taken abroad to meet a man she is 'promised to', passport withheld -> forced-marriage risk "
       "-> safeguarding.", ALT("C300051"))),

    (sms_in("10-24 21:40", U11(2), """
        hi sorry i dont know who else. my friend is 17 and shes been sleeping in the bike shed at calder court
        the last 3 nights because her stepdad put her stuff in bin bags. she wont go to the council coz she
        thinks theyll put her in care. is there anywhere
    """),
     V("safeguarding", None, "17|sleeping|shed",
       "Unknown mobile -> review; a 17-year-old sleeping rough in a bike shed after being thrown out -> "
       "homeless young person -> safeguarding (lettings accepted, still sensitive; nights in a shed in autumn, "
       "emergency accepted).", M(LET, EMG))),
]

# ============================================================================================
# S4. Adults at risk: a frightened older father, lodgers and "friends" with the pension, missed care
#     calls, rotting food, a man with learning difficulties being used, a carer at the end of her tether
# ============================================================================================
ITEMS += [
    (call_in("10-01 10:05", "+441632960342", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Morning. Keith Barraclough, 6 Weavers Row. It's a bit awkward. The old boy at number 8, Arthur. His son moved back in at Easter.
        Agent: Right.
        Caller: Arthur's gone thin. I mean thin. He used to walk to the bookies every morning, now I don't see him out at all. When I did see him in the garden last week, his son shouted his name from the back door and Arthur jumped out of his skin. Dropped his cup. He looked frightened, I'm telling you. Frightened of his own lad.
        Agent: Thank you for telling us. We'll ask someone to visit Arthur.
        Caller: Don't tell the son I rang. He's a big lad and he's got a temper, and I'm on my own.
        Agent: I won't give your name. We'll make it look like a routine visit.
    """, dur=246),
     A("safeguarding", None, "thin|son|frightened",
       "Known landline; an older neighbour who has lost weight and is frightened of his son, reporter asks the son "
       "not be told who rang -> anonymous (record accepted); suspected abuse/neglect of an older man by family "
       "-> safeguarding.", RECOK("C300042"))),

    (email_in("10-03 14:30", "sue.holroyd.clarke@example.net", "Sue Clarke", "My mum Margaret Holroyd - a 'lodger'", """
        Hello,

        My mum is Margaret Holroyd, 7 Hollin Park Road. I live in Spain and came over last week. There is a man
        of about 40 living in Mum's back bedroom. She calls him "the lodger" and says he's "ever so helpful". As
        far as I can tell he pays nothing. He walks her to the post office on Thursdays and she comes back with
        nothing in her purse. Her pension's gone by Friday and she's eating cream crackers. He wasn't there when
        I arrived and came back when he heard I'd gone.

        I don't think you know he's there? I'm back in Spain now. Could someone go and see her, without him in
        the room?

        Sue Clarke (daughter)
    """),
     R("C300001", "safeguarding", None, "lodger|pension|post office",
       "Daughter acting for the named tenant (unknown e-mail) -> record against Mrs Holroyd (review accepted); an "
       "unknown lodger taking an older woman's pension -> financial abuse -> safeguarding (tenancy accepted for "
       "the unauthorised occupant, still sensitive).", M(REVOK, TENC))),

    (call_in("10-05 12:20", "+441632960322", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hello dear, it's Joyce Ramsden, Flat 1 Calder Court. The bulb's gone in my hall and I can't see to change it, my eyes you know.
        Agent: No problem Joyce, we'll send the handyperson.
        Caller: Thank you. Only it might be tomorrow before I can let him in, I'm a bit slow getting up. The girls haven't been since Tuesday, you see, the carers. Nobody's rung. I've had bread and jam mostly. And I've not been able to get in the bath so I'm a bit, you know.
        Agent: Joyce, since Tuesday? That's four days. Have you got any food in?
        Caller: A tin of soup. I'm all right, don't fuss. It's just the bulb.
        Agent: I'm going to get the bulb done today and ask adult social care to find out what's happened with your carers. Is that OK?
        Caller: If you think so. I don't want to be a nuisance.
    """, dur=265),
     R("C300022", "safeguarding", None, "carers|bulb|food",
       "Known landline; a light-bulb request from a partially sighted older woman whose carers have not come for "
       "four days, short of food and unwashed -> neglect by the care provider -> safeguarding (repairs accepted, "
       "still sensitive; emergency accepted for an adult at risk without care).", M(REPC, EMG))),

    (visit("10-06 13:30", {"name": "Gas engineer (P. Rafiq)"}, cust("C300045"), "appointment", "attended", """
        Annual service 3 Thornhill Gardens. Boiler OK. Kitchen: worktops and floor covered in food containers,
        many with mould and maggots, bin bags split, flies. Fridge off at the wall, full of rotten meat. Strong
        smell through the house. Mr Birkett said "I'll get round to it" and that his legs are bad. Bed made up
        on the settee. No obvious fire risk at appliance. Recommend welfare visit.
    """),
     R("C300045", "safeguarding", None, "rotting|food|flies",
       "Operative's visit note; an older tenant living with rotting food and maggots, sleeping downstairs -> "
       "self-neglect -> safeguarding (gas service fine; estate/repairs accepted, still sensitive).",
       {"category": ["estate", "repairs"]})),

    (email_in("10-07 09:55", "c.wilde@kirkgate-support.example.org", "Chris Wilde - Kirkgate Support", "Gary Naylor, 47 Weavers Row", """
        Hi,

        I'm Gary Naylor's support worker (Kirkgate Support, learning disability floating support) and I have his
        consent to contact you. Gary has two new "mates" who have been staying at 47 Weavers Row for about six
        weeks. Since then his benefit has gone by the Tuesday after it's paid, he's signed for two phone
        contracts he doesn't have, and last week they had him carrying a sports bag to a car on the main road.
        He says they're his best friends and he likes the company. They've told him not to talk to me.

        Could we meet with the housing officer to talk about his tenancy and what can be done about the visitors?
        He'd like me there.

        Chris Wilde
        Floating Support Worker, Kirkgate Support
    """),
     R("C300019", "safeguarding", None, "support worker|mates|money",
       "Support worker acting for the named tenant with consent -> record against Gary Naylor (review accepted); "
       "a man with a learning disability whose 'mates' take his benefits, take out contracts in his name and use "
       "him as a courier -> exploitation / cuckooing -> safeguarding.", REVOK)),

    (sms_in("10-08 20:40", "+447700900349", """
        The lad at the end of my landing, flat 16, isn't right since his mum died. There's blokes in and out of his
        flat at all hours like they own it and he's sat on the stairs outside his own door at 1am in his socks.
        Somebody's using that flat. Keep my name out of it please, I'm on my own here.
    """),
     A("safeguarding", None, "flat|using|stairs",
       "Known mobile (Sandra, Flat 6 Ashgrove) asking to keep her name out -> anonymous (record accepted); a "
       "bereaved young man whose flat is being taken over -> cuckooing -> safeguarding (asb accepted).",
       M(RECOK("C300049"), ASBC))),

    (fb_in("11-14 13:10", FB11(2), "Debbie Haworth", """
        Not a tenant, I do the post round. Fella at flat 8 Calder Court, older chap with a walking stick, I've not
        seen him at his door for a month. It's always a different young lad that answers now and they take his
        post off me. Last week one of them signed for his parcel with his name. Just doesn't feel right.
    """),
     V("safeguarding", None, "walking stick|lads|post",
       "Facebook DM from a postwoman, not a tenant, about Flat 8 Calder Court (not in the directory) -> review; "
       "an older disabled man not seen for a month while young men intercept his post -> suspected cuckooing / "
       "exploitation -> safeguarding.")),

    (email_in("10-10 16:15", "rota@carewell-homecare.example.com", "CareWell Homecare - Rota Office", "Client at Flat 19 Ashgrove Court - no answer x3", """
        Good afternoon,

        Our carers have been unable to gain entry to a client at Flat 19 Ashgrove Court for the last three calls
        (Thursday teatime, Friday morning and Friday lunch). The key safe code we hold no longer works, and a
        man we did not know answered through the door on Friday and said "he doesn't want you". Our client has
        diabetes and needs prompting with his insulin.

        Please could you let us know if the key safe has been changed at your end, and whether a welfare check
        can be arranged today.

        Rota Coordinator, CareWell Homecare
    """),
     V("safeguarding", None, "key safe|carers|insulin",
       "Care agency (professional) about a client at Flat 19 Ashgrove (not in the directory) -> review; care "
       "calls blocked by an unknown man and a changed key safe for a diabetic man needing insulin -> adult at "
       "risk -> safeguarding (emergency accepted: missed insulin).", EMG)),

    (letter("10-12 09:00", {"name": "R. Illingworth"}, """
        15 Beckside Mews
        Bradford BD4 7HA

        Dear Sir/Madam,

        I wish to change who can talk to you about my rent. A young couple, Kayleigh and her young man, have
        been very good to me since the summer. They do my shopping and they take me to the cash machine on a
        Friday and look after my card for me so I don't lose it. They would like to be able to ring you about my
        rent and my repairs. Kayleigh says she will need my tenancy papers as well.

        I do not have any family so they are a godsend.

        Yours faithfully,
        Robert Illingworth
    """),
     R("C300058", "safeguarding", None, "card|couple|rent",
       "Letter with name + address -> C300058 (review accepted); an isolated older man whose new 'friends' hold "
       "his bank card and want access to his account and tenancy papers -> possible financial exploitation, told "
       "gratefully -> safeguarding (general/rent accepted, still sensitive).",
       M(REVOK, {"category": ["general", "rent"]}))),

    (visit("10-13 11:00", {"name": "Tenancy sustainment officer (R. Ahmed)"}, cust("C300016"), "appointment", "attended", """
        Visit 3 Weavers Row (written questions, Mrs Lumb hard of hearing). Son Wayne moved in "for a few weeks"
        in August; has taken the front room, which is locked. Mrs Lumb now sleeps in the armchair in the
        kitchen. Wrote: "I don't mind, he's had a rough time." Wayne came in halfway and she stopped writing.
        Food cupboard held his cans; her pension book not in its usual drawer. Will arrange to see her at the
        day centre.
    """),
     R("C300016", "safeguarding", None, "son|armchair|pension",
       "Officer's visit note; an older deaf woman displaced to a kitchen chair by her son, pension book missing, "
       "silenced when he came in -> suspected abuse by family -> safeguarding (tenancy accepted, still "
       "sensitive).", TENC)),

    (tg_in("10-14 23:30", "5301177720", "Tomasz", """
        Hi, Tomasz Nowak, 40 Hollin Park Road. I've been looking after mum on my own since her stroke in June.
        I'm not sleeping. Yesterday she wouldn't take her tablets and I grabbed her arm too hard and it's gone
        purple. I've never done anything like that in my life. I'm frightened of what I'm turning into. Is there
        anyone who can help with her? I can't ask dad, he's working double shifts.
    """),
     R("C300038", "safeguarding", None, "mum|carer|arm",
       "Linked Telegram id; a carer at breaking point who has hurt his mother and asks for help -> risk to an adult "
       "at risk and carer strain -> safeguarding.")),

    (call_in("10-16 15:05", "+447700900308", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Hi love, it's Lorraine Kettlewell, flat 7 Ashgrove. My shower chair's cracked, I need a new one.
        Agent: OK Lorraine, I'll pass that to the adaptations team. Anything else?
        Caller: Well. My nephew's mates have been stopping over. They're good company, I don't get out much in the chair. Only they've got my card for the shopping and there's never any shopping. And they have people round till four in the morning, and they lock my bedroom door from the outside when I've gone to bed so I don't "wander". I don't wander, I'm in a wheelchair.
        Agent: Lorraine, that's not OK. Do you feel safe with them there?
        Caller: They're my nephew's mates. I'll be in trouble if you send anyone round heavy-handed.
        Agent: Nobody will be heavy-handed. I'll get our support officer to ring you when they're out. When's best?
        Caller: Afternoons. They sleep till two.
    """, dur=332),
     R("C300008", "safeguarding", None, "card|locked|nephew",
       "Known mobile; a shower-chair request that reveals visitors using her card, partying in her flat and locking "
       "her in her bedroom -> exploitation / cuckooing of a disabled tenant -> safeguarding (repairs accepted, "
       "still sensitive).", REPC)),

    (email_in("11-12 10:40", "sam.osei@example.net", "Samuel Osei", "Flat 5 - smell and flies", """
        Hello,

        There's a smell coming from flat 5, next to me, that's got worse every week. Flies at the landing window,
        the big black ones. The lady in there is in her 80s and her daughter stopped coming in the summer. I saw
        her through the gap on Saturday and the kitchen behind her was piled with bags and old food, and she
        was in a nightie and didn't know what day it was. She said she's fine and shut the door.

        I'm not trying to get her in trouble, I think she needs help. Sam, flat 4
    """),
     R("C300007", "safeguarding", None, "smell|food|neighbour",
       "Known e-mail; an older neighbour with rotting food, flies, confusion and no family visits -> self-neglect "
       "-> record against the reporter, safeguarding (estate accepted for the smell, still sensitive).", ESTC)),

    (call_in("10-20 09:15", U11(3), """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hi, I'm calling from the vulnerable customers team at Northern Building Society. We have a customer who's one of your tenants, Mr Harold Birkett, 3 Thornhill Gardens.
        Agent: OK.
        Caller: He's come into branch three times this month with a younger man who's tried to move his savings to an account in the younger man's name. Mr Birkett seemed confused and kept looking at him before answering. We've stopped the transfers and referred to adult social care. He gave your details as his landlord. I wanted to check whether anyone has a power of attorney registered with you.
        Agent: I'll check and get the right officer to call you back.
    """, dur=203),
     V("safeguarding", None, "savings|bank|man",
       "Bank's vulnerable-customer team (professional) about a tenant (3 Thornhill Gardens = C300045) -> review, "
       "record accepted; attempted transfers of an older man's savings by a younger companion -> financial "
       "abuse -> safeguarding.", ALT("C300045"))),
]

# ============================================================================================
# S5. "No point fixing it", goodbyes in a rent reply, forced-marriage hints, young people adrift
# ============================================================================================
ITEMS += [
    (call_in("10-02 15:50", "+447700900335", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Yeah, Dean Sykes, flat 14 Foundry Walk. I got a card saying you're coming to do the bedroom window on Monday.
        Agent: That's right, the seal's gone on it.
        Caller: Cancel it. No point fixing it. I won't be here by Christmas.
        Agent: Oh, are you moving? Do you need to give notice?
        Caller: Something like that. Just cancel it, save your money. Give it to someone who'll use it.
        Agent: Dean, can I ask you straight. When you say you won't be here, are you thinking of ending your life?
        Caller: ... I don't know. Maybe. I've just had enough.
        Agent: Thank you for telling me. I'd like to stay on the phone with you and get someone from the crisis team to call you. Is that OK?
        Caller: Whatever.
    """, dur=402),
     R("C300035", "safeguarding", None, "window|won't be here|ending|suicid",
       "Known mobile; cancelling a window repair because 'I won't be here by Christmas', confirming thoughts of "
       "ending his life -> suicide risk -> safeguarding (no active plan stated: hazard null, emergency "
       "accepted).", EMG)),

    (sms_in("10-05 01:12", "+447700900331", """
        dont worry about the arrears anymore. ive sorted everything. youll have the keys back soon. the spare is
        with my neighbour. tell the lady at the office thanks for being kind to me last year. nathan
    """),
     R("C300031", "safeguarding", "emergency", "arrears|keys|sorted|suicid",
       "Known mobile, 1am; a farewell-sounding message about arrears, handing back keys and thanking staff -> "
       "possible imminent suicide -> safeguarding, emergency (null accepted; rent accepted, still sensitive).",
       M(NOHZ, RENT))),

    (email_in("10-08 22:05", "owen.pritchard@example.com", "Owen Pritchard", "Ending my tenancy", """
        Hello,

        I'd like to end my tenancy at Flat 10 Calder Court. I don't know what the notice is but I won't need
        it after this month. I've taken the dog to my sister's and I've left a list of everything on the table.
        Everyone will be better off. The gas and electric are paid up to the end of October.

        Thank you for everything.
        Owen
    """, to=TENANCY_BOX),
     R("C300040", "safeguarding", "emergency", "tenancy|better off|dog|suicid",
       "Known e-mail; a notice to end the tenancy with giving away his dog, 'a list on the table' and 'everyone "
       "will be better off' -> likely suicide note -> safeguarding, emergency (null accepted; tenancy accepted, "
       "still sensitive).", M(NOHZ, TENC))),

    (chat("10-11 02:30", {"name": "Guest"}, """
        Visitor: can you end a tenancy if the person has died
        Agent (out of hours bot): I'm sorry for your loss. To tell us about a death, please call 0113 496 0000 in office hours or use the form.
        Visitor: no its not happened yet. i just want to make sure my mum doesnt have to pay anything after. im at calder court
        Agent (out of hours bot): It sounds like things are really hard right now. If you are thinking about harming yourself, please call 999 or Samaritans on 116 123.
        Visitor: forget it
    """),
     V("safeguarding", "emergency", "died|mum|tenancy|suicid",
       "Guest webchat at 2:30am, no identifiers -> review; planning for the tenancy after their own death -> "
       "immediate suicide risk -> safeguarding, emergency (null accepted).", NOHZ)),

    (wa_in("10-14 19:30", W11(3), "", """
        Assalamu alaikum. Main 19 saal ki hoon, Thornhill Gardens mein apne parents ke saath rehti hoon. Abu ne
        meri shaadi Mirpur mein apne bhatije se tay kar di hai December mein, maine mana kiya to mera phone le
        liya aur college jaana band kar diya. Yeh meri saheli ka phone hai. Kya mujhe apna flat mil sakta hai?
        Ghar pe koi khat mat bhejna.
    """),
     V("safeguarding", None, "marriage|phone|flat",
       "Roman Urdu: 'I'm 19, I live with my parents at Thornhill Gardens. My father has fixed my marriage to his "
       "nephew in Mirpur in December; when I refused he took my phone and stopped me going to college. This is my "
       "friend's phone. Can I get my own flat? Don't send any letter to the house.' Unknown number -> review; "
       "forced-marriage risk and control -> safeguarding (lettings accepted, still sensitive).", LET)),

    (chat("10-17 22:10", {"name": "A"}, """
        Visitor: hypothetically if someone was 20 and on their parents' tenancy and needed to leave quickly, like before spring, could they get a place
        Agent (Marek): They could apply to the housing register, and if they were at risk at home they could get priority. Is this about you?
        Visitor: my family want me married by the spring. to a girl. i can't tell them about me. my uncle says there'll be consequences if I shame them again. I'm not being dramatic, he means it
        Agent (Marek): I believe you. That's serious and you deserve to be safe. Can I take a first name and a way to reach you safely? There's also the Forced Marriage Unit.
        Visitor: not yet. i'll come back
    """),
     V("safeguarding", None, "married|family|uncle",
       "Webchat, no identifiers -> review; a young gay man facing a forced marriage and 'consequences' from "
       "family -> forced marriage / honour-based abuse risk -> safeguarding (lettings accepted, still "
       "sensitive).", LET)),

    (call_in("10-22 16:40", "+447700900359", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hi, it's Jade Whitehead, flat 13 Ashgrove. My little brother's been staying with me, Kieran, he's 16. Is that allowed?
        Agent: Family can stay with you, yes. Is it long-term?
        Caller: I don't know. Mum's boyfriend told him to get out in September and he's been sofa to sofa since. He slept in the stairwell at Foundry Walk one night before he came to me. He's not going to school. I can't keep him, my flat's a one-bed and I've got the baby.
        Agent: Thank you Jade. A 16-year-old who's been made homeless should be helped by children's services, not left to you. Can I refer him?
        Caller: Yeah. Please.
    """, dur=228),
     R("C300059", "safeguarding", None, "brother|16|sofa",
       "Known mobile; a sibling asking if her 16-year-old brother, thrown out by the mother's partner and "
       "sofa-surfing, can stay -> homeless child -> safeguarding (tenancy accepted, still sensitive).", TENC)),

    (visit("10-26 10:20", {"name": "Voids surveyor (A. Hirst)"}, {"name": "Empty garage, block 2, Weavers Row"}, "walkabout", "attended", """
        Garage block inspection. Garage 7 (void, lock broken): sleeping bag, school blazer (St Anne's), phone
        charger run from the light fitting, empty energy drink cans. Lad aged about 15 came back while I was
        there, said his name was Reece and he "sometimes kips here". Ran off when I asked where he lived.
        Made the garage safe, left the blazer. Passed to office.
    """),
     V("safeguarding", None, "garage|sleeping|lad",
       "Surveyor's walkabout note, no household identified -> review; a schoolboy sleeping in a void garage "
       "with a live lead from the light fitting -> homeless child -> safeguarding (estate accepted for the "
       "garage, still sensitive).", ESTC)),

    (sms_in("10-29 12:02", "+447700900344", """
        hi its megan 4 beckside. do i still need to do the gas check on the 3rd, honestly whats the point, i
        wont be around much longer anyway and no one will miss me. sorry. just cancel it
    """),
     R("C300044", "safeguarding", None, "gas|won't be around|miss|suicid",
       "Known mobile; cancelling a gas check because 'I won't be around much longer... no one will miss me' -> "
       "suicidal ideation -> safeguarding (repairs accepted, still sensitive; emergency accepted).", M(REPC, EMG))),
]

# ============================================================================================
# S6. The same disclosures in other languages (native scripts and romanised), short and long
# ============================================================================================
ITEMS += [
    (wa_in("10-02 12:15", "447700900306", "Agnieszka", """
        Dzień dobry, tu Agnieszka z mieszkania 2, Ashgrove Court. Mam pytanie o umowę najmu – czy mieszkanie jest
        tylko na moje nazwisko? Mój partner trzyma moją kartę bankową i daje mi 40 funtów tygodniowo na jedzenie
        dla mnie i córki. Mówi, że jak komuś powiem, to wyrzuci nas na ulicę, bo to „jego dom”. Proszę odpisać
        tylko tutaj, on nie czyta WhatsAppa.
    """),
     R("C300006", "safeguarding", None, "partner|card|tenancy",
       "Polish: 'is the flat only in my name? My partner keeps my bank card and gives me £40 a week for food for me "
       "and my daughter. He says if I tell anyone he'll throw us out because it's \"his home\". Please reply only "
       "here, he doesn't read WhatsApp.' Known number -> economic abuse and threats -> safeguarding (tenancy "
       "accepted, still sensitive).", TENC)),

    (sms_in("11-08 08:40", U11(4), """
        Dzien dobry. Prosze o pomoc. Maz nie pozwala mi wychodzic z domu sama, zabral klucze. Mieszkam Foundry Walk
        17. Prosze nie dzwonic, tylko sms rano.
    """),
     V("safeguarding", None, "husband|keys|leave",
       "Polish without diacritics: 'Please help. My husband doesn't let me leave the house alone, he took the keys. I "
       "live at Foundry Walk 17. Please don't call, only SMS in the morning.' Unknown mobile, flat not in the "
       "directory -> review; coercive control -> safeguarding. 'Don't call' is a contact instruction.")),

    (wa_in("10-06 14:25", "447700900311", "Amina", """
        السلام علیکم۔ میں آمنہ حسین ہوں، 8 مورسائیڈ کریسنٹ۔ میرے شوہر نے بچوں کے پاسپورٹ اپنے پاس رکھ لیے ہیں
        اور کہتے ہیں کہ اگر میں نے کسی کو کچھ بتایا تو وہ بچوں کو پاکستان لے جائیں گے اور میں انہیں کبھی نہیں
        دیکھ پاؤں گی۔ کیا آپ کے پاس کوئی عورت ہے جس سے میں بات کر سکوں؟ صرف واٹس ایپ پر، دوپہر میں۔
    """),
     R("C300011", "safeguarding", None, "passport|children|pakistan",
       "Urdu: 'I'm Amina Hussain, 8 Moorside Crescent. My husband has kept the children's passports and says if I "
       "tell anyone anything he'll take the children to Pakistan and I'll never see them. Do you have a woman I can "
       "talk to? Only on WhatsApp, in the afternoon.' Her own number (not the shared landline) -> C300011; threats "
       "to remove the children -> safeguarding.")),

    (wa_in("11-10 20:50", W11(5), "", """
        مرحبا. أسكن في Ashgrove Court مع زوجي. هو يأخذ راتبي كله من العمل ولا يسمح لي بالخروج إلا معه، وأغلق
        رقم هاتفي القديم. هل يمكنني أن أحصل على سكن لي ولابنتي؟ من فضلكم لا تتصلوا، اكتبوا هنا فقط.
    """),
     V("safeguarding", None, "husband|salary|housing",
       "Arabic: 'I live at Ashgrove Court with my husband. He takes all my salary and doesn't let me go out except "
       "with him, and he closed my old phone number. Can I get housing for me and my daughter? Please don't call, "
       "write here only.' Unknown number -> review; economic abuse and isolation -> safeguarding (lettings "
       "accepted, still sensitive).", LET)),

    (wa_in("10-09 21:15", "447700900356", "Ahmed", """
        السلام عليكم. جارتنا العجوز في البيت رقم 52 ويفرز رو، زوجة ابنها تقفل عليها الغرفة الخلفية عندما يأتي
        ضيوف، وقالت لزوجتي إنها لم تأكل وجبة ساخنة منذ أسابيع وتخاف أن تطلب. أرجوكم لا تذكروا اسمي، العائلة
        عصبية جداً.
    """),
     A("safeguarding", None, "elderly|locked|neighbour",
       "Arabic: 'our elderly neighbour at 52 Weavers Row - her son's wife locks her in the back room when guests "
       "come, and she told my wife she hasn't had a hot meal for weeks and is afraid to ask. Please don't mention my "
       "name, the family are very short-tempered.' Known number, anonymity asked -> anonymous (record accepted); "
       "abuse/neglect of an older woman by family -> safeguarding.", RECOK("C300056"))),

    (wa_in("10-11 10:05", "447700900325", "Ioana", """
        Bună ziua. Vecinul meu de la numărul 14, domnul Peter, are peste 80 de ani. De o lună stă la el un bărbat
        tânăr pe care îl numește „chiriașul”. Îl duce în fiecare joi la bancă și după aceea domnul Peter nu mai are
        bani de mâncare. Ieri mi-a cerut o pâine. Cred că nu știți că omul acela locuiește acolo. Ioana Marin, nr. 12
    """),
     R("C300025", "safeguarding", None, "lodger|bank|food",
       "Romanian: 'my neighbour at number 14, Mr Peter, is over 80. For a month a young man he calls \"the lodger\" "
       "has been staying with him. He takes him to the bank every Thursday and afterwards Mr Peter has no money for "
       "food. Yesterday he asked me for a loaf. I don't think you know that man lives there.' Known number, no "
       "anonymity asked -> record against the reporter; financial abuse of an older man -> safeguarding.")),

    (wa_in("10-13 13:40", "447700900341", "Natalia", """
        Buna ziua, sunt Natalia Rusu, apartamentul 15 Calder Court. Sotul meu nu ma lasa sa ies din casa fara el
        si imi ia salariul in fiecare luna. Zice ca daca vorbesc cu cineva ma trimite inapoi in Moldova fara
        copil. Va rog nu-i spuneti ca am scris, scrieti-mi doar aici.
    """),
     R("C300041", "safeguarding", None, "husband|salary|child",
       "Romanian without diacritics: 'my husband doesn't let me leave the house without him and takes my salary "
       "every month. He says if I talk to anyone he'll send me back to Moldova without the child. Please don't tell "
       "him I wrote, write to me only here.' Known number; she asks that the abuser not know -> record against "
       "herself (anonymous accepted); coercive control -> safeguarding.", ANONOK)),

    (wa_in("10-15 18:30", "447700900354", "Abdirahman", """
        Salaan. Ninka deriskayga ah ee Flat 6 Foundry Walk waa nin waxbarashadu ku adag tahay, wax badan ma fahmo.
        Toddobaadyadii u dambeeyay wiilal ayaa gurigiisa degay, lacagtiisa ayay qaataan, habeenkiina banaanka ayay
        ku seexiyaan. Fadlan magacayga ha sheegin, way i garanayaan.
    """),
     A("safeguarding", None, "neighbour|money|young men",
       "Somali: 'my neighbour in Flat 6 Foundry Walk is a man with learning difficulties, he doesn't understand "
       "much. In recent weeks young men have moved into his home, they take his money and at night they make him "
       "sleep outside. Please don't say my name, they know me.' Known number, anonymity asked -> anonymous (record "
       "accepted); cuckooing / exploitation of a vulnerable adult -> safeguarding.", RECOK("C300054"))),

    (wa_in("10-17 11:20", "447700900327", "Fatima", """
        আসসালামু আলাইকুম। আমি ফাতিমা বেগম, ৬ থর্নহিল গার্ডেনস। আমার স্বামী আমাকে একা বাইরে যেতে দেয় না।
        আমার ব্যাংক কার্ড ওর কাছে থাকে, কিছু কিনতে চাইলে ওকে জিজ্ঞেস করতে হয়। আমি কি নিজের নামে ভাড়ার
        চিঠি পেতে পারি? দয়া করে আমার ছেলেকে কিছু বলবেন না, ও সব কথা বাবাকে বলে দেয়।
    """),
     R("C300027", "safeguarding", None, "husband|card|letters",
       "Bengali: 'I'm Fatima Begum, 6 Thornhill Gardens. My husband doesn't let me go out alone. He keeps my bank "
       "card; if I want to buy anything I must ask him. Can I get the rent letters in my own name? Please don't tell "
       "my son anything, he tells his father everything.' Known number -> coercive and financial control -> "
       "safeguarding (rent accepted); the wish concerns her abuser, so record (anonymous accepted).",
       M(RENT, ANONOK))),

    (tg_in("10-19 03:05", "5566778812", "", """
        سلام. دیگه خسته شدم. سه ماهه اجاره عقب افتاده و هیچ‌کس نیست کمکم کنه. فکر می‌کنم برای همه بهتره من دیگه
        نباشم. من توی Calder Court زندگی می‌کنم.
    """),
     V("safeguarding", None, "rent|tired|no longer|suicid",
       "Farsi, 3am: 'I'm tired now. Three months' rent behind and nobody to help me. I think it's better for "
       "everyone if I'm no longer here. I live in Calder Court.' Unlinked Telegram id -> review; suicidal "
       "ideation behind an arrears message -> safeguarding (rent accepted, still sensitive; no stated plan, "
       "emergency accepted).", M(RENT, EMG))),

    (wa_in("11-11 09:45", W11(6), "Olena", """
        Добрий день. Я приїхала за програмою «Домівки для України» і живу в кімнаті в одного чоловіка на Beckside
        Mews. Він забрав мій паспорт «на зберігання», я працюю в його кафе по 12 годин без зарплати, бо він каже,
        що це оплата за кімнату. Мені нікуди йти. Чи можу я отримати житло?
    """),
     V("safeguarding", None, "passport|work|room",
       "Ukrainian: 'I came on the Homes for Ukraine scheme and live in a room at a man's house on Beckside Mews. He "
       "took my passport \"for safekeeping\"; I work 12 hours a day in his café without pay because he says it's "
       "payment for the room. I have nowhere to go. Can I get housing?' Unknown number -> review; labour "
       "exploitation / modern slavery indicators -> safeguarding (lettings accepted, still sensitive).", LET)),

    (wa_in("11-12 15:10", W11(7), "", """
        سڵاو. من لە فاوندری واک دەژیم. مێردەکەم هەموو پارەکانم دەبات و مۆبایلەکەمی شکاند. ناهێڵێت بە تەنها
        بچمە دەرەوە، تەنانەت بۆ دکتۆر. تکایە تەلەفۆن مەکەن، تەنها لێرە بنووسن.
    """),
     V("safeguarding", None, "husband|money|phone",
       "Kurdish (Sorani): 'I live at Foundry Walk. My husband takes all my money and broke my phone. He doesn't let "
       "me go out alone, not even to the doctor. Please don't phone, only write here.' Unknown number -> review; "
       "coercive and economic control -> safeguarding.")),

    (sms_in("11-13 10:30", U11(8), """
        ሰላም። ኣነ ኣብ ካልደር ኮርት እየ ዝቕመጥ። ሰብኣየይ ገንዘበይን ቴሌፎነይን ወሲዱ፣ ንበይነይ ካብ ገዛ ክወጽእ
        ኣይፈቕደለይን። ቆልዑ ኣለዉኒ። በጃኹም ብጽሑፍ ጥራይ ተወከሱኒ።
    """),
     V("safeguarding", None, "husband|money|phone",
       "Tigrinya: 'I live at Calder Court. My husband has taken my money and my phone and doesn't let me leave the "
       "house on my own. I have children. Please contact me in writing only.' Unknown mobile -> review; coercive "
       "control -> safeguarding.")),

    (chat("11-14 19:55", {"name": "Misafir"}, """
        Visitor: Merhaba, Türkçe yazabilir miyim?
        Agent (Hannah): Hello, yes, I will use a translator.
        Visitor: Annem 84 yaşında, Moorside Crescent'te oturuyor. Ona bakan kadını biz özel olarak tutuyoruz. Annemin kollarında morluklar var, "düştüm" diyor ama kadın odaya girince susuyor. Biz Almanya'dayız, gelemiyoruz. Lütfen biri annemi yalnızken ziyaret edebilir mi?
    """),
     V("safeguarding", None, "mother|bruises|carer",
       "Turkish webchat: 'my mother is 84 and lives on Moorside Crescent. We pay privately for a woman who cares for "
       "her. Mum has bruises on her arms, says \"I fell\" but goes quiet when the woman comes in. We're in Germany "
       "and can't come. Could someone visit mum while she's alone?' No identifiers, house not given -> review; "
       "suspected abuse of an older woman by her carer -> safeguarding.")),

    (fb_in("11-15 09:40", FB11(3), "Rania M", """
        salam, ana sakna fi Weavers Row. jarti zawjha bi2fel 3aleha el bab men barra kol yom w byakhod el mobile
        ma3o. imbare7 shoftha bt3ayet 3al shebbak. ma bade 7ada ya3ref eni ana li 7akeet.
    """),
     A("safeguarding", None, "neighbour|locked|phone",
       "Arabic in Latin script (Arabizi): 'I live on Weavers Row. My neighbour's husband locks the door on her from "
       "outside every day and takes the mobile with him. Yesterday I saw her crying at the window. I don't want "
       "anyone to know I was the one who said.' Unlinked Facebook profile, anonymity asked -> anonymous (review "
       "accepted); domestic abuse of a third party -> safeguarding.", REVIEWOK)),
]

# ============================================================================================
# A1. ASB told as what happens: cars stopping for two minutes, lads waiting on the landing, smoke
#     through the vents with threats, a dog set on someone, spitting
# ============================================================================================
ITEMS += [
    (sms_in("10-01 23:48", "+447700900348", """
        every night from about 11 theres cars pulling up outside 29 moorside, 2 mins engine running, someone runs
        out to the window and back in. then the next one. like clockwork for 3 weeks now. you didnt hear it from me
    """),
     A("asb", None, "car|night|2 min",
       "Known mobile, 'you didn't hear it from me' -> anonymous; a stream of cars stopping for two minutes at one "
       "house at night -> suspected street dealing -> asb.")),

    (letter("10-03 09:00", {"name": "Mrs P. Lumb"}, """
        3 Weavers Row
        Bradford BD3 9PL

        Dear Sir or Madam,

        I am 84 and do not sleep well so I sit at my front window. Motor cars draw up outside number 12 at all hours
        with their engines left running. A young man comes out in his slippers and leans in at the window and then
        the car goes. On Friday night I counted fourteen between ten o'clock and one. Some of them are very young
        drivers. One reversed into my gatepost and did not stop.

        I should be grateful if somebody would look into it. I cannot use the telephone as I am hard of hearing,
        so please write.

        Yours faithfully,
        Patricia Lumb (Mrs)
    """),
     R("C300016", "asb", None, "car|window|night",
       "Letter with name + address -> C300016 (review accepted); cars drawing up for brief exchanges at a "
       "neighbour's window all night -> suspected dealing -> asb (the gatepost damage is incidental).", REVOK)),

    (email_in("10-05 08:10", "paul.greenwood@example.com", "Paul Greenwood", "RE: Beckside Mews - update", """
        Hi Kerry,

        Quick update as you asked. Still the same. Last night from 9 it was the little silver Corsa again and then a
        lad on a pushbike who goes back and forth between the cars and the alley by number 17. Eleven drop-offs
        before midnight. I've put the times on the diary sheet and I'll post it Monday.

        Someone also let my tyres down on Saturday. Might be nothing. Might not.

        Paul

        From: Kerry Dunn <asb@fairholmehomes.example.org>
        Sent: 28 September 2026 15:02
        To: paul.greenwood@example.com
        Subject: Beckside Mews - update

        Hi Paul, thanks for the call. Please keep noting dates and times on the diary sheets and let me know of
        any change. Kerry Dunn, ASB Officer
    """, to=ASB_BOX),
     R("C300026", "asb", None, "car|diary|tyres",
       "Known e-mail, reply in an open ASB case with quoted history; cars and a bike runner at night, possible "
       "reprisal (tyres) -> asb.")),

    (call_in("10-06 19:35", "+447700900346", """
        Agent: Fairholme Homes, evening line, Tom speaking.
        Caller: Yeah, it's John Smith, flat 14 Calder Court. It's the lads on the landing again. Fourth night.
        Agent: What are they doing, John?
        Caller: Nothing. That's the thing. They just sit on the stairs between my floor and the next one, four or five of them, hoods up, like they're waiting for someone. Then someone comes up, goes in the corner with them for a minute, leaves. When I come up they stop talking and watch me all the way to my door. One of them asked me what time I go to work.
        Agent: Have you reported it to the police?
        Caller: Once. They came, the lads went, they came back. My daughter won't come and visit now.
        Agent: I'll get the neighbourhood officer to open a case, and ask about the stairwell door and the camera.
    """, dur=242),
     R("C300046", "asb", None, "lads|landing|stairs",
       "Known mobile (Calder Court John Smith, and he gives his flat) -> C300046; youths occupying the landing, "
       "brief visits and watching/questioning residents -> intimidation, suspected dealing -> asb.")),

    (tg_in("11-10 21:20", "7781200943", "Stuart", """
        3 lads at the main door of Calder Court again waiting to be let in. they asked the girl from flat 11 for
        her fob and when she said no one of them followed her in when the door was closing. shes 14. they were up
        by the bins on the 2nd floor till gone 1. just so its on record
    """),
     R("C300021", "asb", None, "lads|fob|door",
       "Linked Telegram id; youths tailgating into the block, pressuring a child for her fob, loitering at night "
       "-> asb (safeguarding accepted for the girl followed in).", SAFE)),

    (wa_in("10-08 22:35", "447700900333", "Hassan", """
        Salaan. Wiilal ayaa habeen walba fadhiya jaranjarada dabaqa labaad ee Foundry Walk, sigaar iyo daroogo
        ayay cabbaan, oo qof walba oo soo mara way weydiiyaan meesha uu u socdo. Xaaskayga ayaa ka baqda inay
        kor u soo baxdo keligeed. Fadlan magacayga ha sheegin, albaabkayga ayay hor fadhiyaan.
    """),
     A("asb", None, "stairs|young men|night",
       "Somali: 'young men sit on the 2nd-floor stairs at Foundry Walk every night smoking cigarettes and drugs, and "
       "ask everyone who passes where they're going. My wife is afraid to come up alone. Please don't say my name, "
       "they sit right outside my door.' Known number, anonymity asked -> anonymous (record accepted); "
       "intimidation on the stairs -> asb.", RECOK("C300033"))),

    (visit("10-09 15:00", {"name": "Neighbourhood officer (T. Akhtar)"}, {"name": "Ashgrove Court, stairwells A and B"}, "walkabout", "attended", """
        Block walkabout with PCSO. Stairwell B, 4th/5th floor half-landing: cushions, cans, nitrous canisters,
        small grip-seal bags, burn marks on the handrail. Two residents stopped us to say a group "waits up there"
        most evenings and they now use the lift only. One said she'd been told "don't look at us". Photos taken;
        CCTV request raised; cleansing ordered.
    """),
     V("asb", None, "stairwell|group|canisters",
       "Officer's block walkabout, no single customer -> review; youths occupying a stairwell with drug debris and "
       "intimidating residents -> asb (estate accepted for the cleansing).", ESTC)),

    (sms_in("10-10 22:02", "+447700900302", """
        stink of weed thru the bathroom vent every nite from downstairs, my daughter has asthma n shes been up
        coughing. i knocked n asked nice, he said mind ur own or ill get my mates to do ur face. daniel 11 hollin pk
    """),
     R("C300002", "asb", None, "smell|vent|threat",
       "Known mobile; cannabis smoke through the vent and a threat of violence when he asked -> asb (not a "
       "ventilation repair).")),

    (wa_in("10-12 21:40", "447700900318", "Mohammed", """
        مساء الخير. منذ شهر تأتي رائحة الحشيش كل ليلة من الشقة تحتنا عبر فتحات التهوية، وأطفالي ينامون في تلك
        الغرفة. عندما طلبت منه بأدب أن يتوقف قال إنه سيكسر سيارتي، واليوم وجدت المرآة مكسورة. محمد الراشد، 41
        ويفرز رو.
    """),
     R("C300018", "asb", None, "smell|car|threat",
       "Arabic: 'for a month the smell of hashish comes every night from the flat below through the vents, and my "
       "children sleep in that room. When I politely asked him to stop he said he'd smash my car, and today I "
       "found the mirror broken. Mohammed Al-Rashid, 41 Weavers Row.' Known number -> cannabis smoke, threat and "
       "damage -> asb.")),

    (call_in("10-13 17:10", "+447700900305", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: It's Darren Whitaker, 23 Hollin Park. The fella at 27 with the Akita. My lad was walking back from school, and he let it off the lead at the gate and said "go on". Just like that. "Go on." It went straight for him, got his school trousers, he's got teeth marks on his leg.
        Agent: Oh no. Is your son OK? Has he been seen by a doctor?
        Caller: Walk-in centre, he's had a tetanus. Police have been. But the bloke was stood there laughing. That's the third time he's done it to someone.
        Agent: I'm really sorry. I'm opening an urgent case with the neighbourhood team, and I'll note the police reference. Can you give me that?
        Caller: 13/81122/26.
    """, dur=211),
     R("C300005", "asb", None, "dog|son|leg",
       "Darren's own mobile (not the shared landline) -> C300005; a neighbour deliberately setting his dog on a "
       "child, injury, police aware -> asb.")),

    (fb_in("10-14 18:25", FB11(4), "Bethany Cole", """
        Hi it's Beth from flat 3 Calder Court. The man in flat 1 on the ground floor let his staffy out at my cat in
        the car park and stood watching while it had her. She's at the vets. When I screamed at him he said "you're
        next". I'm scared to walk past his door now and I have to, it's the only way out.
    """),
     R("C300020", "asb", None, "dog|cat|threat",
       "Facebook DM, unlinked profile but name + flat -> C300020 (review accepted); a neighbour setting his dog on "
       "her cat and threatening her -> asb.", REVOK)),

    (visit("10-15 11:30", {"name": "ASB officer (K. Dunn)"}, cust("C300010"), "appointment", "attended", """
        Statement taken from Ms Abdi with Somali interpreter. Over 5 weeks a group of teenagers from the Ashgrove
        flats have spat at her and her daughters on the path by the bins (4 occasions, once on her hijab), called
        them names and thrown food at their door. Daughters (9, 12) now refuse to take the bins out or walk to the
        shop. Diary sheets explained. Police hate-incident ref to follow. Offered door camera.
    """),
     R("C300010", "asb", None, "spat|daughters|statement",
       "ASB officer's statement visit with the victim; spitting, name-calling and targeting of a Muslim family -> "
       "hate-motivated harassment -> asb.")),

    (sms_in("10-16 12:44", "+447700900360", """
        the lad at 14 thornhill just spat at my mum as she was getting out of my car, shes 78. he's done it to
        other folk too. told her she should be in a home. police not interested. marcus 12
    """),
     R("C300060", "asb", None, "spat|mum|police",
       "Known mobile; a neighbour spitting at an older woman and abusing her -> asb.")),
]

# ============================================================================================
# A2. Words painted and shouted, children filmed, fireworks and stones at windows, money demanded at the
#     door, threats in a residents' group chat
# ============================================================================================
ITEMS += [
    (call_in("10-02 09:30", "+447700900354", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hello, I am Abdirahman Yusuf, Flat 3 Foundry Walk. Sorry, my English. Someone has written on my door in the night, with red paint.
        Agent: I'm sorry. What does it say?
        Caller: I don't want to say the words, my children are here. It says go home, and the bad word for black people. And a drawing. My son read it before I could clean it. He is eight.
        Agent: That's a crime, Mr Yusuf, and it's not acceptable. Have you told the police?
        Caller: Yes, they took photos. Please, can you paint the door today? My children have to walk past it.
        Agent: I'll book an urgent graffiti removal this afternoon and pass it to the neighbourhood officer with the police reference.
    """, dur=188),
     R("C300054", "asb", None, "door|paint|police",
       "Known mobile; racist words painted on his front door -> hate incident -> asb (repairs accepted for the "
       "door clean, still sensitive).", REPC)),

    (email_in("11-09 18:15", "m.alrashid@example.org", "Mohammed Al-Rashid", "My wife", """
        Dear Sir,

        I must write again about the young men who sit on the wall at the end of Weavers Row. When my wife walks
        to the school they shout at her about her scarf. They shout "Taliban" and make noises like a bomb. On
        Tuesday one pulled at the scarf from behind. She now waits until I can walk with her, which means I am
        late for my work.

        I have lived here 9 years. We are not wanting trouble. We want to walk on our road.

        Mohammed Al-Rashid, 41 Weavers Row
    """),
     R("C300018", "asb", None, "wife|scarf|shout",
       "Known e-mail; repeated religious abuse of his wife in the street, now physical -> hate-motivated "
       "harassment -> asb.")),

    (ig_in("11-08 10:50", "@bd4.dave", "Dave", """
        some absolute scumbag has sprayed the p word in massive letters on the garages at beckside, right next to
        where my mums car is parked and theres an asian family 2 doors down who have to walk past it with their
        kids. can you get it off today
    """),
     V("asb", None, "sprayed|garages|racist",
       "Instagram handle only -> review; racist graffiti beside a family's home -> hate incident -> asb (estate "
       "accepted for the removal, still sensitive).", ESTC)),

    (wa_in("10-08 18:00", "447700900325", "Ioana", """
        Bună seara. Copiii de la nr. 10 ne strigă în fiecare zi „țiganilor, plecați acasă” și aruncă gunoi peste gard
        în grădina noastră. Azi au aruncat un ou în geamul fetiței mele. Mama lor râde. Nu suntem țigani și chiar
        dacă am fi, nu e normal. Ioana Marin, nr. 12
    """),
     R("C300025", "asb", None, "rubbish|egg|window",
       "Romanian: 'the children at no. 10 shout \"gypsies, go home\" at us every day and throw rubbish over the "
       "fence into our garden. Today they threw an egg at my little girl's window. Their mother laughs. We aren't "
       "Roma and even if we were, it isn't right.' Known number -> racially motivated harassment -> asb.")),

    (email_in("10-09 20:30", "daniel.okafor@example.com", "Daniel Okafor", "Man filming the children", """
        Hi,

        I don't know if this is for you or the police, so I'm doing both. There's a man in the upstairs flat
        opposite us on Hollin Park Road (above the old launderette) who sits at his window with a camera with a
        long lens and points it at the kids on the green after school. My two are 6 and 9. When my wife went
        over and asked him what he was doing he said it's a free country and carried on. Other parents have
        noticed too.

        Is that flat one of yours? Can anything be done?

        Daniel Okafor
        11 Hollin Park Road
    """),
     R("C300002", "asb", None, "camera|children|filming",
       "Known e-mail; a man filming young children on the green with a long lens and refusing to stop -> "
       "nuisance with a child-protection angle -> asb (safeguarding accepted).", SAFE)),

    (sms_in("10-10 17:20", U11(9), """
        theres a bloke in a grey focus who parks outside the youth club on beckside on tues and thurs and films
        the girls coming out on his phone. my daughter goes there. please keep my name out, i live across the road
    """),
     A("asb", None, "car|filming|girls",
       "Unknown mobile, 'keep my name out' -> anonymous (review accepted); a man filming girls outside a youth "
       "club -> asb (safeguarding accepted).", M(REVIEWOK, SAFE))),

    (sms_in("10-31 21:50", "+447700900323", """
        lads are firing rockets at the windows of the flats behind beckside again, one just hit our kitchen window
        and went off on the sill. baby was screaming. 3rd night. they stand by the garages and run when you go out.
        sophie 9 beckside
    """),
     R("C300023", "asb", None, "rockets|window|garages",
       "Sophie's own mobile -> C300023; fireworks fired at homes for several nights -> asb (the firework has gone "
       "off, no ongoing fire: hazard null, emergency accepted).", EMG)),

    (fb_in("11-04 20:05", FB11(5), "Kirsty Lockwood", """
        Is anyone from Fairholme even reading these? Lads on bikes have been setting off fireworks at my front door
        every night since Saturday. Last night one was posted through the letterbox. The dog's shaking under the
        bed. Thornhill Gardens, the end house near the garages.
    """),
     V("asb", None, "firework|letterbox|door",
       "Facebook DM, unlinked profile, 'end house' is not an address in the directory -> review; fireworks aimed "
       "at and posted into a home -> asb (emergency accepted for a firework through the letterbox).", EMG)),

    (call_in("10-17 20:45", "+441144960355", """
        Agent: Fairholme out of hours, Bilal speaking.
        Caller: It's Christine Mellor, 2 Moorside Crescent. They've cracked my back bedroom window. Stones. From the rec behind, over the fence. It's the third time this week, there's stones all over the lawn.
        Agent: Is anyone hurt? Is the glass still in?
        Caller: Nobody's hurt, I was downstairs. The glass is cracked right across but it's in. I've shut the curtains. I can hear them laughing out there.
        Agent: I'll book the glazier for the morning and log it for the neighbourhood officer. If they come back tonight, ring the police on 101, or 999 if you're in danger.
        Caller: I'm seventy-three, love, I'm not going out there.
    """, to=OOH, dur=175),
     R("C300055", "asb", None, "stones|window|rec",
       "Known landline; youths repeatedly throwing stones at an older woman's windows -> asb (repairs accepted for "
       "the cracked pane, still sensitive; glass in place, hazard null).", REPC)),

    (letter("10-19 09:00", {"name": "M. Holroyd"}, """
        7 Hollin Park Road
        Leeds LS8 3QT

        Dear Sir,

        Every night this week big lads have thrown stones and bits of brick on to my conservatory roof from the
        path behind. Two of the panels have cracked and I have to sit in the front. I know who two of them are.

        Please do not send a man round in a van with your name on it, or knock on my door about it. They will know
        it was me who told if you come to my door. They are always on that path. Could you write to all the
        houses instead?

        Yours faithfully,
        Mrs M. Holroyd
    """),
     A("asb", None, "stones|conservatory|roof",
       "Letter from a known tenant who asks not to be visited because 'they'll know it was me' -> anonymity asked in "
       "words -> anonymous (record accepted: she is also the victim); stones thrown at her conservatory -> asb.",
       RECOK("C300001"))),

    (call_in("10-20 22:30", "+447700900324", """
        Agent: Fairholme out of hours, Mandeep speaking.
        Caller: Ryan Doyle, 9 Beckside Mews. The fella at 11's just been knocking again. Every night about now. He says I owe him fifty quid for "his half of the fence" that the council put up, which I don't, it's your fence. He stands there banging till I open it. Tonight he said if he doesn't get it Friday he'll take it out of my car.
        Agent: How long has this been happening, Ryan?
        Caller: Two weeks. My partner's got a baby, she's not sleeping. I'm not paying him, it's not even his fence.
        Agent: You're right, it's our fence. I'll log it for our neighbourhood officer and they'll be in touch. If he threatens you again call 101.
    """, to=OOH, dur=164),
     R("C300024", "asb", None, "knocking|money|fence",
       "Ryan's own mobile -> C300024; a neighbour knocking nightly demanding money with a threat to his car -> "
       "harassment -> asb.")),

    (wa_in("11-12 19:15", W11(10), "Mykola", """
        Добрий вечір. Я живу на Moorside Crescent. Сусід із будинку навпроти щотижня стукає у двері і вимагає 20
        фунтів «за те, щоб з вашою машиною нічого не сталося». Я вже заплатив тричі. Моя дружина боїться. Що мені
        робити?
    """),
     V("asb", None, "neighbour|money|car",
       "Ukrainian: 'I live on Moorside Crescent. A neighbour from the house opposite knocks every week and demands "
       "£20 \"so nothing happens to your car\". I've paid three times. My wife is afraid. What should I do?' "
       "Unknown number -> review; extortion by a neighbour -> asb.")),

    (email_in("10-22 21:00", "priya.chauhan@example.com", "Priya Chauhan", "Threat in the residents' WhatsApp group", """
        Hello,

        Someone in the Moorside Crescent residents' WhatsApp group (about 60 people) has posted a photo of my
        front door at 17 with the caption "grass lives here, you know what's coming". It was posted from a
        number I don't know and then deleted, but I screenshotted it. It's because I signed the petition about
        the motorbikes on the green. Two people have since walked past and stared at the house.

        I've attached the screenshot. Can you tell me what you can do, and whether I should go to the police?

        Priya Chauhan
    """),
     R("C300047", "asb", None, "whatsapp|door|threat",
       "Known e-mail; an online threat naming her house in a residents' group, with follow-up intimidation -> "
       "asb.")),

    (fb_in("10-23 11:40", FB11(6), "Abdi Yusuf", """
        Abdirahman Yusuf, flat 3 Foundry Walk. On the Foundry Walk Facebook page a man wrote he will "sort out
        whoever reported my car" and he named my flat number. I did not report his car. Now my wife is afraid.
        Please can you remove this man from the page and do something.
    """),
     R("C300054", "asb", None, "facebook|flat|threat",
       "Facebook DM, unlinked profile but full name + flat -> C300054 (review accepted); a threat naming his flat "
       "online -> asb.", REVOK)),

    (portal("10-24 07:50", {"customer_ref": "C300044", "email": "megan.lister@example.org", "name": "Megan Lister"},
            "Report a problem", """
        Form: Report a problem
        Type: Other
        Details: Second time in a week someone's set fire to the wheelie bins right up against my front door at 4
        Beckside. Last night the door was scorched and the letterbox melted. The fire brigade came. I saw two
        hoods running towards the garages. I've got a toddler, if I hadn't been up with her I wouldn't have smelt it.
    """),
     R("C300044", "asb", None, "fire|bins|door",
       "Portal form with customer ref; bins deliberately set alight against her door twice, fire brigade attended "
       "-> arson / asb (fire out: hazard null, emergency accepted; repairs accepted for the door).",
       M(EMG, REPC))),

    (tg_in("11-13 23:55", "6230118845", "Andrei", """
        Bună seara. Băiatul vecinului de la nr. 23 (are vreo 16 ani) mi-a lovit ușa cu piciorul de trei ori
        săptămâna asta la miezul nopții. Când am ieșit aseară, a scos un cuțit și a zis că „data viitoare nu
        mai vorbim”. Am sunat la poliție. Andrei Popescu, 21 Moorside Crescent
    """),
     R("C300014", "asb", None, "door|knife|police",
       "Romanian: 'the neighbour's boy at no. 23 (about 16) kicked my door three times this week at midnight. When "
       "I went out last night he pulled a knife and said \"next time we won't talk\". I called the police.' Linked "
       "Telegram id -> asb.")),

    (tg_in("10-26 00:40", "8912345670", "Connor", """
        someone's been in the back garden at 33 again, 3rd night. shadow at the kitchen window about midnight,
        tonight they tried the back door handle while i was stood in the kitchen. bolted it. wife wont sleep
        downstairs now. think its the same lad who was in the ginnel shouting at her on monday
    """),
     R("C300048", "asb", None, "garden|door|night",
       "Linked Telegram id; an intruder prowling and trying the back door at night, linked to earlier abuse -> asb "
       "(no one inside now: hazard null).")),

    (call_in("10-27 18:15", U11(11), """
        Agent: Fairholme Homes, Leah speaking.
        Caller: I want to report the motorbikes on the green behind Thornhill Gardens. Every night, no lights, wheelies past the swings. Last night one rode at a woman with a pram and they laughed when she fell back. And when my husband asked them to slow down they said they'd come for him.
        Agent: That's awful. Can I take your name and address so the officer can update you?
        Caller: I'd rather not give my details. We're right on the green and they know every house.
        Agent: That's fine. I'll log it without your details and pass it to the neighbourhood officer and the police.
    """, dur=142),
     A("asb", None, "motorbike|green|threat",
       "Unknown caller who says 'I'd rather not give my details' because of reprisals -> anonymous (review "
       "accepted); motorbikes ridden at people and threats -> asb.", REVIEWOK)),

    (call_in("10-28 10:25", "+447700900315", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Morning, John Smith, 22 Weavers Row. Right. The bloke at 26 has started parking his van so I can't get my mobility scooter out of the gate, and when I asked him he put his face right in mine and said he'll put me in the canal. I'm 70.
        Agent: I'm sorry John. When was this?
        Caller: Saturday and again yesterday. Look, if you go round, don't say who rang. He'll know it's me anyway, but don't say.
        Agent: I won't give your name. I'll get the neighbourhood officer to look at it.
    """, dur=151),
     A("asb", None, "van|scooter|threat",
       "Weavers Row John Smith's own mobile, but 'don't say who rang' -> anonymous (record accepted: he is the "
       "victim); threats of violence and obstruction of his mobility scooter -> asb.", RECOK("C300015"))),

    (chat("10-29 13:30", {"email": "lucy.fairweather@example.net", "name": "Lucy"}, """
        Visitor: hi, this is between you and me, ok? the couple at 46 next to me. every night theres screaming and then it goes quiet. on sunday she came out with her coat over her head at 2am and he dragged her back in
        Agent (Rosa): Thank you for telling us, Lucy. I won't share your name. If you hear screaming again please call 999.
        Visitor: I have done once, they never came. I don't want them knowing it's me, I live right next door
    """),
     A("safeguarding", None, "screaming|neighbour|dragged",
       "Chat with a known e-mail, 'between you and me... I don't want them knowing it's me' -> anonymous (record "
       "accepted); suspected domestic abuse next door -> safeguarding (asb accepted).", M(RECOK("C300053"), ASBC))),

    (email_in("10-30 09:40", "karen.whitaker@example.org", "Karen Whitaker", "Off the record", """
        Hi,

        This is off the record, I'm not making a complaint and I don't want anything with my name on it going
        to anyone at number 31. The teenage lad there has been letting himself into the back gardens along our
        row with a mate, they've had two bikes and a strimmer out of sheds and last night they were trying car
        doors. My neighbour caught them and they told her they'd burn her out.

        Just so someone knows.
        Karen
    """),
     A("asb", None, "sheds|bikes|burn",
       "Karen's own e-mail, 'off the record... nothing with my name on it' -> anonymous (record accepted); thefts "
       "from sheds and a threat to burn a neighbour out -> asb.", RECOK("C300004"))),

    (ig_in("10-31 16:20", "@leeds_nikki", "Nikki", """
        leave me out of it but someone should know the lads at the end of foundry walk have started putting
        dog muck and notes through the letterbox of the old fella at no. 1 because he told them off for
        football against his wall. he's 87. he's scared stiff
    """),
     A("asb", None, "letterbox|notes|old",
       "Instagram handle, 'leave me out of it' -> anonymous (review accepted); targeted harassment of an 87-year-"
       "old man -> asb (safeguarding accepted).", M(REVIEWOK, SAFE))),

    (wa_in("11-01 20:10", "447700900332", "Zofia", """
        Dobry wieczór. Chłopaki znowu siedzą na półpiętrze między drugim a trzecim piętrem, palą trawkę i
        zaczepiają ludzi. Dziś jeden pokazał mi nóż w kieszeni i powiedział, żebym szła szybciej. Proszę nie
        podawać mojego nazwiska, mieszkam zaraz obok schodów.
    """),
     A("asb", None, "stairs|knife|weed",
       "Polish: 'the lads are sitting on the half-landing between the 2nd and 3rd floor again, smoking weed and "
       "hassling people. Today one showed me a knife in his pocket and told me to walk faster. Please don't give my "
       "name, I live right next to the stairs.' Known number, anonymity asked -> anonymous (record accepted); "
       "intimidation with a knife -> asb.", RECOK("C300032"))),

    (tg_in("11-02 23:10", "5588120034", "", """
        شب‌ها حدود ساعت ۱۱ تا ۲ ماشین‌ها جلوی یکی از خانه‌های Weavers Row می‌ایستند، دو دقیقه، یک نفر از خانه
        بیرون می‌آید و برمی‌گردد. بچه‌ها از پنجره می‌بینند. لطفاً اسم من را جایی ننویسید.
    """),
     A("asb", None, "car|night|house",
       "Farsi: 'at night, around 11 to 2, cars stop in front of one of the houses on Weavers Row, two minutes, "
       "someone comes out of the house and goes back. The children see it from the window. Please don't write my "
       "name anywhere.' Unlinked Telegram id, anonymity asked -> anonymous (review accepted); suspected dealing "
       "-> asb.", REVIEWOK)),

    (wa_in("11-03 19:25", W11(12), "", """
        Assalamu alaikum. Thornhill Gardens er pasher goli te protidin raat e kichu chele gari bhangche, garden e
        botol chure marche ar amader janalay pathor marche. Amar chhele bhoy pay. Doya kore amar nam bolben na,
        ora amader chene.
    """),
     A("asb", None, "car|bottles|stones",
       "Bengali (Roman script): 'every night in the lane by Thornhill Gardens some boys break cars, throw bottles "
       "into the gardens and throw stones at our windows. My son is scared. Please don't say my name, they know "
       "us.' Unknown number, anonymity asked -> anonymous (review accepted); criminal damage and intimidation "
       "-> asb.", REVIEWOK)),

    (wa_in("11-04 12:50", "447700900351", "Yasmin", """
        السلام علیکم۔ ہمارے گھر کے سامنے والے لڑکے روز شام کو میری گاڑی پر بیٹھتے ہیں اور جب میں کچھ کہوں تو
        گالیاں دیتے ہیں۔ کل انہوں نے میرے بیٹے کو دھکا دیا۔ مہربانی کر کے میرا نام مت بتائیں، ہمیں یہیں رہنا ہے۔
    """),
     A("asb", None, "boys|car|son",
       "Urdu: 'the boys opposite our house sit on my car every evening and swear at me if I say anything. Yesterday "
       "they pushed my son. Please don't tell them my name, we have to live here.' Known number, anonymity asked -> "
       "anonymous (record accepted); intimidation and assault of a child -> asb.", RECOK("C300051"))),

    (wa_in("11-05 08:30", W11(13), "", """
        Bom dia. Ontem à noite uns rapazes atiraram pedras ao meu carro no parque de Calder Court e partiram o vidro
        de trás. Já é a segunda vez. Eu vi quem foram, moram no prédio. Não digam que fui eu, por favor, tenho
        medo deles.
    """),
     A("asb", None, "stones|car|window",
       "Portuguese: 'last night some lads threw stones at my car in the Calder Court car park and broke the rear "
       "window. It's the second time. I saw who it was, they live in the building. Don't say it was me please, I'm "
       "afraid of them.' Unknown number, anonymity asked -> anonymous (review accepted); criminal damage -> asb.",
       REVIEWOK)),

    (sms_in("11-05 21:15", U11(14), """
        Silav. Zarok her şev roketan berdidin pencereyên me li Beckside Mews. Îşev yek ket hundirê odeya zarokan.
        Ji kerema xwe navê min nebêjin, ew cîranên me ne.
    """),
     A("asb", None, "firework|window|children",
       "Kurdish (Kurmanji): 'kids fire rockets at our windows on Beckside Mews every night. Tonight one went into "
       "the children's room. Please don't say my name, they are our neighbours.' Unknown mobile, anonymity asked "
       "-> anonymous (review accepted); fireworks aimed at a home -> asb (emergency accepted: a firework inside a "
       "child's room).", M(REVIEWOK, EMG))),

    (wa_in("11-06 17:40", W11(15), "", """
        你好。我住在Ashgrove Court。楼上的邻居每天晚上往我们阳台扔垃圾和烟头，还在电梯里对我和我女儿骂种族歧视的话，
        说让我们"滚回中国"。昨天他还跟着我们到门口。我们很害怕。
    """),
     V("asb", None, "neighbour|rubbish|racist",
       "Chinese: 'I live at Ashgrove Court. The upstairs neighbour throws rubbish and cigarette ends onto our "
       "balcony every night and shouts racist abuse at me and my daughter in the lift, telling us to \"go back to "
       "China\". Yesterday he followed us to our door. We're very scared.' Unknown number, no flat -> review; "
       "racist harassment -> asb.")),
]

# ============================================================================================
# S7. Late disclosures in long calls, staff casework, professionals' e-mails with quoted history,
#     complaints about confidentiality, and yet more ways of asking not to be named
# ============================================================================================
ITEMS += [
    (call_in("10-16 10:40", "+441134960357", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Dzień dobry, good morning, it is Grażyna Nowak, 40 Hollin Park Road. I am slow now with speaking, I had a stroke in June, sorry.
        Agent: Take your time, Mrs Nowak.
        Caller: The radiator in the bedroom, it is leaking on the floor, little bit, I put a towel. And the rent, my son pays it now, Tomasz, he does everything, the shopping, the tablets. He is a good boy.
        Agent: I'll book a plumber for the radiator. Is there a day that suits?
        Caller: Any day. I am always home now. Tomasz is very tired. He works and then he looks after me. Sometimes he shouts. On Tuesday he held my arm very hard, for the tablets, I didn't want them. It is black now, the arm. But he cried after. He is not a bad boy. I don't want trouble for him. Please don't tell him I said.
        Agent: Thank you for telling me, Mrs Nowak. Nobody's in trouble. I'd like someone to come and talk to you both about getting more help with your care. Would that be alright?
        Caller: If it helps Tomasz. Yes.
        Agent: And the plumber for Thursday morning.
    """, dur=356),
     R("C300037", "safeguarding", None, "arm|son|radiator",
       "Shared Nowak landline, but the caller names herself -> C300037; a radiator repair call in which an older "
       "stroke survivor discloses her exhausted son-carer gripped her arm hard enough to bruise, minimised -> "
       "adult at risk / carer strain -> safeguarding (repairs accepted, still sensitive); she asks that her son "
       "not know, which is about her abuser, so record (anonymous accepted).", M(REPC, ANONOK))),

    (call_in("10-05 14:15", "+447700900319", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hello. It's Gary. Gary Naylor. 47 Weavers Row. My boiler's got the red light.
        Agent: Hi Gary. Is there a number on the display? Sometimes it's the pressure.
        Caller: It says one point... no, it says 0.3. My mate Kyle said I'm not allowed to ring you. He said you'll take the flat off me if you come in.
        Agent: Nobody's going to take your flat, Gary. Can I ask why Kyle doesn't want us to come in?
        Caller: Because of the stuff in the back bedroom. I'm not allowed in the back bedroom. It's Kyle's. And Jordan's. They've got my card because I'm not good with money, they said. They give me a fiver. I like them. They're my friends.
        Agent: OK. I'm going to send an engineer for the boiler tomorrow. And I'm going to ask Chris, your support worker, to come at the same time. Is that alright?
        Caller: Yes. Don't tell Kyle I said about the bedroom.
    """, dur=298),
     R("C300019", "safeguarding", None, "boiler|card|bedroom",
       "Known mobile; a boiler-pressure call from a man with a learning disability who reveals his 'friends' hold "
       "his card and have taken over a bedroom he may not enter -> cuckooing / exploitation -> safeguarding "
       "(repairs accepted, still sensitive).", REPC)),

    (call_out("10-07 12:30", "+447700900311", "Safeguarding officer", "completed", dur=312, answered_by="human", transcript="""
        Agent: Hello, is that Mrs Hussain? It's Nadia from Moorside Pharmacy about your prescription.
        Customer: Yes. It's fine, he's at work, the children are at school.
        Agent: Thank you, Amina. It's Nadia from Fairholme. I've put a flag on the account so nobody can discuss your tenancy with your husband, and I've booked you in with the family court advice clinic at the children's centre on Wednesday at eleven. They can talk about the children's passports.
        Customer: He takes me to the children's centre for the little one's group. I can go then.
        Agent: That's perfect. If anything happens before then, call 999, and if you can't speak, press 55.
        Customer: Thank you. Please only call like this.
    """),
     R("C300011", "safeguarding", None, "passport|children|advice",
       "Outbound safeguarding officer call using an agreed cover story; safety planning about threats to remove the "
       "children -> safeguarding.")),

    (call_out("11-06 10:00", "+441144960355", "ASB team", "completed", dur=176, answered_by="human", transcript="""
        Agent: Hello Christine, it's Kerry Dunn from the ASB team, about the stones at your windows.
        Customer: Hello love. It's been quieter since last weekend.
        Agent: The police have identified three of the lads from the school's CCTV. We've written to the parents, two of them are our tenants, and there'll be acceptable behaviour contracts. The glazier's been, I hope?
        Customer: Yes, lovely job. I just want to sit in my back room again.
        Agent: Keep the diary going, and ring me if it starts again.
    """),
     R("C300055", "asb", None, "stones|contract|diary",
       "Outbound ASB officer update to the complainant -> record; stone-throwing case with acceptable behaviour "
       "contracts -> asb.")),

    (call_out("10-03 16:45", "+447700900335", "Safeguarding lead", "no-answer"),
     R("C300035", "safeguarding", None, ATTEMPT,
       "Attempted outbound call from the safeguarding lead, no answer -> record; the team implies safeguarding, "
       "any category (content-free attempt, not sensitive accepted).", {**ANY, "sensitive": [False]})),

    (email_out("10-23 15:20", ASB_BOX, "priya.chauhan@example.com", "Priya Chauhan", "RE: Threat in the residents' WhatsApp group", """
        Dear Priya,

        Thank you for the screenshot. I have asked the group's administrator to remove the poster and I have
        passed the image to West Yorkshire Police, who will contact you for a statement (please mention ref
        13/83307/26). I would also like to offer you a video doorbell and a visit from our community safety
        officer. Please reply with a time that suits.

        Kerry Dunn, ASB Officer

        From: Priya Chauhan <priya.chauhan@example.com>
        Sent: 22 October 2026 21:00
        Subject: Threat in the residents' WhatsApp group
        > Someone in the Moorside Crescent residents' WhatsApp group has posted a photo of my front door...
    """),
     R("C300047", "asb", None, "police|doorbell|group",
       "Outbound one-to-one reply from the ASB officer about an online threat -> record; asb.")),

    (visit("10-28 14:00", {"name": "ASB officer (K. Dunn) and PCSO 4471"}, cust("C300052"), "door_knock", "attended", """
        Warning interview with Mr Ionescu, 19 Beckside Mews, re reports that he has been shouting at and
        threatening children from no. 17 in the street and throwing their football into the road. He denies
        threats, says the children damage his car. Explained the tenancy conditions and that a formal warning
        letter will follow. Offered mediation; declined. Next review 11/11.
    """),
     R("C300052", "asb", None, "warning|children|threat",
       "ASB officer warning interview with the alleged perpetrator -> record against the person visited; asb.")),

    (email_in("10-30 18:20", "shirley.baxter@example.com", "Shirley Baxter", "Complaint - how my report was handled", """
        To whoever deals with complaints,

        I reported the group of lads who throw things at my windows in August, by text as I am Deaf. Nobody
        texted back for five weeks. Then your officer RANG me, three times, even though it says on my file text
        only. When he finally texted he asked me to "call him to discuss". I can't. Meanwhile the windows have
        been hit four more times.

        I want this treated as a formal complaint. I also want a named person who will text me.

        Shirley Baxter, 52 Hollin Park Road
    """),
     R("C300039", "complaint", None, "complaint|text|deaf",
       "Known e-mail; formal complaint about how an ASB report was handled (ignoring her text-only need) -> "
       "complaint, kept sensitive (asb accepted).", ASBC, True)),

    (sms_in("11-02 11:05", "+447700900349", """
        Your officer knocked at flat 16 yesterday and told him "a neighbour" had raised concerns. There's only me
        and him on that end of the landing. He's been stood outside my door since. I was promised my name
        wouldn't come into it. I want to complain. Sandra flat 6
    """),
     R("C300049", "complaint", None, "officer|neighbour|complain",
       "Known mobile; complaint that an officer's visit effectively identified her as the reporter, now being "
       "intimidated -> complaint about case handling, kept sensitive (safeguarding/asb accepted).",
       {"category": ["safeguarding", "asb"]}, True)),

    (email_in("10-12 09:05", "pcso.4471@westyorks-police.example.org", "PCSO 4471 Ward", "FW: Flat 16 Ashgrove Court - partnership meeting", """
        Morning,

        Forwarding the note below from our neighbourhood sergeant. We'd like a Fairholme rep at the partnership
        meeting on Thursday about Flat 16. Intelligence suggests the tenant, a young man recently bereaved, is
        being used by a group from outside the area. He's been seen sleeping in the stairwell while his flat is
        busy. We are considering a partial closure order but want to protect him, not evict him.

        PCSO 4471 Ward, Leeds North West NPT

        From: PS 1123 Moran
        Sent: 09 October 2026 17:40
        To: PCSO 4471 Ward
        Subject: Flat 16 Ashgrove Court

        Can you get housing round the table? Third stop-search near the block this week, and neighbours say the
        lad who lives there is never in his own flat.
    """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "flat 16|closure|bereaved",
       "Police (professional) forwarding with quoted history about a tenant (Flat 16 Ashgrove = C300050) -> "
       "review, record accepted; a bereaved young man whose flat is taken over -> cuckooing -> safeguarding (asb "
       "accepted).", M(ALT("C300050"), ASBC))),

    (email_in("10-16 16:45", "r.osullivan@leeds-csc.example.org", "Ruth O'Sullivan (Social Worker)", "RE: 31 Thornhill Gardens - core group", """
        Dear Housing Officer,

        Further to my email below, the children at 31 Thornhill Gardens are now subject to a child protection plan
        under the category of neglect. Could you let me know whether there are any outstanding repairs or rent
        issues that could affect the family, and whether your officer could join the core group on 4 November?

        Ruth O'Sullivan, Children's Social Work Service

        From: Ruth O'Sullivan
        Sent: 30 September 2026 11:20
        To: Fairholme Safeguarding
        Subject: 31 Thornhill Gardens

        I am the allocated social worker for the family at 31 Thornhill Gardens. Please can you share a contact
        for the housing officer.
    """, to=SAFEGUARDING_BOX),
     V("safeguarding", None, "child protection|neglect|core group",
       "Social worker (professional) about a household (31 Thornhill Gardens = C300031) -> review, record accepted; "
       "child protection plan for neglect -> safeguarding.", ALT("C300031"))),

    (email_in("10-20 13:10", "practice.nurse@moorside-surgery.example.org", "Moorside Surgery - Practice Nurse", "Patient at Flat 11 Foundry Walk", """
        Dear Fairholme Homes,

        With the patient's verbal consent I am letting you know that she attended today accompanied by a partner
        who insisted on staying in the room and answered for her. She was able to tell me privately that she
        cannot go anywhere without him, that he holds her medication and her bank card, and that she would like to
        talk to her landlord about her options. She asked that nothing is sent to the flat.

        She will call in to your Sheffield office on Friday at 10:30 when he is at work.

        Practice Nurse, Moorside Surgery
    """),
     V("safeguarding", None, "partner|medication|card",
       "Practice nurse (professional) about a patient at Flat 11 Foundry Walk (= C300034) with consent -> review, "
       "record accepted; partner controlling her medication, money and movement -> coercive control -> "
       "safeguarding.", ALT("C300034"))),

    (letter("10-21 09:00", {"name": "H. Birkett"}, """
        3 Thornhill Gardens
        Leeds LS12 5EW

        Dear Sirs,

        I am writing to ask you to send any letters about my house to a young man called Lee who is a friend from
        the chapel. He has been very helpful and has a key now so he can let himself in as my legs are poor. He
        has asked me to sign something for the bank which I have not done yet as I could not read it.

        He says I must not ring you as it will only confuse things.

        Yours faithfully,
        H. Birkett
    """),
     R("C300045", "safeguarding", None, "key|bank|sign",
       "Letter with name + address -> C300045 (review accepted); a 'friend' with a key pressing an older man to "
       "sign bank papers and redirect his post, telling him not to ring the landlord -> financial exploitation "
       "told gratefully -> safeguarding (general accepted, still sensitive).", M(REVOK, GENC))),

    (visit("10-22 11:45", {"name": "Housing officer (R. Ibbotson)"}, cust("C300050"), "door_knock", "attended", """
        Welfare door-knock Flat 16 Ashgrove. Door opened by an unknown male (20s), who called Jamie from the
        bedroom. Five mobile phones charging on the kitchen table, digital scales, strong cannabis smell. Jamie
        thin, unshaven, said "they're my mates, they're looking after me". Could not speak alone. Left my direct
        number in his coat pocket. Partnership meeting Thursday.
    """),
     R("C300050", "safeguarding", None, "mates|phones|thin",
       "Officer's door-knock note; a vulnerable tenant whose flat is occupied by others with signs of dealing -> "
       "cuckooing -> safeguarding (asb accepted).", ASBC)),

    (ig_in("10-24 21:05", "@maddie.x.rose", "Maddie", """
        my little sister is 14 and she keeps going to a flat at calder court where these older lads live (like 19
        20). she comes back with vapes and money and she wont say what for. mum doesnt believe me. which flat is
        it i dont know, top floor at the end. please do something
    """),
     V("safeguarding", None, "sister|14|older",
       "Instagram handle only -> review; a 14-year-old going to older men's flat and returning with money and vapes "
       "-> possible child sexual or criminal exploitation -> safeguarding.")),

    (sms_in("10-25 20:30", U11(16), """
        the man at flat 2 calder court hits his dog and i heard him slap his missus thru the wall tonight, she was
        crying saying sorry sorry. im not giving my name
    """),
     A("safeguarding", None, "slap|wife|dog",
       "Unknown mobile, 'I'm not giving my name' -> anonymous (review accepted); domestic abuse heard through the "
       "wall -> safeguarding (asb accepted).", M(REVIEWOK, ASBC))),

    (call_in("10-27 11:30", "+447700900357", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hiya, it's Tracey, flat 9 Calder Court. I want to ring about the lady in flat 7, Mrs Kaye. She's got dementia I think. She was in the car park at half one this morning in her nightie, barefoot, trying to get in cars. And her son, when he came to get her, he was screaming at her, calling her a stupid old cow, and he shoved her in the back door.
        Agent: Thank you Tracey. Is she safe now?
        Caller: She's in. He's in with her. Look, don't let on it was me. He's got a right temper and I'm on my own with my daughter.
        Agent: I won't share your name. I'll pass this on to the right team today.
    """, dur=169),
     A("safeguarding", None, "dementia|son|night",
       "Known mobile, 'don't let on it was me' -> anonymous (record accepted); an older woman with dementia "
       "wandering at night and abused by her son -> safeguarding.", RECOK("C300057"))),

    (email_in("10-28 08:05", "imran.siddiqui@example.org", "Imran Siddiqui", "Can this stay between us", """
        Hi,

        Can this stay between us? The BMW that parks across the two disabled bays by the Ashgrove bin store most
        nights is dealing. I've watched the same routine for a fortnight: kids from the flats go up to the
        passenger window, hand over cash, walk off. One of them can't be older than 13. The driver's got a big dog
        in the back.

        I work shifts and my car's right there. I'd rather nobody knew it came from me.

        Imran
    """),
     A("asb", None, "car|dealing|bays",
       "Known e-mail, 'can this stay between us... nobody knew it came from me' -> anonymous (record accepted); "
       "dealing from a car to children -> asb (safeguarding accepted).", M(RECOK("C300009"), SAFE))),

    (letter("10-29 09:00", {"name": "(bez podpisu)"}, """
        Szanowni Państwo,

        Piszę w sprawie chłopca z domu obok nas przy Hollin Park Road. Ma może 10 lat. Od dwóch tygodni widzę go
        w ogrodzie wieczorem, w samej koszulce, pukającego do drzwi, których nikt nie otwiera. Ostatnio spał w
        szopie. Nikt nie może wiedzieć, że to ja napisałam. Jestem starsza i sama.

        Sąsiadka
    """),
     A("safeguarding", None, "boy|shed|door",
       "Unsigned Polish letter: 'about the boy from the house next to us on Hollin Park Road, maybe 10. For two weeks "
       "I've seen him in the garden in the evening in just a T-shirt, knocking at a door nobody opens. Recently he "
       "slept in the shed. Nobody must know I wrote. I'm older and alone.' Anonymity asked -> anonymous (review "
       "accepted); a child shut out of home -> safeguarding.", REVIEWOK)),

    (call_in("10-30 17:55", "+447700900309", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Yeah hi. Quick one. The flat at the end of the third floor at Ashgrove, the one with the blacked-out window. There's a girl there, can't be more than fifteen, different older blokes turning up for her every night. She looked off her head on the stairs yesterday.
        Agent: Thank you. Can I take your name?
        Caller: I never rang you, right? I mean it. I've got kids.
        Agent: Understood. I won't record your name. I'll pass it to the police and our specialist team today.
    """, dur=98),
     A("safeguarding", None, "girl|men|flat",
       "Known mobile (Imran) but 'I never rang you, right?' -> anonymous (record accepted); a teenage girl visited by "
       "older men at night -> suspected child sexual exploitation -> safeguarding.", RECOK("C300009"))),

    (wa_in("10-31 13:10", W11(17), "", """
        Përshëndetje. Jetoj në Foundry Walk. Disa djem të rinj kanë zënë shkallët e katit të katërt, pinë dhe
        tymosin, dhe mbrëmë më kërcënuan që do ma djegin derën nëse thërras policinë. Ju lutem mos e përmendni
        emrin tim askund.
    """),
     A("asb", None, "stairs|threat|door",
       "Albanian: 'I live at Foundry Walk. Some young men have taken over the 4th-floor stairs, drinking and smoking, "
       "and last night they threatened to burn my door if I call the police. Please don't mention my name "
       "anywhere.' Unknown number, anonymity asked -> anonymous (review accepted); intimidation and threats -> "
       "asb.", REVIEWOK)),

    (sms_in("11-01 16:20", U11(18), """
        Laba diena. Kaimyno šuo iš 5 namo Weavers Row vakar įkando mano sūnui, o kaimynas juokėsi ir pasakė, kad
        kitą kartą bus blogiau. Prašau neminėkite mano vardo.
    """),
     A("asb", None, "dog|son|neighbour",
       "Lithuanian: 'yesterday the neighbour's dog from no. 5 Weavers Row bit my son, and the neighbour laughed and "
       "said next time will be worse. Please don't mention my name.' Unknown mobile, anonymity asked -> anonymous "
       "(review accepted); a dog used against a child with a threat -> asb.", REVIEWOK)),

    (email_in("11-03 10:30", "cllr.haigh@leeds-council.example.org", "Cllr Janet Haigh", "RE: Casework - Mr Okafor, 11 Hollin Park Road", """
        Dear Fairholme,

        I am chasing on behalf of my constituent Mr Daniel Okafor, 11 Hollin Park Road, who first reported
        cannabis smoke and a threat from his downstairs neighbour on 10 October. He tells me nobody has been in
        touch and that the threats have now been repeated to his wife. Could you let me know what action is
        planned?

        Cllr Janet Haigh, Roundhay Ward

        From: Daniel Okafor
        Sent: 01 November 2026 19:12
        To: Cllr Janet Haigh
        Subject: Help please
        > Three weeks since I reported it and nothing. He said to my wife "tell your husband to keep his mouth shut".
    """, to=ASB_BOX),
     R("C300002", "asb", None, "councillor|threat|cannabis",
       "Councillor acting for a named constituent with his address -> record against Mr Okafor (review accepted); "
       "unresolved cannabis smoke and repeated threats -> asb (complaint accepted, still sensitive).",
       M(REVOK, CMP))),

    (visit("10-09 09:30", {"name": "Housing officer (R. Ibbotson) with police"}, cust("C300040"), "door_knock", "attended", """
        Welfare check after Mr Pritchard's e-mail to the tenancy team last night. No answer;
        police forced entry 09:40. Mr Pritchard found conscious but drowsy, empty medication packets. Ambulance
        took him to the LGI. Door secured with temporary lock; dog with sister. Mental health team informed.
    """),
     R("C300040", "safeguarding", None, "welfare|police|ambulance",
       "Officer's welfare visit note; forced entry, tenant found after an apparent overdose and taken to hospital "
       "-> safeguarding (the immediate danger is over: hazard null, emergency accepted).", EMG)),

    (call_in("11-06 12:10", "+447700900313", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, Victoria Pemberton, 14 Moorside. Just a quick one about the direct debit, I've opened my own account and I want the rent to come out of that now.
        Agent: Lovely, I can set that up. Sort code?
        Caller: I'll read it out... [details given]. Oh, and while I've got you. The lady upstairs from me in the flats behind, I hear her crying every night and him shouting "you're nothing, you're nothing" and then a thud. Last night she was on the balcony in the rain for an hour, he'd locked her out. I don't know her name.
        Agent: Thank you for telling us. Do you know which flat?
        Caller: Second floor, end one, the balcony with the red chair.
        Agent: I'll pass that on to the right people. And your direct debit's set up from the first.
    """, dur=245),
     R("C300013", "safeguarding", None, "crying|shouting|locked out",
       "Known mobile; a direct-debit call that ends with a report of a neighbour being shouted at, hit and locked "
       "out by her partner, no anonymity asked -> record against the reporter; safeguarding (rent accepted for "
       "the direct debit, still sensitive).", RENT)),

    (chat("11-07 10:15", {"email": "tomasz.nowak@example.net", "name": "Tomasz"}, """
        Visitor: hi, following up my telegram. the social worker came and mum's getting carers 3x a day from monday. thank you for pushing it
        Agent (Marek): That's good news, Tomasz. How are you doing?
        Visitor: better. sleeping. I haven't lost it with her since. I still feel sick about it. can I have the number for the carers' support group you mentioned
        Agent (Marek): Of course, I'll email it now.
    """),
     R("C300038", "safeguarding", None, "carers|mum|support",
       "Chat with his own e-mail; follow-up to a carer-strain disclosure (he had hurt his mother), care package now "
       "in place -> part of the safeguarding case -> safeguarding (general accepted, still sensitive).", GENC)),
]

# ============================================================================================
# N1. Hard negatives: illness, disability, age, bereavement and mental health in ordinary requests
# ============================================================================================
ITEMS += [
    (call_in("10-01 14:20", "+441632960342", """
        Agent: Fairholme Homes, Income team, Sam speaking.
        Caller: Hello, it's Keith Barraclough, 6 Weavers Row. I've had a letter about arrears. I've been in the LGI three weeks with my heart, they put a stent in, and the pension went in the bank but I wasn't there to pay you.
        Agent: Sorry to hear that, Keith. I hope you're feeling better. It's £246 at the moment.
        Caller: I can pay £100 now on the card and then an extra £20 a week till it's cleared, if that's alright.
        Agent: That's fine, I'll set that up and put a note on the account that it was a hospital stay.
    """, dur=188),
     R("C300042", "rent", None, "arrears|hospital|£20",
       "Known landline; arrears from a hospital stay with a repayment plan -> rent. Illness is the reason, not a "
       "concern: not sensitive.")),

    (email_in("11-02 10:30", "mhirst.family@example.net", "Martin Hirst", "My mother's tenancy - 5 Hollin Park Road", """
        Dear Sir/Madam,

        I'm sorry to tell you that my mother, Mrs Doreen Hirst, tenant of 5 Hollin Park Road, died on 24
        September. I have lived with her at the address for the last twelve years, since my divorce, and was her
        carer. I'd like to know whether I can take over the tenancy, and what you need from me. I have the death
        certificate and can bring proof of my address.

        Kind regards,
        Martin Hirst
    """, to=TENANCY_BOX),
     V("tenancy", None, "succession|died|tenancy",
       "Unknown e-mail, the deceased tenant is not in the directory -> review; a bereaved son asking to succeed to "
       "the tenancy -> tenancy, not sensitive.")),

    (call_in("10-03 15:35", "+447700900315", """
        Agent: Fairholme Homes, Lettings, Jo speaking.
        Caller: Hello, John Smith, 22 Weavers Row. Since my wife passed in the spring I'm rattling round in a three-bed on my own, and with my knees the stairs are getting hard. Is there any chance of a bungalow? I'd give up the garden, no problem.
        Agent: I'm sorry about your wife, John. You'd be a priority for downsizing, and there's a payment to help with the move. I'll post you the form.
        Caller: Smashing. Large-ish print if you can, my eyes aren't great either.
    """, dur=142),
     R("C300015", "lettings", None, "bungalow|downsiz|move",
       "Weavers Row John Smith's own mobile -> C300015; a widower downsizing -> lettings, not sensitive.", TENC)),

    (wa_in("10-04 11:10", "447700900310", "Hodan", """
        Salaan. Daryeelayaal ayaa bilaabaya inay iga caawiyaan subax iyo fiid laga bilaabo Isniinta, sababtoo ah
        MS-kayga. Waxay u baahan yihiin sanduuqa furaha (key safe) albaabka hore. Ma idin saaraa, mise anigaa
        iibsanaya? Hodan, Flat 12 Ashgrove
    """),
     R("C300010", "tenancy", None, "key safe|carers",
       "Somali: 'carers are starting to help me morning and evening from Monday because of my MS. They need a key "
       "safe by the front door. Do you fit it or do I buy it?' Known number -> permission/fitting for a key safe -> "
       "tenancy (repairs accepted), not sensitive.", REPC)),

    (email_in("10-05 19:05", "paul.greenwood@example.com", "Paul Greenwood", "Rail and ramp for my partner", """
        Hi,

        My partner Jan is disabled (MS, uses a stick indoors and a wheelchair outside). The OT came last week and
        recommended a second stair rail on the left-hand side and a ramp at the back door so she can get the
        chair into the garden. The OT said she'd send you the referral but I wanted to make sure it's in.

        Thanks,
        Paul, 2 Beckside Mews
    """),
     R("C300026", "repairs", None, "rail|ramp|ot",
       "Known e-mail; adaptations for a disabled partner -> repairs, not sensitive.", TENC)),

    (tg_in("10-06 09:30", "6230118845", "Andrei", """
        Hello, Andrei Popescu 21 Moorside. I have anxiety and phone calls are very hard for me. Can you please
        send the gas safety appointment to me here on Telegram, not call? Any weekday is ok. Thank you
    """),
     R("C300014", "repairs", None, "gas|appointment|telegram",
       "Linked Telegram id; a contact preference due to anxiety for a gas-safety appointment -> repairs, not "
       "sensitive.", GENC)),

    (sms_in("10-07 08:20", "+447700900324", """
        Hi its ryan 9 beckside. Been signed off work with depression since august and only getting SSP now. Can
        we drop the rent payments a bit for a couple of months or is there any help? Back at work in Dec hopefully
    """),
     R("C300024", "rent", None, "ssp|rent|payment",
       "Ryan's own mobile -> C300024; reduced income during sick leave, asking about payment help -> rent. "
       "Depression mentioned as the reason, no risk: not sensitive.")),

    (letter("10-08 09:00", {"name": "Karen Dawson (daughter of Mrs E. Dawson)"}, """
        25 Thornhill Gardens
        Leeds LS12 5EW

        Dear Fairholme,

        My mother Eileen Dawson will be 90 on the 20th. Could her gas safety check please be booked on a Tuesday
        or Thursday morning, when I am with her? She gets confused with callers she does not know and it is on her
        file that I should be present at visits.

        Thank you,
        Karen Dawson
    """),
     R("C300030", "repairs", None, "gas|tuesday|thursday",
       "Letter from the tenant's daughter about her mother's appointment, per the recorded communication need -> "
       "record against Mrs Dawson (review accepted); gas check booking -> repairs, not sensitive.", REVOK)),

    (email_in("10-09 11:45", "sue.lumb@example.com", "Sue Lumb", "Power of attorney - Patricia Lumb, 3 Weavers Row", """
        Hello,

        I now hold a registered Lasting Power of Attorney (property and financial affairs) for my mother, Patricia
        Lumb, 3 Weavers Row, BD3 9PL. Her memory has been declining and she has agreed I should deal with her
        rent and post. I attach a certified copy. Could you add me as her representative and send copies of her
        letters to me at this address?

        Sue Lumb
    """),
     R("C300016", "general", None, "power of attorney|letters",
       "Daughter with a registered LPA for the named tenant -> record against Mrs Lumb (review accepted); adding a "
       "representative -> general (rent/tenancy accepted), not sensitive.",
       M(REVOK, {"category": ["rent", "tenancy"]}))),

    (email_in("10-10 13:20", "ot.discharge@leeds-hospitals.example.org", "Discharge OT - LGI Ward 12", "Discharge planning - Mrs Joyce Ramsden, Flat 1 Calder Court", """
        Dear Fairholme,

        Mrs Joyce Ramsden (Flat 1 Calder Court, WF1 3DX) is due for discharge on 21 October following a hip
        fracture. To get her home safely we'd be grateful for: (1) a second grab rail by the toilet, (2) the bath
        board removed and a shower stool supplied, (3) a key safe for her care agency. She is aware and agrees.

        Occupational Therapist, Ward 12, Leeds General Infirmary
    """),
     R("C300022", "repairs", None, "discharge|grab rail|key safe",
       "Hospital OT acting for a named tenant with her agreement -> record against Mrs Ramsden (review accepted); "
       "adaptations for discharge -> repairs, not sensitive.", REVOK)),

    (email_in("10-12 10:10", "christine.mellor@example.com", "Christine Mellor", "Bath to shower", """
        Good morning,

        I'm having chemotherapy at Weston Park and some weeks I'm very weak. Getting in and out of the bath has
        become frightening, I nearly went over on Saturday. Is there any chance of having the bath taken out and a
        walk-in shower put in? My consultant is happy to write a letter.

        Christine Mellor, 2 Moorside Crescent
    """),
     R("C300055", "repairs", None, "shower|bath|chemo",
       "Known e-mail; bath-to-shower adaptation for a tenant on chemotherapy -> repairs, not sensitive "
       "('frightening' is about the bath).", TENC)),

    (sms_in("10-13 09:05", "+447700900324", """
        morning, the joiner's booked for friday for the back door but its my dads funeral friday. can he come
        monday instead? cheers ryan
    """),
     R("C300024", "repairs", None, "joiner|funeral|monday",
       "Ryan's own mobile; rebooking a repair around a funeral -> repairs, not sensitive.")),

    (wa_in("10-14 16:40", "447700900351", "Yasmin", """
        Hi, my son is autistic and he runs off when he gets upset. There's a gap at the bottom of our back fence at
        36 Thornhill Gardens that he can squeeze through and it goes straight out onto the main road. Can someone
        fix it quickly please? I'm watching him every second.
    """),
     R("C300051", "repairs", None, "fence|gap|road",
       "Known number; a fence gap a child with autism can escape through to a main road -> repairs (urgent; "
       "emergency accepted), not sensitive.", EMG)),

    (sms_in("10-15 06:50", "+447700900353", """
        boilers dead, no heating or hot water since last nite, im 33 wks pregnant and freezing. can someone come
        today pls. lucy 44 hollin park rd
    """),
     R("C300053", "repairs", "emergency", "boiler|heating|pregnant",
       "Known mobile; no heating or hot water for a heavily pregnant tenant -> vulnerable household -> repairs, "
       "emergency. Not sensitive.")),

    (email_in("10-16 12:30", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Lift AGAIN", """
        Hello,

        The lift at Ashgrove Court has been out since Tuesday. I'm on the 3rd floor in a wheelchair. We're
        prisoners in our own home, me and the lady in flat 9 who's on oxygen. I've missed a hospital appointment.
        This is the third time since August. When is it going to be fixed properly?

        Lorraine Kettlewell, Flat 7
    """),
     R("C300008", "repairs", None, "lift|wheelchair|appointment",
       "Known e-mail; a broken lift trapping a wheelchair user ('prisoners' is a figure of speech) -> repairs "
       "(complaint accepted; emergency accepted for residents who cannot get out), not sensitive.", M(CMP, EMG))),

    (sms_in("10-17 19:30", "+447700900339", """
        The flashing light on my smoke alarm has stopped working, the one for Deaf people. I tested it today and
        nothing. I can't hear the beep so without the light I won't know if there's a fire. Shirley 52 Hollin Park
    """),
     R("C300039", "repairs", "emergency", "smoke alarm|light|deaf",
       "Known mobile; the visual smoke alarm of a Deaf tenant has failed -> fire-safety failure for a vulnerable "
       "tenant -> repairs, emergency (null accepted). Not sensitive.", NOHZ)),

    (call_in("10-30 10:50", "+441632960322", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hello, it's Joyce Ramsden, Flat 1 Calder Court. I'm partially sighted. Could the residents' newsletter come as an audio recording? My neighbour reads me the letters but not the newsletter.
        Agent: Yes, Joyce, we do an audio version. I'll put you on the list for that.
        Caller: Thank you, dear. And the hall light's lovely now.
    """, dur=85),
     R("C300022", "general", None, "audio|newsletter",
       "Known landline; an accessible-format request from a partially sighted tenant -> general, not sensitive.")),

    (wa_in("10-20 14:15", "447700900343", "Aisha", """
        Salaam, my husband died in Somalia last month. I need a rent statement from you in my name only for the
        housing benefit change and the bereavement support payment. Aisha Mohamud, 27 Weavers Row
    """),
     R("C300043", "rent", None, "statement|benefit",
       "Known number; a widow asking for a rent statement for benefit changes -> rent, not sensitive.", TENC)),

    (wa_in("10-21 10:35", "447700900352", "Bogdan", """
        Buna ziua. Am fost in spital doua saptamani dupa un accident la munca si n-am platit chiria in octombrie.
        Acum sunt acasa. Pot sa platesc in doua rate? Bogdan Ionescu, 19 Beckside
    """),
     R("C300052", "rent", None, "hospital|rent|instalments",
       "Romanian: 'I was in hospital for two weeks after an accident at work and didn't pay the October rent. I'm "
       "home now. Can I pay in two instalments?' Known number -> rent, not sensitive.")),

    (email_in("11-11 18:50", "kwame.mensah@example.com", "Kwame Mensah", "Transfer list", """
        Hi,

        After a rough couple of years with my mental health I'm doing much better now, working again and seeing
        the team monthly. I'd like to go on the transfer list for somewhere a bit quieter, ideally near my
        sister in Armley. Could you send me the form? A one-bed would do.

        Kwame
    """),
     R("C300029", "lettings", None, "transfer|form|one-bed",
       "Known e-mail; a transfer request from a tenant whose mental health has improved -> lettings, not "
       "sensitive.")),

    (ig_in("10-23 12:05", "@priya.c.sheff", "Priya Chauhan", """
        Hi, Priya Chauhan 17 Moorside Crescent. My dad's moving in with us and he's got a blue badge. Can we get a
        disabled bay marked outside the house? The street's always full.
    """),
     R("C300047", "estate", None, "blue badge|bay|parking",
       "Instagram, unlinked handle but name + address -> C300047 (review accepted); a disabled parking bay -> "
       "estate, not sensitive.", REVOK)),

    (letter("10-24 09:00", {"name": "R. Illingworth"}, """
        15 Beckside Mews
        Bradford BD4 7HA

        Dear Sir,

        I had a tumble getting out of the bath last week. Nothing broken, just my pride, but the lady from the
        occupational therapy says I should have two rails by the bath and one by the front step. She is sending
        you a form. I am in most days.

        Yours faithfully,
        R. Illingworth
    """),
     R("C300058", "repairs", None, "rails|bath|step",
       "Letter with name + address -> C300058 (review accepted); grab rails after a fall -> repairs, not "
       "sensitive.", REVOK)),

    (letter("10-26 09:00", {"name": "Mrs M. Holroyd"}, """
        7 Hollin Park Road
        Leeds LS8 3QT

        Dear Sir,

        Since my husband died the garden has become too much for me. The grass is up to my knees and the hedge is
        over the path. My daughter says you have a garden scheme for older tenants. Could I please go on it?

        Yours faithfully,
        Margaret Holroyd (Mrs)
    """),
     R("C300001", "estate", None, "garden|hedge|scheme",
       "Letter with name + address -> C300001 (review accepted); assisted garden scheme for an older widow -> "
       "estate, not sensitive.", M(REVOK, TENC))),

    (call_in("10-27 14:40", "+441632960342", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Keith Barraclough, 6 Weavers Row. The wife's in hospital after a stroke, she's coming home in a fortnight. Can someone check the stairlift before then? It's been making a grinding noise.
        Agent: Of course, Keith. I hope she's doing well. I'll book the stairlift engineer for next week.
        Caller: Thanks. The OT's also talking about a bed downstairs, but that's their department.
    """, dur=96),
     R("C300042", "repairs", None, "stairlift|stroke|engineer",
       "Known landline; stairlift service before a spouse's hospital discharge -> repairs, not sensitive.")),

    (email_in("10-28 11:05", "grace.adeyemi@example.com", "Grace Adeyemi", "Hoist service", """
        Hello,

        My daughter Tobi has cerebral palsy and uses the ceiling track hoist in her bedroom. The service sticker
        says it was due in September. Could you book the six-monthly service please? Any weekday after 4pm.

        Thanks, Grace (Flat 2 Foundry Walk)
    """),
     R("C300036", "repairs", None, "hoist|service",
       "Known e-mail; servicing a child's ceiling hoist -> repairs, not sensitive.")),

    (wa_in("10-29 09:25", "447700900332", "Zofia", """
        Dzień dobry. Moja mama przeprowadza się do mnie z Polski, żeby się mną opiekować po operacji kręgosłupa.
        Czy muszę ją zgłosić jako członka gospodarstwa domowego? Zofia Kamińska, Foundry Walk 5
    """),
     R("C300032", "tenancy", None, "mother|household|carer",
       "Polish: 'my mother is moving in from Poland to look after me after my spine operation. Do I need to add her "
       "as a household member?' Known number -> tenancy, not sensitive.")),

    (wa_in("10-30 12:15", "447700900309", "Imran", """
        Salam. Abbu hospital mein hain do hafte se, main unke saath raat ko rehta hoon, is liye rent ka direct debit
        miss ho gaya. Kal tak pay kar doon ga online. Late fee to nahi lagegi? Imran, Flat 9 Ashgrove
    """),
     R("C300009", "rent", None, "rent|direct debit|hospital",
       "Roman Urdu: 'Dad has been in hospital for two weeks, I stay with him at night, so the rent direct debit was "
       "missed. I'll pay online by tomorrow. There won't be a late fee?' Known number -> rent, not sensitive.")),

    (wa_in("11-02 13:30", "447700900356", "Ahmed", """
        السلام عليكم. ابني يستعمل كرسياً متحركاً منذ الحادث، ونحتاج منحدراً عند الباب الأمامي بدل الدرجتين.
        المعالجة المهنية قالت إنها أرسلت لكم الطلب. أحمد فاروق، 50 ويفرز رو
    """),
     R("C300056", "repairs", None, "ramp|wheelchair|door",
       "Arabic: 'my son has used a wheelchair since the accident and we need a ramp at the front door instead of "
       "the two steps; the OT says she sent you the request.' Known number -> adaptation -> repairs, not "
       "sensitive.", TENC)),

    (wa_in("11-03 10:05", "447700900333", "Hassan", """
        Salaan. Ballan gaaska sanadlaha ah ayaa la ii qabtay 10ka November. Fadlan turjubaan Soomaali ah la keena,
        xaaskeyga ayaa guriga joogta oo Ingiriisi ma taqaan. Hassan, Flat 8 Foundry Walk
    """),
     R("C300033", "repairs", None, "gas|interpreter",
       "Somali: 'my annual gas check is booked for 10 November. Please bring a Somali interpreter, my wife will be "
       "home and doesn't speak English.' Known number -> repairs, not sensitive.")),

    (tg_in("11-04 18:20", "6230118845", "Andrei", """
        Bună seara. Mama mea, care locuia cu mine la 21 Moorside Crescent, a murit pe 20 octombrie. Vă rog să o
        scoateți din lista persoanelor din gospodărie. Trebuie să fac ceva pentru chirie? Andrei Popescu
    """),
     R("C300014", "tenancy", None, "mother|household|died",
       "Romanian: 'my mother, who lived with me at 21 Moorside Crescent, died on 20 October. Please remove her from "
       "the household list. Do I need to do anything about the rent?' Linked Telegram id -> tenancy (rent "
       "accepted), not sensitive.", RENT)),

    (wa_in("11-05 15:45", W11(19), "Iryna", """
        Добрий день. Ми родина з Харкова, зараз живемо у спонсорів у Лідсі, але програма закінчується в грудні.
        Нас троє: я, чоловік і донька 7 років. Як подати заявку на соціальне житло у вас?
    """),
     V("lettings", None, "apply|housing|family",
       "Ukrainian: 'we're a family from Kharkiv living with sponsors in Leeds, but the scheme ends in December. "
       "There are three of us. How do we apply for social housing with you?' Unknown number -> review; housing "
       "application -> lettings, not sensitive.")),

    (sms_in("11-06 11:15", U11(20), """
        ሰላም። ኣብ ፎውንድሪ ዎክ ቁጽሪ 19 እየ ዝቕመጥ። መስኮት መደቀሲ ተሰይሩ፣ ንፋስ ይኣቱ። በጃኹም ጽገና ስደዱ።
    """),
     V("repairs", None, "window|bedroom",
       "Tigrinya: 'I live at Foundry Walk number 19. The bedroom window is broken and the wind comes in. Please send "
       "a repair.' Unknown mobile, flat not in the directory -> review; repairs, not sensitive.")),

    (tg_in("11-07 12:40", "5588120071", "", """
        سلام. دیوار اتاق خواب بچه‌ها پر از کپک سیاه شده و بوی نم می‌ده. پسرم آسم داره. آدرس: Flat 18, Calder Court.
    """),
     V("damp_mould", "damp_mould", "mould|bedroom|asthma",
       "Farsi: 'the children's bedroom wall is covered in black mould and smells damp. My son has asthma. Flat 18 "
       "Calder Court.' Unlinked Telegram id, flat not in the directory -> review; live mould with a child's asthma "
       "-> damp_mould. Not sensitive.")),
]

# ============================================================================================
# N2. Hard negatives sharing the words: killed power, a dead boiler, "I'll murder him", lads on the
#     landing who turn out to be fitters, cars stopping for the school run, smells through vents that are
#     drains, fireworks displays, filming for a damp survey, hoardings, "I won't be here Thursday"
# ============================================================================================
ITEMS += [
    (call_in("10-02 18:05", "+447700900329", """
        Agent: Fairholme out of hours, Bilal speaking.
        Caller: Hi, Kwame Mensah, 18 Thornhill Gardens. The double socket behind the fridge started sparking and there's a black scorch mark up the wall. I've killed the power at the fuse box, the whole kitchen circuit.
        Agent: Good call. Any smell of burning now?
        Caller: Bit of a smell, but nothing's alight. Fridge is off though, with all the food in.
        Agent: Leave that circuit off. I'm sending an emergency electrician tonight.
    """, to=OOH, dur=121),
     R("C300029", "repairs", "emergency", "socket|sparking|fuse",
       "Known mobile; a sparking, scorched socket, power isolated -> electrical danger until made safe -> repairs, "
       "emergency (null accepted). 'Killed the power' is electrical, nothing sensitive.", NOHZ)),

    (sms_in("10-06 07:15", "+447700900302", """
        boilers dead again. no heating since sat. the kids are driving me mad with the cold, theyre sleeping in
        our bed in their coats lol. can u send someone today. daniel 11 hollin pk
    """),
     R("C300002", "repairs", "emergency", "boiler|heating|kids",
       "Known mobile; boiler failure with young children in October -> repairs, emergency (null accepted). 'Driving "
       "me mad' and 'lol' are exasperation, not a concern.", NOHZ)),

    (tg_in("10-08 14:50", "4409987612", "Kwame", """
        Third no-show from the plumber. Third day off work. I swear I could murder that man. Can someone who
        actually turns up come and fix the leaking bath trap please. And I want this logged as a complaint.
    """),
     R("C300029", "complaint", None, "plumber|no-show|complaint",
       "Linked Telegram id; a formal complaint about repeated missed appointments; 'I could murder that man' is an "
       "idiom -> complaint (repairs accepted), not sensitive.", REPC)),

    (chat("10-09 12:10", {"email": "beth.cole@example.com", "name": "Beth"}, """
        Visitor: this damp is killing me. black mould all round the bedroom window and on the back of the wardrobe, ive bleached it twice, its back in a week
        Agent (Hannah): Sorry Beth. Is anyone in the flat affected health-wise?
        Visitor: I've had a chest infection since september. flat 3 calder court
        Agent (Hannah): I'm booking a damp and mould survey and I'll flag the chest infection.
    """),
     R("C300020", "damp_mould", "damp_mould", "mould|bedroom|window",
       "Chat with her own e-mail; live black mould with a health effect -> damp_mould ('killing me' is a figure of "
       "speech), not sensitive.")),

    (sms_in("10-10 10:25", "+447700900360", """
        water coming through the kitchen ceiling from the bathroom above, drip drip onto the brand new carpet.
        my girlfriend will actually kill me if it's ruined (joking). can someone come today? marcus 12 thornhill
    """),
     R("C300060", "repairs", None, "leak|ceiling|carpet",
       "Known mobile; a dripping ceiling leak -> repairs; 'she'll kill me (joking)' is an idiom. Drip, not a flood: "
       "hazard null (emergency accepted).", EMG)),

    (email_in("10-11 09:30", "connor.walsh@example.net", "Connor Walsh", "Your threatening letter", """
        Hi,

        I got a pretty threatening letter on Friday saying you'd start court action over £38.50. I paid the full
        balance on the 2nd by card (ref 88371), which is before the letter was even dated. Can you check your
        records, confirm the account is clear, and maybe tone the letters down a bit?

        Connor, 33 Moorside Crescent
    """, to=RENT_BOX),
     R("C300048", "rent", None, "letter|paid|court",
       "Known e-mail; a 'threatening' arrears letter sent in error -> rent (complaint accepted), not sensitive.", CMP)),

    (call_in("10-12 16:30", "+447700900346", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: John Smith, flat 14 Calder Court. The lads on the landing today, before you panic, it's your lot, the window fitters. They've gone home and left a pile of broken glass and a Stanley knife on the stairs outside my flat. There's kids in this block.
        Agent: Oh no, sorry John. I'll get the contractor back to clear it within the hour.
        Caller: Cheers. And tell them to take their van out of the disabled bay.
    """, dur=104),
     R("C300046", "repairs", None, "fitters|glass|stairs",
       "Known mobile; contractors' broken glass and a blade left on the stairs -> repairs (complaint accepted). 'The "
       "lads on the landing' are window fitters, nothing sensitive.", CMP)),

    (email_in("10-13 08:45", "karen.whitaker@example.org", "Karen Whitaker", "Cars on Hollin Park Road", """
        Morning,

        Every school day from 8.30 to 8.50 and again at 3.15, cars pull up across the dropped kerbs on Hollin Park
        Road for two minutes to drop the kids off at St Anne's, engines running, and I can't get my car off the
        drive. It's the same at pick-up. Could you put "keep clear" markings on the dropped kerbs or have a word
        with the school?

        Karen, 23 Hollin Park Road
    """),
     R("C300004", "estate", None, "school|drive|kerb",
       "Karen's own e-mail -> C300004; school-run parking across driveways -> estate. 'Cars pulling up for two "
       "minutes' here is the school run, not dealing: not sensitive.", ASBS)),

    (tg_in("11-06 11:05", "7781200943", "Stuart", """
        Horrible smell coming up through the bathroom vent and the sink, like rotten eggs / drains. Worse in the
        mornings. Flat 6 Calder Court. Could someone check the soil stack? Neighbours upstairs say they've got it too
    """),
     R("C300021", "repairs", None, "smell|drain|vent",
       "Linked Telegram id; a drain smell through the vent -> repairs, not sensitive.")),

    (fb_in("10-15 19:40", FB11(7), "Leanne Firth", """
        Hi is the fireworks display on the green at Thornhill Gardens on the 5th organised by you lot? Just wanted
        to know what time it starts and if I need to book for the kids. Leanne, 10 Thornhill Gardens
    """),
     R("C300028", "general", None, "fireworks|display|green",
       "Facebook DM, unlinked profile but name + address -> C300028 (review accepted); a question about an "
       "organised fireworks display -> general (estate accepted), not sensitive.", M(REVOK, ESTC))),

    (call_in("10-16 10:15", "+441632960342", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Keith Barraclough, 6 Weavers Row. My grandson's football's gone through the kitchen window. Entirely his fault, his mum's paying, I just need a glazier that's allowed to touch your windows.
        Agent: No problem, Keith. It'll be a rechargeable repair, I'll book the glazier and send the bill to you.
        Caller: Send it to our Kerry, she's paying. Ha.
    """, dur=84),
     R("C300042", "repairs", None, "window|football|glazier",
       "Known landline; a window broken by his own grandson's football, rechargeable -> repairs, not ASB.")),

    (email_in("10-17 14:30", "sam.osei@example.net", "Samuel Osei", "Why was I filmed?", """
        Hi,

        The damp surveyor who came on Wednesday filmed all round my flat on his phone, including my bedroom and
        my daughter's room, without really saying why. Can you tell me what the video is for, who sees it and how
        long you keep it? I'm not accusing anyone, I'd just like to know.

        Sam Osei, flat 4 Ashgrove
    """),
     R("C300007", "general", None, "video|surveyor|filmed",
       "Known e-mail; a data question about a damp surveyor's video -> general (complaint accepted), not "
       "sensitive.", CMP)),

    (ig_in("11-10 13:20", "@hollinpark_walker", "", """
        can someone sort the dog muck on the path behind hollin park road, its everywhere, my kids trod in it on
        the way to school. a bin would help
    """),
     V("estate", None, "dog|path|bin",
       "Instagram handle only -> review; dog fouling on a path -> estate, not sensitive (asb accepted).", ASBS)),

    (letter("10-19 09:00", {"name": "Mrs C. Mellor"}, """
        2 Moorside Crescent
        Sheffield S6 4RB

        Dear Sirs,

        The wooden hoarding round the building site at the top of the crescent blew over in Sunday's wind and is
        lying across the footpath. People with pushchairs are walking in the road. Please have it put back up.

        Yours faithfully,
        Christine Mellor
    """),
     R("C300055", "estate", None, "hoarding|footpath|wind",
       "Letter with name + address -> C300055 (review accepted); a fallen site hoarding across a footpath -> "
       "estate. 'Hoarding' is a fence, not self-neglect.", REVOK)),

    (sms_in("10-20 13:40", "+447700900329", """
        no point fixing the fence panels till the storm's passed, theyll just blow down again. can you rebook for
        next week? kwame 18 thornhill
    """),
     R("C300029", "repairs", None, "fence|storm|rebook",
       "Known mobile; rebooking a fence repair after a storm. 'No point fixing it' is about the weather, not "
       "hopelessness: not sensitive.")),

    (email_in("10-21 09:10", "priya.chauhan@example.com", "Priya Chauhan", "Gas service Thursday", """
        Hi,

        I won't be here on Thursday, I'm at my sister's in Derby for half term. Could the gas service be moved to
        Monday 2 November or any day that week?

        Thanks, Priya, 17 Moorside Crescent
    """),
     R("C300047", "repairs", None, "gas|service|monday",
       "Known e-mail; 'I won't be here on Thursday' means she's away -> rebooking a gas service -> repairs, not "
       "sensitive.")),

    (call_in("10-22 11:25", "+441632960322", """
        Agent: Fairholme Homes, Income team, Sam speaking.
        Caller: Hello, it's Joyce Ramsden, Flat 1 Calder Court. My son Michael does my banking on the computer because of my eyes. He has my bank card, I gave it him, he's very good. I'd like the rent to come out of his account by direct debit from now on, he'll fill the form in.
        Agent: That's fine, Joyce. I'll send the form to Michael. Can I have his email?
        Caller: He'll ring you, dear. He's coming for his tea tonight.
    """, dur=132),
     R("C300022", "rent", None, "direct debit|son|form",
       "Known landline; a son with her card by consent setting up a direct debit for a partially sighted mother -> "
       "rent, not sensitive (a careful officer might check in: safeguarding accepted).", SAFES)),

    (letter("10-23 09:00", {"name": "Karen Dawson (daughter of Mrs E. Dawson)"}, """
        25 Thornhill Gardens
        Leeds LS12 5EW

        Dear Sir,

        Mum has had her hip replaced and is not allowed out of bed except to the commode for six weeks. Please can
        the window repair booked for 3 November be postponed until mid-December, and could any contact go through
        me.

        Yours faithfully,
        Karen Dawson
    """),
     R("C300030", "repairs", None, "window|hip|postpone",
       "Letter from the daughter for the named tenant -> record (review accepted); postponing a repair after a hip "
       "operation. 'Not allowed out of bed' is medical advice, not control: not sensitive.", REVOK)),

    (sms_in("10-24 16:15", "+447700900307", """
        the concrete step at the front of block A is broken, i went over on it last night carrying the shopping and
        my shins are black and blue. somebody else will break their neck. sam flat 4
    """),
     R("C300007", "repairs", None, "step|broken|bruis",
       "Known mobile; bruises from a broken communal step -> repairs (complaint accepted; emergency accepted for a "
       "trip hazard on the main entrance). Injury from disrepair, not harm by a person.", M(CMP, EMG))),

    (wa_in("10-25 11:50", "447700900306", "Agnieszka", """
        Dzień dobry. Dozorca trzyma klucze do śmietnika i zamyka go na weekend, a my nie mamy gdzie wyrzucić
        śmieci. Czy mogę dostać własny klucz? Agnieszka, mieszkanie 2 Ashgrove
    """),
     R("C300006", "estate", None, "bin store|key|caretaker",
       "Polish: 'the caretaker keeps the keys to the bin store and locks it for the weekend, and we have nowhere to "
       "put rubbish. Can I have my own key?' Known number -> estate. Someone 'keeping the keys' here is the "
       "caretaker: not sensitive.")),

    (call_in("10-26 17:40", "+447700900350", """
        Agent: Fairholme Homes, Dan speaking.
        Caller: Hiya, Jamie, flat 16 Ashgrove. The gas man came and put a sticker on my fire and capped it, said it's dangerous, not to use it. Is my flat safe? I've got no other heating in the front room.
        Agent: He's done exactly the right thing, Jamie, it's safe now it's capped. I'll order a replacement fire and get you an electric heater dropped off today.
        Caller: Oh brilliant, thanks.
    """, dur=110),
     R("C300050", "repairs", None, "gas fire|capped|heater",
       "Known mobile; a condemned gas fire already made safe, replacement and temporary heater -> repairs, hazard "
       "null (isolated; the boiler still heats the flat). 'Is my flat safe?' is about the appliance.")),

    (sms_in("10-27 08:40", "+447700900344", """
        hi, the baby next door cries a lot in the night, not complaining at all, theyre new parents and lovely,
        but is there anything that can be done about the wall? u can hear everything. megan 4 beckside
    """),
     R("C300044", "repairs", None, "wall|sound|baby",
       "Known mobile; asks about sound insulation, explicitly not complaining about friendly neighbours -> repairs "
       "(general accepted); not asb and not a welfare concern.", GENC)),

    (fb_in("10-28 21:15", FB11(8), "Tracey Holt", """
        Tracey Holt flat 9 Calder Court. Someone keeps going through the bins by the back door every night and
        there's rubbish everywhere by morning. Turns out its a fox, got it on my doorbell cam 😂 can we have the
        lidded bins back please
    """),
     R("C300057", "estate", None, "bins|fox|lids",
       "Facebook DM, unlinked profile but name + flat -> C300057 (review accepted); a fox in the bins -> estate. "
       "'Someone' turned out to be a fox: not sensitive.", REVOK)),

    (call_in("10-29 18:20", "+447700900320", """
        Agent: Fairholme Homes, evening line, Tom speaking.
        Caller: Hi, Beth Cole, flat 3 Calder Court. The light's gone on our stairwell, the whole second floor. It's pitch black and I'm honestly frightened coming up with the shopping, you can't see the steps.
        Agent: I'll get that on an urgent job for tomorrow morning.
    """, dur=58),
     R("C300020", "repairs", None, "light|stairwell|dark",
       "Known mobile; communal lighting out -> repairs; 'frightened' is about the dark steps, not a person. Not "
       "sensitive (emergency accepted for an unlit stairwell).", EMG)),

    (portal("10-30 14:05", {"customer_ref": "C300018", "email": "m.alrashid@example.org", "name": "Mohammed Al-Rashid"},
            "Change of name", """
        Form: Update my details
        Change: add household member
        Details: My son Yusuf got married in Jordan in the summer and his wife Leen has now joined us on a spouse
        visa. Please add her to the household at 41 Weavers Row. Marriage certificate and visa attached.
    """),
     R("C300018", "tenancy", None, "household|wife|visa",
       "Portal form with customer ref; adding a son's new wife to the household -> tenancy. A marriage with a "
       "visa is not a forced-marriage concern: not sensitive.")),

    (sms_in("10-31 10:05", "+447700900331", """
        hi nathan 31 thornhill, on the new job now and paid monthly. can i move my rent date to the 28th and pay the
        arrears off at 25 a month. thanks for being patient with me
    """),
     R("C300031", "rent", None, "rent|arrears|date",
       "Known mobile; a new job, changing the payment date and an arrears plan -> rent. The thanks is ordinary, "
       "not a farewell: not sensitive.")),
]

# ============================================================================================
# N3. Hard negatives: staff outbound contacts and visit notes that are routine
# ============================================================================================
ITEMS += [
    (call_out("10-02 10:10", "+447700900360", "Income team", "no-answer"),
     R("C300060", "rent", None, ATTEMPT,
       "Attempted outbound call from the income team, no answer -> record; rent implied, any category.", ANY)),

    (call_out("10-05 13:25", "+447700900313", "Repairs", "busy"),
     R("C300013", "repairs", None, ATTEMPT,
       "Attempted outbound call from repairs, line busy -> record; repairs implied, any category.", ANY)),

    (call_out("10-07 09:40", "+442079460326", "Repairs", "completed", dur=96, answered_by="human", transcript="""
        Agent: Hi, is that Paul Greenwood? It's Jas from Fairholme repairs about the ramp and the stair rail.
        Customer: Yes, hi.
        Agent: The OT referral's come through. Our adaptations surveyor can come Tuesday the 13th at 10 to measure up.
        Customer: That's fine, Jan will be in as well.
    """),
     R("C300026", "repairs", None, "ramp|rail|surveyor",
       "Outbound call to the customer's second number booking an adaptations survey -> repairs, not sensitive.", TENC)),

    (call_out("10-28 15:15", "+441144960336", "Repairs", "completed", dur=28, answered_by="machine_end_beep", voicemail=True, transcript="""
        Hello, this is a message for Grace Adeyemi from Fairholme Homes repairs. The hoist engineer can come on
        Thursday 5 November after four o'clock. Please call us on 0114 496 0000 if that doesn't suit. Thank you.
    """),
     R("C300036", "repairs", None, "voicemail|hoist|engineer",
       "Outbound voicemail about a hoist service appointment -> record; repairs, not sensitive.")),

    (email_out("10-21 11:30", RENT_BOX, "aisha.mohamud@example.com", "Aisha Mohamud", "Your rent statement", """
        Dear Mrs Mohamud,

        I'm very sorry for your loss. As requested, I attach a rent statement for 27 Weavers Row in your name
        only, showing the rent charge and payments since April. I have also sent a copy to Housing Benefit with
        your change of circumstances.

        Kind regards,
        Fairholme Income Team
    """),
     R("C300043", "rent", None, "statement|housing benefit",
       "Outbound one-to-one e-mail sending a rent statement to a bereaved tenant -> rent, not sensitive.")),

    (sms_out("10-10 12:05", "+447700900360", """
        Hi Mr Bell, it's Dom from Fairholme repairs. The plumber for the ceiling leak will be with you by 3pm today.
        Please clear the cupboard under the bathroom sink upstairs if you can. Thanks
    """, sender="Dom (Repairs)"),
     R("C300060", "repairs", None, "plumber|leak",
       "Outbound one-to-one text from a named staff member about a repair visit -> record; repairs.")),

    (sms_out("10-28 09:00", "+447700900047", """
        Fairholme Homes reminder: your gas safety check is on Mon 2 Nov between 8am and 12pm. Reply Y to confirm or
        call 0113 496 0000 to change. Reply STOP to opt out.
    """),
     I("Automated appointment reminder to a number not in the directory -> ignore.")),

    (visit("10-14 10:00", {"name": "Housing officer (S. Rahman)"}, cust("C300029"), "appointment", "attended", """
        Routine tenancy audit 18 Thornhill Gardens. Mr Mensah present. Household as recorded (sole occupier, sister
        staying temporarily - advised to tell us if longer than 3 months). ID seen. Property in good order; fence
        panels due replacement (already booked). No other issues raised.
    """),
     R("C300029", "tenancy", None, "audit|household|fence",
       "Officer's routine tenancy audit, nothing of concern noted -> tenancy, not sensitive.")),

    (visit("10-20 09:30", {"name": "Damp & mould surveyor (T. Booth)"}, cust("C300020"), "appointment", "no_access", """
        Damp and mould survey Flat 3 Calder Court. No answer 09:30-09:45, calling card left, text sent to tenant.
        Mould visible on the bedroom window reveal from the walkway. Rebook ASAP.
    """),
     R("C300020", "damp_mould", "damp_mould", "access|card|mould",
       "No-access damp survey, mould visible from outside -> record; damp_mould with the hazard (null accepted).",
       NOHZ)),

    (call_out("11-03 11:00", "+441134960301", "Tenancy sustainment", "completed", dur=204, answered_by="human", transcript="""
        Agent: Hello Margaret, it's Rosie from Fairholme. We're ringing all our older tenants while it's cold to check your heating's working and you've got what you need.
        Customer: Oh that's kind. Yes, the heating's lovely, the man came in the summer. I've got my winter fuel money.
        Agent: Brilliant. Do you want a leaflet on the warm spaces at the library?
        Customer: Go on then, large print if you've got it. And the garden man's been, tell them thank you.
    """),
     R("C300001", "general", None, "heating|warm|leaflet",
       "Outbound winter check-in to an older tenant, everything fine -> general. A routine welfare call is not a "
       "safeguarding concern.")),

    (wa_out("10-15 09:20", "447700900351", """
        Hi Yasmin, it's Fairholme repairs. A joiner will come today between 12 and 2 to close the gap under your back
        fence. Please keep your son inside until it's done. Thanks
    """, sender="Fairholme Repairs"),
     R("C300051", "repairs", None, "fence|joiner|gap",
       "Outbound one-to-one WhatsApp confirming an urgent fence repair -> record; repairs, not sensitive.")),

    (visit("10-21 14:30", {"name": "Estate services officer (M. Dobson)"}, {"name": "Weavers Row estate"}, "walkabout", "attended", """
        Quarterly estate inspection, Weavers Row. Tags (non-offensive) on garage doors 3-6, booked removal. Two
        abandoned mattresses by the bin store, booked bulky collection. Grass cut since last visit. Street light
        outside no. 30 out - reported to the council.
    """),
     V("estate", None, "tags|mattresses|light",
       "Estate inspection with no individual customer -> review; routine estate issues, not sensitive (graffiti "
       "noted as non-offensive tags).")),
]

# ============================================================================================
# N4. Ignore: bulletins, auto-replies, bounces, spam and chatter using the sensitive vocabulary
# ============================================================================================
ITEMS += [
    (email_in("10-01 07:00", "training@yorkshire-housing-forum.example.org", "Yorkshire Housing Forum", "Safeguarding essentials for frontline staff - November dates", """
        Our popular half-day course returns: spotting coercive control, financial abuse of older people, cuckooing,
        self-neglect and hoarding, and what to do when a tenant discloses. Early-bird rate until 16 October.

        You are receiving this as a member. Unsubscribe | Update preferences
    """, headers=NEWS_HEADERS),
     I("Bulk training newsletter about safeguarding (List-Unsubscribe, Precedence: bulk) -> ignore.")),

    (email_in("10-04 08:15", "r.osullivan@leeds-csc.example.org", "Ruth O'Sullivan (Social Worker)", "Automatic reply: 31 Thornhill Gardens", """
        I am on annual leave until 12 October. For urgent child protection matters please contact the duty team
        or, out of hours, the Emergency Duty Team.
    """, headers=AUTO_REPLY),
     I("Social worker's auto-reply mentioning child protection -> ignore.")),

    (email_in("10-06 15:00", "postmaster@mail.example.net", "Mail Delivery System", "Undeliverable: Welfare check request - Flat 10 Calder Court", """
        Your message to npt.wakefield@old-police.example.net couldn't be delivered. The recipient's mailbox was not
        found.
    """, headers=BOUNCE),
     I("Bounce of an outgoing welfare-check e-mail -> ignore.")),

    (wa_in("11-13 08:20", W11(21), "Royal Parcel", """
        Your parcel could not be delivered due to an unpaid fee of £1.45. Pay now to avoid return: parcel-redeliver.example.com
    """),
     I("WhatsApp parcel scam -> ignore.")),

    (fb_in("11-05 22:30", FB11(9), "Shaz Hollin", """
        anyone elses dog absolutely terrified of the fireworks tonight?? mine's under the bed shaking 😢 roll on
        the 6th
    """),
     I("Public chatter about fireworks, asks nothing of the landlord -> ignore.")),

    (ig_in("11-14 10:00", "@carestaff.recruit", "CareStaff Recruitment", """
        💼 WE'RE HIRING! Domiciliary carers needed across Leeds & Bradford. £13/hr + mileage. Safeguarding training
        provided. DM us "CARE" to apply!
    """),
     I("Recruitment spam mentioning safeguarding training -> ignore.")),

    (letter("11-11 09:00", {"name": "Golden Years Funeral Plans"}, """
        Dear Homeowner,

        Have you thought about who will pay for your funeral? Don't leave your loved ones with the bill. Fixed-price
        plans from £9.99 a month, no medical questions. Return the freepost card today.
    """),
     I("Junk mail targeting older people -> ignore.")),

    (tg_in("11-12 02:10", "9988776655", "Lucky Signals", """
        🔥 Tired of being controlled by your bank? Take back your money! Join 10,000 members earning daily 📈
    """),
     I("Telegram spam using 'controlled' -> ignore.")),

    (sms_out("11-02 09:00", "+447700900328", """
        Fairholme Homes: Bonfire night is coming. Please don't store fireworks in communal areas, keep pets in, and
        report any firework nuisance on 0113 496 0000. Reply STOP to opt out.
    """),
     I("Outbound bulk bonfire-night broadcast -> ignore.")),

    (email_in("10-20 06:30", "bulletin@westyorks-police.example.org", "West Yorkshire Police - Community Messaging", "Operation Stronghold: this month in Leeds North West", """
        This month officers executed 6 drugs warrants, made 14 arrests for county lines offences and ran ASB
        patrols on the Ashgrove and Hollin Park estates. Report concerns on 101 or anonymously to Crimestoppers.

        You're receiving this because you signed up for community messages. Unsubscribe.
    """, headers=NEWS_HEADERS),
     I("Bulk police community bulletin about drugs and ASB -> ignore.")),

    (sms_in("10-29 18:00", "+447700900358", """
        STOP
    """),
     I("'STOP' reply to automated texts from an unknown number -> ignore.")),

    (email_in("11-09 07:30", "events@daha-network.example.org", "Domestic Abuse Housing Alliance", "Webinar: keeping survivors safe in their tenancy", """
        Join us on 25 November for a free webinar on sanctuary schemes, management transfers and responding to
        economic abuse. Register here. Unsubscribe from DAHA mailings.
    """, headers=NEWS_HEADERS),
     I("Bulk webinar invitation about domestic abuse -> ignore.")),
]

# ============================================================================================
# N5. Other hard negatives: police CCTV for a crash, DBS checks, thanks for a long-closed ASB case,
#     contractor and lift noise, a courtesy notice, anonymity about non-sensitive things, routine
#     contacts from households that also have open safeguarding cases
# ============================================================================================
ITEMS += [
    (email_in("10-03 12:20", "collisions.wakefield@westyorks-police.example.org", "Roads Policing Unit - Wakefield", "CCTV request - Calder Court car park, 1 October", """
        Good afternoon,

        We are investigating a damage-only collision in the Calder Court car park at approximately 17:40 on
        Thursday 1 October, in which a silver van reversed into two parked cars and left the scene. Could you
        please preserve and provide any CCTV covering the car park between 17:15 and 18:15? Our reference is
        RTC/4471/26.

        PC 3390 Hartley
    """),
     V("estate", None, "cctv|car park|collision",
       "Police (not a customer) requesting CCTV of a car-park collision -> review; estate. 'Investigating' and "
       "'police' do not make it sensitive.", GENC)),

    (email_in("10-05 10:50", "hr@brightspark-electrical.example.com", "BrightSpark Electrical - HR", "DBS checks for operatives - sheltered scheme contract", """
        Hello,

        Ahead of the rewiring contract at your sheltered scheme starting in November, can you confirm whether our
        operatives need an enhanced DBS check with the adults' barred list, or whether a basic check is enough? We
        have six operatives on the job and two are new starters. Please also send your safeguarding policy for
        contractors so we can brief the team.

        Kind regards,
        HR Officer, BrightSpark Electrical
    """),
     V("general", None, "dbs|operatives|contract",
       "Contractor's HR (not a customer) asking about DBS checks -> review; general. 'Safeguarding policy' is a "
       "procurement question, not a concern: not sensitive.")),

    (email_in("10-07 16:25", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Car park barrier (and a thank you)", """
        Hello,

        First, please pass on my thanks to Kerry in the ASB team. The trouble with the lads in our car park was
        sorted in spring 2024 and it's been lovely and quiet ever since. I never said thank you properly.

        The reason I'm writing: the car park barrier arm has been stuck up for a fortnight, so anyone can drive in
        and park in the disabled bays. Could it be repaired?

        Lorraine, Flat 7 Ashgrove Court
    """),
     R("C300008", "repairs", None, "barrier|car park",
       "Known e-mail; thanks for an ASB case closed long ago, then a barrier repair -> repairs (general accepted). "
       "The ASB matter is historical and closed: not sensitive (asb defensible only as feedback).",
       M(GENC, ASBS))),

    (chat("10-08 07:35", {"email": "vicky.pemberton@example.org", "name": "Victoria"}, """
        Visitor: your roofers next door started with a radio and an angle grinder at 7am today, and yesterday, on the scaffold right outside my bedroom. is 7am allowed?
        Agent (Hannah): Sorry Victoria, our contractors shouldn't start noisy work before 8. I'll raise it with the site manager now.
        Visitor: thank you. and the scaffold pole is blocking my gate
    """),
     R("C300013", "complaint", None, "roofers|7am|scaffold",
       "Chat with her own e-mail; early noise and obstruction by the landlord's own roofing contractor -> "
       "complaint about the service (repairs accepted), not a neighbour nuisance.", REPC)),

    (email_in("11-14 22:40", "stuart.mcallister@example.net", "Stuart McAllister", "Lift noise at night", """
        Hi,

        The lift motor room is above my flat (6, top floor, Calder Court). For the past week the lift has been
        making a loud clunk and whine every time it's called, including through the night. It woke me eight times
        last night. I think something's wrong with it rather than just normal noise.

        Stuart
    """),
     R("C300021", "repairs", None, "lift|motor|noise",
       "Known e-mail; lift machinery noise at night -> repairs, not a neighbour nuisance.")),

    (sms_in("10-13 18:10", "+447700900303", """
        hi just letting u know its my lads 18th on sat, we've told the neighbours and it'll be finished by 12. if
        anyone rings its us x kelly 15 hollin pk
    """),
     R("C300003", "general", None, "party|neighbours|18th",
       "Known mobile; a courtesy notice of a party -> general (ignore accepted: asks nothing), not asb.",
       {"action": ["ignore"], "customer_ref": [None], "category": [None]})),

    (portal("11-09 19:20", {"customer_ref": "C300017", "email": "chloe.armitage@example.net", "name": "Chloe Armitage"},
            "Community and residents' groups", """
        Form: Get involved
        Interest: starting a residents' group / neighbourhood watch
        Details: A few of us on Weavers Row want to set up a residents' group and maybe a WhatsApp neighbourhood
        watch. Can Fairholme help with a room for meetings and a small start-up grant?
    """),
     R("C300017", "estate", None, "residents|group|grant",
       "Portal form with customer ref; starting a residents' group -> estate (general accepted), not sensitive.",
       GENC)),

    (email_in("10-15 09:35", "cllr.begum@leeds-council.example.org", "Cllr Shahida Begum", "Damp - Mrs Fatima Begum, 6 Thornhill Gardens", """
        Dear Fairholme,

        My constituent Mrs Fatima Begum, 6 Thornhill Gardens, LS12 5EW (no relation), has asked me to chase the damp
        in her back bedroom. There is black mould behind the wardrobe and on the ceiling, and her grandson who
        stays at weekends has asthma. She reported it in August. Could you tell me when a surveyor will attend?

        Cllr Shahida Begum, Farnley & Wortley Ward
    """),
     R("C300027", "damp_mould", "damp_mould", "mould|bedroom|asthma",
       "Councillor acting for a named constituent with her address -> record against Mrs Begum (review accepted); "
       "live mould -> damp_mould (complaint accepted), not sensitive.", M(REVOK, CMP))),

    (sms_in("10-16 08:05", "+447700900328", """
        someone's dumped a sofa and about 10 bin bags by the garages at thornhill again. pretty sure its from no. 8
        who moved out. dont say it was me tho, i dont want a row with their family
    """),
     A("estate", None, "sofa|dumped|garages",
       "Known mobile, 'don't say it was me' -> anonymous (record accepted: the wish is mild); fly-tipping -> "
       "estate, not sensitive.", RECOK("C300028"))),

    (letter("10-18 09:00", {"name": "(no name given)"}, """
        Dear Fairholme Homes,

        The satellite dish on the front of 20 Ashgrove Court is hanging off by one bracket and swings in the wind
        over the path to the main door. I'd rather not give my name as I know the family. Please could someone
        make it safe before it falls on somebody.

        A neighbour
    """),
     A("repairs", None, "satellite dish|bracket|path",
       "Unsigned letter, writer declines to give a name -> anonymous (review accepted); a loose dish over a path -> "
       "repairs, not sensitive (emergency accepted if it is about to fall).", M(REVIEWOK, EMG))),

    (call_in("10-19 13:00", "+447700900326", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Paul Greenwood, 2 Beckside. The lad at 6 is running a car-repair business off his drive. Four or five cars at a time, oil all down the pavement, engines revving at weekends. He's a decent lad, I just don't want him knowing it came from me.
        Agent: I'll ask the housing officer to look at it without mentioning you.
    """, dur=88),
     A("tenancy", None, "car|business|oil",
       "Known mobile, 'don't want him knowing it came from me' -> anonymous (record accepted); running a business "
       "from a council drive -> tenancy breach (estate accepted; asb accepted, then sensitive).",
       M(RECOK("C300026"), ESTC, ASBS))),

    (visit("10-20 15:10", {"name": "Customer services (Wakefield office, P. Nolan)"}, cust("C300057"), "walk_in", "attended", """
        Ms Holt called in to ask if we have a list of DBS-checked handypersons for small jobs (shelves, curtain
        poles) as she doesn't like having strangers in the flat. Gave her the Handy Help leaflet (vetted
        tradespeople). Also paid £40 rent at the counter.
    """),
     R("C300057", "general", None, "handyperson|dbs|rent",
       "Walk-in; asks for vetted tradespeople and pays rent -> general (rent accepted). Preferring checked "
       "tradespeople is ordinary caution; her other contacts do not make this one sensitive.", RENT)),

    (email_in("10-22 14:40", "admissions@oakfield-primary.example.org", "Oakfield Primary - Admissions", "Proof of address request", """
        Hello,

        A parent applying for an in-year place has given her address as Flat 17 Foundry Walk and says she is a new
        Fairholme tenant. Could you confirm the tenancy start date so we can process the application? She has
        consented (form attached).

        Admissions Officer, Oakfield Primary
    """),
     V("general", None, "address|school|tenancy",
       "School admissions (not a customer) checking an address not in the directory -> review; general, not "
       "sensitive (the school's role is admissions, not safeguarding).", TENC)),

    (chat("10-23 16:50", {"email": "a.yusuf@example.org", "name": "Abdirahman"}, """
        Visitor: hello can the ASB team help with the tree in my neighbour's garden. it is very big and blocks all my light and the leaves block my drain
        Agent (Marek): That one's for our estates team rather than ASB, Abdirahman. Is the tree in a Fairholme garden?
        Visitor: yes, flat 1 garden at foundry walk
        Agent (Marek): I'll ask the tree officer to inspect it and clear the drain.
    """),
     R("C300054", "estate", None, "tree|light|drain",
       "Chat with his own e-mail; an overgrown tree and a blocked drain, asked of 'the ASB team' by mistake -> "
       "estate (repairs accepted), not sensitive.", REPC)),

    (chat("11-12 11:05", {"email": "sandra.okonkwo@example.org", "name": "Sandra"}, """
        Visitor: Hi, I've just been approved as a foster carer by Leeds. They want me to have a second bedroom for a child. I'm in a 1-bed at Flat 6 Ashgrove. Can I go on the transfer list?
        Agent (Hannah): Congratulations! Yes, foster carers can get priority for an extra bedroom. I'll email you the form and the supporting letter we need from the fostering team.
    """),
     R("C300049", "lettings", None, "foster|transfer|bedroom",
       "Chat with her own e-mail; a newly approved foster carer asking for a bigger home -> lettings, not "
       "sensitive.")),

    (ig_in("11-13 17:30", "@lisa_b_leeds", "", """
        just wanted to say a massive thank you to Steve the repairs guy who came to fix my boiler today, he was so
        patient with my nan who kept offering him biscuits 😂 proper gent
    """),
     V("general", None, "thank|repairs|boiler",
       "Instagram handle only, a compliment about a named operative -> review (ignore accepted: asks nothing); "
       "general, not sensitive.", {"action": ["ignore"], "category": [None]})),

    (fb_in("10-26 10:10", FB11(10), "Natalia Rusu", """
        Hello, Natalia Rusu flat 15 Calder Court. How do I book the bulky waste collection? I have an old washing
        machine and a bed frame. Thank you
    """),
     R("C300041", "estate", None, "bulky|waste|collection",
       "Facebook DM, unlinked profile but name + flat -> C300041 (review accepted); a bulky waste collection -> "
       "estate. Her separate safeguarding contacts do not make this one sensitive.", REVOK)),

    (tg_in("10-27 09:40", "6674421093", "Jade", """
        hiya can i get a stair gate fitted at the top of the stairs in my flat or do i have to get it myself? babys
        crawling now and into everything. jade flat 13
    """),
     R("C300059", "tenancy", None, "stair gate|baby",
       "Linked Telegram id; permission for a stair gate -> tenancy (repairs accepted), not sensitive.", REPC)),

    (letter("10-28 09:00", {"name": "Kirkstall Injury Lawyers LLP"}, """
        Kirkstall Injury Lawyers LLP
        Our ref: SO/22871

        Dear Sirs,

        Our client: Mr Samuel Osei, Flat 4 Ashgrove Court, LS6 2JD
        Letter of claim - Pre-Action Protocol for Personal Injury Claims

        We are instructed by the above-named in respect of injuries sustained on 23 October 2026 when he fell on
        the broken concrete step at the entrance to Block A, Ashgrove Court, which had been reported to you as
        defective. Please acknowledge within 21 days and pass this letter to your insurers.

        Yours faithfully,
        Kirkstall Injury Lawyers LLP
    """),
     R("C300007", "complaint", None, "claim|step|injur",
       "Solicitors acting for a named tenant with his address -> record against Mr Osei (review accepted); a "
       "personal injury claim over a defective step -> complaint (repairs accepted), not sensitive.",
       M(REVOK, REPC))),

    (email_in("10-29 20:15", "leanne.firth@example.net", "Leanne Firth", "Hardship fund?", """
        Hi,

        Just wondering if you still have the hardship fund for tenants? My hours got cut at work in September and
        with the energy bills I'm struggling to keep up with everything. I haven't missed rent yet but I will in
        December at this rate. Anything for school uniform or food vouchers too?

        Leanne, 10 Thornhill Gardens
    """),
     R("C300028", "rent", None, "hardship|hours|energy",
       "Known e-mail; money worries and a hardship-fund question -> rent (general accepted), not sensitive.", GENC)),

    (wa_in("10-30 16:05", "447700900327", "Fatima", """
        আসসালামু আলাইকুম। রান্নাঘরের কল থেকে পানি পড়ছে, সারারাত টপটপ করে। মঙ্গলবার আমার ছেলে বাসায় থাকবে
        ইংরেজিতে কথা বলার জন্য। ফাতিমা, ৬ থর্নহিল গার্ডেনস
    """),
     R("C300027", "repairs", None, "tap|kitchen|drip",
       "Bengali: 'the kitchen tap is dripping all night. On Tuesday my son will be home to speak English. Fatima, 6 "
       "Thornhill Gardens.' Known number -> repairs, not sensitive (her son helping is on her profile).")),

    (tg_in("11-09 19:45", "5301177720", "Tomasz", """
        Hi, the plumber fixed mum's radiator on Thursday but it's dripping again from the valve, there's a towel
        under it. 40 Hollin Park Road. Any day next week is fine, the carers are in mornings
    """),
     R("C300038", "repairs", None, "radiator|valve|drip",
       "Linked Telegram id; a radiator valve still dripping after a repair -> repairs. The household has an open "
       "safeguarding case, but this contact is routine: not sensitive.")),

    (email_in("11-10 12:00", "lucia.fernandez.rn@example.com", "Lucía Fernández", "Solicitud de vivienda", """
        Hola,

        Soy enfermera, llegué de Valencia en septiembre para trabajar en el hospital de Wakefield. Ahora vivo en una
        habitación compartida y me gustaría saber si puedo solicitar un piso de una habitación con ustedes y
        cuánto tiempo hay que esperar.

        Gracias,
        Lucía Fernández
    """),
     V("lettings", None, "apply|flat|wait",
       "Spanish: 'I'm a nurse who came from Valencia in September to work at Wakefield hospital; I live in a shared "
       "room and would like to know if I can apply for a one-bedroom flat with you and how long the wait is.' "
       "Unknown e-mail -> review; lettings, not sensitive.")),
]


# ============================================================================================
# Ids (corpus_tools with SPLIT = "train11"), writing, validation, coverage
# ============================================================================================
AVOID = ["train.jsonl", *[f"train{n}.jsonl" for n in range(2, 11)], "heldout.jsonl", "heldout2.jsonl",
         "heldout3.jsonl"]


def main() -> int:
    return corpus_tools.build(ITEMS, AVOID)


if __name__ == "__main__":
    sys.exit(main())

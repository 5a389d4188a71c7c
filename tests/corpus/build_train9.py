#!/usr/bin/env python3
"""Build a ninth labelled training split (deterministic; writes only train9.jsonl / train9.expected.jsonl).

    python tests/corpus/build_train9.py

Same formats, directory and label conventions as README.md; the envelope and label helpers come from
envelopes.py (imported, not copied) and the ids, validator and coverage report from corpus_tools.py with the
split salt "train9". Every message below is written by hand for this split.

This split is aimed at the router's weak spots with everyday contacts in fresh voices:
  A. long phone-call transcripts (inbound and outbound) where the greeting, security questions and small
     talk fill the first few hundred characters and the real subject, and any promised action, come later;
     some cover two topics (repair + rent, complaint + repair);
  B. non-English and mixed-language messages (Polish, Romanian, Urdu, Punjabi, Bengali in native script and
     romanised, Arabic, Somali, Portuguese, Kurdish, Ukrainian, Russian, Lithuanian, Turkish, Farsi, Spanish,
     Tigrinya, Chinese) across every category;
  C. e-mails whose new content is short and sits above quoted history, Outlook "From:/Sent:/To:/Subject:"
     blocks, forwarded chains, long signatures and disclaimers;
  D. webchat, text-speak, WhatsApp, Telegram, social media, letters, visits and outbound staff contacts,
     and a block of things that are not service contacts (bulk mail, auto-replies, marketing, chatter,
     thanks-only).
Ids are checked for uniqueness against train..train8 (when present) and the shared samples.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from envelopes import (  # noqa: E402
    ANY, ATTEMPT, ASB_BOX, AUTO_REPLY, BOUNCE, BRADFORD_OFFICE, EMG, EST, GEN, INBOX, LEEDS_OFFICE, MAIN,
    NEWS_HEADERS, NOHZ, OOH, RENT_BOX, REP, REPAIRS_BOX, REVOK, SAFEGUARDING_BOX, SHEFF, SHEFFIELD_OFFICE,
    TEN, TENANCY_BOX, WAKEFIELD_OFFICE, A, I, R, V, call_in, call_out, chat, cust, email_in, email_out, fb_in,
    ig_in, letter, portal, sms_in, sms_out, tg_in, txt, visit, wa_in, wa_out,
)
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "train9"  # salts the ids and prefixes validation messages

ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []
CMP = {"category": ["complaint"]}
LET = {"category": ["lettings"]}
RENT = {"category": ["rent"]}
DMP = {"category": ["damp_mould"]}
ASBC = {"category": ["asb"], "sensitive": [True]}
RECOK = {"action": ["record"]}
EMAIL_AUTO = {"Auto-Submitted": "auto-generated"}


def U9(n: int) -> str:
    """An unknown (not in the directory) mobile for this split: +44 7700 9006nn."""
    return f"+4477009006{n:02d}"


def ALT(*refs: str) -> dict[str, Any]:
    """For review labels: recording against one of these customers is also defensible."""
    return {"action": ["record"], "customer_ref": list(refs)}


def REC(ref: str, cat: str) -> dict[str, Any]:
    """For ignore labels: recording against the identified customer is also defensible."""
    return {"action": ["record"], "customer_ref": [ref], "category": [cat]}


def M(*dicts: dict[str, Any]) -> dict[str, Any]:
    """Merge accept dicts (lists are concatenated without repeats)."""
    out: dict[str, Any] = {}
    for d in dicts:
        for k, v in d.items():
            out[k] = v if k not in out else out[k] + [x for x in v if x not in out[k]]
    return out


# ============================================================================================
# A. Long phone calls: greeting, security questions and small talk first, the subject later
# ============================================================================================
ITEMS += [
    (call_in("11-02 08:47", "+441134960301", """
        Agent: Good morning, Fairholme Homes, you're speaking with Bev. Can I start with your name, please?
        Caller: Good morning dear. It's Mrs Holroyd. Margaret Holroyd.
        Agent: Thank you Mrs Holroyd. And can you confirm the first line of your address and your postcode for me?
        Caller: Seven Hollin Park Road, that's L S 8, 3 Q T.
        Agent: Lovely. And one more security question, your date of birth?
        Caller: Fourteenth of March, 1941. I was a war baby, you know.
        Agent: You don't sound it! Thanks for holding, I know the queue was long, it's always the same first thing on a Monday.
        Caller: Oh, I had the wireless on, I didn't mind. It's bitter out, isn't it? I've not been further than the gate since Friday.
        Agent: It is, keep yourself warm. Now, what can I do for you today?
        Caller: Well, two things. The cold tap on the bathroom sink won't turn off properly any more. It drips all night, drip drip drip, and I've put a flannel under it so I can sleep.
        Agent: Right, it sounds like it needs a new washer or cartridge. I'll book a plumber for you. I've got Thursday morning, 8 till 12, would that suit?
        Caller: Thursday's fine, I'm always in. And the other thing, I had a letter about my rent but the print's so small I can't read it. Can I have a statement in big writing?
        Agent: Of course. I'll ask the income team to send you a rent statement in large print, and I'll check the note on your account so all your letters come that way.
        Caller: You're very kind, love.
    """, dur=412),
     R("C300001", "repairs", None, "tap|washer|drip, plumber|thursday, statement|large print",
       "Known landline; after long security checks and small talk: dripping bathroom tap (plumber booked Thursday) "
       "and a large-print rent statement -> two topics, the repair first (rent defensible).", RENT)),

    (call_in("11-02 09:32", "+441134960314", """
        Agent: Fairholme Homes, Tom speaking, how can I help?
        Caller: Hiya mate, you alright? I've been on hold twenty minutes, I nearly gave up.
        Agent: Sorry about that, Monday mornings are mad. Who am I speaking to?
        Caller: Darren Whitaker, 23 Hollin Park Road.
        Agent: Thanks Darren. Postcode for me?
        Caller: LS8 3QT.
        Agent: And date of birth?
        Caller: Second of July, eighty-four.
        Agent: Brilliant, that's you through security. Did you watch the match at the weekend?
        Caller: Don't. Two nil up at half time and we still lost. Anyway.
        Agent: Go on then, what can I do for you?
        Caller: I've started a new job, full time, so I've come off Universal Credit. The housing bit stops at the end of the month, so I need to start paying the rent myself. Can I pay it by direct debit on the first of the month?
        Agent: Yes, I can set that up now if you've got your bank details handy.
        Caller: Yeah, got my card here.
        Agent: Done. First collection will be Tuesday 1 December. I'll email you the direct debit confirmation today, and I'll make a note that UC is ending so we don't chase you for the gap.
        Caller: Cheers, that's a weight off.
    """, dur=388),
     R("C300005", "rent", None, "direct debit, universal credit|job",
       "Shared Whitaker landline but the caller names himself (Darren) -> C300005; off Universal Credit after a "
       "new job, sets up a rent direct debit -> rent.")),

    (call_in("11-02 14:05", "+441144960322", """
        Agent: Good afternoon, Fairholme Homes Sheffield, this is Nadia.
        Caller: Hi, yeah, I'm ringing for my mum and dad, they're the tenants. 8 Moorside Crescent.
        Agent: OK, thanks. Is one of them with you? I'd need them to say it's OK for me to talk to you.
        Caller: Mum's just here, she's nodding, she says yes it's fine. She doesn't like the phone.
        Agent: That's fine. Can she tell you the postcode?
        Caller: She says S6 4RB.
        Agent: Lovely, thank you. It's a horrible day out there, I hope nobody's had to go out in it.
        Caller: Dad's walked to the shop, he'll be soaked. Anyway, the reason I'm ringing.
        Caller: The front path, one of the big paving slabs has lifted right up at the corner. Mum caught her foot on it yesterday and went over, she's bruised her knee. She's OK but it could've been a lot worse.
        Agent: Sorry to hear that. I'll raise a job for the slab to be relaid and mark it urgent because someone's already tripped. Can I take your name for the notes?
        Caller: Sorry, my bus is here, I've got to go. Mum's got your number.
    """, to=SHEFF, dur=236),
     V("repairs", None, "slab|paving|path",
       "Shared Hussain landline; a relative calls for the household and never gives a name or says which tenant "
       "-> review (either Hussain defensible); lifted paving slab -> repairs (estate defensible).",
       M(ALT("C300011", "C300012"), EST))),

    (call_in("11-03 10:20", "+441144960336", """
        Agent: Morning, Fairholme Homes, Jo speaking. Who have I got?
        Caller: Hi Jo, it's Grace Adeyemi. Sorry if it's noisy, the baby's on my hip.
        Agent: Don't worry at all! Can you confirm your address for me, Grace?
        Caller: Flat 2, Foundry Walk, S3 8NW.
        Agent: And your date of birth?
        Caller: Twenty-ninth of January, ninety-five.
        Agent: Thank you. Aw, how old is she now?
        Caller: Seven months. She's teething, so none of us are sleeping, ha.
        Agent: Oh, I remember those days. Right, what's happened?
        Caller: It's her bedroom. There's black mould coming back on the wall behind the cot and all round the window frame. I've bleached it twice and it's back within a week, and the room smells musty. I've moved the cot into my room for now.
        Agent: You did the right thing moving her. I'm booking a damp and mould survey: the surveyor can come Monday 9 November between 9 and 1. And I'll ask the mould wash team to treat the wall before then.
        Caller: Monday's fine. Thank you.
    """, to=SHEFF, dur=301),
     R("C300036", "damp_mould", "damp_mould", "mould, survey, baby|cot|bedroom",
       "Known landline; returning black mould in a baby's bedroom after small talk; survey booked -> damp_mould.")),

    (call_in("11-03 22:40", "+447700900319", """
        Agent: Fairholme Homes out of hours, you're through to Lee. Calls are recorded for training and quality. Can I take your name?
        Caller: Gary Naylor.
        Agent: And the address, Gary?
        Caller: 47 Weavers Row, Bradford, BD3 9PL.
        Agent: And is this the mobile ending 319?
        Caller: Yeah.
        Agent: Thanks. Bear with me, the system's slow tonight, it's been like this since the update. There we go, I've got you. Sorry to keep you hanging on. What's happened?
        Caller: Boiler's died. Flashing red light, E133, I've reset it three times. House is freezing. The wife came out of hospital on Friday after her hip operation and she can't be sat in the cold.
        Agent: OK, with your wife just out of hospital I'm treating this as an emergency. I'm sending the on-call heating engineer, they'll be with you within four hours, and they'll bring electric heaters if they can't fix it tonight.
        Caller: Thanks pal.
    """, to=OOH, dur=264),
     R("C300019", "repairs", "emergency", "boiler|heating, engineer|heater",
       "Known mobile, out of hours; boiler failure with a household member just out of hospital after surgery -> "
       "no heating for a vulnerable household -> emergency.")),

    (call_in("11-04 11:10", "+441632960342", """
        Agent: Fairholme Homes, Dominic speaking.
        Caller: Hello. Keith Barraclough. I've rung four times this week, so you'll forgive me if I'm a bit short.
        Agent: I'm sorry to hear that, Mr Barraclough. Can I just confirm your address before we go any further?
        Caller: 6 Weavers Row, BD3 9PL.
        Agent: And your date of birth?
        Caller: Ninth of November 1958. It's my birthday on Monday, as it happens.
        Agent: Well, happy birthday for Monday. Right, tell me what's going on.
        Caller: You've had your contractors in replacing my kitchen. Lovely kitchen, I'll give you that. But they've left plaster dust on everything, there are six rubble bags in my front garden and the new oven still hasn't been wired in, so I've been living on microwave meals for a week. Every time I ring, somebody says they'll call back and nobody does.
        Agent: That's not acceptable and I'm sorry. I'm logging this as a formal stage one complaint, you'll get a written response within ten working days. I'll also book the electrician to connect the oven tomorrow and get the rubble bags collected.
        Caller: Tomorrow. I'll believe it when I see it.
    """, dur=455),
     R("C300042", "complaint", None, "complaint, kitchen|oven|rubble",
       "Known landline; complaint about the kitchen replacement (mess, rubble, oven not connected, no call-backs) "
       "logged at stage one, with follow-up repairs booked -> complaint (repairs defensible).", REP)),

    (call_in("11-04 08:15", "+447700900308", """
        Agent: Fairholme Homes, good morning, Sunita speaking.
        Caller: Morning Sunita, it's Lorraine Kettlewell, flat 7 Ashgrove Court.
        Agent: Hi Lorraine. Can you confirm your postcode and date of birth for me?
        Caller: LS6 2JD, and the twelfth of August, seventy-one.
        Agent: Thank you. How are you keeping?
        Caller: Honestly? Fed up. I've been sat at the window watching the rain since six. Let me tell you why I'm ringing.
        Caller: The lift's been out since Sunday. I'm in a wheelchair on the third floor, so I literally can't get out of my flat. I've got a hospital appointment on Thursday and I don't know how I'm getting to it, and my carer had to carry my shopping up.
        Agent: Lorraine, I'm really sorry. I'm escalating this to the lift contractor as a priority because you're stuck in your flat, and I'll ring you back by 2pm with a time.
        Caller: Please do.
    """, dur=318),
     R("C300008", "repairs", "emergency", "lift, wheelchair|stuck|trapped",
       "Known mobile; lift out for days leaving a wheelchair user unable to leave her flat -> repairs, treated as "
       "an emergency (null defensible).", NOHZ)),

    (call_in("11-04 13:30", "+447700900321", """
        Agent: Fairholme Homes, this is Ellie.
        Caller: Hi Ellie. Stuart McAllister. Sorry, I'm a bit nervous, I've never rung you about anything like this before.
        Agent: That's alright Stuart, take your time. Can you confirm your address for me first?
        Caller: Flat 6, Calder Court, WF1 3DX.
        Agent: And your date of birth?
        Caller: Thirtieth of April, 1990.
        Agent: Thank you. Whatever it is, we'll sort it out together. What's happened?
        Caller: I've had a letter, a notice of seeking possession. I was off sick for two months in the summer and I got behind. I'm back at work now. I don't want to lose my flat.
        Agent: OK. You owe £640 at the moment. If you can pay your rent plus £20 a week towards the arrears, starting Friday 6 November, I can put that arrangement in place today and we won't take it any further while you keep to it.
        Caller: I can do that, yeah.
        Agent: Great. I'll send you written confirmation of the arrangement, and I'm referring you to our money advice team for a benefits check.
    """, dur=497),
     R("C300021", "rent", None, "arrears|possession, arrangement|£20, money advice|confirmation",
       "Known mobile; notice of seeking possession, arrears arrangement agreed with written confirmation -> rent.")),

    (call_in("11-04 15:45", "+441632960322", """
        Agent: Fairholme Homes, Callum speaking.
        Caller: Hello, Callum. It's Joyce Ramsden. I'm ringing rather than writing because I can't see the letters, dear.
        Agent: That's fine, Mrs Ramsden. Can you tell me your address?
        Caller: Flat 1, Calder Court, Wakefield. WF1 3DX.
        Agent: And your date of birth, please?
        Caller: Third of June, 1944.
        Agent: Thank you. I hope you're keeping well?
        Caller: Mustn't grumble. My neighbour's been doing my shopping. Now then.
        Caller: The light on the stairs outside my flat has been out for days, and with my eyes I can't see the steps at all. I nearly went down them on Saturday night. And another thing, would you ring me about appointments instead of sending letters? I've told you before.
        Agent: I'll report the stairwell light to the electrician today as urgent, and I've put a note on your record to phone you rather than write.
        Caller: Thank you, dear.
    """, dur=342),
     R("C300022", "repairs", None, "light|stair, phone",
       "Known landline, partially sighted tenant; communal stair light out (near fall) plus a reminder to phone "
       "rather than write -> repairs (estate/general defensible).", {"category": ["estate", "general"]})),

    (call_in("11-05 09:05", "+441632960341", """
        Agent: Good morning, Fairholme, Carys speaking.
        Caller: Morning. It's Ryan, Ryan Doyle, 9 Beckside Mews.
        Agent: Hi Ryan. Postcode and date of birth, please?
        Caller: BD4 7HA, and fifth of May, 1988.
        Agent: Lovely. Wild wind on Tuesday night, wasn't it? We've had calls all week.
        Caller: That's why I'm ringing, funnily enough. Half my wheelie bin ended up in next door's garden.
        Agent: Ha, you're not the only one.
        Caller: The fence panels between us and number 11 came down in it, two of them snapped at the posts. The dog can get straight out onto the road now so I can't leave him in the garden.
        Agent: I'll book the fencing contractor to replace the panels, and I'll ask them to put a temporary panel up this week.
        Caller: Ta.
    """, dur=246),
     R("C300024", "repairs", None, "fence|panel",
       "Shared Lambert/Doyle landline, the caller names himself (Ryan) -> C300024; storm-damaged fence -> repairs "
       "(estate defensible).", EST)),

    (call_in("11-05 12:40", "+447700900323", """
        Agent: Fairholme Homes, Rukhsana speaking.
        Caller: Hiya, it's Sophie Lambert, 9 Beckside Mews.
        Agent: Hi Sophie, can I take your date of birth?
        Caller: Eleventh of October, ninety-two.
        Agent: Thank you. And is this the best number for you?
        Caller: Yeah, this one, not the landline, Ryan always answers that.
        Agent: Noted. How can I help?
        Caller: Right, so, big news, I'm expecting twins in March. We're in a two-bed already with Ryan's lad at weekends and there's just no room. How do I get on the list for somewhere bigger?
        Agent: Congratulations! You can apply for a transfer through the housing register. I'll email you the transfer application form today, and if you send a letter from your midwife with the due date we can take it into account.
        Caller: Brilliant, thanks.
    """, dur=288),
     R("C300023", "lettings", None, "transfer|register|rehous, form",
       "Known mobile; expecting twins, wants a bigger home via the housing register; transfer form sent -> "
       "lettings (tenancy defensible).", TEN)),

    (call_out("11-05 10:00", "+447700900350", "Income team", "completed", dur=392, answered_by="human", transcript="""
        Officer: Hi, is that Jamie? It's Priya from Fairholme Homes, I'm the income officer for Ashgrove Court. Have you got a couple of minutes?
        Tenant: Er, yeah, go on.
        Officer: Before we start I need to check I'm talking to the right person. Can you confirm your date of birth?
        Tenant: Eighteenth of December, 2001.
        Officer: Thank you. And you're still at flat 16?
        Tenant: Yeah.
        Officer: Great. Is now OK? You sound like you're outside.
        Tenant: I'm walking back from the shop, it's fine.
        Officer: No worries. So I'm ringing because your rent account is £412 behind and we've not had a payment since September.
        Tenant: My Universal Credit got sanctioned. I missed a job centre appointment.
        Officer: That explains it. Can you manage £10 a week towards it once the sanction ends?
        Tenant: Yeah, I can do that.
        Officer: OK, I've set that up. I'm also referring you to our money advice team, they can help with the sanction and a hardship payment.
    """),
     R("C300050", "rent", None, "arrears|behind|£412, money advice|referral|£10",
       "Outbound income call, answered; arrears from a UC sanction, £10/week arrangement and money-advice "
       "referral -> rent.")),

    (call_out("11-05 14:15", "+447700900347", "Tenancy team", "completed", dur=276, answered_by="human", transcript="""
        Officer: Hello, is that Priya Chauhan?
        Tenant: Speaking.
        Officer: Hi Priya, it's Mark from Fairholme Homes, the housing officer for Moorside Crescent. Nothing to worry about. Before I go on, can you confirm your address?
        Tenant: 17 Moorside Crescent, S6 4RB.
        Officer: Thanks. I'm new on the patch, so I'm ringing round to introduce myself. How are you finding things?
        Tenant: Fine, mostly. The road's still full of potholes but that's the council.
        Officer: Ha, I've noticed. The actual reason I'm calling: we're doing tenancy audits this year, a short visit to check who lives at the property and that everything's OK. Can I book yours in?
        Tenant: Sure. Does it have to be a weekday?
        Officer: It does. How about Wednesday 18 November at 10am? Everyone who lives there needs to have ID ready.
        Tenant: That works. I'll be in.
        Officer: Great, I'll send you a confirmation letter.
    """, frm=SHEFF),
     R("C300047", "tenancy", None, "audit|tenancy check, appointment|18|wednesday",
       "Outbound tenancy-officer call; introduction and small talk, then a tenancy audit booked -> tenancy.")),

    (call_in("11-06 19:20", "+447700900355", """
        Agent: Fairholme Homes, you're through to Kirsty.
        Caller: Oh hello. Is that the housing? It's Christine Mellor. I'm sorry to ring so late.
        Agent: Don't be, that's what we're here for. Can I confirm your address, Christine?
        Caller: 2 Moorside Crescent, S6 4RB.
        Agent: And date of birth?
        Caller: Twentieth of February 1952.
        Agent: Thank you. Are you OK? You sound a bit shaken.
        Caller: I am, love. I've had a cup of tea and sat down. It's those boys again, from the house across the road. They've been throwing stones at my front window tonight, there's a crack right across it now. Please don't tell them I rang, I don't want them knowing it was me.
        Agent: I won't pass your name on. I'll send this to the ASB officer, they'll ring you on Monday, and I'll get a glazier out to board or replace the pane.
        Caller: Thank you. I just want it to stop.
    """, to=SHEFF, dur=356),
     A("asb", None, "stone|window, boys|youths|neighbour",
       "Known mobile, but the caller asks that the neighbours not be told she reported them -> anonymous (record "
       "against C300055 defensible); stones thrown at an older tenant's window -> asb.",
       {"action": ["record"], "customer_ref": ["C300055"]})),

    (call_in("11-06 10:30", "+447700900333", """
        Agent: Fairholme Homes, Ben speaking.
        Caller: Hello. Somali. Interpreter please.
        Agent: One moment, I'll bring a Somali interpreter onto the call.
        Interpreter: Hello, this is interpreter number 4471, I'll be interpreting in Somali today.
        Agent: Thank you. Could you ask the caller for their name and address, please?
        Interpreter: He says his name is Hassan Warsame, Flat 8, Foundry Walk.
        Agent: Thank you. And could he confirm his date of birth?
        Interpreter: First of January 1979.
        Agent: Thank you. Please tell Mr Warsame thanks for waiting, and ask what he'd like help with today.
        Interpreter: He says thank you. He says in his daughter's bedroom there is black mould on the ceiling and the wall, and her clothes in the wardrobe smell and have spots. His daughter has asthma and has been using her inhaler much more.
        Agent: Please tell him we will send a surveyor to inspect the damp and mould, and the mould wash team will treat it this week. We'll send the appointment by text in Somali.
        Interpreter: He says thank you very much.
    """, to=SHEFF, dur=521),
     R("C300033", "damp_mould", "damp_mould", "mould, asthma|daughter, surveyor|survey|treat",
       "Known mobile, via a Somali interpreter; black mould in the bedroom of a child with asthma -> damp_mould.")),

    (call_in("11-06 11:50", "+447700900327", """
        Agent: Fairholme Homes, Amy speaking.
        Caller: Hi, I'm calling for my mum, Fatima Begum. She's the tenant, she's sat next to me. She doesn't speak much English.
        Agent: No problem. Is she happy for me to speak to you?
        Caller: Yeah, she's saying yes. Ammu, bolo "yes". ... She said yes.
        Agent: Ha, I heard. Can you confirm the address?
        Caller: 6 Thornhill Gardens, LS12 5EW.
        Agent: Thank you. And your name?
        Caller: Rahim, I'm her son.
        Agent: Thanks Rahim. What can we do?
        Caller: Mum slipped getting out of the bath last week. She's OK, but she needs a grab rail by the bath and one by the toilet. She's scared to use the bath now.
        Agent: I'll refer her to our adaptations team. Small rails like that we can usually fit without an occupational therapist assessment, so someone will ring you to book it.
    """, dur=302),
     R("C300027", "repairs", None, "rail, adaptation|bath",
       "Known mobile; the tenant's son calls for her with consent; grab rails after a fall -> repairs "
       "(adaptations).")),

    (call_in("11-09 12:10", "+442079460326", """
        Agent: Fairholme Homes, this is Hamza.
        Caller: Hello Hamza, Paul Greenwood. I'm ringing from the office on my lunch.
        Agent: Hi Paul. Can I confirm your address?
        Caller: 2 Beckside Mews, Bradford.
        Agent: And postcode?
        Caller: BD4 7HA.
        Agent: Thanks. Good weekend?
        Caller: Grandkids, so exhausting. Right, I've got fifteen minutes.
        Caller: The letter about next year's charges. My service charge has gone up by nearly four pounds a week and it just says "communal services". What am I actually paying for?
        Agent: I'll email you the full breakdown of the service charge, item by item, today. If anything looks wrong you can challenge it and the service charge team will review it.
        Caller: That'd be great.
    """, dur=264),
     R("C300026", "rent", None, "service charge, breakdown|email",
       "Known landline (work number); service charge query, breakdown to be e-mailed -> rent.")),

    (call_in("11-09 09:25", "+447700900352", """
        Agent: Fairholme Homes, Lauren speaking.
        Caller: Hello, good morning. My English is not so good, sorry.
        Agent: That's fine, we'll take it slowly. Would you like an interpreter?
        Caller: No, no, is OK. I am Bogdan. Bogdan Ionescu.
        Agent: Hi Bogdan. Where do you live?
        Caller: 19 Beckside Mews. Bradford.
        Agent: Thank you. Postcode?
        Caller: B D 4, 7 H A.
        Agent: Perfect. What's the problem?
        Caller: In kitchen, mouse. Many. Under the cooker and in the cupboard, they eat the bread. My wife is very scared.
        Agent: Mice in the kitchen. I'll book pest control for Wednesday, and they'll check where they're getting in so we can block it.
        Caller: Wednesday. OK, thank you.
    """, dur=228),
     R("C300052", "repairs", None, "mice|mouse|pest, pest control|wednesday",
       "Known mobile, limited English; mice in the kitchen, pest control booked -> repairs (estate defensible).",
       EST)),

    (call_in("11-09 16:00", "+441134960330", """
        Agent: Fairholme Homes, Shannon speaking.
        Caller: Hi, my name's Julie Dawson, I'm ringing for my mum, Eileen Dawson. I've got her here on speaker.
        Agent: Hello both. Mrs Dawson, are you happy for me to speak to Julie?
        Caller: (Eileen) Yes, love, she does all this for me.
        Agent: Thank you. Can you confirm the address?
        Caller: 25 Thornhill Gardens, LS12 5EW.
        Agent: Lovely. What can I do for you?
        Caller: Mum's had a letter saying the gas safety check is on Wednesday, the eleventh. I'm supposed to be there for any visits, it's on her file, but I'm working. Can we move it?
        Agent: Of course. I can rebook the gas safety appointment for Monday 16 November, 12 till 4. Would you be able to be there then?
        Caller: Perfect, I'm off that day.
        Agent: Done. I'll post a new appointment letter to your mum.
    """, dur=271),
     R("C300030", "repairs", None, "gas, rebook|appointment|16",
       "Known landline; the tenant's daughter (present at visits per her record) rebooks the gas safety check -> "
       "repairs.")),

    (call_in("11-09 10:45", "+441134960345", """
        Agent: Fairholme Homes, good morning, Kamal speaking.
        Caller: Good morning. Harold Birkett. I'm 86 and I've been waiting in for you lot twice now.
        Agent: I'm sorry, Mr Birkett. Let me find you. Can you confirm your address?
        Caller: 3 Thornhill Gardens, LS12 5EW.
        Agent: And your date of birth?
        Caller: Seventh of September, 1940.
        Agent: Thank you. I can see the job here, the bedroom window that won't shut.
        Caller: That's the one. Tuesday, nobody came. Friday, nobody came. I sat in all day both days. I want to make a complaint, this isn't good enough.
        Agent: You're absolutely right. I'm logging a complaint about the missed appointments, and I've rebooked the window repair for Friday 13 November, 8 till 12, with the supervisor. They'll ring you before they set off.
        Caller: We'll see.
    """, dur=315),
     R("C300045", "complaint", None, "complaint, window|appointment|missed",
       "Known landline; two missed repair appointments, tenant asks to complain; complaint logged and repair "
       "rebooked -> complaint (repairs defensible).", REP)),

    (call_in("11-10 11:20", "+441632960358", """
        Agent: Fairholme Homes, Becky speaking.
        Caller: Good morning. It's Robert Illingworth, 15 Beckside Mews.
        Agent: Morning Mr Illingworth. Can I check your postcode and date of birth?
        Caller: BD4 7HA. Twenty-second of November, 1947.
        Agent: Thank you. Lovely day for once.
        Caller: It is. I've been out in the garden, I shall miss it.
        Agent: Oh? That sounds like news.
        Caller: It is. I'm going to live with my daughter in Scarborough. So I'm giving notice on the house. Four weeks, is it?
        Agent: That's right. If we count from today, your tenancy would end on Monday 7 December. I'll post you the termination form, and a housing officer will come out to do a pre-void inspection before you hand the keys back.
        Caller: That's all very clear. Thank you.
    """, dur=284),
     R("C300058", "tenancy", None, "notice|end, inspection|form|keys",
       "Known landline; tenant gives notice to end the tenancy (moving to his daughter's) -> tenancy.")),

    (call_in("11-10 14:30", "+447700900340", """
        Agent: Fairholme Homes, it's Stacey.
        Caller: Hi Stacey, Owen Pritchard, flat 10 Calder Court.
        Agent: Hi Owen, postcode and date of birth for me?
        Caller: WF1 3DX, fourth of April, eighty-seven.
        Agent: Thanks. I've got your email on here as the best contact, is that still right?
        Caller: Yeah, that's still right. I'm on a break at work so I'll be quick.
        Caller: I've found someone on one of those swap websites who wants to move from Harrogate to Wakefield. It's a housing association flat too. How does a mutual exchange work, what do I need to do?
        Agent: You both need to apply to your own landlords. I'll email you our mutual exchange application pack today, and once it's in we'll do a property inspection and reply within 42 days.
        Caller: Perfect.
    """, dur=261),
     R("C300040", "tenancy", None, "mutual exchange|swap, pack|email|application",
       "Known mobile; mutual exchange enquiry, pack to be e-mailed -> tenancy (lettings defensible).", LET)),

    (call_in("11-10 20:15", "+447700900357", """
        Agent: Fairholme Homes, you're through to Claire.
        Caller: Hi. Sorry. I didn't know who else to ring.
        Agent: That's OK, you've done the right thing. Can I take your name?
        Caller: Tracey Holt. Flat 9, Calder Court.
        Agent: Thanks Tracey. Are you safe to talk right now?
        Caller: Yeah. I'm on my own, I've locked the door.
        Agent: OK. Take your time.
        Caller: My ex. He's been turning up at the flat. He was banging on the door last night shouting that he'll kick it in, and he still has a key, I never got it back off him. The police came but he'd gone.
        Agent: Thank you for telling me. I'm arranging an emergency lock change for tomorrow morning, and with your permission I'll refer you to the domestic abuse support service, they'll call you tomorrow.
        Caller: Yes. Please.
    """, dur=433),
     R("C300057", "safeguarding", None, "ex|partner|domestic, lock",
       "Known mobile; domestic abuse disclosure, ex-partner with a key, emergency lock change and DA referral -> "
       "safeguarding (sensitive).")),

    (call_in("11-11 09:10", "+447700900331", """
        Agent: Fairholme Homes, Jordan speaking.
        Caller: Morning Jordan, Nathan Pearce, 31 Thornhill Gardens.
        Agent: Morning Nathan. Postcode and date of birth, please?
        Caller: LS12 5EW, twenty-fifth of March, ninety-one.
        Agent: Ta. Enjoying the sunshine?
        Caller: For once, yeah. I took the dog out early, that's actually why I'm calling.
        Caller: Someone's dumped a mattress, a fridge and a load of black bags on the green behind Thornhill Gardens. It's been there since the weekend and the foxes have ripped the bags open, there's rubbish everywhere.
        Agent: I'll get the estate team to remove it, they should collect it within two working days, and they'll check the fridge for anything hazardous.
        Caller: Cheers.
    """, dur=212),
     R("C300031", "estate", None, "mattress|fridge|fly|dumped, remove|collect",
       "Known mobile; fly-tipped items on the estate green -> estate.")),

    (call_in("11-11 13:00", "+447700900309", """
        Agent: Fairholme Homes, Owais speaking.
        Caller: Hi, Imran Siddiqui, flat 9 Ashgrove Court.
        Agent: Hi Imran. Postcode and date of birth?
        Caller: LS6 2JD, eighth of June, 1986.
        Agent: Perfect. Busy today?
        Caller: Working nights this week so I'm up at odd times. Which is how I know about this.
        Caller: There's people dealing in the stairwell, every night from about midnight. Cars pull up, someone runs down, runs back up. The stairs stink of weed and this morning there were two needles by the bin store. My kids walk past there to school.
        Agent: Thank you for reporting that. I'll pass it to the ASB officer, who'll work with the police, and the caretaker will clear the needles safely this morning.
        Caller: Thanks.
    """, dur=298),
     R("C300009", "asb", None, "drug|dealing|weed, needle",
       "Known mobile; drug dealing in the stairwell and discarded needles -> asb (sensitive).")),

    (call_in("11-11 15:30", "+447700900344", """
        Agent: Fairholme Homes, Sam speaking.
        Caller: Hiya, is that Sam? It's Megan Lister. 4 Beckside Mews.
        Agent: Hi Megan. Date of birth, please?
        Caller: Seventeenth of July, ninety-nine.
        Agent: Thank you. And what can I help with today?
        Caller: It's going to sound petty, but I need to say it.
        Agent: Go on.
        Caller: I went into the Bradford office yesterday to drop off my payslips. The woman on reception was really rude. She talked over me, she said "we're not a drop-in centre", and she laughed with her colleague when I asked for a receipt. I walked out nearly in tears.
        Agent: I'm sorry, that's not how you should be treated. I'm logging it as a complaint about staff conduct, and the office manager will call you back within two working days.
        Caller: OK. Thank you for listening.
    """, dur=273),
     R("C300044", "complaint", None, "complaint|rude, staff|reception|office",
       "Known mobile; complaint about a receptionist's rude conduct -> complaint.")),

    (call_in("11-12 10:00", "+447700900329", """
        Agent: Fairholme Homes, Tyrone speaking.
        Caller: Morning Tyrone. Kwame Mensah, 18 Thornhill Gardens.
        Agent: Morning. Postcode and date of birth?
        Caller: LS12 5EW. Fifteenth of May, eighty-three.
        Agent: Thanks Kwame. I see you usually message us on Telegram, it's nice to hear a voice!
        Caller: Ha, my phone's playing up, easier to ring.
        Caller: I'm opening a new bank account and they want a letter from my landlord confirming my address, something official. Can you do that?
        Agent: Yes, I'll send you a tenancy confirmation letter today. Do you want it by post or email?
        Caller: Email please.
    """, dur=236),
     R("C300029", "general", None, "letter|confirm, address",
       "Known mobile; request for a proof-of-address letter -> general (tenancy defensible).", TEN)),

    (call_in("11-12 11:15", "+447700900349", """
        Agent: Fairholme Homes, Joanne speaking.
        Caller: Hi Joanne, it's Sandra Okonkwo. Flat 6, Ashgrove Court.
        Agent: Hi Sandra. Postcode and date of birth, please?
        Caller: LS6 2JD. Tenth of October, seventy-eight.
        Agent: Lovely. How are you?
        Caller: Stressed, if I'm honest. Two things.
        Caller: First, my husband's hours have been cut at the warehouse, so money's tight. Can we get help with the rent, like housing benefit or something?
        Agent: You can claim Universal Credit for the housing costs. I'll send you the link, and I'm referring you to our money advice team for a full benefits check.
        Caller: Thanks. And the other thing, the radiators upstairs are only warm at the bottom, cold at the top. I don't know how to bleed them.
        Agent: I'll book a heating engineer to bleed and check them, Tuesday 17 November, all day slot.
        Caller: That's great.
    """, dur=402),
     R("C300049", "rent", None, "universal credit|benefit|money advice, radiator",
       "Known mobile; two topics: reduced income and help with rent (money advice referral) and cold radiators "
       "(engineer booked) -> rent first (repairs defensible).", REP)),

    (call_in("11-12 17:30", "+447700900335", """
        Agent: Fairholme Homes, Liam speaking.
        Caller: Alright Liam, Dean Sykes, flat 14 Foundry Walk.
        Agent: Alright Dean. Postcode and date of birth?
        Caller: S3 8NW, first of August, ninety-four.
        Agent: Cheers. Sorry for the wait, everyone rings at half five.
        Caller: No bother. Quick one really.
        Caller: My mate's moving abroad and he's asked me to take his dog. She's a staffie, six years old, really soft. Am I allowed a dog in the flat?
        Agent: You need written permission first. I'll send you the pet permission form; for flats we look at the size of the dog and whether there's a communal garden, and we'll reply within a couple of weeks.
        Caller: Nice one.
    """, to=SHEFF, dur=219),
     R("C300035", "tenancy", None, "dog|pet, permission|form",
       "Known mobile; asks permission to keep a dog; pet permission form sent -> tenancy.")),

    (call_in("11-13 09:40", "+447700900354", """
        Agent: Fairholme Homes, Habib speaking.
        Caller: Hello, good morning. Abdirahman Yusuf. Flat 3, Foundry Walk.
        Agent: Good morning. Can you confirm your postcode and date of birth?
        Caller: S3 8NW, twelfth of December, 1985.
        Agent: Thank you. It says on your file you sometimes use a Somali interpreter. Do you want one today?
        Caller: No, today English is fine.
        Agent: OK, what can I do for you?
        Caller: My wife and my baby son have got their visas. They arrive from Nairobi next month and will live with me. I need to tell you, put them on the house.
        Agent: Congratulations. I'll send you a change of household form so we can add them, and because your flat has one bedroom, you may want to apply for a transfer too. I'll include that form.
        Caller: Thank you very much.
    """, to=SHEFF, dur=297),
     R("C300054", "tenancy", None, "wife|baby|household, form",
       "Known mobile; wife and baby joining the household; change-of-household form sent -> tenancy "
       "(lettings defensible).", LET)),

    (call_in("11-13 10:20", "+447700900317", """
        Agent: Fairholme Homes, it's Naomi.
        Caller: Hi Naomi, it's Chloe Armitage, 30 Weavers Row.
        Agent: Hi Chloe. Postcode and date of birth, please?
        Caller: BD3 9PL, ninth of September, ninety-six.
        Agent: Great. Are you OK? You sound shattered.
        Caller: Because I am. I've been up since four. That's the problem.
        Caller: Number 32. Every Friday and Saturday the music's blasting till three in the morning. Bass through the walls, people shouting in the garden. I've knocked, I've left a note. I've got work at seven.
        Agent: I'll open a noise nuisance case with the ASB team. They'll send you diary sheets and a link to the noise app so you can record it, and the officer will call you next week.
        Caller: OK. Thank you.
    """, dur=267),
     R("C300017", "asb", None, "music|noise, diary|app",
       "Known mobile; persistent late-night music from a neighbour -> asb (sensitive).")),

    (call_in("11-13 14:00", "+447700900360", """
        Agent: Fairholme Homes, Danny speaking.
        Caller: Hiya, Marcus Bell, 12 Thornhill Gardens.
        Agent: Hiya Marcus. Postcode and date of birth?
        Caller: LS12 5EW, twenty-seventh of February, eighty.
        Agent: Cheers. Hang on one sec, my screen's frozen... there we go. Sorry about that.
        Caller: No worries, I've been listening to the hold music for ten minutes, I can wait another ten seconds.
        Agent: Ha. Go on then.
        Caller: The bathroom fan packed in weeks ago and now the ceiling above the shower is covered in black mould, and it's round the window too. I clean it and it's back.
        Agent: I'll book an electrician to replace the extractor fan, and I'm raising a damp and mould inspection, they'll treat the ceiling at the same visit if they can.
        Caller: Great.
    """, dur=259),
     R("C300060", "damp_mould", "damp_mould", "mould, extractor|fan",
       "Known mobile; broken bathroom extractor and black mould on the ceiling -> damp_mould.")),

    (call_in("11-16 08:35", "+447700900353", """
        Agent: Morning, Fairholme Homes, Harriet speaking.
        Caller: Morning Harriet, it's Lucy Fairweather, 44 Hollin Park Road.
        Agent: Morning Lucy. Postcode and date of birth?
        Caller: LS8 3QT, thirty-first of October, ninety.
        Agent: Ooh, Halloween birthday.
        Caller: Yep, always fancy dress, never by choice. Anyway.
        Caller: I've got the plumber booked for Thursday the nineteenth to look at the leak under the kitchen sink. My work's changed my shifts, I can't be in. Can you move it?
        Agent: Let me look. I can do Monday 23 November, 8 till 12.
        Caller: Perfect.
        Agent: Rebooked. You'll get a text confirmation.
    """, dur=226),
     R("C300053", "repairs", None, "rebook|reschedul|appointment|23, plumber|sink|leak",
       "Known mobile; moves a plumber appointment for a sink leak -> repairs.")),

    (call_in("11-16 12:00", "+447700900328", """
        Agent: Fairholme Homes, Emma speaking.
        Caller: Hiya Emma, Leanne Firth, 10 Thornhill Gardens.
        Agent: Hiya Leanne. Postcode and date of birth?
        Caller: LS12 5EW. Sixth of June, eighty-nine.
        Agent: Thanks. What can I do for you?
        Caller: It's just admin really, don't worry. I've been with my phone company for years and they've finally done my head in, so I've switched.
        Agent: Ha, fair enough.
        Caller: So this number I'm ringing on stops working on Friday. My new mobile number is 07700 900688. Can you change it on my account? And keep texting me, that's still best.
        Agent: Done, I've updated your phone number and kept text as your preferred contact.
    """, dur=198),
     R("C300028", "general", None, "number|phone|mobile",
       "Known mobile; change of phone number -> general.")),

    (call_in("11-16 15:10", "+447700900307", """
        Agent: Fairholme Homes, Leah speaking.
        Caller: Hello Leah, Samuel Osei, flat 4 Ashgrove Court.
        Agent: Hi Samuel. Postcode and date of birth?
        Caller: LS6 2JD. Nineteenth of March, 1976.
        Agent: Thank you. How's your day going?
        Caller: Better now it's stopped raining! My daughter's been at me to ring you about this, so here I am.
        Caller: Can I buy my flat? She says housing association tenants have a right to buy now.
        Agent: For most of our homes it's the Right to Acquire rather than Right to Buy, and it depends on when the flat was built and how long you've been a tenant. I'll post you the application form and the eligibility guide.
        Caller: Thank you, that's helpful.
    """, dur=244),
     R("C300007", "tenancy", None, "right to buy|right to acquire, form|guide",
       "Known mobile; Right to Buy / Right to Acquire enquiry -> tenancy (general defensible).", GEN)),

    (call_in("11-17 09:50", "+447700900343", """
        Agent: Fairholme Homes, Bilal speaking.
        Caller: Salaam, hello. Aisha Mohamud, 27 Weavers Row.
        Agent: Hi Aisha. Postcode and date of birth?
        Caller: BD3 9PL. Third of March, ninety-three.
        Agent: Thank you. How are the kids?
        Caller: Loud! They're off school with colds so it's a zoo here.
        Caller: I got an email saying I'm top of the list for the house I bid on, the two-bed at Beckside Mews. What happens now?
        Agent: Congratulations! It's a provisional offer. I can book you a viewing on Thursday 19 November at 11am, and if you like it we'll arrange the sign-up.
        Caller: Yes please, Thursday's good.
    """, dur=252),
     R("C300043", "lettings", None, "viewing, offer|bid|property",
       "Known mobile; provisional offer after a bid, viewing booked -> lettings.")),

    (call_in("11-17 11:30", "+447700900303", """
        Agent: Fairholme Homes, Gemma speaking.
        Caller: Hiya Gemma, it's Kelly Brannigan, 15 Hollin Park Road.
        Agent: Hi Kelly. Postcode and date of birth?
        Caller: LS8 3QT, second of February, eighty-eight.
        Agent: Thanks. What can I do for you?
        Caller: Well, good news for once. My housing benefit got backdated, and now my rent account says I'm £146 in credit. Can I have that back? It's nearly Christmas.
        Agent: Let me check. Yes, £146.20 in credit. I'll send you a refund request form by email; once it's back the refund goes to your bank within ten working days.
        Caller: Amazing.
    """, dur=211),
     R("C300003", "rent", None, "refund|credit",
       "Known mobile; rent account in credit after backdated benefit, refund requested -> rent.")),

    (call_in("11-17 14:40", "+447700900313", """
        Agent: Fairholme Homes, Scott speaking.
        Caller: Hi Scott. Victoria Pemberton, 14 Moorside Crescent.
        Agent: Hi Victoria. Postcode and date of birth, please?
        Caller: S6 4RB, fifth of January, 1982.
        Agent: Thanks. Working from home today?
        Caller: I am, which is why I'm looking out of the window at this.
        Caller: The communal grass on Moorside hasn't been cut since August, and the hedge along the footpath has grown so far out you have to walk in the road with a pushchair. The gardeners just seem to have stopped coming.
        Agent: I'll report it to the grounds maintenance supervisor, and ask them to cut the hedge back this week as a priority because of the footpath.
        Caller: Thank you.
    """, to=SHEFF, dur=233),
     R("C300013", "estate", None, "hedge|grass, grounds|gardeners",
       "Known mobile; overgrown communal hedge and grass -> estate.")),

    (call_out("11-02 11:30", "+447700900332", "Repairs scheduling", "completed", dur=267, answered_by="human", transcript="""
        Agent: Hello, is that Zofia Kamińska?
        Tenant: Yes, speaking.
        Agent: Hi Zofia, it's Pete from Fairholme Homes. Is it a good time? Would you like a Polish interpreter?
        Tenant: No, is OK, I understand. Slowly please.
        Agent: Of course. First, can you confirm your address?
        Tenant: Flat 5, Foundry Walk.
        Agent: Thank you. You reported the bedroom window doesn't close properly, and the frame is rotten at the bottom.
        Tenant: Yes, the wind comes in.
        Agent: We need a surveyor to measure it for a new window. Can they come on Tuesday 10 November in the morning?
        Tenant: Tuesday morning, yes, I am home.
        Agent: Great. I'll send you a text to confirm.
    """, frm=SHEFF),
     R("C300032", "repairs", None, "window, survey|surveyor|tuesday",
       "Outbound scheduling call, answered; window replacement survey booked -> repairs.")),

    (call_out("11-03 15:00", "+447700900341", "Damp and mould team", "completed", dur=318, answered_by="human", transcript="""
        Officer: Hello, is that Natalia Rusu?
        Tenant: Yes, hello.
        Officer: Hi Natalia, it's Kerry from the damp and mould team at Fairholme. Is now OK?
        Tenant: Yes, OK.
        Officer: Can you confirm your address for me?
        Tenant: Flat 15, Calder Court.
        Officer: Thank you. I'm ringing to see how things are six weeks after we treated the mould in your bedroom.
        Tenant: Not good. In the corner by the window it is black again, and the wardrobe is wet at the back.
        Officer: I'm sorry to hear that. I'll book the team to retreat it next week, and I'll bring you a dehumidifier on Friday. I'm also asking the surveyor to look at the wall insulation.
        Tenant: Thank you.
    """),
     R("C300041", "damp_mould", "damp_mould", "mould, dehumidifier|retreat|treat",
       "Outbound follow-up call; mould returned after treatment -> damp_mould.")),

    (call_out("11-04 10:30", "+447700900348", "Income team", "completed", dur=356, answered_by="human", transcript="""
        Officer: Hi, is that Connor Walsh?
        Tenant: Who's asking?
        Officer: It's Gail from Fairholme Homes, the income team. Can you confirm your address so I know I've got the right person?
        Tenant: 33 Moorside Crescent.
        Officer: Thank you. You sound busy, is now alright?
        Tenant: I'm on the school run, go on, I've got five minutes.
        Officer: Your account shows £180 arrears, we've had no payment for October.
        Tenant: That's wrong. I paid at the post office, cash, on the 16th of October. I've got the receipt.
        Officer: OK, sometimes those take a while to match. Can you send me a photo of the receipt? I'll check with our payments team and send you an updated rent statement.
        Tenant: Fine, I'll text it now.
    """, frm=SHEFF),
     R("C300048", "rent", None, "statement|receipt, payment|arrears",
       "Outbound income call; disputed arrears, cash payment to be traced, statement to follow -> rent.")),

    (call_in("11-18 10:05", U9(1), """
        Agent: Fairholme Homes, Nicola speaking.
        Caller: Hi, sorry, I don't know if I've got the right place. I'm not one of your tenants.
        Agent: That's fine, how can I help?
        Caller: My name's Jess. I'm staying at my friend's with my two kids, we've been on her sofa since September. Her landlord's not happy. I just don't know where to start.
        Agent: I'm sorry, that sounds really hard. Are you somewhere safe tonight?
        Caller: Yeah, for now.
        Agent: OK. Whereabouts are you?
        Caller: Wakefield.
        Caller: How do I get on your list for a house?
        Agent: We take applicants through the council's housing register, so the first step is to apply to Wakefield's housing options team; they can also help because you're at risk of homelessness. I can email you the links and our own lettings guide.
        Caller: Please, yeah.
    """, dur=340),
     V("lettings", None, "register|housing register, homeless|sofa",
       "Unknown number, not a tenant; sofa-surfing with children, asks how to join the housing register -> "
       "review; lettings.")),

    (call_in("11-18 13:40", U9(2), """
        Agent: Fairholme Homes, Asif speaking.
        Caller: Afternoon. My name's Derek Holmes. I own my own house, I'm not a tenant, but I back onto your land.
        Agent: OK Derek, how can I help?
        Caller: I live on Larch Lane, my garden backs onto the green at Thornhill Gardens. Nice green, the kids love it.
        Agent: It's a nice spot.
        Caller: It is. But there's a big sycamore on your side, and two of the branches are right over my garage roof now. In that wind last week one of them scraped the gutter off.
        Agent: I'll ask our tree contractor to inspect it and cut the branches back from your garage. Can I take a number to ring you on? This one?
        Caller: This one's fine.
    """, dur=226),
     V("estate", None, "tree|sycamore|branch",
       "Unknown caller, a private owner next to the estate; overhanging tree -> review; estate.")),

    (call_in("11-18 16:20", U9(3), """
        Agent: Fairholme Homes, good afternoon, Rosie speaking.
        Caller: Good afternoon. This is Councillor Anne Booth, ward member for Wakefield East. I'm calling on behalf of one of your tenants.
        Agent: Thank you Councillor. Who's the tenant, please?
        Caller: Bethany Cole, flat 3 Calder Court. She's given me permission, I've got her signed consent form which I'll email over.
        Agent: That's great, thank you.
        Caller: How's the new office working out, by the way? I heard you've moved the Wakefield team.
        Agent: We're settling in!
        Caller: Ms Cole has had mould in her bedroom and bathroom since the summer. She's reported it three times and says she's had one visit and no work. Her little boy's been poorly.
        Agent: I'll escalate it to the damp and mould team manager today and ask them to contact Ms Cole to book an inspection this week, and we'll reply to you in writing.
    """, dur=365),
     R("C300020", "damp_mould", "damp_mould", "mould, councillor|inspection",
       "Unknown number; a councillor acting for a named tenant (consent) about unresolved mould -> record against "
       "C300020 (review defensible); damp_mould (complaint defensible).", M(REVOK, CMP))),

    (call_in("11-19 09:30", U9(4), """
        Agent: Fairholme Homes, Marcia speaking.
        Caller: Hello, my name is Ruth Addo, I'm a social worker with Leeds children's services. I'm calling about a family in one of your flats.
        Agent: OK, can you confirm how you're calling and your team?
        Caller: Yes, Children's Social Work Service, West Leeds. I can email from my work address to verify.
        Agent: Thank you, that'd be helpful. Which address is it?
        Caller: Flat 12, Ashgrove Court.
        Caller: We've had a referral from the school. The children say the flat is very cold and there's no working cooker. We're visiting this week, and I wanted to ask whether there are outstanding repairs and whether you have any concerns.
        Agent: I'll pass this to our safeguarding lead, who'll call you back today, and we'll check the repairs history.
    """, dur=329),
     V("safeguarding", None, "social worker|children, cold|cooker",
       "Unknown number; a social worker raising a concern about a household (Flat 12 Ashgrove Court = C300010) -> "
       "review per convention (record defensible); safeguarding.", ALT("C300010"))),

    (call_in("11-19 18:45", "+447700900328", """
        Agent: Fairholme Homes, Ian speaking.
        Caller: Hi. Before I say anything, can I stay anonymous? I don't want my name on this.
        Agent: Yes, you can. I won't put your name on the report.
        Caller: OK. Thank you. I'm a bit on edge.
        Agent: That's alright. Take your time. What's happened?
        Caller: It's a house on Thornhill Gardens. The two little ones from there, they're about four and six, keep being left on their own. Tonight they've been out on the step in their pyjamas for an hour, no coats, and no adult's come. I gave them a biscuit. I don't want to cause trouble.
        Agent: Thank you for telling us. I'm passing this to our safeguarding team now, and if you think they're in danger tonight please ring the police on 999.
    """, dur=281),
     A("safeguarding", None, "children|kids|little ones, alone|left",
       "Known mobile, but the caller asks to stay anonymous -> anonymous; young children left alone outside -> "
       "safeguarding.", {"action": ["record"], "customer_ref": ["C300028"]})),

    (call_in("11-19 11:05", "+447700900339", """
        Relay Assistant: Hello, this is a Relay UK call. I'm a relay assistant and I'll type what you say to the caller, who is Deaf and will type back. Please speak directly to the caller and say "go ahead" when you've finished.
        Agent: Hello, this is Kate at Fairholme Homes, how can I help? Go ahead.
        Caller (typed): Hi Kate this is Shirley Baxter 52 Hollin Park Road LS8 3QT. Sorry relay is slow. Go ahead
        Agent: No problem at all, Shirley. Can you confirm your date of birth? Go ahead.
        Caller (typed): 14 April 1967. Go ahead
        Agent: Thank you. What can I do for you? Go ahead.
        Caller (typed): My flashing doorbell is broken so I did not know the gas engineer came on Tuesday. He left a card. Please fix doorbell and rebook gas check. Text me the date please, no voice calls. Go ahead
        Agent: I'll raise a repair for the flashing doorbell and rebook the gas safety check. We'll text you both dates. Go ahead.
    """, dur=604),
     R("C300039", "repairs", None, "doorbell, gas|rebook",
       "Known mobile via Relay UK (Deaf tenant); broken flashing doorbell caused a missed gas check -> repairs.")),

    (call_in("11-19 14:30", U9(5), """
        Agent: Fairholme Homes, Paula speaking.
        Caller: Hello, I'm Sue Grant, a discharge coordinator at St James's Hospital. I'm ringing about a patient who's one of your tenants.
        Agent: OK, thank you. Has the patient consented to us talking to you?
        Caller: He has, he's next to me, he asked me to ring. Mr Harold Birkett, 3 Thornhill Gardens.
        Agent: Thanks. How is he?
        Caller: Doing well, he's a character! He had a fall at home, hence he's with us. We're planning discharge next Wednesday.
        Caller: Before he goes home he needs a key safe fitted by the front door so the carers can get in, and a second stair rail. Can you do that quickly?
        Agent: I'll raise an urgent adaptations request for the key safe and the stair rail today and call you back with a date before Wednesday.
    """, dur=348),
     R("C300045", "repairs", None, "key safe, rail|discharge",
       "Unknown number; hospital discharge coordinator acting for a named tenant with consent -> record against "
       "C300045 (review defensible); adaptations before discharge -> repairs (general defensible).", M(REVOK, GEN))),

    (call_in("11-07 02:10", "+447700900335", """
        Agent: Fairholme Homes out of hours, Marco speaking. Is anyone in danger right now?
        Caller: I don't think so. It's Dean Sykes, flat 14 Foundry Walk.
        Agent: Thanks Dean. Can you confirm the postcode?
        Caller: S3 8NW.
        Agent: Thanks. What's happening?
        Caller: I came in from a night out and the kitchen reeks of gas. The hob's off, I checked.
        Agent: OK. Don't switch any lights on or off and don't use anything electrical. Open the windows, turn the gas off at the meter if you can, and leave the flat. I'm putting you through to the gas emergency service now and I'm logging it with our on-call engineer.
        Caller: OK. I'm going outside.
    """, to=OOH, dur=187),
     R("C300035", "repairs", "emergency", "gas, smell|reek",
       "Known mobile, out of hours; smell of gas -> emergency.")),

    (call_in("11-08 06:15", "+447700900334", """
        Agent: Fairholme Homes out of hours, Jade speaking.
        Caller: Hi, it's Rebecca Thornton, flat 11 Foundry Walk, S3 8NW.
        Agent: Hi Rebecca. What's happened?
        Caller: Water's pouring through my bathroom ceiling from the flat above, right through the light fitting, and the electric's tripped. There's an inch of water on the floor. Nobody's answering upstairs.
        Agent: Stay out of the bathroom and keep the electrics off. I'm sending an emergency plumber and an electrician now, they'll be there within two hours, and we'll try to get access upstairs to stop the water.
        Caller: OK. I'm putting towels down.
    """, to=OOH, dur=176),
     R("C300034", "repairs", "emergency", "water|flood|ceiling, plumber|electrician",
       "Known mobile, out of hours; water pouring through a light fitting from the flat above -> emergency.")),

    (call_in("11-06 15:20", "+447700900325", """
        Agent: Fairholme Homes, Rachel speaking.
        Caller: Hello, Ioana Marin, 12 Beckside Mews.
        Agent: Hi Ioana. Postcode and date of birth?
        Caller: BD4 7HA. Twenty-third of August, ninety-one.
        Agent: Thanks. Would you like a Romanian interpreter today? I can see it on your file.
        Caller: No, thank you, my English is OK for this. I practise with my son, he corrects me all the time!
        Agent: Ha, they always do. What can I help with?
        Caller: I want to make complaint. Properly. In September I reported the mould in my son's room. Your man came, he looked for two minutes and he said it is my fault, I dry clothes inside. I don't! I have a dryer. And he didn't do anything. Now the mould is bigger, on the ceiling too.
        Agent: I'm sorry, that's not how it should have been handled. I'm logging a formal complaint about the inspection, and I'm booking a damp and mould surveyor this week to look at the room properly.
        Caller: Thank you. Finally.
    """, dur=311),
     R("C300025", "complaint", "damp_mould", "complaint, mould, surveyor|survey",
       "Known mobile; complaint about how a mould report was handled, mould still live and spreading -> complaint "
       "with hazard damp_mould (damp_mould category defensible).", DMP)),

    (call_in("11-10 10:10", "+447700900351", """
        Agent: Fairholme Homes, Abdul speaking.
        Caller: Hi Abdul, Yasmin Akhtar, 36 Thornhill Gardens.
        Agent: Hi Yasmin. Postcode and date of birth?
        Caller: LS12 5EW, twenty-sixth of June, ninety.
        Agent: Thanks. How's your mum doing? I see a note she lives with you.
        Caller: She's well, thank you, she's watching her dramas!
        Caller: I got married in the summer and my husband, Faisal, has moved in with us. We'd like him to be on the tenancy too, as a joint tenant. Is that possible?
        Agent: It can be. I'll send you the joint tenancy application; we'll need proof he's living there and ID, and the housing officer will arrange a visit.
        Caller: Lovely.
    """, dur=238),
     R("C300051", "tenancy", None, "joint tenan|husband",
       "Known mobile; request to add a spouse as joint tenant -> tenancy.")),

    (call_in("11-10 16:40", "+447700900306", """
        Agent: Fairholme Homes, Zara speaking.
        Caller: Hello, Agnieszka Wójcik, flat 2 Ashgrove Court.
        Agent: Hi Agnieszka. Postcode and date of birth?
        Caller: LS6 2JD, seventh of July, eighty-five.
        Agent: Thanks. It's usually Telegram from you!
        Caller: Yes, but this is a question, easier to talk.
        Caller: My friend's flat was flooded and she lost everything, no insurance. Your building insurance doesn't cover my things, yes? Do you have a contents insurance for tenants?
        Agent: That's right, our building insurance doesn't cover your belongings. We do have a tenants' contents insurance scheme; I'll email you the leaflet and application.
        Caller: Great, thank you.
    """, dur=201),
     R("C300006", "general", None, "insurance|contents",
       "Known mobile; tenants' contents insurance enquiry -> general.")),

    (call_in("11-11 11:55", "+447700900320", """
        Agent: Fairholme Homes, Marie speaking.
        Caller: Hiya, Bethany Cole, flat 3 Calder Court.
        Agent: Hi Bethany. Postcode and date of birth?
        Caller: WF1 3DX. Thirteenth of November, ninety-seven.
        Agent: Oh, birthday on Friday!
        Caller: Don't remind me. Right.
        Caller: The bin store at Calder Court is overflowing. The big communal bins haven't been emptied in two weeks, there's bags piled up outside them and I saw a rat last night. It stinks.
        Agent: I'll chase the council's waste team about the missed collection and ask our caretaker to tidy the bags and put down bait.
        Caller: Thanks.
    """, dur=219),
     R("C300020", "estate", None, "bin, rat|collection",
       "Known mobile; overflowing communal bins and a rat -> estate.")),

    (call_in("11-12 09:20", "+447700900318", """
        Agent: Fairholme Homes, Hana speaking.
        Caller: Arabic, please.
        Agent: Of course, one moment, I'll bring in an Arabic interpreter.
        Interpreter: Good morning, this is the Arabic interpreter, ID 2290.
        Agent: Thank you. Could you ask for his name and address?
        Interpreter: Mohammed Al-Rashid, 41 Weavers Row, Bradford.
        Agent: And date of birth?
        Interpreter: Fifth of October, 1962.
        Agent: Thank you. What can we help with?
        Interpreter: He says his knees are very bad and the stairs in his house are hard. He wants to move to a bungalow. He's seen bungalows advertised and wants to know how to bid, and if his doctor's letter helps.
        Agent: Please tell him he can bid online or we can bid for him. I'll send him a medical priority form in Arabic and English, and he can return it with the doctor's letter.
    """, dur=488),
     R("C300018", "lettings", None, "bungalow|bid|move, medical",
       "Known mobile, via an Arabic interpreter; wants to bid for a bungalow on medical grounds -> lettings.")),

    (call_in("11-12 13:10", "+441144960322", """
        Agent: Fairholme Homes, Andy speaking.
        Caller: Hello, it's Tariq Hussain, 8 Moorside Crescent.
        Agent: Hi Mr Hussain. Postcode and date of birth?
        Caller: S6 4RB, tenth of August, sixty-nine.
        Agent: Thank you. How are things?
        Caller: Good, good, the grandchildren are staying, so noisy!
        Caller: I paid the rent by card on your website last Friday, £105, but I typed the wrong reference, I put my old reference from the council. Has it gone on my account?
        Agent: I can see an unallocated payment of £105 from Friday. I'll move it onto your rent account now.
        Caller: Wonderful.
    """, to=SHEFF, dur=231),
     R("C300012", "rent", None, "payment|paid, reference",
       "Shared Hussain landline; the caller names himself (Tariq) -> C300012; misreferenced rent payment -> rent.")),

    (call_in("11-13 18:30", "+441134960357", """
        Agent: Fairholme Homes, Sean speaking.
        Caller: Hi, it's Tomasz Nowak, 40 Hollin Park Road.
        Agent: Hi Tomasz. Postcode and date of birth?
        Caller: LS8 3QT, twenty-fourth of January, eighty-one.
        Agent: Thanks. What can I do for you?
        Caller: Sorry, my wife's shouting something. ... She says hello.
        Agent: Ha, hello back.
        Caller: The neighbours at number 42 leave their dog in the garden all day while they're at work. It barks non-stop from eight till six. My wife works nights and can't sleep. We've asked them nicely twice.
        Agent: I'll log it with the ASB team as a noise nuisance; they'll send you diary sheets and write to the neighbours.
        Caller: Thank you.
    """, dur=248),
     R("C300038", "asb", None, "dog|bark, noise|diary",
       "Shared Nowak landline, the caller names himself (Tomasz) -> C300038; constant dog barking next door -> asb.")),

    (call_in("11-14 07:55", "+441134960357", """
        Agent: Fairholme Homes out of hours, Jen speaking.
        Caller: Hello, yes, hello. We had a burglary in the night.
        Agent: Oh no. Is everyone safe? Are the police aware?
        Caller: Yes, police came, we have crime number. Everybody is OK.
        Agent: Good. What's the address?
        Caller: 40 Hollin Park Road, Leeds.
        Agent: Thank you. What do you need from us?
        Caller: They smashed the glass in the back door, it is open, we cannot lock the house. We need someone to board it.
        Agent: I'll send the emergency joiner to board it up within two hours. Can I take your name?
        Caller: Sorry, the police are back, I have to go.
    """, to=OOH, dur=152),
     V("repairs", "emergency", "door|glass, board",
       "Shared Nowak landline, no name given -> review (either Nowak defensible); back door glass smashed in a "
       "burglary, home insecure -> emergency repair.", ALT("C300037", "C300038"))),

    (call_in("11-16 10:50", "+447700900346", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, John Smith, flat 14 Calder Court.
        Agent: Hi John. Postcode and date of birth?
        Caller: WF1 3DX, second of December, 1975.
        Agent: Thanks. What can I help with?
        Caller: I'm not happy at all. I've had an invoice for £185 for a new front door lock. I didn't break it. The lock seized, the locksmith even said it was worn out. Now you're charging me like I did something wrong.
        Agent: I'm sorry. I'll log a complaint about the recharge, put the invoice on hold while we look into it, and a manager will reply within ten working days.
        Caller: Good. Thanks.
    """, dur=247),
     R("C300046", "complaint", None, "recharge|invoice|charge, lock",
       "Known mobile (the Calder Court John Smith); complaint about a recharge for a worn lock -> complaint "
       "(rent defensible).", RENT)),

    (call_in("11-16 17:05", U9(6), """
        Agent: Fairholme Homes, Olivia speaking.
        Caller: Yeah, hi. John Smith. I'm ringing from my work phone.
        Agent: Hi John. Can I have your address, please?
        Caller: Sorry, what?
        Agent: Your address, please, to find your account.
        Caller: Hang on, it's a terrible line. Look, I'll be quick.
        Caller: The car park barrier's stuck up again, so anyone can park in our spaces. Half the residents couldn't park last night. Can you get it fixed?
        Agent: I'll report the barrier. Can I just get your address?
        Caller: You're breaking up... [call ends]
    """, dur=131),
     V("estate", None, "barrier|car park",
       "Unknown number; 'John Smith' alone matches two customers and no address is given -> review; car park "
       "barrier -> estate (repairs defensible).", M(ALT("C300015", "C300046"), REP))),

    (call_in("11-17 12:20", "+447700900356", """
        Agent: Fairholme Homes, Karim speaking.
        Caller: Hello, Ahmed Farouk. 50 Weavers Row.
        Agent: Hello Mr Farouk. Would you like an Arabic interpreter?
        Caller: No, English OK today, my son is helping me.
        Agent: OK. Postcode and date of birth?
        Caller: BD3 9PL. Fourth of March, seventy-three.
        Agent: Thank you. What can I do?
        Caller: Every morning the windows are full of water, running down. And in the children's wardrobe the clothes have green spots, mould. The walls are cold and wet. My youngest, he coughs all night.
        Agent: I'll book a damp and mould inspection, and I'll arrange for a surveyor to check the walls and the ventilation. Someone will ring your son to book.
    """, dur=273),
     R("C300056", "damp_mould", "damp_mould", "mould|condensation, inspection|surveyor",
       "Known mobile; heavy condensation and mould on children's clothes, child coughing -> damp_mould.")),

    (call_in("11-18 08:50", "+447700900307", """
        Agent: Fairholme Homes, Tom speaking.
        Caller: Hi Tom, it's Samuel Osei again, flat 4 Ashgrove.
        Agent: Hi Samuel. Postcode and date of birth?
        Caller: LS6 2JD. Nineteenth of March, seventy-six.
        Agent: Thanks. What's up?
        Caller: I'm worried about the old gentleman in flat 1, Mr... I don't know his name. He always says hello at the bins. I haven't seen him for over a week, his post is piling up behind the door and there's a bad smell on the landing.
        Agent: Thank you for calling. I'm sending this to our safeguarding team now and asking the housing officer to do a welfare visit this morning; if there's no answer we'll call the police.
        Caller: Thank you. I hope he's OK.
    """, dur=239),
     R("C300007", "safeguarding", None, "welfare|neighbour, smell|post",
       "Known mobile; concern for an older neighbour not seen for a week -> safeguarding (welfare check), recorded "
       "against the caller.")),

    (call_in("11-18 15:00", "+447700900315", """
        Agent: Fairholme Homes, Ricky speaking.
        Caller: Afternoon, John Smith, 22 Weavers Row.
        Agent: Afternoon John. Postcode and date of birth?
        Caller: BD3 9PL, thirtieth of June, fifty-four.
        Agent: Thank you. How's things?
        Caller: Quiet, since the kids left home. That's what I'm ringing about.
        Caller: I'm rattling around in a three-bedroom house on my own. I'd like something smaller, a one-bed flat or a bungalow. I heard you pay people to downsize?
        Agent: We do, there's a downsizing incentive. I'll register you for a transfer and post you the incentive scheme details.
        Caller: Champion.
    """, dur=226),
     R("C300015", "lettings", None, "downsiz|smaller, transfer|incentive",
       "Known mobile (the Weavers Row John Smith); wants to downsize -> lettings (tenancy defensible).", TEN)),

    (call_out("11-09 11:40", "+447700900311", "Gas servicing", "completed", dur=244, answered_by="human", transcript="""
        Agent: Hello, is that Amina Hussain?
        Tenant: Yes, who's this?
        Agent: It's Rob from Fairholme's gas servicing team. Can you confirm your address for me?
        Tenant: 8 Moorside Crescent.
        Agent: Thanks. How are you today?
        Tenant: Fine, I'm just making lunch.
        Agent: I won't keep you long. Your annual gas service is due; can we book it for Monday 16 November in the morning?
        Tenant: Yes, OK. Oh, and the bathroom fan isn't working, it doesn't turn on.
        Agent: I'll add a job for the electrician to look at the bathroom fan at the same time.
        Tenant: Thank you.
    """, frm=SHEFF),
     R("C300011", "repairs", None, "gas|service, fan",
       "Outbound call to Amina's own mobile; gas service booked and a broken bathroom fan added -> repairs.")),

    (call_out("11-11 10:15", "+447700900310", "Damp and mould team", "completed", dur=402, answered_by="human", transcript="""
        Officer: Hello, is that Hodan Abdi? It's Louise from Fairholme Homes, I have a Somali interpreter with me.
        Interpreter: Hello Hodan, I'm the interpreter.
        Tenant: (via interpreter) Hello, yes.
        Officer: Can she confirm her address?
        Interpreter: Flat 12, Ashgrove Court.
        Officer: Thank you. I'm calling with the results of the damp survey.
        Officer: The survey found the mould in the bedrooms is caused by poor ventilation and a cold wall. We're installing a new extractor system and insulating the wall. Work starts Thursday 26 November.
        Interpreter: She says thank you, and asks if the children can stay in the flat.
        Officer: Yes, the work is one room at a time.
    """),
     R("C300010", "damp_mould", "damp_mould", "mould|survey, extractor|insulat",
       "Outbound call with interpreter; damp survey results and works booked -> damp_mould.")),

    (call_out("11-16 14:10", "+447700900317", "ASB team", "completed", dur=288, answered_by="human", transcript="""
        Officer: Hi, is that Chloe? It's Dan, the ASB officer from Fairholme. Is now a good time?
        Tenant: Yeah, I'm on my lunch.
        Officer: Great. Can you confirm your address so I know I've got the right Chloe?
        Tenant: 30 Weavers Row.
        Officer: Thanks. Did the diary sheets arrive?
        Tenant: Yeah, I've filled two in already.
        Officer: Brilliant. I'm ringing for an update on the noise from next door.
        Tenant: It happened again Saturday, till half three. I recorded it on the app.
        Officer: Thanks. I've listened to it. I'm sending the neighbours a formal warning letter this week, and I'll call you again in a fortnight.
    """),
     R("C300017", "asb", None, "noise|music, warning",
       "Outbound ASB-officer update call; noise continuing, warning letter to neighbour -> asb.")),

    (call_out("11-17 16:00", "+441632960342", "Complaints team", "completed", dur=371, answered_by="human", transcript="""
        Officer: Hello, is that Mr Barraclough? It's Anita from the complaints team at Fairholme.
        Tenant: It is.
        Officer: Can you confirm your address?
        Tenant: 6 Weavers Row.
        Officer: Thank you. Did you have a good birthday last week?
        Tenant: I did, thank you, very quiet.
        Officer: I'm calling about your stage one response on the kitchen works.
        Tenant: I read it. It says the oven's connected and the rubble's gone, which is true, but nobody's said anything about the damaged hall carpet or the fact I went a week without an oven. It doesn't address half of it.
        Officer: I understand. I'll escalate your complaint to stage two, and our head of service will review it and reply within twenty working days.
    """),
     R("C300042", "complaint", None, "stage two|stage 2|escalat, complaint",
       "Outbound complaints call; dissatisfied with the stage one response -> escalated to stage two -> complaint.")),

    (call_out("11-18 11:20", "+447700900346", "Lettings team", "completed", dur=265, answered_by="human", transcript="""
        Officer: Hello, is that John Smith?
        Tenant: Yes.
        Officer: It's Holly from the lettings team at Fairholme. Which address are you at, John, just so I've got the right person?
        Tenant: Flat 14 Calder Court.
        Officer: Lovely. I'm calling about your transfer application.
        Tenant: Oh, good.
        Officer: We've assessed it and placed you in Band C.
        Tenant: Band C? I've got a medical letter. I can't manage the stairs, the lift breaks all the time.
        Officer: You can ask for a review of the banding decision. I'll email you the review form, and send the medical letter with it.
    """),
     R("C300046", "lettings", None, "band|banding, review",
       "Outbound lettings call to the Calder Court John Smith's mobile; transfer banding decision and review -> "
       "lettings.")),

    (call_out("11-19 10:40", "+447700900359", "Income team", "completed", dur=209, answered_by="human", transcript="""
        Officer: Hi, is that Jade Whitehead?
        Tenant: Yeah?
        Officer: It's Maz from Fairholme Homes, income team. Can you confirm your address and date of birth?
        Tenant: Flat 13 Ashgrove Court. Sixth of February, ninety-eight.
        Officer: Thanks Jade. Nothing serious.
        Tenant: Phew.
        Officer: Your direct debit on Monday came back unpaid, so there's £98 outstanding.
        Tenant: Oh no, I changed banks. I forgot to tell you.
        Officer: No problem. Can you pay the £98 by card? And I'll send you a new direct debit form for the new account.
        Tenant: I'll pay by card on Friday when I get paid.
    """),
     R("C300059", "rent", None, "direct debit|unpaid, card|pay",
       "Outbound income call; returned direct debit, card payment promised, new mandate to be sent -> rent.")),

    (call_out("11-20 09:15", "+447700900344", "Tenancy team", "completed", dur=278, answered_by="human", transcript="""
        Officer: Hello, is that Megan Lister?
        Tenant: Speaking.
        Officer: Hi Megan, it's Rob, your housing officer. Can you confirm your address?
        Tenant: 4 Beckside Mews.
        Officer: Thanks. Thanks for your call the other week about the office, by the way, I hope the manager rang you.
        Tenant: She did, thanks.
        Officer: Good. This is about something else. We've had a few comments about your back garden: the grass is very long and there are bags of rubbish by the fence attracting rats.
        Tenant: I know. My lawnmower broke and I've not been well.
        Officer: Understood. I'll refer you to our garden assistance scheme, and could you get the rubbish bags out by the end of next week? I'll pop round to see how you're getting on.
    """),
     R("C300044", "tenancy", None, "garden, rubbish|grass",
       "Outbound housing-officer call; untidy garden (tenancy condition), garden assistance referral -> tenancy "
       "(estate defensible).", EST)),
]


# ============================================================================================
# B. Non-English and mixed-language messages, every category
# ============================================================================================
ITEMS += [
    # --- Polish
    (tg_in("11-03 07:50", "5120034471", "Agnieszka", """
        Dzień dobry. W sypialni córki, na ścianie za łóżkiem, pojawiła się czarna pleśń, a rano okna są całe
        mokre. Córka od tygodnia kaszle. Czy ktoś może przyjść i to obejrzeć? Agnieszka, mieszkanie 2
    """),
     R("C300006", "damp_mould", "damp_mould", "mould, daughter|cough|bedroom",
       "Polish: 'black mould has appeared on the wall behind the bed in my daughter's bedroom, the windows are "
       "wet every morning, she has been coughing for a week; can someone come and look?' Linked Telegram id -> "
       "damp_mould.")),

    (wa_in("11-09 18:10", "447700900332", "Zofia", """
        Dzień dobry, w czwartek 12 listopada rano ma przyjść hydraulik do cieknącego kranu, ale muszę jechać z
        mamą do szpitala. Czy można przełożyć wizytę na przyszły tydzień? Najlepiej poniedziałek albo wtorek.
        Dziękuję, Zofia Kamińska, Foundry Walk 5
    """),
     R("C300032", "repairs", None, "appointment|rebook|reschedul|move, plumber|tap",
       "Polish: 'the plumber is due Thursday 12 November for the dripping tap but I have to take my mother to "
       "hospital; can it move to next week, ideally Monday or Tuesday?' Known number -> repairs appointment "
       "change.")),

    (sms_in("11-04 12:30", "+447700900337", """
        Dzień dobry, dostałam list, że mam zaległości w czynszu 230 funtów. Nie rozumiem, płacę co miesiąc
        zleceniem stałym z banku. Proszę o wyciąg z konta czynszowego. Grażyna Nowak, 40 Hollin Park Road
    """),
     R("C300037", "rent", None, "arrears|rent, statement",
       "Polish: 'I got a letter saying I owe £230 rent arrears; I don't understand, I pay monthly by standing "
       "order; please send a rent account statement.' Grażyna's own mobile -> C300037; rent.")),

    (tg_in("11-16 08:20", "5301177720", "Tomasz", """
        Hej, śmieci nie były zabrane od dwóch tygodni, the brown bin i czarny też, wszystko się wysypuje i
        śmierdzi na całą ulicę. Hollin Park Rd 40. Możecie zadzwonić do council?
    """),
     R("C300038", "estate", None, "bin|rubbish|collection",
       "Polish/English mix: 'the bins haven't been collected for two weeks, the brown bin and the black one, "
       "everything is spilling out and the whole street stinks; can you call the council?' Linked Telegram id "
       "-> estate (general defensible).", GEN)),

    (email_in("11-12 20:05", "zofia.kaminska@example.com", "Zofia Kamińska", "Przeniesienie do większego mieszkania", """
        Dzień dobry,

        mieszkam w mieszkaniu z jedną sypialnią z mężem i dwójką dzieci (3 i 7 lat). Dzieci śpią w salonie.
        Chciałabym zapisać się na listę do przeniesienia do większego mieszkania. Co muszę zrobić?

        Pozdrawiam
        Zofia Kamińska
        Flat 5, Foundry Walk
    """),
     R("C300032", "lettings", None, "transfer|rehous|register|larger|bigger, bedroom|children|overcrowd",
       "Polish: 'one-bedroom flat with my husband and two children who sleep in the living room; I want to join "
       "the list for a transfer to a bigger home.' Known e-mail -> lettings (tenancy defensible).", TEN)),

    # --- Romanian
    (tg_in("11-08 01:40", "6230118845", "Andrei", """
        Bună seara. Vecinii de la numărul 19 fac petreceri în fiecare weekend până la 4 dimineața, cu muzică
        foarte tare și oameni care țipă în curte. Copiii mei nu pot dormi. Am vorbit cu ei, dar nu s-a schimbat
        nimic.
    """),
     R("C300014", "asb", None, "music|noise|part",
       "Romanian: 'the neighbours at number 19 have parties every weekend until 4am with very loud music and "
       "people shouting in the garden; my children can't sleep; I've spoken to them, nothing changed.' Linked "
       "Telegram id -> asb.")),

    (wa_in("11-13 19:00", "447700900325", "Ioana", """
        Bună ziua, vreau să renunț la casă. Mă întorc în România la sfârșitul lui decembrie. Cu cât timp înainte
        trebuie să vă anunț și ce fac cu cheile? Ioana Marin, 12 Beckside Mews
    """),
     R("C300025", "tenancy", None, "end|notice|leav|terminat|give up, keys",
       "Romanian: 'I want to give up the house, I'm going back to Romania at the end of December; how much notice "
       "do I need to give and what do I do with the keys?' Known number -> ending a tenancy.")),

    (wa_in("11-17 10:30", "447700900341", "Natalia", """
        Bună ziua, am un număr nou de telefon: 07700 900689. Vă rog să-l actualizați în dosarul meu și să-mi
        scrieți pe WhatsApp pe acest număr de acum înainte. Mulțumesc! Natalia Rusu, ap. 15 Calder Court
    """),
     R("C300041", "general", None, "number|phone",
       "Romanian: 'I have a new phone number, please update my file and message me on WhatsApp on it from now "
       "on.' Sent from the number on file -> change of contact details -> general.")),

    (wa_in("11-02 07:20", "447700900352", "Bogdan", """
        Buna ziua, caloriferul din sufragerie curge apa pe jos de azi noapte, la robinetul de jos. Am pus un
        prosop si o oala. Puteti trimite pe cineva? Bogdan, nr 19 Beckside Mews
    """),
     R("C300052", "repairs", None, "radiator|valve, leak|water",
       "Romanian without diacritics: 'the living-room radiator has been leaking water on the floor since last "
       "night, at the bottom valve; I've put a towel and a pot under it.' Known number -> routine repair.")),

    # --- Urdu
    (wa_in("11-05 16:45", "447700900351", "Yasmin", """
        السلام علیکم، کیا میں گھر میں ایک بلی رکھ سکتی ہوں؟ بچے بہت ضد کر رہے ہیں۔ اس کے لیے کوئی فارم بھرنا
        ہوگا؟ یاسمین، 36 تھورن ہل گارڈنز
    """),
     R("C300051", "tenancy", None, "cat|pet, permission|form",
       "Urdu: 'may I keep a cat at home? The children keep insisting. Is there a form to fill in?' Known number "
       "-> pet permission -> tenancy.")),

    (wa_in("11-10 21:30", "447700900309", "Imran", """
        Assalam o alaikum bhai, bachon ke kamre ki deewar pe kala fungus phail gaya hai, khirki ke paas. Almari
        mein kapron pe bhi daag aa gaye hain aur bu aati hai. Koi check karne aa sakta hai? Imran, flat 9 Ashgrove
    """),
     R("C300009", "damp_mould", "damp_mould", "mould|fungus, bedroom|wall|clothes",
       "Roman Urdu: 'black mould has spread on the wall of the children's room near the window; clothes in the "
       "wardrobe have spots and smell; can someone come and check?' Known number -> damp_mould.")),

    (wa_in("11-13 15:15", "447700900311", "Amina", """
        آپ کا پلمبر دو دفعہ نہیں آیا۔ میں نے دونوں دن کام سے چھٹی لی اور کسی نے فون بھی نہیں کیا۔ کچن کا سنک ابھی
        تک لیک ہو رہا ہے۔ میں شکایت درج کروانا چاہتی ہوں۔ آمنہ حسین
    """),
     R("C300011", "complaint", None, "complain, plumber|appointment",
       "Urdu: 'your plumber didn't come twice; I took both days off work and nobody even rang; the kitchen sink "
       "is still leaking; I want to make a complaint.' Amina's own mobile -> complaint (repairs defensible).",
       REP)),

    (sms_in("11-06 13:20", U9(10), """
        Assalam o alaikum, mera rent account mein kitne paise baqi hain? Pichle mahine Universal Credit late aaya
        tha. Mera naam Rizwan Ali hai, flat 4 Foundry Walk.
    """),
     V("rent", None, "rent|balance|arrears",
       "Roman Urdu: 'how much is owing on my rent account? Universal Credit was late last month. Rizwan Ali, flat "
       "4 Foundry Walk.' Unknown number, name and flat not in the directory -> review; rent.")),

    # --- Punjabi
    (wa_in("11-04 20:10", "447700900347", "Priya", """
        ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਮੇਰੀ ਸੱਸ ਹੁਣ ਪੱਕੇ ਤੌਰ 'ਤੇ ਸਾਡੇ ਨਾਲ ਰਹਿਣ ਆ ਗਈ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਉਨ੍ਹਾਂ ਦਾ ਨਾਮ ਘਰ ਦੇ ਮੈਂਬਰਾਂ ਵਿੱਚ
        ਜੋੜ ਦਿਓ। ਕਿਹੜਾ ਫਾਰਮ ਭਰਨਾ ਪਵੇਗਾ? ਪ੍ਰਿਆ, 17 ਮੂਰਸਾਈਡ ਕ੍ਰੇਸੈਂਟ
    """),
     R("C300047", "tenancy", None, "mother|household, form",
       "Punjabi (Gurmukhi): 'my mother-in-law has now come to live with us permanently; please add her to the "
       "household; which form do I fill in?' Known number -> household change -> tenancy.")),

    (wa_in("11-06 08:05", "447700900312", "Tariq", """
        Assalam alaikum ji. Saade ghar de pichle paase wala gate kal raat hawa naal toot gaya, hun band nahi
        hunda te kabza latak reha ae. Koi banda bhejo ji. Tariq, 8 Moorside
    """),
     R("C300012", "repairs", None, "gate|hinge",
       "Roman Punjabi: 'the back gate broke in the wind last night, it won't close and the hinge is hanging; "
       "please send someone.' Tariq's own mobile -> repairs.")),

    (sms_in("11-18 10:00", U9(11), """
        السلام علیکم۔ تھورن ہل گارڈنز تے تن ہفتیاں توں کوڑا نئیں چکیا گیا۔ ڈبے بھرے پئے نیں تے بہت بو آندی اے۔ کسے نوں گھلو جی۔
    """),
     V("estate", None, "bin|rubbish|collection",
       "Punjabi (Shahmukhi): 'the rubbish hasn't been collected at Thornhill Gardens for three weeks; the bins are "
       "full and it smells badly; please send someone.' Unknown number, no name -> review; estate.")),

    # --- Bengali
    (wa_in("11-05 11:00", "447700900327", "Fatima", """
        আসসালামু আলাইকুম। আমার ছেলে বলেছে ভাড়া বাকি আছে বলে চিঠি এসেছে। আমি প্রতি সপ্তাহে ৫ পাউন্ড বেশি দিতে
        পারব। এটা কি ঠিক আছে? ফাতেমা বেগম, ৬ থর্নহিল গার্ডেন্স
    """),
     R("C300027", "rent", None, "arrears|rent, £5|extra|week",
       "Bengali: 'my son says a letter came about rent arrears; I can pay £5 a week extra; is that OK?' Known "
       "number -> arrears arrangement -> rent.")),

    (sms_in("11-09 17:40", U9(12), """
        Assalamu alaikum. Ami Rahim, Fatima Begum er chele, 6 Thornhill Gardens. Ammur bathroom er janala bondho
        hoy na, hinge bhenge geche, raate khub thanda batash ashe. Keu ashte parben?
    """),
     R("C300027", "repairs", None, "window|hinge",
       "Romanised Bengali: 'I'm Rahim, Fatima Begum's son, 6 Thornhill Gardens; mum's bathroom window won't "
       "close, the hinge is broken, very cold air comes in at night.' Unknown number, a son acting for the named "
       "tenant -> record against C300027 (review defensible); repairs.", REVOK)),

    (email_in("11-11 22:15", "shapla.khatun@example.com", "Shapla Khatun", "বাসার জন্য আবেদন", """
        আমি আমার স্বামী আর তিন সন্তান নিয়ে এক রুমের একটা বাসায় থাকি। বাড়িওয়ালা বলেছে জানুয়ারির মধ্যে বাসা
        ছাড়তে হবে। আপনাদের বাসার তালিকায় নাম লেখাতে চাই। কীভাবে আবেদন করব?

        শাপলা খাতুন
    """),
     V("lettings", None, "register|application|apply|rehous|housing list, landlord|evict|leave",
       "Bengali: 'I live in one room with my husband and three children; the landlord says we must leave by "
       "January; I want to put our name on your housing list; how do I apply?' Unknown e-mail, not a tenant -> "
       "review; lettings.")),

    (wa_in("11-15 16:30", "447700900327", "Fatima", """
        Kalke boiler er engineer ashbe, kintu amar sokale hospital e appointment ache. Onno din dite paren?
        Bikale hole bhalo. Fatima 6 Thornhill
    """),
     R("C300027", "repairs", None, "appointment|rebook|reschedul, boiler|engineer",
       "Romanised Bengali: 'the boiler engineer comes tomorrow but I have a hospital appointment in the morning; "
       "can you give another day, afternoon is better.' Known number -> repairs appointment change.")),

    # --- Arabic
    (wa_in("11-03 09:40", "447700900356", "Ahmed", """
        السلام عليكم. العفن الأسود رجع مرة ثانية في غرفة الأولاد، على السقف وحول الشباك، بعد شهر واحد فقط من
        التنظيف. ابني الصغير عنده ربو. أرجو إرسال أحد بسرعة. أحمد فاروق، 50 ويفرز رو
    """),
     R("C300056", "damp_mould", "damp_mould", "mould, asthma|son|children",
       "Arabic: 'the black mould has come back in the boys' room, on the ceiling and round the window, only a "
       "month after cleaning; my youngest son has asthma; please send someone quickly.' Known number -> "
       "damp_mould.")),

    (wa_in("11-16 12:30", "447700900318", "Mohammed", """
        مرحباً. ابني الكبير خالد انتقل للسكن في مانشستر بسبب العمل. أرجو حذف اسمه من قائمة أفراد الأسرة في البيت.
        هل تحتاجون ورقة؟ محمد الرشيد، 41 ويفرز رو
    """),
     R("C300018", "tenancy", None, "son|household, moved|remove",
       "Arabic: 'my eldest son Khalid has moved to Manchester for work; please remove his name from the household "
       "list; do you need a document?' Known number -> household change -> tenancy.")),

    (email_in("11-09 08:30", "ahmed.farouk@example.net", "Ahmed Farouk", "شكوى - موعد بدون مترجم", """
        السلام عليكم،

        أكتب لتقديم شكوى. كان عندي موعد يوم الخميس الماضي مع موظف الإسكان بخصوص الإيجار، وطلبت مترجماً عربياً كما
        هو مكتوب في ملفي، لكن لم يحضر أي مترجم. لم أفهم ما قيل لي ووقعت على ورقة لا أعرف ما فيها.

        أرجو ترتيب موعد جديد مع مترجم وإرسال نسخة من الورقة بالعربية.

        أحمد فاروق
        50 ويفرز رو
    """),
     R("C300056", "complaint", None, "interpreter, complaint|appointment",
       "Arabic: complaint that no Arabic interpreter came to a rent appointment despite his recorded need, so he "
       "signed a paper he didn't understand; asks for a new appointment with an interpreter and a translated "
       "copy. Known e-mail -> complaint.")),

    (fb_in("11-14 23:10", "fb:100090600901", "Omar Haddad", """
        مساء الخير. الجيران فوقنا في عمارة Calder Court يصرخون ويتشاجرون كل ليلة حتى الساعة الثالثة، ويرمون أشياء
        على الأرض. أطفالي لا يستطيعون النوم. ماذا يمكنكم أن تفعلوا؟
    """),
     V("asb", None, "noise|shout|argu|neighbour",
       "Arabic: 'the neighbours above us at Calder Court shout and fight every night until 3am and throw things "
       "on the floor; my children can't sleep; what can you do?' Facebook name not in the directory, no flat -> "
       "review; asb.")),

    # --- Somali
    (wa_in("11-02 06:50", "447700900310", "Hodan", """
        Subax wanaagsan. Musqusha hoosteeda biyo ayaa ka daadanaya xalay ilaa hadda, sagxadda musqusha oo dhan
        waa qoyan. Fadlan qof soo dira. Hodan, Flat 12 Ashgrove
    """),
     R("C300010", "repairs", None, "toilet|leak|water",
       "Somali: 'water has been leaking from under the toilet since last night, the whole bathroom floor is wet; "
       "please send someone.' Known number -> plumbing repair (a contained leak, not flooding).")),

    (wa_in("11-10 14:00", "447700900333", "Hassan", """
        Asc. Lacagta kirada waa iga dhiman tahay sababtoo ah Universal Credit-kaygii waa la joojiyay bishan.
        Waxaan rabaa inaan heshiis la sameeyo oo aan bil kasta wax yar bixiyo. Fadlan turjubaan Soomaali ah ii
        soo wac. Hassan Warsame, Flat 8
    """),
     R("C300033", "rent", None, "rent|arrears, universal credit|arrangement|agreement",
       "Somali: 'I'm behind with the rent because my Universal Credit was stopped this month; I want to make an "
       "arrangement to pay a little each month; please call me with a Somali interpreter.' Known number -> rent.")),

    (wa_in("11-15 00:30", "447700900354", "Abdirahman", """
        Deriskayga flat 4 ayaa habeen kasta muusik aad u sareeya daara ilaa saacadda 3da subaxnimo. Carruurtayda
        ma seexan karaan, iskuulka ayay daahaan. Maxaad samayn kartaan?
    """),
     R("C300054", "asb", None, "music|noise",
       "Somali: 'my neighbour in flat 4 plays very loud music every night until 3am; my children can't sleep and "
       "are late for school; what can you do?' Known number -> asb.")),

    (sms_in("11-12 16:00", U9(13), """
        Asc, waxaan ahay hooyo leh 4 carruur ah. Waxaan ku nool nahay guri kiro gaar ah oo hal qol ah. Sidee baan
        isugu diiwaangelin karaa liiska guryaha? Mahadsanid, Faadumo
    """),
     V("lettings", None, "register|housing list|rehous|apply, children|one room|overcrowd",
       "Somali: 'I'm a mother of four living in a one-room private rental; how do I register on the housing "
       "list?' Unknown number -> review; lettings.")),

    # --- Portuguese
    (wa_in("11-08 11:10", "447700900353", None, """
        Bom dia, sou a mãe da Lucy Fairweather, estou a ficar com ela esta semana em 44 Hollin Park Road. Há
        baratas na cozinha, atrás do frigorífico e debaixo do lava-loiça. A Lucy está a trabalhar e pediu-me
        para escrever. Podem mandar alguém para desinfestar?
    """),
     R("C300053", "repairs", None, "cockroach|pest",
       "Portuguese: 'I'm Lucy Fairweather's mother, staying with her; there are cockroaches in the kitchen behind "
       "the fridge and under the sink; Lucy asked me to write; can you send pest control?' Tenant's own number -> "
       "C300053; pests -> repairs (estate defensible).", EST)),

    (email_in("11-12 09:00", "paul.greenwood@example.com", "Paul Greenwood", "Reclamação - danos no jardim", """
        Bom dia,

        Sou a esposa do Paul Greenwood (2 Beckside Mews). Escrevo em português porque é mais fácil para mim.

        Na semana passada os vossos trabalhadores vieram substituir a vedação e partiram três vasos grandes e
        pisaram todas as plantas do canteiro. Ninguém pediu desculpa. Queremos fazer uma reclamação e pedir uma
        indemnização.

        Obrigada,
        Maria Greenwood
    """),
     R("C300026", "complaint", None, "complaint|compensation, garden|plant|pot|fence",
       "Portuguese: the tenant's wife, from his e-mail: the fencing contractors broke three large pots and "
       "trampled the flower bed, nobody apologised; formal complaint and compensation -> complaint.")),

    (chat("11-16 19:40", {"name": "Beatriz"}, """
        Visitor: Olá, sou a companheira do Jamie Rowntree, flat 16 Ashgrove Court. Ele tem uma visita do eletricista amanhã de manhã, mas ficou doente e está no hospital. Podem marcar para outro dia na próxima semana?
        Agent (Lena): Hi Beatriz, I've used a translator. We can move the electrician to Tuesday 24 November, morning. Is that OK?
        Visitor: Sim, obrigada!
    """),
     R("C300050", "repairs", None, "electrician, rebook|reschedul|appointment|24",
       "Portuguese webchat: the tenant's partner asks to move tomorrow's electrician visit because Jamie is in "
       "hospital; moved to 24 November -> record against the named tenant C300050 (review defensible); repairs.",
       REVOK)),

    # --- Kurdish
    (sms_in("11-05 20:20", U9(14), """
        Silav. Li mala me şilî heye û kivark li ser dîwarên odeya razanê reş bûye. Zarokên min her tim dikuxin.
        Ji kerema xwe kesekî bişînin. Flat 7, Calder Court.
    """),
     V("damp_mould", "damp_mould", "mould|damp, children|cough|bedroom",
       "Kurdish (Kurmanji): 'our home is damp and mould has turned the bedroom walls black; my children cough all "
       "the time; please send someone. Flat 7 Calder Court.' Unknown number, flat not in the directory -> review; "
       "damp_mould.")),

    (wa_in("11-13 12:00", U9(15)[1:], "Rebwar", """
        سڵاو. من و هاوسەرەکەم و دوو منداڵمان لە ماڵی برادەرێک دەژین و جێگامان نییە. چۆن دەتوانین ناومان بنووسین بۆ
        خانوو؟ سوپاس، ڕێبوار
    """),
     V("lettings", None, "register|rehous|housing|apply, homeless|friend",
       "Kurdish (Sorani): 'my wife, our two children and I are staying at a friend's and have nowhere to live; "
       "how can we register for housing?' Unknown number -> review; lettings.")),

    (wa_in("11-19 08:45", U9(16)[1:], None, """
        Silav, li ber deriyê avahiya Foundry Walk kesekî sofayek û gelek çenteyên zibilê avêtine. Du hefte ne li
        wir in û mişk tê de hene.
    """),
     V("estate", None, "sofa|rubbish|fly|dumped, mice|mouse|rat",
       "Kurdish (Kurmanji): 'someone has dumped a sofa and lots of rubbish bags by the entrance of the Foundry "
       "Walk block; they've been there two weeks and there are mice in them.' Unknown number -> review; estate.")),

    # --- Ukrainian
    (tg_in("11-07 20:30", "9876501234", "Олена", """
        Добрий вечір. У нас не працює опалення з учорашнього дня, батареї холодні. У мене дитина вісім місяців,
        у квартирі дуже холодно. Адреса: Flat 20, Foundry Walk. Будь ласка, допоможіть.
    """),
     V("repairs", "emergency", "heating|radiator|cold, baby|child",
       "Ukrainian: 'the heating hasn't worked since yesterday, radiators cold; I have an eight-month-old baby and "
       "the flat is very cold. Flat 20 Foundry Walk.' Unlinked Telegram id, flat not in the directory -> review; "
       "no heating with a baby -> emergency (null defensible).", NOHZ)),

    (tg_in("11-18 21:00", "6230118845", "Andrei", """
        Добрий вечір, пишу українською, так простіше для дружини. У ванній на стелі і в кутку біля вікна
        з'явилася чорна пліснява, а після душу все мокре, вентилятор не працює. Андрій, 21 Moorside Crescent
    """),
     R("C300014", "damp_mould", "damp_mould", "mould, bathroom|fan|extractor",
       "Ukrainian: 'black mould has appeared on the bathroom ceiling and in the corner by the window, everything is "
       "wet after a shower, the fan doesn't work.' Linked Telegram id -> damp_mould.")),

    (email_in("11-04 14:40", "olha.kovalenko@example.net", "Ольга Коваленко", "Заявка на житло", """
        Добрий день!

        Я з донькою приїхала з України за програмою Homes for Ukraine. Наша спонсорка продає будинок, і ми маємо
        виїхати до кінця січня. Як подати заявку на соціальне житло у вашій організації?

        З повагою,
        Ольга Коваленко
    """),
     V("lettings", None, "apply|application|register|housing, sponsor|ukraine",
       "Ukrainian: 'my daughter and I came under Homes for Ukraine; our sponsor is selling and we must leave by "
       "the end of January; how do we apply for social housing?' Unknown e-mail -> review; lettings.")),

    # --- Russian
    (wa_in("11-06 23:50", "447700900341", "Natalia", """
        Добрый вечер. Соседи сверху, квартира 18, каждую ночь топают, двигают мебель и громко включают музыку
        после полуночи. Я работаю рано утром и не могу спать. Я стучала, но они не открывают. Наталья, кв. 15
        Calder Court
    """),
     R("C300041", "asb", None, "noise|music|neighbour",
       "Russian: 'the neighbours above, flat 18, stamp, move furniture and play loud music after midnight every "
       "night; I start work early and can't sleep; they don't answer the door.' Known number -> asb.")),

    (email_in("11-11 09:30", "natalia.rusu@example.org", "Natalia Rusu", "Выписка по аренде", """
        Здравствуйте,

        пожалуйста, пришлите мне выписку по арендной плате за последние 12 месяцев. Она нужна для заявления на
        скидку по муниципальному налогу (council tax reduction).

        Спасибо,
        Наталья Русу
        Flat 15, Calder Court
    """),
     R("C300041", "rent", None, "statement, council tax",
       "Russian: 'please send a rent statement for the last 12 months, needed for a council tax reduction claim.' "
       "Known e-mail -> rent.")),

    (sms_in("11-10 07:30", "+447700900352", """
        Здравствуйте. Пишу по-русски, так легче. Возле гаражей на Beckside Mews кто-то выбросил старую мебель,
        матрасы и строительный мусор. Уже неделю лежит, дети там играют. Уберите, пожалуйста. Богдан, дом 19
    """),
     R("C300052", "estate", None, "mattress|furniture|rubbish|fly|dumped",
       "Russian: 'someone has dumped old furniture, mattresses and building rubble by the Beckside Mews garages; "
       "a week now, children play there; please remove it.' Known number (Bogdan) -> estate.")),

    # --- Lithuanian
    (tg_in("11-09 22:00", "8912345670", "Connor", """
        Labas vakaras, aš Connor'o draugė Rūta, gyvenu su juo 33 Moorside Crescent. Vonios kambaryje ant lubų ir
        aplink langą atsirado juodas pelėsis, ir jis vis didėja. Vaikų kambario sienos taip pat drėgnos. Ar
        galite atsiųsti ką nors apžiūrėti?
    """),
     R("C300048", "damp_mould", "damp_mould", "mould, bathroom|damp|wall",
       "Lithuanian: Connor's partner, from his linked Telegram: 'black mould on the bathroom ceiling and round the "
       "window, getting bigger; the children's bedroom walls are damp too; can someone inspect?' -> C300048; "
       "damp_mould.")),

    (sms_in("11-14 13:30", "+447700900335", """
        Sveiki, rašau už Dean Sykes, aš jo partnerė. Flat 14 Foundry Walk. Miegamojo lango stiklas įskilęs per
        visą langą, ir rankena neveikia, langas neužsidaro. Prašom atsiųsti meistrą.
    """),
     R("C300035", "repairs", None, "window|glass|handle",
       "Lithuanian: Dean's partner, from his mobile: 'the bedroom window glass is cracked right across and the "
       "handle doesn't work, the window won't close; please send a repairer.' -> C300035; repairs.")),

    (email_in("11-17 07:15", "rasa.petrauskiene@example.com", "Rasa Petrauskienė", "Dujų patikros data", """
        Laba diena,

        gavau laišką, kad dujų saugos patikra bus penktadienį, lapkričio 20 d. Tą dieną dirbu. Ar galima perkelti
        į kitą savaitę?

        Rasa Petrauskienė
        Flat 18, Calder Court
    """),
     V("repairs", None, "gas, rebook|reschedul|appointment|move",
       "Lithuanian: 'my gas safety check is on Friday 20 November but I'm working; can it move to next week?' "
       "Unknown e-mail, flat not in the directory -> review; repairs.")),

    # --- Turkish
    (wa_in("11-08 15:30", U9(18)[1:], "Serkan", """
        Merhaba, yan komşumun köpeği bütün gün bahçede havlıyor, sabah 7'den akşama kadar. Gece vardiyasında
        çalışıyorum ve uyuyamıyorum. Birkaç kez konuştum ama değişen bir şey yok. Weavers Row
    """),
     V("asb", None, "dog|bark",
       "Turkish: 'my next-door neighbour's dog barks in the garden all day from 7am; I work nights and can't "
       "sleep; I've spoken to them several times.' Unknown number, no house number -> review; asb.")),

    (sms_in("11-19 07:10", "+447700900360", """
        Merhaba, ben Marcus Bell'in eşiyim, 12 Thornhill Gardens. Kombinin basıncı her gün düşüyor, her sabah su
        eklemek zorundayım, yoksa sıcak su ve kalorifer çalışmıyor. Bir teknisyen gönderebilir misiniz?
    """),
     R("C300060", "repairs", None, "boiler|pressure, engineer|technician",
       "Turkish: Marcus Bell's wife, from his mobile: 'the boiler pressure drops every day, I have to top it up "
       "every morning or there's no hot water or heating; can you send an engineer?' -> C300060; repairs.")),

    (chat("11-11 20:20", {"name": "Elif"}, """
        Visitor: Merhaba, dairemde kedi besleyebilir miyim? Ev sahibinden izin gerekiyor mu?
        Agent (Tom): Hi Elif, I've translated your message. Are you a Fairholme tenant? Could you give me your address?
        Visitor: Evet, ama önce kuralları öğrenmek istiyorum, adresimi sonra veririm.
    """),
     V("tenancy", None, "cat|pet, permission",
       "Turkish webchat: 'can I keep a cat in my flat, do I need permission?'; she won't give an address yet -> "
       "review; pet permission -> tenancy.")),

    # --- Farsi
    (wa_in("11-03 18:00", U9(19)[1:], None, """
        سلام. دیوارهای اتاق خواب بچه‌ها کپک سیاه زده و بوی نم می‌دهد. پنجره‌ها هر صبح خیس هستند. بچه‌ی کوچکم سرفه
        می‌کند. لطفاً کسی را بفرستید. آدرس: Flat 11 Ashgrove Court
    """),
     V("damp_mould", "damp_mould", "mould|damp, children|cough|bedroom",
       "Farsi: 'the walls of the children's bedroom have black mould and smell damp; the windows are wet every "
       "morning; my youngest coughs.' Unknown number, flat not in the directory -> review; damp_mould.")),

    (email_in("11-15 21:40", "reza.ahmadi@example.net", "Reza Ahmadi", "آزار همسایه", """
        سلام،

        همسایه‌ی طبقه‌ی پایین ما در ساختمان Foundry Walk هر بار که ما را می‌بیند به ما فحش‌های نژادپرستانه می‌دهد و
        امروز روی در ما نوشته‌ی توهین‌آمیز نوشته بود. همسرم می‌ترسد تنها بیرون برود. لطفاً کمک کنید.

        رضا احمدی
    """),
     V("asb", None, "racis|hate|abuse, door|graffiti|neighbour",
       "Farsi: 'our downstairs neighbour at Foundry Walk shouts racist abuse at us and today wrote something "
       "offensive on our door; my wife is afraid to go out alone.' Unknown e-mail -> review; hate incident -> asb "
       "(safeguarding defensible).", {"category": ["safeguarding"]})),

    (sms_in("11-18 19:00", U9(20), """
        سلام، من همسر اوون پریچارد هستم، Flat 10 Calder Court. اوون پرسید که اجاره‌ی این ماه را می‌توانیم دو
        هفته دیرتر پرداخت کنیم؟ حقوقش دیر واریز می‌شود.
    """),
     R("C300040", "rent", None, "rent|payment, late|delay|two weeks",
       "Farsi: 'I'm Owen Pritchard's partner, Flat 10 Calder Court; Owen asks if we can pay this month's rent two "
       "weeks late because his salary is delayed.' Unknown number acting for a named tenant -> record against "
       "C300040 (review defensible); rent.", REVOK)),

    # --- Spanish
    (email_in("11-02 20:00", "vicky.pemberton@example.org", "Victoria Pemberton", "Fin del contrato", """
        Hola,

        perdón por escribir en español, me resulta más fácil para algo tan importante. Me vuelvo a Valencia a
        finales de enero para cuidar a mi madre, así que quiero terminar mi contrato de alquiler. ¿Cuánto tiempo
        de preaviso necesitan y cómo devuelvo las llaves?

        Gracias,
        Victoria Pemberton
        14 Moorside Crescent
    """),
     R("C300013", "tenancy", None, "end|notice|terminat, keys",
       "Spanish: 'I'm going back to Valencia at the end of January to look after my mother, so I want to end my "
       "tenancy; how much notice and how do I return the keys?' Known e-mail -> tenancy.")),

    (sms_in("11-06 09:45", U9(21), """
        Hola, quiero tirar un sofá viejo y un colchón. ¿Ustedes tienen servicio de recogida de muebles grandes?
        Vivo en Calder Court. Gracias
    """),
     V("estate", None, "sofa|mattress|bulky|furniture, collection|collect",
       "Spanish: 'I want to get rid of an old sofa and a mattress; do you have a bulky-item collection? I live "
       "at Calder Court.' Unknown number, no flat -> review; estate (general defensible).", GEN)),

    (chat("11-13 12:40", {"name": "Carmen", "email": "carmen.ruiz@example.com"}, """
        Visitor: Hola, tengo una cita con el fontanero el lunes 16 de noviembre por la mañana, pero no puedo estar. ¿Se puede cambiar al miércoles?
        Agent (Sara): Hi Carmen, I can help. Could you confirm your address and surname?
        Visitor: Carmen Ruiz, Flat 17 Ashgrove Court.
    """),
     V("repairs", None, "appointment|rebook|reschedul|wednesday, plumber",
       "Spanish webchat: 'I have a plumber appointment on Monday 16 November in the morning but can't be in; can "
       "it move to Wednesday?' Name and flat not in the directory -> review; repairs.")),

    # --- Tigrinya
    (wa_in("11-04 06:30", U9(22)[1:], None, """
        ሰላም። ካብ ናሕሲ ክሽነይ ማይ ይንጠብጠብ ኣሎ፣ ካብ ላዕለዋይ ገዛ ይመጽእ ኣሎ። ሓገዝ በጃኹም። Flat 6 Foundry Walk።
    """),
     V("repairs", None, "water|leak|drip, ceiling|kitchen",
       "Tigrinya: 'water is dripping from my kitchen ceiling, coming from the flat above; please help. Flat 6 "
       "Foundry Walk.' Unknown number, flat not in the directory -> review; repairs (dripping, emergency "
       "defensible).", EMG)),

    (sms_in("11-16 18:20", U9(23), """
        ሰላም፣ ናይዚ ወርሒ ክራይ ምኽፋል ኣይከኣልኩን፣ ስራሕ ስለዝሰኣንኩ። ብኽፋል ክኸፍል ይኽእል ድየ? ሳምራዊት
    """),
     V("rent", None, "rent, job|instal|part",
       "Tigrinya: 'I couldn't pay this month's rent because I lost my job; can I pay in parts? Samrawit.' Unknown "
       "number -> review; rent.")),

    # --- Chinese
    (wa_in("11-05 08:30", U9(24)[1:], None, """
        你好，我住在 Flat 14 Ashgrove Court。卧室墙角和窗户周围长了很多黑色霉菌，衣柜里的衣服也发霉了。孩子一直咳嗽。请派人来看看。谢谢！
    """),
     V("damp_mould", "damp_mould", "mould, bedroom|clothes|cough",
       "Chinese: 'I live at Flat 14 Ashgrove Court; lots of black mould in the bedroom corner and round the "
       "window, clothes in the wardrobe are mouldy, my child keeps coughing.' Unknown number, flat not in the "
       "directory -> review; damp_mould.")),

    (email_in("11-10 23:30", "li.wei@example.com", "Li Wei", "噪音投诉", """
        您好，

        我住在 Calder Court 12 号公寓。楼上的邻居每天晚上十二点以后还在大声放音乐、跳来跳去，已经持续一个月了。
        我和孩子都无法睡觉。请问你们能处理吗？

        李伟
    """),
     V("asb", None, "noise|music",
       "Chinese: 'I live at flat 12 Calder Court; the upstairs neighbours play loud music and jump around after "
       "midnight every night for a month; my child and I can't sleep.' Unknown e-mail, flat not in the directory "
       "-> review; asb.")),

    (chat("11-19 15:00", {"name": "Chen"}, """
        Visitor: 你好，我换了新的手机号码：07700 900690。请更新我的资料。我住在 Flat 5 Calder Court。
        Agent (Mo): Hi, thanks. Can you tell me your full name so I can find your account?
        Visitor: 陈静 (Jing Chen)
    """),
     V("general", None, "number|phone",
       "Chinese webchat: 'I've changed my mobile number, please update my details; I live at Flat 5 Calder "
       "Court.' Name and flat not in the directory -> review; change of contact details -> general.")),

    # --- Mixed
    (sms_in("11-12 18:40", "+447700900306", """
        Hi, sorry my English not good. Wczoraj był pan od okien i zepsuł moją roletę w kuchni, i zostawił dużo
        kurzu i śmieci na podłodze. He did not say sorry. Chcę złożyć complaint. Agnieszka flat 2
    """),
     R("C300006", "complaint", None, "complain, blind|mess|dust",
       "Polish/English: 'yesterday the window man broke my kitchen blind and left lots of dust and rubbish on the "
       "floor; he didn't apologise; I want to make a complaint.' Known mobile -> complaint (repairs defensible).",
       REP)),

    (wa_in("11-17 09:00", "447700900351", "Yasmin", """
        Salam, communal bin ka lid toot gaya hai aur raat ko foxes sara kachra bahar nikal dete hain. Poori gali
        mein kachra phaila hua hai. Please naya bin ya lid bhej dein. Yasmin 36 Thornhill
    """),
     R("C300051", "estate", None, "bin|lid, fox|rubbish",
       "Urdu/English: 'the communal bin lid is broken and foxes pull all the rubbish out at night; it's all over "
       "the street; please send a new bin or lid.' Known number -> estate.")),

    (wa_in("11-19 12:15", "447700900310", "Hodan", """
        Salaan. Can I keep a cat? Wiilkayga ayaa rabo bisad, waa yar tahay. Flat-ka waa 12 Ashgrove. Do I need a
        form? Mahadsanid, Hodan
    """),
     R("C300010", "tenancy", None, "cat|pet, form|permission",
       "Somali/English: 'can I keep a cat? My son wants a kitten, it's small. Do I need a form?' Known number -> "
       "pet permission -> tenancy.")),
]


# ============================================================================================
# C. E-mails: short new content above quoted history, Outlook blocks, forwards, signatures, disclaimers
# ============================================================================================
FH_DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
                 "received it in error please tell the sender and delete it. Fairholme Homes is a registered society "
                 "(no. 31044R) and a registered provider of social housing.")


def body(text: str, *tails: str) -> str:
    """A hand-written body (dedented) followed by fixed blocks such as disclaimers."""
    return "\n\n".join([txt(text), *tails])

ITEMS += [
    (email_in("11-12 13:05", "owen.pritchard@example.com", "Owen Pritchard", "RE: Mutual exchange application pack", body("""
        Hi Stacey,

        Thanks for this, I'll get the forms back to you this week.

        Unrelated, but while I've got you: the lock on the bathroom door has snapped inside and the door won't
        latch at all now. Can someone come and replace it? Evenings or Fridays are best.

        Cheers
        Owen

        From: Fairholme Tenancy Team <tenancy@fairholmehomes.example.org>
        Sent: Tuesday, 10 November 2026 15:02
        To: Owen Pritchard <owen.pritchard@example.com>
        Subject: Mutual exchange application pack

        Dear Mr Pritchard,

        Further to your call today, please find attached our mutual exchange application pack. Both you and your
        exchange partner need to apply to your own landlords. Once we have your form we will arrange an
        inspection of Flat 10 Calder Court and give you a decision within 42 days.

        Kind regards
        Stacey Moore
        Tenancy Services Officer
        Fairholme Homes | 0113 496 0000
    """, FH_DISCLAIMER), to=TENANCY_BOX, thread="thr-ten-9001"),
     R("C300040", "repairs", None, "lock|bathroom door|latch",
       "Known e-mail; quoted history is the mutual exchange pack, the new content reports a broken bathroom door "
       "lock -> repairs (tenancy defensible as the thread's topic).", TEN)),

    (email_in("11-03 19:20", "daniel.okafor@example.com", "Daniel Okafor", "RE: Your rent statement", body("""
        Hi,

        Thanks for sending this. There's a charge of £25.00 on 2 November called "court costs" - what's that? I've
        never been to court and my account was clear.

        Daniel

        Daniel Okafor CEng MIMechE
        Senior Design Engineer | Aire Valley Engineering Ltd
        T: 0113 496 0712 | M: 07700 900302

        From: Fairholme Income Team <rent@fairholmehomes.example.org>
        Sent: Monday, 2 November 2026 10:14
        To: Daniel Okafor <daniel.okafor@example.com>
        Subject: Your rent statement

        Dear Mr Okafor,

        As requested, please find attached your rent statement from 1 April 2026 to date.

        Kind regards
        Income Team
    """, "The information contained in this e-mail is confidential and may be legally privileged. It is intended "
         "solely for the addressee. Access to this e-mail by anyone else is unauthorised. Aire Valley Engineering "
         "Ltd, registered in England and Wales no. 4471203. Please consider the environment before printing."),
               to=RENT_BOX, thread="thr-rent-9002"),
     R("C300002", "rent", None, "charge|court costs|£25",
       "Known e-mail; disputes a £25 court-costs charge on his rent statement; employer signature and disclaimer "
       "-> rent.")),

    (email_in("11-06 10:00", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Re: Lift out of order - Ashgrove Court", """
        Morning,

        The lift was fixed yesterday afternoon, thank you to everyone who chased it. While I was stuck in I
        noticed the handrail on the entrance ramp has worked loose at the bottom - it moves a good inch when I pull
        on it and I use it to get up the slope in my chair. Could it be tightened before someone comes off it?

        Lorraine

        On Wed, 4 Nov 2026 at 14:15, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        > Dear Ms Kettlewell,
        >
        > The lift engineer has found a failed door operator and has ordered the part. We expect the lift to be
        > back in service by Thursday 5 November. We are sorry for the inconvenience this is causing you.
        >
        > Fairholme Repairs
    """, to=REPAIRS_BOX, thread="thr-rep-9003"),
     R("C300008", "repairs", None, "handrail|rail|ramp",
       "Known e-mail; the lift (quoted history) is fixed, the new content reports a loose ramp handrail -> "
       "repairs, no hazard.")),

    (email_in("11-10 08:40", "rebecca.thornton@example.org", "Rebecca Thornton", "FW: Your claim REF HX-44120 - escape of water", """
        Hi,

        Please see below from my contents insurer. They need a copy of your plumber's report about the leak from
        the flat above on 8 November before they'll pay out. Can you send it to me or straight to them?

        Thanks, Rebecca

        ---------- Forwarded message ---------
        From: HomeShield Claims <claims@homeshield.example.com>
        Date: Mon, 9 Nov 2026 at 16:22
        Subject: Your claim REF HX-44120 - escape of water
        To: <rebecca.thornton@example.org>

        Dear Ms Thornton,

        Thank you for notifying us of your claim. To proceed we require:
        1. a report from the landlord or their contractor confirming the source of the escape of water;
        2. photographs of the damaged items;
        3. receipts or proof of purchase where available.

        HomeShield Claims Team
        HomeShield is a trading name of HomeShield Insurance Services Ltd, authorised and regulated by the
        Financial Conduct Authority.
    """, thread="thr-gen-9004"),
     R("C300034", "general", None, "report, insur",
       "Known e-mail; forwards her insurer's request for the landlord's report on the 8 November leak -> "
       "general (repairs defensible).", REP)),

    (email_in("11-09 11:30", "k.obrien@youthhousing.example.org", "Kerry O'Brien", "Jamie Rowntree, Flat 16 Ashgrove Court - rent account", body("""
        Hi Priya,

        I'm Jamie's support worker (his signed consent form is attached). Jamie's Universal Credit sanction
        ended on 6 November and his first £10 arrears payment went through on Friday. Could you please send us an
        up-to-date rent statement so we can check it's been applied, and confirm the arrangement in writing?

        Many thanks

        Kerry O'Brien
        Tenancy Support Worker
        Leeds Youth Housing Project
        Mobile: 07700 900711
    """, "This e-mail is intended for the named recipient only. Leeds Youth Housing Project is committed to "
         "safeguarding and promoting the welfare of young people. If you have a concern about a young person's "
         "safety please contact our Designated Safeguarding Lead. Registered charity no. 1104471."),
               to=RENT_BOX),
     R("C300050", "rent", None, "statement, arrangement|arrears",
       "Unknown e-mail; support worker acting for a named tenant with consent -> record against C300050 (review "
       "defensible); rent statement and arrangement. The safeguarding wording is only the charity's footer.",
       REVOK)),

    (email_in("11-13 09:10", "cllr.t.marsh@sheffield-council.example.org", "Cllr Tom Marsh", "FW: Icy paths at Moorside Crescent bungalows", """
        Good morning,

        Please see below from my constituent Mrs Mellor, one of your tenants. Could someone respond to her
        directly and copy me in? Several older residents have raised the same thing.

        Cllr Tom Marsh
        Hillsborough Ward

        -----Original Message-----
        From: Christine Mellor <christine.mellor@example.com>
        Sent: Thursday, 12 November 2026 18:47
        To: Cllr Tom Marsh <cllr.t.marsh@sheffield-council.example.org>
        Subject: Icy paths

        Dear Councillor Marsh,

        The paths round the bungalows at Moorside Crescent have not been gritted once this week and they are
        like glass in the mornings. I nearly fell on Tuesday going to the bins. The housing association used to
        put grit bins out but there aren't any now. Can you help?

        Christine Mellor
        2 Moorside Crescent
    """),
     R("C300055", "estate", None, "grit|icy|ice, path",
       "Councillor forwards a named tenant's concern -> record against C300055 (review defensible); ungritted "
       "estate paths -> estate.", REVOK)),

    (email_in("11-16 10:30", "casework@ashworth-mp.example.org", "Office of Daniel Ashworth MP", "Our ref: DA/4471 - Ms Grace Adeyemi, Flat 2 Foundry Walk", body("""
        Dear Sir or Madam,

        I am writing on behalf of Daniel Ashworth MP, who has been contacted by his constituent Ms Grace Adeyemi
        (signed consent enclosed) about black mould in her baby's bedroom. Ms Adeyemi tells us a survey was
        carried out on 9 November but she has had no report and no date for works.

        I would be grateful for an update on the works planned and when they will be carried out.

        Yours faithfully,

        Hannah Price
        Senior Caseworker to Daniel Ashworth MP
    """, "This e-mail is confidential and intended for the addressee only. If you have received it in error, "
         "please notify the sender and delete it. Correspondence with a Member of Parliament may be used to "
         "progress casework on behalf of constituents."), to=INBOX),
     R("C300036", "damp_mould", "damp_mould", "mould, survey|works|report",
       "MP's caseworker acting for a named tenant -> record against C300036 (review defensible); unresolved mould "
       "in a baby's room -> damp_mould (complaint defensible).", M(REVOK, CMP))),

    (email_in("11-10 07:40", "priya.chauhan@example.com", "Priya Chauhan", "RE: Your report - ASB case 2026/118", """
        He did it again last night, about 2am, banging on my front door and shouting my name. I've got it on my
        doorbell camera, I can send you the clip. My daughter was terrified.

        Priya

        ________________________________
        From: Fairholme ASB Team <asb@fairholmehomes.example.org>
        Sent: Friday, 6 November 2026 11:20
        To: Priya Chauhan <priya.chauhan@example.com>
        Subject: Your report - ASB case 2026/118

        Dear Ms Chauhan,

        Thank you for speaking with me. I have written to the household at number 19 and will visit them next
        week. Please keep using the diary sheets and let me know of any further incidents.

        Dan Fletcher
        ASB Officer, Fairholme Homes
    """, to=ASB_BOX, thread="thr-asb-9008"),
     R("C300047", "asb", None, "door|banging|shouting, camera|doorbell|clip",
       "Known e-mail; short new report of a night-time incident in an ASB case -> asb.")),

    (email_in("11-12 19:40", "beth.cole@example.com", "Bethany Cole", "Re: Missed bin collection - Calder Court", """
        Brilliant, thank you 😊

        On Thu, 12 Nov 2026 at 14:05, Fairholme Homes <contact@fairholmehomes.example.org> wrote:
        > Hi Bethany, the council emptied the communal bins this morning and our caretaker has cleared the
        > bags and put bait down. Please let us know if you see any more rats.
    """, thread="thr-est-9009"),
     I("Thanks-only reply; the quoted history is the resolved bin issue -> ignore (recording against C300020 "
       "defensible).", REC("C300020", "estate"))),

    (email_in("11-05 18:30", "leanne.firth@example.net", "Leanne Firth", "RE: Damp in back bedroom - follow up", """
        Hi,

        The mould's been fine since you fixed the gutter, touch wood. Different question - I've changed jobs and
        get paid on the 15th now. Can I move my rent payment date to the 15th?

        Thanks
        Leanne

        From: Fairholme Repairs <repairs@fairholmehomes.example.org>
        Sent: Monday, 19 October 2026 09:12
        To: Leanne Firth <leanne.firth@example.net>
        Subject: Damp in back bedroom - follow up

        Dear Ms Firth,

        Following the mould treatment and the gutter repair last week, please let us know if any damp or mould
        returns in the back bedroom and we will revisit.

        Fairholme Repairs
    """, to=RENT_BOX, thread="thr-dmp-9010"),
     R("C300028", "rent", None, "payment date|date|15",
       "Known e-mail; damp is only in the quoted history and the tenant says it has been fine since -> hazard "
       "null; the new content asks to change the rent payment date -> rent.")),

    (email_in("11-13 20:30", "sandra.okonkwo@example.org", "Sandra Okonkwo", "RE: Money advice referral", """
        Hi Joanne,

        The adviser rang yesterday, thank you, she's been really helpful.

        I didn't mention it on the phone but there's mould coming through on the bedroom wall behind the
        wardrobe, black and fluffy, and my son's asthma has been worse. Can someone have a look?

        Sandra

        From: Fairholme Homes <contact@fairholmehomes.example.org>
        Sent: Thursday, 12 November 2026 11:40
        To: Sandra Okonkwo <sandra.okonkwo@example.org>
        Subject: Money advice referral

        Dear Mrs Okonkwo, as discussed, I have referred you to our money advice team, who will call you within
        two working days. Your heating engineer is booked for Tuesday 17 November.
    """, thread="thr-rent-9011"),
     R("C300049", "damp_mould", "damp_mould", "mould, asthma|son|wardrobe",
       "Known e-mail; the thread is a money-advice referral but the new content reports live mould with a child "
       "with asthma -> damp_mould (rent defensible).", RENT)),

    (email_in("11-11 08:20", "stuart.mcallister@example.net", "Stuart McAllister", "RE: Repair booking - kitchen extractor fan", """
        Morning,

        Nobody turned up yesterday for the extractor fan. I was in from 8 till 1 and nobody rang either. Can you
        rebook it for a Friday? I'm on shifts the rest of the week.

        Stuart

        From: Fairholme Repairs <repairs@fairholmehomes.example.org>
        Sent: Wednesday, 4 November 2026 16:10
        To: Stuart McAllister <stuart.mcallister@example.net>
        Subject: Repair booking - kitchen extractor fan

        Your repair is booked: replace kitchen extractor fan, Flat 6 Calder Court, Tuesday 10 November, 8am-1pm.
    """, to=REPAIRS_BOX, thread="thr-rep-9012"),
     R("C300021", "repairs", None, "extractor|fan, rebook|friday|missed",
       "Known e-mail; missed repair appointment, asks to rebook -> repairs (complaint defensible).", CMP)),

    (email_in("11-04 16:10", "jadewhitehead@example.net", "Jade Whitehead", "Fwd: Your Universal Credit - housing costs", """
        hiya can u confirm my rent with UC? theyve stopped the housing bit till you do 😩 see below

        Sent from Yahoo Mail on Android

        ---------- Forwarded message ----------
        From: Universal Credit <noreply@uc-journal.example.org>
        Subject: Your Universal Credit - housing costs

        We need your landlord to confirm your housing costs before we can pay the housing element of your
        Universal Credit. We have sent a request to your landlord. You do not need to do anything else.
    """, to=RENT_BOX),
     R("C300059", "rent", None, "universal credit|uc, confirm|verif",
       "Known e-mail; asks the landlord to confirm her rent for UC housing costs -> rent.")),

    (email_in("11-17 14:00", "adviser@citizensadvice-sheffield.example.org", "Citizens Advice Sheffield", "Dean Sykes, Flat 14 Foundry Walk - possession hearing 2 December", body("""
        Dear Income Team,

        I act for Mr Sykes (signed authority attached). He has a possession hearing on Wednesday 2 December. He
        has now made a backdated housing costs claim and is offering £12 a week off the arrears on top of his rent.

        Please could you confirm whether you would agree to adjourn on those terms, and send a current rent
        statement?

        Kind regards

        Mark Ellison
        Money Adviser
    """, "Citizens Advice Sheffield is an operating name of Sheffield Citizens Advice and Law Centre. This "
         "message is confidential and may be privileged; if you are not the intended recipient, please delete it "
         "and let us know."), to=RENT_BOX),
     R("C300035", "rent", None, "hearing|adjourn|possession, statement|£12|arrears",
       "Adviser acting for a named tenant with authority -> record against C300035 (review defensible); possession "
       "hearing and arrears offer -> rent.", REVOK)),

    (email_in("11-18 12:30", "dsl@foundry-primary.example.org", "Foundry Primary School", "Concern - family at Flat 8 Foundry Walk", body("""
        Dear Sir or Madam,

        I am the Designated Safeguarding Lead at Foundry Primary School. A pupil who lives at Flat 8 Foundry
        Walk has told staff that the family has no heating and that the mould in her bedroom "makes her chest
        hurt". She has missed several days this half-term with asthma.

        We have made a referral to children's services and wanted to make you aware as the landlord. Please
        contact me if you need anything further.

        Mrs J. Aldred
        Deputy Head and Designated Safeguarding Lead
    """, "This e-mail and any attachments are confidential and intended solely for the use of the individual or "
         "entity to whom they are addressed."), to=SAFEGUARDING_BOX),
     V("safeguarding", "damp_mould", "mould|heating, asthma|pupil|school",
       "Unknown e-mail; a school raising a concern about a household (Flat 8 Foundry Walk = C300033) -> review per "
       "convention (record defensible); safeguarding, with live mould reported -> hazard damp_mould (emergency "
       "or damp_mould category defensible).",
       M(ALT("C300033"), {"hazard": ["emergency"], "category": ["damp_mould"]}))),

    (email_in("11-09 07:55", "stuart.mcallister@example.net", "Stuart McAllister", "Parking permit - Calder Court", body("""
        Hi,

        I've just started nights at the hospital and I'm getting home at 3am to find no spaces. Can I get a
        resident's parking permit for the Calder Court car park? Is there a charge?

        Thanks
        Stuart

        Stuart McAllister
        Staff Nurse, Ward 14 (Acute Medicine)
        Mid Yorkshire Teaching Hospitals NHS Trust
    """, "This message may contain confidential information. If you are not the intended recipient please inform "
         "the sender that you have received the message in error before deleting it. Please do not disclose, copy "
         "or distribute information in this e-mail or take any action in relation to its contents. NHSmail is "
         "approved for exchanging patient data and other sensitive information."), to=INBOX),
     R("C300021", "estate", None, "parking|permit",
       "Known e-mail; resident parking permit request; NHS signature and disclaimer ('patient data', "
       "'sensitive') are noise -> estate (general defensible).", GEN)),

    (email_in("11-10 19:30", "paul.greenwood@example.com", "Paul Greenwood", "RE: Service charge breakdown 2027/28", """
        Thanks for the breakdown.

        Line 4, "window cleaning (communal) £1.12/week" - there are no communal windows at Beckside Mews, we're all
        houses, and nobody has ever cleaned my windows. Please remove it and refund what I've paid for it.

        Paul

        From: Fairholme Income Team <rent@fairholmehomes.example.org>
        Sent: Monday, 9 November 2026 15:55
        To: Paul Greenwood <paul.greenwood@example.com>
        Subject: Service charge breakdown 2027/28

        Dear Mr Greenwood,

        As promised, here is your service charge breakdown for 2027/28:
        1. Grounds maintenance £2.31
        2. Communal lighting £0.48
        3. Estate caretaking £1.65
        4. Window cleaning (communal) £1.12
        5. Management fee £0.92

        Income Team
    """, to=RENT_BOX, thread="thr-rent-9017"),
     R("C300026", "rent", None, "window cleaning|service charge, refund|remove",
       "Known e-mail; challenges a service charge item and asks for a refund -> rent (complaint defensible).",
       CMP)),

    (email_in("11-12 08:10", "priya.chauhan@example.com", "Priya Chauhan", "RE: Tenancy audit - Wednesday 18 November 10am", """
        Hi Mark,

        Sorry, work have put me on a training course on the 18th. Could we do Friday 20 November instead, any
        time after 1pm?

        Priya

        From: Mark Dunn <tenancy@fairholmehomes.example.org>
        Sent: Thursday, 5 November 2026 09:30
        To: Priya Chauhan <priya.chauhan@example.com>
        Subject: Tenancy audit - Wednesday 18 November 10am

        Dear Ms Chauhan, this confirms your tenancy audit visit on Wednesday 18 November at 10am. Please have
        photo ID ready for everyone living at the property.
    """, to=TENANCY_BOX, thread="thr-ten-9018"),
     R("C300047", "tenancy", None, "audit, friday|20|rebook|move|reschedul",
       "Known e-mail; asks to move her tenancy audit -> tenancy.")),

    (email_in("11-05 20:45", "kellybrannigan88@example.net", "Kelly Brannigan", "Re: Your repair - bath sealant", """
        Still waiting for someone to redo the seal round the bath. Water's now getting behind the tiles and
        there's a brown stain spreading on the kitchen ceiling underneath. Can someone come this week please?

        Kelly

        On Tue, 3 Nov 2026 at 14:02, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        > Dear Ms Brannigan,
        >
        > Your job has been raised: reseal bath, 15 Hollin Park Road. Our operative will contact you to arrange
        > a time within 20 working days.
    """, to=REPAIRS_BOX, thread="thr-rep-9019"),
     R("C300003", "repairs", None, "seal|bath, stain|ceiling|leak",
       "Known e-mail; failed bath seal now leaking into the ceiling below -> repairs.")),

    (email_in("11-19 17:10", "aisha.mohamud@example.com", "Aisha Mohamud", "Re: Viewing - 14 Beckside Mews", """
        Salaam,

        I viewed it today and I love it. I accept the offer! When can I sign the tenancy and get the keys?

        Aisha

        On Tue, 17 Nov 2026 at 10:05, Fairholme Lettings <contact@fairholmehomes.example.org> wrote:
        > Dear Ms Mohamud, this confirms your viewing of 14 Beckside Mews on Thursday 19 November at 11am.
    """),
     R("C300043", "lettings", None, "accept|offer, sign|keys",
       "Known e-mail; accepts the offer after the viewing -> lettings.")),

    (email_in("11-09 12:20", "sophie.lambert@example.org", "Sophie Lambert", "RE: Transfer application form", """
        Hi, form and my midwife's letter attached (due date 14 March, twins). Let me know if you need anything else.

        Sophie

        Sent from my iPhone

        > On 5 Nov 2026, at 13:02, Fairholme Homes <contact@fairholmehomes.example.org> wrote:
        >
        > Dear Ms Lambert, as discussed please find the transfer application form attached. If you send a letter
        > from your midwife confirming your due date we will take it into account.
    """),
     R("C300023", "lettings", None, "midwife|letter|form, transfer",
       "Known e-mail; returns transfer form and midwife letter -> lettings.")),

    (email_in("11-13 21:15", "jadewhitehead@example.net", "Jade Whitehead", "leaving my flat", """
        hi, im moving in with my boyfriend in Castleford so I want to end my tenancy at flat 13 Ashgrove. Can my
        last day be Monday 14 December? What do I need to do with the keys and do I have to clean the carpets?

        Jade x

        Sent from Yahoo Mail on Android
    """, to=TENANCY_BOX),
     R("C300059", "tenancy", None, "end|notice|leav, keys",
       "Known e-mail; gives notice to end the tenancy -> tenancy.")),

    (email_in("11-17 08:45", "daniel.okafor@example.com", "Daniel Okafor", "Change in household - new baby", """
        Morning,

        Our daughter Amara was born on 2 November, so there are now three of us at 11 Hollin Park Road. Do you
        need a copy of her birth certificate for your records?

        Thanks
        Daniel

        Daniel Okafor CEng MIMechE
        Senior Design Engineer | Aire Valley Engineering Ltd
    """, to=TENANCY_BOX),
     R("C300002", "tenancy", None, "baby|daughter|born|household",
       "Known e-mail; new baby added to the household -> tenancy.")),

    (email_in("11-16 20:00", "megan.lister@example.org", "Megan Lister", "RE: Your complaint - ref CMP-2026-0412", """
        Hi Joanne,

        Thanks for ringing me and for the apology. I'm happy with that, you can close the complaint.

        Megan

        From: Joanne Hurst <contact@fairholmehomes.example.org>
        Sent: Friday, 13 November 2026 16:40
        To: Megan Lister <megan.lister@example.org>
        Subject: Your complaint - ref CMP-2026-0412

        Dear Ms Lister,

        Further to our call, I am sorry for your experience at our Bradford office on 10 November. I have spoken
        to the member of staff concerned and we are arranging further customer service training.

        Joanne Hurst
        Office Manager, Bradford
    """),
     R("C300044", "complaint", None, "complaint, close|resolv|happy",
       "Known e-mail; accepts the apology and asks for her complaint to be closed -> complaint.")),

    (email_in("11-19 10:00", "sam.osei@example.net", "Samuel Osei", "Re: Right to Acquire application", """
        Hello,

        Thank you for the form. Question 7 asks about "previous public sector tenancies". I rented from Leeds
        City Council from 2004 to 2011 before I moved here. Does that count towards the qualifying period?

        Samuel Osei
        Flat 4, Ashgrove Court
    """, to=TENANCY_BOX),
     R("C300007", "tenancy", None, "right to acquire|right to buy, qualifying|tenanc",
       "Known e-mail; Right to Acquire qualifying-period question -> tenancy.")),

    (email_in("11-17 12:40", "kwame.mensah@example.com", "Kwame Mensah", "Re: Tenancy confirmation letter", """
        Hi,

        Thanks for the letter. The bank have come back and said it needs to show my tenancy start date and be
        dated within the last 3 months. Any chance you could reissue it with the start date on?

        Kwame

        On Thu, 12 Nov 2026 at 15:20, Fairholme Homes <contact@fairholmehomes.example.org> wrote:
        > Dear Mr Mensah, please find attached a letter confirming that you are the tenant of 18 Thornhill Gardens.
    """),
     R("C300029", "general", None, "letter, start date|reissue",
       "Known e-mail; asks for the proof-of-address letter to be reissued with the tenancy start date -> general "
       "(tenancy defensible).", TEN)),

    (email_in("11-17 21:10", "grace.adeyemi@example.com", "Grace Adeyemi", "RE: Damp and mould survey - Monday 9 November", """
        Hi,

        The surveyor came last Monday and said you'd send me his report and a date for the works within 5 working
        days. It's been 8 days and I've heard nothing. The mould's back on the wall already.

        Grace

        From: Fairholme Repairs <repairs@fairholmehomes.example.org>
        Sent: Tuesday, 3 November 2026 10:45
        To: Grace Adeyemi <grace.adeyemi@example.com>
        Subject: Damp and mould survey - Monday 9 November

        This confirms your damp and mould survey on Monday 9 November, 9am-1pm, Flat 2 Foundry Walk.
    """, to=REPAIRS_BOX, thread="thr-dmp-9027"),
     R("C300036", "damp_mould", "damp_mould", "mould, report|works",
       "Known e-mail; chasing the survey report and works, mould back -> damp_mould (complaint defensible).",
       CMP)),

    (email_in("11-05 08:05", "connor.walsh@example.net", "Connor Walsh", "Re: Rent account - 33 Moorside Crescent", """
        Photo of the Post Office receipt attached, 16/10, £95. Please confirm when you've found it and that my
        account's right.

        Connor

        On Wed, 4 Nov 2026 at 10:42, Fairholme Income Team <rent@fairholmehomes.example.org> wrote:
        > Dear Mr Walsh, further to our call, please send a photo of your receipt and we will trace the payment.
    """, to=RENT_BOX, thread="thr-rent-9028"),
     R("C300048", "rent", None, "receipt, payment|account",
       "Known e-mail; sends a payment receipt to trace -> rent.")),

    (email_in("11-20 09:30", "johnsmith.wf1@example.net", "John Smith", "RE: Complaint - recharge for front door lock", """
        I was told the £185 invoice would be on hold while you look at my complaint. Today I've had a reminder
        letter telling me to pay it within 14 days. Please sort this out and confirm in writing that it's on hold.

        John Smith
        Flat 14 Calder Court

        From: Fairholme Complaints <contact@fairholmehomes.example.org>
        Sent: Monday, 16 November 2026 11:30
        To: John Smith <johnsmith.wf1@example.net>
        Subject: Complaint - recharge for front door lock

        Dear Mr Smith, we have logged your complaint about the recharge. The invoice has been placed on hold and
        we will respond within ten working days.
    """, thread="thr-cmp-9029"),
     R("C300046", "complaint", None, "invoice|recharge|£185, hold|reminder|complaint",
       "Known e-mail (the Calder Court John Smith); reminder sent despite the invoice being on hold during his "
       "complaint -> complaint (rent defensible).", RENT)),

    (email_in("11-18 07:30", "lucy.fairweather@example.net", "Lucy Fairweather", "Re: Kitchen sink leak - appointment moved to Monday 23 November", """
        Thanks for confirming Monday.

        Something new: since all the rain last week there's a damp patch spreading on the back bedroom ceiling,
        right under where the roof meets the chimney. It's brown at the edges and the paint's bubbling. Could the
        plumber look, or is that a roofer?

        Lucy

        On Mon, 16 Nov 2026 at 08:50, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        > Your plumber appointment has been moved to Monday 23 November, 8am-12pm.
    """, to=REPAIRS_BOX, thread="thr-rep-9030"),
     R("C300053", "repairs", "damp_mould", "damp|ceiling, roof|chimney",
       "Known e-mail; a new, live damp patch from a suspected roof/chimney leak -> repairs with hazard damp_mould "
       "(damp_mould category or null hazard defensible).", M(DMP, NOHZ))),

    (email_in("11-20 12:10", "vicky.pemberton@example.org", "Victoria Pemberton", "Re: Overgrown hedge - Moorside Crescent", """
        The hedge was cut on Wednesday, thank you, but they've left all the cuttings in a heap on the footpath,
        so the pavement's blocked in a different way! Can someone come and clear it?

        Vicky

        > From: Fairholme Homes
        > Sent: Tuesday, 17 November 2026 15:00
        > Subject: Overgrown hedge - Moorside Crescent
        >
        > Dear Ms Pemberton, the grounds maintenance team will cut back the hedge along the footpath this week.
    """, thread="thr-est-9031"),
     R("C300013", "estate", None, "hedge|cuttings, footpath|clear",
       "Known e-mail; hedge cuttings left blocking the footpath -> estate.")),

    (email_in("11-19 18:45", "owen.pritchard@example.com", "Owen Pritchard", "FW: Mutual exchange - approval", """
        Hi Stacey,

        Good news from the other side, see below. What happens next with ours, and when can you inspect my flat?

        Owen

        From: Lettings <lettings@harrogatehomes.example.org>
        Sent: Thursday, 19 November 2026 16:02
        To: Claire Fenwick
        Cc: Owen Pritchard
        Subject: Mutual exchange - approval

        Dear Ms Fenwick,

        We are pleased to confirm that your application to exchange with Mr Owen Pritchard of Flat 10 Calder
        Court, Wakefield, has been approved by Harrogate Homes, subject to the approval of his landlord.
    """, to=TENANCY_BOX, thread="thr-ten-9001"),
     R("C300040", "tenancy", None, "exchange, inspect|approv",
       "Known e-mail; forwards the other landlord's mutual exchange approval, asks for the inspection -> tenancy "
       "(lettings defensible).", LET)),

    (email_in("11-12 22:40", "tracey.holt@example.org", "Tracey Holt", "RE: Lock change", """
        The locks were done yesterday morning, thank you.

        But he's been messaging me from a new number saying he knows where I live and he's watching the flat. I
        don't feel safe here any more. Is there any way I can be moved somewhere he doesn't know?

        Tracey

        On Wed, 11 Nov 2026 at 08:15, Fairholme Homes <contact@fairholmehomes.example.org> wrote:
        > Dear Tracey, the locksmith will attend this morning. Your referral to the domestic abuse service has
        > been made and they will call you today.
    """, thread="thr-sg-9033"),
     R("C300057", "safeguarding", None, "move|transfer|rehous, ex|messag|safe",
       "Known e-mail; ex-partner still threatening, asks to be moved -> safeguarding (sensitive); a management "
       "transfer is the likely outcome (lettings defensible, still sensitive).", LET)),

    (email_in("11-16 09:30", "nathan.pearce@example.org", "Nathan Pearce", "Re: Fly-tipping behind Thornhill Gardens", """
        They took the mattress and the bags on Friday but the fridge is still there, and now someone's pulled the
        back off it. Kids are climbing on it.

        Nathan

        On Wed, 11 Nov 2026 at 09:30, Fairholme Homes <contact@fairholmehomes.example.org> wrote:
        > Thanks for reporting this. Our estate team will remove the items within two working days.
    """, thread="thr-est-9034"),
     R("C300031", "estate", None, "fridge, remove|collect|still",
       "Known e-mail; fly-tipped fridge left behind -> estate.")),

    (email_in("11-18 10:20", "keith.barraclough@example.net", "Keith Barraclough", "RE: Stage 2 complaint", """
        Anita,

        For the review, the points the stage one letter ignored:
        1. The hall carpet was ruined by the contractors' trolley. I want it replaced.
        2. I went a week without an oven. I'd like compensation for that.
        3. Four phone calls not returned.

        K. Barraclough

        From: Anita Shah <contact@fairholmehomes.example.org>
        Sent: Tuesday, 17 November 2026 16:20
        To: Keith Barraclough <keith.barraclough@example.net>
        Subject: Stage 2 complaint

        Dear Mr Barraclough, as discussed, your complaint has been escalated to stage 2. Please send any points
        you would like the reviewer to consider.
    """, thread="thr-cmp-9035"),
     R("C300042", "complaint", None, "complaint|stage, carpet|compensation",
       "Known e-mail; sets out his stage two complaint points -> complaint.")),

    (email_in("11-11 19:00", "rebecca.thornton@example.org", "Rebecca Thornton", "Re: Emergency leak - Flat 11 Foundry Walk", """
        My bedroom carpet and the sofa are ruined from the leak on Sunday. My own insurer is being slow (see my
        earlier email). Can I claim against your insurance instead, since the water came from the flat above,
        which is yours?

        Rebecca

        On Sun, 8 Nov 2026 at 09:10, Fairholme Repairs <repairs@fairholmehomes.example.org> wrote:
        > The leak from Flat 14 has been isolated and the electrics made safe. A plumber will return on Monday.
    """, thread="thr-rep-9036"),
     R("C300034", "general", None, "insurance|claim, carpet|sofa|damage",
       "Known e-mail; asks to claim for water damage against the landlord's insurance -> general (complaint "
       "defensible).", CMP)),

    (email_in("11-10 13:00", "amina.hussain@example.net", "Amina Hussain", "RE: Gas service - Monday 16 November", """
        Hello, can the engineer come after 12 on Monday? I do the school run and then I'm at my class until 11:30.

        Thank you, Amina

        From: Fairholme Gas Servicing <contact@fairholmehomes.example.org>
        Sent: Monday, 9 November 2026 11:50
        To: Amina Hussain <amina.hussain@example.net>
        Subject: Gas service - Monday 16 November

        This confirms your annual gas service at 8 Moorside Crescent on Monday 16 November, 8am-1pm. An
        electrician will also check the bathroom fan.
    """, thread="thr-rep-9037"),
     R("C300011", "repairs", None, "gas|engineer, after 12|time|appointment",
       "Known e-mail; asks for a later time slot for the gas service -> repairs.")),

    (email_in("11-06 12:00", "d.mcgregor@example.net", "David McGregor", "Two-bedroom properties in Leeds", """
        Hello,

        I'm on Leeds City Council's housing register in Band B. Do you have any two-bed houses coming up in LS12
        or LS6? I'd also like to know whether you take direct applications.

        Kind regards
        David McGregor

        Sent from Outlook for Android
    """),
     V("lettings", None, "register|band|application, two-bed|two bed|properties|house",
       "Unknown e-mail, an applicant, not a tenant -> review; lettings.")),

    (email_in("11-16 18:00", "ioana.marin@example.net", "Ioana Marin", "RE: Your complaint - CMP-2026-0419", """
        The surveyor came on Wednesday and agreed it is not my fault, the wall is cold and there is no extractor in
        the room. He said works will be booked. When? The mould is still there and my son is sleeping in my bed.

        Ioana

        From: Fairholme Complaints <contact@fairholmehomes.example.org>
        Sent: Friday, 6 November 2026 16:00
        To: Ioana Marin <ioana.marin@example.net>
        Subject: Your complaint - CMP-2026-0419

        Dear Ms Marin, we have logged your complaint about the inspection of your son's bedroom. A surveyor will
        visit next week.
    """, thread="thr-cmp-9039"),
     R("C300025", "damp_mould", "damp_mould", "mould, works|extractor",
       "Known e-mail; survey confirmed the cause, mould still live, asks when works start -> damp_mould "
       "(complaint defensible, as the thread is a complaint).", CMP)),

    (email_in("11-13 08:50", "imran.siddiqui@example.org", "Imran Siddiqui", "RE: Your rent for 2026/27", """
        Hi, the housing benefit office want a letter from you showing my weekly rent and service charges for
        this year. Can you email one over? Thanks, Imran

        From: Fairholme Income Team <rent@fairholmehomes.example.org>
        Sent: Monday, 2 March 2026 09:00
        To: Imran Siddiqui <imran.siddiqui@example.org>
        Subject: Your rent for 2026/27

        Dear tenant, from 6 April your weekly rent will be £118.40 and your service charge £6.20.
    """, to=RENT_BOX, thread="thr-rent-9040"),
     R("C300009", "rent", None, "letter|rent, service charge|benefit",
       "Known e-mail; asks for a rent and service charge letter for housing benefit -> rent.")),

    (email_in("11-20 08:30", "jadewhitehead@example.net", "Jade Whitehead", "Re: Direct debit", """
        Form filled in and attached, and I paid the £98 by card this morning x

        On Thu, 19 Nov 2026 at 11:00, Fairholme Income Team <rent@fairholmehomes.example.org> wrote:
        > Hi Jade, as discussed, here's a direct debit form for your new bank account.
    """, to=RENT_BOX, thread="thr-rent-9041"),
     R("C300059", "rent", None, "direct debit|form, paid|£98|card",
       "Known e-mail; returns a direct debit form and confirms a card payment -> rent.")),

    (email_in("11-12 07:30", "daniel.okafor@example.com", "Daniel Okafor", "RE: Roof repair - 11 Hollin Park Road", """
        Sorry to chase, but the roof's leaking again in the back bedroom after last night's rain - same spot as
        before the roofers came in October. Water dripping into a bucket on the bed. Can they come back?

        Daniel

        From: Fairholme Repairs <repairs@fairholmehomes.example.org>
        Sent: Friday, 23 October 2026 15:40
        To: Daniel Okafor <daniel.okafor@example.com>
        Subject: Roof repair - 11 Hollin Park Road

        Your roof repair has been completed: slipped slates replaced over the back bedroom.
    """, to=REPAIRS_BOX, thread="thr-rep-9042"),
     R("C300002", "repairs", None, "roof, leak|drip",
       "Known e-mail; roof leaking again after a completed repair -> repairs.")),

    (email_in("11-06 21:00", "marcus.bell@example.com", "Marcus Bell", "Neighbour's camera", body("""
        Hi,

        The people at number 14 have put a CCTV camera on their back wall pointing straight into our garden and
        our kitchen window. My wife doesn't feel comfortable in the kitchen any more. I asked them to move it and
        they laughed. What can you do?

        Marcus Bell
        12 Thornhill Gardens

        Marcus Bell | Transport Planner | Calder Logistics Ltd
    """, "CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information. If you "
         "are not the intended recipient, you must not use, copy or disclose it. Calder Logistics Ltd accepts no "
         "liability for viruses."), to=ASB_BOX),
     R("C300060", "asb", None, "camera|cctv, garden|window",
       "Known e-mail; neighbour's CCTV aimed into his garden and kitchen -> asb (neighbour dispute).")),

    (email_in("11-19 19:30", "leanne.firth@example.net", "Leanne Firth", "Permission for a shed", body("""
        Hi,

        Can I put a small shed (6x4) at the bottom of my back garden? It'd sit on slabs, no concrete.

        Thanks, Leanne

        Leanne Firth
        Teaching Assistant, Thornhill Primary School
    """, "Thornhill Primary School is committed to safeguarding and promoting the welfare of children and expects "
         "all staff and volunteers to share this commitment. This e-mail and any files transmitted with it are "
         "confidential and intended solely for the use of the individual to whom they are addressed."), to=INBOX),
     R("C300028", "tenancy", None, "shed, permission",
       "Known e-mail; asks permission for a garden shed -> tenancy. The school's safeguarding footer is noise.")),

    (email_in("11-19 08:15", "imran.siddiqui@example.org", "Imran Siddiqui", "Still no call back about the dealing", """
        I reported drug dealing and needles in the stairwell on 11 November. I was told the ASB officer would
        call me within 3 days. Nothing. It's still going on every night. I want to make a complaint about how
        this is being handled.

        Imran

        > Thank you for contacting Fairholme Homes. Your reference is ASB-2026-0177. An officer will contact you
        > within 3 working days.
    """, to=ASB_BOX, thread="thr-asb-9045"),
     R("C300009", "complaint", None, "complain, call back|officer|dealing",
       "Known e-mail; complaint about how an ASB report is being handled -> complaint, kept sensitive (asb "
       "defensible).", ASBC, sens=True)),

    (email_in("11-18 22:10", "chloe.armitage@example.net", "Chloe Armitage", "RE: Noise case - 30 Weavers Row", """
        Hi Dan,

        4 more recordings on the app from the weekend. Saturday was the worst yet, they were still going at 4am.
        Did the warning letter go?

        Chloe

        From: Dan Fletcher <asb@fairholmehomes.example.org>
        Sent: Monday, 16 November 2026 14:30
        To: Chloe Armitage <chloe.armitage@example.net>
        Subject: Noise case - 30 Weavers Row

        Hi Chloe, thanks for the chat today. I'll send the formal warning letter this week.
    """, to=ASB_BOX, thread="thr-asb-9046"),
     R("C300017", "asb", None, "noise|recording, warning",
       "Known e-mail; more noise recordings, asks about the warning letter -> asb.")),

    (email_in("11-20 14:00", "grace.a.adeyemi@example.net", "Grace Adeyemi", "New email address", """
        Hi, please use this email address from now on. My old one (grace.adeyemi@example.com) is full of spam and
        I'm closing it.

        Grace Adeyemi
        Flat 2, Foundry Walk

        Sent from my Galaxy
    """),
     R("C300036", "general", None, "email",
       "New e-mail address not in the directory, but name + flat identify C300036 (review defensible); change of "
       "e-mail -> general.", REVOK)),

    (email_in("11-18 16:00", "kellybrannigan88@example.net", "Kelly Brannigan", "RE: Refund request", """
        Form attached, signed. The bank details are on the form. Thanks!

        On Tue, 17 Nov 2026 at 12:00, Fairholme Income Team <rent@fairholmehomes.example.org> wrote:
        > Dear Ms Brannigan, please complete the attached refund request form for the £146.20 credit on your
        > rent account.
    """, to=RENT_BOX, thread="thr-rent-9048"),
     R("C300003", "rent", None, "refund, form",
       "Known e-mail; returns the refund request form -> rent.")),

    (email_in("11-11 09:02", "paul.greenwood@example.com", "Paul Greenwood", "Automatic reply: RE: Service charge breakdown 2027/28", """
        Thank you for your email. I am out of the office until Thursday 12 November with limited access to email.
        For anything urgent please call my mobile.

        Paul Greenwood

        > Dear Mr Greenwood, thank you for your e-mail about the window cleaning charge. We are looking into it
        > and will reply within ten working days.
    """, headers=AUTO_REPLY, thread="thr-rent-9017"),
     I("Auto-reply (Auto-Submitted) from a known customer quoting our appointment e-mail -> ignore.")),

    (email_in("11-13 10:15", "vicky.pemberton@example.org", "Victoria Pemberton", "Read: Your repair appointment", """
        Your message

          To: Victoria Pemberton
          Subject: Your repair appointment
          Sent: Thursday, 12 November 2026 16:00

        was read on Friday, 13 November 2026 10:14.
    """, headers={"Auto-Submitted": "auto-generated",
                  "Content-Type": "multipart/report; report-type=disposition-notification"}),
     I("Read receipt (disposition notification) -> ignore.")),

    (email_in("11-13 11:00", "rahim.begum@example.com", "Rahim Begum", "Re: Adaptations - 6 Thornhill Gardens", """
        Hi,

        The grab rails went in yesterday, thank you, Mum's much happier. The OT also said she'd benefit from a
        raised toilet seat and a half step at the back door. Can you arrange those?

        Rahim (Fatima Begum's son)

        On Fri, 6 Nov 2026 at 12:10, Fairholme Homes <contact@fairholmehomes.example.org> wrote:
        > Dear Rahim, we have referred your mother for grab rails by the bath and toilet.
    """, thread="thr-rep-9051"),
     R("C300027", "repairs", None, "toilet seat|step, adaptation|rail",
       "Unknown e-mail; the tenant's son acting for her -> record against C300027 (review defensible); further "
       "adaptations -> repairs.", REVOK)),

    (email_in("11-12 18:30", "julie.dawson@example.org", "Julie Dawson", "Re: Gas safety check - Monday 16 November", """
        Thanks for moving it.

        While the engineer's there, can someone look at Mum's back bedroom? There's black mould round the window
        and on the ceiling in the corner, and her chest's not been good.

        Julie (Eileen Dawson's daughter)

        On Mon, 9 Nov 2026 at 16:20, Fairholme Homes <contact@fairholmehomes.example.org> wrote:
        > Dear Mrs Dawson, your gas safety check has been moved to Monday 16 November, 12pm-4pm.
    """, thread="thr-rep-9052"),
     R("C300030", "damp_mould", "damp_mould", "mould, bedroom|window|ceiling",
       "Unknown e-mail; the tenant's daughter (recorded as present at visits) acting for her -> record against "
       "C300030 (review defensible); the gas check is only quoted, the new content reports mould -> damp_mould.",
       REVOK)),

    (email_in("11-17 08:00", "paul.greenwood@example.com", "Paul Greenwood", "RE: Reclamação - danos no jardim", """
        Following up my wife Maria's email below, in case it needs translating: the fencing team broke three of
        our planters last week and trampled the flower bed. Nobody apologised. We'd like a complaint logged and the
        planters replaced.

        Paul

        From: Paul Greenwood <paul.greenwood@example.com>
        Sent: Thursday, 12 November 2026 09:00
        Subject: Reclamação - danos no jardim

        Bom dia, sou a esposa do Paul Greenwood. Na semana passada os vossos trabalhadores vieram substituir a
        vedação e partiram três vasos grandes...
    """, thread="thr-cmp-9053"),
     R("C300026", "complaint", None, "complaint, planter|pot|garden|flower",
       "Known e-mail; English follow-up to the Portuguese complaint in the quoted history -> complaint.")),

    (email_in("11-20 18:20", "tomasz.nowak@example.net", "Tomasz Nowak", "RE: Noise - 42 Hollin Park Road", """
        Diary sheets for the last week attached. The dog was barking 8am-6pm every weekday again, my wife recorded
        it on the app too.

        Tomasz

        From: Fairholme ASB Team <asb@fairholmehomes.example.org>
        Sent: Monday, 16 November 2026 09:10
        To: Tomasz Nowak <tomasz.nowak@example.net>
        Subject: Noise - 42 Hollin Park Road

        Dear Mr Nowak, please find diary sheets attached. Return them after two weeks.
    """, to=ASB_BOX, thread="thr-asb-9054"),
     R("C300038", "asb", None, "dog|bark, diary|recorded",
       "Known e-mail (Tomasz's own); returns diary sheets on a barking-dog case -> asb.")),

    (email_in("11-09 21:40", "sam.osei@example.net", "Samuel Osei", "Please keep my name out of this", """
        I'd rather not be named on this.

        Since the new people moved into flat 5 there's a constant stream of visitors at all hours, the intercom
        buzzes all night, and twice this week I've seen people injecting in the bin store. Please look into it.
    """, to=ASB_BOX, anon=True),
     A("asb", None, "visitor|inject|drug, bin store|flat 5",
       "Known e-mail but the sender asks not to be named and the event is flagged anonymous -> anonymous; drug "
       "activity -> asb.")),

    (email_in("11-12 10:40", "christine.mellor@example.com", "Christine Mellor", "RE: Your report - stones thrown at window", """
        Dear Kirsty,

        Thank you, it's been quiet since the officer went to see the family. The only thing outstanding is my
        front window: the glazier boarded it on Saturday but nobody's been back to put the new glass in, and the
        front room is so dark. Could you chase it?

        Christine

        From: Fairholme ASB Team <asb@fairholmehomes.example.org>
        Sent: Monday, 9 November 2026 12:00
        To: Christine Mellor <christine.mellor@example.com>
        Subject: Your report - stones thrown at window

        Dear Mrs Mellor, our ASB officer will visit the household concerned this week. Your details will not be
        shared with them.
    """, thread="thr-asb-9056"),
     R("C300055", "repairs", None, "window|glass|glazier",
       "Known e-mail; the ASB is only in the quoted history and has stopped; the new content chases the window "
       "glazing -> repairs, not sensitive (asb/sensitive defensible given the thread).",
       {"category": ["asb"], "sensitive": [True]})),

    (email_in("11-16 11:20", "m.lumb.nephew@example.net", "Michael Lumb", "Mrs Patricia Lumb, 3 Weavers Row - ending the tenancy", body("""
        Dear Sir or Madam,

        I am Mrs Lumb's nephew and hold a registered Lasting Power of Attorney for her property and financial
        affairs (copy attached). My aunt has moved permanently into Heaton Grange care home, so I need to give
        notice to end her tenancy at 3 Weavers Row.

        Please let me know the notice period, the end date, and how to arrange clearing the house and returning
        the keys. Please write to me rather than to my aunt.

        Yours faithfully,
        Michael Lumb
    """, "Sent from my iPad"), to=TENANCY_BOX),
     R("C300016", "tenancy", None, "notice|end, attorney|lpa|care home",
       "Unknown e-mail; attorney acting for a named tenant who has moved into care -> record against C300016 "
       "(review defensible); ending the tenancy -> tenancy.", REVOK)),

    (email_in("11-19 20:30", "farah.yusuf.abdi@example.com", "Farah Abdi", "Re: Damp works - Thursday 26 November", """
        Hello,

        I'm Hodan Abdi's daughter, I help her with English. Mum has gone into hospital for an operation and won't
        be home on Thursday 26 November. Can the damp works be moved to the week after? The mould is still bad in
        the boys' room so please not too long.

        Farah

        On Wed, 11 Nov 2026 at 10:30, Fairholme Homes <contact@fairholmehomes.example.org> wrote:
        > Dear Ms Abdi, the ventilation and insulation works will start on Thursday 26 November.
    """, thread="thr-dmp-9058"),
     R("C300010", "damp_mould", "damp_mould", "works|rebook|move|postpone, mould",
       "Unknown e-mail; the tenant's daughter acting for her -> record against C300010 (review defensible); "
       "postponing damp works while the mould is still live -> damp_mould (repairs defensible).", M(REVOK, REP))),

    (email_in("11-17 17:45", "a.yusuf@example.org", "Abdirahman Yusuf", "RE: Change of household form", """
        Hello,

        Please find the form attached with my wife's visa and passport and my son's birth certificate. They arrive
        on 12 December. Also please send me the transfer form you said, because the flat is one bedroom.

        Thank you
        Abdirahman Yusuf

        From: Fairholme Homes <contact@fairholmehomes.example.org>
        Sent: Friday, 13 November 2026 10:05
        To: a.yusuf@example.org
        Subject: Change of household form

        Dear Mr Yusuf, as discussed, please complete the attached change of household form.
    """, thread="thr-ten-9059"),
     R("C300054", "tenancy", None, "household|wife|son, transfer",
       "Known e-mail; returns the change-of-household form and asks for a transfer form -> tenancy (lettings "
       "defensible).", LET)),

    (email_in("11-18 13:15", "beth.cole@example.com", "Bethany Cole", "Re: Councillor Booth enquiry - mould at Flat 3 Calder Court", """
        Thank you for finally booking the inspection, it's Thursday 19 November at 1pm. Please make sure they look
        at the bathroom ceiling too, not just the bedroom - it's worse in there now.

        Bethany

        On Tue, 17 Nov 2026 at 16:30, Fairholme Damp and Mould Team <contact@fairholmehomes.example.org> wrote:
        > Dear Ms Cole, further to Councillor Booth's enquiry, we have booked a damp and mould inspection.
    """, thread="thr-dmp-9060"),
     R("C300020", "damp_mould", "damp_mould", "mould|inspection, bathroom",
       "Known e-mail; confirms the mould inspection and adds the bathroom ceiling -> damp_mould.")),
]


# ============================================================================================
# D1. Other channels: webchat, text-speak, WhatsApp, Telegram, social media, letters, visits, staff contacts
# ============================================================================================
ITEMS += [
    (chat("11-03 12:15", {"email": "priya.chauhan@example.com", "name": "Priya"}, """
        Visitor: hi, do we get any rent free weeks this year? last year there were 2 at christmas
        Agent (Hannah): Hi Priya, yes - this year's rent-free weeks are the weeks beginning 21 and 28 December. Your payments won't be due those weeks.
        Visitor: perfect ty
    """),
     R("C300047", "rent", None, "rent free|rent-free",
       "Webchat with the customer's e-mail; rent-free weeks question -> rent.")),

    (portal("11-10 21:15", {"customer_ref": "C300060", "name": "Marcus Bell"}, "Report anti-social behaviour", """
        Form: Report anti-social behaviour
        Report anonymously: Yes
        Location: the green and footpath behind Thornhill Gardens
        Description: Every evening from about 7pm a group of lads ride motorbikes across the green and up the
        footpath with no lights, revving and doing wheelies. Last night one nearly hit a woman with a pram.
    """, anon=True),
     A("asb", None, "motorbike|bike, green|footpath",
       "Portal form with the anonymous box ticked -> anonymous even though the sender is logged in; motorbikes "
       "on the green -> asb.")),

    (sms_in("11-14 09:20", "+447700900350", """
        boiler gone agen, no heat no hot water. got my lil girl stayin this wknd shes 2. pls can sum1 come 2day. jamie flat 16
    """),
     R("C300050", "repairs", "emergency", "boiler|heat|hot water, girl|child",
       "Known mobile, text-speak; no heating or hot water with a two-year-old staying -> emergency (null "
       "defensible).", NOHZ)),

    (sms_in("11-17 16:40", "+447700900335", """
        ur window fitters hav left the main door at foundry walk propped open wiv a brick ALL DAY. anyone cud walk in. not on
    """),
     R("C300035", "estate", None, "door|propped|entrance",
       "Known mobile; contractors leaving the communal entrance propped open -> estate (complaint/repairs "
       "defensible).", {"category": ["complaint", "repairs"]})),

    (sms_in("11-20 10:10", "+447700900339", """
        Thank you for text. Doorbell man came yesterday, works now. Gas check please - Thurs 26 Nov any time is OK.
        Text me, not call. Shirley 52 Hollin Park
    """),
     R("C300039", "repairs", None, "gas, 26|thursday|appointment",
       "Known mobile (Deaf tenant, text only); doorbell fixed, books the gas check -> repairs.")),

    (wa_in("11-09 20:00", "447700900343", "Aisha", """
        [Voice message 0:48, auto-transcribed] Hi it's Aisha at 27 Weavers Row. The big bedroom window upstairs,
        the one that's meant to be the fire escape window for the kids' room, it's been painted shut by the
        decorators, I can't open it at all. If there was a fire they couldn't get out. Can someone come and free
        it please?
    """),
     R("C300043", "repairs", "emergency", "window, fire|escape",
       "Known number, voice-note transcript; the children's escape window painted shut -> fire-safety failure -> "
       "emergency (null defensible).", NOHZ)),

    (wa_in("11-11 08:40", "447700900351", "Yasmin", """
        [image] this is the bathroom ceiling this morning 😩 black all over the corner again, it was only painted in September
    """),
     R("C300051", "damp_mould", "damp_mould", "mould|black, bathroom|ceiling",
       "Known number; photo of recurring black mould on the bathroom ceiling -> damp_mould.")),

    (tg_in("11-06 18:00", "7781200943", "Stuart", """
        Got the letter confirming the arrangement, cheers. First £20 paid today on top of the rent.
    """),
     R("C300021", "rent", None, "arrangement|£20|paid",
       "Linked Telegram id; confirms the first arrears arrangement payment -> rent.")),

    (tg_in("11-05 20:00", "4409987612", "Kwame", """
        Evening. Any news on my transfer application? I've been in Band B since May and haven't been able to bid
        on anything that fits.
    """),
     R("C300029", "lettings", None, "transfer, band|bid",
       "Linked Telegram id; chasing a transfer application -> lettings.")),

    (tg_in("11-15 22:30", "6674421093", "Jade", """
        the light outside the bin store at ashgrove keeps flickering on and off all night, shines right in my
        bedroom window, cant sleep
    """),
     R("C300059", "estate", None, "light|lamp, bin store|flicker",
       "Linked Telegram id; flickering external light by the bin store -> estate (repairs defensible).", REP)),

    (fb_in("11-19 08:30", "fb:100090600911", "Nathan Pearce", """
        Hi it's Nathan Pearce, 31 Thornhill Gardens. One of your vans has been parked across my drive since 8 and
        I can't get out for work. Can you get them to move it asap?
    """),
     R("C300031", "complaint", None, "van|drive|parked",
       "Facebook name + address -> C300031 (review defensible); staff van blocking his drive -> complaint (estate "
       "defensible).", M(REVOK, EST))),

    (fb_in("11-12 13:30", "fb:100090600912", "Karen Dobson", """
        @Fairholme Homes 3 WEEKS waiting for the lift at Calder Court to be fixed properly, it keeps breaking and
        my mum is 80 and on the 4th floor!! Sort it out
    """),
     V("repairs", None, "lift",
       "Public Facebook post asking for a service; name not in the directory, a relative of an unnamed resident "
       "-> review; repeated lift failure -> repairs (complaint defensible).", CMP)),

    (ig_in("11-08 12:10", "@megs.lister", "Megan Lister", """
        hiya, Megan, 4 Beckside Mews. my back door won't lock since the wind last week, the bolt doesn't line up
        with the hole anymore. can someone come?
    """),
     R("C300044", "repairs", None, "door|lock|bolt",
       "Instagram name + address -> C300044 (review defensible); back door won't lock -> repairs (emergency "
       "defensible as the home is insecure).", M(REVOK, EMG))),

    (ig_in("11-15 17:00", "@sheff.local.news.fan", None, """
        @fairholmehomes when are you going to sort the rats at the Foundry Walk bin store?? seen 3 tonight 🐀🐀🐀
    """),
     V("estate", None, "rat, bin",
       "Instagram comment asking for action; unknown handle -> review; rats at a bin store -> estate.")),

    (letter("11-13 09:00", {"name": "R. Illingworth"}, """
        15 Beckside Mews
        Bradford BD4 7HA

        Dear Sir or Madam,

        Further to my telephone call on 10 November, I write to confirm that I am giving notice to end my tenancy
        of 15 Beckside Mews, ending on Monday 7 December 2026. After that date please write to me at my
        daughter's address: 8 Harbour View, Scarborough YO11 2AA.

        Yours faithfully,
        Robert Illingworth
    """),
     R("C300058", "tenancy", None, "notice|end, forwarding|address",
       "Letter, name + address -> C300058; written notice to end the tenancy -> tenancy.")),

    (letter("11-18 09:00", {"name": "H. Birkett"}, """
        3 Thornhill Gardens
        Leeds LS12 5EW

        Dear Sirs,

        Thank you for mending my bedroom window at last. Now my knees are worse and the doctor says I should not be
        going up and down the stairs. Could you fit a stairlift, or else move me to a bungalow? I would prefer to
        stay where I am if it can be done.

        Please reply in large print.

        Yours faithfully,
        Harold Birkett
    """),
     R("C300045", "repairs", None, "stairlift|stair lift|bungalow",
       "Letter, name + address -> C300045; adaptation (stairlift) or a move -> repairs (lettings defensible).",
       LET)),

    (letter("11-06 09:00", {"name": "Mrs M. Holroyd"}, """
        7 Hollin Park Road
        Leeds LS8 3QT

        Dear Sir or Madam,

        My rent payment card has worn out and the machine at the post office will not read it. Please would you
        send me a new one. Thank you also for the rent statement in large print, which I could read very well.

        Yours sincerely,
        Margaret Holroyd
    """),
     R("C300001", "rent", None, "payment card|card",
       "Letter, name + address -> C300001; replacement rent payment card -> rent.")),

    (letter("11-10 09:00", {"name": "A resident of Weavers Row"}, """
        To Fairholme Homes,

        I am writing about the man at one of your houses near the bottom end of Weavers Row. He is running a car
        repair business from his drive. There are cars parked all along the road waiting, he sprays paint in the
        open air and the engines are revving until 10 at night. My washing stinks of paint.

        I will not put my name to this as I have to live here.
    """, anon=True),
     A("asb", None, "car|repair|business|paint",
       "Unsigned letter, reporter will not give a name -> anonymous; business run from a home causing nuisance -> "
       "asb (tenancy defensible as a tenancy breach).", TEN)),

    (visit("11-20 14:00", {"name": "Housing officer (M. Dunn)"}, cust("C300047"), "appointment", "attended", """
        Tenancy audit at 17 Moorside Crescent. Household: Ms Chauhan, husband, two children, mother-in-law (moved
        in October; change of household form completed today). Photo ID seen for all. Property in good
        condition; smoke alarms tested OK.
    """),
     R("C300047", "tenancy", None, "audit, household|mother",
       "Tenancy audit visit attended -> tenancy.")),

    (visit("11-12 09:30", {"name": "Gas engineer (L. Hardcastle)"}, cust("C300048"), "appointment", "no_access", """
        Annual gas safety check at 33 Moorside Crescent, 1st attempt. No answer, card left. Tenant rang at 10:05
        to say he was on the school run; rebooked for Thursday 19 November, 8am-12pm.
    """),
     R("C300048", "repairs", None, "gas, no access|no answer|card|rebook",
       "Gas safety visit with no access -> recorded against the tenant; repairs.")),

    (visit("11-16 17:45", {"name": "Income officer (G. Lund)"}, cust("C300031"), "door_knock", "no_access", """
        Arrears door knock at 31 Thornhill Gardens, balance £356. No answer; card and letter left asking
        Mr Pearce to ring the income team.
    """),
     R("C300031", "rent", None, "arrears, no answer|card|letter",
       "Income door knock with no answer -> recorded; rent.")),

    (visit("11-17 11:00", cust("C300057"), WAKEFIELD_OFFICE, "walk_in", "attended", """
        Ms Holt came to reception with a letter from the police about her ex-partner's bail conditions. She asked
        for a management transfer. Seen in a private room; domestic abuse risk assessment and transfer
        application completed; referred to the IDVA.
    """, direction="inbound"),
     R("C300057", "safeguarding", None, "transfer|move, domestic|ex|police",
       "Walk-in; domestic abuse and a management transfer request -> safeguarding (lettings defensible, still "
       "sensitive).", LET)),

    (visit("11-19 10:00", {"name": "Estate officer (P. Rhodes)"}, cust("C300013"), "walkabout", "attended", """
        Estate walkabout at Moorside Crescent with Ms Pemberton (tenant rep). Noted: hedge cut but cuttings left on
        the footpath; two broken bollards by the bungalows; graffiti on the substation wall; bin store door
        hanging off. Jobs raised for the grounds team and caretaker.
    """),
     R("C300013", "estate", None, "walkabout|hedge|bollard|graffiti",
       "Estate walkabout with a tenant rep -> estate.")),

    (visit("11-09 11:30", {"name": "Damp surveyor (K. Lowe)"}, cust("C300036"), "appointment", "attended", """
        Damp and mould survey at Flat 2 Foundry Walk. Mould to the baby's bedroom external wall and window reveal;
        cold bridging at the lintel; no trickle vents. Recommend mould wash, PIV unit, trickle vents and reveal
        insulation. Report to follow within 5 working days.
    """),
     R("C300036", "damp_mould", "damp_mould", "mould, survey|vent|insulation",
       "Damp survey attended -> damp_mould.")),

    (visit("11-11 10:00", {"name": "Money adviser (R. Shah)"}, cust("C300050"), "appointment", "failed_to_attend", """
        Mr Rowntree did not attend his 10am money advice appointment at the Leeds office. Texted him to rebook.
    """),
     R("C300050", "rent", None, "money advice|appointment, did not attend|missed|rebook",
       "Missed money-advice appointment -> recorded; rent.")),

    (sms_out("11-05 14:30", "+447700900308", """
        Hi Lorraine, it's Sunita from Fairholme. The lift engineer has just fixed the lift at Ashgrove (14:10).
        Let me know if there are any more problems. Sunita
    """, sender="Sunita (Customer Services)"),
     R("C300008", "repairs", None, "lift, fixed|repaired",
       "Personal outbound text from staff to a known customer -> record; lift repaired -> repairs.")),

    (email_out("11-12 15:00", REPAIRS_BOX, "owen.pritchard@example.com", "Owen Pritchard", "Your repair - bathroom door lock", """
        Dear Mr Pritchard,

        Thank you for reporting the broken bathroom door lock. A joiner will attend on Friday 20 November,
        8am-1pm, to replace it.

        Kind regards
        Fairholme Repairs
    """, thread="thr-ten-9001"),
     R("C300040", "repairs", None, "lock, joiner|friday|20",
       "Outbound e-mail to a known customer booking the lock repair -> record; repairs.")),

    (wa_out("11-02 09:30", "447700900310", """
        Salaan Hodan, this is Louise from Fairholme. A plumber will come today between 12 and 4 for the toilet
        leak. If you need an interpreter on the phone, tell the plumber. Louise
    """, sender="Louise (Repairs)"),
     R("C300010", "repairs", None, "plumber, toilet|leak",
       "Personal outbound WhatsApp to a known customer -> record; plumber booked -> repairs.")),

    (call_out("11-12 14:20", "+447700900351", "Damp and mould team", "no-answer"),
     R("C300051", "general", None, ATTEMPT,
       "Attempted outbound call, no answer -> recorded against the callee; purpose unknown -> general, any "
       "category.", ANY)),

    (call_out("11-16 11:00", "+447700900323", "Lettings team", "completed", dur=36, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Hi Sophie, it's Holly from the lettings team at Fairholme Homes. Thanks for sending the midwife's letter.
        Your transfer application is now live in Band B, so you can start bidding this week. Give me a call back on
        0113 496 0000 if you have any questions. Bye.
    """),
     R("C300023", "lettings", None, "voicemail|message, transfer|band",
       "Outbound voicemail to a known mobile about her transfer banding -> lettings.")),
]


# ============================================================================================
# D2. Not service contacts: bulk mail, auto-replies, marketing and spam, chatter, thanks-only
# ============================================================================================
ITEMS += [
    (email_in("11-02 06:00", "newsletter@housing-weekly.example.com", "Housing Weekly", "This week: damp and mould enforcement, rent cap consultation", """
        HOUSING WEEKLY

        - Regulator signals tougher enforcement on damp and mould after Awaab's Law first months
        - Government consults on the rent cap for 2027/28
        - Opinion: why repairs backlogs are a leadership problem

        You are receiving this because you subscribed at housing-weekly.example.com. Unsubscribe | Manage preferences
    """, headers=NEWS_HEADERS),
     I("Bulk newsletter (List-Unsubscribe, Precedence: bulk); its damp/rent/repairs words are headlines -> ignore.")),

    (email_in("11-04 10:00", "events@dampsolutions.example.com", "DampSolutions Events", "Free webinar: Awaab's Law compliance for social landlords", """
        Join our free 45-minute webinar on Thursday 19 November at 11am:

        - Investigating damp and mould reports within the new timescales
        - Using sensors to spot condensation before mould appears
        - Case study: how one landlord halved its mould complaints

        Register now. To stop receiving these e-mails, click unsubscribe.
    """, headers={"List-Unsubscribe": "<https://dampsolutions.example.com/unsub>", "Precedence": "bulk"}),
     I("Supplier marketing e-mail about damp and mould -> ignore.")),

    (email_in("11-09 07:00", "bulletin@wakefield-council.example.org", "Wakefield Council", "Your weekly bulletin - bin collection changes", """
        Wakefield Council weekly bulletin

        Bin collections: from Monday 23 November, green bin collections move to a four-weekly winter timetable.
        Council tax: set up a direct debit online.
        Libraries: new opening hours over Christmas.

        Unsubscribe from this bulletin.
    """, headers=NEWS_HEADERS),
     I("Council bulk bulletin (bins, council tax) -> ignore.")),

    (email_in("11-05 17:30", "j.hartley@roofright.example.com", "John Hartley", "Automatic reply: Slates - 11 Hollin Park Road", """
        Thank you for your e-mail. I am on site all week with limited signal. For urgent jobs please contact the
        RoofRight office.
    """, headers=AUTO_REPLY),
     I("Contractor's auto-reply -> ignore.")),

    (email_in("11-18 16:25", "cllr.a.booth@wakefield-council.example.org", "Cllr Anne Booth", "Automatic reply: Bethany Cole - mould at Flat 3 Calder Court", """
        Thank you for contacting Councillor Anne Booth. Your e-mail has been received and will be dealt with as
        soon as possible. If your enquiry is urgent please contact the Members' Office.
    """, headers=AUTO_REPLY),
     I("Councillor's office auto-acknowledgement; the subject names a tenant and mould but nothing new is said "
       "-> ignore.")),

    (email_in("11-10 11:00", "mailer-daemon@relay.example.net", "Mail Delivery System", "Undeliverable: Your rent statement", """
        Delivery has failed to these recipients or groups:

        natalia.r.old@example.net
        The e-mail address you entered couldn't be found.

        Diagnostic information for administrators: 550 5.1.1 User unknown
    """, headers=BOUNCE),
     I("Bounce -> ignore.")),

    (email_in("11-13 09:00", "zofia.kaminska@example.com", "Zofia Kamińska", "Automatyczna odpowiedź: RE: Przeniesienie do większego mieszkania", """
        Dziękuję za wiadomość. Jestem na urlopie do 20 listopada i nie mam dostępu do poczty. Odpowiem po powrocie.

        Zofia
    """, headers=AUTO_REPLY),
     I("Polish auto-reply ('thanks for your message, I'm on leave until 20 November') from a known customer -> "
       "ignore.")),

    (email_in("11-06 03:10", "it-support@mail-admin.example.net", "IT Support", "Action required: your mailbox storage is full", """
        Dear user,

        Your mailbox has exceeded its storage limit and incoming messages will be rejected. Click the link below
        within 24 hours to verify your account and restore full access.

        IT Support Desk
    """),
     I("Phishing e-mail -> ignore.")),

    (email_in("11-10 04:40", "growth@seo-boost.example.com", "SEO Boost", "Rank #1 on Google for 'housing association Leeds'", """
        Hi there,

        I noticed your website isn't ranking for key search terms like "housing association Leeds" or "report a
        repair". We can fix that in 30 days, guaranteed. Reply to book a free audit.

        Kind regards, Alex
    """),
     I("Unsolicited sales e-mail -> ignore.")),

    (email_in("11-16 07:00", "notifications@prolink.example.com", "ProLink", "You appeared in 14 searches this week", """
        Your profile appeared in 14 searches this week. See who's looking at Fairholme Homes.

        Unsubscribe from these notifications.
    """, headers=EMAIL_AUTO),
     I("Automated social-network notification -> ignore.")),

    (email_in("11-12 08:12", "pc.j.ward@police.example.org", "PC Jo Ward", "Accepted: Multi-agency meeting - Ashgrove Court", """
        Jo Ward has accepted this meeting.

        When: Thursday 19 November 2026 14:00-15:00
        Where: Ashgrove Court community room
    """, headers=EMAIL_AUTO),
     I("Calendar acceptance from a partner agency -> ignore.")),

    (email_in("11-13 18:00", "noreply@contractor-portal.example.com", "Contractor Portal", "Job 44821 status changed: Completed", """
        Job 44821 (Flat 5 Foundry Walk - reseal window) status changed from In Progress to Completed.
        Completed by: M. Rowe. This is an automated message, please do not reply.
    """, headers=EMAIL_AUTO),
     I("Automated contractor-system notification -> ignore.")),

    (email_in("11-19 06:00", "no-reply@surveyhub.example.net", "SurveyHub", "Your tenant survey has 23 new responses", """
        "Repairs satisfaction - November" has 23 new responses. Average rating 3.9/5. Log in to see the results.
    """, headers=EMAIL_AUTO),
     I("Automated survey-platform report -> ignore.")),

    (email_in("11-14 12:00", "hollinpark.tra@example.org", "Hollin Park Tenants' Association", "Fwd: Christmas fair at the community centre - Saturday 5 December", """
        Hi all, please share!

        Christmas fair at Hollin Park community centre, Saturday 5 December, 11am-3pm. Tombola, cake stall,
        Santa's grotto. Stall holders wanted - contact Pat.
    """, headers={"Precedence": "bulk"}),
     I("Tenants' association circular asking nothing of the landlord -> ignore.")),

    (email_in("11-10 09:00", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Thank you", """
        Just wanted to say thank you to Sunita, who kept me updated every day about the lift. She was brilliant.

        Lorraine
    """),
     I("Thanks-only message asking for nothing -> ignore (recording a compliment against C300008 defensible).",
       REC("C300008", "general"))),

    (email_in("11-05 09:00", "noreply@landlord-portal.example.org", "Landlord Verification Service", "Housing costs verification received", """
        Thank you. Your verification of housing costs for tenant reference 7716 has been received. No further
        action is needed. This mailbox is not monitored.
    """, headers=EMAIL_AUTO),
     I("Automated portal acknowledgement -> ignore.")),

    (email_in("11-16 13:00", "news@leedsfoodbank.example.org", "Leeds Food Bank Network", "November update: winter appeal", """
        Our winter appeal is open. Thank you to all partner organisations who referred families last month.
        Referral vouchers can now be issued online.

        Unsubscribe | Update preferences
    """, headers=NEWS_HEADERS),
     I("Partner's bulk newsletter -> ignore.")),

    (sms_in("11-03 11:11", U9(30), """
        FREE £500 cash loan APPROVED for you today! No credit checks. Reply YES to claim or visit our site. Txt STOP to end
    """),
     I("Spam text -> ignore.")),

    (sms_in("11-04 08:05", "+447700900335", """
        STOP
    """),
     I("STOP reply to a broadcast text -> ignore (recording against C300035 defensible).", REC("C300035", "general"))),

    (sms_in("11-15 18:00", "+447700900303", """
        Y
    """),
     I("'Y' reply to an automated appointment-confirmation prompt -> ignore (recording against C300003 "
       "defensible).", REC("C300003", "repairs"))),

    (sms_in("11-18 09:00", "+447700900353", """
        ok thank u 👍
    """),
     I("Thanks-only text -> ignore (recording against C300053 defensible).", REC("C300053", "general"))),

    (sms_in("11-07 21:00", U9(31), """
        sorry wrong number x
    """),
     I("Wrong-number text from an unknown number -> ignore (review defensible).",
       {"action": ["review"], "category": ["general"]})),

    (sms_out("11-17 07:00", "+447700900355", """
        Fairholme Homes: icy weather expected this week. Grit bins at our sheltered schemes have been refilled.
        Please take care on paths.
    """),
     I("Outbound broadcast weather notice -> ignore.")),

    (sms_out("11-18 17:00", "+447700900343", """
        Fairholme Homes: reminder - your viewing at 14 Beckside Mews is tomorrow (Thu 19 Nov) at 11am. Reply R to
        rearrange.
    """),
     I("Automated per-customer viewing reminder -> ignore (recording against C300043 defensible).",
       REC("C300043", "lettings"))),

    (sms_out("11-15 10:00", "+447700900327", """
        Fairholme Homes: reminder - boiler service tomorrow (Mon 16 Nov), 8am-12pm. Reply R to rearrange.
    """),
     I("Automated per-customer repair reminder -> ignore (recording against C300027 defensible).",
       REC("C300027", "repairs"))),

    (wa_in("11-05 12:30", U9(32)[1:], "Sparkle Cleaning", """
        Sparkle End of Tenancy Cleaning 🧽✨ 20% off for housing associations this month! Carpets, ovens, full
        deep cleans. Message us for a quote.
    """),
     I("Business marketing message -> ignore.")),

    (wa_in("11-13 15:40", U9(33)[1:], "Nadia", """
        Mum are you picking Amira up at 3 or am I?
    """),
     I("Wrong-number message -> ignore (review defensible).", {"action": ["review"], "category": ["general"]})),

    (wa_in("11-02 16:30", "447700900310", "Hodan", """
        Mahadsanid 🙏 tuubiste wuu yimid
    """),
     I("Somali: 'thank you, the plumber came' -> thanks-only -> ignore (recording against C300010 defensible).",
       REC("C300010", "repairs"))),

    (wa_out("11-20 10:00", "447700900309", """
        Fairholme Homes: our Christmas opening hours are now on our website. Offices close at 1pm on 24 December
        and reopen on 29 December. Emergency repairs: 0113 496 0999.
    """),
     I("Outbound broadcast opening-hours message -> ignore.")),

    (tg_in("11-08 10:00", "1234509876", None, """
        /start
    """),
     I("Bot start command from an unlinked Telegram id -> ignore (review defensible).",
       {"action": ["review"], "category": ["general"]})),

    (tg_in("11-17 13:00", "4409987612", "Kwame", """
        [sticker: 👍]
    """),
     I("Sticker-only acknowledgement from a linked id -> ignore (recording against C300029 defensible).",
       REC("C300029", "general"))),

    (tg_in("11-05 08:20", "8912345670", "Connor", """
        haha cheers 😂
    """),
     I("Chat reply asking nothing -> ignore (recording against C300048 defensible).", REC("C300048", "general"))),

    (fb_in("11-08 14:00", "fb:100090600921", "Jan Whitfield", """
        Lovely to see the new benches by the playground at Hollin Park 👏 well done whoever sorted that
    """),
     I("Public positive comment asking for nothing -> ignore.")),

    (fb_in("11-08 19:00", "fb:100090600922", "Sunil Patel", """
        Happy Diwali to everyone celebrating at Fairholme 🪔✨
    """),
     I("Social-media greeting -> ignore.")),

    (fb_in("11-16 03:00", "fb:100090600923", "Meta Support Team", """
        Your page has been selected for verification. Confirm your account within 24 hours at the link below or
        your page will be restricted.
    """),
     I("Scam message impersonating the platform -> ignore.")),

    (ig_in("11-14 11:00", "@ashgrove.residents", "Ashgrove Residents", """
        [Story mention] Litter pick done at Ashgrove Court 💪 thanks @fairholmehomes for the bags and grabbers!
    """),
     I("Story mention, community chatter -> ignore.")),

    (ig_in("11-19 18:00", "@leeds_lad_88", None, """
        🔥🔥🔥
    """),
     I("Emoji-only comment -> ignore.")),

    (call_in("11-06 14:00", U9(34), """
        This is an important message about your business energy contract. Your current rate is due to expire.
        Press one to speak to an adviser, or press nine to be removed from our list.
    """, dur=22, answered_by=None, voicemail=True),
     I("Recorded sales voicemail -> ignore.")),

    (call_in("11-10 11:30", U9(35), """
        Agent: Fairholme Homes, Jess speaking, how can I help?
        Caller: Hi Jess, how are you today?
        Agent: Fine thanks, how can I help?
        Caller: Lovely. My name's Ryan, I'm calling from BrightPanel Solar. We're working with a lot of housing associations across Yorkshire at the moment, retrofitting solar panels and batteries, and I was hoping to speak to whoever looks after your asset management or procurement.
        Agent: We don't take sales calls on this line, I'm afraid. You'd need to email our procurement team through the website.
        Caller: No problem at all, thanks for your time, Jess.
    """, dur=96),
     I("Inbound sales call with a full greeting; no customer and no service asked -> ignore.")),

    (call_in("11-14 16:00", U9(36), """
        Agent: Fairholme Homes, Amy speaking. Hello? ... Hello, can you hear me? ... [silence] [call ends]
    """, dur=14),
     I("Silent call from an unknown number -> ignore (review defensible).",
       {"action": ["review"], "category": ["general"]})),
]


# ============================================================================================
# Ids (corpus_tools with SPLIT = "train9"), writing, validation, coverage
# ============================================================================================
def main() -> int:
    return corpus_tools.build(ITEMS, ["train.jsonl", "train2.jsonl", "train3.jsonl", "train4.jsonl", "train5.jsonl",
                                      "train6.jsonl", "train7.jsonl", "train8.jsonl"])


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build a second labelled training split (deterministic; writes only train2.jsonl / train2.expected.jsonl).

    python tests/corpus/build_train2.py

Same formats, customer directory (directory.csv) and label conventions as build_corpus.py / README.md.
This split concentrates on what a keyword router finds hard: safeguarding and ASB in many phrasings,
anonymity requests, emergency hazards, damp and mould, and community languages.

Every message below is written by hand; the helpers only fill in the envelope (ids, landlord
end-points, JSON shape). Ids are derived from a hash of the event's content with a split-specific
salt, so re-running reproduces byte-identical files; they are checked for uniqueness against
train.jsonl and the shared samples.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

from envelopes import *  # noqa: E402,F403 (landlord end-points, envelope and label helpers)

ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []


# ============================================================================================
# Safeguarding: domestic abuse, welfare, children, exploitation, self-harm, crisis, slavery,
# elder abuse, staff follow-up, carers and professionals
# ============================================================================================
ITEMS += [
    (sms_in("10-01 22:47", U(41), """
        its kelly from 15 hollin pk rd, on my mates phone cos he took mine off me. he wont let me go anywhere
        without him and goes thru everything. PLEASE dont ring my number or send letters he opens them. can
        someone msg me on this number tmrw after 10 when hes at work
    """),
     R("C300003", "safeguarding", None, "phone|control|abuse|partner",
       "Tenant names herself and her address from a friend's phone (one customer) -> C300003 (review acceptable); "
       "coercive control by a partner who took her phone -> safeguarding, sensitive.",
       {"action": ["review"], "customer_ref": [None]})),

    (call_in("10-02 10:05", "+447700900357", """
        Agent: Fairholme Homes, you're through to Dawn.
        Caller: Hi. It's Tracey Holt, Flat 9 Calder Court. I don't really know who I'm supposed to ask. I'm behind on the rent and it's not because I haven't got the money. My partner has my bank card. He gives me twenty quid a week for food and wants the receipts. If I ask for it back he goes quiet for days and then he kicks off.
        Agent: Tracey, thank you for telling me. Is he there with you now?
        Caller: No, he's at the gym. I've got about half an hour.
        Agent: OK. I'm going to ask our domestic abuse lead to call you back on this number in the next twenty minutes. We won't mention the rent to him and we won't write to you at home unless you say it's safe.
    """, dur=402),
     R("C300057", "safeguarding", None, "partner|control|money|bank card",
       "Known mobile; economic abuse and coercive control by a partner disclosed inside a rent conversation -> "
       "safeguarding, sensitive (rent acceptable).", {"category": ["rent"]})),

    (wa_in("10-02 13:20", "+447700900351", "Yasmin A", """
        Assalam o alaikum. Mujhe kisi se baat karni hai lekin phone par nahi. Kal raat mere shohar ne mujhe mara,
        bachay dar gaye the. Woh abhi kaam par hai. Please sirf message karein, call na karein. Yasmin, 36 Thornhill
    """),
     R("C300051", "safeguarding", None, "husband|abuse|hit|domestic",
       "Roman Urdu: 'I need to talk to someone but not by phone. Last night my husband hit me, the children were "
       "scared. He's at work now. Please only message, don't call.' -> domestic abuse, safeguarding.")),

    (email_in("10-03 07:55", "vicky.pemberton@example.org", "Victoria Pemberton", "Please read - not about repairs", """
        Hello,

        I didn't know who else to email. My ex-husband has started turning up outside my house again. Three nights this
        week he's been parked across the road in his van with the engine running until gone midnight. He has a
        non-molestation order and I've reported it to the police (ref 13/90112/26) but he just moves on before they arrive.

        Is there anything you can do about the front of the house? There's no light over the door and the side gate
        doesn't lock. I'm not sleeping.

        Victoria Pemberton
        14 Moorside Crescent
    """),
     R("C300013", "safeguarding", None, "ex|stalk|non-molestation|police",
       "Ex-partner breaching a non-molestation order and watching the house -> safeguarding (asb acceptable); "
       "security measures are part of the safety response.", {"category": ["asb"]})),

    (chat("10-03 23:10", {"name": "Visitor"}, """
        Visitor: hi is anyone there
        Agent (Dev): Hi, you're through to Fairholme Homes out-of-hours chat. How can I help?
        Visitor: my boyfriend hit me tonight and i need to get out. i cant stay here. can you give me somewhere else to live
        Agent (Dev): I'm so sorry. Are you safe right now? If you are in danger please call 999.
        Visitor: hes asleep. i'm in the bathroom
        Agent (Dev): The National Domestic Abuse Helpline is free, 24 hours. Can you tell me your name or address so our domestic abuse officer can contact you safely?
        [Visitor left the chat]
    """),
     V("safeguarding", None, "abuse|hit|boyfriend",
       "No identifiers at all; disclosure of domestic abuse and a request to be rehoused -> review, safeguarding "
       "(lettings acceptable).", {"category": ["lettings"]})),

    (call_in("10-05 18:40", "+447700900340", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, Owen Pritchard, Flat 10 Calder Court. This is... a bit awkward. I need to end my joint... no, it's in my name. My girlfriend moved in in the summer. She's got my banking app on her phone and she won't let me see my own money, I've not had a bank statement since July. Last night she smashed my phone because I said I was going to leave.
        Agent: Owen, thank you for telling me. Are you hurt at all?
        Caller: Scratches. I'm at my brother's. I just don't know where I stand with the flat.
        Agent: It's your home and your tenancy. I'll get our domestic abuse officer to call you this afternoon, and they can talk you through the options, including the police and changing the locks.
    """, dur=455),
     R("C300040", "safeguarding", None, "abuse|girlfriend|money|control",
       "Male victim of economic abuse and criminal damage by a partner -> safeguarding, sensitive (tenancy acceptable).",
       {"category": ["tenancy"]})),

    (visit("10-07 14:00", {"name": "Domestic abuse officer (N. Patel)"}, cust("C300057"), "appointment", "attended", """
        Met Ms Holt at the Wakefield office (agreed safe location, partner not aware). DASH risk assessment completed:
        medium risk. Referred to IDVA with consent. Rent arrears put on hold for 8 weeks; new bank account set up via
        money advice. Agreed to contact by text only, starting "Hi, it's Nadia from the gym".
    """),
     R("C300057", "safeguarding", None, "dash|risk|idva|abuse",
       "Domestic abuse officer's support meeting with the tenant -> safeguarding, sensitive.")),

    (call_out("10-08 09:30", "+447700900313", "Tenancy sustainment", "completed", dur=264, answered_by="human",
              transcript="""
        Agent: Hi Victoria, it's Jo from tenancy sustainment. I'm calling about your email.
        Customer: Oh thank you. He was there again last night.
        Agent: I've booked an electrician to fit a dusk-to-dawn light over the front door on Thursday and the joiner will put a lock on the side gate. I've also let the neighbourhood police team know about the order.
        Customer: That would make such a difference.
    """),
     R("C300013", "safeguarding", None, "light|gate|order|police",
       "Follow-up call in a stalking / breach-of-order case; security works arranged -> safeguarding (repairs acceptable).",
       {"category": ["repairs", "asb"]})),

    (email_in("10-08 11:15", "idva.kmcgrath@leedswomensaid.example.org", "Kath McGrath (IDVA)",
              "Management transfer - Ms J Whitehead", """
        Dear Housing Officer,

        I am an Independent Domestic Violence Advisor supporting your tenant Ms Jade Whitehead, Flat 13 Ashgrove
        Court, LS6 2JD. Ms Whitehead has given written consent for me to contact you (attached).

        Ms Whitehead's former partner was released from custody last week and has been seen near Ashgrove Court.
        The case was heard at MARAC on 6 October and it was agreed that a management move outside Leeds 6 should be
        pursued urgently. Please could you confirm the process and timescales? Please do not contact Ms Whitehead
        by post.

        Kind regards,
        Kath McGrath
        IDVA, Leeds Women's Aid
    """),
     R("C300059", "safeguarding", None, "idva|marac|transfer|move",
       "IDVA acting with consent for a named tenant with full address -> C300059 (review acceptable); domestic abuse "
       "management move -> safeguarding (lettings acceptable).",
       {"action": ["review"], "customer_ref": [None], "category": ["lettings"]})),

    (sms_in("10-09 08:14", "+447700900353", """
        Morning. Not seen the old chap at no 46 since last Thurs. Curtains still shut, 2 pints of milk on the step
        and his bin never went out. He usually waves from the window. Can someone check on him? Lucy 44
    """),
     R("C300053", "safeguarding", None, "neighbour|welfare|check|not seen",
       "Known customer worried about an unseen older neighbour; no anonymity asked -> safeguarding against the reporter.")),

    (call_in("10-09 16:02", "+441632960342", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: Keith Barraclough, 6 Weavers Row. I'm worried sick. There's a horrible smell coming from next door, number 8, through the letterbox, and there are flies on the inside of his front window. Nobody's seen Dennis for about a fortnight. I've banged on the door.
        Agent: Thank you Mr Barraclough. Please ring 999 now and ask for the police for a concern for welfare. I'm sending the housing officer round straight away as well.
        Caller: I'll ring them now.
    """, dur=188),
     R("C300042", "safeguarding", None, "smell|welfare|flies|neighbour",
       "Known landline; smell and flies from a neighbour's home, not seen for two weeks -> welfare concern, safeguarding.")),

    (email_in("10-10 07:20", "sbirkett.aberdeen@example.com", "Sarah Birkett", "My dad - Harold Birkett, 3 Thornhill Gardens", """
        Hello,

        I'm Harold Birkett's daughter. I live in Aberdeen so I can't just pop round. Dad hasn't answered his phone
        since Wednesday teatime which isn't like him at all - he's 91 and he always rings me on a Thursday. His
        neighbour doesn't have a key.

        Could somebody please knock on and check he's alright? I've also rung the police non-emergency number.

        Sarah Birkett
    """),
     V("safeguarding", None, "welfare|not answering|dad|check",
       "Relative of a tenant who can't be reached, writing from her own address -> review, record against C300045 "
       "defensible; welfare concern -> safeguarding.",
       {"action": ["record"], "customer_ref": ["C300045"]})),

    (visit("10-10 11:40", {"name": "Housing officer (S. Rahman)"}, cust("C300045"), "door_knock", "attended", """
        Welfare check requested by daughter. No answer; could see Mr Birkett on the kitchen floor through the back
        window. Police forced entry at 11:20. Tenant conscious, had fallen on Thursday evening, cold and dehydrated.
        Ambulance took him to St James's. Property secured, daughter informed. Back door needs a new lock.
    """),
     R("C300045", "safeguarding", None, "welfare|fall|floor|ambulance",
       "Welfare check finding an older tenant after a fall -> safeguarding (the lock repair is incidental).",
       {"category": ["general"]})),

    (call_out("10-16 10:10", "+441134960345", "Safeguarding lead", "completed", dur=318, answered_by="human", transcript="""
        Agent: Hello Mr Birkett, it's Nadia from Fairholme Homes. How are you feeling since you got home from hospital?
        Customer: Oh, not so bad love. Bit sore.
        Agent: I've asked for an occupational therapist to visit about the bath, and I'd like to set you up with a pendant alarm so you can call for help if you fall again. Would that be alright?
        Customer: My daughter keeps on about one of them. Go on then.
    """),
     R("C300045", "safeguarding", None, "alarm|pendant|fall|hospital",
       "Outbound follow-up after a fall and hospital stay; pendant alarm and OT referral -> safeguarding "
       "(general acceptable).", {"category": ["general", "repairs"]})),

    (visit("10-12 09:30", {"name": "Gas engineer (D. Fenton)"}, cust("C300058"), "appointment", "attended", """
        Annual gas safety check NOT completed. Could not reach the boiler or the gas fire: every room stacked
        floor to ceiling with newspapers, carrier bags and boxes, only a narrow path from the front door to one
        chair where the tenant appears to sleep. Tenant polite but embarrassed. Cooker has papers piled on the hob.
        Reported to supervisor as a hoarding / fire risk concern.
    """),
     R("C300058", "safeguarding", None, "hoard|fire risk|clutter",
       "Severe hoarding found at a gas check, tenant living in one chair -> safeguarding (self-neglect); fire risk "
       "not an immediate reported danger -> hazard null (emergency defensible, repairs defensible).",
       {"category": ["repairs"], "hazard": ["emergency"]})),

    (visit("10-26 13:00", {"name": "Safeguarding lead (N. Patel)"}, cust("C300058"), "appointment", "attended", """
        Joint visit with Adult Social Care following the gas engineer's report. Mr Illingworth agreed to a
        hoarding support worker and to clear the kitchen and boiler cupboard first. Fire service home safety
        visit booked; two extra smoke alarms fitted today. Review in 4 weeks.
    """),
     R("C300058", "safeguarding", None, "hoard|social care|smoke alarm",
       "Multi-agency follow-up visit in a hoarding / self-neglect case -> safeguarding.")),

    (email_in("10-13 19:30", "beth.cole@example.com", "Bethany Cole", "Joyce in Flat 1", """
        Hi,

        I don't want to make a fuss but I'm worried about Joyce in Flat 1 downstairs from me. I took her some soup
        on Sunday and her fridge had nothing in it except a bit of butter, the flat was freezing because she says
        she can't afford to put the heating on, and she's been wearing the same cardigan for weeks. She's got very
        thin. She doesn't have anyone that I know of.

        Could someone from Fairholme go and see her?

        Bethany (Flat 3)
    """),
     R("C300020", "safeguarding", None, "neighbour|eating|food|welfare",
       "Known customer raising self-neglect / not eating concerns for a neighbour, no anonymity asked -> "
       "safeguarding against the reporter.")),

    (wa_in("10-14 02:35", "447700900309", "Imran", """
        Bhai Ashgrove Court ke ground floor wale buzurg uncle abhi raat ke dhai baje sirf pajama mein bahar parking
        mein ghoom rahe the, unhein pata hi nahi tha woh kahan hain. Mein unhein andar chhor aya hun. Yeh teesri
        dafa hai. Kya koi unka khayal rakhne wala hai? Imran flat 9
    """),
     R("C300009", "safeguarding", None, "confused|neighbour|welfare|elderly",
       "Roman Urdu: 'the elderly man on the ground floor was wandering in the car park at 2:30am in pyjamas, he "
       "didn't know where he was; third time; is anyone looking after him?' -> welfare, safeguarding.")),

    (call_in("10-14 10:25", "+441134960330", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hello, I'm Eileen Dawson's daughter, I'm at mum's now, 25 Thornhill Gardens. I'm worried about her. She's had three falls this month, she's getting very forgetful, yesterday I came in and the gas ring was on with nothing on it. I don't think she's safe on her own any more but she won't hear of moving.
        Agent: I'm sorry, that must be worrying. With your mum's agreement we can refer her to adult social care and look at things like a gas cut-off valve and a pendant alarm.
        Caller: Yes please, she's nodding.
    """, dur=367),
     R("C300030", "safeguarding", None, "falls|forgetful|safe|gas",
       "Daughter on the tenant's own landline with the tenant present -> C300030; falls and memory problems -> "
       "safeguarding. Gas ring left on, not a gas leak -> hazard null.",
       {"category": ["general"]})),

    (email_in("10-15 21:05", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Children in the flat above", """
        Hi,

        The children in the flat above me (I think it's Flat 10) cry for hours most evenings and I can hear a man
        screaming at them. Tonight at about 9.30 the little boy, maybe 5, was sitting on the stairs outside in just a
        t-shirt and pants. I brought him in to mine and a woman came down and took him back up without a word.

        I'm not sure if I should ring someone. I'm really uneasy about it.

        Sandra Okonkwo, Flat 6 Ashgrove Court
    """),
     R("C300049", "safeguarding", None, "child|children|boy|screaming",
       "Known customer concerned about a young child's welfare in a neighbouring flat -> safeguarding.")),

    (call_in("10-19 11:45", "+447700900744", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hello, my name's Mrs Ahmed, I'm the designated safeguarding lead at Thornhill Primary. We've got a pupil whose family are tenants of yours at 36 Thornhill Gardens. He's told his teacher they all sleep in the living room because the bedrooms are covered in mould, and he's been off a lot with his chest.
        Agent: Thank you for letting us know. I'll pass this to the housing officer and the damp team today.
        Caller: Could someone call me back? I'll be ringing children's services as well.
    """, dur=241),
     V("safeguarding", "damp_mould", "mould|child|school",
       "School safeguarding lead (professional) raising a concern about a household -> review, record against "
       "C300051 defensible; live mould reported by a third party still starts the clock -> hazard damp_mould.",
       {"action": ["record"], "customer_ref": ["C300051"], "category": ["damp_mould"], "hazard": [None]})),

    (letter("10-20 09:00", {"name": "Margaret Holroyd"}, """
        7 Hollin Park Road
        Leeds LS8 3QT

        Dear Sir or Madam,

        A young man came to my door last month and said he was from the council and that my boiler was unsafe and
        had to be replaced. I have given him £300 in cash and then another £450 last week for parts, but nobody has
        been to do anything and now he is saying I owe him more. He was very pleasant at first but now he is quite
        pushy and he comes on a Friday when he knows I have been to the post office.

        Is this right? I did not like to ask my son.

        Yours faithfully,
        Margaret Holroyd (Mrs)
    """),
     R("C300001", "safeguarding", None, "money|scam|cash|boiler",
       "Name + address -> C300001; older tenant being defrauded on the doorstep -> financial abuse, safeguarding "
       "(boiler mention is part of the scam, not a repair).", {"category": ["general"]})),

    (email_in("10-21 14:10", "adultsocialcare.east@leeds-council.example.org", "Adult Social Care (Leeds East)",
              "Section 42 enquiry - Mrs M Holroyd, 7 Hollin Park Road", """
        Dear Fairholme Homes,

        We have opened a section 42 safeguarding enquiry following a referral from your organisation concerning
        Mrs Margaret Holroyd, 7 Hollin Park Road, LS8 3QT (suspected financial abuse by a rogue trader). Please could
        you share any records of visits to the property by your contractors in the last three months, and confirm
        whether a boiler replacement was ever planned.

        Regards,
        T. Oduya, Social Worker
    """),
     V("safeguarding", None, "section 42|safeguarding|financial",
       "Social worker (professional) asking about a household -> review, record against C300001 defensible; "
       "financial abuse enquiry -> safeguarding.", {"action": ["record"], "customer_ref": ["C300001"]})),

    (email_in("10-22 08:50", "sam.osei@example.net", "Sam Osei", "Worried about the lad in flat 5", """
        Hi,

        I think something's going on with the young lad in Flat 5 (I don't know his name, he keeps himself to
        himself and I think he has learning difficulties). For about two weeks there's been a group of older blokes
        staying at his. They come and go with his keys, there are people in and out at all hours, and twice I've
        found him sleeping on the stairwell because "his friends" were in. He looked terrified when I asked if he
        was ok.

        I think they've basically taken his flat over.

        Sam, Flat 4
    """),
     R("C300007", "safeguarding", None, "cuckoo|vulnerable|taken over|flat 5",
       "Known customer describing cuckooing of a vulnerable neighbour; no anonymity requested -> safeguarding "
       "(asb acceptable).", {"category": ["asb"]})),

    (sms_in("10-23 00:12", "+447700900350", """
        sorry about all the music complaints. honestly i dont think ill be around much longer anyway so it wont
        matter. cant see the point in any of it anymore
    """),
     R("C300050", "safeguarding", None, "suicid|self-harm|welfare|wellbeing",
       "Known mobile; statement suggesting suicidal thoughts in reply about noise complaints -> safeguarding "
       "(not asb), sensitive.")),

    (call_out("10-23 08:35", "+447700900350", "Safeguarding team", "completed", dur=26, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Hi Jamie, it's Nadia from Fairholme Homes. I've just seen your text from last night and I wanted to check
        you're OK. You're not in trouble. Please ring me back on 0113 496 0000, or if you're struggling right now
        you can call Samaritans on 116 123 any time.
    """),
     R("C300050", "safeguarding", None, "voicemail|check|samaritans",
       "Voicemail left following up a suicidal text -> safeguarding, sensitive.")),

    (call_out("10-23 15:50", "+447700900350", "Safeguarding team", "completed", dur=612, answered_by="human", transcript="""
        Agent: Jamie, it's Nadia from Fairholme again. Thanks for picking up.
        Customer: Yeah. Sorry about the text. I was in a bad way.
        Agent: No need to be sorry. How are you now?
        Customer: Went to the GP this morning, they've changed my tablets and the crisis team are coming tomorrow.
        Agent: That's really good. I'll leave the noise case with the ASB officer for now, and I'll ring you on Monday to see how you're doing.
    """),
     R("C300050", "safeguarding", None, "gp|crisis|mental health|tablets",
       "Follow-up call after a suicidal statement; crisis team involved -> safeguarding, sensitive.")),

    (email_in("10-24 03:14", "nathan.pearce@example.org", "Nathan", "help", """
        i dont know who to tell. i lost my job, im three months behind, i owe everyone. i've started cutting again
        and last night i sat on the bridge for an hour. i'm not going to do anything stupid i just need someone to
        know
    """),
     R("C300031", "safeguarding", None, "self-harm|cutting|suicid|crisis",
       "Known e-mail; self-harm and suicidal ideation alongside arrears -> safeguarding, sensitive (rent acceptable).",
       {"category": ["rent"]})),

    (call_in("10-24 17:30", "+447700900745", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, I'm Michelle from Bluebell Homecare. I'm with Stuart McAllister at Flat 6 Calder Court, I'm one of his carers. He's really not himself. He's convinced the neighbours are filming him through the walls, he's unplugged everything and he's taped over the smoke alarm because he thinks it's a camera. He wants you to move him today.
        Agent: Is he at risk of harming himself, do you think?
        Caller: I don't think so, but he's very frightened. I've rung his community psychiatric nurse.
        Agent: I'll get his housing officer to call you back within the hour and we'll check the smoke alarm is working again.
    """, dur=398),
     R("C300021", "safeguarding", None, "mental health|carer|smoke alarm|distress",
       "Carer calling on the tenant's behalf from her own phone, naming him and his flat -> C300021 (review "
       "acceptable); mental health crisis -> safeguarding. Taped smoke alarm: emergency defensible.",
       {"action": ["review"], "customer_ref": [None], "hazard": ["emergency"]})),

    (visit("10-26 10:20", {"name": "Unnamed man"}, LEEDS_OFFICE, "walk_in", "attended", """
        A man in his 30s came to reception very distressed, saying he was hearing voices through the walls of his
        flat telling him to hurt himself and that he could not go home. Would not give his name or address. Staff
        sat with him and called the mental health crisis line; crisis team collected him at 11:05.
    """, direction="inbound"),
     V("safeguarding", None, "mental health|crisis|voices",
       "Unidentified walk-in in a mental health crisis -> review, safeguarding, sensitive.")),

    (email_in("10-27 20:40", "marcus.bell@example.com", "Marcus Bell", "Something not right at no 20", """
        Hi,

        I don't know if this is one for you or the police. The house at 20 Thornhill Gardens has got at least eight
        men living in it. A minibus picks them up at 5am and drops them back after dark, seven days a week. They
        look exhausted and never seem to have any money. One of them asked me for food last week and when I asked
        where he worked he said "the boss has my passport, I pay him for the house". He looked scared to say more.

        Marcus Bell, 12 Thornhill Gardens
    """),
     R("C300060", "safeguarding", None, "passport|exploit|slavery|workers",
       "Known customer describing likely modern slavery / labour exploitation at a neighbouring house -> "
       "safeguarding.")),

    (wa_in("10-28 21:15", U(64), None, """
        Olá, desculpe escrever em português. Trabalho numa fábrica de embalagens e moro numa casa com mais dez
        pessoas perto de Beckside Mews. O homem que nos trouxe de Portugal ficou com o meu passaporte e tira
        quase todo o meu salário para a renda e o transporte. Não posso sair. Não sei a morada exata. Tenho medo.
        Podem ajudar?
    """),
     V("safeguarding", None, "passport|exploit|slavery|salary",
       "Portuguese: 'I work in a packing factory and live with ten others near Beckside Mews; the man who brought "
       "us took my passport and takes almost all my wages; I can't leave; I'm scared' -> modern slavery; unknown "
       "number -> review, safeguarding.")),

    (call_in("10-29 12:30", "+447700900326", """
        Agent: Fairholme Homes, this is Lee.
        Caller: Paul Greenwood, 2 Beckside. I need to report something about my neighbour at number 1, Mrs Kaur. Her son moved back in with her in the summer and I hear him shouting at her, calling her stupid and worse. Yesterday she had bruises on both arms and she told me he takes her pension card "to look after it". She's eighty-odd.
        Agent: Thank you for telling us. Would she talk to someone, do you think?
        Caller: Not with him there. He's always there.
        Agent: I'll refer this to our safeguarding lead today and they'll decide with adult social care how to approach her safely.
    """, dur=344),
     R("C300026", "safeguarding", None, "elder|bruis|pension|abuse",
       "Known mobile; elder abuse (physical, verbal and financial) of a neighbour by her son -> safeguarding.")),

    (sms_in("10-30 11:00", "+447700900319", """
        my so called mate has been using my bank card, hes took all my UC this month and now i cant pay the rent.
        he says if i tell anyone hell put my windows through. dont know what to do. gary 47 weavers
    """),
     R("C300019", "safeguarding", None, "financial|bank card|threat|exploit",
       "Known mobile; financial exploitation with threats by an acquaintance -> safeguarding (rent and asb "
       "acceptable).", {"category": ["rent", "asb"]})),

    (ig_in("10-31 16:45", "@dan_m_leeds", "Dan", """
        hi my grandad lives in one of your flats at Calder Court and he hasnt answered his phone since Sunday, hes
        not great on his feet. please can someone knock on his door
    """),
     V("safeguarding", None, "grandad|welfare|answer",
       "Unknown relative of a tenant, flat not given -> review; welfare concern -> safeguarding.")),

    (call_in("11-01 19:20", "+447700900308", """
        Agent: Out of hours, Craig speaking.
        Caller: It's Lorraine Kettlewell, Flat 7 Ashgrove. I've come out of my wheelchair in the bathroom and I can't get up. I've been on the floor for about an hour. I pressed my pendant but nothing happened.
        Agent: Lorraine, stay where you are, I'm calling an ambulance for you right now and I'll stay on the line. Is your door locked?
        Caller: There's a key safe, code's on my file.
    """, to=OOH, dur=520),
     R("C300008", "safeguarding", None, "fall|floor|pendant|ambulance",
       "Wheelchair user on the floor after a fall, pendant alarm failed -> safeguarding; not a property hazard -> "
       "hazard null (emergency defensible; repairs for the pendant defensible).",
       {"hazard": ["emergency"], "category": ["repairs"]})),

    (call_in("11-02 09:05", "+447700900746", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hello, I'm ringing about my daughter, Leanne Firth, she's at 10 Thornhill Gardens. Her ex put her in hospital last weekend. She's home now but she's too frightened to ring anyone herself. He's still got a key. Can you change her locks?
        Agent: I'm so sorry. I can arrange an emergency lock change today and our domestic abuse officer will contact Leanne. What's the safest way to reach her?
        Caller: Text her, not a call. I'll tell her to expect it.
    """, dur=277),
     R("C300028", "safeguarding", None, "ex|lock|hospital|abuse",
       "Parent calling for a named tenant with address (one customer) -> C300028 (review acceptable); domestic "
       "abuse, ex still has a key -> safeguarding; lock change is part of the safety response.",
       {"action": ["review"], "customer_ref": [None]})),

    (wa_in("11-02 22:30", "+447700900341", "Natalia", """
        Bună seara. Fostul meu partener mi-a scris azi că vine să-mi dea foc la apartament dacă nu mă întorc la el.
        Am sunat la poliție și am dat mesajele. Îmi este foarte frică să dorm aici în noaptea asta. Ce pot face?
        Natalia, ap. 15 Calder Court
    """),
     R("C300041", "safeguarding", None, "threat|ex|fire|police",
       "Romanian: 'my ex-partner wrote today that he'll set fire to my flat if I don't go back to him; I called the "
       "police; I'm scared to sleep here tonight' -> domestic abuse threat, safeguarding.")),

    (visit("11-04 11:00", {"name": "Tenancy sustainment (J. Okoro)"}, cust("C300041"), "appointment", "attended", """
        Sanctuary visit with Romanian interpreter. Fire-retardant letterbox bag fitted, smoke alarms and heat
        detector tested OK, door viewer fitted. Police marker on the address confirmed. Ms Rusu staying with a
        friend two nights a week. IDVA referral accepted.
    """),
     R("C300041", "safeguarding", None, "sanctuary|letterbox|idva",
       "Sanctuary scheme visit after a threat of arson by an ex-partner -> safeguarding.")),

    (wa_in("11-03 07:40", "+447700900310", "Hodan", """
        Subax wanaagsan. Ninkeygii hore ayaa xalay albaabka si xun u garaacay oo ii hanjabay, wuxuu yiri carruurta
        ayuu i kala tegayaa. Carruurtu aad bay u baqeen. Booliska waan wacay. Fadlan quful cusub iyo caawimaad.
        Hodan, Flat 12
    """),
     R("C300010", "safeguarding", None, "ex|threat|children|lock",
       "Somali: 'my ex-husband banged on the door last night and threatened me, said he'd take the children; the "
       "children are very scared; I called the police; please a new lock and help' -> domestic abuse, safeguarding.")),

    (wa_in("11-04 20:05", "+447700900332", "Zofia", """
        Dzień dobry. Proszę nie dzwonić, tylko pisać. Mój mąż wszystko kontroluje – zabiera mi pieniądze, czyta moje
        wiadomości i nie pozwala mi wychodzić z domu bez niego. Wczoraj mnie popchnął na szafkę. Nie wiem, do kogo
        się zwrócić. Zofia, mieszkanie 5
    """),
     R("C300032", "safeguarding", None, "husband|control|abuse|money",
       "Polish: 'please don't call, only write; my husband controls everything - takes my money, reads my messages, "
       "won't let me out without him; yesterday he pushed me into a cupboard' -> domestic abuse, safeguarding.")),

    (wa_in("11-05 23:10", "447700900356", "Ahmed", """
        مساء الخير. كل ليلة تقريباً أسمع رجلاً يضرب امرأة في البيت المجاور رقم 48، وهي تصرخ وتطلب النجدة، والأطفال
        يبكون. الليلة كان الصوت أسوأ من أي وقت. لا أعرف ماذا أفعل. أحمد فاروق، 50 ويفرز رو
    """),
     R("C300056", "safeguarding", None, "abuse|neighbour|woman|children",
       "Arabic: 'almost every night I hear a man beating a woman next door at number 48, she screams for help and "
       "the children cry' -> domestic abuse concern for a neighbour, safeguarding, recorded against the reporter.",
       {"category": ["asb"]})),

    (wa_in("11-06 15:25", "+447700900327", "Fatima Begum", """
        Assalamualaikum. Amar pasher barir buri mohila, 4 number, onek din dhore ghor theke ber hoy na. Dorja
        khole na, chithi pore ache, ar ekta kharap gondho ashe. Amar chele bolche apnader janate. Doya kore keu
        dekhen. Fatima, 6 Thornhill Gardens
    """),
     R("C300027", "safeguarding", None, "neighbour|welfare|smell|door",
       "Bengali (Roman script): 'the old lady next door at number 4 hasn't come out for many days, doesn't open the "
       "door, post is piling up and there's a bad smell; please someone check' -> welfare, safeguarding.")),

    (call_in("11-06 17:45", "+441144960355", """
        Agent: Fairholme Homes Sheffield, Lee speaking.
        Caller: Hi, Christine Mellor, 2 Moorside. This isn't about the knife thing with my son, it's my daughter, she's fourteen. There's men in cars, proper grown men, picking her up from outside the house and the shop. They're giving her vapes, a new phone, she comes back at two in the morning smelling of drink. She says they're her mates.
        Agent: Thank you Christine. That sounds like she could be being groomed. Have you told the police?
        Caller: I rang 101 last night. They gave me a number for children's services.
        Agent: I'll make a safeguarding referral from our side today as well and ask the ASB team to look at the cars.
    """, dur=431),
     R("C300055", "safeguarding", None, "groom|daughter|exploit|child",
       "Known landline, caller names herself; child sexual exploitation risk to her daughter -> safeguarding "
       "(asb acceptable).", {"category": ["asb"]})),

    (tg_in("11-07 09:50", "8912345670", "Connor", """
        Something I can't shake. There's a young lad, can't be more than 13, gets dropped off by the garages on
        Moorside most nights around 11 by a black Audi. Different cars pick him up an hour later. He's got a
        rucksack every time and he looks terrified. I think he's being used to run drugs. He should be at home in bed.
    """),
     R("C300048", "safeguarding", None, "child|drugs|county lines|exploit",
       "Linked Telegram id -> C300048; child criminal exploitation (county lines) -> safeguarding (asb acceptable).",
       {"category": ["asb"]})),

    (email_in("11-08 10:30", "lucy.fairweather@example.net", "Lucy Fairweather", "My ex - online harassment", """
        Hi,

        Since I left my ex in August he has set up three fake Instagram accounts to message me, and yesterday someone
        posted my new address on a Facebook group with a photo of my front door. The police have taken a statement.
        I'm frightened he's going to turn up.

        Could I have a spy hole and a door chain fitted, and is there any way my address can be kept off things?

        Lucy, 44 Hollin Park Road
    """),
     R("C300053", "safeguarding", None, "ex|harass|address|abuse",
       "Post-separation stalking and doxxing by an ex-partner -> safeguarding (asb acceptable).",
       {"category": ["asb"]})),

    (sms_in("11-09 13:30", "+447700900335", """
        dean flat 14. been clean 2 yrs but relapsed, spent the rent on gear and now theres people hanging round
        mine i owe money to. dont want to lose the flat. need help not a warning letter
    """),
     R("C300035", "safeguarding", None, "relapse|drug|debt|support",
       "Known mobile; relapse, drug debt and people pressuring him at home -> safeguarding, sensitive (rent and asb "
       "acceptable).", {"category": ["rent", "asb"]})),

    (call_in("11-09 15:05", "+447700900304", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hi, it's Karen Whitaker, 23 Hollin Park Road. My eldest, she's fifteen, has been self-harming. It started when a group of lads on the estate began following her home and posting stuff about her online. CAMHS have said a move away from the area might really help her. Is there any way we can get a transfer?
        Agent: I'm so sorry Karen. I'll put a transfer application in with the CAMHS letter, and I'll flag the harassment to the ASB team.
        Caller: Thank you. She won't even go to the shop now.
    """, dur=356),
     R("C300004", "safeguarding", None, "self-harm|camhs|transfer|daughter",
       "Karen's own mobile; child self-harming after harassment, transfer request -> safeguarding (lettings and asb "
       "acceptable).", {"category": ["lettings", "asb"]})),

    (tg_in("11-10 08:20", "5301177720", "Tomasz", """
        Dzień dobry. Sąsiadka spod 42 nie otwiera drzwi od czterech dni, skrzynka jest pełna listów, a wczoraj
        w nocy wydawało mi się, że ktoś cicho woła o pomoc. Ma ponad 80 lat i mieszka sama. Czy ktoś może to
        sprawdzić? Tomasz Nowak, 40 Hollin Park Road
    """),
     R("C300038", "safeguarding", None, "neighbour|welfare|door|help",
       "Polish: 'the neighbour at 42 hasn't opened the door for four days, the letterbox is full, last night I "
       "thought someone was calling for help; she's over 80 and lives alone' -> welfare, safeguarding.")),

    (email_in("10-05 16:20", "priya.chauhan@example.com", "Priya Chauhan", "Neighbour at no 15", """
        Hi,

        I'm worried about Mr Dunn next door at 15 Moorside. He's in his seventies and on his own. His back garden
        is now completely full of bin bags and broken furniture, we've got mice coming through from his side, and
        through the window I can see his front room is stacked to the ceiling. When I said hello yesterday he hadn't
        washed in a long time and he said he'd "lost track of days".

        I don't want to get him into trouble, I just don't think he's coping.

        Priya, 17 Moorside Crescent
    """),
     R("C300047", "safeguarding", None, "hoard|coping|self-neglect|neighbour",
       "Known customer concerned about an older neighbour's hoarding and self-neglect -> safeguarding "
       "(estate acceptable for the garden and mice).", {"category": ["estate"]})),

    (call_in("11-11 11:10", "+447700900747", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, I'm a support worker with Leeds Mencap. One of the people I support lives in one of your flats on Foundry Walk. I'd rather not say which yet because I need his consent, but he's told me a neighbour has been making him hand over his benefits every fortnight and is storing things in his flat.
        Agent: Thank you. When you have his consent, please call back with his details and we'll involve our safeguarding lead. I'll log this now.
    """, dur=205),
     V("safeguarding", None, "exploit|benefits|support worker",
       "Professional raising concern about an unnamed tenant -> review; financial exploitation of an adult with "
       "learning disabilities -> safeguarding.")),

    (email_in("11-12 09:40", "pc4512.k.hirst@westyorks-police.example.org", "PC 4512 Hirst",
              "Concern for welfare - Flat 16 Ashgrove Court", """
        Good morning,

        For your information: officers attended Flat 16 Ashgrove Court, LS6 2JD at 01:30 this morning following a
        concern for welfare call. The occupant, Jamie Rowntree, was detained under section 136 of the Mental Health
        Act and taken to a place of safety. The front door was forced and has been secured with a temporary board.

        Please could your repairs team attend to replace the door.

        PC 4512 Hirst, Leeds North West NPT
    """),
     V("safeguarding", None, "welfare|mental health|door",
       "Police (professional) reporting about a tenant's household -> review, record against C300050 defensible; "
       "mental health detention -> safeguarding; boarded door is secure -> hazard null (repairs defensible).",
       {"action": ["record"], "customer_ref": ["C300050"], "category": ["repairs"]})),

    (email_in("11-12 16:20", "coordinator@bluebellhomecare.example.com", "Bluebell Homecare - Coordinator",
              "Concerns - Mrs J Ramsden, Flat 1 Calder Court", """
        Dear Sir/Madam,

        Our carers visit Mrs Joyce Ramsden, Flat 1 Calder Court, WF1 3DX, twice a day. Over the last fortnight they
        have noticed two men they don't recognise in the flat on several occasions, one of whom answers the door as
        if he lives there. Mrs Ramsden's purse has been empty each time carers have gone shopping for her and she
        says she "lent it to the boys". We have raised an alert with adult social care.

        We thought you should know as her landlord.

        Jess Marsden, Care Coordinator
    """),
     V("safeguarding", None, "exploit|financial|carer|purse",
       "Care agency raising a concern about (not acting for) the tenant -> review, record against C300022 defensible; "
       "possible financial exploitation / cuckooing -> safeguarding.",
       {"action": ["record"], "customer_ref": ["C300022"]})),

    (call_in("11-13 10:15", "+447700900748", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hello, my name's Ryan, I look after my uncle, John Smith, he's at 22 Weavers Row. He's got dementia. I'm finding things in his house that aren't his, and a woman who says she's his girlfriend has had him go to the bank with her twice. He's given her his key. I'm worried she's taking advantage.
        Agent: Thank you for ringing. I'll refer this to our safeguarding lead, who can involve adult social care. Can I check you're his named contact?
        Caller: I am, I've got lasting power of attorney.
    """, dur=389),
     R("C300015", "safeguarding", None, "dementia|exploit|financial|key",
       "Relative and attorney calling for John Smith with his street address (22 Weavers Row -> C300015, not "
       "C300046); financial exploitation of a tenant with dementia -> safeguarding (review acceptable).",
       {"action": ["review"], "customer_ref": [None]})),

    (visit("11-16 14:30", {"name": "Housing officer (R. Hill)"}, cust("C300003"), "door_knock", "attended", """
        Joint visit with the children's social worker following their referral. Two younger children have no beds
        and are sleeping on a mattress on the floor; very little food in the house; Ms Brannigan tearful and
        says her partner controls the money. Food bank voucher given, furniture grant application started,
        DA officer to follow up by text to the friend's number on file.
    """),
     R("C300003", "safeguarding", None, "children|social worker|food|bed",
       "Joint visit with children's services; child neglect indicators and coercive control -> safeguarding.")),

    (call_out("11-17 12:10", "+447700900343", "Domestic abuse officer", "completed", dur=233, answered_by="human", transcript="""
        Agent: Hi Aisha, it's Nadia, the domestic abuse officer. I heard he's been released on bail?
        Customer: Yes, on Friday. He's got conditions not to come to the street but I saw his friend parked outside yesterday.
        Agent: Please ring 999 if you see him or anyone acting for him. I've asked for your panic alarm to be tested this week and the police have marked your address.
        Customer: OK. Thank you for ringing.
    """),
     R("C300043", "safeguarding", None, "bail|alarm|abuse|police",
       "Outbound support call in an existing domestic abuse case -> safeguarding, sensitive.")),
]

# ============================================================================================
# Anonymity requests (safeguarding, asb, and a few estate / repairs / tenancy)
# ============================================================================================
ITEMS += [
    (fb_in("10-04 20:55", "fb:100090000201", "Private user", """
        Not giving my name. The kids at the end house on Beckside Mews (the one with the boarded window) are always
        hungry. The two little ones knock on doors asking for biscuits and they were out till 10 last night in the
        rain with no coats. Someone needs to check on them.
    """, anon=True),
     A("safeguarding", None, "child|kids|hungry",
       "anonymous flag and the writer withholds their name -> anonymous; child neglect concern -> safeguarding.")),

    (call_in("10-06 21:30", "+447700900749", """
        Agent: Fairholme Homes out of hours, Amir speaking.
        Caller: I'm not giving you my name, alright, because they'll know. There's a woman on the second floor of Foundry Walk, the end flat by the bins chute. She's a user and these lads from out of town have basically moved into hers, they're dealing out of it. She's got a black eye today. She's not got anyone.
        Agent: Thank you. I won't take any details from you. I'll pass this to the ASB team and our safeguarding lead first thing.
    """, to=OOH, dur=176),
     A("safeguarding", None, "cuckoo|dealing|vulnerable|woman",
       "Caller refuses to give a name -> anonymous; vulnerable woman's flat taken over by dealers (cuckooing) -> "
       "safeguarding (asb acceptable).", {"category": ["asb"]})),

    (letter("10-09 09:00", {"name": "A neighbour"}, """
        To the Housing,

        I am writing without putting my name because the family would know it was me. The old lady at Moorside
        Crescent, the house with the green door near the phone box, is being treated terribly by her grandson and
        his girlfriend who live with her. They shout at her, they have moved her into the back room, and she told me
        they take her money on pension day and she goes without food. She is frightened of them.

        Please go and see her when they are out (they go out most afternoons).
    """),
     A("safeguarding", None, "elder|abuse|pension|money",
       "Unsigned letter, writer withholds their name deliberately -> anonymous; elder abuse (financial and "
       "emotional) -> safeguarding.")),

    (portal("10-11 21:40", {"email": "shirley.baxter@example.com", "name": "Anonymous"}, "Report a concern (anonymous)", """
        Form: Report a concern about someone's safety
        Where: Hollin Park Road, the flat over the shop
        Concern: I am deaf so I cannot hear it but I feel banging on the wall between us most nights and on Tuesday
        I saw the woman with a black eye and a cut lip. She would not look at me. Please do not tell them I reported
        this, he already stares at me.
    """, anon=True),
     A("safeguarding", None, "abuse|black eye|woman|domestic",
       "anonymous flag and an explicit request not to be named -> anonymous even though the e-mail is C300039's; "
       "domestic abuse concern -> safeguarding.")),

    (chat("10-13 15:20", {"email": "grace.adeyemi@example.com", "name": "Grace"}, """
        Visitor: I need to tell someone about something but I'd rather this stays between us, I don't want it going on my file or them finding out
        Agent (Kim): Of course. We can log it without your details. What's happening?
        Visitor: the mum in the flat opposite me goes out most nights and leaves her two kids on their own. the baby cries for hours. they're about 3 and 1
        Agent (Kim): Thank you. I'll pass this to our safeguarding lead without your name.
    """),
     A("safeguarding", None, "children|alone|baby|neglect",
       "Known e-mail but the visitor asks for it to stay between us and off her file -> anonymous; young children "
       "left alone -> safeguarding.")),

    (wa_in("10-17 18:00", "+447700900325", "Ioana", """
        Bună ziua. Vreau să vă spun ceva, dar vă rog să nu afle nimeni că eu am spus. Băiețelul vecinilor de la
        numărul 10 are mereu vânătăi pe brațe și pe față, și îl aud pe tatăl lui țipând la el în fiecare seară.
        Ieri plângea în grădină în frig, în șosete.
    """),
     A("safeguarding", None, "child|bruis|boy",
       "Romanian: 'please don't let anyone know I said this; the neighbours' little boy at number 10 always has "
       "bruises on his arms and face; I hear his father screaming at him' -> anonymous, child welfare, safeguarding.")),

    (sms_in("10-20 19:45", "+447700900344", """
        please dont mention me, they'd know it was me as im the only one who talks to him. the old man at no 6
        has had his nephew move in and now hes got no money for the meter, sits in the dark, the nephew takes his
        bank card every thurs
    """),
     A("safeguarding", None, "financial|bank card|elderly|money",
       "Known mobile but the sender asks not to be mentioned -> anonymous; financial abuse of an older neighbour -> "
       "safeguarding.")),

    (call_in("10-22 20:10", "+447700900329", """
        Agent: Fairholme Homes, Amir speaking.
        Caller: Yeah, hi. I want to report something but I don't want any comeback on this, alright? Don't put my name on it.
        Agent: That's fine, we can keep it anonymous.
        Caller: The big house at the top of Thornhill Gardens. There's a van that drops off six, seven men at night, they sleep there in shifts. I've seen a bloke shouting at them and taking their phones off them. One of them had no shoes.
        Agent: Thank you. I'll pass it on to our safeguarding lead and the police.
    """, dur=214),
     A("safeguarding", None, "exploit|slavery|men|phones",
       "Known mobile (C300029) but 'don't put my name on it' -> anonymous; suspected modern slavery -> safeguarding.")),

    (email_in("10-25 12:30", "worried.resident@example.net", None, "Confidential - Calder Court", """
        I'm scared they'll find out it was me, so I'm using a different email.

        The man on the top floor at Calder Court (I think Flat 16) hasn't been seen for weeks. There's a smell
        coming from under his door and flies at the window. His post is sticking out of the letterbox. Before that
        he looked very unwell and thin and said he'd stopped taking his tablets.
    """),
     A("safeguarding", None, "smell|welfare|not seen|unwell",
       "Unknown sender who explicitly wants to stay anonymous -> anonymous; welfare / self-neglect concern -> "
       "safeguarding.")),

    (tg_in("10-27 19:35", "5120034471", "Agnieszka", """
        Dzień dobry. Chciałabym coś zgłosić, ale proszę nie mówić sąsiadom, że to ja. Mężczyzna spod 3 bije żonę,
        słyszę krzyki i uderzenia przez ścianę prawie co weekend. Ona boi się wyjść z mieszkania.
    """),
     A("safeguarding", None, "abuse|wife|domestic",
       "Polish: 'please don't tell the neighbours it was me; the man at 3 beats his wife, I hear screams and blows "
       "through the wall almost every weekend' -> anonymous, domestic abuse, safeguarding.", {"category": ["asb"]})),

    (wa_in("11-01 14:15", "+447700900311", "Amina", """
        Assalam o alaikum, meherbani karke mera naam na batayein. Hamare saath wale ghar 10 number mein do chhote
        bachay aksar akele hote hain, raat ko der tak, ghar mein khana bhi nahi hota. Woh hamare ghar aa kar khana
        mangte hain.
    """),
     A("safeguarding", None, "children|alone|food|neglect",
       "Roman Urdu: 'please don't give my name; at the house next door, number 10, two small children are often "
       "alone late at night with no food; they come to ours asking for food' -> anonymous, child neglect.")),

    (sms_in("10-03 22:50", "+447700900319", """
        dont say its me but the bloke at 43 is dealing out his back gate. cars pull up down the ginnel every 10 mins
        all night
    """),
     A("asb", None, "dealing|drug|cars",
       "Known mobile but 'don't say it's me' -> anonymous; drug dealing from a property -> asb.")),

    (call_in("10-06 19:40", "+441144960355", """
        Agent: Fairholme Homes Sheffield, Lee speaking.
        Caller: Hello, it's about number 4 Moorside Crescent. They've had a party every night since Friday, music till five, people fighting in the street, someone was sick on my car. I'd rather they didn't know it was me that rang, after what happened with my son.
        Agent: I understand. I'll log it without your name and pass it to the ASB officer.
    """, dur=167),
     A("asb", None, "party|music|noise|fight",
       "Christine Mellor's landline but 'I'd rather they didn't know it was me' -> anonymous; party noise and fights "
       "-> asb.")),

    (email_in("10-08 21:15", "priya.chauhan@example.com", "Priya Chauhan", "Noise - please keep this between us", """
        Hi,

        Please keep this between us - I have to live next to them for another few weeks. Number 19 have been
        running what sounds like a sound system in the back bedroom every night from 11 till 3. The bass comes
        through the party wall and the floor vibrates. I've tried knocking.
    """),
     A("asb", None, "bass|noise|music",
       "Known e-mail but the tenant asks to keep it between us -> anonymous; night-time amplified music -> asb.")),

    (portal("10-10 23:30", {"email": "sam.osei@example.net", "name": "Anonymous"}, "Report ASB (anonymous)", """
        Form: Report ASB (anonymous)
        Location: bin store, Ashgrove Court
        Description: Every night there are 3-4 people in the bin store smoking crack (you can smell it, burnt
        plastic) and leaving foil and lighters. Residents are scared to take their rubbish down after dark.
    """, anon=True),
     A("asb", None, "drug|crack|bin store",
       "anonymous flag on the ASB form -> anonymous even though the e-mail is C300007's; drug use in a communal "
       "area -> asb.")),

    (chat("10-12 22:05", {"name": "Visitor"}, """
        Visitor: i want to tell you about dealing on Foundry Walk but im scared theyll find out it was me. can i do it without giving anything
        Agent (Dev): Yes, you don't need to give any details.
        Visitor: flat on the 1st floor by the lift. in and out all night, they hide stuff in the meter cupboard. kids have seen them with a machete
        Agent (Dev): Thank you. I'll pass this to the ASB team and the police anonymously.
    """),
     A("asb", None, "dealing|drug|machete",
       "Visitor explicitly wants to stay unidentified -> anonymous (not review); drug dealing and a weapon -> asb.")),

    (letter("10-15 09:00", {"name": "A resident of Calder Court"}, """
        Dear Fairholme,

        I am not signing this because I have to live with them. For the past month two lads have been riding
        off-road motorbikes round the car park and up the ramp at Calder Court, no helmets, wheelies past the
        children's play area, till 11 at night. One of them rode straight at my neighbour when she told them to
        stop.

        A resident of Calder Court who has had enough
    """),
     A("asb", None, "motorbike|bike|car park",
       "Unsigned letter from someone who deliberately withholds their name -> anonymous; nuisance off-road bikes -> "
       "asb.")),

    (wa_in("10-18 20:20", "+447700900354", "Abdirahman", """
        Salaan. Fadlan ha u sheegin inaan aniga idiin soo sheegay. Dhallinyaro ayaa habeen walba ku iibiya
        daroogo jaranjarada Foundry Walk, dabaqa labaad. Carruurteyda way ka baqaan inay dhex maraan.
    """),
     A("asb", None, "drug|stairs|dealing",
       "Somali: 'please don't tell them I reported it; young men sell drugs on the Foundry Walk stairs, second "
       "floor, every night; my children are afraid to walk past' -> anonymous, asb.")),

    (fb_in("10-21 07:40", "fb:100090000202", "Private user", """
        Third time this month someone's gone along Weavers Row smashing wing mirrors and keying cars. I know who it
        is but I don't want any comeback so I'm not putting my name to it. It's the lad from the house with the
        red van.
    """, anon=True),
     A("asb", None, "vandal|car|mirror",
       "anonymous flag; writer wants no comeback -> anonymous; criminal damage to cars -> asb.")),

    (tg_in("10-24 23:55", "6230118845", "Andrei P", """
        Bună seara. Vecinul de la 19 are muzică foarte tare în fiecare noapte până la 3-4 dimineața, iar vineri
        a fost bătaie în grădina lui. Vă rog să rămână confidențial, nu vreau să afle că eu m-am plâns.
    """),
     A("asb", None, "music|noise|fight",
       "Romanian: 'the neighbour at 19 plays very loud music every night till 3-4am, there was a fight in his garden "
       "on Friday; please keep it confidential, I don't want him to find out I complained' -> anonymous, asb.")),

    (call_in("10-26 17:25", "+447700900312", """
        Agent: Fairholme Homes Sheffield, Lee speaking.
        Caller: Yeah, I'm ringing about a gang of youths that hang around by the shops at the bottom of Moorside. They've started following my wife home and making comments, one of them threw a bottle at our gate. Keep my name out of it, I've got kids, I'm not having them coming to my door.
        Agent: No problem, I won't record your name against it.
    """, dur=158),
     A("asb", None, "youth|intimidat|bottle",
       "Tariq Hussain's mobile but 'keep my name out of it' -> anonymous; youths intimidating residents -> asb.")),

    (ig_in("10-29 21:10", "@anon_leeds_resident", None, """
        someone's sprayed racist stuff on the wall by the Hollin Park Road bus stop, right outside the Nowaks and
        the Okafors. please don't mention me, I'm just a neighbour
    """),
     A("asb", None, "racist|graffiti|hate",
       "Unknown sender who asks not to be mentioned -> anonymous; racist graffiti (hate incident) -> asb.")),

    (sms_in("11-03 18:30", "+447700900339", """
        Hello, Shirley at 52. I see people dealing on the path behind my house every evening from my kitchen window,
        same 2 men, cars stop, hand over, drive off. I do not want them to know I told you. Text only please, I am deaf.
    """),
     A("asb", None, "dealing|drug|path",
       "Known mobile; the tenant names herself but asks that the dealers don't know she told -> anonymous; drug "
       "dealing -> asb.")),

    (wa_in("11-05 21:45", "+447700900327", "Fatima Begum", """
        Assalamualaikum, amar naam bolben na please. Amader gali te protidin raate kichu chhele gari bhangche, jore gaan baje,
        ar ganja khay. Amar chele bhoy pay bahire jete.
    """),
     A("asb", None, "car|drug|noise|youth",
       "Bengali (Roman script): 'please don't say my name; every night some boys in our street break cars, play "
       "loud music and smoke cannabis; my son is afraid to go out' -> anonymous, asb.")),

    (email_in("10-30 10:20", "grace.adeyemi@example.com", "Grace Adeyemi", "Fire door - 3rd floor", """
        Hello,

        The fire door on the 3rd floor landing at Foundry Walk is being wedged open with a bin bag full of sand by
        the people in Flat 9, so their dog can run between the flat and the landing. It's been like that for a week.
        It's a fire door in a block of flats!

        Please don't mention me to them - they're not pleasant people and I'm on the same floor.

        Grace
    """),
     A("repairs", "emergency", "fire door|wedged",
       "Known sender asks not to be mentioned -> anonymous; fire door wedged open in a block -> fire-safety failure, "
       "emergency (estate or asb defensible).", {"category": ["estate", "asb"]})),

    (sms_in("10-19 12:45", "+447700900323", """
        Hi its Sophie, 9 Beckside. Whoever lives at 11 has dumped an old mattress, a fridge and a load of
        plasterboard next to the bins. Id rather they didnt know I reported it, we've only just started speaking again
    """),
     A("estate", None, "mattress|fridge|dump|fly",
       "Known mobile but 'I'd rather they didn't know I reported it' -> anonymous; fly-tipping -> estate.")),

    (wa_in("11-08 12:05", U(63), None, """
        Bom dia. Na garagem ao lado de Calder Court um vizinho está a fazer uma oficina de carros, deixa óleo,
        pneus velhos e baterias espalhados e ocupa os lugares de estacionamento. Por favor não digam que fui eu,
        não quero problemas com ele.
    """),
     A("estate", None, "car|tyre|oil|parking",
       "Portuguese: 'by the garage next to Calder Court a neighbour is running a car workshop, leaving oil, old tyres "
       "and batteries about and taking the parking spaces; please don't say it was me' -> anonymous, estate (asb "
       "acceptable).", {"category": ["asb"]})),

    (call_in("11-10 13:40", "+447700900750", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hiya. I live on Weavers Row, I'm not saying which one, I don't want trouble with them. The bloke at number 8 has been doing his own building work, he's knocked through the wall between his front room and kitchen, the one with the chimney breast, and now there's cracks going right up my side and the ceiling over my stairs has dropped. I'm worried the lot's coming down.
        Agent: Thank you. I'm going to send a surveyor today. Can I call you back?
        Caller: No, I'll leave it with you. Don't say it was me.
    """, dur=233),
     A("repairs", "emergency", "wall|crack|structur|ceiling",
       "Unknown caller who withholds her identity -> anonymous; unauthorised removal of a structural wall with "
       "cracking and a dropped ceiling next door -> structural danger, emergency (null and tenancy defensible).",
       {"hazard": [None], "category": ["tenancy"]})),

    (email_in("11-14 17:05", "a.yusuf@example.org", "Abdirahman Yusuf", "Flat 10", """
        Salaam,

        I want to tell you the person who signed for Flat 10 Foundry Walk does not live there. He moved to Manchester
        in the summer and there is a different family there paying him rent, they told me. Please keep this between
        us, I do not want any problem.

        Thank you
    """),
     A("tenancy", None, "sublet|tenancy|fraud",
       "Known e-mail but 'please keep this between us' -> anonymous; suspected unlawful subletting -> tenancy.")),
]

# ============================================================================================
# ASB: noise, harassment, hate, drugs, damage, vehicles, fights, youths, disputes, officer contact
# ============================================================================================
ITEMS += [
    (sms_in("10-02 03:10", "+447700900317", """
        bass from 32 going thru my walls AGAIN, its 3am, my whole bed is vibrating. ive got work at 7. this is
        every single weekend now
    """),
     R("C300017", "asb", None, "bass|noise|music",
       "Known mobile; night-time bass through the party wall -> asb, sensitive.")),

    (email_in("10-04 23:40", "owen.pritchard@example.com", "Owen Pritchard", "Drilling at midnight", """
        Hi,

        Whoever is in Flat 14 above me has been drilling, hammering and dragging furniture every night for two weeks,
        usually 11pm until about 1am. Tonight it's a power sander. I've put a note through the door and knocked
        twice with no answer. I'm on early shifts.

        Owen, Flat 10 Calder Court
    """),
     R("C300040", "asb", None, "drill|noise|diy",
       "Known e-mail; late-night DIY noise from the flat above -> asb, sensitive.")),

    (call_in("10-05 14:30", "+447700900344", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, Megan Lister, 4 Beckside Mews. The dog next door at number 6 barks and howls from the minute they leave for work until they get back, eight, nine hours. The baby can't nap, I can't think. I've left a note, nothing.
        Agent: I'm sorry Megan. I'll send you diary sheets and a link to the noise app and ask the ASB officer to visit them.
    """, dur=201),
     R("C300044", "asb", None, "dog|bark|howl",
       "Known mobile; persistent dog barking -> asb, sensitive.")),

    (wa_in("10-05 10:00", "+447700900352", "Bogdan", """
        Bună ziua. Vecinii de la 17 fac petreceri în fiecare weekend până la 6 dimineața, muzică foarte tare,
        oameni beți care urlă în grădină și aruncă sticle peste gard în curtea mea. Copiii mei nu pot dormi.
        Bogdan, 19 Beckside Mews
    """),
     R("C300052", "asb", None, "party|noise|music|bottle",
       "Romanian: 'the neighbours at 17 have parties every weekend till 6am, very loud music, drunk people shouting "
       "in the garden and throwing bottles over the fence into my yard' -> asb.")),

    (chat("10-06 13:15", {"email": "rebecca.thornton@example.org", "name": "Rebecca"}, """
        Visitor: the man in flat 12 shouts abuse at me every time I walk past his door. yesterday he called me a slag and said he'd "sort me out". I've started taking the stairs the long way round
        Agent (Kim): I'm really sorry Rebecca. Has he touched you or damaged anything?
        Visitor: no just the shouting and he stands in the doorway staring
        Agent (Kim): I'll pass this to the ASB officer, and please report any threats to the police on 101.
    """),
     R("C300034", "asb", None, "abuse|harass|threat",
       "Chat with the customer's e-mail; verbal abuse and intimidation by a neighbour -> asb, sensitive.")),

    (call_in("10-07 16:40", "+447700900343", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: It's Aisha Mohamud, 27 Weavers Row. I was walking back from school with my kids and the lads on the corner shouted racist things at us, told us to go back to Africa, and one of them spat at my daughter. It's not the first time.
        Agent: Aisha, I'm so sorry. That's a hate incident and we take it very seriously. Have you reported it to the police?
        Caller: My sister's doing it online now.
        Agent: I'll log it as a hate incident and the ASB officer will call you tomorrow.
    """, dur=295),
     R("C300043", "asb", None, "racis|hate|spat",
       "Known mobile; racist abuse and spitting -> hate incident, asb, sensitive.")),

    (wa_in("10-08 07:30", "+447700900354", "Abdirahman", """
        Good morning. This morning I find someone wrote on my door with black paint, bad words about muslims and
        a pig picture. My wife is crying. Flat 3 Foundry Walk. What can you do? I will call police also.
    """),
     R("C300054", "asb", None, "graffiti|hate|door|muslim",
       "Known number; religiously motivated graffiti on the tenant's door -> hate incident, asb (door clean-up "
       "defensible as estate).", {"category": ["estate"]})),

    (fb_in("10-09 19:20", "fb:100090000203", "Marcus Bell", """
        Marcus Bell, 12 Thornhill Gardens. Kids have been lobbing stones at our windows from the alley again, one
        cracked the kitchen window tonight. Third time in a fortnight. Can someone ring me?
    """),
     R("C300060", "asb", None, "stone|window|kids",
       "Unlinked handle but name + address fit one customer -> C300060 (review acceptable); youths throwing stones "
       "-> asb (repairs acceptable for the cracked pane).",
       {"action": ["review"], "customer_ref": [None], "category": ["repairs"]})),

    (sms_in("10-10 20:00", "+447700900331", """
        theres a constant stink of skunk coming thru the vents from next door, every evening. my clothes and bedding
        stink of it and im getting headaches. nathan 31
    """),
     R("C300031", "asb", None, "cannabis|skunk|smell",
       "Known mobile; cannabis smoke from a neighbour -> asb, sensitive.")),

    (call_in("10-11 12:20", "+447700900346", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hi, John Smith, Flat 14 Calder Court. I'm pretty sure Flat 11 are selling. There's people buzzing at all hours, cars pull up, someone runs down, two minutes, gone. Last night there was a lad outside my door weighing something on the stairs.
        Agent: Thanks Mr Smith, I'll pass that to the ASB team and the police liaison officer.
        Caller: You can use my name, I'm past caring.
    """, dur=188),
     R("C300046", "asb", None, "dealing|drug|visitor",
       "Known mobile -> C300046 (the Calder Court John Smith); suspected drug dealing from a neighbouring flat; caller is happy to be named -> record, asb.")),

    (tg_in("10-12 09:15", "6674421093", "Jade", """
        morning, the car park at Ashgrove is covered in those little silver canisters again and a big gas bottle.
        lads sit in cars doing balloons till 2am with the music on. some of them drive off after
    """),
     R("C300059", "asb", None, "nitrous|canister|laughing gas|balloon",
       "Linked Telegram id -> C300059; nitrous oxide use in the car park -> asb ('gas' here is not a gas leak).")),

    (email_in("10-13 08:25", "vicky.pemberton@example.org", "Victoria Pemberton", "Needles in the garden", """
        Good morning,

        I found two used needles in the communal garden behind Moorside Crescent this morning, right next to the
        bench where the children sit. I've put a bucket over them. This is the second time this month - there's
        a group who use the garden late at night.

        Victoria Pemberton, 14 Moorside
    """),
     R("C300013", "asb", None, "needle|drug|garden",
       "Discarded needles from drug use in a communal garden -> asb (estate acceptable for the clear-up).",
       {"category": ["estate"]})),

    (sms_in("10-14 06:50", "+447700900328", """
        Some1 put a brick thru my front room window last nite about 1am. Police been, crime ref 13/77120/26. Its
        boarded now but im scared to stay here. Think its his mates from no 14
    """),
     R("C300028", "asb", None, "brick|window|damage",
       "Known mobile; criminal damage linked to an existing neighbour dispute -> asb (repairs acceptable); window "
       "boarded -> no hazard.", {"category": ["repairs"]})),

    (call_in("10-15 08:05", "+447700900335", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Dean, Flat 14 Foundry Walk. Somebody's kicked the main entrance door in overnight, the glass panel's all over the floor and the lock's hanging off. Anybody can walk in now.
        Agent: OK, I'll get a glazier and a joiner out this morning to make it secure. Did you see who did it?
        Caller: Heard them about three, lads shouting. Didn't look.
    """, dur=134),
     R("C300035", "asb", None, "door|glass|damage",
       "Known mobile; criminal damage to the communal entrance door -> asb (repairs / estate acceptable).",
       {"category": ["repairs", "estate"]})),

    (email_in("10-16 22:30", "stuart.mcallister@example.net", "Stuart McAllister", "Car park racing", """
        Hi,

        Most nights from about 10pm there are three or four cars racing laps round the Calder Court car park,
        handbrake turns and revving right under the bedroom windows. Last night one hit the bollard by the bin
        store. Someone is going to get killed.

        Stuart, Flat 6
    """),
     R("C300021", "asb", None, "car|racing|rev",
       "Known e-mail; nuisance vehicles racing in the car park -> asb.")),

    (wa_in("10-17 22:45", "447700900309", "Imran", """
        Assalam o alaikum, raat ko kuch larke Ashgrove ki parking mein motorbike bohat tez chala rahe hain, bina
        helmet ke, bohat shor aur bachon ke liye khatarnak hai. Aaj ek bike ne meri gari ko takkar maar di.
    """),
     R("C300009", "asb", None, "motorbike|bike|noise",
       "Roman Urdu: 'at night some boys ride motorbikes very fast in the Ashgrove car park without helmets, very "
       "noisy and dangerous for children; today a bike hit my car' -> asb.")),

    (sms_in("10-18 09:10", "+447700900353", """
        Massive fight outside 48 last night around 1am, 6 or 7 blokes, one had a baseball bat. Blood on the pavement
        this morning. Police came. This is the 2nd time. Lucy 44 hollin pk
    """),
     R("C300053", "asb", None, "fight|bat|police",
       "Known mobile; violent street fight at a neighbouring property -> asb.")),

    (call_in("10-19 17:55", "+447700900302", """
        Agent: Fairholme Homes, Amir speaking.
        Caller: Daniel Okafor, 11 Hollin Park Road. My neighbour's just threatened to stab me. All over a parking space. He came at me with his fists first and then said next time he'd bring a knife. My wife saw it.
        Agent: Daniel, are you safe now? Have you called the police?
        Caller: They're on their way.
        Agent: OK. I'll log this for the ASB team and they'll contact you tomorrow.
    """, dur=176),
     R("C300002", "asb", None, "threat|stab|knife",
       "Known mobile; threat to stab over a parking dispute -> asb, sensitive.")),

    (ig_in("10-20 20:35", "@kirsty_ls12", "Kirsty", """
        Kids on Thornhill Gardens setting off fireworks at cars and at people walking past, every night this week.
        One went off right next to my pram. Who do I report this to?
    """),
     V("asb", None, "firework|kids",
       "Unknown Instagram user asking where to report -> review; fireworks thrown at people -> asb.")),

    (email_in("10-21 09:05", "paul.greenwood@example.com", "Paul Greenwood", "Ongoing problem with no 4", """
        Hi,

        I'm sorry to bother you again. Since the business with the bins, the man at number 4 has cut down my half
        of the hedge without asking and says the boundary is his. When I went to talk to him he swore at me in front
        of my grandson and kicked my recycling box across the path. I just want to be able to live next to him.

        Paul Greenwood, 2 Beckside Mews
    """),
     R("C300026", "asb", None, "neighbour|hedge|swore|dispute",
       "Neighbour dispute with verbal abuse and damage -> asb (estate / tenancy acceptable for the boundary).",
       {"category": ["estate", "tenancy"]})),

    (call_in("10-22 11:35", "+441632960342", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: Keith Barraclough, Weavers Row. The chap at number 10 keeps parking his works van across my drive, I can't get the car out. When I knocked he told me to eff off and if I touched his van he'd do me.
        Agent: I'm sorry Mr Barraclough, I'll pass it to the ASB officer.
    """, dur=112),
     R("C300042", "asb", None, "van|drive|threat",
       "Known landline; obstructive parking with threats -> asb.")),

    (visit("10-23 10:00", {"name": "ASB officer (T. Grant)"}, cust("C300017"), "door_knock", "attended", """
        Took a statement from Ms Armitage about amplified bass from 32 Weavers Row, weekends 11pm-4am since
        August. Installed the noise app on her phone. Will write to the tenant at 32 and visit them next week.
    """),
     R("C300017", "asb", None, "statement|bass|noise",
       "ASB officer's statement visit with the complainant -> asb, sensitive.")),

    (call_out("10-24 10:15", "+447700900340", "ASB team", "completed", dur=241, answered_by="human", transcript="""
        Agent: Hi Owen, it's Tom Grant, ASB officer, about the drilling from Flat 14.
        Customer: Oh hi. It's been a bit better this week.
        Agent: I've been to see them. They're renovating the bathroom and didn't realise how late it was carrying. They've agreed no power tools after 8pm. If it starts again, use the app and let me know.
        Customer: Fair enough, thanks.
    """),
     R("C300040", "asb", None, "drill|noise|power tools",
       "ASB officer's update call to the complainant -> asb, sensitive.")),

    (visit("10-25 14:00", {"name": "ASB officer (T. Grant)"}, cust("C300035"), "door_knock", "attended", """
        Interview with Mr Sykes about complaints of his dog barking and being left on the landing. Tenant denies
        the barking, says the dog is only out while he cleans. Warned about keeping communal areas clear. Advised
        that a formal warning will follow if complaints continue.
    """),
     R("C300035", "asb", None, "dog|bark|warning",
       "ASB officer interview with the alleged perpetrator -> asb, sensitive.")),

    (email_out("10-26 15:00", ASB_BOX, "johnsmith.wf1@example.net", "John Smith", "Your ASB case - update", """
        Dear Mr Smith,

        Thank you for your reports about Flat 11 Calder Court. I can update you that the police executed a warrant at
        the flat on Thursday and we have served a notice of seeking possession on the tenant. Please keep using the
        diary sheets and call 999 if you feel in danger.

        Tom Grant
        ASB Officer
    """),
     R("C300046", "asb", None, "warrant|notice|asb",
       "One-to-one outbound ASB case update -> asb, sensitive.")),

    (call_out("10-27 16:05", "+447700900331", "ASB team", "completed", dur=31, answered_by="machine_end_beep", voicemail=True,
              transcript="""
        Hi Nathan, it's Tom Grant, the ASB officer at Fairholme. I've spoken to your neighbour about the cannabis
        smell coming through the vents and I'll be back next week. Give me a ring on 0113 496 0000 if it carries on.
    """),
     R("C300031", "asb", None, "voicemail|cannabis|smell",
       "Voicemail from the ASB officer about a cannabis smell case -> asb, sensitive.")),

    (sms_in("10-28 11:20", "+447700900350", """
        got ur letter saying im making noise. its NOT me its the flat above, 17 or whatever, ive got the same
        problem. u never even asked me
    """),
     R("C300050", "asb", None, "noise|letter",
       "Known mobile; alleged perpetrator disputing a noise warning -> asb, sensitive.")),

    (chat("10-29 19:50", {"email": "yasmin.akhtar@example.com", "name": "Yasmin"}, """
        Visitor: my neighbour keeps filming me and my kids on his phone whenever we go in or out, and he's put a camera on his porch pointing straight at my front door and my kids' bedroom window
        Agent (Kim): That must feel very intrusive. I'll log this for the ASB team. Has he said anything to you?
        Visitor: he laughs. my husband asked him to stop and he said it's his right
    """),
     R("C300051", "asb", None, "camera|film|harass",
       "Chat with the customer's e-mail; harassment by filming and a camera aimed at the home -> asb.")),

    (tg_in("10-30 18:10", "4409987612", "Kwame", """
        Evening. There's a group of lads who sit on my front wall most nights now, 6 or 7 of them. They block the
        path, make comments to my wife, leave cans and spit everywhere. She won't go out after dark any more.
        Kwame, 18 Thornhill
    """),
     R("C300029", "asb", None, "youth|intimidat|wall|lads",
       "Linked Telegram id; youths gathering and intimidating residents -> asb.")),

    (wa_in("10-31 20:30", "447700900318", "Mohammed", """
        مساء الخير. جاري في رقم 43 شتمني اليوم بكلمات عنصرية وقال لي ارجع إلى بلدك، وكتب كلمة مسيئة على سيارتي بالطلاء.
        هذه ليست المرة الأولى. محمد الرشيد، 41 ويفرز رو
    """),
     R("C300018", "asb", None, "racis|hate|car",
       "Arabic: 'my neighbour at 43 insulted me with racist words today, told me to go back to my country and wrote "
       "an offensive word on my car in paint; not the first time' -> hate incident, asb.")),

    (call_in("11-01 22:15", "+441134960357", """
        Agent: Fairholme Homes out of hours, Craig speaking.
        Caller: Hello. People next door, number 38, shouting, banging doors, throwing things. Every night. Now is midnight nearly. We cannot sleep, my wife is ill.
        Agent: I'm sorry. Can I take your name please?
        Caller: Is 40 Hollin Park Road. Please somebody come and speak to them.
        Agent: I'll pass it to the ASB team in the morning.
    """, to=OOH, dur=121),
     V("asb", None, "noise|shout|bang",
       "Nowak household landline (C300037/C300038) and the caller gives only the address, not a name -> review; "
       "noise nuisance -> asb.")),

    (sms_in("11-02 16:00", "+447700900305", """
        the staffie from no 19 got out AGAIN and went for my lad on the way home from school. hes ok just a scratch
        but hes terrified. that dog is dangerous, its always loose
    """),
     R("C300005", "asb", None, "dog|attack|loose",
       "Known mobile; dangerous dog out of control -> asb.")),

    (email_in("11-03 19:25", "beth.cole@example.com", "Bethany Cole", "Balcony above", """
        Hi,

        The flat above me keeps throwing cigarette ends, food and bottles off their balcony onto mine. Tonight a
        bottle smashed about a foot away from my daughter who was playing out there. I've spoken to them and they
        just laughed.

        Bethany, Flat 3 Calder Court
    """),
     R("C300020", "asb", None, "balcony|bottle|throw",
       "Known e-mail; objects thrown from a balcony, near-miss to a child -> asb.")),

    (email_in("11-04 10:15", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Flat 15 - Airbnb?", """
        Hello,

        I think Flat 15 at Ashgrove is being rented out as an Airbnb. There's a different group every weekend with
        suitcases, key safe on the railing, and Friday and Saturday nights are non-stop parties - music, people
        smoking on the stairs, somebody was sick in the lift. It's been going on since September.

        Sandra, Flat 6
    """),
     R("C300049", "asb", None, "party|noise|airbnb",
       "Known e-mail; weekend party noise and suspected short-let subletting -> asb (tenancy acceptable).",
       {"category": ["tenancy"]})),

    (call_in("11-05 18:50", "+447700900751", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, I'm not one of yours, I own my house on Cross Thornhill, it backs onto your houses. The music from number 14 Thornhill Gardens is every night, it's been months, I've reported it to the council as well. I just want to know if you're doing anything.
        Agent: Thank you. Can I take your name and address for the record?
        Caller: It's Phil Ward, 3 Cross Thornhill.
    """, dur=144),
     V("asb", None, "music|noise",
       "Owner-occupier not in the directory -> review; noise from a tenant's home -> asb.")),

    (tg_in("11-06 08:40", "7781200943", "Stuart", """
        Someone's smashed all the buttons in the lift again and sprayed tags all over the mirror. Lift's stuck on
        the ground floor. I can't get up to the flat without it, my carer had to help me up 3 flights.
    """),
     R("C300021", "asb", None, "lift|vandal|graffiti",
       "Linked Telegram id; vandalism of the lift -> asb (repairs acceptable for the lift).",
       {"category": ["repairs", "estate"]})),

    (tg_in("11-07 21:05", "5301177720", "Tomasz", """
        Dobry wieczór. Przed domem nr 31 ciągle stoją samochody, ludzie podchodzą na chwilę, coś sobie
        przekazują przez okno i odjeżdżają. Trwa to do późnej nocy. Myślę, że handlują narkotykami.
    """),
     R("C300038", "asb", None, "drug|dealing|car",
       "Polish: 'cars keep stopping outside number 31, people come up for a moment, pass something through the "
       "window and drive off, until late at night; I think they are dealing drugs' -> asb; no anonymity asked.")),

    (call_in("11-09 16:30", "+441134960301", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hello dear, it's Mrs Holroyd, 7 Hollin Park Road. There's some children keep knocking on my door and running away, three or four times every evening. At my age it frightens me, I never know who's there. And they've pulled the heads off my flowers.
        Agent: I'm sorry Mrs Holroyd. I'll ask the ASB officer to come and see you and have a word with the school.
    """, dur=162),
     R("C300001", "asb", None, "children|knock|door",
       "Known landline; children's knock-and-run and damage intimidating an older tenant -> asb.")),

    (wa_in("11-11 21:40", "+447700900333", "Hassan", """
        Salaan. Deriska dabaqa sare ee Flat 11 habeen walba qaylo iyo muusig aad u dheer ayuu sameeyaa ilaa
        saqdii dhexe ka dib. Carruurtu ma seexan karaan, iskuulna way ka daahaan. Hassan, Flat 8
    """),
     R("C300033", "asb", None, "noise|music|neighbour",
       "Somali: 'the upstairs neighbour in Flat 11 makes shouting and very loud music every night until after "
       "midnight; the children can't sleep and are late for school' -> asb.")),

    (visit("11-13 11:30", {"name": "ASB officer (T. Grant)"}, cust("C300060"), "door_knock", "no_access", """
        Called to discuss Mr Bell's reports of youths throwing stones from the alley. No answer; left a card and a
        letter asking him to ring me to arrange a statement.
    """),
     R("C300060", "asb", None, "card|no answer|access",
       "No-access ASB officer visit to a complainant -> recorded, asb, sensitive.")),

    (call_out("11-16 15:30", "+447700900329", "ASB team", "completed", dur=206, answered_by="human", transcript="""
        Agent: Hi Kwame, it's Tom Grant from the ASB team, about the lads on your wall.
        Customer: Yeah, still happening.
        Agent: The police have agreed to include Thornhill Gardens in their evening patrols and we're putting in a dispersal request. I'd like to fit a camera doorbell for you if that's OK?
        Customer: That would help, thanks.
    """),
     R("C300029", "asb", None, "patrol|dispersal|youth|lads",
       "ASB officer's call with a complainant -> asb, sensitive.")),

    (email_in("11-18 08:05", "connor.walsh@example.net", "Connor Walsh", "Abusive messages from neighbour", """
        Hi,

        Since I gave a statement about the cars being keyed, the bloke at 35 has been sending me messages on
        Facebook calling me a grass and saying my house "will go up". He also shouts it across the street when I
        get home. I've screenshot everything and rung 101.

        Connor, 33 Moorside
    """),
     R("C300048", "asb", None, "threat|message|harass",
       "Known e-mail; threats and harassment of a witness by a neighbour -> asb.")),
]

# ============================================================================================
# Emergency hazards (and the near-misses that are not)
# ============================================================================================
ITEMS += [
    (sms_in("10-01 17:40", "+447700900339", """
        I can smell gas very strong in my kitchen near the cooker. Shirley 52 Hollin Park Rd. I am Deaf please TEXT
        me do not ring, I will not hear it
    """),
     R("C300039", "repairs", "emergency", "gas",
       "Known mobile; gas smell -> emergency (text-only contact need noted).")),

    (call_in("10-02 20:25", "+447700900360", """
        Agent: Out of hours, Amir speaking.
        Caller: Hi, Marcus Bell, 12 Thornhill Gardens. There's a really strong rotten-egg smell on the stairs and in the hall, I think it's coming from under the floorboards by the meter.
        Agent: Please don't use any light switches, open the front door and windows, turn the gas off at the meter and go outside. I'm calling the gas emergency service and sending our engineer.
        Caller: OK, we're all outside.
    """, to=OOH, dur=148),
     R("C300060", "repairs", "emergency", "gas|smell",
       "Known mobile; rotten-egg smell by the meter -> suspected gas leak, emergency.")),

    (wa_in("10-03 19:45", U(60), "Saba", """
        Selam. Ab kishne nay gaz chena alo, birtu'e chena. Qol'a ab geza alo. Bejakum hiji hagizuna. Flat 7 Foundry Walk.
    """),
     V("repairs", "emergency", "gas",
       "Tigrinya (Latin script): 'hello, there is a gas smell in the kitchen, a strong smell; there is a child in "
       "the house; please help us now'. Number not in the directory -> review; gas smell -> emergency.")),

    (call_in("10-04 07:10", "+447700900325", """
        Agent: Out of hours, Craig speaking.
        Caller: Hello, Ioana Marin, 12 Beckside Mews. The carbon monoxide alarm is beeping very loud and it says CO on the screen. My son has a headache since last night and the flame in the boiler is orange, not blue.
        Agent: Ioana, please turn the boiler off, open all the windows and get everyone outside now. If anyone feels ill call 999. I'm sending an engineer and the gas emergency service.
    """, to=OOH, dur=203),
     R("C300025", "repairs", "emergency", "carbon monoxide|co alarm|boiler",
       "Known mobile; CO alarm sounding with symptoms -> emergency.")),

    (tg_in("10-05 22:50", "4409987612", "Kwame", """
        CO detector going off in the hallway. I've opened all the windows and we're sat outside in the car with
        the kids. Boiler's off. Kwame 18 Thornhill Gdns
    """),
     R("C300029", "repairs", "emergency", "co|carbon monoxide|detector",
       "Linked Telegram id; carbon monoxide detector activated -> emergency.")),

    (wa_in("10-06 06:15", "+447700900337", "Grażyna", """
        Dzień dobry, czujnik czadu w kuchni piszczy od godziny i nie przestaje. Wyłączyłam piec i otworzyłam okna.
        Mąż ma zawroty głowy. Grażyna Nowak, 40 Hollin Park Road
    """),
     R("C300037", "repairs", "emergency", "carbon monoxide|co alarm|detector",
       "Polish: 'the CO alarm in the kitchen has been beeping for an hour; I turned off the boiler and opened the "
       "windows; my husband is dizzy' -> emergency.")),

    (wa_in("10-07 23:20", "+447700900310", "Hodan", """
        Biyo badan ayaa saqafka musqusha ka soo daadanaya, sagxadda guriga oo dhan waa biyo. Korontadana waan
        damiyay. Fadlan dhakhso u imaada. Hodan, Flat 12 Ashgrove
    """),
     R("C300010", "repairs", "emergency", "water|flood|ceiling",
       "Somali: 'a lot of water is pouring from the bathroom ceiling, the whole floor is water; I turned off the "
       "electricity; please come quickly' -> flooding, emergency.")),

    (email_in("10-08 06:40", "johnsmith.wf1@example.net", "John Smith", "BURST PIPE", """
        Pipe has burst under the kitchen sink, water is about an inch deep across the kitchen and going into the
        hallway. I can't find the stopcock. Please ring me ASAP.

        John Smith, Flat 14 Calder Court
    """),
     R("C300046", "repairs", "emergency", "pipe|burst|water|flood",
       "Known e-mail (and address) -> C300046 not C300015; burst pipe flooding -> emergency.")),

    (call_in("10-09 21:15", "+447700900349", """
        Agent: Out of hours, Craig speaking.
        Caller: Hi, Sandra Okonkwo, Flat 6 Ashgrove. It's literally raining through my bathroom ceiling from upstairs. There's a bulge in the plaster and it's dripping all over the floor. Nobody's answering at Flat 10 above.
        Agent: Please keep out from under the bulge, put buckets down and switch the bathroom light off. I'm sending a plumber and we'll get access to the flat above.
    """, to=OOH, dur=184),
     R("C300049", "repairs", "emergency", "water|ceiling|leak",
       "Known mobile; water pouring through a bulging ceiling from the flat above -> emergency.")),

    (sms_in("10-10 19:05", "+447700900357", """
        theres water dripping out of the smoke alarm and the light switch in my hall and the lights keep tripping.
        flat 9 calder ct. someone needs to come tonight pls
    """),
     R("C300057", "repairs", "emergency", "water|light|switch|electric",
       "Known mobile; water coming through electrical fittings -> emergency.")),

    (visit("10-10 22:40", {"name": "Emergency electrician (K. Rhodes)"}, cust("C300057"), "appointment", "attended", """
        Make-safe: isolated the hall lighting circuit and smoke alarm, water ingress traced to a failed washing
        machine hose in Flat 12 above. Plumber attended there. Temporary lamp supplied. Hall circuit to be tested
        when dry, follow-on job raised.
    """),
     R("C300057", "repairs", "emergency", "make safe|isolat|water",
       "Emergency make-safe visit for water in the electrics -> repairs, emergency (null defensible once made safe).",
       NOHZ)),

    (chat("10-11 12:10", {"email": "nathan.pearce@example.org", "name": "Nathan"}, """
        Visitor: the socket in my bedroom has come away from the wall and the wires are hanging out, you can see the copper. it's still live, the telly's plugged into it
        Agent (Priya): Please switch that circuit off at the fuse box and don't touch the socket. I'm booking an emergency electrician within four hours.
    """),
     R("C300031", "repairs", "emergency", "socket|wire|electric",
       "Chat with the customer's e-mail; exposed live wiring -> emergency.")),

    (tg_in("10-12 18:30", "6230118845", "Andrei P", """
        Bună seara, priza din bucătărie scoate scântei când bag fierbătorul și miroase a plastic ars. Am oprit
        siguranța. Ce fac acum? Andrei, 21 Moorside
    """),
     R("C300014", "repairs", "emergency", "socket|spark|burn",
       "Romanian: 'the kitchen socket sparks when I plug in the kettle and smells of burnt plastic; I switched off "
       "the fuse' -> emergency.")),

    (call_in("10-13 23:40", "+447700900302", """
        Agent: Out of hours, Amir speaking.
        Caller: Daniel Okafor, 11 Hollin Park Road. There's a burning smell coming from the fuse box under the stairs, the plastic cover's hot to touch and it's making a crackling noise.
        Agent: Please don't open it. If there's smoke or flames get out and call 999. Can you switch off the main switch safely?
        Caller: I've done it with a broom handle. It's stopped crackling.
        Agent: Good. An emergency electrician will be with you within two hours.
    """, to=OOH, dur=197),
     R("C300002", "repairs", "emergency", "fuse box|burning|electric",
       "Known mobile; overheating, crackling consumer unit -> emergency.")),

    (sms_in("10-14 07:30", "+447700900351", """
        boiler completely dead since last night no heating no hot water, baby is 4 months and the flat is freezing,
        we've got her in with us in 3 blankets. Yasmin 36 Thornhill
    """),
     R("C300051", "repairs", "emergency", "boiler|heating|hot water|baby",
       "Known mobile; no heating or hot water with a 4-month-old -> vulnerable household, emergency.")),

    (call_in("11-03 09:15", "+441134960345", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hello. This is Harold Birkett, 3 Thornhill Gardens. I'm ninety-one. The heating's not come on since Friday and I've been sat in my coat.
        Agent: Oh Mr Birkett, I'm sorry. I'll get an engineer to you today as an emergency and I'll bring two heaters round this morning.
        Caller: You're very kind.
    """, dur=131),
     R("C300045", "repairs", "emergency", "heating|boiler",
       "Known landline; no heating for a 91-year-old -> emergency.")),

    (email_in("10-16 08:10", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "No hot water - day 3", """
        Hello,

        I reported this on Tuesday and nobody has been. I still have no hot water. I'm a wheelchair user and my
        carers can't do my personal care properly without it - they've been boiling kettles. Please treat this as
        urgent.

        Lorraine Kettlewell, Flat 7 Ashgrove Court
    """),
     R("C300008", "repairs", "emergency", "hot water",
       "Known e-mail; no hot water for a disabled tenant needing personal care -> emergency (complaint defensible).",
       {"category": ["complaint"]})),

    (wa_in("10-17 20:40", "447700900309", "Imran", """
        Heating kaam nahi kar rahi do din se. Mere walid sahab hamare saath rehte hain aur unki chemotherapy chal
        rahi hai, unhein bohat thand lag rahi hai. Please jaldi kisi ko bhejein. Imran, flat 9 Ashgrove
    """),
     R("C300009", "repairs", "emergency", "heating|chemotherapy",
       "Roman Urdu: 'the heating hasn't worked for two days; my father lives with us and is having chemotherapy, "
       "he is very cold' -> serious illness, emergency.")),

    (sms_in("10-18 08:00", "+447700900353", """
        No heating or hot water since yesterday afternoon. I'm 34 weeks pregnant and it's 12 degrees in the
        lounge. Lucy 44 Hollin Park Rd
    """),
     R("C300053", "repairs", "emergency", "heating|hot water|pregnant",
       "Known mobile; no heating or hot water, tenant heavily pregnant -> emergency.")),

    (call_in("10-19 07:45", "+447700900752", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, I'm calling for my mum, Eileen Dawson, 25 Thornhill Gardens. I've just got here and the house is freezing, the boiler's showing a fault and she's had no heating all night. She's eighty-four and she's got a chest infection.
        Agent: I'll book that as an emergency, an engineer will be there within four hours.
    """, dur=118),
     R("C300030", "repairs", "emergency", "heating|boiler",
       "Daughter on her own phone naming the tenant and address (one customer) -> C300030 (review acceptable); "
       "no heating for an 84-year-old with a chest infection -> emergency.",
       {"action": ["review"], "customer_ref": [None]})),

    (sms_in("10-20 18:20", "+447700900307", """
        front door lock has broken, key goes round but the bolt doesnt come out so i cant lock it. can someone
        come today or tmrw? sam flat 4 ashgrove
    """),
     R("C300007", "repairs", None, "lock|door",
       "Known mobile; broken front door lock, no danger described -> routine urgent repair, hazard null.")),

    (call_in("10-20 03:05", "+447700900336", """
        Agent: Out of hours, Craig speaking.
        Caller: Hi, it's Grace Adeyemi, Flat 2 Foundry Walk. Someone's tried to break in, they've smashed my door. The frame's splintered, the door won't close at all, it's just swinging, and the glass panel's hanging in big jagged pieces. The police have just left. I'm on my own.
        Agent: Grace, please stay away from the glass. I'm sending an emergency joiner and glazier to board and secure it tonight.
    """, to=OOH, dur=214),
     R("C300036", "repairs", "emergency", "door|glass|break",
       "Known mobile -> C300036; door cannot be closed after a break-in and "
       "jagged glass is hanging -> danger, emergency (asb defensible for the attempted burglary).",
       {"category": ["asb"], "sensitive": [True]})),

    (email_in("10-21 17:30", "beth.cole@example.com", "Bethany Cole", "No working smoke alarms", """
        Hi,

        I've just tested the smoke alarms in my flat because of the clocks going back, and none of them work - no
        green light and nothing when I press the button. They're the wired-in ones so I can't change a battery.
        I've got two kids, please can someone come today.

        Bethany, Flat 3 Calder Court
    """),
     R("C300020", "repairs", "emergency", "smoke alarm",
       "Known e-mail; no working smoke detection in a family home -> fire-safety failure, emergency (null defensible).",
       NOHZ)),

    (email_in("10-22 22:10", "rebecca.thornton@example.org", "Rebecca Thornton", "Fire exit chained", """
        Hello,

        The emergency lights on the stairwell at Foundry Walk aren't working (pitch black from the 2nd floor down)
        and the fire exit door at the bottom of the back stairs has a bike chain and padlock round the push bar.
        I don't know who put it there. If there was a fire tonight we couldn't get out that way.

        Rebecca, Flat 11
    """),
     R("C300034", "repairs", "emergency", "fire exit|emergency light",
       "Known e-mail; blocked fire exit and failed emergency lighting in a block -> fire-safety failure, emergency "
       "(estate acceptable).", {"category": ["estate"]})),

    (wa_in("10-23 16:40", "+447700900333", "Hassan", """
        Hello, in the back stairs of Foundry Walk there is mattresses and sofa, someone tried to burn them last night,
        black all over the wall and it smell of smoke. It is the way out if fire. Still there now. Hassan, Flat 8
    """),
     R("C300033", "estate", "emergency", "stair|mattress|fire|burn",
       "Known number; combustible items set alight in the escape stairwell and still blocking it -> fire-safety "
       "failure, emergency (repairs or asb defensible).", {"category": ["repairs", "asb"], "sensitive": [True]})),

    (email_in("10-24 12:05", "jadewhitehead@example.net", "Jade Whitehead", "balcony - dangerous", """
        hi, the railing on my balcony is really wobbly, it moves about an inch when you lean on it, and the concrete
        underneath where it's bolted in is crumbling, bits fell onto the path below this morning. I've stopped my
        son going out there.

        Jade, flat 13 Ashgrove
    """),
     R("C300059", "repairs", "emergency", "balcony|railing|concrete",
       "Known e-mail; loose balcony railing with spalling concrete falling -> structural danger, emergency.")),

    (letter("10-26 09:00", {"name": "Patricia Lumb"}, """
        3 Weavers Row
        Bradford BD3 9PL

        Dear Sirs,

        I am writing as I cannot use the telephone. The third stair from the top has split right across and when you
        step on it the whole tread drops. I nearly went down the stairs on Sunday night. I am 79 and I have to use
        those stairs to get to the bathroom. Please send someone quickly.

        Patricia Lumb
    """),
     R("C300016", "repairs", "emergency", "stair|tread",
       "Name + address -> C300016 (letter because of hearing loss); split stair tread with a near-fall for an older "
       "tenant -> unsafe stairs, emergency.")),

    (call_in("10-27 10:40", "+441632960342", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: Keith Barraclough, 6 Weavers Row. There's a big crack opened up down the gable end of the house. You can put your fingers in it at the top, it's wider than it was a week ago. And the back bedroom door won't shut now, the frame's gone out of square.
        Agent: I'll get a surveyor out today to look at that.
    """, dur=149),
     R("C300042", "repairs", "emergency", "crack|wall|structur",
       "Known landline; widening structural crack with distorting door frames -> structural danger, emergency "
       "(null defensible).", NOHZ)),

    (ig_in("10-28 08:15", "@weaversrow_watcher", None, """
        the chimney on the end house at Weavers Row (by the bus stop) is leaning right over and bricks have come off
        into the road this morning after the wind. someone's going to get hurt, whose job is it?
    """),
     V("repairs", "emergency", "chimney|brick",
       "Unknown Instagram user reporting falling masonry from a chimney -> review; structural danger to the public "
       "-> emergency (estate acceptable).", {"category": ["estate"]})),

    (wa_in("10-29 07:50", "+447700900343", "Aisha", """
        Morning. The bathroom ceiling is sagging down and cracking in the middle from the leak upstairs, water is
        coming through the crack now. I have shut the door and kept the kids out. Aisha 27 Weavers Row
    """),
     R("C300043", "repairs", "emergency", "ceiling|sag|leak|water",
       "Known number; sagging, cracking ceiling with water coming through -> risk of collapse, emergency.")),

    (wa_in("10-30 18:35", "447700900356", "Ahmed", """
        الفرن الكهربائي يطلق شرارات من الخلف وانقطعت الكهرباء في المطبخ، وهناك رائحة حريق. أحمد، 50 ويفرز رو
    """),
     R("C300056", "repairs", "emergency", "spark|cooker|electric|burn",
       "Arabic: 'the electric cooker is sparking from the back, the kitchen power has gone and there's a burning "
       "smell' -> emergency.")),

    (wa_in("10-31 11:25", "+447700900327", "Fatima Begum", """
        Assalamualaikum. Bathroom er chad theke pani porche, light er bhitor diye pani ashche ar light ta jhik jhik
        korche. Amar chele main switch bondho koreche. Doya kore taratari ashen. 6 Thornhill Gardens
    """),
     R("C300027", "repairs", "emergency", "water|light|ceiling",
       "Bengali (Roman script): 'water is coming from the bathroom ceiling, through the light fitting, and the light "
       "is flickering; my son turned off the main switch' -> water through electrics, emergency.")),

    (sms_in("11-01 09:45", "+447700900333", """
        Salaan. Fiilooyinka korontada ee jikada waa qaawan yihiin, derbiga ayay ka soo baxeen, dhimbiilna way ka
        baxaysaa marka la taabto. Hassan Flat 8
    """),
     R("C300033", "repairs", "emergency", "wire|electric|spark",
       "Somali: 'the electric wires in the kitchen are bare, they've come out of the wall and spark when touched' -> "
       "exposed live wiring, emergency.")),

    (wa_in("11-02 06:55", "+447700900311", "Amina", """
        Assalam o alaikum, ghar mein subah se gas ki bohat tez boo aa rahi hai, cooker ke paas. Mein ne khirkiyan
        khol di hain aur bachon ko bahar le aayi hun. Amina Hussain, 8 Moorside Crescent
    """),
     R("C300011", "repairs", "emergency", "gas|smell",
       "Roman Urdu: 'there's been a very strong gas smell in the house since this morning near the cooker; I've "
       "opened the windows and taken the children outside' -> emergency.")),

    (sms_in("11-03 21:30", U(61), """
        theres smoke coming out of the electric meter cupboard on the 1st floor at Calder Court and a burning smell
        all down the corridor. ive rung 999 too
    """),
     V("repairs", "emergency", "smoke|meter|burning",
       "Unknown number -> review; smoke from an electrical cupboard in a block -> emergency.")),

    (fb_in("11-04 18:10", "fb:100090000204", "Karen Whitaker", """
        Karen Whitaker, 23 Hollin Park Road - heating's gone off again and my youngest has cerebral palsy, she can't
        regulate her temperature and she's already cold. I've rung twice and been on hold 40 mins. Please help
    """),
     R("C300004", "repairs", "emergency", "heating",
       "Unlinked handle but full name + address single out Karen -> C300004 (review acceptable); no heating with a "
       "disabled child -> emergency (complaint defensible).",
       {"action": ["review"], "customer_ref": [None], "category": ["complaint"]})),

    (email_in("11-05 20:15", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Lift out - I'm stuck", """
        Hi,

        The lift at Ashgrove Court has been broken since Monday. I'm on the second floor and I'm a wheelchair user,
        so I haven't been out for three days and I missed my hospital appointment. What worries me most is if there
        was a fire, I'd have no way out. Please can you tell me when it will be fixed.

        Lorraine, Flat 7
    """),
     R("C300008", "repairs", "emergency", "lift|wheelchair",
       "Known e-mail; lift failure trapping a wheelchair user with no means of escape -> emergency (null "
       "defensible).", NOHZ)),

    (letter("11-06 09:00", {"name": "Debbie Lumb"}, """
        Re: my mother, Mrs Patricia Lumb, 3 Weavers Row, Bradford BD3 9PL

        Dear Fairholme Homes,

        I wish to make a formal complaint. This is the third time since October that Mum's heating has failed and
        each time she has waited more than a day. She is 79, lives alone and is hard of hearing, so she cannot ring
        you herself. On Sunday she was found by a neighbour sitting in the kitchen with the oven door open for warmth.
        The heating is still not working as I write.

        Please respond to me in writing.

        Debbie Lumb
    """),
     R("C300016", "complaint", "emergency", "complaint|heating",
       "Daughter writing for a named tenant with full address -> C300016 (review acceptable); formal complaint; "
       "heating still off for a 79-year-old -> emergency (repairs acceptable).",
       {"action": ["review"], "customer_ref": [None], "category": ["repairs"]})),

    (call_out("10-06 14:20", "+447700900325", "Gas team", "completed", dur=94, answered_by="human", transcript="""
        Agent: Hi Ioana, it's Kim from the gas team. I'm just calling to say the boiler's been condemned after the carbon monoxide alarm, so we're fitting a new one on Tuesday. Until then please keep it switched off.
        Customer: OK, and the heaters you left are working. Thank you.
    """),
     R("C300025", "repairs", "emergency", "boiler|carbon monoxide",
       "Outbound update on a condemned boiler after a CO alarm -> repairs, emergency hazard still open (null "
       "defensible).", NOHZ)),

    (email_in("11-08 07:35", "ahmed.farouk@example.net", "Ahmed Farouk", "Water running into socket", """
        Hello,

        The damp in my back bedroom is very bad now, the wall is wet and black with mould, and this morning water is
        running down the wall into the double socket, the fuse box keeps tripping. My baby sleeps in the next room.
        Please send somebody today.

        Ahmed Farouk, 50 Weavers Row
    """),
     R("C300056", "damp_mould", "emergency", "damp|mould|socket|water",
       "Known e-mail; damp and mould with water running into a socket -> immediate electrical danger, emergency "
       "(repairs acceptable, damp_mould hazard defensible).",
       {"category": ["repairs"], "hazard": ["damp_mould"]})),

    (call_in("11-09 08:20", "+447700900346", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hi, John Smith, Flat 14 Calder Court. The contractors doing next door's kitchen have broken through some old ceiling tiles in the corridor and there's white dust everywhere. One of them said it might be asbestos and they've gone home. My door's right next to it.
        Agent: Please keep your door shut and don't sweep it up. I'm sending the asbestos team to seal the area this morning.
    """, dur=167),
     R("C300046", "repairs", "emergency", "asbestos|dust",
       "Known mobile -> C300046; possible asbestos disturbed in a communal corridor -> emergency (null defensible).",
       NOHZ)),

    (call_in("11-10 18:55", "+447700900753", """
        Agent: Fairholme Homes out of hours, Amir speaking.
        Caller: Hi, there's water coming out of the electric box on the landing at Ashgrove Court, the lights are flickering on the whole floor and it smells hot. I'm just visiting my friend.
        Agent: Please don't touch anything and keep people away. I'm sending an emergency electrician now.
    """, to=OOH, dur=99),
     V("repairs", "emergency", "water|electric|light",
       "Visitor, number not in the directory -> review; water in a communal electrical cupboard -> emergency.")),

    (sms_in("11-11 07:20", "+447700900350", """
        no heating again since saturday, its freezing. flat 16 ashgrove
    """),
     R("C300050", "repairs", None, "heating",
       "Known mobile; no heating, no vulnerability stated -> repairs, hazard null (emergency defensible).", EMG)),

    (wa_in("11-12 22:05", U(62), None, """
        Boa noite. A água está a entrar pelo teto da sala e a cair em cima das tomadas, já saltou a luz duas vezes.
        Moro em Beckside Mews, número 21. Não tenho contrato em meu nome, é da minha irmã.
    """),
     V("repairs", "emergency", "water|ceiling|socket|electric",
       "Portuguese: 'water is coming through the living-room ceiling onto the sockets, the power has tripped twice; "
       "I live at 21 Beckside Mews, the tenancy is in my sister's name' -> unknown sender, no matching customer -> "
       "review; water on electrics -> emergency.")),
]

# ============================================================================================
# Damp and mould in many phrasings
# ============================================================================================
ITEMS += [
    (sms_in("10-02 08:30", "+447700900328", """
        Condensation pouring down the inside of all my windows every morning, the sills are rotting and theres black
        round all the frames. I wipe them twice a day. Leanne 10 Thornhill
    """),
     R("C300028", "damp_mould", "damp_mould", "condensation|mould|black",
       "Known mobile; heavy condensation with black mould round the frames -> damp_mould hazard.")),

    (email_in("10-04 10:45", "daniel.okafor@example.com", "Daniel Okafor", "Smell in back bedroom", """
        Hi,

        There's a musty smell in the back bedroom that won't go away even with the window open. I can't see a leak,
        but the clothes in the wardrobe against the outside wall smell damp and two of my jackets have white fuzzy
        patches on the shoulders.

        Dan, 11 Hollin Park Road
    """),
     R("C300002", "damp_mould", "damp_mould", "musty|damp|mould|fuzz",
       "Known e-mail; musty smell and mould growth on clothes against an outside wall -> damp_mould hazard.")),

    (chat("10-05 19:00", {"email": "johnsmith.wf1@example.net", "name": "John"}, """
        Visitor: the wallpaper in my living room is peeling off in strips along the bottom and the wall underneath is wet. it's the wall with the bay window
        Agent (Dev): Thanks John. Is there any black staining or smell?
        Visitor: bit of a smell yes. grey patches behind the sofa
        Agent (Dev): I'll raise a damp and mould inspection for Flat 14.
    """),
     R("C300046", "damp_mould", "damp_mould", "wallpaper|wet|damp",
       "Chat with C300046's e-mail (not the other John Smith); peeling paper on a wet wall -> damp_mould hazard.")),

    (tg_in("10-06 11:30", "7781200943", "Stuart", """
        There's black spots all over the ceiling above my bed now and in the corner by the window. My chest's been
        bad for weeks. Carer says it's getting worse. Flat 6
    """),
     R("C300021", "damp_mould", "damp_mould", "black|mould|ceiling",
       "Linked Telegram id; black spots above the bed with a health effect -> damp_mould hazard.")),

    (call_in("10-07 11:20", "+442079460326", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hello, it's Paul Greenwood, 2 Beckside Mews. I've got a tide mark about two feet up the wall in the hallway and under the stairs. The plaster's gone soft and powdery and there's white salty stuff coming out of it. The skirting's rotten at the bottom.
        Agent: That sounds like rising damp. I'll book a surveyor.
    """, dur=140),
     R("C300026", "damp_mould", "damp_mould", "damp|tide|plaster",
       "Second number on the record (020 landline) -> C300026; rising damp -> damp_mould hazard.")),

    (wa_in("10-08 17:25", "+447700900332", "Zofia", """
        Dzień dobry, w sypialni córki na ścianie zewnętrznej jest wilgoć i czarny grzyb, a za łóżkiem tapeta
        odchodzi. Córka ma astmę i w nocy dużo kaszle. Zofia Kamińska, mieszkanie 5 Foundry Walk
    """),
     R("C300032", "damp_mould", "damp_mould", "damp|mould",
       "Polish: 'in my daughter's bedroom there is damp and black mould on the outside wall and the paper is coming "
       "away behind the bed; she has asthma and coughs at night' -> damp_mould hazard.")),

    (wa_in("10-09 12:40", "+447700900352", "Bogdan", """
        Bună ziua, avem igrasie și mucegai negru în dormitorul mic, pe tavan și în colțuri. Miroase a mucegai în
        toată casa. Bogdan Ionescu, 19 Beckside Mews
    """),
     R("C300052", "damp_mould", "damp_mould", "damp|mould",
       "Romanian: 'we have damp and black mould in the small bedroom, on the ceiling and corners; the whole house "
       "smells of mould' -> damp_mould hazard.")),

    (sms_in("10-11 09:10", "+447700900318", """
        السلام عليكم. يوجد رطوبة وعفن أسود في غرفة الأطفال على الجدار وخلف الخزانة. محمد، 41 ويفرز رو
    """),
     R("C300018", "damp_mould", "damp_mould", "damp|mould",
       "Arabic: 'there is damp and black mould in the children's room on the wall and behind the wardrobe' -> "
       "damp_mould hazard.")),

    (wa_in("10-13 13:05", "+447700900351", "Yasmin A", """
        Salaam, bachon ke kamre ki diwaar pe seelan aa gayi hai aur kaali phaphoondi phail rahi hai, khaas kar
        khirki ke aas paas. Kya koi dekhne aa sakta hai? Yasmin 36 Thornhill
    """),
     R("C300051", "damp_mould", "damp_mould", "damp|mould",
       "Roman Urdu: 'damp has come onto the children's room wall and black mould is spreading, especially round the "
       "window; can someone come and look?' -> damp_mould hazard.")),

    (visit("10-15 10:00", {"name": "Damp surveyor (J. Ward)"}, cust("C300028"), "appointment", "attended", """
        Survey: severe condensation mould to all window reveals and the bedroom ceiling; trickle vents painted shut;
        kitchen extractor not working; no penetrating damp found. Mould wash booked, vents freed, new humidistat fan
        ordered. Advised tenant on drying clothes.
    """),
     R("C300028", "damp_mould", "damp_mould", "survey|mould|condensation",
       "Damp survey visit -> damp_mould hazard.")),

    (call_out("10-16 11:45", "+447700900332", "Damp & mould team", "completed", dur=188, answered_by="human", transcript="""
        Agent: Dzień dobry, Zofia? It's Kim from the damp team, I have a Polish interpreter on the line with us.
        Interpreter: [interprets]
        Customer: Tak, tak. Thursday is OK.
        Agent: Great, the surveyor will come Thursday at ten to look at your daughter's bedroom. Please don't paint over the mould before then.
    """),
     R("C300032", "damp_mould", "damp_mould", "survey|mould|interpreter",
       "Outbound booking of a damp survey with an interpreter -> damp_mould.")),

    (email_in("10-18 15:50", "marcus.bell@example.com", "Marcus Bell", "Rent - switching to fortnightly", """
        Hi,

        Could I switch my rent payments to fortnightly from next month? I'm being paid every two weeks now.

        While I'm writing - the black mould in the bathroom is back round the bath and up the wall behind the
        toilet, same as last winter.

        Thanks, Marcus
        12 Thornhill Gardens
    """),
     R("C300060", "rent", "damp_mould", "rent|fortnight, mould",
       "Main request is rent frequency; live mould mentioned in passing still starts the clock -> rent with hazard "
       "damp_mould (damp_mould category acceptable, null hazard acceptable).",
       {"category": ["damp_mould"], "hazard": [None]})),

    (letter("10-20 09:00", {"name": "H. Birkett"}, """
        3 Thornhill Gardens
        LS12 5EW

        Dear Sirs,

        I wrote to you in September about the mould in my back bedroom. A young man came and sprayed it and said
        someone would come back to fix the gutter that is causing it. Nobody has come back and the mould is worse
        than before, it is on my curtains and the wall is wet through. I am not happy with how this has been dealt
        with.

        H. Birkett
    """),
     R("C300045", "complaint", "damp_mould", "complaint|mould|gutter",
       "Initial + surname + address -> C300045; dissatisfaction with an unresolved mould case, mould still live -> "
       "complaint with hazard damp_mould (damp_mould category acceptable).",
       {"category": ["damp_mould"]})),

    (sms_in("10-21 12:15", "+447700900313", """
        Hi, thanks so much, the mould wash has worked and the new fan is brilliant, the bathroom's bone dry now.
        While I've got you, the gutter over the back door is hanging off. Vicky 14 Moorside
    """),
     R("C300013", "repairs", None, "gutter",
       "Mould reported as fixed; the new request is a loose gutter -> repairs, hazard null.")),

    (fb_in("10-22 21:30", "fb:100090000205", "Chantelle R", """
        Literally mushrooms growing out of the skirting board in my bathroom at Calder Court 🍄😷 what am I supposed
        to do about that??
    """),
     V("damp_mould", "damp_mould", "mushroom|fungus|damp",
       "Unknown Facebook user, no address -> review; fungal growth from skirting (wet timber) asking what to do -> "
       "damp_mould hazard.")),

    (ig_in("10-23 22:10", "@_lauren.xo", None, """
        winter in a uk flat = every window dripping and the mould coming back like an old friend 🙃 #mouldszn
    """),
     I("Public Instagram chatter about mould that asks for nothing and names no home -> ignore.",
       {"action": ["review"], "category": ["damp_mould"], "hazard": ["damp_mould"]})),

    (portal("10-25 09:30", {"customer_ref": "C300049", "email": "sandra.okonkwo@example.org", "name": "Sandra Okonkwo"},
            "Report damp or mould", """
        Where: kitchen window and the wall under it
        How long: since the heating went on in October
        Description: water streams down the inside of the window every morning and pools on the sill, the sealant
        has gone green and fuzzy and the paint under the window is blistering.
    """),
     R("C300049", "damp_mould", "damp_mould", "condensation|window|mould|mildew",
       "Logged-in portal damp form -> damp_mould hazard.")),

    (call_in("10-28 13:10", "+447700900336", """
        Agent: Fairholme Homes, Priya speaking.
        Caller: Hi, Grace Adeyemi, Flat 2 Foundry Walk. The wall behind my sofa is wet to touch, I only noticed when I moved the sofa, and the back of the sofa's gone green and mouldy. It's the outside wall. The sofa's only a year old.
        Agent: I'll book a damp inspection and note the damage to your sofa.
    """, dur=152),
     R("C300036", "damp_mould", "damp_mould", "wet|wall|mould",
       "Known mobile; wet outside wall with mould on furniture -> damp_mould hazard.")),

    (wa_in("11-02 12:20", "+447700900327", "Fatima Begum", """
        Assalamualaikum. Uporer shoar ghorer deyale kalo kalo dag porche, ar ghor ta shob somoy shyatshyate,
        kapor shukay na. Amar naatir kashi hocche. Fatima, 6 Thornhill Gardens
    """),
     R("C300027", "damp_mould", "damp_mould", "damp|mould|black",
       "Bengali (Roman script): 'black patches are appearing on the wall of the upstairs bedroom, the room is always "
       "damp and clothes don't dry; my grandchild is coughing' -> damp_mould hazard.")),

    (wa_in("11-04 16:30", "+447700900354", "Abdirahman", """
        Salaan. Qolka carruurta derbiga ayaa qoyan, caaryaa madow ayaa ka soo baxday daaqadda agteeda, urna waa
        xun yahay. Abdirahman, Flat 3 Foundry Walk
    """),
     R("C300054", "damp_mould", "damp_mould", "damp|mould",
       "Somali: 'the children's room wall is damp, black mould has come out near the window and there's a bad "
       "smell' -> damp_mould hazard.")),

    (chat("11-07 10:40", {"email": "tracey.holt@example.org", "name": "Tracey"}, """
        Visitor: smells like a cellar in my bedroom, and there's a dark patch spreading on the ceiling in the corner. the paint's bubbling
        Agent (Kim): Is there a flat above you, and is the patch wet?
        Visitor: yes flat 12. it's a bit damp to touch but not dripping
        Agent (Kim): I'll raise a leak check on Flat 12 and a damp inspection for you.
    """),
     R("C300057", "damp_mould", "damp_mould", "damp|ceiling|patch",
       "Chat with the customer's e-mail; spreading damp patch, musty smell, no active drip -> damp_mould hazard "
       "(repairs acceptable for the leak check).", {"category": ["repairs"]})),

    (visit("11-12 09:00", {"name": "Damp contractor (AquaDry)"}, cust("C300052"), "appointment", "no_access", """
        Mould wash and stain-block to small bedroom ceiling. No answer; card left, tried mobile, no reply.
    """),
     R("C300052", "damp_mould", "damp_mould", "access|card|no answer",
       "No-access mould treatment -> recorded; damp_mould case (null hazard defensible).", NOHZ)),
]

# ============================================================================================
# A few of each other category so the split stays balanced
# ============================================================================================
ITEMS += [
    # ---- repairs (routine) ---------------------------------------------------------------------------------
    (call_out("10-05 09:10", "+447700900359", "Repairs team", "completed", dur=27, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Hi Jade, this is Fairholme repairs. We'd like to book in the bath panel and the loose tiles round the bath
        for next week. Please ring 0113 496 0000 and quote job 90117.
    """),
     R("C300059", "repairs", None, "voicemail|bath|tile",
       "Voicemail booking a routine repair -> repairs.")),

    (visit("10-06 08:30", {"name": "Gas engineer (D. Fenton)"}, cust("C300050"), "appointment", "no_access", """
        Annual gas safety check. No answer, calling card left. Certificate expires 28 October. Third attempt.
    """),
     R("C300050", "repairs", None, "access|card|gas",
       "No-access gas safety check -> repairs (record; a missed check is not itself a reported hazard).")),

    (sms_out("10-09 12:00", "+447700900339", """
        Hi Shirley, Fairholme repairs here. The gas engineer will come tomorrow (Saturday) between 8 and 12 to check
        your cooker. Please text back if that is not OK.
    """, sender="Sam (Repairs)"),
     R("C300039", "repairs", "emergency", "engineer|gas|cooker",
       "One-to-one outbound text arranging the follow-up to a gas smell report -> repairs (null hazard defensible "
       "once made safe).", NOHZ)),

    (letter("10-13 09:00", {"name": "Mrs P. Lumb"}, """
        3 Weavers Row, Bradford

        Dear Sirs,

        The extractor fan in my kitchen has started to make a loud grinding noise when it is switched on. It still
        works. Could somebody look at it when convenient.

        Yours faithfully,
        Patricia Lumb
    """),
     R("C300016", "repairs", None, "extractor|fan",
       "Name + address -> C300016; noisy but working extractor -> routine repair.")),

    (wa_in("10-19 15:45", "+447700900325", "Ioana", """
        Hello, there is a slow drip from the pipe under the bath, I put a bowl, I empty it once a day. Not urgent
        but please can someone come. Ioana 12 Beckside
    """),
     R("C300025", "repairs", None, "drip|leak|pipe|bath",
       "Known number; slow contained drip -> routine repair, hazard null.")),

    (sms_in("11-14 10:00", "+447700900348", """
        alright, smoke alarm in the hall beeps when i press the test button but the little light has stopped
        flashing. is that normal or does it need looking at? connor 33
    """),
     R("C300048", "repairs", None, "smoke alarm",
       "Known mobile; smoke alarm still sounds on test, query about the indicator -> repairs, hazard null "
       "(emergency defensible).", EMG)),

    # ---- rent ---------------------------------------------------------------------------------------
    (tg_in("10-06 19:10", "5120034471", "Agnieszka", """
        Dzień dobry, dostałam list, że mam zaległość 64 funty, ale płacę co tydzień przez bank. Czy mogę dostać
        wyciąg z konta czynszowego? Agnieszka Wójcik
    """),
     R("C300006", "rent", None, "rent|arrears|statement",
       "Polish: 'I got a letter saying I owe £64 but I pay every week by bank; can I have a rent statement?' -> rent.")),

    (call_in("10-12 14:45", "+447700900321", """
        Agent: Income team, Sarah speaking.
        Caller: Hi, Stuart McAllister, Flat 6 Calder Court. My PIP's been stopped pending a review and I've had a letter saying my housing benefit's changing. Can I apply for a discretionary housing payment to cover the gap?
        Agent: Yes, I'll email you the DHP form and our money advisor can help you fill it in.
    """, dur=210),
     R("C300021", "rent", None, "dhp|discretionary|housing benefit",
       "Known mobile; discretionary housing payment enquiry -> rent.")),

    (email_in("10-27 09:10", "ioana.marin@example.net", "Ioana Marin", "Credit on rent account", """
        Hello,

        My rent statement shows I am £212 in credit because I paid twice in September by mistake. Can I have this
        money back to my bank please?

        Ioana Marin, 12 Beckside Mews
    """),
     R("C300025", "rent", None, "refund|credit|rent",
       "Known e-mail; rent account credit refund -> rent.")),

    (visit("11-05 10:00", {"name": "Abdirahman Yusuf", "customer_ref": "C300054"}, SHEFFIELD_OFFICE, "appointment", "attended", """
        Arrears interview with Somali interpreter. Balance £486.20 after UC deduction error. Agreed £6 a week plus
        an alternative payment arrangement request to DWP. Tenant signed the agreement.
    """, direction="inbound"),
     R("C300054", "rent", None, "arrears|interpreter|payment",
       "Office appointment attended -> rent.")),

    (wa_in("11-15 11:40", "+447700900341", "Natalia", """
        Bună ziua, vreau să plătesc chiria prin debit direct de luna viitoare. Îmi puteți trimite formularul?
        Natalia Rusu, ap. 15 Calder Court
    """),
     R("C300041", "rent", None, "direct debit|rent",
       "Romanian: 'I want to pay the rent by direct debit from next month; can you send me the form?' -> rent.")),

    # ---- tenancy ------------------------------------------------------------------------------------
    (email_in("10-14 13:20", "sophie.lambert@example.org", "Sophie Lambert", "Changing the tenancy into my name", """
        Hi,

        Following on from Ryan moving out - I've been advised by the Women's Aid worker that I should ask for the
        joint tenancy to be put into my sole name, as he's still got rights to come back. Can you tell me what I need
        to do?

        Sophie, 9 Beckside Mews
    """),
     R("C300023", "tenancy", None, "tenancy|sole|joint",
       "Known e-mail; joint-to-sole tenancy change following a separation with DA support -> tenancy (safeguarding "
       "defensible, sensitive).", {"category": ["safeguarding"], "sensitive": [True]})),

    (call_in("10-22 12:05", "+447700900754", """
        Agent: Fairholme Homes, Jo speaking.
        Caller: Hello, my mother was your tenant, Joan Hartley, at Flat 8 Calder Court. She passed away last week. I've lived with her for six years. Can I take over the tenancy?
        Agent: I'm so sorry for your loss. I'll send you the succession form and we'll need a copy of the death certificate.
    """, dur=191),
     V("tenancy", None, "succession|passed away|tenancy",
       "Caller and the late tenant are not in the directory -> review; succession request -> tenancy.")),

    (sms_in("11-06 12:30", "+447700900317", """
        Hi can i get a dog? its a small cockapoo, fully trained. chloe 30 weavers row
    """),
     R("C300017", "tenancy", None, "dog|pet|permission",
       "Known mobile; permission for a pet -> tenancy.")),

    (wa_in("11-08 17:20", "447700900318", "Mohammed", """
        مرحبا، ابن أخي سيأتي من سوريا ليعيش معنا لمدة ستة أشهر. هل يجب أن أخبركم أو أطلب إذناً؟ محمد الرشيد، 41 ويفرز رو
    """),
     R("C300018", "tenancy", None, "household|living|permission",
       "Arabic: 'my nephew is coming from Syria to live with us for six months; do I need to tell you or ask "
       "permission?' -> household change, tenancy.")),

    # ---- lettings -----------------------------------------------------------------------------------
    (call_in("10-16 14:30", "+447700900328", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: It's Leanne Firth, 10 Thornhill Gardens. I've had enough. I want a transfer, anywhere away from number 14. I can't live next door to them any more.
        Agent: I understand. I'll send you the transfer form and ask the ASB officer to add a supporting letter about the case.
    """, dur=173),
     R("C300028", "lettings", None, "transfer|move",
       "Transfer request driven by an ASB case -> lettings (asb acceptable, sensitive).",
       {"category": ["asb"], "sensitive": [True]})),

    (tg_in("10-28 10:15", "7099123456", "Sarah J", """
        hello do you have any 2 bed flats for rent? i'm on the council list band B, got a little girl
    """),
     V("lettings", None, "flat|rent|register|band",
       "Unlinked Telegram id, prospective applicant -> review; lettings.")),

    (email_in("11-03 15:05", "hodan.abdi@example.com", "Hodan Abdi", "Transfer - urgent", """
        Hello,

        After what happened with my ex-husband I cannot stay at Ashgrove Court, he knows the flat. The police officer
        said I should ask you for an urgent move. Please tell me what to do.

        Hodan Abdi, Flat 12
    """),
     R("C300010", "safeguarding", None, "move|transfer|ex",
       "Urgent move request because of domestic abuse -> safeguarding, sensitive (lettings acceptable), as for "
       "other emergency-move requests by abuse survivors.", {"category": ["lettings"]})),

    (visit("11-17 10:30", {"name": "Lettings officer (A. Shah)"}, cust("C300043"), "appointment", "attended", """
        Accompanied viewing of 18 Calder Court for management transfer. Ms Mohamud accepted the offer; sign-up
        booked for 24 November. Removals and sanctuary measures at the new address to be arranged.
    """),
     R("C300043", "lettings", None, "viewing|transfer|offer",
       "Viewing for a management transfer -> lettings (safeguarding acceptable).",
       {"category": ["safeguarding"], "sensitive": [True]})),

    # ---- estate -------------------------------------------------------------------------------------
    (letter("10-11 09:00", {"name": "Robert Illingworth"}, """
        15 Beckside Mews, BD4 7HA

        Dear Sirs,

        A silver Vauxhall has been left in the residents' bays at Beckside Mews for six weeks now. It has no tax, two
        flat tyres and the back window is smashed. It is taking a space that residents pay for.

        R. Illingworth
    """),
     R("C300058", "estate", None, "car|abandon|vehicle",
       "Name + address -> C300058; abandoned vehicle in residents' bays -> estate (asb acceptable).",
       {"category": ["asb"], "sensitive": [True]})),

    (wa_in("10-25 15:30", "+447700900310", "Hodan", """
        Nabad. Nalka jaranjarada dhismaha ayaa dhowr maalmood damsan, habeenkii waa mugdi. Hodan, Flat 12
    """),
     R("C300010", "estate", None, "light|stair",
       "Somali: 'the stairwell lights in the building have been off for several days, it's dark at night' -> "
       "communal lighting, estate (repairs acceptable).", {"category": ["repairs"]})),

    (sms_in("11-09 09:20", "+447700900344", """
        The grit bin at the top of Beckside Mews is empty and the path is like an ice rink this morning, my neighbour
        nearly went over with her shopping. Megan 4
    """),
     R("C300044", "estate", None, "grit|ice|path",
       "Known mobile; empty grit bin, icy communal path -> estate (emergency defensible).", EMG)),

    (email_in("11-15 14:00", "kwame.mensah@example.com", "Kwame Mensah", "Graffiti on garages", """
        Hi,

        Somebody's tagged the whole row of garage doors behind Thornhill Gardens over the weekend - just names and
        squiggles, nothing offensive. Could it be cleaned off?

        Kwame, 18 Thornhill
    """),
     R("C300029", "estate", None, "graffiti|garage",
       "Known e-mail; non-offensive graffiti clean-up -> estate (asb acceptable).",
       {"category": ["asb"], "sensitive": [True]})),

    # ---- complaint ----------------------------------------------------------------------------------
    (portal("10-30 20:10", {"customer_ref": "C300017", "email": "chloe.armitage@example.net", "name": "Chloe Armitage"},
            "Make a complaint", """
        What is your complaint about?: I reported the bass from number 32 in August. I've done diary sheets, the
        officer came once, and it is still every weekend. Nobody tells me anything. I want a case review.
        What would you like us to do?: An ASB case review and a named person who keeps me updated.
    """),
     R("C300017", "complaint", None, "complaint|case review|noise",
       "Complaint about the handling of an ASB case -> complaint, kept sensitive (asb acceptable).",
       {"category": ["asb"], "sensitive": [False]}, sens=True)),

    (call_in("11-10 10:50", "+447700900343", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: It's Aisha Mohamud. I want to complain about the housing officer who came on Friday. I told her about my ex in confidence and she said it in front of the workman who was doing the window. I felt so ashamed.
        Agent: I'm very sorry, that shouldn't have happened. I'll log a formal complaint and the manager will call you.
    """, dur=198),
     R("C300043", "complaint", None, "complaint|confidential|officer",
       "Complaint about a breach of confidence in a domestic abuse case -> complaint, kept sensitive (safeguarding "
       "acceptable).", {"category": ["safeguarding"]}, sens=True)),

    (wa_in("11-13 19:40", "+447700900314", "Andrei", """
        Bună seara. Vreau să fac o plângere oficială. Am raportat igrasia din baie acum trei luni, muncitorul a venit
        o dată, a vopsit peste mucegai și a plecat. Acum mucegaiul e din nou acolo. Andrei Popescu, 21 Moorside
    """),
     R("C300014", "complaint", "damp_mould", "complaint|mould|damp",
       "Romanian: 'I want to make a formal complaint; I reported damp in the bathroom three months ago, the worker "
       "painted over the mould and left; now the mould is back' -> complaint with live mould -> hazard damp_mould "
       "(damp_mould category acceptable).", {"category": ["damp_mould"]})),

    (email_in("11-16 09:30", "m.alrashid@example.org", "Mohammed Al-Rashid", "Stage 2 complaint", """
        Dear Sir/Madam,

        I am not satisfied with your stage 1 response about my window repair. You said it was fixed on 2 November but
        the handle still does not lock and I have had to tie it shut with string. Please escalate my complaint to
        stage 2.

        Mohammed Al-Rashid, 41 Weavers Row
    """),
     R("C300018", "complaint", None, "stage 2|complaint|escalat",
       "Escalation of an existing complaint -> complaint (repairs acceptable).", {"category": ["repairs"]})),

    # ---- general ------------------------------------------------------------------------------------
    (email_in("10-19 10:20", "yasmin.akhtar@example.com", "Yasmin Akhtar", "New phone number", """
        Hi, please update my phone number to 07700 900798 and don't use the old one any more. Thanks, Yasmin
    """),
     R("C300051", "general", None, "phone|number|contact",
       "Contact details change -> general.")),

    (chat("11-01 11:10", {"email": "shirley.baxter@example.com", "name": "Shirley"}, """
        Visitor: can you make sure there's a BSL interpreter for my appointment on the 12th? last time nobody came
        Agent (Priya): Yes Shirley, I've booked one and added it to your record as a standing request.
    """),
     R("C300039", "general", None, "bsl|interpreter",
       "Interpreter / accessibility request -> general.")),

    (letter("11-11 09:00", {"name": "Mr T. Nowak"}, """
        40 Hollin Park Road, Leeds LS8 3QT

        Dear Fairholme,

        Please can you send all letters about the tenancy to me by email as well as to my wife, as she does not read
        English well and I translate for her. My email is tomasz.nowak@example.net.

        Tomasz Nowak
    """),
     R("C300038", "general", None, "email|letter|communication",
       "Shared Nowak address but the writer names himself and gives his own e-mail -> C300038; communication "
       "preference -> general.")),

    (sms_in("11-18 14:45", "+447700900328", """
        Just wanted to say thank you to Tom from the ASB team and Jo, they've been brilliant these last few months.
        Number 14 have gone quiet at last.
    """),
     R("C300028", "asb", None, "thank|asb",
       "Compliment about the ASB team closing out a case -> asb, sensitive (general acceptable).",
       {"category": ["general"], "sensitive": [False]})),
]

# ============================================================================================
# More anonymous-flag forms, near-miss hazards and other categories
# ============================================================================================
ITEMS += [
    (portal("10-17 16:20", {"name": "Anonymous"}, "Report ASB (anonymous)", """
        Form: Report ASB (anonymous)
        Location: play area between Ashgrove Court and the shops
        Description: A man lets his two XL bullies off the lead in the play area every afternoon. They've knocked a
        child over and he just laughs. There's dog mess all over the safety surface.
    """, anon=True),
     A("asb", None, "dog|play area",
       "anonymous flag on the ASB form, no identifiers -> anonymous; dangerous dogs and fouling -> asb.")),

    (email_in("11-08 23:15", "noreply@forms.fairholmehomes.example.org", "Fairholme website forms",
              "Report a concern (anonymous)", """
        Form: Report a concern about someone's safety
        Reporter details: withheld (anonymous option ticked)
        Where: Calder Court, top floor
        Concern: A girl who looks about 14 or 15 has been staying at the flat of a man in his 40s for the last week.
        Different men come and go late at night and she looked drunk on the stairs on Saturday. She should be at
        school.
    """, anon=True),
     A("safeguarding", None, "girl|child|exploit",
       "anonymous flag on the website concern form -> anonymous; possible child sexual exploitation -> safeguarding.")),

    (sms_in("10-10 09:40", "+447700900319", """
        gas man came last nite about the smell, he says its the cooker and hes capped it off, all safe now. when
        can i get a new cooker put in, living on takeaways here
    """),
     R("C300019", "repairs", None, "cooker|gas",
       "Known mobile; the gas smell has already been made safe, the request is a cooker replacement -> repairs, "
       "hazard null (emergency defensible).", EMG)),

    (wa_in("10-21 08:25", "+447700900341", "Natalia", """
        Hello, the carbon monoxide alarm in my kitchen is making one short beep every minute, I think the battery is
        low? No alarm sound. Can someone change it. Natalia flat 15
    """),
     R("C300041", "repairs", None, "carbon monoxide|co alarm|battery",
       "Known number; low-battery chirp from a CO alarm, not an activation -> repairs, hazard null (emergency "
       "defensible).", EMG)),

    (sms_in("10-30 15:10", "+447700900344", """
        Hi can my universal credit housing bit be paid straight to you instead of me? keep forgetting and dont want
        to get behind. Megan 4 beckside
    """),
     R("C300044", "rent", None, "universal credit|direct|rent",
       "Request for managed payment of the UC housing element -> rent.")),

    (email_out("10-31 10:30", RENT_BOX, "nathan.pearce@example.org", "Nathan Pearce", "Your rent account", """
        Dear Nathan,

        Following your conversation with our support team this week, we have put any action on your rent account on
        hold for eight weeks. You don't need to contact us about the arrears during this time. Our money advisor
        Karen will be in touch when you feel ready.

        Sarah, Income Officer
    """),
     R("C300031", "rent", None, "arrears|hold|rent",
       "One-to-one outbound e-mail pausing arrears recovery after a safeguarding disclosure -> rent (safeguarding "
       "defensible, sensitive).", {"category": ["safeguarding"], "sensitive": [True]})),

    (call_in("11-12 12:30", "+447700900348", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hiya, Connor Walsh. Just a quick one, what are your office hours over Christmas? I want to come in and drop some forms off.
        Agent: We're closed from the 24th and reopen on the 29th, and the out-of-hours line is open throughout.
    """, dur=63),
     R("C300048", "general", None, "office|christmas|hours",
       "Known mobile; opening-hours enquiry -> general.")),

    (visit("11-13 10:00", {"name": "Housing officer (R. Hill)"}, cust("C300009"), "door_knock", "attended", """
        Tenancy audit: photo ID seen for Mr Siddiqui; household now includes his father (moved in August, receiving
        cancer treatment). Added to the household record. Property in good order.
    """),
     R("C300009", "tenancy", None, "audit|household",
       "Tenancy audit door-knock -> tenancy.")),

    (tg_in("11-14 12:15", "5301177720", "Tomasz", """
        Dzień dobry, czy mogę dostać drugi klucz do wspólnej komórki na rowery za domem? Syn ma nowy rower.
        Tomasz Nowak, 40 Hollin Park Road
    """),
     R("C300038", "estate", None, "key|bike|store",
       "Polish: 'can I get a second key to the communal bike store behind the house? My son has a new bike' -> "
       "estate.")),

    (email_in("11-19 10:05", "rebecca.thornton@example.org", "Rebecca Thornton", "Re: Fire exit chained", """
        Thank you for getting the chain cut off the fire exit and the stair lights fixed so quickly, it's a big
        relief.

        Rebecca

        On Thu, 22 Oct 2026 at 22:10, Rebecca Thornton <rebecca.thornton@example.org> wrote:
        > The emergency lights on the stairwell at Foundry Walk aren't working and the fire exit door at the bottom
        > of the back stairs has a bike chain and padlock round the push bar.
    """, thread="thr-rep-90533"),
     R("C300034", "repairs", None, "fire exit|light|thank",
       "Thanks for a completed fire-safety repair; the hazard is only in quoted history -> repairs, hazard null "
       "(general acceptable, emergency not).", {"category": ["general", "estate"]})),

    (letter("11-17 09:00", {"name": "Mr K. Barraclough"}, """
        6 Weavers Row
        Bradford BD3 9PL

        Dear Sirs,

        I am writing to make a formal complaint about your ASB officer. I reported threats from my neighbour about
        my driveway in October. Nobody came to see me and when I rang I was told the case had been closed without
        anybody telling me. The van is still parked across my drive every day.

        K. Barraclough
    """),
     R("C300042", "complaint", None, "complaint|asb|closed",
       "Name + address -> C300042; complaint about the handling of an ASB case -> complaint, kept sensitive (asb "
       "acceptable).", {"category": ["asb"], "sensitive": [False]}, sens=True)),
]

ITEMS += [
    (chat("11-18 12:40", {"email": "l.okoye.nhs@example.com", "name": "Lola"}, """
        Visitor: hi, I'm a nurse at the LGI and I've been offered a job in Wakefield. Do you have any intermediate rent or key worker flats near Calder Court?
        Agent (Kim): We do have some intermediate rent homes. You'll need to register with the council first and then apply through us, I'll send you the link.
    """),
     V("lettings", None, "intermediate rent|key worker|flat",
       "Prospective applicant, e-mail not in the directory -> review; lettings.")),
]

# ============================================================================================
# Not contacts to keep: bulk, auto-replies, spam, chatter - many carrying trap keywords
# ============================================================================================
ITEMS += [
    (email_in("10-02 06:00", "news@safelives-digest.example.org", "Domestic Abuse Practice Digest",
              "16 Days of Action: domestic abuse, coercive control and housing", """
        THIS MONTH

        * Coercive control: what housing officers should look for on a home visit
        * Sanctuary schemes - new guidance for landlords
        * Training dates: DAHA accreditation, MARAC for housing staff

        You are receiving this because you subscribed. Unsubscribe | Manage preferences
    """, headers=NEWS_HEADERS),
     I("Professional newsletter (List-Unsubscribe, bulk) about domestic abuse -> ignore despite the safeguarding "
       "vocabulary.")),

    (email_in("10-07 08:10", "sales@dryhome-solutions.example.com", "DryHome Solutions",
              "Black mould? Condensation? We fix it for good", """
        Dear Property Manager,

        Awaab's Law is here. Is your damp and mould response compliant? Our PIV units cut condensation by up to 80%
        and eliminate black mould. Book a free survey of your stock this month and get 15% off.

        Unsubscribe from these emails
    """, headers={"List-Unsubscribe": "<https://dryhome-solutions.example.com/u/41>"}),
     I("Marketing e-mail using damp and mould vocabulary -> ignore.")),

    (sms_out("10-12 10:00", "+447700900331", """
        Fairholme Homes: It's Gas Safety Week. If you smell gas, leave the property and call the National Gas
        Emergency number on 0808 157 0111. Reply STOP to opt out.
    """),
     I("Bulk safety broadcast (Reply STOP) mentioning a gas smell -> ignore, not a hazard report.")),

    (email_in("10-14 09:20", "t.oduya@leeds-council.example.org", "Oduya, Temi", "Automatic reply: Section 42 enquiry", """
        Thank you for your email. I am out of the office until 19 October. For urgent safeguarding concerns please
        contact the Adult Social Care duty team on 0113 496 0999.
    """, headers=AUTO_REPLY),
     I("Auto-reply (Auto-Submitted: auto-replied) that mentions safeguarding -> ignore.")),

    (fb_in("10-16 22:45", "fb:100090000206", "Gaz Tomlinson", """
        did anyone else hear that massive bang on weavers row tonight?? 😂 sounded like a gas explosion but it was
        just kids with fireworks
    """),
     I("Public chatter asking nothing; the 'gas explosion' is a joke about fireworks -> ignore.",
       {"action": ["review"], "category": ["asb"], "sensitive": [True]})),

    (ig_in("10-18 14:05", "@estate_vibes_ls6", None, """
        Ashgrove Court going downhill fast, drugs everywhere, landlord doesn't care 🤷‍♂️
    """),
     I("Public comment with no request or identifiable case -> ignore.",
       {"action": ["review"], "category": ["asb", "complaint"], "sensitive": [True]})),

    (email_in("10-20 04:30", "postmaster@mail.example.com", "Mail Delivery Subsystem",
              "Undeliverable: Your ASB case - update", """
        Delivery has failed to these recipients or groups:

        j.smith.calder@example.com
        The email address you entered couldn't be found.

        Diagnostic information for administrators: 550 5.1.1 User unknown
    """, headers=BOUNCE),
     I("Bounce (delivery status notification) for an ASB letter -> ignore.")),

    (wa_in("10-26 12:00", U(55), None, """
        🔥 URGENT: Landlords are being FINED £50,000 for mould!! Claim compensation for your damp home now, no win no
        fee, click here ➡️ housingclaims-now.example.net 🔥
    """),
     I("Claims-farming spam mentioning mould -> ignore.")),

    (sms_in("11-02 10:30", "+447700900352", """
        STOP
    """),
     I("'STOP' reply to a bulk text -> ignore (record acceptable).", {"action": ["record"], "customer_ref": ["C300052"],
                                                                          "category": ["general"]})),

    (email_out("11-05 11:00", {"email": "news@fairholmehomes.example.org", "name": "Fairholme Homes"},
               "tenants-all@lists.fairholmehomes.example.org", None, "Staying safe this Bonfire Night", """
        Hello everyone,

        Bonfire Night is here. Please don't store fireworks in communal areas, keep fire doors shut and report any
        anti-social behaviour to the ASB team. If you are worried about someone's safety or welfare, call us on
        0113 496 0000.

        To stop receiving these emails, click unsubscribe.
    """, headers={"List-Unsubscribe": "<mailto:unsubscribe@fairholmehomes.example.org>", "Precedence": "bulk"}),
     I("Landlord's own bulk newsletter mentioning ASB, fire doors and welfare -> ignore.")),

    (sms_out("11-10 09:00", "+447700900327", """
        Fairholme Homes: reminder - your damp and mould inspection is tomorrow between 8am and 12pm. Reply YES to
        confirm or call 0113 496 0000 to rebook.
    """, sender="Fairholme Homes"),
     I("Automated per-customer appointment reminder -> ignore (record acceptable).",
       {"action": ["record"], "customer_ref": ["C300027"], "category": ["damp_mould"],
        "hazard": ["damp_mould"]})),

    (letter("11-16 09:00", {"name": "Neighbourhood Watch Leeds 8"}, """
        NEIGHBOURHOOD WATCH NEWSLETTER - AUTUMN

        Rogue traders are active in Leeds 8. Never pay cash on the doorstep. Look out for elderly neighbours this
        winter. Next meeting: St Aidan's church hall.
    """),
     I("Community newsletter mailshot mentioning rogue traders and elderly neighbours -> ignore.")),
]

# Ids, writing, validation and coverage: corpus_tools.py (shared with the other generators).
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "train2"


def main() -> int:
    return corpus_tools.build(ITEMS, ['train.jsonl'])


if __name__ == "__main__":
    sys.exit(main())

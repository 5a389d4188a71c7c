#!/usr/bin/env python3
"""Build a third labelled training split (deterministic; writes only train3.jsonl / train3.expected.jsonl).

    python tests/corpus/build_train3.py

Same formats, customer directory (directory.csv) and label conventions as build_corpus.py / README.md.
This split concentrates on the non-sensitive categories a keyword router confuses with one another:
repairs vs estate vs complaint, damp and mould vs repairs, rent vs tenancy vs lettings, general
paperwork and communication needs, plus outbound staff contacts, community languages and a
balancing set of things to ignore.

Every message below is written by hand; the helpers only fill in the envelope (ids, landlord
end-points, JSON shape). Ids are derived from a hash of the event's content with a split-specific
salt, so re-running reproduces byte-identical files; they are checked for uniqueness against
train.jsonl, train2.jsonl and the shared samples.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

from envelopes import *  # noqa: E402,F403 (landlord end-points, envelope and label helpers)

ITEMS: list[tuple[dict[str, Any], dict[str, Any]]] = []


def U3(n: int) -> str:
    """An unknown (not in the directory) mobile for this split: +44 7700 9008nn."""
    return f"+4477009008{n:02d}"


# ============================================================================================
# Repairs: every trade, lifts, door entry, communal lighting inside blocks, adaptations,
# appointments and follow-ups, a few genuine emergencies
# ============================================================================================
ITEMS += [
    (sms_in("10-01 08:12", "+447700900328", """
        Hiya the kitchen cupboard door next to the cooker has come off its top hinge and is just hanging there, and
        the cutlery drawer wont slide out properly cos the runner is bent. Leanne 10 Thornhill Gdns
    """),
     R("C300028", "repairs", None, "cupboard|hinge|drawer",
       "Known mobile; broken kitchen unit door and drawer runner -> routine joinery repair.")),

    (call_in("10-01 09:41", "+441144960355", """
        Agent: Good morning, Fairholme Homes, Marie speaking.
        Caller: Morning love. Christine Mellor, 2 Moorside Crescent. My toilet won't stop filling. You can hear it running all night and there's a little pipe sticking out the back wall outside that's dripping onto the path.
        Agent: That's the overflow, so it sounds like the float valve in the cistern. Is water coming out anywhere inside?
        Caller: No, it's all going out the back.
        Agent: Right, I'll book a plumber for the float valve. First available is Tuesday morning, is that OK?
        Caller: Tuesday's fine.
    """, to=SHEFF, dur=174),
     R("C300055", "repairs", None, "toilet|cistern|overflow",
       "Known landline; running cistern and dripping overflow -> routine plumbing repair.")),

    (email_in("10-01 19:03", "rebecca.thornton@example.org", "Rebecca Thornton", "Electric shower keeps cutting out", """
        Hi there,

        The electric shower in my bathroom (Flat 11 Foundry Walk) has started cutting out after a couple of minutes.
        It goes cold, the light on the front flickers, then it comes back on after it's cooled down for a bit. It's a
        Triton one, probably quite old. No burning smell or anything like that, it's just really annoying trying to
        wash my hair.

        Could someone have a look please? I work from home Mon/Wed so those days are best.

        Thanks,
        Rebecca
    """, to=REPAIRS_BOX),
     R("C300034", "repairs", None, "shower|electric",
       "Known e-mail; electric shower cutting out on a thermal trip, no burning smell -> routine electrical repair.")),

    (wa_in("10-02 07:55", "447700900318", "Mohammed", """
        صباح الخير. حوض المطبخ مسدود منذ يومين والماء لا ينزل أبداً. جربت الماء الساخن والصودا ولم ينفع. الرائحة
        سيئة. محمد الرشيد، 41 ويفرز رو
    """),
     R("C300018", "repairs", None, "sink|blocked|drain",
       "Arabic: 'the kitchen sink has been blocked for two days and the water doesn't go down at all; I tried hot "
       "water and soda; bad smell.' Known number -> routine plumbing repair.")),

    (tg_in("10-02 21:18", "6230118845", "Andrei", """
        Bună seara. Fereastra din dormitor nu se mai închide, balamaua de sus s-a rupt și geamul atârnă puțin. Intră
        frig și aer rece toată noaptea. Am pus o pătură. Andrei, 21 Moorside Crescent
    """),
     R("C300014", "repairs", None, "window|hinge",
       "Romanian: 'the bedroom window won't close any more, the top hinge has broken and the pane hangs a bit; cold "
       "air comes in all night.' Linked Telegram id -> glazing / window repair.")),

    (letter("10-05 09:00", {"name": "Mrs Margaret Holroyd"}, """
        7 Hollin Park Road
        Leeds
        LS8 3QT

        Dear Sir or Madam,

        Thank you for fitting the grab rail by my front door, it has made a great deal of difference. I wonder now
        whether it would be possible to have a second banister put on the other side of my staircase. The
        occupational therapist from the council came last week and she thinks I need something to hold with both
        hands going up. She said she would write to you as well.

        Yours faithfully,
        M. Holroyd (Mrs)
    """),
     R("C300001", "repairs", None, "banister|rail|stair",
       "Name + address -> C300001; request for a second stair rail after an OT assessment -> aids and adaptations, "
       "repairs (general acceptable).", GEN)),

    (call_in("10-05 13:26", "+447700900349", """
        Agent: Fairholme Homes, Raj speaking.
        Caller: Hi, it's Sandra in Flat 6 Ashgrove Court. The lift's doing that thing again where it gets to the third floor and the doors won't open. It just sits there and then goes back down to the ground.
        Agent: Has anyone been stuck in it?
        Caller: No, I pressed the alarm the first time but it just went back down. I've been using the stairs but I've got my shopping and my knee's bad.
        Agent: I'll log it with the lift contractor now, they're on a four-hour response for this.
    """, dur=151),
     R("C300049", "repairs", None, "lift|door",
       "Known mobile; lift doors failing to open at one floor, nobody trapped -> lift repair, hazard null.")),

    (sms_in("10-06 11:02", "+447700900357", """
        the buzzer in my flat doesnt ring anymore when someone presses flat 9 downstairs. missed 2 parcels this week.
        can u send someone to look at the door entry thing
    """),
     R("C300057", "repairs", None, "buzzer|door entry|intercom",
       "Known mobile; door-entry handset not ringing -> repairs (estate acceptable).", EST)),

    (chat("10-06 22:47", {"email": "owen.pritchard@example.com", "name": "Owen"}, """
        Visitor: Evening. The light on the landing outside my flat has been out for over a week now
        Agent (Sunita): Hi Owen, sorry about that. Which building and floor is that?
        Visitor: Calder Court, second floor landing between flats 10 and 12. The one by the stairs does a weird flicker then goes off. Pitch black after 6
        Agent (Sunita): Thanks, I've raised a communal lighting repair for the second floor landing, our electrician usually attends within 5 working days.
    """),
     R("C300040", "repairs", None, "light|landing",
       "Chat with the customer's e-mail; communal landing light out inside a block -> repairs (estate acceptable).", EST)),

    (portal("10-07 08:30", {"customer_ref": "C300026", "email": "paul.greenwood@example.com", "name": "Paul Greenwood"},
            "Report a repair", """
        Form: Report a repair
        Room: Kitchen
        Item: Worktop
        Description: Laminate worktop next to the sink has split along the front edge and the chipboard underneath
        has swollen up. It's lifting about 1cm and water gets under it every time I wash up.
        Access: any weekday after 9
    """),
     R("C300026", "repairs", None, "worktop|kitchen",
       "Logged-in portal form carries the customer ref; swollen, split kitchen worktop -> repairs.")),

    (call_out("10-07 10:15", "+447700900352", "Repairs scheduling", "completed", dur=296, answered_by="human", transcript="""
        Agent: Hello, is that Mr Ionescu? This is Kerry from Fairholme repairs. I've got Ana from the interpreting service on the line to help.
        Interpreter: [translates] Yes, this is Bogdan.
        Agent: We've had the joiner's report back about your back door. The frame's rotten at the bottom so it needs a full new door and frame. Could we book that for Wednesday 14 October, all day?
        Interpreter: [translates] He says yes, Wednesday is fine, but please come after 8 because he takes his son to school.
        Agent: I'll note 8:30 onwards. Thank you.
    """),
     R("C300052", "repairs", None, "door|frame|joiner",
       "Outbound call to a known number, with interpreter, booking a replacement back door -> repairs.")),

    (sms_out("10-08 12:40", "+447700900344", """
        Hi Megan, it's Kirsty at Fairholme repairs. Sorry, the plumber's previous job overran - he'll be with you
        for the bath tap by 2pm instead of 12. Text back if that's a problem and I'll rebook.
    """, sender="Kirsty (Repairs)"),
     R("C300044", "repairs", None, "plumber|tap",
       "Staff-written one-to-one text about a late plumber -> record, repairs.")),

    (visit("10-08 15:20", {"name": "Electrician (P. Marsh)"}, cust("C300042"), "appointment", "attended", """
        Bathroom pull-cord light switch snapped inside the ceiling rose, cord hanging. Replaced pull-cord switch and
        tested circuit. Also tightened loose kitchen socket faceplate. Job complete.
    """),
     R("C300042", "repairs", None, "switch|pull-cord|socket",
       "Attended electrical repair visit -> repairs.")),

    (visit("10-09 08:45", {"name": "Glazier (B. Hartley)"}, cust("C300031"), "appointment", "no_access", """
        Attended to replace misted double-glazed unit in the living room window. No answer at 8:45 or 9:05, phoned
        the tenant's mobile twice with no reply. Calling card left. Unit is in the van, rebook required.
    """),
     R("C300031", "repairs", None, "access|card|glaz|window",
       "No-access glazing appointment -> recorded, repairs.")),

    (email_in("10-09 07:12", "marcus.bell@example.com", "Marcus Bell", "Re: Your repair appointment - job 77419", """
        Hello,

        I've just seen I'm booked for the joiner on Thursday 15 October (8am-1pm) for the loft hatch. I'm on a
        training course that day in Manchester and can't be in. Could we move it to the following week? Any day
        except the Tuesday.

        Cheers,
        Marcus

        > From: Fairholme Repairs
        > Your repair (loft hatch will not close) is booked for Thursday 15 October, 8am-1pm.
    """, to=REPAIRS_BOX),
     R("C300060", "repairs", None, "appointment|rebook|joiner|loft",
       "Known e-mail; rescheduling a joinery appointment -> repairs.")),

    (sms_in("10-13 18:20", "+447700900353", """
        Hi, just checking is the joiner still coming tomoz for the bedroom door? Nobody has texted to confirm and I
        need to sort childcare. Thanks Lucy
    """),
     R("C300053", "repairs", None, "joiner|door|confirm",
       "Known mobile; chasing confirmation of a booked joinery job, no dissatisfaction -> repairs.")),

    (wa_in("10-13 10:04", "+447700900327", "Fatima Begum", """
        Assalamu alaikum. Ami Fatima Begum er chele likhchi. Ammar bathroom er gorom panir tap ta bondho hoy na,
        shob shomoy pani pore. Raate shobdo hoy. Ammar hate shakti nai tai beshi ghurate pare na. Ektu plumber
        pathaben? 6 Thornhill Gardens
    """),
     R("C300027", "repairs", None, "tap|drip|plumber",
       "Bengali (Roman script), son writing from the tenant's own number: 'the hot tap in mum's bathroom won't turn "
       "off, water drips all the time; she has no strength in her hands; please send a plumber' -> repairs.")),

    (call_in("10-14 17:30", "+441134960357", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: Hello. The back door at 40 Hollin Park Road, the key is very hard to turn. Today I need two hands and still it's sticking. I am worried one day it will not lock.
        Agent: OK, can I take your name please?
        Caller: Sorry, my bus is here. I will call again tomorrow.
        [Call ended]
    """, dur=64),
     V("repairs", None, "lock|key|door",
       "Nowak household landline shared by C300037/C300038; the caller gives only the address -> review; stiff back "
       "door lock -> repairs.")),

    (email_in("10-14 20:45", "johnsmith.wf1@example.net", "John Smith", "Cracked shower tray", """
        To whom it may concern

        The shower tray in my flat has a crack across one corner. Every time I shower water seeps out onto the
        lino and the bathroom floor is soft near the door. I've stopped using the shower and I'm having baths.

        John Smith
        Flat 14 Calder Court
    """),
     R("C300046", "repairs", None, "shower|tray|crack",
       "Known e-mail of the Calder Court John Smith (not C300015); cracked, leaking shower tray -> repairs.")),

    (fb_in("10-15 12:10", "fb:100090000311", "Darren W", """
        Hi, Darren Whitaker from 23 Hollin Park Road. The wind last night knocked 3 of our back fence panels flat and
        the dog can get out into the lane. Can you get someone out to put them back up? Cheers
    """),
     R("C300005", "repairs", None, "fence|panel",
       "Unlinked Messenger handle but full name + address single out Darren in the Whitaker household -> C300005 "
       "(review acceptable); blown-down garden fence -> repairs (estate acceptable).",
       {"action": ["review"], "customer_ref": [None], "category": ["estate"]})),

    (ig_in("10-15 16:33", "@foundry_lad_s3", None, """
        @fairholmehomes when's someone coming to do the smashed window on the stairs at Foundry Walk? been boarded up
        3 weeks now and it's freezing in the stairwell
    """),
     V("repairs", None, "window|stair",
       "Unknown Instagram handle with no name or flat -> review; broken communal stairwell window -> repairs (estate "
       "acceptable).", EST)),

    (letter("10-16 09:00", {"name": "P. Lumb"}, """
        3 Weavers Row
        Bradford BD3 9PL

        Dear Fairholme,

        I am hard of hearing and I did not hear my smoke alarm when it was tested last month, even with my hearing
        aids in. My audiologist says I should have the type that flashes a light and has a pad that shakes under the
        pillow. Can you fit one of these for me? Please write to me, I cannot use the telephone.

        Yours sincerely,
        Patricia Lumb
    """),
     R("C300016", "repairs", None, "smoke alarm|flash|adapt",
       "Name + address -> C300016; adapted (visual/vibrating) smoke alarm for a deaf tenant -> aids and adaptations, "
       "repairs; the existing alarm works -> hazard null (general or emergency defensible).",
       {"category": ["general"], "hazard": ["emergency"]})),

    (call_in("10-16 11:05", "+441632960322", """
        Agent: Fairholme Homes, good morning, Dawn speaking.
        Caller: Hello dear, it's Mrs Ramsden, Flat 1 Calder Court. A lady knocked on a while back and said my kitchen was going to be replaced this year. I can't read the letter you sent, my eyes are bad. Is it still happening?
        Agent: Let me look, Mrs Ramsden. Yes, Calder Court is in the kitchen programme, your flat is pencilled in for January. The surveyor will ring you first to go through the layout.
        Caller: Ring, yes, that's better than letters for me.
    """, dur=203),
     R("C300022", "repairs", None, "kitchen|programme|replace",
       "Known landline; planned kitchen replacement query -> repairs.")),

    (tg_in("10-17 09:22", "4409987612", "Kwame", """
        Morning. The valve on the radiator under the front window is weeping, there's a brown ring on the carpet and
        it's damp to touch. I've put a tub under it. Not urgent urgent but it's getting worse. 18 Thornhill
    """),
     R("C300029", "repairs", None, "radiator|valve",
       "Linked Telegram id; weeping radiator valve, contained -> routine plumbing repair.")),

    (email_in("10-19 08:50", "daniel.okafor@example.com", "Daniel Okafor", "Kitchen ceiling - making good after leak", """
        Hi,

        The plumber sorted the leak from the bathroom upstairs three weeks ago (thanks) and said someone would come
        back to make good the kitchen ceiling where they cut the hole to get at the pipe. Nobody has been yet and
        there's still a square hole with a bit of board over it. Can you let me know when the plasterer is booked?

        Dan
    """, to=REPAIRS_BOX),
     R("C300002", "repairs", None, "plaster|ceiling|hole",
       "Known e-mail; follow-on making-good job after a leak repair, polite chase -> repairs (complaint defensible).",
       {"category": ["complaint"]})),

    (wa_in("10-19 19:40", "447700900311", "Amina", """
        Assalam o alaikum, bachon ke kamre ke darwaze ka handle andar se toot gaya hai. Aaj meri beti andar band ho
        gayi thi, screwdriver se khola. Please koi aake theek kar de. Amina Hussain, 8 Moorside Crescent
    """),
     R("C300011", "repairs", None, "handle|door",
       "Roman Urdu: 'the children's bedroom door handle has broken on the inside; today my daughter got shut in, we "
       "opened it with a screwdriver; please fix it'. Amina's own mobile -> repairs.")),

    (sms_in("10-20 07:35", "+447700900350", """
        intercom in flat 16 buzzes fine but when i press the key button it doesnt open the main door downstairs, have
        to go all the way down to let people in
    """),
     R("C300050", "repairs", None, "intercom|door|release",
       "Known mobile; door-entry release not working -> repairs (estate acceptable).", EST)),

    (call_out("10-20 14:02", "+447700900321", "Planned works", "completed", dur=31, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Hi Stuart, it's Gemma from Fairholme planned works. Before we start your new bathroom we need to do a quick
        asbestos survey in there, it takes about half an hour. Could you ring me on 0113 496 0000 to pick a day?
        Thanks.
    """),
     R("C300021", "repairs", None, "asbestos|survey|bathroom",
       "Voicemail left on a known mobile about the pre-works survey for a bathroom replacement -> repairs.")),

    (visit("10-21 10:00", {"name": "Occupational therapist (L. Varley, adaptations)"}, cust("C300008"), "appointment",
           "attended", """
        Adaptations assessment with Ms Kettlewell. Currently unable to use the bath; strip washing. Recommend
        level-access shower with fold-down seat, lever taps and raised WC. Kitchen sink height OK. Referred to
        adaptations panel, medium priority.
    """),
     R("C300008", "repairs", None, "shower|adapt|level access",
       "Adaptations assessment visit -> aids and adaptations, repairs (general acceptable).", GEN)),

    (chat("10-21 20:15", {"email": "s.lambert.work@example.com", "name": "Sophie"}, """
        Visitor: hi, there's a roof tile slipped at the back and when I go in the loft I can see daylight
        Agent (Dev): Thanks, can I take your name and address please?
        Visitor: Sophie Lambert 9 Beckside Mews
        Agent (Dev): Thanks Sophie. Is any water coming in?
        Visitor: a bit of a wet patch on the loft boards after rain, nothing in the bedroom
        Agent (Dev): OK, I've booked the roofer. It's an urgent job so within 7 days.
    """),
     R("C300023", "repairs", None, "roof|tile|loft",
       "Work e-mail not on file, but the name + address single out Sophie in the Lambert/Doyle household -> C300023 "
       "(review acceptable); slipped roof tile -> repairs.", REVOK)),

    (email_in("10-22 13:10", "priya.chauhan@example.com", "Priya Chauhan", "Back gate", """
        Hello

        The wooden gate at the side of my house has rotted at the bottom and the top hinge has pulled out of the post.
        I've tied it with string but it won't stay shut and it's going to come off completely. Can a joiner come?

        Many thanks
        Priya Chauhan, 17 Moorside Crescent
    """),
     R("C300047", "repairs", None, "gate|hinge|joiner",
       "Known e-mail; rotten side gate -> joinery repair.")),

    (call_in("10-22 21:40", "+447700900324", """
        Agent: Fairholme out of hours, this is Mark.
        Caller: Yeah, it's Ryan Doyle, 9 Beckside Mews. All our electric's gone off. Trip switch won't go back up, it just drops straight away. Next door's got power so it's not a power cut.
        Agent: Any burning smell, or anything sparking?
        Caller: No, nothing like that, it's just dead. We've got torches. The fridge freezer's full though.
        Agent: OK, I'll get the emergency electrician to call you within the hour to talk it through and attend.
    """, to=OOH, dur=188),
     R("C300024", "repairs", None, "power|trip|electric",
       "Ryan's own mobile; total loss of power with a tripping RCD, no burning or sparking -> urgent electrical "
       "repair, hazard null (emergency defensible).", EMG)),

    (wa_in("10-23 08:05", "+447700900341", "Natalia", """
        Good morning. The lock on my flat door is broken, the key turns round and round and nothing happens. I can
        close the door but I can not lock it. Yesterday night I put a chair behind. Please send someone today.
        Natalia Flat 15 Calder Court
    """),
     R("C300041", "repairs", None, "lock|door|key",
       "Known mobile (English from a Romanian speaker); front door lock cylinder failed -> urgent repair, hazard null.")),

    (sms_in("10-24 10:31", "+447700900332", """
        Hello, is Zofia flat 5 Foundry walk. Toilet not flush, the button is push but nothing. I use bucket now. Please
        help
    """),
     R("C300032", "repairs", None, "toilet|flush",
       "Known mobile; toilet flush mechanism broken -> plumbing repair.")),

    (wa_in("10-26 15:50", "+447700900356", "Ahmed Farouk", """
        مرحباً، عندي موعد لتصليح الكهرباء يوم الخميس ٢٩ أكتوبر، لكن زوجتي عندها موعد في المستشفى في نفس اليوم ولا
        يوجد أحد في البيت. هل يمكن تغيير الموعد إلى الأسبوع القادم؟ أحمد فاروق، 50 ويفرز رو
    """),
     R("C300056", "repairs", None, "appointment|electric|rebook",
       "Arabic: 'I have an electrical repair appointment on Thursday 29 October but my wife has a hospital appointment "
       "that day and nobody will be home; can it move to next week?' -> rescheduling a repair.")),

    (email_in("10-27 09:15", "vicky.pemberton@example.org", "Victoria Pemberton", "Porch roof still leaking",
              """
        Hi,

        The roofer came on Tuesday and put some new felt on the porch roof, but it rained last night and it's still
        dripping through at the same spot onto the coats. I don't think he did the bit near the wall. Could he come
        back and have another look?

        Thanks
        Vicky
    """, src="ews"),
     R("C300013", "repairs", None, "porch|roof|drip",
       "Known e-mail; recall on a roofing job that hasn't cured the leak, no expressed dissatisfaction -> repairs "
       "(complaint defensible).", {"category": ["complaint"]})),

    (sms_in("10-27 18:44", "+447700900335", """
        The smoke alarm in the hall goes off every time I do toast, its right next to the kitchen door. Can someone
        move it further down? Not taking the battery out dont worry
    """),
     R("C300035", "repairs", None, "smoke alarm|alarm",
       "Known mobile; working smoke alarm sited badly -> repairs, hazard null.")),

    (call_in("10-28 06:55", "+447700900319", """
        [Voicemail] Yeah, morning, it's Gary Naylor, 47 Weavers Row. There's a banging noise from the loft every time anyone runs a tap. Like a hammer. Been going on a week, it's waking the kids up. Can someone ring me back after four? Ta.
    """, dur=29, answered_by=None, voicemail=True),
     R("C300019", "repairs", None, "bang|loft|tap|pipe",
       "Voicemail from a known mobile; water hammer / banging pipes -> plumbing repair.")),

    (email_in("10-29 11:30", "hvarley.ot@leedscommunityhealth.example.org", "Helen Varley (OT)",
              "Adaptation recommendation - Mrs E Dawson, 25 Thornhill Gardens LS12 5EW", """
        Dear Adaptations Team,

        I am an occupational therapist with the community rehabilitation team. I assessed your tenant Mrs Eileen
        Dawson at home on 27 October following her hip replacement. She cannot safely step into the bath and is
        currently managing with a strip wash at the sink.

        I recommend a level-access shower with a fold-down seat and grab rails, and a second stair rail. My full
        report is attached. Mrs Dawson asks that her daughter is present for any visits.

        Regards,
        Helen Varley
        Occupational Therapist
    """),
     R("C300030", "repairs", None, "shower|adapt|rail",
       "OT writing about a named tenant with full address -> C300030 (review acceptable); adaptation recommendation "
       "-> repairs (general acceptable).", {"action": ["review"], "customer_ref": [None], "category": ["general"]})),

    (call_in("10-30 23:12", "+441144960336", """
        Agent: Fairholme out of hours, Mark speaking.
        Caller: Hi, Grace Adeyemi, Flat 2 Foundry Walk. There's water pouring out from under the bath, I think a pipe's burst. It's all over the bathroom floor and it's going under the door into the hall. I can't find the stopcock.
        Agent: It's usually under the kitchen sink in those flats. Can you try there while I stay on?
        Caller: Got it... it's stiff... OK it's off. The water's everywhere though, it's soaking through the hall carpet and the flat below has got a light in the ceiling.
        Agent: Right, I'm sending the emergency plumber now and I'll call the flat below. Don't touch any switches that are wet.
    """, to=OOH, dur=261),
     R("C300036", "repairs", "emergency", "burst|pipe|water|flood",
       "Known landline; burst pipe flooding the flat and spreading below -> emergency.")),

    (sms_in("11-02 07:21", "+447700900317", """
        theres a really strong smell of gas outside by the meter box at the front, can smell it from the path. havent
        touched anything. chloe 30 weavers row
    """),
     R("C300017", "repairs", "emergency", "gas|smell|meter",
       "Known mobile; gas smell at the meter -> emergency.")),

    (wa_in("11-04 21:05", "447700900354", "Abdirahman", """
        Fadlan caawimaad degdeg ah. Musqusha ayaa buux dhaafday, biyo wasakh ah ayaa dhulka ku daadanaya oo u socda
        qolka fadhiga. Waan joojiyay biyaha laakiin weli way soo baxayaan. Caruur ayaa guriga joogta. Flat 3 Foundry Walk
    """),
     R("C300054", "repairs", "emergency", "toilet|sewage|overflow|water",
       "Somali: 'urgent help please: the toilet has overflowed, dirty water is running across the floor into the "
       "living room; I turned the water off but it keeps coming; children are at home' -> sewage flooding, emergency.")),
]

# ============================================================================================
# Damp and mould: condensation, black mould, musty smells, wet walls, peeling paper, mould after
# a leak, surveys, treatments, follow-ups (hazard damp_mould)
# ============================================================================================
ITEMS += [
    (sms_in("10-02 16:48", "+447700900303", """
        the black mould is back behind the kids wardrobe, worse than last time, its gone up the wall and on the back of
        their school jumpers. i bleached it in the summer. can someone come and look properly this time
    """),
     R("C300003", "damp_mould", "damp_mould", "mould|black|wardrobe",
       "Known mobile; recurring black mould in a child's bedroom -> damp_mould hazard.")),

    (email_in("10-03 10:20", "priya.chauhan@example.com", "Priya Chauhan", "Condensation on windows", """
        Hello,

        Since the weather turned, every morning the bedroom windows are running with water - it pools on the sills and
        drips onto the carpet. I'm wiping them down with a towel twice a day. The silicone round the frames has gone
        black and there are little grey spots starting on the ceiling above the window.

        I do open the windows and we don't dry clothes inside. Is there anything you can do, like a fan?

        Priya
    """),
     R("C300047", "damp_mould", "damp_mould", "condensation|mould|window",
       "Known e-mail; heavy condensation with mould starting on frames and ceiling -> damp_mould hazard.")),

    (call_in("10-05 10:12", "+441144960355", """
        Agent: Fairholme Homes, Marie speaking.
        Caller: Hello, Christine Mellor again, 2 Moorside. Different thing today. The back bedroom has got a horrible musty smell, like an old cellar. I went to get my winter coat out of the wardrobe and it smells damp and there's a sort of white bloom on the shoulders.
        Agent: Can you see any marks on the walls?
        Caller: Behind the wardrobe there's a dark patch near the floor, I hadn't moved it in years.
        Agent: I'll book a damp and mould inspection, someone will call you to arrange it.
    """, to=SHEFF, dur=190),
     R("C300055", "damp_mould", "damp_mould", "musty|damp|mould",
       "Known landline; musty smell, mould on clothes and a dark patch behind furniture -> damp_mould hazard.")),

    (tg_in("10-06 08:03", "5120034471", "Agnieszka", """
        Dzień dobry. W łazience na suficie i w rogu nad wanną pojawił się czarny nalot, a farba zaczęła się łuszczyć
        i odpadać płatami. Wentylator chyba działa, ale bardzo słabo. Czy ktoś może przyjść to obejrzeć?
        Agnieszka, mieszkanie 2 Ashgrove Court
    """),
     R("C300006", "damp_mould", "damp_mould", "mould|black|peel",
       "Polish: 'black growth on the bathroom ceiling and in the corner over the bath, the paint is peeling off in "
       "flakes; the fan seems to work but very weakly'. Linked Telegram id -> damp_mould hazard.")),

    (wa_in("10-07 12:15", "447700900325", "Ioana", """
        Bună ziua. Acum trei săptămâni a venit un domn să vadă mucegaiul din dormitorul copiilor și a zis că vine
        cineva să-l trateze în 10 zile. Nu a venit nimeni și nu m-a sunat nimeni. Mucegaiul s-a întins pe tot peretele
        de lângă fereastră. Vă rog să-mi spuneți când vine cineva. Ioana Marin, 12 Beckside Mews
    """),
     R("C300025", "damp_mould", "damp_mould", "mould|treat",
       "Romanian: 'three weeks ago a man came to look at the mould in the children's room and said someone would "
       "treat it within 10 days; nobody came or called; it has spread over the whole wall by the window' -> chasing "
       "treatment, damp_mould hazard (complaint defensible).", {"category": ["complaint"]})),

    (call_out("10-08 09:40", "+447700900307", "Damp and mould team", "completed", dur=187, answered_by="human",
              transcript="""
        Agent: Hi Samuel, it's Ben from the damp and mould team. Following the inspection, we'd like to come and do the mould wash in the bedroom and bathroom and fit a new humidity-controlled fan. Would Monday 19 October work?
        Customer: Monday's good. Is it going to smell? My little one's got asthma.
        Agent: It's a low-odour treatment but we'd suggest keeping the room aired for the afternoon. The fan goes in the same day.
        Customer: OK, book it in.
    """),
     R("C300007", "damp_mould", "damp_mould", "mould|wash|fan|treatment",
       "Outbound call booking mould treatment and a fan at a known number -> damp_mould (hazard null defensible).",
       NOHZ)),

    (visit("10-09 13:30", {"name": "Damp surveyor (K. Oduya)"}, cust("C300043"), "appointment", "attended", """
        Damp survey at 27 Weavers Row. Moisture meter readings high (over 25%) along the rear bedroom external wall up
        to 1m. Black mould behind bed and in window reveal. Borescope shows cavity insulation slumped and wet. Works
        order raised: extract insulation, mould wash, fit PIV unit. Tenant given condensation advice leaflet.
    """),
     R("C300043", "damp_mould", "damp_mould", "survey|moisture|mould|insulation",
       "Damp survey visit finding wet walls and mould -> damp_mould hazard.")),

    (visit("10-12 08:30", {"name": "Mould treatment operative (S. Bell)"}, cust("C300019"), "appointment", "no_access", """
        Booked mould wash and stain block to kitchen and bathroom ceilings. No answer at the door, no reply on the
        mobile. Card left through letterbox asking tenant to rebook.
    """),
     R("C300019", "damp_mould", "damp_mould", "access|card|mould",
       "No-access mould treatment -> recorded; open damp_mould case (hazard null defensible).", NOHZ)),

    (letter("10-12 09:00", {"name": "R. Illingworth"}, """
        15 Beckside Mews
        BD4 7HA

        To Fairholme Homes

        The wallpaper in my front room has come away from the wall under the window and is hanging down. When I
        put my hand on the wall it is wet and cold and there is a green and black furry mark behind where the paper
        was. It smells like a wet dog in there. I have put the electric fire on but it does not dry.

        I would be grateful if someone could come.

        R Illingworth
    """),
     R("C300058", "damp_mould", "damp_mould", "wallpaper|wet|mould",
       "Name + address -> C300058; wet wall with peeling paper and mould -> damp_mould hazard.")),

    (chat("10-13 14:02", {"email": "megan.lister@example.org", "name": "Megan"}, """
        Visitor: hi, last month the flat above had a leak that came through my bathroom ceiling. The plumber fixed it upstairs
        Agent (Priya): Hi Megan, yes I can see that job. Is something still wrong?
        Visitor: the patch where the water came through has gone all black and spotty, and now the corner of the landing ceiling too. it smells musty
        Agent (Priya): That sounds like mould after the leak. I'll raise a damp and mould inspection and ask them to check the ceiling is dry.
    """),
     R("C300044", "damp_mould", "damp_mould", "mould|ceiling|leak",
       "Chat with the customer's e-mail; mould spreading where an earlier leak came through -> damp_mould hazard "
       "(repairs acceptable).", REP)),

    (portal("10-14 19:40", {"customer_ref": "C300017", "email": "chloe.armitage@example.net", "name": "Chloe Armitage"},
            "Report damp or mould", """
        Form: Report damp or mould
        Rooms affected: Bathroom
        Is there visible mould? Yes - across the ceiling and round the top of the shower
        How long? About 2 months
        Anyone in the home with health conditions? No
        Anything else: The extractor fan doesn't come on any more so the steam just sits there.
    """),
     R("C300017", "damp_mould", "damp_mould", "mould|bathroom|extractor|fan",
       "Logged-in portal damp form; bathroom mould with a dead extractor -> damp_mould hazard (repairs acceptable).", REP)),

    (fb_in("10-15 21:10", "fb:100090000312", "Hassan Warsame", """
        Salaan. This is Hassan, Flat 8 Foundry Walk. The wall in my kids room is wet and there is black mould near the
        window and ceiling. My daughter cough at night. Please send someone to check.
    """),
     R("C300033", "damp_mould", "damp_mould", "mould|wet|black",
       "Unlinked Messenger handle but name + flat single out C300033 (review acceptable); damp and mould with a "
       "coughing child -> damp_mould hazard.", REVOK)),

    (sms_in("10-16 17:55", "+447700900331", """
        Mould's come back in the bedroom. The decorator painted over it with the special paint only 2 weeks ago and
        it's already showing through in grey spots. Nathan 31 Thornhill
    """),
     R("C300031", "damp_mould", "damp_mould", "mould|paint",
       "Known mobile; mould returning through new paint -> damp_mould hazard.")),

    (call_in("10-19 12:30", "+441134960314", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hi, it's Karen Whitaker at 23 Hollin Park Road. The baby's room, the outside wall is freezing to touch and there's fuzzy grey mould coming on the wall by the cot and on the curtains. I've moved the cot into our room.
        Agent: Thank you for telling us, Karen. How old is the baby?
        Caller: Four months.
        Agent: I'm flagging that as a priority inspection because there's a baby in the home. Someone will ring you today to book it.
    """, dur=166),
     R("C300004", "damp_mould", "damp_mould", "mould|baby|cot",
       "Shared Whitaker landline but the caller gives her full name -> C300004; mould in an infant's room -> "
       "damp_mould hazard, prioritised but not an emergency hazard.")),

    (wa_in("10-20 10:45", "447700900351", "Yasmin A", """
        Salam. Kitchen ki jo deewar bahar ki taraf hai woh hamesha geeli rehti hai, paint phool gaya hai aur neeche
        kaale nishaan aa gaye hain. Poore ghar mein seelan ki badboo aati hai. Koi check kar sakta hai? 36 Thornhill
    """),
     R("C300051", "damp_mould", "damp_mould", "damp|wet|mould|smell",
       "Roman Urdu: 'the kitchen's outside wall is always wet, the paint has bubbled and black marks have appeared "
       "below; the whole house smells of damp; can someone check?' -> damp_mould hazard.")),

    (wa_in("10-21 09:18", "447700900310", "Hodan", """
        Subax wanaagsan. Qolka jiifka darbigiisa waa qoyan yahay, caarya madow ayaa ka soo baxday geeska iyo
        daaqadda agteeda. Dharka armaajada ku jira ayaa ur leh. Fadlan qof ha iman. Hodan, Flat 12 Ashgrove
    """),
     R("C300010", "damp_mould", "damp_mould", "damp|mould|black",
       "Somali: 'the bedroom wall is damp, black mould has come out in the corner and near the window; the clothes in "
       "the wardrobe smell; please send someone'. Known number -> damp_mould hazard.")),

    (wa_in("10-22 08:10", "+447700900356", "Ahmed Farouk", """
        Hello. Every morning big water on the windows, it run down and make the window sill wet, and now the
        curtains is black at the bottom. I open window but is very cold for the children. What can I do? Ahmed 50
        Weavers Row
    """),
     R("C300056", "damp_mould", "damp_mould", "condensation|window|black|curtain",
       "Known mobile (simple English from an Arabic speaker); condensation with mould on curtains -> damp_mould "
       "hazard.")),

    (email_in("10-23 15:30", "k.shaw.hv@leedscommunityhealth.example.org", "Kirsty Shaw (Health Visitor)",
              "Damp and mould - Lucy Fairweather, 44 Hollin Park Road", """
        Dear Fairholme Homes,

        I am the health visitor for Ms Lucy Fairweather and her 7-month-old son at 44 Hollin Park Road, LS8 3QT.
        Lucy has asked me to contact you on her behalf. On my visit today I saw extensive black mould on the ceiling
        and external wall of the baby's bedroom and the room felt damp. Her son has had two chest infections since
        September.

        Please could this be inspected as a priority? Lucy is happy to be contacted on her mobile.

        Kind regards,
        Kirsty Shaw
        Health Visitor, 0-19 Service
    """),
     R("C300053", "damp_mould", "damp_mould", "mould|baby|chest",
       "Health visitor acting with consent for a named tenant with full address -> C300053 (review acceptable); "
       "mould in an infant's room -> damp_mould hazard.", REVOK)),

    (email_out("10-26 11:00", {"email": "dampandmould@fairholmehomes.example.org", "name": "Fairholme Damp & Mould Team"},
               "daniel.okafor@example.com", "Daniel Okafor", "Your damp and mould case - next steps", """
        Dear Mr Okafor,

        Thank you for letting us into your home for the survey on 20 October. As discussed, the musty smell and the
        mould on the bedroom wall are caused by condensation on a cold external wall.

        We will:
        - deliver a dehumidifier this week, and pay towards the running cost;
        - install a positive input ventilation unit in the loft on Tuesday 3 November;
        - carry out a mould wash and redecorate the bedroom once the unit has been running for two weeks.

        If the mould spreads or anyone's health is affected before then, please call us straight away.

        Kind regards,
        Hannah Clegg
        Damp & Mould Officer
    """),
     R("C300002", "damp_mould", "damp_mould", "dehumidifier|ventilation|mould",
       "One-to-one outbound e-mail setting out damp and mould remedies -> damp_mould (case still open; null hazard "
       "defensible).", NOHZ)),

    (sms_out("10-27 09:05", "+447700900328", """
        Hi Leanne, Fairholme damp & mould team here. Our surveyor Kemi will come on Friday 30 Oct between 1 and 3pm to
        look at the mould in your bedroom. Reply YES to confirm or give us a better day.
    """, sender="Kemi (Damp & Mould)"),
     R("C300028", "damp_mould", "damp_mould", "surveyor|mould",
       "Staff-written one-to-one text booking a mould survey -> damp_mould (null hazard defensible).", NOHZ)),

    (call_in("10-28 13:50", "+447700900891", """
        Agent: Fairholme Homes, Raj speaking.
        Caller: Hi, I'm ringing about mould. It's on my ceiling in the bathroom and it's started in the bedroom as well. I'm in Calder Court.
        Agent: Which flat number is it please, and can I take your name?
        Caller: Becky. Sorry, I'm on my break, my manager's calling me, I'll ring back.
        [Call ended]
    """, dur=58),
     V("damp_mould", "damp_mould", "mould|ceiling",
       "Unknown number, first name only and no flat number (no Rebecca/Becky in Calder Court on file) -> review; mould "
       "report -> damp_mould hazard.")),

    (call_in("10-29 11:15", "+441134960330", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: Hello, this is Eileen Dawson's daughter, I'm at mum's now, 25 Thornhill Gardens. She's asked me to ring. Her bedroom's got black mould all round the window and up the corner and it smells really damp. She's just had her hip done and she's in that room all day.
        Agent: Thank you. I'll book an inspection and make sure we arrange it when you can be there, as it says on her file.
        Caller: Lovely, I'm here Tuesdays and Thursdays.
    """, dur=171),
     R("C300030", "damp_mould", "damp_mould", "mould|black|bedroom",
       "Daughter calling from the tenant's own landline on her behalf -> C300030; black mould in the bedroom of a "
       "recovering older tenant -> damp_mould hazard.")),

    (tg_in("11-02 18:30", "8912345670", "Connor", """
        Bit weird one. There's white fluffy stuff growing along the bottom of the skirting in the back bedroom and
        what looks like a little mushroom coming out between the carpet and the wall. Carpet feels damp there.
        33 Moorside Cres
    """),
     R("C300048", "damp_mould", "damp_mould", "fung|mushroom|damp|skirting",
       "Linked Telegram id; fungal growth from damp skirting and carpet -> damp_mould hazard (repairs acceptable for "
       "possible timber decay).", REP)),

    (email_in("11-05 08:22", "owen.pritchard@example.com", "Owen Pritchard", "Damp on the end wall", """
        Hello,

        There's a damp patch on the end wall of my living room (the gable end) that has doubled in size since
        September. When it rains hard it goes darker and the plaster at the bottom is soft and crumbling onto the
        skirting. There's now a bit of black mould in the corner.

        Owen, Flat 10 Calder Court
    """, src="ews"),
     R("C300040", "damp_mould", "damp_mould", "damp|plaster|mould",
       "Known e-mail; penetrating damp on a gable wall with crumbling plaster and mould -> damp_mould hazard (repairs "
       "acceptable).", REP)),

    (wa_in("11-06 16:25", "447700900312", "Tariq", """
        Sat sri akal ji. Saade bathroom di chhat te kaali ulli lag gayi hai te hun bachian de kamre vich vi kandh te
        dhabbe aa gaye ne. Boo vi bahut aandi hai. Kise nu bhejo ji. Tariq, 8 Moorside Crescent
    """),
     R("C300012", "damp_mould", "damp_mould", "mould|black|smell",
       "Punjabi (Roman script): 'black mould has come on our bathroom ceiling and now there are patches on the wall in "
       "the children's room too; it smells a lot; please send someone'. Tariq's own mobile -> damp_mould hazard.")),
]

# ============================================================================================
# Rent and income: payments, arrears plans, direct debits, UC / housing benefit, statements,
# service charges, increases, refunds, payment cards, hardship, garage rent
# ============================================================================================
ITEMS += [
    (sms_in("10-01 13:05", "+447700900307", """
        Paid £250 off the rent today by bank transfer, used my tenancy number as the reference. Can you confirm it's
        gone on please. Sam O
    """),
     R("C300007", "rent", None, "paid|payment|rent",
       "Known mobile; confirming a rent payment -> rent.")),

    (call_in("10-02 15:20", "+447700900319", """
        Agent: Fairholme Homes, income team, Jade speaking.
        Caller: Hiya, Gary Naylor, 47 Weavers Row. I've had my hours cut at the warehouse, I'm on three days now. I'm going to fall behind on the rent, I know I am. I'd rather sort something now than get one of them letters.
        Agent: Thanks for ringing early, Gary. Your account's £112 behind at the moment. What could you manage on top of the rent?
        Caller: A tenner a week, maybe.
        Agent: OK, I've set up £10 a week extra from Monday, and I'll send you a link for a benefits check in case you can top up with Universal Credit.
    """, dur=318),
     R("C300019", "rent", None, "arrears|rent|£10|hours",
       "Known mobile; reduced hours, arrears payment plan agreed -> rent.")),

    (email_in("10-02 18:40", "vicky.pemberton@example.org", "Victoria Pemberton", "Direct debit date", """
        Hi,

        My rent direct debit currently comes out on the 1st of the month but I've changed jobs and now get paid on the
        15th. Could you move the collection date to the 16th from November? I don't want it bouncing.

        Thanks,
        Victoria Pemberton
        14 Moorside Crescent
    """, to=RENT_BOX),
     R("C300013", "rent", None, "direct debit|date",
       "Known e-mail; moving the rent direct debit date -> rent.")),

    (wa_in("10-03 11:30", "447700900333", "Hassan", """
        Asc. Kaarka aan kirada ku bixiyo waan lumiyay, maanta dukaanka ma bixin karo. Fadlan kaar cusub ii soo dira.
        Hassan Warsame, Flat 8 Foundry Walk
    """),
     R("C300033", "rent", None, "card|rent|pay",
       "Somali: 'I've lost the card I pay the rent with, I can't pay at the shop today; please send me a new card'. "
       "Known number -> rent.")),

    (chat("10-05 12:55", {"email": "leanne.firth@example.net", "name": "Leanne"}, """
        Visitor: my UC has stopped paying my rent bit
        Agent (Priya): Hi Leanne, let me look. Did anything change on your claim recently?
        Visitor: my partner moved out in august and i told them but i think i didnt put it on the journal right. now it says i owe you £340
        Agent (Priya): Your account does show £341.60 in arrears since the housing element stopped. If you update the change of circumstances on your journal today, I'll put a 4-week hold on recovery and send the UC verification from our side.
        Visitor: ok thank you i'll do it now
    """),
     R("C300028", "rent", None, "universal credit|uc|housing element|arrears",
       "Chat with the customer's e-mail; UC housing element stopped after a change of circumstances -> rent.")),

    (letter("10-05 09:00", {"name": "Mr H. Birkett"}, """
        3 Thornhill Gardens
        Leeds
        LS12 5EW

        Dear Sirs,

        I have received your letter about the rent going up from April. The print is very small and I cannot make
        out how much I will be paying each week. Could you please tell me the new amount in large print, and whether
        my pension credit will cover the difference?

        Yours faithfully,
        H. Birkett
    """),
     R("C300045", "rent", None, "rent|increase|large print",
       "Initial + surname + address -> C300045; rent increase letter explained in large print -> rent (general "
       "acceptable).", GEN)),

    (portal("10-06 09:12", {"customer_ref": "C300060", "email": "marcus.bell@example.com", "name": "Marcus Bell"},
            "Request a rent statement", """
        Form: Request a rent statement
        Period: 1 October 2025 to date
        Format: PDF by email
        Reason: I need to show 12 months of rent payments for my housing benefit appeal.
    """),
     R("C300060", "rent", None, "statement|rent",
       "Logged-in portal form; rent statement for a benefit appeal -> rent.")),

    (call_out("10-06 14:30", "+447700900331", "Income team", "completed", dur=241, answered_by="human", transcript="""
        Agent: Hi Nathan, it's Jade from the income team at Fairholme. I'm ringing because the £15 a week we agreed in September hasn't come in for the last three weeks.
        Customer: Yeah, sorry. The van broke down and I had to pay for that.
        Agent: I understand. Can we look at what's realistic now? I don't want this going to a notice.
        Customer: Could we do £8 until Christmas and then go back to £15?
        Agent: OK, I'll put that in writing for you today.
    """),
     R("C300031", "rent", None, "arrears|payment|£8",
       "Outbound income call to a known mobile revising a broken arrears arrangement -> rent.")),

    (visit("10-07 11:10", cust("C300035"), SHEFFIELD_OFFICE, "walk_in", "attended", """
        Mr Sykes came to reception - his rent payment card has worn out and won't scan at the Post Office. New
        payment card ordered, temporary payment reference given on a slip so he can pay this week's rent today.
    """, direction="inbound"),
     R("C300035", "rent", None, "payment card|card|rent",
       "Walk-in by a known customer to replace a worn rent payment card -> rent.")),

    (email_in("10-07 16:15", "paul.greenwood@example.com", "Paul Greenwood", "Service charge - why has it doubled?", """
        Hello,

        My service charge statement for Beckside Mews shows the communal cleaning charge going from £2.10 a week to
        £4.35 a week. As far as I can tell nothing has changed - the cleaner still comes once a fortnight. Could
        someone explain the breakdown and how the new figure was worked out?

        Regards,
        Paul Greenwood
        2 Beckside Mews
    """, to=RENT_BOX),
     R("C300026", "rent", None, "service charge|cleaning",
       "Known e-mail; query about a service charge increase -> rent (estate or complaint defensible).",
       {"category": ["estate", "complaint"]})),

    (sms_in("10-08 20:02", "+447700900344", """
        Hi I got a statement saying my rent account is £312 in credit, I think its from when UC paid twice in the
        summer. Can I have that back? I'm struggling a bit this month. Megan 4 Beckside
    """),
     R("C300044", "rent", None, "credit|refund|£312",
       "Known mobile; rent account credit refund request -> rent.")),

    (tg_in("10-09 10:40", "7781200943", "Stuart", """
        Morning, I rent garage 6 behind Calder Court as well as the flat. At the moment I pay the garage by card every
        month and the flat by DD. Can you add the garage onto the direct debit so it all comes out together?
    """),
     R("C300021", "rent", None, "garage|direct debit|rent",
       "Linked Telegram id; garage rent added to the rent direct debit -> rent (estate acceptable).", EST)),

    (wa_in("10-09 14:45", "+447700900352", "Bogdan", """
        Bună ziua. Am primit o scrisoare de la consiliu care spune că ajutorul pentru locuință (housing benefit) s-a
        oprit din 28 septembrie pentru că nu am trimis fluturașii de salariu. Eu i-am trimis. Acum am datorie la
        chirie? Ce trebuie să fac? Bogdan Ionescu, 19 Beckside Mews
    """),
     R("C300052", "rent", None, "housing benefit|rent|arrears",
       "Romanian: 'I got a letter from the council saying housing benefit stopped from 28 September because I didn't "
       "send payslips; I did send them; do I now owe rent? what should I do?' -> rent.")),

    (wa_in("10-12 08:35", "447700900332", "Zofia", """
        Dzień dobry, czy mogę płacić czynsz co dwa tygodnie zamiast co miesiąc? Dostaję wypłatę co dwa tygodnie i
        łatwiej mi tak planować. Zofia Kamińska, mieszkanie 5
    """),
     R("C300032", "rent", None, "rent|fortnight|pay",
       "Polish: 'can I pay the rent every two weeks instead of monthly? I'm paid fortnightly and it's easier to plan'. "
       "Known number -> rent.")),

    (wa_in("10-12 19:20", "447700900318", "Mohammed", """
        السلام عليكم. دفعت الإيجار مرتين هذا الشهر بالخطأ، مرة من البنك ومرة بالبطاقة في مكتب البريد. أرجو إرجاع
        المبلغ الزائد إلى حسابي. محمد الرشيد، 41 ويفرز رو
    """),
     R("C300018", "rent", None, "rent|twice|refund",
       "Arabic: 'I paid the rent twice this month by mistake, once from the bank and once by card at the Post Office; "
       "please refund the extra to my account' -> rent.")),

    (wa_in("10-13 13:10", "447700900309", "Imran", """
        Hi, there's a charge of £40 on my rent account from 2 October that says 'rechargeable repair'. What is it for?
        I didn't ask for anything. Imran flat 9
    """),
     R("C300009", "rent", None, "charge|rechargeable|account",
       "Known number; unexplained recharge on the rent account -> rent (repairs or complaint defensible).",
       {"category": ["repairs", "complaint"]})),

    (call_in("10-13 16:45", "+441134960314", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hi, just a quick one, what's the rent at 23 Hollin Park Road now? Is it still the same as last year?
        Agent: I can help with that, who am I speaking to?
        Caller: Oh, hang on, someone's at the door, I'll ring back.
        [Call ended]
    """, dur=41),
     V("rent", None, "rent",
       "Whitaker household landline (C300004/C300005) and no name given -> review; rent amount question -> rent.")),

    (email_in("10-14 09:30", "jsmith1962@example.net", "J Smith", "Balance", """
        Hi can you tell me what the balance is on my rent account please and whether I'm up to date. Thanks J Smith
    """, to=RENT_BOX),
     V("rent", None, "balance|rent",
       "Unknown e-mail; 'J Smith' fits both John Smiths (C300015, C300046) and no address is given -> review.")),

    (email_in("10-14 11:45", "moneyadvice.rfoster@citizensadvice-leeds.example.org", "Rachel Foster (Citizens Advice)",
              "Hardship fund application - Mr J Rowntree, Flat 16 Ashgrove Court", """
        Dear Income Team,

        I am a money adviser at Citizens Advice and I am helping your tenant Mr Jamie Rowntree, Flat 16 Ashgrove
        Court, LS6 2JD, who has signed our authority form (attached).

        Jamie was off sick for six weeks without sick pay and his rent account is now £420 in arrears. We have
        applied for a Discretionary Housing Payment and I would like to apply to your tenant hardship fund as well.
        Please could you send the form and hold any recovery action while the applications are considered?

        Kind regards,
        Rachel Foster
        Money Adviser
    """, to=RENT_BOX),
     R("C300050", "rent", None, "hardship|arrears|discretionary",
       "Money adviser acting with authority for a named tenant with full address -> C300050 (review acceptable); "
       "hardship fund and arrears -> rent.", REVOK)),

    (sms_in("10-15 09:58", "+447700900339", """
        Hello it is Shirley 52 Hollin Park. I got letter I owe £96 rent. I want to pay £10 a week extra. Please TEXT me
        to agree, I cannot do phone calls, I am Deaf.
    """),
     R("C300039", "rent", None, "rent|£10|owe",
       "Known mobile; arrears arrangement offered by text, Deaf tenant -> rent (communication need noted).")),

    (call_in("10-15 19:30", "+447700900324", """
        [Voicemail] Hi, it's Ryan Doyle, 9 Beckside Mews. I've got a letter saying we're in arrears and it mentions court. I didn't know we were behind, I thought the UC was paying it. Can somebody ring me back tomorrow please, I'm on 07700 900324. Cheers.
    """, dur=34, answered_by=None, voicemail=True),
     R("C300024", "rent", None, "arrears|letter|court",
       "Voicemail from Ryan's own mobile about an arrears letter -> rent.")),

    (email_out("10-16 10:20", RENT_BOX, "natalia.rusu@example.org", "Natalia Rusu", "Your rent payment plan", """
        Dear Natalia,

        Thank you for speaking with me today with the interpreter. This is what we agreed:

        - your rent is £97.40 a week and is paid by Universal Credit straight to us;
        - you will pay £5 a week extra towards the £185 you owe, starting Monday 19 October;
        - you can pay at the Post Office with your payment card, or online.

        If anything changes with your Universal Credit, please tell us as soon as you can. I have attached a copy of
        this letter in Romanian.

        Kind regards,
        Sunil Mistry
        Income Officer
    """),
     R("C300041", "rent", None, "payment plan|arrears|£5",
       "One-to-one outbound e-mail confirming an arrears arrangement -> rent.")),

    (letter("10-19 09:00", {"name": "Fairholme Income Team"}, """
        Mr R Illingworth
        15 Beckside Mews
        Bradford BD4 7HA

        Dear Mr Illingworth,

        Your rent account

        Your rent account is £268.50 in arrears. We have written to you twice and tried to call. We would like to help
        you before this becomes more serious. Please come to see me at the Bradford office on Tuesday 27 October at
        10am, or call me on 01632 960000 to arrange another time or a home visit.

        Yours sincerely,
        Amir Rafiq
        Income Officer
    """, to=cust("C300058"), direction="outbound"),
     R("C300058", "rent", None, "arrears|appointment|rent",
       "One-to-one outbound letter inviting the tenant to an arrears interview -> rent.")),

    (call_in("10-20 12:05", "+447700900346", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: Hi, John Smith, Flat 14 Calder Court. I pay my rent by standing order but my bank's merged with another one and they want your account details again. Sort code and account number?
        Agent: No problem, I'll text them to this number so you've got them in writing. Make sure you use your rent reference so it goes on the right account.
        Caller: Smashing.
    """, dur=97),
     R("C300046", "rent", None, "standing order|bank|account",
       "Known mobile of the Calder Court John Smith; bank details for a rent standing order -> rent.")),

    (chat("10-20 20:40", {"email": "kwame.mensah@example.com", "name": "Kwame"}, """
        Visitor: My direct debit failed this month because I switched banks. Can I just pay this month by card online?
        Agent (Sunita): Hi Kwame, yes you can pay online with your rent reference. Would you like me to send a new direct debit form for the new bank?
        Visitor: Yes please, to this email
        Agent (Sunita): Done, it's on its way.
    """),
     R("C300029", "rent", None, "direct debit|pay|card",
       "Chat with the customer's e-mail; failed direct debit after a bank switch -> rent.")),

    (sms_in("10-21 07:48", "+447700900303", """
        can i pay 5 quid less this wk, had to get the kids new school shoes. will put it back on nxt wk promise. kelly
    """),
     R("C300003", "rent", None, "pay|rent|less",
       "Known mobile; short-term reduced rent payment request -> rent.")),

    (call_in("10-21 10:20", "+441144960322", """
        Agent: Fairholme Homes, Marie speaking.
        Caller: Hello, this is Amina Hussain from 8 Moorside Crescent. Since my eldest left for university the council says we have a spare room and my housing benefit has gone down. Someone said I can ask for extra help?
        Agent: Yes, that's a Discretionary Housing Payment from the council. I'll email you the link and our money advice team can help you fill it in.
        Caller: Thank you, that would help.
    """, to=SHEFF, dur=176),
     R("C300011", "rent", None, "discretionary|housing benefit|spare room",
       "Shared Hussain landline but the caller names herself -> C300011; DHP for the spare-room reduction -> rent.")),

    (portal("10-22 17:10", {"customer_ref": "C300025", "email": "ioana.marin@example.net", "name": "Ioana Marin"},
            "Ask about my account", """
        Form: Ask about my account
        Topic: Service charges
        Message: On my statement there is a new charge "communal heating and lighting" £3.20 per week. In Beckside Mews
        we have no communal heating, only the light over the bin store. Please send me a breakdown of this charge.
    """),
     R("C300025", "rent", None, "service charge|charge|breakdown",
       "Logged-in portal form; service charge breakdown -> rent (estate acceptable).", EST)),

    (email_in("10-23 08:15", "owen.pritchard@example.com", "Owen Pritchard", "Rent statement query", """
        Hi,

        On my latest rent statement there's a £60 "court costs" entry from August that I don't understand - I've never
        been to court. Could you explain it or take it off?

        While I'm writing - the black mould in the bathroom is back round the window again, it's been creeping back
        for about a month.

        Owen
    """, to=RENT_BOX),
     R("C300040", "rent", "damp_mould", "statement|court costs",
       "Known e-mail; main ask is a rent statement query, but live mould is mentioned in passing -> rent with hazard "
       "damp_mould (damp_mould category and null hazard acceptable).",
       {"category": ["damp_mould"], "hazard": [None]})),

    (fb_in("10-24 15:30", "fb:100090000313", "Connor W", """
        Your website payment page keeps crashing when I put my card details in, tried 3 times. Trying to pay rent for
        33 Moorside Crescent. Connor Walsh. Don't want it showing as late.
    """),
     R("C300048", "rent", None, "pay|website|rent",
       "Unlinked Messenger handle but full name + address single out C300048 (review acceptable); rent payment "
       "problem -> rent.", REVOK)),

    (visit("10-26 14:00", {"name": "Tenancy sustainment officer (R. Ahmed)"}, cust("C300017"), "appointment", "attended",
           """
        Home visit to go through rent arrears and benefits. Helped Ms Armitage update her UC claim with her new
        childcare costs and apply for Council Tax Support. Arrears £214. Agreed £6 a week from UC via APA request.
        Referred to the food bank.
    """),
     R("C300017", "rent", None, "arrears|universal credit|uc|benefit",
       "Tenancy sustainment home visit on arrears and benefits -> rent.")),

    (sms_in("10-27 08:30", "+447700900315", """
        Morning, John Smith 22 Weavers Row. Going to my daughters in Spain for 3 weeks, want to check my rent is all
        paid up before I go. Thanks
    """),
     R("C300015", "rent", None, "rent|paid",
       "Known mobile of the Weavers Row John Smith (not C300046); checking the rent balance -> rent.")),

    (email_in("10-28 21:20", "beth.cole@example.com", "Bethany Cole", "Rent increase - direct debit amount", """
        Hi,

        Your letter said my rent would go up to £102.45 a week but my direct debit is still taking the old amount,
        £98.10. Will it change automatically or do I need to do something? I don't want to end up in arrears by
        accident.

        Beth
        Flat 3 Calder Court
    """),
     R("C300020", "rent", None, "rent|increase|direct debit",
       "Known e-mail; rent increase versus direct debit amount -> rent.")),

    (call_in("11-03 10:40", "+441144960355", """
        Agent: Fairholme Homes, Marie speaking.
        Caller: It's Christine Mellor. I'm 66 now and I've just retired. I'm on Universal Credit for my rent at the moment. Somebody at the Jobcentre said I should be on housing benefit now instead. Is that right?
        Agent: When you reach pension age you usually move to Pension Credit and Housing Benefit. I'll get our money advice officer to ring you this week and help with the claims so your rent doesn't get interrupted.
        Caller: Oh, thank you, I didn't know where to start.
    """, to=SHEFF, dur=214),
     R("C300055", "rent", None, "housing benefit|pension|universal credit",
       "Known landline; moving from UC to pension-age housing benefit -> rent.")),

    (wa_in("11-05 09:10", "447700900347", "Priya", """
        Sat sri akal ji. Main Priya Chauhan, 17 Moorside Crescent. Meri tankhah hun har hafte aandi hai, mahine de
        hisaab naal nahi. Ki main apna kiraaya har hafte de sakdi haan? Direct debit hafte vaali kar sakde ho?
    """),
     R("C300047", "rent", None, "rent|weekly|direct debit",
       "Punjabi (Roman script): 'my pay now comes weekly, not monthly; can I pay my rent every week? can you make the "
       "direct debit weekly?' Known number -> rent.")),
]

# ============================================================================================
# Tenancy management: succession, joint/sole, household changes, lodgers, pets, permissions,
# ending a tenancy, keys, mutual exchange, audits, abandonment, absence, proof of tenancy
# ============================================================================================
ITEMS += [
    (email_in("10-01 20:30", "daniel.okafor@example.com", "Daniel Okafor", "Adding my fiancée to the tenancy", """
        Hi,

        My fiancée Chidinma moved in with me in the summer and we're getting married in the spring. Could she be
        added to the tenancy as a joint tenant? What do you need from us - ID, proof she lives here?

        Thanks,
        Dan Okafor
        11 Hollin Park Road
    """, to=TENANCY_BOX),
     R("C300002", "tenancy", None, "joint|tenancy|fianc",
       "Known e-mail; request to create a joint tenancy -> tenancy.")),

    (call_in("11-12 11:50", "+447700900820", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hello. I'm ringing about my mum, Joyce Ramsden, Flat 1 Calder Court. She passed away on Tuesday night.
        Agent: I'm so sorry for your loss.
        Caller: Thank you. I've lived with her there for the last eleven years, since my divorce. I want to know if I can stay. Can the tenancy go to me?
        Agent: I'll pass this to the tenancy team, they'll talk you through succession and what we'll need from you. Can I take your name and number?
        Caller: Alan Ramsden, this is my mobile.
    """, dur=248),
     V("tenancy", None, "succession|passed away|tenancy",
       "Son calling from an unknown number about his late mother's tenancy; the tenant cannot be contacted -> review "
       "(record against C300022 defensible); succession request -> tenancy.",
       {"action": ["record"], "customer_ref": ["C300022"]})),

    (sms_in("10-05 17:12", "+447700900353", """
        Hi, my neighbour is rehoming her cat (shes moving in with her mum who is allergic). Am I allowed a cat in the
        house? Its neutered and an indoor cat. Lucy 44 Hollin Pk
    """),
     R("C300053", "tenancy", None, "cat|pet|allowed",
       "Known mobile; pet permission -> tenancy.")),

    (wa_in("10-06 10:10", "447700900311", "Amina", """
        Assalam o alaikum. Meri saas Pakistan se aa rahi hain agle mahine, ab woh hamesha hamare saath rahengi. Kya
        aapko batana zaroori hai ya koi form bharna hai? Amina Hussain, 8 Moorside Crescent
    """),
     R("C300011", "tenancy", None, "household|mother-in-law|living",
       "Roman Urdu: 'my mother-in-law is coming from Pakistan next month and will live with us permanently; do we need "
       "to tell you or fill in a form?' Amina's own mobile -> household change, tenancy.")),

    (email_in("10-07 21:05", "rebecca.thornton@example.org", "Rebecca Thornton", "Taking in a lodger", """
        Hello,

        I've got a spare room in my flat and I'm thinking of taking in a lodger to help with bills - a friend from
        work who'd pay me rent. Am I allowed to do this under my tenancy, and do I need your permission first?
        Would it affect my housing benefit?

        Thanks,
        Rebecca Thornton
        Flat 11 Foundry Walk
    """, to=TENANCY_BOX),
     R("C300034", "tenancy", None, "lodger|permission",
       "Known e-mail; permission for a lodger -> tenancy (rent aspects incidental).")),

    (letter("10-08 09:00", {"name": "Keith Barraclough"}, """
        6 Weavers Row
        Bradford
        BD3 9PL

        Dear Sir/Madam,

        Please accept this letter as four weeks' notice to end my tenancy of 6 Weavers Row. I am going to live with
        my daughter in Harrogate. My last day will be Monday 9 November and I will return the keys to the Bradford
        office that morning.

        Please let me know if you need to come and look at the house before I go, and where to send any letters.

        Yours faithfully,
        K. Barraclough
    """),
     R("C300042", "tenancy", None, "notice|end|keys",
       "Name + address -> C300042; written notice to end the tenancy -> tenancy.")),

    (call_in("10-08 16:40", "+447700900305", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: Hi. Darren Whitaker, 23 Hollin Park Road. Me and Karen have split up. I've moved out to my brother's. I want my name taking off the tenancy so I'm not liable for anything, she's keeping the house with the kids.
        Agent: OK, Darren. Ending one joint tenant's interest needs some paperwork from both of you. I'll ask the tenancy officer to contact you both separately.
        Caller: Separately would be best, yeah.
    """, dur=205),
     R("C300005", "tenancy", None, "joint|tenancy|split|name",
       "Darren's own mobile; leaving a joint tenancy after a separation -> tenancy.")),

    (portal("10-09 18:25", {"customer_ref": "C300047", "email": "priya.chauhan@example.com", "name": "Priya Chauhan"},
            "Ask permission for home improvements", """
        Form: Permission for alterations
        What would you like to do? Replace the kitchen units and worktop at my own cost
        Who will do the work? Local kitchen fitter (Gas Safe engineer for the hob)
        Details: The current kitchen is 1990s and I'd rather not wait for your programme. I'd keep the same layout.
    """),
     R("C300047", "tenancy", None, "permission|kitchen|alteration",
       "Logged-in portal form; permission for a tenant-funded alteration -> tenancy (repairs acceptable).", REP)),

    (tg_in("10-10 12:00", "5301177720", "Tomasz", """
        Cześć, znalazłem na HomeSwapper rodzinę z Sheffield, też lokatorzy Fairholme, którzy chcą się zamienić z nami
        mieszkaniem. Co teraz musimy zrobić? Czy jest jakiś formularz do zamiany? Tomasz Nowak, 40 Hollin Park Road
    """),
     R("C300038", "tenancy", None, "exchange|swap|homeswapper",
       "Polish: 'I found a family in Sheffield on HomeSwapper, also Fairholme tenants, who want to swap with us; what "
       "do we do now? is there a form?' Linked Telegram id -> mutual exchange, tenancy.")),

    (visit("10-12 10:30", {"name": "Housing officer (S. Rahman)"}, cust("C300050"), "door_knock", "no_access", """
        Tenancy audit visit (second attempt). No answer. Post visible on the hall floor through the letterbox,
        curtains open. Neighbour in Flat 15 says she saw Mr Rowntree last weekend. Audit card left asking him to
        ring to book.
    """),
     R("C300050", "tenancy", None, "audit|card|access",
       "No-access tenancy audit -> recorded, tenancy.")),

    (visit("10-13 14:15", {"name": "Housing officer (J. Cartwright)"}, cust("C300043"), "door_knock", "attended", """
        Tenancy audit completed. Photo ID seen for Ms Mohamud and her two adult children. Household details updated
        (son now working, daughter at college). Property in good condition. Asked about contact preferences - happy
        with WhatsApp.
    """),
     R("C300043", "tenancy", None, "audit|household|id",
       "Tenancy audit visit -> tenancy.")),

    (email_out("10-14 15:30", TENANCY_BOX, "owen.pritchard@example.com", "Owen Pritchard",
               "Permission to lay laminate flooring - Flat 10 Calder Court", """
        Dear Mr Pritchard,

        Thank you for your request to lay laminate flooring in the living room and bedroom of your flat.

        We are happy to give permission on these conditions:
        - you use an acoustic underlay of at least 5mm, so the flat below isn't disturbed by noise;
        - you leave access to the stopcock and meter cupboards;
        - you are responsible for the flooring and may need to lift it if we have to do repairs.

        Please keep this e-mail as your written permission.

        Kind regards,
        Tenancy Services
    """),
     R("C300040", "tenancy", None, "permission|laminate|flooring",
       "One-to-one outbound e-mail granting permission for an alteration -> tenancy.")),

    (call_in("10-14 10:10", "+447700900320", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hi, it's Bethany Cole, Flat 3 Calder Court. I don't want to be nosy but Flat 5 across the landing... nobody's lived there for months. There's a pile of post behind the door, the electric meter light's been off, and a man comes once a month, picks up the post and goes. I think the tenant's moved abroad.
        Agent: Thank you, that's useful. I'll pass it to the housing officer to look into as a possible abandoned or sublet flat.
    """, dur=172),
     R("C300020", "tenancy", None, "abandon|empty|flat 5|post",
       "Known mobile; report of a possibly abandoned or sublet flat -> tenancy.")),

    (call_out("11-17 11:20", "+447700900315", "Housing officer", "completed", dur=38, answered_by="machine_end_beep",
              voicemail=True, transcript="""
        Hello Mr Smith, it's Sam Rahman, your housing officer at Fairholme. Your neighbours tell us nobody has seen
        you at 22 Weavers Row for about three weeks and the post is piling up. I just need to know you're alright
        and still living there - please ring me on 0113 496 0000 when you get this. If we can't make contact we have
        to follow our abandonment procedure. Thanks.
    """),
     R("C300015", "tenancy", None, "voicemail|abandon|occup|living",
       "Voicemail to the Weavers Row John Smith's own mobile as part of an occupancy / abandonment check -> tenancy.")),

    (email_in("10-16 16:50", "paul.greenwood@example.com", "Paul Greenwood", "Keys - leaving on Monday", """
        Hi,

        Following my notice, I'm moving out of 2 Beckside Mews this weekend. Where should I drop the keys on Monday -
        Bradford office or through a letterbox somewhere? There are three front door keys and two for the back, plus
        the shed key. Meter readings attached.

        Paul
    """, to=TENANCY_BOX),
     R("C300026", "tenancy", None, "keys|moving out|notice",
       "Known e-mail; key return at the end of a tenancy -> tenancy.")),

    (call_in("10-19 09:25", "+447700900348", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hi, Connor Walsh, 33 Moorside Crescent. My tenancy agreement says one parking permit per household. My girlfriend moved in last month and she's got her own car for work. Can we have a second permit or does it have to be one?
        Agent: The estate's got a waiting list for second permits. I'll add her to the household record first, then put you on the list.
        Caller: Cheers.
    """, to=SHEFF, dur=144),
     R("C300048", "tenancy", None, "permit|parking|household",
       "Known mobile; second parking permit tied to the tenancy conditions and a new household member -> tenancy "
       "(estate acceptable, as parking permits are elsewhere).", EST)),

    (tg_in("10-20 13:45", "6230118845", "Andrei", """
        Bună ziua, am nevoie de o scrisoare de la voi care să confirme că locuiesc la 21 Moorside Crescent și că sunt
        chiriașul vostru, pentru bancă. Se poate trimite pe email? Mulțumesc, Andrei Popescu
    """),
     R("C300014", "tenancy", None, "letter|tenant|proof|confirm",
       "Romanian: 'I need a letter from you confirming I live at 21 Moorside Crescent and am your tenant, for the bank; "
       "can it be e-mailed?' Linked Telegram id -> proof of tenancy (general acceptable).", GEN)),

    (wa_in("10-21 11:55", "+447700900356", "Ahmed Farouk", """
        السلام عليكم. أنا أحمد فاروق، 50 ويفرز رو. زوجتي تعيش معي منذ بداية العقد وتريد أن يكون اسمها في عقد الإيجار
        معي. ما هي الأوراق المطلوبة؟ شكراً
    """),
     R("C300056", "tenancy", None, "joint|wife|tenancy",
       "Arabic: 'my wife has lived with me since the start of the tenancy and wants her name on the tenancy with me; "
       "what papers are needed?' Known number -> joint tenancy, tenancy.")),

    (wa_in("10-22 19:05", "447700900354", "Abdirahman", """
        Salaan. Walaalkay oo ila degganaa wuxuu u guuray Birmingham bishii hore. Fadlan magaciisa ka saar liiska
        dadka guriga deggan. Abdirahman Yusuf, Flat 3 Foundry Walk
    """),
     R("C300054", "tenancy", None, "household|brother|moved",
       "Somali: 'my brother who lived with me moved to Birmingham last month; please take his name off the list of "
       "people living in the home'. Known number -> household change, tenancy.")),

    (email_in("10-23 12:00", "jmorris@morrisfamilylaw.example.com", "J. Morris, Morris Family Law",
              "Ms S Lambert - 9 Beckside Mews - joint tenancy", """
        Dear Sirs,

        We act for Ms Sophie Lambert of 9 Beckside Mews, Bradford BD4 7HA, who holds a joint tenancy with Mr Ryan
        Doyle. The parties have separated and are in divorce proceedings. Our client wishes to remain in the property
        with the children and seeks a transfer of the tenancy into her sole name.

        Please confirm your policy on assignment on relationship breakdown and whether you would consent to a
        transfer by court order. Our client's signed authority is enclosed.

        Yours faithfully,
        Morris Family Law
    """),
     R("C300023", "tenancy", None, "joint|sole|tenancy",
       "Solicitor acting with authority for a named tenant with full address (the other joint tenant is named as the "
       "other party) -> C300023 (review acceptable); transfer of a joint tenancy into one name -> tenancy.", REVOK)),

    (call_in("11-13 15:10", "+447700900821", """
        Agent: Fairholme Homes, Raj speaking.
        Caller: Hi, I'm a mate of Gary Naylor, 47 Weavers Row. He's been sent down for six months, he got sentenced yesterday. He's worried he'll lose the house. Who pays the rent while he's in, and can I keep an eye on the place?
        Agent: I can't discuss his account without his consent, but I'll make a note and ask his housing officer to write to him. Housing benefit can sometimes carry on for short sentences.
        Caller: I'll tell him to write to you.
    """, dur=162),
     V("tenancy", None, "prison|tenancy|sentence",
       "Friend of a tenant in custody calling from an unknown number, no consent -> review (record against C300019 "
       "defensible); tenancy sustainment while in prison -> tenancy (rent acceptable).",
       {"action": ["record"], "customer_ref": ["C300019"], "category": ["rent"]})),

    (visit("10-26 11:30", cust("C300037"), LEEDS_OFFICE, "walk_in", "attended", """
        Mrs Nowak came to the Leeds office with a neighbour interpreting (Polish). Her son Tomasz is moving to his
        own flat in Sheffield at the end of November. She wants him taken off the household and asked whether she
        can stay in the 3-bed on her own. Explained under-occupation and options; household change form completed.
    """, direction="inbound"),
     R("C300037", "tenancy", None, "household|son|moving",
       "Walk-in by a named customer; household change as her son moves out (under-occupation discussed) -> tenancy "
       "(lettings acceptable).", {"category": ["lettings"]})),

    (sms_in("10-27 12:40", "+447700900328", """
        Am I allowed to put one of them ring doorbells with a camera on my front door? Its battery so no drilling into
        the wall, just the frame. Leanne 10 Thornhill
    """),
     R("C300028", "tenancy", None, "doorbell|camera|allowed",
       "Known mobile; permission for a minor alteration -> tenancy (repairs acceptable).", REP)),

    (email_in("10-28 07:45", "marcus.bell@example.com", "Marcus Bell", "Working abroad for five months", """
        Hello,

        My company is sending me to Dubai from January to the end of May. I'm keeping the flat and will carry on
        paying the rent by direct debit. Is it alright to leave it empty, or could my cousin stay there and keep an
        eye on it while I'm away? He wouldn't pay me anything.

        Marcus Bell, 12 Thornhill Gardens
    """, to=TENANCY_BOX),
     R("C300060", "tenancy", None, "abroad|away|cousin",
       "Known e-mail; extended absence and a relative staying -> tenancy.")),

    (letter("10-29 09:00", {"name": "Mrs P Lumb"}, """
        3 Weavers Row, Bradford BD3 9PL

        Dear Sir or Madam,

        I have applied for Pension Credit and they want to see my tenancy agreement. I have looked everywhere and I
        cannot find my copy, I think it went when I had the back room decorated. Please could you post me a copy?

        Thank you.
        Patricia Lumb
    """),
     R("C300016", "tenancy", None, "tenancy agreement|copy",
       "Name + address -> C300016; copy of the tenancy agreement -> tenancy (general acceptable).", GEN)),

    (call_out("10-30 10:00", "+447700900307", "Tenancy team", "completed", dur=176, answered_by="human", transcript="""
        Agent: Hi Samuel, it's Lauren from the tenancy team. Good news on your mutual exchange with Mrs Kaur - both inspections passed and the exchange has been approved.
        Customer: Brilliant. What happens now?
        Agent: We need you both to come to the Leeds office to sign the deeds of assignment. Could you do Friday 6 November at 2pm? You'll hand your keys over to each other that day.
        Customer: Friday's fine, I'll book the van for the Saturday.
    """),
     R("C300007", "tenancy", None, "exchange|assignment|sign",
       "Outbound call to a known mobile approving a mutual exchange -> tenancy.")),

    (wa_in("11-02 12:30", "+447700900327", "Fatima Begum", """
        Salam. Ami Fatima Begum er boro chele, Rahim. Ammar boyosh hoye geche, amra bhabchi ami ki tenancy te
        ammar shathe naam dite pari? Ami shob shomoy ekhanei thaki, ammake dekhashona kori. Ki kagoj lagbe?
        6 Thornhill Gardens
    """),
     R("C300027", "tenancy", None, "tenancy|son|joint|name",
       "Bengali (Roman script), son on the tenant's own number: 'mum is getting old, can I be added to the tenancy "
       "with her? I've always lived here and care for her; what papers are needed?' -> tenancy.")),

    (ig_in("11-03 22:15", "@mia_x_2003", "Mia", """
        hi quick q, if my nan dies do i get kicked out of her house? ive lived with her since i was 12 and im on the
        housing list. shes not well
    """),
     V("tenancy", None, "succession|nan|tenancy|house",
       "Unknown Instagram user, no name or address to link -> review; succession / rights of a household member -> "
       "tenancy (lettings acceptable).", {"category": ["lettings"]})),

    (email_in("11-04 13:30", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Live-in carer", """
        Dear Tenancy Team,

        My care package has been increased and the agency are providing a live-in carer from December, who would
        sleep in my spare room. Do I need your permission, and does this change my tenancy or affect anything like
        the bedroom tax?

        Regards,
        Lorraine Kettlewell
        Flat 7 Ashgrove Court
    """, to=TENANCY_BOX),
     R("C300008", "tenancy", None, "carer|live-in|permission",
       "Known e-mail; live-in carer joining the household -> tenancy (rent acceptable for the bedroom tax part).",
       {"category": ["rent"]})),

    (chat("11-06 17:50", {"email": "grace.adeyemi@example.com", "name": "Grace"}, """
        Visitor: My son turned 18 last week. Does he need to sign anything or be added to the tenancy?
        Agent (Dev): Hi Grace. He doesn't need to sign the tenancy, but we'll update your household record so we know he's an adult living there. Can you confirm his full name and date of birth?
        Visitor: Daniel Adeyemi, 29/10/2008
        Agent (Dev): Thank you, that's updated.
    """),
     R("C300036", "tenancy", None, "household|son|18",
       "Chat with the customer's e-mail; household record update for an adult child -> tenancy.")),
]

# ============================================================================================
# Lettings: housing register, banding, bidding, transfers, downsizing, overcrowding, homelessness
# approaches, sheltered housing, viewings, offers, sign-ups
# ============================================================================================
ITEMS += [
    (email_in("10-01 12:30", "chantelle.r.93@example.com", "Chantelle Roberts", "How do I get on the housing list?", """
        Hi,

        I'm renting privately in Wakefield with my two kids and the landlord is putting the rent up by £150 a month
        from January which I can't afford. How do I apply to go on your housing list and how long would I be waiting
        for a 2 bed?

        Thanks
        Chantelle
    """),
     V("lettings", None, "housing list|register|apply",
       "E-mail not in the directory, private renter -> review; housing register application -> lettings.")),

    (wa_in("10-02 14:20", "447700900822", "Rebwar", """
        Silaw. Min nawim Rêbwar e. Min û jin û sê mindallim le yek jûr dejîn le xanûyekî hawbeş le Leeds. Mindallekan
        le ser yek cêga denûn. Demewê daway xanû bkem. Tkaye pêm bllên çi bkem. Spas.
    """),
     V("lettings", None, "register|room|family|housing",
       "Kurdish Sorani (Latin script): 'Hello, my name is Rebwar; my wife, three children and I live in one room in a "
       "shared house in Leeds; the children sleep in one bed; I want to apply for a house, please tell me what to "
       "do'. Unknown number -> review; overcrowded applicant -> lettings.")),

    (sms_in("10-05 19:02", "+447700900823", """
        Boa noite. Moro num quarto alugado em Bradford com o meu marido e o nosso bebé de 4 meses. O senhorio quer
        que saiamos até ao fim do mês. Como posso pedir uma casa à Fairholme? Obrigada, Luana
    """),
     V("lettings", None, "apply|house|landlord|leave",
       "Portuguese: 'I live in a rented room in Bradford with my husband and our 4-month-old; the landlord wants us "
       "out by the end of the month; how can I ask Fairholme for a home?' Unknown number -> review; lettings "
       "(threatened homelessness).")),

    (wa_in("10-06 17:35", "+447700900341", "Natalia", """
        Bună seara. Sunt însărcinată cu al treilea copil, se naște în martie. Locuim patru persoane într-un apartament
        cu un dormitor la Calder Court. Vreau să cer un transfer la o locuință mai mare. Cum fac? Natalia Rusu, Flat 15
    """),
     R("C300041", "lettings", None, "transfer|bedroom|bigger",
       "Romanian: 'I'm pregnant with my third child, due in March; four of us live in a one-bedroom flat at Calder "
       "Court; I want to ask for a transfer to a bigger home' -> overcrowding transfer, lettings (tenancy acceptable).",
       TEN)),

    (letter("10-07 09:00", {"name": "H. Birkett"}, """
        3 Thornhill Gardens
        Leeds LS12 5EW

        Dear Sirs,

        I am 91 and the stairs in this house are getting too much for me. My daughter thinks I should move to one of
        your sheltered flats where there is a warden and I would not be on my own so much. I have lived here 48 years
        and it is a big step, but I think she is right. Would you please put my name down?

        Yours faithfully,
        Harold Birkett
    """),
     R("C300045", "lettings", None, "sheltered|move",
       "Name + address -> C300045; application for sheltered housing -> lettings (tenancy acceptable).", TEN)),

    (sms_in("10-08 13:22", "+447700900331", """
        Whats my banding now? Been on the transfer list 2 yrs and never get shortlisted. My back is worse, I sent a
        letter from the doctor in the summer. Nathan
    """),
     R("C300031", "lettings", None, "band|transfer|shortlist",
       "Known mobile; banding and medical priority on a transfer application -> lettings.")),

    (email_in("10-09 10:05", "vicky.pemberton@example.org", "Victoria Pemberton", "Bid - property ref HW-20417", """
        Hello,

        I placed a bid last week on the 2-bed ground floor flat at Calder Court (ref HW-20417). The portal just says
        "bid placed". Could you tell me where I am on the shortlist, and when viewings will be?

        Thank you,
        Victoria Pemberton
    """),
     R("C300013", "lettings", None, "bid|shortlist|viewing",
       "Known e-mail; bidding and shortlist position -> lettings.")),

    (call_out("10-12 15:45", "+441144960355", "Lettings team", "completed", dur=238, answered_by="human", transcript="""
        Agent: Hello Mrs Mellor, it's Ayesha from the lettings team. You bid on the one-bedroom ground floor flat at Foundry Walk and you've come top of the shortlist.
        Customer: Oh my goodness. Really?
        Agent: Really. It's a downsize from your house so you'd get the moving payment too. Could you come and view it on Thursday at 11?
        Customer: Yes, yes, I'll be there. Can I bring my sister?
        Agent: Of course.
    """, frm=SHEFF),
     R("C300055", "lettings", None, "offer|view|flat|shortlist",
       "Outbound call to a known landline offering a downsizing move and booking a viewing -> lettings.")),

    (visit("10-14 11:00", {"name": "Lettings officer (A. Khan)"}, cust("C300045"), "appointment", "attended", """
        Accompanied viewing of Flat 3, Ashgrove Court sheltered scheme with Mr Birkett and his daughter (on speaker
        phone). Tenant liked the flat and the lounge; concerned about his furniture fitting. Scheme manager introduced.
        Offer accepted in principle; sign-up to be arranged. Removal help referral made.
    """),
     R("C300045", "lettings", None, "viewing|sheltered|offer",
       "Accompanied viewing of a sheltered flat -> lettings.")),

    (visit("10-15 09:20", {"name": "Young man (did not give surname)"}, BRADFORD_OFFICE, "walk_in", "attended", """
        Man in his early 20s, gave first name Kieran only. Says his mum threw him out last week after an argument and
        he's been sofa surfing at a mate's in Bradford but has to leave on Sunday. No address to give. Referred to
        the council's housing options team, gave the Housing Options number and the address of the youth hub.
    """, direction="inbound"),
     V("lettings", None, "homeless|sofa|housing options",
       "Unidentified walk-in facing homelessness -> review; lettings (safeguarding defensible for a young person).",
       {"category": ["safeguarding"], "sensitive": [True]})),

    (chat("10-16 11:40", {"name": "Visitor"}, """
        Visitor: Hello, my mother is 78 and lives on her own in a private flat in Rothwell. She's had two falls. Does she qualify for your sheltered housing?
        Agent (Priya): Hi, she may well do - our sheltered schemes are for over-60s. She'd need to join the housing register first. Can I take her name and a contact number?
        Visitor: I'll talk to her first and come back. Thank you.
    """),
     V("lettings", None, "sheltered|register|mother",
       "Anonymous chat visitor with no identifiers asking about sheltered housing for a non-tenant -> review; lettings.")),

    (email_in("10-16 13:15", "sandra.okonkwo@example.org", "Sandra Okonkwo", "Moving to a smaller flat", """
        Hi,

        Both my children have left home and I'm now rattling around in a two-bedroom flat and paying the bedroom tax.
        I'd like to move to a one-bedroom, ideally still in Ashgrove Court or nearby. Is there any help with moving
        costs if I downsize? And do I have to bid like everyone else?

        Sandra
        Flat 6 Ashgrove Court
    """),
     R("C300049", "lettings", None, "downsiz|one-bedroom|move",
       "Known e-mail; downsizing transfer with an incentive question -> lettings (rent acceptable).",
       {"category": ["rent"]})),

    (email_out("10-19 16:00", {"email": "lettings@fairholmehomes.example.org", "name": "Fairholme Lettings"},
               "megan.lister@example.org", "Megan Lister", "Your new home - sign-up appointment", """
        Dear Megan,

        Congratulations again on your offer of 11 Thornhill Gardens. Your sign-up appointment is on Monday 9 November at
        10am at our Bradford office. Please bring:

        - photo ID and proof of your National Insurance number;
        - your current rent payment card, so we can close your Beckside Mews account;
        - your first week's rent if you can.

        You'll get the keys at the end of the appointment. Your tenancy at 4 Beckside Mews will end on Sunday 15 November.

        Kind regards,
        Fairholme Lettings
    """),
     R("C300044", "lettings", None, "sign-up|keys|offer",
       "One-to-one outbound e-mail arranging a transfer sign-up -> lettings (tenancy acceptable).", TEN)),

    (wa_in("10-20 15:15", "447700900824", "Yousef", """
        مرحباً، حصلنا أنا وعائلتي على الإقامة (اللجوء) قبل أسبوعين، ووزارة الداخلية أعطتنا إشعاراً بأن نترك الفندق خلال
        ٢٨ يوماً. نحن خمسة أشخاص، ثلاثة أطفال. كيف نقدم طلب سكن عندكم؟ يوسف
    """),
     V("lettings", None, "refugee|home office|housing|apply",
       "Arabic: 'my family and I got refugee status two weeks ago and the Home Office gave us notice to leave the "
       "hotel within 28 days; we are five, three children; how do we apply for housing with you?' Unknown number -> "
       "review; homelessness / register -> lettings.")),

    (wa_in("10-21 13:00", "447700900333", "Hassan", """
        Salaan. Waxaan rabaa inaan u wareego guri ka weyn. Lix qof ayaan ku nool nahay laba qol. Caruurta waaweyn
        waxay seexdaan qolka fadhiga. Sideen u codsadaa? Hassan Warsame, Flat 8 Foundry Walk
    """),
     R("C300033", "lettings", None, "transfer|bigger|overcrowd|room",
       "Somali: 'I want to move to a bigger home; six of us live in two rooms; the older children sleep in the living "
       "room; how do I apply?' Known number -> overcrowding transfer, lettings (tenancy acceptable).", TEN)),

    (wa_in("10-22 11:10", "447700900309", "Imran", """
        Hi, my dad is 74 and lives with my brother in a private house with steep stairs. He isn't your tenant. Can he
        go on your list for a ground floor flat near us at Ashgrove? What does he need to fill in? Imran, flat 9
    """),
     R("C300009", "lettings", None, "ground floor|list|register|dad",
       "Known number; tenant asking how his non-tenant father joins the register -> lettings.")),

    (fb_in("10-23 09:40", "fb:100090000314", "Kerry-Ann Doyle", """
        How long is the waiting list for a 3 bed house in Bradford? Been on it since 2023 and heard nothing. Band C
        if that matters
    """),
     V("lettings", None, "waiting list|band|3 bed",
       "Unlinked Messenger display name only (no address; not Ryan Doyle) -> review; waiting list question -> lettings.")),

    (call_in("10-26 14:30", "+441134960801", """
        Agent: Fairholme Homes, Ruth speaking.
        Caller: Hello, my name's Lisa Dunne, I'm a discharge coordinator at St James's. We've got one of your tenants on the ward, Mrs Margaret Holroyd, 7 Hollin Park Road. She's ready to go home after a fall, but she can't manage the stairs now and her bedroom and bathroom are upstairs.
        Agent: Does she consent to us discussing it?
        Caller: Yes, she's sat with me. We're looking for a ground-floor or adapted property, or a temporary move while adaptations happen.
        Agent: I'll pass this to lettings and our adaptations team today as a priority.
    """, dur=286),
     R("C300001", "lettings", None, "ground floor|discharge|stairs",
       "Hospital discharge coordinator acting with the tenant's consent, name + address -> C300001 (review "
       "acceptable); move to a ground-floor home -> lettings (repairs acceptable for adaptations).",
       {"action": ["review"], "customer_ref": [None], "category": ["repairs"]})),

    (tg_in("10-27 08:15", "4409987612", "Kwame", """
        Hi, I got a text offering a viewing of the 3-bed on Weavers Row on Thursday at 10. I'm on an early shift and
        can't get there till after 2. Can the viewing be moved or can my partner go instead?
    """),
     R("C300029", "lettings", None, "viewing|offer",
       "Linked Telegram id; rearranging a transfer viewing -> lettings.")),

    (email_in("10-28 16:40", "grace.adeyemi@example.com", "Grace Adeyemi", "Offer - 26 Beckside Mews", """
        Dear Lettings,

        Thank you for offering me 26 Beckside Mews. I've thought about it carefully and I'm going to say no. It's in
        Bradford and my son's college is in Sheffield; he'd have two buses each way. I'd like to stay on the transfer
        list for something in Sheffield, and I understand I may drop a band for refusing.

        Regards,
        Grace Adeyemi
    """),
     R("C300036", "lettings", None, "offer|refus|transfer",
       "Known e-mail; refusing a transfer offer -> lettings.")),

    (portal("10-29 21:55", {"email": "mj.harker@example.net", "name": "Mark Harker"}, "Housing register application", """
        Form: Housing register application
        Current address: 18a Station Road, Ossett (private rented)
        Household: 1 adult
        Reason for moving: landlord selling, Section 21 notice expires 31 December
        Medical needs: none
        Areas wanted: Wakefield, Ossett
    """),
     V("lettings", None, "register|section 21|application",
       "Portal form from someone not in the directory -> review; register application under a section 21 notice -> "
       "lettings.")),

    (letter("11-02 09:00", {"name": "Mrs P. Lumb"}, """
        3 Weavers Row, Bradford

        Dear Sir/Madam,

        I read in the Tenant News that you are building bungalows for older people off Bradford Road. I would like
        to be considered for one. I am 74, I live alone and my house has steep stairs. I do not need a big garden.

        Please write to me with what I need to do.

        Patricia Lumb
    """),
     R("C300016", "lettings", None, "bungalow|move",
       "Name + address -> C300016; interest in a new-build bungalow -> lettings.")),

    (visit("11-03 13:00", {"name": "Lettings officer (A. Khan)"}, cust("C300010"), "appointment", "attended", """
        Overcrowding assessment with Somali interpreter. 2-bed flat, household of 7 (2 adults, 5 children aged 2-15).
        Statutory overcrowding confirmed - two bedrooms short. Transfer application upgraded to Band A. Discussed
        areas; tenant prefers Leeds 6 or Leeds 12 for the children's schools.
    """),
     R("C300010", "lettings", None, "overcrowd|band|transfer",
       "Home visit assessing overcrowding for a transfer -> lettings.")),

    (sms_in("11-05 16:20", "+447700900303", """
        got the offer letter for the house on Weavers Row!!!! 3 bedrooms omg. when can i get the keys, do i need to
        give notice on this one first? kelly
    """),
     R("C300003", "lettings", None, "offer|keys|house",
       "Known mobile; accepting a transfer offer and asking about keys and notice -> lettings (tenancy acceptable).",
       TEN)),

    (email_in("11-09 12:10", "fernanda.lopes@example.com", "Fernanda Lopes", "Candidatura a habitação", """
        Bom dia,

        Sou enfermeira no hospital de Pinderfields e vivo em Wakefield há dois anos. Neste momento partilho uma casa
        com mais quatro pessoas. Gostaria de saber se posso candidatar-me a uma casa ou apartamento da Fairholme, e se
        existe alguma prioridade para trabalhadores do serviço de saúde.

        Obrigada,
        Fernanda Lopes
    """),
     V("lettings", None, "apply|housing|nurse|key worker",
       "Portuguese: 'I'm a nurse at Pinderfields, living in Wakefield for two years in a shared house; can I apply for "
       "a Fairholme home, and is there priority for health workers?' Unknown e-mail -> review; lettings.")),
]

# ============================================================================================
# Estate services: grounds, communal cleaning, bins and bulky waste, fly-tipping, communal pests,
# estate lighting, car parks, garages, trees and hedges, play areas, abandoned vehicles, graffiti
# ============================================================================================
ITEMS += [
    (sms_in("10-01 10:40", "+447700900350", """
        Bins at ashgrove court havent been emptied for 2 weeks, the bin store is overflowing onto the path and it
        stinks. Foxes have had the bags open
    """),
     R("C300050", "estate", None, "bin|rubbish|overflow",
       "Known mobile; communal bins not emptied -> estate.")),

    (email_in("10-02 08:05", "marcus.bell@example.com", "Marcus Bell", "Bulky item collection", """
        Morning,

        I'm getting a new sofa delivered and need the old one (a 3-seater) and an armchair taking away. Do you do a
        bulky waste collection for tenants or do I need to go to the council? I can put them at the front on the day.

        Marcus, 12 Thornhill Gardens
    """),
     R("C300060", "estate", None, "bulky|sofa|collection",
       "Known e-mail; bulky waste collection -> estate.")),

    (call_in("10-02 14:15", "+441632960342", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: Keith Barraclough, 6 Weavers Row. The grass verges along Weavers Row haven't been cut since August. It's up to my knees by the bus stop and you can't see the kerb. I thought we paid for grounds maintenance.
        Agent: You do, Mr Barraclough. I'll raise it with the grounds contractor and ask for Weavers Row to go on this week's round.
        Caller: Thank you.
    """, dur=132),
     R("C300042", "estate", None, "grass|verge|grounds",
       "Known landline; uncut communal verges -> estate (complaint defensible).", {"category": ["complaint"]})),

    (wa_in("10-03 09:25", "447700900325", "Ioana", """
        Bună dimineața. Cineva a aruncat un frigider vechi, un covor și mai mulți saci negri lângă garajele din spatele
        Beckside Mews. Sunt acolo de ieri seară. Copiii se joacă acolo. Ioana, 12 Beckside Mews
    """),
     R("C300025", "estate", None, "fridge|dump|fly|rubbish",
       "Romanian: 'someone has dumped an old fridge, a carpet and several black bags by the garages behind Beckside "
       "Mews since last night; children play there' -> fly-tipping, estate.")),

    (ig_in("10-05 20:10", "@s3_mum_of_2", None, """
        rats running round the bin store at foundry walk every night now, saw 3 tonight by the buggy store. when is
        pest control coming??
    """),
     V("estate", None, "rat|pest|bin store",
       "Unknown Instagram handle asking for action, no name or flat -> review; communal pest control -> estate.")),

    (letter("10-06 09:00", {"name": "Robert Illingworth"}, """
        15 Beckside Mews
        Bradford BD4 7HA

        Dear Sir,

        The big sycamore tree on the green behind my house (not my garden, your land) has grown so much that it
        hangs right over my garden and I get no sun at all now. The branches scrape the gutter when it is windy and
        the leaves block the drain every autumn.

        Please could you arrange for it to be cut back.

        R. Illingworth
    """),
     R("C300058", "estate", None, "tree|branch|sycamore",
       "Name + address -> C300058; overhanging tree on landlord land -> estate.")),

    (tg_in("10-06 21:50", "8912345670", "Connor", """
        The street light outside 33 Moorside Crescent has been out for about a fortnight. It's the one on the
        Fairholme footpath, not the main road. Proper dark walking back from the bus.
    """),
     R("C300048", "estate", None, "street light|light|footpath",
       "Linked Telegram id; estate footpath lighting out -> estate (repairs acceptable).", REP)),

    (fb_in("10-07 15:05", "fb:100090000315", "Jodie Mc", """
        The swings in the Thornhill Gardens play area are broken - one chain has snapped and the seat's hanging. My
        little boy nearly fell off it. Can you fix it or tape it off?
    """),
     V("estate", None, "swing|play area|playground",
       "Unlinked Messenger display name with no address -> review; broken play equipment -> estate (repairs "
       "acceptable).", REP)),

    (call_in("10-08 12:20", "+447700900323", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Hi, Sophie Lambert, 9 Beckside Mews. There's a silver Astra in the residents' car park that hasn't moved for about six weeks. Two flat tyres, no tax, and someone's smashed the back window now. It's taking one of our spaces.
        Agent: Do you have the registration?
        Caller: I'll text it over.
        Agent: Thanks, we'll check it with the DVLA and put a notice on it.
    """, dur=141),
     R("C300023", "estate", None, "car|abandon|vehicle",
       "Sophie's own mobile; abandoned vehicle in a residents' car park -> estate (asb acceptable).",
       {"category": ["asb"], "sensitive": [True]})),

    (portal("10-09 12:00", {"customer_ref": "C300029", "email": "kwame.mensah@example.com", "name": "Kwame Mensah"},
            "Communal areas", """
        Form: Report a problem in a communal area
        Location: Thornhill Gardens, shared entrance and stairs to the flats at 18-24
        Problem: Cleaning
        Details: The stairs and landing haven't been mopped in weeks. Sticky floor, takeaway boxes on the landing,
        the window sills are filthy. The cleaning rota sheet on the wall hasn't been signed since August.
    """),
     R("C300029", "estate", None, "clean|stairs|landing",
       "Logged-in portal form; communal cleaning not done -> estate (complaint defensible).",
       {"category": ["complaint"]})),

    (wa_in("10-12 07:40", "447700900354", "Abdirahman", """
        Subax wanaagsan. Qashinka dabadiisa Foundry Walk weelashii way buuxsameen, qashinkii dhulka ayuu yaal,
        shimbiraha iyo dawacooyinka ayaa kala firdhiyay. Fadlan soo qaada. Abdirahman, Flat 3
    """),
     R("C300054", "estate", None, "bin|rubbish",
       "Somali: 'good morning; the bins behind Foundry Walk are full, rubbish is on the ground and birds and foxes "
       "have scattered it; please collect it'. Known number -> estate.")),

    (email_in("10-12 13:40", "m.alrashid@example.org", "Mohammed Al-Rashid", "Graffiti on garages", """
        Hello,

        Somebody has sprayed graffiti tags on the garage doors behind Weavers Row, about six doors, big silver and
        black letters. It's nothing rude, just names, but it looks bad and there's more every week. Can you clean it?

        Mohammed, 41 Weavers Row
    """),
     R("C300018", "estate", None, "graffiti|garage",
       "Known e-mail; non-offensive graffiti on garages -> estate (asb acceptable).",
       {"category": ["asb"], "sensitive": [True]})),

    (tg_in("10-13 18:25", "5120034471", "Agnieszka", """
        Hello, in the Ashgrove Court car park there is a lot of broken glass, bottles smashed near bays 10-14. My
        car tyre is flat maybe from this. Can you send cleaner? Agnieszka flat 2
    """),
     R("C300006", "estate", None, "glass|car park",
       "Linked Telegram id (English from a Polish speaker); broken glass in the car park -> estate.")),

    (visit("10-14 10:00", {"name": "Estate officer (M. Greaves)"}, cust("C300021"), "walkabout", "attended", """
        Quarterly estate walkabout at Calder Court with Mr McAllister (residents' rep). Noted: moss and slippery
        paving by the rear door, broken bench by the drying area, two dumped mattresses by the bin store (removal
        ordered), hedge by the car park entrance obstructing sight lines. Actions logged with the grounds team.
    """),
     R("C300021", "estate", None, "walkabout|moss|bench|mattress",
       "Estate walkabout with a resident -> estate.")),

    (email_out("10-15 09:30", {"email": "estates@fairholmehomes.example.org", "name": "Fairholme Estate Services"},
               "vicky.pemberton@example.org", "Victoria Pemberton", "Re: Overgrown hedge - Moorside Crescent path", """
        Dear Ms Pemberton,

        Thank you for reporting the overgrown hedge along the footpath between Moorside Crescent and the shops. Our
        grounds team have inspected it and will cut it back to the boundary line on Wednesday 21 October. They'll also
        clear the brambles that are catching on buggies.

        Kind regards,
        Estate Services
    """),
     R("C300013", "estate", None, "hedge|grounds|footpath",
       "One-to-one outbound e-mail replying to a hedge report -> estate.")),

    (sms_in("10-16 08:02", "+447700900303", """
        theres a dead fox on the grass right next to the kids play area on hollin pk, kids are poking it with sticks.
        can someone come n move it pls
    """),
     R("C300003", "estate", None, "fox|dead|play area",
       "Known mobile; dead animal removal from the estate green -> estate.")),

    (call_in("10-16 14:45", "+441144960322", """
        Agent: Fairholme Homes, Marie speaking.
        Caller: Hello, there's a big wasps' nest in the hedge on the path at the front of Moorside Crescent, by number 8. The kids walk past it to school. Can pest control come?
        Agent: Of course. Can I take your name?
        Caller: It's... sorry, the baby's crying, I have to go. Number 8.
        [Call ended]
    """, to=SHEFF, dur=55),
     V("estate", None, "wasp|nest|hedge",
       "Hussain household landline shared by C300011/C300012, no name given -> review; wasps' nest in a communal "
       "hedge -> estate.")),

    (email_in("10-19 12:30", "grace.adeyemi@example.com", "Grace Adeyemi", "Car park barrier", """
        Hello,

        The barrier at the entrance to the Foundry Walk car park has been stuck up for three weeks. People from the
        offices on the next street are parking in our bays all day and when I get back from work there is nowhere to
        park. Could it be repaired and could we have some signs?

        Grace Adeyemi
        Flat 2
    """),
     R("C300036", "estate", None, "car park|barrier|parking",
       "Known e-mail; broken car-park barrier and non-resident parking -> estate (repairs acceptable).", REP)),

    (wa_in("10-20 16:10", "+447700900311", "Amina", """
        Hi, our wheelie bin lid has snapped off and the foxes keep getting in, rubbish everywhere in the front. Who do
        I ask for a new bin? Is it you or the council? Amina 8 Moorside Cres
    """),
     R("C300011", "estate", None, "bin|lid",
       "Amina's own mobile; damaged bin replacement -> estate (general acceptable, could be the council's).", GEN)),

    (call_in("10-21 11:35", "+447700900319", """
        Agent: Fairholme Homes, Raj speaking.
        Caller: Hiya, Gary Naylor, 47 Weavers Row. I've just bought a van for work and I want to rent one of the garages behind Weavers Row to keep my tools in. Is there a waiting list?
        Agent: There is, about four months at the moment. I'll put you on it and send you the garage licence terms. It's £9.50 a week.
        Caller: Go on then.
    """, dur=118),
     R("C300019", "estate", None, "garage|waiting list",
       "Known mobile; garage rental waiting list -> estate (rent acceptable).", {"category": ["rent", "lettings"]})),

    (sms_in("10-22 17:30", "+447700900344", """
        The builders doing up number 8 have dumped a load of rubble and old plasterboard on the green at the end of
        Beckside Mews. Please don't tell them it came from me, I have to live next to them
    """, anon=True),
     A("estate", None, "rubble|dump|green",
       "Known mobile but the reporter asks not to be named -> anonymous; builders' waste dumped on the green -> "
       "estate (asb acceptable).", {"category": ["asb"], "sensitive": [True]})),

    (letter("10-09 09:00", {"name": "Mrs M. Holroyd"}, """
        7 Hollin Park Road
        LS8 3QT

        Dear Fairholme,

        The leaves from the big trees on the green are lying thick on the footpath outside the houses and with the
        rain they are like ice. I walk with a stick and I have to go out into the road to get to the bus stop. Could
        somebody come and sweep them up please, before someone has a fall?

        Yours faithfully,
        Margaret Holroyd
    """),
     R("C300001", "estate", None, "leaves|path|sweep",
       "Name + address -> C300001; leaf clearance on the estate footpath -> estate.")),

    (call_in("10-23 09:50", "+447700900346", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: John Smith, Flat 14 Calder Court. The bin chute on our floor's blocked again. Someone's shoved a whole bag of nappies down and now it's backed up to the hatch on the second floor. It stinks.
        Agent: I'll get the caretaker to clear it this morning and put a sign up.
    """, dur=96),
     R("C300046", "estate", None, "chute|bin|blocked",
       "Known mobile of the Calder Court John Smith; blocked refuse chute -> estate (repairs acceptable).", REP)),

    (chat("10-26 13:15", {"email": "rebecca.thornton@example.org", "name": "Rebecca"}, """
        Visitor: the communal garden at Foundry Walk is a mess. dog mess all over the grass and cigarette ends everywhere under the benches
        Agent (Sunita): Sorry to hear that Rebecca. I'll ask the caretaker to do a litter pick and the grounds team to clear the grass this week.
        Visitor: could you put some signs up about dogs? its not even residents half the time
        Agent (Sunita): Yes, I'll request signs and a dog waste bin.
    """),
     R("C300034", "estate", None, "dog|garden|litter",
       "Chat with the customer's e-mail; dog fouling and litter in the communal garden -> estate.")),

    (email_in("10-27 10:05", "sophie.lambert@example.org", "Sophie Lambert", "Potholes - Beckside Mews car park", """
        Hi,

        The potholes in the Beckside Mews residents' car park are getting really deep, one by bay 4 has a broken
        edge and the water sits in it so you can't see how deep it is. My neighbour's car has a damaged tyre.
        Can the surface be repaired before the winter?

        Sophie
    """, src="ews"),
     R("C300023", "estate", None, "pothole|car park",
       "Known e-mail (Sophie only); potholes in the residents' car park -> estate (repairs acceptable).", REP)),

    (wa_in("10-28 10:30", "447700900327", "Fatima Begum", """
        Assalamu alaikum. Amader bashar shamne rastay ekta kalo gari ek mash dhore pore ache, ekta chaka nai, janala
        bhanga. Bachcha ra oitar bhitore khela kore. Ektu dekhben? Fatima Begum, 6 Thornhill Gardens
    """),
     R("C300027", "estate", None, "car|abandon|vehicle",
       "Bengali (Roman script): 'a black car has been left on the road in front of our house for a month, one wheel "
       "missing, window broken; children play inside it; please look' -> abandoned vehicle, estate.")),

    (fb_in("10-29 18:40", "fb:100090000316", "Marta Silva", """
        Olá, há lixo acumulado atrás do prédio de Calder Court há semanas: sacos, um colchão e caixas. Cheira muito
        mal e já vi ratos. Quem limpa isto?
    """),
     V("estate", None, "rubbish|mattress|rat",
       "Portuguese: 'rubbish has been piling up behind the Calder Court block for weeks: bags, a mattress and boxes; "
       "it smells and I've seen rats; who cleans this?' Unlinked display name, no flat -> review; estate.")),

    (call_out("11-02 10:30", "+447700900349", "Estate services", "completed", dur=121, answered_by="human", transcript="""
        Agent: Hi Sandra, it's Mel from estate services. You reported the rats round the Ashgrove bin store. Pest control are coming Thursday morning to put bait boxes in.
        Customer: Thank God. They were running over my feet last week.
        Agent: Could you ask your neighbours to keep the bin store door shut and the lids down? We're fixing the door closer the same day.
        Customer: I'll put a note under the doors.
    """),
     R("C300049", "estate", None, "rat|pest|bin store",
       "Outbound call to a known mobile about communal pest control -> estate.")),

    (visit("11-04 11:15", {"name": "Estate officer (M. Greaves)"}, cust("C300032"), "door_knock", "attended", """
        Visited Ms Kamińska (with Language Line, Polish) about her report of the communal garden at Foundry Walk.
        Shrubs overgrown across the path to the bike store and a holly bush blocking her ground-floor window light.
        Agreed cut-back with the grounds team for next week. Tenant happy.
    """),
     R("C300032", "estate", None, "garden|shrub|grounds",
       "Estate officer visit following up a communal garden report -> estate.")),

    (sms_in("11-06 15:45", "+447700900331", """
        The fence between the footpath at the back of Thornhill and the railway line has been knocked down, 2 panels
        gone. Kids are climbing through onto the tracks. Can someone sort it asap
    """),
     R("C300031", "estate", None, "fence|railway|footpath",
       "Known mobile; broken estate boundary fence by a railway -> estate (repairs acceptable; emergency defensible "
       "for the risk to children).", {"category": ["repairs"], "hazard": ["emergency"]})),
]

# ============================================================================================
# Complaints: explicit and implicit dissatisfaction - delays, missed appointments, staff conduct,
# communication, contractors' mess, repeated failures, stage 1 / stage 2 / Ombudsman, responses
# ============================================================================================
ITEMS += [
    (tg_in("10-30 19:20", "6230118845", "Andrei", """
        Bună seara. Vreau să fac o plângere oficială. Pe 2 octombrie am raportat fereastra din dormitor care nu se
        închide. De două ori mi-ați dat programare și nu a venit nimeni, iar eu mi-am luat liber de la muncă de fiecare
        dată. Au trecut patru săptămâni, copilul doarme în frig. Nu mai accept scuze. Andrei Popescu, 21 Moorside
    """),
     R("C300014", "complaint", None, "complaint|window|appointment",
       "Romanian: 'I want to make a formal complaint; I reported the bedroom window on 2 October, twice you gave me "
       "an appointment and nobody came, I took time off each time; four weeks, the child sleeps in the cold' -> "
       "complaint (repairs acceptable).", REP)),

    (call_in("11-05 09:05", "+447700900319", """
        Agent: Fairholme Homes, Raj speaking.
        Caller: Gary Naylor, 47 Weavers Row. I want to make a complaint. That's the third time I've taken a day off work for the plumber about the banging pipes and nobody's turned up. No phone call, nothing. I've lost three days' pay.
        Agent: I'm really sorry, Mr Naylor. I can see two appointments marked as no-shows by the contractor. I'll log this as a formal complaint and ask about compensation for your lost time.
        Caller: And I want someone to actually come.
        Agent: I'll book a priority visit now.
    """, dur=233),
     R("C300019", "complaint", None, "complaint|day off|turned up",
       "Known mobile; formal complaint about repeated missed repair appointments -> complaint (repairs acceptable).", REP)),

    (letter("10-20 09:00", {"name": "H Birkett"}, """
        3 Thornhill Gardens
        Leeds LS12 5EW

        Dear Sirs,

        I wish to complain about the way I was spoken to on the telephone on Friday afternoon. I rang to ask about my
        rent letter and the young man I spoke to was impatient and said "I've already told you that" twice because I
        could not hear him properly. I am 91 and hard of hearing. I have been your tenant for 48 years and I have
        never been spoken to like that.

        Yours faithfully,
        Harold Birkett
    """),
     R("C300045", "complaint", None, "complain|spoken|telephone",
       "Name + address -> C300045; complaint about staff conduct on the phone -> complaint.")),

    (sms_in("10-21 13:40", "+447700900317", """
        Sent an email 3 weeks ago about my bathroom fan and still not had a reply. Does anyone actually read them?? Bit
        of a joke tbh
    """),
     R("C300017", "complaint", None, "reply|email|read",
       "Known mobile; dissatisfaction at an unanswered e-mail -> complaint (repairs or general acceptable).",
       {"category": ["repairs", "general"]})),

    (wa_in("10-26 18:10", "447700900332", "Zofia", """
        Dzień dobry. Chcę złożyć skargę. Hydraulik, który naprawiał toaletę, zostawił brudną wodę na podłodze w
        łazience i błoto na dywanie w przedpokoju, a przy wyjściu rozbił płytkę przy wannie i nic nie powiedział.
        Musiałam sama wszystko sprzątać. Zofia Kamińska, mieszkanie 5 Foundry Walk
    """),
     R("C300032", "complaint", None, "complain|plumber|mess|tile",
       "Polish: 'I want to make a complaint; the plumber who fixed the toilet left dirty water on the bathroom floor "
       "and mud on the hall carpet, broke a tile by the bath on the way out and said nothing; I had to clean it all' -> "
       "complaint about a contractor (repairs acceptable).", REP)),

    (wa_in("10-27 14:30", "+447700900341", "Natalia", """
        Bună ziua. Am cerut de trei ori să primesc scrisorile în limba română sau să mă sune cineva cu interpret. Azi am
        primit iar o scrisoare lungă în engleză despre chirie și nu înțeleg ce scrie. Am sunat de două ori și nimeni nu
        m-a sunat înapoi. Nu este corect. Natalia Rusu
    """),
     R("C300041", "complaint", None, "letter|interpret|call back|romanian",
       "Romanian: 'three times I've asked for letters in Romanian or a call with an interpreter; today another long "
       "English letter about rent that I don't understand; I rang twice and nobody called back; it isn't fair' -> "
       "complaint about communication (general or rent acceptable).", {"category": ["general", "rent"]})),

    (email_in("10-28 11:00", "priya.chauhan@example.com", "Priya Chauhan", "Complaint ref CMP-3381 - request for stage 2", """
        Dear Complaints Team,

        I have received your stage 1 response (ref CMP-3381) about the leak from my bathroom into the living room
        ceiling in July. I accept the repair has now been done, but I do not accept the offer of £50. The water ruined
        a rug and the sofa cushions (receipts attached, £380) and I was without a usable living room for five weeks.

        Please escalate my complaint to stage 2.

        Yours sincerely,
        Priya Chauhan
    """),
     R("C300047", "complaint", None, "stage 2|complaint|escalat",
       "Known e-mail; escalating a complaint to stage 2 over compensation -> complaint (repairs acceptable).", REP)),

    (letter("10-28 09:00", {"name": "Housing Ombudsman Service"}, """
        Our ref: 202604417
        Your tenant: Ms Leanne Firth, 10 Thornhill Gardens, Leeds LS12 5EW

        Dear Complaints Manager,

        Ms Firth has contacted the Housing Ombudsman about her complaint regarding the handling of her reports of a
        broken kitchen unit and a failed extractor fan, and the time taken to respond to her complaint. She tells us
        she has not received a stage 2 response.

        Please provide a copy of your final response, or confirm when it will be issued, within 15 working days.

        Yours sincerely,
        Dispute Resolution Team
    """),
     R("C300028", "complaint", None, "ombudsman|complaint|stage 2",
       "Housing Ombudsman letter naming the tenant and address (one customer) -> C300028 (review acceptable); "
       "complaint.", REVOK)),

    (tg_in("10-29 16:45", "6674421093", "Jade", """
        Not happy at all. The lad who came to do my bath panel today was smoking on my balcony without asking, had his
        music blaring on his phone the whole time and swore at his mate down the phone. I've got a 3 year old. Please
        don't send him again.
    """),
     R("C300059", "complaint", None, "smoking|swore|operative",
       "Linked Telegram id; complaint about an operative's conduct -> complaint (repairs acceptable).", REP)),

    (fb_in("10-30 12:50", "fb:100090000317", "Dean Sykes", """
        Absolute joke. Flat 14 Foundry Walk - measured for a new front door SIX weeks ago and still nothing, it doesn't
        lock properly and I'm stuffing a towel in the gap. Every time I ring I get "it's with the contractor". Sort it.
    """),
     R("C300035", "complaint", None, "door|weeks|contractor",
       "Unlinked Messenger handle but name + flat single out C300035 (review acceptable); dissatisfaction with a "
       "delayed door replacement -> complaint (repairs acceptable).",
       {"action": ["review"], "customer_ref": [None], "category": ["repairs"]})),

    (call_in("11-02 11:25", "+441144960355", """
        Agent: Fairholme Homes, Marie speaking.
        Caller: Christine Mellor, 2 Moorside. I'm not wanting to make a fuss, but this is the fourth time I've rung about that gutter over my back door. Every time someone says they'll pass it on. It pours down the wall every time it rains. I just want somebody to own it and tell me when it'll be done.
        Agent: That's not good enough, Mrs Mellor, and I'm sorry. I'm going to log this as a complaint so a manager picks it up and rings you, and I'll chase the gutter job today.
        Caller: Well, thank you.
    """, to=SHEFF, dur=205),
     R("C300055", "complaint", None, "gutter|fourth|rung",
       "Known landline; implicit dissatisfaction after repeated chasing, logged as a complaint -> complaint (repairs "
       "acceptable).", REP)),

    (chat("11-02 20:05", {"email": "sam.osei@example.net", "name": "Samuel"}, """
        Visitor: Every letter you send me says Mr Samual Osie. It's Samuel Osei. I've told you three times on the phone and once in writing. My bank queried a letter of yours because the name didn't match
        Agent (Dev): I'm sorry Samuel, that's really frustrating. I've corrected the spelling on your record now and I'll log this as a complaint so we look at why it wasn't changed before.
        Visitor: thank you
    """),
     R("C300007", "complaint", None, "name|spell|letter",
       "Chat with the customer's e-mail; dissatisfaction about repeated failure to correct his name -> complaint "
       "(general acceptable).", GEN)),

    (email_in("11-03 08:30", "stuart.mcallister@example.net", "Stuart McAllister", "Window cleaning charge - Calder Court", """
        Hi,

        We're all being charged 85p a week for communal window cleaning at Calder Court. Nobody on my floor can
        remember the windows being cleaned this year - they're green at the edges. I've asked at two residents'
        meetings and been told "it's being looked into".

        I'd like this treated as a formal complaint and the charge refunded to everyone in the block for the months
        the service wasn't delivered.

        Stuart McAllister
        Flat 6, Calder Court
    """),
     R("C300021", "complaint", None, "complaint|window cleaning|charge",
       "Known e-mail; formal complaint about a service charge for a service not delivered -> complaint (rent or "
       "estate acceptable).", {"category": ["rent", "estate"]})),

    (visit("11-03 14:40", cust("C300033"), SHEFFIELD_OFFICE, "walk_in", "attended", """
        Mr Warsame came to reception with his nephew interpreting. He is unhappy that scaffolding has been up at the
        front of Foundry Walk for three months with no work happening. His children's bedroom window is behind the
        boards and they have no daylight. Logged as a stage 1 complaint.
    """, direction="inbound"),
     R("C300033", "complaint", None, "scaffold|complaint|months",
       "Walk-in by a known customer; stage 1 complaint about scaffolding left up -> complaint (repairs acceptable).",
       REP)),

    (call_out("11-04 15:00", "+447700900347", "Complaints team", "completed", dur=412, answered_by="human", transcript="""
        Agent: Hello Ms Chauhan, it's Deborah Lyons, complaints manager. I'm investigating your stage 2 complaint about the leak and the compensation offer.
        Customer: Thanks for calling.
        Agent: I've read the file and the receipts. I'd like to come and see the living room and talk through what happened with the contractor. Could I visit on Monday?
        Customer: Monday after 3 is fine.
        Agent: Great. I'll send you my findings within 20 working days of your escalation.
    """),
     R("C300047", "complaint", None, "stage 2|complaint|compensation",
       "Outbound call from the complaints manager investigating a stage 2 complaint -> complaint.")),

    (email_out("11-05 12:00", {"email": "complaints@fairholmehomes.example.org", "name": "Fairholme Complaints"},
               "imran.siddiqui@example.org", "Imran Siddiqui", "Your complaint CMP-3420 - stage 1 response", """
        Dear Mr Siddiqui,

        Thank you for your complaint about the £40 "rechargeable repair" charge on your rent account.

        I have looked into this. The charge related to a lock change at a different flat and was put on your account in
        error. I have removed it and your account is now correct. I am sorry for the worry this caused and for the
        time it took you to get an answer. As a goodwill gesture we have credited £25 to your rent account.

        I uphold your complaint. If you are not satisfied with this response you can ask for it to be reviewed at
        stage 2 within 20 working days.

        Yours sincerely,
        Lisa Walsh
        Customer Resolution Officer
    """),
     R("C300009", "complaint", None, "complaint|charge|stage 1",
       "One-to-one outbound stage 1 complaint response -> complaint (rent acceptable).", {"category": ["rent"]})),

    (letter("11-06 09:00", {"name": "Fairholme Complaints Team"}, """
        Mrs P Lumb
        3 Weavers Row
        Bradford BD3 9PL

        Dear Mrs Lumb,

        Your complaint - reference CMP-3444

        Thank you for your letter of 2 November telling us you are unhappy that you have not heard anything about the
        flashing smoke alarm you asked for in October. I am treating this as a stage 1 complaint. I will write to you
        with my response by 20 November. As you asked, I will not telephone you.

        Yours sincerely,
        Omar Hussain
        Customer Resolution Officer
    """, to=cust("C300016"), direction="outbound"),
     R("C300016", "complaint", None, "complaint|smoke alarm|stage 1",
       "One-to-one outbound letter acknowledging a stage 1 complaint -> complaint (repairs acceptable).", REP)),

    (sms_in("11-06 18:55", "+447700900353", """
        The joiner fitted the new bedroom door today but left sawdust all up the stairs, scratched the hall floor
        dragging the old door out and didnt even shut the front door when he left. Really not happy
    """),
     R("C300053", "complaint", None, "joiner|mess|scratch|not happy",
       "Known mobile; dissatisfaction with a contractor's mess and damage -> complaint (repairs acceptable).", REP)),

    (wa_in("11-09 10:20", "447700900318", "Mohammed", """
        السلام عليكم. أنا غير راضٍ. طلبت مترجماً عربياً للموعد، وجاء العامل بدون مترجم، ولم نفهم بعضنا، ثم ذهب ولم يصلح
        الحوض. هذه المرة الثانية. أريد تقديم شكوى. محمد الرشيد، 41 ويفرز رو
    """),
     R("C300018", "complaint", None, "complaint|interpreter|sink",
       "Arabic: 'I am not satisfied; I asked for an Arabic interpreter for the appointment, the worker came without "
       "one, we couldn't understand each other and he left without fixing the sink; second time; I want to make a "
       "complaint' -> complaint (repairs acceptable).", REP)),

    (wa_in("11-09 14:05", "447700900310", "Hodan", """
        Salaan. Waxaan rabaa inaan cabasho sameeyo. Shaqaalihii caaryada eegi lahaa ma iman maanta, anigoo guriga
        sugayay subax oo dhan, qofna ima soo wicin. Caaryadu weli way sii fidaysaa qolka caruurta. Hodan, Flat 12
    """),
     R("C300010", "complaint", "damp_mould", "complain|mould|did not come",
       "Somali: 'I want to make a complaint; the worker who was to inspect the mould didn't come today, I waited at "
       "home all morning and nobody called; the mould is still spreading in the children's room' -> complaint with "
       "live mould -> hazard damp_mould (damp_mould category acceptable).", {"category": ["damp_mould"]})),

    (email_in("10-20 10:15", "cllr.a.nasreen@bradford-council.example.org", "Cllr Aisha Nasreen",
              "Casework: Mr R Illingworth, 15 Beckside Mews BD4 7HA", """
        Dear Fairholme Homes,

        I have been contacted by my constituent Mr Robert Illingworth of 15 Beckside Mews. He tells me he reported a
        wet, mouldy wall in his front room and an overhanging tree at the beginning of October and that nobody has
        been out to either. Mr Illingworth is in his eighties and is finding the room cold and damp.

        I would be grateful for an explanation of the delay and a date for the works.

        Kind regards,
        Cllr Aisha Nasreen
    """),
     R("C300058", "complaint", "damp_mould", "mould|wet|tree|delay",
       "Councillor casework for a named tenant with full address -> C300058 (review acceptable); chasing unresolved "
       "reports -> complaint with live damp -> hazard damp_mould (damp_mould category acceptable).",
       {"action": ["review"], "customer_ref": [None], "category": ["damp_mould"]})),

    (call_in("11-10 08:40", "+447700900313", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: Hi, Victoria Pemberton, 14 Moorside Crescent. The boiler's working again this morning, but I want it on record that this is the fourth time it's broken down since March. Every time they replace one part and it goes again a few weeks later. I want someone to look at replacing it rather than patching it up, and I'm not happy about the time I've had with no heating.
        Agent: I've logged that as a complaint, Ms Pemberton, and asked the heating manager to review whether the boiler should be replaced.
    """, to=SHEFF, dur=198),
     R("C300013", "complaint", None, "boiler|fourth|complaint",
       "Known mobile; dissatisfaction with repeated boiler failures (currently working) -> complaint (repairs "
       "acceptable), hazard null.", REP)),

    (ig_in("11-10 21:30", "@sandra_ok_ls6", "Sandra O", """
        Hi it's Sandra from flat 6 Ashgrove Court. I'm sorry to message here but I'm fed up. The lift has broken 5
        times since September, I've got a bad knee and I've been stuck upstairs for days at a time. Phone line just
        says "we've logged it". I want to know what you're actually doing about that lift.
    """),
     R("C300049", "complaint", None, "lift|fed up",
       "Instagram DM; unlinked handle but name + flat single out C300049 (review acceptable); dissatisfaction about "
       "repeated lift failures -> complaint (repairs acceptable).",
       {"action": ["review"], "customer_ref": [None], "category": ["repairs"]})),

    (email_in("11-11 09:45", "rebecca.thornton@example.org", "Rebecca Thornton", "Complaint about my ASB case", """
        Hello,

        I want to complain about how my ASB case (the noise from Flat 14) has been handled. I filled in the diary
        sheets for eight weeks as asked, but my case officer has changed three times and the latest one closed the
        case without speaking to me, saying there was "insufficient evidence". Nobody listened to the recordings
        I sent.

        I would like the closure reviewed and a named officer who will actually contact me.

        Rebecca Thornton
    """),
     R("C300034", "complaint", None, "complaint|asb|closed",
       "Known e-mail; complaint about the handling of an ASB case -> complaint, kept sensitive (asb acceptable).",
       {"category": ["asb"], "sensitive": [False]}, sens=True)),

    (sms_in("11-11 17:10", "+447700900343", """
        Engineer booked 8-12 today. Turned up 4.45pm and said too late to start the job so he'd come back another
        day. I lost a days pay waiting in. I want compensation
    """),
     R("C300043", "complaint", None, "compensation|engineer|late",
       "Known mobile; dissatisfaction with a late engineer and lost pay -> complaint (repairs acceptable).", REP)),

    (call_in("11-12 18:20", "+447700900324", """
        [Voicemail] Hi, Ryan Doyle, 9 Beckside Mews. I want to make a formal complaint. Nobody told us we were in arrears until a letter about court costs arrived, and now there's £120 court costs on the account that I don't think is fair because we never got any of the earlier letters. Call me back please.
    """, dur=36, answered_by=None, voicemail=True),
     R("C300024", "complaint", None, "complaint|court costs|arrears",
       "Voicemail from Ryan's own mobile; formal complaint about arrears handling and court costs -> complaint (rent "
       "acceptable).", {"category": ["rent"]})),

    (email_in("11-12 10:40", "owen.pritchard@example.com", "Owen Pritchard", "Letter sent to the wrong flat", """
        Hello,

        My neighbour in Flat 12 has just handed me a letter from you addressed to me, about my rent account and the
        court costs, with my full balance and payment history. It was put through her door. That's my personal
        financial information going to someone else. How did this happen and what are you doing about it?

        Owen Pritchard
        Flat 10
    """),
     R("C300040", "complaint", None, "wrong|letter|personal",
       "Known e-mail; complaint about a misdirected letter exposing personal data -> complaint (general acceptable).",
       GEN)),

    (wa_in("11-13 12:15", "447700900311", "Amina", """
        Mujhe shikayat karni hai. Damp wale kaam ki appointment teen dafa cancel hui, har dafa subah 7 baje message
        aata hai ke aaj nahi aa sakte. Mein kaam se chutti leti hoon. Yeh theek nahi hai. Amina Hussain
    """),
     R("C300011", "complaint", "damp_mould", "complain|appointment|cancel",
       "Roman Urdu: 'I want to make a complaint; the appointment for the damp work has been cancelled three times, "
       "each time a 7am message says they can't come today; I take leave from work; this isn't right' -> complaint; "
       "the damp is still awaiting remedy -> hazard damp_mould (null acceptable; damp_mould or repairs category "
       "acceptable).", {"category": ["damp_mould", "repairs"], "hazard": [None]})),

    (letter("11-16 09:00", {"name": "Eileen Dawson"}, """
        25 Thornhill Gardens
        Leeds LS12 5EW

        To the Manager,

        I am writing to complain about the gardening men who came to cut the hedges on Thursday. They cut right down
        into my front garden and chopped my late husband's rose bush to the ground, which I have had for 30 years.
        They also left the clippings all over my path and I nearly slipped.

        My daughter will ring you as well. I would like an apology at the very least.

        Mrs E. Dawson
    """),
     R("C300030", "complaint", None, "complain|rose|hedge|garden",
       "Name + address -> C300030; complaint about grounds contractors damaging a garden -> complaint (estate "
       "acceptable).", EST)),

    (email_in("11-16 19:30", "beth.cole@example.com", "Bethany Cole", "Formal complaint - mould not treated", """
        To the complaints team,

        Please treat this as a formal complaint. I reported black mould in my bedroom on 4 September. An inspector came
        on 22 September and said it would be treated within two weeks. It's now mid-November, nothing has happened,
        and the mould has spread onto the ceiling above my bed. I've been sleeping on the sofa.

        I understand you now have legal timescales for damp and mould. I'd like to know why they haven't been met.

        Bethany Cole
        Flat 3 Calder Court
    """),
     R("C300020", "complaint", "damp_mould", "complaint|mould|timescale",
       "Known e-mail; formal complaint about untreated mould that is still spreading -> complaint with hazard "
       "damp_mould (damp_mould category acceptable).", {"category": ["damp_mould"]})),
]

# ============================================================================================
# General: contact details, opening hours, consultations, tenant events, call-backs with no topic,
# paperwork, subject access, accessibility and communication needs, compliments
# ============================================================================================
ITEMS += [
    (sms_in("10-01 16:30", "+447700900328", """
        Hi its Leanne at 10 Thornhill, I'm changing network and my number will be 07700 900829 from Monday. Can you
        update it on my account so I don't miss the repair texts. ta
    """),
     R("C300028", "general", None, "number|phone|update",
       "Known mobile; change of contact number -> general.")),

    (email_in("10-02 12:00", "grace.adeyemi@example.com", "Grace Adeyemi", "New email address", """
        Hello,

        I'm closing this email account at the end of the month. Please use grace.adeyemi.home@example.com for
        everything from now on, including rent statements.

        Thanks,
        Grace Adeyemi, Flat 2 Foundry Walk
    """),
     R("C300036", "general", None, "email|address|update",
       "Known (old) e-mail; change of e-mail address -> general.")),

    (call_in("10-03 09:02", "+441632960803", """
        Agent: Fairholme Homes, Dawn speaking.
        Caller: Morning. What time does your Bradford office open on a Saturday? I need to drop something off.
        Agent: The Bradford office is closed on Saturdays, I'm afraid. It's open 9 till 4.30 Monday to Friday, and there's a letterbox by the door.
        Caller: Oh right. I'll come Monday then. Ta.
    """, dur=48),
     V("general", None, "open|office|saturday",
       "Unknown landline, no name -> review; opening hours enquiry -> general (ignore defensible for a content-light "
       "enquiry).", {"action": ["ignore"], "category": [None]})),

    (letter("10-12 09:00", {"name": "Margaret Holroyd"}, """
        7 Hollin Park Road
        Leeds LS8 3QT

        Dear Fairholme,

        I would like to say thank you to the lady called Dawn who answers your telephones. When I rang about my
        banister she was so patient with me, she explained everything twice and rang me back the next day like she
        promised. Please tell her manager.

        With kind regards,
        Margaret Holroyd
    """),
     R("C300001", "general", None, "thank|dawn",
       "Name + address -> C300001; compliment about a member of staff -> general.")),

    (wa_in("10-13 09:40", "+447700900356", "Ahmed Farouk", """
        مرحباً. أرجو أن ترسلوا لي الرسائل باللغة العربية أو أن تتصلوا بي مع مترجم عربي. لا أفهم الرسائل الطويلة
        بالإنجليزية، وابني ليس دائماً في البيت ليترجم. شكراً. أحمد فاروق
    """),
     R("C300056", "general", None, "arabic|interpreter|letter",
       "Arabic: 'please send me letters in Arabic or call me with an Arabic interpreter; I don't understand long "
       "letters in English and my son isn't always home to translate' -> communication needs, general.")),

    (email_in("10-14 08:00", "marcus.bell@example.com", "Marcus Bell", "Subject access request", """
        Dear Data Protection Officer,

        Under Article 15 of the UK GDPR, please provide a copy of all personal data you hold about me, including
        repair records, notes of phone calls, emails and any notes made by housing officers, from the start of my
        tenancy to date.

        My details: Marcus Bell, 12 Thornhill Gardens, Leeds LS12 5EW.

        I look forward to receiving this within one month.

        Marcus Bell
    """),
     R("C300060", "general", None, "subject access|data|gdpr",
       "Known e-mail; subject access request -> general.")),

    (sms_in("10-14 15:10", "+447700900339", """
        Hello, I want to come to the tenants meeting at St Aidans hall on 4 Nov. Can you book a BSL interpreter please?
        I will bring my friend also. Shirley 52 Hollin Park
    """),
     R("C300039", "general", None, "bsl|interpreter|meeting",
       "Known mobile; BSL interpreter for a tenants' meeting -> general.")),

    (email_in("10-15 18:45", "johnsmith.wf1@example.net", "John Smith", "Bin store consultation", """
        Hello,

        I got your letter about the consultation on moving the bin store at Calder Court and turning the old one into
        a bike store. I'd like to come to the drop-in session on the 29th but I'm on nights - is there any way to give
        my views by email? I'm in favour as long as the new bins aren't right under my window (Flat 14).

        John Smith
    """),
     R("C300046", "general", None, "consultation|bin store",
       "Known e-mail of the Calder Court John Smith; responding to a consultation letter -> general (estate "
       "acceptable).", EST)),

    (call_in("10-22 15:55", "+441632960322", """
        [Voicemail] Hello, it's Mrs Ramsden, Flat 1 Calder Court. Could someone ring me back please when you get a minute. Thank you.
    """, dur=17, answered_by=None, voicemail=True),
     R("C300022", "general", None, "call back|ring|voicemail",
       "Voicemail from a known landline asking for a call-back with no topic -> general.")),

    (sms_in("10-23 11:20", "+447700900335", """
        call me back pls
    """),
     R("C300035", "general", None, "call back|call",
       "Known mobile; bare call-back request with no topic -> general (any category defensible once the call is "
       "made).", ANY)),

    (chat("10-24 10:05", {"email": "nathan.pearce@example.org", "name": "Nathan"}, """
        Visitor: trying to register for the tenant portal but it says my activation code is invalid. ive tried 3 times
        Agent (Sunita): Hi Nathan, those codes expire after 28 days. I've sent a fresh one to this email address, it should arrive in a few minutes.
        Visitor: got it, works now cheers
    """),
     R("C300031", "general", None, "portal|code|register",
       "Chat with the customer's e-mail; tenant portal registration help -> general.")),

    (tg_in("10-26 13:25", "5120034471", "Agnieszka", """
        Hello, I got married in September and my surname is now Nowicka (Agnieszka Nowicka). Please change it on my
        account and letters. I can send the marriage certificate photo here.
    """),
     R("C300006", "general", None, "name|surname|married",
       "Linked Telegram id; change of name on the record -> general (tenancy acceptable).", TEN)),

    (email_in("10-27 19:00", "kwame.mensah@example.com", "Kwame Mensah", "Scrutiny panel", """
        Hi,

        I saw in the newsletter you're looking for tenants to join the scrutiny panel. I'd be interested - I work
        shifts so evening meetings suit me better. Is there any training, and do you pay expenses?

        Kwame Mensah, 18 Thornhill Gardens
    """),
     R("C300029", "general", None, "scrutiny|panel|involve",
       "Known e-mail; volunteering for tenant involvement -> general.")),

    (sms_in("10-28 12:45", "+447700900344", """
        Just wanted to say the plumber Dave who came for my bath tap was brilliant, cleaned up after himself and
        explained everything. Please pass it on x
    """),
     R("C300044", "general", None, "thank|plumber|brilliant",
       "Known mobile; compliment about an operative -> general (repairs acceptable).", REP)),

    (visit("10-29 10:45", cust("C300052"), BRADFORD_OFFICE, "walk_in", "attended", """
        Mr Ionescu came to reception with his daughter to update his contact details: new mobile 07700 900830 and an
        email address for letters (bogdan.ionescu@example.com). Also asked that we use a Romanian interpreter when we
        phone. Record updated.
    """, direction="inbound"),
     R("C300052", "general", None, "contact|mobile|email|interpreter",
       "Walk-in by a known customer updating contact details and interpreter need -> general.")),

    (letter("10-30 09:00", {"name": "Sarah Birkett"}, """
        Flat 2, 14 Rubislaw Terrace
        Aberdeen

        Dear Fairholme Homes,

        Re: my father, Mr Harold Birkett, 3 Thornhill Gardens, Leeds LS12 5EW

        I enclose a certified copy of the registered Lasting Power of Attorney for property and financial affairs
        which my father has given me. Please add me to his record as his attorney and send copies of any letters
        about his rent and his move to sheltered housing to me at the address above as well as to him.

        Yours faithfully,
        Sarah Birkett
    """),
     R("C300045", "general", None, "power of attorney|attorney|lpa",
       "Daughter acting under an LPA for a named tenant with full address -> C300045 (review acceptable); registering "
       "an attorney and correspondence address -> general (tenancy acceptable).",
       {"action": ["review"], "customer_ref": [None], "category": ["tenancy"]})),

    (call_out("10-30 14:20", "+447700900320", "Customer insight", "completed", dur=265, answered_by="human", transcript="""
        Agent: Hi, is that Bethany? I'm calling from Fairholme Homes for our tenant satisfaction survey, it takes about five minutes. Is now OK?
        Customer: Go on then.
        Agent: Overall, how satisfied or dissatisfied are you with the service Fairholme provides?
        Customer: Fairly dissatisfied, to be honest. The repairs take forever.
        Agent: Thank you. And how satisfied are you that your home is well maintained?
        Customer: Neither really.
        Agent: Thanks, that's everything. Your answers are anonymous in the results.
    """),
     R("C300020", "general", None, "survey|satisfaction",
       "Outbound satisfaction survey call to a known mobile -> general (complaint defensible for the repair "
       "remark).", {"category": ["complaint"]})),

    (email_in("11-02 09:20", "lorraine.kettlewell@example.com", "Lorraine Kettlewell", "Format of your letters", """
        Hello,

        My eyesight has deteriorated and I now use a screen reader. The PDFs you send (rent statements, appointment
        letters) are scanned images and the screen reader can't read them. Could you send me things as Word
        documents or as plain text in the body of the email instead? Please add this to my file.

        Thank you,
        Lorraine Kettlewell
    """),
     R("C300008", "general", None, "screen reader|format|accessib",
       "Known e-mail; accessible formats request -> general.")),

    (wa_in("11-03 17:00", "+447700900343", "Aisha", """
        Salaan. Marka aad i soo wacaysaan fadlan turjubaan Soomaali ah la soo wac. Ingiriisiga waan fahmaa wax yar
        laakiin telefoonka way igu adag tahay. Mahadsanid. Aisha Mohamud, 27 Weavers Row
    """),
     R("C300043", "general", None, "somali|interpreter|phone",
       "Somali: 'when you call me please bring a Somali interpreter; I understand a little English but the phone is "
       "hard for me' -> communication need, general.")),

    (sms_in("11-04 08:55", "+447700900831", """
        Sat sri akal ji, eh mera naya number hai. Tariq Hussain, 8 Moorside Crescent. Purana phone gum ho gaya.
        Kirpa karke eh number account te pa do.
    """),
     R("C300012", "general", None, "number|phone|new",
       "Punjabi (Roman script): 'this is my new number; Tariq Hussain, 8 Moorside Crescent; my old phone was lost; "
       "please put this number on the account'. Unknown number, but name + address single out C300012 (review "
       "acceptable) -> contact details, general.", REVOK)),

    (email_in("11-04 12:30", "karen.whitaker@example.org", "Karen Whitaker", "Letter confirming address", """
        Hi,

        I'm applying for my youngest's primary school place and the council want a letter from my landlord confirming
        we live at 23 Hollin Park Road. Could you email one over? It needs to be dated within the last three months.

        Thanks
        Karen
    """),
     R("C300004", "general", None, "letter|address|confirm|school",
       "Known e-mail (Karen's own); letter confirming address -> general (tenancy acceptable).", TEN)),

    (call_in("11-05 11:10", "+441632960358", """
        Agent: Fairholme Homes, Lee speaking.
        Caller: Hello, it's Mr Illingworth, 15 Beckside Mews. My neighbour says there's a Christmas dinner for the older tenants at the community centre. How do I get a ticket? I don't go out much these days.
        Agent: It's on Thursday 10 December, it's free and we can arrange a lift for you. I'll put your name down now.
        Caller: That would be lovely.
    """, dur=141),
     R("C300058", "general", None, "christmas|dinner|ticket",
       "Known landline; tenant event booking -> general.")),

    (email_in("11-06 20:10", "tomasz.nowak@example.net", "Tomasz Nowak", "Repairs contractor consultation", """
        Hello,

        I received the letter about the proposed new repairs contractor for Leeds and the consultation ending on 30
        November. The letter says the full document is "on our website" but I can't find it anywhere. Could you send
        me a link or a copy? My mum (Grażyna) would like a Polish summary if possible.

        Tomasz
    """, src="ews"),
     R("C300038", "general", None, "consultation|contractor|document",
       "Tomasz's own e-mail; request for a consultation document -> general.")),

    (ig_in("11-09 10:15", "@wakey_dave", None, """
        Hi what's the address of your Wakefield office? Need to hand in some forms for my mum
    """),
     V("general", None, "address|office|wakefield",
       "Unknown Instagram handle asking for office details -> review; general (ignore defensible).",
       {"action": ["ignore"], "category": [None]})),

    (chat("11-10 12:40", {"email": "sandra.okonkwo@example.org", "name": "Sandra"}, """
        Visitor: Can I have all my letters and rent statements by email instead of post? Post goes missing in our block
        Agent (Priya): Hi Sandra, yes. I've set your correspondence preference to email, using this address.
        Visitor: perfect thanks
    """),
     R("C300049", "general", None, "email|post|letters",
       "Chat with the customer's e-mail; correspondence preference -> general.")),
]

# Content-free outbound attempts (recorded against the callee; purpose unknown from the event itself)
ITEMS += [
    (call_out("10-22 16:40", "+447700900352", "Repairs scheduling", "no-answer"),
     R("C300052", "general", None, ATTEMPT, "Attempted outbound call, no answer -> record against the callee; any "
       "category.", ANY)),

    (call_out("11-11 10:05", "+441632960358", "Income team", "completed", dur=9, answered_by="machine_end_beep",
              voicemail=False),
     R("C300058", "general", None, ATTEMPT, "Answering machine picked up on a known landline, no message left -> "
       "attempted contact recorded; any category.", ANY)),
]

# ============================================================================================
# Ignore: newsletters, auto-replies, bounces, marketing, spam, broadcasts, automated reminders,
# opt-outs, social chatter
# ============================================================================================
ITEMS += [
    (email_in("10-01 05:30", "bulletin@northern-housing-forum.example.org", "Northern Housing Forum",
              "Forum bulletin: repairs benchmarking, lift safety, estate walkabouts", """
        NORTHERN HOUSING FORUM - MONTHLY BULLETIN

        * Repairs benchmarking 2026: how long do tenants wait for a plumber?
        * Lift safety: new guidance on passenger lift inspections in blocks
        * Good practice: making estate walkabouts count
        * Events: tenant engagement masterclass, 19 November, Leeds

        You are receiving this because your organisation is a forum member.
        Manage your subscription | Unsubscribe
    """, headers={"List-Unsubscribe": "<https://nhf-bulletin.example.org/unsub?m=fh>", "Precedence": "bulk",
                  "List-Id": "<bulletin.northern-housing-forum.example.org>"}),
     I("Sector bulletin (List-Unsubscribe, Precedence: bulk) full of repairs and estate vocabulary -> ignore.")),

    (email_in("10-03 14:02", "owen.pritchard@example.com", "Owen Pritchard", "Automatic reply: Your repair appointment", """
        Thanks for your email. I'm on annual leave until Monday 12 October with limited access to email. For anything
        urgent please contact my colleague on the team inbox.

        Owen
    """, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
     I("Out-of-office auto-reply from a known tenant's address (Auto-Submitted) -> ignore.",
       {"action": ["record"], "customer_ref": ["C300040"], "category": ["general"]})),

    (email_in("10-05 09:14", "MAILER-DAEMON@mail.example.net", "Mail Delivery System",
              "Undelivered Mail Returned to Sender", """
        This is the mail system at host mail.example.net.

        I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

        <paul.greenwood.old@example.net>: host mx.example.net said: 550 5.1.1 User unknown

        Subject: Your rent statement - October 2026
    """, headers=BOUNCE),
     I("Delivery-status bounce for an outgoing rent statement -> ignore.")),

    (email_in("10-06 11:30", "offers@boilercare-direct.example.com", "BoilerCare Direct",
              "Landlords: cut your emergency repair costs by 40%", """
        Dear Property Manager,

        Are boiler breakdowns, leaks and no-heating call-outs eating into your maintenance budget? BoilerCare Direct
        offers fixed-price cover for social landlords with 4-hour emergency response across Yorkshire.

        Book a 15-minute call with our team this week and receive a free stock condition review.

        To stop receiving these emails reply REMOVE.
    """),
     I("Unsolicited marketing using repair and emergency vocabulary -> ignore.")),

    (sms_in("10-07 13:13", "+447700900832", """
        Royal Mail: your parcel is being held due to unpaid postage of £1.45. Pay now to arrange redelivery:
        rm-redelivery.example.net/track
    """),
     I("Parcel-scam SMS from an unknown number -> spam, ignore.")),

    (wa_out("10-08 08:00", "+447700900333", """
        Fairholme Homes: the water supply to Foundry Walk will be turned off on Tuesday 13 October from 9am to 1pm
        while Yorkshire Water repair a main. Please store some water. Reply STOP to opt out.
    """),
     I("Broadcast template message sent to all Foundry Walk WhatsApp subscribers -> ignore.",
       {"action": ["record"], "customer_ref": ["C300033"], "category": ["estate", "general"]})),

    (sms_out("10-09 18:00", "+447700900329", """
        Fairholme Homes: reminder - your repair appointment (ref 90344, radiator valve) is tomorrow between 8am and
        12pm. Reply C to cancel. Reply STOP to opt out.
    """),
     I("Automated per-customer appointment reminder from the scheduling system -> ignore (record acceptable).",
       {"action": ["record"], "customer_ref": ["C300029"], "category": ["repairs"]})),

    (sms_in("10-09 18:03", "+447700900317", """
        STOP
    """),
     I("'STOP' reply to an automated text -> opt-out handled by the SMS provider, ignore (record acceptable).",
       {"action": ["record"], "customer_ref": ["C300017"], "category": ["general"]})),

    (fb_in("10-10 19:45", "fb:100090000318", "Linda Parkin", """
        Gorgeous sunset over Ashgrove Court tonight 🌅 you'd never know you were in the middle of Leeds
    """),
     I("Social chatter asking for nothing -> ignore.")),

    (ig_in("10-11 12:20", "@jj_beckside", None, """
        😍😍🔥
    """),
     I("Emoji story reply -> ignore.")),

    (email_in("10-12 16:05", "noreply@jobs.rapidfix-contractors.example.com", "RapidFix Job System",
              "Job 88931 status changed: COMPLETED", """
        This is an automated notification.

        Job: 88931
        Address: Flat 4, Ashgrove Court, LS6 2JD
        Trade: Plumbing
        Status: COMPLETED
        Operative notes: replaced kitchen mixer tap cartridge, tested, no leaks.

        Do not reply to this email.
    """, to=REPAIRS_BOX, headers={"Auto-Submitted": "auto-generated"}),
     I("Contractor system notification (Auto-Submitted: auto-generated), not a customer contact -> ignore.",
       {"action": ["record"], "customer_ref": ["C300007"], "category": ["repairs"]})),

    (letter("10-13 09:00", {"name": "ComfortLift Stairlifts"}, """
        FREE HOME DEMONSTRATION!

        Struggling with the stairs? Our reconditioned stairlifts start from just £995 fitted, with next-day
        installation across West Yorkshire. Call our freephone number or return the reply slip for your free
        brochure.

        Dear Homeowner - this offer is limited to the first 50 replies.
    """),
     I("Marketing mailshot for stairlifts (adaptation vocabulary) -> ignore.")),

    (chat("10-14 02:10", {"name": "Visitor"}, """
        Visitor: hi
        Agent (Bot): Hi, you're through to Fairholme Homes. Our advisers are available 8am-8pm. For emergency repairs call 0113 496 0999. How can I help?
        [Visitor left the chat]
    """),
     I("Content-free chat from an unidentified visitor who left -> nothing to keep.",
       {"action": ["review"], "category": ["general"]})),

    (email_in("10-15 07:00", "waste.services@wakefield-council.example.org", "Wakefield Council Waste Services",
              "Christmas and New Year bin collection changes", """
        Dear Partner,

        Please share with your residents: collections over Christmas and New Year will move by one or two days.
        Calendars are available on our website. Bulky waste collections will be suspended from 21 December to 4
        January. Fly-tipping will be investigated and fines issued.

        This message was sent to all registered landlords and managing agents.
    """, headers={"Precedence": "bulk"}),
     I("Council bulk notice to all landlords (Precedence: bulk) about bins and fly-tipping -> ignore.",
       {"action": ["review"], "category": ["estate"]})),

    (sms_in("10-17 21:40", "+447700900833", """
        Sorry wrong number x
    """),
     I("Content-free wrong-number text from an unknown number -> ignore (review acceptable).",
       {"action": ["review"], "category": ["general"]})),

    (email_in("10-19 10:00", "events@proptech-summit.example.com", "PropTech Summit",
              "Last chance: AI for social housing repairs - free webinar", """
        Join 400 housing professionals on 3 December for our free webinar on AI triage of repairs, damp and mould
        prediction and automated rent arrears contact.

        Register now - places limited.

        Unsubscribe from PropTech Summit communications.
    """, headers={"List-Unsubscribe": "<mailto:unsub@proptech-summit.example.com>"}),
     I("Webinar marketing mentioning damp, mould and arrears -> ignore.")),

    (tg_in("10-20 10:02", "5301177720", "Tomasz", """
        👍
    """),
     I("Thumbs-up acknowledgement on a linked Telegram id, asks for nothing -> ignore (record acceptable).",
       {"action": ["record"], "customer_ref": ["C300038"], "category": ["general"]})),

    (email_out("11-02 09:00", {"email": "news@fairholmehomes.example.org", "name": "Fairholme Homes"},
               "tenants-all@lists.fairholmehomes.example.org", None, "Tenant News - November 2026", """
        Hello everyone,

        This month: how to keep condensation down as the weather turns cold, rent payment options over Christmas,
        your new estate caretakers, the Christmas lunch for older tenants, and how to join the scrutiny panel.

        To stop receiving these emails, click unsubscribe.
    """, headers={"List-Unsubscribe": "<mailto:unsubscribe@fairholmehomes.example.org>", "Precedence": "bulk"}),
     I("Landlord's own bulk newsletter to all tenants -> ignore.")),

    (wa_out("10-09 09:30", "+447700900344", """
        Fairholme Homes: your repair (job 90512, bath tap) is now complete. How did we do? Reply with a score from
        1 (poor) to 5 (excellent).
    """),
     I("Automated per-customer job-completion survey message -> ignore (record acceptable).",
       {"action": ["record"], "customer_ref": ["C300044"], "category": ["repairs"]})),

    (fb_in("11-07 13:30", "fb:100090000319", "Shaz Ali", """
        Who else hasn't had their bins emptied this week lol 😂 classic
    """),
     I("Public chatter with no request or identifiable location -> ignore (review / estate defensible).",
       {"action": ["review"], "category": ["estate"]})),
]

# Ids, writing, validation and coverage: corpus_tools.py (shared with the other generators).
import corpus_tools  # noqa: E402

corpus_tools.SPLIT = "train3"


def main() -> int:
    return corpus_tools.build(ITEMS, ['train.jsonl', 'train2.jsonl'])


if __name__ == "__main__":
    sys.exit(main())

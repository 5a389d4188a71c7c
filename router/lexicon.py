"""The curated lexicon: phrases that signal a category, a hazard or a request, with the subject
and follow-up action a housing officer would write for them.

Terms are regular-expression fragments matched case-insensitively on word boundaries. Each entry
is (pattern, weight, subject phrase, further action or "").
"""

from __future__ import annotations

from schemas import Category

Entry = tuple[str, float, str, str]

CATEGORY_TERMS: dict[Category, list[Entry]] = {
    Category.REPAIRS: [
        (r"boiler\w*", 2.0, "boiler fault", "book heating repair"),
        (r"no (heating|heat)\b", 2.0, "no heating", "book heating repair"),
        (r"(no|without) hot water", 2.0, "no hot water", "book heating repair"),
        (r"radiator\w*|valve", 1.5, "radiator fault", "book plumbing repair"),
        (r"leak\w*|leaking|dripping|drip\w*|pani tapak|tapak", 1.5, "water leak", "book plumbing repair"),
        (
            r"tap\b|taps\b|toilet|sink|drain\w*|blocked|plumb\w*|cistern|shower",
            1.2,
            "plumbing fault",
            "book plumbing repair",
        ),
        (r"extractor( fan)?|\bfan\b", 1.2, "extractor fan fault", "book electrical repair"),
        (
            r"light switch|socket\w*|fuse\w*|electric\w*|wir(e|es|ing)\b|sparking|tripping",
            1.5,
            "electrical fault",
            "book electrical repair",
        ),
        (r"window\w*|door\w*|lock\w*|hinge\w*|handle", 0.8, "doors or windows", "book joinery repair"),
        (
            r"fence\w*|gate\b|roof\w*|gutter\w*|slates?|ceiling|chhat",
            1.2,
            "building fabric repair",
            "book repair",
        ),
        (r"lift\b|lifts\b", 1.5, "lift out of service", "report to lift contractor"),
        (
            r"repair\w*|broken|not working|stopped working|engineer|fix\w*|replace\w*|cracked",
            1.0,
            "repair",
            "book repair",
        ),
        (
            r"gas safety|electrical safety|safety (check|inspection)|eicr|inspection",
            1.2,
            "safety inspection",
            "arrange inspection",
        ),
        (r"cooker|oven|kitchen unit\w*|worktop|cupboard", 0.8, "kitchen repair", "book repair"),
        (r"zepsu\w*|nie działa|cieknie|kaloryfer|ogrzewani\w*", 1.5, "repair", "book repair"),
    ],
    Category.DAMP_MOULD: [
        (r"mou?ld\w*", 3.0, "mould", "arrange damp and mould inspection"),
        (r"damp\w*", 2.5, "damp", "arrange damp and mould inspection"),
        (
            r"condensation|black spots|black patches|musty",
            2.0,
            "condensation",
            "arrange damp and mould inspection",
        ),
        (r"wilgo\w*|grzyb\w*|pleśń", 2.5, "damp and mould", "arrange damp and mould inspection"),
    ],
    Category.RENT: [
        (r"rent\b|rents\b", 1.5, "rent", ""),
        (r"arrears", 2.5, "rent arrears", "agree arrears arrangement"),
        (r"direct debit|standing order", 2.5, "direct debit", "update payment details"),
        (
            r"universal credit|\buc\b|housing benefit|dwp|benefit\w*",
            2.0,
            "universal credit / benefits",
            "confirm rent to DWP",
        ),
        (
            r"payment\w*|pay\b|paid|balance|statement|refund|overpa\w*|owe",
            1.2,
            "rent account",
            "send rent statement",
        ),
        (r"service charge\w*", 1.5, "service charges", ""),
    ],
    Category.ASB: [
        (r"anti.?social|\basb\b", 3.0, "anti-social behaviour", "open ASB case"),
        (
            r"drug\w*|dealing|dealer\w*|selling (weed|drugs)|cannabis( farm)?|weed\b|needles?\b|crack den",
            3.0,
            "suspected drug activity",
            "open ASB case",
        ),
        (
            r"noisy neighbours?|music (blaring|till|til|until|all night|every night|late)|music at (number|no)|loud music|shouting|partying|part(y|ies) every|noise (from|next door|upstairs|nuisance|complaints?|diary|app)|zgomot|hałas\w*",
            2.5,
            "noise nuisance",
            "open ASB case",
        ),
        (
            r"threat\w*|intimidat\w*|harass\w*|verbal abuse|abusive|racist|hate crime|pulled a knife|knife|picked on|bull(y|ied|ying)|fights?\b|assault\w*",
            3.0,
            "threats or harassment",
            "open ASB case",
        ),
        (
            r"vandal\w*|graffiti|throwing (stones|eggs)|smash(ed|ing) (bottles|windows)|keyed|teenagers|gang\b|revving|urinating|drinking and shouting|yarmun|البيض",
            2.5,
            "vandalism / nuisance",
            "open ASB case",
        ),
        (
            r"neighbour dispute|parking dispute|diary sheets?|(dog|dogs) (barks?|barking)|barks? (all day|from)|latre|dog mess|(son|daughter)'?s behaviour",
            2.5,
            "neighbour nuisance",
            "open ASB case",
        ),
    ],
    Category.SAFEGUARDING: [
        (
            r"domestic (abuse|violence)|fleeing|(he|she|partner|husband|wife|boyfriend|girlfriend|ex) (hits?|hit me|beats?|hurt\w*|threaten\w*|pushed)|hits (his|her) (wife|partner|husband|girlfriend|boyfriend)|ex.?partner|idva|sanctuary scheme|safety plan|refuge",
            4.0,
            "domestic abuse",
            "refer to safeguarding lead",
        ),
        (
            r"scared of (him|her|my partner)|afraid of (him|her|my partner)|(really|so) scared|knows where i live|frightened|controlling|coercive|screaming at each other",
            3.5,
            "fear for safety",
            "refer to safeguarding lead",
        ),
        (
            r"safeguard\w*|welfare|vulnerable adult|self.?harm|suicid\w*|end (it|my life)|social worker|children'?s services|living conditions",
            3.5,
            "welfare concern",
            "arrange welfare check",
        ),
        (
            r"(haven'?t|hasn'?t|not) (been )?seen (her|him|them)|(hasn'?t|not) been seen|milk('s| is)? (still )?on the step|milk (is )?still|post (is )?(still there|piling)|not answer(ing|ed)? (the |her |his )?door|curtains (are )?(still )?(shut|closed)|no answer for days|(very|seems) confused|hasn'?t eaten|meters? (are |is )?(both )?on zero|no money for food",
            3.5,
            "welfare concern",
            "arrange welfare check",
        ),
        (
            r"(child|children|boy|girl|kids?|baby|toddler|little one)\w* (is |are )?(left )?(home )?(on (his|her|their) own|alone|unattended)",
            4.0,
            "child welfare concern",
            "refer to safeguarding lead",
        ),
        (
            r"left (home )?(on (his|her|their) own|alone|unattended)|crying for hours|no food in the house",
            3.5,
            "child welfare concern",
            "refer to safeguarding lead",
        ),
        (
            r"neglect\w*|exploit\w*|cuckoo\w*|hoarding|borrow\w* (his|her) (bank )?card|financial abuse|takes? (his|her) money",
            3.5,
            "safeguarding concern",
            "refer to safeguarding lead",
        ),
    ],
    Category.COMPLAINT: [
        (r"complain\w*|formal complaint", 4.0, "complaint", "log stage 1 complaint"),
        (
            r"not (happy|acceptable|good enough)|unacceptable|disgrace\w*|disgusted|appalling|fed up|sick of|ridiculous",
            2.0,
            "dissatisfaction with service",
            "log stage 1 complaint",
        ),
        (
            r"nobody (has )?(came|come|turned up|called|rang|answers?|kept)|no one (came|turned up|called)|still waiting|(third|fourth|fifth) time|keeps? (getting )?cancell?ed|ombudsman",
            1.5,
            "repeated service failure",
            "",
        ),
    ],
    Category.TENANCY: [
        (r"mutual exchange|swap\w*|exchange", 2.5, "mutual exchange", ""),
        (r"pet\b|pets\b|cat\b|dog\b|permission", 2.0, "permission request", "respond to permission request"),
        (
            r"succession|joint tenancy|sole tenancy|add (my|a) (partner|name)|tenancy agreement|end (my|the) tenancy|notice to quit|give notice|moving out",
            2.5,
            "tenancy change",
            "",
        ),
        (r"lodger|sublet\w*|succeed", 2.0, "tenancy change", ""),
        (r"keys?\b|sign.?up|tenancy", 0.8, "tenancy", ""),
    ],
    Category.LETTINGS: [
        (
            r"housing register|register\w*|bidding|\bbid\b|bids\b|band [a-e]\b|waiting list",
            2.5,
            "housing register and bidding",
            "send housing register information",
        ),
        (
            r"transfer|downsiz\w*|bungalow|move to a smaller|overcrowd\w*|council house|apply for (a )?(house|home|flat)|rehous\w*",
            2.5,
            "rehousing / transfer",
            "send transfer information",
        ),
        (r"viewing|new tenancy offer|offer of a property|allocation", 2.0, "lettings", ""),
    ],
    Category.ESTATE: [
        (
            r"bins?\b|rubbish|fly.?tip\w*|dumped|litter|recycling",
            2.0,
            "bins and rubbish",
            "arrange estate clean-up",
        ),
        (
            r"street ?light\w*|lighting|communal (area|light|door|hall)\w*|stairwell|grass|grounds|hedges?|trees?|play area|car park|parking bay",
            1.8,
            "communal areas",
            "report to estate services",
        ),
        (
            r"graffiti|pigeons?|pest\w*|rats?\b|mice|cockroach\w*",
            1.5,
            "estate issue",
            "report to estate services",
        ),
    ],
    Category.GENERAL: [
        (
            r"change (of )?(my )?(address|phone|number|email|details)|contact details|update my",
            1.5,
            "contact details update",
            "update contact details",
        ),
        (
            r"opening hours|office|appointment|call me back|ring me back|phone me",
            0.6,
            "general enquiry",
            "call back",
        ),
    ],
}

# Immediate danger to health or safety (Awaab's Law emergency hazards).
EMERGENCY_TERMS: list[Entry] = [
    (
        r"smell (of )?gas|gas (smell|leak)|smells? of gas|czuć gaz|zapach gazu|miroase a gaz|miros de gaz|"
        r"رائحة غاز|ur gaas|gas ki boo",
        5.0,
        "suspected gas leak",
        "emergency: make safe within 24 hours",
    ),
    (
        r"flood\w*|water (is )?(pouring|gushing|coming) (in|through|down)|through the light( fitting)?s?|burst pipe|"
        r"zalan\w*|inunda\w*|فيضان",
        5.0,
        "flooding",
        "emergency: make safe within 24 hours",
    ),
    (
        r"(wires?|wiring) (showing|exposed|hanging|out)|exposed (wires?|wiring)|bare (wires?|copper)|live wires?|"
        r"hanging (on|by) (its|the) wires?|sparks?\b|sparking|burning smell|smell of burning|smoke (coming )?from the (socket|plug|fuse)",
        5.0,
        "exposed wiring",
        "emergency: make safe within 24 hours",
    ),
    (
        r"fire door\w*.{0,60}(broken|not clos\w*|won'?t close|doesn'?t close|propped|wedged|snapped|swings open)|"
        r"(smoke|fire) (alarm|detector)\w*.{0,40}(not working|broken|missing|beeping|fault|no light|removed)|"
        r"fire (alarm )?panel.{0,40}fault|fire extinguisher",
        5.0,
        "fire safety failure",
        "emergency: make safe within 24 hours",
    ),
    (
        r"ceiling('s| is| has)? (collaps\w*|fall\w*|fell|come down|caving|sagging)|(come|coming|fell|fallen) (down )?(through|from) the ceiling|"
        r"balcony (is )?(crumbling|collaps\w*|unsafe)|structural|wall (is )?collaps\w*|joists",
        5.0,
        "structural danger",
        "emergency: make safe within 24 hours",
    ),
    (r"carbon monoxide|\bco alarm", 5.0, "carbon monoxide alarm", "emergency: make safe within 24 hours"),
]
# How tenants actually describe the same dangers, in English and the community languages.
_MAKE_SAFE = "emergency: make safe within 24 hours"
EMERGENCY_TERMS += [
    (
        r"rotten.?eggs?|gas (ki )?(bu|boo|boi)\b|czuję gaz|czuć gazem|gaz\w* .{0,20}(wyciek|czuć)|cheiro a gás|"
        r"\bco (detector|alarm|monitor)|czujnik\w* czadu|\bczad\w*|monoxid\w*|أول أكسيد الكربون|monóxido",
        5.0,
        "suspected gas leak or carbon monoxide",
        _MAKE_SAFE,
    ),
    (
        r"(water|pani|paani|woda|água|agua|ماء|biyo).{0,50}(light (fitting|switch)|lights?\b|socket|switch|fuse ?box|"
        r"smoke alarm|electric\w*|tomadas|interruptor|światł\w*|gniazdk\w*|bijli|الكهرباء|koronto\w*)|"
        r"(lights?|socket|switch|fuse ?box|smoke alarm|electric box)\b.{0,40}(water|dripping|wet|pani|paani)|"
        r"raining (in )?(through|thru)|pouring (in )?(through|thru)|lights? (keep|keeps|kept) tripping|"
        r"(got|get|gets|had|gave \w+) a (proper |bad |nasty )?(electric )?shock|electric shock|shock (off|from) the|"
        r"see the (wires|copper)|wires (inside|sticking out)|fizzing|smells? (hot|burnt|of burnt)|"
        r"scântei|scantei|miroase a ars|شرار\w*|رائحة حريق|dhimbiil\w*|iskry|iskrzy",
        5.0,
        "water in the electrics or an electrical fault",
        _MAKE_SAFE,
    ),
    (
        r"ceiling.{0,40}(bulg\w*|bowing|bowed|balloon)|bulg\w*.{0,30}ceiling|ceilin\w*.{0,20}(come|came|fallen|fell) down|"
        r"sufit\w*.{0,40}(pękł|spad\w*|wybrzusz\w*|zaraz)|(teto|tecto).{0,30}(caiu|cair|a cair)|"
        r"crack.{0,80}(wider|fingers? in|spreading)|(chimney|gable|wall).{0,40}(leaning|bowing|coming away)|"
        r"bricks? (have |has )?(come|fallen|falling|coming) (off|down|away)|concrete.{0,50}(breaking|falling|crumbling|"
        r"coming) (off|away)|chunks? (of concrete|of plaster)|railing.{0,40}(wobbl\w*|loose|moves|coming away)|"
        r"(stair|tread)\w*.{0,40}(split|gave way|gives way|drops)|asbestos|roof tiles?.{0,60}(fell|fallen|smashed|came "
        r"down|come down|falling)|branch.{0,40}(hanging|falling) (off|over|down)",
        5.0,
        "structural danger",
        _MAKE_SAFE,
    ),
    (
        r"sewage|manhole.{0,30}overflow\w*|(toilet|loo).{0,30}overflow\w*|coming up (in|through) the (bath|toilet|sink|"
        r"plughole|shower)|(pipe('s| has)?|has) burst|water('s| is)? (pouring|gushing|spraying|coming) (out|everywhere|"
        r"down the stairs)|(pouring|gushing) (out )?(from|under)|tank in the loft|stopcock.{0,40}(won'?t|can'?t|doesn'?t)|"
        r"غرق|يتدفق|buux dhaaf\w*|daadanay\w*",
        5.0,
        "flooding or sewage",
        _MAKE_SAFE,
    ),
    (
        r"fire exit.{0,40}(chained|locked|blocked|padlock\w*)|(blocking|blocked|chained|padlocked).{0,30}fire exit|"
        r"emergency lights?.{0,30}(not working|aren'?t working|out\b)|wyjści\w* ewakuacyjn\w*|"
        r"(smoke alarms?|smoke detectors?).{0,80}(no (green )?light|nothing happens|none of them work|don'?t work|"
        r"doesn'?t work|not working)|(tried to|trying to) (burn|set fire)|set fire to",
        5.0,
        "fire safety failure",
        _MAKE_SAFE,
    ),
    (
        r"(kicked|smashed|broke|forced) (in )?(my|the) (front |back )?door|door.{0,30}(kicked|forced) in|"
        r"(break.?in|broke in|broken into|burglar\w*).{0,80}(door|lock|window|frame)|"
        r"(window|glass).{0,40}(smashed|shattered|came through).{0,60}(ground floor|glass (all )?over|jagged|hole)|"
        r"jagged glass",
        5.0,
        "home not secure",
        _MAKE_SAFE,
    ),
]

NO_HEAT = (
    r"no (heating|heat|hot water)|boiler('s| has| is)? (died|broken|stopped|not working|packed up)|"
    r"without (heating|hot water)|heating('s| is| has)? (been )?(off|gone off|went off|not working|broken)|"
    r"heating (went|has gone|keeps going) off|(house|flat|home) is freezing|nu avem (apă caldă|căldură)|"
    r"(heating|heaters?|boiler)('s| has| have| hasn'?t| haven'?t)? (not )?(come on|stopped|packed in|failed)|"
    r"radiators (are )?(stone |ice |freezing )?cold|no heat\b|heating kaam nahi|nie ma (ogrzewania|ciepłej wody)|"
    r"sem (aquecimento|água quente)|germahî\w* .{0,20}naxebit\w*|التدفئة لا تعمل|"
    r"brak (ciepłej wody|ogrzewania)|لا يوجد ماء ساخن|السخان لا يعمل|biyo kulul ma jiraan"
)
VULNERABLE = (
    r"\bbaby\b|newborn|toddler|pregnant|elderly|\b(8|9)\d\b|disab\w*|wheelchair|\bms\b|multiple sclerosis|"
    r"heart condition|copd|asthma|cancer|chemo\w*|oxygen|dementia|frail|(severely|seriously|very) ill|illness|"
    r"disabled|carer|poorly|newborn|seventy|eighty|ninety|\bnan\b|grandma|elderly (mum|mother|dad|father)|"
    r"\b[2-9] months? old|weeks? old|dziecko|niemowl\w*|copil\w*|bebe|طفل|ilmo|canug|"
    r"\b(i'?m|aged?|she'?s|he'?s|is) 7\d\b|hospital|cerebral palsy|bad heart|diabet\w*|young (kids|children)|"
    r"small (kids|children)|little ones|zarok\w*|walid sahab|mãe tem|mama ma \d"
)

# "Please don't tell them it was me": the reporter asks not to be identified.
ANONYMITY = (
    r"anonymous\w*|anonim\w*|"
    r"(don'?t|dont|do not|please don'?t|pls dont) (tell|say|let (them|him|her) know)\b.{0,40}\b(me|my name|i (reported|told|complained|rang|called))\b|"
    r"(don'?t|dont|do not) want (my name|to be named|to give my name|them to know|anyone to know)|"
    r"(rather|prefer) not (have|give|put) my name|not (putting|giving) my name|keep my name (out|off)|"
    r"without (giving )?my name|not (to )?be (named|identified)|(leave|keep) me out of it|"
    r"(it was|it's) me who (reported|told)|reporter details: withheld|"
    r"nie mów\w* że to ja|să nu (le )?spune\w*|لا تخبرهم|ha u sheegin|"
    r"(rather|prefer) (they|he|she|them|nobody|no one)( \w+)? (didn'?t|did not|don'?t|never) (know|find out)|"
    r"(not|won'?t|wont|don'?t|dont|never) (be )?((giving|givin'?|give|putting|puttin'?|put|leaving|leave) (you )?my name|(signing|sign) (this|it|anything))\b|"
    r"without (putting|giving|signing) my name|(keep|stays?|remain\w*) (this )?(between us|between you and me|"
    r"confidential)|(don'?t|dont|do not|please don'?t|pls dont) (mention|name) me|"
    r"(find|finding|found) out (it was|that it was|it's) me|(they('d|'ll| would| will)?|he'?d|she'?d) know it was me|"
    r"(scared|afraid|worried|frightened) (they|he|she)('ll| will)? (find out|know)|"
    r"(don'?t|do not) want (it|this) (going )?on my (file|record)|any comeback|"
    r"să nu afle|rămână confidențial|proszę nie mówić|nie mówcie|naam na bata\w*|naam na bolben|naam bolben na|"
    r"não digam|nao digam|magacayga ha|ha sheegin|"
    # the same requests in looser words and other languages
    r"(keep|kept|keeping|leave|leaving) my name (out|off)|"
    r"(don'?t|dont|do not|didn'?t) want (them|him|her|anyone|anybody|the neighbours?|people) "
    r"(knowing|to know|finding out|to find out)|"
    r"(don'?t|dont|do not|never) (give|pass on|share|tell|reveal|use) (them |him |her |anyone |anybody )?"
    r"(my name|my details|who i am)|(withhold|not pass\w* on) my (name|details)|"
    r"nie podawaj\w* (mojego )?nazwisk\w*|bez (mojego )?nazwiska|(mera|mere) naam\b.{0,30}\b(mat|na)\b|"
    r"(لا|ألا|عدم) (تذكر\w*|تخبر\w*|تقول\w*) اسمي|(دون|بدون) (ذكر )?اسمي|"
    r"আমার নাম .{0,20}(বলবেন না|বলবে না|জানাবেন না)|(nu|fără|fara) .{0,20}numele meu|"
    r"(sem|não|nao) (dizer|dar|digam|deem|passem) o meu nome|"
    # "it wasn't me who told you": the request made by denying the report
    r"(don'?t|dont|do not|never) (let on|say|tell (them|him|her|anyone))\W+(it was|it's|that it was|who) (me|us|rang|called|wrote|told)|"
    r"(i|we) never (rang|called|spoke to|told|wrote to) (you|ya|u)\b|(you|u) (didn'?t|did not|never) hear (it|this|that) from me|"
    r"(didn'?t|did not|never) come from me|off the record|between (you and me|ourselves)|"
    r"(keep|keeping) (it|this) between us|between us,? (yeah|ok|okay|like|right|please|pls)\b|"
    r"(don'?t|dont|not|never) (have|having|put|putting|with) my name (on|to|down)|anything with my name on|"
    r"\bno names?\W{0,3}(please|pls|plz)\b|"
    # "this mustn't come back to me", "treat it as from a resident": the reporter's identity kept out
    # (not "nobody gets back to me", "they never come back to me": a complaint about replies)
    r"(this|it) (doesn'?t|does not|won'?t|will not|can'?t|cannot|mustn'?t|shouldn'?t) (ever )?(come|be traced|lead) "
    r"back to (me|us)\b|want (it|this|that|any of (it|this|that)) (coming|going|traced|being traced) back to (me|us)\b|"
    r"treat (it|this|my report|the report) as (anonymous|(coming )?from\W{1,3}(an? )?(anonymous|concerned |local )?"
    r"(resident|neighbour|tenant|member of the public))|"
    r"że to (ja|my)\b|nie poda\w* (mojego |mojej )?nazwisk\w*|"
    r"să (nu )?(se )?(știe|stie|afle)\w* că (eu|noi)|"
    r"\b(mera|mere|meraa) (naa|naam|nam|na)\b.{0,20}\b(na|nahi|nahin|mat) (dass|bata|dus|das)\w*|"
    r"میرا نام (مت|نہ|نا) (بتا|لی|ظاہر|دس)\w*|(ألا|لا) (يعرف|يعلم|تخبر\w*|تقول\w*) (أنني|أني|انني|اني|أنه أنا)"
)


# Bulk and marketing: never a customer contact to keep.
SPAM = (
    r"free spins|casino|bonus is waiting|followers (fast|for £)|grow your followers|\bdm (me )?now\b|special offer|"
    r"free quote|call today for|crypto|bitcoin|click here|limited time offer|you have won|claim your prize|"
    r"seo services|unsubscribe|opt out|reply stop\b|\bviagra\b|no.obligation|offer ends|save £[\d,]+ a year|"
    r"forward this to|don'?t break the chain|collab\b|engagement|check (our|my) bio|unpaid postage|"
    r"reschedule (your delivery )?at|please give what you can|[0-9]+ could (buy|help)|donate now|"
    r"your account (has been|will be) (suspended|locked)|verify your account"
)

# A request or a problem that needs a response (social media is kept only with one of these).
NEEDS_RESPONSE = (
    r"\?|please|pls|plz|can (you|someone|i)|could (you|someone|i)|would you|need\w*|help|report\w*|"
    r"not working|broken|who do i|when will|how do i|send (someone|somebody)|come (out|round|and)|fix|"
    r"urgent|asap|bhej|prosz\w*|blew down|fell down|fallen|damaged|leak\w*|come away|out again|"
    r"still waiting|no (heating|hot water)|(my|our) (flat|house|home|ref)|ref\b"
)

# Community languages: the same categories in the languages most often used by tenants
# (Polish, Romanian, Arabic, Somali, Urdu in Roman script), so a short message in any of them
# is routed like its English equivalent.
_COMMUNITY: dict[Category, list[Entry]] = {
    Category.RENT: [
        (
            r"czynsz\w*|zaległoś\w*|rat(y|ach|ami)\b|zapłaci\w*|płatnoś\w*|chiri(e|a|ei)\w*|plat(a|ă)\b|"
            r"plătit|kirada|kiro\b|lacag\w*|إيجار|الإيجار|الدفع|kiraya",
            2.0,
            "rent",
            "",
        ),
    ],
    Category.REPAIRS: [
        (
            r"naprawa|zepsut\w*|przecieka|wyciek\w*|drzwi|zamek|stricat\w*|reparați\w*|ușa|încuietoare|"
            r"albaab\w*|qufulka|jaban|dayactir\w*|باب|قفل|تسرب|مكسور|إصلاح|kharab|toota|"
            r"apă caldă|ciepł\w* wod\w*|ogrzewani\w*|încălzire|biyo kulul|ماء ساخن|سخان|تدفئة",
            2.0,
            "repair",
            "book repair",
        ),
    ],
    Category.DAMP_MOULD: [
        (
            r"pleśń|pleśni|wilgo\w*|grzyb\w*|mucegai|umezeal\w*|igrasie|caaryaa|qoyan|qoyaan|عفن|رطوبة|"
            r"seelan|phaphoond",
            3.0,
            "damp and mould",
            "arrange damp and mould inspection",
        ),
    ],
    Category.LETTINGS: [
        (
            r"locuinț\w*|aplic\w*|mieszkani\w* (socjaln|komunaln)\w*|guri (ka )?weyn|codsa\w*|"
            r"سكن|شقة أكبر|zamian\w*",
            2.5,
            "rehousing / transfer",
            "send transfer information",
        ),
    ],
    Category.ESTATE: [
        (r"qashin|śmieci|gunoi|القمامة|kachra", 2.0, "bins and rubbish", "arrange estate clean-up"),
    ],
    Category.ASB: [
        (r"zgomot|hałas\w*|buuq|ضوضاء|إزعاج|shor\b", 2.5, "noise nuisance", "open ASB case"),
    ],
}
# Wider ASB and safeguarding vocabulary: how tenants actually describe these situations.
_SENSITIVE_MORE: dict[Category, list[Entry]] = {
    Category.ASB: [
        (
            r"bass\b|drilling|hammering|sound system|party wall|(loud|blaring) (music|tv|telly)|music (is |was )?(so |really )?loud|"
            r"(till|until|past) [1-6] ?(am|in the morning)|muzic\w* .{0,15}tare|muusig|qaylo|jore gaan",
            2.5,
            "noise nuisance",
            "open ASB case",
        ),
        (
            r"skunk|cannabis|weed\b|ganja|nitrous|canisters|(doing|selling) balloons|\bgear\b|heroin|(smoking|selling|dealing|doing|on) crack\b|crack (cocaine|den|house|pipes?|users?|heads?)|spice\b|"
            r"narkotyk\w*|handlują|daroogo|droguri|مخدرات|dealing|dealers?\b|syringes?|\bsharps\b|suiyan|strzykawk\w*",
            3.0,
            "suspected drug activity",
            "open ASB case",
        ),
        (
            r"racis\w*|racial\w*|go back to (your|ur) (own )?country|about muslims|hate (crime|incident)|homophobic|"
            r"عنصري\w*|rasist\w*",
            3.0,
            "hate incident",
            "open ASB case",
        ),
        (
            r"brick (thru|through)|keying|keyed (my|the|our|cars?)|wing mirrors?|spray.?paint\w* (on|over|all over)|fireworks (at|into)|"
            r"lobbing|throwing (stones|eggs|bottles|rubbish)|criminal damage",
            2.5,
            "criminal damage",
            "open ASB case",
        ),
        (
            r"motorbikes?|off.road|wheelies|dangerous dog|dog (went for|attacked|bit|bites)|went for my|(group|gang) of (lads|youths|kids|teenagers|men)|"
            r"youths?\b|lads (sit|hang|hanging)|hanging (around|about|round) (the|outside|on)|spit(ting)?\b|"
            r"shouting abuse|verbal(ly)? abus\w*|airbnb|bătaie|petreceri|urlă|aruncă|"
            r"يصرخ|يشتم\w*|شتمني|يهدد\w*|تهديد|grozi\w*|grozić|ugrozi\w*",
            2.5,
            "nuisance behaviour",
            "open ASB case",
        ),
    ],
    Category.SAFEGUARDING: [
        (
            r"took my phone|won'?t let me (go|see|leave|out)|goes (thru|through) (everything|my phone)|controls? (everything|my money)|"
            r"non.mol\w*|injunction|turning up (outside|at)|my ex\b|ex.?(husband|wife|partner|boyfriend|girlfriend)|"
            r"(he|she) (hit|hits|pushed|slapped|punched|strangled|choked|kicked|grabbed) me|beat(s|ing)? (me|her|his wife)|"
            r"\bmara\b|bije\b|garaacay|يضرب|popchn\w*|fostul meu|kontroluje|\bshohar ne\b",
            4.0,
            "domestic abuse",
            "refer to safeguarding lead",
        ),
        (
            r"scared to (stay|sleep|go home)|afraid to (go|stay|sleep)|frightened to (sleep|stay)|frică|boi się|dar gaye|baqeen|"
            r"boj\w* się|baqa\w*|dar (lagta|lagti|hai)|khauf|خائف\w*|أخاف|تخاف|يخاف|ভয়",
            3.0,
            "fear for safety",
            "refer to safeguarding lead",
        ),
        (
            r"(hasn'?t|has not|hasnt|not) (been )?answer\w* (his|her|the) (phone|door)|nobody has seen|"
            r"(had|has had|three|two) (a )?falls?\b|can'?t get up|on the floor for|forgetful|wandering|didn'?t know where (he|she) (was|is)|"
            r"(fridge|cupboards?) (was |is )?(empty|had nothing)|can'?t afford (to eat|food|the heating)|no money for (food|the meter|electric)|"
            r"sits in the dark|hoard\w*|self.neglect|(smell|stink) (coming )?(from|under) (his|her|the) (flat|door|letterbox)|flies at the window|"
            r"post (is )?(sticking out|piling)|nie otwiera|dorja khole na|buzurg|pata hi nahi",
            3.5,
            "welfare concern",
            "arrange welfare check",
        ),
        (
            r"(kids|children|little ones) (are )?(always )?hungry|asking for (food|biscuits)|bruises? (on|all over)|covered in bruises|"
            r"vânătăi|akele hote|"
            r"looks? about 1[0-5]\b|(girl|boy) who looks|no coat|in just a t.?shirt",
            3.5,
            "child welfare concern",
            "refer to safeguarding lead",
        ),
        (
            r"took (all )?my (uc|money|benefits|wages)|using my (bank )?card|takes? (his|her) (bank )?card|moved into (his|hers)|"
            r"(men|blokes|people) (are )?(staying|living) (at|in) (his|hers|the house)|learning difficult\w*|"
            r"(took|kept|has) (my|his|her) passport|passaporte|"
            r"trafficking|modern slavery|from the council and|given him £|doorstep (crime|scam)",
            3.5,
            "exploitation",
            "refer to safeguarding lead",
        ),
        (
            r"cutting (again|myself)|self.?harm\w*|on the bridge|(won'?t|wont|not) be (around|here) (much |for )?long(er)?|"
            r"can'?t see the point|nothing matters (now|any ?more)|end it all|better off without me|no point (in )?(living|going on)|"
            r"kill (myself|himself|herself)|hurt (himself|herself|myself)|hearing voices|overdose|relapsed|samaritans|crisis team|"
            r"mental health",
            4.0,
            "risk to life / mental health crisis",
            "refer to safeguarding lead today",
        ),
        (
            r"occupational therapist|tenancy sustainment|sanctuary|support worker|adult social care|\bmash\b|care (agency|package)|"
            r"our carers|pendant",
            2.5,
            "vulnerable tenant support",
            "refer to safeguarding lead",
        ),
    ],
}
for _cat, _entries in _SENSITIVE_MORE.items():
    CATEGORY_TERMS[_cat] = CATEGORY_TERMS[_cat] + _entries

for _cat, _entries in _COMMUNITY.items():
    CATEGORY_TERMS[_cat] = CATEGORY_TERMS[_cat] + _entries

BOUNCE_SENDERS = r"^(mailer-daemon|postmaster|mail-daemon|bounce\w*)@"
AUTO_SUBJECT = (
    r"^(automatic reply|auto.?reply|out of (the )?office|autoreply|undeliverable|"
    r"delivery status notification|returned mail|mail delivery failed)"
)

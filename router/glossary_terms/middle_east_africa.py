"""Glossary terms for Arabic, Farsi/Dari, Pashto, Kurdish (Sorani in Arabic script and romanised, Kurmanji),
Somali, Tigrinya and Amharic (see the package docstring).

Patterns run on lower-cased text at word starts, after the shared `GLOSSARY` in router/glossary.py (which already
has some Arabic and Somali words: what is here adds the forms it lacks). Phrases come before the words they contain,
since the first alternative that matches at a word start wins. Romanised forms are those typed on phones without
diacritics (Finglish, Somali, Kurdish, Tigrinya and Amharic in Latin letters); words that are also English words
("pool", "name", "sag", "ur", "bet") or common function words are left out.
"""

from __future__ import annotations

# Arabic writes the article and one-letter clitics onto the word: al- "the", wa- "and", fa- "so", bi- "in/with",
# li- "for", ka- "like" (والباب، بالمطبخ، للإيجار).
_AR_ANY = "(?:[وفبك]ال|ال|لل|[وف]لل|[وف]بال|[وف][بل]|[وفبل])"
# Only the article forms, for short stems that a bare clitic would turn into another word (ك + مال = كمال).
_AR_THE = "(?:[وفبك]ال|ال|لل|[وف]لل|[وف]بال)"
# Only and/so/in/for, for possessed nouns that take no article (وأمي، لابني).
_AR_AND = "(?:[وف][بل]|[وفبل])"
# Amharic and Tigrinya write prepositions onto the word: ye- "of", be- "in", le- "for", ke- "from", wede- "to",
# sile- "about", inde- "like"; Tigrinya bI- "by/in", nI- "to", kem- "like" (የቤት، በቤቱ، ብኽፋል).
_GE_ANY = "(?:የ|በ|ለ|ከ|ወደ|ስለ|እንደ|ብ|ን|ከም)"
# Letters that Persian keyboards and Arabic keyboards write differently (ی/ي/ى, ک/ك).
_FA_LETTERS = str.maketrans({"ی": "[یيى]", "ک": "[کك]"})


def _alt(*alternatives: str) -> str:
    return "|".join(alternatives)


def _ar(*stems: str) -> str:
    """Arabic stems alone or with the article and clitics written onto them."""
    return _prefixed(_AR_ANY, stems)


def _ar_the(*stems: str) -> str:
    return _prefixed(_AR_THE, stems)


def _ar_and(*stems: str) -> str:
    return _prefixed(_AR_AND, stems)


def _ge(*stems: str) -> str:
    """Amharic/Tigrinya stems alone or with a preposition written onto them."""
    return _prefixed(_GE_ANY, stems)


def _prefixed(prefix: str, stems: tuple[str, ...]) -> str:
    joined = "|".join(stems)
    return f"{joined}|{prefix}(?:{joined})"


def _fa(*words: str) -> str:
    """Persian-script words, accepting Arabic-keyboard ي/ى and ك for ی and ک (write them without classes)."""
    return "|".join(word.translate(_FA_LETTERS) for word in words)


# Phrases first (power cut, boiler, hot water, landlord, end tenancy ... bedroom, keys, racist abuse, paid), then the
# remaining concepts; one comment per concept, one entry per language or script.
TERMS: list[tuple[str, str]] = [
    # power cut
    (
        _ar(
            r"انقطا?ع\w* (ال)?كهرب\w*",
            r"قطع\w* (ال)?كهرب\w*",
            r"كهرب\w* (مقطوع|طافي|قاطع)\w*",
            r"طف(ت|يت) (ال)?كهرب\w*",
            r"(ما|مافي|ما في|ما فيه|لا توجد|لا يوجد|ماكو|ما كو|مفيش|ما فيش) كهرب\w*",
        ),
        "power cut",
    ),  # Arabic
    (
        _fa(r"قطعی[\s\u200c]برق\w*", r"قطع[\s\u200c]برق\w*", r"برق[\s\u200c](قطع|رفت|نیست|نداریم|ندار)\w*"),
        "power cut",
    ),  # Farsi/Dari
    (_alt(r"(برېښنا|بریښنا|برق)[\s\u200c](نشته|ورکه)\w*"), "power cut"),  # Pashto
    (
        _alt(r"کارەبا[\s\u200c](نییە|نیە|نیه|بڕا\w*|نەماوە|ڕۆیشت\w*)", r"بڕانی[\s\u200c]کارەبا\w*"),
        "power cut",
    ),  # Sorani
    (
        _alt(r"(elektrîk|elektrik|ceyran|kareba)\w*[\s](tune|qut|çû|nîne|nine|qetiya)\w*"),
        "power cut",
    ),  # Kurmanji, romanised Sorani
    (
        _alt(r"bargh?[\s](raft\w*|qat\w*|ghat\w*|nist|nadarim)\b", r"[qg]h?at'?i[\s-]?e?[\s]?bargh?\b"),
        "power cut",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"መብራህቲ[\s](ተቋሪጹ|የለን|የለ|ጠፊኡ|ጠፊኣ)\w*"), "power cut"),  # Tigrinya, romanised
    (_ge(r"መብራ[ትቱ][\s](ጠፍቷል|የለም|ጠፋ\w*|ተቋርጧል|ጠፍቶ\w*)", r"መብራ[ትቱ][\s]ከጠፋ\w*"), "power cut"),  # Amharic, romanised
    # arrears
    (_ar(r"مت[أا]خرات\w*", r"ديون (ال)?[إا]يجار\w*", r"[إا]يجار\w* (ال)?مت[أا]خر\w*"), "arrears"),  # Arabic
    (_fa(r"عقب[\s\u200c]?افتاد\w*", r"معوقه\w*", r"بدهی[\s\u200c]اجاره\w*"), "arrears"),  # Farsi/Dari
    (_alt(r"aghab[\s]?oftad\w*", r"aqab[\s]?oftad\w*"), "arrears"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ውዝፍ\w*", r"ያልተከፈለ\w*"), "arrears"),  # Amharic, romanised
    # rats
    (_ar(r"جرذ\w*", r"جرذان\w*"), "rats"),  # Arabic
    (_fa(r"موش[\s\u200c](صحرایی|فاضلاب|بزرگ)\w*"), "rats"),  # Farsi/Dari
    # boiler
    (_ar(r"سخان\w*", r"مرجل\w*", r"بويلر\w*"), "boiler"),  # Arabic
    (_fa(r"پکیج\w*", r"آب[\s\u200c]?گرمکن\w*", r"بویلر\w*", r"دیگ[\s\u200c]بخار\w*"), "boiler"),  # Farsi/Dari
    (_alt(r"kombî\w*", r"kombi\w*"), "boiler"),  # Kurmanji, romanised Sorani
    (_alt(r"pakij\w*", r"ab[\s]?garm[\s]?kon\w*"), "boiler"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ቦይለር\w*"), "boiler"),  # Amharic, romanised
    # hot water
    (
        _ar(r"ماء (ال)?(ساخن|حار)\w*", r"مياه (ال)?(ساخن|حار)\w*", r"مي (ال)?سخن\w*", r"ماي حار\w*", r"ساخن[ةه]?\b"),
        "hot water",
    ),  # Arabic
    (_fa(r"آب[\s\u200c]?گرم\b", r"آب[\s\u200c]گرمی\b"), "hot water"),  # Farsi/Dari
    (_alt(r"(تودې|ګرمې|گرمې)[\s\u200c](اوبه|اوبو)\b"), "hot water"),  # Pashto
    (_alt(r"ئاوی[\s\u200c]گەرم\w*"), "hot water"),  # Sorani
    (_alt(r"ava[\s]germ\w*", r"awî[\s]germ\w*", r"awi[\s]germ\w*"), "hot water"),  # Kurmanji, romanised Sorani
    (_alt(r"biyaha[\s]kulul\w*", r"biyo[\s]kulul\w*", r"biyaha[\s]diiran\w*"), "hot water"),  # Somali
    (_alt(r"ab[\s-]?e?[\s]?garm\b"), "hot water"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ውዑይ[\s]ማይ\w*", r"ዉዑይ[\s]ማይ\w*"), "hot water"),  # Tigrinya, romanised
    (_ge(r"ሙቅ[\s]ው[ሃሀ]\w*", r"የሞቀ[\s]ው[ሃሀ]\w*"), "hot water"),  # Amharic, romanised
    # plumber
    (_ar(r"سباك\w*", r"سمكري\w*", r"فني (ال)?سباك[ةه]\b"), "plumber"),  # Arabic
    (_fa(r"لوله[\s\u200c]?کش\w*", r"نل[\s\u200c]?دوان\w*"), "plumber"),  # Farsi/Dari
    (_alt(r"tuubiste\w*", r"tubiste\w*"), "plumber"),  # Somali
    (
        _alt(r"lulekesh\w*", r"loolekesh\w*", r"lule[\s]kesh\w*", r"sabbak\w*"),
        "plumber",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ቧንቧ[\s](ሰራተኛ|ሠራተኛ|ባለሙያ)\w*"), "plumber"),  # Amharic, romanised
    # landlord
    (
        _alt(
            _ar(r"صاحب (ال)?(بيت|شق[ةه]|منزل|عقار|ملك)\w*", r"مؤجر\w*", r"مالك (ال)?(بيت|شق[ةه]|منزل|عقار)\w*"),
            _ar_the(r"مالك\b"),
        ),
        "landlord",
    ),  # Arabic
    (
        _fa(
            r"صاحب[\s\u200c]?خانه\w*",
            r"صاحب[\s\u200c]?خونه\w*",
            r"موجر\w*",
            r"مالک\b",
            r"مالک[\s\u200c](خانه|خونه|منزل|آپارتمان)\w*",
        ),
        "landlord",
    ),  # Farsi/Dari
    (_alt(r"کور[\s\u200c](خاوند|مالک|والا)\w*"), "landlord"),  # Pashto
    (_alt(r"خاوەن[\s\u200c]?(ماڵ|خانوو)\w*", r"خاوەنی[\s\u200c](ماڵ|خانوو)\w*"), "landlord"),  # Sorani
    (
        _alt(r"xwediy?ê[\s](malê|xanî|xaniyê)\w*", r"xwedîyê[\s](malê|xanî)\w*", r"xawen[\s]?mall?\w*"),
        "landlord",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"milkiil\w*", r"mulkiil\w*"), "landlord"),  # Somali
    (
        _alt(r"saheb[\s]?khane\w*", r"saheb[\s]?khoone\w*", r"sahebkhune\w*", r"sa7eb[\s]el[\s]?bet\w*"),
        "landlord",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ወናኒ[\s]ገዛ\w*", r"በዓል[\s]ገዛ\w*"), "landlord"),  # Tigrinya, romanised
    (_ge(r"አከራ[ይዩዬ]\w*", r"የቤ[ትቱ][\s]ባለቤ[ትቱ]\w*"), "landlord"),  # Amharic, romanised
    # end tenancy
    (
        _ar(
            r"[إا]نهاء (ال)?(عقد|[إا]يجار|سكن)\w*",
            r"فسخ (ال)?عقد\w*",
            r"[إا]لغاء (ال)?عقد\w*",
            r"تسليم (ال)?(بيت|شق[ةه]|منزل)\w*",
            r"[أا]سلم (ال)?(بيت|شق[ةه]|منزل)\w*",
        ),
        "end tenancy",
    ),  # Arabic
    (
        _fa(r"فسخ[\s\u200c]*(ی[\s\u200c]*)?(قرارداد|اجاره)\w*", r"پایان[\s\u200c]*(ی[\s\u200c]*)?(قرارداد|اجاره)\w*"),
        "end tenancy",
    ),  # Farsi/Dari
    (_alt(r"kirêdari\w*[\s](xwe[\s])?(biqedîn|bidawî|betal|qedand)\w*"), "end tenancy"),  # Kurmanji, romanised Sorani
    (_ge(r"ውሉን[\s](ማቋረጥ|ለማቋረጥ|ማፍረስ|አቋርጣለሁ)\w*", r"ኪራዩን[\s](ማቋረጥ|ለማቋረጥ)\w*"), "end tenancy"),  # Amharic, romanised
    # tenancy agreement
    (_alt(_ar(r"عقد (ال)?[إا]يجار\w*"), _ar_the(r"عقد\b", r"عقود\b")), "tenancy agreement"),  # Arabic
    (_fa(r"اجاره[\s\u200c]?نامه\w*", r"قرارداد\w*"), "tenancy agreement"),  # Farsi/Dari
    (_alt(r"تړون\w*"), "tenancy agreement"),  # Pashto
    (_alt(r"گرێبەست\w*"), "tenancy agreement"),  # Sorani
    (_alt(r"peyman\w*", r"girêbest\w*", r"kirêdar\w*"), "tenancy agreement"),  # Kurmanji, romanised Sorani
    (_alt(r"qandaraas\w*"), "tenancy agreement"),  # Somali
    (
        _alt(r"gharardad\w*", r"qarardad\w*", r"ejare[\s]?name\w*", r"3aqd\b"),
        "tenancy agreement",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ውዕል\w*"), "tenancy agreement"),  # Tigrinya, romanised
    (_alt(r"ው[ልሉ](ን|ም)?\b", _ge(r"የኪራይ[\s]ው[ልሉ]\w*", r"ውሉን\b")), "tenancy agreement"),  # Amharic, romanised
    # move out
    (
        _ar(
            r"[أان]خلي (ال)?(بيت|شق[ةه]|منزل)\w*",
            r"[إا]خلاء (ال)?(بيت|شق[ةه]|منزل)\w*",
            r"س[أا]ترك (ال)?(بيت|شق[ةه]|منزل)\w*",
            r"سنترك (ال)?(بيت|شق[ةه]|منزل)\w*",
            r"(أريد|اريد|نريد|بدي|بدنا) (أن |ان )?([أا]ترك|نترك|[أا]طلع|نطلع) (من )?(ال)?(بيت|شق[ةه]|منزل)\w*",
            r"س[أا]رحل\w*",
            r"سنرحل\w*",
        ),
        "move out",
    ),  # Arabic
    (_fa(r"تخلیه\w*"), "move out"),  # Farsi/Dari
    (_alt(r"ka[\s]guuri\w*", r"guuri[\s]doon\w*"), "move out"),  # Somali
    (_ge(r"ቤቱን[\s](መልቀቅ|ለመልቀቅ|እለቃለሁ|ልለቅ)\w*", r"እለቃለሁ\w*"), "move out"),  # Amharic, romanised
    # moved out
    (
        _ar(
            r"انتقل(ت|وا)?\b",
            r"غادر(ت|وا)?\b",
            r"رحل(ت|وا)?\b",
            r"ترك\w* (ال)?(بيت|منزل|شق[ةه])\w*",
            r"طلع\w* من (ال)?(بيت|منزل|شق[ةه])\w*",
        ),
        "moved out",
    ),  # Arabic
    (_fa(r"نقل[\s\u200c]?مکان\w*", r"اسباب[\s\u200c]?کشی\w*", r"کوچ[\s\u200c]کرد\w*"), "moved out"),  # Farsi/Dari
    (_alt(r"bar[\s]kir\w*", r"barkir\w*", r"koç[\s]kir\w*"), "moved out"),  # Kurmanji, romanised Sorani
    (_alt(r"guuray\b", r"guureen\b", r"guurtay\b"), "moved out"),  # Somali
    (_ge(r"ተዛውሯ\w*", r"ተዛወረ\w*", r"ተዛወሩ\w*", r"ለቆ[\s]ሄደ\w*", r"ለቃ[\s]ሄደ\w*"), "moved out"),  # Amharic, romanised
    # bigger home
    (_ar(r"(بيت|منزل|شق[ةه]|سكن|مسكن)\w* [أا](كبر|وسع)\b"), "bigger home"),  # Arabic
    (
        _fa(r"(خانه|خونه|منزل|آپارتمان|جای)[\s\u200c]*(ی|ای)?[\s\u200c]*بزرگ[\s\u200c]?تر\w*"),
        "bigger home",
    ),  # Farsi/Dari
    (_alt(r"(خانوو|ماڵ)\w*[\s\u200c]گەورەتر\b"), "bigger home"),  # Sorani
    (
        _alt(r"(xan[iîuû]|mal)\w*[\s](mezintir|mezinter|gewretir)\w*", r"mezintir\w*"),
        "bigger home",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"ka[\s]weyn\w*"), "bigger home"),  # Somali
    (_alt(r"bozorgtar\w*", r"bozorg[\s]tar\b"), "bigger home"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"(ዝዓበየ|ዓቢ|ሰፊሕ)[\s]ገዛ\w*"), "bigger home"),  # Tigrinya, romanised
    (_ge(r"(ትልቅ|ሰፊ|የተሻለ)[\s]ቤ[ትቱቴ]\w*"), "bigger home"),  # Amharic, romanised
    # bedroom
    (_ar(r"غرف\w* (ال)?نوم\b", r"[أا]وض[ةه]? (ال)?نوم\b"), "bedroom"),  # Arabic
    (_fa(r"اتاق[\s\u200c]*(ی[\s\u200c]*)?خواب\w*", r"اطاق[\s\u200c]*خواب\w*"), "bedroom"),  # Farsi/Dari
    (_alt(r"خوب[\s\u200c]?کوټ\w*"), "bedroom"),  # Pashto
    (_alt(r"ژوور\w*[\s\u200c](نوستن|نووستن|خەو)\w*"), "bedroom"),  # Sorani
    (
        _alt(r"ode(ya)?[\s]razan\w*", r"oda[\s]razan\w*", r"odeya[\s]xewê\b", r"razangeh\w*"),
        "bedroom",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"qol\w*[\s](oo[\s])?jiif\w*"), "bedroom"),  # Somali
    (
        _alt(r"otagh?e?[\s]?khab\w*", r"otaq[\s]?e?[\s]?khab\w*", r"ghorfat[\s]al[\s]?nom\b", r"ghorfet[\s]nom\b"),
        "bedroom",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"መደቀሲ\w*"), "bedroom"),  # Tigrinya, romanised
    (_ge(r"መኝታ(?:[\s](ቤ[ትቱቴ]|ክፍል))?\w*"), "bedroom"),  # Amharic, romanised
    # furniture
    (_ar(r"[أا]ثاث\w*", r"عفش\w*", r"موبيليا\w*", r"كنب[ةه]\w*", r"كنبات\w*"), "furniture"),  # Arabic
    (_fa(r"مبلمان\w*", r"مبل\b", r"مبل[\s\u200c]?ها\b", r"اثاثیه\w*", r"فرنیچر\w*"), "furniture"),  # Farsi/Dari
    (_alt(r"کەلوپەل\w*", r"مۆبیل\w*", r"قەنەفە\w*"), "furniture"),  # Sorani
    (_alt(r"mobîlya\w*", r"mobilya\w*", r"mobîlye\w*"), "furniture"),  # Kurmanji, romanised Sorani
    (_alt(r"alaab\w*", r"kuraas\w*"), "furniture"),  # Somali
    (_alt(r"mobl\b", r"mobleman\w*", r"asasiye\w*", r"asasieh\w*"), "furniture"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"የቤ[ትቱ][\s][እዕ]ቃ\w*", r"ሶፋ\w*"), "furniture"),  # Amharic, romanised
    # pet
    (_ar(r"حيوان\w*", r"حيوانات\w*"), "pet"),  # Arabic
    (_fa(r"حیوان\w*"), "pet"),  # Farsi/Dari
    (_alt(r"ئاژەڵ\w*"), "pet"),  # Sorani
    (_alt(r"heywan\w*"), "pet"),  # Kurmanji, romanised Sorani
    (_alt(r"xayawaan\w*"), "pet"),  # Somali
    (_ge(r"የቤ[ትቱ][\s]እንስሳ\w*", r"እንስሳ\w*"), "pet"),  # Amharic, romanised
    # phone number
    (
        _ar(r"رقم\w* (ال)?(هاتف|تلفون|تليفون|جوال|موبايل|محمول)\w*", r"رقمي (ال)?جديد\b", r"رقم (ال)?جديد\b"),
        "phone number",
    ),  # Arabic
    (
        _fa(
            r"شماره[\s\u200c]*(ی[\s\u200c]*)?(تلفن|موبایل|همراه|تماس)\w*",
            r"شماره[\s\u200c]?(ام|م)\b",
            r"شماره[\s\u200c]*(ی[\s\u200c]*)?جدید\w*",
        ),
        "phone number",
    ),  # Farsi/Dari
    (_alt(r"ژمارە(ی)?[\s\u200c](تەلەفۆن|مۆبایل)\w*", r"ژمارە(ی)?[\s\u200c](تازە|نوێ)\w*"), "phone number"),  # Sorani
    (
        _alt(r"hejmara[\s](telefon|têlefon|mobîl|min)\w*", r"jimara[\s](telefon|têlefon|min)\w*", r"nimreya\w*"),
        "phone number",
    ),  # Kurmanji, romanised Sorani
    (
        _alt(
            r"(lambar|nambar|numbar)\w*[\s](telefoon|taleefan|taleefoon|moobil)\w*",
            r"(lambar|nambar|numbar)\w*[\s]cusub\b",
            r"(taleefan|telefoon)\w*[\s]cusub\b",
        ),
        "phone number",
    ),  # Somali
    (
        _alt(r"shomare(ye)?[\s](telefon|mobile|mobail|tamas)\w*", r"shomaram\b", r"shomare[\s]jadid\w*"),
        "phone number",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ቁጽሪ[\s](ስልኪ|ተሌፎን|ቴሌፎን|ሞባይል)\w*"), "phone number"),  # Tigrinya, romanised
    (_ge(r"ስልክ[\s]ቁጥ[ርሩሬ]\w*", r"ስልኬ\b"), "phone number"),  # Amharic, romanised
    # housing register
    (
        _ar(
            r"قائم[ةه] (ال)?(انتظار|[إا]سكان|سكن)\w*",
            r"سجل (ال)?[إا]سكان\w*",
            r"طلب\w* (ال)?(سكن|[إا]سكان)\b",
            r"[أنت]قدم (ال)?طلب (ال)?(سكن|[إا]سكان)\b",
            r"تسجيل\w* (لل|في )?(سكن|[إا]سكان)\w*",
        ),
        "housing register",
    ),  # Arabic
    (
        _fa(r"لیست[\s\u200c]انتظار\w*", r"لیست[\s\u200c](مسکن|خانه)\w*", r"ثبت[\s\u200c]?نام\w*"),
        "housing register",
    ),  # Farsi/Dari
    (_alt(r"ناو\w*[\s\u200c]بنووس\w*", r"ناونووس\w*", r"تۆمارکردن\w*"), "housing register"),  # Sorani
    (
        _alt(r"daway?[\s]xan[uû]\w*", r"lîsteya[\s](xanî|xaniyan|malan)\w*"),
        "housing register",
    ),  # Kurmanji, romanised Sorani
    (
        _alt(r"liiska[\s](guryaha|sugitaanka|sugaya)\w*", r"diiwaangel\w*", r"isdiiwaangel\w*"),
        "housing register",
    ),  # Somali
    (_ge(r"ምዝገባ\w*"), "housing register"),  # Tigrinya, romanised
    # keys
    (_ar(r"مفاتيح\w*"), "keys"),  # Arabic
    (_fa(r"کلید[\s\u200c]?ها\w*"), "keys"),  # Farsi/Dari
    (_alt(r"furayaal\w*", r"furayaash\w*"), "keys"),  # Somali
    (_ge(r"መፍትሕታት\w*"), "keys"),  # Tigrinya, romanised
    (_ge(r"ቁልፎች\w*"), "keys"),  # Amharic, romanised
    # racist abuse
    (_ar(r"عنصري\w*"), "racist abuse"),  # Arabic
    (_fa(r"نژاد[\s\u200c]?پرست\w*"), "racist abuse"),  # Farsi/Dari
    (_alt(r"ڕەگەزپەرست\w*", r"ڕەگەزپەرەست\w*"), "racist abuse"),  # Sorani
    (
        _alt(r"nijadperest\w*", r"nîjadperest\w*", r"nijadper\w*", r"rasîst\w*", r"regezperest\w*"),
        "racist abuse",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"cunsuri\w*", r"midab[\s]?takoor\w*"), "racist abuse"),  # Somali
    (
        _alt(r"nejadparast\w*", r"nezhadparast\w*", r"nejad[\s]parast\w*", r"3onsori\w*", r"3unsuri\w*"),
        "racist abuse",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ዘረኛ\w*", r"ዘረኝነ[ትቱ]\w*", r"ዘረኞች\w*"), "racist abuse"),  # Amharic, romanised
    # partner / ex-partner
    (_ar(r"طليق\w*", r"زوج\w* (ال)?سابق\w*", r"شريك\w*"), "partner / ex-partner"),  # Arabic
    (
        _fa(r"(شوهر|زن)[\s\u200c](سابق|قبلی)\w*", r"همسر\w*", r"دوست[\s\u200c]?پسر\w*"),
        "partner / ex-partner",
    ),  # Farsi/Dari
    (_alt(r"هاوسەر\w*", r"مێردی[\s\u200c]پێشوو\w*", r"ژنی[\s\u200c]پێشوو\w*"), "partner / ex-partner"),  # Sorani
    (
        _alt(r"mêrê[\s](min[\s])?(berê|kevn)\w*", r"hevjîn\w*", r"hevser\w*", r"hawserek\w*"),
        "partner / ex-partner",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"nink(ay|ey)gii[\s]hore\b", r"xaaskay\w*[\s]hore\b"), "partner / ex-partner"),  # Somali
    (
        _alt(r"shohare?[\s](sabegh|ghabli)\w*", r"hamsar\w*", r"doost[\s]?pesar\w*", r"dust[\s]?pesar\w*"),
        "partner / ex-partner",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"የቀድሞ[\s](ባሌ|ባለቤቴ|ሚስቴ|ፍቅረኛዬ)\w*", r"ባለቤቴ\w*", r"ፍቅረኛ\w*"), "partner / ex-partner"),  # Amharic, romanised
    # paid
    (_ar(r"دفعت\w*", r"دفعنا\w*", r"سددت\w*", r"سددنا\w*", r"مدفوع\w*"), "paid"),  # Arabic
    (
        _fa(
            r"پرداخت[\s\u200c]?(کردم|کردیم|کرده|شده|شد)\b", r"پرداختم\b", r"پول[\s\u200c](را[\s\u200c])?(دادم|دادیم)\b"
        ),
        "paid",
    ),  # Farsi/Dari
    (_alt(r"bixiyay\w*", r"bixiyey\w*", r"bixisay\w*", r"bixiyeen\w*"), "paid"),  # Somali
    (_alt(r"pardakht[\s]kardam\b", r"pardakhtam\b", r"dafa3t\b"), "paid"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ከፊለ\w*", r"ከፊልና\w*", r"ተኸፊሉ\w*"), "paid"),  # Tigrinya, romanised
    (_ge(r"ከፍያለሁ\w*", r"ከፍዬ\w*", r"ከፍለናል\w*", r"ከፈልኩ\w*", r"ተከፍሏል\w*"), "paid"),  # Amharic, romanised
    # bins
    (
        _ar(
            r"صندوق(?= (ال)?(قمام|زبال|نفايات))",
            r"صناديق(?= (ال)?(قمام|زبال|نفايات))",
            r"حاوي[ةه](?= (ال)?(قمام|زبال|نفايات))",
            r"حاويات\w*",
            r"سل[ةه](?= (ال)?(مهملات|قمام|زبال))",
            r"برميل(?= (ال)?(قمام|زبال))",
        ),
        "bins",
    ),  # Arabic
    (_fa(r"سطل(?=[\s\u200c](زباله|آشغال))", r"سطل[\s\u200c]?ها\b"), "bins"),  # Farsi/Dari
    (_alt(r"weelash\w*", r"weelal\w*", r"dambiil\w*"), "bins"),  # Somali
    (_ge(r"መጣያ\w*"), "bins"),  # Amharic, romanised
    # parking
    (
        _ar(r"موقف\w* (ال)?سيار\w*", r"مواقف (ال)?سيار\w*", r"باركن\w*", r"باركين\w*", r"كراج\w*", r"جراج\w*"),
        "parking",
    ),  # Arabic
    (_fa(r"پارکینگ\w*"), "parking"),  # Farsi/Dari
    (_alt(r"پارکینګ\w*"), "parking"),  # Pashto
    (_alt(r"otopark\w*"), "parking"),  # Kurmanji, romanised Sorani
    (_alt(r"baarkin\w*"), "parking"),  # Somali
    (_ge(r"ማቆሚያ\w*", r"ፓርኪንግ\w*"), "parking"),  # Amharic, romanised
    # toilet
    (
        _ar(r"مرحاض\w*", r"مراحيض\w*", r"تواليت\w*", r"دور[ةه] (ال)?مياه\b", r"سيفون\w*", r"كرسي (ال)?حمام\b"),
        "toilet",
    ),  # Arabic
    (_fa(r"توالت\w*", r"دستشویی\w*", r"دستشوئی\w*", r"مستراح\w*"), "toilet"),  # Farsi/Dari
    (_alt(r"ئاودەست\w*", r"تەوالێت\w*", r"تەوالیت\w*"), "toilet"),  # Sorani
    (
        _alt(r"tuwalet\w*", r"tuvalet\w*", r"destav\w*", r"avdest\w*", r"awdest\w*"),
        "toilet",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"musqus\w*", r"suuli\w*"), "toilet"),  # Somali
    (
        _alt(r"toalet\w*", r"dastshoo?y?i\w*", r"dastshui\w*", r"mostarah\w*"),
        "toilet",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ሽቓቕ\w*", r"ሽቓቅ\w*"), "toilet"),  # Tigrinya, romanised
    (_ge(r"ሽንት[\s]ቤ[ትቱቴ]\w*", r"መጸዳጃ(?:[\s]ቤ[ትቱቴ])?\w*", r"መፀዳጃ(?:[\s]ቤ[ትቱቴ])?\w*"), "toilet"),  # Amharic, romanised
    # bathroom
    (_ar(r"حمام(ات|ي|نا|كم)?\b"), "bathroom"),  # Arabic
    (_fa(r"حموم\w*", r"تشناب\w*", r"حمام(ش|مان|ها)\b"), "bathroom"),  # Farsi/Dari
    (_alt(r"حەمام\w*", r"گەرماو\w*"), "bathroom"),  # Sorani
    (_alt(r"hemam\w*", r"serşok\w*", r"serşo\b", r"banyo\w*"), "bathroom"),  # Kurmanji, romanised Sorani
    (
        _alt(r"hammam\w*", r"hamoom\w*", r"hamum\b", r"7ammam\w*", r"7mam\b", r"tashnab\w*"),
        "bathroom",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ባኞ\w*", r"ባኛ\w*"), "bathroom"),  # Tigrinya, romanised
    (_ge(r"መታጠቢያ(?:[\s]ቤ[ትቱቴ])?\w*"), "bathroom"),  # Amharic, romanised
    # kitchen
    (_ar(r"مطبخ\w*", r"مطابخ\w*"), "kitchen"),  # Arabic
    (_fa(r"آشپزخ\w*"), "kitchen"),  # Farsi/Dari
    (_alt(r"پخلنځ\w*"), "kitchen"),  # Pashto
    (_alt(r"چێشتخانە\w*", r"مەتبەخ\w*"), "kitchen"),  # Sorani
    (_alt(r"metbex\w*", r"mitbax\w*", r"aşxane\w*", r"çêştxane\w*"), "kitchen"),  # Kurmanji, romanised Sorani
    (_alt(r"jikad\w*"), "kitchen"),  # Somali
    (
        _alt(r"ashpazkh\w*", r"ashpaz[\s]kh\w*", r"matbakh\w*", r"matba5\w*", r"mat6a5\w*"),
        "kitchen",
    ),  # romanised Farsi, Pashto, Arabic
    (_alt(_ge(r"ክሽነ\w*"), r"kishne\w*", r"kushina\w*", r"kishina\w*"), "kitchen"),  # Tigrinya, romanised
    (_ge(r"ማድቤ[ትቱቴ]\w*", r"ኩሽና\w*", r"ወጥ[\s]ቤ[ትቱቴ]\w*", r"ማብሰያ(?:[\s]ቤ[ትቱቴ])?\w*"), "kitchen"),  # Amharic, romanised
    # hospital
    (_ar(r"مستشف\w*", r"مستوصف\w*"), "hospital"),  # Arabic
    (_fa(r"بیمارستان\w*", r"شفاخانه\w*"), "hospital"),  # Farsi/Dari
    (_alt(r"روغتون\w*"), "hospital"),  # Pashto
    (_alt(r"نەخۆشخانە\w*"), "hospital"),  # Sorani
    (
        _alt(r"nexweşxane\w*", r"nexwesxane\w*", r"xestexane\w*", r"nexoşxane\w*", r"nexoshxane\w*"),
        "hospital",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"isbitaal\w*", r"cusbitaal\w*"), "hospital"),  # Somali
    (
        _alt(
            r"bimarestan\w*",
            r"bimaristan\w*",
            r"beemarestan\w*",
            r"mostashfa\w*",
            r"mustashfa\w*",
            r"shifakhana\w*",
            r"roghtun\w*",
            r"roghtoon\w*",
        ),
        "hospital",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ሆስፒታ\w*", r"[ሐሀ]ኪም[\s]ቤ[ትቱቴ]\w*"), "hospital"),  # Amharic, romanised
    # engineer
    (
        _alt(
            _ar(
                r"مهندس\w*",
                r"فني\b",
                r"فنيين\b",
                r"فنيون\b",
                r"تقني\b",
                r"عامل (ال)?صيان[ةه]\b",
                r"عمال (ال)?صيان[ةه]\b",
            ),
            r"العامل\b",
            r"العمال\b",
        ),
        "engineer",
    ),  # Arabic
    (_fa(r"تعمیر[\s\u200c]?کار\w*", r"تکنسین\w*"), "engineer"),  # Farsi/Dari
    (_alt(r"انجنیر\w*"), "engineer"),  # Pashto
    (_alt(r"ئەندازیار\w*"), "engineer"),  # Sorani
    (
        _alt(r"hosta\b", r"hostê\w*", r"westa\w*", r"teknîsyen\w*", r"teknisyen\w*", r"endezyar\w*"),
        "engineer",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"farsamayaqaan\w*", r"injineer\w*", r"shaqaale\w*", r"shaqaalih\w*", r"teknishan\w*"), "engineer"),  # Somali
    (_alt(r"mohandes\w*", r"mohandis\w*", r"tamirkar\w*"), "engineer"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ቴክኒሻን\w*", r"መሃንዲስ\w*", r"ባለሙያ\w*"), "engineer"),  # Amharic, romanised
    # benefits
    (
        _ar(
            r"[إا]عان[ةه]\w*",
            r"[إا]عانات\w*",
            r"معون[ةه]\w*",
            r"بنفت\w*",
            r"بينيفت\w*",
            r"مساعدات (ال)?(حكوم|دول)\w*",
            r"ضمان (ال)?اجتماعي\w*",
        ),
        "benefits",
    ),  # Arabic
    (_fa(r"کمک[\s\u200c]?هزینه\w*", r"مزایا\w*", r"بنفیت\w*", r"یارانه\w*"), "benefits"),  # Farsi/Dari
    (_alt(r"gunno\w*", r"kaalmada[\s]dowlad\w*", r"kaalmada[\s]dawlad\w*"), "benefits"),  # Somali
    (_ge(r"ድጎማ\w*"), "benefits"),  # Amharic, romanised
    # universal credit
    (_ar(r"يوني?فر?سال\w*", r"يونيفيرسال\w*", r"[إا]ئتمان (ال)?شامل\w*"), "universal credit"),  # Arabic
    (_fa(r"یونیورسال\w*", r"یونیورسل\w*"), "universal credit"),  # Farsi/Dari
    (_ge(r"ዩኒቨርሳል\w*"), "universal credit"),  # Amharic, romanised
    # not acceptable
    (_ar(r"(غير|مش|مو|ليس|مب|مهوش) مقبول\w*", r"لا يطاق\w*", r"(غير|مش|مو) معقول\w*"), "not acceptable"),  # Arabic
    (
        _fa(
            r"قابل[\s\u200c]*(ی[\s\u200c]*)?قبول[\s\u200c]*نیست\w*",
            r"غیر[\s\u200c]?قابل[\s\u200c]?قبول\w*",
            r"قابل[\s\u200c]تحمل[\s\u200c]نیست\w*",
        ),
        "not acceptable",
    ),  # Farsi/Dari
    (_alt(r"nayê[\s]qebûl\w*", r"qebûl[\s]nake\w*", r"ne[\s]qebûl\w*"), "not acceptable"),  # Kurmanji, romanised Sorani
    (_alt(r"(lama|ma)[\s]aqbal\w*", r"aan[\s]la[\s]aqbal\w*"), "not acceptable"),  # Somali
    (
        _alt(r"ghabel[\s]e?[\s]?ghabool[\s]nist\b", r"mesh[\s]ma2bool\w*", r"mish[\s]ma2bool\w*"),
        "not acceptable",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ተቀባይነ[ትቱ][\s](የለው|የሌለው)\w*"), "not acceptable"),  # Amharic, romanised
    # living with us
    (
        _ar(
            r"[يتن]عيش\w* مع\w*",
            r"[يتن]سكن\w* مع\w*",
            r"عاي?ش\w* (مع|عند)(نا|ي|ه|ها)\b",
            r"ساكن\w* (مع|عند)(نا|ي|ه|ها)\b",
        ),
        "living with us",
    ),  # Arabic
    (
        _fa(
            r"با[\s\u200c](ما|من)[\s\u200c](زندگی|ساکن|می[\s\u200c]?مان)\w*",
            r"پیش[\s\u200c](ما|من)[\s\u200c](زندگی|می[\s\u200c]?مان)\w*",
        ),
        "living with us",
    ),  # Farsi/Dari
    (_alt(r"(موږ|زموږ|ما)[\s\u200c]?سره[\s\u200c]?(اوسیږ|اوسېږ|ژوند)\w*"), "living with us"),  # Pashto
    (_alt(r"لەگەڵ(مان|م|ماندا|ئێمە)[\s\u200c]?(دا[\s\u200c])?(دەژی|دەژین|دەمێن)\w*"), "living with us"),  # Sorani
    (
        _alt(r"bi[\s]me[\s]re[\s](dijî|dimîne|dijîn|dimînin)\b", r"li[\s]cem[\s]me[\s](dijî|dimîne|dijîn)\b"),
        "living with us",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"nala[\s](deg|nool|joog)\w*", r"ila[\s]nool\w*", r"ila[\s]degg\w*"), "living with us"),  # Somali
    (
        _alt(r"ba[\s]ma[\s]zendegi\w*", r"pishe[\s]ma[\s]zendegi\w*"),
        "living with us",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ምሳና[\s](ይነብ|ትነብ|ይቕመጥ|ትቕመጥ)\w*", r"ምሳይ[\s](ይነብ|ትነብ)\w*"), "living with us"),  # Tigrinya, romanised
    (_ge(r"(ከእኛ|ከኛ|ከእኔ|ከኔ)[\s]ጋር[\s](ይኖ|ትኖ|የሚኖ)\w*"), "living with us"),  # Amharic, romanised
    # elderly
    (
        _ar(
            r"مسن(ة|ه|ين|ون|ات)?\b",
            r"عجوز\w*",
            r"عجائز\w*",
            r"كبير\w* (في |بال)?(ال)?سن\b",
            r"كبار (في |بال)?(ال)?سن\b",
        ),
        "elderly",
    ),  # Arabic
    (_fa(r"سالمند\w*", r"پیرزن\w*", r"پیرمرد\w*", r"مسن\b"), "elderly"),  # Farsi/Dari
    (_alt(r"بوډا\w*", r"بوډۍ\w*", r"زوړ\b"), "elderly"),  # Pashto
    (_alt(r"بەتەمەن\w*", r"پیرەمێرد\w*", r"پیرەژن\w*", r"بەساڵاچوو\w*"), "elderly"),  # Sorani
    (_alt(r"extiyar\w*", r"pîr\b", r"pîrê\b", r"kalemêr\w*", r"betemen\w*"), "elderly"),  # Kurmanji, romanised Sorani
    (
        _alt(r"waayeel\w*", r"oday\b", r"odayga\b", r"odaygii\b", r"duq\b", r"duqa\b", r"da'[\s]weyn\w*"),
        "elderly",
    ),  # Somali
    (_alt(r"salmand\w*", r"pirzan\w*", r"pirmard\w*"), "elderly"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ኣረጋዊ\w*", r"ኣረጋውያን\w*", r"ሽማግለ\w*"), "elderly"),  # Tigrinya, romanised
    (_ge(r"አረጋዊ\w*", r"አረጋውያን\w*", r"አዛውን[ትቱ]\w*", r"አሮጊ[ትቷ]\w*", r"ሽማግሌ\w*"), "elderly"),  # Amharic, romanised
    # flood
    (_ar(r"فيضان\w*", r"طوفان\w*", r"غرق\w*", r"[يت]غرق\w*", r"غمر(ت|ها)?\b"), "flood"),  # Arabic
    (_fa(r"سیل\b", r"سیلاب\w*", r"آب[\s\u200c]?گرفتگی\w*", r"آب[\s\u200c]?گرفت(ه|ن)\b"), "flood"),  # Farsi/Dari
    (_alt(r"لافاو\w*"), "flood"),  # Sorani
    (_alt(r"lehî\w*", r"lehiy\w*", r"lafaw\w*"), "flood"),  # Kurmanji, romanised Sorani
    (_alt(r"fatahaad\w*", r"daad\b", r"buux[\s]?dhaaf\w*"), "flood"),  # Somali
    (_alt(r"ab[\s]?gereft\w*", r"seylab\w*"), "flood"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ውሕጅ\w*"), "flood"),  # Tigrinya, romanised
    (_ge(r"ጎርፍ\w*"), "flood"),  # Amharic, romanised
    # tap
    (_ar(r"حنفي[ةه]\w*", r"حنفيات\w*", r"صنبور\w*", r"صنابير\w*", r"بزبوز\w*"), "tap"),  # Arabic
    (
        _fa(
            r"شیر[\s\u200c]?(آب|ها)\w*",
            r"شیر[\s\u200c](دستشویی|روشویی|حمام|آشپزخانه)\w*",
            r"نل\b",
            r"نل[\s\u200c]?آب\w*",
        ),
        "tap",
    ),  # Farsi/Dari
    (_alt(r"shir[\s-]?e?[\s]?ab\b"), "tap"),  # romanised Farsi, Pashto, Arabic
    (_alt(_ge(r"ቡምባ\w*"), r"bumba\w*"), "tap"),  # Tigrinya, romanised
    (_ge(r"ቧንቧ\w*"), "tap"),  # Amharic, romanised
    # mould
    (_ar(r"عفن\w*", r"تعفن\w*", r"متعفن\w*", r"فطريات\w*"), "mould"),  # Arabic
    (_fa(r"کپک\w*", r"قارچ\w*", r"پوپنک\w*"), "mould"),  # Farsi/Dari
    (_alt(r"کەڕوو\w*", r"کەڕو\b"), "mould"),  # Sorani
    (_alt(r"kivark\w*", r"kufik\w*", r"kerû\w*", r"kerrû\w*"), "mould"),  # Kurmanji, romanised Sorani
    (_alt(r"caary\w*"), "mould"),  # Somali
    (_alt(r"kapak\b", r"kapak[\s]?zad\w*", r"kapake\b", r"3afan\w*"), "mould"),  # romanised Farsi, Pashto, Arabic
    (_alt(_ge(r"ሻጋታ\w*"), r"shagata\w*"), "mould"),  # Amharic, romanised
    # damp
    (_ar(r"رطوب\w*", r"رطب[ةه]?\b", r"مبلل\w*", r"مبتل\w*"), "damp"),  # Arabic
    (_fa(r"نم\b", r"نمناک\w*", r"نم[\s\u200c]?(زده|کشیده|گرفته)\w*", r"رطوبت\w*", r"خیس\w*"), "damp"),  # Farsi/Dari
    (_alt(r"لندبل\w*", r"لوند\w*"), "damp"),  # Pashto
    (_alt(r"شێدار\w*", r"شێ\b", r"شێی\b", r"تەڕ\w*"), "damp"),  # Sorani
    (_alt(r"şilî\w*", r"şil\b", r"nemî\w*", r"şêdar\w*"), "damp"),  # Kurmanji, romanised Sorani
    (_alt(r"qoyan\w*", r"qoyaan\w*"), "damp"),  # Somali
    (_alt(r"rotoobat\w*", r"rotubat\w*", r"rutubat\w*", r"khis\b"), "damp"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ርሑስ\w*", r"ርሕሰት\w*"), "damp"),  # Tigrinya, romanised
    (_ge(r"እርጥበ[ትቱ]\w*", r"እርጥብ\w*", r"ርጥበ[ትቱ]\w*"), "damp"),  # Amharic, romanised
    # condensation
    (_ar(r"تكثف\w*", r"تكاثف\w*", r"بخار (ال)?ماء\b"), "condensation"),  # Arabic
    (_fa(r"میعان\w*", r"تعریق\w*", r"بخار[\s\u200c]آب\w*"), "condensation"),  # Farsi/Dari
    # smell
    (_ar(r"رائح[ةهت]\w*", r"روائح\w*", r"ريح[ةه]\b"), "smell"),  # Arabic
    (_fa(r"بو\b", r"بوی\b", r"بوی[\s\u200c]?بد\w*", r"بدبو\w*", r"بوهای\b"), "smell"),  # Farsi/Dari
    (_alt(r"بۆن\b", r"بۆنی\b", r"بۆنێکی\w*", r"بۆگەن\w*"), "smell"),  # Sorani
    (_alt(r"bêhn\w*", r"bîhn\w*", r"bêna\b"), "smell"),  # Kurmanji, romanised Sorani
    (
        _alt(r"urta\b", r"urna\b", r"ur(?=[\s](xun|gaas|leh|qurmuun|ayaa|badan|aad)\b)", r"qurmuun\w*", r"uraya\w*"),
        "smell",
    ),  # Somali
    (_alt(r"booye\w*", r"badboo\w*", r"ray7a\w*", r"re7a\b", r"ri7a\b"), "smell"),  # romanised Farsi, Pashto, Arabic
    (_alt(_ge(r"ጨና(ኡ|ኣ|ን)?\b"), r"chena\b", r"chenna\b"), "smell"),  # Tigrinya, romanised
    (_alt(_ge(r"ሽታ\w*", r"ይሸታል\w*"), r"shita\b"), "smell"),  # Amharic, romanised
    # leak
    (
        _ar(
            r"تسرب\w*", r"تسريب\w*", r"[يت]تسرب\w*", r"[يت]سرب\w*", r"[يت]قطر\b", r"تنقيط\w*", r"[يت]نقط\b", r"[يت]خر\b"
        ),
        "leak",
    ),  # Arabic
    (_fa(r"نشت\w*", r"چکه\w*", r"چکّه\w*"), "leak"),  # Farsi/Dari
    (_alt(r"څڅ\w*", r"څاڅک\w*"), "leak"),  # Pashto
    (_alt(r"دزە\w*", r"دڵۆپە\w*"), "leak"),  # Sorani
    (_alt(r"dilop\w*"), "leak"),  # Kurmanji, romanised Sorani
    (_alt(r"dhibic\w*"), "leak"),  # Somali
    (_alt(r"nasht\w*", r"chekke\w*", r"chekeh\b", r"chakke\w*"), "leak"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ይንጠብጠብ\w*", r"ንጠብጠብ\w*", r"ተንጠብጠብ\w*", r"ይፈስስ\w*"), "leak"),  # Tigrinya, romanised
    (_ge(r"ያንጠባጥ\w*", r"ይንጠባጠ\w*", r"ፍሳሽ\w*", r"ያፈሳል\w*", r"ይፈሳል\w*", r"ያፈስ\w*"), "leak"),  # Amharic, romanised
    # water
    (_ar(r"ماء\b", r"مياه\w*", r"المي\b", r"موي[ةه]\b"), "water"),  # Arabic
    (_fa(r"آب\b", r"آبش\b", r"آبها\b"), "water"),  # Farsi/Dari
    (_alt(r"اوبه\w*", r"اوبو\b"), "water"),  # Pashto
    (_alt(r"ئاو(ی|ە|ەکە|ەکان|مان)?\b"), "water"),  # Sorani
    (_alt(r"av\b", r"ava\b", r"avê\b"), "water"),  # Kurmanji, romanised Sorani
    (_alt(r"biyah\w*"), "water"),  # Somali
    (_ge(r"ማይ(ኡ|ና)?\b", r"ማያት\w*"), "water"),  # Tigrinya, romanised
    (_alt(_ge(r"ው[ሃሀ]\w*", r"ዉሃ\w*"), r"wuha\w*"), "water"),  # Amharic, romanised
    # heating
    (_ar(r"تدفئ[ةه]\w*", r"تدفي[ةه]\w*", r"شوفاج\w*", r"دفاي[ةه]\w*", r"دفايات\w*"), "heating"),  # Arabic
    (_fa(r"گرمایش\w*", r"بخاری\b", r"بخاری[\s\u200c]?ها\b"), "heating"),  # Farsi/Dari
    (_alt(r"گەرمکەرەوە\w*", r"سۆپا\w*", r"گەرمکردنەوە\w*"), "heating"),  # Sorani
    (
        _alt(r"germkirin\w*", r"germahiy\w*", r"germahi\w*", r"sobe\b", r"sobê\w*"),
        "heating",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"garmayesh\w*"), "heating"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ማሞቂያ\w*"), "heating"),  # Amharic, romanised
    # radiator
    (_ar(r"رادياتير\w*", r"رادياتور\w*", r"ردياتير\w*", r"راديتر\w*", r"مشعاع\w*"), "radiator"),  # Arabic
    (_fa(r"رادیاتور\w*", r"شوفاژ\w*"), "radiator"),  # Farsi/Dari
    (_alt(r"radyator\w*", r"kalorîfer\w*", r"kalorifer\w*"), "radiator"),  # Kurmanji, romanised Sorani
    (_alt(r"shofaj\w*", r"shoofaj\w*"), "radiator"),  # romanised Farsi, Pashto, Arabic
    # cold
    (_ar(r"بارد\w*", r"برد\b", r"بردان\w*", r"برود[ةه]\b"), "cold"),  # Arabic
    (
        _fa(r"سرد\b", r"سرده\b", r"سردی\b", r"سرما\b", r"سرمای\b", r"یخ[\s\u200c]?زد\w*", r"یخ[\s\u200c]?کرد\w*"),
        "cold",
    ),  # Farsi/Dari
    (_alt(r"یخ\b", r"سوړ\w*", r"سړه\b"), "cold"),  # Pashto
    (_alt(r"سارد\w*", r"سەرما\w*"), "cold"),  # Sorani
    (
        _alt(r"sar[\s](e|in|bûye|bû|ye|ne)\b", r"serma\w*", r"qerisî\w*", r"cemidî\w*"),
        "cold",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"qabow\w*", r"qaboob\w*", r"qabaw\w*", r"dhaxan\w*"), "cold"),  # Somali
    (_alt(r"sard\b", r"sarde\b", r"sarma\b", r"yakh\b"), "cold"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ዝሑል\w*", r"ቆሪ\w*", r"ቁሪ\w*", r"ዛሕሊ\w*"), "cold"),  # Tigrinya, romanised
    (_ge(r"ቀዝቃዛ\w*", r"ብርድ\w*", r"ቅዝቃዜ\w*"), "cold"),  # Amharic, romanised
    # gas
    (_ar(r"غاز(ات)?\b"), "gas"),  # Arabic
    (_fa(r"گاز\b", r"گازی\b"), "gas"),  # Farsi/Dari
    (_alt(r"ګاز\w*"), "gas"),  # Pashto
    (_alt(r"gazê\b", r"gaza\b", r"ghaz\b"), "gas"),  # Kurmanji, romanised Sorani
    (_alt(r"gaaska\b", r"gaasta\b"), "gas"),  # Somali
    (_ge(r"ጋዝ\w*"), "gas"),  # Amharic, romanised
    # electricity
    (_ar(r"كهرب\w*"), "electricity"),  # Arabic
    (_fa(r"برق\b", r"برقی\b", r"برقکار\w*", r"سیم[\s\u200c]?کشی\w*"), "electricity"),  # Farsi/Dari
    (_alt(r"برېښنا\w*", r"بریښنا\w*", r"برښنا\w*"), "electricity"),  # Pashto
    (_alt(r"کارەبا\w*"), "electricity"),  # Sorani
    (_alt(r"elektrîk\w*", r"elektrik\w*", r"ceyran\w*", r"kareba\w*"), "electricity"),  # Kurmanji, romanised Sorani
    (_alt(r"laydh\w*"), "electricity"),  # Somali
    (
        _alt(r"bargh\b", r"barq\b", r"barghe\b", r"breshna\w*", r"brekhna\w*", r"kahraba\w*", r"kahrba\w*"),
        "electricity",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"መብራህቲ\w*", r"ኮረንቲ\w*"), "electricity"),  # Tigrinya, romanised
    (
        _alt(_ge(r"መብራ[ትቱቶታቴ]\w*", r"ኤሌክትሪክ\w*", r"ኤሌትሪክ\w*"), r"mebrat\w*", r"mebrahti\w*"),
        "electricity",
    ),  # Amharic, romanised
    # socket
    (_ar(r"مقبس\w*", r"مقابس\w*", r"بريز[ةه]\w*", r"بريزات\w*", r"فيش[ةه]\b", r"فيشات\b"), "socket"),  # Arabic
    (_fa(r"پریز\w*"), "socket"),  # Farsi/Dari
    (_ge(r"ሶኬ[ትቱቶ]\w*"), "socket"),  # Amharic, romanised
    # light
    (
        _ar(r"ضوء\w*", r"[أا]ضواء\w*", r"[إا]ضاء[ةه]\w*", r"لمب[ةه]\w*", r"لمبات\w*", r"مصباح\w*", r"مصابيح\w*"),
        "light",
    ),  # Arabic
    (_fa(r"چراغ\w*", r"لامپ\w*"), "light"),  # Farsi/Dari
    (_alt(r"څراغ\w*"), "light"),  # Pashto
    (_alt(r"گڵۆپ\w*", r"ڕووناکی\w*"), "light"),  # Sorani
    (_alt(r"ronahî\w*", r"ronî\b", r"ampûl\w*", r"lampa\w*", r"lamba\b"), "light"),  # Kurmanji, romanised Sorani
    (_alt(r"nalal\w*", r"nalk\w*", r"laambad\w*"), "light"),  # Somali
    (_alt(r"cheragh\w*", r"cheraq\w*"), "light"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"አምፑል\w*", r"ኣምፑል\w*", r"ብርሃን\w*"), "light"),  # Amharic, romanised
    # window
    (_ar(r"ناف[ذز][ةه]\w*", r"نوافذ\w*", r"شباك\w*", r"شبابيك\w*"), "window"),  # Arabic
    (_fa(r"پنجره\w*", r"کلکین\w*"), "window"),  # Farsi/Dari
    (_alt(r"کړک\w*"), "window"),  # Pashto
    (_alt(r"پەنجەرە\w*"), "window"),  # Sorani
    (_alt(r"pencere\w*", r"paceke\w*", r"pacê\w*", r"penjere\w*"), "window"),  # Kurmanji, romanised Sorani
    (_alt(r"shubaak\w*"), "window"),  # Somali
    (
        _alt(r"panjare\w*", r"panjereh?\b", r"karkai\b", r"kilkin\w*", r"shubbak\w*", r"shebbak\w*"),
        "window",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ፊንስትራ\w*"), "window"),  # Tigrinya, romanised
    (_alt(_ge(r"መስኮ[ትቱቶታቴ]\w*"), r"meskot\w*"), "window"),  # Amharic, romanised
    # door
    (_ar(r"باب(ي|ه|ها|نا|ك|كم|هم)?\b", r"[أا]بواب\w*"), "door"),  # Arabic
    (_fa(r"درب\b", r"در[\s\u200c](ورودی|اصلی)\b", r"درواز\w*"), "door"),  # Farsi/Dari
    (_alt(r"دەرگا\w*", r"دەرگە\w*"), "door"),  # Sorani
    (_alt(r"derî\w*", r"deriy\w*", r"deri\b", r"derga\w*"), "door"),  # Kurmanji, romanised Sorani
    (_alt(r"irdaha\w*", r"irrid\w*", r"irid\b", r"iridd\w*"), "door"),  # Somali
    (_alt(r"darb\b"), "door"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ማዕጾ\w*", r"ማዕፆ\w*"), "door"),  # Tigrinya, romanised
    (_ge(r"በ[ርሩ](ን|ም)?\b", r"በሮች\w*", r"በራችን\w*"), "door"),  # Amharic, romanised
    # lock
    (_ar(r"قفل\w*", r"[أا]قفال\w*", r"كالون\w*"), "lock"),  # Arabic
    (_alt(r"قلف\w*"), "lock"),  # Pashto
    (_alt(r"قوفڵ\w*", r"قفڵ\w*"), "lock"),  # Sorani
    (_alt(r"qifil\w*"), "lock"),  # Kurmanji, romanised Sorani
    (_alt(r"qufula\w*"), "lock"),  # Somali
    (_alt(r"ghofl\w*", r"qofl\w*", r"qulf\w*"), "lock"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ቁል[ፍፉፊፏ]\w*"), "lock"),  # Amharic, romanised
    # hinge
    (_ar(r"مفصل[ةه]\w*", r"مفصلات\w*", r"مفاصل (ال)?باب\w*"), "hinge"),  # Arabic
    (_fa(r"لولای\w*", r"لولاها\b"), "hinge"),  # Farsi/Dari
    # key
    (_ar(r"مفتاح\w*"), "key"),  # Arabic
    (_fa(r"کلید\b", r"کلیدش\b", r"کلیدم\b", r"کلید[\s\u200c]?(خانه|در|منزل)\w*"), "key"),  # Farsi/Dari
    (_alt(r"کیلي\w*", r"کیلۍ\w*"), "key"),  # Pashto
    (_alt(r"کلیل\w*"), "key"),  # Sorani
    (_alt(r"kilît\w*", r"kilîd\w*", r"mifte\w*", r"kilil\w*"), "key"),  # Kurmanji, romanised Sorani
    (_alt(r"furaha\b", r"furihii\b", r"furahay\w*", r"furahey\w*"), "key"),  # Somali
    (
        _alt(r"kelid\w*", r"kilid\w*", r"mofta7\w*", r"muftah\w*", r"miftah\w*"),
        "key",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"መፍትሕ\b", r"መፍትሒ\w*"), "key"),  # Tigrinya, romanised
    # roof
    (_ar_the(r"سطح\b", r"سطوح\w*"), "roof"),  # Arabic
    (_fa(r"پشت[\s\u200c]?بام\w*", r"بام\b"), "roof"),  # Farsi/Dari
    (_alt(r"سەربان\w*"), "roof"),  # Sorani
    (_alt(r"banê\b", r"serban\w*"), "roof"),  # Kurmanji, romanised Sorani
    (_ge(r"ጣሪያ\w*", r"ጣራ\w*"), "roof"),  # Amharic, romanised
    # ceiling
    (_ar(r"سقف\w*", r"سقوف\w*"), "ceiling"),  # Arabic
    (_alt(r"چتونه\b"), "ceiling"),  # Pashto
    (_alt(r"سەقف\w*", r"بنمیچ\w*"), "ceiling"),  # Sorani
    (_alt(_ge(r"ናሕሲ\w*"), r"nahsi\w*"), "ceiling"),  # Tigrinya, romanised
    (_ge(r"ኮርኒስ\w*"), "ceiling"),  # Amharic, romanised
    # wall
    (_ar(r"جدار\w*", r"جدران\w*", r"حيط(ان)?\b", r"حيطان\w*"), "wall"),  # Arabic
    (_fa(r"دیوار\w*"), "wall"),  # Farsi/Dari
    (_alt(r"دیوال\w*"), "wall"),  # Pashto
    (_alt(r"dîwar\w*", r"diwar\w*"), "wall"),  # Kurmanji, romanised Sorani
    (_alt(r"darbi\w*", r"gidaar\w*"), "wall"),  # Somali
    (_alt(r"divar\w*", r"deevar\w*", r"deewal\w*"), "wall"),  # romanised Farsi, Pashto, Arabic
    (_alt(_ge(r"መንደቕ\w*"), r"mendeq\w*"), "wall"),  # Tigrinya, romanised
    (_alt(_ge(r"ግድግዳ\w*"), r"gidgida\w*"), "wall"),  # Amharic, romanised
    # crack
    (_ar(r"شقوق\w*", r"تشقق\w*", r"متشقق\w*", r"تصدع\w*", r"متصدع\w*", r"شرخ\w*", r"شروخ\w*"), "crack"),  # Arabic
    (_fa(r"ترک[\s\u200c]?(خورد|برداشت)\w*", r"درز\w*", r"شکاف\w*"), "crack"),  # Farsi/Dari
    (_alt(r"qelîş\w*", r"qeliş\w*", r"qelaşt\w*"), "crack"),  # Kurmanji, romanised Sorani
    (_alt(r"dillaac\w*", r"dildillaac\w*", r"jeexdin\w*"), "crack"),  # Somali
    (_alt(r"tarak[\s]khord\w*", r"tarak[\s]bardasht\w*"), "crack"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ስንጥቅ\w*", r"ተሰንጥቋ\w*", r"ተሰንጥቆ\w*", r"የተሰነጠቀ\w*"), "crack"),  # Amharic, romanised
    # floor
    (_alt(_ar(r"[أا]رضي[ةه]\w*", r"[أا]رضيات\w*"), _ar_the(r"[أا]رض\b")), "floor"),  # Arabic
    (
        _fa(r"کف[\s\u200c](اتاق|خانه|آشپزخانه|حمام|زمین|سالن)\w*", r"زمین\b", r"موکت\w*", r"پارکت\w*"),
        "floor",
    ),  # Farsi/Dari
    (_alt(r"ځمک\w*"), "floor"),  # Pashto
    (_alt(r"زەوی\w*", r"عەرز\w*"), "floor"),  # Sorani
    (_alt(r"erd\b", r"erdê\b", r"zemîn\w*"), "floor"),  # Kurmanji, romanised Sorani
    (_alt(r"sagxad\w*", r"dhulka\b", r"dhulkii\b"), "floor"),  # Somali
    (_ge(r"ባይታ\w*"), "floor"),  # Tigrinya, romanised
    (_ge(r"ወለ[ልሉ]\w*"), "floor"),  # Amharic, romanised
    # stairs
    (_alt(r"الدرج\b|والدرج\b|بالدرج\b", _ar(r"سلالم\w*")), "stairs"),  # Arabic (bare درج is Urdu "filed")
    (_fa(r"پله\w*", r"راه[\s\u200c]?پله\w*", r"زینه\w*"), "stairs"),  # Farsi/Dari
    (_alt(r"پلیکان\w*", r"پەیژە\w*", r"پلەکان\w*"), "stairs"),  # Sorani
    (
        _alt(
            r"pêlekan\w*", r"pêlikan\w*", r"nerdewan\w*", r"nêrdewan\w*", r"derence\w*", r"merdîwan\w*", r"merdiven\w*"
        ),
        "stairs",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"pelleh?ha\b", r"rah[\s]?pelle\w*"), "stairs"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"መሳልል\w*"), "stairs"),  # Tigrinya, romanised
    (_ge(r"ደረጃው\w*", r"ደረጃዎች\w*"), "stairs"),  # Amharic, romanised
    # lift
    (_ar(r"مصعد\w*", r"مصاعد\w*", r"[أا]سانسير\w*", r"[أا]صانصير\w*"), "lift"),  # Arabic
    (_fa(r"آسانسور\w*", r"لفت\b"), "lift"),  # Farsi/Dari
    (_alt(r"لفټ\w*"), "lift"),  # Pashto
    (_alt(r"ئاسانسۆر\w*"), "lift"),  # Sorani
    (_alt(r"asansor\w*", r"asansör\w*"), "lift"),  # Kurmanji, romanised Sorani
    (_alt(r"asansoor\w*"), "lift"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ሊፍ[ትቱ]\w*", r"አሳንሰር\w*", r"ኣሳንሰር\w*"), "lift"),  # Amharic, romanised
    # shower
    (_ar(r"دوش\b"), "shower"),  # Arabic
    (_alt(r"دووش\w*"), "shower"),  # Sorani
    (_alt(r"duş\w*", r"dûş\w*"), "shower"),  # Kurmanji, romanised Sorani
    (_alt(r"qubays\w*", r"qubeys\w*"), "shower"),  # Somali
    (_alt(r"doosh\b", r"dush\b"), "shower"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ሻወር\w*"), "shower"),  # Amharic, romanised
    # bath
    (_ar(r"بانيو\w*", r"استحمام\w*"), "bath"),  # Arabic
    (_fa(r"وان\b", r"وان[\s\u200c]حمام\w*"), "bath"),  # Farsi/Dari
    (_alt(r"baafka\b", r"baaf\b"), "bath"),  # Somali
    # sink
    (_ar(r"مغسل[ةه]\w*", r"مغاسل\w*", r"مجلى\w*", r"مجالي\w*", r"حوض\w*"), "sink"),  # Arabic
    (_fa(r"سینک\w*", r"روشویی\w*", r"ظرفشویی\w*"), "sink"),  # Farsi/Dari
    (_alt(r"lavabo\w*"), "sink"),  # Kurmanji, romanised Sorani
    (_alt(r"rooshooyi\w*", r"rushuyi\w*"), "sink"),  # romanised Farsi, Pashto, Arabic
    # blocked
    (_ar(r"مسدود\w*", r"انسد\w*", r"[يت]نسد\w*"), "blocked"),  # Arabic
    (_fa(r"گرفتگی\w*", r"(لوله|چاه|توالت|سینک|فاضلاب|آبریز)\w*[\s\u200c]گرفته\w*"), "blocked"),  # Farsi/Dari
    (_alt(r"گیراوە\w*", r"گیرابوو\w*"), "blocked"),  # Sorani
    (_alt(r"asê\b"), "blocked"),  # Kurmanji, romanised Sorani
    (_alt(r"xannib\w*"), "blocked"),  # Somali
    (_ge(r"ተደፍኗል\w*"), "blocked"),  # Amharic, romanised
    # pests
    (_ar(r"حشر[ةه]\b", r"حشرات\w*", r"[آا]فات\b", r"قوارض\w*"), "pests"),  # Arabic
    (_fa(r"حشره\w*", r"آفت\w*", r"موذی\w*"), "pests"),  # Farsi/Dari
    (_alt(r"kêzik\w*"), "pests"),  # Kurmanji, romanised Sorani
    (_alt(r"cayayaan\w*"), "pests"),  # Somali
    (_ge(r"ተባይ\w*", r"ተባዮች\w*"), "pests"),  # Amharic, romanised
    # mice
    (_ar(r"فأر\w*", r"فئران\w*", r"فيران\w*"), "mice"),  # Arabic
    (_fa(r"موش\b", r"موش[\s\u200c]?ها\w*", r"موشی\b"), "mice"),  # Farsi/Dari
    (_alt(r"موږک\w*"), "mice"),  # Pashto
    (_alt(r"مشک(ە|ەکان|ەکە|ێک)?\b"), "mice"),  # Sorani
    (_alt(r"mişk\w*", r"mishk\w*"), "mice"),  # Kurmanji, romanised Sorani
    (_alt(r"jiir\w*"), "mice"),  # Somali
    (_alt(r"moosh\b", r"mooshha\b"), "mice"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ኣንጭዋ\w*"), "mice"),  # Tigrinya, romanised
    (_ge(r"አይ[ጥጡጦ]\w*"), "mice"),  # Amharic, romanised
    # cockroaches
    (_ar(r"صرصور\w*", r"صراصير\w*", r"صراصر\w*", r"صرصار\w*"), "cockroaches"),  # Arabic
    (_fa(r"سوسک\w*"), "cockroaches"),  # Farsi/Dari
    (_alt(r"قالۆنچە\w*"), "cockroaches"),  # Sorani
    (_alt(r"baranbaro\w*"), "cockroaches"),  # Somali
    (_alt(r"soosk\w*", r"susk\w*", r"sarsoor\w*", r"sarasir\b"), "cockroaches"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"በረሮ\w*"), "cockroaches"),  # Amharic, romanised
    # bedbugs
    (_ar_the(r"بق\b", r"بق الفراش\b", r"بق[ةه]\b"), "bedbugs"),  # Arabic
    (_fa(r"ساس[\s\u200c]?ها\b"), "bedbugs"),  # Farsi/Dari
    (_alt(r"kudkud\w*"), "bedbugs"),  # Somali
    (_ge(r"ትኋን\w*", r"ትኃን\w*"), "bedbugs"),  # Amharic, romanised
    # fence
    (_ar(r"سياج\w*", r"[أا]سوار\w*", r"سور\b"), "fence"),  # Arabic
    (_fa(r"حصار\w*", r"نرده\w*", r"فنس\w*"), "fence"),  # Farsi/Dari
    (_alt(r"پەرژین\w*"), "fence"),  # Sorani
    (_alt(r"çît\w*", r"çeper\w*", r"perjîn\w*"), "fence"),  # Kurmanji, romanised Sorani
    (_alt(r"ood\b", r"oodda\b", r"oodka\b", r"ooddii\b"), "fence"),  # Somali
    (_ge(r"ሓጹር\w*", r"ሓፁር\w*"), "fence"),  # Tigrinya, romanised
    (_ge(r"አጥ[ርሩ]\w*"), "fence"),  # Amharic, romanised
    # garden
    (_ar(r"حديق[ةه]\w*", r"حدائق\w*", r"جنين[ةه]\b", r"جنينت\w*", r"حوش\b"), "garden"),  # Arabic
    (_fa(r"باغچه\w*", r"حیاط\w*", r"باغ\b"), "garden"),  # Farsi/Dari
    (_alt(r"انګړ\w*"), "garden"),  # Pashto
    (_alt(r"باخچە\w*", r"حەوشە\w*", r"باخ\b"), "garden"),  # Sorani
    (_alt(r"bexçe\w*", r"baxçe\w*", r"hewş\w*", r"baxê\b"), "garden"),  # Kurmanji, romanised Sorani
    (_alt(r"beerta\b", r"beertii\b", r"beerteyda\b", r"beertayda\b"), "garden"),  # Somali
    (_alt(r"baghche\w*", r"hadiqa\w*", r"7adiqa\w*", r"hadeeqa\w*"), "garden"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ጀርዲን\w*", r"ጃርዲን\w*"), "garden"),  # Tigrinya, romanised
    (_ge(r"ጓሮ\w*", r"የአትክልት[\s]ቦታ\w*"), "garden"),  # Amharic, romanised
    # rubbish
    (_ar(r"قمام[ةه]\w*", r"زبال[ةه]\w*", r"نفايات\w*", r"زبل\b", r"مخلفات\w*"), "rubbish"),  # Arabic
    (_fa(r"آشغال\w*", r"زباله\w*", r"کثافات\w*"), "rubbish"),  # Farsi/Dari
    (_alt(r"خځل\w*"), "rubbish"),  # Pashto
    (_alt(r"زبڵ\w*", r"خاشاک\w*"), "rubbish"),  # Sorani
    (_alt(r"zibil\w*", r"gemar\w*", r"zbil\w*"), "rubbish"),  # Kurmanji, romanised Sorani
    (
        _alt(r"ashghal\w*", r"zobale\w*", r"zobaleh\w*", r"zbala\b", r"zibala\b", r"zbaleh\b"),
        "rubbish",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ጓሓፍ\w*"), "rubbish"),  # Tigrinya, romanised
    (_ge(r"ቆሻሻ\w*"), "rubbish"),  # Amharic, romanised
    # recycling
    (_ar(r"تدوير\w*", r"[إا]عاد[ةه] (ال)?تدوير\w*"), "recycling"),  # Arabic
    (_fa(r"بازیافت\w*"), "recycling"),  # Farsi/Dari
    (_alt(r"dib[\s]u[\s]warshad\w*", r"dib[\s]u[\s]isticmaal\w*"), "recycling"),  # Somali
    # mattress
    (_ar(r"فرش[ةه]\b", r"فرشات\w*", r"مرتب[ةه] (ال)?(سرير|نوم)\b"), "mattress"),  # Arabic
    (_fa(r"تشک\b", r"تشک[\s\u200c]?(ها|م|ش)\b", r"توشک\w*"), "mattress"),  # Farsi/Dari
    (_alt(r"دۆشەک\w*"), "mattress"),  # Sorani
    (_alt(r"doşek\w*", r"nivîn\w*"), "mattress"),  # Kurmanji, romanised Sorani
    (_alt(r"furaash\w*", r"joodari\w*"), "mattress"),  # Somali
    (_alt(r"toshak\w*", r"tushak\w*"), "mattress"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ፍራሽ\w*"), "mattress"),  # Amharic, romanised
    # car
    (_ar(r"سيار[ةهت]\w*", r"سيارات\w*"), "car"),  # Arabic
    (_fa(r"ماشین(?![\s\u200c]*(لباس|ظرف))\w*", r"خودرو\w*", r"موتر\w*"), "car"),  # Farsi/Dari
    (_alt(r"موټر\w*"), "car"),  # Pashto
    (_alt(r"ئۆتۆمبێل\w*", r"ئۆتۆمۆبێل\w*", r"سەیارە\w*", r"ترۆمبێل\w*"), "car"),  # Sorani
    (
        _alt(r"erebe\w*", r"tirimbêl\w*", r"trimbêl\w*", r"otomobîl\w*", r"otombêl\w*", r"seyare\w*"),
        "car",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"gaadhi\b", r"gaadhiga\w*", r"gaadhigay\w*", r"gaariga\w*", r"gaarigay\w*", r"gaadiid\w*"), "car"),  # Somali
    (
        _alt(r"mashin\b", r"mashinam\b", r"mashinesh\b", r"sayyara\w*", r"sayara\w*"),
        "car",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ማኪና\w*"), "car"),  # Tigrinya, romanised
    (_alt(_ge(r"መኪና\w*"), r"mekina\w*"), "car"),  # Amharic, romanised
    # noise
    (
        _ar(
            r"ضوضاء\w*", r"[إا]زعاج\w*", r"ضجيج\w*", r"ضج[ةه]\b", r"دوش[ةه]\b", r"صوت\w* عال\w*", r"[أا]صوات عالي[ةه]\b"
        ),
        "noise",
    ),  # Arabic
    (
        _fa(
            r"سر[\s\u200c]*و[\s\u200c]*صدا\w*",
            r"سروصدا\w*",
            r"صدای[\s\u200c]بلند\w*",
            r"شلوغ\w*",
            r"شور[\s\u200c]?و[\s\u200c]?غال\w*",
        ),
        "noise",
    ),  # Farsi/Dari
    (_alt(r"شور\b", r"شور[\s\u200c]?ماشور\w*", r"غالمغال\w*"), "noise"),  # Pashto
    (_alt(r"دەنگەدەنگ\w*", r"ژاوەژاو\w*", r"قەرەباڵغ\w*", r"دەنگی[\s\u200c]بەرز\w*"), "noise"),  # Sorani
    (
        _alt(r"deng\b", r"dengê\b", r"dengekî\b", r"qerebalix\w*", r"dengedeng\w*"),
        "noise",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"sawaxan\w*"), "noise"),  # Somali
    (
        _alt(r"sar[\s]?o[\s]?sed[ao]\w*", r"saro[\s]?sed[ao]\w*", r"iz3aj\w*", r"ez3aj\w*"),
        "noise",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ዕግርግር\w*", r"ህውከት\w*"), "noise"),  # Tigrinya, romanised
    (_ge(r"ጫጫታ\w*", r"ረብሻ\w*", r"ሁካታ\w*"), "noise"),  # Amharic, romanised
    # music
    (_ar(r"موسيق\w*", r"[أا]غاني\w*", r"[أا]غني[ةه]\w*"), "music"),  # Arabic
    (_fa(r"موسیقی\w*", r"آهنگ\w*"), "music"),  # Farsi/Dari
    (_alt(r"مۆسیقا\w*", r"گۆرانی\w*"), "music"),  # Sorani
    (
        _alt(r"muzîk\w*", r"mûzîk\w*", r"muzik\w*", r"stran\b", r"stranan\b", r"stranê\b"),
        "music",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"muusig\w*", r"muusik\w*", r"heeso\w*", r"hees\b"), "music"),  # Somali
    (
        _alt(r"mousighi\w*", r"moosighi\w*", r"musighi\w*", r"mosiqa\w*", r"musiqa\w*", r"moseeqa\w*"),
        "music",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ሙዚቃ\w*"), "music"),  # Amharic, romanised
    # shouting
    (
        _ar(r"صراخ\w*", r"صريخ\w*", r"صرخ\w*", r"[يتن]صرخ\w*", r"صياح\w*", r"[يتن]صيح\w*", r"[يتن]زعق\w*", r"زعيق\w*"),
        "shouting",
    ),  # Arabic
    (
        _fa(
            r"فریاد\w*",
            r"جیغ\w*",
            r"داد[\s\u200c]*و[\s\u200c]*بیداد\w*",
            r"داد[\s\u200c]*(می|زد|میزن|میکش)\w*",
            r"عربده\w*",
        ),
        "shouting",
    ),  # Farsi/Dari
    (_alt(r"چیغ\w*"), "shouting"),  # Pashto
    (_alt(r"هاوار\w*", r"قیژە\w*", r"قیژاندن\w*"), "shouting"),  # Sorani
    (_alt(r"qîrîn\w*", r"qîriy\w*", r"qirin\b", r"qêrîn\w*", r"qîjîn\w*"), "shouting"),  # Kurmanji, romanised Sorani
    (_alt(r"qaylo\w*", r"qayli\w*"), "shouting"),  # Somali
    (_alt(r"dad[\s]mizan\w*", r"dad[\s]o[\s]bidad\w*", r"jigh\w*"), "shouting"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ጩኸ[ትቱ]\w*", r"ይጮሃ\w*", r"ይጮኻ\w*", r"ይጮሀ\w*", r"ጮኸ\w*"), "shouting"),  # Amharic, romanised
    # party
    (_ar(r"حفل[ةه]\w*", r"حفلات\w*", r"سهرات\w*"), "party"),  # Arabic
    (_fa(r"مهمانی\w*", r"مهمونی\w*", r"پارتی\w*", r"جشن\w*"), "party"),  # Farsi/Dari
    (_alt(r"مېلمستیا\w*", r"میلمستیا\w*"), "party"),  # Pashto
    (_alt(r"ئاهەنگ\w*", r"شایی\w*"), "party"),  # Sorani
    (_alt(r"şahî\w*", r"dawet\w*"), "party"),  # Kurmanji, romanised Sorani
    (_alt(r"xaflad\w*", r"dabaaldeg\w*"), "party"),  # Somali
    (_alt(r"mehmooni\w*", r"mehmuni\w*"), "party"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ድግስ\w*", r"ፓርቲ\w*"), "party"),  # Amharic, romanised
    # neighbour
    (
        _alt(
            _ar_and(r"جار(ي|نا|تي|تنا|ك|كم|هم|ه|ها)\b"), _ar(r"جيران\w*", r"جار[ةه]\b", r"جارت\w*"), _ar_the(r"جار\b")
        ),
        "neighbour",
    ),  # Arabic
    (_fa(r"همسای\w*"), "neighbour"),  # Farsi/Dari
    (_alt(r"ګاونډ\w*", r"گاونډ\w*"), "neighbour"),  # Pashto
    (_alt(r"دراوس\w*", r"هاوسێ\w*"), "neighbour"),  # Sorani
    (
        _alt(r"cîran\w*", r"ciran\w*", r"drawsê\w*", r"drawse\w*", r"hawsê\w*"),
        "neighbour",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"hamsaye\w*", r"hamsayeh\w*", r"hamsaya\w*", r"gawandi\w*"), "neighbour"),  # romanised Farsi, Pashto, Arabic
    (_alt(_ge(r"ጎረቤ[ትቱቶታቴቲ]\w*", r"ጐረቤ[ትቱቶታቴቲ]\w*"), r"gorebet\w*"), "neighbour"),  # Tigrinya, romanised
    # alone
    (_alt(r"وحد(ي|ه|ها|هم|هما|نا|ك|كم)\b", r"لوحد\w*", r"بمفرد\w*", r"لحال(ي|ه|ها|هم|نا)\b"), "alone"),  # Arabic
    (_fa(r"تنها\b", r"تنهایی\b"), "alone"),  # Farsi/Dari
    (_alt(r"یوازې\w*", r"یواځې\w*", r"یوازی\b"), "alone"),  # Pashto
    (_alt(r"تەنها\w*", r"تەنیا\w*"), "alone"),  # Sorani
    (_alt(r"bi[\s]?tenê\b", r"tena[\s](serê[\s])?xwe\b", r"be[\s]tenha\b"), "alone"),  # Kurmanji, romanised Sorani
    (_alt(r"k[ae]lig\w*"), "alone"),  # Somali
    (_alt(r"tanha\b", r"tanhayi\b", r"yawaze\b"), "alone"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"በይነይ\b", r"በይኑ\b", r"በይና\b", r"በይኖም\b", r"በይነና\b"), "alone"),  # Tigrinya, romanised
    (_ge(r"ብቻ(ዋን|ውን|ዬን|ቸውን|ችንን|ዉን|ህን|ሽን)\b"), "alone"),  # Amharic, romanised
    # children
    (_ar(r"[أا]طفال\w*", r"طفل\w*", r"[أا]ولاد\w*", r"ولاد(ي|نا|ه|ها|ك|كم)?\b", r"صغار\w*"), "children"),  # Arabic
    (_fa(r"بچه\w*", r"بچّه\w*", r"کودک\w*", r"فرزند\w*"), "children"),  # Farsi/Dari
    (_alt(r"ماشوم\w*"), "children"),  # Pashto
    (_alt(r"منداڵ\w*", r"مناڵ\w*"), "children"),  # Sorani
    (_alt(r"zaro\b", r"mindall\w*", r"mindal\w*", r"mnall\w*", r"minall\w*"), "children"),  # Kurmanji, romanised Sorani
    (_alt(r"ilmo\b", r"ilmah\w*"), "children"),  # Somali
    (
        _alt(
            r"bachcheh?\b",
            r"bacheh?ha\b",
            r"koodak\w*",
            r"kudak\w*",
            r"mashoom\w*",
            r"mashum\w*",
            r"atfal\b",
            r"a6fal\b",
            r"awlad\b",
        ),
        "children",
    ),  # romanised Farsi, Pashto, Arabic
    (
        _alt(_ge(r"ቆልዑ\w*", r"ቆልዓ\w*", r"ህጻናት\w*", r"ሕፃናት\w*", r"ህፃናት\w*"), r"qol'[au]\w*", r"qolu'?\b", r"qolua\b"),
        "children",
    ),  # Tigrinya, romanised
    (_alt(_ge(r"ልጆ[ችቹቼ]\w*"), r"lijoch\w*"), "children"),  # Amharic, romanised
    # baby
    (_ar(r"رضيع\w*", r"رضع\b", r"بيبي\b", r"مولود جديد\b", r"حديث الولاد[ةه]\b"), "baby"),  # Arabic
    (_fa(r"نوزاد\w*", r"شیرخوار\w*"), "baby"),  # Farsi/Dari
    (_alt(r"کۆرپە\w*"), "baby"),  # Sorani
    (_alt(r"pitik\w*", r"bebek\w*", r"korpe\w*"), "baby"),  # Kurmanji, romanised Sorani
    (_alt(r"dhallaan\w*", r"canug\w*"), "baby"),  # Somali
    (_alt(r"nozad\w*", r"nowzad\w*"), "baby"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"[ህሕ][ፃጻ][ንኑኗ]\w*", r"ጨቅላ\w*"), "baby"),  # Tigrinya, romanised
    # hungry
    (_ar(r"جائع\w*", r"جوعان\w*", r"جياع\w*", r"جوع\b", r"جعان\w*", r"جيعان\w*"), "hungry"),  # Arabic
    (_fa(r"گرسن\w*", r"گشنه\w*", r"گشنگی\w*"), "hungry"),  # Farsi/Dari
    (_alt(r"وږی\w*", r"وږي\w*", r"وږې\w*"), "hungry"),  # Pashto
    (_alt(r"برسی(یە|مە|مانە|یانە|تی|یەتی)\b", r"برسێتی\w*"), "hungry"),  # Sorani
    (_alt(r"birçî\w*", r"birci\b", r"birsî\w*"), "hungry"),  # Kurmanji, romanised Sorani
    (_alt(r"gaajo\w*", r"gaajays\w*", r"gaaja\w*"), "hungry"),  # Somali
    (
        _alt(r"gorosne\w*", r"goshne\w*", r"goshna\b", r"ju3an\w*", r"jou3an\w*"),
        "hungry",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ጥሙይ\w*", r"ጥሜት\w*"), "hungry"),  # Tigrinya, romanised
    (_ge(r"ረሃብ\w*", r"ርቦኛል\w*", r"ርቧቸዋል\w*", r"ርቧቸው\w*", r"የተራቡ\w*", r"ተርበ\w*"), "hungry"),  # Amharic, romanised
    # afraid
    (_ar(r"خائف\w*", r"خايف\w*", r"خوف\b", r"[أانيت]خاف\w*", r"مرعوب\w*", r"خفت\b"), "afraid"),  # Arabic
    (_fa(r"ترس\w*", r"میترس\w*", r"می[\s\u200c]ترس\w*", r"وحشت\w*"), "afraid"),  # Farsi/Dari
    (_alt(r"ډار\w*", r"ویره\w*", r"وېره\w*"), "afraid"),  # Pashto
    (_alt(r"دەترس\w*", r"ترساو\w*"), "afraid"),  # Sorani
    (_alt(r"ditirs\w*", r"tirs\w*", r"bitirs\w*", r"detirs\w*"), "afraid"),  # Kurmanji, romanised Sorani
    (
        _alt(r"baqeen\w*", r"baqdin\w*", r"baqday\w*", r"baqo\b", r"cabsi\w*", r"cabsan\w*", r"welwel\w*"),
        "afraid",
    ),  # Somali
    (
        _alt(r"mitars\w*", r"tarsid\w*", r"khayef\w*", r"5ayef\w*", r"5ayfe\w*", r"khayfe\w*"),
        "afraid",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ፍርሒ\w*", r"ፈሪሐ\w*", r"ፈሪሀ\w*", r"ይፈርህ\w*", r"ፈሪሕና\w*", r"ፈሪሑ\w*"), "afraid"),  # Tigrinya, romanised
    (
        _ge(r"ፍርሃ[ትቱ]\w*", r"እፈራ\w*", r"ፈርቻ\w*", r"ፈርተ\w*", r"ፈራች\w*", r"ትፈራ\w*", r"ይፈራ\w*"),
        "afraid",
    ),  # Amharic, romanised
    # threat
    (_ar(r"تهديد\w*", r"هدد\w*", r"[يتن]هدد\w*", r"توعد\w*"), "threat"),  # Arabic
    (_fa(r"تهدید\w*"), "threat"),  # Farsi/Dari
    (_alt(r"ګواښ\w*", r"گواښ\w*"), "threat"),  # Pashto
    (_alt(r"هەڕەشە\w*"), "threat"),  # Sorani
    (
        _alt(
            r"gef\b",
            r"gefê\w*",
            r"gefa\b",
            r"gefan\b",
            r"gefxwar\w*",
            r"tehdît\w*",
            r"bikuj\w*",
            r"dikuj\w*",
            r"hereşe\w*",
        ),
        "threat",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"hanjab\w*", r"handad\w*", r"gooddi\w*"), "threat"),  # Somali
    (_alt(r"tahdid\w*", r"tahdeed\w*"), "threat"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ምፍርራሕ\w*", r"ኣፈራሪሑ\w*"), "threat"),  # Tigrinya, romanised
    (_ge(r"ዛቻ\w*", r"ዛተ\w*", r"አስፈራራ\w*", r"ያስፈራራ\w*", r"ማስፈራሪያ\w*"), "threat"),  # Amharic, romanised
    # violence
    (_ar(r"عنف\b", r"عنيف\w*"), "violence"),  # Arabic
    (_fa(r"خشونت\w*"), "violence"),  # Farsi/Dari
    (_alt(r"تاوتریخوال\w*"), "violence"),  # Pashto
    (_alt(r"توندوتیژی\w*", r"توندووتیژی\w*"), "violence"),  # Sorani
    (_alt(r"tundî\w*", r"şîdet\w*", r"şidet\w*", r"tundutîjî\w*"), "violence"),  # Kurmanji, romanised Sorani
    (_alt(r"rabshad\w*", r"gacan[\s]ka[\s]hadal\w*"), "violence"),  # Somali
    (_alt(r"khoshoonat\w*", r"khoshunat\w*"), "violence"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ዓመጽ\w*", r"ዓመፅ\w*"), "violence"),  # Tigrinya, romanised
    (_ge(r"ጥቃ[ትቱ]\w*", r"ሁከ[ትቱ]\w*"), "violence"),  # Amharic, romanised
    # hit
    (_ar(r"ضرب\w*", r"[يتن]ضرب\w*", r"صفع\w*", r"[يت]صفع\w*", r"دفعني\b"), "hit"),  # Arabic
    (_fa(r"کتک\w*"), "hit"),  # Farsi/Dari
    (_alt(r"ووهل\w*", r"وهلې\b"), "hit"),  # Pashto
    (_alt(r"لێدان\w*", r"لێیدا\w*", r"لێمدا\w*", r"لێی[\s\u200c]دا\w*"), "hit"),  # Sorani
    (
        _alt(r"lêxist\w*", r"lêdixe\w*", r"lêdan\w*", r"lêda\b", r"lêdide\w*", r"lêdaye\w*"),
        "hit",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"garaac\w*", r"tumay\w*", r"feeray\w*"), "hit"),  # Somali
    (_alt(r"kotak\w*", r"darab(ni|ha|na)\b"), "hit"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ደበደበ\w*", r"ድብደባ\w*", r"መታኝ\w*", r"ይመታ\w*", r"መታ[ትቷ]\w*", r"ደብድቦ\w*"), "hit"),  # Amharic, romanised
    # police
    (_ar(r"شرط[ةه]\b", r"شرطي\b", r"بوليس\w*"), "police"),  # Arabic
    (_fa(r"پلیس\w*", r"پولیس\w*"), "police"),  # Farsi/Dari
    (_alt(r"پۆلیس\w*"), "police"),  # Sorani
    (_alt(r"polîs\w*", r"polis\b", r"polisê\w*", r"polisan\w*", r"polisa\b"), "police"),  # Kurmanji, romanised Sorani
    (_alt(r"boolis\w*"), "police"),  # Somali
    (_alt(r"shorta\b", r"shurta\b"), "police"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ፖሊስ\w*"), "police"),  # Amharic, romanised
    # drugs
    (_ar(r"مخدر\w*", r"حشيش\w*"), "drugs"),  # Arabic
    (_fa(r"مواد[\s\u200c]?مخدر\w*", r"مواد[\s\u200c]?فروش\w*", r"معتاد\w*"), "drugs"),  # Farsi/Dari
    (_alt(r"نشې\w*", r"نشه[\s\u200c]?یي\w*"), "drugs"),  # Pashto
    (_alt(r"هۆشبەر\w*"), "drugs"),  # Sorani
    (_alt(r"hişbir\w*", r"narkotîk\w*", r"uyuşturucu\w*"), "drugs"),  # Kurmanji, romanised Sorani
    (_alt(r"maandooriye\w*", r"mukhaadaraad\w*"), "drugs"),  # Somali
    (
        _alt(r"mavad[\s]?mokhader\w*", r"mokhaderat\w*", r"mo5aderat\w*", r"7ashish\w*"),
        "drugs",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"አደንዛዥ\w*", r"ሱስ[\s]አስያዥ\w*"), "drugs"),  # Amharic, romanised
    # knife
    (_ar(r"سكين\b", r"سكينا\b", r"سكاكين\w*"), "knife"),  # Arabic
    (_fa(r"چاقو\w*"), "knife"),  # Farsi/Dari
    (_alt(r"چاړه\w*", r"چاړو\b", r"چاړې\b"), "knife"),  # Pashto
    (_alt(r"چەقۆ\w*"), "knife"),  # Sorani
    (_alt(r"kêr\b", r"kêrê\w*", r"kêrek\w*", r"çeqo\w*"), "knife"),  # Kurmanji, romanised Sorani
    (_alt(r"mindi\b", r"mindid\w*", r"mindiy\w*"), "knife"),  # Somali
    (
        _alt(r"chaghoo\w*", r"chaqu\w*", r"chaghu\w*", r"chaqoo\w*", r"sikkin\w*", r"sekeen\w*", r"sikeen\w*"),
        "knife",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ካራ\b", r"ካራታት\w*"), "knife"),  # Tigrinya, romanised
    (_ge(r"ቢላ\w*"), "knife"),  # Amharic, romanised
    # harassment
    (_ar(r"تحرش\w*", r"[يت]تحرش\w*", r"مضايق[ةه]\w*", r"مضايقات\w*", r"[يت]ضايق\w*"), "harassment"),  # Arabic
    (_fa(r"مزاحم\w*", r"آزار\w*", r"اذیت\w*"), "harassment"),  # Farsi/Dari
    (_alt(r"ځورو\w*"), "harassment"),  # Pashto
    (_alt(r"گێچەڵ\w*", r"ئازاردان\w*"), "harassment"),  # Sorani
    (_alt(r"tacîz\w*", r"taciz\w*", r"gêçel\w*"), "harassment"),  # Kurmanji, romanised Sorani
    (_alt(r"faraxumeyn\w*", r"fara[\s]xumeyn\w*", r"dhibaateyn\w*"), "harassment"),  # Somali
    (
        _alt(r"mozahem\w*", r"aziat\w*", r"aziyat\w*", r"ta7arosh\w*", r"taharrosh\w*", r"ta7arush\w*"),
        "harassment",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ትንኮሳ\w*", r"ወከባ\w*"), "harassment"),  # Amharic, romanised
    # abuse
    (
        _ar(
            r"[إا]ساء[ةه]\w*",
            r"[إا]يذاء\w*",
            r"شتم\w*",
            r"[يت]شتم\w*",
            r"شتائم\w*",
            r"مسيئ\w*",
            r"مسيء\w*",
            r"سب(ني|ها|نا)\b",
            r"[يت]سب(ني|ها|نا)\b",
        ),
        "abuse",
    ),  # Arabic
    (_fa(r"فحش\w*", r"توهین\w*", r"ناسزا\w*", r"سوء[\s\u200c]?استفاده\w*"), "abuse"),  # Farsi/Dari
    (_alt(r"کنځل\w*"), "abuse"),  # Pashto
    (_alt(r"جنێو\w*", r"سووکایەتی\w*"), "abuse"),  # Sorani
    (
        _alt(r"çêr\b", r"çêran\w*", r"çêrî\w*", r"çêrê\w*", r"heqaret\w*", r"îstismar\w*", r"jnêw\w*"),
        "abuse",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"caay\w*", r"aflagaad\w*", r"xadgudub\w*"), "abuse"),  # Somali
    (_alt(r"fohsh\w*", r"tohin\w*", r"toheen\w*"), "abuse"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ጸርፊ\w*", r"ጸሪፉ\w*", r"ጸሪፋ\w*"), "abuse"),  # Tigrinya, romanised
    (_ge(r"ስድብ\w*", r"ሰደበ\w*", r"ሰደቡ\w*", r"ይሳደባ\w*", r"በደል\w*"), "abuse"),  # Amharic, romanised
    # husband
    (_alt(_ar_and(r"زوج(ي|ها|ك)\b", r"جوز(ي|ها)\b"), _ar_the(r"زوج\b")), "husband"),  # Arabic
    (_fa(r"شوهر\w*"), "husband"),  # Farsi/Dari
    (_alt(r"میړه\w*", r"خاوند\w*"), "husband"),  # Pashto
    (_alt(r"مێرد(ەکەم|ەکەی|ەکەت|م|ی)?\b"), "husband"),  # Sorani
    (
        _alt(r"mêrê[\s](min|wê|xwe|te)\b", r"zilamê[\s](min|wê|xwe)\b", r"mêrdekem\w*", r"merdekem\w*"),
        "husband",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"ninkayg\w*", r"ninkeed\w*", r"seygay\w*", r"saygay\w*"), "husband"),  # Somali
    (_alt(r"shoharam\w*", r"shohare\w*", r"zawji\b", r"jozi\b"), "husband"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ሰብኣየይ\w*", r"ሰብኣያ\b"), "husband"),  # Tigrinya, romanised
    (_ge(r"ባሌ\b", r"ባሏ\b", r"ባሌን\b"), "husband"),  # Amharic, romanised
    # wife
    (_alt(_ar_and(r"زوجت(ي|ه|ك|نا)\b", r"مرتي\b", r"مراتي\b"), _ar_the(r"زوج[ةه]\b")), "wife"),  # Arabic
    (_fa(r"زنم\b", r"خانمم\b", r"خانومم\b", r"عیالم\b"), "wife"),  # Farsi/Dari
    (_alt(r"ښځه\w*", r"ښځې\w*", r"میرمن\w*"), "wife"),  # Pashto
    (_alt(r"ژنەکەم\w*", r"ژنەکەی\w*", r"ژنم\b"), "wife"),  # Sorani
    (
        _alt(r"jina[\s](min|wî|xwe|te)\b", r"pîreka[\s](min|wî|xwe)\b", r"jinekem\w*", r"jinêkem\w*"),
        "wife",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"xaas\w*", r"naagtay\w*", r"naagtey\w*", r"afaday\w*", r"afadey\w*"), "wife"),  # Somali
    (_alt(r"zanam\b", r"khanumam\b", r"khanomam\b", r"zawjati\b"), "wife"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ሰበይተይ\w*", r"ሰበይቱ\b"), "wife"),  # Tigrinya, romanised
    (_ge(r"ሚስቴ\w*", r"ሚስቱ\w*", r"ሚስ[ትቷ]\b"), "wife"),  # Amharic, romanised
    # son / daughter
    (
        _ar_and(
            r"ابن(ي|ه|ها|نا|ك|كم|هم)?\b",
            r"ابن[تة]\w*",
            r"بنت(ي|ه|ها|نا|ك|كم)?\b",
            r"بنات(ي|ه|ها|نا)\b",
            r"ولد(ي|ه|ها|نا)\b",
            r"[أا]بنائ\w*",
            r"[أا]بناء\w*",
        ),
        "son / daughter",
    ),  # Arabic
    (_fa(r"پسر\w*", r"دختر\w*"), "son / daughter"),  # Farsi/Dari
    (_alt(r"زوی\w*", r"زامن\w*", r"لور\b", r"لوڼې\w*"), "son / daughter"),  # Pashto
    (_alt(r"کوڕ(ەکەم|ەکەی|ەکەت|ەکانم|م|ی)\b", r"کچ(ەکەم|ەکەی|ەکەت|ەکانم|م)\b"), "son / daughter"),  # Sorani
    (
        _alt(
            r"kurê[\s](min|wê|wî|me|xwe)\b",
            r"keça[\s](min|wê|wî|me|xwe)\b",
            r"kurrekem\w*",
            r"kurekem\w*",
            r"kiçekem\w*",
        ),
        "son / daughter",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"wiilkay\w*", r"wiilkiis\w*", r"wiilkeed\w*", r"inankay\w*", r"gabartay\w*"), "son / daughter"),  # Somali
    (
        _alt(
            r"pesaram\w*",
            r"pesar\b",
            r"pesaresh\b",
            r"dokhtaram\w*",
            r"dokhtar\b",
            r"dokhtaresh\b",
            r"ebni\b",
            r"ibni\b",
            r"binti\b",
        ),
        "son / daughter",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ወደይ\w*", r"ጓለይ\w*", r"ጓል\b", r"ወዳ\b", r"ጓላ\b", r"ወዱ\b", r"ጓሉ\b"), "son / daughter"),  # Tigrinya, romanised
    (_ge(r"ልጄ\w*", r"ልጇ\b", r"ልጁ\b", r"ወንድ[\s]ልጅ\w*", r"ሴ[ትቷ][\s]ልጅ\w*"), "son / daughter"),  # Amharic, romanised
    # mother
    (
        _alt(_ar_and(r"[أا]م(ي|ه|ها|هم|نا|ك|كم)\b", r"والدت(ي|ه|ها|نا|ك|كم)\b", r"ماما\b"), _ar_the(r"والدة\b")),
        "mother",
    ),  # Arabic
    (_fa(r"مادر\w*", r"مامان\w*"), "mother"),  # Farsi/Dari
    (_alt(r"مور\b", r"مورې\b"), "mother"),  # Pashto
    (_alt(r"دایک\w*"), "mother"),  # Sorani
    (_alt(r"dayik\w*", r"dayk\w*", r"diya[\s](min|wê|wî|me|xwe)\b"), "mother"),  # Kurmanji, romanised Sorani
    (_alt(r"hooyo\w*", r"hooyad\w*"), "mother"),  # Somali
    (_alt(r"madaram\w*", r"madar\b", r"mamanam\b", r"ommi\b", r"ummi\b"), "mother"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ኣደይ\w*", r"ኣዲኡ\b", r"ኣዲኣ\b", r"ኣዲኦም\b"), "mother"),  # Tigrinya, romanised
    (_ge(r"እና[ትቴቱቷ]\w*", r"እማዬ\w*", r"እማማ\w*"), "mother"),  # Amharic, romanised
    # father
    (
        _alt(_ar_and(r"[أا]بو(ي|ه|ها|نا|ك|كم)\b", r"والد(ي|ه|ها|نا|ك|كم)?\b", r"بابا\b"), _ar_the(r"والد\b")),
        "father",
    ),  # Arabic
    (_fa(r"پدر\w*", r"بابام\b", r"باباش\b"), "father"),  # Farsi/Dari
    (_alt(r"پلار\w*"), "father"),  # Pashto
    (_alt(r"باوک\w*"), "father"),  # Sorani
    (_alt(r"bavê[\s](min|wê|wî|me|xwe)\b", r"bavo\b", r"bawk\w*"), "father"),  # Kurmanji, romanised Sorani
    (_alt(r"aabe\w*", r"aabbe\w*", r"aabo\w*", r"aabbo\w*", r"aabah\w*"), "father"),  # Somali
    (_alt(r"pedaram\w*", r"pedar\b", r"plar\b", r"abooy\b"), "father"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ኣቦይ\w*", r"ኣቡኡ\b", r"ኣቡኣ\b", r"ኣቦኦም\b"), "father"),  # Tigrinya, romanised
    (_ge(r"አባ[ትቴቱቷ]\w*", r"አባዬ\w*"), "father"),  # Amharic, romanised
    # brother
    (
        _ar_and(
            r"[أا]خ(ي|وي|وه|وها|وك|ونا|وكم)\b",
            r"[أإا]خو[ةه]\b",
            r"[أإا]خوان\w*",
            r"[إا]خوت(ي|ه|ها|نا)\b",
            r"شقيق(ي|ه|ها|نا)?\b",
        ),
        "brother",
    ),  # Arabic
    (_fa(r"برادر\w*", r"داداش\w*"), "brother"),  # Farsi/Dari
    (_alt(r"ورور\w*", r"وروڼ\w*"), "brother"),  # Pashto
    (_alt(r"برا(کەم|کەی|کەت|کانم|م)\b"), "brother"),  # Sorani
    (
        _alt(r"birayê\w*", r"birê[\s](min|wê|wî|me|xwe)\b", r"brakem\b", r"birakem\w*", r"brayê\w*"),
        "brother",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"walaalk\w*"), "brother"),  # Somali
    (
        _alt(r"baradaram\w*", r"baradar\b", r"dadasham\w*", r"dadash\b", r"wror\w*", r"akhooy\b"),
        "brother",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ሓወይ\w*", r"ሓዉ\b", r"ሓዋ\b", r"ሓዎም\b"), "brother"),  # Tigrinya, romanised
    (_ge(r"ወንድ[ምሜሙ]\w*", r"ወንድሞ\w*"), "brother"),  # Amharic, romanised
    # sister
    (_ar_and(r"[أا]خت(ي|ه|ها|ك|نا|هم|كم)?\b", r"[أا]خوات\w*", r"شقيقت\w*"), "sister"),  # Arabic
    (_fa(r"خواهر\w*", r"آبجی\w*"), "sister"),  # Farsi/Dari
    (_alt(r"خور\b", r"خویند\w*"), "sister"),  # Pashto
    (_alt(r"خوشک\w*"), "sister"),  # Sorani
    (
        _alt(r"xwişk\w*", r"xwîşk\w*", r"xweh\b", r"xwuşk\w*", r"xushk\w*", r"xoşk\w*"),
        "sister",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"walaash\w*"), "sister"),  # Somali
    (
        _alt(r"khaharam\w*", r"khahar\b", r"khwahar\w*", r"okhti\b", r"ukhti\b"),
        "sister",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ሓፍተይ\w*", r"ሓፍቱ\b", r"ሓፍታ\b", r"ሓፍቲ\b"), "sister"),  # Tigrinya, romanised
    (_ge(r"እህ[ትቴቱቷ]\w*", r"እህቶ\w*"), "sister"),  # Amharic, romanised
    # family
    (
        _alt(_ar(r"عائل[ةهت]\w*", r"عيل[ةهت]\w*", r"[أا]سر[ةهت]\w*"), _ar_and(r"[أا]هل(ي|ه|ها|نا|كم)\b")),
        "family",
    ),  # Arabic
    (_fa(r"خانواد\w*", r"خانوار\w*", r"فامیل\w*"), "family"),  # Farsi/Dari
    (_alt(r"کورنۍ\w*", r"کورنی\b", r"کورني\b"), "family"),  # Pashto
    (_alt(r"خێزان\w*"), "family"),  # Sorani
    (_alt(r"malbat\w*", r"xêzan\w*", r"xezan\w*"), "family"),  # Kurmanji, romanised Sorani
    (_alt(r"qoys\w*", r"ehel\w*", r"reerk\w*"), "family"),  # Somali
    (
        _alt(r"khanevade\w*", r"khanevadeh\w*", r"khanwada\w*", r"3ayle\w*", r"3a2ila\w*"),
        "family",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ስድራ\w*"), "family"),  # Tigrinya, romanised
    (_ge(r"ቤተሰ[ብቡቦ]\w*"), "family"),  # Amharic, romanised
    # rent
    (
        _ar(r"[إا]يجار\w*", r"[أآا]جار(ات|ه|ها)?\b", r"كراء\w*", r"[أا]جر[ةه] (ال)?(بيت|شق[ةه]|منزل)\w*"),
        "rent",
    ),  # Arabic
    (_fa(r"اجاره\w*", r"کرایه\w*"), "rent"),  # Farsi/Dari
    (_alt(r"کرێ(ی|ەکە|مان)?\b", r"کرێی[\s\u200c](خانوو|ماڵ)\w*"), "rent"),  # Sorani
    (_alt(r"kirê\b", r"kirêy\w*"), "rent"),  # Kurmanji, romanised Sorani
    (_alt(r"kir[ae]ys\w*"), "rent"),  # Somali
    (
        _alt(r"ejare\w*", r"ejareh\w*", r"keraye\w*", r"kerayeh\w*", r"ejar\b", r"ijar\b", r"ijaar\b", r"eejar\b"),
        "rent",
    ),  # romanised Farsi, Pashto, Arabic
    (_alt(_ge(r"ኪራ[ይዩዬያ]\w*", r"ክራ[ይዩ]\w*"), r"kiray\w*"), "rent"),  # Amharic, romanised
    # debt
    (_ar(r"ديون\w*", r"مديون\w*", r"مستحقات\w*"), "debt"),  # Arabic
    (_fa(r"بدهی\w*", r"بدهکار\w*", r"قرض\w*"), "debt"),  # Farsi/Dari
    (_alt(r"پور\b", r"پورونه\w*"), "debt"),  # Pashto
    (_alt(r"قەرز\w*"), "debt"),  # Sorani
    (_alt(r"qerz\w*"), "debt"),  # Kurmanji, romanised Sorani
    (_alt(r"bedehi\w*", r"gharz\w*", r"qarz\w*"), "debt"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ዕዳ\w*", r"እዳ\w*"), "debt"),  # Amharic, romanised
    # payment
    (
        _ar(
            r"دفع[ةه]\b",
            r"دفعات\w*",
            r"تسديد\w*",
            r"سداد\w*",
            r"قسط\b",
            r"[أا]قساط\w*",
            r"س[أا]دفع\w*",
            r"سندفع\w*",
            r"[أان]دفع\b",
            r"الدفع\b",
        ),
        "payment",
    ),  # Arabic
    (_fa(r"پرداخت\w*", r"قسط\w*", r"اقساط\w*", r"تادیه\w*"), "payment"),  # Farsi/Dari
    (_alt(r"پارەدان\w*"), "payment"),  # Sorani
    (_alt(r"bixin\w*", r"bixiy\w*", r"bixis\w*", r"lacag[\s-]?bixin\w*"), "payment"),  # Somali
    (_alt(r"pardakht\w*", r"ghest\w*", r"aghsat\w*"), "payment"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ምኽፋል\w*", r"ክኸፍል\w*", r"ክፍሊት\w*", r"ኽፍሊት\w*", r"ክንከፍል\w*", r"ክከፍል\w*"), "payment"),  # Tigrinya, romanised
    (
        _ge(r"ክፍያ\w*", r"መክፈል\w*", r"መክፈያ\w*", r"እከፍ[ልላሉለ]\w*", r"ልከፍ[ልላሉለ]\w*", r"እንከፍ[ልላሉለ]\w*"),
        "payment",
    ),  # Amharic, romanised
    # letter
    (_ar(r"رسال[ةه]\w*", r"رسائل\w*", r"خطاب\w*"), "letter"),  # Arabic
    (_fa(r"نامه(ها|ای|ی)?\b"), "letter"),  # Farsi/Dari
    (_alt(r"نامە\w*"), "letter"),  # Sorani
    (_alt(r"nameyek\w*", r"nameya\w*", r"nameyê\w*", r"nameyên\w*"), "letter"),  # Kurmanji, romanised Sorani
    (_alt(r"waraaq\w*"), "letter"),  # Somali
    (_ge(r"ደብዳቤ\w*"), "letter"),  # Tigrinya, romanised
    # statement
    (_ar(r"كشف\w* (ال)?حساب\w*", r"كشوف\w* (ال)?حساب\w*", r"بيان (ال)?حساب\w*"), "statement"),  # Arabic
    (_fa(r"صورت[\s\u200c]?حساب\w*", r"ریز[\s\u200c]حساب\w*", r"گردش[\s\u200c]حساب\w*"), "statement"),  # Farsi/Dari
    (_alt(r"bayaan\w*"), "statement"),  # Somali
    (_ge(r"የሂሳብ[\s]መግለጫ\w*", r"መግለጫ\w*"), "statement"),  # Amharic, romanised
    # bank
    (_ar(r"بنك(ي|نا|ه|ها)?\b", r"بنوك\w*"), "bank"),  # Arabic
    (_fa(r"بانک\w*"), "bank"),  # Farsi/Dari
    (_ge(r"ባንክ\w*"), "bank"),  # Amharic, romanised
    # money
    (
        _alt(_ar_the(r"مال\b"), _ar(r"مالا\b", r"فلوس\w*", r"نقود\w*", r"مصاري\b", r"مبلغ\w*", r"راتب\w*")),
        "money",
    ),  # Arabic
    (_fa(r"پول(ی|م|ش|مان|ها|هایم|تان)?\b", r"پیسه\b"), "money"),  # Farsi/Dari
    (_alt(r"پیسې\w*", r"پیسو\b"), "money"),  # Pashto
    (_alt(r"پارە(ی|کە|کەم|م|مان)?\b"), "money"),  # Sorani
    (_alt(r"pere\b", r"perê\w*", r"pereyê\w*", r"pereyan\w*"), "money"),  # Kurmanji, romanised Sorani
    (_alt(r"mushahar\w*"), "money"),  # Somali
    (
        _alt(r"poolam\w*", r"poolesh\b", r"pulam\b", r"floos\b", r"fulus\b", r"flous\b"),
        "money",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ገንዘብ\w*"), "money"),  # Tigrinya, romanised
    # application
    (_ar(r"تقديم (ال)?طلب\w*", r"[أنت]قدم (ال)?طلب\w*", r"استمار[ةه]\w*", r"استمارات\w*"), "application"),  # Arabic
    (_fa(r"درخواست\w*", r"تقاضا\w*"), "application"),  # Farsi/Dari
    (_alt(r"غوښتنلیک\w*"), "application"),  # Pashto
    (_alt(r"داواکاری\w*", r"فۆرم\w*"), "application"),  # Sorani
    (_alt(r"serlêdan\w*", r"daxwaznam\w*", r"dawakarî\w*"), "application"),  # Kurmanji, romanised Sorani
    (_alt(r"codsi\w*", r"codsad\w*", r"codsan\w*", r"dalbad\w*", r"dalban\w*", r"foom\w*"), "application"),  # Somali
    (_alt(r"darkhast\w*", r"darkhaast\w*"), "application"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ማመልከ\w*", r"አመለከ[ትቱ]\w*"), "application"),  # Amharic, romanised
    # transfer
    (
        _ar(r"انتقال\w*", r"نقل\w* (إلى|الى|ل)\w* (بيت|منزل|شق[ةه]|سكن)\w*", r"تبديل (ال)?(بيت|منزل|شق[ةه]|سكن)\w*"),
        "transfer",
    ),  # Arabic
    (_alt(r"wareeg\w*", r"wareej\w*"), "transfer"),  # Somali
    (_ge(r"ዝውውር\w*", r"መዛወር\w*"), "transfer"),  # Amharic, romanised
    # overcrowded
    (
        _ar(
            r"مزدحم\w*",
            r"[إا]زدحام\w*",
            r"مكتظ\w*",
            r"[إا]كتظاظ\w*",
            r"صغير\w* (جدا |كتير |كثير )?علي(نا|هم)\b",
            r"ضيق\w* علي(نا|هم)\b",
        ),
        "overcrowded",
    ),  # Arabic
    (
        _fa(
            r"جا[\s\u200c]?ن(داریم|داره|دارد|یست)\b",
            r"(خانه|خونه|جا)[\s\u200c]+(برای[\s\u200c]ما[\s\u200c]+)?(کوچک|تنگ)\w*",
        ),
        "overcrowded",
    ),  # Farsi/Dari
    (_alt(r"cidhiidhi\w*", r"ciriiri\w*"), "overcrowded"),  # Somali
    (_ge(r"ተጨናን\w*", r"መጨናነቅ\w*", r"ጠባብ\w*"), "overcrowded"),  # Amharic, romanised
    # home
    (
        _alt(
            _ar(
                r"بيت(ي|نا|ه|ها|هم|كم|ك)?\b",
                r"بيوت\w*",
                r"منزل(ي|نا|ه|ها|هم|كم|ك)?\b",
                r"منازل\w*",
                r"شق[ةهت]\w*",
                r"شقق\w*",
            ),
            _ar_the(r"سكن\b"),
        ),
        "home",
    ),  # Arabic
    (_fa(r"خانه\w*", r"خانۀ", r"خونه\w*", r"منزل\w*", r"آپارتمان\w*"), "home"),  # Farsi/Dari
    (_alt(r"کور\b", r"کورونه\w*", r"کورونو\b"), "home"),  # Pashto
    (_alt(r"ماڵ(ی|ە|ەکە|ەکەم|ەکەمان|ەوە|مان|م|ەکان|ێک|ێکی)?\b", r"خانوو\w*"), "home"),  # Sorani
    (
        _alt(
            r"malê\b",
            r"malên\b",
            r"malan\b",
            r"mala[\s](me|min|wî|wê|te|xwe)\b",
            r"xanî\w*",
            r"xaniy\w*",
            r"xanû\w*",
            r"xanu\w*",
        ),
        "home",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"gury\w*"), "home"),  # Somali
    (
        _alt(r"khoone\w*", r"khooneh\w*", r"khuneh\b", r"apartman\w*", r"manzel\w*", r"bayti\b", r"beiti\b"),
        "home",
    ),  # romanised Farsi, Pashto, Arabic
    (_alt(_ge(r"ገዛ\w*"), r"geza\w*"), "home"),  # Tigrinya, romanised
    (_ge(r"ቤ[ትቱቴታቶ]\w*"), "home"),  # Amharic, romanised
    # cat
    (_alt(_ar_the(r"قط[ةهت]\w*", r"قطط\w*"), r"القط\b", r"[وب]القط\b", _ar(r"بسين[ةه]\w*")), "cat"),  # Arabic
    (_fa(r"گربه\w*", r"پشک\w*", r"پیشک\w*"), "cat"),  # Farsi/Dari
    (_alt(r"پیشو\w*"), "cat"),  # Pashto
    (_alt(r"پشیلە\w*"), "cat"),  # Sorani
    (_alt(r"pisîk\w*", r"pişîk\w*", r"pisik\w*", r"pşîle\w*", r"pishile\w*"), "cat"),  # Kurmanji, romanised Sorani
    (_alt(r"bisad\w*", r"mukulaal\w*"), "cat"),  # Somali
    (_alt(r"gorbe\w*", r"gorbeh\w*", r"pishak\w*"), "cat"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ድሙ\b", r"ድሙኡ\b", r"ድሙታት\w*"), "cat"),  # Tigrinya, romanised
    (_ge(r"ድመ[ትቱቴታቶ]\w*"), "cat"),  # Amharic, romanised
    # dog
    (_ar(r"كلب\w*", r"كلاب\w*"), "dog"),  # Arabic
    (_fa(r"سگ\w*"), "dog"),  # Farsi/Dari
    (_alt(r"سپی\b", r"سپي\b", r"سپیان\w*", r"سپو\b"), "dog"),  # Pashto
    (_alt(r"سەگ\w*"), "dog"),  # Sorani
    (_alt(r"kûçik\w*", r"kuçik\w*"), "dog"),  # Kurmanji, romanised Sorani
    (_alt(r"kalb\b", r"kalbi\b", r"klab\b"), "dog"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ከልቢ\w*", r"ኣኽላብ\w*"), "dog"),  # Tigrinya, romanised
    (_ge(r"ውሻ\w*", r"ውሾች\w*"), "dog"),  # Amharic, romanised
    # appointment
    (_ar(r"موعد\w*", r"مواعيد\w*", r"ميعاد\w*"), "appointment"),  # Arabic
    (_fa(r"نوبت\w*", r"وقت[\s\u200c]?ملاقات\w*", r"قرار[\s\u200c]?ملاقات\w*"), "appointment"),  # Farsi/Dari
    (_alt(r"ژوان\w*", r"چاوپێکەوتن\w*"), "appointment"),  # Sorani
    (_alt(r"randevû\w*", r"randevu\w*"), "appointment"),  # Kurmanji, romanised Sorani
    (_alt(r"nobat\w*", r"maw3id\w*", r"mow3ed\w*", r"maw3ed\w*"), "appointment"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ቆጸራ\w*", r"ቆፀራ\w*"), "appointment"),  # Tigrinya, romanised
    (_alt(_ge(r"ቀጠሮ\w*"), r"ketero\w*", r"qetero\w*"), "appointment"),  # Amharic, romanised
    # cancel
    (
        _ar(
            r"[إأا]لغاء\w*",
            r"[أا]لغ(ي|ى|يت|وا|يتم|ت)\b",
            r"[يت]لغ(ي|وا|ى)\b",
            r"ملغ(ي|ى|ية|يه|اة)\b",
            r"كنسل\w*",
            r"اتلغ(ى|ي|ت)\b",
            r"انلغ(ى|ي|ت)\b",
        ),
        "cancel",
    ),  # Arabic
    (_fa(r"لغو\w*", r"کنسل\w*"), "cancel"),  # Farsi/Dari
    (_alt(r"هەڵوەشان\w*"), "cancel"),  # Sorani
    (_alt(r"betal\w*", r"îptal\w*", r"iptal\w*"), "cancel"),  # Kurmanji, romanised Sorani
    (_alt(r"baajin\w*", r"baajiy\w*", r"buriyay\w*", r"burin\w*"), "cancel"),  # Somali
    (_alt(r"laghv\w*", r"laghw\w*"), "cancel"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ተሰርዟል\w*", r"መሰረዝ\w*", r"ሰርዙ\w*", r"ይሰረዝ\w*", r"ሰረዙ\w*"), "cancel"),  # Amharic, romanised
    # change
    (
        _ar(r"تغيير\w*", r"تغير\w*", r"[أاينت]غير\b", r"غير(وا|ت)\b", r"تبديل\w*", r"تعديل\w*", r"[أاينت]بدل\b"),
        "change",
    ),  # Arabic
    (_fa(r"تغییر\w*", r"عوض\w*"), "change"),  # Farsi/Dari
    (_alt(r"بدلون\w*"), "change"),  # Pashto
    (_alt(r"گۆڕین\w*", r"بگۆڕ\w*", r"دەگۆڕ\w*", r"گۆڕانکاری\w*"), "change"),  # Sorani
    (_alt(r"guhert\w*", r"biguher\w*", r"diguher\w*"), "change"),  # Kurmanji, romanised Sorani
    (_alt(r"bedel\w*", r"beddel\w*", r"badal\w*", r"baddal\w*"), "change"),  # Somali
    (
        _alt(r"taghir\w*", r"taghyir\w*", r"taghyeer\w*", r"avaz[\s]?kon\w*", r"avazesh[\s]?kon\w*"),
        "change",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ምቕያር\w*", r"ክቕየር\w*"), "change"),  # Tigrinya, romanised
    (_ge(r"መቀየር\w*", r"ይቀየር\w*", r"ለውጥ\w*", r"ቀይሩ\w*", r"እንዲቀየር\w*"), "change"),  # Amharic, romanised
    # tomorrow
    (_ar(r"غد[اًا]?\b", r"بكر[ةها]\b", r"غدو[ةه]\b"), "tomorrow"),  # Arabic
    (_fa(r"فردا\w*"), "tomorrow"),  # Farsi/Dari
    (_alt(r"سبا\b"), "tomorrow"),  # Pashto
    (_alt(r"سبەی\w*", r"سبەینێ\w*"), "tomorrow"),  # Sorani
    (_alt(r"dotira\w*"), "tomorrow"),  # Kurmanji, romanised Sorani
    (_alt(r"berri\b", r"berrito\b"), "tomorrow"),  # Somali
    (_alt(r"farda\b", r"bukra\b", r"bokra\b", r"bukrah\b", r"ghadan\b"), "tomorrow"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ጽባሕ\w*"), "tomorrow"),  # Tigrinya, romanised
    (_ge(r"ነገ\b"), "tomorrow"),  # Amharic, romanised
    # visit
    (_ar(r"زيار[ةهت]\w*", r"زيارات\w*", r"[يتن]زور(ون|وا|نا|ني)?\b", r"زار(نا|ني)\b"), "visit"),  # Arabic
    (_fa(r"بازدید\w*", r"ملاقات\w*"), "visit"),  # Farsi/Dari
    (_alt(r"لیدن\w*"), "visit"),  # Pashto
    (_alt(r"سەردان\w*"), "visit"),  # Sorani
    (_alt(r"serdan\w*", r"ziyaret\w*"), "visit"),  # Kurmanji, romanised Sorani
    (_alt(r"booqasho\w*", r"booqd\w*", r"booqan\w*"), "visit"),  # Somali
    (_alt(r"bazdid\w*", r"molaghat\w*"), "visit"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ጉብኝ\w*", r"ሊጎበኝ\w*", r"ይጎበኝ\w*"), "visit"),  # Amharic, romanised
    # complaint
    (_ar(r"شكو[ىي]\w*", r"شكوت\b", r"شكاو[ىي]\w*", r"[أاينت]شتك\w*"), "complaint"),  # Arabic
    (_fa(r"شکایت\w*", r"اعتراض\w*", r"گلایه\w*"), "complaint"),  # Farsi/Dari
    (_alt(r"ګیله\w*", r"ګیلې\w*"), "complaint"),  # Pashto
    (_alt(r"سکاڵا\w*"), "complaint"),  # Sorani
    (
        _alt(r"gazin(ê|a|an|ek|eke)?\b", r"gazind\w*", r"gilî\b", r"gilîy\w*", r"şikayet\w*"),
        "complaint",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"cabashad\w*", r"cabanay\w*", r"cabato\b"), "complaint"),  # Somali
    (_alt(r"shekayat\w*", r"shekayet\w*", r"shakwa\w*", r"shakwe\b"), "complaint"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ጥርዓን\w*"), "complaint"),  # Tigrinya, romanised
    (_ge(r"ቅሬታ\w*", r"አቤቱታ\w*"), "complaint"),  # Amharic, romanised
    # waiting
    (
        _ar(r"انتظار\w*", r"[أانيت]نتظر\w*", r"منتظر\w*", r"[أا]ستنى\w*", r"[بن]ستنى\w*", r"مستني\w*"),
        "waiting",
    ),  # Arabic
    (_alt(r"چاوەڕێ\w*", r"چاوەڕوان\w*"), "waiting"),  # Sorani
    (_alt(r"li[\s]bend[aeê]\w*", r"bendewar\w*", r"çawerê\w*"), "waiting"),  # Kurmanji, romanised Sorani
    (_alt(r"sugay\w*", r"sugayn\w*", r"sugitaan\w*", r"sugaya\w*"), "waiting"),  # Somali
    (_alt(r"montazer\w*", r"entezar\w*", r"intizar\w*", r"intithar\w*"), "waiting"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ምጽባይ\w*", r"ይጽበ\w*", r"ንጽበ\w*", r"እጽበ\w*"), "waiting"),  # Tigrinya, romanised
    (_ge(r"እየጠበቅ\w*", r"ስጠብቅ\w*", r"መጠበቅ\w*", r"ጠብቄ\w*"), "waiting"),  # Amharic, romanised
    # interpreter
    (_ar(r"مترجم\w*", r"ترجم\w*", r"[يتن]ترجم\w*"), "interpreter"),  # Arabic
    (_alt(r"ژباړ\w*"), "interpreter"),  # Pashto
    (_alt(r"وەرگێڕ\w*"), "interpreter"),  # Sorani
    (_alt(r"wergêr\w*", r"tercuman\w*", r"tercûman\w*"), "interpreter"),  # Kurmanji, romanised Sorani
    (_alt(r"turjum\w*"), "interpreter"),  # Somali
    (
        _alt(r"motarjem\w*", r"tarjome\w*", r"mutarjim\w*", r"mtarjem\w*"),
        "interpreter",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ተርጓሚ\w*"), "interpreter"),  # Tigrinya, romanised
    (_ge(r"አስተርጓሚ\w*"), "interpreter"),  # Amharic, romanised
    # help
    (
        _ar(r"مساعد[ةه]\w*", r"ساعد(ني|ونا|وني|نا)\b", r"[يت]ساعد\w*", r"نجد[ةه]\b", r"[إا]لحقو(ني|نا)\b"),
        "help",
    ),  # Arabic
    (_fa(r"کمک\w*"), "help"),  # Farsi/Dari
    (_alt(r"مرست\w*"), "help"),  # Pashto
    (_alt(r"یارمەتی\w*", r"هاوکاری\w*"), "help"),  # Sorani
    (
        _alt(r"alîkarî\w*", r"alikari\w*", r"arîkarî\w*", r"hawar\w*", r"yarmetî\w*", r"yarmeti\w*"),
        "help",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"caawi\w*", r"gargaar\w*"), "help"),  # Somali
    (
        _alt(r"komak\w*", r"mrasta\b", r"mosa3ada\w*", r"musa3ada\w*", r"sa3idni\b", r"sa3doni\b", r"saa3idni\b"),
        "help",
    ),  # romanised Farsi, Pashto, Arabic
    (_alt(_ge(r"ሓገዝ\w*", r"ሓግዙ\w*"), r"hagez\w*", r"hagiz\w*", r"hagzu\w*"), "help"),  # Tigrinya, romanised
    (_alt(_ge(r"እርዳታ\w*", r"እርዱ\w*"), r"irdata\w*", r"erdata\w*"), "help"),  # Amharic, romanised
    # urgent
    (
        _ar(r"عاجل\w*", r"مستعجل\w*", r"طارئ\w*", r"طوارئ\w*", r"ضروري\w*", r"سرع[ةه]\b", r"[أا]سرع وقت\b"),
        "urgent",
    ),  # Arabic
    (_fa(r"فوری\w*", r"فورا\b", r"اورژانس\w*", r"ضروری\w*"), "urgent"),  # Farsi/Dari
    (_alt(r"بیړن\w*"), "urgent"),  # Pashto
    (_alt(r"بەپەلە\w*", r"خێرا\w*"), "urgent"),  # Sorani
    (_alt(r"lezgîn\w*", r"bilez\b", r"acîl\w*", r"acil\w*", r"bepele\w*"), "urgent"),  # Kurmanji, romanised Sorani
    (_alt(r"degdeg\w*", r"dhakhso\w*", r"deg[\s]deg\w*"), "urgent"),  # Somali
    (
        _alt(r"fori\b", r"foori\b", r"fowri\b", r"3ajel\b", r"mista3jel\w*", r"mesta3jel\w*"),
        "urgent",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ህጹጽ\w*", r"ህፁፅ\w*", r"ቅልጡፍ\w*"), "urgent"),  # Tigrinya, romanised
    (_ge(r"አስቸኳይ\w*"), "urgent"),  # Amharic, romanised
    # repair
    (_ar(r"تصليح\w*", r"[إا]صلاح\w*", r"صيان[ةه]\w*", r"[يتن]صلح\w*", r"تصلح\w*"), "repair"),  # Arabic
    (_fa(r"تعمیر\w*"), "repair"),  # Farsi/Dari
    (_alt(r"ترمیم\w*"), "repair"),  # Pashto
    (_alt(r"چاککردن\w*", r"چاک[\s\u200c]بکەن\w*", r"چاکی[\s\u200c]بکەن\w*"), "repair"),  # Sorani
    (_alt(r"tamîr\w*", r"sererast\w*", r"çêbik\w*"), "repair"),  # Kurmanji, romanised Sorani
    (_alt(r"hagaaj\w*", r"dayactir\w*", r"dayac[\s]tir\w*"), "repair"),  # Somali
    (_alt(r"ta'?mir\w*", r"tasli7\w*", r"tasle7\w*", r"taslee7\w*"), "repair"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ምጽጋን\w*", r"ክጽገን\w*", r"ጽገና\w*", r"ይጽገን\w*"), "repair"),  # Tigrinya, romanised
    (_ge(r"ጥገና\w*", r"መጠገን\w*", r"ይጠገን\w*", r"እንዲጠገን\w*"), "repair"),  # Amharic, romanised
    # broken
    (
        _ar(
            r"مكسور\w*",
            r"[إا]نكسر\w*",
            r"كسر(ت|وا)?\b",
            r"خربان\w*",
            r"عطلان\w*",
            r"معطل\w*",
            r"تعطل\w*",
            r"عطل\b",
            r"بايظ\w*",
            r"خرب(ت|انة)?\b",
            r"تالف\w*",
            r"(مش|مو|ما|مب) (شغال|يشتغل|بيشتغل|تشتغل|بتشتغل)\w*",
            r"لا (يعمل|تعمل)\b",
        ),
        "broken",
    ),  # Arabic
    (_fa(r"خراب\w*", r"شکسته\w*", r"کار[\s\u200c]?نمی[\s\u200c]?کن\w*"), "broken"),  # Farsi/Dari
    (_alt(r"مات[\s\u200c]?(شو|شوی|شوې|دی|ده)\b"), "broken"),  # Pashto
    (_alt(r"شکاو\w*", r"تێکچوو\w*", r"شکا\b", r"کارناکات\w*", r"کار[\s\u200c]ناکات\w*"), "broken"),  # Sorani
    (
        _alt(r"şikestî\w*", r"şikest\w*", r"şikiya\w*", r"xirab\w*", r"xerab\w*", r"naxebit\w*", r"shikaw\w*"),
        "broken",
    ),  # Kurmanji, romanised Sorani
    (
        _alt(
            r"jabay\w*",
            r"jabtay\w*",
            r"jebi\w*",
            r"ma[\s]shaqeyn\w*",
            r"ma[\s]shaqayn\w*",
            r"shaqeyn[\s]mayo\b",
            r"shaqayn[\s]mayo\b",
            r"xumaaday\w*",
            r"damsan\w*",
        ),
        "broken",
    ),  # Somali
    (
        _alt(
            r"shekaste\w*",
            r"maksoor\w*",
            r"maksour\w*",
            r"5arban\w*",
            r"kharban\w*",
            r"3a6lan\w*",
            r"3atlan\w*",
            r"kar[\s]nemikon\w*",
        ),
        "broken",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ተሰይሩ\w*", r"ተሰቢሩ\w*", r"ኣይሰርሕን\w*", r"ኣይሰርሕ\b", r"ተበላሺዩ\w*"), "broken"),  # Tigrinya, romanised
    (
        _alt(
            _ge(r"ተሰብሯ\w*", r"ተሰበረ\w*", r"የተሰበረ\w*", r"አይሰራም\w*", r"አይሠራም\w*", r"ተበላሽ\w*", r"ተበላሸ\w*"),
            r"tesebro\w*",
            r"tesebrwal\w*",
            r"ayiserr?am\b",
            r"aysera?m\b",
        ),
        "broken",
    ),  # Amharic, romanised
    # pregnant
    (_ar(r"حامل\b", r"حبلى\b", r"حبلا\b", r"حوامل\b"), "pregnant"),  # Arabic
    (_fa(r"باردار\w*", r"حامله\w*"), "pregnant"),  # Farsi/Dari
    (_alt(r"امیندوار\w*"), "pregnant"),  # Pashto
    (_alt(r"دووگیان\w*", r"سکپڕ\w*"), "pregnant"),  # Sorani
    (_alt(r"ducanî\w*", r"duganî\w*", r"dûcanî\w*"), "pregnant"),  # Kurmanji, romanised Sorani
    (_alt(r"uur\b", r"uurka\b", r"uur[\s]leh\b", r"uurleh\w*", r"uurey\w*"), "pregnant"),  # Somali
    (_alt(r"bardar\b", r"hameleh?\b", r"7amel\b"), "pregnant"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ነፍሰ[\s]ጾር\w*", r"ጥንስቲ\w*"), "pregnant"),  # Tigrinya, romanised
    (_ge(r"ነፍሰ[\s]ጡር\w*", r"እርጉዝ\w*"), "pregnant"),  # Amharic, romanised
    # ill / sick
    (
        _ar(r"مريض\w*", r"مرض\b", r"مرض(ه|ها|هم)\b", r"مرضى\b", r"[أا]مراض\w*", r"تعبان\w*", r"عيان\w*"),
        "ill / sick",
    ),  # Arabic
    (_fa(r"مریض\w*", r"بیمار(ی|م|ه|ها|یم)?\b", r"ناخوش\w*"), "ill / sick"),  # Farsi/Dari
    (_alt(r"ناروغ\w*"), "ill / sick"),  # Pashto
    (_alt(r"نەخۆش(ە|م|ن|ی|ین)?\b", r"نەخۆشی\w*"), "ill / sick"),  # Sorani
    (
        _alt(r"nexweş(e|im|in)?\b", r"nexweşî\w*", r"nexwes\b", r"nexoş\w*", r"nexosh\w*"),
        "ill / sick",
    ),  # Kurmanji, romanised Sorani
    (_alt(r"buka\b", r"bukaa\w*", r"jiran\w*", r"xanuun\w*", r"cudur\w*"), "ill / sick"),  # Somali
    (
        _alt(r"mariz\w*", r"bimar\b", r"bimaram\b", r"mareed\w*", r"ta3ban\w*"),
        "ill / sick",
    ),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ሕማም\w*", r"ሕሙም\w*", r"ሓሚሙ\w*", r"ሓሚማ\w*"), "ill / sick"),  # Tigrinya, romanised
    (
        _ge(r"[ህሕ]መም\w*", r"ታሟ\w*", r"ታምሟ\w*", r"ታማሚ\w*", r"ታሞ\w*", r"ታማለች\w*", r"ታመመ\w*"),
        "ill / sick",
    ),  # Amharic, romanised
    # disabled
    (
        _ar(
            r"معاق\w*",
            r"[إا]عاق[ةه]\w*",
            r"كرسي متحرك\b",
            r"[إا]حتياجات خاص[ةه]\b",
            r"ذوي (ال)?احتياجات\w*",
            r"عاجز\w*",
        ),
        "disabled",
    ),  # Arabic
    (_fa(r"معلول\w*", r"ویلچر\w*", r"صندلی[\s\u200c]چرخدار\w*"), "disabled"),  # Farsi/Dari
    (_alt(r"کەمئەندام\w*", r"پەککەوتە\w*"), "disabled"),  # Sorani
    (_alt(r"seqet\w*", r"astengdar\w*", r"kêmendam\w*"), "disabled"),  # Kurmanji, romanised Sorani
    (_alt(r"naafo\w*", r"naafa\w*", r"curyaan\w*"), "disabled"),  # Somali
    (_alt(r"malul\b", r"ma'lul\w*", r"mo3aq\w*", r"mu3aq\w*"), "disabled"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ስንኩል\w*", r"ስንክልና\w*"), "disabled"),  # Tigrinya, romanised
    (_ge(r"ጉዳተኛ\w*", r"አካል[\s]ጉዳ\w*"), "disabled"),  # Amharic, romanised
    # cough
    (_ar(r"سعال\w*", r"[يتن]سعل\w*", r"سعل\b", r"كح[ةه]\b", r"[يت]كح\b", r"[يت]كحكح\w*"), "cough"),  # Arabic
    (_fa(r"سرفه\w*"), "cough"),  # Farsi/Dari
    (_alt(r"ټوخ\w*"), "cough"),  # Pashto
    (_alt(r"کۆکە\w*", r"دەکۆک\w*"), "cough"),  # Sorani
    (_alt(r"kuxik\w*", r"dikux\w*", r"kuxîn\w*"), "cough"),  # Kurmanji, romanised Sorani
    (_alt(r"qufac\w*"), "cough"),  # Somali
    (_alt(r"sorfe\w*", r"sorfeh\w*", r"so3al\w*", r"ka7a\b", r"ko7a\b"), "cough"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"ሰዓል\w*", r"ይስዕል\w*"), "cough"),  # Tigrinya, romanised
    (_ge(r"ሳል\b", r"ሳሉ\b", r"ያስላ\w*", r"ይስላ\w*", r"ያስለ\w*"), "cough"),  # Amharic, romanised
    # asthma
    (_alt(_ar_the(r"ربو\b"), _ar(r"حساسي[ةه] (ال)?صدر\w*", r"ضيق (في )?(ال)?تنفس\w*")), "asthma"),  # Arabic
    (_fa(r"آسم\b", r"آسمی\b", r"تنگی[\s\u200c]نفس\w*"), "asthma"),  # Farsi/Dari
    (_alt(r"ساه[\s\u200c]?لنډ\w*"), "asthma"),  # Pashto
    (_alt(r"ڕەبۆ\w*", r"تەنگەنەفەس\w*"), "asthma"),  # Sorani
    (_alt(r"astim\w*", r"bêhnteng\w*", r"nefesteng\w*"), "asthma"),  # Kurmanji, romanised Sorani
    (_alt(r"neefta\b", r"xiiq\w*", r"neef[\s]qabatin\w*"), "asthma"),  # Somali
    (_alt(r"rabw\b"), "asthma"),  # romanised Farsi, Pashto, Arabic
    (_ge(r"አስም\w*", r"ኣስማ\w*"), "asthma"),  # Amharic, romanised
]

# Every script here writes spaces between words.
SUBSTRINGS: dict[str, str] = {}

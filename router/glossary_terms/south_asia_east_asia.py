r"""Glossary terms (see the package docstring): Urdu (Arabic script), Punjabi (Gurmukhi, and Shahmukhi where
its words differ from Urdu), Bengali/Sylheti, Hindi, Gujarati, Tamil, Urdu/Punjabi/Bengali in Roman script as
typed on phones, Vietnamese, and Chinese (simplified and traditional) in SUBSTRINGS, because
Chinese is written without spaces between words.

Grouped by concept, one entry per language, tagged in a comment: ur (Urdu in Arabic script, with the Shahmukhi
Punjabi words), rom, pa (Gurmukhi), bn, hi, gu, ta, vi. The first pattern that matches at a word
start wins, so the concepts whose phrases begin with another concept's word (hot water / water, keys / key,
landlord / home, ex-partner / husband) come first, and "home" comes last. Romanised words spelt like ordinary
English ones ("tap", "chat", "bow", "beta") are left out, as are the common words that mean two things ("kal"
is both yesterday and tomorrow; "chhat" is both roof and ceiling, and is glossed as "ceiling").

Bengali, Gurmukhi, Devanagari, Gujarati and Tamil: Python's \w does not match vowel signs, so \b and \w* stop
inside a word, and a "word start" also falls after every vowel sign. Their stems are plain literals made into
patterns by `_indic`: a stem matches only where no letter of its script comes just before it (a real word
start); a trailing "$" means the word must end there; a nukta may be typed or not, precomposed or not;
candrabindu and anusvara (Gurmukhi tippi and bindi) are interchangeable; a space matches any run of spaces.
`_urdu` also accepts the Arabic yeh and heh that some keyboards type for Urdu ی and ہ.
"""

from __future__ import annotations

import unicodedata

# Letters and signs of each script (not its digits or danda), plus the zero-width joiners used inside words.
_DEVA = "\u0900-\u0963\u0971-\u097f"
_BENG = "\u0980-\u09e3\u09f0\u09f1"
_GURU = "\u0a00-\u0a63\u0a70-\u0a75"
_GUJR = "\u0a80-\u0ae3\u0af9-\u0aff"
_TAML = "\u0b80-\u0bd7"
_JOINERS = "\u200c\u200d"
_NUKTAS = frozenset("\u093c\u09bc\u0a3c\u0abc")
# letter + nukta -> the precomposed letter (NFC text has the pair, some keyboards type the single letter)
_PRECOMPOSED = {
    pair: ch
    for ch in map(chr, range(0x0900, 0x0B00))
    if len(pair := unicodedata.normalize("NFD", ch)) == 2 and pair[1] in _NUKTAS
}
_SIGNS = {
    " ": r"\s+",  # a line break may fall between the words of a phrase
    "\u0901": "[\u0901\u0902]",  # Devanagari candrabindu / anusvara
    "\u0902": "[\u0901\u0902]",
    "\u0a70": "[\u0a70\u0a02]",  # Gurmukhi tippi / bindi
    "\u0a02": "[\u0a70\u0a02]",
    "\u0981": "\u0981?",  # Bengali candrabindu, often left out
}


def _units(word: str) -> list[str]:
    """The characters of a word, a letter and its nukta kept together."""
    out: list[str] = []
    for ch in word:
        if ch in _NUKTAS and out:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _spellings(unit: str) -> list[str]:
    """The ways one character may be typed: a letter with a nukta also without it, or precomposed."""
    if len(unit) == 2:
        return [unit, unit[0], *([_PRECOMPOSED[unit]] if unit in _PRECOMPOSED else [])]
    return [unit]


def _indic(letters: str, stems: str) -> str:
    """A pattern for "|"-separated literal stems of a Brahmic script (see the module docstring)."""
    cls = letters + _JOINERS
    out = []
    for stem in unicodedata.normalize("NFC", stems).split("|"):
        units = _units(stem.removesuffix("$"))
        first = "|".join(f"{s}(?<![{cls}]{s})" for s in _spellings(units[0]))
        rest = "".join(
            _SIGNS.get(u, u) if len(alts := _spellings(u)) == 1 else f"(?:{'|'.join(alts)})" for u in units[1:]
        )
        out.append(f"(?:{first}){rest}" + (f"(?![{cls}])" if stem.endswith("$") else ""))
    return "|".join(out)


def _hi(stems: str) -> str:
    return _indic(_DEVA, stems)


def _bn(stems: str) -> str:
    return _indic(_BENG, stems)


def _pa(stems: str) -> str:
    return _indic(_GURU, stems)


def _gu(stems: str) -> str:
    return _indic(_GUJR, stems)


def _ta(stems: str) -> str:
    return _indic(_TAML, stems)


def _urdu(pattern: str) -> str:
    """Urdu ی and ہ, or the Arabic yeh and heh some keyboards give instead."""
    return pattern.replace("ی", "[یي]").replace("ہ", "[ہه]")


TERMS: list[tuple[str, str]] = [
    # --- phrases and words that must win over a shorter match at the same word start ---
    # hot water
    (_urdu(r"گرم پانی"), "hot water"),  # ur
    (r"gar[ae]?m pa+ni|gorom (pa+ni|jol)|tatt?a pa+ni", "hot water"),  # rom
    (_pa("ਗਰਮ ਪਾਣੀ|ਤੱਤਾ ਪਾਣੀ"), "hot water"),  # pa
    (_bn("গরম পানি|গরম জল"), "hot water"),  # bn
    (_hi("गर्म पानी|गरम पानी"), "hot water"),  # hi
    (_gu("ગરમ પાણી"), "hot water"),  # gu
    (_ta("சூடான தண்ணீர்|சுடு தண்ணீர்|சுடுதண்ணீர்|சுடுதண்ணி|வெந்நீர்"), "hot water"),  # ta
    (r"nước nóng\b|nuoc nong\b", "hot water"),  # vi
    # power cut
    (_urdu(r"بجلی (چلی|نہیں|بند|غائب|گئی)\w*|لائٹ (چلی|نہیں|بند|گئی)\w*|لوڈ ?شیڈنگ"), "power cut"),  # ur
    (
        r"light (chali|chal[ei] gay\w*|nahi|nai|gayab|gay[ai]|gelo|chole ge\w*)|current (nai|nei|chole ge\w*)",
        "power cut",
    ),  # rom
    (r"load ?shedding", "power cut"),  # rom
    (_pa("ਬਿਜਲੀ ਚਲੀ|ਬਿਜਲੀ ਨਹੀਂ|ਬਿਜਲੀ ਬੰਦ|ਬਿਜਲੀ ਗੁੱਲ|ਲਾਈਟ ਚਲੀ|ਲਾਈਟ ਨਹੀਂ|ਲਾਈਟ ਗਈ"), "power cut"),  # pa
    (_bn("কারেন্ট নেই|কারেন্ট চলে|বিদ্যুৎ নেই|বিদ্যুৎ চলে|লোডশেডিং|লাইট চলে গে"), "power cut"),  # bn
    (_hi("बिजली चली|बिजली नहीं|बिजली गुल|बिजली कट|बिजली गई|लाइट चली|लाइट नहीं|लाइट गई"), "power cut"),  # hi
    (_gu("વીજળી ગઈ|વીજળી નથી|લાઈટ ગઈ|લાઇટ ગઈ|લાઈટ નથી|લાઇટ નથી|લાઈટ જતી|લાઇટ જતી"), "power cut"),  # gu
    (_ta("மின்வெட்டு|மின் வெட்டு|மின்தடை|மின் தடை|கரண்ட் இல்ல|கரண்ட் போ|கரண்ட் கட்"), "power cut"),  # ta
    (r"mất điện\b|cúp điện\b|cắt điện\b|mat dien\b|cup dien\b", "power cut"),  # vi
    # phone number
    (_urdu(r"فون نمبر|موبائل نمبر|نیا نمبر"), "phone number"),  # ur
    (r"(naya|naye|nawa|navan|navaan|notun|nutun) (number|nambar|nombor|no)\b", "phone number"),  # rom
    (_pa("ਫ਼ੋਨ ਨੰਬਰ|ਮੋਬਾਈਲ ਨੰਬਰ|ਨਵਾਂ ਨੰਬਰ"), "phone number"),  # pa
    (_bn("ফোন নম্বর|ফোন নাম্বার|মোবাইল নম্বর|মোবাইল নাম্বার|নতুন নম্বর|নতুন নাম্বার"), "phone number"),  # bn
    (_hi("फ़ोन नंबर|फोन नम्बर|मोबाइल नंबर|मोबाइल नम्बर|नया नंबर|नया नम्बर"), "phone number"),  # hi
    (_gu("ફોન નંબર|મોબાઇલ નંબર|મોબાઈલ નંબર|નવો નંબર"), "phone number"),  # gu
    (_ta("போன் நம்பர்|ஃபோன் நம்பர்|தொலைபேசி எண்|கைபேசி எண்|மொபைல் நம்பர்|புதிய எண்"), "phone number"),  # ta
    (r"số điện thoại\b|so dien thoai\b|sđt\b", "phone number"),  # vi
    # keys
    (_urdu(r"چابیاں|چابیوں"), "keys"),  # ur
    (_pa("ਚਾਬੀਆਂ"), "keys"),  # pa
    (_bn("চাবিগুলো|চাবিগুলি"), "keys"),  # bn
    (_hi("चाबियाँ|चाबियों|चाभियाँ"), "keys"),  # hi
    (_gu("ચાવીઓ"), "keys"),  # gu
    (_ta("சாவிகள்"), "keys"),  # ta
    (r"(trả|trả lại|giao|nộp) chìa kho[áa]\b|tra (lai )?chia khoa\b", "keys"),  # vi
    # bins
    (_urdu(r"کوڑے ?دان\w*|کچرا ?دان\w*|ڈسٹ ?بن|ڈبے\b|ڈبوں\b"), "bins"),  # ur
    (r"(koo?ra|koo?da|kachra) ?daa?n\w*", "bins"),  # rom
    (_pa("ਕੂੜੇਦਾਨ|ਕੂੜਾਦਾਨ|ਡਸਟਬਿਨ"), "bins"),  # pa
    (_bn("ময়লার বিন|ময়লার বাক্স|ডাস্টবিন|বিনগুলো"), "bins"),  # bn
    (_hi("कूड़ेदान|कचरादान|कचरा पेटी|डस्टबिन"), "bins"),  # hi
    (_gu("કચરાપેટી|કચરા પેટી|ડસ્ટબિન"), "bins"),  # gu
    (_ta("குப்பைத் தொட்டி|குப்பை தொட்டி|குப்பைத்தொட்டி"), "bins"),  # ta
    (r"thùng rác\b|thung rac\b", "bins"),  # vi
    # plumber
    (_urdu(r"پلمبر\w*"), "plumber"),  # ur
    (_pa("ਪਲੰਬਰ"), "plumber"),  # pa
    (_bn("প্লাম্বার|প্লাম্বার"), "plumber"),  # bn
    (_hi("प्लंबर|प्लम्बर"), "plumber"),  # hi
    (_gu("પ્લમ્બર|પ્લંબર"), "plumber"),  # gu
    (_ta("பிளம்பர்|ப்ளம்பர்"), "plumber"),  # ta
    (r"thợ (sửa )?ống nước\b|thợ nước\b|tho (sua )?ong nuoc\b", "plumber"),  # vi
    # hospital
    (_urdu(r"ہسپتال\w*|اسپتال\w*|ہاسپٹل"), "hospital"),  # ur
    (r"haspataa?l\w*|aspataa?l\w*|hospitaal", "hospital"),  # rom
    (_pa("ਹਸਪਤਾਲ"), "hospital"),  # pa
    (_bn("হাসপাতাল|হসপিটাল"), "hospital"),  # bn
    (_hi("अस्पताल|हॉस्पिटल|हस्पताल"), "hospital"),  # hi
    (_gu("હોસ્પિટલ|દવાખાન|ઇસ્પિતાલ"), "hospital"),  # gu
    (_ta("மருத்துவமனை|ஆஸ்பத்திரி|ஆஸ்பிட்டல்|ஹாஸ்பிட்டல்"), "hospital"),  # ta
    (r"bệnh viện\b|benh vien\b|nhà thương\b", "hospital"),  # vi
    # landlord
    (_urdu(r"مالک ?مکان|مکان ?مالک|لینڈ ?لارڈ"), "landlord"),  # ur
    (r"malik ?maa?kaa?n|maa?kaa?n ?malik|bariwall?[ae]\w*|bari ?wala\w*", "landlord"),  # rom
    (_pa("ਮਕਾਨ ਮਾਲਕ|ਮਕਾਨ-ਮਾਲਕ"), "landlord"),  # pa
    (_bn("বাড়িওয়ালা|বাড়িওয়ালী|বাড়ির মালিক"), "landlord"),  # bn
    (_hi("मकान मालिक|मकानमालिक"), "landlord"),  # hi
    (_gu("મકાનમાલિક|મકાન માલિક"), "landlord"),  # gu
    (_ta("வீட்டு உரிமையாளர்|வீட்டு ஓனர்|வீட்டுக்காரர்"), "landlord"),  # ta
    (r"chủ nhà\b|chu nha\b", "landlord"),  # vi
    # end tenancy
    (_urdu(r"کرایہ ?داری ختم|ٹیننسی ختم|گھر خالی|مکان خالی"), "end tenancy"),  # ur
    (
        r"tenancy (khatam|khatm|khotom|shesh|band)\w*|khaa?li kar(na|ni|ne|nay|dena|denge|dunga|dungi)\b",
        "end tenancy",
    ),  # rom
    (_pa("ਕਿਰਾਏਦਾਰੀ ਖ਼ਤਮ|ਟੈਨੈਂਸੀ ਖ਼ਤਮ|ਘਰ ਖ਼ਾਲੀ"), "end tenancy"),  # pa
    (_bn("ভাড়াটিয়া চুক্তি শেষ|টেনেন্সি শেষ|বাসা ছেড়ে দিত|বাসা ছেড়ে দেব|বাড়ি ছেড়ে দিত"), "end tenancy"),  # bn
    (_hi("किरायेदारी ख़त्म|किरायेदारी समाप्त|टेनेंसी ख़त्म|टेनेंसी समाप्त|घर ख़ाली|मकान ख़ाली"), "end tenancy"),  # hi
    (_gu("ભાડૂઆત સમાપ્ત|ટેનન્સી સમાપ્ત|ટેનન્સી ખતમ|ઘર ખાલી|મકાન ખાલી"), "end tenancy"),  # gu
    (_ta("வாடகை ஒப்பந்தத்தை முடி|வாடகை ஒப்பந்தம் முடி|வீட்டைக் காலி|வீட்டை காலி|காலி செய்"), "end tenancy"),  # ta
    (r"(chấm dứt|kết thúc|hủy|huỷ) hợp đồng\b|(cham dut|ket thuc) hop dong\b|trả nhà\b", "end tenancy"),  # vi
    # tenancy agreement
    (_urdu(r"کرایہ ?نامہ|معاہد\w*|ایگریمنٹ"), "tenancy agreement"),  # ur
    (r"muah[ai]d[ae]\w*|iqrar ?nama|ikrar ?nama|chukti\w*", "tenancy agreement"),  # rom
    (_pa("ਕਿਰਾਇਆਨਾਮਾ|ਕਿਰਾਏਨਾਮਾ|ਇਕਰਾਰਨਾਮਾ|ਐਗਰੀਮੈਂਟ"), "tenancy agreement"),  # pa
    (_bn("ভাড়ার চুক্তি|চুক্তিপত্র|চুক্তি"), "tenancy agreement"),  # bn
    (_hi("किरायानामा|किराया नामा|किरायेदारी अनुबंध|किराया अनुबंध|अनुबंध|एग्रीमेंट"), "tenancy agreement"),  # hi
    (_gu("ભાડાકરાર|ભાડા કરાર|ભાડા કરાર|કરાર|એગ્રીમેન્ટ"), "tenancy agreement"),  # gu
    (_ta("வாடகை ஒப்பந்த|குத்தகை ஒப்பந்த|ஒப்பந்த"), "tenancy agreement"),  # ta
    (r"hợp đồng\b|hop dong\b", "tenancy agreement"),  # vi
    # bigger home
    (_urdu(r"بڑا گھر|بڑے گھر|بڑا مکان|بڑے مکان|بڑی جگہ"), "bigger home"),  # ur
    (
        r"(ba?d[ae]|bar[ae]|baray|vadd?[ae]) (ghar|makaa?n)|ba?di jag[ae]h|boro (basa|basha|bari|ghor)\w*",
        "bigger home",
    ),  # rom
    (_pa("ਵੱਡਾ ਘਰ|ਵੱਡੇ ਘਰ|ਵੱਡਾ ਮਕਾਨ"), "bigger home"),  # pa
    (_bn("বড় বাসা|বড় বাড়ি|বড় ঘর"), "bigger home"),  # bn
    (_hi("बड़ा घर|बड़े घर|बड़ा मकान|बड़े मकान"), "bigger home"),  # hi
    (_gu("મોટું ઘર|મોટા ઘર|મોટું મકાન|મોટા મકાન"), "bigger home"),  # gu
    (_ta("பெரிய வீ"), "bigger home"),  # ta
    (r"nhà (lớn|rộng) hơn\b|nha (lon|rong) hon\b", "bigger home"),  # vi
    # housing register
    (_urdu(r"ہاؤسنگ ?(رجسٹر|لسٹ)|ویٹنگ ?لسٹ"), "housing register"),  # ur
    (r"list (mein|me|vich|e|te) naa?a?m|(basar|bashar|barir) (talika|list)\w*", "housing register"),  # rom
    (_pa("ਹਾਊਸਿੰਗ ਰਜਿਸਟਰ|ਹਾਊਸਿੰਗ ਲਿਸਟ|ਵੇਟਿੰਗ ਲਿਸਟ|ਉਡੀਕ ਸੂਚੀ"), "housing register"),  # pa
    (_bn("বাসার তালিকা|বাড়ির তালিকা|হাউজিং রেজিস্টার|হাউজিং লিস্ট|ওয়েটিং লিস্ট"), "housing register"),  # bn
    (_hi("हाउसिंग रजिस्टर|हाउसिंग लिस्ट|प्रतीक्षा सूची|वेटिंग लिस्ट"), "housing register"),  # hi
    (_gu("હાઉસિંગ રજિસ્ટર|હાઉસિંગ લિસ્ટ|વેઇટિંગ લિસ્ટ|પ્રતીક્ષા યાદી"), "housing register"),  # gu
    (_ta("காத்திருப்போர் பட்டியல்|வீட்டுவசதி பதிவு"), "housing register"),  # ta
    (r"danh sách chờ\b|danh sach cho\b|đăng ký nhà ở\b|dang ky nha o\b", "housing register"),  # vi
    # family
    (_urdu(r"خاندان\w*|فیملی|گھر ?والے\b|گھر ?والوں\b"), "family"),  # ur
    (r"khaa?ndaa?n\w*|gharwaa?l(e|on|ay)\b|p[ao]ri?(b|v|w)aa?r\w*|tabbar\w*", "family"),  # rom
    (_pa("ਪਰਿਵਾਰ|ਟੱਬਰ|ਘਰਦੇ$|ਫੈਮਿਲੀ"), "family"),  # pa
    (_bn("পরিবার|ফ্যামিলি"), "family"),  # bn
    (_hi("परिवार|फैमिली|घरवाले|घर वाले|घरवालों|घर वालों"), "family"),  # hi
    (_gu("પરિવાર|કુટુંબ|ફેમિલી"), "family"),  # gu
    (_ta("குடும்ப"), "family"),  # ta
    (r"gia đình\b|gia dinh\b", "family"),  # vi
    # living with us
    (_urdu(r"(ہمارے|میرے) ساتھ رہ\w*|ساتھ رہت\w*|ساڈے نال رہ\w*"), "living with us"),  # ur
    (r"sa+th re?h\w*|naal re?h\w*|naal rai?nd\w*|(amader|amar|amago) (sathe|shathe) thak\w*", "living with us"),  # rom
    (_pa("ਸਾਡੇ ਨਾਲ ਰਹ|ਮੇਰੇ ਨਾਲ ਰਹ|ਨਾਲ ਰਹਿੰਦ"), "living with us"),  # pa
    (_bn("আমাদের সাথে থাক|আমাদের সঙ্গে থাক|আমার সাথে থাক|আমার সঙ্গে থাক"), "living with us"),  # bn
    (_hi("हमारे साथ रह|मेरे साथ रह|साथ में रह|साथ रहत"), "living with us"),  # hi
    (_gu("અમારી સાથે રહ|મારી સાથે રહ|સાથે રહે"), "living with us"),  # gu
    (_ta("எங்களுடன் வசி|எங்களுடன் இருக்|எங்களோடு இருக்|எங்களுடன் தங்கி|எங்க கூட இருக்"), "living with us"),  # ta
    (
        r"(sống|ở) (với|cùng) (chúng tôi|chúng em|gia đình tôi)\b|(song|o) (voi|cung) chung toi\b",
        "living with us",
    ),  # vi
    # moved out
    (_urdu(r"(شفٹ|منتقل) ہو گئ\w*|گھر چھوڑ (دیا|گیا|گئی|گئے|کر)\w*"), "moved out"),  # ur
    (
        r"shift ho gay\w*|chh?o[dr] (gaya|gayi|gaye|diya) hai|chh?o[dr] ke chal\w*|chh?add? (gaya|gayi|ditta)\b",
        "moved out",
    ),  # rom
    (r"(basa|bari|bash?a) chhe?re (di|chole|gel)\w*", "moved out"),  # rom
    (_pa("ਘਰ ਛੱਡ ਗ|ਘਰ ਛੱਡ ਦਿੱਤ|ਘਰ ਛੱਡ ਕੇ ਚਲ"), "moved out"),  # pa
    (_bn("বাসা ছেড়ে চলে|বাড়ি ছেড়ে চলে"), "moved out"),  # bn
    (_hi("घर छोड़ दिया|घर छोड़ कर चल|घर छोड़कर चल|शिफ्ट हो गए|शिफ्ट हो गया|शिफ्ट हो गई"), "moved out"),  # hi
    (_gu("ઘર છોડી દીધ|ઘર છોડીને ગ|ઘર છોડીને જત"), "moved out"),  # gu
    (_ta("வெளியேறிவிட்ட|வெளியேறிட்ட|வீட்டை விட்டுப் போய்|வீட்டை விட்டு போய்"), "moved out"),  # ta
    (r"đã (chuyển|dọn) (đi|ra ngoài)\b|da (chuyen|don) di\b", "moved out"),  # vi
    # move out
    (_urdu(r"گھر چھوڑنا|(شفٹ|منتقل) (ہونا|کرنا)"), "move out"),  # ur
    (
        r"(chh?o[dr]na|chh?odna|chhadna) (hai|chah\w*)|shift (karna|hona) hai|(basa|bari) chha?r(te|bo|i)\w*",
        "move out",
    ),  # rom
    (_pa("ਘਰ ਛੱਡਣਾ"), "move out"),  # pa
    (_bn("বাসা ছাড়|বাড়ি ছাড়"), "move out"),  # bn
    (_hi("घर छोड़ना|मकान छोड़ना|शिफ्ट होना"), "move out"),  # hi
    (_gu("ઘર છોડવ|મકાન છોડવ"), "move out"),  # gu
    (_ta("வெளியேற விரும்ப|வீட்டை விட்டு வெளியேற"), "move out"),  # ta
    (r"(muốn|sẽ|phải) (chuyển|dọn) (đi|nhà|ra)\b|(muon|se|phai) (chuyen|don) (di|nha)\b", "move out"),  # vi
    # partner / ex-partner
    (_urdu(r"سابق(ہ)? (شوہر|بیوی|خاوند|ساتھی)|(پرانا|پہلا|پہلے) شوہر"), "partner / ex-partner"),  # ur
    (
        r"(purana|purane|pichla|pichle|pehla|pehle|sabiq|sabeq|sabek|ex) (shohar|khawand|biwi|shami|swami)\b",
        "partner / ex-partner",
    ),  # rom
    (r"ager (shami|swami|bou)\b", "partner / ex-partner"),  # rom
    (_pa("ਸਾਬਕਾ ਪਤੀ|ਸਾਬਕਾ ਪਤਨੀ|ਪੁਰਾਣਾ ਪਤੀ|ਪਹਿਲਾ ਪਤੀ"), "partner / ex-partner"),  # pa
    (_bn("প্রাক্তন স্বামী|প্রাক্তন স্ত্রী|আগের স্বামী|সাবেক স্বামী"), "partner / ex-partner"),  # bn
    (_hi("पूर्व पति|पूर्व पत्नी|पुराना पति|पहला पति|भूतपूर्व पति"), "partner / ex-partner"),  # hi
    (_gu("ભૂતપૂર્વ પતિ|પૂર્વ પતિ|ભૂતપૂર્વ પત્ની|પૂર્વ પત્ની"), "partner / ex-partner"),  # gu
    (_ta("முன்னாள் கணவ|முன்னாள் மனைவி|முன்னாள் துணை"), "partner / ex-partner"),  # ta
    (r"chồng cũ\b|vợ cũ\b|bạn trai cũ\b|bạn gái cũ\b|người yêu cũ\b|chong cu\b|vo cu\b", "partner / ex-partner"),  # vi
    # racist abuse
    (_urdu(r"نسل ?پرست\w*|نسلی (گالی|گالیاں|تعصب|زیادتی|امتیاز|طعنے)"), "racist abuse"),  # ur
    (
        r"nasal ?parast\w*|nasli (gaali|gali|taana|taane|tasub|zyadti)\w*|borno ?(bidvesh|baad|bad)\w*",
        "racist abuse",
    ),  # rom
    (_pa("ਨਸਲੀ|ਨਸਲਵਾਦ|ਨਸਲਪ੍ਰਸਤ"), "racist abuse"),  # pa
    (_bn("বর্ণবাদ|বর্ণবিদ্বেষ|জাতিগত গালি"), "racist abuse"),  # bn
    (_hi("नस्लवाद|नस्लभेद|नस्लीय|नस्ली$"), "racist abuse"),  # hi
    (_gu("જાતિવાદ|વંશીય"), "racist abuse"),  # gu
    (_ta("இனவெறி|இனவாத"), "racist abuse"),  # ta
    (r"phân biệt chủng tộc\b|phan biet chung toc\b|kỳ thị\b", "racist abuse"),  # vi
    # baby
    (_urdu(r"بے بی|نومولود|نوزائیدہ|شیر ?خوار"), "baby"),  # ur
    (r"shir ?khwar|shishu\b|sishu\b|nobojatok|navjaa?t|naujaa?t", "baby"),  # rom
    (_pa("ਨਿੱਕਾ ਬੱਚਾ|ਬੇਬੀ|ਨਵਜੰਮ"), "baby"),  # pa
    (_bn("নবজাতক|কোলের বাচ্চা|ছোট্ট বাচ্চা|বেবি"), "baby"),  # bn
    (_hi("शिशु|नवजात|बेबी"), "baby"),  # hi
    (_gu("નવજાત|શિશુ|બેબી|નાનું બાળક"), "baby"),  # gu
    (_ta("கைக்குழந்தை|பச்சிளம்|பிறந்த குழந்தை"), "baby"),  # ta
    (r"em bé\b|bé sơ sinh\b|trẻ sơ sinh\b|sơ sinh\b|em be\b", "baby"),  # vi
    # elderly
    (_urdu(r"بزرگ\w*|بوڑھ(ا|ی|ے)\b|ضعیف"), "elderly"),  # ur
    (
        r"b[ua]zurg\w*|bujurg\w*|boo?dh(a|e|i)\b|boo?rh(a|e|i)\b|buri mohila|boyosk[oa]\w*|boyoshk[oa]\w*",
        "elderly",
    ),  # rom
    (r"briddh[oa]\w*|boyosh hoye", "elderly"),  # rom
    (_pa("ਬਜ਼ੁਰਗ|ਬੁੱਢ"), "elderly"),  # pa
    (_bn("বয়স্ক|বৃদ্ধ|বুড়ো|বুড়ি|বয়স হয়ে"), "elderly"),  # bn
    (_hi("बुज़ुर्ग|बूढ़े|बूढ़ा|बूढ़ी|वृद्ध"), "elderly"),  # hi
    (_gu("વૃદ્ધ|વડીલ|ઘરડ"), "elderly"),  # gu
    (_ta("வயதான|வயசான|முதியவர்|முதியோர்"), "elderly"),  # ta
    (r"người già\b|cao tuổi\b|lớn tuổi\b|nguoi gia\b|cao tuoi\b|lon tuoi\b", "elderly"),  # vi
    # arrears
    (_urdu(r"بقایا\w*|واجب ?الادا"), "arrears"),  # ur
    (r"baqaa?ya (hai|hain|he|raqam|rent|kiraya|kiraye)\b|bakaa?ya\b|baqaa?ya ?jaa?t\b", "arrears"),  # rom
    (r"baqi (hai|hain|he|hay)\b|baki (ache|ase|pore\w*|porse|roye\w*)|bokeya\w*", "arrears"),  # rom
    (_pa("ਬਕਾਇਆ|ਬਕਾਏ"), "arrears"),  # pa
    (_bn("বকেয়া|বাকি আছে|বাকি পড়"), "arrears"),  # bn
    (_hi("बकाया"), "arrears"),  # hi
    (_gu("બાકી ભાડ|બાકી રકમ|બાકી નીકળ|બાકી લેણ"), "arrears"),  # gu
    (_ta("நிலுவை|பாக்கி"), "arrears"),  # ta
    (r"nợ tiền (nhà|thuê)\b|no tien (nha|thue)\b|tiền nhà (còn )?nợ\b", "arrears"),  # vi
    # paid
    (_urdu(r"ادا کر (دیا|دی|دیے|چکا|چکی|چکے)\b|ادا (کیا|کی)\b|جمع (کرا|کروا) (دیا|دی|دیے)\b"), "paid"),  # ur
    (r"ada kar (diya|di|diye|chuka|chuki|chuke)\b|ada (kiya|kiye)\b|jama kar(a|wa)? (diya|di|diye)\b", "paid"),  # rom
    (r"pay kar (diya|di|diye|chuk\w*)\b", "paid"),  # rom
    (r"payment kar (di|diya|chuk\w*)\b|bhugtan kar (diya|ditta)", "paid"),  # rom
    (_pa("ਭੁਗਤਾਨ ਕਰ ਦਿੱਤ|ਜਮ੍ਹਾਂ ਕਰਵਾ ਦਿੱਤ|ਜਮ੍ਹਾ ਕਰਾ ਦਿੱਤ"), "paid"),  # pa
    (_bn("পরিশোধ করেছি|পরিশোধ করা হয়েছে|জমা দিয়েছি|পেমেন্ট করেছি"), "paid"),  # bn
    (_hi("भुगतान कर दिया|भुगतान किया|जमा कर दिया|चुका दिया|पे कर दिया"), "paid"),  # hi
    (_gu("ચૂકવી દીધ|ચુકવી દીધ|ભરી દીધ|ચૂકવ્ય|ચુકવ્ય"), "paid"),  # gu
    (_ta("செலுத்திவிட்ட|செலுத்தினேன்|செலுத்திட்ட|கட்டிவிட்ட|கட்டினேன்|கட்டிட்டேன்"), "paid"),  # ta
    (r"đã (trả|đóng|nộp) (tiền|hết|đủ)\b|đã thanh toán\b|da (tra|dong) tien\b|da thanh toan\b", "paid"),  # vi
    # repair
    (_urdu(r"مرمت\w*|ٹھیک کر\w*"), "repair"),  # ur
    (r"ma?r[au]mm?at\w*|mera+mot\w*|meramat\w*", "repair"),  # rom
    (r"th[ei]+k kar(wa|a)?(na|ni|ne|do|dein|den|de|dena|denge|diya|wayen|wa do)?\b", "repair"),  # rom
    (r"thik kor(te|ben|ar|e din|e den|e dao|e dite|ano)\b", "repair"),  # rom
    (_pa("ਮੁਰੰਮਤ|ਠੀਕ ਕਰ|ਰਿਪੇਅਰ"), "repair"),  # pa
    (_bn("মেরামত|ঠিক করে দি|ঠিক করার|ঠিক করতে|সারাই"), "repair"),  # bn
    (_hi("मरम्मत|ठीक कर|रिपेयर"), "repair"),  # hi
    (_gu("રિપેર|રીપેર|મરામત|સમારકામ|ઠીક કર"), "repair"),  # gu
    (_ta("பழுது பார்|பழுதுபார்|சரி செய்|சரிசெய்|ரிப்பேர்"), "repair"),  # ta
    (r"sửa chữa\b|sửa lại\b|sửa\b", "repair"),  # vi
    # benefits
    (_urdu(r"بینیفٹ\w*|بینفٹ\w*"), "benefits"),  # ur
    (r"bhatta\b", "benefits"),  # rom
    (_pa("ਬੈਨੀਫਿਟ|ਬੈਨਿਫਿਟ|ਬੇਨੀਫਿਟ"), "benefits"),  # pa
    (_bn("বেনিফিট|ভাতা$"), "benefits"),  # bn
    (_hi("बेनिफिट|बेनेफिट|सरकारी सहायता"), "benefits"),  # hi
    (_gu("બેનિફિટ|બેનેફિટ"), "benefits"),  # gu
    (_ta("உதவித்தொகை|பெனிஃபிட்|பெனிபிட்"), "benefits"),  # ta
    (r"trợ cấp\b|phúc lợi\b|tro cap\b|phuc loi\b", "benefits"),  # vi
    # universal credit
    (_urdu(r"یونیورسل ?کریڈٹ|یونیورسل"), "universal credit"),  # ur
    (_pa("ਯੂਨੀਵਰਸਲ"), "universal credit"),  # pa
    (_bn("ইউনিভার্সাল ক্রেডিট|ইউনিভার্সাল"), "universal credit"),  # bn
    (_hi("यूनिवर्सल क्रेडिट|यूनिवर्सल"), "universal credit"),  # hi
    (_gu("યુનિવર્સલ"), "universal credit"),  # gu
    (_ta("யுனிவர்சல்|யூனிவர்சல்"), "universal credit"),  # ta
    # disabled
    (_urdu(r"معذور\w*"), "disabled"),  # ur
    (r"ma'?zoo?r\b|ma'?zoori\b|maazoor\w*|apaa?h[ai]j\w*|vikl?aa?ng\w*|protibondh?i\w*", "disabled"),  # rom
    (_pa("ਅਪਾਹਜ|ਅਪੰਗ|ਵਿਕਲਾਂਗ"), "disabled"),  # pa
    (_bn("প্রতিবন্ধী|অক্ষম"), "disabled"),  # bn
    (_hi("विकलांग|दिव्यांग|अपाहिज"), "disabled"),  # hi
    (_hi("अपंग"), "disabled"),  # hi
    (_gu("વિકલાંગ|દિવ્યાંગ|અપંગ"), "disabled"),  # gu
    (_ta("மாற்றுத்திறனாளி|ஊனமுற்ற|ஊனம்"), "disabled"),  # ta
    (r"khuyết tật\b|tàn tật\b|khuyet tat\b|tan tat\b", "disabled"),  # vi
    # transfer
    (_urdu(r"ٹرانسفر|تبادل\w*"), "transfer"),  # ur
    (r"tabaa?dla\b", "transfer"),  # rom
    (_pa("ਟਰਾਂਸਫਰ|ਟ੍ਰਾਂਸਫਰ|ਤਬਾਦਲ"), "transfer"),  # pa
    (_bn("ট্রান্সফার|বদলি"), "transfer"),  # bn
    (_hi("ट्रांसफर|तबादला"), "transfer"),  # hi
    (_gu("ટ્રાન્સફર"), "transfer"),  # gu
    (_ta("இடமாற்ற|மாற்றல்|டிரான்ஸ்பர்"), "transfer"),  # ta
    (r"đổi nhà\b|chuyển sang nhà khác\b|doi nha\b", "transfer"),  # vi
    # not acceptable
    (_urdu(r"ناقابل ?قبول|قابل ?قبول نہیں|برداشت نہیں|منظور نہیں"), "not acceptable"),  # ur
    (
        r"q[au]bool nahi\w*|naqabil[- ]?e?[- ]?q[au]bool|bardaa?sh?t (nahi|nai|se bahar)\w*|manzoor nahi\w*",
        "not acceptable",
    ),  # rom
    (r"mene (neoa|newa|nea) (jay|jai) na|grohonjogg?o noy", "not acceptable"),  # rom
    (_pa("ਮਨਜ਼ੂਰ ਨਹੀਂ|ਬਰਦਾਸ਼ਤ ਨਹੀਂ|ਸਵੀਕਾਰ ਨਹੀਂ"), "not acceptable"),  # pa
    (_bn("গ্রহণযোগ্য নয়|মেনে নেওয়া যায় না|মেনে নেয়া যায় না|অগ্রহণযোগ্য"), "not acceptable"),  # bn
    (_hi("अस्वीकार्य|स्वीकार्य नहीं|बर्दाश्त नहीं|मंज़ूर नहीं"), "not acceptable"),  # hi
    (_gu("સ્વીકાર્ય નથી|અસ્વીકાર્ય|મંજૂર નથી|ચલાવી ન"), "not acceptable"),  # gu
    (_ta("ஏற்றுக்கொள்ள முடியாது|ஏற்றுக்கொள்ள முடியாத|ஏற்க முடியாது"), "not acceptable"),  # ta
    (r"không (thể )?chấp nhận( được)?\b|khong (the )?chap nhan( duoc)?\b", "not acceptable"),  # vi
    # husband
    (_urdu(r"شوہر\w*|خاوند\w*"), "husband"),  # ur
    (r"shauhar\w*|khaa?wa?nd\w*|khaavand\w*|gharwala\b|shami\b|shamir\b|swamir\b", "husband"),  # rom
    (_pa("ਪਤੀ$|ਘਰਵਾਲਾ|ਘਰ ਵਾਲਾ"), "husband"),  # pa
    (_bn("স্বামী"), "husband"),  # bn
    (_hi("पति$|पतिदेव|शौहर"), "husband"),  # hi
    (_gu("પતિ"), "husband"),  # gu
    (_ta("கணவ"), "husband"),  # ta
    (r"chồng\b", "husband"),  # vi
    # wife
    (_urdu(r"بیوی\w*|اہلیہ"), "wife"),  # ur
    (r"bivi\b|biwi\w*|patni\b|ahliya\b|gharwali\b|wohti\b|vohti\b|bou\b|bouer\b|boure\b", "wife"),  # rom
    (_pa("ਪਤਨੀ|ਘਰਵਾਲੀ|ਘਰ ਵਾਲੀ|ਵਹੁਟੀ|ਬੀਵੀ"), "wife"),  # pa
    (_bn("স্ত্রী|বউ$|বৌ$|বউয়ের|বউকে"), "wife"),  # bn
    (_hi("पत्नी|बीवी"), "wife"),  # hi
    (_gu("પત્ની|બૈરી|ઘરવાળી"), "wife"),  # gu
    (_ta("மனைவி|பொண்டாட்டி"), "wife"),  # ta
    (r"vợ\b", "wife"),  # vi
    # --- damp, leaks and water ---
    # mould
    (_urdu(r"پھپھوند\w*|پھپوند\w*|فنگس"), "mould"),  # ur
    (r"ph?aph?[ou]o?nd\w*|ulli\b", "mould"),  # rom
    (_pa("ਉੱਲੀ|ਉਲੀ$|ਫਫੂੰਦ|ਫ਼ਫ਼ੂੰਦ"), "mould"),  # pa
    (_bn("ছত্রাক|ছাতা পড়|ছাতা ধর|ফাঙ্গাস|ফাংগাস"), "mould"),  # bn
    (_hi("फफूंद|फफूँद|फफूंदी|फंगस"), "mould"),  # hi
    (_gu("ફૂગ|ફુગ$"), "mould"),  # gu
    (_ta("பூஞ்சை|பூஞ்சண|பூசணம்"), "mould"),  # ta
    (r"nấm mốc\b|mốc\b|nam moc\b|bi moc\b", "mould"),  # vi
    # damp
    (_urdu(r"سیلن|گیل(ا|ی|ے)\b"), "damp"),  # ur
    (
        r"seel(an|aan|on)\w*|sill?h\b|sill?ha\b|geel(a|i|e|ay)\b|bhije\b|sh?[yi]at ?sh?[yi]ate|satsate|sathsathe",
        "damp",
    ),  # rom
    (r"shatshate", "damp"),  # rom
    (_pa("ਸਿੱਲ੍ਹ|ਸਿੱਲ$|ਸਲ੍ਹਾਬ|ਸਲਾਬ|ਨਮੀ$"), "damp"),  # pa
    (_bn("স্যাঁতস্যাঁতে|স্যাঁতসেঁতে|সেঁতসেঁতে|ভেজা|ভিজে|আর্দ্র"), "damp"),  # bn
    (_hi("सीलन|नमी$|गीला|गीली|गीले"), "damp"),  # hi
    (_gu("ભેજ$|ભેજવાળ|ભેજથી|ભેજના|ભેજને|ભેજની|ભેજનો|ભીનાશ"), "damp"),  # gu
    (_ta("ஈரம்|ஈரமா|ஈரப்பத|ஈரக்கசிவு"), "damp"),  # ta
    (r"ẩm(?! thực)\b|ẩm ướt\b|ẩm thấp\b|am uot\b|am thap\b", "damp"),  # vi
    # condensation
    (_urdu(r"بھاپ"), "condensation"),  # ur
    (r"bhaa?p\b|bhaa?f\b|bash?po\b", "condensation"),  # rom
    (_bn("বাষ্প"), "condensation"),  # bn
    (_hi("भाप|संघनन"), "condensation"),  # hi
    (r"ngưng tụ\b|đọng hơi nước\b|hơi nước đọng\b|ngung tu\b", "condensation"),  # vi
    # leak
    (_urdu(r"لیک\b|ٹپک\w*|رس رہ\w*|رساؤ"), "leak"),  # ur
    (
        r"tapa?k\w*|chuiye|chuye|chuie|ris (raha|rahi|rha)\b|risaa?v\w*|cho+nd(a|i|e)\b|cho re?ha\b|cho rahi\b",
        "leak",
    ),  # rom
    (_pa("ਲੀਕ$|ਚੋਅ|ਟਪਕ|ਚੋਂਦ|ਚੋ ਰਿਹਾ|ਚੋ ਰਹੀ"), "leak"),  # pa
    (_bn("লিক$|লিক কর|লিক হ|চুইয়ে|চুঁইয়ে"), "leak"),  # bn
    (_hi("लीक|टपक|रिसाव|रिस रह"), "leak"),  # hi
    (_gu("લીક|ટપક|ચૂવે|ચુવે"), "leak"),  # gu
    (_ta("கசிவு|கசிகி|கசியு|கசிந்|ஒழுகு|ஒழுக்கு|லீக்"), "leak"),  # ta
    (r"rò rỉ\b|rỉ nước\b|dột\b|thấm nước\b|ro ri\b|bi dot\b|tham nuoc\b", "leak"),  # vi
    # flood
    (_urdu(r"سیلاب\w*|باڑھ"), "flood"),  # ur
    (r"sail[aā]+b\w*|selaa?b\b|bon+ya\b|bonna\b", "flood"),  # rom
    (_pa("ਹੜ੍ਹ|ਹੜ$"), "flood"),  # pa
    (_bn("বন্যা|ভেসে গে"), "flood"),  # bn
    (_hi("बाढ़"), "flood"),  # hi
    (_gu("પૂર$"), "flood"),  # gu
    (_ta("வெள்ளம்|வெள்ளப்"), "flood"),  # ta
    (r"ngập\b|lụt\b|ngap\b", "flood"),  # vi
    # water
    (_urdu(r"پانی"), "water"),  # ur
    (r"jol\b|joler\b", "water"),  # rom
    (_pa("ਪਾਣੀ"), "water"),  # pa
    (_bn("পানি|জল$|জলে$|জলের"), "water"),  # bn
    (_hi("पानी"), "water"),  # hi
    (_gu("પાણી"), "water"),  # gu
    (_ta("தண்ணீ|தண்ணி"), "water"),  # ta
    (r"nước(?! ngoài| anh)\b|nuoc\b", "water"),  # vi
    # --- heating, gas and electrics ---
    # boiler
    (_urdu(r"بوائلر|بوائیلر|بائلر"), "boiler"),  # ur
    (_pa("ਬੋਇਲਰ|ਬਾਇਲਰ|ਬੌਇਲਰ"), "boiler"),  # pa
    (_bn("বয়লার|বয়েলার"), "boiler"),  # bn
    (_hi("बॉयलर|बोयलर|बायलर"), "boiler"),  # hi
    (_gu("બોઈલર|બોઇલર|બૉઇલર"), "boiler"),  # gu
    (_ta("பாய்லர்|பொய்லர்|கொதிகலன்"), "boiler"),  # ta
    (r"nồi hơi\b|bình nóng lạnh\b|máy nước nóng\b|noi hoi\b|binh nong lanh\b", "boiler"),  # vi
    # heating
    (_urdu(r"ہیٹنگ|ہیٹر\w*"), "heating"),  # ur
    (_pa("ਹੀਟਿੰਗ|ਹੀਟਰ"), "heating"),  # pa
    (_bn("হিটিং|হিটার"), "heating"),  # bn
    (_hi("हीटिंग|हीटर"), "heating"),  # hi
    (_gu("હીટિંગ|હીટર"), "heating"),  # gu
    (_ta("ஹீட்டிங்|ஹீட்டர்|வெப்பமூட்ட"), "heating"),  # ta
    (r"sưởi\b|hệ thống sưởi\b|he thong suoi\b", "heating"),  # vi
    # radiator
    (_urdu(r"ریڈی ?ایٹر\w*|ریڈیٹر"), "radiator"),  # ur
    (_pa("ਰੇਡੀਏਟਰ|ਰੇਡੀਐਟਰ"), "radiator"),  # pa
    (_bn("রেডিয়েটর|রেডিয়েটার"), "radiator"),  # bn
    (_hi("रेडिएटर|रेडियेटर"), "radiator"),  # hi
    (_gu("રેડિયેટર|રેડીએટર"), "radiator"),  # gu
    (_ta("ரேடியேட்டர்"), "radiator"),  # ta
    (r"lò sưởi\b|lo suoi\b|bộ tản nhiệt\b", "radiator"),  # vi
    # cold
    (_urdu(r"ٹھنڈ\w*|سردی\w*"), "cold"),  # ur
    (r"thand\w*|tthand\w*|sardi\b|sardiy[ao]n\b", "cold"),  # rom
    (_pa("ਠੰਡ|ਠੰਢ|ਸਰਦੀ"), "cold"),  # pa
    (_bn("ঠান্ডা|ঠাণ্ডা|শীত"), "cold"),  # bn
    (_hi("ठंड|ठण्ड|सर्दी"), "cold"),  # hi
    (_gu("ઠંડ"), "cold"),  # gu
    (_ta("குளிர்"), "cold"),  # ta
    (r"lạnh\b", "cold"),  # vi
    # gas
    (_urdu(r"گیس"), "gas"),  # ur
    (_pa("ਗੈਸ"), "gas"),  # pa
    (_bn("গ্যাস"), "gas"),  # bn
    (_hi("गैस"), "gas"),  # hi
    (_gu("ગેસ"), "gas"),  # gu
    (_ta("எரிவாயு|காஸ்$|கேஸ் வாசனை|கேஸ் நாற்றம்|கேஸ் கசி"), "gas"),  # ta
    (r"khí ga\b|khí gas\b|bình ga\b|mùi ga\b|mùi gas\b|khi ga\b|mui ga\b", "gas"),  # vi
    # electricity
    (_urdu(r"بجلی|کرنٹ"), "electricity"),  # ur
    (r"bidd?y?ut\w*", "electricity"),  # rom
    (_pa("ਬਿਜਲੀ|ਕਰੰਟ"), "electricity"),  # pa
    (_bn("বিদ্যুৎ|বিদ্যুত|কারেন্ট"), "electricity"),  # bn
    (_hi("बिजली|करंट"), "electricity"),  # hi
    (_gu("વીજળી|વિજળી|કરંટ"), "electricity"),  # gu
    (_ta("மின்சார|கரண்ட்|மின் இணைப்பு"), "electricity"),  # ta
    (r"điện(?! thoại)\b|dien(?! thoai)\b", "electricity"),  # vi
    # socket
    (_urdu(r"ساکٹ\w*"), "socket"),  # ur
    (_pa("ਸਾਕਟ|ਸੌਕਟ"), "socket"),  # pa
    (_bn("সকেট"), "socket"),  # bn
    (_hi("सॉकेट|सोकेट"), "socket"),  # hi
    (_gu("સોકેટ"), "socket"),  # gu
    (_ta("சாக்கெட்|சொக்கெட்"), "socket"),  # ta
    (r"ổ cắm\b|o cam\b", "socket"),  # vi
    # light
    (_urdu(r"لائٹ\w*|بتی\b|بتیاں|روشنی"), "light"),  # ur
    (_pa("ਲਾਈਟ|ਬੱਤੀ|ਰੋਸ਼ਨੀ"), "light"),  # pa
    (_bn("লাইট|বাতি"), "light"),  # bn
    (_hi("लाइट|बत्ती|रोशनी"), "light"),  # hi
    (_gu("લાઈટ|લાઇટ|બત્તી"), "light"),  # gu
    (_ta("விளக்கு$|விளக்குகள்|விளக்கை|மின்விளக்கு|லைட்"), "light"),  # ta
    (r"đèn\b|bóng đèn\b|bong den\b", "light"),  # vi
    # smell
    (_urdu(r"بدبو\w*|بو\b"), "smell"),  # ur
    (r"badbo+\w*|badbu\w*|bad bu\b|bo+ (aa|aati|aata|aandi|aundi|vi|aarahi|aa rahi|aa raha)\b", "smell"),  # rom
    (r"bu (aa|aati|aata|aa rahi|aa raha)\b", "smell"),  # rom
    (r"gondh?o\b|gondh\b|durgondh\w*", "smell"),  # rom
    (_pa("ਬਦਬੂ|ਬੋ$|ਮੁਸ਼ਕ"), "smell"),  # pa
    (_bn("গন্ধ|দুর্গন্ধ"), "smell"),  # bn
    (_hi("बदबू|दुर्गंध|बू$|गंध"), "smell"),  # hi
    (_gu("વાસ આવ|દુર્ગંધ|ગંધ"), "smell"),  # gu
    (_ta("நாற்ற|துர்நாற்ற|நாறு"), "smell"),  # ta
    (r"mùi\b|bốc mùi\b|hôi thối\b|mui hoi\b|boc mui\b", "smell"),  # vi
    # --- the fabric of the home ---
    # window
    (_urdu(r"کھڑکی|کھڑکیا\w*|کھڑکیو\w*"), "window"),  # ur
    (r"khidki\w*|khidaki\w*|jaa?nala\w*|janla\w*", "window"),  # rom
    (_pa("ਖਿੜਕ"), "window"),  # pa
    (_bn("জানালা|জানলা"), "window"),  # bn
    (_hi("खिड़की|खिड़कि"), "window"),  # hi
    (_gu("બારી") + "(?!ક)", "window"),  # gu
    (_ta("ஜன்னல்|சன்னல்"), "window"),  # ta
    (r"cửa sổ\b|cua so\b", "window"),  # vi
    # door
    (_urdu(r"درواز\w*|بوہا\b|بوہے\b"), "door"),  # ur
    (r"doroja\w*|duar\b|buh(a|e)\b|booh(a|e)\b", "door"),  # rom
    (_pa("ਦਰਵਾਜ਼|ਬੂਹਾ|ਬੂਹੇ"), "door"),  # pa
    (_bn("দরজা"), "door"),  # bn
    (_hi("दरवाज़|दरवाजे|दरवाजा"), "door"),  # hi
    (_gu("દરવાજ|બારણ"), "door"),  # gu
    (_ta("கதவ"), "door"),  # ta
    (r"cửa(?! hàng| sổ)\b|cánh cửa\b|cua chinh\b|cua ra vao\b", "door"),  # vi
    # lock
    (_urdu(r"تالا\b|تالے\b|لاک\b|جندرا"), "lock"),  # ur
    (r"talata\b|taale\b|jandra\b|jindra\b", "lock"),  # rom
    (_pa("ਤਾਲਾ$|ਤਾਲੇ$|ਜੰਦਰ|ਜਿੰਦਰ"), "lock"),  # pa
    (_bn("তালা$|তালাটা|লক$"), "lock"),  # bn
    (_hi("ताला$|ताले$|लॉक$"), "lock"),  # hi
    (_gu("તાળું|તાળા"), "lock"),  # gu
    (_ta("பூட்டு|பூட்டி|பூட்ட"), "lock"),  # ta
    (r"ổ kh[óo]a\b|kh[óo]a cửa\b|bị kh[óo]a\b|o khoa\b|khoa cua\b", "lock"),  # vi
    # hinge
    (_urdu(r"قبضے سے|قبض(ہ|ے) (ٹوٹ|لٹک|نکل|اکھڑ|ڈھیل)\w*"), "hinge"),  # ur
    (r"[kq]abz[ae] (latak|toot|nikal|ukh[ae]r|dheel)\w*|[kq]abz[ae] se\b", "hinge"),  # rom
    (_bn("কব্জা"), "hinge"),  # bn
    (_hi("कब्ज़े से"), "hinge"),  # hi
    (_gu("મિજાગર"), "hinge"),  # gu
    (_ta("கீல்$"), "hinge"),  # ta
    (r"bản lề\b|ban le\b", "hinge"),  # vi
    # key
    (_urdu(r"چابی|چابھی|کنجی"), "key"),  # ur
    (_pa("ਚਾਬੀ|ਕੁੰਜੀ"), "key"),  # pa
    (_bn("চাবি"), "key"),  # bn
    (_hi("चाबी|चाभी|कुंजी"), "key"),  # hi
    (_gu("ચાવી"), "key"),  # gu
    (_ta("சாவி"), "key"),  # ta
    (r"chìa kh[óo]a\b|chia khoa\b", "key"),  # vi
    # roof
    (_bn("ছাদ"), "roof"),  # bn
    (_gu("છાપર|ધાબું|ધાબા$|ધાબે$|ધાબા પર"), "roof"),  # gu
    (_ta("கூரை"), "roof"),  # ta
    (r"mái nhà\b|mái\b|mai nha\b", "roof"),  # vi
    # ceiling
    (_urdu(r"چھت\w*|سیلنگ"), "ceiling"),  # ur
    (r"chaad\b|chaade\b|chaader\b|chhade\b|chhader\b|chh?ad theke", "ceiling"),  # rom
    (_pa("ਛੱਤ|ਛਤ$"), "ceiling"),  # pa
    (_bn("সিলিং"), "ceiling"),  # bn
    (_hi("छत$|छतों|छतें|सीलिंग"), "ceiling"),  # hi
    (_gu("છત$|છતમાં|છતની|છતનું|છતને|છત પર|સીલિંગ"), "ceiling"),  # gu
    (_ta("மேற்கூரை|சீலிங்"), "ceiling"),  # ta
    (r"trần nhà\b|tran nha\b", "ceiling"),  # vi
    # wall
    (_urdu(r"دیوار\w*|کندھ\b|کندھاں"), "wall"),  # ur
    (r"deewar\w*|diwaa?r\w*|deyaa?l\w*|deoa?l\w*|dewal\w*|kandh\b|kandhan\b", "wall"),  # rom
    (_pa("ਕੰਧ|ਦੀਵਾਰ"), "wall"),  # pa
    (_bn("দেয়াল|দেওয়াল"), "wall"),  # bn
    (_hi("दीवार|दिवार"), "wall"),  # hi
    (_gu("દીવાલ|દિવાલ|ભીંત"), "wall"),  # gu
    (_ta("சுவர|சுவற்"), "wall"),  # ta
    (r"tường\b|buc tuong\b", "wall"),  # vi
    # crack
    (_urdu(r"دراڑ\w*|تریڑ\w*"), "crack"),  # ur
    (r"daraa?r\w*|ph?atol\b", "crack"),  # rom
    (_pa("ਤਰੇੜ|ਦਰਾੜ"), "crack"),  # pa
    (_bn("ফাটল"), "crack"),  # bn
    (_hi("दरार"), "crack"),  # hi
    (_gu("તિરાડ"), "crack"),  # gu
    (_ta("விரிசல்"), "crack"),  # ta
    (r"vết nứt\b|nứt\b|vet nut\b", "crack"),  # vi
    # floor
    (_urdu(r"فرش\w*"), "floor"),  # ur
    (r"farsh\w*|mejhe\w*", "floor"),  # rom
    (_pa("ਫ਼ਰਸ਼"), "floor"),  # pa
    (_bn("মেঝে|মেঝেতে|ফ্লোর"), "floor"),  # bn
    (_hi("फ़र्श"), "floor"),  # hi
    (_gu("ફર્શ|ભોંયતળિય|ફ્લોર"), "floor"),  # gu
    (_ta("தரை"), "floor"),  # ta
    (r"sàn nhà\b|sàn\b|san nha\b|tầng\b", "floor"),  # vi
    # stairs
    (_urdu(r"سیڑھ\w*|پوڑی\w*|پوڑیاں"), "stairs"),  # ur
    (r"sinri\w*|pauri\w*|paudi\w*", "stairs"),  # rom
    (_pa("ਪੌੜੀ|ਪੌੜੀਆਂ"), "stairs"),  # pa
    (_bn("সিঁড়ি"), "stairs"),  # bn
    (_hi("सीढ़"), "stairs"),  # hi
    (_gu("દાદર|પગથિય|સીડી"), "stairs"),  # gu
    (_ta("படிக்கட்டு|மாடிப்படி"), "stairs"),  # ta
    (r"cầu thang\b|cau thang\b", "stairs"),  # vi
    # lift
    (_urdu(r"لفٹ"), "lift"),  # ur
    (_pa("ਲਿਫ਼ਟ"), "lift"),  # pa
    (_bn("লিফট"), "lift"),  # bn
    (_hi("लिफ्ट|लिफ़्ट"), "lift"),  # hi
    (_gu("લિફ્ટ"), "lift"),  # gu
    (_ta("லிஃப்ட்|லிப்ட்|மின்தூக்கி"), "lift"),  # ta
    (r"thang máy\b|thang may\b", "lift"),  # vi
    # --- rooms and fittings ---
    # bathroom
    (_urdu(r"باتھ ?روم|غسل ?خان\w*|واش ?روم"), "bathroom"),  # ur
    (r"gusal ?khana|gh?os[oh]?ol ?khana|hammam\b", "bathroom"),  # rom
    (_pa("ਬਾਥਰੂਮ|ਗੁਸਲਖ਼ਾਨ"), "bathroom"),  # pa
    (_bn("বাথরুম|গোসলখানা|স্নানঘর"), "bathroom"),  # bn
    (_hi("बाथरूम|स्नानघर|गुसलखाना"), "bathroom"),  # hi
    (_gu("બાથરૂમ|નહાવાની ઓરડી|સ્નાનઘર"), "bathroom"),  # gu
    (_ta("குளியலறை|பாத்ரூம்"), "bathroom"),  # ta
    (r"phòng tắm\b|nhà tắm\b|phong tam\b|nha tam\b", "bathroom"),  # vi
    # kitchen
    (_urdu(r"کچن|باورچی ?خان\w*|رسوئی"), "kitchen"),  # ur
    (r"ran+a ?ghor\w*|rannar ghor\w*|baa?warchi ?khana|rasoee", "kitchen"),  # rom
    (_pa("ਰਸੋਈ|ਕਿਚਨ"), "kitchen"),  # pa
    (_bn("রান্নাঘর|রান্না ঘর|কিচেন"), "kitchen"),  # bn
    (_hi("रसोई|किचन"), "kitchen"),  # hi
    (_gu("રસોડ|કિચન"), "kitchen"),  # gu
    (_ta("சமையலறை|கிச்சன்"), "kitchen"),  # ta
    (r"nhà bếp\b|bếp\b|nha bep\b", "kitchen"),  # vi
    # toilet
    (_urdu(r"ٹوائلٹ|ٹائلٹ|بیت ?الخلا\w*|لیٹرین"), "toilet"),  # ur
    (r"pai?khana|paakhana|latrin\b", "toilet"),  # rom
    (_pa("ਟਾਇਲਟ|ਟੌਇਲਟ|ਪਖ਼ਾਨਾ|ਲੈਟਰੀਨ"), "toilet"),  # pa
    (_bn("টয়লেট|পায়খানা|শৌচাগার"), "toilet"),  # bn
    (_hi("शौचालय|टॉयलेट|टॉइलेट|संडास|लैट्रिन"), "toilet"),  # hi
    (_gu("ટોઇલેટ|ટોયલેટ|શૌચાલય|સંડાસ|જાજરૂ"), "toilet"),  # gu
    (_ta("கழிவறை|கழிப்பறை|டாய்லெட்"), "toilet"),  # ta
    (r"nhà vệ sinh\b|bồn cầu\b|nha ve sinh\b|bon cau\b", "toilet"),  # vi
    # shower
    (_urdu(r"شاور"), "shower"),  # ur
    (_pa("ਸ਼ਾਵਰ"), "shower"),  # pa
    (_bn("শাওয়ার"), "shower"),  # bn
    (_hi("शावर|शॉवर"), "shower"),  # hi
    (_gu("શાવર"), "shower"),  # gu
    (_ta("ஷவர்"), "shower"),  # ta
    (r"vòi sen\b|voi sen\b", "shower"),  # vi
    # bath
    (_urdu(r"باتھ ?ٹب|ٹب\b"), "bath"),  # ur
    (_pa("ਬਾਥਟੱਬ|ਬਾਥਟਬ"), "bath"),  # pa
    (_bn("বাথটাব|বাথটব"), "bath"),  # bn
    (_hi("बाथटब|टब$"), "bath"),  # hi
    (_gu("બાથટબ"), "bath"),  # gu
    (_ta("குளியல் தொட்டி|பாத்டப்"), "bath"),  # ta
    (r"bồn tắm\b|bon tam\b", "bath"),  # vi
    # sink
    (_urdu(r"سنک"), "sink"),  # ur
    (_pa("ਸਿੰਕ"), "sink"),  # pa
    (_bn("সিংক|বেসিন"), "sink"),  # bn
    (_hi("सिंक"), "sink"),  # hi
    (_gu("સિંક"), "sink"),  # gu
    (_ta("சிங்க்|கழுவும் தொட்டி"), "sink"),  # ta
    (r"bồn rửa\b|chậu rửa\b|bon rua\b|chau rua\b", "sink"),  # vi
    # tap
    (_urdu(r"نل\b|نلکا|نلکے|ٹونٹی"), "tap"),  # ur
    (_pa("ਟੂਟੀ|ਨਲਕਾ|ਨਲ$"), "tap"),  # pa
    (_bn("কল$") + r"(?! ?(কর|দি|দে|ব্যাক|আস|পে))|" + _bn("কলের|কলটা|ট্যাপ"), "tap"),  # bn
    (_hi("नल$|नलके|टोंटी"), "tap"),  # hi
    (_gu("નળ"), "tap"),  # gu
    (_ta("குழாய்"), "tap"),  # ta
    (r"vòi nước\b|vòi\b|voi nuoc\b", "tap"),  # vi
    # blocked
    (_urdu(r"(نالی|گٹر) (بند|چوک)|(بلاک|چوک) ہو\w*"), "blocked"),  # ur
    (
        r"(naali|nali|gutter|drain) (band|block|choke)\w*|(block|jam|choke) ho (gay|gai)\w*|atk(e|a) ge(ch|s)e",
        "blocked",
    ),  # rom
    (_pa("ਨਾਲੀ ਬੰਦ|ਡਰੇਨ ਬੰਦ|ਜਾਮ ਹੋ|ਬਲਾਕ ਹੋ"), "blocked"),  # pa
    (_bn("আটকে গেছে|আটকে আছে|জ্যাম হয়ে|ব্লক হয়ে"), "blocked"),  # bn
    (_hi("नाली जाम|नाली बंद|ब्लॉक हो|चोक हो|जाम हो"), "blocked"),  # hi
    (_gu("જામ થઈ|ચોક થઈ|બ્લોક થઈ"), "blocked"),  # gu
    (_ta("அடைப்பு|அடைபட்|அடைத்துக்கொண்ட|அடைச்சுக்"), "blocked"),  # ta
    (r"bị tắc\b|tắc\b|nghẹt\b|bi tac\b|tac nghen\b|bi nghet\b", "blocked"),  # vi
    # bedroom
    (_urdu(r"بیڈ ?روم\w*|سونے (کا|کے) کمر\w*|خواب ?گاہ"), "bedroom"),  # ur
    (r"son[ae]y? (ka|ke) kamr\w*|sh?o(a|ya|wa)r ghor\w*|shobar ghor\w*|sau?n wala kamra", "bedroom"),  # rom
    (_pa("ਬੈੱਡਰੂਮ|ਬੈਡਰੂਮ|ਸੌਣ ਵਾਲਾ ਕਮਰਾ|ਸੌਣ ਵਾਲੇ ਕਮਰੇ|ਸੌਣ ਦੇ ਕਮਰੇ"), "bedroom"),  # pa
    (_bn("শোবার ঘর|শোয়ার ঘর|বেডরুম"), "bedroom"),  # bn
    (_hi("बेडरूम|बेड रूम|शयनकक्ष|सोने का कमरा|सोने के कमरे"), "bedroom"),  # hi
    (_gu("બેડરૂમ|બેડ રૂમ|શયનખંડ|સૂવાનો રૂમ|સૂવાના રૂમ"), "bedroom"),  # gu
    (_ta("படுக்கையறை|படுக்கை அறை|பெட்ரூம்"), "bedroom"),  # ta
    (r"phòng ngủ\b|phong ngu\b", "bedroom"),  # vi
    # --- pests ---
    # pests
    (_urdu(r"کیڑے|کیڑوں"), "pests"),  # ur
    (
        r"kee?r(e|ay) mak[ao]+r(e|ay)|kee?d(e|ay) mak[ao]+d(e|ay)|keeray\b|keede\b|pokamakor\w*|poka ?makor\w*",
        "pests",
    ),  # rom
    (r"poka\b", "pests"),  # rom
    (_pa("ਕੀੜੇ|ਕੀੜਾ|ਕੀੜਿਆਂ"), "pests"),  # pa
    (_bn("পোকামাকড়|পোকা"), "pests"),  # bn
    (_hi("कीड़े|कीड़ा|कीड़ों"), "pests"),  # hi
    (_gu("જીવાત|જંતુ"), "pests"),  # gu
    (_ta("பூச்சி"), "pests"),  # ta
    (r"côn trùng\b|sâu bọ\b|con trung\b", "pests"),  # vi
    # rats
    (r"chuột cống\b|chuot cong\b", "rats"),  # vi
    # mice
    (_urdu(r"چوہ\w*"), "mice"),  # ur
    (r"choo?h(a|e|on|ay)\b|indur\w*|idur\w*|endur\b|endurer\b", "mice"),  # rom
    (_pa("ਚੂਹ"), "mice"),  # pa
    (_bn("ইঁদুর"), "mice"),  # bn
    (_hi("चूह"), "mice"),  # hi
    (_gu("ઉંદર"), "mice"),  # gu
    (_ta("எலி$|எலிகள்|எலித்"), "mice"),  # ta
    (r"chuột\b|chuot\b", "mice"),  # vi
    # cockroaches
    (_urdu(r"کاکروچ\w*|لال ?بیگ"), "cockroaches"),  # ur
    (r"tela ?poka\w*|laa?l ?b[ae]i?g\b", "cockroaches"),  # rom
    (_pa("ਕਾਕਰੋਚ"), "cockroaches"),  # pa
    (_bn("তেলাপোকা|আরশোলা"), "cockroaches"),  # bn
    (_hi("कॉकरोच|कोकरोच|तिलचट्ट"), "cockroaches"),  # hi
    (_gu("વંદા|વંદો|કોકરોચ"), "cockroaches"),  # gu
    (_ta("கரப்பான்|கரப்பு"), "cockroaches"),  # ta
    (r"con gián\b|gián(?! đoạn| tiếp)\b|con gian\b", "cockroaches"),  # vi
    # bedbugs
    (_urdu(r"کھٹمل\w*"), "bedbugs"),  # ur
    (r"khatmal\w*|chh?ar ?poka\w*", "bedbugs"),  # rom
    (_pa("ਖਟਮਲ"), "bedbugs"),  # pa
    (_bn("ছারপোকা"), "bedbugs"),  # bn
    (_hi("खटमल"), "bedbugs"),  # hi
    (_gu("માંકડ"), "bedbugs"),  # gu
    (_ta("மூட்டைப்பூச்சி|மூட்டை பூச்சி"), "bedbugs"),  # ta
    (r"rệp\b|rep giuong\b", "bedbugs"),  # vi
    # --- outside, rubbish and things ---
    # fence
    (_urdu(r"باڑ\b|جنگلہ|جنگلے"), "fence"),  # ur
    (r"jangla\b|jangley\b", "fence"),  # rom
    (_pa("ਵਾੜ$"), "fence"),  # pa
    (_bn("বেড়া$|বেড়াটা|বেড়ার"), "fence"),  # bn
    (_hi("बाड़$|बाड़ा$|फेंस"), "fence"),  # hi
    (_gu("વાડ$|વાડમાં"), "fence"),  # gu
    (_ta("வேலி"), "fence"),  # ta
    (r"hàng rào\b|hang rao\b|rào\b", "fence"),  # vi
    # garden
    (_urdu(r"باغ\b|باغیچ\w*"), "garden"),  # ur
    (r"bagh?(ee|i|e)cha\w*|bagaa?n\b|bagane\b", "garden"),  # rom
    (_pa("ਬਗੀਚ|ਬਾਗ਼$"), "garden"),  # pa
    (_bn("বাগান"), "garden"),  # bn
    (_hi("बगीच|बाग़$"), "garden"),  # hi
    (_gu("બગીચ|બાગ$"), "garden"),  # gu
    (_ta("தோட்டம்|தோட்டத்"), "garden"),  # ta
    (r"vườn\b|vuon\b", "garden"),  # vi
    # rubbish
    (_urdu(r"کوڑا|کوڑے|کچرا|کچرے|گندگی"), "rubbish"),  # ur
    (r"kachr(e|ay)\b|koora\b|kooda\b|kooray\b|moyla\b|moila\b|abo?rjona\b|aborjana\b", "rubbish"),  # rom
    (_pa("ਕੂੜ|ਕਚਰ"), "rubbish"),  # pa
    (_bn("ময়লা|আবর্জনা"), "rubbish"),  # bn
    (_hi("कूड़ा|कूड़े|कचरा|कचरे"), "rubbish"),  # hi
    (_gu("કચરો|કચરા"), "rubbish"),  # gu
    (_ta("குப்பை"), "rubbish"),  # ta
    (r"rác\b|rac thai\b|do rac\b", "rubbish"),  # vi
    # recycling
    (_urdu(r"ری ?سائیکل\w*|ری ?سائکل\w*"), "recycling"),  # ur
    (_pa("ਰੀਸਾਈਕਲ|ਰੀਸਾਇਕਲ"), "recycling"),  # pa
    (_bn("রিসাইক্লিং|রিসাইকেল"), "recycling"),  # bn
    (_hi("रीसाइक्लिंग|रिसाइकल|रीसायकल"), "recycling"),  # hi
    (_gu("રિસાયક્લિંગ|રીસાયકલ|રિસાયકલ"), "recycling"),  # gu
    (_ta("மறுசுழற்சி"), "recycling"),  # ta
    (r"tái chế\b|tai che\b", "recycling"),  # vi
    # furniture
    (_urdu(r"فرنیچر|صوف(ہ|ے)\b"), "furniture"),  # ur
    (r"farnich[ae]r", "furniture"),  # rom
    (_pa("ਫ਼ਰਨੀਚਰ|ਸੋਫ਼ਾ|ਸੋਫ਼ੇ"), "furniture"),  # pa
    (_bn("আসবাব|ফার্নিচার"), "furniture"),  # bn
    (_hi("फ़र्नीचर|सोफ़ा|सोफ़े"), "furniture"),  # hi
    (_gu("ફર્નિચર|ફર્નીચર|સોફા"), "furniture"),  # gu
    (_ta("தளபாட|மரச்சாமான்|பர்னிச்சர்|ஃபர்னிச்சர்"), "furniture"),  # ta
    (r"đồ đạc\b|nội thất\b|bàn ghế\b|do dac\b|noi that\b|ban ghe\b", "furniture"),  # vi
    # mattress
    (_urdu(r"گد(ا|ے)\b|گدوں"), "mattress"),  # ur
    (r"gadd(a|e|ay|ey)\b|tosh?ok\b", "mattress"),  # rom
    (_pa("ਗੱਦਾ|ਗੱਦੇ"), "mattress"),  # pa
    (_bn("তোশক|জাজিম|ম্যাট্রেস"), "mattress"),  # bn
    (_hi("गद्दा|गद्दे"), "mattress"),  # hi
    (_gu("ગાદલ"), "mattress"),  # gu
    (_ta("மெத்தை"), "mattress"),  # ta
    (r"nệm\b|đệm\b", "mattress"),  # vi
    # parking
    (_urdu(r"پارکنگ"), "parking"),  # ur
    (_pa("ਪਾਰਕਿੰਗ"), "parking"),  # pa
    (_bn("পার্কিং"), "parking"),  # bn
    (_hi("पार्किंग"), "parking"),  # hi
    (_gu("પાર્કિંગ"), "parking"),  # gu
    (_ta("பார்க்கிங்|வாகன நிறுத்த"), "parking"),  # ta
    (r"bãi đỗ xe\b|chỗ đậu xe\b|đỗ xe\b|đậu xe\b|bai do xe\b|cho dau xe\b", "parking"),  # vi
    # car
    (_urdu(r"گاڑی\w*"), "car"),  # ur
    (r"gaddi\b|gaddiy?[ao]n\b|gariy?an\b|gaariyan\b", "car"),  # rom
    (_pa("ਗੱਡੀ|ਕਾਰ$"), "car"),  # pa
    (_bn("গাড়ি"), "car"),  # bn
    (_hi("गाड़ी|गाड़ियाँ|कार$"), "car"),  # hi
    (_gu("ગાડી|કાર$"), "car"),  # gu
    (_ta("கார்$|காரை$|காரில்|காருக்கு"), "car"),  # ta
    (r"ô tô\b|xe hơi\b|xe hoi\b", "car"),  # vi
    # --- neighbours and safety ---
    # noise
    (_urdu(r"شور\b|شور ?شرابہ|رولا\b|رولے\b"), "noise"),  # ur
    (r"shor ?sharab\w*|raula\b|shobdo\w*|shabdo\b|aa?waa?z\w*", "noise"),  # rom
    (_pa("ਰੌਲ|ਸ਼ੋਰ"), "noise"),  # pa
    (_bn("শব্দ|আওয়াজ|হইচই|চেঁচামেচি"), "noise"),  # bn
    (_hi("शोर|आवाज़"), "noise"),  # hi
    (_gu("ઘોંઘાટ|અવાજ|શોર"), "noise"),  # gu
    (_ta("சத்தம|சத்தமா|இரைச்சல்"), "noise"),  # ta
    (r"tiếng ồn\b|ồn ào\b|ồn\b|on ao\b|tieng on\b", "noise"),  # vi
    # music
    (_urdu(r"میوزک|موسیقی|گانے\b|گانا\b"), "music"),  # ur
    (r"gaa?ne\b|gaana\b|gaan\b|gaan baj\w*|gana baj\w*", "music"),  # rom
    (_pa("ਸੰਗੀਤ|ਗਾਣੇ|ਗਾਣਾ|ਗਾਣਿਆਂ|ਮਿਊਜ਼ਿਕ"), "music"),  # pa
    (_bn("গান$|গানবাজনা|গান বাজ|মিউজিক"), "music"),  # bn
    (_hi("संगीत|म्यूज़िक|गाने|गाना"), "music"),  # hi
    (_gu("સંગીત|ગીતો|મ્યુઝિક"), "music"),  # gu
    (_ta("இசை$|இசையை|இசையும்|பாட்டு|பாடல்"), "music"),  # ta
    (r"âm nhạc\b|nhạc\b|nhac\b", "music"),  # vi
    # shouting
    (_urdu(r"چیخ\w*"), "shouting"),  # ur
    (r"chill?a(ta|te|ti|na|ne|ya|yi|ye|ke|kar)\b|cheekh\w*|chikh\w*|chitkar\w*|chechame\w*", "shouting"),  # rom
    (_pa("ਚੀਕ|ਚਿੱਲਾ"), "shouting"),  # pa
    (_bn("চিৎকার|চিল্লা"), "shouting"),  # bn
    (_hi("चिल्ला|चीख"), "shouting"),  # hi
    (_gu("બૂમ|ચીસ|રાડ$|રાડો"), "shouting"),  # gu
    (_ta("கத்துகிற|கத்துறா|கத்தறா|கூச்சல்|அலறல்|அலறு"), "shouting"),  # ta
    (r"la hét\b|hét\b|gào thét\b|la het\b|gao thet\b", "shouting"),  # vi
    # party
    (_urdu(r"پارٹی\w*"), "party"),  # ur
    (_pa("ਪਾਰਟੀ"), "party"),  # pa
    (_bn("পার্টি"), "party"),  # bn
    (_hi("पार्टी"), "party"),  # hi
    (_gu("પાર્ટી"), "party"),  # gu
    (_ta("பார்ட்டி|விருந்து"), "party"),  # ta
    (r"bữa tiệc\b|tiệc\b|nhậu\b|tiec\b", "party"),  # vi
    # neighbour
    (_urdu(r"پڑوس\w*|ہمسا\w*|گوانڈ\w*"), "neighbour"),  # ur
    (
        r"pados\w*|parosi\w*|parose\b|ham ?saya\w*|hum ?saya\w*|gwaa?ndi\w*|guandi\w*|gawandi\w*|pr?otibeshi\w*",
        "neighbour",
    ),  # rom
    (r"pasher (bari|basa|flat)\w*", "neighbour"),  # rom
    (_pa("ਗੁਆਂਢ|ਗਵਾਂਢ|ਗੁਆਂਡ"), "neighbour"),  # pa
    (_bn("প্রতিবেশী|পাশের বাসা|পাশের বাড়ি|পাশের ফ্ল্যাট"), "neighbour"),  # bn
    (_hi("पड़ोस"), "neighbour"),  # hi
    (_gu("પડોશ|પાડોશ|પડોસ"), "neighbour"),  # gu
    (_ta("பக்கத்து வீட்டு|அண்டை வீட்டு|அண்டைவீட்டு"), "neighbour"),  # ta
    (r"hàng xóm\b|hang xom\b", "neighbour"),  # vi
    # threat
    (_urdu(r"دھمک\w*"), "threat"),  # ur
    (r"dhamki\w*|dhamka\w*|dhomki\w*|hu+mki\w*", "threat"),  # rom
    (_pa("ਧਮਕ"), "threat"),  # pa
    (_bn("হুমকি"), "threat"),  # bn
    (_hi("धमकी|धमका"), "threat"),  # hi
    (_gu("ધમકી"), "threat"),  # gu
    (_ta("மிரட்ட|மிரட்டல்|அச்சுறுத்த"), "threat"),  # ta
    (r"đe d[ọo]ạ\b|đe dọa\b|de doa\b|dọa\b", "threat"),  # vi
    # violence
    (_urdu(r"تشدد"), "violence"),  # ur
    (r"tashadd?ud|hinsa\b|nirjat[ao]n\w*", "violence"),  # rom
    (_pa("ਹਿੰਸਾ"), "violence"),  # pa
    (_bn("সহিংস|নির্যাতন"), "violence"),  # bn
    (_hi("हिंसा"), "violence"),  # hi
    (_gu("હિંસા"), "violence"),  # gu
    (_ta("வன்முறை"), "violence"),  # ta
    (r"bạo lực\b|bạo hành\b|bao luc\b|bao hanh\b", "violence"),  # vi
    # hit
    (_urdu(r"مار(ا|تا|تی|تے|ی)\b|مار ?پیٹ|پیٹا\b|پیٹ(تا|تی|تے)\b"), "hit"),  # ur
    (
        r"maar(a|ta|te|ti|tay|e|i|en|lo|che|se|pee?t)\b|maar (diya|di|dete|deta|deti|dena|raha|rahi|rahe)\b",
        "hit",
    ),  # rom
    (r"ne maa?r(a|i|e)\b|maar ?pee?t|mar ?pee?t", "hit"),  # rom
    (
        r"(mujhe|mujhko|hume?in|hame?in|unhe?in|usay|use|usko|isko) (maa?r(a|i|e|ta|ti|te)|pee?t(a|i|e|ta|ti|te))\b",
        "hit",
    ),  # rom
    (r"(mainu|menu|sanu|ohnu) (maa?r(a|i|e|ta|ti|te)|pee?t(a|i|e|ta|ti|te))\b", "hit"),  # rom
    (r"pitaa?i\b|pitayi\b|mere(che|se)\b|maar(lo|che|se)\b|marlo\b", "hit"),  # rom
    (_pa("ਮਾਰਿਆ|ਮਾਰਦ|ਮਾਰ ਕੁੱਟ|ਕੁੱਟ"), "hit"),  # pa
    (_bn("মারধর|মারে$|মেরেছে|মারছে"), "hit"),  # bn
    (_hi("मारा$|मारता|मारती|मारते|मारपीट|पीटा$|पीटता|पीटती|पिटाई"), "hit"),  # hi
    (_gu("માર્ય|મારપીટ|મારઝૂડ"), "hit"),  # gu
    (_ta("அடித்தா|அடித்து|அடிச்சா|அடிச்சு|அடிக்கிறா"), "hit"),  # ta
    (r"đánh(?! giá| răng| dấu| máy| thức)\b|đánh đập\b|danh dap\b", "hit"),  # vi
    # police
    (_urdu(r"پولیس"), "police"),  # ur
    (r"pulis\w*|pulees\b|pulish\b", "police"),  # rom
    (_pa("ਪੁਲਿਸ|ਪੁਲੀਸ"), "police"),  # pa
    (_bn("পুলিশ"), "police"),  # bn
    (_hi("पुलिस"), "police"),  # hi
    (_gu("પોલીસ|પોલિસ"), "police"),  # gu
    (_ta("போலீஸ்|போலிஸ்|பொலிஸ்|காவல்துறை|காவல் துறை"), "police"),  # ta
    (r"cảnh sát\b|công an\b|canh sat\b|cong an\b", "police"),  # vi
    # drugs
    (_urdu(r"منشیات|نشہ|نشے|ڈرگ\w*|چرس|گانجا|ہیروئن"), "drugs"),  # ur
    (r"nasha\w*|nashe\b|nashay\b|nesha\w*|charas\b|ganja\b|yaba\b", "drugs"),  # rom
    (_pa("ਨਸ਼ਾ|ਨਸ਼ੇ|ਨਸ਼ਿਆਂ|ਡਰੱਗ"), "drugs"),  # pa
    (_bn("মাদক|নেশা|গাঁজা|ইয়াবা|ড্রাগ"), "drugs"),  # bn
    (_hi("ड्रग|नशा|नशे|गांजा|गाँजा"), "drugs"),  # hi
    (_gu("ડ્રગ|નશો|નશા|ગાંજ"), "drugs"),  # gu
    (_ta("போதை"), "drugs"),  # ta
    (r"ma t[úu]ý\b|ma túy\b|ma tuy\b", "drugs"),  # vi
    # knife
    (_urdu(r"چاقو|چھری|چھریاں|چھرا"), "knife"),  # ur
    (r"chaa?[kq]k?u\b|chhuri\w*|chhura\b", "knife"),  # rom
    (_pa("ਚਾਕੂ|ਛੁਰੀ|ਛੁਰਾ"), "knife"),  # pa
    (_bn("ছুরি|চাকু"), "knife"),  # bn
    (_hi("चाकू|छुरी|छुरा"), "knife"),  # hi
    (_gu("છરી|છરો|ચપ્પુ|ચાકુ"), "knife"),  # gu
    (_ta("கத்தியால்|கத்தியை|கத்தியுடன்|கத்தி காட்டி"), "knife"),  # ta
    (r"con dao\b|cầm dao\b|rút dao\b|dao găm\b", "knife"),  # vi
    # harassment
    (_urdu(r"ہراس\w*|تنگ کر\w*"), "harassment"),  # ur
    (r"tang kar\w*|pareshaa?n kar\w*|hoy?rani\b|hoirani\b|jontrona\w*|jalat[ao]n\b", "harassment"),  # rom
    (_pa("ਤੰਗ ਕਰ|ਤੰਗ-ਪਰੇਸ਼ਾਨ|ਪਰੇਸ਼ਾਨ ਕਰ"), "harassment"),  # pa
    (_bn("হয়রানি|উত্যক্ত|জ্বালাতন"), "harassment"),  # bn
    (_hi("उत्पीड़न|परेशान कर|तंग कर"), "harassment"),  # hi
    (_gu("હેરાન કર|હેરાનગતિ|સતામણી"), "harassment"),  # gu
    (_ta("துன்புறுத்த|தொல்லை"), "harassment"),  # ta
    (r"quấy rối\b|quấy rầy\b|quay roi\b", "harassment"),  # vi
    # abuse
    (_urdu(r"گالی|گالیاں|گالیوں|گالم ?گلوچ|بد ?سلوکی"), "abuse"),  # ur
    (
        r"gaali\w*|gali ?galoch\w*|gali (dey|dei|dite|dichhe|dise|deta|deti|dete|dena)\b|bad ?saluki|zy?adti\b",
        "abuse",
    ),  # rom
    (r"ziyadti\b", "abuse"),  # rom
    (_pa("ਗਾਲ੍ਹ|ਗਾਲਾਂ|ਗਾਲੀ"), "abuse"),  # pa
    (_bn("গালি|গালাগালি|দুর্ব্যবহার"), "abuse"),  # bn
    (_hi("गाली|गालियाँ|दुर्व्यवहार"), "abuse"),  # hi
    (_gu("ગાળો|ગાળ$|ગાળાગાળી|દુર્વ્યવહાર"), "abuse"),  # gu
    (_ta("திட்டுகிற|திட்டுறா|திட்டினா|கெட்ட வார்த்தை|துஷ்பிரயோக"), "abuse"),  # ta
    (r"chửi\b|chửi bới\b|lăng mạ\b|ngược đãi\b|xúc phạm\b|chui boi\b", "abuse"),  # vi
    # --- people ---
    # alone
    (_urdu(r"اکیل(ا|ی|ے)\b|تنہا\w*"), "alone"),  # ur
    (r"akel(a|i|e|ay)\b|ekla\b|eka\b|ekai\b|ikall?(a|i)\b|kalli\b", "alone"),  # rom
    (_pa("ਇਕੱਲ|ਕੱਲਾ|ਕੱਲੀ"), "alone"),  # pa
    (_bn("একা$|একাই|একলা"), "alone"),  # bn
    (_hi("अकेल"), "alone"),  # hi
    (_gu("એકલ"), "alone"),  # gu
    (_ta("தனியா|தனிமை"), "alone"),  # ta
    (r"một mình\b|mot minh\b", "alone"),  # vi
    # children
    (_urdu(r"بچ(ے|وں|ہ|یاں|یوں)\b"), "children"),  # ur
    (
        r"bachch?(e|a|on|iyan|ay|ian)\b|bacc?hay\b|baccha\b|bacchara\b|bacchader\b|bacchar\b|bachcha\w*",
        "children",
    ),  # rom
    (r"polapan\w*|chele ?meye\w*|nyaa?ne\b|niyaa?ne\b|jawak\w*|bachian\b", "children"),  # rom
    (_pa("ਬੱਚੇ|ਬੱਚਾ|ਬੱਚੀ|ਬੱਚਿ|ਨਿਆਣ|ਜਵਾਕ"), "children"),  # pa
    (_bn("বাচ্চা|ছেলেমেয়ে|সন্তান|শিশু"), "children"),  # bn
    (_hi("बच्च"), "children"),  # hi
    (_gu("બાળક|છોકરાં|છોકરાઓ"), "children"),  # gu
    (_ta("குழந்தை|பிள்ளை"), "children"),  # ta
    (r"trẻ em\b|trẻ con\b|con cái\b|các con\b|con nhỏ\b|tre em\b|tre con\b|con cai\b|cac con\b", "children"),  # vi
    # hungry
    (_urdu(r"بھوک\w*"), "hungry"),  # ur
    (r"bho+kh?(a|e|i|ay)?\b|bhukh\w*|bhuk(a|e|i)\b|khid(a|e) (lag|pay|pe)\w*|khudha\b", "hungry"),  # rom
    (_pa("ਭੁੱਖ"), "hungry"),  # pa
    (_bn("ক্ষুধা|খিদে|খিদা|ক্ষুধার্ত|না খেয়ে"), "hungry"),  # bn
    (_hi("भूख"), "hungry"),  # hi
    (_gu("ભૂખ"), "hungry"),  # gu
    (_ta("பசி"), "hungry"),  # ta
    (r"đói\b", "hungry"),  # vi
    # afraid
    (_urdu(r"ڈر\b|ڈرت\w*|ڈرد\w*|ڈر ?گئ\w*|خوف\w*"), "afraid"),  # ur
    (
        r"darr?(ta|ti|da|di)\b|darrte\b|darr?\b (lag|gay|jat|raha|rahi|rahe)\w*|khauf\w*|khof\b|bhoy\w*|bhoi\b",
        "afraid",
    ),  # rom
    (_pa("ਡਰ$|ਡਰਦ|ਡਰੀ$|ਡਰੇ$|ਡਰ ਲੱਗ"), "afraid"),  # pa
    (_bn("ভয়"), "afraid"),  # bn
    (_hi("डर$|डरता|डरती|डरते|डरी$|डर लग|डर गय|भयभीत"), "afraid"),  # hi
    (_gu("ડર$|ડર લાગ|ડરે|ડરી|બીક|ભય$"), "afraid"),  # gu
    (_ta("பயம|பயப்ப|அச்சம்"), "afraid"),  # ta
    (r"sợ\b|sợ hãi\b|lo sợ\b", "afraid"),  # vi
    # son / daughter
    (_urdu(r"بیٹ(ا|ی|ے|یاں|یوں|وں)\b|پتر\b|دھی\b|دھیاں"), "son / daughter"),  # ur
    (
        r"beti\b|betiy[ao]a?n\b|bete\b|betay\b|(mera|mere|mere|apna|hamara) beta\b|puttar\w*|putt?ra\b|dhee\b",
        "son / daughter",
    ),  # rom
    (r"dheeyan\b", "son / daughter"),  # rom
    (r"chele\b|cheler\b|chele?ke\b|chelere\b|meye\b|meyeke\b|meyere\b", "son / daughter"),  # rom
    (_pa("ਪੁੱਤ|ਧੀ$|ਧੀਆਂ|ਬੇਟਾ|ਬੇਟੀ|ਬੇਟੇ"), "son / daughter"),  # pa
    (_bn("আমার ছেলে|আমার মেয়ে|ওনার ছেলে|ওনার মেয়ে|তার ছেলে|তার মেয়ে|ছেলের|মেয়ের|ছেলেকে|মেয়েকে"), "son / daughter"),  # bn
    (_hi("बेटा|बेटी|बेटे$|बेटियाँ|बेटों|पुत्र"), "son / daughter"),  # hi
    (_gu("દીકર|પુત્ર"), "son / daughter"),  # gu
    (_ta("மகன்|மகனை|மகனுக்|மகனின்|மகள்|மகளை|மகளுக்|மகளின்"), "son / daughter"),  # ta
    (r"con trai\b|con gái\b|con gai\b", "son / daughter"),  # vi
    # mother
    (_urdu(r"ماں\b|امی\b|امی ?جان|اماں\b|والدہ|بے ?بے\b"), "mother"),  # ur
    (
        r"amm(i|a|u|ar|ur|ake|ajan|ijan|i ?jaan|a ?jaan)\b|walida\w*|waa?lda\b|maa\b|maa ?ji|mata ?ji|bebe ?ji",
        "mother",
    ),  # rom
    (_pa("ਮਾਂ$|ਮਾਤਾ|ਮੰਮੀ|ਬੇਬੇ"), "mother"),  # pa
    (_bn("মা$|আম্মা|আম্মু|মায়ের|মাকে"), "mother"),  # bn
    (_hi("माँ$|माता|मम्मी|अम्मी|अम्मा"), "mother"),  # hi
    (_gu("માતા|મમ્મી|મા$"), "mother"),  # gu
    (_ta("அம்மா|தாயார்|தாய்$"), "mother"),  # ta
    (r"mẹ\b|má tôi\b|me toi\b", "mother"),  # vi
    # father
    (_urdu(r"ابو\b|ابو ?جی|ابا\b|ابا ?جان|والد\b|والد ?صاحب|باپ\b"), "father"),  # ur
    (
        r"abb(u|a|aji|ajan|a ?jaan|u ?ji)\b|walid sa+h?a?b\b|waa?lid sahib|baap\b|bapu ?ji|bapu\b|pita ?ji",
        "father",
    ),  # rom
    (r"pitaji\b", "father"),  # rom
    (_pa("ਪਿਤਾ|ਪਿਓ|ਬਾਪੂ|ਡੈਡੀ|ਭਾਪਾ"), "father"),  # pa
    (_bn("বাবা|আব্বা|আব্বু"), "father"),  # bn
    (_hi("पिता|पापा|बाप$|अब्बू"), "father"),  # hi
    (_gu("પિતા|પપ્પા|બાપુ|બાપ$"), "father"),  # gu
    (_ta("அப்பா|தந்தை"), "father"),  # ta
    (r"bố\b|cha tôi\b|bo toi\b|cha toi\b", "father"),  # vi
    # brother
    (_urdu(r"(میرا|میرے|ہمارا|ہمارے) (چھوٹا |چھوٹے |بڑا |بڑے )?بھائی|(چھوٹا|چھوٹے|بڑا|بڑے) بھائی"), "brother"),  # ur
    (r"(mera|mere|meri|hamara|hamare|saada|saade|chh?ota|chh?ote|ba?d[ae]|bara|baray) bhai\b", "brother"),  # rom
    (r"(amar|amader|tar|or|boro|chhoto|choto) bhai\b", "brother"),  # rom
    (r"bhra\b|bhraa\b|bhrava\w*", "brother"),  # rom
    (_pa("ਭਰਾ$|ਭਰਾਵ"), "brother"),  # pa
    (_bn("আমার ভাই|ভাইয়ের|ছোট ভাই|বড় ভাই"), "brother"),  # bn
    (_hi("मेरा भाई|मेरे भाई|छोटा भाई|बड़ा भाई|छोटे भाई|बड़े भाई"), "brother"),  # hi
    (_gu("મારો ભાઈ|મારા ભાઈ|નાનો ભાઈ|મોટો ભાઈ|નાના ભાઈ|મોટા ભાઈ"), "brother"),  # gu
    (_ta("அண்ணன்|சகோதரன்|சகோதரர்"), "brother"),  # ta
    (r"anh trai\b|em trai\b", "brother"),  # vi
    # sister
    (_urdu(r"بہن\w*|بھین\w*"), "sister"),  # ur
    (r"behen\w*|behn\w*|bahan\b|bhain\w*|bhen\b|(amar|amader|tar|or|ammar|amago) bon\w*", "sister"),  # rom
    (_pa("ਭੈਣ"), "sister"),  # pa
    (_bn("বোন$|বোনের|বোনকে|বোনটা"), "sister"),  # bn
    (_hi("बहन|बहिन"), "sister"),  # hi
    (_gu("બહેન"), "sister"),  # gu
    (_ta("சகோதரி|தங்கை"), "sister"),  # ta
    (r"chị gái\b|em gái\b|chi gai\b|em gai\b", "sister"),  # vi
    # --- money ---
    # rent
    (_urdu(r"کرایہ|کرایے|کرائے (کی|کا|کے|میں|پر|دار)"), "rent"),  # ur
    (r"kiraa?ya\w*|kiraa?ye\b|kiraa?e\b|kiraay\w*", "rent"),  # rom
    (r"bhara (baki|dite|dei|diye|dibo|dichi|disi|deoa|deya|kom|beshi|bare|barche|barse)\b|bharar\b", "rent"),  # rom
    (_pa("ਕਿਰਾਇ|ਕਿਰਾਏ|ਕਿਰਾਯ"), "rent"),  # pa
    (_bn("ভাড়া"), "rent"),  # bn
    (_hi("किराय|किराए"), "rent"),  # hi
    (_gu("ભાડ"), "rent"),  # gu
    (_ta("வாடகை"), "rent"),  # ta
    (r"tiền (thuê )?nhà\b|tiền thuê\b|tien (thue )?nha\b|tien thue\b|thuê nhà\b", "rent"),  # vi
    # debt
    (_urdu(r"قرض\w*"), "debt"),  # ur
    (r"q[ae]rz\w*|karz(a|e|ay)?\b|karza\w*|udhaar\w*", "debt"),  # rom
    (_pa("ਕਰਜ਼"), "debt"),  # pa
    (_bn("ঋণ|দেনা"), "debt"),  # bn
    (_hi("कर्ज़|क़र्ज़|ऋण"), "debt"),  # hi
    (_gu("કરજ|ઋણ|ઉધાર"), "debt"),  # gu
    (_ta("கடன"), "debt"),  # ta
    (r"nợ\b|khoản nợ\b", "debt"),  # vi
    # payment
    (_urdu(r"ادائیگی|پیمنٹ|قسط\w*|اقساط"), "payment"),  # ur
    (r"adaa?[iy]?[ey]?gi\b|adayegi\b|bhugtaa?n\b|kisht\w*|qist\w*|kisti\b", "payment"),  # rom
    (_pa("ਭੁਗਤਾਨ|ਪੇਮੈਂਟ|ਕਿਸ਼ਤ"), "payment"),  # pa
    (_bn("পেমেন্ট|পরিশোধ|কিস্তি"), "payment"),  # bn
    (_hi("भुगतान|पेमेंट|क़िस्त"), "payment"),  # hi
    (_gu("ચુકવણી|ચૂકવણી|પેમેન્ટ|હપ્ત"), "payment"),  # gu
    (_ta("கட்டணம்|செலுத்து|பேமெண்ட்"), "payment"),  # ta
    (r"thanh toán\b|trả tiền\b|thanh toan\b|tra tien\b", "payment"),  # vi
    # letter
    (_urdu(r"خط (آیا|ملا|بھیج\w*|موصول)|خطوط|چٹھی|چٹھیاں|لیٹر"), "letter"),  # ur
    (r"chitthi\w*|chithi\w*|chiththi\w*|chithhi\w*", "letter"),  # rom
    (_pa("ਚਿੱਠੀ|ਪੱਤਰ|ਖ਼ਤ$"), "letter"),  # pa
    (_bn("চিঠি"), "letter"),  # bn
    (_hi("चिट्ठी|पत्र$|ख़त$|लेटर"), "letter"),  # hi
    (_gu("પત્ર|કાગળ|ચિઠ્ઠી|લેટર"), "letter"),  # gu
    (_ta("கடித|லெட்டர்"), "letter"),  # ta
    (r"lá thư\b|bức thư\b|thư(?! viện| ký| kí)\b|la thu\b", "letter"),  # vi
    # statement
    (_urdu(r"اسٹیٹمنٹ|سٹیٹمنٹ"), "statement"),  # ur
    (_pa("ਸਟੇਟਮੈਂਟ"), "statement"),  # pa
    (_bn("স্টেটমেন্ট"), "statement"),  # bn
    (_hi("स्टेटमेंट"), "statement"),  # hi
    (_gu("સ્ટેટમેન્ટ"), "statement"),  # gu
    (_ta("ஸ்டேட்மென்ட்|ஸ்டேட்மெண்ட்"), "statement"),  # ta
    (r"sao kê\b|sao ke\b|bản kê\b", "statement"),  # vi
    # bank
    (_urdu(r"بینک\w*|بنک\b"), "bank"),  # ur
    (_pa("ਬੈਂਕ"), "bank"),  # pa
    (_bn("ব্যাংক|ব্যাঙ্ক"), "bank"),  # bn
    (_hi("बैंक"), "bank"),  # hi
    (_gu("બેંક|બેન્ક"), "bank"),  # gu
    (_ta("வங்கி|பேங்க்"), "bank"),  # ta
    (r"ngân hàng\b|ngan hang\b", "bank"),  # vi
    # money
    (_urdu(r"پیس(ے|ہ|وں)\b|پیسا\b|روپے"), "money"),  # ur
    (r"paisa\b|paisay\b|paison\b|paise\w*|raqam\w*", "money"),  # rom
    (r"taka (dite|dibo|dilam|nei|nai|dey|diye|chay|chai|lagbe|pai|pabo|pore|koto)\b|takar\b|takata\b", "money"),  # rom
    (r"taka ?poy?sh?a\b|poisa\b|poysha\b|poisha\b", "money"),  # rom
    (_pa("ਪੈਸ|ਰਕਮ|ਰਾਸ਼ੀ"), "money"),  # pa
    (_bn("টাকা|পয়সা"), "money"),  # bn
    (_hi("पैसे|पैसा|पैसों|रुपये|रुपए|रक़म"), "money"),  # hi
    (_gu("પૈસ|રકમ|રૂપિયા"), "money"),  # gu
    (_ta("பணம்|பணத்|காசு"), "money"),  # ta
    (r"tiền\b", "money"),  # vi
    # --- the tenancy and the contact ---
    # application
    (_urdu(r"درخواست\w*|اپلیکیشن|عرضی"), "application"),  # ur
    (r"darkh?w?aa?st\w*|arzi\b|arji\b|aa?bedon\w*|abedan\w*|avedan\w*|apply kar\w*", "application"),  # rom
    (_pa("ਅਰਜ਼ੀ|ਦਰਖ਼ਾਸਤ|ਅਪਲਾਈ"), "application"),  # pa
    (_bn("আবেদন|দরখাস্ত"), "application"),  # bn
    (_hi("आवेदन|अर्ज़ी|एप्लीकेशन"), "application"),  # hi
    (_gu("અરજી"), "application"),  # gu
    (_ta("விண்ணப்ப"), "application"),  # ta
    (r"đơn xin\b|nộp đơn\b|lá đơn\b|đơn đăng ký\b|don xin\b|nop don\b", "application"),  # vi
    # overcrowded
    (_urdu(r"جگہ (کم|تنگ|نہیں)|تنگ جگہ|گنجائش نہیں"), "overcrowded"),  # ur
    (
        r"jag[ae]h? (kam|ghatt|tang)\b|jaga (kam|kom|nai)\b|jayga kom\b|jaiga kom\b|tang jag[ae]h?\b|bheed\b",
        "overcrowded",
    ),  # rom
    (r"bheer\b|thaan ghatt\b", "overcrowded"),  # rom
    (_pa("ਥਾਂ ਘੱਟ|ਜਗ੍ਹਾ ਘੱਟ|ਜਗ੍ਹਾ ਥੋੜ੍ਹੀ"), "overcrowded"),  # pa
    (_bn("জায়গা কম|জায়গা হয় না|গাদাগাদি|ঠাসাঠাসি"), "overcrowded"),  # bn
    (_hi("जगह कम|जगह नहीं|तंग जगह|भीड़"), "overcrowded"),  # hi
    (_gu("જગ્યા ઓછી|જગ્યા નાની|સંકડાશ"), "overcrowded"),  # gu
    (_ta("நெரிசல்|இட நெருக்கடி|இடம் போதவில்லை|இடம் போதாது|இடம் பத்தல"), "overcrowded"),  # ta
    (r"chật chội\b|quá chật\b|chat choi\b|qua chat\b", "overcrowded"),  # vi
    # pet
    (_urdu(r"پالتو"), "pet"),  # ur
    (r"paa?ltu\w*|posha (prani|pakhi)\w*", "pet"),  # rom
    (_pa("ਪਾਲਤੂ"), "pet"),  # pa
    (_bn("পোষা"), "pet"),  # bn
    (_hi("पालतू"), "pet"),  # hi
    (_gu("પાળેલ|પાલતુ"), "pet"),  # gu
    (_ta("செல்லப்பிராணி|செல்லப் பிராணி|வளர்ப்பு பிராணி"), "pet"),  # ta
    (r"thú cưng\b|vật nuôi\b|thu cung\b|vat nuoi\b", "pet"),  # vi
    # cat
    (_urdu(r"بلی\b|بلیاں|بلیوں"), "cat"),  # ur
    (r"bill(i|iyan|ian)\b|bilaa?i\b|billa\b|biral\w*|beral\w*", "cat"),  # rom
    (_pa("ਬਿੱਲੀ|ਬਿੱਲੀਆਂ"), "cat"),  # pa
    (_bn("বিড়াল|বেড়াল"), "cat"),  # bn
    (_hi("बिल्ली|बिल्लि"), "cat"),  # hi
    (_gu("બિલાડ"), "cat"),  # gu
    (_ta("பூனை"), "cat"),  # ta
    (r"mèo\b|con meo\b", "cat"),  # vi
    # dog
    (_urdu(r"کت(ا|ے|وں)\b|کتیا"), "dog"),  # ur
    (r"kutta\b|kuttay\b|kutton\b|kukur\w*", "dog"),  # rom
    (_pa("ਕੁੱਤ"), "dog"),  # pa
    (_bn("কুকুর"), "dog"),  # bn
    (_hi("कुत्त"), "dog"),  # hi
    (_gu("કૂતર|કુતર"), "dog"),  # gu
    (_ta("நாய்"), "dog"),  # ta
    (r"chó\b", "dog"),  # vi
    # appointment
    (_urdu(r"اپائنٹمنٹ|اپوائنٹمنٹ|اپوائنمنٹ"), "appointment"),  # ur
    (_pa("ਅਪਾਇੰਟਮੈਂਟ|ਅਪੌਇੰਟਮੈਂਟ|ਮੁਲਾਕਾਤ"), "appointment"),  # pa
    (_bn("অ্যাপয়েন্টমেন্ট|এপয়েন্টমেন্ট|অ্যাপোয়েন্টমেন্ট"), "appointment"),  # bn
    (_hi("अपॉइंटमेंट|अपोइंटमेंट|अप्वाइंटमेंट"), "appointment"),  # hi
    (_gu("એપોઇન્ટમેન્ટ|અપોઇન્ટમેન્ટ|એપોઈન્ટમેન્ટ"), "appointment"),  # gu
    (_ta("சந்திப்பு|அப்பாயிண்ட்மெண்ட்|அப்பாயின்ட்மென்ட்|அப்பாய்ண்ட்மெண்ட்"), "appointment"),  # ta
    (r"cuộc hẹn\b|lịch hẹn\b|hẹn\b|cuoc hen\b|lich hen\b", "appointment"),  # vi
    # cancel
    (_urdu(r"منسوخ\w*|کینسل\w*"), "cancel"),  # ur
    (r"mansoo?kh\w*|mansukh\w*|radd (kar|ho)\w*", "cancel"),  # rom
    (_pa("ਰੱਦ|ਕੈਂਸਲ"), "cancel"),  # pa
    (_bn("বাতিল|ক্যানসেল"), "cancel"),  # bn
    (_hi("रद्द|कैंसल|कैन्सल"), "cancel"),  # hi
    (_gu("રદ કર|રદ્દ|કેન્સલ"), "cancel"),  # gu
    (_ta("ரத்து"), "cancel"),  # ta
    (r"hủy\b|huỷ\b", "cancel"),  # vi
    # change
    (_urdu(r"تبدیل\w*|بدل(نا|نی|نے|وا|وانا|وائیں|یں|دیں|دو)\b"), "change"),  # ur
    (r"tabdee?l\w*|badal(na|ni|ne|wa|wana|wa dein|do|dein|den|diya|di|sakt\w*|ke)\b", "change"),  # rom
    (r"bodl(ate|ano|e|i|abo|ben)\b|bodol\w*|poriborton\w*", "change"),  # rom
    (_pa("ਬਦਲ|ਤਬਦੀਲ"), "change"),  # pa
    (_bn("বদল|পরিবর্তন"), "change"),  # bn
    (_hi("बदल|परिवर्तन"), "change"),  # hi
    (_gu("બદલવ|બદલાવ|ફેરફાર"), "change"),  # gu
    (_ta("மாற்ற"), "change"),  # ta
    (r"thay đổi\b|đổi\b|thay doi\b", "change"),  # vi
    # tomorrow
    (r"agami ?kal\w*", "tomorrow"),  # rom
    (_bn("আগামীকাল"), "tomorrow"),  # bn
    (_gu("આવતીકાલ"), "tomorrow"),  # gu
    (_ta("நாளை"), "tomorrow"),  # ta
    (r"ngày mai\b|ngay mai\b|sáng mai\b|chiều mai\b|sang mai\b|chieu mai\b", "tomorrow"),  # vi
    # visit
    (_urdu(r"دیکھنے آ\w*|آ ?کر دیکھ\w*|معائن\w*"), "visit"),  # ur
    (
        r"dekhne aa\w*|aa ?kar dekh\w*|aa?ke dekh\w*|aa ke dekh\w*|check karne aa\w*|dekhan aa\w*|vekhan aa\w*",
        "visit",
    ),  # rom
    (r"ese dekh\w*|eshe dekh\w*|ashe dekh\w*|dekhte ash\w*", "visit"),  # rom
    (_pa("ਦੇਖਣ ਆ|ਵੇਖਣ ਆ|ਆ ਕੇ ਦੇਖ|ਆ ਕੇ ਵੇਖ"), "visit"),  # pa
    (_bn("এসে দেখ|দেখতে আস"), "visit"),  # bn
    (_hi("देखने आ|आकर देख|आ कर देख"), "visit"),  # hi
    (_gu("જોવા આવ|આવીને જો|મુલાકાત"), "visit"),  # gu
    (_ta("வந்து பார்|பார்க்க வர|வருகை"), "visit"),  # ta
    (r"đến xem\b|ghé qua\b|ghé\b|đến kiểm tra\b|cử người đến\b|den xem\b|ghe qua\b", "visit"),  # vi
    # complaint
    (_urdu(r"شکایت\w*|شکایات"), "complaint"),  # ur
    (r"shikaa?y[ae]t\w*|shikait\w*|shakayat\w*|obhijog\w*|ovijog\w*|avijog\w*|nalish\w*", "complaint"),  # rom
    (_pa("ਸ਼ਿਕਾਇਤ|ਸ਼ਕਾਇਤ"), "complaint"),  # pa
    (_bn("অভিযোগ|নালিশ"), "complaint"),  # bn
    (_hi("शिकायत"), "complaint"),  # hi
    (_gu("ફરિયાદ"), "complaint"),  # gu
    (_ta("புகார்"), "complaint"),  # ta
    (r"khiếu nại\b|phàn nàn\b|khieu nai\b|phan nan\b", "complaint"),  # vi
    # waiting
    (_urdu(r"انتظار\w*"), "waiting"),  # ur
    (r"intez?aa?r\w*|intiz?aa?r\w*|wait kar\w*|opekkh?a\w*|opekha\w*|apekkha\w*|udeek\w*|udik\w*", "waiting"),  # rom
    (_pa("ਉਡੀਕ|ਇੰਤਜ਼ਾਰ"), "waiting"),  # pa
    (_bn("অপেক্ষা"), "waiting"),  # bn
    (_hi("इंतज़ार|प्रतीक्षा"), "waiting"),  # hi
    (_gu("રાહ જો|રાહ જુ|પ્રતીક્ષા"), "waiting"),  # gu
    (_ta("காத்திரு"), "waiting"),  # ta
    (r"chờ\b|đợi\b|chờ đợi\b", "waiting"),  # vi
    # interpreter
    (_urdu(r"ترجمان|مترجم"), "interpreter"),  # ur
    (r"mutarjim\w*|tarjumaa?n\b|tarjuma kar\w*|dobh?ashi\w*|dobh?asi\b|dubhash?iya\w*", "interpreter"),  # rom
    (_pa("ਦੁਭਾਸ਼ੀ|ਅਨੁਵਾਦਕ"), "interpreter"),  # pa
    (_bn("দোভাষী|অনুবাদক"), "interpreter"),  # bn
    (_hi("दुभाषिया|दुभाषिए|अनुवादक|इंटरप्रेटर"), "interpreter"),  # hi
    (_gu("દુભાષિય|અનુવાદક"), "interpreter"),  # gu
    (_ta("மொழிபெயர்ப்பா"), "interpreter"),  # ta
    (r"thông dịch\b|phiên dịch\b|thong dich\b|phien dich\b", "interpreter"),  # vi
    # help
    (_urdu(r"مدد"), "help"),  # ur
    (r"madad\w*|madat\b|sahayta\b|sh?ahaj+o\b|sahaij+o\b|modot\b|modod\b", "help"),  # rom
    (_pa("ਮਦਦ|ਸਹਾਇਤਾ"), "help"),  # pa
    (_bn("সাহায্য"), "help"),  # bn
    (_hi("मदद|सहायता"), "help"),  # hi
    (_gu("મદદ|સહાય"), "help"),  # gu
    (_ta("உதவி"), "help"),  # ta
    (r"giúp\b|giúp đỡ\b|giup\b|giup do\b|cứu (tôi|với|giúp)\b", "help"),  # vi
    # urgent
    (_urdu(r"فوری|فوراً|فورا\b|جلدی|ایمرجنسی"), "urgent"),  # ur
    (
        r"jaldi\w*|jaldee\b|fauran\b|foran\b|fori\b|foori\b|turant\b|tara ?tari\w*|joruri\b|jaruri\b|chhe?tt?i\b",
        "urgent",
    ),  # rom
    (_pa("ਜਲਦੀ|ਛੇਤੀ|ਤੁਰੰਤ|ਫ਼ੌਰਨ|ਐਮਰਜੈਂਸੀ"), "urgent"),  # pa
    (_bn("জরুরি|জরুরী|তাড়াতাড়ি|এখনই"), "urgent"),  # bn
    (_hi("तुरंत|जल्दी|फ़ौरन|आपात"), "urgent"),  # hi
    (_gu("તાત્કાલિક|તરત|જલ્દી|જલદી|ઇમરજન્સી"), "urgent"),  # gu
    (_ta("அவசர|உடனடி|உடனே|சீக்கிரம்"), "urgent"),  # ta
    (r"khẩn cấp\b|gấp(?! đôi| ba)\b|cấp cứu\b|khan cap\b", "urgent"),  # vi
    # broken
    (_urdu(r"ٹوٹ\w*|خراب\w*"), "broken"),  # ur
    (
        r"tut (gay|gai|gey|gia)\w*|tutt\w*|bhang(a|e|che|se|chhe)\b|bhenge\w*|nosh?to\b|nasht\b|khraab\w*",
        "broken",
    ),  # rom
    (r"kharaab\w*|to[dr] (diya|ditta|di|dita|dite|dit+i)\b", "broken"),  # rom
    (_pa("ਟੁੱਟ|ਖ਼ਰਾਬ"), "broken"),  # pa
    (_bn("ভাঙা|ভেঙে|ভাঙ্গা|নষ্ট"), "broken"),  # bn
    (_hi("टूट|ख़राब"), "broken"),  # hi
    (_gu("તૂટ|તુટ|બગડ"), "broken"),  # gu
    (_ta("உடைந்|உடைஞ்|உடைச்ச|பழுதா|பழுதடை|வேலை செய்யவில்லை|வேலை செய்யல"), "broken"),  # ta
    (r"bị hỏng\b|hỏng\b|bị hư\b|hư\b|vỡ\b|bi hong\b|bi hu\b", "broken"),  # vi
    # engineer
    (_urdu(r"انجینئر\w*|انجینیئر\w*|انجنیئر\w*|مستری"), "engineer"),  # ur
    (r"mistri\b|mistree\b|karigar\w*", "engineer"),  # rom
    (_pa("ਇੰਜੀਨੀਅਰ|ਮਿਸਤਰੀ|ਮਿਸਤ੍ਰੀ"), "engineer"),  # pa
    (_bn("ইঞ্জিনিয়ার|মিস্ত্রি"), "engineer"),  # bn
    (_hi("इंजीनियर|इंजिनियर|मिस्त्री"), "engineer"),  # hi
    (_gu("એન્જિનિયર|એન્જીનીયર|મિસ્ત્રી"), "engineer"),  # gu
    (_ta("பொறியாளர்|இன்ஜினியர்|எஞ்சினியர்"), "engineer"),  # ta
    (r"kỹ sư\b|kĩ sư\b|thợ\b|ky su\b", "engineer"),  # vi
    # --- health ---
    # pregnant
    (_urdu(r"حاملہ"), "pregnant"),  # ur
    (
        r"haa?mila\b|haamla\b|garbh ?vati|gorbh[oa]b[oa]ti|poati\b|pet se (hai|hain|hun|hoon|thi)\b|pet e baccha",
        "pregnant",
    ),  # rom
    (_pa("ਗਰਭਵਤੀ|ਪ੍ਰੈਗਨੈਂਟ"), "pregnant"),  # pa
    (_bn("গর্ভবতী|অন্তঃসত্ত্বা|পোয়াতি"), "pregnant"),  # bn
    (_hi("गर्भवती|प्रेग्नेंट|प्रेगनेंट"), "pregnant"),  # hi
    (_gu("ગર્ભવતી|સગર્ભા"), "pregnant"),  # gu
    (_ta("கர்ப்ப"), "pregnant"),  # ta
    (r"mang thai\b|có thai\b|có bầu\b|đang bầu\b|mang bau\b|co thai\b|co bau\b", "pregnant"),  # vi
    # ill / sick
    (_urdu(r"بیمار\w*|طبیعت (خراب|ٹھیک نہیں|ناساز)"), "ill / sick"),  # ur
    (
        r"b[ie]e?maa?r\w*|tabi?y?at (kharab|theek nahi|thik nahi|nasaz|bigar)\w*|osh?ust?h?o\w*|oshukh\b|osukh\b",
        "ill / sick",
    ),  # rom
    (r"asustha\b", "ill / sick"),  # rom
    (_pa("ਬਿਮਾਰ|ਬੀਮਾਰ"), "ill / sick"),  # pa
    (_bn("অসুস্থ|অসুখ"), "ill / sick"),  # bn
    (_hi("बीमार|बिमार"), "ill / sick"),  # hi
    (_gu("બીમાર|બિમાર|માંદ"), "ill / sick"),  # gu
    (_ta("உடம்பு சரியில்ல|உடல்நலம் சரியில்ல|உடல்நலக்குறைவு|நோய்"), "ill / sick"),  # ta
    (r"bị ốm\b|ốm\b|bệnh(?! hen)\b|bị bệnh\b|bi om\b|bi benh\b", "ill / sick"),  # vi
    # cough
    (_urdu(r"کھانس\w*|کھنگ\b"), "cough"),  # ur
    (r"khaa?ns[ie]\w*|khaa?si\b|kashi\b|kaashi\b|khangh\w*", "cough"),  # rom
    (_pa("ਖੰਘ|ਖਾਂਸੀ"), "cough"),  # pa
    (_bn("কাশি"), "cough"),  # bn
    (_hi("खांसी"), "cough"),  # hi
    (_gu("ખાંસી|ઉધરસ"), "cough"),  # gu
    (_ta("இருமல்|இருமு"), "cough"),  # ta
    (r"bị ho\b|ho (nhiều|suốt|khan|mãi|liên tục)\b|bi ho\b|ho (nhieu|suot|khan)\b", "cough"),  # vi
    # asthma
    (_urdu(r"دمہ|دمے\b"), "asthma"),  # ur
    (r"haa?pani\b|dam[ae]y? k[ai] (marz|mareez|bimari|maraz|masla)\b", "asthma"),  # rom
    (_pa("ਦਮਾ$|ਦਮੇ$|ਅਸਥਮਾ"), "asthma"),  # pa
    (_bn("হাঁপানি|অ্যাজমা|এজমা"), "asthma"),  # bn
    (_hi("दमा$|अस्थमा"), "asthma"),  # hi
    (_gu("અસ્થમા|દમ$"), "asthma"),  # gu
    (_ta("ஆஸ்துமா|ஆஸ்த்மா|மூச்சிரைப்பு"), "asthma"),  # ta
    (r"hen suyễn\b|suyễn\b|bệnh hen\b|hen suyen\b", "asthma"),  # vi
    # --- last: the word for home, which many phrases above begin with ---
    # home
    (_urdu(r"گھر\b|گھروں|مکان\b|فلیٹ"), "home"),  # ur
    (r"makaa?n\b|barit(e|a)\b|barir\b|basa\b|basay\b|basar\b|basha\b|bashay\b|ghor\b|ghore\b|ghorer\b", "home"),  # rom
    (r"ghorta\b", "home"),  # rom
    (_pa("ਘਰ$|ਮਕਾਨ|ਫਲੈਟ|ਫ਼ਲੈਟ"), "home"),  # pa
    (_bn("বাসা|বাড়ি|ঘর"), "home"),  # bn
    (_hi("घर$|घरों|मकान|फ्लैट|फ़्लैट"), "home"),  # hi
    (_gu("ઘર") + "(?!ેણ)|" + _gu("મકાન|ફ્લેટ"), "home"),  # gu
    (_ta("வீடு|வீட்ட"), "home"),  # ta
    (r"nhà\b|căn hộ\b|can ho\b", "home"),  # vi
]

# Chinese, simplified and traditional: literals found anywhere in the text (no spaces between words). Single
# characters only where they have no other common use (锁 lock, 猫 cat); otherwise two-character words, so that
# 门 (door) is not found in 部门 (department), nor 水 (water) in 薪水 (salary).
_CHINESE: list[tuple[str, str]] = [
    ("霉菌 发霉 發霉 长霉 長霉 霉斑 霉点 霉點 黑霉 霉味 黴", "mould"),
    ("潮湿 潮濕 受潮 湿气 濕氣 返潮", "damp"),
    ("冷凝 凝结水 凝結水 水珠 结露 結露", "condensation"),
    ("臭味 异味 異味 难闻 難聞 气味 氣味 发臭 發臭 很臭 好臭 恶臭 惡臭", "smell"),
    ("漏水 渗水 滲水 滴水 漏雨 渗漏 滲漏", "leak"),
    ("水浸 淹水 水淹 被淹 浸水 水灾 水災", "flood"),
    ("自来水 自來水 没水 沒水 没有水 沒有水 停水 水管 水压 水壓 水费 水費", "water"),
    ("水龙头 水龍頭 水喉", "tap"),
    ("锅炉 鍋爐 热水器 熱水器 壁挂炉 壁掛爐", "boiler"),
    ("暖气 暖氣 供暖 取暖 采暖 暖器", "heating"),
    ("热水 熱水", "hot water"),
    ("暖气片 暖氣片 散热器 散熱器", "radiator"),
    ("很冷 太冷 好冷 寒冷 冰冷 冷死 冻死 凍死", "cold"),
    ("煤气 煤氣 燃气 燃氣 天然气 天然氣 瓦斯", "gas"),
    ("电线 電線 电路 電路 漏电 漏電 供电 用电 用電 电力 電力 电费 電費", "electricity"),
    ("停电 停電 断电 斷電 跳闸 跳閘", "power cut"),
    ("插座", "socket"),
    ("灯 燈", "light"),
    ("窗", "window"),
    ("大门 大門 房门 房門 前门 前門 后门 後門 门把 門把 门框 門框 门铃 門鈴 门口 門口 门关 門關 门坏 門壞", "door"),
    ("锁 鎖", "lock"),
    ("合页 合頁 铰链 鉸鏈", "hinge"),
    ("钥匙 鑰匙", "key"),
    ("交钥匙 还钥匙 還鑰匙 交还钥匙 交還鑰匙 归还钥匙 歸還鑰匙", "keys"),
    ("屋顶 屋頂 房顶 房頂", "roof"),
    ("天花板 顶棚 頂棚", "ceiling"),
    ("墙 牆", "wall"),
    ("裂缝 裂縫 裂痕 裂开 裂開 开裂 開裂", "crack"),
    ("地板 地面", "floor"),
    ("楼梯 樓梯", "stairs"),
    ("电梯 電梯 升降机 升降機", "lift"),
    ("浴室 卫生间 衛生間", "bathroom"),
    ("厨房 廚房", "kitchen"),
    ("厕所 廁所 马桶 馬桶 洗手间 洗手間", "toilet"),
    ("淋浴 花洒 花灑 莲蓬头 蓮蓬頭", "shower"),
    ("浴缸", "bath"),
    ("水槽 洗手盆 洗碗池 水池 洗脸盆 洗臉盆", "sink"),
    ("堵塞 堵了 堵住 塞住 淤塞", "blocked"),
    ("害虫 害蟲 虫子 蟲子", "pests"),
    ("老鼠 耗子", "mice"),
    ("蟑螂 曱甴", "cockroaches"),
    ("臭虫 臭蟲 床虱 木虱", "bedbugs"),
    ("围栏 圍欄 篱笆 籬笆 栅栏 柵欄", "fence"),
    ("花园 花園 院子 后院 後院", "garden"),
    ("垃圾", "rubbish"),
    ("垃圾桶 垃圾箱", "bins"),
    ("回收", "recycling"),
    ("家具 傢俱 家俬 沙发 沙發", "furniture"),
    ("床垫 床墊", "mattress"),
    ("停车 停車 车位 車位", "parking"),
    ("汽车 汽車 车子 車子 轿车 轎車", "car"),
    ("噪音 噪声 噪聲 吵 大声 大聲", "noise"),
    ("音乐 音樂", "music"),
    ("大喊 大叫 喊叫 尖叫 吼", "shouting"),
    ("派对 派對 聚会 聚會", "party"),
    ("邻居 鄰居", "neighbour"),
    ("老人 长者 長者", "elderly"),
    ("独自 獨自 一个人住 一個人住 独居 獨居", "alone"),
    ("孩子 小孩 儿童 兒童 子女", "children"),
    ("婴儿 嬰兒 宝宝 寶寶", "baby"),
    ("饿 餓", "hungry"),
    ("害怕 很怕 恐惧 恐懼", "afraid"),
    ("威胁 威脅 恐吓 恐嚇", "threat"),
    ("暴力 家暴", "violence"),
    ("打我 被打 殴打 毆打 打人 打她 打他", "hit"),
    ("警察 报警 報警", "police"),
    ("毒品 吸毒 大麻", "drugs"),
    ("刀", "knife"),
    ("骚扰 騷擾", "harassment"),
    ("种族歧视 種族歧視 种族主义 種族主義", "racist abuse"),
    ("虐待 辱骂 辱罵 骂人 罵人", "abuse"),
    ("丈夫 老公", "husband"),
    ("妻子 老婆", "wife"),
    ("前夫 前妻 前男友 前女友 前任", "partner / ex-partner"),
    ("儿子 兒子 女儿 女兒", "son / daughter"),
    ("母亲 母親 妈妈 媽媽 我妈 我媽", "mother"),
    ("父亲 父親 爸爸 我爸", "father"),
    ("哥哥 弟弟 兄弟", "brother"),
    ("姐姐 妹妹 姊妹", "sister"),
    ("家人 家庭 家属 家屬", "family"),
    ("跟我们住 和我们住 跟我們住 和我們住 与我们同住 與我們同住 同住", "living with us"),
    ("已经搬走 已經搬走 搬走了 搬出去了", "moved out"),
    ("想搬走 要搬走 想搬出 要搬出 搬家", "move out"),
    ("房租 租金", "rent"),
    ("欠租 拖欠 欠款", "arrears"),
    ("债务 債務 欠债 欠債", "debt"),
    ("付款 缴费 繳費 支付 交租", "payment"),
    ("已付 已经付 已經付 付了", "paid"),
    ("信件 来信 來信 一封信 收到信 信函", "letter"),
    ("对账单 對賬單 账单 賬單", "statement"),
    ("福利 补助 補助 救济金 救濟金 津贴 津貼 补贴 補貼", "benefits"),
    ("统一福利 統一福利 通用福利", "universal credit"),
    ("银行 銀行", "bank"),
    ("钱 錢", "money"),
    ("轮候 輪候 住房登记 住房登記 等候名单 等候名單", "housing register"),
    ("申请 申請", "application"),
    ("调房 調房 换房 換房 转房 轉房", "transfer"),
    ("更大的房 大一点的房 大一點的房 大一些的房", "bigger home"),
    ("拥挤 擁擠 太挤 太擠 住不下", "overcrowded"),
    ("卧室 臥室 睡房", "bedroom"),
    ("房子 住所 公寓 家里 家裡", "home"),
    ("宠物 寵物", "pet"),
    ("猫 貓", "cat"),
    ("狗", "dog"),
    ("电话号码 電話號碼 手机号 手機號 号码 號碼", "phone number"),
    ("退租 终止租约 終止租約 解约 解約 退房", "end tenancy"),
    ("预约 預約", "appointment"),
    ("取消", "cancel"),
    ("更改 改期 改时间 改時間", "change"),
    ("明天", "tomorrow"),
    ("上门 上門 来看 來看 派人来 派人來", "visit"),
    ("投诉 投訴", "complaint"),
    ("不能接受 无法接受 無法接受 不可接受", "not acceptable"),
    ("等了 一直等 等待 等候", "waiting"),
    ("翻译 翻譯 口译 口譯 传译 傳譯", "interpreter"),
    ("帮助 幫助 帮忙 幫忙 救命", "help"),
    ("紧急 緊急 尽快 盡快 很急", "urgent"),
    ("维修 維修 修理 修好 报修 報修", "repair"),
    ("坏了 壞了 损坏 損壞 破了 破损 破損 故障", "broken"),
    ("工程师 工程師 师傅 師傅 技工", "engineer"),
    ("水管工 水喉匠", "plumber"),
    ("房东 房東 业主 業主", "landlord"),
    ("租约 租約 租赁合同 租賃合同 租房合同 合同 合约 合約", "tenancy agreement"),
    ("怀孕 懷孕 孕妇 孕婦", "pregnant"),
    ("生病 病了 不舒服", "ill / sick"),
    ("残疾 殘疾 残障 殘障 伤残 傷殘", "disabled"),
    ("医院 醫院", "hospital"),
    ("咳嗽", "cough"),
    ("哮喘 气喘 氣喘", "asthma"),
]
SUBSTRINGS: dict[str, str] = {literal: word for literals, word in _CHINESE for literal in literals.split()}

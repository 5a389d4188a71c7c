"""Glossary terms for Urdu, Punjabi, Bengali/Sylheti, Hindi, Gujarati, Tamil, Chinese and Vietnamese: the
English key words a tenant's message gets, none for everyday sentences, and no match inside English."""

from __future__ import annotations

import re
import unicodedata

import pytest

from router.firstchar import BucketedAlternation, first_chars, split_top_level, ungroup
from router.glossary import english_keywords, looks_english
from router.glossary_terms import south_asia_east_asia as terms

# The English key words the language groups agree on (the brief's list); a term may use no other.
CONCEPTS = frozenset(
    """mould|damp|condensation|smell|leak|flood|water|tap|boiler|heating|hot water|radiator|cold|gas|electricity|
    power cut|socket|light|window|door|lock|hinge|key|roof|ceiling|wall|crack|floor|stairs|lift|bathroom|kitchen|
    toilet|shower|bath|sink|blocked|pests|mice|rats|cockroaches|bedbugs|fence|garden|rubbish|bins|recycling|
    furniture|mattress|parking|car|noise|music|shouting|party|neighbour|elderly|alone|children|baby|hungry|afraid|
    threat|violence|hit|police|drugs|knife|harassment|racist abuse|abuse|husband|wife|partner / ex-partner|
    son / daughter|mother|father|brother|sister|family|living with us|moved out|rent|arrears|debt|payment|paid|
    letter|statement|benefits|universal credit|bank|money|housing register|application|transfer|bigger home|
    overcrowded|bedroom|home|pet|cat|dog|phone number|end tenancy|move out|keys|appointment|cancel|change|tomorrow|
    visit|complaint|not acceptable|waiting|interpreter|help|urgent|repair|broken|engineer|plumber|landlord|
    tenancy agreement|pregnant|ill / sick|disabled|hospital|cough|asthma""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

SAMPLES = [
    # Urdu, Arabic script
    (
        "السلام علیکم، ہمارے باتھ روم کی چھت سے پانی ٹپک رہا ہے اور بچوں کے کمرے کی دیوار پر پھپھوندی لگ گئی ہے۔"
        " بیٹی کو کھانسی ہے۔ مہربانی کر کے جلدی کسی کو بھیجیں۔",
        ["bathroom", "ceiling", "water", "leak", "children", "wall", "mould", "son / daughter", "cough", "urgent"],
    ),
    (
        "میرا سابق شوہر رات کو دروازے پر آ کر دھمکیاں دیتا ہے اور گالیاں دیتا ہے۔ مجھے بہت ڈر لگتا ہے، میں نے پولیس کو"
        " بتایا تھا۔",
        ["partner / ex-partner", "door", "threat", "abuse", "afraid", "police"],
    ),
    (
        "مجھے کرایہ کے بقایا جات کا خط ملا ہے لیکن میں نے پیسے ادا کر دیے تھے۔ بینک اسٹیٹمنٹ بھیج رہی ہوں۔",
        ["rent", "arrears", "letter", "money", "paid", "bank", "statement"],
    ),
    # Urdu in Roman script
    (
        "Assalam o alaikum, kitchen ki deewar pe seelan aur kaali phaphoond hai, bachon ko khansi ho rahi hai. Koi aa"
        " kar dekh le please, jaldi.",
        ["wall", "damp", "mould", "children", "cough", "visit", "urgent"],
    ),
    (
        "Mera kiraya ka account check karein, Universal Credit se payment aayi thi lekin bakaya dikha rahe hain. Main"
        " ne ada kar diya tha.",
        ["rent", "arrears", "paid"],
    ),
    (
        "Padosi raat bhar oonchi awaaz mein gaane bajate hain aur cheekhte hain, bachche so nahi sakte. Main shikayat"
        " karna chahti hoon.",
        ["neighbour", "noise", "music", "shouting", "children", "complaint"],
    ),
    (
        "Kal raat mere shohar ne mujhe mara, bachay dar gaye the. Meri behen ke ghar ja rahi hoon.",
        ["husband", "hit", "children", "afraid", "sister", "home"],
    ),
    # Punjabi, Gurmukhi
    (
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ। ਸਾਡੀ ਰਸੋਈ ਦੀ ਛੱਤ ਤੋਂ ਪਾਣੀ ਚੋਅ ਰਿਹਾ ਹੈ ਤੇ ਕੰਧ ਉੱਤੇ ਉੱਲੀ ਲੱਗ ਗਈ ਹੈ। ਬੱਚਿਆਂ ਨੂੰ ਖੰਘ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਜਲਦੀ ਕਿਸੇ ਨੂੰ ਭੇਜੋ।",
        ["kitchen", "ceiling", "water", "leak", "wall", "mould", "children", "cough", "urgent"],
    ),
    (
        "ਗੁਆਂਢੀ ਦੇ ਮੁੰਡੇ ਰਾਤ ਨੂੰ ਨਸ਼ੇ ਵੇਚਦੇ ਨੇ ਅਤੇ ਮੇਰੀ ਗੱਡੀ ਤੋੜ ਦਿੱਤੀ। ਮੈਨੂੰ ਡਰ ਲੱਗਦਾ ਹੈ। ਪੁਲਿਸ ਨੂੰ ਦੱਸਿਆ ਸੀ।",
        ["neighbour", "drugs", "car", "afraid", "police"],
    ),
    (
        "ਮੇਰੀ ਸੱਸ ਹੁਣ ਸਾਡੇ ਨਾਲ ਰਹਿਣ ਆ ਗਈ ਹੈ। ਮੈਂ ਕਿਰਾਇਆ ਹਰ ਹਫ਼ਤੇ ਦੇ ਸਕਦੀ ਹਾਂ?",
        ["living with us", "rent"],
    ),
    # Punjabi, Shahmukhi
    (
        "السلام علیکم۔ تھورن ہل گارڈنز تے تن ہفتیاں توں کوڑا نئیں چکیا گیا۔ ڈبے بھرے پئے نیں تے بہت بو آندی اے۔",
        ["rubbish", "bins", "smell"],
    ),
    (
        "ساڈے گوانڈی راتی بہت رولا پاندے نیں، کندھ دے پچھے اچی اچی گانے۔ بچے سوں نئیں سکدے۔",
        ["neighbour", "noise", "wall", "music", "children"],
    ),
    # Punjabi in Roman script
    (
        "Sat sri akal ji. Saade bathroom di chhat te kaali ulli lag gayi hai te kandh te vi. Boo vi bahut aandi hai.",
        ["ceiling", "mould", "wall", "smell"],
    ),
    (
        "Sat sri akal ji. Saade gwaandi raat nu nashe vechde ne, te kal meri gaddi di mirror tod ditti.",
        ["neighbour", "drugs", "car", "broken"],
    ),
    # Bengali
    (
        "আসসালামু আলাইকুম। আমাদের বাসার বাথরুমের ছাদ থেকে পানি চুইয়ে পড়ছে, দেয়ালে ছত্রাক ধরেছে। আমার ছেলের হাঁপানি আছে। তাড়াতাড়ি কাউকে পাঠান।",
        ["home", "bathroom", "roof", "water", "leak", "wall", "mould", "son / daughter", "asthma", "urgent"],
    ),
    (
        "আমার স্বামী আমাকে মারধর করে আর হুমকি দেয়। আমি খুব ভয় পাই। বাচ্চারা ঘরে আছে।",
        ["husband", "hit", "threat", "afraid", "children"],
    ),
    (
        "আমি ভাড়া দিয়েছি কিন্তু চিঠিতে লিখেছে ভাড়া বকেয়া আছে। ব্যাংকের স্টেটমেন্ট পাঠাচ্ছি।",
        ["rent", "letter", "arrears", "bank", "statement"],
    ),
    # Bengali/Sylheti in Roman script
    (
        "Assalamualaikum. Amar ghorer deyale kalo dag, shob shomoy shyatshyate, ar ammar kashi hocche. Please keu ese"
        " dekhen.",
        ["wall", "damp", "mother", "cough", "visit"],
    ),
    (
        "Amar bhara baki ache bole chithi ashche, ami kisti te dite chai. Amar bon ar tar bacchara amader sathe thake.",
        ["rent", "letter", "payment", "sister", "children"],
    ),
    # Hindi
    (
        "नमस्ते, हमारे फ्लैट की रसोई में छत से पानी टपक रहा है और बेडरूम की दीवार पर फफूंद लग गई है। बच्चों को खांसी"
        " है। कृपया जल्दी किसी को भेजें।",
        ["home", "kitchen", "ceiling", "water", "leak", "bedroom", "wall", "mould", "children", "cough", "urgent"],
    ),
    (
        "मेरे पड़ोसी रात भर तेज़ संगीत बजाते हैं और चिल्लाते हैं। मेरी माँ बीमार हैं और सो नहीं पातीं। मैं शिकायत करना चाहती हूँ।",
        ["neighbour", "music", "shouting", "mother", "ill / sick", "complaint"],
    ),
    (
        "मेरा किराया बकाया दिखा रहा है लेकिन मैंने भुगतान कर दिया था। बैंक स्टेटमेंट भेज रहा हूँ।",
        ["rent", "arrears", "paid", "bank", "statement"],
    ),
    # Gujarati
    (
        "નમસ્તે, અમારા ઘરમાં બેડરૂમની દીવાલ પર ફૂગ થઈ ગઈ છે અને છતમાંથી પાણી ટપકે છે. મારા દીકરાને અસ્થમા છે. કૃપા"
        " કરીને જલ્દી કોઈને મોકલો.",
        ["home", "bedroom", "wall", "mould", "ceiling", "water", "leak", "son / daughter", "asthma", "urgent"],
    ),
    (
        "પડોશીઓ આખી રાત ઘોંઘાટ કરે છે અને બૂમો પાડે છે. મારા બાળકો ઊંઘી શકતા નથી. મારે ફરિયાદ કરવી છે.",
        ["neighbour", "noise", "shouting", "children", "complaint"],
    ),
    # Tamil
    (
        "வணக்கம், எங்கள் வீட்டில் படுக்கையறை சுவரில் பூஞ்சை வந்துவிட்டது, கூரையிலிருந்து தண்ணீர் கசிகிறது. என்"
        " மகனுக்கு ஆஸ்துமா உள்ளது. உடனடியாக யாரையாவது அனுப்புங்கள்.",
        ["home", "bedroom", "wall", "mould", "roof", "water", "leak", "son / daughter", "asthma", "urgent"],
    ),
    (
        "பக்கத்து வீட்டுக்காரர் இரவு முழுவதும் சத்தமாக பாட்டு போடுகிறார், கத்துகிறார். என் குழந்தைகள் தூங்க"
        " முடியவில்லை. நான் புகார் செய்ய விரும்புகிறேன்.",
        ["neighbour", "noise", "music", "shouting", "children", "complaint"],
    ),
    (
        "வாடகை பாக்கி உள்ளது என்று கடிதம் வந்தது. நான் ஏற்கனவே பணம் செலுத்திவிட்டேன்.",
        ["rent", "arrears", "letter", "money", "paid"],
    ),
    # Chinese, simplified
    (
        "你好，我住在 Flat 14 Ashgrove Court。卧室墙角和窗户周围长了很多黑色霉菌，衣柜里的衣服也发霉了。孩子一直咳嗽。"
        "请派人来看看。谢谢！",
        ["bedroom", "wall", "window", "mould", "children", "cough", "visit"],
    ),
    (
        "楼上的邻居每天晚上十二点以后还在大声放音乐，我和孩子都无法睡觉。我想投诉。",
        ["neighbour", "noise", "music", "children", "complaint"],
    ),
    # Chinese, traditional
    (
        "您好，我收到一封信說我欠租，但是我已經付了房租。請問可以幫忙查一下嗎？我需要粵語翻譯。",
        ["letter", "arrears", "paid", "rent", "help", "interpreter"],
    ),
    ("廚房的水龍頭一直漏水，暖氣也壞了，家裡很冷。", ["kitchen", "tap", "leak", "heating", "broken", "home", "cold"]),
    # Vietnamese, with and without diacritics
    (
        "Xin chào, phòng ngủ của tôi bị nấm mốc trên tường và trần nhà bị dột. Con trai tôi bị hen suyễn. Xin hãy"
        " cử người đến sửa gấp.",
        ["bedroom", "mould", "wall", "ceiling", "leak", "son / daughter", "asthma", "visit", "repair", "urgent"],
    ),
    (
        "Hàng xóm mở nhạc rất to và la hét cả đêm, tôi rất sợ. Tôi muốn khiếu nại.",
        ["neighbour", "music", "shouting", "afraid", "complaint"],
    ),
    (
        "Tôi đã trả tiền thuê nhà nhưng nhận được thư nói tôi còn nợ. Tôi cần thông dịch viên.",
        ["paid", "rent", "letter", "debt", "interpreter"],
    ),
    (
        "nha toi bi mat dien tu hom qua, cua so phong ngu bi vo, con gai toi bi ho nhieu",
        ["power cut", "window", "bedroom", "son / daughter", "cough"],
    ),
]


@pytest.mark.parametrize(("text", "words"), SAMPLES)
def test_tenant_messages_get_their_key_words(text: str, words: list[str]) -> None:
    found = english_keywords(text, limit=None)
    assert [w for w in words if w not in found] == []
    assert not looks_english(text)


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("السلام علیکم، آپ کیسے ہیں؟ میں ٹھیک ہوں، شکریہ۔ آج موسم اچھا ہے، ہم شام کو چائے پئیں گے۔", set()),
        ("کیا آپ مجھے بتا سکتے ہیں کہ دفتر کب کھلتا ہے؟ میں صبح آؤں گی، انشاءاللہ۔", set()),
        ("Aap kaise hain? Main theek hoon, shukriya. Aaj mausam acha hai, hum shaam ko chai peeyenge.", set()),
        ("Kya aap bata sakte hain office kab khulta hai? Main subah aaungi, inshallah. Allah hafiz.", set()),
        ("ਤੁਸੀਂ ਕਿਵੇਂ ਹੋ? ਮੈਂ ਠੀਕ ਹਾਂ, ਧੰਨਵਾਦ। ਅੱਜ ਮੌਸਮ ਚੰਗਾ ਹੈ।", set()),
        ("Tusi kiven ho ji? Main theek haan, dhanvaad. Ajj mausam changa hai.", set()),
        ("আপনি কেমন আছেন? আমি ভালো আছি, ধন্যবাদ। আজ আবহাওয়া খুব সুন্দর। বোনাস পেয়েছি, বেড়াতে যাব।", set()),
        ("Apni kemon achen? Ami bhalo achi, dhonnobad. Aj abhawa khub sundor, ami kaj kori.", set()),
        ("आप कैसे हैं? मैं ठीक हूँ, धन्यवाद। आज मौसम अच्छा है और हम शाम को चाय पिएंगे।", set()),
        ("क्या आप मुझे बता सकते हैं कि दफ़्तर कब खुलता है? सुगंध अच्छी है, छतरी ले लूँगी।", set()),
        ("તમે કેમ છો? હું મજામાં છું, આભાર. આજે હવામાન સારું છે, છતાં થોડું ધ્યાન રાખજો.", set()),
        ("நீங்கள் எப்படி இருக்கிறீர்கள்? நான் நன்றாக இருக்கிறேன், நன்றி. இன்று வானிலை நன்றாக உள்ளது.", set()),
        ("你好，谢谢你的回复。我明白了，今天天气很好。", set()),
        ("您好，謝謝您的回覆。我明白了，今天天氣很好，部門的同事也很好。", set()),
        ("Xin chào, cảm ơn anh đã trả lời. Tôi hiểu rồi, hôm nay trời đẹp.", set()),
        ("cam on anh da tra loi, toi hieu roi, hom nay troi dep", set()),
        # only what the sentence says: a home, a mother, a telephone call
        ("मैं कल अपनी माँ के घर जाऊँगी, आप मुझे फ़ोन कर सकते हैं।", {"mother", "home"}),
    ],
)
def test_everyday_sentences_get_no_housing_words(text: str, allowed: set[str]) -> None:
    assert set(english_keywords(text, limit=None)) <= allowed
    assert not looks_english(text)


def _own_lookup() -> tuple[BucketedAlternation, list[str]]:
    alternatives = [(ungroup(alt), word) for pattern, word in terms.TERMS for alt in split_top_level(pattern)]
    return BucketedAlternation([p for p, _ in alternatives]), [w for _, w in alternatives]


def test_no_term_matches_inside_english() -> None:
    lookup, _ = _own_lookup()
    english = """Hi, the radiator in the bedroom is cold and the boiler keeps losing pressure. There is black mould
    on the bathroom ceiling and my son has asthma. The tap in the kitchen drips, the sink is blocked, and the bins
    were not emptied. My neighbour plays loud music at a party every weekend, shouting until four in the morning.
    I paid my rent by bank transfer on Monday, please check my statement and the letter about arrears. Could an
    engineer or a plumber visit tomorrow? I am pregnant, my husband is disabled and my mother is in hospital.
    Thanks for your help, Sardinia was lovely; we chatted about betting, the swami, endurance and a bacchanal."""
    assert [m.group(0) for _, m in lookup.finditer(english.lower())] == []
    assert [s for s in terms.SUBSTRINGS if s in english.lower()] == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("রান্নাঘরের কল থেকে পানি পড়ছে", ["kitchen", "tap", "water"]),  # ঘর inside রান্নাঘর is not "home"
        ("তেলাপোকা আর ছারপোকা", ["cockroaches", "bedbugs"]),  # nor পোকা inside them "pests"
        ("আমাকে কল করুন", []),  # কল as "call", not the tap
        ("मकान मालिक और घरवाले", ["landlord", "family"]),
        ("மூட்டைப்பூச்சி", ["bedbugs"]),
    ],
)
def test_brahmic_stems_match_only_at_real_word_starts(text: str, words: list[str]) -> None:
    lookup, english = _own_lookup()
    assert [english[i] for i, _ in lookup.finditer(text.lower())] == words


@pytest.mark.parametrize(
    ("spellings", "word"),
    [
        (["ভাড়া", "ভা\u09dcা", "ভাড\u09bcা"], "rent"),  # Bengali RRA: NFC pair, precomposed
        (["खिड़की", "खि\u095cकी", "खिड\u093cकी", "खिडकी"], "window"),  # Devanagari nukta typed or not
        (["माँ", "मां"], "mother"),  # candrabindu or anusvara
        (["ਠੰਡ", "ਠਂਡ"], "cold"),  # Gurmukhi tippi or bindi
    ],
)
def test_indic_spelling_variants(spellings: list[str], word: str) -> None:
    for text in spellings:
        assert english_keywords(text, limit=None) == [word], unicodedata.name(text[2], "?")


def test_english_words_are_the_agreed_concepts() -> None:
    used = {w for _, w in terms.TERMS} | set(terms.SUBSTRINGS.values())
    assert used <= CONCEPTS, used - CONCEPTS


def test_every_alternative_has_a_bounded_first_character() -> None:
    loose = [alt for p, _ in terms.TERMS for alt in split_top_level(p) if first_chars(ungroup(alt)) is None]
    assert loose == []


def test_patterns_are_lower_case_and_substrings_chinese() -> None:
    for pattern, _ in terms.TERMS:
        assert pattern == pattern.lower(), pattern
        re.compile(pattern)
    assert all(re.fullmatch(r"[\u3400-\u9fff\U00020000-\U0002ffff]+", s) for s in terms.SUBSTRINGS), [
        s for s in terms.SUBSTRINGS if not re.fullmatch(r"[\u3400-\u9fff]+", s)
    ]

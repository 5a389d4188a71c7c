"""Glossary terms for Arabic, Farsi/Dari, Pashto, Kurdish (Sorani, Kurmanji), Somali, Tigrinya and Amharic:
tenant messages name what they mention in English, and everyday sentences without housing content add nothing."""

from __future__ import annotations

import re

import pytest

from router.firstchar import BucketedAlternation, first_chars, split_top_level, ungroup
from router.glossary import english_keywords, looks_english
from router.glossary_terms import middle_east_africa

# The English key words the language groups share (router/glossary_terms: one word per concept).
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

MESSAGES = [
    # Arabic
    (
        "السلام عليكم، الحمام فيه عفن ورطوبة على السقف، وابني عنده ربو. أرجو إرسال فني بسرعة.",
        ["bathroom", "mould", "damp", "ceiling", "son / daughter", "asthma", "engineer", "urgent"],
    ),
    (
        "مرحبا، جاري يشغل موسيقى بصوت عالي كل ليلة ويصرخ على أطفالي. أنا خائفة ولا أريد أن يعرف أنني اشتكيت.",
        ["neighbour", "music", "noise", "shouting", "children", "afraid", "complaint"],
    ),
    (
        "دفعت الإيجار من البنك لكن وصلتني رسالة تقول إن عندي متأخرات.",
        ["paid", "rent", "bank", "letter", "arrears"],
    ),
    (
        "نحن ستة أشخاص في شقة بغرفتي نوم، نريد الانتقال إلى بيت أكبر.",
        ["home", "bedroom", "transfer", "bigger home"],
    ),
    # Farsi
    (
        "سلام، دیوار اتاق خواب کپک زده و بوی نم می‌دهد. پسرم آسم دارد. لطفاً کسی را برای تعمیر بفرستید.",
        ["wall", "bedroom", "mould", "smell", "damp", "son / daughter", "asthma", "repair"],
    ),
    (
        "همسایه‌ی طبقه‌ی بالا هر شب تا صبح سر و صدا و مهمانی دارد. به پلیس زنگ زدیم ولی فایده نداشت.",
        ["neighbour", "noise", "party", "police"],
    ),
    (
        "اجاره‌ی این ماه را پرداخت کردم ولی نامه‌ای آمد که بدهی دارم.",
        ["rent", "paid", "letter", "debt"],
    ),
    # Farsi typed on an Arabic keyboard (ي and ك for ی and ک)
    ("كليد در خانه شكسته", ["key", "home", "broken"]),
    # Dari
    (
        "سلام، کلکین اتاق بچه‌ها شکسته و شب‌ها خیلی سرد است. لطفاً زود کمک کنید.",
        ["window", "children", "broken", "cold", "help"],
    ),
    (
        "نل آب تشناب چکه می‌کند و موتر همسایه همیشه جلوی دروازه ما است.",
        ["tap", "bathroom", "leak", "car", "neighbour", "door"],
    ),
    # romanised Farsi (Finglish)
    (
        "salam, otagh khab kapak zade va bachcheh sorfe mikone. lotfan komak konid",
        ["bedroom", "mould", "children", "cough", "help"],
    ),
    (
        "hamsaye ma har shab sar o seda dare va pardakht ejare ham aghab oftade",
        ["neighbour", "noise", "payment", "rent"],
    ),
    # Pashto
    (
        "سلام، زموږ په کور کې اوبه څڅېږي او برېښنا نشته. ماشومان یخ دي. مهرباني وکړئ مرسته وکړئ.",
        ["home", "water", "leak", "power cut", "children", "cold", "help"],
    ),
    (
        "زما ګاونډی ما ته ګواښ کوي او زه ډار یم. پولیس ته مې زنګ وواهه.",
        ["neighbour", "threat", "afraid", "police"],
    ),
    # Kurdish Sorani, Arabic script
    (
        "سڵاو، دیواری ژووری نوستن کەڕووی گرتووە و منداڵەکەم کۆکە دەکات. تکایە یارمەتیمان بدەن.",
        ["wall", "bedroom", "mould", "children", "cough", "help"],
    ),
    (
        "کرێی ئەم مانگە ناتوانم بدەم، پارەم نییە. دەمەوێت قسە لەگەڵ وەرگێڕ بکەم.",
        ["rent", "money", "interpreter"],
    ),
    # Kurdish Sorani, romanised
    (
        "Silaw, min û jin û mindallekanm le yek jûr dejîn. Demewê daway xanû bkem. Spas.",
        ["children", "housing register"],
    ),
    # Kurdish Kurmanji
    (
        "Silav, li mala me kombî xera bûye, germahî tune û ava germ jî tune. Zarokên min nexweş in.",
        ["home", "boiler", "heating", "hot water", "children", "ill / sick"],
    ),
    (
        "Cîranê me her şev muzîkê bi deng lê dixe, em nikarin razên. Ji kerema xwe alîkarî bikin.",
        ["neighbour", "music", "noise", "help"],
    ),
    # Somali
    (
        "Salaan, musqusha biyo ayaa ka daadanaya, sagxadda oo dhan waa qoyan. Fadlan tuubiste soo dira.",
        ["toilet", "water", "leak", "floor", "damp", "plumber"],
    ),
    (
        "Deriskayga ayaa habeen walba qaylo iyo muusig sameeya, carruurtuna way baqayaan. Booliska waan wacay.",
        ["neighbour", "shouting", "music", "children", "afraid", "police"],
    ),
    (
        "Kirada bishan waan bixiyay laakiin warqad ayaa ii timid oo leh deyn baad leedahay.",
        ["rent", "paid", "letter", "arrears"],
    ),
    ("Ur gaas ayaa ka imanaya jikada. Fadlan degdeg.", ["smell", "gas", "kitchen", "urgent"]),
    # Tigrinya
    (
        "ሰላም፣ ኣብ ክሽነይ ጨና ጋዝ ኣሎ፣ ቆልዑ ኣብ ገዛ ኣለዉ። በጃኹም ሓግዙና።",
        ["kitchen", "smell", "gas", "children", "home", "help"],
    ),
    ("ናይ መደቀሲ መንደቕ ርሑስ እዩ፣ ወደይ ሰዓል ኣለዎ።", ["bedroom", "wall", "damp", "son / daughter", "cough"]),
    # Tigrinya, romanised
    (
        "Selam, ab kishne gaz chena alo, qol'a ab geza alo. Bejakum hagezuna.",
        ["kitchen", "gas", "smell", "children", "home", "help"],
    ),
    # Amharic
    (
        "ሰላም፣ የቤቴ መታጠቢያ ቤት ጣሪያ ውሃ ያንጠባጥባል፣ ግድግዳው ላይ ሻጋታ አለ። እባካችሁ በአስቸኳይ ጥገና ላኩ።",
        ["home", "bathroom", "roof", "water", "leak", "wall", "mould", "urgent", "repair"],
    ),
    ("ጎረቤቴ ሌሊት ሙዚቃ በጣም ይከፍታል፣ ጫጫታው አያስተኛንም። ልጆቼ ፈርተዋል።", ["neighbour", "music", "noise", "children", "afraid"]),
    ("የዚህ ወር ኪራይ ከፍያለሁ ግን ደብዳቤ መጣልኝ።", ["rent", "paid", "letter"]),
]


@pytest.mark.parametrize(("text", "words"), MESSAGES)
def test_message_names_what_it_mentions(text: str, words: list[str]) -> None:
    found = english_keywords(text, limit=None)
    assert [w for w in words if w not in found] == [], found
    assert not looks_english(text)


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("أهلا وسهلا، كيف حالك اليوم؟ أنا بخير والحمد لله.", []),
        ("شكرا جزيلا", []),
        ("سلام، حال شما چطور است؟ ممنون از پیام شما، روز خوبی داشته باشید.", []),
        ("سلام، تاسو څنګه یاست؟ ډېره مننه.", []),
        ("سڵاو، چۆنی؟ زۆر سوپاس بۆ وەڵامەکەت.", []),
        ("Silav, tu çawa yî? Gelek spas ji bo bersiva te.", []),
        ("Salaan, sidee tahay? Aad baad u mahadsantahay, nabad gelyo.", []),
        ("Waxaan joogaa guriga, mahadsanid.", ["home"]),
        ("ሰላም፣ ከመይ ኣለኹም? የቐንየለይ።", []),
        ("ሰላም፣ እንዴት ናችሁ? በጣም አመሰግናለሁ።", []),
        ("salam, chetori? merci az payamet, rooz khoob", []),
    ],
)
def test_everyday_sentences_add_nothing_unexpected(text: str, allowed: list[str]) -> None:
    assert set(english_keywords(text, limit=None)) <= set(allowed)
    assert not looks_english(text)


@pytest.mark.parametrize(
    "text",
    [
        # English words that begin like a romanised term here (sober/sobe, pace, hostage/hosta, polish/polis)
        "Keep the pace, stay sober, polish the hostage story, stop mashing and gazing at the cabana.",
        "The brakeman coiled the hawser while minding the lambasted jab.",
        "ur window fitters hav left the main door propped open, not on",
        "She will mal the sofa; nem, mala and jab are not ours.",
    ],
)
def test_romanised_terms_leave_english_and_neighbouring_languages_alone(text: str) -> None:
    latin = [alt for pattern, _ in middle_east_africa.TERMS for alt in map(ungroup, split_top_level(pattern))]
    latin = [alt for alt in latin if re.match(r"[a-z0-9\[]", alt)]
    assert [m.group(0) for _, m in BucketedAlternation(latin).finditer(text.lower())] == []


def test_every_alternative_starts_with_a_known_character() -> None:
    for pattern, word in middle_east_africa.TERMS:
        re.compile(pattern)
        assert word in CONCEPTS, word
        for alt in split_top_level(pattern):
            assert first_chars(ungroup(alt)) is not None, (word, alt)


def test_phrases_come_before_the_words_they_contain() -> None:
    assert english_keywords("آب گرمکن خراب است", limit=None)[0] == "boiler"
    assert english_keywords("انقطعت الكهرباء والمي السخنة ما في", limit=None)[:2] == ["power cut", "hot water"]
    assert english_keywords("صاحب البيت لا يرد", limit=None) == ["landlord"]
    assert english_keywords("መብራት ጠፍቷል", limit=None) == ["power cut"]
    assert english_keywords("Ez dixwazim kirêdariya xwe biqedînim.", limit=None) == ["end tenancy"]

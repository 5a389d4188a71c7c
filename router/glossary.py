"""English key words for housing messages in the community languages tenants most often write in
(Polish, Romanian, Arabic, Somali, Urdu/Punjabi/Bengali in Roman script, Portuguese, Kurdish).

Offline and word-for-word: it names what the message mentions (radiator, bedroom, leak) so that an
officer who cannot read it sees the gist in the record; it translates no sentence and adds nothing
the tenant did not write.
"""

from __future__ import annotations

import re

from router.firstchar import BucketedAlternation, split_top_level, ungroup
from router.glossary_terms import european, middle_east_africa, south_asia_east_asia

# (pattern, English) — patterns run on lower-cased text at word starts.
GLOSSARY: list[tuple[str, str]] = [
    # heating, hot water, gas, electrics
    (r"kaloryfer\w*|calorifer\w*", "radiator"),
    (r"ogrzewani\w*|încălzir\w*|incalzir\w*|تدفئة|التدفئة|kuleyl\w*|kulayl\w*|aquecimento|germahî\w*", "heating"),
    (r"ciepł\w* wod\w*|apă caldă|apa calda|ماء ساخن|الماء الساخن|biyo kulul|garam pa+ni|água quente", "hot water"),
    (r"piec(a|e|u|em|yk\w*)?\b|boiler\w*|cazan\w*|سخان|المرجل|caldeira", "boiler"),
    (r"gaz\b|gazu|gazem|gaas\b|غاز|gás", "gas"),
    (r"czad\w*|monoxid\w*|أول أكسيد الكربون", "carbon monoxide"),
    (r"prąd\w*|elektry\w*|curent\w*|كهرباء|الكهرباء|koronto\w*|bijli|eletricidade", "electricity"),
    (r"gniazd\w*|priz(a|ă|e|ele|ei)\b|مقبس|tomadas?\b", "socket"),
    (r"iskr\w*|scântei|scantei|شرار\w*|dhimbiil\w*|faísca\w*", "sparks"),
    (r"światł\w*|lumin\w*|ضوء|الضوء|نور|الإضاءة|batti\b|luz\b", "light"),
    # the fabric of the home
    (r"drzwi|ușa|ușă|باب\b|الباب\b|albaab\w*|darwaz\w*|dorja|porta\b", "door"),
    (r"zam(ek|ka|ku)\b|încuietoar\w*|yala\b|قفل|القفل|qufulk\w*|quful\b|taala\b|fechadura", "lock"),
    (r"okn(o|a|ie|em)\b|fereastr\w*|geam\w*|نافذ\w*|نوافذ\w*|شباك|الشبابيك|daaqad\w*|khirki\w*|janela\w*", "window"),
    (r"klucz\w*|cheie\b|chei\b|مفتاح|fure\w*|chabi|chave\w*", "key"),
    (r"sufit\w*|tavan\w*|سقف|السقف|saqaf\w*|chhat+\b|chatt\b|chad theke|teto|tecto", "ceiling"),
    (r"ścian\w*|pere(te|ți)\b|جدار|الجدار|derbi\w*|deewar|parede\w*", "wall"),
    (r"pleśń|pleśni|grzyb\w*|mucegai|عفن|العفن|caaryaa|phaphoond|bolor|mofo\b", "mould"),
    (r"wilgo\w*|umezeal\w*|igrasie|رطوبة|الرطوبة|qoyaan|seelan|humidade", "damp"),
    (r"przeciek\w*|cieknie|kapie|scurge\w*|تسرب|يتسرب|daadan\w*|infiltra\w*|fuga\b", "leak"),
    (r"wod(a|y|ę)\b|apă\b|ماء|الماء|مياه|biyo\w*|paa+ni\b|água\b", "water"),
    (r"zatkan\w*|înfundat\w*|مسدود|xiran\w*|entupid\w*", "blocked"),
    (r"حوض الاستحمام|البانيو", "bath"),
    (r"zlew\w*|chiuvet\w*|حوض|المغسلة|saxan\w*|pia\b|lava-loiça", "sink"),
    (r"toalet\w*|musqul\w*|sanitas|casa de banho|ghusal ?khana", "toilet"),
    (r"łazien\w*|baie\b|حمام|الحمام", "bathroom"),
    (r"kuchni\w*|kuchen\w*|bucătări\w*|مطبخ|المطبخ|jiko\w*|rasoi|cozinha", "kitchen"),
    (r"sypialni\w*|dormitor\w*|غرفة النوم|qolka jiifka|quarto\b", "bedroom"),
    (r"wind(a|ą|zie|ę)\b|مصعد|المصعد|wiish\w*|elevador", "lift"),
    (r"schod(y|ów|ach|ami)\b|klatk\w* schodow\w*|scări|scara\b|الدرج|jaranjar\w*|seedhiy\w*|escada\w*", "stairs"),
    (r"balkon\w*|balcon\w*|شرفة|بلكون", "balcony"),
    (r"frigider\w*|lodówk\w*|ثلاجة|geladeira|frigorífico", "fridge"),
    # money and the tenancy
    (r"czynsz\w*|chiri(e|a|ei)\w*|إيجار|الإيجار|kirad\w*|kiro\b|kiraya|renda\b", "rent"),
    (r"zaległoś\w*|restanț\w*|متأخرات|deyn\w*|dívida", "arrears"),
    (r"zamian\w*|schimb\w*", "exchange"),
    (r"mieszkani\w*|locuinț\w*|apartament\w*|شقة|الشقة|guri\b|gurig\w*|ghar\b|casa\b", "home"),
    (r"umow\w*|contract(ul|ului|e)?\b|عقد|heshiis\w*|contrato", "tenancy agreement"),
    (r"senhorio|właściciel\w*|proprietar\w*|مالك\b|المالك\b", "landlord"),
    (r"wizyt\w*|programare|موعد|الموعد|ballan\w*|marcação", "appointment"),
    (r"tłumacz\w*|traducător|translator|مترجم|turjubaan\w*|tradutor", "interpreter"),
    (r"list(y|ów)\b|scrisoare|scrisori\w*|رسائل|الرسائل|رسالة|warqad\w*|cartas?\b", "letter"),
    (r"adres\w*|عنوان|cinwaan\w*|morada", "address"),
    (r"banca|băncii|البنك|bangig\w*|bangiy\w*|banco\b", "bank"),
    (r"ساعات عمل|godzin\w* otwarcia|program\w* de lucru|saacadaha|horário", "opening hours"),
    (r"شكوى|skarg\w*|reclamați\w*|cabasho|shikayat|reclamação", "complaint"),
    (r"nemulțumit\w*|niezadowol\w*|غير راض\w*|rozczarowan\w*|insatisfeit\w*", "dissatisfied"),
    (r"zepsu\w*|stricat\w*|مكسور\w*|jaban\w*|toot(a|i|e|ay)\b|kharab|partid[oa]\b", "broken"),
    (r"po polsku|polsk\w*", "Polish"),
    (r"română|romaneste|românește", "Romanian"),
    (r"العربية|عربي", "Arabic"),
    # people and safety
    (r"sąsiad\w*|vecin\w*|جار(ي|نا|تي)?\b|الجيران|deris\w*|padosi\w*|pa?rdosi\w*|vizinh\w*", "neighbour"),
    (r"hałas\w*|zgomot\w*|ضوضاء|إزعاج|buuq\w*|shor\b|barulho", "noise"),
    (r"śmieci|gunoi\w*|قمامة|القمامة|qashin\w*|kachra|lixo", "rubbish"),
    (r"pies|psa\b|câine\w*|caine\w*|كلب|eey\w*|kutt(a|e)|cão|cachorro", "dog"),
    (r"szczek\w*|latră|latra\b|ينبح", "barking"),
    (r"jaj(a|ka)\b|ou(ă|a)le\b|بيض|البيض|ukun", "eggs"),
    (
        r"dzieci|dziecko|copi(i|l)\w*|أطفال|الأطفال|طفل\w*|carruur\w*|caruur\w*|bach+(e|a|ay|on)\b|zarok\w*|crianças",
        "children",
    ),
    (r"niemowl\w*|bebe\b|bebé|رضيع", "baby"),
    (r"policj\w*|poliți\w*|شرطة|الشرطة|booliis\w*|polícia", "police"),
    (r"boj\w* się|boi się|frică|خائف\w*|أخاف|baqan\w*|baqdin\w*|baqay(aa|aan|naa)\b|dar (lagta|hai)|medo\b", "afraid"),
    (r"narkotyk\w*|droguri|مخدرات|daroogo|drogas", "drugs"),
    (r"suiyan|strzykawk\w*|seringi|إبر", "needles"),
    (r"partner\w*|były mąż|fostul\w*|ninkeyg\w*|ex-marido|زوجي السابق", "partner / ex-partner"),
    (r"saas\b|teściow\w*|soacr\w*|حماتي", "mother-in-law"),
    (r"زوجتي|żon(a|ą|y)\b|soți(a|ei)\b|xaaskeyg\w*|biwi\b|mulher\b", "wife"),
    (r"زوجي\b|mąż|męża\b|mężem\b|mężowi\b|mężu\b|soțul\w*|shohar|marido", "husband"),
    (r"ابني|ابنتي|syn(a|em)?\b|córk\w*|fiul\b|fiica\b|wiilkeyg\w*|gabadh\w*|filh[oa]\b", "son / daughter"),
    (r"عائلت\w*|أولادي|rodzin\w*|familia\b|familie\w*|qoyska|khandan|família", "family"),
    (
        r"يعيش\w* مع\w*|mieszka\w* z nami|locuieș\w* cu noi|ila deggan\w*|saath rah\w*|mora\w* connosco",
        "living with us",
    ),
    (r"samoch\w*|mașin\w*|سيار\w*|gaa?ri\b|baabuur\w*|carro\b", "car"),
    (r"pieniądz\w*|pieniędzy|bani\b|فلوس|lacag\w*|paise|dinheiro", "money"),
    (r"الزجاج|szkł\w*|sticl\w*|muraayad\w*|vidro", "glass"),
    (r"płytk\w*|plăci|faianț\w*|بلاط|azulejo\w*", "tiles"),
    (r"kran\w*|robinet\w*|حنفية|torneira|nal(ka|ke|ki|ku)\b", "tap"),
    (r"rower\w*|bicicl\w*|دراجة|baaskiil\w*", "bike"),
]

_GROUPS = (european, middle_east_africa, south_asia_east_asia)
# The groups first: their phrases ("mașină de spălat") must win over the shared list's words ("mașin").
_ALL_TERMS = [term for group in _GROUPS for term in group.TERMS] + GLOSSARY
_ALTERNATIVES = [(ungroup(alt), word) for pattern, word in _ALL_TERMS for alt in split_top_level(pattern)]
_SUBSTRINGS = {literal: word for group in _GROUPS for literal, word in group.SUBSTRINGS.items()}
_LOOKUP = BucketedAlternation([p for p, _ in _ALTERNATIVES])
# Scripts written without spaces between words (CJK), whose terms are found as substrings.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
MAX_WORDS = 6
_WORD = re.compile(r"\w+")
# Common English words that are not also common words in the languages above ("a", "i", "do", "no" are).
_ENGLISH = frozenset(
    " ".join(
        [
            "the an and or but is are was were been to of for with from by this that it its im i'm my we our you",
            "your he she his her they them their have has had not can could would will please there here what",
            "when where who how if just about all some get got",
        ]
    ).split()
)
ENGLISH_SHARE = 0.15


def looks_english(text: str) -> bool:
    """Whether enough of the words are common English ones (a message in another language has almost none)."""
    return _english(_WORD.findall(text.lower()))


def _english(words: list[str]) -> bool:
    return not words or sum(map(_ENGLISH.__contains__, words)) >= ENGLISH_SHARE * len(words)


def english_keywords(text: str, limit: int | None = MAX_WORDS) -> list[str]:
    """The English words for what a non-English message mentions, in order of first mention."""
    lowered = text.lower()
    found = [(m.start(), _ALTERNATIVES[idx][1]) for idx, m in _LOOKUP.finditer(lowered)]
    if _UNSPACED.search(lowered):
        found += [(pos, word) for literal, word in _SUBSTRINGS.items() if (pos := lowered.find(literal)) >= 0]
    out: list[str] = []
    for _, word in sorted(found, key=lambda f: f[0]):
        if word not in out:
            out.append(word)
            if len(out) == limit:
                break
    return out


def foreign_lines(text: str) -> list[str]:
    """The parts of a message not written in English: all of it, or, in a message that is mostly English
    (a call transcript, a chat), the lines of some length that are not (a disclosure in the caller's
    own language, a Polish message under an English subject)."""
    split = [(line, _WORD.findall(line.lower())) for line in text.splitlines()]
    if not _english([word for _, words in split for word in words]):
        return [text]
    lines = [line for line, words in split if _foreign_line(line, words)]
    # and, within English lines, a phrase in another script ("With a man. Я живу з чоловіком, який ...").
    runs = [run for run in _OTHER_SCRIPT_RUN.findall(text) if len(run) >= MIN_RUN]
    return lines + [run for run in runs if not any(run in line for line in lines)]


# Letters beyond Latin (Cyrillic, Arabic, Brahmic, CJK...), joined by spaces and punctuation.
_OTHER_SCRIPT_RUN = re.compile(r"[^\W\d_\x00-\u024f](?:[^\x00-\u024f]|[\s,.'!?;:-])*[^\W\d_\x00-\u024f]")
MIN_RUN = 8
MIN_LINE_WORDS = 4  # a shorter line ("ok good", "yes 3pm") says too little to tell its language
MIN_SENTENCE_WORDS = 9
_BEYOND_ASCII = re.compile(r"[^\W\d_a-z]", re.IGNORECASE)  # a letter outside a-z: ą, ş, é, Я, ب


def _foreign_line(line: str, words: list[str]) -> bool:
    """A line among English ones is another language's when it has not one common English word and
    either some length and a letter beyond ASCII ("Sąsiad z góry groził mi nożem") or a sentence's
    length: an English line without them is a heading, an address, a name ("Caller: 6 Thornhill Gardens")."""
    if len(words) < MIN_LINE_WORDS or any(map(_ENGLISH.__contains__, words)):
        return False
    return len(words) >= MIN_SENTENCE_WORDS or _BEYOND_ASCII.search(line) is not None


def gloss(text: str) -> tuple[str, list[str]]:
    """A message followed by the English key words for what its non-English parts mention, so that
    English-reading layers (lexicon, model) see its topic, and those words; all English: unchanged, none."""
    words: list[str] = []
    for part in foreign_lines(text):
        words += [word for word in english_keywords(part, limit=None) if word not in words]
    return (f"{text}\n[{' '.join(words)}]" if words else text), words

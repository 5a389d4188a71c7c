"""English key words for messages in Polish, Romanian, Lithuanian, Ukrainian, Russian, Portuguese, Spanish,
Turkish and Albanian (router/glossary_terms/european.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from router.firstchar import BucketedAlternation, first_chars, split_top_level, ungroup
from router.glossary import english_keywords, foreign_lines, looks_english
from router.glossary_terms import european
from router.text import content_of
from schemas import ContactEvent

_ALTERNATIVES = [(ungroup(alt), word) for pattern, word in european.TERMS for alt in split_top_level(pattern)]
_EUROPEAN = BucketedAlternation([alt for alt, _ in _ALTERNATIVES])


def european_words(text: str) -> list[str]:
    """Key words found by this module's terms alone."""
    return [_ALTERNATIVES[idx][1] for idx, _ in _EUROPEAN.finditer(text.lower())]


MESSAGES = [
    # Polish, with and without diacritics
    (
        "Dzień dobry, od tygodnia w łazience cieknie kran i na suficie jest pleśń. Proszę o pilną naprawę.",
        ["bathroom", "leak", "tap", "ceiling", "mould", "repair"],
    ),
    (
        "Sasiad z gory codziennie krzyczy i puszcza glosna muzyke do 3 w nocy, dzieci nie moga spac.",
        ["neighbour", "shouting", "music", "children"],
    ),
    (
        "Zaplacilam czynsz w poniedzialek, ale dostalam list ze mam zaleglosc. Czy moge dostac wyciag z konta?",
        ["paid", "rent", "arrears", "statement"],
    ),
    (
        "Mój były mąż grozi mi nożem i mówi że mnie pobije. Boję się wracać do domu.",
        ["partner / ex-partner", "threat", "knife", "afraid", "home"],
    ),
    (
        "Chciałabym odwołać wizytę hydraulika jutro, bo jestem w szpitalu z synem.",
        ["cancel", "appointment", "plumber", "tomorrow", "hospital", "son / daughter"],
    ),
    # Romanian
    (
        "Bună ziua, avem mucegai pe pereți în dormitor și copilul tușește toată noaptea. Vă rog.",
        ["mould", "wall", "bedroom", "children", "cough"],
    ),
    (
        "Buna ziua, nu avem curent de ieri si caloriferele sunt reci.",
        ["power cut", "radiator", "cold"],
    ),
    (
        "Vecinul de sus face petreceri cu muzica tare si tipa la noi, mi-e frica.",
        ["neighbour", "party", "music", "shouting", "afraid"],
    ),
    (
        "Am platit chiria luna trecuta dar am primit o scrisoare ca am datorie. Puteti sa imi trimiteti extrasul?",
        ["paid", "rent", "letter", "debt", "statement"],
    ),
    (
        "Vreau sa anulez programarea de mâine pentru instalator, sunt bolnava.",
        ["cancel", "appointment", "tomorrow", "plumber", "ill / sick"],
    ),
    # Lithuanian
    (
        "Laba diena, vonios kambaryje ant lubų atsirado pelėsis ir sienos drėgnos. Vaikas kosėja.",
        ["bathroom", "ceiling", "mould", "wall", "damp", "children", "cough"],
    ),
    (
        "Sveiki, mūsų bute neveikia šildymas, radiatoriai šalti, ir nėra karšto vandens.",
        ["home", "broken", "heating", "radiator", "cold", "hot water"],
    ),
    (
        "Gavau laišką dėl nuomos skolos, bet aš sumokėjau praeitą mėnesį. Ar galite atsiųsti išrašą?",
        ["letter", "rent", "debt", "paid", "statement"],
    ),
    # Ukrainian
    (
        "Добрий день. У ванній на стелі цвіль, а в спальні дуже волого. Дитина кашляє.",
        ["bathroom", "ceiling", "mould", "bedroom", "damp", "children", "cough"],
    ),
    (
        "У нас тече кран на кухні і вода капає на підлогу. Будь ласка, пришліть сантехніка.",
        ["leak", "tap", "kitchen", "water", "floor", "plumber"],
    ),
    (
        "Сусід погрожує моєму чоловікові ножем, ми викликали поліцію. Нам страшно.",
        ["neighbour", "threat", "husband", "knife", "police", "afraid"],
    ),
    # Russian
    (
        "Здравствуйте, у нас на потолке в ванной плесень, стены сырые, ребенок кашляет.",
        ["ceiling", "bathroom", "mould", "wall", "damp", "children", "cough"],
    ),
    (
        "Соседи сверху каждую ночь шумят, громко включают музыку и кричат. Я не могу спать.",
        ["neighbour", "noise", "music", "shouting"],
    ),
    (
        "Нет горячей воды и отопление не работает уже два дня, батареи холодные.",
        ["hot water", "heating", "broken", "radiator", "cold"],
    ),
    # Portuguese
    (
        "Bom dia, há bolor no teto da casa de banho e humidade nas paredes do quarto. O meu filho tem asma.",
        ["mould", "ceiling", "damp", "wall", "bedroom", "son / daughter", "asthma"],
    ),
    (
        "Olá, a torneira da cozinha está a pingar e o lava-loiça está entupido. Podem mandar um canalizador?",
        ["tap", "kitchen", "leak", "sink", "blocked", "plumber"],
    ),
    (
        "Paguei a renda ontem mas recebi uma carta a dizer que tenho dívida. Podem enviar o extrato?",
        ["paid", "rent", "letter", "arrears", "statement"],
    ),
    # Spanish
    (
        "Hola, hay moho en el techo del baño y humedad en las paredes del dormitorio. Mi hijo tiene asma.",
        ["mould", "ceiling", "bathroom", "damp", "wall", "bedroom", "son / daughter", "asthma"],
    ),
    (
        "Buenos días, no tenemos agua caliente y la calefacción no funciona desde ayer. Hace mucho frío.",
        ["hot water", "heating", "broken", "cold"],
    ),
    (
        "Mi vecino me amenaza y me insulta cada día, tengo miedo. Ya llamé a la policía.",
        ["neighbour", "threat", "afraid", "police"],
    ),
    (
        "Quiero terminar mi contrato de alquiler a finales de enero. ¿Dónde devuelvo las llaves?",
        ["end tenancy", "rent", "keys"],
    ),
    # Turkish, with and without diacritics
    (
        "Merhaba, banyonun tavanında küf var ve duvarlar çok nemli. Çocuğum astım hastası, sürekli öksürüyor.",
        ["bathroom", "ceiling", "mould", "wall", "damp", "children", "asthma", "cough"],
    ),
    (
        "Kombi calismiyor, iki gundur sicak su yok ve evde cok soguk. Lutfen bir teknisyen gonderin.",
        ["boiler", "broken", "hot water", "home", "cold", "engineer"],
    ),
    (
        "Komşum her gece yüksek sesle müzik dinliyor ve bağırıyor. Korkuyorum, polisi aradım.",
        ["neighbour", "music", "shouting", "afraid", "police"],
    ),
    # Albanian, with and without ë
    (
        "Përshëndetje, kemi myk në tavan të banjës dhe muret janë të lagura. Fëmija kollitet gjithë natën.",
        ["mould", "ceiling", "bathroom", "wall", "damp", "children", "cough"],
    ),
    (
        "Pershendetje, nuk kemi uje te ngrohte dhe ngrohja nuk punon. Ne shtepi eshte shume ftohte.",
        ["hot water", "heating", "broken", "home", "cold"],
    ),
    (
        "Fqinji bërtet çdo natë dhe më kërcënoi. Kam frikë, thirra policinë.",
        ["neighbour", "shouting", "threat", "afraid", "police"],
    ),
]


@pytest.mark.parametrize(("text", "words"), MESSAGES)
def test_messages_get_their_key_words(text: str, words: list[str]) -> None:
    found = english_keywords(text, limit=None)
    assert [w for w in words if w not in found] == [], found
    assert not looks_english(text)


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("Dziękuję bardzo za szybką odpowiedź, miłego dnia!", set()),
        ("Przecież mówiłam, że nie wiem, kiedy będę w pracy.", set()),
        ("Dobry wieczór, jak się pan ma? Wszystko w porządku.", set()),
        ("Mulțumesc frumos pentru ajutor, o zi bună!", {"help"}),
        ("Bună seara, ce mai faceți? Totul este bine la noi.", set()),
        ("Am fost la muncă toată ziua și acum mă odihnesc.", set()),
        ("Labai ačiū už pagalbą, geros dienos!", {"help"}),
        ("Labas vakaras, kaip sekasi? Viskas gerai, ji nekalba angliškai.", set()),
        ("Дякую за відповідь, гарного дня! Вони вже вдома?", {"home"}),
        ("Добрый вечер, как дела? У нас всё хорошо.", set()),
        ("Muito obrigada pela ajuda, bom fim de semana!", {"help"}),
        ("Boa tarde, como está? Nem sei o que dizer, obrigado.", set()),
        ("Hola, ¿qué tal? Todo bien por aquí, nos vemos cada día hasta el viernes por la mañana.", set()),
        ("Çok teşekkür ederim, iyi günler! Nasılsınız?", set()),
        ("Faleminderit shumë, mirëmbrëma! Si jeni? Ne jemi mirë.", set()),
    ],
)
def test_everyday_sentences_add_nothing_unexpected(text: str, allowed: set[str]) -> None:
    assert set(english_keywords(text, limit=None)) <= allowed
    assert not looks_english(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a phrase wins over the word it starts with
        ("no tenemos agua caliente", ["hot water"]),
        ("nuk kemi ujë të ngrohtë", ["hot water"]),
        ("nie ma prądu od rana", ["power cut"]),
        # "not urgent" is not "urgent"
        ("Drzwi od łazienki się nie zamykają, ale to nie jest pilne.", ["door", "bathroom", "not urgent"]),
        ("Ușa de la baie nu se închide. Nu e urgent.", ["door", "bathroom", "not urgent"]),
        ("Acil değil ama mutfak musluğu damlıyor.", ["not urgent", "kitchen", "tap", "leak"]),
        # "por la mañana" is a time of day; "mañana" alone is tomorrow
        ("tengo una cita con el fontanero el lunes por la mañana", ["appointment", "plumber"]),
        ("el fontanero viene mañana", ["plumber", "tomorrow"]),
    ],
)
def test_phrases_and_negations(text: str, words: list[str]) -> None:
    assert english_keywords(text, limit=None) == words


@pytest.mark.parametrize(
    "text",
    [
        # romanised Urdu, Somali and Punjabi share spellings with the languages here: none may be read as one
        "Bhai maine khirki khol di hai, lift do din se band hai, ammi ko seedhiyan chadhni parti hain",
        "Salaan, waa fiican yahay, bil kasta waan bixin doonaa",
        "Sat sri akal ji, saadi rasoi di chatt ton paani tapak reha si",
    ],
)
def test_other_languages_are_not_read_as_european(text: str) -> None:
    assert european_words(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # everyday words that start like a housing word of the same or a neighbouring language
        "Naprawdę nie wiem, przecież mówiłam, że trzeba to wyciągnąć.",
        "Sa faca ce vrea, e gata, sunt langa magazin. Câți ani are? A murit dușmanul.",
        "Šaltinis sako, kad sumuštinis skanus, o vaikinas anksti išėjo.",
        "Світлана прийде з Сашею. Это был мой завтрак. Добро пожаловать!",
        "Yalnızca kocaman bir pasta aldık, bağırsak ağrısı yok.",
        "A garrafa está cheia. Hasta luego, nos vemos cada semana.",
    ],
)
def test_lookalike_everyday_words_are_not_glossed(text: str) -> None:
    assert european_words(text) == []


def test_every_alternative_is_bucketed_and_lower_case() -> None:
    assert european.TERMS
    for alt, word in _ALTERNATIVES:
        assert first_chars(alt) is not None, alt
        assert re.sub(r"\\.", "", alt) == re.sub(r"\\.", "", alt).lower(), alt
        assert word == word.lower() or word[0].isupper(), word


# English words that a looser stem would catch (and ones spelt like a word of the languages here)
ENGLISH_WORDS = " ".join(
    [
        "place plot parapet grading garden injury injured loving language during salt slap suns bald sienna",
        "black cork bracing mama papa apa extractor interpreter policing polish parking hospital boiler",
        "radiator gas contract familiar reclamation reparation musical cancelation visitation citadel fiesta",
        "rota chore chorus fare ode eve cite cop kiran lambast mace pages brave banes dyer evince tossed",
        "duchess facade fedora solicitude deficient",
    ]
).split()


@pytest.mark.parametrize("word", ENGLISH_WORDS)
def test_english_words_are_not_glossed(word: str) -> None:
    assert european_words(word) == []
    assert european_words(f"the {word} is here") == []


def test_english_training_messages_get_no_european_words() -> None:
    found: dict[str, str] = {}
    for path in sorted(Path("tests/corpus").glob("train*.jsonl")):
        if "expected" in path.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            text = content_of(ContactEvent.model_validate_json(line)).lower()  # as the router reads it
            if looks_english(text):
                for part in foreign_lines(text):  # a line or phrase in another language is glossed, rightly
                    text = text.replace(part, " ")
                found.update({word: text for word in european_words(text)})
    assert found == {}

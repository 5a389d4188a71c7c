"""English key words for messages in the community languages: the gist, never an invented fact."""

from __future__ import annotations

import pytest

from router.classify import classify
from router.glossary import english_keywords, gloss, looks_english
from schemas import Category
from tests.events import whatsapp_in


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Dzień dobry, kaloryfer w sypialni jest zimny. Agnieszka", ["radiator", "bedroom"]),
        ("Bună ziua, nu avem apă caldă de două zile, centrala nu merge.", ["hot water"]),
        ("أطفال الجيران يرمون البيض على نوافذي كل ليلة", ["children", "neighbour", "eggs", "window"]),
        ("Nabad, albaabka hore ee guriga ma xirmayo, qufulka ayaa jaban.", ["door", "home", "lock", "broken"]),
        # English words in a mixed message are already English; only the rest is looked up
        ("Bhai kitchen mein gas ki bu aa rahi hai, bijli band kar di", ["electricity"]),
        ("A água está a entrar pelo teto da sala e a cair em cima das tomadas", ["water", "ceiling", "socket"]),
    ],
)
def test_keywords_in_order_of_mention(text: str, words: list[str]) -> None:
    got = english_keywords(text, limit=None)
    assert [w for w in got if w in words] == words, got  # other groups' terms may add words, never reorder
    assert not looks_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "The radiator in my bedroom is cold again, can you send someone please?",
        "hi its me again, the boiler is not working and i have no hot water",
        "",
    ],
)
def test_english_is_left_alone(text: str) -> None:
    assert looks_english(text)


def test_gloss_lets_the_english_lexicon_read_another_language() -> None:
    english = "The radiator in my bedroom is cold again"
    assert gloss(english) == (english, [])
    portuguese = "Bom dia, a parede do quarto tem bolor preto e muita humidade."
    assert gloss(portuguese)[0].startswith(portuguese) and "mould" in gloss(portuguese)[1]
    assert classify(whatsapp_in(portuguese), portuguese, "lexicon", None).category is Category.DAMP_MOULD


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a disclosure in the caller's own language late in an English transcript
        (
            "Agent: Fairholme Homes, Jo speaking. How can I help you today?\n"
            "Visitor: I want to ask about my rent statement, the payment from the 30th is not on it.\n"
            "Agent: It can take three working days to show, and I can see it now on the account.\n"
            "Visitor: Jeszcze jedno. Sąsiad z góry groził mi nożem na schodach, boję się wychodzić.",
            ["neighbour", "threat", "knife"],
        ),
        # a phrase in another script inside an English line
        (
            "Agent: Are you on the housing register? Where are you living now? Is it with family?\n"
            "Visitor: With a man I met here. Я живу з чоловіком, який мене б'є, і мені нікуди йти.",
            ["husband", "hit"],
        ),
    ],
)
def test_the_other_language_part_of_a_mostly_english_message_is_glossed(text: str, words: list[str]) -> None:
    assert looks_english(text)
    glossed, found = gloss(text.lower())
    assert set(words) <= set(found) and glossed.startswith(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Agent: Fairholme Homes, Dan speaking.\nCaller: 7 Hollin Park Road, LS8 3QT.\nCaller: ok good",
        "Officer: it's Maz from Fairholme Homes, income team.\nDBS checks for operatives - sheltered scheme contract",
    ],
)
def test_english_headings_names_and_addresses_are_not_glossed(text: str) -> None:
    assert gloss(text.lower()) == (text.lower(), [])

"""English key words for messages in the community languages: the gist, never an invented fact."""

from __future__ import annotations

import pytest

from router.classify import classify
from router.glossary import english_keywords, gloss, looks_english
from schemas import Category, ContactEvent


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
    event = ContactEvent.model_validate(
        {
            "id": "wa:gloss-test",
            "channel": "whatsapp",
            "direction": "inbound",
            "occurred_at": "2026-11-10T10:00:00Z",
            "from": {"phone": "+447700900605"},
            "to": {"phone": "+447700900010"},
            "text": portuguese,
        }
    )
    assert classify(event, portuguese, "lexicon", None).category is Category.DAMP_MOULD

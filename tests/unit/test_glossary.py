"""English key words for messages in the community languages: the gist, never an invented fact."""

from __future__ import annotations

import pytest

from router.glossary import english_keywords, looks_english


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
    assert english_keywords(text) == words
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

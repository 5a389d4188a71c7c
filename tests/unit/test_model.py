"""The shipped linear model: pure-Python inference equals scikit-learn's, thresholds are recall-first,
and in the hybrid classifier the model only ever adds caution to what the lexicon found."""

from __future__ import annotations

from pathlib import Path

import pytest

from router.classify import Method, classify, reading_of
from router.model.linear import Thresholds, from_json, shipped
from router.model.train import VECTORIZER, best_threshold, fit, load
from schemas import SENSITIVE_CATEGORIES, ContactEvent, Hazard

SAMPLES = Path(__file__).parent.parent / "fixtures" / "samples"
CORPUS = Path(__file__).parent.parent / "corpus"


def test_inference_matches_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    examples = load(SAMPLES / "events.jsonl", SAMPLES / "expected.jsonl")
    model = from_json(fit(examples, 10.0, Thresholds()))
    textual = [e for e in examples if e.textual]
    trainable = [e for e in examples if e.trainable]
    vec = TfidfVectorizer(**VECTORIZER).fit([reading_of(e.text) for e in textual])
    category = LogisticRegression(C=10.0, max_iter=5000, class_weight="balanced").fit(
        vec.transform([reading_of(e.text) for e in trainable]), [e.label["category"] for e in trainable]
    )
    service = LogisticRegression(C=10.0, max_iter=5000, class_weight="balanced").fit(
        vec.transform([reading_of(e.text) for e in textual]), [int(e.service) for e in textual]
    )
    for e in examples:
        x = vec.transform([reading_of(e.text)])
        pred = model.predict(reading_of(e.text))
        want = dict(zip(category.classes_, category.predict_proba(x)[0], strict=True))
        assert pred.category == pytest.approx(want, abs=1e-3)
        assert pred.service == pytest.approx(service.predict_proba(x)[0][1], abs=1e-3)


def test_threshold_is_recall_first() -> None:
    scores = [0.9, 0.6, 0.35, 0.3, 0.2, 0.1]
    truth = [True, True, True, False, False, False]
    # F3 takes the threshold that still catches the third true case, at the cost of no precision here.
    assert best_threshold("t", scores, [False] * 6, truth, 3.0) <= 0.35
    # with the lexicon already catching it, the model's threshold can rise above the false ones
    assert best_threshold("t", scores, [False, False, True, False, False, False], truth, 3.0) > 0.3


def test_held_out_split_is_never_trained_on(tmp_path: Path) -> None:
    (tmp_path / "heldout2.jsonl").write_text("")
    (tmp_path / "heldout2.expected.jsonl").write_text("")
    with pytest.raises(ValueError, match="held-out"):
        load(tmp_path / "heldout2.jsonl")


def test_shipped_model_has_every_head_and_sane_thresholds() -> None:
    model = shipped()
    assert model is not None
    for value in vars(model.thresholds).values():
        assert 0.0 < value < 1.0
    assert {"repairs", "asb", "safeguarding"} <= set(model.category.classes)
    assert set(model.hazard.classes) == {"none", Hazard.EMERGENCY.value, Hazard.DAMP_MOULD.value}


@pytest.mark.parametrize("method", ["model", "hybrid"])
@pytest.mark.parametrize("split", ["train", "train5"])
def test_model_only_adds_caution(split: str, method: Method) -> None:
    """Whatever the lexicon holds sensitive, hazardous or anonymous, the model-led and hybrid methods keep
    and hold so too: the model may change the topic, never drop the lexicon's caution."""
    model = shipped()
    for e in load(CORPUS / f"{split}.jsonl"):
        lexicon = classify(e.event, e.text, "lexicon", None)
        layered = classify(e.event, e.text, method, model)
        if lexicon.ignore_reason:
            continue
        protected = lexicon.category in SENSITIVE_CATEGORIES or lexicon.hazard or lexicon.anonymity_requested
        if layered.ignore_reason:  # the service head may drop chatter, never a protected contact
            assert not protected, e.event.id
            continue
        if lexicon.category in SENSITIVE_CATEGORIES:
            assert layered.category in SENSITIVE_CATEGORIES or layered.sensitive_suspected, e.event.id
        if lexicon.hazard is not None:
            assert layered.hazard is not None, e.event.id
        assert layered.anonymity_requested == lexicon.anonymity_requested


@pytest.mark.parametrize("channel", ["voice", "visit"])
def test_service_head_never_drops_a_staff_call_or_visit(channel: str) -> None:
    """A voicemail that reads like a broadcast is still an attempted contact with that customer."""
    event = ContactEvent.model_validate(
        {
            "id": f"{channel}:test",
            "channel": channel,
            "direction": "outbound",
            "occurred_at": "2026-11-04T11:05:00Z",
            "from": {"name": "Fairholme Homes"},
            "to": {"customer_ref": "C200312"},
            "text": "Hello, this is Fairholme Homes about your gas safety check. Book online at our website.",
            **({"visit": {"kind": "door_knock", "outcome": "no_access"}} if channel == "visit" else {}),
        }
    )
    model = shipped()
    assert model is not None
    assert 1.0 - model.predict(reading_of(event.text or "")).service >= model.thresholds.not_service  # reads as chatter
    for method in ("model", "hybrid"):
        assert classify(event, event.text or "", method, model).ignore_reason is None

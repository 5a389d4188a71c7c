"""Train the linear model on the labelled training corpus and write `weights.json`.

Development-time only (needs scikit-learn from the dev extras): `make model`. Never trained on a
held-out split. Four heads share one TF-IDF vocabulary of words and word pairs: service (kept or not), category,
sensitive (the label's `sensitive` flag) and hazard. Each threshold is chosen on 5-fold
cross-validated predictions, combined with the lexicon's findings the way the classifier combines them,
by F-beta: beta 5 for sensitivity and 2 for hazards (recall first: a disclosure filed in general
records or a missed emergency costs far more than a second look), 0.5 for dropping a contact as
not-service (precision first: a dropped contact is lost).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from router.classify import Classification, classify, reading_of, structural_ignore
from router.model.linear import NO_HAZARD, LinearModel, Prediction, Thresholds, from_json
from router.text import content_of
from schemas import SENSITIVE_CATEGORIES, Category, ContactEvent, Hazard

HERE = Path(__file__).parent
FOLDS = 5
SEED = 7
SERVICE_BETA = 0.5  # ignoring a real contact loses it: precision first
NGRAMS = 2  # words and word pairs: cross-validated sensitivity precision 0.59 -> 0.64 at the same recall
# A term (word or pair) seen in one contact only is dropped: mostly names, addresses and one-off pairs.
VECTORIZER: dict[str, Any] = {"sublinear_tf": True, "lowercase": True, "ngram_range": (1, NGRAMS), "min_df": 2}


@dataclass(frozen=True)
class Example:
    event: ContactEvent
    label: dict[str, Any]
    text: str

    @property
    def trainable(self) -> bool:
        """Ignored traffic has no category to learn."""
        return self.label["category"] is not None

    @property
    def textual(self) -> bool:
        """Not already ignored on its headers: what the service head learns from."""
        return structural_ignore(self.event) is None

    @property
    def service(self) -> bool:
        return bool(self.label["action"] != "ignore")


def load(events: Path, labels: Path | None = None) -> list[Example]:
    """Events and their labels (by default NAME.expected.jsonl beside NAME.jsonl)."""
    if "heldout" in events.name:
        raise ValueError(f"{events}: a held-out split is never trained on")
    labels = labels or events.with_name(events.name.replace(".jsonl", ".expected.jsonl"))
    out = []
    for line, label_line in zip(events.read_text().splitlines(), labels.read_text().splitlines(), strict=True):
        event = ContactEvent.model_validate_json(line)
        out.append(Example(event, json.loads(label_line), content_of(event)))
    return out


def fit(examples: Sequence[Example], c: float, thresholds: Thresholds) -> dict[str, Any]:
    """Fit the four heads on `examples` and return the weights file's content. The category head learns
    from contacts with a category; the others from every contact not already ignored on its headers, so
    that chatter and marketing are negatives for sensitivity and hazards too, not unseen text."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    textual = [e for e in examples if e.textual]
    trainable = [e for e in textual if e.trainable]
    vec = TfidfVectorizer(**VECTORIZER)
    x_all = vec.fit_transform([reading_of(e.text) for e in textual])
    vocab: dict[str, int] = vec.vocabulary_
    x = x_all[[i for i, e in enumerate(textual) if e.trainable]]  # the rows with a category
    heads: dict[str, Any] = {}
    for name, xs, y in (
        ("service", x_all, [str(int(e.service)) for e in textual]),
        ("category", x, [str(e.label["category"]) for e in trainable]),
        ("sensitive", x_all, [str(int(bool(e.label["sensitive"]))) for e in textual]),
        ("hazard", x_all, [str(e.label["hazard"] or NO_HAZARD) for e in textual]),
    ):
        clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(xs, y)
        coef = {}
        for token, j in vocab.items():
            row = [round(float(clf.coef_[i][j]), 5) for i in range(clf.coef_.shape[0])]
            if any(abs(v) > 1e-4 for v in row):
                coef[token] = row
        heads[name] = {
            "classes": [str(k) for k in clf.classes_],
            "coef": coef,
            "intercept": [round(float(v), 5) for v in clf.intercept_],
        }
    body: dict[str, Any] = {
        "idf": {token: round(float(vec.idf_[j]), 5) for token, j in vocab.items()},
        "heads": heads,
        "thresholds": vars(thresholds),
        "examples": len(textual),
        "ngrams": NGRAMS,
    }
    body["version"] = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:12]
    return body


def folds(examples: Sequence[Example], k: int = FOLDS) -> list[list[int]]:
    """Stratified by category (ignored traffic as its own stratum), shuffled with a fixed seed."""
    from sklearn.model_selection import StratifiedKFold

    strata = [str(e.label["category"]) for e in examples]
    split = StratifiedKFold(n_splits=k, shuffle=True, random_state=SEED).split(strata, strata)
    return [list(map(int, test)) for _, test in split]


def out_of_fold(
    examples: Sequence[Example],
    c: float,
    thresholds: Thresholds,
    on_fold: Callable[[LinearModel, list[int]], None] | None = None,
) -> list[LinearModel]:
    """For each example, the model trained without its fold; `on_fold` sees each fold's model."""
    models: dict[int, LinearModel] = {}
    for test in folds(examples):
        held = set(test)
        model = from_json(fit([e for i, e in enumerate(examples) if i not in held], c, thresholds))
        models.update((i, model) for i in test)
        if on_fold is not None:
            on_fold(model, test)
    return [models[i] for i in range(len(examples))]


def f_beta(flags: Sequence[bool], truth: Sequence[bool], beta: float) -> tuple[float, float, float]:
    tp = sum(f and t for f, t in zip(flags, truth, strict=True))
    p = tp / max(1, sum(flags))
    r = tp / max(1, sum(truth))
    return (1 + beta**2) * p * r / max(1e-9, beta**2 * p + r), p, r


def best_threshold(
    name: str, scores: Sequence[float], lexicon: Sequence[bool], truth: Sequence[bool], beta: float
) -> float:
    """The threshold at which 'lexicon or score >= threshold' has the best cross-validated F-beta."""
    best, best_f, best_pr = 0.5, -1.0, (0.0, 0.0)
    for step in range(2, 96):
        th = step / 100
        f, p, r = f_beta([lx or s >= th for s, lx in zip(scores, lexicon, strict=True)], truth, beta)
        if f > best_f:
            best, best_f, best_pr = th, f, (p, r)
    _, lp, lr = f_beta(lexicon, truth, beta)
    print(
        f"{name:<11} threshold {best:.2f}: cv F{beta:g} {best_f:.3f}, precision {best_pr[0]:.2f}, "
        f"recall {best_pr[1]:.2f} (lexicon alone: precision {lp:.2f}, recall {lr:.2f})"
    )
    return best


def choose_thresholds(examples: Sequence[Example], c: float, beta: float, hazard_beta: float) -> Thresholds:
    models = out_of_fold(examples, c, Thresholds())
    rows = [(e, m) for e, m in zip(examples, models, strict=True) if e.textual]
    preds = [m.predict(reading_of(e.text)) for e, m in rows]
    lex = [classify(e.event, e.text, "lexicon", None) for e, _ in rows]
    labels = [e.label for e, _ in rows]
    return Thresholds(
        not_service=best_threshold(
            "not service",
            [1.0 - p.service for p in preds],
            [lx.ignore_reason is not None for lx in lex],
            [lb["action"] == "ignore" for lb in labels],
            SERVICE_BETA,
        ),
        sensitive=best_threshold("sensitive", *_sensitivity(preds, lex, labels, clear_topic=False), beta),
        sensitive_clear_topic=best_threshold(
            "sensitive (clear topic)", *_sensitivity(preds, lex, labels, clear_topic=True), beta
        ),
        emergency=best_threshold(
            "emergency",
            [p.hazard.get(Hazard.EMERGENCY.value, 0.0) for p in preds],
            [lx.hazard is Hazard.EMERGENCY for lx in lex],
            [lb["hazard"] == Hazard.EMERGENCY.value for lb in labels],
            hazard_beta,
        ),
        damp_mould=best_threshold(
            "damp_mould",
            [p.hazard.get(Hazard.DAMP_MOULD.value, 0.0) for p in preds],
            [lx.category is Category.DAMP_MOULD for lx in lex],
            [lb["hazard"] == Hazard.DAMP_MOULD.value for lb in labels],
            hazard_beta,
        ),
    )


def _sensitivity(
    preds: Sequence[Prediction], lex: Sequence[Classification], labels: Sequence[dict[str, Any]], clear_topic: bool
) -> tuple[list[float], list[bool], list[bool]]:
    """Scores, lexicon flags and truth for the contacts where the lexicon did (not) find a clear topic."""
    rows = [
        (p.sensitive, lx.category in SENSITIVE_CATEGORIES, bool(lb["sensitive"]))
        for p, lx, lb in zip(preds, lex, labels, strict=True)
        if lx.clear_topic == clear_topic
    ]
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def load_all(paths: Sequence[Path]) -> list[Example]:
    return [e for p in paths for e in load(p)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("splits", nargs="+", type=Path, help="events files; labels are NAME.expected.jsonl")
    parser.add_argument("--out", type=Path, default=HERE / "weights.json")
    parser.add_argument("--c", type=float, default=10.0)
    parser.add_argument("--beta", type=float, default=5.0, help="F-beta for the sensitivity threshold (recall first)")
    parser.add_argument(
        "--hazard-beta", type=float, default=2.0, help="F-beta for the hazard thresholds (a false alarm starts a clock)"
    )
    args = parser.parse_args()
    try:
        examples = load_all(args.splits)
    except ValueError as exc:
        parser.error(str(exc))
    thresholds = choose_thresholds(examples, args.c, args.beta, args.hazard_beta)
    body = fit(examples, args.c, thresholds)
    body["trained_on"] = [p.name for p in args.splits]
    args.out.write_text(json.dumps(body, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {body['examples']} examples, version {body['version']}")


if __name__ == "__main__":
    main()

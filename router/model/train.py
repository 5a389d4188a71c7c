"""Train the linear model on the labelled training corpus and write `weights.json`.

Development-time only (needs scikit-learn from the dev extras): `make model`. Never trained on
the held-out split.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

from router.text import content_of
from schemas import ContactEvent

HERE = Path(__file__).parent


def load(events: Path, labels: Path) -> tuple[list[str], list[str]]:
    texts, cats = [], []
    for line, label_line in zip(events.read_text().splitlines(), labels.read_text().splitlines(), strict=True):
        label: dict[str, Any] = json.loads(label_line)
        if label["category"] is None:
            continue
        texts.append(content_of(ContactEvent.model_validate_json(line)))
        cats.append(label["category"])
    return texts, cats


SENSITIVE = ("asb", "safeguarding")


def sensitive_threshold(texts: list[str], cats: list[str], c: float, beta: float) -> float:
    """The ASB+safeguarding probability threshold with the best F-beta (beta > 1 weighs recall: caution)
    on 5-fold cross-validated predictions over the training data."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline

    pipe = make_pipeline(
        TfidfVectorizer(sublinear_tf=True), LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    )
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    proba = cross_val_predict(pipe, texts, cats, cv=folds, method="predict_proba")
    classes = sorted(set(cats))
    idx = [classes.index(s) for s in SENSITIVE]
    scores = [float(sum(row[i] for i in idx)) for row in proba]
    truth = [cat in SENSITIVE for cat in cats]
    best, best_f = 0.5, -1.0
    for step in range(2, 80):
        th = step / 100
        flagged = [s >= th for s in scores]
        tp = sum(f and t for f, t in zip(flagged, truth, strict=True))
        p = tp / max(1, sum(flagged))
        r = tp / max(1, sum(truth))
        f = (1 + beta**2) * p * r / max(1e-9, beta**2 * p + r)
        if f > best_f:
            best, best_f, best_pr = th, f, (p, r)
    print(
        f"sensitive threshold {best:.2f}: cv F{beta:g} {best_f:.3f} (precision {best_pr[0]:.2f}, "
        f"recall {best_pr[1]:.2f})"
    )
    return best


def main() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("splits", nargs="+", type=Path, help="events files; labels are NAME.expected.jsonl")
    parser.add_argument("--out", type=Path, default=HERE / "weights.json")
    parser.add_argument("--c", type=float, default=10.0)
    parser.add_argument("--beta", type=float, default=3.0, help="F-beta for the sensitive threshold (recall first)")
    args = parser.parse_args()
    texts: list[str] = []
    cats: list[str] = []
    for events in args.splits:
        if "heldout" in events.name:
            parser.error("the held-out split is never trained on")
        t, c = load(events, events.with_name(events.name.replace(".jsonl", ".expected.jsonl")))
        texts += t
        cats += c
    threshold = sensitive_threshold(texts, cats, args.c, args.beta)
    vec = TfidfVectorizer(ngram_range=(1, 1), sublinear_tf=True, lowercase=True)
    x = vec.fit_transform(texts)
    clf = LogisticRegression(C=args.c, max_iter=5000, class_weight="balanced").fit(x, cats)
    vocab = vec.vocabulary_
    coef = {}
    for token, j in vocab.items():
        row = [round(float(clf.coef_[i][j]), 5) for i in range(len(clf.classes_))]
        if any(abs(v) > 1e-4 for v in row):
            coef[token] = row
    idf = {token: round(float(vec.idf_[j]), 5) for token, j in vocab.items()}
    body = {
        "classes": [str(c) for c in clf.classes_],
        "idf": idf,
        "coef": coef,
        "intercept": [round(float(v), 5) for v in clf.intercept_],
        "sensitive_threshold": threshold,
        "trained_on": [p.name for p in args.splits],
        "examples": len(texts),
    }
    body["version"] = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:12]
    args.out.write_text(json.dumps(body, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(texts)} examples, {len(coef)} features, version {body['version']}")


if __name__ == "__main__":
    main()

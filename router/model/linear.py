"""Inference for the shipped linear model: the same features as scikit-learn's TfidfVectorizer
(default token pattern, lower-case, words and word pairs, sublinear tf, l2 norm) times the exported weights of four
logistic-regression heads that share them: service (a contact to keep, or chatter and marketing),
category, sensitivity (ASB/safeguarding, need-to-know) and hazard (Awaab's Law emergency or damp and
mould)."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import numpy as np

# scikit-learn's token_pattern is r"(?u)\b\w\w+\b"; scanned left to right, greedy runs of two or more word
# characters are the same tokens, and a pattern that opens with a class is scanned for in C (a third faster).
TOKEN = re.compile(r"\w\w+")
WEIGHTS = "weights.json"
NO_HAZARD = "none"


@dataclass(frozen=True)
class Head:
    """One logistic-regression head: its classes and its columns in the model's stacked weights
    (one column per class, or one for a binary head, which scores classes[1])."""

    classes: tuple[str, ...]
    columns: slice

    def probabilities(self, scores: list[float]) -> dict[str, float]:
        """Softmax (sigmoid for a binary head) over this head's columns of `scores`; plain floats, as the
        handful of values per head costs less in Python than in numpy calls."""
        z = scores[self.columns]
        if len(z) == 1:
            p = 1.0 / (1.0 + math.exp(-z[0]))
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: v / total for c, v in zip(self.classes, e, strict=True)}


@dataclass(frozen=True)
class Thresholds:
    """Probabilities at which a head's suspicion counts, chosen on cross-validated predictions by `train`."""

    not_service: float = 0.9
    sensitive: float = 0.5
    sensitive_clear_topic: float = 0.5  # when the lexicon found a clear non-sensitive topic
    emergency: float = 0.5
    damp_mould: float = 0.5


@dataclass(frozen=True)
class Prediction:
    service: float
    category: dict[str, float]
    sensitive: float
    hazard: dict[str, float]

    def best_category(self) -> tuple[str, float]:
        best = max(self.category, key=lambda c: self.category[c])
        return best, self.category[best]


@dataclass(frozen=True)
class LinearModel:
    vocabulary: dict[str, int]
    idf: np.ndarray[Any, np.dtype[np.float64]]
    weights: np.ndarray[Any, np.dtype[np.float64]]  # vocabulary x every head's columns
    intercept: np.ndarray[Any, np.dtype[np.float64]]
    service: Head
    category: Head
    sensitive: Head
    hazard: Head
    thresholds: Thresholds
    version: str
    ngrams: int = 1  # 2: word pairs as well ("ending it", "spat at"), as scikit-learn's ngram_range (1, 2)

    def scores(self, text: str) -> list[float]:
        counts = Counter(map(self.vocabulary.get, terms(text, self.ngrams)))  # counted in C; None: unknown
        counts.pop(None, None)
        if not counts:
            return list(self.intercept.tolist())
        rows = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        x = (1.0 + np.log(tf)) * self.idf[rows]
        x /= np.sqrt(x @ x)
        return list((self.intercept + x @ self.weights[rows]).tolist())

    def predict(self, text: str) -> Prediction:
        z = self.scores(text)
        return Prediction(
            service=self.service.probabilities(z)["1"],
            category=self.category.probabilities(z),
            sensitive=self.sensitive.probabilities(z)["1"],
            hazard=self.hazard.probabilities(z),
        )


HEADS = ("service", "category", "sensitive", "hazard")


def terms(text: str, ngrams: int) -> list[str]:
    """The words of `text` and, with ngrams 2, its pairs of adjacent words, as scikit-learn forms them."""
    words = TOKEN.findall(text.lower())
    if ngrams < 2:
        return words
    return words + list(map(" ".join, pairwise(words)))


def from_json(data: dict[str, Any]) -> LinearModel:
    """Stack the heads' sparse per-token weights into one dense matrix, so that one product scores all."""
    vocabulary = {str(t): i for i, t in enumerate(sorted(data["idf"]))}
    idf = np.array([float(data["idf"][t]) for t in sorted(data["idf"])])
    heads: dict[str, Head] = {}
    width = 0
    for name in HEADS:
        head = data["heads"][name]
        n = len(head["intercept"])
        heads[name] = Head(tuple(str(c) for c in head["classes"]), slice(width, width + n))
        width += n
    weights = np.zeros((len(vocabulary), width))
    intercept = np.zeros(width)
    for name in HEADS:
        head, cols = data["heads"][name], heads[name].columns
        intercept[cols] = head["intercept"]
        for token, row in head["coef"].items():
            weights[vocabulary[token], cols] = row
    return LinearModel(
        vocabulary=vocabulary,
        idf=idf,
        weights=weights,
        intercept=intercept,
        thresholds=Thresholds(**{k: float(v) for k, v in data["thresholds"].items()}),
        version=str(data.get("version", "")),
        ngrams=int(data.get("ngrams", 1)),
        **heads,
    )


@lru_cache(maxsize=1)
def shipped() -> LinearModel | None:
    """The model packaged with the router, or None when no weights are shipped."""
    path = resources.files("router.model").joinpath(WEIGHTS)
    if not path.is_file():
        return None
    return from_json(json.loads(path.read_text(encoding="utf-8")))

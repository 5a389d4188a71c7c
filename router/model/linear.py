"""Inference for the shipped linear model: the same features as scikit-learn's TfidfVectorizer
(default token pattern, lower-case, sublinear tf, l2 norm) dotted with the exported weights of three
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
from typing import Any

TOKEN = re.compile(r"(?u)\b\w\w+\b")
WEIGHTS = "weights.json"
NO_HAZARD = "none"


@dataclass(frozen=True)
class Head:
    """One logistic-regression head: multinomial (one row per class) or binary (one row, classes[1])."""

    classes: tuple[str, ...]
    coef: dict[str, tuple[float, ...]]
    intercept: tuple[float, ...]

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        scores = list(self.intercept)
        for token, x in features.items():
            row = self.coef.get(token)
            if row is not None:
                for i, c in enumerate(row):
                    scores[i] += x * c
        if len(scores) == 1:
            p = 1.0 / (1.0 + math.exp(-scores[0]))
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}


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
    idf: dict[str, float]
    service: Head
    category: Head
    sensitive: Head
    hazard: Head
    thresholds: Thresholds
    version: str

    def features(self, text: str) -> dict[str, float]:
        counts = Counter(t for t in TOKEN.findall(text.lower()) if t in self.idf)
        weights = {t: (1.0 + math.log(n)) * self.idf[t] for t, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}

    def predict(self, text: str) -> Prediction:
        x = self.features(text)
        return Prediction(
            service=self.service.probabilities(x).get("1", 0.0),
            category=self.category.probabilities(x),
            sensitive=self.sensitive.probabilities(x).get("1", 0.0),
            hazard=self.hazard.probabilities(x),
        )


def _head(data: dict[str, Any]) -> Head:
    return Head(
        classes=tuple(str(c) for c in data["classes"]),
        coef={str(k): tuple(float(x) for x in v) for k, v in data["coef"].items()},
        intercept=tuple(float(x) for x in data["intercept"]),
    )


def from_json(data: dict[str, Any]) -> LinearModel:
    heads = data["heads"]
    return LinearModel(
        idf={str(k): float(v) for k, v in data["idf"].items()},
        service=_head(heads["service"]),
        category=_head(heads["category"]),
        sensitive=_head(heads["sensitive"]),
        hazard=_head(heads["hazard"]),
        thresholds=Thresholds(**{k: float(v) for k, v in data["thresholds"].items()}),
        version=str(data.get("version", "")),
    )


@lru_cache(maxsize=1)
def shipped() -> LinearModel | None:
    """The model packaged with the router, or None when no weights are shipped."""
    path = resources.files("router.model").joinpath(WEIGHTS)
    if not path.is_file():
        return None
    return from_json(json.loads(path.read_text(encoding="utf-8")))

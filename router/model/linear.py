"""Inference for the shipped linear model: the same features as scikit-learn's TfidfVectorizer
(default token pattern, lower-case, sublinear tf, l2 norm) dotted with the exported weights."""

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


@dataclass(frozen=True)
class LinearModel:
    classes: tuple[str, ...]
    idf: dict[str, float]
    coef: dict[str, tuple[float, ...]]
    intercept: tuple[float, ...]
    version: str
    sensitive_threshold: float = 0.2

    def probabilities(self, text: str) -> dict[str, float]:
        counts = Counter(t for t in TOKEN.findall(text.lower()) if t in self.idf)
        scores = list(self.intercept)
        if counts:
            weights = {t: (1.0 + math.log(n)) * self.idf[t] for t, n in counts.items()}
            norm = math.sqrt(sum(w * w for w in weights.values()))
            for token, w in weights.items():
                row = self.coef.get(token)
                if row is not None:
                    x = w / norm
                    for i, c in enumerate(row):
                        scores[i] += x * c
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}


def from_json(data: dict[str, Any]) -> LinearModel:
    return LinearModel(
        classes=tuple(str(c) for c in data["classes"]),
        idf={str(k): float(v) for k, v in data["idf"].items()},
        coef={str(k): tuple(float(x) for x in v) for k, v in data["coef"].items()},
        intercept=tuple(float(x) for x in data["intercept"]),
        version=str(data.get("version", "")),
        sensitive_threshold=float(data.get("sensitive_threshold", 0.2)),
    )


@lru_cache(maxsize=1)
def shipped() -> LinearModel | None:
    """The model packaged with the router, or None when no weights are shipped."""
    path = resources.files("router.model").joinpath(WEIGHTS)
    if not path.is_file():
        return None
    return from_json(json.loads(path.read_text(encoding="utf-8")))

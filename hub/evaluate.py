"""Judging the router against labelled contacts (the samples' expected-decision format).

Used by `hub eval` and `make eval`. A field counts as right when it equals the label or one of the
label's `accept` alternatives (`"*"` = anything).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from schemas import RoutingDecision

ACTIONS = ["record", "review", "anonymous", "ignore", "error"]
FIELDS = ("action", "customer_ref", "category", "sensitive", "hazard")


def _value(d: RoutingDecision, name: str) -> Any:
    v = getattr(d, name)
    return v.value if hasattr(v, "value") else v


def accepted(label: dict[str, Any], name: str, got: Any) -> bool:
    alt = label.get("accept", {}).get(name)
    return bool(got == label[name] or alt == "*" or (isinstance(alt, list) and got in alt))


def mentions_missing(d: RoutingDecision, words: Iterable[str]) -> list[str]:
    s = d.summary
    blob = " ".join([*s.subjects, *s.actions, s.text]).lower() if s else ""
    return [w for w in words if not any(alt in blob for alt in w.split("|"))]


@dataclass
class Report:
    n: int = 0
    action_ok: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    record_tp: int = 0
    record_got: int = 0
    record_want: int = 0
    match_ok: int = 0
    match_n: int = 0
    cat_tp: Counter[str] = field(default_factory=Counter)
    cat_fp: Counter[str] = field(default_factory=Counter)
    cat_fn: Counter[str] = field(default_factory=Counter)
    sens_tp: int = 0
    sens_got: int = 0
    sens_want: int = 0
    hazard_ok: int = 0
    hazard_want: int = 0
    leaks: int = 0
    summary_ok: int = 0
    summary_n: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, label: dict[str, Any], d: RoutingDecision) -> None:
        self.n += 1
        got = {f: _value(d, f) for f in FIELDS}
        want_action, got_action = label["action"], got["action"]
        self.confusion[(want_action, got_action)] += 1
        action_ok = accepted(label, "action", got_action)
        self.action_ok += action_ok
        self.record_got += got_action == "record"
        self.record_want += want_action == "record"
        if got_action == "record" and want_action == "record":
            self.record_tp += 1
        if want_action == "record":
            self.match_n += 1
            self.match_ok += accepted(label, "customer_ref", got["customer_ref"])
        if want_action != "ignore" and label["category"] is not None:
            want_cat, got_cat = label["category"], got["category"]
            if accepted(label, "category", got_cat):
                self.cat_tp[want_cat] += 1
            else:
                self.cat_fn[want_cat] += 1
                if got_cat is not None:
                    self.cat_fp[got_cat] += 1
        self.sens_want += bool(label["sensitive"])
        self.sens_got += bool(got["sensitive"])
        self.sens_tp += bool(label["sensitive"]) and bool(got["sensitive"])
        if label["hazard"] is not None:
            self.hazard_want += 1
            self.hazard_ok += accepted(label, "hazard", got["hazard"])
        self.leaks += is_leak(label, got)
        if label.get("must_mention"):
            self.summary_n += 1
            self.summary_ok += not mentions_missing(d, label["must_mention"])
        wrong = [f for f in FIELDS if not accepted(label, f, got[f])]
        if wrong:
            self.misses.append(f"{label['id']}: " + ", ".join(f"{f} {got[f]!r} (want {label[f]!r})" for f in wrong))

    def figures(self) -> dict[str, float]:
        cats = set(self.cat_tp) | set(self.cat_fn) | set(self.cat_fp)
        f1s = []
        for c in cats:
            tp, fp, fn = self.cat_tp[c], self.cat_fp[c], self.cat_fn[c]
            f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0)

        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 1.0

        return {
            "events": self.n,
            "action_accuracy": ratio(self.action_ok, self.n),
            "record_precision": ratio(self.record_tp, self.record_got),
            "record_recall": ratio(self.record_tp, self.record_want),
            "customer_match_accuracy": ratio(self.match_ok, self.match_n),
            "category_macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 1.0,
            "sensitive_recall": ratio(self.sens_tp, self.sens_want),
            "sensitive_precision": ratio(self.sens_tp, self.sens_got),
            "hazard_recall": ratio(self.hazard_ok, self.hazard_want),
            "leaks": self.leaks,
            "summary_coverage": ratio(self.summary_ok, self.summary_n),
        }

    def confusion_table(self) -> str:
        rows = [" want \\ got  " + "".join(f"{a:>10}" for a in ACTIONS)]
        for w in ACTIONS[:-1]:
            rows.append(f" {w:<12}" + "".join(f"{self.confusion[(w, g)]:>10}" for g in ACTIONS))
        return "\n".join(rows)


def is_leak(label: dict[str, Any], got: dict[str, Any]) -> bool:
    """A sensitive or anonymous contact kept in general records, or pinned on its anonymous reporter."""
    protected = bool(label["sensitive"]) or label["action"] == "anonymous"
    in_general = got["action"] == "record" and not got["sensitive"]
    on_reporter = label["action"] == "anonymous" and got["customer_ref"] is not None
    return (protected and in_general) or on_reporter


def load_labels(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]

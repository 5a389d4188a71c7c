"""event → decision: the one function `hub route` and the live router share."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pydantic import ValidationError

from router.classify import DEFAULT_METHOD, Classification, Method, classify
from router.deadlines import deadlines_for
from router.matcher import Directory, MatchResult, match
from router.model.linear import LinearModel, shipped
from router.redact import redact_summary
from router.rules import RuleSet
from router.summarise import Summariser, builtin_summary
from router.text import content_of
from schemas import SENSITIVE_CATEGORIES, Action, Category, ContactEvent, RoutingDecision


@dataclass(frozen=True)
class Router:
    """What a decision depends on besides the event: directory, rules, summariser."""

    directory: Directory
    rules: RuleSet = field(default_factory=RuleSet.empty)
    summarise: Summariser = builtin_summary
    method: Method = DEFAULT_METHOD
    model: LinearModel | None = field(default_factory=shipped)

    def decide(self, event: ContactEvent) -> RoutingDecision:
        return decide(event, self.directory, self.rules, self.summarise, self.method, self.model)


def decide(
    event: ContactEvent,
    directory: Directory,
    rules: RuleSet | None = None,
    summarise: Summariser = builtin_summary,
    method: Method = DEFAULT_METHOD,
    model: LinearModel | None = None,
) -> RoutingDecision:
    rules = rules or RuleSet.empty()
    text = content_of(event)
    cls = classify(event, text, method, model)
    who = match(directory, event, text)
    reasons: list[str] = []

    if cls.ignore_reason:
        action = Action.IGNORE
    elif cls.anonymity_requested:
        action = Action.ANONYMOUS
    elif who.customer_ref:
        action = Action.RECORD
    else:
        action = Action.REVIEW
    category: Category | None = cls.category
    hazard = cls.hazard

    rule = rules.first_match(event, text, category, who.customer_ref is not None)
    if rule is not None:
        then = rule.then
        if then.action is not None:
            action = Action(then.action)
            if action is Action.RECORD and cls.anonymity_requested:
                action = Action.ANONYMOUS
                reasons.append("anonymity request outranks the rule's record")
            elif action is Action.RECORD and not who.customer_ref:
                action = Action.REVIEW
                reasons.append("rule says record but no single customer matched")
        if then.category is not None:
            category = then.category
        if then.hazard is not None:
            hazard = then.hazard
        reasons.insert(0, f"rule {rule.id}")

    if action is Action.IGNORE:
        return RoutingDecision(
            id=event.id,
            action=action,
            reason="; ".join([*cls.signals, *reasons]) or "not a customer contact",
            rule=rule.id if rule else None,
            rules_version=rules.version,
        )

    sensitive = category in SENSITIVE_CATEGORIES or cls.sensitive_suspected or bool(rule and rule.then.sensitive)
    summary = summarise(event, text, cls)
    if action is Action.ANONYMOUS:
        # Nothing that points at the reporter: no match details, no candidates, redacted summary.
        matched = [directory.customers[r] for r in who.candidates if r in directory.customers]
        summary = redact_summary(summary, event.from_, matched)
        reasons = ["reporter asked for anonymity; identity withheld", *_cls_reasons(cls), *reasons]
        who = MatchResult(None)
    else:
        reasons = [who.reason, *_cls_reasons(cls), *reasons]

    return RoutingDecision(
        id=event.id,
        action=action,
        customer_ref=who.customer_ref if action is Action.RECORD else None,
        category=category,
        sensitive=sensitive,
        hazard=hazard,
        summary=summary,
        reason="; ".join(r for r in reasons if r),
        rule=rule.id if rule else None,
        rules_version=rules.version,
        deadlines=deadlines_for(event.occurred_at, category, hazard),
        candidates=list(who.candidates) if action is Action.REVIEW else [],
    )


def _cls_reasons(cls: Classification) -> list[str]:
    return [s for s in cls.signals if s not in {"anonymous flag", "reporter asks not to be named"}]


def decide_line(router: Router, line: str, lineno: int) -> RoutingDecision:
    """Decide one JSONL line; a malformed line yields an `error` decision naming the line."""
    try:
        event = ContactEvent.model_validate_json(line)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "line"
        return RoutingDecision(
            id=_id_of(line) or f"line:{lineno}",
            action=Action.ERROR,
            reason=f"line {lineno}: {where}: {err['msg']}",
        )
    return router.decide(event)


def _id_of(line: str) -> str | None:
    try:
        data = json.loads(line)
    except ValueError:
        return None
    value = data.get("id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None

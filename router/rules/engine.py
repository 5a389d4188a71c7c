"""Applying rules: the first rule whose every condition holds decides the fields its `then` names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from router.rules.model import Rule, RulesFile
from schemas import Category, ContactEvent


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    keywords_any: tuple[re.Pattern[str], ...]
    keywords_all: tuple[re.Pattern[str], ...]
    from_re: re.Pattern[str] | None
    to_re: re.Pattern[str] | None
    text_re: re.Pattern[str] | None
    subject_re: re.Pattern[str] | None

    @classmethod
    def of(cls, rule: Rule) -> CompiledRule:
        w = rule.when

        def kw(words: list[str] | None) -> tuple[re.Pattern[str], ...]:
            return tuple(re.compile(rf"(?<!\w){re.escape(k)}(?!\w)", re.IGNORECASE) for k in words or ())

        def rx(p: str | None) -> re.Pattern[str] | None:
            return re.compile(p) if p else None

        return cls(
            rule,
            kw(w.keywords_any),
            kw(w.keywords_all),
            rx(w.from_matches),
            rx(w.to_matches),
            rx(w.text_matches),
            rx(w.subject_matches),
        )

    def matches(self, event: ContactEvent, text: str, category: Category | None, known: bool) -> bool:
        w = self.rule.when
        if w.channel is not None and event.channel not in w.channel:
            return False
        if w.direction is not None and event.direction is not w.direction:
            return False
        if w.category is not None and category not in w.category:
            return False
        if w.customer_known is not None and w.customer_known is not known:
            return False
        if self.keywords_any and not any(p.search(text) for p in self.keywords_any):
            return False
        if self.keywords_all and not all(p.search(text) for p in self.keywords_all):
            return False
        if self.from_re and not any(self.from_re.search(i) for i in event.from_.identifiers()):
            return False
        if self.to_re and not any(self.to_re.search(i) for i in event.to.identifiers()):
            return False
        if self.text_re and not self.text_re.search(text):
            return False
        return not (self.subject_re and not self.subject_re.search(event.subject or ""))


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[CompiledRule, ...]
    version: str
    source: str

    @classmethod
    def compile(cls, model: RulesFile, version: str, source: str) -> RuleSet:
        return cls(tuple(CompiledRule.of(r) for r in model.rules if r.enabled), version, source)

    @classmethod
    def empty(cls) -> RuleSet:
        return cls((), "builtin", "")

    def first_match(self, event: ContactEvent, text: str, category: Category | None, known: bool) -> Rule | None:
        for compiled in self.rules:
            if compiled.matches(event, text, category, known):
                return compiled.rule
        return None

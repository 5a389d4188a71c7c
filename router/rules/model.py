"""The supervisors' rules file (contract section 5), as typed models."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas import Action, Category, Channel, Direction, Hazard


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _regex(value: str | None) -> str | None:
    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {value!r}: {exc}") from exc
    return value


class When(_Strict):
    channel: list[Channel] | None = None
    direction: Direction | None = None
    keywords_any: list[str] | None = None
    keywords_all: list[str] | None = None
    from_matches: str | None = None
    to_matches: str | None = None
    text_matches: str | None = None
    subject_matches: str | None = None
    category: list[Category] | None = None
    customer_known: bool | None = None

    @field_validator("channel", "category", mode="before")
    @classmethod
    def _one_or_many(cls, v: object) -> object:
        return [v] if isinstance(v, str) else v

    _check = field_validator("from_matches", "to_matches", "text_matches", "subject_matches")(_regex)

    @model_validator(mode="after")
    def _not_empty(self) -> When:
        if not self.model_fields_set:
            raise ValueError("'when' needs at least one condition")
        return self


class Then(_Strict):
    action: Literal[Action.RECORD, Action.IGNORE, Action.ANONYMOUS, Action.REVIEW] | None = None
    category: Category | None = None
    sensitive: bool | None = None
    hazard: Hazard | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Then:
        if not self.model_fields_set:
            raise ValueError("'then' must set at least one of action, category, sensitive, hazard")
        return self


class Rule(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9_.\-]+$")
    description: str = ""
    enabled: bool = True
    when: When
    then: Then


class RulesFile(_Strict):
    version: Literal[1]
    rules: list[Rule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> RulesFile:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id!r}")
            seen.add(rule.id)
        return self

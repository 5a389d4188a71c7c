"""A customer as held in the directory (contract section 2), with normalised identifiers."""

from __future__ import annotations

from pydantic import Field, field_validator

from schemas.base import Frozen
from schemas.identifiers import normalise_email, normalise_phone, normalise_ref


class Customer(Frozen):
    customer_ref: str = Field(min_length=1)
    tenancy_ref: str | None = None
    full_name: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    telegram_ids: tuple[str, ...] = ()
    address: str = ""
    postcode: str = ""
    preferred_channel: str | None = None
    communication_needs: str | None = None

    @field_validator("customer_ref")
    @classmethod
    def _ref(cls, v: str) -> str:
        return v.strip().upper()

    @field_validator("tenancy_ref")
    @classmethod
    def _tenancy(cls, v: str | None) -> str | None:
        return v.strip().upper() if v and v.strip() else None

    @field_validator("phones")
    @classmethod
    def _phones(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        out = []
        for raw in v:
            e164 = normalise_phone(raw)
            if e164 is None:
                raise ValueError(f"not a UK phone number: {raw!r}")
            out.append(e164)
        return tuple(dict.fromkeys(out))

    @field_validator("emails")
    @classmethod
    def _emails(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(normalise_email(e) for e in v if e.strip()))

    @field_validator("telegram_ids")
    @classmethod
    def _telegram(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for t in v:
            if not t.strip().isdigit():
                raise ValueError(f"Telegram ids are numeric: {t!r}")
        return tuple(t.strip() for t in v)

    @field_validator("postcode")
    @classmethod
    def _postcode(cls, v: str) -> str:
        return " ".join(v.upper().split())

    @property
    def tenancy_key(self) -> str | None:
        return normalise_ref(self.tenancy_ref) if self.tenancy_ref else None

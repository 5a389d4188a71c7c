"""Closed vocabularies of the routing contract."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    VOICE = "voice"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    WEBCHAT = "webchat"
    TELEGRAM = "telegram"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    LETTER = "letter"
    VISIT = "visit"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Action(StrEnum):
    RECORD = "record"
    IGNORE = "ignore"
    ANONYMOUS = "anonymous"
    REVIEW = "review"
    ERROR = "error"


class Category(StrEnum):
    REPAIRS = "repairs"
    DAMP_MOULD = "damp_mould"
    RENT = "rent"
    ASB = "asb"
    SAFEGUARDING = "safeguarding"
    COMPLAINT = "complaint"
    TENANCY = "tenancy"
    LETTINGS = "lettings"
    ESTATE = "estate"
    GENERAL = "general"


SENSITIVE_CATEGORIES: frozenset[Category] = frozenset({Category.ASB, Category.SAFEGUARDING})


class Hazard(StrEnum):
    EMERGENCY = "emergency"
    DAMP_MOULD = "damp_mould"


class CallStatus(StrEnum):
    COMPLETED = "completed"
    NO_ANSWER = "no-answer"
    BUSY = "busy"
    FAILED = "failed"
    CANCELED = "canceled"


class AnsweredBy(StrEnum):
    HUMAN = "human"
    MACHINE_START = "machine_start"
    MACHINE_END_BEEP = "machine_end_beep"
    MACHINE_END_SILENCE = "machine_end_silence"
    MACHINE_END_OTHER = "machine_end_other"
    FAX = "fax"
    UNKNOWN = "unknown"


class VisitKind(StrEnum):
    WALK_IN = "walk_in"
    APPOINTMENT = "appointment"
    DOOR_KNOCK = "door_knock"
    WALKABOUT = "walkabout"


class VisitOutcome(StrEnum):
    ATTENDED = "attended"
    NO_ACCESS = "no_access"
    FAILED_TO_ATTEND = "failed_to_attend"

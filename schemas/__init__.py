"""Typed messages shared by connectors, router and recorder. Models only, no I/O."""

from schemas.customers import Customer
from schemas.decisions import DeadLetter, Deadlines, RoutedContact, RoutedRecord, RoutingDecision, Summary
from schemas.enums import (
    SENSITIVE_CATEGORIES,
    Action,
    AnsweredBy,
    CallStatus,
    Category,
    Channel,
    Direction,
    Hazard,
    VisitKind,
    VisitOutcome,
)
from schemas.events import CallInfo, ContactEvent, Party, VisitInfo

__all__ = [
    "SENSITIVE_CATEGORIES",
    "Action",
    "AnsweredBy",
    "CallInfo",
    "CallStatus",
    "Category",
    "Channel",
    "ContactEvent",
    "Customer",
    "DeadLetter",
    "Deadlines",
    "Direction",
    "Hazard",
    "Party",
    "RoutedContact",
    "RoutedRecord",
    "RoutingDecision",
    "Summary",
    "VisitInfo",
    "VisitKind",
    "VisitOutcome",
]

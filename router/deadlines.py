"""Statutory clocks started by a contact: Awaab's Law and the Complaint Handling Code.

Working days skip weekends and England and Wales bank holidays (the `holidays` package).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from schemas import Category, Deadlines, Hazard

UK = ZoneInfo("Europe/London")
EMERGENCY_HOURS = 24
DAMP_MOULD_INVESTIGATE_WORKING_DAYS = 10
COMPLAINT_ACK_WORKING_DAYS = 5


@lru_cache(maxsize=16)
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(start: datetime, days: int) -> datetime:
    """End of the `days`-th working day after the day of `start` (UK local time), as UTC."""
    day = start.astimezone(UK).date()
    added = 0
    while added < days:
        day += timedelta(days=1)
        if is_working_day(day):
            added += 1
    end = datetime.combine(day, time(23, 59, 59), tzinfo=UK)
    return end.astimezone(ZoneInfo("UTC"))


def deadlines_for(occurred_at: datetime, category: Category | None, hazard: Hazard | None) -> Deadlines | None:
    emergency = occurred_at + timedelta(hours=EMERGENCY_HOURS) if hazard is Hazard.EMERGENCY else None
    damp = add_working_days(occurred_at, DAMP_MOULD_INVESTIGATE_WORKING_DAYS) if hazard is Hazard.DAMP_MOULD else None
    complaint = add_working_days(occurred_at, COMPLAINT_ACK_WORKING_DAYS) if category is Category.COMPLAINT else None
    if emergency is damp is complaint is None:
        return None
    return Deadlines(
        emergency_make_safe_by=emergency,
        damp_mould_investigate_by=damp,
        complaint_acknowledge_by=complaint,
    )

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from router.deadlines import add_working_days, deadlines_for, is_working_day
from schemas import Category, Hazard


@pytest.mark.parametrize(
    ("start", "days", "end_date"),
    [
        (datetime(2026, 11, 20, 9, tzinfo=UTC), 5, "2026-11-27"),  # Fri → next Fri
        (datetime(2026, 12, 22, 9, tzinfo=UTC), 5, "2026-12-31"),  # Christmas Day, Boxing Day observed Mon 28
        (datetime(2027, 3, 25, 9, tzinfo=UTC), 2, "2027-03-31"),  # Good Friday 26 Mar, Easter Monday 29 Mar (BST)
    ],
)
def test_working_days_skip_weekends_and_bank_holidays(start: datetime, days: int, end_date: str) -> None:
    assert add_working_days(start, days).isoformat()[:10] == end_date


def test_bank_holidays_are_not_working_days() -> None:
    assert not is_working_day(datetime(2026, 12, 25).date())
    assert not is_working_day(datetime(2026, 12, 28).date())  # Boxing Day substitute
    assert is_working_day(datetime(2026, 12, 29).date())


def test_clocks_started_by_a_contact() -> None:
    at = datetime(2026, 11, 20, 9, 15, tzinfo=UTC)
    emergency = deadlines_for(at, Category.REPAIRS, Hazard.EMERGENCY)
    assert emergency is not None and emergency.emergency_make_safe_by == datetime(2026, 11, 21, 9, 15, tzinfo=UTC)
    damp = deadlines_for(at, Category.DAMP_MOULD, Hazard.DAMP_MOULD)
    assert damp is not None and damp.damp_mould_investigate_by is not None
    assert damp.damp_mould_investigate_by.date().isoformat() == "2026-12-04"
    complaint = deadlines_for(at, Category.COMPLAINT, None)
    assert complaint is not None and complaint.complaint_acknowledge_by is not None
    assert deadlines_for(at, Category.RENT, None) is None

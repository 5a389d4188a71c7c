"""The bench workload: the 40 sample events cycled to N, each with a unique id, everything else kept."""

from __future__ import annotations

from pathlib import Path

from recorder.directory import parse_csv
from schemas import ContactEvent, Customer

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "samples"


def sample_events() -> list[ContactEvent]:
    lines = (SAMPLES / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return [ContactEvent.model_validate_json(line) for line in lines if line.strip()]


def sample_customers() -> list[Customer]:
    with (SAMPLES / "directory.csv").open(encoding="utf-8") as fh:
        customers, errors = parse_csv(fh, source=str(SAMPLES / "directory.csv"))
    if errors:
        raise ValueError("bad sample directory: " + "; ".join(errors))
    return customers


def generate(n: int, tag: str = "") -> list[ContactEvent]:
    """`n` events cycling the samples; ids `{original}-{tag}{i}`, occurred_at and content unchanged."""
    base = sample_events()
    return [base[i % len(base)].model_copy(update={"id": f"{base[i % len(base)].id}-{tag}{i}"}) for i in range(n)]

"""The router alone: `decide_line` over the same N lines, one process, one core — on the contract
samples' mix and on the labelled corpus (longer, messier texts: transcripts, quoted e-mail)."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

from bench.data import sample_customers
from bench.stats import rate
from router.decide import Router, decide_line
from router.matcher import Directory
from router.rules import RulesHolder
from schemas import Action

WARMUP = 200
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def corpus_lines(n: int) -> list[str]:
    """N events from the labelled training corpus, repeated as needed (empty without the corpus)."""
    files = sorted(f for f in CORPUS.glob("train*.jsonl") if not f.name.endswith(".expected.jsonl"))
    lines = [ln for f in files for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return list(islice(cycle(lines), n)) if lines else []


@dataclass
class RouterResult:
    n: int
    seconds: float
    decisions_per_s: float
    errors: int
    pinned_cpu: int | None
    cpu_seconds: float = 0.0  # the process's own CPU time: what the core gave, less what the hypervisor took

    @property
    def decisions_per_cpu_s(self) -> float:
        return rate(self.n, self.cpu_seconds)


@contextlib.contextmanager
def one_core() -> Iterator[int | None]:
    """Pin this process to one CPU for the measurement where the OS allows it; restore afterwards."""
    getaff = getattr(os, "sched_getaffinity", None)
    setaff = getattr(os, "sched_setaffinity", None)
    if getaff is None or setaff is None:
        yield None
        return
    before = getaff(0)
    cpu = min(before)
    try:
        setaff(0, {cpu})
    except OSError:
        yield None
        return
    try:
        yield cpu
    finally:
        setaff(0, before)


def run_router(lines: Sequence[str]) -> RouterResult:
    router = Router(Directory.build(sample_customers()), RulesHolder.open(None).current)
    for i, line in enumerate(lines[:WARMUP]):
        decide_line(router, line, i + 1)
    errors = 0
    with one_core() as cpu:
        t0, c0 = time.perf_counter(), time.process_time()
        for i, line in enumerate(lines):
            if decide_line(router, line, i + 1).action is Action.ERROR:
                errors += 1
        seconds, cpu_seconds = time.perf_counter() - t0, time.process_time() - c0
    return RouterResult(len(lines), seconds, rate(len(lines), seconds), errors, cpu, cpu_seconds)

"""The router alone: `decide_line` over the same N lines, one process, one core — on the contract
samples' mix and on the labelled corpus (longer, messier texts: transcripts, quoted e-mail).

The rate is the router's steady state, after a warm-up on other lines (the corpus: its held-out splits,
never timed): a router's first contacts also pay one-time costs (its scanners' regexes are compiled on
first use, about 800 of them for the corpus's words and languages), reported apart as the warm-up's
cost a contact, and the start-up (imports, model, directory) as its own figure."""

from __future__ import annotations

import contextlib
import math
import os
import subprocess
import sys
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


def _events(pattern: str) -> list[str]:
    files = sorted(f for f in CORPUS.glob(pattern) if not f.name.endswith(".expected.jsonl"))
    return [ln for f in files for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]


def corpus_lines(n: int) -> list[str]:
    """N events from the labelled training corpus, repeated as needed (empty without the corpus)."""
    lines = _events("train*.jsonl")
    return list(islice(cycle(lines), n)) if lines else []


def corpus_warmup_lines() -> list[str]:
    """The held-out splits' events: a warm-up in the corpus's languages on lines the timed run never sees."""
    return _events("heldout*.jsonl")


def startup_seconds() -> float:
    """A fresh interpreter's time to import the router, load its model and decide one contact."""
    code = (
        "import time; t = time.perf_counter(); "
        "from bench.data import sample_customers, generate; from router.decide import Router, decide_line; "
        "from router.matcher import Directory; from router.rules import RulesHolder; "
        "r = Router(Directory.build(sample_customers()), RulesHolder.open(None).current); "
        "decide_line(r, generate(1)[0].to_json().decode(), 1); print(time.perf_counter() - t)"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


@dataclass
class RouterResult:
    n: int
    seconds: float
    decisions_per_s: float
    errors: int
    pinned_cpu: int | None
    cpu_seconds: float = 0.0  # the process's own CPU time: what the core gave, less what the hypervisor took
    warmup_n: int = 0
    warmup_seconds: float = 0.0  # the warm-up lines' time, first-use compiles included

    @property
    def warmup_us_per_decision(self) -> float:
        return self.warmup_seconds / self.warmup_n * 1e6 if self.warmup_n else math.nan

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


def run_router(lines: Sequence[str], warmup: Sequence[str] | None = None) -> RouterResult:
    """Time `lines` after deciding `warmup` (default: the first WARMUP of `lines`) untimed."""
    router = Router(Directory.build(sample_customers()), RulesHolder.open(None).current)
    warm = lines[:WARMUP] if warmup is None else warmup
    t_warm = time.perf_counter()
    for i, line in enumerate(warm):
        decide_line(router, line, i + 1)
    warm_seconds = time.perf_counter() - t_warm
    errors = 0
    with one_core() as cpu:
        t0, c0 = time.perf_counter(), time.process_time()
        for i, line in enumerate(lines):
            if decide_line(router, line, i + 1).action is Action.ERROR:
                errors += 1
        seconds, cpu_seconds = time.perf_counter() - t0, time.process_time() - c0
    return RouterResult(
        len(lines), seconds, rate(len(lines), seconds), errors, cpu, cpu_seconds, len(warm), warm_seconds
    )

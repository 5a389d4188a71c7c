"""`python -m bench [--n N]`: pipeline vs raw JetStream floor vs router alone, in one run.

Prints a plain-text table and, last, one JSON line with every figure. Targets are reported as a
PASS/FAIL note only: a benchmark never fails the build (exit code 0 whatever the figures).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.data import generate
from bench.pipeline import HubResults, run_hub_phases
from bench.router_only import RouterResult, run_router
from hub.logs import configure

PIPELINE_TARGET = 2000.0  # contacts/s
ROUTER_TARGET = 2000.0  # decisions/s


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--n", type=int, default=20_000, help="contacts per measurement (default 20000)")
    p.add_argument("--chunk", type=int, default=500, help="events per publish_events call (default 500)")
    p.add_argument("--latency-n", type=int, default=2000, help="contacts in the paced latency phase")
    p.add_argument("--latency-rate", type=float, default=500.0, help="paced publishing rate, contacts/s")
    p.add_argument("--latency-chunk", type=int, default=10, help="events per paced publish")
    p.add_argument("--timeout", type=float, default=90.0, help="give up on a phase after this many seconds")
    args = p.parse_args(argv)
    if args.n < 1 or args.chunk < 1 or args.latency_n < 1 or args.latency_chunk < 1 or args.latency_rate <= 0:
        p.error("sizes and rates must be positive")
    return args


def _num(x: float, digits: int = 1) -> float | None:
    return None if math.isnan(x) else round(x, digits)


def _fmt(x: float, unit: str = "") -> str:
    return "n/a" if math.isnan(x) else f"{x:,.1f}{unit}"


def verdict(value: float, target: float) -> str:
    return "PASS" if not math.isnan(value) and value >= target else "FAIL"


def report(hub: HubResults, router: RouterResult, total_s: float) -> dict[str, Any]:
    p, lat, raw = hub.pipeline, hub.latency, hub.raw
    ratio = p.contacts_per_s / raw.msgs_per_s if raw.msgs_per_s else math.nan
    pipe_v = verdict(p.contacts_per_s, PIPELINE_TARGET)
    router_v = verdict(router.decisions_per_s, ROUTER_TARGET)
    cpu = f", cpu {router.pinned_cpu}" if router.pinned_cpu is not None else ""
    pipe_note = f"{p.committed}/{p.n} committed in {p.seconds:.2f}s (publishing took {p.publish_seconds:.2f}s)"
    paced = f"{len(lat.samples)} samples, paced {lat.achieved_rate:,.0f}/s (target {lat.target_rate:,.0f}/s)"
    rows = [
        ("pipeline (publish -> route -> record, SQLite)", _fmt(p.contacts_per_s, " contacts/s"), pipe_note),
        ("raw JetStream floor (pub + pull/ack)", _fmt(raw.msgs_per_s, " msgs/s"),
         f"{raw.consumed}/{raw.n} acked in {raw.seconds:.2f}s"),
        ("ratio pipeline / raw", "n/a" if math.isnan(ratio) else f"{ratio:.3f}", ""),
        ("publish-to-commit latency p50", _fmt(lat.p50_ms, " ms"), paced),
        ("publish-to-commit latency p99", _fmt(lat.p99_ms, " ms"),
         f"{lat.missing} not committed" if lat.missing else ""),
        ("router alone (decide_line, 1 core)", _fmt(router.decisions_per_s, " decisions/s"),
         f"{router.n} lines in {router.seconds:.2f}s{cpu}"),
    ]  # fmt: skip
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    print()
    env = f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    print(f"contact hub bench - N={p.n}, {env}, {total_s:.1f}s total")
    print("-" * (w0 + w1 + 40))
    for name, value, note in rows:
        print(f"{name:<{w0}}  {value:>{w1}}  {note}")
    print("-" * (w0 + w1 + 40))
    print(f"target pipeline >= {PIPELINE_TARGET:,.0f} contacts/s: {pipe_v} (note only, not enforced)")
    print(f"target router   >= {ROUTER_TARGET:,.0f} decisions/s: {router_v} (note only, not enforced)")
    if p.timed_out or raw.timed_out:
        print("warning: a phase hit --timeout; its figure is from what completed", file=sys.stderr)
    return {
        "n": p.n,
        "pipeline_contacts_per_s": _num(p.contacts_per_s),
        "pipeline_seconds": round(p.seconds, 3),
        "pipeline_publish_seconds": round(p.publish_seconds, 3),
        "pipeline_committed": p.committed,
        "pipeline_timed_out": p.timed_out,
        "raw_floor_msgs_per_s": _num(raw.msgs_per_s),
        "raw_floor_seconds": round(raw.seconds, 3),
        "raw_floor_consumed": raw.consumed,
        "ratio_pipeline_raw": _num(ratio, 4),
        "latency_p50_ms": _num(lat.p50_ms),
        "latency_p99_ms": _num(lat.p99_ms),
        "latency_samples": len(lat.samples),
        "latency_missing": lat.missing,
        "latency_paced_rate": _num(lat.achieved_rate),
        "router_decisions_per_s": _num(router.decisions_per_s),
        "router_seconds": round(router.seconds, 3),
        "router_errors": router.errors,
        "targets": {
            "pipeline_contacts_per_s": {"target": PIPELINE_TARGET, "result": pipe_v},
            "router_decisions_per_s": {"target": ROUTER_TARGET, "result": router_v},
        },
        "cpus": os.cpu_count(),
        "total_seconds": round(total_s, 1),
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    configure(level="WARNING", json=False)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hub-bench-") as tmp:
        print(f"pipeline + raw floor: N={args.n} (embedded nats-server and SQLite under {tmp}) ...", flush=True)
        hub = asyncio.run(
            run_hub_phases(
                Path(tmp) / "var",
                args.n,
                chunk=args.chunk,
                latency_n=args.latency_n,
                latency_rate=args.latency_rate,
                latency_chunk=args.latency_chunk,
                timeout_s=args.timeout,
            )
        )
    print(f"router alone: N={args.n} ...", flush=True)
    lines = [e.to_json().decode() for e in generate(args.n)]
    router = run_router(lines)
    figures = report(hub, router, time.perf_counter() - started)
    print(json.dumps(figures, sort_keys=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

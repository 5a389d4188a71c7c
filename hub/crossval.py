"""Cross-validated figures for the whole router on the training corpus (development-time; needs the dev
extras). Each contact is decided by `hub route`'s own code with a model trained without its fold, so
the figures estimate unseen contacts without touching the held-out split — the evidence to tune on.

    python -m hub.crossval tests/corpus/train*.jsonl --directory tests/corpus/directory.csv
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hub.evaluate import Report
from recorder.directory import parse_csv
from router.classify import Method
from router.decide import Router
from router.matcher import Directory
from router.model.linear import LinearModel, Thresholds, shipped
from router.model.train import Example, load_all, out_of_fold


def cross_validate(
    examples: list[Example], directory: Directory, c: float, thresholds: Thresholds, methods: list[Method]
) -> dict[str, Report]:
    reports: dict[str, Report] = {m: Report() for m in methods}

    def judge(model: LinearModel, fold: list[int]) -> None:
        for method in methods:
            router = Router(directory, method=method, model=model)
            for i in fold:
                reports[method].add(examples[i].label, router.decide(examples[i].event))

    out_of_fold(examples, c, thresholds, judge)
    return reports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("splits", nargs="+", type=Path, help="events files; labels are NAME.expected.jsonl")
    parser.add_argument("--directory", type=Path, required=True)
    parser.add_argument("--c", type=float, default=10.0)
    parser.add_argument("--method", action="append", choices=["lexicon", "model", "hybrid"])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    with args.directory.open(encoding="utf-8-sig", newline="") as fh:
        customers, _ = parse_csv(fh, str(args.directory))
    examples = load_all(args.splits)
    model = shipped()
    thresholds = model.thresholds if model else Thresholds()  # chosen on all training data: a slight optimism
    reports = cross_validate(examples, Directory.build(customers), args.c, thresholds, args.method or ["model"])
    for method, report in reports.items():
        print(f"== {len(examples)} training contacts, 5-fold cross-validated, {method} classifier")
        for name, value in report.figures().items():
            print(f"  {name:<24} {value}")
        if args.show_misses:
            print("\n".join(report.misses))


if __name__ == "__main__":
    main()

"""`hub rules test`: what a proposed rules file would change, contact by contact, as a table."""

from __future__ import annotations

from collections import Counter

from router.decide import Router, decide_line
from schemas import RoutingDecision

FIELDS = ("action", "customer_ref", "category", "sensitive", "hazard")


def _v(d: RoutingDecision, name: str) -> str:
    value = getattr(d, name)
    value = value.value if hasattr(value, "value") else value
    return "-" if value is None else str(value)


def changes(before: RoutingDecision, after: RoutingDecision) -> list[str]:
    return [f"{f}: {_v(before, f)} → {_v(after, f)}" for f in FIELDS if _v(before, f) != _v(after, f)]


def diff_table(current: Router, proposed: Router, lines: list[str]) -> str:
    rows: list[tuple[str, str, str]] = []
    by_rule: Counter[str] = Counter()
    for n, line in enumerate(lines, 1):
        before, after = decide_line(current, line, n), decide_line(proposed, line, n)
        diff = changes(before, after)
        if diff:
            rule = after.rule or (f"(was {before.rule})" if before.rule else "-")
            rows.append((after.id[:40], rule[:28], "; ".join(diff)))
            by_rule[rule] += 1
    if not rows:
        return f"No changes: the proposed rules decide all {len(lines)} contacts as now."
    width_id = max(len("contact"), *(len(r[0]) for r in rows))
    width_rule = max(len("rule"), *(len(r[1]) for r in rows))
    out = [f"{'contact':<{width_id}}  {'rule':<{width_rule}}  change", "-" * (width_id + width_rule + 40)]
    out += [f"{i:<{width_id}}  {r:<{width_rule}}  {c}" for i, r, c in rows]
    out.append("")
    out.append(
        f"{len(rows)} of {len(lines)} contacts would change: "
        + ", ".join(f"{rule} {n}" for rule, n in by_rule.most_common())
    )
    return "\n".join(out)

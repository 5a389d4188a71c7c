"""`hub customers import` + `hub route`: the contract's dry-run over the samples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hub.cli import app
from schemas import RoutingDecision
from tests.conftest import SAMPLES

CONTRACT_FIELDS = {"id", "action", "customer_ref", "category", "sensitive", "hazard", "summary", "reason", "rule"}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("HUB_DATABASE_URL", raising=False)
    return tmp_path / "var"


def test_import_then_route_prints_one_decision_per_event(data_dir: Path) -> None:
    runner = CliRunner()
    imported = runner.invoke(app, ["customers", "import", str(SAMPLES / "directory.csv")])
    assert imported.exit_code == 0, imported.output
    assert "imported 15 customers" in imported.output
    again = runner.invoke(app, ["customers", "import", str(SAMPLES / "directory.csv")])  # idempotent
    assert again.exit_code == 0
    routed = runner.invoke(app, ["route", str(SAMPLES / "events.jsonl")])
    assert routed.exit_code == 0, routed.output
    lines = [json.loads(line) for line in routed.stdout.splitlines()]
    events = [json.loads(line) for line in (SAMPLES / "events.jsonl").read_text().splitlines()]
    assert [d["id"] for d in lines] == [e["id"] for e in events]
    for d in lines:
        assert set(d) >= CONTRACT_FIELDS
        RoutingDecision.model_validate(d)
        assert (d["customer_ref"] is None) == (d["action"] != "record")
        assert (d["category"] is None) == (d["action"] == "ignore")
    assert not (data_dir / "hub.db").exists() or _no_records(data_dir / "hub.db")


def _no_records(db: Path) -> bool:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM outcomes").fetchone()[0] == 0


def test_malformed_lines_yield_error_decisions_and_exit_1(data_dir: Path, tmp_path: Path) -> None:
    good = (SAMPLES / "events.jsonl").read_text().splitlines()[5]
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join([good, "{broken", '{"id": "api:9", "channel": "fax"}', good]) + "\n")
    CliRunner().invoke(app, ["customers", "import", str(SAMPLES / "directory.csv")])
    result = CliRunner().invoke(app, ["route", str(src)])
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["action"] for d in out] == ["record", "error", "error", "record"]
    assert out[1]["reason"].startswith("line 2:") and out[1]["id"] == "line:2"
    assert out[2]["id"] == "api:9" and "line 3:" in out[2]["reason"] and "channel" in out[2]["reason"]


def test_route_reads_stdin_and_applies_rules(data_dir: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "version: 1\nrules:\n  - id: all-letters-review\n    when: {channel: letter}\n    then: {action: review}\n"
    )
    letters = [ln for ln in (SAMPLES / "events.jsonl").read_text().splitlines() if '"channel": "letter"' in ln]
    result = CliRunner().invoke(app, ["route", "-", "--rules", str(rules)], input="\n".join(letters) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(d["action"], d["rule"]) for d in out} == {("review", "all-letters-review")}


def test_route_rejects_invalid_rules_file(data_dir: Path, tmp_path: Path) -> None:
    rules = tmp_path / "bad.yaml"
    rules.write_text("version: 1\nrules: [1]\n")
    result = CliRunner().invoke(app, ["route", str(SAMPLES / "events.jsonl"), "--rules", str(rules)])
    assert result.exit_code == 2
    assert f"{rules}:2:" in result.output

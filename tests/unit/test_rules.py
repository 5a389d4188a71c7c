from __future__ import annotations

import os
from pathlib import Path

import pytest

from router.decide import Router
from router.matcher import Directory
from router.rules import RulesError, RulesHolder, load_rules, parse_rules
from schemas import Action, Category, ContactEvent

CONTRACT_EXAMPLE = """\
version: 1
rules:
  - id: estate-fly-tipping
    description: Fly-tipping reports go to estate services
    when:
      channel: [email, webchat, sms]     # any of
      direction: inbound
      keywords_any: ["fly tipping", "fly-tipping", "dumped rubbish"]
    then:
      action: record
      category: estate
  - id: ignore-supplier-invoices
    when:
      from_matches: "@supplier\\\\.example$"   # regex over the sender's identifiers
      text_matches: "(?i)invoice"
    then:
      action: ignore
"""


def _event(text: str, **party: str) -> ContactEvent:
    return ContactEvent.model_validate(
        {
            "id": "t:1",
            "channel": "email",
            "direction": "inbound",
            "occurred_at": "2026-11-02T10:00:00Z",
            "from": party,
            "text": text,
        }
    )


def test_contract_example_is_valid_and_applies(directory: Directory) -> None:
    rules = parse_rules(CONTRACT_EXAMPLE, "rules.yaml")
    assert [r.rule.id for r in rules.rules] == ["estate-fly-tipping", "ignore-supplier-invoices"]
    router = Router(directory, rules)
    tipped = router.decide(_event("Someone has been fly-tipping by the garages", email="gemma.pickering@example.com"))
    assert (tipped.action, tipped.category, tipped.rule) == (Action.RECORD, Category.ESTATE, "estate-fly-tipping")
    assert tipped.rules_version == rules.version
    invoice = router.decide(_event("Please find attached our invoice 42", email="accounts@supplier.example"))
    assert (invoice.action, invoice.rule) == (Action.IGNORE, "ignore-supplier-invoices")


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("version: 1\nrules:\n  - id: a\n    when: {channel: pigeon}\n    then: {action: ignore}\n", 4, "channel"),
        ("version: 1\nrules:\n  - id: a\n    when: {direction: inbound}\n    then: {action: error}\n", 5, "action"),
        (
            "version: 1\nrules:\n  - id: a\n    when:\n      text_matches: '(unclosed'\n    then: {action: ignore}\n",
            5,
            "regular expression",
        ),
        ("version: 2\nrules: []\n", 1, "version"),
        (
            "version: 1\nrules:\n  - id: a\n    when: {direction: inbound}\n    then: {action: ignore}\n"
            "    colour: red\n",
            6,
            "colour",
        ),
        ("version: 1\nrules:\n  - id: a\n    when: {direction: inbound\n", 5, "invalid YAML"),
        ("version: 1\nrules:\n  - id: a\n    when: {}\n    then: {action: ignore}\n", 4, "at least one"),
        (
            "version: 1\nrules:\n  - id: a\n    when: {direction: inbound}\n    then: {action: ignore}\n"
            "  - id: a\n    when: {direction: inbound}\n    then: {action: ignore}\n",
            1,
            "duplicate",
        ),
    ],
)
def test_invalid_rules_report_file_and_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(RulesError) as err:
        parse_rules(text, "supervisor.yaml")
    assert str(err.value).startswith(f"supervisor.yaml:{line}: "), str(err.value)
    assert fragment in str(err.value)


def test_record_without_a_match_becomes_review_and_sensitivity_is_never_lowered(directory: Directory) -> None:
    rules = parse_rules(
        "version: 1\nrules:\n"
        "  - id: everything-general\n    when: {direction: inbound}\n"
        "    then: {action: record, category: general, sensitive: false}\n"
    )
    router = Router(directory, rules)
    unknown = router.decide(_event("The boiler is broken", email="stranger@example.com"))
    assert unknown.action is Action.REVIEW and unknown.customer_ref is None
    anonymous = router.decide(
        _event("Drugs dealt from flat 6, please don't tell anyone it was me", email="rukhsana.malik@example.com")
    )
    assert anonymous.action is Action.ANONYMOUS and anonymous.customer_ref is None
    raised = parse_rules(
        "version: 1\nrules:\n  - id: asb-words\n    when: {keywords_any: [parking]}\n    then: {category: asb}\n"
    )
    asb = Router(directory, raised).decide(_event("parking again", email="gemma.pickering@example.com"))
    assert asb.category is Category.ASB and asb.sensitive is True


def test_hot_reload_keeps_last_good_rules(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(CONTRACT_EXAMPLE)
    holder = RulesHolder.open(path)
    good = holder.current.version
    assert holder.refresh() is False  # unchanged

    path.write_text("version: 1\nrules:\n  - id: broken\n    when: {channel: pigeon}\n    then: {action: ignore}\n")
    os.utime(path, (1, 1))
    assert holder.refresh() is False
    assert holder.current.version == good
    assert holder.last_error is not None and holder.last_error.startswith(f"{path}:4: ")

    path.write_text(CONTRACT_EXAMPLE.replace("estate-fly-tipping", "fly-tipping-v2"))
    os.utime(path, (2, 2))
    assert holder.refresh() is True
    assert holder.current.version != good and holder.last_error is None
    assert holder.current.rules[0].rule.id == "fly-tipping-v2"


def test_rules_check_cli(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from hub.cli import app

    good = tmp_path / "good.yaml"
    good.write_text(CONTRACT_EXAMPLE)
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nrules:\n  - id: x\n    when: {channel: [sms, fax]}\n    then: {action: ignore}\n")
    runner = CliRunner()
    ok = runner.invoke(app, ["rules", "check", str(good)])
    assert ok.exit_code == 0 and "2 rules" in ok.output
    failed = runner.invoke(app, ["rules", "check", str(bad)])
    assert failed.exit_code == 1
    assert f"{bad}:4: " in failed.output
    assert load_rules(good).version == parse_rules(CONTRACT_EXAMPLE).version


def test_rules_test_cli_shows_what_would_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from hub.cli import app
    from tests.conftest import SAMPLES

    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.delenv("HUB_RULES_FILE", raising=False)
    runner = CliRunner()
    assert runner.invoke(app, ["customers", "import", str(SAMPLES / "directory.csv")]).exit_code == 0
    proposed = tmp_path / "proposed.yaml"
    proposed.write_text(
        "version: 1\nrules:\n  - id: letters-to-review\n    when: {channel: letter}\n    then: {action: review}\n"
    )
    result = runner.invoke(app, ["rules", "test", str(proposed), str(SAMPLES / "events.jsonl")])
    assert result.exit_code == 0, result.output
    assert "post:SCAN-2026-14300" in result.output
    assert "action: record → review; customer_ref: C200307 → -" in result.output
    assert "action: ignore → review; category: - → general" in result.output
    assert "2 of 40 contacts would change: letters-to-review 2" in result.output
    same = runner.invoke(
        app, ["rules", "test", str(proposed), str(SAMPLES / "events.jsonl"), "--against", str(proposed)]
    )
    assert "No changes" in same.output

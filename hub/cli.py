"""`hub`: run the hub, dry-run routing, manage the directory, rules, database and schemas."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from hub.logs import configure
from hub.roles import Role
from hub.settings import Settings

app = typer.Typer(
    help="Contact hub: capture every tenant contact and record it against the right customer.",
    no_args_is_help=True,
    add_completion=False,
)
customers_app = typer.Typer(help="The customer directory.", no_args_is_help=True)
rules_app = typer.Typer(help="The supervisors' rules file.", no_args_is_help=True)
db_app = typer.Typer(help="The record store.", no_args_is_help=True)
schemas_app = typer.Typer(help="Message schemas.", no_args_is_help=True)
backfill_app = typer.Typer(help="Import history from a provider.", no_args_is_help=True)
app.add_typer(customers_app, name="customers")
app.add_typer(rules_app, name="rules")
app.add_typer(db_app, name="db")
app.add_typer(schemas_app, name="schemas")
app.add_typer(backfill_app, name="backfill")


def _settings() -> Settings:
    settings = Settings()
    configure(settings.log_level, settings.log_json)
    return settings


async def _serve(settings: Settings, roles: list[Role] | None) -> None:
    from hub.runtime import Hub

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with Hub(settings, roles) as hub:
        # Everything allocated at start-up lives as long as the process: keep it out of the
        # collector's way (long GC pauses otherwise set the webhook p99).
        gc.freeze()
        typer.echo(f"hub running: http://{settings.http_host}:{hub.http_port}/chat  (Ctrl-C to stop)", err=True)
        await stop.wait()


@app.command()
def run(
    role: Annotated[list[Role] | None, typer.Option("--role", help="Run only these parts.")] = None,
) -> None:
    """Run the hub (all roles; the routing in a worker process per spare core)."""
    settings = _settings()
    _share_metrics(settings.data_dir.resolve() / "metrics")
    asyncio.run(_serve(settings, role))


def _share_metrics(path: Path) -> None:
    """Worker processes report into one /metrics exposition (prometheus_client's multiprocess mode).
    Must run before prometheus_client is first imported; inherited by the workers."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR") or "prometheus_client" in sys.modules:
        return
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(path)


@app.command()
def demo(
    keep_running: Annotated[bool, typer.Option(help="Keep serving after the demo stream.")] = False,
) -> None:
    """Start the hub on a sandbox data dir, seed a fictional directory, play contacts, show the results."""
    from hub.demo import run_demo

    settings = Settings()
    configure("WARNING", settings.log_json)
    raise typer.Exit(asyncio.run(run_demo(settings, keep_running)))


@customers_app.command("import")
def customers_import(path: Path) -> None:
    """Load/refresh the customer directory from CSV (idempotent upsert by customer_ref)."""
    from recorder import directory
    from recorder.directory import DirectoryError

    settings = _settings()

    async def go() -> int:
        from hub.runtime import open_database

        engine, sessions = await open_database(settings)
        try:
            with path.open(encoding="utf-8-sig", newline="") as fh:
                customers, errors = directory.parse_csv(fh, str(path))
            async with sessions.begin() as s:
                n = await directory.upsert(s, customers)
        finally:
            await engine.dispose()
        for err in errors:
            typer.echo(err, err=True)
        typer.echo(f"imported {n} customers" + (f"; {len(errors)} rows rejected" if errors else ""))
        return 1 if errors else 0

    try:
        code = asyncio.run(go())
    except (OSError, DirectoryError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    raise typer.Exit(code)


@app.command()
def route(
    events: Annotated[str, typer.Argument(help="JSONL file of ContactEvents, or - for stdin")],
    rules: Annotated[Path | None, typer.Option(help="Rules file to apply")] = None,
) -> None:
    """Dry-run: print one decision per event as JSONL; record nothing."""
    from router.decide import Router, decide_line
    from router.rules import RulesError, RuleSet, load_rules

    settings = _settings()
    try:
        ruleset = (
            load_rules(rules)
            if rules
            else (load_rules(settings.rules_file) if settings.rules_file else RuleSet.empty())
        )
    except RulesError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc

    router = Router(asyncio.run(_load_directory(settings)), ruleset)
    source = sys.stdin if events == "-" else open(events, encoding="utf-8")  # noqa: SIM115
    with contextlib.closing(source):
        lines = [(n, line) for n, line in enumerate(source, 1) if line.strip()]
    decisions = [decide_line(router, line, n) for n, line in lines]
    if settings.summary_url:
        decisions = asyncio.run(_refine(settings, router, [line for _, line in lines], decisions))
    for decision in decisions:
        sys.stdout.write(decision.to_json() + "\n")
    sys.stdout.flush()
    failed = any(d.action.value == "error" for d in decisions)
    raise typer.Exit(1 if failed else 0)


@app.command("eval")
def evaluate(
    events: Path,
    expected: Path,
    directory: Annotated[Path | None, typer.Option(help="Directory CSV (default: the configured database)")] = None,
    rules: Annotated[Path | None, typer.Option(help="Rules file to apply")] = None,
    show_misses: Annotated[bool, typer.Option(help="List every field the router got wrong")] = False,
    method: Annotated[str, typer.Option(help="Classifier: lexicon, model (the default) or hybrid")] = "model",
) -> None:
    """Judge the router against labelled decisions: accuracy, confusion, recall, leaks, coverage."""
    from hub.evaluate import Report, load_labels
    from recorder.directory import parse_csv
    from router.decide import Router, decide_line
    from router.matcher import Directory
    from router.rules import RuleSet, load_rules

    settings = _settings()
    if directory is not None:
        with directory.open(encoding="utf-8-sig", newline="") as fh:
            customers, _ = parse_csv(fh, str(directory))
        loaded = Directory.build(customers)
    else:
        loaded = asyncio.run(_load_directory(settings))
    if method not in ("lexicon", "model", "hybrid"):
        raise typer.BadParameter("method is one of: lexicon, model, hybrid")
    router = Router(loaded, load_rules(rules) if rules else RuleSet.empty(), method=method)  # type: ignore[arg-type]
    labels = load_labels(expected.read_text(encoding="utf-8"))
    lines = [ln for ln in events.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if len(labels) != len(lines):
        typer.echo(f"{expected}: {len(labels)} labels for {len(lines)} events", err=True)
        raise typer.Exit(2)
    report = Report()
    for lineno, (line, label) in enumerate(zip(lines, labels, strict=True), 1):
        report.add(label, decide_line(router, line, lineno))
    for name, value in report.figures().items():
        typer.echo(f"  {name:<24} {value}")
    typer.echo(report.confusion_table())
    if show_misses:
        typer.echo("\n".join(report.misses))


async def _refine(settings: Settings, router: Any, lines: list[str], decisions: list[Any]) -> list[Any]:
    """Let the configured summariser backend rewrite summaries (falls back per contact on failure)."""
    import aiohttp

    from router.llm.backend import chat_refiner
    from router.llm.client import ChatEndpoint
    from router.refine import refine_all
    from schemas import ContactEvent

    key = settings.summary_api_key.get_secret_value() if settings.summary_api_key else None
    endpoint = ChatEndpoint(settings.summary_url or "", settings.summary_model, key, settings.summary_timeout_s)
    todo = [
        (i, ContactEvent.model_validate_json(lines[i]), d) for i, d in enumerate(decisions) if d.action.value != "error"
    ]
    async with aiohttp.ClientSession() as session:
        refined = await refine_all(chat_refiner(session, endpoint), router.directory, [(e, d) for _, e, d in todo])
    out = list(decisions)
    for (i, _, _), d in zip(todo, refined, strict=True):
        out[i] = d
    return out


async def _load_directory(settings: Settings) -> Any:
    from hub.runtime import load_directory, open_database

    engine, sessions = await open_database(settings)
    try:
        return await load_directory(sessions)
    finally:
        await engine.dispose()


@rules_app.command("check")
def rules_check(path: Path) -> None:
    """Validate a rules file; exit 1 with file:line and the reason when invalid."""
    from router.rules import RulesError, load_rules

    try:
        ruleset = load_rules(path)
    except RulesError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"{path}: ok ({len(ruleset.rules)} rules, version {ruleset.version})")


@rules_app.command("test")
def rules_test(
    path: Path,
    events: Path,
    against: Annotated[
        Path | None, typer.Option(help="Rules in force to compare with (default: HUB_RULES_FILE or built-in)")
    ] = None,
) -> None:
    """Show, as a table, what a rules file would change against current behaviour on these events."""
    from hub.rules_diff import diff_table
    from router.decide import Router
    from router.rules import RulesError, RuleSet, load_rules

    settings = _settings()
    try:
        proposed = load_rules(path)
        current_path = against or settings.rules_file
        current = load_rules(current_path) if current_path else RuleSet.empty()
    except RulesError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    directory = asyncio.run(_load_directory(settings))
    lines = [ln for ln in events.read_text(encoding="utf-8").splitlines() if ln.strip()]
    typer.echo(diff_table(Router(directory, current), Router(directory, proposed), lines))


@backfill_app.command("twilio")
def backfill_twilio(
    since: Annotated[str, typer.Option(help="Start, e.g. 2026-01-01 or 2026-01-01T08:00:00Z")],
    until: Annotated[str | None, typer.Option(help="End (default: now)")] = None,
    window_hours: Annotated[float, typer.Option(help="Size of each checkpointed window")] = 24.0,
) -> None:
    """Import Twilio call logs and messages between two dates; resumable, same ids as live sync."""
    from datetime import UTC, datetime, timedelta

    from hub.backfill import backfill_twilio as run_backfill
    from hub.backfill import parse_day

    settings = _settings()
    try:
        start = parse_day(since)
        end = parse_day(until) if until else datetime.now(UTC)
        totals = asyncio.run(run_backfill(settings, start, end, timedelta(hours=window_hours)))
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(
        f"backfill done: {totals['calls']} calls, {totals['messages']} messages in {totals['windows']} "
        f"windows ({totals['retries']} retried requests)"
    )


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply database migrations."""
    from hub.runtime import open_database

    async def go() -> None:
        engine, _ = await open_database(_settings())
        await engine.dispose()

    asyncio.run(go())
    typer.echo("database is at the latest schema")


@schemas_app.command("export")
def schemas_export(directory: Path) -> None:
    """Write the JSON Schemas of the bus messages and the contract formats."""
    from schemas import ContactEvent, Customer, DeadLetter, RoutedContact, RoutingDecision

    directory.mkdir(parents=True, exist_ok=True)
    for model in (ContactEvent, RoutingDecision, RoutedContact, DeadLetter, Customer):
        target = directory / f"{model.__name__}.schema.json"
        target.write_text(json.dumps(model.model_json_schema(by_alias=True), indent=2) + "\n", encoding="utf-8")
        typer.echo(str(target))


def main() -> None:
    app()

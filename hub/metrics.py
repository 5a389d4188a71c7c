"""Hub-level Prometheus metrics. Labels never carry customer data: channel, action, stage only."""

from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest, multiprocess

CAPTURED = Counter("hub_events_captured_total", "Contacts published to the bus by connectors", ["channel"])
ERRORS = Counter("hub_errors_total", "Batches that failed and were retried", ["stage", "kind"])
DEAD_LETTERED = Counter("hub_dead_lettered_total", "Messages sent to the dead-letter subject", ["stage"])
CONSUMER_LAG = Gauge(
    "hub_consumer_lag",
    "Messages not yet acknowledged by a durable consumer",
    ["consumer"],
    multiprocess_mode="mostrecent",
)
CONNECTOR_UP = Gauge(
    "hub_connector_up",
    "1 when a connector is healthy, 0 when failing",
    ["connector"],
    multiprocess_mode="livemostrecent",
)
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"  # set by `hub run` before prometheus_client is imported


def exposition() -> bytes:
    """All processes' metrics when they share a multiprocess dir, else this process's."""
    if os.environ.get(MULTIPROC_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return bytes(generate_latest(registry))
    return bytes(generate_latest())

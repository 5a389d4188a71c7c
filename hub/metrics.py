"""Hub-level Prometheus metrics. Labels never carry customer data: channel, action, stage only."""

from __future__ import annotations

from prometheus_client import Counter, Gauge

CAPTURED = Counter("hub_events_captured_total", "Contacts published to the bus by connectors", ["channel"])
ERRORS = Counter("hub_errors_total", "Batches that failed and were retried", ["stage", "kind"])
DEAD_LETTERED = Counter("hub_dead_lettered_total", "Messages sent to the dead-letter subject", ["stage"])
CONSUMER_LAG = Gauge("hub_consumer_lag", "Messages not yet acknowledged by a durable consumer", ["consumer"])
CONNECTOR_UP = Gauge("hub_connector_up", "1 when a connector is healthy, 0 when failing", ["connector"])

"""`python -m bench`: throughput and latency of the embedded pipeline, against the raw JetStream floor
and the router alone, measured side by side in one run on one machine (loopback only)."""

"""The record store: idempotent, batched writes of routed contacts into the right table."""

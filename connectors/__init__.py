"""Connectors: provider items → ContactEvents on the bus. One folder per provider."""

"""The composition root: settings, broker, HTTP server, CLI and which roles run here."""

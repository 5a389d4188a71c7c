"""Web chat: an embeddable page at /chat and a websocket; each conversation becomes one event."""

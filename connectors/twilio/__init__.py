"""Twilio connector: calls, recordings, SMS and WhatsApp messages from Twilio's REST API and webhooks."""

"""Optional summariser backend: any OpenAI-compatible chat-completions endpoint.

Off by default (the built-in summariser runs offline). When configured, it rewrites the summary's
subjects, actions and sentences from the contact's new content; on error, timeout or an answer
that does not fit, the built-in summary stands.
"""

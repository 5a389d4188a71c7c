"""One settings object, built once from `HUB_*` variables (and an optional `.env`/config file)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from connectors.twilio.config import TwilioConfig


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HUB_", env_file=".env", extra="ignore", frozen=True)

    data_dir: Path = Path("./var")
    database_url: str | None = None
    broker_url: str | None = None  # one URL or a comma-separated list of cluster members
    stream_replicas: int = Field(default=1, ge=1, le=5)
    namespace: str = ""
    http_host: str = "127.0.0.1"
    http_port: int = 8080
    api_token: SecretStr = SecretStr("dev-token-change-me")
    read_token: SecretStr = SecretStr("dev-read-token-change-me")
    sensitive_token: SecretStr = SecretStr("dev-sensitive-token-change-me")
    chat_idle_timeout_s: float = 600.0
    rules_file: Path | None = None
    directory_refresh_s: float = 30.0
    router_workers: int | None = Field(default=None, ge=0, le=16)  # None: one per spare core (auto)
    router_batch: int = Field(default=500, ge=1)
    recorder_batch: int = Field(default=1000, ge=1)
    batch_wait_s: float = Field(default=0.05, gt=0)
    retry_backoff_s: float = Field(default=2.0, gt=0)
    summary_url: str | None = None  # OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1
    summary_model: str = "gpt-4o-mini"
    summary_api_key: SecretStr | None = None
    summary_timeout_s: float = Field(default=5.0, gt=0)
    twilio_account_sid: str | None = None
    twilio_auth_token: SecretStr | None = None
    twilio_api_base_url: str = "https://api.twilio.com"
    twilio_webhook_base_url: str | None = None  # the public URL Twilio calls, e.g. https://hub.example.org
    twilio_poll_interval_s: float = Field(default=60.0, gt=0)
    twilio_overlap_s: float = Field(default=300.0, ge=0)
    twilio_page_size: int = Field(default=200, ge=1, le=1000)
    twilio_initial_lookback_s: float = Field(default=86400.0, gt=0)
    twilio_broadcast_min_recipients: int = Field(default=5, ge=2)
    twilio_broadcast_window_s: float = Field(default=900.0, gt=0)
    log_level: str = "INFO"
    log_json: bool = True

    def twilio(self) -> TwilioConfig | None:
        """The Twilio connector's configuration, when an account is configured."""
        if not (self.twilio_account_sid and self.twilio_auth_token):
            return None
        return TwilioConfig(
            account_sid=self.twilio_account_sid,
            auth_token=self.twilio_auth_token.get_secret_value(),
            api_base_url=self.twilio_api_base_url,
            webhook_base_url=self.twilio_webhook_base_url,
            poll_interval_s=self.twilio_poll_interval_s,
            overlap_s=self.twilio_overlap_s,
            page_size=self.twilio_page_size,
            initial_lookback_s=self.twilio_initial_lookback_s,
            broadcast_min_recipients=self.twilio_broadcast_min_recipients,
            broadcast_window_s=self.twilio_broadcast_window_s,
        )

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite+aiosqlite:///{self.data_dir.resolve() / 'hub.db'}"

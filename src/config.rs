//! Configuration: defaults, then a TOML file (`config/convene.toml`, or `--config`), then
//! `CONVENE_*` environment variables, each overriding the one before. Secrets are wrapped so they
//! never reach logs or error messages.

use anyhow::{bail, Context};
use serde::Deserialize;
use std::fmt;
use std::path::Path;

/// A value that must not be printed.
#[derive(Clone, Default, Deserialize)]
#[serde(transparent)]
pub struct Secret(pub(crate) String);

impl Secret {
    /// The secret itself, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines (terminals).
    #[default]
    Text,
    /// One JSON object a line (production log collectors).
    Json,
}

/// Everything Convene reads from configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Database URL: postgres://convene:secret@localhost:5432/convene, or sqlite://path/to/file.db;
    /// default: the SQLite file ./convene.db.
    pub database_url: Option<Secret>,
    /// Most database connections the pool opens.
    pub database_max_connections: u32,
    /// Zone for chats and people that set none (IANA name).
    pub default_timezone: String,
    /// Language (`en`, `es`) for chats whose platform says none Convene speaks (the console).
    pub default_language: Option<String>,
    /// `text` or `json`.
    pub log_format: LogFormat,
    /// A tracing filter, e.g. `info` or `convene_core=debug,info`.
    pub log_level: String,
    /// Address of the admin HTTP server (health, metrics, statistics, calendar feeds).
    pub admin_addr: String,
    /// Bearer token for `/api/*`; the statistics API is off without one.
    pub admin_token: Option<Secret>,
    /// How the admin server is reached from outside (for feed URLs); default `http://<admin_addr>`.
    pub public_url: Option<String>,
    /// Commands one person may give per minute (0: unlimited).
    pub commands_per_minute: u32,
    /// Requests the admin API answers per minute before answering 429.
    pub admin_requests_per_minute: u32,
    /// After downtime, overdue reminders younger than this still go out (marked late).
    pub reminder_grace: String,
    /// With several instances on one database: how long a dead instance's role (Telegram poller,
    /// Discord gateway) waits before another instance takes it over, in seconds.
    pub failover_seconds: u64,
    /// This instance's name among others on the database; unset: the host name and admin port.
    pub instance_id: Option<String>,
    /// When housekeeping runs: a cron expression with seconds, in the default zone.
    pub housekeeping: String,
    /// How long statistics and finished reminders are kept (e.g. 180d), or "off" to keep them all.
    pub retention: String,
    /// When to export the whole database to `export_path` (cron with seconds); unset: never.
    pub export_schedule: Option<String>,
    /// The file the scheduled export writes.
    pub export_path: Option<String>,
    /// SMTP server for email, e.g. smtp://user:pass@host:587 (STARTTLS) or smtps://...; email is
    /// off without it.
    pub smtp_url: Option<Secret>,
    /// The sender of Convene's emails.
    pub email_from: String,
    /// The Telegram bot token from BotFather; `serve` runs the Telegram bot when it is set.
    pub telegram_token: Option<Secret>,
    /// Another Bot API server (self-hosted, or a test fake) instead of api.telegram.org.
    pub telegram_api_url: Option<String>,
    /// The public HTTPS URL Telegram should POST updates to; unset means long polling.
    pub telegram_webhook_url: Option<String>,
    /// The secret Telegram sends with every webhook request (required with a webhook URL).
    pub telegram_webhook_secret: Option<Secret>,
    /// The Discord bot token from the Developer Portal; `serve` runs the Discord bot when set.
    pub discord_token: Option<Secret>,
    /// Another base URL for Discord's REST API and gateway discovery (a test fake).
    pub discord_api_url: Option<String>,
    /// Servers (comma-separated ids) to register the commands in at once; empty: globally.
    pub discord_guilds: String,
    /// The application's public key: set it to take interactions over HTTP
    /// (`/discord/interactions` on the admin server) instead of the gateway.
    pub discord_public_key: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: None,
            database_max_connections: 10,
            default_timezone: system_zone().unwrap_or_else(|| "UTC".into()),
            default_language: None,
            log_format: LogFormat::Text,
            log_level: "info".into(),
            admin_addr: "127.0.0.1:8080".into(),
            admin_token: None,
            public_url: None,
            commands_per_minute: 20,
            admin_requests_per_minute: 120,
            reminder_grace: "1h".into(),
            failover_seconds: 10,
            instance_id: None,
            housekeeping: "0 30 3 * * *".into(),
            retention: "180d".into(),
            export_schedule: None,
            export_path: None,
            smtp_url: None,
            email_from: "Convene <convene@localhost>".into(),
            telegram_token: None,
            telegram_api_url: None,
            telegram_webhook_url: None,
            telegram_webhook_secret: None,
            discord_token: None,
            discord_api_url: None,
            discord_guilds: String::new(),
            discord_public_key: None,
        }
    }
}

/// This machine's zone (TZ, else /etc/localtime), so a local console speaks local time.
fn system_zone() -> Option<String> {
    let name = std::env::var("TZ").ok().map(|tz| tz.trim_start_matches(':').to_string()).or_else(|| {
        let target = std::fs::read_link("/etc/localtime").ok()?;
        let path = target.to_string_lossy().into_owned();
        path.split_once("zoneinfo/").map(|(_, zone)| zone.to_string())
    })?;
    name.parse::<chrono_tz::Tz>().ok().map(|_| name)
}

/// The file read when no `--config` is given and it exists.
pub const DEFAULT_FILE: &str = "config/convene.toml";

impl Config {
    /// Loads defaults, the file (when `path` is given it must exist), then the environment.
    pub fn load(path: Option<&Path>) -> anyhow::Result<Self> {
        let mut config = match path {
            Some(path) => Self::from_file(path)?,
            None if Path::new(DEFAULT_FILE).exists() => Self::from_file(Path::new(DEFAULT_FILE))?,
            None => Self::default(),
        };
        config.apply_env(|name| std::env::var(name).ok())?;
        Ok(config)
    }

    fn from_file(path: &Path) -> anyhow::Result<Self> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading configuration file {}", path.display()))?;
        toml::from_str(&text).with_context(|| format!("in configuration file {}", path.display()))
    }

    /// Applies `CONVENE_*` variables (and `DATABASE_URL` when `CONVENE_DATABASE_URL` is unset).
    pub fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) -> anyhow::Result<()> {
        if let Some(url) = var("CONVENE_DATABASE_URL").or_else(|| var("DATABASE_URL")) {
            self.database_url = Some(Secret(url));
        }
        if let Some(n) = var("CONVENE_DATABASE_MAX_CONNECTIONS") {
            self.database_max_connections =
                n.parse().context("CONVENE_DATABASE_MAX_CONNECTIONS must be a whole number")?;
        }
        if let Some(format) = var("CONVENE_LOG_FORMAT") {
            self.log_format = match format.to_lowercase().as_str() {
                "json" => LogFormat::Json,
                "text" => LogFormat::Text,
                other => bail!("CONVENE_LOG_FORMAT must be text or json, not {other:?}"),
            };
        }
        if let Some(level) = var("CONVENE_LOG") {
            self.log_level = level;
        }
        if let Some(addr) = var("CONVENE_ADMIN_ADDR") {
            self.admin_addr = addr;
        }
        if let Some(token) = var("CONVENE_ADMIN_TOKEN").filter(|t| !t.is_empty()) {
            self.admin_token = Some(Secret(token));
        }
        if let Some(url) = var("CONVENE_PUBLIC_URL") {
            self.public_url = Some(url);
        }
        if let Some(n) = var("CONVENE_COMMANDS_PER_MINUTE") {
            self.commands_per_minute = n.parse().context("CONVENE_COMMANDS_PER_MINUTE must be a whole number")?;
        }
        if let Some(url) = var("CONVENE_SMTP_URL").filter(|u| !u.is_empty()) {
            self.smtp_url = Some(Secret(url));
        }
        if let Some(from) = var("CONVENE_EMAIL_FROM") {
            self.email_from = from;
        }
        if let Some(grace) = var("CONVENE_REMINDER_GRACE") {
            self.reminder_grace = grace;
        }
        if let Some(id) = var("CONVENE_INSTANCE_ID").filter(|id| !id.trim().is_empty()) {
            self.instance_id = Some(id);
        }
        if let Some(seconds) = var("CONVENE_FAILOVER_SECONDS") {
            self.failover_seconds =
                seconds.parse().context("CONVENE_FAILOVER_SECONDS must be a whole number of seconds")?;
        }
        if let Some(n) = var("CONVENE_ADMIN_REQUESTS_PER_MINUTE") {
            self.admin_requests_per_minute =
                n.parse().context("CONVENE_ADMIN_REQUESTS_PER_MINUTE must be a whole number")?;
        }
        self.apply_defaults_env(&var);
        self.apply_telegram_env(&var);
        self.apply_discord_env(&var);
        self.apply_housekeeping_env(&var);
        Ok(())
    }

    fn apply_telegram_env(&mut self, var: &impl Fn(&str) -> Option<String>) {
        let non_empty = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        if let Some(token) = non_empty("CONVENE_TELEGRAM_TOKEN") {
            self.telegram_token = Some(Secret(token));
        }
        if let Some(url) = non_empty("CONVENE_TELEGRAM_API_URL") {
            self.telegram_api_url = Some(url);
        }
        if let Some(url) = non_empty("CONVENE_TELEGRAM_WEBHOOK_URL") {
            self.telegram_webhook_url = Some(url);
        }
        if let Some(secret) = non_empty("CONVENE_TELEGRAM_WEBHOOK_SECRET") {
            self.telegram_webhook_secret = Some(Secret(secret));
        }
    }

    /// The webhook's URL and secret when webhook mode is configured, checking the secret is one
    /// Telegram accepts (1-256 of A-Z, a-z, 0-9, _ and -).
    pub fn telegram_webhook(&self) -> anyhow::Result<Option<(&str, &str)>> {
        let Some(url) = self.telegram_webhook_url.as_deref() else { return Ok(None) };
        let Some(secret) = &self.telegram_webhook_secret else {
            bail!("CONVENE_TELEGRAM_WEBHOOK_URL is set but CONVENE_TELEGRAM_WEBHOOK_SECRET is not: choose a secret")
        };
        let secret = secret.expose();
        let valid = (1..=256).contains(&secret.len())
            && secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if !valid {
            bail!("CONVENE_TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
        }
        Ok(Some((url, secret)))
    }

    /// The database URL: the configured one, else the SQLite file `./convene.db`.
    pub fn database_url(&self) -> &str {
        self.database_url.as_ref().map_or(convene_core::store::DEFAULT_DATABASE_URL, Secret::expose)
    }

    /// Where the admin server is reached from outside.
    pub fn public_url(&self) -> String {
        self.public_url.clone().unwrap_or_else(|| format!("http://{}", self.admin_addr))
    }

    /// Scheduler settings from the configuration.
    pub fn scheduler_settings(&self) -> anyhow::Result<convene_scheduler::SchedulerSettings> {
        let grace = convene_core::time::parse_duration(&self.reminder_grace).with_context(|| {
            format!(
                "reminder_grace {:?} is not a duration like 30m or 1h (CONVENE_REMINDER_GRACE)",
                self.reminder_grace
            )
        })?;
        Ok(convene_scheduler::SchedulerSettings { grace, default_zone: self.default_zone()?, ..Default::default() })
    }
}

mod defaults;
mod discord;
mod housekeeping;
#[cfg(test)]
mod tests;

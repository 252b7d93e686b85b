//! Logging: human lines on a terminal, JSON in production. Log lines carry ids and outcomes,
//! never tokens, emails or message text.

use crate::config::{Config, LogFormat};
use tracing_subscriber::EnvFilter;

/// Installs the global subscriber. `quiet` keeps the console chat's screen clean (warnings only).
pub fn init(config: &Config, quiet: bool) -> anyhow::Result<()> {
    let level = if quiet { "warn" } else { config.log_level.as_str() };
    // sqlx reports routine notices (e.g. "migrations table already exists") at info: keep them out
    // unless asked for.
    let level = if level.contains("sqlx") { level.to_string() } else { format!("{level},sqlx=warn") };
    let filter = EnvFilter::try_new(&level).map_err(|e| anyhow::anyhow!("log level {level:?} is not valid: {e}"))?;
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let result = match config.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
    result.map_err(|e| anyhow::anyhow!("could not start logging: {e}"))
}

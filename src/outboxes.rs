//! The outbound paths this process has: the console (when running it), email (when configured).

use crate::config::Config;
use anyhow::Context;
use convene_bots::email::EmailOutbox;
use convene_core::delivery::{Channel, Outboxes};
use std::sync::Arc;

/// Adds email to `outboxes` when an SMTP server is configured.
pub fn with_email(outboxes: Outboxes, config: &Config) -> anyhow::Result<Outboxes> {
    let Some(url) = &config.smtp_url else {
        tracing::info!("email is off (no CONVENE_SMTP_URL)");
        return Ok(outboxes);
    };
    let email = EmailOutbox::new(url.expose(), &config.email_from).context("setting up email")?;
    tracing::info!("email is on");
    Ok(outboxes.with_channel(Channel::Email, Arc::new(email)))
}

//! Email over SMTP (lettre, rustls: no OpenSSL): reminders and verification codes. Each message
//! has a text part, an HTML part, and the attachments the reply carries (the event as .ics).
//!
//! A mail server that is down or hangs must not hold up anything else (the scheduler sends chat
//! reminders in the same loop): each send is cut off after [`SEND_LIMIT`], and once the server
//! has failed that way, sends fail at once for [`COOL_OFF`] (the reminder queue tries again
//! later) instead of each waiting out the limit.

mod compose;
mod reachability;

use async_trait::async_trait;
use convene_core::delivery::{DeliveryError, Outbox};
use convene_core::{Audience, Reply};
use lettre::message::Mailbox;
use lettre::transport::smtp::Error as SmtpError;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

pub use reachability::{COOL_OFF, SEND_LIMIT};

/// Sends email through one SMTP server with pooled connections.
pub struct EmailOutbox {
    /// The pooled SMTP client.
    transport: AsyncSmtpTransport<Tokio1Executor>,
    /// The sender.
    from: Mailbox,
    /// When the server last failed to answer, so that sends fail fast for a while after.
    reachability: reachability::Reachability,
}

/// Why email could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum EmailSetupError {
    /// The SMTP URL does not parse (its text is not repeated: it may hold a password).
    #[error("CONVENE_SMTP_URL is not a valid smtp:// or smtps:// URL")]
    Url,
    /// The sender address does not parse.
    #[error("CONVENE_EMAIL_FROM {0:?} is not an email address (e.g. \"Convene <convene@example.org>\")")]
    From(String),
}

impl EmailOutbox {
    /// Connects lazily to `url` (`smtp://user:pass@host:587` uses STARTTLS, `smtps://` TLS, and
    /// `smtp://host:1025?tls=none` plain text for a local catcher), sending as `from`.
    pub fn new(url: &str, from: &str) -> Result<Self, EmailSetupError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&with_tls_default(url))
            .map_err(|_| EmailSetupError::Url)?
            .timeout(Some(SEND_LIMIT))
            .build();
        let from = from.parse().map_err(|_| EmailSetupError::From(from.to_string()))?;
        Ok(Self { transport, from, reachability: reachability::Reachability::default() })
    }
}

/// `smtp://` without a `tls` setting insists on STARTTLS, except towards a catcher on this
/// machine (localhost); `tls=none` sends in plain text; `tls=opportunistic` uses STARTTLS when
/// offered. `smtps://` is TLS from the start.
fn with_tls_default(url: &str) -> String {
    if !url.starts_with("smtp://") {
        return url.to_string();
    }
    if url.contains("tls=none") {
        return url.replace("?tls=none&", "?").replace("?tls=none", "").replace("&tls=none", "");
    }
    if url.contains("tls=") {
        return url.to_string();
    }
    let authority = url.trim_start_matches("smtp://").split(['/', '?']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let local = host.starts_with("127.") || host.starts_with("localhost") || host.starts_with("[::1]");
    if local {
        return url.to_string();
    }
    let joiner = if url.contains('?') { '&' } else { '?' };
    format!("{url}{joiner}tls=required")
}

fn classify(error: &SmtpError) -> DeliveryError {
    if error.is_permanent() {
        DeliveryError::Permanent(format!("mail server refused: {error}"))
    } else {
        DeliveryError::Transient(format!("mail server: {error}"))
    }
}

#[async_trait]
impl Outbox for EmailOutbox {
    async fn deliver(&self, to: &Audience, message: &Reply) -> Result<(), DeliveryError> {
        let Audience::Email(address) = to else {
            return Err(DeliveryError::Permanent("the email outbox only sends email".into()));
        };
        let mail = compose::message(&self.from, address, message).map_err(DeliveryError::Permanent)?;
        self.reachability.check()?;
        let sent = tokio::time::timeout(SEND_LIMIT, self.transport.send(mail)).await;
        let failure = match sent {
            Ok(Ok(_)) => {
                metrics::counter!("convene_emails_sent_total").increment(1);
                self.reachability.answered();
                return Ok(());
            }
            Ok(Err(error)) => {
                tracing::warn!(permanent = error.is_permanent(), "email not sent");
                classify(&error)
            }
            Err(_) => {
                tracing::warn!(
                    limit_s = SEND_LIMIT.as_secs(),
                    "email not sent: the mail server did not answer in time"
                );
                DeliveryError::Transient(format!("mail server: no answer within {} s", SEND_LIMIT.as_secs()))
            }
        };
        metrics::counter!("convene_emails_failed_total").increment(1);
        if let DeliveryError::Transient(_) = failure {
            self.reachability.failed();
        }
        Err(failure)
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod url_tests {
    use super::with_tls_default;

    #[test]
    fn smtp_urls_insist_on_starttls_unless_local_or_told_otherwise() {
        assert_eq!(with_tls_default("smtp://u:p@mail.example.org:587"), "smtp://u:p@mail.example.org:587?tls=required");
        assert_eq!(with_tls_default("smtp://127.0.0.1:1025"), "smtp://127.0.0.1:1025");
        assert_eq!(with_tls_default("smtp://mailpit:1025?tls=none"), "smtp://mailpit:1025");
        assert_eq!(with_tls_default("smtps://u:p@mail.example.org"), "smtps://u:p@mail.example.org");
        assert_eq!(with_tls_default("smtp://h:25?tls=opportunistic"), "smtp://h:25?tls=opportunistic");
    }
}

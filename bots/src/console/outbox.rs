//! The console's outbound path: reminders and other messages for console rooms and people are
//! printed where the console prints its replies.

use super::render;
use async_trait::async_trait;
use convene_core::delivery::{DeliveryError, Outbox};
use convene_core::{Audience, Reply};
use std::sync::Arc;
use tokio::io::{AsyncWrite, AsyncWriteExt};
use tokio::sync::Mutex;

/// Prints deliveries to a shared output.
pub struct ConsoleOutbox<W> {
    /// Where the console prints.
    out: Arc<Mutex<W>>,
}

impl<W> ConsoleOutbox<W> {
    /// An outbox printing to `out`.
    pub fn new(out: Arc<Mutex<W>>) -> Self {
        Self { out }
    }
}

#[async_trait]
impl<W: AsyncWrite + Unpin + Send> Outbox for ConsoleOutbox<W> {
    async fn deliver(&self, to: &Audience, message: &Reply) -> Result<(), DeliveryError> {
        let heading = match to {
            Audience::Chat(chat) => format!("[in {}]", chat.title),
            Audience::Person(person) => format!("[to {}, privately]", person.display_name),
            Audience::Email(address) => format!("[email to {}]", address.masked()),
        };
        let text = format!("{heading}\n{}\n", render::reply(message));
        let mut out = self.out.lock().await;
        out.write_all(text.as_bytes()).await.map_err(|e| DeliveryError::Transient(e.to_string()))?;
        out.flush().await.map_err(|e| DeliveryError::Transient(e.to_string()))
    }
}

//! Card edits, debounced: presses on one message within a short window become one edit showing
//! the latest state, so a burst of clicks costs one request (and stays within flood limits).

use super::deliver;
use convene_core::Reply;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use teloxide::types::{ChatId, MessageId};
use teloxide::Bot;

/// How long after a press the card is edited, by default.
pub const DEFAULT_EDIT_DELAY: Duration = Duration::from_millis(300);

type Pending = Arc<Mutex<HashMap<(i64, i32), Reply>>>;

/// Edits waiting for their window to close, by (chat, message).
pub struct CardEdits {
    /// Where edits go.
    bot: Bot,
    /// How long to wait for more presses; zero edits at once.
    delay: Duration,
    /// The newest content for each card with an edit scheduled.
    pending: Pending,
}

impl CardEdits {
    /// Debounced edits through `bot`, `delay` after the first press of a burst.
    pub fn new(bot: Bot, delay: Duration) -> Self {
        Self { bot, delay, pending: Pending::default() }
    }

    /// Shows `card` in `message` soon; a later call for the same message before then replaces it.
    pub async fn show(&self, chat: ChatId, message: MessageId, card: Reply) {
        if self.delay.is_zero() {
            return edit(&self.bot, chat, message, &card).await;
        }
        let key = (chat.0, message.0);
        let first = lock(&self.pending).insert(key, card).is_none();
        if !first {
            return;
        }
        let (bot, pending, delay) = (self.bot.clone(), self.pending.clone(), self.delay);
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            let latest = lock(&pending).remove(&key);
            if let Some(card) = latest {
                edit(&bot, chat, message, &card).await;
            }
        });
    }
}

async fn edit(bot: &Bot, chat: ChatId, message: MessageId, card: &Reply) {
    if let Err(error) = deliver::edit_reply(bot, chat, message, card).await {
        tracing::warn!(chat = chat.0, message = message.0, %error, "could not update the card");
    }
}

fn lock(pending: &Pending) -> std::sync::MutexGuard<'_, HashMap<(i64, i32), Reply>> {
    pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

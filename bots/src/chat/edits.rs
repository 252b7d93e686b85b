//! Card edits, debounced: presses on one message within a short window become one edit showing
//! the latest state, so a burst of clicks costs one request (and stays within flood limits). A
//! card whose message is gone is posted afresh where someone just answered, else forgotten.

use super::api::{ChatApi, SendError};
use convene_core::engine::PostedCards;
use convene_core::Reply;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long after a press the card is edited, by default.
pub const DEFAULT_EDIT_DELAY: Duration = Duration::from_millis(300);

/// What to do when the card's message was deleted in the meantime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum IfGone {
    /// Forget it: the chat is not updated any more (a chat nobody in it asked about).
    Forget,
    /// Post the card afresh (the chat where someone just answered).
    Repost,
}

/// (chat, message) of a card's message.
type Shown = (String, String);
type Pending = Arc<Mutex<HashMap<Shown, (Reply, IfGone)>>>;

/// Edits waiting for their window to close, by (chat, message).
pub struct CardEdits {
    /// Where edits go, and where cards are remembered.
    out: Out,
    /// How long to wait for more presses; zero edits at once.
    delay: Duration,
}

/// What an edit needs once its window closes.
#[derive(Clone)]
struct Out {
    /// The platform.
    api: Arc<dyn ChatApi>,
    /// Which message shows which card.
    posted: PostedCards,
    /// The newest content for each card with an edit scheduled.
    pending: Pending,
}

impl CardEdits {
    /// Debounced edits through `api`, `delay` after the first press of a burst.
    pub fn new(api: Arc<dyn ChatApi>, delay: Duration, posted: PostedCards) -> Self {
        Self { out: Out { api, posted, pending: Pending::default() }, delay }
    }

    /// Shows `card` in `message` soon; a later call for the same message before then replaces it.
    pub async fn show(&self, chat: &str, message: &str, card: Reply, if_gone: IfGone) {
        if self.delay.is_zero() {
            return self.out.edit(chat, message, &card, if_gone).await;
        }
        let key = (chat.to_string(), message.to_string());
        let first = {
            let mut pending = lock(&self.out.pending);
            let if_gone = pending.get(&key).map_or(if_gone, |(_, earlier)| if_gone.max(*earlier));
            pending.insert(key.clone(), (card, if_gone)).is_none()
        };
        if !first {
            return;
        }
        let (out, delay) = (self.out.clone(), self.delay);
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            let latest = lock(&out.pending).remove(&key);
            if let Some((card, if_gone)) = latest {
                out.edit(&key.0, &key.1, &card, if_gone).await;
            }
        });
    }

    /// Makes every waiting edit now, so a card pressed just before shutdown shows the answer.
    pub async fn flush(&self) {
        let waiting: Vec<_> = lock(&self.out.pending).drain().collect();
        if !waiting.is_empty() {
            tracing::info!(cards = waiting.len(), "updating cards before stopping");
        }
        for ((chat, message), (card, if_gone)) in waiting {
            self.out.edit(&chat, &message, &card, if_gone).await;
        }
    }
}

/// How many times an edit is followed by another when the card moved on meanwhile.
const CATCH_UP: usize = 2;

impl Out {
    /// Shows `card` in `message`, then makes sure the message did not end up older than what is
    /// committed: two edits of one message can land out of order (another instance, or another
    /// chat's command, edited it at the same moment), so after each edit the card is read again
    /// and, if it moved on, edited again. The last edit to land is always followed by such a
    /// check, so the message ends showing the newest answers, never an older count.
    async fn edit(&self, chat: &str, message: &str, card: &Reply, if_gone: IfGone) {
        let mut shown = card.clone();
        for _ in 0..=CATCH_UP {
            match self.api.edit(chat, message, &shown).await {
                Ok(()) => {}
                Err(SendError::MessageGone(_)) => return self.replace(chat, message, &shown, if_gone).await,
                Err(error) => return tracing::warn!(chat, message, %error, "could not update the card"),
            }
            // A press here since has its own edit coming, with newer content.
            let coming = lock(&self.pending).contains_key(&(chat.to_string(), message.to_string()));
            let newer = if coming { None } else { self.moved_on(chat, &shown).await };
            let Some(newer) = newer else { return };
            tracing::info!(chat, message, "the card moved on while it was being edited: editing again");
            shown = newer;
        }
    }

    /// The card as it stands now, if it differs from `shown`.
    async fn moved_on(&self, chat: &str, shown: &Reply) -> Option<Reply> {
        let of = shown.card?;
        let now = self.posted.current(chat, of).await?;
        (now.text != shown.text || now.buttons != shown.buttons).then(|| now.showing(of))
    }

    /// The card's message was deleted (or is too old to edit).
    async fn replace(&self, chat: &str, message: &str, card: &Reply, if_gone: IfGone) {
        tracing::info!(chat, message, "the card's message is gone");
        let Some(of) = card.card else { return };
        self.posted.forget(chat, of, message).await;
        if if_gone == IfGone::Repost {
            match self.api.send(chat, card).await {
                Ok(sent) => self.posted.remember(chat, of, &sent).await,
                Err(error) => tracing::warn!(chat, %error, "could not post the card again"),
            }
        }
    }
}

fn lock(pending: &Pending) -> std::sync::MutexGuard<'_, HashMap<Shown, (Reply, IfGone)>> {
    pending.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

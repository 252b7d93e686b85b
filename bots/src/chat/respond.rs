//! Platforms where a command or a press is answered through the request itself (Discord's
//! interactions) give the kit a [`Respond`] with the [`Origin`](super::Origin): the first message
//! of the answer goes through it instead of an ordinary send, and a message only the asker needs
//! (a refusal, their own reminders) can be shown to them alone.

use super::api::SendError;
use async_trait::async_trait;
use convene_core::Reply;

/// The answer to one command or press, on platforms that answer requests themselves.
#[async_trait]
pub trait Respond: Send + Sync {
    /// Answers with `reply`, seen by the whole chat, or by the asker alone when `only_asker`.
    /// Returns the id of the message that shows it to the chat (None when only the asker sees it).
    async fn respond(&self, reply: &Reply, only_asker: bool) -> Result<Option<String>, SendError>;

    /// Answers a press by showing `card` in place of the pressed message, and `lead` (what the
    /// press did for the presser) to the presser alone.
    async fn update_pressed(&self, card: &Reply, lead: Option<&str>) -> Result<(), SendError>;
}

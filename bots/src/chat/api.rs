//! What a chat platform provides to the kit: a few calls, in the platform's own terms. Chats,
//! people and messages are named by the platform's ids as text (as the store keeps them).

use async_trait::async_trait;
use convene_core::domain::Platform;
use convene_core::Reply;

/// Why a platform did not carry out a send or an edit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The message to edit is gone (deleted, or too old to edit).
    #[error("the message is gone: {0}")]
    MessageGone(String),
    /// The person has not let the bot write to them privately (or blocked it).
    #[error("cannot write to them privately: {0}")]
    Unreachable(String),
    /// Anything else (after the platform's own retries).
    #[error("{0}")]
    Failed(String),
}

/// The calls the kit makes on a platform.
#[async_trait]
pub trait ChatApi: Send + Sync {
    /// The platform whose chats these are.
    fn platform(&self) -> Platform;
    /// Sends `reply` (rendered as the platform renders it) to `chat`; returns the id of the
    /// message that carries its buttons.
    async fn send(&self, chat: &str, reply: &Reply) -> Result<String, SendError>;
    /// Sends `reply` to `person` privately.
    async fn send_to_person(&self, person: &str, reply: &Reply) -> Result<(), SendError>;
    /// Replaces the text and buttons of `message`, which the bot sent in `chat`.
    async fn edit(&self, chat: &str, message: &str, reply: &Reply) -> Result<(), SendError>;
    /// Answers the button press `press` with what it can show of `reply` (a toast); true when
    /// that said all of it, so no message is needed.
    async fn answer_press(&self, press: &str, reply: &Reply) -> bool;
    /// Whether `chat` is a group (not someone's private chat with the bot).
    fn is_group(&self, chat: &str) -> bool;
    /// Whether `person` is in `group` now.
    async fn is_member(&self, group: &str, person: &str) -> bool;
    /// What to tell `name` in a group when the bot cannot write to them privately.
    fn private_messages_blocked(&self, name: &str) -> String;
    /// Sends `reply` to `chat` for `person`'s attention: with a mention that notifies only them,
    /// where the platform has such a thing.
    async fn send_for(&self, chat: &str, _person: &str, reply: &Reply) -> Result<String, SendError> {
        self.send(chat, reply).await
    }
}

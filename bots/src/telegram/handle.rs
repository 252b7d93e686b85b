//! One screened update at a time, on its chat's lane: a command or a button press goes through the
//! shared chat kit, with what only Telegram knows added (admin rights, `/start` in private).

use super::Telegram;
use crate::chat::{Origin, Press};
use convene_core::{text, Admitted, Incoming, Reply};
use teloxide::prelude::*;
use teloxide::types::Chat;
use tracing::Instrument;

impl Telegram {
    /// A command typed in a chat.
    pub(super) async fn on_message(&self, message: &Message, incoming: Incoming, admitted: Admitted) {
        let span = tracing::info_span!("message", chat = message.chat.id.0, message = message.id.0);
        async {
            if message.chat.is_private() && incoming.text.starts_with("/start") {
                self.kit.reachable_privately(&incoming.user.external_id).await;
            }
            let incoming = self.with_admin_rights(&message.chat, incoming).await;
            self.kit.on_command(&origin(&message.chat), &incoming, admitted).await;
        }
        .instrument(span)
        .await
    }

    /// A button press, under a message Telegram still has.
    pub(super) async fn on_button(&self, query: &CallbackQuery, incoming: Incoming, admitted: Admitted) {
        let Some(pressed) = query.message.as_ref() else { return };
        let chat = pressed.chat();
        let span = tracing::info_span!("button", chat = chat.id.0, message = pressed.id().0);
        let press = Press { id: query.id.0.clone(), message: pressed.id().0.to_string() };
        async {
            let incoming = self.with_admin_rights(chat, incoming).await;
            self.kit.on_press(&origin(chat), &press, &incoming, admitted).await;
        }
        .instrument(span)
        .await
    }

    /// An answer over the limit, in `chat`.
    pub(super) async fn on_limited(&self, chat: &Chat, reply: &Reply) {
        self.kit.answer(&origin(chat), reply).await;
    }

    /// A press over the limit, or on a button whose message Telegram no longer has: answered
    /// with a toast only.
    pub(super) async fn toast(&self, query: &CallbackQuery, reply: &Reply) {
        let answer = self.bot.answer_callback_query(query.id.clone()).text(super::render::toast(reply));
        if let Err(error) = super::deliver::with_patience(answer, self.sender.patience).await {
            tracing::warn!(%error, "could not answer the button press");
        }
    }

    /// A press on a button whose message Telegram no longer has.
    pub(super) async fn on_expired_button(&self, query: &CallbackQuery) {
        self.toast(query, &Reply::text(text::button_expired())).await;
    }
}

/// The chat as the kit names it.
fn origin(chat: &Chat) -> Origin {
    Origin::chat(chat.id.0.to_string(), chat.is_private())
}

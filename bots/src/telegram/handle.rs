//! One update at a time: a message or a button press becomes an [`Incoming`] for the engine, and
//! its outcome goes back to Telegram.

use super::debounce::IfGone;
use super::incoming::{chat_identity, from_deep_link, text_for_us, user_identity};
use super::{deliver, render, Telegram};
use convene_core::{text, Incoming, Outcome};
use teloxide::prelude::*;
use teloxide::types::{Chat, UpdateKind, User};
use tracing::Instrument;

impl Telegram {
    /// Handles one update from long polling or the webhook. Never fails: problems are logged.
    pub async fn handle_update(&self, update: Update) {
        let span = tracing::info_span!("telegram_update", update = update.id.0);
        match update.kind {
            UpdateKind::Message(message) => self.on_message(message).instrument(span).await,
            UpdateKind::CallbackQuery(query) => self.on_button(query).instrument(span).await,
            UpdateKind::MyChatMember(change) => self.on_my_membership(change).instrument(span).await,
            _ => {}
        }
    }

    async fn on_message(&self, message: Message) {
        if self.on_migration(&message).await {
            return;
        }
        let (Some(text), Some(from)) = (text_for_us(&message, &self.username), message.from.as_ref()) else {
            return;
        };
        let span = tracing::info_span!("message", chat = message.chat.id.0, message = message.id.0);
        async {
            if message.chat.is_private() && text.starts_with("/start") {
                self.reachable_privately(from).await;
            }
            let outcome = self.ask_engine(&message.chat, from, from_deep_link(text)).await;
            self.answer(&message.chat, &outcome.reply).await;
            self.deliver_notices(&message.chat, &outcome.notices).await;
            self.refresh_cards(&outcome.refreshed).await;
        }
        .instrument(span)
        .await
    }

    /// A button press: runs the button's command as the presser, answers with a toast (the part
    /// meant for them), and updates the pressed card in place for everyone (or sends the result as
    /// a new message when it is not a card).
    async fn on_button(&self, query: CallbackQuery) {
        let span = tracing::info_span!("button", chat = tracing::field::Empty, message = tracing::field::Empty);
        async {
            let (Some(command), Some(pressed)) = (query.data.clone(), query.message.as_ref()) else {
                self.toast(&query, text::button_expired()).await;
                return;
            };
            let chat = pressed.chat();
            tracing::Span::current().record("chat", chat.id.0).record("message", pressed.id().0);
            let outcome = self.ask_engine(chat, &query.from, command).await;
            self.toast(&query, render::toast(&outcome.reply)).await;
            if !outcome.reply.buttons.is_empty() {
                let card = text::without_lead(&outcome.reply);
                self.card_edits.show(chat.id, pressed.id(), card, IfGone::Forget).await;
                if let Some(card) = outcome.reply.card {
                    self.posted.remember(chat.id, card, pressed.id()).await;
                }
            } else if !render::fits_in_toast(&outcome.reply) {
                if let Err(error) = deliver::send_reply(&self.sender, chat.id, &outcome.reply).await {
                    tracing::warn!(%error, "could not show the button's result");
                }
            }
            self.deliver_notices(chat, &outcome.notices).await;
            self.refresh_cards(&outcome.refreshed).await;
        }
        .instrument(span)
        .await
    }

    async fn toast(&self, query: &CallbackQuery, toast: String) {
        let answer = self.bot.answer_callback_query(query.id.clone()).text(toast);
        if let Err(error) = deliver::with_retry(answer).await {
            tracing::warn!(%error, "could not answer the button press");
        }
    }

    /// Runs `text` through the engine as `from` in `chat`.
    async fn ask_engine(&self, chat: &Chat, from: &User, text: String) -> Outcome {
        let is_admin = chat.is_private() || self.admins.is_admin(&self.bot, chat.id, from.id).await;
        let incoming = Incoming { chat: chat_identity(chat), user: user_identity(from), is_admin, text };
        self.engine.handle(&incoming).await
    }
}

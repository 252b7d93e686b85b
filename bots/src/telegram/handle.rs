//! One screened update at a time, on its chat's lane: a command or a button press goes to the
//! engine, and its outcome goes back to Telegram.

use super::debounce::IfGone;
use super::{deliver, render, Telegram};
use convene_core::{text, Admitted, Incoming, Outcome};
use teloxide::prelude::*;
use teloxide::types::Chat;
use tracing::Instrument;

impl Telegram {
    /// A command typed in a chat.
    pub(super) async fn on_message(&self, message: &Message, incoming: Incoming, admitted: Admitted) {
        let span = tracing::info_span!("message", chat = message.chat.id.0, message = message.id.0);
        async {
            if let (true, Some(from)) =
                (message.chat.is_private() && incoming.text.starts_with("/start"), &message.from)
            {
                self.reachable_privately(from).await;
            }
            let outcome = self.ask_engine(&message.chat, incoming, admitted).await;
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
    pub(super) async fn on_button(&self, query: &CallbackQuery, incoming: Incoming, admitted: Admitted) {
        let Some(pressed) = query.message.as_ref() else { return };
        let chat = pressed.chat();
        let span = tracing::info_span!("button", chat = chat.id.0, message = pressed.id().0);
        async {
            let outcome = self.ask_engine(chat, incoming, admitted).await;
            self.toast(query, render::toast(&outcome.reply)).await;
            if !outcome.reply.buttons.is_empty() {
                let card = outcome.reply.without_lead();
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

    /// A press on a button whose message Telegram no longer has.
    pub(super) async fn on_expired_button(&self, query: &CallbackQuery) {
        self.toast(query, text::button_expired()).await;
    }

    pub(super) async fn toast(&self, query: &CallbackQuery, toast: String) {
        let answer = self.bot.answer_callback_query(query.id.clone()).text(toast);
        if let Err(error) = deliver::with_patience(answer, self.sender.patience).await {
            tracing::warn!(%error, "could not answer the button press");
        }
    }

    /// Runs `incoming` through the engine, with the speaker's admin rights looked up.
    async fn ask_engine(&self, chat: &Chat, incoming: Incoming, admitted: Admitted) -> Outcome {
        let incoming = self.with_admin_rights(chat, incoming).await;
        self.engine.handle_admitted(&incoming, admitted).await
    }
}

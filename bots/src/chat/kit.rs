//! The path of a message or a button press from any platform to the engine and back: the answer
//! in the chat (one card per event per chat), the toast for a press, notices to other chats and
//! people, and cards refreshed where other chats show them. A platform provides only its calls
//! ([`ChatApi`]); everything here is the same on every platform.

use super::api::ChatApi;
use super::edits::{CardEdits, IfGone};
use super::respond::Respond;
use convene_core::delivery::Outbox;
use convene_core::engine::{Nudges, PostedCards};
use convene_core::{Admitted, CardOf, Engine, Incoming, Reply};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// The chat a message came from.
#[derive(Clone)]
pub struct Origin {
    /// The platform's id for the chat.
    pub chat: String,
    /// Whether it is someone's private chat with the bot.
    pub private: bool,
    /// How to answer the request itself, on platforms that answer that way (Discord).
    pub respond: Option<Arc<dyn Respond>>,
}

impl Origin {
    /// A chat whose messages are answered with ordinary messages.
    pub fn chat(chat: impl Into<String>, private: bool) -> Self {
        Self { chat: chat.into(), private, respond: None }
    }
}

/// A pressed button.
#[derive(Debug, Clone)]
pub struct Press {
    /// The platform's id for the press (to answer it).
    pub id: String,
    /// The message whose button was pressed.
    pub message: String,
}

/// The shared chat logic, over one platform.
pub struct ChatKit {
    /// The platform's calls.
    pub(super) api: Arc<dyn ChatApi>,
    /// Where commands go.
    pub(super) engine: Engine,
    /// Which message shows which card in each chat.
    pub(super) posted: PostedCards,
    /// Who was told how to allow private messages.
    pub(super) nudges: Nudges,
    /// Pressed cards waiting to be edited.
    pub(super) edits: CardEdits,
    /// Where notices for other channels go (email, other platforms), once `serve` has built it.
    pub(super) elsewhere: OnceLock<Arc<dyn Outbox>>,
}

impl ChatKit {
    /// The kit for `api`'s platform; pressed cards are edited `edit_delay` after a burst starts.
    pub fn new(api: Arc<dyn ChatApi>, engine: Engine, edit_delay: Duration) -> Self {
        let posted = engine.posted_cards(api.platform());
        let nudges = engine.nudges(api.platform());
        let edits = CardEdits::new(api.clone(), edit_delay, posted.clone());
        Self { api, engine, posted, nudges, edits, elsewhere: OnceLock::new() }
    }

    /// Sends notices for other channels (email, other platforms) through `outbox` (set once).
    pub fn send_elsewhere_through(&self, outbox: Arc<dyn Outbox>) {
        if self.elsewhere.set(outbox).is_err() {
            tracing::warn!("the outbox for other channels was already set");
        }
    }

    /// A command typed in `origin`; returns the card it showed, if any.
    pub async fn on_command(&self, origin: &Origin, incoming: &Incoming, admitted: Admitted) -> Option<CardOf> {
        let outcome = self.engine.handle_admitted(incoming, admitted).await;
        self.answer(origin, &outcome.reply).await;
        self.deliver_notices(origin, &outcome.notices).await;
        self.refresh_cards(&outcome.refreshed).await;
        outcome.reply.card
    }

    /// A command given on someone's behalf by the platform itself (Discord's "Interested" on a
    /// server event): nothing is said in the chat; the card it posted of the event, if any, is
    /// updated, and notices go out as usual.
    pub async fn on_quiet_command(&self, origin: &Origin, incoming: &Incoming, admitted: Admitted) {
        let outcome = self.engine.handle_admitted(incoming, admitted).await;
        if let Some(card) = outcome.reply.card.filter(|_| !outcome.reply.buttons.is_empty()) {
            if let Some(posted) = self.posted.find(&origin.chat, card).await {
                self.edits.show(&origin.chat, &posted, outcome.reply.without_lead(), IfGone::Forget).await;
            }
        }
        self.deliver_notices(origin, &outcome.notices).await;
        self.refresh_cards(&outcome.refreshed).await;
    }

    /// A button press: runs the button's command as the presser, answers the press with the part
    /// meant for them, and updates the pressed card in place for everyone (or sends the result as
    /// a message when it is no card and too long for the answer).
    pub async fn on_press(&self, origin: &Origin, press: &Press, incoming: &Incoming, admitted: Admitted) {
        let outcome = self.engine.handle_admitted(incoming, admitted).await;
        if let Some(respond) = &origin.respond {
            self.answer_press_in_place(respond.as_ref(), origin, press, &outcome.reply).await;
            self.deliver_notices(origin, &outcome.notices).await;
            self.refresh_cards(&outcome.refreshed).await;
            return;
        }
        let said_all = self.api.answer_press(&press.id, &outcome.reply).await;
        if !outcome.reply.buttons.is_empty() {
            let card = outcome.reply.without_lead();
            self.edits.show(&origin.chat, &press.message, card, IfGone::Forget).await;
            if let Some(card) = outcome.reply.card {
                self.posted.remember(&origin.chat, card, &press.message).await;
            }
        } else if !said_all {
            if let Err(error) = self.api.send(&origin.chat, &outcome.reply).await {
                tracing::warn!(%error, "could not show the button's result");
            }
        }
        self.deliver_notices(origin, &outcome.notices).await;
        self.refresh_cards(&outcome.refreshed).await;
    }

    /// A press answered through the request: the card is updated in place by the answer itself;
    /// a result that is no card is shown to the presser alone.
    async fn answer_press_in_place(&self, respond: &dyn Respond, origin: &Origin, press: &Press, reply: &Reply) {
        let answered = if reply.buttons.is_empty() {
            respond.respond(reply, true).await.map(|_| ())
        } else {
            respond.update_pressed(&reply.without_lead(), reply.lead()).await
        };
        match answered {
            Ok(()) => {
                if let Some(card) = reply.card.filter(|_| !reply.buttons.is_empty()) {
                    self.posted.remember(&origin.chat, card, &press.message).await;
                }
            }
            Err(error) => tracing::warn!(%error, "could not answer the button press"),
        }
    }

    /// Work left when a platform stops: card edits still waiting for their window to close.
    pub async fn finish(&self) {
        self.edits.flush().await;
    }
}

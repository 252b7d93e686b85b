//! Taking updates in without ever waiting: each update is screened (the per-person command limit
//! is applied here, before any work is queued) and queued on its chat's lane, where it is handled
//! in order with the chat's other updates. A flood in one chat fills that chat's lane and no other;
//! the reader of updates (long polling or the webhook) goes straight on to the next update.

use super::incoming::{chat_identity, from_deep_link, text_for_us, user_identity};
use super::Telegram;
use convene_core::domain::Language;
use convene_core::{Admission, Admitted, Incoming, Outcome};
use std::sync::Arc;
use teloxide::types::{Chat, Message, Update, UpdateKind, User};
use tracing::Instrument;

/// What an update asks of us, once screened.
enum Screened {
    /// A command (or button press) the limit let in.
    Command(Incoming, Admitted),
    /// Over the sender's limit: the one answer of the window.
    Limited(Outcome),
    /// Over the limit again, or nothing for us at all: no work.
    Nothing,
    /// Not a command: a change to the chat itself (membership, migration).
    ChatChange,
}

impl Telegram {
    /// Takes one update from long polling or the webhook, queueing its work on its chat's lane.
    /// Never waits.
    pub fn receive(self: &Arc<Self>, update: Update) {
        self.take_in(update, false);
    }

    /// The same for an update kept in the inbox ([`Telegram::keep`]): forgotten there once handled.
    pub(super) fn take_in(self: &Arc<Self>, update: Update, kept: bool) {
        let span = tracing::info_span!("telegram_update", update = update.id.0);
        let screened = span.in_scope(|| self.screen(&update.kind));
        let screened = once(screened, update_key(&self.username, &update));
        self.queue(update, screened, span, kept);
    }

    /// The same for webhook mode, where any of several instances may take an update: the sender's
    /// limit is counted across instances ([`convene_core::Engine::admit_across`]).
    pub async fn receive_across(self: &Arc<Self>, update: Update) {
        let span = tracing::info_span!("telegram_update", update = update.id.0);
        let screened = match span.in_scope(|| self.read(&update.kind)) {
            Read::Command(incoming) => {
                let admission = self.engine.admit_across(&incoming).instrument(span.clone()).await;
                admitted(incoming, admission)
            }
            Read::ChatChange => Screened::ChatChange,
            Read::Nothing => Screened::Nothing,
        };
        let screened = once(screened, update_key(&self.username, &update));
        self.queue(update, screened, span, false);
    }

    fn queue(self: &Arc<Self>, update: Update, screened: Screened, span: tracing::Span, kept: bool) {
        let id = update.id.0;
        // A press under a message Telegram no longer has goes on the presser's own lane.
        let lane = update.chat().map(|c| c.id.0).or_else(|| update.from().map(|u| u.id.0 as i64));
        let (Some(chat), false) = (lane, matches!(screened, Screened::Nothing)) else {
            return self.forget_later(id, kept);
        };
        let adapter = self.clone();
        let job = async move {
            adapter.work_on(update.kind, screened).await;
            if kept {
                adapter.forget(id).await;
            }
        };
        if self.lanes.push(chat, job.instrument(span.clone())).is_err() {
            self.forget_later(id, kept);
            metrics::counter!("convene_updates_dropped_total", "platform" => "telegram", "reason" => "chat_busy")
                .increment(1);
            span.in_scope(|| tracing::warn!(chat, "this chat has too much waiting; update dropped"));
        }
    }

    /// Waits (at most `limit`) for the work already queued on every chat's lane.
    pub async fn drain(&self, limit: std::time::Duration) {
        if !self.lanes.drain(limit).await {
            tracing::warn!(limit_s = limit.as_secs(), "some chats' work was still waiting at shutdown");
        }
    }

    fn screen(&self, kind: &UpdateKind) -> Screened {
        match self.read(kind) {
            Read::Command(incoming) => {
                let admission = self.engine.admit(&incoming);
                admitted(incoming, admission)
            }
            Read::ChatChange => Screened::ChatChange,
            Read::Nothing => Screened::Nothing,
        }
    }

    /// The command an update carries, or what else it is.
    fn read(&self, kind: &UpdateKind) -> Read {
        let (chat, from, text) = match kind {
            UpdateKind::Message(message) => match self.command_in(message) {
                Some((from, text)) => (&message.chat, from, text),
                None if is_chat_change(message) => return Read::ChatChange,
                None => return Read::Nothing,
            },
            UpdateKind::CallbackQuery(query) => match (&query.message, &query.data) {
                (Some(pressed), Some(data)) => (pressed.chat(), &query.from, data.clone()),
                // An old button without its message: answered as expired, no engine work.
                _ => return Read::ChatChange,
            },
            UpdateKind::MyChatMember(_) => return Read::ChatChange,
            _ => return Read::Nothing,
        };
        Read::Command(Incoming {
            language: from.language_code.as_deref().and_then(Language::from_platform_tag),
            chat: chat_identity(chat),
            user: user_identity(from),
            is_admin: false,
            text,
        })
    }

    /// The sender and text of a message that is for us.
    fn command_in<'a>(&self, message: &'a Message) -> Option<(&'a User, String)> {
        let text = text_for_us(message, &self.username)?;
        Some((message.from.as_ref()?, from_deep_link(text)))
    }

    /// The queued work of one update, on its chat's lane.
    async fn work_on(&self, kind: UpdateKind, screened: Screened) {
        match (kind, screened) {
            (UpdateKind::Message(message), Screened::Command(incoming, admitted)) => {
                self.on_message(&message, incoming, admitted).await;
            }
            (UpdateKind::CallbackQuery(query), Screened::Command(incoming, admitted)) => {
                self.on_button(&query, incoming, admitted).await;
            }
            (UpdateKind::Message(message), Screened::Limited(answer)) => {
                self.on_limited(&message.chat, &answer.reply).await;
            }
            (UpdateKind::CallbackQuery(query), Screened::Limited(answer)) => self.toast(&query, &answer.reply).await,
            (UpdateKind::Message(message), Screened::ChatChange) => {
                self.on_migration(&message).await;
            }
            (UpdateKind::CallbackQuery(query), Screened::ChatChange) => self.on_expired_button(&query).await,
            (UpdateKind::MyChatMember(change), Screened::ChatChange) => self.on_my_membership(change).await,
            _ => {}
        }
    }

    /// Whether the admin check applies: private chats are their owner's.
    pub(super) async fn with_admin_rights(&self, chat: &Chat, mut incoming: Incoming) -> Incoming {
        let from = teloxide::types::UserId(incoming.user.external_id.parse().unwrap_or_default());
        incoming.is_admin = chat.is_private() || self.admins.is_admin(&self.bot, chat.id, from).await;
        incoming
    }
}

/// The name an update is handled once under: Telegram numbers each bot's updates in one
/// sequence (restarted at random only after a week without updates; keys are kept a day).
fn update_key(bot: &str, update: &Update) -> String {
    format!("telegram:{bot}:{}", update.id.0)
}

/// A command let in is handled once per update, however often the update is handed out.
fn once(screened: Screened, key: String) -> Screened {
    match screened {
        Screened::Command(incoming, admitted) => Screened::Command(incoming, admitted.from_update(key)),
        other => other,
    }
}

/// What an update carries.
enum Read {
    /// A command (or a button press).
    Command(Incoming),
    /// A change to the chat itself, or a press under a message that is gone.
    ChatChange,
    /// Nothing for us.
    Nothing,
}

/// What the limit made of a command.
fn admitted(incoming: Incoming, admission: Admission) -> Screened {
    match admission {
        Admission::Admitted(admitted) => Screened::Command(incoming, admitted),
        Admission::OverLimit(Some(answer)) => Screened::Limited(answer),
        Admission::OverLimit(None) => Screened::Nothing,
    }
}

/// A service message about the chat itself (it became a supergroup).
fn is_chat_change(message: &Message) -> bool {
    message.migrate_to_chat_id().is_some() || message.migrate_from_chat_id().is_some()
}

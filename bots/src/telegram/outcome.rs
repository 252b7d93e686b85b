//! Notices: messages for other Telegram chats and for people privately. A person who never
//! started a private chat with the bot is told once, in the group, how to allow it. Notices for
//! other channels (email, other platforms) go through the outbox given by
//! [`Telegram::send_elsewhere_through`].

use super::outbox::telegram_id;
use super::{deliver, Telegram};
use convene_core::domain::Platform;
use convene_core::store::UserRef;
use convene_core::{text, Audience, Notice, Reply};
use teloxide::types::{Chat, ChatId};

impl Telegram {
    /// Sends each notice where it belongs; `origin` is the chat whose command produced them.
    pub(super) async fn deliver_notices(&self, origin: &Chat, notices: &[Notice]) {
        for notice in notices {
            let Some(target) = telegram_id(&notice.to) else {
                self.deliver_elsewhere(notice).await;
                continue;
            };
            let sent = deliver::send_reply(&self.sender, target, &notice.reply).await;
            match (sent, &notice.to) {
                (Ok(_), _) => {}
                (Err(error), Audience::Person(person)) if deliver::cannot_write_privately(&error) => {
                    if !origin.is_private() {
                        self.nudge(origin.id, target, &person.display_name).await;
                    }
                }
                (Err(error), _) => tracing::warn!(target = target.0, %error, "could not deliver a notice"),
            }
        }
    }

    async fn deliver_elsewhere(&self, notice: &Notice) {
        let Some(outbox) = self.elsewhere.get() else {
            tracing::debug!("notice for another channel and no outbox for it; dropped");
            return;
        };
        if let Err(error) = outbox.deliver(&notice.to, &notice.reply).await {
            tracing::warn!(%error, "could not deliver a notice to another channel");
        }
    }

    /// Tells `group` (once per person and group, remembered across restarts) how `person` can
    /// let the bot write to them.
    pub(super) async fn nudge(&self, group: ChatId, person: ChatId, name: &str) {
        let now = self.engine.clock().now();
        let first_time = match self.engine.store().note_nudge(&person_ref(person), &group.0.to_string(), now).await {
            Ok(first_time) => first_time,
            Err(error) => {
                tracing::warn!(%error, "could not check whether the group was told already");
                false
            }
        };
        if !first_time {
            return;
        }
        tracing::info!(chat = group.0, user = person.0, "person cannot get private messages; telling the group");
        let link = format!("https://t.me/{}?start=hello", self.username);
        let reply = Reply::text(text::private_messages_blocked(name, &link));
        if let Err(error) = deliver::send_reply(&self.sender, group, &reply).await {
            tracing::warn!(%error, "could not tell the group about private messages");
        }
    }
}

impl Telegram {
    /// A person started a private chat with the bot: a later failure to write to them is news
    /// again, worth telling their groups about.
    pub(super) async fn reachable_privately(&self, person: &teloxide::types::User) {
        if let Err(error) = self.engine.store().forget_nudges(&person_ref(ChatId(person.id.0 as i64))).await {
            tracing::warn!(%error, "could not forget earlier notes about private messages");
        }
    }
}

/// A Telegram person as the store knows them (their private chat id is their user id).
fn person_ref(person: ChatId) -> UserRef {
    UserRef { platform: Platform::Telegram, external_id: person.0.to_string() }
}

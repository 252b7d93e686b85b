//! Notices: messages for other chats and for people privately. A person the bot cannot write to
//! privately is told once per chat, in a group they are in, how to allow it. Notices for other
//! channels (email, other platforms) go through the outbox given by
//! [`ChatKit::send_elsewhere_through`].

use super::api::SendError;
use super::kit::{ChatKit, Origin};
use convene_core::domain::{ChatIdentity, UserIdentity};
use convene_core::{Audience, Notice, Reply};

impl ChatKit {
    /// Sends each notice where it belongs; `origin` is the chat whose command produced them.
    pub(super) async fn deliver_notices(&self, origin: &Origin, notices: &[Notice]) {
        let here = self.api.platform();
        for notice in notices {
            let sent = match &notice.to {
                Audience::Chat(chat) if chat.platform == here => {
                    self.api.send(&chat.external_id, &notice.reply).await.map(|_| ())
                }
                Audience::Person(person) if person.platform == here => {
                    self.api.send_to_person(&person.external_id, &notice.reply).await
                }
                _ => {
                    self.deliver_elsewhere(notice).await;
                    continue;
                }
            };
            match (sent, &notice.to) {
                (Ok(()), _) => {}
                (Err(SendError::Unreachable(_)), Audience::Person(person)) if !origin.private => {
                    self.nudge(&origin.chat, person).await;
                }
                (Err(error), _) => tracing::warn!(%error, "could not deliver a notice"),
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

    /// After a private message to `person` failed: tells them, in the first of `chats` that is a
    /// group of this platform they are in, how to let the bot write to them (once per chat).
    pub async fn explain_private_messages(&self, person: &UserIdentity, chats: &[ChatIdentity]) {
        let here = self.api.platform();
        let groups = chats.iter().filter(|c| c.platform == here && self.api.is_group(&c.external_id));
        for group in groups {
            if self.api.is_member(&group.external_id, &person.external_id).await {
                return self.nudge(&group.external_id, person).await;
            }
        }
    }

    /// Tells `group` (once per person and group, remembered across restarts) how `person` can
    /// let the bot write to them.
    async fn nudge(&self, group: &str, person: &UserIdentity) {
        if !self.nudges.first_time(&person.external_id, group).await {
            return;
        }
        tracing::info!(chat = group, "person cannot get private messages; telling the group");
        let reply = Reply::text(self.api.private_messages_blocked(&person.display_name));
        if let Err(error) = self.api.send_for(group, &person.external_id, &reply).await {
            tracing::warn!(%error, "could not tell the group about private messages");
        }
    }

    /// `person` opened a private chat with the bot: a later failure to write to them is news
    /// again, worth telling their groups about.
    pub async fn reachable_privately(&self, person: &str) {
        self.nudges.forget(person).await;
    }
}

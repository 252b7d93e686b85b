//! Who administers a group: asked from Telegram (getChatAdministrators) and remembered briefly,
//! so a burst of commands costs one request.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use teloxide::prelude::*;
use teloxide::types::ChatId;

/// How long a chat's administrator list is trusted.
pub const ADMIN_CACHE_TTL: Duration = Duration::from_secs(60);

/// Administrator lists per chat, each with when it was fetched.
#[derive(Default)]
pub struct AdminCache {
    /// Chat id -> (administrator user ids, fetched at).
    chats: Mutex<HashMap<i64, (HashSet<u64>, Instant)>>,
}

impl AdminCache {
    /// Whether `user` administers `chat`; a failed lookup counts as "no" (and is logged).
    pub async fn is_admin(&self, bot: &Bot, chat: ChatId, user: UserId) -> bool {
        if let Some(known) = self.cached_answer(chat, user) {
            return known;
        }
        match bot.get_chat_administrators(chat).await {
            Ok(members) => {
                let admins: HashSet<u64> = members.iter().map(|m| m.user.id.0).collect();
                let answer = admins.contains(&user.0);
                self.lock().insert(chat.0, (admins, Instant::now()));
                answer
            }
            Err(error) => {
                tracing::warn!(chat = chat.0, %error, "could not read the chat's administrators");
                false
            }
        }
    }

    fn cached_answer(&self, chat: ChatId, user: UserId) -> Option<bool> {
        let chats = self.lock();
        let (admins, fetched) = chats.get(&chat.0)?;
        (fetched.elapsed() < ADMIN_CACHE_TTL).then(|| admins.contains(&user.0))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, (HashSet<u64>, Instant)>> {
        self.chats.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

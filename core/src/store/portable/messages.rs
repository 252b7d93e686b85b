//! What the bot remembers about its own messages in a chat: which cards it posted there (so a card
//! is edited in place, one per event per chat) and whom it already nudged to open a private chat.
//! Same SQL on both backends, written once and instantiated for each backend's pool type.

/// Defines `mod message_queries` for one backend: `pool` is its pool type.
macro_rules! message_queries {
    (pool: $pool:ty) => {
        /// Posted-card and nudge queries in SQL both backends share.
        pub(super) mod message_queries {
            use crate::store::{PostedIn, StoreResult, UserRef};
            use chrono::{DateTime, Utc};

            pub async fn note_nudge(
                pool: &$pool,
                person: &UserRef,
                chat_external_id: &str,
                now: DateTime<Utc>,
            ) -> StoreResult<bool> {
                let done = sqlx::query(
                    "INSERT INTO private_nudges (platform, user_external_id, chat_external_id, nudged_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                )
                .bind(person.platform.as_str())
                .bind(&person.external_id)
                .bind(chat_external_id)
                .bind(now)
                .execute(pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            pub async fn forget_nudges(pool: &$pool, person: &UserRef) -> StoreResult<()> {
                sqlx::query("DELETE FROM private_nudges WHERE platform = $1 AND user_external_id = $2")
                    .bind(person.platform.as_str())
                    .bind(&person.external_id)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn posted_card(pool: &$pool, chat: &PostedIn<'_>, card: &str) -> StoreResult<Option<String>> {
                let message: Option<String> = sqlx::query_scalar(
                    "SELECT message_ref FROM posted_cards WHERE platform = $1 AND chat_external_id = $2 AND card = $3",
                )
                .bind(chat.platform.as_str())
                .bind(chat.chat_external_id)
                .bind(card)
                .fetch_optional(pool)
                .await?;
                Ok(message)
            }

            pub async fn mirrored_chats(pool: &$pool, platform: crate::domain::Platform) -> StoreResult<Vec<String>> {
                let chats: Vec<String> = sqlx::query_scalar(
                    "SELECT c.external_id FROM native_event_mirrors m JOIN chats c ON c.id = m.chat_id \
                     WHERE c.platform = $1 AND c.active ORDER BY c.id",
                )
                .bind(platform.as_str())
                .fetch_all(pool)
                .await?;
                Ok(chats)
            }

            pub async fn posted_cards_like(
                pool: &$pool,
                chat: &PostedIn<'_>,
                prefix: &str,
            ) -> StoreResult<Vec<(String, String)>> {
                let pattern = format!("{}%", prefix.replace('%', "").replace('_', ""));
                let rows: Vec<(String, String)> = sqlx::query_as(
                    "SELECT card, message_ref FROM posted_cards \
                     WHERE platform = $1 AND chat_external_id = $2 AND card LIKE $3 ORDER BY card",
                )
                .bind(chat.platform.as_str())
                .bind(chat.chat_external_id)
                .bind(pattern)
                .fetch_all(pool)
                .await?;
                Ok(rows)
            }

            pub async fn remember_card(
                pool: &$pool,
                chat: &PostedIn<'_>,
                card: &str,
                message_ref: &str,
                now: DateTime<Utc>,
            ) -> StoreResult<()> {
                sqlx::query(
                    "INSERT INTO posted_cards (platform, chat_external_id, card, message_ref, posted_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (platform, chat_external_id, card) DO UPDATE \
                     SET message_ref = excluded.message_ref, posted_at = excluded.posted_at \
                     WHERE posted_cards.message_ref <> excluded.message_ref",
                )
                .bind(chat.platform.as_str())
                .bind(chat.chat_external_id)
                .bind(card)
                .bind(message_ref)
                .bind(now)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn forget_card(
                pool: &$pool,
                chat: &PostedIn<'_>,
                card: &str,
                message_ref: &str,
            ) -> StoreResult<()> {
                sqlx::query(
                    "DELETE FROM posted_cards \
                     WHERE platform = $1 AND chat_external_id = $2 AND card = $3 AND message_ref = $4",
                )
                .bind(chat.platform.as_str())
                .bind(chat.chat_external_id)
                .bind(card)
                .bind(message_ref)
                .execute(pool)
                .await?;
                Ok(())
            }
        }
    };
}

pub(crate) use message_queries;

//! Chats and people, created on first sight (the other chat queries are in `portable`).

use crate::domain::*;
use crate::store::rows::{ChatRow, UserRow, CHAT_COLUMNS};
use crate::store::StoreResult;
use sqlx::PgConnection;

pub async fn chat(conn: &mut PgConnection, who: &ChatIdentity) -> StoreResult<Chat> {
    let found: Option<ChatRow> = sqlx::query_as(&format!(
        "UPDATE chats SET title = $3, active = TRUE WHERE platform = $1 AND external_id = $2 RETURNING {CHAT_COLUMNS}"
    ))
    .bind(who.platform.as_str())
    .bind(&who.external_id)
    .bind(&who.title)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = found {
        return row.into_chat();
    }
    // First sight: a new chat with a new home calendar. A concurrent first message from the same
    // chat inserts nothing (ON CONFLICT) and reads the winner's row.
    let created: Option<ChatRow> = sqlx::query_as(&format!(
        "WITH calendar AS (INSERT INTO calendars (name) VALUES ($3) RETURNING id) \
         INSERT INTO chats (platform, external_id, title, home_calendar_id) \
         SELECT $1, $2, $3, id FROM calendar \
         ON CONFLICT (platform, external_id) DO NOTHING RETURNING {CHAT_COLUMNS}"
    ))
    .bind(who.platform.as_str())
    .bind(&who.external_id)
    .bind(&who.title)
    .fetch_optional(&mut *conn)
    .await?;
    let row = match created {
        Some(row) => row,
        None => {
            sqlx::query_as(&format!("SELECT {CHAT_COLUMNS} FROM chats WHERE platform = $1 AND external_id = $2"))
                .bind(who.platform.as_str())
                .bind(&who.external_id)
                .fetch_one(&mut *conn)
                .await?
        }
    };
    row.into_chat()
}

pub async fn user(conn: &mut PgConnection, who: &UserIdentity) -> StoreResult<User> {
    let row: UserRow = sqlx::query_as(
        "INSERT INTO users (platform, external_id, display_name) VALUES ($1, $2, $3) \
         ON CONFLICT (platform, external_id) DO UPDATE SET display_name = EXCLUDED.display_name \
         RETURNING id, platform, external_id, display_name, timezone, blocked_at IS NOT NULL AS blocked, \
         CASE WHEN email_verified_at IS NOT NULL THEN email END AS email",
    )
    .bind(who.platform.as_str())
    .bind(&who.external_id)
    .bind(&who.display_name)
    .fetch_one(&mut *conn)
    .await?;
    row.into_user()
}

pub async fn subscribe(conn: &mut PgConnection, chat: ChatId, calendar: CalendarId) -> StoreResult<bool> {
    let done = sqlx::query("INSERT INTO subscriptions (chat_id, calendar_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(chat.0)
        .bind(calendar.0)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

//! Chats and people, created on first sight; subscriptions (the other chat queries are in
//! `portable`). Writers are serialized (one writing connection), so first sight needs no conflict
//! handling beyond what a single writer sees.

use crate::domain::*;
use crate::store::rows::{ChatRow, UserRow, CHAT_COLUMNS, USER_COLUMNS};
use crate::store::StoreResult;
use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

pub async fn chat(conn: &mut SqliteConnection, who: &ChatIdentity, now: DateTime<Utc>) -> StoreResult<Chat> {
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
    let calendar: i64 = sqlx::query_scalar("INSERT INTO calendars (name, created_at) VALUES ($1, $2) RETURNING id")
        .bind(&who.title)
        .bind(now)
        .fetch_one(&mut *conn)
        .await?;
    let row: ChatRow = sqlx::query_as(&format!(
        "INSERT INTO chats (platform, external_id, title, home_calendar_id, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING {CHAT_COLUMNS}"
    ))
    .bind(who.platform.as_str())
    .bind(&who.external_id)
    .bind(&who.title)
    .bind(calendar)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    row.into_chat()
}

pub async fn user(conn: &mut SqliteConnection, who: &UserIdentity, now: DateTime<Utc>) -> StoreResult<User> {
    let row: UserRow = sqlx::query_as(&format!(
        "INSERT INTO users (platform, external_id, display_name, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (platform, external_id) DO UPDATE SET display_name = excluded.display_name \
         RETURNING {USER_COLUMNS}"
    ))
    .bind(who.platform.as_str())
    .bind(&who.external_id)
    .bind(&who.display_name)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    row.into_user()
}

pub async fn subscribe(
    conn: &mut SqliteConnection,
    chat: ChatId,
    calendar: CalendarId,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO subscriptions (chat_id, calendar_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(chat.0)
    .bind(calendar.0)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_blocked(
    conn: &mut SqliteConnection,
    who: &crate::store::UserRef,
    blocked: bool,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let query = if blocked {
        // A person not seen yet is remembered (named by their id) so the block holds when they come.
        sqlx::query(
            "INSERT INTO users (platform, external_id, display_name, blocked_at, created_at) VALUES ($1, $2, $2, $3, $3) \
             ON CONFLICT (platform, external_id) DO UPDATE SET blocked_at = excluded.blocked_at \
             WHERE users.blocked_at IS NULL",
        )
        .bind(who.platform.as_str())
        .bind(&who.external_id)
        .bind(now)
    } else {
        sqlx::query(
            "UPDATE users SET blocked_at = NULL WHERE platform = $1 AND external_id = $2 AND blocked_at IS NOT NULL",
        )
        .bind(who.platform.as_str())
        .bind(&who.external_id)
    };
    Ok(query.execute(&mut *conn).await?.rows_affected() > 0)
}

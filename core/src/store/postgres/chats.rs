//! Chats, users, calendars, share codes and subscriptions.

use super::rows::{ChatRow, UserRow};
use crate::domain::*;
use crate::store::{CalendarInfo, StoreResult};
use chrono_tz::Tz;
use sqlx::PgConnection;

const CHAT_COLUMNS: &str = "id, platform, external_id, title, home_calendar_id, timezone, create_policy, digest";

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

pub async fn set_chat_zone(conn: &mut PgConnection, chat: ChatId, zone: Option<Tz>) -> StoreResult<()> {
    sqlx::query("UPDATE chats SET timezone = $2 WHERE id = $1")
        .bind(chat.0)
        .bind(zone.map(|z| z.name()))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_create_policy(conn: &mut PgConnection, chat: ChatId, policy: CreatePolicy) -> StoreResult<()> {
    sqlx::query("UPDATE chats SET create_policy = $2 WHERE id = $1")
        .bind(chat.0)
        .bind(policy.as_str())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_user_zone(conn: &mut PgConnection, user: UserId, zone: Option<Tz>) -> StoreResult<()> {
    sqlx::query("UPDATE users SET timezone = $2 WHERE id = $1")
        .bind(user.0)
        .bind(zone.map(|z| z.name()))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn calendar(conn: &mut PgConnection, id: CalendarId) -> StoreResult<Option<CalendarInfo>> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT id, name FROM calendars WHERE id = $1").bind(id.0).fetch_optional(&mut *conn).await?;
    Ok(row.map(|(id, name)| CalendarInfo { id: CalendarId(id), name }))
}

pub async fn share_code(conn: &mut PgConnection, calendar: CalendarId) -> StoreResult<Option<ShareCode>> {
    let code: Option<Option<String>> = sqlx::query_scalar("SELECT share_code FROM calendars WHERE id = $1")
        .bind(calendar.0)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(code.flatten().as_deref().and_then(ShareCode::parse))
}

pub async fn set_share_code(conn: &mut PgConnection, calendar: CalendarId, code: &ShareCode) -> StoreResult<()> {
    sqlx::query("UPDATE calendars SET share_code = $2 WHERE id = $1")
        .bind(calendar.0)
        .bind(code.as_str())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn calendar_by_code(conn: &mut PgConnection, code: &ShareCode) -> StoreResult<Option<CalendarInfo>> {
    let row: Option<(i64, String)> = sqlx::query_as("SELECT id, name FROM calendars WHERE share_code = $1")
        .bind(code.as_str())
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|(id, name)| CalendarInfo { id: CalendarId(id), name }))
}

pub async fn subscribe(conn: &mut PgConnection, chat: ChatId, calendar: CalendarId) -> StoreResult<bool> {
    let done = sqlx::query("INSERT INTO subscriptions (chat_id, calendar_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(chat.0)
        .bind(calendar.0)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn unsubscribe(conn: &mut PgConnection, chat: ChatId, calendar: CalendarId) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM subscriptions WHERE chat_id = $1 AND calendar_id = $2")
        .bind(chat.0)
        .bind(calendar.0)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn subscriptions(conn: &mut PgConnection, chat: ChatId) -> StoreResult<Vec<CalendarInfo>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT c.id, c.name FROM subscriptions s JOIN calendars c ON c.id = s.calendar_id \
         WHERE s.chat_id = $1 ORDER BY s.created_at, c.id",
    )
    .bind(chat.0)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|(id, name)| CalendarInfo { id: CalendarId(id), name }).collect())
}

pub async fn subscribers(conn: &mut PgConnection, calendar: CalendarId) -> StoreResult<Vec<Chat>> {
    let rows: Vec<ChatRow> = sqlx::query_as(&format!(
        "SELECT {} FROM subscriptions s JOIN chats c ON c.id = s.chat_id \
         WHERE s.calendar_id = $1 AND c.active ORDER BY s.created_at, c.id",
        CHAT_COLUMNS.split(", ").map(|c| format!("c.{c}")).collect::<Vec<_>>().join(", ")
    ))
    .bind(calendar.0)
    .fetch_all(&mut *conn)
    .await?;
    rows.into_iter().map(ChatRow::into_chat).collect()
}

pub async fn set_digest(
    conn: &mut PgConnection,
    chat: ChatId,
    digest: Option<&crate::digest::DigestSchedule>,
) -> StoreResult<()> {
    sqlx::query("UPDATE chats SET digest = $2 WHERE id = $1")
        .bind(chat.0)
        .bind(digest.map(|d| d.to_string()))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn digest_chats(pool: &sqlx::PgPool) -> StoreResult<Vec<Chat>> {
    let rows: Vec<ChatRow> =
        sqlx::query_as(&format!("SELECT {CHAT_COLUMNS} FROM chats WHERE digest IS NOT NULL AND active ORDER BY id"))
            .fetch_all(pool)
            .await?;
    rows.into_iter().map(ChatRow::into_chat).collect()
}

pub async fn claim_digest(
    pool: &sqlx::PgPool,
    chat: ChatId,
    now: chrono::DateTime<chrono::Utc>,
    not_since: chrono::DateTime<chrono::Utc>,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE chats SET digest_sent_at = $2 WHERE id = $1 AND digest IS NOT NULL \
         AND (digest_sent_at IS NULL OR digest_sent_at < $3)",
    )
    .bind(chat.0)
    .bind(now)
    .bind(not_since)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

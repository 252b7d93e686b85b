//! Chats and people, created on first sight (the other chat queries are in `portable`).

use crate::domain::*;
use crate::store::rows::{ChatRow, UserRow, CHAT_COLUMNS, USER_COLUMNS};
use crate::store::StoreResult;
use sqlx::{PgConnection, Row};

pub async fn chat(conn: &mut PgConnection, who: &ChatIdentity) -> StoreResult<Chat> {
    // Usually nothing changed: a plain read, so commands in one chat neither write nor wait on
    // each other's row lock.
    let unchanged: Option<ChatRow> = sqlx::query_as(&format!(
        "SELECT {CHAT_COLUMNS} FROM chats WHERE platform = $1 AND external_id = $2 AND title = $3 AND active"
    ))
    .bind(who.platform.as_str())
    .bind(&who.external_id)
    .bind(&who.title)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = unchanged {
        return row.into_chat();
    }
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

/// A chat and person both known under the names they have now (the usual case): one read,
/// no write. None when either is new, renamed or the chat was inactive.
pub async fn known_speaker(
    conn: &mut PgConnection,
    chat: &ChatIdentity,
    user: &UserIdentity,
) -> StoreResult<Option<(Chat, User)>> {
    let row = sqlx::query(
        "SELECT c.id, c.platform, c.external_id, c.title, c.home_calendar_id, c.timezone, c.create_policy, c.digest, \
                u.id, u.platform, u.external_id, u.display_name, u.timezone, u.blocked_at IS NOT NULL, \
                CASE WHEN u.email_verified_at IS NOT NULL THEN u.email END, c.language, u.language \
         FROM chats c, users u \
         WHERE c.platform = $1 AND c.external_id = $2 AND c.title = $3 AND c.active \
           AND u.platform = $4 AND u.external_id = $5 AND u.display_name = $6",
    )
    .bind(chat.platform.as_str())
    .bind(&chat.external_id)
    .bind(&chat.title)
    .bind(user.platform.as_str())
    .bind(&user.external_id)
    .bind(&user.display_name)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let chat = ChatRow {
        id: r.try_get(0)?,
        platform: r.try_get(1)?,
        external_id: r.try_get(2)?,
        title: r.try_get(3)?,
        home_calendar_id: r.try_get(4)?,
        timezone: r.try_get(5)?,
        create_policy: r.try_get(6)?,
        digest: r.try_get(7)?,
        language: r.try_get(15)?,
    };
    let user = UserRow {
        id: r.try_get(8)?,
        platform: r.try_get(9)?,
        external_id: r.try_get(10)?,
        display_name: r.try_get(11)?,
        timezone: r.try_get(12)?,
        blocked: r.try_get(13)?,
        email: r.try_get(14)?,
        language: r.try_get(16)?,
    };
    Ok(Some((chat.into_chat()?, user.into_user()?)))
}

pub async fn user(conn: &mut PgConnection, who: &UserIdentity) -> StoreResult<User> {
    // Usually known under the same name: a plain read, no write.
    let unchanged: Option<UserRow> = sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE platform = $1 AND external_id = $2 AND display_name = $3"
    ))
    .bind(who.platform.as_str())
    .bind(&who.external_id)
    .bind(&who.display_name)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = unchanged {
        return row.into_user();
    }
    let row: UserRow = sqlx::query_as(&format!(
        "INSERT INTO users (platform, external_id, display_name) VALUES ($1, $2, $3) \
         ON CONFLICT (platform, external_id) DO UPDATE SET display_name = EXCLUDED.display_name \
         RETURNING {USER_COLUMNS}"
    ))
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

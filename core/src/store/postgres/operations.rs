//! Blocking people (the command log and feeds are in `portable`).

use crate::store::{StoreResult, UserRef};
use chrono::{DateTime, Utc};
use sqlx::PgPool;

pub async fn set_blocked(pool: &PgPool, who: &UserRef, blocked: bool, now: DateTime<Utc>) -> StoreResult<bool> {
    let sql = if blocked {
        // A person not seen yet is remembered (named by their id) so the block holds when they come.
        "INSERT INTO users (platform, external_id, display_name, blocked_at) VALUES ($1, $2, $2, $3) \
         ON CONFLICT (platform, external_id) DO UPDATE SET blocked_at = EXCLUDED.blocked_at \
         WHERE users.blocked_at IS NULL"
    } else {
        "UPDATE users SET blocked_at = NULL WHERE platform = $1 AND external_id = $2 AND blocked_at IS NOT NULL \
         AND $3::timestamptz IS NULL"
    };
    let done = sqlx::query(sql)
        .bind(who.platform.as_str())
        .bind(&who.external_id)
        .bind(blocked.then_some(now))
        .execute(pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

//! A chat's membership changes on its platform: the bot removed (the chat goes quiet), or the
//! chat given a new id (a Telegram group upgraded to a supergroup).

use crate::domain::ChatIdentity;
use crate::store::StoreResult;
use sqlx::PgConnection;

pub async fn deactivate_chat(conn: &mut PgConnection, who: &ChatIdentity) -> StoreResult<bool> {
    let done = sqlx::query("UPDATE chats SET active = FALSE WHERE platform = $1 AND external_id = $2 AND active")
        .bind(who.platform.as_str())
        .bind(&who.external_id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn move_chat(conn: &mut PgConnection, from: &ChatIdentity, to_external_id: &str) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE chats SET external_id = $3 WHERE platform = $1 AND external_id = $2 \
         AND NOT EXISTS (SELECT 1 FROM chats WHERE platform = $1 AND external_id = $3)",
    )
    .bind(from.platform.as_str())
    .bind(&from.external_id)
    .bind(to_external_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

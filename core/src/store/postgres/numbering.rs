//! After an import: id sequences and the answer order continue after the imported rows.

use crate::store::StoreResult;
use sqlx::PgConnection;

/// Tables whose `id` a sequence hands out (BIGSERIAL).
const SERIAL_TABLES: [&str; 8] =
    ["calendars", "users", "chats", "events", "polls", "poll_options", "reminders", "command_log"];

/// A list column's value as bound: Postgres takes arrays as they are.
pub fn list<T: Clone>(items: &[T]) -> StoreResult<Vec<T>> {
    Ok(items.to_vec())
}

/// Moves every sequence past the largest value imported.
pub async fn continue_after_import(conn: &mut PgConnection) -> StoreResult<()> {
    for table in SERIAL_TABLES {
        sqlx::query(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table}"
        ))
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query("SELECT setval('rsvp_order', coalesce(max(answer_order), 0) + 1, false) FROM rsvps")
        .execute(&mut *conn)
        .await?;
    Ok(())
}

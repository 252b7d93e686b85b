//! The embedded SQLite backend: one database file (WAL mode), one Convene process at a time.
//! Writes go through a single connection and every transaction starts with `BEGIN IMMEDIATE`, so
//! units of work never interleave (no overbooking, no lost updates); reads for statistics, feeds
//! and readiness use a separate pool and see the last committed state.

mod chats;
mod events;
mod lock;
mod reminders;
mod transaction;

crate::store::portable::calendar_queries!(connection: sqlx::SqliteConnection, pool: sqlx::SqlitePool);
crate::store::lease_queries!(pool: sqlx::SqlitePool);
crate::store::inbox_queries!(connection: sqlx::SqliteConnection, pool: sqlx::SqlitePool);
crate::store::digest_queries!(pool: sqlx::SqlitePool, lock: "");
crate::store::portable::message_queries!(pool: sqlx::SqlitePool);
crate::store::portable::event_queries!(connection: sqlx::SqliteConnection, event_lock: "", poll_lock: "");
crate::store::portable::reminder_queries!(connection: sqlx::SqliteConnection, pool: sqlx::SqlitePool);
crate::store::portable::dump_queries!(connection: sqlx::SqliteConnection, list: super::events::list);
crate::store::portable::email_queries!(connection: sqlx::SqliteConnection, lock: "");
crate::store::portable::event_writes!(connection: sqlx::SqliteConnection, list: super::events::list);
crate::store::portable::stats_queries!(
    pool: sqlx::SqlitePool,
    top_topics: "SELECT t.value, count(*) FROM events, json_each(events.topics) AS t \
        WHERE created_at >= $1 AND created_at <= $2 GROUP BY t.value ORDER BY count(*) DESC, t.value LIMIT 10"
);

use super::dump::Dump;
use super::{
    ClaimedReminder, CommandRecord, DeliveryOutcome, Feed, PoolStatus, PostedIn, ReminderId, ReminderState, Store,
    StoreError, StoreResult, Transaction, UserRef,
};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use lock::InstanceLock;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

pub use lock::lock_path;

/// Migrations of the SQLite schema, applied at start-up.
pub static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");

/// A SQLite database file.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    /// The one connection that writes: transactions queue for it.
    writer: SqlitePool,
    /// Connections for reads outside transactions (statistics, feeds, readiness).
    reader: SqlitePool,
    /// Keeps other Convene processes off this file while any clone of the store lives (None
    /// for a read-only store, which shares the file with the instance that writes it).
    _lock: Option<Arc<InstanceLock>>,
}

impl SqliteStore {
    /// Opens (creating it when missing) the database file at `path` and applies migrations;
    /// `max_connections` bounds the reading connections. Fails with [`StoreError::InUse`] when
    /// another Convene has the file open.
    pub async fn open(path: &Path, max_connections: u32) -> StoreResult<Self> {
        let lock = InstanceLock::take(path)?;
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let writer = SqlitePoolOptions::new().max_connections(1).connect_with(options.clone()).await?;
        SQLITE_MIGRATOR.run(&writer).await.map_err(|e| StoreError::Database(e.into()))?;
        let released = reminders::release_orphaned_claims(&writer).await?;
        if released > 0 {
            tracing::info!(released, "reminders claimed before a crash are free to send again");
        }
        let reader = SqlitePoolOptions::new().max_connections(max_connections.max(1)).connect_with(options).await?;
        Ok(Self { writer, reader, _lock: Some(Arc::new(lock)) })
    }

    /// Opens an existing database file only to read it (`convene stats`, `convene export`), next
    /// to a running Convene that holds it: no lock, no migrations, and every write refused.
    pub async fn open_read_only(path: &Path) -> StoreResult<Self> {
        if !path.exists() {
            let missing = std::io::Error::new(std::io::ErrorKind::NotFound, "no database file here yet");
            return Err(StoreError::Database(sqlx::Error::Io(missing)));
        }
        let options = SqliteConnectOptions::new().filename(path).read_only(true).busy_timeout(Duration::from_secs(5));
        let reader = SqlitePoolOptions::new().max_connections(2).connect_with(options).await?;
        Ok(Self { writer: reader.clone(), reader, _lock: None })
    }

    /// The reading pool, for tests that look at what is stored.
    #[cfg(feature = "testing")]
    pub(crate) fn reader(&self) -> &SqlitePool {
        &self.reader
    }

    /// The writing connection, for tests that put the database in a state commands cannot.
    #[cfg(feature = "testing")]
    pub(crate) fn writer(&self) -> &SqlitePool {
        &self.writer
    }

    /// Closes every connection (the file lock goes when the last clone is dropped).
    pub async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn begin(&self, now: DateTime<Utc>) -> StoreResult<Box<dyn Transaction>> {
        let tx = self.writer.begin_with("BEGIN IMMEDIATE").await?;
        Ok(Box::new(transaction::SqliteTransaction::new(tx, now)))
    }

    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.reader).await?;
        Ok(())
    }

    async fn stats(&self, now: DateTime<Utc>, window: chrono::Duration) -> StoreResult<crate::stats::Stats> {
        Ok(crate::stats::Stats {
            generated_at: now,
            totals: stats_queries::totals(&self.reader, now).await?,
            window: stats_queries::window(&self.reader, now, window).await?,
        })
    }

    async fn record_commands(&self, entries: &[CommandRecord]) -> StoreResult<()> {
        let mut conn = self.writer.acquire().await?;
        calendar_queries::record_commands(&mut conn, entries).await
    }

    async fn set_blocked(&self, who: &UserRef, blocked: bool, now: DateTime<Utc>) -> StoreResult<bool> {
        let mut conn = self.writer.acquire().await?;
        chats::set_blocked(&mut conn, who, blocked, now).await
    }

    async fn note_nudge(&self, person: &UserRef, chat_external_id: &str, now: DateTime<Utc>) -> StoreResult<bool> {
        message_queries::note_nudge(&self.writer, person, chat_external_id, now).await
    }

    async fn forget_nudges(&self, person: &UserRef) -> StoreResult<()> {
        message_queries::forget_nudges(&self.writer, person).await
    }

    async fn posted_card(&self, chat: &PostedIn<'_>, card: &str) -> StoreResult<Option<String>> {
        message_queries::posted_card(&self.reader, chat, card).await
    }

    async fn remember_card(
        &self,
        chat: &PostedIn<'_>,
        card: &str,
        message_ref: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        message_queries::remember_card(&self.writer, chat, card, message_ref, now).await
    }

    async fn mirrored_chats(&self, platform: crate::domain::Platform) -> StoreResult<Vec<String>> {
        message_queries::mirrored_chats(&self.reader, platform).await
    }

    async fn posted_cards_like(&self, chat: &PostedIn<'_>, prefix: &str) -> StoreResult<Vec<(String, String)>> {
        message_queries::posted_cards_like(&self.reader, chat, prefix).await
    }

    async fn forget_card(&self, chat: &PostedIn<'_>, card: &str, message_ref: &str) -> StoreResult<()> {
        message_queries::forget_card(&self.writer, chat, card, message_ref).await
    }

    async fn feed(&self, token: &str) -> StoreResult<Option<Feed>> {
        calendar_queries::feed(&self.reader, token).await
    }

    async fn claim_due_reminders(
        &self,
        now: DateTime<Utc>,
        limit: i64,
        lease: chrono::Duration,
    ) -> StoreResult<Vec<ClaimedReminder>> {
        Ok(super::rows::claimed_in_order(reminders::claim(&self.writer, now, limit, lease).await?))
    }
    async fn next_reminder_due(&self) -> StoreResult<Option<DateTime<Utc>>> {
        reminder_queries::next_due(&self.reader).await
    }
    async fn delivered_targets(&self, reminder: ReminderId) -> StoreResult<Vec<String>> {
        reminder_queries::delivered(&self.reader, reminder).await
    }
    async fn record_delivery(
        &self,
        reminder: ReminderId,
        target: &str,
        at: DateTime<Utc>,
        outcome: DeliveryOutcome,
    ) -> StoreResult<()> {
        reminder_queries::record_delivery(&self.writer, reminder, target, at, outcome).await
    }
    async fn finish_reminder(&self, reminder: ReminderId, state: ReminderState, at: DateTime<Utc>) -> StoreResult<()> {
        reminder_queries::finish(&self.writer, reminder, state, at).await
    }
    async fn retry_reminder(&self, reminder: ReminderId, due_at: DateTime<Utc>) -> StoreResult<()> {
        reminder_queries::retry(&self.writer, reminder, due_at).await
    }

    async fn extend_claims(&self, reminders: &[ReminderId], until: DateTime<Utc>) -> StoreResult<()> {
        reminders::extend(&self.writer, &reminders.iter().map(|r| r.0).collect::<Vec<_>>(), until).await
    }

    async fn export(&self) -> StoreResult<Dump> {
        // A read transaction sees one snapshot of the file (WAL).
        let mut tx = self.reader.begin().await?;
        let dump = dump_queries::read(&mut tx).await?;
        tx.commit().await?;
        Ok(dump)
    }
    async fn import(&self, dump: &Dump) -> StoreResult<()> {
        let mut tx = self.writer.begin_with("BEGIN IMMEDIATE").await?;
        dump_queries::ensure_empty(&mut tx).await?;
        dump_queries::write(&mut tx, dump).await?;
        events::continue_answer_order(&mut tx).await?;
        Ok(tx.commit().await?)
    }

    fn pool_status(&self) -> Option<PoolStatus> {
        let idle = self.reader.num_idle() + self.writer.num_idle();
        Some(PoolStatus {
            size: self.reader.size() + self.writer.size(),
            idle: u32::try_from(idle).unwrap_or(u32::MAX),
            max: self.reader.options().get_max_connections() + 1,
        })
    }
}

crate::store::digest_queue_for!(SqliteStore, write: writer, read: reader);
crate::store::inbox_for!(SqliteStore, write: writer, read: reader);
crate::store::leases_for!(SqliteStore, write: writer, read: reader);
crate::store::housekeeping_for!(SqliteStore, write: writer);

//! The Postgres backend. All SQL of Convene lives below this module.

mod chats;
mod events;
mod numbering;
mod operations;
mod queue;
mod reminders;
mod transaction;

crate::store::portable::calendar_queries!(connection: sqlx::PgConnection, pool: sqlx::PgPool);
crate::store::lease_queries!(pool: sqlx::PgPool);
crate::store::inbox_queries!(connection: sqlx::PgConnection, pool: sqlx::PgPool);
crate::store::digest_queries!(pool: sqlx::PgPool, lock: "FOR UPDATE SKIP LOCKED");
crate::store::portable::message_queries!(pool: sqlx::PgPool);
crate::store::portable::event_queries!(
    connection: sqlx::PgConnection,
    event_lock: " FOR UPDATE",
    poll_lock: " FOR UPDATE OF p"
);
crate::store::portable::reminder_queries!(connection: sqlx::PgConnection, pool: sqlx::PgPool);
crate::store::portable::dump_queries!(connection: sqlx::PgConnection, list: super::numbering::list);
crate::store::portable::email_queries!(connection: sqlx::PgConnection, lock: " FOR UPDATE");
crate::store::portable::event_writes!(connection: sqlx::PgConnection, list: super::numbering::list);
crate::store::portable::stats_queries!(
    pool: sqlx::PgPool,
    top_topics: "SELECT topic, count(*) FROM events, unnest(topics) AS topic \
        WHERE created_at >= $1 AND created_at <= $2 GROUP BY topic ORDER BY count(*) DESC, topic LIMIT 10"
);

use super::availability::Availability;
use super::dump::Dump;
use super::rows::claimed_in_order;
use super::{
    ClaimedReminder, CommandRecord, DeliveryOutcome, Feed, PoolStatus, PostedIn, ReminderId, ReminderState, Store,
    StoreResult, Transaction, UserRef,
};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use std::str::FromStr;
use std::sync::Arc;
use transaction::PgTransaction;

/// Migrations embedded in the binary, applied by `convene migrate` and at start-up.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

/// A Postgres database reached through a connection pool.
#[derive(Debug, Clone)]
pub struct PgStore {
    /// The shared pool.
    pool: PgPool,
    /// Whether the server answered at the last try (so waits are cut short while it is down).
    availability: Arc<Availability>,
}

impl PgStore {
    /// Connects to `url` with at most `max_connections`.
    pub async fn connect(url: &str, max_connections: u32) -> StoreResult<Self> {
        let options = PgConnectOptions::from_str(url)?.application_name("convene");
        let pool = PgPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(std::time::Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Ok(Self::from_pool(pool))
    }

    /// Wraps an existing pool (tests get one per database from `#[sqlx::test]`).
    pub fn from_pool(pool: PgPool) -> Self {
        Self { pool, availability: Arc::default() }
    }

    /// The same store, waiting for a connection at most `usual_wait`, and `wait_while_down` once
    /// the server did not answer (tests of an outage use milliseconds).
    pub fn with_connection_waits(
        mut self,
        usual_wait: std::time::Duration,
        wait_while_down: std::time::Duration,
    ) -> Self {
        self.availability = Arc::new(Availability::new(usual_wait, wait_while_down));
        self
    }

    /// Applies pending migrations.
    pub async fn migrate(&self) -> StoreResult<()> {
        MIGRATOR.run(&self.pool).await.map_err(|e| StoreError::Database(e.into()))
    }

    /// The pool, for callers that need raw access in tests or benchmarks.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }
}

use super::StoreError;

#[async_trait]
impl Store for PgStore {
    async fn begin(&self, now: DateTime<Utc>) -> StoreResult<Box<dyn Transaction>> {
        Ok(Box::new(PgTransaction::new(self.availability.reach(self.pool.begin()).await?, now)))
    }

    async fn ping(&self) -> StoreResult<()> {
        let mut conn = self.availability.reach(self.pool.acquire()).await?;
        sqlx::query("SELECT 1").execute(&mut *conn).await?;
        Ok(())
    }

    fn known_down(&self) -> bool {
        self.availability.is_down()
    }

    async fn stats(&self, now: DateTime<Utc>, window: chrono::Duration) -> StoreResult<crate::stats::Stats> {
        Ok(crate::stats::Stats {
            generated_at: now,
            totals: stats_queries::totals(&self.pool, now).await?,
            window: stats_queries::window(&self.pool, now, window).await?,
        })
    }

    async fn record_commands(&self, entries: &[CommandRecord]) -> StoreResult<()> {
        let mut conn = self.availability.reach(self.pool.acquire()).await?;
        calendar_queries::record_commands(&mut conn, entries).await
    }

    async fn set_blocked(&self, who: &UserRef, blocked: bool, now: DateTime<Utc>) -> StoreResult<bool> {
        operations::set_blocked(&self.pool, who, blocked, now).await
    }

    async fn note_nudge(&self, person: &UserRef, chat_external_id: &str, now: DateTime<Utc>) -> StoreResult<bool> {
        message_queries::note_nudge(&self.pool, person, chat_external_id, now).await
    }

    async fn forget_nudges(&self, person: &UserRef) -> StoreResult<()> {
        message_queries::forget_nudges(&self.pool, person).await
    }

    async fn posted_card(&self, chat: &PostedIn<'_>, card: &str) -> StoreResult<Option<String>> {
        message_queries::posted_card(&self.pool, chat, card).await
    }

    async fn remember_card(
        &self,
        chat: &PostedIn<'_>,
        card: &str,
        message_ref: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        message_queries::remember_card(&self.pool, chat, card, message_ref, now).await
    }

    async fn mirrored_chats(&self, platform: crate::domain::Platform) -> StoreResult<Vec<String>> {
        message_queries::mirrored_chats(&self.pool, platform).await
    }

    async fn posted_cards_like(&self, chat: &PostedIn<'_>, prefix: &str) -> StoreResult<Vec<(String, String)>> {
        message_queries::posted_cards_like(&self.pool, chat, prefix).await
    }

    async fn forget_card(&self, chat: &PostedIn<'_>, card: &str, message_ref: &str) -> StoreResult<()> {
        message_queries::forget_card(&self.pool, chat, card, message_ref).await
    }

    async fn feed(&self, token: &str) -> StoreResult<Option<Feed>> {
        calendar_queries::feed(&self.pool, token).await
    }

    async fn claim_due_reminders(
        &self,
        now: DateTime<Utc>,
        limit: i64,
        lease: chrono::Duration,
    ) -> StoreResult<Vec<ClaimedReminder>> {
        Ok(claimed_in_order(queue::claim(&self.pool, now, limit, lease).await?))
    }
    async fn next_reminder_due(&self) -> StoreResult<Option<DateTime<Utc>>> {
        reminder_queries::next_due(&self.pool).await
    }
    async fn delivered_targets(&self, reminder: ReminderId) -> StoreResult<Vec<String>> {
        reminder_queries::delivered(&self.pool, reminder).await
    }
    async fn record_delivery(
        &self,
        reminder: ReminderId,
        target: &str,
        at: DateTime<Utc>,
        outcome: DeliveryOutcome,
    ) -> StoreResult<()> {
        reminder_queries::record_delivery(&self.pool, reminder, target, at, outcome).await
    }
    async fn finish_reminder(&self, reminder: ReminderId, state: ReminderState, at: DateTime<Utc>) -> StoreResult<()> {
        reminder_queries::finish(&self.pool, reminder, state, at).await
    }
    async fn retry_reminder(&self, reminder: ReminderId, due_at: DateTime<Utc>) -> StoreResult<()> {
        reminder_queries::retry(&self.pool, reminder, due_at).await
    }

    async fn extend_claims(&self, reminders: &[ReminderId], until: DateTime<Utc>) -> StoreResult<()> {
        queue::extend(&self.pool, &reminders.iter().map(|r| r.0).collect::<Vec<_>>(), until).await
    }
    fn forward_reminder_wakeups(&self, wake: std::sync::Arc<tokio::sync::Notify>) {
        queue::forward_wakeups(self.pool.clone(), "convene_reminders", wake);
    }

    async fn export(&self) -> StoreResult<Dump> {
        let mut tx = self.pool.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").await?;
        let dump = dump_queries::read(&mut tx).await?;
        tx.commit().await?;
        Ok(dump)
    }
    async fn import(&self, dump: &Dump) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        dump_queries::ensure_empty(&mut tx).await?;
        dump_queries::write(&mut tx, dump).await?;
        numbering::continue_after_import(&mut tx).await?;
        Ok(tx.commit().await?)
    }

    fn pool_status(&self) -> Option<PoolStatus> {
        let idle = u32::try_from(self.pool.num_idle()).unwrap_or(u32::MAX);
        Some(PoolStatus { size: self.pool.size(), idle, max: self.pool.options().get_max_connections() })
    }
}

crate::store::digest_queue_for!(PgStore, write: pool, read: pool);
crate::store::inbox_for!(PgStore, write: pool, read: pool);
crate::store::leases_for!(PgStore, write: pool, read: pool);
crate::store::housekeeping_for!(PgStore, write: pool);

//! The Postgres backend. All SQL of Convene lives below this module.

mod chats;
mod events;
mod numbering;
mod operations;
mod queue;
mod reminders;

crate::store::portable::calendar_queries!(connection: sqlx::PgConnection, pool: sqlx::PgPool);
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

use super::dump::Dump;
use super::rows::claimed_in_order;
use super::{
    CalendarInfo, ClaimedReminder, CommandRecord, DeliveryOutcome, EventFilter, Feed, PendingReminder, PoolStatus,
    PostedIn, ReminderId, ReminderState, Store, StoreResult, Transaction, UserRef, VerifyOutcome,
};
use crate::domain::*;
use crate::reminders::{Lead, NewReminder};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::PgConnection;
use std::str::FromStr;

/// Migrations embedded in the binary, applied by `convene migrate` and at start-up.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

/// A Postgres database reached through a connection pool.
#[derive(Debug, Clone)]
pub struct PgStore {
    /// The shared pool.
    pool: PgPool,
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
        Ok(Self { pool })
    }

    /// Wraps an existing pool (tests get one per database from `#[sqlx::test]`).
    pub fn from_pool(pool: PgPool) -> Self {
        Self { pool }
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
        Ok(Box::new(PgTransaction { tx: self.pool.begin().await?, now }))
    }

    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn stats(&self, now: DateTime<Utc>, window: chrono::Duration) -> StoreResult<crate::stats::Stats> {
        Ok(crate::stats::Stats {
            generated_at: now,
            totals: stats_queries::totals(&self.pool, now).await?,
            window: stats_queries::window(&self.pool, now, window).await?,
        })
    }

    async fn record_command(&self, entry: &CommandRecord) -> StoreResult<()> {
        let mut conn = self.pool.acquire().await?;
        calendar_queries::record_command(&mut conn, entry).await
    }

    async fn set_blocked(&self, who: &UserRef, blocked: bool, now: DateTime<Utc>) -> StoreResult<bool> {
        operations::set_blocked(&self.pool, who, blocked, now).await
    }

    async fn note_nudge(&self, person: &UserRef, chat_external_id: &str, now: DateTime<Utc>) -> StoreResult<bool> {
        calendar_queries::note_nudge(&self.pool, person, chat_external_id, now).await
    }

    async fn forget_nudges(&self, person: &UserRef) -> StoreResult<()> {
        calendar_queries::forget_nudges(&self.pool, person).await
    }

    async fn posted_card(&self, chat: &PostedIn<'_>, card: &str) -> StoreResult<Option<String>> {
        calendar_queries::posted_card(&self.pool, chat, card).await
    }

    async fn remember_card(
        &self,
        chat: &PostedIn<'_>,
        card: &str,
        message_ref: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        calendar_queries::remember_card(&self.pool, chat, card, message_ref, now).await
    }

    async fn forget_card(&self, chat: &PostedIn<'_>, card: &str, message_ref: &str) -> StoreResult<()> {
        calendar_queries::forget_card(&self.pool, chat, card, message_ref).await
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
    fn forward_reminder_wakeups(&self, wake: std::sync::Arc<tokio::sync::Notify>) {
        queue::forward_wakeups(self.pool.clone(), wake);
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
    async fn digest_chats(&self) -> StoreResult<Vec<Chat>> {
        calendar_queries::digest_chats(&self.pool).await
    }
    async fn claim_digest(&self, chat: ChatId, now: DateTime<Utc>, not_since: DateTime<Utc>) -> StoreResult<bool> {
        calendar_queries::claim_digest(&self.pool, chat, now, not_since).await
    }

    fn pool_status(&self) -> Option<PoolStatus> {
        let idle = u32::try_from(self.pool.num_idle()).unwrap_or(u32::MAX);
        Some(PoolStatus { size: self.pool.size(), idle, max: self.pool.options().get_max_connections() })
    }
}

/// One Postgres transaction.
struct PgTransaction {
    /// The open transaction; rolled back when dropped uncommitted.
    tx: sqlx::Transaction<'static, sqlx::Postgres>,
    /// The time of this unit of work, stamped on rows it writes.
    now: DateTime<Utc>,
}

impl PgTransaction {
    fn conn(&mut self) -> &mut PgConnection {
        &mut self.tx
    }
}

#[async_trait]
impl Transaction for PgTransaction {
    async fn commit(self: Box<Self>) -> StoreResult<()> {
        Ok(self.tx.commit().await?)
    }

    async fn record_command(&mut self, entry: &CommandRecord) -> StoreResult<()> {
        calendar_queries::record_command(self.conn(), entry).await
    }
    async fn chat(&mut self, who: &ChatIdentity) -> StoreResult<Chat> {
        chats::chat(self.conn(), who).await
    }
    async fn user(&mut self, who: &UserIdentity) -> StoreResult<User> {
        chats::user(self.conn(), who).await
    }
    async fn speaker(&mut self, chat: &ChatIdentity, user: &UserIdentity) -> StoreResult<(Chat, User)> {
        if let Some(both) = chats::known_speaker(self.conn(), chat, user).await? {
            return Ok(both);
        }
        Ok((chats::chat(self.conn(), chat).await?, chats::user(self.conn(), user).await?))
    }
    async fn deactivate_chat(&mut self, who: &ChatIdentity) -> StoreResult<bool> {
        calendar_queries::deactivate_chat(self.conn(), who).await
    }
    async fn move_chat(&mut self, from: &ChatIdentity, to_external_id: &str) -> StoreResult<bool> {
        calendar_queries::move_chat(self.conn(), from, to_external_id).await
    }
    async fn set_chat_zone(&mut self, chat: ChatId, zone: Option<Tz>) -> StoreResult<()> {
        calendar_queries::set_chat_zone(self.conn(), chat, zone).await
    }
    async fn set_digest(&mut self, chat: ChatId, digest: Option<&crate::digest::DigestSchedule>) -> StoreResult<()> {
        calendar_queries::set_digest(self.conn(), chat, digest).await
    }
    async fn set_create_policy(&mut self, chat: ChatId, policy: CreatePolicy) -> StoreResult<()> {
        calendar_queries::set_create_policy(self.conn(), chat, policy).await
    }
    async fn set_user_zone(&mut self, user: UserId, zone: Option<Tz>) -> StoreResult<()> {
        calendar_queries::set_user_zone(self.conn(), user, zone).await
    }
    async fn calendar(&mut self, id: CalendarId) -> StoreResult<Option<CalendarInfo>> {
        calendar_queries::calendar(self.conn(), id).await
    }
    async fn share_code(&mut self, calendar: CalendarId) -> StoreResult<Option<ShareCode>> {
        calendar_queries::share_code(self.conn(), calendar).await
    }
    async fn set_share_code(&mut self, calendar: CalendarId, code: &ShareCode) -> StoreResult<()> {
        calendar_queries::set_share_code(self.conn(), calendar, code).await
    }
    async fn calendar_by_code(&mut self, code: &ShareCode) -> StoreResult<Option<CalendarInfo>> {
        calendar_queries::calendar_by_code(self.conn(), code).await
    }
    async fn feed_token(&mut self, calendar: CalendarId) -> StoreResult<Option<String>> {
        calendar_queries::feed_token(self.conn(), calendar).await
    }
    async fn set_feed_token(&mut self, calendar: CalendarId, token: &str) -> StoreResult<()> {
        calendar_queries::set_feed_token(self.conn(), calendar, token).await
    }
    async fn start_email_link(
        &mut self,
        user: UserId,
        email: &Email,
        code: &str,
        expires_at: DateTime<Utc>,
    ) -> StoreResult<()> {
        email_queries::start(self.conn(), user, email, code, expires_at).await
    }
    async fn finish_email_link(&mut self, user: UserId, code: &str, now: DateTime<Utc>) -> StoreResult<VerifyOutcome> {
        email_queries::finish(self.conn(), user, code, now).await
    }
    async fn clear_email(&mut self, user: UserId) -> StoreResult<()> {
        email_queries::clear(self.conn(), user).await
    }
    async fn calendar_leads(&mut self, calendar: CalendarId) -> StoreResult<Vec<Lead>> {
        reminders::calendar_leads(self.conn(), calendar).await
    }
    async fn set_calendar_leads(&mut self, calendar: CalendarId, leads: &[Lead]) -> StoreResult<()> {
        reminders::set_calendar_leads(self.conn(), calendar, leads).await
    }
    async fn personal_leads(&mut self, event: EventId) -> StoreResult<Vec<(UserId, Lead)>> {
        reminder_queries::personal_leads(self.conn(), event).await
    }
    async fn set_personal_leads(&mut self, event: EventId, user: UserId, leads: &[Lead]) -> StoreResult<()> {
        reminders::set_personal_leads(self.conn(), event, user, leads).await
    }
    async fn replace_pending_reminders(&mut self, event: EventId, planned: &[NewReminder]) -> StoreResult<()> {
        let now = self.now;
        reminder_queries::replace_pending(self.conn(), event, planned, now).await
    }
    async fn add_reminder(&mut self, reminder: &NewReminder) -> StoreResult<()> {
        let now = self.now;
        reminder_queries::add(self.conn(), reminder, now).await
    }
    async fn pending_reminders_of(&mut self, user: UserId) -> StoreResult<Vec<PendingReminder>> {
        reminder_queries::pending_of(self.conn(), user).await
    }
    async fn event_by_id(&mut self, event: EventId) -> StoreResult<Option<Event>> {
        reminder_queries::event_by_id(self.conn(), event).await
    }
    async fn user_by_id(&mut self, user: UserId) -> StoreResult<Option<User>> {
        reminder_queries::user_by_id(self.conn(), user).await
    }
    async fn chats_of_calendar(&mut self, calendar: CalendarId) -> StoreResult<Vec<Chat>> {
        reminder_queries::chats_of_calendar(self.conn(), calendar).await
    }
    async fn subscribe(&mut self, chat: ChatId, calendar: CalendarId) -> StoreResult<bool> {
        chats::subscribe(self.conn(), chat, calendar).await
    }
    async fn unsubscribe(&mut self, chat: ChatId, calendar: CalendarId) -> StoreResult<bool> {
        calendar_queries::unsubscribe(self.conn(), chat, calendar).await
    }
    async fn subscriptions(&mut self, chat: ChatId) -> StoreResult<Vec<CalendarInfo>> {
        calendar_queries::subscriptions(self.conn(), chat).await
    }
    async fn subscribers(&mut self, calendar: CalendarId) -> StoreResult<Vec<Chat>> {
        calendar_queries::subscribers(self.conn(), calendar).await
    }
    async fn insert_event(&mut self, new: &NewEvent) -> StoreResult<Event> {
        let now = self.now;
        event_writes::insert_event(self.conn(), new, now).await
    }
    async fn event(&mut self, calendar: CalendarId, no: EventNo, lock: bool) -> StoreResult<Option<Event>> {
        event_queries::event(self.conn(), calendar, no, lock).await
    }
    async fn update_event(&mut self, event: &Event) -> StoreResult<Option<Event>> {
        let now = self.now;
        event_writes::update_event(self.conn(), event, now).await
    }
    async fn upcoming_events(
        &mut self,
        calendars: &[CalendarId],
        now: DateTime<Utc>,
        filter: &EventFilter,
    ) -> StoreResult<Vec<Event>> {
        events::upcoming(self.conn(), calendars, now, filter).await
    }
    async fn attendance(&mut self, event: EventId, occurrence: DateTime<Utc>) -> StoreResult<Vec<Attendance>> {
        event_queries::attendance(self.conn(), event, occurrence).await
    }
    async fn attendance_from(&mut self, event: EventId, from: DateTime<Utc>) -> StoreResult<Vec<Attendance>> {
        event_queries::attendance_from(self.conn(), event, from).await
    }
    async fn set_rsvp(
        &mut self,
        event: EventId,
        occurrence: DateTime<Utc>,
        user: UserId,
        state: RsvpState,
    ) -> StoreResult<()> {
        let now = self.now;
        events::set_rsvp(self.conn(), (event, occurrence), user, state, now).await
    }
    async fn remove_rsvp(&mut self, event: EventId, occurrence: DateTime<Utc>, user: UserId) -> StoreResult<bool> {
        event_queries::remove_rsvp(self.conn(), event, occurrence, user).await
    }
    async fn answered_occurrences(&mut self, event: EventId, from: DateTime<Utc>) -> StoreResult<Vec<DateTime<Utc>>> {
        event_queries::answered_occurrences(self.conn(), event, from).await
    }
    async fn move_rsvps(&mut self, event: EventId, from: DateTime<Utc>, to: DateTime<Utc>) -> StoreResult<()> {
        event_queries::move_rsvps(self.conn(), event, from, to).await
    }
    async fn draft(&mut self, chat: ChatId, user: UserId) -> StoreResult<Option<Draft>> {
        event_queries::draft(self.conn(), chat, user).await
    }
    async fn save_draft(&mut self, chat: ChatId, user: UserId, draft: &Draft) -> StoreResult<()> {
        event_queries::save_draft(self.conn(), chat, user, draft).await
    }
    async fn drop_draft(&mut self, chat: ChatId, user: UserId) -> StoreResult<bool> {
        event_queries::drop_draft(self.conn(), chat, user).await
    }
    async fn insert_poll(&mut self, new: &NewPoll) -> StoreResult<Poll> {
        let now = self.now;
        event_writes::insert_poll(self.conn(), new, now).await
    }
    async fn poll(&mut self, calendar: CalendarId, no: PollNo, lock: bool) -> StoreResult<Option<Poll>> {
        event_queries::poll(self.conn(), calendar, no, lock).await
    }
    async fn poll_options(&mut self, poll: PollId) -> StoreResult<Vec<PollOption>> {
        event_queries::poll_options(self.conn(), poll).await
    }
    async fn toggle_vote(&mut self, poll: PollId, position: i32, user: UserId) -> StoreResult<bool> {
        let now = self.now;
        event_queries::toggle_vote(self.conn(), poll, position, user, now).await
    }
    async fn close_poll(&mut self, poll: PollId, event: EventId) -> StoreResult<()> {
        let now = self.now;
        event_queries::close_poll(self.conn(), poll, event, now).await
    }
}

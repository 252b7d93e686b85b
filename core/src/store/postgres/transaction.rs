//! One Postgres unit of work: every call runs on the transaction's own connection.

use super::{calendar_queries, chats, email_queries, event_queries, event_writes, events, reminder_queries, reminders};
use crate::domain::*;
use crate::store::{
    CalendarInfo, CommandRecord, EventFilter, PendingReminder, StoreResult, Transaction, VerifyOutcome,
};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sqlx::PgConnection;

/// One Postgres transaction.
pub struct PgTransaction {
    /// The open transaction; rolled back when dropped uncommitted.
    tx: sqlx::Transaction<'static, sqlx::Postgres>,
    /// The time of this unit of work, stamped on rows it writes.
    now: DateTime<Utc>,
}

impl PgTransaction {
    pub fn new(tx: sqlx::Transaction<'static, sqlx::Postgres>, now: DateTime<Utc>) -> Self {
        Self { tx, now }
    }

    fn conn(&mut self) -> &mut PgConnection {
        &mut self.tx
    }
}

#[async_trait]
impl Transaction for PgTransaction {
    async fn commit(self: Box<Self>) -> StoreResult<()> {
        Ok(self.tx.commit().await?)
    }

    async fn first_handling(&mut self, key: &str) -> StoreResult<bool> {
        let now = self.now;
        super::inbox_queries::first_handling(self.conn(), key, now).await
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
    async fn known_chat(&mut self, platform: Platform, external_id: &str) -> StoreResult<Option<Chat>> {
        calendar_queries::known_chat(self.conn(), platform, external_id).await
    }
    async fn move_chat(&mut self, from: &ChatIdentity, to_external_id: &str) -> StoreResult<bool> {
        calendar_queries::move_chat(self.conn(), from, to_external_id).await
    }
    async fn set_chat_zone(&mut self, chat: ChatId, zone: Option<Tz>) -> StoreResult<()> {
        calendar_queries::set_chat_zone(self.conn(), chat, zone).await
    }
    async fn set_digest(
        &mut self,
        chat: ChatId,
        digest: Option<&crate::domain::DigestSchedule>,
        slot: Option<DateTime<Utc>>,
    ) -> StoreResult<()> {
        calendar_queries::set_digest(self.conn(), chat, digest, slot).await
    }
    async fn set_create_policy(&mut self, chat: ChatId, policy: CreatePolicy) -> StoreResult<()> {
        calendar_queries::set_create_policy(self.conn(), chat, policy).await
    }

    async fn mirrors_events(&mut self, chat: ChatId) -> StoreResult<bool> {
        calendar_queries::mirrors_events(self.conn(), chat).await
    }

    async fn set_mirrors_events(&mut self, chat: ChatId, on: bool, now: DateTime<Utc>) -> StoreResult<()> {
        calendar_queries::set_mirrors_events(self.conn(), chat, on, now).await
    }
    async fn set_user_zone(&mut self, user: UserId, zone: Option<Tz>) -> StoreResult<()> {
        calendar_queries::set_user_zone(self.conn(), user, zone).await
    }
    async fn set_chat_language(&mut self, chat: ChatId, language: Option<Language>) -> StoreResult<()> {
        calendar_queries::set_chat_language(self.conn(), chat, language).await
    }
    async fn set_user_language(&mut self, user: UserId, language: Option<Language>) -> StoreResult<()> {
        calendar_queries::set_user_language(self.conn(), user, language).await
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
    async fn poll_by_id(&mut self, poll: PollId) -> StoreResult<Option<Poll>> {
        event_queries::poll_by_id(self.conn(), poll).await
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

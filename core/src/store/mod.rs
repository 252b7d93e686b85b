//! Storage: the one boundary all persistence goes through. The engine sees only these traits; two
//! backends implement them: Postgres (production, several instances) and an embedded SQLite file
//! (the zero-setup default, one instance).
//! Every command runs inside one [`Transaction`]: it is committed whole or not at all.

mod availability;
mod columns;
mod digest_queue;
pub mod dump;
mod error;
mod housekeeping;
mod inbox;
mod leases;
mod lists;
mod open;
mod portable;
mod postgres;
mod rows;
mod sqlite;
#[cfg(feature = "testing")]
pub mod testing;
mod types;

pub use availability::{USUAL_WAIT, WAIT_WHILE_DOWN};
pub(crate) use digest_queue::{digest_queries, digest_queue_for};
pub use digest_queue::{ClaimedDigest, DigestQueue};
pub use error::{StoreError, StoreResult};
pub(crate) use housekeeping::housekeeping_for;
pub use housekeeping::{Housekeeping, Pruned};
pub use inbox::Inbox;
pub(crate) use inbox::{inbox_for, inbox_queries};
pub(crate) use leases::{lease_queries, leases_for};
pub use leases::{Lease, Leases};
pub use open::{Database, DEFAULT_DATABASE_URL};
pub use postgres::{PgStore, MIGRATOR};
pub use sqlite::{lock_path, SqliteStore, SQLITE_MIGRATOR};
pub use types::*;

use crate::domain::*;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// A database: hands out transactions.
#[async_trait]
pub trait Store: Leases + Housekeeping + DigestQueue + Inbox + Send + Sync + std::fmt::Debug {
    /// Starts a transaction; `now` is the time of this unit of work (stamped on what it writes).
    async fn begin(&self, now: DateTime<Utc>) -> StoreResult<Box<dyn Transaction>>;
    /// Whether the database answers (for readiness checks).
    async fn ping(&self) -> StoreResult<()>;
    /// Totals now, and what happened in the `window` before `now`.
    async fn stats(&self, now: DateTime<Utc>, window: chrono::Duration) -> StoreResult<crate::stats::Stats>;
    /// Notes handled commands (their names and outcomes only) for statistics.
    async fn record_commands(&self, entries: &[CommandRecord]) -> StoreResult<()>;
    /// Blocks or unblocks a person (remembered even before they first speak); returns whether
    /// anything changed.
    async fn set_blocked(&self, who: &UserRef, blocked: bool, now: DateTime<Utc>) -> StoreResult<bool>;
    /// Notes that `person` was told in a chat how to allow private messages; true the first time.
    async fn note_nudge(&self, person: &UserRef, chat_external_id: &str, now: DateTime<Utc>) -> StoreResult<bool>;
    /// Forgets those notes once the person opened a private chat (a later failure tells them again).
    async fn forget_nudges(&self, person: &UserRef) -> StoreResult<()>;
    /// The message showing `card` (see [`crate::CardOf::key`]) in a chat, as the adapter named it.
    async fn posted_card(&self, chat: &PostedIn<'_>, card: &str) -> StoreResult<Option<String>>;
    /// Remembers the message showing `card` in a chat (replacing an earlier one; the same one again
    /// writes nothing, so a press on a card costs no write here).
    async fn remember_card(
        &self,
        chat: &PostedIn<'_>,
        card: &str,
        message_ref: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<()>;
    /// Forgets that `message_ref` shows `card` in a chat (the message was deleted); a newer
    /// message remembered since is kept.
    async fn forget_card(&self, chat: &PostedIn<'_>, card: &str, message_ref: &str) -> StoreResult<()>;
    /// The chats of `platform` that mirror their events into its own event list.
    async fn mirrored_chats(&self, platform: Platform) -> StoreResult<Vec<String>>;
    /// Every (card, message) remembered in a chat whose card key starts with `prefix`.
    async fn posted_cards_like(&self, chat: &PostedIn<'_>, prefix: &str) -> StoreResult<Vec<(String, String)>>;
    /// The calendar whose feed has this token, with all its events.
    async fn feed(&self, token: &str) -> StoreResult<Option<Feed>>;
    /// Claims up to `limit` due reminders (pending and due, or claimed by someone whose lease ran
    /// out) for `lease`; concurrent claimers never get the same row.
    async fn claim_due_reminders(
        &self,
        now: DateTime<Utc>,
        limit: i64,
        lease: chrono::Duration,
    ) -> StoreResult<Vec<ClaimedReminder>>;
    /// Extends the claims on `reminders` still being sent to `until` (a sender renews its lease
    /// while it works through a long batch, so the lease itself can be short).
    async fn extend_claims(&self, reminders: &[ReminderId], until: DateTime<Utc>) -> StoreResult<()>;
    /// The earliest time a reminder is due (or a claim runs out), if any.
    async fn next_reminder_due(&self) -> StoreResult<Option<DateTime<Utc>>>;
    /// Targets a reminder already reached.
    async fn delivered_targets(&self, reminder: ReminderId) -> StoreResult<Vec<String>>;
    /// Notes what became of a reminder's target (the idempotency record: a recorded target is
    /// not tried again), at once and durably.
    async fn record_delivery(
        &self,
        reminder: ReminderId,
        target: &str,
        at: DateTime<Utc>,
        outcome: DeliveryOutcome,
    ) -> StoreResult<()>;
    /// Ends a claimed reminder in `state`.
    async fn finish_reminder(&self, reminder: ReminderId, state: ReminderState, at: DateTime<Utc>) -> StoreResult<()>;
    /// Puts a claimed reminder back to be tried again at `due_at`.
    async fn retry_reminder(&self, reminder: ReminderId, due_at: DateTime<Utc>) -> StoreResult<()>;
    /// Calls `wake` whenever another instance adds or moves reminders or digests (where the
    /// backend can tell).
    fn forward_reminder_wakeups(&self, wake: std::sync::Arc<tokio::sync::Notify>) {
        let _unused = wake;
    }
    /// Every row of every table, read in one consistent snapshot (`convene export`).
    async fn export(&self) -> StoreResult<dump::Dump>;
    /// Writes a whole dump, ids and numbering kept, into this database, which must hold nothing
    /// yet (`convene import`); all or nothing.
    async fn import(&self, dump: &dump::Dump) -> StoreResult<()>;
    /// Whether the last try to reach the database failed (work then fails fast until it answers).
    fn known_down(&self) -> bool {
        false
    }
    /// How the connection pool is doing, for metrics (None when there is no pool).
    fn pool_status(&self) -> Option<PoolStatus> {
        None
    }
}

/// One unit of work. Dropping it without [`Transaction::commit`] rolls everything back.
#[async_trait]
pub trait Transaction: Send {
    /// Commits all changes.
    async fn commit(self: Box<Self>) -> StoreResult<()>;
    /// Notes that the platform update `key` is being handled, in this transaction; false when it
    /// was handled before (handed out twice): the caller then changes nothing.
    async fn first_handling(&mut self, key: &str) -> StoreResult<bool>;
    /// Logs a command for the statistics along with what it changed (one commit for both).
    async fn record_command(&mut self, entry: &CommandRecord) -> StoreResult<()>;

    /// The chat, created with a fresh home calendar on first sight (its title kept up to date).
    async fn chat(&mut self, who: &ChatIdentity) -> StoreResult<Chat>;
    /// The person, created on first sight (their display name kept up to date).
    async fn user(&mut self, who: &UserIdentity) -> StoreResult<User>;
    /// The chat and the person speaking in it, as [`Transaction::chat`] and [`Transaction::user`]
    /// (a backend may read both at once).
    async fn speaker(&mut self, chat: &ChatIdentity, user: &UserIdentity) -> StoreResult<(Chat, User)> {
        Ok((self.chat(chat).await?, self.user(user).await?))
    }
    /// Marks a chat inactive (the bot was removed): it gets no reminders until someone speaks
    /// there again. False when the chat is unknown or already inactive.
    async fn deactivate_chat(&mut self, who: &ChatIdentity) -> StoreResult<bool>;
    /// The chat of `platform` with this id, if the bot knows it (nothing is created or changed).
    async fn known_chat(&mut self, platform: Platform, external_id: &str) -> StoreResult<Option<Chat>>;
    /// Gives a chat a new platform id (a Telegram group became a supergroup), keeping its calendar
    /// and subscriptions. False when the old id is unknown or the new id already has a chat.
    async fn move_chat(&mut self, from: &ChatIdentity, to_external_id: &str) -> StoreResult<bool>;
    /// Sets or clears a chat's zone.
    async fn set_chat_zone(&mut self, chat: ChatId, zone: Option<Tz>) -> StoreResult<()>;
    /// Sets or clears a chat's digest; `slot` is when the next one is due (planned in the digest
    /// queue; a planned row already at that slot is left as it is, one being sent included).
    async fn set_digest(
        &mut self,
        chat: ChatId,
        digest: Option<&crate::domain::DigestSchedule>,
        slot: Option<DateTime<Utc>>,
    ) -> StoreResult<()>;
    /// Sets who may create events in a chat.
    async fn set_create_policy(&mut self, chat: ChatId, policy: CreatePolicy) -> StoreResult<()>;
    /// Whether a chat mirrors its events into its platform's own event list.
    async fn mirrors_events(&mut self, chat: ChatId) -> StoreResult<bool>;
    /// Turns that mirroring on or off.
    async fn set_mirrors_events(&mut self, chat: ChatId, on: bool, now: DateTime<Utc>) -> StoreResult<()>;
    /// Sets or clears a person's own zone.
    async fn set_user_zone(&mut self, user: UserId, zone: Option<Tz>) -> StoreResult<()>;
    /// Sets or clears the language a chat is spoken to in.
    async fn set_chat_language(&mut self, chat: ChatId, language: Option<Language>) -> StoreResult<()>;
    /// Sets or clears the language of a person's private messages and emails.
    async fn set_user_language(&mut self, user: UserId, language: Option<Language>) -> StoreResult<()>;

    /// A calendar's name and id.
    async fn calendar(&mut self, id: CalendarId) -> StoreResult<Option<CalendarInfo>>;
    /// The calendar's join code, if it was shared.
    async fn share_code(&mut self, calendar: CalendarId) -> StoreResult<Option<ShareCode>>;
    /// Gives the calendar a join code.
    async fn set_share_code(&mut self, calendar: CalendarId, code: &ShareCode) -> StoreResult<()>;
    /// The calendar a join code opens.
    async fn calendar_by_code(&mut self, code: &ShareCode) -> StoreResult<Option<CalendarInfo>>;
    /// Subscribes a chat to a calendar; false when it already was.
    async fn subscribe(&mut self, chat: ChatId, calendar: CalendarId) -> StoreResult<bool>;
    /// Ends a subscription; false when there was none.
    async fn unsubscribe(&mut self, chat: ChatId, calendar: CalendarId) -> StoreResult<bool>;
    /// The calendar's feed token, if a feed was asked for.
    async fn feed_token(&mut self, calendar: CalendarId) -> StoreResult<Option<String>>;
    /// Gives the calendar a new feed token (the old URL stops working).
    async fn set_feed_token(&mut self, calendar: CalendarId, token: &str) -> StoreResult<()>;
    /// Stores a fresh code for linking `email` (replacing any earlier one).
    async fn start_email_link(
        &mut self,
        user: UserId,
        email: &Email,
        code: &str,
        expires_at: DateTime<Utc>,
    ) -> StoreResult<()>;
    /// Checks a code typed at `now`; counts wrong tries; links the address when right.
    async fn finish_email_link(&mut self, user: UserId, code: &str, now: DateTime<Utc>) -> StoreResult<VerifyOutcome>;
    /// Unlinks a person's email.
    async fn clear_email(&mut self, user: UserId) -> StoreResult<()>;
    /// The calendar's default reminder leads.
    async fn calendar_leads(&mut self, calendar: CalendarId) -> StoreResult<Vec<Lead>>;
    /// Sets the calendar's default reminder leads (empty: none).
    async fn set_calendar_leads(&mut self, calendar: CalendarId, leads: &[Lead]) -> StoreResult<()>;
    /// Everyone's own leads for an event.
    async fn personal_leads(&mut self, event: EventId) -> StoreResult<Vec<(UserId, Lead)>>;
    /// Replaces one person's own leads for an event.
    async fn set_personal_leads(&mut self, event: EventId, user: UserId, leads: &[Lead]) -> StoreResult<()>;
    /// Replaces the event's pending reminders with `planned` (sent ones are never sent again).
    async fn replace_pending_reminders(&mut self, event: EventId, planned: &[NewReminder]) -> StoreResult<()>;
    /// Adds one reminder (e.g. a snooze) unless the same one exists.
    async fn add_reminder(&mut self, reminder: &NewReminder) -> StoreResult<()>;
    /// A person's pending reminders, soonest first.
    async fn pending_reminders_of(&mut self, user: UserId) -> StoreResult<Vec<PendingReminder>>;
    /// An event by id.
    async fn event_by_id(&mut self, event: EventId) -> StoreResult<Option<Event>>;
    /// A person by id.
    async fn user_by_id(&mut self, user: UserId) -> StoreResult<Option<User>>;
    /// Active chats that see a calendar: its home chat first, then subscribers.
    async fn chats_of_calendar(&mut self, calendar: CalendarId) -> StoreResult<Vec<Chat>>;
    /// Calendars a chat subscribes to (not its own).
    async fn subscriptions(&mut self, chat: ChatId) -> StoreResult<Vec<CalendarInfo>>;
    /// Active chats that subscribe to a calendar (not its home chat).
    async fn subscribers(&mut self, calendar: CalendarId) -> StoreResult<Vec<Chat>>;

    /// Creates an event with the calendar's next number.
    async fn insert_event(&mut self, new: &NewEvent) -> StoreResult<Event>;
    /// An event by number; `lock` holds it against concurrent changes until commit.
    async fn event(&mut self, calendar: CalendarId, no: EventNo, lock: bool) -> StoreResult<Option<Event>>;
    /// Writes an edited event if nobody changed it meanwhile (its version is still `event.version`);
    /// returns the stored event with its new version, or None when it was stale.
    async fn update_event(&mut self, event: &Event) -> StoreResult<Option<Event>>;
    /// Scheduled events of these calendars not over by `now` (series always), by start.
    async fn upcoming_events(
        &mut self,
        calendars: &[CalendarId],
        now: DateTime<Utc>,
        filter: &EventFilter,
    ) -> StoreResult<Vec<Event>>;

    /// Everyone who answered one occurrence (its start; a one-off event's start), in answer order.
    async fn attendance(&mut self, event: EventId, occurrence: DateTime<Utc>) -> StoreResult<Vec<Attendance>>;
    /// Everyone's answers to the occurrences starting at `from` or later, in answer order (a
    /// person appears once per occurrence answered).
    async fn attendance_from(&mut self, event: EventId, from: DateTime<Utc>) -> StoreResult<Vec<Attendance>>;
    /// Sets one person's answer to one occurrence (a new answer goes to the end of the order).
    async fn set_rsvp(
        &mut self,
        event: EventId,
        occurrence: DateTime<Utc>,
        user: UserId,
        state: RsvpState,
    ) -> StoreResult<()>;
    /// Withdraws one person's answer to one occurrence; false when there was none.
    async fn remove_rsvp(&mut self, event: EventId, occurrence: DateTime<Utc>, user: UserId) -> StoreResult<bool>;
    /// The occurrences (starts) of an event that have answers, from `from` on, earliest first.
    async fn answered_occurrences(&mut self, event: EventId, from: DateTime<Utc>) -> StoreResult<Vec<DateTime<Utc>>>;
    /// Moves every answer to occurrence `from` over to occurrence `to` (the event moved).
    async fn move_rsvps(&mut self, event: EventId, from: DateTime<Utc>, to: DateTime<Utc>) -> StoreResult<()>;
    /// The step-by-step `/new` a person has open in a chat.
    async fn draft(&mut self, chat: ChatId, user: UserId) -> StoreResult<Option<Draft>>;
    /// Keeps a step-by-step `/new` (replacing the person's earlier one in that chat).
    async fn save_draft(&mut self, chat: ChatId, user: UserId, draft: &Draft) -> StoreResult<()>;
    /// Forgets a step-by-step `/new`; false when there was none.
    async fn drop_draft(&mut self, chat: ChatId, user: UserId) -> StoreResult<bool>;

    /// Creates a poll with the calendar's next poll number.
    async fn insert_poll(&mut self, new: &NewPoll) -> StoreResult<Poll>;
    /// A poll by number; `lock` holds it until commit.
    async fn poll(&mut self, calendar: CalendarId, no: PollNo, lock: bool) -> StoreResult<Option<Poll>>;
    /// A poll by its id.
    async fn poll_by_id(&mut self, poll: PollId) -> StoreResult<Option<Poll>>;
    /// The poll's options with their voters, by position.
    async fn poll_options(&mut self, poll: PollId) -> StoreResult<Vec<PollOption>>;
    /// Adds the vote, or removes it if it was there; returns whether it is there now.
    async fn toggle_vote(&mut self, poll: PollId, position: i32, user: UserId) -> StoreResult<bool>;
    /// Marks the poll closed into an event.
    async fn close_poll(&mut self, poll: PollId, event: EventId) -> StoreResult<()>;
}

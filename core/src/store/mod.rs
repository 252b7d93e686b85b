//! Storage: the one boundary all persistence goes through. The engine sees only these traits; two
//! backends implement them: Postgres (production, several instances) and an embedded SQLite file
//! (the zero-setup default, one instance).
//! Every command runs inside one [`Transaction`]: it is committed whole or not at all.

mod open;
mod portable;
mod postgres;
mod rows;
mod sqlite;
#[cfg(feature = "testing")]
pub mod testing;

pub use open::{Database, DEFAULT_DATABASE_URL};
pub use postgres::{PgStore, MIGRATOR};
pub use sqlite::{lock_path, SqliteStore, SQLITE_MIGRATOR};

use crate::domain::*;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// A storage failure. Never shown to users; logged once by the engine.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database refused or could not be reached.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// Stored data that does not read back as a valid domain value.
    #[error("corrupt stored value in {what}: {value}")]
    Corrupt {
        /// Which column.
        what: &'static str,
        /// The value found.
        value: String,
    },
    /// Another Convene process has the SQLite database open (it runs one instance per file).
    #[error(
        "another Convene is using this SQLite database (it holds {lock_file}); SQLite runs one \
         instance at a time: stop the other one, or use Postgres to run several"
    )]
    InUse {
        /// The lock file the other process holds.
        lock_file: String,
    },
    /// A database URL of no supported backend.
    #[error("unsupported database URL scheme {scheme:?}: use postgres://user@host/db or sqlite://path/to/file.db")]
    UnknownDatabase {
        /// The URL's scheme (the rest may hold a password).
        scheme: String,
    },
}

/// Result of a storage call.
pub type StoreResult<T> = Result<T, StoreError>;

/// A database: hands out transactions.
#[async_trait]
pub trait Store: Send + Sync + std::fmt::Debug {
    /// Starts a transaction; `now` is the time of this unit of work (stamped on what it writes).
    async fn begin(&self, now: DateTime<Utc>) -> StoreResult<Box<dyn Transaction>>;
    /// Whether the database answers (for readiness checks).
    async fn ping(&self) -> StoreResult<()>;
    /// Totals now, and what happened in the `window` before `now`.
    async fn stats(&self, now: DateTime<Utc>, window: chrono::Duration) -> StoreResult<crate::stats::Stats>;
    /// Notes one handled command (its name and outcome only) for statistics.
    async fn record_command(&self, entry: &CommandRecord) -> StoreResult<()>;
    /// Blocks or unblocks a person (remembered even before they first speak); returns whether
    /// anything changed.
    async fn set_blocked(&self, who: &UserRef, blocked: bool, now: DateTime<Utc>) -> StoreResult<bool>;
    /// The calendar whose feed has this token, with all its events.
    async fn feed(&self, token: &str) -> StoreResult<Option<Feed>>;
    /// How the connection pool is doing, for metrics (None when there is no pool).
    fn pool_status(&self) -> Option<PoolStatus> {
        None
    }
}

/// Connection pool figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolStatus {
    /// Open connections.
    pub size: u32,
    /// Open and idle.
    pub idle: u32,
    /// The most it opens.
    pub max: u32,
}

/// One handled command, for statistics.
#[derive(Debug, Clone, PartialEq)]
pub struct CommandRecord {
    /// When it was handled.
    pub at: DateTime<Utc>,
    /// Where it came from.
    pub platform: Platform,
    /// The command's name (`unknown`, `text` for others).
    pub command: String,
    /// `ok`, `refused`, `error`, `limited` or `blocked`.
    pub outcome: &'static str,
}

/// A person named by platform and platform id (as operators name them: `telegram:12345`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRef {
    /// Their platform.
    pub platform: Platform,
    /// The platform's id for them.
    pub external_id: String,
}

impl UserRef {
    /// Reads `telegram:12345`; None when the platform is unknown or the id empty.
    pub fn parse(text: &str) -> Option<Self> {
        let (platform, id) = text.trim().split_once(':')?;
        let platform = Platform::from_stored(&platform.to_lowercase())?;
        (!id.is_empty()).then(|| Self { platform, external_id: id.to_string() })
    }
}

/// A calendar's iCalendar feed content.
#[derive(Debug, Clone, PartialEq)]
pub struct Feed {
    /// The calendar's name.
    pub calendar: CalendarInfo,
    /// All its events, cancelled ones included (clients mark them cancelled).
    pub events: Vec<Event>,
}

/// What a search looks for; every part given must match.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    /// Words in the title or description.
    pub text: Option<String>,
    /// A topic the event has.
    pub topic: Option<Topic>,
    /// Words in the location.
    pub place: Option<String>,
    /// Only events starting in [from, to).
    pub range: Option<(DateTime<Utc>, DateTime<Utc>)>,
}

/// A calendar as listed to people.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarInfo {
    /// Its id (used in `#7.3` references).
    pub id: CalendarId,
    /// Its name.
    pub name: String,
}

/// One unit of work. Dropping it without [`Transaction::commit`] rolls everything back.
#[async_trait]
pub trait Transaction: Send {
    /// Commits all changes.
    async fn commit(self: Box<Self>) -> StoreResult<()>;

    /// The chat, created with a fresh home calendar on first sight (its title kept up to date).
    async fn chat(&mut self, who: &ChatIdentity) -> StoreResult<Chat>;
    /// The person, created on first sight (their display name kept up to date).
    async fn user(&mut self, who: &UserIdentity) -> StoreResult<User>;
    /// Sets or clears a chat's zone.
    async fn set_chat_zone(&mut self, chat: ChatId, zone: Option<Tz>) -> StoreResult<()>;
    /// Sets who may create events in a chat.
    async fn set_create_policy(&mut self, chat: ChatId, policy: CreatePolicy) -> StoreResult<()>;
    /// Sets or clears a person's own zone.
    async fn set_user_zone(&mut self, user: UserId, zone: Option<Tz>) -> StoreResult<()>;

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

    /// Everyone who answered, in answer order.
    async fn attendance(&mut self, event: EventId) -> StoreResult<Vec<Attendance>>;
    /// Records an answer (a new answer moves the person to the end of the answer order).
    async fn set_rsvp(&mut self, event: EventId, user: UserId, state: RsvpState) -> StoreResult<()>;
    /// Forgets an answer; false when there was none.
    async fn remove_rsvp(&mut self, event: EventId, user: UserId) -> StoreResult<bool>;

    /// Creates a poll with the calendar's next poll number.
    async fn insert_poll(&mut self, new: &NewPoll) -> StoreResult<Poll>;
    /// A poll by number; `lock` holds it until commit.
    async fn poll(&mut self, calendar: CalendarId, no: PollNo, lock: bool) -> StoreResult<Option<Poll>>;
    /// The poll's options with their voters, by position.
    async fn poll_options(&mut self, poll: PollId) -> StoreResult<Vec<PollOption>>;
    /// Adds the vote, or removes it if it was there; returns whether it is there now.
    async fn toggle_vote(&mut self, poll: PollId, position: i32, user: UserId) -> StoreResult<bool>;
    /// Marks the poll closed into an event.
    async fn close_poll(&mut self, poll: PollId, event: EventId) -> StoreResult<()>;
}

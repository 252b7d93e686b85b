//! Everything a Convene database holds, as one versioned document: `convene export` writes it and
//! `convene import` reads it, so data moves between backends (a SQLite trial to Postgres in
//! production) with every id and number kept. Each backend reads and writes its own tables.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The dump format this build writes and reads.
pub const DUMP_FORMAT: u32 = 1;

/// Every row of every table, each table ordered by its key.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Dump {
    /// [`DUMP_FORMAT`] when written.
    pub format: u32,
    pub calendars: Vec<CalendarRow>,
    pub users: Vec<UserRow>,
    pub chats: Vec<ChatRow>,
    pub subscriptions: Vec<SubscriptionRow>,
    pub events: Vec<EventRow>,
    pub rsvps: Vec<RsvpRow>,
    pub polls: Vec<PollRow>,
    pub poll_options: Vec<PollOptionRow>,
    pub votes: Vec<VoteRow>,
    pub personal_leads: Vec<PersonalLeadRow>,
    pub reminders: Vec<ReminderRow>,
    pub deliveries: Vec<DeliveryRow>,
    pub email_codes: Vec<EmailCodeRow>,
    pub command_log: Vec<CommandLogRow>,
}

impl Dump {
    /// How many rows it holds, for the operator's summary.
    pub fn rows(&self) -> usize {
        self.calendars.len()
            + self.users.len()
            + self.chats.len()
            + self.subscriptions.len()
            + self.events.len()
            + self.rsvps.len()
            + self.polls.len()
            + self.poll_options.len()
            + self.votes.len()
            + self.personal_leads.len()
            + self.reminders.len()
            + self.deliveries.len()
            + self.email_codes.len()
            + self.command_log.len()
    }
}

/// A list column: a Postgres array, a JSON array in SQLite.
type List<T> = Vec<T>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct CalendarRow {
    pub id: i64,
    pub name: String,
    pub share_code: Option<String>,
    pub next_event_no: i32,
    pub next_poll_no: i32,
    pub created_at: DateTime<Utc>,
    pub feed_token: Option<String>,
    #[sqlx(try_from = "super::rows::StoredList<i32>")]
    pub reminder_leads: List<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub platform: String,
    pub external_id: String,
    pub display_name: String,
    pub timezone: Option<String>,
    pub email: Option<String>,
    pub created_at: DateTime<Utc>,
    pub blocked_at: Option<DateTime<Utc>>,
    pub email_verified_at: Option<DateTime<Utc>>,
    /// Absent from dumps written before languages.
    #[serde(default)]
    pub language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct ChatRow {
    pub id: i64,
    pub platform: String,
    pub external_id: String,
    pub title: String,
    pub home_calendar_id: i64,
    pub timezone: Option<String>,
    pub create_policy: String,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    pub digest: Option<String>,
    pub digest_sent_at: Option<DateTime<Utc>>,
    /// Absent from dumps written before languages.
    #[serde(default)]
    pub language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct SubscriptionRow {
    pub chat_id: i64,
    pub calendar_id: i64,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct EventRow {
    pub id: i64,
    pub calendar_id: i64,
    pub no: i32,
    pub title: String,
    pub description: Option<String>,
    pub location: Option<String>,
    #[sqlx(try_from = "super::rows::StoredList<String>")]
    pub topics: List<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub timezone: String,
    pub rrule: Option<String>,
    pub capacity: Option<i32>,
    pub creator_id: i64,
    pub status: String,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Occurrences of a series cancelled one by one.
    #[sqlx(try_from = "super::rows::StoredList<DateTime<Utc>>")]
    pub skipped: List<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct RsvpRow {
    pub event_id: i64,
    /// The start of the occurrence answered.
    pub occurrence: DateTime<Utc>,
    pub user_id: i64,
    pub state: String,
    /// Position in the answer order (the waitlist is served by it).
    pub answer_order: i64,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct PollRow {
    pub id: i64,
    pub calendar_id: i64,
    pub no: i32,
    pub title: String,
    pub timezone: String,
    pub creator_id: i64,
    pub event_id: Option<i64>,
    pub closed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct PollOptionRow {
    pub id: i64,
    pub poll_id: i64,
    pub position: i32,
    pub starts_at: DateTime<Utc>,
    /// Missing in dumps made before options could have an end.
    #[serde(default)]
    pub ends_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct VoteRow {
    pub option_id: i64,
    pub user_id: i64,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct PersonalLeadRow {
    pub event_id: i64,
    pub user_id: i64,
    pub lead_minutes: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct ReminderRow {
    pub id: i64,
    pub event_id: i64,
    pub occurrence: DateTime<Utc>,
    pub lead_minutes: i32,
    pub user_id: Option<i64>,
    pub due_at: DateTime<Utc>,
    pub state: String,
    pub lease_until: Option<DateTime<Utc>>,
    pub attempts: i32,
    pub finished_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct DeliveryRow {
    pub reminder_id: i64,
    pub target: String,
    pub sent_at: DateTime<Utc>,
    /// `sent`, `refused` or `failed` (dumps from before outcomes were kept read as `sent`).
    #[serde(default = "sent")]
    pub outcome: String,
}

fn sent() -> String {
    "sent".into()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct CommandLogRow {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub platform: String,
    pub command: String,
    pub outcome: String,
}

/// A code sent to link an email address, not typed yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct EmailCodeRow {
    pub user_id: i64,
    pub email: String,
    pub code: String,
    pub expires_at: DateTime<Utc>,
    pub attempts: i32,
}

//! Rows as both backends return them, and their conversion into domain values.

use crate::domain::*;
use crate::store::{StoreError, StoreResult};
use crate::time::Recurrence;

pub use super::columns::{CHAT_COLUMNS, EVENT_COLUMNS, USER_COLUMNS};
pub use super::lists::{StoredList, TopicList};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

fn corrupt(what: &'static str, value: &str) -> StoreError {
    StoreError::Corrupt { what, value: value.to_owned() }
}

/// Reads a stored zone name.
pub fn zone(what: &'static str, name: &str) -> StoreResult<Tz> {
    name.parse::<Tz>().map_err(|_| corrupt(what, name))
}

/// Reads an optional stored zone name.
pub fn optional_zone(what: &'static str, name: Option<&str>) -> StoreResult<Option<Tz>> {
    name.map(|n| zone(what, n)).transpose()
}

fn platform(name: &str) -> StoreResult<Platform> {
    Platform::from_stored(name).ok_or_else(|| corrupt("platform", name))
}

#[derive(sqlx::FromRow)]
pub struct ChatRow {
    pub id: i64,
    pub platform: String,
    pub external_id: String,
    pub title: String,
    pub home_calendar_id: i64,
    pub timezone: Option<String>,
    pub create_policy: String,
    #[sqlx(default)]
    pub digest: Option<String>,
    #[sqlx(default)]
    pub language: Option<String>,
}

impl ChatRow {
    pub fn into_chat(self) -> StoreResult<Chat> {
        Ok(Chat {
            id: ChatId(self.id),
            identity: ChatIdentity {
                platform: platform(&self.platform)?,
                external_id: self.external_id,
                title: self.title,
            },
            home_calendar: CalendarId(self.home_calendar_id),
            zone: optional_zone("chats.timezone", self.timezone.as_deref())?,
            create_policy: CreatePolicy::from_stored(&self.create_policy),
            digest: self.digest.as_deref().and_then(crate::domain::DigestSchedule::parse),
            language: self.language.as_deref().and_then(Language::from_code),
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub platform: String,
    pub external_id: String,
    pub display_name: String,
    pub timezone: Option<String>,
    #[sqlx(default)]
    pub blocked: bool,
    #[sqlx(default)]
    pub email: Option<String>,
    #[sqlx(default)]
    pub language: Option<String>,
}

impl UserRow {
    pub fn into_user(self) -> StoreResult<User> {
        Ok(User {
            id: UserId(self.id),
            identity: UserIdentity {
                platform: platform(&self.platform)?,
                external_id: self.external_id,
                display_name: self.display_name,
            },
            zone: optional_zone("users.timezone", self.timezone.as_deref())?,
            blocked: self.blocked,
            email: self.email.as_deref().and_then(Email::parse),
            language: self.language.as_deref().and_then(Language::from_code),
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct EventRow {
    pub id: i64,
    pub calendar_id: i64,
    pub no: i32,
    pub title: String,
    pub description: Option<String>,
    pub location: Option<String>,
    pub topics: TopicList,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub timezone: String,
    pub rrule: Option<String>,
    pub capacity: Option<i32>,
    pub creator_id: i64,
    pub status: String,
    pub version: i32,
    /// Occurrences of a series cancelled one by one.
    #[sqlx(try_from = "StoredList<DateTime<Utc>>")]
    pub skipped: Vec<DateTime<Utc>>,
}

impl EventRow {
    pub fn into_event(self) -> StoreResult<Event> {
        let recurrence = match self.rrule.as_deref() {
            Some(rule) => Some(Recurrence::from_rrule(rule).map_err(|_| corrupt("events.rrule", rule))?),
            None => None,
        };
        let topics = self
            .topics
            .0
            .iter()
            .map(|t| Topic::parse(t).ok_or_else(|| corrupt("events.topics", t)))
            .collect::<StoreResult<_>>()?;
        Ok(Event {
            id: EventId(self.id),
            calendar: CalendarId(self.calendar_id),
            no: EventNo(self.no),
            title: EventTitle::parse(&self.title).ok_or_else(|| corrupt("events.title", &self.title))?,
            description: self.description,
            location: self.location.as_deref().and_then(Location::parse),
            topics,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            zone: zone("events.timezone", &self.timezone)?,
            recurrence,
            capacity: self.capacity.and_then(|c| Capacity::new(c.into())),
            creator: UserId(self.creator_id),
            status: EventStatus::from_stored(&self.status),
            version: self.version,
            skipped: self.skipped,
        })
    }
}

/// One answer with the person who gave it.
#[derive(sqlx::FromRow)]
pub struct AttendanceRow {
    pub state: String,
    #[sqlx(flatten)]
    pub user: UserRow,
}

impl AttendanceRow {
    pub fn into_attendance(self) -> StoreResult<Attendance> {
        let state = RsvpState::from_stored(&self.state).ok_or_else(|| corrupt("rsvps.state", &self.state))?;
        Ok(Attendance { user: self.user.into_user()?, state })
    }
}

#[derive(sqlx::FromRow)]
pub struct PollRow {
    pub id: i64,
    pub calendar_id: i64,
    pub no: i32,
    pub title: String,
    pub timezone: String,
    pub creator_id: i64,
    pub event_no: Option<i32>,
}

impl PollRow {
    pub fn into_poll(self) -> StoreResult<Poll> {
        Ok(Poll {
            id: PollId(self.id),
            calendar: CalendarId(self.calendar_id),
            no: PollNo(self.no),
            title: PollTitle::parse(&self.title).ok_or_else(|| corrupt("polls.title", &self.title))?,
            zone: zone("polls.timezone", &self.timezone)?,
            creator: UserId(self.creator_id),
            closed_into: self.event_no.map(EventNo),
        })
    }
}

/// Selects [`PollRow`]s (`p` is the poll).
pub const POLL_SELECT: &str = "SELECT p.id, p.calendar_id, p.no, p.title, p.timezone, p.creator_id, e.no AS event_no \
     FROM polls p LEFT JOIN events e ON e.id = p.event_id";

/// One option joined with one of its voters (none when nobody voted for it).
#[derive(sqlx::FromRow)]
pub struct OptionVoteRow {
    pub position: i32,
    pub starts_at: DateTime<Utc>,
    pub ends_at: Option<DateTime<Utc>>,
    pub id: Option<i64>,
    pub platform: Option<String>,
    pub external_id: Option<String>,
    pub display_name: Option<String>,
    pub timezone: Option<String>,
}

impl OptionVoteRow {
    fn voter(self) -> Option<UserRow> {
        Some(UserRow {
            id: self.id?,
            platform: self.platform?,
            external_id: self.external_id?,
            display_name: self.display_name?,
            timezone: self.timezone,
            blocked: false,
            email: None,
            language: None,
        })
    }
}

/// Options with their voters, from rows ordered by option position.
pub fn group_votes(rows: Vec<OptionVoteRow>) -> StoreResult<Vec<PollOption>> {
    let mut options: Vec<PollOption> = Vec::new();
    for row in rows {
        if options.last().map(|o| o.position) != Some(row.position) {
            let (position, starts_at, ends_at) = (row.position, row.starts_at, row.ends_at);
            options.push(PollOption { position, starts_at, ends_at, voters: Vec::new() });
        }
        if let Some(voter) = row.voter() {
            let voter = voter.into_user()?;
            if let Some(option) = options.last_mut() {
                option.voters.push(voter);
            }
        }
    }
    Ok(options)
}

/// A reminder as claimed for delivery.
#[derive(sqlx::FromRow)]
pub struct ClaimRow {
    pub id: i64,
    pub event_id: i64,
    pub occurrence: DateTime<Utc>,
    pub lead_minutes: i32,
    pub user_id: Option<i64>,
    pub due_at: DateTime<Utc>,
    pub attempts: i32,
}

/// Claimed reminders, the earliest due first.
pub fn claimed_in_order(rows: Vec<ClaimRow>) -> Vec<crate::store::ClaimedReminder> {
    let mut claimed: Vec<crate::store::ClaimedReminder> = rows
        .into_iter()
        .filter_map(|r| {
            Some(crate::store::ClaimedReminder {
                id: crate::store::ReminderId(r.id),
                event: EventId(r.event_id),
                occurrence: r.occurrence,
                lead: Lead::from_minutes(r.lead_minutes.max(1).into())?,
                user: r.user_id.map(UserId),
                due_at: r.due_at,
                attempts: r.attempts,
            })
        })
        .collect();
    claimed.sort_by_key(|c| (c.due_at, c.id.0));
    claimed
}

/// A step-by-step `/new` in progress.
#[derive(sqlx::FromRow)]
pub struct DraftRow {
    pub step: String,
    pub title: Option<String>,
    pub when_text: Option<String>,
    pub place: Option<String>,
    pub updated_at: DateTime<Utc>,
}

impl DraftRow {
    pub fn into_draft(self) -> StoreResult<Draft> {
        Ok(Draft {
            step: DraftStep::from_stored(&self.step).ok_or_else(|| corrupt("drafts.step", &self.step))?,
            title: self.title.as_deref().and_then(EventTitle::parse),
            when: self.when_text,
            place: self.place.as_deref().and_then(Location::parse),
            updated_at: self.updated_at,
        })
    }
}

//! Rows as Postgres returns them, and their conversion into domain values.

use crate::domain::*;
use crate::store::{StoreError, StoreResult};
use crate::time::Recurrence;
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
            digest: self.digest.as_deref().and_then(crate::digest::DigestSchedule::parse),
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
    pub topics: Vec<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub timezone: String,
    pub rrule: Option<String>,
    pub capacity: Option<i32>,
    pub creator_id: i64,
    pub status: String,
    pub version: i32,
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

/// The columns of `events` in [`EventRow`] order.
pub const EVENT_COLUMNS: &str = "id, calendar_id, no, title, description, location, topics, starts_at, \
     ends_at, timezone, rrule, capacity, creator_id, status, version, skipped";

//! Usage statistics for operators: totals, and what happened in a recent window. Field names are
//! part of the admin API and stay stable (documented in docs/STATS.md).

use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::BTreeMap;

/// Everything `/api/stats` and `convene stats` report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// When these figures were taken.
    pub generated_at: DateTime<Utc>,
    /// Counts over all time.
    pub totals: Totals,
    /// What happened in the window.
    pub window: Window,
}

/// A count split by platform.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ByPlatform {
    /// All of them.
    pub total: i64,
    /// Per platform name (`telegram`, `discord`, `console`).
    pub by_platform: BTreeMap<String, i64>,
}

/// Chats: all, and those still active (the bot is still in them).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Chats {
    /// All chats ever seen.
    pub total: i64,
    /// Chats the bot is still in.
    pub active: i64,
    /// Per platform.
    pub by_platform: BTreeMap<String, i64>,
}

/// Events by where they stand.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Events {
    /// Scheduled and not over (repeating ones count here while they repeat).
    pub upcoming: i64,
    /// Scheduled and over.
    pub past: i64,
    /// Called off.
    pub cancelled: i64,
}

/// RSVPs by answer.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Rsvps {
    /// Going.
    pub going: i64,
    /// Maybe.
    pub maybe: i64,
    /// Can't.
    pub declined: i64,
    /// Waiting for a place.
    pub waitlisted: i64,
}

/// Polls by state.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Polls {
    /// Still taking votes.
    pub open: i64,
    /// Closed into an event.
    pub closed: i64,
}

/// Reminders by outcome (filled by the reminder scheduler).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Reminders {
    /// Waiting for their time.
    pub pending: i64,
    /// Delivered on time.
    pub sent: i64,
    /// Delivered late (after downtime, within the grace window).
    pub late: i64,
    /// Not delivered: too late after downtime.
    pub missed: i64,
    /// Not delivered: the platform or mail server refused.
    pub failed: i64,
}

/// Emails by outcome.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Emails {
    /// Accepted by the mail server.
    pub sent: i64,
    /// Refused or undeliverable.
    pub failed: i64,
}

/// Totals over all time.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Totals {
    /// People, by platform.
    pub users: ByPlatform,
    /// Chats, by platform.
    pub chats: Chats,
    /// Calendars, by the platform of their home chat.
    pub calendars: ByPlatform,
    /// Events.
    pub events: Events,
    /// RSVPs.
    pub rsvps: Rsvps,
    /// Polls.
    pub polls: Polls,
    /// Votes cast and standing.
    pub votes: i64,
    /// Reminders.
    pub reminders: Reminders,
    /// Emails.
    pub emails: Emails,
}

/// A topic and how many events of the window carry it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicCount {
    /// The topic, without `#`.
    pub topic: String,
    /// Events created in the window with it.
    pub events: i64,
}

/// A poll option and the votes it got in the window.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionCount {
    /// The poll's title.
    pub poll: String,
    /// The calendar the poll belongs to.
    pub calendar: i64,
    /// The poll's number in it.
    pub poll_no: i32,
    /// The option's position (1-based).
    pub option: i32,
    /// The option's proposed start.
    pub starts_at: DateTime<Utc>,
    /// Votes cast for it in the window.
    pub votes: i64,
}

/// What happened from `from` to `to` (now), both included.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Window {
    /// Start of the window.
    pub from: DateTime<Utc>,
    /// End of the window (now).
    pub to: DateTime<Utc>,
    /// Its length in seconds.
    pub seconds: i64,
    /// Events created.
    pub events_created: i64,
    /// RSVPs given or changed.
    pub rsvps: i64,
    /// Votes cast (and still standing).
    pub votes_cast: i64,
    /// Reminders delivered.
    pub reminders_sent: i64,
    /// Commands handled, by command name (`unknown` for unknown commands, `text` for non-commands).
    pub commands: BTreeMap<String, i64>,
    /// Commands by outcome (`ok`, `refused`, `error`, `limited`, `blocked`).
    pub outcomes: BTreeMap<String, i64>,
    /// Topics of events created, most used first (at most 10).
    pub top_topics: Vec<TopicCount>,
    /// Poll options with the most votes cast (at most 10).
    pub top_poll_options: Vec<OptionCount>,
}

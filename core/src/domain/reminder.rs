//! A reminder planned but not yet stored: what the reminder planner hands the store to keep in its
//! due-queue.

use super::{EventId, Lead, UserId};
use chrono::{DateTime, Utc};

/// A reminder to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReminder {
    /// The event.
    pub event: EventId,
    /// Start of the occurrence it reminds of.
    pub occurrence: DateTime<Utc>,
    /// How long before the start.
    pub lead: Lead,
    /// None: posted in every chat with the calendar; else one person's.
    pub user: Option<UserId>,
    /// When it is due.
    pub due_at: DateTime<Utc>,
}

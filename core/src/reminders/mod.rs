//! Reminders: when they are due, for which occurrence, and for whom. Planning is pure; the rows
//! live in storage (the due-queue) and the scheduler delivers them.
//!
//! Only the next occurrence of an event has reminder rows. When a reminder of a repeating event is
//! finished, [`refresh`] plans the following occurrence, so missed occurrences are never replayed
//! one by one and nothing piles up for series without end.

mod message;

pub use message::{prepare, Delivery, Prepared};

use crate::domain::{Event, EventStatus, Lead, NewReminder, UserId};
use crate::store::{StoreResult, Transaction};
use chrono::{DateTime, Utc};

/// How many occurrences ahead planning looks for one with reminders still to come.
const LOOKAHEAD: usize = 8;

/// Starts of the event's occurrences that have not begun by `now`, soonest first.
fn coming_occurrences(event: &Event, now: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    event.occurrences_after(now, LOOKAHEAD)
}

/// The reminders of the next occurrence that still has some to come: the chat's leads and each
/// person's, only those due after `now`.
pub fn plan(event: &Event, chat_leads: &[Lead], personal: &[(UserId, Lead)], now: DateTime<Utc>) -> Vec<NewReminder> {
    if event.status == EventStatus::Cancelled {
        return Vec::new();
    }
    let wanted = chat_leads.iter().map(|l| (None, *l)).chain(personal.iter().map(|(u, l)| (Some(*u), *l)));
    let wanted: Vec<(Option<UserId>, Lead)> = wanted.collect();
    for occurrence in coming_occurrences(event, now) {
        let due: Vec<NewReminder> = wanted
            .iter()
            .map(|(user, lead)| NewReminder {
                event: event.id,
                occurrence,
                lead: *lead,
                user: *user,
                due_at: occurrence - lead.duration(),
            })
            .filter(|r| r.due_at > now)
            .collect();
        if !due.is_empty() {
            return due;
        }
    }
    Vec::new()
}

/// Re-plans an event's pending reminders from its calendar's leads and people's own leads.
pub async fn refresh(tx: &mut dyn Transaction, event: &Event, now: DateTime<Utc>) -> StoreResult<()> {
    let chat_leads = tx.calendar_leads(event.calendar).await?;
    let personal = tx.personal_leads(event.id).await?;
    let planned = plan(event, &chat_leads, &personal, now);
    tx.replace_pending_reminders(event.id, &planned).await
}

/// Whether `occurrence` is still an occurrence of the event as it is now (it may have moved, or
/// that occurrence may have been cancelled).
pub fn is_occurrence(event: &Event, occurrence: DateTime<Utc>) -> bool {
    event.occurrences_after(occurrence - chrono::Duration::seconds(1), 1).first() == Some(&occurrence)
}

#[cfg(test)]
mod tests;

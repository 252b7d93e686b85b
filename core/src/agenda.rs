//! A chat's agenda: the coming events of its own calendar and those it follows, as lines. Used by
//! `/events`, `/search` and digests.

use crate::domain::{Chat, Event};
use crate::store::{EventFilter, StoreResult, Transaction};
use crate::text::{self, EventView};
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

/// Upcoming events the chat sees (its calendar and those it follows), by next start.
pub async fn upcoming(
    tx: &mut dyn Transaction,
    chat: &Chat,
    now: DateTime<Utc>,
    filter: &EventFilter,
) -> StoreResult<Vec<Event>> {
    let mut calendars = vec![chat.home_calendar];
    calendars.extend(tx.subscriptions(chat.id).await?.into_iter().map(|c| c.id));
    let mut events: Vec<(DateTime<Utc>, Event)> = tx
        .upcoming_events(&calendars, now, filter)
        .await?
        .into_iter()
        .filter_map(|e| listed_start(&e, now, filter.range).map(|start| (start, e)))
        .collect();
    events.sort_by_key(|(start, e)| (*start, e.calendar, e.no));
    Ok(events.into_iter().map(|(_, e)| e).collect())
}

/// Where an event sorts in a list: its next start; with a time range, its first start inside the
/// range (so a weekly series is found in December), or None when it has none there.
fn listed_start(
    event: &Event,
    now: DateTime<Utc>,
    range: Option<(DateTime<Utc>, DateTime<Utc>)>,
) -> Option<DateTime<Utc>> {
    let next = event.next_start(now)?;
    let Some((from, to)) = range else { return Some(next) };
    let first = match next >= from {
        true => next,
        false => event.occurrences_after(from - Duration::seconds(1), 1).into_iter().next()?,
    };
    (first >= from && first < to).then_some(first)
}

/// One line per event, as the chat names them, times in `zone`.
pub async fn lines(
    tx: &mut dyn Transaction,
    chat: &Chat,
    events: &[Event],
    now: DateTime<Utc>,
    zone: Tz,
) -> StoreResult<Vec<String>> {
    let mut lines = Vec::with_capacity(events.len());
    for event in events {
        let attendance = tx.attendance(event.id, event.current_occurrence(now)).await?;
        let home = event.calendar == chat.home_calendar;
        let calendar_name = if home { None } else { tx.calendar(event.calendar).await?.map(|c| c.name) };
        let label = event.label_in(chat.home_calendar);
        let view = EventView {
            event,
            attendance: &attendance,
            label,
            zone,
            now,
            organizer: None,
            calendar_name: calendar_name.as_deref(),
        };
        lines.push(text::event_line(&view));
    }
    Ok(lines)
}

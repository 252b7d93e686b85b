//! A chat's agenda: the coming events of its own calendar and those it follows, as lines. Used by
//! `/events`, `/search` and digests.

use crate::domain::{Chat, Event};
use crate::store::{EventFilter, StoreResult, Transaction};
use crate::text::{self, EventView};
use chrono::{DateTime, Utc};
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
        .filter_map(|e| e.next_start(now).map(|start| (start, e)))
        .filter(|(start, _)| filter.range.is_none_or(|(from, to)| *start >= from && *start < to))
        .collect();
    events.sort_by_key(|(start, e)| (*start, e.calendar, e.no));
    Ok(events.into_iter().map(|(_, e)| e).collect())
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
        let label = if home { format!("#{}", event.no.0) } else { format!("#{}.{}", event.calendar, event.no.0) };
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

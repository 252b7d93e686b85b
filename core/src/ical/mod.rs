//! A calendar as an iCalendar feed (RFC 5545) that Google Calendar, Apple Calendar and Thunderbird
//! subscribe to: one VEVENT per event with DTSTART;TZID, RRULE for repeats, STATUS:CANCELLED for
//! cancelled ones, and a VTIMEZONE for every zone used.

mod lines;
mod vtimezone;

use crate::domain::{Event, EventStatus};
use crate::store::Feed;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use lines::Lines;
use std::collections::BTreeSet;

/// The feed as `text/calendar` content, CRLF line endings, folded at 75 octets.
pub fn render(feed: &Feed, now: DateTime<Utc>) -> String {
    let mut out = Lines::default();
    out.raw("BEGIN:VCALENDAR");
    out.raw("VERSION:2.0");
    out.raw("PRODID:-//Convene//Calendar feed//EN");
    out.raw("CALSCALE:GREGORIAN");
    out.raw("METHOD:PUBLISH");
    out.text("X-WR-CALNAME", &feed.calendar.name);
    let zones: BTreeSet<&str> = feed.events.iter().map(|e| e.zone.name()).collect();
    let (first, last) = span_of(&feed.events, now);
    for zone in zones.iter().filter_map(|z| z.parse::<Tz>().ok()) {
        vtimezone::write(&mut out, zone, first, last);
    }
    for event in &feed.events {
        write_event(&mut out, event, now, None);
    }
    out.raw("END:VCALENDAR");
    out.finish()
}

/// One event as a calendar file (for an email attachment), with its organizer.
pub fn event_file(event: &Event, calendar_name: &str, organizer: Option<&str>, now: DateTime<Utc>) -> String {
    let mut out = Lines::default();
    out.raw("BEGIN:VCALENDAR");
    out.raw("VERSION:2.0");
    out.raw("PRODID:-//Convene//Event//EN");
    out.raw("CALSCALE:GREGORIAN");
    out.raw("METHOD:PUBLISH");
    out.text("X-WR-CALNAME", calendar_name);
    let (first, last) = span_of(std::slice::from_ref(event), now);
    vtimezone::write(&mut out, event.zone, first, last);
    write_event(&mut out, event, now, organizer);
    out.raw("END:VCALENDAR");
    out.finish()
}

/// The years the zone definitions must cover.
fn span_of(events: &[Event], now: DateTime<Utc>) -> (DateTime<Utc>, DateTime<Utc>) {
    let first = events.iter().map(|e| e.starts_at).min().unwrap_or(now).min(now);
    let last = events.iter().map(|e| e.ends_at).max().unwrap_or(now).max(now);
    (first - chrono::Duration::days(366), last + chrono::Duration::days(2 * 366))
}

fn local(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone).format("%Y%m%dT%H%M%S").to_string()
}

fn write_event(out: &mut Lines, event: &Event, now: DateTime<Utc>, organizer: Option<&str>) {
    let zone = event.zone;
    out.raw("BEGIN:VEVENT");
    out.raw(&format!("UID:convene-{}-{}@convene", event.calendar, event.no.0));
    out.raw(&format!("DTSTAMP:{}", now.format("%Y%m%dT%H%M%SZ")));
    out.raw(&format!("DTSTART;TZID={}:{}", zone.name(), local(event.starts_at, zone)));
    out.raw(&format!("DTEND;TZID={}:{}", zone.name(), local(event.ends_at, zone)));
    if let Some(rule) = &event.recurrence {
        out.raw(&format!("RRULE:{}", rule.rrule_in(zone)));
        for skipped in &event.skipped {
            out.raw(&format!("EXDATE;TZID={}:{}", zone.name(), local(*skipped, zone)));
        }
    }
    if let Some(name) = organizer {
        out.raw(&format!(
            "ORGANIZER;CN=\"{}\":urn:convene:user:{}",
            name.replace(['"', '\n', '\r'], ""),
            event.creator
        ));
    }
    out.text("SUMMARY", event.title.as_str());
    if let Some(place) = &event.location {
        out.text("LOCATION", place.as_str());
    }
    if let Some(description) = &event.description {
        out.text("DESCRIPTION", description);
    }
    if !event.topics.is_empty() {
        let topics: Vec<String> = event.topics.iter().map(|t| lines::escape(t.as_str())).collect();
        out.raw(&format!("CATEGORIES:{}", topics.join(",")));
    }
    let status = match event.status {
        EventStatus::Scheduled => "CONFIRMED",
        EventStatus::Cancelled => "CANCELLED",
    };
    out.raw(&format!("STATUS:{status}"));
    out.raw(&format!("SEQUENCE:{}", (event.version - 1).max(0)));
    out.raw("END:VEVENT");
}

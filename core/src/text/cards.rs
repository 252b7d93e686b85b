//! Event and poll cards: the messages with buttons that people answer.

use super::format::{moment, moment_this_year, span};
use crate::domain::{Attendance, Event, Poll, PollOption, RsvpState};
use crate::reply::{Button, CardOf, Reply};
use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;

/// An event as one chat sees it.
pub struct EventView<'a> {
    /// The event.
    pub event: &'a Event,
    /// Who answered, in answer order.
    pub attendance: &'a [Attendance],
    /// How this chat names it: `#3`, or `#7.3` for another calendar's event.
    pub label: String,
    /// The chat's zone, for showing times.
    pub zone: Tz,
    /// Now, to show the next occurrence of a series.
    pub now: DateTime<Utc>,
    /// The organizer's name, when known.
    pub organizer: Option<&'a str>,
    /// The calendar's name, for events of calendars this chat follows.
    pub calendar_name: Option<&'a str>,
}

impl EventView<'_> {
    fn names(&self, state: RsvpState) -> Vec<&str> {
        self.attendance.iter().filter(|a| a.state == state).map(|a| a.user.name()).collect()
    }

    fn reference(&self) -> &str {
        self.label.trim_start_matches('#')
    }

    fn time_line(&self) -> String {
        let event = self.event;
        match &event.recurrence {
            None => span(event.starts_at, event.ends_at, self.zone),
            Some(rule) => {
                let next = event.next_start(self.now).unwrap_or(event.starts_at);
                format!(
                    "{} at {} ({}); next: {}",
                    rule.describe(),
                    event.starts_at.with_timezone(&event.zone).format("%H:%M"),
                    event.zone.name(),
                    span(next, next + event.length(), self.zone)
                )
            }
        }
    }
}

/// The full card: time, place, who is going, waitlist, and answer buttons.
pub fn event_card(view: &EventView<'_>) -> Reply {
    let event = view.event;
    let cancelled = event.status == crate::domain::EventStatus::Cancelled;
    let mut lines =
        vec![format!("{}{} {}", if cancelled { "CANCELLED: " } else { "" }, view.label, event.title.as_str())];
    lines.push(format!("When: {}", view.time_line()));
    if let Some(place) = &event.location {
        lines.push(format!("Where: {}", place.as_str()));
    }
    if !event.topics.is_empty() {
        let topics: Vec<String> = event.topics.iter().map(|t| format!("#{}", t.as_str())).collect();
        lines.push(format!("Topics: {}", topics.join(" ")));
    }
    if let Some(description) = &event.description {
        lines.push(description.clone());
    }
    let going = view.names(RsvpState::Going);
    let places = event.capacity.map(|c| format!("/{}", c.get())).unwrap_or_default();
    lines.push(format!("Going ({}{places}): {}", going.len(), list_or_nobody(&going)));
    for (state, heading) in [(RsvpState::Maybe, "Maybe"), (RsvpState::Declined, "Can't")] {
        let names = view.names(state);
        if !names.is_empty() {
            lines.push(format!("{heading}: {}", names.join(", ")));
        }
    }
    let waitlist = view.names(RsvpState::Waitlisted);
    if !waitlist.is_empty() {
        let numbered: Vec<String> = waitlist.iter().enumerate().map(|(i, n)| format!("{}. {n}", i + 1)).collect();
        lines.push(format!("Waitlist: {}", numbered.join(", ")));
    }
    if let Some(organizer) = view.organizer {
        lines.push(format!("Organizer: {organizer}"));
    }
    if let Some(calendar) = view.calendar_name {
        lines.push(format!("From the calendar \"{calendar}\""));
    }
    let reply = Reply::text(lines.join("\n")).showing(CardOf::Event(event.id));
    if cancelled {
        return reply;
    }
    reply.with_row(answer_buttons(view, going.len()))
}

fn answer_buttons(view: &EventView<'_>, going: usize) -> Vec<Button> {
    let id = view.reference();
    let maybe = view.names(RsvpState::Maybe).len();
    let declined = view.names(RsvpState::Declined).len();
    let full = view.event.capacity.is_some_and(|c| going >= c.get() as usize);
    let join_label = if full {
        format!("Waitlist ({})", view.names(RsvpState::Waitlisted).len())
    } else {
        format!("Going ({going})")
    };
    vec![
        Button::new(join_label, format!("/join {id}")),
        Button::new(format!("Maybe ({maybe})"), format!("/maybe {id}")),
        Button::new(format!("Can't ({declined})"), format!("/decline {id}")),
    ]
}

fn list_or_nobody(names: &[&str]) -> String {
    if names.is_empty() {
        "nobody yet".into()
    } else {
        names.join(", ")
    }
}

/// One line of an agenda: "#3 Board games: Fri 27 Nov 2026, 19:30 · Kim's place · 2/6 going".
pub fn event_line(view: &EventView<'_>) -> String {
    let event = view.event;
    let start = event.next_start(view.now).unwrap_or(event.starts_at);
    let mut line = format!("{} {}: {}", view.label, event.title.as_str(), moment(start, view.zone));
    if let Some(rule) = &event.recurrence {
        line.push_str(&format!(" ({})", rule.describe()));
    }
    if let Some(place) = &event.location {
        line.push_str(&format!(" · {}", place.as_str()));
    }
    let going = view.names(RsvpState::Going).len();
    match event.capacity {
        Some(c) => line.push_str(&format!(" · {going}/{} going", c.get())),
        None => line.push_str(&format!(" · {going} going")),
    }
    if let Some(calendar) = view.calendar_name {
        line.push_str(&format!(" · from \"{calendar}\""));
    }
    line
}

/// A poll as one chat sees it.
pub struct PollView<'a> {
    /// The poll.
    pub poll: &'a Poll,
    /// Its options and voters.
    pub options: &'a [PollOption],
    /// How this chat names it: `1` or `7.1`.
    pub label: String,
    /// The chat's zone.
    pub zone: Tz,
}

/// The poll card: options with votes and voters, one toggle button per option, and Close.
pub fn poll_card(view: &PollView<'_>) -> Reply {
    let mut lines = vec![format!("Poll {}: {}", view.label, view.poll.title.as_str())];
    match view.poll.closed_into {
        Some(event) => lines.push(format!("Closed: it became event #{}.", event.0)),
        None => lines.push("Vote for every time that works for you:".into()),
    }
    for option in view.options {
        let voters: Vec<&str> = option.voters.iter().map(|u| u.name()).collect();
        let who = if voters.is_empty() { String::new() } else { format!(" ({})", voters.join(", ")) };
        let votes = if voters.len() == 1 { "1 vote".to_string() } else { format!("{} votes", voters.len()) };
        let when = match option.ends_at {
            Some(end) => span(option.starts_at, end, view.zone),
            None => format!("{} ({})", moment(option.starts_at, view.zone), view.zone.name()),
        };
        lines.push(format!("{}. {when}: {votes}{who}", option.position));
    }
    let reply = Reply::text(lines.join("\n")).showing(CardOf::Poll(view.poll.id));
    if view.poll.closed_into.is_some() {
        return reply;
    }
    let mut rows: Vec<Vec<Button>> = view.options.iter().map(|o| vec![poll_toggle(view, o)]).collect();
    rows.push(vec![Button::new("Close poll", format!("/close {}", view.label))]);
    rows.into_iter().fold(reply, Reply::with_row)
}

/// One option's toggle, a row to itself so its time is readable: "2. Fri 27 Nov, 21:00 (3)".
/// The year shows only when the options span more than one.
fn poll_toggle(view: &PollView<'_>, option: &PollOption) -> Button {
    let year = |o: &PollOption| o.starts_at.with_timezone(&view.zone).year();
    let one_year = view.options.iter().all(|o| year(o) == year(option));
    let when =
        if one_year { moment_this_year(option.starts_at, view.zone) } else { moment(option.starts_at, view.zone) };
    let end = option.ends_at.map(|end| format!("–{}", end.with_timezone(&view.zone).format("%H:%M")));
    let label = format!("{}. {when}{} ({})", option.position, end.unwrap_or_default(), option.voters.len());
    Button::new(label, format!("/vote {} {}", view.label, option.position))
}

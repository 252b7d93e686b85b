//! Event and poll cards: the messages with buttons that people answer.

use super::card_parts::{event_parts, poll_parts};
use super::format::{moment, moment_this_year};
use crate::card_view::{CardView, EventCard, PollCard, PollChoice};
use crate::domain::{Attendance, Event, Poll, PollOption, RsvpState};
use crate::reply::{Button, CardOf, Reply};
use crate::tr;
use chrono::{DateTime, Datelike, Timelike, Utc};
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

    /// The card's data: what this chat sees of the event now.
    fn card(&self) -> EventCard {
        let event = self.event;
        let names = |state| self.names(state).into_iter().map(str::to_string).collect();
        let (starts_at, series) = match &event.recurrence {
            None => (event.starts_at, None),
            Some(rule) => {
                let local = event.starts_at.with_timezone(&event.zone);
                let (time, hour) = (local.format("%H:%M").to_string(), local.hour());
                let series =
                    tr!("card-series", repeat = rule.describe(), time = time, hour = hour, zone = event.zone.name());
                (event.next_start(self.now).unwrap_or(event.starts_at), Some(series))
            }
        };
        EventCard {
            language: super::language(),
            label: self.label.clone(),
            title: event.title.as_str().to_string(),
            cancelled: event.status == crate::domain::EventStatus::Cancelled,
            starts_at,
            ends_at: starts_at + event.length(),
            zone: self.zone,
            series,
            place: event.location.as_ref().map(|p| p.as_str().to_string()),
            topics: event.topics.iter().map(|t| t.as_str().to_string()).collect(),
            capacity: event.capacity.map(|c| c.get()),
            going: names(RsvpState::Going),
            maybe: names(RsvpState::Maybe),
            declined: names(RsvpState::Declined),
            waitlist: names(RsvpState::Waitlisted),
            organizer: self.organizer.map(str::to_string),
            description: event.description.clone(),
            calendar: self.calendar_name.map(str::to_string),
        }
    }
}

/// The full card: time, place, who is going, waitlist, and answer buttons.
pub fn event_card(view: &EventView<'_>) -> Reply {
    let card = view.card();
    let mut reply = Reply::text(event_text(&card)).showing(CardOf::Event(view.event.id));
    if !card.cancelled {
        reply = reply.with_row(answer_buttons(view, card.going.len()));
    }
    reply.view = Some(Box::new(CardView::Event(Box::new(card))));
    reply
}

/// The card as text, line by line: heading, time, where and topics, the description, then who
/// answered what.
fn event_text(card: &EventCard) -> String {
    let parts = event_parts(card);
    let mut lines = vec![parts.heading];
    lines.push(match &parts.series {
        Some(series) => tr!("card-when-series", series = series, when = &parts.when),
        None => tr!("card-when", when = &parts.when),
    });
    let about = usize::from(card.place.is_some()) + usize::from(!card.topics.is_empty());
    let line = |(heading, value): &(String, String)| format!("{heading}: {value}");
    lines.extend(parts.fields[..about].iter().map(line));
    if let Some(description) = &card.description {
        lines.push(description.clone());
    }
    lines.extend(parts.fields[about..].iter().map(line));
    lines.extend(parts.footer);
    lines.join("\n")
}

fn answer_buttons(view: &EventView<'_>, going: usize) -> Vec<Button> {
    let id = view.reference();
    let maybe = view.names(RsvpState::Maybe).len();
    let declined = view.names(RsvpState::Declined).len();
    let full = view.event.capacity.is_some_and(|c| going >= c.get() as usize);
    let join_label = if full {
        tr!("button-waitlist", count = view.names(RsvpState::Waitlisted).len())
    } else {
        tr!("button-going", count = going)
    };
    vec![
        Button::new(join_label, format!("/join {id}")),
        Button::new(tr!("button-maybe", count = maybe), format!("/maybe {id}")),
        Button::new(tr!("button-declined", count = declined), format!("/decline {id}")),
    ]
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
    let going = match event.capacity {
        Some(c) => tr!("card-line-going-limited", count = going, capacity = c.get()),
        None => tr!("card-line-going", count = going),
    };
    line.push_str(&format!(" · {going}"));
    if let Some(calendar) = view.calendar_name {
        line.push_str(&format!(" · {}", tr!("card-line-from", calendar = calendar)));
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
    let card = poll_data(view);
    let mut reply = Reply::text(poll_text(&card)).showing(CardOf::Poll(view.poll.id));
    if card.became.is_none() {
        let mut rows: Vec<Vec<Button>> = view.options.iter().map(|o| vec![poll_toggle(view, o)]).collect();
        rows.push(vec![Button::new(tr!("button-close-poll"), format!("/close {}", view.label))]);
        reply = rows.into_iter().fold(reply, Reply::with_row);
    }
    reply.view = Some(Box::new(CardView::Poll(card)));
    reply
}

fn poll_data(view: &PollView<'_>) -> PollCard {
    let choice = |option: &PollOption| PollChoice {
        number: option.position,
        starts_at: option.starts_at,
        ends_at: option.ends_at,
        voters: option.voters.iter().map(|u| u.name().to_string()).collect(),
    };
    PollCard {
        language: super::language(),
        label: view.label.clone(),
        title: view.poll.title.as_str().to_string(),
        became: view.poll.closed_into.map(|no| no.0),
        zone: view.zone,
        options: view.options.iter().map(choice).collect(),
    }
}

fn poll_text(card: &PollCard) -> String {
    let parts = poll_parts(card);
    let mut lines = vec![parts.heading, parts.when];
    lines.extend(parts.fields.iter().map(|(when, votes)| format!("{when}: {votes}")));
    lines.join("\n")
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

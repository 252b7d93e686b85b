//! A card's parts (heading, time, fields, footer) in words, for platforms that draw cards as a
//! panel with fields (Discord's embeds) instead of lines of text. The text card is made of the
//! same parts, so both say the same.

use super::format::{moment, span};
use crate::card_view::{EventCard, PollCard};
use crate::tr;

/// A card in parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardParts {
    /// "#3 Board games", or "CANCELLED: #3 Board games".
    pub heading: String,
    /// When, in the chat's zone: "Fri 27 Nov 2026, 19:30–20:30 (Europe/Madrid)"; for a poll,
    /// whether it is open.
    pub when: String,
    /// How it repeats, for a series.
    pub series: Option<String>,
    /// Headed parts in order: where, topics, who answered what, the organizer.
    pub fields: Vec<(String, String)>,
    /// A closing line: the calendar it comes from, or what a poll asks.
    pub footer: Option<String>,
}

/// An event card in parts.
pub fn event_parts(card: &EventCard) -> CardParts {
    let mut fields = Vec::new();
    if let Some(place) = &card.place {
        fields.push((tr!("card-where"), place.clone()));
    }
    if !card.topics.is_empty() {
        let topics: Vec<String> = card.topics.iter().map(|t| format!("#{t}")).collect();
        fields.push((tr!("card-topics"), topics.join(" ")));
    }
    let going = match card.capacity {
        Some(capacity) => tr!("card-going-limited", count = card.going.len(), capacity = capacity),
        None => tr!("card-going", count = card.going.len()),
    };
    fields.push((going, list_or_nobody(&card.going)));
    for (names, heading) in [(&card.maybe, tr!("card-maybe")), (&card.declined, tr!("card-declined"))] {
        if !names.is_empty() {
            fields.push((heading, names.join(", ")));
        }
    }
    if !card.waitlist.is_empty() {
        let numbered: Vec<String> = card.waitlist.iter().enumerate().map(|(i, n)| format!("{}. {n}", i + 1)).collect();
        fields.push((tr!("card-waitlist"), numbered.join(", ")));
    }
    if let Some(organizer) = &card.organizer {
        fields.push((tr!("card-organizer"), organizer.clone()));
    }
    let heading = match card.cancelled {
        true => tr!("card-heading-cancelled", label = &card.label, title = &card.title),
        false => format!("{} {}", card.label, card.title),
    };
    CardParts {
        heading,
        when: span(card.starts_at, card.ends_at, card.zone),
        series: card.series.clone(),
        fields,
        footer: card.calendar.as_ref().map(|calendar| tr!("card-from-calendar", calendar = calendar)),
    }
}

/// A poll card in parts: one field per option, its votes and voters.
pub fn poll_parts(card: &PollCard) -> CardParts {
    let fields = card
        .options
        .iter()
        .map(|option| {
            let when = match option.ends_at {
                Some(end) => span(option.starts_at, end, card.zone),
                None => format!("{} ({})", moment(option.starts_at, card.zone), card.zone.name()),
            };
            let votes = tr!("card-votes", count = option.voters.len());
            let who = if option.voters.is_empty() { String::new() } else { format!(" ({})", option.voters.join(", ")) };
            (format!("{}. {when}", option.number), format!("{votes}{who}"))
        })
        .collect();
    let state = match card.became {
        Some(event) => tr!("card-poll-closed", event = event),
        None => tr!("card-poll-open"),
    };
    CardParts {
        heading: tr!("card-poll-heading", label = &card.label, title = &card.title),
        when: state,
        series: None,
        fields,
        footer: None,
    }
}

/// Names in a list, or "nobody yet".
pub(super) fn list_or_nobody(names: &[String]) -> String {
    if names.is_empty() {
        tr!("card-nobody")
    } else {
        names.join(", ")
    }
}

//! A card's parts (heading, time, fields, footer) in words, for platforms that draw cards as a
//! panel with fields (Discord's embeds) instead of lines of text. The text card is made of the
//! same parts, so both say the same.

use super::format::{moment, span};
use crate::card_view::{EventCard, PollCard};

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
        fields.push(("Where".to_string(), place.clone()));
    }
    if !card.topics.is_empty() {
        let topics: Vec<String> = card.topics.iter().map(|t| format!("#{t}")).collect();
        fields.push(("Topics".to_string(), topics.join(" ")));
    }
    let places = card.capacity.map(|c| format!("/{c}")).unwrap_or_default();
    fields.push((format!("Going ({}{places})", card.going.len()), list_or_nobody(&card.going)));
    for (names, heading) in [(&card.maybe, "Maybe"), (&card.declined, "Can't")] {
        if !names.is_empty() {
            fields.push((heading.to_string(), names.join(", ")));
        }
    }
    if !card.waitlist.is_empty() {
        let numbered: Vec<String> = card.waitlist.iter().enumerate().map(|(i, n)| format!("{}. {n}", i + 1)).collect();
        fields.push(("Waitlist".to_string(), numbered.join(", ")));
    }
    if let Some(organizer) = &card.organizer {
        fields.push(("Organizer".to_string(), organizer.clone()));
    }
    CardParts {
        heading: format!("{}{} {}", if card.cancelled { "CANCELLED: " } else { "" }, card.label, card.title),
        when: span(card.starts_at, card.ends_at, card.zone),
        series: card.series.clone(),
        fields,
        footer: card.calendar.as_ref().map(|calendar| format!("From the calendar \"{calendar}\"")),
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
            let votes =
                if option.voters.len() == 1 { "1 vote".to_string() } else { format!("{} votes", option.voters.len()) };
            let who = if option.voters.is_empty() { String::new() } else { format!(" ({})", option.voters.join(", ")) };
            (format!("{}. {when}", option.number), format!("{votes}{who}"))
        })
        .collect();
    let state = match card.became {
        Some(event) => format!("Closed: it became event #{event}."),
        None => "Vote for every time that works for you:".to_string(),
    };
    CardParts {
        heading: format!("Poll {}: {}", card.label, card.title),
        when: state,
        series: None,
        fields,
        footer: None,
    }
}

/// Names in a list, or "nobody yet".
pub(super) fn list_or_nobody(names: &[String]) -> String {
    if names.is_empty() {
        "nobody yet".into()
    } else {
        names.join(", ")
    }
}

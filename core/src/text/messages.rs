//! The sentences of successful commands.

use super::commands::{CommandSpec, COMMANDS};
use crate::domain::Answer;
use crate::reply::{Button, Reply};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// Puts `lead` above a card (above its lead, when it has one), keeping the card's buttons.
pub fn above(lead: &str, card: Reply) -> Reply {
    let lead = match &card.lead {
        Some(earlier) => format!("{lead}\n\n{earlier}"),
        None => lead.to_string(),
    };
    Reply { lead: Some(lead), ..card }
}

/// `/start`
pub fn welcome() -> Reply {
    Reply::text(
        "Hi! I'm Convene: I help this chat plan things together.\n\
         Create an event: /new Board games friday 19:30 @Kim's place max 6\n\
         Everyone answers with the buttons (or /join 1), and I keep the list and the waitlist.\n\
         Can't agree on a time? /poll Team dinner | thu 20:00 | fri 21:00\n\
         Send /help to see everything I can do.",
    )
    .with_row(vec![Button::new("Help", "/help"), Button::new("Upcoming events", "/events")])
}

/// `/help`
pub fn help_overview() -> Reply {
    let mut lines = vec!["Here is what I understand:".to_string()];
    for spec in COMMANDS {
        lines.push(format!("/{} {}: {}", spec.name, spec.usage, spec.summary).replace("  ", " ").replace(" :", ":"));
    }
    lines.push("Send /help <command> for details and examples, e.g. /help new".into());
    Reply::text(lines.join("\n"))
}

/// `/help <command>`
pub fn help_for(spec: &CommandSpec) -> Reply {
    let mut lines =
        vec![format!("/{} {}", spec.name, spec.usage).trim_end().to_string(), capitalise(spec.summary) + "."];
    lines.push(spec.details.to_string());
    lines.push(if spec.examples.len() == 1 { "Example:".into() } else { "Examples:".into() });
    lines.extend(spec.examples.iter().map(|e| format!("  {e}")));
    if !spec.aliases.is_empty() {
        let aliases: Vec<String> = spec.aliases.iter().map(|a| format!("/{a}")).collect();
        lines.push(format!("Also works as {}.", aliases.join(", ")));
    }
    Reply::text(lines.join("\n"))
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// First line after `/new`.
pub fn created(label: &str, title: &str, interpreted: &str) -> String {
    format!(
        "Created {label} {title}, {interpreted}. You're going; others can answer with the buttons or /join {}.",
        label.trim_start_matches('#')
    )
}

/// How the speaker's own zone reads the same time, when it differs from the chat's.
pub fn in_your_zone(interpreted: &str) -> String {
    format!("(I read the time in your zone: {interpreted}.)")
}

/// After a time read in the zone written with it ("10:00 CET"), when that is not the chat's.
pub fn in_written_zone(interpreted: &str) -> String {
    format!("(I read the time in the zone you wrote: {interpreted}.)")
}

/// Above a card sent to chats that follow the calendar.
pub fn new_in_calendar(calendar: &str) -> String {
    format!("New event in \"{calendar}\":")
}

/// `/join` that got a place.
pub fn going(label: &str, title: &str) -> String {
    format!("You're going to {label} {title}.")
}

/// `/join` on a full event.
pub fn waitlisted(label: &str, position: usize) -> String {
    format!("{label} is full, so you're on the waitlist (number {position}). I'll tell you when a place frees up.")
}

/// `/join` when already going or waitlisted.
pub fn already_going(label: &str) -> String {
    format!("You're already going to {label}.")
}

/// `/join` again while on the waitlist.
pub fn already_waitlisted(label: &str, position: usize) -> String {
    format!("You're already on the waitlist for {label} (number {position}).")
}

/// `/maybe`
pub fn maybe(label: &str) -> String {
    format!("Noted: maybe for {label}.")
}

/// `/decline`
pub fn declined(label: &str) -> String {
    format!("Noted: you can't make it to {label}.")
}

/// `/leave`
pub fn left(label: &str) -> String {
    format!("Your answer to {label} is withdrawn.")
}

/// `/leave` without an answer.
pub fn nothing_to_leave(label: &str) -> String {
    format!("You hadn't answered {label}, so there was nothing to take back.")
}

/// In the chat, when someone moves up from the waitlist.
pub fn promoted_line(name: &str) -> String {
    format!("{name} moved up from the waitlist and is going now.")
}

/// Privately to the person who moved up.
pub fn promoted_notice(label: &str, title: &str, when: &str) -> Reply {
    Reply::text(format!(
        "Good news: a place freed up for {label} {title} ({when}). You moved up from the waitlist and are going now."
    ))
}

/// `/move`
pub fn moved(label: &str, title: &str, when: &str) -> String {
    format!("Moved {label} {title} to {when}.")
}

/// Privately to people who answered, and to following chats.
pub fn moved_notice(label: &str, title: &str, when: &str) -> Reply {
    Reply::text(format!("{label} {title} has moved: it is now {when}."))
}

/// `/cancel`
pub fn cancelled(label: &str, title: &str, told: usize) -> String {
    match told {
        0 => format!("Cancelled {label} {title}."),
        1 => format!("Cancelled {label} {title}. I've told the 1 person who had answered."),
        n => format!("Cancelled {label} {title}. I've told the {n} people who had answered."),
    }
}

/// Privately to people who answered, and to following chats.
pub fn cancelled_notice(label: &str, title: &str, when: &str) -> Reply {
    Reply::text(format!("{label} {title} ({when}) has been cancelled."))
}

/// `/edit`
pub fn edited(label: &str, what: &str) -> String {
    format!("Updated the {what} of {label}.")
}

/// `/events`
pub fn agenda(lines: &[String], page: u32, pages: u32) -> Reply {
    if lines.is_empty() {
        return Reply::text("No upcoming events. Create one, e.g. /new Board games friday 19:30");
    }
    let heading =
        if pages > 1 { format!("Upcoming events (page {page} of {pages}):") } else { "Upcoming events:".into() };
    let mut text = vec![heading];
    text.extend(lines.iter().cloned());
    text.push("Send /event <number> for details.".into());
    let mut nav = Vec::new();
    if page > 1 {
        nav.push(Button::new("< Previous", format!("/events {}", page - 1)));
    }
    if page < pages {
        nav.push(Button::new("Next >", format!("/events {}", page + 1)));
    }
    Reply::text(text.join("\n")).with_row(nav)
}

/// `/events 9` past the end.
pub fn agenda_page_missing(pages: u32) -> Reply {
    Reply::text(format!(
        "There {} only {pages} page{} of events. Try /events 1",
        if pages == 1 { "is" } else { "are" },
        if pages == 1 { "" } else { "s" }
    ))
}

/// `/search`
pub fn search_results(lines: &[String], shown_of: usize) -> Reply {
    if lines.is_empty() {
        return Reply::text("No upcoming events match. Try fewer words, or /events for everything.");
    }
    let mut text = vec![format!("Found {shown_of} event{}:", if shown_of == 1 { "" } else { "s" })];
    text.extend(lines.iter().cloned());
    if shown_of > lines.len() {
        text.push(format!("(showing the first {})", lines.len()));
    }
    Reply::text(text.join("\n"))
}

/// `/poll`
pub fn poll_started(label: &str) -> String {
    format!("Poll {label} is open. Vote with the buttons or /vote {label} <option>; the organizer closes it with /close {label}.")
}

/// `/vote`
pub fn voted(added: &[i32], removed: &[i32]) -> String {
    match (added.is_empty(), removed.is_empty()) {
        (false, true) => format!("{} in.", votes_for(added)),
        (true, false) => format!("{} taken back.", votes_for(removed)),
        _ => format!("{} in; {} taken back.", votes_for(added), votes_for(removed).replacen("Your", "your", 1)),
    }
}

/// "Your vote for 2 is", "Your votes for 1, 2 and 3 are".
fn votes_for(options: &[i32]) -> String {
    let numbers: Vec<String> = options.iter().map(i32::to_string).collect();
    match numbers.split_last() {
        Some((last, [])) => format!("Your vote for {last} is"),
        Some((last, rest)) => format!("Your votes for {} and {last} are", rest.join(", ")),
        None => "Your vote is".into(),
    }
}

/// `/close`
pub fn poll_closed(title: &str, votes: usize) -> String {
    format!("Poll closed: {title} goes ahead at the time with the most votes ({votes}). Its voters are going.")
}

/// An event offered by `/join` without a number.
pub struct EventChoice {
    /// How the chat names it: "#3" or "#7.3".
    pub label: String,
    /// Its title.
    pub title: String,
    /// Its next start.
    pub starts_at: DateTime<Utc>,
}

/// `/join` (or `/maybe`, `/decline`) without a number: which event, as one button each.
pub fn pick_event(answer: Answer, choices: &[EventChoice], zone: Tz) -> Reply {
    let command = match answer {
        Answer::Going => "join",
        Answer::Maybe => "maybe",
        Answer::Declined => "decline",
    };
    if choices.is_empty() {
        return Reply::text("Nothing is planned here yet. Create an event, e.g. /new Board games friday 19:30");
    }
    let question = Reply::text(format!("Which event? Press one, or send /{command} <number>."));
    choices.iter().fold(question, |reply, choice| {
        let when = super::format::moment_this_year(choice.starts_at, zone);
        let button =
            Button::new(format!("{} {} · {when}", choice.label, choice.title), format!("/{command} {}", choice.label));
        reply.with_row(vec![button])
    })
}

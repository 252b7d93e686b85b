//! The sentences of successful commands.

use super::commands::{CommandSpec, COMMANDS};
use crate::domain::Answer;
use crate::reply::{Button, Reply};
use crate::tr;
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
    Reply::text(tr!("reply-welcome")).with_row(vec![
        Button::new(tr!("reply-welcome-help-button"), "/help"),
        Button::new(tr!("reply-welcome-events-button"), "/events"),
    ])
}

/// `/help`
pub fn help_overview() -> Reply {
    let mut lines = vec![tr!("help-heading")];
    for spec in COMMANDS {
        let line = tr!("help-line", name = spec.name, usage = spec.usage(), summary = spec.summary());
        lines.push(line.replace("  ", " ").replace(" :", ":"));
    }
    lines.push(tr!("help-more"));
    Reply::text(lines.join("\n"))
}

/// `/help <command>`
pub fn help_for(spec: &CommandSpec) -> Reply {
    let examples = spec.examples();
    let mut lines =
        vec![format!("/{} {}", spec.name, spec.usage()).trim_end().to_string(), capitalise(&spec.summary()) + "."];
    lines.push(spec.details());
    lines.push(tr!("help-examples", count = examples.len()));
    lines.extend(examples.iter().map(|e| format!("  {e}")));
    if !spec.aliases.is_empty() {
        let aliases: Vec<String> = spec.aliases.iter().map(|a| format!("/{a}")).collect();
        lines.push(tr!("help-aliases", aliases = aliases.join(", ")));
    }
    Reply::text(lines.join("\n"))
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// First line after `/new`.
pub fn created(label: &str, title: &str, interpreted: &str) -> String {
    tr!(
        "reply-created",
        label = label,
        title = title,
        interpreted = interpreted,
        number = label.trim_start_matches('#')
    )
}

/// How the speaker's own zone reads the same time, when it differs from the chat's.
pub fn in_your_zone(interpreted: &str) -> String {
    tr!("reply-in-your-zone", interpreted = interpreted)
}

/// After a time read in the zone written with it ("10:00 CET"), when that is not the chat's.
pub fn in_written_zone(interpreted: &str) -> String {
    tr!("reply-in-written-zone", interpreted = interpreted)
}

/// Above a card sent to chats that follow the calendar.
pub fn new_in_calendar(calendar: &str) -> String {
    tr!("reply-new-in-calendar", calendar = calendar)
}

/// `/join` that got a place.
pub fn going(label: &str, title: &str) -> String {
    tr!("reply-going", label = label, title = title)
}

/// `/join` on a full event.
pub fn waitlisted(label: &str, position: usize) -> String {
    tr!("reply-waitlisted", label = label, position = position)
}

/// `/join` when already going or waitlisted.
pub fn already_going(label: &str) -> String {
    tr!("reply-already-going", label = label)
}

/// `/join` again while on the waitlist.
pub fn already_waitlisted(label: &str, position: usize) -> String {
    tr!("reply-already-waitlisted", label = label, position = position)
}

/// `/maybe`
pub fn maybe(label: &str) -> String {
    tr!("reply-maybe", label = label)
}

/// `/decline`
pub fn declined(label: &str) -> String {
    tr!("reply-declined", label = label)
}

/// `/leave`
pub fn left(label: &str) -> String {
    tr!("reply-left", label = label)
}

/// `/leave` without an answer.
pub fn nothing_to_leave(label: &str) -> String {
    tr!("reply-nothing-to-leave", label = label)
}

/// In the chat, when someone moves up from the waitlist.
pub fn promoted_line(name: &str) -> String {
    tr!("reply-promoted-line", name = name)
}

/// Privately to the person who moved up.
pub fn promoted_notice(label: &str, title: &str, when: &str) -> Reply {
    Reply::text(tr!("reply-promoted-notice", label = label, title = title, when = when))
}

/// `/move`
pub fn moved(label: &str, title: &str, when: &str) -> String {
    tr!("reply-moved", label = label, title = title, when = when)
}

/// Privately to people who answered, and to following chats.
pub fn moved_notice(label: &str, title: &str, when: &str) -> Reply {
    Reply::text(tr!("reply-moved-notice", label = label, title = title, when = when))
}

/// `/cancel`
pub fn cancelled(label: &str, title: &str, told: usize) -> String {
    tr!("reply-cancelled", label = label, title = title, count = told)
}

/// Privately to people who answered, and to following chats.
pub fn cancelled_notice(label: &str, title: &str, when: &str) -> Reply {
    Reply::text(tr!("reply-cancelled-notice", label = label, title = title, when = when))
}

/// `/edit`: `what` is the part changed ("title", "place", "description", "topics", "number of
/// places" or "length").
pub fn edited(label: &str, what: &str) -> String {
    // The catalogue picks the sentence by the part's last word ("places" for the limit).
    let field = what.rsplit(' ').next().unwrap_or(what);
    tr!("reply-edited", label = label, field = field)
}

/// `/events`
pub fn agenda(lines: &[String], page: u32, pages: u32) -> Reply {
    if lines.is_empty() {
        return Reply::text(tr!("reply-agenda-empty"));
    }
    let heading = match pages > 1 {
        true => tr!("reply-agenda-heading-paged", page = page, pages = pages),
        false => tr!("reply-agenda-heading"),
    };
    let mut text = vec![heading];
    text.extend(lines.iter().cloned());
    text.push(tr!("reply-agenda-details"));
    let mut nav = Vec::new();
    if page > 1 {
        nav.push(Button::new(tr!("reply-agenda-previous"), format!("/events {}", page - 1)));
    }
    if page < pages {
        nav.push(Button::new(tr!("reply-agenda-next"), format!("/events {}", page + 1)));
    }
    Reply::text(text.join("\n")).with_row(nav)
}

/// `/events 9` past the end.
pub fn agenda_page_missing(pages: u32) -> Reply {
    Reply::text(tr!("reply-agenda-page-missing", pages = pages))
}

/// `/search`
pub fn search_results(lines: &[String], shown_of: usize) -> Reply {
    if lines.is_empty() {
        return Reply::text(tr!("reply-search-none"));
    }
    let mut text = vec![tr!("reply-search-found", count = shown_of)];
    text.extend(lines.iter().cloned());
    if shown_of > lines.len() {
        text.push(tr!("reply-search-showing", count = lines.len()));
    }
    Reply::text(text.join("\n"))
}

/// `/poll`
pub fn poll_started(label: &str) -> String {
    tr!("reply-poll-started", label = label)
}

/// `/vote`
pub fn voted(added: &[i32], removed: &[i32]) -> String {
    let (options, count) = (options_list(added), added.len());
    match (added.is_empty(), removed.is_empty()) {
        (false, true) => tr!("reply-voted-in", options = options, count = count),
        (true, false) => tr!("reply-voted-out", options = options_list(removed), count = removed.len()),
        _ => tr!(
            "reply-voted-in-and-out",
            options = options,
            count = count,
            removed = options_list(removed),
            removed_count = removed.len()
        ),
    }
}

/// "2", "1 and 2", "1, 2 and 3".
fn options_list(options: &[i32]) -> String {
    let numbers: Vec<String> = options.iter().map(i32::to_string).collect();
    match numbers.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => tr!("reply-list-and", rest = rest.join(", "), last = last),
        None => String::new(),
    }
}

/// `/close`
pub fn poll_closed(title: &str, votes: usize) -> String {
    tr!("reply-poll-closed", title = title, votes = votes)
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
        return Reply::text(tr!("reply-pick-event-none"));
    }
    let question = Reply::text(tr!("reply-pick-event", command = command));
    choices.iter().fold(question, |reply, choice| {
        let when = super::format::moment_this_year(choice.starts_at, zone);
        let button =
            Button::new(format!("{} {} · {when}", choice.label, choice.title), format!("/{command} {}", choice.label));
        reply.with_row(vec![button])
    })
}

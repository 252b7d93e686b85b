//! The sentences of successful commands.

use super::commands::COMMANDS;
use crate::command::CommandSpec;
use crate::domain::CreatePolicy;
use crate::reminders::Lead;
use crate::reply::{Button, Reply};
use crate::store::{CalendarInfo, PendingReminder};
use chrono_tz::Tz;

/// Puts `lead` above a card, keeping the card's buttons.
pub fn above(lead: &str, card: Reply) -> Reply {
    Reply { text: format!("{lead}\n\n{}", card.text), ..card }
}

/// The card part of a reply built by [`above`] (the whole reply when it has no lead): what a
/// message everyone sees should show, since the lead speaks to the person who asked.
pub fn without_lead(reply: &Reply) -> Reply {
    match reply.text.split_once("\n\n") {
        Some((_, card)) if !reply.buttons.is_empty() => Reply { text: card.to_string(), ..reply.clone() },
        _ => reply.clone(),
    }
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
    let list = |v: &[i32]| v.iter().map(i32::to_string).collect::<Vec<_>>().join(", ");
    match (added.is_empty(), removed.is_empty()) {
        (false, true) => format!("Your vote for {} is in.", list(added)),
        (true, false) => format!("Your vote for {} is taken back.", list(removed)),
        _ => format!("Your vote for {} is in; for {} taken back.", list(added), list(removed)),
    }
}

/// `/close`
pub fn poll_closed(title: &str, votes: usize) -> String {
    format!("Poll closed: {title} goes ahead at the time with the most votes ({votes}). Its voters are going.")
}

/// `/timezone` showing.
pub fn chat_zone(zone: Tz, is_set: bool) -> Reply {
    let source = if is_set { "" } else { " (the default; an admin can change it)" };
    Reply::text(format!("This chat's time zone is {}{source}. Change it with /timezone Europe/Madrid", zone.name()))
}

/// `/timezone <zone>`
pub fn chat_zone_set(zone: Tz, now: &str) -> Reply {
    Reply::text(format!("This chat's time zone is now {}. It is {now} there.", zone.name()))
}

/// `/mytimezone` showing.
pub fn my_zone(zone: Option<Tz>, fallback: Tz) -> Reply {
    Reply::text(match zone {
        Some(zone) => format!("Your time zone is {}. /mytimezone off uses the chat's again.", zone.name()),
        None => format!(
            "You have no time zone of your own, so I read your times in {}. Set one with /mytimezone America/New_York",
            fallback.name()
        ),
    })
}

/// `/mytimezone <zone|off>`
pub fn my_zone_set(zone: Option<Tz>, fallback: Tz) -> Reply {
    Reply::text(match zone {
        Some(zone) => format!("Got it: I'll read the times you type in {}.", zone.name()),
        None => format!("Your own time zone is cleared; I'll read your times in {}.", fallback.name()),
    })
}

/// `/share`
pub fn share(code: &str, calendar: &str) -> Reply {
    Reply::text(format!(
        "Any other chat (Telegram, Discord or console) can follow \"{calendar}\" by sending:\n/subscribe {code}\nThey will see its events and be told about new ones."
    ))
}

/// `/subscribe`
pub fn subscribed(calendar: &CalendarInfo) -> Reply {
    Reply::text(format!(
        "This chat now follows \"{}\". Its events show in /events with numbers like #{}.1.",
        calendar.name, calendar.id
    ))
    .with_row(vec![Button::new("Upcoming events", "/events")])
}

/// `/subscribe` twice.
pub fn already_subscribed(calendar: &CalendarInfo) -> Reply {
    Reply::text(format!("This chat already follows \"{}\".", calendar.name))
}

/// `/unsubscribe <calendar>`
pub fn unsubscribed(calendar: &CalendarInfo) -> Reply {
    Reply::text(format!("This chat no longer follows \"{}\".", calendar.name))
}

/// `/unsubscribe` with no argument.
pub fn subscriptions(list: &[CalendarInfo]) -> Reply {
    if list.is_empty() {
        return Reply::text("This chat follows no other calendars. Follow one with /subscribe <code>.");
    }
    let mut lines = vec!["This chat follows:".to_string()];
    lines.extend(list.iter().map(|c| format!("{}. {}", c.id, c.name)));
    lines.push("Stop following one with /unsubscribe <number>.".into());
    let buttons =
        list.iter().map(|c| Button::new(format!("Unfollow {}", c.name), format!("/unsubscribe {}", c.id))).collect();
    Reply::text(lines.join("\n")).with_row(buttons)
}

/// `/settings`
pub fn settings(zone: Tz, zone_set: bool, policy: CreatePolicy, follows: usize, leads: &[Lead]) -> Reply {
    let who = match policy {
        CreatePolicy::Everyone => "everyone",
        CreatePolicy::Admins => "admins only",
    };
    let default = if zone_set { "" } else { " (default)" };
    Reply::text(format!(
        "Settings of this chat:\nTime zone: {}{default} (change: /timezone <zone>)\nWho can create events: {who} (change: /settings create admins, or everyone)\nReminders in this chat: {} (change: /settings reminders 2h 15m, or off)\nCalendars followed: {follows} (see: /unsubscribe)",
        zone.name(),
        lead_list(leads)
    ))
}

/// `/settings create ...`
pub fn policy_set(policy: CreatePolicy) -> Reply {
    Reply::text(match policy {
        CreatePolicy::Everyone => "Everyone in this chat can create events and polls now.",
        CreatePolicy::Admins => "Only admins of this chat can create events and polls now.",
    })
}

/// `/settings feed`
pub fn feed(url: &str, reset: bool) -> Reply {
    let lead = if reset {
        "Done: the old feed address no longer works. The new one:"
    } else {
        "This chat's calendar as a feed:"
    };
    Reply::text(format!(
        "{lead}\n{url}\nAdd it to Google Calendar (Other calendars > From URL), Apple Calendar (File > New Calendar Subscription) or Thunderbird (New Calendar > On the network). Anyone with the address can read the events, so share it with care; /settings feed reset makes a new one."
    ))
}

/// "1d and 1h before", or "off".
pub fn lead_list(leads: &[Lead]) -> String {
    match leads {
        [] => "off".into(),
        [one] => format!("{one} before"),
        _ => {
            let texts: Vec<String> = leads.iter().map(Lead::to_string).collect();
            let (last, rest) = texts.split_last().map(|(l, r)| (l.clone(), r.join(", "))).unwrap_or_default();
            format!("{rest} and {last} before")
        }
    }
}

/// `/settings reminders ...`
pub fn chat_leads_set(leads: &[Lead]) -> Reply {
    Reply::text(match leads {
        [] => "Reminders in this chat are off. People can still ask for their own with /remind.".to_string(),
        _ => format!("Reminders in this chat now go out {}. Upcoming events are rescheduled.", lead_list(leads)),
    })
}

/// `/remind ...`
pub fn personal_leads_set(label: &str, leads: &[Lead]) -> Reply {
    Reply::text(match leads {
        [] => format!("Your own reminders for {label} are off."),
        _ => format!(
            "I'll remind you of {label} {} by private message. /reminders lists them; /remind {} off stops them.",
            lead_list(leads),
            label.trim_start_matches('#')
        ),
    })
}

/// `/snooze ...`
pub fn snoozed(label: &str, lead: Lead) -> Reply {
    Reply::text(format!("Snoozed: I'll remind you of {label} again in {lead}."))
}

/// `/reminders`
pub fn pending_list(lines: &[String]) -> Reply {
    if lines.is_empty() {
        return Reply::text("You have no reminders coming. Ask for one with /remind <event> 30m.");
    }
    let mut text = vec!["Your coming reminders:".to_string()];
    text.extend(lines.iter().cloned());
    Reply::text(text.join("\n"))
}

/// One line of `/reminders`.
pub fn pending_line(label: &str, reminder: &PendingReminder, zone: Tz) -> String {
    format!(
        "{label} {}: {} before {}",
        reminder.event.title.as_str(),
        reminder.lead,
        super::format::when_with_zone(reminder.occurrence, zone)
    )
}

/// What a reminder says; `minutes_left` until the start (0 or less: it has started).
pub fn reminder(
    label: &str,
    title: &str,
    when: &str,
    place: Option<&str>,
    going: &[&str],
    minutes_left: i64,
) -> String {
    let starts = match minutes_left {
        m if m <= 0 => "has started".to_string(),
        m => format!("starts in {}", Lead::from_minutes(m).map(|l| l.to_string()).unwrap_or_else(|| format!("{m}m"))),
    };
    let mut text = format!("Reminder: {label} {title} {starts}, {when}.");
    if let Some(place) = place {
        text.push_str(&format!("\nWhere: {place}"));
    }
    let who = if going.is_empty() { "nobody yet".to_string() } else { going.join(", ") };
    text.push_str(&format!("\nGoing ({}): {who}", going.len()));
    text
}

/// The email carrying a verification code.
pub fn email_code(code: &str) -> Reply {
    Reply::text(format!(
        "Your Convene code is {code}.\nSend /verify {code} in the chat within 15 minutes to get reminders at this address.\nIf you did not ask for this, ignore this email."
    ))
}

/// `/email <address>`
pub fn email_code_sent(masked: &str) -> Reply {
    Reply::text(format!("I sent a 6-digit code to {masked}. Send /verify <code> within 15 minutes to link it."))
}

/// `/email` showing.
pub fn email_status(address: Option<&str>) -> Reply {
    Reply::text(match address {
        Some(address) => format!("Your reminders also go to {address}. /email off stops that."),
        None => "No email is linked. /email you@example.org links one.".into(),
    })
}

/// `/email off`
pub fn email_off() -> Reply {
    Reply::text("Your email is unlinked; reminders come by private message only.")
}

/// `/verify` outcomes.
pub fn verify_result(outcome: &crate::store::VerifyOutcome) -> Reply {
    use crate::store::VerifyOutcome::*;
    Reply::text(match outcome {
        Linked(address) => format!("Done: your reminders now also go to {address}."),
        Wrong { left } => format!("That code is not right. {left} tries left."),
        TooManyTries => "Too many wrong codes. Ask for a new one with /email <address>.".into(),
        Expired => "That code has expired. Ask for a new one with /email <address>.".into(),
        NothingPending => "There is no code waiting. Start with /email <address>.".into(),
    })
}

/// `/digest ...`
pub fn digest_set(schedule: Option<&crate::digest::DigestSchedule>, zone: Tz) -> Reply {
    Reply::text(match schedule {
        Some(s) => format!("I'll post the week ahead here {} ({}).", describe_digest(s), zone.name()),
        None => "No more digests here. /digest daily 08:00 starts them again.".to_string(),
    })
}

/// `/digest` showing.
pub fn digest_status(schedule: Option<&crate::digest::DigestSchedule>, zone: Tz) -> Reply {
    Reply::text(match schedule {
        Some(s) => {
            format!("This chat gets the week ahead {} ({}). /digest off stops it.", describe_digest(s), zone.name())
        }
        None => "This chat gets no digest. /digest daily 08:00 or /digest weekly mon 08:00 starts one.".to_string(),
    })
}

fn describe_digest(schedule: &crate::digest::DigestSchedule) -> String {
    use crate::digest::DigestSchedule::*;
    match schedule {
        Daily(t) => format!("every day at {}", t.format("%H:%M")),
        Weekly(day, t) => format!("every {day} at {}", t.format("%H:%M")),
    }
}

/// `/cancel <id> <day>`: one occurrence of a series.
pub fn occurrence_cancelled(label: &str, title: &str, when: &str) -> Reply {
    Reply::text(format!("{label} {title} on {when} is cancelled; the rest of the series goes on."))
}

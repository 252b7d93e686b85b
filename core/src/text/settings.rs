//! The sentences of a chat's and a person's settings: time zones, sharing, who may create, feeds.

use super::reminding::lead_list;
use crate::domain::{CreatePolicy, Lead};
use crate::reply::{Button, Reply};
use crate::store::CalendarInfo;
use chrono_tz::Tz;

/// `/timezone` showing.
pub fn chat_zone(zone: Tz, is_set: bool) -> Reply {
    let source = if is_set { "" } else { " (the default; an admin can change it)" };
    Reply::text(format!("This chat's time zone is {}{source}. Change it with /timezone Europe/Madrid", zone.name()))
}

/// `/timezone <zone>`
pub fn chat_zone_set(zone: Tz, now: &str) -> Reply {
    Reply::text(format!("This chat's time zone is now {}. It is {now} there.", zone.name()))
}

/// An event a new chat zone shows at another time of day.
pub struct ShiftedEvent {
    /// How the chat names it: `#3`.
    pub label: String,
    /// Its title.
    pub title: String,
    /// Its next start as planned: "Mon 23 Nov 2026, 09:15 (Etc/UTC)".
    pub planned: String,
    /// The same moment on the chat's new clock: "Mon 23 Nov 2026, 10:15".
    pub now_shown: String,
}

/// After `/timezone`: events already planned in another zone keep their moment, so the chat sees
/// them at another time; says which, and how to move one. Empty when none is affected.
pub fn planned_events_keep_their_time(zone: Tz, shifted: &[ShiftedEvent]) -> String {
    const SHOWN: usize = 5;
    let Some(first) = shifted.first() else { return String::new() };
    let mut lines =
        vec![format!("Events already planned keep their moment, so in {} they are at another time:", zone.name())];
    for event in shifted.iter().take(SHOWN) {
        lines.push(format!(
            "{} {}: planned for {}, now shown as {}",
            event.label, event.title, event.planned, event.now_shown
        ));
    }
    if shifted.len() > SHOWN {
        lines.push(format!("…and {} more (/events lists them).", shifted.len() - SHOWN));
    }
    let number = first.label.trim_start_matches('#');
    lines.push(format!("To keep one at its old clock time, move it, e.g. /move {number} <day> <time>."));
    lines.join("\n")
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
        "Any other chat I am in, on Telegram or Discord, can follow \"{calendar}\" by sending:\n/subscribe {code}\nThey will see its events and be told about new ones."
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

/// `/settings discord-events on|off`
pub fn mirroring_set(on: bool) -> Reply {
    Reply::text(match on {
        true => "Done: this chat's events will also be listed in the server's Events tab (where the platform has one) and kept up to date there. People who click Interested there count as maybe.",
        false => "Done: this chat's events are no longer listed in the server's Events tab.",
    })
}

/// When the platform's event list could not be written to (a permission missing): mirroring is
/// off again and nothing was left half-made.
pub fn mirroring_refused() -> Reply {
    Reply::text("I couldn't add events to the server's Events tab: I need the Create Events permission there. Nothing was changed and it is off again; give me the permission, then send /settings discord-events on again.")
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

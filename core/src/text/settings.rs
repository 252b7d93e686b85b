//! The sentences of a chat's and a person's settings: time zones, sharing, who may create, feeds.

use super::reminding::lead_list;
use crate::domain::{CreatePolicy, Lead};
use crate::reply::{Button, Reply};
use crate::store::CalendarInfo;
use crate::tr;
use chrono_tz::Tz;

/// `/timezone` showing.
pub fn chat_zone(zone: Tz, is_set: bool) -> Reply {
    Reply::text(match is_set {
        true => tr!("zone-chat", zone = zone.name()),
        false => tr!("zone-chat-default", zone = zone.name()),
    })
}

/// `/timezone <zone>`
pub fn chat_zone_set(zone: Tz, now: &str) -> Reply {
    Reply::text(tr!("zone-chat-set", zone = zone.name(), now = now))
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
    let mut lines = vec![tr!("zone-shifted", zone = zone.name())];
    for event in shifted.iter().take(SHOWN) {
        let (label, title) = (&event.label, &event.title);
        lines.push(tr!(
            "zone-shifted-event",
            label = label,
            title = title,
            planned = &event.planned,
            shown = &event.now_shown
        ));
    }
    if shifted.len() > SHOWN {
        lines.push(tr!("zone-shifted-more", count = shifted.len() - SHOWN));
    }
    lines.push(tr!("zone-shifted-move", number = first.label.trim_start_matches('#')));
    lines.join("\n")
}

/// `/mytimezone` showing.
pub fn my_zone(zone: Option<Tz>, fallback: Tz) -> Reply {
    Reply::text(match zone {
        Some(zone) => tr!("zone-mine", zone = zone.name()),
        None => tr!("zone-mine-none", zone = fallback.name()),
    })
}

/// `/mytimezone <zone|off>`
pub fn my_zone_set(zone: Option<Tz>, fallback: Tz) -> Reply {
    Reply::text(match zone {
        Some(zone) => tr!("zone-mine-set", zone = zone.name()),
        None => tr!("zone-mine-cleared", zone = fallback.name()),
    })
}

/// `/share`
pub fn share(code: &str, calendar: &str) -> Reply {
    Reply::text(tr!("share-code", calendar = calendar, code = code))
}

/// `/subscribe`
pub fn subscribed(calendar: &CalendarInfo) -> Reply {
    Reply::text(tr!("share-subscribed", calendar = &calendar.name, id = calendar.id.to_string()))
        .with_row(vec![Button::new(tr!("button-upcoming"), "/events")])
}

/// `/subscribe` twice.
pub fn already_subscribed(calendar: &CalendarInfo) -> Reply {
    Reply::text(tr!("share-already", calendar = &calendar.name))
}

/// `/unsubscribe <calendar>`
pub fn unsubscribed(calendar: &CalendarInfo) -> Reply {
    Reply::text(tr!("share-unsubscribed", calendar = &calendar.name))
}

/// `/unsubscribe` with no argument.
pub fn subscriptions(list: &[CalendarInfo]) -> Reply {
    if list.is_empty() {
        return Reply::text(tr!("share-none"));
    }
    let mut lines = vec![tr!("share-list")];
    lines.extend(list.iter().map(|c| format!("{}. {}", c.id, c.name)));
    lines.push(tr!("share-list-stop"));
    let unfollow =
        |c: &CalendarInfo| Button::new(tr!("button-unfollow", calendar = &c.name), format!("/unsubscribe {}", c.id));
    Reply::text(lines.join("\n")).with_row(list.iter().map(unfollow).collect())
}

/// `/settings`
pub fn settings(zone: Tz, zone_set: bool, policy: CreatePolicy, follows: usize, leads: &[Lead]) -> Reply {
    let who = match policy {
        CreatePolicy::Everyone => tr!("setting-who", policy = "everyone"),
        CreatePolicy::Admins => tr!("setting-who", policy = "admins"),
    };
    let zone = match zone_set {
        true => zone.name().to_string(),
        false => tr!("setting-zone-default", zone = zone.name()),
    };
    Reply::text(tr!("setting-summary", zone = zone, who = who, reminders = lead_list(leads), follows = follows))
}

/// `/settings create ...`
pub fn policy_set(policy: CreatePolicy) -> Reply {
    Reply::text(match policy {
        CreatePolicy::Everyone => tr!("setting-policy-everyone"),
        CreatePolicy::Admins => tr!("setting-policy-admins"),
    })
}

/// `/settings discord-events on|off`
pub fn mirroring_set(on: bool) -> Reply {
    Reply::text(match on {
        true => tr!("setting-mirroring-on"),
        false => tr!("setting-mirroring-off"),
    })
}

/// When the platform's event list could not be written to (a permission missing): mirroring is
/// off again and nothing was left half-made.
pub fn mirroring_refused() -> Reply {
    Reply::text(tr!("setting-mirroring-refused"))
}

/// `/settings feed`
pub fn feed(url: &str, reset: bool) -> Reply {
    Reply::text(match reset {
        true => tr!("feed-reset", url = url),
        false => tr!("feed-show", url = url),
    })
}

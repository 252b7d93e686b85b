//! The sentences of reminders, email links and digests.

use crate::domain::Lead;
use crate::reply::{Attachment, Button, Reply};
use crate::store::PendingReminder;
use crate::tr;
use chrono_tz::Tz;

/// "1d and 1h before", or "off".
pub fn lead_list(leads: &[Lead]) -> String {
    match leads {
        [] => tr!("remind-leads-off"),
        [one] => tr!("remind-leads-one", lead = one.to_string()),
        _ => {
            let texts: Vec<String> = leads.iter().map(Lead::to_string).collect();
            let (last, rest) = texts.split_last().map(|(l, r)| (l.clone(), r.join(", "))).unwrap_or_default();
            tr!("remind-leads-many", rest = rest, last = last)
        }
    }
}

/// `/settings reminders ...`
pub fn chat_leads_set(leads: &[Lead]) -> Reply {
    Reply::text(match leads {
        [] => tr!("remind-chat-leads-off"),
        _ => tr!("remind-chat-leads-set", leads = lead_list(leads)),
    })
}

/// `/remind ...`
pub fn personal_leads_set(label: &str, leads: &[Lead]) -> Reply {
    Reply::text(match leads {
        [] => tr!("remind-personal-off", label = label),
        _ => tr!("remind-personal-set", label = label, leads = lead_list(leads), id = label.trim_start_matches('#')),
    })
}

/// `/snooze ...`
pub fn snoozed(label: &str, lead: Lead) -> Reply {
    Reply::text(tr!("remind-snoozed", label = label, lead = lead.to_string()))
}

/// `/reminders`
pub fn pending_list(lines: &[String]) -> Reply {
    if lines.is_empty() {
        return Reply::text(tr!("remind-pending-none"));
    }
    let mut text = vec![tr!("remind-pending-heading")];
    text.extend(lines.iter().cloned());
    Reply::text(text.join("\n"))
}

/// One line of `/reminders`.
pub fn pending_line(label: &str, reminder: &PendingReminder, zone: Tz) -> String {
    tr!(
        "remind-pending-line",
        label = label,
        title = reminder.event.title.as_str(),
        lead = reminder.lead.to_string(),
        when = super::format::when_with_zone(reminder.occurrence, zone)
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
    let mut text = match minutes_left {
        m if m <= 0 => tr!("reminder-started", label = label, title = title, when = when),
        m => {
            let left = Lead::from_minutes(m).map(|l| l.to_string()).unwrap_or_else(|| format!("{m}m"));
            tr!("reminder-starts-in", label = label, title = title, left = left, when = when)
        }
    };
    if let Some(place) = place {
        text.push('\n');
        text.push_str(&tr!("reminder-where", place = place));
    }
    text.push('\n');
    text.push_str(&tr!("reminder-going", count = going.len(), who = going.join(", ")));
    text
}

/// A reminder sent to one person (`label` as `#7.3`), with a button to hear it again in 10 minutes.
pub fn private_reminder(said: String, label: &str) -> Reply {
    let id = label.trim_start_matches('#');
    Reply::text(said).with_row(vec![Button::new(tr!("reminder-button-snooze"), format!("/snooze {id} 10m"))])
}

/// A reminder posted in a chat (`label` as that chat names the event), with answer buttons.
pub fn chat_reminder(said: String, label: &str) -> Reply {
    let id = label.trim_start_matches('#');
    Reply::text(said).with_row(vec![
        Button::new(tr!("reminder-button-going"), format!("/join {id}")),
        Button::new(tr!("reminder-button-maybe"), format!("/maybe {id}")),
        Button::new(tr!("reminder-button-decline"), format!("/decline {id}")),
    ])
}

/// The event file attached to a reminder sent by email.
pub fn event_attachment(content: String) -> Attachment {
    Attachment { name: tr!("email-event-file"), mime: "text/calendar".into(), content }
}

/// A digest: the week ahead's event lines in `zone`, or a nudge to plan something.
pub fn digest(lines: Vec<String>, zone: Tz) -> Reply {
    let mut text = vec![tr!("digest-heading", zone = zone.name())];
    if lines.is_empty() {
        text.push(tr!("digest-nothing-planned"));
    } else {
        text.extend(lines);
    }
    Reply::text(text.join("\n")).with_row(vec![Button::new(tr!("digest-button-events"), "/events")])
}

/// The email carrying a verification code.
pub fn email_code(code: &str) -> Reply {
    Reply::text(tr!("email-code", code = code))
}

/// `/email <address>`
pub fn email_code_sent(masked: &str) -> Reply {
    Reply::text(tr!("email-code-sent", masked = masked))
}

/// `/email` showing.
pub fn email_status(address: Option<&str>) -> Reply {
    Reply::text(match address {
        Some(address) => tr!("email-status", address = address),
        None => tr!("email-status-none"),
    })
}

/// `/email off`
pub fn email_off() -> Reply {
    Reply::text(tr!("email-off"))
}

/// `/verify` outcomes.
pub fn verify_result(outcome: &crate::store::VerifyOutcome) -> Reply {
    use crate::store::VerifyOutcome::*;
    Reply::text(match outcome {
        Linked(address) => tr!("email-verified", address = address.to_string()),
        Wrong { left } => tr!("email-wrong-code", left = *left),
        TooManyTries => tr!("email-too-many-tries"),
        Expired => tr!("email-code-expired"),
        NothingPending => tr!("email-nothing-pending"),
    })
}

/// `/digest ...`
pub fn digest_set(schedule: Option<&crate::domain::DigestSchedule>, zone: Tz) -> Reply {
    Reply::text(match schedule {
        Some(s) => tr!("digest-set", schedule = describe_digest(s), zone = zone.name()),
        None => tr!("digest-off"),
    })
}

/// `/digest` showing.
pub fn digest_status(schedule: Option<&crate::domain::DigestSchedule>, zone: Tz) -> Reply {
    Reply::text(match schedule {
        Some(s) => tr!("digest-status", schedule = describe_digest(s), zone = zone.name()),
        None => tr!("digest-status-none"),
    })
}

fn describe_digest(schedule: &crate::domain::DigestSchedule) -> String {
    use crate::domain::DigestSchedule::*;
    match schedule {
        Daily(t) => tr!("digest-every-day", time = t.format("%H:%M").to_string()),
        Weekly(day, t) => tr!(
            "digest-every-week",
            day = day.number_from_monday(),
            short = super::format::weekday_short(*day),
            time = t.format("%H:%M").to_string()
        ),
    }
}

/// `/cancel <id> <day>`: one occurrence of a series.
pub fn occurrence_cancelled(label: &str, title: &str, when: &str) -> Reply {
    Reply::text(tr!("remind-occurrence-cancelled", label = label, title = title, when = when))
}

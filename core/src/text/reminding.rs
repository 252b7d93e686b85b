//! The sentences of reminders, email links and digests.

use crate::domain::Lead;
use crate::reply::{Attachment, Button, Reply};
use crate::store::PendingReminder;
use chrono_tz::Tz;

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

/// A reminder sent to one person (`label` as `#7.3`), with a button to hear it again in 10 minutes.
pub fn private_reminder(said: String, label: &str) -> Reply {
    let id = label.trim_start_matches('#');
    Reply::text(said).with_row(vec![Button::new("Snooze 10m", format!("/snooze {id} 10m"))])
}

/// A reminder posted in a chat (`label` as that chat names the event), with answer buttons.
pub fn chat_reminder(said: String, label: &str) -> Reply {
    let id = label.trim_start_matches('#');
    Reply::text(said).with_row(vec![
        Button::new("Going", format!("/join {id}")),
        Button::new("Maybe", format!("/maybe {id}")),
        Button::new("Can't", format!("/decline {id}")),
    ])
}

/// The event file attached to a reminder sent by email.
pub fn event_attachment(content: String) -> Attachment {
    Attachment { name: "event.ics".into(), mime: "text/calendar".into(), content }
}

/// A digest: the week ahead's event lines in `zone`, or a nudge to plan something.
pub fn digest(lines: Vec<String>, zone: Tz) -> Reply {
    let mut text = vec![format!("The week ahead ({}):", zone.name())];
    if lines.is_empty() {
        text.push("Nothing planned yet. Plan something: /new Board games friday 19:30".into());
    } else {
        text.extend(lines);
    }
    Reply::text(text.join("\n")).with_row(vec![Button::new("All upcoming events", "/events")])
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
pub fn digest_set(schedule: Option<&crate::domain::DigestSchedule>, zone: Tz) -> Reply {
    Reply::text(match schedule {
        Some(s) => format!("I'll post the week ahead here {} ({}).", describe_digest(s), zone.name()),
        None => "No more digests here. /digest daily 08:00 starts them again.".to_string(),
    })
}

/// `/digest` showing.
pub fn digest_status(schedule: Option<&crate::domain::DigestSchedule>, zone: Tz) -> Reply {
    Reply::text(match schedule {
        Some(s) => {
            format!("This chat gets the week ahead {} ({}). /digest off stops it.", describe_digest(s), zone.name())
        }
        None => "This chat gets no digest. /digest daily 08:00 or /digest weekly mon 08:00 starts one.".to_string(),
    })
}

fn describe_digest(schedule: &crate::domain::DigestSchedule) -> String {
    use crate::domain::DigestSchedule::*;
    match schedule {
        Daily(t) => format!("every day at {}", t.format("%H:%M")),
        Weekly(day, t) => format!("every {day} at {}", t.format("%H:%M")),
    }
}

/// `/cancel <id> <day>`: one occurrence of a series.
pub fn occurrence_cancelled(label: &str, title: &str, when: &str) -> Reply {
    Reply::text(format!("{label} {title} on {when} is cancelled; the rest of the series goes on."))
}

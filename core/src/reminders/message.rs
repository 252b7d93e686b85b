//! What a due reminder says, and to whom: every chat that has the calendar (in that chat's zone,
//! with answer buttons), or one person privately (with a snooze button).

use super::is_occurrence;
use crate::domain::{Attendance, ChatIdentity, Event, EventStatus, RsvpState};
use crate::reply::{Audience, Reply};
use crate::store::{ClaimedReminder, StoreResult, Transaction};
use crate::text;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// One message of a reminder, with the key that makes its delivery idempotent.
#[derive(Debug, Clone, PartialEq)]
pub struct Delivery {
    /// `chat:<platform>:<id>` or `user:<platform>:<id>`: (reminder, target) is sent at most once.
    pub target: String,
    /// Who gets it.
    pub to: Audience,
    /// What they get.
    pub message: Reply,
    /// For a private message: the chats showing the event, on the person's platform, where they
    /// can be told how to let the bot write to them if it cannot.
    pub ask_in: Vec<ChatIdentity>,
}

/// What to do with a due reminder.
#[derive(Debug, Clone, PartialEq)]
pub enum Prepared {
    /// Send these.
    Send(Vec<Delivery>),
    /// Not wanted any more: the event is gone, cancelled or moved, or the person declined.
    Drop,
}

struct Details<'a> {
    event: &'a Event,
    going: Vec<&'a str>,
    reminder: &'a ClaimedReminder,
    now: DateTime<Utc>,
}

impl Details<'_> {
    fn text(&self, label: &str, zone: Tz) -> String {
        // Rounded to the nearest minute: a reminder sent a few milliseconds after its due time
        // still says "starts in 1h", and only a start that has passed says "has started".
        let seconds = (self.reminder.occurrence - self.now).num_seconds();
        let left = if seconds <= 0 { 0 } else { ((seconds + 30) / 60).max(1) };
        let when = text::when_with_zone(self.reminder.occurrence, zone);
        let place = self.event.location.as_ref().map(|l| l.as_str());
        text::reminder(label, self.event.title.as_str(), &when, place, &self.going, left)
    }
}

/// Prepares the messages of a claimed reminder, reading what is current in `tx`.
pub async fn prepare(
    tx: &mut dyn Transaction,
    reminder: &ClaimedReminder,
    now: DateTime<Utc>,
    default_zone: Tz,
) -> StoreResult<Prepared> {
    let Some(event) = tx.event_by_id(reminder.event).await? else { return Ok(Prepared::Drop) };
    if event.status == EventStatus::Cancelled || !is_occurrence(&event, reminder.occurrence) {
        return Ok(Prepared::Drop);
    }
    let attendance = tx.attendance(event.id, reminder.occurrence).await?;
    let going: Vec<&str> = attendance.iter().filter(|a| a.state == RsvpState::Going).map(|a| a.user.name()).collect();
    let details = Details { event: &event, going, reminder, now };
    match reminder.user {
        None => for_chats(tx, &details, default_zone).await,
        Some(user) => {
            let Some(person) = tx.user_by_id(user).await? else { return Ok(Prepared::Drop) };
            if declined(&attendance, &person.identity.external_id) {
                return Ok(Prepared::Drop);
            }
            let label = event.full_label();
            let zone = person.zone.unwrap_or(event.zone);
            let showing = tx.chats_of_calendar(event.calendar).await?;
            // Their own language, else that of the chat the event belongs to (listed first).
            let language = person.language.or(showing.first().and_then(|chat| chat.language)).unwrap_or_default();
            let message = text::speaking_now(language, || text::private_reminder(details.text(&label, zone), &label));
            let target = format!("user:{}:{}", person.identity.platform, person.identity.external_id);
            let ask_in = showing
                .into_iter()
                .map(|chat| chat.identity)
                .filter(|chat| chat.platform == person.identity.platform)
                .collect();
            let to = Audience::Person(person.identity);
            let mut deliveries = vec![Delivery { target, to, message: message.clone(), ask_in }];
            if let Some(address) = person.email {
                let calendar = tx.calendar(event.calendar).await?.map(|c| c.name).unwrap_or_default();
                let organizer = attendance.iter().find(|a| a.user.id == event.creator).map(|a| a.user.name());
                let file = crate::ical::event_file(&event, &calendar, organizer, now);
                let attachment = text::speaking_now(language, || text::event_attachment(file));
                let email = Reply { buttons: Vec::new(), attachments: vec![attachment], ..message };
                deliveries.push(Delivery {
                    target: format!("email:{address}"),
                    to: Audience::Email(address),
                    message: email,
                    ask_in: Vec::new(),
                });
            }
            Ok(Prepared::Send(deliveries))
        }
    }
}

fn declined(attendance: &[Attendance], external_id: &str) -> bool {
    attendance.iter().any(|a| a.user.identity.external_id == external_id && a.state == RsvpState::Declined)
}

async fn for_chats(tx: &mut dyn Transaction, details: &Details<'_>, default_zone: Tz) -> StoreResult<Prepared> {
    let event = details.event;
    let mut deliveries = Vec::new();
    for chat in tx.chats_of_calendar(event.calendar).await? {
        let label = event.label_in(chat.home_calendar);
        let zone = chat.zone.unwrap_or(default_zone);
        let message = text::speaking_now(chat.language.unwrap_or_default(), || {
            text::chat_reminder(details.text(&label, zone), &label)
        });
        let target = format!("chat:{}:{}", chat.identity.platform, chat.identity.external_id);
        deliveries.push(Delivery { target, to: Audience::Chat(chat.identity), message, ask_in: Vec::new() });
    }
    Ok(Prepared::Send(deliveries))
}

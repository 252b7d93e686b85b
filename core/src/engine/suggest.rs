//! Suggestions while someone types (Discord's autocomplete): the chat's coming events, zones, and
//! how a time phrase would be read, before anything is created. Read-only: the transaction is
//! never committed, nothing is counted or logged as a command.

use super::Engine;
use crate::agenda;
use crate::command::{parse, Command};
use crate::domain::{ChatIdentity, UserIdentity};
use crate::refusal::{ParseError, Problem};
use crate::store::{EventFilter, StoreResult};
use crate::text;
use crate::time::TimeContext;
use chrono_tz::TZ_VARIANTS;

/// One suggestion: what the list shows, and what choosing it fills in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// Shown: "#3 Board games: Fri 27 Nov 2026, 19:30".
    pub shown: String,
    /// Filled in: "3".
    pub value: String,
}

/// What a time given on its own reads as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WhenReading {
    /// Read: the time, in words ("Fri 4 Dec 2026, 19:30–20:30 (Europe/Madrid)").
    Read(String),
    /// Not read, and why, in a sentence.
    Unread(String),
}

/// Zones offered before anything is typed: the most used first.
const COMMON_ZONES: &[&str] = &[
    "Europe/Madrid",
    "America/New_York",
    "America/Argentina/Buenos_Aires",
    "Europe/London",
    "America/Los_Angeles",
    "America/Mexico_City",
    "Europe/Berlin",
    "America/Chicago",
    "Asia/Tokyo",
    "Australia/Sydney",
    "UTC",
];

impl Engine {
    /// The chat's coming events whose title or number contains `typed`, soonest first.
    pub async fn suggest_events(
        &self,
        chat: &ChatIdentity,
        user: &UserIdentity,
        typed: &str,
        limit: usize,
    ) -> StoreResult<Vec<Suggestion>> {
        let now = self.clock.now();
        let mut tx = self.store.begin(now).await?;
        let (chat, user) = tx.speaker(chat, user).await?;
        let zone = user.zone.or(chat.zone).unwrap_or(self.settings.default_zone);
        let events = agenda::upcoming(tx.as_mut(), &chat, now, &EventFilter::default()).await?;
        let typed = typed.trim().trim_start_matches('#').to_lowercase();
        let language = super::spoken_to(&chat, &user);
        let suggestions = events
            .iter()
            .map(|event| (event.label_in(chat.home_calendar), event))
            .filter(|(label, event)| {
                typed.is_empty() || label.contains(&typed) || event.title.as_str().to_lowercase().contains(&typed)
            })
            .take(limit)
            .map(|(label, event)| {
                let start = event.next_start(now).unwrap_or(event.starts_at);
                Suggestion {
                    shown: format!(
                        "{label} {}: {}",
                        event.title.as_str(),
                        text::speaking_now(language, || text::moment(start, zone))
                    ),
                    value: label.trim_start_matches('#').to_string(),
                }
            })
            .collect();
        Ok(suggestions)
    }

    /// How `/new` would read `typed`, given alone as its time (a form's or a slash command's
    /// "when"), in the speaker's zone: the time it would take, or why it can't. Every word must
    /// be read as part of the time: a word left over is never quietly put into the title.
    pub async fn read_when(&self, chat: &ChatIdentity, user: &UserIdentity, typed: &str) -> StoreResult<WhenReading> {
        let now = self.clock.now();
        let mut tx = self.store.begin(now).await?;
        let (chat, user) = tx.speaker(chat, user).await?;
        let zone = user.zone.or(chat.zone).unwrap_or(self.settings.default_zone);
        let typed = typed.split_whitespace().collect::<Vec<_>>().join(" ");
        // Read as a form's time: alone, so a word left unread is refused rather than moved.
        let command = parse(&format!("/new\ntitle: Event\nwhen: {typed}"), &TimeContext { now, zone });
        Ok(text::speaking_now(super::spoken_to(&chat, &user), || match command {
            Ok(Command::New(draft)) => {
                let start = draft.when.start.with_timezone(&chrono::Utc);
                let span = text::span(start, start + draft.length, zone);
                WhenReading::Read(match &draft.when.recurrence {
                    Some(rule) => crate::tr!("repeat-next", repeat = rule.describe(), span = span),
                    None => span,
                })
            }
            Err(ParseError::Invalid { problem: Problem::Time(error), .. }) => {
                WhenReading::Unread(text::problem_text(&Problem::Time(error)))
            }
            _ => WhenReading::Unread(text::time_not_read(&typed)),
        }))
    }

    /// Zones whose name contains `typed` (the most used first when nothing is typed).
    pub fn suggest_zones(typed: &str, limit: usize) -> Vec<String> {
        let typed = typed.trim().to_lowercase().replace(' ', "_");
        if typed.is_empty() {
            return COMMON_ZONES.iter().take(limit).map(|z| z.to_string()).collect();
        }
        let common = COMMON_ZONES.iter().copied();
        let all = TZ_VARIANTS.iter().map(|zone| zone.name()).filter(|name| !COMMON_ZONES.contains(name));
        common.chain(all).filter(|name| name.to_lowercase().contains(&typed)).take(limit).map(str::to_string).collect()
    }
}

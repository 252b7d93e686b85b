//! Mirroring a chat's own events into its platform's event list (Discord's Events tab), as a
//! named service for adapters: whether a chat mirrors, what each event looks like there, and
//! which platform event shows which of ours (kept with the posted cards, under `native:<id>`).
//! Reads use a transaction that is never committed.

use super::Engine;
use crate::clock::Clock;
use crate::domain::{ChatIdentity, EventId, EventStatus, Platform};
use crate::store::{EventFilter, PostedIn, Store, StoreResult};
use crate::time::Recurrence;
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// One of a chat's own events as the platform's list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct NativeEvent {
    /// Which of ours.
    pub event: EventId,
    /// Its number in the chat, for commands ("3").
    pub number: String,
    /// Title, description and place as written.
    pub title: String,
    pub description: Option<String>,
    pub place: Option<String>,
    /// When it (or, for a series, its next time) starts and ends.
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// How it repeats.
    pub recurrence: Option<Recurrence>,
    /// Whether it was cancelled (or has no time left): the platform's copy goes.
    pub gone: bool,
}

/// The mirrors of one platform's chats.
#[derive(Clone)]
pub struct NativeEvents {
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    platform: Platform,
}

/// Where links are kept among the posted cards.
const LINK_PREFIX: &str = "native:";

impl Engine {
    /// The mirrors of `platform`'s chats.
    pub fn native_events(&self, platform: Platform) -> NativeEvents {
        NativeEvents { store: self.store.clone(), clock: self.clock.clone(), platform }
    }
}

impl NativeEvents {
    /// The chat's coming own events, when it mirrors them (None when it does not).
    pub async fn wanted(&self, chat: &ChatIdentity) -> StoreResult<Option<Vec<NativeEvent>>> {
        let now = self.clock.now();
        let mut tx = self.store.begin(now).await?;
        let home = tx.chat(chat).await?;
        if !tx.mirrors_events(home.id).await? {
            return Ok(None);
        }
        let events = tx.upcoming_events(&[home.home_calendar], now, &EventFilter::default()).await?;
        Ok(Some(events.iter().filter_map(|event| native(event, now)).filter(|e| !e.gone).collect()))
    }

    /// Event `event` as the chat's list shows it, when the chat mirrors and the event is its own.
    pub async fn event(&self, chat: &ChatIdentity, event: EventId) -> StoreResult<Option<NativeEvent>> {
        let now = self.clock.now();
        let mut tx = self.store.begin(now).await?;
        let home = tx.chat(chat).await?;
        if !tx.mirrors_events(home.id).await? {
            return Ok(None);
        }
        let event = tx.event_by_id(event).await?.filter(|e| e.calendar == home.home_calendar);
        Ok(event.and_then(|event| native(&event, now).or(Some(gone(&event)))))
    }

    /// The chats of this platform that mirror their events (to roll series forward).
    pub async fn mirrored_chats(&self) -> StoreResult<Vec<String>> {
        self.store.mirrored_chats(self.platform).await
    }

    /// Stops mirroring `chat` (the platform refused to take its events).
    pub async fn stop(&self, chat: &ChatIdentity) -> StoreResult<()> {
        let now = self.clock.now();
        let mut tx = self.store.begin(now).await?;
        let home = tx.chat(chat).await?;
        tx.set_mirrors_events(home.id, false, now).await?;
        tx.commit().await
    }

    /// The platform event showing `event` in `chat`, when there is one.
    pub async fn link(&self, chat: &str, event: EventId) -> StoreResult<Option<String>> {
        self.store.posted_card(&self.place(chat), &key(event)).await
    }

    /// Every link of `chat`: (our event, the platform's event).
    pub async fn links(&self, chat: &str) -> StoreResult<Vec<(EventId, String)>> {
        let links = self.store.posted_cards_like(&self.place(chat), LINK_PREFIX).await?;
        Ok(links
            .into_iter()
            .filter_map(|(key, native)| Some((EventId(key.strip_prefix(LINK_PREFIX)?.parse().ok()?), native)))
            .collect())
    }

    /// Remembers that `native` shows `event` in `chat`.
    pub async fn remember(&self, chat: &str, event: EventId, native: &str) -> StoreResult<()> {
        self.store.remember_card(&self.place(chat), &key(event), native, self.clock.now()).await
    }

    /// Forgets that `native` shows `event` in `chat`.
    pub async fn forget(&self, chat: &str, event: EventId, native: &str) -> StoreResult<()> {
        self.store.forget_card(&self.place(chat), &key(event), native).await
    }

    fn place<'a>(&self, chat: &'a str) -> PostedIn<'a> {
        PostedIn { platform: self.platform, chat_external_id: chat }
    }
}

fn key(event: EventId) -> String {
    format!("{LINK_PREFIX}{}", event.0)
}

/// The event as the platform shows it: its next time (None when it has none left).
fn native(event: &crate::domain::Event, now: DateTime<Utc>) -> Option<NativeEvent> {
    let start = event.next_start(now)?;
    Some(NativeEvent {
        starts_at: start,
        ends_at: start + (event.ends_at - event.starts_at),
        gone: event.status == EventStatus::Cancelled,
        ..gone(event)
    })
}

fn gone(event: &crate::domain::Event) -> NativeEvent {
    NativeEvent {
        event: event.id,
        number: event.no.0.to_string(),
        title: event.title.as_str().to_string(),
        description: event.description.clone(),
        place: event.location.as_ref().map(|l| l.as_str().to_string()),
        starts_at: event.starts_at,
        ends_at: event.ends_at,
        recurrence: event.recurrence.clone(),
        gone: true,
    }
}

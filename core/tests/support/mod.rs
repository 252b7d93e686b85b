//! Test support: a chat room driven through the real engine on a real, fresh database (Postgres
//! or SQLite: see `on_both_backends!`), with a clock that only moves when told to.
#![allow(clippy::unwrap_used)]
#![allow(dead_code)]

use chrono::{DateTime, Utc};
use convene_core::domain::{ChatIdentity, Language, Platform, UserIdentity};
use convene_core::store::testing::TestDb;
use convene_core::store::Store;
use convene_core::{Engine, EngineSettings, Incoming, ManualClock, Outcome};
use std::sync::Arc;

/// Friday 20 Nov 2026, 10:00 in Madrid.
pub const NOW: &str = "2026-11-20T09:00:00Z";

/// A chat room where people type commands. `ana` is the room's admin.
#[derive(Clone)]
pub struct Room {
    pub engine: Engine,
    pub clock: Arc<ManualClock>,
    pub db: Arc<TestDb>,
    pub chat: ChatIdentity,
}

impl Room {
    /// A room called `name` on a fresh database, default zone Europe/Madrid, clock at [`NOW`].
    pub fn new(db: TestDb, name: &str) -> Self {
        let clock = Arc::new(ManualClock::new(at(NOW)));
        let store: Arc<dyn Store> = db.store.clone();
        let settings = EngineSettings { default_zone: chrono_tz::Europe::Madrid, ..EngineSettings::default() };
        let engine = Engine::new(store, clock.clone(), settings);
        Self { engine, clock, db: Arc::new(db), chat: chat(name) }
    }

    /// Another room on the same engine, database and clock.
    pub fn next_door(&self, name: &str) -> Self {
        Self { chat: chat(name), ..self.clone() }
    }

    /// `who` says `text` here; returns everything the engine answered.
    pub async fn say(&self, who: &str, text: &str) -> Outcome {
        self.say_from(who, text, None).await
    }

    /// `who` says `text` from an app the platform says speaks `language`.
    pub async fn say_from(&self, who: &str, text: &str, language: Option<Language>) -> Outcome {
        let message = Incoming {
            language,
            chat: self.chat.clone(),
            user: UserIdentity { platform: Platform::Console, external_id: who.into(), display_name: capital(who) },
            is_admin: who == "ana",
            text: text.into(),
        };
        self.engine.handle(&message).await
    }

    /// `who` says `text`; returns the reply text only.
    pub async fn text(&self, who: &str, text: &str) -> String {
        self.say(who, text).await.reply.plain_text().into_owned()
    }

    /// Everything stored, as text: equal snapshots mean nothing changed.
    pub async fn snapshot(&self) -> String {
        self.db.snapshot().await
    }

    /// The store under the engine, for tests that speak to it directly.
    pub fn store(&self) -> Arc<dyn Store> {
        self.db.store.clone()
    }
}

fn chat(name: &str) -> ChatIdentity {
    ChatIdentity { platform: Platform::Console, external_id: name.into(), title: capital(name) }
}

fn capital(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// An instant from RFC 3339 text.
pub fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).expect("valid instant").with_timezone(&Utc)
}

/// Asserts `haystack` contains every needle, showing the whole text when not.
#[track_caller]
pub fn assert_has(haystack: &str, needles: &[&str]) {
    for needle in needles {
        assert!(haystack.contains(needle), "expected {needle:?} in:\n{haystack}");
    }
}

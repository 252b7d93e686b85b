//! Test support: a chat room and a scheduler over one real database (each backend in turn), a manual clock, and outboxes
//! that print like the console or script platform failures.
#![allow(clippy::unwrap_used, dead_code)]

pub mod smtp;

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use convene_bots::console::ConsoleOutbox;
use convene_core::delivery::{DeliveryError, Outbox, Outboxes};
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::testing::TestDb;
use convene_core::store::Store;
use convene_core::{Audience, Engine, EngineSettings, Incoming, ManualClock, Reply};
use convene_scheduler::{Scheduler, SchedulerSettings, TickReport};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

pub fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

/// Plays back scripted failures, then succeeds; records every successful send.
#[derive(Default)]
pub struct ScriptedOutbox {
    pub failures: Mutex<VecDeque<DeliveryError>>,
    pub sent: Mutex<Vec<(String, String)>>,
}

#[async_trait]
impl Outbox for ScriptedOutbox {
    async fn deliver(&self, to: &Audience, message: &Reply) -> Result<(), DeliveryError> {
        if let Some(failure) = self.failures.lock().unwrap().pop_front() {
            return Err(failure);
        }
        let target = match to {
            Audience::Chat(chat) => format!("chat {}", chat.external_id),
            Audience::Person(person) => format!("person {}", person.external_id),
            Audience::Email(address) => format!("email {address}"),
        };
        self.sent.lock().unwrap().push((target, message.plain_text().into_owned()));
        Ok(())
    }
}

pub struct World {
    pub engine: Engine,
    pub clock: Arc<ManualClock>,
    pub store: Arc<dyn Store>,
    pub printed: Arc<tokio::sync::Mutex<Vec<u8>>>,
    pub scheduler: Scheduler,
    /// The database (a temporary SQLite file lives as long as this).
    pub db: Arc<TestDb>,
}

pub fn world(db: TestDb, now: &str) -> World {
    let clock = Arc::new(ManualClock::new(at(now)));
    let store: Arc<dyn Store> = db.store.clone();
    let settings =
        EngineSettings { default_zone: chrono_tz::Europe::Madrid, commands_per_minute: 0, ..Default::default() };
    let engine = Engine::new(store.clone(), clock.clone(), settings);
    let printed = Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let console: Arc<dyn Outbox> = Arc::new(ConsoleOutbox::new(printed.clone()));
    let outbox = Arc::new(Outboxes::default().with(Platform::Console, console));
    let scheduler = scheduler_with(&store, &clock, outbox, &engine);
    World { engine, clock, store, printed, scheduler, db: Arc::new(db) }
}

pub fn scheduler_with(
    store: &Arc<dyn Store>,
    clock: &Arc<ManualClock>,
    outbox: Arc<dyn Outbox>,
    engine: &Engine,
) -> Scheduler {
    let settings = SchedulerSettings { default_zone: chrono_tz::Europe::Madrid, ..SchedulerSettings::default() };
    Scheduler::new(store.clone(), clock.clone(), outbox, settings, engine.reminder_signal())
}

impl World {
    pub async fn say(&self, room: &str, who: &str, text: &str) -> String {
        let message = Incoming {
            language: None,
            chat: ChatIdentity { platform: Platform::Console, external_id: room.into(), title: room.into() },
            user: UserIdentity { platform: Platform::Console, external_id: who.into(), display_name: who.into() },
            is_admin: who == "ana",
            text: text.into(),
        };
        self.engine.handle(&message).await.reply.plain_text().into_owned()
    }

    /// Sets the clock and runs one scheduler tick.
    pub async fn tick_at(&self, when: &str) -> TickReport {
        self.clock.set(at(when));
        self.scheduler.tick().await.unwrap()
    }

    /// What the console printed since the last call.
    pub async fn printed(&self) -> String {
        let mut buffer = self.printed.lock().await;
        let text = String::from_utf8(buffer.clone()).unwrap();
        buffer.clear();
        text
    }

    pub fn advance(&self, by: Duration) {
        self.clock.advance(by);
    }
}

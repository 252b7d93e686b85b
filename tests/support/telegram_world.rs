//! The Telegram bot long-polling a fake Bot API and a scheduler delivering through it, on one
//! database, for end-to-end tests of what reaches Telegram.
#![allow(dead_code, clippy::unwrap_used)]

use crate::fake_telegram::{Call, FakeTelegram};
use convene_bots::telegram::{Telegram, TelegramOptions};
use convene_core::delivery::{Outbox, Outboxes};
use convene_core::domain::Platform;
use convene_core::store::{PgStore, Store};
use convene_core::{Engine, EngineSettings, ManualClock};
use convene_scheduler::{Scheduler, SchedulerSettings};
use std::sync::Arc;

pub const GROUP: i64 = -100_321;
pub const NEIGHBOURS: i64 = -100_654;

pub fn at(text: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&chrono::Utc)
}

pub fn sent(calls: &[Call], chat: i64, needle: &str) -> Option<Call> {
    let text = |c: &Call| c.body["text"].as_str().unwrap_or("").to_string();
    calls.iter().find(|c| c.method == "sendmessage" && c.body["chat_id"] == chat && text(c).contains(needle)).cloned()
}

/// The Telegram bot long-polling a fake Bot API, and a scheduler delivering through it, on one
/// database; the clock stands at Friday 20 Nov 2026, 10:00 in Madrid.
pub struct World {
    pub fake: FakeTelegram,
    pub clock: Arc<ManualClock>,
    pub scheduler: Scheduler,
    _stop: tokio::sync::watch::Sender<bool>,
}

pub async fn world(pool: sqlx::PgPool) -> World {
    let clock = Arc::new(ManualClock::new(at("2026-11-20T09:00:00Z")));
    let store: Arc<dyn Store> = Arc::new(PgStore::from_pool(pool));
    let zone = chrono_tz::Europe::Madrid;
    let settings = EngineSettings { default_zone: zone, commands_per_minute: 0, ..EngineSettings::default() };
    let engine = Engine::new(store.clone(), clock.clone(), settings);
    let fake = FakeTelegram::start().await;
    let mut options = TelegramOptions::new("4242:TOKEN").with_api_url(Some(fake.url.clone()));
    // Pacing has its own tests; here the fake has no limits to respect.
    options.limits = convene_bots::telegram::pacing::Limits::none();
    let telegram = Telegram::start(options, engine.clone()).await.unwrap();
    let (stop, stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(telegram.clone().run_polling(stopped));
    let outbox: Arc<dyn Outbox> = Arc::new(Outboxes::default().with(Platform::Telegram, telegram));
    let settings = SchedulerSettings { default_zone: zone, ..SchedulerSettings::default() };
    let scheduler = Scheduler::new(store, clock.clone(), outbox, settings, engine.reminder_signal());
    World { fake, clock, scheduler, _stop: stop }
}

impl World {
    pub async fn tick_at(&self, when: &str) {
        self.clock.set(at(when));
        self.scheduler.tick().await.unwrap();
    }

    /// Sets the clock and posts the digests due then.
    pub async fn digests_at(&self, when: &str) {
        self.clock.set(at(when));
        self.scheduler.tick_digests().await.unwrap();
    }
}

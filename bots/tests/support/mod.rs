//! Test support: the real Telegram adapter and engine on a fresh Postgres database, talking to a
//! fake Bot API; plus readers for what the bot sent.
#![allow(dead_code)]

pub mod fake_telegram;

use convene_bots::telegram::pacing::Limits;
use convene_bots::telegram::{Telegram, TelegramOptions, DEFAULT_EDIT_DELAY};
use convene_core::store::{PgStore, Store};
use convene_core::{Engine, EngineSettings, ManualClock};
use fake_telegram::{Call, FakeTelegram};
use serde_json::Value;
use sqlx::PgPool;
use std::sync::Arc;
use std::time::Duration;

/// Friday 20 Nov 2026, 10:00 in Madrid.
pub const NOW: &str = "2026-11-20T09:00:00Z";

/// The token the bot under test uses.
pub const TOKEN: &str = "4242:TEST-TOKEN";

/// An engine on `pool`, zone Europe/Madrid, clock at [`NOW`], no per-person command limit.
pub fn engine(pool: &PgPool) -> Engine {
    limited_engine(pool, 0)
}

/// The same, with `per_minute` commands allowed per person (the clock stands still).
pub fn limited_engine(pool: &PgPool, per_minute: u32) -> Engine {
    let now = chrono::DateTime::parse_from_rfc3339(NOW).expect("instant").with_timezone(&chrono::Utc);
    let store: Arc<dyn Store> = Arc::new(PgStore::from_pool(pool.clone()));
    let settings = EngineSettings {
        default_zone: chrono_tz::Europe::Madrid,
        commands_per_minute: per_minute,
        ..EngineSettings::default()
    };
    Engine::new(store, Arc::new(ManualClock::new(now)), settings)
}

/// The adapter connected to `fake` (getMe, setMyCommands done).
pub async fn connect(fake: &FakeTelegram, pool: &PgPool) -> Arc<Telegram> {
    connect_with(fake, pool, DEFAULT_EDIT_DELAY).await
}

async fn connect_with(fake: &FakeTelegram, pool: &PgPool, edit_delay: Duration) -> Arc<Telegram> {
    let mut options = TelegramOptions::new(TOKEN).with_api_url(Some(fake.url.clone()));
    // Pacing has its own tests; here the fake has no limits to respect.
    options.limits = convene_bots::telegram::pacing::Limits::none();
    options.edit_delay = edit_delay;
    // Failed sends are tried again after milliseconds, not the product's seconds.
    options.first_retry = Duration::from_millis(5);
    Telegram::start(options, engine(pool)).await.expect("the bot starts")
}

/// A bot long-polling the fake until dropped or stopped.
pub struct PollingBot {
    pub fake: FakeTelegram,
    stop: tokio::sync::watch::Sender<bool>,
    polling: tokio::task::JoinHandle<()>,
}

impl PollingBot {
    /// Stops the bot as `convene serve` does on Ctrl-C, and waits until it has stopped.
    pub async fn stop(self) -> FakeTelegram {
        self.stop.send(true).expect("the bot is still polling");
        self.polling.await.expect("polling ends cleanly");
        self.fake
    }
}

/// Starts a fake Bot API and the bot long-polling it.
pub async fn polling_bot(pool: &PgPool) -> PollingBot {
    polling_bot_with(pool, DEFAULT_EDIT_DELAY).await
}

/// The same, with cards edited `edit_delay` after the first press of a burst.
pub async fn polling_bot_with(pool: &PgPool, edit_delay: Duration) -> PollingBot {
    let fake = FakeTelegram::start().await;
    let telegram = connect_with(&fake, pool, edit_delay).await;
    poll(fake, telegram)
}

/// A bot as `convene serve` runs it: paced to `limits`, `per_minute` commands per person.
pub async fn guarded_bot(pool: &PgPool, limits: Limits, per_minute: u32) -> PollingBot {
    let fake = FakeTelegram::start().await;
    let mut options = TelegramOptions::new(TOKEN).with_api_url(Some(fake.url.clone()));
    options.limits = limits;
    let telegram = Telegram::start(options, limited_engine(pool, per_minute)).await.expect("the bot starts");
    poll(fake, telegram)
}

fn poll(fake: FakeTelegram, telegram: Arc<Telegram>) -> PollingBot {
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let polling = tokio::spawn(telegram.run_polling(stopped));
    PollingBot { fake, stop, polling }
}

/// The group of [`three_friends`].
pub const GROUP: i64 = -100_777;

/// Ana (the group's admin), Bob and Carol, all of whom started a private chat with the bot, and
/// their group.
pub fn three_friends(fake: &FakeTelegram) -> (Value, Value, Value, Value) {
    let (ana, bob, carol) = (fake.person(1, "Ana", true), fake.person(2, "Bob", true), fake.person(3, "Carol", true));
    let group = fake.group(GROUP, "Friends", &[&ana]);
    (ana, bob, carol, group)
}

/// A message the bot sent or edited, as people see it.
#[derive(Debug, Clone)]
pub struct Shown {
    pub chat: i64,
    pub message_id: Option<i64>,
    pub text: String,
    pub parse_mode: String,
    /// (label, callback data) of every button.
    pub buttons: Vec<(String, String)>,
}

impl Shown {
    fn from_call(call: &Call) -> Self {
        let body = &call.body;
        let buttons = body["reply_markup"]["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row.as_array().cloned().unwrap_or_default())
            .map(|b| (b["text"].as_str().unwrap_or("").to_string(), b["callback_data"].as_str().unwrap_or("").into()))
            .collect();
        Self {
            chat: body["chat_id"].as_i64().unwrap_or_default(),
            message_id: body["message_id"].as_i64().or(call.sent_id),
            text: body["text"].as_str().unwrap_or("").to_string(),
            parse_mode: body["parse_mode"].as_str().unwrap_or("").to_string(),
            buttons,
        }
    }

    /// The callback data of the button whose label starts with `label`.
    pub fn button(&self, label: &str) -> String {
        let found = self.buttons.iter().find(|(l, _)| l.starts_with(label));
        found.unwrap_or_else(|| panic!("no button {label:?} in {self:#?}")).1.clone()
    }
}

/// Every `method` call (lower case) to `chat` that got through, in order.
pub fn shown(calls: &[Call], method: &str, chat: i64) -> Vec<Shown> {
    calls.iter().filter(|c| c.method == method && !c.broken).map(Shown::from_call).filter(|s| s.chat == chat).collect()
}

/// Waits for a sendMessage to `chat` containing `needle`; returns it with the id the fake gave it.
pub async fn wait_sent(fake: &FakeTelegram, chat: i64, needle: &str) -> Shown {
    wait_shown(fake, "sendmessage", chat, needle).await
}

/// Waits for an editMessageText in `chat` containing `needle`.
pub async fn wait_edited(fake: &FakeTelegram, chat: i64, needle: &str) -> Shown {
    wait_shown(fake, "editmessagetext", chat, needle).await
}

async fn wait_shown(fake: &FakeTelegram, method: &str, chat: i64, needle: &str) -> Shown {
    let what = format!("{method} to {chat} containing {needle:?}");
    fake.wait_for(&what, |calls| {
        calls
            .iter()
            .filter(|c| c.method == method && !c.broken)
            .map(Shown::from_call)
            .find(|s| s.chat == chat && s.text.contains(needle) && s.message_id.is_some())
    })
    .await
}

/// Waits for the answer (toast) to a button press containing `needle`.
pub async fn wait_toast(fake: &FakeTelegram, needle: &str) -> String {
    fake.wait_for(&format!("a toast containing {needle:?}"), |calls| {
        calls
            .iter()
            .filter(|c| c.method == "answercallbackquery" && !c.broken)
            .filter_map(|c| c.body["text"].as_str())
            .find(|t| t.contains(needle))
            .map(str::to_string)
    })
    .await
}

/// The `id` field of a JSON chat or user.
pub fn id(v: &Value) -> i64 {
    v["id"].as_i64().expect("an id")
}

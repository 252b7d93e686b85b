//! The world of the Discord tests: a fake Discord with one server and its channel, the bot on its
//! gateway, and readers for what the bot showed.
#![allow(dead_code)]

use crate::fake_discord::{FakeDiscord, Person, TOKEN};
use convene_bots::discord::{Discord, DiscordOptions};
use convene_core::store::{PgStore, Store};
use convene_core::{Engine, EngineSettings, ManualClock};
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;

/// Friday 20 Nov 2026, 10:00 in Madrid.
pub const NOW: &str = "2026-11-20T09:00:00Z";
pub const GUILD: u64 = 900_000_000_000_000_001;
pub const CHANNEL: u64 = 900_000_000_000_000_101;
pub const ANA: Person = Person::admin(800_000_000_000_000_001, "Ana");
pub const BOB: Person = Person::new(800_000_000_000_000_002, "Bob");
pub const CAROL: Person = Person::new(800_000_000_000_000_003, "Carol");

pub fn at(text: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&chrono::Utc)
}

/// The bot on the gateway of a fake Discord, with the clock it reads.
pub struct Bot {
    pub fake: FakeDiscord,
    pub discord: Arc<Discord>,
    pub engine: Engine,
    pub clock: Arc<ManualClock>,
    pub store: Arc<dyn Store>,
    _stop: tokio::sync::watch::Sender<bool>,
}

/// Starts a fake Discord with one server (Ana, Bob and Carol in its channel) and the bot on it,
/// commands registered in the server.
pub async fn bot(pool: &sqlx::PgPool) -> Bot {
    bot_with(pool, |_| {}).await
}

/// The same, with the adapter's options changed by `adjust`.
pub async fn bot_with(pool: &sqlx::PgPool, adjust: impl FnOnce(&mut DiscordOptions)) -> Bot {
    let fake = FakeDiscord::start().await;
    fake.add_channel(GUILD, CHANNEL);
    for person in [&ANA, &BOB, &CAROL] {
        fake.add_member(GUILD, person);
    }
    let clock = Arc::new(ManualClock::new(at(NOW)));
    let store: Arc<dyn Store> = Arc::new(PgStore::from_pool(pool.clone()));
    let settings =
        EngineSettings { default_zone: chrono_tz::Europe::Madrid, commands_per_minute: 0, ..EngineSettings::default() };
    let engine = Engine::new(store.clone(), clock.clone(), settings);
    let mut options = DiscordOptions::new(TOKEN);
    options.api_url = Some(fake.url());
    options.guilds = vec![GUILD];
    options.edit_delay = Duration::ZERO;
    adjust(&mut options);
    let discord = Discord::start(options, engine.clone()).await.expect("the bot starts");
    let (stop, stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(discord.clone().run_gateway(stopped));
    fake.wait_ready().await;
    fake.wait_until("the commands registered", |f| {
        f.commands_for(Some(GUILD)).as_array().is_some_and(|c| !c.is_empty())
    })
    .await;
    Bot { fake, discord, engine, clock, store, _stop: stop }
}

/// A slash command's options as Discord sends them (all strings but `max` and `page`).
pub fn options(pairs: &[(&str, &str)]) -> Value {
    let option = |(name, value): &(&str, &str)| match *name {
        "max" | "page" => serde_json::json!({"name": name, "type": 4, "value": value.parse::<i64>().unwrap()}),
        _ => serde_json::json!({"name": name, "type": 3, "value": value}),
    };
    Value::Array(pairs.iter().map(option).collect())
}

/// The first embed of a message.
pub fn embed(message: &Value) -> &Value {
    &message["embeds"][0]
}

/// An embed's field value by the start of its name ("Going" finds "Going (2/2)").
pub fn field<'a>(message: &'a Value, name: &str) -> Option<(&'a str, &'a str)> {
    embed(message)["fields"].as_array()?.iter().find_map(|f| {
        let heading = f["name"].as_str()?;
        heading.starts_with(name).then(|| (heading, f["value"].as_str().unwrap_or("")))
    })
}

/// Whether an answer is only for the asker (the ephemeral flag).
pub fn only_for_asker(data: &Value) -> bool {
    data["flags"].as_u64().is_some_and(|f| f & 64 != 0)
}

/// The custom ids of a message's buttons, in order.
pub fn buttons(message: &Value) -> Vec<String> {
    let rows = message["components"].as_array().cloned().unwrap_or_default();
    rows.iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|b| b["custom_id"].as_str().map(str::to_string))
        .collect()
}

/// The message in `channel` whose embed title starts with `title`.
pub fn card(fake: &FakeDiscord, channel: u64, title: &str) -> Option<Value> {
    fake.messages_in(channel)
        .into_iter()
        .rev()
        .find(|m| embed(m)["title"].as_str().is_some_and(|t| t.starts_with(title)))
}

/// A message's id.
pub fn id(message: &Value) -> u64 {
    message["id"].as_str().unwrap().parse().unwrap()
}

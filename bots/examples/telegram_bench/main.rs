//! Benchmark: RSVP commands handled per second end-to-end through the Telegram adapter, and the
//! same load handled by a minimal reference bot in the same run (the yardstick of Convene's own
//! cost).
//!
//! A fake Bot API on loopback (no reply pacing) hands the bot getUpdates batches of up to 100
//! updates spread over 1,000 group chats; each update is an RSVP (`/join 1` or `/maybe 1`) that
//! writes to Postgres and is answered with sendMessage. At most BENCH_WINDOW (default 100)
//! commands are unanswered at once: a new one is queued as each answer arrives. Latency is from
//! the moment getUpdates handed the update out to the moment its answer reached the fake. Then
//! the reference bot (`reference.rs`: teloxide long polling, one sqlx UPDATE and one sendMessage
//! per update, the same pool size) gets the same commands from a fresh fake.
//!
//! Run with `scripts/bench-telegram` (it also runs pgbench for comparison), or:
//! `CONVENE_DATABASE_URL=postgres://... cargo run --release -p convene-bots --example telegram_bench -- 20000`
#![allow(clippy::unwrap_used)]

#[path = "../../tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
mod reference;
#[path = "../rsvp_load/mod.rs"]
mod rsvp_load;

use convene_bots::telegram::{Telegram, TelegramOptions};
use convene_core::store::{PgStore, Store};
use convene_core::{Engine, EngineSettings, SystemClock};
use fake_telegram::FakeTelegram;
use rsvp_load::figures::{cpu_seconds, Figures};
use rsvp_load::{keep_asking, Groups};
use std::collections::HashMap;
use std::sync::Arc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let commands: usize = std::env::args().nth(1).map(|n| n.parse()).transpose()?.unwrap_or(20_000);
    let pool_size: u32 = std::env::var("BENCH_POOL").ok().map(|n| n.parse()).transpose()?.unwrap_or(10);
    let window: usize = std::env::var("BENCH_WINDOW").ok().map(|n| n.parse()).transpose()?.unwrap_or(100);
    let url = std::env::var("CONVENE_DATABASE_URL").or_else(|_| std::env::var("DATABASE_URL"))?;
    println!("commands: {commands} across 1000 chats, at most {window} unanswered at once, database pool {pool_size}");

    let (convene, cpu) = convene(&url, pool_size, commands, window).await?;
    println!("throughput: {:.0} commands/s ({:.2} s)", convene.rate(), convene.seconds);
    let [p50, p99, max] = convene.latency_ms;
    println!("latency: p50 {p50:.1} ms, p99 {p99:.1} ms, max {max:.1} ms");
    println!("cpu (this process: bot + fake, not Postgres): {:.0} us/command", cpu / commands as f64 * 1e6);

    let fake = FakeTelegram::start().await;
    let groups = Groups::in_fake(&fake);
    let cpu_before = cpu_seconds("self");
    let running = reference::start(&url, &fake.url, pool_size, &groups).await?;
    let reference = polled(&fake, &groups, commands, window).await;
    let cpu = cpu_seconds("self") - cpu_before;
    running.abort();
    println!("reference bot (teloxide polling, one UPDATE and one sendMessage): {}", reference.line(Some(cpu)));
    println!("convene / reference bot: {:.2} of its commands/s", convene.rate() / reference.rate());
    Ok(())
}

/// Convene's run: the real adapter and engine on Postgres, against a fresh fake. Returns the
/// figures and the CPU seconds this process spent.
async fn convene(url: &str, pool_size: u32, commands: usize, window: usize) -> anyhow::Result<(Figures, f64)> {
    let store = PgStore::connect(url, pool_size).await?;
    store.migrate().await?;
    let store: Arc<dyn Store> = Arc::new(store);
    let settings = EngineSettings { commands_per_minute: 0, ..EngineSettings::default() };
    let engine = Engine::new(store, Arc::new(SystemClock), settings);
    let fake = FakeTelegram::start().await;
    let groups = Groups::with_events(&fake, &engine).await;
    let mut options = TelegramOptions::new("1:BENCH").with_api_url(Some(fake.url.clone()));
    // Pacing has its own tests; here the fake has no limits to respect.
    options.limits = convene_bots::telegram::pacing::Limits::none();
    let telegram = Telegram::start(options, engine).await?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let polling = tokio::spawn(telegram.run_polling(stopped));
    let cpu_before = cpu_seconds("self");
    let figures = polled(&fake, &groups, commands, window).await;
    let cpu = cpu_seconds("self") - cpu_before;
    stop.send(true).ok();
    polling.await?;
    Ok((figures, cpu))
}

/// Queues the commands for getUpdates (at most `window` unanswered) and measures from the moment
/// each was handed out.
async fn polled(fake: &FakeTelegram, groups: &Groups, commands: usize, window: usize) -> Figures {
    let mut chat_of = HashMap::new();
    keep_asking(fake, commands, window, |i| {
        let (chat, person, text) = groups.command(i);
        chat_of.insert(fake.say(chat, person, text), chat["id"].as_i64().unwrap_or_default());
    })
    .await;
    let handed_out = fake.handed_out();
    let mut asked: Vec<(i64, i64)> = chat_of.into_iter().collect();
    asked.sort();
    let asked: Vec<_> = asked.into_iter().map(|(update, chat)| (chat, handed_out[&update])).collect();
    Figures::measure(fake, &asked)
}

//! Benchmark: RSVP commands handled per second end-to-end through the Telegram adapter.
//!
//! A fake Bot API on loopback (no reply pacing) hands the bot getUpdates batches of up to 100
//! updates spread over 1,000 group chats; each update is an RSVP (`/join 1` or `/maybe 1`) that
//! writes to Postgres and is answered with sendMessage. At most BENCH_WINDOW (default 100)
//! commands are unanswered at once: a new one is queued as each answer arrives. Latency is from
//! the moment getUpdates handed the update out to the moment its answer reached the fake.
//!
//! Run with `scripts/bench-telegram` (it also runs pgbench for comparison), or:
//! `CONVENE_DATABASE_URL=postgres://... cargo run --release -p convene-bots --example telegram_bench -- 20000`
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;

use convene_bots::telegram::{Telegram, TelegramOptions};
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::{PgStore, Store};
use convene_core::{Engine, EngineSettings, Incoming, SystemClock};
use fake_telegram::FakeTelegram;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

const CHATS: i64 = 1_000;
const PEOPLE_PER_CHAT: i64 = 10;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let commands: usize = std::env::args().nth(1).map(|n| n.parse()).transpose()?.unwrap_or(20_000);
    let pool_size: u32 = std::env::var("BENCH_POOL").ok().map(|n| n.parse()).transpose()?.unwrap_or(10);
    let window: usize = std::env::var("BENCH_WINDOW").ok().map(|n| n.parse()).transpose()?.unwrap_or(100);
    let url = std::env::var("CONVENE_DATABASE_URL").or_else(|_| std::env::var("DATABASE_URL"))?;
    let store = PgStore::connect(&url, pool_size).await?;
    store.migrate().await?;
    let store: Arc<dyn Store> = Arc::new(store);
    let settings = EngineSettings { commands_per_minute: 0, ..EngineSettings::default() };
    let engine = Engine::new(store, Arc::new(SystemClock), settings);

    let fake = FakeTelegram::start().await;
    let chats = prepare(&engine, &fake).await;
    let options = TelegramOptions::new("1:BENCH").with_api_url(Some(fake.url.clone()));
    let telegram = Telegram::start(options, engine).await?;
    let (_stop, stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(telegram.run_polling(stopped));

    let sent_before = fake.sent_count();
    let cpu_before = cpu_seconds();
    let mut chat_of = HashMap::new();
    let mut queued = 0;
    loop {
        let answered = fake.sent_count() - sent_before;
        if answered >= commands {
            break;
        }
        while queued < commands && queued < answered + window {
            let (chat, people) = &chats[queued % chats.len()];
            let person = &people[(queued / chats.len()) % people.len()];
            let text = if (queued / (chats.len() * people.len())) % 2 == 0 { "/join 1" } else { "/maybe 1" };
            chat_of.insert(fake.say(chat, person, text), chat["id"].as_i64().unwrap());
            queued += 1;
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    let cpu = cpu_seconds() - cpu_before;
    report(&fake, &chat_of, commands, cpu, pool_size, window);
    Ok(())
}

/// 1,000 group chats with one event each (created through the engine, not measured), and their
/// people.
async fn prepare(engine: &Engine, fake: &FakeTelegram) -> Vec<(serde_json::Value, Vec<serde_json::Value>)> {
    let mut chats = Vec::new();
    for c in 0..CHATS {
        let id = -1_000_000 - c;
        let group = fake.group(id, &format!("Group {c}"), &[]);
        let people: Vec<_> =
            (0..PEOPLE_PER_CHAT).map(|p| fake.person(c * 100 + p + 1, &format!("P{p}"), true)).collect();
        let incoming = Incoming {
            chat: ChatIdentity {
                platform: Platform::Telegram,
                external_id: id.to_string(),
                title: format!("Group {c}"),
            },
            user: UserIdentity {
                platform: Platform::Telegram,
                external_id: (c * 100 + 1).to_string(),
                display_name: "P0".into(),
            },
            is_admin: true,
            text: "/new Party tomorrow 19:00".into(),
        };
        engine.handle(&incoming).await;
        chats.push((group, people));
    }
    chats
}

/// Pairs each chat's updates with its answers, in order, and prints the figures.
fn report(fake: &FakeTelegram, chat_of: &HashMap<i64, i64>, commands: usize, cpu: f64, pool_size: u32, window: usize) {
    let handed_out = fake.handed_out();
    let mut asked: HashMap<i64, Vec<Instant>> = HashMap::new();
    let mut ids: Vec<&i64> = chat_of.keys().collect();
    ids.sort();
    for id in ids {
        asked.entry(chat_of[id]).or_default().push(handed_out[id]);
    }
    let mut answered: HashMap<i64, Vec<Instant>> = HashMap::new();
    for call in fake.calls().iter().filter(|c| c.method == "sendmessage") {
        let chat = call.body["chat_id"].as_i64().unwrap_or_default();
        if asked.contains_key(&chat) {
            answered.entry(chat).or_default().push(call.at);
        }
    }
    let mut latencies: Vec<f64> = Vec::with_capacity(commands);
    for (chat, times) in &asked {
        let replies = &answered[chat];
        let replies = &replies[replies.len() - times.len()..];
        latencies.extend(times.iter().zip(replies).map(|(a, r)| r.duration_since(*a).as_secs_f64() * 1000.0));
    }
    latencies.sort_by(f64::total_cmp);
    let first = handed_out.values().min().copied().unwrap();
    let last = answered.values().flatten().max().copied().unwrap();
    let seconds = last.duration_since(first).as_secs_f64();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    println!(
        "commands: {commands} across {CHATS} chats, at most {window} unanswered at once, database pool {pool_size}"
    );
    println!("throughput: {:.0} commands/s ({seconds:.2} s)", commands as f64 / seconds);
    println!("latency: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms", pct(0.50), pct(0.99), pct(1.0));
    println!("cpu (this process: bot + fake, not Postgres): {:.0} us/command", cpu / commands as f64 * 1e6);
}

/// User + system CPU time of this process, from /proc (Linux; clock ticks of 1/100 s).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

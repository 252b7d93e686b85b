//! Benchmark (issue 16): a burst of reminders all due at the same instant, each to its own
//! Discord channel, delivered by the real scheduler through the real Discord adapter (serenity's
//! REST client and Convene's pacer at Discord's limits) to a fake Discord on loopback that answers
//! `429 Too Many Requests` as Discord does: above 50 requests in a second for the bot token, or
//! above 5 messages in 5 s in one channel (`bots/tests/support/fake_discord`, `enforce_limits`).
//!
//! It lives in the root package because the scheduler (`convene-scheduler`) is a dependency of
//! the root package and not of `convene-bots`. The scheduler sends the reminders of a claimed
//! batch one after the other (`scheduler/src/process.rs`, `tick`), so its own database work per
//! reminder is part of what reaches the limit. Two diagnostic modes leave the scheduler and
//! the database out and call the adapter's `Outbox` directly: `--direct` from one task per
//! message, all at once (the adapter and pacer alone), `--direct-in-turn` from one task, one
//! message after the other (the scheduler's order without its database work).
//!
//! ```sh
//! DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!   cargo run --release --example discord_burst [-- COUNT] [--direct | --direct-in-turn]
//! ```
//!
//! COUNT defaults to 5,000 (about 105 s at Discord's limit); `discord_burst 1000` is a quick
//! check. A scratch database with a random name is made next to DATABASE_URL and dropped after.
#![allow(clippy::unwrap_used)]

#[path = "../bots/tests/support/fake_discord/mod.rs"]
mod fake_discord;

use chrono::{DateTime, Utc};
use convene_bots::discord::{Discord, DiscordOptions};
use convene_core::delivery::{Outbox, Outboxes};
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::{PgStore, Store};
use convene_core::{Audience, Clock, Engine, EngineSettings, Reply, SystemClock};
use convene_scheduler::{Scheduler, SchedulerSettings};
use fake_discord::{FakeDiscord, TOKEN};
use sqlx::{Connection, PgConnection};
use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

const GUILD: u64 = 900_000_000_000_000_001;
const FIRST_CHANNEL: u64 = 920_000_000_000_000_000;
/// The fake's limits: Discord's.
const GLOBAL_PER_SECOND: u32 = 50;
const PER_CHANNEL: (u32, Duration) = (5, Duration::from_secs(5));

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = if args.iter().any(|a| a == "--direct") {
        Mode::AllAtOnce
    } else if args.iter().any(|a| a == "--direct-in-turn") {
        Mode::InTurn
    } else {
        Mode::Scheduler
    };
    let count: u64 = args.iter().find(|a| !a.starts_with("--")).map(|n| n.parse()).transpose()?.unwrap_or(5_000);
    let base = std::env::var("CONVENE_DATABASE_URL")
        .or_else(|_| std::env::var("DATABASE_URL"))
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    println!("machine: {cores} cores, {} (shared: figures move with load)", cpu_model());

    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.subsec_nanos();
    let name = format!("convene_bench_discord_burst_{}_{nanos:x}", std::process::id());
    let mut admin = PgConnection::connect(&base).await?;
    let version: String = sqlx::query_scalar("SHOW server_version").fetch_one(&mut admin).await?;
    println!("postgres: PostgreSQL {version}, scratch database {name}");
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await?;
    let mut url = reqwest::Url::parse(&base)?;
    url.set_path(&format!("/{name}"));
    let result = tokio::spawn(burst(url.to_string(), count, mode)).await;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut admin).await?;
    match result {
        Ok(done) => done,
        Err(panic) if panic.is_panic() => std::panic::resume_unwind(panic.into_panic()),
        Err(cancelled) => Err(cancelled.into()),
    }
}

async fn burst(url: String, count: u64, mode: Mode) -> anyhow::Result<()> {
    let store = PgStore::connect(&url, 10).await?;
    store.migrate().await?;
    let fake = FakeDiscord::start().await;
    fake.enforce_limits(PER_CHANNEL, GLOBAL_PER_SECOND);
    for c in 0..count {
        fake.add_channel(GUILD, FIRST_CHANNEL + c);
    }
    let due = if mode == Mode::Scheduler { fill(&store, count).await? } else { Utc::now() };
    let mut due_instant = Instant::now() + (due - Utc::now()).to_std().unwrap_or_default();

    let store: Arc<dyn Store> = Arc::new(store);
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let engine = Engine::new(store.clone(), clock.clone(), EngineSettings::default());
    // Production settings (Discord's limits in the pacer), only pointed at the fake.
    let mut options = DiscordOptions::new(TOKEN);
    options.api_url = Some(fake.url());
    let discord = Discord::start(options, engine.clone()).await?;
    let calls_before = fake.calls().len();

    if mode == Mode::AllAtOnce {
        println!(
            "setup: {count} Discord channels; {count} messages handed to the adapter's Outbox at once, one task each"
        );
        due_instant = Instant::now();
        let tasks: Vec<_> = (0..count)
            .map(|c| {
                let discord = discord.clone();
                tokio::spawn(async move { deliver(&discord, c).await })
            })
            .collect();
        let mut failed = 0;
        for task in tasks {
            if !matches!(task.await, Ok(Ok(()))) {
                failed += 1;
            }
        }
        println!("deliveries that returned an error: {failed}");
    } else if mode == Mode::InTurn {
        println!(
            "setup: {count} Discord channels; {count} messages handed to the adapter's Outbox one after the other"
        );
        due_instant = Instant::now();
        let mut failed = 0;
        for c in 0..count {
            if deliver(&discord, c).await.is_err() {
                failed += 1;
            }
        }
        println!("deliveries that returned an error: {failed}");
    } else {
        println!("setup: {count} Discord channels, one event and one chat reminder each, all due at {due}");
        let outbox: Arc<dyn Outbox> = Arc::new(Outboxes::default().with(Platform::Discord, discord.clone()));
        let settings = SchedulerSettings::default();
        let scheduler = Scheduler::new(store.clone(), clock, outbox, settings, engine.reminder_signal());
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let running = tokio::spawn(scheduler.run(stopped));
        // Wall-clock waiting is what a benchmark measures; tests never do this.
        let limit = due_instant + Duration::from_secs(count / 40 + 60);
        while Instant::now() < limit && finished(&url).await? < count {
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
        stop.send(true).ok();
        running.await?;
    }

    report(&fake, calls_before, count, due_instant);
    if mode == Mode::Scheduler {
        println!("reminders in the database: {}", states(&url).await?.join(", "));
    }
    Ok(())
}

/// Who hands the messages to the adapter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The real scheduler, from reminders in the database.
    Scheduler,
    /// One task per message, all at once (`--direct`).
    AllAtOnce,
    /// One task, one message after the other (`--direct-in-turn`).
    InTurn,
}

/// A reminder-like message to channel number `c`, through the adapter's `Outbox`.
async fn deliver(discord: &Discord, c: u64) -> Result<(), convene_core::delivery::DeliveryError> {
    let external_id = (FIRST_CHANNEL + c).to_string();
    let chat = ChatIdentity { platform: Platform::Discord, external_id, title: format!("Channel {c}") };
    let reply = Reply::text(format!("Reminder: #1 Board games starts in 2h (channel {c})"));
    discord.deliver(&Audience::Chat(chat), &reply).await
}

/// The messages the fake was asked to create: accepted, refused (429) and the rates.
fn report(fake: &FakeDiscord, calls_before: usize, count: u64, due: Instant) {
    let calls = fake.calls();
    let creates: Vec<_> = calls[calls_before..]
        .iter()
        .filter(|c| c.method == "POST" && c.path.starts_with("/channels/") && c.path.ends_with("/messages"))
        .collect();
    let accepted: Vec<_> = creates.iter().filter(|c| c.status == 200).collect();
    let refused = creates.iter().filter(|c| c.status == 429).count();
    let others = creates.len() - accepted.len() - refused;
    let other_calls = calls.len() - calls_before - creates.len();
    let channels: HashSet<&str> = accepted.iter().map(|c| c.path.as_str()).collect();
    let (Some(first), Some(last)) = (accepted.first(), accepted.last()) else {
        println!("burst: nothing delivered; 429 answers: {}", fake.too_many());
        return;
    };
    let span = last.at.duration_since(first.at).as_secs_f64();
    let sustained = (accepted.len() - 1) as f64 / span;
    // Messages in each whole second after the first; the last, partial second is left out.
    let mut per_second = vec![0usize; span as usize + 1];
    for call in &accepted {
        per_second[call.at.duration_since(first.at).as_secs() as usize] += 1;
    }
    per_second.pop();
    let ratio = sustained / f64::from(GLOBAL_PER_SECOND) * 100.0;
    println!(
        "burst: {} of {count} messages accepted, to {} distinct channels, in {span:.1} s (first {:.0} ms after the \
         due instant, last {:.1} s after)",
        accepted.len(),
        channels.len(),
        signed_ms(first.at, due),
        signed_ms(last.at, due) / 1000.0,
    );
    println!(
        "sustained rate: {sustained:.2} msg/s = {ratio:.1}% of Discord's {GLOBAL_PER_SECOND}/s (target >= 90%: {})",
        if ratio >= 90.0 { "met" } else { "MISSED" }
    );
    println!(
        "429 answers: {} ({refused} to message creates; target 0: {}); other failed creates: {others}; other REST \
         calls: {other_calls}",
        fake.too_many(),
        if fake.too_many() == 0 { "met" } else { "MISSED" }
    );
    println!(
        "whole seconds: min {} max {} msg/s",
        per_second.iter().min().copied().unwrap_or(0),
        per_second.iter().max().copied().unwrap_or(0)
    );
    // The pacer spaces messages 20.5 ms apart (48.8/s); what the gaps really were says where
    // the rest of the time went.
    let mut gaps: Vec<f64> =
        accepted.windows(2).map(|w| w[1].at.duration_since(w[0].at).as_secs_f64() * 1000.0).collect();
    gaps.sort_by(f64::total_cmp);
    if !gaps.is_empty() {
        let pct = |p: f64| gaps[((gaps.len() as f64 * p) as usize).min(gaps.len() - 1)];
        println!(
            "gaps between accepted messages: min {:.1} ms, p10 {:.1}, p50 {:.1}, p90 {:.1}, p99 {:.1}, max {:.1} ms",
            pct(0.0),
            pct(0.10),
            pct(0.50),
            pct(0.90),
            pct(0.99),
            pct(1.0)
        );
    }
}

/// Milliseconds from `due` to `at` (negative when before).
fn signed_ms(at: Instant, due: Instant) -> f64 {
    match at.checked_duration_since(due) {
        Some(after) => after.as_secs_f64() * 1000.0,
        None => -(due.duration_since(at).as_secs_f64() * 1000.0),
    }
}

/// Creates `count` Discord channels' chats (through the store, as the bot makes them) and, in
/// bulk, one event per chat with a chat reminder due a few seconds from now; returns that instant.
async fn fill(store: &PgStore, count: u64) -> anyhow::Result<DateTime<Utc>> {
    let mut tx = store.begin(Utc::now()).await?;
    let organizer = UserIdentity { platform: Platform::Discord, external_id: "1".into(), display_name: "Host".into() };
    let organizer = tx.user(&organizer).await?;
    for c in 0..count {
        let external_id = (FIRST_CHANNEL + c).to_string();
        tx.chat(&ChatIdentity { platform: Platform::Discord, external_id, title: format!("Channel {c}") }).await?;
    }
    tx.commit().await?;
    let pool = store.pool();
    let starts = Utc::now() + chrono::Duration::hours(2);
    sqlx::query(
        "INSERT INTO events (calendar_id, no, title, starts_at, ends_at, timezone, creator_id, created_at) \
         SELECT home_calendar_id, 1, 'Board games', $1, $1 + interval '2 hours', 'UTC', $2, now() FROM chats",
    )
    .bind(starts)
    .bind(organizer.id.0)
    .execute(pool)
    .await?;
    sqlx::query("UPDATE calendars SET next_event_no = 2").execute(pool).await?;
    // Everything is in before the instant, leaving the scheduler time to start.
    let due = Utc::now() + chrono::Duration::seconds(10);
    sqlx::query(
        "INSERT INTO reminders (event_id, occurrence, lead_minutes, due_at, created_at) \
         SELECT id, starts_at, $2, $1, now() FROM events",
    )
    .bind(due)
    .bind((starts - due).num_minutes() as i32)
    .execute(pool)
    .await?;
    sqlx::query("ANALYZE").execute(pool).await?;
    Ok(due)
}

/// Reminders no longer pending or being sent.
async fn finished(url: &str) -> anyhow::Result<u64> {
    let mut db = PgConnection::connect(url).await?;
    let done: i64 = sqlx::query_scalar("SELECT count(*) FROM reminders WHERE state NOT IN ('pending', 'sending')")
        .fetch_one(&mut db)
        .await?;
    Ok(done as u64)
}

/// How many reminders ended in each state, e.g. `["late 4000", "sent 1000"]`.
async fn states(url: &str) -> anyhow::Result<Vec<String>> {
    let mut db = PgConnection::connect(url).await?;
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT state, count(*) FROM reminders GROUP BY state ORDER BY state")
            .fetch_all(&mut db)
            .await?;
    Ok(rows.into_iter().map(|(state, n)| format!("{state} {n}")).collect())
}

fn cpu_model() -> String {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = info.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split(':').nth(1));
    model.map_or_else(|| "unknown CPU".into(), |m| m.trim().to_string())
}

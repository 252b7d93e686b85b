//! Fault trial 1 (docs/RELIABILITY.md): the real `convene serve` is killed with SIGKILL at a random
//! moment, again and again, while commands arrive through a fake Bot API and reminders come due;
//! then it runs once more until every reminder due has gone out. The program checks from the
//! database and the fake's records: reminders lost, duplicates, the invariants every command must
//! keep whole, and how soon a restarted process is back at work.
//!
//! Run with `scripts/faults` (it builds the release binary and makes a scratch database), or:
//! `CONVENE_BIN=target/release/convene CONVENE_DATABASE_URL=postgres://.../scratch \
//!  cargo run --release -p convene-bots --example faults_kill -- 100`
//! It runs on SQLite alike (`CONVENE_DATABASE_URL=sqlite:///tmp/faults.db`).
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
mod fault_trials;

use fake_telegram::{Call, FakeTelegram};
use fault_trials::db::Db;
use fault_trials::{say, Setup};
use serde_json::Value;
use std::process::Child;
use std::time::{Duration, Instant};

const CHATS: i64 = 40;
const PEOPLE: i64 = 6;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let trials: usize = std::env::args().nth(1).map(|n| n.parse()).transpose()?.unwrap_or(100);
    let setup = Setup::from_env()?;
    let fake = FakeTelegram::start().await;
    let chats = seed(&setup, &fake).await?;
    let db = Db::connect(&setup.database).await?;
    let started = Instant::now();
    let commands = tokio::spawn(keep_talking(fake.clone(), chats));

    let mut restarts = Vec::new();
    for trial in 0..trials {
        let spawned = Instant::now();
        let mut serve = serve(&setup, &fake)?;
        let kill_after = Duration::from_millis(200 + (trial as u64 * 7919) % 1800);
        tokio::time::sleep(kill_after).await;
        restarts.push(first_call_after(&fake, spawned));
        serve.kill()?;
        serve.wait()?;
    }
    commands.abort();
    println!("{trials} kills in {:.0} s", started.elapsed().as_secs_f64());
    let mut last = serve(&setup, &fake)?;
    let drained = drain(&db).await?;
    last.kill()?;
    last.wait()?;
    report(&db, &fake.calls(), &restarts, drained).await
}

/// One event in each of CHATS groups, with a chat reminder one minute before; the events start 2
/// to 4 minutes from now, so their reminders come due while the process is being killed.
async fn seed(setup: &Setup, fake: &FakeTelegram) -> anyhow::Result<Vec<(Value, Vec<Value>)>> {
    let engine = setup.engine().await?;
    let mut chats = Vec::new();
    for c in 0..CHATS {
        let id = -200_000 - c;
        let people: Vec<Value> = (0..PEOPLE).map(|p| fake.person(c * 10 + p + 1, &format!("P{p}"), true)).collect();
        let group = fake.group(id, &format!("Trial {c}"), &[&people[0]]);
        say(&engine, id, c * 10 + 1, "/settings reminders 1m").await;
        say(&engine, id, c * 10 + 1, &format!("/new Trial event {c} in {} minutes max 3", 2 + c % 3)).await;
        chats.push((group, people));
    }
    Ok(chats)
}

/// People keep answering (about 40 commands a second), across every chat.
async fn keep_talking(fake: FakeTelegram, chats: Vec<(Value, Vec<Value>)>) {
    for n in 0usize.. {
        let (group, people) = &chats[n % chats.len()];
        let person = &people[1 + (n / chats.len()) % (people.len() - 1)];
        fake.say(group, person, if (n / 7) % 2 == 0 { "/join 1" } else { "/leave 1" });
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// The same instance restarted each time (as with a fixed admin port): it takes its roles back at
/// once.
fn serve(setup: &Setup, fake: &FakeTelegram) -> anyhow::Result<Child> {
    setup.serve(&fake.url, &[("CONVENE_INSTANCE_ID", "faults-trial")])
}

/// How long after `spawned` the process made its first request (None: not within the trial).
fn first_call_after(fake: &FakeTelegram, spawned: Instant) -> Option<Duration> {
    fake.calls().iter().find(|c| c.at > spawned).map(|c| c.at - spawned)
}

/// Waits until no reminder is left unsent, due or not (at most 10 minutes); returns how long it took.
async fn drain(db: &Db) -> anyhow::Result<Duration> {
    let started = Instant::now();
    while db.unfinished_reminders(chrono::Utc::now() + chrono::Duration::days(1)).await? > 0
        && started.elapsed() < Duration::from_secs(600)
    {
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Ok(started.elapsed())
}

async fn report(db: &Db, calls: &[Call], restarts: &[Option<Duration>], drained: Duration) -> anyhow::Result<()> {
    let states = db.reminder_states().await?;
    let count = |s: &str| states.iter().find(|(state, _)| state == s).map_or(0, |(_, n)| *n);
    let lost = count("missed") + count("failed") + count("pending") + count("sending");
    let mut sent_per_chat = std::collections::HashMap::<i64, usize>::new();
    for call in calls.iter().filter(|c| c.method == "sendmessage" && !c.broken) {
        if call.body["text"].as_str().unwrap_or("").starts_with("Reminder: #1 Trial event") {
            *sent_per_chat.entry(call.body["chat_id"].as_i64().unwrap_or_default()).or_default() += 1;
        }
    }
    let duplicates: usize = sent_per_chat.values().map(|n| n - 1).sum();
    let lateness = db.delivery_lateness().await?.into_iter().map(|(_, late)| late).fold(f64::NAN, f64::max);
    let (overbooked, stuck_waitlist, orphans) = db.broken_invariants().await?;
    let back: Vec<f64> = restarts.iter().flatten().map(|d| d.as_secs_f64() * 1000.0).collect();
    println!("reminders: {states:?}");
    println!(
        "reminders due: {CHATS}; delivered to {} chats; lost: {lost}; duplicates: {duplicates}",
        sent_per_chat.len()
    );
    println!(
        "latest reminder: {lateness:.1} s after its due time; all due sent {:.1} s after the last start",
        drained.as_secs_f64()
    );
    println!("invariants: overbooked events {overbooked}, waitlists left behind {stuck_waitlist}, pending reminders of dead events {orphans}");
    println!("restart to first request: {}", fault_trials::report::spread_ms(&back));
    Ok(())
}

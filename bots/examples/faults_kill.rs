//! Fault trial 1 (docs/RELIABILITY.md): the real `convene serve` is killed with SIGKILL at a random
//! moment, again and again, while commands arrive through a fake Bot API and reminders come due;
//! then it runs once more until every reminder due has gone out. The program checks from the
//! database and the fake's records: reminders lost, duplicates, the invariants every command must
//! keep whole, and how soon a restarted process is back at work.
//!
//! Run with `scripts/faults` (it builds the release binary and makes a scratch database), or:
//! `CONVENE_BIN=target/release/convene CONVENE_DATABASE_URL=postgres://.../scratch \
//!  cargo run --release -p convene-bots --example faults_kill -- 100`
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;

use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::{PgStore, Store};
use convene_core::{Engine, EngineSettings, Incoming, SystemClock};
use fake_telegram::{Call, FakeTelegram};
use serde_json::Value;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CHATS: i64 = 40;
const PEOPLE: i64 = 6;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let trials: usize = std::env::args().nth(1).map(|n| n.parse()).transpose()?.unwrap_or(100);
    let url = std::env::var("CONVENE_DATABASE_URL")?;
    let binary = std::env::var("CONVENE_BIN").unwrap_or_else(|_| "target/release/convene".into());
    let store = PgStore::connect(&url, 4).await?;
    store.migrate().await?;
    let pool = store.pool().clone();
    let store: Arc<dyn Store> = Arc::new(store);
    let engine = Engine::new(store, Arc::new(SystemClock), EngineSettings::default());
    let fake = FakeTelegram::start().await;
    let chats = seed(&engine, &fake).await;
    let started = Instant::now();
    let commands = tokio::spawn(keep_talking(fake.clone(), chats));

    let mut restarts = Vec::new();
    for trial in 0..trials {
        let spawned = Instant::now();
        let mut serve = serve(&binary, &url, &fake)?;
        let kill_after = Duration::from_millis(200 + (trial as u64 * 7919) % 1800);
        tokio::time::sleep(kill_after).await;
        restarts.push(first_call_after(&fake, spawned));
        serve.kill()?;
        serve.wait()?;
    }
    commands.abort();
    println!("{trials} kills in {:.0} s", started.elapsed().as_secs_f64());
    let mut last = serve(&binary, &url, &fake)?;
    let drained = drain(&pool).await?;
    last.kill()?;
    last.wait()?;
    report(&pool, &fake.calls(), &restarts, drained).await
}

/// One event in each of CHATS groups, with a chat reminder one minute before; the events start 2
/// to 4 minutes from now, so their reminders come due while the process is being killed.
async fn seed(engine: &Engine, fake: &FakeTelegram) -> Vec<(Value, Vec<Value>)> {
    let mut chats = Vec::new();
    for c in 0..CHATS {
        let id = -200_000 - c;
        let people: Vec<Value> = (0..PEOPLE).map(|p| fake.person(c * 10 + p + 1, &format!("P{p}"), true)).collect();
        let group = fake.group(id, &format!("Trial {c}"), &[&people[0]]);
        let say = |text: String| Incoming {
            chat: ChatIdentity {
                platform: Platform::Telegram,
                external_id: id.to_string(),
                title: format!("Trial {c}"),
            },
            user: UserIdentity {
                platform: Platform::Telegram,
                external_id: (c * 10 + 1).to_string(),
                display_name: "P0".into(),
            },
            is_admin: true,
            text,
        };
        engine.handle(&say("/settings reminders 1m".into())).await;
        engine.handle(&say(format!("/new Trial event {c} in {} minutes max 3", 2 + c % 3))).await;
        chats.push((group, people));
    }
    chats
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

fn serve(binary: &str, url: &str, fake: &FakeTelegram) -> anyhow::Result<Child> {
    Ok(Command::new(binary)
        .arg("serve")
        .env("CONVENE_DATABASE_URL", url)
        .env("CONVENE_TELEGRAM_TOKEN", "1:FAULTS")
        .env("CONVENE_TELEGRAM_API_URL", &fake.url)
        .env("CONVENE_ADMIN_ADDR", "127.0.0.1:0")
        // The same instance restarted (as with a fixed admin port): it takes its roles back at once.
        .env("CONVENE_INSTANCE_ID", "faults-trial")
        .env("CONVENE_COMMANDS_PER_MINUTE", "0")
        .env("CONVENE_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?)
}

/// How long after `spawned` the process made its first request (None: not within the trial).
fn first_call_after(fake: &FakeTelegram, spawned: Instant) -> Option<Duration> {
    fake.calls().iter().find(|c| c.at > spawned).map(|c| c.at - spawned)
}

/// Waits until no reminder is due and unsent (at most 10 minutes); returns how long it took.
async fn drain(pool: &sqlx::PgPool) -> anyhow::Result<Duration> {
    let started = Instant::now();
    loop {
        let (open, later): (i64, i64) = sqlx::query_as(
            "SELECT count(*) FILTER (WHERE state IN ('pending', 'sending') AND due_at <= now()), \
                    count(*) FILTER (WHERE state IN ('pending', 'sending') AND due_at > now()) FROM reminders",
        )
        .fetch_one(pool)
        .await?;
        if (open == 0 && later == 0) || started.elapsed() > Duration::from_secs(600) {
            return Ok(started.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn report(
    pool: &sqlx::PgPool,
    calls: &[Call],
    restarts: &[Option<Duration>],
    drained: Duration,
) -> anyhow::Result<()> {
    let states: Vec<(String, i64)> =
        sqlx::query_as("SELECT state, count(*) FROM reminders GROUP BY state ORDER BY state").fetch_all(pool).await?;
    let count = |s: &str| states.iter().find(|(state, _)| state == s).map_or(0, |(_, n)| *n);
    let lost = count("missed") + count("failed") + count("pending") + count("sending");
    let mut sent_per_chat = std::collections::HashMap::<i64, usize>::new();
    for call in calls.iter().filter(|c| c.method == "sendmessage" && !c.broken) {
        if call.body["text"].as_str().unwrap_or("").starts_with("Reminder: #1 Trial event") {
            *sent_per_chat.entry(call.body["chat_id"].as_i64().unwrap_or_default()).or_default() += 1;
        }
    }
    let duplicates: usize = sent_per_chat.values().map(|n| n - 1).sum();
    let lateness: Option<f64> = sqlx::query_scalar(
        "SELECT max(extract(epoch FROM d.sent_at - r.due_at))::float8 FROM reminders r JOIN deliveries d ON d.reminder_id = r.id",
    )
    .fetch_one(pool)
    .await
    .unwrap_or(None);
    let overbooked: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT e.id FROM events e JOIN rsvps r ON r.event_id = e.id AND r.state = 'going' \
         WHERE e.capacity IS NOT NULL GROUP BY e.id, e.capacity, r.occurrence HAVING count(*) > e.capacity) x",
    )
    .fetch_one(pool)
    .await?;
    let stuck_waitlist: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM events e WHERE e.capacity IS NOT NULL \
         AND EXISTS (SELECT 1 FROM rsvps w WHERE w.event_id = e.id AND w.state = 'waitlisted') \
         AND (SELECT count(*) FROM rsvps g WHERE g.event_id = e.id AND g.state = 'going') < e.capacity",
    )
    .fetch_one(pool)
    .await?;
    let orphans: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM reminders r JOIN events e ON e.id = r.event_id WHERE r.state = 'pending' AND e.status <> 'scheduled'",
    )
    .fetch_one(pool)
    .await?;
    let mut back: Vec<f64> = restarts.iter().flatten().map(|d| d.as_secs_f64() * 1000.0).collect();
    back.sort_by(f64::total_cmp);
    let median = back.get(back.len() / 2).copied().unwrap_or(f64::NAN);
    println!("reminders: {states:?}");
    println!(
        "reminders due: {CHATS}; delivered to {} chats; lost: {lost}; duplicates: {duplicates}",
        sent_per_chat.len()
    );
    println!(
        "latest reminder: {:.1} s after its due time; all due sent {:.1} s after the last start",
        lateness.unwrap_or(f64::NAN),
        drained.as_secs_f64()
    );
    println!("invariants: overbooked events {overbooked}, waitlists left behind {stuck_waitlist}, pending reminders of dead events {orphans}");
    println!("restart to first request: median {median:.0} ms over {} restarts", back.len());
    Ok(())
}

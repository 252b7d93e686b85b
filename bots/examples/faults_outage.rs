//! Fault trial 2 (docs/RELIABILITY.md): a database outage under the real `convene serve`. The
//! process reaches Postgres through a proxy on loopback that this program cuts (new connections
//! refused, open ones broken, as when the server is down) and restores after OUTAGE seconds. A
//! chat reminder comes due in the middle of it. The program measures how soon each command is
//! answered during the outage and what it says, what `/readyz` says, how soon it is ready again,
//! and when the reminder goes out.
//!
//! Run with `scripts/faults` or:
//! `CONVENE_BIN=target/release/convene CONVENE_DATABASE_URL=postgres://.../scratch \
//!  cargo run --release -p convene-bots --example faults_outage -- 60`
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
mod fault_trials;
#[path = "../../core/tests/support/proxy.rs"]
#[allow(dead_code)]
mod proxy;

use convene_core::store::{PgStore, Store};
use convene_core::{Engine, EngineSettings, SystemClock};
use fake_telegram::FakeTelegram;
use fault_trials::{free_address, say, status};
use sqlx::postgres::PgConnectOptions;
use std::sync::Arc;
use std::time::{Duration, Instant};

const GROUP: i64 = -300_000;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let outage = Duration::from_secs(std::env::args().nth(1).map(|n| n.parse()).transpose()?.unwrap_or(60));
    let setup = fault_trials::Setup::from_env()?;
    let store = PgStore::connect(&setup.database, 2).await?;
    store.migrate().await?;
    let pool = store.pool().clone();
    let options: Arc<PgConnectOptions> = pool.connect_options();
    let server =
        format!("{}:{}", options.get_host(), options.get_port()).parse().unwrap_or(([127, 0, 0, 1], 5432).into());
    let proxy = proxy::Proxy::start(server).await;
    let through_proxy = format!(
        "postgres://{}@127.0.0.1:{}/{}",
        options.get_username(),
        proxy.port,
        options.get_database().unwrap_or("postgres")
    );

    let fake = FakeTelegram::start().await;
    let ana = fake.person(1, "Ana", true);
    let group = fake.group(GROUP, "Outage", &[&ana]);
    let engine = Engine::new(Arc::new(store) as Arc<dyn Store>, Arc::new(SystemClock), EngineSettings::default());
    for text in ["/settings reminders 1m", "/new Outage check in 2 minutes"] {
        say(&engine, GROUP, 1, text).await;
    }
    let due: chrono::DateTime<chrono::Utc> =
        sqlx::query_scalar("SELECT min(due_at) FROM reminders").fetch_one(&pool).await?;

    let admin = free_address()?;
    let through = fault_trials::Setup { database: through_proxy, ..setup };
    let mut serve = through.serve(&fake.url, &[("CONVENE_ADMIN_ADDR", &admin)])?;
    let readyz = format!("http://{admin}/readyz");
    let client = reqwest::Client::new();
    while status(&client, &readyz).await != Some(200) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    ask(&fake, &group, &ana).await;

    // The outage starts 20 s before the reminder is due.
    let start_in = (due - chrono::Utc::now() - chrono::Duration::seconds(20)).to_std().unwrap_or_default();
    tokio::time::sleep(start_in).await;
    proxy.cut();
    let cut_at = Instant::now();
    let (mut answers, mut ready_states) = (Vec::new(), Vec::new());
    while cut_at.elapsed() < outage {
        answers.push(ask(&fake, &group, &ana).await);
        ready_states.push(status(&client, &readyz).await);
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    proxy.restore().await;
    let restored = Instant::now();
    while status(&client, &readyz).await != Some(200) && restored.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let ready_after = restored.elapsed();
    let after = ask(&fake, &group, &ana).await;
    let reminder_at = reminder_sent(&fake, Duration::from_secs(120)).await;
    let alive = fault_trials::stop(&mut serve)?;

    let unreachable = answers.iter().filter(|(_, text)| text.contains("can't reach my database")).count();
    let mut waits: Vec<f64> = answers.iter().map(|(wait, _)| wait.as_secs_f64() * 1000.0).collect();
    waits.sort_by(f64::total_cmp);
    println!("outage of {} s; {} commands during it", outage.as_secs(), answers.len());
    println!("answered \"can't reach my database\": {unreachable} of {}", answers.len());
    println!(
        "answer time during the outage: median {:.0} ms, max {:.0} ms",
        waits[waits.len() / 2],
        waits[waits.len() - 1]
    );
    println!(
        "/readyz during the outage: {} of {} checks 503",
        ready_states.iter().filter(|s| **s == Some(503)).count(),
        ready_states.len()
    );
    println!(
        "/readyz 200 again {:.2} s after the database came back; next command: {:?}",
        ready_after.as_secs_f64(),
        after.1.lines().next()
    );
    match reminder_at {
        Some(at) => println!(
            "reminder due during the outage went out {:.1} s after the database came back",
            (at - restored).as_secs_f64()
        ),
        None => println!("reminder due during the outage: NOT SENT within 2 minutes"),
    }
    println!("process alive throughout: {alive}");
    Ok(())
}

/// Ana asks for the agenda; returns how long the answer took and its text.
async fn ask(fake: &FakeTelegram, group: &serde_json::Value, ana: &serde_json::Value) -> (Duration, String) {
    let before = fake.calls().iter().filter(|c| c.method == "sendmessage").count();
    let asked = Instant::now();
    fake.say(group, ana, "/events");
    let answer = fake.wait_for("an answer", |calls| {
        calls
            .iter()
            .filter(|c| c.method == "sendmessage")
            .nth(before)
            .map(|c| c.body["text"].as_str().unwrap_or("").to_string())
    });
    (asked.elapsed(), answer.await)
}

/// When the chat reminder reached the fake (waiting up to `limit`).
async fn reminder_sent(fake: &FakeTelegram, limit: Duration) -> Option<Instant> {
    let started = Instant::now();
    while started.elapsed() < limit {
        let calls = fake.calls();
        if let Some(call) = calls.iter().find(|c| c.body["text"].as_str().unwrap_or("").starts_with("Reminder:")) {
            return Some(call.at);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    None
}

//! Several `convene serve` processes on one Postgres behave as one bot: exactly one long-polls
//! Telegram (Telegram would answer 409 to a second reader), and when it is killed another takes
//! over within the failover time; every command is answered once, none twice.
#![allow(clippy::unwrap_used)]

#[path = "../bots/tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
#[path = "support/serve.rs"]
mod serve;

use fake_telegram::{Call, FakeTelegram};
use serde_json::Value;
use serve::{admin_answers, free_address, Serve};
use std::time::{Duration, Instant};

const TOKEN: &str = "4242:MULTI-TEST-TOKEN";

/// One of the instances and the address of its admin server.
struct Running {
    serve: Serve,
    admin: String,
}

async fn start(pool: &sqlx::PgPool, fake: &FakeTelegram) -> Running {
    let admin = free_address();
    let env = [
        ("CONVENE_TELEGRAM_TOKEN", TOKEN),
        ("CONVENE_TELEGRAM_API_URL", fake.url.as_str()),
        ("CONVENE_ADMIN_ADDR", admin.as_str()),
        ("CONVENE_FAILOVER_SECONDS", "3"),
    ];
    let serve = Serve::start(pool, &env);
    admin_answers(&admin).await;
    Running { serve, admin }
}

/// What `/readyz` of an instance says.
async fn ready(admin: &str) -> Value {
    reqwest::get(format!("http://{admin}/readyz")).await.unwrap().json().await.unwrap()
}

/// The instances that say they poll Telegram.
async fn pollers(instances: &[Running]) -> Vec<usize> {
    let mut polling = Vec::new();
    for (i, instance) in instances.iter().enumerate() {
        let roles = ready(&instance.admin).await["roles"].clone();
        if roles.as_array().is_some_and(|r| r.iter().any(|r| r == "telegram-poller")) {
            polling.push(i);
        }
    }
    polling
}

fn answers(calls: &[Call], chat: i64, needle: &str) -> usize {
    calls
        .iter()
        .filter(|c| {
            c.method == "sendmessage"
                && c.body["chat_id"] == chat
                && c.body["text"].as_str().unwrap_or("").contains(needle)
        })
        .count()
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn one_instance_polls_and_another_takes_over_when_it_is_killed(pool: sqlx::PgPool) {
    let fake = FakeTelegram::start().await;
    let ana = fake.person(1, "Ana", true);
    let groups: Vec<Value> = (1..=3).map(|n| fake.group(-100_700 - n, &format!("Group {n}"), &[&ana])).collect();
    let mut instances = Vec::new();
    for _ in 0..3 {
        instances.push(start(&pool, &fake).await);
    }
    let deadline = Instant::now() + Duration::from_secs(15);
    let first = loop {
        let polling = pollers(&instances).await;
        assert!(polling.len() <= 1, "never two pollers: {polling:?}");
        if let [one] = polling[..] {
            break one;
        }
        assert!(Instant::now() < deadline, "no instance took the poller role");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(ready(&instances[0].admin).await["instances"], 3, "{}", ready(&instances[0].admin).await);
    let stats = std::process::Command::new(env!("CARGO_BIN_EXE_convene"))
        .args(["stats", "--json"])
        .env_remove("DATABASE_URL")
        .env("CONVENE_DATABASE_URL", serve::database_url(&pool))
        .output()
        .unwrap();
    let stats: Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(stats["instances"].as_array().map(Vec::len), Some(3), "convene stats counts the instances: {stats}");

    fake.say(&groups[0], &ana, "/new Before friday 19:30");
    fake.wait_for("the answer before", |calls| (answers(calls, -100_701, "Created #1 Before") == 1).then_some(()))
        .await;

    instances[first].serve.kill();
    let killed = Instant::now();
    for (n, group) in groups.iter().enumerate() {
        fake.say(group, &ana, &format!("/new After {n} saturday 19:30"));
    }
    for n in 0..3 {
        let chat = -100_701 - n as i64;
        fake.wait_for("every command after the kill answered", |calls| {
            (answers(calls, chat, &format!("After {n}")) >= 1).then_some(())
        })
        .await;
    }
    let failover = killed.elapsed();
    assert!(failover < Duration::from_secs(15), "took over in {failover:?}");
    let survivors: Vec<Running> =
        instances.into_iter().enumerate().filter(|(i, _)| *i != first).map(|(_, r)| r).collect();
    assert_eq!(pollers(&survivors).await.len(), 1, "one survivor polls");

    let calls = fake.calls();
    for n in 0..3i64 {
        assert_eq!(answers(&calls, -100_701 - n, "After"), 1, "answered once, not twice, in group {n}");
    }
    assert_eq!(answers(&calls, -100_701, "Created #1 Before"), 1);
    assert_eq!(fake.conflicts(), 0, "Telegram never saw two readers at once");
    eprintln!("failover: {failover:?}");
}

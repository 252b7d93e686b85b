//! Three `convene serve` processes on one Postgres share one budget of Telegram messages: a burst
//! of 1,000 reminders to 1,000 chats goes out with each reminder sent once, and a fake Bot API that
//! refuses more than 30 messages a second (as Telegram does) never has to refuse one.
#![allow(clippy::unwrap_used)]

#[path = "../bots/tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
#[path = "support/serve.rs"]
mod serve;

use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::PgStore;
use convene_core::{Engine, EngineSettings, Incoming, SystemClock};
use fake_telegram::FakeTelegram;
use serve::{admin_answers, free_address, Serve};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

const CHATS: i64 = 1_000;
const FIRST_CHAT: i64 = -100_900_000;

/// An event in each of `CHATS` Telegram groups, made through the engine, with its one-hour
/// reminder moved to come due a few seconds from now.
async fn seed(pool: &sqlx::PgPool) {
    let settings = EngineSettings { commands_per_minute: 0, ..EngineSettings::default() };
    let engine = Engine::new(Arc::new(PgStore::from_pool(pool.clone())), Arc::new(SystemClock), settings);
    for n in 0..CHATS {
        let chat = (FIRST_CHAT - n).to_string();
        let incoming = Incoming {
            language: None,
            chat: ChatIdentity { platform: Platform::Telegram, external_id: chat.clone(), title: format!("Group {n}") },
            user: UserIdentity { platform: Platform::Telegram, external_id: "1".into(), display_name: "Ana".into() },
            is_admin: true,
            text: "/new Burst tomorrow 12:00".into(),
        };
        let reply = engine.handle(&incoming).await.reply;
        assert!(reply.plain_text().contains("Created #1"), "{reply:?}");
    }
    sqlx::query("DELETE FROM reminders WHERE lead_minutes <> 60").execute(pool).await.unwrap();
    sqlx::query("UPDATE reminders SET due_at = now() + interval '3 seconds'").execute(pool).await.unwrap();
}

/// `convene_reminders_sent_total` (on time or late) of the instance whose admin server is `admin`.
async fn sent_by(admin: &str) -> u64 {
    let text = reqwest::get(format!("http://{admin}/metrics")).await.unwrap().text().await.unwrap();
    let count =
        |name: &str| text.lines().find_map(|l| l.strip_prefix(name)?.trim().parse::<f64>().ok()).unwrap_or(0.0) as u64;
    count("convene_reminders_sent_total ") + count("convene_reminders_late_total ")
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn three_instances_send_a_burst_once_within_telegrams_limit(pool: sqlx::PgPool) {
    let fake = FakeTelegram::start().await;
    for n in 0..CHATS {
        fake.group(FIRST_CHAT - n, &format!("Group {n}"), &[]);
    }
    fake.enforce_flood_limit();
    seed(&pool).await;
    let mut instances = Vec::new();
    for _ in 0..3 {
        let admin = free_address();
        let env = [
            ("CONVENE_TELEGRAM_TOKEN", "4242:BURST-TEST-TOKEN"),
            ("CONVENE_TELEGRAM_API_URL", fake.url.as_str()),
            ("CONVENE_ADMIN_ADDR", admin.as_str()),
        ];
        instances.push((Serve::start(&pool, &env), admin));
    }
    for (_, admin) in &instances {
        admin_answers(admin).await;
    }
    let started = Instant::now();
    let sent = fake
        .wait_longer("a reminder in every chat", Duration::from_secs(60), |calls| {
            let reminders = calls
                .iter()
                .filter(|c| c.method == "sendmessage" && c.body["text"].as_str().is_some_and(|t| t.contains("Burst")));
            let mut per_chat: HashMap<i64, usize> = HashMap::new();
            for call in reminders {
                *per_chat.entry(call.body["chat_id"].as_i64().unwrap()).or_default() += 1;
            }
            (per_chat.len() == CHATS as usize).then_some(per_chat)
        })
        .await;
    let took = started.elapsed();
    assert!(sent.values().all(|&n| n == 1), "each reminder sent once");
    eprintln!("per second (accepted, refused): {:?}", fake.sends_per_second());
    assert_eq!(fake.refused_for_flooding(), 0, "Telegram never had to refuse a message");
    let mut by_instance = Vec::new();
    for (_, admin) in &instances {
        by_instance.push(sent_by(admin).await);
    }
    assert_eq!(by_instance.iter().sum::<u64>(), CHATS as u64, "{by_instance:?}");
    eprintln!("1,000 reminders in {took:?}, by instance {by_instance:?}");
}

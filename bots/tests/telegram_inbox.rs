//! Updates read by a poller that then died: whoever polls next handles them, and an update whose
//! command was already applied is not applied (or answered) again.
#![allow(clippy::unwrap_used)]

mod support;

use convene_core::domain::Platform;
use convene_core::store::{Inbox, PgStore};
use support::fake_telegram::FakeTelegram;
use support::{connect, shown, three_friends, wait_sent, GROUP};

async fn count(pool: &sqlx::PgPool, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT count(*) FROM {table}")).fetch_one(pool).await.unwrap()
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn updates_a_dead_poller_left_are_handled_once_by_the_next(pool: sqlx::PgPool) {
    let fake = FakeTelegram::start().await;
    let (ana, bob, _, group) = three_friends(&fake);
    let store = PgStore::from_pool(pool.clone());
    let now = chrono::Utc::now();
    // The dead poller had read two updates (Telegram counts them as received). Bob's command was
    // applied just before the kill, so only its inbox row was left; Ana's was not handled at all.
    let applied = fake.message_update(&group, &bob, "/new Picnic saturday 12:00");
    let waiting = fake.message_update(&group, &ana, "/new Board games friday 19:30");
    for update in [&applied, &waiting] {
        let id = update["update_id"].as_i64().unwrap();
        store.keep_update(Platform::Telegram, id, &update.to_string(), now).await.unwrap();
    }
    let key = format!("telegram:{}:{}", support::fake_telegram::BOT_NAME, applied["update_id"]);
    sqlx::query("INSERT INTO handled_updates (update_key, handled_at) VALUES ($1, now())")
        .bind(&key)
        .execute(&pool)
        .await
        .unwrap();

    // The next poller takes over.
    let telegram = connect(&fake, &pool).await;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let polling = tokio::spawn(telegram.run_polling(stopped));
    wait_sent(&fake, GROUP, "Created #1 Board games").await;
    stop.send(true).unwrap();
    polling.await.unwrap();

    assert_eq!(count(&pool, "events").await, 1, "Bob's picnic was not created a second time");
    let said = shown(&fake.calls(), "sendmessage", GROUP);
    assert!(said.iter().all(|m| !m.text.contains("Picnic")), "nor answered again: {said:#?}");
    assert!(store.unhandled_updates(Platform::Telegram).await.unwrap().is_empty(), "the inbox is empty");
}

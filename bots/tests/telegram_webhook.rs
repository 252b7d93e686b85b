//! Webhook mode: Telegram POSTs updates with the secret token; anything without it is refused
//! and changes nothing.
#![allow(clippy::unwrap_used)]

mod support;

use convene_bots::telegram::{webhook_router, SECRET_HEADER};
use support::fake_telegram::FakeTelegram;
use support::{connect, wait_sent};

const GROUP: i64 = -100_555;
const SECRET: &str = "s3cret_Token-1";

async fn count(pool: &sqlx::PgPool, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT count(*) FROM {table}")).fetch_one(pool).await.unwrap()
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn updates_with_the_secret_are_handled_and_others_refused(pool: sqlx::PgPool) {
    let fake = FakeTelegram::start().await;
    let telegram = connect(&fake, &pool).await;
    let path = telegram.set_webhook("https://bot.example.org/telegram/hook", SECRET).await.unwrap();
    assert_eq!(path, "/telegram/hook");
    let set = fake.calls().into_iter().find(|c| c.method == "setwebhook").expect("setWebhook was called");
    assert!(set.body.to_string().contains(SECRET) && set.body.to_string().contains("bot.example.org"), "{set:?}");

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/telegram/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, webhook_router(telegram, &path, SECRET)).await });
    let ana = fake.person(1, "Ana", true);
    let group = fake.group(GROUP, "Friends", &[&ana]);
    let client = reqwest::Client::new();
    let update = fake.message_update(&group, &ana, "/new Board games friday 19:30");

    for secret in [Some("wrong"), None] {
        let mut request = client.post(&url).json(&update);
        if let Some(secret) = secret {
            request = request.header(SECRET_HEADER, secret);
        }
        assert_eq!(request.send().await.unwrap().status(), 401);
    }
    assert_eq!((count(&pool, "chats").await, count(&pool, "events").await), (0, 0), "refused updates change nothing");
    assert!(fake.calls().iter().all(|c| c.method != "sendmessage"));

    let accepted = client.post(&url).header(SECRET_HEADER, SECRET).json(&update).send().await.unwrap();
    assert_eq!(accepted.status(), 200);
    wait_sent(&fake, GROUP, "Created #1 Board games").await;
    assert_eq!(count(&pool, "events").await, 1);
}

//! Several instances in webhook mode on one database: when two edit the same card at once, the
//! card ends showing the newest answers, never an older count.
#![allow(clippy::unwrap_used)]

mod support;

use convene_bots::telegram::{webhook_router, SECRET_HEADER};
use serde_json::Value;
use support::fake_telegram::FakeTelegram;
use support::{connect, three_friends, wait_edited, wait_sent, GROUP};

const SECRET: &str = "s3cret_Token-1";

/// One more `convene serve`-like instance answering webhooks; returns its hook's address.
async fn instance(fake: &FakeTelegram, pool: &sqlx::PgPool) -> String {
    let telegram = connect(fake, pool).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, webhook_router(telegram, "/hook", SECRET)).await });
    url
}

async fn deliver(hook: &str, update: Value) {
    let client = reqwest::Client::new();
    let answer = client.post(hook).header(SECRET_HEADER, SECRET).json(&update).send().await.unwrap();
    assert_eq!(answer.status(), 200);
}

fn edit_texts(calls: &[support::fake_telegram::Call]) -> Vec<String> {
    let edits = calls.iter().filter(|c| c.method == "editmessagetext" && !c.broken);
    edits.map(|c| c.body["text"].as_str().unwrap_or_default().to_string()).collect()
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn two_instances_editing_one_card_leave_the_newest_answers(pool: sqlx::PgPool) {
    let fake = FakeTelegram::start().await;
    let (one, two) = (instance(&fake, &pool).await, instance(&fake, &pool).await);
    let (ana, bob, carol, group) = three_friends(&fake);
    deliver(&one, fake.message_update(&group, &ana, "/new Board games friday 19:30")).await;
    let card = wait_sent(&fake, GROUP, "Created #1 Board games").await;

    // Bob answers through the first instance; its card edit (Going 2) is slow on the way.
    let gate = fake.hold_next("editmessagetext");
    deliver(&one, fake.message_update(&group, &bob, "/join 1")).await;
    fake.wait_until_holding().await;
    // Carol answers through the second; its edit (Going 3) lands first.
    deliver(&two, fake.message_update(&group, &carol, "/join 1")).await;
    wait_edited(&fake, GROUP, "Going (3): Ana, Bob, Carol").await;
    // Then the older edit lands.
    gate.notify_one();
    fake.wait_for("the older edit, then the newest count again", |calls| {
        let edits = edit_texts(calls);
        let stale = edits.iter().position(|t| t.contains("Going (2): Ana, Bob\n"))?;
        edits[stale..].iter().any(|t| t.contains("Going (3): Ana, Bob, Carol")).then_some(())
    })
    .await;
    let shown = fake.message(GROUP, card.message_id.unwrap()).unwrap();
    assert!(shown["text"].as_str().unwrap().contains("Going (3): Ana, Bob, Carol"), "{shown:#}");
}

//! The real `convene serve` binary runs the Telegram bot from its environment, against a fake
//! Bot API on loopback: long polling by default, the webhook on the admin server when configured.
#![allow(clippy::unwrap_used)]

#[path = "../bots/tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;

#[path = "support/serve.rs"]
mod serve;

use fake_telegram::{Call, FakeTelegram};
use serve::{free_address, Serve};

const TOKEN: &str = "4242:SERVE-TEST-TOKEN";
const GROUP: i64 = -100_999;

fn serve(pool: &sqlx::PgPool, fake: &FakeTelegram, extra: &[(&str, &str)]) -> Serve {
    let mut env = vec![("CONVENE_TELEGRAM_TOKEN", TOKEN), ("CONVENE_TELEGRAM_API_URL", fake.url.as_str())];
    env.extend_from_slice(extra);
    Serve::start(pool, &env)
}

fn sent_to(calls: &[Call], chat: i64, needle: &str) -> Option<Call> {
    calls
        .iter()
        .find(|c| {
            c.method == "sendmessage"
                && c.body["chat_id"] == chat
                && c.body["text"].as_str().unwrap_or("").contains(needle)
        })
        .cloned()
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn serve_long_polls_telegram_and_answers_a_group(pool: sqlx::PgPool) {
    let fake = FakeTelegram::start().await;
    let ana = fake.person(1, "Ana", true);
    let bob = fake.person(2, "Bob", true);
    let group = fake.group(GROUP, "Friends", &[&ana]);
    let json_logs = [("CONVENE_LOG_FORMAT", "json"), ("CONVENE_ADMIN_TOKEN", "admin-secret-7431")];
    let mut serve = serve(&pool, &fake, &json_logs);

    fake.say(&group, &ana, "/new Board games tomorrow 19:30 max 2");
    let card = fake.wait_for("the event card", |calls| sent_to(calls, GROUP, "Created #1 Board games")).await;
    fake.press(&group, card.sent_id.unwrap(), &bob, "/join 1");
    fake.wait_for("the card edited", |calls| {
        calls
            .iter()
            .find(|c| {
                c.method == "editmessagetext" && c.body["text"].as_str().unwrap_or("").contains("Going (2/2): Ana, Bob")
            })
            .cloned()
    })
    .await;
    assert!(fake.calls().iter().any(|c| c.method == "setmycommands"), "the menu is published at start-up");
    let log = serve.log();
    assert!(log.contains("connected to Telegram"), "{log}");
    // reqwest, under teloxide, logs through the `log` crate: its lines must reach the log too.
    assert!(log.contains("starting new connection"), "lines logged through `log` reach the log:\n{log}");
    assert!(
        !log.contains("SERVE-TEST-TOKEN") && !log.contains("admin-secret-7431") && !log.contains("Board games"),
        "no token or message text in debug JSON logs:\n{log}"
    );

    let status = serve.terminate().await;
    let log = serve.log();
    assert!(status.success(), "SIGTERM is a clean stop, not a kill: {status:?}\n{log}");
    assert!(log.contains("Telegram long polling stopped"), "{log}");
}

/// `/metrics` of the admin server at `addr`, once it answers (up to 10 s).
async fn metrics(addr: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Ok(response) = reqwest::get(format!("http://{addr}/metrics")).await {
            return response.text().await.unwrap();
        }
        assert!(std::time::Instant::now() < deadline, "the admin server never answered");
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

/// The value of the metric line starting with `series` (name and labels), if there is one.
fn metric(text: &str, series: &str) -> Option<f64> {
    text.lines().find_map(|line| line.strip_prefix(series)?.trim().parse().ok())
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn metrics_count_what_telegram_refused_by_reason(pool: sqlx::PgPool) {
    let fake = FakeTelegram::start().await;
    let ana = fake.person(1, "Ana", true);
    let dave = fake.person(4, "Dave", false);
    let group = fake.group(GROUP, "Friends", &[&ana]);
    let addr = free_address();
    let _serve = serve(&pool, &fake, &[("CONVENE_ADMIN_ADDR", addr.as_str())]);

    fake.say(&group, &ana, "/new Board games tomorrow 19:30 max 1");
    fake.say(&group, &dave, "/join 1");
    fake.say(&group, &ana, "/leave 1");
    // Dave moved up: the private notice is refused (he never started the bot), so the group is told.
    fake.wait_for("the nudge", |calls| sent_to(calls, GROUP, "Dave, I can't send you private messages yet")).await;

    let text = metrics(&addr).await;
    let refused = r#"convene_outbound_failed_total{platform="telegram",reason="refused"}"#;
    assert_eq!(metric(&text, refused), Some(1.0), "one private message refused:\n{text}");
    let requests = metric(&text, r#"convene_outbound_requests_total{platform="telegram"}"#).unwrap_or_default();
    assert!(requests >= 5.0, "getMe, the menu and the replies are counted:\n{text}");
    assert_eq!(metric(&text, r#"convene_outbound_failed_total{platform="telegram",reason="network"}"#), None);
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn serve_takes_webhook_updates_on_the_admin_server(pool: sqlx::PgPool) {
    let fake = FakeTelegram::start().await;
    let ana = fake.person(1, "Ana", true);
    let group = fake.group(GROUP, "Friends", &[&ana]);
    let addr = free_address();
    let webhook = [
        ("CONVENE_ADMIN_ADDR", addr.as_str()),
        ("CONVENE_TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram"),
        ("CONVENE_TELEGRAM_WEBHOOK_SECRET", "the-secret"),
    ];
    let _serve = serve(&pool, &fake, &webhook);
    fake.wait_for("setWebhook", |calls| calls.iter().find(|c| c.method == "setwebhook").cloned()).await;

    let client = reqwest::Client::new();
    let health = format!("http://{addr}/healthz");
    serve::admin_answers(&addr).await;
    let update = fake.message_update(&group, &ana, "/events");
    let url = format!("http://{addr}/telegram");
    let refused = client.post(&url).header("X-Telegram-Bot-Api-Secret-Token", "guess").json(&update).send().await;
    assert_eq!(refused.unwrap().status(), 401);
    let accepted = client.post(&url).header("X-Telegram-Bot-Api-Secret-Token", "the-secret").json(&update).send().await;
    assert_eq!(accepted.unwrap().status(), 200);
    // The webhook answers at once; the update is handled on its chat's lane.
    fake.wait_for("the answer", |calls| calls.iter().find(|c| c.method == "sendmessage").cloned()).await;
    let answers: Vec<Call> = fake.calls().into_iter().filter(|c| c.method == "sendmessage").collect();
    assert_eq!(answers.len(), 1, "only the update with the secret is answered: {answers:#?}");
    assert_eq!(client.get(&health).send().await.unwrap().status(), 200, "the admin endpoints still answer");
}

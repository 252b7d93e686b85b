//! The real `convene serve` binary runs the Discord bot from its environment, against a fake
//! Discord on loopback: over the gateway by default, or taking signed interactions over HTTP on
//! the admin server when the application's public key is configured.
#![allow(clippy::unwrap_used)]

#[path = "../bots/tests/support/fake_discord/mod.rs"]
mod fake_discord;
#[path = "support/serve.rs"]
mod serve;

use fake_discord::{public_key, FakeDiscord, Person, TOKEN};
use serde_json::{json, Value};
use serve::{admin_answers, free_address, Serve};

const GUILD: u64 = 910_000_000_000_000_001;
const CHANNEL: u64 = 910_000_000_000_000_101;
const ANA: Person = Person::admin(810_000_000_000_000_001, "Ana");
const BOB: Person = Person::new(810_000_000_000_000_002, "Bob");

/// A fake Discord with Ana and Bob in a server's channel.
async fn discord() -> FakeDiscord {
    let fake = FakeDiscord::start().await;
    fake.add_channel(GUILD, CHANNEL);
    fake.add_member(GUILD, &ANA);
    fake.add_member(GUILD, &BOB);
    fake
}

fn serve(pool: &sqlx::PgPool, fake: &FakeDiscord, extra: &[(&str, &str)]) -> Serve {
    let (url, guild) = (fake.url(), GUILD.to_string());
    let mut env = vec![
        ("CONVENE_DISCORD_TOKEN", TOKEN),
        ("CONVENE_DISCORD_API_URL", url.as_str()),
        ("CONVENE_DISCORD_GUILDS", guild.as_str()),
    ];
    env.extend_from_slice(extra);
    Serve::start(pool, &env)
}

fn new_event(title: &str) -> Value {
    json!([{"name": "title", "type": 3, "value": title}, {"name": "when", "type": 3, "value": "tomorrow 19:30"}, {"name": "max", "type": 4, "value": 2}])
}

fn card_titled(fake: &FakeDiscord, title: &str) -> Option<Value> {
    fake.messages_in(CHANNEL)
        .into_iter()
        .find(|m| m["embeds"][0]["title"].as_str().is_some_and(|t| t.starts_with(title)))
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn serve_runs_the_discord_bot_over_the_gateway(pool: sqlx::PgPool) {
    let fake = discord().await;
    let mut serve = serve(&pool, &fake, &[("CONVENE_LOG_FORMAT", "json")]);
    fake.wait_ready().await;
    fake.wait_until("the commands registered in the server", |f| {
        f.commands_for(Some(GUILD)).as_array().is_some_and(|c| c.iter().any(|c| c["name"] == "new"))
    })
    .await;
    let settings =
        fake.commands_for(Some(GUILD)).as_array().unwrap().iter().find(|c| c["name"] == "settings").cloned().unwrap();
    assert_eq!(
        settings["default_member_permissions"], "8589934592",
        "admin commands are hidden from others (Manage Events)"
    );

    let asked = fake.slash(GUILD, CHANNEL, &ANA, "new", new_event("Board games"));
    assert_eq!(fake.response_to(asked).await["type"], 4);
    let card = card_titled(&fake, "#1 Board games").expect("the card");
    let pressed = fake.press(CHANNEL, card["id"].as_str().unwrap().parse().unwrap(), &BOB, "/join 1");
    assert_eq!(fake.response_to(pressed).await["type"], 7);
    let card = card_titled(&fake, "#1 Board games").unwrap();
    assert_eq!(card["embeds"][0]["fields"][0]["value"], "Ana, Bob", "{card}");

    let status = serve.terminate().await;
    let log = serve.log();
    assert!(status.success(), "SIGTERM is a clean stop: {status:?}\n{log}");
    assert!(log.contains("connected to Discord") && log.contains("Discord gateway stopped"), "{log}");
    assert!(!log.contains(TOKEN) && !log.contains("Board games"), "no token or message text in the logs:\n{log}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn serve_takes_signed_interactions_over_http(pool: sqlx::PgPool) {
    let fake = discord().await;
    let addr = free_address();
    let key = public_key();
    let _serve =
        serve(&pool, &fake, &[("CONVENE_ADMIN_ADDR", addr.as_str()), ("CONVENE_DISCORD_PUBLIC_KEY", key.as_str())]);
    admin_answers(&addr).await;
    let url = format!("http://{addr}/discord/interactions");
    fake.verify_endpoint(&url).await.expect("the endpoint passes Discord's checks");
    assert!(fake.commands_for(Some(GUILD)).as_array().is_some_and(|c| !c.is_empty()), "commands registered at start");
    assert_eq!(fake.identifies(), 0, "no gateway in HTTP mode");

    // A forged request: refused, nothing created.
    let forged = json!({"id": "1", "application_id": fake_discord::APP_ID.to_string(), "type": 2, "token": "x", "version": 1,
        "data": {"id": "1", "name": "new", "type": 1, "options": new_event("Forged")}});
    let refused = reqwest::Client::new()
        .post(&url)
        .header("X-Signature-Ed25519", "00".repeat(64))
        .header("X-Signature-Timestamp", "1700000000")
        .json(&forged)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);

    fake.deliver_to_endpoint(&url);
    let asked = fake.slash(GUILD, CHANNEL, &ANA, "new", new_event("Board games"));
    let answer = fake.response_to(asked).await;
    assert_eq!(answer["type"], 4, "the first answer is the body of the response: {answer}");
    let card = card_titled(&fake, "#1 Board games").expect("the card");
    let pressed = fake.press(CHANNEL, card["id"].as_str().unwrap().parse().unwrap(), &BOB, "/join 1");
    assert_eq!(fake.response_to(pressed).await["type"], 7);
    assert!(
        fake.deliveries().iter().filter(|d| d.interaction != 0).all(|d| d.status == 200),
        "{:?}",
        fake.deliveries()
    );
    let events: Vec<String> = sqlx::query_scalar("SELECT title FROM events").fetch_all(&pool).await.unwrap();
    assert_eq!(events, ["Board games"], "the forged request changed nothing");
}

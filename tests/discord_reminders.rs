//! Discord end to end with the scheduler: reminders by DM, closed DMs explained once with a
//! mention that pings only that person, a deleted channel gets nothing more, and a new gateway
//! session registers nothing twice.
#![allow(clippy::unwrap_used)]

#[path = "../bots/tests/support/fake_discord/mod.rs"]
mod fake_discord;
#[path = "../bots/tests/discord/world.rs"]
mod world;

use convene_core::delivery::Outbox;
use convene_scheduler::{Scheduler, SchedulerSettings};
use fake_discord::FakeDiscord;
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;
use world::*;

/// A scheduler delivering through the bot's Discord adapter, on the bot's clock.
fn scheduler(bot: &Bot) -> Scheduler {
    let outbox: Arc<dyn Outbox> = bot.discord.clone();
    let settings = SchedulerSettings { default_zone: chrono_tz::Europe::Madrid, ..SchedulerSettings::default() };
    Scheduler::new(bot.store.clone(), bot.clock.clone(), outbox, settings, bot.engine.reminder_signal())
}

fn text_of(message: &Value) -> String {
    let content = message["content"].as_str().unwrap_or("");
    let embed = embed(message)["description"].as_str().unwrap_or("");
    format!("{content}\n{embed}")
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn reminders_come_by_dm_and_closed_dms_are_explained_once_pinging_only_that_person(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;
    let scheduler = scheduler(&bot);
    let asked = fake.slash(GUILD, CHANNEL, &ANA, "new", options(&[("title", "Board games"), ("when", "friday 19:30")]));
    fake.response_to(asked).await;
    fake.close_dms(BOB.id);
    for person in [&BOB, &CAROL] {
        let asked = fake.slash(GUILD, CHANNEL, person, "remind", options(&[("event", "1"), ("before", "30m")]));
        let answer = fake.response_to(asked).await;
        assert!(only_for_asker(&answer["data"]), "a personal reminder is personal: {answer}");
    }

    bot.clock.set(at("2026-11-20T18:00:00Z"));
    scheduler.tick().await.unwrap();
    let carol = fake.dms_to(CAROL.id);
    assert!(carol.iter().any(|m| text_of(m).contains("Board games starts in 30m")), "{carol:?}\n{}", fake.report());
    let nudges: Vec<Value> =
        fake.messages_in(CHANNEL).into_iter().filter(|m| text_of(m).contains("direct messages are closed")).collect();
    assert_eq!(nudges.len(), 1, "Bob is told once, in the channel:\n{}", fake.report());
    assert!(
        text_of(&nudges[0]).starts_with(&format!("<@{}> Bob, your direct messages are closed", BOB.id)),
        "{:?}",
        nudges[0]
    );
    let pinged: Vec<&str> = nudges[0]["mentions"].as_array().unwrap().iter().filter_map(|u| u["id"].as_str()).collect();
    assert_eq!(pinged, [BOB.id.to_string()], "the mention pings Bob and nobody else");

    let asked = fake.slash(GUILD, CHANNEL, &BOB, "remind", options(&[("event", "1"), ("before", "10m")]));
    fake.response_to(asked).await;
    bot.clock.set(at("2026-11-20T18:20:00Z"));
    scheduler.tick().await.unwrap();
    let told =
        fake.messages_in(CHANNEL).into_iter().filter(|m| text_of(m).contains("direct messages are closed")).count();
    assert_eq!(told, 1, "told once, not at every reminder");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_deleted_channel_gets_no_more_reminders(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;
    let scheduler = scheduler(&bot);
    for (title, when) in [("Board games", "friday 19:30"), ("Chess", "friday 20:30")] {
        let asked = fake.slash(GUILD, CHANNEL, &ANA, "new", options(&[("title", title), ("when", when)]));
        fake.response_to(asked).await;
    }
    bot.clock.set(at("2026-11-20T17:30:00Z"));
    scheduler.tick().await.unwrap();
    assert!(
        fake.messages_in(CHANNEL).iter().any(|m| text_of(m).contains("Reminder: #1 Board games")),
        "{}",
        fake.report()
    );

    fake.delete_channel(CHANNEL);
    let active =
        || sqlx::query_scalar::<_, bool>("SELECT active FROM chats WHERE external_id = $1").bind(CHANNEL.to_string());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while active().fetch_one(&pool).await.unwrap() {
        assert!(std::time::Instant::now() < deadline, "the deletion was never handled");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let before = fake.calls().len();
    bot.clock.set(at("2026-11-20T18:30:00Z"));
    scheduler.tick().await.unwrap();
    let tried: Vec<String> = fake.calls()[before..].iter().map(|c| c.describe(80)).collect();
    assert!(tried.is_empty(), "nothing is sent to a deleted channel: {tried:?}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_new_session_after_a_reconnect_registers_nothing_twice(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;
    let registrations =
        |f: &FakeDiscord| f.calls().iter().filter(|c| c.method == "PUT" && c.path.contains("/commands")).count();
    assert_eq!(registrations(fake), 1);
    fake.invalidate_session(false);
    fake.wait_until("a second identify", |f| f.identifies() == 2).await;
    fake.wait_ready().await;
    let asked = fake.slash(GUILD, CHANNEL, &ANA, "events", serde_json::json!([]));
    fake.response_to(asked).await;
    assert_eq!(registrations(fake), 1, "ready came again; the commands were registered once");
}

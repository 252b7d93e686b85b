//! The server's Events tab mirrors a channel's calendar (`/settings discord-events on`).

use crate::world::*;
use serde_json::{json, Value};

fn settings(change: &str) -> Value {
    options(&[("change", change)])
}

fn events_tab(bot: &Bot) -> Vec<Value> {
    bot.fake.scheduled_events(GUILD)
}

fn named<'a>(events: &'a [Value], name: &str) -> Option<&'a Value> {
    events.iter().find(|e| e["name"] == name)
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn the_events_tab_follows_the_channel_and_interested_means_maybe(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;
    for (title, when) in [("Board games", "friday 19:30"), ("Standup", "every monday 10:00")] {
        let asked =
            fake.slash(GUILD, CHANNEL, &ANA, "new", options(&[("title", title), ("when", when), ("place", "Kim's")]));
        fake.response_to(asked).await;
    }
    let asked = fake.slash(GUILD, CHANNEL, &BOB, "settings", settings("discord-events on"));
    assert!(only_for_asker(&fake.response_to(asked).await["data"]), "only admins turn it on");
    assert!(events_tab(&bot).is_empty());

    let asked = fake.slash(GUILD, CHANNEL, &ANA, "settings", settings("discord-events on"));
    fake.response_to(asked).await;
    fake.wait_until("both events in the Events tab", |_| events_tab(&bot).len() == 2).await;
    let tab = events_tab(&bot);
    let games = named(&tab, "Board games").expect("the event");
    assert_eq!(games["scheduled_start_time"].as_str().map(|t| &t[..16]), Some("2026-11-20T18:30"));
    assert_eq!(games["entity_metadata"]["location"], "Kim's");
    let standup = named(&tab, "Standup").expect("the series");
    assert_eq!(standup["recurrence_rule"]["by_weekday"], json!([0]), "a weekly series repeats in Discord: {standup}");

    let asked = fake.slash(GUILD, CHANNEL, &ANA, "move", options(&[("event", "1"), ("when", "saturday 20:00")]));
    fake.response_to(asked).await;
    fake.wait_until("the move in the Events tab", |_| {
        named(&events_tab(&bot), "Board games")
            .is_some_and(|e| e["scheduled_start_time"].as_str().is_some_and(|t| t.starts_with("2026-11-21T19:00")))
    })
    .await;

    let asked = fake.slash(GUILD, CHANNEL, &ANA, "event", options(&[("event", "1")]));
    fake.response_to(asked).await;
    let native = named(&events_tab(&bot), "Board games").unwrap()["id"].as_str().unwrap().to_string();
    fake.dispatch(
        "GUILD_SCHEDULED_EVENT_USER_ADD",
        json!({"guild_scheduled_event_id": native, "user_id": CAROL.id.to_string(), "guild_id": GUILD.to_string()}),
    );
    fake.wait_until("Carol's maybe on the card", |f| {
        card(f, CHANNEL, "#1 Board games").is_some_and(|c| field(&c, "Maybe") == Some(("Maybe", "Carol")))
    })
    .await;

    let asked = fake.slash(GUILD, CHANNEL, &ANA, "cancel", options(&[("event", "1")]));
    fake.response_to(asked).await;
    fake.wait_until("the event cancelled in the Events tab", |_| {
        named(&events_tab(&bot), "Board games").is_some_and(|e| e["status"] == 4)
    })
    .await;

    let asked = fake.slash(GUILD, CHANNEL, &ANA, "settings", settings("discord-events off"));
    fake.response_to(asked).await;
    fake.wait_until("the Events tab emptied", |_| named(&events_tab(&bot), "Standup").is_none()).await;
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn without_the_create_events_permission_nothing_is_half_made(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;
    let asked = fake.slash(GUILD, CHANNEL, &ANA, "new", options(&[("title", "Board games"), ("when", "friday 19:30")]));
    fake.response_to(asked).await;
    fake.deny_create_events(GUILD);

    let asked = fake.slash(GUILD, CHANNEL, &ANA, "settings", settings("discord-events on"));
    fake.response_to(asked).await;
    fake.wait_until("Ana told what is missing", |f| {
        f.followups(asked).iter().any(|m| m["content"].as_str().unwrap_or("").contains("Create Events permission"))
    })
    .await;
    assert!(fake.followups(asked).iter().all(only_for_asker), "told to Ana alone");
    assert!(events_tab(&bot).is_empty());

    fake.allow_create_events(GUILD);
    let asked = fake.slash(GUILD, CHANNEL, &ANA, "new", options(&[("title", "Chess"), ("when", "friday 20:30")]));
    fake.response_to(asked).await;
    assert!(events_tab(&bot).is_empty(), "mirroring was turned off again");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_series_discord_cannot_repeat_is_rolled_forward(pool: sqlx::PgPool) {
    let bot = bot(&pool).await;
    let fake = &bot.fake;
    let asked = fake.slash(
        GUILD,
        CHANNEL,
        &ANA,
        "new",
        options(&[("title", "Climbing"), ("when", "every tuesday and thursday 19:00")]),
    );
    fake.response_to(asked).await;
    let asked = fake.slash(GUILD, CHANNEL, &ANA, "settings", settings("discord-events on"));
    fake.response_to(asked).await;
    fake.wait_until("the series in the Events tab", |_| named(&events_tab(&bot), "Climbing").is_some()).await;
    let shown = named(&events_tab(&bot), "Climbing").unwrap().clone();
    assert!(shown.get("recurrence_rule").is_none_or(Value::is_null), "Discord cannot say Tue and Thu: {shown}");
    assert!(shown["scheduled_start_time"].as_str().unwrap().starts_with("2026-11-24T18:00"), "{shown}");

    bot.clock.set(at("2026-11-24T20:00:00Z")); // Tuesday's climb is over
    bot.discord.refresh_mirrors().await;
    let rolled = named(&events_tab(&bot), "Climbing").unwrap().clone();
    assert!(
        rolled["scheduled_start_time"].as_str().unwrap().starts_with("2026-11-26T18:00"),
        "Thursday next: {rolled}"
    );
}

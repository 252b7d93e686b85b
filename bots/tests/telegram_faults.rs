//! Faults and floods, through the fake Bot API: one chat's flood never freezes the others, a
//! flooded person is told to slow down once, and a reply survives a dropped connection.
#![allow(clippy::unwrap_used)]

mod support;

use convene_bots::telegram::pacing::Limits;
use support::fake_telegram::{Call, FakeTelegram};
use support::*;

/// Another group, where Bob is the admin.
const CLIMBERS: i64 = -100_888;

fn messages_to(fake: &FakeTelegram, chat: i64, needle: &str) -> usize {
    count_sent(&fake.calls(), chat, needle)
}

fn count_sent(calls: &[Call], chat: i64, needle: &str) -> usize {
    shown(calls, "sendmessage", chat).iter().filter(|s| s.text.contains(needle)).count()
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_flood_in_one_group_does_not_hold_up_other_chats(pool: sqlx::PgPool) {
    // Telegram's real limits: the flooded group gets 20 messages a minute.
    let bot = guarded_bot(&pool, Limits::default(), 20).await;
    let fake = &bot.fake;
    let (ana, bob, carol, group) = three_friends(fake);
    let climbers = fake.group(CLIMBERS, "Climbers", &[&bob]);

    for _ in 0..300 {
        fake.say(&group, &ana, "/events");
    }
    fake.say(&climbers, &bob, "/events");
    fake.say(&fake.private_chat(&carol), &carol, "/events");

    // Both are answered while the flooded group still waits for its minute to pass.
    wait_sent(fake, CLIMBERS, "No upcoming events").await;
    wait_sent(fake, id(&carol), "No upcoming events").await;
    fake.wait_for("the flooded group's first 20 answers", |calls| {
        (count_sent(calls, GROUP, "No upcoming events") == 20).then_some(())
    })
    .await;
    assert_eq!(messages_to(fake, GROUP, ""), 20, "Telegram's 20 a minute for a group are kept");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_flooding_person_is_told_once_to_slow_down(pool: sqlx::PgPool) {
    let bot = guarded_bot(&pool, Limits::none(), 20).await;
    let fake = bot.fake.clone();
    let (ana, _, carol, group) = three_friends(&fake);

    for _ in 0..100 {
        fake.say(&group, &ana, "/events");
    }
    // Updates are read in order: once Carol is answered, the whole flood has been read.
    fake.say(&fake.private_chat(&carol), &carol, "/events");
    wait_sent(&fake, id(&carol), "No upcoming events").await;
    wait_sent(&fake, GROUP, "Slow down a little").await;
    bot.stop().await; // stopping waits for every chat's queued work
    assert_eq!(messages_to(&fake, GROUP, "No upcoming events"), 20, "the limit's 20 commands are answered");
    assert_eq!(messages_to(&fake, GROUP, "Slow down a little"), 1, "and the other 80 get one answer in all");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn replies_and_card_edits_survive_dropped_connections(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let fake = &bot.fake;
    let (ana, bob, _, group) = three_friends(fake);

    fake.break_next("sendMessage", 2);
    fake.say(&group, &ana, "/new Dinner friday 20:00");
    let card = wait_sent(fake, GROUP, "Created #1 Dinner").await;
    fake.break_next("editMessageText", 1);
    fake.break_next("answerCallbackQuery", 1);
    fake.press(&group, card.message_id.unwrap(), &bob, "/join 1");
    wait_edited(fake, GROUP, "Going (2): Ana, Bob").await;
    wait_toast(fake, "You're going").await;
    let broken: Vec<String> = fake.calls().into_iter().filter(|c| c.broken).map(|c| c.method).collect();
    assert_eq!(broken.len(), 4, "each failed once or twice and was tried again: {broken:?}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_flood_control_storm_in_one_chat_does_not_hold_up_the_reminder_queue(pool: sqlx::PgPool) {
    use convene_core::delivery::{DeliveryError, Outbox};
    use convene_core::domain::{ChatIdentity, Platform};
    use convene_core::{Audience, Reply};
    let fake = FakeTelegram::start().await;
    let (_, bob, _, _) = three_friends(&fake);
    let climbers = fake.group(CLIMBERS, "Climbers", &[&bob]);
    let telegram = connect(&fake, &pool).await;
    let to = |chat: i64| {
        Audience::Chat(ChatIdentity { platform: Platform::Telegram, external_id: chat.to_string(), title: "G".into() })
    };
    // Telegram asks the bot to wait a minute before writing to the group again.
    fake.storm(GROUP, Some(60));

    let asked = std::time::Instant::now();
    let stormed = telegram.deliver(&to(GROUP), &Reply::text("Reminder: one")).await;
    assert_eq!(stormed, Err(DeliveryError::RetryAfter(std::time::Duration::from_secs(60))), "handed back to the queue");
    assert!(asked.elapsed() < std::time::Duration::from_secs(5), "not waited out: {:?}", asked.elapsed());
    telegram.deliver(&to(id(&climbers)), &Reply::text("Reminder: two")).await.unwrap();
    assert_eq!(messages_to(&fake, CLIMBERS, "Reminder: two"), 1, "the next chat's reminder went out at once");
    let throttled = fake.calls().iter().filter(|c| c.status == 429).count();
    assert_eq!(throttled, 1, "one request met flood control: no retries into it");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_reply_outlasts_a_bot_api_outage_of_several_tries(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let fake = &bot.fake;
    let (ana, _, _, group) = three_friends(fake);

    // Six tries in a row fail (the tests' first wait is 5 ms, growing to 150 ms between tries).
    fake.break_next("sendMessage", 6);
    fake.say(&group, &ana, "/new Dinner friday 20:00");
    wait_sent(fake, GROUP, "Created #1 Dinner").await;
    let tries = fake.calls().iter().filter(|c| c.method == "sendmessage").count();
    assert_eq!(tries, 7, "tried until Telegram took it, once");
}

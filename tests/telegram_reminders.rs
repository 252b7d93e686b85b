//! Reminders reach Telegram: the scheduler's outbound path is the Telegram adapter, so a person
//! who asked for a reminder gets it by private message, and the group gets the group reminder.
#![allow(clippy::unwrap_used)]

#[path = "../bots/tests/support/fake_telegram/mod.rs"]
#[allow(dead_code)]
mod fake_telegram;
#[path = "support/telegram_world.rs"]
mod telegram_world;

use fake_telegram::Call;
use telegram_world::{sent, world, GROUP, NEIGHBOURS};

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_personal_reminder_arrives_by_private_message(pool: sqlx::PgPool) {
    let w = world(pool).await;
    let fake = &w.fake;
    let ana = fake.person(1, "Ana", true);
    let bob = fake.person(2, "Bob", true);
    let group = fake.group(GROUP, "Friends", &[&ana]);
    fake.say(&group, &ana, "/new Board games friday 19:30");
    fake.say(&group, &bob, "/join 1");
    fake.say(&group, &bob, "/remind 1 30m");
    fake.wait_for("the reminder confirmed", |calls| sent(calls, GROUP, "I'll remind you of #1 30m before")).await;

    w.tick_at("2026-11-20T17:30:00Z").await;
    fake.wait_for("the group reminder", |calls| sent(calls, GROUP, "Reminder: #1 Board games starts in 1h")).await;
    assert!(sent(&fake.calls(), 2, "Reminder").is_none(), "Bob asked for 30 minutes before, not an hour");

    w.tick_at("2026-11-20T18:00:00Z").await;
    let private = fake.wait_for("Bob's reminder", |calls| sent(calls, 2, "Board games starts in 30m")).await;
    let buttons = private.body["reply_markup"]["inline_keyboard"].to_string();
    assert!(buttons.contains("Snooze"), "{private:?}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_group_that_removed_the_bot_gets_no_reminders(pool: sqlx::PgPool) {
    let w = world(pool.clone()).await;
    let fake = &w.fake;
    let ana = fake.person(1, "Ana", true);
    let group = fake.group(GROUP, "Friends", &[&ana]);
    fake.say(&group, &ana, "/new Board games friday 19:30");
    fake.say(&group, &ana, "/new Chess friday 20:30");
    fake.wait_for("the second event", |calls| sent(calls, GROUP, "Created #2 Chess")).await;

    w.tick_at("2026-11-20T17:30:00Z").await;
    fake.wait_for("the first reminder", |calls| sent(calls, GROUP, "Reminder: #1 Board games")).await;
    fake.remove_bot(&group, &ana);
    let active =
        || sqlx::query_scalar::<_, bool>("SELECT active FROM chats WHERE external_id = $1").bind(GROUP.to_string());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while active().fetch_one(&pool).await.unwrap() {
        assert!(std::time::Instant::now() < deadline, "the removal was never handled");
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    w.tick_at("2026-11-20T18:30:00Z").await;
    assert!(sent(&fake.calls(), GROUP, "Reminder: #2 Chess").is_none(), "no reminders in a chat the bot left");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn someone_the_bot_cannot_write_to_is_told_once_in_a_group_they_are_in(pool: sqlx::PgPool) {
    let w = world(pool.clone()).await;
    let fake = &w.fake;
    let ana = fake.person(1, "Ana", true);
    let dave = fake.person(4, "Dave", false);
    let group = fake.group(GROUP, "Friends", &[&ana]);
    let neighbours = fake.group(NEIGHBOURS, "Neighbours", &[&ana]);
    fake.say(&group, &ana, "/new Board games friday 19:30");
    fake.say(&group, &ana, "/share");
    let shared = fake.wait_for("the share code", |calls| sent(calls, GROUP, "/subscribe ")).await;
    let text = shared.body["text"].as_str().unwrap().to_string();
    let code = text.lines().find_map(|l| l.strip_prefix("/subscribe ")).unwrap().to_string();
    fake.say(&neighbours, &ana, &format!("/subscribe {code}"));
    let followed = fake.wait_for("the subscription", |calls| sent(calls, NEIGHBOURS, "now follows")).await;
    let text = followed.body["text"].as_str().unwrap().to_string();
    let calendar = text.split("numbers like #").nth(1).unwrap().split('.').next().unwrap().to_string();
    // Dave is only in the neighbours' chat, and never opened a private chat with the bot.
    fake.say(&neighbours, &dave, &format!("/join {calendar}.1"));
    fake.say(&neighbours, &dave, &format!("/remind {calendar}.1 30m 15m"));
    fake.wait_for("the reminders confirmed", |calls| sent(calls, NEIGHBOURS, "I'll remind you")).await;

    w.tick_at("2026-11-20T18:00:00Z").await;
    let nudge = fake
        .wait_for("the hint in Dave's group", |calls| {
            sent(calls, NEIGHBOURS, "Dave, I can't send you private messages")
        })
        .await;
    assert!(nudge.body["text"].as_str().unwrap().contains("https://t.me/"), "{nudge:?}");
    assert!(sent(&fake.calls(), GROUP, "Dave, I can't").is_none(), "not in a group Dave is not in");
    w.tick_at("2026-11-20T18:15:00Z").await;
    let hints = |calls: &[Call]| calls.iter().filter(|c| c.body["text"].to_string().contains("Dave, I can't")).count();
    assert_eq!(hints(&fake.calls()), 1, "told once, not at every reminder");
    let states: Vec<String> =
        sqlx::query_scalar("SELECT state FROM reminders WHERE user_id IS NOT NULL ORDER BY due_at")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(states, ["failed", "failed"], "recorded as not delivered, not silently dropped");
}

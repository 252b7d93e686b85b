//! End-to-end: people in Telegram chats (played by a fake Bot API speaking the real JSON) use
//! Convene through the real adapter, engine and a fresh Postgres database.
#![allow(clippy::unwrap_used)]

mod support;

use serde_json::Value;
use support::fake_telegram::{FakeTelegram, BOT_NAME};
use support::{id, polling_bot, shown, wait_edited, wait_sent, wait_toast};

const GROUP: i64 = -100_777;

/// Ana (the group's admin), Bob and Carol, all of whom started a private chat with the bot, and
/// their group.
fn three_friends(fake: &FakeTelegram) -> (Value, Value, Value, Value) {
    let (ana, bob, carol) = (fake.person(1, "Ana", true), fake.person(2, "Bob", true), fake.person(3, "Carol", true));
    let group = fake.group(GROUP, "Friends", &[&ana]);
    (ana, bob, carol, group)
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn three_friends_fill_an_event_with_buttons_and_the_waitlist_moves_up(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, carol, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &ana, "/new Board games friday 19:30 max 2");
    let card = wait_sent(fake, GROUP, "Created #1 Board games").await;
    assert_eq!(card.parse_mode, "HTML");
    assert_eq!(card.button("Going (1)"), "/join 1");
    assert_eq!(card.button("Maybe (0)"), "/maybe 1");
    let card_id = card.message_id.unwrap();

    fake.press(&group, card_id, &bob, "/join 1");
    assert!(wait_toast(fake, "You're going to #1 Board games").await.len() <= 190);
    let edited = wait_edited(fake, GROUP, "Going (2/2): Ana, Bob").await;
    assert_eq!(edited.message_id, Some(card_id), "the pressed card is edited in place");
    assert_eq!(edited.button("Waitlist (0)"), "/join 1", "a full event offers the waitlist");

    fake.press(&group, card_id, &carol, "/join 1");
    wait_toast(fake, "on the waitlist (number 1)").await;
    let edited = wait_edited(fake, GROUP, "Waitlist: 1. Carol").await;
    assert_eq!(edited.button("Waitlist (1)"), "/join 1");
    assert!(edited.text.starts_with("#1 Board games\n"), "the shared card does not speak to Carol: {edited:#?}");

    fake.say(&group, &bob, "/leave 1");
    wait_sent(fake, GROUP, "Carol moved up from the waitlist and is going now.").await;
    let private = wait_sent(fake, id(&carol), "Good news: a place freed up for #1 Board games").await;
    assert!(private.text.contains("Fri 20 Nov 2026, 19:30"), "{private:#?}");
    let sent_to_group = shown(&fake.calls(), "sendmessage", GROUP);
    assert_eq!(sent_to_group.len(), 2, "button presses edit the card instead of sending: {sent_to_group:#?}");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_time_poll_is_voted_with_buttons_and_closed_into_an_event(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, carol, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &ana, "/poll Team dinner | thu 20:00 | fri 21:00");
    let poll = wait_sent(fake, GROUP, "Poll 1: Team dinner").await;
    assert_eq!(poll.button("2 (0)"), "/vote 1 2");
    assert_eq!(poll.button("Close poll"), "/close 1");
    let poll_id = poll.message_id.unwrap();

    fake.press(&group, poll_id, &bob, &poll.button("2 (0)"));
    wait_edited(fake, GROUP, "1 vote (Bob)").await;
    fake.press(&group, poll_id, &carol, &poll.button("2 (0)"));
    let voted = wait_edited(fake, GROUP, "2 votes (Bob, Carol)").await;
    assert_eq!(voted.button("2 (2)"), "/vote 1 2", "vote counts show on the buttons");

    fake.press(&group, poll_id, &ana, "/close 1");
    let event = wait_edited(fake, GROUP, "#1 Team dinner").await;
    assert!(event.text.contains("Going (3): Ana, Bob, Carol"), "{event:#?}");
    assert!(
        event.text.contains("Fri 27 Nov 2026, 21:00") || event.text.contains("Fri 20 Nov 2026, 21:00"),
        "{event:#?}"
    );
    assert_eq!(event.button("Going (3)"), "/join 1", "the poll message became the event card");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn groups_answer_commands_for_this_bot_and_ignore_chatter(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let fake = &bot.fake;
    let bob = fake.person(2, "Bob", true);
    let group = fake.group(GROUP, "Friends", &[]);

    fake.say(&group, &bob, "anyone up for climbing on saturday?");
    fake.say(&group, &bob, "/events@SomeOtherBot");
    fake.say(&group, &bob, &format!("/events@{BOT_NAME}"));
    wait_sent(fake, GROUP, "").await;
    // Updates of one chat are handled in order: the chatter before was read and left unanswered.
    let sent = shown(&fake.calls(), "sendmessage", GROUP);
    assert_eq!(sent.len(), 1, "only /events@{BOT_NAME} is answered: {sent:#?}");
    assert!(!sent[0].text.contains("don't know") && !sent[0].text.is_empty(), "{sent:#?}");

    fake.say(&fake.private_chat(&bob), &bob, "hello");
    wait_sent(fake, id(&bob), "/help").await;
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn titles_with_markup_are_shown_as_typed(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let fake = &bot.fake;
    let ana = fake.person(1, "Ana", true);
    let group = fake.group(GROUP, "Friends", &[&ana]);

    fake.say(&group, &ana, "/new <b>Quiz</b> & \"friends\" friday 19:30");
    let card = wait_sent(fake, GROUP, "Created #1").await;
    assert!(card.text.contains("&lt;b&gt;Quiz&lt;/b&gt; &amp; \"friends\""), "{card:#?}");
    assert!(!card.text.contains("<b>"), "{card:#?}");
}

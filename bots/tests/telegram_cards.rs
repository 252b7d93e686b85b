//! End-to-end: one card per event per chat on Telegram, kept up to date where it was posted, in
//! the chat that answered and in other chats that show the calendar.
#![allow(clippy::unwrap_used)]

mod support;

use support::{polling_bot, shown, three_friends, wait_edited, wait_sent, GROUP};

const NEIGHBOURS: i64 = -100_888;

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_typed_answer_updates_the_card_already_in_the_chat(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, carol, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &ana, "/new Board games friday 19:30 max 2");
    let card = wait_sent(fake, GROUP, "Created #1 Board games").await;
    fake.say(&group, &bob, "/join 1");
    wait_sent(fake, GROUP, "You're going to #1 Board games").await;
    let edited = wait_edited(fake, GROUP, "Going (2/2): Ana, Bob").await;
    assert_eq!(edited.message_id, card.message_id, "the card in the chat is updated in place");
    let answer = shown(&fake.calls(), "sendmessage", GROUP).pop().unwrap();
    assert!(!answer.text.contains("Going ("), "the typed answer is not a second card: {answer:#?}");

    // Asking to see the event posts it afresh; answers then update that one.
    fake.say(&group, &carol, "/event 1");
    let fresh = wait_sent(fake, GROUP, "Going (2/2): Ana, Bob").await;
    assert_ne!(fresh.message_id, card.message_id);
    fake.say(&group, &carol, "/join 1");
    wait_sent(fake, GROUP, "#1 is full, so you're on the waitlist").await;
    let edited = wait_edited(fake, GROUP, "Waitlist: 1. Carol").await;
    assert_eq!(edited.message_id, fresh.message_id);
    let cards = shown(&fake.calls(), "sendmessage", GROUP).into_iter().filter(|m| m.text.contains("Going (")).count();
    assert_eq!(cards, 2, "the card was posted twice: at creation and when asked for");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_deleted_card_is_posted_again_when_someone_answers(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, carol, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &ana, "/new Board games friday 19:30");
    let card = wait_sent(fake, GROUP, "Created #1 Board games").await;
    fake.delete_message(&group, card.message_id.unwrap());
    fake.say(&group, &bob, "/join 1");
    wait_sent(fake, GROUP, "You're going to #1 Board games").await;
    let fresh = wait_sent(fake, GROUP, "Going (2): Ana, Bob").await;
    assert_ne!(fresh.message_id, card.message_id, "a new card replaces the deleted one");
    assert_eq!(fresh.button("Going (2)"), "/join 1", "{fresh:#?}");

    fake.say(&group, &carol, "/join 1");
    let edited = wait_edited(fake, GROUP, "Going (3): Ana, Bob, Carol").await;
    assert_eq!(edited.message_id, fresh.message_id, "answers now update the new card");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_chat_sharing_the_calendar_sees_its_card_follow_the_answers(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, carol, group) = three_friends(&bot.fake);
    let fake = &bot.fake;
    let zoe = fake.person(5, "Zoe", true);
    let neighbours = fake.group(NEIGHBOURS, "Neighbours", &[&zoe]);

    fake.say(&group, &ana, "/new Board games friday 19:30");
    wait_sent(fake, GROUP, "Created #1 Board games").await;
    fake.say(&group, &ana, "/share");
    let shared = wait_sent(fake, GROUP, "/subscribe ").await;
    let code = shared.text.lines().find_map(|l| l.strip_prefix("/subscribe ")).unwrap().to_string();
    fake.say(&neighbours, &zoe, &format!("/subscribe {code}"));
    let followed = wait_sent(fake, NEIGHBOURS, "now follows").await;
    let number = followed.text.split("numbers like #").nth(1).unwrap().split('.').next().unwrap().to_string();
    fake.say(&neighbours, &zoe, &format!("/event {number}.1"));
    let theirs = wait_sent(fake, NEIGHBOURS, "Going (1): Ana").await;

    fake.say(&group, &bob, "/join 1");
    let edited = wait_edited(fake, NEIGHBOURS, "Going (2): Ana, Bob").await;
    assert_eq!(edited.message_id, theirs.message_id, "the other chat's card is updated in place");
    assert_eq!(edited.button("Going (2)"), format!("/join {number}.1"), "with that chat's numbers: {edited:#?}");

    // Zoe answers from her chat: the group's card follows too.
    fake.say(&neighbours, &zoe, &format!("/join {number}.1"));
    wait_edited(fake, GROUP, "Going (3): Ana, Bob, Zoe").await;

    // A chat whose card was deleted is neither sent a new one unasked nor edited any more.
    fake.delete_message(&neighbours, theirs.message_id.unwrap());
    fake.say(&group, &carol, "/join 1");
    wait_edited(fake, NEIGHBOURS, "Going (4): Ana, Bob, Zoe, Carol").await;
    fake.say(&group, &bob, "/maybe 1");
    wait_edited(fake, GROUP, "Maybe: Bob").await;
    fake.say(&neighbours, &zoe, "/events");
    wait_sent(fake, NEIGHBOURS, "Board games").await;
    let calls = fake.calls();
    let cards = shown(&calls, "sendmessage", NEIGHBOURS).into_iter().filter(|m| m.text.contains("Going (")).count();
    assert_eq!(cards, 1, "only the card Zoe asked for was ever posted there");
    let edits = shown(&calls, "editmessagetext", NEIGHBOURS).into_iter().filter(|m| m.text.contains("Maybe: Bob"));
    assert_eq!(edits.count(), 0, "the deleted card is forgotten");
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_description_with_a_blank_line_is_shown_whole(pool: sqlx::PgPool) {
    let bot = polling_bot(&pool).await;
    let (ana, bob, _, group) = three_friends(&bot.fake);
    let fake = &bot.fake;

    fake.say(&group, &ana, "/new Picnic saturday 12:00");
    let card = wait_sent(fake, GROUP, "Created #1 Picnic").await;
    fake.say(&group, &ana, "/edit 1 description Bring food.\n\nAnd a blanket.");
    wait_edited(fake, GROUP, "Bring food.\n\nAnd a blanket.").await;
    fake.say(&group, &bob, "/event 1");
    let again = wait_sent(fake, GROUP, "And a blanket.").await;
    assert_ne!(again.message_id, card.message_id, "asking to see it posts the card afresh");
    assert!(again.text.starts_with("#1 Picnic") && again.text.contains("Bring food."), "the whole card: {again:#?}");
    fake.say(&group, &bob, "/join 1");
    let edited = wait_edited(fake, GROUP, "Going (2): Ana, Bob").await;
    assert!(edited.text.starts_with("#1 Picnic") && edited.text.contains("Bring food.\n\nAnd a blanket."));
    let cut = fake
        .calls()
        .into_iter()
        .filter(|c| c.method == "editmessagetext")
        .any(|c| !c.body["text"].as_str().unwrap_or("").starts_with("#1 Picnic"));
    assert!(!cut, "no card was ever edited down to part of itself");
}

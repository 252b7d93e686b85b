//! Sharing a calendar with other chats.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(a_second_chat_follows_a_shared_calendar, wrong_and_own_codes_are_refused,);

use convene_core::store::testing::TestDb;
use convene_core::Audience;
use support::{assert_has, Room};

fn code_in(text: &str) -> String {
    let line = text.lines().find(|l| l.starts_with("/subscribe ")).expect("a /subscribe line");
    line.trim_start_matches("/subscribe ").to_string()
}

async fn a_second_chat_follows_a_shared_calendar(db: TestDb) {
    let games = Room::new(db, "games");
    let friends = games.next_door("friends");
    games.say("ana", "/new Board games friday 19:30 max 6").await;
    let shared = games.text("ana", "/share").await;
    assert_has(&shared, &["can follow \"Games\" by sending:"]);
    let code = code_in(&shared);
    assert_eq!(code_in(&games.text("ana", "/share").await), code, "the code stays the same");

    let followed = friends.text("ana", &format!("/subscribe {}", code.to_lowercase())).await;
    assert_has(&followed, &["This chat now follows \"Games\""]);
    assert_has(&friends.text("ana", &format!("/subscribe {code}")).await, &["already follows \"Games\""]);
    let agenda = friends.text("zoe", "/events").await;
    assert_has(&agenda, &["#1.1 Board games: Fri 20 Nov 2026, 19:30", "from \"Games\""]);

    // People in the following chat can answer; the home chat sees it.
    assert_has(&friends.text("zoe", "/join 1.1").await, &["You're going to #1.1 Board games"]);
    assert_has(&games.text("ana", "/event 1").await, &["Going (2/6): Ana, Zoe"]);

    // New events reach the following chat, with numbers that work there.
    let created = games.say("bob", "/new Chess night saturday 18:00").await;
    let [notice] = created.notices.as_slice() else { panic!("one notice: {:?}", created.notices) };
    assert!(matches!(&notice.to, Audience::Chat(c) if c.external_id == "friends"));
    assert_has(&notice.reply.plain_text(), &["New event in \"Games\":", "#1.2 Chess night"]);
    assert_eq!(notice.reply.buttons[0][0].command, "/join 1.2");

    // Only the home chat's admins manage the calendar's events.
    assert_has(&friends.text("ana", "/cancel 1.2").await, &["Only the organizer of #1.2 or an admin"]);

    assert_has(&friends.text("ana", "/unsubscribe").await, &["This chat follows:", "1. Games"]);
    assert_has(&friends.text("ana", "/unsubscribe 1").await, &["no longer follows \"Games\""]);
    assert_has(&friends.text("zoe", "/events").await, &["No upcoming events"]);
    assert_has(&friends.text("zoe", "/event 1.1").await, &["#1.1 Board games"]);
    assert_has(&friends.text("yan", "/event 1.1").await, &["There is no event #1.1 here."]);
}

async fn wrong_and_own_codes_are_refused(db: TestDb) {
    let games = Room::new(db, "games");
    let code = code_in(&games.text("ana", "/share").await);
    let before = games.snapshot().await;
    assert_has(&games.text("ana", "/subscribe ZZZZ-ZZZZ").await, &["No calendar has that code."]);
    assert_has(&games.text("ana", "/subscribe hello").await, &["\"hello\" is not a share code"]);
    assert_has(&games.text("ana", &format!("/subscribe {code}")).await, &["this chat's own calendar"]);
    assert_has(&games.text("ana", "/unsubscribe 5").await, &["This chat doesn't follow \"5\""]);
    assert_eq!(before, games.snapshot().await);
}

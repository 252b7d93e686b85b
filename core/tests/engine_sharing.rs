//! Sharing a calendar with other chats.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    a_second_chat_follows_a_shared_calendar,
    wrong_and_own_codes_are_refused,
    each_chat_and_person_is_told_in_their_own_language,
);

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

async fn each_chat_and_person_is_told_in_their_own_language(db: TestDb) {
    let games = Room::new(db, "games");
    let amigos = games.next_door("amigos");
    let code = code_in(&games.text("ana", "/share").await);
    amigos.say("ana", "/language es").await;
    amigos.say("ana", &format!("/subscribe {code}")).await;

    // An event made in the English chat reaches the Spanish one in Spanish.
    let created = games.say("bob", "/new Chess night saturday 18:00").await;
    assert_has(&created.reply.plain_text(), &["Sat 21 Nov 2026, 18:00"]);
    let [notice] = created.notices.as_slice() else { panic!("one notice: {:?}", created.notices) };
    assert!(matches!(&notice.to, Audience::Chat(c) if c.external_id == "amigos"));
    assert_has(&notice.reply.plain_text(), &["#1.1 Chess night", "sáb 21 nov 2026, 18:00"]);

    // Zoe answered from the Spanish chat and reads her private messages in Spanish; Yan, who
    // chose nothing, is told in the language of the chat where it happened.
    amigos.say("zoe", "/mylanguage es").await;
    amigos.say("zoe", "/join 1.1").await;
    games.say("yan", "/join 1").await;
    let moved = games.say("bob", "/move 1 sunday 18:00").await;
    let told = |who: &str| {
        let notice = moved.notices.iter().find(|n| matches!(&n.to, Audience::Person(p) if p.external_id == who));
        notice.unwrap_or_else(|| panic!("{who} told: {:?}", moved.notices)).reply.plain_text().into_owned()
    };
    assert_has(&told("zoe"), &["dom 22 nov 2026, 18:00"]);
    assert_has(&told("yan"), &["Sun 22 Nov 2026, 18:00"]);
}

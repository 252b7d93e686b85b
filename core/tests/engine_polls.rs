//! Time polls, from question to event.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    a_poll_becomes_an_event_at_the_most_voted_time,
    a_tie_goes_to_the_earliest_time_and_no_votes_is_refused,
    bad_votes_are_explained,
    options_with_an_end_make_an_event_that_long,
);

use convene_core::store::testing::TestDb;
use support::{assert_has, Room};

async fn a_poll_becomes_an_event_at_the_most_voted_time(db: TestDb) {
    let room = Room::new(db, "team");
    let poll = room.say("ana", "/poll Team dinner | thu 20:00 | fri 21:00 | sat 13:00").await;
    assert_has(
        &poll.reply.plain_text(),
        &["Poll 1 is open", "1. Thu 26 Nov 2026, 20:00 (Europe/Madrid): 0 votes", "3. Sat 21 Nov 2026, 13:00"],
    );
    let buttons: Vec<&str> = poll.reply.buttons.iter().flatten().map(|b| b.command.as_str()).collect();
    assert_eq!(buttons, ["/vote 1 1", "/vote 1 2", "/vote 1 3", "/close 1"]);
    let rows: Vec<Vec<&str>> =
        poll.reply.buttons.iter().map(|row| row.iter().map(|b| b.label.as_str()).collect()).collect();
    assert_eq!(
        rows,
        [
            vec!["1. Thu 26 Nov, 20:00 (0)"],
            vec!["2. Fri 20 Nov, 21:00 (0)"],
            vec!["3. Sat 21 Nov, 13:00 (0)"],
            vec!["Close poll"]
        ],
        "each option's button shows its time, one to a row"
    );

    assert_has(&room.text("bob", "/vote 1 2 3").await, &["Your votes for 2 and 3 are in."]);
    room.say("carol", "/vote 1 2").await;
    let dan = room.text("dan", "/vote 1 1").await;
    let buttons = room.say("dan", "/poll Year end | 31 dec 20:00 | 2 jan 20:00").await.reply.buttons;
    assert_eq!(buttons[0][0].label, "1. Thu 31 Dec 2026, 20:00 (0)", "options in two years show the year");
    assert_eq!(buttons[1][0].label, "2. Sat 2 Jan 2027, 20:00 (0)");
    assert_has(&dan, &["Your vote for 1 is in.", "2. Fri 20 Nov 2026, 21:00 (Europe/Madrid): 2 votes (Bob, Carol)"]);
    assert_has(
        &room.text("bob", "/vote 1 3").await,
        &["Your vote for 3 is taken back", "3. Sat 21 Nov 2026, 13:00 (Europe/Madrid): 0 votes"],
    );

    assert_has(&room.text("bob", "/close 1").await, &["Only the organizer of poll 1"]);
    let closed = room.text("ana", "/close 1").await;
    assert_has(
        &closed,
        &["Poll closed: Team dinner", "#1 Team dinner", "Fri 20 Nov 2026, 21:00–22:00", "Going (3): Ana, Bob, Carol"],
    );
    assert_has(&room.text("dan", "/vote 1 1").await, &["Poll 1 is closed already; it became event #1."]);
}

async fn a_tie_goes_to_the_earliest_time_and_no_votes_is_refused(db: TestDb) {
    let room = Room::new(db, "team");
    room.say("ana", "/poll Lunch | mon 13:00 | sat 13:00").await;
    let before = room.snapshot().await;
    assert_has(&room.text("ana", "/close 1").await, &["Nobody has voted in poll 1 yet"]);
    assert_eq!(before, room.snapshot().await);
    room.say("bob", "/vote 1 1").await;
    room.say("carol", "/vote 1 2").await;
    assert_has(&room.text("ana", "/close 1").await, &["Sat 21 Nov 2026, 13:00–14:00", "Going (2): Ana, Carol"]);
}

async fn bad_votes_are_explained(db: TestDb) {
    let room = Room::new(db, "team");
    room.say("ana", "/poll Lunch | mon 13:00 | tue 13:00").await;
    let before = room.snapshot().await;
    assert_has(&room.text("bob", "/vote 1 5").await, &["Poll 1 has options 1 to 2; there is no option 5."]);
    assert_has(&room.text("bob", "/vote 9 1").await, &["There is no poll 9 here."]);
    assert_has(&room.text("bob", "/vote 1 one").await, &["\"one\" is not an option number"]);
    assert_has(&room.text("bob", "/poll Lunch | mon 13:00").await, &["A poll needs 2 to 10 times"]);
    assert_has(
        &room.text("bob", "/poll Lunch | mon 13:00 | monday 13:00").await,
        &["Options 1 and 2 are the same time."],
    );
    assert_has(
        &room.text("bob", "/poll Lunch | every monday 13:00 | tue 13:00").await,
        &["Poll options are single times"],
    );
    assert_eq!(before, room.snapshot().await);
}

async fn options_with_an_end_make_an_event_that_long(db: TestDb) {
    let room = Room::new(db, "team");
    let poll = room.say("ana", "/poll Climbing | sat 10-13 | sun 15:00 | mon 7-9pm").await;
    assert_has(
        &poll.reply.plain_text(),
        &[
            "1. Sat 21 Nov 2026, 10:00–13:00 (Europe/Madrid): 0 votes",
            "2. Sun 22 Nov 2026, 15:00 (Europe/Madrid): 0 votes",
            "3. Mon 23 Nov 2026, 19:00–21:00 (Europe/Madrid): 0 votes",
        ],
    );
    assert_eq!(poll.reply.buttons[0][0].label, "1. Sat 21 Nov, 10:00–13:00 (0)");
    room.say("bob", "/vote 1 1").await;
    assert_has(&room.text("ana", "/close 1").await, &["When: Sat 21 Nov 2026, 10:00–13:00 (Europe/Madrid)"]);
    let second = room.say("ana", "/poll Chess | tue 18:00-20:30 | wed 19:00").await;
    assert_eq!(second.reply.buttons[1][0].label, "2. Wed 25 Nov, 19:00 (0)");
    room.say("bob", "/vote 2 2").await;
    assert_has(&room.text("ana", "/close 2").await, &["When: Wed 25 Nov 2026, 19:00–20:00 (Europe/Madrid)"]);
}

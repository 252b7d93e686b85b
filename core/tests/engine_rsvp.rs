//! RSVPs, capacity, the waitlist and moving up from it, in conversations.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    a_full_event_waitlists_and_promotes_when_someone_leaves,
    answers_change_and_declining_frees_a_place,
    raising_the_limit_moves_people_up,
    concurrent_joins_never_overbook,
    cancelled_and_finished_events_take_no_answers,
    answers_are_per_occurrence_of_a_series,
    answers_follow_a_moved_event,
    join_without_a_number_offers_the_coming_events,
);

use convene_core::store::testing::TestDb;
use convene_core::Audience;
use support::{assert_has, Room};

async fn a_full_event_waitlists_and_promotes_when_someone_leaves(db: TestDb) {
    let room = Room::new(db, "games");
    let created = room.text("ana", "/new Board games friday 19:30 max 2").await;
    assert_has(
        &created,
        &["Created #1 Board games", "Fri 20 Nov 2026, 19:30–20:30 (Europe/Madrid)", "Going (1/2): Ana"],
    );

    assert_has(&room.text("bob", "/join 1").await, &["You're going to #1 Board games", "Going (2/2): Ana, Bob"]);
    let carol = room.text("carol", "/join 1").await;
    assert_has(&carol, &["#1 is full, so you're on the waitlist (number 1)", "Waitlist: 1. Carol"]);

    let left = room.say("bob", "/leave 1").await;
    assert_has(
        &left.reply.plain_text(),
        &["Carol moved up from the waitlist and is going now.", "Going (2/2): Ana, Carol"],
    );
    assert!(!left.reply.plain_text().contains("Waitlist"), "{}", left.reply.plain_text().into_owned());
    let [notice] = left.notices.as_slice() else { panic!("one notice expected: {:?}", left.notices) };
    assert!(matches!(&notice.to, Audience::Person(p) if p.external_id == "carol"));
    assert_has(&notice.reply.plain_text(), &["a place freed up for #1 Board games", "You moved up from the waitlist"]);
}

async fn answers_change_and_declining_frees_a_place(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Dinner tomorrow 20:00 max 1").await;
    assert_has(&room.text("bob", "/join 1").await, &["waitlist (number 1)"]);
    assert_has(&room.text("bob", "/join 1").await, &["already on the waitlist for #1 (number 1)"]);
    assert_has(&room.text("dan", "/maybe 1").await, &["maybe for #1", "Maybe: Dan"]);
    let declined = room.text("ana", "/decline 1").await;
    assert_has(&declined, &["you can't make it to #1", "Bob moved up", "Going (1/1): Bob", "Can't: Ana"]);
    assert_has(&room.text("bob", "/join 1").await, &["already going to #1"]);
    assert_has(&room.text("erin", "/leave 1").await, &["hadn't answered #1"]);
}

async fn raising_the_limit_moves_people_up(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Dinner tomorrow 20:00 max 1").await;
    room.say("bob", "/join 1").await;
    room.say("carol", "/join 1").await;
    let edited = room.say("ana", "/edit 1 max 2").await;
    assert_has(&edited.reply.plain_text(), &["Bob moved up", "Going (2/2): Ana, Bob", "Waitlist: 1. Carol"]);
    assert_eq!(edited.notices.len(), 1);
}

async fn concurrent_joins_never_overbook(db: TestDb) {
    let room = Room::new(db, "crowd");
    room.say("ana", "/new Concert tomorrow 21:00 max 5").await;
    let joins = (0..30).map(|i| {
        let room = room.clone();
        tokio::spawn(async move { room.text(&format!("fan{i}"), "/join 1").await })
    });
    for join in joins {
        join.await.expect("task");
    }
    let counts = room.db.count_by("rsvps", "state").await;
    assert_eq!(counts, vec![("going".to_string(), 5), ("waitlisted".to_string(), 26)]);
}

async fn cancelled_and_finished_events_take_no_answers(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Brunch tomorrow 11:00").await;
    room.say("ana", "/new Walk today 12:00").await;
    room.say("ana", "/cancel 1").await;
    let before = room.snapshot().await;
    assert_has(&room.text("bob", "/join 1").await, &["#1 has been cancelled"]);
    room.clock.advance(chrono::Duration::hours(4));
    assert_has(&room.text("bob", "/join 2").await, &["#2 is already over"]);
    assert_eq!(before, room.snapshot().await);
}

async fn answers_are_per_occurrence_of_a_series(db: TestDb) {
    let room = Room::new(db, "games");
    let created = room.text("ana", "/new Quiz every tuesday 20:00 max 1").await;
    assert_has(&created, &["Created #1 Quiz", "Tue 24 Nov 2026, 20:00", "Going (1/1): Ana"]);
    assert_has(&room.text("bob", "/join 1").await, &["#1 is full, so you're on the waitlist (number 1)"]);

    // A week on: Ana's answer and Bob's place on the waitlist were for the first Tuesday only.
    room.clock.set(support::at("2026-11-25T12:00:00Z"));
    let card = room.text("bob", "/event 1").await;
    assert_has(&card, &["next: Tue 1 Dec 2026, 20:00"]);
    assert_has(&card, &["Going (0/1): nobody yet", "Organizer: Ana"]);
    assert_has(&room.text("bob", "/join 1").await, &["You're going to #1 Quiz", "Going (1/1): Bob"]);
    assert_has(&room.text("carol", "/join 1").await, &["#1 is full, so you're on the waitlist (number 1)"]);
    let left = room.say("bob", "/leave 1").await;
    assert_has(&left.reply.plain_text(), &["Carol moved up from the waitlist", "Going (1/1): Carol"]);
    assert_has(&left.notices[0].reply.plain_text(), &["Tue 1 Dec 2026, 20:00"]);
}

async fn answers_follow_a_moved_event(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("ana", "/new Dinner tomorrow 20:00").await;
    room.say("bob", "/join 1").await;
    room.say("ana", "/move 1 sunday 19:00").await;
    assert_has(&room.text("carol", "/event 1").await, &["Sun 22 Nov 2026, 19:00", "Going (2): Ana, Bob"]);
}

async fn join_without_a_number_offers_the_coming_events(db: TestDb) {
    let room = Room::new(db, "games");
    assert_has(&room.text("bob", "/join").await, &["Nothing is planned here yet", "/new Board games"]);
    room.say("ana", "/new Quiz saturday 20:00").await;
    room.say("ana", "/new Board games friday 19:30").await;
    let asked = room.say("bob", "/maybe").await;
    assert_has(&asked.reply.plain_text(), &["Which event? Press one, or send /maybe <number>."]);
    let buttons: Vec<(&str, &str)> =
        asked.reply.buttons.iter().flatten().map(|b| (b.label.as_str(), b.command.as_str())).collect();
    assert_eq!(
        buttons,
        [("#2 Board games · Fri 20 Nov, 19:30", "/maybe #2"), ("#1 Quiz · Sat 21 Nov, 20:00", "/maybe #1")],
        "soonest first, one to a row"
    );
    assert_has(&room.text("bob", buttons[0].1).await, &["Maybe: Bob"]);
}

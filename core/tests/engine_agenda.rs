//! The agenda and search.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(the_agenda_is_paged_soonest_first, search_by_words_topic_place_and_range,);

use convene_core::store::testing::TestDb;
use support::{assert_has, Room};

async fn the_agenda_is_paged_soonest_first(db: TestDb) {
    let room = Room::new(db, "club");
    for day in (1..=12).rev() {
        room.say("ana", &format!("/new Meetup {day} in {day} days")).await;
    }
    let first = room.say("bob", "/events").await;
    assert_has(&first.reply.plain_text(), &["Upcoming events (page 1 of 2):", "#12 Meetup 1: Sat 21 Nov 2026, 10:00"]);
    assert_eq!(first.reply.plain_text().lines().filter(|l| l.starts_with('#')).count(), 10);
    assert_eq!(first.reply.buttons[0][0].command, "/events 2");
    let second = room.text("bob", "/events 2").await;
    assert_has(&second, &["page 2 of 2", "#1 Meetup 12: Wed 2 Dec 2026, 10:00"]);
    assert_has(&room.text("bob", "/events 3").await, &["There are only 2 pages"]);
}

async fn search_by_words_topic_place_and_range(db: TestDb) {
    let room = Room::new(db, "club");
    room.say("ana", "/new Catan evening friday 19:30 @Kim's place #boardgames").await;
    room.say("ana", "/new Chess tournament wednesday 18:00 @Library #boardgames").await;
    room.say("ana", "/new Pizza night tuesday 20:00 @Luigi's").await;
    room.say("ana", "/new Pizza lunch dec 12 13:00 @Luigi's").await;

    let topic_next_week = room.text("bob", "/search #boardgames next week").await;
    assert_has(&topic_next_week, &["Found 1 event:", "Chess tournament"]);
    let place = room.text("bob", "/search pizza @Luigi's").await;
    assert_has(&place, &["Found 2 events:", "Pizza night", "Pizza lunch"]);
    assert_has(&room.text("bob", "/search catan").await, &["Found 1 event:", "Catan evening"]);
    assert_has(&room.text("bob", "/search pizza december").await, &["Found 1 event:", "Pizza lunch"]);
    assert_has(&room.text("bob", "/search karaoke").await, &["No upcoming events match"]);

    // A series is found by any of its coming occurrences, not only the next one.
    room.say("ana", "/new Book club every other tuesday 19:00").await;
    assert_has(&room.text("bob", "/search book club dec 8").await, &["Found 1 event:", "Book club"]);
    assert_has(&room.text("bob", "/search book club december").await, &["Found 1 event:", "Book club"]);
    assert_has(&room.text("bob", "/search book club dec 1").await, &["No upcoming events match"]);
}

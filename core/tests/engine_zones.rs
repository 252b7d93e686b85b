//! Time zones: the chat's, each person's, and how times are shown.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    times_are_read_in_the_speakers_zone_and_shown_in_the_chats,
    a_time_in_the_spring_gap_is_moved_and_said,
    a_new_chat_zone_says_which_planned_events_now_show_at_another_time,
    a_zone_written_after_the_time_is_the_events_zone,
);

use convene_core::store::testing::TestDb;
use support::{assert_has, Room};

async fn times_are_read_in_the_speakers_zone_and_shown_in_the_chats(db: TestDb) {
    let room = Room::new(db, "travel");
    assert_has(&room.text("bob", "/timezone").await, &["This chat's time zone is Europe/Madrid (the default"]);
    assert_has(
        &room.text("ana", "/timezone America/New_York").await,
        &["now America/New_York", "Fri 20 Nov 2026, 04:00"],
    );
    let created = room.text("ana", "/new Call friday 19:30").await;
    assert_has(&created, &["Fri 20 Nov 2026, 19:30–20:30 (America/New_York)"]);

    assert_has(
        &room.text("bob", "/mytimezone Europe/Madrid").await,
        &["I'll read the times you type in Europe/Madrid"],
    );
    let bobs = room.text("bob", "/new Lunch tomorrow 13:00").await;
    assert_has(
        &bobs,
        &["Sat 21 Nov 2026, 07:00–08:00 (America/New_York)", "your zone: Sat 21 Nov 2026, 13:00 (Europe/Madrid)"],
    );
    assert_has(&room.text("bob", "/mytimezone").await, &["Your time zone is Europe/Madrid"]);
    assert_has(&room.text("bob", "/mytimezone off").await, &["I'll read your times in America/New_York"]);
}

async fn a_time_in_the_spring_gap_is_moved_and_said(db: TestDb) {
    let room = Room::new(db, "night");
    room.clock.set(support::at("2027-03-20T10:00:00Z"));
    let created = room.text("ana", "/new Night walk 2027-03-28 02:30").await;
    assert_has(
        &created,
        &["Sun 28 Mar 2027, 03:30", "02:30 does not exist on 28 Mar 2027 in Europe/Madrid", "so I used 03:30"],
    );
    let created = room.text("ana", "/new Owl watch 2027-10-31 02:30").await;
    assert_has(&created, &["Sun 31 Oct 2027, 02:30", "02:30 happens twice on 31 Oct 2027", "I used the first one"]);
}

async fn a_new_chat_zone_says_which_planned_events_now_show_at_another_time(db: TestDb) {
    let room = Room::new(db, "club");
    room.say("ana", "/new Standup every weekday 9:15").await;
    room.say("ana", "/new Board games saturday 19:30").await;

    let lisbon = room.text("ana", "/timezone Europe/Lisbon").await;
    assert_has(
        &lisbon,
        &[
            "now Europe/Lisbon",
            "Events already planned keep their moment, so in Europe/Lisbon they are at another time:",
            "#1 Standup: planned for Mon 23 Nov 2026, 09:15 (Europe/Madrid), now shown as Mon 23 Nov 2026, 08:15",
            "#2 Board games: planned for Sat 21 Nov 2026, 19:30 (Europe/Madrid), now shown as Sat 21 Nov 2026, 18:30",
            "/move 2 <day> <time>",
        ],
    );
    assert_has(&room.text("ana", "/events").await, &["#1 Standup: Mon 23 Nov 2026, 08:15"]);

    let london = room.text("ana", "/timezone Europe/London").await;
    assert!(!london.contains("keep their moment"), "London's clock reads as Lisbon's did: nothing moved\n{london}");
    let back = room.text("ana", "/timezone Europe/Paris").await;
    assert!(!back.contains("keep their moment"), "Paris shows them as they were typed\n{back}");
}

async fn a_zone_written_after_the_time_is_the_events_zone(db: TestDb) {
    let room = Room::new(db, "remote");
    let call = room.text("ana", "/new Call tomorrow 3pm EST").await;
    assert_has(
        &call,
        &[
            "Created #1 Call, Sat 21 Nov 2026, 21:00–22:00 (Europe/Madrid)",
            "(I read the time in the zone you wrote: Sat 21 Nov 2026, 15:00 (America/New_York).)",
        ],
    );
    // A series keeps the written zone's clock: New York moves to summer time two weeks before
    // Madrid, so on 15 March 2027 the 9:00 call is at 14:00 in Madrid instead of 15:00.
    room.say("ana", "/new Sync every monday 9:00 EST").await;
    assert_has(&room.text("ana", "/event 2").await, &["next: Mon 23 Nov 2026, 15:00–16:00 (Europe/Madrid)"]);
    room.clock.set(support::at("2027-03-14T12:00:00Z"));
    assert_has(
        &room.text("ana", "/event 2").await,
        &["every Monday at 09:00 (America/New_York)", "next: Mon 15 Mar 2027, 14:00"],
    );
}

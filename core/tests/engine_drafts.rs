//! The step-by-step `/new`: title, time, place, confirm; kept in the database between messages.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    a_bare_new_asks_step_by_step_and_creates_the_event,
    answers_that_cannot_be_used_ask_again_and_change_nothing,
    cancel_drops_the_draft,
    the_draft_survives_a_restart_but_not_an_hour_of_silence,
    two_people_plan_at_once_and_commands_still_work,
);

use convene_core::store::testing::TestDb;
use convene_core::{Engine, EngineSettings};
use support::{assert_has, Room};

fn buttons(outcome: &convene_core::Outcome) -> Vec<String> {
    outcome.reply.buttons.iter().flatten().map(|b| b.command.clone()).collect()
}

async fn a_bare_new_asks_step_by_step_and_creates_the_event(db: TestDb) {
    let room = Room::new(db, "games");
    let asked = room.say("bob", "/new").await;
    assert_has(&asked.reply.plain_text(), &["What is it called?"]);
    assert_eq!(buttons(&asked), ["/draft cancel"]);
    assert_has(&room.text("bob", "Board games").await, &["When is Board games?"]);
    let place = room.say("bob", "friday 19:30-22:00").await;
    assert_has(&place.reply.plain_text(), &["Where is it?"]);
    assert_eq!(buttons(&place), ["/draft skip", "/draft cancel"]);
    let confirm = room.say("bob", "Kim's place").await;
    assert_has(
        &confirm.reply.plain_text(),
        &["Create this event?", "Board games", "Fri 20 Nov 2026, 19:30–22:00", "Where: Kim's place"],
    );
    assert_eq!(buttons(&confirm), ["/draft create", "/draft cancel"]);
    let created = room.text("bob", "/draft create").await;
    assert_has(&created, &["Created #1 Board games", "19:30–22:00", "Going (1): Bob", "Where: Kim's place"]);
    assert_has(&room.text("bob", "/events").await, &["#1 Board games: Fri 20 Nov 2026, 19:30"]);
    assert_has(&room.text("bob", "/draft create").await, &["not planning an event"]);
}

async fn answers_that_cannot_be_used_ask_again_and_change_nothing(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("bob", "/new").await;
    room.say("bob", "Quiz").await;
    let before = room.snapshot().await;
    assert_has(&room.text("bob", "whenever you like").await, &["as a time", "Please try again", "When is Quiz?"]);
    assert_has(&room.text("bob", "/draft create").await, &["A few more answers first", "When is Quiz?"]);
    assert_has(&room.text("bob", "/draft skip").await, &["Only the place can be skipped", "When is Quiz?"]);
    assert_has(&room.text("bob", &"x".repeat(300)).await, &["Please try again"]);
    assert_eq!(before, room.snapshot().await, "nothing changed");
    assert_has(&room.text("bob", "tomorrow 20:00").await, &["Where is it?"]);
    assert_has(&room.text("bob", "/draft skip").await, &["Create this event?", "Sat 21 Nov 2026, 20:00"]);
    assert_has(&room.text("bob", "yes").await, &["Created #1 Quiz"]);
}

async fn cancel_drops_the_draft(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("bob", "/events").await;
    let before = room.snapshot().await;
    room.say("bob", "/new").await;
    room.say("bob", "Quiz").await;
    assert_has(&room.text("bob", "/draft cancel").await, &["dropped that event"]);
    assert_eq!(before, room.snapshot().await, "nothing is left of it");
    assert_has(&room.text("bob", "Quiz").await, &["Commands start with /"]);
}

async fn the_draft_survives_a_restart_but_not_an_hour_of_silence(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("bob", "/new").await;
    room.say("bob", "Quiz").await;
    // A new engine over the same database: the process restarted.
    let settings = EngineSettings { default_zone: chrono_tz::Europe::Madrid, ..EngineSettings::default() };
    let restarted = Room { engine: Engine::new(room.store(), room.clock.clone(), settings), ..room.clone() };
    assert_has(&restarted.text("bob", "tomorrow 20:00").await, &["Where is it?"]);
    room.clock.advance(chrono::Duration::minutes(61));
    assert_has(&restarted.text("bob", "The Crown").await, &["left for over an hour", "/new"]);
    assert_has(&restarted.text("bob", "The Crown").await, &["Commands start with /"]);
}

async fn two_people_plan_at_once_and_commands_still_work(db: TestDb) {
    let room = Room::new(db, "games");
    room.say("bob", "/new").await;
    room.say("carol", "/new").await;
    assert_has(&room.text("bob", "Quiz").await, &["When is Quiz?"]);
    assert_has(&room.text("carol", "Picnic").await, &["When is Picnic?"]);
    assert_has(&room.text("bob", "/events").await, &["No upcoming events"]);
    assert_has(&room.text("bob", "sunday 12:00").await, &["Where is it?"]);
    assert_has(&room.text("carol", "saturday 13:00").await, &["Where is it?"]);
    assert_has(&room.text("carol", "/draft skip").await, &["Picnic", "Sat 21 Nov 2026, 13:00"]);
    assert_has(&room.text("bob", "/draft cancel").await, &["dropped"]);
    assert_has(&room.text("carol", "/draft create").await, &["Created #1 Picnic"]);
}

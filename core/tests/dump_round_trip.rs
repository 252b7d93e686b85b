//! `convene export` / `convene import`: a SQLite database filled through the command language
//! moves to Postgres without losing anything, and the group sees the same agenda there.
#![allow(clippy::unwrap_used)]

mod support;

use convene_core::domain::Platform;
use convene_core::store::dump::DUMP_FORMAT;
use convene_core::store::testing::TestDb;
use convene_core::store::{StoreError, UserRef};
use sqlx::PgPool;
use support::{assert_has, Room};

/// Plays a group's month: events (a series, a cancelled one, a full one with a waitlist), answers,
/// polls (one closed into an event), sharing, a feed, reminders, a digest, an email being linked
/// and a blocked person.
async fn a_busy_month(games: &Room) {
    let friends = games.next_door("friends");
    let script = [
        ("ana", "/new Board games friday 19:30 for 3h @Kim's place #games max 2 -- bring snacks"),
        ("bob", "/join 1"),
        ("carol", "/join 1"),
        ("ana", "/new Standup every weekday 9:15 #work"),
        ("ana", "/cancel 2 tuesday"),
        ("ana", "/new Brunch tomorrow 11:00"),
        ("dan", "/maybe 3"),
        ("ana", "/cancel 3"),
        ("ana", "/poll Team dinner | thu 20:00 | fri 21:00"),
        ("bob", "/vote 1 2"),
        ("carol", "/vote 1 1 2"),
        ("ana", "/close 1"),
        ("ana", "/poll Movie night | sat 20:00-22:30 | sun 20:00"),
        ("dan", "/vote 2 1"),
        ("bob", "/remind 1 30m"),
        ("ana", "/settings reminders 2h"),
        ("ana", "/settings feed"),
        ("ana", "/digest weekly mon 08:00"),
        ("carol", "/email carol@example.org"),
    ];
    for (who, text) in script {
        games.say(who, text).await;
    }
    let shared = games.text("ana", "/share").await;
    let code = shared.lines().find_map(|l| l.strip_prefix("/subscribe ")).unwrap().to_string();
    assert_has(&friends.text("zoe", &format!("/subscribe {code}")).await, &["now follows \"Games\""]);
    friends.say("zoe", "/join 1.1").await;
    let mallory = UserRef { platform: Platform::Telegram, external_id: "666".into() };
    assert!(games.store().set_blocked(&mallory, true, support::at(support::NOW)).await.unwrap());
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn sqlite_to_postgres_keeps_everything(pool: PgPool) {
    let trial = Room::new(TestDb::sqlite().await, "games");
    a_busy_month(&trial).await;
    let exported = trial.store().export().await.unwrap();
    assert_eq!(exported.format, DUMP_FORMAT);
    assert!(exported.reminders.iter().any(|r| r.state == "pending"), "pending reminders are part of it");
    assert!(
        exported.events.iter().any(|e| e.status == "cancelled") && exported.events.iter().any(|e| e.rrule.is_some())
    );
    assert!(
        exported.rsvps.iter().any(|r| r.state == "waitlisted") && exported.polls.iter().any(|p| p.event_id.is_some())
    );
    assert!(exported.users.iter().any(|u| u.blocked_at.is_some()) && !exported.subscriptions.is_empty());
    assert!(exported.poll_options.iter().any(|o| o.ends_at.is_some()), "an option's end is kept");
    assert!(exported.calendars.iter().any(|c| c.feed_token.is_some() && c.reminder_leads == [120]));
    assert!(exported.chats.iter().any(|c| c.digest.is_some()) && exported.email_codes.len() == 1);

    let production = Room::new(TestDb::postgres(pool), "games");
    production.store().import(&exported).await.unwrap();
    assert_eq!(production.store().export().await.unwrap(), exported, "the same rows, ids and numbers");

    for look in ["/events", "/event 1", "/event 2", "/event 3", "/event 4", "/poll 2", "/reminders"] {
        assert_eq!(production.text("bob", look).await, trial.text("bob", look).await, "{look}");
    }
    // Numbering and the answer order go on where the trial stopped.
    assert_has(&production.text("ana", "/new Quiz saturday 20:00").await, &["Created #5 Quiz"]);
    assert_has(
        &production.text("erin", "/join 1").await,
        &["waitlist (number 3)", "Waitlist: 1. Carol, 2. Zoe, 3. Erin"],
    );
    assert_has(&production.text("bob", "/poll Lunch | mon 13:00 | tue 13:00").await, &["Poll 3 is open"]);
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn import_refuses_a_database_in_use_and_foreign_dumps(pool: PgPool) {
    let trial = Room::new(TestDb::sqlite().await, "games");
    a_busy_month(&trial).await;
    let dump = trial.store().export().await.unwrap();

    let production = Room::new(TestDb::postgres(pool), "games");
    production.say("ana", "/new Already here friday 18:00").await;
    let before = production.snapshot().await;
    assert!(matches!(production.store().import(&dump).await, Err(StoreError::NotEmpty)));
    assert_eq!(before, production.snapshot().await, "nothing was written");

    let empty = TestDb::sqlite().await;
    let mut future = dump.clone();
    future.format = DUMP_FORMAT + 1;
    let refused = empty.store.import(&future).await.unwrap_err().to_string();
    assert!(refused.contains(&format!("format {}", DUMP_FORMAT + 1)), "{refused}");
    assert_eq!(empty.store.export().await.unwrap().rows(), 0, "all or nothing");
}

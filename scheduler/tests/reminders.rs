//! Reminders as people get them: at each lead, in every chat with the calendar, privately, never
//! for cancelled or moved events, and never twice.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    the_chat_is_reminded_an_hour_before_with_who_is_going,
    following_chats_and_people_who_asked_are_reminded_too,
    chat_leads_are_a_setting_and_moves_and_cancels_follow,
    someone_who_declined_gets_no_personal_reminder,
    a_cancelled_day_of_a_series_is_not_reminded,
    each_week_of_a_series_lists_who_is_going_that_week,
);

use convene_core::store::testing::TestDb;
use support::world;

// Friday 20 Nov 2026, 10:00 in Madrid.
const NOW: &str = "2026-11-20T09:00:00Z";

async fn the_chat_is_reminded_an_hour_before_with_who_is_going(db: TestDb) {
    let w = world(db, NOW);
    w.say("games", "ana", "/new Board games friday 19:30 @Kim's place").await;
    w.say("games", "bob", "/join 1").await;
    assert_eq!(w.tick_at("2026-11-20T17:29:00Z").await.claimed, 0, "not yet (the 1-day lead had passed already)");
    let report = w.tick_at("2026-11-20T17:30:00Z").await;
    assert_eq!((report.claimed, report.sent), (1, 1));
    let printed = w.printed().await;
    assert!(
        printed.contains("[in games]\nReminder: #1 Board games starts in 1h, Fri 20 Nov 2026, 19:30 (Europe/Madrid)."),
        "{printed}"
    );
    assert!(printed.contains("Where: Kim's place\nGoing (2): ana, bob"), "{printed}");
    assert!(printed.contains("[1] Going  [2] Maybe  [3] Can't"), "{printed}");
    assert_eq!(w.tick_at("2026-11-20T17:31:00Z").await.claimed, 0, "sent once");
    assert_eq!(w.printed().await, "");
}

async fn following_chats_and_people_who_asked_are_reminded_too(db: TestDb) {
    let w = world(db, NOW);
    w.say("games", "ana", "/new Board games saturday 19:30").await;
    let shared = w.say("games", "ana", "/share").await;
    let code = shared.lines().find_map(|l| l.strip_prefix("/subscribe ")).unwrap().to_string();
    w.say("friends", "ana", &format!("/subscribe {code}")).await;
    assert!(w.say("friends", "zoe", "/remind 1.1 30m").await.contains("I'll remind you of #1.1 30m before"));
    assert!(w
        .say("friends", "zoe", "/reminders")
        .await
        .contains("#1.1 Board games: 30m before Sat 21 Nov 2026, 19:30"));

    w.tick_at("2026-11-21T17:30:00Z").await;
    let chats = w.printed().await;
    assert!(chats.contains("[in games]\nReminder: #1 Board games"), "{chats}");
    assert!(chats.contains("[in friends]\nReminder: #1.1 Board games"), "{chats}");
    let report = w.tick_at("2026-11-21T18:00:00Z").await;
    assert_eq!(report.sent, 1);
    let private = w.printed().await;
    assert!(private.contains("[to zoe, privately]\nReminder: #1.1 Board games starts in 30m"), "{private}");
    assert!(private.contains("[1] Snooze 10m"), "{private}");

    // The snooze button, pressed in the private chat, brings it back 10 minutes later.
    assert!(w.say("zoe-private", "zoe", "/snooze 1.1 10m").await.contains("again in 10m"));
    let report = w.tick_at("2026-11-21T18:10:00Z").await;
    assert_eq!(report.sent, 1);
    assert!(w.printed().await.contains("starts in 20m"));
}

async fn chat_leads_are_a_setting_and_moves_and_cancels_follow(db: TestDb) {
    let w = world(db, NOW);
    w.say("games", "ana", "/new Board games saturday 19:30").await;
    w.say("games", "ana", "/new Picnic sunday 12:00").await;
    assert!(w.say("games", "ana", "/settings reminders 2h 15m").await.contains("2h and 15m before"));
    assert!(w.say("games", "bob", "/settings reminders off").await.contains("Only admins"));
    assert!(w.say("games", "ana", "/settings").await.contains("Reminders in this chat: 2h and 15m before"));

    w.say("games", "ana", "/move 1 saturday 21:00").await;
    w.say("games", "ana", "/cancel 2").await;
    assert_eq!(w.tick_at("2026-11-21T16:30:00Z").await.claimed, 0, "nothing at the old time");
    assert_eq!(w.tick_at("2026-11-21T18:00:00Z").await.sent, 1, "2h before the new time");
    assert_eq!(w.tick_at("2026-11-21T19:45:00Z").await.sent, 1, "15m before");
    assert_eq!(w.tick_at("2026-11-22T11:00:00Z").await.claimed, 0, "the cancelled picnic never reminds");
    let printed = w.printed().await;
    assert_eq!(printed.matches("Reminder: #1 Board games").count(), 2, "{printed}");
    assert!(!printed.contains("Picnic"));
}

async fn someone_who_declined_gets_no_personal_reminder(db: TestDb) {
    let w = world(db, NOW);
    w.say("games", "ana", "/new Board games saturday 19:30").await;
    w.say("games", "ana", "/settings reminders off").await;
    w.say("games", "bob", "/remind 1 1h").await;
    w.say("games", "bob", "/decline 1").await;
    let report = w.tick_at("2026-11-21T17:30:00Z").await;
    assert_eq!((report.claimed, report.sent, report.dropped), (1, 0, 1));
    assert_eq!(w.printed().await, "");
}

async fn a_cancelled_day_of_a_series_is_not_reminded(db: TestDb) {
    let w = world(db, NOW);
    w.say("work", "ana", "/settings reminders 15m").await;
    w.say("work", "ana", "/new Standup every weekday 9:15").await;
    w.say("work", "ana", "/cancel 1 monday").await;
    assert_eq!(w.tick_at("2026-11-23T08:00:00Z").await.claimed, 0, "Monday's occurrence is cancelled");
    assert_eq!(w.tick_at("2026-11-24T08:00:00Z").await.sent, 1, "Tuesday's is reminded");
    assert!(w.printed().await.contains("Tue 24 Nov 2026, 09:15"));
}

async fn each_week_of_a_series_lists_who_is_going_that_week(db: TestDb) {
    let w = world(db, NOW);
    w.say("games", "ana", "/settings reminders 1h").await;
    w.say("games", "ana", "/new Quiz every tuesday 20:00").await;
    w.say("games", "bob", "/join 1").await;
    assert_eq!(w.tick_at("2026-11-24T18:00:00Z").await.sent, 1);
    let first = w.printed().await;
    assert!(first.contains("Tue 24 Nov 2026, 20:00") && first.contains("Going (2): ana, bob"), "{first}");

    // After the first Tuesday, carol answers: for the next one.
    w.clock.set(support::at("2026-11-25T09:00:00Z"));
    w.say("games", "carol", "/join 1").await;
    assert_eq!(w.tick_at("2026-12-01T18:00:00Z").await.sent, 1);
    let second = w.printed().await;
    assert!(second.contains("Tue 1 Dec 2026, 20:00") && second.contains("Going (1): carol"), "{second}");
}

//! Digests: the week ahead posted into chats that asked, once, at the chat's local time, through
//! the durable queue (claimed like reminders, retried, exact across DST changes).
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    a_chat_gets_the_week_ahead_once_at_its_local_time,
    a_digest_keeps_its_local_time_across_dst_and_zone_changes,
    two_schedulers_post_each_digest_once,
    a_failing_digest_is_retried_and_then_given_up,
    a_digest_long_overdue_after_downtime_is_skipped_not_posted_late,
    an_imported_database_gets_its_digests_planned,
    a_digest_that_cannot_be_prepared_does_not_stop_the_others,
);

use chrono::Duration;
use convene_core::delivery::{DeliveryError, Outbox};
use convene_core::store::testing::TestDb;
use std::sync::Arc;
use support::{at, scheduler_with, world, ScriptedOutbox, World};

/// Sets the clock and runs one round of digests; returns how many were posted.
async fn digests_at(w: &World, when: &str) -> usize {
    w.clock.set(at(when));
    w.scheduler.tick_digests().await.unwrap().posted
}

async fn a_chat_gets_the_week_ahead_once_at_its_local_time(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    assert!(w.say("games", "bob", "/digest daily 08:00").await.contains("Only admins"));
    assert!(w.say("games", "ana", "/digest daily 08:00").await.contains("every day at 08:00 (Europe/Madrid)"));
    assert!(w.say("games", "bob", "/digest").await.contains("This chat gets the week ahead every day at 08:00"));
    assert!(w.say("games", "ana", "/digest monthly").await.contains("is not a digest time"));
    w.say("games", "ana", "/new Board games saturday 19:30").await;
    w.say("games", "ana", "/new Far away party dec 24 20:00").await;
    w.printed().await;

    // 08:00 in Madrid (UTC+1) is 07:00 UTC; a minute before, nothing.
    assert_eq!(digests_at(&w, "2026-11-21T06:59:00Z").await, 0);
    assert_eq!(digests_at(&w, "2026-11-21T07:00:00Z").await, 1);
    let printed = w.printed().await;
    assert!(
        printed.contains("[in games]\nThe week ahead (Europe/Madrid):\n#1 Board games: Sat 21 Nov 2026, 19:30"),
        "{printed}"
    );
    assert!(!printed.contains("Far away party"), "only the next 7 days: {printed}");
    assert_eq!(digests_at(&w, "2026-11-21T07:05:00Z").await, 0, "posted once");
    assert_eq!(digests_at(&w, "2026-11-22T07:00:00Z").await, 1, "the next day's digest goes out");

    assert!(w.say("games", "ana", "/digest off").await.contains("No more digests"));
    assert_eq!(digests_at(&w, "2026-11-23T07:00:00Z").await, 0);
    assert_eq!(w.store.next_digest_due().await.unwrap(), None, "nothing left in the queue");
}

async fn a_digest_keeps_its_local_time_across_dst_and_zone_changes(db: TestDb) {
    // Madrid leaves summer time on 25 October 2026 (UTC+2 -> UTC+1).
    let w = world(db, "2026-10-23T12:00:00Z");
    w.say("games", "ana", "/digest daily 08:00").await;
    assert_eq!(digests_at(&w, "2026-10-24T06:00:00Z").await, 1, "08:00 summer time");
    assert_eq!(digests_at(&w, "2026-10-25T06:00:00Z").await, 0, "07:00 winter time: not yet");
    assert_eq!(digests_at(&w, "2026-10-25T07:00:00Z").await, 1, "08:00 winter time");

    w.say("games", "ana", "/timezone America/New_York").await;
    // New York leaves summer time on 1 November 2026 (UTC-4 -> UTC-5).
    assert_eq!(digests_at(&w, "2026-10-26T07:00:00Z").await, 0, "Madrid's 08:00 no longer");
    assert_eq!(digests_at(&w, "2026-10-26T12:00:00Z").await, 1, "08:00 in New York");
    // Down for days: the overdue digest is skipped, the next one planned at local time.
    w.clock.set(at("2026-10-31T11:00:00Z"));
    assert_eq!(w.scheduler.tick_digests().await.unwrap().missed, 1);
    assert_eq!(w.store.next_digest_due().await.unwrap(), Some(at("2026-10-31T12:00:00Z")), "08:00 EDT");
    assert_eq!(digests_at(&w, "2026-10-31T12:00:00Z").await, 1);
    assert_eq!(w.store.next_digest_due().await.unwrap(), Some(at("2026-11-01T13:00:00Z")), "08:00 EST");
    assert_eq!(digests_at(&w, "2026-11-01T12:00:00Z").await, 0, "07:00 EST: not yet");
    assert_eq!(digests_at(&w, "2026-11-01T13:00:00Z").await, 1);
}

async fn two_schedulers_post_each_digest_once(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    for room in ["games", "club", "choir"] {
        w.say(room, "ana", "/digest daily 08:00").await;
    }
    let outbox = Arc::new(ScriptedOutbox::default());
    let other = scheduler_with(&w.store, &w.clock, outbox.clone(), &w.engine);
    w.clock.set(at("2026-11-21T07:00:00Z"));
    let (mine, theirs) = tokio::join!(w.scheduler.tick_digests(), other.tick_digests());
    let posted = mine.unwrap().posted + theirs.unwrap().posted;
    assert_eq!(posted, 3, "three digests, each posted by one of the two");
    let printed = w.printed().await.matches("The week ahead").count();
    assert_eq!(printed + outbox.sent.lock().unwrap().len(), 3, "and nobody got one twice");
}

async fn a_failing_digest_is_retried_and_then_given_up(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    w.say("games", "ana", "/digest daily 08:00").await;
    let outbox = Arc::new(ScriptedOutbox::default());
    let failures = [DeliveryError::Transient("502".into()), DeliveryError::Transient("timeout".into())];
    outbox.failures.lock().unwrap().extend(failures);
    let scheduler = scheduler_with(&w.store, &w.clock, outbox.clone() as Arc<dyn Outbox>, &w.engine);

    w.clock.set(at("2026-11-21T07:00:00Z"));
    assert_eq!(scheduler.tick_digests().await.unwrap().retried, 1);
    let retry = w.store.next_digest_due().await.unwrap().unwrap();
    assert!(retry > at("2026-11-21T07:00:45Z") && retry < at("2026-11-21T07:01:15Z"), "backs off ~1 min: {retry}");
    w.clock.set(retry);
    assert_eq!(scheduler.tick_digests().await.unwrap().retried, 1, "the second failure");
    w.clock.set(w.store.next_digest_due().await.unwrap().unwrap());
    assert_eq!(scheduler.tick_digests().await.unwrap().posted, 1, "posted on the third try");
    assert_eq!(outbox.sent.lock().unwrap().len(), 1);
    assert_eq!(w.store.next_digest_due().await.unwrap(), Some(at("2026-11-22T07:00:00Z")), "the next day's");

    // A chat that refuses for good is not retried: its next digest is the following day's.
    outbox.failures.lock().unwrap().push_back(DeliveryError::Permanent("chat not found".into()));
    w.clock.set(at("2026-11-22T07:00:00Z"));
    assert_eq!(scheduler.tick_digests().await.unwrap().failed, 1);
    assert_eq!(w.store.next_digest_due().await.unwrap(), Some(at("2026-11-23T07:00:00Z")));
}

async fn a_digest_long_overdue_after_downtime_is_skipped_not_posted_late(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    w.say("games", "ana", "/digest daily 08:00").await;
    // Down from before 08:00 until 10:30: past the one-hour grace window.
    let report = {
        w.clock.set(at("2026-11-21T09:30:00Z"));
        w.scheduler.tick_digests().await.unwrap()
    };
    assert_eq!((report.missed, report.posted), (1, 0));
    assert!(w.printed().await.is_empty());
    assert_eq!(w.store.next_digest_due().await.unwrap(), Some(at("2026-11-22T07:00:00Z")));
    // Within the window it still goes out (late).
    w.clock.set(at("2026-11-22T07:40:00Z"));
    assert_eq!(w.scheduler.tick_digests().await.unwrap().posted, 1);
    w.advance(Duration::minutes(1));
    assert_eq!(w.scheduler.tick_digests().await.unwrap().claimed, 0);
}

async fn an_imported_database_gets_its_digests_planned(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    w.say("games", "ana", "/digest weekly mon 08:00").await;
    let dump = w.store.export().await.unwrap();
    // The queue is derived from the chats' settings, so an export does not carry it.
    let fresh = TestDb::sqlite().await;
    fresh.store.import(&dump).await.unwrap();
    let moved = world(fresh, "2026-11-20T09:00:00Z");
    assert_eq!(moved.store.next_digest_due().await.unwrap(), None);
    assert_eq!(moved.scheduler.plan_missing_digests().await.unwrap(), 1);
    assert_eq!(moved.scheduler.plan_missing_digests().await.unwrap(), 0, "planned once");
    assert_eq!(moved.store.next_digest_due().await.unwrap(), Some(at("2026-11-23T07:00:00Z")), "Monday 08:00");
}

async fn a_digest_that_cannot_be_prepared_does_not_stop_the_others(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    for room in ["broken", "games"] {
        w.say(room, "ana", "/digest daily 08:00").await;
        w.say(room, "ana", "/new Board games saturday 19:30").await;
    }
    w.printed().await;
    // One chat's event became unreadable (a bad value in the database).
    w.db.execute("UPDATE events SET timezone = 'Nowhere/Atlantis' WHERE id = 1").await;
    let report = {
        w.clock.set(at("2026-11-21T07:00:00Z"));
        w.scheduler.tick_digests().await.unwrap()
    };
    assert_eq!((report.posted, report.retried), (1, 1), "{report:?}");
    let printed = w.printed().await;
    assert!(printed.contains("[in games]\nThe week ahead"), "{printed}");
    assert!(!printed.contains("[in broken]"), "{printed}");
}

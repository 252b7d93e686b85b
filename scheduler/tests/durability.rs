//! Reminders survive restarts and crashes, are shared by several schedulers without duplicates,
//! handle downtime with a grace window, keep local time across DST, and retry platform failures.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(
    pending_reminders_survive_a_restart,
    a_scheduler_killed_mid_batch_loses_nothing,
    a_slow_batch_keeps_its_claims_while_it_works,
    two_schedulers_send_each_reminder_once,
    after_downtime_recent_reminders_go_out_late_and_old_ones_are_missed,
    missed_occurrences_of_a_series_are_not_replayed,
    a_weekly_09_00_event_reminds_at_local_time_across_both_changes,
    platform_failures_are_retried_with_backoff_then_recorded,
    a_reminder_failing_every_time_is_given_up_and_counted,
);

use chrono::Duration;
use convene_core::delivery::DeliveryError;
use convene_core::store::testing::TestDb;
use convene_core::Clock;
use std::sync::Arc;
use support::{at, scheduler_with, world, ScriptedOutbox};

const NOW: &str = "2026-11-20T09:00:00Z";

async fn pending_reminders_survive_a_restart(db: TestDb) {
    let w = world(db, NOW);
    w.say("games", "ana", "/new Board games saturday 19:30").await;
    drop(w.scheduler.clone());
    // A new scheduler (as after a restart) over the same database finds the reminder.
    let outbox = Arc::new(ScriptedOutbox::default());
    let restarted = scheduler_with(&w.store, &w.clock, outbox.clone(), &w.engine);
    w.clock.set(at("2026-11-21T17:30:00Z"));
    assert_eq!(restarted.tick().await.unwrap().sent, 1);
    assert_eq!(outbox.sent.lock().unwrap().len(), 1);
}

async fn a_scheduler_killed_mid_batch_loses_nothing(db: TestDb) {
    let w = world(db, NOW);
    w.say("games", "ana", "/settings reminders 1h").await;
    w.say("games", "ana", "/new Board games saturday 19:30").await;
    w.clock.set(at("2026-11-21T17:30:00Z"));
    // The first scheduler claims the batch and dies before sending.
    let claimed = w.store.claim_due_reminders(w.clock.now(), 100, Duration::minutes(2)).await.unwrap();
    assert_eq!(claimed.len(), 1);
    let outbox = Arc::new(ScriptedOutbox::default());
    let survivor = scheduler_with(&w.store, &w.clock, outbox.clone(), &w.engine);
    assert_eq!(survivor.tick().await.unwrap().claimed, 0, "the claim holds while its lease runs");
    w.clock.advance(Duration::minutes(3));
    let report = survivor.tick().await.unwrap();
    assert_eq!((report.claimed, report.late), (1, 1), "taken over after the lease, marked late");
    assert_eq!(outbox.sent.lock().unwrap().len(), 1);
}

/// Holds every delivery until released.
struct HeldOutbox {
    release: tokio::sync::Semaphore,
    sent: std::sync::atomic::AtomicUsize,
}

impl Default for HeldOutbox {
    fn default() -> Self {
        Self { release: tokio::sync::Semaphore::new(0), sent: Default::default() }
    }
}

#[async_trait::async_trait]
impl convene_core::delivery::Outbox for HeldOutbox {
    async fn deliver(&self, _: &convene_core::Audience, _: &convene_core::Reply) -> Result<(), DeliveryError> {
        let _permit = self.release.acquire().await.map_err(|e| DeliveryError::Transient(e.to_string()))?;
        self.sent.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Ok(())
    }
}

async fn a_slow_batch_keeps_its_claims_while_it_works(db: TestDb) {
    let w = world(db, NOW);
    w.say("games", "ana", "/settings reminders 1h").await;
    w.say("games", "ana", "/new Board games saturday 19:30").await;
    w.clock.set(at("2026-11-21T17:30:00Z"));
    let outbox = Arc::new(HeldOutbox::default());
    let settings = convene_scheduler::SchedulerSettings {
        renew_every: std::time::Duration::from_millis(5),
        ..convene_scheduler::SchedulerSettings::default()
    };
    let lease = settings.lease;
    let slow = convene_scheduler::Scheduler::new(
        w.store.clone(),
        w.clock.clone(),
        outbox.clone(),
        settings,
        w.engine.reminder_signal(),
    );
    let sending = tokio::spawn(async move { slow.tick().await.unwrap() });
    // Well past the first lease, the claim has been renewed: nobody else takes the reminder.
    for _ in 0..3 {
        let claimed_until = w.clock.now() + lease;
        w.clock.advance(lease - Duration::seconds(5));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while w.store.next_reminder_due().await.unwrap().is_some_and(|due| due < claimed_until + Duration::seconds(1)) {
            assert!(std::time::Instant::now() < deadline, "the claim was never renewed");
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    }
    assert_eq!(w.scheduler.tick().await.unwrap().claimed, 0, "a renewed claim is not taken over");
    outbox.release.add_permits(1);
    let report = sending.await.unwrap();
    assert_eq!((report.claimed, outbox.sent.load(std::sync::atomic::Ordering::SeqCst)), (1, 1));
}

async fn two_schedulers_send_each_reminder_once(db: TestDb) {
    let w = world(db, NOW);
    for n in 0..40 {
        w.say(&format!("room{n}"), "ana", "/new Board games saturday 19:30").await;
    }
    w.clock.set(at("2026-11-21T17:30:00Z"));
    let outbox = Arc::new(ScriptedOutbox::default());
    let small = convene_scheduler::SchedulerSettings { batch: 7, ..Default::default() };
    let one = convene_scheduler::Scheduler::new(
        w.store.clone(),
        w.clock.clone(),
        outbox.clone(),
        small.clone(),
        w.engine.reminder_signal(),
    );
    let two = convene_scheduler::Scheduler::new(
        w.store.clone(),
        w.clock.clone(),
        outbox.clone(),
        small,
        w.engine.reminder_signal(),
    );
    loop {
        let (a, b) = tokio::join!(one.tick(), two.tick());
        if a.unwrap().claimed + b.unwrap().claimed == 0 {
            break;
        }
    }
    let mut sent: Vec<String> = outbox.sent.lock().unwrap().iter().map(|(to, _)| to.clone()).collect();
    assert_eq!(sent.len(), 40);
    sent.sort();
    sent.dedup();
    assert_eq!(sent.len(), 40, "no chat got it twice");
}

async fn after_downtime_recent_reminders_go_out_late_and_old_ones_are_missed(db: TestDb) {
    let w = world(db, NOW);
    w.say("games", "ana", "/settings reminders 1h").await;
    w.say("games", "ana", "/new Dinner saturday 19:30").await;
    w.say("games", "ana", "/new Lunch saturday 13:00").await;
    // Down from Saturday 10:00 until 18:00 (Madrid): lunch's 1h reminder (12:00) is 6h overdue,
    // dinner's (18:30) is not due yet; then dinner's comes 30 minutes late.
    let report = w.tick_at("2026-11-21T17:00:00Z").await;
    assert_eq!((report.claimed, report.missed), (1, 1));
    let report = w.tick_at("2026-11-21T18:00:00Z").await;
    assert_eq!((report.claimed, report.late), (1, 1));
    assert!(w.printed().await.contains("#1 Dinner starts in 30m"));
}

async fn missed_occurrences_of_a_series_are_not_replayed(db: TestDb) {
    let w = world(db, NOW);
    w.say("work", "ana", "/new Standup every weekday 9:15").await;
    w.say("work", "ana", "/settings reminders 15m").await;
    // Three weeks of downtime, then one tick: one missed, and only the next occurrence planned.
    let report = w.tick_at("2026-12-14T07:00:00Z").await;
    assert_eq!((report.claimed, report.missed, report.sent), (1, 1, 0));
    let report = w.tick_at("2026-12-14T08:00:00Z").await;
    assert_eq!(report.sent, 1);
    assert!(w.printed().await.contains("Mon 14 Dec 2026, 09:15"));
}

async fn a_weekly_09_00_event_reminds_at_local_time_across_both_changes(db: TestDb) {
    let w = world(db, "2027-03-15T12:00:00Z");
    w.say("club", "ana", "/new Club every monday 9:00").await;
    w.say("club", "ana", "/settings reminders 15m").await;
    // 08:45 local: CET is UTC+1 before 28 March, CEST UTC+2 after.
    for due in ["2027-03-22T07:45:00Z", "2027-03-29T06:45:00Z"] {
        let minute_before = (at(due) - Duration::minutes(1)).to_rfc3339();
        assert_eq!(w.tick_at(&minute_before).await.claimed, 0, "{due}");
        assert_eq!(w.tick_at(due).await.sent, 1, "{due}");
    }
    let printed = w.printed().await;
    assert!(
        printed.contains("Mon 22 Mar 2027, 09:00 (Europe/Madrid)") && printed.contains("Mon 29 Mar 2027, 09:00"),
        "{printed}"
    );
    // Autumn: jump ahead (the spring reminders in between are missed), then across 31 October.
    w.tick_at("2027-10-18T12:00:00Z").await;
    for due in ["2027-10-25T06:45:00Z", "2027-11-01T07:45:00Z"] {
        let minute_before = (at(due) - Duration::minutes(1)).to_rfc3339();
        assert_eq!(w.tick_at(&minute_before).await.claimed, 0, "{due}");
        assert_eq!(w.tick_at(due).await.sent, 1, "{due}");
    }
    let printed = w.printed().await;
    assert!(printed.contains("Mon 25 Oct 2027, 09:00") && printed.contains("Mon 1 Nov 2027, 09:00"), "{printed}");
}

async fn platform_failures_are_retried_with_backoff_then_recorded(db: TestDb) {
    let w = world(db, NOW);
    w.say("games", "ana", "/new Board games saturday 19:30").await;
    w.say("chess", "ana", "/new Chess saturday 19:30").await;
    let outbox = Arc::new(ScriptedOutbox::default());
    outbox.failures.lock().unwrap().extend([
        DeliveryError::RetryAfter(std::time::Duration::from_secs(5)),
        DeliveryError::Permanent("bot was removed from the chat".into()),
    ]);
    let scheduler = scheduler_with(&w.store, &w.clock, outbox.clone(), &w.engine);
    w.clock.set(at("2026-11-21T17:30:00Z"));
    let report = scheduler.tick().await.unwrap();
    assert_eq!((report.retried, report.failed), (1, 1), "429 for one chat, the other chat is gone");
    assert!(outbox.sent.lock().unwrap().is_empty());
    w.clock.advance(Duration::seconds(20));
    assert_eq!(scheduler.tick().await.unwrap().claimed, 0, "backing off");
    w.clock.advance(Duration::minutes(2));
    let report = scheduler.tick().await.unwrap();
    assert_eq!(report.sent + report.late, 1);
    assert_eq!(outbox.sent.lock().unwrap().len(), 1);
}

async fn a_reminder_failing_every_time_is_given_up_and_counted(db: TestDb) {
    let w = world(db, NOW);
    w.say("games", "ana", "/new Board games saturday 19:30").await;
    let outbox = Arc::new(ScriptedOutbox::default());
    outbox.failures.lock().unwrap().extend((0..10).map(|_| DeliveryError::Transient("503 from the platform".into())));
    let scheduler = scheduler_with(&w.store, &w.clock, outbox.clone(), &w.engine);
    w.clock.set(at("2026-11-21T17:30:00Z"));
    let mut failed = 0;
    for _ in 0..5 {
        failed += scheduler.tick().await.unwrap().failed;
        w.clock.advance(Duration::minutes(40));
    }
    assert_eq!(failed, 1, "given up after five attempts");
    let stats = w.store.stats(w.clock.now(), Duration::days(1)).await.unwrap();
    assert_eq!(stats.totals.reminders.failed, 1);
    assert_eq!(stats.totals.reminders.pending, 0);
}

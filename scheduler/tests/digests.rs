//! Digests: the week ahead posted into chats that asked, once, at the chat's local time.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(a_chat_gets_the_week_ahead_once, digest_jobs_are_built_from_the_database_at_local_time,);

use chrono::{Timelike, Utc};
use convene_core::delivery::{Outbox, Outboxes};
use convene_core::domain::Platform;
use convene_core::store::testing::TestDb;
use convene_scheduler::DigestRunner;
use std::sync::Arc;
use support::world;

fn runner(w: &support::World) -> DigestRunner {
    let console: Arc<dyn Outbox> = Arc::new(convene_bots::console::ConsoleOutbox::new(w.printed.clone()));
    let outbox = Arc::new(Outboxes::default().with(Platform::Console, console));
    DigestRunner::new(w.store.clone(), w.clock.clone(), outbox, chrono_tz::Europe::Madrid, w.engine.digest_signal())
}

async fn a_chat_gets_the_week_ahead_once(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    assert!(w.say("games", "bob", "/digest daily 08:00").await.contains("Only admins"));
    assert!(w.say("games", "ana", "/digest daily 08:00").await.contains("every day at 08:00 (Europe/Madrid)"));
    assert!(w.say("games", "bob", "/digest").await.contains("This chat gets the week ahead every day at 08:00"));
    assert!(w.say("games", "ana", "/digest monthly").await.contains("is not a digest time"));
    w.say("games", "ana", "/new Board games saturday 19:30").await;
    w.say("games", "ana", "/new Far away party dec 24 20:00").await;

    let runner = runner(&w);
    let chats = w.store.digest_chats().await.unwrap();
    assert_eq!(chats.len(), 1);
    assert!(runner.post(&chats[0]).await.unwrap());
    let printed = w.printed().await;
    assert!(
        printed.contains("[in games]\nThe week ahead (Europe/Madrid):\n#1 Board games: Sat 21 Nov 2026, 19:30"),
        "{printed}"
    );
    assert!(!printed.contains("Far away party"), "only the next 7 days: {printed}");
    assert!(!runner.post(&chats[0]).await.unwrap(), "another instance (or a second run) does not post it again");
    w.advance(chrono::Duration::days(1));
    assert!(runner.post(&chats[0]).await.unwrap(), "the next day's digest goes out");

    assert!(w.say("games", "ana", "/digest off").await.contains("No more digests"));
    assert!(w.store.digest_chats().await.unwrap().is_empty());
}

async fn digest_jobs_are_built_from_the_database_at_local_time(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    w.say("games", "ana", "/digest weekly mon 08:00").await;
    w.say("nyc", "ana", "/timezone America/New_York").await;
    w.say("nyc", "ana", "/digest daily 07:30").await;
    let mut jobs = tokio_cron_scheduler::JobScheduler::new().await.unwrap();
    let ids = runner(&w).build(&jobs).await.unwrap();
    assert_eq!(ids.len(), 2, "one job per chat with a digest");
    let madrid = jobs.next_tick_for_job(ids[0]).await.unwrap().unwrap();
    let local = madrid.with_timezone(&chrono_tz::Europe::Madrid);
    assert_eq!((local.format("%a").to_string(), local.hour(), local.minute()), ("Mon".into(), 8, 0));
    let nyc = jobs.next_tick_for_job(ids[1]).await.unwrap().unwrap().with_timezone(&chrono_tz::America::New_York);
    assert_eq!((nyc.hour(), nyc.minute()), (7, 30));
    assert!(madrid > Utc::now());
}

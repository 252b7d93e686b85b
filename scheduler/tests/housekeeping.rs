//! Housekeeping: old statistics, reminders finished long ago and unfinished plans are removed
//! after the retention; coming reminders and recent rows stay; the scheduled export writes the
//! whole database to its file.
#![allow(clippy::unwrap_used)]

mod support;

convene_core::on_both_backends!(old_rows_go_and_what_is_still_needed_stays, the_export_writes_the_whole_database,);

use chrono::Duration;
use convene_core::store::testing::TestDb;
use convene_scheduler::{Housekeeper, HousekeepingSettings};
use support::world;

fn settings(keep: Option<Duration>, export: Option<std::path::PathBuf>) -> HousekeepingSettings {
    HousekeepingSettings {
        schedule: "0 30 3 * * *".into(),
        keep,
        export: export.map(|path| ("0 0 4 * * *".to_string(), path)),
        zone: chrono_tz::Europe::Madrid,
    }
}

async fn old_rows_go_and_what_is_still_needed_stays(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    w.say("games", "ana", "/new Board games friday 19:30").await;
    w.say("games", "ana", "/new Chess in 60 days").await;
    w.say("games", "bob", "/new").await; // a plan left unfinished
    w.tick_at("2026-11-20T17:30:00Z").await; // the 1-hour reminder of Board games goes out
    let housekeeper =
        Housekeeper::new(w.store.clone(), w.clock.clone(), settings(Some(Duration::days(30)), None)).unwrap();

    let pruned = housekeeper.prune_now().await.unwrap();
    assert_eq!((pruned.commands, pruned.reminders, pruned.drafts), (0, 0, 0), "nothing is old yet");

    w.advance(Duration::days(31));
    let pruned = housekeeper.prune_now().await.unwrap();
    assert_eq!(pruned.commands, 3, "the statistics of the three commands (not of /events below)");
    assert!(pruned.reminders >= 1, "the reminders sent a month ago: {pruned:?}");
    assert_eq!(pruned.drafts, 1, "Bob's unfinished plan");
    assert!(w.say("games", "bob", "/events").await.contains("#2 Chess"), "events are never removed by housekeeping");
    w.tick_at("2027-01-18T09:00:00Z").await;
    let printed = w.printed().await;
    assert!(printed.contains("Reminder: #2 Chess"), "the coming reminders stayed: {printed}");

    let keep_all = Housekeeper::new(w.store.clone(), w.clock.clone(), settings(None, None)).unwrap();
    w.advance(Duration::days(400));
    assert_eq!(keep_all.prune_now().await.unwrap(), Default::default(), "retention off keeps everything");
}

async fn the_export_writes_the_whole_database(db: TestDb) {
    let w = world(db, "2026-11-20T09:00:00Z");
    w.say("games", "ana", "/new Board games friday 19:30").await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene-export.json");
    let housekeeper = Housekeeper::new(w.store.clone(), w.clock.clone(), settings(None, Some(path.clone()))).unwrap();
    let rows = housekeeper.export_now().await.unwrap();
    assert!(rows > 3);
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.contains("Board games"), "the event is in the export");
    assert!(!dir.path().join("convene-export.partial").exists(), "no half-written file is left");

    let bad = settings(None, None);
    let bad = HousekeepingSettings { schedule: "every night".into(), ..bad };
    let refused = Housekeeper::new(w.store.clone(), w.clock.clone(), bad).err().unwrap();
    assert!(refused.contains("every night") && refused.contains("0 30 3 * * *"), "{refused}");
}

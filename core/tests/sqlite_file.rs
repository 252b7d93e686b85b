//! The SQLite file across a crash: one Convene runs on it at a time, so reminders a crashed
//! Convene had claimed are free again as soon as the file is opened, not when the claim runs out.
#![allow(clippy::unwrap_used)]

mod support;

use chrono::Duration;
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::{SqliteStore, Store};
use convene_core::{Engine, EngineSettings, Incoming, ManualClock};
use std::sync::Arc;
use support::{at, NOW};

#[tokio::test]
async fn reopening_the_file_frees_what_a_crashed_sender_held() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    let first = SqliteStore::open(&path, 2).await.unwrap();
    let store: Arc<dyn Store> = Arc::new(first.clone());
    let settings = EngineSettings { default_zone: chrono_tz::Europe::Madrid, ..EngineSettings::default() };
    let engine = Engine::new(store.clone(), Arc::new(ManualClock::new(at(NOW))), settings);
    for text in ["/settings reminders 1h", "/new Board games saturday 19:30"] {
        let message = Incoming {
            language: None,
            chat: ChatIdentity { platform: Platform::Console, external_id: "games".into(), title: "games".into() },
            user: UserIdentity { platform: Platform::Console, external_id: "ana".into(), display_name: "Ana".into() },
            is_admin: true,
            text: text.into(),
        };
        engine.handle(&message).await;
    }
    let due = at("2026-11-21T17:30:00Z");
    assert_eq!(store.claim_due_reminders(due, 100, Duration::minutes(10)).await.unwrap().len(), 1);
    // The process dies with the reminder claimed: its connections and its lock go.
    first.close().await;
    drop((engine, store, first));

    let reopened = SqliteStore::open(&path, 2).await.unwrap();
    let claimed = reopened.claim_due_reminders(due, 100, Duration::minutes(10)).await.unwrap();
    assert_eq!(claimed.len(), 1, "taken at once, not ten minutes later");
    assert_eq!(claimed[0].attempts, 2, "known to be a second attempt, so targets reached are skipped");
}

//! With several instances on one Postgres, a digest planned through one instance wakes every
//! instance's scheduler (NOTIFY from the digest queue), so whichever is free posts it on time.
#![allow(clippy::unwrap_used)]

mod support;

use convene_core::store::{PgStore, Store};
use std::sync::Arc;
use std::time::Duration;
use support::Room;

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn a_digest_planned_through_one_instance_wakes_the_others(pool: sqlx::PgPool) {
    let other_instance = PgStore::from_pool(pool.clone());
    let woken = Arc::new(tokio::sync::Notify::new());
    other_instance.forward_reminder_wakeups(woken.clone());
    let db = convene_core::store::testing::TestDb::postgres(pool);
    let room = Room::new(db, "club");
    let listening = async {
        // The listener connects in the background: keep changing until it hears.
        for time in ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "11:30"] {
            room.say("ana", &format!("/digest daily {time}")).await;
            if tokio::time::timeout(Duration::from_millis(500), woken.notified()).await.is_ok() {
                return true;
            }
        }
        false
    };
    assert!(listening.await, "the other instance heard of the change");
}

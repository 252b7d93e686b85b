//! Conversations through the real engine: any script of messages gets answers, never a panic and
//! never "something went wrong on my side" (which means the database refused what the engine
//! wrote). One engine per fuzzing process, on a fresh SQLite file, or on Postgres when
//! FUZZ_DATABASE_URL is set; its state grows from script to script, as a real chat's does.
//!
//! A script is lines of `[a>|b>|c>][@2 |@p ]text`: the speaker (a, the admin, by default), the
//! chat (group one by default, a second group, or the speaker's private chat), and the message.
//! A line `~` moves the clock on by 25 hours.
#![no_main]

use chrono::{Duration, TimeZone, Utc};
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::{PgStore, SqliteStore, Store};
use convene_core::{Engine, EngineSettings, Incoming, ManualClock};
use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, OnceLock};

struct World {
    runtime: tokio::runtime::Runtime,
    engine: Engine,
    clock: Arc<ManualClock>,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let store = runtime.block_on(open_store());
        // Saturday night before Europe's spring change.
        let clock = Arc::new(ManualClock::new(Utc.with_ymd_and_hms(2026, 3, 28, 22, 0, 0).unwrap()));
        let settings =
            EngineSettings { commands_per_minute: 0, default_zone: chrono_tz::Europe::Madrid, ..Default::default() };
        World { runtime, engine: Engine::new(store, clock.clone(), settings), clock }
    })
}

async fn open_store() -> Arc<dyn Store> {
    if let Ok(url) = std::env::var("FUZZ_DATABASE_URL") {
        let store = PgStore::connect(&url, 2).await.unwrap();
        store.migrate().await.unwrap();
        return Arc::new(store);
    }
    let path = std::env::temp_dir().join(format!("convene-fuzz-{}.db", std::process::id()));
    let _ = std::fs::remove_file(&path);
    Arc::new(SqliteStore::open(&path, 2).await.unwrap())
}

/// One line of a script as a message.
fn message(line: &str) -> Incoming {
    let (user, line) = match line.get(..2) {
        Some(who @ ("a>" | "b>" | "c>")) => (&who[..1], &line[2..]),
        _ => ("a", line),
    };
    let (chat, line) = match line.get(..3) {
        Some("@2 ") => ("-2", &line[3..]),
        Some("@p ") => (user, &line[3..]),
        _ => ("-1", line),
    };
    Incoming {
        chat: ChatIdentity { platform: Platform::Telegram, external_id: chat.into(), title: format!("Chat {chat}") },
        user: UserIdentity { platform: Platform::Telegram, external_id: user.into(), display_name: user.to_uppercase() },
        is_admin: user == "a",
        text: line.into(),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(script) = std::str::from_utf8(data) else { return };
    let world = world();
    for line in script.lines().take(12) {
        if line == "~" {
            world.clock.advance(Duration::hours(25));
            continue;
        }
        let outcome = world.runtime.block_on(world.engine.handle(&message(line)));
        assert!(!outcome.reply.plain_text().contains("went wrong on my side"), "{line:?} failed: {}", outcome.reply.plain_text());
    }
});

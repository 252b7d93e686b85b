//! Shared by the admin endpoint tests: an engine and an admin state on one fresh database.
#![allow(clippy::unwrap_used, dead_code)]

use chrono::{DateTime, Utc};
use convene_admin::AdminState;
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::testing::TestDb;
use convene_core::store::Store;
use convene_core::{Engine, EngineSettings, Incoming, ManualClock};
use std::sync::Arc;

pub const TOKEN: &str = "s3cret-admin-token";

pub struct World {
    pub engine: Engine,
    pub clock: Arc<ManualClock>,
    pub state: AdminState,
    pub db: Arc<TestDb>,
}

pub fn world(db: TestDb) -> World {
    let now = DateTime::parse_from_rfc3339("2026-11-20T09:00:00Z").unwrap().with_timezone(&Utc);
    let clock = Arc::new(ManualClock::new(now));
    let store: Arc<dyn Store> = db.store.clone();
    let settings = EngineSettings {
        default_zone: chrono_tz::Europe::Madrid,
        public_url: "https://convene.example.org".into(),
        ..EngineSettings::default()
    };
    let engine = Engine::new(store.clone(), clock.clone(), settings);
    let state = AdminState::new(store, clock.clone(), Some(TOKEN.into()), 100);
    World { engine, clock, state, db: Arc::new(db) }
}

impl World {
    pub async fn say(&self, chat: &str, who: &str, text: &str) -> String {
        let message = Incoming {
            language: None,
            chat: ChatIdentity { platform: Platform::Console, external_id: chat.into(), title: "Game night".into() },
            user: UserIdentity { platform: Platform::Console, external_id: who.into(), display_name: who.into() },
            is_admin: who == "ana",
            text: text.into(),
        };
        self.engine.handle(&message).await.reply.plain_text().into_owned()
    }
}

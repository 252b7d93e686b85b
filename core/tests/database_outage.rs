//! A Postgres outage, made by cutting the connection between Convene and a real server (a proxy on
//! loopback that stops listening, so new connections are refused as when the server is down):
//! every command answers within moments that the database cannot be reached, nothing is half
//! written, the process recovers by itself, and the failed commands still reach the statistics.
#![allow(clippy::unwrap_used)]

#[path = "support/proxy.rs"]
#[allow(dead_code)]
mod proxy;
mod support;

use chrono::Duration as Span;
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::{PgStore, Store};
use convene_core::{Clock, Engine, EngineSettings, Incoming, ManualClock};
use proxy::Proxy;
use sqlx::postgres::PgConnectOptions;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::{at, NOW};

fn server_of(pool: &sqlx::PgPool) -> (SocketAddr, String) {
    let options: Arc<PgConnectOptions> = pool.connect_options();
    let host = if options.get_host().starts_with('/') { "127.0.0.1" } else { options.get_host() };
    let address = format!("{host}:{}", options.get_port()).parse().unwrap_or(([127, 0, 0, 1], 5432).into());
    (address, options.get_database().unwrap().to_string())
}

fn ana_says(text: &str) -> Incoming {
    Incoming {
        language: None,
        chat: ChatIdentity { platform: Platform::Console, external_id: "games".into(), title: "games".into() },
        user: UserIdentity { platform: Platform::Console, external_id: "ana".into(), display_name: "Ana".into() },
        is_admin: true,
        text: text.into(),
    }
}

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn commands_during_an_outage_are_answered_at_once_and_change_nothing(pool: sqlx::PgPool) {
    let (server, database) = server_of(&pool);
    let proxy = Proxy::start(server).await;
    let url = format!("postgres://postgres@127.0.0.1:{}/{database}", proxy.port);
    let waits = (Duration::from_millis(300), Duration::from_millis(50));
    let store = PgStore::connect(&url, 4).await.unwrap().with_connection_waits(waits.0, waits.1);
    let store: Arc<dyn Store> = Arc::new(store);
    let clock = Arc::new(ManualClock::new(at(NOW)));
    let settings = EngineSettings { default_zone: chrono_tz::Europe::Madrid, ..EngineSettings::default() };
    let engine = Engine::new(store.clone(), clock.clone(), settings);
    let created = engine.handle(&ana_says("/new Dinner friday 20:00")).await.reply.plain_text().into_owned();
    assert!(created.contains("Created #1 Dinner"), "{created}");

    proxy.cut();
    for text in ["/new Lunch saturday 13:00", "/join 1", "/events", "/cancel 1"] {
        let asked = Instant::now();
        let answer = engine.handle(&ana_says(text)).await.reply.plain_text().into_owned();
        assert!(answer.contains("I can't reach my database right now"), "{text}: {answer}");
        assert!(asked.elapsed() < Duration::from_secs(2), "{text} answered after {:?}", asked.elapsed());
    }
    assert!(store.ping().await.is_err(), "readiness says so too");

    proxy.restore().await;
    clock.advance(Span::seconds(1));
    let deadline = Instant::now() + Duration::from_secs(10);
    let agenda = loop {
        let answer = engine.handle(&ana_says("/events")).await.reply.plain_text().into_owned();
        if !answer.contains("can't reach") || Instant::now() > deadline {
            break answer;
        }
    };
    assert!(agenda.contains("#1 Dinner") && !agenda.contains("Lunch"), "recovered, nothing half-made: {agenda}");
    assert!(!agenda.contains("cancelled"), "{agenda}");
    let stats = store.stats(clock.now(), Span::hours(1)).await.unwrap();
    let json = serde_json::to_value(&stats).unwrap();
    let failed = json["window"]["outcomes"]["error"].as_i64().unwrap_or_default();
    assert!(failed >= 4, "the commands that failed during the outage are counted: {json}");
}

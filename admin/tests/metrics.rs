//! `/metrics` in the Prometheus text format, fed by real commands.
#![allow(clippy::unwrap_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use convene_admin::{install_metrics, router, AdminState};
use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use convene_core::store::{PgStore, Store};
use convene_core::{Engine, EngineSettings, Incoming, SystemClock};
use http_body_util::BodyExt;
use sqlx::PgPool;
use std::sync::Arc;
use tower::ServiceExt;

#[sqlx::test(migrator = "convene_core::store::MIGRATOR")]
async fn metrics_count_commands_by_name_and_outcome(pool: PgPool) {
    let store: Arc<dyn Store> = Arc::new(PgStore::from_pool(pool));
    let clock = Arc::new(SystemClock);
    let engine = Engine::new(store.clone(), clock.clone(), EngineSettings::default());
    let mut state = AdminState::new(store, clock, None, 100);
    state.metrics = Some(install_metrics().unwrap());
    for text in ["/events", "/events", "/jion 1"] {
        let message = Incoming {
            language: None,
            chat: ChatIdentity { platform: Platform::Console, external_id: "room".into(), title: "Room".into() },
            user: UserIdentity { platform: Platform::Console, external_id: "ana".into(), display_name: "Ana".into() },
            is_admin: true,
            text: text.into(),
        };
        engine.handle(&message).await;
    }
    let response =
        router(state).oneshot(Request::builder().uri("/metrics").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert!(body.contains("convene_commands_total{command=\"events\",outcome=\"ok\"} 2"), "{body}");
    assert!(body.contains("convene_commands_total{command=\"unknown\",outcome=\"refused\"} 1"), "{body}");
    assert!(body.contains("convene_command_duration_seconds_bucket{command=\"events\",le=\"0.5\"} 2"), "{body}");
    assert!(body.contains("convene_db_pool_max_connections"), "{body}");
}

//! The admin HTTP endpoint: `/healthz`, `/readyz`, `/metrics`, `/api/stats`, blocking people, and
//! calendar feeds at `/ical/<token>.ics`. It translates HTTP to calls on core; no SQL here.

mod api;
mod feed;
mod health;
mod metrics_route;

pub use metrics_route::install_metrics;

use axum::routing::{get, put};
use axum::Router;
use convene_core::limits::RateLimiter;
use convene_core::store::Store;
use convene_core::Clock;
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::Arc;

/// What the admin endpoint needs.
#[derive(Clone)]
pub struct AdminState {
    /// The database.
    pub store: Arc<dyn Store>,
    /// Where "now" comes from.
    pub clock: Arc<dyn Clock>,
    /// The bearer token for `/api/*`; None turns the API off (404).
    pub token: Option<Arc<str>>,
    /// The Prometheus registry to render, when metrics are on.
    pub metrics: Option<PrometheusHandle>,
    /// How many `/api/*` requests are answered per minute.
    pub api_limit: Arc<RateLimiter<()>>,
    /// How many requests with a wrong token are answered 401 per minute (then 429 for all).
    pub wrong_tokens: Arc<RateLimiter<()>>,
    /// This process among others on the database (its roles, the live instances), when serving.
    pub instance: Option<convene_core::leadership::Instance>,
}

/// Requests with a wrong or missing token answered per minute before the API stops answering.
pub const WRONG_TOKENS_PER_MINUTE: u32 = 10;

impl AdminState {
    /// State with `api_per_minute` API requests a minute allowed.
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>, token: Option<String>, api_per_minute: u32) -> Self {
        Self {
            store,
            clock,
            token: token.filter(|t| !t.is_empty()).map(Arc::from),
            metrics: None,
            api_limit: Arc::new(RateLimiter::new(api_per_minute)),
            wrong_tokens: Arc::new(RateLimiter::new(WRONG_TOKENS_PER_MINUTE)),
            instance: None,
        }
    }
}

/// The admin router.
pub fn router(state: AdminState) -> Router {
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics_route::metrics))
        .route("/api/stats", get(api::stats))
        .route("/api/blocked/{user}", put(api::block).delete(api::unblock))
        .route("/ical/{file}", get(feed::feed))
        .with_state(state)
}

/// Serves `router` on `listener` until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router).with_graceful_shutdown(shutdown).await
}

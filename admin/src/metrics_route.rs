//! `GET /metrics` in the Prometheus text format.

use crate::AdminState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// Installs the process-wide metrics recorder (once) and returns its handle.
pub fn install_metrics() -> Result<PrometheusHandle, String> {
    let latency = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5];
    PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &latency)
        .map_err(|e| e.to_string())?
        .install_recorder()
        .map_err(|e| e.to_string())
}

/// Renders every metric, after refreshing the database pool gauges.
pub async fn metrics(State(state): State<AdminState>) -> Response {
    let Some(handle) = &state.metrics else {
        return (StatusCode::NOT_FOUND, "metrics are off").into_response();
    };
    if let Some(pool) = state.store.pool_status() {
        metrics::gauge!("convene_db_pool_connections").set(f64::from(pool.size));
        metrics::gauge!("convene_db_pool_idle_connections").set(f64::from(pool.idle));
        metrics::gauge!("convene_db_pool_max_connections").set(f64::from(pool.max));
    }
    if let Some(instance) = &state.instance {
        metrics::gauge!("convene_instances_live").set(instance.live_instances().await as f64);
        for role in convene_core::leadership::ROLES.iter().copied() {
            let held = instance.roles().iter().any(|r| r == role);
            metrics::gauge!("convene_role_held", "role" => role).set(if held { 1.0 } else { 0.0 });
        }
    }
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], handle.render()).into_response()
}

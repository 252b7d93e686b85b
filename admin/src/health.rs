//! Liveness and readiness.

use crate::AdminState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

/// 200 while the process runs.
pub async fn healthz() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// 200 when the database answers, else 503 with the reason.
pub async fn readyz(State(state): State<AdminState>) -> (StatusCode, Json<Value>) {
    match state.store.ping().await {
        Ok(()) => {
            let mut ready = json!({ "status": "ready" });
            if let Some(instance) = &state.instance {
                ready["instance"] = json!(instance.id);
                ready["roles"] = json!(instance.roles());
                ready["instances"] = json!(instance.live_instances().await);
            }
            (StatusCode::OK, Json(ready))
        }
        Err(error) => {
            tracing::warn!(%error, "readiness check: database did not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "unavailable", "reason": "database did not answer" })),
            )
        }
    }
}

//! `GET /ical/<token>.ics`: a calendar's events for calendar apps.

use crate::AdminState;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// The feed, or 404 for an unknown (or reset) token.
pub async fn feed(State(state): State<AdminState>, Path(file): Path<String>) -> Response {
    let Some(token) = file.strip_suffix(".ics").filter(|t| !t.is_empty() && t.len() <= 64) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match state.store.feed(token).await {
        Ok(Some(feed)) => {
            let body = convene_core::ical::render(&feed, state.clock.now());
            ([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], body).into_response()
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "feed query failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

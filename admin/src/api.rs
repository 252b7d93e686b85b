//! `/api/*`: statistics and blocking, behind a bearer token and a request limit.

use crate::AdminState;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use convene_core::limits::Limited;
use convene_core::store::UserRef;
use serde::Deserialize;
use serde_json::json;
use subtle::ConstantTimeEq;

/// Why an API request was not served.
pub enum ApiError {
    /// No token configured: the API does not exist.
    Disabled,
    /// Missing or wrong token.
    Unauthorized,
    /// Over the request limit: retry after this many seconds.
    TooMany(i64),
    /// A parameter that does not parse.
    BadRequest(String),
    /// The database failed.
    Unavailable,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            Self::Disabled => (StatusCode::NOT_FOUND, "not found".to_string()),
            Self::Unauthorized => (StatusCode::UNAUTHORIZED, "missing or wrong bearer token".to_string()),
            Self::TooMany(seconds) => {
                let body = Json(json!({ "error": format!("too many requests; retry in {seconds}s") }));
                return (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, seconds.to_string())], body)
                    .into_response();
            }
            Self::BadRequest(why) => (StatusCode::BAD_REQUEST, why),
            Self::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "database did not answer".to_string()),
        };
        let mut response = (status, Json(json!({ "error": message }))).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// Checks the token (in constant time) and the request limit. Wrong tokens have a limit of their
/// own: past it every request is refused before its token is looked at, so guessing learns
/// nothing until the minute is over.
fn admit(state: &AdminState, headers: &HeaderMap) -> Result<(), ApiError> {
    let expected = state.token.as_deref().ok_or(ApiError::Disabled)?;
    let now = state.clock.now();
    state.wrong_tokens.check((), now).map_err(too_many)?;
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !bool::from(given.as_bytes().ct_eq(expected.as_bytes())) {
        tracing::warn!("admin API request with a wrong or missing token refused");
        return Err(state.wrong_tokens.admit((), now).map_or_else(too_many, |()| ApiError::Unauthorized));
    }
    state.api_limit.admit((), now).map_err(too_many)
}

fn too_many(limited: Limited) -> ApiError {
    ApiError::TooMany(limited.wait.num_seconds().max(1))
}

/// `?window=2h`
#[derive(Deserialize)]
pub struct WindowQuery {
    /// A length such as 90m, 2h, 7d (default 24h).
    window: Option<String>,
}

/// `GET /api/stats?window=2h`
pub async fn stats(
    State(state): State<AdminState>,
    headers: HeaderMap,
    Query(query): Query<WindowQuery>,
) -> Result<Response, ApiError> {
    admit(&state, &headers)?;
    let window = match query.window.as_deref() {
        None => chrono::Duration::hours(24),
        Some(text) => convene_core::time::parse_duration(text)
            .ok_or_else(|| ApiError::BadRequest(format!("window {text:?} is not a duration like 90m, 2h or 7d")))?,
    };
    let stats = state.store.stats(state.clock.now(), window).await.map_err(|error| {
        tracing::error!(%error, "statistics query failed");
        ApiError::Unavailable
    })?;
    Ok(Json(stats).into_response())
}

async fn set_blocked(state: AdminState, headers: HeaderMap, user: String, blocked: bool) -> Result<Response, ApiError> {
    admit(&state, &headers)?;
    let who = UserRef::parse(&user)
        .ok_or_else(|| ApiError::BadRequest("name the person as platform:id, e.g. telegram:12345".into()))?;
    let changed = state.store.set_blocked(&who, blocked, state.clock.now()).await.map_err(|error| {
        tracing::error!(%error, "blocking failed");
        ApiError::Unavailable
    })?;
    tracing::info!(platform = %who.platform, blocked, changed, "operator changed a block");
    Ok(Json(json!({ "user": user, "blocked": blocked, "changed": changed })).into_response())
}

/// `PUT /api/blocked/telegram:12345`
pub async fn block(
    State(state): State<AdminState>,
    headers: HeaderMap,
    Path(user): Path<String>,
) -> Result<Response, ApiError> {
    set_blocked(state, headers, user, true).await
}

/// `DELETE /api/blocked/telegram:12345`
pub async fn unblock(
    State(state): State<AdminState>,
    headers: HeaderMap,
    Path(user): Path<String>,
) -> Result<Response, ApiError> {
    set_blocked(state, headers, user, false).await
}

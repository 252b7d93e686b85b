//! A fake Telegram Bot API on loopback for the burst: it answers `getMe`, `setMyCommands` and
//! `sendMessage` with the real JSON, and enforces Telegram's flood limit the way the real server
//! does: more than 30 `sendMessage` calls within any one second get HTTP 429 with `retry_after`.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{routing::post, Json, Router};
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Sends accepted per sliding second before answering 429.
pub const LIMIT_PER_SECOND: usize = 30;

/// What the fake saw.
#[derive(Debug, Default)]
pub struct Record {
    /// When each accepted `sendMessage` arrived.
    pub accepted: Vec<Instant>,
    /// `sendMessage` calls answered with 429.
    pub refused: u64,
    /// Distinct chats that got a message.
    pub chats: std::collections::HashSet<i64>,
    /// Accepted sends within the last second (the flood window).
    window: VecDeque<Instant>,
}

/// The fake's shared state.
pub type Shared = Arc<Mutex<Record>>;

/// Starts the fake; returns its base URL (for `CONVENE_TELEGRAM_API_URL`) and its record.
pub async fn start() -> anyhow::Result<(String, Shared)> {
    let record: Shared = Arc::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/", listener.local_addr()?);
    let app = Router::new().route("/{token}/{method}", post(api)).with_state(record.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((url, record))
}

async fn api(State(record): State<Shared>, Path((_token, method)): Path<(String, String)>, body: Bytes) -> Response {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let bot = json!({"id": 4242, "is_bot": true, "first_name": "Convene", "username": "ConveneBenchBot"});
    match method.to_lowercase().as_str() {
        "getme" => {
            let mut me = bot;
            for flag in ["can_join_groups", "can_read_all_group_messages", "supports_inline_queries"] {
                me[flag] = json!(false);
            }
            me["has_main_web_app"] = json!(false);
            me["can_connect_to_business"] = json!(false);
            ok(me)
        }
        "setmycommands" | "deletewebhook" | "setwebhook" => ok(json!(true)),
        "sendmessage" => send(&record, &body, bot),
        _ => error(StatusCode::NOT_FOUND, "Not Found: method not found", None),
    }
}

fn send(record: &Shared, body: &Value, bot: Value) -> Response {
    let now = Instant::now();
    let chat_id = body["chat_id"].as_i64().unwrap_or_default();
    let mut record = record.lock().unwrap_or_else(|p| p.into_inner());
    while record.window.front().is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1)) {
        record.window.pop_front();
    }
    if record.window.len() >= LIMIT_PER_SECOND {
        record.refused += 1;
        return error(StatusCode::TOO_MANY_REQUESTS, "Too Many Requests: retry after 1", Some(1));
    }
    record.window.push_back(now);
    record.accepted.push(now);
    record.chats.insert(chat_id);
    let id = record.accepted.len();
    let chat = json!({"id": chat_id, "type": "group", "title": "Bench"});
    ok(json!({"message_id": id, "date": 1, "chat": chat, "from": bot, "text": body["text"]}))
}

fn ok(result: Value) -> Response {
    Json(json!({"ok": true, "result": result})).into_response()
}

fn error(status: StatusCode, description: &str, retry_after: Option<u32>) -> Response {
    let mut body = json!({"ok": false, "error_code": status.as_u16(), "description": description});
    if let Some(seconds) = retry_after {
        body["parameters"] = json!({"retry_after": seconds});
    }
    (status, Json(body)).into_response()
}

//! The fake's HTTP side: `POST /bot<token>/<method>` with JSON bodies, answered as the real Bot
//! API answers (`{"ok":true,"result":...}` or an error with `error_code`, `description` and, for
//! flood control, `parameters.retry_after`).

use super::{Call, FakeTelegram, World, BOT_ID, BOT_NAME};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

pub(super) async fn api(
    State(fake): State<FakeTelegram>,
    Path((token, method)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    if !token.starts_with("bot") {
        return error(StatusCode::NOT_FOUND, "Not Found", None);
    }
    let method = method.to_lowercase();
    let body: Value = serde_json::from_slice(&body).unwrap_or_else(|_| json!(String::from_utf8_lossy(&body)));
    if let Some(failed) = fake.fault(&method, &body).await {
        return failed;
    }
    if method == "getupdates" {
        // Telegram allows one reader at a time: a second concurrent getUpdates is a conflict.
        let Some(_reading) = Reading::start(&fake) else {
            let conflict =
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
            return error(StatusCode::CONFLICT, conflict, None);
        };
        return ok(fake.updates(&body).await);
    }
    if method == "sendmessage" && fake.over_flood_limit() {
        return error(StatusCode::TOO_MANY_REQUESTS, "Too Many Requests: retry after 1", Some(1));
    }
    let gate = fake.world().held.remove(&method);
    if let Some(gate) = gate {
        fake.world().holding += 1;
        gate.notified().await;
        fake.world().holding -= 1;
    }
    let mut world = fake.world();
    let left_to_break = world.broken.get_mut(&method).filter(|left| **left > 0);
    let broken = left_to_break.map(|left| *left -= 1).is_some();
    let call =
        Call { method: method.clone(), body: body.clone(), sent_id: None, at: Instant::now(), broken, status: 0 };
    world.calls.push(call);
    if broken {
        return broken_off();
    }
    let answered = match world.flood.remove(&method) {
        Some(retry_after) => error(StatusCode::TOO_MANY_REQUESTS, "Too Many Requests: retry later", Some(retry_after)),
        None => answer(&mut world, &method, &body),
    };
    if let Some(call) = world.calls.last_mut() {
        call.status = answered.status().as_u16();
    }
    answered
}

fn answer(world: &mut World, method: &str, body: &Value) -> Response {
    let bot = json!({"id": BOT_ID, "is_bot": true, "first_name": "Convene", "username": BOT_NAME});
    match method {
        "getme" => {
            let mut me = bot;
            for flag in ["can_join_groups", "can_read_all_group_messages", "supports_inline_queries"] {
                me[flag] = json!(flag == "can_join_groups");
            }
            me["has_main_web_app"] = json!(false);
            me["can_connect_to_business"] = json!(false);
            ok(me)
        }
        "deletewebhook" | "setwebhook" | "setmycommands" | "answercallbackquery" => ok(json!(true)),
        "getwebhookinfo" => ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0})),
        "getchatadministrators" => {
            let chat = body["chat_id"].as_i64().unwrap_or_default();
            ok(json!(world.admins.get(&chat).cloned().unwrap_or_default()))
        }
        "getchatmember" => member(world, body),
        "sendmessage" => send(world, body, bot),
        "editmessagetext" | "editmessagereplymarkup" => edit(world, body),
        _ => error(StatusCode::NOT_FOUND, "Not Found: method not found", None),
    }
}

fn send(world: &mut World, body: &Value, bot: Value) -> Response {
    let chat_id = body["chat_id"].as_i64().unwrap_or_default();
    if chat_id > 0 && !world.started.contains(&chat_id) {
        return error(StatusCode::FORBIDDEN, "Forbidden: bot can't initiate conversation with a user", None);
    }
    let Some(chat) = world.chats.get(&chat_id).cloned() else {
        return error(StatusCode::BAD_REQUEST, "Bad Request: chat not found", None);
    };
    world.next_message += 1;
    let mut message =
        json!({"message_id": world.next_message, "date": 1, "chat": chat, "from": bot, "text": body["text"]});
    if let Some(markup) = body.get("reply_markup") {
        message["reply_markup"] = markup.clone();
    }
    world.messages.insert((chat_id, world.next_message), message.clone());
    let id = world.next_message;
    world.sent += 1;
    if let Some(call) = world.calls.last_mut() {
        call.sent_id = Some(id);
    }
    ok(message)
}

fn member(world: &World, body: &Value) -> Response {
    let (chat, user) = (body["chat_id"].as_i64().unwrap_or_default(), body["user_id"].as_i64().unwrap_or_default());
    let Some(person) = world.chats.get(&user).filter(|c| c["type"] == "private") else {
        return error(StatusCode::BAD_REQUEST, "Bad Request: user not found", None);
    };
    let user = json!({"id": user, "is_bot": false, "first_name": person["first_name"]});
    let status =
        if world.members.contains(&(chat, user["id"].as_i64().unwrap_or_default())) { "member" } else { "left" };
    ok(json!({"status": status, "user": user}))
}

fn edit(world: &mut World, body: &Value) -> Response {
    let key = (body["chat_id"].as_i64().unwrap_or_default(), body["message_id"].as_i64().unwrap_or_default());
    let Some(message) = world.messages.get_mut(&key) else {
        return error(StatusCode::BAD_REQUEST, "Bad Request: message to edit not found", None);
    };
    let same_markup = body.get("reply_markup") == message.get("reply_markup");
    if body.get("text").is_none_or(|text| *text == message["text"]) && same_markup {
        let unchanged = "Bad Request: message is not modified: specified new message content and reply markup are \
                         exactly the same as a current content and reply markup of the message";
        return error(StatusCode::BAD_REQUEST, unchanged, None);
    }
    if let Some(text) = body.get("text") {
        message["text"] = text.clone();
    }
    match body.get("reply_markup") {
        Some(markup) => message["reply_markup"] = markup.clone(),
        None => _ = message.as_object_mut().map(|m| m.remove("reply_markup")),
    }
    message["edit_date"] = json!(2);
    ok(message.clone())
}

impl FakeTelegram {
    /// getUpdates: the queued updates from `offset` on; when there are none, waits for one up to
    /// the asked timeout (at most 2 s, so stopping bots do not linger).
    async fn updates(&self, body: &Value) -> Value {
        let offset = body["offset"].as_i64().unwrap_or(0);
        let limit = body["limit"].as_u64().unwrap_or(100) as usize;
        let wait = Duration::from_secs(body["timeout"].as_u64().unwrap_or(0).min(2));
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let notified = self.queued.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let mut world = self.world();
                world.updates.retain(|u| u["update_id"].as_i64().unwrap_or_default() >= offset);
                if !world.updates.is_empty() || tokio::time::Instant::now() >= deadline {
                    let batch: Vec<Value> = world.updates.iter().take(limit).cloned().collect();
                    let now = Instant::now();
                    for update in &batch {
                        world.handed_out.entry(update["update_id"].as_i64().unwrap_or_default()).or_insert(now);
                    }
                    return json!(batch);
                }
            }
            _ = tokio::time::timeout_at(deadline, notified).await;
        }
    }
}

/// A getUpdates being answered (ended when dropped, also when the client goes away mid-poll).
struct Reading(FakeTelegram);

impl Reading {
    fn start(fake: &FakeTelegram) -> Option<Self> {
        let mut world = fake.world();
        if world.reading {
            world.conflicts += 1;
            return None;
        }
        world.reading = true;
        Some(Self(fake.clone()))
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        self.0.world().reading = false;
    }
}

/// An answer whose body breaks off: the client sees a network error, not an answer.
fn broken_off() -> Response {
    let failing = futures_util::stream::once(async { Err::<Bytes, _>(std::io::Error::other("connection reset")) });
    Response::new(axum::body::Body::from_stream(failing))
}

fn ok(result: Value) -> Response {
    Json(json!({"ok": true, "result": result})).into_response()
}

pub(super) fn error(status: StatusCode, description: &str, retry_after: Option<u32>) -> Response {
    let mut body = json!({"ok": false, "error_code": status.as_u16(), "description": description});
    if let Some(seconds) = retry_after {
        body["parameters"] = json!({"retry_after": seconds});
    }
    (status, Json(body)).into_response()
}

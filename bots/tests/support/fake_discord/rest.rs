//! The REST API under `/api/v10`: authentication, rate limits, recording, and the routes for
//! the gateway, users, DM channels and channel messages (guild routes are in `guilds.rs`,
//! interaction callbacks and webhooks in `webhooks.rs`).

use super::limits::Scope;
use super::multipart::{self, File};
use super::world::{bot_user, World};
use super::{check, Call, FakeDiscord, APP_ID, BOT_NAME, TOKEN};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde_json::{json, Value};
use std::time::Instant;

/// A request as the routes see it.
pub(super) struct Request {
    pub method: Method,
    /// Path segments after `/api/v10`.
    pub segments: Vec<String>,
    pub body: Value,
    pub files: Vec<File>,
}

/// An answer: status, JSON body (none for 204) and extra headers.
#[derive(Debug, Clone)]
pub(super) struct Reply {
    pub status: u16,
    pub body: Option<Value>,
    pub headers: Vec<(&'static str, String)>,
}

impl Reply {
    pub fn ok(body: Value) -> Self {
        Self { status: 200, body: Some(body), headers: Vec::new() }
    }

    pub fn no_content() -> Self {
        Self { status: 204, body: None, headers: Vec::new() }
    }

    /// Discord's error body `{"code":..,"message":..}`.
    pub fn error(status: u16, code: u32, message: &str) -> Self {
        Self { status, body: Some(json!({"code": code, "message": message})), headers: Vec::new() }
    }

    pub fn not_found() -> Self {
        Self::error(404, 0, "404: Not Found")
    }

    /// 400 Invalid Form Body (code 50035) listing `problems`.
    pub fn invalid(problems: &[check::Problem]) -> Self {
        Self { status: 400, body: Some(check::invalid_form(problems)), headers: Vec::new() }
    }

    /// [`Self::invalid`], or `ok` when there are no problems.
    pub fn unless(problems: Vec<check::Problem>, ok: impl FnOnce() -> Reply) -> Self {
        if problems.is_empty() {
            ok()
        } else {
            Self::invalid(&problems)
        }
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = match self.body {
            Some(body) => (status, axum::Json(body)).into_response(),
            None => status.into_response(),
        };
        for (name, value) in self.headers {
            if let Ok(value) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(HeaderName::from_static(name), value);
            }
        }
        response
    }
}

/// Serves REST until the test ends.
pub(super) async fn serve(listener: tokio::net::TcpListener, fake: FakeDiscord) {
    let app = Router::new().fallback(handle).with_state(fake);
    axum::serve(listener, app).await.expect("the fake Discord serves REST");
}

async fn handle(State(fake): State<FakeDiscord>, method: Method, uri: Uri, headers: HeaderMap, body: Bytes) -> Reply {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("");
    let path = uri.path().strip_prefix("/api/v10").unwrap_or(uri.path()).to_string();
    let (body, files) = match multipart::boundary(header("content-type")) {
        Some(boundary) => {
            let mut parts = multipart::parts(&body, &boundary);
            let payload = parts.iter().position(|p| p.name == "payload_json").map(|at| parts.remove(at));
            let json = payload.and_then(|p| serde_json::from_slice(&p.data).ok());
            (json.unwrap_or(Value::Null), parts)
        }
        None => (serde_json::from_slice(&body).unwrap_or(Value::Null), Vec::new()),
    };
    let request = Request {
        method: method.clone(),
        segments: path.split('/').filter(|s| !s.is_empty()).map(str::to_string).collect(),
        body,
        files,
    };
    let authorized = header("authorization") == format!("Bot {TOKEN}");
    let mut world = fake.world();
    let reply = world.answer(&request, authorized, uri.path().starts_with("/api/v10/"));
    world.calls.push(Call {
        method: method.to_string(),
        path,
        query: uri.query().unwrap_or("").to_string(),
        body: request.body,
        files: request.files.iter().map(|f| f.filename.clone()).collect(),
        status: reply.status,
        at: Instant::now(),
    });
    reply
}

impl World {
    fn answer(&mut self, request: &Request, authorized: bool, versioned: bool) -> Reply {
        let segments: Vec<&str> = request.segments.iter().map(String::as_str).collect();
        let first = segments.first().copied().unwrap_or("");
        let exempt = matches!(first, "interactions" | "webhooks");
        if !versioned {
            return Reply::not_found();
        }
        if !exempt && first != "gateway" && !authorized {
            return Reply::error(401, 0, "401: Unauthorized");
        }
        let creates_in = match (&request.method, segments.as_slice()) {
            (&Method::POST, ["channels", channel, "messages"]) => channel.parse().ok(),
            _ => None,
        };
        let scope = Scope { global: !exempt, channel: creates_in };
        let headers = match self.limits.admit(&scope, Instant::now()) {
            Ok(headers) => headers,
            Err(too_many) => return too_many,
        };
        let mut reply = self.route(request, &segments);
        if reply.status < 300 {
            reply.headers.extend(headers);
        }
        reply
    }

    fn route(&mut self, request: &Request, segments: &[&str]) -> Reply {
        let id = |at: usize| segments.get(at).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
        let (body, files) = (&request.body, request.files.as_slice());
        match (request.method.as_str(), segments) {
            ("GET", ["gateway"]) => Reply::ok(json!({"url": self.gateway_url()})),
            ("GET", ["gateway", "bot"]) => Reply::ok(json!({
                "url": self.gateway_url(), "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1},
            })),
            ("GET", ["users", "@me"]) => Reply::ok(bot_user()),
            ("GET", ["users", _]) => Reply::ok(self.user(id(1))),
            ("POST", ["users", "@me", "channels"]) => {
                match body.get("recipient_id").and_then(super::world::snowflake) {
                    Some(user) => {
                        let channel = self.dm_channel(user);
                        Reply::ok(self.channel(channel))
                    }
                    None => Reply::invalid(&[(
                        "recipient_id".into(),
                        "BASE_TYPE_REQUIRED",
                        "This field is required".into(),
                    )]),
                }
            }
            ("GET", ["oauth2", "applications", "@me"]) => Reply::ok(application()),
            ("GET", ["channels", _]) if self.gone_channels.contains(&id(1)) => {
                Reply::error(404, 10003, "Unknown Channel")
            }
            ("GET", ["channels", _]) => Reply::ok(self.channel(id(1))),
            (_, ["channels", _, "messages", ..]) => self.channel_messages(request, id(1), id(3), body, files),
            (_, ["guilds", ..]) | (_, ["applications", ..]) => self.guild_route(request, segments),
            (_, ["interactions", ..]) | (_, ["webhooks", ..]) => self.webhook_route(request, segments),
            _ => Reply::not_found(),
        }
    }

    fn gateway_url(&self) -> String {
        self.gateway.url().to_string()
    }

    /// Create, get, edit and delete messages of a channel (`message` 0: none given).
    fn channel_messages(
        &mut self,
        request: &Request,
        channel: u64,
        message: u64,
        body: &Value,
        files: &[File],
    ) -> Reply {
        if self.gone_channels.contains(&channel) {
            return Reply::error(404, 10003, "Unknown Channel");
        }
        let existing = self.messages.get(&message).filter(|m| m["channel_id"] == json!(channel.to_string())).is_some();
        let segments = request.segments.len();
        match request.method.as_str() {
            "POST" if segments == 3 => {
                if self.dm_owner(channel).is_some_and(|user| self.closed_dms.contains(&user)) {
                    return Reply::error(403, 50007, "Cannot send messages to this user");
                }
                let empty = ["content", "embeds", "components", "sticker_ids", "poll"]
                    .iter()
                    .all(|k| body[*k].is_null() || body[*k] == "" || body[*k] == json!([]));
                if empty && files.is_empty() {
                    return Reply::error(400, 50006, "Cannot send an empty message");
                }
                Reply::unless(check::message(body), || Reply::ok(self.create_message(channel, body, files, None)))
            }
            "GET" | "PATCH" | "DELETE" if segments == 4 && !existing => Reply::error(404, 10008, "Unknown Message"),
            "GET" if segments == 4 => Reply::ok(self.messages[&message].clone()),
            "PATCH" if segments == 4 => Reply::unless(check::message(body), || {
                Reply::ok(self.edit_message(message, body, files).expect("the message exists"))
            }),
            "DELETE" if segments == 4 => {
                self.messages.remove(&message);
                Reply::no_content()
            }
            _ => Reply::not_found(),
        }
    }
}

/// The application, as `GET /oauth2/applications/@me` answers it.
fn application() -> Value {
    json!({
        "id": APP_ID.to_string(), "name": BOT_NAME, "icon": null, "description": "", "summary": "",
        "rpc_origins": [], "bot_public": true, "bot_require_code_grant": false, "verify_key": "0".repeat(64),
        "owner": {"id": "1", "username": "owner", "discriminator": "0", "avatar": null, "global_name": "Owner"},
        "team": null, "flags": 0, "bot": bot_user(), "tags": [], "redirect_uris": [],
        "interactions_endpoint_url": null, "role_connections_verification_url": null,
        "approximate_guild_count": 1, "integration_types_config": {"0": {}},
    })
}

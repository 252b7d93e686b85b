//! Discord-like rate limits: a global limit per second for the bot token (interaction callbacks
//! and webhooks exempt) and a per-channel bucket for creating messages. Off by default; the
//! `X-RateLimit-*` headers of the message bucket are sent either way.

use super::rest::Reply;
use serde_json::json;
use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The bucket hash Discord would give "create message" (the channel is its major parameter).
const MESSAGE_BUCKET: &str = "80c17d2f203122d936070c88c8d10f33";

/// A fixed window: `count` requests since `start`.
#[derive(Debug, Clone, Copy)]
struct Window {
    start: Instant,
    count: u32,
}

impl Window {
    /// The window as of `now` (a new one once `length` has passed).
    fn current(self, now: Instant, length: Duration) -> Self {
        if now.duration_since(self.start) >= length {
            Self { start: now, count: 0 }
        } else {
            self
        }
    }
}

#[derive(Debug)]
pub(super) struct Limits {
    enforce: bool,
    per_channel: (u32, Duration),
    global_per_second: u32,
    global: Option<Window>,
    channels: HashMap<u64, Window>,
    /// Requests answered 429.
    pub too_many: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            enforce: false,
            per_channel: (5, Duration::from_secs(5)),
            global_per_second: 50,
            global: None,
            channels: HashMap::new(),
            too_many: 0,
        }
    }
}

/// Which limits a request counts against.
pub(super) struct Scope {
    /// Counts against the global limit (bot-token routes except interactions and webhooks).
    pub global: bool,
    /// Creates a message in this channel.
    pub channel: Option<u64>,
}

impl Limits {
    /// Enforces `per_channel` (requests, window) for creating messages in one channel and
    /// `global_per_second` over all bot-token requests.
    pub fn enforce(&mut self, per_channel: (u32, Duration), global_per_second: u32) {
        *self = Self { enforce: true, per_channel, global_per_second, too_many: self.too_many, ..Self::default() };
    }

    /// Counts a request; `Err` is the 429 to answer, `Ok` the rate-limit headers to send.
    pub fn admit(&mut self, scope: &Scope, now: Instant) -> Result<Vec<(&'static str, String)>, Reply> {
        let second = Duration::from_secs(1);
        let mut global = self.global.unwrap_or(Window { start: now, count: 0 }).current(now, second);
        if scope.global && self.enforce && global.count >= self.global_per_second {
            self.too_many += 1;
            let wait = second.saturating_sub(now.duration_since(global.start));
            return Err(too_many(wait, true, Vec::new()));
        }
        let (limit, length) = self.per_channel;
        let mut bucket = None;
        if let Some(channel) = scope.channel {
            let window = self.channels.get(&channel).copied().unwrap_or(Window { start: now, count: 0 });
            let window = window.current(now, length);
            let wait = length.saturating_sub(now.duration_since(window.start));
            if self.enforce && window.count >= limit {
                self.too_many += 1;
                return Err(too_many(wait, false, headers(limit, 0, wait)));
            }
            self.channels.insert(channel, Window { count: window.count + 1, ..window });
            bucket = Some(headers(limit, limit.saturating_sub(window.count + 1), wait));
        }
        if scope.global {
            global.count += 1;
            self.global = Some(global);
        }
        Ok(bucket.unwrap_or_default())
    }
}

/// The `X-RateLimit-*` headers of the message bucket.
fn headers(limit: u32, remaining: u32, reset_after: Duration) -> Vec<(&'static str, String)> {
    let reset = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default() + reset_after;
    vec![
        ("x-ratelimit-limit", limit.to_string()),
        ("x-ratelimit-remaining", remaining.to_string()),
        ("x-ratelimit-reset", format!("{:.3}", reset.as_secs_f64())),
        ("x-ratelimit-reset-after", format!("{:.3}", reset_after.as_secs_f64())),
        ("x-ratelimit-bucket", MESSAGE_BUCKET.to_string()),
    ]
}

/// A 429 as Discord sends it.
fn too_many(wait: Duration, global: bool, mut headers: Vec<(&'static str, String)>) -> Reply {
    let seconds = (wait.as_secs_f64() * 1000.0).ceil() / 1000.0;
    headers.push(("retry-after", format!("{}", seconds.ceil().max(1.0) as u64)));
    headers.push(("x-ratelimit-scope", if global { "global" } else { "user" }.to_string()));
    if global {
        headers.push(("x-ratelimit-global", "true".to_string()));
    }
    let body = json!({"message": "You are being rate limited.", "retry_after": seconds, "global": global});
    Reply { status: 429, body: Some(body), headers }
}

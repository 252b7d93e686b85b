//! Interaction callbacks (`POST /interactions/{id}/{token}/callback`) and the interaction's
//! webhook: `@original`, follow-ups and their edits. These need no bot token and are outside
//! the global rate limit.

use super::rest::{Reply, Request};
use super::world::{World, EPHEMERAL, LOADING};
use super::{check, APP_ID};
use serde_json::{json, Value};
use std::time::Instant;

/// The callback types each interaction type accepts (2 command, 3 component, 4 autocomplete,
/// 5 modal submit; a modal opened from a component may also update its message).
fn allowed(kind: u8, from_message: bool) -> &'static [u64] {
    match (kind, from_message) {
        (2, _) => &[4, 5, 9],
        (3, _) => &[4, 5, 6, 7, 9],
        (4, _) => &[8],
        (5, true) => &[4, 5, 6, 7],
        (5, false) => &[4, 5],
        _ => &[],
    }
}

impl World {
    pub(super) fn webhook_route(&mut self, request: &Request, segments: &[&str]) -> Reply {
        let method = request.method.as_str();
        match (method, segments) {
            ("POST", ["interactions", id, token, "callback"]) => {
                let id = id.parse().unwrap_or(0);
                self.callback(id, token, &request.body)
            }
            (_, ["webhooks", app, token, rest @ ..]) => {
                let asked = self.tokens.get(*token).copied();
                match asked {
                    Some(id) if app.parse() == Ok(APP_ID) && self.asked[&id].callback.is_some() => {
                        self.interaction_webhook(method, id, rest, request)
                    }
                    _ => Reply::error(404, 10015, "Unknown Webhook"),
                }
            }
            _ => Reply::not_found(),
        }
    }

    /// Takes the first answer to interaction `id` (by REST, or as an endpoint's answer body).
    pub(super) fn callback(&mut self, id: u64, token: &str, body: &Value) -> Reply {
        let Some(asked) = self.asked.get(&id) else {
            return Reply::error(404, 10062, "Unknown interaction");
        };
        if asked.token != token {
            return Reply::error(401, 50027, "Invalid Webhook Token");
        }
        let expired = self.deadline.zip(asked.delivered).is_some_and(|(limit, at)| at.elapsed() > limit);
        if expired {
            return Reply::error(404, 10062, "Unknown interaction");
        }
        if asked.callback.is_some() {
            return Reply::error(400, 40060, "Interaction has already been acknowledged.");
        }
        let (kind, channel, message) = (asked.kind, asked.channel, asked.message);
        let callback = body["type"].as_u64().unwrap_or(0);
        if !allowed(kind, message.is_some()).contains(&callback) {
            let text = format!("Interaction response type {callback} is not valid for interaction type {kind}");
            return Reply::invalid(&[("type".into(), "INTERACTION_RESPONSE_TYPE_INVALID", text)]);
        }
        let data = &body["data"];
        let problems = match callback {
            4 | 7 => check::message(data),
            8 => check::choices(data),
            9 => check::modal(data),
            _ => Vec::new(),
        };
        if !problems.is_empty() {
            let prefixed = problems.into_iter().map(|(path, code, text)| {
                let path = if path.starts_with("data.") { path } else { format!("data.{path}") };
                (path, code, text)
            });
            return Reply::invalid(&prefixed.collect::<Vec<_>>());
        }
        if matches!(callback, 6 | 7) && !message.is_some_and(|m| self.messages.contains_key(&m)) {
            return Reply::error(404, 10008, "Unknown Message");
        }
        if callback == 4
            && ["content", "embeds", "components"]
                .iter()
                .all(|k| data[*k].is_null() || data[*k] == "" || data[*k] == json!([]))
        {
            return Reply::error(400, 50006, "Cannot send an empty message");
        }
        let original = match callback {
            4 => Some(self.create_message(channel, data, &[], Some(kind))),
            5 => {
                let flags = (data["flags"].as_u64().unwrap_or(0) & EPHEMERAL) | LOADING;
                let mut created = self.create_message(channel, &json!({"flags": flags}), &[], Some(kind));
                created["flags"] = json!(flags); // still "thinking…" until edited
                let id = created["id"].as_str().and_then(|i| i.parse().ok()).unwrap_or(0);
                self.messages.insert(id, created.clone());
                Some(created)
            }
            7 => message.and_then(|m| self.edit_message(m, data, &[])),
            _ => None,
        };
        let original =
            original.and_then(|m| m["id"].as_str()?.parse().ok()).or(if callback == 6 { message } else { None });
        let asked = self.asked.get_mut(&id).expect("looked up above");
        asked.callback = Some(body.clone());
        asked.answered = Some(Instant::now());
        asked.original = original;
        Reply::no_content()
    }

    /// The interaction's webhook after its callback: follow-ups and `@original`.
    fn interaction_webhook(&mut self, method: &str, id: u64, rest: &[&str], request: &Request) -> Reply {
        let asked = &self.asked[&id];
        let (channel, kind, original) = (asked.channel, asked.kind, asked.original);
        let target = match rest {
            [] => None,
            ["messages", "@original"] => Some(original),
            ["messages", message] => {
                let message = message.parse().ok();
                Some(message.filter(|m| Some(*m) == original || asked.followups.contains(m)))
            }
            _ => return Reply::not_found(),
        };
        let (body, files) = (&request.body, request.files.as_slice());
        match (method, target) {
            ("POST", None) => {
                let problems = check::message(body);
                if !problems.is_empty() {
                    return Reply::invalid(&problems);
                }
                let created = self.create_message(channel, body, files, Some(kind));
                let message = created["id"].as_str().and_then(|i| i.parse().ok()).unwrap_or(0);
                self.asked.get_mut(&id).expect("exists").followups.push(message);
                Reply::ok(created)
            }
            (_, Some(target)) => match target.filter(|m| self.messages.contains_key(m)) {
                None => Reply::error(404, 10008, "Unknown Message"),
                Some(message) => match method {
                    "GET" => Reply::ok(self.messages[&message].clone()),
                    "PATCH" => Reply::unless(check::message(body), || {
                        Reply::ok(self.edit_message(message, body, files).expect("the message exists"))
                    }),
                    "DELETE" => {
                        self.messages.remove(&message);
                        Reply::no_content()
                    }
                    _ => Reply::not_found(),
                },
            },
            _ => Reply::not_found(),
        }
    }
}

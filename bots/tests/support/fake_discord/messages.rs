//! Messages as Discord stores and returns them: created, edited (fields absent stay, null
//! clears), with attachments kept or added, and `mentions` computed as `allowed_mentions` permits.

use super::multipart::File;
use super::world::{bot_user, now_rfc3339, snowflake, World, EPHEMERAL, LOADING};
use super::APP_ID;
use serde_json::{json, Value};

impl World {
    /// Creates and stores a message from a create-message body. `interaction`: the kind of the
    /// interaction it answers (its messages are the application's webhook's).
    pub fn create_message(&mut self, channel: u64, body: &Value, files: &[File], interaction: Option<u8>) -> Value {
        let id = self.next_id();
        let kind = match (interaction, body.get("message_reference")) {
            (Some(2), _) => 20,
            (_, Some(reference)) if !reference.is_null() => 19,
            _ => 0,
        };
        let mut message = json!({
            "id": id.to_string(), "channel_id": channel.to_string(), "author": bot_user(),
            "content": "", "timestamp": now_rfc3339(), "edited_timestamp": null, "tts": body["tts"] == true,
            "mention_everyone": false, "mentions": [], "mention_roles": [], "mention_channels": [],
            "attachments": [], "embeds": [], "reactions": [], "pinned": false, "type": kind, "flags": 0,
            "components": [], "message_reference": body.get("message_reference").cloned(),
        });
        if interaction.is_some() {
            message["webhook_id"] = json!(APP_ID.to_string());
            message["application_id"] = json!(APP_ID.to_string());
        }
        self.apply(&mut message, body, files);
        message["edited_timestamp"] = Value::Null;
        self.messages.insert(id, message.clone());
        message
    }

    /// Applies an edit body to stored message `id` (fields absent stay; null clears).
    pub fn edit_message(&mut self, id: u64, body: &Value, files: &[File]) -> Option<Value> {
        let mut message = self.messages.get(&id)?.clone();
        self.apply(&mut message, body, files);
        self.messages.insert(id, message.clone());
        Some(message)
    }

    fn apply(&mut self, message: &mut Value, body: &Value, files: &[File]) {
        for key in ["content", "embeds", "components", "allowed_mentions", "flags"] {
            if let Some(value) = body.get(key) {
                message[key] = match (key, value) {
                    ("content", Value::Null) => json!(""),
                    ("embeds" | "components", Value::Null) => json!([]),
                    ("flags", Value::Null) => json!(0),
                    _ => value.clone(),
                };
            }
        }
        for embed in message["embeds"].as_array_mut().into_iter().flatten() {
            if embed.get("type").is_none() {
                embed["type"] = json!("rich");
            }
        }
        // Editing a deferred response ends its "thinking…" state.
        let flags = message["flags"].as_u64().unwrap_or(0) & !LOADING;
        message["flags"] = json!(flags);
        self.attach(message, body, files);
        let (mentions, everyone) =
            self.pings(message["content"].as_str().unwrap_or(""), message.get("allowed_mentions"));
        message["mentions"] = json!(mentions);
        message["mention_everyone"] = json!(everyone);
        message["edited_timestamp"] = json!(now_rfc3339());
    }

    /// Keeps the attachments `body.attachments` names (existing ones by id, new ones by the
    /// index of their `files[n]` part); without that field, new files are added to the old ones.
    fn attach(&mut self, message: &mut Value, body: &Value, files: &[File]) {
        let old = message["attachments"].as_array().cloned().unwrap_or_default();
        let listed = body.get("attachments").and_then(Value::as_array);
        let mut kept: Vec<Value> = match listed {
            None => old.clone(),
            Some(list) => {
                let same =
                    |a: &Value, o: &Value| snowflake(&a["id"]).is_some() && snowflake(&a["id"]) == snowflake(&o["id"]);
                list.iter().filter_map(|a| old.iter().find(|o| same(a, o)).cloned()).collect()
            }
        };
        for file in files {
            let Some(index) = file.name.strip_prefix("files[").and_then(|n| n.strip_suffix(']')) else { continue };
            let index = index.parse::<u64>().ok();
            if listed.is_some_and(|l| !l.iter().any(|a| snowflake(&a["id"]) == index)) {
                continue;
            }
            let id = self.next_id();
            let channel = message["channel_id"].as_str().unwrap_or("0").to_string();
            let url = format!("https://cdn.discordapp.com/attachments/{channel}/{id}/{}", file.filename);
            kept.push(json!({
                "id": id.to_string(), "filename": file.filename, "size": file.data.len(), "url": url,
                "proxy_url": url.replace("cdn.discordapp.com", "media.discordapp.net"),
                "content_type": file.content_type, "description": null, "height": null, "width": null,
            }));
            self.files.insert(id, file.data.clone());
        }
        message["attachments"] = json!(kept);
    }

    /// The users `content` pings and whether it pings everyone, as `allowed_mentions` permits
    /// (absent: everything mentioned pings).
    fn pings(&self, content: &str, allowed: Option<&Value>) -> (Vec<Value>, bool) {
        let allowed = allowed.filter(|a| !a.is_null());
        let parses =
            |what: &str| allowed.is_none_or(|a| a["parse"].as_array().is_some_and(|p| p.iter().any(|x| x == what)));
        let listed = |id: u64| {
            allowed.is_some_and(|a| a["users"].as_array().is_some_and(|u| u.iter().any(|x| snowflake(x) == Some(id))))
        };
        let mut users = Vec::new();
        for piece in content.split("<@").skip(1) {
            let digits: String = piece.trim_start_matches('!').chars().take_while(char::is_ascii_digit).collect();
            let rest = &piece.trim_start_matches('!')[digits.len()..];
            if let (Ok(id), true) = (digits.parse::<u64>(), rest.starts_with('>')) {
                if (parses("users") || listed(id)) && !users.contains(&id) {
                    users.push(id);
                }
            }
        }
        let everyone = parses("everyone") && (content.contains("@everyone") || content.contains("@here"));
        (users.into_iter().map(|id| self.user(id)).collect(), everyone)
    }

    /// The visible messages of a channel, in order.
    pub fn messages_in(&self, channel: u64) -> Vec<Value> {
        let channel = Value::String(channel.to_string());
        let visible = |m: &&Value| m["channel_id"] == channel && m["flags"].as_u64().unwrap_or(0) & EPHEMERAL == 0;
        self.messages.values().filter(visible).cloned().collect()
    }
}

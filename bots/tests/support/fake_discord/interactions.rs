//! Interaction payloads (the `d` of INTERACTION_CREATE) as Discord sends them, and the checks a
//! Discord client makes before a person can press, choose or submit anything.

use super::world::{snowflake, Asked, World};
use super::{Person, APP_ID};
use serde_json::{json, Map, Value};

/// The largest upload a guild without boosts allows (`attachment_size_limit`).
const UPLOAD_LIMIT: u64 = 10 * 1024 * 1024;

impl World {
    /// Registers interaction `kind` (2 command, 3 component, 4 autocomplete, 5 modal submit) by
    /// `who` in `channel`, in `guild` or a DM; returns its id and payload.
    pub fn interaction(
        &mut self,
        kind: u8,
        guild: Option<u64>,
        channel: u64,
        who: &Person,
        data: Value,
        message: Option<u64>,
    ) -> (u64, Value) {
        let id = self.next_id();
        let token = format!("aW50ZXJhY3Rpb246{id}:fake-{:x}", id.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        self.people.insert(who.id, who.clone());
        if let Some(guild) = guild {
            self.guilds.insert(guild);
            self.members.insert((guild, who.id));
            self.channel_guild.insert(channel, guild);
        }
        let mut payload = json!({
            "id": id.to_string(), "application_id": APP_ID.to_string(), "type": kind, "data": data,
            "channel_id": channel.to_string(), "channel": self.channel(channel), "token": token,
            "version": 1, "app_permissions": self.bot_permissions(guild).to_string(), "locale": who.locale,
            "entitlements": [], "attachment_size_limit": UPLOAD_LIMIT,
            "authorizing_integration_owners": {"0": guild.unwrap_or(0).to_string()},
            "context": if guild.is_some() { 0 } else { 1 },
        });
        match guild {
            Some(guild) => {
                payload["guild_id"] = json!(guild.to_string());
                payload["guild_locale"] = json!("en-US");
                payload["guild"] = json!({"id": guild.to_string(), "locale": "en-US", "features": []});
                payload["member"] = self.member(who.id);
            }
            None => payload["user"] = self.user(who.id),
        }
        if let Some(message) = message {
            payload["message"] = self.messages[&message].clone();
        }
        let asked = Asked {
            token: token.clone(),
            kind,
            guild,
            channel,
            user: who.id,
            payload: payload.clone(),
            message,
            delivered: None,
            callback: None,
            answered: None,
            original: None,
            followups: Vec::new(),
        };
        self.asked.insert(id, asked);
        self.tokens.insert(token, id);
        (id, payload)
    }

    /// The `data` of a slash command (or its autocomplete): the registered command's id (a
    /// guild command first, then a global one; a made-up stable id if it was never registered)
    /// and `resolved` users, members and channels for the options that name them.
    pub fn command_data(&mut self, guild: Option<u64>, name: &str, options: Value) -> Value {
        let in_guild = guild.filter(|g| self.command_ids.contains_key(&(Some(*g), name.to_string())));
        let id = match self.command_ids.get(&(in_guild, name.to_string())) {
            Some(&id) => id,
            None => {
                let id = self.next_id();
                self.command_ids.insert((None, name.to_string()), id);
                id
            }
        };
        let mut data = json!({"id": id.to_string(), "name": name, "type": 1, "options": options});
        if let Some(guild) = in_guild {
            data["guild_id"] = json!(guild.to_string());
        }
        let mut resolved = Map::new();
        self.resolve(guild, &data["options"], &mut resolved);
        if !resolved.is_empty() {
            data["resolved"] = Value::Object(resolved);
        }
        data
    }

    fn resolve(&self, guild: Option<u64>, options: &Value, resolved: &mut Map<String, Value>) {
        for option in options.as_array().into_iter().flatten() {
            let Some(id) = snowflake(&option["value"]) else {
                self.resolve(guild, &option["options"], resolved);
                continue;
            };
            let mut add = |kind: &str, value: Value| {
                let map = resolved.entry(kind).or_insert_with(|| json!({}));
                map[id.to_string()] = value;
            };
            match option["type"].as_u64() {
                Some(6 | 9) => {
                    add("users", self.user(id));
                    if guild.is_some() {
                        let mut member = self.member(id);
                        member.as_object_mut().map(|m| m.remove("user"));
                        add("members", member);
                    }
                }
                Some(7) => {
                    let channel = self.channel(id);
                    let keep = ["id", "type", "name", "parent_id", "guild_id"];
                    let mut partial: Map<String, Value> =
                        keep.iter().filter_map(|k| Some((k.to_string(), channel.get(*k)?.clone()))).collect();
                    partial.insert("permissions".into(), json!(self.bot_permissions(guild).to_string()));
                    add("channels", Value::Object(partial));
                }
                _ => {}
            }
        }
    }

    /// The guild a channel belongs to (`None` for DM channels). Panics for a channel the fake
    /// never saw: it cannot tell a guild channel from a DM.
    pub fn guild_of(&self, channel: u64) -> Option<u64> {
        if self.dm_owner(channel).is_some() {
            return None;
        }
        let guild = self.channel_guild.get(&channel);
        Some(*guild.unwrap_or_else(|| panic!("channel {channel} is unknown: call add_channel(guild, {channel}) first")))
    }

    /// The component `custom_id` on message `message` of `channel`, as a person can use it.
    /// Panics when Discord would not show it: no such message, component, or a disabled one.
    pub fn component(&self, channel: u64, message: u64, custom_id: &str) -> Value {
        let Some(found) = self.messages.get(&message) else {
            panic!("message {message} does not exist (never sent, or deleted)");
        };
        assert_eq!(found["channel_id"], json!(channel.to_string()), "message {message} is not in channel {channel}");
        let rows = found["components"].as_array().into_iter().flatten();
        let all: Vec<&Value> = rows.flat_map(|row| row["components"].as_array().into_iter().flatten()).collect();
        let Some(component) = all.iter().find(|c| c["custom_id"] == custom_id) else {
            let ids: Vec<&Value> = all.iter().map(|c| &c["custom_id"]).collect();
            panic!("message {message} has no component {custom_id:?}; it has {ids:?}");
        };
        assert!(component["disabled"] != true, "component {custom_id:?} on message {message} is disabled");
        (*component).clone()
    }

    /// The modal the bot last showed `who` with `custom_id`, and the message of the component
    /// interaction that opened it (if one did). Panics if it never showed one.
    pub fn shown_modal(&self, who: u64, custom_id: &str) -> (Value, Option<u64>) {
        let shown = self.asked.iter().filter(|(_, a)| a.user == who).filter_map(|(&id, a)| {
            let callback = a.callback.as_ref()?;
            (callback["type"] == 9 && callback["data"]["custom_id"] == custom_id)
                .then(|| (id, callback["data"].clone(), a.message))
        });
        let last = shown.max_by_key(|(id, ..)| *id);
        let (_, modal, message) =
            last.unwrap_or_else(|| panic!("the bot never showed user {who} a modal {custom_id:?}"));
        (modal, message)
    }
}

/// Modal submit data: one action row per text input of `modal`, in its order, with the
/// values typed in `fields` (empty for inputs left blank). Panics on fields the modal lacks or
/// required inputs left blank, which a Discord client would not allow.
pub(super) fn modal_data(modal: &Value, fields: &[(&str, &str)]) -> Value {
    let inputs: Vec<&Value> = modal["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().into_iter().flatten())
        .collect();
    for (id, _) in fields {
        assert!(inputs.iter().any(|i| i["custom_id"] == *id), "the modal has no text input {id:?}: {modal}");
    }
    let rows: Vec<Value> = inputs
        .iter()
        .map(|input| {
            let id = input["custom_id"].as_str().unwrap_or("");
            let value = fields.iter().find(|(f, _)| *f == id).map_or("", |(_, v)| *v);
            let required = input["required"] != false;
            assert!(!(required && value.is_empty()), "text input {id:?} is required: give it a value");
            json!({"type": 1, "components": [{"type": 4, "custom_id": id, "value": value}]})
        })
        .collect();
    json!({"custom_id": modal["custom_id"], "components": rows})
}

/// Checks the values chosen in a string select menu as a Discord client would allow them.
pub(super) fn check_choice(menu: &Value, values: &[&str]) {
    let custom_id = &menu["custom_id"];
    let (min, max) = (menu["min_values"].as_u64().unwrap_or(1), menu["max_values"].as_u64().unwrap_or(1));
    let count = values.len() as u64;
    assert!((min..=max).contains(&count), "select {custom_id} takes {min} to {max} values, not {count}");
    if menu["type"] == 3 {
        let options: Vec<&Value> = menu["options"].as_array().into_iter().flatten().map(|o| &o["value"]).collect();
        for value in values {
            assert!(options.iter().any(|o| *o == value), "select {custom_id} has no option {value:?}: {options:?}");
        }
    }
}

//! Guild routes: the guild, its members, its scheduled events; and command registration.

use super::check::Problem;
use super::rest::{Reply, Request};
use super::world::{bot_user, snowflake, World, MEMBER};
use super::{check, APP_ID, BOT_ID};
use serde_json::{json, Value};

/// What a scheduled event edit may change.
const EDITABLE: &[&str] = &[
    "channel_id",
    "entity_metadata",
    "name",
    "privacy_level",
    "scheduled_start_time",
    "scheduled_end_time",
    "description",
    "entity_type",
    "status",
    "image",
    "recurrence_rule",
];

impl World {
    pub(super) fn guild_route(&mut self, request: &Request, segments: &[&str]) -> Reply {
        let id = |at: usize| segments.get(at).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
        match (request.method.as_str(), segments) {
            (_, ["applications", ..]) if id(1) != APP_ID => Reply::error(404, 10002, "Unknown Application"),
            ("PUT", ["applications", _, "commands"]) => self.overwrite_commands(None, &request.body),
            ("PUT", ["applications", _, "guilds", _, "commands"]) => {
                self.overwrite_commands(Some(id(3)), &request.body)
            }
            ("GET", ["applications", _, "commands"]) => {
                Reply::ok(self.commands.get(&None).cloned().unwrap_or(json!([])))
            }
            ("GET", ["applications", _, "guilds", _, "commands"]) => {
                Reply::ok(self.commands.get(&Some(id(3))).cloned().unwrap_or(json!([])))
            }
            (_, ["guilds", ..]) if !self.guilds.contains(&id(1)) => Reply::error(404, 10004, "Unknown Guild"),
            ("GET", ["guilds", _]) => Reply::ok(guild(id(1))),
            ("GET", ["guilds", _, "members", _]) if self.members.contains(&(id(1), id(3))) => {
                let mut member = self.member(id(3));
                member.as_object_mut().map(|m| m.remove("permissions"));
                Reply::ok(member)
            }
            ("GET", ["guilds", _, "members", _]) => Reply::error(404, 10007, "Unknown Member"),
            (method, ["guilds", _, "scheduled-events", rest @ ..]) if rest.len() <= 1 => {
                self.scheduled_events(method, id(1), rest.first().map(|_| id(3)), &request.body)
            }
            _ => Reply::not_found(),
        }
    }

    /// A bulk overwrite: the new set replaces the old; commands keep their ids by name.
    fn overwrite_commands(&mut self, guild: Option<u64>, body: &Value) -> Reply {
        let problems = check::commands(body);
        if !problems.is_empty() {
            return Reply::invalid(&problems);
        }
        let mut registered = Vec::new();
        for command in body.as_array().into_iter().flatten() {
            let name = command["name"].as_str().unwrap_or("").to_string();
            let id = match self.command_ids.get(&(guild, name.clone())) {
                Some(&id) => id,
                None => self.next_id(),
            };
            self.command_ids.insert((guild, name), id);
            let mut stored = json!({
                "id": id.to_string(), "application_id": APP_ID.to_string(), "version": self.next_id().to_string(),
                "type": 1, "name_localizations": null, "description": "", "description_localizations": null,
                "options": [], "default_member_permissions": null, "nsfw": false, "integration_types": [0],
                "contexts": null,
            });
            if let Some(guild) = guild {
                stored["guild_id"] = json!(guild.to_string());
            } else {
                stored["dm_permission"] = json!(true);
            }
            for (key, value) in command.as_object().into_iter().flatten() {
                stored[key] = value.clone();
            }
            registered.push(stored);
        }
        self.commands.insert(guild, json!(registered));
        Reply::ok(json!(registered))
    }

    /// List, create, get, edit or delete (`event`) scheduled events of `guild`.
    fn scheduled_events(&mut self, method: &str, guild: u64, event: Option<u64>, body: &Value) -> Reply {
        if method != "GET" && self.no_events.contains(&guild) {
            return Reply::error(403, 50013, "Missing Permissions");
        }
        let guild_id = json!(guild.to_string());
        let found = event.filter(|e| self.events.get(e).is_some_and(|v| v["guild_id"] == guild_id));
        match (method, event) {
            ("GET", None) => {
                Reply::ok(json!(self.events.values().filter(|e| e["guild_id"] == guild_id).collect::<Vec<_>>()))
            }
            ("POST", None) => self.create_event(guild, body),
            (_, Some(_)) if found.is_none() => Reply::error(404, 10070, "Unknown Guild Scheduled Event"),
            ("GET", Some(id)) => Reply::ok(self.events[&id].clone()),
            ("PATCH", Some(id)) => {
                let mut edited = self.events[&id].clone();
                for key in EDITABLE.iter().filter(|k| body.get(**k).is_some()) {
                    edited[*key] = body[*key].clone();
                }
                let mut problems = event_problems(&edited);
                let (from, to) = (self.events[&id]["status"].as_u64(), edited["status"].as_u64());
                // Scheduled (1) -> active (2) or canceled (4); active -> completed (3).
                if from != to && !matches!((from, to), (Some(1), Some(2 | 4)) | (Some(2), Some(3))) {
                    problems.push((
                        "status".into(),
                        "GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION",
                        "Cannot change status".into(),
                    ));
                }
                if !problems.is_empty() {
                    return Reply::invalid(&problems);
                }
                normalize_times(&mut edited);
                self.events.insert(id, edited.clone());
                self.dispatch("GUILD_SCHEDULED_EVENT_UPDATE", edited.clone());
                Reply::ok(edited)
            }
            ("DELETE", Some(id)) => {
                let gone = self.events.remove(&id).expect("found above");
                self.dispatch("GUILD_SCHEDULED_EVENT_DELETE", gone);
                Reply::no_content()
            }
            _ => Reply::not_found(),
        }
    }

    fn create_event(&mut self, guild: u64, body: &Value) -> Reply {
        let guild_id = json!(guild.to_string());
        let active =
            self.events.values().filter(|e| e["guild_id"] == guild_id && matches!(e["status"].as_u64(), Some(1 | 2)));
        if active.count() >= 100 {
            return Reply::error(400, 30038, "Maximum number of guild scheduled events reached (100)");
        }
        let id = self.next_id();
        let mut event = json!({
            "id": id.to_string(), "guild_id": guild_id, "channel_id": null, "creator_id": BOT_ID.to_string(),
            "name": null, "description": null, "scheduled_start_time": null, "scheduled_end_time": null,
            "privacy_level": null, "status": 1, "entity_type": null, "entity_id": null, "entity_metadata": null,
            "creator": bot_user(), "user_count": 0, "image": null, "recurrence_rule": null,
        });
        for key in EDITABLE.iter().filter(|k| **k != "status" && body.get(**k).is_some()) {
            event[*key] = body[*key].clone();
        }
        let problems = event_problems(&event);
        if !problems.is_empty() {
            return Reply::invalid(&problems);
        }
        normalize_times(&mut event);
        self.events.insert(id, event.clone());
        self.dispatch("GUILD_SCHEDULED_EVENT_CREATE", event.clone());
        Reply::ok(event)
    }
}

/// What Discord refuses in a scheduled event (as it would be after the request).
fn event_problems(event: &Value) -> Vec<Problem> {
    let mut problems: Vec<Problem> = Vec::new();
    let mut problem =
        |path: &str, code: &'static str, message: &str| problems.push((path.into(), code, message.into()));
    let name = event["name"].as_str().map_or(0, |n| n.chars().count());
    if !(1..=100).contains(&name) {
        problem("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    }
    if event["description"].as_str().is_some_and(|d| d.chars().count() > 1000) {
        problem("description", "BASE_TYPE_MAX_LENGTH", "Must be 1000 or fewer in length.");
    }
    if event["privacy_level"] != 2 {
        problem("privacy_level", "BASE_TYPE_CHOICES", "Value must be one of {2}.");
    }
    let time = |key: &str| event[key].as_str().and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok());
    let (start, end) = (time("scheduled_start_time"), time("scheduled_end_time"));
    if start.is_none() {
        problem("scheduled_start_time", "BASE_TYPE_REQUIRED", "This field is required");
    }
    if let (Some(start), Some(end)) = (start, end) {
        if end <= start {
            problem("scheduled_end_time", "GUILD_SCHEDULED_EVENT_END_BEFORE_START", "Cannot end before starting");
        }
    }
    match event["entity_type"].as_u64() {
        Some(3) => {
            let location = event["entity_metadata"]["location"].as_str().map_or(0, |l| l.chars().count());
            if !(1..=100).contains(&location) {
                problem("entity_metadata.location", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }
            if end.is_none() {
                problem("scheduled_end_time", "BASE_TYPE_REQUIRED", "This field is required");
            }
            if !event["channel_id"].is_null() {
                problem("channel_id", "GUILD_SCHEDULED_EVENT_CHANNEL_NOT_ALLOWED", "External events have no channel");
            }
        }
        Some(1 | 2) if snowflake(&event["channel_id"]).is_none() => {
            problem("channel_id", "BASE_TYPE_REQUIRED", "This field is required");
        }
        Some(1 | 2) => {}
        _ => problem("entity_type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3}."),
    }
    problems
}

/// Times as Discord writes them: `2026-11-20T18:00:00+00:00`.
fn normalize_times(event: &mut Value) {
    for key in ["scheduled_start_time", "scheduled_end_time"] {
        if let Some(time) = event[key].as_str().and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok()) {
            event[key] = json!(time.with_timezone(&chrono::Utc).format("%Y-%m-%dT%H:%M:%S+00:00").to_string());
        }
    }
}

/// A guild object, as `GET /guilds/{id}` answers it.
fn guild(id: u64) -> Value {
    let everyone = json!({
        "id": id.to_string(), "name": "@everyone", "color": 0,
        "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null}, "hoist": false,
        "icon": null, "unicode_emoji": null, "position": 0, "permissions": MEMBER.to_string(),
        "managed": false, "mentionable": false, "flags": 0,
    });
    json!({
        "id": id.to_string(), "name": format!("guild-{id}"), "icon": null, "icon_hash": null, "splash": null,
        "discovery_splash": null, "owner_id": "1", "afk_channel_id": null, "afk_timeout": 300,
        "widget_enabled": false, "widget_channel_id": null, "verification_level": 0,
        "default_message_notifications": 0, "explicit_content_filter": 0, "roles": [everyone], "emojis": [],
        "features": [], "mfa_level": 0, "application_id": null, "system_channel_id": null,
        "system_channel_flags": 0, "rules_channel_id": null, "max_presences": null, "max_members": 500_000,
        "vanity_url_code": null, "description": null, "banner": null, "premium_tier": 0,
        "premium_subscription_count": 0, "preferred_locale": "en-US", "public_updates_channel_id": null,
        "max_video_channel_users": 25, "max_stage_video_channel_users": 50, "nsfw_level": 0, "stickers": [],
        "premium_progress_bar_enabled": false, "safety_alerts_channel_id": null, "incidents_data": null,
    })
}

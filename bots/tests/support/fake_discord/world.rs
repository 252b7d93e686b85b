//! The fake's state (what Discord would know) and the JSON objects it answers with.

use super::endpoint::Delivery;
use super::gateway::Gateway;
use super::limits::Limits;
use super::{Call, Person, BOT_ID, BOT_NAME};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Discord's epoch (2015-01-01T00:00:00Z) in Unix milliseconds: snowflakes count from it.
const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

/// Message flags.
pub(super) const EPHEMERAL: u64 = 1 << 6;
pub(super) const LOADING: u64 = 1 << 7;

/// Permission bits.
pub(super) const ADMINISTRATOR: u64 = 1 << 3;
pub(super) const MANAGE_GUILD: u64 = 1 << 5;
pub(super) const MANAGE_EVENTS: u64 = 1 << 33;
pub(super) const CREATE_EVENTS: u64 = 1 << 44;
/// View channel, send messages, embed links, attach files, read history, mention, reactions,
/// use application commands, send in threads: what an ordinary member (and the bot) has.
pub(super) const MEMBER: u64 =
    (1 << 6) | (1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 31) | (1 << 38);

/// An interaction sent to the bot, and what became of it.
#[derive(Debug)]
pub(super) struct Asked {
    pub token: String,
    /// 2 command, 3 component, 4 autocomplete, 5 modal submit.
    pub kind: u8,
    pub guild: Option<u64>,
    pub channel: u64,
    pub user: u64,
    /// The payload (`d` of INTERACTION_CREATE).
    pub payload: Value,
    /// The message a component was on (or the modal was opened from).
    pub message: Option<u64>,
    /// When the gateway delivered it (`None` while queued).
    pub delivered: Option<Instant>,
    pub callback: Option<Value>,
    pub answered: Option<Instant>,
    /// The message that is the response (4, 5), or the component's message (6, 7).
    pub original: Option<u64>,
    pub followups: Vec<u64>,
}

pub(super) struct World {
    last_id: u64,
    pub calls: Vec<Call>,
    /// Every message that exists, by id (ids grow with time, so this is creation order).
    pub messages: BTreeMap<u64, Value>,
    /// Uploaded files by attachment id.
    pub files: HashMap<u64, Vec<u8>>,
    pub guilds: BTreeSet<u64>,
    pub channel_guild: HashMap<u64, u64>,
    /// Channels deleted (404 Unknown Channel).
    pub gone_channels: HashSet<u64>,
    /// Each user's DM channel with the bot.
    pub dm_channels: HashMap<u64, u64>,
    pub closed_dms: HashSet<u64>,
    pub people: HashMap<u64, Person>,
    /// (guild, user) for every member.
    pub members: HashSet<(u64, u64)>,
    pub asked: HashMap<u64, Asked>,
    pub tokens: HashMap<String, u64>,
    /// The last bulk overwrite per scope (None: global).
    pub commands: HashMap<Option<u64>, Value>,
    /// Command ids by (scope, name): Discord keeps a command's id across overwrites.
    pub command_ids: HashMap<(Option<u64>, String), u64>,
    /// Guild scheduled events by id.
    pub events: BTreeMap<u64, Value>,
    /// Guilds where the bot may not create or edit events.
    pub no_events: HashSet<u64>,
    /// Interactions die this long after delivery (Discord: 3 s); `None`: never.
    pub deadline: Option<Duration>,
    pub limits: Limits,
    pub gateway: Gateway,
    /// The bot's interactions endpoint, when interactions go there instead of the gateway.
    pub endpoint: Option<String>,
    pub deliveries: Vec<Delivery>,
}

impl World {
    pub fn new(gateway_url: &str) -> Self {
        Self {
            last_id: 0,
            calls: Vec::new(),
            messages: BTreeMap::new(),
            files: HashMap::new(),
            guilds: BTreeSet::new(),
            channel_guild: HashMap::new(),
            gone_channels: HashSet::new(),
            dm_channels: HashMap::new(),
            closed_dms: HashSet::new(),
            people: HashMap::new(),
            members: HashSet::new(),
            asked: HashMap::new(),
            tokens: HashMap::new(),
            commands: HashMap::new(),
            command_ids: HashMap::new(),
            events: BTreeMap::new(),
            no_events: HashSet::new(),
            deadline: None,
            limits: Limits::default(),
            gateway: Gateway::new(gateway_url),
            endpoint: None,
            deliveries: Vec::new(),
        }
    }

    /// A fresh snowflake: the time since Discord's epoch in the high bits, always increasing.
    pub fn next_id(&mut self) -> u64 {
        let since_epoch = unix_ms().saturating_sub(DISCORD_EPOCH_MS);
        self.last_id = (since_epoch << 22).max(self.last_id + 1);
        self.last_id
    }

    /// `user`'s DM channel with the bot, opened on first use.
    pub fn dm_channel(&mut self, user: u64) -> u64 {
        if let Some(&channel) = self.dm_channels.get(&user) {
            return channel;
        }
        let channel = self.next_id();
        self.dm_channels.insert(user, channel);
        channel
    }

    /// The user a DM channel belongs to.
    pub fn dm_owner(&self, channel: u64) -> Option<u64> {
        self.dm_channels.iter().find(|(_, &c)| c == channel).map(|(&user, _)| user)
    }

    /// A user object: the bot, a known person, or someone the fake made up a name for.
    pub fn user(&self, id: u64) -> Value {
        if id == BOT_ID {
            return bot_user();
        }
        let name = self.people.get(&id).map_or_else(|| format!("user{id}"), |p| p.name.to_string());
        json!({
            "id": id.to_string(), "username": name.to_lowercase(), "global_name": name,
            "discriminator": "0", "avatar": null, "bot": false, "public_flags": 0,
        })
    }

    /// A guild member object for `user` (with `user` inside, as interactions and GET carry it).
    pub fn member(&self, user: u64) -> Value {
        let admin = self.people.get(&user).is_some_and(|p| p.admin);
        let permissions =
            if admin { MEMBER | ADMINISTRATOR | MANAGE_GUILD | MANAGE_EVENTS | CREATE_EVENTS } else { MEMBER };
        json!({
            "user": self.user(user), "nick": null, "avatar": null, "banner": null, "roles": [],
            "joined_at": "2024-01-01T00:00:00.000000+00:00", "premium_since": null, "deaf": false,
            "mute": false, "flags": 0, "pending": false, "permissions": permissions.to_string(),
            "communication_disabled_until": null,
        })
    }

    /// The bot's permissions in a channel of `guild` (`app_permissions`).
    pub fn bot_permissions(&self, guild: Option<u64>) -> u64 {
        match guild {
            Some(g) if self.no_events.contains(&g) => MEMBER,
            _ => MEMBER | CREATE_EVENTS | MANAGE_EVENTS,
        }
    }

    /// A channel object: a guild text channel, or a DM channel with its recipient.
    pub fn channel(&self, id: u64) -> Value {
        if let Some(user) = self.dm_owner(id) {
            return json!({"id": id.to_string(), "type": 1, "last_message_id": null, "flags": 0,
                          "recipients": [self.user(user)]});
        }
        let guild = self.channel_guild.get(&id).copied().unwrap_or_default();
        json!({
            "id": id.to_string(), "type": 0, "guild_id": guild.to_string(), "name": format!("channel-{id}"),
            "position": 0, "permission_overwrites": [], "parent_id": null, "topic": null, "nsfw": false,
            "last_message_id": null, "rate_limit_per_user": 0, "flags": 0,
        })
    }
}

/// The bot's user object.
pub(super) fn bot_user() -> Value {
    json!({
        "id": BOT_ID.to_string(), "username": BOT_NAME.to_lowercase(), "global_name": BOT_NAME,
        "discriminator": "0", "avatar": null, "bot": true, "verified": true, "mfa_enabled": false,
        "flags": 0, "public_flags": 0, "locale": "en-US",
    })
}

/// A snowflake as Discord writes it (a string) or as a test might (a number).
pub(super) fn snowflake(value: &Value) -> Option<u64> {
    value.as_u64().or_else(|| value.as_str()?.parse().ok())
}

fn unix_ms() -> u64 {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    u64::try_from(since.as_millis()).unwrap_or(u64::MAX)
}

/// Now as Discord writes timestamps: `2026-11-20T09:00:00.123000+00:00`.
pub(super) fn now_rfc3339() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string()
}

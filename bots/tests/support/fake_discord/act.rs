//! What tests make happen on the fake Discord: people using commands, buttons, menus and
//! modals; the gateway reconnecting; users closing DMs; permissions and limits changing.

use super::interactions::{check_choice, modal_data};
use super::{FakeDiscord, Person};
use serde_json::{json, Value};
use std::time::Duration;

impl FakeDiscord {
    /// `who` runs slash command `name` in `channel` of `guild`; `options` is Discord's options
    /// array, e.g. `json!([{"name":"title","type":3,"value":"Dinner"}])`. Returns the
    /// interaction id. Delivered at once if a session is live, else when one is.
    pub fn slash(&self, guild: u64, channel: u64, who: &Person, name: &str, options: Value) -> u64 {
        let mut world = self.world();
        let data = world.command_data(Some(guild), name, options);
        let (id, payload) = world.interaction(2, Some(guild), channel, who, data, None);
        drop(world);
        self.send_interaction(id, payload)
    }

    /// `who` runs slash command `name` in their DM with the bot.
    pub fn slash_in_dm(&self, who: &Person, name: &str, options: Value) -> u64 {
        let mut world = self.world();
        let channel = world.dm_channel(who.id);
        let data = world.command_data(None, name, options);
        let (id, payload) = world.interaction(2, None, channel, who, data, None);
        drop(world);
        self.send_interaction(id, payload)
    }

    /// `who` is typing an option of slash command `name`: `options` as for [`Self::slash`], one
    /// of them with `"focused": true` and the text typed so far as its (string) value.
    pub fn autocomplete(&self, guild: u64, channel: u64, who: &Person, name: &str, options: Value) -> u64 {
        let focused = |o: &Value| {
            o["focused"] == true || o["options"].as_array().is_some_and(|s| s.iter().any(|o| o["focused"] == true))
        };
        assert!(
            options.as_array().is_some_and(|o| o.iter().any(focused)),
            "autocomplete needs an option with \"focused\": true"
        );
        let mut world = self.world();
        let data = world.command_data(Some(guild), name, options);
        let (id, payload) = world.interaction(4, Some(guild), channel, who, data, None);
        drop(world);
        self.send_interaction(id, payload)
    }

    /// `who` presses button `custom_id` on bot message `message` in `channel` (a guild channel
    /// the fake knows, or a DM channel). Panics if there is no such enabled button.
    pub fn press(&self, channel: u64, message: u64, who: &Person, custom_id: &str) -> u64 {
        let mut world = self.world();
        let button = world.component(channel, message, custom_id);
        assert_eq!(button["type"], 2, "{custom_id:?} is not a button: {button}");
        let guild = world.guild_of(channel);
        let data = json!({"custom_id": custom_id, "component_type": 2});
        let (id, payload) = world.interaction(3, guild, channel, who, data, Some(message));
        drop(world);
        self.send_interaction(id, payload)
    }

    /// `who` chooses `values` in select menu `custom_id` on bot message `message`.
    pub fn select(&self, channel: u64, message: u64, who: &Person, custom_id: &str, values: &[&str]) -> u64 {
        let mut world = self.world();
        let menu = world.component(channel, message, custom_id);
        check_choice(&menu, values);
        let guild = world.guild_of(channel);
        let data = json!({"custom_id": custom_id, "component_type": menu["type"], "values": values});
        let (id, payload) = world.interaction(3, guild, channel, who, data, Some(message));
        drop(world);
        self.send_interaction(id, payload)
    }

    /// `who` submits the modal `custom_id` the bot showed them, typing `fields` as (text input
    /// custom_id, value). `guild` 0 means a DM. Panics if the bot never showed that modal.
    pub fn submit_modal(
        &self,
        guild: u64,
        channel: u64,
        who: &Person,
        custom_id: &str,
        fields: &[(&str, &str)],
    ) -> u64 {
        let mut world = self.world();
        let (modal, message) = world.shown_modal(who.id, custom_id);
        let data = modal_data(&modal, fields);
        let guild = Some(guild).filter(|g| *g != 0);
        let (id, payload) = world.interaction(5, guild, channel, who, data, message);
        drop(world);
        self.send_interaction(id, payload)
    }

    /// Over the gateway, or to the bot's endpoint if it has one.
    fn send_interaction(&self, id: u64, payload: Value) -> u64 {
        let endpoint = self.world().endpoint.clone();
        match endpoint {
            Some(url) => {
                if let Err(why) = serenity_parses("INTERACTION_CREATE", &payload) {
                    panic!("serenity 0.12.5 would not parse this interaction: {why}\n{payload:#}");
                }
                self.deliver_by_post(url, id, payload);
            }
            None => self.dispatch("INTERACTION_CREATE", payload),
        }
        id
    }

    /// Sends dispatch `event` (CHANNEL_DELETE, GUILD_DELETE, GUILD_SCHEDULED_EVENT_USER_ADD, ...)
    /// with `data` as its `d`. Panics if serenity 0.12.5 could not parse it (it would drop it
    /// silently). Events needing an intent the session lacks are dropped, as Discord does.
    pub fn dispatch(&self, event: &str, data: Value) {
        if let Err(why) = serenity_parses(event, &data) {
            let pretty = serde_json::to_string_pretty(&data).unwrap_or_default();
            panic!("serenity 0.12.5 would not parse this {event}: {why}\n{pretty}");
        }
        self.dispatch_raw(event, data);
    }

    /// Sends a dispatch without checking that serenity can parse it.
    pub fn dispatch_raw(&self, event: &str, data: Value) {
        self.world().dispatch(event, data);
    }

    /// Sends RECONNECT (op 7): the client reconnects and resumes. Dispatches wait until it has.
    pub fn reconnect(&self) {
        self.world().gateway.reconnect();
    }

    /// Closes the gateway connection with close `code` (4000: resumable; 4009 session timed out:
    /// the client identifies again; 4004 authentication failed: fatal).
    pub fn close_gateway(&self, code: u16) {
        self.world().gateway.close(code);
    }

    /// Sends INVALID SESSION (op 9): the client resumes if `resumable`, else identifies again.
    pub fn invalidate_session(&self, resumable: bool) {
        self.world().gateway.invalidate(resumable);
    }

    /// `user` no longer accepts DMs from the bot: creating a message in their DM channel answers
    /// 403 `{"code":50007,"message":"Cannot send messages to this user"}`.
    pub fn close_dms(&self, user: u64) {
        self.world().closed_dms.insert(user);
    }

    /// `user` accepts DMs again.
    pub fn open_dms(&self, user: u64) {
        self.world().closed_dms.remove(&user);
    }

    /// Someone deletes message `id` (e.g. a moderator removing a card): it is gone for REST too.
    /// Sends MESSAGE_DELETE (which needs the GUILD_MESSAGES or DIRECT_MESSAGES intent).
    pub fn delete_message(&self, channel: u64, id: u64) {
        let mut world = self.world();
        assert!(world.messages.remove(&id).is_some(), "message {id} does not exist");
        let mut data = json!({"id": id.to_string(), "channel_id": channel.to_string()});
        if let Some(guild) = world.channel_guild.get(&channel) {
            data["guild_id"] = json!(guild.to_string());
        }
        if world.gateway.intents & ((1 << 9) | (1 << 12)) != 0 {
            world.dispatch("MESSAGE_DELETE", data);
        }
    }

    /// Makes `channel` a text channel of `guild` (slash commands there do this by themselves).
    pub fn add_channel(&self, guild: u64, channel: u64) {
        let mut world = self.world();
        world.guilds.insert(guild);
        world.channel_guild.insert(channel, guild);
    }

    /// Someone deletes guild channel `channel` (known to the fake): REST on it answers 404
    /// Unknown Channel (10003) and CHANNEL_DELETE is dispatched (GUILDS intent).
    pub fn delete_channel(&self, channel: u64) {
        let mut world = self.world();
        assert!(world.guild_of(channel).is_some(), "only guild channels can be deleted");
        let data = world.channel(channel);
        world.gone_channels.insert(channel);
        world.dispatch("CHANNEL_DELETE", data);
    }

    /// Makes `who` a member of `guild` (acting in a guild does this by itself).
    pub fn add_member(&self, guild: u64, who: &Person) {
        let mut world = self.world();
        world.guilds.insert(guild);
        world.people.insert(who.id, who.clone());
        world.members.insert((guild, who.id));
    }

    /// `user` leaves `guild`: GET member answers 404 Unknown Member (10007).
    pub fn remove_member(&self, guild: u64, user: u64) {
        self.world().members.remove(&(guild, user));
    }

    /// The bot loses CREATE_EVENTS and MANAGE_EVENTS in `guild`: creating, editing and deleting
    /// scheduled events answer 403 `{"code":50013,"message":"Missing Permissions"}`.
    pub fn deny_create_events(&self, guild: u64) {
        self.world().no_events.insert(guild);
    }

    /// Gives the permission back.
    pub fn allow_create_events(&self, guild: u64) {
        self.world().no_events.remove(&guild);
    }

    /// Enforces Discord-like limits: creating messages in one channel `per_channel` = (count,
    /// window), e.g. (5, 5 s); `global_per_second` requests over all bot-token routes
    /// (interaction callbacks and webhooks exempt). Over them the fake answers 429.
    pub fn enforce_limits(&self, per_channel: (u32, Duration), global_per_second: u32) {
        self.world().limits.enforce(per_channel, global_per_second);
    }

    /// Interactions not answered within `deadline` of their delivery die, as on Discord after
    /// 3 s: the callback then answers 404 Unknown interaction (10062). Off by default.
    pub fn expire_interactions_after(&self, deadline: Duration) {
        self.world().deadline = Some(deadline);
    }
}

/// Whether serenity 0.12.5 parses `data` as dispatch `event`; `Err` says why not. serenity
/// drops a dispatch it cannot parse without a word, so the fake refuses to send one.
fn serenity_parses(event: &str, data: &Value) -> Result<(), String> {
    use serenity::model::prelude::*;
    fn parse<T: serde::de::DeserializeOwned>(data: &Value) -> Result<(), String> {
        serde_json::from_value::<T>(data.clone()).map(drop).map_err(|e| e.to_string())
    }
    match event {
        "INTERACTION_CREATE" => parse::<Interaction>(data),
        "CHANNEL_CREATE" | "CHANNEL_UPDATE" | "CHANNEL_DELETE" => parse::<Channel>(data),
        "GUILD_DELETE" => parse::<UnavailableGuild>(data),
        "GUILD_MEMBER_REMOVE" => parse::<GuildMemberRemoveEvent>(data),
        "GUILD_SCHEDULED_EVENT_CREATE" | "GUILD_SCHEDULED_EVENT_UPDATE" | "GUILD_SCHEDULED_EVENT_DELETE" => {
            parse::<ScheduledEvent>(data)
        }
        "GUILD_SCHEDULED_EVENT_USER_ADD" => parse::<GuildScheduledEventUserAddEvent>(data),
        "GUILD_SCHEDULED_EVENT_USER_REMOVE" => parse::<GuildScheduledEventUserRemoveEvent>(data),
        "MESSAGE_CREATE" | "MESSAGE_UPDATE" if data.get("author").is_some() => parse::<Message>(data),
        "MESSAGE_DELETE" => parse::<MessageDeleteEvent>(data),
        _ => match serde_json::from_value::<Event>(json!({"t": event, "d": data})) {
            Ok(Event::Unknown(_)) => Err("serenity 0.12.5 does not know this event, or misses fields in it \
                                          (use dispatch_raw to send it anyway)"
                .into()),
            Ok(_) => Ok(()),
            Err(e) => Err(e.to_string()),
        },
    }
}

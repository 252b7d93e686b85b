//! Gateway events: `ready` (which comes again after every re-identify: commands are registered
//! once), interactions, and changes to where the bot is: a server's channels learned when it
//! arrives, a deleted channel or a server the bot left stops its calendar's reminders.

use super::identity::channel_chat;
use super::Discord;
use serenity::all::{
    Context, EventHandler, GuildChannel, GuildScheduledEventUserAddEvent, Interaction, Message, Ready, UnavailableGuild,
};
use serenity::async_trait;
use serenity::model::guild::Guild;
use std::sync::Arc;

/// Hands gateway events to the adapter.
pub struct Handler {
    /// The adapter.
    pub discord: Arc<Discord>,
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _ctx: Context, ready: Ready) {
        tracing::info!(servers = ready.guilds.len(), "Discord gateway ready");
        self.discord.register_commands().await;
    }

    async fn interaction_create(&self, _ctx: Context, interaction: Interaction) {
        self.discord.receive(interaction).await;
    }

    async fn guild_create(&self, _ctx: Context, guild: Guild, _is_new: Option<bool>) {
        for channel in guild.channels.keys() {
            self.discord.places.remember_channel(*channel, guild.id);
        }
    }

    async fn guild_delete(&self, _ctx: Context, incomplete: UnavailableGuild, _full: Option<Guild>) {
        if incomplete.unavailable {
            return; // an outage at Discord, not a removal
        }
        tracing::info!(server = incomplete.id.get(), "removed from a Discord server");
        for channel in self.discord.places.channels_of(incomplete.id) {
            self.discord.chat_gone(channel).await;
        }
    }

    async fn guild_scheduled_event_user_add(&self, _ctx: Context, subscribed: GuildScheduledEventUserAddEvent) {
        let discord = self.discord.clone();
        // On the channel's lane would need the channel first; the command itself is ordered by
        // the database like any other answer.
        discord.interested(subscribed.guild_id, subscribed.scheduled_event_id, subscribed.user_id).await;
    }

    async fn channel_delete(&self, _ctx: Context, channel: GuildChannel, _messages: Option<Vec<Message>>) {
        self.discord.chat_gone(channel.id).await;
    }
}

impl Discord {
    /// A channel is gone for the bot: its chat becomes inactive and its reminders stop.
    pub(super) async fn chat_gone(&self, channel: serenity::model::id::ChannelId) {
        if let Err(error) = self.engine.chat_left(&channel_chat(channel)).await {
            tracing::error!(channel = channel.get(), %error, "could not mark the channel inactive");
        }
    }
}

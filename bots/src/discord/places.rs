//! What the adapter learns of channels as interactions arrive: which channels are someone's DM
//! with the bot, and which server each other channel is in (to check membership, and to stop a
//! server's calendars when the bot is removed from it).

use serenity::model::id::{ChannelId, GuildId};
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

/// Channels seen so far.
#[derive(Default)]
pub struct Places {
    /// DM channels.
    dms: Mutex<HashSet<ChannelId>>,
    /// The server of each server channel.
    servers: Mutex<HashMap<ChannelId, GuildId>>,
}

impl Places {
    /// `channel` is a DM.
    pub fn remember_dm(&self, channel: ChannelId) {
        self.dms.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).insert(channel);
    }

    /// `channel` is in `server`.
    pub fn remember_channel(&self, channel: ChannelId, server: GuildId) {
        self.servers.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).insert(channel, server);
    }

    /// Whether `channel` is known to be a DM.
    pub fn is_dm(&self, channel: ChannelId) -> bool {
        self.dms.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).contains(&channel)
    }

    /// The server `channel` is in, when known.
    pub fn server_of(&self, channel: ChannelId) -> Option<GuildId> {
        self.servers.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).get(&channel).copied()
    }

    /// The channels known to be in `server`.
    pub fn channels_of(&self, server: GuildId) -> Vec<ChannelId> {
        let servers = self.servers.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        servers.iter().filter(|(_, s)| **s == server).map(|(c, _)| *c).collect()
    }
}

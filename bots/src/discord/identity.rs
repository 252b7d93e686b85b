//! Who and where, as Convene names them on Discord: chats are channels (ids), people are users
//! (ids) shown by their server nickname, display name or username. Admins are members who may
//! manage the server or its events.

use convene_core::domain::{ChatIdentity, Platform, UserIdentity};
use serenity::model::guild::Member;
use serenity::model::id::{ChannelId, GuildId};
use serenity::model::user::User;
use serenity::model::Permissions;

/// The chat and the person of an interaction.
pub fn speaker(
    channel: ChannelId,
    guild: Option<GuildId>,
    user: &User,
    member: Option<&Member>,
) -> (ChatIdentity, UserIdentity) {
    let name =
        member.and_then(|m| m.nick.clone()).or_else(|| user.global_name.clone()).unwrap_or_else(|| user.name.clone());
    let title = match guild {
        Some(_) => format!("channel {channel}"),
        None => name.clone(),
    };
    let chat = ChatIdentity { platform: Platform::Discord, external_id: channel.to_string(), title };
    let person = UserIdentity { platform: Platform::Discord, external_id: user.id.to_string(), display_name: name };
    (chat, person)
}

/// Whether a member may run the server's calendar: Administrator, Manage Server or Manage Events.
pub fn is_admin(member: &Member) -> bool {
    let admin = Permissions::ADMINISTRATOR | Permissions::MANAGE_GUILD | Permissions::MANAGE_EVENTS;
    member.permissions.is_some_and(|p| p.intersects(admin))
}

/// A channel of a server, as a chat.
pub fn channel_chat(channel: ChannelId) -> ChatIdentity {
    ChatIdentity { platform: Platform::Discord, external_id: channel.to_string(), title: format!("channel {channel}") }
}

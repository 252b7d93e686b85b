//! Keeping a server's Events tab in step with a channel's calendar (`/settings discord-events
//! on`): after a command shows one of the channel's own events, its Discord event is created,
//! updated, or cancelled with it; after a settings change, every coming event is brought in step
//! (or removed, when mirroring was turned off). When Discord refuses for want of the Create Events
//! permission, what this sync made is taken back, mirroring is turned off, and the admin is told.
//! People who click "Interested" on a Discord event count as "maybe" (one way: Discord has no
//! call to mark someone interested).

use super::errors::{describe, refusal};
use super::identity::channel_chat;
use super::native_body::{scheduled_event, CANCELED};
use super::Discord;
use crate::chat::Origin;
use convene_core::domain::{EventId, Platform, UserIdentity};
use convene_core::engine::{NativeEvent, NativeEvents};
use convene_core::{text, Admission, CardOf, Incoming};
use serde_json::json;
use serenity::model::id::{ChannelId, GuildId, ScheduledEventId, UserId};

/// How often mirrored channels are brought in step (series rolled forward).
pub const MIRROR_REFRESH: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Discord's "missing permissions".
const MISSING_PERMISSIONS: isize = 50_013;

/// Why a sync stopped.
enum Stopped {
    /// Discord refused for want of a permission.
    NoPermission,
    /// Anything else (logged).
    Failed,
}

impl Discord {
    fn mirrors(&self) -> NativeEvents {
        self.engine.native_events(Platform::Discord)
    }

    /// After a command in `channel` (`text` as given) that showed `card`: brings the server's
    /// Events tab in step. Returns what to tell the asker when Discord refused.
    pub(super) async fn mirror_after(&self, channel: ChannelId, text: &str, card: Option<CardOf>) -> Option<String> {
        let guild = self.places.server_of(channel)?;
        let synced = match card {
            // A settings change may start or stop mirroring; a cancellation shows no card.
            _ if text.starts_with("/settings") || text.starts_with("/cancel") => self.mirror_all(guild, channel).await,
            Some(CardOf::Event(event)) => self.mirror_one(guild, channel, event).await,
            _ => Ok(()),
        };
        match synced {
            Ok(()) | Err(Stopped::Failed) => None,
            Err(Stopped::NoPermission) => {
                if let Err(error) = self.mirrors().stop(&channel_chat(channel)).await {
                    tracing::error!(%error, "could not turn mirroring off");
                }
                Some(text::mirroring_refused().text)
            }
        }
    }

    /// One event: created, updated, or cancelled and forgotten.
    async fn mirror_one(&self, guild: GuildId, channel: ChannelId, event: EventId) -> Result<(), Stopped> {
        let chat = channel.to_string();
        let wanted = self.mirrors().event(&channel_chat(channel), event).await.map_err(logged)?;
        let Some(wanted) = wanted else { return Ok(()) };
        let link = self.mirrors().link(&chat, event).await.map_err(logged)?;
        match (link, wanted.gone) {
            (Some(native), true) => self.cancel_native(guild, &chat, event, &native).await,
            (Some(native), false) => self.update_native(guild, channel, &native, &wanted).await,
            (None, true) => Ok(()),
            (None, false) => self.create_native(guild, channel, &wanted).await.map(|_| ()),
        }
    }

    /// Every coming event of the channel; events no longer wanted are cancelled in Discord when
    /// they were cancelled here, else removed (mirroring turned off, or the event is over).
    async fn mirror_all(&self, guild: GuildId, channel: ChannelId) -> Result<(), Stopped> {
        let chat = channel.to_string();
        let wanted = self.mirrors().wanted(&channel_chat(channel)).await.map_err(logged)?.unwrap_or_default();
        let links = self.mirrors().links(&chat).await.map_err(logged)?;
        let mut made = Vec::new();
        for event in &wanted {
            let synced = match links.iter().find(|(id, _)| *id == event.event) {
                Some((_, native)) => self.update_native(guild, channel, native, event).await,
                None => self.create_native(guild, channel, event).await.map(|native| made.push((event.event, native))),
            };
            if let Err(Stopped::NoPermission) = synced {
                for (event, native) in made {
                    self.delete_native(guild, &chat, event, &native).await;
                }
                return Err(Stopped::NoPermission);
            }
        }
        for (event, native) in links.iter().filter(|(id, _)| !wanted.iter().any(|w| w.event == *id)) {
            match self.mirrors().event(&channel_chat(channel), *event).await {
                Ok(Some(cancelled)) if cancelled.gone => self.cancel_native(guild, &chat, *event, native).await?,
                _ => self.delete_native(guild, &chat, *event, native).await,
            }
        }
        Ok(())
    }

    async fn create_native(&self, guild: GuildId, channel: ChannelId, event: &NativeEvent) -> Result<String, Stopped> {
        let body = scheduled_event(event, &channel_link(guild, channel));
        let created = self.http.create_scheduled_event(guild, &body, None).await.map_err(stopped)?;
        let native = created.id.to_string();
        self.mirrors().remember(&channel.to_string(), event.event, &native).await.map_err(logged)?;
        Ok(native)
    }

    async fn update_native(
        &self,
        guild: GuildId,
        channel: ChannelId,
        native: &str,
        event: &NativeEvent,
    ) -> Result<(), Stopped> {
        let Ok(id) = native.parse::<ScheduledEventId>() else { return Err(Stopped::Failed) };
        let body = scheduled_event(event, &channel_link(guild, channel));
        self.http.edit_scheduled_event(guild, id, &body, None).await.map(|_| ()).map_err(stopped)
    }

    async fn cancel_native(&self, guild: GuildId, chat: &str, event: EventId, native: &str) -> Result<(), Stopped> {
        let Ok(id) = native.parse::<ScheduledEventId>() else { return Err(Stopped::Failed) };
        self.http.edit_scheduled_event(guild, id, &json!({ "status": CANCELED }), None).await.map_err(stopped)?;
        self.mirrors().forget(chat, event, native).await.map_err(logged)
    }

    async fn delete_native(&self, guild: GuildId, chat: &str, event: EventId, native: &str) {
        if let Ok(id) = native.parse::<ScheduledEventId>() {
            if let Err(error) = self.http.delete_scheduled_event(guild, id).await {
                tracing::warn!(error = describe(&error), "could not remove a server event");
            }
        }
        if let Err(error) = self.mirrors().forget(chat, event, native).await {
            tracing::warn!(%error, "could not forget a server event");
        }
    }

    /// Brings every mirrored channel's Events tab in step: a series Discord cannot repeat by
    /// itself shows its next time, and events that are over leave. Run every
    /// [`MIRROR_REFRESH`] by the instance holding the gateway (or each in HTTP mode).
    pub async fn refresh_mirrors(&self) {
        let chats = match self.mirrors().mirrored_chats().await {
            Ok(chats) => chats,
            Err(error) => return tracing::warn!(%error, "could not list the mirrored channels"),
        };
        for chat in chats {
            let Ok(channel) = chat.parse::<ChannelId>() else { continue };
            let Some(guild) = self.places.server_of(channel) else { continue };
            if let Err(Stopped::NoPermission) = self.mirror_all(guild, channel).await {
                tracing::warn!(channel = channel.get(), "the Create Events permission is gone; mirroring stopped");
                if let Err(error) = self.mirrors().stop(&channel_chat(channel)).await {
                    tracing::error!(%error, "could not turn mirroring off");
                }
            }
        }
    }

    /// Someone clicked "Interested" on a server event that mirrors one of ours: they may come.
    pub(super) async fn interested(&self, guild: GuildId, native: ScheduledEventId, person: UserId) {
        let Some((channel, event)) = self.mirrored_by(guild, &native.to_string()).await else { return };
        let chat = channel_chat(channel);
        let Ok(Some(wanted)) = self.mirrors().event(&chat, event).await else { return };
        let name = match self.http.get_member(guild, person).await {
            Ok(member) => member.nick.or(member.user.global_name).unwrap_or(member.user.name),
            Err(_) => person.to_string(),
        };
        let user = UserIdentity { platform: Platform::Discord, external_id: person.to_string(), display_name: name };
        let incoming =
            Incoming { language: None, chat, user, is_admin: false, text: format!("/maybe {}", wanted.number) };
        if let Admission::Admitted(admitted) = self.engine.admit(&incoming) {
            let origin = Origin::chat(channel.to_string(), false);
            self.kit.on_quiet_command(&origin, &incoming, admitted).await;
        }
    }

    /// The channel and event a server event mirrors.
    async fn mirrored_by(&self, guild: GuildId, native: &str) -> Option<(ChannelId, EventId)> {
        for channel in self.places.channels_of(guild) {
            let links = self.mirrors().links(&channel.to_string()).await.ok()?;
            if let Some((event, _)) = links.into_iter().find(|(_, n)| n == native) {
                return Some((channel, event));
            }
        }
        None
    }
}

/// The channel as a link: the location of an event that names no place.
fn channel_link(guild: GuildId, channel: ChannelId) -> String {
    format!("https://discord.com/channels/{guild}/{channel}")
}

fn stopped(error: serenity::Error) -> Stopped {
    if matches!(refusal(&error), Some((_, MISSING_PERMISSIONS))) {
        return Stopped::NoPermission;
    }
    tracing::warn!(error = describe(&error), "Discord refused a server event");
    Stopped::Failed
}

fn logged(error: convene_core::store::StoreError) -> Stopped {
    tracing::warn!(%error, "could not read what the server's Events tab should show");
    Stopped::Failed
}

//! Taking interactions in without ever waiting: each is screened (the per-person command limit
//! applies here, before any work is queued) and its work queued on its channel's lane, where the
//! channel's interactions are handled in order and apart from other channels'. Every interaction
//! gets an answer: the result, a refusal only the asker sees, or a deferral while work goes on.

use super::commands::command_text;
use super::identity::{is_admin, speaker};
use super::modal::{form_text, new_event_form, NEW_EVENT_FORM};
use super::respond::{Asked, Interaction};
use super::Discord;
use crate::chat::{Origin, Press};
use convene_core::{text, Admission, Incoming};
use serenity::builder::{Builder, CreateInteractionResponse};
use serenity::model::application::{
    CommandInteraction, ComponentInteraction, ComponentInteractionDataKind, Interaction as Received, ModalInteraction,
};
use serenity::model::id::{ChannelId, GuildId};
use std::sync::Arc;
use tracing::Instrument;

/// Where an interaction happened and who asked, as the engine names them.
struct Asker {
    /// The chat: the channel.
    incoming: Incoming,
    /// The channel's id (the lane).
    channel: ChannelId,
    /// Whether it is a DM with the bot.
    private: bool,
}

impl Discord {
    /// Takes one interaction from the gateway or the HTTP endpoint, queueing its work on its
    /// channel's lane. Never waits (autocomplete is answered on a task of its own).
    pub fn receive(self: &Arc<Self>, interaction: Received) {
        match interaction {
            Received::Command(command) if command.data.name == "new" && command.data.options.is_empty() => {
                let discord = self.clone();
                tokio::spawn(async move { discord.open_new_event_form(&command).await });
            }
            Received::Command(command) => {
                let text = command_text(&command.data.name, &command.data.options);
                let asker = self.asker(command.channel_id, command.guild_id, &command, text);
                self.queue(asker, Asked::Command, command.id, command.token, None);
            }
            Received::Component(press) => self.on_component(press),
            Received::Modal(form) => self.on_form(form),
            Received::Autocomplete(ask) => {
                let discord = self.clone();
                tokio::spawn(async move { discord.autocomplete(&ask).await });
            }
            _ => {}
        }
    }

    fn on_component(self: &Arc<Self>, press: ComponentInteraction) {
        let command = match &press.data.kind {
            ComponentInteractionDataKind::Button => press.data.custom_id.clone(),
            ComponentInteractionDataKind::StringSelect { values } => {
                format!("{} {}", press.data.custom_id, values.join(" "))
            }
            _ => return,
        };
        let asker = Asker {
            incoming: self.incoming(press.channel_id, press.guild_id, &press.user, press.member.as_ref(), command),
            channel: press.channel_id,
            private: press.guild_id.is_none(),
        };
        let pressed = Press { id: press.id.to_string(), message: press.message.id.to_string() };
        self.queue(asker, Asked::Press, press.id, press.token, Some(pressed));
    }

    fn on_form(self: &Arc<Self>, form: ModalInteraction) {
        if form.data.custom_id != NEW_EVENT_FORM {
            return;
        }
        let text = form_text(&form.data.components);
        let asker = Asker {
            incoming: self.incoming(form.channel_id, form.guild_id, &form.user, form.member.as_ref(), text),
            channel: form.channel_id,
            private: form.guild_id.is_none(),
        };
        self.queue(asker, Asked::Command, form.id, form.token, None);
    }

    fn asker(&self, channel: ChannelId, guild: Option<GuildId>, command: &CommandInteraction, text: String) -> Asker {
        let incoming = self.incoming(channel, guild, &command.user, command.member.as_deref(), text);
        Asker { incoming, channel, private: guild.is_none() }
    }

    fn incoming(
        &self,
        channel: ChannelId,
        guild: Option<GuildId>,
        user: &serenity::model::user::User,
        member: Option<&serenity::model::guild::Member>,
        text: String,
    ) -> Incoming {
        match guild {
            Some(guild) => self.places.remember_channel(channel, guild),
            None => self.places.remember_dm(channel),
        }
        let (chat, user) = speaker(channel, guild, user, member);
        Incoming { chat, user, is_admin: guild.is_none() || member.is_some_and(is_admin), text }
    }

    /// Screens one interaction and queues its work on its channel's lane.
    fn queue(
        self: &Arc<Self>,
        asker: Asker,
        asked: Asked,
        id: serenity::model::id::InteractionId,
        token: String,
        press: Option<Press>,
    ) {
        let span = tracing::info_span!("discord_interaction", interaction = id.get(), channel = asker.channel.get());
        let interaction = Interaction::start(self.http.clone(), id, token, asked, self.defer_after);
        let admission = span.in_scope(|| self.engine.admit(&asker.incoming));
        let discord = self.clone();
        let job = async move {
            let origin =
                Origin { chat: asker.channel.to_string(), private: asker.private, respond: Some(interaction.clone()) };
            match (admission, press) {
                (Admission::Admitted(admitted), Some(press)) => {
                    discord.kit.on_press(&origin, &press, &asker.incoming, admitted).await;
                }
                (Admission::Admitted(admitted), None) => {
                    discord.kit.on_command(&origin, &asker.incoming, admitted).await
                }
                (Admission::OverLimit(Some(answer)), _) => discord.kit.answer(&origin, &answer.reply).await,
                (Admission::OverLimit(None), _) => interaction.tell_asker(&text::still_too_many()).await,
            }
        }
        .instrument(span.clone());
        if self.lanes.push(asker.channel.get(), job).is_err() {
            metrics::counter!("convene_updates_dropped_total", "platform" => "discord", "reason" => "chat_busy")
                .increment(1);
            span.in_scope(|| tracing::warn!("this channel has too much waiting; interaction dropped"));
        }
    }

    /// `/new` with nothing filled in: the form to plan an event.
    async fn open_new_event_form(&self, command: &CommandInteraction) {
        let form = CreateInteractionResponse::Modal(new_event_form());
        if let Err(error) = form.execute(&*self.http, (command.id, &command.token)).await {
            tracing::warn!(error = super::errors::describe(&error), "could not open the new event form");
        }
    }
}

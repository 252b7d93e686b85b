//! Taking interactions in without ever waiting: each is screened (the per-person command limit
//! applies here, before any work is queued) and its work queued on its channel's lane, where the
//! channel's interactions are handled in order and apart from other channels'. Every interaction
//! gets an answer: the result, a refusal only the asker sees, or a deferral while work goes on.

use super::answer_path::AnswerPath;
use super::commands::command_text;
use super::identity::{is_admin, speaker};
use super::modal::{form_answer, form_text, new_event_form, NEW_EVENT_FORM};
use super::respond::{Asked, Interaction};
use super::Discord;
use crate::chat::{Origin, Press};
use convene_core::domain::Language;
use convene_core::{text, Admission, Incoming, WhenReading};
use serenity::builder::CreateInteractionResponse;
use serenity::model::application::{
    CommandInteraction, ComponentInteraction, ComponentInteractionDataKind, Interaction as Received, ModalInteraction,
};
use serenity::model::id::{ChannelId, GuildId};
use std::sync::Arc;
use tokio::sync::oneshot;
use tracing::Instrument;

/// Where the first answer goes in HTTP interactions mode: the waiting request's body.
pub type Body = oneshot::Sender<CreateInteractionResponse>;

/// Where an interaction happened and who asked, as the engine names them.
struct Asker {
    /// The command as the engine hears it.
    incoming: Incoming,
    /// The time given on its own (a form's or an option's "when"), to be read strictly first.
    when: Option<String>,
    /// The channel's id (the lane).
    channel: ChannelId,
    /// Whether it is a DM with the bot.
    private: bool,
}

impl Discord {
    /// Takes one interaction from the gateway or the HTTP endpoint, queueing its work on its
    /// channel's lane. Never waits (autocomplete is answered on a task of its own).
    pub async fn receive(self: &Arc<Self>, interaction: Received) {
        self.receive_answering(interaction, None).await;
    }

    /// The same, with the first answer going to `body` (HTTP interactions mode) when given.
    pub async fn receive_answering(self: &Arc<Self>, interaction: Received, body: Option<Body>) {
        let path = |id, token| match body {
            Some(body) => AnswerPath::body(self.http.clone(), id, token, body),
            None => AnswerPath::rest(self.http.clone(), id, token),
        };
        match interaction {
            Received::Command(command) if command.data.name == "new" && command.data.options.is_empty() => {
                let path = path(command.id, command.token.clone());
                tokio::spawn(open_new_event_form(path, Language::from_platform_tag(&command.locale)));
            }
            Received::Command(command) => {
                let text = command_text(&command.data.name, &command.data.options);
                let mut asker = self.asker(command.channel_id, command.guild_id, &command, text);
                asker.when = option_text(&command.data.options, "when");
                self.queue(asker, Asked::Command, path(command.id, command.token), None).await;
            }
            Received::Component(press) => {
                let path = path(press.id, press.token.clone());
                self.on_component(press, path).await;
            }
            Received::Modal(form) => {
                let path = path(form.id, form.token.clone());
                self.on_form(form, path).await;
            }
            Received::Autocomplete(ask) => {
                let (discord, path) = (self.clone(), path(ask.id, ask.token.clone()));
                tokio::spawn(async move { discord.autocomplete(&ask, path).await });
            }
            _ => {}
        }
    }

    async fn on_component(self: &Arc<Self>, press: ComponentInteraction, path: AnswerPath) {
        let command = match &press.data.kind {
            ComponentInteractionDataKind::Button => press.data.custom_id.clone(),
            ComponentInteractionDataKind::StringSelect { values } => {
                format!("{} {}", press.data.custom_id, values.join(" "))
            }
            _ => return,
        };
        let asker = Asker {
            incoming: self
                .incoming(press.channel_id, press.guild_id, &press.user, press.member.as_ref(), command)
                .speaking(spoken(press.guild_locale.as_deref(), &press.locale)),
            when: None,
            channel: press.channel_id,
            private: press.guild_id.is_none(),
        };
        let pressed = Press { id: press.id.to_string(), message: press.message.id.to_string() };
        self.queue(asker, Asked::Press, path, Some(pressed)).await;
    }

    async fn on_form(self: &Arc<Self>, form: ModalInteraction, path: AnswerPath) {
        if form.data.custom_id != NEW_EVENT_FORM {
            return;
        }
        let text = form_text(&form.data.components);
        let asker = Asker {
            incoming: self
                .incoming(form.channel_id, form.guild_id, &form.user, form.member.as_ref(), text)
                .speaking(spoken(form.guild_locale.as_deref(), &form.locale)),
            when: form_answer(&form.data.components, "when"),
            channel: form.channel_id,
            private: form.guild_id.is_none(),
        };
        self.queue(asker, Asked::Command, path, None).await;
    }

    fn asker(&self, channel: ChannelId, guild: Option<GuildId>, command: &CommandInteraction, text: String) -> Asker {
        let incoming = self
            .incoming(channel, guild, &command.user, command.member.as_deref(), text)
            .speaking(spoken(command.guild_locale.as_deref(), &command.locale));
        Asker { incoming, when: None, channel, private: guild.is_none() }
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
        Incoming { language: None, chat, user, is_admin: guild.is_none() || member.is_some_and(is_admin), text }
    }

    /// Screens one interaction and queues its work on its channel's lane.
    async fn queue(self: &Arc<Self>, asker: Asker, asked: Asked, path: AnswerPath, press: Option<Press>) {
        let span =
            tracing::info_span!("discord_interaction", interaction = path.id.get(), channel = asker.channel.get());
        let by_body = path.by_body();
        let interaction = Interaction::start(path, asked, self.defer_after);
        // Over HTTP any of several instances may take a person's interactions: count across them.
        let admission = match by_body {
            true => self.engine.admit_across(&asker.incoming).instrument(span.clone()).await,
            false => span.in_scope(|| self.engine.admit(&asker.incoming)),
        };
        let discord = self.clone();
        let job = async move {
            let origin =
                Origin { chat: asker.channel.to_string(), private: asker.private, respond: Some(interaction.clone()) };
            if let (Some(when), Admission::Admitted(_)) = (&asker.when, &admission) {
                if let Some(why) = discord.unread_time(&asker.incoming, when).await {
                    return interaction.tell_asker(&why).await;
                }
            }
            match (admission, press) {
                (Admission::Admitted(admitted), Some(press)) => {
                    discord.kit.on_press(&origin, &press, &asker.incoming, admitted).await;
                }
                (Admission::Admitted(admitted), None) => {
                    let card = discord.kit.on_command(&origin, &asker.incoming, admitted).await;
                    if let Some(refused) = discord.mirror_after(asker.channel, &asker.incoming.text, card).await {
                        interaction.tell_asker(&refused).await;
                    }
                }
                (Admission::OverLimit(Some(answer)), _) => discord.kit.answer(&origin, &answer.reply).await,
                (Admission::OverLimit(None), _) => {
                    let language = asker.incoming.language.unwrap_or_default();
                    interaction.tell_asker(&text::speaking_now(language, text::still_too_many)).await
                }
            }
        }
        .instrument(span.clone());
        if self.lanes.push(asker.channel.get(), job).is_err() {
            metrics::counter!("convene_updates_dropped_total", "platform" => "discord", "reason" => "chat_busy")
                .increment(1);
            span.in_scope(|| tracing::warn!("this channel has too much waiting; interaction dropped"));
        }
    }

    /// Why a time given on its own can't be read (every word of it must be), or None.
    async fn unread_time(&self, incoming: &Incoming, when: &str) -> Option<String> {
        match self.engine.read_when(&incoming.chat, &incoming.user, when).await {
            Ok(WhenReading::Read(_)) => None,
            Ok(WhenReading::Unread(why)) => Some(why),
            Err(error) => {
                tracing::warn!(%error, "could not read the time first; the command reads it");
                None
            }
        }
    }
}

/// The text of option `name`, when given.
fn option_text(options: &[serenity::model::application::CommandDataOption], name: &str) -> Option<String> {
    options.iter().find(|o| o.name == name).and_then(|o| o.value.as_str()).map(str::to_string)
}

/// `/new` with nothing filled in: the form to plan an event, in the asker's own language (only
/// they see it).
async fn open_new_event_form(path: AnswerPath, language: Option<Language>) {
    let form = text::speaking_now(language.unwrap_or_default(), new_event_form);
    if let Err(error) = path.first(CreateInteractionResponse::Modal(form)).await {
        tracing::warn!(error = super::errors::describe(&error), "could not open the new event form");
    }
}

/// The language Discord reports for an interaction: the server's preferred locale when it was
/// chosen (every server starts at en-US, which says nothing), else the person's own.
fn spoken(guild_locale: Option<&str>, locale: &str) -> Option<Language> {
    guild_locale
        .filter(|tag| *tag != "en-US")
        .and_then(Language::from_platform_tag)
        .or_else(|| Language::from_platform_tag(locale))
}

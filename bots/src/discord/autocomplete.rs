//! Autocomplete, answered at once (Discord waits 3 s at most, 25 choices at most): the channel's
//! coming events for an event option, zones for a zone option, and for a time option how Convene
//! reads what was typed so far, before anything is created.

use super::answer_path::AnswerPath;
use super::commands::{options_of, Holds};
use super::identity::speaker;
use super::Discord;
use convene_core::{Engine, WhenReading};
use serenity::builder::{CreateAutocompleteResponse, CreateInteractionResponse};
use serenity::model::application::CommandInteraction;

/// Discord's limits on choices.
const MAX_CHOICES: usize = 25;
const MAX_CHOICE_NAME: usize = 100;

impl Discord {
    /// Answers one autocomplete request.
    pub(super) async fn autocomplete(&self, ask: &CommandInteraction, path: AnswerPath) {
        let Some(focused) = ask.data.autocomplete() else { return };
        let holds = options_of(&ask.data.name)
            .and_then(|options| options.iter().find(|o| o.name == focused.name))
            .map(|o| o.holds);
        let (chat, user) = speaker(ask.channel_id, ask.guild_id, &ask.user, ask.member.as_deref());
        let choices: Vec<(String, String)> = match holds {
            Some(Holds::Event) => match self.engine.suggest_events(&chat, &user, focused.value, MAX_CHOICES).await {
                Ok(events) => events.into_iter().map(|s| (s.shown, s.value)).collect(),
                Err(error) => {
                    tracing::warn!(%error, "could not list events for autocomplete");
                    Vec::new()
                }
            },
            Some(Holds::Zone) => {
                Engine::suggest_zones(focused.value, MAX_CHOICES).into_iter().map(|z| (z.clone(), z)).collect()
            }
            Some(Holds::When) if !focused.value.trim().is_empty() => {
                match self.engine.read_when(&chat, &user, focused.value).await {
                    // The choice shows the reading (or why there is none) and keeps what was typed.
                    Ok(WhenReading::Read(reading) | WhenReading::Unread(reading)) => {
                        vec![(reading, focused.value.to_string())]
                    }
                    Err(error) => {
                        tracing::warn!(%error, "could not read the time for autocomplete");
                        Vec::new()
                    }
                }
            }
            _ => Vec::new(),
        };
        let response = choices
            .into_iter()
            .take(MAX_CHOICES)
            .fold(CreateAutocompleteResponse::new(), |response, (shown, value)| {
                response.add_string_choice(clip(&shown), clip(&value))
            });
        let answer = CreateInteractionResponse::Autocomplete(response);
        if let Err(error) = path.first(answer).await {
            tracing::warn!(error = super::errors::describe(&error), "could not answer autocomplete");
        }
    }
}

fn clip(text: &str) -> String {
    if text.chars().count() <= MAX_CHOICE_NAME {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(MAX_CHOICE_NAME - 1).collect();
    cut.push('…');
    cut
}

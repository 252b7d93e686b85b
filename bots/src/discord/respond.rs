//! Answering one interaction. Discord wants a first answer within 3 s, else the interaction
//! fails for the person; the token then lasts 15 minutes for edits and follow-ups. The answer is
//! made when the work is done (a message, or the pressed card updated in place); if the work is
//! still going [`DEFER_AFTER`] after the interaction arrived, it is deferred ("Convene is
//! thinking…") and the deferred answer is edited when the work ends. Later messages are follow-ups.

use super::errors::send_error;
use super::render::draw;
use crate::chat::{Respond, SendError};
use async_trait::async_trait;
use convene_core::Reply;
use serenity::builder::{Builder, CreateInteractionResponse, CreateInteractionResponseMessage};
use serenity::http::Http;
use serenity::model::id::InteractionId;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

/// How long the work may take before the interaction is deferred (Discord allows 3 s in all).
pub const DEFER_AFTER: Duration = Duration::from_millis(2_000);

/// What the interaction was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// A slash command or a modal: answered with a new message.
    Command,
    /// A button press or a menu choice on one of our messages: answered by updating it.
    Press,
}

/// How far the answer has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Nothing sent yet.
    Waiting,
    /// Deferred: the answer is an edit of the deferred message.
    Deferred,
    /// Answered: anything more is a follow-up.
    Answered,
}

/// One interaction to answer.
pub struct Interaction {
    /// The REST client.
    http: Arc<Http>,
    /// The interaction's id and token.
    id: InteractionId,
    token: String,
    /// What it was.
    asked: Asked,
    /// How far the answer has come (held while answering, so a deferral and the answer never cross).
    stage: Mutex<Stage>,
}

impl Interaction {
    /// The interaction `id` with `token`; deferred on its own if not answered within `defer_after`.
    pub fn start(http: Arc<Http>, id: InteractionId, token: String, asked: Asked, defer_after: Duration) -> Arc<Self> {
        let interaction = Arc::new(Self { http, id, token, asked, stage: Mutex::new(Stage::Waiting) });
        let later = Arc::downgrade(&interaction);
        tokio::spawn(async move {
            tokio::time::sleep(defer_after).await;
            if let Some(interaction) = later.upgrade() {
                interaction.defer().await;
            }
        });
        interaction
    }

    /// Defers the answer if nothing was sent yet.
    async fn defer(&self) {
        let mut stage = self.stage.lock().await;
        if *stage != Stage::Waiting {
            return;
        }
        let deferral = match self.asked {
            Asked::Command => CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new()),
            Asked::Press => CreateInteractionResponse::Acknowledge,
        };
        match deferral.execute(&*self.http, (self.id, &self.token)).await {
            Ok(()) => *stage = Stage::Deferred,
            Err(error) => tracing::warn!(%error, "could not defer the interaction"),
        }
        tracing::info!("interaction deferred: the work took longer than usual");
    }

    /// Sends the first answer, or edits the deferred one, or follows up; returns the message id
    /// when the chat sees the message and `want_id`.
    async fn say(&self, reply: &Reply, only_asker: bool, update: bool) -> Result<Option<String>, SendError> {
        let drawn = draw(reply);
        let mut stage = self.stage.lock().await;
        let id = match *stage {
            Stage::Waiting => {
                let message = drawn.response(only_asker && !update);
                let response = if update {
                    CreateInteractionResponse::UpdateMessage(message)
                } else {
                    CreateInteractionResponse::Message(message)
                };
                response.execute(&*self.http, (self.id, &self.token)).await.map_err(send_error)?;
                None
            }
            Stage::Deferred => {
                let edited = drawn.edit_response().execute(&*self.http, &self.token).await.map_err(send_error)?;
                Some(edited.id)
            }
            Stage::Answered => {
                let sent = drawn.followup(only_asker).execute(&*self.http, (None, &self.token)).await;
                Some(sent.map_err(send_error)?.id)
            }
        };
        *stage = Stage::Answered;
        drop(stage);
        if only_asker || update {
            return Ok(None);
        }
        match id {
            Some(id) => Ok(Some(id.to_string())),
            None if reply.card.is_some() => {
                let original = self.http.get_original_interaction_response(&self.token).await.map_err(send_error)?;
                Ok(Some(original.id.to_string()))
            }
            None => Ok(None),
        }
    }

    /// Answers with a short text the asker alone sees (a limit reached, an expired button).
    pub async fn tell_asker(&self, text: &str) {
        if let Err(error) = self.say(&Reply::text(text), true, false).await {
            tracing::warn!(%error, "could not answer the interaction");
        }
    }
}

#[async_trait]
impl Respond for Interaction {
    async fn respond(&self, reply: &Reply, only_asker: bool) -> Result<Option<String>, SendError> {
        self.say(reply, only_asker, false).await
    }

    async fn update_pressed(&self, card: &Reply, lead: Option<&str>) -> Result<(), SendError> {
        self.say(card, false, self.asked == Asked::Press).await?;
        if let Some(lead) = lead {
            self.say(&Reply::text(lead), true, false).await?;
        }
        Ok(())
    }
}

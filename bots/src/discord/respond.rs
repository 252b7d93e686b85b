//! Answering one interaction. Discord wants a first answer within 3 s, else the interaction
//! fails for the person; the token then lasts 15 minutes for edits and follow-ups. The answer is
//! made when the work is done (a message, or the pressed card updated in place); if the work is
//! still going [`DEFER_AFTER`] after the interaction arrived, it is deferred ("Convene is
//! thinking…") and the deferred answer is edited when the work ends. Later messages are follow-ups.

use super::answer_path::AnswerPath;
use super::errors::{describe, send_error};
use super::render::draw;
use crate::chat::{Respond, SendError};
use async_trait::async_trait;
use convene_core::Reply;
use serenity::builder::{Builder, CreateInteractionResponse, CreateInteractionResponseMessage};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

/// How long the work may take before the interaction is deferred (Discord allows 3 s in all).
pub const DEFER_AFTER: Duration = Duration::from_millis(2_000);
/// In HTTP interactions mode, how long to wait before asking again for the answer's message.
const ORIGINAL_RETRY: Duration = Duration::from_millis(200);

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
    /// Where the first answer goes; the REST client and token for the rest.
    path: AnswerPath,
    /// What it was.
    asked: Asked,
    /// Whether to defer before saying anything (no time is allowed for the work).
    defer_first: bool,
    /// How far the answer has come (held while answering, so a deferral and the answer never cross).
    stage: Mutex<Stage>,
}

impl Interaction {
    /// The interaction answered through `path`; deferred on its own if not answered within
    /// `defer_after`.
    /// With no time at all (`Duration::ZERO`), it is deferred before anything is said.
    pub fn start(path: AnswerPath, asked: Asked, defer_after: Duration) -> Arc<Self> {
        let defer_first = defer_after.is_zero();
        let interaction = Arc::new(Self { path, asked, defer_first, stage: Mutex::new(Stage::Waiting) });
        if defer_first {
            return interaction;
        }
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
        self.defer_at(&mut stage).await;
    }

    async fn defer_at(&self, stage: &mut Stage) {
        if *stage != Stage::Waiting {
            return;
        }
        let deferral = match self.asked {
            Asked::Command => CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new()),
            Asked::Press => CreateInteractionResponse::Acknowledge,
        };
        match self.path.first(deferral).await {
            Ok(()) => {
                *stage = Stage::Deferred;
                tracing::info!("interaction deferred: the work took longer than usual");
            }
            Err(error) => tracing::warn!(error = describe(&error), "could not defer the interaction"),
        }
    }

    /// Sends the first answer, or edits the deferred one, or follows up; returns the message id
    /// when the chat sees the message and `want_id`.
    async fn say(&self, reply: &Reply, only_asker: bool, update: bool) -> Result<Option<String>, SendError> {
        let drawn = draw(reply);
        let mut stage = self.stage.lock().await;
        if self.defer_first {
            self.defer_at(&mut stage).await;
        }
        let id = match *stage {
            Stage::Waiting => {
                let message = drawn.response(only_asker && !update);
                let response = if update {
                    CreateInteractionResponse::UpdateMessage(message)
                } else {
                    CreateInteractionResponse::Message(message)
                };
                self.path.first(response).await.map_err(send_error)?;
                None
            }
            Stage::Deferred => {
                let edited = drawn.edit_response().execute(&*self.path.http, &self.path.token).await;
                let edited = edited.map_err(send_error)?;
                Some(edited.id)
            }
            Stage::Answered => {
                let sent = drawn.followup(only_asker).execute(&*self.path.http, (None, &self.path.token)).await;
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
            None if reply.card.is_some() => self.original_message().await.map(Some),
            None => Ok(None),
        }
    }

    /// The id of the message the first answer made. In HTTP interactions mode Discord makes it
    /// only once our answer to its request has arrived, so it is asked for a few times.
    async fn original_message(&self) -> Result<String, SendError> {
        let mut tries = if self.path.by_body() { 5 } else { 1 };
        loop {
            tries -= 1;
            match self.path.http.get_original_interaction_response(&self.path.token).await {
                Ok(original) => return Ok(original.id.to_string()),
                Err(error) if tries == 0 => return Err(send_error(error)),
                Err(_) => tokio::time::sleep(ORIGINAL_RETRY).await,
            }
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

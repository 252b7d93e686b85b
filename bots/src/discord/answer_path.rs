//! Where the first answer to an interaction goes. Over the gateway it is a REST call (the
//! interaction callback); in HTTP interactions mode it is the body of the answer to Discord's
//! POST, handed to the waiting request through a channel.

use serenity::builder::{Builder, CreateInteractionResponse};
use serenity::http::Http;
use serenity::model::id::InteractionId;
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

/// The way to send an interaction's first answer.
pub struct AnswerPath {
    /// The REST client.
    pub http: Arc<Http>,
    /// The interaction's id and token.
    pub id: InteractionId,
    pub token: String,
    /// In HTTP interactions mode: the request waiting for its answer's body.
    body: Mutex<Option<oneshot::Sender<CreateInteractionResponse>>>,
    /// Whether this is HTTP interactions mode.
    by_body: bool,
}

impl AnswerPath {
    /// The first answer goes by REST (gateway mode).
    pub fn rest(http: Arc<Http>, id: InteractionId, token: String) -> Self {
        Self { http, id, token, body: Mutex::new(None), by_body: false }
    }

    /// The first answer is the body of the answer to Discord's request (HTTP interactions mode).
    pub fn body(
        http: Arc<Http>,
        id: InteractionId,
        token: String,
        to: oneshot::Sender<CreateInteractionResponse>,
    ) -> Self {
        Self { http, id, token, body: Mutex::new(Some(to)), by_body: true }
    }

    /// Whether the answer travels in a request's body (so Discord shows it only once that
    /// request is answered).
    pub fn by_body(&self) -> bool {
        self.by_body
    }

    /// Sends the first answer.
    pub async fn first(&self, response: CreateInteractionResponse) -> serenity::Result<()> {
        let waiting = self.body.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
        match waiting {
            Some(request) => request.send(response).map_err(|_| serenity::Error::Other("the request stopped waiting")),
            None => response.execute(&*self.http, (self.id, &self.token)).await,
        }
    }
}

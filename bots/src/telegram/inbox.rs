//! Updates read by long polling are kept in the database's inbox before Telegram is told they
//! arrived (the next getUpdates confirms them), and forgotten once handled. A poller that dies
//! with updates read but not handled leaves them there; whoever polls next handles them first.
//! Each command is applied once however often its update is handed out (see
//! [`convene_core::Admitted::from_update`]), so an update handled just before the kill is not
//! applied twice.

use super::Telegram;
use convene_core::domain::Platform;
use std::sync::Arc;
use teloxide::types::Update;

impl Telegram {
    /// Keeps `update` in the inbox, then takes it in. If the database cannot take it, the update
    /// is still handled now (only a crash before then would lose it).
    pub(super) async fn keep(self: &Arc<Self>, update: Update) {
        let kept = match serde_json::to_string(&update) {
            Ok(json) => {
                let now = self.engine.clock().now();
                let kept = self.engine.store().keep_update(Platform::Telegram, update.id.0.into(), &json, now).await;
                kept.map_err(|error| tracing::warn!(%error, "could not keep the update in the inbox")).is_ok()
            }
            Err(error) => {
                tracing::warn!(%error, "could not write the update down");
                false
            }
        };
        self.take_in(update, kept);
    }

    /// Takes in the updates a previous poller read but did not handle, oldest first.
    pub(super) async fn take_in_unhandled(self: &Arc<Self>) {
        let left = match self.engine.store().unhandled_updates(Platform::Telegram).await {
            Ok(left) => left,
            Err(error) => return tracing::warn!(%error, "could not read the updates left unhandled"),
        };
        if !left.is_empty() {
            tracing::info!(updates = left.len(), "handling the updates a previous poller left");
        }
        for (id, json) in left {
            match serde_json::from_str::<Update>(&json) {
                Ok(update) => self.take_in(update, true),
                Err(error) => {
                    tracing::warn!(update = id, %error, "an update left in the inbox cannot be read; dropped");
                    self.forget(id as u32).await;
                }
            }
        }
    }

    /// Forgets a handled update.
    pub(super) async fn forget(&self, id: u32) {
        if let Err(error) = self.engine.store().handled(Platform::Telegram, id.into()).await {
            tracing::warn!(update = id, %error, "could not forget a handled update");
        }
    }

    /// Forgets an update that needs no work, without waiting (when it was kept at all).
    pub(super) fn forget_later(self: &Arc<Self>, id: u32, kept: bool) {
        if kept {
            let adapter = self.clone();
            tokio::spawn(async move { adapter.forget(id).await });
        }
    }
}

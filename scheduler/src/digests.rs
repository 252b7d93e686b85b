//! Digests through the durable queue, like reminders: each chat's next digest is a row due at its
//! local time (computed in the chat's zone when the digest or the zone is set, and again after
//! each digest, so it stays exact across DST changes). The scheduler claims due rows with a lease,
//! posts them, retries temporary failures with the same backoff as reminders, and moves each row
//! to its next slot. Several instances post each digest once; a crashed sender's claim is taken
//! over when its lease runs out.

use crate::Scheduler;
use chrono::{DateTime, Utc};
use convene_core::delivery::DeliveryError;
use convene_core::domain::ChatId;
use convene_core::store::{ClaimedDigest, StoreResult};
use convene_core::Audience;
use tracing::Instrument;

/// What one round of digests did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DigestTick {
    /// Digests claimed.
    pub claimed: usize,
    /// Posted.
    pub posted: usize,
    /// Put back to try again.
    pub retried: usize,
    /// Given up (the chat refuses, or too many tries).
    pub failed: usize,
    /// Too late to be worth posting (the process was down past the grace window).
    pub missed: usize,
}

/// What became of one claimed digest.
enum Fate {
    Posted,
    Retried,
    Failed,
    Missed,
    Gone,
}

/// Claims and posts one batch of due digests at the clock's now.
pub async fn tick(scheduler: &Scheduler) -> StoreResult<DigestTick> {
    let now = scheduler.clock.now();
    let settings = &scheduler.settings;
    let claimed = scheduler.store.claim_due_digests(now + settings.lookahead, settings.batch, settings.lease).await?;
    let mut report = DigestTick { claimed: claimed.len(), ..DigestTick::default() };
    let chats: Vec<ChatId> = claimed.iter().map(|d| d.chat.id).collect();
    let work = async {
        for digest in &claimed {
            let span = tracing::info_span!("digest", chat = digest.chat.id.0);
            let fate = match post(scheduler, digest, now).instrument(span.clone()).await {
                Ok(fate) => fate,
                // One chat's digest failing (its data unreadable, a lost connection) does not
                // hold up the others: it is tried again later, like a failed send.
                Err(error) => {
                    span.in_scope(|| tracing::error!(%error, "could not prepare the digest"));
                    let later = now + settings.backoff(digest.attempts);
                    scheduler.store.retry_digest(digest.chat.id, digest.slot, later).await?;
                    Fate::Retried
                }
            };
            let (field, name) = match fate {
                Fate::Posted => (&mut report.posted, "sent"),
                Fate::Retried => (&mut report.retried, "retried"),
                Fate::Failed => (&mut report.failed, "failed"),
                Fate::Missed => (&mut report.missed, "missed"),
                Fate::Gone => continue,
            };
            *field += 1;
            metrics::counter!(format!("convene_digests_{name}_total")).increment(1);
        }
        Ok(report)
    };
    scheduler.renewing(work, |until| scheduler.store.extend_digest_claims(&chats, until)).await
}

/// Posts one claimed digest (or records why not) and moves its row on.
async fn post(scheduler: &Scheduler, digest: &ClaimedDigest, now: DateTime<Utc>) -> StoreResult<Fate> {
    let (store, settings) = (&scheduler.store, &scheduler.settings);
    let chat = &digest.chat;
    // Turned off since it was claimed: its row went with the setting.
    let Some(schedule) = chat.digest else { return Ok(Fate::Gone) };
    let zone = chat.zone.unwrap_or(settings.default_zone);
    let next = schedule.next_after(now.max(digest.slot), zone);
    if now - digest.slot > settings.grace {
        tracing::info!("digest missed: too late after downtime");
        store.finish_digest(chat.id, digest.slot, next, None).await?;
        return Ok(Fate::Missed);
    }
    let mut tx = store.begin(now).await?;
    let message = convene_core::digest::message(tx.as_mut(), chat, now, zone).await?;
    tx.commit().await?;
    let sent_at = crate::process::wait_until(scheduler, digest.slot).await;
    match scheduler.outbox.deliver(&Audience::Chat(chat.identity.clone()), &message).await {
        Ok(()) => {
            store.finish_digest(chat.id, digest.slot, next, Some(sent_at)).await?;
            tracing::info!("digest posted");
            Ok(Fate::Posted)
        }
        Err(error @ (DeliveryError::Permanent(_) | DeliveryError::Unreachable(_))) => {
            tracing::warn!(%error, "the chat refuses its digest");
            store.finish_digest(chat.id, digest.slot, next, None).await?;
            Ok(Fate::Failed)
        }
        Err(error) if digest.attempts >= settings.max_attempts => {
            tracing::warn!(%error, attempts = digest.attempts, "digest given up");
            store.finish_digest(chat.id, digest.slot, next, None).await?;
            Ok(Fate::Failed)
        }
        Err(error) => {
            tracing::info!(%error, "digest will be retried");
            store.retry_digest(chat.id, digest.slot, now + settings.backoff(digest.attempts)).await?;
            Ok(Fate::Retried)
        }
    }
}

/// Plans the next digest of every chat that has a digest but no row yet (after an import, or a
/// database from before the queue); run at start-up.
pub async fn plan_missing(scheduler: &Scheduler) -> StoreResult<usize> {
    let now = scheduler.clock.now();
    let chats = scheduler.store.unplanned_digest_chats().await?;
    for chat in &chats {
        if let Some(schedule) = chat.digest {
            let zone = chat.zone.unwrap_or(scheduler.settings.default_zone);
            scheduler.store.plan_digest(chat.id, schedule.next_after(now, zone)).await?;
        }
    }
    Ok(chats.len())
}

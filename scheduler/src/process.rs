//! One tick: claim due reminders, prepare their messages, send, record.

use crate::Scheduler;
use chrono::{DateTime, Utc};
use convene_core::delivery::DeliveryError;
use convene_core::reminders::{self, Delivery, Prepared};
use convene_core::store::{ClaimedReminder, DeliveryOutcome, ReminderId, ReminderState, StoreResult};
use convene_core::Audience;
use tracing::Instrument;

/// What one tick did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TickReport {
    /// Reminders claimed.
    pub claimed: usize,
    /// Delivered on time.
    pub sent: usize,
    /// Delivered late.
    pub late: usize,
    /// Too old: recorded as missed.
    pub missed: usize,
    /// Given up.
    pub failed: usize,
    /// No longer wanted.
    pub dropped: usize,
    /// Put back to try again.
    pub retried: usize,
}

pub async fn tick(scheduler: &Scheduler) -> StoreResult<TickReport> {
    let now = scheduler.clock.now();
    let settings = &scheduler.settings;
    let claimed = scheduler.store.claim_due_reminders(now + settings.lookahead, settings.batch, settings.lease).await?;
    let mut report = TickReport { claimed: claimed.len(), ..TickReport::default() };
    let ids: Vec<ReminderId> = claimed.iter().map(|r| r.id).collect();
    let work = async {
        for reminder in claimed {
            let span = tracing::info_span!("reminder", reminder = reminder.id.0, event = reminder.event.0);
            let state = handle(scheduler, &reminder, now).instrument(span).await?;
            count(&mut report, state, &reminder, now);
        }
        Ok(())
    };
    scheduler.renewing(work, |until| scheduler.store.extend_claims(&ids, until)).await.map(|()| report)
}

fn count(report: &mut TickReport, state: Option<ReminderState>, reminder: &ClaimedReminder, now: DateTime<Utc>) {
    let lateness = (now - reminder.due_at).num_milliseconds().max(0) as f64 / 1000.0;
    let (field, name) = match state {
        None => (&mut report.retried, "retried"),
        Some(ReminderState::Sent) => (&mut report.sent, "sent"),
        Some(ReminderState::Late) => (&mut report.late, "late"),
        Some(ReminderState::Missed) => (&mut report.missed, "missed"),
        Some(ReminderState::Failed) => (&mut report.failed, "failed"),
        Some(ReminderState::Dropped) => (&mut report.dropped, "dropped"),
    };
    *field += 1;
    metrics::counter!("convene_reminders_due_total").increment(1);
    metrics::counter!(format!("convene_reminders_{name}_total")).increment(1);
    if matches!(state, Some(ReminderState::Sent | ReminderState::Late)) {
        metrics::histogram!("convene_reminder_lateness_seconds").record(lateness);
    }
}

/// Handles one claimed reminder; returns its final state, or None when put back for a retry.
async fn handle(
    scheduler: &Scheduler,
    reminder: &ClaimedReminder,
    now: DateTime<Utc>,
) -> StoreResult<Option<ReminderState>> {
    let store = &scheduler.store;
    let settings = &scheduler.settings;
    let state = if now - reminder.due_at > settings.grace {
        ReminderState::Missed
    } else {
        let mut tx = store.begin(now).await?;
        let prepared = reminders::prepare(tx.as_mut(), reminder, now, settings.default_zone).await?;
        tx.commit().await?;
        match prepared {
            Prepared::Drop => ReminderState::Dropped,
            Prepared::Send(deliveries) => {
                match send_all(scheduler, reminder, &deliveries, wait_until(scheduler, reminder.due_at).await).await? {
                    Sending::Done if now - reminder.due_at > settings.late_after => ReminderState::Late,
                    Sending::Done => ReminderState::Sent,
                    Sending::AllRefused => ReminderState::Failed,
                    Sending::TryAgain if reminder.attempts >= settings.max_attempts => {
                        give_up(scheduler, reminder, &deliveries, now).await?;
                        ReminderState::Failed
                    }
                    Sending::TryAgain => {
                        store.retry_reminder(reminder.id, now + settings.backoff(reminder.attempts)).await?;
                        return Ok(None);
                    }
                }
            }
        }
    };
    store.finish_reminder(reminder.id, state, now).await?;
    tracing::info!(state = state.as_str(), "reminder finished");
    plan_next(scheduler, reminder, now).await?;
    Ok(Some(state))
}

/// Claimed a little ahead: waits for the `due` time (at most the lookahead), returns the time then.
pub(crate) async fn wait_until(scheduler: &Scheduler, due: DateTime<Utc>) -> DateTime<Utc> {
    let early = (due - scheduler.clock.now()).min(scheduler.settings.lookahead);
    if let Ok(early) = early.to_std() {
        tokio::time::sleep(early).await;
    }
    scheduler.clock.now()
}

/// After a reminder of a repeating event, the next occurrence's reminders are planned.
async fn plan_next(scheduler: &Scheduler, reminder: &ClaimedReminder, now: DateTime<Utc>) -> StoreResult<()> {
    let mut tx = scheduler.store.begin(now).await?;
    if let Some(event) = tx.event_by_id(reminder.event).await? {
        if event.recurrence.is_some() {
            reminders::refresh(tx.as_mut(), &event, now).await?;
        }
    }
    tx.commit().await
}

enum Sending {
    /// Every target has it (now or before).
    Done,
    /// Some target failed for now: try again later.
    TryAgain,
    /// Every target refused for good.
    AllRefused,
}

async fn send_all(
    scheduler: &Scheduler,
    reminder: &ClaimedReminder,
    deliveries: &[Delivery],
    now: DateTime<Utc>,
) -> StoreResult<Sending> {
    // A first attempt has reached nobody yet: no need to ask.
    let done = if reminder.attempts > 1 { scheduler.store.delivered_targets(reminder.id).await? } else { Vec::new() };
    let (mut transient, mut refused) = (0, 0);
    for delivery in deliveries.iter().filter(|d| !done.contains(&d.target)) {
        let outcome = match scheduler.outbox.deliver(&delivery.to, &delivery.message).await {
            Ok(()) => DeliveryOutcome::Sent,
            Err(error @ (DeliveryError::Permanent(_) | DeliveryError::Unreachable(_))) => {
                tracing::warn!(target_kind = delivery.target.split(':').next(), %error, "reminder target refuses");
                if let (DeliveryError::Unreachable(_), Audience::Person(person)) = (&error, &delivery.to) {
                    scheduler.outbox.explain_private_messages(person, &delivery.ask_in).await;
                }
                refused += 1;
                DeliveryOutcome::Refused
            }
            Err(error) => {
                tracing::info!(%error, "reminder delivery will be retried");
                transient += 1;
                continue;
            }
        };
        scheduler.store.record_delivery(reminder.id, &delivery.target, now, outcome).await?;
    }
    Ok(match (transient, refused) {
        (0, r) if r > 0 && r == deliveries.len() => Sending::AllRefused,
        (0, _) => Sending::Done,
        _ => Sending::TryAgain,
    })
}

/// Records every target not reached yet as given up.
async fn give_up(
    scheduler: &Scheduler,
    reminder: &ClaimedReminder,
    deliveries: &[Delivery],
    now: DateTime<Utc>,
) -> StoreResult<()> {
    for delivery in deliveries {
        scheduler.store.record_delivery(reminder.id, &delivery.target, now, DeliveryOutcome::Failed).await?;
    }
    Ok(())
}

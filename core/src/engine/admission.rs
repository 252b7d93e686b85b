//! The front door, and the statistics of what never reached a transaction.
//!
//! The per-person command limit is applied by [`Engine::admit`] before an adapter queues any work,
//! so a flood costs a counter, not a transaction, and the flooded person is told once per window
//! (not once per message). Commands that were limited, refused or failed are logged for the
//! statistics through a bounded in-memory backlog, written in one statement when the database
//! answers: a flood or an outage neither loses them silently nor waits on the database twice.

use super::{command_name, Engine, Refusal};
use crate::reply::Outcome;
use crate::store::{CommandRecord, Store};
use crate::text;
use std::collections::VecDeque;
use std::sync::Mutex;

/// Proof that [`Engine::admit`] let a message in (its command was counted against the limit).
#[derive(Debug)]
pub struct Admitted {
    /// The platform update it came in, when the adapter names it: handled once, however often
    /// it is handed out.
    update: Option<String>,
}

impl Admitted {
    /// Names the platform update the message came in (e.g. `telegram:81234`): if that update was
    /// handled before (handed out again after a crash, or delivered twice), the message changes
    /// nothing and gets no answer.
    pub fn from_update(self, key: String) -> Self {
        Self { update: Some(key) }
    }

    /// The update named, if any.
    pub(super) fn update(&self) -> Option<&str> {
        self.update.as_deref()
    }
}

/// What [`Engine::admit`] made of a message.
#[derive(Debug)]
pub enum Admission {
    /// Let in: handle it with [`Engine::handle_admitted`].
    Admitted(Admitted),
    /// Over the sender's limit: the one answer of the window (None: stay silent, they were told).
    OverLimit(Option<Outcome>),
}

/// Log rows kept at most while the database does not take them; older ones are dropped (and
/// counted in `convene_command_records_dropped_total`).
const BACKLOG_LIMIT: usize = 10_000;

/// Command log rows waiting to be written.
#[derive(Debug, Default)]
pub(super) struct CommandBacklog {
    /// Oldest first.
    rows: Mutex<VecDeque<CommandRecord>>,
}

impl CommandBacklog {
    /// Keeps `record` until the next [`CommandBacklog::write`].
    pub(super) fn keep(&self, record: CommandRecord) {
        let mut rows = self.lock();
        if rows.len() >= BACKLOG_LIMIT {
            rows.pop_front();
            metrics::counter!("convene_command_records_dropped_total").increment(1);
        }
        rows.push_back(record);
    }

    /// Writes what is kept, unless the database is known to be down; on failure keeps it.
    pub(super) async fn write(&self, store: &dyn Store) {
        if store.known_down() {
            return;
        }
        let batch: Vec<CommandRecord> = self.lock().drain(..).collect();
        if batch.is_empty() {
            return;
        }
        if let Err(error) = store.record_commands(&batch).await {
            tracing::warn!(%error, rows = batch.len(), "could not log commands for statistics; kept for later");
            let mut rows = self.lock();
            for record in batch.into_iter().rev() {
                if rows.len() < BACKLOG_LIMIT {
                    rows.push_front(record);
                }
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<CommandRecord>> {
        self.rows.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Engine {
    /// Tells the engine how many instances take requests now (see [`Engine::admit_across`]).
    pub fn set_instances(&self, live: usize) {
        self.instances.store(live.max(1), std::sync::atomic::Ordering::Relaxed);
    }

    /// Like [`Engine::admit`], for requests that any of several instances may take (webhook and
    /// HTTP interactions modes): with more than one instance alive, the sender's commands of the
    /// current minute are counted in the database, so the limit holds across instances. When the
    /// database cannot count, this instance's own count decides.
    pub async fn admit_across(&self, message: &super::Incoming) -> Admission {
        let limit = self.settings.commands_per_minute;
        if limit == 0 || self.instances.load(std::sync::atomic::Ordering::Relaxed) <= 1 {
            return self.admit(message);
        }
        let local = self.admit(message);
        if !matches!(local, Admission::Admitted(_)) {
            return local;
        }
        let now = self.clock.now();
        let minute = now - chrono::Duration::seconds(now.timestamp().rem_euclid(60));
        let minute = minute - chrono::Duration::nanoseconds(i64::from(now.timestamp_subsec_nanos()));
        let person = format!("{}:{}", message.user.platform.as_str(), message.user.external_id);
        let count = match self.store.count_command(&person, minute).await {
            Ok(count) => count,
            Err(error) => {
                tracing::warn!(%error, "could not count the command across instances; counted here only");
                return local;
            }
        };
        if count <= limit {
            return local;
        }
        let command = command_name(&message.text);
        metrics::counter!("convene_commands_total", "command" => command, "outcome" => "limited").increment(1);
        self.backlog.keep(CommandRecord {
            at: now,
            platform: message.chat.platform,
            command: command.into(),
            outcome: "limited",
        });
        if count > limit + 1 {
            return Admission::OverLimit(None);
        }
        let wait = 60 - now.timestamp().rem_euclid(60);
        let slow_down = || text::refusal(&Refusal::SlowDown(wait.max(1)));
        Admission::OverLimit(Some(
            text::speaking_now(message.language.unwrap_or_default(), slow_down).for_the_asker().into(),
        ))
    }

    /// Counts `message` against its sender's command limit, before any work is queued for it.
    pub fn admit(&self, message: &super::Incoming) -> Admission {
        let now = self.clock.now();
        let who = (message.user.platform, message.user.external_id.clone());
        let Err(limited) = self.limiter.admit(who, now) else { return Admission::Admitted(Admitted { update: None }) };
        let command = command_name(&message.text);
        metrics::counter!("convene_commands_total", "command" => command, "outcome" => "limited").increment(1);
        let record =
            CommandRecord { at: now, platform: message.chat.platform, command: command.into(), outcome: "limited" };
        self.backlog.keep(record);
        if !limited.first {
            tracing::debug!(command, "command over the limit; already told");
            return Admission::OverLimit(None);
        }
        tracing::info!(command, wait_s = limited.wait.num_seconds(), "command over the person's limit");
        // Said before the chat is read: in the language the platform reports for the person.
        let slow_down = || text::refusal(&Refusal::SlowDown(limited.wait.num_seconds().max(1)));
        Admission::OverLimit(Some(
            text::speaking_now(message.language.unwrap_or_default(), slow_down).for_the_asker().into(),
        ))
    }
}

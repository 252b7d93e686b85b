//! Per-chat lanes: each chat's work runs in order on a task of its own, so a slow or flooded chat
//! never holds up another, and whoever hands work in (the update reader, a webhook request) never
//! waits. A lane holds at most [`LANE_DEPTH`] jobs: past that the chat's newest work is refused
//! (memory stays bounded however hard one chat is flooded). A lane with nothing to do for
//! [`LANE_IDLE`] ends, so quiet chats cost nothing.

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, Notify};

/// Jobs one chat may have waiting: room for a crowd answering one card at once (each person's
/// own commands are limited before they are queued), while a chat's memory stays bounded.
pub const LANE_DEPTH: usize = 1_000;

/// How long a lane with nothing to do lives on.
pub const LANE_IDLE: Duration = Duration::from_secs(30);

type Job = Pin<Box<dyn Future<Output = ()> + Send>>;

/// The chat's lane is full: the job was not queued.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("this chat already has {LANE_DEPTH} jobs waiting")]
pub struct LaneFull;

/// Lanes of work keyed by chat.
pub struct Lanes<K> {
    /// The open lanes' queues.
    open: Arc<Mutex<HashMap<K, mpsc::Sender<Job>>>>,
    /// Jobs queued or running in any lane, and a signal when that falls.
    pending: Arc<(AtomicUsize, Notify)>,
    /// Jobs a lane may hold.
    depth: usize,
    /// How long an idle lane lives.
    idle: Duration,
}

impl<K: Eq + Hash + Clone + Send + 'static> Lanes<K> {
    /// Lanes holding `depth` jobs each, ending after `idle` without work.
    pub fn new(depth: usize, idle: Duration) -> Self {
        Self { open: Arc::default(), pending: Arc::default(), depth: depth.max(1), idle }
    }

    /// Queues `job` behind the chat's earlier work; never waits.
    pub fn push(&self, chat: K, job: impl Future<Output = ()> + Send + 'static) -> Result<(), LaneFull> {
        let mut open = lock(&self.open);
        // Counted out when it ends, or when it is dropped unrun.
        let done = Done::new(self.pending.clone());
        let mut job: Job = Box::pin(async move {
            let _done = done;
            job.await;
        });
        if let Some(lane) = open.get(&chat) {
            match lane.try_send(job) {
                Ok(()) => return Ok(()),
                Err(mpsc::error::TrySendError::Full(_)) => return Err(LaneFull),
                // The lane's task is gone (a job panicked): open a new one.
                Err(mpsc::error::TrySendError::Closed(back)) => job = back,
            }
        }
        let (lane, queue) = mpsc::channel(self.depth);
        let _fits = lane.try_send(job);
        open.insert(chat.clone(), lane);
        metrics::gauge!("convene_chat_lanes_open").set(open.len() as f64);
        tokio::spawn(run_lane(chat, queue, self.open.clone(), self.idle));
        Ok(())
    }

    /// Waits until every queued job has run, or `limit` has passed; returns whether all ran.
    pub async fn drain(&self, limit: Duration) -> bool {
        let (count, changed) = &*self.pending;
        let all_done = async {
            loop {
                let notified = changed.notified();
                if count.load(Ordering::Acquire) == 0 {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(limit, all_done).await.is_ok()
    }
}

/// Runs one chat's jobs in order until the lane has been idle long enough.
async fn run_lane<K: Eq + Hash>(
    chat: K,
    mut queue: mpsc::Receiver<Job>,
    open: Arc<Mutex<HashMap<K, mpsc::Sender<Job>>>>,
    idle: Duration,
) {
    loop {
        match tokio::time::timeout(idle, queue.recv()).await {
            Ok(Some(job)) => job.await,
            Ok(None) => return,
            Err(_) => {
                // Under the lock nothing can be pushed meanwhile: an empty queue stays empty.
                let mut open = lock(&open);
                if queue.is_empty() {
                    open.remove(&chat);
                    metrics::gauge!("convene_chat_lanes_open").set(open.len() as f64);
                    return;
                }
            }
        }
    }
}

/// A job counted as pending until it is dropped (run, panicked, or never run).
struct Done(Arc<(AtomicUsize, Notify)>);

impl Done {
    fn new(pending: Arc<(AtomicUsize, Notify)>) -> Self {
        pending.0.fetch_add(1, Ordering::AcqRel);
        Self(pending)
    }
}

impl Drop for Done {
    fn drop(&mut self) {
        self.0 .0.fetch_sub(1, Ordering::AcqRel);
        self.0 .1.notify_waiters();
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests;

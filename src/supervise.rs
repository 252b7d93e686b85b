//! The background tasks of `convene serve` (the scheduler, the digest runner, Telegram polling,
//! the admin server) run until a stop is requested. One that ends before then (an error it could
//! not get past) is reported at once, and `serve` stops with an error, so the operator's
//! supervisor (systemd, Docker) restarts it, instead of the task being found missing at shutdown.

use std::future::Future;
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;

/// A background task that ended while it should still run: its name and why.
#[derive(Debug)]
pub struct EndedEarly {
    /// Which task.
    pub task: &'static str,
    /// What it said, if it ended with an error.
    pub why: String,
}

/// Where early ends are reported.
pub type EarlyEnds = mpsc::UnboundedSender<EndedEarly>;

/// Spawns `work` as `task`; if it ends while `stopping` is still false, reports it on `early`.
pub fn spawn<E: std::fmt::Display>(
    task: &'static str,
    work: impl Future<Output = Result<(), E>> + Send + 'static,
    stopping: watch::Receiver<bool>,
    early: EarlyEnds,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        let ended = work.await;
        if *stopping.borrow() {
            if let Err(error) = ended {
                tracing::warn!(task, %error, "background task ended with an error while stopping");
            }
            return;
        }
        let why = ended.err().map_or_else(|| "it returned".to_string(), |e| e.to_string());
        tracing::error!(task, %why, "background task ended unexpectedly; stopping");
        let _sent = early.send(EndedEarly { task, why });
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_task_ending_early_is_reported_at_once_and_a_stopped_one_is_not() {
        let (stop, stopping) = watch::channel(false);
        let (early, mut reported) = mpsc::unbounded_channel();
        let failing =
            spawn("digests", async { Err::<(), _>("the job scheduler broke") }, stopping.clone(), early.clone());
        let report = reported.recv().await.expect("a report");
        assert_eq!((report.task, report.why.as_str()), ("digests", "the job scheduler broke"));
        failing.await.expect("the wrapper ends");

        let (release, wait) = tokio::sync::oneshot::channel::<()>();
        let stopped = spawn("scheduler", async move { wait.await.map_err(|e| e.to_string()) }, stopping, early);
        stop.send(true).expect("stop");
        release.send(()).expect("release");
        stopped.await.expect("the wrapper ends");
        assert!(reported.try_recv().is_err(), "a task that ends because of a stop is no news");
    }
}

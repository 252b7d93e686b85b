//! Roles that one of several `convene serve` processes on one database holds at a time (the
//! Telegram poller, the Discord gateway): the holder renews its lease while it works; the others
//! stand by and try again, so when the holder dies (killed, or cut off from the database) another
//! takes over once the lease expires. Each process also keeps an `instance:<id>` lease so
//! everyone can count the live instances.

use crate::clock::Clock;
use crate::store::Store;
use std::collections::BTreeSet;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::watch;

/// How long a lease lasts, and how often it is renewed or tried for.
#[derive(Debug, Clone, Copy)]
pub struct LeaseTimes {
    /// A lease not renewed for this long may be taken by another instance.
    pub term: Duration,
    /// The holder renews this often (well inside the term).
    pub renew_every: Duration,
    /// A standby tries to take the role this often.
    pub retry_every: Duration,
}

impl LeaseTimes {
    /// Times for a failover within about `seconds` (the term; renewed three times a term).
    pub fn within(seconds: u64) -> Self {
        let term = Duration::from_secs(seconds.max(1));
        Self { term, renew_every: term / 3, retry_every: (term / 5).min(Duration::from_secs(2)) }
    }
}

impl Default for LeaseTimes {
    /// Failover within about 12 s: a 10 s term, renewed every 3 s, tried for every 2 s.
    fn default() -> Self {
        Self { term: Duration::from_secs(10), renew_every: Duration::from_secs(3), retry_every: Duration::from_secs(2) }
    }
}

/// This process among others on one database: its id and the roles it holds now.
#[derive(Clone)]
pub struct Instance {
    /// Its id (see [`instance_id`]).
    pub id: String,
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    times: LeaseTimes,
    held: Arc<Mutex<BTreeSet<String>>>,
}

/// The role of the one instance that long-polls Telegram.
pub const TELEGRAM_POLLER: &str = "telegram-poller";
/// The role of the one instance that holds the Discord gateway connection.
pub const DISCORD_GATEWAY: &str = "discord-gateway";
/// Roles an instance may hold, for reports.
pub const ROLES: &[&str] = &[TELEGRAM_POLLER, DISCORD_GATEWAY];

/// The lease that says an instance is alive.
pub const INSTANCE_PREFIX: &str = "instance:";

impl Instance {
    /// This process, named `id`.
    pub fn new(id: impl Into<String>, store: Arc<dyn Store>, clock: Arc<dyn Clock>, times: LeaseTimes) -> Self {
        Self { id: id.into(), store, clock, times, held: Arc::default() }
    }

    /// The roles this process holds now (for `/readyz` and `/metrics`).
    pub fn roles(&self) -> Vec<String> {
        self.held.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).iter().cloned().collect()
    }

    /// How many instances are alive (their `instance:` leases unexpired), this one included.
    pub async fn live_instances(&self) -> usize {
        match self.store.leases(self.clock.now()).await {
            Ok(leases) => leases.iter().filter(|l| l.role.starts_with(INSTANCE_PREFIX)).count(),
            Err(error) => {
                tracing::warn!(%error, "could not count the live instances");
                0
            }
        }
    }

    /// Takes or renews `role`; true when this process holds it.
    async fn hold(&self, role: &str) -> bool {
        let now = self.clock.now();
        let until = now + chrono::Duration::from_std(self.times.term).unwrap_or(chrono::Duration::seconds(10));
        match self.store.hold_lease(role, &self.id, now, until).await {
            Ok(held) => held,
            Err(error) => {
                tracing::warn!(role, %error, "could not renew the lease");
                false
            }
        }
    }

    fn note(&self, role: &str, held: bool) {
        let mut roles = self.held.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if held {
            roles.insert(role.to_string());
        } else {
            roles.remove(role);
        }
    }

    /// Keeps this instance's `instance:` lease until `stop`, then gives it up; after each
    /// renewal tells `live` how many instances are alive (to share the platforms' limits).
    pub async fn stay_alive(self, mut stop: watch::Receiver<bool>, live: impl Fn(usize) + Send) {
        let role = format!("{INSTANCE_PREFIX}{}", self.id);
        loop {
            if self.hold(&role).await {
                live(self.live_instances().await);
            }
            tokio::select! {
                _ = tokio::time::sleep(self.times.renew_every) => {}
                _ = stopped(&mut stop) => break,
            }
        }
        if let Err(error) = self.store.release_lease(&role, &self.id).await {
            tracing::warn!(%error, "could not give up the instance lease");
        }
    }

    /// Runs `work` whenever this process holds `role`, until `stop`: waits (standing by) until
    /// the role is free, runs `work` with a stop signal of its own, renews the lease while it
    /// runs, and stops the work at once when a renewal fails (someone else may take over). On
    /// `stop` the work is stopped and the role given up, so a standby takes it without waiting.
    pub async fn lead<W, F>(&self, role: &str, mut stop: watch::Receiver<bool>, mut work: W)
    where
        W: FnMut(watch::Receiver<bool>) -> F,
        F: Future<Output = ()>,
    {
        loop {
            while !self.hold(role).await {
                tokio::select! {
                    _ = tokio::time::sleep(self.times.retry_every) => {}
                    _ = stopped(&mut stop) => return,
                }
            }
            self.note(role, true);
            tracing::info!(role, instance = %self.id, "took the role");
            let (end_term, term) = watch::channel(false);
            let running = work(term);
            tokio::pin!(running);
            let ended = loop {
                tokio::select! {
                    () = &mut running => break Ended::ByItself,
                    _ = tokio::time::sleep(self.times.renew_every) => {
                        if !self.hold(role).await {
                            break Ended::LostLease;
                        }
                    }
                    _ = stopped(&mut stop) => break Ended::Stopping,
                }
            };
            end_term.send(true).ok();
            if ended != Ended::ByItself {
                running.await;
            }
            self.note(role, false);
            match ended {
                Ended::LostLease => tracing::warn!(role, "lost the role (lease not renewed); standing by"),
                Ended::ByItself => tracing::warn!(role, "the work of the role ended; giving it up"),
                Ended::Stopping => {}
            }
            if let Err(error) = self.store.release_lease(role, &self.id).await {
                tracing::warn!(role, %error, "could not give the role up");
            }
            if ended == Ended::Stopping || *stop.borrow() {
                return;
            }
        }
    }
}

/// Why a term of holding a role ended.
#[derive(Debug, PartialEq, Eq)]
enum Ended {
    ByItself,
    LostLease,
    Stopping,
}

/// Resolves once `stop` is true (or its sender is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    while !*stop.borrow_and_update() {
        if stop.changed().await.is_err() {
            return;
        }
    }
}

/// This instance's id: the host's name and the port its admin server listens on, which no other
/// live instance on the host can share and which stays the same when the process restarts, so a
/// restarted instance takes its roles back at once instead of waiting for its old leases to
/// expire. Without a port, the process id and a random part.
pub fn instance_id(admin_port: Option<u16>) -> String {
    let host = std::env::var("HOSTNAME").ok().filter(|h| !h.is_empty()).unwrap_or_else(|| "host".into());
    match admin_port {
        Some(port) => format!("{host}:{port}"),
        None => format!("{host}-{}-{:04x}", std::process::id(), rand::random::<u16>()),
    }
}

//! Knowing when the database is down, so that work fails in a moment instead of queueing for a
//! connection the pool cannot make. sqlx keeps retrying a refused connection until its acquire
//! timeout; during an outage that made every command wait 10 s and more. Here a wait for a
//! connection is cut short ([`USUAL_WAIT`]), and after one failure every later wait is cut
//! shorter still ([`WAIT_WHILE_DOWN`]) until a connection is had again. Each wait is also the probe
//! that notices the database is back: nothing needs a restart.

use super::{StoreError, StoreResult};
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// The longest a unit of work waits for a connection while the database is thought up.
pub const USUAL_WAIT: Duration = Duration::from_secs(3);

/// The longest it waits while the database is known to be down.
pub const WAIT_WHILE_DOWN: Duration = Duration::from_millis(500);

/// Whether the database was reachable at the last try.
#[derive(Debug)]
pub struct Availability {
    /// True since a connection could not be had, until one is had again.
    down: AtomicBool,
    /// How long to wait for a connection while the database is thought up.
    usual_wait: Duration,
    /// How long while it is known to be down.
    wait_while_down: Duration,
}

impl Default for Availability {
    fn default() -> Self {
        Self::new(USUAL_WAIT, WAIT_WHILE_DOWN)
    }
}

impl Availability {
    /// Waits for a connection at most `usual_wait`, or `wait_while_down` once one failed.
    pub fn new(usual_wait: Duration, wait_while_down: Duration) -> Self {
        Self { down: AtomicBool::new(false), usual_wait, wait_while_down }
    }

    /// Whether the last try to reach the database failed.
    pub fn is_down(&self) -> bool {
        self.down.load(Ordering::Relaxed)
    }

    /// Waits for `connecting` (a pool's acquire or begin) no longer than the database's state
    /// allows; a connection failure or a timeout is [`StoreError::Unavailable`].
    pub async fn reach<T>(&self, connecting: impl Future<Output = Result<T, sqlx::Error>>) -> StoreResult<T> {
        let wait = if self.is_down() { self.wait_while_down } else { self.usual_wait };
        let outcome = match tokio::time::timeout(wait, connecting).await {
            Ok(Ok(connection)) => Ok(connection),
            Ok(Err(error)) if !cannot_connect(&error) => return Err(error.into()),
            Ok(Err(_)) | Err(_) => Err(StoreError::Unavailable),
        };
        self.note(outcome.is_ok());
        outcome
    }

    fn note(&self, reached: bool) {
        let was_down = self.down.swap(!reached, Ordering::Relaxed);
        match (was_down, reached) {
            (false, false) => tracing::error!("the database cannot be reached; failing fast until it answers"),
            (true, true) => tracing::info!("the database answers again"),
            _ => {}
        }
    }
}

/// Whether an error means no connection could be had (as opposed to a statement that failed).
pub fn cannot_connect(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Tls(_))
}

impl StoreError {
    /// Whether the database could not be reached (rather than refusing or failing a statement):
    /// worth telling people to try again in a moment.
    pub fn is_unreachable(&self) -> bool {
        match self {
            Self::Unavailable => true,
            Self::Database(error) => cannot_connect(error),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_down_database_is_given_up_on_quickly_and_noticed_when_back() {
        let availability = Availability::default();
        let never = || std::future::pending::<Result<(), sqlx::Error>>();
        let started = tokio::time::Instant::now();
        assert!(matches!(availability.reach(never()).await, Err(StoreError::Unavailable)));
        assert_eq!(started.elapsed(), USUAL_WAIT, "the first wait is the usual one");
        assert!(availability.is_down());
        let started = tokio::time::Instant::now();
        assert!(availability.reach(never()).await.is_err());
        assert_eq!(started.elapsed(), WAIT_WHILE_DOWN, "once known down, a wait is short");
        let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
        assert!(matches!(
            availability.reach(async { Err::<(), _>(refused.into()) }).await,
            Err(StoreError::Unavailable)
        ));
        assert!(availability.reach(async { Ok::<_, sqlx::Error>(()) }).await.is_ok());
        assert!(!availability.is_down(), "a connection had means the database is back");
        let failed_statement = sqlx::Error::RowNotFound;
        assert!(matches!(
            availability.reach(async { Err::<(), _>(failed_statement) }).await,
            Err(StoreError::Database(_))
        ));
        assert!(!availability.is_down(), "a statement that fails says nothing of reachability");
    }
}

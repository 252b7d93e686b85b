//! Whether the mail server answered lately. After it failed to (refused, broken off, or silent
//! past [`SEND_LIMIT`]), sends fail at once for [`COOL_OFF`] without trying: the reminder queue
//! tries them again later, and nothing waiting behind them is held up meanwhile.

use convene_core::delivery::DeliveryError;
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// The longest one email may take (connecting, and each exchange with the server).
pub const SEND_LIMIT: Duration = Duration::from_secs(10);

/// After the server failed to answer, how long sends fail at once instead of trying.
pub const COOL_OFF: Duration = Duration::from_secs(30);

/// When the server last failed to answer, if it has not answered since.
#[derive(Debug, Default)]
pub(super) struct Reachability(Mutex<Option<Instant>>);

impl Reachability {
    /// Ok to try; a temporary failure while the server is known to be down.
    pub(super) fn check(&self) -> Result<(), DeliveryError> {
        match *self.lock() {
            Some(failed) if failed.elapsed() < COOL_OFF => {
                Err(DeliveryError::Transient("mail server: unreachable moments ago; not tried".into()))
            }
            _ => Ok(()),
        }
    }

    /// The server failed to answer now.
    pub(super) fn failed(&self) {
        *self.lock() = Some(Instant::now());
    }

    /// The server answered.
    pub(super) fn answered(&self) {
        *self.lock() = None;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Instant>> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

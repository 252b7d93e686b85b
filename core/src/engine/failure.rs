//! What stops a command: a refusal for the user, or a fault of ours. Either way the transaction is
//! rolled back, so a failed command changes nothing.

use crate::refusal::{ParseError, Refusal};
use crate::store::StoreError;

/// What stops a command: a refusal for the user, or a fault of ours.
#[derive(Debug)]
pub enum Failure {
    /// Tell the user why, change nothing.
    Refused(Refusal),
    /// Log it, apologise, change nothing.
    Store(StoreError),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

impl From<Refusal> for Failure {
    fn from(r: Refusal) -> Self {
        Self::Refused(r)
    }
}

impl From<ParseError> for Failure {
    fn from(e: ParseError) -> Self {
        Self::Refused(Refusal::Parse(e))
    }
}

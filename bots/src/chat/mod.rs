//! What every chat platform shares, whatever its API: per-chat lanes of work, and the kit that
//! takes a command or a button press to the engine and back (one card per event per chat,
//! debounced card edits, notices, the one-time hint about private messages). A platform adds only
//! its mapping of updates to [`convene_core::Incoming`], its rendering, and its [`ChatApi`].

mod api;
mod cards;
mod edits;
mod kit;
mod lanes;
mod notices;
pub mod pacing;
mod respond;

pub use api::{ChatApi, SendError};
pub use edits::{IfGone, DEFAULT_EDIT_DELAY};
pub use kit::{ChatKit, Origin, Press};
pub use lanes::{LaneFull, Lanes, LANE_DEPTH, LANE_IDLE};
pub use respond::Respond;

//! What every chat platform needs alike, whatever its API: for now, per-chat lanes of work.

mod lanes;

pub use lanes::{LaneFull, Lanes, LANE_DEPTH, LANE_IDLE};

//! Telegram's flood limit, when a test asks for it: more than 30 `sendMessage` calls within any
//! one second are answered 429 with `retry_after`, as the real server does for a bot.

use super::FakeTelegram;
use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// Messages Telegram takes from one bot per second.
pub const PER_SECOND: usize = 30;

/// Sends accepted in the last second, and how many were refused.
#[derive(Default)]
pub struct FloodLimit {
    window: VecDeque<Instant>,
    refused: usize,
    /// When sends were accepted and refused (true: refused), for reports.
    pub timeline: Vec<(Instant, bool)>,
}

impl FakeTelegram {
    /// From now on, refuses sends beyond 30 a second with 429.
    pub fn enforce_flood_limit(&self) {
        *self.flood_state() = Some(FloodLimit::default());
    }

    /// Sends refused by the flood limit so far.
    pub fn refused_for_flooding(&self) -> usize {
        self.flood_state().as_ref().map_or(0, |limit| limit.refused)
    }

    /// Sends per second from the first one, with the refused ones: (accepted, refused).
    pub fn sends_per_second(&self) -> Vec<(usize, usize)> {
        let state = self.flood_state();
        let Some(limit) = state.as_ref() else { return Vec::new() };
        let Some((first, _)) = limit.timeline.first() else { return Vec::new() };
        let mut seconds: Vec<(usize, usize)> = Vec::new();
        for (at, refused) in &limit.timeline {
            let second = at.duration_since(*first).as_secs() as usize;
            seconds.resize(seconds.len().max(second + 1), (0, 0));
            if *refused {
                seconds[second].1 += 1
            } else {
                seconds[second].0 += 1
            }
        }
        seconds
    }

    /// Whether a send arriving now is over the limit (it is counted if not).
    pub(super) fn over_flood_limit(&self) -> bool {
        let mut state = self.flood_state();
        let Some(limit) = state.as_mut() else { return false };
        let now = Instant::now();
        while limit.window.front().is_some_and(|at| now.duration_since(*at) >= Duration::from_secs(1)) {
            limit.window.pop_front();
        }
        let refused = limit.window.len() >= PER_SECOND;
        limit.timeline.push((now, refused));
        if refused {
            limit.refused += 1;
            return true;
        }
        limit.window.push_back(now);
        false
    }

    fn flood_state(&self) -> std::sync::MutexGuard<'_, Option<FloodLimit>> {
        self.flood_limit.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

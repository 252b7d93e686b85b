//! Pacing below a platform's limits, shared by replies and the scheduler. Telegram: about 30
//! messages a second overall, one a second per private chat, 20 a minute per group. Discord: 50
//! requests a second overall, 5 messages per 5 s per channel. Windows slide, so a quiet chat's
//! first messages go out at once. A message waits for its chat's turn first and only then takes
//! an overall slot, so a busy chat never holds up the others.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use tokio::time::{Duration, Instant};

/// At most `count` messages in any `window`.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    /// Messages allowed.
    pub count: usize,
    /// In this long.
    pub window: Duration,
}

/// The limits paced to.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Time between any two messages (30/s with a margin: 29.5/s).
    pub overall: Duration,
    /// One private chat.
    pub per_chat: Window,
    /// One group.
    pub per_group: Window,
}

impl Default for Limits {
    /// Telegram's limits.
    fn default() -> Self {
        Self::telegram()
    }
}

impl Limits {
    /// Telegram's: 30 messages a second overall (paced at 29.5), 1 a second per private chat,
    /// 20 a minute per group.
    pub fn telegram() -> Self {
        Self {
            overall: Duration::from_micros(33_900),
            per_chat: Window { count: 1, window: Duration::from_secs(1) },
            per_group: Window { count: 20, window: Duration::from_secs(60) },
        }
    }

    /// Discord's: 50 requests a second per bot (paced at 48.8), 5 messages per 5 s per channel
    /// (DM channels alike).
    pub fn discord() -> Self {
        let channel = Window { count: 5, window: Duration::from_secs(5) };
        Self { overall: Duration::from_micros(20_500), per_chat: channel, per_group: channel }
    }

    /// No pacing (a self-hosted Bot API server without limits, or tests of something else).
    pub fn none() -> Self {
        let unlimited = Window { count: usize::MAX, window: Duration::ZERO };
        Self { overall: Duration::ZERO, per_chat: unlimited, per_group: unlimited }
    }
}

/// How many instances share one bot's limits: each paces to its slice (the overall spacing and
/// each chat's window stretched by this many), so together they stay within the platform's limits.
/// An instance joining others sends nothing until they have had time to count it (see
/// [`Share::joining`]), so the limits hold while the count changes too.
#[derive(Debug, Clone)]
pub struct Share {
    /// Live instances.
    live: Arc<AtomicU32>,
    /// Nothing goes out before this (None: no wait; `Joining`: until the first count).
    hold: Arc<std::sync::Mutex<Hold>>,
}

#[derive(Debug, Clone, Copy)]
enum Hold {
    /// Not counted yet: wait; once counted among others, this long more.
    Joining(Duration),
    /// Sending from this time on.
    Until(Instant),
    /// Sending.
    Free,
}

impl Default for Share {
    /// One instance: the whole of the limits, at once.
    fn default() -> Self {
        Self { live: Arc::new(AtomicU32::new(1)), hold: Arc::new(std::sync::Mutex::new(Hold::Free)) }
    }
}

impl Share {
    /// An instance that may be joining others: it sends nothing until [`Share::set`] first says
    /// how many are live, and then, if others are, not before `settle` has passed (the time in
    /// which every other instance counts again and narrows its own slice).
    pub fn joining(settle: Duration) -> Self {
        let share = Self::default();
        *share.lock() = Hold::Joining(settle);
        share
    }

    /// `instances` live instances share the limits now (at least this one).
    pub fn set(&self, instances: usize) {
        self.live.store(u32::try_from(instances.max(1)).unwrap_or(u32::MAX), Ordering::Relaxed);
        let mut hold = self.lock();
        if let Hold::Joining(settle) = *hold {
            *hold = if instances > 1 { Hold::Until(Instant::now() + settle) } else { Hold::Free };
        }
    }

    /// How many share them.
    pub fn get(&self) -> u32 {
        self.live.load(Ordering::Relaxed).max(1)
    }

    /// Waits while this instance may not send yet.
    async fn settled(&self) {
        loop {
            let hold = *self.lock();
            match hold {
                Hold::Free => return,
                Hold::Until(at) if at <= Instant::now() => return *self.lock() = Hold::Free,
                Hold::Until(at) => tokio::time::sleep_until(at).await,
                Hold::Joining(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Hold> {
        self.hold.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Hands out send slots.
#[derive(Debug, Default)]
pub struct Pacer {
    /// The limits.
    limits: Limits,
    /// This instance's slice of them.
    share: Share,
    /// The next free overall slot, and each chat's recent send slots.
    slots: Mutex<Slots>,
}

type Slots = (Option<Instant>, HashMap<i64, VecDeque<Instant>>);

/// Chats not heard from for this long are forgotten when the table grows.
const FORGET_AFTER: Duration = Duration::from_secs(120);

impl Pacer {
    /// A pacer for `limits`.
    pub fn new(limits: Limits) -> Self {
        Self { limits, share: Share::default(), slots: Mutex::default() }
    }

    /// A pacer for this instance's slice of `limits`, as `share` says.
    pub fn sharing(limits: Limits, share: Share) -> Self {
        Self { limits, share, slots: Mutex::default() }
    }

    /// Waits until a message to `chat` (a group, or a private chat) may go out.
    pub async fn wait_turn(&self, chat: i64, group: bool) {
        self.share.settled().await;
        let slice = self.share.get();
        let limit = if group { self.limits.per_group } else { self.limits.per_chat };
        let limit = Window { count: limit.count, window: limit.window * slice };
        let chat_slot = self.reserve(|(_, chats)| {
            let now = Instant::now();
            if chats.len() > 10_000 {
                chats.retain(|_, sent| sent.back().is_some_and(|last| *last + FORGET_AFTER > now));
            }
            let sent = chats.entry(chat).or_default();
            while sent.front().is_some_and(|first| *first + limit.window <= now) {
                sent.pop_front();
            }
            // Full window: wait until the oldest send in it leaves the window.
            let slot = match sent.len() >= limit.count {
                true => sent.get(sent.len() - limit.count).map(|t| *t + limit.window).unwrap_or(now).max(now),
                false => now,
            };
            sent.push_back(slot);
            slot
        });
        tokio::time::sleep_until(chat_slot).await;
        // Instances cannot line their sends up with each other's: shared, each keeps a tenth more
        // distance, so that their sends bunching up on the way still stay within the limit.
        let overall = match slice {
            1 => self.limits.overall,
            _ => self.limits.overall * slice * 11 / 10,
        };
        let slot = self.reserve(|(next, _)| {
            let slot = next.unwrap_or_else(Instant::now).max(Instant::now());
            *next = Some(slot + overall);
            slot
        });
        tokio::time::sleep_until(slot).await;
        // Woken late (a busy machine)? The next message keeps its distance from this one, so a
        // late send is never followed by a burst that would go over the limit.
        self.reserve(|(next, _)| {
            let gone = Instant::now();
            *next = next.map(|n| n.max(gone + overall));
        });
    }

    fn reserve<T>(&self, take: impl FnOnce(&mut Slots) -> T) -> T {
        let mut slots = self.slots.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        take(&mut slots)
    }
}

#[cfg(test)]
#[path = "pacing_tests.rs"]
mod pacing_tests;

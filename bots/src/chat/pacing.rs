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
#[derive(Debug, Clone)]
pub struct Share(Arc<AtomicU32>);

impl Default for Share {
    /// One instance: the whole of the limits.
    fn default() -> Self {
        Self(Arc::new(AtomicU32::new(1)))
    }
}

impl Share {
    /// `instances` live instances share the limits now (at least this one).
    pub fn set(&self, instances: usize) {
        self.0.store(u32::try_from(instances.max(1)).unwrap_or(u32::MAX), Ordering::Relaxed);
    }

    /// How many share them.
    pub fn get(&self) -> u32 {
        self.0.load(Ordering::Relaxed).max(1)
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
        let overall = self.limits.overall * slice;
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
mod tests {
    use super::*;
    use std::sync::Arc;

    async fn send_times(pacer: Arc<Pacer>, chats: Vec<i64>) -> Vec<(i64, Duration)> {
        let start = Instant::now();
        let tasks: Vec<_> = chats
            .into_iter()
            .map(|chat| {
                let pacer = pacer.clone();
                tokio::spawn(async move {
                    pacer.wait_turn(chat, chat < 0).await;
                    (chat, start.elapsed())
                })
            })
            .collect();
        let mut times = Vec::new();
        for task in tasks {
            times.push(task.await.unwrap_or((0, Duration::ZERO)));
        }
        times.sort_by_key(|(_, t)| *t);
        times
    }

    #[tokio::test(start_paused = true)]
    async fn distinct_chats_go_out_at_just_under_thirty_a_second() {
        let times = send_times(Arc::new(Pacer::new(Limits::default())), (1..=90).collect()).await;
        let last = times.last().map(|(_, t)| *t).unwrap_or_default();
        // 90 messages: the 90th goes 89 spacings after the first (the timer rounds to the ms).
        assert!(last >= Duration::from_micros(33_900 * 89) && last < Duration::from_micros(33_900 * 89 + 50_000));
        for window in times.windows(31) {
            assert!(window[30].1 - window[0].1 > Duration::from_secs(1), "never 31 within a second");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn one_busy_chat_waits_its_turn_without_holding_up_others() {
        let times = send_times(Arc::new(Pacer::new(Limits::default())), vec![7, 7, 7, 8, -9, -9]).await;
        let at = |chat: i64| times.iter().filter(|(c, _)| *c == chat).map(|(_, t)| t.as_millis()).collect::<Vec<_>>();
        assert_eq!(at(7).len(), 3);
        assert!(at(7)[1] >= 1000 && at(7)[2] >= 2000, "one a second to a private chat: {:?}", at(7));
        assert!(at(8)[0] < 200, "another chat goes out at once: {:?}", at(8));
        assert!(at(-9)[1] < 200, "a quiet group's replies go out at once: {:?}", at(-9));
    }
}

#[cfg(test)]
mod group_tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_group_gets_twenty_a_minute() {
        let pacer = Pacer::new(Limits::default());
        let start = Instant::now();
        for _ in 0..20 {
            pacer.wait_turn(-5, true).await;
        }
        assert!(start.elapsed() < Duration::from_secs(1), "the first 20 go out at once");
        pacer.wait_turn(-5, true).await;
        assert!(start.elapsed() >= Duration::from_secs(60), "the 21st waits for the window");
    }
}

#[cfg(test)]
mod share_tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn three_instances_each_take_a_third() {
        let share = Share::default();
        share.set(3);
        let pacer = Pacer::sharing(Limits::telegram(), share.clone());
        let start = Instant::now();
        for chat in 1..=31 {
            pacer.wait_turn(chat, false).await;
        }
        let rate = 30.0 / start.elapsed().as_secs_f64();
        assert!((9.0..10.0).contains(&rate), "{rate:.1} a second: a third of Telegram's 30");
        for _ in 0..2 {
            pacer.wait_turn(-5, true).await;
        }
        share.set(1);
        let alone = Instant::now();
        for chat in 100..131 {
            pacer.wait_turn(chat, false).await;
        }
        assert!(alone.elapsed() < Duration::from_millis(1_250), "alone again: the whole limit, not a third (3 s)");
    }
}

#[cfg(test)]
mod discord_tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_discord_channel_gets_five_per_five_seconds_and_all_channels_just_under_fifty_a_second() {
        let pacer = Pacer::new(Limits::discord());
        let start = Instant::now();
        for _ in 0..5 {
            pacer.wait_turn(42, true).await;
        }
        assert!(start.elapsed() < Duration::from_millis(200), "the first five go out at once");
        pacer.wait_turn(42, true).await;
        assert!(start.elapsed() >= Duration::from_secs(5), "the sixth waits for the window");

        let start = Instant::now();
        for channel in 100..200 {
            pacer.wait_turn(channel, true).await;
        }
        let rate = 99.0 / start.elapsed().as_secs_f64();
        assert!((45.0..50.0).contains(&rate), "{rate:.1} a second across channels");
    }
}

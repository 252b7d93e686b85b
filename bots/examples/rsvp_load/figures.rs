//! What a run of the command load measured: throughput and latency from the fake's records, and
//! CPU time from /proc.

use crate::fake_telegram::FakeTelegram;
use std::collections::HashMap;
use std::time::Instant;

/// The figures of one run.
pub struct Figures {
    /// Commands answered.
    pub commands: usize,
    /// From the first command asked to the last answer.
    pub seconds: f64,
    /// Latency percentiles (p50, p99, max), in milliseconds.
    pub latency_ms: [f64; 3],
}

impl Figures {
    /// Pairs the commands asked, `(chat, when)` in the order asked, with the fake's answers in
    /// each chat (the last ones, in order).
    pub fn measure(fake: &FakeTelegram, asked: &[(i64, Instant)]) -> Self {
        let mut by_chat: HashMap<i64, Vec<Instant>> = HashMap::new();
        for (chat, at) in asked {
            by_chat.entry(*chat).or_default().push(*at);
        }
        let mut answered: HashMap<i64, Vec<Instant>> = HashMap::new();
        for call in fake.calls().iter().filter(|c| c.method == "sendmessage") {
            let chat = call.body["chat_id"].as_i64().unwrap_or_default();
            if by_chat.contains_key(&chat) {
                answered.entry(chat).or_default().push(call.at);
            }
        }
        let mut latencies = Vec::with_capacity(asked.len());
        for (chat, times) in &by_chat {
            let replies = answered.get(chat).map(Vec::as_slice).unwrap_or_default();
            let replies = &replies[replies.len().saturating_sub(times.len())..];
            latencies.extend(times.iter().zip(replies).map(|(a, r)| r.duration_since(*a).as_secs_f64() * 1000.0));
        }
        latencies.sort_by(f64::total_cmp);
        let first = asked.iter().map(|(_, at)| *at).min();
        let last = answered.values().flatten().max().copied();
        let seconds = match (first, last) {
            (Some(first), Some(last)) => last.duration_since(first).as_secs_f64(),
            _ => f64::NAN,
        };
        let pct =
            |p: f64| latencies.get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)));
        let latency_ms = [0.5, 0.99, 1.0].map(|p| pct(p).copied().unwrap_or(f64::NAN));
        Self { commands: asked.len(), seconds, latency_ms }
    }

    /// Commands answered per second.
    pub fn rate(&self) -> f64 {
        self.commands as f64 / self.seconds
    }

    /// One line: rate, latency, and CPU per command when `cpu_seconds` is given.
    pub fn line(&self, cpu_seconds: Option<f64>) -> String {
        let [p50, p99, max] = self.latency_ms;
        let cpu = cpu_seconds.map(|s| format!(", cpu {:.0} us/command", s / self.commands as f64 * 1e6));
        format!(
            "{:.0} commands/s ({} in {:.2} s), latency p50 {p50:.1} ms, p99 {p99:.1} ms, max {max:.1} ms{}",
            self.rate(),
            self.commands,
            self.seconds,
            cpu.unwrap_or_default()
        )
    }
}

/// User + system CPU time of process `pid` ("self" for this one), from /proc (Linux; clock
/// ticks of 1/100 s).
pub fn cpu_seconds(pid: &str) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

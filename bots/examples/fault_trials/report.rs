//! Figures the trials print: latencies as median and maximum, rates over a span.

use std::time::Duration;

/// "median X ms, max Y ms over N" of `samples` (milliseconds), or "none".
pub fn spread_ms(samples: &[f64]) -> String {
    if samples.is_empty() {
        return "none".into();
    }
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let (median, max) = (sorted[sorted.len() / 2], sorted[sorted.len() - 1]);
    format!("median {median:.0} ms, max {max:.0} ms over {}", sorted.len())
}

/// The most of `times` (seconds from any origin) falling in any `window`.
pub fn busiest(times: &[f64], window: Duration) -> usize {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    let window = window.as_secs_f64();
    let mut most = 0;
    let mut start = 0;
    for end in 0..sorted.len() {
        while sorted[end] - sorted[start] >= window {
            start += 1;
        }
        most = most.max(end - start + 1);
    }
    most
}

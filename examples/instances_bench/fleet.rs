//! Several real `convene serve` processes (the release build next to this program) on one
//! database, each with its own admin address, started and stopped together.

use crate::serve::{admin_answers, free_address, Serve};
use std::time::{Duration, Instant};

/// The running instances and their admin addresses.
pub struct Fleet(Vec<(Serve, String)>);

impl Fleet {
    /// Starts `count` instances on the database at `url` with `env` (info logs), and waits until
    /// every one counts `count` live instances and has had the time to renew its lease once since
    /// (so each paces to its slice of the platform limits).
    pub async fn start(count: usize, url: &str, env: &[(&str, &str)]) -> anyhow::Result<Self> {
        let mut members = Vec::new();
        for _ in 0..count {
            let admin = free_address();
            let mut all = vec![("CONVENE_ADMIN_ADDR", admin.as_str()), ("CONVENE_LOG", "info")];
            all.extend_from_slice(env);
            members.push((Serve::start_on(url, &all), admin));
        }
        let fleet = Self(members);
        for (_, admin) in &fleet.0 {
            admin_answers(admin).await;
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        while fleet.least_counted().await? < count {
            anyhow::ensure!(Instant::now() < deadline, "the instances did not all see each other in 30 s");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        // Leases are renewed every third of the failover time (10 s by default).
        tokio::time::sleep(Duration::from_secs(4)).await;
        Ok(fleet)
    }

    /// The fewest live instances any of them reports on `/readyz`.
    async fn least_counted(&self) -> anyhow::Result<usize> {
        let mut least = usize::MAX;
        for (_, admin) in &self.0 {
            let ready: serde_json::Value = reqwest::get(format!("http://{admin}/readyz")).await?.json().await?;
            least = least.min(ready["instances"].as_u64().unwrap_or(0) as usize);
        }
        Ok(least)
    }

    /// Their admin addresses (where webhook mode serves, too).
    pub fn addresses(&self) -> Vec<String> {
        self.0.iter().map(|(_, admin)| admin.clone()).collect()
    }

    /// User + system CPU seconds of all of them so far.
    pub fn cpu_seconds(&self) -> f64 {
        self.0.iter().map(|(serve, _)| crate::rsvp_load::figures::cpu_seconds(&serve.pid().to_string())).sum()
    }

    /// Stops them all with SIGTERM, as an operator would; the log of any that failed is shown.
    pub async fn stop(mut self) {
        for (serve, _) in &mut self.0 {
            if !serve.terminate().await.success() {
                eprintln!("an instance stopped with an error:\n{}", serve.log());
            }
        }
    }
}

//! One address in front of the instances, as a load balancer puts one in front of a service:
//! each HTTP request goes to the next instance in turn, over connections kept open per instance.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::Router;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// The instances and how many requests each got.
struct Backends {
    addresses: Vec<String>,
    served: Vec<AtomicUsize>,
    next: AtomicUsize,
    client: reqwest::Client,
}

/// The running forwarder.
#[derive(Clone)]
pub struct Forwarder {
    /// The address it listens on.
    pub address: String,
    backends: Arc<Backends>,
}

impl Forwarder {
    /// Listens on a free loopback port and forwards POSTs round-robin to `addresses`.
    pub async fn start(addresses: Vec<String>) -> anyhow::Result<Self> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let served = addresses.iter().map(|_| AtomicUsize::new(0)).collect();
        let backends =
            Arc::new(Backends { addresses, served, next: AtomicUsize::new(0), client: reqwest::Client::new() });
        let forwarder = Self { address: listener.local_addr()?.to_string(), backends: backends.clone() };
        let app = Router::new().fallback(forward).with_state(backends);
        tokio::spawn(async move { axum::serve(listener, app).await });
        Ok(forwarder)
    }

    /// Requests forwarded to each instance so far.
    pub fn served(&self) -> Vec<usize> {
        self.backends.served.iter().map(|n| n.load(Ordering::Relaxed)).collect()
    }
}

async fn forward(State(backends): State<Arc<Backends>>, uri: Uri, headers: HeaderMap, body: Bytes) -> StatusCode {
    let i = backends.next.fetch_add(1, Ordering::Relaxed) % backends.addresses.len();
    backends.served[i].fetch_add(1, Ordering::Relaxed);
    let url = format!("http://{}{}", backends.addresses[i], uri.path());
    let mut request = backends.client.post(url).body(body);
    for (name, value) in &headers {
        if name != "host" && name != "content-length" {
            request = request.header(name, value);
        }
    }
    match request.send().await {
        Ok(answer) => StatusCode::from_u16(answer.status().as_u16()).unwrap_or(StatusCode::BAD_GATEWAY),
        Err(_) => StatusCode::BAD_GATEWAY,
    }
}

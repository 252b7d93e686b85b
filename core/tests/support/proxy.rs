//! A TCP proxy on loopback that can be cut and restored: a database outage without stopping the
//! database (new connections are refused, as when the server is down), or a server that hangs.
//! Used by the outage test and by the fault trials (`bots/examples/faults_outage.rs`, and
//! `faults_smtp.rs` in front of an SMTP server).

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// Forwards 127.0.0.1:<port> to the Postgres server, until cut.
pub struct Proxy {
    /// The port it listens on.
    pub port: u16,
    /// Where it forwards to.
    server: SocketAddr,
    /// The accepting task and every forwarding task (aborting them closes the sockets).
    tasks: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Proxy {
    pub async fn start(server: SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a free port");
        let proxy = Self { port: listener.local_addr().expect("an address").port(), server, tasks: Arc::default() };
        proxy.serve(listener);
        proxy
    }

    fn serve(&self, listener: TcpListener) {
        let (tasks, server) = (self.tasks.clone(), self.server);
        let accepting = tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let forwarding = tokio::spawn(async move {
                    if let Ok(mut outbound) = TcpStream::connect(server).await {
                        let _closed = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                tasks.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(forwarding);
            }
        });
        self.tasks.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(accepting);
    }

    /// The server "goes down": open connections break, new ones are refused.
    pub fn cut(&self) {
        for task in self.tasks.lock().unwrap_or_else(std::sync::PoisonError::into_inner).drain(..) {
            task.abort();
        }
    }

    /// The server "hangs": open connections break, new ones are accepted and never answered.
    pub async fn hang(&self) {
        self.cut();
        let listener = rebind(self.port).await;
        let holding = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((inbound, _)) = listener.accept().await {
                held.push(inbound);
            }
        });
        self.tasks.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(holding);
    }

    /// And comes back on the same address.
    pub async fn restore(&self) {
        self.cut();
        self.serve(rebind(self.port).await);
    }
}

/// Listens on `port` again, once the listener just aborted there has been dropped.
async fn rebind(port: u16) -> TcpListener {
    for _ in 0..100 {
        if let Ok(listener) = TcpListener::bind(("127.0.0.1", port)).await {
            return listener;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    TcpListener::bind(("127.0.0.1", port)).await.expect("the same port again")
}

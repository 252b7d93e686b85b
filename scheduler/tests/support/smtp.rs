//! A real SMTP server on loopback (mailin-embedded, plain text) that keeps every message it
//! accepts; `nobody@` addresses are refused. Used by the email tests and by fault trial 4
//! (`bots/examples/faults_smtp.rs`).

use mailin_embedded::{response, Handler, Response, Server, SslConfig};
use std::sync::{Arc, Mutex};

/// Every message accepted, as received (headers and body).
pub type Received = Arc<Mutex<Vec<String>>>;

#[derive(Clone, Default)]
struct Mailbox {
    current: Vec<u8>,
    received: Received,
}

impl Handler for Mailbox {
    fn rcpt(&mut self, to: &str) -> Response {
        if to.starts_with("nobody@") {
            response::NO_MAILBOX
        } else {
            response::OK
        }
    }
    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.extend_from_slice(buf);
        Ok(())
    }
    fn data_end(&mut self) -> Response {
        let message = String::from_utf8_lossy(&std::mem::take(&mut self.current)).into_owned();
        self.received.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(message);
        response::OK
    }
}

/// Starts the server on a free port; returns its port and what it receives.
pub fn start() -> std::io::Result<(u16, Received)> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    let mailbox = Mailbox::default();
    let received = mailbox.received.clone();
    let mut server = Server::new(mailbox);
    server
        .with_name("mail.test")
        .with_ssl(SslConfig::None)
        .map_err(|e| std::io::Error::other(e.to_string()))?
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        if let Err(error) = server.serve() {
            eprintln!("the SMTP sink stopped: {error}");
        }
    });
    Ok((port, received))
}

//! The listener: binds (loopback unless allowed otherwise), accepts, and
//! answers each connection on its own thread, at most [`MAX_CONNECTIONS`]
//! at once (the next ones get 503 at once). Each answered request is
//! reported to the caller's log as one line.

use std::io::Read;
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use crate::app::App;
use crate::error::ServeError;
use crate::http::{self, Method, Response};
use crate::router;

/// How many connections are answered at once.
pub const MAX_CONNECTIONS: usize = 32;

/// A bound listener.
pub struct Server {
    listener: TcpListener,
    addr: SocketAddr,
}

/// The log: one line per request.
pub type Log = dyn Fn(&str) + Send + Sync;

impl Server {
    /// Listens on `addr`; a non-loopback address only with `allow_non_loopback`.
    pub fn bind(addr: SocketAddr, allow_non_loopback: bool) -> Result<Server, ServeError> {
        if !addr.ip().is_loopback() && !allow_non_loopback {
            return Err(ServeError::NotLoopback(addr));
        }
        let listener = TcpListener::bind(addr).map_err(|e| ServeError::Bind {
            addr,
            message: e.to_string(),
        })?;
        let addr = listener.local_addr().map_err(|e| ServeError::Bind {
            addr,
            message: e.to_string(),
        })?;
        Ok(Server { listener, addr })
    }

    /// The address listened on (the port chosen for `:0`).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// Answers connections until accepting fails for good.
    pub fn run(self, app: Arc<App>, log: Arc<Log>) -> Result<(), ServeError> {
        let busy = Arc::new(AtomicUsize::new(0));
        let mut failures = 0u32;
        for conn in self.listener.incoming() {
            let mut stream = match conn {
                Ok(s) => {
                    failures = 0;
                    s
                }
                Err(e) => {
                    // Transient (a client gone before accept, no file descriptor
                    // left): wait a little; many in a row: give up.
                    failures += 1;
                    if failures > 100 {
                        return Err(ServeError::Accept {
                            addr: self.addr,
                            message: e.to_string(),
                        });
                    }
                    std::thread::sleep(std::time::Duration::from_millis(50));
                    continue;
                }
            };
            if busy.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
                busy.fetch_sub(1, Ordering::SeqCst);
                let _ = stream.set_write_timeout(Some(http::WRITE_TIMEOUT));
                let _ = http::write(
                    &mut stream,
                    &Response::error(503, "too many connections"),
                    Method::Get,
                );
                continue;
            }
            let (app, log, done) = (Arc::clone(&app), Arc::clone(&log), Arc::clone(&busy));
            let spawned = std::thread::Builder::new()
                .name("compat-serve".into())
                .spawn(move || {
                    answer(stream, &app, &*log);
                    done.fetch_sub(1, Ordering::SeqCst);
                });
            if spawned.is_err() {
                busy.fetch_sub(1, Ordering::SeqCst);
            }
        }
        Ok(())
    }
}

/// Reads one request from `stream` and answers it.
fn answer(mut stream: TcpStream, app: &App, log: &Log) {
    let peer = stream
        .peer_addr()
        .map_or_else(|_| "?".to_owned(), |a| a.to_string());
    let _ = stream.set_read_timeout(Some(http::READ_TIMEOUT));
    let _ = stream.set_write_timeout(Some(http::WRITE_TIMEOUT));
    let mut refused = false;
    let (method, line, response) = match http::read_head(&mut stream).and_then(|h| http::parse(&h))
    {
        Ok(req) => {
            let line = format!(
                "{} {}{}{}",
                if req.method == Method::Head {
                    "HEAD"
                } else {
                    "GET"
                },
                req.path,
                if req.query.is_empty() { "" } else { "?" },
                req.query
            );
            (req.method, line, router::route(app, &req))
        }
        Err(http::Refused(0, _)) => return,
        Err(http::Refused(status, why)) => {
            refused = true;
            (Method::Get, "-".to_owned(), Response::error(status, why))
        }
    };
    let mut response = response;
    if response.status == 405 {
        response.headers.push(("Allow", "GET, HEAD".into()));
    }
    let _ = http::write(&mut stream, &response, method);
    if refused {
        linger(&mut stream);
    }
    log(&format!(
        "{peer} {line} {} {}",
        response.status,
        response.body.len()
    ));
}

/// After refusing a request that was not read whole: stops writing and
/// reads (a bounded amount, briefly) what the client still sends, so that
/// closing does not reset the connection before it reads the refusal.
fn linger(stream: &mut TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let _ = stream.set_read_timeout(Some(std::time::Duration::from_millis(500)));
    let mut buf = [0u8; 4096];
    let mut left: usize = 256 * 1024;
    while left > 0 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => left = left.saturating_sub(n),
        }
    }
}

//! Why the server could not start or keep listening.

use std::net::SocketAddr;

/// An error of `compat serve`.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The address is not a loopback address and that was not allowed.
    #[error("{0}: not a loopback address; the dashboard listens on 127.0.0.1 or ::1 unless --allow-non-loopback is given")]
    NotLoopback(SocketAddr),
    /// The address cannot be bound.
    #[error("{addr}: cannot listen: {message}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The system's message.
        message: String,
    },
    /// Accepting connections failed for good.
    #[error("{addr}: {message}")]
    Accept {
        /// The address.
        addr: SocketAddr,
        /// The system's message.
        message: String,
    },
}

//! `compat serve`: the dashboard (compat-dashboard) on an HTTP/1.1 port,
//! loopback by default.
//!
//! - [`Server`] listens ([`Server::bind`] refuses a non-loopback address
//!   unless told otherwise) and answers each connection on its own thread,
//!   at most [`MAX_CONNECTIONS`] at once; one request per connection.
//! - [`http`] reads a request within fixed bounds (head size, time) and
//!   writes a response with the security headers every answer carries.
//! - [`router`] maps a path to its handler: one match arm per route.
//! - [`App`] is what the handlers share: where the store is (opened
//!   read-only for each request, so the pages are always current) and what
//!   the pages need besides.
//!
//! std::net and a thread per connection, no HTTP crate: the server answers
//! GET and HEAD for a few pages on one machine (see ARCHITECTURE.md).

mod app;
mod error;
pub mod http;
pub mod router;
mod server;

pub use app::App;
pub use error::ServeError;
pub use server::{Log, Server, MAX_CONNECTIONS};

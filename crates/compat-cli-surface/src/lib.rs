//! Command-line surfaces and what breaks between two of them.
//!
//! A surface ([`Surface`]) is what a program's command line accepts:
//! commands, flags with their names, value types, defaults, choices and
//! environment variables, positional arguments, hidden and deprecated state
//! with the day a deprecation was announced. Readers ([`read`]) produce one
//! from compat's JSON file, Azure CLI command metadata, cobra's YAML docs or
//! a `--help` snapshot, and [`probe`] from a program's own `--help`, asked
//! recursively (the caller runs the program). [`diff`] turns two surfaces
//! into findings of the `cli-` rules, judging removals of deprecated
//! elements against a [`Window`] (18 months by default, or Kubernetes'
//! policy).
//!
//! Layers: `model` (the data and its file format), `read` and `probe`
//! (facts), `diff` (findings), `date` and `window` (the calendar).

mod date;
pub mod diff;
mod error;
mod find;
mod model;
pub mod probe;
pub mod read;
mod window;

pub use date::Date;
pub use diff::{diff, DiffOptions};
pub use error::SurfaceError;
pub use find::Found;
pub use model::{
    Arg, Command, DeprecatedName, Deprecation, Flag, Stability, Surface, FORMAT_NAME,
    FORMAT_VERSION,
};
pub use read::{read_bytes, read_bytes_detected, read_path, read_path_detected, InputFormat};
pub use window::{releases_between, Window};

//! Go source trees: build constraints, the files Go builds for each target,
//! and cgo `//export`s, decided without the Go toolchain.
//!
//! The layers, bottom up:
//! - [`constraint`]: `//go:build` and `// +build` expressions, parsed,
//!   printed and converted exactly as `go/build/constraint` does, plus
//!   equivalence and satisfiability over the known GOOS/GOARCH values;
//! - [`facts`]: what each Go release knows (GOOS, GOARCH, `unix`, the
//!   `go tool dist list` targets);
//! - [`scan`]: a Go source file's header (comments, constraint lines and
//!   where they stand, package clause, imports, `//export` lines);
//! - [`build`]: which files of a package directory build for a target, as
//!   `go/build`'s `MatchFile` and `go list` decide;
//! - [`fix`]: the constraint-line rewrites of gofmt and `go fix`, for
//!   `compat go buildtags --fix` / `--diff`, and [`diff`] (compat-report's,
//!   re-exported), the unified diff `--diff` prints;
//! - [`lint`]: the build-constraint rules of one file;
//! - [`gover`]: Go version strings as the go command orders them;
//! - [`syntax`]: whole Go files as syntax trees (tree-sitter-go), for the
//!   checks that look past the header;
//! - [`godebug`]: the GODEBUG tables of each release, a main package's
//!   default GODEBUG as the go command computes it, and the standard
//!   library's imports;
//! - [`loopvar`]: the loop variables whose behaviour or allocation changes
//!   under go1.22's per-iteration semantics, per file
//!   ([`loopvar::check_file`], for `compat go upgrade`).
//!
//! The checks, one entry per command, each taking an options struct and
//! returning the command's [`compat_report::Report`]:
//! - [`buildtags::check`]: `compat go buildtags` (lint, `--fix`, `--diff`);
//! - [`targets::check`]: `compat go targets`;
//! - [`exports::check`]: `compat go exports`;
//! - [`upgrade::check`]: `compat go upgrade` (with [`godebug::check`], its
//!   GODEBUG part);
//! - [`cgo::check`]: `compat go cgo` (cgo's memory rules, over syntax trees
//!   from [`syntax`]).
//!
//! Errors are typed ([`Error`], [`error::ConstraintError`]).

pub mod build;
pub mod buildtags;
pub mod cgo;
pub mod constraint;
pub mod error;
pub mod exports;
pub mod facts;
pub mod fix;
pub mod godebug;
pub mod gomod;
pub mod gover;
pub mod imports;
pub mod lint;
pub mod loopvar;
pub mod scan;
pub mod syntax;
pub mod targets;
pub mod upgrade;

pub use compat_report::diff;
pub use error::Error;

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
//!   `compat go buildtags --fix` / `--diff`, and [`diff`], the unified
//!   diff `--diff` prints.
pub mod build;
pub mod constraint;
pub mod diff;
pub mod facts;
pub mod fix;
pub mod imports;
pub mod lint;
pub mod scan;

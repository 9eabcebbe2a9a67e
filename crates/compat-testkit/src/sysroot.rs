//! A sysroot built to escape (issue 9), shared by the loader's tests and the
//! binary's strace test.
//!
//! Every library is reached through something a host-side resolution would
//! follow out of the root, and a **host decoy** waits at the host path that
//! resolution would reach: a library with the same SONAME that lacks the
//! symbol the program needs (so choosing it shows up as an unresolved symbol
//! and as a loaded path outside the root).
//!
//! | library | reached through |
//! |---|---|
//! | `libcmpa.so.1` | an absolute link naming a path that exists on the host |
//! | `libcmpb.so.1` | a chain of 40 links (the kernel's limit), absolute and relative in turn |
//! | `libcmpd.so.1` | a relative link with `..` far above the root, then down to a host path |
//! | `libcmpe.so.1` | a DT_RUNPATH entry that contains the text `ORIGIN` (not the token) |
//! | `libcmpf.so.1` | `$ORIGIN` followed by `..` far above the root |
//! | `libcmpg.so.1` | only the ld.so cache; `etc/ld.so.cache` links to a host path holding a decoy cache; the entry's directory is an absolute link |
//! | `libc.so.6` | `lib/x86_64-linux-gnu/libc.so.6` links to the absolute `/usr/lib/x86_64-linux-gnu/libc.so.6` (on the host: the host's own libc) |

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use crate::{Fixture, LdCacheWriter};

fn mkdirs(p: &Path) -> &Path {
    std::fs::create_dir_all(p).unwrap_or_else(|e| panic!("mkdir {}: {e}", p.display()));
    p
}

fn copy(src: &Path, dst: &Path) {
    mkdirs(dst.parent().unwrap());
    let bytes = std::fs::read(src).unwrap_or_else(|e| panic!("copy {}: {e}", src.display()));
    compat_fs::write_atomic(dst, &bytes).unwrap_or_else(|e| panic!("copy: {e}"));
    let mode = std::fs::metadata(src)
        .unwrap_or_else(|e| panic!("copy {}: {e}", src.display()))
        .permissions();
    std::fs::set_permissions(dst, mode).unwrap_or_else(|e| panic!("chmod {}: {e}", dst.display()));
}

/// A symbolic link at `at` to `target`, creating `at`'s directory.
pub fn link(target: &str, at: &Path) {
    mkdirs(at.parent().unwrap());
    symlink(target, at).unwrap_or_else(|e| panic!("link {} -> {target}: {e}", at.display()));
}

/// `p` below `root`, for an absolute host path `p` (the same spelling inside).
pub fn inside(root: &Path, p: &Path) -> PathBuf {
    root.join(p.strip_prefix("/").unwrap_or(p))
}

/// The libraries of the layouts: `libcmp<x>.so.1` defining `<x>_fn`, and
/// its decoy (same SONAME, no `<x>_fn`).
pub struct Libs {
    genuine: Vec<(char, PathBuf)>,
    decoy: Vec<(char, PathBuf)>,
}

impl Libs {
    /// Builds `libcmp<x>.so.1` and its decoy for each `x` of `names`.
    pub fn build(fx: &Fixture, names: &str) -> Libs {
        let mut genuine = Vec::new();
        let mut decoy = Vec::new();
        for x in names.chars() {
            let soname = format!("libcmp{x}.so.1");
            genuine.push((
                x,
                fx.lib(&format!("genuine-{soname}"))
                    .source(&format!("int {x}_fn(void) {{ return 0; }}\n"))
                    .soname(&soname)
                    .build(),
            ));
            decoy.push((
                x,
                fx.lib(&format!("decoy-{soname}"))
                    .source("int decoy_only(void) { return 1; }\n")
                    .soname(&soname)
                    .build(),
            ));
        }
        Libs { genuine, decoy }
    }

    /// The genuine library `x`.
    pub fn genuine(&self, x: char) -> &Path {
        &self.genuine.iter().find(|(c, _)| *c == x).unwrap().1
    }

    /// The decoy of library `x`.
    pub fn decoy(&self, x: char) -> &Path {
        &self.decoy.iter().find(|(c, _)| *c == x).unwrap().1
    }

    /// Places the genuine library at `genuine` and its decoy at `decoy`.
    pub fn place(&self, x: char, genuine: &Path, decoy: &Path) {
        copy(self.genuine(x), genuine);
        copy(self.decoy(x), decoy);
    }

    /// A program calling `<x>_fn` of every library, linked against them.
    pub fn app(&self, fx: &Fixture, name: &str, runpath: &[String]) -> PathBuf {
        let calls: String = self
            .genuine
            .iter()
            .map(|(x, _)| format!("int {x}_fn(void);\n"))
            .collect();
        let body: Vec<String> = self
            .genuine
            .iter()
            .map(|(x, _)| format!("{x}_fn()"))
            .collect();
        let mut b = fx.exe(name).source(&format!(
            "{calls}int main(void) {{ return {}; }}\n",
            body.join(" + ")
        ));
        for (_, l) in &self.genuine {
            b = b.link_lib(l);
        }
        for r in runpath {
            b = b.runpath(r);
        }
        b.build()
    }
}

/// One sysroot exercising every way out (see the module documentation).
pub struct HostileRoot {
    /// Holds everything (the root and the host decoys).
    pub fx: Fixture,
    /// The fixture directory, canonical (the decoys are under `decoy/`).
    pub host: PathBuf,
    /// The root.
    pub root: PathBuf,
    /// The program, inside the root (`usr/bin/app`).
    pub app: PathBuf,
    /// A program outside the root needing the same libraries through
    /// absolute RUNPATH entries only.
    pub outside_app: PathBuf,
}

/// How many `../` reach `/` from anywhere under the fixture, with room to spare.
const UP: usize = 24;

/// The host's x86-64 glibc (`libc.so.6`), copied into roots that need one.
pub const HOST_LIBC: &str = "/lib/x86_64-linux-gnu/libc.so.6";
/// The host's x86-64 dynamic loader.
pub const HOST_LDSO: &str = "/lib64/ld-linux-x86-64.so.2";

/// Builds the sysroot of the module documentation, the program at
/// `usr/bin/app` with DT_RUNPATH entries for `libcmpe` (text `ORIGIN`) and
/// `libcmpf` (`$ORIGIN/../..`). With `with_libc` the root holds a copy of the
/// host's glibc (so the program has nothing missing); without, its
/// `libc.so.6` is only the link to the host's.
///
/// # Panics
/// When a fixture cannot be built or placed.
pub fn hostile_root(with_libc: bool) -> HostileRoot {
    let fx = Fixture::new();
    let host = std::fs::canonicalize(fx.path()).unwrap();
    let hx = host.to_str().unwrap().to_owned();
    let hx_rel = hx.trim_start_matches('/').to_owned();
    let root = host.join("root");
    let lib_dir = root.join("usr/lib/x86_64-linux-gnu");
    mkdirs(&lib_dir);
    mkdirs(&root.join("lib/x86_64-linux-gnu"));
    let libs = Libs::build(&fx, "abdefg");
    let up = "../".repeat(UP);

    // a: an absolute link naming a path that exists on the host too.
    let a_at = host.join("decoy/a/libcmpa.so.1");
    libs.place('a', &inside(&root, &a_at), &a_at);
    link(a_at.to_str().unwrap(), &lib_dir.join("libcmpa.so.1"));

    // b: a chain of 40 links (the kernel's limit), absolute and relative in
    // turn, ending at a host path.
    let b_at = host.join("decoy/b/libcmpb.so.1");
    libs.place('b', &inside(&root, &b_at), &b_at);
    let mut prev = b_at.to_str().unwrap().to_owned();
    for i in 0..39 {
        let at = root.join(format!("chain/b{i}"));
        link(&prev, &at);
        prev = if i % 2 == 0 {
            format!("/chain/b{i}")
        } else {
            format!("../chain/b{i}")
        };
    }
    link(&prev, &lib_dir.join("libcmpb.so.1"));

    // d: a relative link climbing far above the root, then down to a host path.
    let d_at = host.join("decoy/d/libcmpd.so.1");
    libs.place('d', &inside(&root, &d_at), &d_at);
    link(
        &format!("{up}{hx_rel}/decoy/d/libcmpd.so.1"),
        &lib_dir.join("libcmpd.so.1"),
    );

    // e: a RUNPATH entry containing the text ORIGIN (not the token).
    let e_dir = host.join("decoy/ORIGIN-e");
    libs.place(
        'e',
        &inside(&root, &e_dir.join("libcmpe.so.1")),
        &e_dir.join("libcmpe.so.1"),
    );

    // f: $ORIGIN, then `..` far above the root, then a host path.
    let f_dir = host.join("decoy/f");
    libs.place(
        'f',
        &inside(&root, &f_dir.join("libcmpf.so.1")),
        &f_dir.join("libcmpf.so.1"),
    );

    // g: only the ld.so cache knows it; etc/ld.so.cache is an absolute link to
    // a host path holding a decoy cache (which sends libcmpg.so.1 to a decoy).
    copy(libs.genuine('g'), &root.join("opt/g-real/libcmpg.so.1"));
    link("/opt/g-real", &root.join("opt/g"));
    let cache_at = host.join("decoy/etc/ld.so.cache");
    let mut genuine_cache = LdCacheWriter::default();
    genuine_cache.entry("libcmpg.so.1", "/opt/g/libcmpg.so.1");
    genuine_cache.entry("libc.so.6", "/lib/x86_64-linux-gnu/libc.so.6");
    mkdirs(inside(&root, &cache_at).parent().unwrap());
    compat_fs::write_atomic(&inside(&root, &cache_at), &genuine_cache.bytes()).unwrap();
    let mut decoy_cache = LdCacheWriter::default();
    let g_decoy = host.join("decoy/g/libcmpg.so.1");
    decoy_cache.entry("libcmpg.so.1", g_decoy.to_str().unwrap());
    copy(libs.decoy('g'), &g_decoy);
    mkdirs(cache_at.parent().unwrap());
    compat_fs::write_atomic(&cache_at, &decoy_cache.bytes()).unwrap();
    link(cache_at.to_str().unwrap(), &root.join("etc/ld.so.cache"));

    // libc.so.6: the root's /lib entry links to the absolute
    // /usr/lib/x86_64-linux-gnu/libc.so.6, which on the host is the host's
    // libc (the decoy, always there).
    link(
        "/usr/lib/x86_64-linux-gnu/libc.so.6",
        &root.join("lib/x86_64-linux-gnu/libc.so.6"),
    );
    if with_libc {
        copy(Path::new(HOST_LIBC), &lib_dir.join("libc.so.6"));
        copy(Path::new(HOST_LDSO), &lib_dir.join("ld-linux-x86-64.so.2"));
    }

    let runpath = vec![
        e_dir.to_str().unwrap().to_owned(),
        format!("$ORIGIN/{up}{hx_rel}/decoy/f"),
    ];
    let app = libs.app(&fx, "app", &runpath);
    let app_in_root = root.join("usr/bin/app");
    copy(&app, &app_in_root);
    // Outside the root: no $ORIGIN (an input outside the root has its
    // $ORIGIN on the host, as the user laid it out).
    let outside_app = libs.app(
        &fx,
        "outside-app",
        &[
            e_dir.to_str().unwrap().to_owned(),
            f_dir.to_str().unwrap().to_owned(),
        ],
    );
    HostileRoot {
        host,
        fx,
        root,
        app: app_in_root,
        outside_app,
    }
}

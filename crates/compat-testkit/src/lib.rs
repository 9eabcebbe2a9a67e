//! Builds real ELF fixtures with a C compiler at test time.
//!
//! compat's tests check what real toolchains produce, so instead of
//! committing binaries they compile small C sources with `gcc` (or a cross
//! compiler such as `aarch64-linux-gnu-gcc`) into a temporary directory:
//!
//! ```no_run
//! use compat_testkit::Fixture;
//!
//! let fx = Fixture::new();
//! let lib = fx
//!     .lib("libfoo.so.1")
//!     .source("int foo(void) { return 1; }")
//!     .version_script("FOO_1.0 { global: foo; local: *; };")
//!     .soname("libfoo.so.1")
//!     .build();
//! let exe = fx
//!     .exe("app")
//!     .source("int foo(void); int main(void) { return foo(); }")
//!     .link_lib(&lib)
//!     .build();
//! assert!(exe.exists());
//! ```
//!
//! Every build writes `NAME.c` (and `NAME.map` for a version script) next to
//! the output `NAME` and panics with the compiler's stderr when the compiler
//! fails, so a broken fixture shows why in the test output. The directory is
//! deleted when the [`Fixture`] is dropped.

use std::ffi::OsString;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

pub mod gotool;
mod python;
pub mod sysroot;

pub use python::ci_python;

/// True when `cmd` is an executable file: a path, or a name found on `PATH`.
pub fn have(cmd: &str) -> bool {
    if cmd.contains('/') {
        return is_executable(Path::new(cmd));
    }
    let Some(path) = std::env::var_os("PATH") else {
        return false;
    };
    std::env::split_paths(&path).any(|dir| is_executable(&dir.join(cmd)))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// A temporary directory that fixtures are built in; removed on drop.
#[derive(Debug)]
pub struct Fixture {
    dir: TempDir,
}

impl Default for Fixture {
    fn default() -> Self {
        Fixture::new()
    }
}

impl Fixture {
    /// Creates a fresh temporary directory.
    ///
    /// # Panics
    /// Panics when the directory cannot be created.
    pub fn new() -> Fixture {
        let dir = tempfile::Builder::new()
            .prefix("compat-fixture-")
            .tempdir()
            .unwrap_or_else(|e| {
                panic!("cannot create a temporary directory for test fixtures: {e}")
            });
        Fixture { dir }
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `name` inside the directory.
    pub fn join(&self, name: impl AsRef<Path>) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `contents` to `name` inside the directory (through
    /// `compat_fs::write_atomic`, as every write of the workspace) and
    /// returns its path.
    ///
    /// # Panics
    /// Panics when the file cannot be written.
    pub fn write(&self, name: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.join(name);
        compat_fs::write_atomic(&path, contents.as_ref())
            .unwrap_or_else(|e| panic!("cannot write: {e}"));
        path
    }

    /// Starts a shared library named `name` (the output file name, e.g. `libfoo.so.1`).
    pub fn lib(&self, name: &str) -> LibBuilder<'_> {
        LibBuilder {
            spec: Spec::new(self, name),
        }
    }

    /// Starts an executable named `name`.
    pub fn exe(&self, name: &str) -> ExeBuilder<'_> {
        ExeBuilder {
            spec: Spec::new(self, name),
            pie: None,
            link_libs: Vec::new(),
            allow_undefined: false,
        }
    }
}

/// What both builders share.
#[derive(Debug, Clone)]
struct Spec<'a> {
    fixture: &'a Fixture,
    name: String,
    source: String,
    version_script: Option<String>,
    soname: Option<String>,
    links: Vec<OsString>,
    rpath: Vec<String>,
    runpath: Vec<String>,
    cc: String,
    args: Vec<OsString>,
}

impl<'a> Spec<'a> {
    fn new(fixture: &'a Fixture, name: &str) -> Spec<'a> {
        assert!(
            !name.is_empty() && !name.contains('/'),
            "fixture name {name:?} must be a plain file name"
        );
        Spec {
            fixture,
            name: name.to_owned(),
            source: String::new(),
            version_script: None,
            soname: None,
            links: Vec::new(),
            rpath: Vec::new(),
            runpath: Vec::new(),
            cc: "gcc".to_owned(),
            args: Vec::new(),
        }
    }

    /// Writes the source (and version script) and returns the arguments that
    /// come after the leading mode flags: `-o OUT SRC` and the link options.
    fn common_args(&self) -> (PathBuf, Vec<OsString>) {
        let out = self.fixture.join(&self.name);
        let src = self.fixture.write(format!("{}.c", self.name), &self.source);
        let mut args: Vec<OsString> = self.args.clone();
        args.extend([
            "-o".into(),
            out.clone().into_os_string(),
            src.into_os_string(),
        ]);
        if let Some(script) = &self.version_script {
            let map = self.fixture.write(format!("{}.map", self.name), script);
            let mut a = OsString::from("-Wl,--version-script=");
            a.push(map);
            args.push(a);
        }
        if let Some(soname) = &self.soname {
            args.push(format!("-Wl,-soname,{soname}").into());
        }
        assert!(
            self.rpath.is_empty() || self.runpath.is_empty(),
            "{}: GNU ld writes either DT_RPATH or DT_RUNPATH in one link, not both",
            self.name
        );
        for dir in &self.rpath {
            args.push(format!("-Wl,--disable-new-dtags,-rpath,{dir}").into());
        }
        for dir in &self.runpath {
            args.push(format!("-Wl,--enable-new-dtags,-rpath,{dir}").into());
        }
        args.extend(self.links.iter().cloned());
        (out, args)
    }

    /// Runs the compiler; panics with its stderr on failure.
    fn run(&self, args: &[OsString], out: PathBuf) -> PathBuf {
        let output = match Command::new(&self.cc)
            .args(args)
            .current_dir(self.fixture.path())
            .output()
        {
            Ok(o) => o,
            Err(e) if e.kind() == ErrorKind::NotFound => {
                if self.cc == "gcc" {
                    panic!("gcc is required to build test fixtures; install build-essential");
                }
                panic!(
                    "{} is required to build the test fixture {}, but it is not installed",
                    self.cc, self.name
                );
            }
            Err(e) => panic!("cannot run {}: {e}", self.cc),
        };
        if !output.status.success() {
            let cmdline: Vec<String> = args
                .iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            panic!(
                "{} failed to build the test fixture {} ({}):\n$ {} {}\n--- source ---\n{}\n--- stderr ---\n{}",
                self.cc,
                self.name,
                output.status,
                self.cc,
                cmdline.join(" "),
                self.source,
                String::from_utf8_lossy(&output.stderr)
            );
        }
        out
    }
}

/// The options both builders accept.
macro_rules! common_options {
    () => {
        /// The C source (replaces any earlier one).
        pub fn source(mut self, c_code: &str) -> Self {
            self.spec.source = c_code.to_owned();
            self
        }

        /// A GNU ld version script, passed with `-Wl,--version-script=`.
        pub fn version_script(mut self, text: &str) -> Self {
            self.spec.version_script = Some(text.to_owned());
            self
        }

        /// The DT_SONAME, passed with `-Wl,-soname,`.
        pub fn soname(mut self, soname: &str) -> Self {
            self.spec.soname = Some(soname.to_owned());
            self
        }

        /// A link input placed after the source: a path to a library or object,
        /// or a `-lNAME`/`-L DIR` option.
        pub fn link(mut self, path_or_lname: impl Into<OsString>) -> Self {
            self.spec.links.push(path_or_lname.into());
            self
        }

        /// Adds `DIR` to DT_RPATH (`-Wl,--disable-new-dtags,-rpath,DIR`).
        ///
        /// GNU ld writes either DT_RPATH or DT_RUNPATH in one link; using both
        /// [`Self::rpath`] and [`Self::runpath`] on one builder panics at build time.
        pub fn rpath(mut self, dir: &str) -> Self {
            self.spec.rpath.push(dir.to_owned());
            self
        }

        /// Adds `DIR` to DT_RUNPATH (`-Wl,--enable-new-dtags,-rpath,DIR`).
        pub fn runpath(mut self, dir: &str) -> Self {
            self.spec.runpath.push(dir.to_owned());
            self
        }

        /// The compiler driver (default `gcc`), e.g. `aarch64-linux-gnu-gcc`.
        pub fn cc(mut self, compiler: &str) -> Self {
            self.spec.cc = compiler.to_owned();
            self
        }

        /// An extra compiler argument, placed before the source.
        pub fn arg(mut self, a: impl Into<OsString>) -> Self {
            self.spec.args.push(a.into());
            self
        }
    };
}

/// Builds a shared library (`-shared -fPIC -O1`).
#[derive(Debug, Clone)]
#[must_use = "call .build() to compile the fixture"]
pub struct LibBuilder<'a> {
    spec: Spec<'a>,
}

impl LibBuilder<'_> {
    common_options!();

    /// Writes `NAME.c` and compiles it into `NAME`; returns the output path.
    ///
    /// # Panics
    /// Panics with the compiler's stderr when compilation fails, and with an
    /// install hint when the compiler is missing.
    pub fn build(self) -> PathBuf {
        let (out, rest) = self.spec.common_args();
        let mut args: Vec<OsString> = vec!["-shared".into(), "-fPIC".into(), "-O1".into()];
        args.extend(rest);
        self.spec.run(&args, out)
    }
}

/// Builds an executable (`-O1`).
#[derive(Debug, Clone)]
#[must_use = "call .build() to compile the fixture"]
pub struct ExeBuilder<'a> {
    spec: Spec<'a>,
    pie: Option<bool>,
    link_libs: Vec<PathBuf>,
    allow_undefined: bool,
}

impl ExeBuilder<'_> {
    common_options!();

    /// Builds a PIE (`-pie -fPIE`) or a position-dependent executable
    /// (`-no-pie -fno-PIE`). Unset: the compiler's default.
    pub fn pie(mut self, pie: bool) -> Self {
        self.pie = Some(pie);
        self
    }

    /// Links against a shared library built earlier, by path, with
    /// `-L DIR -l:FILE`, so DT_NEEDED records the library's SONAME.
    pub fn link_lib(mut self, path: impl AsRef<Path>) -> Self {
        self.link_libs.push(path.as_ref().to_owned());
        self
    }

    /// Lets the link succeed with unresolved symbols
    /// (`-Wl,--allow-shlib-undefined,--unresolved-symbols=ignore-all`).
    pub fn allow_undefined(mut self) -> Self {
        self.allow_undefined = true;
        self
    }

    /// Writes `NAME.c` and compiles it into `NAME`; returns the output path.
    ///
    /// # Panics
    /// Panics with the compiler's stderr when compilation fails, and with an
    /// install hint when the compiler is missing.
    pub fn build(self) -> PathBuf {
        let (out, rest) = self.spec.common_args();
        let mut args: Vec<OsString> = vec!["-O1".into()];
        match self.pie {
            Some(true) => args.extend(["-pie".into(), "-fPIE".into()]),
            Some(false) => args.extend(["-no-pie".into(), "-fno-PIE".into()]),
            None => {}
        }
        args.extend(rest);
        for lib in &self.link_libs {
            let dir = lib
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let file = lib
                .file_name()
                .unwrap_or_else(|| panic!("link_lib({}) must name a file", lib.display()));
            let mut l = OsString::from("-L");
            l.push(dir);
            args.push(l);
            let mut f = OsString::from("-l:");
            f.push(file);
            args.push(f);
        }
        if self.allow_undefined {
            args.push("-Wl,--allow-shlib-undefined,--unresolved-symbols=ignore-all".into());
        }
        self.spec.run(&args, out)
    }
}

/// Writes an ld.so cache in glibc's format (`glibc-ld.so.cache1.1`, the
/// layout ldconfig writes since glibc 2.32, little-endian), for sysroots built
/// at test time and for hostile caches: strings are stored once by content,
/// so thousands of entries naming one path share its offset, as in a cache
/// built to amplify.
///
/// ```
/// let mut c = compat_testkit::LdCacheWriter::default();
/// c.entry("libfoo.so.1", "/opt/foo/lib/libfoo.so.1");
/// let bytes = c.bytes();
/// assert!(bytes.starts_with(b"glibc-ld.so.cache1.1"));
/// ```
#[derive(Debug, Default, Clone)]
pub struct LdCacheWriter {
    strings: Vec<u8>,
    offsets: std::collections::HashMap<String, u32>,
    entries: Vec<(u32, u32, u32)>,
}

impl LdCacheWriter {
    /// The x86-64 flags of a cache entry (`FLAG_ELF_LIBC6 | FLAG_X8664_LIB64`).
    pub const X86_64: u32 = 0x0303;

    /// Adds an x86-64 entry mapping `name` to `path`.
    pub fn entry(&mut self, name: &str, path: &str) -> &mut Self {
        self.entry_with_flags(Self::X86_64, name, path)
    }

    /// Adds an entry with explicit flags.
    pub fn entry_with_flags(&mut self, flags: u32, name: &str, path: &str) -> &mut Self {
        let k = self.string(name);
        let v = self.string(path);
        self.entries.push((flags, k, v));
        self
    }

    /// The position of `s` in the string table (added once).
    fn string(&mut self, s: &str) -> u32 {
        if let Some(&o) = self.offsets.get(s) {
            return o;
        }
        let o = self.strings.len() as u32;
        self.strings.extend_from_slice(s.as_bytes());
        self.strings.push(0);
        self.offsets.insert(s.to_owned(), o);
        o
    }

    /// The file: a 48-byte header, 24-byte entries, then the strings (entry
    /// offsets count from the start of the header).
    pub fn bytes(&self) -> Vec<u8> {
        let base = 48 + 24 * self.entries.len() as u32;
        let mut b = b"glibc-ld.so.cache1.1".to_vec();
        b.resize(48, 0);
        b[20..24].copy_from_slice(&(self.entries.len() as u32).to_le_bytes());
        b[24..28].copy_from_slice(&(self.strings.len() as u32).to_le_bytes());
        b[28] = 2; // little-endian
        for &(flags, k, v) in &self.entries {
            b.extend_from_slice(&flags.to_le_bytes());
            b.extend_from_slice(&(base + k).to_le_bytes());
            b.extend_from_slice(&(base + v).to_le_bytes());
            b.extend_from_slice(&[0; 12]); // osversion, hwcap
        }
        b.extend_from_slice(&self.strings);
        b
    }
}

#[cfg(test)]
mod tests {
    //! The builders against real gcc and binutils, checked with `readelf`.

    use super::*;

    fn readelf(args: &[&str], file: &Path) -> String {
        let out = Command::new("readelf")
            .args(args)
            .arg(file)
            .output()
            .expect("readelf (binutils) is installed");
        assert!(
            out.status.success(),
            "readelf failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    #[test]
    fn have_finds_sh_and_not_nonsense() {
        assert!(have("sh"));
        assert!(have("/bin/sh"));
        assert!(!have("compat-no-such-command-xyz"));
        assert!(!have("/nonexistent/gcc"));
    }

    #[test]
    fn builds_a_versioned_library_and_an_executable_against_it() {
        let fx = Fixture::new();
        let lib = fx
            .lib("libtk.so.1")
            .source("int tk_foo(void) { return 1; }\nint tk_hidden(void) { return 2; }\n")
            .version_script("TK_1.0 { global: tk_foo; local: *; };")
            .soname("libtk.so.1")
            .runpath("/opt/tk")
            .build();
        assert_eq!(lib, fx.join("libtk.so.1"));
        assert_eq!(&fs::read(&lib).unwrap()[..4], b"\x7fELF");
        let d = readelf(&["-d", "-W"], &lib);
        assert!(d.contains("Library soname: [libtk.so.1]"), "{d}");
        assert!(d.contains("Library runpath: [/opt/tk]"), "{d}");
        let syms = readelf(&["--dyn-syms", "-W"], &lib);
        assert!(syms.contains("tk_foo@@TK_1.0"), "{syms}");
        assert!(!syms.contains("tk_hidden"), "{syms}");

        let exe = fx
            .exe("app")
            .source("int tk_foo(void);\nint main(void) { return tk_foo(); }\n")
            .link_lib(&lib)
            .rpath("/opt/app")
            .pie(false)
            .build();
        let h = readelf(&["-h"], &exe);
        assert!(h.contains("EXEC"), "{h}");
        let d = readelf(&["-d", "-W"], &exe);
        assert!(d.contains("Shared library: [libtk.so.1]"), "{d}");
        assert!(d.contains("Library rpath: [/opt/app]"), "{d}");
        assert!(
            !d.contains(&fx.path().display().to_string()),
            "NEEDED must be the SONAME, not a path: {d}"
        );
    }

    #[test]
    fn allow_undefined_links_with_missing_symbols() {
        let fx = Fixture::new();
        let src = "int missing(void);\nint main(void) { return missing(); }\n";
        let strict = std::panic::catch_unwind(|| fx.exe("strict").source(src).build());
        assert!(
            strict.is_err(),
            "an undefined reference must fail a normal link"
        );
        let exe = fx
            .exe("loose")
            .source(src)
            .pie(true)
            .allow_undefined()
            .build();
        assert!(readelf(&["-h"], &exe).contains("DYN"));
    }

    #[test]
    fn compiler_errors_panic_with_stderr() {
        let fx = Fixture::new();
        let err = std::panic::catch_unwind(|| fx.lib("libbad.so").source("int broken( {").build())
            .expect_err("a syntax error must panic");
        let msg = err.downcast_ref::<String>().cloned().unwrap_or_default();
        assert!(
            msg.contains("failed to build the test fixture libbad.so"),
            "{msg}"
        );
        assert!(
            msg.contains("error"),
            "stderr must be in the message: {msg}"
        );
    }

    #[test]
    fn missing_compiler_panics_with_a_hint() {
        let fx = Fixture::new();
        let err = std::panic::catch_unwind(|| fx.lib("libx.so").cc("compat-no-such-cc").build())
            .expect_err("a missing compiler must panic");
        let msg = err.downcast_ref::<String>().cloned().unwrap_or_default();
        assert!(msg.contains("compat-no-such-cc is required"), "{msg}");
    }

    #[test]
    #[should_panic(expected = "either DT_RPATH or DT_RUNPATH")]
    fn rpath_and_runpath_together_panic() {
        let fx = Fixture::new();
        let _ = fx.lib("libboth.so").rpath("/a").runpath("/b").build();
    }
}

//! The `compat` binary: parses the command line and hands over to [`compat::run`].

/// Parsing allocates many small strings from several threads; glibc's malloc
/// serializes them on one lock, mimalloc keeps per-thread heaps.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    compat::run()
}

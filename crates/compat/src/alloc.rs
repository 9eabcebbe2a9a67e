//! The allocator hooks: the binary uses mimalloc (see `main.rs`), which keeps
//! freed memory for a while before returning it to the system.

/// Returns the memory freed so far to the system now, instead of after
/// mimalloc's purge delay: between the two sides of `abi diff`, so that the
/// first side's transient buffers (headers, per-unit results) do not add to
/// the peak of the second. Harmless when mimalloc is not the global allocator.
#[allow(unsafe_code)] // one FFI call without arguments to check
pub fn release_freed_memory() {
    // SAFETY: mi_collect takes no pointers; forcing a collection only purges
    // pages that hold no live allocation.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// Makes tree-sitter (the Go parser under `compat go upgrade` and `go cgo`)
/// allocate with mimalloc too: a parse allocates and frees a node per
/// token, and glibc's malloc took a tenth of the parse's time (Go's own
/// tree: 4.3 s of CPU against 3.9 s). Called once, before any parse.
#[allow(unsafe_code)] // one FFI call handing over four C allocator functions
pub fn parsers_use_mimalloc() {
    use libmimalloc_sys::{mi_calloc, mi_free, mi_malloc, mi_realloc};
    // SAFETY: the four functions are a matching malloc family (what mi_malloc
    // returns, mi_free frees), thread-safe, and no tree-sitter object exists
    // yet: nothing allocated by the old family is freed by the new one.
    unsafe {
        tree_sitter::set_allocator(
            Some(mi_malloc),
            Some(mi_calloc),
            Some(mi_realloc),
            Some(mi_free),
        )
    }
}

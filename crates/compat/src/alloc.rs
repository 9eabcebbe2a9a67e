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

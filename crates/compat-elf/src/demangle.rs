//! Demangling of C++ (Itanium) and Rust symbol names, for display only.

/// The demangled form of `name`, or `None` for plain C names and names that
/// do not demangle.
pub fn demangle(name: &str) -> Option<String> {
    if name.starts_with("_R")
        || (name.starts_with("_ZN") && name.contains("17h") && name.ends_with('E'))
    {
        if let Ok(d) = rustc_demangle::try_demangle(name) {
            return Some(format!("{d:#}"));
        }
    }
    if name.starts_with("_Z") {
        let options = cpp_demangle::DemangleOptions::new();
        if let Ok(sym) = cpp_demangle::Symbol::new(name) {
            if let Ok(d) = sym.demangle_with_options(&options) {
                return Some(d);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::demangle;

    #[test]
    fn cxx_and_rust_and_c() {
        assert_eq!(
            demangle("_ZN4llvm5Value4dumpEv").as_deref(),
            Some("llvm::Value::dump()")
        );
        assert_eq!(
            demangle("_ZN3std2io5stdio6_print17h5d4c0c7f1e2a3b4cE").as_deref(),
            Some("std::io::stdio::_print")
        );
        assert_eq!(demangle("av_packet_alloc"), None);
        assert_eq!(demangle("_Z"), None);
    }
}

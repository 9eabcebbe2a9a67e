//! Demangling of C++ (Itanium) and Rust symbol names, for display only.
//!
//! Demangling is bounded: a mangled name whose substitutions nest so that
//! its demangled form doubles at each step (a few hundred bytes can spell
//! gigabytes) stops at [`max_len`] bytes of output or a recursion limit, and
//! the symbol is shown by its mangled name.

use std::fmt;

/// Recursion limit for parsing and printing (real names nest a few dozen deep).
const RECURSION_LIMIT: u32 = 192;

/// The most bytes a demangled form of `mangled` may take: generous for real
/// names (templates spelled out in full run to some tens of times their
/// mangled length), fixed beyond that.
pub fn max_len(mangled: &str) -> usize {
    mangled.len().saturating_mul(64).clamp(4 << 10, 256 << 10)
}

/// The demangled form of `name`, or `None` for plain C names, names that do
/// not demangle, and names whose demangled form would exceed [`max_len`].
pub fn demangle(name: &str) -> Option<String> {
    if name.starts_with("_R")
        || (name.starts_with("_ZN") && name.contains("17h") && name.ends_with('E'))
    {
        if let Ok(d) = rustc_demangle::try_demangle(name) {
            let mut out = Bounded::new(max_len(name));
            if fmt::write(&mut out, format_args!("{d:#}")).is_ok() {
                return Some(out.text);
            }
            return None;
        }
    }
    if name.starts_with("_Z") {
        let parse = cpp_demangle::ParseOptions::default().recursion_limit(RECURSION_LIMIT);
        let options = cpp_demangle::DemangleOptions::new().recursion_limit(RECURSION_LIMIT);
        if let Ok(sym) = cpp_demangle::Symbol::new_with_options(name, &parse) {
            let mut out = Bounded::new(max_len(name));
            if sym.structured_demangle(&mut out, &options).is_ok() {
                return Some(special_name(name, out.text));
            }
        }
    }
    None
}

/// The special names cpp_demangle spells in braces (`{vtable(Codec)}`,
/// `{vtt(Codec)}`, `{virtual override thunk({offset(-8)}, Codec::run())}`)
/// as c++filt and the loader's users read them (`vtable for Codec`, `VTT for
/// Codec`, `non-virtual thunk to Codec::run()`); anything else unchanged.
fn special_name(mangled: &str, text: String) -> String {
    let inner = |prefix: &str| {
        text.strip_prefix(prefix)
            .and_then(|t| t.strip_suffix(")}"))
            .map(str::to_owned)
    };
    // A thunk's offsets (`{offset(-8)}, `, `{virtual offset(0, -24)}, `)
    // come before the function.
    let after_offsets = |offsets: usize| {
        let mut rest = inner("{virtual override thunk(")?;
        for _ in 0..offsets {
            let end = rest.find("}, ")?;
            rest = rest[end + 3..].to_owned();
        }
        Some(rest)
    };
    let spelled = match mangled.get(..4) {
        Some("_ZTV") => inner("{vtable(").map(|c| format!("vtable for {c}")),
        Some("_ZTT") => inner("{vtt(").map(|c| format!("VTT for {c}")),
        Some("_ZTh") => after_offsets(1).map(|f| format!("non-virtual thunk to {f}")),
        Some("_ZTv") => after_offsets(1).map(|f| format!("virtual thunk to {f}")),
        Some("_ZTc") => after_offsets(2).map(|f| format!("covariant return thunk to {f}")),
        _ => None,
    };
    spelled.unwrap_or(text)
}

/// The source names of an Itanium nested name (`_ZN2ns6Widget4drawEv` →
/// `["2ns", "6Widget", "4draw"]`, each with its length prefix) and what
/// follows them (`Ev`); `None` for anything else. A leading `K` (a `const`
/// member function) is skipped.
pub fn nested_name_parts(sym: &str) -> Option<(Vec<&str>, &str)> {
    let mut rest = sym.strip_prefix("_ZN")?;
    rest = rest.strip_prefix('K').unwrap_or(rest);
    let mut parts = Vec::new();
    loop {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            break;
        }
        let len: usize = rest[..digits].parse().ok()?;
        let end = digits.checked_add(len)?;
        parts.push(rest.get(..end)?);
        rest = &rest[end..];
    }
    Some((parts, rest))
}

/// The class a nested name's parts name, spelled as in the name of its
/// vtable (`["7Session"]` → `7Session`, `["2ns", "6Widget"]` →
/// `N2ns6WidgetE`).
pub fn vtable_class(parts: &[&str]) -> Option<String> {
    match parts {
        [] => None,
        [one] => Some((*one).to_owned()),
        many => Some(format!("N{}E", many.concat())),
    }
}

/// A string that refuses to grow past its cap (the demangler then stops).
struct Bounded {
    text: String,
    cap: usize,
}

impl Bounded {
    fn new(cap: usize) -> Bounded {
        Bounded {
            text: String::new(),
            cap,
        }
    }
}

impl fmt::Write for Bounded {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.text.len() + s.len() > self.cap {
            return Err(fmt::Error);
        }
        self.text.push_str(s);
        Ok(())
    }
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
        assert_eq!(demangle("_ZTV5Codec").as_deref(), Some("vtable for Codec"));
        assert_eq!(
            demangle("_ZTVN2ns6WidgetE").as_deref(),
            Some("vtable for ns::Widget")
        );
        assert_eq!(demangle("_ZTT5Codec").as_deref(), Some("VTT for Codec"));
        assert_eq!(
            demangle("_ZTI5Codec").as_deref(),
            Some("typeinfo for Codec")
        );
        assert_eq!(
            demangle("_ZThn8_N5Codec3runEv").as_deref(),
            Some("non-virtual thunk to Codec::run()")
        );
        assert_eq!(
            demangle("_ZTv0_n24_N5Codec3runEv").as_deref(),
            Some("virtual thunk to Codec::run()")
        );
        assert_eq!(
            demangle("_ZTch0_h8_N5Codec5cloneEv").as_deref(),
            Some("covariant return thunk to Codec::clone()")
        );
        assert_eq!(demangle("_Z"), None);
    }

    /// `f(P<int, int>, P<S, S>, ...)` where each parameter pairs the previous
    /// one with itself through a substitution: the demangled form doubles at
    /// each level (c++filt: 10 levels, 110 bytes, give 34,756 bytes).
    fn doubling(levels: usize) -> String {
        let seq = |i: usize| -> String {
            if i == 0 {
                return "S_".into();
            }
            let (mut n, mut s) = (i - 1, String::new());
            loop {
                let d = (n % 36) as u8;
                s.insert(0, char::from(if d < 10 { b'0' + d } else { b'A' + d - 10 }));
                n /= 36;
                if n == 0 {
                    break;
                }
            }
            format!("S{s}_")
        };
        let mut name = String::from("_Z1f1PIiiE");
        for level in 0..levels {
            let prev = level + 1;
            name.push_str(&format!("S_I{}{}E", seq(prev), seq(prev)));
        }
        name
    }

    #[test]
    fn exponential_names_stop_at_the_cap_quickly() {
        let small = demangle(&doubling(3)).expect("3 levels fit");
        assert!(
            small.starts_with("f(P<int, int>, P<P<int, int>, P<int, int>"),
            "{small}"
        );
        assert_eq!(small.matches("int").count(), 2 + 4 + 8 + 16);
        let t = std::time::Instant::now();
        for levels in [12, 30, 60, 200] {
            let name = doubling(levels);
            assert_eq!(demangle(&name), None, "{levels} levels");
        }
        assert!(
            t.elapsed() < std::time::Duration::from_secs(2),
            "{:?}",
            t.elapsed()
        );
    }
}

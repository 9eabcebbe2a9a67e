//! The name tables of `compat go cgo` (`data/cgo.txt`): C scalar types,
//! Go's pointer-free and pointer-holding predeclared types, calls that end
//! a path, Go functions that only borrow a pointer. Parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const TEXT: &str = include_str!("../../data/cgo.txt");

/// The parsed tables, by section name.
struct Tables {
    sections: HashMap<&'static str, HashSet<&'static str>>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut sections: HashMap<&'static str, HashSet<&'static str>> = HashMap::new();
        let mut current: Option<&'static str> = None;
        for line in TEXT.lines() {
            let line = line.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = Some(name);
                sections.entry(name).or_default();
                continue;
            }
            if let Some(s) = current {
                sections
                    .entry(s)
                    .or_default()
                    .extend(line.split_whitespace());
            }
        }
        Tables { sections }
    })
}

fn has(section: &str, word: &str) -> bool {
    tables()
        .sections
        .get(section)
        .is_some_and(|s| s.contains(word))
}

/// `C.<name>` is a C scalar type (no pointer in its memory).
pub(crate) fn c_scalar(name: &str) -> bool {
    has("c-scalar-types", name)
}

/// A predeclared Go type without pointers.
pub(crate) fn go_scalar(name: &str) -> bool {
    has("go-scalar-types", name)
}

/// A predeclared Go type that holds a pointer (string, error, any).
pub(crate) fn go_pointer_type(name: &str) -> bool {
    has("go-pointer-types", name)
}

/// A call (`panic`, `os.Exit`, `log.Fatal`...) after which the path ends.
pub(crate) fn no_return(name: &str) -> bool {
    has("no-return", name)
}

/// A Go function (or cgo helper) that reads a pointer without keeping or
/// freeing it.
pub(crate) fn borrowing(name: &str) -> bool {
    has("borrowing-go-functions", name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse() {
        assert!(c_scalar("char") && c_scalar("size_t") && !c_scalar("struct_x"));
        assert!(go_scalar("uintptr") && !go_scalar("string"));
        assert!(go_pointer_type("string"));
        assert!(no_return("os.Exit") && no_return("panic"));
        assert!(borrowing("C.GoString") && borrowing("len"));
        assert!(!borrowing("#"));
    }
}

//! What well-known functions do with a closure or pointer passed to them
//! (`data/loopvar-callees.txt`): run it now, on a goroutine, later, at the
//! end of a test; wrap it; never return; wait for goroutines.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// How a callee treats a closure or pointer argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CalleeKind {
    /// Uses it during the call only; it stays on the stack.
    Now,
    /// Uses it during the call only, but it escapes to the heap.
    NowHeap,
    /// Runs it on a new goroutine.
    Go,
    /// Keeps it and uses it after returning.
    Later,
    /// Runs it when the test ends.
    Cleanup,
    /// A subtest: synchronous unless it calls `t.Parallel`.
    Subtest,
    /// Returns a value holding it.
    Wrap,
    /// Does not return.
    Exit,
    /// Waits for the goroutines started before.
    Join,
}

/// The table, by `pkg.Func` and by `.Method`, and the name prefixes of
/// functions that keep a callback.
#[derive(Debug, Default)]
pub(crate) struct Callees {
    funcs: FxHashMap<&'static str, CalleeKind>,
    methods: FxHashMap<&'static str, CalleeKind>,
    keep_prefixes: Vec<&'static str>,
}

const TABLE: &str = include_str!("../../data/loopvar-callees.txt");

/// A line of the table that does not parse: its 1-based number and text.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct BadLine(pub usize, pub &'static str);

fn kind_named(word: &str) -> Option<CalleeKind> {
    Some(match word {
        "now" => CalleeKind::Now,
        "now-heap" => CalleeKind::NowHeap,
        "go" => CalleeKind::Go,
        "later" => CalleeKind::Later,
        "cleanup" => CalleeKind::Cleanup,
        "subtest" => CalleeKind::Subtest,
        "wrap" => CalleeKind::Wrap,
        "exit" => CalleeKind::Exit,
        "join" => CalleeKind::Join,
        _ => return None,
    })
}

/// Parses the table text.
pub(crate) fn parse(text: &'static str) -> Result<Callees, BadLine> {
    let mut out = Callees::default();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut words = line.split_whitespace();
        let (Some(kind), Some(name), None) = (words.next(), words.next(), words.next()) else {
            return Err(BadLine(i + 1, line));
        };
        if kind == "keeps-prefix" {
            if !name.chars().all(|c| c.is_ascii_alphanumeric())
                || !name.starts_with(|c: char| c.is_ascii_uppercase())
            {
                return Err(BadLine(i + 1, line));
            }
            out.keep_prefixes.push(name);
            continue;
        }
        let kind = kind_named(kind).ok_or(BadLine(i + 1, line))?;
        let valid = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
        if let Some(method) = name.strip_prefix('.') {
            if !valid(method) {
                return Err(BadLine(i + 1, line));
            }
            out.methods.insert(method, kind);
        } else {
            let ok = match name.split_once('.') {
                Some((pkg, f)) => valid(pkg) && valid(f),
                None => valid(name),
            };
            if !ok {
                return Err(BadLine(i + 1, line));
            }
            out.funcs.insert(name, kind);
        }
    }
    Ok(out)
}

/// The compiled-in table (an unparsable line, which the unit test rules
/// out, leaves the table empty: unknown callees, never a panic).
pub(crate) fn table() -> &'static Callees {
    static TABLE_ONCE: OnceLock<Callees> = OnceLock::new();
    TABLE_ONCE.get_or_init(|| parse(TABLE).unwrap_or_default())
}

impl Callees {
    /// The kind of `pkg.name` (a function of an imported package, or a
    /// builtin when `pkg` is empty).
    pub(crate) fn func(&self, pkg: &str, name: &str) -> Option<CalleeKind> {
        if pkg.is_empty() {
            return self.funcs.get(name).copied();
        }
        let mut key = String::with_capacity(pkg.len() + name.len() + 1);
        key.push_str(pkg);
        key.push('.');
        key.push_str(name);
        self.funcs.get(key.as_str()).copied()
    }

    /// Whether a function the table does not list is named like one that
    /// keeps its callback (`RegisterX`, `OnX`, `Subscribe`, `MustRegister`):
    /// a prefix of the table followed by the end of the name or a new word.
    pub(crate) fn keeps_by_name(&self, name: &str) -> bool {
        let name = name.strip_prefix("Must").unwrap_or(name);
        self.keep_prefixes.iter().any(|p| {
            name.strip_prefix(p).is_some_and(|rest| {
                rest.chars()
                    .next()
                    .is_none_or(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            })
        })
    }

    /// The kind of a method called `name` on any receiver.
    pub(crate) fn method(&self, name: &str) -> Option<CalleeKind> {
        self.methods.get(name).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses() {
        let t = parse(TABLE).unwrap();
        assert_eq!(t.func("sort", "Slice"), Some(CalleeKind::Now));
        assert_eq!(t.func("", "panic"), Some(CalleeKind::Exit));
        assert_eq!(t.method("Wait"), Some(CalleeKind::Join));
        assert_eq!(t.method("Run"), Some(CalleeKind::Subtest));
        assert_eq!(t.func("http", "HandleFunc"), Some(CalleeKind::Later));
        assert_eq!(t.method("Func"), Some(CalleeKind::Later));
        assert_eq!(t.func("fmt", "Nope"), None);
        assert!(t.keeps_by_name("RegisterHook"));
        assert!(t.keeps_by_name("MustRegister"));
        assert!(t.keeps_by_name("OnClose"));
        assert!(t.keeps_by_name("Subscribe"));
        assert!(!t.keeps_by_name("OnceFunc"));
        assert!(!t.keeps_by_name("Registered"));
        assert!(!t.keeps_by_name("Open"));
    }

    #[test]
    fn bad_lines_are_located() {
        assert_eq!(
            parse("now a.b\nsoon c.d\n").unwrap_err(),
            BadLine(2, "soon c.d")
        );
        assert_eq!(parse("now a.b c\n").unwrap_err(), BadLine(1, "now a.b c"));
        assert_eq!(parse("go .\n").unwrap_err(), BadLine(1, "go ."));
    }
}

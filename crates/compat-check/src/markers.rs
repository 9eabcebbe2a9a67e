//! Deprecation markers in a component's public headers: whether the C or
//! C++ declaration of a deprecated function or variable says so
//! (`__attribute__((deprecated))`, `[[deprecated]]`, or a project macro
//! whose name contains "deprecated", such as FFmpeg's `attribute_deprecated`).

use std::path::{Path, PathBuf};

use compat_fs::Limit;

/// Header files under `dir` (at most 20,000, eight directories deep).
fn headers(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), 0u32)];
    while let Some((d, depth)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let Ok(t) = e.file_type() else { continue };
            let p = e.path();
            if t.is_dir() && depth < 8 {
                stack.push((p, depth + 1));
            } else if t.is_file()
                && matches!(
                    p.extension().and_then(|x| x.to_str()),
                    Some("h" | "hh" | "hpp" | "hxx" | "h++")
                )
            {
                out.push(p);
                if out.len() >= 20_000 {
                    return out;
                }
            }
        }
    }
    out
}

/// Whether `symbol`'s declaration under `dir` carries a deprecation
/// marker: `Some(Ok(()))` if one does, `Some(Err(place))` when the first
/// declaration found has none (`place` is `FILE:LINE`, relative to
/// `shown_base`), `None` when no declaration is found.
pub fn check(dir: &Path, shown_base: &Path, symbol: &str) -> Option<Result<(), String>> {
    let mut first_bare = None;
    for h in headers(dir) {
        let Ok(bytes) = compat_fs::read(&h, Limit::Header) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        for (at, statement) in declarations(&text, symbol) {
            if without_comments(statement)
                .to_ascii_lowercase()
                .contains("deprecated")
            {
                return Some(Ok(()));
            }
            if first_bare.is_none() {
                let line = text[..at].matches('\n').count() + 1;
                let shown = h.strip_prefix(shown_base).unwrap_or(&h);
                first_bare = Some(format!("{}:{line}", shown.display()));
            }
        }
    }
    first_bare.map(Err)
}

/// Each declaration of `symbol` in `text`: its offset and its statement
/// (from the end of the previous statement or directive to the next `;`).
fn declarations<'t>(text: &'t str, symbol: &str) -> Vec<(usize, &'t str)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut from = 0;
    while let Some(i) = text[from..].find(symbol).map(|i| i + from) {
        from = i + symbol.len();
        let before_ok = i == 0 || !word(bytes[i - 1]);
        let after = text[from..].trim_start();
        if !before_ok || from < bytes.len() && word(bytes[from]) {
            continue;
        }
        // A function declaration (`name(`) or a variable (`name;`, `name[`).
        if !(after.starts_with('(') || after.starts_with(';') || after.starts_with('[')) {
            continue;
        }
        let start = text[..i]
            .rfind([';', '}', '{', '#'])
            .map(|s| {
                // A directive ends at its line's end.
                if bytes[s] == b'#' {
                    text[s..].find('\n').map_or(i, |n| s + n)
                } else {
                    s + 1
                }
            })
            .unwrap_or(0)
            .min(i);
        let end = text[i..].find(';').map_or(text.len(), |e| i + e);
        // A call inside a macro or an inline body is not a declaration.
        if text[start..i].contains('=') {
            continue;
        }
        out.push((i, &text[start..end]));
    }
    out
}

/// `text` without its `/* */` and `//` comments (a comment saying
/// "deprecated" is not a marker compilers see).
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let block = rest.find("/*");
        let line = rest.find("//");
        match (block, line) {
            (Some(b), l) if l.is_none_or(|l| b < l) => {
                out.push_str(&rest[..b]);
                rest = rest[b + 2..]
                    .find("*/")
                    .map_or("", |e| &rest[b + 2 + e + 2..]);
            }
            (_, Some(l)) => {
                out.push_str(&rest[..l]);
                rest = rest[l..].find('\n').map_or("", |e| &rest[l + e..]);
            }
            _ => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_attributes_before_and_after() {
        let h = "#include <x.h>\nattribute_deprecated\nvoid av_init_packet(AVPacket *pkt);\nint av_new(void) __attribute__((deprecated));\nint plain(int);\n";
        let d = declarations(h, "av_init_packet");
        assert!(d[0].1.contains("attribute_deprecated"), "{d:?}");
        assert!(declarations(h, "av_new")[0].1.contains("deprecated"));
        assert!(!declarations(h, "plain")[0].1.contains("deprecated"));
        assert!(declarations(h, "plai").is_empty());
        let commented = "/* deprecated: use y */\nint x(void);\n";
        assert!(!without_comments(declarations(commented, "x")[0].1).contains("deprecated"));
    }
}

/// Go source files under `dir` (tests and `testdata` left out), at most
/// 20,000, eight directories deep.
fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), 0u32)];
    while let Some((d, depth)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let Ok(t) = e.file_type() else { continue };
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if t.is_dir() && depth < 8 && name != "testdata" && !name.starts_with(['.', '_']) {
                stack.push((p, depth + 1));
            } else if t.is_file() && name.ends_with(".go") && !name.ends_with("_test.go") {
                out.push(p);
                if out.len() >= 20_000 {
                    return out;
                }
            }
        }
    }
    out
}

/// Whether the Go declaration of `name` (a function, method, type,
/// constant or variable) under `dir` has a `Deprecated:` paragraph in its
/// doc comment, as Go's tools read it: `Some(Ok(()))` when one does,
/// `Some(Err(place))` when the first declaration found has none, `None`
/// when there is no declaration.
pub fn check_go(dir: &Path, shown_base: &Path, name: &str) -> Option<Result<(), String>> {
    let mut first_bare = None;
    for f in go_files(dir) {
        let Ok(bytes) = compat_fs::read(&f, Limit::GoSource) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !declares(line, name) {
                continue;
            }
            // The doc comment: the `//` lines right above (a grouped
            // `const (` / `var (` member has its own).
            let doc: Vec<&str> = lines[..i]
                .iter()
                .rev()
                .take_while(|l| l.trim_start().starts_with("//"))
                .map(|l| l.trim_start().trim_start_matches("//").trim())
                .collect();
            if doc.iter().any(|l| l.starts_with("Deprecated:")) {
                return Some(Ok(()));
            }
            if first_bare.is_none() {
                let shown = f.strip_prefix(shown_base).unwrap_or(&f);
                first_bare = Some(format!("{}:{}", shown.display(), i + 1));
            }
        }
    }
    first_bare.map(Err)
}

/// Whether `line` declares `name` at the start of a Go declaration:
/// `func name(`, `func (r T) name(`, `type name `, `const name`, `var
/// name`, or `name =` / `name T` inside a `const (` / `var (` group.
fn declares(line: &str, name: &str) -> bool {
    let word_at = |s: &str| {
        s.strip_prefix(name)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
    };
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix("func ") {
        let rest = if rest.starts_with('(') {
            rest.find(')').map_or("", |i| rest[i + 1..].trim_start())
        } else {
            rest
        };
        return word_at(rest) && rest[name.len()..].trim_start().starts_with(['(', '[']);
    }
    for kw in ["type ", "const ", "var "] {
        if let Some(rest) = t.strip_prefix(kw) {
            return word_at(rest.trim_start());
        }
    }
    // A member of a grouped declaration is indented.
    line.starts_with('\t') && word_at(t) && {
        let after = t[name.len()..].trim_start();
        after.starts_with('=')
            || after
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '*' || c == '[')
    }
}

#[cfg(test)]
mod go_tests {
    use super::declares;

    #[test]
    fn go_declarations() {
        assert!(declares("func Rate(n int) int {", "Rate"));
        assert!(declares("func (v *Voice) Rate() int {", "Rate"));
        assert!(declares("type Rate int", "Rate"));
        assert!(declares("const DefaultRate = 160", "DefaultRate"));
        assert!(declares("\tDefaultRate = 160", "DefaultRate"));
        assert!(!declares("func RateLimit() {}", "Rate"));
        assert!(!declares("\treturn Rate(1)", "Rate"));
    }
}

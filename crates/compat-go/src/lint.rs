//! `compat go buildtags`: the build-constraint rules, one finding per problem,
//! each with file, line and column.
//!
//! The checks follow what the Go toolchain does with each line (go/build
//! honours or ignores it, the build fails, gofmt or go fix would rewrite it)
//! and what `go vet`'s buildtag analyzer reports, plus semantic checks vet
//! does not make: `+build` lines compared with `//go:build` by meaning,
//! satisfiability over the known GOOS/GOARCH values, file-name suffixes, and
//! misspelt GOOS/GOARCH tags.

use compat_report::{Finding, Subject};

use crate::constraint::{
    go_version, is_go_build, is_plus_build, is_valid_tag, parse_expr_with,
    parse_plus_build_text_with, plus_build_lines, split_go_build, split_plus_build, try_equivalent,
    Expr,
};
use crate::facts::{is_known_arch, is_known_os, misspelt, satisfiable, Release};
use crate::scan::{Line, SourceFile};

/// What the lint needs to know beyond the file itself.
#[derive(Debug, Clone, Copy)]
pub struct LintContext<'a> {
    /// The Go release whose GOOS/GOARCH lists apply.
    pub release: &'static Release,
    /// The `go` line of the file's go.mod, as (1, minor); `None` outside a module.
    pub module_go: Option<(u32, u32)>,
    /// The path findings name.
    pub path: &'a str,
}

struct Out<'a> {
    cx: LintContext<'a>,
    findings: Vec<Finding>,
}

impl Out<'_> {
    fn at(&mut self, rule: &str, line: usize, col: usize, message: String) {
        let subject = Subject {
            file: Some(self.cx.path.to_owned()),
            line: Some(line as u32),
            column: Some(col as u32),
            ..Subject::default()
        };
        self.findings.push(Finding::new(rule, message, subject));
    }
}

/// Byte offset of `part` (a sub-slice of `whole`) in `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .saturating_sub(whole.as_ptr() as usize)
        .min(whole.len())
}

/// A tag that is almost certainly meant as a Go release tag but is not a
/// valid one (`go1.20.1`, `go120`, `g1.20`), as vet's buildtag check decides.
pub fn malformed_go_tag(tag: &str) -> bool {
    let valid = |t: &str| go_version(&Expr::Tag(t.to_owned())).is_some();
    if !tag.starts_with("go1") {
        return ["go.", "g1.", "go"].iter().any(|pre| {
            tag.strip_prefix(pre)
                .is_some_and(|rest| valid(&format!("go1.{rest}")))
        });
    }
    !valid(tag)
}

/// The GOOS and GOARCH a file name restricts the file to (go/build's
/// `goodOSArchFile`): `_GOOS`, `_GOARCH` or `_GOOS_GOARCH` before `_test.go`/`.go`.
pub fn name_constraint(file_name: &str, rel: &Release) -> Option<Expr> {
    let stem = file_name.strip_suffix(".go")?;
    let stem = stem.strip_suffix("_test").unwrap_or(stem);
    let mut parts: Vec<&str> = stem.split('_').collect();
    // The first element is the name proper, never a constraint.
    if parts.len() < 2 {
        return None;
    }
    parts.remove(0);
    let n = parts.len();
    if n >= 2 && is_known_os(rel, parts[n - 2]) && is_known_arch(rel, parts[n - 1]) {
        return Some(Expr::And(
            Box::new(Expr::Tag(parts[n - 2].into())),
            Box::new(Expr::Tag(parts[n - 1].into())),
        ));
    }
    let last = parts[n - 1];
    if is_known_os(rel, last) || is_known_arch(rel, last) {
        return Some(Expr::Tag(last.into()));
    }
    None
}

/// Lints one Go source file, scanned with [`crate::scan::scan_whole`].
pub fn lint_file(cx: LintContext<'_>, file_name: &str, src: &SourceFile) -> Vec<Finding> {
    let mut out = Out {
        cx,
        findings: Vec::new(),
    };
    let rel = cx.release;

    // Lines Go ignores: misplaced or malformed.
    for m in &src.misplaced {
        misplaced_line(&mut out, m);
    }

    // //go:build: one, and it must parse.
    let mut go_expr: Option<Expr> = None;
    let mut go_line: Option<&Line> = None;
    for (i, l) in src.header_go_build.iter().enumerate() {
        if i > 0 {
            out.at(
                "go-build-multiple",
                l.line,
                l.col,
                format!(
                    "unexpected extra //go:build line (the first is on line {}); go/build rejects the file: \"multiple //go:build comments\"",
                    src.header_go_build[0].line
                ),
            );
            continue;
        }
        go_line = Some(l);
        let Some(text) = split_go_build(&l.text) else {
            continue;
        };
        match parse_expr_with(text, rel.limits) {
            Ok(x) => go_expr = Some(x),
            Err(e) => {
                let col = l.col + offset_in(&l.text, text) + e.offset;
                out.at(
                    "go-build-syntax",
                    l.line,
                    col,
                    format!("parsing //go:build line: {}; the build fails", e.message),
                );
            }
        }
    }

    // +build lines: each term must be a valid tag.
    let mut plus_valid = true;
    let mut plus_exprs: Vec<Expr> = Vec::new();
    for l in &src.header_plus_build {
        let Some(text) = split_plus_build(&l.text) else {
            continue;
        };
        for arg in text.split_whitespace() {
            for elem in arg.split(',') {
                if elem.starts_with("!!") {
                    out.at(
                        "go-plus-build-invalid-tag",
                        l.line,
                        l.col + offset_in(&l.text, arg),
                        format!("invalid double negative in build constraint: {arg}; Go reads the term as the tag `ignore`"),
                    );
                    plus_valid = false;
                } else if !is_valid_tag(elem.strip_prefix('!').unwrap_or(elem)) {
                    out.at(
                        "go-plus-build-invalid-tag",
                        l.line,
                        l.col + offset_in(&l.text, arg),
                        format!("invalid non-alphanumeric build constraint: {arg}; Go reads the term as the tag `ignore` (never true; always true when negated)"),
                    );
                    plus_valid = false;
                    break;
                }
            }
        }
        match parse_plus_build_text_with(text, rel.limits) {
            Ok(Some(y)) => plus_exprs.push(y),
            Ok(None) => {}
            Err(e) => {
                out.at("go-plus-build-invalid-tag", l.line, l.col, format!("{e}"));
                plus_valid = false;
            }
        }
    }

    // ANDed as a balanced tree: thousands of lines stay shallow.
    let plus_expr = Expr::all(plus_exprs);
    let first_plus = src.header_plus_build.first();
    match (&go_expr, go_line, &plus_expr, first_plus) {
        (Some(g), Some(gl), Some(p), Some(pl)) if plus_valid => match plus_build_lines(g) {
            Err(e) => out.at(
                "go-build-too-complex",
                gl.line,
                gl.col,
                format!("{e}: the +build lines cannot be regenerated for Go < 1.17"),
            ),
            Ok(lines) => {
                // Semantic comparison; a question too large for the budget falls back
                // to comparing the printed forms, as go vet does.
                let same = try_equivalent(g, p).unwrap_or_else(|| g.to_string() == p.to_string());
                if !same {
                    out.at(
                            "go-plus-build-mismatch",
                            pl.line,
                            pl.col,
                            format!(
                                "+build lines do not match //go:build condition: Go 1.17+ builds this file when `{g}`, older Go when `{p}`; gofmt would write: {}",
                                lines.join(" / ")
                            ),
                        );
                } else {
                    let have: Vec<&str> = src
                        .header_plus_build
                        .iter()
                        .map(|l| l.text.as_str())
                        .collect();
                    if have != lines {
                        out.at(
                                "go-plus-build-spelling",
                                pl.line,
                                pl.col,
                                format!("+build lines mean the same as //go:build but gofmt writes them as: {}", lines.join(" / ")),
                            );
                    }
                    if let Some((1, minor)) = cx.module_go {
                        if minor >= 18 {
                            out.at(
                                    "go-plus-build-obsolete",
                                    pl.line,
                                    pl.col,
                                    format!("+build lines are no longer needed: the module says go 1.{minor}; `go fix` removes them"),
                                );
                        }
                    }
                }
            }
        },
        (None, None, Some(p), Some(pl)) => {
            out.at(
                "go-plus-build-only",
                pl.line,
                pl.col,
                format!("+build lines without a //go:build line; gofmt adds `//go:build {p}`"),
            );
        }
        (Some(g), Some(gl), None, None) => {
            if let Some((1, minor)) = cx.module_go {
                if minor < 17 && plus_build_lines(g).is_err() {
                    out.at(
                        "go-build-too-complex",
                        gl.line,
                        gl.col,
                        format!("expression too complex for // +build lines, which Go 1.{minor} (the module's go line) still reads"),
                    );
                }
            }
        }
        _ => {}
    }

    // The condition Go decides by, and its tags.
    let (effective, at_line) = match (&go_expr, go_line, &plus_expr, first_plus) {
        (Some(g), Some(l), ..) => (Some(g), Some(l)),
        (None, None, Some(p), Some(l)) => (Some(p), Some(l)),
        _ => (None, None),
    };
    // Tags of the //go:build line, then of the +build lines, each placed at
    // its first whole-word occurrence in the lines it comes from.
    let mut exprs: Vec<(&Expr, Vec<&Line>)> = Vec::new();
    if let (Some(g), Some(l)) = (&go_expr, go_line) {
        exprs.push((g, vec![l]));
    }
    if let Some(p) = &plus_expr {
        exprs.push((p, src.header_plus_build.iter().collect()));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (x, lines) in &exprs {
        let positions = TagPositions::new(lines);
        for tag in x.tags_in_order() {
            if !seen.insert(tag.to_owned()) {
                continue;
            }
            let (line, col) = positions.of(tag);
            if malformed_go_tag(tag) {
                out.at(
                    "go-version-tag-invalid",
                    line,
                    col,
                    format!("invalid go version {tag:?} in build constraint: it is an unknown tag, never true"),
                );
            } else if let Some(known) = misspelt(tag, rel) {
                out.at(
                    "go-tag-misspelt",
                    line,
                    col,
                    format!(
                        "tag {tag:?} is not a GOOS or GOARCH of Go 1.{}; did you mean {known:?}?",
                        rel.minor
                    ),
                );
            }
        }
    }
    if let (Some(x), Some(l)) = (effective, at_line) {
        if !satisfiable(x, rel) {
            out.at(
                "go-build-unsatisfiable",
                l.line,
                l.col,
                format!(
                    "no GOOS/GOARCH of Go 1.{} satisfies `{x}`: the file never builds",
                    rel.minor
                ),
            );
        } else if let Some(n) = name_constraint(file_name, rel) {
            let both = Expr::And(Box::new(n.clone()), Box::new(x.clone()));
            if !satisfiable(&both, rel) {
                out.at(
                    "go-filename-contradicts",
                    l.line,
                    l.col,
                    format!("the file name restricts {file_name} to `{n}`, which contradicts `{x}`: the file never builds"),
                );
            }
        }
    }

    // cgo //export comments.
    if src.imports_c() {
        for e in &src.exports {
            match (&e.name, &e.func) {
                (None, _) => out.at(
                    "go-export-missing-name",
                    e.line,
                    e.col,
                    "//export comment without a name; cgo rejects it".to_owned(),
                ),
                (Some(n), Some(f)) if n != f => out.at(
                    "go-export-name-mismatch",
                    e.line,
                    e.col,
                    format!("//export {n} stands before func {f}; cgo fails: export comment has wrong name {n:?}, want {f:?}"),
                ),
                _ => {}
            }
        }
    } else {
        for e in &src.exports {
            out.at(
                "go-export-without-cgo",
                e.line,
                e.col,
                "//export in a file that does not import \"C\": cgo never sees it and nothing is exported".to_owned(),
            );
        }
    }
    out.findings
}

/// Where each word first occurs in some lines: one pass over them, so that
/// placing every tag of thousands of `+build` lines stays linear.
struct TagPositions<'a> {
    first: std::collections::HashMap<&'a str, (usize, usize)>,
    fallback: (usize, usize),
}

impl<'a> TagPositions<'a> {
    fn new(lines: &[&'a Line]) -> TagPositions<'a> {
        let is_tag_char = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
        let mut first = std::collections::HashMap::default();
        for l in lines {
            let t = l.text.as_str();
            let mut start = None;
            for (i, c) in t.char_indices().chain([(t.len(), ' ')]) {
                match (is_tag_char(c) && i < t.len(), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        first.entry(&t[s..i]).or_insert((l.line, l.col + s));
                        start = None;
                    }
                    _ => {}
                }
            }
        }
        let fallback = lines.first().map(|l| (l.line, l.col)).unwrap_or((1, 1));
        TagPositions { first, fallback }
    }

    /// Line and column of the first whole-word occurrence of `tag` (the
    /// first line's start when it is not found).
    fn of(&self, tag: &str) -> (usize, usize) {
        self.first.get(tag).copied().unwrap_or(self.fallback)
    }
}

fn misplaced_line(out: &mut Out<'_>, m: &Line) {
    let t = m.text.as_str();
    if is_go_build(t) {
        out.at(
            "go-build-misplaced",
            m.line,
            m.col,
            "misplaced //go:build comment: Go ignores it here (after the package clause or in a /* */ comment)".to_owned(),
        );
    } else if is_plus_build(t) {
        out.at(
            "go-plus-build-misplaced",
            m.line,
            m.col,
            "misplaced +build comment: Go ignores it (it must be in the leading comments and followed by a blank line)"
                .to_owned(),
        );
    } else if t.starts_with("//")
        && (is_go_build(&format!("//{}", t[2..].trim_start())) || t.contains("go: build"))
    {
        out.at(
            "go-build-malformed",
            m.line,
            m.col,
            "malformed //go:build line (space between // and go:build): Go ignores it and builds the file everywhere"
                .to_owned(),
        );
    } else if t.contains("+build") {
        out.at(
            "go-plus-build-malformed",
            m.line,
            m.col,
            "possible malformed +build comment: Go ignores it".to_owned(),
        );
    }
}

/// The `go` line of a go.mod file, as (major, minor). Tokens are separated
/// as the modfile lexer separates them (spaces, tabs, carriage returns), so
/// `go\t1.20` is a go line.
pub fn go_mod_version(go_mod: &str) -> Option<(u32, u32)> {
    let v = crate::imports::directive(go_mod, "go")?;
    let mut it = v.split('.');
    let major = it.next()?.parse().ok()?;
    let minor = it.next().unwrap_or("0").parse().ok()?;
    Some((major, minor))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{release, LATEST_MINOR};
    use crate::scan::scan_whole;

    fn lint(name: &str, src: &str, go: Option<(u32, u32)>) -> Vec<(String, usize, usize)> {
        let cx = LintContext {
            release: release(LATEST_MINOR).unwrap(),
            module_go: go,
            path: name,
        };
        lint_file(cx, name, &scan_whole(src.as_bytes()))
            .into_iter()
            .map(|f| {
                (
                    f.rule,
                    f.subject.line.unwrap() as usize,
                    f.subject.column.unwrap() as usize,
                )
            })
            .collect()
    }

    fn rules(name: &str, src: &str, go: Option<(u32, u32)>) -> Vec<String> {
        lint(name, src, go).into_iter().map(|f| f.0).collect()
    }

    #[test]
    fn clean_files_have_no_findings() {
        assert!(rules("a.go", "//go:build linux\n\npackage a\n", Some((1, 19))).is_empty());
        assert!(rules(
            "a.go",
            "//go:build linux\n// +build linux\n\npackage a\n",
            Some((1, 16))
        )
        .is_empty());
        assert!(rules("a_linux.go", "package a\n", None).is_empty());
        assert!(rules("a.go", "//go:build ignore\n\npackage main\n", None).is_empty());
        assert!(rules("a.go", "package a\n\nfunc f() {}\n", None).is_empty());
    }

    #[test]
    fn syntax_error_has_go_message_and_column() {
        let f = lint("a.go", "//go:build linux &&\n\npackage a\n", None);
        assert_eq!(f, vec![("go-build-syntax".into(), 1, 20)]);
        let f = lint("a.go", "//go:build (linux\n\npackage a\n", None);
        assert_eq!(f[0].0, "go-build-syntax");
    }

    #[test]
    fn multiple_and_misplaced_and_malformed() {
        assert!(rules(
            "a.go",
            "//go:build linux\n//go:build amd64\n\npackage a\n",
            None
        )
        .contains(&"go-build-multiple".to_owned()));
        assert_eq!(
            rules("a.go", "package a\n\n//go:build linux\n", None),
            vec!["go-build-misplaced"]
        );
        assert_eq!(
            rules("a.go", "// go:build linux\n\npackage a\n", None),
            vec!["go-build-malformed"]
        );
        assert_eq!(
            rules("a.go", "// +build linux\npackage a\n", None),
            vec!["go-plus-build-misplaced"]
        );
    }

    #[test]
    fn plus_build_cross_checks() {
        let mismatch = "//go:build linux\n// +build darwin\n\npackage a\n";
        assert_eq!(
            rules("a.go", mismatch, None),
            vec!["go-plus-build-mismatch"]
        );
        let spelling = "//go:build linux || darwin\n// +build darwin linux\n\npackage a\n";
        assert_eq!(
            rules("a.go", spelling, None),
            vec!["go-plus-build-spelling"]
        );
        let only = "// +build linux\n\npackage a\n";
        assert_eq!(rules("a.go", only, None), vec!["go-plus-build-only"]);
        let obsolete = "//go:build linux\n// +build linux\n\npackage a\n";
        assert_eq!(
            rules("a.go", obsolete, Some((1, 18))),
            vec!["go-plus-build-obsolete"]
        );
        let bad = "//go:build linux\n// +build !!linux\n\npackage a\n";
        assert!(rules("a.go", bad, None).contains(&"go-plus-build-invalid-tag".to_owned()));
    }

    #[test]
    fn semantic_checks() {
        assert_eq!(
            rules("a.go", "//go:build linux && !linux\n\npackage a\n", None),
            vec!["go-build-unsatisfiable"]
        );
        assert_eq!(
            rules("a_windows.go", "//go:build linux\n\npackage a\n", None),
            vec!["go-filename-contradicts"]
        );
        assert_eq!(
            rules("a.go", "//go:build linx\n\npackage a\n", None),
            vec!["go-tag-misspelt"]
        );
        assert_eq!(
            rules("a.go", "//go:build go1.20.1\n\npackage a\n", None),
            vec!["go-version-tag-invalid"]
        );
        assert!(rules("a.go", "//go:build go1.20\n\npackage a\n", None).is_empty());
        assert!(rules("a_android.go", "//go:build linux\n\npackage a\n", None).is_empty());
    }

    #[test]
    fn exports() {
        let cgo = "package a\n\nimport \"C\"\n\n//export Foo\nfunc Bar() {}\n\n//export \nfunc Baz() {}\n";
        let r = rules("a.go", cgo, None);
        assert!(r.contains(&"go-export-name-mismatch".to_owned()), "{r:?}");
        assert!(r.contains(&"go-export-missing-name".to_owned()), "{r:?}");
        let ok = "package a\n\nimport \"C\"\n\n//export Foo\nfunc Foo() {}\n";
        assert!(rules("a.go", ok, None).is_empty());
        let nocgo = "package a\n\n//export Foo\nfunc Foo() {}\n";
        assert_eq!(rules("a.go", nocgo, None), vec!["go-export-without-cgo"]);
    }

    #[test]
    fn go_mod_lines() {
        assert_eq!(go_mod_version("module x\n\ngo 1.18\n"), Some((1, 18)));
        assert_eq!(
            go_mod_version("module x\ngo 1.21.3 // comment\n"),
            Some((1, 21))
        );
        assert_eq!(go_mod_version("module x\n"), None);
        assert_eq!(go_mod_version("module x\ngo\t1.20\n"), Some((1, 20)));
        assert_eq!(go_mod_version("module x\r\ngo 1.20\r\n"), Some((1, 20)));
        assert_eq!(go_mod_version("module x\n  go  1.20// c\n"), Some((1, 20)));
        assert_eq!(go_mod_version("module x\ngopher 1.20\n"), None);
    }
}

//! go.mod statements with their positions, tokenized as
//! `golang.org/x/mod/modfile` does (white space separates, `( ) [ ] { } ,`
//! are tokens of their own, quoted strings are one token, `//` starts a
//! comment; a line ending in `(` opens a block that a line starting with
//! `)` closes): the `go`, `toolchain`, `require` and `replace` lines for
//! `compat go upgrade`, and the `godebug` lines and blocks (Go 1.23) the
//! GODEBUG defaults depend on.

use crate::godebug::GoModGodebug;

/// The `go` line: the version as written, where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoLine {
    /// The version (`1.21`, `1.22.3`, `1.21rc1`).
    pub version: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based byte column of the version.
    pub column: u32,
}

/// A `godebug` line the modfile parser rejects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoModProblem {
    /// 1-based line.
    pub line: u32,
    /// modfile's message (`usage: godebug key=value`).
    pub message: String,
}

/// The `godebug` entries of a go.mod file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoModDebug {
    /// Every well-formed entry, in file order.
    pub entries: Vec<GoModGodebug>,
    /// The malformed ones (the go command refuses the file).
    pub problems: Vec<GoModProblem>,
}

/// A token and its 1-based byte column.
type Tok<'a> = (&'a str, u32);

/// The tokens of one line, comment removed.
fn tokens(line: &str) -> Vec<Tok<'_>> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let col = |i: usize| u32::try_from(i + 1).unwrap_or(u32::MAX);
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\r' => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => break,
            b'(' | b')' | b'[' | b']' | b'{' | b'}' | b',' => {
                out.push((&line[i..i + 1], col(i)));
                i += 1;
            }
            q @ (b'"' | b'`') => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' && q == b'"' {
                        i += 1;
                    }
                    i += 1;
                }
                i = (i + 1).min(b.len());
                out.push((&line[start..i], col(start)));
            }
            _ => {
                let start = i;
                while i < b.len()
                    && !matches!(
                        b[i],
                        b' ' | b'\t' | b'\r' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b','
                    )
                    && !(b[i] == b'/' && b.get(i + 1) == Some(&b'/'))
                {
                    i += 1;
                }
                // Never split a UTF-8 sequence: the stops are all ASCII.
                out.push((&line[start..i], col(start)));
            }
        }
    }
    out
}

/// A statement: its tokens and line, and whether it sits in a block whose
/// opening tokens (the verb) are given.
struct Stmt<'a> {
    line: u32,
    /// The line that opened the block, for a statement in one.
    block_line: u32,
    block: Option<Vec<&'a str>>,
    tokens: Vec<Tok<'a>>,
}

fn statements(go_mod: &str) -> Vec<Stmt<'_>> {
    let mut out = Vec::new();
    let mut block: Option<Vec<&str>> = None;
    let mut block_line = 0;
    for (n, l) in go_mod.lines().enumerate() {
        let line = u32::try_from(n + 1).unwrap_or(u32::MAX);
        let t = tokens(l);
        if t.is_empty() {
            continue;
        }
        if block.is_some() {
            if t[0].0 == ")" {
                block = None;
                continue;
            }
            out.push(Stmt {
                line,
                block_line,
                block: block.clone(),
                tokens: t,
            });
            continue;
        }
        if t.len() >= 2 && t[t.len() - 1].0 == "(" {
            block = Some(t[..t.len() - 1].iter().map(|x| x.0).collect());
            block_line = line;
            continue;
        }
        out.push(Stmt {
            line,
            block_line: line,
            block: None,
            tokens: t,
        });
    }
    out
}

/// The `go` line of a go.mod file.
pub fn go_line(go_mod: &str) -> Option<GoLine> {
    statements(go_mod)
        .into_iter()
        .find_map(|s| match (&s.block, s.tokens.as_slice()) {
            (None, [("go", _), (v, col)]) => Some(GoLine {
                version: (*v).to_owned(),
                line: s.line,
                column: *col,
            }),
            _ => None,
        })
}

/// The `toolchain` line: its version as written (`go1.22.3`), where it
/// stands.
pub fn toolchain_line(go_mod: &str) -> Option<GoLine> {
    statements(go_mod)
        .into_iter()
        .find_map(|s| match (&s.block, s.tokens.as_slice()) {
            (None, [("toolchain", _), (v, col)]) => Some(GoLine {
                version: (*v).to_owned(),
                line: s.line,
                column: *col,
            }),
            _ => None,
        })
}

/// The argument of the first one-argument statement `verb ARG` outside a
/// block, as written (quotes kept).
pub fn first_argument<'a>(go_mod: &'a str, verb: &str) -> Option<&'a str> {
    statements(go_mod)
        .into_iter()
        .find_map(|s| match (&s.block, s.tokens.as_slice()) {
            (None, [(v, _), (arg, _)]) if *v == verb => Some(*arg),
            _ => None,
        })
}

/// The `module` path.
pub fn module_path(go_mod: &str) -> Option<String> {
    statements(go_mod)
        .into_iter()
        .find_map(|s| match (&s.block, s.tokens.as_slice()) {
            (None, [("module", _), (p, _)]) => Some(unquote(p)),
            _ => None,
        })
}

/// Every `require`d module and version, single lines and blocks.
pub fn requires(go_mod: &str) -> Vec<(String, String)> {
    statements(go_mod)
        .into_iter()
        .filter_map(|s| {
            let args: &[Tok<'_>] = match &s.block {
                Some(verb) if verb.as_slice() == ["require"] => &s.tokens,
                None if s.tokens[0].0 == "require" => &s.tokens[1..],
                _ => return None,
            };
            match args {
                [(path, _), (version, _), ..] => Some((unquote(path), unquote(version))),
                _ => None,
            }
        })
        .collect()
}

/// `replace PATH [VERSION] => DIR` lines whose target is a directory
/// (`./x`, `../x`, `/x`): the module path and the directory.
pub fn local_replaces(go_mod: &str) -> Vec<(String, String)> {
    statements(go_mod)
        .into_iter()
        .filter_map(|s| {
            let args: &[Tok<'_>] = match &s.block {
                Some(verb) if verb.as_slice() == ["replace"] => &s.tokens,
                None if s.tokens[0].0 == "replace" => &s.tokens[1..],
                _ => return None,
            };
            let arrow = args.iter().position(|t| t.0 == "=>")?;
            let target = unquote(args.get(arrow + 1)?.0);
            let local =
                target.starts_with("./") || target.starts_with("../") || target.starts_with('/');
            (arrow >= 1 && local).then(|| (unquote(args[0].0), target))
        })
        .collect()
}

/// A token without its quotes (modfile's quoted strings; no escapes are
/// met in module paths and versions).
fn unquote(t: &str) -> String {
    t.trim_matches(|c| c == '"' || c == '`').to_owned()
}

/// The `godebug` lines and blocks of a go.mod file, as modfile reads them:
/// each entry one `key=value` token without quotes or commas.
pub fn godebug(go_mod: &str) -> GoModDebug {
    let mut out = GoModDebug::default();
    for s in statements(go_mod) {
        let args: &[Tok<'_>] = match &s.block {
            Some(verb) if verb.as_slice() == ["godebug"] => &s.tokens,
            None if s.tokens[0].0 == "godebug" => &s.tokens[1..],
            _ => continue,
        };
        let usage = || GoModProblem {
            line: s.line,
            message: "usage: godebug key=value".into(),
        };
        match args {
            [(arg, col)] if !arg.contains(['"', '`', '\'', ',']) => match arg.split_once('=') {
                Some((key, value)) => out.entries.push(GoModGodebug {
                    key: key.to_owned(),
                    value: value.to_owned(),
                    line: s.line,
                    column: *col,
                    verb_line: s.block_line,
                }),
                None => out.problems.push(usage()),
            },
            _ => out.problems.push(usage()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_line_and_godebug_entries() {
        let m = "module example.com/m // x\n\ngo\t1.22.3 // c\n\ngodebug (\n\tdefault=go1.21 // why\n\n\tpanicnil=1\n)\ngodebug httpmuxgo121=0\ngodebug tls10server\ngodebug a=1 b=2\ngodebug (x=1)\nrequire (\n\tgodebug v1\n)\n";
        assert_eq!(
            go_line(m),
            Some(GoLine {
                version: "1.22.3".into(),
                line: 3,
                column: 4
            })
        );
        let g = godebug(m);
        let got: Vec<_> = g
            .entries
            .iter()
            .map(|e| {
                (
                    e.key.as_str(),
                    e.value.as_str(),
                    e.line,
                    e.column,
                    e.verb_line,
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("default", "go1.21", 6, 2, 5),
                ("panicnil", "1", 8, 2, 5),
                ("httpmuxgo121", "0", 10, 9, 10)
            ]
        );
        let bad: Vec<u32> = g.problems.iter().map(|p| p.line).collect();
        assert_eq!(bad, vec![11, 12, 13]);
        assert_eq!(go_line("module m\n"), None);
        assert_eq!(
            godebug("godebug \"a=1\"\ngodebug a=1,b\n").problems.len(),
            2
        );
    }

    #[test]
    fn module_toolchain_require_and_replace_lines() {
        let m = "module \"example.com/m\" // the module\n\ngo 1.21\n\ntoolchain go1.22.3\n\nrequire (\n\tgolang.org/x/sys v0.20.0\n\texample.com/q v1.0.0 // indirect\n)\nrequire example.com/r v2.0.0\nreplace example.com/a => ../a\nreplace (\n\texample.com/b v1.0.0 => ./b\n\texample.com/c => example.com/c2 v1.0.0\n)\n";
        assert_eq!(module_path(m).as_deref(), Some("example.com/m"));
        let tc = toolchain_line(m).unwrap();
        assert_eq!(
            (tc.version.as_str(), tc.line, tc.column),
            ("go1.22.3", 5, 11)
        );
        assert_eq!(
            requires(m),
            [
                ("golang.org/x/sys".to_owned(), "v0.20.0".to_owned()),
                ("example.com/q".to_owned(), "v1.0.0".to_owned()),
                ("example.com/r".to_owned(), "v2.0.0".to_owned()),
            ]
        );
        assert_eq!(
            local_replaces(m),
            [
                ("example.com/a".to_owned(), "../a".to_owned()),
                ("example.com/b".to_owned(), "./b".to_owned()),
            ]
        );
    }
}

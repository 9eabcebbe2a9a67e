//! A usage spec (jdx/usage, <https://usage.jdx.dev>): the KDL document
//! `clap_usage::generate` writes from a clap `Command`, and that programs
//! such as mise commit by hand. KDL 2.0 syntax (`#true`), what usage-lib 5
//! and clap_usage 5 write; the KDL 1.0 of older releases is refused by the
//! parser with its line and column.
//!
//! What it maps: `bin` (else `name`) names the root command, `version` is
//! the program's version; `flag "-f --file <FILE>"` becomes a flag with
//! every `--long` and `-s` name of its usage string (in clap's order: the
//! first long name, the first short name, then the aliases), `negate="--no-x"`
//! another name; a flag with a value (an `arg` child or a `<X>` in its usage
//! string) is `string` (a usage spec says nothing of value types), without
//! one `switch`, `count=#true` `count`; `var=#true` or `…` repeatable;
//! `required`, `hide`, `global`, `default` (a property or a `default`
//! child with several values, joined with `,`), `choices` (on the flag's
//! `arg` child), `env` and `deprecated="message"` (a deprecation without a
//! day). `arg "<FILE>"` is a positional argument (`<X>` required, `[X]`
//! optional, `required=#false` wins); `cmd "name"` a subcommand with its
//! `alias` children (visible or `hide=#true`, both answer). Descriptions
//! (`help`) are kept as `about`. Nodes about documentation or completion
//! (`example`, `complete`, `config`, `long_help`, ...) are not part of the
//! surface; `include` (another file) and `mount` (flags a program prints
//! at run time) cannot be followed and are refused.
//!
//! The KDL parser (the `kdl` crate) recurses per nesting level and has no
//! limit of its own, so [`brace_depth`] measures the nesting first (strings
//! and comments skipped) and deeper documents are refused.

use kdl::{KdlDocument, KdlNode, KdlValue};

use crate::error::SurfaceError;
use crate::model::{Arg, Command, Deprecation, Flag, Surface};

/// The deepest `{ }` nesting read: a command level is one, a flag's `arg`
/// and its `choices` two more.
const MAX_BRACES: usize = 2 * super::MAX_DEPTH + 8;

/// The file being read: its name for messages and its text for line numbers.
struct Cx<'a> {
    file: &'a str,
    text: &'a str,
}

impl Cx<'_> {
    /// The line a node starts on (1-based).
    fn line(&self, node: &KdlNode) -> usize {
        line_column(self.text, node.span().offset()).0
    }
}

/// Reads a usage spec.
pub fn read(name: &str, text: &str) -> Result<Surface, SurfaceError> {
    if brace_depth(text) > MAX_BRACES {
        return Err(SurfaceError::invalid(
            name,
            format!("KDL nodes nested deeper than {MAX_BRACES} levels"),
        ));
    }
    let doc: KdlDocument = text
        .parse()
        .map_err(|e: kdl::KdlError| SurfaceError::invalid(name, kdl_error(text, &e)))?;
    let cx = Cx { file: name, text };
    let mut program = None;
    let mut bin = None;
    let mut version = None;
    let mut root = Command::default();
    for node in doc.nodes() {
        match node.name().value() {
            "name" => program = Some(string_arg(&cx, node)?),
            "bin" => bin = Some(string_arg(&cx, node)?),
            "version" => version = Some(string_arg(&cx, node)?),
            "about" => root.about = Some(string_arg(&cx, node)?),
            _ => element(&cx, node, &mut root, 0)?,
        }
    }
    root.name = bin.or(program).ok_or_else(|| {
        SurfaceError::invalid(name, "a usage spec names its program (`bin` or `name`)")
    })?;
    let mut surface = Surface::new("usage", root);
    surface.program_version = version;
    surface.normalize();
    Ok(surface)
}

/// One child of a command (or of the document, for the root): a flag, a
/// positional argument, a subcommand or an alias; documentation is skipped.
fn element(
    cx: &Cx<'_>,
    node: &KdlNode,
    into: &mut Command,
    depth: usize,
) -> Result<(), SurfaceError> {
    match node.name().value() {
        "flag" => into.flags.push(flag(cx, node)?),
        "arg" => into.args.push(arg(cx, node)?),
        "cmd" => into.commands.push(command(cx, node, depth + 1)?),
        "alias" => {
            for v in node.entries().iter().filter(|e| e.name().is_none()) {
                into.aliases.push(string(cx, node, v.value())?);
            }
        }
        "deprecated" => into.deprecated = Some(deprecation(cx, node, node_arg(node))?),
        "hide" => into.hidden = bool_arg(node),
        "include" | "mount" => {
            return Err(SurfaceError::invalid(
                cx.file,
                format!(
                    "line {}: `{}` cannot be followed: give the surface it leads to in the file",
                    cx.line(node),
                    node.name().value()
                ),
            ))
        }
        // Documentation, completion and configuration: not part of the surface.
        _ => {}
    }
    Ok(())
}

/// A `cmd` node and its children.
fn command(cx: &Cx<'_>, node: &KdlNode, depth: usize) -> Result<Command, SurfaceError> {
    if depth > super::MAX_DEPTH {
        return Err(SurfaceError::invalid(cx.file, "commands nested too deep"));
    }
    let mut c = Command::named(string_arg(cx, node)?);
    c.hidden = prop_bool(node, "hide");
    c.about = prop_string(node, "help");
    if let Some(v) = node.get("deprecated") {
        c.deprecated = Some(deprecation(cx, node, Some(v))?);
    }
    if let Some(children) = node.children() {
        for child in children.nodes() {
            element(cx, child, &mut c, depth)?;
        }
    }
    Ok(c)
}

/// A `flag` node: names and an inline value from its usage string,
/// properties, and `arg`, `default`, `choices` children.
fn flag(cx: &Cx<'_>, node: &KdlNode) -> Result<Flag, SurfaceError> {
    let usage = string_arg(cx, node)?;
    let mut longs = Vec::new();
    let mut shorts = Vec::new();
    let mut takes_value = false;
    let mut multiple = false;
    let mut value_name = None;
    let spaced = usage.replace("...", " … ").replace('…', " … ");
    for part in spaced.split_whitespace() {
        if part.ends_with(':') && longs.is_empty() && shorts.is_empty() && !takes_value {
            // `name:` gives the flag's key, not a name typed on the command line
        } else if part.starts_with("--") && part.len() > 2 {
            longs.push(part.to_owned());
        } else if part.starts_with('-') && part.chars().count() == 2 {
            shorts.push(part.to_owned());
        } else if part == "…" {
            multiple = true;
        } else if let Some(inner) = placeholder(part) {
            takes_value = true;
            value_name.get_or_insert_with(|| inner.to_owned());
        } else {
            return Err(SurfaceError::invalid(
                cx.file,
                format!(
                    "line {}: flag {usage:?}: cannot read {part:?}",
                    cx.line(node)
                ),
            ));
        }
    }
    // clap's order: the long name, the short name, then the aliases
    let mut names = Vec::new();
    let (mut longs, mut shorts) = (longs.into_iter(), shorts.into_iter());
    names.extend(longs.next());
    names.extend(shorts.next());
    names.extend(longs);
    names.extend(shorts);
    if let Some(negate) = prop_string(node, "negate") {
        names.push(negate);
    }
    if names.is_empty() {
        return Err(SurfaceError::invalid(
            cx.file,
            format!("line {}: flag {usage:?} has no name", cx.line(node)),
        ));
    }
    let count = prop_bool(node, "count");
    multiple |= prop_bool(node, "var") || count;
    let mut out = Flag {
        names,
        multiple,
        required: prop_bool(node, "required"),
        hidden: prop_bool(node, "hide"),
        global: prop_bool(node, "global"),
        default: node.get("default").map(scalar),
        env: prop_string(node, "env").into_iter().collect(),
        about: prop_string(node, "help"),
        ..Flag::default()
    };
    if let Some(v) = node.get("deprecated") {
        out.deprecated = Some(deprecation(cx, node, Some(v))?);
    }
    if let Some(children) = node.children() {
        for child in children.nodes() {
            match child.name().value() {
                "arg" => {
                    let a = arg(cx, child)?;
                    takes_value = true;
                    value_name = Some(a.name);
                    multiple |= a.multiple;
                    out.choices = a.choices;
                    if out.default.is_none() {
                        out.default = a.default;
                    }
                    out.env.extend(a.env);
                }
                "default" => out.default = Some(defaults(cx, child)?),
                "choices" => out.choices = choices(cx, child)?,
                "env" => out.env.push(string_arg(cx, child)?),
                _ => {}
            }
        }
    }
    out.multiple = multiple;
    out.value_type = if count {
        "count"
    } else if takes_value {
        "string"
    } else {
        "switch"
    }
    .to_owned();
    out.value_name = value_name;
    Ok(out)
}

/// An `arg` node: `<NAME>` required, `[NAME]` optional, `…` repeatable.
fn arg(cx: &Cx<'_>, node: &KdlNode) -> Result<Arg, SurfaceError> {
    let usage = string_arg(cx, node)?;
    let mut text = usage.trim();
    let mut multiple = prop_bool(node, "var");
    for dots in ["…", "..."] {
        if let Some(t) = text.strip_suffix(dots) {
            text = t.trim_end();
            multiple = true;
        }
    }
    let text = text.strip_prefix("-- ").unwrap_or(text);
    let (inner, bracketed_required) = match (text.strip_prefix('<'), text.strip_prefix('[')) {
        (Some(t), _) => (t.strip_suffix('>').unwrap_or(t), true),
        (_, Some(t)) => (t.strip_suffix(']').unwrap_or(t), false),
        _ => (text, true),
    };
    let required = match node.get("required") {
        Some(v) => v.as_bool().unwrap_or(bracketed_required),
        None => bracketed_required,
    };
    let mut out = Arg {
        name: inner.trim().to_owned(),
        value_type: "string".to_owned(),
        multiple,
        required,
        default: node.get("default").map(scalar),
        env: prop_string(node, "env").into_iter().collect(),
        about: prop_string(node, "help"),
        ..Arg::default()
    };
    if let Some(children) = node.children() {
        for child in children.nodes() {
            match child.name().value() {
                "choices" => out.choices = choices(cx, child)?,
                "default" => out.default = Some(defaults(cx, child)?),
                "env" => out.env.push(string_arg(cx, child)?),
                _ => {}
            }
        }
    }
    Ok(out)
}

/// The text inside `<X>` or `[X]`.
fn placeholder(part: &str) -> Option<&str> {
    part.strip_prefix('<')
        .and_then(|t| t.strip_suffix('>'))
        .or_else(|| part.strip_prefix('[').and_then(|t| t.strip_suffix(']')))
}

/// `choices "a" "b"`.
fn choices(cx: &Cx<'_>, node: &KdlNode) -> Result<Vec<String>, SurfaceError> {
    node.entries()
        .iter()
        .filter(|e| e.name().is_none())
        .map(|e| string(cx, node, e.value()))
        .collect()
}

/// `default "a"` or `default { "a"; "b" }` (each child's name is a value).
fn defaults(cx: &Cx<'_>, node: &KdlNode) -> Result<String, SurfaceError> {
    let mut values: Vec<String> = node
        .entries()
        .iter()
        .filter(|e| e.name().is_none())
        .map(|e| scalar(e.value()))
        .collect();
    if let Some(children) = node.children() {
        values.extend(children.nodes().iter().map(|n| n.name().value().to_owned()));
    }
    if values.is_empty() {
        return Err(SurfaceError::invalid(
            cx.file,
            format!("line {}: `default` without a value", cx.line(node)),
        ));
    }
    Ok(values.join(","))
}

/// `deprecated="message"` or `deprecated=#true`: announced, without a day.
fn deprecation(
    cx: &Cx<'_>,
    node: &KdlNode,
    value: Option<&KdlValue>,
) -> Result<Deprecation, SurfaceError> {
    match value {
        Some(KdlValue::String(s)) => Ok(Deprecation {
            message: Some(s.clone()),
            ..Deprecation::default()
        }),
        Some(KdlValue::Bool(true)) | None => Ok(Deprecation::default()),
        Some(other) => Err(SurfaceError::invalid(
            cx.file,
            format!("line {}: deprecated is {other}, not text", cx.line(node)),
        )),
    }
}

/// A property's value as text (numbers and booleans as KDL writes them).
fn scalar(v: &KdlValue) -> String {
    match v {
        KdlValue::String(s) => s.clone(),
        KdlValue::Integer(i) => i.to_string(),
        KdlValue::Float(f) => f.to_string(),
        KdlValue::Bool(b) => b.to_string(),
        KdlValue::Null => String::new(),
    }
}

fn node_arg(node: &KdlNode) -> Option<&KdlValue> {
    node.entries()
        .iter()
        .find(|e| e.name().is_none())
        .map(|e| e.value())
}

/// The node's first argument, which must be text.
fn string_arg(cx: &Cx<'_>, node: &KdlNode) -> Result<String, SurfaceError> {
    match node_arg(node) {
        Some(v) => string(cx, node, v),
        None => Err(SurfaceError::invalid(
            cx.file,
            format!(
                "line {}: `{}` without a value",
                cx.line(node),
                node.name().value()
            ),
        )),
    }
}

fn string(cx: &Cx<'_>, node: &KdlNode, v: &KdlValue) -> Result<String, SurfaceError> {
    v.as_string().map(str::to_owned).ok_or_else(|| {
        SurfaceError::invalid(
            cx.file,
            format!(
                "line {}: `{}` takes text, not {v}",
                cx.line(node),
                node.name().value()
            ),
        )
    })
}

fn bool_arg(node: &KdlNode) -> bool {
    node_arg(node).and_then(KdlValue::as_bool).unwrap_or(true)
}

fn prop_bool(node: &KdlNode, key: &str) -> bool {
    node.get(key).and_then(KdlValue::as_bool).unwrap_or(false)
}

fn prop_string(node: &KdlNode, key: &str) -> Option<String> {
    node.get(key)
        .and_then(KdlValue::as_string)
        .map(str::to_owned)
}

/// The line and column (1-based, in characters) of byte `offset`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let bytes = &text.as_bytes()[..offset.min(text.len())];
    let line_start = bytes.iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1);
    let line = bytes.iter().filter(|&&c| c == b'\n').count() + 1;
    let column = String::from_utf8_lossy(&bytes[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// The parser's error as one line: where, and what is wrong.
fn kdl_error(text: &str, e: &kdl::KdlError) -> String {
    match e.diagnostics.first() {
        Some(d) => {
            let (line, column) = line_column(text, d.span.offset());
            let what = d
                .message
                .clone()
                .or_else(|| d.label.clone())
                .unwrap_or_else(|| "unexpected input".to_owned());
            format!("{line}:{column}: not a KDL 2.0 document: {what}")
        }
        None => "not a KDL 2.0 document".to_owned(),
    }
}

/// The deepest `{` nesting of a KDL text, outside strings and comments:
/// `"…"` and `"""…"""` (with `\` escapes), raw `#"…"#` (any number of
/// `#`), `// …` to the end of the line and nested `/* … */`.
pub(crate) fn brace_depth(text: &str) -> usize {
    let b = text.as_bytes();
    let (mut i, mut depth, mut max) = (0usize, 0usize, 0usize);
    while i < b.len() {
        match b[i] {
            b'{' => {
                depth += 1;
                max = max.max(depth);
                i += 1;
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'"' => i = skip_string(b, i, 0),
            b'#' => {
                let hashes = b[i..].iter().take_while(|&&c| c == b'#').count();
                if b.get(i + hashes) == Some(&b'"') {
                    i = skip_string(b, i + hashes, hashes);
                } else {
                    i += hashes;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = b[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |p| i + p);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut nested = 1usize;
                i += 2;
                while i < b.len() && nested > 0 {
                    if b[i..].starts_with(b"/*") {
                        nested += 1;
                        i += 2;
                    } else if b[i..].starts_with(b"*/") {
                        nested -= 1;
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
            }
            _ => i += 1,
        }
    }
    max
}

/// The index after the string opening at `start` (a `"`); `hashes` > 0 for
/// a raw string, which has no escapes and ends at `"` and as many `#`.
fn skip_string(b: &[u8], start: usize, hashes: usize) -> usize {
    let triple = b[start..].starts_with(b"\"\"\"");
    let quote_len = if triple { 3 } else { 1 };
    let mut i = start + quote_len;
    while i < b.len() {
        if hashes == 0 && b[i] == b'\\' {
            i += 2;
            continue;
        }
        let closes = if triple {
            b[i..].starts_with(b"\"\"\"")
        } else {
            b[i] == b'"'
        };
        if closes
            && b[i + quote_len..]
                .iter()
                .take(hashes)
                .take_while(|&&c| c == b'#')
                .count()
                == hashes
        {
            return i + quote_len + hashes;
        }
        i += 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::brace_depth;

    #[test]
    fn brace_depth_skips_strings_and_comments() {
        assert_eq!(brace_depth("a { b { c } }"), 2);
        assert_eq!(brace_depth("a \"}}}\" { b { } }"), 2);
        assert_eq!(brace_depth("a \"\\\"{\" { }"), 1);
        assert_eq!(brace_depth("a #\"}\"\"# { { { } } }"), 3);
        assert_eq!(brace_depth("a \"\"\"\n}\"}\n\"\"\" { }"), 1);
        assert_eq!(brace_depth("// }}}\na { /* } /* } */ } */ b { } }"), 2);
        // a `}` hidden in a string does not hide the depth after it
        assert_eq!(brace_depth("x \"}}}}\" {{{{"), 4);
    }
}

//! Where findings are written: the element each finding is about (an
//! operation, a parameter, a response, a schema the engine names) turned
//! into the file, line and column a reader opens, in the new description
//! (for a removal, the old one).
//!
//! Nothing is recorded while reading or comparing: the model keeps each
//! element's address in its parsed file ([`At`]), and only once the
//! findings are known are those addresses turned into JSON pointers (one
//! walk of a file's value, stopped when all are found) and the pointers
//! into lines: JSON by a scan of the file's text that descends only into
//! the members on the way to a wanted pointer and skips the rest by
//! counting brackets, YAML by reading the file again with compat-yaml's
//! positions. A file no finding names is never looked at again.

use std::collections::{BTreeMap, HashMap, HashSet};

use compat_report::{Finding, Location};

use crate::docs::{DocId, Docs};
use crate::model::At;

/// Which description an element is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Which {
    /// The old description.
    Old,
    /// The new description.
    New,
}

/// Where a finding's element is, before it is turned into a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// A value of the model.
    Value(Which, At),
    /// A JSON pointer in the main file (the servers, a security scheme).
    Pointer(Which, String),
    /// A schema as compat-schema names it (`/dir/openapi.json#/pointer`).
    Schema(Which, String),
}

/// A 1-based line and column (JSON: in bytes; YAML: in characters, none
/// for an item of a sequence, whose column compat-yaml gives at its content).
type Pos = (u32, Option<u32>);

/// Sets the location of every `listed` finding whose anchors (tried in
/// order; `anchors[i]` are `findings[i]`'s) lead to a line of a file of
/// `old` or `new`. The others are not looked for: a finding's line does
/// not depend on which others are looked for with it.
pub fn locate(
    findings: &mut [Finding],
    anchors: &[Vec<Anchor>],
    listed: impl Fn(&Finding) -> bool,
    old: &Docs,
    new: &Docs,
) {
    let docs = |w: Which| if w == Which::Old { old } else { new };
    let none = Vec::new();
    let anchors: Vec<&Vec<Anchor>> = findings
        .iter()
        .zip(anchors)
        .map(|(f, list)| if listed(f) { list } else { &none })
        .collect();
    // Addresses to pointers, file by file.
    let mut addrs: BTreeMap<(Which, DocId), Vec<usize>> = BTreeMap::new();
    for a in anchors.iter().copied().flatten() {
        if let Anchor::Value(w, at) = a {
            addrs.entry((*w, at.doc)).or_default().push(at.addr);
        }
    }
    let pointer_of: HashMap<(Which, usize), String> = by_side(&addrs, |(w, doc), list| {
        let Some(file) = file_of(docs(*w), *doc) else {
            return Vec::new();
        };
        compat_schema::pointers_of(&file.root, list)
            .into_iter()
            .map(|(addr, p)| ((*w, addr), p))
            .collect()
    });
    // Each finding's candidates as (side, file, pointer).
    let candidates: Vec<Vec<(Which, DocId, String)>> = anchors
        .iter()
        .map(|list| {
            list.iter()
                .filter_map(|a| match a {
                    Anchor::Value(w, at) => {
                        Some((*w, at.doc, pointer_of.get(&(*w, at.addr))?.clone()))
                    }
                    Anchor::Pointer(w, p) => Some((*w, 0, p.clone())),
                    Anchor::Schema(w, place) => {
                        let (name, pointer) = place.split_once('#')?;
                        let d = docs(*w);
                        let id = (0..d.len())
                            .find(|&id| crate::engine::uri_path(&d.doc(id).path) == name)?;
                        Some((*w, id, pointer.to_owned()))
                    }
                })
                .collect()
        })
        .collect();
    // Pointers to lines, file by file.
    let mut wanted: BTreeMap<(Which, DocId), HashSet<&str>> = BTreeMap::new();
    for (w, doc, p) in candidates.iter().flatten() {
        wanted.entry((*w, *doc)).or_default().insert(p.as_str());
    }
    let found: HashMap<(Which, DocId), HashMap<String, Pos>> = by_side(&wanted, |key, pointers| {
        let Some(file) = file_of(docs(key.0), key.1) else {
            return Vec::new();
        };
        vec![(*key, positions(&file.text, pointers))]
    });
    for (f, list) in findings.iter_mut().zip(&candidates) {
        let hit = list.iter().find_map(|(w, doc, p)| {
            let pos = found.get(&(*w, *doc))?.get(p)?;
            Some((docs(*w).doc(*doc), *pos))
        });
        if let Some((file, (line, column))) = hit {
            f.location = Some(Location {
                path: file.label.clone(),
                line: Some(line),
                column,
            });
        }
    }
}

/// `work` over each file's entry of `per_file`, the old description's
/// files on a thread of their own beside the new one's, the results
/// gathered in one map.
fn by_side<V: Sync, K: Eq + std::hash::Hash + Send, R: Send>(
    per_file: &BTreeMap<(Which, DocId), V>,
    work: impl Fn(&(Which, DocId), &V) -> Vec<(K, R)> + Sync,
) -> HashMap<K, R> {
    let side = |which: Which| -> Vec<(K, R)> {
        per_file
            .iter()
            .filter(|(key, _)| key.0 == which)
            .flat_map(|(key, v)| work(key, v))
            .collect()
    };
    let (old, new) = std::thread::scope(|s| {
        let old = s.spawn(|| side(Which::Old));
        let new = side(Which::New);
        (old.join().expect("locating does not panic"), new)
    });
    old.into_iter().chain(new).collect()
}

fn file_of(docs: &Docs, id: DocId) -> Option<&crate::docs::Doc> {
    (id < docs.len()).then(|| docs.doc(id))
}

/// Where each of `pointers` starts in a file's `text` (JSON or YAML, as
/// [`crate::parse`] tells them apart): a member at its key, an item at its
/// value. A pointer the text does not hold is left out.
pub fn positions(text: &[u8], pointers: &HashSet<&str>) -> HashMap<String, Pos> {
    let Ok(text) = std::str::from_utf8(text) else {
        return HashMap::new();
    };
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[bom..];
    if matches!(body.trim_start().chars().next(), Some('{' | '[')) {
        return json_positions(text, pointers);
    }
    let Ok((_, found)) =
        compat_yaml::from_str_with_positions(body, &compat_yaml::Limits::default())
    else {
        return HashMap::new();
    };
    pointers
        .iter()
        .filter_map(|p| {
            let at = found.get(p)?;
            let line = u32::try_from(at.line).ok()?;
            let item = p
                .rsplit('/')
                .next()
                .is_some_and(|last| !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()));
            let column = u32::try_from(at.column).ok().filter(|_| !item);
            Some(((*p).to_owned(), (line, column)))
        })
        .collect()
}

/// [`positions`] of a JSON text.
pub fn json_positions(text: &str, pointers: &HashSet<&str>) -> HashMap<String, Pos> {
    let mut prefixes: HashSet<&str> = HashSet::new();
    for p in pointers {
        for (i, c) in p.char_indices() {
            if c == '/' {
                prefixes.insert(&p[..i]);
            }
        }
    }
    let mut scan = Scan {
        b: text.as_bytes(),
        i: 0,
        pointers,
        prefixes: &prefixes,
        found: Vec::new(),
    };
    scan.ws();
    if pointers.contains("") {
        scan.found.push((String::new(), scan.i));
    }
    let mut path = String::new();
    scan.value(&mut path);
    let mut found = scan.found;
    found.sort_by_key(|(_, at)| *at);
    // Offsets to lines and columns, in one pass.
    let b = text.as_bytes();
    let (mut line, mut line_start, mut i) = (1u32, 0usize, 0usize);
    let mut out = HashMap::new();
    for (p, at) in found {
        let end = at.min(b.len()).max(i);
        let between = &b[i..end];
        let newlines = memchr::memchr_iter(b'\n', between).count();
        line = line.saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
        if let Some(last) = memchr::memrchr(b'\n', between) {
            line_start = i + last + 1;
        }
        i = end;
        let column = u32::try_from(at - line_start + 1).ok();
        out.insert(p, (line, column));
    }
    out
}

/// A JSON text walked along the wanted pointers only.
struct Scan<'t> {
    b: &'t [u8],
    i: usize,
    pointers: &'t HashSet<&'t str>,
    prefixes: &'t HashSet<&'t str>,
    found: Vec<(String, usize)>,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// The value at `self.i`, whose pointer is `path`: walked into when a
    /// wanted pointer is below it, else skipped.
    fn value(&mut self, path: &mut String) {
        if !self.prefixes.contains(path.as_str()) {
            self.skip();
            return;
        }
        match self.peek() {
            Some(b'{') => {
                self.i += 1;
                loop {
                    self.ws();
                    match self.peek() {
                        Some(b'"') => {}
                        Some(b',') => {
                            self.i += 1;
                            continue;
                        }
                        _ => {
                            self.i += 1;
                            return;
                        }
                    }
                    let start = self.i;
                    self.string();
                    let raw = self
                        .b
                        .get(start + 1..self.i.saturating_sub(1))
                        .unwrap_or(&[]);
                    let key = if raw.contains(&b'\\') {
                        let quoted = self.b.get(start..self.i).unwrap_or(&[]);
                        serde_json::from_slice::<String>(quoted).unwrap_or_default()
                    } else {
                        String::from_utf8_lossy(raw).into_owned()
                    };
                    let len = path.len();
                    path.push('/');
                    path.push_str(&key.replace('~', "~0").replace('/', "~1"));
                    if self.pointers.contains(path.as_str()) {
                        self.found.push((path.clone(), start));
                    }
                    self.ws();
                    if self.peek() == Some(b':') {
                        self.i += 1;
                    }
                    self.ws();
                    self.value(path);
                    path.truncate(len);
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut index = 0usize;
                loop {
                    self.ws();
                    match self.peek() {
                        Some(b']') | None => {
                            self.i += 1;
                            return;
                        }
                        Some(b',') => {
                            self.i += 1;
                            continue;
                        }
                        _ => {}
                    }
                    let len = path.len();
                    path.push('/');
                    path.push_str(&index.to_string());
                    if self.pointers.contains(path.as_str()) {
                        self.found.push((path.clone(), self.i));
                    }
                    let before = self.i;
                    self.value(path);
                    path.truncate(len);
                    index += 1;
                    if self.i == before {
                        // Not JSON after all: stop rather than loop.
                        self.i = self.b.len();
                    }
                }
            }
            _ => self.skip(),
        }
    }

    /// The bytes from `self.i` on (none past the end).
    fn rest(&self) -> &[u8] {
        self.b.get(self.i..).unwrap_or(&[])
    }

    /// Past the string at `self.i` (its opening quote): from one quote or
    /// backslash to the next with `memchr2`, the rest of the string unread.
    fn string(&mut self) {
        self.i += 1;
        while let Some(k) = memchr::memchr2(b'"', b'\\', self.rest()) {
            let c = self.b[self.i + k];
            self.i += k + 1;
            if c == b'"' {
                return;
            }
            self.i += 1;
        }
        self.i = self.i.max(self.b.len());
    }

    /// Past the value at `self.i`. Inside an object or array only strings
    /// and brackets matter: the bytes between them are passed over by a
    /// table lookup each, not matched one by one.
    fn skip(&mut self) {
        let mut depth = 0usize;
        loop {
            if depth > 0 {
                match next_structure(self.b, self.i) {
                    Some(k) => self.i = k,
                    None => {
                        self.i = self.i.max(self.b.len());
                        return;
                    }
                }
            }
            let Some(c) = self.peek() else {
                return;
            };
            match c {
                b'"' => {
                    self.string();
                    if depth == 0 {
                        return;
                    }
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    if depth == 0 {
                        return;
                    }
                    depth -= 1;
                    if depth == 0 {
                        self.i += 1;
                        return;
                    }
                }
                b',' | b' ' | b'\t' | b'\n' | b'\r' if depth == 0 => return,
                _ => {}
            }
            self.i += 1;
        }
    }
}

/// The first byte at or after `from` that [`STRUCTURE`] holds, looked for
/// eight bytes at a time: a pretty-printed description is half indentation,
/// which a byte-by-byte table lookup stepped through one byte at a time
/// (on GitHub's 12-MB description most of locating's instructions).
///
/// Each word is tested for a quote and for the bytes `b & 0xD9 == 0x59`:
/// the four brackets, and `Y`, `_`, `y` and DEL, which are looked up in the
/// table and passed over (outside strings JSON has none of them). The zero-byte
/// test `(x - 0x01..) & !x & 0x80..` may flag a byte above a true zero
/// byte, never below one, so its lowest flag is a true candidate.
fn next_structure(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    const QUOTES: u64 = u64::from_le_bytes([b'"'; 8]);
    const MASK: u64 = u64::from_le_bytes([0xD9; 8]);
    const BRACKETS: u64 = u64::from_le_bytes([0x59; 8]);
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let hits = zero(w ^ QUOTES) | zero((w & MASK) ^ BRACKETS);
        if hits == 0 {
            i += 8;
            continue;
        }
        let k = i + (hits.trailing_zeros() / 8) as usize;
        if STRUCTURE[usize::from(b[k])] {
            return Some(k);
        }
        i = k + 1;
    }
    b.get(i..)?
        .iter()
        .position(|&c| STRUCTURE[usize::from(c)])
        .map(|k| i + k)
}

/// The bytes [`Scan::skip`] stops at inside an object or array: a string's
/// quote and the brackets.
const STRUCTURE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'{' as usize] = true;
    t[b'}' as usize] = true;
    t[b'[' as usize] = true;
    t[b']' as usize] = true;
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, pointers: &[&str]) -> Vec<Option<Pos>> {
        let set: HashSet<&str> = pointers.iter().copied().collect();
        let found = positions(text.as_bytes(), &set);
        pointers.iter().map(|p| found.get(*p).copied()).collect()
    }

    #[test]
    fn json_members_at_their_keys_and_items_at_their_values() {
        let text = "{\n  \"a\": {\"x\": [1, {\"y\": \"}\\\"]\"}]},\n  \"paths\": {\n    \"/p~q/{id}\": {\n      \"get\": {}\n    }\n  },\n  \"k\\u0065y\": [ {}, {\"z\": 1} ]\n}\n";
        assert_eq!(
            at(
                text,
                &[
                    "/paths/~1p~0q~1{id}/get",
                    "/a/x/1/y",
                    "/key/1",
                    "/key/1/z",
                    "/nowhere",
                    ""
                ]
            ),
            [
                Some((5, Some(7))),
                Some((2, Some(19))),
                Some((8, Some(21))),
                Some((8, Some(22))),
                None,
                Some((1, Some(1)))
            ]
        );
    }

    #[test]
    fn structure_is_found_as_a_byte_by_byte_search_finds_it() {
        // Every byte value at every offset of a word, and runs around it.
        let mut texts: Vec<Vec<u8>> = Vec::new();
        for c in 0..=255u8 {
            for at in 0..20 {
                let mut t = vec![b' '; 20];
                t[at] = c;
                texts.push(t.clone());
                t[(at + 9) % 20] = b']';
                texts.push(t);
            }
        }
        texts.push(b"YYYY____yyyy\x7f\x7f{".to_vec());
        texts.push(Vec::new());
        texts.push(b"\"".to_vec());
        for t in &texts {
            for from in 0..=t.len() {
                let slow = t[from..]
                    .iter()
                    .position(|&c| STRUCTURE[usize::from(c)])
                    .map(|k| from + k);
                assert_eq!(next_structure(t, from), slow, "{t:?} from {from}");
            }
        }
        assert_eq!(next_structure(b"", 3), None);
    }

    #[test]
    fn yaml_is_read_again_with_positions() {
        let text =
            "openapi: 3.0.3\npaths:\n  /pets:\n    get:\n      parameters:\n        - name: a\n";
        assert_eq!(
            at(
                text,
                &["/paths/~1pets/get", "/paths/~1pets/get/parameters/0", "/x"]
            ),
            [Some((4, Some(5))), Some((6, None)), None]
        );
    }

    #[test]
    fn text_that_is_not_json_stops_without_a_panic() {
        for text in [
            "{\"a\": [",
            "{\"a\": {\"b\"",
            "[1, 2",
            "{\"a\" 1 \"b\": 2}",
            "{\"a\": ]",
        ] {
            let _ = at(text, &["/a/b", "/a/0", "/b"]);
        }
    }
}

//! The builder: parser events to one [`Value`], on an explicit stack, under [`Limits`].

use std::collections::HashMap;

use serde_json::{Map, Value};
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::error::{Error, ErrorKind};
use crate::scalar;

/// Budgets for one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Deepest nesting of sequences and mappings.
    pub max_depth: usize,
    /// Most nodes in the resulting value, counting every node an alias copies.
    pub max_nodes: usize,
    /// Most nodes aliases copy, all together: a few hundred bytes of anchors that alias each other
    /// ten times per level ("billion laughs") reached `max_nodes` only after 3 GB of copies.
    pub max_alias_nodes: usize,
    /// Most nodes aliases copy per byte of the text, below `max_alias_nodes` (at least
    /// [`MIN_ALIAS_NODES`] for any text): what aliases may copy grows with the document, so
    /// 779 bytes of anchors are refused after a few megabytes, not after `max_alias_nodes`
    /// copies (228 MB).
    pub alias_nodes_per_byte: usize,
}

/// What aliases may copy in any text, however short: the descriptions we know that use aliases
/// copy a few hundred nodes.
pub const MIN_ALIAS_NODES: usize = 16_384;

impl Default for Limits {
    /// 256 levels (real specifications stay under 40), 20 million nodes (GitHub's OpenAPI
    /// description, the largest we know, has about 1.5 million), of which 1 million copied by
    /// aliases (about 150 MB; the descriptions we know that use aliases copy a few hundred), and
    /// no more than 16 per byte of the text (a 64 KB text: 1 million).
    fn default() -> Self {
        Limits {
            max_depth: 256,
            max_nodes: 20_000_000,
            max_alias_nodes: 1_000_000,
            alias_nodes_per_byte: 16,
        }
    }
}

/// Where a node starts in the YAML text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// The start of every node of a document, keyed by its JSON pointer (`""` is the root,
/// `/paths/~1pets/get` a nested node).
#[derive(Debug, Clone, Default)]
pub struct Positions(HashMap<String, Position>);

impl Positions {
    /// Where the node at `pointer` starts, if it exists.
    pub fn get(&self, pointer: &str) -> Option<Position> {
        self.0.get(pointer).copied()
    }

    /// How many nodes have a position.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no node has a position.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Reads exactly one YAML document as a JSON value.
pub fn from_str(text: &str, limits: &Limits) -> Result<Value, Error> {
    Builder::new(*limits, false)
        .run(text)
        .map(|(value, _)| value)
}

/// Reads exactly one YAML document as a JSON value, with the position of every node.
pub fn from_str_with_positions(text: &str, limits: &Limits) -> Result<(Value, Positions), Error> {
    Builder::new(*limits, true).run(text)
}

/// A sequence or mapping under construction.
enum Frame {
    Seq {
        items: Vec<Value>,
        anchor: usize,
        nodes: usize,
    },
    Map {
        map: Map<String, Value>,
        key: Option<String>,
        merges: Vec<Map<String, Value>>,
        anchor: usize,
        nodes: usize,
    },
}

struct Builder {
    limits: Limits,
    stack: Vec<Frame>,
    /// Completed anchored nodes and their node counts.
    anchors: HashMap<usize, (Value, usize)>,
    nodes: usize,
    /// Nodes copied by aliases so far.
    copied: usize,
    root: Option<Value>,
    documents: usize,
    /// JSON pointer segments of the node being built (only with positions).
    path: Vec<String>,
    /// Where the key of the node about to start was (a node in a mapping is located at its key).
    key_mark: Option<Marker>,
    positions: Option<HashMap<String, Position>>,
}

fn error(mark: Marker, kind: ErrorKind) -> Error {
    Error {
        line: mark.line().max(1),
        column: mark.col() + 1,
        kind,
    }
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

impl Builder {
    fn new(limits: Limits, positions: bool) -> Self {
        Builder {
            limits,
            stack: Vec::new(),
            anchors: HashMap::new(),
            nodes: 0,
            copied: 0,
            root: None,
            documents: 0,
            path: Vec::new(),
            key_mark: None,
            positions: positions.then(HashMap::new),
        }
    }

    fn run(mut self, text: &str) -> Result<(Value, Positions), Error> {
        let alias_limit = text
            .len()
            .saturating_mul(self.limits.alias_nodes_per_byte)
            .max(MIN_ALIAS_NODES)
            .min(self.limits.max_alias_nodes);
        let mut parser = Parser::new_from_str(text);
        loop {
            let (event, mark) = parser.next_token().map_err(|e| {
                let m = *e.marker();
                error(m, ErrorKind::Syntax(e.info().to_owned()))
            })?;
            match event {
                Event::StreamEnd => break,
                Event::StreamStart | Event::Nothing | Event::DocumentEnd => {}
                Event::DocumentStart => {
                    self.documents += 1;
                    if self.documents > 1 {
                        return Err(error(mark, ErrorKind::SeveralDocuments));
                    }
                    self.anchors.clear();
                }
                Event::Scalar(text, style, anchor, tag) => {
                    if self.take_key(&text, style, mark)? {
                        continue;
                    }
                    self.note_position(mark);
                    let value = scalar::resolve(text, style, tag.as_ref());
                    self.count(1, mark)?;
                    if anchor > 0 {
                        self.anchors.insert(anchor, (value.clone(), 1));
                    }
                    self.attach(value, 1, mark)?;
                }
                Event::Alias(anchor) => {
                    let Some((value, nodes)) = self.anchors.get(&anchor) else {
                        return Err(error(mark, ErrorKind::UnknownAlias));
                    };
                    if self.expecting_key() {
                        let key = match value {
                            Value::String(s) => s.clone(),
                            Value::Array(_) | Value::Object(_) => {
                                return Err(error(mark, ErrorKind::ComplexKey))
                            }
                            other => other.to_string(),
                        };
                        self.set_key(key, mark)?;
                        continue;
                    }
                    // Counted before the copy is made: a copy refused costs nothing.
                    let nodes = *nodes;
                    self.copied = self.copied.saturating_add(nodes);
                    if self.copied > alias_limit {
                        return Err(error(mark, ErrorKind::TooManyAliasNodes(alias_limit)));
                    }
                    self.count(nodes, mark)?;
                    let value = self.anchors[&anchor].0.clone();
                    self.note_position(mark);
                    self.attach(value, nodes, mark)?;
                }
                Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                    if self.expecting_key() {
                        return Err(error(mark, ErrorKind::ComplexKey));
                    }
                    if self.stack.len() >= self.limits.max_depth {
                        return Err(error(mark, ErrorKind::TooDeep(self.limits.max_depth)));
                    }
                    self.note_position(mark);
                    self.count(1, mark)?;
                    let frame = if matches!(event, Event::SequenceStart(..)) {
                        Frame::Seq {
                            items: Vec::new(),
                            anchor,
                            nodes: 1,
                        }
                    } else {
                        Frame::Map {
                            map: Map::new(),
                            key: None,
                            merges: Vec::new(),
                            anchor,
                            nodes: 1,
                        }
                    };
                    self.stack.push(frame);
                    if self.positions.is_some() {
                        self.path_enter();
                    }
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let Some(frame) = self.stack.pop() else {
                        return Err(error(
                            mark,
                            ErrorKind::Syntax("unbalanced collection end".into()),
                        ));
                    };
                    if self.positions.is_some() {
                        self.path.pop();
                    }
                    let (value, anchor, nodes) = match frame {
                        Frame::Seq {
                            items,
                            anchor,
                            nodes,
                        } => (Value::Array(items), anchor, nodes),
                        Frame::Map {
                            mut map,
                            merges,
                            anchor,
                            nodes,
                            ..
                        } => {
                            for merged in merges {
                                for (k, v) in merged {
                                    map.entry(k).or_insert(v);
                                }
                            }
                            (Value::Object(map), anchor, nodes)
                        }
                    };
                    if anchor > 0 {
                        self.anchors.insert(anchor, (value.clone(), nodes));
                    }
                    self.attach(value, nodes, mark)?;
                }
            }
        }
        let Some(root) = self.root.take() else {
            return Err(Error {
                line: 1,
                column: 1,
                kind: ErrorKind::Empty,
            });
        };
        Ok((root, Positions(self.positions.unwrap_or_default())))
    }

    fn count(&mut self, n: usize, mark: Marker) -> Result<(), Error> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes > self.limits.max_nodes {
            return Err(error(mark, ErrorKind::TooManyNodes(self.limits.max_nodes)));
        }
        Ok(())
    }

    fn expecting_key(&self) -> bool {
        matches!(self.stack.last(), Some(Frame::Map { key: None, .. }))
    }

    /// When a mapping waits for a key, takes the scalar as that key and returns true.
    fn take_key(&mut self, text: &str, style: TScalarStyle, mark: Marker) -> Result<bool, Error> {
        if !self.expecting_key() {
            return Ok(false);
        }
        let key = if style == TScalarStyle::Plain && text == "<<" {
            MERGE_KEY.to_owned()
        } else {
            text.to_owned()
        };
        self.set_key(key, mark)?;
        Ok(true)
    }

    fn set_key(&mut self, key: String, mark: Marker) -> Result<(), Error> {
        if let Some(Frame::Map { map, key: slot, .. }) = self.stack.last_mut() {
            if key != MERGE_KEY && map.contains_key(&key) {
                return Err(error(mark, ErrorKind::DuplicateKey(key)));
            }
            if self.positions.is_some() {
                if let Some(last) = self.path.last_mut() {
                    *last = escape(&key);
                }
                self.key_mark = Some(mark);
            }
            *slot = Some(key);
        }
        Ok(())
    }

    fn path_enter(&mut self) {
        self.path.push(String::new());
        if let Some(Frame::Seq { .. }) = self.stack.last() {
            self.path_set_index(0);
        }
    }

    fn path_set_index(&mut self, index: usize) {
        if let Some(last) = self.path.last_mut() {
            *last = index.to_string();
        }
    }

    fn note_position(&mut self, mark: Marker) {
        let mark = self.key_mark.take().unwrap_or(mark);
        let Some(positions) = self.positions.as_mut() else {
            return;
        };
        let mut pointer = String::new();
        for segment in &self.path {
            pointer.push('/');
            pointer.push_str(segment);
        }
        positions.insert(
            pointer,
            Position {
                line: mark.line().max(1),
                column: mark.col() + 1,
            },
        );
    }

    /// Puts a finished node into its parent (or makes it the root).
    fn attach(&mut self, value: Value, nodes: usize, mark: Marker) -> Result<(), Error> {
        match self.stack.last_mut() {
            None => {
                self.root = Some(value);
            }
            Some(Frame::Seq {
                items,
                nodes: total,
                ..
            }) => {
                items.push(value);
                *total = total.saturating_add(nodes);
                let next = items.len();
                if self.positions.is_some() {
                    self.path_set_index(next);
                }
            }
            Some(Frame::Map {
                map,
                key,
                merges,
                nodes: total,
                ..
            }) => {
                let Some(k) = key.take() else {
                    return Err(error(mark, ErrorKind::ComplexKey));
                };
                *total = total.saturating_add(nodes);
                if k == MERGE_KEY {
                    match value {
                        Value::Object(m) => merges.push(m),
                        Value::Array(list) => {
                            for item in list {
                                match item {
                                    Value::Object(m) => merges.push(m),
                                    _ => return Err(error(mark, ErrorKind::BadMerge)),
                                }
                            }
                        }
                        _ => return Err(error(mark, ErrorKind::BadMerge)),
                    }
                } else {
                    map.insert(k, value);
                }
            }
        }
        Ok(())
    }
}

/// Stands for the merge key `<<` while a mapping is built (a key no YAML text can spell).
const MERGE_KEY: &str = "\u{0}<<merge>>";

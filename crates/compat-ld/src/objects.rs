//! Parsed objects, shared by every check of one run: each file is mapped and
//! parsed once, whatever number of programs load it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use compat_elf::{ElfAbi, ReadOptions, Symbol};
use rustc_hash::FxHashMap;

/// A parsed ELF object with a symbol index for binding.
#[derive(Debug)]
pub struct Object {
    /// Dense id within the run.
    pub id: usize,
    /// Canonical path (identity: ld.so compares device and inode).
    pub canonical: PathBuf,
    /// The ABI.
    pub abi: ElfAbi,
    defs: OnceLock<FxHashMap<std::sync::Arc<str>, Vec<u32>>>,
}

impl Object {
    /// Definitions named `name`, as indices into `abi.symbols`.
    pub fn defs(&self, name: &str) -> &[u32] {
        let map = self.defs.get_or_init(|| {
            let mut m: FxHashMap<std::sync::Arc<str>, Vec<u32>> = FxHashMap::default();
            for (i, s) in self.abi.symbols.iter().enumerate() {
                m.entry(s.name.clone()).or_default().push(i as u32);
            }
            m
        });
        map.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// True when [`Object::defs`] has built its index (so probing it is cheap).
    pub(crate) fn has_defs_index(&self) -> bool {
        self.defs.get().is_some()
    }

    /// The symbol at `index`.
    pub fn symbol(&self, index: u32) -> &Symbol {
        &self.abi.symbols[index as usize]
    }

    /// True when the object defines version `name` (the BASE entry counts, as in ld.so).
    pub fn defines_version(&self, name: &str) -> bool {
        self.abi.version_definitions.iter().any(|v| v.name == name)
    }

    /// The version definition with this index exists (ld.so then compares names).
    pub fn has_version_index(&self, index: u16) -> bool {
        self.abi
            .version_definitions
            .iter()
            .any(|v| v.index == index)
    }
}

type Slot = Arc<OnceLock<Result<Arc<Object>, String>>>;

/// The per-run object store.
#[derive(Default)]
pub(crate) struct Objects {
    slots: Mutex<FxHashMap<PathBuf, Slot>>,
    next_id: std::sync::atomic::AtomicUsize,
}

impl Objects {
    /// Parses `path` once (by canonical path); errors are one line without the path.
    pub fn get(&self, path: &Path) -> Result<Arc<Object>, String> {
        let canonical = std::fs::canonicalize(path).map_err(|e| e.to_string())?;
        let slot = {
            let mut slots = self.slots.lock().expect("object store lock");
            slots.entry(canonical.clone()).or_default().clone()
        };
        slot.get_or_init(|| {
            // Only real ELF files take part in loading (dumps lack loader facts).
            let input = compat_elf::Input::open(&canonical).map_err(|e| e.to_string())?;
            let abi = input
                .parse_elf(ReadOptions {
                    demangle: false,
                    unsorted: true,
                })
                .map_err(|e| {
                    let msg = e.to_string();
                    let prefix = format!("{}: ", canonical.display());
                    msg.strip_prefix(&prefix).unwrap_or(&msg).to_owned()
                })?;
            let id = self
                .next_id
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            Ok(Arc::new(Object {
                id,
                canonical,
                abi,
                defs: OnceLock::new(),
            }))
        })
        .clone()
    }
}

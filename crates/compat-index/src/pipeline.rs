//! Reading and writing at once: worker threads read the files (each takes
//! the next one of the list, so they finish nearly in the list's order)
//! while the calling thread writes what was read, in the list's order, a
//! group of files at a time. The channel between them is bounded, so the
//! facts read and not yet written are bounded too.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// How many files the writer writes at once (its multi-row statements fill
/// up across files).
const GROUP: usize = 64;

/// How many files read may wait in the channel.
const QUEUED: usize = 256;

/// Calls `read(i)` for every `i < n` on `threads` worker threads and
/// `write(group)` on the calling thread with the results in the order of
/// `i`, [`GROUP`] at a time; stops at the first error of `write`.
pub fn read_and_write<T: Send, E>(
    n: usize,
    threads: usize,
    read: impl Fn(usize) -> T + Sync,
    mut write: impl FnMut(Vec<T>) -> Result<(), E>,
) -> Result<(), E> {
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::sync_channel::<(usize, T)>(QUEUED);
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            let send = send.clone();
            let (next, read) = (&next, &read);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                // The writer has gone (an error) or everything is taken.
                if i >= n || send.send((i, read(i))).is_err() {
                    break;
                }
            });
        }
        drop(send);
        // Results that came before their turn.
        let mut early: BTreeMap<usize, T> = BTreeMap::new();
        let mut due = 0;
        let mut group = Vec::with_capacity(GROUP);
        for (i, t) in receive {
            early.insert(i, t);
            while let Some(t) = early.remove(&due) {
                group.push(t);
                due += 1;
                if group.len() == GROUP || due == n {
                    write(std::mem::replace(&mut group, Vec::with_capacity(GROUP)))?;
                }
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_everything_in_order_in_groups() {
        for n in [0usize, 1, 63, 64, 65, 1000] {
            let mut seen = Vec::new();
            let mut groups = 0;
            read_and_write(
                n,
                3,
                |i| {
                    if i % 7 == 0 {
                        std::thread::sleep(std::time::Duration::from_micros(200));
                    }
                    i * 2
                },
                |g: Vec<usize>| -> Result<(), ()> {
                    assert!(g.len() <= GROUP && !g.is_empty());
                    groups += 1;
                    seen.extend(g);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(seen, (0..n).map(|i| i * 2).collect::<Vec<_>>());
            assert_eq!(groups, n.div_ceil(GROUP));
        }
    }

    #[test]
    fn stops_at_the_first_error_of_the_writer() {
        let read = AtomicUsize::new(0);
        let r = read_and_write(
            100_000,
            2,
            |i| {
                read.fetch_add(1, Ordering::Relaxed);
                i
            },
            |_g: Vec<usize>| Err("full"),
        );
        assert_eq!(r, Err("full"));
        assert!(read.load(Ordering::Relaxed) < 100_000);
    }
}

//! The widget's memory allocator in the browser: blocks in power-of-two size classes, one
//! free list per class.
//!
//! Rust's default allocator on `wasm32-unknown-unknown` (dlmalloc) weighs about 3.5 KB gzip,
//! more than a twentieth of the download, and buys what a widget does not need: splitting
//! and merging blocks to serve long-running programs with mixed sizes. Here every request is
//! rounded up to a power of two; a freed block goes onto the list of its class and serves
//! the next request of that class; a class with an empty list takes fresh memory from the
//! end of the heap. Every operation is a few instructions. The price is up to half of each
//! block unused, and memory the widget used at its busiest stays reserved for it, which for
//! a widget that re-renders the same tree over and over is what it will need again
//! (`tests/allocator.rs` checks that memory stops growing).
//!
//! WebAssembly modules without the `atomics` feature run on one thread, so the allocator
//! keeps its state without locks.

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::cell::UnsafeCell;
use core::ptr;

const PAGE: usize = 65_536;
/// The smallest class, 8 bytes, holds the free list's link.
const MIN_CLASS: u32 = 3;
/// Classes up to 2^31 bytes, all that 32-bit memory allows.
const CLASSES: usize = usize::BITS as usize;
/// Blocks start on a multiple of their size, up to a page; alignments above that are refused.
const MAX_ALIGN: usize = PAGE;

pub struct SizeClasses {
    state: UnsafeCell<State>,
}

struct State {
    /// Address of the first free block of each class, 0 for none; each free block starts
    /// with the address of the next.
    free: [usize; CLASSES],
    /// Fresh memory runs from `next` to `end` (both 0 until the first request).
    next: usize,
    end: usize,
}

// SAFETY: one thread (see the module comment).
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    pub const fn new() -> Self {
        SizeClasses {
            state: UnsafeCell::new(State {
                free: [0; CLASSES],
                next: 0,
                end: 0,
            }),
        }
    }
}

impl Default for SizeClasses {
    fn default() -> Self {
        Self::new()
    }
}

/// The class of a request: log2 of the smallest power of two that holds its size and its
/// alignment.
fn class_of(layout: Layout) -> usize {
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    (usize::BITS - (size - 1).leading_zeros()) as usize
}

impl State {
    /// A block of `class` from fresh memory, growing the heap when needed; null when the
    /// browser refuses more memory.
    fn fresh(&mut self, class: usize) -> *mut u8 {
        if self.end == 0 {
            self.end = wasm32::memory_size(0) * PAGE;
            self.next = self.end;
        }
        let size = 1usize << class;
        let align = size.min(MAX_ALIGN);
        let Some(start) = self.next.checked_add(align - 1).map(|a| a & !(align - 1)) else {
            return ptr::null_mut();
        };
        let Some(end) = start.checked_add(size) else {
            return ptr::null_mut();
        };
        if end > self.end {
            let pages = (end - self.end).div_ceil(PAGE);
            if wasm32::memory_grow(0, pages) == usize::MAX {
                return ptr::null_mut();
            }
            self.end += pages * PAGE;
        }
        self.next = end;
        start as *mut u8
    }
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let class = class_of(layout);
        if class >= CLASSES || layout.align() > MAX_ALIGN {
            return ptr::null_mut();
        }
        // SAFETY: one thread, and no call below re-enters the allocator.
        let state = unsafe { &mut *self.state.get() };
        match state.free[class] {
            0 => state.fresh(class),
            block => {
                // SAFETY: a free block of this class starts with the next one's address.
                state.free[class] = unsafe { *(block as *const usize) };
                block as *mut u8
            }
        }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let class = class_of(layout);
        // SAFETY: one thread; `block` came from `alloc` with this layout, so it is at least 8
        // bytes long, aligned for a `usize`, and ours again.
        let state = unsafe { &mut *self.state.get() };
        unsafe { *(block as *mut usize) = state.free[class] };
        state.free[class] = block as usize;
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY (of the layout): the caller guarantees `new_size`, rounded up to the
        // alignment, does not overflow.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // A block that still fits its class stays where it is.
        if class_of(new_layout) == class_of(layout) {
            return block;
        }
        // SAFETY: as for `alloc` and `dealloc`; the old block is valid for `layout.size()`.
        unsafe {
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            moved
        }
    }
}

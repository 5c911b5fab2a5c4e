//! The widget's allocator (lol_alloc, see src/lib.rs), which every test module built for the browser
//! uses too: blocks of every size and alignment Rust asks for, kept apart, and reused.
#![cfg(target_arch = "wasm32")]

use std::alloc::{alloc, dealloc, realloc, Layout};

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// Make sure the library, and with it its global allocator, is linked in.
use deal_explainer as _;

const SIZES: [usize; 12] = [1, 3, 8, 9, 24, 100, 255, 256, 1000, 4097, 70_000, 300_000];
const ALIGNS: [usize; 6] = [1, 2, 8, 16, 256, 4096];

fn layouts() -> impl Iterator<Item = Layout> {
    SIZES.into_iter().flat_map(|size| {
        ALIGNS
            .into_iter()
            .map(move |align| Layout::from_size_align(size, align).unwrap())
    })
}

/// Allocates a block per layout and fills each with its own byte.
fn fill_all() -> Vec<(*mut u8, Layout)> {
    layouts()
        .enumerate()
        .map(|(i, layout)| {
            let block = unsafe { alloc(layout) };
            assert!(!block.is_null(), "{layout:?} allocated");
            assert_eq!(block as usize % layout.align(), 0, "{layout:?} aligned");
            unsafe { block.write_bytes(i as u8, layout.size()) };
            (block, layout)
        })
        .collect()
}

fn assert_intact(blocks: &[(*mut u8, Layout)]) {
    for (i, &(block, layout)) in blocks.iter().enumerate() {
        let bytes = unsafe { std::slice::from_raw_parts(block, layout.size()) };
        assert!(
            bytes.iter().all(|&b| b == i as u8),
            "{layout:?} overwritten by another block"
        );
    }
}

#[wasm_bindgen_test]
fn blocks_are_aligned_apart_and_freed_memory_is_used_again() {
    // Round after round, every size and alignment allocated and freed: once the allocator
    // has what the first rounds needed, later rounds take no more memory.
    let pages = || core::arch::wasm32::memory_size(0);
    let mut after_round = Vec::new();
    for _ in 0..8 {
        let blocks = fill_all();
        assert_intact(&blocks);
        for (block, layout) in blocks {
            unsafe { dealloc(block, layout) };
        }
        after_round.push(pages());
    }
    assert!(
        after_round[2..].iter().all(|&p| p == after_round[2]),
        "memory keeps growing: {after_round:?} pages of 64 KiB after each round"
    );
}

#[wasm_bindgen_test]
fn growing_a_block_keeps_its_contents() {
    let layout = Layout::from_size_align(10, 1).unwrap();
    let mut block = unsafe { alloc(layout) };
    unsafe { block.copy_from(b"0123456789".as_ptr(), 10) };
    let mut size = 10;
    for new_size in [12, 16, 17, 1000, 100_000, 40] {
        block = unsafe { realloc(block, Layout::from_size_align(size, 1).unwrap(), new_size) };
        assert!(!block.is_null());
        let kept = unsafe { std::slice::from_raw_parts(block, 10) };
        assert_eq!(
            kept, b"0123456789",
            "contents kept growing {size} → {new_size}"
        );
        size = new_size;
    }
    unsafe { dealloc(block, Layout::from_size_align(size, 1).unwrap()) };
}

#[wasm_bindgen_test]
fn strings_and_collections_work_as_ever() {
    let words: Vec<String> = (0..2000).map(|i| format!("word {i}")).collect();
    let joined = words.join(" ");
    assert!(joined.starts_with("word 0 word 1") && joined.ends_with("word 1999"));
    let mut sorted = words.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 2000);
}

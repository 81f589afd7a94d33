//! The state tax engine: every counted state's income tax tables and rules, and the federal
//! return they read, compiled to a wasm module of its own (without the `page` feature), which the
//! page loads on demand (`engine.js`, made by `scripts/engine.mjs`); the page's own wasm carries
//! none of them. One call computes a household's state returns with and without the offer: the
//! page writes the input into the numbers at `io()`, calls `run()`, and reads the output back
//! (`offer_compare::model::tax::state::engine`).
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(target_arch = "wasm32")]
mod exports {
    use offer_compare::model::tax::state::engine::{run as run_engine, IO_LEN};

    /// The numbers of one call, in and out.
    struct Io(std::cell::UnsafeCell<[f64; IO_LEN]>);
    // The module has one thread.
    unsafe impl Sync for Io {}
    static IO: Io = Io(std::cell::UnsafeCell::new([0.0; IO_LEN]));

    /// Where the page writes the input and reads the output.
    #[no_mangle]
    pub extern "C" fn io() -> *mut f64 {
        IO.0.get().cast()
    }

    /// Computes the returns of the household at `io()`: 1 where the place has a table, else 0.
    #[no_mangle]
    pub extern "C" fn run() -> u32 {
        // Safety: one thread, and the page reads and writes `io()` only between calls.
        u32::from(run_engine(unsafe { &mut *IO.0.get() }))
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The state tax engine is a wasm module: scripts/engine.mjs builds it.");
}

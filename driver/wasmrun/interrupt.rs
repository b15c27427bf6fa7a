//! Ctrl-C, SIGTERM and SIGHUP end the run through the normal path, so the
//! browser (which runs in its own process group and so does not see the
//! terminal's Ctrl-C) is killed and its profile removed.

use std::ffi::c_int;
use std::sync::atomic::{AtomicI32, Ordering};

const SIGHUP: c_int = 1;
const SIGINT: c_int = 2;
const SIGTERM: c_int = 15;

static RECEIVED: AtomicI32 = AtomicI32::new(0);

extern "C" {
    fn signal(sig: c_int, handler: extern "C" fn(c_int)) -> usize;
}

extern "C" fn on_signal(sig: c_int) {
    // Only an atomic store: nothing else is safe in a signal handler.
    RECEIVED.store(sig, Ordering::SeqCst);
}

/// Starts catching the signals.
pub fn install() {
    for sig in [SIGHUP, SIGINT, SIGTERM] {
        // SAFETY: the handler only stores to an atomic.
        unsafe {
            signal(sig, on_signal);
        }
    }
}

/// The signal that asked the run to stop, if one did.
pub fn requested() -> Option<i32> {
    match RECEIVED.load(Ordering::SeqCst) {
        0 => None,
        sig => Some(sig),
    }
}

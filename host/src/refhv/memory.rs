//! (being written) per-family model.

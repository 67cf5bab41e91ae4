//! Runnable examples of hvlink as a whole (grant batches, compatible toolstacks, async
//! userspace calls, the FastABI path) arrive with the crates they use; the bare-metal KVM guest
//! payload will live in `examples/kvm-guest/`. Codec examples sit in `codec/examples/`.

//! The `stegvis` command: everything is in `stegvis::cli`.

/// mimalloc, for its speed (Cargo.toml says what it costs). The library
/// and its tests keep the system's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    stegvis::cli::main()
}

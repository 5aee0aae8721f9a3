//! The `stegvis` command: everything is in `stegvis::cli`.

fn main() -> std::process::ExitCode {
    stegvis::cli::main()
}

//! `deal-site publish BUILD OUT`: the build folder as a static host or CDN publishes it
//! (hashed names, precompressed copies, `_headers`).
//! `deal-site serve DIR`: serves a published folder on 127.0.0.1, port `PORT` (default 8080),
//! with the same headers a host would send.

mod headers;
mod publish;
mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: deal-site publish BUILD OUT\n       deal-site serve DIR   (PORT=8080)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["publish", build, out] => match publish::publish(build.as_ref(), out.as_ref()) {
            Ok(published) => {
                let hashed = published.names.iter().filter(|(a, b)| a != b).count();
                println!(
                    "published {} files ({hashed} with hashed names) into {out}",
                    published.names.len()
                );
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("deal-site publish: {error}");
                ExitCode::FAILURE
            }
        },
        ["serve", dir] => {
            let port = match std::env::var("PORT").ok().map(|p| p.parse::<u16>()) {
                None => 8080,
                Some(Ok(port)) => port,
                Some(Err(_)) => {
                    eprintln!("deal-site serve: PORT must be a number from 0 to 65535");
                    return ExitCode::FAILURE;
                }
            };
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime on this thread");
            match runtime.block_on(serve::serve(PathBuf::from(dir), port)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("deal-site serve: {error}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::FAILURE
        }
    }
}

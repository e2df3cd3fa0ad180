//! Online OpenStreetMap tiles: only when the user turns them on, because the
//! tile server then learns which areas an investigator is looking at.

use walkers::sources::OpenStreetMap;
use walkers::{HeaderValue, HttpOptions, HttpTiles};

/// `cache`: the folder tiles are kept in (`None`: not kept on disk).
pub fn online_tiles(ctx: &egui::Context, cache: Option<std::path::PathBuf>) -> HttpTiles {
    // walkers' HTTP client is built without a TLS crypto provider; install
    // ring's once (a second install is refused harmlessly).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let options = HttpOptions {
        cache,
        user_agent: Some(HeaderValue::from_static(concat!(
            "Corridor/",
            env!("CARGO_PKG_VERSION"),
            " (offline-first evidence mapping desktop app)"
        ))),
        ..HttpOptions::default()
    };
    HttpTiles::with_options(OpenStreetMap, options, ctx.clone())
}

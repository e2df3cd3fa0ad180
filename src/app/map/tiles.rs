//! Online OpenStreetMap tiles: only when the user turns them on, because the
//! tile server then learns which areas an investigator is looking at.

use walkers::sources::OpenStreetMap;
use walkers::{HeaderValue, HttpOptions, HttpTiles};

pub fn online_tiles(ctx: &egui::Context) -> HttpTiles {
    // walkers' HTTP client is built without a TLS crypto provider; install
    // ring's once (a second install is refused harmlessly).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let cache = crate::config::cache_dir().map(|d| d.join("osm-tiles"));
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

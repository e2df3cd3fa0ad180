//! The core's screen transform for the map as walkers currently shows it.

use egui::{Painter, Rect, Ui};
use walkers::Projector;

use corridor_core::geometry::mercator::project;
use corridor_core::scene::transform::ScreenTransform;

/// Exact for Web Mercator: the view is a scale and an offset of world coordinates.
pub fn screen_transform(projector: &Projector<'_>) -> ScreenTransform {
    let rect = projector.clip_rect();
    let center = projector.unproject(rect.center().to_vec2());
    let world = project(center.y(), center.x());
    let mut transform = ScreenTransform::centered(
        world,
        projector.zoom(),
        [f64::from(rect.width()), f64::from(rect.height())],
    );
    transform.origin_px[0] += f64::from(rect.min.x);
    transform.origin_px[1] += f64::from(rect.min.y);
    transform
}

/// What every map layer starts with: a painter clipped to the map (plugins
/// are not clipped by walkers), the map's rectangle, and the transform.
pub fn layer_painter(ui: &Ui, projector: &Projector<'_>) -> (Painter, Rect, ScreenTransform) {
    let clip = projector.clip_rect();
    (
        ui.painter().with_clip_rect(clip),
        clip,
        screen_transform(projector),
    )
}

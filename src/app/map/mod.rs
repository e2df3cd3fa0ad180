//! The map: walkers with one plugin per layer, over a basemap drawn by
//! Corridor itself, so nothing is fetched unless online tiles are turned on.

mod annotation_layer;
mod basemap_layer;
mod flow_layer;
mod label_layer;
mod lasso;
mod overlay;
mod projection;
mod scale_bar;
mod selection;
mod symbol_layer;
mod tiles;

use egui::Ui;
use walkers::{Map, MapMemory, lat_lon};

use super::colors::color32;
use super::commands::Command;
use super::corridor_app::CorridorApp;
use super::settings::MapView;
use crate::geometry::mercator::{WorldPoint, unproject};
use crate::scene::data_bounds;
use crate::scene::hit::hit_test;
use crate::scene::style::palette;
use crate::scene::transform::{ScreenTransform, fit_bounds};

pub use projection::screen_transform;

/// Closest and farthest zoom the map allows.
pub const MIN_ZOOM: f64 = 2.0;
pub const MAX_ZOOM: f64 = 16.0;

/// The map widget's state that lives between frames.
pub struct MapState {
    pub memory: MapMemory,
    /// Frame the data at the next frame (the viewport size is known then).
    pub fit_pending: bool,
    /// Frame these world bounds at the next frame (a chosen corridor).
    pub fit_target: Option<(WorldPoint, WorldPoint)>,
    tiles: Option<walkers::HttpTiles>,
    /// The transform of the last frame, for tests and exports.
    pub last_transform: Option<ScreenTransform>,
    /// The map's size at the last frame, for image exports of the view.
    pub last_size_px: Option<[f32; 2]>,
    /// Frame this at the next frame (a picked search result).
    pub focus_pending: Option<crate::search::SearchTarget>,
    /// The box or lasso being drawn.
    pub lasso: Option<lasso::LassoDrag>,
}

impl MapState {
    pub fn new(view: MapView) -> Self {
        let mut memory = MapMemory::default();
        memory.center_at(lat_lon(view.center_lat_deg, view.center_lon_deg));
        // Out-of-range zooms from an old settings file fall back to the default.
        if memory
            .set_zoom(view.zoom.clamp(MIN_ZOOM, MAX_ZOOM))
            .is_err()
        {
            let _ = memory.set_zoom(MapView::default().zoom);
        }
        Self {
            memory,
            fit_pending: false,
            fit_target: None,
            tiles: None,
            last_transform: None,
            last_size_px: None,
            focus_pending: None,
            lasso: None,
        }
    }

    pub fn view(&self) -> MapView {
        let center = self.memory.detached().unwrap_or_else(|| {
            lat_lon(
                MapView::default().center_lat_deg,
                MapView::default().center_lon_deg,
            )
        });
        MapView {
            center_lat_deg: center.y(),
            center_lon_deg: center.x(),
            zoom: self.memory.zoom(),
        }
    }

    pub fn zoom_by(&mut self, delta: f64) {
        let zoom = (self.memory.zoom() + delta).clamp(MIN_ZOOM, MAX_ZOOM);
        let _ = self.memory.set_zoom(zoom);
    }

    /// Whether an online tile client exists (it is created only when the
    /// user turns online tiles on).
    pub fn has_tiles(&self) -> bool {
        self.tiles.is_some()
    }

    pub fn drop_tiles(&mut self) {
        self.tiles = None;
    }
}

pub fn map_ui(ui: &mut Ui, app: &mut CorridorApp) {
    let rect = ui.available_rect_before_wrap();
    if (app.map.fit_pending || app.map.fit_target.is_some()) && rect.width() > 50.0 {
        fit_to_data(app, rect);
    }
    if rect.width() > 50.0
        && let Some(target) = app.map.focus_pending.take()
    {
        focus_on(&mut app.map, rect, target);
    }
    let presenting = app.briefing_ui.is_presenting();
    let drawing_arrow =
        app.briefing_ui.tool == Some(crate::app::briefing_ui::AnnotationTool::Arrow);
    let selecting = lasso::wants_pointer(ui, app.map.lasso.as_ref()) || drawing_arrow;
    let arrow_preview = annotation_layer::arrow_preview(
        &app.briefing_ui,
        ui.input(|i| i.pointer.hover_pos()),
        app.map.last_transform.as_ref(),
    );
    let colors = palette(app.settings.theme);
    ui.painter().rect_filled(rect, 0.0, color32(colors.water));

    if app.settings.online_tiles && app.map.tiles.is_none() {
        app.map.tiles = Some(tiles::online_tiles(ui.ctx()));
    }
    let online = app.settings.online_tiles;
    let default_center = MapView::default();
    let CorridorApp {
        map,
        view,
        settings,
        selection,
        selection_mask,
        hover,
        briefing,
        briefing_ui,
        ..
    } = app;
    let tiles: Option<&mut dyn walkers::Tiles> = if online {
        map.tiles.as_mut().map(|t| t as &mut dyn walkers::Tiles)
    } else {
        None
    };
    let basemap = crate::basemap::shared();
    let mut map_widget = Map::new(
        tiles,
        &mut map.memory,
        lat_lon(default_center.center_lat_deg, default_center.center_lon_deg),
    )
    .zoom_with_ctrl(false)
    .double_click_to_zoom(true)
    .drag_pan_buttons(if selecting {
        egui::DragPanButtons::empty()
    } else {
        egui::DragPanButtons::PRIMARY
    });
    if let Some(basemap) = basemap {
        map_widget = map_widget.with_plugin(basemap_layer::BasemapLayer {
            basemap,
            palette: colors,
            online_tiles: online,
        });
    }
    map_widget = map_widget
        .with_plugin(flow_layer::FlowLayer {
            scene: &view.scene,
            summary: &view.summary,
            selection,
            mask: selection_mask,
            hover: *hover,
            halo: color32(colors.highlight),
        })
        .with_plugin(symbol_layer::SymbolLayer {
            scene: &view.scene,
            mask: selection_mask,
            hover: *hover,
            highlight: color32(colors.highlight),
        });
    if let Some(basemap) = basemap {
        map_widget = map_widget.with_plugin(label_layer::LabelLayer {
            basemap,
            palette: colors,
            city_labels: settings.show_city_labels,
            ports: settings.show_ports,
        });
    }
    map_widget = map_widget.with_plugin(annotation_layer::AnnotationLayer {
        annotations: &briefing.annotations,
        selected: briefing_ui.selected_annotation,
        palette: colors,
        preview: arrow_preview,
    });
    let inner = map_widget.show(ui, |_ui, response, projector, _memory| {
        let transform = screen_transform(projector);
        let hit = response
            .hover_pos()
            .and_then(|p| hit_test(&view.scene, &transform, [p.x, p.y]));
        (transform, hit)
    });
    let (transform, hit) = inner.inner;
    let response = inner.response;
    app.map.last_transform = Some(transform);
    app.map.last_size_px = Some([response.rect.width(), response.rect.height()]);
    app.hover = hit;
    if hit.is_some() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    let mut commands = Vec::new();
    let annotation_used = !presenting
        && annotation_layer::annotation_input_ui(
            ui,
            &response,
            &mut app.briefing_ui,
            &app.briefing.annotations,
            &transform,
            &colors,
            &mut commands,
        );
    let over_annotation = !presenting
        && app.briefing_ui.tool.is_none()
        && response.hover_pos().is_some_and(|p| {
            annotation_layer::annotation_at(ui, &app.briefing.annotations, &transform, p, &colors)
                .is_some()
        });
    if over_annotation || app.briefing_ui.tool.is_some() {
        ui.ctx().set_cursor_icon(if over_annotation {
            egui::CursorIcon::PointingHand
        } else {
            egui::CursorIcon::Crosshair
        });
    }
    lasso::lasso_ui(
        ui,
        &response,
        &mut app.map.lasso,
        &app.view.scene,
        &transform,
        color32(colors.highlight),
        &mut commands,
    );
    if response.clicked() && !annotation_used {
        let shift = ui.input(|i| i.modifiers.shift);
        commands.push(match (hit, shift) {
            (Some(hit), true) => Command::SelectAdd(hit),
            (hit, _) => Command::Select(hit),
        });
    }
    if let Some(hit) = hit
        && !response.dragged()
        && app.map.lasso.is_none()
        && app.briefing_ui.tool.is_none()
        && !over_annotation
        && let Some(level) = app.view.level()
    {
        egui::Tooltip::for_widget(&response)
            .at_pointer()
            .show(|ui| {
                super::panels::tooltip::hit_tooltip_ui(
                    ui,
                    &app.data.dataset,
                    level,
                    &app.view.summary,
                    hit,
                    app.briefing.redaction,
                )
            });
    }
    overlay::overlay_ui(ui, app, rect, &mut commands);
    for command in commands {
        app.push(command);
    }
}

fn fit_to_data(app: &mut CorridorApp, rect: egui::Rect) {
    let target = app.map.fit_target.take();
    let bounds = if std::mem::take(&mut app.map.fit_pending) {
        data_bounds(&app.data.dataset)
    } else {
        target
    };
    let Some((min, max)) = bounds else {
        return;
    };
    let (center, zoom) = fit_bounds(
        min,
        max,
        [f64::from(rect.width()), f64::from(rect.height())],
        60.0,
        12.0,
    );
    let (lat_deg, lon_deg) = unproject(center);
    app.map.memory.center_at(lat_lon(lat_deg, lon_deg));
    let _ = app.map.memory.set_zoom(zoom.clamp(MIN_ZOOM, MAX_ZOOM));
}

/// Frames a search result: a point at a close zoom, an area whole.
fn focus_on(map: &mut MapState, rect: egui::Rect, target: crate::search::SearchTarget) {
    let (center, zoom) = fit_bounds(
        target.min,
        target.max,
        [f64::from(rect.width()), f64::from(rect.height())],
        80.0,
        FOCUS_MAX_ZOOM,
    );
    let (lat_deg, lon_deg) = unproject(center);
    map.memory.center_at(lat_lon(lat_deg, lon_deg));
    let _ = map.memory.set_zoom(zoom.clamp(MIN_ZOOM, MAX_ZOOM));
}

/// How close a picked dealer or town is shown.
const FOCUS_MAX_ZOOM: f64 = 10.0;

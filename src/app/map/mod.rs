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

use corridor_core::aggregate::Selection;
use corridor_core::aggregate::selection::NodeMask;
use corridor_core::briefing::{Annotation, Redaction};
use corridor_core::config::UserFolders;
use corridor_core::model::Dataset;
use corridor_core::scene::hit::Hit;
use egui::Ui;
use walkers::{Map, MapMemory, lat_lon};

use super::briefing_ui::BriefingUi;
use super::colors::color32;
use super::commands::Command;
use super::loader::LoadJob;
use super::notice::Notice;
use super::settings::{MapView, Settings};
use super::view_model::ViewModel;
use corridor_core::geometry::mercator::{WorldPoint, unproject};
use corridor_core::scene::build::{contiguous_us_mexico, scene_bounds};
use corridor_core::scene::hit::hits_at;
use corridor_core::scene::style::palette;
use corridor_core::scene::transform::{ScreenTransform, fit_bounds};

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
    pub focus_pending: Option<corridor_core::search::SearchTarget>,
    /// The box or lasso being drawn.
    pub lasso: Option<lasso::LassoDrag>,
    /// What the pointer was over at the last frame.
    pub hover: Option<Hit>,
    /// The map size at which the user unfolded the legend although the map
    /// is small (it stays unfolded until the size changes).
    pub legend_anyway: Option<egui::Vec2>,
    /// The map's rectangle at the last frame: when a panel opens or closes
    /// the view moves with it, so what was on screen stays put.
    last_rect: Option<egui::Rect>,
    /// Whether the last frame presented.
    last_presenting: bool,
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
            hover: None,
            legend_anyway: None,
            last_rect: None,
            last_presenting: false,
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

/// What the map draws besides its own widget state.
pub struct MapContext<'a> {
    /// Theme, layers, legend, online tiles.
    pub settings: &'a Settings,
    /// The traces, for framing and tooltips.
    pub dataset: &'a Dataset,
    /// The count and scene.
    pub view: &'a ViewModel,
    /// What is selected, and its nodes at the level shown.
    pub selection: &'a Selection,
    /// The selection's nodes at the level shown.
    pub mask: &'a NodeMask,
    /// Notes, arrows and circles on the map.
    pub annotations: &'a [Annotation],
    /// Identifiers hidden in tooltips.
    pub redaction: Redaction,
    /// Where online tiles are cached.
    pub folders: &'a UserFolders,
    /// The message over the map.
    pub notice: Option<&'a Notice>,
    /// A load running, for its progress.
    pub load: Option<&'a LoadJob>,
    /// Whether widths and sizes are on the scale of all the data (chosen,
    /// or while the time bar plays).
    pub lock_scales: bool,
}

/// The map with its layers and overlays.
pub fn map_ui(
    ui: &mut Ui,
    context: &MapContext<'_>,
    map: &mut MapState,
    briefing_ui: &mut BriefingUi,
    commands: &mut Vec<Command>,
) {
    let settings = context.settings;
    let view = context.view;
    let rect = ui.available_rect_before_wrap();
    let presenting = briefing_ui.is_presenting();
    keep_content_in_place(map, rect, presenting);
    // A fit waits for the count of new data, so it frames that data.
    if (map.fit_pending || map.fit_target.is_some())
        && rect.width() > 50.0
        && !context.view.is_updating()
    {
        fit_to_data(map, context.view.scene(), rect);
    }
    if rect.width() > 50.0
        && let Some(target) = map.focus_pending.take()
    {
        focus_on(map, rect, target);
    }
    let drawing_arrow = briefing_ui.tool == Some(crate::app::briefing_ui::AnnotationTool::Arrow);
    let selecting = lasso::wants_pointer(ui, map.lasso.as_ref()) || drawing_arrow;
    let arrow_preview = annotation_layer::arrow_preview(
        briefing_ui,
        ui.input(|i| i.pointer.hover_pos()),
        map.last_transform.as_ref(),
    );
    let colors = palette(settings.theme);
    ui.painter().rect_filled(rect, 0.0, color32(colors.water));

    if settings.online_tiles && map.tiles.is_none() {
        map.tiles = Some(tiles::online_tiles(ui.ctx(), context.folders.tile_cache()));
    }
    let online = settings.online_tiles;
    let default_center = MapView::default();
    let tiles: Option<&mut dyn walkers::Tiles> = if online {
        map.tiles.as_mut().map(|t| t as &mut dyn walkers::Tiles)
    } else {
        None
    };
    let basemap = corridor_core::basemap::shared();
    let mut map_widget = Map::new(
        tiles,
        &mut map.memory,
        lat_lon(default_center.center_lat_deg, default_center.center_lon_deg),
    )
    // Zooming is Corridor's own (wheel_zoom): walkers scales a wheel
    // notch by the frame time, so one notch zoomed up to 2× on a slow
    // machine.
    .zoom_gesture(false)
    .zoom_with_ctrl(false)
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
            scene: view.scene(),
            summary: view.summary(),
            selection: context.selection,
            mask: context.mask,
            hover: map.hover,
            halo: color32(colors.highlight),
        })
        .with_plugin(symbol_layer::SymbolLayer {
            scene: view.scene(),
            mask: context.mask,
            hover: map.hover,
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
        annotations: context.annotations,
        selected: briefing_ui.selected_annotation,
        palette: colors,
        preview: arrow_preview,
    });
    let raised = selection::raised_flows(context.selection, context.mask, view.summary());
    let inner = map_widget.show(ui, |_ui, response, projector, _memory| {
        let transform = screen_transform(projector);
        let hits = response
            .hover_pos()
            .map(|p| hits_at(view.scene(), &transform, [p.x, p.y], &raised))
            .unwrap_or_default();
        (transform, hits.hit, hits.under)
    });
    let (transform, hit, under) = inner.inner;
    let response = inner.response;
    map.last_transform = Some(transform);
    map.last_size_px = Some([response.rect.width(), response.rect.height()]);
    wheel_zoom(ui, &response, map, &transform);
    map.hover = hit;
    if hit.is_some() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    let annotation_used = !presenting
        && annotation_layer::annotation_input_ui(
            ui,
            &response,
            briefing_ui,
            context.annotations,
            &transform,
            &colors,
            commands,
        );
    let over_annotation = !presenting
        && briefing_ui.tool.is_none()
        && response.hover_pos().is_some_and(|p| {
            annotation_layer::annotation_at(ui, context.annotations, &transform, p, &colors)
                .is_some()
        });
    if over_annotation || briefing_ui.tool.is_some() {
        ui.ctx().set_cursor_icon(if over_annotation {
            egui::CursorIcon::PointingHand
        } else {
            egui::CursorIcon::Crosshair
        });
    }
    lasso::lasso_ui(
        ui,
        &response,
        &mut map.lasso,
        view.scene(),
        &transform,
        color32(colors.highlight),
        commands,
    );
    // Back at work on the map: the notice over it has been read.
    if context.notice.is_some() && (response.clicked() || response.drag_started()) {
        commands.push(Command::DismissNotice);
    }
    if response.clicked() && !annotation_used {
        let shift = ui.input(|i| i.modifiers.shift);
        commands.push(match (hit, shift) {
            (Some(hit), true) => Command::SelectAdd(hit),
            (hit, _) => Command::Select(hit),
        });
    }
    if let Some(hit) = hit
        && !response.dragged()
        && map.lasso.is_none()
        && briefing_ui.tool.is_none()
        && !over_annotation
        && let Some(level) = view.level()
    {
        egui::Tooltip::for_widget(&response)
            .at_pointer()
            .show(|ui| {
                super::panels::tooltip::hit_tooltip_ui(
                    ui,
                    &super::panels::tooltip::TooltipContext {
                        dataset: context.dataset,
                        level,
                        summary: view.summary(),
                        redaction: context.redaction,
                    },
                    hit,
                    &under,
                );
            });
    }
    overlay::overlay_ui(ui, context, map, briefing_ui, rect, commands);
}

/// Zooms about the pointer: 1.25× per wheel notch whatever the frame
/// rate, pinch and Ctrl+wheel as the platform reports them, twice on a
/// double click. The wheel is consumed so no panel behind scrolls too.
fn wheel_zoom(ui: &Ui, response: &egui::Response, map: &mut MapState, transform: &ScreenTransform) {
    let Some(pointer) = response.hover_pos() else {
        return;
    };
    let notch_points = ui.ctx().options(|o| o.input_options.line_scroll_speed);
    let (scrolled, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
    let mut levels = corridor_core::scene::transform::scroll_zoom_levels(scrolled, notch_points)
        + f64::from(pinch).log2();
    if response.double_clicked_by(egui::PointerButton::Primary) {
        levels += 1.0;
    }
    if levels.abs() < 1e-6 || !levels.is_finite() {
        return;
    }
    ui.ctx()
        .input_mut(|i| i.smooth_scroll_delta = egui::Vec2::ZERO);
    let from = map.memory.zoom();
    let to = (from + levels).clamp(MIN_ZOOM, MAX_ZOOM);
    let rect = response.rect;
    let center = transform.center_zoomed_about(
        [pointer.x, pointer.y],
        [rect.center().x, rect.center().y],
        to - from,
    );
    let (lat_deg, lon_deg) = unproject(center);
    map.memory.center_at(lat_lon(lat_deg, lon_deg));
    // Clamped into the allowed range, so it cannot be refused.
    let _ = map.memory.set_zoom(to);
    ui.ctx().request_repaint();
}

/// When the map's rectangle changed since the last frame (a panel opened,
/// folded or was resized) the view moves by the change of the rectangle's
/// centre, so every place stays where it was on screen rather than the
/// whole map jumping by half the panel's width.
///
/// Entering or leaving a presentation keeps the centre instead: a slide is
/// framed on its view.
fn keep_content_in_place(map: &mut MapState, rect: egui::Rect, presenting: bool) {
    let last = map.last_rect.replace(rect);
    let was_presenting = std::mem::replace(&mut map.last_presenting, presenting);
    let fitting = map.fit_pending
        || map.fit_target.is_some()
        || map.focus_pending.is_some()
        || presenting
        || was_presenting;
    let (Some(last), Some(transform)) = (last, map.last_transform) else {
        return;
    };
    if fitting || last == rect || last.width() <= 50.0 || rect.width() <= 50.0 {
        return;
    }
    // The place now under the new centre was drawn there last frame.
    let center = transform.to_world([rect.center().x, rect.center().y]);
    let (lat_deg, lon_deg) = unproject(center);
    map.memory.center_at(lat_lon(lat_deg, lon_deg));
}

/// Frames the chosen target, or what the map draws (the contiguous US and
/// Mexico when it draws nothing).
fn fit_to_data(map: &mut MapState, scene: &corridor_core::scene::Scene, rect: egui::Rect) {
    let target = map.fit_target.take();
    let bounds = if std::mem::take(&mut map.fit_pending) {
        Some(scene_bounds(scene).unwrap_or_else(contiguous_us_mexico))
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
    map.memory.center_at(lat_lon(lat_deg, lon_deg));
    // Clamped into the allowed range, so it cannot be refused.
    let _ = map.memory.set_zoom(zoom.clamp(MIN_ZOOM, MAX_ZOOM));
}

/// Frames a search result: a point at a close zoom, an area whole.
fn focus_on(map: &mut MapState, rect: egui::Rect, target: corridor_core::search::SearchTarget) {
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

/// How close a picked dealer or town is shown: its region around it (a
/// state or two across), not its street.
const FOCUS_MAX_ZOOM: f64 = 7.0;

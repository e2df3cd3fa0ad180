//! The networks table: purchasers linked by shared cases, seizures and
//! addresses, largest first; a click shows only that network's flows.

use egui::Ui;
use egui_extras::{Column, TableBuilder};

use super::table_cells::{ColumnSort, sort_header_ui};
use crate::app::background::{Background, RunOn};
use crate::app::commands::Command;
use crate::app::data::LoadedData;
use crate::app::format::thousands;
use crate::tr;
use corridor_core::briefing::Redaction;
use corridor_core::i18n::calendar;
use corridor_core::investigate::link_chart::{LinkChart, link_chart};
use corridor_core::investigate::{AgeBand, LinkKind, NetworkOptions, Networks, find_networks};
use corridor_core::model::Day;
use corridor_core::task::TaskFailure;

/// Row height: one line of body text and a little air.
const ROW_HEIGHT: f32 = 20.0;

/// A sortable column of the networks table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetworkColumn {
    /// The rank by traces (the core's order).
    Rank,
    Score,
    Purchasers,
    Traces,
    Stores,
    FirstPurchase,
    LastRecovery,
    LeadAge,
}

impl NetworkColumn {
    /// The sortable columns, in table order (the members column is not).
    pub const ALL: [NetworkColumn; 8] = [
        NetworkColumn::Rank,
        NetworkColumn::Score,
        NetworkColumn::Purchasers,
        NetworkColumn::Traces,
        NetworkColumn::Stores,
        NetworkColumn::FirstPurchase,
        NetworkColumn::LastRecovery,
        NetworkColumn::LeadAge,
    ];

    /// The header text, in the interface's language.
    pub fn label(self) -> String {
        match self {
            NetworkColumn::Rank => "#".to_owned(),
            NetworkColumn::Score => tr!("tables-network-score"),
            NetworkColumn::Purchasers => tr!("tables-network-purchasers"),
            NetworkColumn::Traces => tr!("tables-network-traces"),
            NetworkColumn::Stores => tr!("tables-network-stores"),
            NetworkColumn::FirstPurchase => tr!("tables-network-first-purchase"),
            NetworkColumn::LastRecovery => tr!("tables-network-last-recovery"),
            NetworkColumn::LeadAge => tr!("tables-network-lead-age"),
        }
    }

    /// Counts and scores read largest first on the first click; the rank,
    /// dates and ages smallest first.
    pub fn descending_first(self) -> bool {
        matches!(
            self,
            NetworkColumn::Score
                | NetworkColumn::Purchasers
                | NetworkColumn::Traces
                | NetworkColumn::Stores
        )
    }

    /// The key a network sorts by in this column.
    fn key(self, network: &corridor_core::investigate::Network, rank: usize) -> (i64, i64) {
        let day = |d: Day| d.get().map_or(i64::MIN, |d| i64::from(d.0));
        let value = match self {
            NetworkColumn::Rank => rank as i64,
            // Scores have one decimal: compared in tenths.
            NetworkColumn::Score => (network.score * 10.0).round() as i64,
            NetworkColumn::Purchasers => network.purchasers.len() as i64,
            NetworkColumn::Traces => i64::from(network.firearms),
            NetworkColumn::Stores => network.stores.len() as i64,
            NetworkColumn::FirstPurchase => day(network.first_purchase),
            NetworkColumn::LastRecovery => day(network.last_recovery),
            NetworkColumn::LeadAge => network.age_days.map_or(i64::MAX, i64::from),
        };
        (value, rank as i64)
    }
}

/// A lead's age band in words.
fn age_band_text(band: AgeBand) -> String {
    match band {
        AgeBand::Fresh => tr!("tables-age-fresh"),
        AgeBand::Ageing => tr!("tables-age-ageing"),
        AgeBand::Stale => tr!("tables-age-stale"),
        AgeBand::Unknown => tr!("tables-age-unknown"),
    }
}

/// The column the networks table is sorted by.
pub type NetworkSort = ColumnSort<NetworkColumn>;

/// Thread name of the networks task.
pub const NETWORKS_TASK: &str = "corridor-networks";

/// What the networks are found for: data version, links, as-of date,
/// short time-to-crime threshold.
pub type NetworkKey = (u64, Vec<LinkKind>, Day, u32);

/// The networks of the loaded data, found on a worker for big data.
pub struct NetworksTable {
    found: Background<NetworkKey, Networks>,
    /// The network whose purchasers the filter shows, by index.
    pub shown: Option<usize>,
    /// The column sorted by.
    pub sort: NetworkSort,
    /// Indices into the networks, in the order shown.
    pub order: Vec<usize>,
    sorted_as: Option<NetworkSort>,
    /// The link chart of the shown network, for the redaction it was made
    /// with.
    chart: Option<(usize, Redaction, LinkChart)>,
    /// Whether the link chart window is open.
    pub chart_open: bool,
}

impl Default for NetworksTable {
    fn default() -> Self {
        Self {
            found: Background::new(NETWORKS_TASK, "finding the purchaser networks"),
            shown: None,
            sort: ColumnSort {
                column: NetworkColumn::Rank,
                descending: false,
            },
            order: Vec::new(),
            sorted_as: None,
            chart: None,
            chart_open: false,
        }
    }
}

impl NetworksTable {
    /// The networks last found (possibly for older options while a search
    /// runs).
    pub fn networks(&self) -> Option<&Networks> {
        self.found.value()
    }

    /// The link chart of the shown network, made again when the network or
    /// the redaction changed.
    pub fn refresh_chart(&mut self, dataset: &corridor_core::model::Dataset, redaction: Redaction) {
        let Some(shown) = self.shown else {
            self.chart = None;
            return;
        };
        if self
            .chart
            .as_ref()
            .is_some_and(|(n, r, _)| *n == shown && *r == redaction)
        {
            return;
        }
        self.chart = self.networks().map(|networks| {
            (
                shown,
                redaction,
                link_chart(dataset, networks, Some(shown), redaction),
            )
        });
    }

    /// The shown network's link chart and its number (1 = the largest).
    pub fn chart(&self) -> Option<(usize, &LinkChart)> {
        self.chart.as_ref().map(|(n, _, chart)| (n + 1, chart))
    }

    /// A failed search, once (for a notice).
    pub fn take_failure(&mut self) -> Option<TaskFailure> {
        self.found.take_failure()
    }

    /// What the networks shown were found for: the data version, the links,
    /// the as-of date and the short time-to-crime.
    pub fn found_for(&self) -> Option<&NetworkKey> {
        self.found.shown_key()
    }

    pub fn is_updating(&self) -> bool {
        self.found.is_updating()
    }

    /// Finds the networks again when the data or the options changed.
    pub fn refresh(
        &mut self,
        data: &LoadedData,
        options: &NetworkOptions,
        run_on: RunOn<'_>,
        repaint: impl FnOnce() + Send + 'static,
    ) {
        if self
            .found
            .shown_key()
            .is_some_and(|(version, ..)| *version != data.version)
        {
            self.found.clear();
            self.shown = None;
        }
        let key = (
            data.version,
            options.links.clone(),
            options.as_of,
            options.short_ttc_months,
        );
        let dataset = data.dataset().clone();
        let options = options.clone();
        if self.found.request(
            &key,
            run_on,
            move || find_networks(&dataset, &options),
            repaint,
        ) {
            self.shown = None;
            self.sorted_as = None;
        }
        if self.sorted_as != Some(self.sort) {
            let list = self.networks().map_or(&[][..], |n| n.list.as_slice());
            let sort = self.sort;
            let mut order: Vec<usize> = (0..list.len()).collect();
            order.sort_by_key(|&i| sort.column.key(&list[i], i));
            if sort.descending {
                order.reverse();
            }
            self.order = order;
            self.sorted_as = Some(sort);
        }
    }
}

/// What the networks panel shows.
pub struct NetworksContext<'a> {
    pub table: &'a NetworksTable,
    pub dataset: &'a corridor_core::model::Dataset,
    /// The options the networks were asked for.
    pub options: &'a NetworkOptions,
    /// Whether the filter shows only one network's purchasers.
    pub filtered: bool,
    /// Purchaser ids hidden.
    pub redaction: Redaction,
}

/// The networks table under the map.
pub fn networks_panel_ui(ui: &mut Ui, context: &NetworksContext<'_>, commands: &mut Vec<Command>) {
    let table = context.table;
    let empty = Networks::default();
    let networks = table.networks().unwrap_or(&empty);
    let lang = crate::app::i18n::lang();
    ui.horizontal(|ui| {
        let in_networks = networks
            .of_purchaser
            .iter()
            .filter(|&&n| n != u32::MAX)
            .count();
        ui.label(tr!(
            "tables-networks-summary",
            networks = networks.list.len(),
            purchasers = in_networks,
            date = calendar::day(lang, context.options.as_of)
        ))
        .on_hover_text(tr!("tables-networks-hover"));
        let mut store_day = context.options.links.contains(&LinkKind::StoreDay);
        if ui
            .checkbox(&mut store_day, LinkKind::StoreDay.label(lang))
            .on_hover_text(tr!("tables-networks-store-day-hover"))
            .changed()
        {
            commands.push(Command::SetNetworkStoreDay(store_day));
        }
        if context.filtered
            && ui
                .button(tr!("tables-networks-show-all"))
                .on_hover_text(tr!("tables-networks-show-all-hover"))
                .clicked()
        {
            commands.push(Command::ShowNetwork(None));
        }
        if context.filtered
            && table.shown.is_some()
            && ui
                .button(tr!("tables-networks-link-chart"))
                .on_hover_text(tr!("tables-networks-link-chart-hover"))
                .clicked()
        {
            commands.push(Command::ShowLinkChart(true));
        }
        if table.is_updating() {
            ui.spinner();
        }
    });
    ui.add_space(4.0);
    let dataset = context.dataset;
    TableBuilder::new(ui)
        .id_salt("networks-table")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .column(Column::initial(40.0).at_least(30.0))
        .column(Column::initial(60.0).at_least(40.0))
        .column(Column::initial(80.0).at_least(50.0))
        .column(Column::initial(60.0).at_least(40.0))
        .column(Column::initial(60.0).at_least(40.0))
        .column(Column::initial(90.0).at_least(80.0))
        .column(Column::initial(90.0).at_least(80.0))
        .column(Column::initial(90.0).at_least(60.0))
        .column(Column::remainder().at_least(120.0).clip(true))
        .header(ROW_HEIGHT + 4.0, |mut header| {
            for column in NetworkColumn::ALL {
                header.col(|ui| {
                    let sorted = (table.sort.column == column).then_some(table.sort.descending);
                    if sort_header_ui(ui, &column.label(), sorted) {
                        commands.push(Command::SortNetworks(column));
                    }
                });
            }
            header.col(|ui| {
                ui.strong(tr!("tables-network-members"));
            });
        })
        .body(|body| {
            body.rows(ROW_HEIGHT, table.order.len(), |mut row| {
                let Some(&index) = table.order.get(row.index()) else {
                    return;
                };
                let Some(network) = networks.list.get(index) else {
                    return;
                };
                let selected = table.shown == Some(index) && context.filtered;
                row.set_selected(selected);
                let mut clicked = false;
                row.col(|ui| {
                    clicked |= ui
                        .selectable_label(selected, format!("{}", index + 1))
                        .on_hover_text(tr!("tables-networks-row-hover"))
                        .clicked();
                });
                row.col(|ui| {
                    ui.label(format!("{:.1}", network.score));
                });
                row.col(|ui| {
                    ui.label(thousands(network.purchasers.len() as u64));
                });
                row.col(|ui| {
                    ui.label(thousands(u64::from(network.firearms)));
                });
                row.col(|ui| {
                    ui.label(thousands(network.stores.len() as u64));
                });
                row.col(|ui| {
                    ui.label(calendar::day(lang, network.first_purchase));
                });
                row.col(|ui| {
                    ui.label(calendar::day(lang, network.last_recovery));
                });
                row.col(|ui| {
                    ui.label(match network.age_days {
                        // The days as written so far: not grouped.
                        Some(days) => tr!(
                            "tables-lead-age",
                            days = days.to_string(),
                            band = age_band_text(network.age_band)
                        ),
                        None => tr!("tables-lead-age-unknown"),
                    });
                });
                row.col(|ui| {
                    if context.redaction.identifiers {
                        ui.label(tr!("tables-ids-hidden"));
                    } else {
                        let names: Vec<String> = network
                            .purchasers
                            .iter()
                            .take(8)
                            .map(|&p| networks.label(dataset, p))
                            .collect();
                        ui.label(names.join(", "));
                    }
                });
                if clicked || row.response().clicked() {
                    commands.push(Command::ShowNetwork(Some(index)));
                }
            });
        });
}

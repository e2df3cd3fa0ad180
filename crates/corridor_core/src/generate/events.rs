//! The purchase and recovery structure: straw purchasers, networks (the
//! Reynosa seizure among them) and single purchases, turned into traces and
//! recovery sites and streamed to a [`Sink`] as they are made.
//!
//! Traces are budgeted by kind up front ([`STRAW_SHARE`], [`NETWORK_SHARE`],
//! the rest single purchases), so the shares come out exact. Trafficked guns
//! (networks and straw purchasers, interleaved) come first and single
//! purchases after them: networks arrive in lumps of a hundred rifles, and
//! the single purchases then even out each recovery year's rifle share
//! towards [`rifle_share`].

use super::GenerateError;
use super::calibration::{
    AGENCY_WEIGHTS, Agency, EARLIEST_PURCHASE_YEAR, FIFTY_CAL_SHARE, FIFTY_CAL_TAMAULIPAS_SHARE,
    HSI_ONLY_SHARE, HSI_OTHER_TRAFFICKED_SHARE, ICE_CASE_SHARE, LONG_TTC_MEDIAN_DAYS,
    LONG_TTC_SIGMA, MIN_TTC_DAYS, NETWORK_CASE_SHARE, NETWORK_GUNS_PER_PURCHASER,
    NETWORK_PURCHASE_WINDOW_DAYS, NETWORK_PURCHASERS, NETWORK_SEIZURE_SHARES, NETWORK_SHARE,
    NETWORK_SHARED_ADDRESS_SHARE, OBLITERATED_SINGLE_SHARE, OBLITERATED_TRAFFICKED_SHARE,
    RECOVERY_YEAR_WEIGHTS, REYNOSA_DATE, REYNOSA_FIFTY_CALS, REYNOSA_PURCHASERS, REYNOSA_RIFLES,
    REYNOSA_SOURCE_TOWNS, SHORT_TTC_MEDIAN_DAYS, SHORT_TTC_SIGMA, SINGLE_EVENT_EXTRA_MEAN,
    SINGLE_EVENT_MAX, SINGLE_SHORT_SHARE, SOURCE_STATE_SHARES, SPANISH_TYPE_SHARE_US_AGENCY,
    STRAW_CASE_SHARE, STRAW_EXTRA_GUNS_MEAN, STRAW_MAX_GUNS, STRAW_MAX_STORES, STRAW_MAX_VISITS,
    STRAW_MIN_GUNS, STRAW_SHARE, STRAW_VISIT_WINDOW_DAYS, TAMAULIPAS, TRAFFICKED_RIFLE_SPLIT,
    rifle_share,
};
use super::dates::{day_of, days_in_year, year_of};
use super::dealers::{Store, Stores};
use super::persons::{Person, person};
use std::collections::HashMap;

use super::places::{Geography, recovery_jitter_km};
use super::sampling::{GenRng, Weighted, between, between_i32, chance, geometric, log_normal};
use super::weapons::{Catalogue, ClassMix, Entry, single_shares, trafficked_shares};
use crate::basemap::{Basemap, Place};
use crate::model::{Day, WeaponClass};
use rand::SeedableRng;

/// A recovery site: a place in a municipality where seizures happen, again
/// and again over the years, as police stations, checkpoints and safe-house
/// districts do. Big towns have several.
#[derive(Clone, Debug)]
pub struct Site<'b> {
    /// `DEMO-R0000001`, given when its first trace is written.
    pub id: String,
    /// Town or municipality name, from the gazetteer.
    pub place: &'b str,
    /// Spanish state name.
    pub state: &'b str,
    /// Index of its state in [`Geography::recovery`].
    pub state_index: usize,
    /// Latitude in degrees: a fixed point near the town centre.
    pub lat_deg: f64,
    /// Longitude in degrees.
    pub lon_deg: f64,
    /// Description of the first seizure written there.
    pub description: String,
}

/// Which of a town's recovery sites: (geonameid, slot).
type SiteKey = (u32, u32);

/// Recovery sites per town: one per this many inhabitants, up to the cap,
/// so that a metropolis has a dozen sites and a small town one.
const INHABITANTS_PER_SITE: f64 = 150_000.0;
const MAX_SITES_PER_TOWN: u32 = 12;

/// One traced firearm, as handed to the [`Sink`].
#[derive(Clone, Debug)]
pub struct Trace<'a> {
    /// 1-based; the trace id is `DEMO-T` and this number.
    pub number: u64,
    /// The weapon type column: the entry's English or Spanish type. Spanish
    /// when the agency is Mexican, and for a share
    /// [`SPANISH_TYPE_SHARE_US_AGENCY`] of the other traces.
    pub weapon_type: &'static str,
    /// Make, model, caliber and class of the firearm.
    pub entry: &'static Entry,
    /// Serial number: `DEMO`, two letters and six digits.
    pub serial: &'a str,
    /// Day the firearm was bought.
    pub purchase: Day,
    /// Day of the seizure it was recovered in.
    pub recovery: Day,
    /// Index of the store in [`Generator::stores`].
    pub store_index: u32,
    /// The store it was bought at.
    pub store: &'a Store,
    /// The site it was recovered at.
    pub site: &'a Site<'a>,
    /// Purchaser number (written by [`purchaser_id`]); `None` for single
    /// purchases.
    pub purchaser: Option<u64>,
    /// Investigation case number (written by [`case_id`]), when there is a case.
    pub case: Option<u64>,
    /// Agency named on the trace.
    pub agency: Agency,
    /// The purchaser's name, date of birth and address; `None` for single
    /// purchases.
    pub person: Option<&'a Person>,
    /// The seizure it was taken in: `DEMO-E` and a number, one per planned
    /// seizure (a site and a date).
    pub recovery_event: &'a str,
    /// Its serial number had been filed off (and restored for the trace).
    pub obliterated: bool,
    /// Which agencies hold a record of it when the output is split by
    /// agency (`--agencies`).
    pub holding: Holding,
}

/// Who holds a record of a firearm when the output is split by agency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holding {
    /// ATF's trace only.
    Atf,
    /// ATF's trace and an HSI record of the same firearm.
    Both,
    /// Only HSI: seized in an HSI case and not (yet) traced by ATF.
    Hsi,
}

impl Holding {
    /// Whether ATF's trace file has it.
    pub fn in_atf(self) -> bool {
        self != Holding::Hsi
    }

    /// Whether HSI's file has it.
    pub fn in_hsi(self) -> bool {
        self != Holding::Atf
    }
}

/// Where generated records go: CSV files, or the tests' counters.
pub trait Sink {
    /// A site, before the first trace recovered there.
    fn site(&mut self, site: &Site<'_>) -> Result<(), GenerateError>;
    /// A trace, after the site it was recovered at.
    fn trace(&mut self, trace: &Trace<'_>) -> Result<(), GenerateError>;
}

/// What a run made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Traces made.
    pub traces: u64,
    /// Distinct recovery sites.
    pub sites: u64,
    /// Purchasers: straw purchasers and network members.
    pub purchasers: u64,
    /// Investigation cases.
    pub cases: u64,
    /// Networks, the Reynosa one included.
    pub networks: u64,
    /// Straw purchasers buying alone.
    pub straw_purchasers: u64,
    /// Seizures of unrelated single purchases.
    pub single_events: u64,
    /// Recovery events (seizures) of all kinds.
    pub events: u64,
}

/// A firearm planned within an episode, written once the episode is whole.
struct Gun {
    entry: &'static Entry,
    store: u32,
    purchase: Day,
    site: usize,
    purchaser: Option<u64>,
    case: Option<u64>,
    agency: Agency,
    /// Index of the purchaser in [`Generator::people`].
    person: Option<usize>,
    holding: Holding,
}

/// A seizure planned within an episode: a site and a date.
struct Planned<'b> {
    site: Site<'b>,
    key: SiteKey,
    date: Day,
    /// `DEMO-E…`, given when its first trace is written.
    event: String,
}

#[derive(Clone, Copy)]
enum Mix {
    Single(i32),
    Trafficked,
    ReynosaRifles,
}

#[derive(Clone, Copy)]
enum Kind {
    Network,
    Straw,
    Single,
}

const FIRST_YEAR: i32 = 2006;
const LAST_YEAR: i32 = 2014;

/// Makes the demo data: the stores when created, then every trace and
/// recovery site with [`Generator::run`].
pub struct Generator<'b> {
    rng: GenRng,
    geo: Geography<'b>,
    stores: Stores,
    catalogue: Catalogue,
    /// Per recovery year from 2006: the classes of single purchases, among
    /// rifles and among the rest.
    single_rifles: Vec<ClassMix>,
    single_others: Vec<ClassMix>,
    /// Per recovery year from 2006: its share of recoveries, traces made,
    /// and rifles made.
    year_weights: Vec<f64>,
    year_traces: Vec<u64>,
    year_rifles: Vec<u64>,
    trafficked_mix: ClassMix,
    reynosa_mix: ClassMix,
    fifty_tamaulipas: f64,
    fifty_elsewhere: f64,
    tamaulipas: usize,
    years: Weighted,
    agencies: Weighted,
    /// Network, straw and single traces still to make.
    budgets: [u64; 3],
    reynosa_pending: bool,
    counts: Counts,
    seed: u64,
    /// Ids of the sites written so far.
    site_ids: HashMap<SiteKey, String>,
    /// Draws of people, obliterated serials and which agency holds what:
    /// a stream of its own, so they do not move the purchases.
    people_rng: GenRng,
    /// The purchasers of the episode being made, by [`Gun::person`].
    people: Vec<Person>,
    /// Source states in the border (AZ, CA, NM, TX), weighted by share.
    border_states: Vec<usize>,
    border: Weighted,
}

impl<'b> Generator<'b> {
    /// Sets up the stores, the draws and the budgets of each kind of purchase
    /// for `traces` traces from `seed`. Fails when the gazetteer or the
    /// calibration cannot supply them.
    pub fn new(basemap: &'b Basemap, traces: u64, seed: u64) -> Result<Self, GenerateError> {
        let mut rng = GenRng::seed_from_u64(seed);
        let mut geo = Geography::new(basemap)?;
        let stores = Stores::generate(&mut rng, &mut geo, traces)?;

        let network = (traces as f64 * NETWORK_SHARE).round() as u64;
        let straw =
            ((traces as f64 * STRAW_SHARE).round() as u64).min(traces - network.min(traces));
        let network = network.min(traces);
        let single = traces - network - straw;
        let trafficked = if traces == 0 {
            0.0
        } else {
            (network + straw) as f64 / traces as f64
        };

        let no_mix = || GenerateError::Calibration("empty weapon class mix");
        let split = |year: i32, rifles: bool| {
            let mut shares = single_shares(year, trafficked);
            for (share, class) in shares.iter_mut().zip(super::weapons::MIX_CLASSES) {
                if is_rifle(class) != rifles {
                    *share = 0.0;
                }
            }
            ClassMix::new(shares).ok_or_else(no_mix)
        };
        let single_rifles = (FIRST_YEAR..=LAST_YEAR)
            .map(|y| split(y, true))
            .collect::<Result<Vec<_>, _>>()?;
        let single_others = (FIRST_YEAR..=LAST_YEAR)
            .map(|y| split(y, false))
            .collect::<Result<Vec<_>, _>>()?;
        let weight_total: f64 = RECOVERY_YEAR_WEIGHTS.iter().map(|(_, w)| w).sum();
        let year_weights = RECOVERY_YEAR_WEIGHTS
            .iter()
            .map(|(_, w)| w / weight_total)
            .collect();
        let years_count = (LAST_YEAR - FIRST_YEAR + 1) as usize;
        let trafficked_mix = ClassMix::new(trafficked_shares()).ok_or_else(no_mix)?;
        let mut rifles_only = [0.0; 7];
        for (class, share) in TRAFFICKED_RIFLE_SPLIT {
            if let Some(i) = super::weapons::MIX_CLASSES.iter().position(|c| *c == class) {
                rifles_only[i] = share;
            }
        }
        let reynosa_mix = ClassMix::new(rifles_only).ok_or_else(no_mix)?;

        let tamaulipas = geo
            .recovery_index(TAMAULIPAS)
            .ok_or_else(|| GenerateError::Gazetteer(format!("no recovery state {TAMAULIPAS}")))?;
        let tam_share = geo.recovery_share(tamaulipas);
        // P(.50 | recovered in a state) such that FIFTY_CAL_SHARE of all
        // traces are .50s and FIFTY_CAL_TAMAULIPAS_SHARE of those are in
        // Tamaulipas.
        let fifty_tamaulipas = FIFTY_CAL_SHARE * FIFTY_CAL_TAMAULIPAS_SHARE / tam_share;
        let fifty_elsewhere =
            FIFTY_CAL_SHARE * (1.0 - FIFTY_CAL_TAMAULIPAS_SHARE) / (1.0 - tam_share);

        let years = Weighted::new(RECOVERY_YEAR_WEIGHTS.iter().map(|(_, w)| *w))
            .ok_or(GenerateError::Calibration("no recovery years"))?;
        let agencies = Weighted::new(AGENCY_WEIGHTS.iter().map(|(_, w)| *w))
            .ok_or(GenerateError::Calibration("no agencies"))?;
        let mut border_states = Vec::new();
        let mut border_weights = Vec::new();
        for (code, share) in SOURCE_STATE_SHARES {
            let index = geo
                .source_index(code)
                .ok_or_else(|| GenerateError::Gazetteer(format!("no source state {code}")))?;
            border_states.push(index);
            border_weights.push(*share);
        }
        let border =
            Weighted::new(border_weights).ok_or(GenerateError::Calibration("no border states"))?;

        Ok(Self {
            rng,
            geo,
            stores,
            catalogue: Catalogue::default(),
            single_rifles,
            single_others,
            year_weights,
            year_traces: vec![0; years_count],
            year_rifles: vec![0; years_count],
            trafficked_mix,
            reynosa_mix,
            fifty_tamaulipas,
            fifty_elsewhere,
            tamaulipas,
            years,
            agencies,
            budgets: [network, straw, single],
            reynosa_pending: true,
            counts: Counts::default(),
            seed,
            site_ids: HashMap::new(),
            people_rng: GenRng::seed_from_u64(seed ^ PEOPLE_STREAM),
            people: Vec::new(),
            border_states,
            border,
        })
    }

    /// Every generated store, those that sold nothing included, indexed by
    /// [`Trace::store_index`].
    pub fn stores(&self) -> &[Store] {
        &self.stores.list
    }

    /// Makes every trace, streaming them to `sink`.
    pub fn run(&mut self, sink: &mut dyn Sink) -> Result<Counts, GenerateError> {
        loop {
            // Trafficked kinds first (see the module documentation).
            let trafficked = [self.budgets[0], self.budgets[1]].map(|b| b as f64);
            let kind = match Weighted::new(trafficked) {
                Some(pick) if pick.sample(&mut self.rng) == 0 => Kind::Network,
                Some(_) => Kind::Straw,
                None if self.budgets[2] > 0 => Kind::Single,
                None => break,
            };
            let slot = kind as usize;
            let limit = self.budgets[slot];
            let made = match kind {
                Kind::Network if self.reynosa_pending => {
                    self.reynosa_pending = false;
                    self.reynosa(sink, limit)?
                }
                Kind::Network => self.network(sink, limit)?,
                Kind::Straw => self.straw(sink, limit)?,
                Kind::Single => self.single_event(sink, limit)?,
            };
            // Every episode makes at least one trace, so this ends.
            self.budgets[slot] = limit.saturating_sub(made.max(1));
        }
        Ok(self.counts)
    }

    // --- Episodes ----------------------------------------------------------

    /// Unrelated single purchases recovered together in one event.
    fn single_event(&mut self, sink: &mut dyn Sink, limit: u64) -> Result<u64, GenerateError> {
        let size = u64::from(
            (1 + geometric(&mut self.rng, SINGLE_EVENT_EXTRA_MEAN)).min(SINGLE_EVENT_MAX),
        )
        .min(limit);
        let state = self.geo.pick_recovery_state(&mut self.rng);
        let date = self.recovery_day();
        let agency = self.agency();
        let description = if size == 1 {
            "Synthetic recovery of one traced firearm".to_owned()
        } else {
            format!("Synthetic recovery of {size} traced firearms from unrelated purchases")
        };
        let mut sites = vec![self.plan_site(state, date, description)];
        let year = year_of(date);
        let mut guns = Vec::with_capacity(size as usize);
        for _ in 0..size {
            let class = self.draw_class(state, Mix::Single(year));
            let (entry, purchase) = self.single_purchase(class, date)?;
            let source_state = self.geo.pick_source_state(&mut self.rng);
            let store = self.stores.in_state(&mut self.rng, source_state);
            guns.push(Gun {
                entry,
                store,
                purchase,
                site: 0,
                purchaser: None,
                case: None,
                agency,
                person: None,
                holding: Holding::Atf,
            });
        }
        self.counts.single_events += 1;
        self.emit(sink, &mut sites, guns)
    }

    /// One straw purchaser: a few weeks of multiple purchases at stores of
    /// one metro area, recovered in one or two seizures.
    fn straw(&mut self, sink: &mut dyn Sink, limit: u64) -> Result<u64, GenerateError> {
        self.people.clear();
        let rng = &mut self.rng;
        let guns_wanted =
            (STRAW_MIN_GUNS + geometric(rng, STRAW_EXTRA_GUNS_MEAN)).min(STRAW_MAX_GUNS);
        let count = u64::from(guns_wanted).min(limit);
        let purchaser = self.next_purchaser();
        let case = chance(&mut self.rng, STRAW_CASE_SHARE).then(|| self.next_case());
        let case_agency = self.case_agency();

        let source_state = self.geo.pick_source_state(&mut self.rng);
        let home = self.stores.in_state(&mut self.rng, source_state);
        let visits = self.visits(home, count, STRAW_MAX_STORES, STRAW_MAX_VISITS);

        let first_recovery = self.recovery_day();
        let first_visit = Day(first_recovery.0 - self.short_ttc_days());
        let latest_visit = first_recovery.0 - MIN_TTC_DAYS;
        let visit_days: Vec<Day> = (0..visits.len())
            .map(|_| {
                Day(
                    (first_visit.0 + between_i32(&mut self.rng, 0, STRAW_VISIT_WINDOW_DAYS))
                        .min(latest_visit),
                )
            })
            .collect();

        let state = self.geo.pick_recovery_state(&mut self.rng);
        let description = format!(
            "Synthetic seizure of firearms bought by straw purchaser {}",
            purchaser_id(purchaser)
        );
        let mut sites = vec![self.plan_site(state, first_recovery, description.clone())];
        if count >= 3 && chance(&mut self.rng, 0.35) {
            let second_state = if chance(&mut self.rng, 0.8) {
                state
            } else {
                self.geo.pick_recovery_state(&mut self.rng)
            };
            let date =
                Day((first_recovery.0 + between_i32(&mut self.rng, 0, 300)).min(last_day().0));
            sites.push(self.plan_site(second_state, date, description));
        }
        let event_agencies: Vec<Agency> = (0..sites.len()).map(|_| self.agency()).collect();

        let mut guns = Vec::with_capacity(count as usize);
        for _ in 0..count {
            let visit = between(&mut self.rng, 0, visits.len() as u32 - 1) as usize;
            let site = if sites.len() > 1 && chance(&mut self.rng, 0.35) {
                1
            } else {
                0
            };
            let class = self.draw_class(sites[site].site.state_index, Mix::Trafficked);
            let purchase = visit_days[visit];
            let entry = self.entry_on_sale(class, purchase)?;
            let agency = if case.is_some() {
                case_agency
            } else {
                event_agencies[site]
            };
            guns.push(Gun {
                entry,
                store: visits[visit],
                purchase,
                site,
                purchaser: Some(purchaser),
                case,
                agency,
                person: None,
                holding: Holding::Atf,
            });
        }
        guns.sort_by_key(|g| g.purchase);
        let first = visit_days.iter().min().copied().unwrap_or(first_visit);
        let person = self.new_person(first, home, None);
        let ice = case_agency == Agency::Ice && case.is_some();
        for gun in &mut guns {
            gun.person = Some(person);
            gun.holding = self.holding(ice);
        }
        self.counts.straw_purchasers += 1;
        self.emit(sink, &mut sites, guns)
    }

    /// Several purchasers of one case whose guns turn up together in a few
    /// seizures.
    fn network(&mut self, sink: &mut dyn Sink, limit: u64) -> Result<u64, GenerateError> {
        self.people.clear();
        let case = chance(&mut self.rng, NETWORK_CASE_SHARE).then(|| self.next_case());
        let agency = self.case_agency();
        let source_state = self.border_states[self.border.sample(&mut self.rng)];
        let hub = self.stores.in_state(&mut self.rng, source_state);
        let case_text = case.map_or_else(
            || "without a case".to_owned(),
            |c| format!("case {}", case_id(c)),
        );

        let seizure_count = between(&mut self.rng, 1, NETWORK_SEIZURE_SHARES.len() as u32) as usize;
        let main_date = self.recovery_day();
        let main_state = self.geo.pick_recovery_state(&mut self.rng);
        let mut sites = Vec::with_capacity(seizure_count);
        let mut earliest = main_date;
        for seizure in 0..seizure_count {
            let (state, date) = if seizure == 0 {
                (main_state, main_date)
            } else {
                let state = if chance(&mut self.rng, 0.5) {
                    main_state
                } else {
                    self.geo.pick_recovery_state(&mut self.rng)
                };
                let shift = between_i32(&mut self.rng, -120, 240);
                (
                    state,
                    Day((main_date.0 + shift).clamp(first_day().0, last_day().0)),
                )
            };
            earliest = earliest.min(date);
            let description = format!(
                "Synthetic seizure {} of {seizure_count} of a network {case_text}",
                seizure + 1,
            );
            sites.push(self.plan_site(state, date, description));
        }
        let site_pick = Weighted::new(NETWORK_SEIZURE_SHARES[..seizure_count].iter().copied())
            .ok_or(GenerateError::Calibration("no network seizures"))?;

        let (low, high) = NETWORK_PURCHASERS;
        let purchasers = between(&mut self.rng, low, high);
        let mut guns = Vec::new();
        for _ in 0..purchasers {
            if guns.len() as u64 >= limit {
                break;
            }
            let purchaser = self.next_purchaser();
            let home = if chance(&mut self.rng, 0.7) {
                self.stores.in_metro(&mut self.rng, hub)
            } else {
                self.stores.in_state(&mut self.rng, source_state)
            };
            let (low, high) = NETWORK_GUNS_PER_PURCHASER;
            let count = u64::from(between(&mut self.rng, low, high)).min(limit - guns.len() as u64);
            let visits = self.visits(home, count, STRAW_MAX_STORES, STRAW_MAX_VISITS);
            // Each buyer's burst: a few weeks, some time in the year before
            // the first seizure.
            let burst = earliest.0
                - between_i32(
                    &mut self.rng,
                    14 + STRAW_VISIT_WINDOW_DAYS,
                    NETWORK_PURCHASE_WINDOW_DAYS,
                );
            let visit_days: Vec<Day> = (0..visits.len())
                .map(|_| Day(burst + between_i32(&mut self.rng, 0, STRAW_VISIT_WINDOW_DAYS)))
                .collect();
            let first = visit_days.iter().min().copied().unwrap_or(Day(burst));
            let shared = (!self.people.is_empty()
                && chance(&mut self.people_rng, NETWORK_SHARED_ADDRESS_SHARE))
            .then(|| between(&mut self.people_rng, 0, self.people.len() as u32 - 1) as usize);
            let person = self.new_person(first, home, shared);
            let ice = agency == Agency::Ice;
            for _ in 0..count {
                let visit = between(&mut self.rng, 0, visits.len() as u32 - 1) as usize;
                let site = site_pick.sample(&mut self.rng);
                let class = self.draw_class(sites[site].site.state_index, Mix::Trafficked);
                let purchase = visit_days[visit];
                let entry = self.entry_on_sale(class, purchase)?;
                let holding = self.holding(ice);
                guns.push(Gun {
                    entry,
                    store: visits[visit],
                    purchase,
                    site,
                    purchaser: Some(purchaser),
                    case,
                    agency,
                    person: Some(person),
                    holding,
                });
            }
        }
        guns.sort_by_key(|g| (g.site, g.purchase));
        self.counts.networks += 1;
        self.emit(sink, &mut sites, guns)
    }

    /// The Reynosa seizure of 7 November 2008, as a network buying in Texas.
    /// Below 288 network traces it shrinks to fit.
    fn reynosa(&mut self, sink: &mut dyn Sink, limit: u64) -> Result<u64, GenerateError> {
        self.people.clear();
        let rifles = u64::from(REYNOSA_RIFLES).min(limit);
        let fifties = (u64::from(REYNOSA_FIFTY_CALS) * rifles + u64::from(REYNOSA_RIFLES) / 2)
            / u64::from(REYNOSA_RIFLES);
        let texas = self
            .geo
            .source_index("US-TX")
            .ok_or_else(|| GenerateError::Gazetteer("no source state US-TX".to_owned()))?;
        let town = match self.geo.recovery_town_named(self.tamaulipas, "Reynosa") {
            Some(town) => town,
            None => self.geo.recovery_town(&mut self.rng, self.tamaulipas),
        };
        let (year, month, day) = REYNOSA_DATE;
        let date = day_of(year, month, day);
        let case = self.next_case();
        let description = format!(
            "Modelled on the Reynosa safe-house seizure of 7 Nov 2008 (288 long guns) - network case {} - synthetic purchasers and dealers",
            case_id(case)
        );
        let site = self.site_at(town, self.tamaulipas, date, description);
        let mut sites = vec![site];

        let hubs: Vec<&Place> = REYNOSA_SOURCE_TOWNS
            .iter()
            .filter_map(|name| self.geo.source_town_named(texas, name))
            .collect();
        let purchasers: Vec<(u64, Vec<u32>, Vec<Day>, usize)> = (0..REYNOSA_PURCHASERS)
            .map(|i| {
                let purchaser = self.next_purchaser();
                let home = hubs
                    .get(i as usize % hubs.len().max(1))
                    .and_then(|town| self.stores.near_town(&mut self.rng, town))
                    .unwrap_or_else(|| self.stores.in_state(&mut self.rng, texas));
                let visits = self.visits(
                    home,
                    u64::from(STRAW_MAX_VISITS),
                    STRAW_MAX_STORES,
                    STRAW_MAX_VISITS,
                );
                let days: Vec<Day> = (0..visits.len())
                    .map(|_| {
                        Day(date.0 - between_i32(&mut self.rng, 21, NETWORK_PURCHASE_WINDOW_DAYS))
                    })
                    .collect();
                let first = days.iter().min().copied().unwrap_or(date);
                let person = self.new_person(first, home, None);
                (purchaser, visits, days, person)
            })
            .collect();

        let mut guns = Vec::with_capacity(rifles as usize);
        for i in 0..rifles {
            let (purchaser, stores, days, person) =
                &purchasers[(i % u64::from(REYNOSA_PURCHASERS)) as usize];
            let visit = between(&mut self.rng, 0, stores.len() as u32 - 1) as usize;
            let class = if i < fifties {
                WeaponClass::FiftyCal
            } else {
                self.draw_class_from(Mix::ReynosaRifles)
            };
            let purchase = days[visit];
            let entry = self.long_gun_on_sale(class, purchase)?;
            guns.push(Gun {
                entry,
                store: stores[visit],
                purchase,
                site: 0,
                purchaser: Some(*purchaser),
                case: Some(case),
                agency: Agency::Atf,
                person: Some(*person),
                holding: Holding::Atf,
            });
        }
        guns.sort_by_key(|g| g.purchase);
        self.counts.networks += 1;
        self.emit(sink, &mut sites, guns)
    }

    // --- Pieces ------------------------------------------------------------

    /// The stores (one to `max_stores`, in the home store's metro area) and
    /// visits (one to `max_visits`, at most one per gun) of a purchaser:
    /// the store of each visit.
    fn visits(&mut self, home: u32, guns: u64, max_stores: u32, max_visits: u32) -> Vec<u32> {
        let store_count = between(&mut self.rng, 1, max_stores);
        let mut stores = vec![home];
        for _ in 1..store_count {
            stores.push(self.stores.in_metro(&mut self.rng, home));
        }
        let visit_count = between(&mut self.rng, 1, max_visits).min(guns.max(1) as u32);
        (0..visit_count)
            .map(|v| {
                // The first visits go to distinct stores, then at random.
                stores.get(v as usize).copied().unwrap_or_else(|| {
                    stores[between(&mut self.rng, 0, stores.len() as u32 - 1) as usize]
                })
            })
            .collect()
    }

    /// A new purchaser of this episode, first buying on `first` and living in
    /// the town of store `home`, or at the address of the episode's purchaser
    /// `shared_address`. Returns their index in [`Self::people`].
    fn new_person(&mut self, first: Day, home: u32, shared_address: Option<usize>) -> usize {
        let store = &self.stores.list[home as usize];
        let mut made = person(&mut self.people_rng, first, &store.city, &store.state);
        if let Some(other) = shared_address.and_then(|i| self.people.get(i)) {
            made.address.clone_from(&other.address);
        }
        self.people.push(made);
        self.people.len() - 1
    }

    /// Who holds a trafficked firearm: HSI has every gun of its own cases
    /// (some of them only HSI), and a few of the others.
    fn holding(&mut self, hsi_case: bool) -> Holding {
        let rng = &mut self.people_rng;
        if hsi_case {
            if chance(rng, HSI_ONLY_SHARE) {
                Holding::Hsi
            } else {
                Holding::Both
            }
        } else if chance(rng, HSI_OTHER_TRAFFICKED_SHARE) {
            Holding::Both
        } else {
            Holding::Atf
        }
    }

    fn draw_class(&mut self, recovery_state: usize, mix: Mix) -> WeaponClass {
        let fifty = if recovery_state == self.tamaulipas {
            self.fifty_tamaulipas
        } else {
            self.fifty_elsewhere
        };
        if chance(&mut self.rng, fifty) {
            WeaponClass::FiftyCal
        } else {
            self.draw_class_from(mix)
        }
    }

    fn draw_class_from(&mut self, mix: Mix) -> WeaponClass {
        let mix = match mix {
            Mix::Single(year) => {
                let index = year_index(year);
                // The rifle share that, if every single purchase still to
                // come in this year had it, would end the year on target.
                let left = (self.budgets[2] as f64 * self.year_weights[index]).max(1.0);
                let made = self.year_traces[index] as f64;
                let target = rifle_share(year) * (made + left);
                let wanted = (target - self.year_rifles[index] as f64) / left;
                if chance(&mut self.rng, wanted.clamp(0.02, 0.95)) {
                    &self.single_rifles[index]
                } else {
                    &self.single_others[index]
                }
            }
            Mix::Trafficked => &self.trafficked_mix,
            Mix::ReynosaRifles => &self.reynosa_mix,
        };
        mix.sample(&mut self.rng)
    }

    /// A single purchase: time to crime from the mixture, and a model that
    /// was on sale by then (drawing the time again if the class had none).
    fn single_purchase(
        &mut self,
        class: WeaponClass,
        recovery: Day,
    ) -> Result<(&'static Entry, Day), GenerateError> {
        const ATTEMPTS: u32 = 10;
        for _ in 0..ATTEMPTS {
            let ttc = if chance(&mut self.rng, SINGLE_SHORT_SHARE) {
                self.short_ttc_days()
            } else {
                self.long_ttc_days()
            };
            let purchase = Day(recovery.0 - ttc);
            let year = year_of(purchase);
            if year < EARLIEST_PURCHASE_YEAR {
                continue;
            }
            if let Some(entry) = self.catalogue.pick(&mut self.rng, class, year) {
                return Ok((entry, purchase));
            }
        }
        let purchase = Day(recovery.0 - self.short_ttc_days());
        Ok((self.entry_on_sale(class, purchase)?, purchase))
    }

    /// A model of the class on sale at `purchase`, or the class's oldest.
    fn entry_on_sale(
        &mut self,
        class: WeaponClass,
        purchase: Day,
    ) -> Result<&'static Entry, GenerateError> {
        self.catalogue
            .pick(&mut self.rng, class, year_of(purchase))
            .or_else(|| self.catalogue.oldest(class))
            .ok_or(GenerateError::Catalogue(class.id()))
    }

    /// Like [`Self::entry_on_sale`], but not an AK pistol such as the Draco:
    /// the Reynosa seizure counted long guns.
    fn long_gun_on_sale(
        &mut self,
        class: WeaponClass,
        purchase: Day,
    ) -> Result<&'static Entry, GenerateError> {
        const ATTEMPTS: u32 = 8;
        let mut entry = self.entry_on_sale(class, purchase)?;
        for _ in 1..ATTEMPTS {
            if entry.type_en == "RIFLE" {
                break;
            }
            entry = self.entry_on_sale(class, purchase)?;
        }
        Ok(entry)
    }

    fn short_ttc_days(&mut self) -> i32 {
        ttc_days(log_normal(
            &mut self.rng,
            SHORT_TTC_MEDIAN_DAYS,
            SHORT_TTC_SIGMA,
        ))
    }

    fn long_ttc_days(&mut self) -> i32 {
        ttc_days(log_normal(
            &mut self.rng,
            LONG_TTC_MEDIAN_DAYS,
            LONG_TTC_SIGMA,
        ))
    }

    fn recovery_day(&mut self) -> Day {
        let year = RECOVERY_YEAR_WEIGHTS[self.years.sample(&mut self.rng)].0;
        let offset = between_i32(&mut self.rng, 0, days_in_year(year) - 1);
        Day(day_of(year, 1, 1).0 + offset)
    }

    fn agency(&mut self) -> Agency {
        AGENCY_WEIGHTS[self.agencies.sample(&mut self.rng)].0
    }

    fn case_agency(&mut self) -> Agency {
        if chance(&mut self.rng, ICE_CASE_SHARE) {
            Agency::Ice
        } else {
            Agency::Atf
        }
    }

    fn next_purchaser(&mut self) -> u64 {
        self.counts.purchasers += 1;
        self.counts.purchasers
    }

    fn next_case(&mut self) -> u64 {
        self.counts.cases += 1;
        self.counts.cases
    }

    fn plan_site(&mut self, state: usize, date: Day, description: String) -> Planned<'b> {
        let town = self.geo.recovery_town(&mut self.rng, state);
        self.site_at(town, state, date, description)
    }

    fn site_at(
        &mut self,
        town: &'b Place,
        state: usize,
        date: Day,
        description: String,
    ) -> Planned<'b> {
        let slots = ((f64::from(town.population) / INHABITANTS_PER_SITE).round() as u32)
            .clamp(1, MAX_SITES_PER_TOWN);
        let slot = between(&mut self.rng, 0, slots - 1);
        let key = (town.geonameid, slot);
        // A site's position depends only on the seed, the town and the slot,
        // so every seizure there lands on the same point.
        let mut place_rng =
            GenRng::seed_from_u64(self.seed ^ (u64::from(town.geonameid) << 8) ^ u64::from(slot));
        let area = self.geo.recovery[state].area;
        let (lat_deg, lon_deg) =
            self.geo
                .jitter(&mut place_rng, town, recovery_jitter_km(town), area);
        Planned {
            site: Site {
                id: String::new(),
                place: &town.name,
                state: self.geo.recovery[state].name_es,
                state_index: state,
                lat_deg,
                lon_deg,
                description,
            },
            key,
            date,
            event: String::new(),
        }
    }

    /// Writes an episode's guns, each site just before its first trace.
    fn emit(
        &mut self,
        sink: &mut dyn Sink,
        sites: &mut [Planned<'b>],
        guns: Vec<Gun>,
    ) -> Result<u64, GenerateError> {
        let mut serial = [0u8; 12];
        for gun in &guns {
            let planned = &mut sites[gun.site];
            if planned.site.id.is_empty() {
                match self.site_ids.get(&planned.key) {
                    Some(id) => planned.site.id.clone_from(id),
                    None => {
                        self.counts.sites += 1;
                        planned.site.id = format!("DEMO-R{:07}", self.counts.sites);
                        self.site_ids.insert(planned.key, planned.site.id.clone());
                        sink.site(&planned.site)?;
                    }
                }
            }
            if planned.event.is_empty() {
                self.counts.events += 1;
                planned.event = format!("DEMO-E{:07}", self.counts.events);
            }
            let obliterated = chance(
                &mut self.people_rng,
                if gun.purchaser.is_some() {
                    OBLITERATED_TRAFFICKED_SHARE
                } else {
                    OBLITERATED_SINGLE_SHARE
                },
            );
            let spanish =
                gun.agency.is_mexican() || chance(&mut self.rng, SPANISH_TYPE_SHARE_US_AGENCY);
            fill_serial(&mut self.rng, &mut serial);
            self.counts.traces += 1;
            let year = year_index(year_of(planned.date));
            self.year_traces[year] += 1;
            self.year_rifles[year] += u64::from(is_rifle(gun.entry.class));
            let trace = Trace {
                number: self.counts.traces,
                weapon_type: if spanish {
                    gun.entry.type_es
                } else {
                    gun.entry.type_en
                },
                entry: gun.entry,
                serial: std::str::from_utf8(&serial).unwrap_or("DEMO"),
                purchase: gun.purchase,
                recovery: planned.date,
                store_index: gun.store,
                store: &self.stores.list[gun.store as usize],
                site: &planned.site,
                purchaser: gun.purchaser,
                case: gun.case,
                agency: gun.agency,
                person: gun.person.and_then(|i| self.people.get(i)),
                recovery_event: &planned.event,
                obliterated,
                holding: gun.holding,
            };
            sink.trace(&trace)?;
        }
        Ok(guns.len() as u64)
    }
}

/// Mixed into the seed for [`Generator::people_rng`].
const PEOPLE_STREAM: u64 = 0x5045_4F50_4C45;

fn year_index(year: i32) -> usize {
    (year.clamp(FIRST_YEAR, LAST_YEAR) - FIRST_YEAR) as usize
}

/// True for the rifle classes, .50s included.
pub fn is_rifle(class: WeaponClass) -> bool {
    matches!(
        class,
        WeaponClass::AkPattern
            | WeaponClass::ArPattern
            | WeaponClass::FiftyCal
            | WeaponClass::OtherRifle
    )
}

fn ttc_days(days: f64) -> i32 {
    // 60 years is past the earliest purchase from any recovery year.
    (days.round() as i32).clamp(MIN_TTC_DAYS, 60 * 366)
}

fn first_day() -> Day {
    day_of(FIRST_YEAR, 1, 1)
}

fn last_day() -> Day {
    day_of(LAST_YEAR, 12, 31)
}

/// `DEMO` and eight letters and digits (no I or O, which read as 1 and 0).
fn fill_serial(rng: &mut GenRng, serial: &mut [u8; 12]) {
    const LETTERS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
    serial[..4].copy_from_slice(b"DEMO");
    for byte in &mut serial[4..6] {
        *byte = LETTERS[between(rng, 0, LETTERS.len() as u32 - 1) as usize];
    }
    for byte in &mut serial[6..] {
        *byte = b'0' + between(rng, 0, 9) as u8;
    }
}

/// A purchaser's id as written in the files: `DEMO-P` and at least six
/// digits.
pub fn purchaser_id(number: u64) -> String {
    format!("DEMO-P{number:06}")
}

/// A case's id as written in the files: `DEMO-CASE-` and at least four
/// digits.
pub fn case_id(number: u64) -> String {
    format!("DEMO-CASE-{number:04}")
}

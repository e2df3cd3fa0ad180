//! Tests of the embedded basemap as a whole.

use std::collections::HashSet;
use std::sync::OnceLock;

use geo::{Area, Closest, ClosestPoint, Distance, Haversine, Intersects, Length, MapCoords, Point};

use super::outlines::segment_key;
use super::*;
use crate::geometry::mercator::{project, unproject};

fn basemap() -> &'static Basemap {
    static BASEMAP: OnceLock<Basemap> = OnceLock::new();
    BASEMAP.get_or_init(|| Basemap::embedded().expect("embedded basemap parses"))
}

fn code(text: &str) -> StateCode {
    StateCode::parse(text).expect("valid code")
}

fn state_at(lat_deg: f64, lon_deg: f64) -> Option<&'static str> {
    basemap()
        .state_at(lat_deg, lon_deg)
        .map(|state| state.code.as_str())
}

#[test]
fn mexico_city_is_cmx() {
    let cdmx = basemap()
        .states
        .get(code("MX-CMX"))
        .expect("Mexico City state");
    assert_eq!(cdmx.name_es, "Ciudad de México");
    assert_eq!(cdmx.name, "Mexico City");
    assert_eq!(state_at(19.4326, -99.1332), Some("MX-CMX"));
    let city = basemap().gazetteer.resolve("Ciudad de México", None);
    assert_eq!(
        city.place().map(|p| (p.name.as_str(), p.state)),
        Some(("Mexico City", code("MX-CMX")))
    );
    assert!(
        basemap()
            .states
            .states
            .iter()
            .all(|s| s.code.as_str() != "MX-DIF")
    );
    // The State of Mexico around it keeps its own name.
    let edomex = basemap()
        .states
        .get(code("MX-MEX"))
        .expect("State of Mexico");
    assert_eq!(
        (edomex.name.as_str(), edomex.name_es.as_str()),
        ("State of Mexico", "Estado de México")
    );
}

#[test]
fn alacranes_reef_belongs_to_yucatan() {
    // Natural Earth's unnamed 84th US/MX feature: Arrecife Alacranes, Progreso, Yucatán.
    assert_eq!(state_at(22.39, -89.66), Some("MX-YUC"));
}

#[test]
fn states_are_the_51_and_32_with_valid_polygons() {
    let states = &basemap().states.states;
    assert_eq!(
        states.iter().filter(|s| s.country == Country::Us).count(),
        51
    );
    assert_eq!(
        states.iter().filter(|s| s.country == Country::Mx).count(),
        32
    );
    for state in states {
        assert!(
            geo::Validation::is_valid(&state.polygons_deg),
            "{} invalid",
            state.code
        );
        assert_eq!(state.code.country(), state.country);
    }
}

#[test]
fn state_at_finds_cities_and_not_the_sea() {
    let cases = [
        (33.448, -112.074, Some("US-AZ")),  // Phoenix
        (24.802, -107.394, Some("MX-SIN")), // Culiacán
        (25.0, -90.0, None),                // Gulf of Mexico
        (20.0, -110.0, None),               // Pacific
        (31.759, -106.487, Some("US-TX")),  // El Paso
        (31.720, -106.461, Some("MX-CHH")), // Ciudad Juárez
        (27.506, -99.507, Some("US-TX")),   // Laredo
        (27.476, -99.516, Some("MX-TAM")),  // Nuevo Laredo
        (25.902, -97.497, Some("US-TX")),   // Brownsville
        (25.880, -97.504, Some("MX-TAM")),  // Matamoros
        (32.503, -117.004, Some("MX-BCN")), // Tijuana
        (32.716, -117.165, Some("US-CA")),  // San Diego
        (61.218, -149.900, Some("US-AK")),  // Anchorage
        (21.307, -157.858, Some("US-HI")),  // Honolulu
        (45.5, -73.6, None),                // Montréal
        (14.6, -90.5, None),                // Guatemala City
    ];
    for (lat, lon, expected) in cases {
        assert_eq!(state_at(lat, lon), expected, "{lat}, {lon}");
    }
}

#[test]
fn every_label_is_inside_its_state() {
    for state in &basemap().states.states {
        let label = Point::new(state.label_lon_deg, state.label_lat_deg);
        assert!(
            state.polygons_deg.intersects(&label),
            "{} label outside",
            state.code
        );
        assert_eq!(
            state.label,
            project(state.label_lat_deg, state.label_lon_deg)
        );
    }
}

#[test]
fn most_gazetteer_places_fall_in_their_own_state() {
    let gazetteer = &basemap().gazetteer;
    let in_own = |max_km: f64| {
        gazetteer
            .places()
            .iter()
            .filter(|p| {
                basemap()
                    .states
                    .state_near(p.lat_deg, p.lon_deg, max_km)
                    .is_some_and(|s| s.code == p.state)
            })
            .count()
    };
    let strict = in_own(0.0);
    let near = in_own(25.0);
    // The coarse coast leaves harbour and island towns in the sea; state_near picks them up.
    assert!(
        strict * 100 >= gazetteer.len() * 97,
        "{strict} of {}",
        gazetteer.len()
    );
    assert!(
        near * 100 >= gazetteer.len() * 99,
        "{near} of {}",
        gazetteer.len()
    );
    assert!(near > strict, "{near} near, {strict} strictly inside");
}

#[test]
fn triangulation_covers_each_polygon() {
    let world_area = |polygons: &geo::MultiPolygon<f64>| {
        polygons
            .map_coords(|c| {
                let p = project(c.y, c.x);
                geo::Coord { x: p.x, y: p.y }
            })
            .unsigned_area()
    };
    for state in &basemap().states.states {
        let mesh_area = basemap().states.mesh.area(&state.mesh);
        let polygon_area = world_area(&state.polygons_deg);
        let relative = (mesh_area - polygon_area).abs() / polygon_area;
        assert!(
            relative < 1e-6,
            "{}: mesh {mesh_area} polygon {polygon_area}",
            state.code
        );
    }
    let features = super::assets::read_areas(super::assets::COUNTRIES_GEOJSON).expect("countries");
    for (country, feature) in basemap().land.countries.iter().zip(&features) {
        let mesh_area = basemap().land.mesh.area(&country.mesh);
        let polygon_area = world_area(&feature.polygons);
        let relative = (mesh_area - polygon_area).abs() / polygon_area;
        assert!(
            relative < 1e-6,
            "{}: mesh {mesh_area} polygon {polygon_area}",
            country.iso_a2
        );
    }
    let mesh = &basemap().states.mesh;
    assert_eq!(mesh.indices.len() % 3, 0);
    assert!(
        mesh.indices
            .iter()
            .all(|&i| (i as usize) < mesh.vertices.len())
    );
}

#[test]
fn countries_have_unique_iso_codes() {
    let land = &basemap().land;
    let codes: HashSet<_> = land.countries.iter().map(|c| c.iso_a2.as_str()).collect();
    assert_eq!(codes.len(), 44);
    for iso_a2 in ["US", "MX", "CA", "GT", "BZ", "CU"] {
        assert!(
            land.get(iso_a2).is_some_and(|c| !c.mesh.indices.is_empty()),
            "{iso_a2}"
        );
    }
    assert_eq!(land.get("MX").map(|c| c.name.as_str()), Some("Mexico"));
}

fn outline_segments(kind: OutlineKind) -> impl Iterator<Item = (geo::Coord<f64>, geo::Coord<f64>)> {
    basemap()
        .outlines
        .iter()
        .filter(move |outline| outline.kind == kind)
        .flat_map(|outline| outline.points.windows(2))
        .map(|pair| {
            let degrees = |p| {
                let (lat, lon) = unproject(p);
                geo::Coord { x: lon, y: lat }
            };
            (degrees(pair[0]), degrees(pair[1]))
        })
}

#[test]
fn no_outline_runs_along_the_clip_box() {
    let on_edge = |a: f64, b: f64, edge: f64| (a - edge).abs() < 1e-6 && (b - edge).abs() < 1e-6;
    let mut segments = 0;
    for (a, b) in outline_segments(OutlineKind::Coast) {
        segments += 1;
        assert!(!on_edge(a.x, b.x, COUNTRIES_CLIP_WEST_DEG), "{a:?} {b:?}");
        assert!(!on_edge(a.x, b.x, COUNTRIES_CLIP_EAST_DEG), "{a:?} {b:?}");
        assert!(!on_edge(a.y, b.y, COUNTRIES_CLIP_SOUTH_DEG), "{a:?} {b:?}");
        assert!(!on_edge(a.y, b.y, COUNTRIES_CLIP_NORTH_DEG), "{a:?} {b:?}");
    }
    assert!(segments > 10_000, "{segments}");
}

#[test]
fn no_segment_is_stroked_twice() {
    let mut seen = HashSet::new();
    for kind in [
        OutlineKind::Coast,
        OutlineKind::StateBoundary,
        OutlineKind::InternationalBorder,
    ] {
        for (a, b) in outline_segments(kind) {
            // Unprojecting loses the last bits; the snapping grid (1e-6°) absorbs that.
            assert!(seen.insert(segment_key(a, b)), "{kind:?} {a:?} {b:?} twice");
        }
    }
}

#[test]
fn outlines_have_each_kind_and_real_lines() {
    let count = |kind| basemap().outlines.iter().filter(|o| o.kind == kind).count();
    assert_eq!(count(OutlineKind::InternationalBorder), 1);
    assert!(count(OutlineKind::StateBoundary) >= 60);
    assert!(count(OutlineKind::Coast) >= 100);
    assert!(basemap().outlines.iter().all(|o| o.points.len() >= 2));
    // The US–Canada border along 49°N is drawn (as Coast, from the 1:10m states) ...
    let on_49th = outline_segments(OutlineKind::Coast)
        .filter(|(a, b)| (a.y - 49.0).abs() < 0.01 && (b.y - 49.0).abs() < 0.01 && a.x < -100.0)
        .count();
    assert!(on_49th > 0);
}

#[test]
fn border_is_2640_km_and_shared_by_us_and_mexican_states() {
    let border = &basemap().us_mx_border_deg;
    let length_km = Haversine.length(border) / 1000.0;
    assert!((2_600.0..2_700.0).contains(&length_km), "{length_km} km");
    let first = border.0.first().expect("border has points");
    let last = border.0.last().expect("border has points");
    assert!(first.x > -97.2 && first.y < 26.0, "Gulf end {first:?}");
    assert!(last.x < -117.0 && last.y > 32.5, "Pacific end {last:?}");

    // Every border segment is an edge of a US state and of a Mexican state.
    let edges = |country: Country| -> HashSet<_> {
        basemap()
            .states
            .states
            .iter()
            .filter(|s| s.country == country)
            .flat_map(|s| s.polygons_deg.iter())
            .flat_map(|p| p.exterior().lines().collect::<Vec<_>>())
            .map(|l| segment_key(l.start, l.end))
            .collect()
    };
    let (us, mx) = (edges(Country::Us), edges(Country::Mx));
    for line in border.lines() {
        let key = segment_key(line.start, line.end);
        assert!(us.contains(&key) && mx.contains(&key), "{line:?}");
    }
}

#[test]
fn ports_lie_on_the_border() {
    let ports = &basemap().ports;
    assert_eq!(ports.len(), 31);
    let border = &basemap().us_mx_border_deg;
    for port in ports {
        let at = Point::new(port.lon_deg, port.lat_deg);
        let (Closest::SinglePoint(closest) | Closest::Intersection(closest)) =
            border.closest_point(&at)
        else {
            panic!("no closest point for {}", port.name);
        };
        let km = Haversine.distance(at, closest) / 1000.0;
        assert!(km < 3.0, "{} is {km:.1} km from the border", port.name);
        assert!(["US-CA", "US-AZ", "US-NM", "US-TX"].contains(&port.us_state.as_str()));
        assert_eq!(port.mx_state.country(), Country::Mx);
    }
    assert!(
        ports.windows(2).all(|w| w[0].lon_deg <= w[1].lon_deg + 0.1),
        "west to east"
    );
    let laredo = ports
        .iter()
        .find(|p| p.name == "Laredo (Colombia Solidarity)")
        .expect("port");
    assert_eq!(laredo.mx_state, code("MX-NLE"));
    // The big twin towns resolve in their state.
    for port in ports.iter().filter(|p| p.mx_town != "Colombia") {
        let resolution = basemap()
            .gazetteer
            .resolve(&port.mx_town, Some(port.mx_state.as_str()));
        if let Some(place) = resolution.place() {
            assert_eq!(place.state, port.mx_state, "{}", port.mx_town);
        }
    }
    for town in [
        "Tijuana",
        "Mexicali",
        "Nogales",
        "Agua Prieta",
        "Ciudad Juárez",
        "Ojinaga",
        "Ciudad Acuña",
        "Piedras Negras",
        "Nuevo Laredo",
        "Reynosa",
        "Heroica Matamoros",
    ] {
        let port = ports
            .iter()
            .find(|p| p.mx_town == town)
            .expect("port for town");
        let resolution = basemap()
            .gazetteer
            .resolve(town, Some(port.mx_state.as_str()));
        assert!(resolution.place().is_some(), "{town}: {resolution:?}");
    }
}

#[test]
fn gazetteer_is_sorted_by_population_and_states_are_iso() {
    let places = basemap().gazetteer.places();
    assert_eq!(places.len(), 9382);
    assert!(
        places
            .windows(2)
            .all(|w| w[0].population >= w[1].population)
    );
    assert!(
        places
            .iter()
            .all(|p| p.state.country() == p.country && p.population >= 5000)
    );
    assert!(
        places
            .iter()
            .all(|p| basemap().states.get(p.state).is_some())
    );
    assert_eq!(places[0].name, "Mexico City");
    assert_eq!(places[0].state, code("MX-CMX"));
    let culiacan = basemap()
        .gazetteer
        .resolve("Culiacán", None)
        .place()
        .expect("Culiacán");
    assert_eq!(culiacan.state, code("MX-SIN"));
    assert_eq!(culiacan.world, project(culiacan.lat_deg, culiacan.lon_deg));
}

#[test]
fn gazetteer_admin1_fixes_are_applied() {
    let resolve = |name, state| basemap().gazetteer.resolve(name, Some(state));
    assert!(resolve("Colonia Lindavista", "CDMX").place().is_some());
    assert!(resolve("Huautla de Jiménez", "Oaxaca").place().is_some());
}

#[test]
fn resolve_ignores_case_accents_and_abbreviations() {
    let gazetteer = &basemap().gazetteer;
    let name_state = |place: &str, state: Option<&str>| {
        gazetteer
            .resolve(place, state)
            .place()
            .map(|p| (p.name.clone(), p.state.to_string()))
    };
    let expect = |name: &str, state: &str| Some((name.to_owned(), state.to_owned()));
    assert_eq!(
        name_state("CULIACAN", Some("sinaloa")),
        expect("Culiacán", "MX-SIN")
    );
    assert_eq!(
        name_state("Apatzingan", Some("MICHOACAN")),
        expect("Apatzingán", "MX-MIC")
    );
    assert_eq!(
        name_state("cd. juarez", Some("Chih.")),
        expect("Ciudad Juárez", "MX-CHH")
    );
    assert_eq!(
        name_state("Cd Juarez", Some("CHIH")),
        expect("Ciudad Juárez", "MX-CHH")
    );
    assert_eq!(
        name_state("Juárez", None),
        expect("Ciudad Juárez", "MX-CHH")
    );
    assert_eq!(
        name_state("MATAMOROS", Some("TAM")),
        expect("Heroica Matamoros", "MX-TAM")
    );
    assert_eq!(
        name_state("Matamoros", Some("Coahuila")),
        expect("Matamoros", "MX-COA")
    );
    assert_eq!(
        name_state("st louis", Some("MO")),
        expect("St. Louis", "US-MO")
    );
    assert_eq!(
        name_state("New York", None),
        expect("New York City", "US-NY")
    );
    assert_eq!(
        name_state("Mexico City", Some("DF")),
        expect("Mexico City", "MX-CMX")
    );
    // MICHOACAN is a state, not a place.
    assert_eq!(gazetteer.resolve("MICHOACAN", None), Resolution::NotFound);
}

#[test]
fn resolve_separates_namesakes_by_state() {
    let gazetteer = &basemap().gazetteer;
    let sonora = gazetteer
        .resolve("Nogales", Some("SON"))
        .place()
        .expect("Nogales, Sonora");
    let arizona = gazetteer
        .resolve("Nogales", Some("AZ"))
        .place()
        .expect("Nogales, Arizona");
    assert_ne!(sonora.geonameid, arizona.geonameid);
    assert_eq!(
        (sonora.country, arizona.country),
        (Country::Mx, Country::Us)
    );
    assert_eq!(
        gazetteer.resolve("Nogales", Some("US-AZ")).place(),
        Some(arizona)
    );
    assert_eq!(
        gazetteer.resolve("Nogales", Some("MX.26")).place(),
        Some(sonora)
    );
    assert_eq!(
        gazetteer.resolve("Nogales", Some("Sonora")).place(),
        Some(sonora)
    );
    // `CO` means Colorado or Coahuila: the place decides.
    assert_eq!(
        gazetteer
            .resolve("Saltillo", Some("CO"))
            .place()
            .map(|p| p.state),
        Some(code("MX-COA"))
    );
    assert_eq!(
        gazetteer
            .resolve("Aurora", Some("CO"))
            .place()
            .map(|p| p.state),
        Some(code("US-CO"))
    );
}

#[test]
fn resolve_reports_ambiguity() {
    let gazetteer = &basemap().gazetteer;
    let springfield = gazetteer.resolve("Springfield", None);
    assert!(springfield.is_ambiguous());
    assert!(springfield.candidates() >= 10, "{springfield:?}");
    assert_eq!(
        springfield.place().map(|p| p.state),
        Some(code("US-MO")),
        "the largest"
    );
    assert!(
        matches!(gazetteer.resolve("Springfield", Some("IL")), Resolution::Unique(p) if p.state == code("US-IL"))
    );

    let mazatlan = gazetteer.resolve("MAZATLAN", None);
    assert_eq!(mazatlan.candidates(), 2);
    assert_eq!(mazatlan.place().map(|p| p.state), Some(code("MX-SIN")));
    let small = gazetteer.resolve("mazatlan", Some("Guerrero"));
    assert!(matches!(small, Resolution::Unique(p) if p.population < 10_000));

    // Two places of one name in one state stay ambiguous.
    let brentwood = gazetteer.resolve("Brentwood", Some("CA"));
    assert_eq!(brentwood.candidates(), 2);
    assert!(brentwood.is_ambiguous());

    assert_eq!(
        gazetteer.resolve("Nogales", Some("  ")),
        gazetteer.resolve("Nogales", None)
    );
    assert_eq!(
        gazetteer.resolve("Nogales", Some("Narnia")),
        Resolution::UnknownState
    );
    assert_eq!(gazetteer.resolve("", None), Resolution::NotFound);
}

#[test]
fn the_world_beyond_the_clip_box_is_land_too() {
    use geo::Contains;
    let beyond = &basemap().land.beyond;
    let land = |lat: f64, lon: f64| beyond.polygons_deg.contains(&geo::Point::new(lon, lat));
    // Greenland, Nunavut, Iceland and Colombia are outside the box…
    assert!(land(72.0, -40.0) && land(66.0, -100.0) && land(64.8, -18.0) && land(2.0, -74.0));
    // …the Atlantic is not land, and inside the box the 1:50m countries are.
    assert!(!land(40.0, -40.0) && !land(50.0, -100.0));
    // Its mesh fills what its outline encloses.
    let polygon_area = beyond
        .polygons_deg
        .map_coords(|c| {
            let p = project(c.y, c.x);
            geo::Coord { x: p.x, y: p.y }
        })
        .unsigned_area();
    let mesh_area = basemap().land.mesh.area(&beyond.mesh);
    assert!((mesh_area - polygon_area).abs() / polygon_area < 1e-6);
    // No coast is drawn along the antimeridian or where Mercator stops.
    for (a, b) in outline_segments(OutlineKind::Coast) {
        let vertical = (a.x - b.x).abs() < 1e-9 && a.x.abs() > 179.999;
        let horizontal = (a.y - b.y).abs() < 1e-9 && a.y.abs() > 84.999;
        assert!(!vertical && !horizontal, "{a:?} {b:?}");
    }
}

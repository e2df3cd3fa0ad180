//! Behaviour of the shipped rules and of the decision procedure.

use std::sync::LazyLock;

use super::*;
use crate::model::WeaponClass::{self, *};

static SHIPPED: LazyLock<Classifier> = LazyLock::new(|| Classifier::shipped().unwrap());

fn class(weapon_type: &str, make: &str, model: &str, caliber: &str) -> WeaponClass {
    SHIPPED.classify(weapon_type, make, model, caliber).class
}

/// (weapon type, make, model, caliber, expected class)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    WeaponClass,
);

fn check(cases: &[Case]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(t, ma, mo, ca, want)| {
            let got = SHIPPED.classify(t, ma, mo, ca);
            (got.class != want).then(|| {
                format!(
                    "({t:?}, {ma:?}, {mo:?}, {ca:?}): want {}, got {got}",
                    want.id()
                )
            })
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn shipped_rules_parse() {
    let c = Classifier::shipped().unwrap();
    assert!(c.rules(RuleList::Type).len() >= 10);
    assert!(c.rules(RuleList::Model).len() >= 50);
    assert!(
        c.rules(RuleList::Model)
            .iter()
            .all(|r| r.origin == RuleOrigin::Base)
    );
}

#[test]
fn every_class_but_unknown_has_type_words_and_model_rules() {
    for class in WeaponClass::ALL {
        let has = |list| SHIPPED.rules(list).iter().any(|r: &Rule| r.class == class);
        assert!(has(RuleList::Type), "{}", class.id());
        if class != Unknown {
            assert!(has(RuleList::Model), "{}", class.id());
        }
    }
}

#[test]
fn ak_pattern_examples() {
    check(&[
        ("", "", "AK-47", "", AkPattern),
        ("", "", "AK47", "", AkPattern),
        ("", "", "ak 47", "", AkPattern),
        ("", "", "AKM", "", AkPattern),
        ("", "", "AKMS", "", AkPattern),
        ("", "", "AK-74", "", AkPattern),
        ("", "", "AKS-74U", "", AkPattern),
        ("", "ROMARM/CUGIR", "WASR", "", AkPattern),
        ("", "CENTURY ARMS", "WASR-10", "7.62X39", AkPattern),
        (
            "",
            "CENTURY INTERNATIONAL ARMS",
            "WASR 10/63",
            "7.62",
            AkPattern,
        ),
        ("", "CENTURY ARMS", "GP WASR-10", "", AkPattern),
        ("", "CENTURY ARMS", "DRACO", "7.62X39", AkPattern),
        ("", "CENTURY ARMS", "MINI DRACO", "", AkPattern),
        ("", "CENTURY ARMS", "MICRO DRACO", "", AkPattern),
        ("", "NORINCO", "MAK-90", "", AkPattern),
        ("", "NORINCO", "MAK90", "", AkPattern),
        ("", "NORINCO", "MAK 90 SPORTER", "", AkPattern),
        ("", "IZHMASH", "SAIGA", "7.62X39", AkPattern),
        ("", "", "SAIGA-308", "", AkPattern),
        ("", "ROMARM", "SAR-1", "", AkPattern),
        ("", "", "SAR 3", "", AkPattern),
        ("", "MOLOT", "VEPR", "", AkPattern),
        ("", "ROMARM", "PSL", "7.62X54R", AkPattern),
        ("", "ARSENAL", "SAM7R", "", AkPattern),
        ("", "ARSENAL", "SLR-95", "", AkPattern),
        ("", "ZASTAVA", "N-PAP", "", AkPattern),
        ("", "ZASTAVA", "O-PAP", "", AkPattern),
        ("", "ZASTAVA", "ZPAP M70", "", AkPattern),
        ("", "ZASTAVA", "PAP M92 PV", "", AkPattern),
        ("", "ZASTAVA", "M70 AB2", "", AkPattern),
        ("", "ARSENAL", "AR-M1", "", AkPattern),
        ("", "FEG", "AMD-65", "", AkPattern),
        ("", "CENTURY ARMS", "C39V2", "", AkPattern),
        ("", "CENTURY ARMS", "RAS47", "", AkPattern),
        ("", "PALMETTO STATE ARMORY", "PSAK-47 GF3", "", AkPattern),
        ("", "KALASHNIKOV USA", "KR-103", "", AkPattern),
        ("", "IWI", "GALIL ACE", "", AkPattern),
        ("", "ROMARM", "", "", AkPattern),
        ("", "", "CUERNO DE CHIVO", "", AkPattern),
        ("cuerno de chivo", "", "", "", AkPattern),
        ("CUERNO", "", "", "", AkPattern),
        ("FUSIL AK-47", "", "", "", AkPattern),
    ]);
}

#[test]
fn ar_pattern_examples() {
    check(&[
        ("", "", "AR-15", "", ArPattern),
        ("", "", "AR15", "", ArPattern),
        ("", "", "ar 15", "", ArPattern),
        ("", "COLT", "AR-15", ".223", ArPattern),
        ("", "COLT", "M4", "5.56", ArPattern),
        ("", "COLT", "M4A1", "", ArPattern),
        ("", "COLT", "M16A2", "", ArPattern),
        ("", "COLT", "SPORTER", "", ArPattern),
        ("", "COLT", "MATCH TARGET HBAR", "", ArPattern),
        ("", "COLT", "LE6920", "", ArPattern),
        ("", "BUSHMASTER", "XM-15", "", ArPattern),
        ("", "", "XM15-E2S", "", ArPattern),
        ("", "BUSHMASTER", "", "", ArPattern),
        ("", "DPMS", "PANTHER", "", ArPattern),
        ("", "DPMS", "LR-308", ".308", ArPattern),
        ("", "SMITH & WESSON", "M&P15", "5.56", ArPattern),
        ("", "S&W", "M&P 15 SPORT II", "", ArPattern),
        ("", "SMITH AND WESSON", "MP15", "", ArPattern),
        ("", "SMITH & WESSON", "M&P15-22", ".22 LR", ArPattern),
        ("", "SMITH & WESSON", "M&P10", ".308", ArPattern),
        ("", "OLYMPIC ARMS", "PLINKER", "", ArPattern),
        ("", "ROCK RIVER ARMS", "LAR-15", "", ArPattern),
        ("", "ARMALITE", "M-15", "", ArPattern),
        ("", "ARMALITE", "AR-10", ".308", ArPattern),
        ("", "STURM, RUGER & CO.", "AR-556", "5.56", ArPattern),
        ("", "SIG SAUER", "M400", "", ArPattern),
        ("", "PALMETTO STATE ARMORY", "PA-15", "", ArPattern),
        ("", "PSA", "PSA-15", "", ArPattern),
        ("", "SPRINGFIELD ARMORY", "SAINT", "", ArPattern),
        ("", "REMINGTON", "R-15", "", ArPattern),
        ("", "HECKLER & KOCH", "MR556A1", "", ArPattern),
        ("", "", "CAR-15", "", ArPattern),
        ("", "BARRETT", "REC7", "", ArPattern),
        ("", "", "", ".50 BEOWULF", ArPattern),
        ("AR-15", "", "", "", ArPattern),
        ("RIFLE AR", "", "", "", ArPattern),
    ]);
}

#[test]
fn fifty_cal_examples() {
    check(&[
        ("", "BARRETT", "M82", ".50 BMG", FiftyCal),
        ("", "BARRETT", "M82A1", "", FiftyCal),
        ("", "BARRETT", "82A1", "", FiftyCal),
        ("", "BARRETT", "M107A1", "", FiftyCal),
        ("", "BARRETT", "M95", "", FiftyCal),
        ("", "BARRETT", "M99", "", FiftyCal),
        ("", "BARRETT FIREARMS MFG", "", "", FiftyCal),
        ("", "", "", ".50 BMG", FiftyCal),
        ("", "", "", "50 BMG", FiftyCal),
        ("", "", "", "50BMG", FiftyCal),
        ("", "", "", "12.7X99", FiftyCal),
        ("", "", "", "12.7 mm", FiftyCal),
        ("", "", "", ".50 CAL", FiftyCal),
        ("", "", "", "CAL. .50", FiftyCal),
        ("MACHINE GUN", "U.S. ORDNANCE", "M2HB", ".50 BMG", FiftyCal),
        ("", "BROWNING", "M2", "", FiftyCal),
        ("", "SERBU", "BFG-50", "", FiftyCal),
        ("", "ARMALITE", "AR-50", "", FiftyCal),
        ("", "MCMILLAN", "TAC-50", "", FiftyCal),
        ("", "BUSHMASTER", "BA50", "", FiftyCal),
        ("RIFLE", "BARRETT", "M82A1", ".50", FiftyCal),
        ("RIFLE", "", "", ".50 cal", FiftyCal),
        ("FUSIL", "", "", "CALIBRE .50", FiftyCal),
        ("FUSIL BARRETT", "", "", "", FiftyCal),
        ("RIFLE CAL .50", "", "", "", FiftyCal),
    ]);
}

#[test]
fn pistol_examples() {
    check(&[
        ("", "GLOCK", "19", "9MM", Pistol),
        ("", "", "GLOCK 17", "", Pistol),
        ("", "FN HERSTAL", "FIVE-SEVEN", "5.7X28", Pistol),
        ("", "FN", "Five-seveN MK2", "", Pistol),
        ("", "FNH", "FN 57", "", Pistol),
        ("", "", "FN FIVE-SEVEN", "", Pistol),
        ("", "", "", "5.7x28mm", Pistol),
        ("", "BERETTA", "92FS", "9MM", Pistol),
        ("", "BERETTA", "92", "", Pistol),
        ("", "BERETTA", "M9A3", "", Pistol),
        ("", "COLT", "1911", ".45", Pistol),
        ("", "COLT", "M1911A1", "", Pistol),
        ("", "COLT", "SUPER 38", "", Pistol),
        ("", "COLT", "GOVERNMENT", ".38 SUPER", Pistol),
        ("", "", "", ".38 SUPER", Pistol),
        ("", "TAURUS", "PT111 G2", "9MM", Pistol),
        ("", "TAURUS", "PT-92", "", Pistol),
        ("", "TAURUS", "G3C", "", Pistol),
        ("", "SMITH & WESSON", "SD9VE", "", Pistol),
        ("", "SMITH & WESSON", "M&P 9 SHIELD", "", Pistol),
        ("", "SMITH & WESSON", "SW40VE", "", Pistol),
        ("", "SIG SAUER", "P226", "", Pistol),
        ("", "SIG SAUER", "P365 XL", "", Pistol),
        ("", "FN", "HI-POWER", "", Pistol),
        ("", "BROWNING", "HI POWER", "", Pistol),
        ("", "MAGNUM RESEARCH", "DESERT EAGLE", ".50 AE", Pistol),
        ("", "", "MAKAROV", "9X18", Pistol),
        ("", "", "TOKAREV TT-33", "7.62X25", Pistol),
        ("", "NORINCO", "TT33", "", Pistol),
        ("", "BERSA", "THUNDER 380", ".380", Pistol),
        ("", "HI-POINT", "C9", "9MM", Pistol),
        ("", "HI POINT", "JHP", "", Pistol),
        ("", "RUGER", "LCP", ".380", Pistol),
        ("", "RUGER", "P90", ".45", Pistol),
        ("", "ZASTAVA", "M70A", "", Pistol),
        ("", "", "", ".357 SIG", Pistol),
        ("", "", "", "9 MM", Pistol),
        ("", "", "", "9", Pistol),
        ("ESCUADRA", "", "", "", Pistol),
        ("PISTOLA", "", "", "", Pistol),
        ("pistola semiautomática", "", "", "", Pistol),
        ("PISTOL", "", "", "", Pistol),
        ("HANDGUN", "", "", "", Pistol),
        ("ARMA CORTA", "", "", "", Pistol),
        ("DERRINGER", "", "", "", Pistol),
    ]);
}

#[test]
fn revolver_examples() {
    check(&[
        ("REVOLVER", "", "", "", Revolver),
        ("Revólver", "", "", "", Revolver),
        ("REVÓLVER", "", "", "", Revolver),
        ("", "", "", ".38 SPECIAL", Revolver),
        ("", "", "", ".38 SPL +P", Revolver),
        ("", "", "", ".357 MAGNUM", Revolver),
        ("", "", "", "357 MAG", Revolver),
        ("", "COLT", "PYTHON", ".357", Revolver),
        ("", "COLT", "DETECTIVE SPECIAL", ".38", Revolver),
        ("", "SMITH & WESSON", "686-6", ".357", Revolver),
        ("", "SMITH & WESSON", "MODEL 10", ".38", Revolver),
        ("", "SMITH & WESSON", "M&P 340", "", Revolver),
        ("", "S&W", "BODYGUARD 38", "", Revolver),
        ("", "RUGER", "GP100", "", Revolver),
        ("", "RUGER", "SP101", "", Revolver),
        ("", "TAURUS", "85", ".38", Revolver),
        ("", "TAURUS", "JUDGE", ".45LC/.410", Revolver),
        ("", "SMITH & WESSON", "GOVERNOR", "", Revolver),
        ("", "CHARTER ARMS", "UNDERCOVER", "", Revolver),
        ("", "", "", ".500 S&W", Revolver),
        ("", "", "", ".44 MAGNUM", Revolver),
        ("", "", "REVOLVER", "", Revolver),
    ]);
}

#[test]
fn shotgun_examples() {
    check(&[
        ("SHOTGUN", "", "", "", Shotgun),
        ("ESCOPETA", "", "", "", Shotgun),
        ("ESCOPETA RECORTADA", "", "", "", Shotgun),
        ("", "", "", "12 GAUGE", Shotgun),
        ("", "", "", "12GA", Shotgun),
        ("", "", "", "12 ga", Shotgun),
        ("", "", "", "20 GAUGE", Shotgun),
        ("", "", "", ".410", Shotgun),
        ("", "", "", "12", Shotgun),
        ("", "", "", "CAL. 12", Shotgun),
        ("", "REMINGTON", "870", "12", Shotgun),
        ("", "REMINGTON", "870 EXPRESS", "", Shotgun),
        ("", "MOSSBERG", "500", "", Shotgun),
        ("", "O.F. MOSSBERG & SONS", "590A1", "", Shotgun),
        ("", "MAVERICK ARMS", "88", "", Shotgun),
        ("", "BENELLI", "M4", "12GA", Shotgun),
        ("", "BENELLI", "M1 SUPER 90", "", Shotgun),
        ("", "BENELLI", "SUPER BLACK EAGLE", "", Shotgun),
        ("", "IZHMASH", "SAIGA 12", "", Shotgun),
        ("", "IZHMASH", "SAIGA", "12 GA", Shotgun),
        ("", "KEL-TEC", "KSG", "", Shotgun),
        ("", "WINCHESTER", "SXP", "", Shotgun),
        ("", "", "ESCOPETA", "", Shotgun),
    ]);
}

#[test]
fn other_rifle_examples() {
    check(&[
        ("", "NORINCO", "SKS", "7.62X39", OtherRifle),
        ("", "RUGER", "MINI-14", ".223", OtherRifle),
        ("", "RUGER", "MINI 30", "7.62X39", OtherRifle),
        ("", "RUGER", "10/22", ".22 LR", OtherRifle),
        ("RIFLE", "", "", ".22 LR", OtherRifle),
        ("", "", "", ".30-06", OtherRifle),
        ("", "REMINGTON", "700", ".308", OtherRifle),
        ("", "", "", ".308 WIN", OtherRifle),
        ("", "", "", "7.62X39", OtherRifle),
        ("", "", "", "5.56X45", OtherRifle),
        ("", "WINCHESTER", "MODEL 70", ".270 WIN", OtherRifle),
        ("", "MARLIN", "336", ".30-30", OtherRifle),
        ("", "SPRINGFIELD ARMORY", "M1A", ".308", OtherRifle),
        ("", "", "MOSIN NAGANT", "7.62X54R", OtherRifle),
        ("", "FN", "SCAR 17S", "", OtherRifle),
        ("", "FN", "PS90", "5.7X28", OtherRifle),
        ("", "KEL-TEC", "SUB-2000", "9MM", OtherRifle),
        ("", "HI-POINT", "995TS", "9MM", OtherRifle),
        ("RIFLE", "", "", "", OtherRifle),
        ("FUSIL", "", "", "", OtherRifle),
        ("CARABINA", "", "", "", OtherRifle),
        ("RIFLE SEMIAUTOMATICO", "", "", "", OtherRifle),
        ("ARMA LARGA", "", "", "", OtherRifle),
        ("", "", "RIFLE", "", OtherRifle),
    ]);
}

#[test]
fn other_examples() {
    check(&[
        ("MACHINE GUN", "", "", "", Other),
        ("AMETRALLADORA", "", "", "", Other),
        ("SUBAMETRALLADORA", "", "", "", Other),
        ("SUBFUSIL", "", "", "", Other),
        ("SUBMACHINE GUN", "", "", "", Other),
        ("LANZAGRANADAS", "", "", "", Other),
        ("GRENADE LAUNCHER", "", "", "", Other),
        ("PISTOLA AMETRALLADORA", "", "", "", Other),
        ("RECEIVER/FRAME", "", "", "", Other),
        ("", "HECKLER & KOCH", "MP5", "9MM", Other),
        ("", "IWI", "UZI PRO", "9MM", Other),
        ("", "", "MAC-10", "", Other),
        ("", "FN", "P90", "5.7X28", Other),
        ("", "FN", "M249 SAW", "", Other),
        ("", "", "M203", "", Other),
    ]);
}

#[test]
fn look_alike_names_are_not_misread() {
    check(&[
        // Whole tokens: AK is not in MAKAROV, M4 is not M40, SAR 1 is not SAR 9.
        ("", "", "MAKAROV", "", Pistol),
        ("", "REMINGTON", "M40", ".308", OtherRifle),
        ("", "SARSILMAZ", "SAR 9", "9MM", Pistol),
        ("", "", "MAK", "", Unknown),
        ("", "", "M40", "", Unknown),
        ("", "", "AKIMBO", "", Unknown),
        ("", "", "MARK", "", Unknown),
        // .50 but not .50 BMG.
        ("", "MAGNUM RESEARCH", "DESERT EAGLE", ".50 AE", Pistol),
        ("", "", "", ".50 AE", Pistol),
        ("PISTOL", "", "", ".50 AE", Pistol),
        ("", "SMITH & WESSON", "500", ".500 S&W MAGNUM", Revolver),
        ("", "", "", ".500 S&W", Revolver),
        ("REVOLVER", "", "", ".500 S&W", Revolver),
        ("", "CVA", "OPTIMA", ".50", OtherRifle),
        // A bare ".50" is not enough (see the docs).
        ("", "", "", ".50", Unknown),
        ("PISTOL", "", "", ".50", Pistol),
        ("REVOLVER", "", "", ".50", Revolver),
        ("PISTOLA CAL .50", "", "", ".50", Pistol),
        (
            "",
            "TRADITIONS",
            "BUCKSTALKER MUZZLELOADER",
            ".50 CAL",
            OtherRifle,
        ),
        // .357 SIG is a pistol round, .357 Magnum a revolver round.
        ("", "", "", ".357 SIG", Pistol),
        ("", "", "", ".357 MAGNUM", Revolver),
        // A Barrett model number on another make.
        ("", "MAUSER", "M95", "7X57", OtherRifle),
        ("", "", "M95", "", Unknown),
        // AK- and AR-looking names that are not.
        ("", "IZHMASH", "SAIGA-12", "", Shotgun),
        ("", "BENELLI", "M4 TACTICAL", "", Shotgun),
        ("", "HENRY", "AR-7", ".22 LR", OtherRifle),
        ("", "CHARTER ARMS", "AR-7 EXPLORER", "", OtherRifle),
        ("", "ARMALITE", "AR-24", "9MM", Pistol),
        ("", "ARMALITE", "AR-180B", "", OtherRifle),
        ("", "RUGER", "GP100", "", Revolver),
        ("", "TAURUS", "G3", "9MM", Pistol),
        ("", "HECKLER & KOCH", "G3", ".308", OtherRifle),
        ("", "SMITH & WESSON", "15", ".38", Revolver),
        ("", "SMITH & WESSON", "M&P15", "", ArPattern),
        // 7.62x39 alone is not an AK: the SKS and Mini-30 use it too.
        ("RIFLE", "NORINCO", "SKS", "7.62X39", OtherRifle),
        ("RIFLE", "", "", "7.62X39", OtherRifle),
        ("", "", "", "7.62x25", Pistol),
        ("", "", "", "7.62 TOKAREV", Pistol),
        // Gauges and calibres that share digits.
        ("", "", "", "12.7", FiftyCal),
        ("", "", "", "12", Shotgun),
        ("", "", "", "5.7", Pistol),
        ("", "", "", "7MM REM MAG", OtherRifle),
        // .38 alone could be .38 Special or .38 Super; .22 LR fits pistols and rifles.
        ("", "", "", ".38", Unknown),
        ("", "", "", ".22 LR", Unknown),
        ("", "", "", ".357", Unknown),
        // Make-restricted model numbers.
        ("", "BERETTA", "686 SILVER PIGEON", "12", Shotgun),
        ("", "SMITH & WESSON", "686", "", Revolver),
        ("", "WINCHESTER", "1894", ".30-30", OtherRifle),
        ("", "RUGER", "AMERICAN PISTOL", "9MM", Pistol),
        ("", "RUGER", "AMERICAN RANCH", "7.62X39", OtherRifle),
        ("", "SIG SAUER", "MCX", "", OtherRifle),
        ("", "SIG SAUER", "P320", "", Pistol),
    ]);
}

#[test]
fn spanish_type_words() {
    check(&[
        ("PISTOLA", "", "", "", Pistol),
        ("Pistola", "", "", "", Pistol),
        ("REVÓLVER", "", "", "", Revolver),
        ("revolver", "", "", "", Revolver),
        ("ESCOPETA", "", "", "", Shotgun),
        ("Escopeta de bomba", "", "", "", Shotgun),
        ("RIFLE", "", "", "", OtherRifle),
        ("FUSIL", "", "", "", OtherRifle),
        ("FUSÍL DE ASALTO", "", "", "", OtherRifle),
        ("CARABINA", "", "", "", OtherRifle),
        ("MOSQUETÓN", "", "", "", OtherRifle),
        ("ARMA LARGA", "", "", "", OtherRifle),
        ("ARMA CORTA", "", "", "", Pistol),
        ("ESCUADRA", "", "", "", Pistol),
        ("CUERNO DE CHIVO", "", "", "", AkPattern),
        ("AMETRALLADORA", "", "", "", Other),
        ("SUBAMETRALLADORA", "", "", "", Other),
        ("METRALLETA", "", "", "", Other),
        ("SUBFUSIL", "", "", "", Other),
        ("LANZAGRANADAS", "", "", "", Other),
        ("ARMA HECHIZA", "", "", "", Other),
        ("PISTOLA LANZA BENGALAS", "", "", "", Other),
    ]);
}

#[test]
fn a_pattern_type_wins_outright() {
    let c = SHIPPED.classify("AK-47", "GLOCK", "19", "9MM");
    assert_eq!(c.class, AkPattern);
    assert_eq!(c.source, ClassSource::Type);
    assert_eq!(c.matched.as_deref(), Some("AK-47"));
    assert_eq!(c.refined_type, None);
}

#[test]
fn a_pattern_model_refines_a_generic_type() {
    let c = SHIPPED.classify("PISTOL", "CENTURY ARMS", "DRACO", "7.62X39");
    assert_eq!(c.class, AkPattern);
    assert_eq!(c.source, ClassSource::Model(Field::Model));
    assert_eq!(c.matched.as_deref(), Some("DRACO"));
    assert_eq!(c.refined_type, Some(Pistol));
    assert!(!c.unrecognised_type);

    assert_eq!(class("PISTOLA", "DPMS", "AR PISTOL", "5.56"), ArPattern);
    assert_eq!(class("RIFLE", "BARRETT", "M107A1", ".50 BMG"), FiftyCal);
    assert_eq!(class("RIFLE", "", "", ".50 BMG"), FiftyCal);
    assert_eq!(class("ARMA LARGA", "", "AK-47", ""), AkPattern);
    assert_eq!(class("RECEIVER", "DPMS", "", ""), ArPattern);
}

#[test]
fn a_generic_type_beats_a_generic_model() {
    let c = SHIPPED.classify("REVOLVER", "GLOCK", "17", "9MM");
    assert_eq!(c.class, Revolver);
    assert_eq!(c.source, ClassSource::Type);
    assert_eq!(c.matched.as_deref(), Some("REVOLVER"));
    assert_eq!(c.refined_type, None);

    assert_eq!(class("RIFLE", "HI-POINT", "C9", "9MM"), OtherRifle);
    assert_eq!(class("SHOTGUN", "", "SKS", ""), Shotgun);
}

#[test]
fn without_a_type_the_model_decides() {
    let c = SHIPPED.classify("", "SMITH & WESSON", "M&P15", "");
    assert_eq!(c.class, ArPattern);
    assert_eq!(c.source, ClassSource::Model(Field::Model));
    assert_eq!(c.matched.as_deref(), Some("M&P15"));
    assert!(!c.unrecognised_type);
    assert!(!c.needs_warning());

    let c = SHIPPED.classify("", "GLOCK", "", "");
    assert_eq!(c.source, ClassSource::Model(Field::Make));

    let c = SHIPPED.classify("", "", "", "9MM");
    assert_eq!(
        (c.class, c.source),
        (Pistol, ClassSource::Model(Field::Caliber))
    );
}

#[test]
fn unrecognised_types_are_flagged_but_still_classified() {
    let c = SHIPPED.classify("TASER", "GLOCK", "17", "");
    assert_eq!(c.class, Pistol);
    assert!(c.unrecognised_type);
    assert!(c.needs_warning());
    let rule = c.rule.unwrap();
    assert_eq!(
        c.to_string(),
        format!(
            "pistol: make matched \"GLOCK\" (built-in [[model]] rule {}, line {}); weapon type not recognised",
            rule.index, rule.line
        )
    );

    let c = SHIPPED.classify("TASER", "", "", "");
    assert_eq!(c, Classification::none(true));
    assert_eq!(
        c.to_string(),
        "unknown: no rule matched; weapon type not recognised"
    );
}

#[test]
fn placeholders_and_blanks_are_not_flagged() {
    for blank in ["", "  ", "-", "N/A", "UNKNOWN", "Desconocido", "SIN DATOS"] {
        let c = SHIPPED.classify(blank, "", "", "");
        assert_eq!(c.class, Unknown, "{blank:?}");
        assert!(!c.unrecognised_type, "{blank:?}");
        assert!(c.needs_warning(), "{blank:?}");

        let c = SHIPPED.classify(blank, "GLOCK", "", "");
        assert_eq!(c.class, Pistol, "{blank:?}");
        assert!(!c.unrecognised_type, "{blank:?}");
    }
    // A placeholder does not hide a real word next to it.
    assert_eq!(class("UNKNOWN RIFLE", "", "", ""), OtherRifle);
}

#[test]
fn the_reason_names_the_rule() {
    let c = SHIPPED.classify("PISTOL", "CENTURY ARMS", "DRACO", "");
    let rule = c.rule.unwrap();
    assert_eq!(rule.list, RuleList::Model);
    assert_eq!(rule.origin, RuleOrigin::Base);
    let shipped_rule = &SHIPPED.rules(RuleList::Model)[rule.index - 1];
    assert_eq!(shipped_rule.line, rule.line);
    assert!(shipped_rule.keywords.iter().any(|k| &**k == "DRACO"));
    assert_eq!(
        SHIPPED_RULES
            .lines()
            .nth(rule.line - 1)
            .map(|l| l.starts_with("[[model]]")),
        Some(true)
    );
    assert_eq!(
        c.to_string(),
        format!(
            "ak_pattern: model matched \"DRACO\" (built-in [[model]] rule {}, line {}), refining weapon type pistol",
            rule.index, rule.line
        )
    );
}

const USER_RULES: &str = r#"
[[type]]
class = "other"
keywords = ["TASER"]

[[model]]
class = "ak_pattern"
keywords = ["7.62x39"]
fields = ["caliber"]

[[model]] # switch off the shipped Bersa rule for one odd make
class = "unknown"
keywords = ["BERSA"]
make = ["ACME"]

[[model]]
class = "fifty_cal"
keywords = [".50"]
fields = ["caliber"]
"#;

#[test]
fn user_rules_override_shipped_ones() {
    let c = Classifier::shipped()
        .unwrap()
        .with_user_rules(USER_RULES)
        .unwrap();
    assert_eq!(c.rules(RuleList::Type)[0].origin, RuleOrigin::User);
    assert_eq!(c.rules(RuleList::Type)[1].origin, RuleOrigin::Base);
    assert_eq!(
        c.rules(RuleList::Model).len(),
        SHIPPED.rules(RuleList::Model).len() + 3
    );
    assert_eq!(c.classify("RIFLE", "", "", ".50").class, FiftyCal);

    let taser = c.classify("TASER", "", "", "");
    assert_eq!(taser.class, Other);
    assert!(!taser.unrecognised_type);
    assert_eq!(
        taser.rule.map(|r| (r.origin, r.index, r.line)),
        Some((RuleOrigin::User, 1, 2))
    );

    // User rules come first, even before the shipped SKS rule.
    assert_eq!(c.classify("RIFLE", "", "", "7.62X39").class, AkPattern);
    assert_eq!(
        c.classify("RIFLE", "NORINCO", "SKS", "7.62X39").class,
        AkPattern
    );
    assert_eq!(
        SHIPPED.classify("RIFLE", "NORINCO", "SKS", "7.62X39").class,
        OtherRifle
    );

    // A user `unknown` rule stops the search.
    let stopped = c.classify("", "ACME", "BERSA CLONE", "9MM");
    assert_eq!(stopped.class, Unknown);
    assert_eq!(stopped.source, ClassSource::Model(Field::Model));
    assert_eq!(c.classify("", "BERSA", "THUNDER", "").class, Pistol);
    // ... but a generic type still stands.
    assert_eq!(
        c.classify("PISTOLA", "ACME", "BERSA CLONE", "").class,
        Pistol
    );
}

#[test]
fn later_user_files_come_first() {
    let first = "[[model]]\nclass = \"pistol\"\nkeywords = [\"ZZ-1\"]\n";
    let second = "[[model]]\nclass = \"revolver\"\nkeywords = [\"ZZ-1\"]\n";
    let c = Classifier::shipped()
        .unwrap()
        .with_user_rules(first)
        .unwrap()
        .with_user_rules(second)
        .unwrap();
    assert_eq!(c.classify("", "", "ZZ1", "").class, Revolver);
}

#[test]
fn bad_user_rules_are_reported_not_applied() {
    let e = Classifier::shipped()
        .unwrap()
        .with_user_rules("[[model]]\nclass = \"ak\"\nkeywords = [\"X\"]\n")
        .unwrap_err();
    assert!(
        e.to_string()
            .starts_with("[[model]] rule 1 (line 1): unknown class \"ak\""),
        "{e}"
    );
    let e =
        Classifier::from_toml_str("[[type]]\nclass = \"pistol\"\nkeywords = [\"P\"\n").unwrap_err();
    assert!(matches!(e, RulesError::Toml { .. }), "{e:?}");
}

#[test]
fn cached_and_uncached_agree_on_every_example() {
    let mut cached = CachedClassifier::new(SHIPPED.clone());
    for (t, ma, mo, ca) in bench_rows() {
        assert_eq!(
            *cached.classify(t, ma, mo, ca),
            SHIPPED.classify(t, ma, mo, ca)
        );
    }
}

fn bench_rows() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    let types = [
        "", "PISTOLA", "RIFLE", "REVOLVER", "ESCOPETA", "FUSIL", "UNKNOWN", "PISTOL",
    ];
    let guns = [
        ("CENTURY ARMS INTERNATIONAL", "WASR-10 63", "7.62X39MM"),
        ("ROMARM/CUGIR", "DRACO", "7.62X39"),
        ("COLT'S MANUFACTURING", "AR-15 A2 SPORTER", ".223 REM"),
        ("SMITH & WESSON", "M&P 15 SPORT II", "5.56 NATO"),
        ("BARRETT FIREARMS MFG", "M82A1", ".50 BMG"),
        ("GLOCK GMBH", "19 GEN 5", "9MM LUGER"),
        ("FN HERSTAL", "FIVE-SEVEN MK2", "5.7X28MM"),
        ("SMITH & WESSON", "686-6", ".357 MAGNUM"),
        ("REMINGTON ARMS", "870 EXPRESS", "12 GAUGE"),
        ("STURM, RUGER & CO.", "MINI-14 RANCH", ".223"),
        ("NORINCO", "SKS", "7.62X39"),
        ("TAURUS", "PT-1911", ".38 SUPER"),
        ("UNKNOWN MAKER", "UNKNOWN", "UNKNOWN"),
        ("HECKLER & KOCH", "MP5", "9MM"),
        ("MOSSBERG", "500 PERSUADER", "12"),
        ("BERSA", "THUNDER 380", ".380 ACP"),
        ("SIG SAUER", "P365", "9MM"),
        ("BUSHMASTER", "XM15-E2S", "5.56"),
        ("MAGNUM RESEARCH", "DESERT EAGLE", ".50 AE"),
        ("ACME", "MODEL 1", ".22 LR"),
        ("", "", ""),
        ("IZHMASH", "SAIGA", "7.62X39"),
        ("ZASTAVA", "ZPAP M70", "7.62X39"),
        ("KEL-TEC", "SUB-2000", "9MM"),
        ("COLT", "PYTHON", ".357 MAG"),
    ];
    let mut rows = Vec::new();
    for t in types {
        for (ma, mo, ca) in guns {
            rows.push((t, ma, mo, ca));
        }
    }
    rows
}

//! `--orientation` and `--sensor`: what the page's `deviceorientation` and
//! `devicemotion` events report, set over the DevTools protocol as a test
//! harness would set a phone's sensors. The browser itself then fires the
//! events, with the units and nulls a real device gives.

use std::time::Duration;

use serde_json::{json, Value};

use crate::Fail;

/// The sensors behind `devicemotion` (DOM attribute in brackets):
/// `accelerometer` (accelerationIncludingGravity, m/s²),
/// `linear-acceleration` (acceleration, m/s²), `gyroscope` (rotationRate;
/// the sensor reads rad/s, the event gives degrees per second).
pub const MOTION_SENSORS: [&str; 3] = ["accelerometer", "linear-acceleration", "gyroscope"];

/// One change of the device's state.
#[derive(Debug, Clone, PartialEq)]
pub enum Reading {
    /// alpha, beta, gamma in degrees.
    Orientation([f64; 3]),
    /// One of `MOTION_SENSORS` and its x, y, z.
    Motion(&'static str, [f64; 3]),
}

/// A reading scheduled `at` after the page's load event.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadingAt {
    pub at: Duration,
    pub reading: Reading,
}

/// `X,Y,Z@MS` for `flag`: three finite numbers and a time.
fn three_at(flag: &str, value: &str, example: &str) -> Result<([f64; 3], Duration), Fail> {
    let bad = || Fail::usage(format!("{flag} needs {example}, not '{value}'"));
    let (numbers, ms) = value.rsplit_once('@').ok_or_else(bad)?;
    let parsed: Vec<f64> = numbers
        .split(',')
        .map(|n| n.trim().parse::<f64>().ok().filter(|x| x.is_finite()))
        .collect::<Option<_>>()
        .ok_or_else(bad)?;
    let xyz: [f64; 3] = parsed.try_into().map_err(|_| bad())?;
    Ok((xyz, crate::parse_ms(flag, ms)?))
}

/// `--orientation ALPHA,BETA,GAMMA@MS`.
pub fn parse_orientation(value: &str) -> Result<ReadingAt, Fail> {
    let (angles, at) = three_at(
        "--orientation",
        value,
        "ALPHA,BETA,GAMMA@MS, like 90,45,-30@500",
    )?;
    Ok(ReadingAt {
        at,
        reading: Reading::Orientation(angles),
    })
}

/// `--sensor NAME=X,Y,Z@MS`, NAME one of `MOTION_SENSORS`.
pub fn parse_sensor(value: &str) -> Result<ReadingAt, Fail> {
    let example = "NAME=X,Y,Z@MS, like accelerometer=0,0,9.8@500";
    let (name, rest) = value
        .split_once('=')
        .ok_or_else(|| Fail::usage(format!("--sensor needs {example}, not '{value}'")))?;
    let name = MOTION_SENSORS.iter().find(|s| **s == name).ok_or_else(|| {
        Fail::usage(format!(
            "--sensor: unknown sensor '{name}' (use {})",
            MOTION_SENSORS.join(", ")
        ))
    })?;
    let (xyz, at) = three_at("--sensor", rest, example)?;
    Ok(ReadingAt {
        at,
        reading: Reading::Motion(name, xyz),
    })
}

/// The protocol calls to make before the page loads. With any `--sensor`,
/// the three motion sensors are virtual: the named ones exist, the others
/// are reported missing, so `devicemotion` gives null for their fields
/// whatever the machine has.
pub fn setup(readings: &[ReadingAt]) -> Vec<(&'static str, Value)> {
    let named = |sensor: &str| {
        readings
            .iter()
            .any(|r| matches!(r.reading, Reading::Motion(s, _) if s == sensor))
    };
    if !readings
        .iter()
        .any(|r| matches!(r.reading, Reading::Motion(..)))
    {
        return Vec::new();
    }
    MOTION_SENSORS
        .iter()
        .map(|sensor| {
            (
                "Emulation.setSensorOverrideEnabled",
                json!({ "enabled": true, "type": sensor, "metadata": { "available": named(sensor) } }),
            )
        })
        .collect()
}

impl Reading {
    /// The protocol call that makes the device report this reading.
    pub fn command(&self) -> (&'static str, Value) {
        match self {
            Reading::Orientation([alpha, beta, gamma]) => (
                "DeviceOrientation.setDeviceOrientationOverride",
                json!({ "alpha": alpha, "beta": beta, "gamma": gamma }),
            ),
            Reading::Motion(sensor, [x, y, z]) => (
                "Emulation.setSensorOverrideReadings",
                json!({ "type": sensor, "reading": { "xyz": { "x": x, "y": y, "z": z } } }),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_orientation_and_sensors() {
        let o = parse_orientation("90,45.5,-30@250").expect("orientation");
        assert_eq!(o.at, Duration::from_millis(250));
        assert_eq!(o.reading, Reading::Orientation([90.0, 45.5, -30.0]));
        let s = parse_sensor("gyroscope=1,2,3@0").expect("sensor");
        assert_eq!(s.reading, Reading::Motion("gyroscope", [1.0, 2.0, 3.0]));
        for bad in ["1,2@5", "1,2,3", "1,2,x@5", "1,2,3,4@5", "1,2,inf@5"] {
            assert!(parse_orientation(bad).is_err(), "{bad}");
        }
        for bad in ["compass=1,2,3@5", "gyroscope", "gyroscope=1,2@5"] {
            assert!(parse_sensor(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unnamed_motion_sensors_are_missing() {
        assert!(setup(&[parse_orientation("1,2,3@0").unwrap()]).is_empty());
        let calls = setup(&[parse_sensor("accelerometer=0,0,9.8@0").unwrap()]);
        let available: Vec<bool> = calls
            .iter()
            .map(|(_, p)| p["metadata"]["available"] == true)
            .collect();
        assert_eq!(available, [true, false, false]);
    }
}

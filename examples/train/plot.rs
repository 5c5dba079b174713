//! Training curves of the `train` example: a PNG with the loss on the left (every step, and the
//! mean of each epoch) and the training and validation accuracy of each epoch on the right.
//!
//! The text is drawn with the DejaVu Sans Mono font embedded in the example, so a plot needs no
//! font installed on the machine. The PNG is rendered into a temporary file beside the target and
//! renamed over it once complete: a failed plot leaves the previous one, never half of a new one.

use std::path::Path;
use std::sync::OnceLock;

use anyhow::{anyhow, bail};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontStyle, register_font};

use crate::files::{check_writable, temporary_beside};

/// The size of the PNG, in pixels.
pub const WIDTH: u32 = 1000;
/// The size of the PNG, in pixels.
pub const HEIGHT: u32 = 450;

/// The family name the embedded font is registered under.
const FONT: &str = "DejaVu Sans Mono";

/// The embedded font (see `examples/data/README.md` for its licence).
static FONT_DATA: &[u8] = include_bytes!("../data/DejaVuSansMono.ttf");

/// The light line of every step's loss.
const STEP_COLOR: RGBColor = RGBColor(160, 190, 230);
/// The bold line of each epoch's mean loss.
const MEAN_COLOR: RGBColor = RGBColor(25, 70, 160);
/// The training accuracy.
const TRAIN_COLOR: RGBColor = RGBColor(230, 120, 20);
/// The validation accuracy.
const VALIDATION_COLOR: RGBColor = RGBColor(30, 140, 70);
/// The grid, the legend's border, the subtitle.
const GREY: RGBColor = RGBColor(110, 110, 110);

/// What one epoch of training measured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EpochRecord {
    /// The epoch, counted from 1; 0 may hold a measurement before any training.
    pub epoch: usize,
    /// The mean of the losses of the epoch's batches.
    pub train_loss: f64,
    /// The fraction of the training set classified correctly at the end of the epoch, in
    /// `[0, 1]` (plotted in percent).
    pub train_accuracy: f64,
    /// The fraction of the validation set classified correctly at the end of the epoch, in
    /// `[0, 1]` (plotted in percent).
    pub validation_accuracy: f64,
}

/// A training run as [`plot_history`] draws it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    /// The model's name (`"mlp"`, `"conv"`, ..), in the plot's title.
    pub model: String,
    /// A short line of the run's settings (`"lr 0.1, batch 64, seed 1"`), under the title; may be
    /// empty.
    pub settings: String,
    /// The steps (batches) of an epoch: where each step's loss falls on the epoch axis. Required
    /// when there are [`batch_losses`](History::batch_losses).
    pub steps_per_epoch: usize,
    /// One record per finished epoch, in order.
    pub records: Vec<EpochRecord>,
    /// The loss of every step, in order (NaN and infinities are left out of the plot).
    pub batch_losses: Vec<f64>,
}

impl History {
    /// An empty history of `model`, trained with `steps_per_epoch` batches an epoch.
    pub fn new(model: impl Into<String>, steps_per_epoch: usize) -> Self {
        Self {
            model: model.into(),
            steps_per_epoch,
            ..Self::default()
        }
    }

    /// The record with the best validation accuracy (the earliest of equals), if any.
    pub fn best(&self) -> Option<&EpochRecord> {
        self.records
            .iter()
            .rev()
            .max_by(|a, b| a.validation_accuracy.total_cmp(&b.validation_accuracy))
    }
}

/// Draws `history` to the PNG `path` ([`WIDTH`] x [`HEIGHT`]), replacing the file if it exists.
///
/// Left, the loss against the epoch: every step's loss in a thin light line and each epoch's
/// mean in bold, at the middle of its epoch. Right, the training and validation accuracy at the
/// end of each epoch, in percent. Errors are one line naming the file: a name not ending in
/// `.png`, a folder that does not exist, an empty history, accuracies that are not fractions.
/// The file is complete or untouched.
pub fn plot_history(path: &Path, history: &History) -> anyhow::Result<()> {
    let file = path.display();
    check_target(path)?;
    if history.records.is_empty() && history.batch_losses.is_empty() {
        bail!(
            "cannot draw plot {file}: the history of {:?} is empty (no step, no epoch)",
            history.model
        );
    }
    if !history.batch_losses.is_empty() && history.steps_per_epoch == 0 {
        bail!("cannot draw plot {file}: steps_per_epoch is 0, so the steps have no epoch");
    }
    for record in &history.records {
        for (name, value) in [
            ("train_accuracy", record.train_accuracy),
            ("validation_accuracy", record.validation_accuracy),
        ] {
            if !(0.0..=1.0).contains(&value) {
                bail!(
                    "cannot draw plot {file}: the {name} of epoch {} is {value}, not a fraction \
                     in [0, 1]",
                    record.epoch
                );
            }
        }
    }
    register_fonts().map_err(|err| anyhow!("cannot draw plot {file}: {err}"))?;

    let temporary =
        temporary_beside(path, ".png").map_err(|err| anyhow!("cannot draw plot {file}: {err}"))?;
    draw(temporary.path(), history).map_err(|err| anyhow!("cannot draw plot {file}: {err}"))?;
    temporary
        .persist(path)
        .map_err(|err| anyhow!("cannot draw plot {file}: {}", err.error))?;
    Ok(())
}

/// Checks that [`plot_history`] will be able to write a plot at `path`, before the training it
/// would draw: the name ends in `.png` (the only format drawn), and a file can be created at
/// `path` (see [`check_writable`]).
///
/// **Errors**: one line naming the file and the problem,
/// `cannot draw plot curves.jpg: only PNG is drawn, so the name must end in .png`.
pub fn check_target(path: &Path) -> anyhow::Result<()> {
    let file = path.display();
    // The encoder picks the format from the extension; the example only promises PNG.
    let png = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("png"));
    if !png {
        bail!("cannot draw plot {file}: only PNG is drawn, so the name must end in .png");
    }
    check_writable(path).map_err(|reason| anyhow!("cannot draw plot {file}: {reason}"))
}

/// Registers the embedded font, once per process.
fn register_fonts() -> anyhow::Result<()> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    // Under "sans-serif" too: that is the family plotters asks for wherever no style names one,
    // and with ab_glyph there is no system font to fall back on.
    let registered = *REGISTERED.get_or_init(|| {
        [FONT, "sans-serif"]
            .into_iter()
            .all(|name| register_font(name, FontStyle::Normal, FONT_DATA).is_ok())
    });
    if !registered {
        bail!("the embedded font is not a valid TrueType font");
    }
    Ok(())
}

/// A part of the image.
type Area<'a> = DrawingArea<BitMapBackend<'a>, Shift>;

/// The end of a drawing: plotters' errors, boxed (their types name the backend).
type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// Renders the plot into the PNG file `target`.
fn draw(target: &Path, history: &History) -> DrawResult {
    let root = BitMapBackend::new(target, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let (header, body) = root.split_vertically(if history.settings.is_empty() { 36 } else { 56 });
    draw_title(&header, history)?;
    let (left, right) = body.split_horizontally(WIDTH / 2);
    // Both panels share the epoch axis, so that an epoch is at the same place in each.
    let epochs = epoch_extent(history);
    draw_loss(&left, history, epochs)?;
    draw_accuracy(&right, history, epochs)?;
    root.present()?;
    Ok(())
}

/// The title: the model and a summary of the run, and the settings under it.
fn draw_title(area: &Area, history: &History) -> DrawResult {
    let epochs = history.records.last().map_or(0, |record| record.epoch);
    let mut title = format!(
        "{}: {} epoch{}, {} steps",
        history.model,
        epochs,
        if epochs == 1 { "" } else { "s" },
        history.batch_losses.len()
    );
    if let Some(best) = history.best() {
        title += &format!(
            ", best validation {:.1}% at epoch {}",
            100.0 * best.validation_accuracy,
            best.epoch
        );
    }
    let center = Pos::new(HPos::Center, VPos::Top);
    let x = WIDTH as i32 / 2;
    area.draw(&Text::new(
        title,
        (x, 10),
        (FONT, 19).into_font().color(&BLACK).pos(center),
    ))?;
    if !history.settings.is_empty() {
        area.draw(&Text::new(
            history.settings.clone(),
            (x, 34),
            (FONT, 14).into_font().color(&GREY).pos(center),
        ))?;
    }
    Ok(())
}

/// The loss panel: every step's loss, and each epoch's mean at the middle of its epoch (where
/// the steps it averages are).
fn draw_loss(area: &Area, history: &History, epochs: f64) -> DrawResult {
    let steps_per_epoch = history.steps_per_epoch.max(1) as f64;
    let steps: Vec<(f64, f64)> = history
        .batch_losses
        .iter()
        .enumerate()
        .map(|(step, &loss)| ((step + 1) as f64 / steps_per_epoch, loss))
        .filter(|(_, loss)| loss.is_finite())
        .collect();
    let means: Vec<(f64, f64)> = history
        .records
        .iter()
        .map(|record| {
            let x = if record.epoch == 0 {
                0.0
            } else {
                record.epoch as f64 - 0.5
            };
            (x, record.train_loss)
        })
        .filter(|(_, loss)| loss.is_finite())
        .collect();
    let losses = steps.iter().chain(&means).map(|&(_, loss)| loss);
    // Within a quarter of the largest f64 either way: the axis's span (and plotters' ticks,
    // which loop forever on an infinite one) must stay finite when a diverging run reaches 1e308.
    let bound = f64::MAX / 4.0;
    let (low, high) = losses.fold((0.0f64, 0.0f64), |(low, high), loss| {
        (low.min(loss).max(-bound), high.max(loss).min(bound))
    });
    // A margin above the highest loss, and a range even when there is nothing finite to show.
    let high = if high > low {
        high + 0.05 * (high - low)
    } else {
        low + 1.0
    };

    let mut chart = ChartBuilder::on(area)
        .caption("loss", (FONT, 17))
        .margin(12)
        .x_label_area_size(42)
        .y_label_area_size(64)
        .build_cartesian_2d(0.0..epochs, low..high)?;
    chart
        .configure_mesh()
        .x_desc("epoch")
        .y_desc("training loss")
        .x_label_formatter(&|&x| tick_label(x, epochs))
        .y_label_formatter(&|&y| tick_label(y, high - low))
        .label_style((FONT, 13))
        .axis_desc_style((FONT, 14))
        .light_line_style(WHITE)
        .bold_line_style(GREY.mix(0.25))
        .draw()?;
    let thin = STEP_COLOR.stroke_width(1);
    if !steps.is_empty() {
        chart
            .draw_series(LineSeries::new(steps, thin))?
            .label("each step")
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 22, y)], thin));
    }
    let bold = MEAN_COLOR.stroke_width(3);
    if !means.is_empty() {
        chart
            .draw_series(LineSeries::new(means.iter().copied(), bold))?
            .label("epoch mean")
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 22, y)], bold));
        chart.draw_series(
            means
                .iter()
                .map(|&point| Circle::new(point, 4, MEAN_COLOR.filled())),
        )?;
    }
    // The loss falls to the right: the upper right corner is the emptiest.
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .label_font((FONT, 13))
        .background_style(WHITE.mix(0.9))
        .border_style(GREY.mix(0.6))
        .draw()?;
    Ok(())
}

/// The accuracy panel: training and validation accuracy at the end of each epoch, in percent.
fn draw_accuracy(area: &Area, history: &History, epochs: f64) -> DrawResult {
    let percent = |accuracy: fn(&EpochRecord) -> f64| -> Vec<(f64, f64)> {
        history
            .records
            .iter()
            .map(|record| (record.epoch as f64, 100.0 * accuracy(record)))
            .collect()
    };
    let train = percent(|record| record.train_accuracy);
    let validation = percent(|record| record.validation_accuracy);
    // From a multiple of ten below the lowest accuracy (by two points at least, to keep its
    // marker off the axis) to 100%: late epochs in the high nineties stay apart, where a 0 to 100
    // axis would crush them into a line. A little room above 100% keeps the markers of a perfect
    // score whole.
    let lowest = train
        .iter()
        .chain(&validation)
        .map(|&(_, accuracy)| accuracy)
        .reduce(f64::min)
        .unwrap_or(0.0);
    let low = (((lowest - 2.0) / 10.0).floor() * 10.0).clamp(0.0, 90.0);

    let mut chart = ChartBuilder::on(area)
        .caption("accuracy", (FONT, 17))
        .margin(12)
        .x_label_area_size(42)
        .y_label_area_size(64)
        .build_cartesian_2d(0.0..epochs, low..101.0)?;
    chart
        .configure_mesh()
        .x_desc("epoch")
        .y_desc("accuracy (%)")
        .x_label_formatter(&|&x| tick_label(x, epochs))
        .y_label_formatter(&|y| format!("{y:.0}"))
        .label_style((FONT, 13))
        .axis_desc_style((FONT, 14))
        .light_line_style(WHITE)
        .bold_line_style(GREY.mix(0.25))
        .draw()?;
    if history.records.is_empty() {
        let middle = (epochs / 2.0, (low + 100.0) / 2.0);
        let style = (FONT, 15)
            .into_font()
            .color(&GREY)
            .pos(Pos::new(HPos::Center, VPos::Center));
        chart
            .plotting_area()
            .draw(&Text::new("no epoch finished yet", middle, style))?;
        return Ok(());
    }
    for (points, color, name) in [
        (train, TRAIN_COLOR, "training"),
        (validation, VALIDATION_COLOR, "validation"),
    ] {
        let line = color.stroke_width(2);
        chart
            .draw_series(LineSeries::new(points.iter().copied(), line))?
            .label(name)
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 22, y)], line));
        chart.draw_series(
            points
                .iter()
                .map(|&point| Circle::new(point, 3, color.filled())),
        )?;
    }
    // The accuracy rises to the right: the lower right corner is the emptiest.
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .label_font((FONT, 13))
        .background_style(WHITE.mix(0.9))
        .border_style(GREY.mix(0.6))
        .draw()?;
    Ok(())
}

/// The end of the epoch axis: the last epoch recorded or the last step, whichever is later.
fn epoch_extent(history: &History) -> f64 {
    let last_epoch = history.records.last().map_or(0, |record| record.epoch) as f64;
    let last_step = history.batch_losses.len() as f64 / history.steps_per_epoch.max(1) as f64;
    let end = last_epoch.max(last_step);
    if end > 0.0 { end } else { 1.0 }
}

/// A label of an axis spanning `span`: whole numbers bare, others with the decimals that tell
/// neighbouring ticks apart. Plotters puts about ten ticks on an axis, a step of 1, 2 or 5 times
/// a power of ten, so a step near a tenth of the span needs the decimals of that power.
fn tick_label(value: f64, span: f64) -> String {
    // Beyond five digits, a diverging loss: the magnitude is what matters.
    if value.abs() >= 1e5 {
        return format!("{value:.1e}");
    }
    if (value - value.round()).abs() < 1e-9 {
        return format!("{value:.0}");
    }
    let step = span / 10.0;
    let decimals = if step > 0.0 {
        (-step.log10().floor()).clamp(0.0, 6.0) as usize
    } else {
        0
    };
    format!("{value:.decimals$}")
}

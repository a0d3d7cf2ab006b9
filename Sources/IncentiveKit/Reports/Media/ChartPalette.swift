/// The colours of the HTML report's charts: at most eight per chart, told apart by people with
/// the common colour-vision deficiencies (Okabe and Ito's palette), plus the band tints of the
/// DORA levels.
enum ChartPalette {
  /// Seven series colours; an eighth series, when a chart has more, is `other`.
  static let series = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]
  /// The colour of everything beyond the first seven series ("other components").
  static let other = "#8c8c8c"

  /// A DORA level's marker colour.
  static func color(of level: DORALevel) -> String {
    switch level {
    case .elite: "#009E73"
    case .high: "#0072B2"
    case .medium: "#E69F00"
    case .low: "#D55E00"
    }
  }

  /// A DORA level's band tint, light enough for markers and text on top.
  static func tint(of level: DORALevel) -> String {
    switch level {
    case .elite: "#d5f0e6"
    case .high: "#d6e7f5"
    case .medium: "#fbeacb"
    case .low: "#f8dccc"
    }
  }
}

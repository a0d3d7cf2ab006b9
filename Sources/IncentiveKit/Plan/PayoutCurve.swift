/// A piecewise-linear map from a metric value to a multiplier: flat beyond the ends, linear
/// between neighbouring points, and a step where two points share a value (the later point
/// wins at the step). Falling multipliers express lower-is-better metrics.
public struct PayoutCurve: Sendable, Equatable {
  struct Point: Sendable, Equatable {
    public var value: FixedDecimal
    public var multiplier: FixedDecimal
    public init(value: FixedDecimal, multiplier: FixedDecimal) {
      self.value = value
      self.multiplier = multiplier
    }
  }

  /// Where a value landed on the curve, for `explain`.
  enum Placement: Sendable, Equatable {
    case belowFirst(Point)
    case aboveLast(Point)
    case atPoint(Point)
    case between(Point, Point)
  }

  /// Sorted by value (non-decreasing), never empty.
  let points: [Point]
  /// Each point's value in units of `Precision.metricValue` decimals, the scale every computed and imported metric
  /// value has, so a reading compares whole numbers instead of rescaling two decimals per comparison (three
  /// quarters of the engine's decimal comparisons); nil when a point has more decimals than that.
  private let valueUnits: [Int128]?

  init(points: [Point]) {
    precondition(!points.isEmpty, "a curve needs at least one point")
    self.points = points
    let units = points.compactMap { $0.value.checkedUnits(atScale: Precision.metricValue) }
    valueUnits = units.count == points.count ? units : nil
  }

  /// Equal when the points are: `valueUnits` is derived from them, and is nil for a point written with more than 6
  /// decimals even when it equals one written with fewer (`0.5000000` and `0.5`).
  public static func == (lhs: PayoutCurve, rhs: PayoutCurve) -> Bool { lhs.points == rhs.points }

  func placement(of value: FixedDecimal) -> Placement {
    if let valueUnits, value.scale == Precision.metricValue {
      return placement(of: value.units) { valueUnits[$0] }
    }
    return placement(of: value) { points[$0].value }
  }

  /// Where `value` lies among the points, whose values `valueAt` gives in the same exact form as `value`.
  private func placement<Value: Comparable>(of value: Value, valueAt: (Int) -> Value) -> Placement {
    let last = points.count - 1
    if value < valueAt(0) { return .belowFirst(points[0]) }
    if value > valueAt(last) { return .aboveLast(points[last]) }
    // The last point at or below the value (so a step takes the later point), by binary search over the
    // sorted points: a 64k-point curve read for every person stays log-time per reading.
    var low = 0
    var high = last
    while low < high {
      let middle = (low + high + 1) / 2
      if valueAt(middle) <= value { low = middle } else { high = middle - 1 }
    }
    if valueAt(low) == value || low == last { return .atPoint(points[low]) }
    return .between(points[low], points[low + 1])
  }

  /// The exact multiplier at `value` (rounded later, once, to 4 decimals).
  public func multiplier(at value: FixedDecimal) -> Ratio { reading(of: value).multiplier }

  /// Where `value` lies among the points, and the exact multiplier there.
  func reading(of value: FixedDecimal) -> (placement: Placement, multiplier: Ratio) {
    let placement = placement(of: value)
    return (placement, multiplier(at: value, placed: placement))
  }

  /// The exact multiplier at `value`, which `placement(of:)` put at `placement`.
  private func multiplier(at value: FixedDecimal, placed placement: Placement) -> Ratio {
    switch placement {
    case .belowFirst(let point), .aboveLast(let point), .atPoint(let point):
      return Ratio(point.multiplier)
    case .between(let lower, let upper):
      // y0 + (y1 − y0)(v − x0)/(x1 − x0), over a common scale.
      let scale = max(lower.value.scale, upper.value.scale, value.scale, lower.multiplier.scale, upper.multiplier.scale)
      let x0 = lower.value.units(atScale: scale)
      let x1 = upper.value.units(atScale: scale)
      let v = value.units(atScale: scale)
      let y0 = lower.multiplier.units(atScale: scale)
      let y1 = upper.multiplier.units(atScale: scale)
      let numerator = y0 * (x1 - x0) + (y1 - y0) * (v - x0)
      return Ratio(numerator, (x1 - x0) * pow10(scale))
    }
  }

  /// The highest multiplier the curve can pay.
  public var maximum: FixedDecimal { points.map(\.multiplier).max()! }
}

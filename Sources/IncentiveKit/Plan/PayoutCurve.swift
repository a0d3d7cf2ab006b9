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

  init(points: [Point]) {
    precondition(!points.isEmpty, "a curve needs at least one point")
    self.points = points
  }

  func placement(of value: FixedDecimal) -> Placement {
    if value < points[0].value { return .belowFirst(points[0]) }
    if value > points[points.count - 1].value { return .aboveLast(points[points.count - 1]) }
    // The last point at or below the value (so a step takes the later point).
    var index = 0
    while index + 1 < points.count && points[index + 1].value <= value { index += 1 }
    if points[index].value == value || index + 1 == points.count { return .atPoint(points[index]) }
    return .between(points[index], points[index + 1])
  }

  /// The exact multiplier at `value` (rounded later, once, to 4 decimals).
  public func multiplier(at value: FixedDecimal) -> Ratio {
    switch placement(of: value) {
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

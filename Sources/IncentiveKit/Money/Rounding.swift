/// How an exact quotient becomes an integer. Payroll rounds half-even ("banker's rounding")
/// so that rounding errors do not drift one way across thousands of payouts.
public enum RoundingRule: Sendable {
  /// Nearest, ties to the even neighbour: 0.125 → 0.12, 0.135 → 0.14.
  case halfEven
  /// Towards negative infinity; used for the first pass of largest-remainder allocation.
  case down

  /// Divides `numerator` by `denominator` (non-zero) and rounds the quotient to an integer.
  public func divide(_ numerator: Int128, by denominator: Int128) -> Int128 {
    precondition(denominator != 0, "division by zero in rounding")
    var n = numerator
    var d = denominator
    if d < 0 { n = -n; d = -d }
    // Floor division, so the remainder r is in [0, d).
    var q = n / d
    var r = n % d
    if r < 0 { q -= 1; r += d }
    switch self {
    case .down:
      return q
    case .halfEven:
      let twice = r * 2
      if twice > d || (twice == d && q % 2 != 0) { return q + 1 }
      return q
    }
  }
}

/// Powers of ten as `Int128`, for rescaling fixed-point numbers without floating point.
@inline(__always)
func pow10(_ exponent: Int) -> Int128 {
  precondition(exponent >= 0 && exponent <= 38, "10^\(exponent) does not fit in Int128")
  return powersOfTen[exponent]
}

/// 10^0 through 10^38, every power an `Int128` holds: every rescale and comparison of two
/// decimals looks one up, so it is read from a table, not multiplied out each time. Written out
/// as literals so the compiler lays the table down in the binary: a table built by a closure is
/// initialised lazily, and every lookup paid for that check (about 77 lookups a person paid).
private let powersOfTen: [Int128] = [
  1,
  10,
  100,
  1000,
  10000,
  100000,
  1000000,
  10000000,
  100000000,
  1000000000,
  10000000000,
  100000000000,
  1000000000000,
  10000000000000,
  100000000000000,
  1000000000000000,
  10000000000000000,
  100000000000000000,
  1000000000000000000,
  10000000000000000000,
  100000000000000000000,
  1000000000000000000000,
  10000000000000000000000,
  100000000000000000000000,
  1000000000000000000000000,
  10000000000000000000000000,
  100000000000000000000000000,
  1000000000000000000000000000,
  10000000000000000000000000000,
  100000000000000000000000000000,
  1000000000000000000000000000000,
  10000000000000000000000000000000,
  100000000000000000000000000000000,
  1000000000000000000000000000000000,
  10000000000000000000000000000000000,
  100000000000000000000000000000000000,
  1000000000000000000000000000000000000,
  10000000000000000000000000000000000000,
  100000000000000000000000000000000000000,
]

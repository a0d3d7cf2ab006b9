/// The greatest common divisor of the magnitudes of `a` and `b`, which is not 0: what a fraction is divided by to
/// put it in lowest terms before a product would leave `Int128` (formula arithmetic, a target bonus or a payout's
/// component shares near the limits). At least 1, and at most `b`'s magnitude, so it fits.
func greatestCommonDivisor(_ a: Int128, _ b: Int128) -> Int128 {
  precondition(b != 0, "greatest common divisor with 0")
  var (x, y) = (a.magnitude, b.magnitude)
  while y != 0 { (x, y) = (y, x % y) }
  return Int128(x)
}

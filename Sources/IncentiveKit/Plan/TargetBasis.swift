/// What a bonus target is a percentage of. Paying on local salary makes two people at the
/// same level in different regions earn different targets; paying on the band midpoint of
/// their level does not.
enum TargetBasis: Sendable, Equatable {
  /// The roster's base_salary.
  case salary
  /// The midpoint of the person's level band (keyed by roster `level`), in plan currency.
  case band([String: FixedDecimal])
}

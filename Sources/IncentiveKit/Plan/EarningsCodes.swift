/// The earnings code each payroll line carries (plan key `"earnings_codes"`): payroll systems
/// book a bonus, an on-call premium and a retention payment to different pay elements, and the
/// codes are the organisation's own.
///
/// A component's line looks up its component id, then the kind `bonus`; a line of pay outside
/// the bonus looks up its kind (`oncall_premium`, `retention_tranche`). Unmapped lines fall
/// back to the kind in upper case (`BONUS`, `ONCALL_PREMIUM`, `RETENTION_TRANCHE`).
struct EarningsCodes: Sendable, Equatable {
  /// The kind every bonus component line falls back to.
  static let bonusKind = "bonus"
  /// Keys that name a kind rather than a component.
  static let kinds = [bonusKind] + [ExtraPay.Kind.oncallPremium, .retentionTranche].map(\.rawValue)

  /// Component id or kind → code, as the plan wrote them.
  var codes: [String: String]

  init(codes: [String: String] = [:]) {
    self.codes = codes
  }

  /// The code of a bonus component's line.
  func code(forComponent id: String) -> String {
    codes[id] ?? codes[Self.bonusKind] ?? Self.bonusKind.uppercased()
  }

  /// The code of a line of pay outside the bonus.
  func code(for kind: ExtraPay.Kind) -> String {
    codes[kind.rawValue] ?? kind.rawValue.uppercased()
  }
}

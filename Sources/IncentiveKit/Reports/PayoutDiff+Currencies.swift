extension PayoutDiff {
  /// The differing engineers of a run in several currencies, one line each with the amounts in the
  /// person's own currency (the tables print every amount in one currency, so they can't be used):
  /// `M4 Sato Haruki: payout 302466 → 302470 JPY (+4)`.
  ///
  /// - Parameter currencies: engineer id → the currency they are paid in; `fallback` for anyone
  ///   not in the newer run.
  func differencesByCurrency(_ currencies: [String: Currency], fallback: Currency) -> String {
    engineers.filter(\.isDifferent).map { change in
      let currency = currencies[change.id] ?? fallback
      let before = change.payout.before.map { $0.formatted(in: currency) } ?? "—"
      let after = change.payout.after.map { $0.formatted(in: currency) } ?? "—"
      return "\(change.id)\(change.name.map { " \($0)" } ?? ""): payout \(before) → \(after) \(currency.code) "
        + "(\(change.payout.delta.signedGrouped(in: currency)))\n"
    }.joined()
  }
}

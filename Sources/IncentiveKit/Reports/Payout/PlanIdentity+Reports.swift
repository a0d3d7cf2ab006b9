extension PayoutReport.PlanIdentity {
  /// `{"name": …, "version": …, "sha256": …}`: how every JSON report names the plan that paid.
  var jsonValue: JSONValue {
    .object([("name", .string(name)), ("version", .string(version)), ("sha256", .string(sha256))])
  }

  /// `Acme incentives (version 2026-Q3.2) · 2026-07-01 to 2026-09-30`: the first line of
  /// every text report.
  public func heading(for period: Period) -> String {
    "\(name) (version \(version)) · \(period.from) to \(period.to)"
  }
}

extension Period {
  /// `{"from": "2026-07-01", "to": "2026-09-30"}`.
  var jsonValue: JSONValue {
    .object([("from", .string(from.description)), ("to", .string(to.description))])
  }
}

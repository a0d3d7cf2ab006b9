extension PayoutRun {
  /// The payout of `id` in `report`, a report of this run.
  ///
  /// - Throws: `PayoutLookupError` saying whether the person is unknown or was not employed.
  func payout(of id: String, in report: PayoutReport) throws(PayoutLookupError) -> EngineerPayout {
    if let payout = report.engineers.first(where: { $0.engineer.id == id }) { return payout }
    throw roster[id] != nil ? .notEmployed(id: id, period: period) : .notInRoster(id: id, suggestion: roster.closestID(to: id))
  }
}

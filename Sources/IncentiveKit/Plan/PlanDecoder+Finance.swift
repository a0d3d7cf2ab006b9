extension PlanDecoder {
  /// The plan keys that finance sets: how proration is counted and the payroll earnings codes.
  static let financeKeys = ["proration", "earnings_codes"]

  static func decodeFinance(_ keys: [String: PlanNode], into plan: inout Plan) throws(PlanError) {
    if let node = keys["proration"] {
      let text = try node.string()
      guard let method = ProrationMethod(rawValue: text) else {
        throw node.error(
          "expected one of \(ProrationMethod.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
      }
      plan.prorationMethod = method
    }
    if let node = keys["earnings_codes"] {
      let components = Set(plan.tracks.flatMap { $0.components.map(\.id) })
      let allowed = EarningsCodes.kinds + components.sorted()
      var codes: [String: String] = [:]
      for (key, child) in try node.object(allowing: allowed) {
        let code = try child.string()
        guard !code.isEmpty, code.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
          throw child.error("expected a non-empty earnings code without control characters")
        }
        codes[key] = code
      }
      plan.earningsCodes = EarningsCodes(codes: codes)
    }
  }
}

/// The short notes every payout view lists beside a component (the JSON `notes`, the table's
/// and Markdown's "Notes", the HTML report): one line per step a reader should see without
/// asking — a broken guard, a blend, a missing value, an adjustment — in the wording of
/// docs/calculation.md. Steps that only show the arithmetic (a value, a curve point, a guard
/// that held, rounding) have no note; `explain` prints those.
extension PayoutStep {
  /// False for the steps that only show arithmetic, which never have a note: checked without
  /// copying their payload.
  var hasNote: Bool {
    switch self {
    case .metricValue, .curvePoint, .rounding: false
    case .guardCheck(let reading): reading.isBroken
    // An eligible person's rule has nothing to say (`Eligibility.failure` is nil exactly when it is satisfied).
    case .eligibility(_, _, let isEligible): !isEligible
    default: true
    }
  }

  func note(in currency: Currency) -> String? {
    switch self {
    case .coolingOff(let move):
      return "cooling-off: move to \(move.team) on \(move.date) credited to \(move.creditedTo)"
    case .metricValue, .curvePoint, .rounding:
      return nil
    case .missing(_, let reason, let onMissing, _):
      // Written for most people of a large org: a metric's note is made with its name, the others joined in one
      // allocation.
      if case .noValue(let metric) = reason { return metric.noValueNote(onMissing: onMissing) }
      return .concatenated(reason.description, ": on_missing ", onMissing.rawValue)
    case .formula(_, let result, let floored):
      return floored ? "formula gave \(result.decimalText(maxDecimals: 4)); a multiplier is at least 0" : nil
    case .guardCheck(let reading):
      guard reading.isBroken else { return nil }
      return reading.value == nil ? reading.rule.noValueNote : reading.rule.brokenNote
    case .teamBlend(let terms, _):
      return "team blend: "
        + terms.map { "\($0.team) \($0.days)d \($0.multiplier.formatted(decimals: Precision.componentMultiplier))" }
        .joined(separator: ", ")
    case .eligibility(let rule, let value, _):
      return rule.failure(for: value)
    case .adjustment(let from, let to, let approval):
      let digits = Precision.componentMultiplier
      return
        "adjusted from \(from.formatted(decimals: digits)) to \(to.formatted(decimals: digits)) \(approval.attribution)"
    case .conflictOfInterest(let conflict):
      let relation =
        switch conflict.relation {
        case .themselves: "themselves"
        case .teamTheyManage: "a team they manage"
        case .personTheyManage: "someone they manage"
        }
      return "conflict of interest: \(conflict.metric) of \(conflict.subject) (\(conflict.source)) was reported by "
        + "\(conflict.reporter) about \(relation), and it feeds their own payout"
    case .payoutScaled(let scaling):
      return scaling.note(in: currency)
    }
  }
}

extension PayoutStep.PayoutScaling {
  /// The note each component of the payout carries: its amount was scaled with the payout.
  func note(in currency: Currency) -> String {
    switch self {
    case .cap(let cap, let raw):
      "payout capped at \(cap.trimmed(minimumDecimals: 1)) (uncapped \(raw.trimmed(minimumDecimals: 2))): amount scaled"
    case .floor(let floor, let raw):
      "payout floor \(floor.trimmed(minimumDecimals: 1)) applied (raw \(raw.trimmed(minimumDecimals: 2))): amount scaled"
    case .multiplierAdjusted(let from, let to, let approval):
      "payout multiplier adjusted from \(from.trimmed(minimumDecimals: 2)) to \(to.trimmed(minimumDecimals: 2)) "
        + approval.attribution
    case .amountSet(let amount, let multiplier, let approval):
      "payout set to \(amount.formatted(in: currency)) (multiplier \(multiplier.trimmed(minimumDecimals: 2))) "
        + approval.attribution
    }
  }
}

extension PayoutStep.Approval {
  /// `by E01 on 2026-10-05: reason`: for the payout views only. A statement never prints who
  /// approved or why (free text may name colleagues or their pay).
  var attribution: String { "by \(approvedBy) on \(date): \(reason)" }

  /// What a statement says instead: the date, and where the reason is.
  var statementAttribution: String { "(approved on \(date); the reason is on file with your manager)" }
}

extension Eligibility {
  /// Nil when eligible; otherwise why not, in the words of a component note.
  func failure(for value: FixedDecimal?) -> String? {
    guard let value else { return noValueNote }
    if let min, value < min {
      return "not eligible: \(metric) \(value.trimmed(minimumDecimals: 1)) below min \(min.trimmed(minimumDecimals: 1))"
    }
    if let max, value > max {
      return "not eligible: \(metric) \(value.trimmed(minimumDecimals: 1)) above max \(max.trimmed(minimumDecimals: 1))"
    }
    return nil
  }
}

extension EngineerPayout {
  /// A component's notes: its own steps', then the payout's scaling, which moved its amount.
  public func notes(for outcome: ComponentOutcome, in currency: Currency) -> [String] {
    var notes: [String] = []
    forEachStepNote(for: outcome, in: currency) { notes.append($0) }
    return notes + scalingNotes(in: currency)
  }

  /// The notes of the component's own steps, one at a time with no array (most components of most people have
  /// none), without the payout's scaling: a writer of every component gives each the same `scalingNotes`, made once.
  func forEachStepNote(for outcome: ComponentOutcome, in currency: Currency, _ body: (String) -> Void) {
    Self.forEachNote(of: outcome.trace, in: currency, body)
  }

  /// `forEachStepNote(for:in:_:)` of the component at `index` in `components`, read where it lies.
  func forEachStepNote(ofComponentAt index: Int, in currency: Currency, _ body: (String) -> Void) {
    Self.forEachNote(of: components[index].trace, in: currency, body)
  }

  private static func forEachNote(of trace: [PayoutStep], in currency: Currency, _ body: (String) -> Void) {
    // By index: a step read in place is not copied (a copy retains its payload), and most steps have no note.
    for index in trace.indices where trace[index].hasNote {
      if let note = trace[index].note(in: currency) { body(note) }
    }
  }

  /// The notes every component carries when the payout was scaled (capped, floored, adjusted).
  func scalingNotes(in currency: Currency) -> [String] { scaling.map { $0.note(in: currency) } }
}

extension PayoutReport {
  /// The machine contract of `calculate --format json` (SPEC section 6): money and
  /// multipliers as decimal strings, engineers by id, teams by name, byte-stable.
  ///
  /// The whole document as one tree; `writeJSON(to:)` writes the same bytes a person at a time.
  func jsonValue() -> JSONValue {
    .object(documentMembers(engineers: .array(engineers.map(engineerJSON)), teams: .array(teams.map(teamJSON))))
  }

  /// The document's members in order, with the two that grow with the org passed in: as trees
  /// (`jsonValue()`) or as placeholders the streaming writer fills.
  func documentMembers(engineers: JSONValue, teams: JSONValue) -> [(String, JSONValue)] {
    documentMembers(engineers: engineers, teams: teams, tail: tail)
  }

  private func documentMembers(engineers: JSONValue, teams: JSONValue, tail: Tail) -> [(String, JSONValue)] {
    headMembers + [("engineers", engineers), ("teams", teams)] + tailMembers(tail)
  }

  /// The members before `engineers`: they need no payout.
  var headMembers: [(String, JSONValue)] {
    [("plan", plan.jsonValue), ("period", period.jsonValue), ("currency", .string(currency.code))]
  }

  /// The members after `teams`: the totals, known once everyone is paid, then the inputs and the version.
  func tailMembers(_ tail: Tail) -> [(String, JSONValue)] {
    totalFields(tail) + [("inputs", inputsJSON), (ToolVersion.jsonKey, .string(ToolVersion.current))]
  }

  /// What follows the engineers: known only once everyone is paid.
  struct Tail {
    var teams: [TeamTotal]
    var currencyTotals: CurrencyTotals
    /// Whether anyone has pay outside the bonus (the `extras_total` keys are left out otherwise).
    var hasExtras: Bool
  }

  /// This report (paid one person at a time, so without engineers) with the teams and totals its people added up
  /// to.
  func totalled(by tail: Tail) -> PayoutReport {
    var report = self
    report.teams = tail.teams
    report.currencyTotals = tail.currencyTotals
    report.total = tail.currencyTotals.planTotal ?? .zero
    return report
  }

  private var tail: Tail {
    Tail(teams: teams, currencyTotals: currencyTotals, hasExtras: engineers.contains(where: { !$0.extras.isEmpty }))
  }

  /// A producer of payouts for the streaming writers: calls `render` once per engineer, perhaps
  /// on several threads at once (it may only read), and `write` with each rendering on the
  /// calling thread, in engineer order; returns what follows them.
  typealias Payouts = (
    _ render: (EngineerPayout) -> [UInt8], _ write: ([UInt8]) throws -> Void
  ) throws -> Tail

  /// This report's own engineers and totals as a `Payouts`.
  var keptPayouts: Payouts {
    { render, write in
      for payout in engineers { try write(render(payout)) }
      return tail
    }
  }

  /// Writes `jsonValue()`'s pretty text, byte for byte, holding one engineer's tree at a time.
  func writeJSON<Sink: ReportSink>(to sink: inout Sink) throws {
    try writeJSON(to: &sink, payouts: keptPayouts)
  }

  /// The JSON document with its engineers taken from `payouts` as they are written: the plan,
  /// period and currency come from this report, the engineers and totals from `payouts`.
  ///
  /// Each engineer is written from text made once (`EngineerJSONText`), not member by member.
  ///
  /// - Parameter runs: the fixed members of the paying plan's components, copied rather than written one by one.
  /// - Returns: what `payouts` added up: the teams and totals written after the engineers.
  @discardableResult
  func writeJSON<Sink: ReportSink>(to sink: inout Sink, payouts: Payouts, runs: ComponentMemberRuns? = nil) throws
    -> Tail
  {
    try writeJSON(to: &sink, runs: runs) { writer, text throws in
      try payouts(
        { payout in
          var element = OutputBuffer(capacity: 4096)
          text.write(payout, into: &element)
          return element.bytes
        },
        { rendered in
          writer.element(rendered)
          try writer.flushIfFull()
        })
    }
  }

  /// `writeJSON(to:payouts:runs:)` of the people `paying` pays, rendered a block of people at a time into one
  /// buffer (`PayoutRun.Paying.renderingBlocks`) and handed to the sink as they are: the same bytes, with no buffer
  /// and no copy per person. The person-by-person writer stays for a ledger's run, which digests each person's JSON
  /// beside the report, and for a report whose payouts are kept; the tests hold the two identical.
  @discardableResult
  func writeJSON<Sink: ReportSink>(
    to sink: inout Sink, paying: PayoutRun.Paying, runs: ComponentMemberRuns? = nil
  ) throws -> Tail {
    try writeJSON(to: &sink, runs: runs) { writer, text throws in
      let separator = writer.elementSeparator
      return try paying.renderingBlocks(
        render: { payout, bytes in
          separator.withUnsafeBufferPointer { bytes.append(bytes: $0) }
          text.write(payout, into: &bytes)
        },
        consume: { (bytes, people) throws(OutputError) in try writer.elements(bytes, count: people) })
    }
  }

  /// The document around its engineers, which `engineers` writes into the open `engineers` array with `writer`,
  /// each from `text`, and whose payouts' teams and totals it returns.
  private func writeJSON<Sink: ReportSink>(
    to sink: inout Sink, runs: ComponentMemberRuns?,
    engineers: (inout JSONStreamWriter<Sink>, EngineerJSONText) throws -> Tail
  ) throws -> Tail {
    var writer = JSONStreamWriter(into: sink)
    writer.beginObject()
    for (key, value) in headMembers { try writer.member(key, value) }
    writer.key("engineers")
    writer.beginArray()
    let text = EngineerJSONText(runs: runs, namesCurrency: isMultiCurrency)
    let tail = try engineers(&writer, text)
    writer.endArray()
    writer.key("teams")
    writer.beginArray()
    for team in tail.teams { try writer.value(teamJSON(team)) }
    writer.endArray()
    for (key, value) in tailMembers(tail) { try writer.member(key, value) }
    writer.endObject()
    try writer.finish()
    sink = writer.sink
    return tail
  }

  /// One engineer of `engineers`, as a tree.
  func engineerJSON(_ payout: EngineerPayout) -> JSONValue {
    var tree = JSONTreeBuilder()
    emitEngineer(payout, into: &tree)
    return tree.value!
  }

  /// One engineer of `engineers`, member by member: the definition `EngineerJSONText` writes from text made once.
  func emitEngineer<Emitter: JSONEmitter>(_ payout: EngineerPayout, into json: inout Emitter) {
    let currency = payout.currency
    json.beginObject()
    json.member(.engineerID, payout.engineer.id)
    json.member(.name, payout.engineer.name)
    json.member(.team, payout.team)
    json.member(.role, payout.engineer.role)
    // Named only when the run pays in several currencies: SPEC section 6's shape otherwise.
    if isMultiCurrency { json.member(.currency, currency.code) }
    json.member(.proration, decimal: payout.reportedProration)
    json.member(.target, decimal: payout.reportedTarget)
    json.member(.multiplier, decimal: payout.reportedMultiplier)
    json.member(.payout, decimal: payout.reportedPayout)
    json.key(.components)
    json.beginArray()
    let scalingNotes = payout.scalingNotes(in: currency)
    // By index, each component read in place: a copy of an outcome retains its component, trace and notes.
    for index in payout.components.indices {
      emitComponent(at: index, of: payout, into: &json, scalingNotes: scalingNotes)
    }
    json.endArray()
    // Pay outside the bonus appears only when the plan has premiums or retention grants, so
    // plans without them keep SPEC section 6's shape exactly.
    if !payout.extras.isEmpty {
      json.key(.extras)
      json.beginArray()
      for extra in payout.extras { json.insert(extra.jsonValue(in: currency)) }
      json.endArray()
    }
    json.endObject()
  }

  /// One component of `payout`'s, at `index` in its track.
  ///
  /// Read where it lies in the payout, never copied: a copy of an outcome retains its component, trace and notes,
  /// and the component's box is the plan's, counted by every thread that pays.
  private func emitComponent<Emitter: JSONEmitter>(
    at index: Int, of payout: EngineerPayout, into json: inout Emitter, scalingNotes: [String]
  ) {
    let currency = payout.currency
    json.beginObject()
    json.member(.id, payout.components[index].component.id)
    json.member(.metric, payout.components[index].component.metric.name)
    json.member(.scope, payout.components[index].component.scope.rawValue)
    json.member(.value, decimal: payout.components[index].reportedValue)
    json.member(.weight, decimal: payout.components[index].reportedWeight)
    json.member(.multiplier, decimal: payout.components[index].reportedMultiplier)
    json.member(.amount, decimal: payout.components[index].reportedAmount(in: currency))
    json.key(.notes)
    json.beginArray()
    payout.forEachStepNote(ofComponentAt: index, in: currency) { json.string($0) }
    for note in scalingNotes { json.string(note) }
    json.endArray()
    json.endObject()
  }

  /// One team of `teams`.
  func teamJSON(_ team: TeamTotal) -> JSONValue {
    .object(
      [("team", .string(team.team))] + currencyField(team.currency) + [
        ("headcount", .number(String(team.headcount))),
        ("payout", .string(team.payout.formatted(in: team.currency))),
      ])
  }

  /// Σ of pay outside the bonus (premiums, retention tranches).
  public var extrasTotal: Money {
    engineers.reduce(Money.zero) { $0 + $1.extrasTotal }
  }

  public func renderJSON() -> String { ReportBytes.collect { sink in try writeJSON(to: &sink) } }
}

/// The figures of an engineer's members in the payout report, at the scales SPEC section 6 prints them: one
/// definition for the member-by-member writer (`emitEngineer`) and the fixed-text one (`EngineerJSONText`).
extension EngineerPayout {
  var reportedProration: FixedDecimal { proration.factor.rounded(toScale: Precision.proration) }
  var reportedTarget: FixedDecimal { target.amount.decimal(in: currency) }
  var reportedMultiplier: FixedDecimal { multiplier.trimmedValue(minimumDecimals: 2) }
  var reportedPayout: FixedDecimal { payout.decimal(in: currency) }
}

/// A component's figures in the payout report (see `EngineerPayout.reportedPayout`).
extension ComponentOutcome {
  var reportedValue: FixedDecimal? { value.map { $0.trimmedValue(minimumDecimals: 1) } }
  var reportedWeight: FixedDecimal { weight.trimmedValue(minimumDecimals: 1) }
  var reportedMultiplier: FixedDecimal { multiplier.rounded(toScale: Precision.componentMultiplier) }
  func reportedAmount(in currency: Currency) -> FixedDecimal { amount.decimal(in: currency) }
}

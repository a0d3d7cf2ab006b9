/// One engineer of a payout report's JSON as it sits in `engineers`, written from text made once per report: the
/// engineer's tree (`engineerJSON`) pretty-printed at that place, byte for byte.
///
/// A streamed report is its engineers: 100,000 people, some 50 members each. The member-by-member writer works out
/// each member's comma, line break and indentation from the containers it keeps open, and that bookkeeping was half
/// of writing a person. An engineer's shape is fixed (SPEC section 6), so here the text between two values (the
/// closing quote, the comma, the line break, the indentation, the next key and its opening quote) is one run of
/// bytes made when the report starts, and only the values are written per person. The tree (`engineerJSON`) stays the
/// definition: the tests hold the two identical for every track, no components, no notes, `null` values, several
/// currencies, pay outside the bonus and names that need escaping.
struct EngineerJSONText: Sendable {
  /// Where a component's members start their lines (the document › `engineers` › an engineer › `components` › a
  /// component is five levels): where the runs are made for.
  private static let componentMemberIndent = ComponentMemberRuns.indent
  /// Where an engineer's members start theirs, two levels up.
  private static let memberIndent = componentMemberIndent - 4

  private let runs: ComponentMemberRuns?
  /// Whether the engineers name their currency (`PayoutReport.isMultiCurrency`).
  private let namesCurrency: Bool
  private let text: Text

  /// - Parameters:
  ///   - runs: the paying plan's components' `id`, `metric` and `scope`, copied where a payout's component is the
  ///     plan's; without them (a report whose plan is not at hand) those members are written one by one.
  ///   - namesCurrency: the report pays in several currencies, so each engineer has a `currency` member.
  init(runs: ComponentMemberRuns?, namesCurrency: Bool) {
    self.runs = runs
    self.namesCurrency = namesCurrency
    text = Text()
  }

  /// The runs of text between values, each ending where the next value starts.
  private struct Text: Sendable {
    let engineerID = start(.engineerID, at: memberIndent, first: true)
    let name = start(.name, at: memberIndent)
    let team = start(.team, at: memberIndent)
    let role = start(.role, at: memberIndent)
    let currency = start(.currency, at: memberIndent)
    let proration = start(.proration, at: memberIndent, opensDecimal: true)
    let target = start(.target, at: memberIndent, closesDecimal: true, opensDecimal: true)
    let multiplier = start(.multiplier, at: memberIndent, closesDecimal: true, opensDecimal: true)
    let payout = start(.payout, at: memberIndent, closesDecimal: true, opensDecimal: true)
    let components = start(.components, at: memberIndent, closesDecimal: true)
    let extras = start(.extras, at: memberIndent)
    let componentsEnd = lineBreak(at: memberIndent, then: "]")
    let engineerEnd = lineBreak(at: memberIndent - 2, then: "}")

    let componentStart = lineBreak(at: componentMemberIndent - 2, then: "{")
    let id = start(.id, at: componentMemberIndent, first: true)
    let metric = start(.metric, at: componentMemberIndent)
    let scope = start(.scope, at: componentMemberIndent)
    let value = start(.value, at: componentMemberIndent)
    let weight = start(.weight, at: componentMemberIndent, opensDecimal: true)
    let componentMultiplier = start(.multiplier, at: componentMemberIndent, closesDecimal: true, opensDecimal: true)
    let amount = start(.amount, at: componentMemberIndent, closesDecimal: true, opensDecimal: true)
    let notes = start(.notes, at: componentMemberIndent, closesDecimal: true)
    let firstNote = [UInt8(ascii: "[")] + lineBreak(at: componentMemberIndent + 2)
    let nextNote = [UInt8(ascii: ",")] + lineBreak(at: componentMemberIndent + 2)
    let notesEnd = lineBreak(at: componentMemberIndent, then: "]")
    let componentEnd = lineBreak(at: componentMemberIndent - 2, then: "}")

    /// A member's start as `JSONStreamWriter` writes it: the comma after the member before (and the quote closing
    /// its decimal), the line break and indentation, the key, and the quote opening this one's decimal.
    private static func start(
      _ key: JSONKey, at indent: Int, first: Bool = false, closesDecimal: Bool = false, opensDecimal: Bool = false
    ) -> [UInt8] {
      var text: [UInt8] = closesDecimal ? [UInt8(ascii: "\"")] : []
      if !first { text.append(UInt8(ascii: ",")) }
      text += lineBreak(at: indent)
      text += key.text
      if opensDecimal { text.append(UInt8(ascii: "\"")) }
      return text
    }

    private static func lineBreak(at indent: Int, then closing: Unicode.Scalar? = nil) -> [UInt8] {
      var text: [UInt8] = []
      JSONWriter.newline(indent: indent, into: &text)
      if let closing { text.append(UInt8(ascii: closing)) }
      return text
    }
  }

  /// Appends `payout`'s element of `engineers` to `out`.
  func write(_ payout: EngineerPayout, into out: inout OutputBuffer) {
    let currency = payout.currency
    out.append(UInt8(ascii: "{"))
    out.append(bytes: text.engineerID)
    JSONWriter.writeString(payout.engineer.id, into: &out)
    out.append(bytes: text.name)
    Self.write(payout.engineer.name, into: &out)
    out.append(bytes: text.team)
    JSONWriter.writeString(payout.team, into: &out)
    out.append(bytes: text.role)
    JSONWriter.writeString(payout.engineer.role, into: &out)
    if namesCurrency {
      out.append(bytes: text.currency)
      JSONWriter.writeString(currency.code, into: &out)
    }
    out.append(bytes: text.proration)
    Self.write(digitsOf: payout.reportedProration, into: &out)
    out.append(bytes: text.target)
    Self.write(digitsOf: payout.reportedTarget, into: &out)
    out.append(bytes: text.multiplier)
    Self.write(digitsOf: payout.reportedMultiplier, into: &out)
    out.append(bytes: text.payout)
    Self.write(digitsOf: payout.reportedPayout, into: &out)
    out.append(bytes: text.components)
    if payout.components.isEmpty {
      out.append(bytes: Self.emptyList)
    } else {
      out.append(UInt8(ascii: "["))
      let scalingNotes = payout.scalingNotes(in: currency)
      let track = runs?.track(forRole: payout.engineer.role)
      for index in payout.components.indices {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        writeComponent(at: index, of: payout, track: track, scalingNotes: scalingNotes, into: &out)
      }
      out.append(bytes: text.componentsEnd)
    }
    if !payout.extras.isEmpty {
      out.append(bytes: text.extras)
      let extras = JSONValue.array(payout.extras.map { $0.jsonValue(in: currency) })
      JSONWriter.writePretty(extras, indent: Self.memberIndent, into: &out)
    }
    out.append(bytes: text.engineerEnd)
  }

  /// The component at `index` of `payout`'s, read where it lies (a copy retains its component, trace and notes).
  private func writeComponent(
    at index: Int, of payout: EngineerPayout, track: Int?, scalingNotes: [String], into out: inout OutputBuffer
  ) {
    let currency = payout.currency
    out.append(bytes: text.componentStart)
    if !copyRun(at: index, of: payout, track: track, into: &out) {
      out.append(bytes: text.id)
      JSONWriter.writeString(payout.components[index].component.id, into: &out)
      out.append(bytes: text.metric)
      JSONWriter.writeString(payout.components[index].component.metric.name, into: &out)
      out.append(bytes: text.scope)
      JSONWriter.writeString(payout.components[index].component.scope.rawValue, into: &out)
    }
    out.append(bytes: text.value)
    if let value = payout.components[index].reportedValue {
      out.append(UInt8(ascii: "\""))
      Self.write(digitsOf: value, into: &out)
      out.append(UInt8(ascii: "\""))
    } else {
      out.append(bytes: Self.null)
    }
    out.append(bytes: text.weight)
    Self.write(digitsOf: payout.components[index].reportedWeight, into: &out)
    out.append(bytes: text.componentMultiplier)
    Self.write(digitsOf: payout.components[index].reportedMultiplier, into: &out)
    out.append(bytes: text.amount)
    Self.write(digitsOf: payout.components[index].reportedAmount(in: currency), into: &out)
    out.append(bytes: text.notes)
    var hasNotes = false
    // `if`, not `?:`: choosing one of two arrays copies it, and these are the report's, counted by every rendering
    // thread at once for each component.
    func note(_ note: String) {
      if hasNotes { out.append(bytes: text.nextNote) } else { out.append(bytes: text.firstNote) }
      JSONWriter.writeString(note, into: &out)
      hasNotes = true
    }
    payout.forEachStepNote(ofComponentAt: index, in: currency, note)
    for scalingNote in scalingNotes { note(scalingNote) }
    if hasNotes { out.append(bytes: text.notesEnd) } else { out.append(bytes: Self.emptyList) }
    out.append(bytes: text.componentEnd)
  }

  /// Appends the `id`, `metric` and `scope` of the component at `index` of `payout`'s as the runs made once hold
  /// them; false when there are none for it and they are to be written one by one.
  private func copyRun(at index: Int, of payout: EngineerPayout, track: Int?, into out: inout OutputBuffer) -> Bool {
    guard let track else { return false }
    // The plan's own component, found by its identity: nothing copied, nothing counted. Optional chaining rather than
    // a bound copy of the runs, which would retain their arrays.
    let component = payout.components[index].component.identity
    if runs?.appendRun(track: track, at: index, component: component, into: &out) == true { return true }
    // A changed copy of the plan's component: its run still, when its bytes are the same.
    guard let run = runs?.runs(atTrack: track).run(at: index, for: payout.components[index].component) else {
      return false
    }
    out.append(bytes: run.text)
    return true
  }

  private static let emptyList: [UInt8] = Array("[]".utf8)
  private static let null: [UInt8] = Array("null".utf8)

  /// A string, or `null`.
  private static func write(_ string: String?, into out: inout OutputBuffer) {
    if let string { JSONWriter.writeString(string, into: &out) } else { out.append(bytes: null) }
  }

  /// A decimal's text, between quotes the runs of text around it hold.
  private static func write(digitsOf value: FixedDecimal, into out: inout OutputBuffer) {
    FixedDecimal.write(units: value.units, scale: value.scale, into: &out)
  }
}

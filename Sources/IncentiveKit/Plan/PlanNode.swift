import ArgumentParsing

/// A value in plan.json together with its JSON path, so every decoding error can say where
/// (`tracks.ic.components[2].curve[1]: expected [value, multiplier]`).
struct PlanNode {
  let value: JSONValue
  let path: String
  let file: String

  func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  func error(_ reason: String) -> PlanError { .invalid(file: file, path: path, reason: reason) }

  /// The object's members; unknown keys are errors, because a misspelt `waight` silently
  /// ignored would pay people on a plan nobody wrote.
  func object(allowing keys: [String]) throws(PlanError) -> [String: PlanNode] {
    guard let members = value.objectMembers else { throw error("expected an object") }
    var result: [String: PlanNode] = [:]
    for member in members {
      guard keys.contains(member.key) else {
        throw PlanError.invalid(
          file: file, path: child(member.key),
          reason: "unknown key" + didYouMean(EditDistance.suggestion(for: member.key, among: keys))
            + "; expected one of \(keys.joined(separator: ", "))")
      }
      result[member.key] = PlanNode(value: member.value, path: child(member.key), file: file)
    }
    return result
  }

  func array() throws(PlanError) -> [PlanNode] {
    guard let items = value.arrayValue else { throw error("expected an array") }
    return items.enumerated().map { PlanNode(value: $1, path: "\(path)[\($0)]", file: file) }
  }

  func string() throws(PlanError) -> String {
    guard let text = value.stringValue else { throw error("expected a string") }
    return text
  }

  /// A metric name: any name is valid here (metrics.csv may supply it); `PlanValidator` judges unknown ones.
  func metricID() throws(PlanError) -> MetricID { MetricID(try string()) }

  func metricIDs() throws(PlanError) -> [MetricID] {
    var ids: [MetricID] = []
    for item in try array() { ids.append(try item.metricID()) }
    return ids
  }

  /// Plan numbers are bounded (under 10^12, at most 9 decimals) so every product the engine
  /// forms stays inside 128-bit integers.
  func decimal() throws(PlanError) -> FixedDecimal {
    guard let text = value.numberText, let number = FixedDecimal(text) else {
      throw error("expected a number (written as a JSON number, e.g. 0.15)")
    }
    let magnitude = number.units < 0 ? -number.units : number.units
    guard number.scale <= 9, magnitude < pow10(12 + number.scale) else {
      throw error("\(text) is out of range (at most 9 decimals and below 10^12)")
    }
    return number
  }

  func integer() throws(PlanError) -> Int {
    guard let number = try? decimal(), let integer = number.exactInteger else { throw error("expected a whole number") }
    return integer
  }

  func bool() throws(PlanError) -> Bool {
    guard let flag = value.boolValue else { throw error("expected true or false") }
    return flag
  }

  var isNull: Bool {
    if case .null = value.kind { return true }
    return false
  }
}

extension Optional where Wrapped == PlanNode {
  /// The node, or an error naming the missing key at `path`.
  func required(_ key: String, in parent: PlanNode) throws(PlanError) -> PlanNode {
    guard let node = self else {
      throw PlanError.invalid(file: parent.file, path: parent.child(key), reason: "required key is missing")
    }
    return node
  }
}

import Foundation

/// Reads plan.json into a `Plan`, checking everything that would make a payout meaningless
/// (weights not summing to 1, unsorted or empty curves, unknown keys) with the JSON path of
/// the problem. Style advice (gameable metrics, missing rationale) is `PlanValidator`'s job.
public enum PlanDecoder {
  public static func load(path: String, displayName: String? = nil) throws(PlanError) -> (Plan, [UInt8]) {
    let name = displayName ?? path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(file: name, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
    }
    let bytes = [UInt8](data)
    return (try decode(bytes, file: name), bytes)
  }

  public static func decode(_ bytes: [UInt8], file: String) throws(PlanError) -> Plan {
    let root: JSONValue
    do {
      root = try JSONParser.parse(bytes, file: file)
    } catch {
      throw .syntax(error)
    }
    let top = PlanNode(value: root, path: "", file: file)
    let keys = try top.object(allowing: [
      "name", "version", "rationale", "period", "currency", "payout_cap", "payout_floor", "cooling_off_days",
      "blackouts", "tracks", "min_group_size", "dora_report", "prefer", "prohibited", "metric_options",
    ])
    let name = try keys["name"].required("name", in: top).string()
    let version = try keys["version"].required("version", in: top).string()
    let rationale = try keys["rationale"].map { (node: PlanNode) throws(PlanError) in try node.string() }
    let period = try keys["period"].map { (node: PlanNode) throws(PlanError) in try decodePeriod(node) }
    let currencyNode = try keys["currency"].required("currency", in: top)
    guard let currency = Currency(code: try currencyNode.string()) else {
      throw currencyNode.error("expected an ISO 4217 currency code such as USD")
    }
    let cap = try keys["payout_cap"].flatMap { (node: PlanNode) throws(PlanError) in
      node.isNull ? nil : try nonNegative(node)
    }
    let floor = try keys["payout_floor"].map { (node: PlanNode) throws(PlanError) in try nonNegative(node) } ?? .zero
    if let cap, floor > cap {
      throw keys["payout_floor"]!.error("payout_floor \(floor) is above payout_cap \(cap)")
    }
    let coolingOff = try keys["cooling_off_days"].map { (node: PlanNode) throws(PlanError) in
      let days = try node.integer()
      guard days >= 0 else { throw node.error("expected a number of days ≥ 0") }
      return days
    } ?? 0
    var options = try keys["metric_options"].map { (node: PlanNode) throws(PlanError) in
      try decodeMetricOptions(node)
    } ?? MetricOptions()
    if let blackouts = keys["blackouts"] {
      for node in try blackouts.array() { options.blackouts.append(try decodeBlackout(node)) }
    }
    let minGroupSize = try keys["min_group_size"].map { (node: PlanNode) throws(PlanError) in
      let size = try node.integer()
      guard size >= 1 else { throw node.error("expected a group size ≥ 1") }
      return size
    } ?? 5
    let benchmark = try keys["dora_report"].map { (node: PlanNode) throws(PlanError) in
      let report = node.value.numberText ?? node.value.stringValue ?? ""
      guard let benchmark = DORABenchmark(report: report) else {
        throw node.error("unsupported DORA report; supported: \(DORABenchmark.supportedReports.joined(separator: ", "))")
      }
      return benchmark
    } ?? .latest
    let prefer = try keys["prefer"].map { (node: PlanNode) throws(PlanError) in
      let text = try node.string()
      guard text == "file" || text == "computed" else { throw node.error("expected \"file\" or \"computed\"") }
      return text == "file"
    } ?? false
    let prohibited: [String] = try keys["prohibited"].map { (node: PlanNode) throws(PlanError) -> [String] in
      var names: [String] = []
      for item in try node.array() { names.append(try item.string()) }
      return names
    } ?? []

    let tracksNode = try keys["tracks"].required("tracks", in: top)
    guard let trackMembers = tracksNode.value.objectMembers, !trackMembers.isEmpty else {
      throw tracksNode.error("expected an object of tracks keyed by role (ic, tech_lead, manager, ..., default)")
    }
    var tracks: [Track] = []
    for member in trackMembers {
      let node = PlanNode(value: member.value, path: tracksNode.child(member.key), file: file)
      tracks.append(try decodeTrack(node, name: member.key))
    }
    return Plan(
      name: name, version: version, rationale: rationale, period: period, currency: currency, payoutCap: cap,
      payoutFloor: floor, coolingOffDays: coolingOff, metricOptions: options, tracks: tracks,
      minGroupSize: minGroupSize, benchmark: benchmark, preferFileValues: prefer, prohibited: prohibited)
  }

  static func decodePeriod(_ node: PlanNode) throws(PlanError) -> Period {
    if let text = node.value.stringValue {
      guard let period = Period(parsing: text) else {
        throw node.error("expected a period: YYYY-Qn, YYYY-Hn, YYYY, YYYY-MM or {\"from\": …, \"to\": …}")
      }
      return period
    }
    let keys = try node.object(allowing: ["from", "to"])
    let from = try date(keys["from"].required("from", in: node))
    let to = try date(keys["to"].required("to", in: node))
    guard from <= to else { throw node.error("\"to\" \(to) is before \"from\" \(from)") }
    return Period(from: from, to: to)
  }

  static func date(_ node: PlanNode) throws(PlanError) -> CivilDate {
    guard let date = ISO8601.parseDate(try node.string()) else { throw node.error("expected a date YYYY-MM-DD") }
    return date
  }

  static func nonNegative(_ node: PlanNode) throws(PlanError) -> FixedDecimal {
    let value = try node.decimal()
    guard !value.isNegative else { throw node.error("expected a number ≥ 0") }
    return value
  }

  static func decodeBlackout(_ node: PlanNode) throws(PlanError) -> Blackout {
    let keys = try node.object(allowing: ["from", "to", "reason", "metrics"])
    let from = try date(keys["from"].required("from", in: node))
    let to = try date(keys["to"].required("to", in: node))
    guard from <= to else { throw node.error("\"to\" \(to) is before \"from\" \(from)") }
    let reason = try keys["reason"].required("reason", in: node).string()
    var metrics: [String] = []
    for item in try keys["metrics"].required("metrics", in: node).array() { metrics.append(try item.string()) }
    guard !metrics.isEmpty else { throw keys["metrics"]!.error("list at least one metric the blackout applies to") }
    return Blackout(window: Period(from: from, to: to), reason: reason, metrics: metrics)
  }

  static func decodeMetricOptions(_ node: PlanNode) throws(PlanError) -> MetricOptions {
    let keys = try node.object(allowing: [
      "restore_excludes", "incident_min_severity", "attributable_rollback_causes",
    ])
    var options = MetricOptions()
    if let excludes = keys["restore_excludes"] {
      for item in try excludes.array() {
        switch try item.string() {
        case "legacy_system": options.restoreExcludesLegacy = true
        case "external": options.restoreExcludesExternal = true
        default: throw item.error("expected \"legacy_system\" or \"external\"")
        }
      }
    }
    if let severity = keys["incident_min_severity"] {
      guard let rank = MetricOptions.severityRank(try severity.string()) else {
        throw severity.error("expected a severity with a number, e.g. \"SEV2\" or \"P2\"")
      }
      options.incidentMinSeverity = rank
    }
    if let causes = keys["attributable_rollback_causes"] {
      var set = Set<FailureCause>()
      for item in try causes.array() {
        guard let cause = FailureCause(rawValue: try item.string()) else {
          throw item.error("expected one of \(FailureCause.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        set.insert(cause)
      }
      options.attributableRollbackCauses = set
    }
    return options
  }

  static func decodeTrack(_ node: PlanNode, name: String) throws(PlanError) -> Track {
    let keys = try node.object(allowing: ["components", "description"])
    let componentsNode = try keys["components"].required("components", in: node)
    let items = try componentsNode.array()
    guard !items.isEmpty else { throw componentsNode.error("a track needs at least one component") }
    var components: [Component] = []
    for item in items {
      let component = try decodeComponent(item)
      if components.contains(where: { $0.id == component.id }) {
        throw item.error("component id \"\(component.id)\" is used twice in this track")
      }
      components.append(component)
    }
    let sum = components.reduce(FixedDecimal.zero) { $0 + $1.weight }
    // Weights are exact decimals, so "sum to 1 within 1e-9" is exact equality in practice.
    let tolerance = FixedDecimal(units: 1, scale: 9)
    let difference = sum - .one
    if difference > tolerance || -difference > tolerance {
      throw componentsNode.error("weights sum to \(sum.trimmed()), not 1")
    }
    return Track(name: name, components: components)
  }

  static func decodeComponent(_ node: PlanNode) throws(PlanError) -> Component {
    let keys = try node.object(allowing: [
      "id", "metric", "scope", "weight", "curve", "guards", "eligibility", "on_missing", "description",
    ])
    let id = try keys["id"].required("id", in: node).string()
    let metric = try keys["metric"].required("metric", in: node).string()
    let scope: MetricDefinition.Scope
    if let scopeNode = keys["scope"] {
      guard let parsed = MetricDefinition.Scope(rawValue: try scopeNode.string()) else {
        throw scopeNode.error("expected \"team\" or \"individual\"")
      }
      scope = parsed
    } else if let definition = MetricDefinition.named(metric) {
      scope = definition.scope
    } else {
      throw PlanError.invalid(
        file: node.file, path: node.child("scope"),
        reason: "required for \(metric), which incentive does not compute (\"team\" or \"individual\")")
    }
    let weightNode = try keys["weight"].required("weight", in: node)
    let weight = try nonNegative(weightNode)
    let curve = try decodeCurve(try keys["curve"].required("curve", in: node))
    var guards: [Guard] = []
    if let guardsNode = keys["guards"] {
      for item in try guardsNode.array() { guards.append(try decodeGuard(item)) }
    }
    let eligibility = try keys["eligibility"].map { (node: PlanNode) throws(PlanError) in try decodeEligibility(node) }
    let onMissing = try keys["on_missing"].map { (node: PlanNode) throws(PlanError) in
      guard let value = Component.OnMissing(rawValue: try node.string()) else {
        throw node.error("expected \"error\", \"zero\" or \"target\"")
      }
      return value
    } ?? .error
    return Component(
      id: id, metric: metric, scope: scope, weight: weight, curve: curve, guards: guards, eligibility: eligibility,
      onMissing: onMissing)
  }

  static func decodeCurve(_ node: PlanNode) throws(PlanError) -> PayoutCurve {
    let items = try node.array()
    guard !items.isEmpty else { throw node.error("a curve needs at least one [value, multiplier] point") }
    var points: [PayoutCurve.Point] = []
    for item in items {
      guard let pair = item.value.arrayValue, pair.count == 2 else {
        throw item.error("expected a [value, multiplier] pair")
      }
      let value = try PlanNode(value: pair[0], path: item.path + "[0]", file: node.file).decimal()
      let multiplierNode = PlanNode(value: pair[1], path: item.path + "[1]", file: node.file)
      let multiplier = try nonNegative(multiplierNode)
      if let last = points.last, value < last.value {
        throw node.error("points must be sorted by value: \(value) comes after \(last.value)")
      }
      points.append(PayoutCurve.Point(value: value, multiplier: multiplier))
    }
    return PayoutCurve(points: points)
  }

  static func decodeGuard(_ node: PlanNode) throws(PlanError) -> Guard {
    let keys = try node.object(allowing: ["metric", "min", "max", "cap"])
    let metric = try keys["metric"].required("metric", in: node).string()
    let min = try keys["min"].map { (node: PlanNode) throws(PlanError) in try node.decimal() }
    let max = try keys["max"].map { (node: PlanNode) throws(PlanError) in try node.decimal() }
    guard min != nil || max != nil else { throw node.error("a guard needs \"min\" and/or \"max\"") }
    if let min, let max, min > max { throw node.error("min \(min) is above max \(max)") }
    let cap = try nonNegative(try keys["cap"].required("cap", in: node))
    return Guard(metric: metric, min: min, max: max, cap: cap)
  }

  static func decodeEligibility(_ node: PlanNode) throws(PlanError) -> Eligibility {
    let keys = try node.object(allowing: ["metric", "min", "max"])
    let metric = try keys["metric"].required("metric", in: node).string()
    let min = try keys["min"].map { (node: PlanNode) throws(PlanError) in try node.decimal() }
    let max = try keys["max"].map { (node: PlanNode) throws(PlanError) in try node.decimal() }
    guard min != nil || max != nil else { throw node.error("eligibility needs \"min\" and/or \"max\"") }
    return Eligibility(metric: metric, min: min, max: max)
  }
}

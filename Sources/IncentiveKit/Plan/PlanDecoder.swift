import Foundation

/// Reads plan.json into a `Plan`, checking everything that would make a payout meaningless
/// (weights not summing to 1, unsorted or empty curves, unknown keys) with the JSON path of
/// the problem. Style advice (gameable metrics, missing rationale) is `PlanValidator`'s job.
enum PlanDecoder {
  static func load(path: String, displayName: String? = nil) throws(PlanError) -> (Plan, [UInt8]) {
    let name = displayName ?? path
    let bytes: [UInt8]
    do {
      bytes = try RegularFile.read(path, limit: InputFile.planLimit)
    } catch {
      throw .unreadable(file: name, reason: error.description)
    }
    return (try decode(bytes, file: name), bytes)
  }

  static func decode(_ bytes: [UInt8], file: String) throws(PlanError) -> Plan {
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
      "target_basis", "bands", "premiums", "retention_bonuses", "market_attrition_rate",
      "team_aliases",
    ] + financeKeys)
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
      throw keys["payout_floor"]!.error("\(floor) is above payout_cap \(cap)")
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
      for node in try blackouts.array() {
        options.blackouts.append(try decodeBlackout(node, under: options.doraDefinition))
      }
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
    let prohibited = try keys["prohibited"].map { (node: PlanNode) throws(PlanError) in try node.metricIDs() } ?? []

    let tracksNode = try keys["tracks"].required("tracks", in: top)
    guard let trackMembers = tracksNode.value.objectMembers, !trackMembers.isEmpty else {
      throw tracksNode.error("expected an object of tracks keyed by role (ic, tech_lead, manager, ..., default)")
    }
    var tracks: [Track] = []
    for member in trackMembers {
      let node = PlanNode(value: member.value, path: tracksNode.child(member.key), file: file)
      tracks.append(try decodeTrack(node, name: member.key))
    }
    var plan = Plan(
      name: name, version: version, rationale: rationale, period: period, currency: currency, payoutCap: cap,
      payoutFloor: floor, coolingOffDays: coolingOff, metricOptions: options, tracks: tracks,
      minGroupSize: minGroupSize, benchmark: benchmark, preferFileValues: prefer, prohibited: prohibited)
    plan.targetBasis = try decodeTargetBasis(keys, in: top)
    plan.premiums = try keys["premiums"].map { (node: PlanNode) throws(PlanError) in try decodePremiums(node) }
    if let grants = keys["retention_bonuses"] {
      for item in try grants.array() { plan.retentionGrants.append(try decodeGrant(item)) }
    }
    plan.marketAttritionRate = try keys["market_attrition_rate"].map { (node: PlanNode) throws(PlanError) in
      let rate = try nonNegative(node)
      guard rate <= .one else { throw node.error("expected an annual rate between 0 and 1 (0.13 for 13 %)") }
      return rate
    }
    try decodeFinance(keys, into: &plan)
    plan.teamAliases = try keys["team_aliases"].map { (node: PlanNode) throws(PlanError) in try decodeTeamAliases(node) } ?? [:]
    return plan
  }

  /// `{"Search": "search"}`: each alias to the roster team it stands for (checked against the roster when a
  /// dataset is read, see `RosterAliases`).
  static func decodeTeamAliases(_ node: PlanNode) throws(PlanError) -> [String: String] {
    guard let members = node.value.objectMembers else {
      throw node.error("expected an object of alias → roster team, e.g. {\"Search\": \"search\"}")
    }
    var aliases: [String: String] = [:]
    for member in members {
      let item = PlanNode(value: member.value, path: node.child(member.key), file: node.file)
      let team = try item.string()
      guard !member.key.isEmpty, !team.isEmpty else { throw item.error("expected a non-empty alias and team") }
      guard member.key != team else { throw item.error("an alias of itself; remove it") }
      aliases[member.key] = team
    }
    return aliases
  }

  static func decodeTargetBasis(_ keys: [String: PlanNode], in top: PlanNode) throws(PlanError) -> TargetBasis {
    let basis = try keys["target_basis"].map { (node: PlanNode) throws(PlanError) in try node.string() } ?? "salary"
    switch basis {
    case "salary":
      return .salary
    case "band":
      let bandsNode = try keys["bands"].required("bands", in: top)
      guard let members = bandsNode.value.objectMembers, !members.isEmpty else {
        throw bandsNode.error("expected an object of level → band midpoint, e.g. {\"L5\": 170000}")
      }
      var bands: [String: FixedDecimal] = [:]
      for member in members {
        bands[member.key] = try nonNegative(PlanNode(value: member.value, path: bandsNode.child(member.key), file: top.file))
      }
      return .band(bands)
    default:
      throw keys["target_basis"]!.error("expected \"salary\" or \"band\"")
    }
  }

  static func decodePremiums(_ node: PlanNode) throws(PlanError) -> PremiumRates {
    let keys = try node.object(allowing: ["after_hours_page_rate", "per_shift"])
    let rates = PremiumRates(
      afterHoursPage: try keys["after_hours_page_rate"].map { (node: PlanNode) throws(PlanError) in try nonNegative(node) },
      perShift: try keys["per_shift"].map { (node: PlanNode) throws(PlanError) in try nonNegative(node) })
    guard rates.afterHoursPage != nil || rates.perShift != nil else {
      throw node.error("give \"after_hours_page_rate\" and/or \"per_shift\"")
    }
    return rates
  }

  static func decodeGrant(_ node: PlanNode) throws(PlanError) -> RetentionGrant {
    let keys = try node.object(allowing: [
      "engineer_id", "amount", "grant_date", "cliff_months", "vesting_months", "every_months", "reason",
    ])
    func months(_ key: String, default fallback: Int?) throws(PlanError) -> Int {
      guard let child = keys[key] else {
        guard let fallback else { throw PlanError.invalid(file: node.file, path: node.child(key), reason: "required key is missing") }
        return fallback
      }
      let value = try child.integer()
      guard value >= 0, value <= 240 else { throw child.error("expected a number of months between 0 and 240") }
      return value
    }
    let vesting = try months("vesting_months", default: nil)
    guard vesting >= 1 else { throw keys["vesting_months"]!.error("a grant vests over at least one month") }
    let every = try months("every_months", default: 3)
    guard every >= 1 else { throw keys["every_months"]!.error("expected at least 1") }
    let cliff = try months("cliff_months", default: 0)
    guard cliff <= vesting else { throw keys["cliff_months"]!.error("the cliff is after the last vesting date") }
    return RetentionGrant(
      engineerID: try keys["engineer_id"].required("engineer_id", in: node).string(),
      amount: try nonNegative(try keys["amount"].required("amount", in: node)),
      grantDate: try date(keys["grant_date"].required("grant_date", in: node)), cliffMonths: cliff,
      vestingMonths: vesting, everyMonths: every,
      reason: try keys["reason"].map { (node: PlanNode) throws(PlanError) in try node.string() })
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

  static func decodeBlackout(_ node: PlanNode, under definition: DORADefinition = .spec) throws(PlanError) -> Blackout {
    let keys = try node.object(allowing: ["from", "to", "reason", "metrics"])
    let from = try date(keys["from"].required("from", in: node))
    let to = try date(keys["to"].required("to", in: node))
    guard from <= to else { throw node.error("\"to\" \(to) is before \"from\" \(from)") }
    let reason = try keys["reason"].required("reason", in: node).string()
    let list = try keys["metrics"].required("metrics", in: node)
    var metrics: [MetricID] = []
    for item in try list.array() {
      let metric = try item.metricID()
      if let problem = Blackout.problem(blackingOut: metric, under: definition) { throw item.error(problem) }
      metrics.append(metric)
    }
    guard !metrics.isEmpty else { throw list.error("list at least one metric the blackout applies to") }
    return Blackout(window: Period(from: from, to: to), reason: reason, metrics: metrics)
  }

  static func decodeMetricOptions(_ node: PlanNode) throws(PlanError) -> MetricOptions {
    let keys = try node.object(allowing: [
      "restore_excludes", "incident_min_severity", "attributable_rollback_causes", "dora", "production_environments",
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
    if let environments = keys["production_environments"] {
      var names: [String] = []
      for item in try environments.array() {
        let name = try item.string()
        guard !name.isEmpty else { throw item.error("an empty environment is always production; list named ones") }
        names.append(name)
      }
      guard !names.isEmpty else { throw environments.error("list at least one environment, e.g. [\"production\"]") }
      options.productionEnvironments = names
    }
    if let dora = keys["dora"] {
      guard let definition = DORADefinition(rawValue: try dora.string()) else {
        throw dora.error("expected one of \(DORADefinition.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      options.doraDefinition = definition
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
    // Weights must sum to 1 for everyone: the plain weights, and for each team that overrides
    // a weight, that team's effective weights.
    let overridden = Set(components.flatMap { $0.teamOverrides.filter { $0.value.weight != nil }.keys })
    for team in [nil] + overridden.sorted().map(Optional.some) {
      let sum = components.reduce(FixedDecimal.zero) { $0 + (team.map($1.weight(for:)) ?? $1.weight) }
      // Weights are exact decimals, so "sum to 1 within 1e-9" is exact equality in practice.
      let tolerance = FixedDecimal(units: 1, scale: 9)
      let difference = sum - .one
      if difference > tolerance || -difference > tolerance {
        throw componentsNode.error(
          "weights sum to \(sum.trimmed()), not 1" + (team.map { " for team \($0) (with its team_overrides)" } ?? ""))
      }
    }
    return Track(name: name, components: components)
  }

  static func decodeComponent(_ node: PlanNode) throws(PlanError) -> Component {
    let keys = try node.object(allowing: [
      "id", "metric", "scope", "weight", "curve", "formula", "guards", "eligibility", "on_missing", "description",
      "team_overrides",
    ])
    let idNode = try keys["id"].required("id", in: node)
    let id = try idNode.string()
    // `total` names the whole payout in adjustments.csv: a component of that name took one adjustment row twice,
    // as its own multiplier and then as the payout's. `=` and `;` split the CSV's `component_amounts` cell
    // (`delivery=1495.72;recovery=847.58`), which an id holding them would make read as other components.
    if id == Adjustment.totalComponent {
      throw idNode.error("\"total\" is the name adjustments.csv gives the whole payout; name the component otherwise")
    }
    if id.contains(where: { $0 == "=" || $0 == ";" }) {
      throw idNode.error("\"\(id)\" holds \"=\" or \";\", which separate components and their amounts in CSV "
        + "output; name the component without them")
    }
    let valuation: Component.Valuation
    switch (keys["curve"], keys["formula"]) {
    case (let curve?, nil):
      valuation = .curve(try decodeCurve(curve))
    case (nil, let formula?):
      let text = try formula.string()
      do {
        valuation = .formula(try FormulaParser.parse(text))
      } catch {
        throw formula.error("\(text): \(error.reason) at column \(error.column)")
      }
    case (_?, _?):
      throw node.error("give either \"curve\" or \"formula\", not both")
    case (nil, nil):
      throw PlanError.invalid(
        file: node.file, path: node.child("curve"), reason: "required key is missing (or give a \"formula\")")
    }
    let metric: MetricID
    if case .formula = valuation {
      metric = try keys["metric"].map { (node: PlanNode) throws(PlanError) in try node.metricID() } ?? .formula
    } else {
      metric = try keys["metric"].required("metric", in: node).metricID()
    }
    let scope: MetricDefinition.Scope
    if let scopeNode = keys["scope"] {
      guard let parsed = MetricDefinition.Scope(rawValue: try scopeNode.string()) else {
        throw scopeNode.error("expected \"team\" or \"individual\"")
      }
      scope = parsed
    } else if let definition = metric.definition {
      scope = definition.scope
    } else if case .formula(let formula) = valuation,
      let definition = formula.metrics.lazy.compactMap(\.definition).first
    {
      scope = definition.scope
    } else {
      throw PlanError.invalid(
        file: node.file, path: node.child("scope"),
        reason: "required for \(metric), which incentive does not compute (\"team\" or \"individual\")")
    }
    let weightNode = try keys["weight"].required("weight", in: node)
    let weight = try nonNegative(weightNode)
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
    var overrides: [String: Component.Override] = [:]
    if let overridesNode = keys["team_overrides"] {
      guard let members = overridesNode.value.objectMembers else {
        throw overridesNode.error("expected an object keyed by team name")
      }
      for member in members {
        let child = PlanNode(value: member.value, path: overridesNode.child(member.key), file: node.file)
        let fields = try child.object(allowing: ["curve", "weight"])
        let override = Component.Override(
          curve: try fields["curve"].map { (node: PlanNode) throws(PlanError) in try decodeCurve(node) },
          weight: try fields["weight"].map { (node: PlanNode) throws(PlanError) in try nonNegative(node) })
        guard override.curve != nil || override.weight != nil else { throw child.error("give a \"curve\" and/or a \"weight\"") }
        if override.curve != nil, case .formula = valuation {
          throw child.error("a formula component has no curve to override")
        }
        overrides[member.key] = override
      }
    }
    return Component(
      id: id, metric: metric, scope: scope, weight: weight, valuation: valuation, guards: guards,
      eligibility: eligibility, onMissing: onMissing, teamOverrides: overrides)
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
    let metric = try keys["metric"].required("metric", in: node).metricID()
    let min = try keys["min"].map { (node: PlanNode) throws(PlanError) in try node.decimal() }
    let max = try keys["max"].map { (node: PlanNode) throws(PlanError) in try node.decimal() }
    guard min != nil || max != nil else { throw node.error("a guard needs \"min\" and/or \"max\"") }
    if let min, let max, min > max { throw node.error("min \(min) is above max \(max)") }
    let cap = try nonNegative(try keys["cap"].required("cap", in: node))
    return Guard(metric: metric, min: min, max: max, cap: cap)
  }

  static func decodeEligibility(_ node: PlanNode) throws(PlanError) -> Eligibility {
    let keys = try node.object(allowing: ["metric", "min", "max"])
    let metric = try keys["metric"].required("metric", in: node).metricID()
    let min = try keys["min"].map { (node: PlanNode) throws(PlanError) in try node.decimal() }
    let max = try keys["max"].map { (node: PlanNode) throws(PlanError) in try node.decimal() }
    guard min != nil || max != nil else { throw node.error("eligibility needs \"min\" and/or \"max\"") }
    return Eligibility(metric: metric, min: min, max: max)
  }
}

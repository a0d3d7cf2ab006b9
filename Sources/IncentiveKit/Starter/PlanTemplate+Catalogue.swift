extension PlanTemplate {
  /// The templates `incentive init` offers, the default first.
  static let all: [PlanTemplate] = [productTeam, platformTeam, sreOncall, engineeringManager, director]

  /// The `--template` values, in `all`'s order.
  static var names: [String] { all.map(\.name) }

  static func named(_ name: String) -> PlanTemplate? { all.first { $0.name == name } }

  // Counter-metric guards shared by the templates: a gameable metric is only ever paid behind one.
  private static let failureGuard = guardRule(.changeFailureRate, max: "0.15", cap: "1.0")
  private static let coverageGuard = guardRule(.coverageDelta, min: "0", cap: "0.8")
  private static let reworkGuard = guardRule(.reworkRate, max: "0.2", cap: "1.0")

  private static let delivery = component(
    "delivery", metric: .deploymentFrequency, scope: .team, weight: "0.3",
    curve: [("0.1", "0.5"), ("1", "1.0"), ("5", "1.5")], guards: [failureGuard, coverageGuard])
  /// `delivery` at a lighter weight, beside other duties (platform work, managing).
  private static let lightDelivery = component(
    "delivery", metric: .deploymentFrequency, scope: .team, weight: "0.2",
    curve: [("0.1", "0.5"), ("1", "1.0"), ("5", "1.5")], guards: [failureGuard, coverageGuard])
  private static let leadTime = component(
    "lead_time", metric: .leadTimeHours, scope: .team, weight: "0.2",
    curve: [("24", "1.3"), ("72", "1.0"), ("168", "0.5"), ("336", "0")], guards: [reworkGuard])
  private static let reviews = component(
    "reviews", metric: .substantiveReviewRatio, scope: .individual, weight: "0.25",
    curve: [("0.1", "0"), ("0.3", "1.0"), ("0.6", "1.3")])
  private static let health = component(
    "health", metric: .teamHealth, scope: .team, weight: "0.3", curve: [("50", "0"), ("70", "1.0"), ("85", "1.4")])
  private static let cost = component(
    "cost", metric: .costVsBudget, scope: .team, weight: "0.2", curve: [("0.9", "1.2"), ("1.0", "1.0"), ("1.15", "0")])
  private static let retention = component(
    "retention", metric: .retentionRate, scope: .individual, weight: "0.3",
    curve: [("0.7", "0"), ("0.85", "0.8"), ("1.0", "1.2")])

  static let productTeam = PlanTemplate(
    name: "product-team",
    summary: "A product team's engineers and tech leads: delivery and lead time behind counter-metrics, change "
      + "failure, review substance; tech leads also on mentee progression.",
    decisions: [1, 2, 7, 9, 12, 26, 47],
    rationale: "Product-team template from the curriculum (docs/curriculum.md). Decision 2: DORA components "
      + "(delivery, lead_time, quality) are paid at team scope so reliability is a shared reward, never a per-person "
      + "blame score. Decisions 7 and 12: delivery (deployment_frequency) pays only behind change_failure_rate and "
      + "coverage_delta guards, and lead_time behind rework_rate, so splitting deployments or skipping tests can't "
      + "pay. Decision 9: reviews pays the substantive share of review comments, not their count. Decision 1: "
      + "quality weighs change_failure_rate beside delivery as the debt-versus-features trade-off; change the "
      + "weights to move it. Decision 26: tech leads are also paid on mentoring (mentee promotions). Decision 47: "
      + "record every change to this plan here.",
    roles: ["ic", "tech_lead"],
    tracks: [
      (
        "ic",
        [
          delivery, leadTime,
          component(
            "quality", metric: .changeFailureRate, scope: .team, weight: "0.25",
            curve: [("0.05", "1.3"), ("0.15", "1.0"), ("0.3", "0.5"), ("0.5", "0")]),
          reviews,
        ]
      ),
      (
        "tech_lead",
        [
          delivery, leadTime,
          component(
            "mentoring", metric: .menteePromotions, scope: .individual, weight: "0.25",
            curve: [("0", "0.8"), ("1", "1.0"), ("3", "1.4")]),
          reviews,
        ]
      ),
    ],
    extras: [])

  static let platformTeam = PlanTemplate(
    name: "platform-team",
    summary: "A platform team: restore time, attributable rollbacks, infrastructure-as-code coverage and cloud cost, "
      + "with guarded delivery.",
    decisions: [4, 5, 35, 36, 7, 47],
    rationale: "Platform-team template from the curriculum (docs/curriculum.md). Decision 5: a platform team is "
      + "weighted towards stability (recovery, rollbacks) over delivery. Decision 36: rollbacks pays "
      + "attributable_rollback_rate, so only testing and code causes count against the team. Decision 35: iac pays "
      + "infrastructure-as-code coverage. Decision 4: cost pays cloud spend against budget, so saving money counts "
      + "beside velocity. Decision 7: delivery is guarded by change_failure_rate and coverage_delta. Decision 47: "
      + "record every change to this plan here.",
    roles: ["ic", "tech_lead"],
    tracks: ["ic", "tech_lead"].map { track in
      (
        track,
        [
          component(
            "recovery", metric: .timeToRestoreHours, scope: .team, weight: "0.25",
            curve: [("1", "1.3"), ("4", "1.0"), ("24", "0.5"), ("72", "0")]),
          component(
            "rollbacks", metric: .attributableRollbackRate, scope: .team, weight: "0.2",
            curve: [("0", "1.2"), ("0.05", "1.0"), ("0.2", "0")]),
          component(
            "iac", metric: .iacCoverage, scope: .team, weight: "0.2",
            curve: [("0.5", "0.5"), ("0.8", "1.0"), ("0.95", "1.3")]),
          component(
            "cost", metric: .costVsBudget, scope: .team, weight: "0.15",
            curve: [("0.9", "1.2"), ("1.0", "1.0"), ("1.15", "0")]),
          lightDelivery,
        ]
      )
    },
    extras: [])

  static let sreOncall = PlanTemplate(
    name: "sre-oncall",
    summary: "SRE and on-call: restore time for those who carried the pager, change failure, team health; "
      + "after-hours pages paid as a premium outside the bonus.",
    decisions: [8, 10, 22, 36, 27, 47],
    rationale: "SRE and on-call template from the curriculum (docs/curriculum.md). Decision 8: an incident counts "
      + "from SEV2 up (metric_options.incident_min_severity) and recovery is paid only to engineers with at least "
      + "one on-call shift in the period (eligibility on oncall_shifts). Decision 10: legacy-system and external "
      + "incidents are left out of restore time (metric_options.restore_excludes). Decision 36: stability pays "
      + "change_failure_rate at team scope. Decision 27: health pays the team's survey score, so a burnt-out rota "
      + "costs the bonus. Decision 22: after-hours pages are paid per page outside the bonus (premiums), never "
      + "through a curve that would reward more pages. Decision 47: record every change to this plan here.",
    roles: ["ic", "ic"],
    tracks: [
      (
        "ic",
        [
          component(
            "recovery", metric: .timeToRestoreHours, scope: .team, weight: "0.4",
            curve: [("1", "1.3"), ("4", "1.0"), ("24", "0.5"), ("72", "0")],
            eligibility: .object([("metric", .string(MetricID.oncallShifts.name)), ("min", .number("1"))])),
          component(
            "stability", metric: .changeFailureRate, scope: .team, weight: "0.3",
            curve: [("0.05", "1.3"), ("0.15", "1.0"), ("0.3", "0.5"), ("0.5", "0")]),
          health,
        ]
      )
    ],
    extras: [
      (
        "metric_options",
        .object([
          ("restore_excludes", .array([.string("legacy_system"), .string("external")])),
          ("incident_min_severity", .string("SEV2")),
        ])
      ),
      ("premiums", .object([("after_hours_page_rate", .number("25"))])),
    ])

  static let engineeringManager = PlanTemplate(
    name: "engineering-manager",
    summary: "Engineering managers: retention of their reports, team health, cost against budget and guarded "
      + "team delivery.",
    decisions: [25, 27, 4, 7, 29, 47],
    rationale: "Engineering-manager template from the curriculum (docs/curriculum.md). Decision 25: retention pays "
      + "the retention of the manager's own reports (roster manager_id). Decision 27: health pays the team's "
      + "survey score. Decision 4: cost pays spend against budget. Decision 7: delivery is the team's deployment "
      + "frequency behind change_failure_rate and coverage_delta guards. Decision 29: values a manager reports in "
      + "metrics.csv for their own reports are flagged (run with --strict to refuse them). Decision 47: record "
      + "every change to this plan here.",
    roles: ["manager", "manager"],
    tracks: [
      (
        "manager",
        [
          retention, health, cost,
          lightDelivery,
        ]
      )
    ],
    extras: [])

  static let director = PlanTemplate(
    name: "director",
    summary: "Directors: team health, retention and cost across their organisation; no per-person delivery metric.",
    decisions: [27, 25, 4, 28, 47],
    rationale: "Director template from the curriculum (docs/curriculum.md). Decision 27: health pays the team "
      + "survey score, weighted highest. Decision 25: retention pays the retention of the director's reports. "
      + "Decision 4: cost pays spend against budget. Decision 28: no delivery metric is paid to a director, so "
      + "delivery pressure is not pushed down the organisation; add one with a low weight if you want it. "
      + "Decision 47: record every change to this plan here.",
    roles: ["director", "director"],
    tracks: [
      (
        "director",
        [
          component(
            "health", metric: .teamHealth, scope: .team, weight: "0.4",
            curve: [("50", "0"), ("70", "1.0"), ("85", "1.4")]),
          component(
            "retention", metric: .retentionRate, scope: .individual, weight: "0.4",
            curve: [("0.7", "0"), ("0.85", "0.8"), ("1.0", "1.2")]),
          cost,
        ]
      )
    ],
    extras: [])
}

import ArgumentParsing
import IncentiveKit

enum AuditBiasCommand: Command {
  static let spec = CommandSpec(
    name: "audit bias",
    abstract: "Audit payout outcomes for disparities by a demographic attribute, or by manager.",
    discussion: "Per group: headcount, mean and median payout multiplier, the share paid at least target, the "
      + "adverse impact ratio against the most favoured group (flagged below four fifths) and a seeded "
      + "permutation-test p-value for the gap in mean. Groups under the plan's min_group_size are suppressed. "
      + "demographics.csv is read by this command only. Method: docs/privacy-and-fairness.md.",
    positionals: [CommonOptions.dataset],
    options: [
      .option("attribute", value: "A", help: "The demographics column to group by (gender, age_band, ...)."),
      .option("demographics", value: "FILE", help: "Demographics file (default: DATASET/demographics.csv)."),
      .option("permutations", value: "N", help: "Rounds of the permutation test.", default: "10000"),
      .option(
        "seed", value: "S", help: "Seed of the permutation test; the same seed gives the same p-values.", default: "1"),
      .flag("by-manager", help: "Calibration audit: group by roster manager_id on individual-component multipliers."),
      .option(
        "format", value: "FORMAT", help: "Output format.", allowed: [OutputFormat.table, .json], default: .table),
      CommonOptions.plan, CommonOptions.period, CommonOptions.strict,
    ],
    examples: [
      "incentive audit bias Fixtures/acme --attribute gender",
      "incentive audit bias exports/ --attribute age_band --demographics /secure/demographics.csv --format json",
      "incentive audit bias Fixtures/acme --by-manager --permutations 20000 --seed 7",
    ],
    rules: [.exactlyOne("attribute", "by-manager")])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let grouping: BiasAuditWorkflow.Grouping =
      arguments.value("attribute").map { .attribute($0, demographics: arguments.value("demographics")) } ?? .manager
    let permutations = try arguments.value("permutations", as: Int.self, in: 1...10_000_000)
    let seed = try arguments.value("seed", as: Int.self, in: 0...Int.max)
    let options = BiasAuditWorkflow.Options(
      run: try CommonOptions.run(arguments), grouping: grouping, permutations: permutations, seed: UInt64(seed),
      format: try CommonOptions.format(arguments))
    return try console.show(try BiasAuditWorkflow.run(options))
  }
}

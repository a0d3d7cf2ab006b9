import ArgumentParsing
import IncentiveKit
import IncentiveSynthetic

enum GenerateCommand: Command {
  static let spec = CommandSpec(
    name: "generate",
    abstract: "Write a reproducible synthetic dataset and plan (for benchmarks and scale tests).",
    discussion: "Writes roster, assignments, deployments, incidents, reviews, on-call, surveys, coverage, costs, "
      + "mentorship, metrics.csv and plan.json for 2026-Q3 into OUT_DIR. M event rows are split 50 % deployments, 41 % reviews, "
      + "6 % on-call shifts and 3 % incidents. The same seed always writes byte-identical files; see "
      + "docs/performance.md.",
    positionals: [PositionalSpec(name: "OUT_DIR", help: "Folder to write (created if missing).", isOptional: false)],
    options: [
      .option("engineers", value: "N", help: "People on the roster, director included.", default: "200"),
      .option("events", value: "M", help: "Deployment, review, on-call and incident rows in total.", default: "100000"),
      .option("seed", value: "S", help: "Seed of every random draw.", default: "1"),
    ],
    examples: [
      "incentive generate /tmp/synthetic --engineers 50 --events 10000 --seed 7",
      "incentive generate Benchmarks/data/10m --engineers 2000 --events 10000000",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    let dataset = SyntheticDataset(
      engineers: try arguments.value("engineers", as: Int.self, in: 2...1_000_000),
      events: try arguments.value("events", as: Int.self, in: 0...2_000_000_000),
      seed: UInt64(try arguments.value("seed", as: Int.self, in: 0...Int.max)))
    let result = try GenerateWorkflow.run(dataset, to: arguments.positional("OUT_DIR")!, notices: { console.err($0) })
    return try console.show(result)
  }
}

import ArgumentParsing
import IncentiveKit

enum CheckCommand: Command {
  static let spec = CommandSpec(
    name: "check",
    abstract: "CI regression check: compare a fresh calculation with a golden JSON output.",
    discussion: "Exits 0 when every payout, component amount, team total and the total equal the golden file "
      + "within --tolerance (multipliers must match exactly), printing one summary line; exits 1 with a diff "
      + "of what moved otherwise. --update rewrites the golden file atomically (mode 0600). See docs/governance.md.",
    positionals: [CommonOptions.dataset],
    options: [
      .option("expected", value: "GOLDEN.json", help: "The golden `calculate --format json` output.", required: true),
      .option(
        "tolerance", value: "AMOUNT", help: "Largest difference in any one amount that still counts as equal.",
        default: "0"),
      .flag("update", help: "Rewrite the golden file with this run's output and exit 0."),
      .option(
        "format", value: "FORMAT", help: "text for people, json for machines, markdown for a pull-request comment (names nobody).",
        allowed: [OutputFormat.text, .json, .markdown], default: .text),
      .option(
        "previous-plan", value: "FILE",
        help: "With --format markdown: the plan the golden file was made with; the comment shows the plan change."),
      CommonOptions.detail, CommonOptions.plan, CommonOptions.period, CommonOptions.strict,
    ],
    examples: [
      "incentive check Fixtures/acme --expected Fixtures/acme/expected.json",
      "incentive check exports/ --expected golden/2026-Q3.json --tolerance 0.01 --format json",
      "incentive check Fixtures/acme --expected Fixtures/acme/expected.json --update",
      "incentive check exports/ --expected golden/2026-Q3.json --format markdown > pr-comment.md",
      "incentive check exports/ --expected golden/2026-Q3.json --format markdown --previous-plan old-plan.json",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    guard let expected = arguments.value("expected") else { throw UsageError.missingValue(option: "--expected") }
    let options = CheckWorkflow.Options(
      run: try CommonOptions.run(arguments), expected: expected, tolerance: arguments.value("tolerance") ?? "0",
      update: arguments.flag("update"), format: try CommonOptions.format(arguments),
      previousPlan: arguments.value("previous-plan"), detail: arguments.flag("detail"))
    return try console.show(try CheckWorkflow.run(options))
  }
}

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
        "format", value: "FORMAT", help: "text for people, json for machines, markdown for a pull-request comment.",
        allowed: ["text", "json", "markdown"], default: "text"),
      CommonOptions.plan, CommonOptions.period, CommonOptions.strict,
    ],
    examples: [
      "incentive check Fixtures/acme --expected Fixtures/acme/expected.json",
      "incentive check exports/ --expected golden/2026-Q3.json --tolerance 0.01 --format json",
      "incentive check Fixtures/acme --expected Fixtures/acme/expected.json --update",
      "incentive check exports/ --expected golden/2026-Q3.json --format markdown > pr-comment.md",
    ])

  static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
    guard let expected = arguments.value("expected") else { throw UsageError.missingValue(option: "--expected") }
    let run = try CommonOptions.run(arguments)
    let report = try run.payouts(strictConflicts: arguments.flag("strict"))
    let toleranceText = arguments.value("tolerance") ?? "0"
    guard let tolerance = GoldenCheck.tolerance(parsing: toleranceText, currency: report.currency) else {
      throw UsageError.malformedValue(
        option: "--tolerance", value: toleranceText,
        expected: "a non-negative amount with at most \(report.currency.minorDigits) decimals, e.g. 0.01")
    }
    if arguments.flag("update") {
      try GoldenCheck.update(report, goldenPath: expected)
      console.out(
        "check: wrote \(expected) (\(report.engineers.count) engineers, total "
          + "\(report.total.formatted(in: report.currency)) \(report.currency.code))\n")
      return 0
    }
    let diff = try GoldenCheck.compare(report, goldenPath: expected, tolerance: tolerance)
    switch arguments.value("format") {
    case "json": console.out(JSONWriter.pretty(diff.checkJSON(expected: expected)))
    case "markdown": console.out(diff.renderMarkdown(onlyDifferences: true, summary: diff.checkSummary(expected: expected)))
    default:
      if diff.hasDifferences { console.out(diff.renderTable(onlyDifferences: true) + "\n") }
      console.out(diff.checkSummary(expected: expected) + "\n")
    }
    return diff.hasDifferences ? 1 : 0
  }
}

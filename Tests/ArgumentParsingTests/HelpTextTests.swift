import ArgumentParsing
import Testing

/// The `--help` page generated from a declaration, compared character for character.
@Suite("Help text")
struct HelpTextTests {
  @Test("A full command page: wrapped usage, discussion, aligned columns, allowed values, defaults")
  func calculatePage() {
    let expected = """
      USAGE: incentive calculate [DATASET] [--plan FILE] [--period PERIOD]
             [--format table|csv|json|markdown|html] [--output FILE] [--ledger FILE] [--share]

      Compute the payout of every engineer and team for one period, with totals.

      Reads every file of the dataset folder, applies the plan's curves, guards, eligibility rules and
      proration to each engineer, and rounds half-even to the cent, so that finance gets the same numbers
      on every run.

      The JSON format is the machine contract; the other formats are for people.

      ARGUMENTS:
        DATASET          The dataset folder; the current folder when left out.

      OPTIONS:
        --plan FILE      The plan to apply. (default: plan.json)
        --period PERIOD  The quarter to pay out, such as 2026-Q3; the plan's own period when left out.
        --format FORMAT  How to print the result: a table for people, CSV for spreadsheets, JSON for other
                         programs, Markdown or HTML for reports. (values: table, csv, json, markdown,
                         html; default: table)
        --output FILE    Write the report to FILE instead of standard output.
        --ledger FILE    Append the run to this tamper-evident audit ledger.
        --share          Add each engineer's share of the team pool as a column.
        -h, --help       Show this help.

      EXAMPLES:
        incentive calculate Fixtures/small --format json
        incentive calculate Fixtures/small --plan plans/2026-q3.json --period 2026-Q3 --output payouts.csv --format csv
      """
    #expect(SampleCommands.calculate.helpText(toolName: "incentive") == expected)
  }

  @Test("No line but an example is wider than 100 columns")
  func width() {
    let lines = SampleCommands.calculate.helpText(toolName: "incentive").split(separator: "\n")
    let wide = lines.filter { $0.count > 100 }
    #expect(
      wide == [
        "  incentive calculate Fixtures/small --plan plans/2026-q3.json --period 2026-Q3 --output payouts.csv --format csv"
      ])
    #expect(lines.contains { $0.count == 100 })
  }

  @Test("A long option name takes its own line; empty sections are left out; required and repeatable shown")
  func layout() {
    let command = CommandSpec(
      name: "x",
      abstract: "Exercise the layout.",
      options: [
        .option("a-very-long-option-name-indeed", value: "VALUE", help: "Long."),
        .option("short", value: "S", help: "Short.", required: true),
        .option("group", value: "NAME", help: "", repeatable: true),
      ]
    )
    let expected = """
      USAGE: incentive x [--a-very-long-option-name-indeed VALUE] --short S [--group NAME]...

      Exercise the layout.

      OPTIONS:
        --a-very-long-option-name-indeed VALUE
                      Long.
        --short S     Short. (required)
        --group NAME  (repeatable)
        -h, --help    Show this help.
      """
    #expect(command.helpText(toolName: "incentive") == expected)
  }

  @Test("A command with nothing declared still documents --help")
  func minimal() {
    let command = CommandSpec(name: "version", abstract: "Print the version.")
    let expected = """
      USAGE: mytool version

      Print the version.

      OPTIONS:
        -h, --help  Show this help.
      """
    #expect(command.helpText(toolName: "mytool") == expected)
  }

  @Test("Discussion keeps its line breaks and indentation")
  func discussionLines() {
    let command = CommandSpec(
      name: "diff",
      abstract: "What-if.",
      discussion: "Compare two plans:\n  incentive diff data --plan a.json --against b.json\nThen read the totals."
    )
    let expected = """
      USAGE: incentive diff

      What-if.

      Compare two plans:
        incentive diff data --plan a.json --against b.json
      Then read the totals.

      OPTIONS:
        -h, --help  Show this help.
      """
    #expect(command.helpText(toolName: "incentive") == expected)
  }
}

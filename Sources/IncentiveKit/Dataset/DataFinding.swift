/// Something in a dataset a person should look at before a payout: rows left out for a reason that may be a
/// mistake, a file nothing reads, a value that is probably wrong. Facts with their numbers; `message` renders them
/// for stderr and `audit data` (docs/data-quality.md lists each and what to do).
enum DataFinding: Sendable, Equatable {
  /// Rows of `file` left out for `reason` (not the period, which is routine), with the values behind them
  /// (environments, ids not on the roster) and their row counts.
  case rowsLeftOut(file: String, rowsRead: Int, reason: LeftOutReason, sample: RowSample, values: [String: Int])
  /// A file every row of which (`InputAccounting.otherPeriodRows` at least: `sample.rows`) is dated outside the period.
  case nothingInPeriod(file: String, sample: RowSample)
  /// Rows of `file` counted under an alias (`team_aliases`, `identities.csv`): alias → (roster value, rows).
  case aliasesMapped(file: String, aliases: [String: MappedAlias])
  /// A file in the dataset folder that nothing reads.
  case strayFile(StrayFile, directory: String)
  /// `target_bonus_pct` below 1: probably a fraction (0.1) meant as a percent (10).
  case targetBonusFraction(file: String, line: Int, engineer: String, value: FixedDecimal)
  /// `target_bonus_pct` over 100: a bonus target above base salary, most likely a digit too many (125 for 12.5).
  case targetBonusOverBase(file: String, line: Int, engineer: String, value: FixedDecimal)
  /// A salary more than `RosterPlausibility.levelFactor` times above or below the median of its level.
  case salaryOutlier(
    file: String, line: Int, engineer: String, level: String, value: FixedDecimal, median: FixedDecimal)
  /// A `target_bonus_pct` more than `RosterPlausibility.levelFactor` times above or below the median of the others at
  /// its level (both middles, for an even number): a
  /// slipped decimal point (1.5 for 15) or a quarter's share of a yearly percent (3.125 for 12.5).
  case targetBonusOutlier(
    file: String, line: Int, engineer: String, level: String, value: FixedDecimal, median: FixedDecimal)
  /// A `manager_id` naming someone whose role is `ic`: retention and organisation health are then counted for that
  /// person instead of the manager the row meant.
  case managerIsIC(file: String, line: Int, engineer: String, manager: String, managerLine: Int)
  /// A team named as reports name their total row (`TOTAL`, `Total`), at its first roster row.
  case teamNamedTotal(file: String, line: Int, team: String)
  /// Someone paid in the period whose name and start date are an earlier row's (`other`), under another id.
  case samePerson(file: String, line: Int, engineer: String, other: String, otherLine: Int)
  /// A team paid on a team component with no counted row in the component's source file, where other teams have.
  case teamWithoutRows(file: String, team: String, component: String, metric: String)
  /// The same id on several rows of an event file (`audit data` only: finding them takes memory per event).
  /// `spellings`: the id's forms, in order of first row, when they differ in case or surrounding spaces.
  case repeatedID(file: String, id: String, lines: [Int], rows: Int, spellings: [String] = [])
  /// The same review, on-call shift, promotion, cost month, survey or coverage day on several rows (`audit data`
  /// only), described as `what`; `effect` says what the repeat does to the payout.
  case repeatedRow(file: String, what: String, lines: [Int], rows: Int, effect: String = "; each repeat counts again")
  /// Two on-call shifts of one person in the period that overlap without being the same shift (`audit data` only),
  /// with their lines and spans.
  case overlappingShifts(file: String, engineer: String, lines: [Int], spans: [String])
  /// `rows` on-call shifts or reviews (`what`) of the period credited to `engineer` on days outside their
  /// employment (`employed`, from the roster) (`audit data` only).
  case outsideEmployment(file: String, engineer: String, what: String, lines: [Int], rows: Int, employed: String)
  /// Incidents whose `caused_by_deployment` is no deployment's id but differs from the id `meant` only in case or
  /// spaces (`audit data` only).
  case unmatchedCause(file: String, id: String, lines: [Int], rows: Int, meant: String)
  /// A header no column reads that holds the words of an optional column the file lacks, and more
  /// (`currency_code` in a roster without `currency`): the column reads as empty in every row.
  case unreadColumn(file: String, headers: [String], column: String)
  /// An optional column a CSV file lacks (and no header seems to hold) that `metrics`, which the plan pays or gates
  /// on, read: every row reads it as empty.
  case paidColumnAbsent(file: String, column: String, metrics: [String])
  /// Someone who left in the period with no `exit_reason`: the exit counts as not voluntary, so retention reads
  /// higher than if it was.
  case exitWithoutReason(file: String, line: Int, engineer: String, endDate: String)
  /// An `exit_reason` with no `end_date`: the person is paid as still employed, and counts as staying.
  case exitReasonWithoutEnd(file: String, line: Int, engineer: String, reason: String)
  /// A `health_score` of 10 or less in the period: likely a 1–5, 0–10 or 0–1 survey scale where the column is 0–100.
  case healthScoreScale(file: String, line: Int, team: String, value: FixedDecimal)
  /// A survey row of the period with 0 `responses`: team_health weighs scores by responses, so its score (`value`)
  /// counts for nothing.
  case surveyWithoutResponses(file: String, line: Int, team: String, period: String, value: FixedDecimal)
  /// A cost month of the period whose actual is more than `CostCoverage.ratioFactor` times under or over its budget,
  /// whose budget is 0 with spend, or whose budget is as far from the team's other months': a unit slipped
  /// (thousands, cents) or a year's budget in one month.
  case costAgainstBudget(
    file: String, line: Int, team: String, month: String, actual: FixedDecimal, budget: FixedDecimal,
    anomaly: CostAnomaly)
  /// An adjustment with no `period`, approved on `date` before the paid period started: it applies to every period
  /// paid.
  case adjustmentApprovedBefore(file: String, line: Int, engineer: String, component: String, date: String)
  /// An adjustment's multiplier above 10 times the target: most likely a percent.
  case adjustmentInPercent(file: String, line: Int, engineer: String, component: String, value: FixedDecimal)
  /// A team's last line-coverage reading of the period (at `line`) of 0, after nonzero readings (`lowest` to
  /// `highest`) (`audit data` only): most likely an empty cell exported as 0.
  case coverageZero(file: String, line: Int, team: String, date: String, lowest: FixedDecimal, highest: FixedDecimal)
  /// A team's rolled-back deployments of the period (`rows` of them) with no `failure_cause`, while the plan reads
  /// attributable_rollback_rate: they count against no one.
  case rollbacksWithoutCause(file: String, team: String, rows: Int)
  /// A `metrics.csv` value more than ten times the top point (`top`) of the curve its metric is paid on.
  case exportedValueOffScale(
    file: String, line: Int, metric: String, subject: String, value: FixedDecimal, top: FixedDecimal)
  /// A team's incidents of the period (`rows`) restored after more than 90 days, the longest after `longestHours`,
  /// while the plan reads time_to_restore_hours.
  case longRestores(file: String, team: String, rows: Int, longestHours: Int)
  /// Reviews of the period (`rows`) with comments but an empty `substantive_comments`, read as 0, while the plan reads
  /// substantive_review_ratio.
  case substantiveUnknown(file: String, rows: Int)
  /// A team whose cost rows lack months of the period that other teams' rows have (`line`: its first row).
  case costMonthsMissing(file: String, line: Int, team: String, missing: [String], others: Int)
  /// Promotions of the period (`rows` of them, the first at `line`) of a mentee on no roster row, counted for a
  /// mentor who is on it.
  case menteeNotOnRoster(file: String, line: Int, mentee: String, mentor: String, rows: Int)
  /// Promotions of the period (`rows`, the first at `line`) dated outside the mentee's employment (`employed`), counted
  /// for a mentor on the roster.
  case menteeNotEmployed(file: String, line: Int, mentee: String, mentor: String, rows: Int, employed: String)

  /// Why a cost month's totals can't both be right (`costAgainstBudget`).
  enum CostAnomaly: Sendable, Equatable {
    /// A budget of 0 with spend.
    case noBudget
    /// An actual more than `CostCoverage.ratioFactor` times under or over its budget.
    case farFromBudget
    /// A budget as far from the team's other months'.
    case farFromOtherMonths
  }

  /// Whether a person must decide about it before paying (`audit data` exits 1). Empty spreadsheet rows are
  /// harmless and only counted.
  var needsDecision: Bool {
    switch self {
    case .rowsLeftOut(_, _, let reason, _, _): reason == .notProduction || reason == .notOnRoster
    case .strayFile(let stray, _): stray.suggestion != nil || stray.isWorkbook
    case .targetBonusFraction, .targetBonusOverBase, .salaryOutlier, .targetBonusOutlier, .managerIsIC, .samePerson,
      .teamNamedTotal,
      .outsideEmployment, .repeatedID, .repeatedRow,
      .overlappingShifts, .unmatchedCause, .teamWithoutRows, .unreadColumn, .paidColumnAbsent, .nothingInPeriod,
      .exitWithoutReason, .exitReasonWithoutEnd, .healthScoreScale, .surveyWithoutResponses, .costMonthsMissing,
      .costAgainstBudget,
      .adjustmentApprovedBefore, .adjustmentInPercent, .coverageZero, .rollbacksWithoutCause,
      .substantiveUnknown, .longRestores, .exportedValueOffScale,
      .menteeNotOnRoster, .menteeNotEmployed:
      true
    // Mapped on purpose: said so the mapping is never silent, but already decided.
    case .aliasesMapped: false
    }
  }

  /// One line for a terminal or log, values made safe.
  var message: String { message(escaping: TerminalText.escaped) }

  /// `message` with each value from the data passed through `escape`: the terminal's escaping for text, none for
  /// JSON, whose writer escapes what it must and whose reader needs the value as written.
  func message(escaping escape: (String) -> String) -> String {
    switch self {
    case .rowsLeftOut(let file, let rowsRead, let reason, let sample, let values):
      let listed = values.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      let shown = listed.prefix(8).map { "\"\(escape($0.key))\" \($0.value)" }
      let more = listed.count > 8 ? ", and \(listed.count - 8) more" : ""
      let detail = shown.isEmpty ? "" : " (\(shown.joined(separator: ", "))\(more))"
      return "\(file): \(sample.rows) of \(rowsRead) rows left out, \(reason.phrase)\(detail); first on "
        + Self.lineList(sample.firstLines)
    case .nothingInPeriod(let file, let sample):
      return
        "\(file): all \(sample.rows) rows fall outside the period (first on \(Self.lineList(sample.firstLines))), so "
        + "none counts; check that the export covers the period paid"
    case .aliasesMapped(let file, let aliases):
      let rows = aliases.values.reduce(0) { $0 + $1.sample.rows }
      let listed = aliases.sorted { $0.key < $1.key }.map {
        "\"\(escape($0.key))\" as \"\(escape($0.value.target))\" \($0.value.sample.rows)"
      }
      return
        "\(file): \(rows) row\(rows == 1 ? "" : "s") counted under a mapped alias (\(listed.joined(separator: ", ")))"
    case .strayFile(let stray, let directory):
      let path = Dataset.join(escape(stray.name), in: directory)
      let what =
        stray.isWorkbook ? "is a spreadsheet workbook and is not read" : "is not a dataset file and is not read"
      let fix =
        stray.isWorkbook
        ? "; save it as \"CSV UTF-8 (comma delimited)\"\(stray.suggestion.map { " named \($0)" } ?? "")"
        : stray.suggestion.map { "; did you mean \($0)?" } ?? ""
      return "\(path): \(what)\(fix)"
    case .targetBonusFraction(let file, let line, let engineer, let value):
      let percent = (value * FixedDecimal(100)).trimmed()
      return "\(file):\(line): target_bonus_pct of \(escape(engineer)) is \(value.trimmed()), under 1 %: "
        + "if \(percent) % was meant, write \(percent) (the column is a percent of base)"
    case .targetBonusOverBase(let file, let line, let engineer, let value):
      return "\(file):\(line): target_bonus_pct of \(escape(engineer)) is \(value.trimmed()), a target above the whole "
        + "base salary; check for a digit too many (the column is a percent of base)"
    case .salaryOutlier(let file, let line, let engineer, let level, let value, let median):
      return "\(file):\(line): base_salary of \(escape(engineer)) is \(value.trimmed()), far from the "
        + "median \(median.trimmed()) of level \(escape(level)); check the amount and its currency"
    case .targetBonusOutlier(let file, let line, let engineer, let level, let value, let median):
      return "\(file):\(line): target_bonus_pct of \(escape(engineer)) is \(value.trimmed()), far from the median "
        + "\(median.trimmed()) of the others at level \(escape(level)); check for a slipped decimal point, or a "
        + "quarter's share of a yearly percent (the column is the yearly percent of base)"
    case .managerIsIC(let file, let line, let engineer, let manager, let managerLine):
      return "\(file):\(line): manager_id of \(escape(engineer)) is \(escape(manager)), whose role is ic (line "
        + "\(managerLine)); retention and organisation health count \(escape(engineer)) toward \(escape(manager)) "
        + "instead of a manager: check the id"
    case .surveyWithoutResponses(let file, let line, let team, let period, let value):
      return "\(file):\(line): the survey of \(escape(team)) for \(period) has 0 responses, so its health_score "
        + "\(value.trimmed()) counts for nothing in team_health; write how many answered (an empty cell counts the "
        + "score once)"
    case .teamNamedTotal(let file, let line, let team):
      return
        "\(file):\(line): team \"\(escape(team))\" has the name reports give their total row, so its row reads as a "
        + "second total; rename the team"
    case .samePerson(let file, let line, let engineer, let other, let otherLine):
      return
        "\(file):\(line): \(escape(engineer)) has the name and start_date of \(escape(other)) (line \(otherLine)): "
        + "if they are one person on two rows, they are paid twice; check the ids"
    case .adjustmentApprovedBefore(let file, let line, let engineer, let component, let date):
      return "\(file):\(line): the adjustment of \(escape(engineer))'s \(escape(component)) was approved on \(date), "
        + "more than a month before the period, and has no period of its own, so it applies to every period paid; "
        + "write the period it was approved for"
    case .adjustmentInPercent(let file, let line, let engineer, let component, let value):
      return "\(file):\(line): the adjustment of \(escape(engineer))'s \(escape(component)) sets a multiplier of "
        + "\(value.trimmed()), over \(CurveScaleCheck.largestMultiplier.trimmed()) times the target: written in "
        + "percent? A multiplier is a factor of the target (1.0 pays it)"
    case .coverageZero(let file, let line, let team, let date, let lowest, let highest):
      return "\(file):\(line): line_coverage of \(escape(team)) is 0 on \(date), its last reading of the period, after "
        + "readings from \(lowest.trimmed()) to \(highest.trimmed()): an empty cell exported as 0? coverage_delta reads "
        + "the first and the last reading"
    case .rollbacksWithoutCause(let file, let team, let rows):
      let what = rows == 1 ? "1 rolled-back deployment" : "\(rows) rolled-back deployments"
      let held = rows == 1 ? "does not hold it" : "holds none of them"
      return "\(file): \(what) of \(escape(team)) in the period \(rows == 1 ? "has" : "have") no failure_cause, so "
        + "attributable_rollback_rate \(held) against the team; write the cause (testing, code, or an external one)"
    case .exportedValueOffScale(let file, let line, let metric, let subject, let value, let top):
      return "\(file):\(line): \(escape(metric)) of \(escape(subject)) is \(value.trimmed()), over "
        + "\(CurveScaleCheck.largestMultiplier.trimmed()) times the top of the curve it is paid on (\(top.trimmed())): "
        + "exported on another scale (a percent, 0–10 for 1–5)? Convert it to the curve's scale"
    case .longRestores(let file, let team, let rows, let longest):
      let what =
        rows == 1
        ? "1 incident of \(escape(team)) opened in the period took \(longest) hours to restore"
        : "\(rows) incidents of \(escape(team)) opened in the period took over 90 days to restore, the longest "
          + "\(longest) hours"
      return "\(file): \(what), over 90 days: check resolved_at and opened_at for a year typed wrong"
    case .substantiveUnknown(let file, let rows):
      let what = rows == 1 ? "1 review" : "\(rows) reviews"
      return "\(file): \(what) of the period with comments \(rows == 1 ? "has" : "have") an empty "
        + "substantive_comments, read as 0, so substantive_review_ratio reads lower for "
        + "\(rows == 1 ? "its reviewer" : "their reviewers"); write the count (0 when none was substantive)"
    case .teamWithoutRows(let file, let team, let component, let metric):
      return "\(file): no counted row for team \"\(escape(team))\", whose component \(component) pays on "
        + "\(metric), while other teams have rows; check how the export spells the team"
    case .repeatedID(let file, let id, let lines, let rows, let spellings):
      let written =
        spellings.count > 1 ? ", written " + spellings.map { "\"\(escape($0))\"" }.joined(separator: ", ") : ""
      return "\(file): id \"\(escape(id))\" is on \(rows) rows (\(Self.lineList(lines))\(written)); each repeat counts "
        + "again"
    case .repeatedRow(let file, let what, let lines, let rows, let effect):
      return "\(file): the same \(escape(what)) is on \(rows) rows (\(Self.lineList(lines)))\(effect)"
    case .overlappingShifts(let file, let engineer, let lines, let spans):
      return "\(file): on-call shifts of \(escape(engineer)) overlap (line \(lines[0]), \(spans[0]); line "
        + "\(lines[1]), \(spans[1])); each counts in full, so the overlap is paid twice"
    case .outsideEmployment(let file, let engineer, let what, let lines, let rows, let employed):
      let shown = (rows > lines.count ? "first on " : "") + Self.lineList(lines)
      return "\(file): \(rows) \(what)\(rows == 1 ? "" : "s") of the period credited to \(escape(engineer)) on days "
        + "outside their employment (\(employed)) (\(shown)); each counts toward their metrics, so check the id and the "
        + "dates"
    case .unmatchedCause(let file, let id, let lines, let rows, let meant):
      let hint = "; did you mean \"\(escape(meant))\"?"
      return "\(file): caused_by_deployment \"\(escape(id))\" on \(rows) row\(rows == 1 ? "" : "s") "
        + "(\(Self.lineList(lines))) names no deployment of deployments.csv, so the failure counts toward none\(hint)"
    case .exitWithoutReason(let file, let line, let engineer, let endDate):
      return "\(file):\(line): \(escape(engineer)) left on \(endDate), in the period, with no exit_reason, so "
        + "the exit counts as not voluntary toward retention_rate; write voluntary or involuntary"
    case .exitReasonWithoutEnd(let file, let line, let engineer, let reason):
      return "\(file):\(line): \(escape(engineer)) has exit_reason \(reason) but no end_date, so is paid for the whole "
        + "period and counts as staying toward retention_rate; write the day they left, or clear exit_reason"
    case .healthScoreScale(let file, let line, let team, let value):
      return "\(file):\(line): health_score of \(escape(team)) is \(value.trimmed()), on a 0-100 scale; if "
        + "the survey is scored 1-5, 0-10 or 0-1, convert it to 0-100"
    case .costAgainstBudget(let file, let line, let team, let month, let actual, let budget, let anomaly):
      let (spent, budgeted) = (actual.trimmed(), budget.trimmed())
      let against =
        switch anomaly {
        case .noBudget: "a budget of 0, so its actual \(spent) counts against no budget in cost_vs_budget"
        case .farFromBudget:
          "actual \(spent) against a budget of \(budgeted), more than \(CostCoverage.ratioFactor) times apart"
        case .farFromOtherMonths:
          "actual \(spent) and budget \(budgeted), more than \(CostCoverage.ratioFactor) times off the team's other "
            + "months"
        }
      return "\(file):\(line): cost month \(month) of \(escape(team)) has \(against); check that both are in the same "
        + "unit (not thousands or cents) and for one month"
    case .costMonthsMissing(let file, let line, let team, let missing, let others):
      return
        "\(file):\(line): team \(escape(team)) has no cost row for \(missing.joined(separator: ", ")), while other "
        + "teams' rows cover \(others) months of the period; cost_vs_budget reads only the months a team has, so check the export"
    case .menteeNotOnRoster(let file, let line, let mentee, let mentor, let rows):
      let rowsText = rows == 1 ? "its promotion or level-up" : "its \(rows) promotions or level-ups"
      return "\(file):\(line): mentee \"\(escape(mentee))\" is on no roster row, yet \(rowsText) of the period "
        + "\(rows == 1 ? "counts" : "count") toward mentee_promotions of \(escape(mentor)); check the id (a mentee "
        + "outside the roster counts as written)"
    case .menteeNotEmployed(let file, let line, let mentee, let mentor, let rows, let employed):
      let rowsText = rows == 1 ? "a promotion or level-up" : "\(rows) promotions or level-ups"
      return "\(file):\(line): mentee \(escape(mentee)), employed \(employed), has \(rowsText) of the period dated "
        + "outside that, counted toward mentee_promotions of \(escape(mentor)); check the date and the id"
    case .paidColumnAbsent(let file, let column, let metrics):
      let read = metrics.count == 1 ? "\(metrics[0]) reads" : "\(metrics.joined(separator: ", ")) read"
      return "\(file): no \(column) column, which \(read) for the plan, so every row reads \(column) as empty "
        + "(docs/formats.md says what that means); add the column if the export has it"
    case .unreadColumn(let file, let headers, let column):
      let listed = headers.map { "\"\(escape($0))\"" }
      let which = headers.count == 1 ? "column \(listed[0]) is" : "columns \(listed.joined(separator: ", ")) are"
      let holder = headers.count == 1 ? listed[0] : "one of them"
      return "\(file): \(which) not read, and the file has no \(column) column, so \(column) is empty in every row and "
        + "takes its default (docs/formats.md); if \(holder) holds it, name the header \(column)"
    }
  }
}

extension DataFinding {
  /// `line 3` or `lines 3, 8, 12`: the lines a finding points at.
  fileprivate static func lineList(_ lines: [Int]) -> String {
    "line\(lines.count == 1 ? "" : "s") " + lines.map(String.init).joined(separator: ", ")
  }
}

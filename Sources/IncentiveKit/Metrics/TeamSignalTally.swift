/// A team's slower-moving signals: test coverage, cloud cost against budget and the
/// health survey.
struct TeamSignalTally {
  struct Reading {
    var date: CivilDate
    var value: FixedDecimal
  }

  var coverageRows = 0
  var firstLineCoverage: Reading?
  var lastLineCoverage: Reading?
  var lastIaCCoverage: Reading?
  var costRows = 0
  var actual = FixedDecimal.zero
  var budget = FixedDecimal.zero
  var surveyRows = 0
  var weightedHealth = FixedDecimal.zero
  var responses = 0

  mutating func add(_ sample: CoverageSample) {
    coverageRows += 1
    if let line = sample.lineCoverage {
      // First: earliest date, earlier row on a tie. Last: latest date, later row on a tie.
      if firstLineCoverage.map({ sample.date < $0.date }) ?? true {
        firstLineCoverage = Reading(date: sample.date, value: line)
      }
      if lastLineCoverage.map({ sample.date >= $0.date }) ?? true {
        lastLineCoverage = Reading(date: sample.date, value: line)
      }
    }
    if let iac = sample.iacCoverage, lastIaCCoverage.map({ sample.date >= $0.date }) ?? true {
      lastIaCCoverage = Reading(date: sample.date, value: iac)
    }
  }

  mutating func add(_ cost: CostEntry) {
    costRows += 1
    actual = actual + cost.actual
    budget = budget + cost.budget
  }

  /// Weighted by `responses`, at most 999,999,999 (`TableRow.maximumCount`) against a score of at most 100 with
  /// 12 decimals: a row adds under 10^23 units, so neither sum can overflow (see `TableRow.maximumCount`).
  mutating func add(_ survey: SurveyResult) {
    surveyRows += 1
    let weight = survey.responses ?? 1
    weightedHealth = weightedHealth + survey.healthScore * FixedDecimal(weight)
    responses += weight
  }

  func record(into set: inout MetricSet) {
    if let first = firstLineCoverage, let last = lastLineCoverage {
      set.set(.coverageDelta, last.value - first.value, rows: coverageRows, source: CoverageSample.fileName)
    }
    if let iac = lastIaCCoverage {
      set.set(.iacCoverage, iac.value, rows: coverageRows, source: CoverageSample.fileName)
    }
    if costRows > 0 && !budget.isZero {
      let scale = max(actual.scale, budget.scale)
      set.set(
        .costVsBudget, Ratio(actual.units(atScale: scale), budget.units(atScale: scale)), rows: costRows,
        source: CostEntry.fileName)
    }
    if responses > 0 {
      set.set(
        .teamHealth, Ratio(weightedHealth.units, Int128(responses) * pow10(weightedHealth.scale)),
        rows: surveyRows, source: SurveyResult.fileName)
    }
  }
}

/// What `incentive` knows about a metric it computes, in one entry of `MetricCatalogue`: whom it describes, its
/// unit, which way is better, whether a team can move it without delivering value (so plan validation demands a
/// counter-metric), how it is defined and which rows it is computed from. Help, reports and validation read this
/// entry instead of keeping their own notes about the metric.
struct MetricDefinition: Sendable, Hashable {
  /// Whose metric set holds the value: a team's, or one engineer's.
  enum Scope: String, Sendable { case team, individual }

  /// Which way a value pays more, so a reader knows what a curve should do without reading it.
  enum Direction: String, Sendable {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"

    /// `higher is better`, for labels.
    var text: String { "\(rawValue) is better" }
  }

  /// What one unit of the value is, so a curve's points can be read without the definition.
  enum Unit: Sendable, Hashable {
    /// Events per 7 days of the period.
    case perWeek
    case hours
    /// A fraction 0–1 of what `of` names (`deployments`).
    case share(of: String)
    /// One share minus another, −1 to 1.
    case shareDifference
    /// An amount as a multiple of what `of` names (1 = the same).
    case multiple(of: String)
    case count
    /// A survey score 0–100.
    case score

    /// `per week`, `share of deployments`, for labels.
    var text: String {
      switch self {
      case .perWeek: return "per week"
      case .hours: return "hours"
      case .share(let whole): return "share of \(whole)"
      case .shareDifference: return "difference of two shares, −1 to 1"
      case .multiple(let whole): return "multiple of \(whole)"
      case .count: return "count"
      case .score: return "score 0–100"
      }
    }
  }

  /// Where the rows behind a value come from, so a reader knows which export to fix when a value looks wrong.
  enum Source: Sendable, Hashable {
    /// Columns of a dataset file, by its base name (`deployments`: `.csv`, `.json` or `.jsonl`).
    case dataset(file: String, columns: [String])
    /// Keys of the plan.
    case plan(keys: [String])

    /// Columns of `R`'s file; a test checks each is one `R` declares.
    static func columns<R: DatasetRecord>(of record: R.Type, _ columns: String...) -> Source {
      .dataset(file: record.fileName, columns: columns)
    }
  }

  var id: MetricID
  /// Words for a heading (`Lead time for changes`).
  var title: String
  var scope: Scope
  var unit: Unit
  var direction: Direction
  /// Can be inflated cheaply (split deployments, trivial reviews): needs a guard.
  var isGameable: Bool
  /// One line for `metrics --help` and reports.
  var summary: String
  /// Exactly what is counted, over which rows, and when the value is absent (SPEC section 4 in the tool's words).
  var definition: String
  /// The first is the file a subject has no value without (deployments for change failure rate); later ones only
  /// add to it (incidents). `TeamCoverage` relies on that order.
  var sources: [Source]
  /// Also computed for each manager, as the manager's own value (the retention metrics): a team metric a component
  /// of individual scope can read too.
  var isAlsoPerManager = false

  /// Whether the tool computes a value for subjects of `scope`: a component reading the metric at another scope
  /// finds no value for anyone, unless `metrics.csv` supplies one (`MetricScopeCheck`).
  func isComputed(for scope: Scope) -> Bool {
    scope == self.scope || (isAlsoPerManager && scope == .individual)
  }

  /// Whom the tool computes it for, in a message's words (`per team`, `per team and per manager`).
  var computedFor: String {
    switch scope {
    case .team: isAlsoPerManager ? "per team and per manager" : "per team"
    case .individual: "per engineer"
    }
  }

  /// The snake_case name plans and reports use.
  var name: String { id.name }

  /// `Lead time for changes (hours, lower is better)`: a chart or table heading that carries unit and direction.
  var label: String { "\(title) (\(unit.text), \(direction.text))" }
}

/// Team totals, per-currency totals and pay outside the bonus, added up one payout at a time: the
/// same sums whether the payouts are kept (`PayoutEngine.calculate`) or written as they are made.
struct PayoutTotals {
  /// By team and currency (a team paid in two currencies has two totals).
  private var byTeam: [String: TeamTotal] = [:]
  /// The key and place in `byTeam` of the last payout's total: a roster lists a team's people together more often
  /// than not, and their totals then cost two short comparisons instead of a key made and hashed per person.
  private var last:
    (
      team: String, currency: String, index: Dictionary<String, TeamTotal>.Index,
      currencyIndex: Dictionary<String, CurrencyTotals.Line>.Index
    )?
  /// By currency code; amounts in that currency, not yet converted.
  private var byCurrency: [String: CurrencyTotals.Line] = [:]
  /// Whether anyone has pay outside the bonus (the JSON then has `extras_total`).
  private(set) var hasExtras = false
  /// Σ targets of everyone paid, in whatever currencies: kept only to check that it fits, so the reports that add
  /// targets up (Markdown, HTML, `--share`) add amounts whose sum is known to.
  private var targets = Money.zero

  /// - Parameter currencies: the currencies the run will pay in, known from the roster before
  ///   anyone is paid, so a streamed report's opening (the engineers' `currency` keys) already
  ///   knows whether the run pays in several. Each gets a line, at zero until paid.
  init(currencies: [Currency] = []) {
    for currency in currencies { byCurrency[currency.code] = .init(currency: currency) }
  }

  /// What the totals take from one payout: kept instead of the payout (its trace, its components) when the
  /// payouts are written as they are made.
  struct Entry {
    var engineerID: String
    var team: String
    var currency: Currency
    var payout: Money
    var extrasTotal: Money
    var hasExtras: Bool
    var target: Money

    init(_ payout: borrowing EngineerPayout) {
      self.init(
        engineerID: payout.engineer.id, team: payout.team, currency: payout.currency, payout: payout.payout,
        extrasTotal: payout.extrasTotal, hasExtras: !payout.extras.isEmpty, target: payout.target.amount)
    }

    init(
      engineerID: String, team: String, currency: Currency, payout: Money, extrasTotal: Money, hasExtras: Bool,
      target: Money = .zero
    ) {
      self.engineerID = engineerID
      self.team = team
      self.currency = currency
      self.payout = payout
      self.extrasTotal = extrasTotal
      self.hasExtras = hasExtras
      self.target = target
    }
  }

  mutating func add(_ payout: EngineerPayout) throws(CalculationError) {
    try add(Entry(payout))
  }

  /// Sums are checked: absurd inputs could add up past Int64, which must be an error, not a trap.
  ///
  /// Each total is found once and changed where it lies (one hash of its key, not one to read and one to write):
  /// this runs for every person paid, on the thread that writes the report.
  mutating func add(_ payout: Entry) throws(CalculationError) {
    let teamKey: String
    let teamIndex: Dictionary<String, TeamTotal>.Index?
    let currencyIndex: Dictionary<String, CurrencyTotals.Line>.Index?
    if let last, last.team.hasSameBytes(as: payout.team), last.currency.hasSameBytes(as: payout.currency.code) {
      (teamKey, teamIndex, currencyIndex) = ("", last.index, last.currencyIndex)
    } else {
      teamKey = payout.team + "\u{0}" + payout.currency.code
      teamIndex = byTeam.index(forKey: teamKey)
      currencyIndex = byCurrency.index(forKey: payout.currency.code)
    }
    var team =
      teamIndex.map { byTeam.values[$0] }
      ?? TeamTotal(team: payout.team, currency: payout.currency, headcount: 0, payout: .zero)
    var line = currencyIndex.map { byCurrency.values[$0] } ?? .init(currency: payout.currency)
    // Within the JSON contract, not only `Int64`: a total the report writes is one `check` must read back.
    guard let teamSum = team.payout.adding(payout.payout), teamSum.isWithinContract,
      let sum = line.payout.adding(payout.payout), sum.isWithinContract,
      let extras = line.extras.adding(payout.extrasTotal), extras.isWithinContract,
      payout.payout.adding(payout.extrasTotal) != nil
    else { throw .amountOutOfRange(engineer: payout.engineerID, what: "team \(payout.team)'s total (or the total)") }
    guard let targets = targets.adding(payout.target) else {
      throw .amountOutOfRange(engineer: payout.engineerID, what: "sum of everyone's targets")
    }
    self.targets = targets
    team.headcount += 1
    team.payout = teamSum
    line.headcount += 1
    line.payout = sum
    line.extras = extras
    if let teamIndex { byTeam.values[teamIndex] = team } else { byTeam[teamKey] = team }
    if let currencyIndex { byCurrency.values[currencyIndex] = line } else { byCurrency[payout.currency.code] = line }
    // An insertion may move every entry, so the places are asked again after one (once per team or currency).
    last = (
      payout.team, payout.currency.code, teamIndex ?? byTeam.index(forKey: teamKey)!,
      currencyIndex ?? byCurrency.index(forKey: payout.currency.code)!
    )
    if payout.hasExtras { hasExtras = true }
  }

  /// Sorted by team name (UTF-8 order), then currency code (`TeamTotal.precedes`).
  ///
  /// Sorted by the names' first bytes as numbers where those differ (`sortedInByteOrder`): the sort runs once,
  /// after the last person is paid, on the one thread everything then waits for, and at 12,000 teams comparing
  /// the names each time was 130 M instructions.
  var teams: [TeamTotal] {
    byTeam.values.sortedInByteOrder(of: \.team) { $0.currency.code < $1.currency.code }
  }

  /// The per-currency totals, converted into the plan currency where `rates` allow.
  func currencyTotals(rates: ExchangeRates) -> CurrencyTotals {
    CurrencyTotals(lines: Array(byCurrency.values), rates: rates)
  }
}

/// Why paying everyone one at a time stopped: the engine refused someone, or whoever took the
/// payouts (a report writer) failed.
enum PayoutFailure<Consumer: Error>: Error {
  case calculation(CalculationError)
  case consumer(Consumer)
}

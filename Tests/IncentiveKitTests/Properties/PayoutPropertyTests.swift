import Testing

@_spi(Synthetic) @_spi(Testing) @testable import IncentiveKit

/// What must hold for every dataset, checked on seeded random orgs (`RandomDataset`) under the
/// acme plan (cap 1.5, floor 0). A failure names its seed, so it can be replayed.
@Suite("Payout properties on random datasets")
struct PayoutPropertyTests {
  static let seeds: [UInt64] = Array(1...12)

  @Test("money reconciles: components sum to each payout, payouts to teams, teams to the total", arguments: seeds)
  func reconciles(seed: UInt64) throws {
    let (report, _) = try RandomDataset(seed: seed).report()
    // The generator makes orgs of 13 to 22 people (a director, and per team a manager, a lead and 3–5 ICs).
    #expect((13...22).contains(report.engineers.count), "seed \(seed)")
    for engineer in report.engineers {
      #expect(engineer.components.map(\.amount.minorUnits).reduce(0, +) == engineer.payout.minorUnits, "seed \(seed) \(engineer.engineer.id)")
      #expect(engineer.payout.minorUnits >= 0, "floor 0: seed \(seed) \(engineer.engineer.id)")
      #expect(engineer.multiplier <= FixedDecimal("1.5")!, "cap: seed \(seed)")
      let proration = engineer.proration.factor
      #expect(proration >= .zero && proration <= .one, "proration in [0, 1]: seed \(seed)")
    }
    for team in report.teams {
      let members = report.engineers.filter { $0.team == team.team }
      #expect(members.count == team.headcount)
      #expect(members.map(\.payout.minorUnits).reduce(0, +) == team.payout.minorUnits, "seed \(seed) \(team.team)")
    }
    let engineersTotal = report.engineers.map(\.payout.minorUnits).reduce(0, +)
    #expect(report.teams.map(\.payout.minorUnits).reduce(0, +) == report.total.minorUnits)
    #expect(engineersTotal == report.total.minorUnits)
  }

  @Test("the same input gives byte-identical JSON, and row order changes nothing", arguments: seeds)
  func deterministic(seed: UInt64) throws {
    let first = try RandomDataset(seed: seed).report().json
    let again = try RandomDataset(seed: seed).report().json
    #expect(first == again)
    var shuffled = RandomDataset(seed: seed)
    shuffled.shuffleRows()
    // Only the plan hash line is shared; everything in the report comes from the rows. The `inputs` section names
    // line numbers, which a shuffle moves, so it is compared by its counts.
    let (shuffledReport, shuffledJSON) = try shuffled.report()
    let (report, _) = try RandomDataset(seed: seed).report()
    #expect(Self.withoutInputs(shuffledJSON) == Self.withoutInputs(first), "seed \(seed)")
    #expect(Self.counts(shuffledReport) == Self.counts(report), "seed \(seed)")
  }

  /// The JSON up to its `inputs` key (the last one).
  static func withoutInputs(_ json: String) -> Substring {
    json[..<(json.range(of: "\n  \"inputs\"")?.lowerBound ?? json.endIndex)]
  }

  /// Per file: rows read, counted, and left out per reason.
  static func counts(_ report: PayoutReport) -> [String] {
    report.metrics.inputs.byName.map { file in
      "\(file.name) \(file.rowsRead) \(file.counted) "
        + file.leftOut.keys.sorted().map { "\($0.rawValue)=\(file.leftOut[$0]!.rows)" }.joined(separator: ",")
    }
  }

  @Test("every row is counted or left out, and both reading paths account for it alike", arguments: seeds)
  func rowsAccounted(seed: UInt64) throws {
    let dataset = RandomDataset(seed: seed)
    let folder = try dataset.write()
    var run = try PayoutRun(datasetPath: folder.path)
    // Small chunks on two threads, so line numbers are made the file's from many chunks.
    run.ingestion = .streaming(threads: 2, chunkBytes: 512)
    let streamed = try run.calculator().compute(run.dataset).inputs
    run.ingestion = .wholeFiles
    let whole = try run.calculator().compute(run.dataset).inputs
    #expect(streamed.byName == whole.byName, "seed \(seed)")
    #expect(!whole.files.isEmpty, "seed \(seed)")
    for file in whole.files {
      // Rows read = data rows the generator wrote: every row lands in exactly one place.
      #expect(file.rowsRead == dataset.files[file.name]?.rows.count, "seed \(seed) \(file.name)")
      #expect(file.counted + file.leftOut.values.map(\.rows).reduce(0, +) == file.rowsRead, "seed \(seed) \(file.name)")
    }
  }

  @Test("more successful deployments never lower anyone's payout (rising delivery curve, guards only ease)", arguments: seeds)
  func monotoneInDeployments(seed: UInt64) throws {
    let before = try RandomDataset(seed: seed).report().0
    var more = RandomDataset(seed: seed)
    // Planned, successful, production, no commit time or size: deployment frequency rises;
    // change failure, rework and attributable rollback rates fall; lead time and small-change
    // share are unchanged.
    let extra = (0..<10).map { "t1-extra\($0),t1,production,\(RandomDataset.timestamp(day: 3 * $0, hour: 12)),success,,,planned," }
    more.files["deployments.csv"]!.rows += extra
    let after = try more.report().0
    for (old, new) in zip(before.engineers, after.engineers) {
      #expect(old.engineer.id == new.engineer.id)
      #expect(new.payout >= old.payout, "seed \(seed) \(old.engineer.id): \(old.payout.minorUnits) → \(new.payout.minorUnits)")
    }
    #expect(after.total >= before.total)
  }

  @Test("a rising curve never pays less for a higher value", arguments: seeds)
  func risingCurve(seed: UInt64) throws {
    var random = SplitMix64(state: seed)
    func next(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
    var x = 0
    var y = 0
    var points: [PayoutCurve.Point] = []
    for _ in 0..<(2 + next(4)) {
      x += 1 + next(50)
      y += next(40)  // hundredths: never falling
      points.append(.init(value: FixedDecimal(x), multiplier: FixedDecimal(units: Int128(y), scale: 2)))
    }
    let curve = PayoutCurve(points: points)
    var previous: Ratio? = nil
    for step in 0...(x + 10) {
      let value = curve.multiplier(at: FixedDecimal(step))
      if let previous { #expect(!(value < previous), "seed \(seed) at \(step)") }
      previous = value
    }
  }
}

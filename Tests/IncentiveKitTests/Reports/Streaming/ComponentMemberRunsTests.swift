import Foundation
import Testing

@testable import IncentiveKit

/// `calculate --format json` copies each component's `id`, `metric` and `scope` from text made once per plan; the
/// document must be the one written member by member, for every track, and a run that is not the component's own
/// must never be copied.
@Suite("Component member runs in the streamed payout report")
struct ComponentMemberRunsTests {
  /// Fixtures/acme (four tracks) paid and streamed as `calculate --format json` does, with `runs`.
  static func document(_ run: PayoutRun, runs: (Plan) -> ComponentMemberRuns?) throws -> String {
    let (shell, paying) = try run.paying(strictConflicts: false)
    var sink = ReportBytes()
    try shell.writeJSON(to: &sink, payouts: paying.payouts, runs: runs(run.plan))
    return sink.text
  }

  @Test("copied runs give the document written member by member")
  func sameDocument() throws {
    let run = try PayoutRun(datasetPath: WorkflowFixtures.acme)
    let memberByMember = try Self.document(run) { _ in nil }
    #expect(try Self.document(run) { ComponentMemberRuns(plan: $0) } == memberByMember)
    // And the same as the whole document built as one tree.
    #expect(memberByMember == JSONWriter.pretty((try run.payouts(strictConflicts: false)).jsonValue()))
    // A component's members start their lines where the runs are made for, so the runs are copied, not skipped.
    let indent = String(repeating: " ", count: ComponentMemberRuns.indent)
    #expect(memberByMember.contains("{\n\(indent)\"id\": \"delivery\",\n\(indent)\"metric\": \"deployment_frequency\""))
  }

  @Test("a block of people rendered together gives the document written person by person")
  func sameDocumentByBlocks() throws {
    // acme, and a run paying in several currencies (each engineer then names theirs).
    let currencies = URL(fileURLWithPath: WorkflowFixtures.acme).deletingLastPathComponent()
      .appendingPathComponent("currencies").path
    for path in [WorkflowFixtures.acme, currencies] {
      let run = try PayoutRun(datasetPath: path)
      let (shell, paying) = try run.paying(strictConflicts: false)
      var blocks = ReportBytes()
      let tail = try shell.writeJSON(to: &blocks, paying: paying, runs: ComponentMemberRuns(plan: run.plan))
      #expect(blocks.text == (try Self.document(run) { ComponentMemberRuns(plan: $0) }))
      #expect(blocks.text == JSONWriter.pretty((try run.payouts(strictConflicts: false)).jsonValue()))
      let paid = run.roster.engineers.count { $0.employment(in: shell.period) != nil }
      #expect(tail.teams.reduce(0) { $0 + $1.headcount } == paid)
    }
  }

  @Test("a run made for another plan's component is not copied")
  func foreignRunsAreIgnored() throws {
    let run = try PayoutRun(datasetPath: WorkflowFixtures.acme)
    let memberByMember = try Self.document(run) { _ in nil }
    // Every component's metric and scope changed, ids kept: each run names the right id and the wrong metric.
    let foreign = try Self.document(run) { plan in
      var other = plan
      for track in other.tracks.indices {
        for component in other.tracks[track].components.indices {
          other.tracks[track].components[component].metric = "not_this_metric"
        }
      }
      return ComponentMemberRuns(plan: other)
    }
    #expect(foreign == memberByMember)
    #expect(!foreign.contains("not_this_metric"))
  }

  @Test("each track's runs are found by the role it pays, the default track for any other")
  func runsByRole() throws {
    let plan = try PayoutRun(datasetPath: WorkflowFixtures.acme).plan
    let runs = ComponentMemberRuns(plan: plan)
    for role in ["ic", "manager", "tech_lead", "an_unknown_role"] {
      let track = try #require(plan.track(for: role))
      let found = runs.runs(atTrack: try #require(runs.track(forRole: role)))
      #expect(found.components.map(\.id) == track.components.map(\.id))
      for (index, component) in track.components.enumerated() {
        let run = try #require(found.run(at: index, for: component))
        #expect(run.members.map(\.value) == [component.id, component.metric.name, component.scope.rawValue])
        #expect(run.indent == ComponentMemberRuns.indent)
      }
      #expect(found.run(at: track.components.count, for: track.components[0]) == nil)
    }
  }

  @Test("a run is appended by its component's identity: the same bytes as the run, only for that component")
  func runsByIdentity() throws {
    let plan = try PayoutRun(datasetPath: WorkflowFixtures.acme).plan
    let runs = ComponentMemberRuns(plan: plan)
    for role in ["ic", "manager", "tech_lead"] {
      let track = try #require(runs.track(forRole: role))
      let components = plan.tracks[track].components
      for (index, component) in components.enumerated() {
        var out = OutputBuffer(capacity: 16)
        // A copy of the plan's component (as a payout holds) has its identity.
        let copy = component
        #expect(runs.appendRun(track: track, at: index, component: copy.identity, into: &out))
        #expect(out.bytes == runs.runs(atTrack: track).run(at: index, for: component)?.text)
        #expect(String(decoding: out.bytes, as: UTF8.self).contains("\"id\": \"\(component.id)\""))
        // Another component's identity, or a place past the track's end: nothing appended.
        var other = OutputBuffer(capacity: 16)
        let next = components[(index + 1) % components.count]
        #expect(!runs.appendRun(track: track, at: index, component: next.identity, into: &other))
        #expect(!runs.appendRun(track: track, at: components.count, component: copy.identity, into: &other))
        #expect(other.count == 0)
      }
    }
    // A changed copy is another identity: its run is found by its bytes (`run(at:for:)`), not by identity.
    var changed = plan.tracks[0].components[0]
    changed.weight = changed.weight
    var out = OutputBuffer(capacity: 16)
    #expect(!runs.appendRun(track: 0, at: 0, component: changed.identity, into: &out))
    #expect(runs.runs(atTrack: 0).run(at: 0, for: changed) != nil)
  }

  /// A component of the acme plan's `ic` track with `edit` applied, and the runs of the unedited plan.
  static func edited(_ edit: (inout Component) -> Void) throws -> (ComponentMemberRuns.TrackRuns, Component) {
    let plan = try PayoutRun(datasetPath: WorkflowFixtures.acme).plan
    let all = ComponentMemberRuns(plan: plan)
    let runs = all.runs(atTrack: try #require(all.track(forRole: "ic")))
    var component = try #require(plan.track(for: "ic")?.components.first)
    edit(&component)
    return (runs, component)
  }

  @Test("a run is the component's own only with the same id and metric bytes and the same scope")
  func ownRunOnly() throws {
    let (runs, unchanged) = try Self.edited { _ in }
    #expect(runs.run(at: 0, for: unchanged) != nil)
    // Changed to the same bytes: no longer the plan's own copy, still its run.
    let (_, rewritten) = try Self.edited { $0.id = String(decoding: Array($0.id.utf8), as: UTF8.self) }
    #expect(!rewritten.isUnchangedCopy(of: unchanged))
    #expect(runs.run(at: 0, for: rewritten) != nil)
    let (_, otherID) = try Self.edited { $0.id = "delivery2" }
    #expect(runs.run(at: 0, for: otherID) == nil)
    let (_, otherScope) = try Self.edited { $0.scope = $0.scope == .team ? .individual : .team }
    #expect(runs.run(at: 0, for: otherScope) == nil)
    let (_, otherMetric) = try Self.edited { $0.metric = "lead_time_hours" }
    #expect(runs.run(at: 0, for: otherMetric) == nil)
  }

  @Test("a run is not copied for another spelling of the same text")
  func canonicalEquivalentsAreOtherBytes() throws {
    // Runs made for an id with a precomposed é, asked for a component spelling it e and a combining accent: equal
    // as Strings, other bytes in the document.
    var plan = try PayoutRun(datasetPath: WorkflowFixtures.acme).plan
    plan.tracks[0].components[0].id = "d\u{E9}livery"
    let all = ComponentMemberRuns(plan: plan)
    let runs = all.runs(atTrack: try #require(all.track(forRole: plan.tracks[0].name)))
    var component = plan.tracks[0].components[0]
    component.id = "de\u{301}livery"
    #expect(component.id == plan.tracks[0].components[0].id)
    #expect(runs.run(at: 0, for: component) == nil)
    #expect(runs.run(at: 0, for: plan.tracks[0].components[0]) != nil)
  }
}

/// Each track's components' `id`, `metric` and `scope`, the members every payout of the track repeats, as
/// `JSONMemberRun`s made once per report for the payouts streamed into `calculate --format json`.
///
/// A class, immutable: each person's rendering asks it for their track, and a copy of a structure holding the plan
/// and the runs' table counted their references, shared by every rendering thread, per person.
final class ComponentMemberRuns: Sendable {
  /// Where a component's members start their lines in the document: the document › `engineers` › an engineer ›
  /// `components` › a component is five levels, two spaces each.
  static let indent = 10

  private let plan: Plan
  /// Every track's runs, found by the component's identity through pointers.
  private let table: ComponentRunTable

  init(plan: Plan) {
    self.plan = plan
    table = ComponentRunTable(tracks: plan.tracks.map { $0.components.map { ($0, Self.run(of: $0).text) } })
  }

  /// `component`'s `id`, `metric` and `scope` as a run at `indent`.
  static func run(of component: Component) -> JSONMemberRun {
    JSONMemberRun(
      [(.id, component.id), (.metric, component.metric.name), (.scope, component.scope.rawValue)], indent: indent)
  }

  /// Where the track that pays `role` is (`Plan.trackIndex(for:)`), for `appendRun(track:at:component:into:)`.
  func track(forRole role: String) -> Int? { plan.trackIndex(for: role) }

  /// Appends the run of the component at `index` of the track at `track` when it was made for `component` (an
  /// identity, `Component.identity`): the plan's own component, copied into a payout. False otherwise, appending
  /// nothing; `runs(atTrack:)` then settles a component that is not the plan's own by its bytes.
  func appendRun(track: Int, at index: Int, component: ObjectIdentifier, into out: inout some ByteOutput) -> Bool {
    table.append(track: track, at: index, component: component, into: &out)
  }

  /// The runs of the track at `track`.
  func runs(atTrack track: Int) -> TrackRuns { TrackRuns(components: plan.tracks[track].components) }

  /// One track's runs, by the component's place in the track: for a component that is not the plan's own copy,
  /// which `appendRun` does not know (a payout's component changed after it was copied, a report of another plan).
  struct TrackRuns: Sendable {
    /// The track's components, the runs' owners.
    let components: [Component]

    /// The run of the component at `index` in the track, nil unless it is `component`'s own: the plan's component
    /// itself (a payout's is a copy, settled without reading it), or one with the same bytes of id and metric and the
    /// same scope. Otherwise the members are written one by one. Bytes, not `String` equality, which takes a
    /// precomposed `é` for `e` and a combining accent and would copy the other spelling's text.
    func run(at index: Int, for component: Component) -> JSONMemberRun? {
      guard index < components.count else { return nil }
      let own = components[index]
      guard
        own.isUnchangedCopy(of: component)
          || (own.scope == component.scope && own.id.hasSameBytes(as: component.id)
            && own.metric.name.hasSameBytes(as: component.metric.name))
      else { return nil }
      return ComponentMemberRuns.run(of: own)
    }
  }
}

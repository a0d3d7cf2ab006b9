/// The texts of `ComponentMemberRuns`, laid out for the path every component of every person takes: all runs' bytes
/// back to back in memory this table owns, and for each track and component the identity of the plan's component
/// the run was made for and where its text lies.
///
/// Read through pointers, so finding a component's run and copying it counts no references. Found through arrays of
/// values, a run, a component or a track's runs was copied per component of each person paid, retaining the
/// report's arrays and the plan's component, shared by every rendering thread (3.1 M reference counts at 100,000
/// people).
///
/// Immutable once made, and the memory is its own: `@unchecked Sendable` for the pointers, which are not.
final class ComponentRunTable: @unchecked Sendable {
  /// One component's run: which component it was made for, and where its text lies in `bytes`.
  private struct Run {
    let component: ObjectIdentifier
    let start: Int
    let count: Int
  }

  /// The components the runs were made for, kept so that no other can take the memory, and so the identity, of
  /// one of them while the table lives.
  private let components: [Component]
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  private let runs: UnsafeMutableBufferPointer<Run>
  /// Where each track's runs start in `runs`, and one past the last track's end.
  private let trackStarts: UnsafeMutableBufferPointer<Int>

  /// - Parameter tracks: each track's components and their runs' text, in the plan's order.
  init(tracks: [[(component: Component, text: [UInt8])]]) {
    components = tracks.flatMap { $0.map(\.component) }
    let runCount = tracks.reduce(0) { $0 + $1.count }
    let byteCount = tracks.reduce(0) { $0 + $1.reduce(0) { $0 + $1.text.count } }
    bytes = .allocate(capacity: max(byteCount, 1))
    runs = .allocate(capacity: max(runCount, 1))
    trackStarts = .allocate(capacity: tracks.count + 1)
    var (start, run) = (0, 0)
    for (track, components) in tracks.enumerated() {
      trackStarts.initializeElement(at: track, to: run)
      for (component, text) in components {
        _ = UnsafeMutableBufferPointer(rebasing: bytes[start..<start + text.count]).initialize(from: text)
        runs.initializeElement(at: run, to: Run(component: component.identity, start: start, count: text.count))
        start += text.count
        run += 1
      }
    }
    trackStarts.initializeElement(at: tracks.count, to: run)
  }

  deinit {
    bytes.deallocate()
    runs.deallocate()
    trackStarts.deallocate()
  }

  /// Appends the run of the component at `index` of the track at `track` when it was made for the component whose
  /// identity is `component` (`Component.identity`: the plan's own, copied); false otherwise, appending nothing.
  func append(track: Int, at index: Int, component: ObjectIdentifier, into out: inout some ByteOutput) -> Bool {
    precondition(track >= 0 && track < trackStarts.count - 1, "no such track")
    let first = trackStarts[track]
    guard index < trackStarts[track + 1] - first, runs[first + index].component == component else { return false }
    let run = runs[first + index]
    out.append(bytes: UnsafeBufferPointer(rebasing: bytes[run.start..<run.start + run.count]))
    return true
  }
}

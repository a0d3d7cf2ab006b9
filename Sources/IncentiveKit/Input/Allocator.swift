import Foundation

/// How the process uses glibc's allocator, tuned for a run that reads on every core and then keeps a large org in
/// memory. Elsewhere (macOS) the glibc calls do nothing.
public enum Allocator {
  /// Two or three allocation arenas shared by every thread (`arenaCount`), instead of glibc's eight per core.
  ///
  /// Each arena keeps what was freed in it for reuse; with the reader and payer threads each holding their own,
  /// 100,000 engineers and 10M events peaked at 300–310 MB, over the 300 MB an org that size may use. One arena
  /// for the process kept it at 250 MB, but then every thread took the one arena's lock for each allocation: at
  /// 100,000 people, waiting for it and waking the waiters was a tenth of the paying threads' samples, and a run
  /// 15 % longer than with three arenas (peak 276 against 278–282 MB at 10M events, on two cores). glibc fixes the
  /// number of arenas at the first thread's allocation, so paying cannot be given arenas of its own later (tried:
  /// threads started for paying shared the one arena). Call it first thing in `main`, before any thread starts.
  public static func useFewArenas() {
    #if os(Linux)
      _ = mallopt(mallocArenaMax, Int32(arenaCount(cores: ProcessInfo.processInfo.activeProcessorCount)))
    #endif
  }

  /// One arena per core and one more, at most three: on two cores the reader and payer threads then seldom wait for
  /// an arena's lock, and the arenas' kept memory stays inside the budget. Three is the most measured against it
  /// (two cores; four arenas peaked at 290 MB), so more cores share three.
  static func arenaCount(cores: Int) -> Int { min(max(cores, 1) + 1, 3) }

  /// Leaves what `keepUntilExit` is given for the process's exit to reclaim: called by the command line, which
  /// exits as soon as a command returns, so freeing a 100,000-person run object by object first (a tenth of a
  /// second of releases) would only delay the exit. Library users never call it, and nothing is kept for them.
  public static func leaveLastRunToExit() {
    leavesLastRunToExit = true
  }

  nonisolated(unsafe) private static var leavesLastRunToExit = false
  nonisolated(unsafe) private static var keptUntilExit: [Any] = []

  /// A run's roster, metrics and report, once its output is written: kept, not freed, when `leaveLastRunToExit`
  /// was called. Called on the thread that runs the command.
  static func keepUntilExit(_ value: Any) {
    if leavesLastRunToExit { keptUntilExit.append(value) }
  }

  /// Hands memory the program has freed back to the operating system between the phases of a large run: after the
  /// event files are read, the chunks and tallies freed stay resident while the metrics and the payouts allocate
  /// afresh. `malloc_trim(0)` releases the free pages of every arena, costing a walk over them (milliseconds).
  static func releaseFreedMemory() {
    #if os(Linux)
      _ = mallocTrim(0)
    #endif
  }
}

#if os(Linux)
  // glibc's malloc.h, which the Glibc module does not export: declared by their C symbols.
  @_silgen_name("malloc_trim")
  private func mallocTrim(_ pad: Int) -> Int32
  @_silgen_name("mallopt")
  private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
  /// `M_ARENA_MAX` in malloc.h.
  private let mallocArenaMax: Int32 = -8
#endif

import Foundation
import IncentiveKit

/// The progress line on standard error for a long run: drawn only on a terminal, only once
/// reading has taken longer than a delay (1 second), redrawn at most ten times a second, and
/// erased before anything else is printed, so nothing of it is left in the scrollback.
///
/// One per process (`standardError`), since one process runs one command and owns one stderr;
/// it draws nothing until `start` arms it.
final class ProgressLine: @unchecked Sendable {
  static let standardError = ProgressLine()

  private let lock = NSLock()
  private var totalBytes = 0
  private var delay = 1.0
  private var start = ContinuousClock.now
  private var lastDraw: ContinuousClock.Instant?
  private var finishedBytes = 0
  private var finishedRows = 0
  private var isShown = false

  /// Arms the line for reading `dataset` and returns the handler the reader calls, or nil (and
  /// stays silent) when stderr is not a terminal or `--quiet` was given.
  /// `INCENTIVE_PROGRESS_DELAY` (seconds) overrides the one-second threshold, for demos and tests.
  func start(quiet: Bool, dataset: String) -> ReadProgress.Handler? {
    guard !quiet, Terminal.isTerminal(STDERR_FILENO) else { return nil }
    let total = (try? Dataset(directory: dataset).inputBytes()) ?? 0
    lock.withLock {
      totalBytes = total
      delay = ProcessInfo.processInfo.environment["INCENTIVE_PROGRESS_DELAY"].flatMap(Double.init) ?? 1
      start = ContinuousClock.now
      (finishedBytes, finishedRows, lastDraw) = (0, 0, nil)
    }
    return { [self] progress in self.update(progress) }
  }

  private func update(_ progress: ReadProgress) {
    lock.lock()
    defer { lock.unlock() }
    let now = ContinuousClock.now
    let summary = ProgressSummary(
      file: progress.file, rows: finishedRows + progress.rows, bytes: finishedBytes + progress.bytesRead,
      totalBytes: totalBytes, elapsed: Self.seconds(now - start))
    if progress.isFinished {
      finishedRows += progress.rows
      finishedBytes += progress.fileBytes
    }
    guard summary.elapsed >= delay else { return }
    if let lastDraw, Self.seconds(now - lastDraw) < 0.1, !progress.isFinished { return }
    lastDraw = now
    Self.write("\r\u{1B}[2K" + summary.line)
    isShown = true
  }

  /// Erases the line if one is drawn.
  func clear() {
    lock.withLock {
      if isShown { Self.write("\r\u{1B}[2K") }
      isShown = false
    }
  }

  private static func write(_ text: String) { StandardStream.writeError(text) }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}

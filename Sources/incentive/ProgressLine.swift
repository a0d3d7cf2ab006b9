import Foundation
import IncentiveKit

/// The progress line on standard error for a long run: drawn only on a terminal, only once
/// reading has taken longer than `delay` (1 second), redrawn at most ten times a second, and
/// erased when done or before an error message, so nothing of it is left in the scrollback.
final class ProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private let totalBytes: Int
  private let delay: Double
  private let start = ContinuousClock.now
  private var lastDraw: ContinuousClock.Instant?
  private var finishedBytes = 0
  private var finishedRows = 0
  private var isShown = false

  init(totalBytes: Int, delay: Double) {
    self.totalBytes = totalBytes
    self.delay = delay
  }

  /// A line for this run, or nil when stderr is not a terminal or `--quiet` was given.
  /// `INCENTIVE_PROGRESS_DELAY` (seconds) overrides the one-second threshold, for demos and tests.
  static func forStandardError(quiet: Bool, dataset: String) -> ProgressLine? {
    guard !quiet, Terminal.isTerminal(STDERR_FILENO) else { return nil }
    let delay = ProcessInfo.processInfo.environment["INCENTIVE_PROGRESS_DELAY"].flatMap(Double.init) ?? 1
    let total = (try? Dataset(directory: dataset).inputBytes()) ?? 0
    return ProgressLine(totalBytes: total, delay: delay)
  }

  var handler: ReadProgress.Handler { { [self] progress in self.update(progress) } }

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

  /// Erases the line if one was drawn.
  func clear() {
    lock.lock()
    defer { lock.unlock() }
    if isShown { Self.write("\r\u{1B}[2K") }
    isShown = false
  }

  private static func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}

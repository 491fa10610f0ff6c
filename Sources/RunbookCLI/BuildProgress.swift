import Foundation
import RunbookCatalog

/// Shows how far a long build is, on one line of standard error that it rewrites in place.
/// It stays silent unless standard error is a terminal, and until the build has run for half a
/// second, so that short builds and logs print only the summary. Counts arrive from all cores
/// at once, hence the lock.
final class BuildProgress: @unchecked Sendable {
    private let output: TextOutput?
    private let language: Language
    private let lock = NSLock()
    private let start = Date()
    private let delay: TimeInterval
    private var phase: (message: @Sendable (Int, Int) -> Message, total: Int)?
    private var done = 0
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// - Parameters:
    ///   - output: where to draw, or nil to draw nothing.
    ///   - delay: how long the build runs before the first line is drawn.
    init(output: TextOutput?, language: Language, delay: TimeInterval = 0.5) {
        self.output = output
        self.language = language
        self.delay = delay
    }

    /// Starts a phase of `total` steps, each reported by `step()`.
    func begin(_ total: Int, _ message: @escaping @Sendable (Int, Int) -> Message) {
        lock.withLock {
            phase = (message, total)
            done = 0
            draw(force: true)
        }
    }

    func step() {
        lock.withLock {
            done += 1
            draw(force: done == phase?.total)
        }
    }

    /// Returns a handler that starts a phase drawn with `message` and counts its steps.
    func handler(_ message: @escaping @Sendable (Int, Int) -> Message) -> ProgressHandler {
        ProgressHandler(begin: { total in self.begin(total, message) }, step: { self.step() })
    }

    /// Clears the line, so that the summary starts on a clean one.
    func finish() {
        lock.withLock {
            if drawn {
                output?.write("\r\u{1B}[K")
                drawn = false
            }
            phase = nil
        }
    }

    /// Redraws at most ten times a second; callers hold the lock.
    private func draw(force: Bool) {
        guard let output, let phase else {
            return
        }
        let now = Date()
        guard now.timeIntervalSince(start) >= delay, force || now.timeIntervalSince(lastDraw) >= 0.1 else {
            return
        }
        lastDraw = now
        drawn = true
        output.write("\r\u{1B}[K" + phase.message(done, phase.total).text(in: language))
    }
}

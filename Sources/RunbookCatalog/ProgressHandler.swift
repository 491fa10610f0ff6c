/// Receives how far a long step is: `begin` with the number of units, then `step` once per unit
/// done. Steps may arrive from several threads at once. The CLI draws them on a terminal; the
/// libraries only count.
public struct ProgressHandler: Sendable {
    public var begin: @Sendable (Int) -> Void
    public var step: @Sendable () -> Void

    public init(begin: @escaping @Sendable (Int) -> Void, step: @escaping @Sendable () -> Void) {
        self.begin = begin
        self.step = step
    }

    /// Counts nothing.
    public static let silent = ProgressHandler(begin: { _ in }, step: {})
}

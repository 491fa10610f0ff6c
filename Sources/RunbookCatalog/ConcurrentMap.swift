import Dispatch

extension Array where Element: Sendable {
    /// Returns `transform` applied to every element, in order, computed on all cores. Parsing
    /// and rendering a large catalog are independent per file, and a 10,000-pattern build spent
    /// most of its time on one core before.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else {
            return map(transform)
        }
        let slots = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(self[index]), at: index)
        }
        return slots.values()
    }
}

/// One slot per element, each written by exactly one iteration of `concurrentPerform`, so the
/// writes never overlap and need no lock. The slots live in memory allocated once, because an
/// array property would be checked for exclusive access on every write.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) {
        slots[index] = value
    }

    func values() -> [Value] {
        slots.compactMap { $0 }
    }
}

import RunbookCatalog
import Testing

@Suite struct ConcurrentMapTests {
    @Test func keepsTheOrderOfTheInput() {
        let numbers = Array(0..<10_000)

        let squares = numbers.concurrentMap { $0 * $0 }

        #expect(squares == numbers.map { $0 * $0 })
    }

    @Test(arguments: [0, 1, 2])
    func handlesTinyInputs(count: Int) {
        let words = Array(["a", "b"].prefix(count))

        #expect(words.concurrentMap { $0.uppercased() } == words.map { $0.uppercased() })
    }
}

import Testing
import RunbookCatalog

@Suite("EditDistance")
struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("same", "same", 0),
        ("kitten", "sitting", 3),
        ("flaw", "lawn", 2),
        ("severty", "severity", 1),
        ("owner", "Owner", 1),
        ("確認", "確認済み", 2),
        ("café", "cafe", 1),
    ])
    func distanceCountsEdits(a: String, b: String, expected: Int) {
        #expect(EditDistance.distance(a, b) == expected)
    }

    @Test(arguments: [("kitten", "sitting"), ("", "abc"), ("severty", "severity")])
    func distanceIsSymmetric(a: String, b: String) {
        #expect(EditDistance.distance(a, b) == EditDistance.distance(b, a))
    }

    @Test(arguments: [
        ("severty", "severity"),
        ("ownr", "owner"),
        ("reviewd", "reviewed"),
        ("service", "services"),
        ("OWNER", "owner"),
        ("idd", "id"),
    ])
    func closestSuggestsKey(word: String, expected: String) {
        let keys = ["id", "services", "severity", "tags", "owner", "reviewed"]

        #expect(EditDistance.closest(to: word, among: keys) == expected)
    }

    @Test(arguments: ["colour", "xyz", "description", ""])
    func closestNilWhenTooFar(word: String) {
        let keys = ["id", "services", "severity", "tags", "owner", "reviewed"]

        #expect(EditDistance.closest(to: word, among: keys) == nil)
    }

    /// The limit is a third of the word's length, at least 1 and at most 3 edits.
    @Test(arguments: [
        ("abcdef", "abcxyz", false),
        ("abcdef", "abcdxy", true),
        ("abcdefghijklmnop", "abcdefghijklmxyz", true),
        ("abcdefghijklmnop", "abcdefghijklwxyz", false),
        ("ab", "ax", true),
        ("ab", "xy", false),
    ])
    func closestRespectsLimit(word: String, candidate: String, isSuggested: Bool) {
        let suggestion = EditDistance.closest(to: word, among: [candidate])

        #expect((suggestion == candidate) == isSuggested)
    }

    @Test func closestBreaksTiesAlphabetically() {
        #expect(EditDistance.closest(to: "cat", among: ["cut", "bat", "cot"]) == "bat")
        #expect(EditDistance.closest(to: "cat", among: ["cot", "cut"]) == "cot")
    }

    @Test func closestPrefersSmallerDistance() {
        #expect(EditDistance.closest(to: "severty", among: ["aeverity", "severity"]) == "severity")
    }
}

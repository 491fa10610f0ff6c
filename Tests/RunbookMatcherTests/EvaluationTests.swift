import Foundation
import Testing
@testable import RunbookMatcher

@Suite struct EvaluationTests {
    @Test func parsesCasesAndSkipsBlankLines() throws {
        let data = Data("{\"text\": \"a\", \"id\": \"x\"}\n\n{\"text\": \"b\", \"id\": null, \"note\": \"n\"}\n{\"text\": \"c\"}\n".utf8)

        let cases = try Evaluation.parseCases(data)

        #expect(cases == [
            EvaluationCase(text: "a", expectedID: "x", line: 1),
            EvaluationCase(text: "b", expectedID: nil, line: 3),
            EvaluationCase(text: "c", expectedID: nil, line: 4),
        ])
    }

    @Test(arguments: [
        ("{\"text\": 1, \"id\": null}", EvaluationFileError.Reason.missingText),
        ("not json", .invalidJSON),
        ("[1, 2]", .invalidJSON),
        ("{\"text\": \"a\", \"id\": 3}", .invalidID),
        ("{\"text\": \"a\", \"id\": \"\"}", .invalidID),
    ])
    func invalidLinesAreRejected(line: String, reason: EvaluationFileError.Reason) {
        #expect(throws: EvaluationFileError(line: 2, reason: reason)) {
            try Evaluation.parseCases(Data("{\"text\": \"ok\", \"id\": null}\n\(line)\n".utf8))
        }
    }

    @Test func reportCountsBothKinds() throws {
        let index = try BuiltIn.index()
        let cases = [
            EvaluationCase(text: try SeedPaste.text(named: SeedPaste.englishFileName), expectedID: BuiltIn.patternID, line: 1),
            EvaluationCase(text: "OOMKilled", expectedID: BuiltIn.patternID, line: 2),
            EvaluationCase(text: "OOMKilled", expectedID: nil, line: 3),
        ]

        let report = Evaluation.run(cases, index: index)

        #expect(report.casesWithPattern == 2)
        #expect(report.correctWithPattern == 1)
        #expect(report.casesWithoutPattern == 1)
        #expect(report.correctWithoutPattern == 1)
        #expect(report.topOneAccuracy == 0.5)
        #expect(report.abstainAccuracy == 1)
        #expect(report.misses.map(\.line) == [2])
    }
}

@Suite struct EvaluationLineEndingTests {
    @Test func windowsLineEndingsAreRead() throws {
        let data = Data("{\"text\": \"a\", \"id\": \"x\"}\r\n{\"text\": \"b\", \"id\": null}\r\n".utf8)

        let cases = try Evaluation.parseCases(data)

        #expect(cases.map(\.text) == ["a", "b"])
    }
}

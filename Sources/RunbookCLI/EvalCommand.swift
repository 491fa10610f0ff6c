import Foundation
import RunbookCatalog
import RunbookMatcher

/// `runbook eval`: measures the matcher on a JSON Lines file of labelled pastes.
struct EvalCommand {
    let options: EvalOptions
    let environment: [String: String]
    let console: Console

    func run() -> ExitStatus {
        let path = options.casesPath ?? ""
        guard let data = FileManager.default.contents(atPath: path) else {
            console.printError(.evalFileNotFound(path: path))
            return .usage
        }

        let cases: [EvaluationCase]
        do {
            cases = try Evaluation.parseCases(data)
        } catch {
            console.printError(.evalFileInvalid(location: "\(path):\(error.line)", reason: error.reason))
            return .usage
        }

        guard let (catalog, _) = CatalogSelection.load(options.catalog, environment: environment, console: console) else {
            return .usage
        }
        let report = Evaluation.run(cases, index: MatchIndex(catalog: catalog))

        console.print(.evalTopOne(correct: report.correctWithPattern, total: report.casesWithPattern, percent: percent(report.topOneAccuracy)))
        console.print(.evalAbstain(correct: report.correctWithoutPattern, total: report.casesWithoutPattern, percent: percent(report.abstainAccuracy)))
        if !report.misses.isEmpty {
            console.print(.evalMissesHeader)
            for miss in report.misses {
                let closest = miss.actualID == nil && miss.confidence != nil ? " (\(miss.confidence?.label(in: console.language) ?? "") \(formatted(miss.score)))" : ""
                console.print(.evalMiss(location: "\(path):\(miss.line)", expected: miss.expectedID, actual: miss.actualID, closest: closest))
            }
        }

        if let threshold = options.failUnder,
           report.topOneAccuracy * 100 < threshold || report.abstainAccuracy * 100 < threshold
        {
            console.printError(.evalBelowThreshold(threshold: percent(threshold / 100)))
            return .failure
        }
        return .success
    }

    private func percent(_ share: Double) -> String {
        String(format: "%.1f", share * 100)
    }
}

import Foundation
import RunbookCatalog
import RunbookMatcher

// Times the in-process matcher on one catalog and paste, for Benchmarks/run.sh:
//   runbook-bench CATALOG_DIR PASTE_FILE [ITERATIONS]
// Prints one line of key=value pairs: the catalog load and index build times, and the median,
// 95th percentile and mean of the lookup time, all in milliseconds.

func milliseconds(since start: ContinuousClock.Instant) -> Double {
    let duration = ContinuousClock.now - start
    return Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let arguments = CommandLine.arguments
guard arguments.count >= 3, let paste = FileManager.default.contents(atPath: arguments[2]) else {
    FileHandle.standardError.write(Data("usage: runbook-bench CATALOG_DIR PASTE_FILE [ITERATIONS]\n".utf8))
    exit(2)
}
let iterations = arguments.count > 3 ? max(1, Int(arguments[3]) ?? 200) : 200
let text = String(decoding: paste, as: UTF8.self)

let loadStart = ContinuousClock.now
let catalog: Catalog
do {
    catalog = try CatalogLoader.load(directory: arguments[1])
} catch {
    FileHandle.standardError.write(Data("cannot load \(arguments[1]): \(error)\n".utf8))
    exit(2)
}
let loadTime = milliseconds(since: loadStart)

let indexStart = ContinuousClock.now
let index = MatchIndex(catalog: catalog)
let indexTime = milliseconds(since: indexStart)

var samples: [Double] = []
var best = ""
for _ in 0..<iterations {
    let start = ContinuousClock.now
    let tokens = Tokenizer.matchTokens(of: text)
    let results = index.results(for: tokens, minimumShare: MatchThresholds.truncatedMinimumShare)
    let matches = index.matches(among: results)
    samples.append(milliseconds(since: start))
    best = matches.first?.patternID ?? "none"
}
samples.sort()
let median = samples[samples.count / 2]
let p95 = samples[min(samples.count - 1, Int(Double(samples.count) * 0.95))]
let mean = samples.reduce(0, +) / Double(samples.count)

print(String(
    format: "patterns=%d signatures=%d load_ms=%.1f index_ms=%.1f lookup_median_ms=%.3f lookup_p95_ms=%.3f lookup_mean_ms=%.3f best=%@",
    catalog.patterns.count, index.signatures.count, loadTime, indexTime, median, p95, mean, best
))

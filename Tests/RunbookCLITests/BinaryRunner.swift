import Foundation
import Testing

/// The outcome of running the built `runbook` binary.
struct RunResult {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs the `runbook` executable that `swift build` put beside the test bundle.
enum BinaryRunner {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("runbook")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) {
            return besideTests
        }
        return packageRoot.appendingPathComponent(".build/debug/runbook")
    }

    /// Runs `runbook arguments` with only `environment` set, feeding `input` on standard input.
    static func run(
        _ arguments: [String],
        environment: [String: String] = ["LANG": "C"],
        input: String = "",
        in directory: URL? = nil
    ) throws -> RunResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        if let directory {
            process.currentDirectoryURL = directory
        }

        let inputPipe = Pipe()
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardInput = inputPipe
        process.standardOutput = outputPipe
        process.standardError = errorPipe

        try process.run()
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        try inputPipe.fileHandleForWriting.close()

        // Read both pipes before waiting, so that a large output cannot fill a pipe and block.
        let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
        let errors = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        return RunResult(
            status: process.terminationStatus,
            output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self)
        )
    }

    static func sample(_ name: String) throws -> String {
        let url = packageRoot.appendingPathComponent("examples/\(name)")
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// Returns a new folder holding only the seed pattern's two files, for tests that need a
    /// catalog whose only pattern is the seed. Its links to other patterns are removed, since
    /// they would not resolve there.
    static func seedOnlyCatalog() throws -> URL {
        let folder = try temporaryFolder()
        let source = packageRoot.appendingPathComponent("Sources/RunbookCatalog/Patterns")
        for language in ["en", "ja"] {
            let name = "\(seedID).\(language).md"
            let text = String(decoding: try Data(contentsOf: source.appendingPathComponent(name)), as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("related:") && !$0.hasPrefix("confusable:") }
            try Data(lines.joined(separator: "\n").utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("runbook-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

let japaneseEnvironment = ["LANG": "ja_JP.UTF-8"]
let englishEnvironment = ["LANG": "C"]
let seedID = "cloudwatch-alarm-sns-kms-access-denied"

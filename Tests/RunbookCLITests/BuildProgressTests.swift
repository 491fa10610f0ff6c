import RunbookCatalog
import Testing
@testable import RunbookCLI

@Suite struct BuildProgressTests {
    @Test func drawsEachPhaseOnOneLineAndClearsIt() {
        let output = BufferOutput()
        let progress = BuildProgress(output: output, language: .japanese, delay: 0)

        let writing = progress.handler { .progressWriting(done: $0, total: $1) }
        writing.begin(2)
        writing.step()
        writing.step()
        progress.finish()

        // The second step ends the phase, so it is drawn although it follows the first at once.
        #expect(output.text == "\r\u{1B}[Kファイルを書き出し中: 0/2\r\u{1B}[Kファイルを書き出し中: 2/2\r\u{1B}[K")
    }

    @Test func staysSilentForShortBuilds() {
        let output = BufferOutput()
        let progress = BuildProgress(output: output, language: .english, delay: 60)

        let reading = progress.handler { .progressReading(done: $0, total: $1) }
        reading.begin(1)
        reading.step()
        progress.finish()

        #expect(output.text.isEmpty)
    }

    @Test func countsStepsFromManyThreads() {
        let output = BufferOutput()
        let progress = BuildProgress(output: output, language: .english, delay: 0)
        let rendering = progress.handler { .progressRendering(done: $0, total: $1) }

        rendering.begin(1000)
        _ = Array(0..<1000).concurrentMap { _ in rendering.step() }
        progress.finish()

        #expect(output.text.hasSuffix("Rendering runbooks and pages: 1000/1000\r\u{1B}[K"))
    }
}

import Foundation
import RunbookCatalog
import RunbookMatcher

/// A catalog's match index, read from the cache while no pattern file changed since it was
/// written, so that `match` on a large catalog does not parse every file on every run.
///
/// The cache lives in `$XDG_CACHE_HOME/runbook/` (or `~/.cache/runbook/`), one file per catalog
/// folder. It is only an accelerator: when it is missing, stale, damaged or cannot be written,
/// the catalog is parsed as usual.
struct CatalogIndex {
    let index: MatchIndex

    /// The number of problems `runbook lint` would report from the files alone.
    let problemCount: Int

    /// Whether the catalog folder contains no pattern file at all.
    let isEmpty: Bool

    private let stamps: [CatalogLoader.FileStamp]
    private let fullCatalog: Catalog?

    /// Returns a catalog of just the patterns in `ids`, parsed from their files, for showing
    /// their text. When the full catalog was parsed anyway, returns that.
    func catalog(forPatterns ids: Set<String>) -> Catalog {
        if let fullCatalog {
            return fullCatalog
        }
        // A pattern's files are named ID.en.md and ID.ja.md, so the part before the first dot of
        // the file name is enough to pick them.
        let files = stamps.filter { stamp in
            ids.contains { id in
                stamp.path.hasSuffix("/\(id).en.md") || stamp.path.hasSuffix("/\(id).ja.md")
            }
        }
        return CatalogLoader.load(files)
    }

    static func open(sources: CatalogSources, environment: [String: String]) throws(CatalogLoadError) -> CatalogIndex {
        let stamps = try CatalogLoader.fileStamps(for: sources).stamps
        let fingerprint = Self.fingerprint(of: stamps)
        let cacheFile = Self.cacheFile(for: sources, environment: environment)

        if let cacheFile, let cached = Self.read(cacheFile, fingerprint: fingerprint) {
            return CatalogIndex(index: cached.index, problemCount: cached.problemCount, isEmpty: stamps.isEmpty, stamps: stamps, fullCatalog: nil)
        }

        let catalog = CatalogLoader.load(stamps)
        let index = MatchIndex(catalog: catalog)
        if let cacheFile {
            Self.write(index, problemCount: catalog.diagnostics.count, fingerprint: fingerprint, to: cacheFile)
        }
        return CatalogIndex(index: index, problemCount: catalog.diagnostics.count, isEmpty: stamps.isEmpty, stamps: stamps, fullCatalog: catalog)
    }

    private static let magic: [UInt8] = Array("RBCI".utf8)

    /// FNV-1a over the program version and every file's path, size and modification time, so that
    /// an edited, added or removed file, or a new program version, gives another fingerprint.
    static func fingerprint(of stamps: [CatalogLoader.FileStamp]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        mix(RunbookCommandLine.version)
        for stamp in stamps {
            mix("\u{0}\(stamp.path)\u{0}\(stamp.displayPath)\u{0}\(stamp.size)\u{0}\(stamp.modified.bitPattern)")
        }
        return hash
    }

    /// Returns the cache file for the catalog, or nil when no cache folder is known, as in a
    /// process started without `HOME`.
    private static func cacheFile(for sources: CatalogSources, environment: [String: String]) -> URL? {
        let base: URL
        if let cacheHome = environment["XDG_CACHE_HOME"], cacheHome.hasPrefix("/") {
            base = URL(fileURLWithPath: cacheHome)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = URL(fileURLWithPath: home).appendingPathComponent(".cache")
        } else {
            return nil
        }
        let folders = sources.directories.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let folder = ([sources.includesBuiltIn ? "built-in" : ""] + folders).joined(separator: "\u{0}")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in folder.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return base.appendingPathComponent("runbook").appendingPathComponent(String(hash, radix: 16) + ".index")
    }

    private static func read(_ file: URL, fingerprint: UInt64) -> (index: MatchIndex, problemCount: Int)? {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return nil
        }
        var reader = ByteHeader(bytes: Array(data))
        guard reader.take(4) == magic, reader.takeUInt64() == fingerprint, let problems = reader.takeUInt64() else {
            return nil
        }
        guard let index = try? MatchIndex(archived: Array(reader.rest)) else {
            return nil
        }
        return (index, Int(problems))
    }

    /// Writes the cache through a temporary file and a rename, so that a reader never sees half
    /// a file. Failures are ignored, because the cache only saves time.
    private static func write(_ index: MatchIndex, problemCount: Int, fingerprint: UInt64, to file: URL) {
        var bytes = magic
        withUnsafeBytes(of: fingerprint.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt64(problemCount).littleEndian) { bytes.append(contentsOf: $0) }
        bytes += index.archived()

        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
            if FileManager.default.fileExists(atPath: file.path) {
                _ = try FileManager.default.replaceItemAt(file, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: file)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}

/// Reads the cache file's fixed header.
private struct ByteHeader {
    let bytes: [UInt8]
    var offset = 0

    var rest: ArraySlice<UInt8> {
        bytes[min(offset, bytes.count)...]
    }

    mutating func take(_ count: Int) -> [UInt8]? {
        guard offset + count <= bytes.count else {
            return nil
        }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func takeUInt64() -> UInt64? {
        guard let raw = take(8) else {
            return nil
        }
        return raw.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }
}

/// The folders a catalog is read from, in order: the built-in patterns first (unless left out),
/// then each team folder. A pattern in a later folder replaces a pattern with the same id in an
/// earlier one, so that a team can adapt a built-in runbook to its own setup.
public struct CatalogSources: Sendable, Equatable {
    public var includesBuiltIn: Bool
    public var directories: [String]

    public init(includesBuiltIn: Bool = true, directories: [String] = []) {
        self.includesBuiltIn = includesBuiltIn
        self.directories = directories
    }

    /// Returns the sources for the command line's `--catalog` folders, the `RUNBOOK_CATALOG`
    /// variable (colon-separated folders, read before `--catalog`) and `--no-builtin`.
    public static func from(catalogOptions: [String], noBuiltIn: Bool, environment: [String: String]) -> CatalogSources {
        let fromEnvironment = (environment["RUNBOOK_CATALOG"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        return CatalogSources(includesBuiltIn: !noBuiltIn, directories: fromEnvironment + catalogOptions)
    }

    /// A short name for messages: the only team folder, or the built-in folder.
    public var displayName: String {
        directories.count == 1 && !includesBuiltIn ? directories[0] : (directories.last ?? CatalogLoader.builtInSourcePath)
    }
}

/// A team pattern that replaced a pattern of an earlier folder with the same id.
public struct PatternOverride: Sendable, Equatable {
    public var id: String

    /// The replacing file, as shown in messages.
    public var path: String

    /// The replaced file.
    public var replacedPath: String
}

extension CatalogLoader {
    /// Returns the pattern files of every source, without the files of patterns that a later
    /// source replaces, and the replacements made.
    public static func fileStamps(for sources: CatalogSources) throws(CatalogLoadError) -> (stamps: [FileStamp], overrides: [PatternOverride]) {
        var layers: [[FileStamp]] = []
        if sources.includesBuiltIn {
            layers.append(try fileStamps(directory: nil))
        }
        for directory in sources.directories {
            layers.append(try fileStamps(directory: directory))
        }

        var stamps: [FileStamp] = []
        var overrides: [PatternOverride] = []
        for layer in layers {
            let ids = Set(layer.map(patternID))
            for replaced in stamps where ids.contains(patternID(of: replaced)) && replaced.displayPath.hasSuffix(".en.md") {
                let replacing = layer.first { patternID(of: $0) == patternID(of: replaced) && $0.displayPath.hasSuffix(".en.md") } ?? layer[0]
                overrides.append(PatternOverride(id: patternID(of: replaced), path: replacing.displayPath, replacedPath: replaced.displayPath))
            }
            stamps.removeAll { ids.contains(patternID(of: $0)) }
            stamps += layer
        }
        return (stamps, overrides)
    }

    /// Loads every source into one catalog.
    public static func load(
        _ sources: CatalogSources, progress: ProgressHandler = .silent
    ) throws(CatalogLoadError) -> (catalog: Catalog, overrides: [PatternOverride]) {
        let (stamps, overrides) = try fileStamps(for: sources)
        return (load(stamps, progress: progress), overrides)
    }

    /// Returns the id a file's name declares: the part before its first dot.
    static func patternID(of stamp: FileStamp) -> String {
        // Searched from the end on the UTF-8 bytes: splitting every path into components took a
        // sixth of a warm `match` over 20,000 files.
        let path = stamp.path.utf8
        let nameStart = path.lastIndex(of: UInt8(ascii: "/")).map(path.index(after:)) ?? path.startIndex
        let name = path[nameStart...]
        let nameEnd = name.firstIndex(of: UInt8(ascii: ".")) ?? name.endIndex
        return String(Substring(stamp.path.utf8[nameStart..<nameEnd]))
    }
}

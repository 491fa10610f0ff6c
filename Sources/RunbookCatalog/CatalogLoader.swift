import Foundation

/// A failure that stops loading a catalog at all, as opposed to a ``Diagnostic`` in one file.
public enum CatalogLoadError: Error, Equatable, Sendable {
    case directoryNotFound(path: String)
    case unreadableDirectory(path: String, reason: String)
    case builtInCatalogMissing
}

/// Reads catalog folders from disk.
public enum CatalogLoader {
    /// Returns the folder of patterns shipped with the program.
    public static func builtInDirectory() throws(CatalogLoadError) -> URL {
        guard let url = Bundle.module.url(forResource: "Patterns", withExtension: nil) else {
            throw .builtInCatalogMissing
        }
        return url
    }

    /// The built-in patterns' folder in the source tree. Diagnostics and match explanations
    /// print it, so that an author can open the file to change.
    public static let builtInSourcePath = "Sources/RunbookCatalog/Patterns"

    /// Loads the built-in catalog.
    public static func loadBuiltIn() throws(CatalogLoadError) -> Catalog {
        let directory = try builtInDirectory()
        let files = try patternFiles(in: directory, displayPrefix: builtInSourcePath)
        return CatalogAssembler.assemble(files)
    }

    /// Loads the catalog in `path`, naming files in diagnostics relative to `path` as given.
    public static func load(directory path: String) throws(CatalogLoadError) -> Catalog {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .directoryNotFound(path: path)
        }
        let prefix = path.hasSuffix("/") ? String(path.dropLast()) : path
        return CatalogAssembler.assemble(try patternFiles(in: url, displayPrefix: prefix))
    }

    /// Returns every `.md` file below `directory` except READMEs, in path order. Hidden files
    /// and folders are skipped, as editors and Git keep their own there.
    static func patternFiles(in directory: URL, displayPrefix: String) throws(CatalogLoadError) -> [PatternFile] {
        let manager = FileManager.default
        let basePath = directory.standardizedFileURL.path
        guard let enumerator = manager.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            throw .unreadableDirectory(path: displayPrefix, reason: "cannot list files")
        }

        var files: [PatternFile] = []
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            guard name.hasSuffix(".md"), !name.uppercased().hasPrefix("README") else {
                continue
            }
            let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            guard isFile else {
                continue
            }

            let fullPath = url.standardizedFileURL.path
            let relative = fullPath.hasPrefix(basePath + "/") ? String(fullPath.dropFirst(basePath.count + 1)) : name
            let displayPath = displayPrefix.isEmpty || displayPrefix == "." ? relative : "\(displayPrefix)/\(relative)"

            guard let data = manager.contents(atPath: fullPath) else {
                files.append(PatternFile(path: displayPath, data: [], readFailure: "permission denied or not readable"))
                continue
            }
            files.append(PatternFile(path: displayPath, data: Array(data)))
        }
        return files.sorted { $0.path < $1.path }
    }
}

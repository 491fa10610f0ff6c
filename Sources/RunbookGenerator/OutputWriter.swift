import Foundation
import RunbookCatalog
#if canImport(Glibc)
import Glibc
#endif

/// A failure while writing build output; the old output is left as it was.
public enum OutputError: Error, Equatable, Sendable {
    case writeFailed(path: String, reason: String)
    case replaceFailed(path: String, reason: String)
}

/// Writes folders of output so that readers never see a half-written one. Every file goes into
/// temporary folders beside the targets first. The old folders are replaced only after every
/// file was written, so a failed build leaves no partial site and keeps the old one.
public enum OutputWriter {
    /// Writes `files` into each `target` folder, replacing what was there.
    public static func replace(_ outputs: [(target: URL, files: [OutputFile])], progress: ProgressHandler = .silent) throws(OutputError) {
        let manager = FileManager.default
        var staged: [(target: URL, staging: URL)] = []
        defer {
            for entry in staged {
                try? manager.removeItem(at: entry.staging)
            }
        }

        progress.begin(outputs.reduce(0) { $0 + $1.files.count })
        for output in outputs {
            let parent = output.target.deletingLastPathComponent()
            try makeFolders(parent.path)
            let staging = parent.appendingPathComponent(".runbook-build-\(UUID().uuidString)")
            staged.append((output.target, staging))
            do {
                try write(output.files, into: staging, progress: progress)
            } catch {
                // The staging folder's name means nothing to the user, so the message names
                // the same file in the output folder instead.
                guard case .writeFailed(let path, let reason) = error else {
                    throw error
                }
                throw .writeFailed(path: output.target.path + path.dropFirst(staging.path.count), reason: reason)
            }
        }

        for entry in staged {
            try swap(entry.staging, into: entry.target)
        }
    }

    private static func write(_ files: [OutputFile], into folder: URL, progress: ProgressHandler) throws(OutputError) {
        let manager = FileManager.default
        var folders: Set<String> = []
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            let parent = url.deletingLastPathComponent().path
            do {
                if folders.insert(parent).inserted {
                    try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
                }
            } catch {
                throw .writeFailed(path: parent, reason: error.localizedDescription)
            }
            try writeContents(file.contents, to: url.path)
            progress.step()
        }
        if files.isEmpty {
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw .writeFailed(path: folder.path, reason: error.localizedDescription)
            }
        }
    }

    /// Creates `path` and the folders above it, like `mkdir -p`, and reports the first part that
    /// is not a folder or cannot be created with the system's reason, such as "Not a directory"
    /// for `--out` naming a file.
    static func makeFolders(_ path: String) throws(OutputError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) == 0 {
                continue
            }
            let failure = errno
            var status = stat()
            if failure == EEXIST && stat(current, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
                continue
            }
            let reason = failure == EEXIST ? ENOTDIR : failure
            throw .writeFailed(path: current, reason: String(cString: strerror(reason)))
        }
    }

    /// Writes one file with plain POSIX calls. Foundation's `Data.write` syncs every file to
    /// disk, so a 40,000-file build waited on the disk for most of its time. The staging folder
    /// needs no such care, because a crash leaves it unused beside the old output.
    private static func writeContents(_ contents: String, to path: String) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .writeFailed(path: path, reason: String(cString: strerror(errno)))
        }
        var failure: Int32 = 0
        var text = contents
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else {
                return
            }
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR {
                        continue
                    }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0 && failure == 0 {
            failure = errno
        }
        if failure != 0 {
            throw .writeFailed(path: path, reason: String(cString: strerror(failure)))
        }
    }

    /// Moves `staging` to `target`, keeping the old `target` until the move succeeded.
    private static func swap(_ staging: URL, into target: URL) throws(OutputError) {
        let manager = FileManager.default
        let backup = target.deletingLastPathComponent().appendingPathComponent(".runbook-old-\(UUID().uuidString)")
        let hadOld = manager.fileExists(atPath: target.path)

        do {
            if hadOld {
                try manager.moveItem(at: target, to: backup)
            }
            try manager.moveItem(at: staging, to: target)
        } catch {
            if hadOld && !manager.fileExists(atPath: target.path) {
                try? manager.moveItem(at: backup, to: target)
            }
            throw .replaceFailed(path: target.path, reason: error.localizedDescription)
        }
        if hadOld {
            try? manager.removeItem(at: backup)
        }
    }

    /// Returns the paths, relative to `folder`, whose contents on disk differ from `files`:
    /// changed, missing, and extra files that the build would not write.
    public static func differences(between files: [OutputFile], and folder: URL) -> [String] {
        let manager = FileManager.default
        var stale: [String] = []
        var expected: Set<String> = []

        for file in files {
            expected.insert(file.path)
            let url = folder.appendingPathComponent(file.path)
            guard let data = manager.contents(atPath: url.path), data == Data(file.contents.utf8) else {
                stale.append(file.path)
                continue
            }
        }

        if let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
            let base = folder.standardizedFileURL.path + "/"
            for case let url as URL in enumerator {
                let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
                let path = url.standardizedFileURL.path
                guard isFile, path.hasPrefix(base) else {
                    continue
                }
                let relative = String(path.dropFirst(base.count))
                if !expected.contains(relative) {
                    stale.append(relative)
                }
            }
        }
        return stale.sorted()
    }
}

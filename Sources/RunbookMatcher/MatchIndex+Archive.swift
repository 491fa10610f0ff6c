import RunbookCatalog

/// A stored index that cannot be read, because it is damaged or from another version.
public struct MatchIndexArchiveError: Error, Equatable, Sendable {}

extension MatchIndex {
    /// The archive format's version; an archive of another version is rejected, not misread.
    static let archiveVersion: UInt32 = 1
    private static let archiveMagic: [UInt8] = Array("RBMI".utf8)

    /// Returns the index's signatures in a compact binary form that ``init(archived:)`` reads
    /// back much faster than parsing the catalog's Markdown. Token texts are stored once in a
    /// vocabulary and referred to by number.
    public func archived() -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes += Self.archiveMagic
        writer.write(Self.archiveVersion)

        writer.write(UInt32(vocabulary.count))
        for word in vocabulary {
            writer.write(word)
        }

        writer.write(UInt32(signatures.count))
        for (index, signature) in signatures.enumerated() {
            writer.write(signature.patternID)
            writer.write(signature.sample.text)
            writer.write(signature.sample.location.path)
            writer.write(UInt32(signature.sample.location.line))
            writer.write(UInt32(signature.tokens.count))
            for (offset, token) in signature.tokens.enumerated() {
                writer.write(UInt32(signatureTokenIDs[index][offset]))
                let flags = (token.isCJKBigram ? 1 : 0) | (signature.followsPlaceholder[offset] ? 2 : 0)
                writer.bytes.append(UInt8(flags))
            }
        }
        return writer.bytes
    }

    /// Reads an index that ``archived()`` wrote.
    /// - Throws: ``MatchIndexArchiveError`` when the bytes are not such an archive of this version.
    public init(archived bytes: [UInt8]) throws(MatchIndexArchiveError) {
        var reader = ByteReader(bytes: bytes)
        guard try reader.bytes(count: 4) == Self.archiveMagic, try reader.readUInt32() == Self.archiveVersion else {
            throw MatchIndexArchiveError()
        }

        let wordCount = Int(try reader.readUInt32())
        var words: [String] = []
        words.reserveCapacity(wordCount)
        for _ in 0..<wordCount {
            words.append(try reader.readString())
        }

        let signatureCount = Int(try reader.readUInt32())
        var signatures: [CompiledSignature] = []
        var signatureTokenIDs: [[Int32]] = []
        signatures.reserveCapacity(signatureCount)
        signatureTokenIDs.reserveCapacity(signatureCount)
        for _ in 0..<signatureCount {
            let patternID = try reader.readString()
            let text = try reader.readString()
            let path = try reader.readString()
            let line = Int(try reader.readUInt32())
            let tokenCount = Int(try reader.readUInt32())

            var tokens: [Token] = []
            var follows: [Bool] = []
            var ids: [Int32] = []
            tokens.reserveCapacity(tokenCount)
            ids.reserveCapacity(tokenCount)
            for _ in 0..<tokenCount {
                let word = Int(try reader.readUInt32())
                let flags = try reader.readByte()
                guard word < words.count else {
                    throw MatchIndexArchiveError()
                }
                tokens.append(Token(text: words[word], isCJKBigram: flags & 1 != 0))
                follows.append(flags & 2 != 0)
                ids.append(Int32(word))
            }
            signatureTokenIDs.append(ids)
            let sample = CodeSample(text: text, location: SourceLocation(path: path, line: line))
            signatures.append(CompiledSignature(patternID: patternID, sample: sample, tokens: tokens, followsPlaceholder: follows))
        }
        let tokenIDs = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($0.element, Int32($0.offset)) })
        self.init(signatures: signatures, vocabulary: words, tokenIDs: tokenIDs, signatureTokenIDs: signatureTokenIDs)
    }
}

/// Appends little-endian integers and length-prefixed UTF-8 strings.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ text: String) {
        write(UInt32(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }
}

/// Reads what ``ByteWriter`` wrote, throwing instead of reading past the end.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func bytes(count: Int) throws(MatchIndexArchiveError) -> [UInt8] {
        guard count >= 0, offset + count <= bytes.count else {
            throw MatchIndexArchiveError()
        }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func readByte() throws(MatchIndexArchiveError) -> UInt8 {
        guard offset < bytes.count else {
            throw MatchIndexArchiveError()
        }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func readUInt32() throws(MatchIndexArchiveError) -> UInt32 {
        guard offset + 4 <= bytes.count else {
            throw MatchIndexArchiveError()
        }
        var value: UInt32 = 0
        for shift in 0..<4 {
            value |= UInt32(bytes[offset + shift]) << (8 * shift)
        }
        offset += 4
        return value
    }

    mutating func readString() throws(MatchIndexArchiveError) -> String {
        let count = Int(try readUInt32())
        guard offset + count <= bytes.count else {
            throw MatchIndexArchiveError()
        }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }
}

/// The rules of `RedactionScanner` for values it recognizes by their form: e-mail addresses,
/// host names, IP addresses, UUIDs, base64 secrets and tokens, key ids and account ids.
extension RedactionScanner {
    // MARK: E-mail addresses and host names

    func emailEnd(from start: Int) -> Int? {
        guard Host.isEmailLocalCharacter(bytes[start]) else {
            return nil
        }
        if let previous = byte(before: start), Host.isEmailLocalCharacter(previous) || previous == ASCII.at {
            return nil
        }

        let at = runEnd(from: start, while: Host.isEmailLocalCharacter)
        guard byte(at: at) == ASCII.at else {
            return nil
        }
        let domainEnd = trimmingDots(before: runEnd(from: at + 1, while: Host.isNameCharacter), after: at + 1)
        let domain = bytes[(at + 1)..<domainEnd]
        // `ec2-user@ec2-54-250-1-2.compute.amazonaws.com` is an SSH login, not an address: the
        // host rule masks the host and the user name stays.
        if Host.mayStartWithIPv4Label(domain), Host.firstLabelSpellsIPv4(domain) {
            return nil
        }
        let labels = domain.split(separator: ASCII.dot, omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy(Host.isValidLabel),
              let topLevel = labels.last, topLevel.count >= 2, topLevel.allSatisfy(\.isASCIILetter)
        else {
            return nil
        }
        return domainEnd
    }

    /// Masks a host name, or copies a kept AWS or project host name with its account ids masked.
    mutating func redactHost(at start: Int) -> Int? {
        guard bytes[start].isASCIIAlphanumeric else {
            return nil
        }
        if let previous = byte(before: start), Host.isNameCharacter(previous) || previous == ASCII.underscore {
            return nil
        }

        let runEnd = runEnd(from: start, while: Host.isNameCharacter)
        let end = trimmingDots(before: runEnd, after: start)
        let name = bytes[start..<end]
        let dotCount = name.reduce(0) { $1 == ASCII.dot ? $0 + 1 : $0 }
        let spellsIPv4 = Host.mayStartWithIPv4Label(name) && Host.firstLabelSpellsIPv4(name)
        guard dotCount >= 2 || spellsIPv4 else {
            return nil
        }
        if spellsIPv4 {
            return replace(upTo: end, with: Placeholder.host)
        }

        let labels = name.split(separator: ASCII.dot, omittingEmptySubsequences: false)
        guard labels.allSatisfy(Host.isValidLabel), let topLevel = labels.last,
              Host.commonTopLevelDomains.contains(String(decoding: topLevel, as: UTF8.self).lowercased())
        else {
            return nil
        }

        guard Host.isKeptDomain(labels) else {
            return replace(upTo: end, with: Placeholder.host)
        }
        appendMaskingAccounts(name)
        return end
    }

    /// Copies `name`, replacing each run of exactly 12 digits between non-alphanumeric bytes with
    /// the account placeholder.
    mutating func appendMaskingAccounts(_ name: ArraySlice<UInt8>) {
        var cursor = name.startIndex
        while cursor < name.endIndex {
            guard name[cursor].isASCIIDigit else {
                output.append(name[cursor])
                cursor += 1
                continue
            }
            let digitsEnd = name[cursor...].firstIndex { !$0.isASCIIDigit } ?? name.endIndex
            let isDelimited = (cursor == name.startIndex || !name[cursor - 1].isASCIIAlphanumeric)
                && (digitsEnd == name.endIndex || !name[digitsEnd].isASCIIAlphanumeric)
            if digitsEnd - cursor == 12, isDelimited {
                output.append(contentsOf: Placeholder.account.utf8)
            } else {
                output.append(contentsOf: name[cursor..<digitsEnd])
            }
            cursor = digitsEnd
        }
    }

    /// Returns `end` moved back over the dots that end a sentence, but not before `start`.
    func trimmingDots(before end: Int, after start: Int) -> Int {
        var trimmed = end
        while trimmed > start, bytes[trimmed - 1] == ASCII.dot {
            trimmed -= 1
        }
        return trimmed
    }

    // MARK: IP addresses

    func ipv4End(from start: Int) -> Int? {
        guard bytes[start].isASCIIDigit else {
            return nil
        }
        if let previous = byte(before: start), previous.isASCIIAlphanumeric || previous == ASCII.dot {
            return nil
        }

        // "255.255.255.255." has 16 bytes with a full stop, so a run that reaches the cap is a
        // version number or similar, rejected without reading it to its end.
        let runEnd = runEnd(from: start, while: { $0.isASCIIDigit || $0 == ASCII.dot }, maximumLength: 20)
        let end = trimmingDots(before: runEnd, after: start)
        let address = bytes[start..<end]
        guard runEnd - start < 20, address.lazy.filter({ $0 == ASCII.dot }).count == 3, IPAddress.isIPv4(address),
              !(byte(at: end)?.isASCIIAlphanumeric ?? false)
        else {
            return nil
        }
        return end
    }

    func ipv6End(from start: Int) -> Int? {
        guard bytes[start].isASCIIHexDigit || bytes[start] == ASCII.colon else {
            return nil
        }
        if let previous = byte(before: start),
           previous.isASCIIAlphanumeric || previous == ASCII.colon || previous == ASCII.dot || previous == ASCII.underscore {
            return nil
        }

        // The maximum textual length is 45 bytes, for eight groups with an IPv4 suffix.
        let isAddressCharacter: (UInt8) -> Bool = { $0.isASCIIHexDigit || $0 == ASCII.colon || $0 == ASCII.dot }
        let runEnd = runEnd(from: start, while: isAddressCharacter, maximumLength: 46)
        guard runEnd - start <= 45, !(byte(at: runEnd)?.isASCIIAlphanumeric ?? false) else {
            return nil
        }

        // A colon or dot that ends a sentence or a log field, as in "from 2001:db8::1: reset",
        // is not part of the address. A compressed address can end in "::", so it keeps that.
        var end = trimmingDots(before: runEnd, after: start)
        if end - start >= 2, bytes[end - 1] == ASCII.colon, bytes[end - 2] != ASCII.colon {
            end -= 1
        }
        guard IPAddress.isIPv6(bytes[start..<end]) else {
            return nil
        }
        return end
    }

    // MARK: Ids, keys and tokens

    func uuidEnd(from start: Int) -> Int? {
        guard bytes[start].isASCIIHexDigit, !(byte(before: start)?.isASCIIAlphanumeric ?? false) else {
            return nil
        }

        var cursor = start
        for (index, length) in [8, 4, 4, 4, 12].enumerated() {
            if index > 0 {
                guard byte(at: cursor) == ASCII.hyphen else {
                    return nil
                }
                cursor += 1
            }
            let groupEnd = runEnd(from: cursor, while: \.isASCIIHexDigit, maximumLength: length)
            guard groupEnd - cursor == length else {
                return nil
            }
            cursor = groupEnd
        }
        guard !(byte(at: cursor)?.isASCIIAlphanumeric ?? false) else {
            return nil
        }
        return cursor
    }

    /// Returns the run of base64 characters that starts at `start`, or nil when `start` is
    /// inside a run.
    func base64Run(from start: Int) -> Base64Run? {
        guard bytes[start].isBase64Character, !(byte(before: start)?.isBase64Character ?? false) else {
            return nil
        }

        var run = Base64Run(start: start, end: start, paddedEnd: start, previous: byte(before: start), next: nil)
        while run.end < bytes.count, bytes[run.end].isBase64Character {
            run.record(bytes[run.end])
            run.end += 1
        }
        run.paddedEnd = runEnd(from: run.end, while: { $0 == ASCII.equals }, maximumLength: 2)
        run.next = byte(at: run.paddedEnd)
        return run
    }

    func keyIDEnd(from start: Int) -> Int? {
        guard bytes[start] == UInt8(ascii: "A"), start + 4 <= bytes.count,
              !(byte(before: start)?.isASCIIAlphanumeric ?? false),
              KeyID.prefixes.contains(Array(bytes[start..<(start + 4)]))
        else {
            return nil
        }

        let end = runEnd(from: start + 4, while: { $0.isASCIIUppercase || $0.isASCIIDigit }, maximumLength: 18)
        guard KeyID.bodyLengths.contains(end - start - 4), !(byte(at: end)?.isASCIIAlphanumeric ?? false) else {
            return nil
        }
        return end
    }

    /// Returns the end of a 12-digit account id, written plain or as `1234-5678-9012`.
    func accountEnd(from start: Int) -> Int? {
        guard bytes[start].isASCIIDigit else {
            return nil
        }
        // A letter, digit or dot before the run makes it part of a word or a longer or decimal
        // number.
        if let previous = byte(before: start), previous.isASCIIAlphanumeric || previous == ASCII.dot {
            return nil
        }

        let plainEnd = runEnd(from: start, while: \.isASCIIDigit, maximumLength: 13)
        if plainEnd - start == 12, !(byte(at: plainEnd)?.isASCIIAlphanumeric ?? false),
           !(byte(at: plainEnd) == ASCII.dot && byte(at: plainEnd + 1)?.isASCIIDigit == true) {
            return plainEnd
        }

        // The console writes an account id in three groups of four digits.
        guard plainEnd - start == 4, byte(before: start) != ASCII.hyphen else {
            return nil
        }
        var cursor = plainEnd
        for _ in 0..<2 {
            guard byte(at: cursor) == ASCII.hyphen else {
                return nil
            }
            let groupEnd = runEnd(from: cursor + 1, while: \.isASCIIDigit, maximumLength: 5)
            guard groupEnd - cursor - 1 == 4 else {
                return nil
            }
            cursor = groupEnd
        }
        if let next = byte(at: cursor), next.isASCIIAlphanumeric || next == ASCII.hyphen {
            return nil
        }
        return cursor
    }
}

/// The rules of `RedactionScanner` for values it recognizes by their context: the value after a
/// label such as `Request ID:`, and the fields of an ARN.
extension RedactionScanner {
    // MARK: Labelled values

    /// Masks the value after a label such as `Request ID:`, `"SecretAccessKey": "` or
    /// `X-Amz-Signature=`.
    mutating func redactLabeledValue(at start: Int) -> Int? {
        guard bytes[start].isASCIILetter, !(byte(before: start)?.isASCIIAlphanumeric ?? false) else {
            return nil
        }

        for label in ValueLabel.all where hasPrefix(label.name, at: start, caseInsensitive: true) {
            guard let valueStart = valueStart(after: start + label.name.count, in: label.form, labelStart: start) else {
                continue
            }
            let valueEnd = runEnd(from: valueStart, while: label.value.allows, maximumLength: label.value.maximumLength + 1)
            let value = bytes[valueStart..<valueEnd]
            guard (label.value.minimumLength...label.value.maximumLength).contains(value.count) else {
                continue
            }
            if label.value == .requestID, !value.contains(where: \.isASCIIDigit) {
                continue
            }

            output.append(contentsOf: bytes[start..<valueStart])
            return replace(upTo: valueEnd, with: label.value.placeholder)
        }
        return nil
    }

    /// Returns the index where the value starts after a label that ends at `labelEnd`, or nil
    /// when the bytes there do not separate a label from its value.
    func valueStart(after labelEnd: Int, in form: ValueLabel.Form, labelStart: Int) -> Int? {
        switch form {
        case .queryParameter:
            return byte(at: labelEnd) == ASCII.equals ? labelEnd + 1 : nil

        case .xmlElement:
            guard byte(before: labelStart) == ASCII.lessThan, byte(at: labelEnd) == ASCII.greaterThan else {
                return nil
            }
            return labelEnd + 1

        case .field:
            // A field is `label`, an optional closing quote, spaces, `:` or `=`, spaces and an
            // optional opening quote, as in `Request ID: x` and `"SecretAccessKey": "x"`.
            var cursor = labelEnd
            if byte(at: cursor).map(ASCII.isQuote) == true {
                cursor += 1
            }
            cursor = runEnd(from: cursor, while: ASCII.isBlank)
            guard byte(at: cursor) == ASCII.colon || byte(at: cursor) == ASCII.equals else {
                return nil
            }
            cursor = runEnd(from: cursor + 1, while: ASCII.isBlank)
            if byte(at: cursor).map(ASCII.isQuote) == true {
                cursor += 1
            }
            return cursor
        }
    }

    // MARK: ARNs

    /// Copies an ARN with its account field masked, and scans its resource part with the rules
    /// of `RedactionScope.arnResource`.
    mutating func redactARN(at start: Int) -> Int? {
        guard hasPrefix(ARN.scheme, at: start, caseInsensitive: false),
              !(byte(before: start)?.isASCIIAlphanumeric ?? false)
        else {
            return nil
        }

        // Partition, service, region and account, each ended by a colon. The length caps keep
        // a text that only starts like an ARN from being read far.
        guard let partitionEnd = arnFieldEnd(from: start + 4, maximumLength: 32, allowing: ARN.isNameCharacter),
              partitionEnd > start + 4,
              let serviceEnd = arnFieldEnd(from: partitionEnd + 1, maximumLength: 64, allowing: ARN.isServiceCharacter),
              let regionEnd = arnFieldEnd(from: serviceEnd + 1, maximumLength: 32, allowing: ARN.isNameCharacter),
              let accountEnd = arnFieldEnd(from: regionEnd + 1, maximumLength: 16, allowing: ARN.isAccountCharacter)
        else {
            return nil
        }
        let accountStart = regionEnd + 1
        let resourceStart = accountEnd + 1
        let resourceEnd = runEnd(from: resourceStart, while: ARN.isResourceCharacter)
        guard resourceEnd > resourceStart else {
            return nil
        }

        output.append(contentsOf: bytes[start..<accountStart])
        let account = bytes[accountStart..<accountEnd]
        if account.count == 12, account.allSatisfy(\.isASCIIDigit) {
            output.append(contentsOf: Placeholder.account.utf8)
        } else {
            output.append(contentsOf: account)
        }
        output.append(ASCII.colon)

        var resourceScanner = RedactionScanner(bytes: Array(bytes[resourceStart..<resourceEnd]), scope: .arnResource)
        resourceScanner.scan()
        output.append(contentsOf: resourceScanner.output)
        return resourceEnd
    }

    /// Returns the index of the colon that ends an ARN field starting at `start`.
    func arnFieldEnd(from start: Int, maximumLength: Int, allowing isAllowed: (UInt8) -> Bool) -> Int? {
        let end = runEnd(from: start, while: isAllowed, maximumLength: maximumLength + 1)
        guard end - start <= maximumLength, byte(at: end) == ASCII.colon else {
            return nil
        }
        return end
    }
}

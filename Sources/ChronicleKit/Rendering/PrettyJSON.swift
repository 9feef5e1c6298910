/// JSON as `JSONEncoder` writes it with `.sortedKeys, .withoutEscapingSlashes` (and `.prettyPrinted`
/// or not), written directly for the exports' records and the search index: the encoder's generic
/// machinery was most of their time at tens of thousands of events. `ExportsTests` and
/// `SearchIndexTests` hold the two to the same bytes.
indirect enum JSONValue {
    case string(String)
    case number(Int)
    case array([JSONValue])
    /// Keys in sorted order; a nil value is left out, as the encoder leaves out an absent optional.
    case object([(key: String, value: JSONValue?)])

    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
    static func optional(_ value: String?) -> JSONValue? { value.map(JSONValue.string) }
}

/// A value that writes itself as `JSONValue`.
protocol JSONWritable {
    var json: JSONValue { get }
    /// Every field as text, arrays after their counts: a memo key of what `json` writes.
    var memoTexts: [String] { get }
}

extension JSONValue {
    /// The bytes, at `depth` levels of two-space indentation (the first line not indented).
    func write(to bytes: inout [UInt8], depth: Int = 0) {
        switch self {
        case .string(let text): Self.writeString(text, to: &bytes)
        case .number(let number): Self.appendDecimal(number, to: &bytes)
        case .array(let values):
            bytes.append(UInt8(ascii: "["))
            bytes.append(Self.newline)
            for (index, value) in values.enumerated() {
                if index > 0 { bytes += [UInt8(ascii: ","), Self.newline] }
                Self.indent(depth + 1, &bytes)
                value.write(to: &bytes, depth: depth + 1)
            }
            bytes.append(Self.newline)
            Self.indent(depth, &bytes)
            bytes.append(UInt8(ascii: "]"))
        case .object(let fields):
            bytes.append(UInt8(ascii: "{"))
            bytes.append(Self.newline)
            var first = true
            for (key, value) in fields {
                guard let value else { continue }
                if !first { bytes += [UInt8(ascii: ","), Self.newline] }
                first = false
                Self.indent(depth + 1, &bytes)
                Self.writeString(key, to: &bytes)
                bytes += Array(" : ".utf8)
                value.write(to: &bytes, depth: depth + 1)
            }
            bytes.append(Self.newline)
            Self.indent(depth, &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// The bytes without any space or line break.
    func writeCompact(to bytes: inout [UInt8]) {
        switch self {
        case .string, .number: write(to: &bytes)
        case .array(let values):
            bytes.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                value.writeCompact(to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let fields):
            bytes.append(UInt8(ascii: "{"))
            var first = true
            for (key, value) in fields {
                guard let value else { continue }
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                Self.writeString(key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                value.writeCompact(to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// A number's digits, without making a string of them (the search index writes millions).
    static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        // Digits from the last, then turned around in place.
        let start = bytes.count
        var rest = number.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }

    private static let newline = UInt8(ascii: "\n")

    private static func indent(_ depth: Int, _ bytes: inout [UInt8]) {
        for _ in 0..<(depth * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    /// Quotes and backslashes escaped, control characters as the encoder writes them; "/" and
    /// everything beyond ASCII as they are.
    static func writeString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x08: bytes += Array("\\b".utf8)
            case 0x0C: bytes += Array("\\f".utf8)
            case 0x0A: bytes += Array("\\n".utf8)
            case 0x0D: bytes += Array("\\r".utf8)
            case 0x09: bytes += Array("\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

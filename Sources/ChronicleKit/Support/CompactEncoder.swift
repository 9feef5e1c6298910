import Foundation

/// A compact binary form of `Codable` values, for the extraction cache: decoding its JSON was a
/// third of a one-article rebuild of a large site.
///
/// No keys and no types are written, only values in the order they are encoded, so a value must be
/// decoded by the same calls in the same order, as synthesized conformances do. An optional is a
/// presence byte, an array its count and then its elements, an integer a variable-length number.
/// For synthesized conformances only: dictionaries (which need their keys) and nils written by hand are refused with an
/// error. The bytes carry no version: whoever stores them keys them to the program that wrote them.
enum CompactEncoder {
    /// A record file's bytes: the fingerprint of whatever wrote them (8 bytes, little-endian), checked before the rest is read.
    static func fingerprinted(_ fingerprint: UInt64, _ bytes: [UInt8]) -> Data {
        Data(withUnsafeBytes(of: fingerprint.littleEndian) { Array($0) } + bytes)
    }

    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let sink = CompactSink()
        try sink.write(value)
        return sink.bytes
    }
}

/// The bytes being written, shared by the containers of one `encode`.
final class CompactSink: Encoder {
    var bytes: [UInt8] = []
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedCompactWriter<Key>(sink: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactListWriter(sink: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactValueWriter(sink: self)
    }

    // MARK: Values

    func write<Value: Encodable>(_ value: Value) throws {
        switch value {
        case is any CompactRefused: throw Self.refused("a dictionary, whose keys the compact form does not keep")
        case let optional as any CompactOptional: try writeOptional(optional.wrappedForCompactCoding)
        case let text as String: write(text)
        case let number as Int: writeSigned(Int64(number))
        case let number as Int64: writeSigned(number)
        case let number as UInt64: writeUnsigned(number)
        case let flag as Bool: bytes.append(flag ? 1 : 0)
        default: try value.encode(to: self)
        }
    }

    static func refused(_ what: String) -> EncodingError {
        .invalidValue(what, .init(codingPath: [], debugDescription: "the compact form cannot keep \(what)"))
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            writeUnsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Seven bits a byte, low first; the high bit says another byte follows.
    func writeUnsigned(_ number: UInt64) {
        var rest = number
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Zigzag, so small negative numbers stay short: 0, -1, 1, -2 … as 0, 1, 2, 3 …
    func writeSigned(_ number: Int64) {
        writeUnsigned(UInt64(bitPattern: (number << 1) ^ (number >> 63)))
    }

    func writeDouble(_ number: Double) {
        withUnsafeBytes(of: number.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// An optional: a presence byte, then the value if present.
    func writeOptional(_ value: (any Encodable)?) throws {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        try write(value)
    }

    func writeInteger<Number: BinaryInteger>(_ number: Number) {
        if Number.isSigned { writeSigned(Int64(number)) } else { writeUnsigned(UInt64(number)) }
    }
}

struct KeyedCompactWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: CompactSink
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { throw CompactSink.refused("a nil written by hand") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try sink.write(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { sink.write(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { sink.writeDouble(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { sink.writeDouble(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { sink.writeInteger(value) }
    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws { try sink.write(value) }

    // Every optional writes its presence byte, the one `KeyedCompactReader.decodeIfPresent` reads.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try sink.writeOptional(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try sink.writeOptional(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try sink.writeOptional(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try sink.writeOptional(value.map { Double($0) }) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try sink.writeOptional(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try sink.writeOptional(value.map { Int($0) }) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try sink.writeOptional(value.map { Int($0) }) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try sink.writeOptional(value.map { Int($0) }) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try sink.writeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try sink.writeOptional(value.map { UInt64($0) }) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try sink.writeOptional(value.map { UInt64($0) }) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try sink.writeOptional(value.map { UInt64($0) }) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try sink.writeOptional(value.map { UInt64($0) }) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try sink.writeOptional(value) }
    mutating func encodeIfPresent<Value: Encodable>(_ value: Value?, forKey key: Key) throws { try sink.writeOptional(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        sink.container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { sink.unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { sink }
    mutating func superEncoder(forKey key: Key) -> any Encoder { sink }
}

/// An array: its count, kept up to date in place as elements are added, then the elements.
struct CompactListWriter: UnkeyedEncodingContainer {
    let sink: CompactSink
    /// Where the count is: four bytes, little-endian.
    let countAt: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(sink: CompactSink) {
        self.sink = sink
        countAt = sink.bytes.count
        sink.bytes.append(contentsOf: [0, 0, 0, 0])
    }

    /// Counts the element just written.
    private mutating func counted() {
        count += 1
        let count = UInt32(count)
        for offset in 0..<4 { sink.bytes[countAt + offset] = UInt8(truncatingIfNeeded: count >> (8 * offset)) }
    }

    mutating func encodeNil() throws { throw CompactSink.refused("a nil written by hand") }
    mutating func encode(_ value: String) throws {
        sink.write(value)
        counted()
    }
    mutating func encode(_ value: Int) throws {
        sink.writeInteger(value)
        counted()
    }
    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try sink.write(value)
        counted()
    }

    // A nested container's element is counted when it is opened.
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        counted()
        return sink.container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        counted()
        return sink.unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        counted()
        return sink
    }
}

struct CompactValueWriter: SingleValueEncodingContainer {
    let sink: CompactSink
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { throw CompactSink.refused("a nil written by hand") }
    mutating func encode(_ value: Bool) throws { try sink.write(value) }
    mutating func encode(_ value: String) throws { sink.write(value) }
    mutating func encode(_ value: Double) throws { sink.writeDouble(value) }
    mutating func encode(_ value: Float) throws { sink.writeDouble(Double(value)) }
    mutating func encode(_ value: Int) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int8) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { sink.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { sink.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { sink.writeInteger(value) }
    mutating func encode<Value: Encodable>(_ value: Value) throws { try sink.write(value) }
}

/// An optional met as a generic value (an element of `[String?]`), written with its presence byte as
/// a keyed optional is, not as the bare value or nothing that `Optional.encode(to:)` writes.
protocol CompactOptional {
    var wrappedForCompactCoding: (any Encodable)? { get }
}

extension Optional: CompactOptional where Wrapped: Encodable {
    var wrappedForCompactCoding: (any Encodable)? { self }
}

/// What the compact form cannot keep: a dictionary's keys.
protocol CompactRefused {}

extension Dictionary: CompactRefused {}

import Foundation

/// Reads what `CompactEncoder` wrote. Bytes that end early or hold a count beyond their end throw;
/// bytes written for another type give an error or a wrong value, so they must never be offered
/// (the cache's fingerprint names the program that wrote them).
enum CompactDecoder {
    /// The fingerprint a record file opens with (`CompactEncoder.fingerprinted`), and the bytes after it; nil when too short.
    static func fingerprinted(_ data: Data) -> (fingerprint: UInt64, rest: Data)? {
        guard data.count >= 8 else { return nil }
        let fingerprint = data.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        return (fingerprint, data.dropFirst(8))
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: some ContiguousBytes) throws -> Value {
        try bytes.withUnsafeBytes { buffer in
            let source = CompactSource(buffer)
            let value = try source.read(type)
            guard source.position == buffer.count else { throw CompactSource.corrupt("bytes left after the value") }
            return value
        }
    }
}

/// The bytes being read and where, shared by the containers of one `decode`; it never outlives them.
final class CompactSource: Decoder {
    private let bytes: UnsafeRawBufferPointer
    private(set) var position = 0
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    static func corrupt(_ what: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: [], debugDescription: "compact bytes: \(what)"))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedCompactReader<Key>(source: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactListReader(source: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CompactValueReader(source: self)
    }

    // MARK: Values

    func read<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if type == String.self { return unsafeBitCast(try readString(), to: Value.self) }
        if type == Int.self { return unsafeBitCast(Int(try readSigned()), to: Value.self) }
        if type == UInt64.self { return unsafeBitCast(try readUnsigned(), to: Value.self) }
        if type == Bool.self { return unsafeBitCast(try readFlag(), to: Value.self) }
        if let optional = type as? any CompactOptionalDecodable.Type { return try optional.readCompact(from: self) as! Value }
        return try Value(from: self)
    }

    func readByte() throws -> UInt8 {
        guard position < bytes.count else { throw Self.corrupt("ended early") }
        defer { position += 1 }
        return bytes[position]
    }

    func readFlag() throws -> Bool {
        switch try readByte() {
        case 0: false
        case 1: true
        default: throw Self.corrupt("a flag neither 0 nor 1")
        }
    }

    func readUnsigned() throws -> UInt64 {
        var number: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64 else { throw Self.corrupt("a number longer than 64 bits") }
            number |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return number }
            shift += 7
        }
    }

    func readSigned() throws -> Int64 {
        let zigzag = try readUnsigned()
        return Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
    }

    func readInteger<Number: FixedWidthInteger>(_ type: Number.Type) throws -> Number {
        let wide: Number? = Number.isSigned ? Number(exactly: try readSigned()) : Number(exactly: try readUnsigned())
        guard let wide else { throw Self.corrupt("a number out of range for \(Number.self)") }
        return wide
    }

    func readDouble() throws -> Double {
        var bits: UInt64 = 0
        for offset in 0..<8 { bits |= UInt64(try readByte()) << (8 * UInt64(offset)) }
        return Double(bitPattern: bits)
    }

    func readString() throws -> String {
        let count = try readBoundedCount()
        defer { position += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + count]), as: UTF8.self)
    }

    /// A number of things to read, each a byte at least: one beyond the bytes left is corrupt, and must not reserve memory.
    func readBoundedCount() throws -> Int {
        let count = try readUnsigned()
        guard count <= UInt64(bytes.count - position) else { throw Self.corrupt("a count beyond the bytes left") }
        return Int(count)
    }

    /// Four bytes, little-endian (`CompactListWriter` updates it in place).
    func readCount() throws -> Int {
        var count = 0
        for offset in 0..<4 { count |= Int(try readByte()) << (8 * offset) }
        // Each element takes a byte at least: a larger count is corrupt, and must not reserve memory.
        guard count <= bytes.count - position else { throw Self.corrupt("a count beyond the bytes left") }
        return count
    }

    func readOptional<Value: Decodable>(_ type: Value.Type) throws -> Value? {
        try readFlag() ? try read(type) : nil
    }
}

struct KeyedCompactReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let source: CompactSource
    var codingPath: [any CodingKey] { [] }

    /// No keys are written: a type that asks which there are (a dictionary, an enum with payloads) cannot be written
    /// (`CompactRefused`), so none is read.
    var allKeys: [Key] { preconditionFailure("CompactDecoder reads no dictionaries or enums with payloads") }
    func contains(_ key: Key) -> Bool { true }

    func decodeNil(forKey key: Key) throws -> Bool { try !source.readFlag() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try source.readFlag() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try source.readString() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try source.readDouble() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try source.readDouble()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try source.readInteger(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try source.readInteger(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try source.readInteger(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try source.readInteger(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try source.readInteger(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try source.readInteger(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try source.readInteger(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try source.readInteger(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try source.readInteger(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try source.readInteger(type) }
    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value { try source.read(type) }

    // The presence byte `KeyedCompactWriter.encodeIfPresent` wrote.
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try source.readOptional(type) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try source.readOptional(type) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try source.readOptional(type) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try source.readOptional(Double.self).map(Float.init) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try source.readOptional(type) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try source.readFlag() ? try source.readInteger(type) : nil }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try source.readFlag() ? try source.readInteger(type) : nil }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try source.readFlag() ? try source.readInteger(type) : nil }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try source.readFlag() ? try source.readInteger(type) : nil }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try source.readFlag() ? try source.readInteger(type) : nil }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try source.readFlag() ? try source.readInteger(type) : nil }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try source.readFlag() ? try source.readInteger(type) : nil }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try source.readFlag() ? try source.readInteger(type) : nil }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try source.readOptional(type) }
    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? { try source.readOptional(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try source.container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try source.unkeyedContainer() }
    func superDecoder() throws -> any Decoder { source }
    func superDecoder(forKey key: Key) throws -> any Decoder { source }
}

struct CompactListReader: UnkeyedDecodingContainer {
    let source: CompactSource
    let total: Int
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    init(source: CompactSource) throws {
        self.source = source
        total = try source.readCount()
    }

    /// Counts the element about to be read.
    private mutating func advance() throws {
        guard !isAtEnd else { throw CompactSource.corrupt("read past the end of a list") }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool {
        // Only an optional element can be nil, and `CompactSource.read` takes those with their presence byte.
        false
    }
    mutating func decode(_ type: String.Type) throws -> String {
        try advance()
        return try source.readString()
    }
    mutating func decode(_ type: Int.Type) throws -> Int {
        try advance()
        return try source.readInteger(type)
    }
    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try advance()
        return try source.read(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try advance()
        return try source.container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try advance()
        return try source.unkeyedContainer()
    }
    mutating func superDecoder() throws -> any Decoder {
        try advance()
        return source
    }
}

struct CompactValueReader: SingleValueDecodingContainer {
    let source: CompactSource
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try source.readFlag() }
    func decode(_ type: String.Type) throws -> String { try source.readString() }
    func decode(_ type: Double.Type) throws -> Double { try source.readDouble() }
    func decode(_ type: Float.Type) throws -> Float { Float(try source.readDouble()) }
    func decode(_ type: Int.Type) throws -> Int { try source.readInteger(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try source.readInteger(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try source.readInteger(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try source.readInteger(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try source.readInteger(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try source.readInteger(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try source.readInteger(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try source.readInteger(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try source.readInteger(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try source.readInteger(type) }
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try source.read(type) }
}

/// The reading side of `CompactOptional`: an optional met as a generic value has its presence byte.
protocol CompactOptionalDecodable {
    static func readCompact(from source: CompactSource) throws -> Self
}

extension Optional: CompactOptionalDecodable where Wrapped: Decodable {
    static func readCompact(from source: CompactSource) throws -> Self {
        try source.readOptional(Wrapped.self)
    }
}

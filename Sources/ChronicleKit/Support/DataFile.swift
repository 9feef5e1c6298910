import Foundation
import Yams

/// Reads Chronicle's YAML data files (page chrome, gazetteer, themes) and the user's
/// extensions of them, with errors that name the file, the line and the key.
public enum DataFile {
    /// Decodes `yaml`, refusing keys the schema does not know so typos are reported, not ignored.
    /// - Parameter lineOffset: added to reported lines, for text the caller prefixed with lines of its own.
    public static func decode<Value: Decodable>(_ type: Value.Type, yaml: String, file: String, schema: String, knownKeys: Set<String>,
                                                lineOffset: Int = 0) throws -> Value {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ChronicleError(file: file, line: yamlLine(error).map { $0 + lineOffset }, "not valid YAML: \(yamlProblem(error))", hint: "check indentation and quoting")
        }
        guard let mapping = root?.mapping else {
            throw ChronicleError(file: file, line: 1, "expected a mapping with `schema: \(schema)` at the top")
        }
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            if !knownKeys.contains(name) {
                let known = knownKeys.sorted().joined(separator: ", ")
                throw ChronicleError(file: file, line: key.mark.map { $0.line + lineOffset }, "unknown key `\(name)`", hint: "known keys: \(known)")
            }
            if name == "schema", value.string != schema {
                throw ChronicleError(file: file, line: key.mark.map { $0.line }, "schema is `\(value.string ?? "")`, expected `\(schema)`")
            }
        }
        if let root, let (key, line) = valuelessFlowKey(in: root, lines: yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)) {
            throw ChronicleError(file: file, line: line.map { $0 + lineOffset }, "`\(key)` has no value inside `{…}`: a comma before it ended the value",
                                 hint: "quote a value that holds a comma: name: 'Sở Văn hóa, Thể thao và Du lịch'")
        }
        do {
            return try YAMLDecoder().decode(Value.self, from: yaml)
        } catch let error as DecodingError {
            throw ChronicleError(file: file, describe(error), hint: "see the schema comments in Chronicle's own \(URL(fileURLWithPath: file).lastPathComponent)")
        }
    }

    /// A key with no value in a mapping written `{…}`, and its line: in `{name: Sở Văn hóa, Thể thao và Du lịch, level: tinh}`
    /// the comma ends the name, and "Thể thao và Du lịch" becomes a key of its own, silently. (Yams keeps no mapping's style:
    /// the mapping is told `{…}` by the character it starts at in `lines`.)
    static func valuelessFlowKey(in node: Node, lines: [Substring]) -> (String, Int?)? {
        switch node {
        case .mapping(let mapping):
            // Yams counts lines and columns from 1, columns in Unicode scalars.
            let braced = mapping.mark.map { mark in
                mark.line >= 1 && mark.line <= lines.count && lines[mark.line - 1].unicodeScalars.dropFirst(mark.column - 1).first == "{"
            } ?? false
            for (key, value) in mapping {
                if braced, let name = key.string, case .scalar(let scalar) = value, scalar.string.isEmpty, scalar.style == .plain {
                    return (name, key.mark?.line)
                }
                if let found = valuelessFlowKey(in: value, lines: lines) { return found }
            }
            return nil
        case .sequence(let sequence):
            return sequence.lazy.compactMap { valuelessFlowKey(in: $0, lines: lines) }.first
        default:
            return nil
        }
    }

    /// The text of a data file shipped with Chronicle, by its path under Resources/.
    public static func bundled(_ name: String) throws -> String {
        let folder = (name as NSString).deletingLastPathComponent
        let subdirectory = folder.isEmpty ? "Resources" : "Resources/" + folder
        guard let url = Bundle.module.url(forResource: (name as NSString).lastPathComponent, withExtension: nil, subdirectory: subdirectory),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            throw ChronicleError(file: name, "Chronicle's own data file is missing", hint: "reinstall Chronicle; the resources folder must stay beside the binary")
        }
        return text
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "bad value at \(path(context)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "missing key `\(key.stringValue)` at \(path(context).isEmpty ? "top level" : path(context))"
        @unknown default:
            return "\(error)"
        }
    }

    static func yamlLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}

extension Array {
    /// Every list at `path` across data files (Chronicle's own, then the user's), in order.
    func all(_ path: KeyPath<Element, [String]?>) -> [String] {
        flatMap { $0[keyPath: path] ?? [] }
    }
}

/// A problem found while building, tied to the file and line that caused it.
///
/// Diagnostics are values collected along the pipeline rather than thrown, so one bad
/// article never hides the others. Warnings do not fail a build unless `--strict`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// Path as the user typed it or relative to the working directory; nil for build-wide problems.
    public var file: String?
    public var line: Int?
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    public init(_ severity: Severity, file: String?, line: Int? = nil, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }

    public static func warning(file: String?, line: Int? = nil, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, message, hint: hint)
    }

    public static func error(file: String?, line: Int? = nil, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, message, hint: hint)
    }

    /// `file:line: severity: message (hint)`, the format editors and CI logs link to.
    public var description: String {
        var location = ""
        if let file {
            location = file
            if let line { location += ":\(line)" }
            location += ": "
        }
        var text = "\(location)\(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// An error that stops the build; carries the diagnostic the user sees.
public struct ChronicleError: Error, CustomStringConvertible, Sendable {
    public var diagnostic: Diagnostic

    public init(file: String? = nil, line: Int? = nil, _ message: String, hint: String? = nil) {
        diagnostic = .error(file: file, line: line, message, hint: hint)
    }

    public var description: String { diagnostic.description }
}

import Mustache

/// A view model whose fields templates read through key paths rather than `Mirror`, which
/// is the costliest part of rendering.
protocol TemplateValue: MustacheParent {
    /// Every field a template may name.
    static var fields: [String: PartialKeyPath<Self>] { get }
}

extension TemplateValue {
    func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else { return nil }
        let value = self[keyPath: path]
        if let optional = value as? any OptionalField {
            // A nil field answers "absent" itself, so the template never picks up a
            // same-named value from an enclosing view.
            return optional.wrappedField ?? Absent()
        }
        return value
    }
}

/// A field with no value: renders as nothing and is false for sections.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

protocol OptionalField {
    var wrappedField: Any? { get }
}

extension Optional: OptionalField {
    var wrappedField: Any? { self.map { $0 as Any } }
}

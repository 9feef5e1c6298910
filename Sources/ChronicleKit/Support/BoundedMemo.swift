import Synchronization

/// Results of a pure derivation kept for their inputs, shared by the threads of a build. Bounded: when full it is emptied
/// and fills again with what is asked now, so memory stays small however large the corpus.
final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let capacity: Int
    private let store = Mutex<[Key: Value]>([:])

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value remembered for `key`, else `derive()`'s, remembered. `derive` runs outside the lock, so two threads
    /// asking at once may both derive it; both get the same value, as the derivation is pure.
    func value(for key: Key, derive: () -> Value) -> Value {
        if let known = store.withLock({ $0[key] }) { return known }
        let value = derive()
        store.withLock { store in
            if store.count >= capacity { store.removeAll(keepingCapacity: true) }
            store[key] = value
        }
        return value
    }
}

/// A text as a memo's key, equal only to the same code points: Swift's string equality holds a decomposed text equal to its
/// composed form, whose UTF-16 offsets differ, and a result holding offsets must not be handed from one to the other.
struct ExactText: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (left: ExactText, right: ExactText) -> Bool { left.text.utf8.elementsEqual(right.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

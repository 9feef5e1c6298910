import Foundation

extension Array where Element: Sendable {
    /// Maps on every core; the result keeps the input order.
    /// Used for the pure per-article stages (parse, extract, render).
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let slots = results
        let chunk = Swift.max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (count + chunk - 1) / chunk
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: chunks) { index in
                let start = index * chunk
                let end = Swift.min(start + chunk, input.count)
                for position in start..<end {
                    slots[position] = transform(input[position])
                }
            }
        }
        return results.map { $0! }
    }
}

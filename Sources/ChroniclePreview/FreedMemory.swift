import Foundation

/// What a build let go, given back to the system. glibc keeps the freed pages of each thread's arena for
/// reuse; a preview session rebuilding on every save otherwise grows by megabytes a rebuild.
enum FreedMemory {
    /// `malloc_trim(0)`, looked up at run time because Swift's Glibc module does not export it; nothing elsewhere.
    static func returnToSystem() {
        #if os(Linux)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}

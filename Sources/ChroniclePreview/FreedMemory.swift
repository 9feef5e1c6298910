import Foundation

/// What a build let go, given back to the system. glibc keeps the freed pages of each thread's arena for
/// reuse; a preview session rebuilding on every save otherwise grows by megabytes a rebuild.
enum FreedMemory {
    #if os(Linux)
    private typealias MallocTrim = @convention(c) (Int) -> Int32
    /// `malloc_trim`, looked up once: Swift's Glibc module does not export it.
    private static let mallocTrim: MallocTrim? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim").map { unsafeBitCast($0, to: MallocTrim.self) }
    #endif

    /// `malloc_trim(0)` where glibc has it; nothing elsewhere.
    static func returnToSystem() {
        #if os(Linux)
        _ = mallocTrim?(0)
        #endif
    }
}

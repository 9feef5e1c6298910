// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Chronicle",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "chronicle", targets: ["chronicle"]),
        .library(name: "ChronicleKit", targets: ["ChronicleKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The preview server (`chronicle serve`). Its default traits pull in swift-configuration,
        // which Chronicle does not use.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Already under Hummingbird; named because the preview uses them directly
        // (a channel's port, graceful shutdown of the file watcher).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev); `make` installs it when missing.
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The pipeline: Loading → Extraction → Aggregation → Rendering → Building.
        .target(
            name: "ChronicleKit",
            dependencies: [
                "CMark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")]
        ),
        // `chronicle serve`: serves Site/, rebuilds on change, reloads the browser.
        .target(
            name: "ChroniclePreview",
            dependencies: [
                "ChronicleKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "chronicle",
            dependencies: [
                "ChronicleKit",
                "ChroniclePreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes N realistic raw articles (and their Hugo twin) for `make bench`.
        .executableTarget(
            name: "synthesize-corpus",
            dependencies: ["ChronicleKit"]
        ),
        // libFuzzer target for the loader and extractor; `make fuzz` builds it with -sanitize=fuzzer.
        .executableTarget(
            name: "fuzz-extraction",
            dependencies: ["ChronicleKit"],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .testTarget(
            name: "ChronicleKitTests",
            dependencies: ["ChronicleKit"]
        ),
        .testTarget(
            name: "ChroniclePreviewTests",
            dependencies: ["ChroniclePreview", "ChronicleKit"]
        ),
    ]
)

// swift-tools-version: 6.1
//
// Sangam: English–Hindi news to aligned bilingual data.
// Layers, bottom to top: C shims over system libraries (CICUShim for ICU, CXMLShim for
// libxml2) → SangamText → SangamIngest → SangamStore → Sangam (the pipeline) → the `sangam`
// tool. Later stages (SangamTranslit, SangamLexicon, SangamAlign, SangamExport) slot in
// between and depend only downwards.

import PackageDescription

/// Settings every Swift target shares, so that the whole package speaks one dialect.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Sangam",
    products: [
        .library(name: "SangamText", targets: ["SangamText"]),
        .library(name: "SangamTranslit", targets: ["SangamTranslit"]),
        .library(name: "Sangam", targets: ["Sangam"]),
        .executable(name: "sangam", targets: ["sangam"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Plain C over ICU 72 (Debian libicu-dev). A `.systemLibrary` module map would clash
        // with Foundation's bundled ICU (see DESIGN.md); a C target with a plain-C header does not.
        .target(
            name: "CICUShim",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // Plain C over libxml2's HTML parser (Debian libxml2-dev), the same pattern as CICUShim.
        .target(
            name: "CXMLShim",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        .target(
            name: "SangamText",
            dependencies: ["CICUShim"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SangamTranslit",
            dependencies: ["SangamText"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SangamIngest",
            dependencies: ["SangamText", "CXMLShim"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SangamStore",
            dependencies: ["SangamIngest", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Sangam",
            dependencies: ["SangamIngest", "SangamStore"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "sangam",
            dependencies: [
                "SangamText",
                "SangamTranslit",
                "Sangam",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SangamTextTests",
            dependencies: ["SangamText"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SangamTranslitTests",
            dependencies: ["SangamTranslit"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SangamIngestTests",
            dependencies: ["SangamIngest"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SangamStoreTests",
            dependencies: ["SangamStore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SangamTests",
            dependencies: ["Sangam"],
            swiftSettings: swiftSettings
        ),
        // End-to-end: runs the built `sangam` binary on real files.
        .testTarget(
            name: "sangamTests",
            dependencies: ["sangam"],
            swiftSettings: swiftSettings
        ),
    ]
)

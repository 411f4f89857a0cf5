// swift-tools-version: 6.1
//
// Sangam: English–Hindi news to aligned bilingual data.
// Layers, bottom to top: C shims over system libraries (CICUShim for ICU, CXMLShim for
// libxml2, CZlibShim for zlib, CSystemShim for syncfs) → SangamText → SangamIngest →
// SangamStore → Sangam (the pipeline) → the `sangam` tool. SangamTranslit, SangamNames (name
// keys, similarity, ranking), SangamLexicon and SangamAlign sit beside SangamIngest over
// SangamText; SangamExport writes corpora from plain values; all depend only downwards.

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
        .library(name: "SangamLexicon", targets: ["SangamLexicon"]),
        .library(name: "SangamNames", targets: ["SangamNames"]),
        .library(name: "SangamAlign", targets: ["SangamAlign"]),
        .library(name: "SangamExport", targets: ["SangamExport"]),
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
        // Plain C over zlib (Debian zlib1g-dev), to read dictd's compressed dictionaries.
        .target(
            name: "CZlibShim",
            linkerSettings: [.linkedLibrary("z")]
        ),
        // Plain C for Linux's syncfs, which Swift's Glibc module does not export.
        .target(name: "CSystemShim"),
        .target(
            name: "SangamText",
            dependencies: ["CICUShim", "CSystemShim"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SangamTranslit",
            dependencies: ["SangamText"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SangamNames",
            dependencies: ["SangamText", "SangamTranslit"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SangamLexicon",
            dependencies: ["SangamText", "CZlibShim"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SangamAlign",
            dependencies: ["SangamText", "SangamTranslit", "SangamLexicon", "SangamNames"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SangamExport",
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
            dependencies: ["SangamIngest", "SangamNames", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Sangam",
            dependencies: ["SangamIngest", "SangamStore", "SangamAlign", "SangamExport", "SangamNames"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "sangam",
            dependencies: [
                "SangamText",
                "SangamTranslit",
                "SangamLexicon",
                "SangamNames",
                "SangamAlign",
                "SangamExport",
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
            name: "SangamNamesTests",
            dependencies: ["SangamNames"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SangamLexiconTests",
            dependencies: ["SangamLexicon"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SangamAlignTests",
            dependencies: ["SangamAlign"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SangamExportTests",
            dependencies: ["SangamExport"],
            resources: [.copy("Golden")],
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

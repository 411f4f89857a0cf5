// swift-tools-version: 6.1
//
// Sangam: English–Hindi news to aligned bilingual data.
// Layers, bottom to top: CICUShim (C over the system ICU) → SangamText → the `sangam` tool.
// Later stages (SangamTranslit, SangamLexicon, SangamIngest, SangamAlign, SangamStore,
// SangamExport, Sangam) slot in between and depend only downwards.

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
        .executable(name: "sangam", targets: ["sangam"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        .target(
            name: "SangamText",
            dependencies: ["CICUShim"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "sangam",
            dependencies: [
                "SangamText",
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
        // End-to-end: runs the built `sangam` binary on real files.
        .testTarget(
            name: "sangamTests",
            dependencies: ["sangam"],
            swiftSettings: swiftSettings
        ),
    ]
)

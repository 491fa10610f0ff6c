// swift-tools-version:6.0
import PackageDescription

// Targets depend in one direction only:
// CCmark -> RunbookMarkdown -> RunbookCatalog -> RunbookMatcher -> RunbookGenerator -> RunbookCLI -> runbook
let package = Package(
    name: "runbook",
    products: [
        .executable(name: "runbook", targets: ["runbook"]),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "RunbookMarkdown", dependencies: ["CCmark"]),
        .target(
            name: "RunbookCatalog",
            dependencies: ["RunbookMarkdown"],
            resources: [.copy("Patterns")]
        ),
        .target(name: "RunbookMatcher", dependencies: ["RunbookCatalog"]),
        .target(name: "RunbookGenerator", dependencies: ["RunbookMarkdown", "RunbookCatalog", "RunbookMatcher"]),
        .target(name: "RunbookCLI", dependencies: ["RunbookMarkdown", "RunbookCatalog", "RunbookMatcher", "RunbookGenerator"]),
        .executableTarget(name: "runbook", dependencies: ["RunbookCLI"]),
        // Times in-process lookups for Benchmarks/run.sh; not part of the tool.
        .executableTarget(name: "runbook-bench", dependencies: ["RunbookCatalog", "RunbookMatcher"], path: "Benchmarks/Lookup"),

        .testTarget(name: "RunbookMarkdownTests", dependencies: ["RunbookMarkdown"]),
        .testTarget(name: "RunbookCatalogTests", dependencies: ["RunbookCatalog"]),
        .testTarget(name: "RunbookMatcherTests", dependencies: ["RunbookMatcher"]),
        .testTarget(name: "RunbookGeneratorTests", dependencies: ["RunbookGenerator"]),
        .testTarget(name: "RunbookCLITests", dependencies: ["RunbookCLI", "runbook"]),
    ]
)

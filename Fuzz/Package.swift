// swift-tools-version:6.0
// libFuzzer entry points for the readers and parsers. Not part of the main build: see Fuzz/run.sh.
import PackageDescription

let package = Package(
  name: "incentive-fuzz",
  dependencies: [.package(name: "incentive", path: "..")],
  targets: [
    .target(name: "CLibFuzzer"),
    .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "IncentiveKit", package: "incentive")]),
  ]
    + ["FuzzCSV", "FuzzJSON", "FuzzPlan", "FuzzFormula", "FuzzStream"].map { name in
      .executableTarget(
        name: name, dependencies: ["FuzzSupport", .product(name: "IncentiveKit", package: "incentive")])
    },
  swiftLanguageModes: [.v6]
)

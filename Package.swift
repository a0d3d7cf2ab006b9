// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "incentive",
  products: [
    .library(name: "IncentiveKit", targets: ["IncentiveKit"]),
    .executable(name: "incentive", targets: ["incentive"]),
  ],
  targets: [
    .target(name: "IncentiveKit", dependencies: ["ArgumentParsing"]),
    .target(name: "ArgumentParsing"),
    .target(name: "IncentiveSynthetic", dependencies: ["IncentiveKit"]),
    .executableTarget(name: "incentive", dependencies: ["IncentiveKit", "IncentiveSynthetic", "ArgumentParsing"]),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "IncentiveKitTests", dependencies: ["IncentiveKit", "IncentiveSynthetic", "TestSupport"]),
    .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
    .testTarget(name: "IncentiveSyntheticTests", dependencies: ["IncentiveSynthetic", "IncentiveKit", "TestSupport"]),
    .testTarget(name: "CLITests", dependencies: ["incentive"]),
  ],
  swiftLanguageModes: [.v6]
)

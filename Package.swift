// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "incentive",
  products: [
    .library(name: "IncentiveKit", targets: ["IncentiveKit"]),
    .executable(name: "incentive", targets: ["incentive"]),
  ],
  targets: [
    .target(name: "IncentiveKit"),
    .target(name: "ArgumentParsing"),
    .executableTarget(name: "incentive", dependencies: ["IncentiveKit", "ArgumentParsing"]),
    .testTarget(name: "IncentiveKitTests", dependencies: ["IncentiveKit"]),
    .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
    .testTarget(name: "CLITests", dependencies: ["incentive"]),
  ],
  swiftLanguageModes: [.v6]
)

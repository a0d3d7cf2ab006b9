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
    .executableTarget(name: "incentive", dependencies: ["IncentiveKit"]),
    .testTarget(name: "IncentiveKitTests", dependencies: ["IncentiveKit"], resources: []),
    .testTarget(name: "CLITests", dependencies: ["IncentiveKit"]),
  ],
  swiftLanguageModes: [.v6]
)

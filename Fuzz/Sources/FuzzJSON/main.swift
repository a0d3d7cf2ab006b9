import FuzzSupport
@_spi(Testing) import IncentiveKit

/// Any bytes as JSON and as JSON Lines of every dataset kind: accepted or an `InputError`.
FuzzDriver.run {
  UntrustedInput.readAsDatasetFiles(Array($0), format: .json)
  UntrustedInput.readAsDatasetFiles(Array($0), format: .jsonl)
}

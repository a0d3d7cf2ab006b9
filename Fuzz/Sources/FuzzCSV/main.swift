import FuzzSupport
@_spi(Testing) import IncentiveKit

/// Any bytes as a CSV file of every dataset kind: the reader and each record decoder either
/// accept a row or throw an `InputError`, never trap.
FuzzDriver.run { UntrustedInput.readAsDatasetFiles(Array($0), format: .csv) }

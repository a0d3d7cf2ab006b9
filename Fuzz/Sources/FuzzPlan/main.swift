import FuzzSupport
@_spi(Testing) import IncentiveKit

/// Any bytes as plan.json: a plan (which the validator then lints) or a `PlanError`.
FuzzDriver.run { UntrustedInput.readAsPlan(Array($0)) }

import FuzzSupport
@_spi(Testing) import IncentiveKit

/// Any text as a formula: parsed or a column, evaluated or a `Formula.Missing`.
FuzzDriver.run { UntrustedInput.readAsFormula(Array($0)) }

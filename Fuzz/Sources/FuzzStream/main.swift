import FuzzSupport
@_spi(Testing) import IncentiveKit

/// Any bytes as a streamed event file: `ParallelCSVReader` over `CSVChunkSource` in small chunks,
/// every cell through `CSVRecordBytes`, then the record decoder; errors are fine, traps and hangs
/// are findings.
FuzzDriver.run { UntrustedInput.readAsStreamedEventFiles(Array($0)) }

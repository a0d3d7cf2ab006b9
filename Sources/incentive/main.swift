import Foundation
import IncentiveKit

// Before any thread starts: a few allocator arenas keep a 100,000-person run under its memory budget.
Allocator.useFewArenas()
// The process exits as soon as the command returns: its last run is not freed object by object first.
Allocator.leaveLastRunToExit()
// An interrupt or termination removes the temporary files (pay data) of writes in progress.
TemporaryFiles.removeOnTermination()
exit(CLI.run(Array(CommandLine.arguments.dropFirst())))

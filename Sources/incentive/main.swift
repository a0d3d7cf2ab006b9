import Foundation
import IncentiveKit

// An interrupt or termination removes the temporary files (pay data) of writes in progress.
TemporaryFiles.removeOnTermination()
exit(CLI.run(Array(CommandLine.arguments.dropFirst())))

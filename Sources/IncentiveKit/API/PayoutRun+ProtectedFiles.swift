extension PayoutRun {
  /// The files no output of this run may replace: every dataset input, the demographics file, the
  /// plan, and the ledger when the run records itself in one.
  func protectedFiles(ledger: String? = nil) throws(InputError) -> ProtectedFiles {
    var files = ProtectedFiles()
    files.add(try dataset.inputFiles(), role: "an input file")
    if let demographics = try Demographics.defaultPath(in: dataset) { files.add(demographics, role: "an input file") }
    files.add(planPath, role: "the plan")
    if let ledger { files.add(ledger, role: "the ledger") }
    return files
  }
}

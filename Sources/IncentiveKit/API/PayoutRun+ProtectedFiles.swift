extension PayoutRun {
  /// The files no output of this run may replace: every dataset input, the demographics file, the
  /// plan, and the ledger when the run records itself in one; and the names of the dataset files it did not find
  /// (`fx.json`), where a report would become the next run's input.
  func protectedFiles(ledger: String? = nil) throws(InputError) -> ProtectedFiles {
    var files = ProtectedFiles()
    let inputs = try dataset.inputFiles()
    files.add(inputs, role: "an input file")
    files.addAbsentInputs(
      DatasetRecordTypes.all.flatMap { type in
        TableReader.Format.allCases.map { dataset.join("\(type.fileName).\($0.rawValue)") }
      }.filter { !inputs.contains($0) })
    if let demographics = try Demographics.defaultPath(in: dataset) { files.add(demographics, role: "an input file") }
    files.add(planPath, role: "the plan")
    if let ledger { files.add(ledger, role: "the ledger") }
    return files
  }
}

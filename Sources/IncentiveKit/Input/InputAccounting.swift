/// The row accounting of every input file a calculation read, in the order it read them: what `calculate` puts in
/// its JSON's `inputs`, summarises on stderr, and `audit data` prints whole.
struct InputAccounting: Sendable, Equatable {
  private(set) var files: [FileAccounting] = []

  /// The accounting of `file`, merged into one already there (a file read in two passes).
  mutating func add(_ file: FileAccounting) {
    if let index = files.firstIndex(where: { $0.file == file.file }) {
      files[index].merge(file)
    } else {
      files.append(file)
    }
  }

  /// Moves every value the roster lacks to "not on the roster" (see `FileAccounting.settle`).
  mutating func settle(_ names: RosterNames) {
    for index in files.indices { files[index].settle(names) }
  }

  /// Files sorted by name, as the JSON lists them.
  var byName: [FileAccounting] { files.sorted { $0.name < $1.name } }

  subscript(name: String) -> FileAccounting? { files.first { $0.name == name || $0.file == name } }
}

/// The bad rows of one file, gathered so a person sees up to `limit` of them in one run ("eight dates in US format
/// take eight runs" otherwise), then how many more there were.
struct RowErrors {
  /// Row errors reported per file in one run.
  static let datasetLimit = 20

  let file: String
  let limit: Int
  private(set) var errors: [InputError] = []
  private(set) var more = 0

  init(file: String, limit: Int) {
    self.file = file
    self.limit = max(limit, 1)
  }

  /// Records one bad row; with a limit of 1 it throws straight away, as a reader that stops at the first does.
  mutating func add(_ error: InputError) throws(InputError) {
    if limit == 1 { throw error }
    if case .rowErrors(_, let inner, let extra) = error {
      for error in inner { try add(error) }
      more += extra
      return
    }
    if errors.count < limit { errors.append(error) } else { more += 1 }
  }

  /// Throws what was gathered: the one error as it is, several together.
  func finish() throws(InputError) {
    guard let first = errors.first else { return }
    if errors.count == 1 && more == 0 { throw first }
    throw .rowErrors(file: file, errors: errors, more: more)
  }
}

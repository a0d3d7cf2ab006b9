import ArgumentParsing

/// Finds a header that is an optional column misspelt (`curency`, `end_dt`, `Enviroment`, `end-date`).
///
/// An optional column the header lacks is read as empty in every row, and empty has a meaning: no `currency` is the
/// plan's currency, no `end_date` is still employed, no `environment` is production. A misspelt header therefore
/// changes pay with no error, so a dataset file whose header has a near spelling of an optional column it lacks is
/// refused, naming the header and the column. Dataset files only: an importer reads other tools' exports, whose many
/// columns are not ours to judge.
enum HeaderSpelling {
  /// A file's header row (or a JSON row's keys) as the reader matched it to the columns: which headers it reads, and
  /// which optional columns no header gives.
  struct Reading {
    let headers: [String]
    let isRead: (Int) -> Bool
    /// Optional columns no header gives; a caller may set some aside (a column that pays nothing).
    var absent: [TableColumn]

    /// A CSV header row read into `mapping` (`TableReader.map`) and `repeats` (`TableReader.repeats`).
    init(columns: [TableColumn], headers: [String], mapping: [Int?], repeats: [[Int]]) {
      let read = Set(mapping.compactMap { $0 } + repeats.joined())
      self.headers = headers
      isRead = read.contains
      absent = columns.indices.filter { !columns[$0].isRequired && mapping[$0] == nil }.map { columns[$0] }
    }

    /// A JSON row's keys, matched exactly, as `TableReader` reads them.
    init(columns: [TableColumn], keys: [String]) {
      headers = keys
      isRead = { index in columns.contains { $0.spellings.contains(keys[index]) } }
      absent = columns.filter { column in !column.isRequired && !column.spellings.contains(where: keys.contains) }
    }

    /// Each header no column reads whose words are `related` to the words of a spelling of an absent column: its
    /// position (0-based) and that column's name, the first such column for each header, lazily.
    func unreadHeaders(
      related: @escaping ([String], [String]) -> Bool
    ) -> some Sequence<(index: Int, column: String)> {
      let spellings = absent.map { $0.spellings.map(words) }
      return headers.indices.lazy.filter { !absent.isEmpty && !isRead($0) }.compactMap { index in
        let headerWords = words(headers[index])
        return absent.indices.first { spellings[$0].contains { related(headerWords, $0) } }.map {
          (index, absent[$0].name)
        }
      }
    }
  }

  /// The first header that no column reads but is a near spelling of an absent column: its position (0-based) and
  /// the column's name; nil when there is none.
  static func misspelt(_ reading: Reading) -> (index: Int, column: String)? {
    reading.unreadHeaders(related: isNear).first { _ in true }
  }

  /// Each header that no column reads but holds all the words of an absent column, in order, and more
  /// (`currency_code` and `pay_currency` for `currency`): its position and the column's name. Not a slip, so not
  /// `misspelt`'s error, but worth a word (`Dataset.columnFindings`).
  static func widened(_ reading: Reading) -> [(index: Int, column: String)] {
    Array(reading.unreadHeaders(related: contains))
  }

  /// Whether `header` has more words than `column` and holds all of them as one run (`pay`, `currency`, `code`
  /// holds `currency`).
  static func contains(_ header: [String], _ column: [String]) -> Bool {
    guard !column.isEmpty, header.count > column.count else { return false }
    return (0...(header.count - column.count)).contains { start in
      header[start..<(start + column.count)].elementsEqual(column)
    }
  }

  /// The error for the first misspelt header of a CSV header row read into `mapping` (`TableReader.map`).
  static func check(
    columns: [TableColumn], headers: [String], mapping: [Int?], repeats: [[Int]], file: String
  ) throws(InputError) {
    let reading = Reading(columns: columns, headers: headers, mapping: mapping, repeats: repeats)
    guard let (index, column) = misspelt(reading) else { return }
    throw .misspeltColumn(file: file, line: 1, column: index + 1, header: headers[index], expected: column)
  }

  /// The error for the first misspelt key of a JSON row's `keys` (matched exactly, as `TableReader` reads them).
  static func check(columns: [TableColumn], keys: [String], file: String, line: Int, column: Int) throws(InputError) {
    guard let (index, expected) = misspelt(Reading(columns: columns, keys: keys)) else { return }
    throw .misspeltColumn(file: file, line: line, column: column, header: keys[index], expected: expected)
  }

  /// A header's words, lower case: split at anything but a letter or digit and where a lower-case letter meets an
  /// upper-case one, so `End Date`, `end-date`, `END_DATE` and `endDate` are all `end`, `date`.
  static func words(_ header: String) -> [String] {
    var words: [String] = []
    var word = ""
    var previousIsLower = false
    for scalar in header.unicodeScalars {
      let isWordScalar = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
      if !isWordScalar || (previousIsLower && scalar.properties.isUppercase) {
        if !word.isEmpty { words.append(word) }
        word = ""
      }
      if isWordScalar { word += String(scalar).lowercased() }
      previousIsLower = isWordScalar && scalar.properties.isLowercase
    }
    if !word.isEmpty { words.append(word) }
    return words
  }

  /// Whether a header of `header` words is a slip of a column of `column` words:
  /// - the same letters once case and separators are set aside (`End Date`, `enddate`);
  /// - one edit away from a name of five or more letters (`curency`, `enviroment`, `currenyc`);
  /// - in a name of two or more words, the same words but one written short, keeping its first letter and order
  ///   (`end_dt`; `time` alone is not `timezone`, nor `event` `environment`).
  ///
  /// A word added, dropped or replaced is another column, not a slip: `external_id` is not `external`,
  /// `reported_at` not `reported_by`, `commits` not `comments`; real exports carry such columns, and they are read past.
  static func isNear(_ header: [String], _ column: [String]) -> Bool {
    let (joinedHeader, joinedColumn) = (header.joined(), column.joined())
    if joinedHeader == joinedColumn { return true }
    if joinedColumn.count >= 5, abs(joinedHeader.count - joinedColumn.count) <= 1,
      EditDistance.between(joinedHeader, joinedColumn) <= 1
    {
      return true
    }
    // Only beside words that match: one word alone written short is as likely another word (`time`, `event`).
    guard header.count == column.count, column.count >= 2 else { return false }
    let differing = header.indices.filter { header[$0] != column[$0] }
    guard differing.count == 1 else { return false }
    return isShortForm(header[differing[0]], of: column[differing[0]])
  }

  /// `short` written for `word`: two or more of its letters, in order, starting with its first, two or more left out
  /// (`dt` for `date`; `kid` is another word than `kind`).
  static func isShortForm(_ short: String, of word: String) -> Bool {
    guard short.count >= 2, short.count <= word.count - 2, short.first == word.first else { return false }
    var letters = word.makeIterator()
    return short.allSatisfy { letter in
      while let next = letters.next() { if next == letter { return true } }
      return false
    }
  }
}

/// Ids already read in one list of a payout document: a repeated engineer, team or component would
/// otherwise be compared once and the rest ignored, so a doctored golden file could pass.
struct SeenKeys {
  let file: String
  let what: String
  private var seen: Set<String> = []

  init(file: String, what: String) {
    self.file = file
    self.what = what
  }

  mutating func insert(_ key: String, at value: JSONValue) throws(InputError) -> String {
    guard seen.insert(key).inserted else {
      throw InputError.malformed(
        file: file, line: value.line, column: value.column, reason: "\(what) \"\(key)\" appears more than once")
    }
    return key
  }
}

/// Typed reads of one object of a payout JSON document; a missing or mistyped member becomes an
/// error at its line and column naming the member and what was expected.
struct SnapshotFields {
  let value: JSONValue
  let file: String
  let path: String

  init(_ value: JSONValue, file: String, path: String) {
    self.value = value
    self.file = file
    self.path = path
  }

  func member(_ key: String) throws(InputError) -> JSONValue {
    guard value.objectMembers != nil else {
      throw InputError.malformed(file: file, line: value.line, column: value.column, reason: "\(path) is not an object")
    }
    guard let member = value[key] else {
      throw InputError.malformed(
        file: file, line: value.line, column: value.column,
        reason: "\(path) has no \"\(key)\"; is this `incentive calculate --format json` output?")
    }
    return member
  }

  func invalid(_ key: String, _ reason: String) -> InputError {
    let position = value[key] ?? value
    return .malformed(file: file, line: position.line, column: position.column, reason: "\(path).\(key): \(reason)")
  }

  func string(_ key: String) throws(InputError) -> String {
    guard let text = try member(key).stringValue else { throw invalid(key, "expected a string") }
    return text
  }

  func optionalString(_ key: String) throws(InputError) -> String? {
    guard let member = value[key], !member.isNull else { return nil }
    guard let text = member.stringValue else { throw invalid(key, "expected a string or null") }
    return text
  }

  /// The row's `currency` (present when a run pays in several), else `fallback`.
  func currency(default fallback: Currency) throws(InputError) -> Currency {
    guard try optionalString("currency") != nil else { return fallback }
    return try currency()
  }

  /// The `currency` member, a supported ISO 4217 code.
  func currency() throws(InputError) -> Currency {
    let code = try string("currency")
    guard let currency = Currency(code: code) else {
      throw invalid("currency", "\"\(code)\" is not a supported ISO 4217 currency code")
    }
    return currency
  }

  func object(_ key: String) throws(InputError) -> SnapshotFields {
    SnapshotFields(try member(key), file: file, path: path == "document" ? key : "\(path).\(key)")
  }

  /// An array member that may be absent (`extras`, only present when the plan pays outside the bonus).
  func optionalArray(_ key: String) throws(InputError) -> [JSONValue] {
    value[key] == nil ? [] : try array(key)
  }

  /// `a + b`, or an error at `key` when the sum leaves the range of minor units.
  func sum(_ a: Money, _ b: Money, at key: String) throws(InputError) -> Money {
    guard let total = a.adding(b) else { throw invalid(key, "the amounts add up beyond what an amount can hold") }
    return total
  }

  func array(_ key: String) throws(InputError) -> [JSONValue] {
    guard let elements = try member(key).arrayValue else { throw invalid(key, "expected an array") }
    return elements
  }

  func integer(_ key: String) throws(InputError) -> Int {
    guard let text = try member(key).numberText, let number = Int(text) else {
      throw invalid(key, "expected a whole number")
    }
    return number
  }

  func decimal(_ key: String) throws(InputError) -> FixedDecimal {
    let text = try string(key)
    guard let number = FixedDecimal(text) else { throw invalid(key, "\"\(text)\" is not a decimal number") }
    return number
  }

  /// An amount; beyond ±10^15 minor units (far above any payout) it is refused, so differences
  /// of two amounts can never overflow.
  func money(_ key: String, _ currency: Currency) throws(InputError) -> Money {
    let text = try string(key)
    guard let amount = Money(text, currency: currency), amount.isWithinContract else {
      throw invalid(
        key, "\"\(text)\" is not an amount in \(currency.code) (at most \(currency.minorDigits) decimals, below 10^15)")
    }
    return amount
  }
}

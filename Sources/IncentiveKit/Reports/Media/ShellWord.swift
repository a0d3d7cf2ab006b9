/// A path or value written into a command a person is invited to copy into a shell (`init`'s next steps): as one
/// word that means itself. Printed bare, a folder named `x; touch PWNED` made the suggested
/// `incentive calculate x; touch PWNED` run a second command when pasted, and a folder with a space became two
/// arguments.
enum ShellWord {
  /// Bytes a POSIX shell takes literally in an unquoted word, in any position.
  private static let plain = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@%+=:,./_-".unicodeScalars)

  /// `value` as it is when every character is plain, else in single quotes, each `'` inside written `'\''` (close,
  /// an escaped quote, reopen): a shell reads nothing inside single quotes specially. A word starting with `-` is
  /// made `./-…`, so the command does not read it as an option. An empty value is `''`.
  static func quoted(_ value: String) -> String {
    let word = value.hasPrefix("-") ? "./" + value : value
    if !word.isEmpty && word.unicodeScalars.allSatisfy(plain.contains) { return word }
    return "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}

/// Which build of `incentive` produced a number: printed by `incentive --version`, written into
/// the calculate JSON (`tool_version`) and into every ledger entry, so finance can tell a figure
/// from this build from one made by another.
///
/// Bumped with every release that can change an output; `check` names a golden file's version
/// when it differs and never counts the version itself as a difference.
public enum ToolVersion {
  /// Semantic version of this build.
  public static let current = "0.16.0"
  /// The JSON key the version travels under.
  static let jsonKey = "tool_version"
}

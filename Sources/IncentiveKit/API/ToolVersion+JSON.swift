extension JSONValue {
  /// The document with `tool_version` added as its last key, so every JSON output names the build
  /// that produced it (issue 16); a value that is not an object is returned as it is.
  func stampedWithToolVersion() -> JSONValue {
    guard case .object(let members) = kind else { return self }
    return JSONValue(
      .object(members + [JSONMember(key: ToolVersion.jsonKey, value: .string(ToolVersion.current))]))
  }
}

/// A column a dataset file is read for: its header name and whether the file must have it.
public struct TableColumn: Sendable, Hashable {
  public var name: String
  public var isRequired: Bool

  public static func required(_ name: String) -> TableColumn { TableColumn(name: name, isRequired: true) }
  public static func optional(_ name: String) -> TableColumn { TableColumn(name: name, isRequired: false) }
}

/// One difference between two versions of a plan document, for a reviewer reading a pull request
/// that changes how people are paid: the key's path, its old value and its new one.
///
/// Compared as JSON, key by key, so every key counts (including ones added after this was
/// written); arrays of objects with an `id` (components) are matched by id rather than position,
/// so inserting a component shows as one addition, not as every later one changing.
struct PlanChange: Sendable, Equatable {
  /// `payout_cap`, `tracks.ic.components[delivery].weight`.
  var path: String
  /// Compact JSON; nil when the key is new.
  var before: String?
  /// Compact JSON; nil when the key was removed.
  var after: String?

  /// Every changed, added or removed key from `old` to `new`, in document order.
  static func between(_ old: JSONValue, _ new: JSONValue, path: String = "") -> [PlanChange] {
    if old == new { return [] }
    if let oldMembers = old.objectMembers, let newMembers = new.objectMembers {
      var keys: [String] = []
      for member in oldMembers + newMembers where !keys.contains(member.key) { keys.append(member.key) }
      return keys.flatMap { key in
        changes(old[key], new[key], path: path.isEmpty ? key : path + "." + key)
      }
    }
    if let oldItems = identified(old), let newItems = identified(new) {
      var ids: [String] = []
      for (id, _) in oldItems + newItems where !ids.contains(id) { ids.append(id) }
      return ids.flatMap { id in
        changes(
          oldItems.first { $0.id == id }?.value, newItems.first { $0.id == id }?.value, path: path + "[\(id)]")
      }
    }
    return [PlanChange(path: path, before: JSONWriter.compact(old), after: JSONWriter.compact(new))]
  }

  private static func changes(_ old: JSONValue?, _ new: JSONValue?, path: String) -> [PlanChange] {
    switch (old, new) {
    case (let old?, let new?): return between(old, new, path: path)
    case (let old?, nil): return [PlanChange(path: path, before: JSONWriter.compact(old), after: nil)]
    case (nil, let new?): return [PlanChange(path: path, before: nil, after: JSONWriter.compact(new))]
    case (nil, nil): return []
    }
  }

  /// The elements of an array whose every element is an object with a string `id`, by id.
  private static func identified(_ value: JSONValue) -> [(id: String, value: JSONValue)]? {
    guard let items = value.arrayValue else { return nil }
    var result: [(id: String, value: JSONValue)] = []
    for item in items {
      guard let id = item["id"]?.stringValue else { return nil }
      result.append((id, item))
    }
    return result
  }
}

extension PlanChange {
  /// A plan as a run read it, its bytes and path: all a plan change needs, kept once the run's data is let go.
  struct Source: Sendable {
    var bytes: [UInt8]
    var path: String
  }

  /// The changes from the plan file at `oldPath` to a plan a run already read (`newPlan`); the old file must be a
  /// plan (`PlanDecoder` reads it first), so a typo'd path or a broken old plan is an error, not an empty change.
  ///
  /// - Throws: `PlanError` for a file that can't be read or isn't a plan.
  static func between(oldPlanPath oldPath: String, newPlan: Source) throws -> [PlanChange] {
    let old = try PlanDecoder.load(path: oldPath).1
    return try between(oldPlan: Source(bytes: old, path: oldPath), newPlan: newPlan)
  }

  /// The changes between two plans already read and decoded, from their bytes: nothing is read again.
  static func between(oldPlan old: Source, newPlan new: Source) throws -> [PlanChange] {
    between(try JSONParser.parse(old.bytes, file: old.path), try JSONParser.parse(new.bytes, file: new.path))
  }
}

extension PayoutRun {
  /// The plan's bytes and path, for a plan change (`PlanChange.between`).
  var planSource: PlanChange.Source { PlanChange.Source(bytes: planBytes, path: planPath) }
}

/// Values DevLake computes per project (`project_pr_metrics`, `project_incident_deployment_relationships`):
/// the row of the project a team is; when the table names no such project at all (a `--team` import
/// renames it), the first row of the id, since the figures then come from the one project exported.
struct ProjectKeyed<Value> {
  private var byProject: [String: Value] = [:]
  private var byID: [String: Value] = [:]
  private var projects: Set<String> = []

  mutating func set(_ value: Value, id: String, project: String?) {
    byProject[id + "\u{0}" + (project ?? "")] = value
    projects.insert(project ?? "")
    if byID[id] == nil { byID[id] = value }
  }

  func value(id: String, project: String) -> Value? {
    projects.contains(project) ? byProject[id + "\u{0}" + project] : byID[id]
  }
}

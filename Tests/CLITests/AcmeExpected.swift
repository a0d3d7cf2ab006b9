import Foundation

/// The hand-derived figures of Fixtures/acme/expected.json (derive.py and WORKED.md), read once
/// for tests that check another rendering of the same payouts.
struct AcmeExpected {
  struct Team {
    var team: String
    var headcount: Int
    var payout: String
  }

  struct Engineer {
    var id: String
    var payout: String
  }

  var total: String
  var teams: [Team]
  var engineers: [Engineer]

  static let shared: AcmeExpected = {
    let url = CLIRunner.root.appendingPathComponent("Fixtures/acme/expected.json")
    let json = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    let teams = (json["teams"] as! [[String: Any]]).map {
      Team(team: $0["team"] as! String, headcount: $0["headcount"] as! Int, payout: $0["payout"] as! String)
    }
    let engineers = (json["engineers"] as! [[String: Any]]).map {
      Engineer(id: $0["engineer_id"] as! String, payout: $0["payout"] as! String)
    }
    return AcmeExpected(total: json["total"] as! String, teams: teams, engineers: engineers)
  }()

  /// `87757.48` → `87,757.48`, written independently of the program's own formatting.
  static func grouped(_ plain: String) -> String {
    let parts = plain.split(separator: ".")
    var integer = String(parts[0])
    var index = integer.count - 3
    while index > 0 {
      integer.insert(",", at: integer.index(integer.startIndex, offsetBy: index))
      index -= 3
    }
    return integer + "." + parts[1]
  }
}

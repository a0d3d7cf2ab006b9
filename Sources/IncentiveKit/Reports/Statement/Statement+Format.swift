extension Statement {
  /// The formats a statement can be written in.
  public enum Format: String, Sendable, CaseIterable {
    case text, markdown, html, json

    /// The file extension of `statement --all --output DIR` files.
    public var fileExtension: String {
      switch self {
      case .text: return "txt"
      case .markdown: return "md"
      case .html: return "html"
      case .json: return "json"
      }
    }
  }

  public func render(_ format: Format) -> String {
    switch format {
    case .text: return renderText()
    case .markdown: return renderMarkdown()
    case .html: return renderHTML()
    case .json: return renderJSON()
    }
  }

  /// Every paid person's statement with its file name (`fileName(forID:format:)`), rendered on the thread that paid
  /// them (`PayoutRun.Paying`, with each component's arithmetic) and handed to `body` in engineer order: no payout is
  /// kept, and only a few blocks of statements are held at a time. The roster's names are indexed once for all of
  /// them (`Redaction.Catalogue`).
  ///
  /// - Parameter shell: the run's report before anyone is paid (`PayoutRun.paying`): the plan, period and metrics
  ///   every statement shows.
  static func forEach(
    paying: PayoutRun.Paying, shell: PayoutReport, roster: Roster, format: Format,
    _ body: (_ fileName: String, _ text: String) throws -> Void
  ) throws {
    let redactions = Redaction.Catalogue(roster: roster)
    _ = try paying(
      notesOnly: false,
      render: { payout in
        let redaction = redactions.redaction(keeping: payout.engineer.id, ownName: payout.engineer.name)
        return (
          fileName(forID: payout.engineer.id, format: format),
          Statement(report: shell, payout: payout, redaction: redaction).render(format)
        )
      },
      consume: { (statement: (fileName: String, text: String)) in try body(statement.fileName, statement.text) })
  }

  /// The file of `id`'s statement in `statement --all`: unique per id by construction, the same for
  /// an id in every run, and always a plain name inside the folder.
  ///
  /// ASCII letters, digits and `-` stand for themselves, as does `.` except first; every other
  /// byte of the id's UTF-8 is written `_XX` (upper-case hex), so `a/b` is `a_2Fb` and `a_b` is
  /// `a_5Fb` (no two ids share a name). An escaped stem over 120 bytes is cut to 100 and ends in
  /// `~` and the first 16 hex digits of the id's SHA-256 (`~` is never in a short name), keeping the
  /// name under every file system's 255-byte limit.
  static func fileName(forID id: String, format: Format) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var stem: [UInt8] = []
    for (index, byte) in id.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
        stem.append(byte)
      case UInt8(ascii: ".") where index > 0:
        stem.append(byte)
      default:
        stem += [UInt8(ascii: "_"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    if stem.isEmpty { stem = Array("_".utf8) }
    if stem.count > 120 {
      stem = Array(stem.prefix(100)) + Array("~".utf8) + Array(SHA256.hexDigest(Array(id.utf8)).prefix(16).utf8)
    }
    return String(decoding: stem, as: UTF8.self) + "." + format.fileExtension
  }
}

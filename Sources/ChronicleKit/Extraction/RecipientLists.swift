import Foundation

/// Recipients named one after another rather than counted: "Công an huyện A, Công an huyện B và Công an
/// thị xã C", "Chị A, Chủ tịch Hội LHPN xã X, và chị B, …", "khu vực 5, phường Long Hòa và khu vực 3, …".
extension AwardFinder {
    /// "phường Long Hòa", "xã Phú Thịnh": a place named by its kind word, lowercase as running text writes it.
    func opensWithPlaceWord(_ text: String) -> Bool {
        units.catalog.placeKindWords.contains { text.hasPrefix($0 + " ") }
    }

    /// "giáo viên Trường Tiểu học Ea Tul", "đảng viên Chi bộ Khoa Sản": a person's role and workplace
    /// (after "bà A,"), not another person.
    func isRoleAt(_ text: String) -> Bool {
        guard let title = singlePerson.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length), anchored: true)
        else { return false }
        return opensWithUnit(text.substring(utf16From: title.upperBound - 1))
    }

    /// The recipients named in a list: each part joined by "và" opens with a name, and may go on with
    /// more names of the same sort ("Công an huyện A, Công an huyện B và Công an thị xã C": three) or
    /// with the name's title and place set off by commas, which are no recipients ("Chị A, Chủ tịch Hội
    /// LHPN xã X và chị B, Chi hội trưởng …, xã Y": two; "Đảng bộ xã A và ông B - Bí thư …, xã C": two;
    /// "bà A, giáo viên Trường B": one).
    func namedRecipients(inList subject: String) -> [(name: String, kind: NamedRecipient)] {
        func named(_ piece: Substring) -> (name: String, kind: NamedRecipient)? {
            let trimmed = piece.trimmingWhitespace()
            return namedRecipient(openingWith: trimmed).map { (trimmed, $0) }
        }
        // "ông A (tổ dân phố 5, phường Phúc Đồng), bà B …": what a name's parentheses say is no name, commas and all.
        // Semicolons part names as "và" does: "Đảng bộ xã A; đồng chí B, Bí thư …".
        var parts = giverJoiner.split(Self.parenthetical.replacingMatches(in: subject, with: "")).flatMap { $0.split(separator: ";").map(String.init) }
        // An opener ("Dịp này,", "Tại buổi lễ,") may come before the first name.
        if let first = parts.first {
            let pieces = first.split(separator: ",")
            guard let start = pieces.firstIndex(where: { named($0) != nil }) else { return [] }
            parts[0] = pieces[start...].joined(separator: ",")
        }
        var recipients: [(name: String, kind: NamedRecipient)] = []
        for part in parts {
            let pieces = part.split(separator: ",")
            guard let head = pieces.first.flatMap(named) else { return [] }
            recipients.append(head)
            var last = head.kind
            for piece in pieces.dropFirst() {
                // "khu vực 5, phường Long Hòa": a place after a name is where it is, unless the list is of places. A person
                // may follow a unit ("Hội Chữ thập đỏ huyện A, ông B"); a unit after a person is where the person works.
                guard let more = named(piece), more.kind == last || (last == .unit && more.kind == .person), !isRoleAt(more.name),
                      !opensWithPlaceWord(more.name) || opensWithPlaceWord(head.name) else { break }
                recipients.append(more)
                last = more.kind
            }
        }
        return recipients
    }
}

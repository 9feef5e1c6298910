import Foundation

/// After all clauses are read: the same award told twice, recaps and headline totals, and kinds left
/// generic named by captions.
extension AwardFinder {
    /// The same award told twice (a recap in the last paragraph) counts once, and a headline
    /// total equal to the sum of the other clauses ("55 tập thể, cá nhân" = 25 + 30) is not counted.
    func dropRecaps(_ awards: [Award]) -> [Award] {
        // "… trao Bằng khen của Trung ương Hội Nông dân cho 2 tập thể" and "2 tập thể … được Ban Chấp hành Trung
        // ương Hội Nông dân tặng Bằng khen": one giver, whichever organ is named for it. The telling that names
        // the giver itself, organ and all, is kept.
        // "Tư lệnh Quân khu" in a line retelling "Tư lệnh Quân khu 2"'s award: the giver named in full elsewhere.
        let givers = Set(awards.compactMap(\.giver))
        let unitKeys = awards.map { award in
            // Only when one giver so completes it: "Tư lệnh Quân khu" beside Quân khu 4 and 5 is neither.
            headedUnitOf(award.giver.flatMap { giver in
                let longer = givers.filter { Self.withDesignator(giver, $0) }
                return longer.count == 1 ? longer.first : nil
            } ?? award.giver ?? "")
        }
        let keys = zip(awards, unitKeys).map { award, unit in
            "\(unit)|\(award.kind)|\(award.collectives ?? 0)|\(award.individuals ?? 0)|\(award.combined ?? 0)"
        }
        // An organ acting for the unit is its giver rather than a person's post: "Ban Thường vụ Đảng ủy Khối …" over "Bí thư
        // Đảng ủy Khối …", a presenter.
        let fullness = awards.map { award -> Int in
            let named = award.giverFrom == nil ? 4 : 0
            let byOrgan = award.giver.flatMap { units.catalog.organ(opening: $0) } != nil ? 2 : 0
            return named + byOrgan
        }
        var best: [String: Int] = [:]
        for index in awards.indices where best[keys[index]].map({ fullness[index] > fullness[$0] }) ?? true { best[keys[index]] = index }
        var seen = Set<String>()
        let unique = awards.indices.compactMap { index in seen.insert(keys[index]).inserted ? awards[best[keys[index]]!] : nil }
        // One unit named twice for one award ("X trao Cờ thi đua cho Công đoàn Y." and "Công đoàn Y vinh dự đón
        // nhận Cờ thi đua của Z"): the telling that names the giver ("của Z") is kept.
        var namedOnce: [String: Int] = [:]
        for (index, award) in unique.enumerated() where award.recipientNamed == true {
            let key = award.kind + "|" + VietnameseFolding.looseKey(award.recipient ?? "")
            guard let other = namedOnce[key] else { namedOnce[key] = index; continue }
            func weight(_ award: Award) -> Int {
                (giverMarker.matches(award.evidence) ? 4 : 0) + (award.giver != nil ? 2 : 0) + (award.giverFrom == nil ? 1 : 0)
            }
            if weight(award) > weight(unique[other]) { namedOnce[key] = index }
        }
        let namedKept = Set(namedOnce.values)
        let kept = unique.enumerated().filter { index, award in
            if award.recipientNamed == true, !namedKept.contains(index) { return false }
            // "60 gương được tuyên dương năm nay …" beside "Ban Thường vụ Tỉnh đoàn tuyên dương 60 …": no giver named, told again.
            if award.giverFrom == "organizer", unique.contains(where: { $0.giverFrom == nil && Self.sameKindAndCounts($0, award) }) { return false }
            // "Ngành Y tế Hà Tĩnh tuyên dương 10 tập thể, 18 cá nhân" leading the story the body tells as "Ban Thường vụ
            // Đảng ủy Sở Y tế tuyên dương 10 tập thể và 18 cá nhân": the lead sums it up, the body names the giver.
            // (Not when the body's telling names no giver: "Các tập thể được tặng Cờ thi đua gồm: …" after the lead's clause.)
            if award.inLead == true, unique.contains(where: { $0.inLead != true && $0.giverFrom == nil && Self.sameKindAndCounts($0, award) }) { return false }
            // "2 cá nhân được Ban Tuyên giáo Trung ương tặng Kỷ niệm chương" beside "Phó Trưởng Ban Tuyên giáo Tỉnh ủy … trao Kỷ
            // niệm chương … cho 2 cá nhân": a kind only central bodies give, handed over by a local one, told again.
            if centralOnly[award.kind] != nil, !isCentral(award.giver),
               unique.contains(where: { isCentral($0.giver) && Self.sameKindAndCounts($0, award) }) { return false }
            // "30 gương mặt được tuyên dương" and "Bằng khen cho 30 đoàn viên" are the same people. A giver named for the
            // generic one makes it an award of its own ("Ban Thường vụ Tỉnh ủy biểu dương 25 tập thể …; Chủ tịch UBND tỉnh
            // tặng Bằng khen cho 25 tập thể … được biểu dương"). A ceremony named by a bare "khen thưởng" is named for them, whoever
            // gives, when both name them alike ("Công an quận tổ chức lễ khen thưởng 3 thanh niên" beside "… trao Giấy khen của Giám đốc
            // Công an thành phố cho 3 thanh niên"; not "… lễ khen thưởng 2 học sinh" beside "Giấy khen cho 2 giáo viên").
            if award.kindFrom == "generic", unique.contains(where: { other in
                other.kindFrom == nil && Self.sameCounts(other, award)
                    && (award.giverFrom != nil || award.giver.map { headedUnitOf($0) == headedUnitOf(other.giver ?? "") } ?? true
                        || (unspecifiedKinds.contains(award.kind) && namedByEvent.matches(award.evidence) && Self.sameCountedNouns(award, other)))
            }) { return false }
            // "48 CNVCLĐ tiêu biểu được tuyên dương" beside Bằng khen for 3 and for 45 cá nhân: the same people, counted by kind.
            // "31 cá nhân được tuyên dương tại buổi lễ" beside "tuyên dương, tặng Giấy khen cho 12 tập thể và 31 cá nhân": a part told again.
            if award.kindFrom == "generic", award.giverFrom == "organizer",
               Self.sumsOfOthers(award, unique.filter { $0.kindFrom == nil }) || unique.contains(where: { $0.kindFrom == nil && Self.isPart(award, of: $0) }) { return false }
            // "… trao Giấy khen của Đảng ủy cho 4 đồn" beside "Đảng ủy tặng Giấy khen cho 4 đồn … và 12 đảng viên": a part retold.
            if unique.contains(where: { retells($0, part: award) }) { return false }
            // "Lãnh đạo quận tuyên dương 52 tập thể, cá nhân" beside "tuyên dương … 17 tập thể, 35 cá nhân": told again.
            // (Not another giver's, named in the same paragraph: "Chủ tịch UBND tỉnh tặng Bằng khen cho 18 tập thể, 22 cá nhân; Ban
            // Thường vụ Tỉnh ủy tặng Bằng khen cho 40 tập thể, cá nhân".)
            // (Nor a clause of its own in the same paragraph naming its kind again: "… trao Huân chương Bảo vệ Tổ quốc hạng Ba cho 1 tập
            // thể và Huân chương Chiến công hạng Ba cho 1 tập thể, 2 cá nhân".)
            if unique.contains(where: { $0.kind == award.kind && Self.countsAllOf($0, award) && !otherGiversInOneParagraph($0, award)
                && !twoClausesNamingTheKind(award, $0) }) { return false }
            // "Công an tỉnh tổ chức lễ khen thưởng Thượng úy A …" beside "… trao Bằng khen của Chủ tịch UBND tỉnh cho Thượng úy A": the
            // ceremony named for the one whose awards are told.
            // (The name as far as its parenthesis, comma or joiner: "Thượng úy A (Đội CSGT …) vì …", "tập thể tàu cá BĐ 96123 TS và 9
            // ngư dân …".)
            if award.kindFrom == "generic", award.recipientNamed == true,
               let name = award.recipient.map({ VietnameseFolding.looseKey(recipientJoiner.split(String($0.prefix { $0 != "(" && $0 != "," })).first ?? "") }),
               !name.isEmpty,
               unique.contains(where: { $0.kindFrom == nil && VietnameseFolding.looseKey($0.evidence).contains(name) }) { return false }
            // "Anh Nguyễn Văn B vinh dự nhận Bằng khen …" beside "Bằng khen cho 10 cá nhân": one of them, counted already.
            if award.recipientNamed == true, unique.contains(where: { other in
                other.recipientNamed != true && other.kind == award.kind && (other.giver == nil || award.giver == nil || other.giver == award.giver)
                    && ((award.individuals ?? 0) > 0 ? (other.individuals ?? 0) + (other.combined ?? 0) > 0 : (other.collectives ?? 0) + (other.combined ?? 0) > 0)
            }) { return false }
            return true
        }.map(\.element)
        let handedOver = withoutHandingOverParts(kept)
        // "Như vậy, tổng cộng có 58 tập thể và 73 cá nhân": a recap adding up the split clauses around it.
        let split = handedOver.filter { $0.combined == nil }
        let clauses = handedOver.enumerated().filter { index, award in
            let others = split.filter { $0 != award }
            // A clause naming a giver of its own, not one of the others', is an award, whatever its counts add up to.
            let ownGiver = award.giverFrom == nil && !unspecifiedKinds.contains(award.kind)
                && !others.contains { unitOf($0.giver ?? "") == unitOf(award.giver ?? "") }
            // Recipients named one by one are never a recap's total, nor is a total whose parts are told as its own.
            return ownGiver || award.recipientNamed == true || award.partsTold == true || !(award.combined == nil && others.count >= 2 && others.count == split.count - 1
                     && others.reduce(0, { $0 + ($1.collectives ?? 0) }) == (award.collectives ?? 0)
                     && others.reduce(0, { $0 + ($1.individuals ?? 0) }) == (award.individuals ?? 0))
        }.map(\.element)
        // "biểu dương 46 điển hình" beside clauses that add up to 46, or a generic "khen thưởng 36 tập thể, cá nhân"
        // beside a Bằng khen for 1 and Giấy khen for 14 and 21 (a tuyên dương of 10 left out): a headline total.
        // (Awards of a kind named add up to some of the others by chance too often.)
        return clauses.enumerated().filter { index, award in
            let others = clauses.enumerated().filter { $0.offset != index }.map(\.element)
            // "85 gương được biểu dương" beside Bằng khen for 2 tập thể and 3 cá nhân, 30 and 45, and 5 cá nhân: people
            // counted with the collectives among them (a count of people alone adds up to no collectives by chance). Only
            // an honour a verb names heads others so ("Bằng khen cho 8 cá nhân" beside Giấy khen for 6 and 1 + 1 is its own).
            // (Not one more giver's, in the paragraph naming theirs: "…; 5 y, bác sĩ được Bộ Y tế trao Kỷ niệm chương; Giám đốc bệnh
            // viện khen thưởng 25 cá nhân …".)
            // A ceremony named by those it honours ("… tổ chức Lễ tuyên dương 100 công nhân" beside Bằng khen for 10, 20 and 70 of
            // them, and for 5 công đoàn) heads what is given at it, whoever holds it: its people may be the others' people alone.
            let otherKinds = others.filter { $0.kind != award.kind }
            let namesCeremony = namedByEvent.matches(award.evidence)
            if verbKinds.contains(award.kind), award.collectives == nil, award.combined == nil, let individuals = award.individuals, award.recipientNamed != true,
               otherKinds.count >= 2, namesCeremony || otherKinds.contains(where: { ($0.collectives ?? 0) > 0 }),
               !otherKinds.contains(where: { otherGiversInOneParagraph($0, award) }),
               // (Nor the honour of a giver it names, none of the others': "…; Ban Chấp hành Đoàn trường tuyên dương 26 đoàn viên …"
               // beside the principal's Giấy khen for 4 classes and 17 pupils and the cell's biểu dương of 5 teachers.)
               !(award.giverFrom == nil && !namesCeremony && award.giver.map { giver in !others.contains { unitOf($0.giver ?? "") == unitOf(giver) } } == true),
               otherKinds.map(\.total).reduce(0, +) == individuals
                || (namesCeremony && otherKinds.map { $0.individuals ?? 0 }.reduce(0, +) == individuals) { return false }
            guard let combined = award.combined, award.collectives == nil, award.individuals == nil else { return true }
            // "Tổng công ty Đường sắt Việt Nam vừa tuyên dương 32 tập thể, cá nhân" beside "Tổng giám đốc Tổng công ty … đã tặng Giấy
            // khen cho 5 tập thể và 27 cá nhân": an honour a verb names, all of one award of its unit's, told again.
            if verbKinds.contains(award.kind), award.recipientNamed != true, let unit = award.giver.map(headedUnitOf),
               others.contains(where: { other in
                   guard Self.countsAllOf(other, award) else { return false }
                   // Its head's ("Tổng giám đốc Tổng công ty …") or its own.
                   let otherUnit = headedUnitOf(other.giver ?? "")
                   return otherUnit == unit || otherUnit.hasSuffix(" " + unit)
               }) { return false }
            // "Tại buổi lễ, Ban Thường vụ Thành ủy tuyên dương 45 tập thể, cá nhân …" beside Giấy khen and Bằng khen
            // adding up to 45 by chance: a kind of its own, given by an organ named as the body of a story
            // names it (headlines name the unit or the place), is an award.
            // ("tổ chức lễ tuyên dương 85 tập thể, cá nhân" names the ceremony by all it honours: a total.)
            // (Or by an office: "…; Chủ tịch UBND huyện tặng Giấy khen cho 7 tập thể, cá nhân" beside another giver's 2 and 5.)
            // (Its organ written in the clause: "(Baohatinh.vn) - Huyện ủy Can Lộc biểu dương 60 tập thể, cá nhân …" names the unit
            // as a headline does, though its Ban Thường vụ gave.)
            // (Or a unit giving a kind a verb does not name, in the very paragraph of the clauses it would add up: "… tặng Bằng khen cho 8
            // tập thể và 12 cá nhân …; Ban Tuyên giáo Tỉnh ủy tặng Giấy khen cho 20 tập thể, cá nhân …".)
            if let giver = award.giver, award.giverFrom == nil, !unspecifiedKinds.contains(award.kind),
               namedByOrganOrOffice(giver) || (!verbKinds.contains(award.kind) && others.allSatisfy { other in
                   // (Heading none of them: "Tỉnh ủy" summing its Ban's and its Ban Thường vụ's awards is a total.)
                   other.line == award.line && !unitOf(other.giver ?? "").contains(unitOf(giver))
               }),
               units.catalog.organ(opening: giver).map({ VietnameseFolding.looseKey(award.evidence).contains(VietnameseFolding.looseKey($0)) }) ?? true,
               !namedByEvent.matches(award.evidence),
               !others.contains(where: { $0.kind == award.kind && !otherGiversInOneParagraph($0, award) }) { return true }
            return others.isEmpty || (others.map(\.total).reduce(0, +) != combined
                && !(award.kindFrom == "generic" && Self.someAddUpTo(combined, others.map(\.total))))
        }.map(\.element)
    }

    /// "Ban Thường vụ Thành ủy khen thưởng 15 tập thể và 22 cá nhân", told again as it was handed over, "… trao Giấy khen của Ban
    /// Thường vụ Thành ủy cho 15 tập thể và 10 cá nhân" and "… cho 12 cá nhân còn lại": two or more other lines of its giver adding
    /// up to it, after it or before it (photos told in the body, the award told whole at the end), are not awards of their own,
    /// and a kind they all name is its kind.
    func withoutHandingOverParts(_ awards: [Award]) -> [Award] {
        var awards = awards
        var dropped = Set<Int>()
        for whole in awards.indices where awards[whole].combined == nil && !dropped.contains(whole) {
            let unit = headedUnitOf(awards[whole].giver ?? "")
            guard !unit.isEmpty else { continue }
            let parts = awards.indices.filter { part in
                part != whole && !dropped.contains(part) && awards[part].line != awards[whole].line && awards[part].combined == nil
                    && awards[part].recipientNamed != true && headedUnitOf(awards[part].giver ?? "") == unit
                    && (awards[part].kind == awards[whole].kind || awards[whole].kindFrom == "generic")
            }
            guard parts.count >= 2, parts.reduce(0, { $0 + (awards[$1].collectives ?? 0) }) == (awards[whole].collectives ?? 0),
                  parts.reduce(0, { $0 + (awards[$1].individuals ?? 0) }) == (awards[whole].individuals ?? 0) else { continue }
            let kinds = Set(parts.map { awards[$0].kind })
            if awards[whole].kindFrom == "generic", kinds.count == 1, let kind = kinds.first, !unspecifiedKinds.contains(kind) {
                awards[whole].kind = kind
                awards[whole].kindFrom = "caption"
            }
            dropped.formUnion(parts)
        }
        return awards.indices.filter { !dropped.contains($0) }.map { awards[$0] }
    }

    /// Two clauses of one paragraph, neither holding the other, naming two awards of the kind by different names ("Huân chương
    /// Bảo vệ Tổ quốc hạng Ba cho 1 tập thể và Huân chương Chiến công hạng Ba cho …"; not "Bằng khen của Thủ tướng Chính phủ"
    /// told again).
    func twoClausesNamingTheKind(_ award: Award, _ other: Award) -> Bool {
        guard award.line == other.line, award.kindFrom == nil, other.kindFrom == nil, !award.evidence.contains(other.evidence),
              !other.evidence.contains(award.evidence), let name = awardName(in: award.evidence), let otherName = awardName(in: other.evidence)
        else { return false }
        // One name holding the other ("bằng khen" told again as "bằng khen là …") is the same award.
        return !name.hasPrefix(otherName) && !otherName.hasPrefix(name)
    }

    /// The award's own name in an evidence, from its kind to the clause's next word of recipients or giver ("huan chuong chien
    /// cong hang ba"), loosely keyed.
    private func awardName(in evidence: String) -> String? {
        let length = (evidence as NSString).length
        guard let kind = anyKind.firstMatch(in: evidence, range: NSRange(location: 0, length: length)) else { return nil }
        let after = NSRange(location: kind.upperBound, length: length - kind.upperBound)
        let end = ofEnd.firstMatch(in: evidence, range: after)?.location ?? length
        return VietnameseFolding.looseKey(evidence.substring(utf16: NSRange(location: kind.location, length: end - kind.location)))
    }

    /// Each count of `award` is written before the same word in `other`'s evidence as in its own ("3 thanh niên" in both).
    static func sameCountedNouns(_ award: Award, _ other: Award) -> Bool {
        [award.collectives, award.individuals, award.combined].compactMap { $0 }.allSatisfy { count in
            guard let noun = wordAfter(count, in: award.evidence) else { return false }
            return wordAfter(count, in: other.evidence) == noun
        }
    }

    /// The word after a count in a text ("3 thanh niên" → "thanh"), lowercased; nil when the count is not written in figures.
    private static func wordAfter(_ count: Int, in text: String) -> String? {
        let words = text.lowercased().split { $0 == " " || $0 == "," || $0 == ";" }
        // ("02 tập thể": a count written with a leading zero.)
        guard let index = words.firstIndex(where: { Int($0) == count }), index + 1 < words.count else { return nil }
        return String(words[index + 1])
    }

    /// Clauses looked at for a total adding up some of them: more would take long and prove little.
    static let mostClausesSummed = 12

    /// Two or more of `totals` add up to `sum`.
    static func someAddUpTo(_ sum: Int, _ totals: [Int]) -> Bool {
        guard totals.count >= 2, totals.count <= mostClausesSummed else { return false }
        for subset in 1..<(1 << totals.count) where subset.nonzeroBitCount >= 2 {
            if totals.indices.reduce(0, { subset & (1 << $1) != 0 ? $0 + totals[$1] : $0 }) == sum { return true }
        }
        return false
    }

    /// Same known giver and kind, told again ("Hai tập thể nhận Bằng khen của Thủ tướng Chính phủ là …", in the
    /// same paragraph or another), and `part` has only the collectives or
    /// only the individuals of `whole`. The giver counts as the same when only the organ differs:
    /// "Lãnh đạo huyện trao Giấy khen cho 18 tập thể" under "Ban Thường vụ Huyện ủy tặng Giấy khen cho
    /// 18 tập thể, 27 cá nhân".
    func retells(_ whole: Award, part: Award) -> Bool {
        // "Hai tập thể được tặng Bằng khen gồm: …" names no giver: the organizer's stands in, and is no other.
        guard let wholeGiver = whole.giver, let partGiver = part.giver,
              headedUnitOf(wholeGiver) == headedUnitOf(partGiver) || Self.withHoldersName(wholeGiver, partGiver) || part.giverFrom == "organizer",
              whole.kind == part.kind, whole.evidence != part.evidence, !twoClausesNamingTheKind(whole, part),
              part.combined == nil, whole.combined == nil,
              let wholeCollectives = whole.collectives, let wholeIndividuals = whole.individuals else { return false }
        return (part.collectives == wholeCollectives && part.individuals == nil)
            || (part.individuals == wholeIndividuals && part.collectives == nil)
            // "Đồng chí A, Phó Bí thư Đảng ủy Than Quảng Ninh trao Giấy khen cho 2 tập thể, 3 cá nhân" after "Đảng ủy Than Quảng
            // Ninh tặng Giấy khen cho 2 tập thể và 3 cá nhân", or the giver written without its place: one giver's unit does
            // not give a second award of the kind to exactly as many, told later.
            || (partGiver != wholeGiver && part.line > whole.line && part.collectives == wholeCollectives && part.individuals == wholeIndividuals)
    }

    /// "Giám đốc Agribank Chi nhánh tỉnh Bến Tre Võ Thanh Hùng" beside "Giám đốc Agribank Chi nhánh tỉnh Bến Tre": one giver
    /// written with the name of whoever holds the post (two to four capitalized words after it; "Đảng ủy Khối …" is another).
    static func withHoldersName(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.hasPrefix(short + " ") else { return false }
        let name = long.dropFirst(short.count + 1).split(separator: " ")
        return (2...4).contains(name.count) && name.allSatisfy { $0.first?.isUppercase == true }
    }

    /// `long` is `short` with the number that tells it from others of its kind: "Tư lệnh Quân khu" and "Tư lệnh Quân khu 2".
    static func withDesignator(_ short: String, _ long: String) -> Bool {
        guard long.hasPrefix(short + " ") else { return false }
        let rest = long.dropFirst(short.count + 1)
        return !rest.isEmpty && rest.count <= 3 && rest.allSatisfy(\.isNumber)
    }

    /// A giver named as a body of the whole country ("Ban Tuyên giáo Trung ương").
    func isCentral(_ giver: String?) -> Bool {
        giver.map { units.mentions(in: $0).contains { $0.kind.place == "central" } } ?? false
    }

    /// A giver's loose key without the organ acting for it ("Ban Thường vụ", "Lãnh đạo").
    func unitOf(_ giver: String) -> String {
        VietnameseFolding.looseKey(units.catalog.withoutOrgan(giver))
    }

    /// The same, without the post of the person heading it either: one award told as "Ban Thường vụ Đảng ủy Khối …
    /// tặng Giấy khen cho 5 tổ chức" and "Đồng chí …, Bí thư Đảng ủy Khối … trao Giấy khen cho 5 tổ chức" (a presenter's
    /// title). Only for retellings of one award: the recap check keeps `unitOf`, so a unit's clause and its head's stay two.
    func headedUnitOf(_ giver: String) -> String {
        let unit = units.catalog.withoutOrgan(giver)
        guard let title = officeTitleStart.firstMatch(in: unit) else { return VietnameseFolding.looseKey(unit) }
        let rest = String(unit[title.range.upperBound...])
        // "Trưởng Ban Tuyên giáo Tỉnh ủy" heads "Ban Tuyên giáo Tỉnh ủy": the post's last word begins the unit's name.
        if let lastWord = title.value.split(separator: " ").last, case let named = lastWord + " " + rest,
           units.mentions(in: named).first?.range.location == 0 {
            return VietnameseFolding.looseKey(named)
        }
        return VietnameseFolding.looseKey(rest)
    }

    func giverCaptionKeys(_ giver: String) -> [String] {
        let full = VietnameseFolding.looseKey(giver)
        guard !full.isEmpty else { return [] }
        var keys = [full]
        var unit = giver
        if let title = officeTitleStart.firstMatch(in: unit) { unit = String(unit[title.range.upperBound...]) }
        let withoutTitle = unit
        if let place = placeSuffix.firstMatch(in: unit) { unit = String(unit[..<place.range.lowerBound]) + String(place[1] ?? "") }
        let key = VietnameseFolding.looseKey(unit)
        if key != full, key.split(separator: " ").count >= 2 { keys.append(key) }
        // "Ban Thường vụ Huyện ủy Kiến Xương" is "Ban Thường vụ Huyện ủy" in a caption of its own district, and
        // "Giám đốc Sở Y tế tỉnh Lạng Sơn" is "Sở Y tế" ("Lãnh đạo Sở Y tế trao Giấy khen …").
        for name in [giver, withoutTitle] {
            guard let place = units.places.mentions(in: name).last, place.range.upperBound == (name as NSString).length else { continue }
            var head = name.substring(utf16To: place.range.location).trimmingWhitespace()
            if let word = units.catalog.provincePlaceWords.union(units.catalog.districtPlaceWords).first(where: { head.lowercased().hasSuffix(" " + $0) }) {
                head = String(head.dropLast(word.count)).trimmingWhitespace()
            }
            for short in [VietnameseFolding.looseKey(name.substring(utf16To: place.range.location)), VietnameseFolding.looseKey(head)]
            where !keys.contains(short) && short.split(separator: " ").count >= 3 {   // "Công an" alone names every police giver
                keys.append(short)
            }
        }
        return keys
    }

    /// Only individuals (or only collectives), as many as those of `others` together, two or more of them.
    static func sumsOfOthers(_ award: Award, _ others: [Award]) -> Bool {
        guard others.count >= 2, award.combined == nil else { return false }
        if award.collectives == nil, let individuals = award.individuals { return individuals == others.reduce(0) { $0 + ($1.individuals ?? 0) } }
        if award.individuals == nil, let collectives = award.collectives { return collectives == others.reduce(0) { $0 + ($1.collectives ?? 0) } }
        return false
    }

    /// `award` counts, not split, as many as `other` does split: "32 tập thể, cá nhân" beside 5 tập thể and 27 cá nhân.
    static func countsAllOf(_ other: Award, _ award: Award) -> Bool {
        guard let combined = award.combined, award.collectives == nil, award.individuals == nil, other.combined == nil else { return false }
        return (other.collectives ?? 0) > 0 && (other.individuals ?? 0) > 0 && other.total == combined
    }

    /// Only individuals (or only collectives), as many as `whole` has of them beside others.
    static func isPart(_ award: Award, of whole: Award) -> Bool {
        guard award.combined == nil, whole.combined == nil, let wholeCollectives = whole.collectives, let wholeIndividuals = whole.individuals else { return false }
        return (award.collectives == nil && award.individuals == wholeIndividuals) || (award.individuals == nil && award.collectives == wholeCollectives)
    }

    /// Every count of the award is among the numbers a caption writes.
    static func repeatsCounts(of award: Award, in numbers: Set<Int>) -> Bool {
        let counts = [award.collectives, award.individuals, award.combined].compactMap { $0 }.filter { $0 > 0 }
        return !counts.isEmpty && counts.allSatisfy(numbers.contains)
    }

    /// The same, or one of its counts that `other` does not have ("trao Giấy khen cho 20 tập thể" is about the clause
    /// of 20 tập thể and 32 cá nhân, not the one of 4 tập thể and 6 cá nhân).
    static func repeatsCounts(of award: Award, in numbers: Set<Int>, besides other: Award) -> Bool {
        let otherCounts = Set([other.collectives, other.individuals, other.combined].compactMap { $0 })
        return repeatsCounts(of: award, in: numbers)
            || [award.collectives, award.individuals, award.combined].compactMap { $0 }.contains { $0 > 1 && numbers.contains($0) && !otherCounts.contains($0) }
    }

    /// The same kind and exactly the same counts.
    static func sameKindAndCounts(_ a: Award, _ b: Award) -> Bool {
        a.kind == b.kind && a.collectives == b.collectives && a.individuals == b.individuals && a.combined == b.combined
    }

    static func sameCounts(_ a: Award, _ b: Award) -> Bool {
        a.total == b.total && (a.collectives ?? 0) == (b.collectives ?? 0) || (a.total == b.total && (a.combined != nil || b.combined != nil))
    }

    /// "Dịp này, 20 tập thể và 25 cá nhân … được khen thưởng." under captions "… trao Bằng khen của Ban Thường vụ Tỉnh
    /// ủy cho …": the one giver the captions name for the kind they gave the clause, as written.
    func captionGiver(of kind: String, in captions: [ArticleText.Block]) -> String? {
        let givers = Set(captions.flatMap { caption in
            anyKind.matches(in: caption.folded).filter { kindName(String($0.value)) == kind }.compactMap { match in
                ofGiver(in: caption.folded, from: NSRange(match.range, in: caption.folded).upperBound, to: (caption.folded as NSString).length)
            }
        })
        return givers.count == 1 ? givers.first : nil
    }

    /// Both givers named by their clauses, in one paragraph, and not one unit: two awards, whatever their counts.
    func otherGiversInOneParagraph(_ a: Award, _ b: Award) -> Bool {
        guard a.line == b.line, a.giverFrom == nil, b.giverFrom == nil, let first = a.giver, let second = b.giver else { return false }
        // Each named by its organ or office ("Ban Thường vụ …", "Chủ tịch UBND …"), not a loose "Lãnh đạo quận" retelling a total.
        return unitOf(first) != unitOf(second) && [first, second].allSatisfy(namedByOrganOrOffice)
    }

    /// A giver named by the organ or the office giving for its unit ("Ban Thường vụ …", "Chủ tịch UBND …"), or a central body
    /// ("Ban Tuyên giáo và Dân vận Trung ương"), not a unit's loose name ("Lãnh đạo quận", "Liên đoàn Lao động tỉnh" summing up).
    private func namedByOrganOrOffice(_ giver: String) -> Bool {
        unitOf(giver) != VietnameseFolding.looseKey(giver) || officeTitleStart.matches(giver) || isCentral(giver)
    }

    /// "Ban Thường vụ Tỉnh ủy khen thưởng 35 tập thể, cá nhân" under the captions "… trao Bằng khen của Ban Thường vụ Tỉnh ủy
    /// cho 15 tập thể" and "… cho 20 cá nhân": a count not split, which captions naming its giver and kind split, with
    /// collectives and individuals adding up to it, is split so. Captions still add no award.
    func splitByCaptions(_ awards: [Award], captions: [ArticleText.Block]) -> [Award] {
        let told = captions.map { caption -> (key: String, kinds: Set<String>, groups: [Group]) in
            (VietnameseFolding.looseKey(units.catalog.spellingOutOrgans(caption.folded)),
             Set(anyKind.matches(in: caption.folded).map { kindName(String($0.value)) }), groups(in: caption.folded))
        }
        return awards.map { award in
            guard let combined = award.combined, award.collectives == nil, award.individuals == nil, let giver = award.giver else { return award }
            let keys = giverCaptionKeys(giver)
            // A caption printed twice tells its counts once.
            var seen = Set<String>()
            let naming = told.filter { caption in caption.kinds == [award.kind] && keys.contains { caption.key.contains($0) } && seen.insert(caption.key).inserted }
            let groups = naming.flatMap(\.groups)
            let collectives = groups.reduce(0) { $0 + $1.collectives }, individuals = groups.reduce(0) { $0 + $1.individuals }
            guard !groups.isEmpty, groups.allSatisfy({ $0.combined == 0 }), collectives > 0, individuals > 0,
                  collectives + individuals == combined else { return award }
            var split = award
            (split.collectives, split.individuals, split.combined) = (collectives, individuals, nil)
            return split
        }
    }

    /// How many words (syllables) of a giver's unit, post and organ dropped, a caption naming it shortly still holds: "Đảng ủy
    /// Bệnh" of "Đảng ủy Bệnh viện Đa khoa tỉnh Trà Vinh" (captioned "… Giấy khen của Đảng ủy Bệnh viện"), "Thị ủy An" of
    /// "Ban Thường vụ Thị ủy An Khê" ("Lãnh đạo Thị ủy An Khê trao Giấy khen …").
    static let giverOpeningWords = 3

    /// The first `words` words of a folded key (all of a shorter one).
    static func opening(_ key: String, words: Int) -> String {
        key.split(separator: " ").prefix(words).joined(separator: " ")
    }

    /// Whether folded `key` holds `words` as whole words.
    static func holds(_ key: String, words: String) -> Bool {
        (" " + key + " ").includes(" " + words + " ")
    }

    /// "khen thưởng 15 tập thể và 18 cá nhân" with captions showing "nhận giấy khen của …":
    /// the kind comes from the captions, which never add counts of their own.
    func refineGenericKinds(_ awards: [Award], captions: [ArticleText.Block], handingOver: [ArticleText.Block] = []) -> [Award] {
        // A caption's key with organs spelled out: "trao Giấy khen của BTV Huyện ủy" names the Ban Thường vụ Huyện ủy's award.
        func kinds(_ blocks: [ArticleText.Block]) -> [(key: String, kinds: Set<String>)] {
            blocks.map { ($0.folded.isEmpty ? "" : VietnameseFolding.looseKey(units.catalog.spellingOutOrgans($0.folded)),
                          Set(anyKind.matches(in: $0.folded).map { kindName(String($0.value)) })) }
        }
        let captionKinds = kinds(captions), namingLines = captionKinds + kinds(handingOver)
        let captionNumbers = captions.map { Set($0.folded.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }) }
        let captionCounts = captions.map { caption in
            Set(countMatches(in: caption.folded).compactMap { NumberWords.value(caption.folded.substring(utf16: $0.number)) })
        }
        let distinct = Set(captionKinds.flatMap(\.kinds))
        // The giver as a caption may name it: in full, or its unit without the post ("Công an tỉnh" for
        // "Giám đốc Công an tỉnh Nam Định"), place name dropped.
        // Also as the clause wrote it, before its verb: "Chỉ huy trưởng BĐBP tỉnh khen thưởng …" is captioned "… nhận
        // Giấy khen của Chỉ huy trưởng BĐBP tỉnh", whatever its name spelled out.
        // The clause's giver as written, and without its organ: the latter only for captions naming a kind ("Ban Thường vụ Đảng ủy
        // Khối khen thưởng …" under "Bí thư Đảng ủy Khối trao Giấy khen …"; a caption naming none may name the unit in a person's title).
        let written = awards.map { award -> (key: String, unitKey: String)? in
            guard award.giver != nil else { return nil }
            let spelledOut = units.catalog.spellingOutOrgans(anyVerb.firstMatch(in: award.evidence).map { String(award.evidence[..<$0.range.lowerBound]) } ?? "")
            return (VietnameseFolding.looseKey(spelledOut), VietnameseFolding.looseKey(units.catalog.withoutOrgan(spelledOut)))
        }
        func ofThreeWords(_ key: String?) -> [String] { key.map { $0.split(separator: " ").count >= 3 ? [$0] : [] } ?? [] }
        let giverKeys = awards.indices.map { giverCaptionKeys(awards[$0].giver ?? "") + ofThreeWords(written[$0]?.key) }
        let unitKeys = written.map { ofThreeWords($0?.unitKey) }
        // The giver's one name without its organ ("Huyện ủy Cẩm Xuyên" for "Ban Thường vụ Huyện ủy Cẩm Xuyên"): a line naming it
        // with that award's kind is about that award, not a giverless clause's.
        let unitNames = awards.map { award in award.giver.map { VietnameseFolding.looseKey(units.catalog.withoutOrgan($0)) } ?? "" }
        return awards.enumerated().map { index, award in
            var award = award
            guard award.kindFrom == "generic" else { return award }
            award.kindFrom = nil
            guard unspecifiedKinds.contains(award.kind) else { return award }
            // The caption (or a caption-like line of the body) that names this giver: "trao Bằng khen của Bộ
            // Tư lệnh Quân khu 5".
            // A clause naming no giver has the organizer's, which its own awards name too: a line naming the giver of another
            // award with that kind ("Lãnh đạo Liên đoàn Lao động tỉnh trao Bằng khen …" beside "Ban Thường vụ Liên đoàn Lao động
            // tỉnh tặng Bằng khen cho 18 tập thể …") is about that one.
            let ofGiver = Set(namingLines.filter { line in
                line.kinds.count == 1 && (giverKeys[index] + unitKeys[index]).contains { line.key.contains($0) }
                    && !(award.giverFrom == "organizer" && awards.indices.contains { other in
                        other != index && awards[other].kindFrom == nil && line.kinds.contains(awards[other].kind)
                            && (giverKeys[other] + unitKeys[other] + [unitNames[other]]).contains { !$0.isEmpty && line.key.contains($0) } })
            }.flatMap(\.kinds))
            // Else the one kind all captions name, unless they name other givers' awards ("… Công an tỉnh và
            // UBND huyện trao Giấy khen" says nothing of the Trưởng Công an huyện's).
            // A caption repeating another clause's counts ("trao Giấy khen cho 6 chi bộ, 14 đảng viên") is about that one too.
            func namesOthers(_ position: Int) -> Bool {
                let caption = captionKinds[position]
                return awards.indices.contains { $0 != index && ((giverKeys[$0] + unitKeys[$0]).contains { caption.key.contains($0) }
                    || Self.repeatsCounts(of: awards[$0], in: captionNumbers[position], besides: award)) }
            }
            let othersNamed = captionKinds.indices.contains { !captionKinds[$0].kinds.isEmpty && namesOthers($0) }
            // Failing that, the one kind named by captions no other award of a named kind explains ("trao Giấy khen cho các tập
            // thể, cá nhân" beside "trao Bằng khen của Ban Thường vụ Tỉnh ủy cho 1 tập thể và 1 cá nhân"), of no other giver.
            let explained = Set(awards.indices.filter { $0 != index && awards[$0].kindFrom == nil }.map { awards[$0].kind })
            let unexplained = captionKinds.indices.filter { !captionKinds[$0].kinds.isEmpty && !captionKinds[$0].kinds.isSubset(of: explained) }
            let unexplainedKinds = Set(unexplained.flatMap { captionKinds[$0].kinds }).subtracting(explained)
            let unexplainedKind = unexplainedKinds.count == 1 && !unexplained.contains(where: namesOthers) ? unexplainedKinds.first : nil
            // A caption naming this giver with no kind ("UBND xã khen thưởng các tập thể, cá nhân") leaves it generic.
            let namedWithoutKind = namingLines.contains { caption in caption.kinds.isEmpty && giverKeys[index].contains { caption.key.contains($0) } }
            // So does one naming its recipients by the title they share with the clause, with no kind, whatever
            // others say of the giver ("Các tập thể, cá nhân có mô hình “Dân vận khéo” nhận khen thưởng").
            let recipientsCaptioned = (captions + handingOver).contains { caption in
                anyKind.matches(in: caption.folded, range: NSRange(location: 0, length: (caption.folded as NSString).length)).isEmpty
                    && Self.quotedRanges(caption.folded).contains { award.evidence.contains(caption.folded.substring(utf16: $0)) }
            }
            if recipientsCaptioned { return award }
            // Captions naming no giver, each repeating counts of this clause and none of another's ("… trao Giấy khen cho 9 tập
            // thể", "… cho 12 cá nhân" under "Ban Tuyên giáo khen thưởng 9 tập thể, 12 cá nhân; Tỉnh Đoàn khen thưởng 6 đoàn viên"
            // beside "… trao Bằng khen cho 6 đoàn viên"): the kind they name.
            func repeats(_ clause: Int, _ numbers: Set<Int>) -> Bool {
                let rest = awards.indices.filter { $0 != clause }
                return rest.isEmpty ? Self.repeatsCounts(of: awards[clause], in: numbers)
                    : rest.allSatisfy { Self.repeatsCounts(of: awards[clause], in: numbers, besides: awards[$0]) }
            }
            // Counted recipients only ("cho 9 tập thể"), never a date's or a document's figures; a caption naming another award's giver
            // is about that one.
            let byCounts = Set(captionKinds.indices.filter { position in
                captionKinds[position].kinds.count == 1 && repeats(index, captionCounts[position])
                    && !awards.indices.contains { $0 != index && (repeats($0, captionCounts[position])
                        || (giverKeys[$0] + unitKeys[$0]).contains { !$0.isEmpty && captionKinds[position].key.contains($0) }) }
            }.flatMap { captionKinds[$0].kinds })
            // The one kind all captions name; when another award names it too, only if a caption names this giver, however
            // shortly ("… trao Giấy khen của Đảng ủy Bệnh viện" for "Đảng ủy Bệnh viện Đa khoa tỉnh Trà Vinh"). Under "Lãnh đạo
            // phường trao Giấy khen …", "Ban Thường vụ Đảng ủy phường tặng Giấy khen cho 8 tập thể …; UBND phường khen thưởng 5 cá
            // nhân" leaves the UBND's generic.
            let allCaptionsKind = distinct.count == 1 && !othersNamed ? distinct.first.flatMap { kind in
                guard explained.contains(kind) else { return kind }
                let opening = Self.opening(headedUnitOf(award.giver ?? ""), words: Self.giverOpeningWords)
                return !opening.isEmpty && captionKinds.contains { $0.kinds == [kind] && Self.holds($0.key, words: opening) } ? kind : nil
            } : nil
            if let kind = ofGiver.count == 1 ? ofGiver.first : byCounts.count == 1 ? byCounts.first
                : namedWithoutKind ? nil : allCaptionsKind ?? unexplainedKind {
                award.kind = kind
                award.kindFrom = "caption"
            }
            return award
        }
    }
}

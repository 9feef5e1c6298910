import Foundation

/// Awards to one named unit or person: "trao Cờ thi đua cho Công an huyện X", "Công đoàn Y vinh dự
/// đón nhận Cờ thi đua của …".
extension AwardFinder {
    enum NamedRecipient { case person, unit }

    /// Whether `text` opens by naming a person ("đồng chí Nguyễn Văn A") or a unit ("Chi bộ thôn …",
    /// "Huyện ủy Quảng Xương"); nil when it names neither.
    func namedRecipient(openingWith text: String) -> NamedRecipient? {
        if singlePerson.matches(text) { return .person }
        return opensWithUnit(text) ? .unit : nil
    }

    /// "Chi bộ thôn …" (a collective word and a name) or a unit the catalog knows, at the very start.
    func opensWithUnit(_ text: String) -> Bool {
        namedCollective.matches(text) || units.mentions(in: text).first?.range.location == 0
    }

    /// Awards to one named unit or person, with no count: "trao Cờ thi đua của Bộ Công an cho Công an tỉnh".
    func singleRecipients(in sentence: String, besides groups: [Group]) -> [Group] {
        let nsSentence = sentence as NSString
        var found: [Group] = []
        let whole = NSRange(location: 0, length: nsSentence.length)
        // After a kind and "cho" ("trao Cờ thi đua cho Công an tỉnh"), or right after a verb that names the kind
        // ("Ban Thường vụ Thị ủy cũng biểu dương Chi bộ khu Yên Hưng 1").
        let afterKinds = anyKind.matches(in: sentence, range: whole).compactMap { kind -> (NSRange, Int)? in
            forRecipient.firstMatch(in: sentence, range: NSRange(location: kind.upperBound, length: nsSentence.length - kind.upperBound), anchored: true)
                .map { (kind, $0.upperBound) }
        }
        let afterVerbs = anyVerb.matches(in: sentence, range: whole).compactMap { verb -> (NSRange, Int)? in
            guard verbKind(sentence.substring(utf16: verb)) != nil else { return nil }
            var start = verb.upperBound
            while start < nsSentence.length, nsSentence.character(at: start) == 0x20 { start += 1 }
            let next = NSRange(location: start, length: nsSentence.length - start)
            guard anyKind.firstMatch(in: sentence, range: next, anchored: true) == nil, forRecipient.firstMatch(in: sentence, range: next, anchored: true) == nil
            else { return nil }
            return (verb, start)
        }
        for (kind, recipientStart) in afterKinds + afterVerbs {
            let end = nsSentence.clauseEnd(from: recipientStart)
            // The names may go on past semicolons: "cho Đảng bộ xã A; đồng chí B, Bí thư …, và đồng chí C, …".
            let listed = sentence.substring(utf16: NSRange(location: recipientStart, length: recipientsGoOn(in: sentence, after: end) - recipientStart))
            // Counts after the kind in the same clause make it a counted award, told already, unless they
            // only follow the named unit: "cho Trường THPT chuyên Bến Tre và ba nhà giáo".
            // "tặng Cờ thi đua cho Ban CHQS huyện Tân Biên và Bằng khen cho 5 tập thể": counts after another kind are that kind's.
            let countsAfter = groups.filter { group in
                group.range.location >= kind.location && group.range.location < end
                    && anyKind.firstMatch(in: sentence, range: NSRange(location: kind.upperBound, length: group.range.location - kind.upperBound)) == nil
            }
            guard countsAfter.allSatisfy({ $0.kind == nil }) else { continue }
            let rest = sentence.substring(utf16: NSRange(location: recipientStart, length: end - recipientStart))
            var group: Group
            if let unit = units.mentions(in: rest).first, unit.range.location == 0 {
                group = Group(range: NSRange(location: recipientStart, length: unit.range.length), evidence: NSRange())
                group.collectives = 1
                // "cho Ban Chỉ huy Quân sự huyện Bát Xát và Ban Chỉ huy Quân sự thị xã Sa Pa", "cho Đảng ủy phường
                // Long Thạnh và ông Nguyễn Văn Tám, …": more units, or one person, named after a joiner.
                var cursor = skippingNameSuffix(in: sentence, from: recipientStart + unit.range.length)
                // The joiner may end the unit's name as read ("Đảng ủy phường Long Thạnh và").
                var endsWithJoiner = listJoinerEnd.matches(unit.text)
                while let joiner = endsWithJoiner ? NSRange(location: cursor, length: 0)
                        : recipientJoiner.firstMatch(in: sentence, range: NSRange(location: cursor, length: end - cursor), anchored: true) {
                    endsWithJoiner = false
                    var start = joiner.upperBound
                    while start < end, nsSentence.character(at: start) == 0x20 { start += 1 }
                    let tail = sentence.substring(utf16: NSRange(location: start, length: end - start))
                    if let another = units.mentions(in: tail).first, another.range.location == 0 {
                        group.collectives += 1
                        cursor = skippingNameSuffix(in: sentence, from: start + another.range.length)
                    } else if singlePerson.matches(tail) {
                        group.individuals += 1
                        let comma = (tail as NSString).range(of: ",").location
                        cursor = start + (comma == NSNotFound ? (tail as NSString).length : comma)
                        break
                    } else {
                        break
                    }
                }
                group.range = NSRange(location: recipientStart, length: cursor - recipientStart)
                let joined = NSRange(location: cursor, length: end - cursor)
                let more = countsAfter.first
                // The joiner may end the unit's name as read ("Trường THPT chuyên Bến Tre và").
                let between = sentence.substring(utf16: NSRange(location: joined.location, length: max(0, more.map { $0.range.location - joined.location } ?? 0)))
                    .trimmingWhitespace()
                if let more, listJoinerEnd.matches(between) || (between.isEmpty && listJoinerEnd.matches(unit.text)) {
                    group.collectives += more.collectives
                    group.individuals += more.individuals
                    group.combined += more.combined
                    group.range = NSUnionRange(group.range, more.range)
                } else if more == nil {
                    // "cho Hội Chữ thập đỏ huyện Trà Ôn, ông Trần Văn Tư (xã Tân Mỹ) và bà Lê Thị Hoa vì …": a person after the unit, then another.
                    countListed(&group, in: listed)
                }
            } else if namedCollective.matches(rest) {
                // "cho Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh": a unit named, up to the clause's next comma;
                // "cho Khoa Kiểm soát bệnh tật và bác sĩ Vũ Thị Mai, …": and one person after it.
                // "cho tập thể Khoa Cấp cứu và các cá nhân: …": the people listed after it are counted by name (`peopleNamed(after:in:)`).
                let nameEnd = min((rest as NSString).range(of: ",").location,
                                  peopleJoined.firstMatch(in: rest, range: NSRange(location: 0, length: (rest as NSString).length))?.location ?? NSNotFound)
                group = Group(range: NSRange(location: recipientStart, length: nameEnd == NSNotFound ? (rest as NSString).length : nameEnd),
                              evidence: NSRange())
                // "cho tập thể Bệnh xá Quân dân y kết hợp và các điển hình tham gia giao lưu": more, not counted; no count is right.
                // (Only in the names, not in the reason after them: "… vì có thành tích xuất sắc trong giảng dạy và các phong trào".)
                let names = rest.substring(utf16To: group.range.length)
                let beforeReason = reason.firstMatch(in: names, range: NSRange(location: 0, length: (names as NSString).length))?.location
                    ?? (names as NSString).length
                if morePluralAfterJoiner.firstMatch(in: names, range: NSRange(location: 0, length: beforeReason)) != nil { continue }
                // "cho Khoa Hồi sức tích cực và Khoa Nhi", "cho Phòng Cảnh sát giao thông và Công an huyện Quảng Xương":
                // more units after a joiner; "… và bác sĩ Vũ Thị Mai": a person.
                let more = namedAfterJoiners(rest.substring(utf16To: group.range.length))
                group.collectives = 1 + more.collectives
                group.individuals = more.individuals
                countListed(&group, in: listed)
            } else if let unit = unitReferredTo.firstMatch(in: rest)?["unit"] {
                // "trao Huân chương Lao động hạng Ba cho Công ty vì …": the unit the article named before.
                group = Group(range: NSRange(location: recipientStart, length: (String(unit) as NSString).length), evidence: NSRange())
                group.collectives = 1
            } else if let list = namedUnits.firstMatch(in: rest, range: NSRange(location: 0, length: (rest as NSString).length), anchored: true) {
                // "cho các tập thể: Đồn Biên phòng A Dơi, …, Hải đội Biên phòng 2 và các cá nhân: A (…); B (…)": one per name.
                let listed = sentence.substring(utf16From: recipientStart + list.upperBound), whole = NSRange(location: 0, length: (listed as NSString).length)
                let people = peopleJoined.firstMatch(in: listed, range: whole)
                guard let units = unitsListed(people.map { listed.substring(utf16To: $0.location) } ?? listed) else { continue }
                group = Group(range: NSRange(location: recipientStart, length: nsSentence.length - recipientStart), evidence: NSRange())
                group.collectives = units
                group.individuals = people.map { namesListed(listed.substring(utf16From: $0.upperBound)) } ?? 0
                group.listsUnitsByName = people == nil
            } else if let list = namedPeople.firstMatch(in: rest, range: NSRange(location: 0, length: (rest as NSString).length), anchored: true) {
                // "cho các đồng chí: Trần Thị Hạnh, Chủ tịch …; Nguyễn Văn Khải, …; và Phạm Minh Đức, …": one per name.
                let names = sentence.substring(utf16From: recipientStart + list.upperBound)
                let count = namesListed(names)
                guard count > 0 else { continue }
                group = Group(range: NSRange(location: recipientStart, length: nsSentence.length - recipientStart), evidence: NSRange())
                group.individuals = count
            } else if let plural = pluralPersons.firstMatch(in: rest, range: NSRange(location: 0, length: (rest as NSString).length), anchored: true),
                      case let count = namesListed(sentence.substring(utf16From: recipientStart + plural.upperBound)), count > 1 {
                group = Group(range: NSRange(location: recipientStart, length: nsSentence.length - recipientStart), evidence: NSRange())
                group.individuals = count
            } else if singlePerson.matches(rest) {
                let personEnd = (rest as NSString).range(of: ",").location
                group = Group(range: NSRange(location: recipientStart, length: personEnd == NSNotFound ? (rest as NSString).length : personEnd),
                              evidence: NSRange())
                // "cho ông Nguyễn Văn Bảy và bà Lê Thị Mỹ", "cho thí sinh A và Đảng bộ xã B": one more for each named after a joiner.
                let more = namedAfterJoiners(rest.substring(utf16To: group.range.length))
                group.collectives = more.collectives
                group.individuals = 1 + more.individuals
                countListed(&group, in: listed)
            } else {
                continue
            }
            let clauseStart = nsSentence.clauseStart(before: kind.location)
            // The whole clause is the evidence: who hands what over, on whose behalf ("thừa ủy quyền của …").
            group.evidence = NSRange(location: clauseStart, length: group.range.upperBound - clauseStart)
            group.isNamed = true
            group.recipientName = sentence.substring(utf16: NSRange(location: recipientStart, length: min(group.range.length, nsSentence.length - recipientStart)))
            describe(&group, left: NSRange(location: clauseStart, length: recipientStart - clauseStart), right: NSRange(location: group.range.upperBound, length: 0), in: sentence)
            applyPrincipal(&group, clauseStart: clauseStart, in: sentence)
            if group.kind != nil { found.append(group) }
        }
        let inTurn = awardsInTurn(in: sentence, besides: groups + found)
        return found + inTurn + namedReceivers(in: sentence, besides: groups + found + inTurn)
    }

    /// "Công đoàn Tổng công ty May Hưng Yên vinh dự đón nhận Cờ thi đua của Ban Chấp hành Tổng LĐLĐ Việt
    /// Nam": one named unit (or person) receiving, the subject of its clause.
    func namedReceivers(in sentence: String, besides groups: [Group]) -> [Group] {
        let nsSentence = sentence as NSString
        var found: [Group] = []
        let kinds = anyKind.matches(in: sentence, range: NSRange(location: 0, length: nsSentence.length))
        for (position, kind) in kinds.enumerated() {
            var clauseStart = max(nsSentence.clauseStart(before: kind.location), nsSentence.clauseStart(before: kind.location, separator: ","))
            // "8 cá nhân được Giám đốc Công an tỉnh tặng Giấy khen và đồng chí Bí thư … được Trung ương Đoàn tặng Kỷ niệm chương": after
            // another award and "và", a clause of its own.
            if position > 0, case let earlier = kinds[position - 1], earlier.location >= clauseStart,
               let joiner = giverJoiner.firstMatch(in: sentence, range: NSRange(location: earlier.upperBound, length: kind.location - earlier.upperBound)),
               sentence.substring(utf16: NSRange(location: earlier.upperBound, length: joiner.location - earlier.upperBound)).trimmingWhitespace().isEmpty {
                clauseStart = joiner.upperBound
            }
            let before = NSRange(location: clauseStart, length: kind.location - clauseStart)
            // "… vinh dự đón nhận Cờ thi đua", or passive: "… vinh dự được Bộ trưởng Bộ Công an tặng Cờ thi đua".
            guard let verb = receiveEnd.firstMatch(in: sentence, range: before) ?? givenEnd.firstMatch(in: sentence, range: before),
                  !groups.contains(where: { NSLocationInRange($0.range.location, NSRange(location: clauseStart, length: kind.upperBound - clauseStart))
                      || NSLocationInRange(kind.location, $0.evidence) })
            else { continue }
            let subject = sentence.substring(utf16: NSRange(location: clauseStart, length: verb.location - clauseStart))
            // "Thay mặt tập thể, đồng chí A nhận Cờ thi đua": received for a unit named elsewhere.
            guard representing.firstMatch(in: sentence, range: NSRange(location: 0, length: verb.location)) == nil else { continue }
            // "Khóm 3, phường 1 và ấp Mỹ Hòa, xã Mỹ Bình được UBND thị xã tặng …", "Ấp A, xã B; ấp C, xã D và khóm E, thị trấn F
            // được …": places named with their communes, the list perhaps set off by semicolons.
            let listStart = namesListStart(before: verb.location, in: sentence)
            let listed = namedRecipients(inList: sentence.substring(utf16: NSRange(location: listStart, length: verb.location - listStart))
                .replacingOccurrences(of: ";", with: " và "))
            if listed.count >= 2 {
                var group = Group(range: NSRange(location: listStart, length: verb.location - listStart), evidence: NSRange())
                group.isNamed = true
                group.recipientName = sentence.substring(utf16: group.range).trimmingWhitespace()
                group.collectives = listed.filter { $0.kind == .unit }.count
                group.individuals = listed.filter { $0.kind == .person }.count
                let end = nsSentence.clauseEnd(from: kind.upperBound)
                describe(&group, left: NSRange(location: listStart, length: 0), right: NSRange(location: verb.location, length: end - verb.location), in: sentence)
                group.evidence = NSRange(location: listStart, length: kind.upperBound - listStart)
                if group.kind != nil { found.append(group) }
                continue
            }
            var leading = subject.prefix { $0 == " " }.utf16.count
            if let opener = clauseOpening?.firstMatch(in: subject, range: NSRange(location: 0, length: (subject as NSString).length)) {
                leading = opener.upperBound
            }
            var name = subject.substring(utf16From: leading).trimmingWhitespace()
            // "Bệnh viện Đa khoa tỉnh tổ chức Lễ kỷ niệm … và đón nhận Huân chương …": the unit holding the ceremony receives.
            let held = heldCeremonyEnding.firstMatch(in: name, range: NSRange(location: 0, length: (name as NSString).length))
            if let held { name = name.substring(utf16To: held.location) }
            var nameStart = clauseStart
            // "ThS Nguyễn Thị A, Trưởng Khoa Xây dựng Đảng, (cũng) được … tặng Bằng khen": the person before the apposition, when the
            // clause has no subject of its own ("…, cho biết, chi bộ vinh dự được … tặng Giấy khen" is the chi bộ's).
            if name.isEmpty || subjectAdverbs?.matches(name) == true, let person = personBeforeApposition(in: sentence, before: clauseStart) {
                (nameStart, leading, name) = (person.location, 0, sentence.substring(utf16: person))
            }
            // Each name of a list ("A và B") may be that long.
            let names = 1 + recipientJoiner.results(in: name, range: NSRange(location: 0, length: (name as NSString).length)).count
            guard !name.isEmpty, TextShape.wordCount(name) <= Self.longestReceiverWords * names else { continue }
            var group = Group(range: NSRange(location: nameStart + leading, length: (name as NSString).length), evidence: NSRange())
            group.isNamed = true
            group.recipientName = name
            // "Phân xưởng Khai thác 3 và Phân xưởng Vận tải lò vinh dự đón nhận …": each one named counts.
            switch namedRecipient(openingWith: name) ?? (referredReceiverAtEvent(name, verb: verb, in: sentence) ? .unit : nil) {
            case .person: group.individuals = 1
            case .unit: group.collectives = 1
            case nil: continue
            }
            let more = namedAfterJoiners(name)
            group.collectives += more.collectives
            group.individuals += more.individuals
            group.evidence = NSRange(location: group.range.location, length: kind.upperBound - group.range.location)
            let end = nsSentence.clauseEnd(from: kind.upperBound)
            describe(&group, left: NSRange(location: clauseStart, length: 0), right: NSRange(location: verb.location, length: end - verb.location), in: sentence)
            // The evidence runs to the giver ("… đón nhận Cờ thi đua của Ban Chấp hành …"), up to the next comma.
            let comma = nsSentence.range(of: ",", range: NSRange(location: kind.upperBound, length: end - kind.upperBound))
            group.evidence = NSRange(location: group.range.location, length: (comma.location == NSNotFound ? end : comma.location) - group.range.location)
            // The host of the ceremony receiving: from someone the text names, or whoever alone gives the kind (never from itself).
            if held != nil, group.giver == nil, group.kind.flatMap(soleGiver(of:)) == nil { continue }
            if group.kind != nil { found.append(group) }
        }
        return found
    }

    static let longestReceiverWords = 14

    /// "Dịp này, công ty vinh dự đón nhận Huân chương …": the article's unit, named by its kind alone, receiving at this event: the
    /// sentence says so ("Dịp này", "Tại buổi lễ") and the verb is one of receiving. Given to ("năm 2021, nhà trường được … tặng"),
    /// or with no occasion ("Nhiều năm liền, nhà trường đón nhận …"), it is most often told of earlier years.
    func referredReceiverAtEvent(_ name: String, verb: NSRange, in sentence: String) -> Bool {
        let before = NSRange(location: 0, length: verb.upperBound)
        return referredReceiver.matches(name) && receiveEnd.firstMatch(in: sentence, range: before) != nil
            && atEvent.firstMatch(in: sentence, range: NSRange(location: 0, length: verb.location)) != nil
    }

    /// Where a list of names ending at `end` starts: its clause's start, or earlier when the clauses before it
    /// (set off by semicolons) are names too, with no verb or kind of their own.
    func namesListStart(before end: Int, in sentence: String) -> Int {
        let nsSentence = sentence as NSString
        var start = nsSentence.clauseStart(before: end)
        while start > 0 {
            let previousStart = nsSentence.clauseStart(before: start - 1)
            let previous = NSRange(location: previousStart, length: start - 1 - previousStart)
            let text = sentence.substring(utf16: previous).trimmingWhitespace()
            guard anyVerb.firstMatch(in: sentence, range: previous) == nil, anyKind.firstMatch(in: sentence, range: previous) == nil,
                  namedRecipient(openingWith: text) != nil else { break }
            start = previousStart
        }
        return start
    }

    /// Widens a named group to every name of the list it opens, up to the reason: "cho Trung tá A, Chính
    /// trị viên Ban CHQS huyện X và Thượng úy B, nhân viên … vì …" (titles set off by commas), "cho Công
    /// ty Than Vàng Danh – TKV, Công ty CP Than Núi Béo – Vinacomin và Công ty Tuyển than Cửa Ông – TKV".
    func countListed(_ group: inout Group, in rest: String) {
        let length = (rest as NSString).length
        let listed = rest.substring(utf16To: reason.firstMatch(in: rest, range: NSRange(location: 0, length: length))?.location ?? length)
        let names = namedRecipients(inList: listed)
        guard names.count > group.collectives + group.individuals else { return }
        group.collectives = names.filter { $0.kind == .unit }.count
        group.individuals = names.filter { $0.kind == .person }.count
        group.range.length = (listed as NSString).length
    }

    /// How many units a list names, one each, when every name is a unit's ("Chi bộ thôn Tân Mỹ (xã Thạch Châu); Đảng bộ xã …":
    /// what they are in parentheses, between semicolons); nil otherwise.
    func unitsListed(_ list: String) -> Int? {
        let pieces = listedPieces(Self.parenthetical.replacingMatches(in: list, with: ""))
        return !pieces.isEmpty && pieces.allSatisfy(opensWithUnit) ? pieces.count : nil
    }

    /// Where a list of names that reaches the semicolon at `end` stops: past each part after a semicolon that opens with a
    /// name and tells no award ("…; đồng chí B, Bí thư Chi bộ thôn X và đồng chí C, …, là những tập thể, cá nhân …"), not a
    /// clause of its own ("…; đồng chí D trao Giấy khen cho …", "…; đồng chí E thay mặt đơn vị đón nhận").
    func recipientsGoOn(in sentence: String, after end: Int) -> Int {
        let nsSentence = sentence as NSString
        var stop = end
        while stop < nsSentence.length, nsSentence.character(at: stop) == 0x3B {
            let next = nsSentence.clauseEnd(from: stop + 1)
            let part = NSRange(location: stop + 1, length: next - stop - 1)
            // ("…; Thượng tá B, Trưởng Công an huyện thay mặt đơn vị đón nhận": who received it for the unit, no recipient.)
            let text = sentence.substring(utf16: part)
            guard namedRecipient(openingWith: text.trimmingWhitespace()) != nil, namesNoAward(text), representing.firstMatch(in: text) == nil
            else { break }
            stop = next
        }
        return stop
    }

    /// Past the group a company's name ends with: "Công ty Than Hà Lầm – TKV", "Công ty CP Than Núi Béo - Vinacomin".
    func skippingNameSuffix(in sentence: String, from location: Int) -> Int {
        let rest = NSRange(location: location, length: (sentence as NSString).length - location)
        return groupSuffix.firstMatch(in: sentence, range: rest, anchored: true)?.upperBound ?? location
    }

    /// The comma-set segment holding a person ("ThS Nguyễn Thị A") among the few before `end`.
    private func personBeforeApposition(in sentence: String, before end: Int) -> NSRange? {
        let nsSentence = sentence as NSString
        // Within the clause: "Ông A, … hiến đất; ông từng được … tặng Bằng khen" speaks of A in another clause.
        let floor = nsSentence.clauseStart(before: end)
        var segmentEnd = end
        for _ in 0..<Self.appositionSegments {
            let comma = nsSentence.range(of: ",", options: .backwards, range: NSRange(location: floor, length: max(0, segmentEnd - 1 - floor)))
            let start = comma.location == NSNotFound ? floor : comma.upperBound
            let segment = NSRange(location: start, length: max(0, segmentEnd - 1 - start))
            let text = sentence.substring(utf16: segment)
            let trimmed = text.trimmingWhitespace()
            if singlePerson.matches(trimmed) || namesEndingWithAPerson(trimmed) {
                let leading = text.prefix { $0 == " " }.utf16.count
                return NSRange(location: start + leading, length: (trimmed as NSString).length)
            }
            guard comma.location != NSNotFound else { return nil }
            segmentEnd = comma.location + 1
        }
        return nil
    }

    /// "Chi bộ thôn Đồng Hải và bà Vũ Thị Nhàn": units or people joined, the last a person (whose title follows).
    private func namesEndingWithAPerson(_ text: String) -> Bool {
        let nsText = text as NSString
        let joiners = recipientJoiner.results(in: text, range: NSRange(location: 0, length: nsText.length)).filter { $0.range.location > 0 }
        guard let last = joiners.last, singlePerson.matches(nsText.substring(from: last.range.upperBound)) else { return false }
        let starts = [0] + joiners.map(\.range.upperBound)
        return starts.allSatisfy { start in
            namedRecipient(openingWith: nsText.substring(from: start)) != nil
        }
    }

    /// The units and people named after the first name of a list: "A và Khoa Nhi", "A và bác sĩ B", "A, B và ông C".
    func namedAfterJoiners(_ names: String) -> (collectives: Int, individuals: Int) {
        let nsNames = names as NSString
        var found = (collectives: 0, individuals: 0)
        for joiner in recipientJoiner.results(in: names, range: NSRange(location: 0, length: nsNames.length)) where joiner.range.location > 0 {
            switch namedRecipient(openingWith: nsNames.substring(from: joiner.range.upperBound)) {
            case .person: found.individuals += 1
            case .unit: found.collectives += 1
            case nil: break
            }
        }
        return found
    }

    /// How many comma-set segments back the person may stand: the name, then a title or two.
    static let appositionSegments = 3
}

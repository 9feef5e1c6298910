import Foundation

/// Reading one award clause: its giver and kind around the counts, the past and quotations that
/// make it no award of this event, bullet lists.
extension AwardFinder {
    /// "- Bằng khen của Chủ tịch UBND tỉnh: 5 tập thể, 8 cá nhân" under "… được khen thưởng, cụ thể:".
    func isListedAward(_ block: ArticleText.Block, after previous: ArticleText.Block?) -> Bool {
        let bullets = CaptionDetector.bullets
        guard let first = block.original.unicodeScalars.first, bullets.contains(first), anyKind.matches(block.folded) else { return false }
        return previous.map { $0.original.hasSuffix(":") || $0.original.unicodeScalars.first.map(bullets.contains) == true } ?? false
    }

    /// Quotations: a speech ("“Tại hội nghị năm ngoái, 2 chi bộ được …”, đồng chí nói") or a saying
    /// ("“khen thưởng một người để cả tập thể noi theo”"). Counts inside one are words quoted, not
    /// this event's awards; names in quotes ("Dân vận khéo") hold no counts.
    static func quotedRanges(_ text: String) -> [NSRange] {
        guard text.utf16.contains(where: { $0 == 0x201C || $0 == 0x22 }) else { return [] }
        let characters = Array(text.utf16)
        var ranges: [NSRange] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == 0x201C || character == 0x22 else { index += 1; continue }
            let closer: UInt16 = character == 0x201C ? 0x201D : 0x22
            guard let end = characters[(index + 1)...].firstIndex(of: closer) else { index += 1; continue }
            ranges.append(NSRange(location: index, length: end - index + 1))
            index = end + 1
        }
        return ranges
    }

    /// "…; đồng thời đề nghị Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 1 tập thể": an earlier occasion or a
    /// proposal, in the group's own clause (between semicolons), or a clause opening with an occasion
    /// dated before `eventDate`.
    func inPastClause(_ group: Group, of sentence: String, nextSentence: String? = nil, eventDate: CalendarDate?) -> Bool {
        let nsSentence = sentence as NSString
        let start = nsSentence.clauseStart(before: group.range.location)
        let end = nsSentence.clauseEnd(from: group.range.upperBound)
        let after = NSRange(location: group.range.upperBound, length: max(0, end - group.range.upperBound))
        let reasonStart = reason.firstMatch(in: sentence, range: after)?.location ?? end
        // "Dịp này, từ 58 tập thể, cá nhân được các chi, đảng bộ cơ sở đề xuất, Ban Thường vụ … đã chọn và khen thưởng 15 tập thể …":
        // a proposal inside the pool the awarded were chosen from is not this clause's.
        let pools = chosenFrom?.matches(in: sentence, range: NSRange(location: start, length: reasonStart - start)) ?? []
        if past.matches(in: sentence, range: NSRange(location: start, length: reasonStart - start))
            .contains(where: { marker in !pools.contains { NSIntersectionRange($0, marker).length == marker.length } }) { return true }
        // "15 tập thể và 25 cá nhân có thành tích tiêu biểu sẽ được Ban Thường vụ Tỉnh ủy tặng Bằng khen …": a passive's own
        // predicate, past the reason that qualifies its subject.
        // Only a phrase holding the passive's own marker ("sẽ được"), not one of the reason ("… năm trước được").
        if group.isPassive, let verb = anyVerb.firstMatch(in: sentence, range: after) {
            let predicate = NSRange(location: group.range.upperBound, length: verb.upperBound - group.range.upperBound)
            if let marker = passiveMarker.matches(in: sentence, range: predicate).last,
               past.matches(in: sentence, range: predicate).contains(where: { NSIntersectionRange($0, marker).length > 0 }) { return true }
            // "2 cá nhân có hành động dũng cảm … đã được Chủ tịch UBND tỉnh tặng Bằng khen hồi tháng 6": the reason qualifies the
            // subject, and the time after the award, up to a reason of its own, is the award's.
            let told = NSRange(location: verb.upperBound, length: max(0, end - verb.upperBound))
            let toldEnd = reason.firstMatch(in: sentence, range: told)?.location ?? end
            if reasonStart < verb.location, !past.matches(in: sentence, range: NSRange(location: verb.upperBound, length: toldEnd - verb.upperBound)).isEmpty {
                return true
            }
        }
        // "Bằng khen của Chủ tịch UBND tỉnh cho 4 tập thể, 10 cá nhân có thành tích … sẽ được trao tại hội nghị …": the award named
        // as the subject, with no verb of its own before, is handed over later, past its reason.
        if anyVerb.firstMatch(in: sentence, range: NSRange(location: start, length: group.range.location - start)) == nil,
           handedOverLater.firstMatch(in: sentence, range: after) != nil { return true }
        if namesHigherLevelOccasion(sentence.substring(utf16: NSRange(location: start, length: end - start))) { return true }
        // "…; năm 2022, 2 tập thể đã được Tư lệnh Quân khu tặng Bằng khen" at a 2024 event: a later clause opening with another occasion.
        if start > 0, opensWithEarlierOccasion(sentence.substring(utf16: NSRange(location: start, length: end - start)), eventDate: eventDate) { return true }
        if let eventDate, datedBefore(eventDate, in: sentence.substring(utf16: NSRange(location: start, length: reasonStart - start))) { return true }
        // "… tặng Bằng khen vì thành tích trong công tác phòng, chống dịch COVID-19 năm 2021" at a 2023 event.
        if let eventDate, reasonOfYear.contains(where: { pattern in
            pattern.matches(in: sentence.substring(utf16: NSRange(location: start, length: end - start)))
                .contains { match in match["year"].flatMap { Int($0) }.map { $0 <= eventDate.year - Self.yearsBeforeAReasonIsPast } ?? false }
        }) { return true }
        // "Chủ tịch nước đã quyết định tặng Huân chương …; phần thưởng này sẽ được trao tại Lễ kỷ niệm …", also
        // with the award's name ("…; Bằng khen sẽ được trao tại hội nghị tổng kết …", "…; các Bằng khen này sẽ được trao …"),
        // or in the next sentence, for the sentence's last clause ("… 9 nhà giáo được … tặng Bằng khen. Các Bằng khen này sẽ
        // được trao tại Lễ kỷ niệm … vào sáng 20/11."), unless that sentence tells the decision announced at this event
        // ("Cũng tại hội nghị, … công bố Quyết định … tặng Giấy khen cho 24 tập thể …. Các Giấy khen này sẽ được trao tại …").
        if end < nsSentence.length {
            if handedOverAnotherTime(sentence.substring(utf16: NSRange(location: end + 1, length: nsSentence.clauseEnd(from: end + 1) - end - 1))) { return true }
        } else if let nextSentence {
            // Only a sentence saying it is handed over later, naming this kind when it names one (a kind no award names,
            // "khen thưởng", is none); after a sentence telling it at this event ("Cũng tại hội nghị, …"), only at an
            // occasion of a higher level ("Các khen thưởng này sẽ được trao tại hội nghị sơ kết của tỉnh").
            let clause = nextSentence.substring(utf16To: (nextSentence as NSString).clauseEnd(from: 0))
            let namedKind = anyKind.firstMatch(in: clause).map { kindName(String($0.value)) }
            if !atEvent.matches(sentence) || namesHigherLevelOccasion(clause), handedOverLater.matches(clause),
               namedKind.map({ $0 == group.kind || unspecifiedKinds.contains($0) }) ?? true, handedOverAnotherTime(clause) { return true }
        }
        // "… đều đã được Chủ tịch UBND tỉnh tặng Bằng khen trong đợt sơ kết năm 2022; trong đó có 2 cá nhân được …": the breakdown
        // of a past clause is of that past.
        if start > 0, breakdown.firstMatch(in: sentence, range: NSRange(location: start, length: end - start), anchored: true) != nil {
            let previousStart = nsSentence.clauseStart(before: start - 1)
            // Up to its reason, as for the clause itself ("… vì có thành tích xuất sắc, tăng 10 so với năm trước; trong đó …").
            // (A reason after its counts: "Về công tác khen thưởng, năm ngoái …" opens with no reason.)
            let counted = countMatches(in: sentence.substring(utf16: NSRange(location: previousStart, length: start - 1 - previousStart))).first.map { previousStart + $0.range.upperBound } ?? previousStart
            let previousEnd = reason.firstMatch(in: sentence, range: NSRange(location: counted, length: start - 1 - counted))?.location ?? start - 1
            let previous = sentence.substring(utf16: NSRange(location: previousStart, length: previousEnd - previousStart))
            if past.matches(previous) || eventDate.map({ datedBefore($0, in: previous) }) == true { return true }
        }
        // "…; tại Hội nghị tổng kết năm 2022 của Bộ Công an, Công an tỉnh được …": a clause opening with an earlier occasion.
        if start > 0, opensWithEarlierOccasion(sentence.substring(utf16: NSRange(location: start, length: end - start)), eventDate: eventDate) { return true }
        // "Tại hội nghị tổng kết năm trước, …; 2 cá nhân được …": the sentence's opening sets the time of all its clauses.
        let opener = nsSentence.range(of: ",")
        return opener.location != NSNotFound && opener.location < group.range.location
            && past.firstMatch(in: sentence, range: NSRange(location: 0, length: opener.location)) != nil
    }

    /// A clause telling that the award just told is (or was) handed over on another occasion: it names the award back
    /// ("phần thưởng này", "các Bằng khen này", "Bằng khen" with no count of its own) and another time ("sẽ được trao").
    private func handedOverAnotherTime(_ clause: String) -> Bool {
        let opening = pluralOpening.replacingMatches(in: clause.trimmingWhitespace(), with: "")
        let namesTheAward = anyKind.firstMatch(in: opening, range: NSRange(location: 0, length: (opening as NSString).length), anchored: true) != nil
        return (backReference.matches(clause) || (namesTheAward && countMatches(in: clause).isEmpty)) && past.matches(clause)
    }

    /// "… tặng Huân chương Lao động hạng Nhì (năm 2017)" at a 2020 event; "chị A được Chủ tịch UBND tỉnh tặng
    /// Bằng khen năm 2022" at an August 2023 one (a year's awards are presented by March of the next).
    func datedBefore(_ date: CalendarDate, in clause: String) -> Bool {
        func years(_ patterns: [Pattern]) -> [Int] {
            patterns.flatMap { pattern in pattern.matches(in: clause).compactMap { match in match["year"].flatMap { Int($0) } } }
        }
        // "… được Ban Tuyên giáo Trung ương tuyên dương tại Chương trình … tổ chức tháng 5/2022" at an August 2022 event.
        return years(datedAward).contains { $0 < date.year } || monthBefore(date, in: clause)
            || years(awardOfYear).contains { $0 < date.year - 1 || ($0 == date.year - 1 && date.month > Self.lastMonthOfLastYearsAwards) }
    }

    /// An award whose reason is of this many years before the event's is an earlier one (last year's are still presented).
    static let yearsBeforeAReasonIsPast = 2

    /// Awards of a year are presented until this month of the next.
    static let lastMonthOfLastYearsAwards = 3

    /// "tuyên dương 100 công nhân", "tặng Bằng khen cho 100 công nhân": the award word ends the left window.
    func awardWordEnds(_ left: NSRange, in sentence: String) -> Bool {
        let words = (anyVerb.matches(in: sentence, range: left) + anyKind.matches(in: sentence, range: left)).map(\.upperBound)
        guard let last = words.max() else { return false }
        let gap = sentence.substring(utf16: NSRange(location: last, length: left.upperBound - last))
        return adjacentGap.matches(gap)
    }

    /// Reads the kind and giver around a group: passive on the right ("được Thủ tướng Chính phủ
    /// tặng Bằng khen"), else active on the left ("Ban Thường vụ Tỉnh ủy tặng Bằng khen cho").
    func describe(_ group: inout Group, left: NSRange, right: NSRange, in sentence: String) {
        let nsSentence = sentence as NSString
        // "tặng Bằng khen cho 10 tập thể … trong số các điển hình được biểu dương": counts already the object of an
        // award word take no passive after them.
        if let passive = passive.firstMatch(in: sentence, range: right, anchored: true), !awardWordEnds(left, in: sentence) {
            group.isPassive = true
            var afterBy = NSRange(location: passive.upperBound, length: right.upperBound - passive.upperBound)
            // "40 tập thể và 60 cá nhân được tuyên dương đã được Bộ trưởng … tặng Bằng khen": the first passive says
            // who they are, the second what they were given.
            if let first = anyVerb.firstMatch(in: sentence, range: afterBy, anchored: true),
               let again = passiveAgain.firstMatch(in: sentence, range: NSRange(location: first.upperBound, length: right.upperBound - first.upperBound), anchored: true) {
                afterBy = NSRange(location: again.upperBound, length: right.upperBound - again.upperBound)
            }
            if let verb = anyVerb.firstMatch(in: sentence, range: afterBy) ?? anyKind.firstMatch(in: sentence, range: afterBy) {
                // "12 điển hình … được chọn từ 245 tập thể, cá nhân đã được các huyện ủy … biểu dương": the counts' own
                // predicate gives nothing; the award is told of other counts, after a passive of their own. ("20 cá nhân
                // được bình chọn, được Chủ tịch UBND tỉnh tặng Bằng khen": one subject, two predicates, the second the award.)
                let between = NSRange(location: afterBy.location, length: verb.location - afterBy.location)
                if let inner = passiveMarker.firstMatch(in: sentence, range: between),
                   count.firstMatch(in: sentence, range: NSRange(location: between.location, length: inner.location - between.location)) != nil {
                    group.isPassive = false
                    return
                }
                let byPhrase = sentence.substring(utf16: NSRange(location: afterBy.location, length: verb.location - afterBy.location))
                group.giver = giver(from: byPhrase)
                group.byManyGivers = isManyGivers(byPhrase)
                let tail = NSRange(location: verb.location, length: right.upperBound - verb.location)
                if let kind = anyKind.firstMatch(in: sentence, range: tail), kind.location - tail.location < 40 {
                    group.kind = kindName(sentence.substring(utf16: kind))
                    group.evidence = NSUnionRange(group.range, kind)
                    if group.giver == nil {
                        group.giver = ofGiver(in: sentence, from: kind.upperBound, to: right.upperBound)
                    }
                } else if let kind = verbKind(sentence.substring(utf16: verb)) {
                    group.kind = kind
                    group.kindIsGeneric = true
                    group.evidence = NSUnionRange(group.range, verb)
                }
                return
            }
            // "1 tập thể được … tặng Bằng khen và 2 cá nhân được chọn báo cáo …": the award before is the
            // earlier count's own passive; these counts have a predicate of their own, and it gives nothing.
            if self.passive.firstMatch(in: sentence, range: left, anchored: true) != nil { return }
        }
        // "15 tập thể nhận Bằng khen của Chủ tịch UBND tỉnh".
        if let received = receive.firstMatch(in: sentence, range: right, anchored: true),
           let kind = anyKind.firstMatch(in: sentence, range: NSRange(location: received.upperBound, length: right.upperBound - received.upperBound), anchored: true) {
            // The recipients are the clause's subject, as in a passive ("90 công nhân còn lại nhận Bằng khen …").
            group.isPassive = true
            group.kind = kindName(sentence.substring(utf16: kind))
            group.giver = ofGiver(in: sentence, from: kind.upperBound, to: right.upperBound)
            group.evidence = NSUnionRange(group.range, kind)
            return
        }
        let verbs = anyVerb.matches(in: sentence, range: left)
        let kinds = anyKind.matches(in: sentence, range: left)
        if gappedAward(&group, in: sentence) { return }
        // The verb closest to the counts governs them: "…được khen thưởng, trong đó Ban Thường vụ tặng Bằng khen cho 14 tập thể".
        guard var anchor = verbs.last ?? kinds.first else { return }
        // "Để chọn ra các điển hình tuyên dương năm nay, các tổ chức … đã rà soát, giới thiệu 61 tập thể": the counts
        // are put forward, the award word before them is not theirs.
        let lastAward = max(verbs.last?.upperBound ?? 0, kinds.last?.upperBound ?? 0)
        if nominating.firstMatch(in: sentence, range: NSRange(location: lastAward, length: left.upperBound - lastAward)) != nil { return }
        // "Giám đốc … đã biểu dương, khen thưởng 3 khoa": verbs listed with commas share one subject, before the first.
        if verbs.count > 1, let lastIndex = verbs.indices.last {
            var first = lastIndex
            while first > 0, sentence.substring(utf16: NSRange(location: verbs[first - 1].upperBound,
                                                                 length: verbs[first].location - verbs[first - 1].upperBound))
                .trimmingWhitespace() == "," { first -= 1 }
            if first < lastIndex { anchor = verbs[first] }
        }
        if let kind = kinds.last {
            group.kind = kindName(sentence.substring(utf16: kind))
            group.giver = ofGiver(in: sentence, from: kind.upperBound, to: left.upperBound)
        } else if let verb = verbs.last, let kind = verbKind(sentence.substring(utf16: verb)) {
            group.kind = kind
            group.kindIsGeneric = true
        } else if verbs.count > 1, let kind = verbKind(sentence.substring(utf16: verbs[verbs.count - 2])),
                  bareJoin.matches(sentence.substring(utf16: NSRange(location: verbs[verbs.count - 2].upperBound,
                                                                      length: verbs[verbs.count - 1].location - verbs[verbs.count - 2].upperBound)).trimmingWhitespace()) {
            // "LĐLĐ tỉnh biểu dương và trao giấy chứng nhận cho 100 CNVCLĐ": a bare giving verb joined to one that names
            // the award gives what that one names (what it hands over besides is no award).
            group.kind = kind
            group.kindIsGeneric = true
        } else if let verb = verbs.last, let kind = anyKind.matches(in: sentence, range: NSRange(location: 0, length: left.location)).last,
                  onlyRecipientMarker.matches(sentence.substring(utf16: NSRange(location: verb.upperBound, length: left.upperBound - verb.upperBound))) {
            // "Ban Thường vụ Huyện ủy tặng Giấy khen cho 9 tập thể; Chủ tịch UBND huyện tặng cho 6 tập thể": a bare
            // giving verb right before the counts gives the kind named before it ("tặng hoa cho 10 tập thể" gives none).
            group.kind = kindName(sentence.substring(utf16: kind))
        }
        // The subject: after the last comma before the verb, or after a colon opening a list of givers
        // ("… cùng trao tặng Bằng khen cho các điển hình: Ban Thường vụ Tỉnh ủy tặng 5 tập thể; …").
        var comma = nsSentence.range(of: ",", options: .backwards, range: NSRange(location: left.location, length: anchor.location - left.location))
        var subjectStart = comma.location == NSNotFound ? left.location : comma.upperBound
        if comma.location != NSNotFound {
            let committeeStart = max(left.location, nsSentence.clauseStart(before: comma.location, separator: ","))
            // "Đảng ủy, Bộ Chỉ huy BĐBP tỉnh biểu dương …": a party committee alone before the comma gives jointly with the body after it.
            if isBarePartyCommittee(sentence.substring(utf16: NSRange(location: committeeStart, length: comma.upperBound - committeeStart))) {
                subjectStart = committeeStart
            } else if units.catalog.anyKind.results(in: sentence, range: NSRange(location: committeeStart, length: anchor.location - committeeStart))
                        .contains(where: { NSLocationInRange(comma.location, $0.range) }) {
                // "Giám đốc Sở Văn hóa, Thể thao và Du lịch tặng …": the comma is inside a unit's name.
                subjectStart = committeeStart
            } else if case let clause = sentence.substring(utf16: NSRange(location: committeeStart, length: anchor.location - committeeStart)).trimmingWhitespace(),
                      jointPosts.contains(where: { clause.hasPrefix($0 + " ") }) {
                // "Dịp này, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc cũng trao …": one holder's two posts.
                subjectStart = committeeStart
            }
        }
        let colon = nsSentence.range(of: ":", options: .backwards, range: NSRange(location: subjectStart, length: anchor.location - subjectStart))
        if colon.location != NSNotFound { subjectStart = colon.upperBound }
        // "…; Tổng Giám đốc Công ty … tặng": a clause after a semicolon has a subject of its own.
        subjectStart = max(subjectStart, nsSentence.clauseStart(before: anchor.location))
        // "… cho 2 tập thể, 3 cá nhân và Ban Thường vụ Đảng ủy Khối tặng Giấy khen cho …": the window opens
        // after the last clause's counts, with the joiner.
        if let joiner = giverJoiner.firstMatch(in: sentence, range: NSRange(location: subjectStart, length: anchor.location - subjectStart), anchored: true) {
            subjectStart = joiner.upperBound
        }
        // "4 tập thể, 6 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen và Giám đốc Công an tỉnh tặng Giấy khen cho …": after
        // an award named (or a verb naming one: "Đảng ủy Bệnh viện tuyên dương và Giám đốc Bệnh viện tặng …", `jointVerbAwards`),
        // the joiner opens the next clause's subject.
        // (The kinds and verbs of `left` already read: those in the subject's window.)
        let named = (kinds + verbs.filter { verbKind(sentence.substring(utf16: $0)) != nil })
            .filter { $0.location >= subjectStart && $0.upperBound <= anchor.location }
        if let kind = named.max(by: { $0.upperBound < $1.upperBound }),
           let joiner = giverJoiner.firstMatch(in: sentence, range: NSRange(location: kind.upperBound, length: anchor.location - kind.upperBound), anchored: true),
           joiner.upperBound < anchor.location {   // (not one giver's two verbs: "… biểu dương và tặng Giấy khen cho …")
            subjectStart = joiner.upperBound
        }
        if let opener = breakdown.firstMatch(in: sentence, range: NSRange(location: subjectStart, length: anchor.location - subjectStart), anchored: true) {
            subjectStart = opener.upperBound
        }
        while subjectStart < anchor.location, nsSentence.character(at: subjectStart) == 0x20 { subjectStart += 1 }
        var subjectEnd = anchor.location
        // "Bộ Tư lệnh Quân khu 7 tặng Cờ thi đua cho 1 tập thể là Ban CHQS huyện Đức Trọng và tặng Bằng khen cho 2 tập thể, 3 cá
        // nhân", "… tặng Cờ thi đua cho Ban CHQS huyện Bù Đăng và tặng Bằng khen cho …": after recipients named, "và" joins a second
        // verb to the first one's subject.
        let window = NSRange(location: subjectStart, length: anchor.location - subjectStart)
        if namedJoin.matches(sentence.substring(utf16: window).trimmingWhitespace()) {
            let clauseStart = nsSentence.clauseStart(before: subjectStart)
            if let first = anyVerb.matches(in: sentence, range: NSRange(location: clauseStart, length: subjectStart - clauseStart)).last {
                comma = nsSentence.range(of: ",", options: .backwards, range: NSRange(location: clauseStart, length: first.location - clauseStart))
                subjectStart = comma.location == NSNotFound ? clauseStart : comma.upperBound
                subjectEnd = first.location
            }
        } else if let first = anyVerb.matches(in: sentence, range: window).first, namedBefore.matches(sentence.substring(utf16: window).trimmingWhitespace()) {
            subjectEnd = first.location
        }
        let subject = sentence.substring(utf16: NSRange(location: subjectStart, length: subjectEnd - subjectStart))
        group.actor = giver(from: subject)
        group.byManyGivers = isManyGivers(subject)
        if comma.location != NSNotFound {
            let previousStart = nsSentence.clauseStart(before: comma.location, separator: ",")
            let previous = sentence.substring(utf16: NSRange(location: previousStart, length: comma.location - previousStart))
            group.actorIsPersonsTitle = singlePerson.matches(previous.trimmingWhitespace())
        }
        if group.giver == nil { group.giver = group.actor }
        group.evidence = NSRange(location: subjectStart, length: group.range.upperBound - subjectStart)
    }

    /// "Đảng ủy BĐBP tỉnh tặng Giấy khen cho 6 tập thể, 9 cá nhân; Chỉ huy trưởng BĐBP tỉnh cho 4 tập thể, 7 cá nhân": a clause
    /// after a semicolon naming only a giver and the recipient marker before its counts leaves out the verb and the kind of the
    /// clause before, which it shares. True when it did, the group described.
    func gappedAward(_ group: inout Group, in sentence: String) -> Bool {
        let nsSentence = sentence as NSString
        let start = nsSentence.clauseStart(before: group.range.location)
        guard start > 0 else { return false }
        let own = NSRange(location: start, length: group.range.location - start)
        guard anyVerb.firstMatch(in: sentence, range: own) == nil, anyKind.firstMatch(in: sentence, range: own) == nil,
              let marker = recipientMarkerEnd.firstMatch(in: sentence, range: own) else { return false }
        let previousStart = nsSentence.clauseStart(before: start - 1)
        let previous = NSRange(location: previousStart, length: start - 1 - previousStart)
        guard anyVerb.firstMatch(in: sentence, range: previous) != nil, let kind = anyKind.matches(in: sentence, range: previous).last,
              let giver = giver(from: sentence.substring(utf16: NSRange(location: start, length: marker.location - start)).trimmingWhitespace())
        else { return false }
        group.kind = kindName(sentence.substring(utf16: kind))
        group.giver = giver
        group.actor = giver
        group.evidence = NSRange(location: start, length: group.range.upperBound - start)
        return true
    }

    /// "… của Thủ tướng", also past the award's own name: "Kỷ niệm chương “Vì sự nghiệp …” của",
    /// "Huân chương Lao động hạng Nhì của".

    /// "Bằng khen của Thủ tướng Chính phủ cho …": the giver after "của".
    func ofGiver(in sentence: String, from start: Int, to end: Int) -> String? {
        guard end > start, let of = of.firstMatch(in: sentence, range: NSRange(location: start, length: end - start), anchored: true) else { return nil }
        // Words of the award's name may come before "của", but not a clause ("… cho 5 tập thể của …"). (The marker itself,
        // the match's last word, may be one: "Bằng khen do UBND tỉnh trao".)
        let skipped = sentence.substring(utf16: of)
        let unquoted = skipped.split(whereSeparator: { $0 == "”" || $0 == "\"" }).last.map(String.init) ?? skipped
        guard !notInAwardName.matches(unquoted.split(separator: " ").dropLast().joined(separator: " ")) else { return nil }
        return giverNamed(in: sentence, from: of.upperBound, to: end)
    }

    /// The giver named from `start` (right after "của"), up to the small words that end its name (`ofEnd`), or past them to the
    /// end of a unit's name: "Ban Tuyên giáo và Dân vận Trung ương cho …".
    func giverNamed(in sentence: String, from start: Int, to end: Int) -> String? {
        guard end > start else { return nil }
        let rest = NSRange(location: start, length: end - start)
        var stop = ofEnd.firstMatch(in: sentence, range: rest)?.location ?? end
        // A unit's name holding a clause word runs on ("… của Bộ trưởng Bộ Giáo dục và Đào tạo"): from its start, or after a post.
        if let unit = units.mentions(in: sentence.substring(utf16: rest)).first, rest.location + unit.range.location < stop,
           unit.range.location == 0 || officeTitleStart.matches(sentence.substring(utf16: NSRange(location: start, length: unit.range.location))) {
            stop = max(stop, min(end, rest.location + unit.range.upperBound))
        }
        return giver(from: sentence.substring(utf16: NSRange(location: start, length: stop - start)))
    }

    /// A giver no vocabulary knows is a capitalized phrase of at most this many words ("Tổng Giám đốc Công ty
    /// TNHH MTV Cao su Dầu Tiếng"); longer, it is more likely a clause.
    static let longestUnknownGiverWords = 14

    /// "các cấp", "các huyện ủy, thị ủy": many givers, none of them one; not people handing over ("các đồng chí lãnh đạo …").
    func isManyGivers(_ phrase: String) -> Bool {
        let trimmed = phrase.trimmingWhitespace()
        return manyGivers.matches(trimmed) && !presenters.matches(trimmed)
    }

    /// The giver a post names, when the phrase opens with one of those that give in their own name (`headPost`): its unit's if
    /// named after it, perhaps before its holder's name ("Chủ tịch UBND tỉnh Nguyễn Văn Hòa"), else the organizer's (nothing
    /// after it but adverbs, or the story's own institution: "Hiệu trưởng nhà trường đã"). Nil when the post acts for another
    /// ("Hiệu trưởng thay mặt nhà trường", "Chủ tịch UBND huyện thừa ủy quyền …") or what follows is more of its name ("Chủ
    /// tịch nước"), left to be read as written.
    /// `ownUnit` false: only a post with no unit after it, the organizer's.
    private func postGiving(_ post: String, ownUnit: Bool = true) -> String? {
        guard let title = headPost.firstMatch(in: post, range: NSRange(location: 0, length: (post as NSString).length), anchored: true),
              case let rest = post.substring(utf16From: title.upperBound), !actingForAnother.matches(rest) else { return nil }
        let unit = units.mentions(in: rest).first.flatMap { $0.range.location == 0 ? $0.range.upperBound : nil }
        if unit != nil, !ownUnit { return nil }
        let afterName = units.places.withoutLeadingPersonalName(unit.map { rest.substring(utf16From: $0) } ?? rest)
        if afterName.isEmpty || postAdverbs?.matches(afterName) == true {
            return giver(from: post.substring(utf16To: title.upperBound + (unit ?? 0)))
        }
        if let own = units.catalog.selfReferences.keys.first(where: { afterName.lowercased().hasPrefix($0) }),
           case let more = String(afterName.dropFirst(own.count)).trimmingWhitespace(), more.isEmpty || postAdverbs?.matches(more) == true {
            return giver(from: post.substring(utf16To: title.upperBound))
        }
        return unit != nil ? giver(from: post) : nil
    }

    /// The giver in a phrase: an office ("Chủ tịch UBND tỉnh"), else a unit, else a short capitalized phrase.
    func giver(from phrase: String) -> String? {
        // "… đón nhận Cờ thi đua của Bộ Y tế.": the sentence's full stop is no part of the name.
        // "Hiệu trưởng Trường THCS Hiệp Thạnh cũng tặng …": adverbs before the verb are no part of the name.
        // "+ Giám đốc Sở … tặng …" on a list's line: the bullet is no part of the name either.
        let written = String(CaptionDetector.withoutBullet(Substring(phrase.trimmingWhitespace()))).trimming(charactersIn: ".;:, ")
        let trimmed = trailingAdverbs?.replacingMatches(in: written, with: "") ?? written
        guard !trimmed.isEmpty else { return nil }
        // "Đồng chí A công bố Quyết định của Ban Thường vụ Đảng ủy UBND tỉnh về việc tặng …": the decision's issuer gives.
        if let announced = announcedDecision.firstMatch(in: trimmed) {
            return giverNamed(in: trimmed, from: NSRange(announced.range, in: trimmed).upperBound, to: (trimmed as NSString).length)
        }
        // "Tại buổi lễ, thầy Hiệu trưởng Lê Quang Vinh đã trao Giấy khen …", "… đồng chí Chủ tịch UBND tỉnh trao …": the post, named
        // before its holder's name or with none, gives.
        if let person = personByPost.firstMatch(in: trimmed, range: NSRange(location: 0, length: (trimmed as NSString).length), anchored: true),
           let post = postGiving(trimmed.substring(utf16From: person.upperBound)) {
            return post
        }
        // "thầy Nguyễn Văn Hòa - Hiệu trưởng nhà trường đã trao …": a person, a dash, then the post of the organizer's institution:
        // the post gives, as above. (With a unit of its own, "Đại tá A - Tư lệnh Vùng Cảnh sát biển 3 trao …" hands over a higher
        // body's award as often as its own: read as written below.)
        if let apposition = personalApposition.firstMatch(in: trimmed),
           let post = postGiving(String(trimmed[apposition.range.upperBound...]), ownUnit: false) {
            return post
        }
        // "Đồng chí Nguyễn Văn Hòa - Phó Bí thư Thường trực Tỉnh ủy trao …": a person presents; whose award
        // it is, the clause does not say.
        if singlePerson.matches(trimmed) { return nil }
        // "đại diện lãnh đạo Trung ương Hội CCB Việt Nam trao …", "các đồng chí lãnh đạo Trung ương Hội …": people hand over for the
        // body they lead, named after them.
        if let presenter = presenters.firstMatch(in: trimmed, range: NSRange(location: 0, length: (trimmed as NSString).length), anchored: true),
           case let rest = trimmed.substring(utf16From: presenter.upperBound).trimmingWhitespace(), rest.first?.isUppercase == true {
            return giver(from: rest)
        }
        // "Công an quận Liên Chiểu tổ chức lễ khen thưởng …": the unit holding the ceremony gives ("Ban tổ chức hội nghị" is a giver's name).
        if let held = heldCeremonyEnding.firstMatch(in: trimmed, range: NSRange(location: 0, length: (trimmed as NSString).length)), held.location > 0,
           case let key = VietnameseFolding.looseKey(trimmed),
           !units.catalog.organizingCommittees.contains(where: { key.hasPrefix(VietnameseFolding.looseKey($0)) }) {
            return giver(from: trimmed.substring(utf16To: held.location))
        }
        // "… đã được các huyện ủy, thị ủy, thành ủy biểu dương": many units, none of them the giver.
        if isManyGivers(trimmed) { return nil }
        if let match = office.firstMatch(in: trimmed) { return String(match.value).trimmingWhitespace() }
        if let unit = units.mentions(in: trimmed).last {
            // "Chỉ huy trưởng BĐBP tỉnh", "Hiệu trưởng Trường …": the post gives, not the unit.
            let before = trimmed.substring(utf16To: unit.range.location)
            if let title = officeTitle.firstMatch(in: before)?["title"] { return String(title) + " " + unit.text }
            // "Trưởng Ban Tuyên giáo Tỉnh ủy tặng Giấy khen …", "thừa ủy quyền của Trưởng Ban Tuyên giáo Trung ương", "Trưởng Công an TP
            // Thủ Đức tặng …": the head of the unit, as the whole subject.
            if headTitles.contains(before.trimmingWhitespace()) {
                return before.trimmingWhitespace() + " " + unit.text
            }
            // "Đảng ủy Bộ GD&ĐT tặng …": the ministry's party committee gives; "Ban Thường vụ Đảng ủy Cục Thuế
            // tỉnh tặng …": its standing board, as written.
            // "Đảng ủy các cơ quan Đảng tỉnh Phú Yên (cũ)": the marker of a body the reorganization ended stays.
            let after = trimmed.substring(utf16From: unit.range.upperBound).trimmingWhitespace()
            let former = units.places.gazetteer.formerMarkers.first { after.hasPrefix($0) }.map { " " + $0 } ?? ""
            // "Đảng ủy, Bộ Chỉ huy BĐBP tỉnh": the committee and the command, one giver as written.
            if isBarePartyCommittee(before) { return before.trimmingWhitespace() + " " + unit.text + former }
            guard let committee = unit.partyCommittee else { return unit.text + former }
            return (organ(ending: before, committee: committee).map { $0 + " " } ?? "") + committee + " " + unit.text + former
        }
        // "Ủy ban Hội Liên hiệp Thanh niên Việt Nam (LHTN) TP.HCM": the short name in parentheses is no part of it.
        let cleaned = ShortNames.inParentheses.replacingMatches(in: fillers.replacingMatches(in: trimmed, with: ""), with: "")
            .trimmingWhitespace()
        guard let first = cleaned.first, first.isUppercase, TextShape.wordCount(cleaned) <= Self.longestUnknownGiverWords, !presenters.matches(cleaned) else { return nil }
        // "Hội nghị cũng biểu dương 45 cá nhân": the meeting gives in the organizer's name.
        if eventSubject.matches(cleaned) { return nil }
        // "Trao khen thưởng của … cho 1 tập thể" (a caption): the verb opening it names nobody.
        if verbs.contains(where: { $0.pattern.firstMatch(in: cleaned)?.value.count == cleaned.count }) { return nil }
        // "Ba nhân viên được khen thưởng gồm:", "Nhiều gương sau khi được tuyên dương …": those given it, before "được", and no giver.
        if let marker = passiveMarker.matches(in: cleaned, range: NSRange(location: 0, length: (cleaned as NSString).length)).last,
           marker.upperBound == (cleaned as NSString).length {
            return nil
        }
        return cleaned
    }

    /// "Đảng ủy,": a party committee named alone before a comma, joined to the body named next.
    func isBarePartyCommittee(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        return trimmed.hasSuffix(",") && barePartyCommitteeKeys.contains(VietnameseFolding.looseKey(String(trimmed.dropLast())))
    }

    /// "Ban Thường vụ" in "… Ban Thường vụ Đảng ủy ": the organ of the party committee that closes `text`.
    private func organ(ending text: String, committee: String) -> String? {
        var head = text.trimmingWhitespace()
        guard head.lowercased().hasSuffix(committee.lowercased()) else { return nil }
        head = String(head.dropLast(committee.count)).trimmingWhitespace()
        let lowered = head.lowercased()
        return units.catalog.organs.first { organ in
            lowered == organ.lowercased() || lowered.hasSuffix(" " + organ.lowercased())
        }.map(units.catalog.fullOrgan)
    }

    func kindName(_ text: String) -> String {
        kinds.first { $0.pattern.matches(text) }?.name ?? text
    }

    /// The kind a verb implies ("biểu dương"), or nil for verbs that only hand something over ("tặng").
    func verbKind(_ text: String) -> String? {
        verbs.first { $0.pattern.matches(text) }?.kind
    }
}

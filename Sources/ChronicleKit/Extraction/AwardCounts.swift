import Foundation

/// Counts and the lists they form in a sentence: "1 tập thể, 2 cá nhân", "3 tập thể gồm A, B và 4 cá nhân",
/// totals and their breakdowns, lists joined by "và".
extension AwardFinder {
    /// A run of counts that belong together: "1 tập thể, 2 cá nhân", "12 tập thể và 13 cá nhân".
    /// Ranges are UTF-16 offsets into the folded sentence.
    struct Group {
        var range: NSRange
        var collectives = 0, individuals = 0, combined = 0
        var giver: String?
        /// Who performs the clause ("Hội CCB huyện trao … của Trung ương Hội CCB"): a later clause
        /// without a giver ("đồng thời tặng Giấy khen cho …") is theirs.
        var actor: String?
        /// The giver was taken from the clause before, the clause naming none of its own.
        var giverIsInherited = false
        var kind: String?
        var kindIsGeneric = false
        var evidence: NSRange
        var isTotal = false
        /// Counts of people named by trade ("100 công nhân") need the award word right before them,
        /// or a passive right after ("5 công nhân lao động được nhận Bằng khen").
        var needsAdjacentAward = false
        var isPassive = false
        /// Some of an award's recipients named again ("trong đó có 6 khu dân cư"): not an award of its own.
        var isPartOfTotal = false
        /// Takes no further counts (an elided count: "45 và 60 cựu chiến binh").
        var takesNoMoreCounts = false
        /// Started by a place or trade count not introduced as recipients ("thuộc 5 xã"): counts of
        /// recipients after it ("… và 20 cá nhân") are not part of it.
        var startsWithStrayPlace = false
        /// One unit or person named, not counted.
        var isNamed = false
        /// "cho các tập thể: A; B; C.": units named one by one, perhaps with people in the next sentence ("Các cá nhân: …").
        var listsUnitsByName = false
        /// "các tập thể, cá nhân còn lại được …": the total (its range) this group is the rest of (`remainderAwarded`).
        var remainderOf: NSRange?
        var recipientName: String?
        /// The total this group is a part of, when it takes its award ("5 tập thể, cá nhân, gồm: 2 tập thể …; 3 cá nhân …").
        var splitOf: Int?
        /// The actor is a title set off after a person's name ("Đồng chí A, Trưởng Ban Dân vận Tỉnh ủy trao …"):
        /// someone handing over.
        var actorIsPersonsTitle = false
        /// Given by many ("… được các cấp khen thưởng", "các cấp đã biểu dương …"): with no giver named besides ("của …"),
        /// a tally over givers, no award of one.
        var byManyGivers = false
        /// The noun classes in the order written (0 combined, 1 collectives, 2 individuals).
        var classOrder: [Int] = []
        var total: Int { collectives + individuals + combined }
        /// Which nouns the counts are of (0 combined, 1 collectives, 2 individuals).
        var classes: Set<Int> = []
        /// The nouns as written, lowercased.
        var nouns: Set<String> = []
    }

    struct CountMatch {
        var range: NSRange
        var number: NSRange
        var noun: NSRange
        var approximate: Bool
        /// After a running total's word ("lên 227 tập thể"): the counts of its list after it are of the total too.
        var runningTotal = false
        /// "45" in "45 và 60 cựu chiến binh": a list of its own, with the next count's noun.
        var elided: Bool
    }

    func countMatches(in sentence: String) -> [CountMatch] {
        let whole = NSRange(location: 0, length: (sentence as NSString).length)
        let counted = count.results(in: sentence, range: whole).map { match in
            let total = match.range(withName: "total").location != NSNotFound
            return CountMatch(range: match.range, number: match.range(withName: "n"), noun: match.range(withName: "noun"),
                              approximate: total || match.range(withName: "approx").location != NSNotFound, runningTotal: total, elided: false)
        }
        let elided = elidedCount.results(in: sentence, range: whole).map {
            CountMatch(range: $0.range(withName: "n"), number: $0.range(withName: "n"), noun: $0.range(withName: "noun"), approximate: false, elided: true)
        }.filter { match in !counted.contains { NSIntersectionRange($0.range, match.range).length > 0 } }
        // "số tập thể, cá nhân tương ứng là 20 và 31": each number with its noun named before.
        // (Both or neither: a number read as another count already leaves no pair.)
        let respective = (respectiveCounts?.results(in: sentence, range: whole) ?? []).filter { match in
            !(counted + elided).contains { NSIntersectionRange($0.range, NSUnionRange(match.range(withName: "n1"), match.range(withName: "n2"))).length > 0 }
        }.flatMap { match in
            [CountMatch(range: match.range(withName: "n1"), number: match.range(withName: "n1"), noun: match.range(withName: "c"), approximate: false, elided: false),
             CountMatch(range: match.range(withName: "n2"), number: match.range(withName: "n2"), noun: match.range(withName: "i"), approximate: false, elided: false)]
        }
        let all = (counted + elided + respective).sorted { $0.range.location < $1.range.location }
        // "8 tổ chức đảng (gồm 3 đảng bộ cơ sở và 5 chi bộ …) và 17 đảng viên": counts in parentheses right after a count
        // are some of it, and the list goes on after them. Not when the count before is a combined one ("45 tập thể, cá
        // nhân (20 tập thể, 25 cá nhân)"): the split tells who they are.
        let nsSentence = sentence as NSString
        return all.filter { match in
            let open = nsSentence.range(of: "(", options: .backwards, range: NSRange(location: 0, length: match.range.location))
            guard open.location != NSNotFound, nsSentence.range(of: ")", options: [], range: NSRange(location: open.location, length: match.range.location - open.location)).location == NSNotFound,
                  let outer = all.last(where: { $0.range.upperBound <= open.location }),
                  sentence.substring(utf16: NSRange(location: outer.range.upperBound, length: open.location - outer.range.upperBound))
                    .trimmingWhitespace().isEmpty else { return true }
            return combinedNoun.matches(sentence.substring(utf16: outer.noun))
        }
    }

    /// Only a list's joiner between two counts (`bareJoin`: a comma, "và").
    private func continuesList(from end: Int, to start: Int, in sentence: String) -> Bool {
        start >= end && bareJoin.matches(sentence.substring(utf16: NSRange(location: end, length: start - end)).trimmingWhitespace())
    }

    /// A second count of these after one of the same class is a new list, never a part of it.
    static let genericNouns: Set<String> = ["tập thể", "cá nhân"]

    func groups(in sentence: String) -> [Group] {
        let nsSentence = sentence as NSString
        var groups: [Group] = []
        // Where the last running total read ends: "lên 227 tập thể, 400 cá nhân" is one total, both counts.
        var runningTotalEnd: Int?
        for match in countMatches(in: sentence) {
            if match.runningTotal || runningTotalEnd.map({ continuesList(from: $0, to: match.range.location, in: sentence) }) == true {
                runningTotalEnd = match.range.upperBound
                continue
            }
            runningTotalEnd = nil
            guard !match.approximate, let number = NumberWords.value(sentence.substring(utf16: match.number)) else { continue }
            // "Chi bộ một thôn vùng cao": a number written as a word is a count only where recipients are introduced.
            if !sentence.substring(utf16: match.number).contains(where: \.isNumber), !opensRecipients(before: match.range.location, in: sentence, after: groups.last?.range.upperBound ?? 0) { continue }
            let noun = sentence.substring(utf16: match.noun)
            let nounClass = combinedNoun.matches(noun) ? 0 : collectiveNoun.matches(noun) ? 1 : 2
            // "2 tập thể, 3 cá nhân và 15 tập thể, 26 cá nhân": a noun named again starts a new list;
            // "2 đảng bộ bộ phận, 5 chi bộ và 14 đảng viên" is one list of two kinds of collective.
            let nounKey = noun.lowercased()
            let afterAwardNoun = weakNoun.matches(noun)
            // "10 tập thể thuộc 5 xã và 20 cá nhân": recipients never join a stray place count.
            if !match.elided, let last = groups.last, !last.takesNoMoreCounts, !last.nouns.contains(nounKey),
               !(last.classes.contains(nounClass) && Self.genericNouns.contains(nounKey)),
               // "lần lượt cho 14 tập thể, cá nhân và 6 tập thể, 5 cá nhân": a count not split and a split one are two lists.
               last.classes.contains(0) == (nounClass == 0),
               !(last.startsWithStrayPlace && !afterAwardNoun),
               joins(sentence.substring(utf16: NSRange(location: last.range.upperBound, length: match.range.location - last.range.upperBound))) {
                groups[groups.count - 1].range = NSUnionRange(last.range, match.range)
            } else {
                groups.append(Group(range: match.range, evidence: match.range))
                groups[groups.count - 1].takesNoMoreCounts = match.elided
                if afterAwardNoun {
                    let start = max(groups.count > 1 ? groups[groups.count - 2].range.upperBound : 0, match.range.location - Self.introductionWindow)
                    groups[groups.count - 1].startsWithStrayPlace =
                        recipientIntroduction.firstMatch(in: sentence, range: NSRange(location: start, length: match.range.location - start)) == nil
                }
            }
            if !groups[groups.count - 1].classes.contains(nounClass) { groups[groups.count - 1].classOrder.append(nounClass) }
            groups[groups.count - 1].classes.insert(nounClass)
            groups[groups.count - 1].nouns.insert(nounKey)
            if afterAwardNoun { groups[groups.count - 1].needsAdjacentAward = true }
            if combinedNoun.matches(noun) {
                groups[groups.count - 1].combined += number
            } else if collectiveNoun.matches(noun) {
                groups[groups.count - 1].collectives += number
            } else {
                groups[groups.count - 1].individuals += number
            }
            groups[groups.count - 1].evidence = groups[groups.count - 1].range
        }
        // "cho 4 em học sinh và tập thể lớp 8A3": one collective more, named after the counts at the clause's end.
        for index in groups.indices where groups[index].combined == 0 && groups[index].individuals > 0 {
            let after = groups[index].range.upperBound
            let end = index + 1 < groups.count ? groups[index + 1].range.location : nsSentence.clauseEnd(from: after)
            guard let named = prefixedCollective.firstMatch(in: sentence, range: NSRange(location: after, length: end - after), anchored: true) else { continue }
            groups[index].collectives += 1
            if groups[index].classes.insert(1).inserted { groups[index].classOrder.append(1) }
            groups[index].range = NSUnionRange(groups[index].range, named)
            groups[index].evidence = groups[index].range
        }
        for index in groups.indices {
            let range = groups[index].range
            let clauseStart = nsSentence.clauseStart(before: range.location)
            let leftStart = index > 0 ? max(groups[index - 1].range.upperBound, clauseStart) : clauseStart
            let clauseEnd = nsSentence.clauseEnd(from: range.upperBound)
            let rightEnd = index + 1 < groups.count ? min(groups[index + 1].range.location, clauseEnd) : clauseEnd
            let left = NSRange(location: leftStart, length: range.location - leftStart)
            let right = NSRange(location: range.upperBound, length: max(0, rightEnd - range.upperBound))
            // "31 tập thể và cá nhân, trong đó …": a total whose breakdown follows is not counted again,
            // also further on ("105 cựu chiến binh được tuyên dương, trong đó X và Y lần lượt tặng … cho
            // 45 và 60 cựu chiến binh") when the later counts add up to it.
            if index + 1 < groups.count {
                // The breakdown: the counts up to the clause end after the next count ("45 tập thể, cá nhân; trong đó, 12 …").
                let next = groups[index + 1].range.location
                let breakdownEnd = nsSentence.clauseEnd(from: next)
                var parts = groups.indices.filter { $0 > index && groups[$0].range.location < breakdownEnd }
                let total = groups[index].total
                // "45 tập thể, cá nhân, gồm 20 tập thể và 25 cá nhân, trong số đó có 7 cá nhân là …": the breakdown ends where a
                // breakdown of it begins, when the counts before add up to the total; those after are some of them.
                if parts.reduce(0, { $0 + groups[$1].total }) != total,
                   let further = breakdownInside.firstMatch(in: sentence, range: NSRange(location: groups[index + 1].range.upperBound,
                                                                                          length: max(0, breakdownEnd - groups[index + 1].range.upperBound))) {
                    let before = parts.filter { groups[$0].range.location < further.location }
                    if before.reduce(0, { $0 + groups[$1].total }) == total {
                        // (Not one given an award of its own: "…, trong đó có 5 cá nhân được Thủ tướng Chính phủ tặng Bằng khen".)
                        for part in parts where !before.contains(part) && !givenItsOwn(part, groups, in: sentence) {
                            groups[part].isPartOfTotal = true
                        }
                        parts = before
                    }
                }
                let rest = parts.reduce(0) { $0 + groups[$1].total }
                // A split says more than its total only when it tells collectives from individuals: "46 điển hình
                // gồm 17 tập thể và 29 cá nhân". "105 gương gồm 21 gương khối lực lượng vũ trang, 18 …" sorts
                // the same people: the total stays the award.
                // Parts that are awards of their own ("trong đó Tỉnh đoàn và … lần lượt tặng Bằng khen cho 30 và 40
                // đoàn viên") split it too.
                let partClasses = Set(parts.flatMap { groups[$0].classes })
                // From the total's count to the next count, where a breakdown's word ("trong đó", "gồm") or parenthesis stands.
                let between = NSRange(location: range.upperBound, length: next - range.upperBound)
                let marker = breakdownInside.firstMatch(in: sentence, range: between)
                let partsOwnAward = marker.map { found in
                    let lead = NSRange(location: found.upperBound, length: next - found.upperBound)
                    return anyVerb.firstMatch(in: sentence, range: lead) != nil || anyKind.firstMatch(in: sentence, range: lead) != nil
                } ?? false
                // "60 cá nhân được tuyên dương, trong đó có 5 cá nhân được Đoàn Chủ tịch … tặng Bằng khen và 55 cá
                // nhân được Ban Chấp hành … tặng Bằng khen": each part is given its own award.
                let partsGivenTheirOwn = parts.count >= 2 && parts.allSatisfy { givenItsOwn($0, groups, in: sentence) }
                // (A count not split, in parts not split either, sorts the same people: "62 điển hình …, trong đó 24 điển hình thuộc khu vực A …";
                // unless the parts name their awards: "…, trong đó 36 tập thể, cá nhân nhận Bằng khen … và 50 … nhận Giấy khen …".)
                let partsNameKinds = anyKind.firstMatch(in: sentence, range: NSRange(location: next, length: max(0, breakdownEnd - next))) != nil
                let splits = (groups[index].combined > 0 && (partClasses != [0] || partsNameKinds)) || !partClasses.isSubset(of: groups[index].classes)
                    || partsOwnAward || partsGivenTheirOwn
                // (After describing words, only a breakdown adding up to the total: the parentheses may say who they are.)
                if breakdown.firstMatch(in: sentence, range: between, anchored: true) != nil
                    || (rest == total && splitInParentheses(after: between, parts: parts.map { groups[$0].range }, in: sentence)) {
                    // "120 tập thể, cá nhân, trong đó … Cờ thi đua cho 3 tập thể; tặng Bằng khen cho 45 tập thể và 72 cá
                    // nhân": the breakdown runs past the first clause when all the later counts add up to the total.
                    let allLater = groups.indices.filter { $0 > index }.reduce(0) { $0 + groups[$1].total }
                    if splits && (rest == total || (groups[index].combined > 0 && rest <= total)) {
                        groups[index].isTotal = true
                        // "25 tập thể, cá nhân, trong đó có 9 tập thể": the rest are the other kind (16 cá nhân).
                        if groups[index].combined > 0, rest < total, allLater != total, parts.count == 1, groups[parts[0]].classes.count == 1 {
                            if groups[parts[0]].classes.contains(1) { groups[parts[0]].individuals = total - rest }
                            if groups[parts[0]].classes.contains(2) { groups[parts[0]].collectives = total - rest }
                        }
                    } else if rest <= total, !partsOwnAward {
                        // "15 tập thể và 21 cá nhân, trong đó có 6 khu dân cư": some of those counted, named again
                        // ("…, trong đó có Thiếu tá A; Chủ tịch UBND huyện tặng Giấy khen cho 1 tập thể …" is an award of its own,
                        // as is "…, trong đó có 5 cá nhân được Thủ tướng Chính phủ tặng Bằng khen").
                        for part in parts where !givenItsOwn(part, groups, in: sentence) { groups[part].isPartOfTotal = true }
                    }
                } else if rest == total, breakdownInside.firstMatch(in: sentence, range: right) != nil {
                    if splits {
                        groups[index].isTotal = true
                    } else {
                        for part in parts { groups[part].isPartOfTotal = true }
                    }
                } else if rest < total, !splits, !parts.contains(where: { givenItsOwn($0, groups, in: sentence) }),
                          let marker,
                          Self.onlyDescribes(sentence.substring(utf16: NSRange(location: range.upperBound, length: marker.location - range.upperBound))) {
                    // "tuyên dương 135 đoàn viên, công nhân lao động tiêu biểu, trong đó có 48 nữ công nhân và 21 đảng viên": some of
                    // those counted, after words describing them all.
                    for part in parts { groups[part].isPartOfTotal = true }
                } else if groups[index].combined > 0, marker != nil, groups.indices.filter({ $0 > index }).reduce(0, { $0 + groups[$1].total }) == total {
                    // "tuyên dương 86 tập thể, cá nhân …; cụ thể: 2 tập thể, 2 cá nhân được …; 12 tập thể, 20 cá nhân được …":
                    // a count not split, broken down past its own clause into all the counts after it.
                    // "62 điển hình được biểu dương …, trong đó 24 điển hình thuộc khu vực A, 21 … và 17 …": the same people sorted by
                    // place, counted alike and given nothing of their own, leave the total the award.
                    let later = groups.indices.filter { $0 > index }
                    let laterNameKinds = anyKind.firstMatch(in: sentence, range: NSRange(location: next, length: nsSentence.length - next)) != nil
                    if !laterNameKinds, later.allSatisfy({ groups[$0].classes == [0] && !givenItsOwn($0, groups, in: sentence) }) {
                        for part in later { groups[part].isPartOfTotal = true }
                    } else {
                        groups[index].isTotal = true
                    }
                }
            }
            describe(&groups[index], left: left, right: right, in: sentence)
            applyPrincipal(&groups[index], clauseStart: clauseStart, in: sentence)
            completeShortGiver(&groups[index])
            // "tặng Giấy khen cho Chi bộ Xí nghiệp Thủy lợi Phú Ninh và 3 đảng viên": one named unit more;
            // "cho Đảng ủy Khối …, Huyện ủy Quảng Xương, Thị ủy Nghi Sơn và 3 cá nhân": one for each.
            var namedHead: (range: NSRange, count: Int)?
            if let named = namedBefore.firstResult(in: sentence, range: left)
                ?? (groups[index].isPassive ? namedSubjectBefore.firstResult(in: sentence, range: left) : nil) {
                let names = sentence.substring(utf16: named.range(withName: "name")).components(separatedBy: ", ")
                if names.allSatisfy({ opensWithUnit($0) || units.catalog.selfReferences[$0.lowercased()] != nil }) {
                    namedHead = (named.range(withName: "name"), names.count)
                }
            }
            // A trade noun counts right after the award word, or after the units heading its list ("cho nhà trường và 9 học sinh").
            if groups[index].needsAdjacentAward, !groups[index].isPassive, !awardWordEnds(left, in: sentence),
               namedHead == nil || !awardWordEnds(NSRange(location: left.location, length: namedHead!.range.location - left.location), in: sentence) {
                groups[index].kind = nil
            }
            if groups[index].kind != nil, let namedHead {
                groups[index].collectives += namedHead.count
                groups[index].evidence = NSUnionRange(groups[index].evidence, namedHead.range)
            }
            // "tặng Bằng khen cho 30 điển hình được tuyên dương, trong đó có 8 tập thể và 22 cá nhân": a verb telling who the total's
            // people are is not the kind of its split.
            if groups[index].kindIsGeneric, !groups[index].isPassive, index > 0, groups[index - 1].isTotal, groups[index - 1].kind != nil,
               !groups[index - 1].kindIsGeneric,
               passiveMarker.firstMatch(in: sentence, range: NSRange(location: groups[index - 1].range.upperBound,
                                                                     length: groups[index].range.location - groups[index - 1].range.upperBound)) != nil {
                groups[index].kind = nil
            }
            // "tặng Giấy khen cho 18 tập thể, cá nhân, trong đó có 7 tập thể và 11 cá nhân": the split is the award, also
            // past a semicolon ("… 5 tập thể, cá nhân, gồm: 2 tập thể là …; 3 cá nhân là …") while the parts stay within the total.
            if groups[index].kind == nil, let total = (0..<index).last(where: { groups[$0].isTotal }), groups[total].kind != nil,
               total == index - 1 || (clauseStart > groups[total].range.location && groups[index - 1].splitOf == total),
               groups[(total + 1)...index].reduce(0, { $0 + $1.total }) <= groups[total].total {
                groups[index].kind = groups[total].kind
                groups[index].kindIsGeneric = groups[total].kindIsGeneric
                groups[index].giver = groups[total].giver
                groups[index].actor = groups[total].actor
                groups[index].splitOf = total
            }
            // "Ban Thường vụ Huyện ủy tặng Giấy khen cho 9 tập thể, 14 cá nhân và Chủ tịch UBND huyện 6 tập thể, 11 cá nhân":
            // a giver joined by "và" right before the counts shares the clause before's award, its verb left out.
            if groups[index].kind == nil, index > 0, let kind = groups[index - 1].kind, let gapped = gappedGiver(left, in: sentence) {
                groups[index].kind = kind
                groups[index].kindIsGeneric = groups[index - 1].kindIsGeneric
                groups[index].giver = gapped
                groups[index].actor = gapped
                groups[index].evidence = NSUnionRange(left, groups[index].evidence)
            }
            // "2 tập thể, 3 cá nhân được Chủ tịch UBND thành phố tặng Bằng khen; 35 tập thể và 48 cá nhân … được biểu
            // dương": a giver said in one clause's passive is that clause's, not the next one's.
            let ownPassiveBefore = index > 0 && groups[index].isPassive && groups[index - 1].isPassive && !groups[index - 1].isTotal
                && clauseStart > groups[index - 1].range.upperBound
            if groups[index].kind != nil, groups[index].giver == nil, index > 0, !ownPassiveBefore {
                // A breakdown's counts are given by whoever gave the total ("Ban Thường vụ khen thưởng 45 …;
                // trong đó 17 tập thể và 28 cá nhân được tặng Giấy khen").
                groups[index].giver = groups[index - 1].isTotal ? groups[index - 1].giver : groups[index - 1].actor ?? groups[index - 1].giver
                groups[index].giverIsInherited = true
            }
            // "Ban Thường vụ Tỉnh ủy tặng Cờ thi đua cho …; tặng Bằng khen cho 18 tập thể": a clause with no
            // subject of its own has the sentence's.
            if groups[index].kind != nil, groups[index].giver == nil, groups[index].actor == nil, !ownPassiveBefore,
               let verb = anyVerb.firstMatch(in: sentence, range: NSRange(location: 0, length: range.location)) {
                let opening = sentence.substring(utf16To: verb.location)
                let subject = opening.split(separator: ",").last.map(String.init) ?? opening
                groups[index].giver = giver(from: subject)
            }
        }
        shareLeftOutVerbs(&groups, in: sentence)
        return groups
    }

    /// "9 tập thể, 16 cá nhân được Ban Thường vụ Đảng ủy xã và 5 tập thể, 7 cá nhân được Chủ tịch UBND xã tặng Giấy khen": a
    /// passive naming its giver, its verb left out before "và", shares the next passive's award (back from the last, so a
    /// chain of three does).
    private func shareLeftOutVerbs(_ groups: inout [Group], in sentence: String) {
        for index in groups.indices.dropLast().reversed() where groups[index].kind == nil && groups[index].isPassive {
            let next = groups[index + 1]
            guard let kind = next.kind, next.isPassive else { continue }
            let between = sentence.substring(utf16: NSRange(location: groups[index].range.upperBound,
                                                            length: next.range.location - groups[index].range.upperBound)).trimmingWhitespace()
            let length = (between as NSString).length
            guard !between.contains(";"), let marker = passiveMarker.firstMatch(in: between, range: NSRange(location: 0, length: length), anchored: true),
                  let joiner = listJoinerEnd.firstMatch(in: between, range: NSRange(location: 0, length: length)), joiner.location > marker.upperBound,
                  case let byPhrase = between.substring(utf16: NSRange(location: marker.upperBound, length: joiner.location - marker.upperBound)),
                  !anyVerb.matches(byPhrase), !anyKind.matches(byPhrase), let giver = giver(from: byPhrase) else { continue }
            groups[index].kind = kind
            groups[index].kindIsGeneric = next.kindIsGeneric
            groups[index].giver = giver
            groups[index].actor = giver
            // The evidence runs to the verb and kind it shares.
            groups[index].evidence = NSUnionRange(groups[index].range, next.evidence)
        }
    }

    /// "… và Chủ tịch UBND huyện " or "…; của Ban Tuyên giáo Trung ương cho " between two lists of counts: a joiner,
    /// then nothing but a post or a unit (after "của", before "cho": the award's name said once for both).
    /// Also with each giver's counts in parentheses: "Bằng khen của Thủ tướng Chính phủ (1 tập thể, 2 cá nhân), Ban Tuyên
    /// giáo Trung ương (2 tập thể, 2 cá nhân) và Chủ tịch UBND tỉnh (10 tập thể, 15 cá nhân)".
    func gappedGiver(_ left: NSRange, in sentence: String) -> String? {
        var text = sentence.substring(utf16: left)
        if text.hasPrefix(")"), text.trimmingWhitespace().hasSuffix("(") {
            text = String(text.dropFirst().trimmingWhitespace().dropLast())
        }
        // Without "của … cho" around it, the giver needs its joiner (a clause after a semicolon starts without one).
        guard let match = gap.firstMatch(in: text), let named = match["giver"], (match["marker"] == nil) == (match["to"] == nil),
              match["joiner"] != nil || match["marker"] != nil else { return nil }
        let phrase = String(named).trimmingWhitespace()
        let length = (phrase as NSString).length
        guard phrase.first?.isUppercase == true, !anyVerb.matches(phrase), !anyKind.matches(phrase) else { return nil }
        // The whole phrase (but a closing stop) is the post or the unit.
        func whole(_ range: NSRange) -> Bool { range.location == 0 && range.upperBound >= length - 1 }
        let isPost = office.firstResult(in: phrase, range: NSRange(location: 0, length: length)).map { whole($0.range) } ?? false
        return isPost || units.mentions(in: phrase).contains { whole($0.range) } ? giver(from: phrase) : nil
    }

    /// "Thừa ủy quyền của Chủ tịch nước, …": the principal gives, whoever hands it over, unless
    /// the clause names the award's own giver ("Cờ thi đua của Chính phủ"), or names it short ("thừa ủy quyền
    /// của Bộ trưởng Bộ Công an, … trao Bằng khen của Bộ trưởng cho …": the principal's post).
    /// A clause that names no giver at all takes the issuer of a decision it opens with ("Theo Quyết định … của X,").
    func applyPrincipal(_ group: inout Group, clauseStart: Int, in sentence: String) {
        guard group.kind != nil else { return }
        let opening = NSRange(location: clauseStart, length: group.range.location - clauseStart)
        // The issuer's name ends as a giver's after "của" does: "của UBND huyện về việc khen thưởng Trường …,".
        if group.giver == nil, let decision = decidedBy.firstMatch(in: sentence, range: opening),
           let issuer = giverNamed(in: sentence, from: decision.upperBound, to: opening.upperBound) {
            group.giver = issuer
            group.actor = issuer
            return
        }
        guard let match = onBehalf.match(in: sentence, range: opening),
              let principalGiver = match["principal"].flatMap({ giver(from: String($0)) }) else { return }
        let principal = match.result.range
        let ownGiverSaidShort = group.giver.map { principalGiver.hasPrefix($0 + " ") } ?? false
        guard group.giver == nil || group.giver == group.actor || ownGiverSaidShort else { return }
        // "Thừa ủy quyền Chủ tịch UBND tỉnh, ông A trao Bằng khen …, đồng thời UBND thành phố tặng Giấy khen …": a subject
        // of its own after the presenter's verb gives its own award.
        let between = NSRange(location: principal.upperBound, length: group.range.location - principal.upperBound)
        if let actor = group.actor, let firstVerb = anyVerb.firstMatch(in: sentence, range: between) {
            let named = (sentence as NSString).range(of: actor, options: .backwards, range: between)
            if named.location != NSNotFound, named.location > firstVerb.upperBound { return }
        }
        group.giver = principalGiver
        group.actor = principalGiver
    }

    /// "Đại tá A, Chỉ huy trưởng BĐBP tỉnh trao Giấy khen của Chỉ huy trưởng cho …": the award's giver said short is the
    /// presenter's post.
    func completeShortGiver(_ group: inout Group) {
        guard let giver = group.giver, let actor = group.actor, Self.opens(actor, saidShort: giver) else { return }
        group.giver = actor
    }

    /// "Bằng khen của Trung ương Hội" beside "Cờ thi đua của Trung ương Hội Chữ thập đỏ Việt Nam" in one paragraph: a giver said
    /// short takes the full name of another award's giver it opens there (one of a few words at least: "Đảng ủy" opens many).
    func completingShortGivers(_ awards: [Award]) -> [Award] {
        awards.map { award in
            guard let giver = award.giver, TextShape.wordCount(giver) >= Self.shortGiverWords,
                  let full = awards.first(where: { $0.line == award.line && $0.giver.map { Self.opens($0, saidShort: giver) } == true })?.giver
            else { return award }
            var award = award
            award.giver = full
            return award
        }
    }

    /// Whether `full` is `short` with more words after it.
    static func opens(_ full: String, saidShort short: String) -> Bool { full.hasPrefix(short + " ") }

    /// Words a giver said short must have to take another award's giver in full.
    static let shortGiverWords = 3

    /// "tặng Giấy khen cho 3 tập thể có thành tích tổ chức tốt … và 10 giáo viên đạt giải": a count
    /// joined by "và" to an award's recipients, with no award word of its own, is more of them.
    func mergingContinuations(_ groups: [Group], in sentence: String) -> [Group] {
        var merged: [Group] = []
        for group in groups {
            // The parts of one split total told in clauses of their own are its one award.
            if let total = group.splitOf, let last = merged.last, last.splitOf == total {
                merged[merged.count - 1].collectives += group.collectives
                merged[merged.count - 1].individuals += group.individuals
                merged[merged.count - 1].combined += group.combined
                merged[merged.count - 1].range = NSUnionRange(last.range, group.range)
                merged[merged.count - 1].evidence = NSUnionRange(last.evidence, group.evidence)
                continue
            }
            // (Never some of those counted before: "135 đoàn viên, trong đó có 48 nữ công nhân và 21 đảng viên".)
            if group.kind == nil, !group.isTotal, !group.isPartOfTotal, let last = merged.last, last.kind != nil, !last.isTotal, !last.takesNoMoreCounts {
                let between = sentence.substring(utf16: NSRange(location: last.range.upperBound, length: group.range.location - last.range.upperBound))
                let text = between.trimmingWhitespace()
                // "cho 3 tập thể: A, B, C; và 4 cá nhân: …": a semicolon may stand before the joiner of one list.
                let semicolonOnlyBeforeJoiner = text.split(separator: ";").last.map { listJoinerEnd.matches(" " + $0.trimmingWhitespace()) } ?? false
                // "cho 5 tập thể, gồm: A; B; C; D; E, cùng 9 cá nhân": the members a count's breakdown lists after its colon are its
                // own, however many; what follows the last of them joins the next count.
                let colon = text.firstIndex(of: ":")
                let membersNamed = breakdown.matches(text) && colon.map { colon in text.firstIndex(of: ";").map { colon < $0 } ?? true } == true
                let tail = membersNamed ? text.split(whereSeparator: { $0 == ";" || $0 == "," }).last.map(String.init) ?? text : text
                // Asides in parentheses ("(xã Thượng Bằng La)") do not lengthen a list.
                let continuesList = TextShape.wordCount(Self.parenthetical.replacingMatches(in: tail, with: "")) <= Self.longestContinuationWords
                    && listJoinerEnd.matches(text) && (!text.contains(";") || semicolonOnlyBeforeJoiner || membersNamed) && namesNoAward(text)
                // "Huân chương … hạng Nhì cho 1 tập thể, hạng Ba cho 2 tập thể và 3 cá nhân": another class of the award, one kind.
                // "tặng Giấy khen cho 6 tập thể, 10 cá nhân có thành tích …; 3 tập thể, 5 cá nhân có thành tích …": counts opening the
                // clause after a semicolon with a reason of their own, telling no award before or after them (to the next semicolon),
                // are more recipients. (Not counts naming the members of those before, "…; ba chi bộ gồm Chi bộ ấp Chợ, …", nor who
                // they are, "… cho 15 tập thể, cá nhân; 5 tập thể, 10 cá nhân là đảng viên trẻ".)
                let clauseEnd = (sentence as NSString).clauseEnd(from: group.range.upperBound)
                let after = sentence.substring(utf16: NSRange(location: group.range.upperBound, length: clauseEnd - group.range.upperBound))
                let moreAfterSemicolon = text.hasSuffix(";") && last.combined == 0 && namesNoAward(text) && namesNoAward(after)
                    && !breakdown.matches(after) && reason.firstMatch(in: after) != nil
                if continuesList || moreAfterSemicolon || anotherClass?.matches(text) == true {
                    var joined = last
                    joined.collectives += group.collectives
                    joined.individuals += group.individuals
                    joined.combined += group.combined
                    joined.range = NSUnionRange(last.range, group.range)
                    joined.evidence = NSUnionRange(last.evidence, group.evidence)
                    merged[merged.count - 1] = joined
                    continue
                }
            }
            // A place or trade count with no award word of its own ("5 xã") is no award and joins nothing.
            if group.kind == nil, group.needsAdjacentAward, !group.isPassive { continue }
            merged.append(group)
        }
        return merged
    }

    static let longestContinuationWords = 20

    /// What comes before a count introduces recipients: nothing (the clause's start), a list joiner, or
    /// a marker, verb, kind or punctuation (`recipientIntroduction`).
    func opensRecipients(before location: Int, in sentence: String, after floor: Int) -> Bool {
        let nsSentence = sentence as NSString
        let start = max(floor, location - Self.introductionWindow, nsSentence.clauseStart(before: location))
        let before = sentence.substring(utf16: NSRange(location: start, length: location - start))
        if before.trimmingWhitespace().isEmpty { return start == floor || start == nsSentence.clauseStart(before: location) }
        // "Dịp này, một tập thể và một cá nhân … nhận Bằng khen": the subject, right after an opening phrase.
        if before.trimmingWhitespace().hasSuffix(",") { return true }
        return recipientIntroduction.firstMatch(in: sentence, range: NSRange(location: start, length: location - start)) != nil
            || listJoinerEnd.matches(before.trimmingWhitespace())
    }

    /// "… 5 cá nhân được Thủ tướng Chính phủ tặng Bằng khen": a count right followed by a passive naming a kind, its own award.
    func givenItsOwn(_ part: Int, _ groups: [Group], in sentence: String) -> Bool {
        let nsSentence = sentence as NSString
        let end = part + 1 < groups.count ? groups[part + 1].range.location : nsSentence.clauseEnd(from: groups[part].range.upperBound)
        let after = NSRange(location: groups[part].range.upperBound, length: max(0, end - groups[part].range.upperBound))
        return passive.firstMatch(in: sentence, range: after, anchored: true) != nil && anyKind.firstMatch(in: sentence, range: after) != nil
    }

    /// Words describing those counted ("tiêu biểu", "có thành tích xuất sắc"): a few, with no number.
    static func onlyDescribes(_ text: String) -> Bool {
        !text.contains(where: \.isNumber) && TextShape.wordCount(text) <= describingWords
    }

    static let describingWords = 8

    /// Lowercase words describing those counted, then a parenthesis: no name, number or clause break between.
    static let describedParenthesis = Pattern(literal: #"^(?:\s+\p{Ll}+){1,"# + String(describingWords) + #"}\s*\("#, caseInsensitive: false)

    /// "12 điển hình tham gia giao lưu (5 tập thể, 7 cá nhân)": every part inside parentheses opening after words that only
    /// describe those counted (no verb: "… và tặng quà (…)" tells something else).
    func splitInParentheses(after between: NSRange, parts: [NSRange], in sentence: String) -> Bool {
        guard let opening = Self.describedParenthesis.firstMatch(in: sentence, range: between, anchored: true),
              anyVerb.firstMatch(in: sentence, range: NSRange(location: opening.location, length: opening.length - 1)) == nil else { return false }
        let text = sentence as NSString
        let closing = text.range(of: ")", range: NSRange(location: opening.upperBound, length: text.length - opening.upperBound))
        return closing.location != NSNotFound && parts.allSatisfy { $0.upperBound <= closing.location }
    }

    /// How far before a count its introduction ("cho", "gồm", "tuyên dương") is looked for, in UTF-16 units.
    static let introductionWindow = 40

    /// "(Tổ Toán - Tin và Tổ Ngữ văn)": an aside, dropped before a list is read.
    static let parenthetical = Pattern(literal: #"\([^()]*\)"#)

    /// Counts joined by a comma or a list joiner ("và", "cùng") are one recipient list.
    func joins(_ between: String) -> Bool {
        // "2 tổ chuyên môn (Tổ Toán - Tin và Tổ Ngữ văn) cùng 9 cá nhân": what the parentheses name is of the first count.
        // ("3 tập thể lớp (10/2, 11/3), 11 học sinh": the comma after the aside follows the words before it.)
        let text = Self.parenthetical.replacingMatches(in: between, with: "").replacingOccurrences(of: " ,", with: ",").trimmingWhitespace()
        if bareJoin.matches(text) { return true }
        // "6 tập thể khoa, phòng và 14 cá nhân": a few words saying what the first count is of;
        // "3 tập thể gồm Ủy ban Kiểm tra Huyện ủy A, … và 4 cá nhân": the names of those counted.
        guard qualifiedJoin.matches(text) || namedJoin.matches(text) else { return false }
        return namesNoAward(text)
    }

    /// No award verb, kind, passive or receive: words between counts that leave them in one list.
    func namesNoAward(_ text: String) -> Bool {
        !anyVerb.matches(text) && !anyKind.matches(text) && passive.firstMatch(in: text) == nil && receive.firstMatch(in: text) == nil
    }
}

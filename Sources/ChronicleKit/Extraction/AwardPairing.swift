import Foundation

/// Several givers and kinds paired with several lists in order ("X và Y lần lượt tặng …").
extension AwardFinder {
    /// The pieces of a subject listing givers with joiners or commas, without those naming the occasion.
    /// A breakdown's opener is no part of a name: "…, trong đó Ban Thường vụ Đảng ủy Trường và Hiệu trưởng lần lượt …".
    func giverNames(in subject: String) -> [String] {
        givingPieces(subject).filter { !atEvent.matches($0) }.map { name in
            let trimmed = name.trimmingWhitespace()
            guard let opener = breakdown.firstMatch(in: trimmed, range: NSRange(location: 0, length: (trimmed as NSString).length), anchored: true) else { return name }
            return trimmed.substring(utf16From: opener.upperBound)
        }
    }

    /// A list of givers (or of givers with what each gives) cut at its joiners and commas.
    private func givingPieces(_ list: String) -> [String] {
        giverJoiner.split(list).flatMap { $0.split(separator: ",").map(String.init) }
    }

    /// "5 tập thể, 8 cá nhân và 14 tập thể, 21 cá nhân lần lượt được Ban Thường vụ Tỉnh ủy tặng Bằng khen và Ban Thường vụ Đảng ủy
    /// Khối … tặng Giấy khen": the lists before the marker, then a passive whose givers, each with its verb and kind, pair with them
    /// in order. Only when there are as many givers as lists.
    private func pairPassively(_ groups: inout [Group], marker: NSRange, in sentence: String) -> Bool {
        let nsSentence = sentence as NSString
        // The lists right before the marker, back over semicolons between them ("5 tập thể, 8 cá nhân; 14 tập thể …"), while
        // nothing but joiners stands between two (no verb, no kind: another clause).
        var lists: [Int] = []
        for index in groups.indices.reversed() where groups[index].range.upperBound <= marker.location && !groups[index].isTotal {
            let gapEnd = lists.last.map { groups[$0].range.location } ?? marker.location
            let gap = NSRange(location: groups[index].range.upperBound, length: gapEnd - groups[index].range.upperBound)
            guard gap.length >= 0, anyVerb.firstMatch(in: sentence, range: gap) == nil, anyKind.firstMatch(in: sentence, range: gap) == nil,
                  !nsSentence.substring(with: gap).contains(":") else { break }
            lists.append(index)
        }
        lists.reverse()
        let end = nsSentence.clauseEnd(from: marker.upperBound)
        var start = marker.upperBound
        while start < end, nsSentence.character(at: start) == 0x20 { start += 1 }
        guard lists.count >= 2, !groups.contains(where: { $0.range.location >= marker.upperBound && $0.range.location < end }),
              let by = passiveMarker.firstMatch(in: sentence, range: NSRange(location: start, length: end - start), anchored: true)
        else { return false }
        // Up to the reason: "… tặng Giấy khen vì đã có thành tích … trong học tập và làm theo …" names no more givers.
        let saidEnd = reason.firstMatch(in: sentence, range: NSRange(location: by.upperBound, length: end - by.upperBound))?.location ?? end
        let said = sentence.substring(utf16: NSRange(location: by.upperBound, length: saidEnd - by.upperBound))
        let pieces = givingPieces(said)
        let pairs = pieces.compactMap { piece -> (giver: String, kind: String)? in
            let whole = NSRange(location: 0, length: (piece as NSString).length)
            guard let verb = anyVerb.firstMatch(in: piece, range: whole), verb.location > 0,
                  let kind = anyKind.firstMatch(in: piece, range: NSRange(location: verb.upperBound, length: whole.length - verb.upperBound)),
                  let giver = giver(from: piece.substring(utf16To: verb.location)) else { return nil }
            return (giver, kindName(piece.substring(utf16: kind)))
        }
        guard pairs.count == lists.count, pairs.count == pieces.count else { return false }
        for (index, pair) in zip(lists, pairs) {
            groups[index].kind = pair.kind
            groups[index].kindIsGeneric = false
            groups[index].giver = pair.giver
            groups[index].isPassive = true
            groups[index].evidence = NSRange(location: groups[index].range.location, length: end - groups[index].range.location)
        }
        return true
    }

    /// "Ban Thường vụ Đảng ủy Khối và LĐLĐ tỉnh lần lượt tặng Giấy khen, Bằng khen cho 8 tập thể,
    /// 12 cá nhân và 3 tập thể, 4 cá nhân": the n-th giver and kind go with the n-th list. Only when
    /// the numbers of givers (or kinds) and lists agree; otherwise the clauses stay as they were read.
    func pairRespectively(_ groups: inout [Group], in sentence: String) {
        let nsSentence = sentence as NSString
        guard let marker = respectively?.firstResult(in: sentence, range: NSRange(location: 0, length: nsSentence.length)) else {
            pairImplicitly(&groups, in: sentence)
            return
        }
        // The givers: the subject before the marker, from the clause's start, listed with joiners or
        // commas ("Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh lần lượt tặng …"); only pieces that name a
        // giver ("Dịp này" names the occasion).
        let clauseStart = nsSentence.clauseStart(before: marker.range.location)
        if pairPassively(&groups, marker: marker.range, in: sentence) { return }
        // "Bộ trưởng Bộ Quốc phòng và Tư lệnh Quân khu 7 đã tặng Bằng khen lần lượt cho …": the subject ends at the verb.
        let phraseStart = max(clauseStart, nsSentence.clauseStart(before: marker.range.location, separator: ","))
        let subjectEnd = anyVerb.firstMatch(in: sentence, range: NSRange(location: phraseStart, length: marker.range.location - phraseStart))?.location
            ?? marker.range.location
        let names = giverNames(in: sentence.substring(utf16: NSRange(location: clauseStart, length: subjectEnd - clauseStart)))
        splitPairedCounts(&groups, givers: names.count, after: marker.range.upperBound, in: sentence)
        var targets = groups.indices.filter { groups[$0].range.location >= marker.range.upperBound && !groups[$0].isTotal }
        // "… lần lượt tặng Bằng khen cho 2 tập thể, 1 cá nhân; 3 tập thể, 2 cá nhân và 20 tập thể, 25 cá nhân …; Ban Thường vụ
        // Tỉnh ủy tặng Bằng khen cho 15 tập thể": the lists end where a clause with a verb of its own begins.
        if let end = zip(targets, targets.dropFirst()).first(where: { previous, next in
            let start = groups[previous].range.upperBound, stop = groups[next].range.location
            guard stop > start else { return false }
            let gap = NSRange(location: start, length: stop - start)
            return nsSentence.range(of: ";", options: [], range: gap).location != NSNotFound && anyVerb.firstMatch(in: sentence, range: gap) != nil
        })?.1, let cut = targets.firstIndex(of: end) {
            targets = Array(targets[..<cut])
        }
        // "X và Y lần lượt tặng Giấy khen cho 8 tập thể và 15 cá nhân": one list, one noun per giver.
        if targets.count == 1, names.count == 2, groups[targets[0]].classOrder.count == 2, groups[targets[0]].combined == 0 {
            let whole = groups[targets[0]]
            var parts = [whole, whole]
            for (part, nounClass) in zip(parts.indices, whole.classOrder) {
                parts[part].collectives = nounClass == 1 ? whole.collectives : 0
                parts[part].individuals = nounClass == 2 ? whole.individuals : 0
            }
            groups.replaceSubrange(targets[0]...targets[0], with: parts)
            targets = [targets[0], targets[0] + 1]
        }
        guard targets.count >= 2 else { return }
        let between = NSRange(location: marker.range.upperBound, length: groups[targets[0]].range.location - marker.range.upperBound)
        let kindRanges = anyKind.results(in: sentence, range: between).map(\.range)
        if kindRanges.isEmpty, pairKindsNamedBefore(marker.range, clauseStart: clauseStart, targets: targets, &groups, in: sentence) { return }
        let givers = Array(names.suffix(targets.count)).compactMap { giver(from: $0) }
        // One giver for several lists ("Ban Thường vụ Tỉnh ủy lần lượt tặng … cho 15 tập thể, 20 cá nhân
        // và 10 tập thể, 12 cá nhân") gives them all.
        let oneGiver = names.count == 1 && givers.count == 1
        if givers.count == targets.count || oneGiver {
            // A list whose award names its own giver ("… Bằng khen của Thủ tướng Chính phủ cho 2 tập thể") keeps it.
            for (position, target) in targets.enumerated()
            where groups[target].giver == nil || groups[target].giver == groups[target].actor || groups[target].giverIsInherited {
                let giver = givers[oneGiver ? 0 : position]
                groups[target].giver = giver
                groups[target].actor = giver
            }
        }
        let named = kindRanges.map { kindName(sentence.substring(utf16: $0)) }
        if named.count == targets.count {
            // "… lần lượt trao Bằng khen của Thủ tướng Chính phủ, Bằng khen của Ban Tuyên giáo Trung ương và
            // Bằng khen của Ban Thường vụ Tỉnh ủy cho 3, 7 và 66 tập thể, cá nhân": each kind names its giver.
            let pairs = kindsWithTheirGivers(kindRanges, endingAt: between.upperBound, in: sentence)
            let eachHasItsGiver = pairs.allSatisfy { $0.giver != nil }
            for (target, pair) in zip(targets, pairs) {
                groups[target].kind = pair.kind
                groups[target].kindIsGeneric = false
                if eachHasItsGiver, let giver = pair.giver {
                    groups[target].giver = giver
                    groups[target].actor = giver
                }
            }
        } else if named.count == 1 {
            // "… lần lượt tặng Bằng khen cho 15 tập thể, 20 cá nhân và 10 tập thể, 12 cá nhân": one kind for all,
            // but a list with an award word of its own keeps it ("…; Bằng khen cho 3 tập thể và Giấy khen cho 20 cá nhân").
            for target in targets where !hasOwnKind(groups[target], after: kindRanges[0], in: sentence) {
                groups[target].kind = named[0]
                groups[target].kindIsGeneric = false
            }
        } else if named.isEmpty, let kind = anyKind.matches(in: sentence, range: NSRange(location: clauseStart, length: marker.range.location - clauseStart)).last {
            // "… đã tặng Bằng khen lần lượt cho 3 tập thể, 5 cá nhân và 18 tập thể, 27 cá nhân": the kind before the marker.
            for target in targets where groups[target].kind == nil {
                groups[target].kind = kindName(sentence.substring(utf16: kind))
                groups[target].kindIsGeneric = false
            }
        }
    }

    /// The awards named, with their givers, before the marker and none after it: "Bằng khen của Bộ trưởng Bộ Công an,
    /// Giấy khen của Giám đốc Công an tỉnh và Giấy khen của Trưởng Công an huyện đã được trao lần lượt cho 1 tập thể,
    /// 2 cá nhân; 3 tập thể, 7 cá nhân và 14 cá nhân" (each kind its own giver), or "trao Bằng khen của Thủ tướng Chính
    /// phủ, Ban Tuyên giáo Trung ương và Ban Thường vụ Tỉnh ủy lần lượt cho …" (one kind, a giver per list). False,
    /// and nothing changed, unless there are as many givers as lists.
    /// Called only when no kind is named after the marker.
    private func pairKindsNamedBefore(_ marker: NSRange, clauseStart: Int, targets: [Int], _ groups: inout [Group], in sentence: String) -> Bool {
        // After the lists that end before the marker: "Bằng khen của A đã được trao cho 2 tập thể, Giấy khen của B và C lần lượt
        // cho …" names one kind, B's and C's, for the lists after it.
        let start = groups.map(\.range.upperBound).filter { $0 <= marker.location }.max().map { max($0, clauseStart) } ?? clauseStart
        let before = NSRange(location: start, length: marker.location - start)
        let kinds = anyKind.results(in: sentence, range: before).map(\.range)
        var pairs: [(kind: String, giver: String?)] = []
        if kinds.count == targets.count {
            pairs = kindsWithTheirGivers(kinds, endingAt: before.upperBound, in: sentence)
            guard pairs.allSatisfy({ $0.giver != nil }) else { return false }
        } else if kinds.count == 1, let kind = kinds.first,
                  let of = of.firstMatch(in: sentence, range: NSRange(location: kind.upperBound, length: before.upperBound - kind.upperBound), anchored: true) {
            let rest = NSRange(location: of.upperBound, length: before.upperBound - of.upperBound)
            let phraseEnd = anyVerb.firstMatch(in: sentence, range: rest)?.location ?? before.upperBound
            let givers = giverNames(in: sentence.substring(utf16: NSRange(location: of.upperBound, length: phraseEnd - of.upperBound))).compactMap { giver(from: $0) }
            guard givers.count == targets.count else { return false }
            pairs = givers.map { (kindName(sentence.substring(utf16: kind)), $0) }
        } else {
            return false
        }
        for (target, pair) in zip(targets, pairs) {
            groups[target].kind = pair.kind
            groups[target].kindIsGeneric = false
            groups[target].giver = pair.giver
            groups[target].actor = pair.giver
        }
        return true
    }

    /// "Bằng khen của A, Giấy khen của B và Giấy khen của C": each kind named, with the giver written after it up to the next kind.
    func kindsWithTheirGivers(_ kinds: [NSRange], endingAt end: Int, in sentence: String) -> [(kind: String, giver: String?)] {
        let ends = kinds.dropFirst().map(\.location) + [end]
        return zip(kinds, ends).map { kind, end in (kindName(sentence.substring(utf16: kind)), ofGiver(in: sentence, from: kind.upperBound, to: end)) }
    }

    /// "X và Y lần lượt tặng Giấy khen cho 15 và 10 tập thể, 20 và 12 cá nhân": two lists made of the pairs, X's
    /// 15 tập thể and 20 cá nhân, Y's 10 and 12, in place of the groups the counts were read into.
    private func splitPairedCounts(_ groups: inout [Group], givers: Int, after location: Int, in sentence: String) {
        let nsSentence = sentence as NSString
        guard givers == 2, let pairs = pairedCounts.firstResult(in: sentence, range: NSRange(location: location, length: nsSentence.length - location))
        else { return }
        func part(_ name: String) -> String { sentence.substring(utf16: pairs.range(withName: name)) }
        let inside = groups.indices.filter { NSIntersectionRange(groups[$0].range, pairs.range).length > 0 }
        let counts = ["a", "b", "c", "d"].compactMap { Int(part($0)) }
        guard let first = inside.first, let last = inside.last, counts.count == 4 else { return }
        let nouns = part("first"), other = part("second")
        func add(_ number: Int, _ noun: String, to group: inout Group) {
            if combinedNoun.matches(noun) { group.combined += number } else if collectiveNoun.matches(noun) { group.collectives += number } else { group.individuals += number }
        }
        var lists = [groups[first], groups[first]]
        for index in lists.indices {
            lists[index].collectives = 0
            lists[index].individuals = 0
            lists[index].combined = 0
            lists[index].range = pairs.range
            lists[index].evidence = pairs.range
            add(counts[index], nouns, to: &lists[index])
            add(counts[index + 2], other, to: &lists[index])
        }
        groups.replaceSubrange(first...last, with: lists)
    }

    /// An award word between the list before (or the one kind named after the marker) and this one,
    /// right before its recipients ("Giấy khen cho 20 cá nhân").
    private func hasOwnKind(_ group: Group, after sharedKind: NSRange, in sentence: String) -> Bool {
        guard group.range.location > sharedKind.upperBound else { return false }
        let window = NSRange(location: sharedKind.upperBound, length: group.range.location - sharedKind.upperBound)
        guard let own = anyKind.results(in: sentence, range: window).last?.range else { return false }
        let gap = sentence.substring(utf16: NSRange(location: own.upperBound, length: group.range.location - own.upperBound))
        return adjacentGap.matches(gap)
    }

    /// "Bộ Tư lệnh Quân khu 5 và Đảng ủy Quân sự tỉnh tặng Bằng khen, Giấy khen cho 2 tập thể, 3 cá nhân
    /// và 10 tập thể, 16 cá nhân": as many givers, kinds and lists, in order, with no "lần lượt".
    func pairImplicitly(_ groups: inout [Group], in sentence: String) {
        let nsSentence = sentence as NSString
        guard groups.count >= 2, let first = groups.first else { return }
        let clauseStart = nsSentence.clauseStart(before: first.range.location)
        let head = NSRange(location: clauseStart, length: first.range.location - clauseStart)
        guard let verb = anyVerb.results(in: sentence, range: head).last?.range else { return }
        let clauseEnd = nsSentence.clauseEnd(from: first.range.location)
        let targets = groups.indices.filter { groups[$0].range.location < clauseEnd && !groups[$0].isTotal }
        let kinds = anyKind.results(in: sentence, range: NSRange(location: verb.upperBound, length: first.range.location - verb.upperBound))
            .map { kindName(sentence.substring(utf16: $0.range)) }
        let subject = sentence.substring(utf16: NSRange(location: clauseStart, length: verb.location - clauseStart))
        let names = giverNames(in: subject)
        guard targets.count >= 2, kinds.count == targets.count, names.count == targets.count, Set(kinds).count == kinds.count else { return }
        let givers = names.compactMap { giver(from: $0) }
        guard givers.count == targets.count else { return }
        for (target, (giver, kind)) in zip(targets, zip(givers, kinds)) {
            groups[target].giver = giver
            groups[target].actor = giver
            groups[target].kind = kind
            groups[target].kindIsGeneric = false
        }
    }
}

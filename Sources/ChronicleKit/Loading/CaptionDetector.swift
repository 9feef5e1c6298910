/// Separates photo captions from the body of an article.
///
/// A crawl keeps captions inline, often twice, and sometimes repeats the title or a sentence
/// of the text under a photo. Counting them as text would count their awards twice, so each
/// rule here is about recognizing a line as a caption; everything else stays prose.
struct CaptionDetector: Sendable {
    let rules: PageChromeRules
    /// Captions are short; anything longer is a paragraph whatever it resembles.
    static let maximumCaptionWords = 35
    static let maximumCreditedCaptionWords = 80
    /// A caption ending in a full stop is at most this long.
    static let maximumSentenceCaptionWords = 22
    /// A line right after an image's alt text is its caption when at most this long.
    static let maximumFollowingCaptionWords = 30

    struct Result {
        var paragraphs: [SourceLine] = []
        var captions: [Caption] = []
    }

    private enum Kind { case paragraph, caption }

    static let bullets: Set<Unicode.Scalar> = ["-", "–", "•", "+", "*"]

    /// The text after its bullet and the spaces around it ("+ Giám đốc Sở …" → "Giám đốc Sở …"); the text itself when it has none.
    static func withoutBullet(_ text: Substring) -> Substring {
        text.drop { $0 == " " || $0.unicodeScalars.first.map(bullets.contains) == true }
    }

    func separate(_ units: [SourceLine], title: String) -> Result {
        let titleKey = VietnameseFolding.looseKey(title)
        let keys = units.map { VietnameseFolding.looseKey($0.text) }
        // Copies are compared with punctuation and diacritics kept: "- a" and "+ a" are not copies.
        let copyKeys = units.map { PageChromeRules.lineKey($0.text) }
        let copyWords = copyKeys.map { $0.split(separator: " ") }
        var kinds: [Kind?] = Array(repeating: nil, count: units.count)
        var result = Result()
        var captionAt: [Int: Caption] = [:]
        var followsImage = false

        var inList = false
        for (index, unit) in units.enumerated() {
            let text = unit.text
            let words = TextShape.wordCount(text)
            defer { if kinds[index] == nil { kinds[index] = .paragraph } }

            // "…, cụ thể:" then "- 2 tập thể, 3 cá nhân nhận Bằng khen …": items of a list, never captions.
            let bulleted = text.unicodeScalars.first.map(Self.bullets.contains) == true
            inList = bulleted && (inList || (index > 0 && units[index - 1].text.hasSuffix(":")))
            if inList { continue }

            if rules.imageAlt?.matches(text) == true {
                kinds[index] = .caption
                captionAt[index] = Caption(text: text, line: unit.number, kind: .imageAlt)
                followsImage = true
                continue
            }
            let wasFollowingImage = followsImage
            followsImage = false

            // (A figure alone is a table's cell copied one per line, the same as the cell before it by chance: "3", "4", "4".)
            if index > 0, !text.allSatisfy({ $0.isNumber || $0.isWhitespace }),
               Self.nearlyEqual(copyKeys[index], copyKeys[index - 1], copyWords[index], copyWords[index - 1]),
               !Self.numberedApart(copyWords[index], copyWords[index - 1]) {
                // A paragraph the crawl copied twice: the story once, no caption.
                if words > Self.maximumCaptionWords, kinds[index - 1] == .paragraph {
                    kinds[index] = .caption
                    continue
                }
                // The same caption printed twice (or a caption and its retouched copy): keep the first.
                if kinds[index - 1] == .paragraph {
                    kinds[index - 1] = .caption
                    captionAt[index - 1] = caption(units[index - 1])
                }
                kinds[index] = .caption
                continue
            }
            // A photographer's credit marks a caption however long it runs.
            if words <= Self.maximumCreditedCaptionWords, hasColon(text), rules.photoCredit.matches(text) {
                kinds[index] = .caption
                captionAt[index] = caption(unit)
                continue
            }
            // A line ending in a colon introduces the lines below it ("… trao Giấy khen cho các tập thể, cá nhân, gồm:"),
            // which no caption does.
            guard words <= Self.maximumCaptionWords, !text.hasSuffix(":") else { continue }

            if wasFollowingImage, words <= Self.maximumFollowingCaptionWords {
                kinds[index] = .caption
                captionAt[index] = caption(unit)
            } else if keys[index] == titleKey || repeatsAnotherLine(index, keys) || looksLikeCaption(text, words: words) {
                kinds[index] = .caption
                captionAt[index] = caption(unit)
            }
        }
        for (index, unit) in units.enumerated() {
            if kinds[index] == .paragraph {
                result.paragraphs.append(unit)
            } else if let caption = captionAt[index] {
                result.captions.append(caption)
            }
        }
        return result
    }

    /// Every credit has a colon ("Ảnh: …"); most lines have none and skip the pattern.
    private func hasColon(_ text: String) -> Bool { text.utf8.contains(0x3A) }

    private func caption(_ unit: SourceLine) -> Caption {
        guard hasColon(unit.text), let match = rules.photoCredit.firstMatch(in: unit.text) else {
            return Caption(text: unit.text, line: unit.number)
        }
        let text = unit.text[..<match.range.lowerBound].trimmingWhitespace()
        let credit = match[1].map { $0.trimmingWhitespace() }
        return Caption(text: text, line: unit.number, credit: credit)
    }

    /// A caption cue ("Quang cảnh", "… phát biểu", "(giữa)", "trao Bằng khen") on a line without a
    /// full stop, or on a short one that does not open like a sentence of the story.
    private func looksLikeCaption(_ text: String, words: Int) -> Bool {
        guard rules.captionCue?.matches(text) == true else { return false }
        if !TextShape.endsLikeSentence(text) { return true }
        return words <= Self.maximumSentenceCaptionWords && !rules.bodyOpener.matches(text)
    }

    /// A short line whose words all stand, in order, inside a longer line of the article.
    private func repeatsAnotherLine(_ index: Int, _ keys: [String]) -> Bool {
        let key = keys[index]
        guard key.count >= 20 else { return false }
        return keys.indices.contains { other in other != index && keys[other].utf8.count > key.utf8.count && keys[other].includes(key) }
    }

    /// Equal, or at most a couple of words apart on a line long enough for that to mean a copy.
    static func nearlyEqual(_ a: String, _ b: String) -> Bool {
        nearlyEqual(a, b, a.split(separator: " "), b.split(separator: " "))
    }

    /// The same, with the words already split (each line is compared with its neighbour).
    static func nearlyEqual(_ a: String, _ b: String, _ left: [Substring], _ right: [Substring]) -> Bool {
        if a == b { return !a.isEmpty }
        let longer = max(left.count, right.count)
        guard min(left.count, right.count) >= 6 else { return false }
        let allowed = max(2, longer / 7)
        guard abs(left.count - right.count) <= allowed else { return false }
        return wordDistance(left, right, limit: allowed) <= allowed
    }

    /// "1 Đảng bộ xã Hải Thượng" and "2 Đảng bộ xã Hải Ba": rows of a table, each its own number, never copies.
    static func numberedApart(_ left: [Substring], _ right: [Substring]) -> Bool {
        func number(_ words: [Substring]) -> Int? { words.first.flatMap { Int(String($0).trimming(charactersIn: ".)|")) } }
        guard let a = number(left), let b = number(right) else { return false }
        return a != b
    }

    /// Levenshtein distance over words, giving up once it exceeds `limit`.
    static func wordDistance(_ a: [Substring], _ b: [Substring], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return rowMinimum }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// Writes one raw article in the manner of the seeds: a news site's clock, menus and
/// breadcrumbs, a headline, a publication line, a lead with the event, paragraphs of campaign
/// prose with numbers that are not awards, the award sentence, captions said twice, a byline,
/// widget residue and related headlines.
struct ArticleWriter {
    static let weekdays = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
    static let menus = ["Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật",
                        "Thời sự   Xây dựng Đảng   Quốc phòng - An ninh   Kinh tế   Văn hóa - Xã hội",
                        "Trang chủ > Chính trị > Xây dựng Đảng", "Tin tức - Sự kiện | Hoạt động của lãnh đạo | Văn bản"]
    static let authors = ["Minh Anh", "Thu Hà", "Quang Huy", "Ngọc Lan", "Văn Tú", "Hoàng Yến", "Đức Thịnh", "Phương Thảo"]
    static let people = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Quang Vinh", "Phạm Minh Đức", "Hoàng Thị Thu", "Võ Văn Sơn", "Đặng Thị Hạnh"]
    static let prose = [
        "Thời gian qua, cấp ủy các cấp đã cụ thể hóa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh thành những việc làm thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.",
        "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến %p điểm cầu, với sự tham gia của hơn %@ cán bộ, đảng viên.",
        "Theo báo cáo, 100% chi bộ, đảng bộ trực thuộc đã xây dựng kế hoạch và đăng ký việc làm theo Bác; nhiều mô hình hay, cách làm sáng tạo được nhân rộng trong thực tiễn.",
        "Sau %y năm thực hiện, nhận thức của cán bộ, đảng viên về ý nghĩa của việc học tập và làm theo Bác được nâng lên rõ rệt; tinh thần trách nhiệm nêu gương của người đứng đầu được phát huy.",
        "Bên cạnh kết quả đạt được, việc thực hiện ở một số nơi còn hình thức, chưa gắn với giải quyết những vấn đề bức xúc ở cơ sở; việc sơ kết, nhân rộng điển hình có lúc chưa kịp thời.",
        "Hội nghị đã nghe %y tham luận, chia sẻ kinh nghiệm của các đơn vị về xây dựng mô hình “Dân vận khéo”, cải cách hành chính và chăm lo đời sống nhân dân.",
        "Phát biểu chỉ đạo, đồng chí %n, %t, đề nghị các cấp ủy tiếp tục đưa việc học tập và làm theo Bác trở thành việc làm tự giác, thường xuyên, gắn với thực hiện Nghị quyết Trung ương 4 khóa XIII.",
        "Trong năm, toàn Đảng bộ đã có %@ lượt tập thể, cá nhân được biểu dương, khen thưởng qua các phong trào thi đua.",
        "Các đại biểu cũng thảo luận về %y nhóm giải pháp trọng tâm trong thời gian tới, trong đó nhấn mạnh vai trò nêu gương của cán bộ chủ chốt và tinh thần dám nghĩ, dám làm, dám chịu trách nhiệm.",
        "Đến nay, %f tổ chức cơ sở đảng đã hoàn thành việc đăng ký và đánh giá việc làm theo Bác theo định kỳ hằng năm.",
    ]

    static func write(_ facts: EventFacts, random: inout SplitMix) -> String {
        let weekday = weekdays[(facts.day + facts.month * 3 + facts.year) % 7]
        let published = (day: min(facts.day + random.int(0...2), 28), month: facts.month)
        let date = pad(published.day) + "/" + pad(published.month) + "/\(facts.year)"
        let clock = "\(weekday), \(date) | \(pad(random.int(6...22))):\(pad(random.int(0...59))) (GMT+7)"
        let time = random.pick(["Sáng", "Chiều", "Ngày", "Sáng"])
        let eventDay = ["\(facts.day)/\(facts.month)", "\(facts.day)-\(facts.month)", "\(facts.day).\(facts.month)",
                        "\(facts.day)/\(facts.month)/\(facts.year)"][facts.style]
        let place = facts.district.map { "huyện \($0)" } ?? "\(facts.province.kind ?? "tỉnh") \(facts.province.name)"
        let years = random.int(1...3)
        let conclusion = facts.themes.contains("Kết luận 01-KL/TW")
        let subject = conclusion
            ? "\(years) năm thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW"
            : "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm \(facts.year)"
        let shortSubject = conclusion ? "\(years) năm thực hiện Kết luận 01-KL/TW" : "học tập và làm theo Bác năm \(facts.year)"
        let title = [
            "\(facts.unit) \(facts.typeWord) \(shortSubject)",
            "\(facts.province.name): \(facts.typeWord.prefix(1).uppercased() + facts.typeWord.dropFirst()) \(shortSubject) tại \(place)",
            "Đẩy mạnh học tập và làm theo Bác ở \(place)",
        ][facts.style % 3]
        let gathering = ["hội thảo": "hội thảo", "tuyên dương": "lễ tuyên dương"][facts.typeWord] ?? "hội nghị \(facts.typeWord)"
        var lines: [String] = []
        if facts.style != 2 { lines.append(clock) }
        lines.append(random.pick(menus))
        lines.append("")
        lines.append(title)
        lines.append("")
        lines.append(["Cập nhật lúc: \(pad(random.int(7...20))):\(pad(random.int(0...59))), \(date)", "Ngày đăng: \(date) | Lượt xem: \(random.int(50...900))",
                      "\(weekday), \(date) - \(pad(random.int(7...20))):\(pad(random.int(0...59)))", "\(date) \(pad(random.int(7...20))):\(pad(random.int(0...59)))"][facts.style])
        lines.append("")
        let lead = "\(time) \(eventDay), \(facts.organizerPhrase) tổ chức \(gathering) \(subject)."
        lines.append(lead)
        lines.append("")
        let caption = "Đồng chí \(random.pick(people)) phát biểu tại hội nghị. Ảnh: \(random.pick(authors))"
        lines.append(caption)
        lines.append(caption)
        lines.append("")
        for _ in 0..<random.int(4...8) {
            lines.append(fill(random.pick(prose), random: &random))
            lines.append("")
        }
        if !facts.awards.isEmpty {
            lines.append(awardSentence(facts.awards, random: &random))
            lines.append("")
        }
        lines.append(random.pick(authors))
        lines.append("")
        lines.append("Ý kiến ()")
        lines.append("Tin liên quan")
        lines.append("\(facts.province.name) tổng kết công tác tuyên giáo năm \(facts.year - 1)")
        lines.append("Hội nghị báo cáo viên tháng \(random.int(1...12))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func awardSentence(_ awards: [EventFacts.AwardClause], random: inout SplitMix) -> String {
        let clauses = awards.map { award in
            random.chance(0.5)
                ? "\(award.giver) tặng \(award.kind) cho \(award.collectives) tập thể và \(award.individuals) cá nhân"
                : "\(award.collectives) tập thể, \(award.individuals) cá nhân được \(award.giver) tặng \(award.kind)"
        }
        return "Nhân dịp này, " + clauses.joined(separator: "; ") + " vì đã có thành tích xuất sắc trong học tập và làm theo Bác."
    }

    private static func fill(_ template: String, random: inout SplitMix) -> String {
        var text = ""
        var rest = Substring(template)
        while let marker = rest.firstIndex(of: "%") {
            text += rest[..<marker]
            let code = rest[rest.index(after: marker)]
            switch code {
            case "y": text += String(random.int(2...6))
            case "p": text += String(random.int(20...450))
            case "f":
                let whole = random.int(12...120)
                text += "\(random.int(whole * 4 / 5...whole))/\(whole)"
            case "n": text += random.pick(people)
            case "t": text += random.pick(["Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy", "Bí thư Huyện ủy"])
            default: text += random.pick(["17.300", "2.450", "1.050", "12.000", "980"])
            }
            rest = rest[rest.index(marker, offsetBy: 2)...]
        }
        return text + rest
    }

    static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
}

import Testing
@testable import ChronicleKit

/// Sentences holding several awards of different shapes, as award-dense reports write them.
struct AwardShapeTests {
    func summary(_ body: String, lead: String = "Ngày 12/1/2023, Đảng ủy BĐBP tỉnh Quảng Trị tổ chức hội nghị sơ kết. ",
                 title: String = "Biên phòng Quảng Trị sơ kết chuyên đề") -> [String] {
        Fixtures.awardLines(title: title, lead + body)
    }

    /// "15 đảng viên trẻ dưới 30 tuổi được …": an age on the way to the passive describes those counted.
    @Test func anAgeBetweenTheCountAndItsPassive() {
        let found = summary("Tại buổi lễ, 30 tập thể và 45 cá nhân được Ban Thường vụ Thành ủy tặng Bằng khen; 15 đảng viên trẻ dưới 30 tuổi được Ban Thường vụ Thành ủy biểu dương là gương điển hình.",
                            lead: "Chiều 18-5-2023, Ban Thường vụ Thành ủy Đà Nẵng tổ chức Lễ biểu dương. ", title: "Đà Nẵng biểu dương điển hình")
        #expect(found == ["Ban Thường vụ Thành ủy Đà Nẵng|Bằng khen|30|45|0", "Ban Thường vụ Thành ủy Đà Nẵng|biểu dương|0|15|0"], "\(found)")
    }

    /// "17 tổ chức đảng và đảng viên": units and members counted together, unsplit; "3 chi bộ và 5 đảng viên" is split.
    @Test func partyOrganisationsAndMembersCountedTogether() {
        #expect(summary("Dịp này, Đảng ủy BĐBP tỉnh tặng Giấy khen cho 17 tổ chức đảng và đảng viên có thành tích xuất sắc.")
                == ["Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|0|0|17"])
        #expect(summary("Dịp này, Đảng ủy BĐBP tỉnh tặng Giấy khen cho 3 chi bộ và 5 đảng viên có thành tích xuất sắc.")
                == ["Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|3|5|0"])
    }

    /// "cho 4 em học sinh và tập thể lớp 8A3": one collective named after the counts; "2 công đoàn bộ phận" are collectives;
    /// "tập thể" and up to four words before a name ("tập thể thuyền viên tàu cá QB 90868 TS") is one.
    @Test func aCollectiveNamedAfterTheCountsAndUnionBranches() {
        let lead = "Sáng 15/5/2023, Trường THCS Hồng Bàng tổ chức tuyên dương. ", title = "Tuyên dương người tốt việc tốt"
        let school = summary("Thầy Hiệu trưởng trao Giấy khen cho 4 em học sinh và tập thể lớp 8A3. Thầy mong các em học Bác.", lead: lead, title: title)
        #expect(school.map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["Giấy khen|1|4|0"], "\(school)")
        let union = summary("Dịp này, Công đoàn cơ sở tặng Giấy khen cho 2 công đoàn bộ phận và 5 đoàn viên có thành tích xuất sắc.",
                            lead: "Chiều 10/1/2023, Agribank Quảng Bình tổ chức hội nghị tổng kết. ", title: "Agribank Quảng Bình tổng kết")
        #expect(union.map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["Giấy khen|2|5|0"], "\(union)")
        let crew = summary("Chủ tịch UBND tỉnh đã trao Bằng khen cho tập thể thuyền viên tàu cá QB 90868 TS và 2 cá nhân là thuyền trưởng, máy trưởng.",
                           lead: "Sáng 15/5/2023, UBND thị xã Ba Đồn tổ chức lễ khen thưởng. ", title: "Khen thưởng ngư dân cứu người")
        #expect(crew.map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["Bằng khen|1|2|0"], "\(crew)")
    }

    /// A contest's prizes are no award; one to their winners after them counts the prizes it names, or all ("Các thí sinh đoạt giải
    /// được nhận Giấy khen của Hiệu trưởng nhà trường kèm phần thưởng": the principal's, every prize's winner).
    @Test func anAwardToThePrizeWinnersCountsThePrizesToldBefore() {
        let prizes = "Kết thúc hội thi, Ban Tổ chức đã trao 1 giải Nhất cho đội thi Đảng bộ Công an tỉnh; 2 giải Nhì cho đội thi Đảng bộ Quân sự tỉnh và Đảng bộ các cơ quan tỉnh; 3 giải Ba và 4 giải Khuyến khích. "
        let lead = "Chiều 24/10/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ tổ chức chung kết Hội thi tuyên truyền viên giỏi. ", title = "Chung kết hội thi"
        let teams = summary(prizes + "Ban Tuyên giáo và Dân vận Tỉnh ủy tặng Giấy khen cho các đội đoạt giải Nhất, Nhì, Ba.", lead: lead, title: title)
        #expect(teams == ["Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ|Giấy khen|6|0|0"], "\(teams)")
        let everyone = summary(prizes + "Các thí sinh đoạt giải được nhận Giấy khen của Hiệu trưởng nhà trường kèm phần thưởng.",
                               lead: "Sáng 13/5/2024, Trường THPT Phan Châu Trinh tổ chức trao giải hội thi kể chuyện về Bác. ", title: title)
        #expect(everyone == ["Hiệu trưởng Trường THPT Phan Châu Trinh|Giấy khen|0|10|0"], "\(everyone)")
        #expect(summary(prizes, lead: lead, title: title) == [], "the prizes alone")
    }

    /// Winners given an award in a passive ("Các tác giả đạt giải Nhất, giải Nhì được … tặng Giấy khen"), the prizes told in a
    /// paragraph before, each rank as first told (the second prize's winners named again after).
    @Test func prizeWinnersGivenAnAwardInAPassive() {
        let found = summary("Ban Giám khảo đã chọn 12 tác phẩm để trao giải, gồm: 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích. 2 giải Nhì thuộc về tác giả Hoàng Văn Đức và Ngô Thị Lan.\n\nCác tác giả đạt giải Nhất, giải Nhì được Ban Tuyên giáo Tỉnh ủy tặng Giấy khen kèm theo giải thưởng.",
                            lead: "Sáng 23/12/2022, Ban Tuyên giáo Tỉnh ủy Bắc Giang tổ chức Lễ trao giải cuộc thi viết về gương người tốt, việc tốt.\n\n", title: "Trao giải cuộc thi viết")
        #expect(found == ["Ban Tuyên giáo Tỉnh ủy Bắc Giang|Giấy khen|0|3|0"], "\(found)")
    }

    /// Counted people named, each with a remark in parentheses, before the passive: "Chi đoàn 12 Sinh cùng 2 đoàn viên Nguyễn Minh
    /// Khang (lớp 12 Tin) và Đỗ Thu Hà (lớp 11 Anh) được … tặng Bằng khen".
    @Test func namesWithRemarksInParenthesesBeforeThePassive() {
        let found = summary("Đặc biệt, Chi đoàn 12 Sinh cùng 2 đoàn viên Nguyễn Minh Khang (lớp 12 Tin) và Đỗ Thu Hà (lớp 11 Anh) được Ban Thường vụ Tỉnh Đoàn Phú Thọ tặng Bằng khen vì đã có hành động dũng cảm.",
                            lead: "Sáng 26/3/2024, Đoàn TNCS Hồ Chí Minh Trường THPT Chuyên Hùng Vương tổ chức Lễ tuyên dương điển hình. ", title: "Tuyên dương điển hình")
        #expect(found == ["Ban Thường vụ Tỉnh đoàn Phú Thọ|Bằng khen|1|2|0"], "\(found)")
    }

    /// "khen thưởng 6 công đoàn viên": trade union members are people.
    @Test func tradeUnionMembersArePeople() {
        let found = summary("Ban Chấp hành Công đoàn trường cũng khen thưởng 6 công đoàn viên xuất sắc.",
                            lead: "Sáng 10/5/2024, Trường THPT Trần Nguyên Hãn tổ chức hội nghị tổng kết. ", title: "Tổng kết năm học")
        #expect(found.contains { $0.hasSuffix("|khen thưởng|0|6|0") }, "\(found)")
    }

    /// "… trao Giấy khen của Hiệu trưởng cùng phần quà cho hai em": the giver's name ends at "cùng", and the lead telling the
    /// ceremony ("tổ chức tuyên dương, khen thưởng hai em học sinh") is the same award.
    @Test func aGiftBesideTheAwardEndsTheGiversName() {
        let found = summary("Tại buổi lễ, thầy Phạm Văn Quang, Hiệu trưởng nhà trường đã trao Giấy khen của Hiệu trưởng cùng phần quà cho hai em.",
                            lead: "Sáng thứ Hai (15/5/2023), trong buổi chào cờ đầu tuần, Trường THCS Nguyễn Huệ đã tổ chức tuyên dương, khen thưởng hai em học sinh lớp 8/3 vì đã nhặt được của rơi. ",
                            title: "Tuyên dương học sinh nhặt được của rơi")
        #expect(found == ["Hiệu trưởng Trường THCS Nguyễn Huệ|Giấy khen|0|2|0"], "\(found)")
    }

    /// "62 điển hình được biểu dương …, trong đó 24 điển hình thuộc khu vực A, 21 … và 17 …": the same people sorted by place, no
    /// awards of their own; the total is the award.
    @Test func aCountSortedByPlaceIsNoBreakdownIntoAwards() {
        let lead = "Sáng 28/11/2025, UBND tỉnh Lâm Đồng tổ chức Lễ biểu dương điển hình. ", title = "Lâm Đồng biểu dương điển hình"
        let sorted = summary("62 điển hình được biểu dương năm nay đến từ mọi miền của tỉnh, trong đó 24 điển hình thuộc khu vực A, 21 điển hình thuộc khu vực B và 17 điển hình thuộc khu vực C.", lead: lead, title: title)
        #expect(sorted.map { $0.split(separator: "|").dropFirst().joined(separator: "|") } == ["biểu dương|0|0|62"], "\(sorted)")
    }

    /// A table flattened into one line by a copy gives no counts (which figures are whose row cannot be told); "trong năm 2023 có 3
    /// tập thể … được … tặng Bằng khen" is the year's tally, not the event's.
    @Test func aFlattenedTableAndAYearsTally() {
        let lead = "Ngày 22/7/2020, UBND huyện Cẩm Xuyên tổ chức Đại hội Thi đua yêu nước lần thứ V. ", title = "Cẩm Xuyên đại hội thi đua"
        let flattened = summary("Kết quả khen thưởng giai đoạn 2015 - 2020\n\nHình thức khen thưởng Tập thể Cá nhân Huân chương Lao động hạng Ba 2 1 Bằng khen của Thủ tướng Chính phủ 5 9 Cờ thi đua của UBND tỉnh 7 - Bằng khen của Chủ tịch UBND tỉnh 48 96\n\nDịp này, Chủ tịch UBND huyện tặng Giấy khen cho 20 tập thể, 35 cá nhân.", lead: lead, title: title)
        #expect(flattened == ["Chủ tịch UBND huyện Cẩm Xuyên|Giấy khen|20|35|0"], "\(flattened)")
        let tally = summary("Đáng chú ý, trong năm 2019 có 3 tập thể và 5 cá nhân của huyện được Ban Thường vụ Tỉnh ủy tặng Bằng khen.", lead: lead, title: title)
        #expect(tally == [], "\(tally)")
    }

    /// "(Baohatinh.vn) - Huyện ủy Can Lộc biểu dương 60 tập thể, cá nhân …" over its Ban Thường vụ's Giấy khen and the province's
    /// Bằng khen adding up to 60: the lead's total, its unit named loosely as a headline does.
    @Test func aLeadsTotalNamingItsUnitLoosely() {
        let found = summary("Dịp này, Ban Thường vụ Tỉnh ủy Hà Tĩnh tặng Bằng khen cho 1 tập thể và 1 cá nhân. Ban Thường vụ Huyện ủy Can Lộc tặng Giấy khen cho 20 tập thể và 38 cá nhân.",
                            lead: "(Baohatinh.vn) - Huyện ủy Can Lộc biểu dương 60 tập thể, cá nhân có thành tích tiêu biểu trong học tập và làm theo Bác.\n\nChiều 16/5/2025, Ban Thường vụ Huyện ủy Can Lộc tổ chức lễ biểu dương.\n\n",
                            title: "Can Lộc biểu dương 60 tập thể, cá nhân")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh|Bằng khen|1|1|0", "Ban Thường vụ Huyện ủy Can Lộc|Giấy khen|20|38|0"], "\(found)")
    }

    /// "…; Ban Chấp hành Đoàn trường tuyên dương 26 đoàn viên" beside awards of 4 + 17 and 5 of other givers: its own honour, though
    /// the others add up to it.
    @Test func anHonourOfItsOwnGiverThatOthersAddUpTo() {
        let found = summary("Hiệu trưởng trao Giấy khen cho 4 tập thể lớp và 17 học sinh; Ban Chấp hành Đoàn trường tuyên dương 26 đoàn viên tiêu biểu. Chi bộ nhà trường biểu dương 5 đảng viên là giáo viên tiêu biểu.",
                            lead: "Sáng 25/3/2019, Chi bộ và Đoàn trường THPT Chuyên Lam Sơn tổ chức Lễ tuyên dương. ", title: "Lễ tuyên dương")
        #expect(found.count == 3 && found.contains { $0.hasSuffix("tuyên dương|0|26|0") }, "\(found)")
    }

    /// "1 tập thể và 2 cá nhân có thành tích xuất sắc nhận Bằng khen của …": what they did, then what they received.
    @Test func aQualifierBeforeReceiving() {
        let found = summary("Cũng tại buổi lễ, 1 tập thể và 2 cá nhân có thành tích xuất sắc nhận Bằng khen của Chủ tịch UBND tỉnh Lào Cai.",
                            lead: "Ngày 15 tháng 5 năm 2025, Ban Thường vụ Huyện ủy Bát Xát tổ chức Lễ biểu dương. ", title: "Bát Xát biểu dương điển hình")
        #expect(found == ["Chủ tịch UBND tỉnh Lào Cai|Bằng khen|1|2|0"], "\(found)")
    }

    /// "… tặng Cờ thi đua cho 1 tập thể là Ban CHQS huyện Đức Trọng và tặng Bằng khen cho 2 tập thể, 3 cá nhân": the recipient named
    /// is no giver; the second verb has the first one's subject.
    @Test func aSecondVerbAfterANamedRecipient() {
        let found = summary("Dịp này, Bộ Tư lệnh Quân khu 7 tặng Cờ thi đua cho 1 tập thể là Ban CHQS huyện Đức Trọng và tặng Bằng khen cho 2 tập thể, 3 cá nhân; Chủ tịch UBND tỉnh Lâm Đồng tặng Bằng khen cho 4 tập thể, 6 cá nhân.",
                            lead: "Ngày 26-6-2024, Bộ Chỉ huy Quân sự tỉnh Lâm Đồng tổ chức Đại hội thi đua quyết thắng. ", title: "Lâm Đồng đại hội thi đua quyết thắng")
        #expect(found == ["Bộ Tư lệnh Quân khu 7|Cờ thi đua|1|0|0", "Bộ Tư lệnh Quân khu 7|Bằng khen|2|3|0", "Chủ tịch UBND tỉnh Lâm Đồng|Bằng khen|4|6|0"], "\(found)")
    }

    /// "… được Chủ tịch UBND tỉnh tặng Bằng khen và Giám đốc Công an tỉnh tặng Giấy khen cho …": after the first award named,
    /// "và" opens the second clause's subject; the first giver is not the second's.
    @Test func aSecondGiverAfterAPassiveAwardAndAnd() {
        let found = summary("Dịp này, 4 tập thể, 6 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen và Giám đốc Công an tỉnh tặng Giấy khen cho 18 tập thể, 27 cá nhân có thành tích xuất sắc.",
                            lead: "Sáng 10/8/2021, Công an tỉnh Nghệ An tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW. ", title: "Công an Nghệ An tổng kết Chỉ thị 05")
        #expect(found == ["Chủ tịch UBND tỉnh Nghệ An|Bằng khen|4|6|0", "Giám đốc Công an tỉnh Nghệ An|Giấy khen|18|27|0"], "\(found)")
    }

    /// "… biểu dương 6 tập thể, 10 cá nhân; trong đó, 4 tập thể, 7 cá nhân được … tặng Giấy khen, các tập thể, cá nhân còn lại được
    /// Chủ tịch UBND xã tặng Giấy khen": the rest (2 and 3) is an award of its own, and the total told with its parts stays one.
    @Test func theRestOfATotalAfterItsParts() {
        let found = summary("Tại buổi lễ, Ban Thường vụ Đảng ủy xã biểu dương 6 tập thể, 10 cá nhân; trong đó, 4 tập thể, 7 cá nhân được Ban Thường vụ Đảng ủy xã tặng Giấy khen, các tập thể, cá nhân còn lại được Chủ tịch UBND xã tặng Giấy khen.",
                            lead: "Ngày 21/11/2025, Đảng ủy xã Ea Kar tổ chức Lễ biểu dương điển hình tiên tiến. ", title: "Xã Ea Kar biểu dương điển hình")
        #expect(found == ["Ban Thường vụ Đảng ủy xã Ea Kar|biểu dương|6|10|0", "Ban Thường vụ Đảng ủy xã Ea Kar|Giấy khen|4|7|0",
                          "Chủ tịch UBND xã Ea Kar|Giấy khen|2|3|0"], "\(found)")
        // The total closing the sentence before one opening with the breakdown; a bare "khen thưởng" only heads its parts' awards.
        let lead = "Sáng 24/5/2024, Đảng ủy Công an tỉnh Lâm Đồng tổ chức hội nghị sơ kết. ", title = "Công an Lâm Đồng sơ kết Kết luận 01"
        let before = summary("Dịp này, 32 tập thể và 57 cá nhân có thành tích xuất sắc được khen thưởng. Trong đó, 2 tập thể, 4 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen; số tập thể, cá nhân còn lại được Giám đốc Công an tỉnh tặng Giấy khen.", lead: lead, title: title)
        #expect(before == ["Chủ tịch UBND tỉnh Lâm Đồng|Bằng khen|2|4|0", "Giám đốc Công an tỉnh Lâm Đồng|Giấy khen|30|53|0"], "\(before)")
        let same = summary("Dịp này, 32 tập thể và 57 cá nhân có thành tích xuất sắc được khen thưởng; trong đó, 2 tập thể, 4 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen, số tập thể, cá nhân còn lại được Giám đốc Công an tỉnh tặng Giấy khen.", lead: lead, title: title)
        #expect(same == before, "\(same)")
    }

    /// "tặng Bằng khen cho 30 điển hình được tuyên dương, trong đó có 8 tập thể và 22 cá nhân": the split takes the total's kind,
    /// not the verb telling who its people are. "Huân chương … hạng Nhì cho 1 tập thể, hạng Ba cho 2 tập thể và 3 cá nhân": another
    /// class of the order, counted with it.
    @Test func aSplitsKindAndAnotherClassOfAnOrder() {
        let lead = "Sáng 28/12/2019, UBND tỉnh Bình Dương tổ chức giao lưu điển hình. ", title = "Bình Dương giao lưu điển hình"
        let split = summary("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 30 điển hình được tuyên dương, trong đó có 8 tập thể và 22 cá nhân.", lead: lead, title: title)
        #expect(split == ["Chủ tịch UBND tỉnh Bình Dương|Bằng khen|8|22|0"], "\(split)")
        let classes = summary("Dịp này, Chủ tịch nước tặng thưởng Huân chương Bảo vệ Tổ quốc hạng Nhì cho 1 tập thể, hạng Ba cho 2 tập thể và 3 cá nhân; Bộ trưởng Bộ Quốc phòng tặng Cờ thi đua cho 2 tập thể.", lead: lead, title: title)
        #expect(classes == ["Chủ tịch nước|Huân chương|3|3|0", "Bộ trưởng Bộ Quốc phòng|Cờ thi đua|2|0|0"], "\(classes)")
        // "cho số tập thể, cá nhân tương ứng là 20 và 31": the counts after their nouns, in order.
        let respective = summary("Dịp này, Bằng khen của Ban Thường vụ Tỉnh ủy được trao cho 12 tập thể và 15 cá nhân; Giấy khen của Ban Tuyên giáo Tỉnh ủy được trao cho số tập thể, cá nhân tương ứng là 20 và 31 có thành tích xuất sắc.", lead: "Sáng 29/5/2018, Tỉnh ủy Bình Phước tổ chức hội nghị sơ kết. ", title: title)
        #expect(respective == ["Ban Thường vụ Tỉnh ủy Bình Phước|Bằng khen|12|15|0", "Ban Tuyên giáo Tỉnh ủy Bình Phước|Giấy khen|20|31|0"], "\(respective)")
        // Not amounts of money: "… tương ứng là 3 và 1,5 triệu đồng".
        let money = summary("Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho các tập thể, cá nhân kèm tiền thưởng tương ứng là 3 và 1,5 triệu đồng.", lead: "Sáng 29/5/2018, Tỉnh ủy Bình Phước tổ chức hội nghị sơ kết. ", title: title)
        #expect(!money.contains { $0.hasSuffix("|3|1|0") }, "\(money)")
        // "PGS.TS. Đinh Văn Quang" ends no sentence: the principal he acts for gives.
        let acting = summary("Dịp này, thừa ủy quyền của Bộ trưởng Bộ Giáo dục và Đào tạo, PGS.TS. Đinh Văn Quang trao Kỷ niệm chương cho 11 viên chức.", lead: lead, title: title)
        #expect(acting == ["Bộ trưởng Bộ Giáo dục và Đào tạo|Kỷ niệm chương|0|11|0"], "\(acting)")
    }

    /// "Đảng ủy BĐBP tỉnh tuyên dương và Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 9 tập thể, 14 cá nhân": two givers, an award
    /// each to the same recipients; "… biểu dương và tặng Giấy khen cho …" is one giver's one award.
    @Test func twoGiversSharingTheRecipientsOfTheirVerbs() {
        let lead = "Sáng 3/3/2023, Bộ Chỉ huy BĐBP tỉnh Kiên Giang tổ chức lễ tuyên dương. "
        let found = summary("Dịp này, Đảng ủy BĐBP tỉnh tuyên dương và Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 9 tập thể, 14 cá nhân có thành tích tiêu biểu.",
                            lead: lead, title: "BĐBP Kiên Giang tuyên dương điển hình")
        #expect(found == ["Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang|Giấy khen|9|14|0",
                          "Đảng ủy Bộ đội Biên phòng tỉnh Kiên Giang|tuyên dương|9|14|0"], "\(found)")
        let one = summary("Dịp này, Đảng ủy BĐBP tỉnh biểu dương và tặng Giấy khen cho 9 tập thể, 14 cá nhân có thành tích tiêu biểu.",
                          lead: lead, title: "BĐBP Kiên Giang tuyên dương điển hình")
        #expect(one == ["Đảng ủy Bộ đội Biên phòng tỉnh Kiên Giang|Giấy khen|9|14|0"], "\(one)")
    }

    /// "11 quân nhân" are individuals; a province's "40 tập thể, cá nhân" beside a central body's 13 and 27 of the same kind, in
    /// one paragraph, is its own award, no total of the other's.
    @Test func soldiersAndACentralBodysCountsBesideAProvincesTotal() {
        let soldiers = summary("Dịp này, Đảng ủy Quân sự tỉnh tặng Giấy khen cho 6 tập thể, 9 cá nhân; Chỉ huy trưởng Bộ CHQS tỉnh tặng Giấy khen cho 11 quân nhân có thành tích xuất sắc.",
                               lead: "Sáng 12/5/2020, Bộ CHQS tỉnh Vĩnh Phúc tổ chức giao lưu điển hình. ", title: "Vĩnh Phúc giao lưu điển hình")
        #expect(soldiers == ["Đảng ủy Quân sự tỉnh Vĩnh Phúc|Giấy khen|6|9|0", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Vĩnh Phúc|Giấy khen|0|11|0"], "\(soldiers)")
        let beside = summary("Dịp này, Ban Tuyên giáo và Dân vận Trung ương tặng Bằng khen cho 13 tập thể và 27 cá nhân; Ban Thường vụ Tỉnh ủy Sóc Trăng tặng Bằng khen cho 40 tập thể, cá nhân điển hình của tỉnh.",
                             lead: "Sáng 15/10/2025, Ban Tuyên giáo và Dân vận Trung ương tổ chức giao lưu điển hình tại Sóc Trăng. ", title: "Giao lưu điển hình Dân vận khéo")
        #expect(beside == ["Ban Tuyên giáo và Dân vận Trung ương|Bằng khen|13|27|0", "Ban Thường vụ Tỉnh ủy Sóc Trăng|Bằng khen|0|0|40"], "\(beside)")
    }

    /// "biểu dương 12 Công an xã, phường": communes' police posts are collectives.
    @Test func communePolicePostsAreCollectives() {
        let found = summary("Ban Thường vụ Đảng ủy Công an tỉnh biểu dương 12 Công an xã, phường có mô hình \"Dân vận khéo\" tiêu biểu năm 2025.",
                            lead: "Sáng 14/11/2025, Đảng ủy Công an tỉnh Gia Lai tổ chức giao lưu điển hình. ", title: "Công an Gia Lai giao lưu điển hình")
        #expect(found == ["Ban Thường vụ Đảng ủy Công an tỉnh Gia Lai|biểu dương|12|0|0"], "\(found)")
    }

    /// After the award word: "biểu dương 52 NCT" (người cao tuổi) are people, "cho 5 tỉnh, thành đoàn" collectives.
    @Test func theEldersAndProvincialUnionsCountedAfterTheAward() {
        let elders = summary("Dịp này, Hội NCT huyện biểu dương 52 NCT tiêu biểu “Tuổi cao - Gương sáng” giai đoạn 2020 - 2022.",
                             lead: "Ngày 27/9/2022, Hội NCT huyện Thọ Xuân tổ chức Hội nghị biểu dương NCT tiêu biểu. ", title: "Thọ Xuân biểu dương người cao tuổi")
        #expect(elders == ["Hội Người cao tuổi huyện Thọ Xuân|biểu dương|0|52|0"], "\(elders)")
        let unions = summary("Tại buổi lễ, Ban Chấp hành Trung ương Đoàn trao Bằng khen cho 96 gương thanh niên tiên tiến. Ban Chấp hành Trung ương Đoàn cũng trao Bằng khen cho 5 tỉnh, thành đoàn có thành tích xuất sắc.",
                             lead: "Tối 18/5/2024, Trung ương Đoàn tổ chức Lễ tuyên dương thanh niên tiên tiến làm theo lời Bác. ", title: "Tuyên dương thanh niên tiên tiến")
        #expect(unions == ["Ban Chấp hành Trung ương Đoàn|Bằng khen|0|96|0", "Ban Chấp hành Trung ương Đoàn|Bằng khen|5|0|0"], "\(unions)")
    }

    /// "Trung ương HND Việt Nam", "Ban Thường vụ HND TP": the farmers' union written short.
    @Test func theFarmersUnionWrittenShort() {
        let found = summary("Dịp này, 2 tập thể và 3 cá nhân được Trung ương HND Việt Nam tặng Bằng khen; Ban Thường vụ HND TP tặng Giấy khen cho 15 tập thể và 21 cá nhân.",
                            lead: "Sáng 12/7/2023, Hội Nông dân thành phố Cần Thơ tổ chức hội nghị sơ kết. ", title: "Hội Nông dân Cần Thơ sơ kết chuyên đề")
        #expect(found == ["Trung ương Hội Nông dân Việt Nam|Bằng khen|2|3|0", "Ban Thường vụ Hội Nông dân thành phố Cần Thơ|Giấy khen|15|21|0"], "\(found)")
    }

    /// The subject of the verb right before the named recipient, not the clause's first one.
    @Test func aSecondVerbAfterANamedRecipientInALongClause() {
        let found = summary("Dịp này, Ban Thường vụ Huyện ủy khen thưởng 20 tập thể, cá nhân, Chủ tịch UBND huyện tặng Giấy khen cho 1 tập thể là Trường THCS Kim Đồng và tặng Giấy khen cho 2 cá nhân.",
                            lead: "Sáng 14/5/2024, Huyện ủy Thạch Hà tổ chức lễ tuyên dương. ", title: "Thạch Hà tuyên dương điển hình")
        #expect(found == ["Ban Thường vụ Huyện ủy Thạch Hà|khen thưởng|0|0|20", "Chủ tịch UBND huyện Thạch Hà|Giấy khen|1|0|0",
                          "Chủ tịch UBND huyện Thạch Hà|Giấy khen|0|2|0"], "\(found)")
    }

    /// "- 1 tập thể (Phòng Giáo dục và Đào tạo huyện) đón nhận Huân chương …": who, in parentheses, before receiving.
    @Test func whoInParenthesesBeforeReceiving() {
        let found = summary("Tại đại hội, đã có 7 tập thể, cá nhân được khen thưởng, gồm:\n- 1 tập thể (Phòng Giáo dục và Đào tạo huyện) đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước;\n- 2 tập thể, 4 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.",
                            lead: "Ngày 14/7/2020, UBND huyện Đức Trọng tổ chức Đại hội Thi đua yêu nước. ", title: "Đức Trọng đại hội thi đua yêu nước")
        #expect(found == ["Chủ tịch nước|Huân chương|1|0|0", "Chủ tịch UBND tỉnh Lâm Đồng|Bằng khen|2|4|0"], "\(found)")
    }

    /// 5 = 2 + 3 and 8 = 1 + 7 by chance: a clause with a giver of its own is no recap of the others.
    @Test func countsThatAddUpByChanceAreNoRecap() {
        let found = summary("Tư lệnh BĐBP tặng Bằng khen cho 2 tập thể, 1 cá nhân. Đảng ủy BĐBP tỉnh tặng Giấy khen cho 5 tập thể, 8 cá nhân; Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 3 tập thể, 7 cá nhân.")
        #expect(found == ["Tư lệnh Bộ đội Biên phòng|Bằng khen|2|1|0", "Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|5|8|0",
                          "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|3|7|0"])
    }

    /// A unit's own kind, unsplit, in the very paragraph of another giver's clause its count happens to add up: an award, no recap.
    @Test func anotherUnitsUnsplitAwardThatAddsUpByChance() {
        let found = summary("Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 8 tập thể và 12 cá nhân là điển hình tiêu biểu; Ban Tuyên giáo Tỉnh ủy tặng Giấy khen cho 20 tập thể, cá nhân có nhiều đóng góp trong tuyên truyền.")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|8|12|0", "Ban Tuyên giáo Tỉnh ủy Quảng Trị|Giấy khen|0|0|20"], "\(found)")
    }

    /// Counts opening the clause after a semicolon, with a reason and no award of their own, are more of the award's recipients;
    /// counts naming the members of those before ("…; ba chi bộ gồm …") are not.
    @Test func moreRecipientsAfterASemicolon() {
        let more = summary("Tại buổi lễ, Đảng ủy BĐBP tỉnh tặng Giấy khen cho 6 tập thể, 10 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2022; 3 tập thể, 5 cá nhân có thành tích tiêu biểu trong học tập và làm theo Bác.")
        #expect(more == ["Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|9|15|0"], "\(more)")
        let members = summary("Dịp này, Đảng ủy BĐBP tỉnh tặng Giấy khen cho ba chi bộ và năm đảng viên có thành tích tiêu biểu; ba chi bộ gồm Chi bộ Đồn Biên phòng A Dơi, Chi bộ Đồn Biên phòng Thanh và Chi bộ Hải đội 2.")
        #expect(members == ["Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|3|5|0"], "\(members)")
        // Nor counts saying who some of them are, with no reason of their own.
        let who = summary("Dịp này, Đảng ủy BĐBP tỉnh tặng Giấy khen cho 15 tập thể, cá nhân; 5 tập thể, 10 cá nhân là đảng viên trẻ.")
        #expect(who == ["Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|0|0|15"], "\(who)")
    }

    /// "Bộ Chỉ huy BĐBP tỉnh" is the provincial command itself: its commander gives, not the command.
    @Test func theCommanderOfACommandNamedWithItsAbbreviation() {
        let found = summary("Tại đại hội, Tư lệnh BĐBP tặng Bằng khen cho 4 tập thể, 6 cá nhân; Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh tặng Giấy khen cho 15 tập thể, 27 cá nhân.")
        #expect(found == ["Tư lệnh Bộ đội Biên phòng|Bằng khen|4|6|0", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|15|27|0"])
    }

    @Test func aPersonNamedAmongTheCountsThenAnotherGiversClause() {
        let found = summary("Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 02 tập thể, 05 cá nhân, trong đó có Thiếu tá Lò Văn Minh, Trưởng Công an xã Lóng Sập; Chủ tịch UBND huyện Mộc Châu tặng Giấy khen cho 01 tập thể và 03 cá nhân.",
                            lead: "Sáng 27/6/2024, Công an huyện Mộc Châu tổ chức lễ tuyên dương. ")
        #expect(found == ["Giám đốc Công an tỉnh Sơn La|Giấy khen|2|5|0", "Chủ tịch UBND huyện Mộc Châu|Giấy khen|1|3|0"])
    }

    @Test func oneVerbForAFlagToAUnitAndCountedCommendations() {
        let found = summary("Tư lệnh Quân khu 7 tặng Cờ thi đua cho Ban CHQS huyện Tân Biên và Bằng khen cho 5 tập thể, 7 cá nhân.",
                            lead: "Ngày 11/6/2024, Bộ CHQS tỉnh Tây Ninh tổ chức đại hội thi đua. ")
        #expect(found == ["Tư lệnh Quân khu 7|Bằng khen|5|7|0", "Tư lệnh Quân khu 7|Cờ thi đua|1|0|0"])
    }

    @Test func aSplitInParenthesesIsTheAward() {
        let found = summary("Đảng ủy Khối các cơ quan tỉnh tặng Giấy khen cho 45 tập thể, cá nhân (20 tập thể, 25 cá nhân) có thành tích tiêu biểu.",
                            lead: "Ngày 30/3/2021, Đảng ủy Khối các cơ quan tỉnh Nghệ An tổ chức hội nghị tổng kết. ")
        #expect(found == ["Đảng ủy Khối các cơ quan tỉnh Nghệ An|Giấy khen|20|25|0"])
    }

    /// The split may follow words describing those counted ("12 điển hình tham gia giao lưu (5 tập thể, 7 cá nhân)") when it
    /// adds up to the count; parentheses that only say who some of them are leave the count as written.
    @Test func aSplitInParenthesesAfterWordsDescribingThem() {
        let lead = "Sáng 12/5/2024, Ban Tuyên giáo Tỉnh ủy Cao Bằng tổ chức giao lưu điển hình. "
        let split = summary("Dịp này, Ban Tuyên giáo Tỉnh ủy tặng Giấy khen cho 12 điển hình tham gia giao lưu (5 tập thể, 7 cá nhân).", lead: lead)
        #expect(split == ["Ban Tuyên giáo Tỉnh ủy Cao Bằng|Giấy khen|5|7|0"])
        let some = summary("Dịp này, Ban Tuyên giáo Tỉnh ủy tặng Giấy khen cho 12 tập thể, cá nhân tiêu biểu (5 tập thể khối huyện, 4 tập thể khối xã).", lead: lead)
        #expect(some == ["Ban Tuyên giáo Tỉnh ủy Cao Bằng|Giấy khen|0|0|12"])
    }

    /// A Kỷ niệm chương is a central body's; a local post named after a person hands it over.
    @Test func medalsAwardedCentrallyWhoeverHandsThemOver() {
        let found = summary("Dịp này, Ban Chấp hành Trung ương Đoàn tặng Kỷ niệm chương “Vì thế hệ trẻ” cho 3 cá nhân. Đồng chí Trần Anh Khoa, Trưởng Ban Dân vận Tỉnh ủy trao Kỷ niệm chương “Vì thế hệ trẻ” cho 3 cá nhân. Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho Đồn Biên phòng Cửa Tùng.",
                            lead: "Ngày 23/3/2024, Ban Thường vụ Tỉnh đoàn Quảng Trị tổ chức lễ tuyên dương. ")
        #expect(found == ["Ban Chấp hành Trung ương Đoàn|Kỷ niệm chương|0|3|0", "Chủ tịch nước|Huân chương|1|0|0"])
    }

    @Test func theMergedCentralDepartmentAndAnApostropheInADistrictsName() {
        let facts = Fixtures.extract("Cư M'gar sơ kết Kết luận 01\n\nChiều 14-5-2024, Huyện ủy Cư M'gar tổ chức hội nghị sơ kết. Ban Tuyên giáo và Dân vận Trung ương tặng Bằng khen cho 1 tập thể, 1 cá nhân.").facts
        #expect(facts.organizer?.unit == "Huyện ủy Cư M'gar")
        #expect(facts.province?.name == "Đắk Lắk")
        #expect(facts.awards.map(\.giver) == ["Ban Tuyên giáo và Dân vận Trung ương"])
    }

    /// "CAND." ends its sentence; "TP." and "TS." do not.
    @Test func anAcronymEndsItsSentence() {
        let found = summary("Thừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá Phạm Văn Long trao Bằng khen cho 1 tập thể và 2 cá nhân có thành tích thực hiện Sáu điều Bác Hồ dạy CAND. Giám đốc Công an tỉnh tặng Giấy khen cho 9 tập thể, cá nhân.",
                            lead: "Ngày 10/3/2023, Công an tỉnh Quảng Ninh tổ chức hội thảo. ")
        #expect(found == ["Bộ trưởng Bộ Công an|Bằng khen|1|2|0", "Giám đốc Công an tỉnh Quảng Ninh|Giấy khen|0|0|9"])
    }

    @Test func aFormerBodyGivesNothingNow() {
        let found = summary("Trước khi hợp nhất, 12 tập thể, 17 cá nhân đã được Đảng ủy các cơ quan Đảng tỉnh Phú Yên (cũ) khen thưởng. Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 2 tập thể, 3 cá nhân.",
                            lead: "Chiều 16/12/2025, Đảng ủy các cơ quan Đảng tỉnh Đắk Lắk tổ chức hội nghị tổng kết. ", title: "Đắk Lắk tổng kết chuyên đề")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Đắk Lắk|Bằng khen|2|3|0"])
    }

    /// "trong số các điển hình được biểu dương" qualifies counts already given their Bằng khen.
    @Test func aPassiveAfterCountsAlreadyGivenTheirAward() {
        let found = summary("Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể, 14 cá nhân có thành tích xuất sắc trong số các điển hình được biểu dương.",
                            lead: "Ngày 27.8.2025, Ban Thường vụ Tỉnh ủy Lào Cai tổ chức Lễ biểu dương. ")
        #expect(found == ["Chủ tịch UBND tỉnh Lào Cai|Bằng khen|10|14|0"])
    }

    @Test func briefsWritingCountsShort() {
        let found = summary("Tại hội nghị, BTV Huyện ủy khen thưởng 12 TT, 20 CN có thành tích tiêu biểu.\n\nLãnh đạo huyện trao Giấy khen cho 12 tập thể, 20 cá nhân",
                            lead: "Chiều 28/6/2023, Ban Thường vụ Huyện ủy Yên Thành tổ chức hội nghị. ")
        #expect(found == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|12|20|0"])
    }

    /// "Tỉnh có 5 tập thể … được … tặng" tells what the province has had; "…; phần thưởng này sẽ được trao tại …" a later ceremony.
    @Test func whatAProvinceHasHadAndAwardsToBeHandedOverLater() {
        let found = summary("Tỉnh có 5 tập thể, 7 cá nhân được Ban Tuyên giáo Trung ương tặng Bằng khen. Dịp này, Chủ tịch nước đã quyết định tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho 1 tập thể và 2 cá nhân; phần thưởng cao quý này sẽ được trao tại Lễ kỷ niệm 80 năm Ngày truyền thống. Giám đốc Công an tỉnh tặng Giấy khen cho 30 tập thể, 45 cá nhân.",
                            lead: "Ngày 14/6/2025, Công an tỉnh Bắc Giang tổ chức hội nghị tổng kết. ")
        #expect(found == ["Giám đốc Công an tỉnh Bắc Giang|Giấy khen|30|45|0"])
    }

    /// Hamlets named with their communes, the list set off by semicolons; a commune after a unit is where it is.
    @Test func placesNamedWithTheirCommunes() {
        let found = summary("Ấp Nô Công, xã Thạnh Hòa Sơn; ấp Sóc Chùa, xã Kim Hòa và khóm Minh Thuận B, thị trấn Cầu Ngang được Chủ tịch UBND huyện tặng Giấy khen. Chủ tịch UBND huyện tặng Giấy khen cho khu vực 5, phường Long Hòa và khu vực 3, phường An Thới. BTV Huyện ủy tặng Giấy khen cho Chi đoàn ấp Phú Hữu A, xã Phú Thịnh.",
                            lead: "Chiều 20/6/2024, Ban Thường vụ Huyện ủy Cầu Ngang tổ chức hội nghị. ", title: "Cầu Ngang sơ kết chuyên đề")
        #expect(found == ["Chủ tịch UBND huyện Cầu Ngang|Giấy khen|3|0|0", "Chủ tịch UBND huyện Cầu Ngang|Giấy khen|2|0|0", "Ban Thường vụ Huyện ủy Cầu Ngang|Giấy khen|1|0|0"])
    }

    @Test func theHeadOfADepartmentAndAYouthUnionNamedShort() {
        let found = summary("Trưởng Ban Tuyên giáo Tỉnh ủy tặng Giấy khen cho 8 cá nhân. Ban Thường vụ Huyện Đoàn tặng Giấy khen cho 3 chi đoàn.",
                            lead: "Ngày 30/8/2023, Ban Tuyên giáo Huyện ủy Tam Bình tổ chức hội thi. ", title: "Tam Bình hội thi kể chuyện về Bác")
        #expect(found == ["Trưởng Ban Tuyên giáo Tỉnh ủy Vĩnh Long|Giấy khen|0|8|0", "Ban Thường vụ Huyện Đoàn Tam Bình|Giấy khen|3|0|0"])
    }

    /// "thay mặt X, đồng chí A đã trao …": X gives; the award's quoted name may stand before "của … cho".
    @Test func onBehalfOfAndALongQuotedName() {
        let found = summary("Dịp này, thay mặt Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, đồng chí Trưởng Ban Dân vận Tỉnh ủy đã trao Kỷ niệm chương “Vì sự nghiệp phát triển của phụ nữ Việt Nam” cho 5 cá nhân. Đồng chí Phó Bí thư Huyện ủy đã trao Kỷ niệm chương “Vì sự nghiệp phát triển của phụ nữ Việt Nam” của Trung ương Hội LHPN Việt Nam cho bà Trần Thị Hoa, nguyên Chủ tịch Hội LHPN xã Cẩm Bình và bà Nguyễn Thị Lý, Chi hội trưởng phụ nữ thôn Tân Hòa.",
                            lead: "Ngày 12/3/2025, Hội LHPN huyện Cẩm Xuyên tổ chức hội nghị. ", title: "Cẩm Xuyên sơ kết Kết luận 01")
        #expect(found == ["Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam|Kỷ niệm chương|0|5|0", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam|Kỷ niệm chương|0|2|0"])
    }

    /// Recipients named again with no giver; a goal "phấn đấu … 1 điển hình"; an undated event's earlier month.
    @Test func namedAgainAGoalAndAnEarlierMonthOfAnUndatedEvent() {
        let found = summary("Tháng 10/2023, Trung ương Hội Nông dân Việt Nam đã tặng Bằng khen cho 3 tập thể. Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 2 tập thể và 3 cá nhân. Hai tập thể được tặng Bằng khen gồm: Hội Nông dân huyện Cái Nước và Hội Nông dân huyện Năm Căn. Phấn đấu đến năm 2025 mỗi chi hội có ít nhất 1 mô hình, 1 điển hình.",
                            lead: "Vừa qua, Hội Nông dân tỉnh Cà Mau tổ chức hội nghị sơ kết chuyên đề năm 2024. ", title: "Hội Nông dân Cà Mau sơ kết chuyên đề")
        #expect(found == ["Trung ương Hội Nông dân Việt Nam|Bằng khen|2|3|0"])
    }

    @Test func aCommitteeNamedInFullAfterASemicolonIsNotDoubled() {
        let found = summary("Nhân dịp này, 2 tập thể của nhà trường được Chủ tịch UBND tỉnh tặng Bằng khen; Đảng ủy Trường Đại học Vinh tặng Giấy khen cho 6 tập thể và 15 cá nhân.",
                            lead: "Ngày 12/3/2024, Đảng ủy Trường Đại học Vinh tổ chức hội nghị. ", title: "Đại học Vinh sơ kết chuyên đề")
        #expect(found == ["Chủ tịch UBND tỉnh Nghệ An|Bằng khen|2|0|0", "Đảng ủy Trường Đại học Vinh|Giấy khen|6|15|0"])
    }

    /// Years recalled after a colon or a bullet, "Nhiều năm liền, …", "… qua các năm" and a period after "Nhờ thành tích đó," are not
    /// this event's.
    @Test func yearsRecalledAfterAColonOrABulletOrOverManyYears() {
        let found = summary("Người viết chú ý đến một ý kiến của Tỉnh đoàn: năm 2022, tỉnh có 2 tập thể được Ban Tuyên giáo Trung ương tặng Bằng khen.\n\n- Năm 2021, thị xã khen thưởng 30 tập thể, cá nhân.\n\nNhiều năm liền, Trường Chính trị được UBND tỉnh tặng Cờ thi đua.\n\nThị đoàn đã tuyên dương 350 gương thanh niên tiêu biểu qua các năm.\n\nNhờ thành tích đó, giai đoạn 2015 - 2020, toàn thị xã có 9 tập thể được Chủ tịch nước tặng Huân chương Lao động.\n\nBan Thường vụ Thị ủy tặng Giấy khen cho 14 tập thể.",
                            lead: "Ngày 12/10/2023, Ban Thường vụ Thị ủy Kinh Môn tổ chức lễ khen thưởng. ", title: "Kinh Môn khen thưởng điển hình")
        #expect(found == ["Ban Thường vụ Thị ủy Kinh Môn|Giấy khen|14|0|0"])
    }

    @Test func recipientsNamedByWhatTheyDo() {
        let found = summary("Tại buổi lễ, 10 công nhân được Chủ tịch UBND tỉnh tặng Bằng khen; 90 công nhân, lao động còn lại nhận Bằng khen của Ban Chấp hành LĐLĐ tỉnh. Giám đốc Trung tâm Chính trị huyện tặng Giấy khen cho 5 học viên. Ủy ban MTTQ tỉnh tặng Bằng khen cho 100 Trưởng ban Công tác Mặt trận tiêu biểu. Chủ tịch UBND huyện tặng Giấy khen cho khu dân cư thôn Lao Chải.",
                            lead: "Ngày 12/5/2024, Liên đoàn Lao động tỉnh Đồng Nai tổ chức lễ tuyên dương. ", title: "Đồng Nai tuyên dương công nhân")
        #expect(found.contains("Ban Chấp hành Liên đoàn Lao động tỉnh Đồng Nai|Bằng khen|0|90|0"))
        #expect(found.contains { $0.hasSuffix("|Giấy khen|0|5|0") })
        #expect(found.contains { $0.hasSuffix("|Bằng khen|0|100|0") })
        #expect(found.contains { $0.hasSuffix("|Giấy khen|1|0|0") })
        let teachers = summary("Tại buổi lễ, Ban Thường vụ Huyện ủy biểu dương 12 thầy cô giáo điển hình trong học tập và làm theo Bác.",
                               lead: "Sáng 29/1/2023, UBND huyện Hải Hậu tổ chức lễ khen thưởng. ", title: "Hải Hậu khen thưởng giáo viên")
        #expect(teachers == ["Ban Thường vụ Huyện ủy Hải Hậu|biểu dương|0|12|0"], "\(teachers)")
        let pupils = summary("Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 3 em; Chủ tịch UBND huyện tặng Giấy khen cho Trường THCS Cẩm Quang và 3 em học sinh.",
                             lead: "Chiều 14/7/2022, UBND huyện Cẩm Xuyên tổ chức lễ khen thưởng. ", title: "Khen thưởng 3 học sinh dũng cảm cứu người")
        #expect(pupils == ["Ban Thường vụ Tỉnh đoàn Hà Tĩnh|Bằng khen|0|3|0", "Chủ tịch UBND huyện Cẩm Xuyên|Giấy khen|1|3|0"], "\(pupils)")
        // Religious dignitaries: then the parts add up to the total before the colon, which goes.
        let dignitaries = summary("Tại hội nghị, 20 tập thể, cá nhân được khen thưởng: Ban Dân vận Tỉnh ủy tặng Giấy khen cho 5 tập thể, 9 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 6 chức sắc tiêu biểu.",
                                  lead: "Sáng 26-12-2018, Ban Dân vận Tỉnh ủy Ninh Thuận tổ chức hội nghị biểu dương. ", title: "Biểu dương tập thể, cá nhân tiêu biểu trong các tôn giáo")
        #expect(dignitaries == ["Ban Dân vận Tỉnh ủy Ninh Thuận|Giấy khen|5|9|0", "Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận|Bằng khen|0|6|0"], "\(dignitaries)")
    }

    @Test func aTotalSplitInParenthesesBeforeThePassiveAndALongBreakdownThenMore() {
        let found = summary("Tại chương trình, 9 điển hình (3 tập thể, 6 cá nhân) được Chủ tịch UBND xã tuyên dương. Chủ tịch UBND xã tặng Giấy khen cho 8 tập thể, trong đó có Ban Công tác Mặt trận thôn Dương Sơn và thôn Túy Loan Tây, cùng 24 cá nhân tiêu biểu.",
                            lead: "Ngày 12/5/2024, Đảng ủy xã Hòa Phong tổ chức đại hội thi đua. ", title: "Hòa Phong đại hội thi đua")
        #expect(found == ["Chủ tịch UBND xã Hòa Phong|tuyên dương|3|6|0", "Chủ tịch UBND xã Hòa Phong|Giấy khen|8|24|0"])
    }

    /// "cho 3 tập thể: A, B (…), C; và 4 cá nhân: …" is one list; a total split over clauses is one award.
    @Test func listsAndSplitsRunningOverSemicolons() {
        let found = summary("Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 3 tập thể: Đảng bộ xã Nghĩa Tâm, Chi bộ thôn Khe Căng (xã Thượng Bằng La), Hội Nông dân xã Cát Thịnh; và 4 cá nhân: ông Hà Văn Sình, chị Lò Thị Hương, anh Sùng A Lử, bà Hoàng Thị Nhung. Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 5 tập thể, cá nhân, gồm: 2 tập thể là Đảng bộ Sở Tư pháp, Chi bộ Văn phòng Đoàn ĐBQH; 3 cá nhân là các đồng chí: Nguyễn Thị Mỹ Linh, Trần Quốc Bảo, Lê Văn Hiền.",
                            lead: "Ngày 18/5/2024, Huyện ủy Văn Chấn tổ chức giao lưu điển hình. ", title: "Văn Chấn giao lưu điển hình")
        #expect(found == ["Ban Thường vụ Huyện ủy Văn Chấn|Giấy khen|3|4|0", "Ban Thường vụ Tỉnh ủy Yên Bái|Bằng khen|2|3|0"])
    }

    /// "cho: …" names its recipients after a colon; a person named in another clause is not this one's recipient.
    @Test func recipientsAfterAColonAndAPersonInAnotherClause() {
        let found = summary("Ông Hà Văn Sình, người dân tộc Tày ở thôn Khe Căng đã hiến hơn 600 m2 đất làm đường; ông từng được Chủ tịch UBND tỉnh tặng Bằng khen năm 2022. Ủy ban MTTQ Việt Nam huyện tặng Giấy khen cho: Ban Nhân dân ấp Cây Trắc (xã Phước Thạnh), Chi hội Phụ nữ ấp Trâm Vàng 1 (xã Thanh Phước) và ông Nguyễn Văn Lợi (xã Phước Đông) vì có nhiều đóng góp.",
                            lead: "Ngày 5/7/2024, UBND huyện Gò Dầu tổ chức lễ khen thưởng. ", title: "Gò Dầu khen thưởng người tốt, việc tốt")
        #expect(found == ["Ủy ban MTTQ Việt Nam huyện Gò Dầu|Giấy khen|2|1|0"])
    }

    @Test func sectorOfficesWrittenShortAreSpelledOut() {
        let found = summary("Tổng Giám đốc BHXH Việt Nam tặng Bằng khen cho 2 tập thể, 3 cá nhân; Viện trưởng Viện KSND tối cao tặng Bằng khen cho 1 tập thể; Chánh án TAND tỉnh tặng Giấy khen cho 3 tập thể và 5 cá nhân.",
                            lead: "Ngày 5/3/2024, Đảng ủy Tòa án nhân dân tỉnh Đắk Lắk tổ chức hội nghị. ", title: "Tòa án Đắk Lắk sơ kết chuyên đề")
        #expect(found == ["Tổng Giám đốc Bảo hiểm xã hội Việt Nam|Bằng khen|2|3|0", "Viện trưởng Viện Kiểm sát nhân dân tối cao|Bằng khen|1|0|0",
                          "Chánh án Tòa án nhân dân tỉnh Đắk Lắk|Giấy khen|3|5|0"])
    }

    /// "Trước đó, ngày 20-4-2021, … Tại hội nghị này, …" and "5 năm qua, … Nhiều tập thể … trong đó …" go on about that time.
    @Test func sentencesGoingOnAboutAnotherTime() {
        let found = summary("Trước đó, ngày 20-4-2021, Thành ủy đã tổ chức hội nghị trực tuyến tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW. Tại hội nghị này, Ban Thường vụ Thành ủy đã tặng bằng khen cho 15 tập thể, 20 cá nhân. 5 năm qua, các cấp ủy đã khen thưởng 1.246 tập thể. Nhiều tập thể, cá nhân được Trung ương ghi nhận, trong đó 3 tập thể được Chủ tịch nước tặng Huân chương Lao động hạng Ba.\n\nDịp này, Ban Thường vụ Thành ủy tặng Bằng khen cho 40 tập thể, 60 cá nhân.",
                            lead: "Sáng 28/12/2021, Thành ủy Cần Thơ tổ chức lễ tuyên dương. ", title: "Cần Thơ tuyên dương điển hình")
        #expect(found == ["Ban Thường vụ Thành ủy Cần Thơ|Bằng khen|40|60|0"])
    }

    @Test func aPassiveAfterQualifyingTheRecipientsAsExamples() {
        let found = summary("Dịp này, 10 tập thể, 12 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được Ban Thường vụ Tỉnh ủy tặng Giấy khen.",
                            lead: "Sáng 23/8/2019, Tỉnh ủy Tây Ninh tổ chức lễ kỷ niệm. ", title: "Tây Ninh kỷ niệm 50 năm thực hiện Di chúc")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Tây Ninh|Giấy khen|10|12|0"])
    }

    /// A table copied with its bars ("TT | Hình thức khen thưởng | Tập thể | Cá nhân", "  | Cộng | 21 | 36") reads as one copied
    /// with tabs; "30 thầy thuốc" are people.
    @Test func aTableWithBarsAndPhysicians() {
        let table = summary("Tại buổi lễ, các tập thể, cá nhân được trao các hình thức khen thưởng sau:\n\nTT | Hình thức khen thưởng | Tập thể | Cá nhân\n1 | Bằng khen của Chủ tịch UBND tỉnh | 4 | 6\n2 | Giấy khen của Giám đốc Công an tỉnh | 15 | 27\n  | Cộng | 19 | 33",
                            lead: "Sáng 15/5/2019, Công an tỉnh Thái Bình tổ chức lễ khen thưởng. ", title: "Công an Thái Bình khen thưởng")
        #expect(table == ["Chủ tịch UBND tỉnh Thái Bình|Bằng khen|4|6|0", "Giám đốc Công an tỉnh Thái Bình|Giấy khen|15|27|0"], "\(table)")
        // A row only proposing an award gives none.
        let proposal = summary("Tại buổi lễ, các tập thể, cá nhân được trao các hình thức khen thưởng sau:\n\nTT | Hình thức khen thưởng | Tập thể | Cá nhân\n1 | Giấy khen của Giám đốc Công an tỉnh | 15 | 27\n2 | Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen (chờ quyết định) | 1 | 2",
                               lead: "Sáng 15/5/2019, Công an tỉnh Thái Bình tổ chức lễ khen thưởng. ", title: "Công an Thái Bình khen thưởng")
        #expect(proposal == ["Giám đốc Công an tỉnh Thái Bình|Giấy khen|15|27|0"], "\(proposal)")
        let physicians = summary("Sở Y tế cũng tuyên dương 30 thầy thuốc tiêu biểu.", lead: "Chiều 25-2-2019, Sở Y tế tỉnh Bình Dương tổ chức lễ kỷ niệm Ngày Thầy thuốc Việt Nam. ",
                                 title: "Tuyên dương thầy thuốc tiêu biểu")
        #expect(physicians == ["Sở Y tế tỉnh Bình Dương|tuyên dương|0|30|0"], "\(physicians)")
    }

    /// "X tặng Giấy khen cho 6 tập thể, 9 cá nhân; Y cho 4 tập thể, 7 cá nhân": the second clause shares the first's verb and
    /// kind, with a giver of its own.
    @Test func aClauseSharingTheVerbAndKindBeforeIt() {
        let lead = "Ngày 12-4-2019, Đảng ủy BĐBP tỉnh Quảng Trị tổ chức hội nghị sơ kết. "
        let gapped = summary("Dịp này, Đảng ủy BĐBP tỉnh tặng Giấy khen cho 6 tập thể, 9 cá nhân; Chỉ huy trưởng BĐBP tỉnh cho 4 tập thể, 7 cá nhân có thành tích xuất sắc.",
                             lead: lead, title: "BĐBP Quảng Trị sơ kết Chỉ thị 05")
        #expect(gapped == ["Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|6|9|0", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|4|7|0"], "\(gapped)")
    }

    /// A table with a column per award and a row per kind of recipient ("Tập thể (tổ chức cơ sở đảng)", "Cá nhân (đảng viên)"):
    /// each award its column, rows of collectives and of individuals added up, a dash none, totals left out; a column
    /// proposing an award ("Đề nghị Bộ trưởng Bộ Y tế tặng Bằng khen") gives none.
    @Test func aTableWithAColumnPerAward() {
        let lead = "Chiều 31/1/2024, Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương tổ chức lễ khen thưởng. "
        let columns = summary("Tại buổi lễ, 37 tập thể, cá nhân được khen thưởng, cụ thể như sau:\n\nHình thức khen thưởng\tBằng khen của Ban Thường vụ Tỉnh ủy\tGiấy khen của Đảng ủy Khối Doanh nghiệp tỉnh\tCộng\nTập thể (tổ chức cơ sở đảng)\t3\t9\t12\nTập thể (chi bộ trực thuộc)\t–\t6\t6\nCá nhân (đảng viên)\t4\t15\t19\nTổng cộng\t7\t30\t37",
                              lead: lead, title: "Khen thưởng 37 tập thể, cá nhân")
        #expect(columns == ["Ban Thường vụ Tỉnh ủy Bình Dương|Bằng khen|3|4|0", "Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương|Giấy khen|15|15|0"], "\(columns)")
        let proposed = summary("Tại hội nghị, 30 tập thể, cá nhân đã được khen thưởng. Kết quả cụ thể:\n\nĐối tượng\tGiấy khen của Đảng ủy Bệnh viện\tGiấy khen của Giám đốc Bệnh viện\tĐề nghị Bộ trưởng Bộ Y tế tặng Bằng khen\nTập thể\t6\t4\t1\nCá nhân\t11\t9\t2\nCộng\t17\t13\t3",
                               lead: "Chiều 15/1/2026, Đảng ủy Bệnh viện Đa khoa tỉnh Bình Dương tổ chức hội nghị tổng kết. ", title: "Bệnh viện tổng kết")
        #expect(proposed == ["Đảng ủy Bệnh viện Đa khoa tỉnh Bình Dương|Giấy khen|6|11|0", "Giám đốc Bệnh viện Đa khoa tỉnh Bình Dương|Giấy khen|4|9|0"], "\(proposed)")
    }

    /// "3 tập thể lớp (10/2, 11/3), 11 học sinh và 2 giáo viên": a word and an aside after a count, then a comma, still one list;
    /// "11 học sinh và tập thể lớp 11A3 có thành tích …": a class named after the counts, before the reason, is one more collective.
    @Test func classesInAListOfCounts() {
        let school = "Sáng 13/5/2024, Trường THPT Kim Thành tổ chức lễ tuyên dương. "
        let aside = summary("Tại buổi lễ, thầy Hiệu trưởng trao Giấy khen cho 3 tập thể lớp (10/2, 11/3, 12/7), 11 học sinh và 2 giáo viên có nhiều việc làm tốt.", lead: school)
        #expect(aside == ["Hiệu trưởng Trường THPT Kim Thành|Giấy khen|3|13|0"], "\(aside)")
        let named = summary("Tại buổi lễ, Hiệu trưởng nhà trường trao Giấy khen cho 11 học sinh và tập thể lớp 11A3 có thành tích tiêu biểu trong phong trào.", lead: school)
        #expect(named == ["Hiệu trưởng Trường THPT Kim Thành|Giấy khen|1|11|0"], "\(named)")
        // A class written with a slash ("lớp 8/3") closing the list.
        let slashed = summary("Dịp này, Hiệu trưởng nhà trường tặng Giấy khen cho 4 em học sinh và tập thể lớp 8/3.", lead: school)
        #expect(slashed == ["Hiệu trưởng Trường THPT Kim Thành|Giấy khen|1|4|0"], "\(slashed)")
    }

    /// "Bộ Tư lệnh Quân khu 7 tặng Cờ thi đua cho Ban CHQS huyện Bù Đăng và tặng Bằng khen cho 5 tập thể": the second verb shares
    /// the first one's subject, not the unit named before "và". Two orders of one kind named apart in one sentence are two
    /// awards; the same award told again in the next is not.
    @Test func aSecondVerbAfterANamedRecipientAndTwoOrders() {
        let lead = "Sáng 20/6/2024, Bộ CHQS tỉnh Bình Phước tổ chức Đại hội thi đua Quyết thắng. ", title = "Đại hội thi đua Quyết thắng"
        let shared = summary("Tại đại hội, Bộ Tư lệnh Quân khu 7 tặng Cờ thi đua cho Ban CHQS huyện Bù Đăng và tặng Bằng khen cho 5 tập thể, 8 cá nhân.", lead: lead, title: title)
        #expect(shared == ["Bộ Tư lệnh Quân khu 7|Bằng khen|5|8|0", "Bộ Tư lệnh Quân khu 7|Cờ thi đua|1|0|0"], "\(shared)")
        let orders = summary("Tại đại hội, thừa ủy quyền của Chủ tịch nước, đồng chí Phạm Quang Hiếu đã trao Huân chương Bảo vệ Tổ quốc hạng Ba cho 1 tập thể và Huân chương Chiến công hạng Ba cho 1 tập thể, 2 cá nhân.", lead: lead, title: title)
        #expect(orders == ["Chủ tịch nước|Huân chương|1|0|0", "Chủ tịch nước|Huân chương|1|2|0"], "\(orders)")
        let retold = summary("Tại đại hội, 2 tập thể, 3 cá nhân được Thủ tướng Chính phủ tặng Bằng khen. Hai tập thể nhận Bằng khen của Thủ tướng Chính phủ là Đảng bộ Công ty A và Đảng bộ Công ty B.", lead: lead, title: title)
        #expect(retold == ["Thủ tướng Chính phủ|Bằng khen|2|3|0"], "\(retold)")
    }

    /// "cụ thể:" over "- 22 tập thể, gồm: 12 đảng bộ …; 6 …" and "- 28 cá nhân, trong đó …": each line's count, not what it holds.
    @Test func aListOfCountsEachBrokenDown() {
        let found = summary("""
            Tại hội nghị, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc, cụ thể:

            - 22 tập thể, gồm: 12 đảng bộ huyện, thành phố, thị xã; 6 đảng bộ trực thuộc Tỉnh ủy; 4 tổ chức cơ sở đảng.

            - 28 cá nhân, trong đó có 9 đồng chí là bí thư cấp ủy.
            """, lead: "Sáng 18/6/2021, Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW. ", title: "Nghệ An tổng kết Chỉ thị 05")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Nghệ An|Bằng khen|22|28|0"], "\(found)")
    }

    /// "cho 5 tập thể, gồm: A; B; C; D; E, cùng 9 cá nhân": the units a count names, however many, do not part it from the next count.
    @Test func aCountsMembersNamedBeforeTheNextCount() {
        let found = summary("Nhân dịp này, Giám đốc Công an tỉnh trao Giấy khen cho 5 tập thể, gồm: Phòng Cảnh sát giao thông; Phòng An ninh kinh tế; Công an huyện Krông Pắc; Công an huyện Ea Súp; Trại tạm giam Công an tỉnh, cùng 9 cá nhân có thành tích xuất sắc.",
                            lead: "Sáng 16/5/2022, Công an tỉnh Đắk Lắk tổ chức hội nghị sơ kết. ", title: "Công an Đắk Lắk sơ kết")
        #expect(found == ["Giám đốc Công an tỉnh Đắk Lắk|Giấy khen|5|9|0"], "\(found)")
    }

    /// "tặng thưởng Huân chương", a giver's name ended by "do" (a reason), and a village cell "Chi bộ khu dân cư …" as recipient.
    @Test func namedRecipientsWithTheirGivers() {
        let found = summary("Tại đại hội, huyện Giồng Trôm vinh dự đón nhận Cờ thi đua của UBND tỉnh do dẫn đầu phong trào thi đua khối huyện, thành phố năm 2019. Dịp này, Ban CHQS huyện vinh dự được Chủ tịch nước tặng thưởng Huân chương Bảo vệ Tổ quốc hạng Ba. Đồng chí Bí thư Tỉnh ủy trao Bằng khen của Ban Thường vụ Tỉnh ủy cho Chi bộ khu dân cư Phạm Ngũ Lão có thành tích xuất sắc.",
                            lead: "Sáng 10/7/2020, huyện Giồng Trôm tổ chức Đại hội thi đua yêu nước lần thứ V. ", title: "Giồng Trôm đại hội thi đua")
        #expect(found == ["UBND tỉnh Bến Tre|Cờ thi đua|1|0|0", "Chủ tịch nước|Huân chương|1|0|0", "Ban Thường vụ Tỉnh ủy Bến Tre|Bằng khen|1|0|0"], "\(found)")
    }

    /// "… tặng thưởng Huân chương Lao động hạng Nhì năm 2017" at a 2020 event: that year's award, told as background.
    @Test func anAwardOfAnEarlierYearTellsNoAwardHere() {
        let found = summary("Được biết, Trường Chính trị tỉnh đã vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì năm 2017.",
                            lead: "Chiều 9/12/2020, Trường Chính trị tỉnh Nghệ An tổ chức hội thảo khoa học. ", title: "Hội thảo khoa học")
        #expect(found.isEmpty, "\(found)")
    }

    /// "… có 215 gương điển hình được biểu dương tại hội nghị các cấp": meetings of every level over the years, not this one.
    @Test func honouredAtMeetingsOfEveryLevel() {
        let found = summary("Trong 5 năm, các cấp trong Quân khu đã khen thưởng 1.124 tập thể, 2.356 cá nhân; có 215 gương điển hình được biểu dương tại hội nghị các cấp.",
                            lead: "Sáng 28-4-2021, Đảng ủy, Bộ Tư lệnh Quân khu 9 tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị 05. ", title: "Quân khu 9 tổng kết")
        #expect(found.isEmpty, "\(found)")
    }


    /// An agency's party committee and its head give apart: "Đảng ủy Văn phòng UBND tỉnh" and "Chánh Văn phòng UBND tỉnh".
    @Test func theOfficeOfThePeoplesCommitteeAndItsHead() {
        let found = summary("Dịp này, Đảng ủy Văn phòng UBND tỉnh tặng Giấy khen cho 2 chi bộ và 6 đảng viên; Chánh Văn phòng UBND tỉnh tặng Giấy khen cho 3 phòng, đơn vị và 5 công chức, viên chức có thành tích tiêu biểu.",
                            lead: "Sáng 8/1/2020, Đảng ủy Văn phòng UBND tỉnh Đồng Tháp tổ chức hội nghị tổng kết. ", title: "Văn phòng UBND tỉnh tổng kết")
        #expect(found == ["Đảng ủy Văn phòng UBND tỉnh Đồng Tháp|Giấy khen|2|6|0", "Chánh Văn phòng UBND tỉnh Đồng Tháp|Giấy khen|3|5|0"], "\(found)")
    }

    /// Counts that receive after a long qualifier, holding a document's number: "… có thành tích xuất sắc trong thực hiện Chỉ thị
    /// 05-CT/TW của Bộ Chính trị nhận Giấy khen của …".
    @Test func countsReceivingAfterALongQualifier() {
        let found = summary("Dịp này, 2 tập thể và 2 cá nhân có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vinh dự nhận Bằng khen của Ban Tuyên giáo Trung ương. Cùng dịp, 9 tập thể, 14 cá nhân có thành tích xuất sắc trong thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị nhận Giấy khen của Ban Thường vụ Huyện ủy.",
                            lead: "Sáng 29/8/2019, Huyện ủy Đức Trọng tổ chức lễ tuyên dương. ", title: "Đức Trọng tuyên dương")
        #expect(found == ["Ban Tuyên giáo Trung ương|Bằng khen|2|2|0", "Ban Thường vụ Huyện ủy Đức Trọng|Giấy khen|9|14|0"], "\(found)")
    }


    /// "do" ends a giver's name read after "của", and is itself a giver's marker: "Bằng khen do UBND tỉnh trao".
    @Test func aGiverAfterDo() {
        let found = summary("Dịp này, 5 tập thể nhận Bằng khen do UBND tỉnh trao; 3 cá nhân nhận Giấy khen của Chủ tịch UBND huyện do có thành tích xuất sắc.",
                            lead: "Sáng 8/1/2020, Huyện ủy Cao Lãnh tổ chức hội nghị tổng kết. ", title: "Cao Lãnh tổng kết")
        #expect(found == ["UBND tỉnh Đồng Tháp|Bằng khen|5|0|0", "Chủ tịch UBND huyện Cao Lãnh|Giấy khen|0|3|0"], "\(found)")
    }


    /// "cho các tổ chức đảng: A, B, C, D; và các đảng viên: đồng chí E (…), đồng chí F (…)": one per name, units and members.
    @Test func partyOrganisationsAndMembersNamedOneByOne() {
        let found = summary("Nhân dịp này, Ban Thường vụ Đảng ủy Bộ Tư pháp tặng Giấy khen cho các tổ chức đảng: Đảng bộ Tổng cục Thi hành án dân sự, Đảng bộ Trường Đại học Luật Hà Nội, Chi bộ Cục Con nuôi, Đảng bộ Báo Pháp luật Việt Nam; và các đảng viên: đồng chí Nguyễn Thị Thanh Vân (Vụ Pháp luật hình sự - hành chính), đồng chí Lê Hoàng Sơn (Cục Kiểm tra văn bản), đồng chí Phạm Thu Hằng (Trung tâm Lý lịch tư pháp quốc gia) đã có thành tích tiêu biểu.",
                            lead: "Sáng 11/7/2024, Đảng ủy Bộ Tư pháp tổ chức hội nghị sơ kết. ", title: "Đảng ủy Bộ Tư pháp sơ kết")
        #expect(found == ["Ban Thường vụ Đảng ủy Bộ Tư pháp|Giấy khen|4|3|0"], "\(found)")
    }

}

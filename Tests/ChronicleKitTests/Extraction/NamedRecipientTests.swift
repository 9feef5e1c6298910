import Testing
@testable import ChronicleKit

/// Awards to recipients named rather than counted: given in turn, listed with titles, companies
/// with their group's suffix, counted people named after "là".
struct NamedRecipientTests {
    func summary(_ body: String) -> [String] {
        Fixtures.awardLines(title: "Tỉnh ủy Quảng Trị tổng kết chuyên đề", "Sáng 5/1/2024, Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết. " + body)
    }

    @Test func peopleWithTheirTitlesGivenAwardsInTurnByTwoGivers() {
        let found = summary("Anh Trần Văn Hòa, Bí thư Chi đoàn thôn Phú Lộc, và chị Nguyễn Thị Lan, Chi hội trưởng Chi hội phụ nữ thôn 3, xã Hải Thượng (huyện Hải Lăng) lần lượt được Ban Tuyên giáo Trung ương và Ban Thường vụ Tỉnh ủy tặng Bằng khen.")
        #expect(found == ["Ban Tuyên giáo Trung ương|Bằng khen|0|1|0", "Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|0|1|0"])
    }

    /// After a counted award and "và", a person named by post opens a passive of their own.
    @Test func aPersonAfterAnotherAwardAndVà() {
        let found = summary("Dịp này, 8 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen và đồng chí Bí thư Tỉnh đoàn được Trung ương Đoàn tặng Kỷ niệm chương “Vì thế hệ trẻ”.")
        #expect(found == ["Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|0|8|0", "Trung ương Đoàn|Kỷ niệm chương|0|1|0"], "\(found)")
    }

    @Test func unitsReceivingInTurnKindsThatNameTheirOwnGivers() {
        let found = summary("Tại buổi lễ, Công đoàn Bệnh viện Đa khoa tỉnh và Công đoàn Công ty Cổ phần Cảng Cửa Việt lần lượt nhận Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam và Bằng khen của Chủ tịch UBND tỉnh.")
        #expect(found == ["Tổng Liên đoàn Lao động Việt Nam|Cờ thi đua|1|0|0", "Chủ tịch UBND tỉnh Quảng Trị|Bằng khen|1|0|0"])
    }

    /// Units listed after "các tập thể:", one per name: with commas and "và", then the people after "và các cá nhân:"; or with
    /// semicolons and what they are in parentheses, then the people in the next sentence ("Các cá nhân được tặng Giấy khen gồm: …").
    @Test func unitsListedByNameAfterAColonAndThePeopleAfterThem() {
        let found = summary("Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho các tập thể: Đồn Biên phòng A Dơi, Đồn Biên phòng Thanh, Hải đội Biên phòng 2 và các cá nhân: Thiếu tá Hồ Văn Hiếu (Đồn Biên phòng A Dơi); Đại úy Lê Quang Huy (Đồn Biên phòng Thanh).")
        #expect(found == ["Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|3|2|0"], "\(found)")
        let apart = summary("Dịp này, Ban Tuyên giáo Tỉnh ủy tặng Giấy khen cho các tập thể: Chi bộ thôn Tân Mỹ (xã Hải Thượng, huyện Hải Lăng); Đảng bộ xã Gio Sơn (huyện Gio Linh); Đoàn Thanh niên Bệnh viện Đa khoa tỉnh. Các cá nhân được tặng Giấy khen gồm: ông Phan Văn Lự (xã Hải Thượng); cô giáo Lê Thị Thu Hà (Trường THCS Lê Lợi); đ/c Đỗ Thị Thu (Công an huyện Vĩnh Linh).")
        #expect(apart == ["Ban Tuyên giáo Tỉnh ủy Quảng Trị|Giấy khen|3|3|0"], "\(apart)")
    }

    /// The reason's own time ("tháng 10 vừa qua") does not make the award a past one.
    @Test func peopleListedEachWithATitleUpToTheReason() {
        let found = summary("Chỉ huy trưởng Bộ CHQS tỉnh tặng Giấy khen cho Thiếu tá Lê Văn Nam, Trợ lý tác chiến Ban CHQS huyện Gio Linh và Đại úy quân nhân chuyên nghiệp Hồ Thị Mai, nhân viên Phòng Hậu cần vì đã có thành tích trong cứu hộ, cứu nạn tháng 10 vừa qua.")
        #expect(found == ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Quảng Trị|Giấy khen|0|2|0"])
    }

    @Test func aPersonsRoleAndWorkplaceAreNoSecondRecipient() {
        let found = summary("Dịp này, đồng chí Lê Văn Hậu trao Bằng khen của Ban Tuyên giáo Trung ương cho Đảng bộ huyện Vĩnh Linh và bà Hồ Thị Sen, giáo viên Trường Tiểu học Vĩnh Tú (huyện Vĩnh Linh) vì đã có thành tích xuất sắc. Ban Thường vụ Tỉnh ủy tặng Giấy khen cho Chi bộ thôn An Hưng và ông Phan Văn Bình - Bí thư Chi bộ thôn Bích Khê, xã Triệu Long.")
        #expect(found == ["Ban Tuyên giáo Trung ương|Bằng khen|1|1|0", "Ban Thường vụ Tỉnh ủy Quảng Trị|Giấy khen|1|1|0"])
    }

    /// A person may follow the unit after a comma, and the names may go on past a semicolon, each part opening with a name
    /// and telling no award of its own.
    @Test func aUnitThenPeopleListedPastCommasAndSemicolons() {
        let commas = summary("Tại buổi lễ, đồng chí Lê Văn Hậu trao Bằng khen của Thủ tướng Chính phủ cho Hội Chữ thập đỏ huyện Vĩnh Linh, ông Trần Văn Tư (xã Vĩnh Tú) và bà Lê Thị Hoa (phường Đông Lễ) vì đã có thành tích xuất sắc trong công tác nhân đạo.")
        #expect(commas == ["Thủ tướng Chính phủ|Bằng khen|1|2|0"], "\(commas)")
        let semicolons = summary("Dịp này, đồng chí Lê Văn Hậu trao Bằng khen của Ban Thường vụ Tỉnh ủy cho Đảng bộ xã Gio Sơn; đồng chí Nguyễn Văn Toản, Bí thư Chi bộ thôn Tân Mỹ, xã Hải Thượng và đồng chí Lê Thị Hằng, Chủ tịch Hội Nông dân xã Triệu Ái, là những tập thể, cá nhân có thành tích tiêu biểu.")
        #expect(semicolons == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|1|2|0"], "\(semicolons)")
        // A part after the semicolon telling an award of its own is a clause of its own.
        let clauses = summary("Dịp này, đồng chí Lê Văn Hậu trao Bằng khen của Ban Thường vụ Tỉnh ủy cho Đảng bộ xã Gio Sơn; đồng chí Nguyễn Văn Toản trao Giấy khen của Ban Tuyên giáo Tỉnh ủy cho 5 tập thể.")
        #expect(clauses == ["Ban Tuyên giáo Tỉnh ủy Quảng Trị|Giấy khen|5|0|0", "Ban Thường vụ Tỉnh ủy Quảng Trị|Bằng khen|1|0|0"], "\(clauses)")
        // Nor one receiving it for the unit.
        let received = summary("Dịp này, đồng chí Lê Văn Hậu trao Cờ thi đua của Bộ Công an cho Công an huyện Vĩnh Linh; Thượng tá Nguyễn Văn Bình, Trưởng Công an huyện thay mặt đơn vị đón nhận.")
        #expect(received == ["Bộ Công an|Cờ thi đua|1|0|0"], "\(received)")
    }

    /// The award's class and the decision giving it may stand between it and "cho"; a village elder is a person.
    @Test func aDecisionBetweenTheAwardAndItsRecipients() {
        let found = summary("Thừa ủy quyền của Chủ tịch nước, đồng chí Hà Sỹ Đồng trao Huân chương Lao động hạng Ba theo Quyết định số 1792/QĐ-CTN ngày 23/9/2023 của Chủ tịch nước cho già làng Hồ Văn Thao (bản Ka Tăng) và ông Hồ Văn Hiên (bản Ba Rầu).")
        #expect(found == ["Chủ tịch nước|Huân chương|0|2|0"], "\(found)")
    }

    /// An award to "các tập thể, cá nhân", counted nowhere, then sentences naming them: "Các tập thể được khen gồm: …" and, in
    /// the next paragraph, "Các cá nhân được khen gồm các đồng chí: …". A counted award is not counted again from its list.
    @Test func recipientsNamedInSentencesOfTheirOwn() {
        let named = summary("Dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu. Các tập thể được khen gồm: Đảng bộ xã Gio Sơn, Đảng bộ xã Vĩnh Tú và Chi bộ thôn Tân Mỹ.\n\nCác cá nhân được khen gồm các đồng chí: Nguyễn Thị Hằng, Bí thư Chi bộ thôn An Hưng; Lê Văn Quý, Trưởng thôn Bích Khê và Ngô Quang Hưng, chuyên viên Văn phòng Tỉnh ủy.")
        #expect(named == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Giấy khen|3|3|0"], "\(named)")
        let counted = summary("Dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 3 tập thể có thành tích tiêu biểu. Các tập thể được khen gồm: Đảng bộ xã Gio Sơn, Đảng bộ xã Vĩnh Tú và Chi bộ thôn Tân Mỹ.")
        #expect(counted == ["Ban Thường vụ Tỉnh ủy Quảng Trị|Giấy khen|3|0|0"], "\(counted)")
        // No list after it: no count can be known.
        let unnamed = summary("Dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu. Các tập thể đều là những điển hình của phong trào.")
        #expect(unnamed.isEmpty, "\(unnamed)")
        // A list naming another award is that award's, not more of the first.
        let other = summary("Dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu. Các tập thể được khen gồm: Đảng bộ xã Gio Sơn và Chi bộ thôn Tân Mỹ. Các cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen gồm các đồng chí: Nguyễn Thị Hằng, Bí thư Chi bộ thôn An Hưng; Lê Văn Quý, Trưởng thôn Bích Khê.")
        #expect(other.first == "Ban Thường vụ Tỉnh ủy Quảng Trị|Giấy khen|2|0|0", "\(other)")
    }

    @Test func companiesListedWithTheirGroupsSuffix() {
        let found = summary("Tập đoàn EVN tặng Cờ thi đua cho Công ty Điện lực Quảng Trị – EVNCPC, Công ty Thủy điện Quảng Trị - EVNGENCO và Công ty Truyền tải điện Bắc Trung Bộ là những đơn vị dẫn đầu phong trào thi đua.")
        #expect(found == ["Tập đoàn Điện lực Việt Nam|Cờ thi đua|3|0|0"])
    }

    @Test func countedPeopleNamedWithTheirTitlesAfterLà() {
        let found = summary("Hai cá nhân là ông Phan Văn Tư, Trưởng ban Công tác Mặt trận khu phố 3, phường Đông Lễ và bà Lê Thị Hạnh, Chủ tịch Ủy ban MTTQ xã Triệu Ái được Ủy ban Trung ương MTTQ Việt Nam tặng Kỷ niệm chương.")
        #expect(found == ["Ủy ban Trung ương MTTQ Việt Nam|Kỷ niệm chương|0|2|0"])
    }
}

/// Recipients counted one line each under an award sentence ending in a colon.
struct CountedListTests {
    @Test func countsListedOneLineEachUnderTheAwardSentence() {
        let found = Fixtures.awardLines(title: "Krông Pắc sơ kết Kết luận 01",
            "Sáng 12/6/2024, Ban Thường vụ Huyện ủy Krông Pắc tổ chức hội nghị sơ kết.\n\nNhân dịp này, Ban Thường vụ Huyện ủy đã tặng Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu trong 3 năm thực hiện Kết luận 01-KL/TW, gồm:\n- 09 tập thể;\n- 14 cá nhân tiêu biểu.\n\nChủ tịch UBND huyện tặng Giấy khen cho 04 tập thể.")
        #expect(found == ["Ban Thường vụ Huyện ủy Krông Pắc|Giấy khen|9|14|0", "Chủ tịch UBND huyện Krông Pắc|Giấy khen|4|0|0"])
        // A line may open with a label and say more in parentheses: "- Tập thể: 3 lớp (9A, 8B, 6C);"; classes are collectives.
        let labelled = Fixtures.awardLines(title: "Trường THCS Lê Văn Thiêm tuyên dương người tốt, việc tốt",
            "Sáng 17/5/2024, Trường THCS Lê Văn Thiêm (thành phố Hà Tĩnh) tổ chức Lễ tuyên dương.\n\nTại buổi lễ, nhà trường đã trao Giấy khen của Hiệu trưởng cho các tập thể và cá nhân có thành tích tiêu biểu trong năm học 2023 - 2024, cụ thể:\n- Tập thể: 3 lớp (9A, 8B, 6C);\n- Cá nhân: 16 học sinh (có danh sách kèm theo).")
        #expect(labelled == ["Hiệu trưởng Trường THCS Lê Văn Thiêm|Giấy khen|3|16|0"], "\(labelled)")
        // Parentheses naming an award of their own are no aside: the list gives up rather than count that line under its generic
        // award. (The line's own Giấy khen, in a bullet ending with a semicolon, is not read either: a known miss.)
        let ownAward = Fixtures.awardLines(title: "Krông Pắc sơ kết Kết luận 01",
            "Sáng 12/6/2024, Ban Thường vụ Huyện ủy Krông Pắc tổ chức hội nghị sơ kết.\n\nNhân dịp này, Ban Thường vụ Huyện ủy đã khen thưởng các tập thể, cá nhân có thành tích tiêu biểu, cụ thể:\n- 05 tập thể (được Chủ tịch UBND huyện tặng Giấy khen);\n- 14 cá nhân tiêu biểu.")
        #expect(ownAward.isEmpty, "\(ownAward)")
    }

    /// A line that tells its own award is read as its own sentence, and never counted again in the list.
    @Test func aListLineWithItsOwnAwardIsNotCountedTwice() {
        let found = Fixtures.awardLines(title: "Krông Pắc sơ kết Kết luận 01",
            "Sáng 12/6/2024, Ban Thường vụ Huyện ủy Krông Pắc tổ chức hội nghị sơ kết. Dịp này, các tập thể, cá nhân được khen thưởng như sau:\n- 09 tập thể được tặng Giấy khen;\n- 14 cá nhân được tặng Giấy khen.")
        #expect(found == ["Ban Thường vụ Huyện ủy Krông Pắc|Giấy khen|9|0|0", "Ban Thường vụ Huyện ủy Krông Pắc|Giấy khen|0|14|0"])
    }

    /// A museum named as the one recipient is one collective; the Young Pioneers' "liên đội" and "chi đội" are collectives,
    /// "đội viên" and "Tổng phụ trách Đội" people.
    @Test func museumsAndThePioneers() {
        let museum = Fixtures.awardLines(title: "Bình Thuận đại hội thi đua ngành văn hóa", "Sáng 9/6/2020, Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Thuận tổ chức Đại hội thi đua yêu nước.\n\nTại Đại hội, thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Phước trao Huân chương Lao động hạng Ba cho Bảo tàng Hồ Chí Minh - Chi nhánh Bình Thuận.")
        #expect(museum == ["Chủ tịch nước|Huân chương|1|0|0"], "\(museum)")
        let pioneers = Fixtures.awardLines(title: "Bình Định tuyên dương Cháu ngoan Bác Hồ", "Sáng 28/5/2024, Hội đồng Đội tỉnh Bình Định tổ chức lễ tuyên dương.\n\nTại buổi lễ, Hội đồng Đội tỉnh biểu dương 120 đội viên tiêu biểu và 15 Tổng phụ trách Đội giỏi. Dịp này, Ban Chấp hành Tỉnh đoàn tặng Bằng khen cho 6 liên đội và 4 Tổng phụ trách Đội.")
        #expect(pioneers == ["Hội đồng Đội tỉnh Bình Định|biểu dương|0|135|0", "Ban Chấp hành Tỉnh đoàn Bình Định|Bằng khen|6|4|0"], "\(pioneers)")
    }

    /// Hamlets ("4 xóm") are collectives and citizens ("3 công dân") people, right after the award.
    @Test func hamletsAndCitizens() {
        let found = Fixtures.awardLines(title: "Kim Liên tổng kết học tập và làm theo Bác", "Sáng 9/1/2026, Đảng ủy xã Kim Liên (Nghệ An) tổ chức hội nghị tổng kết.\n\nDịp này, Ban Thường vụ Đảng ủy xã tặng Giấy khen cho 8 tập thể, 15 cá nhân; Chủ tịch UBND xã tặng Giấy khen cho 4 xóm. Chủ tịch UBND xã cũng tặng Giấy khen cho 3 công dân đã dũng cảm cứu người.")
        #expect(found == ["Ban Thường vụ Đảng ủy xã Kim Liên|Giấy khen|8|15|0", "Chủ tịch UBND xã Kim Liên|Giấy khen|4|0|0", "Chủ tịch UBND xã Kim Liên|Giấy khen|0|3|0"], "\(found)")
    }

    /// A contest's winning team named as the one recipient ("cho đội đoạt giải Nhất") is one collective.
    @Test func aWinningTeam() {
        let found = Fixtures.awardLines(title: "Thái Bình: chung kết hội thi tìm hiểu về Bác", "Sáng 22/9/2017, Ban Tuyên giáo Tỉnh ủy Thái Bình tổ chức vòng chung kết hội thi.\n\nKết quả, Ban tổ chức trao giải Nhất cho đội Huyện ủy Vũ Thư. Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho đội đoạt giải Nhất; Ban Tuyên giáo Tỉnh ủy tặng Giấy khen cho 3 đội đoạt giải Nhì và giải Ba.")
        #expect(found == ["Ban Tuyên giáo Tỉnh ủy Thái Bình|Giấy khen|3|0|0", "Ban Thường vụ Tỉnh ủy Thái Bình|Bằng khen|1|0|0"], "\(found)")
    }

    /// "Huân chương Lao động hạng Ba của Chủ tịch nước:" over numbered lines, one recipient each: units and people counted, each
    /// heading its own award.
    @Test func numberedListsUnderAKindAndItsGiver() {
        let found = Fixtures.awardLines(title: "Đại hội thi đua yêu nước tỉnh Bình Phước", "Sáng 22/9/2020, UBND tỉnh Bình Phước tổ chức Đại hội Thi đua yêu nước lần thứ V.\n\nTại đại hội, các tập thể, cá nhân đã được trao những phần thưởng cao quý:\n\nHuân chương Lao động hạng Nhì của Chủ tịch nước:\n1. Công ty TNHH MTV Cao su Phú Riềng\n\nHuân chương Lao động hạng Ba của Chủ tịch nước:\n1. Sở Kế hoạch và Đầu tư tỉnh\n2. UBND huyện Bù Đăng\n3. Ông Nguyễn Văn Lộc, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn")
        #expect(found == ["Chủ tịch nước|Huân chương|1|0|0", "Chủ tịch nước|Huân chương|2|1|0"], "\(found)")
    }
}

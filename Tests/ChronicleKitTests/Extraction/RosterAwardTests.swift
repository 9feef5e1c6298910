import Testing
@testable import ChronicleKit

/// Recipients listed in a roster copied with the page, under a sentence that names the award but no count.
struct RosterAwardTests {
    private let lead = "Sáng 15/5/2023, Ban Thường vụ Huyện ủy Yên Thành tổ chức Lễ tuyên dương điển hình tiên tiến trong học tập và làm theo Bác."
    private let closing = "Phát biểu tại buổi lễ, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tiếp tục phát hiện, nhân rộng điển hình."

    private func awards(_ middle: String) -> [String] {
        Fixtures.awardLines(title: "Yên Thành tuyên dương điển hình học tập và làm theo Bác", [lead, middle, closing].joined(separator: "\n\n"))
    }

    /// Parts headed "I. TẬP THỂ" and "II. CÁ NHÂN" give the counts, to every sentence that names those listed: here the
    /// committee's tuyên dương and the chairman's Giấy khen "cho các tập thể, cá nhân được tuyên dương". Rows alike but for their
    /// number and a word ("1 | Chi bộ thôn Đông Sơn", "2 | Chi bộ thôn Tây Sơn") are rows, not a caption printed twice.
    @Test func partsOfARosterCountTheRecipientsOfEachAward() {
        let roster = """
        Tại buổi lễ, Ban Thường vụ Huyện ủy đã tuyên dương các tập thể, cá nhân điển hình tiêu biểu (có danh sách kèm theo). Chủ tịch UBND huyện tặng Giấy khen cho các tập thể, cá nhân được tuyên dương.

        DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TUYÊN DƯƠNG
        (Kèm theo Quyết định số 215-QĐ/HU ngày 10/5/2023 của Ban Thường vụ Huyện ủy)

        I. TẬP THỂ
        STT | Tên tập thể
        1 | Chi bộ thôn Đông Sơn, xã Công Thành
        2 | Chi bộ thôn Tây Sơn, xã Công Thành
        3 | Hội Nông dân xã Đô Thành

        II. CÁ NHÂN
        STT | Họ và tên | Chức vụ, đơn vị
        1 | Nguyễn Văn Bình | Bí thư Chi bộ thôn Đông Sơn
        2 | Trần Thị Lan | Giáo viên Trường Tiểu học Hợp Thành
        3 | Lê Văn Hải | Trưởng Công an xã Tăng Thành
        4 | Phan Thị Hoa | Chi hội trưởng Chi hội Phụ nữ xóm 5
        """
        #expect(awards(roster) == ["Ban Thường vụ Huyện ủy Yên Thành|tuyên dương|3|4|0", "Chủ tịch UBND huyện Yên Thành|Giấy khen|3|4|0"])
    }

    /// Rows copied from a table whose last column names each row's award (after a tab, or after a space where the tab was
    /// lost: row 4): one award per award named, each row a person ("Ông …", "Bà …", "Đồng chí …") or a unit by what it names.
    @Test func rowsNamingTheirAwardsAreCountedPerAward() {
        let roster = """
        Dịp này, Ban Thường vụ Huyện ủy và Chủ tịch UBND huyện khen thưởng các tập thể, cá nhân có thành tích tiêu biểu, cụ thể như sau:

        TT\tTên tập thể, cá nhân\tHình thức khen thưởng
        1\tChi bộ xóm Trung Tâm, xã Kim Thành\tGiấy khen của Ban Thường vụ Huyện ủy
        2\tĐồng chí Hồ Văn Tâm, Bí thư Đảng ủy xã Kim Thành\tGiấy khen của Ban Thường vụ Huyện ủy
        3\tTrường THCS Lý Nhật Quang\tGiấy khen của Chủ tịch UBND huyện
        4\tBà Nguyễn Thị Mai, xóm 3, xã Đức Thành Giấy khen của Chủ tịch UBND huyện
        5\tÔng Đặng Văn Tư, xóm 7, xã Phúc Thành\tGiấy khen của Chủ tịch UBND huyện
        """
        #expect(awards(roster) == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|1|1|0", "Chủ tịch UBND huyện Yên Thành|Giấy khen|1|2|0"])
    }

    /// Parts headed by their award and giver ("II. Giấy khen của Ban Thường vụ Huyện ủy") over rows naming only the kind
    /// ("| Giấy khen"): each part's giver, not the sentence's first. A decision cited in a heading is no part of it.
    @Test func partHeadingsNameTheGiverOfRowsNamingTheirKind() {
        let roster = """
        Tại buổi lễ, đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể, cá nhân; Ban Thường vụ Huyện ủy tặng Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu (danh sách kèm theo).

        I. Bằng khen của Ban Thường vụ Tỉnh ủy
        1 | Đảng bộ xã Kim Thành | Bằng khen
        2 | Đồng chí Hồ Văn Tâm, Bí thư Đảng ủy xã Kim Thành | Bằng khen
        II. Giấy khen của Ban Thường vụ Huyện ủy (Quyết định số 86-QĐ/HU ngày 10/5/2023)
        1 | Chi bộ xóm Trung Tâm, xã Kim Thành | Giấy khen
        2 | Chi bộ Trường THCS Lý Nhật Quang | Giấy khen
        3 | Đồng chí Nguyễn Thị Mai, giáo viên Trường Tiểu học Đức Thành | Giấy khen
        """
        #expect(awards(roster) == ["Ban Thường vụ Tỉnh ủy Nghệ An|Bằng khen|1|1|0", "Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|2|1|0"])
    }

    /// What a roster must leave alone: numbered points of a speech after a counted award, a sentence naming recipients but
    /// no roster after it, an earlier year's award over a roster, and a table of awards whose count columns are "Tập thể"
    /// and "Cá nhân" (its rows name awards, not recipients: the table is read as one).
    @Test func numberedPointsEarlierAwardsAndCountColumnsAreNoRoster() {
        let points = awards("Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 5 tập thể, 7 cá nhân. Đồng chí Bí thư Huyện ủy đề nghị:\n\n1. Tiếp tục học tập và làm theo Bác\n\n2. Phát hiện, nhân rộng điển hình")
        #expect(points == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|5|7|0"])
        #expect(awards("Tại buổi lễ, Ban Thường vụ Huyện ủy đã tuyên dương các tập thể, cá nhân điển hình tiêu biểu.") == [])
        let earlier = awards("Năm 2019, Ban Thường vụ Huyện ủy đã tuyên dương các tập thể, cá nhân sau đây:\n\nI. TẬP THỂ\n\n1 | Chi bộ thôn Đông Sơn\n\n2 | Chi bộ thôn Tây Sơn")
        #expect(earlier == [])
        let cells = ["TT", "Hình thức khen thưởng", "Tập thể", "Cá nhân", "1", "Bằng khen của Ban Thường vụ Tỉnh ủy", "2", "3"]
        let counts = awards("Tại buổi lễ, các tập thể, cá nhân được khen thưởng như sau:\n\n" + cells.joined(separator: "\n"))
        #expect(counts == ["Ban Thường vụ Tỉnh ủy Nghệ An|Bằng khen|2|3|0"])
    }

    /// "… tặng Bằng khen cho 14 tập thể, cá nhân." over a roster numbered on through its parts (1–6, 7–14): the count split so.
    /// A roster of another size leaves the count as written.
    @Test func aRosterSplitsTheCountItAddsUpTo() {
        func roster(_ count: Int) -> String {
            "Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho \(count) tập thể, cá nhân có thành tích tiêu biểu.\n\nI. Tập thể\n1\tChi bộ thôn Đông Sơn\n2\tChi bộ thôn Tây Sơn\nII. Cá nhân\n3\tÔng Nguyễn Văn Bình\n4\tBà Trần Thị Lan\n5\tÔng Lê Văn Hải"
        }
        #expect(awards(roster(5)) == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|2|3|0"])
        #expect(awards(roster(6)) == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|0|0|6"])
    }

    /// "Trích danh sách …" over rows: some of those the sentence above counted, no more of them (the full list is in a file).
    @Test func anExcerptOfTheRosterAddsNone() {
        let excerpt = "Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 25 tập thể và 34 cá nhân có thành tích xuất sắc.\n\nTrích danh sách tập thể, cá nhân được Ban Thường vụ Huyện ủy tặng Giấy khen:\nTT\tTên tập thể, cá nhân\tThành tích\n1\tĐảng bộ xã Hồng Hà\tTiêu biểu\n2\tChi bộ Trường THCS Cái Rồng\tTiêu biểu\n3\tÔng Hoàng Văn Sình, Bí thư Chi bộ thôn Khe Lạc\tTiêu biểu\n(Danh sách đầy đủ xem tại file đính kèm)"
        #expect(awards(excerpt) == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|25|34|0"], "\(awards(excerpt))")
    }

    /// A count two givers share ("Đảng ủy Trường và Hiệu trưởng đã tặng Giấy khen cho 14 tập thể, cá nhân") over a roster closing the
    /// page whose rows each name their award: each giver its rows. The roster's title, over its header, is no byline: the credit
    /// after the rows is ("Tin, ảnh: Phòng Tổ chức - Hành chính", an office signing).
    @Test func aSharedCountSplitByTheAwardEachRowNames() {
        var rows = ["Chi bộ Khoa Kinh tế", "Chi bộ Phòng Đào tạo", "ThS. Nguyễn Thị Hồng Vân", "CN. Lê Thị Mỹ Dung"].enumerated().map { "\($0.offset + 1) | \($0.element) | Khoa | Giấy khen của Đảng ủy Trường" }
        rows += ["Liên chi đoàn Khoa Công nghệ Thông tin", "SV. Nguyễn Hoàng Nam", "SV. Hồ Minh Tú"].enumerated().map { "\($0.offset + 5) | \($0.element) | Lớp | Giấy khen của Hiệu trưởng" }
        let text = ["Sáng 17/5/2019, Đảng ủy Trường Đại học Nha Trang tổ chức Lễ kỷ niệm 129 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
                    "Tại buổi lễ, Đảng ủy Trường và Hiệu trưởng đã tặng Giấy khen cho 7 tập thể, cá nhân có thành tích tiêu biểu.",
                    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG\nSTT | Tập thể/Cá nhân | Đơn vị | Hình thức khen thưởng\n" + rows.joined(separator: "\n"),
                    "Tin, ảnh: Phòng Tổ chức - Hành chính"].joined(separator: "\n\n")
        #expect(Fixtures.awardLines(title: "Trường Đại học Nha Trang kỷ niệm Ngày sinh Bác", text)
                == ["Đảng ủy Trường Đại học Nha Trang|Giấy khen|2|2|0", "Hiệu trưởng Trường Đại học Nha Trang|Giấy khen|1|2|0"])
        let article = Fixtures.parse("Trường Đại học Nha Trang kỷ niệm Ngày sinh Bác\n\n" + text)
        #expect(article.paragraphs.contains { $0.text.hasPrefix("7 | SV. Hồ Minh Tú") })
        #expect(article.sourceCredits == ["Phòng Tổ chức - Hành chính"])
    }

    /// "… tặng Giấy khen cho 5 tập thể, cá nhân" with more of the story between it and the roster under its title: the roster
    /// splits the count when it lists as many; one listing another number leaves it whole.
    @Test func aTitledRosterFurtherDownSplitsTheCountItListsWhole() {
        func text(_ count: Int) -> String {
            ["Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho \(count) tập thể, cá nhân có thành tích tiêu biểu.",
             "Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tiếp tục đưa việc học tập và làm theo Bác thành việc làm thường xuyên.",
             "Trước đó, trong 5 năm, Huyện ủy đã khen thưởng 96 tập thể, 154 cá nhân điển hình.",
             "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC BAN THƯỜNG VỤ HUYỆN ỦY TẶNG GIẤY KHEN",
             "* Tập thể:\n1. Đảng bộ xã Công Thành\n2. Chi bộ thôn Tây Sơn",
             "* Cá nhân:\n1. Đồng chí Nguyễn Thị Thanh Hương, Bí thư Chi bộ thôn Đông Sơn\n2. Đồng chí Trần Văn Lộc, Chủ tịch Hội Nông dân xã\n3. Đồng chí Hồ Thị Kim Oanh, Bí thư Chi đoàn"].joined(separator: "\n\n")
        }
        #expect(awards(text(5)) == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|2|3|0"])
        #expect(awards(text(6)) == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|0|0|6"])
    }

    /// "…; Giám đốc … tặng Giấy khen cho các cá nhân … (danh sách dưới đây)" after a counted clause: the roster is that clause's;
    /// parts headed by their award ("III. Cá nhân được Giám đốc Bệnh viện tặng Giấy khen") each give theirs, and the parts the
    /// counted clause already told are not told again.
    @Test func partsHeadedByTheirAwardsUnderAClauseAfterCountedOnes() {
        let text = ["Dịp này, Đảng ủy Bệnh viện tặng Giấy khen cho 2 tập thể và 3 cá nhân; Giám đốc Bệnh viện tặng Giấy khen cho các cá nhân có sáng kiến (danh sách dưới đây).",
                    "I. Tập thể được Đảng ủy Bệnh viện tặng Giấy khen\nSTT | Tên tập thể\n1 | Chi bộ Khoa Cấp cứu\n2 | Chi bộ Phòng Điều dưỡng",
                    "II. Cá nhân được Đảng ủy Bệnh viện tặng Giấy khen\nSTT | Họ và tên | Đơn vị\n1 | BSCKII Nguyễn Văn Hải | Khoa Cấp cứu\n2 | ThS.BS Trần Thị Thu Hà | Khoa Nhi\n3 | ĐD Lê Thị Hồng | Khoa Cấp cứu",
                    "III. Cá nhân được Giám đốc Bệnh viện tặng Giấy khen\nSTT | Họ và tên | Đơn vị\n1 | TS.BS Bùi Quang Trung | Khoa Tim mạch\n2 | KS Nguyễn Đức Anh | Phòng Công nghệ thông tin",
                    "Lãnh đạo Bệnh viện trao Giấy khen cho các tập thể, cá nhân."].joined(separator: "\n\n")
        let found = Fixtures.awardLines(title: "Bệnh viện Đa khoa tỉnh Phú Thọ khen thưởng", "Sáng 10/1/2026, Đảng ủy Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức lễ khen thưởng.\n\n" + text)
        #expect(found == ["Đảng ủy Bệnh viện Đa khoa tỉnh Phú Thọ|Giấy khen|2|3|0", "Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ|Giấy khen|0|2|0"], "\(found)")
    }

    /// A school's departments ("Tổ Khoa học Tự nhiên", "Tổ chuyên môn Toán") are collectives of a roster, beside its teachers.
    @Test func aSchoolsDepartmentsAreCollectivesOfARoster() {
        let text = ["Chiều 13/01/2023, Chi bộ trường THCS Hải Đình tổ chức hội nghị sơ kết học kỳ I.",
                    "Tại hội nghị, Hiệu trưởng nhà trường đã trao Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu, cụ thể như sau:",
                    "STT | Tập thể, cá nhân | Chức vụ, đơn vị | Thành tích\n1 | Tổ Khoa học Tự nhiên | | Đổi mới phương pháp dạy học\n2 | Tổ chuyên môn Toán - Tin | | Bồi dưỡng học sinh giỏi\n3 | Cô Nguyễn Thị Thu Hà | Giáo viên Toán | Bồi dưỡng học sinh giỏi\n4 | Thầy Lê Văn Hùng | Giáo viên Thể dục | Tổ chức tốt phong trào",
                    "Phát biểu kết luận, cô Bí thư Chi bộ đề nghị mỗi đảng viên tiếp tục làm theo Bác."].joined(separator: "\n\n")
        #expect(Fixtures.awardLines(title: "Chi bộ trường THCS Hải Đình sơ kết", text) == ["Hiệu trưởng Trường THCS Hải Đình|Giấy khen|2|2|0"])
    }

    /// "(danh sách kèm theo)" with more of the story between: the roster under its title at the page's end, its parts named by
    /// the headers' second column ("TT  Tập thể", "TT  Cá nhân  Đơn vị"); a clause after the mention proposing others for a higher
    /// award is no recipient of this one; a line telling it handed over above the roster counts it no second time; "(danh sách dưới
    /// đây)" is attached too.
    @Test func anAttachedRosterAtThePagesEnd() {
        let text = ["Dịp này, Ban Thường vụ Huyện ủy biểu dương các tập thể, cá nhân điển hình tiêu biểu (danh sách kèm theo) và lựa chọn 2 tập thể, 3 cá nhân đề nghị Ban Thường vụ Tỉnh ủy biểu dương.",
                    "Phát biểu tại buổi lễ, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tiếp tục nhân rộng điển hình.",
                    "Đồng chí Nguyễn Văn Hòa, Bí thư Huyện ủy trao giấy chứng nhận cho các tập thể, cá nhân tiêu biểu.",
                    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC BIỂU DƯƠNG\n(Kèm theo Quyết định số 215-QĐ/HU ngày 29/4/2023)\nTT\tTập thể\n1\tĐảng bộ xã Công Thành\n2\tChi bộ xóm Tây Lộc, xã Phúc Thành\nTT\tCá nhân\tĐơn vị\n1\tÔng Nguyễn Văn Thân\tBí thư Chi bộ xóm Đông Hồ\n2\tBà Phan Thị Lý\tChủ tịch Hội LHPN xã Đô Thành\n3\tAnh Lê Văn Hậu\tCông an viên xã Vĩnh Thành",
                    "Phan Thùy"].joined(separator: "\n\n")
        let found = Fixtures.awardLines(title: "Yên Thành biểu dương điển hình", lead + "\n\n" + text)
        #expect(found == ["Ban Thường vụ Huyện ủy Yên Thành|biểu dương|2|3|0"], "\(found)")
        // "(danh sách dưới đây)" under a line of another giver's handing over, told like a sentence: the roster is still the paragraph's.
        let below = ["Tại hội nghị, đồng chí Lê Minh Sơn trao Bằng khen của Ban Tuyên giáo Trung ương cho 2 tập thể, 3 cá nhân. Ban Thường vụ Huyện ủy tặng Giấy khen cho các tập thể, cá nhân có thành tích tiêu biểu (danh sách dưới đây).",
                     "Đồng chí Lê Minh Sơn trao Bằng khen của Ban Tuyên giáo Trung ương cho các tập thể, cá nhân.",
                     "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN\nI. TẬP THỂ\nTT\tTên tập thể\n1\tĐảng bộ xã Công Thành\n2\tChi bộ xóm Tây Lộc, xã Phúc Thành\nII. CÁ NHÂN\nTT\tHọ và tên\tĐơn vị\n1\tÔng Nguyễn Văn Thân\tBí thư Chi bộ xóm Đông Hồ\n2\tBà Phan Thị Lý\tChủ tịch Hội LHPN xã Đô Thành"].joined(separator: "\n\n")
        let belowFound = Fixtures.awardLines(title: "Yên Thành biểu dương điển hình", lead + "\n\n" + below)
        #expect(belowFound == ["Ban Tuyên giáo Trung ương|Bằng khen|2|3|0", "Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|2|2|0"], "\(belowFound)")
        // The people's part headed only by its table's header ("TT | Họ và tên | …"), its numbers from 1 again.
        let byHeader = "Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc, cụ thể như sau:\n\nDANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN\nTT | Tập thể\n1 | Đảng bộ xã Công Thành\n2 | Chi bộ xóm Tây Lộc, xã Phúc Thành\n\nTT | Họ và tên | Chức vụ, đơn vị\n1 | Nguyễn Văn Thân | Bí thư Chi bộ xóm Đông Hồ\n2 | Phan Thị Lý | Chủ tịch Hội LHPN xã Đô Thành\n3 | Lê Văn Hậu | Công an viên xã Vĩnh Thành"
        let byHeaderFound = Fixtures.awardLines(title: "Yên Thành biểu dương điển hình", lead + "\n\n" + byHeader)
        #expect(byHeaderFound == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|2|3|0"], "\(byHeaderFound)")
    }

    /// A roster copied one cell a line: each number alone, then the name and the unit (a column "Đơn vị" is a header, no part);
    /// a sentence naming only the collectives takes only them.
    @Test func aRosterOneCellALineAndASentenceNamingOnePart() {
        let cells = ["DANH SÁCH ĐƯỢC TUYÊN DƯƠNG", "STT", "Họ và tên", "Đơn vị", "I", "TẬP THỂ", "1", "Chi bộ thôn Đông Sơn", "Xã Công Thành", "2", "Chi bộ thôn Tây Sơn", "Xã Công Thành",
                     "II", "CÁ NHÂN", "1", "Ông Nguyễn Văn Bình", "Xã Đô Thành", "2", "Bà Trần Thị Lan", "Xã Hợp Thành", "3", "Ông Lê Văn Hải", "Xã Tăng Thành"]
        let both = awards("Tại buổi lễ, Ban Thường vụ Huyện ủy đã tuyên dương các tập thể, cá nhân điển hình (danh sách kèm theo).\n\n" + cells.joined(separator: "\n"))
        #expect(both == ["Ban Thường vụ Huyện ủy Yên Thành|tuyên dương|2|3|0"])
        let collectives = awards("Tại buổi lễ, Chủ tịch UBND huyện tặng Giấy khen cho các tập thể được tuyên dương.\n\n" + cells.joined(separator: "\n"))
        #expect(collectives == ["Chủ tịch UBND huyện Yên Thành|Giấy khen|2|0|0"])
    }

    /// Parts headed "Danh sách tập thể được tặng Giấy khen" and "Danh sách cá nhân được …" (over their column headers, each
    /// numbered from 1) and a title in capitals before them split "5 tập thể, cá nhân" (2 and 3); a heading "I. TẬP THỂ" or
    /// "A. TẬP THỂ" is no byline that would end the article before the rows.
    @Test func headingsThatNameTheListAndATitleBeforeThem() {
        let parts = awards("Đảng ủy Bệnh viện trao Giấy khen cho 5 tập thể, cá nhân có thành tích tiêu biểu, cụ thể như sau:\n\nDanh sách tập thể được tặng Giấy khen\nSTT\tTên tập thể\n1\tChi bộ Khoa Nhi\n2\tChi bộ Khoa Cấp cứu\nDanh sách cá nhân được tặng Giấy khen\nSTT\tHọ và tên\tChức vụ, đơn vị\n1\tBSCKII. Nguyễn Văn Hậu\tTrưởng khoa Nhi\n2\tThS.BS. Lê Thị Mỹ Dung\tKhoa Nhi\n3\tĐD. Trần Thị Kim Ngân\tKhoa Nội")
        #expect(parts == ["Đảng ủy Bệnh viện|Giấy khen|2|3|0"])
        let titled = Fixtures.awardLines(title: "Yên Thành tuyên dương điển hình", [lead, "Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 3 tập thể, cá nhân (danh sách kèm theo).",
            "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC BAN THƯỜNG VỤ HUYỆN ỦY TẶNG GIẤY KHEN", "TT | Tập thể, cá nhân | Đơn vị", "I. TẬP THỂ",
            "1 | Chi bộ thôn Đông Sơn | Đảng bộ xã Công Thành", "II. CÁ NHÂN", "2 | Đồng chí Nguyễn Văn Bình, Bí thư Chi bộ | Đảng bộ xã Đô Thành",
            "3 | Đồng chí Trần Thị Lan, giáo viên | Đảng bộ xã Hợp Thành", "HOÀI NHÂN"].joined(separator: "\n\n"))
        #expect(titled == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|1|2|0"])
        // Parts lettered "A. TẬP THỂ", "B. CÁ NHÂN" under the title: no byline either.
        let lettered = Fixtures.awardLines(title: "Yên Thành tuyên dương điển hình", [lead, "Dịp này, Ban Thường vụ Huyện ủy tuyên dương 5 tập thể, cá nhân điển hình (có danh sách kèm theo).",
            "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TUYÊN DƯƠNG", "A. TẬP THỂ", "1. Đảng bộ xã Công Thành\n2. Chi bộ xóm Tây Lộc, xã Phúc Thành",
            "B. CÁ NHÂN", "1. Ông Nguyễn Văn Thân, Bí thư Chi bộ xóm Đông Hồ\n2. Bà Phan Thị Lý, Chủ tịch Hội LHPN xã Đô Thành\n3. Anh Lê Văn Hậu, Công an viên xã Vĩnh Thành",
            "HOÀI NHÂN"].joined(separator: "\n\n"))
        #expect(lettered == ["Ban Thường vụ Huyện ủy Yên Thành|tuyên dương|2|3|0"], "\(lettered)")
    }

    /// A roster the story attached, after the byline, its parts headed by the award ("I. Giấy khen của Đảng ủy Than Quảng Ninh",
    /// each with "Tập thể:" and "b) Cá nhân:" numbered from 1): one count given by two splits into each award its rows; the
    /// site's lines after the roster stay out.
    @Test func aRosterAfterTheBylineHeadedByAward() {
        let text = ["Dịp này, 7 tập thể, cá nhân có thành tích xuất sắc được Đảng ủy Than Quảng Ninh và Đảng ủy Công ty khen thưởng (có danh sách kèm theo).",
                    "Nguyễn Thị Thu Trang (Văn phòng Đảng ủy Công ty)",
                    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
                    "I. Giấy khen của Đảng ủy Than Quảng Ninh\nTập thể:\n1. Chi bộ Phân xưởng Khai thác 1\nCá nhân:\n1. Đồng chí Phạm Văn Thịnh - Quản đốc Phân xưởng Khai thác 3",
                    "II. Giấy khen của Đảng ủy Công ty\na) Tập thể:\n1. Chi bộ Phân xưởng Khai thác 2\n2. Chi bộ Trạm Y tế\nb) Cá nhân:\n1. Đồng chí Nguyễn Văn Quý - Phó Quản đốc\n2. Đồng chí Vũ Đình Tuấn - Lò trưởng\n3. Đồng chí Phạm Thị Lan - Bác sĩ Trạm Y tế",
                    "Hội nghị người lao động năm 2019 (18/01/2019)"].joined(separator: "\n\n")
        let found = Fixtures.awardLines(title: "Than Hà Lầm sơ kết Chỉ thị 05", "Sáng 24/5/2019, Đảng ủy Công ty Than Hà Lầm tổ chức hội nghị sơ kết.\n\n" + text)
        #expect(found == ["Đảng ủy Than Quảng Ninh|Giấy khen|1|1|0", "Đảng ủy Công ty Than Hà Lầm|Giấy khen|2|3|0"], "\(found)")
        // A number in the giver's name: still the part's heading ("A. Bằng khen của Bộ Tư lệnh Quân khu 3").
        let numbered = Fixtures.awardLines(title: "Bộ CHQS tỉnh tổng kết Chỉ thị 05", "Sáng 14/4/2021, Đảng ủy Quân sự tỉnh Thái Bình tổ chức hội nghị tổng kết.\n\n"
            + "Dịp này, Bộ Tư lệnh Quân khu 3 và Đảng ủy Quân sự tỉnh đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc (danh sách dưới đây).\n\n"
            + "A. Bằng khen của Bộ Tư lệnh Quân khu 3\nTập thể:\n1. Đảng bộ Ban CHQS huyện Đông Hưng\nCá nhân:\n1. Đại tá Phạm Văn Toàn, Chủ nhiệm Chính trị\n2. Trung tá Vũ Thị Lan, Trợ lý Tuyên huấn\n\n"
            + "B. Giấy khen của Đảng ủy Quân sự tỉnh\nI. Tập thể:\n1. Đảng bộ Ban CHQS huyện Vũ Thư\n2. Chi bộ Phòng Chính trị\nII. Cá nhân:\n1. Thượng tá Nguyễn Văn Hòa, Chính trị viên")
        #expect(numbered == ["Bộ Tư lệnh Quân khu 3|Bằng khen|1|2|0", "Đảng ủy Quân sự tỉnh Thái Bình|Giấy khen|2|1|0"], "\(numbered)")
    }

    /// Bulleted rows ("- Chi bộ Khoa Nhi;") under "Tập thể:" and "Cá nhân:", after a sentence ending "…, gồm:" that reads like a
    /// caption ("… trao Giấy khen cho các tập thể, cá nhân"): a line introducing others is none. Bullets that tell awards of
    /// their own are clauses, not rows.
    @Test func bulletedRowsAndBulletsThatTellAwards() {
        let rows = awards("Tại hội nghị, Ban Thường vụ Huyện ủy trao Giấy khen cho các tập thể, cá nhân, gồm:\n\nTập thể:\n\n- Chi bộ thôn Đông Sơn;\n\n- Chi bộ thôn Tây Sơn.\n\nCá nhân:\n\n- Đ/c Nguyễn Văn Bình - Bí thư Chi bộ thôn Đông Sơn;\n\n- Đ/c Trần Thị Lan - giáo viên;\n\n- Đ/c Lê Văn Hải - Trưởng thôn Tây Sơn.")
        #expect(rows == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|2|3|0"])
        let clauses = awards("Dịp này, các tập thể, cá nhân có thành tích xuất sắc được khen thưởng:\n\n- Ban Thường vụ Huyện ủy tặng Giấy khen cho 2 tập thể, 3 cá nhân;\n\n- UBND huyện tặng Giấy khen cho 4 tập thể, 6 cá nhân.")
        #expect(clauses == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|2|3|0", "UBND huyện Yên Thành|Giấy khen|4|6|0"])
        let verbsOnly = awards("Dịp này, các tập thể, cá nhân có thành tích xuất sắc được khen thưởng:\n\n- Ban Thường vụ Huyện ủy biểu dương 2 tập thể, 3 cá nhân;\n\n- UBND huyện khen thưởng 4 tập thể, 6 cá nhân.")
        #expect(verbsOnly == ["Ban Thường vụ Huyện ủy Yên Thành|biểu dương|2|3|0", "UBND huyện Yên Thành|khen thưởng|4|6|0"])
        let bulletedHeadings = awards("Tại hội nghị, Ban Thường vụ Huyện ủy tặng Giấy khen cho các tập thể, cá nhân, gồm:\n\n- Tập thể:\n\n+ Chi bộ thôn Đông Sơn;\n\n- Cá nhân:\n\n+ Đ/c Nguyễn Văn Bình - Bí thư Chi bộ;\n\n+ Đ/c Trần Thị Lan - giáo viên.")
        #expect(bulletedHeadings == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|1|2|0"])
    }

    /// A numbered roster under "Theo Quyết định … của X, các tập thể, cá nhân được tặng Bằng khen gồm:": X gives, not the organizer.
    @Test func theIssuerOfTheDecisionIntroducingARosterGives() {
        let rows = awards("Theo Quyết định số 5027-QĐ/BTGTW ngày 20/4/2023 của Ban Tuyên giáo Trung ương, các tập thể, cá nhân được tặng Bằng khen gồm:\n1. Đảng ủy xã Công Thành;\n2. Chi bộ thôn Đông Sơn;\n3. Đồng chí Nguyễn Văn Bình, Bí thư Chi bộ thôn Đông Sơn;\n4. Bà Trần Thị Lan, giáo viên.")
        #expect(rows == ["Ban Tuyên giáo Trung ương|Bằng khen|2|2|0"])
    }

    /// A row number skipped (a row lost on the way) or a part starting again at 1 under a heading not known counts nothing
    /// rather than some; numbered points after a sentence naming recipients are no roster.
    @Test func aLostRowAPartUntoldAndNumberedPointsCountNothing() {
        let intro = "Tại buổi lễ, Ban Thường vụ Huyện ủy đã tuyên dương các tập thể, cá nhân điển hình (danh sách kèm theo).\n\nI. TẬP THỂ\n1 | Chi bộ thôn Đông Sơn\n"
        #expect(awards(intro + "3 | Chi bộ thôn Tây Sơn") == [])
        #expect(awards(intro + "2 | Chi bộ thôn Tây Sơn\nII. ĐẢNG VIÊN TIÊU BIỂU\n1 | Ông Nguyễn Văn Bình") == [])
        let points = awards("Tại buổi lễ, Ban Thường vụ Huyện ủy đã tuyên dương các tập thể, cá nhân điển hình.\n\n1. Tiếp tục học tập và làm theo Bác\n\n2. Phát hiện, nhân rộng điển hình")
        #expect(points == [])
    }

    /// A roster under a title of its own ("Danh sách tập thể được tuyên dương:", "Danh sách một số tập thể, cá nhân được …")
    /// below the sentence that counted them lists those, and adds no award; nor is a giver read from the title's opening.
    @Test func aRosterUnderItsOwnTitleListsThoseCountedAbove() {
        let rows = "TT | Tập thể\n1 | Chi bộ thôn Đông Sơn\n2 | Chi bộ thôn Tây Sơn\n3 | Chi bộ thôn Bắc Sơn"
        #expect(awards("Dịp này, Ban Thường vụ Huyện ủy tuyên dương 3 tập thể, 5 cá nhân tiêu biểu.\n\nDanh sách tập thể được tuyên dương:\n" + rows)
                == ["Ban Thường vụ Huyện ủy Yên Thành|tuyên dương|3|5|0"])
        #expect(awards("Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 20 tập thể và 25 cá nhân.\n\nDanh sách một số tập thể, cá nhân được Ban Thường vụ Huyện ủy tặng Giấy khen:\n" + rows)
                == ["Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|20|25|0"])
        // A title naming another giver lists an award of its own.
        #expect(awards("Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 2 tập thể.\n\nDanh sách tập thể được Ban Thường vụ Huyện ủy tặng Giấy khen:\n" + rows)
                == ["Chủ tịch UBND huyện Yên Thành|Giấy khen|2|0|0", "Ban Thường vụ Huyện ủy Yên Thành|Giấy khen|3|0|0"])
    }

    /// A roster a copy flattened into one line under its title: its row numbers ("1 Chi bộ Khoa Nhi") are no counts.
    @Test func aRosterFlattenedIntoOneLine() {
        let found = Fixtures.awardLines(title: "Bệnh viện Đa khoa tỉnh Thái Bình khen thưởng", "Sáng 18/5/2022, Đảng ủy Bệnh viện Đa khoa tỉnh Thái Bình tổ chức lễ khen thưởng. Dịp này, Đảng ủy Bệnh viện tặng Giấy khen cho 6 tập thể, 9 cá nhân.\n\nDANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC ĐẢNG ỦY BỆNH VIỆN TẶNG GIẤY KHEN STT Tập thể/Cá nhân Chức vụ, đơn vị I TẬP THỂ 1 Chi bộ Khoa Hồi sức tích cực - Chống độc 2 Chi bộ Khoa Ngoại Tổng hợp 3 Chi bộ Khoa Nhi 4 Chi bộ Phòng Điều dưỡng 5 Chi bộ Khoa Khám bệnh 6 Chi bộ Khoa Cấp cứu II CÁ NHÂN 1 BSCKII Nguyễn Văn Tường Trưởng khoa Hồi sức tích cực")
        #expect(found == ["Đảng ủy Bệnh viện Đa khoa tỉnh Thái Bình|Giấy khen|6|9|0"], "\(found)")
    }
}

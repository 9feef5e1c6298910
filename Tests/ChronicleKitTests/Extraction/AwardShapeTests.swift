import Testing
@testable import ChronicleKit

/// Sentences holding several awards of different shapes, as award-dense reports write them.
struct AwardShapeTests {
    func summary(_ body: String, lead: String = "Ngày 12/1/2023, Đảng ủy BĐBP tỉnh Quảng Trị tổ chức hội nghị sơ kết. ") -> [String] {
        Fixtures.awardLines(title: "Biên phòng Quảng Trị sơ kết chuyên đề", lead + body)
    }

    /// 5 = 2 + 3 and 8 = 1 + 7 by chance: a clause with a giver of its own is no recap of the others.
    @Test func countsThatAddUpByChanceAreNoRecap() {
        let found = summary("Tư lệnh BĐBP tặng Bằng khen cho 2 tập thể, 1 cá nhân. Đảng ủy BĐBP tỉnh tặng Giấy khen cho 5 tập thể, 8 cá nhân; Chỉ huy trưởng BĐBP tỉnh tặng Giấy khen cho 3 tập thể, 7 cá nhân.")
        #expect(found == ["Tư lệnh Bộ đội Biên phòng|Bằng khen|2|1|0", "Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|5|8|0",
                          "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị|Giấy khen|3|7|0"])
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
}

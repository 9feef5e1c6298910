import Testing
@testable import ChronicleKit

/// Awards named, with their givers, before "lần lượt" and the lists after it, paired in order.
struct RespectiveAwardTests {
    /// "Bằng khen của A, Giấy khen của B và Giấy khen của C đã được trao lần lượt cho …": each kind with its own giver.
    @Test func eachKindWithItsGiverBeforeTheMarker() {
        let found = Fixtures.awardLines(title: "Công an huyện Hải Hậu khen thưởng tập thể, cá nhân", "Sáng 17/8/2020, Công an huyện Hải Hậu tổ chức lễ khen thưởng.\n\nTại buổi lễ, Bằng khen của Bộ trưởng Bộ Công an (Quyết định số 5218/QĐ-BCA ngày 28/7/2020), Giấy khen của Giám đốc Công an tỉnh Nam Định và Giấy khen của Trưởng Công an huyện Hải Hậu đã được trao lần lượt cho 1 tập thể, 2 cá nhân; 3 tập thể, 7 cá nhân và 14 cá nhân.")
        #expect(found == ["Bộ trưởng Bộ Công an|Bằng khen|1|2|0", "Giám đốc Công an tỉnh Nam Định|Giấy khen|3|7|0",
                          "Trưởng Công an huyện Hải Hậu|Giấy khen|0|14|0"], "\(found)")
    }

    /// "5 tập thể, 8 cá nhân và 14 tập thể, 21 cá nhân lần lượt được A tặng Bằng khen và B tặng Giấy khen": the lists first, then
    /// a passive naming each giver with its kind, paired in order; not when the givers are fewer than the lists.
    @Test func listsBeforeAPassiveOfGiversAndKinds() {
        let lead = "Sáng 17/5/2023, Tỉnh ủy Quảng Ninh tổ chức Lễ biểu dương.\n\n"
        let found = Fixtures.awardLines(title: "Quảng Ninh biểu dương điển hình", lead + "Dịp này, 5 tập thể, 8 cá nhân và 14 tập thể, 21 cá nhân lần lượt được Ban Thường vụ Tỉnh ủy tặng Bằng khen và Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tặng Giấy khen vì đã có thành tích tiêu biểu.")
        #expect(found == ["Ban Thường vụ Tỉnh ủy Quảng Ninh|Bằng khen|5|8|0", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Ninh|Giấy khen|14|21|0"], "\(found)")
        // Lists after semicolons too: three lists for two givers pair none.
        let semicolons = Fixtures.awardLines(title: "Quảng Ninh biểu dương điển hình", lead + "Dịp này, 5 tập thể, 8 cá nhân; 14 tập thể, 21 cá nhân lần lượt được Ban Thường vụ Tỉnh ủy tặng Bằng khen và Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tặng Giấy khen.")
        #expect(semicolons == found, "\(semicolons)")
        let fewer = Fixtures.awardLines(title: "Quảng Ninh biểu dương điển hình", lead + "Dịp này, 5 tập thể, 8 cá nhân; 14 tập thể, 21 cá nhân và 3 cá nhân lần lượt được Ban Thường vụ Tỉnh ủy tặng Bằng khen và Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh tặng Giấy khen.")
        #expect(!fewer.contains { $0.hasPrefix("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Ninh|Giấy khen|") }, "\(fewer)")
    }

    /// "trao Bằng khen của A, B và C lần lượt cho …": one kind, a giver per list.
    @Test func oneKindOfSeveralGivers() {
        let found = Fixtures.awardLines(title: "Thái Bình sơ kết 3 năm thực hiện Kết luận 01", "Sáng 20/6/2024, Tỉnh ủy Thái Bình tổ chức hội nghị sơ kết.\n\nThừa ủy quyền, các đồng chí lãnh đạo tỉnh đã trao Bằng khen của Thủ tướng Chính phủ, Ban Tuyên giáo Trung ương và Ban Thường vụ Tỉnh ủy lần lượt cho 1 tập thể, 2 cá nhân; 2 tập thể, 2 cá nhân và 20 tập thể, 27 cá nhân.")
        #expect(found == ["Thủ tướng Chính phủ|Bằng khen|1|2|0", "Ban Tuyên giáo Trung ương|Bằng khen|2|2|0",
                          "Ban Thường vụ Tỉnh ủy Thái Bình|Bằng khen|20|27|0"], "\(found)")
    }

    /// As many givers as lists, or the pairing is not made: two givers named for three lists are not given out one a list; the
    /// first list keeps the giver its clause reads (the first named), the others fall back on the organizer.
    @Test func givenOnlyWhenTheCountsAgree() {
        let found = Fixtures.awardLines(title: "Thái Bình sơ kết 3 năm thực hiện Kết luận 01", "Sáng 20/6/2024, Tỉnh ủy Thái Bình tổ chức hội nghị sơ kết.\n\nCác đồng chí lãnh đạo tỉnh đã trao Bằng khen của Thủ tướng Chính phủ và Ban Thường vụ Tỉnh ủy lần lượt cho 1 tập thể, 2 cá nhân; 2 tập thể, 2 cá nhân và 20 tập thể, 27 cá nhân.")
        // (The lists after the first fall back on the organizer, as any list naming no giver.)
        #expect(found == ["Thủ tướng Chính phủ|Bằng khen|1|2|0", "Tỉnh ủy Thái Bình|Bằng khen|2|2|0", "Tỉnh ủy Thái Bình|Bằng khen|20|27|0"], "\(found)")
    }

    /// A kind whose list ends before the marker is that list's: only the kinds after it pair with the lists after "lần lượt".
    @Test func aKindWithItsOwnListBeforeTheMarker() {
        let found = Fixtures.awardLines(title: "Công an huyện Hải Hậu khen thưởng tập thể, cá nhân", "Sáng 17/8/2020, Công an huyện Hải Hậu tổ chức lễ khen thưởng.\n\nTại buổi lễ, Bằng khen của Chủ tịch UBND tỉnh Nam Định đã được trao cho 2 tập thể, Giấy khen của Giám đốc Công an tỉnh Nam Định và Trưởng Công an huyện Hải Hậu lần lượt cho 3 tập thể, 7 cá nhân và 14 cá nhân.")
        #expect(found == ["Chủ tịch UBND tỉnh Nam Định|Bằng khen|2|0|0", "Giám đốc Công an tỉnh Nam Định|Giấy khen|3|7|0",
                          "Trưởng Công an huyện Hải Hậu|Giấy khen|0|14|0"], "\(found)")
    }
}

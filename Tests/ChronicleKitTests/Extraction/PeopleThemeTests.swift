import Testing
@testable import ChronicleKit

struct PeopleThemeTests {
    func facts(_ text: String) -> ArticleFacts { Fixtures.extract(text).facts }

    @Test func titlesBeforeAfterAndAroundNames() {
        let found = facts("""
        Tiêu đề

        Dự hội nghị có đồng chí Phan Văn Mãi, Phó Bí thư Thường trực Tỉnh ủy; Bí thư Huyện ủy Trần Thị Bình và Trưởng Ban Dân vận Tỉnh ủy - Lê Hoàng Nam.
        Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Đỗ Văn Hùng chủ trì hội nghị.

        MINH ANH
        """)
        let titles = Dictionary(found.people.map { ($0.name, $0.title ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(titles["Phan Văn Mãi"] == "Phó Bí thư Thường trực Tỉnh ủy")
        #expect(titles["Trần Thị Bình"] == "Bí thư Huyện ủy")
        #expect(titles["Lê Hoàng Nam"] == "Trưởng Ban Dân vận Tỉnh ủy")
        #expect(titles["Đỗ Văn Hùng"] == "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy")
        #expect(!found.people.contains { $0.name.contains("Hồ Chí Minh") || $0.name == "Minh Anh" })
    }

    /// A title ending in a place: the place is no person ("Thành ủy Hà Nội", "huyện Si Ma Cai", "xã Tam Giang Tây"), and a name
    /// after it is the person's whole ("Huyện ủy Thanh Sơn Hà Văn Chiến", "xã Cẩm Bình Võ Minh Tâm"); a name opening like a
    /// district ("Vũ Quang Huy") is still a person's. The northern peoples' family names ("Vàng Văn Pao") open names; an honorific
    /// is no title ("Ông Lê Thanh Bình"), nor is a rank's next post a name ("Đại tá A, Phó Chỉ huy trưởng …").
    @Test func titlesEndingInAPlace() {
        let found = facts("""
        Tiêu đề

        Dự hội nghị có đồng chí Nguyễn Thanh Bình, Phó Trưởng ban Tuyên giáo Thành ủy Hà Nội; đồng chí Vàng Văn Pao, Trưởng Ban Dân vận Huyện ủy Si Ma Cai.
        Bí thư Huyện ủy Thanh Sơn Hà Văn Chiến chủ trì hội nghị; Phó Bí thư Thường trực Đảng ủy Tập đoàn Vũ Quang Huy phát biểu.
        Ông Lê Thanh Bình, Chủ tịch Hội Cựu chiến binh xã Tam Giang Tây, nhận xét về phong trào.
        Bí thư Đảng ủy xã Cẩm Bình Võ Minh Tâm trao Giấy khen; Đại tá Phan Văn Hòa, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dự.
        """)
        let titles = Dictionary(found.people.map { ($0.name, $0.title ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(Set(titles.keys) == ["Nguyễn Thanh Bình", "Vàng Văn Pao", "Hà Văn Chiến", "Vũ Quang Huy", "Lê Thanh Bình", "Võ Minh Tâm", "Phan Văn Hòa"], "\(titles)")
        #expect(titles["Hà Văn Chiến"] == "Bí thư Huyện ủy Thanh Sơn")
        #expect(titles["Lê Thanh Bình"] == "Chủ tịch Hội Cựu chiến binh xã Tam Giang Tây")
        #expect(titles["Phan Văn Hòa"] == "Đại tá, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")
    }

    /// A commune's name is no person, though it opens with a family name ("phường Vàng Danh", "xã Lộc Thiện"); an honorific ending
    /// a district's name with the family name after it does not make a place ("Cô Tô Thị Hạnh"); a person named with an
    /// honorific alone has no title; "làm" ends a title.
    @Test func communesHonorificsAndTheEndOfATitle() {
        let found = facts("""
        Tiêu đề

        Chị Lê Thị Hồng Nhung, Chủ tịch Hội LHPN xã Lộc Thiện, huyện Lộc Ninh chia sẻ kinh nghiệm; Chủ tịch UBND phường Vàng Danh cho biết thêm.
        Cô Tô Thị Hạnh, giáo viên Trường Tiểu học Kim Đồng, kể về học trò của mình. Bà Trần Thị Lụa kể lại chuyện cũ.
        Mô hình do chị Giàng Thị Dợ, Chủ tịch Hội Liên hiệp Phụ nữ xã làm chủ nhiệm đã giúp xã không có trường hợp tảo hôn.
        """)
        let titles = Dictionary(found.people.map { ($0.name, $0.title) }, uniquingKeysWith: { a, _ in a })
        #expect(Set(titles.keys) == ["Lê Thị Hồng Nhung", "Tô Thị Hạnh", "Trần Thị Lụa", "Giàng Thị Dợ"], "\(titles)")
        #expect(titles["Lê Thị Hồng Nhung"] == "Chủ tịch Hội LHPN xã Lộc Thiện, huyện Lộc Ninh")
        #expect(titles["Trần Thị Lụa"] == .some(nil))
        #expect(titles["Giàng Thị Dợ"] == "Chủ tịch Hội Liên hiệp Phụ nữ xã")
    }

    /// "và" inside a unit's name goes on with the title ("Ban Tuyên giáo và Dân vận"), before another post or a name it ends
    /// it; a verb of speech ends a title ("trình bày", "nhận xét"); a post's place after a comma is its word and name ("…, xã
    /// Công Thành", not the verb after it, nor "…, tỉnh hiện có" opening the next clause); a committee member's rank and a
    /// deputy's post open a title ("Tỉnh ủy viên", "Phó Trưởng Công an").
    @Test func titlesWithJoinersVerbsPlacesAndRanks() {
        let found = facts("""
        Tiêu đề

        Đồng chí Ngô Thị Bích Trâm, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp trình bày báo cáo đề dẫn.
        Bà Nguyễn Thị Hằng, Bí thư Chi bộ xóm 5, xã Công Thành kể lại việc chi bộ vận động bà con hiến đất.
        Theo bà Lê Thị Hoa, Chủ tịch Hội LHPN tỉnh, tỉnh hiện có 120 nghìn hội viên.
        Dự có đồng chí Hoàng Thị Lan, Phó Bí thư Huyện đoàn Sơn Động và Ngô Đức Thành, Bí thư Đoàn Thanh niên Khu công nghiệp Quang Châu.
        Phó Trưởng Công an huyện Mường Lát Nguyễn Văn An báo cáo kết quả.
        Dự hội nghị có đồng chí Trần Thị Thu Hà, Tỉnh ủy viên, Bí thư Thị ủy Ayun Pa và Chủ tịch UBND thị xã Ayun Pa Lê Văn Minh.
        """)
        let titles = Dictionary(found.people.map { ($0.name, $0.title ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(titles["Ngô Thị Bích Trâm"] == "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp", "\(titles)")
        #expect(titles["Nguyễn Thị Hằng"] == "Bí thư Chi bộ xóm 5, xã Công Thành", "\(titles)")
        #expect(titles["Lê Thị Hoa"] == "Chủ tịch Hội LHPN tỉnh", "\(titles)")
        #expect(titles["Hoàng Thị Lan"] == "Phó Bí thư Huyện đoàn Sơn Động", "\(titles)")
        #expect(titles["Ngô Đức Thành"] == "Bí thư Đoàn Thanh niên Khu công nghiệp Quang Châu", "\(titles)")
        #expect(titles["Nguyễn Văn An"] == "Phó Trưởng Công an huyện Mường Lát", "\(titles)")
        #expect(titles["Trần Thị Thu Hà"] == "Tỉnh ủy viên, Bí thư Thị ủy Ayun Pa", "\(titles)")
        #expect(titles["Lê Văn Minh"] == "Chủ tịch UBND thị xã Ayun Pa", "\(titles)")
    }

    @Test func themesIncludingTheOlderFormAndChuyenDeTitles() {
        let found = facts("""
        Học tập và làm theo tấm gương đạo đức Hồ Chí Minh ở Kiên Giang

        Ngày 3/3, Tỉnh ủy Kiên Giang triển khai Chuyên đề năm 2025 với chủ đề: “Phát huy tinh thần đoàn kết, dám nghĩ, dám làm, dám chịu trách nhiệm”.
        Chuyên đề năm 2023 của tỉnh đã được tổng kết.
        """)
        let names = Set(found.themes.map(\.name))
        #expect(names.contains("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"))
        #expect(names.contains("7 dám"))
        #expect(names.contains("Chuyên đề năm 2025"))
        #expect(!names.contains("Chuyên đề năm 2023"), "an older chuyên đề mentioned once is context, not the theme")
        #expect(found.themes.first { $0.name == "Chuyên đề năm 2025" }?.title == "Phát huy tinh thần đoàn kết, dám nghĩ, dám làm, dám chịu trách nhiệm")
    }

    @Test func incidentalNeuGuongIsNotTheTheme() {
        let found = facts("Tiêu đề\n\nNgày 3/3, hội nghị đề cao trách nhiệm nêu gương của người đứng đầu, sự nêu gương của cán bộ.")
        #expect(!found.themes.contains { $0.name == "nêu gương" })
        let campaign = facts("Tiêu đề\n\nNgày 3/3, hội nghị sơ kết thực hiện Quy định số 08-QĐi/TW về trách nhiệm nêu gương.")
        #expect(campaign.themes.contains { $0.name == "nêu gương" })
        #expect(campaign.documents.map(\.name) == ["Quy định 08-QĐi/TW"])
    }

    @Test func participationFigures() {
        let found = facts("Tiêu đề\n\nHội nghị kết nối 215 điểm cầu với hơn 12.600 cán bộ, đảng viên; 350 đại biểu dự tại điểm cầu chính.")
        let figures = Dictionary(found.participation.map { ($0.key, $0.count) }, uniquingKeysWith: { a, _ in a })
        #expect(figures == ["connection_points": 215, "party_members": 12600, "delegates": 350])
    }
}

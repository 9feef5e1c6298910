import Testing
@testable import ChronicleKit

struct BylineParserTests {
    let parser = BylineParser(rules: Fixtures.knowledge.chrome)

    @Test(arguments: [
        ("Ngọc Như", ["Ngọc Như"], nil as String?),
        ("HOÀI NHÂN", ["Hoài Nhân"], nil),
        ("Thanh Thủy – Xuân Quốc", ["Thanh Thủy", "Xuân Quốc"], nil),
        ("NGỌC LINH - HỒNG NHUNG", ["Ngọc Linh", "Hồng Nhung"], nil),
        ("Bài, ảnh: Minh Anh", ["Minh Anh"], nil),
        ("Nguyễn Hà (TTXVN)", ["Nguyễn Hà"], "TTXVN"),
        ("Hoa Vinh Tuấn Kiệt, Lê Thị Mai và Trần Văn An", ["Hoa Vinh Tuấn Kiệt", "Lê Thị Mai", "Trần Văn An"], nil),
        ("Hồng Duyên   -   Ảnh: Quang Vinh", ["Hồng Duyên", "Quang Vinh"], nil),
    ])
    func readsNames(line: String, authors: [String], source: String?) {
        let byline = parser.parse(line)
        #expect(byline?.authors == authors)
        #expect(byline?.source == source)
    }

    @Test func collectiveSignatureIsASourceNotAnAuthor() {
        #expect(parser.parse("PV") == .init(authors: [], source: "PV"))
    }

    /// An office signing after a credit's label is the source (page-chrome.yml `byline_offices`); a caption after "Ảnh:" is no byline.
    @Test func anOfficeSigningAfterACreditsLabel() {
        #expect(parser.parse("Tin, ảnh: Phòng Tổ chức - Hành chính") == .init(authors: [], source: "Phòng Tổ chức - Hành chính", credited: true))
        #expect(parser.parse("Ảnh: Quang cảnh hội nghị") == nil)
    }

    @Test(arguments: [
        "Quang cảnh Hội nghị.",
        "Đảng ủy Khối các cơ quan Trung ương tổ chức thông tin chuyên đề",
        "Tại điểm cầu Báo Nhân Dân, hội nghị được kết nối với các cơ quan thường trực.",
        "Các tin khác",
        "Hội nghị",
    ])
    func rejectsOtherLines(line: String) {
        #expect(parser.parse(line) == nil)
    }

    /// A team of reporters and its desk names no person.
    @Test func aTeamOfReportersAndItsDesk() {
        let byline = BylineParser(rules: Fixtures.knowledge.chrome).parse("Nhóm PV Thời sự")
        #expect(byline?.authors == [] && byline?.source == "Nhóm PV Thời sự")
    }

    /// "PV Thu Hà" names its reporter; only a team of several words before its desk names none.
    @Test func aReporterAfterPVIsNamed() {
        let byline = BylineParser(rules: Fixtures.knowledge.chrome).parse("PV Thu Hà")
        #expect(byline?.authors == ["Thu Hà"], "\(String(describing: byline))")
        #expect(byline?.source == nil)
    }
}

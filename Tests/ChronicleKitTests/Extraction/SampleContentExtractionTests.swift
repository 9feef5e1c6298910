import Foundation
import Testing
@testable import ChronicleKit

/// The sample articles in Content/: what their writer meant a reader to take from them.
struct SampleContentExtractionTests {
    struct Expectation: Sendable {
        var file: String
        var date: String?
        var province: String
        var unit: String
        /// giver|kind|collectives|individuals|combined
        var awards: [String]
    }

    static let expectations: [Expectation] = [
        .init(file: "001-nghe-an-so-ket-ket-luan-01.txt", date: "2024-03-05", province: "Nghệ An", unit: "Tỉnh ủy Nghệ An",
              awards: ["Ban Thường vụ Tỉnh ủy Nghệ An|Bằng khen|14|10|0", "Chủ tịch UBND tỉnh Nghệ An|Bằng khen|3|4|0"]),
        .init(file: "002-lap-vo-quan-triet-chuyen-de-2024.txt", date: "2024-03-12", province: "Đồng Tháp", unit: "Huyện ủy Lấp Vò", awards: []),
        .init(file: "003-trung-uong-giao-luu-dien-hinh.txt", date: "2023-12-12", province: "Trung ương", unit: "Ban Tuyên giáo Trung ương",
              awards: ["Ban Tuyên giáo Trung ương|biểu dương|0|0|45"]),
        .init(file: "2023/004-thai-binh-bieu-duong-dien-hinh.txt", date: "2023-05-18", province: "Thái Bình", unit: "Tỉnh ủy Thái Bình",
              awards: ["Ban Thường vụ Tỉnh ủy Thái Bình|Bằng khen|25|30|0"]),
        .init(file: "005-thai-binh-tuyen-duong-ttxvn.txt", date: "2023-05-18", province: "Thái Bình", unit: "Tỉnh ủy Thái Bình",
              awards: ["Ban Thường vụ Tỉnh ủy Thái Bình|Bằng khen|25|30|0"]),
        .init(file: "006-soc-trang-thong-tin-chuyen-de-quy-3.txt", date: "2022-07-14", province: "Sóc Trăng",
              unit: "Ban Tuyên giáo Tỉnh ủy Sóc Trăng", awards: []),
        .init(file: "007-gia-lai-khoi-co-quan-so-ket-1-nam.txt", date: "2022-06-09", province: "Gia Lai",
              unit: "Đảng ủy Khối các cơ quan tỉnh Gia Lai", awards: ["Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Gia Lai|Giấy khen|9|12|0"]),
        .init(file: "2023/008-quang-ninh-khoi-doanh-nghiep-quan-triet.txt", date: "2023-03-11", province: "Quảng Ninh",
              unit: "Đảng ủy Khối Doanh nghiệp tỉnh Quảng Ninh", awards: []),
        .init(file: "009-bac-giang-ldld-giao-luu-dien-hinh.txt", date: "2022-07-27", province: "Bắc Giang", unit: "Liên đoàn Lao động tỉnh Bắc Giang",
              awards: ["Chủ tịch UBND tỉnh Bắc Giang|Bằng khen|0|0|20", "Ban Chấp hành Liên đoàn Lao động tỉnh Bắc Giang|Bằng khen|0|18|0"]),
        .init(file: "010-hue-tinh-doan-tuyen-duong-thanh-nien.md", date: "2024-03-24", province: "Thừa Thiên Huế", unit: "Tỉnh đoàn Thừa Thiên Huế",
              awards: ["Ban Thường vụ Tỉnh đoàn Thừa Thiên Huế|Bằng khen|0|30|0", "Ban Chấp hành Trung ương Đoàn|Kỷ niệm chương|0|2|0"]),
        .init(file: "011-long-bien-tong-ket-chuyen-de-2022.txt", date: nil, province: "Hà Nội", unit: "Quận ủy Long Biên",
              awards: ["Ban Thường vụ Quận ủy Long Biên|Giấy khen|16|21|0"]),
        .init(file: "012-long-an-cong-an-tinh-tong-ket.txt", date: "2024-01-23", province: "Long An", unit: "Đảng ủy Công an tỉnh Long An",
              awards: ["Giám đốc Công an tỉnh Long An|Giấy khen|3|5|0"]),
        .init(file: "013-binh-dinh-hoi-phu-nu-bieu-duong.txt", date: "2024-05-17", province: "Bình Định", unit: "Hội Liên hiệp Phụ nữ tỉnh Bình Định",
              awards: ["Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Bình Định|Bằng khen|10|24|0"]),
        .init(file: "014-hau-giang-truong-thpt-mo-hinh.txt", date: nil, province: "Hậu Giang", unit: "Trường THPT Lương Tâm", awards: []),
        .init(file: "015-can-tho-thanh-uy-tong-ket-chuyen-de-2024.md", date: "2025-01-16", province: "Cần Thơ", unit: "Thành ủy Cần Thơ",
              awards: ["Thủ tướng Chính phủ|Bằng khen|1|2|0", "Ban Tuyên giáo Trung ương|Bằng khen|2|3|0", "Ban Thường vụ Thành ủy Cần Thơ|Bằng khen|20|25|0"]),
        .init(file: "2023/Hội thảo Ninh Bình.txt", date: "2023-10-27", province: "Ninh Bình", unit: "Trường Chính trị tỉnh Ninh Bình", awards: []),
    ]

    static func extract(_ file: String) throws -> ExtractedArticle {
        let url = Fixtures.packageRoot.appendingPathComponent("Content/articles").appendingPathComponent(file)
        let result = Fixtures.loader.load(SourceFile(relativePath: "articles/" + file, displayPath: file, data: try Data(contentsOf: url)))
        return Fixtures.extractor.extract(try #require(result.article))
    }

    @Test(arguments: expectations.map(\.file))
    func readsWhatItsWriterMeant(file: String) throws {
        let want = Self.expectations.first { $0.file == file }!
        let facts = try Self.extract(file).facts
        #expect(facts.eventDate.date?.iso == want.date)
        #expect(facts.province?.name == want.province)
        #expect(facts.organizer?.unit == want.unit)
        #expect(Fixtures.lines(facts.awards) == want.awards)
    }

    @Test func undatedSampleHasAnEstimate() throws {
        #expect(try Self.extract("011-long-bien-tong-ket-chuyen-de-2022.txt").facts.eventDate.undatedEstimate == "2023")
    }
}

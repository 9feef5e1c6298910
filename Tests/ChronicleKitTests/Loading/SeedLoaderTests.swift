import Foundation
import Testing
@testable import ChronicleKit

/// The loader against the user's five real articles and what a careful reader takes from them.
@Suite(.enabled(if: Fixtures.seedsPresent, Fixtures.seedsMissingMessage))
struct SeedLoaderTests {
    let expected: [ExpectedSeeds.Seed]

    init() throws {
        expected = try ExpectedSeeds.load().articles
    }

    @Test func titlesKickersClocksAndPublicationTimes() throws {
        for seed in expected {
            let article = try Fixtures.loadSeed(seed.file)
            #expect(article.title == seed.title, "title of \(seed.file)")
            #expect(article.kicker == seed.kicker, "kicker of \(seed.file)")
            #expect(article.pageClock?.iso == seed.page_clock, "page clock of \(seed.file)")
            #expect(article.published?.iso == seed.published, "publication time of \(seed.file)")
        }
    }

    @Test func authorsFromBylines() throws {
        for seed in expected {
            let article = try Fixtures.loadSeed(seed.file)
            #expect(article.authors == seed.authors, "authors of \(seed.file)")
        }
    }

    /// expected.json names the source as "Nhân Dân (NDO)": the tag is in the parentheses.
    @Test func sourceTags() throws {
        for seed in expected {
            let article = try Fixtures.loadSeed(seed.file)
            let tag = seed.source.flatMap { $0.split(separator: "(").last?.split(separator: ")").first }.map(String.init)
            #expect(article.sourceTag == tag, "source tag of \(seed.file)")
        }
    }

    @Test func pageChromeIsDroppedAndNeverInTheBody() throws {
        for seed in expected {
            let article = try Fixtures.loadSeed(seed.file)
            let dropped = Set(article.droppedLines.map(\.text))
            for noise in seed.noise_lines_to_drop {
                #expect(dropped.contains(noise), "\(seed.file) should drop \(noise)")
            }
            for paragraph in article.paragraphs {
                #expect(!seed.noise_lines_to_drop.contains(paragraph.text), "\(seed.file) kept chrome \(paragraph.text)")
            }
        }
    }

    @Test func seed000CaptionsRepeatTheText() throws {
        let article = try Fixtures.loadSeed("000_e3eae7cb88b3b7df.txt")
        #expect(article.captions.map(\.text) == [
            "Hội thảo khoa học do Cụm thi đua các Trường Chính trị khu vực Đông Nam bộ tổ chức",
            "Trưởng Ban Tuyên giáo Tỉnh ủy - Hoàng Đình Cán phát biểu",
        ])
        #expect(article.paragraphs.count == 4)
    }

    @Test func seed001TitleRepeatedAsCaption() throws {
        let article = try Fixtures.loadSeed("001_42320b72dfd32882.txt")
        #expect(article.captions.map(\.text) == [article.title])
        #expect(article.paragraphs.first?.text.hasPrefix("Ngày 31/5, Ban Tuyên giáo Huyện ủy Thạnh Hóa") == true)
        #expect(article.paragraphs.count == 6)
    }

    @Test func seed002ImageAltLinesAndDoubledCaptions() throws {
        let article = try Fixtures.loadSeed("002_514c141d0ea8db88.txt")
        let alts = article.captions.filter { $0.kind == .imageAlt }.map(\.text)
        #expect(alts.map { $0.hasSuffix("ảnh 1") || $0.hasSuffix("ảnh 2") || $0.hasSuffix("ảnh 4") } == [true, true, true])
        let captions = article.captions.filter { $0.kind == .caption }.map(\.text)
        #expect(captions == [
            "Các đại biểu dự hội nghị tại điểm cầu Cơ quan Đảng ủy Khối các cơ quan Trung ương.",
            "GS, TS Tạ Ngọc Tấn thông tin chuyên đề 1.",
            "Bí thư Đảng ủy Khối Nguyễn Văn Thể phát biểu tại hội nghị.",
        ])
        #expect(article.paragraphs.first?.text.hasPrefix("Sáng 10/4, Ban Thường vụ") == true, "the NDO tag is stripped from the lead")
        #expect(article.paragraphs.last?.text.hasPrefix("Tại điểm cầu Báo Nhân Dân") == true)
        #expect(article.droppedLines.map(\.text).filter { $0.hasPrefix("0:00") } == ["0:00 / 0:00", "0:00"])
    }

    @Test func seed003SingleNewlineParagraphsCreditsAndCapitalByline() throws {
        let article = try Fixtures.loadSeed("003_852d480e45eae4e5.txt")
        #expect(article.paragraphs.count == 7)
        #expect(article.captions.count == 2)
        #expect(article.captions.allSatisfy { $0.credit == "H.N" && $0.text.contains("nhận giấy khen của Đảng ủy Khối các cơ quan tỉnh") })
        #expect(article.sourceCredits == ["BTV"])
        #expect(article.paragraphs.last?.text.contains("khen thưởng 15 tập thể và 18 cá nhân") == true)
    }

    @Test func seed004EveryCaptionTwiceKeptOnce() throws {
        let article = try Fixtures.loadSeed("004_957e5ca7d7cdd4ef.txt")
        #expect(article.captions.count == 3)
        #expect(article.captions[0].text == "Quang cảnh Hội nghị.")
        #expect(article.paragraphs.count == 6)
        #expect(article.paragraphs.last?.text.hasPrefix("Dịp này, tỉnh có 1 tập thể, 2 cá nhân") == true)
        #expect(!article.paragraphs.contains { $0.text.hasPrefix("Đồng chí Nghiêm Xuân Thành (giữa)") })
    }

    @Test func bodyLinesKeepTheirFileLineNumbers() throws {
        let article = try Fixtures.loadSeed("003_852d480e45eae4e5.txt")
        #expect(article.paragraphs.first?.number == 3)
        #expect(article.captions.first?.line == 6)
    }
}

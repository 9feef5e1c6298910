import Foundation
import Testing
@testable import ChronicleKit

struct AggregatorTests {
    @Test(.enabled(if: Fixtures.seedsPresent, Fixtures.seedsMissingMessage))
    func seedTimelineOrderAndUndated() throws {
        let expected = try ExpectedSeeds.load()
        let extracted = try expected.articles.map { Fixtures.extractor.extract(try Fixtures.loadSeed($0.file)) }
        let model = Aggregator.aggregate(extracted)
        let ordered = model.timeline.flatMap { $0.months.flatMap(\.entries) }.map { (model.entries[$0].article.sourcePath as NSString).lastPathComponent }
        #expect(ordered == expected.timeline_in_order)
        #expect(model.undated.map { (model.entries[$0].article.sourcePath as NSString).lastPathComponent } == expected.undated)
        #expect(model.duplicateGroups.isEmpty)
    }

    @Test func theSameEventFromTwoNewspapersIsOneGroup() throws {
        let files = SampleContentExtractionTests.expectations.map(\.file)
        let extracted = try files.map { try SampleContentExtractionTests.extract($0) }
        let model = Aggregator.aggregate(extracted)
        let groups = model.duplicateGroups.map { $0.map { (model.entries[$0].article.sourcePath as NSString).lastPathComponent }.sorted() }
        #expect(groups == [["004-thai-binh-bieu-duong-dien-hinh.txt", "005-thai-binh-tuyen-duong-ttxvn.txt"]])
    }

    @Test func aRepublishedStoryIsADuplicateEvenWithoutFacts() {
        let body = "Các chi bộ trong huyện đã xây dựng nhiều mô hình hay, cách làm sáng tạo trong học tập và làm theo Bác, góp phần hoàn thành nhiệm vụ chính trị của địa phương và nâng cao đời sống nhân dân."
        let a = Fixtures.extract("Mô hình hay ở Phù Mỹ\n\n\(body)", path: "articles/a.txt")
        let b = Fixtures.extract("Phù Mỹ: nhiều cách làm sáng tạo\n\n\(body)", path: "articles/b.txt")
        let c = Fixtures.extract("Một bài khác\n\nHội nghị diễn ra tại hội trường với nhiều đại biểu tham dự và phát biểu ý kiến sôi nổi.", path: "articles/c.txt")
        #expect(DuplicateDetector.groups([a, b, c]) == [[0, 1]])
    }
}

import Foundation
import Testing
@testable import ChronicleKit

struct AggregatorTests {
    @Test(.enabled(if: Fixtures.seedsPresent, Fixtures.seedsMissingMessage))
    func seedTimelineOrderAndUndated() throws {
        let expected = try ExpectedSeeds.load()
        let extracted = try expected.articles.map { Fixtures.extractor.extract(try Fixtures.loadSeed($0.file)) }
        let model = Aggregator.aggregate(extracted)
        func file(_ event: Event) -> String { (model.entries[event.primary].article.sourcePath as NSString).lastPathComponent }
        #expect(model.events.filter { $0.date != nil }.map(file) == expected.timeline_in_order)
        #expect(model.events.filter { $0.date == nil }.map(file) == expected.undated)
        #expect(model.events.last.map { $0.date == nil && $0.estimate == "2024" } == true, "undated events come last, with their estimate")
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

extension AggregatorTests {
    @Test(.enabled(if: Fixtures.seedsPresent, Fixtures.seedsMissingMessage))
    func seedAwardTalliesByProvinceAndGiver() throws {
        let expected = try ExpectedSeeds.load()
        let model = Aggregator.aggregate(try expected.articles.map { Fixtures.extractor.extract(try Fixtures.loadSeed($0.file)) })
        let binhDinh = try #require(model.awards.byProvince["Bình Định"])
        #expect((binhDinh.collectives, binhDinh.individuals) == (15, 18))
        let hauGiang = try #require(model.awards.byProvince["Hậu Giang"])
        #expect((hauGiang.collectives, hauGiang.individuals, hauGiang.clauses) == (14, 17, 3))
        #expect(model.awards.byGiver["Thủ tướng Chính phủ"]?.total == 3)
        #expect(model.awards.byGiver["Ban Tuyên giáo Trung ương"]?.total == 3)
        #expect(model.awards.byGiver["Ban Thường vụ Tỉnh ủy Hậu Giang"]?.total == 25)
        #expect(model.awards.byGiverAndKind["Đảng ủy Khối các cơ quan tỉnh Bình Định"]?["Giấy khen"]?.total == 33)
        #expect(model.awards.total.collectives == 29 && model.awards.total.individuals == 35)
        #expect(model.events.count == 5)
        #expect(model.units.first { $0.name == "Huyện ủy Thạnh Hóa" || $0.name == "Ban Tuyên giáo Huyện ủy Thạnh Hóa" }?.province == "Long An")
        #expect(model.provinces.map(\.name) == ["Bình Định", "Hậu Giang", "Long An", "Trung ương"])
    }

    @Test func duplicateArticlesAreOneEventWithSeveralSourcesAndCountedOnce() throws {
        let files = SampleContentExtractionTests.expectations.map(\.file)
        let model = Aggregator.aggregate(try files.map { try SampleContentExtractionTests.extract($0) })
        #expect(model.events.count == files.count - 1)
        let thaiBinh = try #require(model.events.first { $0.sources.count == 2 })
        #expect(thaiBinh.date?.iso == "2023-05-18")
        #expect(model.awards.byProvince["Thái Bình"].map { ($0.collectives, $0.individuals) }! == (25, 30))
        #expect(model.provinces.first { $0.name == "Thái Bình" }?.events.count == 1)
    }
}

extension AggregatorTests {
    @Test func sameDayAndProvinceWithoutAUnitOrAwardsAreTwoEvents() {
        let a = Fixtures.extract("Bài một về Long An\n\nNgày 3/4/2024, các chi bộ ở Long An học tập chuyên đề năm 2024 theo kế hoạch riêng.", path: "articles/a.txt")
        let b = Fixtures.extract("Bài hai về Long An\n\nNgày 3/4/2024, nông dân Long An ra quân làm đường giao thông nông thôn mới.", path: "articles/b.txt")
        #expect(DuplicateDetector.groups([a, b]).isEmpty)
    }

    /// Overlaps measured by an earlier build in the process are remembered by both texts' hashes: a text told anew is
    /// measured again, and one pair of equal texts never stands for another (the overlap of equal stubs under four
    /// words is 0, of equal stories 1).
    @Test func rememberedOverlapsNeverStandForAChangedTextOrAnotherPair() throws {
        let files = SampleContentExtractionTests.expectations.map(\.file)
        let story = try SampleContentExtractionTests.extract(files[0]), other = try SampleContentExtractionTests.extract(files[1])
        // A copy on the same day by the same organizer, its awards unlike: only the texts decide.
        var copy = story
        copy.article.sourcePath = "articles/ban-sao.txt"
        copy.facts.awards = [Award(giver: nil, kind: "Giấy khen", collectives: 99, evidence: "", line: 1)]
        #expect(DuplicateDetector.groups([story, copy, other]) == [[0, 1]])
        copy.article.paragraphs = other.article.paragraphs
        copy.sketch = nil
        #expect(DuplicateDetector.groups([story, copy, other]) == [[1, 2]], "the copy now tells the other story")

        var stub = other
        stub.article.sourcePath = "articles/tin-ngan.txt"
        stub.article.paragraphs = [SourceLine(number: 1, text: "Sơ kết.")]
        stub.sketch = nil
        var stubCopy = stub
        stubCopy.article.sourcePath = "articles/tin-ngan-2.txt"
        stubCopy.facts.awards = [Award(giver: nil, kind: "Giấy khen", collectives: 98, evidence: "", line: 1)]
        var twin = story
        twin.article.sourcePath = "articles/ban-sao-2.txt"
        twin.facts.awards = copy.facts.awards
        let articles = [story, twin, stub, stubCopy]
        for _ in 0..<3 {
            #expect(DuplicateDetector.groups(articles) == [[0, 1]], "equal stubs are no story told twice, whatever was measured before")
        }
    }
}

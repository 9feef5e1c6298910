import Testing
@testable import ChronicleKit

struct FrontMatterTests {
    @Test func frontMatterOverridesWhatTheTextSays() throws {
        let result = Fixtures.load("""
        ---
        title: Tiêu đề từ front matter
        published: 2024-03-05T08:30:00+07:00
        event_date: 2024-03-04
        source: Báo Long An
        authors: [Minh Anh, Thanh Hà]
        ---
        Dòng đầu không phải tiêu đề.

        Đoạn thứ hai.
        """, path: "articles/a.md")
        let article = try #require(result.article)
        #expect(article.title == "Tiêu đề từ front matter")
        #expect(article.published?.iso == "2024-03-05T08:30:00+07:00")
        #expect(article.frontMatter.eventDate?.iso == "2024-03-04")
        #expect(article.authors == ["Minh Anh", "Thanh Hà"])
        #expect(article.sourceCredits.first == "Báo Long An")
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs.first?.number == 8)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func unknownKeysAndBadValuesAreWarningsWithTheirLine() throws {
        let result = Fixtures.load("""
        ---
        title: Bài viết
        tittle: lỗi chính tả
        event_date: 31/5/2024
        ---
        Nội dung.
        """, path: "articles/b.md")
        #expect(result.article?.title == "Bài viết")
        let unknown = try #require(result.diagnostics.first { $0.message.contains("tittle") })
        #expect(unknown.line == 3)
        #expect(unknown.file == "Content/articles/b.md")
        let bad = try #require(result.diagnostics.first { $0.message.contains("event_date") })
        #expect(bad.line == 4)
    }
}

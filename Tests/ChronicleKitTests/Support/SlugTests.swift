import Testing
@testable import ChronicleKit

struct SlugTests {
    @Test(arguments: [
        ("Đảng ủy Khối các cơ quan Trung ương", "dang-uy-khoi-cac-co-quan-trung-uong"),
        ("Đảng uỷ Khối các cơ quan Trung ương", "dang-uy-khoi-cac-co-quan-trung-uong"),
        ("Hậu Giang: Hội nghị tổng kết năm 2022-2023", "hau-giang-hoi-nghi-tong-ket-nam-2022-2023"),
        ("  “7 dám” — nói đi đôi với làm!  ", "7-dam-noi-di-doi-voi-lam"),
        ("Thanh Hoá", "thanh-hoa"),
    ])
    func asciiFromVietnamese(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
    }

    @Test func longTitlesStopAtAWord() {
        let slug = Slug.make(String(repeating: "học tập và làm theo ", count: 10))
        #expect(slug.count <= Slug.maximumLength)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasSuffix("theo") || slug.hasSuffix("hoc") || slug.hasSuffix("tap") || slug.hasSuffix("va") || slug.hasSuffix("lam"))
    }

    @Test func collidingTitlesGetStableDistinctSlugs() {
        let a = Article(sourcePath: "articles/a.txt", format: .text, title: "Hội nghị sơ kết")
        let b = Article(sourcePath: "articles/b.txt", format: .text, title: "Hội nghị sơ kết")
        let c = Article(sourcePath: "articles/c.txt", format: .text, title: "Hội nghị sơ kết")
        let slugs = Aggregator.assignSlugs([a, b, c])
        #expect(slugs[0] == "hoi-nghi-so-ket")
        #expect(Set(slugs).count == 3)
        // Adding an article does not rename the others.
        #expect(Aggregator.assignSlugs([a, c]) == [slugs[0], slugs[2]])
    }
}

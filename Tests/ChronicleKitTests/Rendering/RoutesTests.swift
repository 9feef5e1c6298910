import Testing
@testable import ChronicleKit

struct RoutesTests {
    @Test func linksAreRelativeToThePage() {
        #expect(Routes.link(from: "index.html", to: "articles/a.html") == "articles/a.html")
        #expect(Routes.link(from: "articles/a.html", to: "index.html") == "../index.html")
        #expect(Routes.link(from: "articles/a.html", to: "assets/style.css") == "../assets/style.css")
    }

    @Test func fileNamesWithSpacesAndVietnameseAreEncoded() {
        #expect(Routes.link(from: "articles/a.html", to: Routes.source("articles/2023/Hội nghị.txt"))
            == "../sources/articles/2023/H%E1%BB%99i%20ngh%E1%BB%8B.txt")
    }
}
